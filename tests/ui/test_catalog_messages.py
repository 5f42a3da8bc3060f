"""The catalogue's messages for a student (a damaged or missing database) follow the language."""

from __future__ import annotations

from shishya_desktop.catalog.errors import CatalogError, Problem
from shishya_desktop.ui.common import i18n


def test_every_catalogue_message_is_shown_in_hindi(themed_app) -> None:
    assert i18n.apply(i18n.HINDI)
    try:
        shown = {problem: i18n.catalog_message(CatalogError(problem)) for problem in Problem}
    finally:
        i18n.apply(i18n.ENGLISH)
    for problem, text in shown.items():
        assert text != problem.value and any("\u0900" <= c <= "\u097f" for c in text), problem
    assert shown[Problem.DAMAGED] == "करियर डेटाबेस खराब हो गया है। शिष्य को फिर से इंस्टॉल करें।"
    assert i18n.catalog_message(CatalogError(Problem.DAMAGED)) == Problem.DAMAGED.value
