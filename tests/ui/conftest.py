"""Fixtures for the window tests: the themed app, the real bundled database, a main window."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from shishya_desktop import paths
from shishya_desktop.catalog import Catalog
from tests.conftest import REPO

BUNDLED_DB = REPO / "data" / "shishya.db"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="session", autouse=True)
def bundled_db_untouched() -> Iterator[None]:
    """The bundled database is byte-identical after all the window tests have run."""
    before = _digest(BUNDLED_DB)
    yield
    assert _digest(BUNDLED_DB) == before, "a GUI test changed data/shishya.db"


@pytest.fixture(autouse=True)
def no_modal_file_dialog(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """A real file dialog would wait for a click that never comes: fail the test instead
    (tests that answer the dialog themselves are marked ``real_file_dialog``)."""
    from PySide6.QtWidgets import QFileDialog

    if request.node.get_closest_marker("real_file_dialog"):
        return

    def refuse(self: QFileDialog) -> int:
        raise AssertionError("a test opened a modal file dialog; patch file_dialogs instead")

    monkeypatch.setattr(QFileDialog, "exec", refuse)


@pytest.fixture(scope="session")
def themed_app(qapp):  # type: ignore[no-untyped-def]
    from shishya_desktop.app import create_application

    return create_application([])


@pytest.fixture
def catalog() -> Iterator[Catalog]:
    with Catalog.open(BUNDLED_DB) as opened:
        yield opened


@pytest.fixture
def window(qtbot, themed_app, catalog):  # type: ignore[no-untyped-def]
    from shishya_desktop.app import make_settings
    from shishya_desktop.ui.main_window import MainWindow

    assert str(paths.settings_file()).startswith(str(paths.user_dir()))
    main = MainWindow(catalog, make_settings())
    qtbot.addWidget(main)
    main.resize(1280, 760)
    main.show()
    qtbot.waitExposed(main)
    yield main
    from shishya_desktop.ui.common import i18n

    if i18n.current() != i18n.ENGLISH:  # while the window still lives to hear it
        main.set_language(i18n.ENGLISH)


@pytest.fixture
def shown_dialogs(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, object]]:
    """Blocking message boxes are recorded (title, text, details, format) instead of shown."""
    from PySide6.QtWidgets import QMessageBox

    shown: list[dict[str, object]] = []

    def record(box: QMessageBox) -> int:
        shown.append(
            {
                "title": box.windowTitle(),
                "text": box.text(),
                "details": box.detailedText(),
                "format": box.textFormat(),
            }
        )
        box.deleteLater()  # as a closed dialog would be: no box outlives the test
        return int(QMessageBox.StandardButton.Ok.value)

    monkeypatch.setattr(QMessageBox, "exec", record)
    return shown


@pytest.fixture(autouse=True)
def english_afterwards() -> Iterator[None]:
    """A test that switches to Hindi leaves the application in English for the next one.

    The windows the test made are closed by now (their catalogue too): they are deleted first,
    so the change reaches none of them."""
    yield
    from PySide6.QtCore import QCoreApplication, QEvent

    from shishya_desktop.ui.common import i18n

    if QCoreApplication.instance() is not None and i18n.current() != i18n.ENGLISH:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        i18n.apply(i18n.ENGLISH)


@pytest.fixture(autouse=True)
def no_windows_left_over() -> Iterator[None]:
    """Windows of earlier tests are really gone (deleteLater waits for an event loop that a
    test never returns to) before a language change reaches every window there is."""
    from PySide6.QtCore import QCoreApplication, QEvent

    if QCoreApplication.instance() is not None:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    yield
