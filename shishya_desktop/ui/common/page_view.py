"""The page pane: a career or exam page with back/forward history and "Add to compare"."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ...catalog import Catalog, CatalogError
from ...catalog.records import ContentInfo, FacetCount
from . import i18n, links
from .browser import PageBrowser
from .elided import ElidedLabel
from .history import History, Location
from .render import render_career, render_exam, render_problem, render_welcome

if TYPE_CHECKING:
    from .printing import PrintJob


class PageView(QWidget):
    """Shows one page at a time; emits what the window must do for links it cannot follow."""

    compare_requested = Signal(str)
    shortlist_toggled = Signal(str)  # "Save to My careers" on the career shown
    career_requested = Signal(str)
    category_requested = Signal(str)
    home_requested = Signal()
    quiz_requested = Signal()
    location_changed = Signal(object)  # Location | None

    def __init__(
        self,
        catalog: Catalog,
        welcome: tuple[str, str],
        parent: QWidget | None = None,
        *,
        opens_careers: bool = True,
        categories: Sequence[FacetCount] = (),
    ):
        """``opens_careers=False`` hands career links to the window (``career_requested``)."""
        super().__init__(parent)
        self._opens_careers = opens_careers
        self._categories = categories
        self._catalog = catalog
        self._welcome = welcome
        self._info: ContentInfo = catalog.info()
        self.history = History()
        self.failed: CatalogError | None = None  # why the page shown could not be read

        self.back_button = QPushButton()
        self.forward_button = QPushButton()
        self.title_label = ElidedLabel(name="pageTitle")
        self.in_compare: Callable[[str], bool] = lambda slug: False
        self.compare_button = QPushButton()
        self.compare_button.setObjectName("primary")
        self.star_button = QPushButton()
        self.star_button.setObjectName("star")
        self.is_saved: Callable[[str], bool] = lambda slug: False  # set by the window
        self.print_button = QPushButton()
        self.export_button = QPushButton()
        for button in (
            self.back_button,
            self.forward_button,
            self.compare_button,
            self.star_button,
            self.print_button,
            self.export_button,
        ):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.browser = PageBrowser()
        self.browser.setObjectName("page")
        self._set_texts()

        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.back_button)
        bar.addWidget(self.forward_button)
        bar.addWidget(self.title_label, 1)
        actions = QHBoxLayout()
        actions.setContentsMargins(0, 0, 0, 0)
        actions.addStretch(1)
        actions.addWidget(self.print_button)
        actions.addWidget(self.export_button)
        actions.addWidget(self.star_button)
        actions.addWidget(self.compare_button)
        # One row when there is room; on narrow windows the buttons go under the title.
        self._bars = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._bars.setContentsMargins(0, 0, 0, 0)
        self._bars.addLayout(bar, 1)
        self._bars.addLayout(actions)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(self._bars)
        layout.addWidget(self.browser, 1)

        self.browser.viewport().installEventFilter(self)
        self._connect_signals()
        self.show_welcome()

    def _connect_signals(self) -> None:
        # Shortcuts rather than button mnemonics: a button's shortcut clicks it 100 ms later.
        # Only the visible section's page view reacts (Qt ignores shortcuts of hidden widgets).
        QShortcut(QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_Left), self, self.go_back)
        QShortcut(QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_Right), self, self.go_forward)
        self.back_button.clicked.connect(self.go_back)
        self.forward_button.clicked.connect(self.go_forward)
        self.compare_button.clicked.connect(self._on_compare)
        self.star_button.clicked.connect(self._on_star)
        # On the page only: in the career list, Ctrl+D saves the row the student is on.
        star_key = QShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_D), self, self._on_star)
        star_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.print_button.clicked.connect(self.print_page)
        self.export_button.clicked.connect(self.export_page)
        self.browser.link_activated.connect(self._on_link)
        self.browser.back_requested.connect(self.go_back)
        self.browser.forward_requested.connect(self.go_forward)

    def _set_texts(self) -> None:
        self.back_button.setText(self.tr("‹ Back"))
        self.back_button.setToolTip(self.tr("Back (Alt+Left)"))
        self.back_button.setAccessibleName(self.tr("Back"))
        self.forward_button.setText(self.tr("Forward ›"))
        self.forward_button.setToolTip(self.tr("Forward (Alt+Right)"))
        self.forward_button.setAccessibleName(self.tr("Forward"))
        self.star_button.setToolTip(self.tr("Save to My careers (Ctrl+D)"))
        self.print_button.setText(self.tr("Print…"))
        self.print_button.setToolTip(self.tr("Print this career page, with a preview (Ctrl+P)"))
        self.export_button.setText(self.tr("Export PDF…"))
        self.export_button.setToolTip(self.tr("Save this career page as a PDF (A4)"))
        self.browser.setAccessibleName(self.tr("Page"))
        self.browser.setAccessibleDescription(
            self.tr("The chosen career or exam; Tab moves between its links")
        )

    def set_welcome(
        self, welcome: tuple[str, str], categories: Sequence[FacetCount] | None = None
    ) -> None:
        """The start page's heading and hint (and categories), drawn at the next refresh."""
        self._welcome = welcome
        if categories is not None:
            self._categories = categories

    def changeEvent(self, event: QEvent) -> None:
        i18n.on_language_change(event, self.retranslate)
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Buttons in the interface language, and the page again, in the content's language
        (the parent view has given the new start page texts already: parents hear first)."""
        self._set_texts()
        self._info = self._catalog.info()
        self.refresh_page()

    def show_welcome(self) -> None:
        self.history.clear()
        heading, hint = self._welcome
        self.browser.show_html(render_welcome(self._info, heading, hint, self._categories))
        self._update_bar()

    _narrow = False

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        buttons = (self.print_button, self.export_button, self.star_button, self.compare_button)
        needed = sum(b.sizeHint().width() + 8 for b in buttons)
        narrow = needed > event.size().width()
        if narrow != self._narrow:
            self._narrow = narrow
            self._update_bar()

    def set_compact(self, compact: bool) -> None:
        """Narrow windows: the Print, Export PDF and Compare buttons go under the title."""
        direction = (
            QBoxLayout.Direction.TopToBottom if compact else QBoxLayout.Direction.LeftToRight
        )
        if self._bars.direction() != direction:
            self._bars.setDirection(direction)

    def refresh_page(self) -> None:
        """Draw the page again (after the colours, the text size or the language changed),
        scroll kept."""
        scroll = self.browser.verticalScrollBar().value()
        current = self.history.current
        if current is None:
            heading, hint = self._welcome
            self.browser.show_html(render_welcome(self._info, heading, hint, self._categories))
            self._update_bar()
        else:
            self._open(current, record=False)
        self.browser.verticalScrollBar().setValue(scroll)

    def open_career(self, slug: str) -> bool:
        return self._open(Location("career", slug), record=True)

    def open_exam(self, slug: str) -> bool:
        return self._open(Location("exam", slug), record=True)

    @Slot()
    def go_back(self) -> None:
        location = self.history.back()
        if location is not None:
            self._open(location, record=False)

    @Slot()
    def go_forward(self) -> None:
        location = self.history.forward()
        if location is not None:
            self._open(location, record=False)

    def _open(self, location: Location, *, record: bool) -> bool:
        """Show ``location``; a page that cannot be read shows why, never the previous page."""
        try:
            if location.kind == "career":
                career = self._catalog.career(location.slug)
                if career is None:
                    return False
                html, title = render_career(career, self._catalog.glossary()), career.title
            else:
                exam = self._catalog.exam(location.slug)
                if exam is None:
                    return False
                html, title = render_exam(exam, self._catalog.glossary()), exam.short_name
        except CatalogError as error:
            title = self.tr("This page cannot be shown")
            html = render_problem(title, i18n.catalog_message(error), error.details())
            self.failed = error
        else:
            self.failed = None
        if record:
            self.history.visit(location)
        self.browser.show_html(html)
        self.title_label.setText(title)
        self._update_bar()
        self.location_changed.emit(location)
        return True

    def _update_bar(self) -> None:
        current = self.history.current
        self.back_button.setEnabled(self.history.can_go_back)
        self.forward_button.setEnabled(self.history.can_go_forward)
        on_career = current is not None and current.kind == "career" and self.failed is None
        self.compare_button.setVisible(on_career)
        self.star_button.setVisible(on_career)
        # Very narrow windows (a laptop at 200 %) keep Print and Export PDF in the File menu only.
        self.print_button.setVisible(on_career and not self._narrow)
        self.export_button.setVisible(on_career and self.files_allowed and not self._narrow)
        if current is None:
            self.title_label.setText("")
        self.show_compare_state()
        self.update_star()

    def show_compare_state(self) -> None:
        """The "+ Add to compare" button becomes "✓ In Compare" once the career is there."""
        current = self.history.current
        added = current is not None and current.kind == "career" and self.in_compare(current.slug)
        button = self.compare_button
        button.setText(self.tr("✓ In Compare") if added else self.tr("+ Add to compare"))
        self.compare_button.setToolTip(
            self.tr("This career is in the Compare tab")
            if added
            else self.tr("Put this career in the Compare tab")
        )
        name = "compareAdded" if added else "primary"
        if self.compare_button.objectName() != name:
            self.compare_button.setObjectName(name)
            self.compare_button.style().unpolish(self.compare_button)
            self.compare_button.style().polish(self.compare_button)

    files_allowed = True  # Event mode hides "PDF…" (no file dialogs)

    def update_star(self) -> None:
        current = self.history.current
        saved = current is not None and current.kind == "career" and self.is_saved(current.slug)
        self.star_button.setText(self.tr("★ Saved") if saved else self.tr("☆ Save"))
        self.star_button.setAccessibleName(
            self.tr("Remove from My careers") if saved else self.tr("Save to My careers")
        )

    @Slot()
    def _on_star(self) -> None:
        current = self.history.current
        if current is not None and current.kind == "career" and self.failed is None:
            self.shortlist_toggled.emit(current.slug)
            self.update_star()

    def reset(self) -> None:
        """Forget the pages opened, Back/Forward history and scroll position."""
        self.show_welcome()
        self.browser.verticalScrollBar().setValue(0)

    def print_job(self) -> PrintJob | None:
        """The current career page as a print job, or None on other pages."""
        current = self.history.current
        if current is None or current.kind != "career" or self.failed is not None:
            return None
        try:
            career = self._catalog.career(current.slug)
        except CatalogError:
            return None
        if career is None:
            return None
        from .printing import career_job  # printing loads on first use: a faster start

        return career_job(career, self._info, self._catalog.glossary())

    @Slot()
    def print_page(self) -> None:
        job = self.print_job()
        if job is not None:
            from .print_actions import print_with_dialog

            print_with_dialog(self, job)

    @Slot()
    def export_page(self) -> None:
        job = self.print_job()
        if job is not None:
            from .print_actions import export_with_dialog

            export_with_dialog(self, job)

    @Slot()
    def _on_compare(self) -> None:
        current = self.history.current
        if current is not None and current.kind == "career":
            self.compare_requested.emit(current.slug)

    @Slot(object)
    def _on_link(self, link: links.Link) -> None:
        if link.kind == "career" and self._opens_careers:
            self.open_career(link.slug)
        elif link.kind == "career":
            self.career_requested.emit(link.slug)
        elif link.kind == "exam":
            self.open_exam(link.slug)
        elif link.kind == "category":
            self.category_requested.emit(link.slug)
        elif link.kind == "home":
            self.home_requested.emit()
            if not self._opens_careers:
                self.show_welcome()
        elif link.kind == "quiz":
            self.quiz_requested.emit()
        elif link.kind == "compare-add":
            self.compare_requested.emit(link.slug)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The mouse's back and forward buttons move through history, as in a web browser."""
        if event.type() == QEvent.Type.MouseButtonPress:
            button = event.button()  # type: ignore[attr-defined]
            if button == Qt.MouseButton.BackButton:
                self.go_back()
                return True
            if button == Qt.MouseButton.ForwardButton:
                self.go_forward()
                return True
        return super().eventFilter(watched, event)
