"""The Content menu: install from a file, restore the previous content, About, the status bar."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from shishya_desktop.app import _Opening, content_choices, start_window
from shishya_desktop.packs.store import ContentStore
from tests.pack_fixtures import NEWER


def boxes(window) -> list[QMessageBox]:  # type: ignore[no-untyped-def]
    """The message boxes ``window`` shows now."""
    return [box for box in window.findChildren(QMessageBox) if box.isVisible()]


def open_window(qtbot):  # type: ignore[no-untyped-def]
    window = start_window(content_choices(None))
    assert window is not None
    qtbot.addWidget(window)
    window.show()
    return window


def test_install_from_the_window_then_restore(
    qtbot, themed_app, pack_factory, user_home, monkeypatch
) -> None:
    """Update content from file… installs, says so, asks to reopen; the new window shows the
    new version in its status bar; Restore previous brings the old one back."""
    window = open_window(qtbot)
    assert "bundled" in window.statusBar().currentMessage()
    exits: list[int] = []
    monkeypatch.setattr(QApplication, "exit", exits.append)
    window.content_menu.install(str(pack_factory(10)))
    [box] = boxes(window)
    assert box.windowTitle() == "Content updated" and NEWER in box.text()
    assert box.textFormat() == Qt.TextFormat.PlainText
    box.done(0)
    qtbot.waitUntil(lambda: window.reopen_requested)
    assert exits == [0]
    window.catalog.close()
    fresh = open_window(qtbot)
    status = fresh.statusBar().currentMessage()
    assert f"content {NEWER} of 2026-12-01" in status and "update installed" in status
    fresh.content_menu.about()
    [about] = boxes(fresh)
    assert NEWER in about.text() and "An update installed on" in about.text()
    assert str(user_home / "content") in about.detailedText()
    about.done(0)

    fresh.content_menu.restore()
    [box] = boxes(fresh)
    assert box.windowTitle() == "Previous content restored"
    assert "the content that came with Shishya" in box.text()
    box.done(0)
    assert exits == [0, 0]
    fresh.catalog.close()
    assert "bundled" in open_window(qtbot).statusBar().currentMessage()


def test_a_refused_pack_is_a_message_and_nothing_changes(qtbot, themed_app, tmp_path) -> None:
    window = open_window(qtbot)
    bad = tmp_path / "bad.shpack"
    bad.write_bytes(b"PK\x03\x04 not really")
    window.content_menu.install(str(bad))
    [box] = boxes(window)
    assert box.windowTitle() == "Content not updated"
    assert "Nothing was changed." in box.text() and str(bad) in box.detailedText()
    box.done(0)
    assert not window.reopen_requested
    window.content_menu.restore()
    [box] = boxes(window)
    assert "no previous content" in box.text()
    box.done(0)


def test_status_bar_says_when_installed_content_was_passed_over(
    qtbot, themed_app, pack_factory, user_home
) -> None:
    installed = ContentStore(user_home / "content").install(pack_factory(10))
    (user_home / "content" / "packs" / installed.folder / "shishya.db").write_bytes(b"junk")
    window = open_window(qtbot)
    assert "the installed update could not be opened" in window.statusBar().currentMessage()
    window.content_menu.about()
    [about] = boxes(window)
    assert "could not be opened" in about.text() and "Passed over" in about.detailedText()
    about.done(0)


def test_content_menu_entries(qtbot, themed_app) -> None:
    window = open_window(qtbot)
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&File", "&View", "&Go", "&Content", "&Help"]
    content = window.menuBar().actions()[3].menu()
    texts = [a.text() for a in content.actions() if a.text()]
    assert texts == ["Update content from file…", "Restore previous content", "About this content"]


def test_shared_pcs_show_only_about_this_content(qtbot, themed_app, tmp_path, monkeypatch) -> None:
    """In Lab and Event modes a student cannot change the content; the admin does, for all."""
    config = tmp_path / "shishya.ini"
    config.write_text("[shishya]\nmode = lab\n", encoding="utf-8")
    monkeypatch.setenv("SHISHYA_MACHINE_CONFIG", str(config))
    window = open_window(qtbot)
    content = window.menuBar().actions()[3].menu()
    shown = [a.text() for a in content.actions() if a.isVisible()]
    assert shown == ["About this content"]


def test_opening_choice_is_reported(pack_factory, user_home) -> None:
    ContentStore(user_home / "content").install(pack_factory(10))
    opening = _Opening(content_choices(None))
    opening.result().close()
    assert opening.in_use.where == "user" and opening.path.parent.name == f"10-{NEWER}"


def test_portable_mode_writes_nothing_on_the_host(
    qtbot, themed_app, pack_factory, tmp_path, monkeypatch
) -> None:
    """A marker beside the program: settings and content go to the stick, none to the host;
    the same copy made read-only still starts, and the host still gets nothing."""
    from shishya_desktop import paths
    from shishya_desktop.packs.cli import store_for

    stick = tmp_path / "stick" / "shishya"
    stick.mkdir(parents=True)
    (stick / paths.PORTABLE_MARKER).write_text("portable\n")
    host = tmp_path / "host-home"
    host.mkdir()
    monkeypatch.delenv("SHISHYA_HOME")
    monkeypatch.setenv("HOME", str(host))
    monkeypatch.setenv("XDG_DATA_HOME", str(host / ".local" / "share"))
    monkeypatch.setattr(paths, "app_folder", lambda: stick)
    assert paths.user_dir() == stick / "ShishyaData"
    assert [w for w, _ in paths.content_folders()] == ["portable"]

    store = store_for(all_users=False)
    assert store.where == "portable"
    store.install(pack_factory(10))
    window = open_window(qtbot)
    assert NEWER in window.statusBar().currentMessage()
    window.save_state()
    window.close()
    window.catalog.close()
    assert (stick / "ShishyaData" / "settings.ini").is_file()
    assert list(host.rglob("*")) == []

    for path in [stick, *stick.rglob("*")]:
        path.chmod(0o555 if path.is_dir() else 0o444)
    try:
        window = open_window(qtbot)
        assert NEWER in window.statusBar().currentMessage()
        window.save_state()
        window.close()
        window.catalog.close()
    finally:
        for path in [stick, *stick.rglob("*")]:
            path.chmod(0o755 if path.is_dir() else 0o644)
    assert list(host.rglob("*")) == []


REOPEN = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from shishya_desktop import app

def windows():
    return [w for w in QApplication.topLevelWidgets() if hasattr(w, "content_menu")
            and w.isVisible()]

def install():
    [window] = windows()
    print("before:", window.statusBar().currentMessage())
    window.content_menu.install(sys.argv[1])
    for box in window.findChildren(QMessageBox):
        box.done(0)
    QTimer.singleShot(500, look)

def look():
    for window in windows():
        print("after:", window.statusBar().currentMessage())
    QApplication.instance().quit()

create = app.create_application
def create_and_plan(argv):
    made = create(argv)
    QTimer.singleShot(500, install)
    return made

app.create_application = create_and_plan
sys.exit(app.main([]))
"""


def test_the_app_reopens_on_new_content(pack_factory) -> None:
    """In the running app (a real process), an install from the window closes the old window
    and shows one on the new content, with no second window left."""
    import os
    import subprocess
    import sys

    from tests.conftest import REPO

    result = subprocess.run(
        [sys.executable, "-c", REOPEN, str(pack_factory(10))],
        cwd=REPO,
        env=os.environ | {"QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    lines = [line for line in result.stdout.splitlines() if line.startswith(("before", "after"))]
    assert len(lines) == 2, result.stdout
    assert "bundled" in lines[0]
    assert f"content {NEWER}" in lines[1] and "update installed" in lines[1]
