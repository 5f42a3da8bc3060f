"""Every damaged database meets the student as a clear message, in every way Shishya starts.

The cases (tests/damaged.py, built from the real database) go through the data CLI, ``shishya
export``, the self-test and the window (offscreen). A refused file gives a message and details
(path, SQLite's words); a partly damaged one opens and says so in place of the damaged page.
Nothing may end in a traceback. Real processes, and a file only root can read opened as nobody,
are checked too.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from shishya_desktop.catalog import Catalog, CatalogError
from shishya_desktop.catalog import cli as data_cli
from shishya_desktop.catalog.errors import Problem
from tests.conftest import REPO
from tests.damaged import CASES, SLUG, Case

MESSAGES = tuple(problem.value for problem in Problem)
IDS = [case.name for case in CASES]


def test_there_are_enough_cases() -> None:
    assert len(CASES) >= 30 and len(set(IDS)) == len(IDS)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("damaged")
    return {case.name: case.build(folder) for case in CASES}


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_open_check(case: Case, built: dict[str, Path]) -> None:
    """Refused files raise the one typed error, with the path and the cause in its details."""
    path = built[case.name]
    if case.expect == "refused":
        with pytest.raises(CatalogError) as raised:
            Catalog.open(path)
        assert str(raised.value) in MESSAGES
        assert f"File: {path}" in raised.value.details()
        return
    Catalog.open(path).close()


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_data_cli(case: Case, built: dict[str, Path], capsys: pytest.CaptureFixture[str]) -> None:
    """shishya-data show, stats and search: output or a one-line message, exit 0 or 2."""
    path = str(built[case.name])
    for command in (["show", SLUG], ["stats"], ["search", "doctor"]):
        code = data_cli.main(["--db", path, *command])
        err = capsys.readouterr().err
        assert code in (0, 2), (command, err)
        if case.expect == "refused":
            assert (
                code == 2 and err.startswith("shishya-data: ") and any(m in err for m in MESSAGES)
            ), (command, err)


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_export(case: Case, built: dict[str, Path], tmp_path: Path, themed_app, capsys) -> None:
    """shishya export: a whole PDF, or exit 2 with a message and no file."""
    from shishya_desktop.app import main

    out = tmp_path / "out.pdf"
    code = main(["--db", str(built[case.name]), "export", "--career", SLUG, "--out", str(out)])
    captured = capsys.readouterr()
    assert code in (0, 2), captured.err
    if code == 2:
        assert captured.err.startswith("shishya export: ") and not out.exists()
    else:
        assert out.read_bytes().startswith(b"%PDF-")
    if case.expect == "refused":
        assert code == 2 and any(m in captured.err for m in MESSAGES)
        assert str(built[case.name]) in captured.err  # the details name the file


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_self_test(case: Case, built: dict[str, Path], themed_app, capsys) -> None:
    """The self-test fails on every damaged file, naming the cause; only sound ones pass."""
    from shishya_desktop.selftest import run_self_test

    code = run_self_test(built[case.name], None)
    out = capsys.readouterr().out
    assert out.rstrip().splitlines()[-1].startswith("RESULT")
    if case.expect == "works":
        assert code == 0, out
    else:
        assert code == 1 and "FAIL" in out, out
    if case.expect == "refused":
        assert "FAIL database" in out and f"File: {built[case.name]}" in out


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_window(case: Case, built: dict[str, Path], themed_app, shown_dialogs, qtbot) -> None:
    """The window: a dialog with Details, or it opens and shows failures in place."""
    from shishya_desktop.app import start_window

    path = built[case.name]
    window = start_window(path)
    if case.expect == "refused":
        assert window is None
        [dialog] = shown_dialogs
        assert dialog["text"] in MESSAGES and f"File: {path}" in dialog["details"]
        assert dialog["format"] == Qt.TextFormat.PlainText
        return
    assert window is not None and shown_dialogs == []
    qtbot.addWidget(window)
    try:
        page = window.explore.page
        first = window.catalog.career_summaries()[0]
        assert page.open_career(first.slug) and page.title_label.text() == first.title
        if case.slug:
            page.open_career(case.slug)
            title = page.title_label.text()
            assert title != first.title  # never the previous page
            if page.failed is not None:
                assert title == "This page cannot be shown"
                assert str(page.failed) in page.browser.toPlainText()
        window.explore.search.setText("doctor")
        explore = window.explore
        assert explore.model.rowCount() > 0 or "could not run" in explore.empty_label.text()
        window.show_compare()
        window.compare.add(first.slug)
        window.show_exams()
        exam = window.catalog.exams()[0]
        window.exams.open_exam(exam.slug)
        assert window.exams.page.title_label.text() == exam.short_name
        last = window.catalog.career_summaries()[-1]
        window.open_career(last.slug)  # still working
        assert page.title_label.text() == last.title
    finally:
        window.close()
        window.catalog.close()


# -- real processes --------------------------------------------------------------------------


def run(*args: str, user: str | None = None) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, *args]
    if user is not None:
        command = ["setpriv", f"--reuid={user}", f"--regid={user}", "--clear-groups", *command]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO)}
    env["SHISHYA_HOME"] = tempfile.mkdtemp(prefix="shishya-home-")
    os.chmod(env["SHISHYA_HOME"], 0o777)
    try:
        return subprocess.run(
            command, capture_output=True, text=True, cwd=REPO, env=env, timeout=120
        )
    finally:
        shutil.rmtree(env["SHISHYA_HOME"], ignore_errors=True)


@pytest.fixture
def unreadable_db() -> Iterator[Path]:
    """A copy of the real database that only root may read, in a folder anyone may enter."""
    if os.geteuid() != 0 or shutil.which("setpriv") is None:
        pytest.skip("needs root and setpriv to run as another user")
    folder = Path(tempfile.mkdtemp(prefix="shishya-perm-"))
    folder.chmod(0o755)
    path = folder / "shishya.db"
    shutil.copyfile(REPO / "data" / "shishya.db", path)
    path.chmod(0o600)
    yield path
    shutil.rmtree(folder)


WINDOW_PROBE = """
import sys
from pathlib import Path
from PySide6.QtWidgets import QMessageBox
from shishya_desktop.app import create_application, start_window
def record(box):
    print("DIALOG", box.text()); print("DETAILS", box.detailedText()); return 0
QMessageBox.exec = record
create_application([])
sys.exit(0 if start_window(Path(sys.argv[1])) is None else 3)
"""


def test_permission_denied_is_named_as_such(unreadable_db: Path, tmp_path: Path) -> None:
    """Run as nobody: not "damaged, reinstall" but "not allowed to read", with the path."""
    nobody = "65534"
    allowed = Problem.NO_ACCESS.value
    shown = run(
        "-m", "shishya_desktop.catalog.cli", "--db", str(unreadable_db), "show", SLUG, user=nobody
    )
    assert shown.returncode == 2 and allowed in shown.stderr, shown.stderr
    out = Path(tempfile.mkdtemp(prefix="shishya-out-"))
    out.chmod(0o777)
    try:
        exported = run(
            "-m",
            "shishya_desktop",
            "--db",
            str(unreadable_db),
            "export",
            "--career",
            SLUG,
            "--out",
            str(out / "x.pdf"),
            user=nobody,
        )
    finally:
        shutil.rmtree(out)
    assert exported.returncode == 2 and allowed in exported.stderr
    assert "Permission denied" in exported.stderr and str(unreadable_db) in exported.stderr
    tested = run("-m", "shishya_desktop", "--self-test", "--db", str(unreadable_db), user=nobody)
    assert tested.returncode == 1 and "FAIL database" in tested.stdout
    assert f"File: {unreadable_db}" in tested.stdout
    window = run("-c", WINDOW_PROBE, str(unreadable_db), user=nobody)
    assert window.returncode == 0, window.stderr
    assert f"DIALOG {allowed}" in window.stdout and "Permission denied" in window.stdout
    for result in (shown, exported, tested, window):
        assert "Traceback" not in result.stderr


SAMPLE = ("no-categories", "half", "not-utf8-what-they-do", "career-without-salary", "missing")


@pytest.mark.parametrize("name", SAMPLE)
def test_real_processes_print_no_traceback(name: str, built: dict[str, Path], tmp_path) -> None:
    """The installed commands, as separate processes: messages, never a traceback."""
    path = str(built[name])
    results = [
        run("-m", "shishya_desktop.catalog.cli", "--db", path, "show", SLUG),
        run(
            "-m",
            "shishya_desktop",
            "--db",
            path,
            "export",
            "--career",
            SLUG,
            "--out",
            str(tmp_path / "x.pdf"),
        ),
    ]
    for result in results:
        assert result.returncode in (0, 2) and "Traceback" not in result.stderr, result.stderr


@pytest.mark.slow
@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_every_case_as_real_processes(case: Case, built: dict[str, Path], tmp_path) -> None:
    """All cases through separate processes of the data CLI, export and self-test (slow)."""
    path = str(built[case.name])
    results = [
        run("-m", "shishya_desktop.catalog.cli", "--db", path, "stats"),
        run(
            "-m",
            "shishya_desktop",
            "--db",
            path,
            "export",
            "--career",
            SLUG,
            "--out",
            str(tmp_path / "x.pdf"),
        ),
        run("-m", "shishya_desktop", "--self-test", "--db", path),
    ]
    for result in results:
        assert "Traceback" not in result.stderr, result.stderr
