"""The lines above a result list that say what the search did: corrected, applied, named.

"Showing results for engineer — search for enginer instead" (both clickable), "From your
words “no maths”: No Maths needed in class 11–12 · Undo", "No career has all of these
words…", and a link to the exam the words name. Every piece of text is a plain-text label or a
button: nothing a student typed is ever read as rich text.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ..catalog.engine import Results
from ..catalog.records import ExamSummary

MAX_SHOWN = 60


def button_text(text: str) -> str:
    """``text`` as a button shows it: an ampersand would otherwise become a shortcut key."""
    return text.replace("&", "&&")


def plain_label(text: str = "", name: str = "notice") -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    return label


def link_button(text: str, tooltip: str = "") -> QPushButton:
    button = QPushButton(button_text(text))
    button.setObjectName("link")
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    button.setToolTip(tooltip or text)
    button.setAccessibleName(tooltip or text)
    return button


def _short(text: str) -> str:
    return text if len(text) <= MAX_SHOWN else text[: MAX_SHOWN - 1] + "…"


class SearchNotice(QWidget):
    """Rows of plain labels and link buttons, rebuilt for each search result."""

    search_requested = Signal(str)  # search these words instead (the correction)
    exact_requested = Signal(str)  # search what was typed, without correcting it
    needs_undone = Signal()  # read the words as words, not as a need
    exam_requested = Signal(str)  # open this exam's page

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(2)
        self.rows: list[QWidget] = []
        self.setVisible(False)

    def _row(self, *parts: QWidget) -> None:
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.setSpacing(4)
        for part in parts:
            line.addWidget(part)
        line.addStretch(1)
        self._layout.addWidget(row)
        self.rows.append(row)

    def clear(self) -> None:
        for row in self.rows:
            self._layout.removeWidget(row)
            row.hide()  # at once: deletion waits for the event loop
            row.deleteLater()
        self.rows = []
        self.setVisible(False)

    def show_results(self, found: Results, exams: list[ExamSummary]) -> None:
        """Explain ``found``: its correction, partial match, needs, and the exams it names."""
        self.clear()
        if found.corrected:
            instead = link_button(_short(found.typed), self.tr("Search for exactly what you typed"))
            instead.clicked.connect(self._search_exact)
            searched = link_button(_short(found.searched), self.tr("Search for this"))
            searched.clicked.connect(self._search_corrected)
            self._typed, self._searched = found.typed, found.searched
            # Two short lines fit the narrow list column at any window size.
            self._row(plain_label(self.tr("Showing results for")), searched)
            self._row(
                plain_label(self.tr("— search for")), instead, plain_label(self.tr("instead"))
            )
        if found.partial:
            label = plain_label(
                self.tr("No career has all of these words; these have some of them.")
            )
            label.setWordWrap(True)
            self._row(label)
        if found.needs:
            undo = link_button(self.tr("Undo"), self.tr("Search these words as plain words"))
            undo.clicked.connect(self.needs_undone)
            labels = "; ".join(
                self.tr("“%1” → %2").replace("%1", _short(m.words)).replace("%2", m.need.label)
                for m in found.needs
            )
            label = plain_label(self.tr("Applied: %1").replace("%1", labels))
            label.setWordWrap(True)
            self._row(label, undo)
        if exams:
            parts: list[QWidget] = []
            for exam in exams[:2]:
                button = link_button(
                    self.tr("%1 exam page →").replace("%1", exam.short_name), exam.full_name
                )
                button.setProperty("exam", exam.slug)
                button.clicked.connect(self._open_exam)
                parts.append(button)
            self._row(*parts)
        self.setVisible(bool(self.rows))

    @Slot()
    def _search_corrected(self) -> None:
        self.search_requested.emit(self._searched)

    @Slot()
    def _search_exact(self) -> None:
        self.exact_requested.emit(self._typed)

    @Slot()
    def _open_exam(self) -> None:
        slug = self.sender().property("exam") if self.sender() is not None else None
        if isinstance(slug, str):
            self.exam_requested.emit(slug)
