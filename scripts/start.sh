#!/usr/bin/env bash
# Sets up (first run) and starts Shishya.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/shishya-data stats "$@"
