"""Spelling correction by the symmetric-delete method, over the words of the names in the content.

At build time every word of the career titles, aliases, category names, exam names and need
words is stored with its one-deletion (and, for long words, two-deletion) variants. A typed
word that the vocabulary does not know is turned into its own deletion variants; the words that
share a variant with it are the only candidates, and a true edit distance (letters wrong,
missing, doubled or swapped) picks among them. A keystroke therefore costs one indexed look-up,
and no spelling library is needed at run time.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable
from itertools import combinations

SHORTEST_CORRECTED = 4


def max_edits(word: str) -> int:
    """How many edits a word of this length may carry and still be corrected."""
    if len(word) < SHORTEST_CORRECTED:
        return 0
    return 1 if len(word) < 8 else 2


def deletions(word: str, edits: int | None = None) -> set[str]:
    """``word`` and every string made by deleting up to ``edits`` of its letters."""
    edits = max_edits(word) if edits is None else edits
    found = {word}
    for count in range(1, edits + 1):
        if len(word) - count < 2:
            break
        for positions in combinations(range(len(word)), count):
            found.add("".join(c for i, c in enumerate(word) if i not in positions))
    return found


def distance(a: str, b: str) -> int:
    """Edit distance where a swap of neighbouring letters counts as one edit (OSA)."""
    if a == b:
        return 0
    previous_row: list[int] | None = None
    row = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            current[j] = min(current[j - 1] + 1, row[j] + 1, row[j - 1] + cost)
            if (
                previous_row is not None
                and i > 1
                and j > 1
                and a[i - 1] == b[j - 2]
                and a[i - 2] == b[j - 1]
            ):
                current[j] = min(current[j], previous_row[j - 2] + 1)
        previous_row, row = row, current
    return row[len(b)]


def correctable(word: str) -> bool:
    """Only Latin letters are corrected by edits; Devanagari meets through the phonetic key."""
    return word.isascii() and word.isalpha() and len(word) >= SHORTEST_CORRECTED


def variant_key(variant: str) -> int:
    """A deletion variant as stored: a 32-bit checksum, half the size of the text.

    Two variants may share a key; that only adds a candidate, which the edit distance rejects.
    """
    return zlib.crc32(variant.encode("utf-8"))


def delete_rows(words: Iterable[tuple[int, str]]) -> list[tuple[int, str]]:
    """(variant key, space-separated word ids) for the build, sorted so the file is reproducible."""
    ids_of: dict[int, set[int]] = {}
    for number, word in words:
        if correctable(word):
            for variant in deletions(word):
                ids_of.setdefault(variant_key(variant), set()).add(number)
        elif word.isascii() and word.isalpha() and len(word) == SHORTEST_CORRECTED - 1:
            # Short words are never corrected, but a longer typo may mean one ("jeee" → jee).
            ids_of.setdefault(variant_key(word), set()).add(number)
    return [(key, " ".join(str(n) for n in sorted(ids))) for key, ids in sorted(ids_of.items())]
