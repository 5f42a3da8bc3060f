"""The session: the store opens on first use; a reset calls every hook and forgets the shortlist."""

from __future__ import annotations

from pathlib import Path

from shishya_desktop.userdata.modes import MachineConfig, Mode
from shishya_desktop.userdata.session import Session


def test_personal_store_is_opened_lazily_and_kept(tmp_path: Path) -> None:
    path = tmp_path / "my.sqlite"
    session = Session(MachineConfig(), path)
    assert not session.store_opened and not path.exists()
    session.store.add("doctor")
    session.reset()
    assert session.store.slugs() == ["doctor"] and path.exists()


def test_lab_reset_forgets_and_calls_hooks(tmp_path: Path) -> None:
    session = Session(MachineConfig(Mode.LAB, 600), tmp_path / "my.sqlite")
    called: list[str] = []
    session.add_reset_hook(lambda: called.append("explore"))
    session.add_reset_hook(lambda: called.append("quiz"))
    session.store.add("doctor")
    session.reset()
    assert called == ["explore", "quiz"]
    assert len(session.store) == 0
    assert not (tmp_path / "my.sqlite").exists()
