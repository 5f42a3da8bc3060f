"""Spelling, sound and word forms: the pieces that let search understand how students type."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from shishya_desktop.catalog import phonetic, spelling
from shishya_desktop.catalog.forms import forms, stem


@pytest.mark.parametrize(
    ("a", "b", "edits"),
    [
        ("docter", "doctor", 1),  # one letter wrong
        ("acountant", "accountant", 1),  # one missing
        ("doctorr", "doctor", 1),  # one doubled
        ("enigneer", "engineer", 1),  # two swapped
        ("softwear", "software", 2),
        ("nurse", "nurse", 0),
    ],
)
def test_distance_counts_a_swap_as_one_edit(a: str, b: str, edits: int) -> None:
    assert spelling.distance(a, b) == edits


def test_symmetric_delete_variants_meet() -> None:
    """A word and its misspelling share a deletion variant, which is how candidates are found."""
    assert spelling.deletions("docter") & spelling.deletions("doctor")
    assert spelling.deletions("enigneer") & spelling.deletions("engineer")
    assert spelling.deletions("abc") == {"abc"}  # short words are never corrected


def test_delete_rows_are_sorted_and_skip_devanagari() -> None:
    rows = spelling.delete_rows([(1, "doctor"), (2, "डॉक्टर"), (3, "ca"), (4, "jee")])
    assert rows == sorted(rows)
    assert (spelling.variant_key("jee"), "4") in rows
    assert (spelling.variant_key("doctr"), "1") in rows
    assert all(ids == "1" for key, ids in rows if key != spelling.variant_key("jee"))


@pytest.mark.parametrize(
    "spellings",
    [
        ("vakil", "vakeel", "wakil", "वकील"),
        ("doctor", "daktar", "doktor", "docter", "डॉक्टर"),
        ("engineer", "injiniyar", "injinier", "इंजीनियर"),
        ("fauji", "fouji", "फौजी"),
        ("shikshak", "शिक्षक"),
        ("police", "polis", "पुलिस"),
        ("sarkari", "sarkaari", "सरकारी"),
        ("naukri", "nokri", "नौकरी"),
        ("pharmacist", "farmasist"),
    ],
)
def test_phonetic_key_joins_latin_and_devanagari_spellings(spellings: tuple[str, ...]) -> None:
    """Every spelling of a Hindi (or English) word, in either script, has the same key."""
    keys = {phonetic.key(word) for word in spellings}
    assert len(keys) == 1 and keys != {""}


def test_phonetic_key_keeps_different_words_apart() -> None:
    assert phonetic.key("nurse") != phonetic.key("doctor")
    assert phonetic.key("a") == "" and phonetic.key("🩺") == ""


@given(st.text(max_size=50))
def test_phonetic_key_and_forms_accept_any_text(text: str) -> None:
    """Property: any text gives a key and forms without raising."""
    phonetic.key(text)
    forms(text)
    spelling.deletions(text[:12], 2)


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("animals", "animal"),
        ("computers", "computer"),
        ("designing", "design"),
        ("mains", "main"),
        ("babies", "baby"),
        ("physics", "physics"),
        ("news", "news"),
        ("class", "class"),
        ("डॉक्टर", "डॉक्टर"),
    ],
)
def test_stem_takes_off_plural_and_ing(word: str, expected: str) -> None:
    assert stem(word) == expected
