"""Every section, walked as a screen reader and a keyboard user would: every focusable control
has an accessible name, and Tab reaches every one of them (and comes back round)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractScrollArea, QTabBar, QWidget

from shishya_desktop.ui.main_window import COMPARE, EXAMS, EXPLORE, MainWindow


def focusable(window: MainWindow) -> list[QWidget]:
    found = []
    for widget in window.findChildren(QWidget):
        if widget.window() is not window or not widget.isVisible() or not widget.isEnabled():
            continue
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        found.append(widget)
    return found


def spoken_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    name = interface.text(QAccessible.Text.Name) if interface is not None else ""
    return (name or widget.accessibleName()).strip()


def tab_chain(window: MainWindow, start: QWidget, wanted: set[QWidget]) -> list[QWidget]:
    chain: list[QWidget] = []
    widget = start
    for _ in range(5000):
        if widget in wanted:
            if widget in chain:
                break
            chain.append(widget)
        widget = widget.nextInFocusChain()
        if widget is start:
            break
    return chain


def open_section(window: MainWindow, qtbot, section: str) -> QWidget:  # type: ignore[no-untyped-def]
    if section == "explore-start":
        window.sections.setCurrentIndex(EXPLORE)
        return window.explore.search
    if section == "explore-career":
        window.sections.setCurrentIndex(EXPLORE)
        window.explore.search.setText("nurse")
        window.explore.page.open_career("nurse")
        return window.explore.search
    if section == "exams":
        window.sections.setCurrentIndex(EXAMS)
        window.exams.open_exam("neet-ug")
        return window.exams.search
    window.add_to_compare("nurse")
    window.add_to_compare("pharmacist")
    window.sections.setCurrentIndex(COMPARE)
    return window.compare.add_box


SECTIONS = ("explore-start", "explore-career", "exams", "compare")


@pytest.mark.parametrize("section", SECTIONS)
def test_every_focusable_control_has_a_name(window, qtbot, section) -> None:  # type: ignore[no-untyped-def]
    open_section(window, qtbot, section)
    unnamed = [
        f"{type(w).__name__}#{w.objectName()}"
        for w in focusable(window)
        if not spoken_name(w) and not isinstance(w, QTabBar)
    ]
    assert not unnamed, f"focusable controls without an accessible name: {unnamed}"
    tabs = window.sections.tabBar()
    assert all(tabs.tabText(i) for i in range(tabs.count()))


@pytest.mark.parametrize("section", SECTIONS)
def test_tab_reaches_every_control(window, qtbot, section) -> None:  # type: ignore[no-untyped-def]
    start = open_section(window, qtbot, section)
    wanted = set(focusable(window))
    assert start in wanted
    chain = tab_chain(window, start, wanted)
    missing = [f"{type(w).__name__}#{w.objectName()}" for w in wanted - set(chain)]
    assert not missing, f"Tab never reaches: {missing}"
    # The first control after the search box is in the same section (not lost in another).
    assert chain[1].isVisible()


def test_focus_starts_in_the_search_box(themed_app, catalog, qtbot) -> None:  # type: ignore[no-untyped-def]
    from shishya_desktop.app import make_settings

    main = MainWindow(catalog, make_settings())
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    qtbot.waitUntil(lambda: themed_app.focusWidget() is main.explore.search)


def test_list_models_give_a_spoken_summary(window) -> None:  # type: ignore[no-untyped-def]
    model = window.explore.model
    text = model.data(model.index(0, 0), Qt.ItemDataRole.AccessibleTextRole)
    assert text and "LPA" in text


def test_scroll_areas_are_named(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    open_section(window, qtbot, "compare")
    for area in window.findChildren(QAbstractScrollArea):
        if area.isVisible() and area.focusPolicy() & Qt.FocusPolicy.TabFocus:
            assert spoken_name(area), type(area).__name__


def test_the_result_count_is_announced_after_typing(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.explore.search.setText("nurse")
    announcer = window.explore.announcer
    qtbot.waitUntil(lambda: announcer.last_announced == window.explore.count_label.text())
    assert "career" in announcer.last_announced
