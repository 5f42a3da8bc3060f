"""The search evaluation: real student queries in six kinds, each answered in the top three.

tests/search_cases.tsv lists what students type (names and abbreviations, misspellings,
Hindi/Hinglish in both scripts, needs and interests, exam names, less common careers) with the
careers that count as a right answer: slugs, or ``exam:SLUG`` (any career that lists the
exam) and ``category:SLUG`` (any career in the category), so the set stays right as careers
are added. The test fails when fewer than 90% of any kind find a
right answer in the first three results of the shipped database. ``python -m
tests.catalog.test_search_cases`` prints the scores and the misses.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

import pytest

from shishya_desktop.catalog import Catalog

HERE = Path(__file__).resolve().parent
CASES = HERE.parent / "search_cases.tsv"
DATABASE = HERE.parent.parent / "data" / "shishya.db"
KINDS = ("names", "misspellings", "hindi", "needs", "exams", "rare")
PASS_SHARE = 0.90
TOP = 3


def read_cases(path: Path = CASES) -> list[tuple[str, str, set[str]]]:
    cases = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("kind\t"):
            continue
        kind, query, acceptable = line.split("\t")
        cases.append((kind, query, set(acceptable.split(","))))
    return cases


def expand(catalog: Catalog, acceptable: set[str]) -> set[str]:
    """The slugs that ``acceptable`` stands for in this catalogue."""
    slugs = set()
    for item in acceptable:
        kind, _, slug = item.rpartition(":")
        if kind == "exam":
            slugs |= {career.slug for career in catalog.careers_for_exam(slug)}
        elif kind == "category":
            slugs |= {c.slug for c in catalog.career_summaries() if c.category == slug}
        else:
            slugs.add(item)
    return slugs


def evaluate(catalog: Catalog) -> tuple[dict[str, tuple[int, int]], list[str]]:
    """(right, asked) per kind, and a line for every miss."""
    right: dict[str, int] = defaultdict(int)
    asked: dict[str, int] = defaultdict(int)
    misses = []
    for kind, query, listed in read_cases():
        acceptable = expand(catalog, listed)
        asked[kind] += 1
        found = catalog.search_slugs(query, limit=TOP)
        if acceptable & set(found):
            right[kind] += 1
        else:
            misses.append(f"{kind}: {query!r} → {found}")
    return {kind: (right[kind], asked[kind]) for kind in asked}, misses


def test_cases_file_is_well_formed() -> None:
    """At least 150 queries, in the six kinds, each naming careers that exist."""
    cases = read_cases()
    assert len(cases) >= 150
    assert {kind for kind, _q, _a in cases} == set(KINDS)
    with Catalog.open(DATABASE) as catalog:
        slugs = {summary.slug for summary in catalog.career_summaries()}
        exams = {exam.slug for exam in catalog.exams()}
        categories = {category.slug for category in catalog.categories()}
    known = slugs | {f"exam:{e}" for e in exams} | {f"category:{c}" for c in categories}
    unknown = {(query, slug) for _k, query, acceptable in cases for slug in acceptable - known}
    assert unknown == set()


@pytest.fixture(scope="module")
def scores() -> tuple[dict[str, tuple[int, int]], list[str]]:
    with Catalog.open(DATABASE) as catalog:
        return evaluate(catalog)


@pytest.mark.parametrize("kind", KINDS)
def test_each_kind_answers_nine_in_ten_in_the_top_three(scores, kind: str) -> None:  # type: ignore[no-untyped-def]
    """Each kind of query finds a right career in the top three at least 90% of the time."""
    by_kind, misses = scores
    right, asked = by_kind[kind]
    assert right / asked >= PASS_SHARE, [m for m in misses if m.startswith(kind)]


if __name__ == "__main__":
    with Catalog.open(Path(sys.argv[1]) if len(sys.argv) > 1 else DATABASE) as opened:
        by_kind, missed = evaluate(opened)
    for kind in KINDS:
        right, asked = by_kind[kind]
        print(f"{kind:13s} {right:3d}/{asked:3d}  {100 * right / asked:5.1f}%")
    print("\n".join(missed))
