"""``shishya --self-test``: check that this installation works, without a person watching.

Opens the database, runs searches (hostile ones too), builds every main view offscreen, checks
fonts and resources, and writes a PDF to a temporary folder. Prints one line per check and
exits 0 when all pass, 1 otherwise. A windowed Windows build has no console, so ``--report``
writes the same lines to a file.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path

from . import __version__, paths

HOSTILE = (
    '"',
    "C++",
    "B.Sc.",
    "don't",
    "(",
    "-",
    "AND",
    "NEAR(",
    "*",
    "",
    "   ",
    "x" * 1000,
    "🩺",
    "डॉक्टर",
    "'; DROP TABLE careers; --",
    "\\",
    "%_",
)


class Check:
    def __init__(self) -> None:
        self.lines: list[str] = []
        self.failed = 0

    def run(self, name: str, step: Callable[[], str | None]) -> None:
        started = time.perf_counter()
        try:
            detail = step() or ""
        except Exception as error:  # a self-test reports every failure, whatever it is
            self.failed += 1
            last = traceback.format_exception_only(type(error), error)[-1].strip()
            self.lines.append(f"FAIL {name}: {last}")
            return
        elapsed = (time.perf_counter() - started) * 1000
        self.lines.append(f"PASS {name} ({elapsed:.0f} ms){': ' + detail if detail else ''}")


def run_self_test(db_path: Path, report: Path | None) -> int:
    if not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ) and sys.platform.startswith("linux"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    check = Check()
    check.lines.append(f"Shishya {__version__} self-test; bundle at {paths.bundle_root()}")
    state: dict[str, object] = {}

    def resources() -> str:
        missing = [
            name
            for name in ("style.qss", "icon.svg", "chevron-down.svg", "fonts/OFL.txt")
            if not (paths.resources_dir() / name).is_file()
        ]
        if missing:
            raise FileNotFoundError(f"missing resources: {', '.join(missing)}")
        return str(paths.resources_dir())

    def application() -> str:
        from PySide6.QtGui import QFontDatabase, QIcon

        from .app import create_application
        from .ui.theme import FONT_FILES, load_fonts

        state["app"] = create_application([sys.argv[0]])
        failed = load_fonts(paths.resources_dir())
        if failed:
            raise RuntimeError(f"fonts not loaded: {', '.join(failed)}")
        families = set(QFontDatabase.families())
        for family in ("Noto Sans", "Noto Sans Devanagari"):
            if family not in families:
                raise RuntimeError(f"font family missing: {family}")
        if QIcon(str(paths.resources_dir() / "icon.svg")).isNull():
            raise RuntimeError("the SVG icon does not load (Qt SVG plugin missing?)")
        return f"{len(FONT_FILES)} fonts"

    def database() -> str:
        from .catalog import Catalog

        catalog = Catalog.open(db_path)
        catalog.verify()
        state["catalog"] = catalog
        info = catalog.info()
        if info.careers < 1 or info.exams < 1:
            raise RuntimeError("the database holds no careers")
        return f"content {info.version}: {info.careers} careers, {info.exams} exams"

    def searches() -> str:
        catalog = state["catalog"]
        found = catalog.search("doctor")  # type: ignore[attr-defined]
        if not found:
            raise RuntimeError("searching 'doctor' found nothing")
        for text in HOSTILE:
            catalog.search(text)  # type: ignore[attr-defined]
        return f"{len(HOSTILE)} hostile strings"

    def views() -> str:
        from PySide6.QtCore import QSettings

        from .ui.main_window import COMPARE, EXAMS, MainWindow

        catalog = state["catalog"]
        folder = tempfile.mkdtemp(prefix="shishya-selftest-")
        settings = QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(catalog, settings)  # type: ignore[arg-type]
        window.resize(1024, 600)
        window.show()
        app = state["app"]
        app.processEvents()  # type: ignore[attr-defined]
        summaries = catalog.career_summaries()  # type: ignore[attr-defined]
        window.explore.search.setText("engi")
        window.explore.page.open_career(summaries[0].slug)
        exams = catalog.exams()  # type: ignore[attr-defined]
        window.sections.setCurrentIndex(EXAMS)
        window.exams.open_exam(exams[0].slug)
        window.sections.setCurrentIndex(COMPARE)
        for summary in summaries[:3]:
            window.compare.add(summary.slug)
        window.compare.differences.setChecked(True)
        app.processEvents()  # type: ignore[attr-defined]
        if window.compare.model.columnCount() != min(3, len(summaries)):
            raise RuntimeError("the comparison did not fill")
        image = window.grab()
        state["window"] = window
        return f"window {image.width()}×{image.height()}"

    def pdf() -> str:
        from .ui.printing import export_pdf

        window = state["window"]
        job = window.compare.job()  # type: ignore[attr-defined]
        with tempfile.TemporaryDirectory(prefix="shishya-selftest-") as folder:
            out = Path(folder) / "compare.pdf"
            pages = export_pdf(job, out)
            size = out.stat().st_size
        return f"{pages} pages, {size // 1024} KiB"

    check.run("resources", resources)
    check.run("fonts and icon", application)
    check.run("database", database)
    if "catalog" in state:
        check.run("search", searches)
        if "app" in state:
            check.run("main views", views)
        if "window" in state:
            check.run("pdf export", pdf)
    check.lines.append("RESULT " + ("PASS" if check.failed == 0 else f"FAIL ({check.failed})"))
    text = "\n".join(check.lines) + "\n"
    if sys.stdout is not None:
        sys.stdout.write(text)
    if report is not None:
        report.write_text(text, encoding="utf-8")
    window = state.get("window")
    if window is not None:
        window.close()  # type: ignore[attr-defined]
    return 0 if check.failed == 0 else 1
