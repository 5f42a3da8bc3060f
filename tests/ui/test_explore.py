"""Explore: searching, filtering, sorting, opening pages, following links and going back."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, Qt, QUrl
from PySide6.QtGui import QMouseEvent

from shishya_desktop.catalog.filters import SortOrder
from shishya_desktop.ui.common.history import Location


def titles(window) -> list[str]:  # type: ignore[no-untyped-def]
    model = window.explore.model
    return [model.career_at(row).title for row in range(model.rowCount())]


def slugs(window) -> list[str]:  # type: ignore[no-untyped-def]
    model = window.explore.model
    return [model.career_at(row).slug for row in range(model.rowCount())]


def test_starts_with_every_career_a_to_z(window, catalog) -> None:
    """With nothing typed, the list holds every career, A–Z, and says how many."""
    total = catalog.info().careers
    assert window.explore.model.rowCount() == total
    assert titles(window) == sorted(titles(window), key=str.lower)
    assert window.explore.count_label.text() == f"{total} careers"


def test_typing_filters_the_list(window, qtbot) -> None:
    """Typing a few letters narrows the list as you type, best match first."""
    qtbot.keyClicks(window.explore.search, "physio")
    assert slugs(window)[0] == "physiotherapist"
    assert window.explore.model.rowCount() < 20
    window.explore.search.clear()
    qtbot.keyClicks(window.explore.search, "vakil")
    assert slugs(window)[0] == "lawyer"


def test_filters_combine(window) -> None:
    """Category, stream and pay filters narrow the list together; counts follow."""
    explore = window.explore
    explore.category.setCurrentIndex(explore.category.findData("medicine-healthcare"))
    medical = slugs(window)
    assert "doctor-mbbs" in medical and "civil-engineer" not in medical
    explore.pay.setCurrentIndex(explore.pay.count() - 1)  # ₹10+ LPA
    well_paid = slugs(window)
    assert set(well_paid) < set(medical)
    assert all(explore.model.career_at(r).fresher_max >= 10 for r in range(len(well_paid)))
    assert explore.count_label.text().startswith(str(len(well_paid)))
    assert explore.clear_button.isVisible()
    explore.clear_filters()
    assert len(slugs(window)) > len(medical)


def test_category_counts_follow_the_search(window, qtbot) -> None:
    """The category filter's counts say how many careers each category would show."""
    qtbot.keyClicks(window.explore.search, "engineer")
    explore = window.explore
    row = explore.category.findData("engineering-technology")
    assert explore.category.itemText(row).startswith("Engineering & Technology (")
    count = int(explore.category.itemText(row).rsplit("(", 1)[1].rstrip(")"))
    explore.category.setCurrentIndex(row)
    assert explore.model.rowCount() == count


def test_sorting_by_pay(window) -> None:
    explore = window.explore
    explore.sort.setCurrentIndex(explore.sort.findData(SortOrder.FRESHER_PAY))
    model = explore.model
    pays = [model.career_at(r).fresher_max for r in range(model.rowCount())]
    assert pays == sorted(pays, reverse=True)
    explore.sort.setCurrentIndex(explore.sort.findData(SortOrder.SENIOR_PAY))
    senior = [model.career_at(r).senior_max for r in range(model.rowCount())]
    assert senior == sorted(senior, reverse=True)


def test_no_results_offers_to_clear(window, qtbot) -> None:
    """No results: the list says so and one click brings everything back."""
    qtbot.keyClicks(window.explore.search, "zzqxw")
    assert window.explore.results.currentIndex() == 1
    assert "No career matches" in window.explore.empty_label.text()
    qtbot.mouseClick(window.explore.empty_clear, Qt.MouseButton.LeftButton)
    assert window.explore.results.currentIndex() == 0
    assert window.explore.search.text() == ""


def test_keyboard_search_arrows_and_enter(window, qtbot) -> None:
    """Ctrl+F focuses search; Down moves into the list; Enter opens the career."""
    window.activateWindow()
    qtbot.waitActive(window)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.explore.search.hasFocus()
    qtbot.keyClicks(window.explore.search, "nurse")
    qtbot.keyClick(window.explore.search, Qt.Key.Key_Down)
    assert window.explore.list_view.hasFocus()
    qtbot.keyClick(window.explore.list_view, Qt.Key.Key_Down)
    second = window.explore.model.career_at(1).slug
    qtbot.keyClick(window.explore.list_view, Qt.Key.Key_Return)
    assert window.explore.page.history.current == Location("career", second)


def test_enter_in_search_opens_first_result(window, qtbot) -> None:
    qtbot.keyClicks(window.explore.search, "pilot")
    qtbot.keyClick(window.explore.search, Qt.Key.Key_Return)
    assert window.explore.page.history.current == Location("career", "commercial-pilot")
    assert "Commercial Pilot" in window.explore.page.browser.toPlainText()


def test_click_opens_the_page(window, qtbot) -> None:
    view = window.explore.list_view
    rect = view.visualRect(window.explore.model.index(2, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.explore.page.history.current == Location(
        "career", window.explore.model.career_at(2).slug
    )


def test_related_and_exam_links_then_back_and_forward(window, qtbot) -> None:
    """A related-career link and an exam link navigate; Back and Forward retrace them."""
    window.activateWindow()
    qtbot.waitActive(window)
    page = window.explore.page
    page.open_career("physiotherapist")
    page.browser.anchorClicked.emit(QUrl("shishya:career/occupational-therapist"))
    assert page.history.current == Location("career", "occupational-therapist")
    page.browser.anchorClicked.emit(QUrl("shishya:exam/cuet-ug"))
    assert page.history.current == Location("exam", "cuet-ug")
    assert "Careers that list this exam" in page.browser.toPlainText()
    qtbot.keyClick(page.browser, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert page.history.current == Location("career", "occupational-therapist")
    qtbot.mouseClick(page.back_button, Qt.MouseButton.LeftButton)
    assert page.history.current == Location("career", "physiotherapist")
    assert not page.back_button.isEnabled()
    qtbot.keyClick(page.browser, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert page.history.current == Location("career", "occupational-therapist")


def test_mouse_back_button(window) -> None:
    page = window.explore.page
    page.open_career("physiotherapist")
    page.open_career("nurse")
    viewport = page.browser.viewport()
    for kind in (QEvent.Type.MouseButtonPress,):
        event = QMouseEvent(
            kind,
            QPointF(10, 10),
            QPointF(10, 10),
            Qt.MouseButton.BackButton,
            Qt.MouseButton.BackButton,
            Qt.KeyboardModifier.NoModifier,
        )
        page.eventFilter(viewport, event)
    assert page.history.current == Location("career", "physiotherapist")


def test_breadcrumb_category_link_filters_the_list(window) -> None:
    page = window.explore.page
    page.open_career("electrician")
    page.browser.anchorClicked.emit(QUrl("shishya:category/skilled-trades"))
    assert window.explore.category.currentData() == "skilled-trades"
    assert all(
        window.explore.model.career_at(r).category == "skilled-trades"
        for r in range(window.explore.model.rowCount())
    )


def test_add_to_compare_and_the_limit(window, qtbot) -> None:
    """ "Add to compare" collects careers; a fifth is refused with a message saying why."""
    page = window.explore.page
    for slug in ("doctor-mbbs", "pharmacist", "physiotherapist", "nurse"):
        page.open_career(slug)
        qtbot.mouseClick(page.compare_button, Qt.MouseButton.LeftButton)
    assert window.compare_selection.slugs == [
        "doctor-mbbs",
        "pharmacist",
        "physiotherapist",
        "nurse",
    ]
    page.open_career("dentist")
    qtbot.mouseClick(page.compare_button, Qt.MouseButton.LeftButton)
    assert "dentist" not in window.compare_selection
    from PySide6.QtWidgets import QMessageBox

    boxes = window.findChildren(QMessageBox)
    assert boxes and "up to 4 careers" in boxes[-1].text()
    boxes[-1].close()
    assert window.compare.model.columnCount() == 4


def test_ctrl_enter_on_the_list_adds_to_compare(window, qtbot) -> None:
    """From the list itself: Ctrl+Enter adds the current career to Compare without opening it."""
    window.activateWindow()
    qtbot.waitActive(window)
    qtbot.keyClicks(window.explore.search, "dentist")
    qtbot.keyClick(window.explore.search, Qt.Key.Key_Down)
    qtbot.keyClick(window.explore.list_view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert window.compare_selection.slugs == [window.explore.model.career_at(0).slug]


def test_start_page_lists_categories_to_browse(window) -> None:
    """The start page offers every category, with counts; a click filters the list."""
    from PySide6.QtCore import QUrl

    text = window.explore.page.browser.toPlainText()
    assert "Browse by category" in text and "Skilled Trades" in text
    window.explore.page.browser.anchorClicked.emit(QUrl("shishya:category/law"))
    assert window.explore.category.currentData() == "law"
