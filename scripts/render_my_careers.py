"""Screenshots of My careers and the shared-PC modes (issue 13) at 1366×768 and 1024×600.

``QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/render_my_careers.py OUT_DIR``
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("SHISHYA_HOME", tempfile.mkdtemp(prefix="shishya-shots-"))
os.environ["SHISHYA_MACHINE_CONFIG"] = ""


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots")
    out.mkdir(parents=True, exist_ok=True)
    from PySide6.QtWidgets import QApplication

    from shishya_desktop import paths
    from shishya_desktop.app import create_application, make_settings
    from shishya_desktop.catalog import Catalog
    from shishya_desktop.ui.main_window import MainWindow
    from shishya_desktop.userdata.modes import MachineConfig, Mode
    from shishya_desktop.userdata.session import Session

    app = create_application([])
    catalog = Catalog.open(paths.database_path())
    slugs = ["doctor-mbbs", "pilot", "electrician", "chartered-accountant"]
    known = {c.slug for c in catalog.career_summaries()}
    slugs = ([s for s in slugs if s in known] + [c.slug for c in catalog.career_summaries()])[:4]
    notes = ["Ask uncle about NDA and the ₹ fees — शिष्य", "Eyesight test first", "", ""]
    for mode in (Mode.PERSONAL, Mode.LAB, Mode.EVENT):
        for width, height in ((1366, 768), (1024, 600)):
            config = MachineConfig(mode, 600 if mode is Mode.LAB else 120, exit_pin="1")
            window = MainWindow(catalog, make_settings(), session=Session(config), quote_index=0)
            window.resize(width, height)
            window.show()
            app.processEvents()
            window._open_store()
            for slug, note in zip(slugs, notes, strict=False):
                if not window.is_saved(slug):  # Personal mode keeps the list between windows
                    window.toggle_saved(slug)
                if note:
                    window.session.store.set_note(slug, note)
            window.show_my_careers()
            window.shortlist.refresh(select=slugs[0])
            app.processEvents()
            window.grab().save(str(out / f"my-careers-{mode.value}-{width}x{height}.png"))
            if mode is not Mode.PERSONAL:
                window._ask_still_there()
                app.processEvents()
                dialog = window._still_there
                dialog.remaining = 17
                dialog._show_remaining()
                app.processEvents()
                shot = window.grab()
                from PySide6.QtGui import QPainter

                painter = QPainter(shot)
                painter.drawPixmap(dialog.pos() - window.pos(), dialog.grab())
                painter.end()
                shot.save(str(out / f"still-there-{mode.value}-{width}x{height}.png"))
                dialog.accept()
            window.explore.page.open_career(slugs[0])
            window.show_explore()
            app.processEvents()
            window.grab().save(str(out / f"explore-star-{mode.value}-{width}x{height}.png"))
            window._may_close = True
            window.close()
            window.deleteLater()
            app.processEvents()
    job = None
    window = MainWindow(catalog, make_settings(), session=Session(MachineConfig(Mode.LAB, 600)))
    for slug, note in zip(slugs, notes, strict=False):
        window.toggle_saved(slug)
        if note:
            window.session.store.set_note(slug, note)
    job = window.shortlist.plan_job()
    from shishya_desktop.ui.common.printing import export_pdf

    pages = export_pdf(job, out / "my-plan.pdf")
    print(f"my-plan.pdf: {pages} page(s)")
    QApplication.processEvents()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
