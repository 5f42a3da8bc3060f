"""The window's Content menu: "Update content from file…", "Restore previous content", "About
this content", and the status-bar line that says which content is in use and since when.

The work is done by ``packs`` (no Qt); this module asks for the file, shows the outcome in
plain text, and asks the window to reopen on the new content.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Slot
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox

from .. import paths
from ..catalog.records import ContentInfo
from .common import plain

if TYPE_CHECKING:
    from ..packs.pointer import InUse
    from ..packs.store import ContentStore
    from .main_window import MainWindow

translate = QCoreApplication.translate


def content_line(info: ContentInfo, in_use: InUse | None) -> str:
    """Which content the window shows, in a few words for the status bar."""
    base = (
        translate("ContentUpdate", "content %1 of %2")
        .replace("%1", info.version)
        .replace("%2", info.date)
    )
    if in_use is None or in_use.where == "given":
        return base
    if in_use.entry is not None:
        since = in_use.entry.since[:10]
        who = (
            translate("ContentUpdate", "for all users")
            if in_use.where == "machine"
            else translate("ContentUpdate", "for you")
        )
        return (
            base
            + " · "
            + translate("ContentUpdate", "update installed %1, %2")
            .replace("%1", since)
            .replace("%2", who)
        )
    if in_use.passed_over:
        return (
            base
            + " · "
            + translate("ContentUpdate", "bundled: the installed update could not be opened")
        )
    return base + " · " + translate("ContentUpdate", "bundled")


class ContentMenu(QObject):
    """The Content menu of ``window``; an install or a restore asks it to reopen."""

    def __init__(
        self, window: MainWindow, info: ContentInfo, in_use: InUse | None, shared: bool = False
    ):
        """``shared`` (Lab and Event modes): only About; content is changed by the lab admin
        (``shishya update FILE --all-users``), never by a student from the window."""
        super().__init__(window)
        self._window = window
        self._info = info
        self._in_use = in_use
        bar = window.menuBar()
        self.menu = QMenu(bar)
        menu = self.menu
        help_menu = bar.findChild(QMenu, "help-menu")
        bar.insertMenu(help_menu.menuAction() if help_menu else None, menu)
        self.update_action = menu.addAction("")
        self.restore_action = menu.addAction("")
        separator = menu.addSeparator()
        self.about_action = menu.addAction("")
        for action in (self.update_action, self.restore_action, separator):
            action.setVisible(not shared)
        self.retranslate()
        self.update_action.triggered.connect(self.choose_and_install)
        self.restore_action.triggered.connect(self.restore)
        self.about_action.triggered.connect(self.about)

    def retranslate(self) -> None:
        """The menu's texts in the interface language (the window calls this on a switch)."""
        self.menu.setTitle(translate("ContentUpdate", "&Content"))
        self.update_action.setText(translate("ContentUpdate", "Update content from file…"))
        self.restore_action.setText(translate("ContentUpdate", "Restore previous content"))
        self.about_action.setText(translate("ContentUpdate", "About this content"))

    def _store(self) -> ContentStore:
        from ..packs.cli import store_for

        return store_for(all_users=False)

    @Slot()
    def choose_and_install(self) -> None:
        from .common import file_dialogs  # remembers no folder; none at all in Event mode

        name = file_dialogs.ask_open_path(
            self._window,
            translate("ContentUpdate", "Update content from file"),
            translate("ContentUpdate", "Shishya content packs (*.shpack)"),
        )
        if name:
            self.install(name)

    def install(self, name: str) -> None:
        from pathlib import Path

        from ..packs.errors import PackError

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            installed = self._store().install(Path(name))
        except PackError as error:
            QApplication.restoreOverrideCursor()
            self._window.notify(
                translate("ContentUpdate", "Content not updated"), str(error), error.details
            )
            return
        QApplication.restoreOverrideCursor()
        self._done(
            translate("ContentUpdate", "Content updated"),
            translate(
                "ContentUpdate",
                "Content %1 of %2 is installed. Shishya now shows it. "
                "\u201cRestore previous content\u201d in the Content menu undoes this.",
            )
            .replace("%1", installed.version)
            .replace("%2", installed.date),
        )

    @Slot()
    def restore(self) -> None:
        from ..packs.errors import PackError

        try:
            pointer = self._store().restore_previous()
        except PackError as error:
            self._window.notify(
                translate("ContentUpdate", "Content not changed"), str(error), error.details
            )
            return
        now = (
            translate("ContentUpdate", "content %1").replace("%1", pointer.current.version)
            if pointer.current
            else translate("ContentUpdate", "the content that came with Shishya")
        )
        self._done(
            translate("ContentUpdate", "Previous content restored"),
            translate("ContentUpdate", "Shishya now shows %1.").replace("%1", now),
        )

    def _done(self, title: str, text: str) -> None:
        box = self._window.notify(title, text)
        box.finished.connect(self._window.request_reopen)

    @Slot()
    def about(self) -> None:
        in_use = self._in_use
        lines = [
            translate("ContentUpdate", "Content %1 of %2: %3 careers, %4 exams.")
            .replace("%1", self._info.version)
            .replace("%2", self._info.date)
            .replace("%3", str(self._info.careers))
            .replace("%4", str(self._info.exams)),
        ]
        if in_use is not None and in_use.entry is not None:
            lines.append(
                translate("ContentUpdate", "An update installed on %1 (%2).")
                .replace("%1", in_use.entry.since.replace("T", " ")[:16] + " UTC")
                .replace(
                    "%2",
                    translate("ContentUpdate", "for all users")
                    if in_use.where == "machine"
                    else translate("ContentUpdate", "for you"),
                )
            )
        elif in_use is not None and in_use.where == "given":
            lines.append(translate("ContentUpdate", "Opened from a file given at start."))
        else:
            lines.append(translate("ContentUpdate", "The content that came with Shishya."))
        if in_use is not None and in_use.passed_over:
            lines.append(
                translate(
                    "ContentUpdate",
                    "An installed update could not be opened, so Shishya uses this.",
                )
            )
        details = "\n".join(
            [f"Database: {in_use.path if in_use else self._window.catalog.path}"]
            + [f"Passed over: {note}" for note in (in_use.passed_over if in_use else ())]
            + [
                f"Per-user content: {paths.user_content_dir()}",
                f"Machine-wide content: {paths.machine_content_dir()}",
            ]
        )
        box = plain.message_box(
            self._window,
            translate("ContentUpdate", "About this content"),
            "\n".join(lines),
            details=details,
            icon=QMessageBox.Icon.Information,
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
