"""The translation files: every string the code shows is in them, translated, and well formed.

A new ``tr()`` string without a translation fails here (lupdate is run into a temporary file
and its source texts compared with the committed .ts), and so does a string written where
lupdate cannot read it (``tests/translatable.py`` reads the same calls with ``ast``).
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest

from shishya_desktop.catalog import filters, vocab
from tests.conftest import REPO
from tests.translatable import calls

TS_HI = REPO / "translations" / "shishya_hi.ts"
TS_EN = REPO / "translations" / "shishya_en.ts"
DEVANAGARI = re.compile(r"[\u0900-\u097F]")
PLACEHOLDER = re.compile(r"%(?:\d|n)|\{\w+\}")
# Translations that are rightly the same in Hindi: numbers, licence names, units.
SAME_IN_HINDI = re.compile(
    r"^(%1%|\d+ \(\d+x\d+\)|“%1” → %2|SIL Open Font License 1\.1 \(resources/fonts/OFL\.txt\)|"
    r"Python Software Foundation License|Apache License 2\.0)$"
)


@dataclass(frozen=True)
class Entry:
    context: str
    source: str
    numerus: bool
    kind: str  # "", "unfinished", "vanished" or "obsolete"
    forms: tuple[str, ...]


def entries(path: Path) -> list[Entry]:
    found = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = tuple(f.text or "" for f in translation.iter("numerusform"))
            found.append(
                Entry(
                    name,
                    message.findtext("source") or "",
                    message.get("numerus") == "yes",
                    translation.get("type", ""),
                    forms or (translation.text or "",),
                )
            )
    return found


def used() -> set[tuple[str, str]]:
    return {(call.context, call.source) for call in calls()}


def test_lupdate_can_read_every_string() -> None:
    """No translatable call sits where lupdate misses it (f-strings, keywords, bare tr())."""
    problems = [
        f"{call.path.name}:{call.line}: {call.problem}: {call.source[:50]!r}"
        for call in calls()
        if call.problem
    ]
    assert not problems, "\n".join(problems)


def test_every_hindi_entry_is_finished_and_used() -> None:
    """Nothing unfinished; an entry marked obsolete must not be one the code still uses."""
    sources = used()
    unfinished = [e.source for e in entries(TS_HI) if e.kind == "unfinished"]
    assert not unfinished, f"unfinished in shishya_hi.ts: {unfinished[:10]}"
    stale = [
        e.source
        for e in entries(TS_HI)
        if e.kind in ("vanished", "obsolete") and (e.context, e.source) in sources
    ]
    assert not stale, f"marked obsolete but used: {stale[:10]}"
    translated = {(e.context, e.source) for e in entries(TS_HI) if not e.kind}
    missing = sorted(sources - translated)
    assert not missing, f"shown but not translated: {missing[:10]}"


def test_lupdate_finds_no_string_the_ts_lacks(tmp_path: Path) -> None:
    """lupdate run afresh finds the same source texts (a new tr() string fails here)."""
    fresh = tmp_path / "fresh_hi.ts"
    sys.path.insert(0, str(REPO / "scripts"))
    try:
        import i18n as tool  # scripts/i18n.py
    finally:
        sys.path.pop(0)
    tool.lupdate(fresh, "hi", drop_obsolete=True, quiet=True)
    found = {(e.context, e.source) for e in entries(fresh)}
    committed = {(e.context, e.source) for e in entries(TS_HI) if e.kind in ("", "unfinished")}
    assert found - committed == set(), "new strings: run scripts/i18n.py update and translate"
    assert committed - found == set(), "strings no longer used: scripts/i18n.py update"
    assert found == used(), "lupdate and tests/translatable.py read different strings"


def test_compiled_files_are_up_to_date() -> None:
    """resources/translations/*.qm are what the committed .ts files build to."""
    result = subprocess.run(
        [sys.executable, str(REPO / "scripts" / "i18n.py"), "check"],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_hindi_is_hindi_and_keeps_placeholders_and_keys() -> None:
    """Each translation has Devanagari, the same %1/%n/{name}, numbers, ₹ and accelerator."""
    problems = []
    for entry in entries(TS_HI):
        if entry.kind:
            continue
        if entry.numerus and len(entry.forms) != 2:
            problems.append(f"{entry.source!r}: Hindi has two forms, got {len(entry.forms)}")
        for form in entry.forms:
            if not DEVANAGARI.search(form) and not SAME_IN_HINDI.match(form):
                problems.append(f"{entry.source!r} → {form!r}: no Hindi")
            if sorted(PLACEHOLDER.findall(form)) != sorted(PLACEHOLDER.findall(entry.source)):
                problems.append(f"{entry.source!r} → {form!r}: placeholders differ")
            for number in re.findall(r"\d+(?:[.,]\d+)*", re.sub(PLACEHOLDER, "", entry.source)):
                if number not in form:
                    problems.append(f"{entry.source!r} → {form!r}: lost the number {number}")
            if "₹" in entry.source and "₹" not in form:
                problems.append(f"{entry.source!r} → {form!r}: lost ₹")
            key = re.search(r"&([^&\s])", entry.source)
            if key and f"&{key.group(1).upper()}" not in form.upper():
                problems.append(f"{entry.source!r} → {form!r}: lost the key &{key.group(1)}")
    assert not problems, "\n".join(problems[:20])


def test_english_counts_have_singular_and_plural() -> None:
    """English carries only its counted strings; each is finished, singular then plural."""
    numerus = {(c.context, c.source) for c in calls() if c.numerus}
    english = {(e.context, e.source): e for e in entries(TS_EN) if not e.kind}
    assert set(english) == numerus
    for entry in english.values():
        assert len(entry.forms) == 2 and all("%n" in form for form in entry.forms)


def test_every_vocabulary_label_is_marked() -> None:
    """The content's fixed labels (catalog/vocab.py, filters) all have a Hindi fallback."""
    from shishya_desktop.ui.common.vocab_text import MARKED

    labels = {
        label
        for table in (
            vocab.STREAMS,
            vocab.MIN_EDUCATION,
            vocab.DEMAND,
            vocab.EXAM_LEVELS,
            vocab.SECTORS,
            vocab.SUBJECTS,
            vocab.SALARY_LEVELS,
        )
        for label in table.values()
    } | {label for _code, label in filters.SUBJECT_CHOICES}
    assert labels <= set(MARKED)


def test_qt_strings_are_qts_own() -> None:
    """Every Qt string we translate is one Qt asks for (checked against Qt's German file)."""
    from PySide6.QtCore import QLibraryInfo

    german = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)) / "qtbase_de.qm"
    if not german.exists():
        pytest.skip("Qt's own translations are not installed")
    data = german.read_bytes()
    ours = [
        (c.context, c.source)
        for c in calls([REPO / "shishya_desktop" / "ui" / "common" / "qt_strings.py"])
    ]
    assert len(ours) > 150
    missing = [
        (context, source)
        for context, source in ours
        if source.encode() not in data or context.encode() not in data
    ]
    assert not missing, missing


def test_the_bundle_keeps_our_translations_and_drops_qts() -> None:
    """build.spec's filter keeps resources/translations/*.qm and leaves Qt's own out."""
    spec = (REPO / "build.spec").read_text(encoding="utf-8")
    block = spec[spec.index("DROP = [") : spec.index("]\nDROP_RE") + 1]
    names: dict[str, object] = {}
    exec(block, names)  # the list of patterns, as the spec builds it
    drop = re.compile("|".join(names["DROP"]))  # type: ignore[arg-type]
    for code in ("hi", "en"):
        assert not drop.search(f"resources/translations/shishya_{code}.qm")
    assert drop.search("PySide6/Qt/translations/qtbase_de.qm")
