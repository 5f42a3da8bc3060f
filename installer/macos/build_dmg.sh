#!/usr/bin/env bash
# macOS: build Shishya.app with PyInstaller and wrap it in a .dmg (run on a Mac).
#   bash installer/macos/build_dmg.sh      -> dist/Shishya-<version>.dmg
# Needs: Python 3.11+, `pip install -e '.[build]' pillow` (Pillow turns the PNG icon into .icns).
# The app is not signed or notarised: on first start, right-click > Open.
set -euo pipefail
cd "$(dirname "$0")/../.."
version=$(python3 -c 'import shishya_desktop; print(shishya_desktop.__version__)')
python3 -m PyInstaller --noconfirm build.spec
QT_QPA_PLATFORM=offscreen dist/Shishya.app/Contents/MacOS/shishya --self-test --report dist/self-test.txt
stage=$(mktemp -d)
cp -R dist/Shishya.app "$stage/"
ln -s /Applications "$stage/Applications"
hdiutil create -volname "Shishya $version" -srcfolder "$stage" -ov -format UDZO "dist/Shishya-$version.dmg"
rm -rf "$stage"
echo "dist/Shishya-$version.dmg"
