"""The content's fixed labels (streams, education levels, demand, exam levels, sectors,
subjects, salary levels) in the interface language.

The catalogue names them in English (``catalog.vocab``). In Hindi, the catalogue's own
``vocab.label_hi`` gives them where it knows the label; our translation file ("Vocab" context,
marked below) covers the rest, so a label is never left in English.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...catalog import vocab
from ...guide import QT_TRANSLATE_NOOP  # typed; the name lupdate reads
from . import i18n

# Every English label of catalog/vocab.py (tests/ui/test_translations.py checks none is missing).
MARKED = (
    QT_TRANSLATE_NOOP("Vocab", "Science (PCM)"),
    QT_TRANSLATE_NOOP("Vocab", "Science (PCB)"),
    QT_TRANSLATE_NOOP("Vocab", "Commerce"),
    QT_TRANSLATE_NOOP("Vocab", "Arts / Humanities"),
    QT_TRANSLATE_NOOP("Vocab", "Vocational / ITI"),
    QT_TRANSLATE_NOOP("Vocab", "Any stream"),
    QT_TRANSLATE_NOOP("Vocab", "No formal minimum"),
    QT_TRANSLATE_NOOP("Vocab", "Class 10"),
    QT_TRANSLATE_NOOP("Vocab", "ITI certificate"),
    QT_TRANSLATE_NOOP("Vocab", "Class 12"),
    QT_TRANSLATE_NOOP("Vocab", "Diploma"),
    QT_TRANSLATE_NOOP("Vocab", "Bachelor's degree"),
    QT_TRANSLATE_NOOP("Vocab", "Master's degree"),
    QT_TRANSLATE_NOOP("Vocab", "Very strong"),
    QT_TRANSLATE_NOOP("Vocab", "Strong"),
    QT_TRANSLATE_NOOP("Vocab", "Steady"),
    QT_TRANSLATE_NOOP("Vocab", "Limited"),
    QT_TRANSLATE_NOOP("Vocab", "Shrinking"),
    QT_TRANSLATE_NOOP("Vocab", "While at school"),
    QT_TRANSLATE_NOOP("Vocab", "After class 10"),
    QT_TRANSLATE_NOOP("Vocab", "After class 12"),
    QT_TRANSLATE_NOOP("Vocab", "After graduation"),
    QT_TRANSLATE_NOOP("Vocab", "Professional / after a professional degree"),
    QT_TRANSLATE_NOOP("Vocab", "Government"),
    QT_TRANSLATE_NOOP("Vocab", "Private"),
    QT_TRANSLATE_NOOP("Vocab", "Self-employed"),
    QT_TRANSLATE_NOOP("Vocab", "Maths"),
    QT_TRANSLATE_NOOP("Vocab", "Physics"),
    QT_TRANSLATE_NOOP("Vocab", "Chemistry"),
    QT_TRANSLATE_NOOP("Vocab", "Biology"),
    QT_TRANSLATE_NOOP("Vocab", "Fresher"),
    QT_TRANSLATE_NOOP("Vocab", "2–5 years"),
    QT_TRANSLATE_NOOP("Vocab", "Senior"),
    # catalog/filters.py SUBJECT_CHOICES
    QT_TRANSLATE_NOOP("Vocab", "Needs Maths"),
    QT_TRANSLATE_NOOP("Vocab", "Needs Biology"),
    QT_TRANSLATE_NOOP("Vocab", "No Maths needed"),
)


def label(english: str) -> str:
    """``english`` (a vocabulary label) in the interface language."""
    if i18n.is_hindi():
        label_hi = getattr(vocab, "label_hi", None)
        if label_hi is not None:
            try:
                hindi = label_hi(english)
            except (KeyError, ValueError, LookupError):
                hindi = ""
            if hindi and hindi != english:
                return str(hindi)
    return QCoreApplication.translate("Vocab", english)


def _of(vocabulary: dict[str, str], code: str) -> str:
    return label(vocabulary.get(code, code))


def stream(code: str) -> str:
    return _of(vocab.STREAMS, code)


def education(code: str) -> str:
    return _of(vocab.MIN_EDUCATION, code)


def demand(code: str) -> str:
    return _of(vocab.DEMAND, code)


def exam_level(code: str) -> str:
    return _of(vocab.EXAM_LEVELS, code)


def sector(code: str) -> str:
    return _of(vocab.SECTORS, code)


def salary_level(code: str) -> str:
    return _of(vocab.SALARY_LEVELS, code)
