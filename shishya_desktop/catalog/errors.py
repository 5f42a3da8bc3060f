"""The one error the catalogue raises when the database cannot be used, in words a student reads."""

from __future__ import annotations

from enum import Enum


class Problem(Enum):
    MISSING = "The career database is missing. Reinstall Shishya."
    DAMAGED = "The career database is damaged. Reinstall Shishya."
    FOREIGN = "This file is not a Shishya career database."
    TOO_OLD = "The career database is older than this version of Shishya. Reinstall Shishya."
    TOO_NEW = "The career database is newer than this version of Shishya. Update Shishya."
    NO_SEARCH = "This computer's SQLite library has no full-text search (FTS5). Reinstall Shishya."


class CatalogError(Exception):
    """The career database cannot be opened or read. ``str(error)`` is fit to show a student."""

    def __init__(self, problem: Problem, detail: str = ""):
        super().__init__(problem.value)
        self.problem = problem
        self.detail = detail
