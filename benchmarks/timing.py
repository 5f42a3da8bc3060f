"""Timing one start of a program: from launch until it prints that its window is shown."""

from __future__ import annotations

import os
import subprocess
import time
from pathlib import Path


def start(command: list[str], env: dict[str, str], cwd: Path) -> tuple[float, float]:
    """Milliseconds until ``command`` prints "shown…", and its peak memory in MiB."""
    started = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.PIPE, text=True, env=env, cwd=cwd)
    assert child.stdout is not None
    line = child.stdout.readline()
    elapsed = (time.perf_counter() - started) * 1000
    _pid, _status, usage = os.wait4(child.pid, 0)
    child.returncode = 0
    if not line.startswith("shown"):
        raise RuntimeError(f"{command[0]} did not report its window: {line!r}")
    return elapsed, usage.ru_maxrss / 1024


def offscreen_env(**extra: str) -> dict[str, str]:
    """The environment for a timed start: offscreen, compiled bytecode, no real user folder."""
    drop = ("DISPLAY", "WAYLAND_DISPLAY", "PYTHONDONTWRITEBYTECODE")
    env = {k: v for k, v in os.environ.items() if k not in drop}
    env |= {"QT_QPA_PLATFORM": "offscreen", "SHISHYA_EXIT_WHEN_SHOWN": "1"}
    return env | extra
