"""Read-only access to the bundled career database: every query the window and the CLI make.

The file is opened with ``mode=ro&immutable=1`` from a URI built by ``Path.as_uri()``, so paths
with spaces, ``#``, ``?`` or Devanagari work, and nothing is ever written to it. Every SQLite
failure surfaces as one ``CatalogError`` whose message a student can read.
"""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from . import seal, vocab
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
    QuizItem,
    Quote,
    SalaryBand,
)
from .schema import APPLICATION_ID, FTS_TABLE, READ_COLUMNS, SCHEMA_VERSION
from .seal import SealError

if TYPE_CHECKING:  # loaded on the first search, not on the start path
    from .engine import Results, SearchEngine

if TYPE_CHECKING:
    from .glossary import Glossary
    from .localize import Hindi

LANGUAGES = ("en", "hi")

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


SQLITE_MAGIC = b"SQLite format 3\x00"
CHECK_CACHE_KIB, CACHE_KIB = -128, -2000  # negative: KiB, as PRAGMA cache_size takes them
# What a damaged file can make reading raise besides sqlite3.Error: text that is not UTF-8,
# NULL or mistyped values meeting the record classes.
DATA_ERRORS = (sqlite3.Error, UnicodeError, TypeError, ValueError, AttributeError, KeyError)

# The SQLite storage classes each declared column type may hold in a sound database.
_ANY = "('text', 'integer', 'real', 'blob')"
_TYPES = {
    "TEXT": "('text')",
    "INTEGER": "('integer')",
    "REAL": "('real', 'integer')",
    "BLOB": "('blob')",
}

Method = TypeVar("Method", bound=Callable[..., Any])


def _guarded(method: Method) -> Method:
    """Any failure while reading becomes the one CatalogError, naming what was being read."""

    @functools.wraps(method)
    def guarded(self: Catalog, *args: Any, **kwargs: Any) -> Any:
        try:
            return method(self, *args, **kwargs)
        except DATA_ERRORS as error:
            raise self._error(error, f"{method.__name__}{args!r}") from error

    return guarded  # type: ignore[return-value]


class Catalog:
    """The career database, open read-only. Use ``Catalog.open(path)``."""

    def __init__(self, connection: sqlite3.Connection, path: Path):
        self._connection = connection
        self.path = path
        self._glossaries: dict[str, Glossary] = {}
        self._search_engine: SearchEngine | None = None
        self._language = "en"
        self._hindi_texts: Hindi | None = None
        self._category_names: dict[str, str] | None = None

    @classmethod
    def open(cls, path: Path) -> Catalog:
        """Open and check the database at ``path``; raise CatalogError if it cannot be used.

        The check reads the header, finds every table and column the app reads (none NULL or
        mistyped), the search index, and runs SQLite's ``quick_check`` (a few ms for the 2 MB
        file), so a damaged file is met here with a clear message, not later on some page.
        """
        path = Path(path)
        try:
            with open(path, "rb") as stream:
                header = stream.read(100)
        except FileNotFoundError as error:
            raise CatalogError(Problem.MISSING, error.strerror or "", path) from error
        except PermissionError as error:
            raise CatalogError(Problem.NO_ACCESS, str(error), path) from error
        except IsADirectoryError as error:
            raise CatalogError(Problem.MISSING, "a folder, not a file", path) from error
        except OSError as error:
            raise CatalogError(Problem.DAMAGED, str(error), path) from error
        if not header:
            raise CatalogError(Problem.DAMAGED, "empty file", path)
        if not header.startswith(SQLITE_MAGIC) or len(header) < 100:
            raise CatalogError(Problem.DAMAGED, "not an SQLite database file", path)
        try:
            connection = sqlite3.connect(database_uri(path), uri=True, check_same_thread=False)
        except sqlite3.Error as error:
            raise CatalogError(Problem.DAMAGED, str(error), path) from error
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

    def _error(self, error: BaseException, doing: str = "") -> CatalogError:
        words = f"{type(error).__name__}: {error}"
        detail = f"{doing}: {words}" if doing else words
        if isinstance(error, sqlite3.OperationalError) and "fts5" in str(error):
            return CatalogError(Problem.NO_SEARCH, detail, self.path)
        return CatalogError(Problem.DAMAGED, detail, self.path)

    @contextmanager
    def _reading(self) -> Iterator[sqlite3.Connection]:
        try:
            yield self._connection
        except DATA_ERRORS as error:
            raise self._error(error) from error

    def _rows(self, sql: str, parameters: Sequence[Any] | dict[str, Any] = ()) -> list[Any]:
        with self._reading() as connection:
            return connection.execute(sql, parameters).fetchall()

    def _check(self) -> None:
        try:
            application_id = self._connection.execute("PRAGMA application_id").fetchone()[0]
            version = self._connection.execute("PRAGMA user_version").fetchone()[0]
        except sqlite3.Error as error:
            raise self._error(error) from error
        if application_id != APPLICATION_ID:
            raise CatalogError(Problem.FOREIGN, f"application_id {application_id}", self.path)
        if version < SCHEMA_VERSION:
            raise CatalogError(Problem.TOO_OLD, f"schema {version}", self.path)
        if version > SCHEMA_VERSION:
            raise CatalogError(Problem.TOO_NEW, f"schema {version}", self.path)
        try:
            seal.check(self.path)
        except SealError as error:
            raise CatalogError(Problem.DAMAGED, str(error), self.path) from error
        except OSError as error:
            raise CatalogError(Problem.DAMAGED, str(error), self.path) from error
        # The check reads every page; a small cache keeps it from holding the file in memory.
        self._rows(f"PRAGMA cache_size = {CHECK_CACHE_KIB}")
        result = self._rows("PRAGMA quick_check(1)")[0][0]
        if result != "ok":
            raise CatalogError(Problem.DAMAGED, f"quick_check: {result}", self.path)
        self._check_tables()
        self._rows(f"SELECT rowid FROM {FTS_TABLE} LIMIT 0")
        careers, indexed = self._rows(
            f"SELECT (SELECT count(*) FROM careers), (SELECT count(*) FROM {FTS_TABLE}_docsize)"
        )[0]
        if not careers:
            raise CatalogError(Problem.DAMAGED, "no careers", self.path)
        if careers != indexed:
            raise CatalogError(
                Problem.DAMAGED, f"search index holds {indexed} of {careers} careers", self.path
            )
        self._rows(f"PRAGMA cache_size = {CACHE_KIB}")  # back to SQLite's default

    def _check_tables(self) -> None:
        """Every table and column the app reads is there, and no value is NULL or mistyped."""
        found: dict[str, dict[str, str]] = {}
        for table, column, kind in self._rows(
            "SELECT m.name, p.name, upper(p.type) FROM sqlite_schema AS m "
            "JOIN pragma_table_info(m.name) AS p WHERE m.type = 'table'"
        ):
            found.setdefault(table, {})[column] = kind
        checks = []
        for table, columns in READ_COLUMNS.items():
            if table not in found:
                raise CatalogError(Problem.DAMAGED, f"table {table} is missing", self.path)
            missing = [column for column in columns if column not in found[table]]
            if missing:
                raise CatalogError(
                    Problem.DAMAGED, f"{table} has no column {', '.join(missing)}", self.path
                )
            wrong = " OR ".join(
                f'typeof("{column}") NOT IN {_TYPES.get(found[table][column], _ANY)}'
                for column in columns
            )
            checks.append(
                f"SELECT '{table}' WHERE EXISTS (SELECT 1 FROM \"{table}\" WHERE {wrong})"
            )
        bad = [table for (table,) in self._rows(" UNION ALL ".join(checks))]
        if bad:
            raise CatalogError(
                Problem.DAMAGED, f"NULL or mistyped values in {', '.join(bad)}", self.path
            )

    def verify(self) -> None:
        """A full check of every page and of the search index (slower; self-test and support)."""
        result = self._rows("PRAGMA integrity_check")
        if result[0][0] != "ok":
            raise CatalogError(Problem.DAMAGED, str(result[0][0]), self.path)
        # FTS5 checks itself only through a write, so it runs on a copy in memory.
        copy = sqlite3.connect(":memory:")
        try:
            with self._reading() as connection:
                connection.backup(copy)
            copy.execute(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('integrity-check')")
        except DATA_ERRORS as error:
            raise self._error(error, "search index integrity-check") from error
        finally:
            copy.close()

    # -- language ---------------------------------------------------------------------------

    @property
    def language(self) -> str:
        """The language records come in: "en", or "hi" (Hindi where it exists, else English)."""
        return self._language

    def set_language(self, code: str) -> None:
        if code not in LANGUAGES:
            raise ValueError(f"language must be one of {', '.join(LANGUAGES)}, not {code!r}")
        self._language = code

    @property
    def _hi(self) -> Hindi | None:
        """The Hindi texts, read on first use; None while the language is English."""
        if self._language != "hi":
            return None
        if self._hindi_texts is None:
            from .localize import Hindi

            self._hindi_texts = Hindi(self._rows("SELECT owner, texts FROM hindi"))
            self._category_names = {
                slug: name_hi or name
                for slug, name, name_hi in self._rows("SELECT slug, name, name_hi FROM categories")
            }
        return self._hindi_texts

    def _names(self) -> dict[str, str]:
        return self._category_names or {}

    def _careers_in_language(self, found: Sequence[CareerSummary]) -> list[CareerSummary]:
        hindi = self._hi
        if hindi is None:
            return list(found)
        return [hindi.summary(summary, self._names()) for summary in found]

    def _exams_in_language(self, found: Sequence[ExamSummary]) -> list[ExamSummary]:
        hindi = self._hi
        return list(found) if hindi is None else [hindi.exam_summary(exam) for exam in found]

    # -- overview ---------------------------------------------------------------------------

    @_guarded
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

    @_guarded
    def categories(self) -> tuple[Category, ...]:
        rows = self._rows(
            "SELECT slug, name, name_hi, description FROM categories ORDER BY position"
        )
        categories = tuple(Category(*row) for row in rows)
        hindi = self._hi
        return categories if hindi is None else tuple(hindi.category(c) for c in categories)

    @_guarded
    def quotes(self) -> tuple[Quote, ...]:
        rows = self._rows("SELECT id, text, author FROM quotes ORDER BY id")
        hindi = self._hi
        if hindi is None:
            return tuple(Quote(text, author) for _, text, author in rows)
        return tuple(hindi.quote(number, Quote(text, author)) for number, text, author in rows)

    @_guarded
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
        facets = Facets(categories, streams, education, demand, float(top))
        hindi = self._hi
        return facets if hindi is None else hindi.facets(facets, self._names())

    @_guarded
    def quiz_items(self) -> tuple[QuizItem, ...]:
        """The interest quiz's items in the content file's order (empty without a quiz)."""
        rows = self._rows("SELECT id, type, text, short_form FROM quiz_items ORDER BY position")
        items = tuple(QuizItem(row[0], row[1], row[2], bool(row[3])) for row in rows)
        hindi = self._hi
        return items if hindi is None else tuple(hindi.quiz_item(item) for item in items)

    @_guarded
    def interest_codes(self) -> dict[str, str]:
        """Every career's RIASEC code (1–3 letters, strongest first), by slug."""
        return dict(self._rows("SELECT slug, riasec FROM careers ORDER BY slug"))

    # -- careers ----------------------------------------------------------------------------

    @_guarded
    def career_summaries(self) -> tuple[CareerSummary, ...]:
        """Every career, light records, A–Z by title (by the Hindi title in Hindi)."""
        rows = self._rows(
            f"SELECT {SUMMARY_COLUMNS} FROM {SUMMARY_FROM} ORDER BY c.title COLLATE NOCASE"
        )
        found = self._careers_in_language([_summary(row) for row in rows])
        if self._language == "hi":
            found.sort(key=lambda summary: summary.title)
        return tuple(found)

    @_guarded
    def career_summary(self, slug: str) -> CareerSummary | None:
        rows = self._rows(f"SELECT {SUMMARY_COLUMNS} FROM {SUMMARY_FROM} WHERE c.slug = ?", (slug,))
        return self._careers_in_language([_summary(rows[0])])[0] if rows else None

    @_guarded
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
        career = Career(
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
            glossary_senses=self._senses("career", slug),
        )
        hindi = self._hi
        return career if hindi is None else hindi.career(career)

    @_guarded
    def related_careers(self, slug: str) -> tuple[CareerSummary, ...]:
        rows = self._rows(
            f"SELECT {SUMMARY_COLUMNS} FROM related_careers AS r JOIN careers AS c "
            f"ON c.slug = r.related {CATEGORY_JOIN} WHERE r.career = ? ORDER BY r.position",
            (slug,),
        )
        return tuple(self._careers_in_language([_summary(row) for row in rows]))

    # -- glossary ---------------------------------------------------------------------------

    def glossary(self) -> Glossary:
        """Every abbreviation with its full form, read once on first use (not at start-up);
        the explanations in the chosen language. In Hindi no term is spelt out inside the text
        (an English full form in a Hindi sentence helps nobody; the Hindi carries its own
        explanations in brackets): each keeps its tooltip, with the Hindi explanation."""
        if self._language not in self._glossaries:
            from .glossary import Glossary, Term  # not needed before the first page

            hindi = self._hi
            self._glossaries[self._language] = Glossary(
                Term(
                    abbr,
                    full,
                    explain if hindi is None else hindi.explain(abbr, full, explain),
                    bool(expand) and hindi is None,
                )
                for abbr, full, explain, expand in self._rows(
                    "SELECT abbr, full, explain, expand FROM glossary ORDER BY position"
                )
            )
        return self._glossaries[self._language]

    def _senses(self, kind: str, slug: str) -> tuple[tuple[str, str], ...]:
        """The senses a career or exam page chose for abbreviations with several meanings."""
        table = {"career": "career_senses", "exam": "exam_senses"}[kind]
        return tuple(
            (abbr, full)
            for abbr, full in self._rows(
                f"SELECT abbr, full FROM {table} WHERE {kind} = ? ORDER BY abbr", (slug,)
            )
        )

    # -- exams ------------------------------------------------------------------------------

    @_guarded
    def exams(self) -> tuple[ExamSummary, ...]:
        """Every exam, by level and then name."""
        rows = self._rows(
            f"SELECT {EXAM_COLUMNS} FROM exams ORDER BY level_rank, short_name COLLATE NOCASE"
        )
        return tuple(self._exams_in_language([_exam_summary(row) for row in rows]))

    @_guarded
    def exams_for_career(self, slug: str) -> tuple[ExamSummary, ...]:
        rows = self._rows(
            "SELECT e.slug, e.short_name, e.full_name, e.level FROM career_exams AS x "
            "JOIN exams AS e ON e.slug = x.exam WHERE x.career = ? ORDER BY x.position",
            (slug,),
        )
        return tuple(self._exams_in_language([_exam_summary(row) for row in rows]))

    @_guarded
    def exam(self, slug: str) -> Exam | None:
        rows = self._rows(
            "SELECT slug, short_name, full_name, body, level, months, leads_to, about, reviewed "
            "FROM exams WHERE slug = ?",
            (slug,),
        )
        if not rows:
            return None
        row = rows[0]
        exam = Exam(
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
            glossary_senses=self._senses("exam", slug),
        )
        hindi = self._hi
        return exam if hindi is None else hindi.exam(exam)

    @_guarded
    def careers_for_exam(self, slug: str) -> tuple[CareerSummary, ...]:
        rows = self._rows(
            f"SELECT {SUMMARY_COLUMNS} FROM career_exams AS x JOIN careers AS c "
            f"ON c.slug = x.career {CATEGORY_JOIN} WHERE x.exam = ? "
            "ORDER BY c.title COLLATE NOCASE",
            (slug,),
        )
        return tuple(self._careers_in_language([_summary(row) for row in rows]))

    # -- search -----------------------------------------------------------------------------

    @property
    def _engine(self) -> SearchEngine:
        if self._search_engine is None:
            from .engine import SearchEngine

            self._search_engine = SearchEngine(self._rows)
        return self._search_engine

    @_guarded
    def search_careers(
        self, text: str, limit: int | None = None, *, use_needs: bool = True, correct: bool = True
    ) -> Results:
        """Careers for anything a student types, best first, with the correction and needs used.

        Safe for any text at all. See ``engine`` for the tiers, needs, corrections and the
        nearest careers offered when nothing matches.
        """
        results = self._engine.careers(text, limit, use_needs=use_needs, correct=correct)
        hindi = self._hi
        return results if hindi is None else hindi.results(results)

    @_guarded
    def search_exams(self, text: str, limit: int | None = None, *, correct: bool = True) -> Results:
        """Exams for anything typed, best first: names, then what they lead to and who asks."""
        return self._engine.exams(text, limit, correct=correct)

    @_guarded
    def search_slugs(self, text: str, limit: int | None = None) -> list[str]:
        """Slugs of the careers matching ``text``, best first. Safe for any text at all."""
        slugs: list[str] = self.search_careers(text, limit).slugs
        return slugs

    @_guarded
    def summaries(self, slugs: Sequence[str]) -> list[CareerSummary]:
        """The list records of ``slugs``, in that order."""
        if not slugs:
            return []
        marks = ", ".join("?" for _ in slugs)
        rows = self._rows(
            f"SELECT {SUMMARY_COLUMNS} FROM {SUMMARY_FROM} WHERE c.slug IN ({marks})", list(slugs)
        )
        by_slug = {row[0]: _summary(row) for row in rows}
        return self._careers_in_language([by_slug[slug] for slug in slugs if slug in by_slug])

    @_guarded
    def exam_summaries(self, slugs: Sequence[str]) -> list[ExamSummary]:
        if not slugs:
            return []
        marks = ", ".join("?" for _ in slugs)
        rows = self._rows(f"SELECT {EXAM_COLUMNS} FROM exams WHERE slug IN ({marks})", list(slugs))
        by_slug = {row[0]: _exam_summary(row) for row in rows}
        return self._exams_in_language([by_slug[slug] for slug in slugs if slug in by_slug])

    @_guarded
    def search(self, text: str, limit: int | None = 50) -> list[CareerSummary]:
        """The careers matching ``text``, best first, as list records."""
        return self.summaries(self.search_slugs(text, limit))
