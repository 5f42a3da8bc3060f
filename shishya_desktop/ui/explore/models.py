"""Qt list models over catalogue records: one row per record, no widget per row."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from ...catalog.records import CareerSummary, ExamSummary
from ..common.plain import tooltip
from ..common.render import exam_level_label

SLUG_ROLE = Qt.ItemDataRole.UserRole + 1
SUBTITLE_ROLE = Qt.ItemDataRole.UserRole + 2
DETAIL_ROLE = Qt.ItemDataRole.UserRole + 3

Index = QModelIndex | QPersistentModelIndex


class CareerListModel(QAbstractListModel):
    """The careers the list shows, in the order given; replaced whole on each change."""

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self._careers: list[CareerSummary] = []
        self.is_saved: Callable[[str], bool] = lambda slug: False  # a ★ before saved careers

    def saved_changed(self) -> None:
        if self._careers:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._careers) - 1, 0))

    def set_careers(self, careers: Sequence[CareerSummary]) -> None:
        self.beginResetModel()
        self._careers = list(careers)
        self.endResetModel()

    def career_at(self, row: int) -> CareerSummary:
        return self._careers[row]

    def row_of(self, slug: str) -> int:
        for row, career in enumerate(self._careers):
            if career.slug == slug:
                return row
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._careers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._careers):
            return None
        career = self._careers[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"★ {career.title}" if self.is_saved(career.slug) else career.title
        if role == SLUG_ROLE:
            return career.slug
        if role == SUBTITLE_ROLE:
            return career.tagline
        if role == DETAIL_ROLE:
            return f"₹{career.fresher_min:g}–{career.fresher_max:g} LPA  ·  {career.category_name}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(career.tagline)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            pay = QCoreApplication.translate("Careers", "fresher ₹%1–%2 LPA")
            pay = pay.replace("%1", f"{career.fresher_min:g}")
            pay = pay.replace("%2", f"{career.fresher_max:g}")
            return f"{career.title}, {career.category_name}, {pay}. {career.tagline}"
        return None


class ExamListModel(QAbstractListModel):
    """The exams the Exams section shows."""

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self._exams: list[ExamSummary] = []

    def set_exams(self, exams: Sequence[ExamSummary]) -> None:
        self.beginResetModel()
        self._exams = list(exams)
        self.endResetModel()

    def exam_at(self, row: int) -> ExamSummary:
        return self._exams[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._exams)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._exams):
            return None
        exam = self._exams[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return exam.short_name
        if role == SLUG_ROLE:
            return exam.slug
        if role == SUBTITLE_ROLE:
            return exam.full_name
        if role == DETAIL_ROLE:
            return exam_level_label(exam.level)
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(f"{exam.short_name}: {exam.full_name}")
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{exam.short_name}: {exam.full_name}"
        return None
