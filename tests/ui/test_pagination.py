"""Printed pages end between table rows (a comparison row is never split) and between lines."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSizeF
from PySide6.QtGui import QTextDocument

from shishya_desktop.ui.common.pagination import page_cuts

PAGE = 300.0
pytestmark = pytest.mark.usefixtures("qapp")  # text layout needs the application's fonts


def _document(html: str) -> QTextDocument:
    document = QTextDocument()
    document.setHtml(html)
    document.setPageSize(QSizeF(400, 1e7))
    return document


def _row_spans(document: QTextDocument) -> list[tuple[float, float]]:
    from PySide6.QtGui import QTextCursor

    layout = document.documentLayout()
    table = QTextCursor(document).currentTable()
    block = document.begin()
    while table is None and block.isValid():
        table = QTextCursor(block).currentTable()
        block = block.next()
    assert table is not None
    spans = []
    for row in range(table.rows()):
        rects = [
            layout.blockBoundingRect(table.cellAt(row, c).firstCursorPosition().block())
            for c in range(table.columns())
        ]
        last = [
            layout.blockBoundingRect(table.cellAt(row, c).lastCursorPosition().block())
            for c in range(table.columns())
        ]
        spans.append((min(r.top() for r in rects), max(r.bottom() for r in last)))
    return spans


def test_no_row_is_cut_across_pages() -> None:
    words = "pay rises with experience and the city " * 3
    rows = "".join(
        f"<tr><td><b>Row {i}</b></td><td>{words * (1 + i % 4)}</td><td>x</td></tr>"
        for i in range(30)
    )
    document = _document(f"<p>Heading</p><table border='1' cellpadding='4'>{rows}</table>")
    cuts = page_cuts(document, PAGE)
    assert len(cuts) > 2
    assert all(bottom - top <= PAGE + 0.01 for top, bottom in cuts)
    assert cuts[-1][1] == document.documentLayout().documentSize().height()
    for top, bottom in _row_spans(document):
        for _page_top, cut in cuts[:-1]:
            assert not top + 1 < cut < bottom - 1, f"a row from {top} to {bottom} is cut at {cut}"


def test_a_row_taller_than_a_page_is_cut_between_lines() -> None:
    words = "a long list of steps on the way to this career " * 60
    document = _document(f"<table><tr><td>Pros</td><td>{words}</td></tr></table>")
    cuts = page_cuts(document, PAGE)
    assert len(cuts) > 1 and all(bottom - top <= PAGE + 0.01 for top, bottom in cuts)
    block = document.begin()
    while block.isValid() and block.layout().lineCount() < 10:
        block = block.next()
    origin = document.documentLayout().blockBoundingRect(block).top()
    lines = block.layout()
    tops = {round(origin + lines.lineAt(i).y(), 3) for i in range(lines.lineCount())}
    assert all(round(cut, 3) in tops for _top, cut in cuts[:-1])


def test_plain_text_pages_end_between_lines() -> None:
    document = _document("<p>" + "one more plain sentence to read " * 400 + "</p>")
    cuts = page_cuts(document, PAGE)
    lines = document.begin().layout()
    tops = {
        round(lines.lineAt(i).y() + document.documentMargin(), 1) for i in range(lines.lineCount())
    }
    assert len(cuts) > 3
    assert all(round(cut, 1) in tops for _top, cut in cuts[:-1])
