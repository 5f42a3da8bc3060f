"""The shortlist as a Qt list model: one row per saved career, in the student's order."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from ...catalog.records import CareerSummary
from ...userdata.store import Entry
from ..common.plain import tooltip
from ..explore.models import DETAIL_ROLE, SLUG_ROLE, SUBTITLE_ROLE

Index = QModelIndex | QPersistentModelIndex


class ShortlistModel(QAbstractListModel):
    def __init__(self, summaries: dict[str, CareerSummary], parent: Any = None):
        super().__init__(parent)
        self._summaries = summaries
        self._entries: list[Entry] = []

    def set_entries(self, entries: list[Entry]) -> None:
        self.beginResetModel()
        self._entries = [e for e in entries if e.slug in self._summaries]
        self.endResetModel()

    def update_note(self, slug: str, note: str) -> None:
        """One row's note changed: redraw that row only (the selection and editor stay)."""
        row = self.row_of(slug)
        if row >= 0:
            self._entries[row] = Entry(slug, note)
            self.dataChanged.emit(self.index(row, 0), self.index(row, 0))

    def retranslate(self) -> None:
        """The careers' names changed language: every row is drawn again."""
        if self._entries:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._entries) - 1, 0))

    def slug_at(self, row: int) -> str:
        return self._entries[row].slug

    def row_of(self, slug: str) -> int:
        for row, entry in enumerate(self._entries):
            if entry.slug == slug:
                return row
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        career = self._summaries[entry.slug]
        note = " ".join(entry.note.split())
        if role == Qt.ItemDataRole.DisplayRole:
            return f"★ {career.title}"
        if role == SLUG_ROLE:
            return entry.slug
        if role == SUBTITLE_ROLE:
            return note or career.tagline
        if role == DETAIL_ROLE:
            return f"₹{career.fresher_min:g}–{career.fresher_max:g} LPA  ·  {career.category_name}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(note or career.tagline)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{career.title}. {note}"
        return None
