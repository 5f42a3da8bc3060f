"""A built fixture database shared by the catalogue tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from shishya_desktop.catalog import Catalog
from shishya_desktop.catalog.build import build_database
from shishya_desktop.catalog.sources import read_sources
from tests.content_factory import write_content


@pytest.fixture(scope="session")
def fixture_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = write_content(tmp_path_factory.mktemp("content") / "data")
    out = root.parent / "fixture.db"
    build_database(read_sources(root), out)
    return out


@pytest.fixture
def catalog(fixture_db: Path):
    with Catalog.open(fixture_db) as opened:
        yield opened
