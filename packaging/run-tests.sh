#!/usr/bin/env bash
# README command 2: install, build, and run every test headless (ctest). .ci/run calls exactly this.
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/build.sh
BUILD_DIR=${BUILD_DIR:-build}
export QT_QPA_PLATFORM=offscreen
if [ -z "${XDG_RUNTIME_DIR:-}" ]; then
  export XDG_RUNTIME_DIR=$(mktemp -d); chmod 700 "$XDG_RUNTIME_DIR"
fi
ctest --test-dir "$BUILD_DIR" --output-on-failure -j2
