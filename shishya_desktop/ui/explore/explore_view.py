"""Explore: search and filter every career, and read the chosen one's page beside the list."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QPoint, QSize, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...catalog import Catalog, CatalogError, vocab
from ...catalog.filters import (
    FRESHER_PAY_RANGES,
    SUBJECT_CHOICES,
    CareerFilter,
    SortOrder,
    select_careers,
)
from ...catalog.records import CareerSummary
from ..common import i18n, plain, vocab_text
from ..common.announce import Announcer
from ..common.elided import ElidedComboBox
from ..common.page_view import PageView
from ..common.panes import two_panes
from .delegate import card_list
from .models import CareerListModel
from .search_notice import SearchNotice, link_button, plain_label

if TYPE_CHECKING:  # the search engine loads on the first search, not at start-up
    from ...catalog.engine import Results


SORT_ORDERS = (
    SortOrder.RELEVANCE,
    SortOrder.TITLE,
    SortOrder.FRESHER_PAY,
    SortOrder.SENIOR_PAY,
    SortOrder.DEMAND,
)


class SearchBox(QLineEdit):
    """The search field; Down moves into the list, Enter opens the first result."""

    move_down = Signal()
    open_first = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down:
            self.move_down.emit()
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.open_first.emit()
        elif event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
        else:
            super().keyPressEvent(event)


class ExploreView(QWidget):
    """The career list with its search and filters on the left, the page on the right."""

    compare_requested = Signal(str)
    shortlist_toggled = Signal(str)
    results_changed = Signal(int)

    def __init__(self, catalog: Catalog, parent: QWidget | None = None):
        super().__init__(parent)
        self._catalog = catalog
        self._all: tuple[CareerSummary, ...] = catalog.career_summaries()
        self._by_slug = {career.slug: career for career in self._all}
        self._facets = catalog.facets()
        self.last_update_ms = 0.0

        self.search = SearchBox()
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)

        # The choices' texts are set by _set_texts (again at every language change).
        self.category = self._combo()
        for facet in self._facets.categories:
            self.category.addItem("", facet.code)
        self.stream = self._combo()
        for code in vocab.STREAMS:
            if code != "any":
                self.stream.addItem("", code)
        self.education = self._combo()
        for code in vocab.MIN_EDUCATION:
            self.education.addItem("", code)
        self.pay = self._combo()
        for position in range(len(FRESHER_PAY_RANGES)):
            self.pay.addItem("", position)
        self.sector = self._combo()
        for code in vocab.SECTORS:
            self.sector.addItem("", code)
        self.subject = self._combo()
        for code, _label in SUBJECT_CHOICES:
            self.subject.addItem("", code)
        self.low_cost = QCheckBox()
        self.demand = self._combo()
        for code in list(vocab.DEMAND)[:3]:
            self.demand.addItem("", code)
        self.sort = ElidedComboBox()
        self.sort.setMinimumContentsLength(6)
        self.sort.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        for order in SORT_ORDERS:
            self.sort.addItem("", order)

        self.count_label = plain.label(name="count")
        self.announcer = Announcer(self.count_label)
        self.clear_button = QPushButton()
        self.clear_button.setObjectName("link")

        self.model = CareerListModel(self)
        self.list_view = card_list(self.model, "", 240)
        self.list_view.setObjectName("careerList")
        self.list_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

        self.notice = SearchNotice()
        self._exact_text: str | None = None  # searched as typed, without corrections
        self._needs_off_text: str | None = None  # searched without reading needs
        self.last_results: Results | None = None

        self.empty_label = plain.label(name="empty", wrap=True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_exams = QWidget()
        self.empty_exams_layout = QVBoxLayout(self.empty_exams)
        self.empty_exams_layout.setContentsMargins(0, 0, 0, 0)
        self.empty_clear = QPushButton()
        self.empty_clear.setObjectName("primary")
        empty = QWidget()
        empty_layout = QVBoxLayout(empty)
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.empty_label)
        empty_layout.addWidget(self.empty_exams, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addWidget(self.empty_clear, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addStretch(2)
        self.results = QStackedWidget()
        self.results.addWidget(self.list_view)
        self.results.addWidget(empty)

        self.page = PageView(catalog, self._welcome(), categories=self._facets.categories)

        # Low windows (a laptop at 200 %) fold the filters behind one button, for the list's room.
        self.filter_box = QWidget()
        filters = QGridLayout(self.filter_box)
        filters.setContentsMargins(0, 0, 0, 0)
        filters.setHorizontalSpacing(6)
        filters.setVerticalSpacing(6)
        for position, widget in enumerate((*self._filter_combos(), self.sort)):
            filters.addWidget(widget, position // 2, position % 2)
        self.filters_button = QPushButton()
        self.filters_button.setCheckable(True)
        self.filters_button.setVisible(False)
        self.filters_button.toggled.connect(self._show_folded_filters)
        self._folded = False
        count_row = QHBoxLayout()
        count_row.addWidget(self.filters_button)
        count_row.addWidget(self.count_label, 1)
        count_row.addWidget(self.low_cost)
        count_row.addWidget(self.clear_button)
        sidebar = QVBoxLayout()
        sidebar.setSpacing(8)
        sidebar.addWidget(self.search)
        sidebar.addWidget(self.filter_box)
        sidebar.addLayout(count_row)
        sidebar.addWidget(self.notice)
        sidebar.addWidget(self.results, 1)
        self.splitter = two_panes(self, sidebar, self.page, 380)

        self._set_texts()
        self._connect_signals()
        self.refresh()

    def _welcome(self) -> tuple[str, str]:
        return (
            self.tr("Find a career"),
            self.tr(
                "Type a few letters of any career name, or use the filters. "
                "Click a career to read its page."
            ),
        )

    @staticmethod
    def _combo() -> QComboBox:
        """A filter; its first choice is "any" (its texts come from ``_set_texts``)."""
        combo = ElidedComboBox()
        combo.addItem("", None)
        combo.setMinimumContentsLength(6)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        return combo

    def _name_combo(self, combo: QComboBox, any_label: str, name: str) -> None:
        """A filter, named for assistive technology by what it filters, not by its choice."""
        combo.setItemText(0, any_label)
        combo.setAccessibleName(self.tr("%1 filter").replace("%1", name))
        combo.setToolTip(name)

    def _set_texts(self) -> None:
        """Every fixed text of the view, in the interface language (the content's texts, the
        counts and the search notice come with ``refresh``)."""
        self.search.setPlaceholderText(self.tr("Search careers: doctor, CA, pilot, coder…"))
        self.search.setAccessibleName(self.tr("Search careers"))
        self._name_combo(self.category, self.tr("All categories"), self.tr("Category"))
        for row, facet in enumerate(self._facets.categories, 1):
            self.category.setItemText(row, facet.label)
        self._name_combo(self.stream, self.tr("Any stream"), self.tr("Stream after 10th"))
        for row in range(1, self.stream.count()):
            label = vocab_text.stream(self.stream.itemData(row))
            self.stream.setItemText(row, self.tr("Stream: %1").replace("%1", label))
        self._name_combo(self.education, self.tr("Any education"), self.tr("Education needed"))
        for row in range(1, self.education.count()):
            label = vocab_text.education(self.education.itemData(row))
            self.education.setItemText(row, self.tr("Start after: %1").replace("%1", label))
        self._name_combo(self.pay, self.tr("Any fresher pay"), self.tr("Fresher pay"))
        for row, (low, high) in enumerate(FRESHER_PAY_RANGES, 1):
            text = (
                self.tr("Fresher pay ₹%1+ LPA").replace("%1", f"{low:g}")
                if high >= 1000
                else self.tr("Fresher pay ₹%1–%2 LPA")
                .replace("%1", f"{low:g}")
                .replace("%2", f"{high:g}")
            )
            self.pay.setItemText(row, text)
        self._name_combo(self.sector, self.tr("Any sector"), self.tr("Sector"))
        for row in range(1, self.sector.count()):
            label = vocab_text.sector(self.sector.itemData(row))
            self.sector.setItemText(row, self.tr("Sector: %1").replace("%1", label))
        self._name_combo(
            self.subject, self.tr("Any subjects in 11–12"), self.tr("Subjects in class 11–12")
        )
        for row, (_code, label) in enumerate(SUBJECT_CHOICES, 1):
            self.subject.setItemText(row, vocab_text.label(label))
        self.low_cost.setText(self.tr("Low-cost route"))
        self.low_cost.setToolTip(self.tr("Only careers with a low-cost way in"))
        self.low_cost.setAccessibleDescription(self.tr("Only careers with a low-cost way in"))
        self._name_combo(self.demand, self.tr("Any demand"), self.tr("Demand"))
        for row in range(1, self.demand.count()):
            label = vocab_text.demand(self.demand.itemData(row)).lower()
            self.demand.setItemText(row, self.tr("Demand: %1 or better").replace("%1", label))
        self.sort.setAccessibleName(self.tr("Sort careers"))
        for row, label in enumerate(
            (
                self.tr("Sort: best match"),
                self.tr("Sort: A–Z"),
                self.tr("Sort: fresher pay"),
                self.tr("Sort: senior pay"),
                self.tr("Sort: demand"),
            )
        ):
            self.sort.setItemText(row, label)
        self.clear_button.setText(self.tr("Clear filters"))
        self.clear_button.setAccessibleDescription(self.tr("Sets every filter back to “any”"))
        self.list_view.setAccessibleName(self.tr("Careers"))
        self.list_view.setToolTip(
            self.tr(
                "Enter opens a career; Ctrl+Enter or right-click adds it to Compare; "
                "Ctrl+D saves it to My careers"
            )
        )
        self.empty_clear.setText(self.tr("Clear filters"))
        self.empty_clear.setAccessibleDescription(self.tr("Clears the search box and every filter"))
        self.page.set_welcome(self._welcome(), self._facets.categories)

    def changeEvent(self, event: QEvent) -> None:
        i18n.on_language_change(event, self.retranslate)
        super().changeEvent(event)

    def retranslate(self) -> None:
        """The catalogue now speaks the new language: its lists again, every text, the list.

        The search, filters, sort and the page shown stay as they were.
        """
        self._all = self._catalog.career_summaries()
        self._by_slug = {career.slug: career for career in self._all}
        self._facets = self._catalog.facets()
        self._set_texts()
        self.refresh()

    def _connect_signals(self) -> None:
        self.search.textChanged.connect(self.refresh)
        self.search.move_down.connect(self._focus_list)
        self.search.open_first.connect(self._open_current_or_first)
        for combo in self._filter_combos():
            combo.currentIndexChanged.connect(self.refresh)
        self.sort.currentIndexChanged.connect(self.refresh)
        self.low_cost.toggled.connect(self.refresh)
        self.notice.search_requested.connect(self.search_for)
        self.notice.exact_requested.connect(self.search_exactly)
        self.notice.needs_undone.connect(self.undo_needs)
        self.notice.exam_requested.connect(self.page.open_exam)
        self.clear_button.clicked.connect(self.clear_filters)
        self.empty_clear.clicked.connect(self.clear_all)
        self.list_view.activated.connect(self._open_index)
        self.list_view.clicked.connect(self._open_index)
        self.list_view.customContextMenuRequested.connect(self._list_menu)
        compare_key = QShortcut(QKeySequence("Ctrl+Return"), self.list_view)
        compare_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        compare_key.activated.connect(self._compare_current)
        star_key = QShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_D), self.list_view)
        star_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        star_key.activated.connect(self._star_current)
        self.page.shortlist_toggled.connect(self.shortlist_toggled)
        self.page.compare_requested.connect(self.compare_requested)
        self.page.category_requested.connect(self.show_category)
        self.page.home_requested.connect(self.clear_all)
        self.page.location_changed.connect(self._select_current)

    def _filter_combos(self) -> tuple[QComboBox, ...]:
        return (
            self.category,
            self.stream,
            self.education,
            self.pay,
            self.sector,
            self.subject,
            self.demand,
        )

    def current_filter(self) -> CareerFilter:
        return CareerFilter(
            category=self.category.currentData(),
            stream=self.stream.currentData(),
            max_education=self.education.currentData(),
            fresher_pay=None
            if self.pay.currentIndex() <= 0
            else FRESHER_PAY_RANGES[self.pay.currentData()],
            min_demand=self.demand.currentData(),
            sector=self.sector.currentData(),
            subject=self.subject.currentData(),
            low_cost=self.low_cost.isChecked(),
        )

    def fold_filters(self, fold: bool) -> None:
        """Low windows: the filters hide behind a "Filters" button (open while it is pressed)."""
        self._folded = fold
        self.filters_button.setVisible(fold)
        self._show_folded_filters(self.filters_button.isChecked())

    @Slot(bool)
    def _show_folded_filters(self, shown: bool) -> None:
        self.filter_box.setVisible(not self._folded or shown)
        self._label_filters_button()

    def _label_filters_button(self) -> None:
        chosen = sum(combo.currentIndex() > 0 for combo in self._filter_combos())
        text = self.tr("Filters (%1)").replace("%1", str(chosen)) if chosen else self.tr("Filters")
        arrow = " ▴" if self.filters_button.isChecked() else " ▾"
        self.filters_button.setText(text + arrow)
        self.filters_button.setAccessibleName(self.tr("Show or hide the filters"))

    @Slot()
    def refresh(self) -> None:
        """Recompute the list for the current search text, filters and sort order."""
        self._label_filters_button()
        started = time.perf_counter()
        text = self.search.text()
        # "search for exactly this" and "undo the need" hold while the text stays the same.
        if text != self._exact_text:
            self._exact_text = None
        if text != self._needs_off_text:
            self._needs_off_text = None
        found = None
        try:
            if text.strip():
                found = self._catalog.search_careers(
                    text, use_needs=text != self._needs_off_text, correct=text != self._exact_text
                )
        except CatalogError as error:
            self.last_results = None
            self.notice.clear()
            self._show_failure(error)
            return
        self.last_results = found
        ranked = found.slugs if found is not None else None
        chosen = self.current_filter()
        selection = select_careers(
            self._all, ranked, chosen, self.sort.currentData(), self._by_slug
        )
        self.model.set_careers(selection.careers)
        self._update_category_counts(selection.category_counts)
        shown = len(selection.careers)
        self.count_label.setText(self.tr("%n careers", "", shown))
        self.clear_button.setVisible(not chosen.is_empty)
        self.announcer.announce(self.count_label.text())
        if found is None:
            self.notice.clear()
        else:
            self.notice.show_results(found, self._catalog.exam_summaries(found.exams))
        if shown:
            if self.results.currentIndex() != 0:  # switching pages costs, even to the same
                self.results.setCurrentIndex(0)
        else:
            self.empty_label.setText(self._empty_message(text, chosen))
            self._show_nearest(found)
            self.results.setCurrentIndex(1)
        self.last_update_ms = (time.perf_counter() - started) * 1000
        self.results_changed.emit(shown)

    def _show_failure(self, error: CatalogError) -> None:
        """The search could not run: say so where the list was, never keep the old list."""
        self.model.set_careers(())
        self.count_label.setText(self.tr("Search failed"))
        self.empty_label.setText(
            self.tr("The search could not run.")
            + "\n"
            + i18n.catalog_message(error)
            + "\n\n"
            + error.details()
        )
        self.results.setCurrentIndex(1)
        self.results_changed.emit(0)

    def _empty_message(self, text: str, chosen: CareerFilter) -> str:
        if text.strip() and chosen.is_empty:
            return self.tr(
                "No career matches “%1”.\n\nTry a career's name (doctor, electrician, CA), "
                "an exam (NEET, CLAT), or what you like or need: coding, drawing, animals, "
                "government job, no maths, after 10th."
            ).replace("%1", self._typed(text))
        return self.tr("No career matches these choices.\nClear some filters to see more.")

    def _typed(self, text: str) -> str:
        """What the student typed, shortened to fit (never cut inside a letter's marks)."""
        metrics = self.empty_label.fontMetrics()
        return metrics.elidedText(
            " ".join(text.split()), Qt.TextElideMode.ElideRight, metrics.averageCharWidth() * 40
        )

    def _show_nearest(self, found: Results | None) -> None:
        """Careers and exams the words come near, as links, under the empty message."""
        while self.empty_exams_layout.count():
            item = self.empty_exams_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().hide()
                item.widget().deleteLater()
        if found is None:
            return
        careers = self._catalog.summaries(found.nearest)
        if careers:
            self.empty_exams_layout.addWidget(plain_label(self.tr("Nearest careers:")))
        for career in careers:
            button = link_button(career.title, career.tagline)
            button.setProperty("career", career.slug)
            button.clicked.connect(self._open_career_button)
            self.empty_exams_layout.addWidget(button)
        exams = self._catalog.exam_summaries(found.nearest_exams)
        if exams:
            self.empty_exams_layout.addWidget(plain_label(self.tr("Nearest exams:")))
        for exam in exams:
            button = link_button(
                self.tr("%1 exam page →").replace("%1", exam.short_name), exam.full_name
            )
            button.setProperty("exam", exam.slug)
            button.clicked.connect(self._open_exam_button)
            self.empty_exams_layout.addWidget(button)

    @Slot()
    def _open_career_button(self) -> None:
        slug = self.sender().property("career") if self.sender() is not None else None
        if isinstance(slug, str):
            self.page.open_career(slug)

    @Slot()
    def _open_exam_button(self) -> None:
        slug = self.sender().property("exam") if self.sender() is not None else None
        if isinstance(slug, str):
            self.page.open_exam(slug)

    @Slot(str)
    def search_for(self, text: str) -> None:
        """Search ``text`` (the correction the notice offered)."""
        self.search.setText(text)

    @Slot(str)
    def search_exactly(self, text: str) -> None:
        """Search what the student typed, without correcting it."""
        self._exact_text = text
        if self.search.text() != text:
            self.search.setText(text)
        else:
            self.refresh()

    @Slot()
    def undo_needs(self) -> None:
        """Read the current words as words, not as the need they named."""
        self._needs_off_text = self.search.text()
        self.refresh()

    def _update_category_counts(self, counts: dict[str, int]) -> None:
        total = sum(counts.values())
        self.category.setItemText(0, self.tr("All categories (%1)").replace("%1", str(total)))
        for row, facet in enumerate(self._facets.categories, 1):
            self.category.setItemText(row, f"{facet.label} ({counts.get(facet.code, 0)})")

    @Slot()
    def clear_filters(self) -> None:
        for combo in self._filter_combos():
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.low_cost.blockSignals(True)
        self.low_cost.setChecked(False)
        self.low_cost.blockSignals(False)
        self.refresh()

    @Slot()
    def clear_all(self) -> None:
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.clear_filters()
        self.search.setFocus()

    @Slot(str)
    def show_category(self, slug: str) -> None:
        index = self.category.findData(slug)
        if index >= 0:
            self.category.setCurrentIndex(index)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    @Slot()
    def _focus_list(self) -> None:
        if self.model.rowCount():
            self.list_view.setFocus()
            if not self.list_view.currentIndex().isValid():
                self.list_view.setCurrentIndex(self.model.index(0, 0))

    @Slot()
    def _open_current_or_first(self) -> None:
        if self.model.rowCount():
            index = self.list_view.currentIndex()
            self._open_index(index if index.isValid() else self.model.index(0, 0))

    @Slot(QModelIndex)
    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.page.open_career(self.model.career_at(index.row()).slug)

    @Slot(QPoint)
    def _list_menu(self, position: QPoint) -> None:
        """Right-click on a career: open it, or add it to Compare without opening it."""
        index = self.list_view.indexAt(position)
        if not index.isValid():
            return
        slug = self.model.career_at(index.row()).slug
        menu = QMenu(self)
        open_action = menu.addAction(self.tr("Open"))
        compare_action = menu.addAction(self.tr("Add to compare"))
        star_action = menu.addAction(
            self.tr("Remove from My careers")
            if self.model.is_saved(slug)
            else self.tr("Save to My careers")
        )
        chosen = menu.exec(self.list_view.viewport().mapToGlobal(position))
        if chosen is open_action:
            self.page.open_career(slug)
        elif chosen is compare_action:
            self.compare_requested.emit(slug)
        elif chosen is star_action:
            self.shortlist_toggled.emit(slug)

    @Slot()
    def _star_current(self) -> None:
        index = self.list_view.currentIndex()
        if index.isValid():
            self.shortlist_toggled.emit(self.model.career_at(index.row()).slug)

    def reset(self) -> None:
        """Forget the student: search text, filters, sort, selection, page, history, scroll."""
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self._exact_text = None
        self._needs_off_text = None
        self.sort.blockSignals(True)
        self.sort.setCurrentIndex(0)
        self.sort.blockSignals(False)
        self.clear_filters()
        self.list_view.clearSelection()
        self.list_view.setCurrentIndex(self.model.index(-1, 0))
        self.list_view.verticalScrollBar().setValue(0)
        self.page.reset()

    @Slot()
    def _compare_current(self) -> None:
        index = self.list_view.currentIndex()
        if index.isValid():
            self.compare_requested.emit(self.model.career_at(index.row()).slug)

    @Slot(object)
    def _select_current(self, location: object) -> None:
        slug = getattr(location, "slug", "")
        row = self.model.row_of(slug) if getattr(location, "kind", "") == "career" else -1
        if row >= 0:
            self.list_view.setCurrentIndex(self.model.index(row, 0))

    def sizeHint(self) -> QSize:
        return QSize(1280, 760)
