"""At 800×600 (and a 1366×768 laptop at 150%: 910×512) no visible control is outside the
window, at 100% and 150% text size; the first window fits the screen it opens on."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QWidget

from shishya_desktop.ui.main_window import COMPARE, EXAMS, EXPLORE, MainWindow

CONTROLS = (QAbstractButton, QComboBox, QLineEdit)


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
        clip = widget.visibleRegion().boundingRect()
        if not area.contains(rect) or clip.width() < min(widget.width(), 8):
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
    return {k: v for k, v in problems.items() if v}


# 910×512 is a 1366×768 laptop at 150% scaling. Limits (README): 150% text needs 816 px of
# width, so not at 800×600 or on that laptop; 200% scaling (683×384) is below the minimum.
@pytest.mark.parametrize(
    ("size", "percent"),
    [((800, 600), 100), ((910, 512), 100), ((1024, 600), 100), ((1024, 600), 150)],
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
    assert window.minimumWidth() <= 800 and window.minimumHeight() <= 512


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
