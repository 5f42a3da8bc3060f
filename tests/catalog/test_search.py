"""Search: ranked, prefix-matching, alias-aware, and safe for any text at all."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from shishya_desktop.catalog import Catalog
from shishya_desktop.catalog.search import prepare, tokens

NASTY = [
    '"',
    '""',
    "'",
    "C++",
    "B.Sc.",
    "don't",
    "(",
    ")",
    "-",
    "-doctor",
    "AND",
    "OR",
    "NOT",
    "doctor AND",
    "NEAR(",
    "NEAR(doctor nurse",
    "*",
    "doctor*",
    "^doctor",
    "title:doctor",
    "{doctor}",
    "[",
    "%",
    "_",
    "\\",
    "",
    "   ",
    "\t\n",
    "x" * 1000,
    "doctor " * 200,
    "🩺👩‍⚕️",
    "डॉक्टर",
    "नर्स",
    "\0",
    "\ud800",
    "'; DROP TABLE careers; --",
    "a\"b'c",
    ":",
    "+",
    "::",
]


@pytest.mark.parametrize("text", NASTY)
def test_nasty_strings_never_raise(catalog: Catalog, text: str) -> None:
    """Hostile or odd input gives results or an empty list, never an exception."""
    results = catalog.search(text)
    assert isinstance(results, list)


@settings(
    max_examples=3000, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(max_size=300))
def test_any_text_is_safe(catalog: Catalog, text: str) -> None:
    """Property: for thousands of random strings (any Unicode), search never raises."""
    catalog.search(text, limit=5)


@settings(
    max_examples=500, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(
        st.sampled_from(
            [
                '"',
                "*",
                "(",
                ")",
                "AND",
                "OR",
                "NOT",
                "NEAR",
                "-",
                "+",
                ":",
                "^",
                "doc",
                "nurse",
                "C++",
                "'",
                " ",
            ]
        ),
        max_size=20,
    )
)
def test_fts_syntax_soup_is_safe(catalog: Catalog, parts: list[str]) -> None:
    """Property: any mix of FTS5 operators and words is searched as plain words."""
    catalog.search("".join(parts))


def test_empty_input_gives_empty_list(catalog: Catalog) -> None:
    assert (
        catalog.search("") == [] and catalog.search("  \t ") == [] and catalog.search("+-*") == []
    )


def test_exact_alias_ranks_first(catalog: Catalog) -> None:
    """A word students use for a career finds it first, in any case."""
    assert catalog.search("daktar")[0].slug == "doctor"
    assert catalog.search("MBBS")[0].slug == "doctor"
    assert catalog.search("Programmer")[0].slug == "coder"


def test_title_beats_body_text(catalog: Catalog) -> None:
    """'pharmacist' appears in other careers' text too, but its own career comes first."""
    assert catalog.search("pharmacist")[0].slug == "pharmacist"


def test_prefix_matching_while_typing(catalog: Catalog) -> None:
    """Partial words find careers: 'pharm' finds the pharmacist, 'softw eng' the engineer."""
    assert catalog.search("pharm")[0].slug == "pharmacist"
    assert catalog.search("softw eng")[0].slug == "coder"
    assert catalog.search("Registered Nu")[0].slug == "nurse"


def test_devanagari_search(catalog: Catalog) -> None:
    assert catalog.search("डॉक्टर")[0].slug == "doctor"


def test_punctuation_is_ignored_but_words_kept(catalog: Catalog) -> None:
    assert catalog.search("C++ developer")[0].slug == "coder"
    assert catalog.search('"nurse"')[0].slug == "nurse"


def test_limit(catalog: Catalog) -> None:
    assert len(catalog.search("e", limit=2)) <= 2
    assert catalog.search("doctor", limit=0) == []


def test_prepare_quotes_every_token() -> None:
    """Every token is quoted and prefix-matched, so no user text is FTS syntax."""
    assert prepare('NEAR("ab" c*)').match == (
        '"near"* AND ({title title_hi aliases} : "ab"*) AND ({title title_hi aliases} : "c")'
    )
    assert prepare("").is_empty
    assert tokens("B.Sc. don't") == ["b", "sc", "don", "t"]
    assert tokens("x" * 5000) == ["x" * 200]
    assert len(tokens("a " * 100)) == 12
