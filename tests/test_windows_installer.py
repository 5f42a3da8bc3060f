"""The Windows installer, exercised: Inno Setup's compiler (the npm registry's ``innosetup``)
compiles installer/windows/shishya.iss around a stand-in bundle folder, and the setup runs
silently under wine, per-user and then for all users with lab defaults; files, shortcuts and the
uninstall entry are checked, then it is uninstalled and nothing may be left (slow).

What this proves: the script compiles, the silent switches, the two install modes, the lab
defaults, shortcuts, uninstall entry and a clean uninstall work. What it does not: that the
real PyInstaller bundle runs on Windows (that needs a Windows build host; see the README).
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from shishya_desktop import __version__
from tests.conftest import REPO

pytestmark = pytest.mark.slow

ISCC = REPO / ".tools" / "node_modules" / "innosetup" / "bin" / "ISCC.exe"
APP_ID = "{7C1E9B52-4E0B-4C5B-9D2A-5A1F7E2C9B31}_is1"
UNINSTALL_KEY = "Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\" + APP_ID

needs = [name for name in ("wine", "xvfb-run") if shutil.which(name) is None]
if not ISCC.is_file():
    needs.append("Inno Setup (npm innosetup in .tools, scripts/setup.sh test)")
if needs:
    pytest.skip(f"needs {', '.join(needs)}", allow_module_level=True)


class Wine:
    def __init__(self, prefix: Path):
        self.prefix = prefix
        self.env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
        self.env |= {
            "WINEPREFIX": str(prefix),
            "WINEDEBUG": "-all",
            "WINEDLLOVERRIDES": "mscoree,mshtml=",  # no Mono or Gecko download prompts
            "WINEARCH": "win64",
        }

    def run(self, *command: str, timeout: int = 300) -> subprocess.CompletedProcess[str]:
        # Even a /VERYSILENT setup makes (hidden) windows: a virtual X screen for them.
        script = " ".join(_quote(part) for part in command) + "; code=$?; wineserver -w; exit $code"
        return subprocess.run(
            ["xvfb-run", "-a", "sh", "-c", script],
            env=self.env,
            capture_output=True,
            text=True,
            timeout=timeout,
        )

    def c(self, windows_path: str) -> Path:
        relative = windows_path.replace("C:\\", "").replace("\\", "/")
        return self.prefix / "drive_c" / relative

    def registry(self, root: str) -> str:
        return self.run("wine", "reg", "query", f"{root}\\{UNINSTALL_KEY}", "/reg:64").stdout


def _quote(text: str) -> str:
    return "'" + text.replace("'", "'\\''") + "'"


@pytest.fixture(scope="module")
def setup_exe(tmp_path_factory: pytest.TempPathFactory) -> tuple[Wine, Path]:
    """A wine prefix, and the setup compiled around a stand-in bundle (same layout as the real
    one: shishya.exe and an _internal folder)."""
    work = tmp_path_factory.mktemp("inno")
    tree = work / "tree"
    (tree / "installer" / "windows").mkdir(parents=True)
    shutil.copy(REPO / "installer" / "windows" / "shishya.iss", tree / "installer" / "windows")
    (tree / "resources").mkdir()
    shutil.copy(REPO / "resources" / "icon.ico", tree / "resources")
    bundle = tree / "dist" / "shishya"
    (bundle / "_internal" / "data").mkdir(parents=True)
    (bundle / "shishya.exe").write_bytes(b"MZ stand-in for the frozen app")
    (bundle / "_internal" / "data" / "shishya.db").write_bytes(
        (REPO / "data" / "shishya.db").read_bytes()
    )
    wine = Wine(work / "prefix")
    booted = wine.run("wineboot", "-i")
    assert booted.returncode == 0, booted.stderr[-2000:]
    compiled = subprocess.run(
        [
            "wine",
            str(ISCC),
            "/Q",
            f"/DAppVersion={__version__}",
            "/DUserPrograms={localappdata}\\Programs",
            "shishya.iss",
        ],
        cwd=tree / "installer" / "windows",
        env=wine.env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    setup = tree / "dist" / f"shishya-{__version__}-setup.exe"
    assert compiled.returncode == 0 and setup.is_file(), compiled.stdout + compiled.stderr
    return wine, setup


def snapshot(wine: Wine) -> set[str]:
    drive = wine.prefix / "drive_c"
    return {str(p.relative_to(drive)) for p in drive.rglob("*") if "shishya" in str(p).lower()}


def test_per_user_install_and_uninstall(setup_exe) -> None:
    wine, setup = setup_exe
    before = snapshot(wine)
    log = wine.prefix / "drive_c" / "per-user.log"
    done = wine.run(
        "wine",
        str(setup),
        "/VERYSILENT",
        "/SUPPRESSMSGBOXES",
        "/CURRENTUSER",
        "/LOG=C:\\per-user.log",
    )
    assert done.returncode == 0, log.read_text(errors="replace")[-3000:]
    app = wine.c("C:\\users\\" + _user(wine) + "\\AppData\\Local\\Programs\\Shishya")
    assert (app / "shishya.exe").is_file() and (app / "_internal" / "data" / "shishya.db").is_file()
    menu = wine.c(
        f"C:\\users\\{_user(wine)}\\AppData\\Roaming\\Microsoft\\Windows\\Start Menu"
        "\\Programs\\Shishya"
    )
    assert sorted(p.name for p in menu.iterdir()) == ["Shishya.lnk", "Uninstall Shishya.lnk"]
    entry = wine.registry("HKCU")
    assert "DisplayName" in entry and "UninstallString" in entry and __version__ in entry
    assert APP_ID not in wine.registry("HKLM")

    gone = wine.run("wine", str(app / "unins000.exe"), "/VERYSILENT", "/SUPPRESSMSGBOXES")
    assert gone.returncode == 0, gone.stderr[-2000:]
    assert not app.exists() and not menu.exists()
    assert "DisplayName" not in wine.registry("HKCU")
    assert snapshot(wine) - before == set()


def test_all_users_install_with_lab_defaults_and_uninstall(setup_exe) -> None:
    wine, setup = setup_exe
    before = snapshot(wine)
    done = wine.run(
        "wine",
        str(setup),
        "/VERYSILENT",
        "/SUPPRESSMSGBOXES",
        "/ALLUSERS",
        "/MODE=lab",
        "/TEXTSIZE=125",
        "/LOG=C:\\all-users.log",
    )
    log = wine.prefix / "drive_c" / "all-users.log"
    assert done.returncode == 0, log.read_text(errors="replace")[-3000:]
    app = wine.c("C:\\Program Files\\Shishya")
    assert (app / "shishya.exe").is_file()
    menu = wine.c("C:\\ProgramData\\Microsoft\\Windows\\Start Menu\\Programs\\Shishya")
    assert (menu / "Shishya.lnk").is_file()
    defaults = wine.c("C:\\ProgramData\\Shishya\\shishya.ini").read_text(errors="replace")
    assert "[shishya]" in defaults and "mode=lab" in defaults and "text_size=125" in defaults
    from shishya_desktop.userdata import modes

    config = modes.parse(defaults)
    assert config.mode is modes.Mode.LAB and config.text_size == 125 and not config.problem
    assert "DisplayName" in wine.registry("HKLM")
    # An admin's content packs live beside the defaults; uninstalling removes them too.
    content = wine.c("C:\\ProgramData\\Shishya\\content\\packs\\1-x")
    content.mkdir(parents=True)
    (content / "shishya.db").write_bytes(b"x")

    gone = wine.run("wine", str(app / "unins000.exe"), "/VERYSILENT", "/SUPPRESSMSGBOXES")
    assert gone.returncode == 0, gone.stderr[-2000:]
    assert not app.exists() and not menu.exists()
    assert not wine.c("C:\\ProgramData\\Shishya").exists()
    assert "DisplayName" not in wine.registry("HKLM")
    assert snapshot(wine) - before == set()


def _user(wine: Wine) -> str:
    users = [p.name for p in (wine.prefix / "drive_c" / "users").iterdir() if p.name != "Public"]
    return users[0]
