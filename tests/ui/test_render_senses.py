"""Pages show the meaning of an abbreviation with several meanings that the page chose, or none."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from shishya_desktop.catalog import Catalog
from shishya_desktop.catalog.build import build_database
from shishya_desktop.catalog.glossary import Glossary, PageTerms
from shishya_desktop.catalog.pages import career_page, exam_page
from shishya_desktop.catalog.sources import read_sources
from shishya_desktop.guide.comparison import compare
from shishya_desktop.ui.common.printing import comparison_html
from shishya_desktop.ui.common.render import render_career, render_exam
from tests.content_factory import write_content
from tests.ui.test_render import _tooltip_at

SENSES = """
[[term]]
abbr = "MS"
full = "Master of Surgery"
explain = "a 3-year surgery degree"

[[term]]
abbr = "MS"
full = "Master of Science"
explain = "a master's degree in science"
"""


@pytest.fixture(scope="module")
def content(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = write_content(tmp_path_factory.mktemp("senses") / "data")
    with (root / "glossary.toml").open("a", encoding="utf-8") as handle:
        handle.write(SENSES)
    for slug, line in (
        ("doctor", 'glossary_senses = { MS = "Master of Science" }\n'),
        ("nurse", ""),  # uses MS without saying which
    ):
        path = root / "careers" / f"{slug}.toml"
        text = path.read_text(encoding="utf-8").replace('tagline = "Does', 'tagline = "An MS: does')
        path.write_text(line + text, encoding="utf-8")
    return root


@pytest.fixture
def senses_catalog(content: Path) -> Iterator[Catalog]:
    out = content.parent / "senses.db"
    if not out.exists():
        build_database(read_sources(content), out)
    with Catalog.open(out) as opened:
        yield opened


def test_the_page_sense_is_spelt_out_and_shown_as_the_tooltip(
    qtbot, themed_app, senses_catalog
) -> None:
    """The page's chosen sense is the expansion and the tooltip; an unchosen one is neither."""
    from shishya_desktop.ui.common.browser import PageBrowser

    glossary = senses_catalog.glossary()
    html = render_career(senses_catalog.career("doctor"), glossary)
    assert "MS</span> (Master of Science): does" in html and "Master of Surgery" not in html
    unresolved = render_career(senses_catalog.career("nurse"), glossary)
    assert "An MS: does" in unresolved and "Master of" not in unresolved

    browser = PageBrowser()
    qtbot.addWidget(browser)
    browser.resize(900, 700)
    browser.show()
    qtbot.waitExposed(browser)
    browser.show_html(html)
    assert _tooltip_at(browser, "MS").startswith("<p><b>MS</b>: Master of Science — ")
    browser.show_html(unresolved)
    cursor = browser.document().find("MS")
    cursor.setPosition(cursor.selectionStart() + 1)
    assert not cursor.isNull() and cursor.charFormat().toolTip() == ""


def test_comparison_columns_keep_their_own_senses(themed_app, senses_catalog) -> None:
    """Side by side, the chosen page spells its sense out; the unchosen one shows nothing."""
    careers = [senses_catalog.career("doctor"), senses_catalog.career("nurse")]
    html = comparison_html(compare(careers), senses_catalog.glossary())
    assert html.count("(Master of Science)") == 1 and "Master of Surgery" not in html


class _Recorder(PageTerms):
    """A page that notes every text it is given, in order (for comparing reading orders)."""

    __slots__ = ("log",)

    def pieces(self, text, *, expand=True, beside=""):  # type: ignore[no-untyped-def]
        self.log.append((text, expand))
        return super().pieces(text, expand=expand, beside=beside)

    def alongside(self, senses=()):  # type: ignore[no-untyped-def]
        other = _Recorder(self.glossary, self.glossary.choices(senses), self.explained)
        other.log = self.log
        return other


class _RecordingGlossary(Glossary):
    def __init__(self, terms, log):  # type: ignore[no-untyped-def]
        super().__init__(terms)
        self.log = log

    def page(self, senses=()):  # type: ignore[no-untyped-def]
        page = _Recorder(self, self.choices(senses))
        page.log = self.log
        return page


def _first_seen(items: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    seen: list[tuple[str, bool]] = []
    for item in items:
        if item[0] and item not in seen:
            seen.append(item)
    return seen


def test_validate_reads_pages_in_the_order_they_are_drawn(
    themed_app, content: Path, senses_catalog
) -> None:
    """``catalog.pages`` (used by validate) and the renderer meet the texts in one order."""
    sources = read_sources(content)
    terms = senses_catalog.glossary().terms()
    for slug, doc in sources.careers.items():
        log: list[tuple[str, bool]] = []
        render_career(senses_catalog.career(slug), _RecordingGlossary(terms, log))
        expected = [(t.text, t.expand) for t in career_page(slug, doc, sources)]
        assert _first_seen(log) == _first_seen(expected), slug
    for slug, doc in sources.exams.items():
        log = []
        render_exam(senses_catalog.exam(slug), _RecordingGlossary(terms, log))
        expected = [(t.text, t.expand) for t in exam_page(slug, doc, sources)]
        assert _first_seen(log) == _first_seen(expected), slug
