#!/usr/bin/env bash
# The reliability stage (issue 7), run by run-tests.sh after the normal suite when WF_RELIABILITY=1:
#  1. bounded fuzzing of every decoder and focusctl's parser (clang + libFuzzer, build-fuzz),
#  2. the whole suite under AddressSanitizer + UndefinedBehaviorSanitizer + LeakSanitizer (build-asan),
#  3. the short soak of the live path (focus-soak --short from the normal build).
# Every stage runs; the script fails if any failed. Budget: ~35 min on 2 cores (CI has 90 in all).
# Environment: FUZZ_SECONDS (60), BUILD_DIR (build, for the soak).
set -uo pipefail
cd "$(dirname "$0")/.."
bash packaging/install-deps.sh
JOBS=$(nproc)
BUILD_DIR=${BUILD_DIR:-build}
export QT_QPA_PLATFORM=offscreen
if [ -z "${XDG_RUNTIME_DIR:-}" ]; then
  export XDG_RUNTIME_DIR=$(mktemp -d); chmod 700 "$XDG_RUNTIME_DIR"
fi

summary=()
failed=0
run_stage() {
  local name=$1; shift
  local t0=$SECONDS
  echo "=== reliability: $name"
  if "$@"; then
    summary+=("$name: ok in $((SECONDS - t0)) s")
  else
    summary+=("$name: FAILED in $((SECONDS - t0)) s")
    failed=1
  fi
}

soak() {
  cmake --build "$BUILD_DIR" -j"$JOBS" --target focus-soak && "$BUILD_DIR/tests/soak/focus-soak" --short
}

run_stage "fuzzing (${FUZZ_SECONDS:-60} s)" env FUZZ_JOBS="$JOBS" bash tests/fuzz/run-fuzzers.sh "${FUZZ_SECONDS:-60}"
run_stage "asan+ubsan suite" env ASAN_BUILD_JOBS="$JOBS" ASAN_CTEST_JOBS=2 bash tests/sanitizers/run-sanitizers.sh
run_stage "short soak" soak

echo "=== reliability summary"
printf '  %s\n' "${summary[@]}"
# A failed fuzz run's evidence, here at the end where a truncated CI log still shows it.
if [ -s build-fuzz/fuzz-artifacts/FAILURES.txt ]; then
  echo "=== fuzz failures"
  cat build-fuzz/fuzz-artifacts/FAILURES.txt
fi
exit $failed
