"""Where files live: bundled data from the checkout, per-user data in the user's folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from shishya_desktop import paths
from tests.conftest import REPO


def test_bundled_files_come_from_the_checkout() -> None:
    assert paths.bundle_root() == REPO
    assert paths.database_path() == REPO / "data" / "shishya.db"
    assert (paths.resources_dir() / "style.qss").is_file()


def test_user_folder_follows_the_platform(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Per-user data goes to XDG_DATA_HOME/Shishya (Linux), never into the install folder."""
    monkeypatch.delenv("SHISHYA_HOME", raising=False)
    monkeypatch.setattr(paths.sys, "platform", "linux")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert paths.user_dir() == tmp_path / "xdg" / "Shishya"
    monkeypatch.setattr(paths.sys, "platform", "win32")
    monkeypatch.setenv("APPDATA", str(tmp_path / "roaming"))
    assert paths.user_dir() == tmp_path / "roaming" / "Shishya"
    assert paths.settings_file().parent == paths.user_dir()
    assert not str(paths.settings_file()).startswith(str(paths.bundle_root()))


def test_shishya_home_overrides(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("SHISHYA_HOME", str(tmp_path))
    assert paths.settings_file() == tmp_path / "settings.ini"


def test_empty_home_is_treated_as_unset(monkeypatch: pytest.MonkeyPatch) -> None:
    """HOME="" does not put settings in /.local/share: the account's home is used instead."""
    import pwd

    monkeypatch.delenv("SHISHYA_HOME", raising=False)
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    monkeypatch.setattr(paths.sys, "platform", "linux")
    monkeypatch.setenv("HOME", "")
    account_home = Path(pwd.getpwuid(paths.os.getuid()).pw_dir)
    expected = account_home if account_home != Path("/") else paths.home()
    assert paths.user_dir() == expected / ".local" / "share" / "Shishya"
    assert paths.user_dir() != Path("/.local/share/Shishya")


def test_relative_xdg_data_home_is_ignored(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """The XDG spec: a relative XDG_DATA_HOME is invalid and must be ignored."""
    monkeypatch.delenv("SHISHYA_HOME", raising=False)
    monkeypatch.setattr(paths.sys, "platform", "linux")
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_DATA_HOME", "relative/data")
    assert paths.user_dir() == tmp_path / ".local" / "share" / "Shishya"
