"""Damaged copies of the real database, built in code: the probe of issue 9 as a table of cases.

Each case writes one file from the bundled ``data/shishya.db``: cut short, bytes flipped, tables
and columns dropped, NULLs and wrong types, text that is not UTF-8, a career without salary rows,
a damaged search index, foreign and future files, a folder, nothing at all. ``expect`` says what
a student must meet: ``refused`` (a clear message at start), ``partial`` (the window opens and
the damaged part says so in place) or ``works``.
"""

from __future__ import annotations

import shutil
import sqlite3
import struct
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from tests.conftest import REPO
from tests.resealed import reseal

REAL_DB = REPO / "data" / "shishya.db"
SLUG = "nurse"  # the career the row-level cases damage


@dataclass(frozen=True)
class Case:
    name: str
    make: Callable[[Path], None]  # writes the damaged file at the given path
    expect: str  # "refused", "partial" or "works"
    slug: str = ""  # the career whose page is damaged, for "partial" cases

    def build(self, folder: Path) -> Path:
        path = folder / f"{self.name}.db"
        self.make(path)
        return path


def _bytes() -> bytes:
    return REAL_DB.read_bytes()


def _page_size() -> int:
    return struct.unpack(">H", _bytes()[16:18])[0]


def cut(size: Callable[[int], int]) -> Callable[[Path], None]:
    def make(path: Path) -> None:
        data = _bytes()
        path.write_bytes(data[: size(len(data))])

    return make


def poke(offset: Callable[[bytes], int], new: bytes) -> Callable[[Path], None]:
    def make(path: Path) -> None:
        data = bytearray(_bytes())
        at = offset(bytes(data))
        data[at : at + len(new)] = new
        path.write_bytes(bytes(data))

    return make


def flip(offset: Callable[[bytes], int], length: int) -> Callable[[Path], None]:
    def make(path: Path) -> None:
        data = bytearray(_bytes())
        at = offset(bytes(data))
        for position in range(at, at + length):
            data[position] ^= 0xA5
        path.write_bytes(bytes(data))

    return make


def root_page_offset(table: str) -> Callable[[bytes], int]:
    def offset(_data: bytes) -> int:
        with sqlite3.connect(f"{REAL_DB.as_uri()}?mode=ro&immutable=1", uri=True) as connection:
            (page,) = connection.execute(
                "SELECT rootpage FROM sqlite_schema WHERE name = ?", (table,)
            ).fetchone()
        connection.close()
        return (page - 1) * _page_size() + 8  # just after the b-tree page header's start

    return offset


def sql(*statements: str) -> Callable[[Path], None]:
    """A copy changed with SQL, written back in rollback-journal mode like the real one, and
    sealed again: well-formed rows a faulty build could have made, not a damaged file (which
    the seal refuses whatever it holds)."""

    def make(path: Path) -> None:
        shutil.copyfile(REAL_DB, path)
        connection = sqlite3.connect(path)
        try:
            for statement in statements:
                connection.execute(statement)
            connection.commit()
        finally:
            connection.close()
        reseal(path)

    return make


def write(data: bytes) -> Callable[[Path], None]:
    def make(path: Path) -> None:
        path.write_bytes(data)

    return make


def foreign_sqlite(path: Path) -> None:
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")
    connection.execute("INSERT INTO notes (text) VALUES ('not a career database')")
    connection.commit()
    connection.close()


def folder(path: Path) -> None:
    path.mkdir()


def nothing(_path: Path) -> None:
    pass


def middle(data: bytes) -> int:
    # The end of the middle page: a b-tree page keeps its cells at its end, so these bytes are
    # stored content whatever the layout (its free space in between holds nothing to damage).
    size = _page_size()
    return (len(data) // 2 // size + 1) * size - 64


CASES = (
    Case("empty", write(b""), "refused"),
    Case("header-only", cut(lambda n: 100), "refused"),
    Case("first-page-only", cut(lambda n: _page_size()), "refused"),
    Case("half", cut(lambda n: n // 2), "refused"),
    Case("last-page-cut", cut(lambda n: n - _page_size()), "refused"),
    Case("tenth-cut", cut(lambda n: n * 9 // 10), "refused"),
    Case("magic-flipped", flip(lambda d: 0, 1), "refused"),
    Case("page-size-invalid", poke(lambda d: 16, b"\x00\x03"), "refused"),
    Case("utf16-encoding-flag", poke(lambda d: 56, struct.pack(">I", 2)), "refused"),
    Case("application-id-flipped", flip(lambda d: 68, 4), "refused"),
    Case("schema-too-old", poke(lambda d: 60, struct.pack(">I", 2)), "refused"),
    Case("schema-from-the-future", poke(lambda d: 60, struct.pack(">I", 99)), "refused"),
    Case("middle-flipped", flip(middle, 64), "refused"),
    Case("careers-root-flipped", flip(root_page_offset("careers"), 16), "refused"),
    Case("schema-root-flipped", flip(lambda d: 100, 12), "refused"),
    Case("last-quarter-zeroed", poke(lambda d: len(d) * 3 // 4, b"\0" * 200_000), "refused"),
    Case("noise", write(bytes(range(256)) * 8000), "refused"),
    Case("text-file", write(b"Shishya careers list\n" * 100), "refused"),
    Case("pdf-file", write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + b"0" * 5000), "refused"),
    Case("foreign-sqlite", foreign_sqlite, "refused"),
    Case("folder", folder, "refused"),
    Case("missing", nothing, "refused"),
    Case("no-categories", sql("DROP TABLE categories"), "refused"),
    Case("no-career-items", sql("DROP TABLE career_items"), "refused"),
    Case("no-search-index", sql("DROP TABLE careers_fts"), "refused"),
    Case("no-salary-bands", sql("DROP TABLE salary_bands"), "refused"),
    Case("no-quotes", sql("DROP TABLE quotes"), "refused"),
    Case("no-meta", sql("DROP TABLE meta"), "refused"),
    Case("no-exams", sql("DROP TABLE exams"), "refused"),
    Case("no-path-steps", sql("DROP TABLE path_steps"), "refused"),
    Case("no-tagline-column", sql("ALTER TABLE careers DROP COLUMN tagline"), "refused"),
    Case("no-exam-about-column", sql("ALTER TABLE exams DROP COLUMN about"), "refused"),
    Case("no-band-note-column", sql("ALTER TABLE salary_bands DROP COLUMN note"), "refused"),
    Case("path-title-renamed", sql("ALTER TABLE paths RENAME COLUMN title TO heading"), "refused"),
    Case("null-title", sql(f"UPDATE careers SET title = NULL WHERE slug = '{SLUG}'"), "refused"),
    Case("null-streams", sql("UPDATE careers SET streams = NULL"), "refused"),
    Case("null-exam-name", sql("UPDATE exams SET short_name = NULL WHERE rowid = 1"), "refused"),
    Case(
        "text-salary",
        sql(f"UPDATE salary_bands SET min_lpa = 'abc' WHERE career = '{SLUG}'"),
        "refused",
    ),
    Case("no-careers", sql("DELETE FROM careers"), "refused"),
    Case("index-rows-lost", sql("DELETE FROM careers_fts_docsize WHERE id < 10"), "refused"),
    Case(
        "not-utf8-what-they-do",
        sql(f"UPDATE careers SET what_they_do = CAST(x'c328ff' AS TEXT) WHERE slug = '{SLUG}'"),
        "partial",
        SLUG,
    ),
    Case(
        "not-utf8-step",
        sql(
            "UPDATE path_steps SET step = CAST(x'ff' AS TEXT) WHERE path = "
            f"(SELECT id FROM paths WHERE career = '{SLUG}' LIMIT 1)"
        ),
        "partial",
        SLUG,
    ),
    Case(
        "career-without-salary",
        sql(f"DELETE FROM salary_bands WHERE career = '{SLUG}'"),
        "partial",
        SLUG,
    ),
    Case(
        "career-without-routes",
        sql(
            f"DELETE FROM path_steps WHERE path IN (SELECT id FROM paths WHERE career = '{SLUG}')",
            f"DELETE FROM paths WHERE career = '{SLUG}'",
        ),
        "partial",
        SLUG,
    ),
    Case(
        "search-index-page-damaged",
        sql(
            "UPDATE careers_fts_data SET block = zeroblob(length(block)) "
            "WHERE id = (SELECT max(id) FROM careers_fts_data)"
        ),
        "partial",
    ),
    Case("no-meta-rows", sql("DELETE FROM meta WHERE key != 'checksum'"), "works"),
)
