"""The texts of a career or exam page in the order the page shows them, read from the sources.

What happens at an abbreviation's *first use on a page* depends on that order, so the checks
that care about it (``validate``'s check that a page says which meaning of an abbreviation it
means) read the page here in the same order as ``ui/render.py`` draws it: a career page's
title, category and tagline, what they do, the day, the routes, … and at the end the related
careers and the exams with the words shown beside them. A test keeps the two in step.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from . import vocab
from .sources import Sources


@dataclass(frozen=True, slots=True)
class PageText:
    """One text on a page: where it comes from, and how the page shows it."""

    field: str  # as validate names fields ("paths[2].steps[1].step"), or where it comes from
    text: str
    expand: bool = True  # False for headings and names, which are never spelt out
    beside: str = ""  # the words shown right next to a name (a full name, a tagline)
    # Another page's name or tagline listed here (related careers, exams): it keeps its own
    # meaning, so this page's choices do not apply to it and it is checked on its own page.
    foreign: bool = False


def _text(value: Any) -> str:
    """The text as the database holds it (spacing collapsed), or "" for anything else."""
    return " ".join(value.split()) if isinstance(value, str) else ""


def _texts(value: Any) -> list[str]:
    return [_text(item) for item in value] if isinstance(value, list) else []


def _table(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _tables(value: Any) -> list[dict[str, Any]]:
    if not isinstance(value, list):
        return []
    return [item if isinstance(item, dict) else {} for item in value]


def _list(name: str, value: Any) -> Iterator[PageText]:
    for number, text in enumerate(_texts(value), 1):
        yield PageText(f"{name}[{number}]", text)


def career_page(slug: str, doc: dict[str, Any], sources: Sources) -> Iterator[PageText]:
    """Every text of a career page, in reading order (empty texts included; skip them)."""
    yield PageText("title", _text(doc.get("title")), expand=False)
    category = next((c for c in sources.categories if c.get("slug") == doc.get("category")), {})
    yield PageText("category (its name in categories.toml)", _text(category.get("name")), False)
    yield PageText("tagline", _text(doc.get("tagline")))
    yield PageText("what_they_do", _text(doc.get("what_they_do")))
    yield from _list("typical_day", doc.get("typical_day"))
    for number, path in enumerate(_tables(doc.get("paths")), 1):
        where = f"paths[{number}]"
        yield PageText(f"{where}.title", _text(path.get("title")))
        for position, step in enumerate(_tables(path.get("steps")), 1):
            yield PageText(f"{where}.steps[{position}].step", _text(step.get("step")))
        yield PageText(f"{where}.note", _text(path.get("note")))
    yield from _list("qualifications", doc.get("qualifications"))
    yield from _list("skills", doc.get("skills"))
    salary = _table(doc.get("salary"))
    for level in vocab.SALARY_LEVELS:
        band = _table(salary.get(level))
        yield PageText(f"salary.{level}.note", _text(band.get("note")))
    yield PageText("salary.note", _text(salary.get("note")))
    yield PageText("salary.pay_level", _text(salary.get("pay_level")))
    for name in ("growth", "employers", "pros", "cons"):
        yield from _list(name, doc.get(name))
    yield PageText("demand_note", _text(doc.get("demand_note")))
    for number, other in enumerate(_texts(doc.get("related")), 1):
        related = sources.careers.get(other, {})
        title, tagline = _text(related.get("title")), _text(related.get("tagline"))
        where = f"related[{number}] (careers/{other}.toml"
        yield PageText(f"{where}: title)", title, False, tagline, foreign=True)
        yield PageText(f"{where}: tagline)", tagline, foreign=True)
    for number, slug_of_exam in enumerate(_texts(doc.get("exams")), 1):
        exam = sources.exams.get(slug_of_exam, {})
        short, full = _text(exam.get("short_name")), _text(exam.get("full_name"))
        where = f"exams[{number}] (exams/{slug_of_exam}.toml"
        yield PageText(f"{where}: short_name)", short, False, full, foreign=True)
        yield PageText(f"{where}: full_name)", full, foreign=True)


def _nocase(text: str) -> str:
    """SQLite's NOCASE order: ASCII letters folded, nothing else."""
    return "".join(chr(ord(c) + 32) if "A" <= c <= "Z" else c for c in text)


def exam_page(slug: str, doc: dict[str, Any], sources: Sources) -> Iterator[PageText]:
    """Every text of an exam page, in reading order: the short name is explained by the full
    name and the conducting body under it; at the end, the careers that list the exam, A–Z."""
    full, body = _text(doc.get("full_name")), _text(doc.get("body"))
    beside = f"{full} {body}"
    yield PageText("short_name", _text(doc.get("short_name")), expand=False, beside=beside)
    yield PageText("full_name", full, expand=False)
    for name in ("body", "months", "leads_to", "about"):
        yield PageText(name, _text(doc.get(name)))
    listing = sorted(
        (
            (_nocase(_text(career.get("title"))), other, career)
            for other, career in sources.careers.items()
            if slug in _texts(career.get("exams"))
        ),
        key=lambda item: (item[0], item[1]),
    )
    for _, other, career in listing:
        title, tagline = _text(career.get("title")), _text(career.get("tagline"))
        where = f"careers that list it (careers/{other}.toml"
        yield PageText(f"{where}: title)", title, False, tagline, foreign=True)
        yield PageText(f"{where}: tagline)", tagline, foreign=True)
