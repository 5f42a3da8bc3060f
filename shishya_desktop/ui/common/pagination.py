"""Where printed pages end: between table rows and between lines, never through either.

Qt's paged text layout moves a line that would cross a page edge to the next page, but a table
row that crosses it is split, so a comparison row ("Pros") would start on one page and end on
the next. Here the document is laid out as one long page and cut at the best place above each
page's bottom edge: the top of the last table row or paragraph line that starts above it. A row
taller than a page is cut between its lines.
"""

from __future__ import annotations

from PySide6.QtGui import QTextCursor, QTextDocument

SHORTEST_PAGE = 0.3  # a cut is not made in the first 30 % of a page: no nearly empty pages


def _places(document: QTextDocument) -> tuple[list[float], list[float]]:
    """(good cuts: tops of table rows and of lines outside tables, fallback cuts: every line)."""
    layout = document.documentLayout()
    good: set[float] = set()
    every: set[float] = set()
    seen_tables = set()
    block = document.begin()
    while block.isValid():
        top = layout.blockBoundingRect(block).top()
        lines = block.layout()
        line_tops = [top + lines.lineAt(i).y() for i in range(lines.lineCount())]
        every.update(line_tops)
        table = QTextCursor(block).currentTable()
        if table is None:
            good.update(line_tops)
        elif table.firstPosition() not in seen_tables:
            seen_tables.add(table.firstPosition())
            padding = table.format().cellPadding() + table.format().border()
            for row in range(table.rows()):
                cells = [table.cellAt(row, column) for column in range(table.columns())]
                firsts = [cell.firstCursorPosition().block() for cell in cells]
                cell_tops = [layout.blockBoundingRect(first).top() for first in firsts]
                good.add(max(0.0, min(cell_tops) - padding))
        block = block.next()
    return sorted(good), sorted(every)


def page_cuts(document: QTextDocument, page_height: float) -> list[tuple[float, float]]:
    """The (top, bottom) of each page's slice of ``document``, laid out as one long page."""
    height = document.documentLayout().documentSize().height()
    good, every = _places(document)
    pages = []
    top = 0.0
    while top < height - 0.5:
        bottom = top + page_height
        if bottom >= height:
            pages.append((top, height))
            break
        floor = top + page_height * SHORTEST_PAGE
        cut = next((y for y in reversed(good) if floor < y <= bottom), None)
        if cut is None:
            cut = next((y for y in reversed(every) if floor < y <= bottom), bottom)
        pages.append((top, cut))
        top = cut
    return pages or [(0.0, max(height, 1.0))]
