"""The fixed vocabularies of the content: streams, education levels, demand levels, exam levels.

Each vocabulary maps a code (what the content files and the database store) to an English label,
in display order. The order is meaningful: education levels rise, demand levels fall.
"""

from __future__ import annotations

STREAMS: dict[str, str] = {
    "science-pcm": "Science (PCM)",
    "science-pcb": "Science (PCB)",
    "commerce": "Commerce",
    "arts": "Arts / Humanities",
    "vocational": "Vocational / ITI",
    "any": "Any stream",
}

MIN_EDUCATION: dict[str, str] = {
    "none": "No formal minimum",
    "class-10": "Class 10",
    "iti": "ITI certificate",
    "class-12": "Class 12",
    "diploma": "Diploma",
    "graduate": "Bachelor's degree",
    "postgraduate": "Master's degree",
}

DEMAND: dict[str, str] = {
    "very-strong": "Very strong",
    "strong": "Strong",
    "steady": "Steady",
    "limited": "Limited",
    "shrinking": "Shrinking",
}

EXAM_LEVELS: dict[str, str] = {
    "school": "While at school",
    "after-10": "After class 10",
    "after-12": "After class 12",
    "after-graduation": "After graduation",
    "professional": "Professional / after a professional degree",
}

SECTORS: dict[str, str] = {
    "government": "Government",
    "private": "Private",
    "self-employed": "Self-employed",
}

SUBJECTS: dict[str, str] = {
    "maths": "Maths",
    "physics": "Physics",
    "chemistry": "Chemistry",
    "biology": "Biology",
}

SALARY_LEVELS: dict[str, str] = {
    "fresher": "Fresher",
    "mid": "2–5 years",
    "senior": "Senior",
}

RIASEC_LETTERS = "RIASEC"


def rank(vocabulary: dict[str, str], code: str) -> int:
    """The position of ``code`` in ``vocabulary`` (its order), or -1 when unknown."""
    for position, known in enumerate(vocabulary):
        if known == code:
            return position
    return -1
