"""The database build: reproducible, read-only friendly, checked, matching the committed file."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from shishya_desktop.catalog import Catalog, seal
from shishya_desktop.catalog.build import build_database
from shishya_desktop.catalog.cli import main
from shishya_desktop.catalog.errors import CatalogError
from shishya_desktop.catalog.schema import APPLICATION_ID, SCHEMA_VERSION
from shishya_desktop.catalog.sources import read_sources
from tests.conftest import REPO


def build(content_dir: Path, name: str = "out.db") -> Path:
    out = content_dir.parent / name
    build_database(read_sources(content_dir), out)
    return out


def test_same_sources_give_identical_bytes(content_dir: Path) -> None:
    """Building twice from the same sources gives a byte-identical file."""
    assert build(content_dir, "a.db").read_bytes() == build(content_dir, "b.db").read_bytes()


def test_build_sets_header_and_journal_mode(content_dir: Path) -> None:
    """The file carries our application id and schema version and uses a rollback journal."""
    connection = sqlite3.connect(build(content_dir))
    assert connection.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    connection.close()


def test_tables_have_keys(content_dir: Path) -> None:
    """Link tables declare foreign keys to the tables they link."""
    connection = sqlite3.connect(build(content_dir))

    def targets(table: str) -> set[str]:
        return {row[2] for row in connection.execute(f"PRAGMA foreign_key_list({table})")}

    assert targets("careers") == {"categories"}
    assert targets("career_exams") == {"careers", "exams"}
    assert targets("related_careers") == {"careers"}
    assert targets("salary_bands") == {"careers"}
    assert targets("path_steps") == {"paths"}
    connection.close()


def test_devanagari_words_stay_whole(content_dir: Path) -> None:
    """The FTS tokenizer keeps a Devanagari word with vowel signs as one token."""
    connection = sqlite3.connect(build(content_dir))
    hits = connection.execute(
        "SELECT c.slug FROM careers_fts JOIN careers AS c ON c.id = careers_fts.rowid "
        "WHERE careers_fts MATCH '\"डॉक्टर\"'"
    ).fetchall()
    assert hits == [("doctor",)]
    partial = connection.execute(
        "SELECT rowid FROM careers_fts WHERE careers_fts MATCH '\"ड\"'"
    ).fetchall()
    assert partial == []
    connection.close()


def test_content_version_and_date_come_from_sources(content_dir: Path) -> None:
    """The meta table holds the release from content.toml, not the build time."""
    connection = sqlite3.connect(build(content_dir))
    meta = dict(connection.execute("SELECT key, value FROM meta"))
    checksum = meta.pop("checksum")
    assert meta == {"content_version": "test.1", "content_date": "2026-11-01"}
    assert checksum.startswith("shishya-crc32:") and checksum != seal.PLACEHOLDER
    connection.close()


def test_build_refuses_invalid_content(content_dir: Path, tmp_path: Path, capsys) -> None:
    """`build` on broken content lists the problems, exits 1 and writes no database."""
    (content_dir / "careers" / "nurse.toml").write_text("title = \n", encoding="utf-8")
    out = tmp_path / "never.db"
    assert main(["--data", str(content_dir), "build", "--out", str(out)]) == 1
    assert "careers/nurse.toml: not valid TOML" in capsys.readouterr().err
    assert not out.exists()


def test_committed_database_matches_a_fresh_build() -> None:
    """data/shishya.db is exactly what the content sources build to."""
    assert main(["--data", str(REPO / "data"), "check-built"]) == 0


def test_check_built_notices_a_stale_database(content_dir: Path, capsys) -> None:
    """check-built fails when the sources changed after the last build."""
    db = build(content_dir)
    path = content_dir / "careers" / "nurse.toml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("Night shifts", "Weekend shifts"), encoding="utf-8"
    )
    assert main(["--data", str(content_dir), "--db", str(db), "check-built"]) == 1
    assert "out of date" in capsys.readouterr().err


def test_glossary_is_built_and_read_once(content_dir: Path) -> None:
    """The glossary table holds every term; the catalogue reads it only when first asked."""
    from shishya_desktop.catalog import Catalog

    out = build(content_dir)
    connection = sqlite3.connect(out)
    rows = connection.execute("SELECT abbr, full, expand FROM glossary ORDER BY abbr").fetchall()
    connection.close()
    assert [row[0] for row in rows] == ["EXAM", "IT", "ONE", "PCB", "TWO"]
    with Catalog.open(out) as catalog:
        assert not catalog._glossaries  # not read at start-up
        glossary = catalog.glossary()
        assert glossary is catalog.glossary() and len(glossary) == 5
        assert glossary.get("PCB").full == "Physics, Chemistry and Biology"


def test_one_changed_byte_anywhere_is_refused(content_dir: Path, tmp_path: Path) -> None:
    """The seal finds what SQLite's quick_check cannot: changed text inside a page."""
    built = build(content_dir)
    data = bytearray(built.read_bytes())
    at = data.find(b"Doctors and nurses.")
    assert at > 0
    data[at] ^= 0x01
    damaged = tmp_path / "damaged.db"
    damaged.write_bytes(bytes(data))
    with pytest.raises(CatalogError, match="damaged") as raised:
        Catalog.open(damaged)
    assert "checksum" in raised.value.detail
    with Catalog.open(built) as catalog:  # the untouched file opens
        assert catalog.info().careers
