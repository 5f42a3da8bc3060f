"""The self-test: passes on a sound install, fails on a raising click, cleans up, never crashes."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import pytest

from shishya_desktop.selftest import run_self_test
from shishya_desktop.ui.explore.explore_view import ExploreView


@pytest.fixture
def private_temp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def test_passes_and_leaves_nothing_in_the_temp_folder(
    real_db, themed_app, private_temp, tmp_path, capsys
) -> None:
    """Every check passes on the bundled database; no shishya-selftest-* folder stays behind."""
    report = tmp_path / "report.json"
    assert run_self_test(real_db, report) == 0, capsys.readouterr().out
    data = json.loads(report.read_text(encoding="utf-8"))
    assert data["result"] == "PASS" and data["failed"] == [] and data["content_version"]
    results = {check["name"]: check["result"] for check in data["checks"]}
    assert results["every page"] == "PASS" and results["database"] == "PASS"
    assert data["pc"] and data["app_version"] and len(report.read_bytes()) < 4096
    assert list(private_temp.iterdir()) == []


def test_fails_when_a_click_handler_raised(
    real_db, themed_app, private_temp, monkeypatch, capsys
) -> None:
    """An exception in a slot (printed by Qt, swallowed otherwise) fails "main views"."""
    original = ExploreView.refresh

    def refresh(self: ExploreView) -> None:
        if self.search.text() == "engi":
            raise RuntimeError("boom in a slot")
        original(self)

    monkeypatch.setattr(ExploreView, "refresh", refresh)
    assert run_self_test(real_db, None) == 1
    out = capsys.readouterr().out
    assert "FAIL main views" in out and "boom in a slot" in out
    assert list(private_temp.iterdir()) == []


def test_an_unwritable_report_is_a_message(real_db, themed_app, tmp_path, capsys) -> None:
    """--report into a folder that does not exist: a clear line on stderr, exit 1."""
    code = run_self_test(real_db, tmp_path / "missing" / "report.txt")
    captured = capsys.readouterr()
    assert code == 1
    assert "the report was not written" in captured.err and "does not exist" in captured.err
