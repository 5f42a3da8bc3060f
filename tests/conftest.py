"""Fixtures for every test: no network, ever, and small content folders built in code."""

from __future__ import annotations

import os
import socket
from pathlib import Path

import pytest

from tests.content_factory import write_content

REPO = Path(__file__).resolve().parent.parent
pytest_plugins = ["tests.pack_fixtures"]

# Tests never need a screen; the README's test command sets this too.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


class NetworkBlocked(AssertionError):
    pass


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Shishya is offline: any attempt to open a network connection fails the test."""

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise NetworkBlocked("a test tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


@pytest.fixture(autouse=True)
def user_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Per-user files (settings) go to a temporary folder, never the real user's."""
    home = tmp_path / "user-home"
    monkeypatch.setenv("SHISHYA_HOME", str(home))
    # No per-machine configuration (shishya.ini) is read unless a test writes one.
    monkeypatch.setenv("SHISHYA_MACHINE_CONFIG", "")
    return home


@pytest.fixture(autouse=True)
def machine_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The machine-wide folder (content packs an admin installs) is a temporary one too."""
    folder = tmp_path / "machine"
    monkeypatch.setenv("SHISHYA_MACHINE_DIR", str(folder))
    return folder


@pytest.fixture
def content_dir(tmp_path: Path) -> Path:
    """A small, valid content folder."""
    root = tmp_path / "data"
    write_content(root)
    return root


@pytest.fixture
def real_db() -> Path:
    return REPO / "data" / "shishya.db"
