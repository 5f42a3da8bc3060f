"""Abbreviations with several meanings: a page says which one it means, or nothing is shown."""

from __future__ import annotations

import dataclasses
import sqlite3
from pathlib import Path

import pytest

from shishya_desktop.catalog import Catalog
from shishya_desktop.catalog.build import build_database
from shishya_desktop.catalog.cli import main, render_career
from shishya_desktop.catalog.glossary import Glossary, Term, expand_plain, merge_terms
from shishya_desktop.catalog.sources import read_sources
from shishya_desktop.catalog.validate import validate
from tests.content_factory import write_content

SURGERY = Term("MS", "Master of Surgery", "a 3-year surgery degree after MBBS")
SCIENCE = Term("M.S.", "Master of Science", "a master's degree in a science subject")
STAFF = Term("SSC", "Staff Selection Commission", "holds exams for central government jobs")
SHORT = Term("SSC", "Short Service Commission", "a fixed-term officer entry")
CET_ENTRANCE = Term("CET", "Common Entrance Test", "a shared entrance test")
CET_ELIGIBILITY = Term("CET", "Common Eligibility Test", "a first screening test for jobs")
MBBS = Term("MBBS", "Bachelor of Medicine and Bachelor of Surgery", "the doctor's degree")
SAP_NAME = Term("SAP", "SAP", "a software company", expand=False)
SAP_WORDS = Term("SAP", "Systems, Applications and Products", "SAP's business software")


@pytest.fixture
def glossary() -> Glossary:
    terms = [SURGERY, SCIENCE, STAFF, SHORT, CET_ENTRANCE, CET_ELIGIBILITY, MBBS]
    return Glossary([*terms, SAP_NAME, SAP_WORDS])


def test_senses_are_kept_in_order_and_dots_do_not_matter(glossary: Glossary) -> None:
    """One abbreviation may have several terms; ``get`` gives only an unambiguous one."""
    assert glossary.senses("MS") == glossary.senses("M.S.") == (SURGERY, SCIENCE)
    assert glossary.get("MS") is None and glossary.get("MBBS") == MBBS
    assert glossary.sense("MS", "Master  of Science") == SCIENCE
    assert len(glossary) == 9 and glossary.missing("MS, M.S. and SSC") == []


def test_an_unresolved_ambiguous_abbreviation_is_never_expanded(glossary: Glossary) -> None:
    """No guess: no full form, no tooltip, and the page notes it as unclear once."""
    page = glossary.page()
    assert expand_plain("After MBBS, an MS. Then another MS.", page) == (
        "After MBBS (Bachelor of Medicine and Bachelor of Surgery), an MS. Then another MS."
    )
    assert all(p.term is None for p in page.pieces("MS") if p.text == "MS")
    assert [(u.abbr, u.senses) for u in page.unclear] == [("MS", (SURGERY, SCIENCE))]


def test_a_page_choice_picks_the_sense(glossary: Glossary) -> None:
    """``glossary_senses`` (abbreviation → full form) gives the page its meaning."""
    page = glossary.page([("M.S.", "Master of Science")])
    assert expand_plain("an MS in physics; the MS takes 2 years", page) == (
        "an MS (Master of Science) in physics; the MS takes 2 years"
    )
    assert [p.term for p in page.pieces("MS") if p.text == "MS"] == [SCIENCE]
    assert page.unclear == []
    # A choice that names no sense is ignored (validate reports it).
    assert glossary.page([("MS", "Master of Arts")]).meant == {}


@pytest.mark.parametrize(
    ("text", "sense"),
    [
        ("a 3-year MS (Master of Surgery) degree", SURGERY),
        ("Master of Science (M.S.) in pharmacy", SCIENCE),
        ("the Staff Selection Commission's SSC CGL exam", STAFF),
        ("SSC (Short Service Commission) officers serve 10 years", SHORT),
        ("Haryana's CET (Common Eligibility Test) for clerks", CET_ELIGIBILITY),
    ],
)
def test_the_full_form_at_first_use_resolves_the_page(
    glossary: Glossary, text: str, sense: Term
) -> None:
    """Written out at its first use, that sense holds for the rest of the page."""
    page = glossary.page()
    pieces = page.pieces(text)
    assert [p.term for p in pieces if p.term and p.term.abbr != "MBBS"] == [sense]
    assert all(p.addition == "" for p in pieces)  # already explained: not spelt out again
    later = [p for p in page.pieces(f"Later, the {sense.abbr} again.") if p.term]
    assert [(p.term, p.addition) for p in later] == [(sense, "")]
    assert page.unclear == []


def test_words_that_fit_several_senses_do_not_choose(glossary: Glossary) -> None:
    """ "CET (Common …)" fits both CETs: no tooltip, and the page is told to say which."""
    page = glossary.page()
    assert all(p.term is None for p in page.pieces("a CET (Common test) first"))
    assert [u.abbr for u in page.unclear] == ["CET"]


def test_a_text_naming_another_sense_shows_that_sense_there(glossary: Glossary) -> None:
    """A page meaning Master of Surgery may still say "Master of Science (MS)" once."""
    page = glossary.page([("MS", "Master of Surgery")])
    other = [p.term for p in page.pieces("unlike a Master of Science (MS)") if p.term]
    assert other == [SCIENCE]
    assert [p.term for p in page.pieces("the MS") if p.term] == [SURGERY]


def test_a_name_that_is_its_own_full_form_explains_nothing(glossary: Glossary) -> None:
    """ "SAP" (the company, full form "SAP") is not chosen just because the word is there."""
    page = glossary.page()
    assert all(p.term is None for p in page.pieces("software such as SAP"))
    assert [u.abbr for u in page.unclear] == ["SAP"]
    chosen = glossary.page([("SAP", "SAP")])
    assert [(p.term, p.addition) for p in chosen.pieces("SAP") if p.term] == [(SAP_NAME, "")]


def test_words_beside_a_name_resolve_it(glossary: Glossary) -> None:
    """An exam heading is explained by the full name and body shown under it."""
    page = glossary.page()
    pieces = page.pieces("SSC CGL", expand=False, beside="Staff Selection Commission (SSC)")
    assert [p.term for p in pieces if p.term] == [STAFF]
    assert page.unclear == []


def test_a_comparison_column_uses_its_own_page_sense(glossary: Glossary) -> None:
    """Side by side, each column means its career's sense; each sense is spelt out once."""
    first = glossary.page()
    surgeon = first.alongside([("MS", "Master of Surgery")])
    scientist = first.alongside([("MS", "Master of Science")])
    assert expand_plain("an MS", surgeon) == "an MS (Master of Surgery)"
    assert expand_plain("an MS", scientist) == "an MS (Master of Science)"
    assert expand_plain("an MS", surgeon) == "an MS"


def test_merge_refuses_other_meanings_unless_asked() -> None:
    """By default a new full form is a clash (usually other words); ``senses`` adds it."""
    incoming = [SCIENCE, Term("MS", "master of surgery", "same words, other case")]
    refused = merge_terms([SURGERY], incoming)
    assert refused.added == refused.senses == () and len(refused.conflicts) == 1
    merged = merge_terms([SURGERY], incoming, senses=True)
    assert merged.senses == (SCIENCE,) and [t.full for t in merged.same] == ["master of surgery"]
    assert merged.terms == (SURGERY, SCIENCE) and merged.conflicts == ()


# -- the content: validate, build, show --------------------------------------------------------

SENSES_GLOSSARY = """
[[term]]
abbr = "MS"
full = "Master of Surgery"
explain = "a 3-year surgery degree"

[[term]]
abbr = "MS"
full = "Master of Science"
explain = "a master's degree in science"
"""


@pytest.fixture
def senses_dir(tmp_path: Path) -> Path:
    root = write_content(tmp_path / "data")
    with (root / "glossary.toml").open("a", encoding="utf-8") as handle:
        handle.write(SENSES_GLOSSARY)
    return root


def set_career(root: Path, slug: str, old: str, new: str) -> None:
    path = root / "careers" / f"{slug}.toml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def problems(root: Path) -> list[str]:
    return [str(p) for p in validate(read_sources(root))]


TAGLINE = 'tagline = "Does'


def test_validate_asks_a_page_to_say_which_meaning(senses_dir: Path) -> None:
    """The first use names file, field and the senses; only the first use is reported."""
    set_career(senses_dir, "doctor", TAGLINE, 'tagline = "After an MS, does')
    set_career(senses_dir, "doctor", "Check results", "Check MS results")
    assert problems(senses_dir) == [
        "careers/doctor.toml: tagline: 'MS' has several meanings (Master of Surgery; Master of "
        "Science): spell it out at its first use or set glossary_senses"
    ]


def test_validate_follows_the_page_order_not_the_file_order(senses_dir: Path) -> None:
    """Routes come before qualifications on the page, though after them in the file."""
    set_career(senses_dir, "doctor", 'qualifications = ["A degree"]', 'qualifications = ["MS"]')
    set_career(senses_dir, "doctor", '"Degree", years = 4', '"MS", years = 4')
    assert [p.split(": ")[1] for p in problems(senses_dir)] == ["paths[1].steps[2].step"]


@pytest.mark.parametrize(
    "fix",
    [
        'tagline = "After an MS (Master of Surgery), does',
        'glossary_senses = { MS = "Master of Science" }\ntagline = "After an MS, does',
        'glossary_senses = { "M.S." = "Master  of Science" }\ntagline = "After an MS, does',
    ],
)
def test_spelling_out_or_choosing_satisfies_validate(senses_dir: Path, fix: str) -> None:
    set_career(senses_dir, "doctor", TAGLINE, fix)
    assert problems(senses_dir) == []


@pytest.mark.parametrize(
    ("choice", "expected"),
    [
        (
            '{ MS = "Master of Arts" }',
            "glossary_senses.MS: 'Master of Arts' is not a meaning of 'MS' in glossary.toml "
            "(its meanings: Master of Surgery; Master of Science)",
        ),
        ('{ PCB = "Physics, Chemistry and Biology" }', "glossary_senses.PCB: 'PCB' has only one"),
        ('{ ZZZ = "Zed" }', "glossary_senses.ZZZ: 'ZZZ' is not in glossary.toml"),
        ("{ MS = 3 }", "glossary_senses.MS: must be text"),
        (
            '{ MS = "Master of Science", "M.S" = "Master of Science" }',
            "glossary_senses.M.S: 'M.S' is chosen twice",
        ),
        ('"MS"', "glossary_senses: must be a table"),
    ],
)
def test_a_page_choice_must_name_a_real_sense(senses_dir: Path, choice: str, expected: str) -> None:
    set_career(senses_dir, "doctor", TAGLINE, f'glossary_senses = {choice}\ntagline = "MS: Does')
    found = problems(senses_dir)
    assert any(p.startswith(f"careers/doctor.toml: {expected}") for p in found), found


def test_a_choice_for_an_abbreviation_the_page_does_not_use_is_reported(senses_dir: Path) -> None:
    set_career(
        senses_dir, "doctor", TAGLINE, 'glossary_senses = { MS = "Master of Science" }\n' + TAGLINE
    )
    assert problems(senses_dir) == [
        "careers/doctor.toml: glossary_senses.MS: 'MS' is not used on this page"
    ]


def test_an_exam_heading_is_explained_by_its_full_name_or_its_choice(senses_dir: Path) -> None:
    exam = senses_dir / "exams" / "exam-one.toml"
    exam.write_text(
        exam.read_text(encoding="utf-8").replace('short_name = "EXAM ONE"', 'short_name = "MS"'),
        encoding="utf-8",
    )
    assert problems(senses_dir)[0].startswith("exams/exam-one.toml: short_name: 'MS' has several")
    # Listed on a career page, the exam's name keeps its own meaning: checked on its own page.
    assert not any(p.startswith("careers/") for p in problems(senses_dir))
    text = exam.read_text(encoding="utf-8")
    exam.write_text(text.replace('"EXAM ONE full name"', '"Master of Surgery entrance"'), "utf-8")
    assert problems(senses_dir) == []
    exam.write_text('glossary_senses = { MS = "Master of Science" }\n' + text, "utf-8")
    assert problems(senses_dir) == []


def test_the_page_choice_is_built_read_and_shown(senses_dir: Path, tmp_path: Path) -> None:
    """The database keeps every sense and each page's choice; `show` uses the choice."""
    set_career(
        senses_dir,
        "doctor",
        TAGLINE,
        'glossary_senses = { MS = "Master of Science" }\ntagline = "After an MS, does',
    )
    set_career(senses_dir, "nurse", TAGLINE, 'tagline = "After an MS (Master of Surgery), does')
    out = tmp_path / "senses.db"
    sources = read_sources(senses_dir)
    assert validate(sources) == []
    build_database(sources, out)
    again = tmp_path / "again.db"
    build_database(read_sources(senses_dir), again)
    assert out.read_bytes() == again.read_bytes()  # still reproducible
    rows = sqlite3.connect(out).execute("SELECT * FROM career_senses").fetchall()
    assert rows == [("doctor", "MS", "Master of Science")]
    with Catalog.open(out) as catalog:
        doctor = catalog.career("doctor")
        assert doctor is not None and doctor.glossary_senses == (("MS", "Master of Science"),)
        assert catalog.exam("exam-one").glossary_senses == ()
        glossary = catalog.glossary()
        assert [t.full for t in glossary.senses("MS")] == ["Master of Surgery", "Master of Science"]
        assert "After an MS (Master of Science), does" in render_career(doctor, glossary)
        nurse = catalog.career("nurse")
        assert "After an MS (Master of Surgery), does" in render_career(nurse, glossary)
        # Without a choice and without the full form, nothing is guessed.
        unchosen = render_career(dataclasses.replace(nurse, tagline="After an MS, does"), glossary)
        assert "After an MS, does" in unchosen and "Master of" not in unchosen


def test_show_uses_the_page_choice(
    senses_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    set_career(
        senses_dir,
        "doctor",
        TAGLINE,
        'glossary_senses = { MS = "Master of Science" }\ntagline = "After an MS, does',
    )
    out = tmp_path / "show.db"
    build_database(read_sources(senses_dir), out)
    assert main(["--db", str(out), "show", "doctor"]) == 0
    assert "After an MS (Master of Science), does" in capsys.readouterr().out
