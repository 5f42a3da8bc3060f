"""At 800×600 (and a 1366×768 laptop at 150%: 910×512) no visible control is outside the
window, at 100% and 150% text size; the first window fits the screen it opens on."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QWidget,
)

from shishya_desktop.ui.main_window import COMPARE, EXAMS, EXPLORE, MainWindow

CONTROLS = (QAbstractButton, QComboBox, QLineEdit)


def _scrolls(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def outside(window: MainWindow) -> list[str]:
    """Visible controls whose rectangle is not wholly inside the window's."""
    area = window.rect()
    found = []
    hint = window.minimumSizeHint()
    if hint.width() > window.width() or hint.height() > window.height():
        found.append(f"the window needs {hint.width()}×{hint.height()}")
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or not widget.isVisible():
            continue
        if widget.window() is not window or widget.width() <= 1:
            continue
        top_left = widget.mapTo(window, QPoint(0, 0))
        rect = QRect(top_left, widget.size())
        if _scrolls(widget):
            continue  # inside a scroll area: scrolled out of view is not cut off
        clip = widget.visibleRegion().boundingRect()
        cut = widget.sizeHint().width() - 2  # a push button narrower than its text cuts it
        squeezed = isinstance(widget, QPushButton) and widget.width() < cut
        if not area.contains(rect) or clip.width() < min(widget.width(), 8) or squeezed:
            found.append(
                f"{type(widget).__name__} {getattr(widget, 'text', str)()!r} at {rect.getRect()}"
            )
    return found


def show_every_section(window: MainWindow, qtbot) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    problems = {}
    window.sections.setCurrentIndex(EXPLORE)
    window.explore.page.open_career("nurse")
    qtbot.wait(10)
    problems["explore"] = outside(window)
    window.sections.setCurrentIndex(EXAMS)
    window.exams.open_exam("neet-ug")
    qtbot.wait(10)
    problems["exams"] = outside(window)
    window.add_to_compare("nurse")
    window.add_to_compare("pharmacist")
    window.sections.setCurrentIndex(COMPARE)
    qtbot.wait(10)
    problems["compare"] = outside(window)
    window.toggle_saved("nurse")
    window.show_my_careers()
    qtbot.wait(10)
    problems["my careers"] = outside(window)
    window.toggle_saved("nurse")
    window.show_quiz()
    qtbot.wait(10)
    problems["quiz"] = outside(window)
    return {k: v for k, v in problems.items() if v}


# 910×512 and 683×384 are a 1366×768 laptop at 150% and 200% scaling.
@pytest.mark.parametrize(
    ("size", "percent"),
    [
        ((683, 384), 100),
        ((800, 600), 100),
        ((800, 600), 150),
        ((910, 512), 100),
        ((910, 512), 150),
        ((1024, 600), 100),
        ((1024, 600), 150),
    ],
)
def test_nothing_is_outside_the_window(window, qtbot, size, percent) -> None:  # type: ignore[no-untyped-def]
    window.set_text_size(percent)
    try:
        window.resize(*size)
        qtbot.waitUntil(lambda: window.width() == size[0])
        assert window.height() == size[1]
        assert not show_every_section(window, qtbot)
    finally:
        window.set_text_size(100)


def test_the_minimum_size_fits_the_smallest_screens(window) -> None:  # type: ignore[no-untyped-def]
    assert window.minimumWidth() <= 683 and window.minimumHeight() <= 384


def test_the_first_window_fits_its_screen(themed_app, catalog, qtbot) -> None:  # type: ignore[no-untyped-def]
    from shishya_desktop.app import make_settings

    main = MainWindow(catalog, make_settings())
    qtbot.addWidget(main)
    room = main.screen().availableGeometry()
    assert main.width() <= room.width() and main.height() <= room.height()


def test_the_quote_gives_way_on_narrow_windows(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.resize(800, 600)
    qtbot.waitUntil(lambda: window.width() == 800)
    assert not window.quote_label.isVisible()
    window.resize(1280, 760)
    qtbot.waitUntil(lambda: window.width() == 1280)
    assert window.quote_label.isVisible() == (window.quote is not None)


def test_low_windows_fold_the_filters_behind_one_button(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    explore = window.explore
    window.resize(683, 384)
    qtbot.waitUntil(lambda: window.height() == 384)
    assert explore.filters_button.isVisible() and not explore.filter_box.isVisible()
    explore.filters_button.click()
    assert explore.filter_box.isVisible()
    explore.category.setCurrentIndex(1)
    assert explore.filters_button.text().startswith("Filters (1)")
    explore.filters_button.click()
    assert not explore.filter_box.isVisible()
    window.resize(1280, 760)
    qtbot.waitUntil(lambda: window.height() == 760)
    assert explore.filter_box.isVisible() and not explore.filters_button.isVisible()
    explore.clear_filters()


def test_narrow_pages_keep_save_and_compare_whole(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.resize(683, 384)
    qtbot.waitUntil(lambda: window.width() == 683)
    page = window.explore.page
    page.open_career("nurse")
    qtbot.wait(10)
    assert not page.print_button.isVisible() and not page.export_button.isVisible()
    for button in (page.star_button, page.compare_button):
        assert button.isVisible() and button.width() >= button.sizeHint().width() - 2
    window.resize(1280, 760)
    qtbot.waitUntil(lambda: window.width() == 1280)
    assert page.print_button.isVisible() and page.export_button.isVisible()


@pytest.mark.parametrize(
    ("size", "percent"), [((683, 384), 100), ((800, 600), 150), ((1024, 600), 100)]
)
def test_hindi_fits_too(window, qtbot, size, percent) -> None:  # type: ignore[no-untyped-def]
    """The same in हिन्दी: its longer words still fit (no button narrower than its text)."""
    from shishya_desktop.ui.common import i18n

    window.set_language(i18n.HINDI)
    window.set_text_size(percent)
    try:
        window.resize(*size)
        qtbot.waitUntil(lambda: window.width() == size[0])
        assert not show_every_section(window, qtbot)
    finally:
        window.set_text_size(100)
        window.set_language(i18n.ENGLISH)
