"""Filtering and sorting career summaries: the logic behind the list's filters, without Qt."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import Enum
from typing import Any

from . import vocab
from .records import CareerSummary


class SortOrder(Enum):
    TITLE = "title"
    FRESHER_PAY = "fresher-pay"
    SENIOR_PAY = "senior-pay"
    DEMAND = "demand"


@dataclass(frozen=True, slots=True)
class CareerFilter:
    """What the student chose; ``None`` (or 0) means "any"."""

    category: str | None = None
    stream: str | None = None
    max_education: str | None = None
    min_fresher_pay: float = 0.0
    demand: str | None = None

    @property
    def is_empty(self) -> bool:
        return self == CareerFilter()

    def keeps(self, career: CareerSummary) -> bool:
        if self.category and career.category != self.category:
            return False
        if self.stream and self.stream not in career.streams and "any" not in career.streams:
            return False
        if self.max_education and vocab.rank(
            vocab.MIN_EDUCATION, career.min_education
        ) > vocab.rank(vocab.MIN_EDUCATION, self.max_education):
            return False
        if self.min_fresher_pay and career.fresher_max < self.min_fresher_pay:
            return False
        return not (self.demand and career.demand != self.demand)


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
