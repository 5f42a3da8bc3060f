"""The frozen bundle and the .deb: built from this checkout, started, checked, removed (slow)."""

from __future__ import annotations

import json
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
    report = tmp_path / "report.json"
    result = subprocess.run(
        [str(bundle / "shishya" / "shishya"), "--self-test", "--report", str(report)],
        env=offscreen_env(),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    data = json.loads(report.read_text(encoding="utf-8"))
    assert data["result"] == "PASS" and data["failed"] == []


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


def assert_pack_installs_and_restores(program: list[str], work: Path) -> None:
    """A pack made by shishya-data pack installs (for all users and for one), the app reports
    the new content, restore brings the old one back, a tampered copy is refused."""
    from shishya_desktop.packs import signing

    work.mkdir()
    key = signing.generate()
    (work / "k.key").write_text(key.to_text())
    (work / "k.pub").write_text(key.public.to_text())
    newer = work / "shishya.db"
    shutil.copyfile(REPO / "data" / "shishya.db", newer)
    import sqlite3

    with sqlite3.connect(newer) as connection:
        connection.execute("UPDATE meta SET value = '2099.1.1' WHERE key = 'content_version'")
    connection.close()
    from tests.resealed import reseal

    reseal(newer)
    pack = work / "shishya-content-2099.1.1.shpack"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "shishya_desktop.catalog.cli",
            "--db",
            str(newer),
            "pack",
            "--key",
            str(work / "k.key"),
            "--out",
            str(pack),
            "--serial",
            "3",
        ],
        cwd=REPO,
        check=True,
        capture_output=True,
        timeout=120,
    )
    env = offscreen_env() | {
        "SHISHYA_TRUST_KEY_FILE": str(work / "k.pub"),
        "SHISHYA_HOME": str(work / "home"),
        "SHISHYA_MACHINE_DIR": str(work / "machine"),
    }

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [*program, *args], env=env, capture_output=True, text=True, timeout=120
        )

    done = run("update", str(pack), "--all-users")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "content 2099.1.1" in run("--version").stdout
    tampered = work / "tampered.shpack"
    data = bytearray(pack.read_bytes())
    data[len(data) // 2] ^= 0xFF
    tampered.write_bytes(bytes(data))
    refused = run("update", str(tampered))
    assert refused.returncode == 1 and "Nothing was changed." in refused.stderr
    assert run("restore-content", "--all-users").returncode == 0
    assert "content 2099.1.1" not in run("--version").stdout
    assert run("update", str(pack)).returncode == 0  # for this user: not seen here before
    assert "content 2099.1.1" in run("--version").stdout


def test_frozen_app_installs_a_content_pack(bundle: Path, tmp_path: Path) -> None:
    assert_pack_installs_and_restores([str(bundle / "shishya" / "shishya")], tmp_path / "p")


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
        assert_pack_installs_and_restores(["shishya"], tmp_path / "deb-pack")
    finally:
        subprocess.run(["dpkg", "-r", "shishya"], check=True, capture_output=True, timeout=300)
    for leftover in (
        "/opt/shishya",
        "/usr/bin/shishya",
        "/usr/share/applications/shishya.desktop",
        "/usr/share/icons/hicolor/scalable/apps/shishya.svg",
    ):
        assert not os.path.lexists(leftover), leftover
