"""The one place that builds the application: arguments, Qt, settings, catalogue, window."""

from __future__ import annotations

import argparse
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
    return parser.parse_args(argv)


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
    if args.version:
        try:
            with Catalog.open(db_path) as catalog:
                content = catalog.info().version
        except CatalogError as error:
            content = f"unavailable ({error})"
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
    code = int(app.exec())
    catalog.close()
    return code
