"""Compare: two to four careers side by side, to put on a projector or print."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPoint, QStringListModel, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QCompleter,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMenu,
    QPushButton,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...catalog import Catalog, CatalogError
from ...catalog.records import Career
from ...guide.compare import MAX_COMPARED, CompareFull, CompareSelection
from ..common import i18n, plain
from ..common.elided import ElidedLabel
from ..common.print_actions import export_with_dialog, print_with_dialog
from ..common.printing import PrintJob, comparison_job
from .compare_delegate import CompareDelegate
from .compare_model import ROW_KIND_ROLE, CompareTableModel


class CompareView(QWidget):
    changed = Signal()
    career_requested = Signal(str)
    exam_requested = Signal(str)
    message = Signal(str)  # news for the status bar
    refused = Signal(str)  # why something could not be done: shown in a message box

    def __init__(
        self, catalog: Catalog, selection: CompareSelection, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self._catalog = catalog
        self.selection = selection
        self._titles = self._load_titles()

        self.heading = plain.label(name="heading")
        heading = self.heading
        self.add_box = QLineEdit()
        self.add_box.setObjectName("search")
        self.titles_model = QStringListModel(sorted(self._titles), self)
        completer = QCompleter(self.titles_model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.popup().setObjectName("popup")
        self.completer = completer
        self.add_box.setCompleter(completer)
        self.differences = QCheckBox()
        self.clear_button = QPushButton()
        self.export_button = QPushButton()
        self.print_button = QPushButton()
        self.export_button.setObjectName("primary")

        controls = QHBoxLayout()
        controls.addWidget(self.add_box, 2)
        controls.addWidget(self.differences)
        controls.addStretch(1)
        controls.addWidget(self.clear_button)
        controls.addWidget(self.print_button)
        controls.addWidget(self.export_button)
        self.chips = QHBoxLayout()
        self.chips.setSpacing(8)

        self.explain = plain.label(name="empty", wrap=True)
        self.explain.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.model = CompareTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("compareTable")
        self.table.setModel(self.model)
        self.table.setItemDelegate(CompareDelegate(self.table))
        self.table.setWordWrap(True)
        self.table.setShowGrid(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionsClickable(True)
        # Long titles end in "…" (the whole title is the header's tooltip), never cut both sides.
        self.table.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        )
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setFixedWidth(180)
        self.table.verticalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        )
        self.stack = QStackedWidget()
        self.stack.addWidget(self.explain)
        self.stack.addWidget(self.table)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        layout.addWidget(heading)
        layout.addLayout(controls)
        layout.addLayout(self.chips)
        layout.addWidget(self.stack, 1)

        self.add_box.returnPressed.connect(self._add_typed)
        completer.activated.connect(self._add_title)
        self.differences.toggled.connect(self._on_differences)
        self.clear_button.clicked.connect(self.clear)
        self.export_button.clicked.connect(self.export_pdf)
        self.print_button.clicked.connect(self.print_comparison)
        self.table.horizontalHeader().sectionClicked.connect(self._open_column)
        self.table.horizontalHeader().sectionResized.connect(self._fit_rows)
        self.table.clicked.connect(self._on_cell)
        self._set_texts()
        self.refresh()

    def _load_titles(self) -> dict[str, str]:
        """Names the add box completes: the titles in the content's language, and in English."""
        titles: dict[str, str] = {}
        for summary in self._catalog.career_summaries():
            titles[summary.title] = summary.slug
            english = getattr(summary, "title_en", "")
            if english:
                titles.setdefault(english, summary.slug)
        return titles

    def _set_texts(self) -> None:
        self.heading.setText(self.tr("Compare careers side by side"))
        self.add_box.setPlaceholderText(self.tr("Add a career: type a name, then Enter"))
        self.add_box.setAccessibleName(self.tr("Add a career to compare"))
        self.completer.popup().setAccessibleName(self.tr("Matching careers"))
        self.differences.setText(self.tr("Differences only"))
        self.clear_button.setText(self.tr("Clear"))
        self.clear_button.setAccessibleName(self.tr("Clear the comparison"))
        self.export_button.setText(self.tr("Export PDF…"))
        self.print_button.setText(self.tr("Print…"))
        self.table.setAccessibleName(self.tr("Comparison table"))

    def changeEvent(self, event: QEvent) -> None:
        i18n.on_language_change(event, self.retranslate)
        super().changeEvent(event)

    def retranslate(self) -> None:
        """The compared careers read again in the new language; every text and header."""
        self._titles = self._load_titles()
        self.titles_model.setStringList(sorted(self._titles))
        self._set_texts()
        try:
            careers = self.careers()
        except CatalogError as error:
            self._show_failure(error)
            return
        self.model.retranslate(careers)
        self.refresh()

    def careers(self) -> list[Career]:
        found = (self._catalog.career(slug) for slug in self.selection.slugs)
        return [career for career in found if career is not None]

    @Slot()
    def refresh(self) -> None:
        try:
            careers = self.careers()
        except CatalogError as error:
            self._show_failure(error)
            return
        self.model.set_careers(careers)
        self._rebuild_chips(careers)
        enough = len(careers) >= 2
        self.export_button.setEnabled(enough)
        self.print_button.setEnabled(enough)
        self.clear_button.setEnabled(bool(careers))
        self.differences.setEnabled(enough)
        if not careers:
            self.explain.setText(
                self.tr(
                    "Choose two to four careers to see them side by side: pay, study, exams, "
                    "pros and cons.\n\nType a name above, or press “+ Add to compare” on any "
                    "career page."
                )
            )
            self.stack.setCurrentIndex(0)
        else:
            self.stack.setCurrentIndex(1)
            self._fit_rows()

    def _show_failure(self, error: CatalogError) -> None:
        """A compared career could not be read: say so in place of the table."""
        self.model.set_careers([])
        self._rebuild_chips([])
        for button in (self.export_button, self.print_button, self.differences):
            button.setEnabled(False)
        self.clear_button.setEnabled(True)
        self.explain.setText(
            self.tr("This comparison cannot be shown.")
            + "\n"
            + i18n.catalog_message(error)
            + "\n\n"
            + error.details()
        )
        self.stack.setCurrentIndex(0)

    def _rebuild_chips(self, careers: list[Career]) -> None:
        while self.chips.count():
            item = self.chips.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.setParent(None)
                widget.deleteLater()
        for position, career in enumerate(careers):
            chip = QFrame()
            chip.setObjectName("chip")
            row = QHBoxLayout(chip)
            row.setContentsMargins(10, 4, 4, 4)
            row.setSpacing(2)
            label = ElidedLabel(career.title, name="chipLabel")
            label.setMinimumWidth(label.fontMetrics().horizontalAdvance("Abcdefgh…"))
            row.addWidget(label, 1)
            for text, tip, offset in (
                ("‹", self.tr("Move left"), -1),
                ("›", self.tr("Move right"), 1),
            ):
                button = QToolButton()
                button.setText(text)
                button.setToolTip(tip)
                button.setAccessibleName(f"{tip}: {career.title}")
                button.setEnabled(0 <= position + offset < len(careers))
                button.clicked.connect(self._mover(career.slug, offset))
                row.addWidget(button)
            remove = QToolButton()
            remove.setText("✕")
            remove.setToolTip(self.tr("Remove"))
            remove.setAccessibleName(self.tr("Remove %1").replace("%1", career.title))
            remove.clicked.connect(self._remover(career.slug))
            row.addWidget(remove)
            self.chips.addWidget(chip, 1)
        if careers and len(careers) < MAX_COMPARED:
            hint = plain.label(
                self.tr("%1 of %2 chosen")
                .replace("%1", str(len(careers)))
                .replace("%2", str(MAX_COMPARED)),
                name="count",
            )
            self.chips.addWidget(hint)
        self.chips.addStretch(1)

    def _mover(self, slug: str, offset: int):  # type: ignore[no-untyped-def]
        def move() -> None:
            self.selection.move(slug, offset)
            self._changed()

        return move

    def _remover(self, slug: str):  # type: ignore[no-untyped-def]
        def remove() -> None:
            self.selection.remove(slug)
            self._changed()

        return remove

    def _changed(self) -> None:
        self.refresh()
        self.changed.emit()

    def add(self, slug: str) -> bool:
        """Add a career; says why not when the comparison is full."""
        try:
            added = self.selection.add(slug)
        except CompareFull:  # its words, in the interface language:
            self.refused.emit(
                self.tr("You can compare up to %1 careers. Remove one to add another.").replace(
                    "%1", str(MAX_COMPARED)
                )
            )
            return False
        self._changed()
        try:
            summary = self._catalog.career_summary(slug)
        except CatalogError:
            summary = None  # the table already says what went wrong
        message = (
            self.tr("Added %1 to Compare (%2 of %3).")
            if added
            else self.tr("%1 is already in Compare (%2 of %3).")
        )
        self.message.emit(
            message.replace("%1", summary.title if summary else slug)
            .replace("%2", str(len(self.selection)))
            .replace("%3", str(MAX_COMPARED))
        )
        return added

    @Slot()
    def _add_typed(self) -> None:
        text = self.add_box.text().strip()
        if not text:
            return
        slug = self._titles.get(text)
        if slug is None:
            try:
                found = self._catalog.search_slugs(text, limit=1)
            except CatalogError as error:
                self.refused.emit(str(error))
                return
            slug = found[0] if found else None
        if slug is None:
            metrics = self.add_box.fontMetrics()
            shown = metrics.elidedText(
                text, Qt.TextElideMode.ElideRight, metrics.averageCharWidth() * 40
            )
            self.refused.emit(self.tr("No career matches “%1”.").replace("%1", shown))
            return
        if self.add(slug):
            self.add_box.clear()

    @Slot(str)
    def _add_title(self, title: str) -> None:
        slug = self._titles.get(title)
        if slug and self.add(slug):
            self.add_box.clear()

    @Slot(bool)
    def _on_differences(self, on: bool) -> None:
        self.model.set_differences_only(on)
        self._fit_rows()

    @Slot()
    def _fit_rows(self) -> None:
        self.table.resizeRowsToContents()

    @Slot()
    def clear(self) -> None:
        self.selection.clear()
        self._changed()

    def reset(self) -> None:
        """Forget the student: the compared careers, the typed name, the options, the scroll."""
        self.add_box.clear()
        self.differences.setChecked(False)
        self.clear()
        self.table.clearSelection()
        self.table.verticalScrollBar().setValue(0)
        self.table.horizontalScrollBar().setValue(0)

    @Slot(int)
    def _open_column(self, column: int) -> None:
        careers = self.model.comparison.careers
        if 0 <= column < len(careers):
            self.career_requested.emit(careers[column].slug)

    @Slot(QModelIndex)
    def _on_cell(self, index: QModelIndex) -> None:
        if index.data(ROW_KIND_ROLE) != "exams":
            return
        career = self.model.comparison.careers[index.column()]
        if not career.exams:
            return
        menu = QMenu(self)
        for exam in career.exams:
            action = menu.addAction(plain.menu_text(f"{exam.short_name} — {exam.full_name}"))
            action.setData(exam.slug)
        rect = self.table.visualRect(index)
        chosen = menu.exec(self.table.viewport().mapToGlobal(rect.center() + QPoint(0, 0)))
        if chosen is not None:
            self.exam_requested.emit(chosen.data())

    def print_job(self) -> PrintJob | None:
        """The comparison as a print job, or None with fewer than two careers."""
        return self.job() if self.print_button.isEnabled() else None

    def job(self) -> PrintJob:
        return comparison_job(self.model.comparison, self._catalog.info(), self._catalog.glossary())

    @Slot()
    def export_pdf(self) -> None:
        path = export_with_dialog(self, self.job())
        if path is not None:
            self.message.emit(self.tr("Saved %1").replace("%1", str(path)))

    @Slot()
    def print_comparison(self) -> None:
        print_with_dialog(self, self.job())
