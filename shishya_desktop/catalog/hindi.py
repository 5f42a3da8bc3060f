"""Hindi beside the English in the content files: what may be translated, checks, and stamps.

A career or exam file carries its Hindi in one ``[hi]`` table (careers add ``[[hi.paths]]``);
the list files carry ``*_hi`` keys in each entry (``description_hi``, ``text_hi``,
``explain_hi``). Each translation records a short fingerprint of the English it was made from
(``[hi.from]`` per field, ``hi_from`` per list entry), written by ``shishya-data hi-stamp``. When
the English changes, the fingerprint no longer matches: the translation is *stale*, reported by
``validate`` and left out of the database, so that field shows in English until it is updated.
"""

from __future__ import annotations

import hashlib
import json
import re
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

DEVANAGARI = re.compile(r"[\u0900-\u097F]")
NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
FOREIGN_DIGITS = re.compile(r"[\u0966-\u096F]")
STAMP_KEY = "from"
ENTRY_STAMP = "hi_from"
MAX_TAGLINE = 130

# Fields of a career translated in its [hi] table, in the order a page shows them.
CAREER_FIELDS = (
    "tagline",
    "what_they_do",
    "typical_day",
    "qualifications",
    "skills",
    "pay_level",
    "salary_note",
    "salary_notes",
    "growth",
    "employers",
    "pros",
    "cons",
    "demand_note",
    "paths",
)
EXAM_FIELDS = ("full_name", "body", "about", "leads_to", "months")
# List files: the entry's English fields and their Hindi keys; required ones count as missing.
LIST_FIELDS: dict[str, dict[str, str]] = {
    "category": {"description": "description_hi"},
    "quote": {"text": "text_hi", "author": "author_hi"},
    "item": {"text": "text_hi"},
    "term": {"explain": "explain_hi", "full": "full_hi"},
    "need": {"label": "label_hi"},
}
LIST_OPTIONAL = {"full_hi"}
SALARY_LEVELS = ("fresher", "mid", "senior")


def fingerprint(value: Any) -> str:
    """Eight hex digits naming an English text (whitespace-insensitive)."""

    def tidy(inner: Any) -> Any:
        if isinstance(inner, str):
            return " ".join(inner.split())
        if isinstance(inner, list):
            return [tidy(item) for item in inner]
        if isinstance(inner, dict):
            return {key: tidy(item) for key, item in inner.items()}
        return inner

    text = json.dumps(tidy(value), ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode()).hexdigest()[:8]


def career_english(doc: dict[str, Any]) -> dict[str, Any]:
    """The English a career's [hi] table translates, shaped as the Hindi must be."""
    english: dict[str, Any] = {}
    for name in ("tagline", "what_they_do", "typical_day", "qualifications", "skills"):
        if name in doc:
            english[name] = doc[name]
    for name in ("growth", "employers", "pros", "cons", "demand_note"):
        if name in doc:
            english[name] = doc[name]
    salary = doc.get("salary") if isinstance(doc.get("salary"), dict) else {}
    if isinstance(salary.get("pay_level"), str):
        english["pay_level"] = salary["pay_level"]
    if isinstance(salary.get("note"), str):
        english["salary_note"] = salary["note"]
    level_notes = {
        level: salary[level]["note"]
        for level in SALARY_LEVELS
        if isinstance(salary.get(level), dict) and isinstance(salary[level].get("note"), str)
    }
    if level_notes:
        english["salary_notes"] = level_notes
    paths = doc.get("paths")
    if isinstance(paths, list):
        shaped = []
        for path in paths:
            if not isinstance(path, dict):
                continue
            one: dict[str, Any] = {"title": path.get("title", "")}
            if isinstance(path.get("note"), str):
                one["note"] = path["note"]
            steps = path.get("steps") if isinstance(path.get("steps"), list) else []
            one["steps"] = [s.get("step", "") if isinstance(s, dict) else "" for s in steps]
            shaped.append(one)
        english["paths"] = shaped
    return english


def exam_english(doc: dict[str, Any]) -> dict[str, Any]:
    return {name: doc[name] for name in EXAM_FIELDS if isinstance(doc.get(name), str)}


def translatable(kind: str, doc: dict[str, Any]) -> tuple[dict[str, Any], tuple[str, ...]]:
    """The English a career's or exam's [hi] table translates, and the fields it may hold."""
    if kind == "careers":
        return career_english(doc), CAREER_FIELDS
    return exam_english(doc), EXAM_FIELDS


@dataclass(frozen=True, slots=True)
class FieldStatus:
    field: str
    state: str  # "current", "stale", "unstamped" or "missing"


def _texts(value: Any, name: str) -> Iterator[tuple[str, Any]]:
    """(where, text) for every leaf of a Hindi or English value, named alike in both."""
    if isinstance(value, dict):
        for key, inner in value.items():
            yield from _texts(inner, f"{name}.{key}")
    elif isinstance(value, list):
        for number, inner in enumerate(value, 1):
            yield from _texts(inner, f"{name}[{number}]")
    else:
        yield name, value


def _numbers(text: str) -> list[str]:
    return sorted(match.replace(",", "") for match in NUMBER.findall(text))


def _shape_problems(english: Any, hindi: Any, name: str) -> Iterator[tuple[str, str]]:
    if isinstance(english, str):
        if not isinstance(hindi, str):
            yield name, "must be text, as in the English"
        return
    if isinstance(english, list):
        if not isinstance(hindi, list):
            yield name, "must be a list, as in the English"
        elif len(hindi) != len(english):
            yield name, f"has {len(hindi)} items; the English has {len(english)}"
        else:
            for number, (en, hi) in enumerate(zip(english, hindi, strict=True), 1):
                yield from _shape_problems(en, hi, f"{name}[{number}]")
        return
    if isinstance(english, dict):
        if not isinstance(hindi, dict):
            yield name, "must be a table, as in the English"
            return
        for key in sorted(set(hindi) - set(english)):
            yield f"{name}.{key}", "has no English to translate (remove it)"
        for key in sorted(set(english) - set(hindi)):
            yield f"{name}.{key}", "is missing (the English has it)"
        for key in sorted(set(english) & set(hindi)):
            yield from _shape_problems(english[key], hindi[key], f"{name}.{key}")


def text_problems(english: str, hindi: str) -> list[str]:
    """What is wrong with one Hindi text as a translation of one English text."""
    found = []
    if not hindi.strip():
        return ["is empty"]
    if not DEVANAGARI.search(hindi):
        found.append("has no Devanagari: is it translated?")
    if FOREIGN_DIGITS.search(hindi):
        found.append("uses Devanagari digits: write numbers as in the English (0–9)")
    en_numbers, hi_numbers = _numbers(english), _numbers(hindi)
    if en_numbers != hi_numbers:
        missing = [n for n in en_numbers if en_numbers.count(n) > hi_numbers.count(n)]
        extra = [n for n in hi_numbers if hi_numbers.count(n) > en_numbers.count(n)]
        parts = []
        if missing:
            parts.append("missing " + ", ".join(dict.fromkeys(missing)))
        if extra:
            parts.append("added " + ", ".join(dict.fromkeys(extra)))
        found.append("numbers differ from the English: " + "; ".join(parts))
    return found


def check_table(
    english: dict[str, Any], hindi: Any, allowed: tuple[str, ...]
) -> tuple[list[tuple[str, str]], list[FieldStatus]]:
    """Problems in a [hi] table and the state of every translatable field."""
    problems: list[tuple[str, str]] = []
    statuses: list[FieldStatus] = []
    if not isinstance(hindi, dict):
        if hindi is not None:
            problems.append(("hi", "must be a table"))
        return problems, [FieldStatus(name, "missing") for name in english]
    stamps = hindi.get(STAMP_KEY, {})
    if not isinstance(stamps, dict):
        problems.append((f"hi.{STAMP_KEY}", "must be a table of fingerprints"))
        stamps = {}
    for name in sorted(set(hindi) - set(allowed) - {STAMP_KEY}):
        problems.append((f"hi.{name}", "is not a field that is translated (a typo?)"))
    for name in sorted(set(stamps) - set(hindi)):
        problems.append((f"hi.{STAMP_KEY}.{name}", "stamps a field that has no Hindi"))
    for name in allowed:
        if name not in hindi:
            if name in english:
                statuses.append(FieldStatus(name, "missing"))
            continue
        if name not in english:
            problems.append((f"hi.{name}", "has no English to translate (remove it)"))
            continue
        shape = list(_shape_problems(english[name], hindi[name], f"hi.{name}"))
        problems += shape
        if not shape:
            en_leaves = dict(_texts(english[name], name))
            for where, text in _texts(hindi[name], name):
                if not isinstance(text, str):
                    problems.append((f"hi.{where}", "must be text"))
                    continue
                for message in text_problems(str(en_leaves.get(where, "")), text):
                    problems.append((f"hi.{where}", message))
            if name == "tagline" and len(hindi[name]) > MAX_TAGLINE:
                problems.append((f"hi.{name}", f"is longer than {MAX_TAGLINE} characters"))
        stamp = stamps.get(name)
        if stamp is None:
            statuses.append(FieldStatus(name, "unstamped"))
        elif stamp != fingerprint(english[name]):
            statuses.append(FieldStatus(name, "stale"))
        else:
            statuses.append(FieldStatus(name, "current"))
    return problems, statuses


def check_entry(
    kind: str, entry: dict[str, Any]
) -> tuple[list[tuple[str, str]], list[FieldStatus]]:
    """Problems in one list entry's ``*_hi`` keys and the state of its translation."""
    fields = LIST_FIELDS[kind]
    problems: list[tuple[str, str]] = []
    present = [hi for hi in fields.values() if hi in entry]
    for en, hi in fields.items():
        if hi not in entry:
            continue
        value = entry[hi]
        if not isinstance(value, str):
            problems.append((hi, "must be text"))
            continue
        english = entry.get(en, "")
        messages = text_problems(english if isinstance(english, str) else "", value)
        if kind == "term" and hi == "full_hi":
            messages = [m for m in messages if not m.startswith("has no Devanagari")]
        problems += [(hi, message) for message in messages]
    required = [hi for hi in fields.values() if hi not in LIST_OPTIONAL]
    if not present:
        return problems, [FieldStatus(kind, "missing")]
    if any(hi not in entry for hi in required):
        missing = ", ".join(hi for hi in required if hi not in entry)
        problems.append((missing, "is missing (the other Hindi keys of this entry are there)"))
    stamp = entry.get(ENTRY_STAMP)
    if stamp is None:
        return problems, [FieldStatus(kind, "unstamped")]
    state = "current" if stamp == entry_fingerprint(kind, entry) else "stale"
    return problems, [FieldStatus(kind, state)]


def entry_fingerprint(kind: str, entry: dict[str, Any]) -> str:
    """The fingerprint of the English an entry's Hindi translates (only fields it translates)."""
    fields = LIST_FIELDS[kind]
    return fingerprint({en: entry.get(en, "") for en, hi in fields.items() if hi in entry})


def flatten(value: Any, name: str) -> Iterator[tuple[str, str]]:
    """(field, text) rows for the database: ``typical_day/0``, ``paths/1/steps/2``."""
    if isinstance(value, dict):
        for key, inner in value.items():
            yield from flatten(inner, f"{name}/{key}")
    elif isinstance(value, list):
        for number, inner in enumerate(value):
            yield from flatten(inner, f"{name}/{number}")
    elif isinstance(value, str):
        yield name, " ".join(value.split())


def current_fields(english: dict[str, Any], hindi: Any, allowed: tuple[str, ...]) -> list[str]:
    """The fields of a [hi] table that are well formed and made from the current English."""
    problems, statuses = check_table(english, hindi, allowed)
    bad = {where.split(".")[1].split("[")[0] for where, _ in problems if where.count(".")}
    return [s.field for s in statuses if s.state == "current" and s.field not in bad]


def owner_of_term(abbr: str, full: str) -> str:
    return f"term/{abbr}/{full}"


def database_rows(sources: Any) -> Iterator[tuple[str, str, str]]:
    """(owner, field, text) for every current translation: what the database stores."""
    documents = (
        ("career", sources.careers, career_english, CAREER_FIELDS),
        ("exam", sources.exams, exam_english, EXAM_FIELDS),
    )
    for kind, docs, english_of, allowed in documents:
        for slug, doc in sorted(docs.items()):
            table = doc.get("hi")
            for name in current_fields(english_of(doc), table, allowed):
                for where, text in flatten(table[name], name):
                    yield f"{kind}/{slug}", where, text
    owners = {
        "category": lambda n, e: f"category/{e.get('slug')}",
        "quote": lambda n, e: f"quote/{n}",
        "item": lambda n, e: f"quiz/{e.get('id')}",
        "need": lambda n, e: f"need/need-{n}",  # needs.need_key
        "term": lambda n, e: owner_of_term(
            str(e.get("abbr")).strip(), " ".join(str(e.get("full")).split())
        ),
    }
    lists = (
        ("category", sources.categories),
        ("quote", sources.quotes),
        ("item", sources.quiz or []),
        ("term", sources.glossary),
        ("need", (sources.needs or {}).get("need", [])),
    )
    for key, entries in lists:
        for number, entry in enumerate(entries, 1):
            problems, statuses = check_entry(key, entry)
            if problems or statuses[0].state != "current":
                continue
            for en, hi in LIST_FIELDS[key].items():
                if hi in entry:
                    yield owners[key](number, entry), en, " ".join(entry[hi].split())


def search_text(doc: dict[str, Any], kind: str, fields: tuple[str, ...]) -> str:
    """The current Hindi of ``fields`` of a career or exam, as one text for the search index."""
    english, allowed = translatable(kind, doc)
    table = doc.get("hi")
    current = set(current_fields(english, table, allowed))
    return " ; ".join(
        text for name in fields if name in current for _, text in flatten(table[name], name)
    )


def pack(texts: dict[str, str]) -> bytes:
    """One owner's Hindi as the database stores it (the same texts always give the same bytes)."""
    data = json.dumps(texts, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return zlib.compress(data.encode(), 9)


def unpack(blob: bytes) -> dict[str, str]:
    """The texts ``pack`` stored; ValueError for anything else."""
    try:
        texts = json.loads(zlib.decompress(blob).decode())
    except zlib.error as error:
        raise ValueError(f"damaged Hindi texts: {error}") from error
    if not isinstance(texts, dict) or not all(isinstance(v, str) for v in texts.values()):
        raise ValueError("not a table of texts")
    return texts
