"""The interest quiz's items (``data/quiz.toml``): the rules each item must keep.

Each item is one everyday activity of one Holland type (R I A S E C); every type has the same
number of items in the full form and in the short form. The wording rules a program can check
are checked here (length, one activity, no money or status words, no gender cues, plain words);
the rest (no caste or region cues, readable by a class 8 reader) were checked by the reviewers.
"""

from __future__ import annotations

import re
from typing import Any

from .sources import Problem
from .vocab import RIASEC_LETTERS

QUIZ_FILE = "quiz.toml"
ITEMS_PER_TYPE = 8
SHORT_PER_TYPE = 3
MAX_WORDS = 10
MAX_WORD_LETTERS = 12  # a long word is a hard word for a class 8 reader
ID_PATTERN = re.compile(r"^[RIASEC][0-9]{2}$")
# Money or status in the wording pulls answers towards pay, not enjoyment; "he"/"she" and
# "boys"/"girls" are gender cues; "and"/"or" between two verbs means two activities.
BANNED_WORDS = frozenset(
    [
        "money",
        "rupees",
        "rupee",
        "salary",
        "earn",
        "earning",
        "paid",
        "pay",
        "rich",
        "wealthy",
        "profit",
        "famous",
        "fame",
        "boss",
        "important",
        "respected",
        "status",
        "he",
        "she",
        "his",
        "her",
        "him",
        "boys",
        "girls",
        "men",
        "women",
    ]
)
TWO_ACTIVITIES = re.compile(r"\b(?:and|or)\s+(?:then\s+)?[a-z]+\s+(?:a|an|the)\b", re.IGNORECASE)


def check_quiz(entries: list[dict[str, Any]] | None, problems: list[Problem]) -> None:
    """Check every ``[[item]]`` of the quiz file and the counts per type and form."""
    if entries is None:
        return
    seen: set[str] = set()
    full = dict.fromkeys(RIASEC_LETTERS, 0)
    short = dict.fromkeys(RIASEC_LETTERS, 0)
    for number, item in enumerate(entries, 1):
        where = f"{QUIZ_FILE}: item[{number}]"

        def problem(field: str, message: str, where: str = where) -> None:
            problems.append(Problem(where, field, message))

        unknown = set(item) - {"id", "type", "text", "short_form", "text_hi", "hi_from"}
        if unknown:
            problem(", ".join(sorted(unknown)), "unknown field")
        item_id, kind, text = item.get("id"), item.get("type"), item.get("text")
        if not isinstance(item_id, str) or not ID_PATTERN.match(item_id):
            problem("id", "must be a type letter and two digits, like R01")
        elif item_id in seen:
            problem("id", f"'{item_id}' is used twice")
        else:
            seen.add(item_id)
        if not isinstance(kind, str) or len(kind) != 1 or kind not in RIASEC_LETTERS:
            problem("type", "must be exactly one of the letters R I A S E C")
            kind = None
        elif isinstance(item_id, str) and not item_id.startswith(kind):
            problem("id", f"'{item_id}' must start with its type letter {kind}")
        if not isinstance(item.get("short_form", False), bool):
            problem("short_form", "must be true or false")
        _check_text(text, problem)
        if kind:
            full[kind] += 1
            short[kind] += item.get("short_form") is True
    for letter in RIASEC_LETTERS:
        if full[letter] != ITEMS_PER_TYPE:
            problems.append(
                Problem(
                    QUIZ_FILE,
                    "item",
                    f"type {letter} has {full[letter]} items, needs {ITEMS_PER_TYPE}",
                )
            )
        if short[letter] != SHORT_PER_TYPE:
            problems.append(
                Problem(
                    QUIZ_FILE,
                    "short_form",
                    f"type {letter} has {short[letter]} short-form items, needs {SHORT_PER_TYPE}",
                )
            )


def _check_text(text: Any, problem: Any) -> None:
    if not isinstance(text, str) or not text.strip():
        problem("text", "must be a non-empty text")
        return
    words = re.findall(r"[A-Za-z']+", text)
    if len(words) > MAX_WORDS:
        problem("text", f"has {len(words)} words; keep it to {MAX_WORDS} or fewer")
    long = [w for w in words if len(w) > MAX_WORD_LETTERS]
    if long:
        problem("text", f"'{long[0]}' is a long word; use a plainer one")
    banned = sorted({w.lower() for w in words} & BANNED_WORDS)
    if banned:
        problem("text", f"'{banned[0]}' is a money, status or gender word; leave it out")
    if TWO_ACTIVITIES.search(text):
        problem("text", "seems to name two activities; keep one")
    if not text[0].isupper() or text.rstrip()[-1] in ".!?":
        problem("text", "starts with a capital letter and has no full stop")
    if text != " ".join(text.split()):
        problem("text", "has extra spaces")
