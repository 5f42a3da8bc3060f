"""My plan as a print job: one A4 page for parents, the shortlist as a table with the notes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...catalog.records import ContentInfo
from ...guide.plan import Plan
from ..common.palette import PALETTE as P
from ..common.printing import PrintJob, _document
from ..common.render import esc

translate = QCoreApplication.translate


def _lines(text: str) -> str:
    return "<br>".join(esc(line) for line in text.splitlines())


def plan_html(plan: Plan) -> str:
    rows = []
    shortest, low_cost = translate("MyPlan", "Shortest"), translate("MyPlan", "Low-cost")
    for number, career in enumerate(plan.careers):
        shade = P.card if number % 2 == 0 else "#F3F6FA"
        route = f"<b>{esc(shortest)}:</b> {esc(career.shortest)}"
        if career.low_cost:
            route += f"<br><b>{esc(low_cost)}:</b> {esc(career.low_cost)}"
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
            (translate("MyPlan", "Career and fresher pay"), 18),
            (translate("MyPlan", "Routes"), 36),
            (translate("MyPlan", "Years"), 6),
            (translate("MyPlan", "Exams (usual months)"), 18),
            (translate("MyPlan", "My notes"), 22),
        )
    )
    nothing = esc(translate("MyPlan", "No careers on the shortlist yet."))
    empty = "" if plan.careers else f"<p>{nothing}</p>"
    title = esc(translate("MyPlan", "My plan"))
    intro = esc(translate("MyPlan", "The careers I am thinking about, and how to get there."))
    notes = esc(
        translate(
            "MyPlan",
            "Years: of study and training after class 10 on the shortest route. Pay in ₹ lakh "
            "per year (LPA) for freshers; real pay depends on city and employer. Exam months "
            "change: check the official notice.",
        )
    )
    return (
        f'<p style="font-size: 16pt; font-weight: 700; color: {P.heading};">{title}</p>'
        f'<p class="muted">{intro}</p>'
        f'<table width="100%" cellspacing="0" cellpadding="4" '
        f'style="border: 1px solid {P.border};"><tr>{head}</tr>'
        f"{''.join(rows)}</table>{empty}"
        f'<p class="muted">{notes}</p>'
    )


def plan_job(plan: Plan, info: ContentInfo) -> PrintJob:
    header = translate("MyPlan", "Shishya career guide · My plan · content %1").replace(
        "%1", info.version
    )
    return PrintJob(
        title=translate("MyPlan", "My plan"),
        html=_document(lambda: plan_html(plan)),
        landscape=False,
        header=header,
        one_page=True,
        file_name="My plan",
    )
