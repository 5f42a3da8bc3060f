"""PDF export: the files' text, page size and count, and the command line's failures."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from shishya_desktop.guide.comparison import compare
from shishya_desktop.ui.common.printing import ExportError, career_job, comparison_job, export_pdf
from tests.conftest import REPO

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
FOUR = ("doctor-mbbs", "pharmacist", "physiotherapist", "nurse")


def pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def pdf_info(path: Path) -> dict[str, str]:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return dict(line.split(":", 1) for line in out.splitlines() if ":" in line)


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def test_comparison_pdf_has_every_title_and_salary(themed_app, catalog, tmp_path) -> None:
    careers = [catalog.career(slug) for slug in FOUR]
    out = tmp_path / "compare.pdf"
    pages = export_pdf(comparison_job(compare(careers), catalog.info()), out)
    info = pdf_info(out)
    assert int(info["Pages"]) == pages >= 1
    assert info["Page size"].split("pts")[0].split() == ["842", "x", "595"]  # A4 landscape
    text = squash(pdf_text(out))
    for career in careers:
        assert squash(career.title)[:25] in text
        for band in career.salary:
            assert f"₹{band.min_lpa:g}–₹{band.max_lpa:g}" in text
    assert f"Page 1 of {pages}" in text
    assert catalog.info().version in text


def test_career_pdf_is_a4_portrait_with_devanagari(themed_app, catalog, tmp_path) -> None:
    career = catalog.career("physiotherapist")
    out = tmp_path / "career.pdf"
    export_pdf(career_job(career, catalog.info()), out)
    info = pdf_info(out)
    assert info["Page size"].split("pts")[0].split() == ["595", "x", "842"]  # A4 portrait
    text = squash(pdf_text(out))
    assert career.title in text
    # Shaped Devanagari does not extract back letter for letter; its letters must be there.
    assert any("\u0900" <= char <= "\u097f" for char in text)
    assert "What they actually do" in text and "Honest pros and cons" in text
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True).stdout
    assert "NotoSansDevanagari" in fonts and "NotoSans-Regular" in fonts
    assert all(line.split()[-5] == "yes" for line in fonts.splitlines()[2:])  # embedded


def test_unwritable_path_leaves_no_file(themed_app, catalog, tmp_path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    with pytest.raises(ExportError):
        export_pdf(career_job(catalog.career("nurse"), catalog.info()), blocker / "out.pdf")
    with pytest.raises(ExportError):
        export_pdf(career_job(catalog.career("nurse"), catalog.info()), tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a-file"]


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "shishya_desktop", *args],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=120,
    )


def test_cli_export_compare_and_career(tmp_path) -> None:
    out = tmp_path / "four.pdf"
    result = run_cli("export", "--compare", *FOUR, "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert "Wrote" in result.stdout and out.read_bytes().startswith(b"%PDF")
    single = tmp_path / "one.pdf"
    assert run_cli("export", "--career", "nurse", "--out", str(single)).returncode == 0


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--career", "astronaut"), "no career 'astronaut'"),
        (("--compare", "nurse"), "two to four careers"),
        (("--compare", "nurse", "dentist", "surgeon", "pharmacist", "chef"), "two to four"),
        (("--compare", "nurse", "nurse"), "only once"),
    ],
)
def test_cli_export_bad_input(tmp_path, args, message) -> None:
    out = tmp_path / "never.pdf"
    result = run_cli("export", *args, "--out", str(out))
    assert result.returncode == 2
    assert message in result.stderr and "Traceback" not in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_cli_export_unwritable(tmp_path) -> None:
    result = run_cli("export", "--career", "nurse", "--out", str(tmp_path / "missing" / "x.pdf"))
    assert result.returncode == 2 and "does not exist" in result.stderr


def test_career_pdf_spells_out_abbreviations_at_first_use(themed_app, catalog, tmp_path) -> None:
    """The printed page carries the full forms, since a sheet of paper has no tooltips."""
    career = catalog.career("bank-po")
    out = tmp_path / "bank-po.pdf"
    export_pdf(career_job(career, catalog.info(), catalog.glossary()), out)
    text = squash(pdf_text(out))
    assert "IBPS (Institute of Banking Personnel Selection)" in text
    assert text.count("(Institute of Banking Personnel Selection)") == 1


def test_comparison_pdf_spells_out_abbreviations_once(themed_app, catalog, tmp_path) -> None:
    """A comparison handout spells each abbreviation out once, the first time it appears."""
    careers = [catalog.career(slug) for slug in FOUR]
    job = comparison_job(compare(careers), catalog.info(), catalog.glossary())
    assert job.html.count("MBBS</span> (Bachelor of Medicine and Bachelor of Surgery)") == 1
    assert job.html.count(">MBBS</span>") > 1
    assert export_pdf(job, tmp_path / "compare.pdf") >= 1


def test_cli_export_has_normal_permissions_and_refuses_read_only(tmp_path) -> None:
    """Exports are 0644 under umask 022 (not 0600); a read-only target is refused, kept."""
    out = tmp_path / "nurse.pdf"
    assert run_cli("export", "--career", "nurse", "--out", str(out)).returncode == 0
    assert oct(out.stat().st_mode & 0o777) == oct(0o666 & ~current_umask())
    out.write_bytes(b"old")
    out.chmod(0o444)
    result = run_cli("export", "--career", "nurse", "--out", str(out))
    assert result.returncode == 2 and "read-only" in result.stderr
    assert out.read_bytes() == b"old"


def current_umask() -> int:
    import os

    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def test_career_without_salary_or_routes_exports_without_those_sections(
    themed_app, catalog, tmp_path
) -> None:
    """A missing section is left out of the page and the PDF, never an IndexError."""
    import dataclasses

    career = dataclasses.replace(catalog.career("nurse"), salary=(), paths=())
    out = tmp_path / "thin.pdf"
    export_pdf(career_job(career, catalog.info()), out)
    text = squash(pdf_text(out))
    assert "What they actually do" in text and "Salary by experience" not in text
    assert "How to become one" not in text
    comparison = compare([career, catalog.career("pharmacist")])
    export_pdf(comparison_job(comparison, catalog.info()), tmp_path / "thin-compare.pdf")


def test_pdf_button_warns_and_keeps_a_read_only_file(
    window, catalog, tmp_path, monkeypatch, shown_dialogs
) -> None:
    """The window's PDF… button: a read-only target is a plain warning with Details, kept."""
    from PySide6.QtCore import Qt

    from shishya_desktop.ui.common import file_dialogs
    from shishya_desktop.ui.common.print_actions import export_with_dialog

    target = tmp_path / "nurse.pdf"
    target.write_bytes(b"old")
    target.chmod(0o444)
    monkeypatch.setattr(file_dialogs, "ask_save_path", lambda *args, **kwargs: str(target))
    assert export_with_dialog(window, career_job(catalog.career("nurse"), catalog.info())) is None
    [dialog] = shown_dialogs
    assert "read-only" in dialog["text"] and str(target) in dialog["details"]
    assert dialog["format"] == Qt.TextFormat.PlainText
    assert target.read_bytes() == b"old"


def test_export_in_hindi(tmp_path: Path) -> None:
    """``shishya export --language hi`` writes the handout in Hindi (its title: Devanagari)."""
    import os

    out = tmp_path / "nurse-hi.pdf"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "shishya_desktop",
            "export",
            "--career",
            "nurse",
            "--language",
            "hi",
            "--out",
            str(out),
        ],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF")
    if shutil.which("pdfinfo"):
        info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True).stdout
        title = next(line for line in info.splitlines() if line.startswith("Title:"))
        assert re.search(r"[\u0900-\u097F]", title), title
