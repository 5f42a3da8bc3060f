"""The one place that knows where things are: bundled data and resources, and per-user folders.

From a source checkout the bundled files sit beside the package; in a PyInstaller bundle they sit
in the bundle's folder (``sys._MEIPASS``). Nothing is ever written inside either.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "Shishya"
APP_AUTHOR = "Shishya"  # the organisation name Qt records


def bundle_root() -> Path:
    """The folder holding ``data/`` and ``resources/``: the checkout or the frozen bundle."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root)
    return Path(__file__).resolve().parent.parent


def content_dir() -> Path:
    """The content sources (TOML) and the built database."""
    return bundle_root() / "data"


def database_path() -> Path:
    """The bundled career database; ``SHISHYA_DB`` overrides it (tests, support)."""
    override = os.environ.get("SHISHYA_DB")
    return Path(override) if override else content_dir() / "shishya.db"


def resources_dir() -> Path:
    return bundle_root() / "resources"


def user_dir() -> Path:
    """Per-user data (settings now; shortlist and notes later). ``SHISHYA_HOME`` overrides it;
    a portable copy keeps it on its stick (``portable_data_dir``).

    The platform's usual place: %APPDATA% on Windows, Application Support on macOS and
    $XDG_DATA_HOME (~/.local/share) elsewhere, so a roaming lab profile carries it along.
    """
    override = os.environ.get("SHISHYA_HOME")
    if override:
        return Path(override)
    portable = portable_data_dir()
    if portable is not None:
        return portable
    if sys.platform == "win32":
        base = _absolute(os.environ.get("APPDATA")) or home() / "AppData" / "Roaming"
    elif sys.platform == "darwin":
        base = home() / "Library" / "Application Support"
    else:
        # The XDG spec: a relative XDG_DATA_HOME is invalid and must be ignored.
        base = _absolute(os.environ.get("XDG_DATA_HOME")) or home() / ".local" / "share"
    return base / APP_NAME


def _absolute(value: str | None) -> Path | None:
    return Path(value) if value and os.path.isabs(value) else None


def home() -> Path:
    """The user's home: $HOME when it is an absolute path (an empty HOME is unset), else the
    account's home from the password database, else a per-user folder in the temp folder."""
    found = _absolute(os.environ.get("HOME")) or _absolute(os.environ.get("USERPROFILE"))
    if found:
        return found
    try:
        import pwd

        found = _absolute(pwd.getpwuid(os.getuid()).pw_dir)
    except (ImportError, KeyError, OSError):
        found = None
    if found and found != Path("/"):
        return found
    import tempfile

    user = getattr(os, "getuid", lambda: "user")()
    return Path(tempfile.gettempdir()) / f"shishya-{user}"


def settings_file() -> Path:
    return user_dir() / "settings.ini"


# -- content packs and portable mode ---------------------------------------------------------

PORTABLE_MARKER = "portable.txt"
PORTABLE_DATA = "ShishyaData"


def app_folder() -> Path:
    """The folder a person sees the program in: beside ``shishya.exe`` in a bundle, the
    checkout from source. A portable copy keeps its marker file and data here."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return bundle_root()


def portable_data_dir() -> Path | None:
    """The data folder on the stick when the app runs in portable mode, else None.

    Portable mode: a file ``portable.txt`` beside the program. Settings, My careers and
    installed content then live in ``ShishyaData`` beside it, and nothing is written on the
    host PC; on a read-only stick nothing is written at all.
    """
    folder = app_folder()
    return folder / PORTABLE_DATA if (folder / PORTABLE_MARKER).is_file() else None


def machine_dir() -> Path:
    """Data every user of this computer shares (written by an admin): %ProgramData%\\Shishya on
    Windows, /Library/Application Support/Shishya on macOS, /var/lib/shishya elsewhere.
    ``SHISHYA_MACHINE_DIR`` overrides it (tests, support)."""
    override = os.environ.get("SHISHYA_MACHINE_DIR")
    if override:
        return Path(override)
    if sys.platform == "win32":
        base = _absolute(os.environ.get("PROGRAMDATA")) or Path("C:/ProgramData")
        return base / APP_NAME
    if sys.platform == "darwin":
        return Path("/Library/Application Support") / APP_NAME
    return Path("/var/lib/shishya")


def user_content_dir() -> Path:
    """Content packs installed for this user only (home PCs)."""
    return user_dir() / "content"


def machine_content_dir() -> Path:
    """Content packs an admin installed for every user of this computer (lab PCs)."""
    return machine_dir() / "content"


def content_folders() -> list[tuple[str, Path]]:
    """Where installed content packs are looked for: a portable copy only on its stick."""
    portable = portable_data_dir()
    if portable is not None and not os.environ.get("SHISHYA_HOME"):
        return [("portable", portable / "content")]
    return [("machine", machine_content_dir()), ("user", user_content_dir())]


def user_store_file() -> Path:
    """The student's shortlist and notes ("My careers"): its own SQLite file."""
    return user_dir() / "my-careers.sqlite"


MACHINE_CONFIG_NAME = "shishya.ini"


def machine_config_files() -> list[Path]:
    """Where a lab admin may put the per-machine configuration, in the order read (the first
    found wins). ``SHISHYA_MACHINE_CONFIG`` replaces the list (tests, support).

    - the install folder: beside the program (``Shishya.exe``) or the checkout's root;
    - the system-wide location: %PROGRAMDATA%\\Shishya on Windows, /Library/Application
      Support/Shishya on macOS, /etc/xdg/shishya (or each of $XDG_CONFIG_DIRS) elsewhere.
    """
    override = os.environ.get("SHISHYA_MACHINE_CONFIG")
    if override is not None:
        return [Path(override)] if override else []
    install = (
        Path(sys.executable).resolve().parent if getattr(sys, "frozen", False) else bundle_root()
    )
    found = [install / MACHINE_CONFIG_NAME]
    if sys.platform == "win32":
        base = _absolute(os.environ.get("PROGRAMDATA")) or Path("C:/ProgramData")
        found.append(base / APP_NAME / MACHINE_CONFIG_NAME)
    elif sys.platform == "darwin":
        found.append(Path("/Library/Application Support") / APP_NAME / MACHINE_CONFIG_NAME)
    else:
        dirs = os.environ.get("XDG_CONFIG_DIRS") or "/etc/xdg"
        for folder in dirs.split(":"):
            if os.path.isabs(folder):
                found.append(Path(folder) / "shishya" / MACHINE_CONFIG_NAME)
    return found
