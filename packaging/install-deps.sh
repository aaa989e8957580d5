#!/usr/bin/env bash
# Installs every Debian 12 package the project needs to build, run and test.
# Idempotent, never prompts. The only place package names are listed.
set -euo pipefail

PACKAGES=(
  # toolchain
  cmake ninja-build g++ pkg-config
  # Qt 6 (Widgets, Network, Test, HttpServer, Linguist tools) and Qt's own translations
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
  qt6-httpserver-dev qt6-websockets-dev
  # plotting
  libqcustomplot-dev libqcustomplot2.1-qt6
  # hot-path JSON decoder, benchmarks, TLS certificate generation in the emulator
  libsimdjson-dev libbenchmark-dev libssl-dev
  # reliability stage: libFuzzer targets need clang and its runtimes (only a recommendation of clang)
  clang libclang-rt-14-dev
  # TLS trust store for the client; fonts with Hebrew glyphs
  ca-certificates fonts-dejavu-core
)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#PACKAGES[@]} packages already installed"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
