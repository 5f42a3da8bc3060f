"""The window's menu bar: File (print, PDF), View (text size, colours, language), Go (sections)
and Help.

Every action also has a keyboard shortcut or is reachable with Alt and the menu's letter.
Each text is kept in English beside its action, so ``retranslate`` can set it again in the
language just chosen.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from ...guide import QT_TRANSLATE_NOOP  # typed; the name lupdate reads
from . import i18n
from .help_pages import ABOUT, CREDITS, HELP, SHORTCUTS
from .text_scale import SIZES


def tr(text: str) -> str:
    """A menu text marked with ``QT_TRANSLATE_NOOP("Menus", …)``, in the interface language."""
    return QCoreApplication.translate("Menus", text)


class Window(Protocol):
    def print_current(self) -> None: ...
    def export_current(self) -> None: ...
    def change_text_size(self, direction: int) -> None: ...
    def set_text_size(self, percent: int) -> None: ...
    def set_colours(self, choice: str) -> None: ...
    def set_language(self, code: str) -> None: ...
    def show_help(self, topic: str) -> None: ...
    def show_explore(self) -> None: ...
    def show_exams(self) -> None: ...
    def show_compare(self) -> None: ...
    def show_my_careers(self) -> None: ...
    def show_quiz(self) -> None: ...


COLOURS = (
    ("system", QT_TRANSLATE_NOOP("Menus", "Follow the system")),
    ("light", QT_TRANSLATE_NOOP("Menus", "Light")),
    ("dark", QT_TRANSLATE_NOOP("Menus", "Dark")),
    ("high-contrast", QT_TRANSLATE_NOOP("Menus", "High contrast")),
)


class Menus:
    """The menus of one window, and the English of every text in them."""

    def __init__(self, main: QMainWindow, window: Window, percent: int, colours: str):
        self._texts: list[tuple[QAction, str]] = []
        bar = main.menuBar()
        file_menu = self._menu(main, QT_TRANSLATE_NOOP("Menus", "&File"))
        self._action(
            file_menu,
            QT_TRANSLATE_NOOP("Menus", "&Print…"),
            window.print_current,
            QKeySequence.StandardKey.Print,
        )
        export = self._action(
            file_menu,
            QT_TRANSLATE_NOOP("Menus", "&Export PDF…"),
            window.export_current,
            "Ctrl+Shift+E",
        )
        export.setObjectName("export-action")
        file_menu.addSeparator()
        self._action(
            file_menu,
            QT_TRANSLATE_NOOP("Menus", "&Quit"),
            main.close,
            QKeySequence.StandardKey.Quit,
        )

        view = self._menu(main, QT_TRANSLATE_NOOP("Menus", "&View"))
        self._action(
            view,
            QT_TRANSLATE_NOOP("Menus", "&Larger text"),
            lambda: window.change_text_size(1),
            "Ctrl+=",
            "Ctrl++",
        )
        self._action(
            view,
            QT_TRANSLATE_NOOP("Menus", "&Smaller text"),
            lambda: window.change_text_size(-1),
            "Ctrl+-",
        )
        self._action(
            view,
            QT_TRANSLATE_NOOP("Menus", "&Normal text size"),
            lambda: window.set_text_size(100),
            "Ctrl+0",
        )
        sizes = self._submenu(view, QT_TRANSLATE_NOOP("Menus", "&Text size"))
        size_group = QActionGroup(main)
        self._sizes: list[QAction] = []
        for size in SIZES:
            action = sizes.addAction("")
            action.setCheckable(True)
            action.setChecked(size == percent)
            action.setData(size)
            action.triggered.connect(lambda _checked=False, s=size: window.set_text_size(s))
            size_group.addAction(action)
            self._sizes.append(action)
        colour_menu = self._submenu(view, QT_TRANSLATE_NOOP("Menus", "&Colours"))
        colour_group = QActionGroup(main)
        for code, label in COLOURS:
            action = self._add(colour_menu, label)
            action.setCheckable(True)
            action.setChecked(code == colours)
            action.setData(code)
            action.triggered.connect(lambda _checked=False, c=code: window.set_colours(c))
            colour_group.addAction(action)
        # Each language is named in itself: these two texts are never translated.
        language_menu = self._submenu(view, QT_TRANSLATE_NOOP("Menus", "&Language (भाषा)"))
        language_menu.setObjectName("language-menu")
        language_group = QActionGroup(main)
        for code in i18n.LANGUAGES:
            action = language_menu.addAction(i18n.NAMES[code])
            action.setCheckable(True)
            action.setChecked(code == i18n.current())
            action.setData(code)
            action.triggered.connect(lambda _checked=False, c=code: window.set_language(c))
            language_group.addAction(action)

        go = self._menu(main, QT_TRANSLATE_NOOP("Menus", "&Go"))
        self._action(
            go, QT_TRANSLATE_NOOP("Menus", "&Explore careers"), window.show_explore, "Ctrl+1"
        )
        self._action(go, QT_TRANSLATE_NOOP("Menus", "E&xams"), window.show_exams, "Ctrl+2")
        self._action(go, QT_TRANSLATE_NOOP("Menus", "&Compare"), window.show_compare, "Ctrl+3")
        self._action(
            go, QT_TRANSLATE_NOOP("Menus", "&My careers"), window.show_my_careers, "Ctrl+4"
        )
        quiz = self._action(
            go,
            QT_TRANSLATE_NOOP("Menus", "&What do I enjoy? (interest quiz)"),
            window.show_quiz,
            "Ctrl+5",
        )
        quiz.setObjectName("quiz-action")

        help_menu = self._menu(main, QT_TRANSLATE_NOOP("Menus", "&Help"))
        help_menu.setObjectName("help-menu")
        self._action(
            help_menu, QT_TRANSLATE_NOOP("Menus", "&Help"), lambda: window.show_help(HELP), "F1"
        )
        self._action(
            help_menu,
            QT_TRANSLATE_NOOP("Menus", "&Keyboard shortcuts"),
            lambda: window.show_help(SHORTCUTS),
        )
        self._action(
            help_menu,
            QT_TRANSLATE_NOOP("Menus", "&Credits and licences"),
            lambda: window.show_help(CREDITS),
        )
        self._action(
            help_menu, QT_TRANSLATE_NOOP("Menus", "&About Shishya"), lambda: window.show_help(ABOUT)
        )
        self.groups = {"sizes": size_group, "colours": colour_group, "languages": language_group}
        del bar
        self.retranslate()

    def _menu(self, main: QMainWindow, text: str) -> QMenu:
        menu = main.menuBar().addMenu("")
        self._texts.append((menu.menuAction(), text))
        return menu

    def _submenu(self, parent: QMenu, text: str) -> QMenu:
        menu = parent.addMenu("")
        self._texts.append((menu.menuAction(), text))
        return menu

    def _add(self, menu: QMenu, text: str) -> QAction:
        action = menu.addAction("")
        self._texts.append((action, text))
        return action

    def _action(
        self,
        menu: QMenu,
        text: str,
        slot: Callable[[], object],
        *keys: QKeySequence | QKeySequence.StandardKey | str,
    ) -> QAction:
        action = self._add(menu, text)
        if keys:
            action.setShortcuts([QKeySequence(key) for key in keys])
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def retranslate(self) -> None:
        """Every menu and action text again, in the interface language."""
        for action, text in self._texts:
            action.setText(tr(text))
        for action in self._sizes:
            action.setText(tr(QT_TRANSLATE_NOOP("Menus", "%1%")).replace("%1", str(action.data())))
        for action in self.groups["languages"].actions():
            action.setChecked(action.data() == i18n.current())


def install_menus(main: QMainWindow, window: Window, percent: int, colours: str) -> Menus:
    """Build the menus on ``main``; ``groups`` holds the text-size, colour and language groups."""
    return Menus(main, window, percent, colours)
