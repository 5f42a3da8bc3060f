"""Exams: every exam in one searchable list, with the chosen exam's page beside it."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal, Slot
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from ..catalog import Catalog
from ..catalog.filters import filter_exams
from . import plain
from .delegate import card_list
from .models import ExamListModel
from .page_view import PageView
from .panes import two_panes


class ExamsView(QWidget):
    career_requested = Signal(str)
    compare_requested = Signal(str)

    def __init__(self, catalog: Catalog, parent: QWidget | None = None):
        super().__init__(parent)
        self._all = catalog.exams()
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Search exams: NEET, JEE, CLAT, UPSC…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search exams"))
        self.count_label = plain.label(name="count")
        self.model = ExamListModel(self)
        self.list_view = card_list(self.model, self.tr("Exams"), 280)
        self.page = PageView(
            catalog,
            (
                self.tr("Entrance and licensing exams"),
                self.tr(
                    "Choose an exam to see who conducts it, when, what it leads to, "
                    "and the careers that need it."
                ),
            ),
            opens_careers=False,
        )

        sidebar = QVBoxLayout()
        sidebar.addWidget(self.search)
        sidebar.addWidget(self.count_label)
        sidebar.addWidget(self.list_view, 1)
        self.splitter = two_panes(self, sidebar, self.page, 360)

        self.search.textChanged.connect(self.refresh)
        self.search.returnPressed.connect(self._open_first)
        self.list_view.activated.connect(self._open_index)
        self.list_view.clicked.connect(self._open_index)
        self.page.career_requested.connect(self.career_requested)
        self.page.compare_requested.connect(self.compare_requested)
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        exams = filter_exams(self._all, self.search.text())
        self.model.set_exams(exams)
        self.count_label.setText(self.tr("%1 exams").replace("%1", str(len(exams))))

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
