#!/usr/bin/env bash
# Sets up a fresh Debian/Ubuntu machine for Shishya: the system libraries Qt needs and a
# Python virtual environment in .venv with the project installed. Safe to run again.
# Usage: scripts/setup.sh [extra...]   extras: test, dev, screenshots
set -euo pipefail
cd "$(dirname "$0")/.."

want_screens=0
want_tests=0
want_build=0
extras=()
for extra in "$@"; do
  case "$extra" in
    screenshots) want_screens=1 ;;
    test) want_tests=1; extras+=("$extra") ;;
    build) want_build=1; extras+=("$extra") ;;
    *) extras+=("$extra") ;;
  esac
done

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

# Ubuntu 24.04 renamed some libraries (t64); take whichever name this release can install.
# (apt-cache show is not enough: it also answers for names other packages merely mention.)
pick() {
  for name in "$@"; do
    candidate=$(apt-cache policy "$name" 2>/dev/null | awk '/Candidate:/ {print $2}')
    if [ -n "$candidate" ] && [ "$candidate" != "(none)" ]; then echo "$name"; return; fi
  done
  echo "${@: -1}"
}

if command -v apt-get >/dev/null 2>&1; then
  as_root apt-get update -qq
  packages=(python3 python3-venv python3-pip
            "$(pick libglib2.0-0t64 libglib2.0-0)" libgl1 libegl1 libxkbcommon0 libfontconfig1
            libfreetype6 "$(pick libdbus-1-3t64 libdbus-1-3)"
            libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0
            libxcb-randr0 libxcb-render-util0 libxcb-xinerama0 libxcb-image0 fonts-dejavu-core)
  # Tests read exported PDFs back with pdftotext and pdfinfo, and check pack signatures with
  # the standard minisign tool.
  if [ "$want_tests" = 1 ]; then packages+=(poppler-utils minisign); fi
  # Bundles: readelf (binutils) trims the bundle, dpkg-deb and desktop-file-validate the .deb.
  if [ "$want_build" = 1 ]; then packages+=(binutils dpkg-dev desktop-file-utils); fi
  if [ "$want_screens" = 1 ]; then packages+=(xvfb xauth imagemagick poppler-utils); fi
  # The Windows installer test: Inno Setup's compiler and setup are 32-bit Windows programs,
  # run by wine (its 32-bit part needs the i386 architecture) on a virtual X screen.
  if [ "$want_tests" = 1 ] && [ "$want_build" = 1 ] && [ "$(dpkg --print-architecture)" = amd64 ]; then
    if ! dpkg --print-foreign-architectures | grep -qx i386; then
      as_root dpkg --add-architecture i386
      as_root apt-get update -qq
    fi
    packages+=(wine wine64 wine32:i386 xvfb xauth)
    # Debian's npm; a machine with a Node.js that brings its own npm keeps that one.
    if ! command -v npm >/dev/null 2>&1; then packages+=(nodejs npm); fi
  fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    "${packages[@]}" >/dev/null
fi

# Inno Setup 6 (its compiler ships inside the npm registry's innosetup package), kept in .tools/.
INNOSETUP_VERSION=6.4.1
if [ "$want_tests" = 1 ] && [ "$want_build" = 1 ] && command -v npm >/dev/null 2>&1 \
   && [ ! -f .tools/node_modules/innosetup/bin/ISCC.exe ]; then
  npm install --silent --no-audit --no-fund --prefix .tools "innosetup@$INNOSETUP_VERSION" >/dev/null
fi

if [ ! -x .venv/bin/python ]; then python3 -m venv .venv; fi
.venv/bin/python -m pip install -q --upgrade pip
spec="."
if [ "${#extras[@]}" -gt 0 ]; then spec=".[$(IFS=,; echo "${extras[*]}")]"; fi
.venv/bin/python -m pip install -q -e "$spec"
