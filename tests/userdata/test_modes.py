"""The per-machine configuration: Personal by default, Lab and Event from a file or --event."""

from __future__ import annotations

from pathlib import Path

from shishya_desktop import paths
from shishya_desktop.userdata import modes
from shishya_desktop.userdata.modes import Mode


def test_no_file_is_personal(tmp_path: Path) -> None:
    config = modes.load([tmp_path / "missing.ini"])
    assert config.mode is Mode.PERSONAL and not config.shared and config.idle_seconds == 0


def test_lab_file(tmp_path: Path) -> None:
    path = tmp_path / "shishya.ini"
    path.write_text("[shishya]\nmode = lab ; the computer lab\n", encoding="utf-8")
    config = modes.load([tmp_path / "none.ini", path])
    assert config.mode is Mode.LAB and config.idle_seconds == 600 and config.source == path


def test_event_file_with_pin(tmp_path: Path) -> None:
    path = tmp_path / "shishya.ini"
    path.write_text(
        "[shishya]\nmode = EVENT\nidle_minutes = 3\nexit_pin = 2468\nexit_key = Ctrl+Alt+X\n",
        encoding="utf-8",
    )
    config = modes.load([path])
    assert (config.mode, config.idle_seconds, config.exit_pin, config.exit_key) == (
        Mode.EVENT,
        180,
        "2468",
        "Ctrl+Alt+X",
    )


def test_unknown_mode_is_lab_and_reported(tmp_path: Path) -> None:
    path = tmp_path / "shishya.ini"
    path.write_text("[shishya]\nmode = kiosk\nidle_minutes = soon\n", encoding="utf-8")
    config = modes.load([path])
    assert config.mode is Mode.LAB and "kiosk" in config.problem and "soon" in config.problem


def test_unreadable_file_is_lab(tmp_path: Path) -> None:
    path = tmp_path / "shishya.ini"
    path.write_bytes(b"\xff\xfe\x00garbage[[[")
    assert modes.load([path]).mode is Mode.LAB


def test_event_option_keeps_the_pin(tmp_path: Path) -> None:
    path = tmp_path / "shishya.ini"
    path.write_text("[shishya]\nexit_pin = 11\n", encoding="utf-8")
    config = modes.load([path]).with_event()
    assert config.mode is Mode.EVENT and config.exit_pin == "11" and config.idle_seconds == 120


def test_locations_are_install_folder_and_system_wide(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv("SHISHYA_MACHINE_CONFIG", raising=False)
    found = paths.machine_config_files()
    assert found[0] == paths.bundle_root() / "shishya.ini"
    assert len(found) >= 2 and all(p.name == "shishya.ini" for p in found)
    monkeypatch.setenv("SHISHYA_MACHINE_CONFIG", "")
    assert paths.machine_config_files() == []


def test_text_size_is_the_machine_starting_size() -> None:
    assert modes.parse("[shishya]\nmode = lab\ntext_size = 125\n").text_size == 125
    assert modes.parse("[shishya]\ntext_size = 150%\n").text_size == 150
    assert modes.parse("[shishya]\nmode = lab\n").text_size == 0
    wrong = modes.parse("[shishya]\ntext_size = big\n")
    assert wrong.text_size == 0 and "text_size" in wrong.problem
