"""Hindi beside the English: format checks, fingerprints (stale translations), build, records."""

from __future__ import annotations

from pathlib import Path

import pytest

from shishya_desktop.catalog import Catalog
from shishya_desktop.catalog.build import build_database
from shishya_desktop.catalog.cli import main
from shishya_desktop.catalog.hindi import CAREER_FIELDS, career_english, check_table, text_problems
from shishya_desktop.catalog.hindi_report import hindi_report
from shishya_desktop.catalog.hindi_stamp import StampError, stamp_document, stamp_list
from shishya_desktop.catalog.sources import read_sources
from shishya_desktop.catalog.validate import validate

# Hindi for the factory's doctor (tests/content_factory.py): every translated field (a private
# career has no pay level).
DOCTOR_FIELDS = len(CAREER_FIELDS) - 1
DOCTOR_HI = """
[hi]
tagline = "हर दिन डॉक्टर का काम करते हैं।"
what_they_do = "डॉक्टर बहुत लोगों के साथ काम करते हैं और उपयोगी नतीजे देते हैं।"
typical_day = ["दिन के काम की योजना", "लोगों से मिलना", "नतीजे जाँचना", "छोटी रिपोर्ट लिखना"]
pros = ["उपयोगी काम", "इज़्ज़त", "पक्की नौकरी"]
cons = ["लंबी पढ़ाई", "रात की शिफ्ट", "तनाव"]
demand_note = "हर साल बहुत जगहों पर ऐसे लोगों की ज़रूरत बढ़ती है।"
salary_note = "शहर और नौकरी देने वाला सबसे ज़्यादा मायने रखते हैं।"
salary_notes = { senior = "विभाग के प्रमुख सबसे ज़्यादा कमाते हैं।" }
qualifications = ["एक डिग्री"]
skills = ["देखभाल", "धीरज", "साइंस", "साफ़ बोलना"]
growth = ["जूनियर", "सीनियर", "प्रमुख"]
employers = ["अस्पताल", "क्लिनिक"]

[[hi.paths]]
title = "डिग्री का रास्ता"
steps = ["PCB के साथ कक्षा 12", "डिग्री"]

[[hi.paths]]
title = "डिप्लोमा का रास्ता"
steps = ["कक्षा 10", "डिप्लोमा"]
"""


def problems_in(root: Path) -> list[str]:
    return [str(problem) for problem in validate(read_sources(root))]


def add_doctor_hindi(content_dir: Path, hindi: str = DOCTOR_HI) -> Path:
    path = content_dir / "careers" / "doctor.toml"
    path.write_text(path.read_text(encoding="utf-8") + hindi, encoding="utf-8")
    return path


def test_numbers_must_stay_as_in_the_english() -> None:
    assert text_problems("Class 12, then 4.5 years", "कक्षा 12, फिर 4.5 साल") == []
    assert text_problems("₹25,000 a month", "₹25000 महीना") == []
    assert text_problems("Class 12, then 4.5 years", "कक्षा 12, फिर 4 साल") == [
        "numbers differ from the English: missing 4.5; added 4"
    ]
    assert "uses Devanagari digits" in text_problems("Class 12", "कक्षा १२")[0]
    assert text_problems("A doctor", "A doctor") == ["has no Devanagari: is it translated?"]
    assert text_problems("A doctor", "  ") == ["is empty"]


def test_shape_must_follow_the_english(content_dir: Path) -> None:
    add_doctor_hindi(
        content_dir,
        DOCTOR_HI.replace('"तनाव"]', '"तनाव", "और"]').replace("tagline =", "tag_line ="),
    )
    found = problems_in(content_dir)
    assert "careers/doctor.toml: hi.cons: has 4 items; the English has 3" in found
    assert "careers/doctor.toml: hi.tag_line: is not a field that is translated (a typo?)" in found


def test_unstamped_hindi_is_a_problem_until_stamped(content_dir: Path) -> None:
    path = add_doctor_hindi(content_dir)
    found = problems_in(content_dir)
    assert len(found) == 1 and "is not stamped" in found[0]
    before = path.read_text(encoding="utf-8")
    assert stamp_document(path, "careers") == DOCTOR_FIELDS
    after = path.read_text(encoding="utf-8")
    assert after.startswith(before.rstrip()) and "[hi.from]" in after
    assert problems_in(content_dir) == []
    assert stamp_document(path, "careers") == 0  # nothing new: the file is left alone
    assert path.read_text(encoding="utf-8") == after


def test_changed_english_makes_its_translation_stale(content_dir: Path, capsys) -> None:
    path = add_doctor_hindi(content_dir)
    stamp_document(path, "careers")
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("City and employer matter most.", "City matters most."))
    assert problems_in(content_dir) == []  # a stale translation never blocks an English fix
    stale = hindi_report(read_sources(content_dir)).of("stale")
    assert [(item.owner, item.field) for item in stale] == [("doctor", "salary_note")]
    assert main(["--data", str(content_dir), "validate"]) == 0
    assert "doctor: salary_note" in capsys.readouterr().out
    # Re-stamping keeps it stale; only --refresh (after checking) makes it current again.
    stamp_document(path, "careers")
    assert hindi_report(read_sources(content_dir)).count("stale") == 1
    stamp_document(path, "careers", refresh=True)
    assert hindi_report(read_sources(content_dir)).count("stale") == 0


def test_stamping_refuses_bad_hindi_and_damaged_files(tmp_path: Path, content_dir: Path) -> None:
    path = add_doctor_hindi(content_dir, DOCTOR_HI.replace("कक्षा 12", "कक्षा बारह"))
    with pytest.raises(StampError, match="numbers differ"):
        stamp_document(path, "careers")
    broken = tmp_path / "broken.toml"
    broken.write_text("[hi\ntagline = ", encoding="utf-8")
    with pytest.raises(StampError, match="not valid TOML"):
        stamp_document(broken, "careers")
    assert main(["--data", str(content_dir), "hi-stamp", str(broken)]) == 1


def test_list_entries_are_stamped_in_place(content_dir: Path) -> None:
    glossary = content_dir / "glossary.toml"
    text = glossary.read_text(encoding="utf-8")
    glossary.write_text(
        text.replace(
            'explain = "work with computers"',
            'explain = "work with computers"\nexplain_hi = "कंप्यूटर से जुड़ा काम"',
        ),
        encoding="utf-8",
    )
    assert any("term[4]: hi_from: is not stamped" in p for p in problems_in(content_dir))
    assert stamp_list(glossary, "term") == 1
    assert problems_in(content_dir) == []
    lines = glossary.read_text(encoding="utf-8").splitlines()
    assert lines[lines.index('explain_hi = "कंप्यूटर से जुड़ा काम"') + 1].startswith("hi_from = ")


def test_stats_lists_what_has_no_hindi(content_dir: Path, fixture_db: Path, capsys) -> None:
    path = add_doctor_hindi(content_dir)
    stamp_document(path, "careers")
    assert main(["--data", str(content_dir), "--db", str(fixture_db), "stats"]) == 0
    out = capsys.readouterr().out
    assert f"careers       {DOCTOR_FIELDS} / " in out
    assert "careers/nurse: no Hindi" in out
    assert "careers/doctor" not in out.split("Without complete Hindi")[1]


@pytest.fixture
def hindi_db(content_dir: Path, tmp_path: Path) -> Path:
    path = add_doctor_hindi(content_dir)
    stamp_document(path, "careers")
    categories = content_dir / "categories.toml"
    categories.write_text(
        categories.read_text(encoding="utf-8").replace(
            'description = "Doctors and nurses."',
            'description = "Doctors and nurses."\ndescription_hi = "डॉक्टर और नर्स।"',
        ),
        encoding="utf-8",
    )
    stamp_list(categories, "category")
    # A stale translation is left out of the database: its field shows in English.
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("Many places need", "Many towns need"), encoding="utf-8")
    sources = read_sources(content_dir)
    assert validate(sources) == []
    out = tmp_path / "hindi.db"
    build_database(sources, out)
    return out


def test_hindi_records_fall_back_to_english_field_by_field(hindi_db: Path) -> None:
    with Catalog.open(hindi_db) as catalog:
        english = catalog.career("doctor")
        assert catalog.language == "en"
        catalog.set_language("hi")
        career = catalog.career("doctor")
    assert english is not None and career is not None
    assert (career.title, career.title_en, career.other_title) == ("डॉक्टर", "Doctor", "Doctor")
    assert english.other_title == "डॉक्टर"
    assert career.tagline == "हर दिन डॉक्टर का काम करते हैं।"
    assert career.typical_day[0] == "दिन के काम की योजना"
    assert career.demand_note == english.demand_note  # stale: English
    assert [band.note for band in career.salary][-1] == "विभाग के प्रमुख सबसे ज़्यादा कमाते हैं।"
    assert [step.step for step in career.paths[0].steps] == ["PCB के साथ कक्षा 12", "डिग्री"]
    assert [step.years for step in career.paths[0].steps] == [
        s.years for s in english.paths[0].steps
    ]
    assert (career.skills[0], career.growth[-1], career.employers) == (
        "देखभाल",
        "प्रमुख",
        ("अस्पताल", "क्लिनिक"),
    )
    assert career.qualifications == ("एक डिग्री",)
    assert career.category.name == "चिकित्सा"
    assert career.category.description == "डॉक्टर और नर्स।"
    assert career.related[0].title_en and career.related[0].title != career.related[0].title_en


def test_language_switch_changes_lists_and_back(hindi_db: Path) -> None:
    with Catalog.open(hindi_db) as catalog:
        english_titles = [s.title for s in catalog.career_summaries()]
        catalog.set_language("hi")
        summaries = {s.slug: s for s in catalog.career_summaries()}
        facets = catalog.facets()
        pharmacist_category = catalog.summaries(["pharmacist"])[0].category_name
        catalog.set_language("en")
        assert [s.title for s in catalog.career_summaries()] == english_titles
        with pytest.raises(ValueError):
            catalog.set_language("fr")
    assert summaries["doctor"].tagline == "हर दिन डॉक्टर का काम करते हैं।"
    assert summaries["coder"].tagline.startswith("Does the work")  # no Hindi: English
    assert pharmacist_category == "चिकित्सा"
    assert facets.categories[0].label == "चिकित्सा"
    assert {f.label for f in facets.streams} >= {"साइंस (PCB)"}


def test_real_content_hindi_fields_are_well_formed() -> None:
    """Every Hindi text in data/ passes the checks (stamps included): see test_real_content."""
    from tests.conftest import REPO

    sources = read_sources(REPO / "data")
    for slug, doc in sources.careers.items():
        problems, _ = check_table(career_english(doc), doc.get("hi"), CAREER_FIELDS)
        assert problems == [], slug


def test_glossary_merge_keeps_the_hindi(tmp_path: Path, content_dir: Path) -> None:
    glossary = content_dir / "glossary.toml"
    glossary.write_text(
        glossary.read_text(encoding="utf-8").replace(
            'explain = "work with computers"',
            'explain = "work with computers"\nexplain_hi = "कंप्यूटर से जुड़ा काम"',
        ),
        encoding="utf-8",
    )
    stamp_list(glossary, "term")
    staging = tmp_path / "glossary-new.toml"
    staging.write_text(
        '[[term]]\nabbr = "ANM"\nfull = "Auxiliary Nurse Midwife"\nexplain = "a health worker"\n',
        encoding="utf-8",
    )
    assert main(["--data", str(content_dir), "glossary-merge", str(staging)]) == 0
    assert 'explain_hi = "कंप्यूटर से जुड़ा काम"' in glossary.read_text(encoding="utf-8")
    assert problems_in(content_dir) == []
    assert hindi_report(read_sources(content_dir)).by_kind()["glossary"]["current"] == 1


def test_needs_applied_by_a_search_are_named_in_hindi(content_dir: Path, tmp_path: Path) -> None:
    needs_file = content_dir / "needs.toml"
    needs_file.write_text(
        needs_file.read_text(encoding="utf-8").replace(
            'label = "Coding"', 'label = "Coding"\nlabel_hi = "कोडिंग"'
        ),
        encoding="utf-8",
    )
    assert stamp_list(needs_file, "need") == 1
    sources = read_sources(content_dir)
    assert validate(sources) == []
    out = tmp_path / "needs.db"
    build_database(sources, out)
    with Catalog.open(out) as catalog:
        assert [m.need.label for m in catalog.search_careers("coding").needs] == ["Coding"]
        catalog.set_language("hi")
        assert [m.need.label for m in catalog.search_careers("coding").needs] == ["कोडिंग"]
        labels = {m.need.label for m in catalog.search_careers("government job").needs}
    assert labels == {"Government jobs"}  # no Hindi yet: English


def test_hindi_glossary_explains_in_hindi_without_spelling_out(
    content_dir: Path, tmp_path: Path
) -> None:
    glossary = content_dir / "glossary.toml"
    glossary.write_text(
        glossary.read_text(encoding="utf-8").replace(
            'explain = "the class 11-12 science group for health courses"',
            'explain = "the class 11-12 science group for health courses"\n'
            'explain_hi = "हेल्थ कोर्स के लिए कक्षा 11-12 का साइंस ग्रुप"',
        ),
        encoding="utf-8",
    )
    stamp_list(glossary, "term")
    sources = read_sources(content_dir)
    assert validate(sources) == []
    out = tmp_path / "glossary.db"
    build_database(sources, out)
    with Catalog.open(out) as catalog:
        english = {t.abbr: t for t in catalog.glossary().terms()}
        catalog.set_language("hi")
        hindi = {t.abbr: t for t in catalog.glossary().terms()}
    assert english["PCB"].expand and not hindi["PCB"].expand
    assert hindi["PCB"].explain == "हेल्थ कोर्स के लिए कक्षा 11-12 का साइंस ग्रुप"
    assert hindi["PCB"].full == english["PCB"].full
    assert hindi["IT"].explain == english["IT"].explain  # no Hindi yet: English


def test_damaged_hindi_texts_give_a_clear_error_and_english_still_works(hindi_db: Path) -> None:
    import sqlite3

    from shishya_desktop.catalog.errors import CatalogError
    from tests.resealed import reseal

    with sqlite3.connect(hindi_db) as connection:
        connection.execute("UPDATE hindi SET texts = x'00ff10' WHERE owner = 'career/doctor'")
    connection.close()
    reseal(hindi_db)  # a faulty build, not a damaged file: the seal would refuse that at open
    with Catalog.open(hindi_db) as catalog:
        catalog.set_language("hi")
        with pytest.raises(CatalogError, match="damaged") as raised:
            catalog.career("doctor")
        assert "Hindi" in raised.value.details()
        catalog.set_language("en")
        career = catalog.career("doctor")
    assert career is not None and career.title == "Doctor"


def test_glossary_merge_brings_the_hindi_of_new_terms(tmp_path: Path, content_dir: Path) -> None:
    staging = tmp_path / "glossary-new.toml"
    staging.write_text(
        '[[term]]\nabbr = "ANM"\nfull = "Auxiliary Nurse Midwife"\nexplain = "a health worker"\n'
        'explain_hi = "एक स्वास्थ्य कार्यकर्ता"\n',
        encoding="utf-8",
    )
    assert main(["--data", str(content_dir), "glossary-merge", str(staging)]) == 0
    text = (content_dir / "glossary.toml").read_text(encoding="utf-8")
    assert 'explain_hi = "एक स्वास्थ्य कार्यकर्ता"' in text
    assert any("is not stamped" in p for p in problems_in(content_dir))  # stamped after a check
    stamp_list(content_dir / "glossary.toml", "term")
    assert problems_in(content_dir) == []
