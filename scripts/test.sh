#!/usr/bin/env bash
# Sets up (first run) and runs the whole test suite offscreen, the slow bundle and .deb tests
# included. Extra arguments go to pytest (-m "not slow" skips the bundle builds).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh test build
export QT_QPA_PLATFORM=offscreen
exec .venv/bin/python -m pytest "$@"
