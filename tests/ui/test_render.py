"""Rendering pages: every section in the seed page's order, every content string escaped."""

from __future__ import annotations

import dataclasses

from shishya_desktop.ui.render import render_career, render_exam, salary_scale

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
