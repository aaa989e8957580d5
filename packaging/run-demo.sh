#!/usr/bin/env bash
# README command 1: install, build, and start the viewer against the built-in emulator.
# Arguments are passed to focus-waterfall (e.g. --lang he, --demo-scenario route-absent).
# Without a display it runs offscreen, saves a screenshot and prints its path.
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/build.sh
BUILD_DIR=${BUILD_DIR:-build}
if [ -z "${XDG_RUNTIME_DIR:-}" ]; then
  export XDG_RUNTIME_DIR=$(mktemp -d); chmod 700 "$XDG_RUNTIME_DIR"
fi
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "No display found: running offscreen; a screenshot is saved instead."
  mkdir -p "$BUILD_DIR/screenshots"
  exec "$BUILD_DIR/app/focus-waterfall" --screenshot "$BUILD_DIR/screenshots/focus-waterfall.png" "$@"
fi
exec "$BUILD_DIR/app/focus-waterfall" "$@"
