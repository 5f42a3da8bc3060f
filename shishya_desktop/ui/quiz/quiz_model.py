"""The suggested careers of one group ("Strong fit" or "Also worth a look") as a list model."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from ...guide.interests import Match

SLUG_ROLE = Qt.ItemDataRole.UserRole + 1
WHY_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


class MatchListModel(QAbstractListModel):
    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self._matches: tuple[Match, ...] = ()

    def set_matches(self, matches: Sequence[Match]) -> None:
        self.beginResetModel()
        self._matches = tuple(matches)
        self.endResetModel()

    def match_at(self, row: int) -> Match | None:
        return self._matches[row] if 0 <= row < len(self._matches) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._matches)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._matches):
            return None
        found = self._matches[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{found.career.title}  ({found.code})\n{found.why}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{found.career.title}. {found.why}"
        if role == SLUG_ROLE:
            return found.career.slug
        if role == WHY_ROLE:
            return found.why
        return None
