"""The main window: title, header quote, sections, remembered state, models."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from shishya_desktop import paths
from shishya_desktop.ui.main_window import COMPARE, EXAMS, MainWindow


def test_title_quote_and_sections(window, catalog) -> None:
    assert window.windowTitle() == "Shishya — Career Guide"
    quote = window.quote
    assert quote is not None and quote in catalog.quotes()
    assert quote.author in window.quote_label.text()
    labels = [window.sections.tabText(i) for i in range(window.sections.count())]
    assert labels == ["Explore careers", "Exams", "Compare", "My careers", "What do I enjoy?"]
    assert (
        "Compare careers side by side"
        in window.compare.findChild(type(window.quote_label), "heading").text()
    )


def test_window_state_is_remembered(window, qtbot, catalog) -> None:
    """Size, position and last section come back next time, from the per-user folder.

    The offscreen test screen is 800 px wide, so Qt fits the restored width to it; the height
    (which fits) must come back exactly.
    """
    window.resize(1100, 640)
    window.sections.setCurrentIndex(EXAMS)
    window.close()
    assert paths.settings_file().is_file()
    again = MainWindow(catalog, QSettings(str(paths.settings_file()), QSettings.Format.IniFormat))
    qtbot.addWidget(again)
    assert again.sections.currentIndex() == EXAMS
    assert again.size().height() == 640


def test_corrupt_settings_are_ignored(qtbot, themed_app, catalog) -> None:
    paths.settings_file().parent.mkdir(parents=True, exist_ok=True)
    paths.settings_file().write_text("[window]\nsection=banana\ngeometry=@ByteArray(xx)\n")
    main = MainWindow(catalog, QSettings(str(paths.settings_file()), QSettings.Format.IniFormat))
    qtbot.addWidget(main)
    assert main.sections.currentIndex() == 0


def test_exams_section_search_and_career_link(window, qtbot) -> None:
    """The Exams section searches exams, names first; a career link opens it in Explore."""
    window.sections.setCurrentIndex(EXAMS)
    exams = window.exams
    total = exams.model.rowCount()
    qtbot.keyClicks(exams.search, "neet")
    assert 0 < exams.model.rowCount() < total
    assert exams.model.exam_at(0).slug == "neet-ug"
    assert all("NEET" in exams.model.exam_at(r).short_name for r in range(3))
    qtbot.keyClick(exams.search, "\r")
    assert exams.page.history.current is not None
    from PySide6.QtCore import QUrl

    exams.page.browser.anchorClicked.emit(QUrl("shishya:career/doctor-mbbs"))
    assert window.sections.currentIndex() == 0
    assert window.explore.page.history.current.slug == "doctor-mbbs"


def test_models_pass_qtmodeltester(window, qtmodeltester) -> None:
    qtmodeltester.check(window.explore.model)
    qtmodeltester.check(window.exams.model)


def test_compare_tab_explains_itself_when_empty(window) -> None:
    window.sections.setCurrentIndex(COMPARE)
    assert window.compare.stack.currentIndex() == 0
    assert "Add to compare" in window.compare.explain.text()
    assert not window.compare.export_button.isEnabled()


def test_settings_are_saved_when_changed_not_only_at_close(window, qtbot) -> None:
    """A section change and a resize reach the settings file while the window is still open."""
    window.sections.setCurrentIndex(EXAMS)
    window.resize(1000, 600)

    def saved() -> bool:
        stored = QSettings(str(paths.settings_file()), QSettings.Format.IniFormat)
        section = stored.value("window/section")
        return section in (EXAMS, str(EXAMS)) and stored.value("window/geometry") is not None

    qtbot.waitUntil(saved, timeout=3000)
    assert window.isVisible()
