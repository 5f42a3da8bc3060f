"""Printable documents: a career page (A4 portrait) or a comparison (A4 landscape) as PDF or print.

The content is the same HTML the screen shows, laid out on pages by QTextDocument; each page
gets a header (title, content version) and a footer (page n of N). Fonts are embedded by Qt's
PDF engine, so ₹ and Devanagari print as they look on screen.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QFont,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from ...catalog.glossary import Glossary
from ...catalog.records import Career, ContentInfo
from ...guide import QT_TRANSLATE_NOOP  # typed; the name lupdate reads
from ...guide.comparison import Comparison
from ...pdf_check import check_pdf_bytes, check_pdf_file
from ...safe_write import WriteError, write_file
from .palette import LIGHT, using
from .palette import PALETTE as P
from .render import bullets, esc, name, page_style, prose, render_career_body, salary_bars

RESOLUTION = 300
MARGIN_MM = 12.0

translate = QCoreApplication.translate


def tr(text: str) -> str:
    """A string marked elsewhere (``QT_TRANSLATE_NOOP``), translated now."""
    return QCoreApplication.translate("Print", text)


class ExportError(Exception):
    """The PDF could not be written; the message says why in plain words, ``details`` how."""

    def __init__(self, message: str, details: str = ""):
        super().__init__(message)
        self.details = details


@dataclass(frozen=True, slots=True)
class PrintJob:
    title: str
    html: str
    landscape: bool
    header: str
    one_page: bool = False  # shrink the text (down to 6.5 pt) until it fits one page
    file_name: str = ""  # in English, for the proposed PDF name (letters a file system takes)


def english_title(career: object) -> str:
    """The career's English name (the catalogue's ``title_en``; ``title`` before it has one)."""
    return str(getattr(career, "title_en", "") or getattr(career, "title", ""))


def career_job(career: Career, info: ContentInfo, glossary: Glossary | None = None) -> PrintJob:
    """A career page on A4; with ``glossary``, abbreviations spelt out at their first use."""
    header = translate("Print", "Shishya career guide · %1 · content %2, facts reviewed %3")
    header = header.replace("%1", career.title).replace("%2", info.version)
    return PrintJob(
        title=career.title,
        html=_document(lambda: render_career_body(career, printing=True, glossary=glossary)),
        landscape=False,
        header=header.replace("%3", career.reviewed),
        file_name=english_title(career),
    )


def comparison_job(
    comparison: Comparison, info: ContentInfo, glossary: Glossary | None = None
) -> PrintJob:
    """The comparison on A4 landscape; with ``glossary``, abbreviations spelt out once."""
    names = [career.title for career in comparison.careers]
    title = translate("Print", "Compare: %1").replace("%1", " · ".join(names))
    header = translate("Print", "Shishya career guide · %1 · content %2 (%3)")
    header = header.replace("%1", title).replace("%2", info.version).replace("%3", info.date)
    return PrintJob(
        title=title,
        html=_document(lambda: comparison_html(comparison, glossary)),
        landscape=True,
        header=header,
        file_name="Compare " + " ".join(english_title(c) for c in comparison.careers),
    )


SALARY_NOTE = QT_TRANSLATE_NOOP(
    "Print",
    "Salaries are ₹ lakh per year (LPA), drawn on one scale for all careers. "
    "Real pay depends on city, employer and work.",
)


def comparison_html(comparison: Comparison, glossary: Glossary | None = None) -> str:
    """The comparison as one table: a row per attribute, a column per career.

    With ``glossary``, each abbreviation is spelt out at its first use, row by row; each
    column in the sense its own career page means (a sense is spelt out once).
    """
    first = glossary.page() if glossary else None
    pages = [
        first.alongside(career.glossary_senses) if first else None for career in comparison.careers
    ]
    count = len(comparison.careers)
    label_width = 16
    column_width = (100 - label_width) // max(1, count)
    head = "".join(
        f'<th width="{column_width}%" align="left" style="background-color:{P.header}; '
        f'color:white; padding:6px;">{name(career.title, page)}</th>'
        for career, page in zip(comparison.careers, pages, strict=True)
    )
    body = []
    for number, row in enumerate(comparison.rows):
        shade = P.card if number % 2 == 0 else P.stripe
        cells = []
        for career, page, lines in zip(comparison.careers, pages, row.values, strict=True):
            if row.kind == "salary" and career.salary:
                cell = salary_bars(career.salary, comparison.salary_scale, compact=True)
            elif len(lines) > 1 and row.key not in ("path",):
                cell = bullets(lines, page)
            elif row.key == "path" and lines:
                cell = f"<b>{prose(lines[0], page)}</b>" + bullets(lines[1:], page)
            else:
                cell = prose(lines[0], page) if lines else ""
            cells.append(f'<td valign="top" style="background-color:{shade};">{cell}</td>')
        body.append(
            f'<tr><td valign="top" style="background-color:{shade};"><b>'
            f"{esc(row.label)}</b></td>{''.join(cells)}</tr>"
        )
    title = " · ".join(esc(c.title) for c in comparison.careers)
    heading = esc(translate("Print", "Compare careers"))
    return (
        f'<h1>{heading}</h1><p class="tagline">{title}</p>'
        f'<table width="100%" cellspacing="0" cellpadding="5" '
        f'style="border: 1px solid {P.border};">'
        f'<tr><th width="{label_width}%"></th>{head}</tr>{"".join(body)}</table>'
        f'<p class="muted">{esc(tr(SALARY_NOTE))}</p>'
    )


def _document(build: Callable[[], str]) -> str:
    """Paper is white: printed pages use the light palette whatever the screen uses."""
    with using(LIGHT):
        body = build()
        return f"<html><head><style>{page_style()}</style></head><body>{body}</body></html>"


def paint(job: PrintJob, device: QPagedPaintDevice) -> int:
    """Lay ``job`` out on ``device``'s pages; return the number of pages painted."""
    layout = QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Landscape if job.landscape else QPageLayout.Orientation.Portrait,
        QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
        QPageLayout.Unit.Millimeter,
    )
    device.setPageLayout(layout)
    painter = QPainter()
    if not painter.begin(device):
        raise ExportError(translate("Print", "The page could not be laid out for printing."))
    try:
        pages = _paint_pages(job, device, painter)
    finally:
        ended = painter.end()
    if not ended:
        raise ExportError(translate("Print", "The pages could not be finished."))
    return pages


def _paint_pages(job: PrintJob, device: QPagedPaintDevice, painter: QPainter) -> int:
    dpi = device.logicalDpiY()
    area = device.pageLayout().paintRectPixels(device.logicalDpiX())
    small = QFont()
    small.setFamilies(["Noto Sans", "Noto Sans Devanagari"])
    small.setPointSizeF(8)
    band = dpi * 0.28  # header and footer height: about 7 mm
    document = QTextDocument()
    document.documentLayout().setPaintDevice(device)
    base = QFont()
    base.setFamilies(["Noto Sans", "Noto Sans Devanagari"])
    base.setPointSizeF(9.5 if job.landscape else 10)
    document.setDefaultFont(base)
    body = QSizeF(area.width(), area.height() - 2 * band)
    cuts = _lay_out(document, job.html, body)
    size = base.pointSizeF()
    while job.one_page and len(cuts) > 1 and size > 6.5:
        size -= 0.5
        base.setPointSizeF(size)
        document.setDefaultFont(base)
        cuts = _lay_out(document, job.html, body)
    pages = len(cuts)
    for page, (top, bottom) in enumerate(cuts):
        if page:
            device.newPage()
        painter.save()
        painter.setFont(small)
        painter.setPen(Qt.GlobalColor.darkGray)
        painter.drawText(
            QRectF(0, 0, area.width(), band), int(Qt.AlignmentFlag.AlignLeft), job.header
        )
        footer = (
            translate("Print", "Page %1 of %2")
            .replace("%1", str(page + 1))
            .replace("%2", str(pages))
        )
        painter.drawText(
            QRectF(0, area.height() - band * 0.8, area.width(), band),
            int(Qt.AlignmentFlag.AlignHCenter),
            footer,
        )
        painter.translate(0, band - top)
        document.drawContents(painter, QRectF(0, top, body.width(), bottom - top))
        painter.restore()
    return pages


def _lay_out(document: QTextDocument, html: str, body: QSizeF) -> list[tuple[float, float]]:
    """Lay ``html`` out as one long page ``body`` wide; the slices each printed page shows."""
    from .pagination import page_cuts

    document.setHtml(html)
    document.setPageSize(QSizeF(body.width(), 1e7))  # one page: the cuts are ours
    return page_cuts(document, body.height())


def export_pdf(job: PrintJob, out: Path) -> int:
    """Write ``job`` to ``out`` as a checked PDF; the old file stays unless the new one is whole.

    Qt paints into memory; ``safe_write`` puts the bytes on disk (temporary file, fsync, the
    PDF's structure read back, then a rename).
    """
    from PySide6.QtCore import QBuffer, QIODevice

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    writer.setTitle(job.title)
    writer.setCreator("Shishya Desktop")
    pages = paint(job, writer)
    del writer
    data = bytes(buffer.data().data())
    buffer.close()
    try:
        check_pdf_bytes(data, pages)
    except ValueError as error:
        raise ExportError(translate("Print", "The PDF could not be made."), str(error)) from error
    try:
        write_file(Path(out), data, lambda path: check_pdf_file(path, pages))
    except WriteError as error:
        raise ExportError(str(error), error.details) from error
    return pages
