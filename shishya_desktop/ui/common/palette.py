"""The colours of the app, in one place: light, dark and high-contrast palettes.

``PALETTE`` is the one palette in use; ``set_palette`` changes it in place, so modules that
imported it (``from .palette import PALETTE as P``) follow. Printing always uses ``LIGHT``
(``using(LIGHT)``): paper is white. No Qt here, so the contrast test needs no window.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass


@dataclass(slots=True)
class Palette:
    page: str = "#F4F6FA"
    card: str = "#FFFFFF"
    border: str = "#E1E6EF"
    text: str = "#1F2937"
    heading: str = "#17324D"
    muted: str = "#5B6675"
    link: str = "#0B6E69"
    accent: str = "#0F766E"
    accent_dark: str = "#0B5E59"
    on_accent: str = "#FFFFFF"
    track: str = "#DDEFEC"
    good: str = "#17693A"
    good_bg: str = "#EEF8F1"
    bad: str = "#9A3B12"
    bad_bg: str = "#FDF2EC"
    header: str = "#17324D"
    header_text: str = "#FFFFFF"
    header_sub: str = "#B9D7E6"
    quote: str = "#DCE8F2"
    selection: str = "#D7EFEC"
    sidebar: str = "#EAEFF5"
    stripe: str = "#F3F6FA"
    hover: str = "#EEF2F7"
    disabled: str = "#596270"
    disabled_bg: str = "#E4E8EE"
    scrollbar: str = "#C5CDD8"
    focus: str = "#0B5E59"


LIGHT = Palette()
DARK = Palette(
    page="#161B22",
    card="#1F2630",
    border="#3A4452",
    text="#E6EAF0",
    heading="#F0F4F8",
    muted="#AAB4C0",
    link="#5FD3C8",
    accent="#0F766E",
    accent_dark="#0B5E59",
    on_accent="#FFFFFF",
    track="#23403D",
    good="#7BD89A",
    good_bg="#1B2E23",
    bad="#F2A27E",
    bad_bg="#33221B",
    header="#0E1A26",
    header_text="#FFFFFF",
    header_sub="#B9D7E6",
    quote="#DCE8F2",
    selection="#22423F",
    sidebar="#1A2029",
    stripe="#252D38",
    hover="#28313D",
    disabled="#9AA3AE",
    disabled_bg="#2A313B",
    scrollbar="#4A5564",
    focus="#5FD3C8",
)
HIGH_CONTRAST = Palette(
    page="#000000",
    card="#000000",
    border="#FFFFFF",
    text="#FFFFFF",
    heading="#FFFFFF",
    muted="#E0E0E0",
    link="#FFFF00",
    accent="#FFFF00",
    accent_dark="#FFFF00",
    on_accent="#000000",
    track="#333333",
    good="#7CFC00",
    good_bg="#000000",
    bad="#FFB080",
    bad_bg="#000000",
    header="#000000",
    header_text="#FFFFFF",
    header_sub="#FFFFFF",
    quote="#FFFFFF",
    selection="#1A1A66",
    sidebar="#000000",
    stripe="#1A1A1A",
    hover="#333333",
    disabled="#C0C0C0",
    disabled_bg="#1A1A1A",
    scrollbar="#FFFFFF",
    focus="#FFFF00",
)
PALETTES = {"light": LIGHT, "dark": DARK, "high-contrast": HIGH_CONTRAST}

# (text, background) pairs that the interface draws; each must reach WCAG AA (4.5:1).
TEXT_PAIRS = (
    ("text", "page"),
    ("text", "card"),
    ("text", "sidebar"),
    ("text", "selection"),
    ("text", "stripe"),
    ("text", "hover"),
    ("heading", "page"),
    ("heading", "card"),
    ("heading", "sidebar"),
    ("muted", "page"),
    ("muted", "card"),
    ("muted", "sidebar"),
    ("link", "page"),
    ("link", "card"),
    ("on_accent", "accent"),
    ("on_accent", "accent_dark"),
    ("good", "good_bg"),
    ("bad", "bad_bg"),
    ("header_text", "header"),
    ("header_sub", "header"),
    ("quote", "header"),
    ("disabled", "disabled_bg"),
)
# Focus rings and borders of controls: non-text contrast, WCAG 1.4.11 (3:1).
OUTLINE_PAIRS = (("focus", "page"), ("focus", "card"), ("focus", "sidebar"))

PALETTE = dataclasses.replace(LIGHT)


def set_palette(chosen: Palette) -> None:
    """Make ``chosen`` the palette in use (in place: every importer sees it)."""
    for field in dataclasses.fields(Palette):
        setattr(PALETTE, field.name, getattr(chosen, field.name))


@contextmanager
def using(chosen: Palette) -> Iterator[None]:
    """Use ``chosen`` for a while (printing uses LIGHT), then the previous palette again."""
    before = dataclasses.replace(PALETTE)
    set_palette(chosen)
    try:
        yield
    finally:
        set_palette(before)


def _luminance(colour: str) -> float:
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_ratio(foreground: str, background: str) -> float:
    """WCAG 2 contrast ratio of two ``#RRGGBB`` colours (1 to 21)."""
    light, dark = sorted((_luminance(foreground), _luminance(background)), reverse=True)
    return (light + 0.05) / (dark + 0.05)
