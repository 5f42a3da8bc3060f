"""Scoring and matching of the interest quiz, with answer patterns whose right result is known."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from shishya_desktop.catalog import Catalog
from shishya_desktop.catalog.records import CareerSummary, QuizItem
from shishya_desktop.guide import interests
from shishya_desktop.guide.interests import LETTERS


@pytest.fixture(scope="module")
def real() -> tuple[tuple[QuizItem, ...], tuple[CareerSummary, ...], dict[str, str]]:
    path = Path(__file__).resolve().parents[1] / "data" / "shishya.db"
    with Catalog.open(path) as catalog:
        return catalog.quiz_items(), catalog.career_summaries(), catalog.interest_codes()


def answers_for(items: tuple[QuizItem, ...], per_type: dict[str, int]) -> dict[str, int]:
    return {item.id: per_type[item.type] for item in items}


def test_every_item_has_one_type_and_forms_are_balanced(real) -> None:
    items, _, _ = real
    assert all(len(item.type) == 1 and item.type in LETTERS for item in items)
    for short in (False, True):
        form = interests.form_items(items, short)
        counts = {x: sum(i.type == x for i in form) for x in LETTERS}
        assert set(counts.values()) == {3 if short else 8}, counts
    assert len(interests.form_items(items, True)) == 18
    mixed = interests.form_items(items, False)
    assert all(a.type != b.type for a, b in itertools.pairwise(mixed))


def test_all_realistic_liked_puts_realistic_careers_first(real) -> None:
    items, careers, codes = real
    answers = answers_for(items, {"R": 5, "I": 1, "A": 1, "S": 1, "E": 1, "C": 1})
    profile = interests.score(items, answers)
    assert profile.code_groups[0] == ("R",)
    assert profile.percent("R") == 100 and profile.percent("C") == 0
    found = interests.suggest(profile, careers, codes, items, answers)
    assert found.strong
    assert all(m.code.startswith("R") for m in found.strong)
    assert "fix a leaking tap" in found.strong[0].why or "You liked" in found.strong[0].why


@pytest.mark.parametrize("value", [1, 3, 5])
def test_flat_profile_gets_no_ranking(real, value: int) -> None:
    items, careers, codes = real
    answers = answers_for(items, dict.fromkeys(LETTERS, value))
    profile = interests.score(items, answers)
    assert profile.flat
    found = interests.suggest(profile, careers, codes, items, answers)
    assert found.strong == () and found.also == ()


def test_little_spread_is_flat_but_one_step_is_not(real) -> None:
    items, _, _ = real
    nearly = {item.id: 4 for item in items}
    nearly[next(i.id for i in items if i.type == "R")] = 5  # R mean 4.125: spread 0.125
    assert interests.score(items, nearly).flat
    spread = answers_for(items, {"R": 4, "I": 3, "A": 3, "S": 3, "E": 3, "C": 3})
    assert not interests.score(items, spread).flat


def test_ties_are_shown_as_ties(real) -> None:
    items, _, _ = real
    profile = interests.score(
        items, answers_for(items, {"R": 5, "I": 4, "A": 4, "S": 4, "E": 1, "C": 1})
    )
    assert profile.code_groups == (("R",), ("I", "A", "S"))
    assert profile.code == "R · I = A = S"
    plain = interests.score(
        items, answers_for(items, {"R": 2, "I": 5, "A": 4, "S": 3, "E": 1, "C": 1})
    )
    assert plain.code == "IAS"
    two_top = interests.score(
        items, answers_for(items, {"R": 5, "I": 5, "A": 3, "S": 2, "E": 2, "C": 1})
    )
    assert two_top.code == "R = I · A"


def test_reach_filters_by_education_and_stream(real) -> None:
    items, careers, codes = real
    answers = answers_for(items, {"R": 5, "I": 4, "A": 1, "S": 1, "E": 1, "C": 3})
    profile = interests.score(items, answers)
    found = interests.suggest(profile, careers, codes, items, answers, level="class-10")
    shown = found.strong + found.also
    assert shown
    assert all(m.career.min_education in ("none", "class-10") for m in shown)
    arts = interests.suggest(profile, careers, codes, items, answers, stream="arts")
    assert all(
        "arts" in m.career.streams or "any" in m.career.streams for m in arts.strong + arts.also
    )


def test_every_career_can_be_suggested(real) -> None:
    """For each career: short-form answers copying its code (3, 2, 1 weights as 5, 11/3, 7/3,
    1 means) put it among the strong fits, with no reach filter."""
    items, careers, codes = real
    short = interests.form_items(items, True)
    by_code: dict[str, list[CareerSummary]] = {}
    for career in careers:
        by_code.setdefault(codes[career.slug], []).append(career)
    never: list[str] = []
    for code, group in by_code.items():
        weights = dict(zip(LETTERS, interests.career_profile(code), strict=True))
        # three items per type: sums 15, 11, 7, 3 give means 5, 11/3, 7/3, 1
        triples = {3.0: (5, 5, 5), 2.0: (4, 4, 3), 1.0: (3, 2, 2), 0.0: (1, 1, 1)}
        answers: dict[str, int] = {}
        for letter in LETTERS:
            for item, value in zip(
                (i for i in short if i.type == letter), triples[weights[letter]], strict=True
            ):
                answers[item.id] = value
        profile = interests.score(short, answers)
        found = interests.suggest(profile, careers, codes, short, answers)
        shown = {m.career.slug for m in found.strong}
        never += [c.slug for c in group if c.slug not in shown]
    assert never == []


def test_why_names_liked_activities_of_the_careers_types(real) -> None:
    items, _, _ = real
    answers = answers_for(items, {"R": 5, "I": 1, "A": 1, "S": 1, "E": 1, "C": 1})
    profile = interests.score(items, answers)
    line = interests.why_it_fits("R", items, answers, profile.means)
    r_texts = [i.text[:1].lower() + i.text[1:] for i in items if i.type == "R"]
    assert line.startswith("You liked “") and any(t in line for t in r_texts)
    assert "hands-on" in line


def test_bad_answer_is_refused(real) -> None:
    items, _, _ = real
    with pytest.raises(ValueError):
        interests.score(items, {items[0].id: 7})
