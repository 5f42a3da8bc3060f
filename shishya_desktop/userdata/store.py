"""The student's shortlist ("My careers") and notes in their own SQLite file. No Qt.

The file lives in the per-user folder (``paths.user_store_file``), never in the bundled database
or the install folder. Every change is one transaction in WAL mode with ``synchronous=FULL``: once
a method returns, the change survives a crash or a power cut. The schema is versioned with
``PRAGMA user_version`` and upgraded by ``MIGRATIONS``; ``application_id`` marks the file as ours.

When the file cannot be used, the store still works, in memory, and ``problem`` says why in plain
words: a damaged or foreign file is set aside (renamed, never deleted) and a fresh one started; a
read-only folder or a full disk keeps the shortlist in memory only, and the student is told.
"""

from __future__ import annotations

import json
import os
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

APPLICATION_ID = 0x53485359  # "SHSY"
EXPORT_FORMAT = "shishya-my-careers"
MAX_NOTE = 4000
MAX_IMPORT_BYTES = 1_000_000

# MIGRATIONS[n] takes a file from user_version n to n + 1.
MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE shortlist (
        slug TEXT PRIMARY KEY,
        position INTEGER NOT NULL,
        note TEXT NOT NULL DEFAULT ''
    );
    """,
    """
    ALTER TABLE shortlist ADD COLUMN added_at INTEGER NOT NULL DEFAULT 0;
    """,
)
SCHEMA_VERSION = len(MIGRATIONS)

NOT_KEPT = "Your shortlist will not be kept after Shishya closes."


@dataclass(frozen=True, slots=True)
class Entry:
    slug: str
    note: str


class ImportProblem(Exception):
    """An import file could not be read; the message says why."""


class Foreign(Exception):
    """The file is an SQLite database, but not a Shishya user file (or from a newer Shishya)."""


def _check_ours(connection: sqlite3.Connection) -> None:
    """Raise Foreign unless the file is empty or a Shishya user file this version can read."""
    version = connection.execute("PRAGMA user_version").fetchone()[0]
    app_id = connection.execute("PRAGMA application_id").fetchone()[0]
    tables = connection.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    if app_id not in (0, APPLICATION_ID) or (app_id == 0 and tables) or version > SCHEMA_VERSION:
        raise Foreign(f"application_id={app_id} user_version={version} tables={tables}")


def _migrate(connection: sqlite3.Connection) -> None:
    version = connection.execute("PRAGMA user_version").fetchone()[0]
    for number in range(version, SCHEMA_VERSION):
        with connection:  # one transaction per step: a crash leaves the old or the new version
            connection.execute("BEGIN IMMEDIATE")
            for statement in MIGRATIONS[number].split(";"):
                if statement.strip():
                    connection.execute(statement)
            connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            connection.execute(f"PRAGMA user_version = {number + 1}")


def _connect(target: str) -> sqlite3.Connection:
    connection = sqlite3.connect(target, isolation_level=None, check_same_thread=False)
    try:
        if target != ":memory:":
            if connection.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise sqlite3.DatabaseError("quick_check failed")
            _check_ours(connection)  # before anything is written to a file that is not ours
            connection.execute("PRAGMA journal_mode=WAL").fetchone()
        connection.execute("PRAGMA synchronous=FULL")
        _migrate(connection)
    except BaseException:
        connection.close()
        raise
    return connection


def set_aside(path: Path) -> Path:
    """Rename a damaged file (and its WAL files) out of the way; return the new name."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.damaged-{stamp}")
    counter = 1
    while target.exists():
        counter += 1
        target = path.with_name(f"{path.name}.damaged-{stamp}-{counter}")
    os.replace(path, target)
    for suffix in ("-wal", "-shm"):
        side = path.with_name(path.name + suffix)
        if side.exists():
            os.replace(side, target.with_name(target.name + suffix))
    return target


class UserStore:
    """The shortlist, in order, with a note per career. ``persistent`` says if it is kept."""

    def __init__(self, connection: sqlite3.Connection, path: Path | None, problem: str = ""):
        self._db = connection
        self.path = path
        self.problem = problem  # why the shortlist is not (or no longer) kept, in plain words
        self.details = ""
        self.on_problem: Callable[[str, str], None] | None = None

    @property
    def persistent(self) -> bool:
        return self.path is not None

    @classmethod
    def in_memory(cls, problem: str = "") -> UserStore:
        return cls(_connect(":memory:"), None, problem)

    @classmethod
    def open(cls, path: Path) -> UserStore:
        """Open (or create) the user file; never raises: problems go to ``problem``."""
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            return cls(_connect(str(path)), path)
        except (Foreign, sqlite3.DatabaseError) as error:
            if isinstance(error, sqlite3.OperationalError) and not _is_damage(error):
                return cls._memory_because(path, error)
            try:
                aside = set_aside(path)
                store = cls(_connect(str(path)), path)
            except (OSError, sqlite3.Error, Foreign) as second:
                return cls._memory_because(path, second)
            store.problem = (
                f"Your saved shortlist could not be read, so it was set aside as {aside.name} "
                "and a new, empty one was started."
            )
            store.details = f"file: {path}\nset aside: {aside}\nreason: {error}"
            return store
        except OSError as error:
            return cls._memory_because(path, error)

    @classmethod
    def _memory_because(cls, path: Path, error: BaseException) -> UserStore:
        store = cls.in_memory(_reason(error) + " " + NOT_KEPT)
        store.details = f"file: {path}\nsystem: {error}"
        return store

    def close(self) -> None:
        self._db.close()

    # Reading ---------------------------------------------------------------------------------

    def entries(self) -> list[Entry]:
        rows = self._db.execute("SELECT slug, note FROM shortlist ORDER BY position, slug")
        return [Entry(slug, note) for slug, note in rows]

    def slugs(self) -> list[str]:
        return [entry.slug for entry in self.entries()]

    def __contains__(self, slug: object) -> bool:
        row = self._db.execute("SELECT 1 FROM shortlist WHERE slug = ?", (slug,)).fetchone()
        return row is not None

    def __len__(self) -> int:
        return int(self._db.execute("SELECT count(*) FROM shortlist").fetchone()[0])

    def note(self, slug: str) -> str:
        row = self._db.execute("SELECT note FROM shortlist WHERE slug = ?", (slug,)).fetchone()
        return row[0] if row else ""

    # Writing: each change is one transaction -------------------------------------------------

    def _write(self, statements: list[tuple[str, tuple[object, ...]]]) -> None:
        try:
            with self._db:
                self._db.execute("BEGIN IMMEDIATE")
                for sql, args in statements:
                    self._db.execute(sql, args)
        except sqlite3.Error as error:
            if self.path is None:
                raise
            self._fall_back(error)
            self._write(statements)

    def _fall_back(self, error: BaseException) -> None:
        """The file stopped taking writes (disk full, folder made read-only): keep going in
        memory with everything so far, and say so once."""
        kept = self.entries()
        path = self.path
        self._db.close()
        self._db = _connect(":memory:")
        self.path = None
        self.problem = _reason(error) + " " + NOT_KEPT
        self.details = f"file: {path}\nsystem: {error}"
        with self._db:
            for position, entry in enumerate(kept):
                self._db.execute(
                    "INSERT INTO shortlist (slug, position, note) VALUES (?, ?, ?)",
                    (entry.slug, position, entry.note),
                )
        if self.on_problem is not None:
            self.on_problem(self.problem, self.details)

    def add(self, slug: str) -> bool:
        """Add ``slug`` at the end; False if it was already there."""
        if slug in self:
            return False
        self._write(
            [
                (
                    "INSERT INTO shortlist (slug, position, note, added_at) VALUES "
                    "(?, (SELECT coalesce(max(position), -1) + 1 FROM shortlist), '', ?)",
                    (slug, int(time.time())),
                )
            ]
        )
        return True

    def remove(self, slug: str) -> None:
        self._write([("DELETE FROM shortlist WHERE slug = ?", (slug,))])

    def toggle(self, slug: str) -> bool:
        """Add or remove ``slug``; True if it is now on the shortlist."""
        if slug in self:
            self.remove(slug)
            return False
        self.add(slug)
        return True

    def set_note(self, slug: str, note: str) -> None:
        self._write([("UPDATE shortlist SET note = ? WHERE slug = ?", (note[:MAX_NOTE], slug))])

    def move(self, slug: str, offset: int) -> None:
        """Move ``slug`` up (negative) or down (positive), staying inside the list."""
        order = self.slugs()
        if slug not in order:
            return
        old = order.index(slug)
        new = max(0, min(len(order) - 1, old + offset))
        order.insert(new, order.pop(old))
        self.reorder(order)

    def reorder(self, order: list[str]) -> None:
        self._write(
            [
                ("UPDATE shortlist SET position = ? WHERE slug = ?", (position, slug))
                for position, slug in enumerate(order)
            ]
        )

    def clear(self) -> None:
        self._write([("DELETE FROM shortlist", ())])

    # Moving to another PC ----------------------------------------------------------------------

    def export_bytes(self) -> bytes:
        data = {
            "format": EXPORT_FORMAT,
            "version": 1,
            "careers": [{"slug": e.slug, "note": e.note} for e in self.entries()],
        }
        return (json.dumps(data, ensure_ascii=False, indent=1) + "\n").encode("utf-8")

    def import_bytes(self, data: bytes, known: Callable[[str], bool]) -> int:
        """Merge an exported file: new careers are added at the end, notes joined; careers this
        content does not know are skipped. Returns how many careers were added or changed."""
        entries = parse_export(data)
        changed = 0
        for slug, note in entries:
            if not known(slug):
                continue
            added = self.add(slug)
            old = self.note(slug)
            if note and note != old and note not in old:
                self.set_note(slug, f"{old}\n{note}" if old else note)
                changed += 1
            elif added:
                changed += 1
        return changed


def parse_export(data: bytes) -> list[tuple[str, str]]:
    if len(data) > MAX_IMPORT_BYTES:
        raise ImportProblem("This file is too large to be a My careers file.")
    try:
        parsed = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ImportProblem("This is not a My careers file from Shishya.") from error
    if not isinstance(parsed, dict) or parsed.get("format") != EXPORT_FORMAT:
        raise ImportProblem("This is not a My careers file from Shishya.")
    careers = parsed.get("careers")
    if not isinstance(careers, list):
        raise ImportProblem("This My careers file is damaged: it has no list of careers.")
    found = []
    for item in careers:
        if isinstance(item, dict) and isinstance(item.get("slug"), str):
            note = item.get("note")
            found.append((item["slug"], note[:MAX_NOTE] if isinstance(note, str) else ""))
    return found


def _is_damage(error: sqlite3.OperationalError) -> bool:
    text = str(error).lower()
    return "malformed" in text or "not a database" in text or "quick_check" in text


def _reason(error: BaseException) -> str:
    text = str(error).lower()
    errno_ = getattr(error, "errno", None)
    if "full" in text or errno_ == 28:
        return "The disk is full."
    if "readonly" in text or "read-only" in text or "permission" in text or errno_ in (13, 30):
        return "Shishya is not allowed to write in your user folder."
    if "unable to open" in text:
        return "Shishya cannot open a file in your user folder."
    return "Your shortlist cannot be saved."
