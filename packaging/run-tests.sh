#!/usr/bin/env bash
# README command 2: install, build, and run every test headless (ctest), then the reliability stage
# (fuzzing, sanitizers, soak; WF_QUICK=1 skips it). .ci/run calls exactly this.
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/build.sh
BUILD_DIR=${BUILD_DIR:-build}
export QT_QPA_PLATFORM=offscreen
if [ -z "${XDG_RUNTIME_DIR:-}" ]; then
  export XDG_RUNTIME_DIR=$(mktemp -d); chmod 700 "$XDG_RUNTIME_DIR"
fi
if [ "${WF_QUICK:-0}" = 1 ]; then
  ctest --test-dir "$BUILD_DIR" --output-on-failure -j2
else
  # The soak (label "soak") runs once, in the reliability stage, which prints its figures.
  ctest --test-dir "$BUILD_DIR" --output-on-failure -j2 -LE soak
  # Fuzzing, the sanitizer suite and the soak (packaging/run-reliability.sh); WF_QUICK=1 skips them.
  bash packaging/run-reliability.sh
fi
