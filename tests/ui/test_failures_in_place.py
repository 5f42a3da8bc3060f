"""After start, a page, search or comparison that cannot be read says so in its place."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from shishya_desktop.catalog import Catalog, CatalogError
from shishya_desktop.catalog.errors import Problem
from shishya_desktop.ui.main_window import MainWindow
from tests.damaged import CASES, SLUG

BROKEN = next(case for case in CASES if case.name == "not-utf8-what-they-do")


@pytest.fixture
def damaged_window(qtbot, themed_app, tmp_path: Path):  # type: ignore[no-untyped-def]
    from shishya_desktop.app import make_settings

    catalog = Catalog.open(BROKEN.build(tmp_path))
    window = MainWindow(catalog, make_settings())
    qtbot.addWidget(window)
    window.show()
    yield window
    window.close()
    catalog.close()


def test_an_unreadable_career_replaces_the_previous_page(damaged_window) -> None:
    """Never the previous career's page while the list highlights the new one."""
    page = damaged_window.explore.page
    assert page.open_career("pharmacist")
    page.open_career(SLUG)
    assert page.title_label.text() == "This page cannot be shown"
    shown = page.browser.toPlainText()
    assert Problem.DAMAGED.value in shown and "what_they_do" in shown and "Pharmacist" not in shown
    assert not page.export_button.isVisible() and page.print_job() is None
    current = damaged_window.explore.list_view.currentIndex()
    assert damaged_window.explore.model.career_at(current.row()).slug == SLUG
    page.go_back()  # the app keeps working
    assert page.title_label.text().startswith("Pharmacist")


def test_a_failed_search_says_so_instead_of_keeping_the_old_list(
    damaged_window, monkeypatch
) -> None:
    explore = damaged_window.explore
    explore.search.setText("doctor")
    assert explore.model.rowCount() > 0

    def fail(*_args: object, **_kwargs: object) -> list[str]:
        raise CatalogError(Problem.DAMAGED, "search_careers: disk I/O error", "/x/shishya.db")

    monkeypatch.setattr(damaged_window.catalog, "search_careers", fail)
    explore.search.setText("nurse")
    assert explore.model.rowCount() == 0 and explore.results.currentIndex() == 1
    assert "could not run" in explore.empty_label.text()
    assert "disk I/O error" in explore.empty_label.text()
    monkeypatch.undo()
    explore.refresh()
    assert explore.model.rowCount() > 0


def test_a_comparison_that_cannot_be_read_says_so(damaged_window) -> None:
    compare = damaged_window.compare
    compare.add("pharmacist")
    compare.add(SLUG)
    assert compare.stack.currentIndex() == 0
    assert "cannot be shown" in compare.explain.text() and "what_they_do" in compare.explain.text()
    assert not compare.export_button.isEnabled()
    compare.clear()  # and the app keeps working
    compare.add("pharmacist")
    compare.add("dentist")
    assert compare.model.columnCount() == 2


def test_a_failing_click_handler_is_shown_in_the_window(damaged_window, monkeypatch) -> None:
    """The app's excepthook shows a plain message with the traceback under Details."""
    from shishya_desktop.app import report_slot_failures

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(sys, "__excepthook__", lambda *args: None)  # keep the test log quiet
    report_slot_failures(damaged_window)
    try:
        raise ValueError("a bug in a slot")
    except ValueError as error:
        sys.excepthook(type(error), error, error.__traceback__)
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
    shown = [box for box in boxes if "could not finish" in box.text()]
    assert len(shown) == 1 and "a bug in a slot" in shown[0].detailedText()
    for box in boxes:
        box.close()
