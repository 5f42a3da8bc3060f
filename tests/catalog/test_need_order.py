"""How a need orders its careers at build time: stream position, then how well-known a career is."""

from __future__ import annotations

from typing import Any

from shishya_desktop.catalog.needs import careers_of, prominence


def career(
    slug: str, streams: list[str], related: tuple[str, ...] = ()
) -> tuple[str, dict[str, Any]]:
    return slug, {
        "title": slug.replace("-", " ").title(),
        "category": "business-management",
        "streams": streams,
        "sector": ["private"],
        "min_education": "graduate",
        "exams": [],
        "related": list(related),
        "salary": {},
        "paths": [{"title": "A route", "steps": [{"step": "Degree", "years": 3}]}],
    }


COMMERCE = {"label": "Commerce", "words": ["commerce"], "stream": "commerce"}


def test_prominence_counts_the_pages_that_link_a_career() -> None:
    careers = [career("a", ["any"], ("b", "c")), career("b", ["any"], ("c",)), career("c", ["any"])]
    assert prominence(careers) == {"a": 0, "b": 1, "c": 2}


def test_a_stream_listed_first_beats_one_listed_later_and_any_stream_comes_last() -> None:
    careers = [
        career("open-to-all", ["any"]),
        career("second", ["arts", "commerce"]),
        career("first", ["commerce", "arts"]),
    ]
    assert careers_of(COMMERCE, careers) == ["first", "second", "open-to-all"]


def test_among_equals_the_better_linked_career_comes_first_not_the_alphabetical_one() -> None:
    careers = [
        career("aardvark-keeper", ["commerce"]),
        career("zebra-accountant", ["commerce"]),
        career("one", ["arts"], ("zebra-accountant",)),
        career("two", ["arts"], ("zebra-accountant",)),
    ]
    assert careers_of(COMMERCE, careers)[:2] == ["zebra-accountant", "aardvark-keeper"]
