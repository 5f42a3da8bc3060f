"""Writes that cannot lie: complete or not at all, normal permissions, old file kept on failure."""

from __future__ import annotations

import os
import stat
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from shishya_desktop.pdf_check import check_pdf_bytes
from shishya_desktop.safe_write import WriteError, write_file

OLD = b"the previous, good file"


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".part"))


@pytest.mark.parametrize("mask", [0o022, 0o002, 0o077])
def test_new_file_follows_the_umask(tmp_path: Path, mask: int) -> None:
    """Not 0600: other lab users and a print operator can read an export (umask permitting)."""
    old = os.umask(mask)
    try:
        write_file(tmp_path / "out.bin", b"data")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "out.bin").stat().st_mode) == 0o666 & ~mask
    assert leftovers(tmp_path) == []


def test_replacing_keeps_the_old_files_mode(tmp_path: Path) -> None:
    target = tmp_path / "out.bin"
    target.write_bytes(OLD)
    target.chmod(0o640)
    write_file(target, b"new")
    assert target.read_bytes() == b"new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


def test_a_failed_check_keeps_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "out.pdf"
    target.write_bytes(OLD)

    def refuse(_path: Path) -> None:
        raise ValueError("cut off")

    with pytest.raises(WriteError, match="damaged") as raised:
        write_file(target, b"%PDF-1.4 half", refuse)
    assert "cut off" in raised.value.details
    assert target.read_bytes() == OLD and leftovers(tmp_path) == []


def test_read_only_target_is_refused(tmp_path: Path) -> None:
    target = tmp_path / "handout.pdf"
    target.write_bytes(OLD)
    target.chmod(0o444)
    with pytest.raises(WriteError, match="read-only"):
        write_file(target, b"new")
    assert target.read_bytes() == OLD


def test_symlink_target_is_not_replaced(tmp_path: Path) -> None:
    real = tmp_path / "real.pdf"
    real.write_bytes(OLD)
    link = tmp_path / "link.pdf"
    link.symlink_to(real)
    with pytest.raises(WriteError, match="link"):
        write_file(link, b"new")
    assert link.is_symlink() and real.read_bytes() == OLD


@pytest.mark.parametrize("where", ["missing/out.pdf", "."])
def test_missing_folder_and_folder_target_are_refused(tmp_path: Path, where: str) -> None:
    with pytest.raises(WriteError, match=r"does not exist|is a folder"):
        write_file(tmp_path / where, b"x")


def test_pdf_check_rejects_every_cut(themed_pdf: bytes) -> None:
    """Cut anywhere, a PDF fails the structure check; whole, it passes."""
    check_pdf_bytes(themed_pdf)
    for cut in (10, 100, len(themed_pdf) // 3, len(themed_pdf) // 2, len(themed_pdf) - 30):
        with pytest.raises(ValueError):
            check_pdf_bytes(themed_pdf[:cut])
    flipped = bytearray(themed_pdf)
    offset = themed_pdf.rindex(b"startxref") + 10
    flipped[offset] = ord("9") if flipped[offset] != ord("9") else ord("1")
    with pytest.raises(ValueError):
        check_pdf_bytes(bytes(flipped))


@pytest.fixture
def themed_pdf(tmp_path: Path) -> bytes:
    from shishya_desktop.app import create_application
    from shishya_desktop.catalog import Catalog
    from shishya_desktop.ui.common.printing import career_job, export_pdf
    from tests.conftest import REPO

    create_application([])
    out = tmp_path / "nurse.pdf"
    with Catalog.open(REPO / "data" / "shishya.db") as catalog:
        export_pdf(career_job(catalog.career("nurse"), catalog.info()), out)
    return out.read_bytes()


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    """A 256 KiB tmpfs (root only): almost full, with a good old file on it."""
    if os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root")
    mount = tmp_path / "usb"
    mount.mkdir()
    result = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", str(mount)], capture_output=True
    )
    if result.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {result.stderr.decode(errors='replace')}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", str(mount)], check=False)


def fill(mount: Path, leave: int) -> None:
    """Fill the disk up to ``leave`` bytes."""
    free = os.statvfs(mount).f_bavail * os.statvfs(mount).f_frsize
    (mount / "filler").write_bytes(b"\0" * max(0, free - leave))


def test_full_disk_write_fails_and_keeps_the_old_file(tiny_disk: Path) -> None:
    target = tiny_disk / "handout.pdf"
    target.write_bytes(OLD)
    fill(tiny_disk, 8192)
    with pytest.raises(WriteError, match="disk is full"):
        write_file(target, b"x" * 100_000)
    assert target.read_bytes() == OLD and leftovers(tiny_disk) == []


def test_full_disk_export_exits_non_zero_and_keeps_the_old_pdf(tiny_disk: Path) -> None:
    """`shishya export` on a full USB stick: exit 2, 'The disk is full', the old PDF intact."""
    from tests.ui.test_export import run_cli

    target = tiny_disk / "nurse.pdf"
    target.write_bytes(OLD)
    fill(tiny_disk, 16384)
    result = run_cli("export", "--career", "nurse", "--out", str(target))
    assert result.returncode == 2, result.stdout
    assert "disk is full" in result.stderr and "Traceback" not in result.stderr
    assert "Wrote" not in result.stdout
    assert target.read_bytes() == OLD and leftovers(tiny_disk) == []
