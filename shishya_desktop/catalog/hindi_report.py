"""The Hindi of a whole content folder: its problems, and which fields are current or stale."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from . import hindi
from .sources import GLOSSARY_FILE, Problem, Sources


@dataclass(frozen=True, slots=True)
class Translated:
    """The state of one translatable field (or list entry) of one file."""

    kind: str  # careers, exams, categories, quotes, quiz, glossary
    owner: str  # a slug, or the entry's number in its list file
    field: str
    state: str


@dataclass(slots=True)
class HindiReport:
    problems: list[Problem] = field(default_factory=list)
    fields: list[Translated] = field(default_factory=list)

    def count(self, state: str) -> int:
        return sum(1 for item in self.fields if item.state == state)

    def by_kind(self) -> dict[str, Counter[str]]:
        counts: dict[str, Counter[str]] = {}
        for item in self.fields:
            counts.setdefault(item.kind, Counter())[item.state] += 1
        return counts

    def of(self, state: str) -> list[Translated]:
        return [item for item in self.fields if item.state == state]


LIST_FILES = (
    ("categories", "categories.toml", "category"),
    ("quotes", "quotes.toml", "quote"),
    ("quiz", "quiz.toml", "item"),
    ("glossary", GLOSSARY_FILE, "term"),
    ("needs", "needs.toml", "need"),
)
UNSTAMPED = "is not stamped: check the Hindi, then run `shishya-data hi-stamp FILE`"


def _record(
    report: HindiReport,
    shown_as: str,
    kind: str,
    owner: str,
    statuses: list[hindi.FieldStatus],
    problems: list[tuple[str, str]],
) -> None:
    for where, message in problems:
        report.problems.append(Problem(shown_as, where, message))
    unstamped = [status.field for status in statuses if status.state == "unstamped"]
    if unstamped:
        where = ", ".join(unstamped) if kind in ("careers", "exams") else hindi.ENTRY_STAMP
        report.problems.append(Problem(shown_as, where, UNSTAMPED))
    for status in statuses:
        report.fields.append(Translated(kind, owner, status.field, status.state))


def hindi_report(sources: Sources) -> HindiReport:
    report = HindiReport()
    documents: tuple[tuple[str, dict[str, dict[str, Any]], Any, tuple[str, ...]], ...] = (
        ("careers", sources.careers, hindi.career_english, hindi.CAREER_FIELDS),
        ("exams", sources.exams, hindi.exam_english, hindi.EXAM_FIELDS),
    )
    for kind, docs, english_of, allowed in documents:
        for slug, doc in docs.items():
            problems, statuses = hindi.check_table(english_of(doc), doc.get("hi"), allowed)
            _record(report, sources.file_of(kind, slug), kind, slug, statuses, problems)
    lists = {
        "categories": sources.categories,
        "quotes": sources.quotes,
        "quiz": sources.quiz or [],
        "glossary": sources.glossary,
        "needs": (sources.needs or {}).get("need", []),
    }
    for kind, file_name, key in LIST_FILES:
        for number, entry in enumerate(lists[kind], 1):
            problems, statuses = hindi.check_entry(key, entry)
            shown_as = f"{file_name}: {key}[{number}]"
            _record(report, shown_as, kind, str(number), statuses, problems)
    return report
