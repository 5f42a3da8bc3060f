"""The one error the catalogue raises when the database cannot be used, in words a student reads.

``str(error)`` is the plain message for the student; ``error.details()`` is for whoever looks
after the computer: the file, what was wrong, and SQLite's (or the system's) own words.
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks a message for the interface's translation file (the window shows it translated)."""
    return text


class Problem(Enum):
    MISSING = QT_TRANSLATE_NOOP(
        "CatalogError", "The career database is missing. Reinstall Shishya."
    )
    NO_ACCESS = QT_TRANSLATE_NOOP(
        "CatalogError",
        "Shishya is not allowed to read the career database. Ask whoever looks after this computer to let every user read the Shishya folder, or reinstall Shishya.",  # noqa: E501 (one literal: lupdate reads no concatenation)
    )
    DAMAGED = QT_TRANSLATE_NOOP(
        "CatalogError", "The career database is damaged. Reinstall Shishya."
    )
    FOREIGN = QT_TRANSLATE_NOOP("CatalogError", "This file is not a Shishya career database.")
    TOO_OLD = QT_TRANSLATE_NOOP(
        "CatalogError",
        "The career database is older than this version of Shishya. Reinstall Shishya.",
    )
    TOO_NEW = QT_TRANSLATE_NOOP(
        "CatalogError", "The career database is newer than this version of Shishya. Update Shishya."
    )
    NO_SEARCH = QT_TRANSLATE_NOOP(
        "CatalogError",
        "This computer's SQLite library has no full-text search (FTS5). Reinstall Shishya.",
    )


class CatalogError(Exception):
    """The career database cannot be opened or read. ``str(error)`` is fit to show a student."""

    def __init__(self, problem: Problem, detail: str = "", path: Path | str | None = None):
        super().__init__(problem.value)
        self.problem = problem
        self.detail = detail
        self.path = Path(path) if path is not None else None

    def details(self) -> str:
        """The cause, for a lab technician: file, kind of problem, SQLite's words."""
        lines = []
        if self.path is not None:
            lines.append(f"File: {self.path}")
        lines.append(f"Problem: {self.problem.name.lower().replace('_', ' ')}")
        if self.detail:
            lines.append(f"Cause: {self.detail}")
        return "\n".join(lines)
