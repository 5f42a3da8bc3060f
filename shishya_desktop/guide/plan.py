"""What "My plan" holds: for each shortlisted career the routes, exams, years, pay and notes. No Qt.

A one-page A4 sheet for parents; ``ui/shortlist/plan_print.py`` lays it out.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ..catalog.records import Career, CareerPath, Exam
from . import QT_TRANSLATE_NOOP, Translate, same


@dataclass(frozen=True, slots=True)
class PlanCareer:
    title: str
    shortest: str  # the quickest route, with its steps
    shortest_years: float
    low_cost: str  # the low-cost route ("" when it is the quickest one, or when there is none)
    exams: tuple[str, ...]  # "NEET-UG (May)"
    fresher_pay: str  # "₹3–6 LPA"
    note: str


@dataclass(frozen=True, slots=True)
class Plan:
    careers: tuple[PlanCareer, ...]


def _route(path: CareerPath) -> str:
    steps = " → ".join(step.step for step in path.steps)
    return f"{path.title}: {steps}" if steps else path.title


def _years(value: float) -> str:
    return f"{value:g}"


def _fresher_pay(career: Career) -> str:
    for band in career.salary:
        if band.level.lower().startswith(("fresher", "entry", "start")):
            return f"₹{band.min_lpa:g}–{band.max_lpa:g} LPA"
    if career.salary:
        band = career.salary[0]
        return f"₹{band.min_lpa:g}–{band.max_lpa:g} LPA"
    return ""


def plan_career(
    career: Career,
    note: str,
    exam: Callable[[str], Exam | None],
    translate: Translate = same,
) -> PlanCareer:
    """``translate`` turns the "MyPlan" strings marked here into the interface language."""
    shortest = career.shortest_path
    cheap = [path for path in career.paths if path.affordable]
    low_cost = min(cheap, key=lambda path: path.years) if cheap else None
    exams = []
    for summary in career.exams:
        found = exam(summary.slug)
        months = found.months.strip() if found is not None else ""
        exams.append(f"{summary.short_name} ({months})" if months else summary.short_name)
    return PlanCareer(
        title=career.title,
        shortest=_route(shortest) if shortest else "",
        shortest_years=shortest.years if shortest else 0.0,
        low_cost=""
        if low_cost is None or low_cost is shortest
        else translate(QT_TRANSLATE_NOOP("MyPlan", "%1 (%2 years)"))
        .replace("%1", _route(low_cost))
        .replace("%2", _years(low_cost.years)),
        exams=tuple(exams),
        fresher_pay=_fresher_pay(career),
        note=note.strip(),
    )


def make_plan(
    careers: Sequence[tuple[Career, str]],
    exam: Callable[[str], Exam | None],
    translate: Translate = same,
) -> Plan:
    """``careers``: each shortlisted career with the student's note, in the shortlist's order."""
    return Plan(tuple(plan_career(career, note, exam, translate) for career, note in careers))
