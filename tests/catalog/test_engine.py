"""The search engine on small content: corrections, needs, exams, nearest, and their safety."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from shishya_desktop.catalog import Catalog
from shishya_desktop.catalog.build import build_database
from shishya_desktop.catalog.needs import check
from shishya_desktop.catalog.sources import read_sources
from shishya_desktop.catalog.validate import validate
from tests.catalog.test_search import NASTY
from tests.content_factory import write_content


def test_misspelling_is_corrected_and_reported(catalog: Catalog) -> None:
    found = catalog.search_careers("pharmasist")
    assert found.slugs[0] == "pharmacist"
    assert found.corrected and found.searched == "pharmacist" and found.typed == "pharmasist"


def test_correct_spelling_is_never_corrected(catalog: Catalog) -> None:
    """A word the names know is searched as typed, even when little matches."""
    for text in ("pharmacist", "nurse", "doctor", "pharm", "registered nu"):
        assert not catalog.search_careers(text).corrected, text


def test_hindi_spelling_meets_alias_and_devanagari(catalog: Catalog) -> None:
    """'doktor' and 'डाक्टर' (another Devanagari spelling) both find the doctor through its key."""
    assert catalog.search_careers("doktor").slugs[0] == "doctor"
    assert catalog.search_careers("डाक्टर").slugs[0] == "doctor"


def test_correction_can_be_turned_off(catalog: Catalog) -> None:
    assert catalog.search_careers("pharmasist", correct=False).slugs == []


def test_need_applies_a_filter_from_the_fields(catalog: Catalog) -> None:
    """'government job' keeps careers whose sector lists government, government-first first."""
    found = catalog.search_careers("government job")
    assert found.slugs == ["nurse", "doctor"]
    assert found.needs[0].need.label == "Government jobs"
    assert found.needs[0].need.filter == {"sector": "government"}


def test_need_with_other_words_narrows_them(catalog: Catalog) -> None:
    assert catalog.search_careers("sarkari naukri nurse").slugs == ["nurse"]
    assert catalog.search_careers("no maths").slugs == ["doctor", "pharmacist", "nurse"]


def test_need_can_be_ignored(catalog: Catalog) -> None:
    """Undo in the window searches the same words as plain words."""
    found = catalog.search_careers("no maths", use_needs=False)
    assert found.needs == ()


def test_topic_need_lists_its_careers_and_terms(catalog: Catalog) -> None:
    assert catalog.search_careers("coding").slugs[0] == "coder"
    assert catalog.search_careers("medicines").slugs == ["pharmacist"]
    assert "coder" not in catalog.search_careers("without exam two").slugs


def test_filler_words_are_dropped(catalog: Catalog) -> None:
    assert catalog.search_careers("nurse jobs").slugs[0] == "nurse"


def test_plural_finds_the_singular(catalog: Catalog) -> None:
    assert catalog.search_careers("pharmacists").slugs[0] == "pharmacist"
    assert catalog.search_careers("nurses").slugs[0] == "nurse"


def test_exam_name_finds_the_careers_that_list_it(catalog: Catalog) -> None:
    found = catalog.search_careers("exam two")
    assert found.slugs[0] == "coder" and found.exams[0] == "exam-two"


def test_exam_search_is_ranked_and_corrected(catalog: Catalog) -> None:
    assert catalog.search_exams("exam one").slugs[0] == "exam-one"
    assert catalog.search_exams("exam twoo").slugs[0] == "exam-two"
    # an exam's careers count: searching a career name finds the exam it needs
    assert catalog.search_exams("software").slugs == ["exam-two"]


def test_no_career_with_every_word_gives_those_with_some(catalog: Catalog) -> None:
    """Known words that match no career together: the careers matching some, marked partial."""
    found = catalog.search_careers("registered pharmacist")
    assert set(found.slugs) == {"nurse", "pharmacist"} and found.partial
    assert not catalog.search_careers("pharmacist").partial
    assert set(catalog.search_exams("one two").nearest_exams) == {"exam-one", "exam-two"}


def test_a_word_that_is_no_name_is_left_out(catalog: Catalog) -> None:
    """'nurse astronaut': the unknown word with no near name is dropped, and that is shown."""
    found = catalog.search_careers("nurse astronaut")
    assert found.slugs == ["nurse"] and found.searched == "nurse" and found.corrected


@pytest.mark.parametrize("text", NASTY)
def test_nasty_strings_never_raise_anywhere(catalog: Catalog, text: str) -> None:
    catalog.search_careers(text)
    catalog.search_careers(text, use_needs=False, correct=False)
    catalog.search_exams(text)


@settings(
    max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(max_size=80))
def test_any_text_is_safe_on_every_path(catalog: Catalog, text: str) -> None:
    """Property: corrections, needs, nearest and exam search never raise on any Unicode."""
    catalog.search_careers(text, limit=5)
    catalog.search_exams(text, limit=5)


@settings(
    max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(
        st.sampled_from(
            [
                "no",
                "maths",
                "government",
                "job",
                "docter",
                "डाक्टर",
                '"',
                "(",
                "*",
                "AND",
                "exam",
                "two",
                "sarkari",
                "naukri",
                "-",
                "NEAR",
                "nurses",
                "x",
            ]
        ),
        max_size=10,
    )
)
def test_need_and_correction_soup_is_safe(catalog: Catalog, parts: list[str]) -> None:
    """Property: any mix of need words, misspellings and FTS syntax is searched safely."""
    catalog.search_careers(" ".join(parts))


def test_needs_file_rules(tmp_path: Path) -> None:
    """A broken needs file lists every problem with its field."""
    careers = {"doctor": {"title": "Doctor", "aliases": ["daktar"]}}
    problems = check(
        {
            "need": [
                {"label": "x", "words": []},
                {"label": "Doctors", "words": ["daktar", "govt"], "careers": ["nobody"]},
                {"label": "Again", "words": ["govt"], "sector": "army", "low_cost": False},
                {"label": "Typo", "words": ["w"], "stream": "commerce", "colour": "red"},
            ]
        },
        careers,
        ["medicine"],
        [],
    )
    text = "\n".join(str(p) for p in problems)
    for expected in (
        "need[1].label",
        "need[1].words: is required",
        "need[2].careers: 'nobody' is not a career",
        "'govt' is also a word of need[2]",
        "need[3].sector: 'army'",
        "need[3].low_cost: must be true",
        "need[4].colour: unknown field",
    ):
        assert expected in text, expected
    assert check(None, careers, [], []) == []


def test_a_careers_own_name_beats_a_need(tmp_path: Path) -> None:
    """A need word that is also a career's alias: typing it finds that career first."""
    root = write_content(tmp_path / "data")
    needs_file = root / "needs.toml"
    needs_file.write_text(
        needs_file.read_text(encoding="utf-8").replace('"programming"]', '"programming", "mbbs"]'),
        encoding="utf-8",
    )
    sources = read_sources(root)
    assert validate(sources) == []
    build_database(sources, tmp_path / "out.db")
    with Catalog.open(tmp_path / "out.db") as opened:
        found = opened.search_careers("mbbs")
        assert found.slugs[0] == "doctor" and found.needs == ()


def test_content_without_needs_file_still_builds(tmp_path: Path) -> None:
    root = write_content(tmp_path / "data", careers=None, needs=None)
    sources = read_sources(root)
    assert validate(sources) == []
    build_database(sources, tmp_path / "out.db")
    with Catalog.open(tmp_path / "out.db") as opened:
        assert opened.search_careers("no maths").needs == ()
