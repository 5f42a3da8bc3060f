"""The needs vocabulary: what students type for what they want, and the careers it stands for.

``data/needs.toml`` (content, reviewed like any other) maps words such as ``coding``,
``sarkari naukri``, ``no maths`` or ``after 10th`` to careers, categories, words to look for in
the careers' text, or filters on the careers' fields (stream, sector, subjects, low-cost route,
education, exams). ``check`` validates the file, ``careers_of`` turns one need into its ranked
careers at build time, and ``match`` finds the needs in a typed query at search time.
"""

from __future__ import annotations

import json
import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from . import vocab
from .forms import stem
from .search import words

if TYPE_CHECKING:  # the window imports this module; it need not load the TOML reader
    from .sources import Problem

FILE = "needs.toml"
# Filters a need may apply, from the careers' fields; the value each takes.
FILTER_FIELDS = (
    "stream",
    "sector",
    "subject",
    "without_subjects",
    "low_cost",
    "max_education",
    "without_exams",
    "no_exams",
)
SCOPE_FIELDS = ("careers", "categories", "terms")
NEED_FIELDS = {"label", "label_hi", "hi_from", "words", *SCOPE_FIELDS, *FILTER_FIELDS}
# How much a term counts where it is found in a career, for ranking a need's careers.
TERM_WEIGHTS = {"title": 6, "aliases": 5, "tagline": 3, "skills": 2}
LONGEST_PHRASE = 4
LATIN_WORD = re.compile(r"[a-z0-9]+")


@dataclass(frozen=True, slots=True)
class Need:
    """One need as the search reports it: what it is called and what it applied."""

    key: str
    label: str
    is_filter: bool
    filter: Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class Matched:
    """A need found in a query, with the words that called it."""

    need: Need
    words: str


def phrase_key(text: str) -> str:
    """A need word as compared with typed words: its words, lower case, plural endings off."""
    return " ".join(stem(word) for word in words(text))


def need_key(position: int) -> str:
    return f"need-{position}"


def filter_of(need: Mapping[str, Any]) -> dict[str, Any]:
    return {name: need[name] for name in FILTER_FIELDS if name in need}


# -- validation ---------------------------------------------------------------------------------


def check(
    document: Mapping[str, Any] | None,
    careers: Mapping[str, Mapping[str, Any]],
    categories: Iterable[str],
    exams: Iterable[str],
) -> list[Problem]:
    """Every problem in the needs file (``None``: there is none, which is allowed)."""
    from .sources import Problem

    if document is None:
        return []
    problems: list[Problem] = []

    def problem(field: str, message: str) -> None:
        problems.append(Problem(FILE, field, message))

    for name in sorted(set(document) - {"ignore", "need"}):
        problem(name, "unknown field (a typo?)")
    ignore = document.get("ignore", [])
    if not isinstance(ignore, list) or not all(isinstance(w, str) and w.strip() for w in ignore):
        problem("ignore", "must be a list of words")
    entries = document.get("need", [])
    if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
        problem("need", "must be a list of [[need]] tables")
        return problems
    known_categories, known_exams = set(categories), set(exams)
    seen: dict[str, int] = {}
    for number, need in enumerate(entries, 1):
        where = f"need[{number}]"
        for name in sorted(set(need) - NEED_FIELDS):
            problem(f"{where}.{name}", "unknown field (a typo?)")
        label = need.get("label")
        if not isinstance(label, str) or not 3 <= len(label.strip()) <= 80:
            problem(f"{where}.label", "is required: text of 3–80 characters")
        phrases = need.get("words")
        if not isinstance(phrases, list) or not phrases:
            problem(f"{where}.words", "is required: a list of the words students type")
            phrases = []
        for phrase in phrases:
            key = phrase_key(phrase) if isinstance(phrase, str) else ""
            if not key:
                problem(f"{where}.words", f"{phrase!r} is not a word")
                continue
            if len(key.split()) > LONGEST_PHRASE:
                problem(f"{where}.words", f"'{phrase}' is longer than {LONGEST_PHRASE} words")
            if seen.get(key, number) != number:
                problem(f"{where}.words", f"'{phrase}' is also a word of need[{seen[key]}]")
            seen[key] = number
        _check_refs(need, where, problem, careers, known_categories, known_exams)
        if not any(name in need for name in (*SCOPE_FIELDS, *FILTER_FIELDS)):
            problem(where, "needs careers, categories, terms or a filter")
    return problems


def _check_refs(
    need: Mapping[str, Any],
    where: str,
    problem: Any,
    careers: Mapping[str, Any],
    categories: set[str],
    exams: set[str],
) -> None:
    def listed(name: str, allowed: Iterable[str] | None, what: str) -> None:
        value = need.get(name, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            problem(f"{where}.{name}", "must be a list of text")
            return
        if allowed is not None:
            allowed = set(allowed)
            for item in value:
                if item not in allowed:
                    problem(f"{where}.{name}", f"'{item}' is not {what}")

    listed("careers", careers, "a career")
    listed("categories", categories, "a category")
    listed("terms", None, "")
    listed("without_subjects", vocab.SUBJECTS, "a subject")
    listed("without_exams", exams, "an exam")
    for name, allowed in (
        ("stream", vocab.STREAMS),
        ("sector", vocab.SECTORS),
        ("subject", vocab.SUBJECTS),
        ("max_education", vocab.MIN_EDUCATION),
    ):
        if name in need and need[name] not in allowed:
            problem(f"{where}.{name}", f"'{need[name]}' is not one of: {', '.join(allowed)}")
    for name in ("low_cost", "no_exams"):
        if name in need and need[name] is not True:
            problem(f"{where}.{name}", "must be true (leave it out otherwise)")


# -- build time: a need's careers, ranked -------------------------------------------------------


def sectors_of(doc: Mapping[str, Any]) -> list[str]:
    """The career's sectors; until every career states them, a guess from other fields."""
    if "sector" in doc:
        return list(doc["sector"])
    if doc.get("category") in ("civil-services", "defence-security"):
        return ["government"]
    return ["government", "private"] if doc["salary"].get("pay_level") else ["private"]


def subjects_of(doc: Mapping[str, Any]) -> list[str]:
    """Class 11–12 subjects the career needs; until every career states them, from its streams."""
    if "subjects_needed" in doc:
        return list(doc["subjects_needed"])
    streams = set(doc["streams"])
    if streams == {"science-pcm"}:
        return ["maths", "physics", "chemistry"]
    if streams == {"science-pcm", "commerce"}:
        return ["maths"]
    if streams == {"science-pcb"}:
        return ["biology", "physics", "chemistry"]
    if streams == {"science-pcm", "science-pcb"}:
        return ["physics", "chemistry"]
    return []


def low_cost(doc: Mapping[str, Any]) -> bool:
    return any(path.get("affordable", False) for path in doc["paths"])


def _passes(doc: Mapping[str, Any], chosen: Mapping[str, Any]) -> bool:
    if "stream" in chosen and not {chosen["stream"], "any"} & set(doc["streams"]):
        return False
    if "sector" in chosen and chosen["sector"] not in sectors_of(doc):
        return False
    subjects = subjects_of(doc)
    if "subject" in chosen and chosen["subject"] not in subjects:
        return False
    if set(chosen.get("without_subjects", ())) & set(subjects):
        return False
    if chosen.get("low_cost") and not low_cost(doc):
        return False
    if "max_education" in chosen and vocab.rank(vocab.MIN_EDUCATION, doc["min_education"]) > (
        vocab.rank(vocab.MIN_EDUCATION, chosen["max_education"])
    ):
        return False
    if set(chosen.get("without_exams", ())) & set(doc["exams"]):
        return False
    return not (chosen.get("no_exams") and doc["exams"])


# Where a career open to "any" stream ranks for a stream filter: after the careers that list the
# stream first or second.
STREAM_ANY = 2


def _closeness(doc: Mapping[str, Any], chosen: Mapping[str, Any]) -> int:
    """How directly a career answers a filter: a stream or sector listed first ranks first."""
    score = 0
    if "stream" in chosen:
        streams = doc["streams"]
        score += streams.index(chosen["stream"]) if chosen["stream"] in streams else STREAM_ANY
    if "sector" in chosen:
        score += sectors_of(doc).index(chosen["sector"])
    if "max_education" in chosen:
        score += vocab.rank(vocab.MIN_EDUCATION, chosen["max_education"]) - vocab.rank(
            vocab.MIN_EDUCATION, doc["min_education"]
        )
    if chosen.get("low_cost"):
        # Fewer years of study on the low-cost route: less to pay, and earning sooner.
        score += round(
            min(
                sum(float(step["years"]) for step in path["steps"])
                for path in doc["paths"]
                if path.get("affordable", False)
            )
        )
    return score


def weighted_words(doc: Mapping[str, Any]) -> dict[str, int]:
    """Each (stemmed) Latin word of a career's text with how much it counts for ``terms``."""
    found: dict[str, int] = {}
    for field, weight in (*TERM_WEIGHTS.items(), ("what_they_do", 1)):
        value = doc.get(field, "")
        text = " ".join(value) if isinstance(value, list) else str(value)
        # Terms are Latin words; a plain pattern reads long texts many times faster.
        for word in LATIN_WORD.findall(text.lower()):
            key = stem(word)
            found[key] = found.get(key, 0) + weight
    return found


def prominence(careers: Sequence[tuple[str, Mapping[str, Any]]]) -> dict[str, int]:
    """How many other careers list each career as related: the better-known careers (Doctor,
    Pharmacist, IAS Officer) are linked from many pages, a narrow one from few."""
    linked: dict[str, int] = {slug: 0 for slug, _doc in careers}
    for _slug, doc in careers:
        for other in doc.get("related", []):
            if other in linked:
                linked[other] += 1
    return linked


def careers_of(
    need: Mapping[str, Any],
    careers: Sequence[tuple[str, Mapping[str, Any]]],
    texts: Mapping[str, Mapping[str, int]] | None = None,
    linked: Mapping[str, int] | None = None,
) -> list[str]:
    """The slugs a need stands for, best first: its listed careers, then by terms and fields,
    then the better-known careers (``prominence``) before the narrower ones.

    ``texts`` (slug → ``weighted_words``) and ``linked`` (``prominence``) save reading every
    career again for each need.
    """
    if linked is None:
        linked = prominence(careers)
    chosen = filter_of(need)
    pinned = list(need.get("careers", []))
    terms = {stem(word) for term in need.get("terms", []) for word in words(term)}
    categories = list(need.get("categories", []))
    scoped = bool(pinned or terms or categories)
    ranked: list[tuple[int, int, int, str, str]] = []
    for slug, doc in careers:
        if not _passes(doc, chosen):
            continue
        score = 0
        if terms:
            counted = texts[slug] if texts is not None else weighted_words(doc)
            score = sum(counted.get(term, 0) for term in terms)
        if doc["category"] in categories:
            # Categories listed first rank first.
            score += 4 + len(categories) - categories.index(doc["category"])
        if slug in pinned:
            ranked.append((-1, pinned.index(slug), 0, "", slug))
        elif score or not scoped:
            ranked.append(
                (_closeness(doc, chosen), -score, -linked[slug], doc["title"].lower(), slug)
            )
    return [slug for *_order, slug in sorted(ranked)]


def rows(document: Mapping[str, Any] | None) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The ``needs`` and ``need_words`` rows for the build."""
    needs: list[dict[str, Any]] = []
    phrases: dict[str, str] = {}
    for position, need in enumerate((document or {}).get("need", []), 1):
        key = need_key(position)
        chosen = filter_of(need)
        needs.append(
            {
                "key": key,
                "position": position,
                "label": " ".join(need["label"].split()),
                "is_filter": int(bool(chosen)),
                "filter": json.dumps(chosen, sort_keys=True, ensure_ascii=False),
            }
        )
        for phrase in need["words"]:
            phrases.setdefault(phrase_key(phrase), key)
    for word in (document or {}).get("ignore", []):
        phrases.setdefault(phrase_key(word), "")
    return needs, [{"phrase": p, "need": n} for p, n in sorted(phrases.items())]


# -- query time ---------------------------------------------------------------------------------


def bag(key: str, fillers: Collection[str]) -> str:
    """A phrase key as a set of words without fillers: "neet ke bina" meets "bina neet"."""
    return " ".join(sorted(set(key.split()) - set(fillers)))


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """The needs and their words, loaded once: phrases as written and as sets of words."""

    needs: Mapping[str, Need]
    phrases: Mapping[str, str]
    fillers: frozenset[str]
    bags: Mapping[str, str]

    @classmethod
    def of(cls, needs: Mapping[str, Need], phrases: Mapping[str, str]) -> Vocabulary:
        fillers = frozenset(phrase for phrase, key in phrases.items() if not key)
        bags: dict[str, str] = {}
        for phrase, key in sorted(phrases.items()):
            if key and bag(phrase, fillers):
                bags.setdefault(bag(phrase, fillers), key)
        return cls(needs, phrases, fillers, bags)


def match(typed: Sequence[str], vocabulary: Vocabulary) -> tuple[list[Matched], list[str]]:
    """The needs named in ``typed`` and the words left to search.

    Phrases match in the order written first (longest first); then, among the words left,
    in any order and with filler words (``job``, ``ke``, ``in``) between them. Fillers are
    dropped when other words remain.
    """
    needs, phrases = vocabulary.needs, vocabulary.phrases
    fillers, bags = vocabulary.fillers, vocabulary.bags
    found: list[Matched] = []
    stems = [stem(word) for word in typed]
    used: set[int] = set()

    def take(span: list[int], key: str | None) -> None:
        if key and not used & set(span):
            _add(found, needs.get(key), " ".join(typed[n] for n in span))
            used.update(span)

    longest = min(LONGEST_PHRASE, len(typed))
    # Phrases of several words as written, then in any order around fillers, then one word.
    for length in range(longest, 1, -1):
        for start in range(len(typed) - length + 1):
            span = list(range(start, start + length))
            take(span, phrases.get(" ".join(stems[n] for n in span)))
    content = [n for n in range(len(typed)) if n not in used and stems[n] not in fillers]
    for length in range(min(longest, len(content)), 1, -1):
        for start in range(len(content) - length + 1):
            span = content[start : start + length]
            take(span, bags.get(" ".join(sorted({stems[n] for n in span}))))
    for n in content:
        take([n], phrases.get(stems[n]))
    rest = [typed[n] for n in content if n not in used]
    if not found and not rest:
        rest = [typed[n] for n in range(len(typed))]
    return found, rest


def _add(found: list[Matched], need: Need | None, said: str) -> None:
    if need is not None and all(m.need.key != need.key for m in found):
        found.append(Matched(need, said))
