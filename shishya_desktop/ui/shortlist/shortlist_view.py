"""My careers: the saved careers, a note for each, reordering, Compare, My plan, export/import."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QFrame,
    QGridLayout,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...catalog import Catalog
from ...guide.compare import MAX_COMPARED
from ...guide.plan import make_plan
from ...userdata.session import Session
from ...userdata.store import MAX_NOTE, ImportProblem
from ..common import file_dialogs, i18n, plain
from ..common.elided import cut_between_letters
from ..explore.delegate import card_list
from .shortlist_model import ShortlistModel


def plan_words(text: str) -> str:
    """A string of ``guide.plan`` (marked in the "MyPlan" context), translated."""
    return QCoreApplication.translate("MyPlan", text)


class ShortlistView(QWidget):
    career_requested = Signal(str)
    compare_requested = Signal(list)  # two to four slugs
    changed = Signal()
    message = Signal(str)

    def __init__(self, catalog: Catalog, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self._catalog = catalog
        self._session = session
        self._summaries = {c.slug: c for c in catalog.career_summaries()}
        self._editing = ""  # the slug whose note the editor shows

        self.notice = plain.label(name="notice", wrap=True)
        self.notice.hide()
        self.model = ShortlistModel(self._summaries, self)
        self.list_view = card_list(self.model, "", 300)
        self.list_view.setObjectName("shortlist")
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.empty_label = plain.label(name="empty", wrap=True)
        self.up_button = QPushButton()
        self.down_button = QPushButton()
        self.remove_button = QPushButton()
        self.open_button = QPushButton()
        self.compare_button = QPushButton()
        self.compare_button.setObjectName("primary")
        self.plan_print_button = QPushButton()
        self.plan_pdf_button = QPushButton()
        self.export_button = QPushButton()
        self.import_button = QPushButton()
        self.note_title = plain.label(name="pageTitle")
        self.note = QPlainTextEdit()
        self.note.setObjectName("note")
        self.note.setTabChangesFocus(True)
        self._set_texts()

        # Buttons two to a row: the whole set fits a 1024×600 screen and a laptop at 200 %.
        moves = QGridLayout()
        for position, button in enumerate(
            (self.up_button, self.down_button, self.remove_button, self.open_button)
        ):
            moves.addWidget(button, position // 2, position % 2)
        left = QVBoxLayout()
        left.addWidget(self.notice)
        left.addWidget(self.list_view, 1)
        left.addWidget(self.empty_label)
        left.addLayout(moves)
        right = QVBoxLayout()
        right.addWidget(self.note_title)
        right.addWidget(self.note, 1)
        actions = QGridLayout()
        for position, button in enumerate(
            (
                self.compare_button,
                self.plan_print_button,
                self.plan_pdf_button,
                self.export_button,
                self.import_button,
            )
        ):
            actions.addWidget(button, position // 2, position % 2)
        right.addLayout(actions)
        # Side by side when there is room; narrow windows put the note under the list.
        self._panes = (left, right)
        inner = QWidget()
        self._row = QBoxLayout(QBoxLayout.Direction.LeftToRight, inner)
        self._row.setContentsMargins(12, 12, 12, 12)
        self._row.addLayout(left, 2)
        self._row.addLayout(right, 3)
        scroll = QScrollArea()  # stacked on a low window, the two panes scroll
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.remove_button.clicked.connect(self.remove_current)
        self.open_button.clicked.connect(self._open_current)
        self.list_view.activated.connect(lambda index: self._open_current())
        self.compare_button.clicked.connect(self.compare_selected)
        self.plan_print_button.clicked.connect(self.print_plan)
        self.plan_pdf_button.clicked.connect(self.export_plan)
        self.export_button.clicked.connect(self.export_list)
        self.import_button.clicked.connect(self.import_list)
        self.note.textChanged.connect(self._note_changed)
        for keys, slot in (
            ("Alt+Up", lambda: self._move(-1)),
            ("Alt+Down", lambda: self._move(1)),
            ("Delete", self.remove_current),
        ):
            shortcut = QShortcut(QKeySequence(keys), self.list_view)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)
        self.refresh()

    def _set_texts(self) -> None:
        self.list_view.setAccessibleName(self.tr("My careers"))
        self.empty_label.setText(
            self.tr(
                "No careers saved yet. Press ☆ Save on a career page, or Ctrl+D "
                "on a career in the list."
            )
        )
        self.up_button.setText(self.tr("Move up"))
        self.down_button.setText(self.tr("Move down"))
        self.remove_button.setText(self.tr("Remove"))
        self.open_button.setText(self.tr("Open page"))
        self.compare_button.setText(self.tr("Compare selected"))
        self.compare_button.setToolTip(self.tr("Select two to four careers (Ctrl+click)"))
        self.plan_print_button.setText(self.tr("Print My plan…"))
        self.plan_pdf_button.setText(self.tr("My plan PDF…"))
        self.export_button.setText(self.tr("Export list…"))
        self.import_button.setText(self.tr("Import list…"))
        self.note.setPlaceholderText(self.tr("Your note, e.g. ask uncle about NDA"))
        self.note.setAccessibleName(self.tr("Note"))

    def changeEvent(self, event: QEvent) -> None:
        i18n.on_language_change(event, self.retranslate)
        super().changeEvent(event)

    def retranslate(self) -> None:
        """The saved careers' names in the catalogue's new language, and every text."""
        self._summaries.clear()  # the model holds this same dictionary
        self._summaries.update({c.slug: c for c in self._catalog.career_summaries()})
        self._set_texts()
        self.refresh()
        self.model.retranslate()
        slug = self.current_slug()
        summary = self._summaries.get(slug)
        self.note_title.setText(
            self.tr("Note for %1").replace("%1", summary.title) if summary else ""
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        left, right = self._panes
        needed = left.minimumSize().width() + right.minimumSize().width() + 36
        direction = (
            QBoxLayout.Direction.TopToBottom
            if event.size().width() < needed
            else QBoxLayout.Direction.LeftToRight
        )
        if self._row.direction() != direction:
            self._row.setDirection(direction)

    # The list -----------------------------------------------------------------------------

    @property
    def store(self):  # type: ignore[no-untyped-def]
        return self._session.store

    def set_files_allowed(self, allowed: bool) -> None:
        """Event mode: no export, import or PDF (printing stays)."""
        for button in (self.plan_pdf_button, self.export_button, self.import_button):
            button.setVisible(allowed)

    def refresh(self, select: str = "") -> None:
        store = self.store
        keep = select or self.current_slug()
        self.model.set_entries(store.entries())
        empty = self.model.rowCount() == 0
        self.empty_label.setVisible(empty)
        if store.problem:
            self.notice.setText(store.problem)
            self.notice.show()
        elif self._session.shared:
            self.notice.setText(
                self.tr(
                    "This is a shared computer: your list is forgotten when the next "
                    "student starts. Print it or export it to your USB stick."
                )
            )
            self.notice.show()
        else:
            self.notice.hide()
        row = self.model.row_of(keep) if keep else -1
        if row < 0 and not empty:
            row = 0
        if row >= 0:
            self.list_view.selectionModel().setCurrentIndex(
                self.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
        self.list_view.selectionModel().currentChanged.connect(
            self._on_current, Qt.ConnectionType.UniqueConnection
        )
        if self.current_slug() != self._editing or not self._editing:
            self._show_note(self.current_slug())  # the note being typed is never reloaded
        for button in (
            self.up_button,
            self.down_button,
            self.remove_button,
            self.open_button,
            self.compare_button,
        ):
            button.setEnabled(not empty)

    def current_slug(self) -> str:
        index = self.list_view.currentIndex()
        return self.model.slug_at(index.row()) if index.isValid() else ""

    @Slot()
    def _on_current(self) -> None:
        if self.current_slug() != self._editing:
            self._show_note(self.current_slug())

    def _show_note(self, slug: str) -> None:
        self._editing = ""
        self.note.setEnabled(bool(slug))
        summary = self._summaries.get(slug)
        self.note_title.setText(
            self.tr("Note for %1").replace("%1", summary.title) if summary else ""
        )
        self.note.setPlainText(self.store.note(slug) if slug else "")
        self._editing = slug

    @Slot()
    def _note_changed(self) -> None:
        if not self._editing:
            return
        text = cut_between_letters(self.note.toPlainText(), MAX_NOTE)
        self.store.set_note(self._editing, text)  # saved at each keystroke, in a transaction
        self.model.update_note(self._editing, text)

    def toggle(self, slug: str) -> bool:
        saved = self.store.toggle(slug)
        self.refresh(select=slug if saved else "")
        self.changed.emit()
        return saved

    def _move(self, offset: int) -> None:
        slug = self.current_slug()
        if slug:
            self.store.move(slug, offset)
            self.refresh(select=slug)
            self.changed.emit()

    @Slot()
    def remove_current(self) -> None:
        slug = self.current_slug()
        if slug:
            self.store.remove(slug)
            self.refresh()
            self.changed.emit()

    @Slot()
    def _open_current(self) -> None:
        slug = self.current_slug()
        if slug:
            self.career_requested.emit(slug)

    def selected_slugs(self) -> list[str]:
        rows = sorted(index.row() for index in self.list_view.selectionModel().selectedRows())
        return [self.model.slug_at(row) for row in rows]

    @Slot()
    def compare_selected(self) -> None:
        slugs = self.selected_slugs()
        if not 2 <= len(slugs) <= MAX_COMPARED:
            self._tell(
                self.tr("Compare"),
                self.tr("Select two to four careers to compare (Ctrl+click to select more)."),
            )
            return
        self.compare_requested.emit(slugs)

    # My plan, export and import -------------------------------------------------------------

    def plan_job(self):  # type: ignore[no-untyped-def]
        from .plan_print import plan_job

        careers = []
        for entry in self.store.entries():
            career = self._catalog.career(entry.slug)
            if career is not None:
                careers.append((career, entry.note))
        return plan_job(make_plan(careers, self._catalog.exam, plan_words), self._catalog.info())

    @Slot()
    def print_plan(self) -> None:
        from ..common.print_actions import print_with_dialog

        print_with_dialog(self, self.plan_job())

    @Slot()
    def export_plan(self) -> None:
        from ..common.print_actions import export_with_dialog

        path = export_with_dialog(self, self.plan_job())
        if path is not None:
            self.message.emit(self.tr("Saved %1").replace("%1", str(path)))

    @Slot()
    def export_list(self) -> None:
        from pathlib import Path

        from ...safe_write import WriteError, write_file

        chosen = file_dialogs.ask_save_path(
            self,
            self.tr("Export My careers"),
            "my-careers.shishya",
            self.tr("My careers files (*.shishya)"),
        )
        if not chosen:
            return
        path = Path(chosen if chosen.endswith(".shishya") else chosen + ".shishya")
        try:
            write_file(path, self.store.export_bytes())
        except WriteError as error:
            self._tell(self.tr("Could not export"), str(error), error.details, warn=True)
            return
        self.message.emit(self.tr("Saved %1").replace("%1", str(path)))

    @Slot()
    def import_list(self) -> None:
        from pathlib import Path

        chosen = file_dialogs.ask_open_path(
            self, self.tr("Import My careers"), self.tr("My careers files (*.shishya)")
        )
        if chosen:
            self.import_file(Path(chosen))

    def import_file(self, path) -> int:  # type: ignore[no-untyped-def]
        try:
            data = path.read_bytes()
            added = self.store.import_bytes(data, known=lambda slug: slug in self._summaries)
        except OSError as error:
            self._tell(
                self.tr("Could not import"),
                self.tr("The file could not be read."),
                str(error),
                warn=True,
            )
            return 0
        except ImportProblem as error:
            self._tell(self.tr("Could not import"), str(error), str(path), warn=True)
            return 0
        self.refresh()
        self.changed.emit()
        self.message.emit(self.tr("Imported %n careers", "", added))
        return added

    def _tell(self, title: str, text: str, details: str = "", warn: bool = False) -> None:
        box = plain.message_box(
            self,
            title,
            text,
            details=details,
            icon=QMessageBox.Icon.Warning if warn else None,
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def reset(self) -> None:
        """Forget the view's state (the session forgets the list itself)."""
        self._editing = ""
        self.note.clear()
        self.list_view.clearSelection()
        self.list_view.verticalScrollBar().setValue(0)
