"""The read-only catalogue: opening safely, refusing bad files clearly, and its queries."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from shishya_desktop.catalog import Catalog, CatalogError, Problem
from shishya_desktop.catalog.filters import (
    CareerFilter,
    SortOrder,
    apply_filter,
    select_careers,
    sort_key,
)
from shishya_desktop.catalog.records import Career, CareerSummary
from shishya_desktop.catalog.schema import APPLICATION_ID, SCHEMA_VERSION
from tests.conftest import REPO


@pytest.mark.parametrize("folder", ["with space", "hash#and?query", "शिष्य फ़ोल्डर", "100%"])
def test_opens_from_awkward_paths(fixture_db: Path, tmp_path: Path, folder: str) -> None:
    """Paths with spaces, '#', '?', '%' or Devanagari open fine."""
    target = tmp_path / folder / "shishya.db"
    target.parent.mkdir()
    shutil.copy(fixture_db, target)
    with Catalog.open(target) as catalog:
        assert catalog.info().careers == 4


def test_never_writes_to_the_database(fixture_db: Path, tmp_path: Path) -> None:
    """The connection is read-only: writes fail and the file's bytes do not change."""
    target = tmp_path / "shishya.db"
    shutil.copy(fixture_db, target)
    before = target.read_bytes()
    with Catalog.open(target) as catalog:
        catalog.search("doctor")
        catalog.career("doctor")
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            catalog._connection.execute("DELETE FROM careers")
    assert target.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["shishya.db"]


def test_opens_from_a_read_only_folder(fixture_db: Path, tmp_path: Path) -> None:
    """An install folder the user cannot write to is fine."""
    folder = tmp_path / "installed"
    folder.mkdir()
    shutil.copy(fixture_db, folder / "shishya.db")
    folder.chmod(0o555)
    try:
        with Catalog.open(folder / "shishya.db") as catalog:
            assert catalog.search("nurse")
    finally:
        folder.chmod(0o755)


def damaged_copies(fixture_db: Path, tmp_path: Path) -> dict[str, Path]:
    data = fixture_db.read_bytes()
    copies = {
        "garbage": b"this is not a database at all" * 100,
        "truncated": data[: len(data) // 3],
        "zeroed-middle": data[:4096] + b"\0" * (len(data) - 8192) + data[-4096:],
        "empty": b"",
    }
    paths = {}
    for name, content in copies.items():
        paths[name] = tmp_path / f"{name}.db"
        paths[name].write_bytes(content)
    return paths


@pytest.mark.parametrize("kind", ["garbage", "truncated", "zeroed-middle", "empty"])
def test_damaged_database_gives_a_clear_error(fixture_db: Path, tmp_path: Path, kind: str) -> None:
    """A damaged file raises CatalogError with a message a student can act on."""
    path = damaged_copies(fixture_db, tmp_path)[kind]
    with pytest.raises(CatalogError) as caught, Catalog.open(path) as catalog:
        for summary in catalog.career_summaries():
            catalog.career(summary.slug)
        catalog.search("doctor")
        catalog.verify()
    assert caught.value.problem in {Problem.DAMAGED, Problem.FOREIGN}
    assert "Reinstall Shishya" in str(caught.value) or "not a Shishya" in str(caught.value)


def test_missing_database(tmp_path: Path) -> None:
    with pytest.raises(CatalogError, match=r"missing\. Reinstall Shishya"):
        Catalog.open(tmp_path / "nowhere.db")


def test_foreign_database(tmp_path: Path) -> None:
    """Another application's SQLite file is recognised as not ours."""
    path = tmp_path / "other.db"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE careers (slug TEXT)")
    connection.commit()
    connection.close()
    with pytest.raises(CatalogError) as caught:
        Catalog.open(path)
    assert caught.value.problem is Problem.FOREIGN


@pytest.mark.parametrize(
    ("version", "problem"),
    [(SCHEMA_VERSION - 1, Problem.TOO_OLD), (SCHEMA_VERSION + 1, Problem.TOO_NEW)],
)
def test_schema_version_mismatch(
    fixture_db: Path, tmp_path: Path, version: int, problem: Problem
) -> None:
    path = tmp_path / "versioned.db"
    shutil.copy(fixture_db, path)
    connection = sqlite3.connect(path)
    connection.execute(f"PRAGMA user_version = {version}")
    connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    connection.commit()
    connection.close()
    with pytest.raises(CatalogError) as caught:
        Catalog.open(path)
    assert caught.value.problem is problem


def test_career_in_full(catalog: Catalog) -> None:
    """A career comes back as a frozen record with every section filled."""
    career = catalog.career("doctor")
    assert isinstance(career, Career)
    assert career.title == "Doctor" and career.title_hi == "डॉक्टर"
    assert career.aliases == ("MBBS", "daktar", "physician")
    assert career.category.name == "Medicine & Healthcare"
    assert [band.level for band in career.salary] == ["fresher", "mid", "senior"]
    assert career.salary[0].min_lpa == 6.0
    assert [r.slug for r in career.related] == ["nurse", "pharmacist", "coder"]
    assert [e.slug for e in career.exams] == ["exam-one"]
    assert len(career.paths) == 2 and career.paths[1].affordable
    assert career.shortest_path.years == 3
    with pytest.raises(AttributeError):
        career.title = "changed"  # type: ignore[misc]


def test_unknown_slugs_give_none(catalog: Catalog) -> None:
    assert catalog.career("astronaut") is None
    assert catalog.exam("no-such-exam") is None
    assert catalog.career_summary("'; DROP TABLE careers; --") is None


def test_summaries_exams_and_links(catalog: Catalog) -> None:
    summaries = catalog.career_summaries()
    assert [s.title for s in summaries] == [
        "Doctor",
        "Pharmacist",
        "Registered Nurse",
        "Software Engineer",
    ]
    assert all(isinstance(s, CareerSummary) for s in summaries)
    exam = catalog.exam("exam-two")
    assert exam is not None and [c.slug for c in exam.careers] == ["coder"]
    assert [e.short_name for e in catalog.exams()] == ["EXAM ONE", "EXAM TWO"]
    assert catalog.quotes()[0].author == "Aristotle"
    assert [c.slug for c in catalog.categories()] == ["medicine-healthcare", "it-computing-data"]


def test_facets_count_careers(catalog: Catalog) -> None:
    facets = catalog.facets()
    assert {f.code: f.count for f in facets.categories} == {
        "medicine-healthcare": 3,
        "it-computing-data": 1,
    }
    assert {f.code: f.count for f in facets.streams}["science-pcb"] == 4
    assert {f.code: f.count for f in facets.min_education}["graduate"] == 4
    assert facets.fresher_salary_max == 12.0


def test_filters_and_sorting(catalog: Catalog) -> None:
    """Filters combine; sorting by pay puts the best-paid first."""
    summaries = catalog.career_summaries()
    medical = apply_filter(summaries, CareerFilter(category="medicine-healthcare"))
    assert {s.slug for s in medical} == {"doctor", "nurse", "pharmacist"}
    well_paid = apply_filter(
        summaries, CareerFilter(category="medicine-healthcare", fresher_pay=(10.0, 1000.0))
    )
    assert [s.slug for s in well_paid] == ["doctor"]
    assert apply_filter(summaries, CareerFilter(stream="commerce")) == []
    assert apply_filter(summaries, CareerFilter(max_education="class-12")) == []
    assert len(apply_filter(summaries, CareerFilter())) == 4
    by_pay = sorted(summaries, key=sort_key(SortOrder.FRESHER_PAY))
    assert [s.slug for s in by_pay][:2] == ["doctor", "coder"]
    assert apply_filter(summaries, CareerFilter(min_demand="very-strong")) == []
    assert len(apply_filter(summaries, CareerFilter(min_demand="steady"))) == 4


def test_select_careers_keeps_search_order_and_counts_categories(catalog: Catalog) -> None:
    """With a search, rows follow the ranking; category counts ignore the category choice."""
    summaries = catalog.career_summaries()
    ranked = catalog.search_slugs("pharmacist")
    chosen = CareerFilter(category="it-computing-data")
    selection = select_careers(summaries, ranked, chosen, SortOrder.RELEVANCE)
    assert all(s.category == "it-computing-data" for s in selection.careers)
    assert selection.category_counts["medicine-healthcare"] >= 1
    everything = select_careers(summaries, None, CareerFilter(), SortOrder.RELEVANCE)
    assert [s.title for s in everything.careers] == sorted(s.title for s in summaries)
    by_pay = select_careers(summaries, ranked, CareerFilter(), SortOrder.FRESHER_PAY)
    assert by_pay.careers[0].fresher_max == max(s.fresher_max for s in by_pay.careers)


def test_catalog_never_imports_qt() -> None:
    """The data layer stands alone: importing it (and running its CLI) loads no PySide6."""
    code = (
        "import sys, shishya_desktop.catalog, shishya_desktop.catalog.cli, "
        "shishya_desktop.catalog.build; "
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt imported'"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=REPO)
