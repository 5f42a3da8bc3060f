"""The search engine: what a student typed → ranked careers or exams, and what it did to get them.

One pass for careers: find the needs named in the words (``needs``), search the other words in
the FTS5 index in tiers (an exact title or alias; a title that starts with the words; titles and
aliases holding every word; careers that list an exam the words name; the words anywhere
else), then keep the careers every need stands for. Only when that pass finds nothing, or too
little while some word is unknown to the names vocabulary, the unknown words are corrected
(``spelling`` for letters wrong, missing, doubled or swapped; ``phonetic`` for Hindi spellings
in either script) and the pass runs again. When even that finds nothing, the nearest careers
and exams (any one word matching) are offered instead. Every step is a few indexed look-ups;
nothing here raises on any text.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from . import phonetic, spelling
from .forms import forms, stem
from .needs import Matched, Need, Vocabulary
from .needs import match as match_needs
from .schema import EXAM_FTS_WEIGHTS, FTS_COLUMNS, FTS_WEIGHTS
from .search import SHORT_WORD, any_of, prepare_tokens, tokens

Rows = Callable[[str, Any], list[Any]]
# Fewer results than this, with a word the vocabulary does not know, is "too little".
FEW = 3
NEAREST = 6
PARTIAL = 30
RANK_TEXT = 500
NEAR_WORDS = 4
LISTED_CAP = 10.0
PHONETIC_EDITS = 1.5
OTHER_SCRIPT = 0.25
PHONETIC_LENGTH_GAP = 3
# A name sounding like the typed words counts as exact from this many consonants on.
SOUND_EXACT = 3
# The shortest part an unknown word is split into ("webdeveloper" → web developer).
SPLIT_PART = 3
TITLE_COLUMNS = ("title", "title_hi")
# Tiers 0–3 are names (exact, title starts with, a word in the title, in an alias); 4 is text.
NAME_TIERS = 4
EXAM_NAME_COLUMNS = ("short_name", "names")
EXAM_ALL_NAME_COLUMNS = ("short_name", "names", "full_name")


@dataclass(frozen=True, slots=True)
class Results:
    """What a search found, and how: ``searched`` differs from ``typed`` when it corrected."""

    slugs: list[str]
    typed: str = ""
    searched: str = ""
    needs: tuple[Matched, ...] = ()
    exams: tuple[str, ...] = ()
    nearest: list[str] = field(default_factory=list)
    nearest_exams: list[str] = field(default_factory=list)
    # True when no result holds every word: these hold some of them (nearest first).
    partial: bool = False
    # How many results matched by a name (title or alias) rather than other text.
    named: int = 0

    @property
    def corrected(self) -> bool:
        return self.searched != self.typed

    def report(self) -> dict[str, Any]:
        """The query's side of ``shishya-data search --json``."""
        return {
            "typed": self.typed,
            "searched_for": self.searched,
            "correction": self.searched if self.corrected else None,
            "needs": [
                {
                    "words": m.words,
                    "label": m.need.label,
                    "filter": dict(m.need.filter) if m.need.is_filter else None,
                }
                for m in self.needs
            ],
            "exams": list(self.exams),
            "partial": self.partial,
            "nearest_exams": self.nearest_exams,
        }


EMPTY = Results([])


def _weights(columns: tuple[str, ...]) -> str:
    return ", ".join("1.0" if name in columns else "0.0" for name in FTS_COLUMNS)


def _end_of_prefix(text: str) -> str:
    return text[:-1] + chr(ord(text[-1]) + 1)


class SearchEngine:
    """Searches through ``rows`` (the catalogue's read-only query function)."""

    def __init__(self, rows: Rows):
        self._rows = rows
        self._slug_of_id: dict[int, str] | None = None
        self._exam_of_id: dict[int, tuple[str, int]] | None = None
        self._vocabulary: Vocabulary | None = None
        self._need_careers: dict[str, list[int]] = {}

    # -- loading small tables once ---------------------------------------------------------

    def _slugs(self) -> dict[int, str]:
        if self._slug_of_id is None:
            self._slug_of_id = dict(self._rows("SELECT id, slug FROM careers", ()))
        return self._slug_of_id

    def _exams(self) -> dict[int, tuple[str, int]]:
        if self._exam_of_id is None:
            self._exam_of_id = {
                number: (slug, listed)
                for number, slug, listed in self._rows(
                    "SELECT id, exam, listed FROM exam_search", ()
                )
            }
        return self._exam_of_id

    def _needs(self) -> Vocabulary:
        if self._vocabulary is None:
            needs = {
                key: Need(key, label, bool(is_filter), json.loads(chosen))
                for key, label, is_filter, chosen in self._rows(
                    "SELECT key, label, is_filter, filter FROM needs ORDER BY position", ()
                )
            }
            phrases = dict(self._rows("SELECT phrase, need FROM need_words", ()))
            self._vocabulary = Vocabulary.of(needs, phrases)
        return self._vocabulary

    def _careers_of_need(self, key: str) -> list[int]:
        if key not in self._need_careers:
            self._need_careers[key] = [
                number
                for (number,) in self._rows(
                    "SELECT career_id FROM need_careers WHERE need = ? ORDER BY position", (key,)
                )
            ]
        return self._need_careers[key]

    # -- careers ---------------------------------------------------------------------------

    def careers(
        self, text: str, limit: int | None = None, *, use_needs: bool = True, correct: bool = True
    ) -> Results:
        typed = tokens(text)
        if not typed:
            return EMPTY
        found = self._career_pass(typed, use_needs)
        if use_needs and found.needs and not found.slugs:
            # The words named a need but, read that way, nothing is left: read them as words.
            found = self._career_pass(typed, use_needs=False)
        found = self._with_joined(typed, found, use_needs)
        fixed = typed
        # Too little, or only other text matching a word the names do not know ("polis" is in
        # "polish"): try the corrected words, and keep them if they find more or find names.
        if correct and (
            len(found.slugs) < FEW
            or (not found.named and not all(self.known(word) for word in typed))
        ):
            fixed = self._correct(typed)
            if fixed != typed:
                again = self._career_pass(fixed, use_needs)
                if len(again.slugs) > len(found.slugs) or (again.named and not found.named):
                    found = again
        partial = False
        nearest: list[str] = []
        if not found.slugs:
            found = self._with_nearest(found, fixed)
            # No career holds every word: those holding most of them are the results, marked.
            partial = bool(found.nearest)
            nearest_exams = found.nearest_exams
            if not partial:
                # Nothing holds any word: suggest what words a few more edits away find.
                near = self._near_words(fixed)
                if near:
                    nearest = self._with_nearest(found, near).nearest[:NEAREST]
                    nearest_exams = self._nearest_exams(near)
            found = Results(
                found.nearest,
                searched=found.searched,
                needs=found.needs,
                exams=found.exams,
                nearest_exams=nearest_exams,
            )
        return Results(
            found.slugs if limit is None else found.slugs[: max(0, limit)],
            " ".join(typed),
            found.searched,
            found.needs,
            found.exams,
            nearest=nearest,
            nearest_exams=found.nearest_exams,
            partial=partial,
        )

    def _name_word(self, word: str) -> bool:
        """Whether ``word`` (or a form of it) is a whole word of the names vocabulary."""
        candidates = sorted({word, *forms(word)})
        marks = ", ".join("?" for _ in candidates)
        return bool(
            self._rows(f"SELECT 1 FROM spell_words WHERE word IN ({marks}) LIMIT 1", candidates)
        )

    def _with_joined(self, words: list[str], found: Results, use_needs: bool) -> Results:
        """``found``, led by what the words find written as one ("camera man" → cameraman).

        Two neighbouring words are joined when the joined word is a whole word of the names
        (an alias "cameraman", a title word "beekeeper"); its careers come first, then the
        rest as found. At most one join per query: one more pass.
        """
        for position in range(len(words) - 1):
            joined = words[position] + words[position + 1]
            if len(words[position]) <= SHORT_WORD or not self._name_word(joined):
                continue
            again = self._career_pass(
                [*words[:position], joined, *words[position + 2 :]], use_needs
            )
            if not again.named:
                return found
            slugs = list(dict.fromkeys([*again.slugs[: again.named], *found.slugs]))
            return Results(
                slugs,
                searched=found.searched,
                needs=found.needs,
                exams=found.exams,
                named=max(found.named, again.named),
            )
        return found

    def split(self, word: str) -> list[str] | None:
        """``word`` cut into two whole words of the names ("datascientist"), or None."""
        if len(word) < 2 * SPLIT_PART + 1 or not word.isalpha():
            return None
        for cut in range(SPLIT_PART, len(word) - SPLIT_PART + 1):
            left, right = word[:cut], word[cut:]
            if self._name_word(left) and self._name_word(right):
                return [left, right]
        return None

    def _career_pass(self, words: list[str], use_needs: bool) -> Results:
        # A career's or an exam's own name beats any need its words might also name ("AC
        # wala", "bank po exam").
        if use_needs and not (
            self._rows("SELECT 1 FROM search_names WHERE name = ? LIMIT 1", (" ".join(words),))
            or self._is_exam_name(words)
        ):
            matched, rest = match_needs(words, self._needs())
            if matched and rest and self._one_name_holds(words):
                # "art teacher": one career's name holds every word (Art Teacher), so the
                # words are that name rather than a need ("arts") and a word.
                matched, rest = [], words
        else:
            matched, rest = [], words
        exams = self._named_exams(rest, EXAM_NAME_COLUMNS) if rest else []
        ordered: list[int] | None = None
        named = 0
        if rest:
            ordered, named = self._ranked_careers(rest, exams, self._is_exam_name(rest))
        for need in matched:
            members = self._careers_of_need(need.need.key)
            if ordered is None:
                # An interest ("music") puts the careers named after it first (Musician); a
                # filter ("commerce", "government job") keeps its own order, so a name that only
                # shares the word ("E-commerce Seller") does not jump ahead.
                ordered = (
                    list(members)
                    if need.need.is_filter
                    else self._named_first(need.words.split(), members)
                )
                named = len(ordered)
            else:
                allowed = set(members)
                ordered = [number for number in ordered if number in allowed]
        slug_of = self._slugs()
        slugs = [slug_of[number] for number in ordered or () if number in slug_of]
        return Results(
            slugs,
            searched=" ".join(words),
            needs=tuple(matched),
            exams=self._exam_links(rest),
            named=named,
        )

    def _is_exam_name(self, words: list[str]) -> bool:
        """Whether the words are an exam's whole name or alias ("ca inter", "jee mains")."""
        names = sorted({" ".join(words), " ".join(stem(word) for word in words)})
        marks = ", ".join("?" for _ in names)
        return bool(self._rows(f"SELECT 1 FROM exam_names WHERE name IN ({marks}) LIMIT 1", names))

    def _one_name_holds(self, words: list[str]) -> bool:
        """Whether some career's title (or Hindi title) holds every one of the words."""
        query = prepare_tokens(words, TITLE_COLUMNS)
        return bool(
            self._rows(
                "SELECT 1 FROM careers_fts WHERE careers_fts MATCH ? LIMIT 1", (query.name_match,)
            )
        )

    def _exam_links(self, words: list[str]) -> tuple[str, ...]:
        """Exams whose name starts with the words ("neet" → NEET-UG), most listed first.

        A last word of one or two letters must end the name ("po" is not yet "polytechnic").
        """
        if not words:
            return ()
        names = {" ".join(words), " ".join(stem(word) for word in words)}
        whole = len(words[-1]) <= SHORT_WORD
        found: list[str] = []
        for name in sorted(names):
            found += [
                exam
                for (exam,) in self._rows(
                    "SELECT n.exam FROM exam_names AS n JOIN exam_search AS s ON s.exam = n.exam "
                    "WHERE n.name >= ? AND n.name < ? AND n.is_short "
                    "ORDER BY n.name = ? DESC, s.listed DESC",
                    (name, name + "\x00" if whole else _end_of_prefix(name), name),
                )
            ]
        return tuple(dict.fromkeys(found))[:3]

    def _named_first(self, words: list[str], members: list[int]) -> list[int]:
        """A need's careers, those whose titles hold its words first ("music" → Musician), each
        group in the need's own order. Aliases are left out: an alias that only mentions the
        word ("civil defence volunteer" on Home Guard) does not make a career the answer."""
        query = prepare_tokens(words, TITLE_COLUMNS)
        named = {
            number
            for (number,) in self._rows(
                "SELECT rowid FROM careers_fts WHERE careers_fts MATCH ?", (query.name_match,)
            )
        }
        first = [number for number in members if number in named]
        return list(dict.fromkeys([*first, *members]))

    def _ranked_careers(
        self, words: list[str], exams: list[int], exam_name: bool = False
    ) -> tuple[list[int], int]:
        """Careers holding every word, in tiers, and how many hold them in a name.

        When the words are an exam's whole name (``exam_name``), the careers listing it come
        right after the exact and starting titles: "ca inter" means the exam, not the
        careers whose names merely hold "ca…" and "inter…".
        """
        query = prepare_tokens(words)
        weights = ", ".join(str(w) for w in FTS_WEIGHTS)
        # bm25 with weight only on the titles (or names) is below zero exactly when a word is
        # found there: one match gives the tiers. Inside the title tiers only the title counts:
        # "Civil Engineer" before an alias-rich "Marine Engineer (Merchant Navy)".
        title_weights = _weights(TITLE_COLUMNS)
        # Only rowids and bm25 are read: fetching a text column from FTS5 costs more than
        # the whole match on a large catalogue.
        # Exact: the whole name, or (for a name of a few consonants or more) one that sounds
        # the same, so a word in one script meets a whole alias in the other: "शिक्षक" is the
        # career whose alias is "shikshak" (the general teacher), before the careers whose
        # longer names merely hold the word. Only careers the words find are affected.
        sound = phonetic.name_key(query.name)
        # A name in the other script that sounds the same counts even where the words are not
        # written ("टीचर" is the alias "teacher").
        exact: set[int] = set()
        other_script: set[int] = set()
        for number, name in self._rows(
            "SELECT c.id, n.name FROM search_names AS n JOIN careers AS c ON c.slug = n.career "
            "WHERE n.name = ? OR n.sound = ?",
            (query.name, sound if len(sound.replace(" ", "")) >= SOUND_EXACT else "\x00"),
        ):
            exact.add(number)
            if name.isascii() != query.name.isascii():
                other_script.add(number)
        starts = {
            number
            for (number,) in self._rows(
                "SELECT c.id FROM search_names AS n JOIN careers AS c ON c.slug = n.career "
                "WHERE n.name >= ? AND n.name < ? AND n.is_title",
                (query.name, _end_of_prefix(query.name)),
            )
        }
        scored = self._rows(
            f"SELECT rowid, bm25(careers_fts, {title_weights}), bm25(careers_fts, {weights}) "
            "FROM careers_fts WHERE careers_fts MATCH ?",
            (query.name_match,),
        )
        matched = {row[0] for row in scored}
        scored += [(number, 0.0, 0.0) for number in sorted(other_script - matched)]

        def tier(number: int, title: float) -> int:
            if number in exact:
                return 0
            if number in starts:
                return 1
            return 2 if title < 0 else 3

        # Sorted here rather than in SQL: each bm25 is then computed once per row.
        ranked = sorted(
            (tier(number, title), title if title < 0 else 0.0, score, number)
            for number, title, score in scored
        )
        names = [(number, level) for level, _title, _score, number in ranked]
        named = {number for number, _tier in names}
        text = [
            (number, NAME_TIERS)
            for (number,) in self._rows(
                "SELECT rowid FROM careers_fts WHERE careers_fts MATCH ?", (query.match,)
            )
            if number not in named
        ]
        if 1 < len(text) <= RANK_TEXT:
            # Careers with the words only in their text, ranked when there are not thousands
            # (ranking costs more than the match; on a large catalogue they stay in A–Z order).
            order = {
                number: position
                for position, (number,) in enumerate(
                    self._rows(
                        f"SELECT rowid FROM careers_fts WHERE careers_fts MATCH ? "
                        f"ORDER BY bm25(careers_fts, {weights}), rowid",
                        (query.match,),
                    )
                )
            }
            text.sort(key=lambda row: order.get(row[0], 0))
        rows = [*names, *text]
        # Careers that list a named exam (those it is the main door to first) follow the names,
        # or only the exact and starting titles when the words are the exam's whole name.
        before = 2 if exam_name else NAME_TIERS
        ordered = [number for number, tier in rows if tier < before]
        if exams:
            ordered += self._careers_listing(exams)
        ordered += [number for number, tier in rows if before <= tier < NAME_TIERS]
        ordered += [number for number, tier in rows if tier == NAME_TIERS]
        seen: set[int] = set()
        unique = [n for n in ordered if not (n in seen or seen.add(n))]  # type: ignore[func-returns-value]
        return unique, len(names)

    def _careers_listing(self, exams: list[int]) -> list[int]:
        exam_of = self._exams()
        order = {exam_of[number][0]: rank for rank, number in enumerate(exams)}
        marks = ", ".join("?" for _ in order)
        # The careers the exam is the main door to first (see ``centrality``), then the
        # stronger demand.
        rows = self._rows(
            f"SELECT c.id, x.exam, x.centrality, c.demand_rank FROM career_exams AS x "
            f"JOIN careers AS c ON c.slug = x.career WHERE x.exam IN ({marks})",
            list(order),
        )
        rows.sort(key=lambda row: (order[row[1]], row[2], row[3], row[0]))
        return [row[0] for row in rows]

    def _named_exams(self, words: list[str], columns: tuple[str, ...]) -> list[int]:
        """Exams whose names hold every word: exact names first, then the most listed.

        A word of one or two letters names an exam only as the whole name ("ca" is not yet
        "CA Foundation"): exam names are short and typed whole.
        """
        query = prepare_tokens(words, columns, EXAM_ALL_NAME_COLUMNS)
        if any(len(word) <= SHORT_WORD for word in words):
            # With a longer last word the name may be unfinished: "ca inter" → CA Intermediate.
            end = (
                query.name + "\x00" if len(words[-1]) <= SHORT_WORD else _end_of_prefix(query.name)
            )
            return [
                number
                for (number,) in self._rows(
                    "SELECT s.id FROM exam_names AS n JOIN exam_search AS s ON s.exam = n.exam "
                    "WHERE n.name >= ? AND n.name < ? GROUP BY s.id "
                    "ORDER BY max(n.name = ?) DESC, s.listed DESC, s.id",
                    (query.name, end, query.name),
                )
            ]
        rows = self._rows(
            """
            SELECT s.id, EXISTS (
                SELECT 1 FROM exam_names AS n WHERE n.name = :name AND n.exam = s.exam
            ) AS exact
            FROM exams_fts JOIN exam_search AS s ON s.id = exams_fts.rowid
            WHERE exams_fts MATCH :name_match
            ORDER BY exact DESC, s.listed DESC, s.id
            """,
            {"name": query.name, "name_match": query.name_match},
        )
        return [number for number, _exact in rows]

    # -- exams -----------------------------------------------------------------------------

    def exams(self, text: str, limit: int | None = None, *, correct: bool = True) -> Results:
        typed = tokens(text)
        if not typed:
            return EMPTY
        searched = typed
        found = self._exam_pass(typed)
        if correct and len(found) < FEW:
            fixed = self._correct(typed)
            if fixed != typed:
                again = self._exam_pass(fixed)
                if len(again) > len(found):
                    found, searched = again, fixed
        exam_of = self._exams()
        slugs = [exam_of[number][0] for number in found]
        nearest: list[str] = []
        if not slugs:
            nearest = self._nearest_exams(searched) or self._nearest_exams(
                self._near_words(searched)
            )
        if limit is not None:
            slugs = slugs[: max(0, limit)]
        return Results(slugs, " ".join(typed), " ".join(searched), nearest_exams=nearest)

    def _exam_pass(self, words: list[str]) -> list[int]:
        named = self._named_exams(words, EXAM_NAME_COLUMNS)
        query = prepare_tokens(words, EXAM_ALL_NAME_COLUMNS, EXAM_ALL_NAME_COLUMNS)
        weights = ", ".join(str(w) for w in EXAM_FTS_WEIGHTS)
        # An exam many careers list counts for more (up to half again as much).
        boost = f"(1 + min(s.listed, {LISTED_CAP}) / (2 * {LISTED_CAP}))"
        rest = self._rows(
            f"SELECT exams_fts.rowid FROM exams_fts JOIN exam_search AS s "
            f"ON s.id = exams_fts.rowid WHERE exams_fts MATCH ? "
            f"ORDER BY bm25(exams_fts, {weights}) * {boost}, s.id",
            (query.match,),
        )
        ordered = named + [number for (number,) in rest]
        seen: set[int] = set()
        return [n for n in ordered if not (n in seen or seen.add(n))]  # type: ignore[func-returns-value]

    # -- correcting and suggesting ---------------------------------------------------------

    def known(self, word: str) -> bool:
        """Whether ``word`` (or a form of it) is spelled as the content spells it.

        It is when it starts a word of the names (the student may still be typing) or is a
        whole word of the index; such a word is never "corrected". A word that only starts
        some word of the text ("polis" in "polish") may be a misspelling.
        """
        if word.isdigit() or len(word) < spelling.SHORTEST_CORRECTED:
            return True
        for form in (word, *forms(word)):
            if self._rows(
                "SELECT 1 FROM spell_words WHERE word >= ? AND word < ? LIMIT 1",
                (form, _end_of_prefix(form)),
            ) or self._rows("SELECT 1 FROM careers_vocab WHERE term = ?", (form,)):
                return True
        return False

    def _correct(self, words: list[str]) -> list[str]:
        """The words with each unknown one replaced by its best candidate (if it has one)."""
        fixed = []
        dropped = []
        for word in words:
            if self.known(word):
                fixed.append(word)
            elif parts := self.split(word):
                fixed += parts
            elif best := self.best_candidate(word):
                fixed.append(best)
            else:
                dropped.append(word)
        # A word that is no name nor near one ("vakeel sahab") is left out if others remain.
        return fixed if fixed else dropped

    def best_candidate(self, word: str, extra: int = 0) -> str | None:
        """The vocabulary word ``word`` most likely meant, or None.

        ``extra`` allows more edits than a correction may make, for "nearest" suggestions.
        """
        scores: dict[str, tuple[float, int]] = {}
        if spelling.correctable(word):
            allowed = spelling.max_edits(word) + extra
            variants = sorted(
                {spelling.variant_key(v) for v in spelling.deletions(word, min(2, allowed))}
            )
            marks = ", ".join("?" for _ in variants)
            ids = {
                int(number)
                for (listed,) in self._rows(
                    f"SELECT words FROM spell_deletes WHERE variant IN ({marks})", variants
                )
                for number in listed.split()
            }
            if ids:
                marks = ", ".join("?" for _ in ids)
                for candidate, weight in self._rows(
                    f"SELECT word, weight FROM spell_words WHERE id IN ({marks})", sorted(ids)
                ):
                    edits = spelling.distance(word, candidate)
                    if 0 < edits <= allowed:
                        scores[candidate] = (float(edits), -weight)
        sound = phonetic.key(word)
        # Two consonants say too little in Latin letters ("sahab" is not "sub"); Devanagari
        # words have no other way to be corrected, so two are enough there.
        if len(sound) >= (2 if not word.isascii() else 3):
            for candidate, weight in self._rows(
                "SELECT word, weight FROM spell_words WHERE key = ? ORDER BY weight DESC LIMIT 20",
                (sound,),
            ):
                same_script = candidate.isascii() == word.isascii()
                if candidate == word or (
                    # Same sound, very different length: not the same word (beautition / botany).
                    same_script and abs(len(candidate) - len(word)) > PHONETIC_LENGTH_GAP
                ):
                    continue
                # Sounding alike counts as one and a half edits; alike and also a few edits
                # away in the same script (दर्जी / दर्ज़ी), half an edit less than those edits.
                edits = spelling.distance(word, candidate)
                allowed = max(1, spelling.max_edits(word))
                score = edits - 0.5 if edits <= allowed else PHONETIC_EDITS
                if not same_script:
                    score += OTHER_SCRIPT  # "mekanik" means mechanic, not मैकेनिक
                scores[candidate] = (min(score, scores.get(candidate, (score, 0))[0]), -weight)
        if not scores:
            return None
        return min(scores, key=lambda candidate: (*scores[candidate], candidate))

    def _near_words(self, words: list[str]) -> list[str]:
        near = [self.best_candidate(word, extra=1) for word in words[:NEAR_WORDS]]
        return [word for word in near if word]

    def _with_nearest(self, found: Results, words: list[str]) -> Results:
        nearest: list[int] = []
        for matched in found.needs:
            nearest += self._careers_of_need(matched.need.key)[:NEAREST]
        if words:
            weights = ", ".join(str(w) for w in FTS_WEIGHTS)
            nearest += [
                number
                for (number,) in self._rows(
                    f"SELECT rowid FROM careers_fts WHERE careers_fts MATCH ? "
                    f"ORDER BY bm25(careers_fts, {weights}), rowid LIMIT {PARTIAL}",
                    (any_of(words),),
                )
            ]
        slug_of = self._slugs()
        unique = list(dict.fromkeys(slug_of[n] for n in nearest if n in slug_of))[:PARTIAL]
        return Results(
            [],
            found.typed,
            found.searched,
            found.needs,
            found.exams,
            unique,
            self._nearest_exams(words) if words else [],
        )

    def _nearest_exams(self, words: Sequence[str]) -> list[str]:
        if not words:
            return []
        exam_of = self._exams()
        weights = ", ".join(str(w) for w in EXAM_FTS_WEIGHTS)
        return [
            exam_of[number][0]
            for (number,) in self._rows(
                f"SELECT rowid FROM exams_fts WHERE exams_fts MATCH ? "
                f"ORDER BY bm25(exams_fts, {weights}), rowid LIMIT 3",
                (any_of(list(words), EXAM_ALL_NAME_COLUMNS),),
            )
            if number in exam_of
        ]
