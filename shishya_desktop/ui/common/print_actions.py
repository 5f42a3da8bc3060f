"""The "Export PDF…" and "Print…" actions: ask where, write, and say what happened.

Print shows a preview first (QPrintPreviewDialog), which prints from its own button.

Printing is the one thing that talks to another program: the local print service (CUPS on
Linux and macOS, the spooler on Windows). On Linux it is reached through its local socket only,
unless the computer names a print server itself (``CUPS_SERVER`` or ``client.conf``).
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from . import file_dialogs  # its dialogs remember no folder or file name
from .plain import message_box
from .printing import ExportError, PrintJob, export_pdf, paint

CUPS_SOCKET = "/run/cups/cups.sock"
CUPS_CLIENT_FILES = ("/etc/cups/client.conf", "~/.cups/client.conf")

translate = QCoreApplication.translate


MAX_STEM = 60


def suggested_file_name(title: str) -> str:
    """A name safe on every system: letters, digits and hyphens, cut between words."""
    words = re.findall(r"[a-z0-9]+", title.lower().replace("&", " and "))
    stem = ""
    for word in words:
        longer = f"{stem}-{word}" if stem else word
        if len(longer) > MAX_STEM:
            break
        stem = longer
    return f"{stem or words[0][:MAX_STEM] if words else 'shishya'}.pdf"


def export_with_dialog(parent: QWidget, job: PrintJob) -> Path | None:
    chosen = file_dialogs.ask_save_path(
        parent,
        translate("Print", "Export PDF"),
        suggested_file_name(job.file_name or job.title),
        translate("Print", "PDF files (*.pdf)"),
    )
    if not chosen:
        return None
    path = Path(chosen if chosen.lower().endswith(".pdf") else chosen + ".pdf")
    try:
        export_pdf(job, path)
    except ExportError as error:
        warn(parent, translate("Print", "Could not export"), error)
        return None
    confirm_saved(parent, path)
    return path


def confirm_saved(parent: QWidget, path: Path) -> QMessageBox:
    """Says the PDF was written, with "Open folder"; does not block the window."""
    box = message_box(
        parent,
        translate("Print", "PDF saved"),
        translate("Print", "Saved %1").replace("%1", path.name),
        details=str(path),
    )
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    open_folder = box.addButton(
        translate("Print", "Open folder"), QMessageBox.ButtonRole.ActionRole
    )
    open_folder.setAccessibleName(translate("Print", "Open the folder with the PDF"))
    open_folder.clicked.connect(
        lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))
    )
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setObjectName("pdfSaved")
    box.open()
    return box


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
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(job.title)
    preview = QPrintPreviewDialog(printer, parent)
    preview.setWindowTitle(translate("Print", "Print preview: %1").replace("%1", job.title))
    failures: list[ExportError] = []

    def draw(device: QPrinter) -> None:
        try:
            paint(job, device)
        except ExportError as error:
            failures.append(error)

    preview.paintRequested.connect(draw)
    accepted = preview.exec() == QPrintPreviewDialog.DialogCode.Accepted
    if failures:
        warn(parent, translate("Print", "Could not print"), failures[0])
        return False
    return accepted
