"""The shipped content meets the guide's promises: breadth, findability, a connected web."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from shishya_desktop.catalog import Catalog
from tests.conftest import REPO

MIN_CAREERS = 150
MIN_EXAMS = 70
MIN_PER_CATEGORY = 5


@pytest.fixture(scope="module")
def shipped() -> Iterator[Catalog]:
    with Catalog.open(REPO / "data" / "shishya.db") as catalog:
        yield catalog


def test_breadth(shipped: Catalog) -> None:
    info = shipped.info()
    assert info.careers >= MIN_CAREERS and info.exams >= MIN_EXAMS
    thin = {f.label: f.count for f in shipped.facets().categories if f.count < MIN_PER_CATEGORY}
    assert thin == {}


def test_every_title_and_alias_finds_its_career_in_the_top_three(shipped: Catalog) -> None:
    """Whatever name a student types for a career, that career is in the first three results."""
    misses = []
    for summary in shipped.career_summaries():
        career = shipped.career(summary.slug)
        assert career is not None
        for name in (career.title, *career.aliases):
            if summary.slug not in shipped.search_slugs(name, limit=3):
                misses.append((summary.slug, name))
    assert misses == []


@pytest.mark.parametrize(
    ("query", "slug"),
    [
        ("doctor", "doctor-mbbs"),
        ("CA", "chartered-accountant"),
        ("IAS", "ias-officer"),
        ("air hostess", "cabin-crew"),
        ("vakil", "lawyer"),
        ("physio", "physiotherapist"),
        ("coder", "software-engineer"),
        ("डॉक्टर", "doctor-mbbs"),
        ("nurse", "nurse"),
    ],
)
def test_common_words_rank_first(shipped: Catalog, query: str, slug: str) -> None:
    assert shipped.search_slugs(query, limit=1) == [slug]


def test_prefix_while_typing_finds_engineers(shipped: Catalog) -> None:
    top = shipped.search("engi", limit=10)
    assert sum("Engineer" in career.title for career in top) >= 8


def test_no_career_is_an_island(shipped: Catalog) -> None:
    """Every career links to at least 3 others and is linked from at least one."""
    linked_from: set[str] = set()
    for summary in shipped.career_summaries():
        related = shipped.related_careers(summary.slug)
        assert len(related) >= 3, summary.slug
        linked_from.update(r.slug for r in related)
    assert {s.slug for s in shipped.career_summaries()} == linked_from


def test_every_career_has_a_low_cost_route(shipped: Catalog) -> None:
    missing = [
        s.slug
        for s in shipped.career_summaries()
        if not any(p.affordable for p in shipped.career(s.slug).paths)
    ]
    assert missing == []


@pytest.mark.parametrize(("typed", "stream"), [("commerce", "commerce"), ("arts stream", "arts")])
def test_a_stream_need_answers_with_careers_of_that_stream(
    shipped: Catalog, typed: str, stream: str
) -> None:
    """Typing 'commerce' means the commerce stream: the first answers list it by name, and a
    career that merely has the word in its title (E-commerce Seller, any stream) is not one."""
    for slug in shipped.search_slugs(typed, limit=5):
        career = shipped.career(slug)
        assert career is not None and stream in career.streams, (typed, slug)
