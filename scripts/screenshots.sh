#!/usr/bin/env bash
# Renders every main view to screenshots/*.png at 1366x768 and 1024x600 on a virtual X screen.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh screenshots
rm -rf screenshots
exec xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python scripts/render_views.py "$@"
