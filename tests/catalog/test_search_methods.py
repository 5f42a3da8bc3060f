"""The general search methods on the shipped content: exam centrality, joined and split words,
unfinished exam names, exam aliases and names that sound alike across scripts."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from shishya_desktop.catalog import Catalog
from shishya_desktop.catalog.centrality import centrality, route_rank
from tests.conftest import REPO


@pytest.fixture(scope="module")
def shipped() -> Iterator[Catalog]:
    with Catalog.open(REPO / "data" / "shishya.db") as catalog:
        yield catalog


def top(catalog: Catalog, text: str, count: int = 3) -> list[str]:
    return catalog.search_careers(text).slugs[:count]


def test_an_exam_lists_the_careers_it_is_the_door_to_first(shipped: Catalog) -> None:
    found = shipped.search_careers("neet").slugs
    assert "doctor-mbbs" in found[:3]
    # A specialisation after MBBS and MD comes after the careers NEET-UG opens directly.
    assert found.index("cardiologist") > found.index("doctor-mbbs")
    assert found.index("cardiologist") > found.index("dentist")


def test_route_and_entry_make_an_exam_central() -> None:
    exam = {"short_name": "NEET-UG", "level": "after-12"}
    step = {"step": "NEET-UG", "years": 0}
    direct = {
        "min_education": "graduate",
        "paths": [{"title": "MBBS through NEET-UG", "steps": [step]}],
    }
    later = {"min_education": "postgraduate", "paths": [{"title": "MBBS, MD, DM", "steps": [step]}]}
    assert route_rank(["neet ug"], direct["paths"]) == 0
    assert route_rank(["neet ug"], later["paths"]) == 1
    assert route_rank(["neet ug"], [{"title": "Other", "steps": []}]) == 3
    assert centrality(direct, 0, "neet-ug", exam) < centrality(later, 0, "neet-ug", exam)
    assert centrality(direct, 0, "neet-ug", exam) < centrality(direct, 2, "neet-ug", exam)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("camera man", "cinematographer"), ("bee keeping", "beekeeper"), ("police man", None)],
)
def test_two_words_meet_a_name_written_as_one(shipped: Catalog, typed: str, expected: str) -> None:
    found = top(shipped, typed)
    assert found, typed
    if expected:
        assert expected in found


def test_a_word_typed_as_two_names_is_split(shipped: Catalog) -> None:
    assert top(shipped, "datascientist", 1) == ["data-scientist"]
    assert top(shipped, "fashiondesigner", 1) == ["fashion-designer"]
    # A known word is never split.
    assert shipped.search_careers("beekeeper").searched == "beekeeper"


@pytest.mark.parametrize(
    ("typed", "exam"),
    [("ca inter", "ca-intermediate"), ("cs exec", "cs-executive"), ("neet pg", "neet-pg")],
)
def test_an_unfinished_exam_name_with_short_words(shipped: Catalog, typed: str, exam: str) -> None:
    assert shipped.search_exams(typed).slugs[0] == exam
    assert exam in shipped.search_careers(typed).exams


def test_a_short_last_word_must_end_the_exam_name(shipped: Catalog) -> None:
    # "po" is not yet "polytechnic" nor "police".
    assert shipped.search_careers("po").exams == ()


@pytest.mark.parametrize(
    ("typed", "exam"),
    [
        ("ts eamcet", "tg-eapcet"),
        ("ap eamcet", "ap-eapcet"),
        ("jee mains", "jee-main"),
        ("bank po exam", "ibps-po"),
        ("nmms", "nmmss"),
        ("sainik school entrance", "aissee"),
        ("olympiad", "nse-olympiads"),
    ],
)
def test_exam_aliases_are_searched(shipped: Catalog, typed: str, exam: str) -> None:
    assert shipped.search_exams(typed).slugs[0] == exam
    assert shipped.search_careers(typed).exams[0] == exam


def test_an_exam_name_beats_careers_merely_holding_its_words(shipped: Catalog) -> None:
    assert top(shipped, "ca inter", 1) == ["chartered-accountant"]
    assert top(shipped, "cs executive", 1) == ["company-secretary"]
    # ... and beats a need its words name ("bank").
    assert top(shipped, "bank po exam", 1) == ["bank-po"]


@pytest.mark.parametrize(
    ("typed", "expected"), [("शिक्षक", "school-teacher"), ("टीचर", "school-teacher")]
)
def test_a_name_sounding_like_a_whole_alias_is_exact(
    shipped: Catalog, typed: str, expected: str
) -> None:
    assert top(shipped, typed, 1) == [expected]


def test_a_title_holding_every_word_beats_a_need(shipped: Catalog) -> None:
    # "art" alone names a need (arts); "art teacher" is the Art Teacher's title.
    assert top(shipped, "art teacher", 1) == ["art-teacher"]
    # With no title holding both words, the need still narrows the word.
    assert top(shipped, "government job")
