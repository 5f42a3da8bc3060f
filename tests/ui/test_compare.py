"""The Compare tab: adding, reordering, removing, differences only, links, and its model."""

from __future__ import annotations

from PySide6.QtCore import Qt

from shishya_desktop.ui.main_window import COMPARE, EXAMS


def open_compare(window):  # type: ignore[no-untyped-def]
    window.sections.setCurrentIndex(COMPARE)
    return window.compare


def test_add_by_typing_and_from_pages(window, qtbot) -> None:
    compare = open_compare(window)
    qtbot.keyClicks(compare.add_box, "physio")
    qtbot.keyClick(compare.add_box, Qt.Key.Key_Return)
    assert window.compare_selection.slugs == ["physiotherapist"]
    assert compare.add_box.text() == ""
    window.explore.page.open_career("pharmacist")
    window.explore.page.compare_button.click()
    assert compare.model.columnCount() == 2
    assert compare.stack.currentIndex() == 1 and compare.export_button.isEnabled()
    titles = [compare.model.headerData(c, Qt.Orientation.Horizontal) for c in range(2)]
    assert titles == ["Physiotherapist", "Pharmacist"]


def test_fifth_career_says_why(window, qtbot) -> None:
    compare = open_compare(window)
    for slug in ("doctor-mbbs", "pharmacist", "nurse", "dentist"):
        compare.add(slug)
    with qtbot.waitSignal(compare.refused) as blocker:
        compare.add("surgeon")
    assert "up to 4" in blocker.args[0]
    assert window.compare_selection.slugs == ["doctor-mbbs", "pharmacist", "nurse", "dentist"]


def test_reorder_remove_and_clear(window) -> None:
    compare = open_compare(window)
    for slug in ("doctor-mbbs", "pharmacist", "nurse"):
        compare.add(slug)
    compare._mover("nurse", -1)()
    assert window.compare_selection.slugs == ["doctor-mbbs", "nurse", "pharmacist"]
    compare._remover("doctor-mbbs")()
    assert compare.model.columnCount() == 2
    compare.clear()
    assert compare.model.columnCount() == 0 and compare.stack.currentIndex() == 0


def test_differences_only_and_survives_tab_switch(window) -> None:
    compare = open_compare(window)
    compare.add("doctor-mbbs")
    compare.add("surgeon")
    all_rows = compare.model.rowCount()
    compare.differences.setChecked(True)
    assert 0 < compare.model.rowCount() < all_rows
    window.sections.setCurrentIndex(EXAMS)
    window.sections.setCurrentIndex(COMPARE)
    assert window.compare_selection.slugs == ["doctor-mbbs", "surgeon"]
    assert compare.model.rowCount() < all_rows


def test_header_opens_the_career(window) -> None:
    compare = open_compare(window)
    compare.add("nurse")
    compare.add("pharmacist")
    compare.table.horizontalHeader().sectionClicked.emit(1)
    assert window.sections.currentIndex() == 0
    assert window.explore.page.history.current.slug == "pharmacist"


def test_model_passes_qtmodeltester(window, qtmodeltester) -> None:
    compare = open_compare(window)
    for slug in ("doctor-mbbs", "pharmacist", "physiotherapist"):
        compare.add(slug)
    qtmodeltester.check(compare.model)
    compare.differences.setChecked(True)
    qtmodeltester.check(compare.model)


def test_export_button_writes_the_pdf(window, tmp_path, monkeypatch) -> None:
    from shishya_desktop.ui.common import file_dialogs

    compare = open_compare(window)
    compare.add("doctor-mbbs")
    compare.add("pharmacist")
    target = tmp_path / "handout"
    monkeypatch.setattr(file_dialogs, "ask_save_path", lambda *a, **k: str(target))
    compare.export_button.click()
    assert (tmp_path / "handout.pdf").read_bytes().startswith(b"%PDF")


def test_career_page_pdf_button(window, tmp_path, monkeypatch) -> None:
    """A career page's "PDF…" button writes that page as an A4 PDF."""
    from shishya_desktop.ui.common import file_dialogs

    target = tmp_path / "physio.pdf"
    monkeypatch.setattr(file_dialogs, "ask_save_path", lambda *a, **k: str(target))
    page = window.explore.page
    page.open_career("physiotherapist")
    assert page.export_button.isVisible()
    page.export_button.click()
    assert target.read_bytes().startswith(b"%PDF")
    page.open_exam("neet-ug")
    assert not page.export_button.isVisible()
