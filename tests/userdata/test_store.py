"""The user store: transactions, migrations, damaged and foreign files, unwritable folders."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from shishya_desktop.userdata import store as store_module
from shishya_desktop.userdata.store import (
    APPLICATION_ID,
    SCHEMA_VERSION,
    ImportProblem,
    UserStore,
)


def test_changes_are_on_disk_when_the_call_returns(tmp_path: Path) -> None:
    path = tmp_path / "u" / "my.sqlite"
    store = UserStore.open(path)
    assert store.persistent and not store.problem
    store.add("doctor")
    store.add("pilot")
    store.set_note("doctor", "ask uncle about NDA ₹ शिष्य")
    store.move("pilot", -1)
    # Another connection sees every change, without the first being closed.
    other = sqlite3.connect(path)
    rows = other.execute("SELECT slug, note FROM shortlist ORDER BY position").fetchall()
    assert rows == [("pilot", ""), ("doctor", "ask uncle about NDA ₹ शिष्य")]
    assert other.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    other.close()
    store.close()


def test_synchronous_full(tmp_path: Path) -> None:
    store = UserStore.open(tmp_path / "my.sqlite")
    assert store._db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL


def test_order_toggle_and_clear(tmp_path: Path) -> None:
    store = UserStore.open(tmp_path / "my.sqlite")
    for slug in ("a", "b", "c"):
        assert store.add(slug)
    assert not store.add("a")
    store.move("a", 5)
    assert store.slugs() == ["b", "c", "a"]
    assert store.toggle("b") is False
    assert store.slugs() == ["c", "a"]
    store.clear()
    assert len(store) == 0


def _version_1_file(path: Path) -> None:
    connection = sqlite3.connect(path)
    connection.executescript(store_module.MIGRATIONS[0])
    connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    connection.execute("PRAGMA user_version = 1")
    connection.execute("INSERT INTO shortlist (slug, position, note) VALUES ('doctor', 0, 'hi')")
    connection.commit()
    connection.close()


def test_migration_from_version_1_keeps_the_shortlist(tmp_path: Path) -> None:
    path = tmp_path / "my.sqlite"
    _version_1_file(path)
    store = UserStore.open(path)
    assert not store.problem
    assert [(e.slug, e.note) for e in store.entries()] == [("doctor", "hi")]
    assert store._db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 2
    columns = [row[1] for row in store._db.execute("PRAGMA table_info(shortlist)")]
    assert "added_at" in columns


def test_a_new_file_gets_every_migration(tmp_path: Path) -> None:
    store = UserStore.open(tmp_path / "my.sqlite")
    assert store._db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert store._db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID


@pytest.mark.parametrize("kind", ["garbage", "foreign", "newer"])
def test_damaged_or_foreign_file_is_set_aside(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "my.sqlite"
    if kind == "garbage":
        path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 3000)
    elif kind == "foreign":
        other = sqlite3.connect(path)
        other.execute("CREATE TABLE photos (id INTEGER)")
        other.commit()
        other.close()
    else:
        store = UserStore.open(path)
        store._db.execute("PRAGMA user_version = 99")
        store.close()
    before = path.read_bytes()
    store = UserStore.open(path)
    assert store.persistent and "set aside" in store.problem
    aside = [
        p
        for p in tmp_path.iterdir()
        if ".damaged-" in p.name and not p.name.endswith(("-wal", "-shm"))
    ]
    assert len(aside) == 1 and aside[0].read_bytes() == before  # renamed, not deleted
    assert len(store) == 0
    store.add("doctor")
    assert "doctor" in store


def test_read_only_folder_keeps_the_shortlist_in_memory(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        store = UserStore.open(folder / "my.sqlite")
        if store.persistent:  # running as root: permissions do not apply
            pytest.skip("root ignores folder permissions")
        assert "not be kept" in store.problem
        store.add("doctor")
        assert store.slugs() == ["doctor"]
    finally:
        folder.chmod(0o700)


def test_full_disk_in_the_middle_falls_back_to_memory(tmp_path: Path) -> None:
    store = UserStore.open(tmp_path / "my.sqlite")
    store.add("doctor")
    told: list[str] = []
    store.on_problem = lambda message, details: told.append(message)

    class FullDisk:
        """A connection whose writes fail the way SQLite's do on a full disk."""

        def __init__(self, real: sqlite3.Connection):
            self.real = real

        def execute(self, sql: str, *args: object):  # type: ignore[no-untyped-def]
            if sql.startswith(("BEGIN", "INSERT", "UPDATE", "DELETE")):
                raise sqlite3.OperationalError("database or disk is full")
            return self.real.execute(sql, *args)

        def __enter__(self):  # type: ignore[no-untyped-def]
            return self

        def __exit__(self, *exc: object) -> None:
            return None

        def close(self) -> None:
            self.real.close()

    store._db = FullDisk(store._db)  # type: ignore[assignment]
    store.add("pilot")
    assert told and "disk is full" in told[0] and "not be kept" in told[0]
    assert not store.persistent
    assert store.slugs() == ["doctor", "pilot"]


def test_export_and_import_round_trip(tmp_path: Path) -> None:
    first = UserStore.open(tmp_path / "a.sqlite")
    first.add("doctor")
    first.set_note("doctor", "ask uncle")
    first.add("pilot")
    data = first.export_bytes()
    second = UserStore.in_memory()
    second.add("pilot")
    second.set_note("pilot", "eyesight?")
    assert second.import_bytes(data + b"", known=lambda slug: slug != "ghost") == 1
    assert [(e.slug, e.note) for e in second.entries()] == [
        ("pilot", "eyesight?"),
        ("doctor", "ask uncle"),
    ]


@pytest.mark.parametrize(
    "data", [b"", b"\xff\xfe", b"[]", b'{"format": "other"}', b'{"format": "shishya-my-careers"}']
)
def test_import_of_a_wrong_file_says_why(data: bytes) -> None:
    with pytest.raises(ImportProblem):
        UserStore.in_memory().import_bytes(data, known=lambda slug: True)


def test_a_file_that_cannot_be_opened_keeps_the_shortlist_in_memory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What SQLite says for a read-only per-user folder, whoever runs the test (root too)."""
    real = store_module._connect

    def refuse(target: str) -> sqlite3.Connection:
        if target != ":memory:":
            raise sqlite3.OperationalError("attempt to write a readonly database")
        return real(target)

    monkeypatch.setattr(store_module, "_connect", refuse)
    store = UserStore.open(tmp_path / "my.sqlite")
    assert not store.persistent
    assert (
        store.problem.startswith("Shishya is not allowed to write")
        and "not be kept" in store.problem
    )
    store.add("doctor")
    assert store.slugs() == ["doctor"]
