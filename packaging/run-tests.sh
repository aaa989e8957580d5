#!/usr/bin/env bash
# README command 2: install, build, and run every test headless (ctest). .ci/run calls exactly this.
# Then the reliability stage (bounded fuzzing, the suite under ASan+UBSan+LSan, the short soak;
# packaging/run-reliability.sh, ~30 min on 2 cores): on in CI (CI=true), off otherwise;
# WF_RELIABILITY=1 or 0 decides either way.
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
if [ "${WF_RELIABILITY:-$([ "${CI:-}" = true ] && echo 1 || echo 0)}" = 1 ]; then
  bash packaging/run-reliability.sh
fi
