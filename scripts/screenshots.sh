#!/usr/bin/env bash
# Renders every main view to screenshots/*.png on a virtual X screen: the full set at 1366x768
# and 1024x600, then the main views at 800x600, 1024x600, 1366x768, 1366x768 at 150% and
# 1920x1080 at 200%, in the light, dark and high-contrast palettes, and with 150% text; then
# the full set again in Hindi (hi-*), and My careers and the modes on a Hindi computer.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh screenshots
rm -rf screenshots
run() { xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python scripts/render_views.py "$@"; }
if [ "$#" -gt 0 ]; then run "$@"; exit; fi
run --sizes 1366x768,1024x600
for palette in light dark high-contrast; do
  run --main-only --palette "$palette" --prefix "$palette-" --sizes 800x600,1024x600,1366x768
  # 1366x768 at 150% is 910x512 logical pixels; 1920x1080 at 200% is 960x540.
  QT_SCALE_FACTOR=1.5 run --main-only --palette "$palette" --prefix "$palette-150pc-" \
    --sizes 910x512
  QT_SCALE_FACTOR=2 run --main-only --palette "$palette" --prefix "$palette-200pc-" \
    --sizes 960x540
done
run --main-only --text-size 150 --prefix "text150-" --sizes 1024x600,1366x768
# The same views in Hindi (the interface; the content where the catalogue has it in Hindi).
run --language hi --prefix "hi-" --sizes 1366x768,1024x600
# My careers, the Still there? countdown and the three modes; Event mode fills the screen.
for screen in 1366x768 1024x600; do
  xvfb-run -a -s "-screen 0 ${screen}x24" .venv/bin/python scripts/render_my_careers.py \
    "screenshots/modes-$screen"
  # A computer set to Hindi: every mode starts in Hindi (Lab and Event too, the default).
  LANG=hi_IN.UTF-8 LC_ALL=hi_IN.UTF-8 xvfb-run -a -s "-screen 0 ${screen}x24" \
    .venv/bin/python scripts/render_my_careers.py "screenshots/hi-modes-$screen"
done
