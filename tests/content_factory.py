"""Small, valid content folders written in code, so tests do not depend on the real content."""

from __future__ import annotations

from pathlib import Path
from typing import Any

CATEGORIES = """
[[category]]
slug = "medicine-healthcare"
name = "Medicine & Healthcare"
name_hi = "चिकित्सा"
description = "Doctors and nurses."

[[category]]
slug = "it-computing-data"
name = "IT, Computing & Data"
name_hi = "आईटी"
description = "Software and data."
"""

GLOSSARY = """
[[term]]
abbr = "EXAM"
full = "Example Admission Matter"
explain = "a made-up exam name used only in tests"

[[term]]
abbr = "ONE"
full = "Only Number Exam"
explain = "the first test exam"

[[term]]
abbr = "TWO"
full = "Test With Options"
explain = "the second test exam"

[[term]]
abbr = "IT"
full = "information technology"
explain = "work with computers"

[[term]]
abbr = "PCB"
full = "Physics, Chemistry and Biology"
explain = "the class 11-12 science group for health courses"
"""

EXAM = """
short_name = "{short}"
full_name = "{short} full name"
body = "A conducting body"
level = "after-12"
months = "May"
leads_to = "Degree courses"
reviewed = "2026-11"
"""


def career_toml(
    title: str,
    *,
    category: str = "medicine-healthcare",
    aliases: tuple[str, ...] = (),
    related: tuple[str, ...] = (),
    exams: tuple[str, ...] = ("exam-one",),
    title_hi: str = "नाम",
    fresher: tuple[float, float] = (3.0, 6.0),
    sector: tuple[str, ...] | None = None,
    subjects: tuple[str, ...] | None = None,
    extra: str = "",
) -> str:
    def listed(items: tuple[str, ...]) -> str:
        return "[" + ", ".join(f'"{item}"' for item in items) + "]"

    sector = sector or ("private",)
    pay_level = (
        'pay_level = "Level 7 (basic ₹44,900 a month)"\n' if sector[0] == "government" else ""
    )
    extra = f"sector = {listed(sector)}\n{extra}"
    extra = f"subjects_needed = {listed(subjects or ())}\n{extra}"
    return f"""
title = "{title}"
title_hi = "{title_hi}"
aliases = {listed(aliases)}
category = "{category}"
tagline = "Does the work of a {title.lower()} every single day."
what_they_do = "A {title.lower()} works with many people and produces useful results. They plan, check and report on their work. This sentence makes the text long enough for the rule."
typical_day = ["Plan the day's work", "Meet the people they serve", "Check results", "Write a short report"]
streams = ["science-pcb"]
min_education = "graduate"
qualifications = ["A degree"]
skills = ["Care", "Patience", "Science", "Clear speaking"]
growth = ["Junior", "Senior", "Head"]
employers = ["Hospitals", "Clinics"]
pros = ["Useful work", "Respect", "Stable jobs"]
cons = ["Long study", "Night shifts", "Stress"]
demand = "strong"
demand_note = "Many places need more of these workers every year."
related = {listed(related)}
exams = {listed(exams)}
isco = "2211"
riasec = "ISR"
reviewed = "2026-11"
{extra}
[salary]
note = "City and employer matter most."
{pay_level}fresher = {{ min = {fresher[0]}, max = {fresher[1]} }}
mid = {{ min = 6.0, max = 12.0 }}
senior = {{ min = 12.0, max = 30.0, note = "Heads of department earn the most." }}

[[paths]]
title = "Degree route"
steps = [{{ step = "Class 12 with PCB", years = 2 }}, {{ step = "Degree", years = 4 }}]

[[paths]]
title = "Diploma route"
affordable = true
steps = [{{ step = "Class 10", years = 0 }}, {{ step = "Diploma", years = 3 }}]
"""


DEFAULT_CAREERS: dict[str, dict[str, Any]] = {
    "doctor": {
        "title": "Doctor",
        "aliases": ("MBBS", "daktar", "physician"),
        "related": ("nurse", "pharmacist", "coder"),
        "title_hi": "डॉक्टर",
        "fresher": (6.0, 12.0),
        "sector": ("private", "government"),
        "subjects": ("biology", "physics", "chemistry"),
    },
    "nurse": {
        "title": "Registered Nurse",
        "aliases": ("nursing",),
        "related": ("doctor", "pharmacist", "coder"),
        "sector": ("government", "private"),
        "subjects": ("biology",),
    },
    "pharmacist": {
        "title": "Pharmacist",
        "aliases": ("chemist shop",),
        "related": ("doctor", "nurse", "coder"),
        "sector": ("private", "self-employed"),
        "subjects": (),
    },
    "coder": {
        "title": "Software Engineer",
        "aliases": ("coder", "programmer", "C++ developer"),
        "related": ("doctor", "nurse", "pharmacist"),
        "category": "it-computing-data",
        "exams": ("exam-two",),
        "fresher": (4.0, 9.0),
        "sector": ("private",),
        "subjects": ("maths",),
    },
}

NEEDS = """
ignore = ["job", "jobs", "career"]

[[need]]
label = "Government jobs"
words = ["government job", "sarkari naukri"]
sector = "government"

[[need]]
label = "No Maths needed"
words = ["no maths", "without maths"]
without_subjects = ["maths"]

[[need]]
label = "Coding"
words = ["coding", "programming"]
careers = ["coder"]

[[need]]
label = "Without exam two"
words = ["without exam two"]
categories = ["medicine-healthcare", "it-computing-data"]
without_exams = ["exam-two"]

[[need]]
label = "Working with medicines"
words = ["medicines"]
terms = ["chemist"]
"""


def write_content(
    root: Path, careers: dict[str, dict[str, Any]] | None = None, needs: str | None = NEEDS
) -> Path:
    (root / "careers").mkdir(parents=True, exist_ok=True)
    (root / "exams").mkdir(exist_ok=True)
    (root / "categories.toml").write_text(CATEGORIES, encoding="utf-8")
    (root / "quotes.toml").write_text(
        '[[quote]]\ntext = "Well begun is half done."\nauthor = "Aristotle"\n', encoding="utf-8"
    )
    (root / "glossary.toml").write_text(GLOSSARY, encoding="utf-8")
    (root / "content.toml").write_text(
        'version = "test.1"\ndate = "2026-11-01"\n', encoding="utf-8"
    )
    for slug, short in (("exam-one", "EXAM ONE"), ("exam-two", "EXAM TWO")):
        (root / "exams" / f"{slug}.toml").write_text(EXAM.format(short=short), encoding="utf-8")
    for slug, fields in (careers if careers is not None else DEFAULT_CAREERS).items():
        (root / "careers" / f"{slug}.toml").write_text(career_toml(**fields), encoding="utf-8")
    if needs is not None and careers is None:
        (root / "needs.toml").write_text(needs, encoding="utf-8")
    return root
