"""Text size: Ctrl+= / Ctrl+− / Ctrl+0 and the View menu change the whole window, remembered."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt

from shishya_desktop.app import make_settings
from shishya_desktop.ui.common.text_scale import SIZES, step, text_percent
from shishya_desktop.ui.common.theme import BASE_POINT_SIZE


@pytest.fixture
def sized_window(window) -> Iterator:  # type: ignore[no-untyped-def]
    yield window
    window.set_text_size(100)
    window.set_colours("light")


def test_steps_stay_within_the_sizes() -> None:
    assert step(100, 1) == 125
    assert step(200, 1) == 200
    assert step(100, -1) == 100
    assert step(150, -1) == 125
    assert step(137, 1) in SIZES


def test_keys_change_the_whole_window_and_are_remembered(sized_window, qtbot, themed_app) -> None:  # type: ignore[no-untyped-def]
    window = sized_window
    window.activateWindow()
    qtbot.keyClick(window.explore.search, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert text_percent() == 125
    qtbot.keyClick(window.explore.search, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert text_percent() == 150
    assert themed_app.font().pointSizeF() == pytest.approx(BASE_POINT_SIZE * 1.5)
    assert "15.75pt" in themed_app.styleSheet() or "16.5pt" in themed_app.styleSheet()
    assert int(make_settings().value("view/text_size")) == 150  # a new session reads it
    qtbot.keyClick(window.explore.search, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert text_percent() == 125
    qtbot.keyClick(window.explore.search, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert text_percent() == 100
    assert int(make_settings().value("view/text_size")) == 100


def test_pages_follow_the_text_size(sized_window) -> None:  # type: ignore[no-untyped-def]
    window = sized_window
    window.explore.page.open_career("nurse")
    window.set_text_size(200)
    assert "font-size:44pt" in window.explore.page.browser.toHtml()  # h1 is 22pt at 100%
    window.set_text_size(100)


def test_a_new_start_uses_the_remembered_size(sized_window, themed_app) -> None:  # type: ignore[no-untyped-def]
    from shishya_desktop.app import create_application

    sized_window.set_text_size(200)
    sized_window.set_text_size(100)
    settings = make_settings()
    settings.setValue("view/text_size", 150)
    settings.sync()
    create_application([])
    assert text_percent() == 150
    assert themed_app.font().pointSizeF() == pytest.approx(BASE_POINT_SIZE * 1.5)


def test_a_damaged_setting_means_normal_size(sized_window) -> None:  # type: ignore[no-untyped-def]
    from shishya_desktop.app import create_application

    settings = make_settings()
    settings.setValue("view/text_size", "huge")
    settings.setValue("view/palette", "<b>nonsense</b>")
    settings.sync()
    create_application([])
    assert text_percent() == 100


@pytest.mark.parametrize("choice", ["light", "dark", "high-contrast", "system"])
def test_colours_are_remembered(sized_window, themed_app, choice) -> None:  # type: ignore[no-untyped-def]
    from shishya_desktop.ui.common.palette import PALETTE, PALETTES

    sized_window.set_colours(choice)
    assert make_settings().value("view/palette") == choice
    if choice in PALETTES:
        assert PALETTE.page == PALETTES[choice].page
        assert PALETTES[choice].page.lower() in themed_app.styleSheet().lower()
