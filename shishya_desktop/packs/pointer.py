"""Which content to open: the pointer file of each content folder, read at start.

A content folder holds ``packs/<serial>-<version>/shishya.db`` for each kept pack and one small
``pointer.json`` naming the current and the previous pack (either may be the bundled content)
and the highest serial ever installed there. The pointer is replaced whole (temp + fsync +
rename), never edited, so it always names a pack that was completely checked. This module is
on the start path: the standard library only, a few small file reads.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, replace
from pathlib import Path

POINTER_NAME = "pointer.json"
PACKS_FOLDER = "packs"
FOLDER_NAME = re.compile(r"^[0-9]{1,20}-[0-9A-Za-z._-]{1,40}$")


@dataclass(frozen=True)
class Installed:
    """One installed pack, as the pointer records it."""

    folder: str
    version: str
    date: str
    serial: int
    since: str  # when it became the current content (UTC, ISO 8601)


@dataclass(frozen=True)
class Pointer:
    current: Installed | None  # None: the bundled content
    previous: Installed | None
    highest_serial: int = 0

    def to_bytes(self) -> bytes:
        return (json.dumps(asdict(self), indent=2) + "\n").encode("utf-8")

    def swapped(self, since: str) -> Pointer:
        current = replace(self.previous, since=since) if self.previous else None
        return replace(self, current=current, previous=self.current)


def _installed(raw: object) -> Installed | None:
    if raw is None:
        return None
    if not isinstance(raw, dict):
        raise ValueError("entry is not an object")
    entry = Installed(
        folder=str(raw["folder"]),
        version=str(raw["version"]),
        date=str(raw["date"]),
        serial=int(raw["serial"]),
        since=str(raw["since"]),
    )
    if not FOLDER_NAME.match(entry.folder):
        raise ValueError(f"bad folder name {entry.folder!r}")
    return entry


def read_pointer(root: Path) -> Pointer:
    """The pointer of the content folder ``root``; an empty one when there is none.

    A damaged pointer raises ValueError (the caller falls back to other content).
    """
    try:
        text = (root / POINTER_NAME).read_text(encoding="utf-8")
    except FileNotFoundError:
        return Pointer(None, None, 0)
    except (OSError, UnicodeError) as error:
        raise ValueError(f"{root / POINTER_NAME}: {error}") from error
    try:
        raw = json.loads(text)
        return Pointer(
            current=_installed(raw.get("current")),
            previous=_installed(raw.get("previous")),
            highest_serial=int(raw.get("highest_serial", 0)),
        )
    except (ValueError, KeyError, TypeError, AttributeError) as error:
        raise ValueError(f"{root / POINTER_NAME} is damaged: {error}") from error


def database_of(root: Path, entry: Installed) -> Path:
    return root / PACKS_FOLDER / entry.folder / "shishya.db"


@dataclass(frozen=True)
class Choice:
    """A database to try opening, and how to say which content it is."""

    path: Path
    where: str  # "user", "machine", "bundled", "given"
    entry: Installed | None = None
    note: str = ""  # why an installed pack was passed over


def choices(folders: list[tuple[str, Path]], bundled: Path) -> list[Choice]:
    """Databases to try, best first: each folder's current pack, newest serial first, then the
    bundled content. A pointer that cannot be read is passed over with a note."""
    found: list[Choice] = []
    notes: list[str] = []
    for where, root in folders:
        try:
            pointer = read_pointer(root)
        except ValueError as error:
            notes.append(str(error))
            continue
        if pointer.current is not None:
            found.append(Choice(database_of(root, pointer.current), where, pointer.current))
    found.sort(key=lambda choice: choice.entry.serial if choice.entry else 0, reverse=True)
    found.append(Choice(bundled, "bundled", None, "; ".join(notes)))
    return found


@dataclass(frozen=True)
class InUse:
    """The content the app opened, and the installed content it passed over, and why."""

    path: Path
    where: str
    entry: Installed | None
    passed_over: tuple[str, ...] = ()
