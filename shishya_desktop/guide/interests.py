"""Scoring the interest quiz and matching careers to the result (no Qt).

Scores: each answer is 1 (strongly dislike) … 5 (strongly like); a type's score is the mean of
its answered items, shown as 0–100 (``(mean - 1) / 4 * 100``).

Code: the types ordered by score; the top three places, where types with equal scores share a
place and a tie at the third place brings in every type tied there ("R · I = A").

Flat profile: when the highest and lowest of the six means are less than ``FLAT_SPREAD`` apart
(everything liked, everything disliked, or nearly the same), there is no ranking: the answers
do not say which kind of work the student prefers.

Matching (why this method): each career's code of 1–3 letters is turned into a six-number
profile weighting its letters by position (3, 2, 1; the other types 0), and careers are ranked
by the Pearson correlation of the student's six means with that profile. Correlation uses all
six scores (not only the top three letters, as the Iachan or Brown–Gore indexes do), so second
and third interests still count; it ignores how much a student likes everything on the whole
(a generous and a sparing answerer with the same pattern get the same careers); and it treats
codes of one, two or three letters the same way. A career whose profile the answers copy scores
1.0. "Strong fit" is r ≥ ``STRONG``, "Also worth a look" r ≥ ``ALSO``; each group keeps its best
``GROUP_SIZE`` but never cuts a tie, so careers with the same code are never split at random and
every career is suggested for some answers (tests/test_interests.py computes it).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from ..catalog import vocab
from ..catalog.records import CareerSummary, QuizItem
from . import QT_TRANSLATE_NOOP, Translate, same

LETTERS = vocab.RIASEC_LETTERS
LOWEST, HIGHEST = 1, 5
FLAT_SPREAD = 1.0
POSITION_WEIGHTS = (3.0, 2.0, 1.0)
STRONG = 0.7
ALSO = 0.4
GROUP_SIZE = 8
LIKED = 4  # "like" or "strongly like"

# Where a student can get to: the highest education they plan for, in the order of
# vocab.MIN_EDUCATION ("" means every career).
REACH_LEVELS = ("class-10", "class-12", "diploma", "graduate")


@dataclass(frozen=True, slots=True)
class Profile:
    """The six scores of one set of answers."""

    means: dict[str, float]  # 1–5 per letter, RIASEC order
    answered: int

    def percent(self, letter: str) -> int:
        return round((self.means[letter] - LOWEST) / (HIGHEST - LOWEST) * 100)

    @property
    def spread(self) -> float:
        return max(self.means.values()) - min(self.means.values())

    @property
    def flat(self) -> bool:
        return self.spread < FLAT_SPREAD - 1e-9

    @property
    def code_groups(self) -> tuple[tuple[str, ...], ...]:
        """The top three places; each place holds the letters tied at it."""
        groups: list[list[str]] = []
        previous: float | None = None
        for letter in sorted(LETTERS, key=lambda x: (-self.means[x], LETTERS.index(x))):
            score = round(self.means[letter], 6)
            if previous is not None and score == previous:
                groups[-1].append(letter)
            elif sum(len(g) for g in groups) >= 3:
                break
            else:
                groups.append([letter])
            previous = score
        return tuple(tuple(g) for g in groups)

    @property
    def code(self) -> str:
        """The code as text: "RIA", or with ties "R · I = A"."""
        groups = self.code_groups
        if all(len(g) == 1 for g in groups):
            return "".join(g[0] for g in groups)
        return " · ".join(" = ".join(g) for g in groups)


@dataclass(frozen=True, slots=True)
class Match:
    career: CareerSummary
    code: str
    fit: float  # Pearson r, -1 … 1
    why: str


@dataclass(frozen=True, slots=True)
class Suggestions:
    strong: tuple[Match, ...]
    also: tuple[Match, ...]


def score(items: Sequence[QuizItem], answers: Mapping[str, int]) -> Profile:
    """The six means of the answered ``items`` (a type with no answer counts as neutral, 3)."""
    totals = dict.fromkeys(LETTERS, 0.0)
    counts = dict.fromkeys(LETTERS, 0)
    for item in items:
        answer = answers.get(item.id)
        if answer is None:
            continue
        if not LOWEST <= answer <= HIGHEST:
            raise ValueError(f"answer {answer} for {item.id} is not 1–5")
        totals[item.type] += answer
        counts[item.type] += 1
    means = {x: totals[x] / counts[x] if counts[x] else 3.0 for x in LETTERS}
    return Profile(means, sum(counts.values()))


def career_profile(code: str) -> list[float]:
    """The six weights of a 1–3 letter code: 3, 2, 1 by position, 0 for the other types."""
    weights = dict.fromkeys(LETTERS, 0.0)
    for position, letter in enumerate(code[:3]):
        weights[letter] = POSITION_WEIGHTS[position]
    return [weights[x] for x in LETTERS]


def correlation(xs: Sequence[float], ys: Sequence[float]) -> float:
    """Pearson r; 0.0 when either side has no spread."""
    n = len(xs)
    mx, my = sum(xs) / n, sum(ys) / n
    sxy = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True))
    sxx = sum((x - mx) ** 2 for x in xs)
    syy = sum((y - my) ** 2 for y in ys)
    if sxx <= 1e-12 or syy <= 1e-12:
        return 0.0
    return sxy / math.sqrt(sxx * syy)


def reachable(career: CareerSummary, level: str = "", stream: str = "") -> bool:
    """Whether ``career`` starts at or below ``level`` and is open from ``stream`` ("" = any)."""
    if level:
        wanted = vocab.rank(vocab.MIN_EDUCATION, level)
        if vocab.rank(vocab.MIN_EDUCATION, career.min_education) > wanted:
            return False
    if stream and stream != "any":
        return stream in career.streams or "any" in career.streams
    return True


def _first_lower(text: str) -> str:
    return text[:1].lower() + text[1:]


def why_it_fits(
    code: str,
    items: Sequence[QuizItem],
    answers: Mapping[str, int],
    means: Mapping[str, float],
    translate: Translate = same,
) -> str:
    """One line: the student's most liked activities of the career's types, and what it is.

    ``translate`` turns the "Quiz" strings marked here into the interface language.
    """
    letters = [x for x in code if means.get(x, 0) >= LIKED - 1] or list(code[:1])
    liked = sorted(
        (item for item in items if item.type in letters and answers.get(item.id, 0) >= LIKED),
        key=lambda item: (-answers[item.id], letters.index(item.type), item.id),
    )
    chosen: list[QuizItem] = []
    for item in liked:  # one activity per type first, so two types both show
        if item.type not in {c.type for c in chosen}:
            chosen.append(item)
    chosen = (chosen + [i for i in liked if i not in chosen])[:2]
    joiner = translate(QT_TRANSLATE_NOOP("Quiz", " and "))
    kinds = joiner.join(translate(WORK_KINDS[x]) for x in code[:2])
    if not chosen:
        return translate(QT_TRANSLATE_NOOP("Quiz", "This work is mostly %1.")).replace("%1", kinds)
    activities = joiner.join(f"“{_first_lower(i.text)}”" for i in chosen)
    sentence = translate(QT_TRANSLATE_NOOP("Quiz", "You liked %1; this work is mostly %2."))
    return sentence.replace("%1", activities).replace("%2", kinds)


# Plain words for what each type of work is about (used in "why it fits").
WORK_KINDS = {
    "R": QT_TRANSLATE_NOOP("Quiz", "hands-on work"),
    "I": QT_TRANSLATE_NOOP("Quiz", "finding out how and why"),
    "A": QT_TRANSLATE_NOOP("Quiz", "making and creating"),
    "S": QT_TRANSLATE_NOOP("Quiz", "helping people"),
    "E": QT_TRANSLATE_NOOP("Quiz", "leading and persuading"),
    "C": QT_TRANSLATE_NOOP("Quiz", "keeping things in order"),
}


def suggest(
    profile: Profile,
    careers: Iterable[CareerSummary],
    codes: Mapping[str, str],
    items: Sequence[QuizItem],
    answers: Mapping[str, int],
    *,
    level: str = "",
    stream: str = "",
    translate: Translate = same,
) -> Suggestions:
    """Careers grouped by fit, best first; nothing for a flat profile."""
    if profile.flat:
        return Suggestions((), ())
    student = [profile.means[x] for x in LETTERS]
    scored = []
    for career in careers:
        code = codes.get(career.slug, "")
        if not code or not reachable(career, level, stream):
            continue
        fit = round(correlation(student, career_profile(code)), 6)
        scored.append((fit, career, code))
    scored.sort(key=lambda t: (-t[0], t[1].title.casefold(), t[1].slug))
    strong = _take([s for s in scored if s[0] >= STRONG])
    rest = [s for s in scored if s not in strong and s[0] >= ALSO]
    also = _take(rest)

    def match(entry: tuple[float, CareerSummary, str]) -> Match:
        fit, career, code = entry
        return Match(career, code, fit, why_it_fits(code, items, answers, profile.means, translate))

    return Suggestions(tuple(map(match, strong)), tuple(map(match, also)))


def _take(
    ranked: list[tuple[float, CareerSummary, str]],
) -> list[tuple[float, CareerSummary, str]]:
    """The first ``GROUP_SIZE`` and every later one tied with the last of them."""
    if len(ranked) <= GROUP_SIZE:
        return ranked
    last = ranked[GROUP_SIZE - 1][0]
    return [entry for n, entry in enumerate(ranked) if n < GROUP_SIZE or entry[0] == last]


# One plain line per letter for the result page.
MEANINGS = {
    "R": QT_TRANSLATE_NOOP(
        "Quiz",
        "Realistic: you enjoy doing practical things with your hands, tools, machines or nature.",
    ),
    "I": QT_TRANSLATE_NOOP(
        "Quiz", "Investigative: you enjoy finding out how things work and why things happen."
    ),
    "A": QT_TRANSLATE_NOOP(
        "Quiz", "Artistic: you enjoy making, designing and expressing ideas in your own way."
    ),
    "S": QT_TRANSLATE_NOOP("Quiz", "Social: you enjoy helping, teaching and looking after people."),
    "E": QT_TRANSLATE_NOOP(
        "Quiz", "Enterprising: you enjoy leading, persuading and starting things."
    ),
    "C": QT_TRANSLATE_NOOP(
        "Quiz", "Conventional: you enjoy keeping things neat, exact and well organised."
    ),
}
NAMES = {
    "R": QT_TRANSLATE_NOOP("Quiz", "Realistic"),
    "I": QT_TRANSLATE_NOOP("Quiz", "Investigative"),
    "A": QT_TRANSLATE_NOOP("Quiz", "Artistic"),
    "S": QT_TRANSLATE_NOOP("Quiz", "Social"),
    "E": QT_TRANSLATE_NOOP("Quiz", "Enterprising"),
    "C": QT_TRANSLATE_NOOP("Quiz", "Conventional"),
}


def form_items(items: Sequence[QuizItem], short: bool) -> tuple[QuizItem, ...]:
    """The items of one form, mixed so that no two of the same type come together."""
    chosen = [i for i in items if i.short_form or not short]
    by_type = {x: [i for i in chosen if i.type == x] for x in LETTERS}
    mixed: list[QuizItem] = []
    for round_ in range(max((len(v) for v in by_type.values()), default=0)):
        for x in LETTERS:
            if round_ < len(by_type[x]):
                mixed.append(by_type[x][round_])
    return tuple(mixed)
