"""The main window: a header with a quote, and the Explore, Exams, Compare and quiz sections."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer, Slot
from PySide6.QtGui import QCloseEvent, QKeySequence, QMoveEvent, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QMainWindow,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..catalog import Catalog
from ..catalog.records import Quote
from ..guide.compare import CompareSelection
from .common import plain
from .explore.explore_view import ExploreView

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

    from .compare.compare_view import CompareView
    from .exams.exams_view import ExamsView
    from .quiz.quiz_view import QuizView

EXPLORE, EXAMS, COMPARE, QUIZ = range(4)
SAVE_DELAY_MS = 500


class MainWindow(QMainWindow):
    def __init__(
        self,
        catalog: Catalog,
        settings: QSettings,
        parent: QWidget | None = None,
        *,
        quote_index: int | None = None,
    ):
        """``quote_index`` picks the header quote; by default it changes at every start."""
        if quote_index is None:
            quote_index = time.time_ns() // 1000
        super().__init__(parent)
        self._catalog = catalog
        self.catalog = catalog
        self._settings = settings
        self.setWindowTitle(self.tr("Shishya — Career Guide"))
        self.setMinimumSize(960, 560)

        quotes = catalog.quotes()
        self.quote: Quote | None = quotes[quote_index % len(quotes)] if quotes else None
        self.compare_selection = CompareSelection()

        # Explore is built now; Exams and Compare when first opened, to start faster.
        self.explore = ExploreView(catalog)
        self._exams: ExamsView | None = None
        self._compare: CompareView | None = None
        self._quiz: QuizView | None = None
        self.sections = QTabWidget()
        self.sections.setDocumentMode(True)
        self.sections.addTab(self.explore, self.tr("Explore careers"))
        self.sections.addTab(QWidget(), self.tr("Exams"))
        self.sections.addTab(QWidget(), self.tr("Compare"))
        self.sections.addTab(QWidget(), self.tr("What do I enjoy?"))
        go = self.menuBar().addMenu(self.tr("&Go"))
        self.quiz_action = go.addAction(self.tr("What do I enjoy? (interest quiz)"))
        self.quiz_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_4))
        self.quiz_action.triggered.connect(self.show_quiz)

        central = QWidget()
        central.setObjectName("central")
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self._header())
        layout.addWidget(self.sections, 1)
        self.setCentralWidget(central)
        info = catalog.info()
        self.statusBar().showMessage(
            self.tr("%1 careers · %2 exams · content %3 · works offline")
            .replace("%1", str(info.careers))
            .replace("%2", str(info.exams))
            .replace("%3", info.version)
        )
        self._connect_signals()
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
            self._replace_tab(COMPARE, self._compare)
        return self._compare

    @property
    def quiz(self) -> QuizView:
        if self._quiz is None:
            from .quiz.quiz_view import QuizView

            self._quiz = QuizView(self._catalog)
            self._quiz.career_requested.connect(self.open_career)
            self._quiz.compare_requested.connect(self.add_to_compare)
            self._quiz.browse_requested.connect(self.show_explore)
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
        elif index == QUIZ:
            self.quiz  # noqa: B018 (builds it)

    def _connect_signals(self) -> None:
        QShortcut(QKeySequence.StandardKey.Find, self, self.focus_search)
        QShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_1), self, self.show_explore)
        QShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_2), self, self.show_exams)
        QShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_3), self, self.show_compare)
        self.explore.compare_requested.connect(self.add_to_compare)
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

    def notify(self, title: str, message: str, details: str = "") -> QMessageBox:
        """A message that does not block: the window stays usable behind it."""
        box = plain.message_box(self, title, message, details=details)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    def restore_state(self) -> None:
        geometry = self._settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 760)
        section = self._settings.value("window/section", EXPLORE)
        try:
            index = int(section)  # type: ignore[call-overload]
        except (TypeError, ValueError):
            index = EXPLORE
        if 0 <= index < self.sections.count():
            self.sections.setCurrentIndex(index)

    @Slot()
    def _save_soon(self) -> None:
        if hasattr(self, "_save_timer"):  # resize and move events come during __init__ too
            self._save_timer.start()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._save_soon()

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
