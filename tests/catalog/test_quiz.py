"""The quiz file's rules: one type per item, 8 per type, 3 short-form per type, text rules."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from shishya_desktop.catalog.quiz import check_quiz
from shishya_desktop.catalog.sources import Problem

REAL = Path(__file__).resolve().parents[2] / "data" / "quiz.toml"


def real_items() -> list[dict]:
    return tomllib.loads(REAL.read_text("utf-8"))["item"]


def problems_of(items: list[dict]) -> list[str]:
    found: list[Problem] = []
    check_quiz(items, found)
    return [str(p) for p in found]


def test_real_quiz_is_valid() -> None:
    assert problems_of(real_items()) == []


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"type": "RI"}, "exactly one of the letters"),
        ({"type": "X"}, "exactly one of the letters"),
        ({"text": "Earn money by fixing a tap"}, "money, status or gender"),
        ({"text": "Help his father fix a tap"}, "money, status or gender"),
        ({"text": "Fix a tap and paint the wall"}, "two activities"),
        ({"text": "Fix a leaking tap."}, "no full stop"),
        ({"text": "Disassemble an electromechanical contraption"}, "long word"),
        ({"text": ""}, "non-empty"),
        ({"short_form": "yes"}, "true or false"),
        ({"colour": "red"}, "unknown field"),
    ],
)
def test_broken_item_is_reported(change: dict, expected: str) -> None:
    items = real_items()
    items[0] = {**items[0], **change}
    assert any(expected in p for p in problems_of(items)), problems_of(items)


def test_counts_per_type_and_form() -> None:
    items = real_items()
    items[0] = {**items[0], "short_form": not items[0]["short_form"]}
    assert any("short-form items, needs 3" in p for p in problems_of(items))
    assert any("items, needs 8" in p for p in problems_of(items[1:]))
    twice = items[:1] + items
    assert any("used twice" in p for p in problems_of(twice))


def test_quiz_is_built_into_the_database(catalog) -> None:
    # the fixture content has no quiz file: the table is there and empty
    assert catalog.quiz_items() == ()


def test_real_database_holds_the_quiz(real_db: Path) -> None:
    from shishya_desktop.catalog import Catalog

    with Catalog.open(real_db) as catalog:
        items = catalog.quiz_items()
        codes = catalog.interest_codes()
    assert len(items) == 48 and sum(i.short_form for i in items) == 18
    assert len(codes) == len(list((real_db.parent / "careers").glob("*.toml")))


def test_damaged_quiz_file_is_a_clear_problem(content_dir: Path) -> None:
    from shishya_desktop.catalog.sources import read_sources
    from shishya_desktop.catalog.validate import validate

    (content_dir / "quiz.toml").write_text('[[item]]\nid = "R01\n', "utf-8")
    found = [str(p) for p in validate(read_sources(content_dir))]
    assert any(p.startswith("quiz.toml: not valid TOML") for p in found), found
    (content_dir / "quiz.toml").write_text('item = "nothing"\n', "utf-8")
    found = [str(p) for p in validate(read_sources(content_dir))]
    assert any("must be a list of [[item]] tables" in p for p in found), found
