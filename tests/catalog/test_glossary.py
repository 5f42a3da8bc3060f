"""The glossary rules: which words are abbreviations, and how a page explains each one once."""

from __future__ import annotations

import tomllib

import pytest

from shishya_desktop.catalog.glossary import (
    Glossary,
    Term,
    expand_plain,
    find_abbreviations,
    glossary_toml,
    merge_terms,
    terms_from_entries,
)

TERMS = [
    Term("MBBS", "Bachelor of Medicine and Bachelor of Surgery", "the degree that makes a doctor"),
    Term("NEET-PG", "National Eligibility cum Entrance Test (Postgraduate)", "the MD/MS exam"),
    Term("CSIR", "Council of Scientific and Industrial Research", "government labs"),
    Term("UGC", "University Grants Commission", "the body that funds universities"),
    Term("IIT", "Indian Institute of Technology", "top engineering institutes"),
    Term("PCM", "Physics, Chemistry and Mathematics", "a class 12 group"),
    Term("CAT", "Common Admission Test", "the MBA entrance test"),
    Term("CBT", "computer-based test", "an exam taken on a computer"),
    Term("RRB", "Railway Recruitment Board", "railway recruiters"),
    Term("IBPS RRB", "IBPS Regional Rural Banks exam", "exams for rural bank staff"),
    Term("LL.B", "Bachelor of Laws", "the law degree"),
    Term("PhD", "Doctor of Philosophy", "the research degree"),
    Term("TV", "television", "a screen at home", expand=False),
    Term("SBI", "State Bank of India", "the largest bank"),
    Term("ASI", "Archaeological Survey of India", "protects monuments"),
    Term("CPR", "cardiopulmonary resuscitation", "reviving a person whose heart has stopped"),
]


@pytest.fixture
def glossary() -> Glossary:
    return Glossary(TERMS)


def found(text: str) -> list[str]:
    return [f.abbr for f in find_abbreviations(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("an MBBS, then NEET-PG.", ["MBBS", "NEET-PG"]),
        ("IITs and NITs", ["IIT", "NIT"]),
        ("R&D at L&T", ["R&D", "L&T"]),
        ("a B.Tech, B.Sc or B.V.Sc degree", []),
        ("B.E. or B.A.", []),
        ("an LL.B degree", ["LL.B"]),
        ("Class IV and NISM Series X-A", ["NISM"]),
        ("UPSC-conducted, ITI-trained", ["UPSC", "ITI"]),
        ("CI/CD pipelines", ["CI", "CD"]),
        ("5G, A4 and I", []),
        ("COVID-19", ["COVID"]),
    ],
)
def test_what_counts_as_an_abbreviation(text: str, expected: list[str]) -> None:
    """Two or more capitals make an abbreviation; Roman numerals and dotted degrees do not."""
    assert found(text) == expected


def test_first_use_is_spelt_out_and_later_uses_are_not(glossary: Glossary) -> None:
    page = glossary.page()
    first = expand_plain("After MBBS, many take NEET-PG.", page)
    again = expand_plain("MBBS takes 5.5 years; NEET-PG is hard.", page)
    assert first == (
        "After MBBS (Bachelor of Medicine and Bachelor of Surgery), many take NEET-PG "
        "(National Eligibility cum Entrance Test (Postgraduate))."
    )
    assert again == "MBBS takes 5.5 years; NEET-PG is hard."


def test_a_new_page_starts_again(glossary: Glossary) -> None:
    expand_plain("MBBS", glossary.page())
    assert expand_plain("MBBS", glossary.page()).startswith("MBBS (Bachelor")


@pytest.mark.parametrize(
    "text",
    [
        "MBBS (Bachelor of Medicine and Bachelor of Surgery) is long",
        "a degree in Bachelor of Medicine and Bachelor of Surgery (MBBS)",
        "the State Bank of India's SBI PO exam",
        "Class 12 with Physics, Chemistry, Mathematics (PCM)",
        "CAT, the Common Admission Test, is hard",
        "CPR (pressing on the chest when the heart stops)",
        "jobs at Indian Institutes of Technology (IITs)",
        "the Assistant Sub-Inspector (ASI) rank",
    ],
)
def test_text_that_explains_itself_is_left_alone(glossary: Glossary, text: str) -> None:
    """An abbreviation explained right there is not spelt out again."""
    assert expand_plain(text, glossary.page()) == text


@pytest.mark.parametrize("after", ["(5.5 years)", "(Karnataka)"])
def test_a_number_or_a_name_in_parentheses_is_not_an_explanation(
    glossary: Glossary, after: str
) -> None:
    assert expand_plain(f"MBBS {after}", glossary.page()) == (
        f"MBBS (Bachelor of Medicine and Bachelor of Surgery) {after}"
    )


def test_alone_in_parentheses_the_full_form_follows_a_colon(glossary: Glossary) -> None:
    assert expand_plain("Class 12 (PCM) first", glossary.page()) == (
        "Class 12 (PCM: Physics, Chemistry and Mathematics) first"
    )


def test_plural_and_dotted_forms(glossary: Glossary) -> None:
    page = glossary.page()
    assert expand_plain("three IITs", page) == "three IITs (Indian Institute of Technology)"
    assert expand_plain("an LL.B. degree", page) == "an LL.B. (Bachelor of Laws) degree"
    assert expand_plain("two PhDs", page) == "two PhDs (Doctor of Philosophy)"


def test_joined_parts_are_explained_one_by_one(glossary: Glossary) -> None:
    """A joined abbreviation the glossary lacks whole is explained part by part."""
    assert expand_plain("the CSIR-UGC NET", glossary.page()).startswith(
        "the CSIR (Council of Scientific and Industrial Research)-UGC (University Grants "
        "Commission) NET"
    )
    assert glossary.missing("CSIR-UGC and CSIR-XYZ") == ["CSIR-XYZ"]


def test_a_phrase_in_the_glossary_wins_over_its_words(glossary: Glossary) -> None:
    """ "IBPS RRB" is a rural bank exam even though RRB alone is a railway board."""
    page = glossary.page()
    assert expand_plain("the IBPS RRB exam", page) == (
        "the IBPS RRB (IBPS Regional Rural Banks exam) exam"
    )
    assert glossary.missing("IBPS RRB") == []
    assert glossary.missing("IBPS PO") == ["IBPS", "PO"]


def test_a_page_with_its_own_meaning_gets_no_glossary_tooltip(glossary: Glossary) -> None:
    """Explained in the text with another meaning, the glossary's meaning is not shown."""
    page = glossary.page()
    pieces = page.pieces("CBT (cognitive behaviour therapy) helps; so does CBT")
    assert [p.term for p in pieces if p.text == "CBT"] == [None, None]
    pieces = page.pieces("a Creative Ability Test (CAT) and a CAT score")
    assert all(p.term is None for p in pieces)


def test_names_are_marked_but_never_spelt_out(glossary: Glossary) -> None:
    page = glossary.page()
    assert expand_plain("TV serials", page) == "TV serials"
    marked = [p for p in page.pieces("IIT Bombay", expand=False) if p.term]
    assert [(p.text, p.addition) for p in marked] == [("IIT", "")]
    assert expand_plain("an IIT", page).endswith("(Indian Institute of Technology)")


def test_missing_lists_each_unknown_once(glossary: Glossary) -> None:
    assert glossary.missing("MBBS, AFCAT, JAIIB and AFCAT again") == ["AFCAT", "JAIIB"]


def test_no_glossary_leaves_text_alone() -> None:
    assert expand_plain("MBBS", None) == "MBBS"


def test_glossary_file_round_trips() -> None:
    """The file ``glossary-merge`` writes is valid TOML with the same terms, sorted."""
    text = glossary_toml(reversed(TERMS), "# header")
    entries = tomllib.loads(text)["term"]
    terms = terms_from_entries(entries)
    assert sorted(terms, key=lambda t: t.abbr) == sorted(TERMS, key=lambda t: t.abbr)
    assert [t.abbr for t in terms][:2] == ["ASI", "CAT"]
    assert text.startswith("# header\n")
    tricky = Term('A"B', 'say "hi" \\ there', "x")
    assert terms_from_entries(tomllib.loads(glossary_toml([tricky]))["term"]) == [tricky]


def test_merge_adds_new_terms_and_refuses_clashes() -> None:
    merge = merge_terms(
        TERMS[:3],
        [
            Term("MBBS", "Bachelor of Medicine, Bachelor of Surgery", "same words"),
            Term("CSIR", "Centre for Something", "a clash"),
            Term("ANM", "Auxiliary Nurse Midwife", "a village health worker"),
        ],
    )
    assert [t.abbr for t in merge.added] == ["ANM"]
    assert [t.abbr for t in merge.same] == ["MBBS"]
    assert [(kept.full, refused.full) for kept, refused in merge.conflicts] == [
        ("Council of Scientific and Industrial Research", "Centre for Something")
    ]
    assert len(merge.terms) == 4
