"""The per-machine mode (Personal, Lab or Event), set by a lab admin, never by the student. No Qt.

The admin puts ``shishya.ini`` in the install folder or the system-wide config location
(``paths.machine_config_files``)::

    [shishya]
    mode = lab            ; personal (default), lab or event
    idle_minutes = 10     ; lab: 10 by default; event: 2 by default
    exit_pin = 2468       ; event: the counsellor's PIN to close the app
    exit_key = Ctrl+Shift+Q
    text_size = 125       ; the text size every student starts with (100, 125, 150 or 200)

A file that names an unknown mode is read as Lab (a shared PC then keeps nothing), and the
problem is reported. ``--event`` on the command line turns on Event mode for counsellors.
"""

from __future__ import annotations

import configparser
import enum
from dataclasses import dataclass, replace
from pathlib import Path

from .. import paths

DEFAULT_IDLE_SECONDS = {"personal": 0.0, "lab": 600.0, "event": 120.0}
COUNTDOWN_SECONDS = 20
DEFAULT_EXIT_KEY = "Ctrl+Shift+Q"


class Mode(enum.Enum):
    PERSONAL = "personal"
    LAB = "lab"
    EVENT = "event"


@dataclass(frozen=True, slots=True)
class MachineConfig:
    mode: Mode = Mode.PERSONAL
    idle_seconds: float = 0.0  # 0: no idle reset
    exit_pin: str = ""
    exit_key: str = DEFAULT_EXIT_KEY
    countdown_seconds: int = COUNTDOWN_SECONDS
    text_size: int = 0  # the machine's starting text size in percent; 0: none set
    source: Path | None = None
    problem: str = ""

    @property
    def shared(self) -> bool:
        """Lab and Event: nothing a student does is kept after a reset or a restart."""
        return self.mode is not Mode.PERSONAL

    def with_event(self) -> MachineConfig:
        """``--event``: Event mode, keeping the PIN, exit key and idle time the file sets."""
        if self.mode is Mode.EVENT:
            return self
        return replace(self, mode=Mode.EVENT, idle_seconds=DEFAULT_IDLE_SECONDS["event"])


def parse(text: str, source: Path | None = None) -> MachineConfig:
    parser = configparser.ConfigParser(inline_comment_prefixes=(";", "#"), interpolation=None)
    try:
        parser.read_string(text)
    except configparser.Error as error:
        return MachineConfig(
            Mode.LAB,
            DEFAULT_IDLE_SECONDS["lab"],
            source=source,
            problem=f"{source}: cannot be read ({error.__class__.__name__}); using Lab mode",
        )
    section = parser["shishya"] if parser.has_section("shishya") else parser[parser.default_section]
    problems = []
    value = section.get("mode", "personal").strip().lower()
    try:
        mode = Mode(value)
    except ValueError:
        mode = Mode.LAB
        problems.append(f"unknown mode {value!r}; using Lab mode")
    idle = DEFAULT_IDLE_SECONDS[mode.value]
    raw = section.get("idle_minutes")
    if raw is not None:
        try:
            idle = max(0.0, float(raw)) * 60
        except ValueError:
            problems.append(f"idle_minutes {raw!r} is not a number")
    raw = section.get("idle_seconds")  # for tests and demonstrations
    if raw is not None:
        try:
            idle = max(0.0, float(raw))
        except ValueError:
            problems.append(f"idle_seconds {raw!r} is not a number")
    countdown = COUNTDOWN_SECONDS
    raw = section.get("countdown_seconds")
    if raw is not None and raw.strip().isdigit():
        countdown = max(1, int(raw))
    text_size = 0
    raw = section.get("text_size")
    if raw is not None:
        if raw.strip().rstrip("%").isdigit():
            text_size = int(raw.strip().rstrip("%"))
        else:
            problems.append(f"text_size {raw!r} is not a percentage")
    return MachineConfig(
        mode=mode,
        text_size=text_size,
        idle_seconds=idle,
        exit_pin=section.get("exit_pin", "").strip(),
        exit_key=section.get("exit_key", DEFAULT_EXIT_KEY).strip() or DEFAULT_EXIT_KEY,
        countdown_seconds=countdown,
        source=source,
        problem="; ".join(f"{source}: {p}" for p in problems),
    )


def load(files: list[Path] | None = None) -> MachineConfig:
    """The first configuration file found, or Personal mode when there is none."""
    for path in paths.machine_config_files() if files is None else files:
        try:
            text = path.read_text(encoding="utf-8-sig")
        except FileNotFoundError:
            continue
        except (OSError, UnicodeDecodeError) as error:
            return MachineConfig(
                Mode.LAB,
                DEFAULT_IDLE_SECONDS["lab"],
                source=path,
                problem=f"{path}: cannot be read ({error}); using Lab mode",
            )
        return parse(text, path)
    return MachineConfig()
