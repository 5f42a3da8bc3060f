"""Frozen dataclasses the catalogue returns: what the window and the command line work with."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Category:
    slug: str
    name: str
    name_hi: str
    description: str


@dataclass(frozen=True, slots=True)
class CareerSummary:
    """The light record a list row needs; loading all of them must stay fast."""

    slug: str
    title: str
    title_hi: str
    category: str
    category_name: str
    tagline: str
    streams: tuple[str, ...]
    min_education: str
    demand: str
    fresher_min: float
    fresher_max: float
    senior_max: float
    new_age: bool
    sectors: tuple[str, ...] = ()
    subjects: tuple[str, ...] = ()
    low_cost: bool = False
    # Set when ``title`` is shown in Hindi: the English title, for the small line under it.
    title_en: str = ""

    @property
    def other_title(self) -> str:
        """The title in the other language, shown small beside or under ``title``."""
        return self.title_en if self.title_en and self.title_en != self.title else self.title_hi


@dataclass(frozen=True, slots=True)
class QuizItem:
    """One activity of the interest quiz, of one Holland type (a letter of RIASEC)."""

    id: str
    type: str
    text: str
    short_form: bool


@dataclass(frozen=True, slots=True)
class SalaryBand:
    level: str
    min_lpa: float
    max_lpa: float
    note: str


@dataclass(frozen=True, slots=True)
class PathStep:
    step: str
    years: float


@dataclass(frozen=True, slots=True)
class CareerPath:
    title: str
    steps: tuple[PathStep, ...]
    note: str
    affordable: bool

    @property
    def years(self) -> float:
        """Years of study and training along this path, from class 10 to the first job."""
        return sum(step.years for step in self.steps)


@dataclass(frozen=True, slots=True)
class ExamSummary:
    slug: str
    short_name: str
    full_name: str
    level: str


@dataclass(frozen=True, slots=True)
class Career:
    slug: str
    title: str
    title_hi: str
    aliases: tuple[str, ...]
    category: Category
    new_age: bool
    tagline: str
    what_they_do: str
    typical_day: tuple[str, ...]
    paths: tuple[CareerPath, ...]
    streams: tuple[str, ...]
    min_education: str
    qualifications: tuple[str, ...]
    skills: tuple[str, ...]
    salary_note: str
    pay_level: str
    salary: tuple[SalaryBand, ...]
    growth: tuple[str, ...]
    employers: tuple[str, ...]
    pros: tuple[str, ...]
    cons: tuple[str, ...]
    demand: str
    demand_note: str
    related: tuple[CareerSummary, ...]
    exams: tuple[ExamSummary, ...]
    isco: str
    riasec: str
    reviewed: str
    # The meaning this page gives abbreviations that have several: (abbreviation, full form).
    glossary_senses: tuple[tuple[str, str], ...] = ()
    title_en: str = ""  # as on CareerSummary

    @property
    def other_title(self) -> str:
        """The title in the other language, shown small beside or under ``title``."""
        return self.title_en if self.title_en and self.title_en != self.title else self.title_hi

    @property
    def shortest_path(self) -> CareerPath | None:
        """The quickest route, or None for a career whose routes are missing."""
        return min(self.paths, key=lambda path: path.years, default=None)


@dataclass(frozen=True, slots=True)
class Exam:
    slug: str
    short_name: str
    full_name: str
    body: str
    level: str
    months: str
    leads_to: str
    about: str
    reviewed: str
    careers: tuple[CareerSummary, ...]
    glossary_senses: tuple[tuple[str, str], ...] = ()  # as on a career


@dataclass(frozen=True, slots=True)
class Quote:
    text: str
    author: str


@dataclass(frozen=True, slots=True)
class FacetCount:
    code: str
    label: str
    count: int


@dataclass(frozen=True, slots=True)
class Facets:
    """What the career list can be filtered on, with how many careers each choice keeps."""

    categories: tuple[FacetCount, ...]
    streams: tuple[FacetCount, ...]
    min_education: tuple[FacetCount, ...]
    demand: tuple[FacetCount, ...]
    fresher_salary_max: float


@dataclass(frozen=True, slots=True)
class ContentInfo:
    version: str
    date: str
    careers: int
    exams: int
