"""The main window: a header with a quote, and the Explore, Exams and Compare sections."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer, Slot
from PySide6.QtGui import (
    QCloseEvent,
    QGuiApplication,
    QKeySequence,
    QMoveEvent,
    QResizeEvent,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QMainWindow,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..catalog import Catalog
from ..catalog.records import Quote
from ..guide.compare import CompareSelection
from .common import plain
from .common.menus import install_menus
from .common.text_scale import step, text_percent
from .explore.explore_view import ExploreView

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

    from ..packs.pointer import InUse
    from .common.help_pages import HelpDialog
    from .compare.compare_view import CompareView
    from .exams.exams_view import ExamsView

EXPLORE, EXAMS, COMPARE = range(3)
SAVE_DELAY_MS = 500
FIRST_SIZE = (1280, 760)
QUOTE_MIN_WIDTH = 1100  # narrower windows hide the header quote: the content needs the room
COMPACT_WIDTH = 1100  # narrower windows put the page's buttons under its title
HEADER_MIN_HEIGHT = 640  # lower windows hide the header (the title bar names the app)


class MainWindow(QMainWindow):
    def __init__(
        self,
        catalog: Catalog,
        settings: QSettings,
        parent: QWidget | None = None,
        *,
        quote_index: int | None = None,
        in_use: InUse | None = None,
    ):
        """``quote_index`` picks the header quote; by default it changes at every start."""
        if quote_index is None:
            quote_index = time.time_ns() // 1000
        super().__init__(parent)
        self._catalog = catalog
        self.catalog = catalog
        self._settings = settings
        self.setWindowTitle(self.tr("Shishya — Career Guide"))
        self.setMinimumSize(640, 480)
        self._help: HelpDialog | None = None
        self._focused_once = False

        quotes = catalog.quotes()
        self.quote: Quote | None = quotes[quote_index % len(quotes)] if quotes else None
        self.compare_selection = CompareSelection()

        # Explore is built now; Exams and Compare when first opened, to start faster.
        self.explore = ExploreView(catalog)
        self.explore.page.in_compare = self.compare_selection.__contains__
        self._exams: ExamsView | None = None
        self._compare: CompareView | None = None
        self.sections = QTabWidget()
        self.sections.setDocumentMode(True)
        self.sections.setAccessibleName(self.tr("Sections"))
        self.sections.addTab(self.explore, self.tr("Explore careers"))
        self.sections.addTab(QWidget(), self.tr("Exams"))
        self.sections.addTab(QWidget(), self.tr("Compare"))

        central = QWidget()
        central.setObjectName("central")
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.header = self._header()
        layout.addWidget(self.header)
        layout.addWidget(self.sections, 1)
        self.setCentralWidget(central)
        info = catalog.info()
        from .content_update import ContentMenu, content_line

        self.reopen_requested = False
        self.statusBar().showMessage(
            self.tr("%1 careers · %2 exams · %3 · works offline")
            .replace("%1", str(info.careers))
            .replace("%2", str(info.exams))
            .replace("%3", content_line(info, in_use))
        )
        self._connect_signals()
        self.menu_groups = install_menus(
            self, self, text_percent(), str(settings.value("view/palette", "system"))
        )
        self.content_menu = ContentMenu(self, info, in_use)
        self.restore_state()
        # Saved when changed (a crash or a power cut keeps them), a moment after the last change.
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save_state)
        self.sections.currentChanged.connect(self._save_soon)

    def _header(self) -> QFrame:
        header = QFrame()
        header.setObjectName("header")
        brand = plain.label(self.tr("Shishya"), name="brand")
        brand_hi = plain.label("शिष्य · " + self.tr("Career Guide"), name="brandHi")
        self.quote_label = plain.label(name="quote", wrap=True)
        self.quote_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.quote_label.setMaximumHeight(self.quote_label.fontMetrics().lineSpacing() * 2 + 4)
        self.quote_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if self.quote is not None:
            self.quote_label.setText(f"“{self.quote.text}” — {self.quote.author}")
        row = QHBoxLayout(header)
        row.setContentsMargins(18, 10, 18, 10)
        row.addWidget(brand)
        row.addSpacing(10)
        row.addWidget(brand_hi)
        row.addStretch(1)
        row.addWidget(self.quote_label, 2)
        return header

    @property
    def exams(self) -> ExamsView:
        if self._exams is None:
            from .exams.exams_view import ExamsView  # built on first use: a faster start

            self._exams = ExamsView(self._catalog)
            self._exams.page.in_compare = self.compare_selection.__contains__
            self._exams.page.set_compact(self.width() < COMPACT_WIDTH)
            self._exams.compare_requested.connect(self.add_to_compare)
            self._exams.career_requested.connect(self.open_career)
            self._replace_tab(EXAMS, self._exams)
        return self._exams

    @property
    def compare(self) -> CompareView:
        if self._compare is None:
            from .compare.compare_view import CompareView

            self._compare = CompareView(self._catalog, self.compare_selection)
            self._compare.career_requested.connect(self.open_career)
            self._compare.exam_requested.connect(self.open_exam)
            self._compare.message.connect(self._show_status)
            self._compare.refused.connect(self._show_refusal)
            self._compare.changed.connect(self._compare_changed)
            self._replace_tab(COMPARE, self._compare)
        return self._compare

    def _replace_tab(self, index: int, widget: QWidget) -> None:
        current = self.sections.currentIndex()
        text = self.sections.tabText(index)
        placeholder = self.sections.widget(index)
        self.sections.blockSignals(True)
        self.sections.removeTab(index)
        self.sections.insertTab(index, widget, text)
        self.sections.setCurrentIndex(current)
        self.sections.blockSignals(False)
        if placeholder is not None:
            placeholder.deleteLater()

    @Slot(int)
    def _on_section(self, index: int) -> None:
        """Build a section the first time it is opened."""
        if index == EXAMS:
            self.exams  # noqa: B018 (builds it)
        elif index == COMPARE:
            self.compare.refresh()

    def _connect_signals(self) -> None:
        QShortcut(QKeySequence.StandardKey.Find, self, self.focus_search)
        QShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_1), self, self.show_explore)
        QShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_2), self, self.show_exams)
        QShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_3), self, self.show_compare)
        self.explore.compare_requested.connect(self.add_to_compare)
        self.sections.currentChanged.connect(self._on_section)

    @Slot()
    def focus_search(self) -> None:
        if self.sections.currentIndex() == EXAMS:
            self.exams.search.setFocus()
            self.exams.search.selectAll()
        else:
            self.sections.setCurrentIndex(EXPLORE)
            self.explore.focus_search()

    @Slot()
    def show_explore(self) -> None:
        self.sections.setCurrentIndex(EXPLORE)

    @Slot()
    def show_exams(self) -> None:
        self.sections.setCurrentIndex(EXAMS)

    @Slot()
    def show_compare(self) -> None:
        self.sections.setCurrentIndex(COMPARE)

    @Slot(str)
    def open_career(self, slug: str) -> None:
        self.sections.setCurrentIndex(EXPLORE)
        self.explore.page.open_career(slug)

    @Slot(str)
    def open_exam(self, slug: str) -> None:
        self.sections.setCurrentIndex(EXAMS)
        self.exams.open_exam(slug)

    @Slot(str)
    def _show_status(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    @Slot(str)
    def _show_refusal(self, text: str) -> None:
        self.notify(self.tr("Compare"), text)

    @Slot(str)
    def add_to_compare(self, slug: str) -> None:
        """Every "Add to compare" goes through the Compare view (built on first use)."""
        self.compare.add(slug)

    def notify(self, title: str, message: str, details: str = "") -> QMessageBox:
        """A message that does not block: the window stays usable behind it."""
        box = plain.message_box(self, title, message, details=details)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    @Slot()
    def request_reopen(self) -> None:
        """New content is in place: the app builds a new window on it (``app.main``)."""
        self.reopen_requested = True
        QApplication.exit(0)

    @Slot()
    def _compare_changed(self) -> None:
        """The Compare tab shows how many careers it holds; the page button says "In Compare"."""
        count = len(self.compare_selection)
        text = self.tr("Compare (%1)").replace("%1", str(count)) if count else self.tr("Compare")
        self.sections.setTabText(COMPARE, text)
        self.explore.page.show_compare_state()
        if self._exams is not None:
            self._exams.page.show_compare_state()

    def restore_state(self) -> None:
        geometry = self._settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(*FIRST_SIZE)
        self.fit_to_screen()
        section = self._settings.value("window/section", EXPLORE)
        try:
            index = int(section)  # type: ignore[call-overload]
        except (TypeError, ValueError):
            index = EXPLORE
        if 0 <= index < self.sections.count():
            self.sections.setCurrentIndex(index)

    def fit_to_screen(self) -> None:
        """Never larger than the screen it opens on (a 1366×768 laptop at 150% is 910×512)."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return
        room = screen.availableGeometry()
        frame = self.frameGeometry().size() - self.geometry().size()
        width = min(self.width(), room.width() - frame.width())
        height = min(self.height(), room.height() - frame.height())
        if (width, height) != (self.width(), self.height()):
            self.resize(max(width, 1), max(height, 1))
        if not room.contains(self.frameGeometry()):
            self.move(room.topLeft())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._focused_once:  # a student's first typed letters go into the search box
            self._focused_once = True
            if self.sections.currentIndex() == COMPARE:
                self.compare.add_box.setFocus()
            else:
                self.focus_search()

    @Slot()
    def _save_soon(self) -> None:
        if hasattr(self, "_save_timer"):  # resize and move events come during __init__ too
            self._save_timer.start()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.quote_label.setVisible(self.quote is not None and self.width() >= QUOTE_MIN_WIDTH)
        self.header.setVisible(self.height() >= HEADER_MIN_HEIGHT)
        self._fit_sections()
        self._save_soon()

    def _fit_sections(self) -> None:
        """Narrow windows stack what would not fit side by side (see ``COMPACT_WIDTH``)."""
        compact = self.width() < COMPACT_WIDTH
        self.explore.page.set_compact(compact)
        if self._exams is not None:
            self._exams.page.set_compact(compact)

    # Menu actions (ui/common/menus.py)
    def _print_target(self) -> QWidget:
        index = self.sections.currentIndex()
        if index == COMPARE:
            return self.compare
        return self.exams.page if index == EXAMS else self.explore.page

    @Slot()
    def print_current(self) -> None:
        """Ctrl+P: the career page or the comparison on screen, with a preview."""
        target = self._print_target()
        job = target.print_job() if hasattr(target, "print_job") else None
        if job is None:
            self._show_status(self.tr("Open a career page or a comparison to print it."))
            return
        from .common.print_actions import print_with_dialog

        print_with_dialog(self, job)

    @Slot()
    def export_current(self) -> None:
        target = self._print_target()
        job = target.print_job() if hasattr(target, "print_job") else None
        if job is None:
            self._show_status(self.tr("Open a career page or a comparison to export it."))
            return
        from .common.print_actions import export_with_dialog

        export_with_dialog(self, job)

    def change_text_size(self, direction: int) -> None:
        self.set_text_size(step(text_percent(), direction))

    def set_text_size(self, percent: int) -> None:
        """The whole window's text size, remembered for this user."""
        self._apply_appearance(str(self._settings.value("view/palette", "system")), percent)

    def set_colours(self, choice: str) -> None:
        self._apply_appearance(choice, text_percent())

    def _apply_appearance(self, colours: str, percent: int) -> None:
        from PySide6.QtWidgets import QApplication

        from .. import paths
        from .common.theme import apply_appearance

        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_appearance(app, paths.resources_dir(), colours, percent)
        self._settings.setValue("view/palette", colours)
        self._settings.setValue("view/text_size", text_percent())
        self._settings.sync()
        for group, value in (("sizes", text_percent()), ("colours", colours)):
            for action in self.menu_groups[group].actions():
                action.setChecked(action.data() == value)
        self.explore.page.refresh_page()
        if self._exams is not None:
            self._exams.page.refresh_page()
        if self._compare is not None:
            self._compare.refresh()

    def show_help(self, topic: str) -> None:
        """F1: help, shortcuts, credits or About, offline, in one non-modal window."""
        if self._help is None:
            from .common.help_pages import HelpDialog

            self._help = HelpDialog(self, self._catalog.info())
        self._help.show_topic(topic)

    def moveEvent(self, event: QMoveEvent) -> None:
        super().moveEvent(event)
        self._save_soon()

    @Slot()
    def save_state(self) -> None:
        self._settings.setValue("window/geometry", self.saveGeometry())
        self._settings.setValue("window/section", self.sections.currentIndex())
        self._settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._save_timer.stop()
        self.save_state()
        super().closeEvent(event)
