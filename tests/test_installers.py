"""The frozen bundle and the .deb: built from this checkout, started, checked, removed (slow)."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import REPO

pytestmark = pytest.mark.slow


def offscreen_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    if shutil.which("readelf") is None:
        pytest.skip("needs binutils (readelf)")
    work = tmp_path_factory.mktemp("pyinstaller")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(work / "dist"),
            "--workpath",
            str(work / "build"),
            "build.spec",
        ],
        cwd=REPO,
        check=True,
        timeout=900,
    )
    yield work / "dist"


def test_frozen_self_test_passes(bundle: Path, tmp_path: Path) -> None:
    """The bundle opens its database, searches, builds every view and writes a PDF."""
    report = tmp_path / "report.txt"
    result = subprocess.run(
        [str(bundle / "shishya" / "shishya"), "--self-test", "--report", str(report)],
        env=offscreen_env(),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    lines = report.read_text(encoding="utf-8").splitlines()
    assert lines[-1] == "RESULT PASS"
    assert not [line for line in lines if line.startswith("FAIL")]


def test_frozen_app_writes_nothing_in_its_folder(bundle: Path, tmp_path: Path) -> None:
    """A read-only install folder works, and nothing is written inside it."""
    folder = tmp_path / "installed"
    shutil.copytree(bundle / "shishya", folder, symlinks=True)
    before = sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))
    for path in [folder, *folder.rglob("*")]:
        if not path.is_symlink():
            path.chmod(path.stat().st_mode & ~(stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))
    env = offscreen_env() | {"SHISHYA_HOME": str(tmp_path / "home")}
    result = subprocess.run(
        [str(folder / "shishya"), "--self-test"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert sorted(str(p.relative_to(folder)) for p in folder.rglob("*")) == before
    version = subprocess.run(
        [str(folder / "shishya"), "--version"], env=env, capture_output=True, text=True, timeout=60
    )
    assert version.stdout.startswith("Shishya ")


def test_bundle_leaves_out_network_and_unused_qt(bundle: Path) -> None:
    """No socket or TLS modules, no QML, Quick, Network, WebEngine or Qt translations."""
    names = [str(p.relative_to(bundle)) for p in bundle.rglob("*")]
    for unwanted in (
        "_socket",
        "_ssl",
        "Qt6Qml",
        "Qt6Quick",
        "Qt6Network",
        "WebEngine",
        "translations/qt",
        "platformthemes",
        "wayland",
    ):
        assert not [n for n in names if unwanted in n], unwanted
    assert any(n.endswith("data/shishya.db") for n in names)
    assert any(n.endswith("fonts/NotoSansDevanagari-Regular.ttf") for n in names)


@pytest.mark.skipif(
    shutil.which("dpkg-deb") is None or os.geteuid() != 0, reason="needs dpkg and root"
)
def test_deb_installs_runs_and_uninstalls(bundle: Path, tmp_path: Path) -> None:
    env = os.environ | {"DIST": str(bundle), "BUILD": str(tmp_path / "build")}
    built = subprocess.run(
        ["bash", "installer/linux/build_deb.sh"],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=600,
    )
    deb = Path(built.stdout.strip().splitlines()[-1])
    info = subprocess.run(
        ["dpkg-deb", "--info", str(deb)], capture_output=True, text=True, check=True
    ).stdout
    assert "libxcb-cursor0" in info and "Package: shishya" in info
    subprocess.run(["dpkg", "-i", str(deb)], check=True, capture_output=True, timeout=300)
    try:
        assert Path("/usr/bin/shishya").resolve() == Path("/opt/shishya/shishya")
        desktop = "/usr/share/applications/shishya.desktop"
        subprocess.run(["desktop-file-validate", desktop], check=True)
        result = subprocess.run(
            ["shishya", "--self-test"],
            env=offscreen_env(),
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert result.returncode == 0, result.stdout + result.stderr
    finally:
        subprocess.run(["dpkg", "-r", "shishya"], check=True, capture_output=True, timeout=300)
    for leftover in (
        "/opt/shishya",
        "/usr/bin/shishya",
        "/usr/share/applications/shishya.desktop",
        "/usr/share/icons/hicolor/scalable/apps/shishya.svg",
    ):
        assert not os.path.lexists(leftover), leftover
