"""One rule for text: content and student text reach the screen as plain text, never as markup.

Qt guesses whether a label's, message box's or tooltip's text is HTML ("AutoText") and then
loads the images and follows the links it names. Every widget that shows text is made here:
labels and message boxes are set to plain text, tooltips are escaped by ``render.esc`` (Qt has
no plain-text tooltip), and menu texts keep their ``&``. ``tests/ui/test_plain_text.py`` checks
that no other module builds a QLabel or QMessageBox, and that every label in every section is
plain text.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from .render import esc


def label(text: str = "", *, name: str = "", wrap: bool = False) -> QLabel:
    """A label that shows ``text`` exactly as given (no HTML, no links, no images)."""
    widget = QLabel()
    widget.setTextFormat(Qt.TextFormat.PlainText)
    if name:
        widget.setObjectName(name)
    widget.setWordWrap(wrap)
    widget.setText(text)
    return widget


def tooltip(text: str) -> str:
    """Tooltip text from content: escaped rich text, so it is drawn as written."""
    return f"<p>{esc(text)}</p>" if text else ""


def menu_text(text: str) -> str:
    """Menu and button text from content: a ``&`` is shown, not taken as a shortcut key."""
    return text.replace("&", "&&")


def message_box(
    parent: QWidget | None,
    title: str,
    text: str,
    *,
    details: str = "",
    icon: QMessageBox.Icon | None = None,
) -> QMessageBox:
    """A message box in plain text; ``details`` (path, SQLite's words) is one click away.

    The default icon is Information; it is looked up here, not at import (a faster start).
    """
    if icon is None:
        icon = QMessageBox.Icon.Information
    box = QMessageBox(icon, title, "", QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    if details:
        box.setDetailedText(details)  # QMessageBox shows detailed text as plain text
    return box
