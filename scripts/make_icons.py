"""Render resources/icon.svg to the PNG and ICO files the installers need (run after editing it).

Usage: QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/make_icons.py
"""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

RESOURCES = Path(__file__).resolve().parent.parent / "resources"


def render(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(RESOURCES / "icon.svg")).render(painter)
    painter.end()
    return image


def main() -> None:
    app = QGuiApplication([])  # noqa: F841 (Qt needs an application to paint)
    render(256).save(str(RESOURCES / "icon.png"))
    render(256).save(str(RESOURCES / "icon.ico"))
    print("wrote icon.png and icon.ico")


if __name__ == "__main__":
    main()
