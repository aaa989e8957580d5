#!/usr/bin/env bash
# Bounded libFuzzer run: builds build-fuzz with clang (WF_FUZZ=ON), replays every kept regression
# input, then fuzzes each target for its share of SECONDS_TOTAL. Exits non-zero on any crash,
# printing the crashing input's path. Usage: tests/fuzz/run-fuzzers.sh [SECONDS_TOTAL] [TARGET...]
# A crash you fix: copy its input to tests/fuzz/regressions/<target>/ so every run replays it.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
TOTAL=${1:-60}
shift || true
BUILD_DIR=${FUZZ_BUILD_DIR:-build-fuzz}
JOBS=${FUZZ_JOBS:-1}

# target → fixtures of tests/data it starts from, and its longest input in bytes.
declare -A FIXTURES=(
  [fuzz_configure_reply]="configure_reply*.json"
  [fuzz_live_metadata]="live_metadata_*.json"
  [fuzz_recordings]="recordings_*.json"
  [fuzz_error_body]="error_*.json"
  [fuzz_channels]="channels.json"
  [fuzz_sensors]="sensors.json"
  [fuzz_config_task_reply]="config_task_reply.json"
  [fuzz_openapi]="openapi*.json"
  [fuzz_ack]="config_task_reply.json"
  [fuzz_configure_request]="configure_request.json"
  [fuzz_waterfall]="waterfall_*.json"
  [fuzz_focusctl_args]=""
  [fuzz_stream_frame]=""
  [fuzz_row_assembler]=""
  [fuzz_session]=""
  [fuzz_redact]="error_*.json configure_reply_nested_metadata.json"
  [fuzz_backend]="backend/*.json"
)
declare -A MAX_LEN=([fuzz_waterfall]=16384 [fuzz_openapi]=8192 [fuzz_focusctl_args]=1024 [fuzz_stream_frame]=8192
                    [fuzz_session]=16384)
# Inputs of a few KB that claim shapes of 2^31 values: an allocation past this is one made from a
# declared size, which is a finding.
declare -A MALLOC_MB=([fuzz_stream_frame]=64 [fuzz_row_assembler]=64 [fuzz_session]=256)
declare -A DICT=([fuzz_focusctl_args]=cli.dict [fuzz_stream_frame]=none [fuzz_row_assembler]=none)
ALL=(fuzz_configure_reply fuzz_live_metadata fuzz_recordings fuzz_error_body fuzz_waterfall
     fuzz_focusctl_args fuzz_configure_request fuzz_channels fuzz_sensors fuzz_config_task_reply
     fuzz_openapi fuzz_ack fuzz_stream_frame fuzz_row_assembler fuzz_session fuzz_redact fuzz_backend)
[ $# -gt 0 ] && TARGETS=("$@") || TARGETS=("${ALL[@]}")

if [ ! -f "$BUILD_DIR/build.ninja" ]; then
  CC=clang CXX=clang++ cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DWF_FUZZ=ON
fi
cmake --build "$BUILD_DIR" -j"$JOBS" --target "${TARGETS[@]}"

export ASAN_OPTIONS=${ASAN_OPTIONS:-abort_on_error=0:detect_leaks=1:allocator_may_return_null=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
LSAN_SUPP=$ROOT/tests/sanitizers/lsan.supp
[ -f "$LSAN_SUPP" ] && export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$LSAN_SUPP}
# What failed, in a few lines each, for the end of a long CI log (run-reliability.sh prints it last):
# the target, the exit status, the sanitizer's or invariant's own words and the input in base64.
FAILURES=$BUILD_DIR/fuzz-artifacts/FAILURES.txt
mkdir -p "$BUILD_DIR/fuzz-artifacts"
: >"$FAILURES"
record_failure() { # target, exit status, log, input file (may be empty)
  {
    echo "$1 (exit $2), on $(date -u +%FT%TZ), TZ=${TZ:-unset} LANG=${LANG:-unset}:"
    grep -E "ERROR: |SUMMARY: |fuzz invariant broken|deadly signal|out-of-memory|timeout after|runtime error|leak" "$3" | head -n 12 | sed 's/^/  /'
    if [ -n "$4" ] && [ -f "$4" ]; then
      echo "  input ($(stat -c %s "$4") bytes, base64; decode into tests/fuzz/regressions/${1#fuzz_}/ to replay):"
      head -c 6000 "$4" | base64 -w 100 | sed 's/^/    /'
    fi
  } >>"$FAILURES"
}
SHARE=$(( TOTAL / ${#TARGETS[@]} ))
[ "$SHARE" -lt 1 ] && SHARE=1
failed=()

for t in "${TARGETS[@]}"; do
  name=${t#fuzz_}
  bin=$BUILD_DIR/tests/fuzz/$t
  dict=$ROOT/tests/fuzz/${DICT[$t]:-json.dict}
  dictarg=(-dict="$dict")
  [ -f "$dict" ] || dictarg=()
  malloc=()
  [ -n "${MALLOC_MB[$t]:-}" ] && malloc=(-malloc_limit_mb="${MALLOC_MB[$t]}")
  artifacts=$BUILD_DIR/fuzz-artifacts/$t
  corpus=$BUILD_DIR/fuzz-corpus/$t
  mkdir -p "$artifacts" "$corpus"

  regress=$ROOT/tests/fuzz/regressions/$name
  if [ -d "$regress" ] && [ -n "$(ls -A "$regress")" ]; then
    echo "== $t: replaying $(ls "$regress" | wc -l) regression input(s)"
    for f in "$regress"/*; do
      if ! "$bin" "$f" >"$artifacts/regression.log" 2>&1; then
        tail -n 40 "$artifacts/regression.log"
        echo "FUZZ FAILURE: $t crashes again on regression input $f"
        record_failure "$t" "regression" "$artifacts/regression.log" ""
        failed+=("$t")
      fi
    done
  fi

  seeds=$(mktemp -d)
  for pattern in ${FIXTURES[$t]}; do cp "$ROOT"/tests/data/$pattern "$seeds"/ 2>/dev/null || true; done
  [ -d "$ROOT/tests/fuzz/seeds/$name" ] && cp "$ROOT/tests/fuzz/seeds/$name"/* "$seeds"/
  echo "== $t: fuzzing ${SHARE}s (max_len ${MAX_LEN[$t]:-4096})"
  log=$artifacts/fuzz.log
  set +e
  "$bin" "$corpus" "$seeds" "${dictarg[@]}" "${malloc[@]}" -max_total_time="$SHARE" -max_len="${MAX_LEN[$t]:-4096}" \
    -timeout=10 -rss_limit_mb=2048 -artifact_prefix="$artifacts/" -print_final_stats=1 >"$log" 2>&1
  rc=$?
  set -e
  rm -rf "$seeds"
  { grep -E "^stat::number_of_executed_units|^stat::new_units_added|cov: " "$log" || true; } | tail -n 3 | sed 's/^/   /'
  if [ $rc -ne 0 ]; then
    tail -n 60 "$log"
    crash=$(grep -oE "Test unit written to [^ ]+" "$log" | tail -n 1 | sed 's/Test unit written to //')
    echo "FUZZ FAILURE: $t (exit $rc); crashing input: ${crash:-see $log}"
    record_failure "$t" "$rc" "$log" "$crash"
    failed+=("$t")
  fi
done

if [ ${#failed[@]} -gt 0 ]; then
  echo "run-fuzzers: FAILED: ${failed[*]}"
  exit 1
fi
echo "run-fuzzers: ${#TARGETS[@]} targets, ${SHARE}s each, no crash"
