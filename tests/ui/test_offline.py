"""Offline, always: whole sessions traced with strace open no network socket, printing reaches
only the local print service, and no D-Bus daemon is started for us or left behind."""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import REPO

NETWORK = re.compile(r"AF_INET6?\b")
PRINT_PROBE = """
import sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
if sys.argv[1] == "ours":
    from shishya_desktop.ui.common.print_actions import local_print_service_only
    local_print_service_only()
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
printer = QPrinter(QPrinter.PrinterMode.HighResolution)
QPrinterInfo.availablePrinters()
dialog = QPrintDialog(printer)
app.processEvents()
"""


def session_env(**extra: str) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "DBUS_SESSION_BUS_ADDRESS", "CUPS_SERVER")
    }
    env.update(QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(REPO), SHISHYA_EXIT_WHEN_SHOWN="1")
    env.update(extra)
    return env


def traced(args: list[str], tmp_path: Path, env: dict[str, str] | None = None) -> list[str]:
    """The socket and connect calls of a whole session, children included."""
    if shutil.which("strace") is None:
        pytest.skip("needs strace")
    log = tmp_path / f"strace-{uuid.uuid4().hex}.txt"
    result = subprocess.run(
        ["strace", "-f", "-qq", "-e", "trace=socket,connect", "-o", str(log), *args],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=env or session_env(SHISHYA_HOME=str(tmp_path / "home")),
        timeout=180,
    )
    if "ptrace" in result.stderr and result.returncode != 0:
        pytest.skip(f"strace cannot trace here: {result.stderr.strip()}")
    assert "Traceback" not in result.stderr, result.stderr
    return log.read_text().splitlines()


@pytest.mark.parametrize(
    "args",
    [
        ["-m", "shishya_desktop"],
        ["-m", "shishya_desktop", "export", "--career", "nurse", "--out", "{tmp}/n.pdf"],
        ["-m", "shishya_desktop", "--self-test"],
        ["-m", "shishya_desktop.catalog.cli", "search", "doctor"],
    ],
    ids=["window", "export", "self-test", "data-cli"],
)
def test_sessions_open_no_socket(args: list[str], tmp_path: Path) -> None:
    """The window, export, self-test and the data CLI make no socket at all."""
    calls = traced([sys.executable, *(a.replace("{tmp}", str(tmp_path)) for a in args)], tmp_path)
    assert [call for call in calls if "socket(" in call or "connect(" in call] == []


def test_printing_reaches_only_the_local_print_service(tmp_path: Path) -> None:
    """libcups alone tries localhost:631 over TCP; pointed at its socket it stays local."""
    alone = traced([sys.executable, "-c", PRINT_PROBE, "qt"], tmp_path)
    ours = traced([sys.executable, "-c", PRINT_PROBE, "ours"], tmp_path)
    if not any("631" in call for call in alone):
        pytest.skip("Qt's CUPS print plugin is not installed here")
    assert [call for call in ours if NETWORK.search(call)] == []
    connects = [call for call in ours if "connect(" in call]
    assert connects and all("AF_UNIX" in call for call in connects)
    reached = {re.search(r'sun_path="([^"]*)"', call).group(1) for call in connects}  # type: ignore[union-attr]
    assert reached <= {"/run/cups/cups.sock", "/var/run/nscd/socket"}  # CUPS, and user lookups


def left_behind(marker: str) -> list[int]:
    """Processes still carrying a session's marker in their environment."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            environ = (entry / "environ").read_bytes()
        except OSError:
            continue
        if f"SHISHYA_MARKER={marker}".encode() in environ.split(b"\0"):
            found.append(int(entry.name))
    return found


def stop(marker: str) -> None:
    """End every process carrying ``marker`` (dbus-launch forks the daemon, so look twice)."""
    for _round in range(3):
        for pid in left_behind(marker):
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        time.sleep(0.2)


@pytest.fixture
def x_display() -> Iterator[str]:
    if not sys.platform.startswith("linux") or shutil.which("Xvfb") is None:
        pytest.skip("needs Xvfb")
    if shutil.which("dbus-launch") is None:
        pytest.skip("needs dbus-launch (dbus-x11) to show what would be left behind")
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as stream:
        number = stream.readline().strip()
    try:
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_no_dbus_daemon_is_left_behind(x_display: str, tmp_path: Path) -> None:
    """On a display without a session bus, Qt alone makes libdbus launch a dbus-daemon that
    outlives it; Shishya leaves no process behind."""
    home = tempfile.mkdtemp(prefix="shishya-home-")
    try:
        plain = uuid.uuid4().hex
        env = session_env(DISPLAY=x_display, SHISHYA_MARKER=plain, SHISHYA_HOME=home)
        del env["QT_QPA_PLATFORM"]
        probe = (
            "from PySide6.QtWidgets import QApplication, QLabel\n"
            "app = QApplication([]); w = QLabel('x'); w.show(); app.processEvents()"
        )
        subprocess.run([sys.executable, "-c", probe], env=env, timeout=60, check=True)
        leaked = left_behind(plain)
        stop(plain)  # ours to clean up: started by the probe just now
        ours = uuid.uuid4().hex
        env["SHISHYA_MARKER"] = ours
        result = subprocess.run(
            [sys.executable, "-m", "shishya_desktop"], env=env, timeout=60, capture_output=True
        )
        assert result.returncode == 0, result.stderr
        remaining = left_behind(ours)
        stop(ours)
        assert remaining == []
        if not leaked:
            pytest.skip("this machine's libdbus does not autolaunch; nothing to compare with")
    finally:
        shutil.rmtree(home, ignore_errors=True)


TYPING_PROBE = """
import sys
from PySide6.QtWidgets import QLineEdit, QMessageBox
from shishya_desktop.app import create_application, start_window
from tests.canary import hostile_strings

class Names:  # the canary paths only have to look like files outside the bundle
    def path(self, name):
        return "/etc/shishya-canary/" + name

app = create_application([])
window = start_window(__import__("pathlib").Path(sys.argv[1]))
window.show()
tried = 0
for section in range(3):
    window.sections.setCurrentIndex(section)
    for entry in window.sections.widget(section).findChildren(QLineEdit):
        for text in hostile_strings(Names()):
            entry.setText(text)
            entry.returnPressed.emit()
            app.processEvents()
            window.grab()
            tried += 1
print("tried", tried)
"""


def test_hostile_typing_opens_no_file_it_names(tmp_path: Path, real_db: Path) -> None:
    """strace of a whole session typing every hostile string into every entry: /etc/passwd,
    /dev/zero and the other named files are never opened."""
    env = session_env(SHISHYA_HOME=str(tmp_path / "home"))
    if shutil.which("strace") is None:
        pytest.skip("needs strace")
    log = tmp_path / "opens.txt"
    result = subprocess.run(
        [
            "strace",
            "-f",
            "-qq",
            "-e",
            "trace=open,openat,openat2",
            "-o",
            str(log),
            sys.executable,
            "-c",
            TYPING_PROBE,
            str(real_db),
        ],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=env,
        timeout=300,
    )
    assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr
    assert int(result.stdout.split()[-1]) >= 100
    named = [
        line
        for line in log.read_text().splitlines()
        if re.search(r'"(/etc/passwd|/dev/zero|/etc/shishya-canary/[^"]*)"', line)
    ]
    assert named == []
