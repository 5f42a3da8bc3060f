#!/usr/bin/env bash
# Sets up (first run) and starts Shishya's window. Extra arguments go to `shishya`.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/shishya "$@"
