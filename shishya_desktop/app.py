"""The one place that builds the application: arguments, Qt, settings, catalogue, window."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from . import __version__, paths

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="shishya", description="Shishya — offline career guide")
    parser.add_argument("--db", type=Path, default=None, help="career database to open")
    parser.add_argument("--version", action="store_true", help="print versions and exit")
    parser.add_argument(
        "--self-test", action="store_true", help="check this installation works; exit 0 or 1"
    )
    parser.add_argument("--report", type=Path, default=None, help="self-test report file")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    export = commands.add_parser(
        "export", help="write a career page or a comparison to a PDF file (no window)"
    )
    what = export.add_mutually_exclusive_group(required=True)
    what.add_argument("--career", metavar="SLUG", help="one career, A4 portrait")
    what.add_argument(
        "--compare", nargs="+", metavar="SLUG", help="two to four careers, A4 landscape"
    )
    export.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    args = parser.parse_args(argv)
    if args.command == "export" and args.compare and not 2 <= len(args.compare) <= 4:
        parser.error(f"--compare takes two to four careers (got {len(args.compare)})")
    return args


def run_export(args: argparse.Namespace, db_path: Path) -> int:
    """``shishya export``: the same PDFs as the window's buttons, for preparing handouts."""
    from .catalog import Catalog, CatalogError

    def fail(message: str) -> int:
        print(f"shishya export: {message}", file=sys.stderr)
        return 2

    try:
        catalog = Catalog.open(db_path)
    except CatalogError as error:
        return fail(str(error))
    with catalog:
        slugs = [args.career] if args.career else list(args.compare)
        careers = []
        for slug in slugs:
            career = catalog.career(slug)
            if career is None:
                hints = ", ".join(s.slug for s in catalog.search(slug, limit=3))
                return fail(f"no career '{slug}'" + (f" (did you mean: {hints}?)" if hints else ""))
            careers.append(career)
        if len(set(slugs)) != len(slugs):
            return fail("each career may be compared only once")
        if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        create_application([sys.argv[0]])
        from .comparison import compare
        from .ui.printing import ExportError, career_job, comparison_job, export_pdf

        info = catalog.info()
        job = (
            career_job(careers[0], info, catalog.glossary())
            if args.career
            else comparison_job(compare(careers), info, catalog.glossary())
        )
        try:
            pages = export_pdf(job, args.out)
        except ExportError as error:
            return fail(str(error))
    print(f"Wrote {args.out} ({pages} page{'s' if pages != 1 else ''})")
    return 0


def make_settings() -> QSettings:
    """Per-user settings in an INI file in the per-user folder (never in the install folder)."""
    from PySide6.QtCore import QSettings

    return QSettings(str(paths.settings_file()), QSettings.Format.IniFormat)


def create_application(argv: Sequence[str]) -> QApplication:
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from .ui.theme import apply_theme

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(list(argv))
    app.setOrganizationName(paths.APP_AUTHOR)
    app.setApplicationName(paths.APP_NAME)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(paths.resources_dir() / "icon.svg")))
    apply_theme(app, paths.resources_dir())
    return app


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    from .catalog import Catalog, CatalogError

    db_path = args.db or paths.database_path()
    if args.command == "export":
        return run_export(args, db_path)
    if args.self_test:
        from .selftest import run_self_test

        return run_self_test(db_path, args.report)
    if args.version:
        try:
            with Catalog.open(db_path) as catalog:
                content = catalog.info().version
        except CatalogError as error:
            content = f"unavailable ({error})"
        if sys.stdout is not None:  # a windowed Windows build has no console
            print(f"Shishya {__version__}, content {content}")
        return 0

    app = create_application([sys.argv[0]])
    from PySide6.QtWidgets import QMessageBox

    try:
        catalog = Catalog.open(db_path)
    except CatalogError as error:
        QMessageBox.critical(None, app.translate("App", "Shishya cannot start"), str(error))
        return 2

    from .ui.main_window import MainWindow

    window = MainWindow(catalog, make_settings())
    window.show()
    if os.environ.get("SHISHYA_EXIT_WHEN_SHOWN"):  # start-up benchmarks of the frozen app
        app.processEvents()
        print("shown", flush=True)
        return 0
    code = int(app.exec())
    catalog.close()
    return code
