"""The side-by-side comparison as rows of values, one value per career. No Qt.

Both the Compare tab's table model and the printed comparison are built from these rows, so
the screen and the paper always say the same thing.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ..catalog import vocab
from ..catalog.records import Career, SalaryBand


@dataclass(frozen=True, slots=True)
class Row:
    """One line of the comparison: a label and one value (lines of text) per career."""

    key: str
    label: str
    values: tuple[tuple[str, ...], ...]
    kind: str = "text"  # "text", "salary" or "exams"

    @property
    def same_for_all(self) -> bool:
        return len(set(self.values)) <= 1


@dataclass(frozen=True, slots=True)
class Comparison:
    careers: tuple[Career, ...]
    rows: tuple[Row, ...]
    shared_skills: frozenset[str]
    salary_scale: float

    def visible_rows(self, differences_only: bool) -> tuple[Row, ...]:
        """All rows, or (with ``differences_only``) the rows whose values differ."""
        if not differences_only or len(self.careers) < 2:
            return self.rows
        return tuple(row for row in self.rows if not row.same_for_all)


def money_range(band: SalaryBand) -> str:
    return f"₹{band.min_lpa:g}–{band.max_lpa:g} LPA"


def _norm(text: str) -> str:
    return " ".join(text.lower().split())


def shared_skills(careers: Sequence[Career]) -> frozenset[str]:
    """Skills (compared ignoring case and spacing) that every compared career lists."""
    if len(careers) < 2:
        return frozenset()
    sets = [{_norm(skill) for skill in career.skills} for career in careers]
    return frozenset(set.intersection(*sets))


def round_scale(bands: Iterable[SalaryBand]) -> float:
    """A round ₹ LPA top for salary bars drawn on one scale, so they compare at a glance."""
    top = max((band.max_lpa for band in bands), default=1.0)
    step = 5.0 if top <= 50 else 10.0 if top <= 100 else 50.0
    return max(step, -(-top // step) * step)


def salary_scale(careers: Sequence[Career]) -> float:
    """One scale shared by every compared career's bars."""
    return round_scale(band for career in careers for band in career.salary)


def compare(careers: Sequence[Career]) -> Comparison:
    shared = shared_skills(careers)

    def each(pick) -> tuple[tuple[str, ...], ...]:  # type: ignore[no-untyped-def]
        return tuple(tuple(pick(career)) for career in careers)

    def skills(career: Career) -> list[str]:
        return [f"{s} (shared by all)" if _norm(s) in shared else s for s in career.skills]

    def shortest(career: Career) -> list[str]:
        path = career.shortest_path
        if path is None:
            return ["—"]
        return [f"{path.title} (about {path.years:g} years)", *(s.step for s in path.steps)]

    def years(career: Career) -> list[str]:
        path = career.shortest_path
        return [f"about {path.years:g} years" if path else "—"]

    rows = (
        Row("category", "Category", each(lambda c: [c.category.name])),
        Row("tagline", "What the job is", each(lambda c: [c.tagline])),
        Row(
            "education",
            "Minimum education",
            each(lambda c: [vocab.MIN_EDUCATION.get(c.min_education, c.min_education)]),
        ),
        Row(
            "streams",
            "Stream after 10th",
            each(lambda c: [", ".join(vocab.STREAMS.get(s, s) for s in c.streams)]),
        ),
        Row("path", "Shortest path", each(shortest)),
        Row("years", "Years of study", each(years)),
        Row(
            "exams",
            "Entrance exams",
            each(lambda c: [e.short_name for e in c.exams] or ["None"]),
            kind="exams",
        ),
        Row(
            "salary",
            "Salary (₹ LPA)",
            each(lambda c: [money_range(b) for b in c.salary] or ["—"]),
            kind="salary",
        ),
        Row("growth", "Growth ladder", each(lambda c: [" › ".join(c.growth)])),
        Row("skills", "Skills", each(skills)),
        Row(
            "demand",
            "Demand outlook",
            each(lambda c: [f"{vocab.DEMAND.get(c.demand, c.demand)}. {c.demand_note}"]),
        ),
        Row("pros", "Pros", each(lambda c: c.pros)),
        Row("cons", "Cons", each(lambda c: c.cons)),
        Row("related", "Related careers", each(lambda c: [r.title for r in c.related])),
    )
    return Comparison(tuple(careers), rows, shared, salary_scale(careers))
