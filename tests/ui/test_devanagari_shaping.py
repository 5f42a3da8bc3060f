"""Hindi pages never split a Devanagari letter from its vowel sign or conjunct.

Qt shapes each run of text with one format on its own: when a format changes between a
consonant and its matra (an anchor, a link, a glossary mark), the matra is drawn alone on a
dotted circle, on screen and in the PDF. Every Hindi career and exam page is checked for a run
that starts with a combining mark.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

from PySide6.QtGui import QTextDocument

from shishya_desktop.catalog import Catalog
from shishya_desktop.ui.common import i18n
from shishya_desktop.ui.common.render import render_career, render_exam

COMBINING = {"Mn", "Mc"}


def split_clusters(html: str) -> list[str]:
    """The text runs of a rendered page that begin inside a letter (with what precedes)."""
    document = QTextDocument()
    document.setHtml(html)
    found = []
    block = document.begin()
    previous = ""
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            text = fragments.fragment().text()
            if text and unicodedata.category(text[0]) in COMBINING:
                found.append(previous[-6:] + "|" + text[:6])
            previous = text
            fragments += 1
        block = block.next()
    return found


def test_hindi_pages_keep_letters_whole(themed_app, real_db: Path) -> None:
    """The content and the section headings, as the window and the PDF show them in Hindi."""
    assert i18n.apply(i18n.HINDI)
    try:
        broken = _broken_pages(real_db)
    finally:
        i18n.apply(i18n.ENGLISH)
    assert broken == {}


def _broken_pages(real_db: Path) -> dict[str, list[str]]:
    with Catalog.open(real_db) as catalog:
        catalog.set_language("hi")
        glossary = catalog.glossary()
        broken = {}
        for summary in catalog.career_summaries():
            career = catalog.career(summary.slug)
            assert career is not None
            found = split_clusters(render_career(career, glossary))
            if found:
                broken[summary.slug] = found
        for exam_summary in catalog.exams():
            exam = catalog.exam(exam_summary.slug)
            assert exam is not None
            found = split_clusters(render_exam(exam, glossary))
            if found:
                broken[exam_summary.slug] = found
    return broken


def test_an_anchor_before_hindi_text_is_caught(themed_app) -> None:
    assert split_clusters("<h2><a name='x'></a>कैसे बनें</h2>") == ["क|ैसे बन"]
