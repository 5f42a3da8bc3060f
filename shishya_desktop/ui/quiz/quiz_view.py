"""The interest quiz "What do I enjoy?": a start page, one activity at a time, and the result.

The answers live only in this widget, for this session: nothing is written to disk, and
``reset()`` forgets them (issue 13's Lab and Event modes call it between students).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...catalog import Catalog, CatalogError, vocab
from ...catalog.records import CareerSummary, QuizItem
from ...guide import interests
from ...guide.interests import LETTERS, Profile, Suggestions
from ..common import i18n, plain, vocab_text
from ..common.print_actions import export_with_dialog, print_with_dialog
from .quiz_model import SLUG_ROLE, MatchListModel
from .quiz_print import result_job

START, QUESTION, RESULT = range(3)


def quiz_words(text: str) -> str:
    """A string of ``guide.interests`` (marked in the "Quiz" context), translated."""
    return QCoreApplication.translate("Quiz", text)


class QuizView(QWidget):
    career_requested = Signal(str)
    compare_requested = Signal(str)
    browse_requested = Signal()

    def __init__(self, catalog: Catalog, parent: QWidget | None = None):
        super().__init__(parent)
        self._catalog = catalog
        try:
            self._all_items: tuple[QuizItem, ...] = catalog.quiz_items()
            self._careers: tuple[CareerSummary, ...] = catalog.career_summaries()
            self._codes: dict[str, str] = catalog.interest_codes()
        except CatalogError:
            self._all_items, self._careers, self._codes = (), (), {}
        self._items: tuple[QuizItem, ...] = ()
        self._answers: dict[str, int] = {}
        self._position = 0
        self.profile: Profile | None = None
        self.found = Suggestions((), ())
        self.honesty = self.flat_text = ""
        self.stack = QStackedWidget()
        # Every page scrolls: low windows (a laptop at 200 %, large text) still reach all of it.
        self.stack.addWidget(_scrolled(self._start_page()))
        self.stack.addWidget(_scrolled(self._question_page()))
        self.stack.addWidget(self._result_page())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self._set_texts()

    def _set_texts(self) -> None:
        """Every fixed text of the three pages, in the interface language."""
        self.honesty = self.tr(
            "This shows what you enjoy, not what you are able to do. It is not a test: there "
            "are no right or wrong answers, and you cannot pass or fail. Interests change as you "
            "grow, so take it again later. Talk your result over with a teacher or a counsellor."
        )
        self.flat_text = self.tr(
            "Your answers are much the same for every kind of work, so a ranking of careers "
            "would not mean much. That is fine: many people are like this. Try browsing the "
            "categories in Explore careers, or talk to a teacher or counsellor about what you "
            "enjoy."
        )
        # The start page
        self.start_heading.setText(self.tr("What do I enjoy?"))
        self.intro.setText(
            self.tr(
                "You will see everyday activities, one at a time. For each, say how much you "
                "would like doing it. Then you see which kinds of work you enjoy most, and "
                "careers that are mostly that kind of work."
            )
        )
        for honesty in (self.start_honesty, self.result_honesty):
            honesty.setText(self.honesty)
        short_count = sum(i.short_form for i in self._all_items)
        self.short_button.setText(
            self.tr("Short quiz: %n activities, about 3 minutes", "", short_count)
        )
        self.full_button.setText(
            self.tr("Full quiz: %n activities, about 7 minutes", "", len(self._all_items))
        )
        self.unavailable.setText(
            "" if self._all_items else self.tr("The quiz is not available in this content.")
        )
        # The question page
        self.ask.setText(self.tr("How much would you like doing this?"))
        for value, text in enumerate(
            (
                self.tr("1  Strongly dislike"),
                self.tr("2  Dislike"),
                self.tr("3  Not sure / neither"),
                self.tr("4  Like"),
                self.tr("5  Strongly like"),
            ),
            1,
        ):
            self.choices.button(value).setText(text)
        self.keys.setText(
            self.tr("Keys: 1–5 answer and go on · arrows move · Enter next · Backspace back")
        )
        self.back_button.setText(self.tr("Back"))
        self.next_button.setText(self.tr("Next"))
        self.quit_button.setText(self.tr("Start again"))
        # The result page
        self.result_heading.setText(self.tr("What you enjoy"))
        for letter in LETTERS:
            name = quiz_words(interests.NAMES[letter])
            self.bar_names[letter].setText(f"{name} ({letter})")
            self.bars[letter].setAccessibleName(name)
        self.flat_label.setText(self.flat_text)
        self.level.setAccessibleName(self.tr("How far you plan to study"))
        self.level.setItemText(0, self.tr("Any level of study"))
        for row, code in enumerate(interests.REACH_LEVELS, 1):
            label = vocab_text.education(code)
            self.level.setItemText(row, self.tr("Up to: %1").replace("%1", label))
        self.stream.setAccessibleName(self.tr("Your stream"))
        self.stream.setItemText(0, self.tr("Any stream"))
        for row in range(1, self.stream.count()):
            self.stream.setItemText(row, vocab_text.stream(self.stream.itemData(row)))
        self.reach_label.setText(self.tr("Show careers I can reach:"))
        self.strong_title.setText(self.tr("Strong fit"))
        self.strong_list.setAccessibleName(self.tr("Strong fit"))
        self.also_title.setText(self.tr("Also worth a look"))
        self.also_list.setAccessibleName(self.tr("Also worth a look"))
        self.open_button.setText(self.tr("Open career"))
        self.compare_button.setText(self.tr("Add to compare"))
        self.print_button.setText(self.tr("Print…"))
        self.export_button.setText(self.tr("Export PDF…"))
        self.again_button.setText(self.tr("Take the quiz again"))
        self.browse_button.setText(self.tr("Browse categories"))

    def changeEvent(self, event: QEvent) -> None:
        i18n.on_language_change(event, self.retranslate)
        super().changeEvent(event)

    def retranslate(self) -> None:
        """The activities and careers in the catalogue's new language; the answers, the page
        and the place in the quiz stay (items are matched by their id)."""
        try:
            items = {item.id: item for item in self._catalog.quiz_items()}
            self._careers = self._catalog.career_summaries()
        except CatalogError:
            items = {}
        self._all_items = tuple(items.get(i.id, i) for i in self._all_items)
        self._items = tuple(items.get(i.id, i) for i in self._items)
        self._set_texts()
        page = self.stack.currentIndex()
        if page == QUESTION and self._items:
            self._show_question()
        elif page == RESULT and self.profile is not None:
            self._show_result()

    # -- pages --------------------------------------------------------------------------

    def _start_page(self) -> QWidget:
        page = QWidget()
        self.start_heading = heading = plain.label(name="heading")
        self.intro = intro = plain.label(wrap=True)
        self.start_honesty = honesty = plain.label(name="note", wrap=True)
        self.short_button = QPushButton()
        self.full_button = QPushButton()
        self.full_button.setObjectName("primary")
        for button in (self.short_button, self.full_button):
            button.setMinimumHeight(44)
            button.setEnabled(bool(self._all_items))
        self.short_button.clicked.connect(lambda: self.start(short=True))
        self.full_button.clicked.connect(lambda: self.start(short=False))
        self.unavailable = plain.label(name="empty")
        column = QVBoxLayout(page)
        column.setContentsMargins(32, 24, 32, 24)
        column.setSpacing(14)
        column.addWidget(heading)
        column.addWidget(intro)
        column.addWidget(honesty)
        column.addWidget(self.short_button)
        column.addWidget(self.full_button)
        column.addWidget(self.unavailable)
        column.addStretch(1)
        return page

    def _question_page(self) -> QWidget:
        page = QWidget()
        self.counter = plain.label(name="muted")
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(8)
        self.question = plain.label(name="heading", wrap=True)
        self.ask = ask = plain.label()
        self.choices = QButtonGroup(self)
        answers = QVBoxLayout()
        answers.setSpacing(6)
        for value in range(1, 6):
            button = QRadioButton()
            button.setObjectName("answer")
            button.setMinimumHeight(36)
            self.choices.addButton(button, value)
            button.installEventFilter(self)
            answers.addWidget(button)
        self.choices.idClicked.connect(self._on_choice)
        self.keys = keys = plain.label(name="muted", wrap=True)
        self.back_button = QPushButton()
        self.next_button = QPushButton()
        self.next_button.setObjectName("primary")
        self.quit_button = QPushButton()
        for button in (self.back_button, self.next_button, self.quit_button):
            button.setMinimumHeight(40)
        self.back_button.clicked.connect(self.go_back)
        self.next_button.clicked.connect(self.go_next)
        self.quit_button.clicked.connect(self.reset)
        row = QHBoxLayout()
        row.addWidget(self.quit_button)
        row.addStretch(1)
        row.addWidget(self.back_button)
        row.addWidget(self.next_button)
        column = QVBoxLayout(page)
        column.setContentsMargins(32, 24, 32, 24)
        column.setSpacing(12)
        column.addWidget(self.counter)
        column.addWidget(self.progress)
        column.addSpacing(8)
        column.addWidget(self.question)
        column.addWidget(ask)
        column.addLayout(answers)
        column.addWidget(keys)
        column.addStretch(1)
        column.addLayout(row)
        return page

    def _result_page(self) -> QWidget:
        inner = QWidget()
        inner.setObjectName("quizPage")
        self.result_heading = heading = plain.label(name="heading")
        self.result_honesty = honesty = plain.label(name="note", wrap=True)
        bars = QGridLayout()
        bars.setHorizontalSpacing(10)
        self.bars: dict[str, QProgressBar] = {}
        self.bar_values: dict[str, object] = {}
        self.bar_names: dict[str, QLabel] = {}
        for row, letter in enumerate(LETTERS):
            name = plain.label()
            self.bar_names[letter] = name
            bar = QProgressBar()
            bar.setRange(0, 100)
            bar.setTextVisible(False)
            bar.setMaximumHeight(16)
            value = plain.label()
            bars.addWidget(name, row, 0)
            bars.addWidget(bar, row, 1)
            bars.addWidget(value, row, 2)
            self.bars[letter] = bar
            self.bar_values[letter] = value
        bars.setColumnStretch(1, 1)
        self.code_label = plain.label(name="subheading", wrap=True)
        self.meanings = plain.label(wrap=True)
        self.flat_label = plain.label(name="note", wrap=True)
        self.level = QComboBox()
        self.level.addItem("", "")
        for code in interests.REACH_LEVELS:
            self.level.addItem("", code)
        self.stream = QComboBox()
        self.stream.addItem("", "")
        for code in vocab.STREAMS:
            if code != "any":
                self.stream.addItem("", code)
        self.level.currentIndexChanged.connect(self._refresh_matches)
        self.stream.currentIndexChanged.connect(self._refresh_matches)
        reach = QHBoxLayout()
        self.reach_label = plain.label()
        reach.addWidget(self.reach_label)
        reach.addWidget(self.level)
        reach.addWidget(self.stream)
        reach.addStretch(1)
        self.strong_title = plain.label(name="subheading")
        self.strong_model = MatchListModel(self)
        self.strong_list = self._match_list(self.strong_model, "")
        self.also_title = plain.label(name="subheading")
        self.also_model = MatchListModel(self)
        self.also_list = self._match_list(self.also_model, "")
        self.none_label = plain.label(name="empty", wrap=True)
        self.open_button = QPushButton()
        self.compare_button = QPushButton()
        # Issue 13 adds "Save to My careers" here, acting on self.current_slug().
        self.career_actions = QHBoxLayout()
        self.career_actions.addWidget(self.open_button)
        self.career_actions.addWidget(self.compare_button)
        self.career_actions.addStretch(1)
        self.open_button.clicked.connect(self._open_current)
        self.compare_button.clicked.connect(self._compare_current)
        self.print_button = QPushButton()
        self.export_button = QPushButton()
        self.again_button = QPushButton()
        self.print_button.clicked.connect(self.print_result)
        self.export_button.clicked.connect(self.export_result)
        self.again_button.clicked.connect(self.reset)
        self.browse_button = QPushButton()
        self.browse_button.clicked.connect(self.browse_requested)
        bottom = QHBoxLayout()
        bottom.addWidget(self.again_button)
        bottom.addWidget(self.browse_button)
        bottom.addStretch(1)
        bottom.addWidget(self.print_button)
        bottom.addWidget(self.export_button)

        column = QVBoxLayout(inner)
        column.setContentsMargins(32, 20, 32, 20)
        column.setSpacing(10)
        column.addWidget(heading)
        column.addWidget(honesty)
        column.addLayout(bars)
        column.addWidget(self.code_label)
        column.addWidget(self.meanings)
        column.addWidget(self.flat_label)
        column.addLayout(reach)
        column.addWidget(self.strong_title)
        column.addWidget(self.strong_list)
        column.addWidget(self.also_title)
        column.addWidget(self.also_list)
        column.addWidget(self.none_label)
        column.addLayout(self.career_actions)
        column.addLayout(bottom)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        return scroll

    def _match_list(self, model: MatchListModel, name: str) -> QListView:
        view = QListView()
        view.setModel(model)
        view.setAccessibleName(name)
        view.setWordWrap(True)
        view.setUniformItemSizes(False)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setSpacing(2)
        view.setMinimumHeight(160)
        view.activated.connect(self._open_index)
        return view

    # -- the quiz -------------------------------------------------------------------------

    @Slot()
    def reset(self) -> None:
        """Forget every answer and the result; back to the start page."""
        self._items = ()
        self._answers = {}
        self._position = 0
        self.profile = None
        self.found = Suggestions((), ())
        self.strong_model.set_matches(())
        self.also_model.set_matches(())
        self.level.setCurrentIndex(0)
        self.stream.setCurrentIndex(0)
        self.stack.setCurrentIndex(START)
        self.full_button.setFocus()

    def start(self, *, short: bool) -> None:
        self._items = interests.form_items(self._all_items, short)
        self._answers = {}
        self._position = 0
        self.profile = None
        self.stack.setCurrentIndex(QUESTION)
        self._show_question()

    @property
    def answers(self) -> dict[str, int]:
        return dict(self._answers)

    def answer(self, value: int) -> None:
        """Answer the current activity with 1–5 and go on to the next (or the result)."""
        if self.stack.currentIndex() != QUESTION or not 1 <= value <= 5:
            return
        self._answers[self._items[self._position].id] = value
        self.go_next()

    def _show_question(self) -> None:
        item = self._items[self._position]
        total = len(self._items)
        self.counter.setText(
            self.tr("Activity %1 of %2")
            .replace("%1", str(self._position + 1))
            .replace("%2", str(total))
        )
        self.progress.setRange(0, total)
        self.progress.setValue(self._position)
        self.question.setText(item.text)
        chosen = self._answers.get(item.id)
        self.choices.setExclusive(False)
        for button in self.choices.buttons():
            button.setChecked(False)
        self.choices.setExclusive(True)
        if chosen:
            self.choices.button(chosen).setChecked(True)
        focus = self.choices.button(chosen or 3)
        focus.setFocus()
        self.back_button.setEnabled(self._position > 0)
        self.next_button.setEnabled(chosen is not None)
        last = self._position == total - 1
        self.next_button.setText(self.tr("See my result") if last else self.tr("Next"))

    @Slot(int)
    def _on_choice(self, value: int) -> None:
        self._answers[self._items[self._position].id] = value
        self.next_button.setEnabled(True)

    @Slot()
    def go_next(self) -> None:
        if self.stack.currentIndex() != QUESTION:
            return
        if self._items[self._position].id not in self._answers:
            return
        if self._position + 1 < len(self._items):
            self._position += 1
            self._show_question()
        else:
            self._show_result()

    @Slot()
    def go_back(self) -> None:
        if self.stack.currentIndex() == QUESTION and self._position > 0:
            self._position -= 1
            self._show_question()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Up/Down (and Left/Right) on an answer choose the one above or below it."""
        if event.type() == QEvent.Type.KeyPress and watched in self.choices.buttons():
            step = {
                Qt.Key.Key_Up: -1,
                Qt.Key.Key_Left: -1,
                Qt.Key.Key_Down: 1,
                Qt.Key.Key_Right: 1,
            }.get(event.key())  # type: ignore[attr-defined]
            if step:
                current = self.choices.checkedId()
                if current == -1:
                    current = self.choices.id(watched)  # type: ignore[arg-type]
                chosen = min(5, max(1, current + step))
                button = self.choices.button(chosen)
                button.setChecked(True)
                button.setFocus()
                self._on_choice(chosen)
                return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.stack.currentIndex() == QUESTION:
            key = event.key()
            if Qt.Key.Key_1 <= key <= Qt.Key.Key_5:
                self.answer(key - Qt.Key.Key_0)
                return
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.go_next()
                return
            if key == Qt.Key.Key_Backspace:
                self.go_back()
                return
        super().keyPressEvent(event)

    # -- the result -----------------------------------------------------------------------

    def _show_result(self) -> None:
        profile = interests.score(self._items, self._answers)
        self.profile = profile
        for letter in LETTERS:
            self.bars[letter].setValue(profile.percent(letter))
            self.bar_values[letter].setText(f"{profile.percent(letter)}")  # type: ignore[attr-defined]
        flat = profile.flat
        self.code_label.setVisible(not flat)
        self.meanings.setVisible(not flat)
        self.flat_label.setVisible(flat)
        if not flat:
            self.code_label.setText(self.tr("Your code: %1").replace("%1", profile.code))
            self.meanings.setText(
                "\n".join(quiz_words(interests.MEANINGS[x]) for g in profile.code_groups for x in g)
            )
        self.stack.setCurrentIndex(RESULT)
        self._refresh_matches()
        self.again_button.setFocus()

    @Slot()
    def _refresh_matches(self) -> None:
        if self.profile is None:
            return
        self.found = interests.suggest(
            self.profile,
            self._careers,
            self._codes,
            self._items,
            self._answers,
            level=self.level.currentData() or "",
            stream=self.stream.currentData() or "",
            translate=quiz_words,
        )
        flat = self.profile.flat
        self.strong_model.set_matches(self.found.strong)
        self.also_model.set_matches(self.found.also)
        for widget, shown in (
            (self.strong_title, bool(self.found.strong)),
            (self.strong_list, bool(self.found.strong)),
            (self.also_title, bool(self.found.also)),
            (self.also_list, bool(self.found.also)),
        ):
            widget.setVisible(shown)
        nothing = not flat and not (self.found.strong or self.found.also)
        self.none_label.setVisible(nothing)
        self.none_label.setText(
            self.tr("No career in the list fits these choices well. Try another level or stream.")
            if nothing
            else ""
        )
        has = bool(self.found.strong or self.found.also)
        for widget in (self.open_button, self.compare_button):
            widget.setVisible(has)
        for widget in (self.level, self.stream, self.reach_label):
            widget.setVisible(not flat)

    def current_slug(self) -> str:
        """The career chosen in either list (the one with focus first), or ""."""
        for view in (self.strong_list, self.also_list):
            if view.hasFocus() and view.currentIndex().isValid():
                return view.currentIndex().data(SLUG_ROLE)
        for view in (self.strong_list, self.also_list):
            if view.currentIndex().isValid():
                return view.currentIndex().data(SLUG_ROLE)
        model = self.strong_model if self.found.strong else self.also_model
        first = model.match_at(0)
        return first.career.slug if first else ""

    @Slot(QModelIndex)
    def _open_index(self, index: QModelIndex) -> None:
        slug = index.data(SLUG_ROLE)
        if slug:
            self.career_requested.emit(slug)

    @Slot()
    def _open_current(self) -> None:
        if slug := self.current_slug():
            self.career_requested.emit(slug)

    @Slot()
    def _compare_current(self) -> None:
        if slug := self.current_slug():
            self.compare_requested.emit(slug)

    def print_job(self):
        if self.profile is None:
            return None
        return result_job(
            self.profile, self.found, self._catalog.info(), self.honesty, self.flat_text
        )

    @Slot()
    def print_result(self) -> None:
        if job := self.print_job():
            print_with_dialog(self, job)

    @Slot()
    def export_result(self) -> None:
        if job := self.print_job():
            export_with_dialog(self, job)


def _scrolled(page: QWidget) -> QScrollArea:
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(page)
    return scroll
