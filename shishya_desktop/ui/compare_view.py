"""Compare: the careers chosen for a side-by-side comparison.

Until the side-by-side table lands, this section explains itself and lists the choices.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QLabel, QListWidget, QPushButton, QVBoxLayout, QWidget

from ..catalog import Catalog
from ..compare import CompareSelection


class CompareView(QWidget):
    changed = Signal()

    def __init__(
        self, catalog: Catalog, selection: CompareSelection, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self._catalog = catalog
        self.selection = selection
        heading = QLabel(self.tr("Compare careers side by side"))
        heading.setObjectName("heading")
        self.explain = QLabel(
            self.tr(
                "Choose two to four careers with “+ Add to compare” on any career page. "
                "They are listed here; the side-by-side table of pay, study, exams, pros and "
                "cons comes in the next version."
            )
        )
        self.explain.setWordWrap(True)
        self.chosen = QListWidget()
        self.chosen.setAccessibleName(self.tr("Careers chosen for comparison"))
        self.clear_button = QPushButton(self.tr("Clear"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addWidget(heading)
        layout.addWidget(self.explain)
        layout.addWidget(self.chosen, 1)
        layout.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.clear_button.clicked.connect(self.clear)
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        self.chosen.clear()
        for slug in self.selection.slugs:
            summary = self._catalog.career_summary(slug)
            if summary is not None:
                self.chosen.addItem(f"{summary.title} — {summary.category_name}")
        self.clear_button.setEnabled(bool(len(self.selection)))

    @Slot()
    def clear(self) -> None:
        self.selection.clear()
        self.refresh()
        self.changed.emit()
