#!/usr/bin/env bash
# Installs what is missing, then configures and builds into build/ (override with BUILD_DIR).
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/install-deps.sh
BUILD_DIR=${BUILD_DIR:-build}
if [ ! -f "$BUILD_DIR/build.ninja" ]; then
  # CI builds with warnings as errors; a developer gets them as warnings.
  cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DWF_WERROR="$([ "${CI:-}" = true ] && echo ON || echo OFF)"
fi
cmake --build "$BUILD_DIR" -j"$(nproc)"
