"""My careers: the star on pages and list rows, notes, order, Compare, My plan, export/import."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from shishya_desktop import paths
from shishya_desktop.pdf_check import check_pdf_file
from shishya_desktop.ui.common import file_dialogs
from shishya_desktop.ui.main_window import COMPARE, MY_CAREERS
from shishya_desktop.userdata.store import UserStore


def _slugs(catalog, count: int) -> list[str]:  # type: ignore[no-untyped-def]
    return [career.slug for career in catalog.career_summaries()[:count]]


def test_star_on_the_page_saves_to_the_file(window, catalog, qtbot) -> None:  # type: ignore[no-untyped-def]
    slug = _slugs(catalog, 1)[0]
    window.explore.page.open_career(slug)
    page = window.explore.page
    assert page.star_button.isVisible() and "Save" in page.star_button.text()
    qtbot.mouseClick(page.star_button, Qt.MouseButton.LeftButton)
    assert "★" in page.star_button.text()
    assert window.session.store.slugs() == [slug]
    # On disk, in the per-user folder, already.
    other = UserStore.open(paths.user_store_file())
    assert other.slugs() == [slug]
    other.close()
    row = window.explore.model.row_of(slug)
    assert window.explore.model.index(row, 0).data().startswith("★ ")
    page.browser.setFocus()
    qtbot.keyClick(page.browser, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert window.session.store.slugs() == []


def test_ctrl_d_on_a_list_row(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = window.explore
    view.list_view.setFocus()
    view.list_view.setCurrentIndex(view.model.index(2, 0))
    qtbot.keyClick(view.list_view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert window.session.store.slugs() == [view.model.career_at(2).slug]


def test_notes_order_and_compare(window, catalog, qtbot) -> None:  # type: ignore[no-untyped-def]
    a, b, c = _slugs(catalog, 3)
    for slug in (a, b, c):
        window.toggle_saved(slug)
    window.show_my_careers()
    view = window.shortlist
    assert window.sections.currentIndex() == MY_CAREERS
    assert [view.model.slug_at(r) for r in range(3)] == [a, b, c]
    view.list_view.setCurrentIndex(view.model.index(0, 0))
    view.note.setFocus()
    qtbot.keyClicks(view.note, "ask uncle")
    assert window.session.store.note(a) == "ask uncle"  # kept at each keystroke
    view.list_view.setFocus()
    qtbot.keyClick(view.list_view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert window.session.store.slugs() == [b, a, c]
    view.list_view.selectAll()
    qtbot.mouseClick(view.compare_button, Qt.MouseButton.LeftButton)
    assert window.sections.currentIndex() == COMPARE
    assert window.compare_selection.slugs == [b, a, c]


def test_compare_needs_two_to_four(window, catalog, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.toggle_saved(_slugs(catalog, 1)[0])
    window.show_my_careers()
    window.shortlist.list_view.selectAll()
    window.shortlist.compare_selected()
    assert window.compare_selection.slugs == []


def test_my_plan_is_one_a4_page(window, catalog, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    for slug in _slugs(catalog, 4):
        window.toggle_saved(slug)
    window.session.store.set_note(_slugs(catalog, 1)[0], "ask uncle about NDA ₹ शिष्य <b>x</b>")
    window.show_my_careers()
    job = window.shortlist.plan_job()
    assert "ask uncle about NDA" in job.html and "&lt;b&gt;" in job.html and not job.landscape
    target = tmp_path / "plan.pdf"
    monkeypatch.setattr(file_dialogs, "ask_save_path", lambda *a, **k: str(target))
    window.shortlist.export_plan()
    check_pdf_file(target, 1)


def test_export_and_import_through_the_view(window, catalog, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    a, b = _slugs(catalog, 2)
    window.toggle_saved(a)
    window.session.store.set_note(a, "note A")
    target = tmp_path / "usb" / "mine"
    target.parent.mkdir()
    monkeypatch.setattr(file_dialogs, "ask_save_path", lambda *a, **k: str(target))
    window.show_my_careers()
    window.shortlist.export_list()
    exported = target.with_name("mine.shishya")
    assert exported.exists()
    window.session.store.clear()
    window.toggle_saved(b)
    assert window.shortlist.import_file(exported) == 1
    assert window.session.store.slugs() == [b, a] and window.session.store.note(a) == "note A"


def test_import_of_a_wrong_file_is_a_message(window, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "bad.shishya"
    bad.write_bytes(b"\x00\x01 not json")
    window.show_my_careers()
    assert window.shortlist.import_file(bad) == 0
    qtbot.waitUntil(
        lambda: any(
            w.isVisible() and "not a My careers file" in getattr(w, "text", lambda: "")()
            for w in window.findChildren(type(window.notify("x", "y")))
        )
    )


def _damaged(home: Path) -> None:
    home.mkdir(parents=True, exist_ok=True)
    paths.user_store_file().write_bytes(b"SQLite format 3\x00" + b"\x13" * 5000)


def test_damaged_user_file_gives_a_message_and_a_working_app(
    qtbot, themed_app, catalog, user_home: Path
) -> None:  # type: ignore[no-untyped-def]
    from shishya_desktop.app import make_settings
    from shishya_desktop.ui.main_window import MainWindow

    _damaged(user_home)
    window = MainWindow(catalog, make_settings())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.session.store_opened)
    assert "set aside" in window.session.store.problem
    assert any(".damaged-" in p.name for p in user_home.iterdir())
    slug = catalog.career_summaries()[0].slug
    window.toggle_saved(slug)
    assert window.session.store.slugs() == [slug]
    window.show_my_careers()
    assert window.shortlist.notice.isVisible()
    assert "set aside" in window.shortlist.notice.text()


def test_unwritable_folder_keeps_the_list_in_memory_and_says_so(
    qtbot, themed_app, catalog, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    import sqlite3

    from shishya_desktop.app import make_settings
    from shishya_desktop.ui.main_window import MainWindow
    from shishya_desktop.userdata import store as store_module

    real = store_module._connect

    def read_only(target: str):  # type: ignore[no-untyped-def]
        if target != ":memory:":
            raise sqlite3.OperationalError("attempt to write a readonly database")
        return real(target)

    monkeypatch.setattr(store_module, "_connect", read_only)
    window = MainWindow(catalog, make_settings())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.session.store_opened)
    window.toggle_saved(catalog.career_summaries()[0].slug)
    window.show_my_careers()
    assert "will not be kept" in window.shortlist.notice.text()
    assert len(window.session.store) == 1 and not window.session.store.persistent


def test_disk_full_while_typing_a_note(window, catalog, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import sqlite3

    slug = catalog.career_summaries()[0].slug
    window.toggle_saved(slug)
    window.show_my_careers()
    store = window.session.store
    real = store._db

    class Full:
        def execute(self, sql: str, *args: object):  # type: ignore[no-untyped-def]
            if sql.startswith(("BEGIN", "UPDATE", "INSERT", "DELETE")):
                raise sqlite3.OperationalError("database or disk is full")
            return real.execute(sql, *args)

        def __enter__(self):  # type: ignore[no-untyped-def]
            return self

        def __exit__(self, *exc: object) -> None:
            return None

        def close(self) -> None:
            real.close()

    store._db = Full()  # type: ignore[assignment]
    window.shortlist.note.setFocus()
    qtbot.keyClicks(window.shortlist.note, "abc")
    assert store.note(slug) == "abc" and not store.persistent
    assert "disk is full" in window.shortlist.notice.text()
