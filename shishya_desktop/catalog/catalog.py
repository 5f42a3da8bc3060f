"""Read-only access to the bundled career database: every query the window and the CLI make.

The file is opened with ``mode=ro&immutable=1`` from a URI built by ``Path.as_uri()``, so paths
with spaces, ``#``, ``?`` or Devanagari work, and nothing is ever written to it. Every SQLite
failure surfaces as one ``CatalogError`` whose message a student can read.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import vocab
from .errors import CatalogError, Problem
from .records import (
    Career,
    CareerPath,
    CareerSummary,
    Category,
    ContentInfo,
    Exam,
    ExamSummary,
    FacetCount,
    Facets,
    PathStep,
    Quote,
    SalaryBand,
)
from .schema import APPLICATION_ID, SCHEMA_VERSION

if TYPE_CHECKING:  # loaded on the first search, not on the start path
    from .engine import Results, SearchEngine

SUMMARY_COLUMNS = """
    c.slug, c.title, c.title_hi, c.category, g.name, c.tagline, c.streams, c.min_education,
    c.demand, c.fresher_min, c.fresher_max, c.senior_max, c.new_age, c.sectors,
    c.subjects_needed, c.low_cost
"""
CATEGORY_JOIN = "JOIN categories AS g ON g.slug = c.category"
SUMMARY_FROM = f"careers AS c {CATEGORY_JOIN}"
EXAM_COLUMNS = "slug, short_name, full_name, level"


def _summary(row: Sequence[Any]) -> CareerSummary:
    return CareerSummary(
        slug=row[0],
        title=row[1],
        title_hi=row[2],
        category=row[3],
        category_name=row[4],
        tagline=row[5],
        streams=tuple(row[6].split(",")),
        min_education=row[7],
        demand=row[8],
        fresher_min=row[9],
        fresher_max=row[10],
        senior_max=row[11],
        new_age=bool(row[12]),
        sectors=tuple(row[13].split(",")) if row[13] else (),
        subjects=tuple(row[14].split(",")) if row[14] else (),
        low_cost=bool(row[15]),
    )


def _exam_summary(row: Sequence[Any]) -> ExamSummary:
    return ExamSummary(slug=row[0], short_name=row[1], full_name=row[2], level=row[3])


def database_uri(path: Path) -> str:
    return f"{path.resolve().as_uri()}?mode=ro&immutable=1"


class Catalog:
    """The career database, open read-only. Use ``Catalog.open(path)``."""

    def __init__(self, connection: sqlite3.Connection, path: Path):
        self._connection = connection
        self.path = path
        self._search_engine: SearchEngine | None = None

    @classmethod
    def open(cls, path: Path) -> Catalog:
        """Open and check the database at ``path``; raise CatalogError if it cannot be used."""
        path = Path(path)
        if not path.is_file():
            raise CatalogError(Problem.MISSING, str(path))
        if path.stat().st_size == 0:
            raise CatalogError(Problem.DAMAGED, "empty file")
        try:
            connection = sqlite3.connect(database_uri(path), uri=True, check_same_thread=False)
        except sqlite3.Error as error:
            raise CatalogError(Problem.DAMAGED, str(error)) from error
        catalog = cls(connection, path)
        try:
            catalog._check()
        except BaseException:
            connection.close()
            raise
        return catalog

    def close(self) -> None:
        self._connection.close()

    def __enter__(self) -> Catalog:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    @contextmanager
    def _reading(self) -> Iterator[sqlite3.Connection]:
        try:
            yield self._connection
        except sqlite3.OperationalError as error:
            if "fts5" in str(error):
                raise CatalogError(Problem.NO_SEARCH, str(error)) from error
            raise CatalogError(Problem.DAMAGED, str(error)) from error
        except sqlite3.DatabaseError as error:
            raise CatalogError(Problem.DAMAGED, str(error)) from error

    def _rows(self, sql: str, parameters: Sequence[Any] | dict[str, Any] = ()) -> list[Any]:
        with self._reading() as connection:
            return connection.execute(sql, parameters).fetchall()

    def _check(self) -> None:
        try:
            application_id = self._connection.execute("PRAGMA application_id").fetchone()[0]
            version = self._connection.execute("PRAGMA user_version").fetchone()[0]
        except sqlite3.DatabaseError as error:
            raise CatalogError(Problem.DAMAGED, str(error)) from error
        if application_id != APPLICATION_ID:
            raise CatalogError(Problem.FOREIGN, f"application_id {application_id}")
        if version < SCHEMA_VERSION:
            raise CatalogError(Problem.TOO_OLD, f"schema {version}")
        if version > SCHEMA_VERSION:
            raise CatalogError(Problem.TOO_NEW, f"schema {version}")
        self._rows("SELECT rowid FROM careers_fts LIMIT 0")
        if not self._rows("SELECT 1 FROM careers LIMIT 1"):
            raise CatalogError(Problem.DAMAGED, "no careers")

    def verify(self) -> None:
        """A full integrity check of every page (slower; for self-tests and support)."""
        result = self._rows("PRAGMA integrity_check")
        if result[0][0] != "ok":
            raise CatalogError(Problem.DAMAGED, str(result[0][0]))

    # -- overview ---------------------------------------------------------------------------

    def info(self) -> ContentInfo:
        meta = dict(self._rows("SELECT key, value FROM meta"))
        careers, exams = self._rows(
            "SELECT (SELECT count(*) FROM careers), (SELECT count(*) FROM exams)"
        )[0]
        return ContentInfo(
            version=meta.get("content_version", ""),
            date=meta.get("content_date", ""),
            careers=careers,
            exams=exams,
        )

    def categories(self) -> tuple[Category, ...]:
        rows = self._rows(
            "SELECT slug, name, name_hi, description FROM categories ORDER BY position"
        )
        return tuple(Category(*row) for row in rows)

    def quotes(self) -> tuple[Quote, ...]:
        return tuple(
            Quote(*row) for row in self._rows("SELECT text, author FROM quotes ORDER BY id")
        )

    def facets(self) -> Facets:
        def counted(rows: list[Any], labels: dict[str, str]) -> tuple[FacetCount, ...]:
            counts = dict(rows)
            return tuple(
                FacetCount(code, label, counts.get(code, 0)) for code, label in labels.items()
            )

        categories = tuple(
            FacetCount(slug, name, count)
            for slug, name, count in self._rows(
                "SELECT g.slug, g.name, count(c.slug) FROM categories AS g "
                "LEFT JOIN careers AS c ON c.category = g.slug GROUP BY g.slug ORDER BY g.position"
            )
        )
        streams = counted(
            self._rows("SELECT stream, count(*) FROM career_streams GROUP BY stream"), vocab.STREAMS
        )
        education = counted(
            self._rows("SELECT min_education, count(*) FROM careers GROUP BY min_education"),
            vocab.MIN_EDUCATION,
        )
        demand = counted(
            self._rows("SELECT demand, count(*) FROM careers GROUP BY demand"), vocab.DEMAND
        )
        top = self._rows("SELECT max(fresher_max) FROM careers")[0][0] or 0.0
        return Facets(categories, streams, education, demand, float(top))

    # -- careers ----------------------------------------------------------------------------

    def career_summaries(self) -> tuple[CareerSummary, ...]:
        """Every career, light records, A–Z by title."""
        rows = self._rows(
            f"SELECT {SUMMARY_COLUMNS} FROM {SUMMARY_FROM} ORDER BY c.title COLLATE NOCASE"
        )
        return tuple(_summary(row) for row in rows)

    def career_summary(self, slug: str) -> CareerSummary | None:
        rows = self._rows(f"SELECT {SUMMARY_COLUMNS} FROM {SUMMARY_FROM} WHERE c.slug = ?", (slug,))
        return _summary(rows[0]) if rows else None

    def career(self, slug: str) -> Career | None:
        """One career in full, or None when there is no career with that slug."""
        rows = self._rows(
            "SELECT c.slug, c.title, c.title_hi, c.new_age, c.tagline, c.what_they_do, c.streams, "
            "c.min_education, c.salary_note, c.pay_level, c.demand, c.demand_note, c.isco, "
            "c.riasec, c.reviewed, g.slug, g.name, g.name_hi, g.description "
            f"FROM {SUMMARY_FROM} WHERE c.slug = ?",
            (slug,),
        )
        if not rows:
            return None
        row = rows[0]
        items: dict[str, list[str]] = {}
        for kind, text in self._rows(
            "SELECT kind, text FROM career_items WHERE career = ? ORDER BY kind, position", (slug,)
        ):
            items.setdefault(kind, []).append(text)
        aliases = tuple(
            alias
            for (alias,) in self._rows(
                "SELECT alias FROM career_aliases WHERE career = ? ORDER BY position", (slug,)
            )
        )
        bands = tuple(
            SalaryBand(*band)
            for band in self._rows(
                "SELECT level, min_lpa, max_lpa, note FROM salary_bands WHERE career = ? "
                "ORDER BY position",
                (slug,),
            )
        )
        steps: dict[int, list[PathStep]] = {}
        for path_id, step, years in self._rows(
            "SELECT s.path, s.step, s.years FROM path_steps AS s JOIN paths AS p ON p.id = s.path "
            "WHERE p.career = ? ORDER BY s.path, s.position",
            (slug,),
        ):
            steps.setdefault(path_id, []).append(PathStep(step, years))
        paths = tuple(
            CareerPath(title, tuple(steps.get(path_id, ())), note, bool(affordable))
            for path_id, title, note, affordable in self._rows(
                "SELECT id, title, note, affordable FROM paths WHERE career = ? ORDER BY position",
                (slug,),
            )
        )
        return Career(
            slug=row[0],
            title=row[1],
            title_hi=row[2],
            aliases=aliases,
            category=Category(row[15], row[16], row[17], row[18]),
            new_age=bool(row[3]),
            tagline=row[4],
            what_they_do=row[5],
            typical_day=tuple(items.get("typical_day", ())),
            paths=paths,
            streams=tuple(row[6].split(",")),
            min_education=row[7],
            qualifications=tuple(items.get("qualifications", ())),
            skills=tuple(items.get("skills", ())),
            salary_note=row[8],
            pay_level=row[9],
            salary=bands,
            growth=tuple(items.get("growth", ())),
            employers=tuple(items.get("employers", ())),
            pros=tuple(items.get("pros", ())),
            cons=tuple(items.get("cons", ())),
            demand=row[10],
            demand_note=row[11],
            related=self.related_careers(slug),
            exams=self.exams_for_career(slug),
            isco=row[12],
            riasec=row[13],
            reviewed=row[14],
        )

    def related_careers(self, slug: str) -> tuple[CareerSummary, ...]:
        rows = self._rows(
            f"SELECT {SUMMARY_COLUMNS} FROM related_careers AS r JOIN careers AS c "
            f"ON c.slug = r.related {CATEGORY_JOIN} WHERE r.career = ? ORDER BY r.position",
            (slug,),
        )
        return tuple(_summary(row) for row in rows)

    # -- exams ------------------------------------------------------------------------------

    def exams(self) -> tuple[ExamSummary, ...]:
        """Every exam, by level and then name."""
        rows = self._rows(
            f"SELECT {EXAM_COLUMNS} FROM exams ORDER BY level_rank, short_name COLLATE NOCASE"
        )
        return tuple(_exam_summary(row) for row in rows)

    def exams_for_career(self, slug: str) -> tuple[ExamSummary, ...]:
        rows = self._rows(
            "SELECT e.slug, e.short_name, e.full_name, e.level FROM career_exams AS x "
            "JOIN exams AS e ON e.slug = x.exam WHERE x.career = ? ORDER BY x.position",
            (slug,),
        )
        return tuple(_exam_summary(row) for row in rows)

    def exam(self, slug: str) -> Exam | None:
        rows = self._rows(
            "SELECT slug, short_name, full_name, body, level, months, leads_to, about, reviewed "
            "FROM exams WHERE slug = ?",
            (slug,),
        )
        if not rows:
            return None
        row = rows[0]
        return Exam(
            slug=row[0],
            short_name=row[1],
            full_name=row[2],
            body=row[3],
            level=row[4],
            months=row[5],
            leads_to=row[6],
            about=row[7],
            reviewed=row[8],
            careers=self.careers_for_exam(slug),
        )

    def careers_for_exam(self, slug: str) -> tuple[CareerSummary, ...]:
        rows = self._rows(
            f"SELECT {SUMMARY_COLUMNS} FROM career_exams AS x JOIN careers AS c "
            f"ON c.slug = x.career {CATEGORY_JOIN} WHERE x.exam = ? "
            "ORDER BY c.title COLLATE NOCASE",
            (slug,),
        )
        return tuple(_summary(row) for row in rows)

    # -- search -----------------------------------------------------------------------------

    @property
    def _engine(self) -> SearchEngine:
        if self._search_engine is None:
            from .engine import SearchEngine

            self._search_engine = SearchEngine(self._rows)
        return self._search_engine

    def search_careers(
        self, text: str, limit: int | None = None, *, use_needs: bool = True, correct: bool = True
    ) -> Results:
        """Careers for anything a student types, best first, with the correction and needs used.

        Safe for any text at all. See ``engine`` for the tiers, needs, corrections and the
        nearest careers offered when nothing matches.
        """
        return self._engine.careers(text, limit, use_needs=use_needs, correct=correct)

    def search_exams(self, text: str, limit: int | None = None, *, correct: bool = True) -> Results:
        """Exams for anything typed, best first: names, then what they lead to and who asks."""
        return self._engine.exams(text, limit, correct=correct)

    def search_slugs(self, text: str, limit: int | None = None) -> list[str]:
        """Slugs of the careers matching ``text``, best first. Safe for any text at all."""
        slugs: list[str] = self.search_careers(text, limit).slugs
        return slugs

    def summaries(self, slugs: Sequence[str]) -> list[CareerSummary]:
        """The list records of ``slugs``, in that order."""
        if not slugs:
            return []
        marks = ", ".join("?" for _ in slugs)
        rows = self._rows(
            f"SELECT {SUMMARY_COLUMNS} FROM {SUMMARY_FROM} WHERE c.slug IN ({marks})", list(slugs)
        )
        by_slug = {row[0]: _summary(row) for row in rows}
        return [by_slug[slug] for slug in slugs if slug in by_slug]

    def exam_summaries(self, slugs: Sequence[str]) -> list[ExamSummary]:
        if not slugs:
            return []
        marks = ", ".join("?" for _ in slugs)
        rows = self._rows(f"SELECT {EXAM_COLUMNS} FROM exams WHERE slug IN ({marks})", list(slugs))
        by_slug = {row[0]: _exam_summary(row) for row in rows}
        return [by_slug[slug] for slug in slugs if slug in by_slug]

    def search(self, text: str, limit: int | None = 50) -> list[CareerSummary]:
        """The careers matching ``text``, best first, as list records."""
        return self.summaries(self.search_slugs(text, limit))
