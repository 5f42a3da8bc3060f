"""Exams: every exam in one searchable list, with the chosen exam's page beside it.

The search is the catalogue's own engine (ranked, prefix, corrections), as in Explore.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QLineEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...catalog import Catalog
from ..common import i18n, plain
from ..common.page_view import PageView
from ..common.panes import two_panes
from ..explore.delegate import card_list
from ..explore.models import ExamListModel
from ..explore.search_notice import SearchNotice, link_button


class ExamsView(QWidget):
    career_requested = Signal(str)
    compare_requested = Signal(str)

    def __init__(self, catalog: Catalog, parent: QWidget | None = None):
        super().__init__(parent)
        self._catalog = catalog
        self._all = catalog.exams()
        self._exact_text: str | None = None
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.count_label = plain.label(name="count")
        self.model = ExamListModel(self)
        self.list_view = card_list(self.model, "", 240)
        self.page = PageView(catalog, self._welcome(), opens_careers=False)
        self._set_texts()

        self.notice = SearchNotice()
        self.empty_label = plain.label(name="empty", wrap=True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_links = QVBoxLayout()
        empty = QWidget()
        empty_layout = QVBoxLayout(empty)
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.empty_label)
        empty_layout.addLayout(self.empty_links)
        empty_layout.addStretch(2)
        self.results = QStackedWidget()
        self.results.addWidget(self.list_view)
        self.results.addWidget(empty)

        sidebar = QVBoxLayout()
        sidebar.addWidget(self.search)
        sidebar.addWidget(self.count_label)
        sidebar.addWidget(self.notice)
        sidebar.addWidget(self.results, 1)
        self.splitter = two_panes(self, sidebar, self.page, 360)

        self.search.textChanged.connect(self.refresh)
        self.search.returnPressed.connect(self._open_first)
        self.list_view.activated.connect(self._open_index)
        self.list_view.clicked.connect(self._open_index)
        self.page.career_requested.connect(self.career_requested)
        self.page.compare_requested.connect(self.compare_requested)
        self.notice.search_requested.connect(self.search.setText)
        self.notice.exact_requested.connect(self._search_exactly)
        self.refresh()

    def _welcome(self) -> tuple[str, str]:
        return (
            self.tr("Entrance and licensing exams"),
            self.tr(
                "Choose an exam to see who conducts it, when, what it leads to, "
                "and the careers that need it."
            ),
        )

    def _set_texts(self) -> None:
        self.search.setPlaceholderText(self.tr("Search exams: NEET, JEE, CLAT, UPSC…"))
        self.search.setAccessibleName(self.tr("Search exams"))
        self.list_view.setAccessibleName(self.tr("Exams"))
        self.page.set_welcome(self._welcome())

    def changeEvent(self, event: QEvent) -> None:
        i18n.on_language_change(event, self.retranslate)
        super().changeEvent(event)

    def retranslate(self) -> None:
        """The exams again in the catalogue's new language, and every text; search kept."""
        self._all = self._catalog.exams()
        self._set_texts()
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        text = self.search.text()
        if text != self._exact_text:
            self._exact_text = None
        if not text.strip():
            exams = list(self._all)
            self.notice.clear()
        else:
            found = self._catalog.search_exams(text, correct=text != self._exact_text)
            exams = self._catalog.exam_summaries(found.slugs)
            self.notice.show_results(found, [])
            if not exams:
                self._show_empty(text, found.nearest_exams)
        self.model.set_exams(exams)
        self.results.setCurrentIndex(0 if exams else 1)
        self.count_label.setText(self.tr("%n exams", "", len(exams)))

    def reset(self) -> None:
        """Forget the student: search text, selection, page, history and scroll position."""
        self._exact_text = None
        self.search.clear()
        self.list_view.clearSelection()
        self.list_view.setCurrentIndex(self.model.index(-1, 0))
        self.list_view.verticalScrollBar().setValue(0)
        self.page.reset()

    def _show_empty(self, text: str, nearest: list[str]) -> None:
        self.empty_label.setText(
            self.tr(
                "No exam matches “%1”.\n\nTry an exam's short name (NEET, JEE, CLAT, CUET), "
                "what it is for (medical, law, design, army, bank), or a career (doctor, pilot)."
            ).replace("%1", self._typed(text))
        )
        while self.empty_links.count():
            item = self.empty_links.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        for exam in self._catalog.exam_summaries(nearest):
            button = link_button(
                self.tr("%1 exam page →").replace("%1", exam.short_name), exam.full_name
            )
            button.setProperty("exam", exam.slug)
            button.clicked.connect(self._open_exam_button)
            self.empty_links.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)

    def _typed(self, text: str) -> str:
        """What the student typed, shortened to fit (never cut inside a letter's marks)."""
        metrics = self.empty_label.fontMetrics()
        return metrics.elidedText(
            " ".join(text.split()), Qt.TextElideMode.ElideRight, metrics.averageCharWidth() * 40
        )

    @Slot()
    def _open_exam_button(self) -> None:
        slug = self.sender().property("exam") if self.sender() is not None else None
        if isinstance(slug, str):
            self.page.open_exam(slug)

    @Slot(str)
    def _search_exactly(self, text: str) -> None:
        self._exact_text = text
        if self.search.text() != text:
            self.search.setText(text)
        else:
            self.refresh()

    @Slot()
    def _open_first(self) -> None:
        if self.model.rowCount():
            self._open_index(self.model.index(0, 0))

    @Slot(QModelIndex)
    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.page.open_exam(self.model.exam_at(index.row()).slug)

    def open_exam(self, slug: str) -> None:
        self.page.open_exam(slug)
