"""Fonts, palette and style sheet: loaded once at start-up from ``resources/``.

The palette (light, dark, high contrast, or "system": what the platform reports) and the text
size (100–200%) are applied together by ``apply_appearance``; both are cheap (one string pass
over the style sheet) so they can change while the window is open.
"""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

from PySide6.QtCore import QLoggingCategory, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from .palette import DARK, HIGH_CONTRAST, LIGHT, PALETTE, PALETTES, Palette, set_palette
from .text_scale import set_text_percent

FONT_FILES = (
    "NotoSans-Regular.ttf",
    "NotoSans-Bold.ttf",
    "NotoSansDevanagari-Regular.ttf",
    "NotoSansDevanagari-Bold.ttf",
)
FAMILIES = ["Noto Sans", "Noto Sans Devanagari"]
BASE_POINT_SIZE = 10.5
PALETTE_CHOICES = ("system", "light", "dark", "high-contrast")
_sheet_cache: dict[str, str] = {}


def load_fonts(resources: Path) -> list[str]:
    """Register the bundled fonts; return the font files that could not be loaded."""
    failed = []
    for name in FONT_FILES:
        if QFontDatabase.addApplicationFont(str(resources / "fonts" / name)) < 0:
            failed.append(name)
    return failed


def system_palette() -> Palette:
    """High contrast where the platform asks for it, dark where it is dark, else light."""
    hints = QGuiApplication.styleHints()
    accessibility = getattr(hints, "accessibility", None)  # Qt 6.10+
    if accessibility is not None:
        try:
            if accessibility().contrastPreference() == Qt.ContrastPreference.HighContrast:
                return HIGH_CONTRAST
        except AttributeError:
            pass
    if hints.colorScheme() == Qt.ColorScheme.Dark:
        return DARK
    return LIGHT


def resolve(choice: str) -> Palette:
    return PALETTES.get(choice) or system_palette()


def qt_palette(colours: Palette) -> QPalette:
    """The same colours for what Qt draws itself: message boxes, menus, dialogs, tooltips."""
    palette = QPalette()
    role = QPalette.ColorRole
    for roles, colour in (
        ((role.Window, role.Button, role.AlternateBase), colours.page),
        ((role.Base, role.ToolTipBase), colours.card),
        ((role.WindowText, role.Text, role.ButtonText, role.ToolTipText), colours.text),
        ((role.PlaceholderText,), colours.muted),
        ((role.Highlight,), colours.selection),
        ((role.HighlightedText,), colours.text),
        ((role.Link,), colours.link),
        ((role.BrightText,), colours.heading),
    ):
        for each in roles:
            palette.setColor(each, QColor(colour))
    for each in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, each, QColor(colours.disabled))
    return palette


def style_sheet(resources: Path, colours: Palette, scale: float) -> str:
    if "raw" not in _sheet_cache:
        _sheet_cache["raw"] = (resources / "style.qss").read_text(encoding="utf-8")
    sheet = _sheet_cache["raw"].replace("@resources", resources.as_posix())
    names = sorted((f.name for f in dataclasses.fields(Palette)), key=len, reverse=True)
    for name in names:
        sheet = sheet.replace("@" + name, getattr(colours, name))
    if scale != 1.0:
        sheet = re.sub(r"(\d+(?:\.\d+)?)pt", lambda m: f"{float(m[1]) * scale:g}pt", sheet)
    return sheet


def apply_appearance(app: QApplication, resources: Path, choice: str, percent: int) -> None:
    """Use palette ``choice`` and text size ``percent`` for the whole application."""
    colours = resolve(choice)
    set_palette(colours)
    scale = set_text_percent(percent) / 100
    font = QFont()
    font.setFamilies(FAMILIES)
    font.setPointSizeF(BASE_POINT_SIZE * scale)
    app.setFont(font)
    app.setPalette(qt_palette(PALETTE))
    app.setStyleSheet(style_sheet(resources, PALETTE, scale))


def apply_theme(
    app: QApplication, resources: Path, choice: str = "light", percent: int = 100
) -> list[str]:
    """Fonts (Latin and Devanagari, both with ₹), the palette, text size and style sheet."""
    failed = load_fonts(resources)
    # Devanagari text first asks Noto Sans, which lacks that script, then falls back to Noto
    # Sans Devanagari as intended; Qt logs a note about the first try on every such string.
    QLoggingCategory.setFilterRules("qt.text.font.db.info=false")
    apply_appearance(app, resources, choice, percent)
    return failed
