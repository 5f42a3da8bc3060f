"""A content folder: installs checked packs beside each other, switches, restores the previous.

Installing never touches the open database. The database is unpacked into a fresh folder of
its own, its hash and size compared with the signed manifest, then SQLite's ``integrity_check``
and the app's own catalogue checks run on that copy; only then is the small pointer file
replaced (temp + fsync + rename), which is the switch. A crash or a kill before that leaves
the old pointer, so the old content still opens; leftovers are removed at the next install.
The current and the previous pack are kept; older ones are removed when the files allow it
(Windows keeps a database open by the app).
"""

from __future__ import annotations

import errno
import hashlib
import os
import shutil
import uuid
import zipfile
from datetime import UTC, datetime
from pathlib import Path

from ..catalog import Catalog, CatalogError
from ..safe_write import WriteError, write_file
from .errors import PackError
from .manifest import DATABASE_NAME, MANIFEST_NAME
from .pointer import (
    FOLDER_NAME,
    PACKS_FOLDER,
    POINTER_NAME,
    Installed,
    Pointer,
    database_of,
    read_pointer,
)
from .verify import CheckedPack, check_pack, check_supported, open_pack, refuse

INCOMING = ".incoming-"
CHUNK = 1024 * 1024


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _os_reason(error: OSError) -> tuple[str, str]:
    if error.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return "disk-full", "The disk is full."
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return "read-only", "Shishya is not allowed to write there."
    return "write-failed", error.strerror or str(error)


class ContentStore:
    """The content folder at ``root`` (per-user, machine-wide or portable)."""

    def __init__(self, root: Path, where: str = "user"):
        self.root = Path(root)
        self.where = where

    @property
    def packs(self) -> Path:
        return self.root / PACKS_FOLDER

    def pointer(self) -> Pointer:
        try:
            return read_pointer(self.root)
        except ValueError:
            return Pointer(None, None, self._highest_folder_serial())

    def _highest_folder_serial(self) -> int:
        try:
            names = [p.name for p in self.packs.iterdir() if FOLDER_NAME.match(p.name)]
        except OSError:
            return 0
        return max((int(name.split("-", 1)[0]) for name in names), default=0)

    # -- install ----------------------------------------------------------------------------

    def install(self, pack_path: Path) -> Installed:
        """Check the pack at ``pack_path`` and make it the current content; PackError if not."""
        pack_path = Path(pack_path)
        with open_pack(pack_path) as archive:
            checked = check_pack(pack_path, archive)
            pointer = self.pointer()
            self._check_serial(checked, pointer)
            check_supported(checked)
            folder = self._unpack(checked, archive)
        try:
            return self._switch(checked, folder, pointer)
        except BaseException:
            shutil.rmtree(folder, ignore_errors=True)
            raise

    def _check_serial(self, checked: CheckedPack, pointer: Pointer) -> None:
        manifest = checked.manifest
        seen = pointer.highest_serial
        if manifest.serial <= seen:
            same = manifest.serial == seen
            current = pointer.current
            raise refuse(
                "same-serial" if same else "older",
                (
                    f"This content pack (content {manifest.content_version}) is already "
                    "installed or was installed before."
                    if same
                    else f"This content pack (content {manifest.content_version}) is older "
                    "than content already installed here"
                    + (f" ({current.version})" if current else "")
                    + "; Shishya does not go back to older content from a file. Use "
                    "\u201cRestore previous content\u201d to undo the last update."
                ),
                f"file: {checked.path}\nserial {manifest.serial}; highest seen here {seen}"
                f"\nfolder: {self.root}",
            )

    def _make_root(self) -> None:
        try:
            self.packs.mkdir(parents=True, exist_ok=True)
            probe = self.packs / f"{INCOMING}probe-{uuid.uuid4().hex}"
            probe.mkdir()
            probe.rmdir()
        except OSError as error:
            reason, words = _os_reason(error)
            message = f"Shishya cannot write to {self.root}. " + (
                "Installing content for all users needs an administrator."
                if self.where == "machine"
                else words
            )
            raise refuse(reason, message, f"folder: {self.root}\nsystem: {error}") from error

    def _unpack(self, checked: CheckedPack, archive: zipfile.ZipFile) -> Path:
        self._make_root()
        self._remove_leftovers()
        staging = self.packs / f"{INCOMING}{os.getpid()}-{uuid.uuid4().hex[:8]}"
        manifest = checked.manifest
        try:
            staging.mkdir()
            target = staging / DATABASE_NAME
            digest = hashlib.sha256()
            size = 0
            with archive.open(checked.database) as source, open(target, "wb") as out:
                while True:
                    chunk = source.read(CHUNK)
                    if not chunk:
                        break
                    size += len(chunk)
                    if size > manifest.database_size:
                        break
                    digest.update(chunk)
                    out.write(chunk)
                out.flush()
                os.fsync(out.fileno())
            if size != manifest.database_size or digest.hexdigest() != manifest.database_sha256:
                raise refuse(
                    "hash",
                    "The career database in this pack is not the one that was signed "
                    "(changed or damaged).",
                    f"file: {checked.path}\nsize {size}, expected {manifest.database_size}",
                )
            (staging / MANIFEST_NAME).write_bytes(manifest.to_bytes())
            self._check_database(target, checked)
            return staging
        except PackError:
            shutil.rmtree(staging, ignore_errors=True)
            raise
        except (zipfile.BadZipFile, EOFError, ValueError) as error:
            shutil.rmtree(staging, ignore_errors=True)
            raise refuse(
                "damaged", "This content pack is damaged or cut short.", f"file: {checked.path}"
            ) from error
        except OSError as error:
            shutil.rmtree(staging, ignore_errors=True)
            reason, words = _os_reason(error)
            raise refuse(
                reason,
                f"The content could not be unpacked into {self.root}. {words}",
                f"folder: {staging}\nsystem: {error}",
            ) from error
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise

    def _check_database(self, database: Path, checked: CheckedPack) -> None:
        try:
            with Catalog.open(database) as catalog:
                catalog.verify()
                info = catalog.info()
        except CatalogError as error:
            raise refuse(
                "database-check",
                "The career database in this pack does not pass Shishya's checks.",
                f"file: {checked.path}\n{error.details()}",
            ) from error
        if info.version != checked.manifest.content_version:
            raise refuse(
                "database-check",
                "The career database in this pack is not the content its label names.",
                f"file: {checked.path}\ndatabase {info.version}, "
                f"manifest {checked.manifest.content_version}",
            )

    def _switch(self, checked: CheckedPack, staging: Path, pointer: Pointer) -> Installed:
        manifest = checked.manifest
        final = self.packs / manifest.folder_name
        if final.exists():  # left by an install killed after unpacking, never made current
            shutil.rmtree(final)
        os.replace(staging, final)
        installed = Installed(
            folder=final.name,
            version=manifest.content_version,
            date=manifest.content_date,
            serial=manifest.serial,
            since=now(),
        )
        self._write_pointer(Pointer(installed, pointer.current, manifest.serial))
        self._remove_unused(installed, pointer.current)
        return installed

    def _write_pointer(self, pointer: Pointer) -> None:
        try:
            write_file(self.root / POINTER_NAME, pointer.to_bytes())
        except WriteError as error:
            raise PackError(
                "write-failed",
                f"The content was not switched. {error} Nothing was changed.",
                error.details,
            ) from error

    # -- restore ----------------------------------------------------------------------------

    def restore_previous(self) -> Pointer:
        """Make the previous content current again (the current one becomes the previous)."""
        pointer = self.pointer()
        if pointer.previous is None and pointer.current is None:
            raise PackError(
                "no-previous", "There is no previous content to go back to. Nothing was changed."
            )
        if pointer.previous is not None:
            database = database_of(self.root, pointer.previous)
            try:
                Catalog.open(database).close()
            except CatalogError as error:
                raise PackError(
                    "previous-damaged",
                    "The previous content cannot be used (missing or damaged). Nothing was "
                    "changed.",
                    error.details(),
                ) from error
        restored = pointer.swapped(now())
        self._write_pointer(restored)
        return restored

    # -- tidying ----------------------------------------------------------------------------

    def _remove_leftovers(self) -> None:
        for folder in self.packs.glob(f"{INCOMING}*"):
            shutil.rmtree(folder, ignore_errors=True)

    def _remove_unused(self, *keep: Installed | None) -> None:
        wanted = {entry.folder for entry in keep if entry is not None}
        try:
            folders = list(self.packs.iterdir())
        except OSError:
            return
        for folder in folders:
            if FOLDER_NAME.match(folder.name) and folder.name not in wanted:
                shutil.rmtree(folder, ignore_errors=True)  # an open database stays (Windows)
