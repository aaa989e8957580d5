#!/usr/bin/env bash
# Builds the whole suite with AddressSanitizer + UndefinedBehaviorSanitizer (LeakSanitizer included)
# into build-asan (WF_SANITIZE=ON, gcc) and runs ctest there. Any report fails the test that printed it.
# Usage: tests/sanitizers/run-sanitizers.sh [extra ctest args]
# Environment: ASAN_BUILD_DIR (build-asan), ASAN_BUILD_JOBS (1), ASAN_CTEST_JOBS (1).
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
BUILD_DIR=${ASAN_BUILD_DIR:-build-asan}

if [ ! -f "$BUILD_DIR/build.ninja" ]; then
  cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DWF_SANITIZE=ON -DWF_BUILD_BENCH=OFF
fi
cmake --build "$BUILD_DIR" -j"${ASAN_BUILD_JOBS:-1}"

# halt_on_error: the first report ends the process with a non-zero status, so ctest fails the test.
# LeakSanitizer runs at exit (detect_leaks=1); lsan.supp names Qt/fontconfig/GLib internals only.
# fast_unwind_on_malloc=0: allocation stacks are unwound fully. OpenSSL is built without frame
# pointers, so the fast unwinder stops inside libcrypto and a suppression naming the Qt frame above
# it (lsan.supp) could never match; it costs about 1.5x on allocation-heavy tests.
export ASAN_OPTIONS="halt_on_error=1:abort_on_error=0:detect_leaks=1:check_initialization_order=1:strict_init_order=1:detect_stack_use_after_return=1:fast_unwind_on_malloc=0:malloc_context_size=20"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
export LSAN_OPTIONS="suppressions=$ROOT/tests/sanitizers/lsan.supp:print_suppressions=0"
export QT_QPA_PLATFORM=offscreen
# Tests that assert the event loop never froze accept gaps this many times longer (tests/support/
# heartbeat.h): under ASan+UBSan one paint of the main window takes up to a second on 2 loaded cores.
export WF_TEST_TIME_SCALE=${WF_TEST_TIME_SCALE:-10}
if [ -z "${XDG_RUNTIME_DIR:-}" ]; then
  export XDG_RUNTIME_DIR=$(mktemp -d); chmod 700 "$XDG_RUNTIME_DIR"
fi

# Excluded: translations_complete runs Qt's own lupdate over the sources (no code of ours executes,
# nothing for a sanitizer to see), and it already runs in the normal suite.
EXCLUDE='^translations_complete$'
# The soak (label soak) runs here shorter, below: its 10 minutes of 2222-channel data take over 15
# minutes under ASan with full unwinding.
status=0
ctest --test-dir "$BUILD_DIR" --output-on-failure -j"${ASAN_CTEST_JOBS:-1}" -E "$EXCLUDE" -LE soak "$@" || status=$?

# Two minutes of live data through the whole live path under the sanitizers: ASan, UBSan and LSan
# judge it. Its memory-growth check is off here (ASan's quarantine keeps freed memory resident by
# design); the normal build's soak judges memory. The REST path only: the gRPC path's code runs under
# the sanitizers in tst_grpc, tst_hostilestreams and tst_streamscale.
echo "=== ASan soak (2 minutes of data)"
"$BUILD_DIR/tests/soak/focus-soak" --short --path rest --minutes-equivalent 2 --max-growth-pct 1000 || status=$?
exit $status
