"""The one place that builds the application: arguments, Qt, settings, catalogue, window."""

from __future__ import annotations

import argparse
import os
import sys
import threading
import traceback
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from . import __version__, console, paths

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QWidget

    from .catalog import Catalog
    from .packs.pointer import Choice, InUse
    from .ui.main_window import MainWindow


def add_pack_commands(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """``update``, ``restore-content``, ``content`` and ``collect-reports`` for admins."""
    where = argparse.ArgumentParser(add_help=False)
    where.add_argument(
        "--all-users",
        action="store_true",
        help="the machine-wide content every user of this computer sees (needs an admin)",
    )
    quiet = argparse.ArgumentParser(add_help=False)
    quiet.add_argument(
        "--silent", action="store_true", help="print nothing; the exit code says (for scripts)"
    )
    quiet.add_argument("--log", type=Path, default=None, help="also write the outcome here")
    update = commands.add_parser(
        "update", parents=[where, quiet], help="install a content pack (.shpack) from a file"
    )
    update.add_argument("file", type=Path, metavar="FILE.shpack")
    commands.add_parser(
        "restore-content", parents=[where, quiet], help="go back to the previous content"
    )
    commands.add_parser("content", help="say which content is installed and which is in use")
    collect = commands.add_parser(
        "collect-reports", help="one table of which PCs passed, from a folder of self-test reports"
    )
    collect.add_argument("folder", type=Path)
    collect.add_argument("--out", type=Path, default=None, help="also write the table (CSV)")


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="shishya", description="Shishya — offline career guide")
    parser.add_argument("--db", type=Path, default=None, help="career database to open")
    parser.add_argument("--version", action="store_true", help="print versions and exit")
    parser.add_argument(
        "--self-test", action="store_true", help="check this installation works; exit 0 or 1"
    )
    parser.add_argument("--report", type=Path, default=None, help="self-test report file")
    parser.add_argument(
        "--event",
        action="store_true",
        help="counsellors' kiosk: full screen, New student, idle reset, exit key and PIN",
    )
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
    export.add_argument(
        "--language",
        choices=("en", "hi"),
        default="en",
        help="the handout's language: en (English) or hi (हिन्दी, English where none)",
    )
    add_pack_commands(commands)
    args = parser.parse_args(argv)
    if args.command == "export" and args.compare and not 2 <= len(args.compare) <= 4:
        parser.error(f"--compare takes two to four careers (got {len(args.compare)})")
    return args


def run_export(args: argparse.Namespace, db_path: Path) -> int:
    """``shishya export``: the same PDFs as the window's buttons, for preparing handouts.

    Every failure (a damaged database, a full disk, a read-only file) is one line on stderr and
    exit code 2; the file at ``--out`` is replaced only by a complete, checked PDF.
    """
    from .catalog import Catalog, CatalogError

    def fail(message: str, details: str = "") -> int:
        print(f"shishya export: {message}", file=sys.stderr)
        if details:
            print("  " + details.replace("\n", "\n  "), file=sys.stderr)
        return 2

    language = getattr(args, "language", "en")
    try:
        with Catalog.open(db_path) as catalog:
            catalog.set_language(language)
            slugs = [args.career] if args.career else list(args.compare)
            if len(set(slugs)) != len(slugs):
                return fail("each career may be compared only once")
            careers = []
            for slug in slugs:
                career = catalog.career(slug)
                if career is None:
                    hints = ", ".join(s.slug for s in catalog.search(slug, limit=3))
                    hint = f" (did you mean: {hints}?)" if hints else ""
                    return fail(f"no career '{slug}'{hint}")
                careers.append(career)
            info = catalog.info()
            glossary = catalog.glossary()
    except CatalogError as error:
        return fail(str(error), error.details())
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    create_application([sys.argv[0]])
    from .ui.common import i18n
    from .ui.common.printing import ExportError, career_job, comparison_job, export_pdf
    from .ui.compare.compare_model import compare  # in the handout's language

    i18n.apply(language)

    job = (
        career_job(careers[0], info, glossary)
        if args.career
        else comparison_job(compare(careers), info, glossary)
    )
    try:
        pages = export_pdf(job, args.out)
    except ExportError as error:
        return fail(str(error), error.details)
    print(f"Wrote {args.out} ({pages} page{'s' if pages != 1 else ''})")
    return 0


def make_settings() -> QSettings:
    """Per-user settings in an INI file in the per-user folder (never in the install folder)."""
    from PySide6.QtCore import QSettings

    return QSettings(str(paths.settings_file()), QSettings.Format.IniFormat)


def keep_to_ourselves() -> None:
    """No session bus is started for us: without one, libdbus would launch a dbus-daemon
    (through dbus-launch) that outlives the app. An address no bus answers keeps Qt off it."""
    if sys.platform.startswith("linux") and not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        os.environ["DBUS_SESSION_BUS_ADDRESS"] = "disabled:"


def create_application(argv: Sequence[str]) -> QApplication:
    keep_to_ourselves()
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from .ui.common.theme import apply_theme

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(list(argv))
    app.setOrganizationName(paths.APP_AUTHOR)
    app.setApplicationName(paths.APP_NAME)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(paths.resources_dir() / "icon.svg")))
    settings = make_settings()
    from .userdata import modes

    machine = modes.load()
    start_size = machine.text_size or 100  # the lab admin's choice, else 100 %
    try:
        percent = int(settings.value("view/text_size", start_size))  # type: ignore[call-overload]
    except (TypeError, ValueError):
        percent = 100
    apply_theme(app, paths.resources_dir(), str(settings.value("view/palette", "system")), percent)
    from .ui.common import i18n

    i18n.apply(i18n.chosen(settings, machine.shared))  # before any window: no retranslation
    return app


def content_choices(given: Path | None) -> list[Choice]:
    """The databases to try at start, best first: ``--db`` (or ``SHISHYA_DB``) alone if given,
    else the newest installed content pack (machine-wide or per-user), then the bundled one."""
    from .packs.pointer import Choice, choices

    if given is not None or os.environ.get("SHISHYA_DB"):
        return [Choice(given or paths.database_path(), "given")]
    return choices(paths.content_folders(), paths.database_path())


class _Opening(threading.Thread):
    """Opens and checks the database while Qt loads: the check costs no start-up time.

    Installed content that cannot be opened is passed over (with the reason kept for the
    status bar); the bundled content is the last fallback, and its failure is the one shown.
    """

    def __init__(self, path: Path | list[Choice]):
        super().__init__(name="open-catalogue", daemon=True)
        # Imported here, in the main thread: two threads importing at once fight for the GIL.
        from .catalog import Catalog
        from .packs.pointer import Choice

        self._open = Catalog.open
        self.choices = path if isinstance(path, list) else [Choice(path, "given")]
        self.path = self.choices[0].path
        self.catalog: Catalog | None = None
        self.in_use: InUse | None = None
        self.error: BaseException | None = None
        self.start()

    def run(self) -> None:
        from .catalog import CatalogError
        from .packs.pointer import InUse

        passed_over = [choice.note for choice in self.choices if choice.note]
        for number, choice in enumerate(self.choices, 1):
            self.path = choice.path
            try:
                self.catalog = self._open(choice.path)
            except CatalogError as error:
                if number == len(self.choices):
                    self.error = error
                    return
                passed_over.append(f"{choice.path}: {error} {error.detail}")
                continue
            except BaseException as error:  # handed to the main thread, which reports it
                self.error = error
                return
            self.in_use = InUse(choice.path, choice.where, choice.entry, tuple(passed_over))
            return

    def result(self) -> Catalog:
        self.join()
        if self.error is not None:
            raise self.error
        assert self.catalog is not None
        return self.catalog


def show_failure(title: str, message: str, details: str, parent: QWidget | None = None) -> None:
    """A blocking error dialog: the plain message, and the cause behind "Show Details…"."""
    from PySide6.QtWidgets import QMessageBox

    from .ui.common.plain import message_box

    message_box(parent, title, message, details=details, icon=QMessageBox.Icon.Critical).exec()


def start_window(
    db_path: Path | list[Choice], opening: _Opening | None = None, *, event: bool = False
) -> MainWindow | None:
    """Open the database and build the window; on any failure show why and return None."""
    from PySide6.QtCore import QCoreApplication

    from .catalog import CatalogError

    title = QCoreApplication.translate("App", "Shishya cannot start")
    catalog = None
    try:
        opening = opening or _Opening(db_path)
        catalog = opening.result()
        from .ui.main_window import MainWindow
        from .userdata import modes
        from .userdata.session import Session

        config = modes.load()
        if event:
            config = config.with_event()
        window = MainWindow(
            catalog, make_settings(), in_use=opening.in_use, session=Session(config)
        )
        if config.problem:
            window.notify(
                QCoreApplication.translate("App", "Shishya's settings for this computer"),
                QCoreApplication.translate(
                    "App", "The computer's Shishya settings file has a mistake; ask the lab admin."
                ),
                config.problem,
            )
        return window
    except CatalogError as error:
        show_failure(title, str(error), error.details())
    except Exception:  # the window could not be built: say so, with the cause one click away
        show_failure(
            title,
            QCoreApplication.translate(
                "App", "Shishya could not open its window. Reinstall Shishya."
            ),
            f"Database: {opening.path if opening else db_path}\n\n{traceback.format_exc()}",
        )
    if catalog is not None:
        catalog.close()
    return None


def report_slot_failures(window: MainWindow) -> None:
    """An error in a click handler is shown in the window, not only printed to stderr."""

    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        sys.__excepthook__(kind, error, trace)
        from PySide6.QtCore import QCoreApplication

        from .catalog import CatalogError

        details = error.details() if isinstance(error, CatalogError) else ""
        window.notify(
            QCoreApplication.translate("App", "Something went wrong"),
            str(error)
            if isinstance(error, CatalogError)
            else QCoreApplication.translate(
                "App", "Shishya could not finish that. The rest of the app still works."
            ),
            details or "".join(traceback.format_exception(kind, error, trace)),
        )

    sys.excepthook = hook


def open_path(given: Path | None) -> Path:
    """The database the window would open now (for export, --version and the self-test)."""
    opening = _Opening(content_choices(given))
    opening.join()
    if opening.catalog is not None:
        opening.catalog.close()
    return opening.path


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    console.make_output_safe()
    if args.command in ("update", "restore-content", "content", "collect-reports"):
        from .packs import cli

        return cli.run(args)
    if args.command == "export":
        return run_export(args, open_path(args.db))
    if args.self_test:
        from .selftest import run_self_test

        return run_self_test(open_path(args.db), args.report)
    if args.version:
        from .catalog import Catalog, CatalogError

        try:
            with Catalog.open(open_path(args.db)) as catalog:
                content = catalog.info().version
        except CatalogError as error:
            content = f"unavailable ({error} {error.details()})"
        if sys.stdout is not None:  # a windowed Windows build has no console
            print(f"Shishya {__version__}, content {content}")
        return 0

    choices = content_choices(args.db)
    opening = _Opening(choices)
    app = create_application([sys.argv[0]])
    window = start_window(choices, opening, event=args.event)
    if window is None:
        return 2
    report_slot_failures(window)
    window.show_for_mode()
    if os.environ.get("SHISHYA_EXIT_WHEN_SHOWN"):  # start-up benchmarks of the frozen app
        app.processEvents()
        print("shown", flush=True)
        return 0
    while True:
        code = int(app.exec())
        if not window.reopen_requested:
            break
        # New content was installed or restored: a new window on it, then the old one goes.
        fresh = start_window(content_choices(args.db))
        if fresh is None:
            break
        fresh.setGeometry(window.geometry())
        report_slot_failures(fresh)
        fresh.show()
        old_catalog = window.catalog
        window.close()
        window.deleteLater()
        # The old window goes before its catalogue closes (a language change must not find it).
        from PySide6.QtCore import QCoreApplication, QEvent

        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        old_catalog.close()
        window = fresh
    window.catalog.close()
    return code
