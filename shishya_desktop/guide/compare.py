"""The careers a student has chosen to compare: two to four, in the order they chose. No Qt."""

from __future__ import annotations

from dataclasses import dataclass, field

MAX_COMPARED = 4


class CompareFull(Exception):
    """A fifth career was added; the message says why it cannot be."""


@dataclass(slots=True)
class CompareSelection:
    slugs: list[str] = field(default_factory=list)

    def add(self, slug: str) -> bool:
        """Add ``slug``; False if it was already there. Raises CompareFull past the limit."""
        if slug in self.slugs:
            return False
        if len(self.slugs) >= MAX_COMPARED:
            raise CompareFull(
                f"You can compare up to {MAX_COMPARED} careers. Remove one to add another."
            )
        self.slugs.append(slug)
        return True

    def remove(self, slug: str) -> None:
        if slug in self.slugs:
            self.slugs.remove(slug)

    def move(self, slug: str, offset: int) -> None:
        """Move ``slug`` left (negative) or right (positive), staying inside the list."""
        if slug not in self.slugs:
            return
        old = self.slugs.index(slug)
        new = max(0, min(len(self.slugs) - 1, old + offset))
        self.slugs.insert(new, self.slugs.pop(old))

    def clear(self) -> None:
        self.slugs.clear()

    def __contains__(self, slug: object) -> bool:
        return slug in self.slugs

    def __len__(self) -> int:
        return len(self.slugs)
