"""Choosing and ordering the careers the list shows: search, filters and sorting, without Qt.

The window keeps every career summary in memory (they are light) and, on each keystroke or
filter change, asks ``select_careers`` for the rows to show. At 10,000 careers this is a few
milliseconds of plain Python, so there is no proxy model doing per-row callbacks.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Any

from . import vocab
from .records import CareerSummary


class SortOrder(Enum):
    RELEVANCE = "relevance"
    TITLE = "title"
    FRESHER_PAY = "fresher-pay"
    SENIOR_PAY = "senior-pay"
    DEMAND = "demand"


NO_MATHS = "no-maths"
# Subject choices the list offers: (code, label), in order.
SUBJECT_CHOICES: tuple[tuple[str, str], ...] = (
    ("maths", "Needs Maths"),
    ("biology", "Needs Biology"),
    (NO_MATHS, "No Maths needed"),
)

# Fresher pay ranges the list offers, in ₹ lakh per year: (low, high).
FRESHER_PAY_RANGES: tuple[tuple[float, float], ...] = (
    (0.0, 3.0),
    (3.0, 6.0),
    (6.0, 10.0),
    (10.0, 1000.0),
)


@dataclass(frozen=True, slots=True)
class CareerFilter:
    """What the student chose; ``None`` means "any"."""

    category: str | None = None
    stream: str | None = None
    max_education: str | None = None
    fresher_pay: tuple[float, float] | None = None
    min_demand: str | None = None
    sector: str | None = None
    # "maths" or "biology": the career needs it in class 11–12; "no-maths": it does not.
    subject: str | None = None
    low_cost: bool = False

    @property
    def is_empty(self) -> bool:
        return self == CareerFilter()

    def keeps(self, career: CareerSummary, *, ignore_category: bool = False) -> bool:
        if self.category and not ignore_category and career.category != self.category:
            return False
        if self.stream and self.stream not in career.streams and "any" not in career.streams:
            return False
        if self.max_education and vocab.rank(
            vocab.MIN_EDUCATION, career.min_education
        ) > vocab.rank(vocab.MIN_EDUCATION, self.max_education):
            return False
        if self.fresher_pay:
            low, high = self.fresher_pay
            if career.fresher_max < low or career.fresher_min >= high:
                return False
        if self.sector and self.sector not in career.sectors:
            return False
        if self.subject == NO_MATHS:
            if "maths" in career.subjects:
                return False
        elif self.subject and self.subject not in career.subjects:
            return False
        if self.low_cost and not career.low_cost:
            return False
        return not (
            self.min_demand
            and vocab.rank(vocab.DEMAND, career.demand) > vocab.rank(vocab.DEMAND, self.min_demand)
        )


def apply_filter(careers: Iterable[CareerSummary], chosen: CareerFilter) -> list[CareerSummary]:
    return [career for career in careers if chosen.keeps(career)]


def sort_key(order: SortOrder) -> Callable[[CareerSummary], Any]:
    """A key function for ``sorted``; pay sorts put the best-paid first."""
    if order is SortOrder.FRESHER_PAY:
        return lambda c: (-c.fresher_max, -c.fresher_min, c.title.lower())
    if order is SortOrder.SENIOR_PAY:
        return lambda c: (-c.senior_max, c.title.lower())
    if order is SortOrder.DEMAND:
        return lambda c: (vocab.rank(vocab.DEMAND, c.demand), c.title.lower())
    return lambda c: c.title.lower()


@dataclass(frozen=True, slots=True)
class Selection:
    """The rows to show, and how many careers each category would show with the other choices."""

    careers: list[CareerSummary]
    category_counts: Counter[str]


def select_careers(
    careers: Sequence[CareerSummary],
    ranked_slugs: Sequence[str] | None,
    chosen: CareerFilter,
    order: SortOrder,
    by_slug: Mapping[str, CareerSummary] | None = None,
) -> Selection:
    """Filter ``careers`` (already A–Z) and order them.

    ``ranked_slugs`` is the search result, best first, or None when nothing is typed. With a
    search and RELEVANCE, the search order is kept; otherwise ``order`` decides. Callers that
    select often pass ``by_slug`` (``careers`` by slug) so it is not rebuilt every time.
    """
    if ranked_slugs is not None:
        if by_slug is None:
            by_slug = {career.slug: career for career in careers}
        pool = [by_slug[slug] for slug in ranked_slugs if slug in by_slug]
    else:
        pool = list(careers)
    if chosen.is_empty:
        shown = pool
        counts = Counter(career.category for career in pool)
    else:
        counts = Counter()
        shown = []
        for career in pool:
            if chosen.keeps(career, ignore_category=True):
                counts[career.category] += 1
                if not chosen.category or career.category == chosen.category:
                    shown.append(career)
    if order is not SortOrder.RELEVANCE and not (order is SortOrder.TITLE and ranked_slugs is None):
        shown = sorted(shown, key=sort_key(order))
    return Selection(shown, counts)
