"""Ctrl+P without a printable page says what to do; Export PDF says where it wrote the file."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from shishya_desktop.ui.common import file_dialogs


def test_ctrl_p_without_a_page_says_what_to_do(window) -> None:  # type: ignore[no-untyped-def]
    window.print_current()
    assert "career page" in window.statusBar().currentMessage()


def test_export_confirms_with_open_folder(window, qtbot, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "nurse.pdf"
    monkeypatch.setattr(file_dialogs, "ask_save_path", lambda *a, **k: str(target))
    window.explore.page.open_career("nurse")
    window.export_current()
    assert target.is_file()
    box = window.findChild(QMessageBox, "pdfSaved")
    assert box is not None and box.isVisible()
    assert "nurse.pdf" in box.text()
    assert any(b.text() == "Open folder" for b in box.buttons())
    box.close()


def test_print_opens_a_preview_of_every_page(window, qtbot, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+P on a career page: the preview shows as many pages as the PDF has, then closes."""
    from PySide6.QtPrintSupport import QPrintPreviewDialog, QPrintPreviewWidget

    from shishya_desktop.ui.common.printing import export_pdf

    seen: dict[str, object] = {}

    def look(dialog: QPrintPreviewDialog) -> int:
        preview = dialog.findChild(QPrintPreviewWidget)
        preview.updatePreview()
        seen["pages"] = preview.pageCount()
        seen["title"] = dialog.windowTitle()
        return QPrintPreviewDialog.DialogCode.Rejected

    monkeypatch.setattr(QPrintPreviewDialog, "exec", look)
    window.explore.page.open_career("doctor-mbbs")
    window.print_current()
    job = window.explore.page.print_job()
    assert job is not None
    pages = export_pdf(job, tmp_path / "doctor.pdf")
    assert pages > 1 and seen["pages"] == pages
    assert "Doctor" in str(seen["title"])
