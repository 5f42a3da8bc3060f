"""Reading the human-edited content files under ``data/`` into plain dictionaries.

Nothing here judges the content (that is ``validate``); this only finds the files and turns a
file that is not valid TOML into a clear problem with its file and line instead of a traceback.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

SLUG_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
GLOSSARY_FILE = "glossary.toml"


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong in the content, said so a content writer can find and fix it."""

    file: str
    field: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}: {self.field}" if self.field else self.file
        return f"{where}: {self.message}"


@dataclass(slots=True)
class Sources:
    """Everything read from a content folder, before validation."""

    root: Path
    careers: dict[str, dict[str, Any]] = field(default_factory=dict)
    exams: dict[str, dict[str, Any]] = field(default_factory=dict)
    categories: list[dict[str, Any]] = field(default_factory=list)
    quotes: list[dict[str, Any]] = field(default_factory=list)
    release: dict[str, Any] = field(default_factory=dict)
    glossary: list[dict[str, Any]] = field(default_factory=list)
    needs: dict[str, Any] | None = None
    quiz: list[dict[str, Any]] | None = None
    problems: list[Problem] = field(default_factory=list)

    def file_of(self, kind: str, slug: str) -> str:
        return f"{kind}/{slug}.toml"


def _load_toml(path: Path, shown_as: str, problems: list[Problem]) -> dict[str, Any] | None:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as error:
        problems.append(Problem(shown_as, "", f"not valid TOML: {error}"))
    except UnicodeDecodeError:
        problems.append(Problem(shown_as, "", "not valid UTF-8 text"))
    except OSError as error:
        problems.append(Problem(shown_as, "", f"cannot be read: {error.strerror or error}"))
    return None


def _load_folder(root: Path, kind: str, problems: list[Problem]) -> dict[str, dict[str, Any]]:
    folder = root / kind
    loaded: dict[str, dict[str, Any]] = {}
    if not folder.is_dir():
        problems.append(Problem(f"{kind}/", "", "folder is missing"))
        return loaded
    for path in sorted(folder.iterdir()):
        shown_as = f"{kind}/{path.name}"
        if path.suffix != ".toml":
            if not path.name.startswith("."):
                problems.append(Problem(shown_as, "", "not a .toml file; move or remove it"))
            continue
        if not SLUG_PATTERN.match(path.stem):
            problems.append(
                Problem(shown_as, "", "file name must be a slug: a-z, 0-9 and single hyphens")
            )
            continue
        document = _load_toml(path, shown_as, problems)
        if document is not None:
            loaded[path.stem] = document
    return loaded


def _load_list(root: Path, name: str, key: str, problems: list[Problem]) -> list[dict[str, Any]]:
    document = _load_toml(root / name, name, problems)
    if document is None:
        return []
    entries = document.get(key)
    if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
        problems.append(Problem(name, key, f"must be a list of [[{key}]] tables"))
        return []
    return entries


def read_sources(root: Path) -> Sources:
    """Read every content file under ``root`` (the ``data`` folder)."""
    sources = Sources(root=root)
    problems = sources.problems
    sources.careers = _load_folder(root, "careers", problems)
    sources.exams = _load_folder(root, "exams", problems)
    sources.categories = _load_list(root, "categories.toml", "category", problems)
    sources.quotes = _load_list(root, "quotes.toml", "quote", problems)
    sources.release = _load_toml(root / "content.toml", "content.toml", problems) or {}
    sources.glossary = _load_list(root, GLOSSARY_FILE, "term", problems)
    if (root / "needs.toml").exists():
        sources.needs = _load_toml(root / "needs.toml", "needs.toml", problems) or {}
    if (root / "quiz.toml").exists():
        sources.quiz = _load_list(root, "quiz.toml", "item", problems)
    return sources
