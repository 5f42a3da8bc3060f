"""A one-line label that never widens its layout: text that does not fit ends in "…"."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTextBoundaryFinder
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QSizePolicy,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
    QWidget,
)


def cut_between_letters(text: str, limit: int) -> str:
    """At most ``limit`` characters of ``text``, never cut inside a letter: a Devanagari
    consonant keeps its vowel signs and virama (Qt's grapheme boundaries decide)."""
    if len(text) <= limit:
        return text
    # Qt counts UTF-16 units; Python counts code points (they differ only beyond U+FFFF).
    units = [len(ch.encode("utf-16-le")) // 2 for ch in text]
    finder = QTextBoundaryFinder(QTextBoundaryFinder.BoundaryType.Grapheme, text)
    end = limit
    while end > 0:
        finder.setPosition(sum(units[:end]))
        if finder.isAtBoundary():
            break
        end -= 1
    return text[:end]


class ElidedLabel(QLabel):
    """Plain text, elided on the right; the whole text is the tooltip and accessible name."""

    def __init__(self, text: str = "", parent: QWidget | None = None, *, name: str = ""):
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        if name:
            self.setObjectName(name)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setText(text)

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setToolTip(text)

    def minimumSizeHint(self) -> QSize:
        return QSize(0, super().minimumSizeHint().height())

    def elided_text(self) -> str:
        width = self.contentsRect().width()
        return self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, width)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        self.style().drawItemText(
            painter,
            self.contentsRect(),
            int(self.alignment()),
            self.palette(),
            self.isEnabled(),
            self.elided_text(),
            self.foregroundRole(),
        )


class ElidedComboBox(QComboBox):
    """A combo box whose shown choice ends in "…" when the box is too narrow for it."""

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        field = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, self
        )
        option.currentText = self.fontMetrics().elidedText(
            option.currentText, Qt.TextElideMode.ElideRight, max(field.width() - 4, 0)
        )
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)
