"""File dialogs that remember nothing: no recent folders, no typed names, no sidebar history.

Qt's own (non-native) file dialog saves its history, last folder and sidebar in its settings
file (``QtProject.conf``) when it is destroyed. On a shared PC that keeps one student's folder
names (``…/ravi_sharma_class10``) for the next, so each dialog starts in Documents with an empty
history and, once closed and destroyed, its saved "FileDialog" settings are removed again (and
the file itself when Qt created it just for that).
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

QT_GROUP = "FileDialog"
_allowed = True


def set_allowed(allowed: bool) -> None:
    """Event mode: no file dialog opens at all (nothing is saved to or read from disk)."""
    global _allowed
    _allowed = allowed


def allowed() -> bool:
    return _allowed


def _qt_settings() -> QSettings:
    return QSettings(QSettings.Scope.UserScope, "QtProject")


def forget_file_dialog_memory(created_now: bool = False) -> None:
    """Remove what Qt's file dialog recorded; with ``created_now``, the file Qt made for it."""
    settings = _qt_settings()
    settings.remove(QT_GROUP)
    settings.sync()
    name = settings.fileName()
    del settings
    if created_now and name and os.path.exists(name) and not _has_content(Path(name)):
        os.remove(name)


def _has_content(path: Path) -> bool:
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return True
    return any(line.strip() and not line.startswith("[") for line in text.splitlines())


def default_folder() -> Path:
    """Documents if it exists, else Desktop, else home: always a folder that is the user's."""
    for kind in (
        QStandardPaths.StandardLocation.DocumentsLocation,
        QStandardPaths.StandardLocation.DesktopLocation,
    ):
        folder = QStandardPaths.writableLocation(kind)
        if folder and Path(folder).is_dir():
            return Path(folder)
    return Path.home()


def documents_folder() -> str:
    return str(default_folder())


def _ask(parent: QWidget | None, title: str, start: str, filters: str, save: bool) -> str:
    if not _allowed:
        return ""
    name = _qt_settings().fileName()
    existed = bool(name) and os.path.exists(name)
    dialog = QFileDialog(parent, title, start, filters)
    # Qt's own dialog: a desktop's native one goes through D-Bus and keeps its own history.
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setHistory([])
    dialog.setSidebarUrls([])
    if save:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    else:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    chosen = ""
    if dialog.exec() == QFileDialog.DialogCode.Accepted and dialog.selectedFiles():
        chosen = dialog.selectedFiles()[0]
    dialog.setParent(None)
    import shiboken6

    shiboken6.delete(dialog)  # Qt writes its settings now, so they can be removed just after
    forget_file_dialog_memory(created_now=not existed)
    return chosen


def ask_save_path(parent: QWidget | None, title: str, file_name: str, filters: str) -> str:
    """A save dialog starting in Documents with ``file_name``; "" when cancelled."""
    return _ask(parent, title, str(Path(documents_folder()) / file_name), filters, True)


def ask_open_path(parent: QWidget | None, title: str, filters: str) -> str:
    return _ask(parent, title, documents_folder(), filters, False)
