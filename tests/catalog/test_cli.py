"""`shishya-data`: a thin, well-behaved command line over the catalogue."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from shishya_desktop.catalog.cli import main
from tests.catalog.test_search import NASTY
from tests.conftest import REPO


def run(*args: str) -> subprocess.CompletedProcess[str]:
    """Run the real command in a child process, as a user would."""
    return subprocess.run(
        [sys.executable, "-m", "shishya_desktop.catalog.cli", *args],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=60,
    )


def test_search_json(fixture_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--json prints the results (slug, title and category, best first) and what was applied."""
    assert main(["--db", str(fixture_db), "search", "daktar", "--json"]) == 0
    printed = json.loads(capsys.readouterr().out)
    results = printed["results"]
    assert results[0]["slug"] == "doctor"
    assert {"slug", "title", "category"} <= set(results[0])
    assert printed["correction"] is None and printed["needs"] == []


def test_search_json_reports_the_correction(fixture_db: Path, capsys) -> None:
    """A corrected query says what it searched for instead."""
    assert main(["--db", str(fixture_db), "search", "pharmasist", "--json"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed["correction"] == "pharmacist"
    assert printed["results"][0]["slug"] == "pharmacist"


@pytest.mark.parametrize("text", [t for t in NASTY if "\0" not in t and "\ud800" not in t])
def test_search_nasty_strings_exit_zero(fixture_db: Path, text: str, capsys) -> None:
    """Any query text exits 0 with results or 'No careers match.'."""
    assert main(["--db", str(fixture_db), "search", "--", text]) == 0


def test_show_and_unknown_slug(fixture_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(fixture_db), "show", "doctor"]) == 0
    out = capsys.readouterr().out
    for heading in (
        "What they actually do",
        "A typical day",
        "How to become one",
        "Salary",
        "Pros",
        "Cons",
        "Demand outlook",
        "Related careers",
        "Relevant exams",
    ):
        assert heading in out
    assert "₹6–12 LPA" in out
    assert main(["--db", str(fixture_db), "show", "docter"]) == 2


def test_stats(fixture_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(fixture_db), "stats"]) == 0
    out = capsys.readouterr().out
    assert "4 careers, 2 exams" in out and "   3  Medicine & Healthcare" in out


def test_damaged_database_is_a_clear_message(tmp_path: Path) -> None:
    """A damaged database: one readable line on stderr, exit 2, no traceback."""
    bad = tmp_path / "shishya.db"
    bad.write_bytes(b"garbage" * 1000)
    result = run("--db", str(bad), "search", "doctor")
    assert result.returncode == 2
    assert (
        result.stderr.strip() == "shishya-data: The career database is damaged. Reinstall Shishya."
    )
    assert "Traceback" not in result.stderr


def test_broken_content_is_a_clear_message(tmp_path: Path) -> None:
    """validate on a broken file names the file and exits 1, no traceback."""
    from tests.content_factory import write_content

    root = write_content(tmp_path / "data")
    (root / "exams" / "exam-one.toml").write_text("short_name = [\n", encoding="utf-8")
    result = run("--data", str(root), "validate")
    assert result.returncode == 1
    assert "exams/exam-one.toml: not valid TOML" in result.stderr
    assert "Traceback" not in result.stderr


def test_bundled_database_search_doctor_first() -> None:
    """The shipped database: `search doctor --json` lists the MBBS doctor first."""
    result = run("search", "doctor", "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["results"][0]["slug"] == "doctor-mbbs"


def test_bundled_database_search_reports_need_filter() -> None:
    """`search "no maths" --json` names the need and the filter it applied."""
    result = run("search", "no maths", "--json")
    assert result.returncode == 0, result.stderr
    printed = json.loads(result.stdout)
    assert printed["needs"][0]["filter"] == {"without_subjects": ["maths"]}
    assert printed["results"]
