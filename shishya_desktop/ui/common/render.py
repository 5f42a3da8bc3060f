"""Career and exam pages as HTML for the page browser: pure functions of the records.

Every content string goes through ``esc`` before it reaches the markup, so nothing in the
content can add a tag, a link or an image. Links use only our ``shishya:`` scheme. The markup
keeps to the subset of HTML and CSS that Qt's rich text engine draws.

With a glossary, content text goes through ``prose`` instead: each abbreviation is spelt out at
its first use on the page (``catalog.glossary`` decides where) and carries a ``title``, which
Qt's rich text turns into the text's tooltip, so resting the mouse on it shows its meaning.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ...catalog.records import Career, CareerPath, ContentInfo, Exam, FacetCount, SalaryBand
from ...guide.comparison import round_scale as salary_scale
from . import links, vocab_text
from .palette import PALETTE as P
from .text_scale import text_scale

if TYPE_CHECKING:  # the glossary module loads with the glossary, on the first page shown
    from ...catalog.glossary import Glossary, PageTerms, Piece

translate = QCoreApplication.translate


def esc(text: str) -> str:
    """``text`` made safe inside HTML text and attribute values (as html.escape does)."""
    return (
        text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&quot;")
        .replace("'", "&#x27;")
    )


def tooltip_markup(piece: Piece) -> str:
    """The tooltip of an abbreviation as Qt rich text, the content in it escaped.

    Qt shows a tooltip that looks like markup as rich text; wrapping the escaped words in our own
    paragraph keeps content from ever becoming markup there either (and long tips wrap).
    """
    assert piece.term is not None
    term = piece.term
    return f"<p><b>{esc(term.abbr)}</b>: {esc(term.full)} — {esc(term.explain)}</p>"


def _piece_html(piece: Piece) -> str:
    if piece.term is None:
        return esc(piece.text)
    marked = f'<span title="{esc(tooltip_markup(piece))}">{esc(piece.text)}</span>'
    return marked + esc(piece.addition)


def prose(text: str, page: PageTerms | None) -> str:
    """Content text as escaped HTML; with ``page``, abbreviations explained at first use."""
    if page is None:
        return esc(text)
    return "".join(_piece_html(piece) for piece in page.pieces(text))


def name(text: str, page: PageTerms | None, beside: str = "") -> str:
    """A heading or a name: abbreviations get their tooltip but are never spelt out.

    ``beside`` is what the page shows right next to it (a full name, a tagline): a meaning of
    an abbreviation written there says which one the name means.
    """
    if page is None:
        return esc(text)
    return "".join(_piece_html(p) for p in page.pieces(text, expand=False, beside=beside))


def money(value: float) -> str:
    return f"₹{value:g}"


def band_label(level: str) -> str:
    return vocab_text.salary_level(level)


def stream_label(code: str) -> str:
    return vocab_text.stream(code)


def education_label(code: str) -> str:
    return vocab_text.education(code)


def demand_label(code: str) -> str:
    return vocab_text.demand(code)


def exam_level_label(code: str) -> str:
    return vocab_text.exam_level(code)


def other_title(career: Career) -> str:
    """The career's name in the other language (the muted line under its title)."""
    other = getattr(career, "other_title", None)
    return str(other) if other else career.title_hi


def years_label(years: float) -> str:
    if years == 0:
        return ""
    if years == 1:
        return translate("Page", "1 year")
    return translate("Page", "%1 years").replace("%1", f"{years:g}")


def page_style(scale: float = 1.0) -> str:
    """The pages' CSS in the palette in use; ``scale`` is the text size (1.0 = 100%)."""
    css = f"""
body {{ color: {P.text}; }}
h1 {{ font-size: 22pt; font-weight: 700; color: {P.heading}; margin: 0; }}
h2 {{ font-size: 13pt; font-weight: 700; color: {P.heading}; margin-top: 0; margin-bottom: 6px; }}
h3 {{ font-size: 11pt; font-weight: 700; color: {P.text}; margin-top: 4px; margin-bottom: 2px; }}
p {{ margin-top: 0; margin-bottom: 6px; }}
a {{ color: {P.link}; text-decoration: none; font-weight: 600; }}
.muted {{ color: {P.muted}; }}
.crumb {{ color: {P.muted}; font-size: 9pt; }}
.tagline {{ font-size: 12pt; color: {P.muted}; }}
.chip {{ color: {P.link}; font-weight: 600; }}
li {{ margin-bottom: 3px; }}
"""
    return re.sub(r"(\d+(?:\.\d+)?)pt", lambda m: f"{float(m[1]) * scale:g}pt", css)


def card(title: str, body: str, *, background: str = "", anchor: str = "") -> str:
    """A section drawn as a rounded-looking card (a one-cell table with padding)."""
    # The anchor holds a zero-width space: Qt gives an anchor's name to the next character,
    # and a name on the first letter of a Devanagari word splits it from its vowel sign.
    name = f'<a name="{anchor}">\u200b</a>' if anchor else ""
    heading = f"<h2>{name}{esc(title)}</h2>" if title else name
    return (
        f'<table width="100%" cellspacing="0" cellpadding="14" '
        f'style="background-color:{background or P.card}; border: 1px solid {P.border}; '
        f'margin-bottom: 12px;">'
        f"<tr><td>{heading}{body}</td></tr></table>"
    )


def bullets(items: Iterable[str], page: PageTerms | None = None) -> str:
    return "<ul>" + "".join(f"<li>{prose(item, page)}</li>" for item in items) + "</ul>"


def _path_block(number: int, path: CareerPath, page: PageTerms | None = None) -> str:
    title = prose(path.title, page)  # first: the page is explained in reading order
    low_cost = esc(translate("Page", "Low-cost route"))
    badge = (
        f' &nbsp;<span style="color:{P.good}; font-weight:700;">{low_cost}</span>'
        if path.affordable
        else ""
    )
    total = years_label(path.years)
    about = esc(translate("Page", "about %1").replace("%1", total))
    total_text = f' <span class="muted">· {about}</span>' if total else ""
    rows = []
    for position, step in enumerate(path.steps, 1):
        duration = years_label(step.years)
        rows.append(
            f'<tr><td width="28" valign="top" style="color:{P.accent_dark}; font-weight:700;">'
            f'{position}</td><td valign="top">{prose(step.step, page)}</td>'
            f'<td width="90" valign="top" align="right" class="muted">{esc(duration)}</td></tr>'
        )
    note = f'<p class="muted">{prose(path.note, page)}</p>' if path.note else ""
    return (
        f"<h3>{number}. {title}{total_text}{badge}</h3>"
        f'<table width="100%" cellspacing="0" cellpadding="4">{"".join(rows)}</table>{note}'
    )


def salary_bars(
    bands: tuple[SalaryBand, ...],
    scale: float | None = None,
    *,
    compact: bool = False,
    page: PageTerms | None = None,
) -> str:
    """Salary bands as horizontal bars on one ₹ LPA scale, each with its range and note.

    ``compact`` (for comparison columns) puts the range under the bar and leaves out notes.
    """
    scale = scale or salary_scale(bands)
    rows = []
    for band in bands:
        before = max(0, round(band.min_lpa / scale * 100))
        width = max(2, round((band.max_lpa - band.min_lpa) / scale * 100))
        after = max(0, 100 - before - width)
        cells = ""
        if before:
            cells += f'<td width="{before}%" style="background-color:{P.track};"></td>'
        cells += f'<td width="{width}%" style="background-color:{P.accent};"></td>'
        if after:
            cells += f'<td width="{after}%" style="background-color:{P.track};"></td>'
        if compact:
            rows.append(
                f'<tr><td><span class="muted">{esc(band_label(band.level))}</span> '
                f"<b>{money(band.min_lpa)}–{money(band.max_lpa)} LPA</b>"
                f'<table width="100%" cellspacing="0" cellpadding="0" height="10">'
                f"<tr>{cells}</tr></table></td></tr>"
            )
            continue
        note = f'<br><span class="muted">{prose(band.note, page)}</span>' if band.note else ""
        rows.append(
            f'<tr><td width="90" valign="top"><b>{esc(band_label(band.level))}</b></td>'
            f'<td valign="top"><table width="100%" cellspacing="0" cellpadding="0" height="14">'
            f"<tr>{cells}</tr></table>{note}</td>"
            f'<td width="130" valign="top" align="right"><b>{money(band.min_lpa)} – '
            f"{money(band.max_lpa)} LPA</b></td></tr>"
        )
    scale_text = esc(
        translate("Page", "Bars share one scale: ₹0 to %1 LPA").replace("%1", money(scale))
    )
    if compact:
        return f'<table width="100%" cellspacing="0" cellpadding="2">{"".join(rows)}</table>'
    axis = f'<tr><td></td><td class="muted" style="font-size:8pt;">{scale_text}</td><td></td></tr>'
    return f'<table width="100%" cellspacing="0" cellpadding="5">{"".join(rows)}{axis}</table>'


def _link_list(
    items: Iterable[tuple[str, str, str]], *, plain: bool = False, page: PageTerms | None = None
) -> str:
    entries = []
    for target, title, detail in items:
        # Another page's name and tagline keep that page's meaning: this page's choice of
        # senses does not apply to them (``catalog.pages`` reads them the same way).
        other = page.alongside() if page is not None else None
        label = name(title, other, detail)
        entries.append(
            (f"<li><b>{label}</b>" if plain else f'<li><a href="{esc(target)}">{label}</a>')
            + (f' <span class="muted">— {prose(detail, other)}</span>' if detail else "")
            + "</li>"
        )
    none = esc(translate("Page", "None"))
    return "<ul>" + "".join(entries) + "</ul>" if entries else f'<p class="muted">{none}</p>'


def render_career(career: Career, glossary: Glossary | None = None) -> str:
    """The whole career page, in the seed page's order."""
    return _page(render_career_body(career, glossary=glossary))


def render_career_body(
    career: Career, *, printing: bool = False, glossary: Glossary | None = None
) -> str:
    """The career page's sections; ``printing`` drops what only works on screen (links).

    With ``glossary``, each abbreviation is spelt out at its first use in reading order, in
    the sense the page means (``catalog.pages`` reads the page in this same order). A section
    whose content is missing from the database is left out, not drawn half.
    """
    page = glossary.page(career.glossary_senses) if glossary else None
    first = career.salary[0] if career.salary else None
    fresher = f"{money(first.min_lpa)} – {money(first.max_lpa)} LPA" if first else "—"
    home, careers = esc(translate("Page", "Home")), esc(translate("Page", "Careers"))
    category = esc(career.category.name)
    if printing:
        crumb = f'<p class="crumb">Shishya · {careers} · {category}</p>'
    else:
        crumb = (
            f'<p class="crumb"><a href="{links.href("home")}">{home}</a> · '
            f'<a href="{links.href("home")}">{careers}</a> · '
            f'<a href="{links.href("category", career.category.slug)}">{category}</a></p>'
        )
    new_age_text = esc(translate("Page", "new-age"))
    new_age = f' · <span class="chip">{new_age_text}</span>' if career.new_age else ""
    header = (
        f"{crumb}<h1>{name(career.title, page)}</h1>"
        f'<p class="muted">{esc(other_title(career))} · <span class="chip">'
        f"{name(career.category.name, page)}</span>{new_age}</p>"
        f'<p class="tagline">{prose(career.tagline, page)}</p>'
    )
    facts = "".join(
        f'<td><span class="muted">{esc(label)}</span><br><b>{value}</b></td>'
        for label, value in (
            (
                translate("Page", "Stream after 10th"),
                esc(", ".join(stream_label(s) for s in career.streams)),
            ),
            (translate("Page", "Minimum education"), esc(education_label(career.min_education))),
            (translate("Page", "Fresher pay"), fresher),
            (translate("Page", "Demand"), esc(demand_label(career.demand))),
        )
    )
    facts = f'<table width="100%" cellspacing="0" cellpadding="6"><tr>{facts}</tr></table>'
    what = card(
        translate("Page", "What they actually do"), f"<p>{prose(career.what_they_do, page)}</p>"
    )
    day = card(translate("Page", "A typical day"), bullets(career.typical_day, page))
    paths = "".join(_path_block(n, path, page) for n, path in enumerate(career.paths, 1))
    qualifications = card(translate("Page", "Qualifications"), bullets(career.qualifications, page))
    skills = card(translate("Page", "Skills that matter"), bullets(career.skills, page))
    bars = salary_bars(career.salary, page=page)
    salary_note = f'<p class="muted">{prose(career.salary_note, page)}</p>'
    government_pay = esc(translate("Page", "Government pay"))
    pay_level = (
        f"<p><b>{government_pay}:</b> {prose(career.pay_level, page)}</p>"
        if career.pay_level
        else ""
    )
    intro = translate(
        "Page", "₹ lakh per year (LPA). Wide bands: real pay depends on city, employer and work."
    )
    salary_intro = f'<p class="muted">{esc(intro)}</p>'
    ladder = " &nbsp;›&nbsp; ".join(f"<b>{prose(step, page)}</b>" for step in career.growth)
    employers = bullets(career.employers, page)
    pros, cons = esc(translate("Page", "Pros")), esc(translate("Page", "Cons"))
    pros_cons = (
        f'<table width="100%" cellspacing="8" cellpadding="12"><tr>'
        f'<td width="50%" valign="top" style="background-color:{P.good_bg};">'
        f'<h3 style="color:{P.good};">{pros}</h3>{bullets(career.pros, page)}</td>'
        f'<td width="50%" valign="top" style="background-color:{P.bad_bg};">'
        f'<h3 style="color:{P.bad};">{cons}</h3>{bullets(career.cons, page)}</td>'
        f"</tr></table>"
    )
    demand = f"<p><b>{esc(demand_label(career.demand))}.</b> {prose(career.demand_note, page)}</p>"
    related = _link_list(
        ((links.href("career", r.slug), r.title, r.tagline) for r in career.related),
        plain=printing,
        page=page,
    )
    exams = _link_list(
        ((links.href("exam", e.slug), e.short_name, e.full_name) for e in career.exams),
        plain=printing,
        page=page,
    )
    codes = f"ISCO-08 {esc(career.isco)} · " if career.isco else ""
    # Every career has two routes or more (the content rules), so no singular is needed.
    routes = esc(translate("Page", "%1 routes").replace("%1", str(len(career.paths))))
    examples = esc(translate("Page", "Examples only: informational, not endorsement."))
    interest_code = esc(translate("Page", "Interest code"))
    reviewed = esc(translate("Page", "Facts reviewed"))
    sections = [
        card("", header + facts),
        what,
        day,
        card(
            translate("Page", "How to become one"),
            f'<p class="muted">{routes}</p>' + paths,
            anchor="paths",
        )
        if career.paths
        else "",
        qualifications,
        skills,
        card(
            translate("Page", "Salary by experience"),
            salary_intro + bars + salary_note + pay_level,
            anchor="salary",
        )
        if career.salary
        else "",
        card(translate("Page", "Career growth"), f"<p>{ladder}</p>"),
        card(
            translate("Page", "Employers"),
            f'<p class="muted">{examples}</p>' + employers,
        ),
        card(translate("Page", "Honest pros and cons"), pros_cons),
        card(translate("Page", "Demand outlook"), demand),
        card(translate("Page", "Related careers"), related),
        card(translate("Page", "Relevant exams"), exams),
        f'<p class="muted">{codes}{interest_code} {esc(career.riasec)} · '
        f"{reviewed} {esc(career.reviewed)}</p>",
    ]
    return "".join(sections)


def render_exam(exam: Exam, glossary: Glossary | None = None) -> str:
    """The exam page; with ``glossary``, abbreviations explained as on a career page."""
    page = glossary.page(exam.glossary_senses) if glossary else None
    heading = esc(exam.short_name)
    if page is not None:
        # The full name and the body sit right under the heading: they explain the short name.
        beside = f"{exam.full_name} {exam.body}"
        pieces = page.pieces(exam.short_name, expand=False, beside=beside)
        heading = "".join(_piece_html(piece) for piece in pieces)
        for piece in pieces:
            if piece.term is not None:
                page.mark_explained(piece.term)
    tagline = name(exam.full_name, page)
    home, exams = esc(translate("Page", "Home")), esc(translate("Page", "Exams"))
    crumb = (
        f'<p class="crumb"><a href="{links.href("home")}">{home}</a> · '
        f"{exams} · {esc(exam_level_label(exam.level))}</p>"
    )
    facts = "".join(
        f'<tr><td width="170" valign="top" class="muted">{esc(label)}</td>'
        f'<td valign="top"><b>{value}</b></td></tr>'
        for label, value in (
            (translate("Page", "Full name"), name(exam.full_name, page)),
            (translate("Page", "Conducted by"), prose(exam.body, page)),
            (translate("Page", "Level"), esc(exam_level_label(exam.level))),
            (translate("Page", "Usual months"), prose(exam.months, page)),
            (translate("Page", "Leads to"), prose(exam.leads_to, page)),
        )
    )
    about = f"<p>{prose(exam.about, page)}</p>" if exam.about else ""
    careers = _link_list(
        ((links.href("career", c.slug), c.title, c.tagline) for c in exam.careers), page=page
    )
    reviewed = esc(translate("Page", "Facts reviewed"))
    dates = esc(translate("Page", "Dates change every year: check the official notice."))
    body = (
        card(
            "",
            f"{crumb}<h1>{heading}</h1>"
            f'<p class="tagline">{tagline}</p>'
            f'<table width="100%" cellspacing="0" cellpadding="5">{facts}</table>{about}',
        )
        + card(translate("Page", "Careers that list this exam"), careers)
        + f'<p class="muted">{reviewed} {esc(exam.reviewed)}. {dates}</p>'
    )
    return _page(body)


def render_welcome(
    info: ContentInfo,
    heading: str,
    hint: str,
    categories: Sequence[FacetCount] = (),
) -> str:
    """The start page: what to do, and (for Explore) every category to browse, with counts."""
    counts = (
        translate("Page", "%1 careers and %2 exams · content %3")
        .replace("%1", str(info.careers))
        .replace("%2", str(info.exams))
        .replace("%3", info.version)
    )
    body = card(
        "",
        f'<h1>{esc(heading)}</h1><p class="tagline">{esc(hint)}</p>'
        f'<p class="muted">{esc(counts)}</p>',
    )
    if categories:
        quiz = esc(translate("Page", "What do I enjoy? Take the interest quiz"))
        length = esc(translate("Page", "(18 or 48 activities, 3–7 minutes)"))
        body += card(
            translate("Page", "Not sure where to start?"),
            f'<p><a href="{links.href("quiz")}">{quiz}</a> <span class="muted">{length}</span></p>',
        )
        cells = [
            f'<td width="50%" valign="top"><a href="{links.href("category", c.code)}">'
            f'{esc(c.label)}</a> <span class="muted">({c.count})</span></td>'
            for c in categories
        ]
        rows = "".join(f"<tr>{''.join(cells[n : n + 2])}</tr>" for n in range(0, len(cells), 2))
        body += card(
            translate("Page", "Browse by category"),
            f'<table width="100%" cellspacing="0" cellpadding="5">{rows}</table>',
        )
    return _page(body)


def render_problem(heading: str, message: str, details: str) -> str:
    """Shown in place of a page that could not be read: what happened, and the cause."""
    lines = "<br>".join(esc(line) for line in details.splitlines())
    for_whom = translate("Page", "Details for whoever looks after this computer:")
    return _page(
        card(
            "",
            f"<h1>{esc(heading)}</h1><p>{esc(message)}</p>"
            f'<p class="muted">{esc(for_whom)}</p>'
            f'<p class="crumb">{lines}</p>',
        )
    )


def _page(body: str) -> str:
    return (
        f"<html><head><style>{page_style(text_scale())}</style></head>"
        f'<body style="background-color:{P.page};">{body}</body></html>'
    )
