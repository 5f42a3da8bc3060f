"""The glossary: each all-capitals abbreviation the content uses, with its full form and a plain
explanation, and the rules for finding abbreviations in text and explaining them on a page.

Plain Python with no Qt, so the validator, the page renderer, the printer and the command line
share one set of rules:

- an abbreviation is a run of capital letters (digits and ``&`` allowed) with at least two
  capitals, and runs joined by ``-`` or ``.`` stay one abbreviation: ``MBBS``, ``NEET-PG``,
  ``R&D``, ``LL.B``; a trailing plural ``s`` is not part of it (``IITs``); Roman numerals
  (``II``, ``X-A``) and dotted forms with small letters (``B.Tech``, ``B.V.Sc``) are not
  abbreviations; dots do not matter for the lookup (``B.E`` is found as ``BE``);
- a joined abbreviation is looked up whole (``NEET-PG``), and if the glossary lacks it, part by
  part (``CSIR-UGC`` as ``CSIR`` and ``UGC``); two abbreviations side by side that the glossary
  has as one phrase (``IBPS RRB``) are one term, so a word can mean something else in a name;
- glossary terms with small letters (``PhD``, ``B.Tech``, ``IISc``) are found by name;
- on a page, each abbreviation is spelt out at its first use, "MBBS (Bachelor of Medicine and
  Bachelor of Surgery)", unless the text explains it right there (``explained_in_place``);
  where the text explains it with another meaning than the glossary's, the page shows no
  glossary tooltip for it;
- an abbreviation may have several meanings (senses: ``MS`` is Master of Surgery or Master of
  Science). A page means one of them: the one whose full form it writes at the first use, or
  the one it chose (``glossary_senses``). Until a page has said which, the abbreviation is
  never spelt out and gets no tooltip: a wrong meaning is worse than none.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

PART = r"[A-Z0-9&]*[A-Z][A-Z0-9&]*"
ABBREVIATION = re.compile(
    rf"(?<![\w&])(?<![A-Za-z]\.)(?P<abbr>{PART}(?:[-.]{PART})*)(?P<plural>s)?(?![\w&])"
    r"(?!\.[A-Za-z0-9])"
)
ROMAN_OR_LETTER = re.compile(r"^(?:[IVX]+|[A-Z])$")
# A capitalised tail joined by a hyphen ("CERT-In", "COVID-19", "PGS-India") stays with the
# abbreviation, so the full form goes after the whole name.
NAME_TAIL = re.compile(r"-[A-Z0-9][\w]*")
NEAR = 100  # characters before an abbreviation in which its full form counts as "right there"
MAX_FULL = 120
MAX_EXPLAIN = 120


def key_of(abbreviation: str) -> str:
    """The lookup key: dots do not matter ("LL.B" and "LLB" are the same term)."""
    return abbreviation.replace(".", "")


def _capitals(text: str) -> int:
    return sum(1 for char in text if "A" <= char <= "Z")


def is_abbreviation(token: str) -> bool:
    """Whether ``token`` (a match of ABBREVIATION) counts: 2+ capitals, not a Roman numeral."""
    if _capitals(token) < 2:
        return False
    return not all(ROMAN_OR_LETTER.match(part) for part in re.split(r"[-.]", token))


def is_findable(abbr: str) -> bool:
    """Whether the capitals rule finds ``abbr`` by itself (one abbreviation, or two in a phrase)."""
    words = abbr.split(" ")
    return len(words) <= 2 and [f.abbr for f in find_abbreviations(abbr)] == words


@dataclass(frozen=True, slots=True)
class Found:
    """One abbreviation in a text: where it is and what was written."""

    start: int
    end: int  # after the plural "s" and a closing dot of a dotted form ("B.E.")
    abbr: str  # as written, without the plural "s"


def find_abbreviations(text: str) -> Iterator[Found]:
    """Every abbreviation in ``text``, left to right."""
    for match in ABBREVIATION.finditer(text):
        abbr = match.group("abbr")
        if not is_abbreviation(abbr):
            continue
        end = match.end()
        if "." in abbr and not match.group("plural") and text[end : end + 1] == ".":
            end += 1
        tail = NAME_TAIL.match(text, end)
        if tail and not match.group("plural"):
            end = tail.end()
        yield Found(match.start(), end, abbr)


@dataclass(frozen=True, slots=True)
class Term:
    abbr: str
    full: str
    explain: str
    expand: bool = True  # False for a name that is clearer unspelt (a company's own name)

    @property
    def tooltip(self) -> str:
        return f"{self.abbr}: {self.full} — {self.explain}"


@dataclass(frozen=True, slots=True)
class Piece:
    """A stretch of text; ``term`` is set when the stretch is an abbreviation the glossary has.

    ``addition`` is what to write right after it at its first use on the page: " (full form)",
    or ": full form" when the abbreviation already stands alone in parentheses, "(PCM)".
    """

    text: str
    term: Term | None = None
    addition: str = ""


@dataclass(frozen=True, slots=True)
class Unclear:
    """An abbreviation with several meanings whose first use on a page does not say which."""

    abbr: str  # as written
    senses: tuple[Term, ...]

    @property
    def key(self) -> str:
        return key_of(self.abbr)


def _overlap(one: Found, other: Found) -> bool:
    return one.start < other.end and other.start < one.end


MIXED_TERM = re.compile(r"^[A-Za-z0-9.&/-]*[A-Z][A-Za-z0-9.&/-]*$")


def valid_abbr(abbr: str) -> bool:
    """A glossary ``abbr``: one the capitals rule finds, or a name with a capital and no space."""
    return is_findable(abbr) or bool(MIXED_TERM.match(abbr) and any(c.isalpha() for c in abbr))


def _same_full(one: str, other: str) -> bool:
    return " ".join(one.split()) == " ".join(other.split())


Senses = tuple[Term, ...]


class Glossary:
    """Terms by lookup key, each key with one or more senses. Build with ``Glossary(terms)``."""

    def __init__(self, terms: Iterable[Term] = ()):
        self._senses: dict[str, Senses] = {}
        for term in terms:
            key = key_of(term.abbr)
            self._senses[key] = (*self._senses.get(key, ()), term)
        # Terms the capitals rule cannot find ("PhD", "B.Tech", "IISc"), looked for by name.
        mixed = sorted(
            {t.abbr for t in self.terms() if not is_findable(t.abbr)},
            key=lambda abbr: (-len(abbr), abbr),
        )
        self._mixed = (
            re.compile(
                r"(?<![\w&.])(?P<abbr>"
                + "|".join(re.escape(abbr.rstrip(".")) + r"\.?" for abbr in mixed)
                + r")(?P<plural>s)?(?![\w&])(?!\.\w)"
            )
            if mixed
            else None
        )

    def __len__(self) -> int:
        return sum(len(senses) for senses in self._senses.values())

    def __bool__(self) -> bool:
        return bool(self._senses)

    def senses(self, abbr: str) -> Senses:
        """Every meaning of ``abbr``, in the glossary's order (empty when unknown)."""
        return self._senses.get(key_of(abbr), ())

    def get(self, abbr: str) -> Term | None:
        """The meaning of ``abbr``; None when it is unknown or has several (see ``senses``)."""
        senses = self.senses(abbr)
        return senses[0] if len(senses) == 1 else None

    def sense(self, abbr: str, full: str) -> Term | None:
        """The meaning of ``abbr`` whose full form is ``full`` (spacing does not matter)."""
        return next((t for t in self.senses(abbr) if _same_full(t.full, full)), None)

    def terms(self) -> tuple[Term, ...]:
        return tuple(term for key in sorted(self._senses) for term in self._senses[key])

    def missing(self, text: str) -> list[str]:
        """Abbreviations in ``text`` that the glossary cannot explain, in order, once each."""
        missing: list[str] = []
        for found in self.find(text):
            if self._resolve(found.abbr) is None and found.abbr not in missing:
                missing.append(found.abbr)
        return missing

    def find(self, text: str) -> list[Found]:
        """The abbreviations in ``text``; two side by side that form a glossary phrase
        ("IBPS RRB", where RRB alone is a railway board) count as one."""
        found = list(find_abbreviations(text))
        if self._mixed is not None:
            named = [Found(m.start(), m.end(), m.group("abbr")) for m in self._mixed.finditer(text)]
            if named:
                found = sorted(
                    named + [f for f in found if not any(_overlap(f, n) for n in named)],
                    key=lambda f: f.start,
                )
        merged: list[Found] = []
        for item in found:
            if merged:
                last = merged[-1]
                phrase = f"{last.abbr} {item.abbr}"
                if text[last.end : item.start] == " " and key_of(phrase) in self._senses:
                    merged[-1] = Found(last.start, item.end, phrase)
                    continue
            merged.append(item)
        return merged

    def _resolve(self, abbr: str) -> list[tuple[str, Senses]] | None:
        """The senses of ``abbr`` whole, or of each joined part; None if any part is unknown."""
        whole = self.senses(abbr)
        if whole:
            return [(abbr, whole)]
        parts = re.split(r"(-)", abbr)
        if len(parts) == 1:
            return None
        resolved: list[tuple[str, Senses]] = []
        for part in parts[::2]:
            if not is_abbreviation(part):
                continue  # a one-letter part such as the "B" in "GAT-B" needs no entry
            senses = self.senses(part)
            if not senses:
                return None
            resolved.append((part, senses))
        return resolved

    def choices(self, senses: Iterable[tuple[str, str]] = ()) -> dict[str, Term]:
        """A page's chosen senses (``glossary_senses``: abbreviation → full form) by key;
        pairs that name no sense of the glossary are left out (``validate`` reports them)."""
        chosen: dict[str, Term] = {}
        for abbr, full in senses:
            term = self.sense(abbr, full)
            if term is not None:
                chosen[key_of(abbr)] = term
        return chosen

    def page(self, senses: Iterable[tuple[str, str]] = ()) -> PageTerms:
        """A fresh first-use record for one page, with the page's chosen ``senses``."""
        return PageTerms(self, self.choices(senses))


@dataclass(slots=True)
class PageTerms:
    """Splits the texts of one page into pieces, in reading order, remembering what is explained
    and which sense of each abbreviation the page means."""

    glossary: Glossary
    # The sense the page means, by key: chosen in ``glossary_senses`` or written at first use.
    meant: dict[str, Term] = field(default_factory=dict)
    explained: set[Term] = field(default_factory=set)  # senses spelt out or explained already
    # Abbreviations this page explains in its own words with another meaning than the
    # glossary's ("CBT (cognitive behaviour therapy)"): no glossary tooltip for them here.
    own_meaning: set[str] = field(default_factory=set)
    used: set[str] = field(default_factory=set)  # keys of every abbreviation met
    unclear: list[Unclear] = field(default_factory=list)  # first uses that do not say which

    def alongside(self, senses: Iterable[tuple[str, str]] = ()) -> PageTerms:
        """Another page printed beside this one (a comparison column): its own senses, the
        same record of what is already spelt out."""
        return PageTerms(self.glossary, self.glossary.choices(senses), self.explained)

    def pieces(self, text: str, *, expand: bool = True, beside: str = "") -> list[Piece]:
        """``text`` as pieces. ``expand=False`` (headings, names) marks terms but spells none;
        ``beside`` is text shown right next to it that explains it (a full name under a
        heading, a description after a name)."""
        pieces: list[Piece] = []
        done = 0
        for found in self.glossary.find(text):
            resolved = self.glossary._resolve(found.abbr)
            if resolved is None:
                continue
            if found.start > done:
                pieces.append(Piece(text[done : found.start]))
            pieces += self._pieces_for(text, found, resolved, expand=expand, beside=beside)
            done = found.end
        if done < len(text):
            pieces.append(Piece(text[done:]))
        return pieces

    def _pieces_for(
        self,
        text: str,
        found: Found,
        resolved: list[tuple[str, Senses]],
        *,
        expand: bool,
        beside: str,
    ) -> list[Piece]:
        written = text[found.start : found.end]
        if len(resolved) == 1 and resolved[0][0] == found.abbr:
            senses = resolved[0][1]
            key = key_of(found.abbr)
            self.used.add(key)
            if key in self.own_meaning:
                return [Piece(written)]
            here, fits = _explanation(text, found, senses, beside)
            if here:
                # A heading that explains itself ("Probationary Officer (PO)") counts too.
                meant = self.meant.get(key)
                sense = meant if meant in fits else fits[0] if len(fits) == 1 else None
                if sense is not None:
                    self.explained.add(sense)
                    self.meant.setdefault(key, sense)
                    return [Piece(written, sense)]
                if not fits:
                    self.own_meaning.add(key)
                    return [Piece(written)]
                # The words fit several senses and none is the page's: say nothing.
                if key not in self.meant:
                    self._meaning(found.abbr, senses)  # notes it as unclear
                return [Piece(written)]
            term = self._meaning(found.abbr, senses)
            if term is None:
                return [Piece(written)]
            if not (expand and self._new(term)):
                return [Piece(written, term)]
            return [Piece(written, term, _addition(text, found, term))]
        # Joined parts each known on their own: explain each part, keep the hyphens.
        pieces: list[Piece] = []
        position = 0
        for part, senses in resolved:
            self.used.add(key_of(part))
            at = written.index(part, position)
            if at > position:
                pieces.append(Piece(written[position:at]))
            said = [s for s in senses if len(senses) > 1 and _said(text, found, s, beside)]
            if len(said) == 1 and key_of(part) not in self.meant:
                self.meant[key_of(part)] = said[0]
                self.explained.add(said[0])
            term = self._meaning(part, senses)
            if term is None:
                pieces.append(Piece(part))
            else:
                spell = expand and self._new(term)
                pieces.append(Piece(part, term, f" ({term.full})" if spell else ""))
            position = at + len(part)
        if position < len(written):
            pieces.append(Piece(written[position:]))
        return pieces

    def _meaning(self, abbr: str, senses: Senses) -> Term | None:
        """The sense the page means by ``abbr``; None (and noted) when it has not said."""
        key = key_of(abbr)
        meant = self.meant.get(key)
        if meant is not None:
            return meant
        if len(senses) == 1:
            return senses[0]
        if all(u.key != key for u in self.unclear):
            self.unclear.append(Unclear(abbr, senses))
        return None

    def _new(self, term: Term) -> bool:
        if term in self.explained:
            return False
        self.explained.add(term)
        return term.expand

    def mark_explained(self, term: Term) -> None:
        """Treat ``term`` as explained already (the page spells it out some other way)."""
        self.explained.add(term)


def _said(text: str, found: Found, term: Term, beside: str) -> bool:
    """Whether the full form of ``term`` is written near ``found`` or in ``beside``."""
    if _full_form_nearby(text, found, term):
        return True
    full = " ".join(term.full.split()).lower()
    return not _explains_itself(term) and full in " ".join(beside.split()).lower()


def _explains_itself(term: Term) -> bool:
    """A name whose full form is the name itself ("SAP", "ABB") explains nothing."""
    return key_of(term.full).replace(" ", "").lower() == key_of(term.abbr).replace(" ", "").lower()


def _explanation(text: str, found: Found, senses: Senses, beside: str) -> tuple[bool, Senses]:
    """Whether the text explains the abbreviation right here, and the senses its words fit
    (none: its own meaning; several: the words do not say which)."""
    said = tuple(s for s in senses if _said(text, found, s, beside))
    if said:
        return True, said
    explaining = [s for s in senses if explained_in_place(text, found, s)]
    if not explaining:
        return False, ()
    return True, tuple(s for s in explaining if same_sense(text, found, s))


def _letters(text: str) -> str:
    return "".join(char for char in text if "A" <= char <= "Z")


def _says_full_form(text: str, found: Found, term: Term) -> bool:
    before = text[: found.start].rstrip()
    if not before.endswith("("):
        return True  # explained by what follows: "AYUSH (Ayurveda, Yoga …)"
    written, full = _words(before[:-1]), _words(term.full)
    if len(written) < len(full):
        return False
    # "Public-sector undertakings (PSUs)" says "public sector undertaking": plurals allowed.
    return all(w in (f, f + "s") for w, f in zip(written[-len(full) :], full, strict=True))


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower())


def same_sense(text: str, found: Found, term: Term) -> bool:
    """Whether the words that explain the abbreviation in place agree with the glossary."""
    if _full_form_nearby(text, found, term):
        return True
    after = text[found.end :].lstrip()
    if after.startswith("("):
        return after[1:].lower().startswith(_first_word(term))
    return _says_full_form(text, found, term)


def _first_word(term: Term) -> str:
    return term.full.split()[0].lower().strip(",")


def _full_form_nearby(text: str, found: Found, term: Term) -> bool:
    """ "the State Bank of India's SBI PO exam", "CAT, the Common Admission Test": the full
    form is written a few words before or after."""
    if _explains_itself(term):
        return False
    near = " ".join(text[max(0, found.start - NEAR) : found.end + NEAR].split()).lower()
    return " ".join(term.full.split()).lower() in near


def _explains(parenthesis: str, term: Term) -> bool:
    """ "(Nursing Officer …)", "(reviving a person …)" explain; "(2 years)", "(Karnataka)" not."""
    first = parenthesis[:1]
    return bool(first) and (
        first.islower()
        or first.upper() == term.abbr[:1].upper()
        or parenthesis.lower().startswith(_first_word(term))
    )


def explained_in_place(text: str, found: Found, term: Term) -> bool:
    """Whether ``text`` explains the abbreviation itself, right where it is used.

    It does when a parenthesis follows that starts in small letters, with the abbreviation's
    first letter or with its full form's first word ("NORCET (Nursing Officer …)", "CPR
    (reviving a person …)", but not "MBBS (5.5 years)" or "KCET (Karnataka)"); when its full
    form is written a few words before or after; or when it stands in parentheses after words
    whose initials spell it ("Creative Ability Test (CAT)").
    """
    after = text[found.end :].lstrip()
    if after.startswith("(") and _explains(after[1:].lstrip(), term):
        return True
    if _full_form_nearby(text, found, term):
        return True
    before = text[: found.start].rstrip()
    if not before.endswith("("):
        return False
    if _says_full_form(text, found, term):
        return True
    words = re.split(r"[\s/-]+", before[:-1])[-12:]
    initials = "".join(word[0] for word in words if word[:1].isupper())
    letters = _letters(found.abbr)
    return len(letters) >= 2 and letters in initials


def _addition(text: str, found: Found, term: Term) -> str:
    if text[: found.start].endswith("(") and text[found.end : found.end + 1] == ")":
        return f": {term.full}"
    return f" ({term.full})"


def expand_plain(text: str, page: PageTerms | None) -> str:
    """``text`` with each abbreviation's full form written out at its first use (plain text)."""
    if page is None:
        return text
    return "".join(piece.text + piece.addition for piece in page.pieces(text))


# -- the glossary's own file ------------------------------------------------------------------

TERM_FIELDS = ("abbr", "full", "explain", "expand", "explain_hi", "full_hi", "hi_from")


def terms_from_entries(entries: Iterable[Mapping[str, Any]]) -> list[Term]:
    """Terms from already validated ``[[term]]`` tables."""
    return [
        Term(
            abbr=str(entry["abbr"]).strip(),
            full=" ".join(str(entry["full"]).split()),
            explain=" ".join(str(entry["explain"]).split()),
            expand=bool(entry.get("expand", True)),
        )
        for entry in entries
    ]


def _toml_string(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"'


HINDI_KEYS = ("explain_hi", "full_hi", "hi_from")


def hindi_of_entries(entries: Iterable[Mapping[str, Any]]) -> dict[tuple[str, str], dict[str, str]]:
    """The Hindi keys of raw ``[[term]]`` tables, by (abbreviation, full form)."""
    return {
        (str(entry.get("abbr", "")).strip(), " ".join(str(entry.get("full", "")).split())): {
            key: str(entry[key]) for key in HINDI_KEYS if key in entry
        }
        for entry in entries
    }


def glossary_toml(
    terms: Iterable[Term],
    header: str = "",
    hindi: Mapping[tuple[str, str], Mapping[str, str]] | None = None,
) -> str:
    """The glossary file's text, terms sorted by abbreviation (the form ``merge`` writes), each
    term keeping its Hindi keys from ``hindi``."""
    blocks = [header.rstrip() + "\n"] if header.strip() else []
    for term in sorted(terms, key=lambda t: (key_of(t.abbr).upper(), t.abbr)):
        lines = [
            "[[term]]",
            f"abbr = {_toml_string(term.abbr)}",
            f"full = {_toml_string(term.full)}",
            f"explain = {_toml_string(term.explain)}",
        ]
        if not term.expand:
            lines.append("expand = false")
        for key, value in (hindi or {}).get((term.abbr, term.full), {}).items():
            lines.append(f"{key} = {_toml_string(value)}")
        blocks.append("\n".join(lines) + "\n")
    return "\n".join(blocks)


@dataclass(frozen=True, slots=True)
class Merge:
    """What merging new terms into the glossary did."""

    terms: tuple[Term, ...]  # the glossary after the merge
    added: tuple[Term, ...]  # new abbreviations
    senses: tuple[Term, ...]  # new meanings of abbreviations already there (with ``senses``)
    same: tuple[Term, ...]  # already there with the same full form
    conflicts: tuple[tuple[Term, Term], ...]  # (kept, refused): same abbreviation, other meaning


def _wording(full: str) -> list[str]:
    """The words of a full form that carry its meaning ("Physics, Chemistry and Biology" is
    "Physics, Chemistry, Biology")."""
    words = re.findall(r"[a-z0-9]+", full.lower())
    return [word for word in words if word not in {"and", "the", "of", "for", "in"}]


def same_key(one: Term, other: Term) -> bool:
    """Whether two terms are the same abbreviation (dots do not matter)."""
    return key_of(one.abbr) == key_of(other.abbr)


def same_meaning(one: Term, other: Term) -> bool:
    """Whether two terms are one sense: the same abbreviation and the same full form's words."""
    return same_key(one, other) and _wording(one.full) == _wording(other.full)


def merge_terms(
    existing: Iterable[Term], incoming: Iterable[Term], *, senses: bool = False
) -> Merge:
    """``existing`` plus the new ``incoming`` terms. An abbreviation already there with another
    full form is refused (most are the same meaning in other words), or with ``senses``
    added as another meaning of it."""
    by_key: dict[str, list[Term]] = {}
    for term in existing:
        by_key.setdefault(key_of(term.abbr), []).append(term)
    added: list[Term] = []
    new_senses: list[Term] = []
    same: list[Term] = []
    conflicts: list[tuple[Term, Term]] = []
    for term in incoming:
        kept = by_key.setdefault(key_of(term.abbr), [])
        if not kept:
            kept.append(term)
            added.append(term)
        elif any(same_meaning(other, term) for other in kept):
            same.append(term)
        elif senses:
            kept.append(term)
            new_senses.append(term)
        else:
            conflicts.append((kept[0], term))
    terms = tuple(term for key in by_key for term in by_key[key])
    return Merge(terms, tuple(added), tuple(new_senses), tuple(same), tuple(conflicts))
