"""The colours of the app, in one place: a calm palette that keeps contrast high."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Palette:
    page: str = "#F4F6FA"
    card: str = "#FFFFFF"
    border: str = "#E1E6EF"
    text: str = "#1F2937"
    heading: str = "#17324D"
    muted: str = "#5B6675"
    link: str = "#0B6E69"
    accent: str = "#14857E"
    accent_dark: str = "#0B5E59"
    track: str = "#DDEFEC"
    good: str = "#17693A"
    good_bg: str = "#EEF8F1"
    bad: str = "#9A3B12"
    bad_bg: str = "#FDF2EC"
    header: str = "#17324D"
    header_text: str = "#FFFFFF"
    selection: str = "#D7EFEC"


PALETTE = Palette()
