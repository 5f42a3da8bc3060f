"""The "Export PDF…" and "Print…" actions: ask where, write, and say what happened."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from .printing import ExportError, PrintJob, export_pdf, paint


def tr(text: str) -> str:
    return QCoreApplication.translate("Print", text)


def suggested_file_name(title: str) -> str:
    stem = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:60] or "shishya"
    return f"{stem}.pdf"


def export_with_dialog(parent: QWidget, job: PrintJob) -> Path | None:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    start = str(Path(folder or Path.home()) / suggested_file_name(job.title))
    chosen, _filter = QFileDialog.getSaveFileName(
        parent, tr("Export PDF"), start, tr("PDF files (*.pdf)")
    )
    if not chosen:
        return None
    path = Path(chosen if chosen.lower().endswith(".pdf") else chosen + ".pdf")
    try:
        export_pdf(job, path)
    except ExportError as error:
        QMessageBox.warning(parent, tr("Could not export"), str(error))
        return None
    return path


def print_with_dialog(parent: QWidget, job: PrintJob) -> bool:
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(job.title)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    try:
        paint(job, printer)
    except ExportError as error:
        QMessageBox.warning(parent, tr("Could not print"), str(error))
        return False
    return True
