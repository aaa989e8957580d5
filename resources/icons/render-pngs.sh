#!/usr/bin/env bash
# Renders the committed hicolor PNGs from focus-waterfall.svg; run it after editing the SVG, then
# commit the PNGs (the build and the .deb take them as they are and need no SVG renderer).
set -euo pipefail
cd "$(dirname "$0")"
bash ../../packaging/install-deps.sh --icons
for size in 16 32 48 64 128 256; do
  rsvg-convert -w "$size" -h "$size" -o "focus-waterfall-$size.png" focus-waterfall.svg
done
ls -l focus-waterfall-*.png
