"""Checks a pack before anything is unpacked: its entries, then its signature, then its manifest.

In this order, each refusal a ``PackError`` with a plain message: the zip holds only the
expected names (no ``..``, no absolute paths, no links, sizes within limits), the manifest's
signature verifies against a trusted key, and the manifest is well formed and of a format this
app reads; ``store`` then checks the serial, ``check_supported`` the app and schema versions,
and ``store`` the database's hash and size and its own checks on the unpacked copy.
"""

from __future__ import annotations

import stat
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath, PureWindowsPath

from .. import __version__
from ..catalog.schema import SCHEMA_VERSION
from . import keys, signing
from .errors import PackError
from .manifest import (
    DATABASE_NAME,
    MANIFEST_NAME,
    MAX_DATABASE,
    MAX_MANIFEST,
    MAX_RATIO,
    MAX_SIGNATURE,
    NAMES,
    SIGNATURE_NAME,
    Manifest,
    parse,
    version_tuple,
)

LIMITS = {MANIFEST_NAME: MAX_MANIFEST, SIGNATURE_NAME: MAX_SIGNATURE, DATABASE_NAME: MAX_DATABASE}
NOTHING_CHANGED = "Nothing was changed."


def refuse(reason: str, message: str, details: str = "") -> PackError:
    return PackError(reason, f"{message} {NOTHING_CHANGED}", details)


@dataclass(frozen=True)
class CheckedPack:
    path: Path
    manifest: Manifest
    signed_by: str  # key id
    database: zipfile.ZipInfo


def _unsafe(name: str) -> bool:
    if "\\" in name or ":" in name or "\x00" in name:
        return True
    posix, windows = PurePosixPath(name), PureWindowsPath(name)
    return (
        posix.is_absolute() or windows.is_absolute() or bool(windows.drive) or ".." in posix.parts
    )


def check_entries(archive: zipfile.ZipFile, where: str) -> dict[str, zipfile.ZipInfo]:
    entries: dict[str, zipfile.ZipInfo] = {}
    for entry in archive.infolist():
        name = entry.filename
        if _unsafe(name):
            raise refuse(
                "unsafe-name",
                f"This file is not a Shishya content pack: it holds an entry named {name!r} "
                "that points outside its folder.",
                where,
            )
        if stat.S_ISLNK(entry.external_attr >> 16) or entry.is_dir():
            raise refuse(
                "link",
                f"This file is not a Shishya content pack: its entry {name!r} is a link or a "
                "folder.",
                where,
            )
        if name not in NAMES or name in entries:
            raise refuse(
                "unexpected-name",
                f"This file is not a Shishya content pack: it holds {name!r}.",
                where,
            )
        if entry.flag_bits & 0x1:
            raise refuse("encrypted", "This content pack is encrypted; Shishya cannot read it.")
        limit = LIMITS[name]
        packed = max(entry.compress_size, 1)
        if entry.file_size > limit or entry.file_size > packed * MAX_RATIO + 4096:
            raise refuse(
                "too-large",
                f"This content pack is refused: its entry {name!r} would unpack to "
                f"{entry.file_size:,} bytes, more than a pack may hold.",
                f"{where}\nlimit: {limit:,} bytes, at most {MAX_RATIO}× the packed size",
            )
        entries[name] = entry
    if SIGNATURE_NAME not in entries and MANIFEST_NAME in entries:
        raise refuse("unsigned", "This content pack is not signed, so it cannot be trusted.", where)
    missing = [name for name in (MANIFEST_NAME, DATABASE_NAME) if name not in entries]
    if missing:
        raise refuse(
            "incomplete",
            "This file is not a complete Shishya content pack.",
            f"{where}\nmissing: {', '.join(missing)}",
        )
    return entries


def read_limited(archive: zipfile.ZipFile, entry: zipfile.ZipInfo, where: str) -> bytes:
    """An entry's bytes, never more than it declared (a lying header cannot flood memory)."""
    try:
        with archive.open(entry) as stream:
            data = stream.read(entry.file_size + 1)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as error:
        raise refuse(
            "damaged", "This content pack is damaged or cut short.", f"{where}\n{error}"
        ) from error
    if len(data) != entry.file_size:
        raise refuse("damaged", "This content pack is damaged or cut short.", where)
    return data


def check_pack(path: Path, archive: zipfile.ZipFile) -> CheckedPack:
    """Entries, signature and manifest of an opened pack; PackError on the first problem."""
    where = f"file: {path}"
    entries = check_entries(archive, where)
    manifest_bytes = read_limited(archive, entries[MANIFEST_NAME], where)
    signature_bytes = read_limited(archive, entries[SIGNATURE_NAME], where)
    try:
        signer = signing.verify(
            manifest_bytes, signature_bytes.decode("utf-8", "replace"), keys.trusted_keys()
        )
    except signing.SignatureError as error:
        untrusted = "not trusted" in str(error)
        raise refuse(
            "wrong-key" if untrusted else "bad-signature",
            "This content pack was not signed by the Shishya team, so it cannot be trusted."
            if untrusted
            else "This content pack was changed or damaged after it was signed.",
            f"{where}\nsignature: {error}",
        ) from error
    try:
        manifest = parse(manifest_bytes)
    except ValueError as error:
        raise refuse(
            "bad-manifest",
            "This content pack is not one this version of Shishya can read.",
            f"{where}\nmanifest: {error}",
        ) from error
    return CheckedPack(path, manifest, signer.id_text, entries[DATABASE_NAME])


def check_supported(checked: CheckedPack) -> None:
    """The app version and schema the pack needs are this app's (checked after the serial)."""
    manifest = checked.manifest
    if version_tuple(manifest.min_app_version) > version_tuple(__version__):
        raise refuse(
            "app-too-old",
            f"This content needs Shishya {manifest.min_app_version} or newer; this is "
            f"Shishya {__version__}. Update Shishya first.",
            f"file: {checked.path}",
        )
    if manifest.schema_version != SCHEMA_VERSION:
        raise refuse(
            "schema",
            "This content was made for another version of Shishya"
            + (
                " (a newer one). Update Shishya first."
                if manifest.schema_version > SCHEMA_VERSION
                else " (an older one)."
            ),
            f"file: {checked.path}\n"
            f"schema {manifest.schema_version}; this app reads {SCHEMA_VERSION}",
        )


def open_pack(path: Path) -> zipfile.ZipFile:
    where = f"file: {path}"
    try:
        return zipfile.ZipFile(path)
    except FileNotFoundError as error:
        raise refuse("missing", f"There is no file {path}.", where) from error
    except IsADirectoryError as error:
        raise refuse("missing", f"{path} is a folder, not a content pack.", where) from error
    except PermissionError as error:
        raise refuse("no-access", f"Shishya is not allowed to read {path}.", where) from error
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as error:
        raise refuse(
            "damaged",
            "This file is not a Shishya content pack, or it is damaged or cut short.",
            f"{where}\n{type(error).__name__}: {error}",
        ) from error
