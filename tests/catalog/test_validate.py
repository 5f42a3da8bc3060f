"""Validation: every machine-checkable content rule, reported all at once with file and field."""

from __future__ import annotations

from pathlib import Path

import pytest

from shishya_desktop.catalog.sources import read_sources
from shishya_desktop.catalog.validate import validate
from tests.conftest import REPO


def problems_in(root: Path) -> list[str]:
    return [str(problem) for problem in validate(read_sources(root))]


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"test set-up: {old!r} not in {path.name}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_factory_content_is_valid(content_dir: Path) -> None:
    """The small content folder the other tests start from passes validation."""
    assert problems_in(content_dir) == []


def test_real_content_is_valid() -> None:
    """The content shipped in data/ passes validation."""
    assert problems_in(REPO / "data") == []


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        (
            'tagline = "Does',
            'tagline = "' + "x" * 120 + " Does",
            "careers/nurse.toml: tagline: must be 20–110",
        ),
        (
            'demand = "strong"',
            'demand = "amazing"',
            "careers/nurse.toml: demand: 'amazing' is not one of",
        ),
        ('isco = "2211"', 'isco = "22A1"', "careers/nurse.toml: isco: '22A1' must be a 4-digit"),
        (
            'riasec = "ISR"',
            'riasec = "IIX"',
            "careers/nurse.toml: riasec: 'IIX' must be 1–3 distinct",
        ),
        (
            'reviewed = "2026-11"',
            'reviewed = "2026-13"',
            "careers/nurse.toml: reviewed: '2026-13' must be a month",
        ),
        (
            "mid = { min = 6.0, max = 12.0 }",
            "mid = { min = 2.0, max = 12.0 }",
            "careers/nurse.toml: salary.mid: must not be below salary.fresher",
        ),
        (
            "fresher = { min = 3.0, max = 6.0 }",
            "fresher = { min = 7.0, max = 6.0 }",
            "careers/nurse.toml: salary.fresher: needs 0 < min <= max",
        ),
        (
            'related = ["doctor",',
            'related = ["astronaut",',
            "careers/nurse.toml: related: 'astronaut' is not a career",
        ),
        (
            'exams = ["exam-one"]',
            'exams = ["exam-nine"]',
            "careers/nurse.toml: exams: 'exam-nine' is not an exam",
        ),
        (
            'category = "medicine-healthcare"',
            'category = "magic"',
            "careers/nurse.toml: category: 'magic' is not a category",
        ),
        (
            'skills = ["Care", "Patience", "Science", "Clear speaking"]',
            'skills = ["Care"]',
            "careers/nurse.toml: skills: must have 4–8 entries (has 1)",
        ),
        (
            'skills = ["Care",',
            "skills = [42,",
            "careers/nurse.toml: skills: must be a list of text",
        ),
        (
            'title = "Registered Nurse"',
            'titel = "Registered Nurse"',
            "careers/nurse.toml: titel: unknown field",
        ),
        (
            'aliases = ["nursing"]',
            'aliases = ["daktar"]',
            "careers/nurse.toml: aliases: 'daktar' is also the aliases of career 'doctor'",
        ),
        (
            'related = ["doctor",',
            'related = ["nurse",',
            "careers/nurse.toml: related: a career cannot be related to itself",
        ),
    ],
)
def test_each_rule_names_file_and_field(
    content_dir: Path, old: str, new: str, expected: str
) -> None:
    """Breaking one rule gives a problem that names the file and the field."""
    edit(content_dir / "careers" / "nurse.toml", old, new)
    found = problems_in(content_dir)
    assert any(p.startswith(expected) for p in found), found


def test_duplicate_title_is_reported(content_dir: Path) -> None:
    """Two careers may not share a title, even written differently."""
    edit(
        content_dir / "careers" / "nurse.toml",
        'title = "Registered Nurse"',
        'title = "pharmacist!"',
    )
    found = problems_in(content_dir)
    assert (
        "careers/pharmacist.toml: title: 'Pharmacist' is also the title of career 'nurse'" in found
    )


def test_alias_may_not_be_another_careers_title(content_dir: Path) -> None:
    """An alias that is another career's title is reported."""
    edit(
        content_dir / "careers" / "pharmacist.toml",
        'aliases = ["chemist shop"]',
        'aliases = ["registered  NURSE"]',
    )
    found = problems_in(content_dir)
    assert (
        "careers/pharmacist.toml: aliases: 'registered  NURSE' is also the title of career 'nurse'"
    ) in found


def test_all_problems_are_reported_at_once(content_dir: Path) -> None:
    """Validation does not stop at the first problem."""
    edit(content_dir / "careers" / "nurse.toml", 'demand = "strong"', 'demand = "huge"')
    edit(content_dir / "careers" / "doctor.toml", 'isco = "2211"', 'isco = "1"')
    edit(content_dir / "exams" / "exam-one.toml", 'level = "after-12"', 'level = "whenever"')
    found = problems_in(content_dir)
    assert any(p.startswith("careers/nurse.toml: demand") for p in found)
    assert any(p.startswith("careers/doctor.toml: isco") for p in found)
    assert any(p.startswith("exams/exam-one.toml: level") for p in found)


def test_broken_toml_gives_file_and_line(content_dir: Path) -> None:
    """A file that is not TOML is reported with its name and line, not a traceback."""
    path = content_dir / "careers" / "nurse.toml"
    path.write_text('title = "Nurse"\nskills = ["a" "b"]\n', encoding="utf-8")
    found = problems_in(content_dir)
    assert any(p.startswith("careers/nurse.toml: not valid TOML") and "line 2" in p for p in found)


def test_bad_file_names_and_non_utf8(content_dir: Path) -> None:
    """A file name that is not a slug, and a file that is not UTF-8, are both reported."""
    (content_dir / "careers" / "Bad Name.toml").write_text('title = "x"\n', encoding="utf-8")
    (content_dir / "exams" / "latin.toml").write_bytes(b'short_name = "caf\xe9"\n')
    found = problems_in(content_dir)
    assert any(p.startswith("careers/Bad Name.toml: file name must be a slug") for p in found)
    assert any(p.startswith("exams/latin.toml: not valid") for p in found)


def test_missing_lists_are_reported(tmp_path: Path) -> None:
    """An empty folder reports the missing files and folders rather than crashing."""
    found = problems_in(tmp_path)
    assert any(p.startswith("careers/: folder is missing") for p in found)
    assert any(p.startswith("categories.toml") for p in found)


LONG_SENTENCE = (
    "They plan the work, check every result with care, write long reports for the head of the "
    "unit, and then meet the people they serve to explain what they found and why."
)


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        (
            'tagline = "Does',
            'tagline = "Does AFCAT',
            "careers/nurse.toml: tagline: 'AFCAT' is not in glossary.toml",
        ),
        (
            '{ step = "Class 12 with PCB"',
            '{ step = "Class 12, then NEET-PG"',
            "careers/nurse.toml: paths[1].steps[1].step: 'NEET-PG' is not in glossary.toml",
        ),
        (
            "They plan, check and report on their work.",
            LONG_SENTENCE,
            "careers/nurse.toml: what_they_do: sentence 2 has 32 words (at most 25): "
            "'They plan the work, check every result with",
        ),
        (
            "fresher = { min = 3.0, max = 6.0 }",
            'fresher = { min = 3.0, max = 6.0, note = "Government posts pay ₹9–11 lakh." }',
            "careers/nurse.toml: salary.fresher.note: '₹9–11 lakh' is outside its band ₹3–6 lakh",
        ),
        (
            "fresher = { min = 3.0, max = 6.0 }",
            'fresher = { min = 3.0, max = 6.0, note = "About ₹80,000 a month." }',
            "careers/nurse.toml: salary.fresher.note: '₹80,000 a month' (₹9.6 lakh a year) is "
            "outside its band ₹3–6 lakh",
        ),
        (
            'note = "City and employer matter most."',
            'note = "A few top earners make ₹1 crore."',
            "careers/nurse.toml: salary.note: '₹1 crore' is outside its band ₹3–30 lakh",
        ),
        (
            'pay_level = "Level 7 (basic ₹44,900 a month)"',
            "",
            "careers/nurse.toml: salary.pay_level: is required when sector starts with government",
        ),
    ],
)
def test_each_content_quality_rule_names_file_and_field(
    content_dir: Path, old: str, new: str, expected: str
) -> None:
    """The glossary, sentence, salary-note and pay-level rules give file, field and reason."""
    edit(content_dir / "careers" / "nurse.toml", old, new)
    found = problems_in(content_dir)
    assert any(p.startswith(expected) for p in found), found


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # Monthly figures are rounded: ₹24,000 a month (2.88 lakh) is within 5% of a 3.0 minimum.
        (
            "fresher = { min = 3.0, max = 6.0 }",
            'fresher = { min = 3.0, max = 6.0, note = "₹24,000 a month." }',
        ),
        # A basic pay is only part of pay; the general note's monthly figures are not compared.
        ('note = "City and employer matter most."', 'note = "Starts at basic ₹1,10,000 a month."'),
        ('note = "City and employer matter most."', 'note = "Pay is ₹10,000 a month in villages."'),
        (
            'note = "City and employer matter most."',
            'note = "Seniors reach ₹25 lakh; 6–9 months a year."',
        ),
        # Lakh figures in a sentence about a month are monthly: ₹0.4 lakh a month is 4.8 a year.
        (
            "fresher = { min = 3.0, max = 6.0 }",
            'fresher = { min = 3.0, max = 6.0, note = "Monthly pay is about ₹0.4 lakh." }',
        ),
        (
            "fresher = { min = 3.0, max = 6.0 }",
            'fresher = { min = 3.0, max = 6.0, note = "Basic ₹90,000 a month, for a few." }',
        ),
        # Government second: a page may still give a pay level.
        ('sector = ["government", "private"]', 'sector = ["private", "government"]'),
        # "e.g." and initials do not end a sentence early or late; 25 words is allowed.
        (
            "They plan, check and report on their work.",
            "They plan, check and report on their work, e.g. for B. R. Ambedkar Hospital, "
            "and they meet about ten people every day of the week.",
        ),
        # Abbreviations the glossary has are fine anywhere.
        ('tagline = "Does', 'tagline = "Does PCB and IT work;'),
    ],
)
def test_content_quality_rules_leave_good_text_alone(content_dir: Path, old: str, new: str) -> None:
    """No false alarms: rounded monthly pay, basic pay, months, 25-word sentences, known terms."""
    edit(content_dir / "careers" / "nurse.toml", old, new)
    assert problems_in(content_dir) == []


@pytest.mark.parametrize(
    ("entry", "expected"),
    [
        (
            'abbr = "PCB"\nfull = "Physics, Chemistry and Biology"\nexplain = "twice"',
            "term[6]: abbr: 'PCB' with this full form is already term[5]",
        ),
        (
            'abbr = "P.C.B"\nfull = "physics, chemistry, biology"\nexplain = "same words"',
            "with this full form is already term[5]",
        ),
        ('abbr = "ZZ"\nexplain = "no full form"', "glossary.toml: term[6]: full: is required"),
        ('abbr = "ZZ"\nfull = "Zed Zed"', "glossary.toml: term[6]: explain: is required"),
        ('abbr = "ZZ"\nfull = "Zed Zed"\nexplain = "' + "x" * 121 + '"', "explain: must be 1–120"),
        (
            'abbr = "ZZ"\nfull = "Zed"\nexplain = "y"\nmeaning = "z"',
            "term[6]: meaning: unknown field",
        ),
        ('abbr = "zz top"\nfull = "Zed"\nexplain = "y"', "term[6]: abbr: 'zz top' must be one"),
        (
            'abbr = "ZZ"\nfull = "ZZ"\nexplain = "a name"',
            "term[6]: full: is the abbreviation itself",
        ),
        (
            'abbr = "ZZ"\nfull = "Zed"\nexplain = "y"\nexpand = "no"',
            "term[6]: expand: must be true",
        ),
    ],
)
def test_glossary_entries_are_checked(content_dir: Path, entry: str, expected: str) -> None:
    """Required fields, lengths, duplicates and abbreviations the app could never find."""
    with (content_dir / "glossary.toml").open("a", encoding="utf-8") as handle:
        handle.write(f"\n[[term]]\n{entry}\n")
    found = problems_in(content_dir)
    assert any(expected in p for p in found), found


def test_a_missing_glossary_file_is_reported(content_dir: Path) -> None:
    (content_dir / "glossary.toml").unlink()
    found = problems_in(content_dir)
    assert any(p.startswith("glossary.toml: cannot be read") for p in found), found


@pytest.mark.parametrize(
    ("file", "old", "new", "expected"),
    [
        (
            "careers/nurse.toml",
            'tagline = "Does',
            'tagline = "<img src=/etc/passwd> Does',
            "careers/nurse.toml: tagline: contains markup ('<img",
        ),
        (
            "careers/nurse.toml",
            'step = "Degree"',
            'step = "<b>Degree</b>"',
            "careers/nurse.toml: paths[1].steps[2].step: contains markup",
        ),
        (
            "careers/nurse.toml",
            'tagline = "Does',
            'tagline = "Fees &amp; more. Does',
            "careers/nurse.toml: tagline: contains markup ('&amp;",
        ),
        (
            "exams/exam-one.toml",
            'months = "May"',
            'months = "May &#60;b&#62;"',
            "exams/exam-one.toml: months: contains markup ('&#60;",
        ),
        (
            "careers/nurse.toml",
            'tagline = "Does',
            'tagline = "Cares for patients. \\\\ Does',
            "careers/nurse.toml: tagline: contains a backslash",
        ),
        (
            "quotes.toml",
            'author = "Aristotle"',
            'author = "<a href=file:///etc/passwd>x</a>"',
            "quotes.toml: quote[1]: author: contains markup",
        ),
        (
            "categories.toml",
            'name = "Medicine & Healthcare"',
            'name = "Medicine <i>&</i> Healthcare"',
            "categories.toml: category[1]: name: contains markup",
        ),
    ],
)
def test_markup_is_rejected_with_file_and_field(
    content_dir: Path, file: str, old: str, new: str, expected: str
) -> None:
    """Content is plain text: a tag or an entity in any field is a problem, named precisely."""
    edit(content_dir / file, old, new)
    found = problems_in(content_dir)
    assert any(problem.startswith(expected) for problem in found), found


def test_plain_ampersands_and_comparisons_are_fine(content_dir: Path) -> None:
    """'R&D', 'A & B' and '< 5 years' are plain text, not markup."""
    edit(
        content_dir / "careers/nurse.toml",
        'tagline = "Does',
        'tagline = "Salt & pepper, A & B, < 5 yrs. Does',
    )
    assert problems_in(content_dir) == []


def test_exam_aliases_are_checked(content_dir: Path) -> None:
    """An exam alias may not repeat its own name nor be another exam's name or alias."""
    exams = content_dir / "exams"
    edit(exams / "exam-one.toml", "body = ", 'aliases = ["exam two", "Exam One", "first"]\nbody = ')
    edit(exams / "exam-two.toml", "body = ", 'aliases = ["FIRST", 7]\nbody = ')
    found = problems_in(content_dir)
    assert "exams/exam-one.toml: aliases: 'exam two' is also a name of exam 'exam-two'" in found
    assert "exams/exam-one.toml: aliases: 'Exam One' repeats this exam's own name" in found
    assert "exams/exam-two.toml: aliases: 'FIRST' is also a name of exam 'exam-one'" in found
    assert "exams/exam-two.toml: aliases: must be a list of text" in found


def test_good_exam_aliases_are_valid_and_searched(content_dir: Path, tmp_path: Path) -> None:
    from shishya_desktop.catalog import Catalog
    from shishya_desktop.catalog.build import build_database

    edit(content_dir / "exams" / "exam-one.toml", "body = ", 'aliases = ["old name test"]\nbody = ')
    assert problems_in(content_dir) == []
    out = tmp_path / "built.db"
    build_database(read_sources(content_dir), out)
    with Catalog.open(out) as catalog:
        assert catalog.search_exams("old name test").slugs[:1] == ["exam-one"]
        assert catalog.search_careers("old name test").exams[:1] == ("exam-one",)
