"""The text size in use, as a factor (1.0 = 100%): no Qt, so page rendering can read it."""

from __future__ import annotations

SIZES = (100, 125, 150, 200)
_current = {"percent": 100}


def text_scale() -> float:
    return _current["percent"] / 100


def text_percent() -> int:
    return _current["percent"]


def set_text_percent(percent: int) -> int:
    """Use ``percent`` (one of SIZES; anything else becomes the nearest); returns it."""
    chosen = min(SIZES, key=lambda size: abs(size - percent))
    _current["percent"] = chosen
    return chosen


def step(percent: int, direction: int) -> int:
    """The next size up (1) or down (-1) from ``percent``, staying within SIZES."""
    index = SIZES.index(min(SIZES, key=lambda size: abs(size - percent)))
    index = max(0, min(len(SIZES) - 1, index + direction))
    return SIZES[index]
