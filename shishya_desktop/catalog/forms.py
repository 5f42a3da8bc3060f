"""Word forms: a light stemmer so ``animals`` meets ``animal`` and ``designing`` meets ``design``.

Only plural and ``-ing`` / ``-ed`` endings of Latin words are taken off, and only at query time:
the index keeps the words as written, and each typed word is searched as itself (a prefix, as
always) or as one of its shorter forms. Words a stemmer usually spoils (``physics``, ``news``,
``class``) keep their ending.
"""

from __future__ import annotations

# Endings kept as they are: -ss (class), -us (bus), -is (analysis), -ics (physics), -ews (news).
KEEP_ENDINGS = ("ss", "us", "is", "ics", "ews", "ous")
# (ending, replacement, shortest stem left): checked in this order, first match wins.
RULES: tuple[tuple[str, str, int], ...] = (
    ("ies", "y", 3),
    ("sses", "ss", 2),
    ("ches", "ch", 2),
    ("shes", "sh", 2),
    ("xes", "x", 2),
    ("ings", "", 3),
    ("ing", "", 3),
    ("ied", "y", 3),
    ("ed", "", 3),
    ("s", "", 3),
)


def forms(word: str) -> tuple[str, ...]:
    """Shorter forms of ``word`` to search besides the word itself (often none)."""
    if len(word) < 4 or not word.isascii() or not word.isalpha() or word.endswith(KEEP_ENDINGS):
        return ()
    for ending, replacement, shortest in RULES:
        if word.endswith(ending) and len(word) - len(ending) >= shortest:
            stem = word[: len(word) - len(ending)] + replacement
            if ending in ("ing", "ings", "ed") and stem[-1] not in "aeiouy":
                # coding → cod / code, baked → bak / bake: the e was dropped before the ending.
                return (stem, stem + "e")
            return (stem,)
    return ()


def stem(word: str) -> str:
    """One canonical form of ``word``, to compare words whatever their ending."""
    found = forms(word)
    return found[0] if found else word
