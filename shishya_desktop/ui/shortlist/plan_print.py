"""My plan as a print job: one A4 page for parents, the shortlist as a table with the notes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...catalog.records import ContentInfo
from ...guide.plan import Plan
from ..common.palette import PALETTE as P
from ..common.printing import PrintJob, _document
from ..common.render import esc


def tr(text: str) -> str:
    return QCoreApplication.translate("MyPlan", text)


def _lines(text: str) -> str:
    return "<br>".join(esc(line) for line in text.splitlines())


def plan_html(plan: Plan) -> str:
    rows = []
    for number, career in enumerate(plan.careers):
        shade = P.card if number % 2 == 0 else "#F3F6FA"
        route = f"<b>{esc(tr('Shortest'))}:</b> {esc(career.shortest)}"
        if career.low_cost:
            route += f"<br><b>{esc(tr('Low-cost'))}:</b> {esc(career.low_cost)}"
        years = f"{career.shortest_years:g}" if career.shortest_years else ""
        rows.append(
            f'<tr><td valign="top" style="background-color:{shade};"><b>{esc(career.title)}</b>'
            f"<br>{esc(career.fresher_pay)}</td>"
            f'<td valign="top" style="background-color:{shade};">{route}</td>'
            f'<td valign="top" style="background-color:{shade};">{years}</td>'
            f'<td valign="top" style="background-color:{shade};">'
            f"{esc(', '.join(career.exams))}</td>"
            f'<td valign="top" style="background-color:{shade};">{_lines(career.note)}</td></tr>'
        )
    head = "".join(
        f'<th align="left" width="{width}%" style="background-color:{P.header}; color:white;">'
        f"{esc(label)}</th>"
        for label, width in (
            (tr("Career and fresher pay"), 18),
            (tr("Routes"), 36),
            (tr("Years"), 6),
            (tr("Exams (usual months)"), 18),
            (tr("My notes"), 22),
        )
    )
    empty = "" if plan.careers else f"<p>{esc(tr('No careers on the shortlist yet.'))}</p>"
    return (
        f'<p style="font-size: 16pt; font-weight: 700; color: {P.heading};">'
        f"{esc(tr('My plan'))}</p>"
        f'<p class="muted">{esc(tr("The careers I am thinking about, and how to get there."))}'
        "</p>"
        f'<table width="100%" cellspacing="0" cellpadding="4" '
        f'style="border: 1px solid {P.border};"><tr>{head}</tr>'
        f"{''.join(rows)}</table>{empty}"
        f'<p class="muted">{esc(tr("Years: of study and training after class 10 on the shortest route. Pay in ₹ lakh per year (LPA) for freshers; real pay depends on city and employer. Exam months change: check the official notice."))}</p>'  # noqa: E501
    )


def plan_job(plan: Plan, info: ContentInfo) -> PrintJob:
    header = tr("Shishya career guide · My plan · content %1").replace("%1", info.version)
    return PrintJob(
        title=tr("My plan"),
        html=_document(lambda: plan_html(plan)),
        landscape=False,
        header=header,
        one_page=True,
    )
