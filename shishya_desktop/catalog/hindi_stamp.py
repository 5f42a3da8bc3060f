"""Writing the fingerprints that say which English each Hindi translation was made from.

``shishya-data hi-stamp`` runs this after a translator (or reviewer) has checked a file. A field
that already carries a fingerprint keeps it unless ``refresh`` is asked for, so a stale
translation stays stale until someone has looked at it again. Files are rewritten in place,
changing only the fingerprint lines, through a temporary file so a crash leaves the old file.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

from ..safe_write import write_file
from . import hindi

FROM_HEADER = re.compile(r"^\[\s*hi\s*\.\s*from\s*\]\s*(#.*)?$")
ANY_HEADER = re.compile(r"^\[")
STAMP_LINE = re.compile(rf"^{hindi.ENTRY_STAMP}\s*=")


class StampError(Exception):
    """A file that cannot be stamped: not TOML, or Hindi that breaks the rules."""


def _table_stamps(
    english: dict[str, Any], table: dict[str, Any], allowed: tuple[str, ...], refresh: bool
) -> dict[str, str]:
    problems, statuses = hindi.check_table(english, table, allowed)
    if problems:
        listed = "; ".join(f"{where}: {message}" for where, message in problems[:5])
        raise StampError(f"fix the Hindi first ({len(problems)} problem(s)): {listed}")
    old = table.get(hindi.STAMP_KEY, {})
    stamps: dict[str, str] = {}
    for status in statuses:
        if status.state == "missing":
            continue
        if status.state in ("unstamped", "current") or refresh:
            stamps[status.field] = hindi.fingerprint(english[status.field])
        else:
            stamps[status.field] = old[status.field]
    return stamps


def stamp_document(path: Path, kind: str, *, refresh: bool = False) -> int:
    """Stamp a career or exam file's [hi] table; the number of fields newly stamped."""
    text = path.read_text(encoding="utf-8")
    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise StampError(f"not valid TOML: {error}") from error
    table = doc.get("hi")
    if table is None:
        return 0
    english, allowed = hindi.translatable(kind, doc)
    stamps = _table_stamps(english, table, allowed, refresh)
    old = table.get(hindi.STAMP_KEY, {}) if isinstance(table, dict) else {}
    changed = sum(1 for field, value in stamps.items() if old.get(field) != value)
    if not changed and set(old) == set(stamps):
        return 0
    lines = _without_from_block(text.splitlines())
    while lines and not lines[-1].strip():
        lines.pop()
    lines += ["", "[hi.from]"] + [f'{field} = "{value}"' for field, value in stamps.items()]
    write_file(path, ("\n".join(lines) + "\n").encode())
    return changed


def _without_from_block(lines: list[str]) -> list[str]:
    kept: list[str] = []
    inside = False
    for line in lines:
        stripped = line.strip()
        if FROM_HEADER.match(stripped):
            inside = True
            continue
        if inside and ANY_HEADER.match(stripped):
            inside = False
        if not inside:
            kept.append(line)
    return kept


def stamp_list(path: Path, key: str, *, refresh: bool = False) -> int:
    """Stamp every translated ``[[key]]`` entry of a list file; the number newly stamped."""
    text = path.read_text(encoding="utf-8")
    try:
        entries = tomllib.loads(text).get(key, [])
    except tomllib.TOMLDecodeError as error:
        raise StampError(f"not valid TOML: {error}") from error
    lines = text.splitlines()
    header = re.compile(rf"^\[\[\s*{re.escape(key)}\s*\]\]\s*(#.*)?$")
    starts = [n for n, line in enumerate(lines) if header.match(line.strip())]
    if len(starts) != len(entries):
        raise StampError(f"found {len(starts)} [[{key}]] headers but {len(entries)} entries")
    changed = 0
    for index in reversed(range(len(entries))):
        entry = entries[index]
        problems, statuses = hindi.check_entry(key, entry)
        if statuses[0].state == "missing":
            continue
        if problems:
            where, message = problems[0]
            raise StampError(f"[[{key}]] number {index + 1}: {where}: {message}")
        if statuses[0].state == "stale" and not refresh:
            continue
        value = hindi.entry_fingerprint(key, entry)
        if entry.get(hindi.ENTRY_STAMP) == value:
            continue
        end = starts[index + 1] if index + 1 < len(starts) else len(lines)
        block = range(starts[index] + 1, end)
        existing = next((n for n in block if STAMP_LINE.match(lines[n].strip())), None)
        new_line = f'{hindi.ENTRY_STAMP} = "{value}"'
        if existing is not None:
            lines[existing] = new_line
        else:
            last = max((n for n in block if lines[n].strip()), default=starts[index])
            lines.insert(last + 1, new_line)
        changed += 1
    if changed:
        write_file(path, ("\n".join(lines) + "\n").encode())
    return changed
