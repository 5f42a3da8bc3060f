#!/usr/bin/env bash
# Builds dist/shishya_<version>_<arch>.deb from the PyInstaller bundle in dist/shishya/.
# Installs to /opt/shishya, puts a `shishya` launcher on PATH, a desktop entry and an icon.
# Usage: installer/linux/build_deb.sh   (run `pyinstaller --noconfirm build.spec` first;
# DIST and BUILD name other dist/ and build/ folders)
set -euo pipefail
cd "$(dirname "$0")/../.."
dist=${DIST:-dist}
[ -x "$dist/shishya/shishya" ] || { echo "$dist/shishya is missing: run pyinstaller build.spec first" >&2; exit 1; }

version=$(.venv/bin/python -c 'import shishya_desktop; print(shishya_desktop.__version__)' 2>/dev/null \
  || python3 -c 'import shishya_desktop; print(shishya_desktop.__version__)')
arch=$(dpkg --print-architecture)
stage=${BUILD:-build}/deb/shishya_${version}_${arch}
rm -rf "$stage"
mkdir -p "$stage/DEBIAN" "$stage/opt" "$stage/usr/bin" "$stage/usr/share/applications" \
  "$stage/usr/share/icons/hicolor/scalable/apps" "$stage/usr/share/doc/shishya"
cp -a "$dist/shishya" "$stage/opt/shishya"
ln -s /opt/shishya/shishya "$stage/usr/bin/shishya"
install -m 644 installer/linux/shishya.desktop "$stage/usr/share/applications/shishya.desktop"
install -m 644 resources/icon.svg "$stage/usr/share/icons/hicolor/scalable/apps/shishya.svg"
install -m 644 resources/fonts/OFL.txt "$stage/usr/share/doc/shishya/fonts-OFL.txt"
cat > "$stage/usr/share/doc/shishya/copyright" <<COPY
Shishya Desktop: an offline career guide. Bundles Qt and PySide6 (LGPLv3), Python (PSF
licence) and the Noto Sans fonts (SIL Open Font License 1.1, see fonts-OFL.txt).
COPY

installed_kb=$(du -sk "$stage" | cut -f1)
cat > "$stage/DEBIAN/control" <<CONTROL
Package: shishya
Version: ${version}
Architecture: ${arch}
Maintainer: Shishya Desktop team <team@shishya.invalid>
Installed-Size: ${installed_kb}
Section: education
Priority: optional
Depends: libc6, libgcc-s1, libstdc++6, zlib1g, libbz2-1.0, liblzma5, libzstd1, libgl1, libegl1,
 libx11-6, libx11-xcb1, libxcb1, libxcb-cursor0, libxcb-icccm4, libxcb-image0, libxcb-keysyms1,
 libxcb-randr0, libxcb-render0, libxcb-render-util0, libxcb-shape0, libxcb-shm0, libxcb-sync1,
 libxcb-util1, libxcb-xfixes0, libxcb-xkb1, libxkbcommon0, libxkbcommon-x11-0, libfontconfig1,
 libfreetype6, libglib2.0-0t64 | libglib2.0-0, libdbus-1-3
Recommends: libcups2t64 | libcups2
Description: Offline career guide for Indian school students
 Shishya explains hundreds of careers in plain English: what the work is, how to get
 there from school, the exams, realistic salaries in rupees, pros and cons. Students can
 search, filter and compare careers side by side and print handouts. Works without
 internet.
CONTROL
cat > "$stage/DEBIAN/postinst" <<'POST'
#!/bin/sh
set -e
command -v update-desktop-database >/dev/null && update-desktop-database -q /usr/share/applications || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t /usr/share/icons/hicolor || true
POST
cp "$stage/DEBIAN/postinst" "$stage/DEBIAN/postrm"
chmod 755 "$stage/DEBIAN/postinst" "$stage/DEBIAN/postrm"
out=$dist/shishya_${version}_${arch}.deb
dpkg-deb --build --root-owner-group -Zxz "$stage" "$out" >/dev/null
echo "$out"
