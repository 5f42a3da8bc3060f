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
    """A damaged database: one readable line on stderr, then the details; exit 2."""
    bad = tmp_path / "shishya.db"
    bad.write_bytes(b"garbage" * 1000)
    result = run("--db", str(bad), "search", "doctor")
    assert result.returncode == 2
    first, *details = result.stderr.strip().splitlines()
    assert first == "shishya-data: The career database is damaged. Reinstall Shishya."
    assert details == [
        f"  File: {bad}",
        "  Problem: damaged",
        "  Cause: not an SQLite database file",
    ]
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


def test_show_spells_out_abbreviations(
    fixture_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`show` writes each abbreviation's full form at its first use, as the page does."""
    assert main(["--db", str(fixture_db), "show", "nurse"]) == 0
    out = capsys.readouterr().out
    assert "Class 12 with PCB (Physics, Chemistry and Biology)" in out
    assert out.count("(Physics, Chemistry and Biology)") == 1


def test_glossary_merge(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Staging glossaries merge in sorted; a clash or a bad entry is refused and reported."""
    from tests.content_factory import write_content

    root = write_content(tmp_path / "data")
    staging = tmp_path / "glossary-w1.toml"
    staging.write_text(
        '[[term]]\nabbr = "ANM"\nfull = "Auxiliary Nurse Midwife"\nexplain = "a health worker"\n'
        '\n[[term]]\nabbr = "PCB"\nfull = "Physics, Chemistry and Biology"\nexplain = "same"\n',
        encoding="utf-8",
    )
    assert main(["--data", str(root), "glossary-merge", str(staging)]) == 0
    out = capsys.readouterr().out
    assert "added ANM: Auxiliary Nurse Midwife" in out
    assert "1 added, 0 added as another meaning, 1 already there, 0 refused; 6 terms" in out
    text = (root / "glossary.toml").read_text(encoding="utf-8")
    assert text.index('abbr = "ANM"') < text.index('abbr = "EXAM"')
    assert main(["--data", str(root), "validate"]) == 0
    clash = tmp_path / "glossary-w2.toml"
    clash.write_text(
        '[[term]]\nabbr = "PCB"\nfull = "Printed Circuit Board"\nexplain = "a clash"\n'
        '[[term]]\nabbr = "ZZ"\nexplain = "no full form"\n',
        encoding="utf-8",
    )
    assert main(["--data", str(root), "glossary-merge", str(clash)]) == 1
    err = capsys.readouterr().err
    assert "PCB: kept 'Physics, Chemistry and Biology', refused 'Printed Circuit Board'" in err
    assert "glossary-w2.toml: term[2]: full: is required" in err


def test_glossary_merge_with_senses_adds_other_meanings(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """With --senses, a known abbreviation with another full form becomes another meaning."""
    from tests.content_factory import write_content

    root = write_content(tmp_path / "data")
    staging = tmp_path / "glossary-w3.toml"
    staging.write_text(
        '[[term]]\nabbr = "IT"\nfull = "Income Tax"\nexplain = "tax on what people earn"\n'
        '\n[[term]]\nabbr = "IT"\nfull = "Information Technology"\nexplain = "same words"\n',
        encoding="utf-8",
    )
    assert main(["--data", str(root), "glossary-merge", str(staging)]) == 1  # refused
    assert "IT: kept 'information technology', refused 'Income Tax'" in capsys.readouterr().err
    assert main(["--data", str(root), "glossary-merge", "--senses", str(staging)]) == 0
    out = capsys.readouterr().out
    assert "added IT: Income Tax (another meaning, beside: information technology)" in out
    assert "0 added, 1 added as another meaning, 1 already there, 0 refused; 6 terms" in out
    text = (root / "glossary.toml").read_text(encoding="utf-8")
    assert text.index('full = "information technology"') < text.index('full = "Income Tax"')
    # The factory pages use IT without saying which: validate now asks them to.
    assert main(["--data", str(root), "validate"]) == 1
    assert "'IT' has several meanings (information technology; Income Tax)" in (
        capsys.readouterr().err
    )


def test_show_works_on_a_non_utf8_console(tmp_path) -> None:
    """A Windows redirect is cp1252: `show` still writes every character (as UTF-8)."""
    import os
    import subprocess
    import sys

    from tests.conftest import REPO

    env = {**os.environ, "PYTHONIOENCODING": "cp1252", "PYTHONPATH": str(REPO)}
    result = subprocess.run(
        [sys.executable, "-m", "shishya_desktop.catalog.cli", "show", "nurse"],
        capture_output=True,
        env=env,
        cwd=REPO,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr.decode(errors="replace")
    assert "₹" in result.stdout.decode("utf-8") and b"Traceback" not in result.stderr


def test_bundled_database_search_reports_need_filter() -> None:
    """`search "no maths" --json` names the need and the filter it applied."""
    result = run("search", "no maths", "--json")
    assert result.returncode == 0, result.stderr
    printed = json.loads(result.stdout)
    assert printed["needs"][0]["filter"] == {"without_subjects": ["maths"]}
    assert printed["results"]
