"""A phonetic key for Latin and Devanagari words alike, so every spelling of a Hindi word meets.

Students write Hindi words in Latin letters in many ways (``vakil``, ``vakeel``, ``wakil``;
``daktar``, ``doktor``) or in Devanagari (``वकील``, ``डॉक्टर``). The key keeps only the
consonants, each mapped to a sound class shared by both scripts, drops vowels, ``h`` and ``y``,
and merges repeated classes: ``vakil``, ``vakeel``, ``wakil`` and ``वकील`` are all ``vkl``;
``doctor``, ``daktar`` and ``डॉक्टर`` are ``dktr``. The same function runs at build time (over
the names in the content) and at query time (over what is typed).
"""

from __future__ import annotations

import unicodedata

# Latin letter pairs first, then single letters; g and j share a class (engineer / injiniyar),
# as do z and j (fauzi / fauji), k, q and a hard c (doctor / daktar), s, sh and a soft c.
LATIN_PAIRS = {
    "ph": "f",
    "kh": "k",
    "gh": "j",
    "ch": "c",
    "sh": "s",
    "th": "t",
    "dh": "d",
    "bh": "b",
    "jh": "j",
    "ck": "k",
    "wh": "v",
}
LATIN = {
    "b": "b",
    "d": "d",
    "f": "f",
    "g": "j",
    "j": "j",
    "z": "j",
    "k": "k",
    "q": "k",
    "l": "l",
    "m": "m",
    "n": "n",
    "p": "p",
    "r": "r",
    "s": "s",
    "t": "t",
    "v": "v",
    "w": "v",
    "x": "ks",
}
SOFTENING_VOWELS = "eiy"

DEVANAGARI = {
    "क": "k", "ख": "k", "ग": "j", "घ": "j", "ङ": "n",
    "च": "c", "छ": "c", "ज": "j", "झ": "j", "ञ": "n",
    "ट": "t", "ठ": "t", "ड": "d", "ढ": "d", "ण": "n",
    "त": "t", "थ": "t", "द": "d", "ध": "d", "न": "n",
    "प": "p", "फ": "f", "ब": "b", "भ": "b", "म": "m",
    "र": "r", "ल": "l", "ळ": "l", "व": "v",
    "श": "s", "ष": "s", "स": "s",
    "ं": "n", "ऋ": "r", "ृ": "r",
    "क़": "k", "ख़": "k", "ग़": "j", "ज़": "j", "ड़": "d", "ढ़": "d", "फ़": "f",
}  # fmt: skip
SHORTEST_KEY = 2


def _latin_classes(word: str) -> list[str]:
    classes: list[str] = []
    position = 0
    while position < len(word):
        pair = word[position : position + 2]
        if pair in LATIN_PAIRS:
            classes.append(LATIN_PAIRS[pair])
            position += 2
            continue
        char = word[position]
        following = word[position + 1 : position + 2]
        if char == "c":
            classes.append("s" if following and following in SOFTENING_VOWELS else "k")
        elif char in LATIN:
            classes.append(LATIN[char])
        elif char.isdigit():
            classes.append(char)
        position += 1
    return classes


def key(word: str) -> str:
    """The consonant skeleton of one word (any case, Latin or Devanagari); "" if it has none."""
    text = unicodedata.normalize("NFD", word.lower())
    if any("\u0900" <= char <= "\u097f" for char in text):
        text = unicodedata.normalize("NFC", text)
        classes = [DEVANAGARI.get(char, "") for char in text]
    else:
        text = "".join(char for char in text if not unicodedata.combining(char))
        classes = _latin_classes(text)
    merged: list[str] = []
    for sound in "".join(classes):
        if not merged or merged[-1] != sound:
            merged.append(sound)
    found = "".join(merged)
    return found if len(found) >= SHORTEST_KEY else ""


def name_key(name: str) -> str:
    """The key of a whole name, word by word ("shikshak" and "शिक्षक" are both ``sksk``)."""
    return " ".join(key(word) for word in name.split())
