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


# The Hindi of every label above, as a Hindi-medium student says it (the same words as the
# interface's translation file, translations/shishya_hi.ts, context Vocab).
LABELS_HI: dict[str, str] = {
    "Science (PCM)": "साइंस (PCM)",
    "Science (PCB)": "साइंस (PCB)",
    "Commerce": "कॉमर्स",
    "Arts / Humanities": "आर्ट्स / ह्यूमैनिटीज़",
    "Vocational / ITI": "वोकेशनल / ITI",
    "Any stream": "कोई भी स्ट्रीम",
    "No formal minimum": "कोई तय न्यूनतम पढ़ाई नहीं",
    "Class 10": "कक्षा 10",
    "ITI certificate": "ITI सर्टिफ़िकेट",
    "Class 12": "कक्षा 12",
    "Diploma": "डिप्लोमा",
    "Bachelor's degree": "ग्रेजुएशन (बैचलर डिग्री)",
    "Master's degree": "पोस्ट-ग्रेजुएशन (मास्टर डिग्री)",
    "Very strong": "बहुत ज़्यादा",
    "Strong": "ज़्यादा",
    "Steady": "स्थिर",
    "Limited": "कम",
    "Shrinking": "घट रही",
    "While at school": "स्कूल में रहते हुए",
    "After class 10": "कक्षा 10 के बाद",
    "After class 12": "कक्षा 12 के बाद",
    "After graduation": "ग्रेजुएशन के बाद",
    "Professional / after a professional degree": "प्रोफ़ेशनल / प्रोफ़ेशनल डिग्री के बाद",
    "Government": "सरकारी",
    "Private": "प्राइवेट",
    "Self-employed": "अपना काम",
    "Maths": "मैथ्स",
    "Physics": "फ़िज़िक्स",
    "Chemistry": "केमिस्ट्री",
    "Biology": "बायोलॉजी",
    "Fresher": "शुरुआती",
    "2–5 years": "2–5 साल",
    "Senior": "सीनियर",
}


def label_hi(label: str) -> str:
    """The Hindi of one of the fixed labels (the label itself when it has none)."""
    return LABELS_HI.get(label, label)
