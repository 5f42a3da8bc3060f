"""Rules about the words of the content that a machine can check: sentence length and the ₹
figures written in salary notes. Pure functions; ``validate`` turns their findings into problems.

Salary figures (the rule ``validate`` applies, documented in docs/CONTENT_FORMAT.md):

- figures in lakh (``₹9–11 lakh``, ``12.5 LPA``, ``₹1 crore``) are yearly pay in ₹ lakh; both
  ends of a range count; in a sentence that speaks of a month ("month", "monthly") they are
  monthly pay and count × 12;
- monthly rupee figures (``₹10,000–20,000 a month``) are turned into lakh a year (× 12 / 100,000);
- a figure that follows the word "basic" is a basic pay, not the whole pay, and is not compared.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

# A sentence ends at . ! or ? followed by a space and a capital, a digit, ₹ or a quote, unless
# the dot ends a short form such as "e.g." or "Dr." or an initial ("B.").
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9₹\"“‘(])")
NOT_AN_END = re.compile(
    r"(?:\b(?:e\.g|i\.e|etc|vs|Dr|Mr|Mrs|Ms|St|No|approx|Rs|Govt|Sr|Jr)\.|\b[A-Za-z]\.)$"
)
WORD = re.compile(r"[\w₹]")

NUMBER = r"(\d+(?:\.\d+)?)"
RUPEES = r"(\d{1,3}(?:,\d{2,3})*|\d+)"
DASH = r"\s*(?:–|-|—|to)\s*₹?\s*"
LAKH_FIGURE = re.compile(
    rf"(?P<basic>\b(?i:basic)\b[^₹\d]{{0,12}})?₹?\s*{NUMBER}(?:{DASH}{NUMBER})?\s*"
    r"(?P<unit>lakh|LPA|crore)\b"
)
MONTHLY_FIGURE = re.compile(
    rf"(?P<basic>\b(?i:basic)\b[^₹\d]{{0,12}})?₹\s*{RUPEES}(?:{DASH}{RUPEES})?\s*"
    r"(?:a|per|/|each)\s*month\b"
)
MONTH_WORD = re.compile(r"\bmonth(?:ly)?\b", re.IGNORECASE)


def sentences(text: str) -> list[str]:
    """``text`` split into sentences (short forms like "e.g." and "B." do not end one)."""
    text = " ".join(text.split())
    parts: list[str] = []
    start = 0
    for match in SENTENCE_END.finditer(text):
        candidate = text[start : match.start()]
        if NOT_AN_END.search(candidate):
            continue
        parts.append(candidate)
        start = match.end()
    parts.append(text[start:])
    return [part for part in parts if part]


def word_count(sentence: str) -> int:
    """Words are runs between spaces with a letter, digit or ₹ in them ("–" is not a word)."""
    return sum(1 for word in sentence.split() if WORD.search(word))


@dataclass(frozen=True, slots=True)
class Figure:
    """A pay figure found in a note, in ₹ lakh per year."""

    text: str
    lakh: float
    monthly: bool


def _rupees(digits: str) -> float:
    return float(digits.replace(",", ""))


def salary_figures(note: str) -> Iterator[Figure]:
    """The yearly pay figures in ``note``, in ₹ lakh; basic-pay figures are left out."""
    for sentence in sentences(note):
        monthly = MONTH_WORD.search(sentence) is not None
        for match in LAKH_FIGURE.finditer(sentence):
            if match.group("basic"):
                continue
            scale = 100.0 if match.group("unit") == "crore" else 1.0
            scale *= 12 if monthly else 1
            for number in (match.group(2), match.group(3)):
                if number is not None:
                    yield Figure(match.group(0).strip(), float(number) * scale, monthly=monthly)
    for match in MONTHLY_FIGURE.finditer(note):
        if match.group("basic"):
            continue
        for number in (match.group(2), match.group(3)):
            if number is not None:
                yield Figure(match.group(0).strip(), _rupees(number) * 12 / 100_000, monthly=True)
