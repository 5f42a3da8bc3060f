"""The lines above a result list that say what the search did: corrected, applied, named.

"Showing results for engineer — search for enginer instead" (both clickable), "From your
words “no maths”: No Maths needed in class 11–12 · Undo", "No career has all of these
words…", and a link to the exam the words name. Every piece of text is a plain-text label or a
button: nothing a student typed is ever read as rich text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...catalog.records import ExamSummary
from ..common import i18n, plain

MAX_SHOWN = 60

if TYPE_CHECKING:  # the search engine loads on the first search, not at start-up
    from ...catalog.engine import Results


def button_text(text: str) -> str:
    """``text`` as a button shows it: an ampersand would otherwise become a shortcut key."""
    return plain.menu_text(text)


def plain_label(text: str = "", name: str = "notice") -> QLabel:
    return plain.label(text, name=name)


def link_button(text: str, tooltip: str = "") -> QPushButton:
    button = QPushButton(button_text(text))
    button.setObjectName("link")
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    button.setToolTip(tooltip or text)
    button.setAccessibleName(tooltip or text)
    return button


def _short(widget: QWidget, text: str) -> str:
    """``text`` ending in "…" when it is longer than about MAX_SHOWN letters: cut by the font,
    between whole letters (a Devanagari letter with its vowel signs is never split)."""
    metrics = widget.fontMetrics()
    return metrics.elidedText(
        text, Qt.TextElideMode.ElideRight, metrics.averageCharWidth() * MAX_SHOWN
    )


class SearchNotice(QWidget):
    """Fixed rows of plain labels and link buttons; each search only changes texts and shows."""

    search_requested = Signal(str)  # search these words instead (the correction)
    exact_requested = Signal(str)  # search what was typed, without correcting it
    needs_undone = Signal()  # read the words as words, not as a need
    exam_requested = Signal(str)  # open this exam's page

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._typed = self._searched = ""
        self.rows: list[QWidget] = []
        self._built = False
        self.setVisible(False)

    def _build(self) -> None:
        """The rows, made on the first search (not while the window starts)."""
        self._built = True
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.searched = link_button("")
        self.instead = link_button("")
        self.partial = plain_label()
        self.partial.setWordWrap(True)
        self.applied = plain_label()
        self.applied.setWordWrap(True)
        self.undo = link_button("")
        self.exam_buttons = [link_button("") for _ in range(2)]
        self.showing = plain_label()
        self.search_for = plain_label()
        self.instead_label = plain_label()
        # Two short lines for a correction fit the narrow list column at any window size.
        self._correction = (
            self._row(layout, self.showing, self.searched),
            self._row(layout, self.search_for, self.instead, self.instead_label),
        )
        self._partial = self._row(layout, self.partial)
        self._applied = self._row(layout, self.applied, self.undo)
        self._exams = self._row(layout, *self.exam_buttons)
        self.searched.clicked.connect(self._search_corrected)
        self.instead.clicked.connect(self._search_exact)
        self.undo.clicked.connect(self.needs_undone)
        for button in self.exam_buttons:
            button.clicked.connect(self._open_exam)
        self._set_texts()

    def _set_texts(self) -> None:
        """The fixed words of the notice (what a search found is set by ``show_results``)."""
        for button, tip in (
            (self.searched, self.tr("Search for this")),
            (self.instead, self.tr("Search for exactly what you typed")),
        ):
            button.setToolTip(tip)
            button.setAccessibleName(tip)
        self.partial.setText(self.tr("No career has all of these words; these have some of them."))
        self.undo.setText(button_text(self.tr("Undo")))
        self.undo.setToolTip(self.tr("Search these words as plain words"))
        self.undo.setAccessibleName(self.tr("Search these words as plain words"))
        self.showing.setText(self.tr("Showing results for"))
        self.search_for.setText(self.tr("— search for"))
        self.instead_label.setText(self.tr("instead"))

    def changeEvent(self, event: QEvent) -> None:
        # The view above has already shown its results again in the new language.
        if self._built:
            i18n.on_language_change(event, self._set_texts)
        super().changeEvent(event)

    @staticmethod
    def _row(layout: QVBoxLayout, *parts: QWidget) -> QWidget:
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.setSpacing(4)
        for part in parts:
            line.addWidget(part)
        line.addStretch(1)
        layout.addWidget(row)
        return row

    def _all_rows(self) -> tuple[QWidget, ...]:
        return (*self._correction, self._partial, self._applied, self._exams)

    def clear(self) -> None:
        if self._built:
            for row in self._all_rows():
                row.setVisible(False)
        self.rows = []
        self.setVisible(False)

    def show_results(self, found: Results, exams: list[ExamSummary]) -> None:
        """Explain ``found``: its correction, partial match, needs, and the exams it names."""
        if not (found.corrected or found.partial or found.needs or exams):
            self.clear()
            return
        if not self._built:
            self._build()
        shown: list[QWidget] = []
        if found.corrected:
            self._typed, self._searched = found.typed, found.searched
            self.searched.setText(button_text(_short(self.searched, found.searched)))
            self.instead.setText(button_text(_short(self.instead, found.typed)))
            shown += self._correction
        if found.partial:
            shown.append(self._partial)
        if found.needs:
            self.applied.setText(
                self.tr("Applied: %1").replace(
                    "%1",
                    "; ".join(
                        self.tr("“%1” → %2")
                        .replace("%1", _short(self.applied, m.words))
                        .replace("%2", m.need.label)
                        for m in found.needs
                    ),
                )
            )
            shown.append(self._applied)
        for button, exam in zip(self.exam_buttons, [*exams[:2], None, None], strict=False):
            button.setVisible(exam is not None)
            if exam is not None:
                button.setText(
                    button_text(self.tr("%1 exam page →").replace("%1", exam.short_name))
                )
                button.setToolTip(exam.full_name)
                button.setProperty("exam", exam.slug)
        if exams:
            shown.append(self._exams)
        for row in self._all_rows():
            row.setVisible(row in shown)
        self.rows = shown
        self.setVisible(bool(shown))

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
