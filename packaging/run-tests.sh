#!/usr/bin/env bash
# README command 2: install, build, and run every test headless (ctest). .ci/run calls exactly this.
# WF_RELIABILITY=1 adds the reliability stage (fuzzing, ASan+UBSan suite, soak; packaging/run-reliability.sh).
# It is not on by default yet: under the sanitizers, tst_focusctl's in-process HTTPS probes and two
# tst_faults mid-stream cases still fail (see the README's Reliability section).
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/build.sh
BUILD_DIR=${BUILD_DIR:-build}
export QT_QPA_PLATFORM=offscreen
if [ -z "${XDG_RUNTIME_DIR:-}" ]; then
  export XDG_RUNTIME_DIR=$(mktemp -d); chmod 700 "$XDG_RUNTIME_DIR"
fi
# The soak (label "soak") runs in the reliability stage, which prints its figures.
ctest --test-dir "$BUILD_DIR" --output-on-failure -j2 -LE soak
if [ "${WF_RELIABILITY:-0}" = 1 ]; then
  bash packaging/run-reliability.sh
fi
