"""The search explains itself: corrections, applied needs, exam links, and helpful empty states."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from shishya_desktop.ui.explore.search_notice import button_text


def notice_texts(view) -> list[str]:  # type: ignore[no-untyped-def]
    return [
        widget.text()
        for row in view.notice.rows
        for widget in row.findChildren(QWidget)
        if isinstance(widget, (QLabel, QPushButton))
    ]


def button(view, text: str) -> QPushButton:  # type: ignore[no-untyped-def]
    for row in view.notice.rows:
        for found in row.findChildren(QPushButton):
            if found.text() == text:
                return found
    raise AssertionError(f"no button {text!r} in {notice_texts(view)}")


def first_slug(view) -> str:  # type: ignore[no-untyped-def]
    return view.model.career_at(0).slug


def test_misspelling_shows_the_correction_and_both_links_work(window, qtbot) -> None:
    """'docter' shows doctors and one line: Showing results for doctor — search for docter."""
    explore = window.explore
    qtbot.keyClicks(explore.search, "docter")
    assert first_slug(explore) == "doctor-mbbs"
    assert notice_texts(explore)[:5] == [
        "Showing results for",
        "doctor",
        "— search for",
        "docter",
        "instead",
    ]
    assert explore.notice.isVisibleTo(explore)
    qtbot.mouseClick(button(explore, "docter"), Qt.MouseButton.LeftButton)
    assert explore.last_results is not None and not explore.last_results.corrected
    assert explore.model.rowCount() == 0 or not explore.notice.rows
    explore.search.clear()
    qtbot.keyClicks(explore.search, "docter")
    qtbot.mouseClick(button(explore, "doctor"), Qt.MouseButton.LeftButton)
    assert explore.search.text() == "doctor" and not explore.notice.rows


def test_correct_spelling_shows_no_notice(window, qtbot) -> None:
    qtbot.keyClicks(window.explore.search, "pharmacist")
    assert not window.explore.notice.isVisibleTo(window.explore)


def test_need_filter_is_shown_and_can_be_undone(window, qtbot) -> None:
    """'no maths' applies a filter the student can see, and Undo searches the words instead."""
    explore = window.explore
    qtbot.keyClicks(explore.search, "no maths")
    texts = notice_texts(explore)
    assert any("No Maths needed" in text for text in texts), texts
    with_need = explore.model.rowCount()
    assert with_need > 20
    qtbot.mouseClick(button(explore, "Undo"), Qt.MouseButton.LeftButton)
    assert explore.last_results is not None and explore.last_results.needs == ()
    assert explore.model.rowCount() != with_need


def test_exam_name_puts_its_careers_first_and_links_the_exam(window, qtbot, catalog) -> None:
    """'neet': careers that need NEET first, and the NEET-UG page one click away."""
    explore = window.explore
    qtbot.keyClicks(explore.search, "neet")
    listed = {exam.slug for exam in catalog.exams_for_career(first_slug(explore))}
    assert "neet-ug" in listed
    qtbot.mouseClick(button(explore, "NEET-UG exam page →"), Qt.MouseButton.LeftButton)
    assert explore.page.history.current.kind == "exam"
    assert explore.page.history.current.slug == "neet-ug"


def test_nothing_at_all_gives_a_helpful_empty_state(window, qtbot) -> None:
    explore = window.explore
    qtbot.keyClicks(explore.search, "zzqxw")
    assert explore.model.rowCount() == 0 and explore.results.currentIndex() == 1
    assert "coding" in explore.empty_label.text() and "NEET" in explore.empty_label.text()


def test_empty_state_links_the_nearest_careers_and_exams(window) -> None:
    """When the engine offers nearest careers and exams, the empty state links them."""
    from shishya_desktop.catalog.engine import Results

    explore = window.explore
    explore._show_nearest(Results([], nearest=["hotel-manager"], nearest_exams=["nchm-jee"]))
    buttons = {b.text(): b for b in explore.empty_exams.findChildren(QPushButton)}
    assert "Hotel Manager" in buttons and "NCHM JEE exam page →" in buttons
    buttons["Hotel Manager"].click()
    assert explore.page.history.current.slug == "hotel-manager"


def test_student_text_is_never_rich_text(window, qtbot) -> None:
    """Typed HTML shows as the characters typed, and & is not a shortcut key."""
    explore = window.explore
    qtbot.keyClicks(explore.search, "<b>docter</b> & <img src=x>")
    labels = [w for row in explore.notice.rows for w in row.findChildren(QLabel)]
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in labels)
    assert explore.empty_label.textFormat() == Qt.TextFormat.PlainText
    assert button_text("R&D") == "R&&D"


def test_new_filters_sector_subject_and_low_cost(window) -> None:
    explore = window.explore
    total = explore.model.rowCount()
    explore.sector.setCurrentIndex(explore.sector.findData("government"))
    government = explore.model.rowCount()
    assert 0 < government < total
    assert all("government" in explore.model.career_at(r).sectors for r in range(government))
    explore.clear_filters()
    explore.subject.setCurrentIndex(explore.subject.findData("no-maths"))
    assert all(
        "maths" not in explore.model.career_at(r).subjects for r in range(explore.model.rowCount())
    )
    explore.low_cost.setChecked(True)
    assert all(explore.model.career_at(r).low_cost for r in range(explore.model.rowCount()))
    explore.clear_filters()
    assert explore.model.rowCount() == total and not explore.low_cost.isChecked()


def test_exams_search_corrects_and_has_a_useful_empty_state(window, qtbot) -> None:
    exams = window.exams
    qtbot.keyClicks(exams.search, "jee mains")
    assert exams.model.exam_at(0).slug in ("jee-main", "jee-advanced")
    exams.search.clear()
    qtbot.keyClicks(exams.search, "clatt")
    assert exams.model.exam_at(0).slug == "clat"
    assert "clat" in notice_texts(exams)
    exams.search.clear()
    qtbot.keyClicks(exams.search, "zzqxw")
    assert exams.model.rowCount() == 0 and exams.results.currentIndex() == 1
    assert "NEET" in exams.empty_label.text()
    exams.search.clear()
    qtbot.keyClicks(exams.search, "medical")
    assert "neet-ug" in [exams.model.exam_at(r).slug for r in range(8)]
