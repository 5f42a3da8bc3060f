"""PDF file names are safe everywhere and the dialog opens in a folder that exists."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QStandardPaths

from shishya_desktop.ui.common import file_dialogs
from shishya_desktop.ui.common.file_dialogs import default_folder
from shishya_desktop.ui.common.print_actions import MAX_STEM, suggested_file_name


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Compare: Registered Nurse (B.Sc Nursing) · Doctor (MBBS)", None),
        ("Doctor (MBBS)", "doctor-mbbs.pdf"),
        ("AC & Refrigeration Technician", "ac-and-refrigeration-technician.pdf"),
        ("", "shishya.pdf"),
        ("डॉक्टर", "shishya.pdf"),
    ],
)
def test_known_titles(title: str, expected: str | None) -> None:
    name = suggested_file_name(title)
    if expected:
        assert name == expected
    assert re.fullmatch(r"[a-z0-9-]+\.pdf", name)


def test_long_titles_are_cut_between_words() -> None:
    title = "Compare: Registered Nurse (B.Sc Nursing) · Physiotherapist · Pharmacist · Doctor"
    stem = suggested_file_name(title).removesuffix(".pdf")
    assert len(stem) <= MAX_STEM
    words = re.findall(r"[a-z0-9]+", title.lower())
    assert stem.split("-") == words[: len(stem.split("-"))]


@given(st.text(max_size=200))
def test_any_title_gives_a_safe_name(title: str) -> None:
    name = suggested_file_name(title)
    assert re.fullmatch(r"[a-z0-9-]{1,60}\.pdf", name)
    assert ":" not in name and "/" not in name and "\\" not in name


def test_missing_documents_falls_back_to_a_real_folder(monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    missing = tmp_path / "no-such-documents"
    monkeypatch.setattr(
        file_dialogs.QStandardPaths, "writableLocation", staticmethod(lambda kind: str(missing))
    )
    folder = default_folder()
    assert folder.is_dir()
    assert folder != missing


def test_existing_documents_is_used(monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    docs = tmp_path / "Documents"
    docs.mkdir()
    real = QStandardPaths.writableLocation

    def fake(kind):  # type: ignore[no-untyped-def]
        if kind == QStandardPaths.StandardLocation.DocumentsLocation:
            return str(docs)
        return real(kind)

    monkeypatch.setattr(file_dialogs.QStandardPaths, "writableLocation", staticmethod(fake))
    assert default_folder() == docs
