"""The quiz section: reached from the start page and a menu, answered by keyboard, its result."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from shishya_desktop.guide.interests import LETTERS
from shishya_desktop.ui.main_window import QUIZ
from shishya_desktop.ui.quiz.quiz_model import SLUG_ROLE, MatchListModel
from shishya_desktop.ui.quiz.quiz_view import QUESTION, RESULT, START


def answer_all(quiz, qtbot, per_type: dict[str, int]) -> None:  # type: ignore[no-untyped-def]
    while quiz.stack.currentIndex() == QUESTION:
        item = quiz._items[quiz._position]
        qtbot.keyClick(quiz.focusWidget() or quiz, Qt.Key(Qt.Key.Key_0 + per_type[item.type]))


def test_not_built_at_start_and_reached_by_menu_shortcut(window, qtbot) -> None:
    assert window._quiz is None
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert window.sections.currentIndex() == QUIZ
    assert window._quiz is not None and window.sections.widget(QUIZ) is window.quiz
    assert window.quiz_action.text().startswith("&What do I enjoy?")


def test_reached_from_the_explore_start_page(window, qtbot) -> None:
    from PySide6.QtCore import QUrl

    from shishya_desktop.ui.common import links

    assert links.href("quiz") in window.explore.page.browser.toHtml()
    window.explore.page.browser.anchorClicked.emit(QUrl(links.href("quiz")))
    assert window.sections.currentIndex() == QUIZ


def test_short_quiz_by_keyboard_only(window, qtbot) -> None:
    window.show_quiz()
    quiz = window.quiz
    assert quiz.stack.currentIndex() == START
    assert "not what you are able to do" in quiz.honesty
    quiz.short_button.setFocus()
    qtbot.keyClick(quiz.short_button, Qt.Key.Key_Space)
    assert quiz.stack.currentIndex() == QUESTION
    assert quiz.counter.text() == "Activity 1 of 18"
    assert not quiz.next_button.isEnabled()
    # arrows move between the five answers, Enter goes on once one is chosen
    first = quiz._items[0].id
    qtbot.keyClick(quiz, Qt.Key.Key_4)
    assert quiz.answers[first] == 4 and quiz.counter.text() == "Activity 2 of 18"
    qtbot.keyClick(quiz, Qt.Key.Key_Backspace)
    assert quiz.counter.text() == "Activity 1 of 18" and quiz.choices.checkedId() == 4
    qtbot.keyClick(quiz, Qt.Key.Key_Return)
    assert quiz.counter.text() == "Activity 2 of 18"
    answer_all(quiz, qtbot, {"R": 5, "I": 4, "A": 1, "S": 1, "E": 1, "C": 2})
    assert quiz.stack.currentIndex() == RESULT
    assert quiz._items[0].type == "R"  # answered 4, the other two R items 5: mean 14/3
    assert quiz.bars["R"].value() == 92 and quiz.bars["A"].value() == 0
    assert quiz.code_label.text() == "Your code: RIC"
    assert quiz.strong_model.rowCount() > 0
    slug = quiz.strong_model.index(0, 0).data(SLUG_ROLE)
    with qtbot.waitSignal(quiz.career_requested) as opened:
        quiz.open_button.click()
    assert opened.args == [slug]
    assert window.sections.currentIndex() == 0  # Explore shows the career


def test_full_quiz_flat_result_and_reset(window, qtbot) -> None:
    window.show_quiz()
    quiz = window.quiz
    quiz.start(short=False)
    assert quiz.counter.text() == "Activity 1 of 48"
    answer_all(quiz, qtbot, dict.fromkeys(LETTERS, 5))
    assert quiz.stack.currentIndex() == RESULT
    assert quiz.flat_label.isVisibleTo(quiz) and not quiz.code_label.isVisibleTo(quiz)
    assert quiz.strong_model.rowCount() == 0 and quiz.also_model.rowCount() == 0
    assert not quiz.level.isVisibleTo(quiz)
    quiz.browse_button.click()
    assert window.sections.currentIndex() == 0
    quiz.reset()
    assert quiz.stack.currentIndex() == START and quiz.answers == {} and quiz.profile is None


def test_compare_and_reach_filter(window, qtbot) -> None:
    window.show_quiz()
    quiz = window.quiz
    quiz.start(short=True)
    answer_all(quiz, qtbot, {"R": 1, "I": 1, "A": 1, "S": 5, "E": 3, "C": 1})
    quiz.level.setCurrentIndex(quiz.level.findData("class-10"))
    shown = [quiz.strong_model.match_at(r) for r in range(quiz.strong_model.rowCount())]
    assert all(m.career.min_education in ("none", "class-10") for m in shown)
    quiz.compare_button.click()
    assert len(window.compare_selection.slugs) == 1


def test_result_exports_one_page_pdf(window, qtbot, tmp_path: Path) -> None:
    from shishya_desktop.ui.common.printing import export_pdf

    window.show_quiz()
    quiz = window.quiz
    quiz.start(short=True)
    answer_all(quiz, qtbot, {"R": 5, "I": 4, "A": 1, "S": 1, "E": 1, "C": 2})
    out = tmp_path / "result.pdf"
    assert export_pdf(quiz.print_job(), out) == 1
    assert out.read_bytes().startswith(b"%PDF")


def test_match_model(qtmodeltester, catalog) -> None:
    from shishya_desktop.guide import interests

    items = catalog.quiz_items()
    answers = {i.id: 5 if i.type == "A" else 1 for i in items}
    found = interests.suggest(
        interests.score(items, answers),
        catalog.career_summaries(),
        catalog.interest_codes(),
        items,
        answers,
    )
    model = MatchListModel()
    model.set_matches(found.strong)
    qtmodeltester.check(model)
    assert model.rowCount() == len(found.strong) > 0


def test_arrow_keys_move_between_answers(window, qtbot) -> None:
    window.show_quiz()
    quiz = window.quiz
    quiz.start(short=True)
    middle = quiz.choices.button(3)
    assert quiz.focusWidget() is middle  # the neutral answer has the focus at each activity
    middle.setFocus()
    qtbot.keyClick(middle, Qt.Key.Key_Down)
    assert quiz.choices.checkedId() == 4
    assert quiz.next_button.isEnabled()
    qtbot.keyClick(quiz.choices.button(4), Qt.Key.Key_Up)
    assert quiz.choices.checkedId() == 3
    first = quiz._items[0].id
    qtbot.keyClick(quiz.choices.button(3), Qt.Key.Key_Return)
    assert quiz.answers[first] == 3 and quiz.counter.text() == "Activity 2 of 18"
