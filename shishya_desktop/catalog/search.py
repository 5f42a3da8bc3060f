"""Turning anything a student types into a safe, ranked FTS5 query.

User text is never passed to ``MATCH`` as written: ``C++``, ``B.Sc.``, ``don't``, ``AND``,
``NEAR(`` or a stray quote would be FTS5 syntax. The text is cut into tokens the same way the
index's tokenizer cuts it (letters, numbers, marks and private-use characters), each token is
quoted, and every token longer than one letter matches as a prefix so results appear while
the student is typing.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from .forms import forms

MAX_QUERY_CHARS = 200
NAME_COLUMNS = ("title", "title_hi", "aliases")
MAX_TOKENS = 12
# A shorter form this long is matched as a prefix too (designing → design* finds designer).
PREFIX_FORM = 5
SHORT_WORD = 2


def _is_token_char(char: str) -> bool:
    category = unicodedata.category(char)
    return category[0] in "LNM" or category == "Co"


def words(text: str) -> list[str]:
    """The words of ``text`` as the index sees them, lower-cased."""
    found: list[str] = []
    current: list[str] = []
    for char in text.lower():
        if _is_token_char(char):
            current.append(char)
        elif current:
            found.append("".join(current))
            current = []
    if current:
        found.append("".join(current))
    return found


def tokens(text: str) -> list[str]:
    """The words of a search text, cut to a length that keeps any query fast."""
    return words(text[:MAX_QUERY_CHARS])[:MAX_TOKENS]


def normalise_name(text: str) -> str:
    """A title or alias as compared for exact matches and duplicates: its words, lower case."""
    return " ".join(words(text))


@dataclass(frozen=True, slots=True)
class SearchQuery:
    """A prepared search: the FTS5 expression, and the normalised name for exact matches."""

    match: str
    name_match: str
    name: str

    @property
    def is_empty(self) -> bool:
        return not self.match


def prepare(text: str) -> SearchQuery:
    """Prepare ``text`` for searching. Never raises; empty input gives an empty query.

    ``match`` finds the words anywhere; ``name_match`` only in titles and aliases, which
    rank above other text; ``name`` is compared whole with titles and aliases.
    """
    return prepare_tokens(tokens(text))


def _term(word: str, short_columns: tuple[str, ...] = NAME_COLUMNS) -> str:
    # A single letter as a prefix matches nearly everything; it must match a whole word ("C++").
    term = f'"{word}"*' if len(word) > 1 else f'"{word}"'
    if len(word) <= SHORT_WORD:
        # One or two letters ("en", "ca") are looked for in names only: in all the text they
        # match thousands of careers at once, which is slow on a large catalogue and no help.
        return f"({{{' '.join(short_columns)}}} : {term})"
    other = [f'"{form}"*' if len(form) >= PREFIX_FORM else f'"{form}"' for form in forms(word)]
    return f"({' OR '.join([term, *other])})" if other else term


def prepare_tokens(
    found: list[str],
    columns: tuple[str, ...] = NAME_COLUMNS,
    short_columns: tuple[str, ...] = NAME_COLUMNS,
) -> SearchQuery:
    """Prepare already cut words; ``animals`` also matches ``animal`` (see ``forms``).

    ``name_match`` looks in ``columns``; words of one or two letters only in ``short_columns``.
    """
    if not found:
        return SearchQuery("", "", "")
    # Explicit AND: FTS5 accepts no implicit AND next to a parenthesised group.
    match = " AND ".join(_term(word, short_columns) for word in found)
    return SearchQuery(
        match=match, name_match=f"{{{' '.join(columns)}}} : ({match})", name=" ".join(found)
    )


def any_of(found: list[str], short_columns: tuple[str, ...] = NAME_COLUMNS) -> str:
    """An FTS5 expression matching any one of the words (for "nearest" suggestions)."""
    return " OR ".join(_term(word, short_columns) for word in found)
