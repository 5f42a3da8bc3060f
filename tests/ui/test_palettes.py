"""Every palette's text/background pairs reach WCAG AA (4.5:1); focus rings reach 3:1."""

from __future__ import annotations

import pytest

from shishya_desktop.ui.common.palette import (
    LIGHT,
    OUTLINE_PAIRS,
    PALETTE,
    PALETTES,
    TEXT_PAIRS,
    contrast_ratio,
    using,
)


def test_contrast_ratio_matches_known_values() -> None:
    assert contrast_ratio("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert contrast_ratio("#777777", "#FFFFFF") == pytest.approx(4.48, abs=0.01)
    assert contrast_ratio("#FFFFFF", "#FFFFFF") == pytest.approx(1.0)


@pytest.mark.parametrize("name", sorted(PALETTES))
@pytest.mark.parametrize("pair", TEXT_PAIRS, ids="/".join)
def test_text_reaches_aa(name: str, pair: tuple[str, str]) -> None:
    palette = PALETTES[name]
    fg, bg = (getattr(palette, role) for role in pair)
    assert contrast_ratio(fg, bg) >= 4.5, f"{name}: {pair} {fg} on {bg}"


@pytest.mark.parametrize("name", sorted(PALETTES))
@pytest.mark.parametrize("pair", OUTLINE_PAIRS, ids="/".join)
def test_focus_ring_is_visible(name: str, pair: tuple[str, str]) -> None:
    palette = PALETTES[name]
    fg, bg = (getattr(palette, role) for role in pair)
    assert contrast_ratio(fg, bg) >= 3.0, f"{name}: {pair} {fg} on {bg}"


def test_using_restores_the_palette() -> None:
    before = PALETTE.page
    with using(PALETTES["dark"]):
        assert PALETTE.page == PALETTES["dark"].page
    assert PALETTE.page == before == LIGHT.page
