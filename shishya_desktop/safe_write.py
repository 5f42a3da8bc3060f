"""Writes that cannot lie: a file is replaced only by a complete, checked copy.

Every file Shishya writes for a user (PDFs now, user data later) goes through ``write_file``:
the bytes go to a temporary file in the target's own folder, are flushed and ``fsync``ed, read
back and checked, given the user's normal permissions (umask, or the old file's mode), and only
then renamed over the target. On any failure the temporary file is removed, the previous file is
left exactly as it was, and ``WriteError`` says why in plain words (its ``details`` name the path
and the system's words for a technician). No Qt here.
"""

from __future__ import annotations

import errno
import os
import stat
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

# The checker reads the file back and raises ValueError when it is not what was meant.
Checker = Callable[[Path], None]


class WriteError(Exception):
    """A file was not written. ``str(error)`` is for the user; ``details`` for a technician."""

    def __init__(self, message: str, details: str = ""):
        super().__init__(message)
        self.details = details


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _reason(error: OSError) -> str:
    if error.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return "The disk is full."
    if error.errno in (errno.EACCES, errno.EPERM):
        return "You are not allowed to write there."
    if error.errno == errno.EROFS:
        return "The disk is read-only."
    return error.strerror or str(error)


def _refuse(target: Path) -> str | None:
    """Why ``target`` must not be written, or None."""
    folder = target.parent
    if target.is_symlink():
        return f"{target} is a link to another file. Choose another file name."
    if not folder.is_dir():
        return f"The folder {folder} does not exist."
    if target.is_dir():
        return f"{target} is a folder, not a file name."
    if target.exists():
        mode = target.stat().st_mode
        if not stat.S_ISREG(mode):
            return f"{target} is not an ordinary file. Choose another file name."
        # Root may write anything; a file marked read-only is still refused.
        if not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH) or not os.access(
            target, os.W_OK
        ):
            return f"{target} is read-only. Choose another file name."
    return None


def write_file(target: Path, data: bytes, check: Checker | None = None) -> None:
    """Put ``data`` at ``target`` completely or not at all; raise WriteError otherwise."""
    target = Path(os.path.abspath(target))
    refusal = _refuse(target)
    if refusal:
        raise WriteError(refusal, f"path: {target}")
    folder = target.parent
    mode = target.stat().st_mode & 0o777 if target.exists() else 0o666 & ~_umask()
    try:
        handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
    except OSError as error:
        raise WriteError(
            f"Cannot write to {folder}. {_reason(error)}", f"path: {target}\nsystem: {error}"
        ) from error
    temporary = Path(name)
    try:
        try:
            with os.fdopen(handle, "wb") as stream:
                stream.write(data)
                stream.flush()
                os.fsync(stream.fileno())
            if temporary.stat().st_size != len(data):
                raise WriteError(f"{target} could not be written completely.", f"path: {target}")
            if check is not None:
                check(temporary)
            os.chmod(temporary, mode)
            os.replace(temporary, target)
            _sync_folder(folder)
        except OSError as error:
            raise WriteError(
                f"{target} was not written. {_reason(error)}", f"path: {target}\nsystem: {error}"
            ) from error
        except ValueError as error:
            raise WriteError(
                f"{target} was not written: the file came out damaged.",
                f"path: {target}\ncheck: {error}",
            ) from error
    finally:
        if temporary.exists():
            temporary.unlink()


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); Windows has no directory handles for this."""
    if sys.platform == "win32":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
