"""Checks that a PDF file is whole: header, cross-reference table, every object, trailer, pages.

A full disk or a cut-off write leaves a file that starts well and ends nowhere; a size above
zero proves nothing. This reads the structure Qt's PDF writer produces (a classic ``xref``
table) and follows every entry to its object. No Qt here.
"""

from __future__ import annotations

import re
from pathlib import Path

_START_XREF = re.compile(rb"startxref\s+(\d+)\s+%%EOF\s*$")
_SUBSECTION = re.compile(rb"(\d+) (\d+)\s*\r?\n")
_OBJECT = re.compile(rb"(\d+) (\d+) obj\b")
_PAGES = re.compile(rb"/Type\s*/Pages\b[^>]*?/Count\s+(\d+)|/Count\s+(\d+)[^>]*?/Type\s*/Pages\b")


def check_pdf_bytes(data: bytes, pages: int | None = None) -> None:
    """Raise ValueError saying what is wrong unless ``data`` is a complete PDF."""
    if not data.startswith(b"%PDF-"):
        raise ValueError("no PDF header")
    tail = _START_XREF.search(data[-1024:])
    if tail is None:
        raise ValueError("no startxref / %%EOF at the end (cut off?)")
    offset = int(tail.group(1))
    if not data.startswith(b"xref", offset):
        raise ValueError(f"startxref {offset} does not point at the xref table")
    position = offset + 4
    while position < len(data) and data[position : position + 1] in b" \r\n":
        position += 1
    objects = 0
    while (match := _SUBSECTION.match(data, position)) is not None:
        first, count = int(match.group(1)), int(match.group(2))
        position = match.end()
        for number in range(first, first + count):
            entry = data[position : position + 20]
            position += 20
            fields = entry.split()
            if len(fields) != 3 or fields[2] not in (b"n", b"f"):
                raise ValueError(f"xref entry for object {number} is damaged")
            if fields[2] == b"n":
                found = _OBJECT.match(data, int(fields[0]))
                if found is None or int(found.group(1)) != number:
                    raise ValueError(f"object {number} is not where the xref says")
                objects += 1
    if not data.startswith(b"trailer", position):
        raise ValueError("no trailer after the xref table")
    if b"/Root" not in data[position:offset] and b"/Root" not in data[position:]:
        raise ValueError("the trailer names no document root")
    if objects == 0:
        raise ValueError("the xref table lists no objects")
    if pages is not None:
        counts = [int(a or b) for a, b in _PAGES.findall(data)]
        if pages not in counts:
            raise ValueError(f"expected {pages} pages, the file says {counts or 'none'}")


def check_pdf_file(path: Path, pages: int | None = None) -> None:
    check_pdf_bytes(Path(path).read_bytes(), pages)
