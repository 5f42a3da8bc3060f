"""Starting the app: versions, a clear dialog for a bad database, and the real entry point."""

from __future__ import annotations

import subprocess
import sys

import pytest
from PySide6.QtCore import Qt

from shishya_desktop import __version__
from shishya_desktop.app import main
from tests.conftest import REPO


def test_version_prints_app_and_content_versions() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "shishya_desktop", "--version"],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=60,
        check=True,
    )
    assert result.stdout.startswith(f"Shishya {__version__}, content 20")


@pytest.mark.parametrize("content", [b"", b"rubbish" * 500, None])
def test_bad_database_shows_a_dialog_and_exits_non_zero(
    tmp_path, themed_app, shown_dialogs, content
) -> None:
    """A damaged or missing database: a clear dialog with Details, no traceback, exit code 2."""
    path = tmp_path / "shishya.db"
    if content is not None:
        path.write_bytes(content)
    assert main(["--db", str(path)]) == 2
    [dialog] = shown_dialogs
    assert "Reinstall Shishya" in dialog["text"]
    assert str(path) in dialog["details"]
    assert dialog["format"] == Qt.TextFormat.PlainText
