"""The "Export PDF…" and "Print…" actions: ask where, write, and say what happened.

Printing is the one thing that talks to another program: the local print service (CUPS on
Linux and macOS, the spooler on Windows). On Linux it is reached through its local socket only,
unless the computer names a print server itself (``CUPS_SERVER`` or ``client.conf``).
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from .plain import message_box
from .printing import ExportError, PrintJob, export_pdf, paint

CUPS_SOCKET = "/run/cups/cups.sock"
CUPS_CLIENT_FILES = ("/etc/cups/client.conf", "~/.cups/client.conf")


def tr(text: str) -> str:
    return QCoreApplication.translate("Print", text)


def suggested_file_name(title: str) -> str:
    stem = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:60] or "shishya"
    return f"{stem}.pdf"


def export_with_dialog(parent: QWidget, job: PrintJob) -> Path | None:
    from .file_dialogs import ask_save_path  # remembers no folder or file name

    chosen = ask_save_path(
        parent, tr("Export PDF"), suggested_file_name(job.title), tr("PDF files (*.pdf)")
    )
    if not chosen:
        return None
    path = Path(chosen if chosen.lower().endswith(".pdf") else chosen + ".pdf")
    try:
        export_pdf(job, path)
    except ExportError as error:
        warn(parent, tr("Could not export"), error)
        return None
    return path


def warn(parent: QWidget, title: str, error: ExportError) -> None:
    message_box(
        parent, title, str(error), details=error.details, icon=QMessageBox.Icon.Warning
    ).exec()


def local_print_service_only() -> None:
    """Point libcups at the local CUPS socket, so it does not try localhost:631 over TCP,
    unless this computer has chosen a print server of its own."""
    if not sys.platform.startswith("linux") or os.environ.get("CUPS_SERVER"):
        return
    for name in CUPS_CLIENT_FILES:
        try:
            text = Path(name).expanduser().read_text(encoding="utf-8", errors="replace")
        except OSError:
            continue
        if any(line.split()[:1] == ["ServerName"] for line in text.splitlines()):
            return
    os.environ["CUPS_SERVER"] = CUPS_SOCKET


def print_with_dialog(parent: QWidget, job: PrintJob) -> bool:
    local_print_service_only()
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(job.title)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    try:
        paint(job, printer)
    except ExportError as error:
        warn(parent, tr("Could not print"), error)
        return False
    return True
