"""The translatable strings of the package, read from the source with ``ast`` (no Qt).

lupdate's Python reader quietly skips calls it cannot parse (a call inside an f-string, a
keyword argument, ``QCoreApplication.translate`` with a count); reading the same calls here
catches every string lupdate would miss, and the calls written in a way it misreads.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "shishya_desktop"


@dataclass(frozen=True, slots=True)
class Call:
    path: Path
    line: int
    context: str
    source: str
    numerus: bool
    problem: str = ""  # why lupdate would miss or misread it ("" when it reads it right)


def _literal(node: ast.AST | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


class _Reader(ast.NodeVisitor):
    def __init__(self, path: Path):
        self.path = path
        self.classes: list[str] = []
        self.in_fstring = 0
        self.found: list[Call] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_JoinedStr(self, node: ast.JoinedStr) -> None:
        self.in_fstring += 1
        self.generic_visit(node)
        self.in_fstring -= 1

    def _add(self, node: ast.Call, context: str, source: str | None, numerus: bool) -> None:
        problem = ""
        if source is None:
            return  # a variable: its strings are marked with QT_TRANSLATE_NOOP where defined
        if self.in_fstring:
            problem = "inside an f-string"
        elif node.keywords:
            problem = "keyword arguments"
        self.found.append(Call(self.path, node.lineno, context, source, numerus, problem))

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        args = node.args
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        owner = func.value if isinstance(func, ast.Attribute) else None
        if name == "tr" and isinstance(owner, ast.Name) and owner.id == "self" and args:
            context = self.classes[-1] if self.classes else ""
            self._add(node, context, _literal(args[0]), len(args) >= 3)
        elif name == "tr" and owner is None and args and _literal(args[0]) is not None:
            self.found.append(
                Call(self.path, node.lineno, "?", str(_literal(args[0])), False, "bare tr()")
            )
        elif name in ("translate", "QT_TRANSLATE_NOOP") and len(args) >= 2:
            context = _literal(args[0])
            if context is not None and (
                owner is None
                or getattr(owner, "id", "")
                in (
                    "QCoreApplication",
                    "QApplication",
                )
            ):
                numerus = len(args) >= 4
                self._add(node, context, _literal(args[1]), numerus)
                if numerus and self.found and self.found[-1].source == _literal(args[1]):
                    last = self.found.pop()
                    self.found.append(
                        Call(
                            last.path,
                            last.line,
                            last.context,
                            last.source,
                            True,
                            last.problem or "a count in translate() (use self.tr)",
                        )
                    )
        self.generic_visit(node)


def calls(paths: list[Path] | None = None) -> Iterator[Call]:
    for path in paths or sorted(PACKAGE.rglob("*.py")):
        reader = _Reader(path)
        reader.visit(ast.parse(path.read_text(encoding="utf-8"), str(path)))
        yield from reader.found


if __name__ == "__main__":
    for call in calls():
        if call.problem:
            print(
                f"{call.path.relative_to(PACKAGE.parent)}:{call.line}: {call.problem}: "
                f"{call.source[:60]!r}"
            )
