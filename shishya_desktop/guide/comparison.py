"""The side-by-side comparison as rows of values, one value per career. No Qt.

Both the Compare tab's table model and the printed comparison are built from these rows, so
the screen and the paper always say the same thing.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ..catalog import vocab
from ..catalog.records import Career, SalaryBand
from . import QT_TRANSLATE_NOOP, Translate, same


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


def compare(
    careers: Sequence[Career], translate: Translate = same, label: Translate = same
) -> Comparison:
    """The rows for ``careers``; ``translate`` turns the "Compare" strings marked here into
    the interface language, ``label`` the vocabularies' labels (streams, education, demand)."""
    shared = shared_skills(careers)

    def each(pick) -> tuple[tuple[str, ...], ...]:  # type: ignore[no-untyped-def]
        return tuple(tuple(pick(career)) for career in careers)

    def skills(career: Career) -> list[str]:
        marked = translate(QT_TRANSLATE_NOOP("Compare", "%1 (shared by all)"))
        return [marked.replace("%1", s) if _norm(s) in shared else s for s in career.skills]

    def shortest(career: Career) -> list[str]:
        path = career.shortest_path
        if path is None:
            return ["—"]
        about = translate(QT_TRANSLATE_NOOP("Compare", "%1 (about %2 years)"))
        first = about.replace("%1", path.title).replace("%2", f"{path.years:g}")
        return [first, *(s.step for s in path.steps)]

    def years(career: Career) -> list[str]:
        path = career.shortest_path
        about = translate(QT_TRANSLATE_NOOP("Compare", "about %1 years"))
        return [about.replace("%1", f"{path.years:g}") if path else "—"]

    def row(key: str, text: str, values: tuple[tuple[str, ...], ...], kind: str = "text") -> Row:
        return Row(key, translate(text), values, kind)

    def vocabulary(labels: dict[str, str], code: str) -> str:
        return label(labels.get(code, code))

    none = translate(QT_TRANSLATE_NOOP("Compare", "None"))
    rows = (
        row(
            "category", QT_TRANSLATE_NOOP("Compare", "Category"), each(lambda c: [c.category.name])
        ),
        row(
            "tagline", QT_TRANSLATE_NOOP("Compare", "What the job is"), each(lambda c: [c.tagline])
        ),
        row(
            "education",
            QT_TRANSLATE_NOOP("Compare", "Minimum education"),
            each(lambda c: [vocabulary(vocab.MIN_EDUCATION, c.min_education)]),
        ),
        row(
            "streams",
            QT_TRANSLATE_NOOP("Compare", "Stream after 10th"),
            each(lambda c: [", ".join(vocabulary(vocab.STREAMS, s) for s in c.streams)]),
        ),
        row("path", QT_TRANSLATE_NOOP("Compare", "Shortest path"), each(shortest)),
        row("years", QT_TRANSLATE_NOOP("Compare", "Years of study"), each(years)),
        row(
            "exams",
            QT_TRANSLATE_NOOP("Compare", "Entrance exams"),
            each(lambda c: [e.short_name for e in c.exams] or [none]),
            kind="exams",
        ),
        row(
            "salary",
            QT_TRANSLATE_NOOP("Compare", "Salary (₹ LPA)"),
            each(lambda c: [money_range(b) for b in c.salary] or ["—"]),
            kind="salary",
        ),
        row(
            "growth",
            QT_TRANSLATE_NOOP("Compare", "Growth ladder"),
            each(lambda c: [" › ".join(c.growth)]),
        ),
        row("skills", QT_TRANSLATE_NOOP("Compare", "Skills"), each(skills)),
        row(
            "demand",
            QT_TRANSLATE_NOOP("Compare", "Demand outlook"),
            each(lambda c: [f"{vocabulary(vocab.DEMAND, c.demand)}. {c.demand_note}"]),
        ),
        row("pros", QT_TRANSLATE_NOOP("Compare", "Pros"), each(lambda c: c.pros)),
        row("cons", QT_TRANSLATE_NOOP("Compare", "Cons"), each(lambda c: c.cons)),
        row(
            "related",
            QT_TRANSLATE_NOOP("Compare", "Related careers"),
            each(lambda c: [r.title for r in c.related]),
        ),
    )
    return Comparison(tuple(careers), rows, shared, salary_scale(careers))
