"""How central an exam is to a career: the order of careers found by an exam's name.

A student typing an exam's name ("neet") wants the careers the exam is the main door to
(Doctor, Dentist) before those it is only an early step of (Cardiologist, after MBBS, MD and
DM). Three signals from the content, computed at build time, add up to one number (lower is
more central):

- the route: the career's first route names the exam in its title (0), in its steps (1),
  another route names it (2), or no route does (3);
- the entry: how many education levels the career's minimum education lies beyond what the
  exam is taken for (an after-12 exam opens degrees; a career needing a master's degree is a
  later specialisation), counted twice;
- the list: the exam's place in the career's ``exams`` list.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from . import vocab
from .search import normalise_name

# The education rank (vocab.MIN_EDUCATION order) an exam of each level is the door to.
DOOR_RANK = {"school": 3, "after-10": 4, "after-12": 5, "after-graduation": 6, "professional": 6}
EDUCATION_RANK = {name: rank for rank, name in enumerate(vocab.MIN_EDUCATION)}
NO_ROUTE = 3
ENTRY_WEIGHT = 2


def exam_names(slug: str, exam: dict[str, Any]) -> list[str]:
    """The exam's names as words ("neet ug"), as they would appear in a route's text."""
    names = [exam["short_name"], slug.replace("-", " "), *exam.get("aliases", [])]
    return [name for name in dict.fromkeys(normalise_name(n) for n in names) if name]


def _names_in(names: Iterable[str], text: str) -> bool:
    padded = f" {normalise_name(text)} "
    return any(f" {name} " in padded for name in names)


def route_rank(names: list[str], paths: list[dict[str, Any]]) -> int:
    for position, path in enumerate(paths):
        if position == 0 and _names_in(names, path["title"]):
            return 0
        if any(
            _names_in(names, text) for text in (path["title"], *(s["step"] for s in path["steps"]))
        ):
            return 1 if position == 0 else 2
    return NO_ROUTE


def centrality(career: dict[str, Any], position: int, slug: str, exam: dict[str, Any]) -> int:
    """The number for ``career`` listing ``exam`` (slug ``slug``) at ``position``."""
    entry = max(
        0,
        EDUCATION_RANK.get(career["min_education"], 0) - DOOR_RANK.get(exam["level"], 6),
    )
    return route_rank(exam_names(slug, exam), career["paths"]) + ENTRY_WEIGHT * entry + position
