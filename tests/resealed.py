"""Sealing again a copy of a built database that a test changed with SQL (see catalog/seal.py).

A test that edits rows of the real database stands for a faulty build, not a damaged file; the
seal would refuse the edited copy, so the test seals it again as the builder would have.
"""

from __future__ import annotations

from pathlib import Path

from shishya_desktop.catalog import seal


def reseal(path: Path) -> None:
    """Seal a changed copy of a built file again (see catalog/seal.py)."""
    data = bytearray(path.read_bytes())
    at = data.find(seal.MARK)
    if at < 0:  # the SQL removed the seal: the file stays refused
        return
    at += len(seal.MARK)
    data[at : at + len(seal.EMPTY)] = seal.EMPTY
    path.write_bytes(bytes(data))
    seal.seal(path)
