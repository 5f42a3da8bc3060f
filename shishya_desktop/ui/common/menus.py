"""The window's menu bar: File (print, PDF), View (text size, colours), Go (sections) and Help.

Every action also has a keyboard shortcut or is reachable with Alt and the menu's letter.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from .help_pages import ABOUT, CREDITS, HELP, SHORTCUTS
from .text_scale import SIZES

translate = QCoreApplication.translate


def tr(text: str) -> str:
    """A string marked elsewhere (``QT_TRANSLATE_NOOP``), translated now."""
    return QCoreApplication.translate("Menus", text)


class Window(Protocol):
    def print_current(self) -> None: ...
    def export_current(self) -> None: ...
    def change_text_size(self, direction: int) -> None: ...
    def set_text_size(self, percent: int) -> None: ...
    def set_colours(self, choice: str) -> None: ...
    def show_help(self, topic: str) -> None: ...
    def show_explore(self) -> None: ...
    def show_exams(self) -> None: ...
    def show_compare(self) -> None: ...
    def show_my_careers(self) -> None: ...
    def show_quiz(self) -> None: ...


COLOURS = (
    ("system", "Follow the system"),
    ("light", "Light"),
    ("dark", "Dark"),
    ("high-contrast", "High contrast"),
)


def _action(
    menu: QMenu, text: str, slot: Callable[[], object], *keys: QKeySequence | str
) -> QAction:
    action = menu.addAction(text)
    if keys:
        action.setShortcuts([QKeySequence(key) for key in keys])
    action.triggered.connect(lambda _checked=False: slot())
    return action


def install_menus(
    main: QMainWindow, window: Window, percent: int, colours: str
) -> dict[str, QActionGroup]:
    """Build the menus on ``main``; returns the text-size and colour groups (to tick)."""
    bar = main.menuBar()
    file_menu = bar.addMenu(translate("Menus", "&File"))
    _action(
        file_menu,
        translate("Menus", "&Print…"),
        window.print_current,
        QKeySequence.StandardKey.Print,
    )
    export = _action(
        file_menu, translate("Menus", "&Export PDF…"), window.export_current, "Ctrl+Shift+E"
    )
    export.setObjectName("export-action")
    file_menu.addSeparator()
    _action(file_menu, translate("Menus", "&Quit"), main.close, QKeySequence.StandardKey.Quit)

    view = bar.addMenu(translate("Menus", "&View"))
    _action(
        view,
        translate("Menus", "&Larger text"),
        lambda: window.change_text_size(1),
        "Ctrl+=",
        "Ctrl++",
    )
    _action(
        view, translate("Menus", "&Smaller text"), lambda: window.change_text_size(-1), "Ctrl+-"
    )
    _action(
        view, translate("Menus", "&Normal text size"), lambda: window.set_text_size(100), "Ctrl+0"
    )
    sizes = view.addMenu(translate("Menus", "&Text size"))
    size_group = QActionGroup(main)
    for size in SIZES:
        action = sizes.addAction(translate("Menus", "%1%").replace("%1", str(size)))
        action.setCheckable(True)
        action.setChecked(size == percent)
        action.setData(size)
        action.triggered.connect(lambda _checked=False, s=size: window.set_text_size(s))
        size_group.addAction(action)
    colour_menu = view.addMenu(translate("Menus", "&Colours"))
    colour_group = QActionGroup(main)
    for code, label in COLOURS:
        action = colour_menu.addAction(tr(label))
        action.setCheckable(True)
        action.setChecked(code == colours)
        action.setData(code)
        action.triggered.connect(lambda _checked=False, c=code: window.set_colours(c))
        colour_group.addAction(action)

    go = bar.addMenu(translate("Menus", "&Go"))
    _action(go, translate("Menus", "&Explore careers"), window.show_explore, "Ctrl+1")
    _action(go, translate("Menus", "E&xams"), window.show_exams, "Ctrl+2")
    _action(go, translate("Menus", "&Compare"), window.show_compare, "Ctrl+3")
    _action(go, translate("Menus", "&My careers"), window.show_my_careers, "Ctrl+4")
    quiz = _action(
        go, translate("Menus", "&What do I enjoy? (interest quiz)"), window.show_quiz, "Ctrl+5"
    )
    quiz.setObjectName("quiz-action")

    help_menu = bar.addMenu(translate("Menus", "&Help"))
    help_menu.setObjectName("help-menu")
    _action(help_menu, translate("Menus", "&Help"), lambda: window.show_help(HELP), "F1")
    _action(
        help_menu, translate("Menus", "&Keyboard shortcuts"), lambda: window.show_help(SHORTCUTS)
    )
    _action(
        help_menu, translate("Menus", "&Credits and licences"), lambda: window.show_help(CREDITS)
    )
    _action(help_menu, translate("Menus", "&About Shishya"), lambda: window.show_help(ABOUT))
    return {"sizes": size_group, "colours": colour_group}
