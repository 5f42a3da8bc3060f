"""Rendering pages: every section in the seed page's order, every content string escaped."""

from __future__ import annotations

import dataclasses

from shishya_desktop.ui.common.render import render_career, render_exam, salary_scale

SEED_ORDER = [
    "Home",
    "What they actually do",
    "A typical day",
    "How to become one",
    "Qualifications",
    "Skills that matter",
    "Salary by experience",
    "Career growth",
    "Employers",
    "informational, not endorsement",
    "Honest pros and cons",
    "Demand outlook",
    "Related careers",
    "Relevant exams",
    "Facts reviewed",
]


def test_career_page_has_every_section_in_order(themed_app, catalog) -> None:
    career = catalog.career("physiotherapist")
    html = render_career(career)
    positions = [html.find(heading) for heading in SEED_ORDER]
    assert -1 not in positions, dict(zip(SEED_ORDER, positions, strict=True))
    assert positions == sorted(positions)
    assert "₹" in html and "LPA" in html
    for related in career.related:
        assert f'href="shishya:career/{related.slug}"' in html
    for exam in career.exams:
        assert f'href="shishya:exam/{exam.slug}"' in html


def test_content_strings_are_escaped(themed_app, catalog) -> None:
    """Markup inside content is shown as text, never obeyed."""
    career = catalog.career("nurse")
    hostile = dataclasses.replace(
        career,
        title='<img src="file:///etc/passwd">',
        tagline='<a href="file:///etc/passwd">click</a>',
        pros=("<script>alert(1)</script>", *career.pros),
    )
    html = render_career(hostile)
    assert "<img" not in html and "<script>" not in html
    assert 'href="file:' not in html
    assert "&lt;img src=&quot;file:///etc/passwd&quot;&gt;" in html


def test_exam_page(themed_app, catalog) -> None:
    exam = catalog.exam("neet-ug")
    html = render_exam(exam)
    for text in ("NEET-UG", "Conducted by", "Usual months", "Leads to", "Careers that list"):
        assert text in html
    assert 'href="shishya:career/doctor-mbbs"' in html


def test_salary_scale_is_round() -> None:
    from shishya_desktop.catalog.records import SalaryBand

    assert salary_scale([SalaryBand("senior", 10, 23, "")]) == 25
    assert salary_scale([SalaryBand("senior", 10, 73, "")]) == 80
    assert salary_scale([SalaryBand("senior", 1, 2, "")]) == 5


def test_career_page_spells_out_each_abbreviation_once(themed_app, catalog) -> None:
    """The first MBBS on the page carries its full form; later ones only the tooltip."""
    html = render_career(catalog.career("surgeon"), catalog.glossary())
    # "the basic medical degree (MBBS)" in what_they_do: alone in parentheses, so a colon.
    spelt = "MBBS</span>: Bachelor of Medicine and Bachelor of Surgery"
    assert html.count(spelt) == 1
    assert html.index(spelt) < html.index("A typical day")
    assert html.count(">MBBS</span>") > 1  # later uses keep the tooltip
    assert "<abbr" not in html  # Qt's rich text ignores <abbr title>; a span's title works


def test_every_abbreviation_on_every_page_is_known(themed_app, catalog) -> None:
    """Every career and exam page of the shipped content explains all its abbreviations."""
    glossary = catalog.glossary()
    for summary in catalog.career_summaries():
        career = catalog.career(summary.slug)
        texts = [career.tagline, career.what_they_do, *career.typical_day, career.salary_note]
        texts += [step.step for path in career.paths for step in path.steps]
        missing = [m for text in texts for m in glossary.missing(text)]
        assert missing == [], summary.slug


def test_glossary_text_is_escaped_in_the_page_and_in_the_tooltip(themed_app, catalog) -> None:
    """A glossary entry with markup stays text: in the page and inside Qt's tooltip."""
    from shishya_desktop.catalog.glossary import Glossary, Term

    hostile = Glossary(
        [Term("MBBS", '<img src="file:///etc/passwd">', "<b>bold</b> & <a href=x>link</a>")]
    )
    html = render_career(catalog.career("surgeon"), hostile)
    assert "<img" not in html and "<b>bold" not in html and "<a href=x" not in html
    assert "&lt;img src=&quot;file:///etc/passwd&quot;&gt;" in html
    # The title attribute holds escaped rich text, so Qt's tooltip shows the words, not tags.
    assert "&amp;lt;img" in html


def _tooltip_at(browser, text: str) -> str:
    from PySide6.QtCore import QEvent, QPoint
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication, QToolTip

    cursor = browser.document().find(text)
    assert not cursor.isNull(), text
    cursor.setPosition(cursor.selectionStart() + 1)
    browser.ensureCursorVisible()
    browser.setTextCursor(cursor)
    browser.ensureCursorVisible()
    point = browser.cursorRect(cursor).center() + QPoint(2, 0)
    QToolTip.hideText()
    event = QHelpEvent(QEvent.Type.ToolTip, point, browser.viewport().mapToGlobal(point))
    QApplication.sendEvent(browser.viewport(), event)
    return QToolTip.text()


def test_hovering_an_abbreviation_shows_its_meaning(qtbot, themed_app, catalog) -> None:
    """The page browser shows the full form and explanation as a tooltip on the abbreviation."""
    from shishya_desktop.ui.common.browser import PageBrowser

    browser = PageBrowser()
    qtbot.addWidget(browser)
    browser.resize(900, 700)
    browser.show()
    qtbot.waitExposed(browser)
    browser.show_html(render_career(catalog.career("doctor-mbbs"), catalog.glossary()))
    tip = _tooltip_at(browser, "NEET-UG")
    assert "National Eligibility cum Entrance Test" in tip
    assert tip.startswith("<p><b>NEET-UG</b>:")
    cursor = browser.document().find("Government medical college")
    assert cursor.charFormat().toolTip() == ""  # plain words carry no tooltip
    assert browser.refused == []


def test_exam_page_explains_its_abbreviations(themed_app, catalog) -> None:
    """An exam's own short name is explained by its full name; other abbreviations spelt out."""
    html = render_exam(catalog.exam("neet-pg"), catalog.glossary())
    assert "<h1><span title=" in html  # the heading carries the tooltip
    assert "NEET-PG</span> (" not in html  # the full name under the heading explains it
    assert "(Bachelor of Medicine and Bachelor of Surgery)" in html


def test_first_use_follows_reading_order(themed_app, catalog) -> None:
    """A route's title comes before its steps, so the title gets the full form."""
    html = render_career(catalog.career("doctor-mbbs"), catalog.glossary())
    assert "through <span" in html
    title_use = html.index("NEET-UG</span> (National Eligibility")
    assert title_use < html.index("Class 11–12 with Physics, Chemistry, Biology")
