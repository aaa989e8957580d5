#!/usr/bin/env bash
# Builds the .deb: installs what is missing, configures and builds the three executables (Release
# flags with debug info, stripped by cpack) into build-deb/ (override with DEB_BUILD_DIR), runs
# cpack -G DEB and prints the .deb's path. --lint: also installs lintian and runs it on the .deb.
# Install it with: sudo apt install ./focus-waterfall_*.deb
set -euo pipefail
cd "$(dirname "$0")/.."
LINT=0
for arg in "$@"; do
  case "$arg" in
    --lint) LINT=1 ;;
    *) echo "build-deb: unknown option $arg (use --lint)" >&2; exit 2 ;;
  esac
done
if [ "$LINT" = 1 ]; then bash packaging/install-deps.sh --lint; else bash packaging/install-deps.sh; fi
BUILD_DIR=${DEB_BUILD_DIR:-build-deb}
if [ ! -f "$BUILD_DIR/build.ninja" ]; then
  cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DWF_BUILD_TESTS=OFF -DWF_BUILD_BENCH=OFF
fi
# Only what the package holds (wf_package_docs: the compressed manual pages and changelog).
cmake --build "$BUILD_DIR" -j"${JOBS:-$(nproc)}" --target focus-waterfall focusctl focus-sim wf_package_docs
OUT="$BUILD_DIR/deb"
rm -rf "$OUT"
cpack -G DEB --config "$BUILD_DIR/CPackConfig.cmake" -B "$OUT" > "$BUILD_DIR/cpack.log" || { cat "$BUILD_DIR/cpack.log"; exit 1; }
DEB=$(ls "$OUT"/focus-waterfall_*.deb)
if [ "$LINT" = 1 ]; then
  # The tags we keep, and why, are listed in README.md (Install); lintian exits 0 on warnings only.
  lintian --info --display-info "$DEB" || true
fi
echo "$(realpath "$DEB")"
