"""The comparison rows, without a window: values per career, differences, shared skills."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

import pytest

from shishya_desktop.catalog import Catalog
from shishya_desktop.guide.compare import MAX_COMPARED, CompareFull, CompareSelection
from shishya_desktop.guide.comparison import compare
from tests.conftest import REPO


@pytest.fixture(scope="module")
def shipped() -> Iterator[Catalog]:
    with Catalog.open(REPO / "data" / "shishya.db") as catalog:
        yield catalog


def test_rows_hold_one_value_per_career(shipped: Catalog) -> None:
    careers = [shipped.career(s) for s in ("doctor-mbbs", "pharmacist", "physiotherapist")]
    comparison = compare(careers)
    keys = [row.key for row in comparison.rows]
    assert keys == [
        "category",
        "tagline",
        "education",
        "streams",
        "path",
        "years",
        "exams",
        "salary",
        "growth",
        "skills",
        "demand",
        "pros",
        "cons",
        "related",
    ]
    for row in comparison.rows:
        assert len(row.values) == 3
    salary = next(r for r in comparison.rows if r.key == "salary")
    assert (
        salary.values[0][0]
        == f"₹{careers[0].salary[0].min_lpa:g}–{careers[0].salary[0].max_lpa:g} LPA"
    )
    assert comparison.salary_scale >= max(b.max_lpa for c in careers for b in c.salary)


def test_differences_only_hides_rows_that_are_the_same(shipped: Catalog) -> None:
    doctor, surgeon = shipped.career("doctor-mbbs"), shipped.career("surgeon")
    comparison = compare([doctor, surgeon])
    category = next(r for r in comparison.rows if r.key == "category")
    assert category.same_for_all  # both Medicine & Healthcare
    shown = [r.key for r in comparison.visible_rows(differences_only=True)]
    assert "category" not in shown and "salary" in shown
    assert len(comparison.visible_rows(differences_only=False)) == len(comparison.rows)


def test_shared_skills_are_marked(shipped: Catalog) -> None:
    nurse = shipped.career("nurse")
    twin = dataclasses.replace(
        shipped.career("pharmacist"), skills=(nurse.skills[0].upper(), "Something else")
    )
    comparison = compare([nurse, twin])
    assert comparison.shared_skills == {" ".join(nurse.skills[0].lower().split())}
    skills = next(r for r in comparison.rows if r.key == "skills")
    assert skills.values[0][0].endswith("(shared by all)")
    assert not skills.values[0][1].endswith("(shared by all)")


def test_selection_limit_and_order() -> None:
    selection = CompareSelection()
    for slug in ("a", "b", "c", "d"):
        assert selection.add(slug)
    assert not selection.add("a")
    with pytest.raises(CompareFull, match="up to 4"):
        selection.add("e")
    selection.move("d", -5)
    assert selection.slugs == ["d", "a", "b", "c"]
    selection.move("d", 1)
    assert selection.slugs == ["a", "d", "b", "c"]
    selection.remove("b")
    assert len(selection) == 3 and MAX_COMPARED == 4
    selection.clear()
    assert selection.slugs == []
