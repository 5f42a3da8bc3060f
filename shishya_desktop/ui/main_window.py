"""The main window: a header with a quote; Explore, Exams, Compare, My careers and the quiz.

It also carries the session (``userdata.session``): the shortlist's star on pages and list rows,
and on shared PCs (Lab and Event modes) the "New student" reset, the idle reset and, in Event
mode, full screen that only the counsellor's exit key and PIN close.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QSettings, Qt, QTimer, Slot
from PySide6.QtGui import (
    QAction,
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
    QButtonGroup,
    QDialog,
    QFrame,
    QHBoxLayout,
    QMainWindow,
    QMenu,
    QPushButton,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..catalog import Catalog
from ..catalog.records import Quote
from ..guide.compare import CompareFull, CompareSelection
from ..userdata.modes import MachineConfig, Mode
from ..userdata.session import Session
from .common import i18n, plain
from .common.menus import install_menus
from .common.text_scale import step, text_percent
from .explore.explore_view import ExploreView

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

    from ..packs.pointer import InUse
    from .common.help_pages import HelpDialog
    from .common.idle import IdleWatcher
    from .compare.compare_view import CompareView
    from .exams.exams_view import ExamsView
    from .quiz.quiz_view import QuizView
    from .shortlist.shortlist_view import ShortlistView

EXPLORE, EXAMS, COMPARE, MY_CAREERS, QUIZ = range(5)
SAVE_DELAY_MS = 500
FIRST_SIZE = (1280, 760)
QUOTE_MIN_WIDTH = 1100  # narrower windows hide the header quote: the content needs the room
COMPACT_WIDTH = 1100  # narrower windows put the page's buttons under its title
HEADER_MIN_HEIGHT = 640  # lower windows hide the header (the title bar names the app)
FOLD_FILTERS_HEIGHT = 480  # lower windows fold the Explore filters behind one button
STORE_OPEN_DELAY_MS = 200  # the shortlist file opens just after the window shows


class MainWindow(QMainWindow):
    def __init__(
        self,
        catalog: Catalog,
        settings: QSettings,
        parent: QWidget | None = None,
        *,
        quote_index: int | None = None,
        in_use: InUse | None = None,
        session: Session | None = None,
    ):
        """``quote_index`` picks the header quote; by default it changes at every start.
        ``session`` carries the mode and the shortlist (Personal mode by default)."""
        if quote_index is None:
            quote_index = time.time_ns() // 1000
        super().__init__(parent)
        self._catalog = catalog
        self.catalog = catalog
        self._settings = settings
        self.setMinimumSize(600, 360)  # a 1366×768 laptop at 200 % scaling is 683×384
        self._help: HelpDialog | None = None
        self._focused_once = False
        self.session = session or Session(MachineConfig())
        self.config = self.session.config
        # The language first: every view below is built in it, its content too.
        language = i18n.chosen(settings, self.config.shared)
        i18n.set_catalog_language(catalog, language)
        if i18n.apply(language):
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)

        self._quote_index = quote_index
        self.quote: Quote | None = self._pick_quote()
        self.compare_selection = CompareSelection()
        self._may_close = self.config.mode is not Mode.EVENT
        self._idle: IdleWatcher | None = None
        self._still_there: QDialog | None = None
        # Every view with a reset(); the quiz (issue 14) is added with add_resettable(quiz_view).
        self._resettable: list[QWidget] = []
        self.session.add_reset_hook(self._reset_views)

        # Explore is built now; Exams and Compare when first opened, to start faster.
        self.explore = ExploreView(catalog)
        self.explore.page.in_compare = self.compare_selection.__contains__
        self._exams: ExamsView | None = None
        self._compare: CompareView | None = None
        self._shortlist: ShortlistView | None = None
        self.add_resettable(self.explore)
        self._quiz: QuizView | None = None
        self.sections = QTabWidget()
        self.sections.setDocumentMode(True)
        self.sections.tabBar().setDrawBase(False)  # its base line showed as a stray rule in dark
        # Beside the tabs, not in the header: low windows hide the header, this stays in view.
        self.new_student_button = QPushButton()
        self.new_student_button.setObjectName("primary")
        self.new_student_button.setVisible(self.session.shared)
        self.new_student_button.clicked.connect(self.new_student)
        self.sections.setCornerWidget(self._corner(), Qt.Corner.TopRightCorner)
        self.sections.addTab(self.explore, "")
        for _section in range(4):
            self.sections.addTab(QWidget(), "")

        central = QWidget()
        central.setObjectName("central")
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.header = self._header()
        layout.addWidget(self.header)
        layout.addWidget(self.sections, 1)
        self.setCentralWidget(central)
        self._info = catalog.info()
        self._in_use = in_use
        from .content_update import ContentMenu

        self.reopen_requested = False
        self._connect_signals()
        self.menus = install_menus(
            self, self, text_percent(), str(settings.value("view/palette", "system"))
        )
        self.menu_groups = self.menus.groups
        self.content_menu = ContentMenu(self, self._info, in_use, shared=self.config.shared)
        self._retranslate_window()
        self.quiz_action = self.menuBar().findChild(QAction, "quiz-action")
        export_action = self.menuBar().findChild(QAction, "export-action")
        export_action.setVisible(self.config.mode is not Mode.EVENT)  # no files at an event
        export_action.setEnabled(self.config.mode is not Mode.EVENT)
        self.restore_state()
        # Saved when changed (a crash or a power cut keeps them), a moment after the last change.
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save_state)
        self.sections.currentChanged.connect(self._save_soon)
        self._set_up_mode()
        QTimer.singleShot(STORE_OPEN_DELAY_MS, self, self._open_store)

    def _pick_quote(self) -> Quote | None:
        """The header quote (the same one after a language change, in the new language)."""
        quotes = self._catalog.quotes()
        return quotes[self._quote_index % len(quotes)] if quotes else None

    def _corner(self) -> QWidget:
        """Beside the tabs: the language switch (always shown) and, on shared PCs, New student.

        Each language is named in itself (हिन्दी, English), whatever the interface shows now.
        """
        corner = QWidget()
        corner.setObjectName("tabCorner")
        row = QHBoxLayout(corner)
        row.setContentsMargins(0, 0, 6, 0)
        row.setSpacing(4)
        self.language_buttons = QButtonGroup(corner)
        self.language_buttons.setExclusive(True)
        for code in i18n.LANGUAGES:
            button = QPushButton(i18n.NAMES[code])
            button.setObjectName("language")
            button.setCheckable(True)
            button.setProperty("language", code)
            button.setChecked(code == i18n.current())
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            self.language_buttons.addButton(button)
            row.addWidget(button)
        self.language_buttons.buttonClicked.connect(self._on_language_button)
        row.addSpacing(8)
        row.addWidget(self.new_student_button)
        return corner

    @Slot(QPushButton)
    def _on_language_button(self, button: QPushButton) -> None:
        self.set_language(str(button.property("language")))

    def set_language(self, code: str) -> None:
        """Hindi or English for the whole window, at once: the catalogue's content first, then
        the translator (Qt sends LanguageChange; each view's ``retranslate`` runs before this
        returns). Remembered for this user, except on shared PCs."""
        if code not in i18n.LANGUAGES:
            return
        i18n.remember(self._settings, code, self.session.shared)
        if i18n.installed() != code:
            i18n.set_catalog_language(self._catalog, code)
            if i18n.apply(code):
                QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
            else:  # no compiled translation for it: content stays in the interface's language
                i18n.set_catalog_language(self._catalog, i18n.current())
        self._show_language()

    def _show_language(self) -> None:
        for button in self.language_buttons.buttons():
            button.setChecked(button.property("language") == i18n.current())
        self.menus.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if hasattr(self, "menus"):  # not while the window is still being built
            i18n.on_language_change(event, self._retranslate_window)
        super().changeEvent(event)

    def _retranslate_window(self) -> None:
        """Every text the window itself shows (the sections retranslate themselves)."""
        from .content_update import content_line

        self.setWindowTitle(self.tr("Shishya — Career Guide"))
        self.new_student_button.setText(self.tr("New student"))
        self.new_student_button.setToolTip(self.tr("Start over for the next student (Ctrl+N)"))
        for button in self.language_buttons.buttons():
            button.setToolTip(self.tr("Show Shishya in this language"))
            button.setAccessibleName(
                self.tr("Language: %1").replace("%1", i18n.NAMES[button.property("language")])
            )
        self.sections.setAccessibleName(self.tr("Sections"))
        for index, text in (
            (EXPLORE, self.tr("Explore careers")),
            (EXAMS, self.tr("Exams")),
            (MY_CAREERS, self.tr("My careers")),
            (QUIZ, self.tr("What do I enjoy?")),
        ):
            self.sections.setTabText(index, text)
        self._compare_changed()
        self.brand.setText(self.tr("Shishya"))
        # The name in the other script beside the brand: शिष्य in English, Shishya in Hindi.
        other = "Shishya" if i18n.is_hindi() else "शिष्य"
        self.brand_hi.setText(other + " · " + self.tr("Career Guide"))
        self.quote = self._pick_quote()
        self.quote_label.setText(
            f"“{self.quote.text}” — {self.quote.author}" if self.quote is not None else ""
        )
        self.statusBar().showMessage(
            self.tr("%1 careers · %2 exams · %3 · works offline")
            .replace("%1", str(self._info.careers))
            .replace("%2", str(self._info.exams))
            .replace("%3", content_line(self._info, self._in_use))
        )
        self.menus.retranslate()
        self.content_menu.retranslate()

    def _header(self) -> QFrame:
        header = QFrame()
        header.setObjectName("header")
        self.brand = plain.label(name="brand")
        self.brand_hi = plain.label(name="brandHi")
        self.quote_label = plain.label(name="quote", wrap=True)
        self.quote_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.quote_label.setMaximumHeight(self.quote_label.fontMetrics().lineSpacing() * 2 + 4)
        self.quote_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        row = QHBoxLayout(header)
        row.setContentsMargins(18, 10, 18, 10)
        row.addWidget(self.brand)
        row.addSpacing(10)
        row.addWidget(self.brand_hi)
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
            self._exams.page.is_saved = self.is_saved
            self._exams.page.files_allowed = self.config.mode is not Mode.EVENT
            self._exams.page.shortlist_toggled.connect(self.toggle_saved)
            self.add_resettable(self._exams)
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
            self._compare.export_button.setVisible(self.config.mode is not Mode.EVENT)
            self.add_resettable(self._compare)
            self._replace_tab(COMPARE, self._compare)
        return self._compare

    @property
    def shortlist(self) -> ShortlistView:
        if self._shortlist is None:
            from .shortlist.shortlist_view import ShortlistView

            self._shortlist = ShortlistView(self._catalog, self.session)
            self._shortlist.career_requested.connect(self.open_career)
            self._shortlist.compare_requested.connect(self.compare_careers)
            self._shortlist.changed.connect(self._saved_changed)
            self._shortlist.message.connect(self._show_status)
            self._shortlist.set_files_allowed(self.config.mode is not Mode.EVENT)
            self.add_resettable(self._shortlist)
            self._replace_tab(MY_CAREERS, self._shortlist)
        return self._shortlist

    def add_resettable(self, view: QWidget) -> None:
        """``view.reset()`` is called by every New student and idle reset."""
        self._resettable.append(view)

    @property
    def quiz(self) -> QuizView:
        if self._quiz is None:
            from .quiz.quiz_view import QuizView

            self._quiz = QuizView(self._catalog)
            self._quiz.career_requested.connect(self.open_career)
            self._quiz.compare_requested.connect(self.add_to_compare)
            self._quiz.browse_requested.connect(self.show_explore)
            self.add_resettable(self._quiz)
            self._replace_tab(QUIZ, self._quiz)
        return self._quiz

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
        elif index == MY_CAREERS:
            self.shortlist.refresh()
        elif index == QUIZ:
            self.quiz  # noqa: B018 (builds it)

    def _connect_signals(self) -> None:
        QShortcut(QKeySequence.StandardKey.Find, self, self.focus_search)
        self.explore.compare_requested.connect(self.add_to_compare)
        self.explore.shortlist_toggled.connect(self.toggle_saved)
        self.explore.model.is_saved = self.is_saved
        self.explore.page.is_saved = self.is_saved
        self.explore.page.quiz_requested.connect(self.show_quiz)
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

    @Slot()
    def show_my_careers(self) -> None:
        self.sections.setCurrentIndex(MY_CAREERS)

    @Slot()
    def show_quiz(self) -> None:
        self.sections.setCurrentIndex(QUIZ)
        self.quiz.setFocus()

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

    @Slot(list)
    def compare_careers(self, slugs: list[str]) -> None:
        """Compare exactly ``slugs`` (from My careers), replacing what was compared."""
        self.compare_selection.clear()
        for slug in slugs:
            try:
                self.compare_selection.add(slug)
            except CompareFull:
                break
        self.show_compare()
        self.compare.refresh()

    # My careers ------------------------------------------------------------------------------

    def is_saved(self, slug: str) -> bool:
        return self.session.store_opened and slug in self.session.store

    @Slot()
    def _open_store(self) -> None:
        store = self.session.store
        store.on_problem = self._store_problem
        if store.problem:
            self._store_problem(store.problem, store.details)
        self._saved_changed()

    def _store_problem(self, message: str, details: str) -> None:
        self.notify(self.tr("My careers"), message, details)
        if self._shortlist is not None:
            self._shortlist.refresh()

    @Slot(str)
    def toggle_saved(self, slug: str) -> None:
        if not self.session.store_opened:
            self._open_store()
        saved = self.shortlist.toggle(slug)
        self._show_status(
            self.tr("Saved to My careers") if saved else self.tr("Removed from My careers")
        )

    @Slot()
    def _saved_changed(self) -> None:
        self.explore.model.saved_changed()
        self.explore.page.update_star()
        if self._exams is not None:
            self._exams.page.update_star()

    # Shared PCs: modes and the reset ---------------------------------------------------------

    def _set_up_mode(self) -> None:
        from .common import file_dialogs

        file_dialogs.set_allowed(self.config.mode is not Mode.EVENT)
        self.explore.page.files_allowed = self.config.mode is not Mode.EVENT
        self.explore.page._update_bar()
        if self.session.shared:
            QShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_N), self, self.new_student)
        if self.config.mode is Mode.EVENT:
            QShortcut(QKeySequence(self.config.exit_key), self, self.ask_to_exit)
        # Something copied while Shishya has the focus was copied from Shishya.
        self._copied_here = False
        if self.session.shared:
            QApplication.clipboard().dataChanged.connect(self._on_clipboard)
        if self.session.shared and self.config.idle_seconds > 0:
            from .common.idle import IdleWatcher

            self._idle = IdleWatcher(self.config.idle_seconds, self)
            self._idle.idle.connect(self._ask_still_there)

    @Slot()
    def _on_clipboard(self) -> None:
        if QApplication.activeWindow() is not None:
            self._copied_here = True

    def show_for_mode(self) -> None:
        """Event mode fills the screen; the other modes open as a normal window."""
        if self.config.mode is Mode.EVENT:
            self.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, True)
            self.showFullScreen()
        else:
            self.show()

    @Slot()
    def _ask_still_there(self) -> None:
        from .common.idle import StillThereDialog

        dialog = StillThereDialog(self.config.countdown_seconds, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.expired.connect(self.new_student)
        dialog.accepted.connect(self._still_here)
        self._still_there = dialog
        dialog.open()

    @Slot()
    def _still_here(self) -> None:
        self._still_there = None
        if self._idle is not None:
            self._idle.resume()

    def _reset_views(self) -> None:
        for view in self._resettable:
            view.reset()  # type: ignore[attr-defined]
        self.compare_selection.clear()

    @Slot()
    def new_student(self) -> None:
        """Forget everything the last student did; leave only this window, on Explore."""
        from .common.file_dialogs import forget_file_dialog_memory

        self._close_other_windows()
        clipboard = QApplication.clipboard()
        if self._copied_here or clipboard.ownsClipboard():
            clipboard.clear()
            if clipboard.supportsSelection():
                clipboard.clear(clipboard.Mode.Selection)
        self._copied_here = False
        self.session.reset()
        forget_file_dialog_memory()
        self.set_language(i18n.system_default())  # the next student starts in the default
        self._saved_changed()
        if self._shortlist is not None:
            self._shortlist.refresh()
        self.sections.setCurrentIndex(EXPLORE)
        self.explore.focus_search()
        self.statusBar().showMessage(self.tr("Ready for the next student."), 8000)
        self._still_there = None
        if self._idle is not None:
            self._idle.resume()

    def _close_other_windows(self) -> None:
        popup = QApplication.activePopupWidget()
        while popup is not None:
            popup.close()
            next_popup = QApplication.activePopupWidget()
            if next_popup is popup:
                break
            popup = next_popup
        for widget in QApplication.topLevelWidgets():
            if widget is self or not widget.isVisible():
                continue
            if isinstance(widget, QDialog):
                widget.reject()
            if isinstance(widget, QMenu) or widget.isVisible():
                widget.close()

    @Slot()
    def ask_to_exit(self) -> None:
        from .common.idle import ExitDialog

        dialog = ExitDialog(self.config.exit_pin, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._may_close = True
            self.close()
        dialog.deleteLater()

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
        self.explore.fold_filters(self.height() < FOLD_FILTERS_HEIGHT * text_percent() / 100)
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
        self._fit_sections()

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
        """Window size and section; on a shared PC the size only, and in Event mode nothing."""
        if self.config.mode is Mode.EVENT:
            return
        self._settings.setValue("window/geometry", self.saveGeometry())
        if not self.session.shared:
            self._settings.setValue("window/section", self.sections.currentIndex())
        self._settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._may_close:  # Event mode: only the counsellor's exit key and PIN
            event.ignore()
            return
        self._save_timer.stop()
        self.save_state()
        if self._idle is not None:
            self._idle.stop()
        self.session.close()
        super().closeEvent(event)
