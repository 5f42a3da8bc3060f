"""Building ``data/shishya.db`` from validated content sources.

The same sources always give a byte-identical file: rows are inserted in a fixed order, nothing
reads the clock, and the file is vacuumed in rollback-journal mode so it can be opened from a
read-only install folder.
"""

from __future__ import annotations

import os
import re
import sqlite3
import tempfile
from pathlib import Path
from typing import Any

import sqlite_utils

from . import hindi, needs, phonetic, seal, spelling, vocab
from .centrality import centrality
from .glossary import key_of, terms_from_entries
from .schema import APPLICATION_ID, EXAM_FTS_COLUMNS, FTS_COLUMNS, FTS_TOKENIZER, SCHEMA_VERSION
from .search import normalise_name, words
from .sources import Sources

# "B.Sc", "B.V.Sc", "M.B.B.S.": students also type them without dots ("bsc", "bvsc").
DOTTED = re.compile(r"\b(?:[A-Za-z]{1,4}\.)+[A-Za-z]{0,4}\b")
LIST_FIELDS = ("typical_day", "qualifications", "skills", "growth", "employers", "pros", "cons")


class BuildError(Exception):
    """The database could not be built; the message says why."""


def _clean(text: str) -> str:
    return " ".join(text.split())


def _career_row(number: int, slug: str, doc: dict[str, Any]) -> dict[str, Any]:
    salary = doc["salary"]
    return {
        "slug": slug,
        "id": number,
        "title": _clean(doc["title"]),
        "title_hi": _clean(doc["title_hi"]),
        "category": doc["category"],
        "new_age": int(doc.get("new_age", False)),
        "tagline": _clean(doc["tagline"]),
        "what_they_do": _clean(doc["what_they_do"]),
        "streams": ",".join(doc["streams"]),
        "min_education": doc["min_education"],
        "min_education_rank": vocab.rank(vocab.MIN_EDUCATION, doc["min_education"]),
        "sectors": ",".join(needs.sectors_of(doc)),
        "subjects_needed": ",".join(needs.subjects_of(doc)),
        "low_cost": int(needs.low_cost(doc)),
        "demand": doc["demand"],
        "demand_rank": vocab.rank(vocab.DEMAND, doc["demand"]),
        "demand_note": _clean(doc["demand_note"]),
        "salary_note": _clean(salary["note"]),
        "pay_level": _clean(salary.get("pay_level", "")),
        "fresher_min": float(salary["fresher"]["min"]),
        "fresher_max": float(salary["fresher"]["max"]),
        "senior_max": float(salary["senior"]["max"]),
        "isco": doc.get("isco", ""),
        "riasec": doc["riasec"],
        "reviewed": doc["reviewed"],
    }


def _insert_content(db: sqlite_utils.Database, sources: Sources) -> None:
    db.table("meta").insert_all(
        [
            {"key": "content_version", "value": str(sources.release["version"])},
            {"key": "content_date", "value": str(sources.release["date"])},
            {"key": seal.META_KEY, "value": seal.PLACEHOLDER},
        ],
        pk="key",
    )
    db.table("categories").insert_all(
        (
            {
                "slug": c["slug"],
                "position": position,
                "name": c["name"],
                "name_hi": c["name_hi"],
                "description": _clean(c["description"]),
            }
            for position, c in enumerate(sources.categories)
        ),
        pk="slug",
    )
    db.table("exams").insert_all(
        (
            {
                "slug": slug,
                "short_name": _clean(doc["short_name"]),
                "full_name": _clean(doc["full_name"]),
                "body": _clean(doc["body"]),
                "level": doc["level"],
                "level_rank": vocab.rank(vocab.EXAM_LEVELS, doc["level"]),
                "months": _clean(doc["months"]),
                "leads_to": _clean(doc["leads_to"]),
                "about": _clean(doc.get("about", "")),
                "reviewed": doc["reviewed"],
            }
            for slug, doc in sorted(sources.exams.items())
        ),
        pk="slug",
    )
    careers = sorted(sources.careers.items())
    db.table("careers").insert_all(
        (_career_row(number, slug, doc) for number, (slug, doc) in enumerate(careers, 1)),
        pk="slug",
        foreign_keys=[("category", "categories", "slug")],
    )
    db.table("quotes").insert_all(
        (
            {"id": n, "text": _clean(q["text"]), "author": _clean(q["author"])}
            for n, q in enumerate(sources.quotes, 1)
        ),
        pk="id",
    )
    _insert_glossary(db, sources)
    _insert_children(db, careers, sources.exams)
    category_names = {c["slug"]: f"{c['name']} {c['name_hi']}" for c in sources.categories}
    _insert_search(db, careers, category_names)
    _insert_exam_search(db, sources)
    _insert_needs(db, sources, careers)
    _insert_spelling(db, sources)
    _insert_quiz(db, sources)
    _insert_hindi(db, sources)


def _insert_hindi(db: sqlite_utils.Database, sources: Sources) -> None:
    owners: dict[str, dict[str, str]] = {}
    for owner, field, text in hindi.database_rows(sources):
        owners.setdefault(owner, {})[field] = text
    db.execute("CREATE TABLE hindi (owner TEXT PRIMARY KEY, texts BLOB NOT NULL) WITHOUT ROWID")
    db.conn.executemany(
        "INSERT INTO hindi (owner, texts) VALUES (?, ?)",
        [(owner, hindi.pack(texts)) for owner, texts in sorted(owners.items())],
    )


def _insert_quiz(db: sqlite_utils.Database, sources: Sources) -> None:
    """The interest quiz's items in file order (the table exists, empty, without a quiz file)."""
    table = db.table("quiz_items")
    table.create({"id": str, "position": int, "type": str, "text": str, "short_form": int}, pk="id")
    table.insert_all(
        {
            "id": item["id"],
            "position": position,
            "type": item["type"],
            "text": _clean(item["text"]),
            "short_form": int(item.get("short_form", False)),
        }
        for position, item in enumerate(sources.quiz or ())
    )


def _senses_of(doc: dict[str, Any]) -> list[tuple[str, str]]:
    chosen = doc.get("glossary_senses", {})
    pairs = [(abbr, _clean(full)) for abbr, full in chosen.items()]
    return sorted(pairs, key=lambda pair: (key_of(pair[0]), pair[0]))


def _insert_glossary(db: sqlite_utils.Database, sources: Sources) -> None:
    """Every sense of every abbreviation (the file's order inside one abbreviation), and the
    senses each page chose."""
    terms = sorted(terms_from_entries(sources.glossary), key=lambda t: key_of(t.abbr))
    db.table("glossary").create(
        {"position": int, "abbr": str, "full": str, "explain": str, "expand": int},
        pk=("abbr", "full"),
    )
    db.table("glossary").insert_all(
        {
            "position": position,
            "abbr": term.abbr,
            "full": term.full,
            "explain": term.explain,
            "expand": int(term.expand),
        }
        for position, term in enumerate(terms)
    )
    for kind, documents in (("career", sources.careers), ("exam", sources.exams)):
        table = db.table(f"{kind}_senses")
        table.create(
            {kind: str, "abbr": str, "full": str},
            pk=(kind, "abbr"),
            foreign_keys=[(kind, f"{kind}s", "slug")],
        )
        table.insert_all(
            {kind: slug, "abbr": abbr, "full": full}
            for slug, doc in sorted(documents.items())
            for abbr, full in _senses_of(doc)
        )


def _insert_children(
    db: sqlite_utils.Database,
    careers: list[tuple[str, dict[str, Any]]],
    exam_docs: dict[str, dict[str, Any]],
) -> None:
    items: list[dict[str, Any]] = []
    aliases: list[dict[str, Any]] = []
    streams: list[dict[str, Any]] = []
    bands: list[dict[str, Any]] = []
    exams: list[dict[str, Any]] = []
    related: list[dict[str, Any]] = []
    paths: list[dict[str, Any]] = []
    steps: list[dict[str, Any]] = []
    for slug, doc in careers:
        for kind in LIST_FIELDS:
            items += [
                {"career": slug, "kind": kind, "position": n, "text": _clean(text)}
                for n, text in enumerate(doc[kind])
            ]
        aliases += [
            {"career": slug, "position": n, "alias": _clean(a)}
            for n, a in enumerate(doc["aliases"])
        ]
        streams += [{"career": slug, "stream": s} for s in doc["streams"]]
        for position, level in enumerate(vocab.SALARY_LEVELS):
            band = doc["salary"][level]
            bands.append(
                {
                    "career": slug,
                    "level": level,
                    "position": position,
                    "min_lpa": float(band["min"]),
                    "max_lpa": float(band["max"]),
                    "note": _clean(band.get("note", "")),
                }
            )
        exams += [
            {
                "career": slug,
                "exam": e,
                "position": n,
                "centrality": centrality(doc, n, e, exam_docs[e]),
            }
            for n, e in enumerate(doc["exams"])
        ]
        related += [
            {"career": slug, "related": r, "position": n} for n, r in enumerate(doc["related"])
        ]
        for n, path in enumerate(doc["paths"]):
            path_id = len(paths) + 1
            paths.append(
                {
                    "id": path_id,
                    "career": slug,
                    "position": n,
                    "title": _clean(path["title"]),
                    "note": _clean(path.get("note", "")),
                    "affordable": int(path.get("affordable", False)),
                }
            )
            steps += [
                {
                    "path": path_id,
                    "position": m,
                    "step": _clean(s["step"]),
                    "years": float(s["years"]),
                }
                for m, s in enumerate(path["steps"])
            ]
    career_fk = [("career", "careers", "slug")]
    db.table("career_items").insert_all(
        items, pk=("career", "kind", "position"), foreign_keys=career_fk
    )
    db.table("career_aliases").insert_all(
        aliases, pk=("career", "position"), foreign_keys=career_fk
    )
    db.table("career_streams").insert_all(streams, pk=("career", "stream"), foreign_keys=career_fk)
    db.table("salary_bands").insert_all(bands, pk=("career", "level"), foreign_keys=career_fk)
    db.table("career_exams").insert_all(
        exams, pk=("career", "exam"), foreign_keys=[*career_fk, ("exam", "exams", "slug")]
    )
    db.table("related_careers").insert_all(
        related,
        pk=("career", "related"),
        foreign_keys=[*career_fk, ("related", "careers", "slug")],
    )
    db.table("paths").insert_all(paths, pk="id", foreign_keys=career_fk)
    db.table("path_steps").insert_all(
        steps, pk=("path", "position"), foreign_keys=[("path", "paths", "id")]
    )
    for table, column in (
        ("career_items", "career"),
        ("career_exams", "exam"),
        ("related_careers", "related"),
        ("paths", "career"),
    ):
        db.table(table).create_index([column])


def joined_forms(text: str) -> list[str]:
    """The dotted abbreviations of ``text`` written without dots ("B.Sc Nursing" → "BSc")."""
    return [match.replace(".", "") for match in DOTTED.findall(text) if match.count(".")]


def _names(doc: dict[str, Any]) -> list[str]:
    """A career's title, Hindi title and aliases, and its dotted names without the dots."""
    names = [doc["title"], doc["title_hi"], *doc["aliases"]]
    for name in list(names):
        if joined_forms(name):
            names.append(DOTTED.sub(lambda m: m.group(0).replace(".", ""), name))
    return names


def _insert_search(
    db: sqlite_utils.Database,
    careers: list[tuple[str, dict[str, Any]]],
    category_names: dict[str, str],
) -> None:
    """The FTS5 index, and the exact names (titles and aliases) that rank above it."""
    columns = ", ".join(FTS_COLUMNS)
    db.execute(
        f'CREATE VIRTUAL TABLE careers_fts USING fts5({columns}, tokenize="{FTS_TOKENIZER}")'
    )
    # The rowid is the career's id (its place in slug order), so a search reads no text.
    db.conn.executemany(
        f"INSERT INTO careers_fts (rowid, {columns}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                number,
                doc["title"],
                doc["title_hi"],
                " ; ".join(_names(doc)[2:]),
                doc["tagline"],
                _clean(doc["what_they_do"]),
                " ; ".join(doc["skills"]),
                category_names.get(doc["category"], ""),
                " ; ".join(
                    [*doc["qualifications"], *joined_forms(" ".join(doc["qualifications"]))]
                ),
                hindi.search_text(doc, "careers", ("tagline", "what_they_do", "typical_day")),
            )
            for number, (_slug, doc) in enumerate(careers, 1)
        ],
    )
    names: dict[tuple[str, str], dict[str, Any]] = {}
    for slug, doc in careers:
        for position, name in enumerate(_names(doc)):
            key = normalise_name(name)
            if key and (key, slug) not in names:
                names[(key, slug)] = {
                    "name": key,
                    "career": slug,
                    "is_title": int(position < 2),
                    "sound": phonetic.name_key(key),
                }
    db.table("search_names").insert_all(
        [names[key] for key in sorted(names)],
        pk=("name", "career"),
        foreign_keys=[("career", "careers", "slug")],
    )
    db.table("search_names").create_index(["sound"])
    # Every word the index holds, so a word it knows is never "corrected" (a view, no storage).
    db.execute("CREATE VIRTUAL TABLE careers_vocab USING fts5vocab(careers_fts, 'row')")


def _insert_exam_search(db: sqlite_utils.Database, sources: Sources) -> None:
    """The exams' own index (the Exams section and exam names in the career search)."""
    listing: dict[str, list[str]] = {}
    for _slug, doc in sorted(sources.careers.items()):
        for exam in doc["exams"]:
            listing.setdefault(exam, []).extend([doc["title"], *doc["aliases"]])
    columns = ", ".join(EXAM_FTS_COLUMNS)
    db.execute(
        f"CREATE VIRTUAL TABLE exams_fts USING fts5({columns}, content='', "
        f'tokenize="{FTS_TOKENIZER}")'
    )
    exams = sorted(sources.exams.items())
    rows = []
    names: dict[tuple[str, str], int] = {}
    for number, (slug, doc) in enumerate(exams, 1):
        rows.append(
            (
                number,
                doc["short_name"],
                " ; ".join([slug.replace("-", " "), *doc.get("aliases", [])]),
                doc["full_name"],
                " ; ".join(listing.get(slug, [])),
                " ".join(
                    (
                        doc["body"],
                        doc["leads_to"],
                        doc.get("about", ""),
                        vocab.EXAM_LEVELS.get(doc["level"], ""),
                        hindi.search_text(doc, "exams", ("full_name", "leads_to", "about")),
                    )
                ),
            )
        )
        for is_short, name in (
            (1, doc["short_name"]),
            (1, slug.replace("-", " ")),
            (0, doc["full_name"]),
            *((1, alias) for alias in doc.get("aliases", [])),
        ):
            key = (normalise_name(name), slug)
            if key[0]:
                names[key] = max(names.get(key, 0), is_short)
    db.conn.executemany(f"INSERT INTO exams_fts (rowid, {columns}) VALUES (?, ?, ?, ?, ?, ?)", rows)
    listed = {
        slug: sum(slug in doc["exams"] for doc in sources.careers.values()) for slug, _ in exams
    }
    db.table("exam_search").insert_all(
        (
            {"id": number, "exam": slug, "listed": listed[slug]}
            for number, (slug, _doc) in enumerate(exams, 1)
        ),
        pk="id",
        foreign_keys=[("exam", "exams", "slug")],
    )
    db.table("exam_names").insert_all(
        ({"name": n, "exam": e, "is_short": names[(n, e)]} for n, e in sorted(names)),
        pk=("name", "exam"),
        foreign_keys=[("exam", "exams", "slug")],
    )


def _insert_needs(
    db: sqlite_utils.Database, sources: Sources, careers: list[tuple[str, dict[str, Any]]]
) -> None:
    """The needs vocabulary, with each need's careers ranked once here instead of per keystroke."""
    need_rows, phrase_rows = needs.rows(sources.needs)
    db.table("needs").create(
        {"key": str, "position": int, "label": str, "is_filter": int, "filter": str}, pk="key"
    )
    db.table("needs").insert_all(need_rows)
    db.table("need_words").create({"phrase": str, "need": str}, pk="phrase")
    db.table("need_words").insert_all(phrase_rows)
    id_of = {slug: number for number, (slug, _doc) in enumerate(careers, 1)}
    ranked = []
    listed = (sources.needs or {}).get("need", [])
    texts = {slug: needs.weighted_words(doc) for slug, doc in careers} if listed else {}
    linked = needs.prominence(careers)
    for position, need in enumerate(listed, 1):
        ranked += [
            {"need": needs.need_key(position), "position": n, "career_id": id_of[slug]}
            for n, slug in enumerate(needs.careers_of(need, careers, texts, linked))
        ]
    db.execute(
        "CREATE TABLE need_careers (need TEXT, position INTEGER, career_id INTEGER, "
        "PRIMARY KEY (need, position)) WITHOUT ROWID"
    )
    db.table("need_careers").insert_all(ranked)


def _vocabulary(sources: Sources) -> dict[str, int]:
    """The words a typed word may be corrected to, each with how much it counts."""
    weight: dict[str, int] = {}

    def add(text: str, points: int) -> None:
        for word in words(text):
            if not word.isdigit():
                weight[word] = weight.get(word, 0) + points

    for doc in sources.careers.values():
        add(doc["title"], 4)
        add(doc["title_hi"], 3)
        for alias in _names(doc)[2:]:
            add(alias, 2)
    for slug, doc in sources.exams.items():
        add(doc["short_name"], 3)
        add(slug.replace("-", " "), 1)
        add(doc["full_name"], 1)
    for category in sources.categories:
        add(category["name"], 2)
        add(category["name_hi"], 1)
    for need in (sources.needs or {}).get("need", []):
        for phrase in need["words"]:
            add(phrase, 2)
    for word in (sources.needs or {}).get("ignore", []):
        add(word, 0)
    return weight


def _insert_spelling(db: sqlite_utils.Database, sources: Sources) -> None:
    """The vocabulary with phonetic keys, and its deletion variants (symmetric delete)."""
    vocabulary = sorted(_vocabulary(sources).items())
    db.table("spell_words").insert_all(
        (
            {"id": number, "word": word, "key": phonetic.key(word), "weight": points}
            for number, (word, points) in enumerate(vocabulary, 1)
        ),
        pk="id",
    )
    db.table("spell_words").create_index(["word"], unique=True)
    db.table("spell_words").create_index(["key"])
    db.execute("CREATE TABLE spell_deletes (variant INTEGER PRIMARY KEY, words TEXT NOT NULL)")
    db.conn.executemany(
        "INSERT INTO spell_deletes (variant, words) VALUES (?, ?)",
        spelling.delete_rows((number, word) for number, (word, _) in enumerate(vocabulary, 1)),
    )


def _finish(path: Path) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        connection.execute("PRAGMA journal_mode = DELETE")
        connection.execute("INSERT INTO careers_fts(careers_fts) VALUES ('optimize')")
        connection.execute("INSERT INTO exams_fts(exams_fts) VALUES ('optimize')")
        connection.execute("VACUUM")
        result = connection.execute("PRAGMA integrity_check").fetchone()[0]
        if result != "ok":
            raise BuildError(f"integrity check failed: {result}")
        connection.execute("INSERT INTO careers_fts(careers_fts) VALUES ('integrity-check')")
        foreign = connection.execute("PRAGMA foreign_key_check").fetchall()
        if foreign:
            raise BuildError(f"foreign key check failed: {foreign[:5]}")
    finally:
        connection.close()


def build_database(sources: Sources, out: Path) -> None:
    """Write the database for already validated ``sources`` to ``out``, atomically."""
    out.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=".shishya-build-", suffix=".db", dir=out.parent)
    os.close(handle)
    temporary_path = Path(temporary)
    try:
        temporary_path.unlink()
        db = sqlite_utils.Database(temporary_path)
        try:
            db.execute("PRAGMA journal_mode = DELETE")
            with db.conn:
                _insert_content(db, sources)
        finally:
            db.close()
        _finish(temporary_path)
        seal.seal(temporary_path)
        os.replace(temporary_path, out)
    except (sqlite3.Error, OSError, seal.SealError) as error:
        raise BuildError(str(error)) from error
    finally:
        temporary_path.unlink(missing_ok=True)
