"""Fonts and the style sheet: loaded once at start-up from ``resources/``."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import QLoggingCategory
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from .palette import PALETTE

FONT_FILES = (
    "NotoSans-Regular.ttf",
    "NotoSans-Bold.ttf",
    "NotoSansDevanagari-Regular.ttf",
    "NotoSansDevanagari-Bold.ttf",
)
FAMILIES = ["Noto Sans", "Noto Sans Devanagari"]


def load_fonts(resources: Path) -> list[str]:
    """Register the bundled fonts; return the font files that could not be loaded."""
    failed = []
    for name in FONT_FILES:
        if QFontDatabase.addApplicationFont(str(resources / "fonts" / name)) < 0:
            failed.append(name)
    return failed


def apply_theme(app: QApplication, resources: Path) -> list[str]:
    """Fonts (Latin and Devanagari, both with ₹), the app font and the style sheet."""
    failed = load_fonts(resources)
    # Devanagari text first asks Noto Sans, which lacks that script, then falls back to Noto
    # Sans Devanagari as intended; Qt logs a note about the first try on every such string.
    QLoggingCategory.setFilterRules("qt.text.font.db.info=false")
    font = QFont()
    font.setFamilies(FAMILIES)
    font.setPointSizeF(10.5)
    app.setFont(font)
    sheet = (resources / "style.qss").read_text(encoding="utf-8")
    sheet = sheet.replace("@resources", resources.as_posix())
    names = sorted((f.name for f in dataclasses.fields(PALETTE)), key=len, reverse=True)
    for name in names:
        sheet = sheet.replace("@" + name, getattr(PALETTE, name))
    app.setStyleSheet(sheet)
    return failed
