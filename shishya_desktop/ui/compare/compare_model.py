"""The comparison as a Qt table model: a row per attribute, a column per career."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from ...catalog.records import Career
from ...guide.comparison import Comparison, Row
from ...guide.comparison import compare as compare_rows
from ..common import vocab_text
from ..common.plain import tooltip

ROW_KIND_ROLE = Qt.ItemDataRole.UserRole + 10
SALARY_ROLE = Qt.ItemDataRole.UserRole + 11
LINES_ROLE = Qt.ItemDataRole.UserRole + 12

Index = QModelIndex | QPersistentModelIndex


def compare_words(text: str) -> str:
    """A string of ``guide.comparison`` (marked in the "Compare" context), translated."""
    return QCoreApplication.translate("Compare", text)


def compare(careers: list[Career]) -> Comparison:
    """The comparison in the interface language (row labels, "about 3 years", vocabularies)."""
    return compare_rows(careers, compare_words, vocab_text.label)


class CompareTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.comparison: Comparison = compare([])
        self._rows: tuple[Row, ...] = ()
        self._differences_only = False

    def set_careers(self, careers: list[Career]) -> None:
        self.beginResetModel()
        self.comparison = compare(careers)
        self._rows = self.comparison.visible_rows(self._differences_only)
        self.endResetModel()

    def set_differences_only(self, on: bool) -> None:
        self.beginResetModel()
        self._differences_only = on
        self._rows = self.comparison.visible_rows(on)
        self.endResetModel()

    def row_at(self, row: int) -> Row:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.comparison.careers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (
            0 <= index.row() < len(self._rows) and 0 <= index.column() < self.columnCount()
        ):
            return None
        row = self._rows[index.row()]
        lines = row.values[index.column()]
        if role == Qt.ItemDataRole.AccessibleTextRole:  # spoken: which row, which career, what
            title = self.comparison.careers[index.column()].title
            label = self.headerData(index.row(), Qt.Orientation.Vertical) or ""
            return f"{label}, {title}: " + "; ".join(lines)
        if role == Qt.ItemDataRole.DisplayRole:
            if len(lines) > 1 and row.key not in ("path",):
                return "\n".join(f"• {line}" for line in lines)
            return "\n".join(lines)
        if role == Qt.ItemDataRole.ToolTipRole and row.kind == "exams":
            return QCoreApplication.translate("Compare", "Click to open an exam")
        if role == ROW_KIND_ROLE:
            return row.kind
        if role == LINES_ROLE:
            return lines
        if role == SALARY_ROLE and row.kind == "salary":
            return (self.comparison.careers[index.column()].salary, self.comparison.salary_scale)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self.comparison.careers):
                career = self.comparison.careers[section]
                return (
                    career.title if role == Qt.ItemDataRole.DisplayRole else tooltip(career.tagline)
                )
            return None
        if 0 <= section < len(self._rows):
            return self._rows[section].label  # in the language the comparison was made in
        return None

    def retranslate(self, careers: list[Career]) -> None:
        """The same careers read again in the new language: every cell and header changes."""
        comparison = compare(careers)
        rows = comparison.visible_rows(self._differences_only)
        if len(rows) != len(self._rows) or len(careers) != len(self.comparison.careers):
            self.beginResetModel()  # "differences only" may now see other rows differ
            self.comparison, self._rows = comparison, rows
            self.endResetModel()
            return
        self.comparison, self._rows = comparison, rows
        if self._rows and self.comparison.careers:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(self.comparison.careers) - 1)
            )
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(0, self.columnCount() - 1))
        self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, max(0, self.rowCount() - 1))

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
