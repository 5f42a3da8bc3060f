"""``shishya --self-test``: check that this installation works, without a person watching.

Opens the database and checks every page of it and its search index, loads and renders every
career and exam, runs searches (hostile ones too), builds every main view offscreen (failing if
any click handler raised), checks fonts and resources, and writes a PDF to a temporary folder
that is removed afterwards. Prints one line per check (a failed database check with its cause:
path and SQLite's words) and exits 0 when all pass, 1 otherwise. A windowed Windows build has
no console, so ``--report`` writes a small JSON report (``reports.py``) that an admin collects
from every PC with ``shishya collect-reports FOLDER``.
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
from .catalog import vocab
from .catalog.records import Career
from .safe_write import WriteError, write_file

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
        self.results: list[dict[str, object]] = []
        self.failed = 0

    def run(self, name: str, step: Callable[[], str | None]) -> None:
        started = time.perf_counter()
        try:
            detail = step() or ""
        except Exception as error:  # a self-test reports every failure, whatever it is
            self.failed += 1
            last = traceback.format_exception_only(type(error), error)[-1].strip()
            self.lines.append(f"FAIL {name}: {last}")
            details = getattr(error, "details", None)
            if callable(details):
                details = details()
            for line in str(details or "").splitlines():
                self.lines.append(f"     {line}")
            self.results.append({"name": name, "result": "FAIL", "detail": last})
            return
        elapsed = (time.perf_counter() - started) * 1000
        self.results.append(
            {"name": name, "result": "PASS", "ms": round(elapsed), "detail": detail}
        )
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
            for name in (
                "style.qss",
                "icon.svg",
                "chevron-down.svg",
                "fonts/OFL.txt",
                "translations/shishya_hi.qm",
                "translations/shishya_en.qm",
            )
            if not (paths.resources_dir() / name).is_file()
        ]
        if missing:
            raise FileNotFoundError(f"missing resources: {', '.join(missing)}")
        return str(paths.resources_dir())

    def application() -> str:
        from PySide6.QtGui import QFontDatabase, QIcon

        from .app import create_application
        from .ui.common.theme import FONT_FILES, load_fonts

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
        state["catalog"] = catalog
        catalog.verify()
        info = catalog.info()
        state["info"] = info
        if info.careers < 1 or info.exams < 1:
            raise RuntimeError("the database holds no careers")
        return f"content {info.version}: {info.careers} careers, {info.exams} exams"

    def pages() -> str:
        from .ui.common.render import render_career, render_exam

        catalog = state["catalog"]
        incomplete = []
        summaries = catalog.career_summaries()  # type: ignore[attr-defined]
        for summary in summaries:
            career = catalog.career(summary.slug)  # type: ignore[attr-defined]
            missing = [] if career is None else incomplete_parts(career)
            if career is None or missing:
                incomplete.append(f"{summary.slug} ({', '.join(missing) or 'unreadable'})")
                continue
            render_career(career)
        exams = catalog.exams()  # type: ignore[attr-defined]
        for exam in exams:
            found = catalog.exam(exam.slug)  # type: ignore[attr-defined]
            if found is None:
                incomplete.append(exam.slug)
                continue
            render_exam(found)
        if incomplete:
            raise RuntimeError("incomplete: " + "; ".join(incomplete[:10]))
        return f"{len(summaries)} careers, {len(exams)} exams"

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

        catalog = state["catalog"]
        raised: list[str] = []

        def record(kind: type[BaseException], error: BaseException, _trace: object) -> None:
            raised.append(traceback.format_exception_only(kind, error)[-1].strip())

        settings = QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
        state["settings"] = settings
        previous_hook, sys.excepthook = sys.excepthook, record  # slots that raise land here
        try:
            return show_views(catalog, settings, raised)
        finally:
            sys.excepthook = previous_hook

    def show_views(catalog: object, settings: object, raised: list[str]) -> str:
        from .ui.main_window import COMPARE, EXAMS, MainWindow

        window = MainWindow(catalog, settings)  # type: ignore[arg-type]
        state["window"] = window
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
        for page in (window.explore.page, window.exams.page):
            if page.failed is not None:
                raise page.failed
        image = window.grab()
        if raised:
            raise RuntimeError(f"{len(raised)} error(s) while clicking: {raised[0]}")
        return f"window {image.width()}×{image.height()}"

    def languages() -> str:
        """Hindi loads and reaches the window, Qt's own buttons too; then back again."""
        from PySide6.QtCore import QCoreApplication

        from .ui.common import i18n

        window = state["window"]
        before = i18n.current()
        try:
            window.set_language(i18n.HINDI)  # type: ignore[attr-defined]
            title = window.windowTitle()  # type: ignore[attr-defined]
            ok = QCoreApplication.translate("QPlatformTheme", "OK")
            if not any("\u0900" <= letter <= "\u097f" for letter in title + ok):
                raise RuntimeError(f"the Hindi translation does not load ({i18n.qm_file()})")
            window.set_language(i18n.ENGLISH)  # type: ignore[attr-defined]
            if window.windowTitle() != "Shishya — Career Guide":  # type: ignore[attr-defined]
                raise RuntimeError("English did not come back")
        finally:
            window.set_language(before)  # type: ignore[attr-defined]
        return f"{title} · {ok}"

    def pdf() -> str:
        from .ui.common.printing import export_pdf

        window = state["window"]
        job = window.compare.job()  # type: ignore[attr-defined]
        out = Path(folder) / "compare.pdf"
        pages = export_pdf(job, out)
        size = out.stat().st_size
        return f"{pages} pages, {size // 1024} KiB"

    with tempfile.TemporaryDirectory(prefix="shishya-selftest-") as folder:
        check.run("resources", resources)
        check.run("fonts and icon", application)
        check.run("database", database)
        if "catalog" in state:
            check.run("every page", pages)
            check.run("search", searches)
            if "app" in state:
                check.run("main views", views)
            if "window" in state and check.failed == 0:
                check.run("pdf export", pdf)
                check.run("languages", languages)
        window = state.pop("window", None)
        if window is not None:
            from PySide6.QtCore import QCoreApplication, QEvent

            window.close()  # type: ignore[attr-defined]
            window.deleteLater()  # type: ignore[attr-defined]
            # Gone now, not at the next event loop: a later language change must not reach it.
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        state.pop("settings", None)  # QSettings lets go of the folder before it is removed
    catalog = state.pop("catalog", None)
    if catalog is not None:
        catalog.close()  # type: ignore[attr-defined]
    check.lines.append("RESULT " + ("PASS" if check.failed == 0 else f"FAIL ({check.failed})"))
    text = "\n".join(check.lines) + "\n"
    if sys.stdout is not None:
        sys.stdout.write(text)
    if report is not None:
        from .reports import make_report

        info = state.get("info")
        try:
            write_file(report, make_report(check.results, db_path, info))
        except WriteError as error:
            if sys.stderr is not None:
                sys.stderr.write(f"shishya --self-test: the report was not written. {error}\n")
            return 1
    return 0 if check.failed == 0 else 1


def incomplete_parts(career: Career) -> list[str]:
    """The parts of a career page missing from the database (a sound build has them all)."""
    levels = {band.level for band in career.salary}
    parts = {
        "salary": levels >= set(vocab.SALARY_LEVELS),
        "paths": bool(career.paths) and all(path.steps for path in career.paths),
        "typical_day": bool(career.typical_day),
        "skills": bool(career.skills),
        "pros": bool(career.pros),
        "cons": bool(career.cons),
        "growth": bool(career.growth),
        "employers": bool(career.employers),
        "qualifications": bool(career.qualifications),
    }
    return [name for name, present in parts.items() if not present]
