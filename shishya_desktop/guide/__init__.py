"""Qt-free logic over the catalogue: comparison and (soon) shortlist, quiz scoring, plans.

Text this layer writes (row labels, "about 3 years", "why it fits") is English and marked
for Qt's translation tools with ``QT_TRANSLATE_NOOP`` below (the same name lupdate reads, but
no Qt); the functions that write it take ``translate``, which the window passes in (its
``QCoreApplication.translate`` with the context the strings are marked in).
"""

from __future__ import annotations

from collections.abc import Callable

Translate = Callable[[str], str]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for the translation file under ``context``; returns it unchanged."""
    return text


def same(text: str) -> str:
    """No translation: the English as written."""
    return text
