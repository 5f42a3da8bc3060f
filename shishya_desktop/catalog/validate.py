"""Every content rule a machine can check, reported all at once with file and field.

The rules follow the content format (docs/CONTENT_FORMAT.md). Validation never stops at the
first problem: a content writer fixing a file wants the whole list.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator
from typing import Any

from . import glossary as glossary_rules
from . import needs, pages, prose, vocab
from .glossary import Glossary
from .hindi_report import hindi_report
from .quiz import check_quiz
from .search import normalise_name
from .sources import GLOSSARY_FILE, Problem, Sources

REVIEWED_PATTERN = re.compile(r"^(19|20)\d\d-(0[1-9]|1[0-2])$")
DATE_PATTERN = re.compile(r"^(19|20)\d\d-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$")
ISCO_PATTERN = re.compile(r"^\d{4}$")
# A tag (<b>, </p>, <!--, <?xml) or an entity (&amp; &#60; &#x3c;): content is plain text.
MARKUP_PATTERN = re.compile(r"<[A-Za-z/!?]|&(?:[A-Za-z][A-Za-z0-9]*|#[0-9]+|#[xX][0-9A-Fa-f]+);")
MAX_LPA = 500.0
MAX_SENTENCE_WORDS = 25
# Monthly ₹ figures are rounded by writers: one a month off the band by up to 5% still agrees.
MONTHLY_TOLERANCE = 0.05
# Fields that hold codes, search words or reviewer notes, never shown as sentences on a page.
NOT_PROSE = {
    "aliases",
    "title_hi",
    "category",
    "streams",
    "min_education",
    "sector",
    "subjects_needed",
    "demand",
    "related",
    "exams",
    "isco",
    "riasec",
    "reviewed",
    "eligibility_sources",
    "level",
    "slug",
    "name_hi",
    "glossary_senses",
    "hi_from",
}

CAREER_FIELDS = {
    "title",
    "title_hi",
    "aliases",
    "category",
    "new_age",
    "tagline",
    "what_they_do",
    "typical_day",
    "streams",
    "min_education",
    "sector",
    "subjects_needed",
    "qualifications",
    "skills",
    "growth",
    "employers",
    "pros",
    "cons",
    "demand",
    "demand_note",
    "related",
    "exams",
    "isco",
    "riasec",
    "reviewed",
    "salary",
    "paths",
    "eligibility_sources",
    "glossary_senses",
    "hi",
}
EXAM_FIELDS = {
    "short_name",
    "full_name",
    "body",
    "level",
    "months",
    "leads_to",
    "about",
    "reviewed",
    "glossary_senses",
    "aliases",
    "hi",
}


class _Checker:
    """Checks the fields of one document and records problems against its file."""

    def __init__(self, file: str, document: dict[str, Any], problems: list[Problem]):
        self.file = file
        self.document = document
        self.problems = problems

    def problem(self, field: str, message: str) -> None:
        self.problems.append(Problem(self.file, field, message))

    def unknown_fields(self, known: set[str]) -> None:
        for name in sorted(set(self.document) - known):
            self.problem(name, "unknown field (a typo?)")

    def text(self, name: str, *, low: int = 1, high: int = 10_000, required: bool = True) -> str:
        value = self.document.get(name)
        if value is None:
            if required:
                self.problem(name, "is required")
            return ""
        if not isinstance(value, str):
            self.problem(name, "must be text")
            return ""
        value = value.strip()
        if not value:
            if required:
                self.problem(name, "must not be empty")
            return ""
        if not low <= len(value) <= high:
            self.problem(name, f"must be {low}–{high} characters long (is {len(value)})")
        return value

    def choice(self, name: str, allowed: Iterable[str]) -> str:
        allowed = list(allowed)
        value = self.text(name)
        if value and value not in allowed:
            self.problem(name, f"'{value}' is not one of: {', '.join(allowed)}")
        return value

    def text_list(
        self, name: str, *, low: int, high: int, item_high: int = 300, source: Any = None
    ) -> list[str]:
        value = self.document.get(name) if source is None else source
        if value is None:
            self.problem(name, "is required")
            return []
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            self.problem(name, "must be a list of text")
            return []
        items = [item.strip() for item in value]
        if not low <= len(items) <= high:
            self.problem(name, f"must have {low}–{high} entries (has {len(items)})")
        for position, item in enumerate(items, 1):
            if not item:
                self.problem(name, f"entry {position} is empty")
            elif len(item) > item_high:
                self.problem(name, f"entry {position} is longer than {item_high} characters")
        seen: set[str] = set()
        for item in items:
            if item.lower() in seen:
                self.problem(name, f"'{item}' is listed twice")
            seen.add(item.lower())
        return items

    def flag(self, name: str) -> bool:
        value = self.document.get(name, False)
        if not isinstance(value, bool):
            self.problem(name, "must be true or false")
            return False
        return value

    def reviewed(self) -> None:
        value = self.text("reviewed")
        if value and not REVIEWED_PATTERN.match(value):
            self.problem("reviewed", f"'{value}' must be a month like 2026-11")


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return float(value)


def _check_salary(check: _Checker) -> None:
    salary = check.document.get("salary")
    if not isinstance(salary, dict):
        check.problem("salary", "is required: a [salary] table with note, fresher, mid, senior")
        return
    inner = _Checker(check.file, salary, check.problems)
    for name in sorted(set(salary) - {"note", "pay_level", *vocab.SALARY_LEVELS}):
        check.problem(f"salary.{name}", "unknown field (a typo?)")
    inner.text("note", high=300)
    if "pay_level" in salary:
        inner.text("pay_level", high=200)
    bands: list[tuple[str, float, float]] = []
    for level in vocab.SALARY_LEVELS:
        band = salary.get(level)
        where = f"salary.{level}"
        if not isinstance(band, dict):
            check.problem(where, "is required: { min = …, max = … } in ₹ lakh per year")
            continue
        for name in sorted(set(band) - {"min", "max", "note"}):
            check.problem(f"{where}.{name}", "unknown field (a typo?)")
        low, high = _number(band.get("min")), _number(band.get("max"))
        if low is None or high is None:
            check.problem(where, "min and max must both be numbers")
            continue
        if not 0 < low <= high <= MAX_LPA:
            check.problem(where, f"needs 0 < min <= max <= {MAX_LPA:g} (has {low:g}–{high:g})")
        note = band.get("note")
        if note is not None and (not isinstance(note, str) or not 0 < len(note.strip()) <= 200):
            check.problem(f"{where}.note", "must be text of 1–200 characters")
        bands.append((level, low, high))
        if isinstance(note, str) and 0 < low <= high:
            _check_figures(check, f"{where}.note", note, low, high, monthly=True)
    if bands and isinstance(salary.get("note"), str):
        # The general note may speak of any stage: its lakh figures must lie within the whole
        # range; its monthly figures are often one part of pay (an honorarium) and are skipped.
        _check_figures(
            check, "salary.note", salary["note"], bands[0][1], bands[-1][2], monthly=False
        )
    sector = check.document.get("sector")
    if (
        isinstance(sector, list)
        and sector[:1] == ["government"]
        and not (isinstance(salary.get("pay_level"), str) and salary["pay_level"].strip())
    ):
        check.problem(
            "salary.pay_level",
            'is required when sector starts with government (e.g. "Level 6 of the 7th Pay '
            'Commission pay matrix (starting basic ₹35,400 a month)")',
        )
    for (lower, low_a, high_a), (upper, low_b, high_b) in itertools.pairwise(bands):
        if low_b < low_a or high_b < high_a:
            check.problem(
                f"salary.{upper}",
                f"must not be below salary.{lower} (bands rise with experience)",
            )


def _check_figures(
    check: _Checker, where: str, note: str, low: float, high: float, *, monthly: bool
) -> None:
    for figure in prose.salary_figures(note):
        if figure.monthly and not monthly:
            continue
        slack = MONTHLY_TOLERANCE if figure.monthly else 0.0
        if not low * (1 - slack) <= figure.lakh <= high * (1 + slack):
            as_lakh = f" (₹{figure.lakh:.3g} lakh a year)" if figure.monthly else ""
            check.problem(
                where,
                f"'{figure.text}'{as_lakh} is outside its band ₹{low:g}–{high:g} lakh: "
                "change the note or the band",
            )


def _check_sentences(check: _Checker, name: str) -> None:
    value = check.document.get(name)
    if not isinstance(value, str):
        return
    for number, sentence in enumerate(prose.sentences(value), 1):
        words = prose.word_count(sentence)
        if words > MAX_SENTENCE_WORDS:
            start = " ".join(sentence.split()[:8])
            check.problem(
                name,
                f"sentence {number} has {words} words (at most {MAX_SENTENCE_WORDS}): "
                f"'{start} …' — split it",
            )


def _check_paths(check: _Checker) -> None:
    paths = check.document.get("paths")
    if not isinstance(paths, list) or not all(isinstance(p, dict) for p in paths):
        check.problem("paths", "is required: at least two [[paths]] tables")
        return
    if len(paths) < 2:
        check.problem("paths", f"needs at least 2 routes (has {len(paths)})")
    for number, path in enumerate(paths, 1):
        where = f"paths[{number}]"
        inner = _Checker(check.file, path, check.problems)
        for name in sorted(set(path) - {"title", "steps", "note", "affordable"}):
            check.problem(f"{where}.{name}", "unknown field (a typo?)")
        if not isinstance(path.get("title"), str) or not path["title"].strip():
            check.problem(f"{where}.title", "is required")
        if "note" in path and (not isinstance(path["note"], str) or not path["note"].strip()):
            check.problem(f"{where}.note", "must be non-empty text")
        inner.flag("affordable")
        steps = path.get("steps")
        if not isinstance(steps, list) or not 2 <= len(steps) <= 8:
            check.problem(f"{where}.steps", "must be a list of 2–8 steps")
            continue
        for position, step in enumerate(steps, 1):
            spot = f"{where}.steps[{position}]"
            if not isinstance(step, dict) or set(step) - {"step", "years"}:
                check.problem(spot, 'must be { step = "…", years = N }')
                continue
            text, years = step.get("step"), _number(step.get("years"))
            if not isinstance(text, str) or not text.strip():
                check.problem(spot, "step text is required")
            if years is None or not 0 <= years <= 12:
                check.problem(spot, "years must be a number from 0 to 12")


def _check_career(
    slug: str, doc: dict[str, Any], sources: Sources, problems: list[Problem]
) -> None:
    check = _Checker(sources.file_of("careers", slug), doc, problems)
    check.unknown_fields(CAREER_FIELDS)
    check.text("title", high=80)
    check.text("title_hi", high=80)
    check.text_list("aliases", low=0, high=20, item_high=60)
    category = check.text("category")
    if category and category not in {c.get("slug") for c in sources.categories}:
        check.problem("category", f"'{category}' is not a category in categories.toml")
    check.flag("new_age")
    check.text("tagline", low=20, high=110)
    check.text("what_they_do", low=150, high=700)
    _check_sentences(check, "what_they_do")
    check.text_list("typical_day", low=4, high=6, item_high=120)
    streams = check.text_list("streams", low=1, high=6)
    for stream in streams:
        if stream not in vocab.STREAMS:
            check.problem("streams", f"'{stream}' is not one of: {', '.join(vocab.STREAMS)}")
    check.choice("min_education", vocab.MIN_EDUCATION)
    _check_codes(check, "sector", vocab.SECTORS, low=1)
    _check_codes(check, "subjects_needed", vocab.SUBJECTS, low=0)
    check.text_list("qualifications", low=1, high=6, item_high=200)
    check.text_list("skills", low=4, high=8, item_high=120)
    check.text_list("growth", low=3, high=6, item_high=100)
    check.text_list("employers", low=2, high=8, item_high=200)
    check.text_list("pros", low=3, high=6, item_high=200)
    check.text_list("cons", low=3, high=6, item_high=200)
    check.choice("demand", vocab.DEMAND)
    check.text("demand_note", low=20, high=300)
    for related in check.text_list("related", low=3, high=10, item_high=80):
        if related == slug:
            check.problem("related", "a career cannot be related to itself")
        elif related not in sources.careers:
            check.problem("related", f"'{related}' is not a career (no careers/{related}.toml)")
    for exam in check.text_list("exams", low=0, high=10, item_high=80):
        if exam not in sources.exams:
            check.problem("exams", f"'{exam}' is not an exam (no exams/{exam}.toml)")
    isco = check.text("isco", required=False)
    if isco and not ISCO_PATTERN.match(isco):
        check.problem("isco", f"'{isco}' must be a 4-digit ISCO-08 unit group code")
    riasec = check.text("riasec", high=3)
    if riasec and (set(riasec) - set(vocab.RIASEC_LETTERS) or len(set(riasec)) != len(riasec)):
        check.problem("riasec", f"'{riasec}' must be 1–3 distinct letters of RIASEC")
    check.reviewed()
    _check_salary(check)
    _check_paths(check)
    _check_eligibility_sources(check)


def _check_codes(check: _Checker, name: str, allowed: dict[str, str], *, low: int) -> None:
    if name not in check.document:
        check.problem(name, "is required")
        return
    for code in check.text_list(name, low=low, high=len(allowed)):
        if code not in allowed:
            check.problem(name, f"'{code}' is not one of: {', '.join(allowed)}")


def _check_eligibility_sources(check: _Checker) -> None:
    sources = check.document.get("eligibility_sources", [])
    if not isinstance(sources, list) or not all(isinstance(s, dict) for s in sources):
        check.problem("eligibility_sources", "must be [[eligibility_sources]] tables")
        return
    for number, entry in enumerate(sources, 1):
        where = f"eligibility_sources[{number}]"
        for name in sorted(set(entry) - {"rule", "source", "checked"}):
            check.problem(f"{where}.{name}", "unknown field (a typo?)")
        for name in ("rule", "source"):
            value = entry.get(name)
            if not isinstance(value, str) or not value.strip():
                check.problem(f"{where}.{name}", "is required text")
        checked = entry.get("checked")
        if not isinstance(checked, str) or not REVIEWED_PATTERN.match(checked):
            check.problem(f"{where}.checked", "must be a month like 2026-11")


def _check_markup(file: str, value: Any, problems: list[Problem], field: str = "") -> None:
    """Every text anywhere in a document is plain: no tags, no entities, no backslashes."""
    if isinstance(value, str):
        found = MARKUP_PATTERN.search(value)
        if found:
            sample = value[found.start() : found.start() + 12]
            problems.append(
                Problem(file, field, f"contains markup ('{sample}…'): write plain text")
            )
        elif "\\" in value:
            # A line of a """ text ended with "\\" instead of "\": the page would show it.
            at = value.index("\\")
            sample = value[max(0, at - 12) : at + 1]
            problems.append(
                Problem(
                    file,
                    field,
                    f"contains a backslash ('…{sample}'): end a line with a single \\ to join it"
                    " to the next, or remove it",
                )
            )
    elif isinstance(value, dict):
        for key, inner in value.items():
            _check_markup(file, inner, problems, f"{field}.{key}" if field else str(key))
    elif isinstance(value, list):
        for number, inner in enumerate(value, 1):
            _check_markup(file, inner, problems, f"{field}[{number}]")


def _check_names(sources: Sources, problems: list[Problem]) -> None:
    """No two careers may share a title or an alias, and no alias may be another's title."""
    owner: dict[str, tuple[str, str]] = {}
    for slug, doc in sources.careers.items():
        file = sources.file_of("careers", slug)
        names: list[tuple[str, str]] = []
        if isinstance(doc.get("title"), str):
            names.append(("title", doc["title"]))
        aliases = doc.get("aliases")
        if isinstance(aliases, list):
            names += [("aliases", a) for a in aliases if isinstance(a, str)]
        own: set[str] = set()
        for field, name in names:
            key = normalise_name(name)
            if not key:
                continue
            if key in own:
                problems.append(Problem(file, field, f"'{name}' repeats this career's own name"))
                continue
            own.add(key)
            if key in owner and owner[key][0] != slug:
                other, other_field = owner[key]
                problems.append(
                    Problem(file, field, f"'{name}' is also the {other_field} of career '{other}'")
                )
            else:
                owner[key] = (slug, field)


def _check_exam(slug: str, doc: dict[str, Any], sources: Sources, problems: list[Problem]) -> None:
    check = _Checker(sources.file_of("exams", slug), doc, problems)
    check.unknown_fields(EXAM_FIELDS)
    check.text("short_name", high=60)
    check.text("full_name", high=200)
    check.text("body", high=200)
    check.choice("level", vocab.EXAM_LEVELS)
    check.text("months", high=200)
    check.text("leads_to", high=400)
    check.text("about", high=600, required=False)
    if "aliases" in doc:
        check.text_list("aliases", low=0, high=20, item_high=60)
    check.reviewed()


def _check_exam_names(sources: Sources, problems: list[Problem]) -> None:
    """No exam alias may repeat its own names or be a name (or alias) of another exam."""
    owner: dict[str, str] = {}
    for slug, doc in sources.exams.items():
        for name in (doc.get("short_name"), doc.get("full_name"), slug.replace("-", " ")):
            if isinstance(name, str) and (key := normalise_name(name)):
                owner.setdefault(key, slug)
    for slug, doc in sorted(sources.exams.items()):
        aliases = doc.get("aliases")
        if not isinstance(aliases, list):
            continue
        file = sources.file_of("exams", slug)
        own = {
            normalise_name(n)
            for n in (doc.get("short_name"), doc.get("full_name"), slug.replace("-", " "))
            if isinstance(n, str)
        }
        for alias in aliases:
            key = normalise_name(alias) if isinstance(alias, str) else ""
            if not key:
                continue
            if key in own:
                problems.append(Problem(file, "aliases", f"'{alias}' repeats this exam's own name"))
            elif owner.get(key, slug) != slug:
                problems.append(
                    Problem(file, "aliases", f"'{alias}' is also a name of exam '{owner[key]}'")
                )
            else:
                owner[key] = slug
                own.add(key)


def _check_lists(sources: Sources, problems: list[Problem]) -> None:
    seen: set[str] = set()
    for number, category in enumerate(sources.categories, 1):
        check = _Checker(f"categories.toml: category[{number}]", category, problems)
        check.unknown_fields(
            {"slug", "name", "name_hi", "description", "description_hi", "hi_from"}
        )
        slug = check.text("slug", high=60)
        if slug in seen:
            check.problem("slug", f"'{slug}' is used twice")
        seen.add(slug)
        check.text("name", high=80)
        check.text("name_hi", high=80)
        check.text("description", high=300)
    if not sources.categories:
        problems.append(Problem("categories.toml", "category", "needs at least one category"))
    for number, quote in enumerate(sources.quotes, 1):
        check = _Checker(f"quotes.toml: quote[{number}]", quote, problems)
        check.unknown_fields({"text", "author", "text_hi", "author_hi", "hi_from"})
        check.text("text", high=140)
        check.text("author", high=80)
    if not sources.quotes:
        problems.append(Problem("quotes.toml", "quote", "needs at least one quote"))
    release = _Checker("content.toml", sources.release, problems)
    release.unknown_fields({"version", "date"})
    release.text("version", high=40)
    date = release.text("date")
    if date and not DATE_PATTERN.match(date):
        release.problem("date", f"'{date}' must be a date like 2026-11-26")


def check_glossary(
    entries: list[dict[str, Any]], problems: list[Problem], *, shown_as: str = GLOSSARY_FILE
) -> Glossary:
    """Check every ``[[term]]``; return the glossary of the well-formed ones."""
    good: list[dict[str, Any]] = []
    seen: dict[str, list[tuple[int, glossary_rules.Term]]] = {}
    for number, entry in enumerate(entries, 1):
        check = _Checker(f"{shown_as}: term[{number}]", entry, problems)
        check.unknown_fields(set(glossary_rules.TERM_FIELDS))
        abbr = check.text("abbr", high=30)
        full = check.text("full", high=glossary_rules.MAX_FULL)
        explain = check.text("explain", high=glossary_rules.MAX_EXPLAIN)
        check.flag("expand")
        if not abbr:
            continue
        if not glossary_rules.valid_abbr(abbr):
            check.problem(
                "abbr",
                f"'{abbr}' must be one abbreviation (capitals, digits, and . - & /: MBBS, "
                "NEET-PG, B.Tech, PhD) or two all-capitals ones with one space (IBPS RRB)",
            )
            continue
        # One abbreviation may have several meanings (senses), each its own [[term]]; the
        # same meaning twice is a mistake.
        term = glossary_rules.Term(abbr, full, explain)
        senses = seen.setdefault(glossary_rules.key_of(abbr), [])
        twin = next((n for n, t in senses if glossary_rules.same_meaning(t, term)), None)
        if twin is not None:
            check.problem("abbr", f"'{abbr}' with this full form is already term[{twin}]")
            continue
        senses.append((number, term))
        if full and full.lower() == abbr.lower() and "expand" not in entry:
            check.problem("full", "is the abbreviation itself: write it out, or add expand = false")
        if full and explain:
            good.append(entry)
    return Glossary(glossary_rules.terms_from_entries(good))


def _prose_fields(value: Any, name: str = "") -> Iterator[tuple[str, str]]:
    """(field, text) for every shown text in a document, named as the other checks name them."""
    if isinstance(value, str):
        yield name, value
    elif isinstance(value, dict):
        for key, inner in value.items():
            if key not in NOT_PROSE:
                yield from _prose_fields(inner, f"{name}.{key}" if name else key)
    elif isinstance(value, list):
        for number, inner in enumerate(value, 1):
            yield from _prose_fields(inner, f"{name}[{number}]")


def _check_abbreviations(sources: Sources, glossary: Glossary, problems: list[Problem]) -> None:
    """Every all-capitals abbreviation shown on a page must be in the glossary (once per file)."""
    documents: list[tuple[str, Any]] = [
        (sources.file_of("careers", slug), doc) for slug, doc in sources.careers.items()
    ]
    documents += [(sources.file_of("exams", slug), doc) for slug, doc in sources.exams.items()]
    documents += [
        (f"categories.toml: category[{n}]", c) for n, c in enumerate(sources.categories, 1)
    ]
    for file, document in documents:
        reported: set[str] = set()
        for name, text in _prose_fields(document):
            for abbr in glossary.missing(text):
                if abbr in reported:
                    continue
                reported.add(abbr)
                problems.append(
                    Problem(
                        file,
                        name,
                        f"'{abbr}' is not in {GLOSSARY_FILE}: add a [[term]] with abbr, full "
                        "and explain",
                    )
                )


def _senses_named(senses: tuple[glossary_rules.Term, ...]) -> str:
    return "; ".join(sense.full for sense in senses)


def _check_senses(sources: Sources, glossary: Glossary, problems: list[Problem]) -> None:
    """A page that uses an abbreviation with several meanings says which one at its first use
    (its full form written there) or in ``glossary_senses``; the choices name real senses."""
    documents = [
        (sources.file_of("careers", slug), doc, pages.career_page(slug, doc, sources))
        for slug, doc in sources.careers.items()
    ]
    documents += [
        (sources.file_of("exams", slug), doc, pages.exam_page(slug, doc, sources))
        for slug, doc in sources.exams.items()
    ]
    for file, document, texts in documents:
        chosen = _chosen_senses(file, document.get("glossary_senses"), glossary, problems)
        page = glossary.page(chosen)
        for text in texts:
            if not text.text:
                continue
            if text.foreign:  # checked on its own page; here only what it spells out counts
                page.alongside().pieces(text.text, expand=text.expand, beside=text.beside)
                continue
            before = len(page.unclear)
            page.pieces(text.text, expand=text.expand, beside=text.beside)
            for unclear in page.unclear[before:]:
                problems.append(
                    Problem(
                        file,
                        text.field,
                        f"'{unclear.abbr}' has several meanings ({_senses_named(unclear.senses)}):"
                        " spell it out at its first use or set glossary_senses",
                    )
                )
        for abbr, _full in chosen:
            if glossary_rules.key_of(abbr) not in page.used:
                problems.append(
                    Problem(file, f"glossary_senses.{abbr}", f"'{abbr}' is not used on this page")
                )


def _chosen_senses(
    file: str, value: Any, glossary: Glossary, problems: list[Problem]
) -> list[tuple[str, str]]:
    """The well-formed pairs of a page's ``glossary_senses``; problems for the others."""
    if value is None:
        return []
    if not isinstance(value, dict):
        problems.append(
            Problem(file, "glossary_senses", 'must be a table: { MS = "Master of Surgery" }')
        )
        return []
    chosen: list[tuple[str, str]] = []
    for abbr, full in value.items():
        where = f"glossary_senses.{abbr}"
        senses = glossary.senses(abbr)
        if not isinstance(full, str):
            problems.append(Problem(file, where, "must be text: the full form of one meaning"))
        elif not senses:
            problems.append(Problem(file, where, f"'{abbr}' is not in {GLOSSARY_FILE}"))
        elif len(senses) == 1:
            problems.append(
                Problem(file, where, f"'{abbr}' has only one meaning in {GLOSSARY_FILE}: remove it")
            )
        elif any(glossary_rules.key_of(abbr) == glossary_rules.key_of(a) for a, _ in chosen):
            problems.append(Problem(file, where, f"'{abbr}' is chosen twice (dots do not matter)"))
        elif glossary.sense(abbr, full) is None:
            problems.append(
                Problem(
                    file,
                    where,
                    f"'{full}' is not a meaning of '{abbr}' in {GLOSSARY_FILE} "
                    f"(its meanings: {_senses_named(senses)})",
                )
            )
        else:
            chosen.append((abbr, full))
    return chosen


def validate(sources: Sources) -> list[Problem]:
    """All problems in ``sources``: those met while reading plus every rule broken."""
    problems = list(sources.problems)
    _check_lists(sources, problems)
    for number, category in enumerate(sources.categories, 1):
        _check_markup(f"categories.toml: category[{number}]", category, problems)
    for number, quote in enumerate(sources.quotes, 1):
        _check_markup(f"quotes.toml: quote[{number}]", quote, problems)
    _check_markup("content.toml", sources.release, problems)
    for kind, documents in (("careers", sources.careers), ("exams", sources.exams)):
        for slug, doc in documents.items():
            _check_markup(sources.file_of(kind, slug), doc, problems)
    for slug, doc in sources.careers.items():
        _check_career(slug, doc, sources, problems)
    for slug, doc in sources.exams.items():
        _check_exam(slug, doc, sources, problems)
    _check_names(sources, problems)
    _check_exam_names(sources, problems)
    glossary = check_glossary(sources.glossary, problems)
    _check_abbreviations(sources, glossary, problems)
    _check_senses(sources, glossary, problems)
    categories = [c.get("slug", "") for c in sources.categories]
    problems += needs.check(sources.needs, sources.careers, categories, sources.exams)
    check_quiz(sources.quiz, problems)
    problems += hindi_report(sources).problems
    if not sources.careers:
        problems.append(Problem("careers/", "", "there are no careers"))
    return problems
