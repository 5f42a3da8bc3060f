"""One student's session: the mode, the shortlist store, and the reset that forgets them. No Qt.

In Personal mode the shortlist lives in the per-user file; in Lab and Event modes it lives in
memory and a reset (New student, idle) forgets it. The store opens on first use, not at start-up.

Every view registers what it must forget with ``add_reset_hook``; ``reset`` calls them all, in
the order registered. The quiz (issue 14) registers its ``reset()`` the same way:
``session.add_reset_hook(quiz_view.reset)``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from .. import paths
from .modes import MachineConfig
from .store import UserStore


class Session:
    def __init__(self, config: MachineConfig, store_path: Path | None = None):
        self.config = config
        self._store_path = store_path
        self._store: UserStore | None = None
        self._hooks: list[Callable[[], None]] = []
        self.resets = 0

    @property
    def shared(self) -> bool:
        return self.config.shared

    @property
    def store(self) -> UserStore:
        """The shortlist, opened on first use (the file is not touched at start-up)."""
        if self._store is None:
            if self.shared:
                self._store = UserStore.in_memory()
            else:
                self._store = UserStore.open(self._store_path or paths.user_store_file())
        return self._store

    @property
    def store_opened(self) -> bool:
        return self._store is not None

    def add_reset_hook(self, hook: Callable[[], None]) -> None:
        self._hooks.append(hook)

    def reset(self) -> None:
        """Forget the student: every view's state, then the session's shortlist."""
        for hook in list(self._hooks):
            hook()
        if self._store is not None and self.shared:
            self._store.close()
            self._store = None
        self.resets += 1

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None
