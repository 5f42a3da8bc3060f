"""Records in Hindi: the English records with each field replaced where a Hindi text exists.

Read from the database's ``hindi`` table once, when Hindi is first chosen (never at start-up
in English). A field, list item or path step without Hindi keeps its English, so a page is
never missing anything; a Hindi career title comes from the careers table's ``title_hi``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from typing import TYPE_CHECKING

from . import hindi, vocab
from .needs import Matched, Need
from .records import (
    Career,
    CareerPath,
    CareerSummary,
    Category,
    Exam,
    ExamSummary,
    FacetCount,
    Facets,
    PathStep,
    QuizItem,
    Quote,
)

if TYPE_CHECKING:
    from .engine import Results

Texts = dict[str, dict[str, str]]


class Hindi:
    """Every Hindi text of a database, by owner and field, and the records made from them.

    A career's related careers and an exam's careers come from the catalogue's own lists,
    already in Hindi; only the record's own fields are replaced here."""

    def __init__(self, rows: Iterable[tuple[str, bytes]]):
        self.texts: Texts = {owner: hindi.unpack(blob) for owner, blob in rows}

    def _field(self, owner: str, field: str, english: str) -> str:
        return self.texts.get(owner, {}).get(field, english)

    def _items(self, owner: str, field: str, english: tuple[str, ...]) -> tuple[str, ...]:
        found = self.texts.get(owner, {})
        return tuple(found.get(f"{field}/{n}", text) for n, text in enumerate(english))

    def category(self, category: Category) -> Category:
        owner = f"category/{category.slug}"
        return dataclasses.replace(
            category,
            name=category.name_hi or category.name,
            description=self._field(owner, "description", category.description),
        )

    def summary(self, summary: CareerSummary, category_names: dict[str, str]) -> CareerSummary:
        owner = f"career/{summary.slug}"
        return dataclasses.replace(
            summary,
            title=summary.title_hi or summary.title,
            title_en=summary.title_en or summary.title,
            tagline=self._field(owner, "tagline", summary.tagline),
            category_name=category_names.get(summary.category, summary.category_name),
        )

    def exam_summary(self, exam: ExamSummary) -> ExamSummary:
        return dataclasses.replace(
            exam, full_name=self._field(f"exam/{exam.slug}", "full_name", exam.full_name)
        )

    def career(self, career: Career) -> Career:
        owner = f"career/{career.slug}"
        texts = self.texts.get(owner, {})
        bands = tuple(
            dataclasses.replace(band, note=texts.get(f"salary_notes/{band.level}", band.note))
            if band.note
            else band
            for band in career.salary
        )
        return dataclasses.replace(
            career,
            title=career.title_hi or career.title,
            title_en=career.title_en or career.title,
            category=self.category(career.category),
            tagline=texts.get("tagline", career.tagline),
            what_they_do=texts.get("what_they_do", career.what_they_do),
            typical_day=self._items(owner, "typical_day", career.typical_day),
            qualifications=self._items(owner, "qualifications", career.qualifications),
            skills=self._items(owner, "skills", career.skills),
            growth=self._items(owner, "growth", career.growth),
            employers=self._items(owner, "employers", career.employers),
            pay_level=texts.get("pay_level", career.pay_level),
            pros=self._items(owner, "pros", career.pros),
            cons=self._items(owner, "cons", career.cons),
            demand_note=texts.get("demand_note", career.demand_note),
            salary_note=texts.get("salary_note", career.salary_note),
            salary=bands,
            paths=tuple(self._path(texts, n, path) for n, path in enumerate(career.paths)),
        )

    @staticmethod
    def _path(texts: dict[str, str], number: int, path: CareerPath) -> CareerPath:
        at = f"paths/{number}"
        steps = tuple(
            PathStep(texts.get(f"{at}/steps/{n}", step.step), step.years)
            for n, step in enumerate(path.steps)
        )
        return CareerPath(
            title=texts.get(f"{at}/title", path.title),
            steps=steps,
            note=texts.get(f"{at}/note", path.note) if path.note else path.note,
            affordable=path.affordable,
        )

    def exam(self, exam: Exam) -> Exam:
        owner = f"exam/{exam.slug}"
        return dataclasses.replace(
            exam,
            full_name=self._field(owner, "full_name", exam.full_name),
            body=self._field(owner, "body", exam.body),
            about=self._field(owner, "about", exam.about),
            leads_to=self._field(owner, "leads_to", exam.leads_to),
            months=self._field(owner, "months", exam.months),
        )

    def quote(self, number: int, quote: Quote) -> Quote:
        owner = f"quote/{number}"
        return Quote(
            self._field(owner, "text", quote.text), self._field(owner, "author", quote.author)
        )

    def quiz_item(self, item: QuizItem) -> QuizItem:
        return dataclasses.replace(item, text=self._field(f"quiz/{item.id}", "text", item.text))

    def need(self, need: Need) -> Need:
        return dataclasses.replace(need, label=self._field(f"need/{need.key}", "label", need.label))

    def results(self, results: Results) -> Results:
        """A search's results with the needs it applied named in Hindi."""
        return dataclasses.replace(
            results, needs=tuple(Matched(self.need(m.need), m.words) for m in results.needs)
        )

    def explain(self, abbr: str, full: str, english: str) -> str:
        return self._field(f"term/{abbr}/{full}", "explain", english)

    def facets(self, facets: Facets, category_names: dict[str, str]) -> Facets:
        def labelled(counts: tuple[FacetCount, ...]) -> tuple[FacetCount, ...]:
            return tuple(dataclasses.replace(c, label=vocab.label_hi(c.label)) for c in counts)

        return dataclasses.replace(
            facets,
            categories=tuple(
                dataclasses.replace(c, label=category_names.get(c.code, c.label))
                for c in facets.categories
            ),
            streams=labelled(facets.streams),
            min_education=labelled(facets.min_education),
            demand=labelled(facets.demand),
        )
