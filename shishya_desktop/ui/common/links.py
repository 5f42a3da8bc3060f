"""Our own in-page links (``shishya:career/<slug>``): building and reading them.

Pages link only through this scheme; the browser refuses every other URL.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QUrl

SCHEME = "shishya"
KINDS = ("career", "exam", "category", "home", "compare-add", "quiz")


@dataclass(frozen=True, slots=True)
class Link:
    kind: str
    slug: str = ""


def href(kind: str, slug: str = "") -> str:
    return f"{SCHEME}:{kind}/{slug}" if slug else f"{SCHEME}:{kind}"


def parse(url: QUrl) -> Link | None:
    """The link a URL stands for, or None for anything that is not one of ours."""
    if url.scheme() != SCHEME:
        return None
    kind, _, slug = url.path().partition("/")
    if kind not in KINDS:
        return None
    return Link(kind, slug)
