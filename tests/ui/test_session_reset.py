"""Shared PCs: a scripted session, then New student (or the idle limit) forgets all of it.

HOME, the config folder, Qt's settings path and the per-user folder all point into a temporary
folder, whose files (names and bytes) are compared before and after; only the window-size
setting may change. The export goes to a "USB stick" folder outside it, named as a student
would name it, and that name must be written nowhere.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit

from shishya_desktop.ui.common import file_dialogs
from shishya_desktop.userdata.modes import MachineConfig, Mode
from shishya_desktop.userdata.session import Session

STUDENT_FOLDER = "ravi_sharma_class10"

pytestmark = pytest.mark.real_file_dialog


def _files(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in root.rglob("*") if p.is_file()}


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    (home / "Documents").mkdir(parents=True)
    (home / ".config").mkdir()
    (home / "Documents" / "homework.txt").write_text("mine", encoding="utf-8")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_DOCUMENTS_DIR", str(home / "Documents"))
    monkeypatch.setenv("SHISHYA_HOME", str(home / ".local" / "share" / "Shishya"))
    for kind in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(kind, QSettings.Scope.UserScope, str(home / ".config"))
    return home


def _window(qtbot, catalog, config: MachineConfig):  # type: ignore[no-untyped-def]
    from shishya_desktop.app import make_settings
    from shishya_desktop.ui.main_window import MainWindow

    window = MainWindow(catalog, make_settings(), session=Session(config))
    qtbot.addWidget(window)
    window.resize(1280, 760)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.session.store_opened)
    return window


def _type_into_file_dialog(qtbot, path: Path) -> None:  # type: ignore[no-untyped-def]
    """Answer the next file dialog the way a student does: type a path, press Enter."""

    def answer() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, QFileDialog)]
        dialog = next(d for d in dialogs if d.isVisible())
        edit = dialog.findChild(QLineEdit, "fileNameEdit")
        edit.setFocus()
        qtbot.keyClicks(edit, str(path))
        qtbot.keyClick(edit, Qt.Key.Key_Return)

    QTimer.singleShot(200, answer)


def _play_a_session(window, catalog, qtbot, usb: Path, export: bool = True) -> None:  # type: ignore[no-untyped-def]
    explore = window.explore
    explore.search.setFocus()
    qtbot.keyClicks(explore.search, "doctor")
    explore.category.setCurrentIndex(1)
    explore.sort.setCurrentIndex(2)
    explore.low_cost.setChecked(True)
    explore.low_cost.setChecked(False)
    explore.stream.setCurrentIndex(1)
    slugs = [career.slug for career in catalog.career_summaries()[:3]]
    explore.page.open_career(slugs[0])
    explore.page.open_career(slugs[1])
    explore.page.go_back()
    explore.page.browser.verticalScrollBar().setValue(200)
    window.show_exams()
    qtbot.keyClicks(window.exams.search, "NEET")
    window.exams.open_exam(catalog.exams()[0].slug)
    window.add_to_compare(slugs[0])
    window.add_to_compare(slugs[1])
    window.compare.add_box.setText("pil")
    for slug in slugs:
        window.toggle_saved(slug)
    window.show_my_careers()
    shortlist = window.shortlist
    shortlist.list_view.setCurrentIndex(shortlist.model.index(0, 0))
    shortlist.note.setFocus()
    qtbot.keyClicks(shortlist.note, "ask uncle about NDA")
    shortlist.note.selectAll()
    shortlist.note.copy()  # the clipboard now holds the student's note
    if export:
        _type_into_file_dialog(qtbot, usb / STUDENT_FOLDER / "my-careers")
        shortlist.export_list()
        assert (usb / STUDENT_FOLDER / "my-careers.shishya").exists()
    window.notify("Compare", "an open message")


def _assert_forgotten(window) -> None:  # type: ignore[no-untyped-def]
    explore = window.explore
    assert explore.search.text() == ""
    assert all(c.currentIndex() == 0 for c in explore._filter_combos())
    assert explore.sort.currentIndex() == 0 and not explore.low_cost.isChecked()
    assert not explore.list_view.selectionModel().hasSelection()
    assert not explore.list_view.currentIndex().isValid()
    assert explore.list_view.verticalScrollBar().value() == 0
    for page in (explore.page, window.exams.page):
        assert page.history.current is None
        assert not page.history.can_go_back and not page.history.can_go_forward
        assert page.browser.verticalScrollBar().value() == 0
    assert window.exams.search.text() == ""
    assert window.compare_selection.slugs == []
    assert (
        window.compare.model.comparison.careers == () or not window.compare.model.comparison.careers
    )
    assert window.compare.add_box.text() == ""
    assert len(window.session.store) == 0
    assert window.shortlist.model.rowCount() == 0
    assert window.shortlist.note.toPlainText() == ""
    assert window.explore.model.rowCount() > 0
    assert not any(
        window.explore.model.index(r, 0).data().startswith("★")
        for r in range(window.explore.model.rowCount())
    )
    assert QApplication.clipboard().text() == ""
    visible = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert visible == [window]
    assert window.sections.currentIndex() == 0


def _assert_files_unchanged(home: Path, before: dict[str, bytes], tmp_path: Path) -> None:
    after = _files(home)
    settings = ".local/share/Shishya/settings.ini"
    allowed = {settings}
    changed = {name for name in set(before) | set(after) if before.get(name) != after.get(name)}
    assert changed <= allowed, changed
    if settings in after:
        keys = [line.split("=")[0] for line in after[settings].decode().splitlines() if "=" in line]
        assert keys == ["geometry"], keys  # [window] geometry only: no section, no search
    for path in tmp_path.rglob("*"):
        if path.is_file() and "usb" not in path.parts:
            assert STUDENT_FOLDER.encode() not in path.read_bytes(), path
            assert b"ask uncle" not in path.read_bytes(), path


def test_new_student_forgets_everything(
    home: Path, tmp_path: Path, qtbot, themed_app, catalog
) -> None:  # type: ignore[no-untyped-def]
    usb = tmp_path / "usb"
    (usb / STUDENT_FOLDER).mkdir(parents=True)
    before = _files(home)
    window = _window(qtbot, catalog, MachineConfig(Mode.LAB, 600))
    assert window.new_student_button.isVisible()
    _play_a_session(window, catalog, qtbot, usb)
    assert len(window.session.store) == 3 and QApplication.clipboard().text()
    qtbot.mouseClick(window.new_student_button, Qt.MouseButton.LeftButton)
    _assert_forgotten(window)
    window.save_state()
    _assert_files_unchanged(home, before, tmp_path)
    # Qt's file dialog settings hold no history (it may keep only its view options).
    qt_file = Path(QSettings(QSettings.Scope.UserScope, "QtProject").fileName())
    assert not qt_file.exists() or STUDENT_FOLDER.encode() not in qt_file.read_bytes()


def test_ctrl_n_is_new_student(home: Path, qtbot, themed_app, catalog) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, catalog, MachineConfig(Mode.LAB, 600))
    window.explore.search.setText("pilot")
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.explore.search.text() == "" and window.session.resets == 1


def test_idle_limit_forgets_everything(
    home: Path, tmp_path: Path, qtbot, themed_app, catalog
) -> None:  # type: ignore[no-untyped-def]
    usb = tmp_path / "usb"
    (usb / STUDENT_FOLDER).mkdir(parents=True)
    before = _files(home)
    config = MachineConfig(Mode.LAB, idle_seconds=0.9, countdown_seconds=1)
    window = _window(qtbot, catalog, config)
    _play_a_session(window, catalog, qtbot, usb, export=False)
    qtbot.waitUntil(lambda: window._still_there is not None, timeout=5000)
    assert "Still there?" in window._still_there.windowTitle()
    qtbot.waitUntil(lambda: window.session.resets == 1, timeout=5000)
    _assert_forgotten(window)
    window.save_state()
    _assert_files_unchanged(home, before, tmp_path)


def test_still_here_keeps_the_session(home: Path, qtbot, themed_app, catalog) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, catalog, MachineConfig(Mode.LAB, idle_seconds=0.3, countdown_seconds=5))
    window.explore.search.setText("pilot")
    qtbot.waitUntil(lambda: window._still_there is not None, timeout=5000)
    dialog = window._still_there
    qtbot.mouseClick(dialog.stay_button, Qt.MouseButton.LeftButton)
    assert window.session.resets == 0 and window.explore.search.text() == "pilot"
    # and the timer runs again
    qtbot.waitUntil(lambda: window._still_there is not None, timeout=5000)


def test_event_mode_full_screen_pin_and_no_files(home: Path, qtbot, themed_app, catalog) -> None:  # type: ignore[no-untyped-def]
    config = MachineConfig(Mode.EVENT, 120, exit_pin="2468")
    window = _window(qtbot, catalog, config)
    window.show_for_mode()
    assert window.isFullScreen() or window.windowState() & Qt.WindowState.WindowFullScreen
    assert window.new_student_button.isVisible()
    assert not file_dialogs.allowed()
    assert file_dialogs.ask_save_path(window, "x", "y.pdf", "*.pdf") == ""
    window.explore.page.open_career(catalog.career_summaries()[0].slug)
    assert not window.explore.page.export_button.isVisible()
    assert window.explore.page.print_button.isVisible()
    from PySide6.QtGui import QAction

    export_action = window.menuBar().findChild(QAction, "export-action")
    assert not export_action.isVisible() and not export_action.isEnabled()
    content = next(a for a in window.menuBar().actions() if a.text() == "&Content").menu()
    assert [a.text() for a in content.actions() if a.isVisible()] == ["About this content"]
    window.show_my_careers()
    assert not window.shortlist.export_button.isVisible()
    assert not window.shortlist.import_button.isVisible()
    assert window.shortlist.plan_print_button.isVisible()
    window.close()
    assert window.isVisible()  # closing needs the counsellor

    def answer(pin: str) -> None:
        from shishya_desktop.ui.common.idle import ExitDialog

        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ExitDialog)
        qtbot.keyClicks(dialog.entry, pin)
        qtbot.keyClick(dialog.entry, Qt.Key.Key_Return)
        if pin != "2468":
            assert dialog.wrong.isVisible()
            dialog.reject()

    QTimer.singleShot(100, lambda: answer("1111"))
    window.ask_to_exit()
    assert window.isVisible()
    QTimer.singleShot(100, lambda: answer("2468"))
    window.ask_to_exit()
    assert not window.isVisible()
    file_dialogs.set_allowed(True)


def test_personal_mode_has_no_new_student(home: Path, qtbot, themed_app, catalog) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, catalog, MachineConfig())
    assert not window.new_student_button.isVisible()
    assert window._idle is None
