"""The one error a content pack raises: a plain message for the person installing, and details.

``str(error)`` says in plain words why the pack was refused or not installed and that nothing
was changed; ``error.details`` names the file and the technical cause for whoever looks after
the computer; ``error.reason`` is a short code that scripts and tests can match.
"""

from __future__ import annotations


class PackError(Exception):
    def __init__(self, reason: str, message: str, details: str = ""):
        super().__init__(message)
        self.reason = reason
        self.details = details
