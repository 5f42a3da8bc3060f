"""With हिन्दी chosen, every section, menu and dialog shows Hindi; English comes back whole.

The walk reads every visible text of every widget (labels, buttons, placeholders, tooltips,
accessible names, combo items, tabs, headers, menus, pages) and fails on English words other
than abbreviations, names and exam names (``ALLOWED``) and the content the catalogue has no
Hindi for yet (its texts are collected and taken out first).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QTabBar,
    QTableView,
    QTextBrowser,
    QWidget,
)

from shishya_desktop.app import make_settings
from shishya_desktop.catalog import Catalog
from shishya_desktop.ui.common import i18n
from shishya_desktop.ui.main_window import MainWindow
from shishya_desktop.userdata.modes import MachineConfig, Mode
from shishya_desktop.userdata.session import Session

LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z’']*")
DEVANAGARI = re.compile(r"[\u0900-\u097F]")
# Names, abbreviations, exam names and keys, which Hindi writes in Latin letters too.
ALLOWED = set(
    [
        "Shishya",
        "English",
        "PDF",
        "LPA",
        "CA",
        "NEET",
        "JEE",
        "CLAT",
        "UPSC",
        "CUET",
        "NDA",
        "ITI",
        "PCM",
        "PCB",
        "USB",
        "UG",
        "PG",
        "Ctrl",
        "Alt",
        "Shift",
        "Enter",
        "Tab",
        "Esc",
        "Backspace",
        "Left",
        "Right",
        "Up",
        "Down",
        "Del",
        "F1",
        "A4",
        "UTC",
        "Qt",
        "PySide",
        "Shiboken",
        "Python",
        "SQLite",
        "NTA",
        "NMC",
        "AICTE",
        "UGC",
        "ISCO",
        "ILO",
        "Documents",
        "shpack",
        "shishya",
        "pdf",
        "Language",
        "RIASEC",
        "in",
        "mm",
        "pt",
        "doctor",
        "Noto",
        "Sans",
        "Devanagari",
        "PIN",
    ]
)
INTEREST_CODE = re.compile(r"^[RIASEC]{1,3}$")
PHRASES = (
    "SIL Open Font License 1.1",
    "resources/fonts/OFL.txt",
    "Python Software Foundation License",
    "Apache License 2.0",
    "GNU LGPL",
    "sqlite-utils",
)


def settle() -> None:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    QCoreApplication.processEvents()


def strings_of(value: object) -> Iterator[str]:
    """Every text inside a record (dataclasses, tuples), for taking content out."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, (tuple, list)):
        for item in value:
            yield from strings_of(item)
    elif hasattr(value, "__dataclass_fields__"):
        for name in value.__dataclass_fields__:  # type: ignore[attr-defined]
            yield from strings_of(getattr(value, name))


class Content:
    """Texts that come from the catalogue (content, not interface) or from the student (what
    was typed): taken out before a check."""

    def __init__(self, catalog: Catalog):
        self.parts: list[str] = []
        for s in catalog.career_summaries():
            self.parts += list(strings_of(s))
        for exam in catalog.exams():
            self.parts += [exam.short_name, exam.full_name]
        self.parts += [facet.label for facet in catalog.facets().categories]
        self.parts += [item.text for item in catalog.quiz_items()]
        for quote in catalog.quotes():
            self.parts += [quote.text, quote.author]
        for term in catalog.glossary().terms():
            self.parts += list(strings_of(term))
        self._compile()

    def _compile(self) -> None:
        self.blob = "\n".join(self.parts)
        self.plain_blob = without_asides(self.blob)
        strings = sorted({p for p in self.parts if len(p) > 1}, key=len, reverse=True)
        alternatives = "|".join(re.escape(p) for p in strings)
        self.pattern = re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)

    def add(self, *texts: str) -> None:
        self.parts += texts
        self._compile()

    def add_career(self, catalog: Catalog, slug: str) -> None:
        """A career's whole page is content (and its exams' pages)."""
        career = catalog.career(slug)
        assert career is not None
        self.parts += list(strings_of(career))
        for exam in career.exams:
            self.parts += list(strings_of(catalog.exam(exam.slug)))
        self._compile()

    def strip(self, text: str) -> str:
        return self.pattern.sub(" ", text)


def without_asides(text: str) -> str:
    """Text without its (parenthesised) parts: a page spells abbreviations out in them."""
    return " ".join(re.sub(r"\s*\([^()]*\)", "", text).split(" "))


def english_words(text: str, content: Content) -> list[str]:
    text = content.strip(text)
    for phrase in PHRASES:
        text = text.replace(phrase, " ")
    return [
        w
        for w in LATIN_WORD.findall(text)
        if w not in ALLOWED and len(w) > 1 and not INTEREST_CODE.match(w)
    ]


def page_lines(browser: QTextBrowser) -> Iterator[str]:
    for line in browser.toPlainText().splitlines():
        if line.strip():
            yield line


def texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every text a visible widget under ``root`` shows or says."""
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if widget is not root and not widget.isVisibleTo(root):
            continue
        where = f"{type(widget).__name__}#{widget.objectName()}"
        for text in (widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()):
            yield where, text
        if widget.isWindow():
            yield where, widget.windowTitle()
        if isinstance(widget, (QLabel, QAbstractButton)):
            yield where, widget.text()
        elif isinstance(widget, (QLineEdit, QPlainTextEdit)):
            yield where, widget.placeholderText()
        elif isinstance(widget, QComboBox):
            for row in range(widget.count()):
                yield where, widget.itemText(row)
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                yield where, widget.tabText(index)
        if isinstance(widget, QTableView) and widget.model() is not None:
            model = widget.model()
            for row in range(model.rowCount()):
                yield where + ":header", str(model.headerData(row, Qt.Orientation.Vertical) or "")
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            for row in range(min(model.rowCount(), 30)):
                index = model.index(row, 0)
                yield where + ":row", str(index.data(Qt.ItemDataRole.DisplayRole) or "")
                yield where + ":row", str(index.data(Qt.ItemDataRole.AccessibleTextRole) or "")
        if isinstance(widget, QTextBrowser):
            for line in page_lines(widget):
                yield where + ":page", line


def menu_texts(menu: QMenu, where: str = "menu") -> Iterator[tuple[str, str]]:
    yield where, menu.title()
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        yield where, action.text()
        if action.menu() is not None:
            yield from menu_texts(action.menu(), f"{where}/{action.text()}")


def all_menus(window: MainWindow) -> Iterator[tuple[str, str]]:
    """The menu bar's menus and what is in them (not Qt's overflow menu of the bar)."""
    for action in window.menuBar().actions():
        if action.menu() is not None and action.isVisible():
            yield from menu_texts(action.menu())


def english_in(pairs: Iterator[tuple[str, str]], content: Content) -> list[str]:
    found = []
    for where, text in pairs:
        if not text:
            continue
        if (
            where.endswith(":page")
            and (
                DEVANAGARI.search(text)
                or all(  # a link to another page is "name — tagline"
                    without_asides(part)[:24] in content.plain_blob for part in text.split(" — ")
                )
            )
        ):
            continue
        if where.startswith("file dialog") and text.startswith("/"):
            continue  # a folder's path
        words = english_words(text, content)
        if words:
            found.append(f"{where}: {text[:70]!r} → {words[:5]}")
    return sorted(set(found))


TYPED = ("enginer", "no maths", "neet", "zzqqxxv")
TYPED_NEEDS: list[str] = []  # the needs a search applied (content of data/needs.toml)


def visit_everything(window: MainWindow, qtbot) -> Iterator[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """Every section in its main states, the menus, and the dialogs that open without blocking."""
    explore = window.explore
    yield from texts(window)
    for search in TYPED:
        explore.search.setText(search)
        found = explore.last_results
        TYPED_NEEDS.extend(match.need.label for match in (found.needs if found else ()))
        TYPED_NEEDS.extend([found.searched, found.typed] if found else [])
        yield from texts(window)
    explore.clear_all()
    window.toggle_saved("nurse")
    explore.page.open_career("nurse")
    yield from texts(window)
    window.add_to_compare("nurse")
    window.add_to_compare("pharmacist")
    window.show_compare()
    yield from texts(window)
    window.compare.differences.setChecked(True)
    yield from texts(window)
    window.show_exams()
    window.exams.open_exam("neet-ug")
    yield from texts(window)
    window.exams.search.setText("zzqqxxv")
    yield from texts(window)
    window.show_my_careers()
    yield from texts(window)
    window.show_quiz()
    yield from texts(window)
    quiz = window.quiz
    quiz.start(short=True)
    yield from texts(window)
    while quiz.stack.currentIndex() == 1:
        item = quiz._items[quiz._position]
        quiz.answer(5 if item.type in "IS" else 2)
    yield from texts(window)
    yield from all_menus(window)
    for field in (explore.search, explore.page.browser, window.shortlist.note):
        menu = field.createStandardContextMenu()
        yield from menu_texts(menu, f"{type(field).__name__} context menu")
        menu.deleteLater()
    for topic in ("help", "shortcuts", "credits", "about"):
        window.show_help(topic)
        yield from texts(window._help)
    window._help.close()
    window.content_menu.about()
    boxes = [b for b in window.findChildren(QMessageBox) if b.isVisible()]
    assert boxes
    for box in boxes:
        yield from ((w, t) for w, t in texts(box) if not w.startswith("QTextEdit"))
        box.close()
    from shishya_desktop.ui.common.idle import ExitDialog, StillThereDialog

    for dialog in (StillThereDialog(20, window), ExitDialog("1234", window)):
        dialog.show()
        yield from texts(dialog)
        dialog.close()
        dialog.deleteLater()
    yield from qt_dialogs(window)


def qt_dialogs(window: MainWindow) -> Iterator[tuple[str, str]]:
    """Qt's own print preview and file dialog, shown without waiting for them."""
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
    from PySide6.QtWidgets import QFileDialog

    printer = QPrinter()
    preview = QPrintPreviewDialog(printer, window)
    preview.show()
    for action in preview.findChildren(QAbstractButton):
        yield "print preview", action.toolTip() or action.text()
    from PySide6.QtGui import QAction

    for action in preview.findChildren(QAction):
        yield "print preview", action.text()
    preview.close()
    dialog = QFileDialog(window, "")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.show()
    for where, text in texts(dialog):
        if where.endswith(":row"):
            continue  # the files and folders of the disk
        yield "file dialog " + where, text
    dialog.close()
    dialog.deleteLater()
    preview.deleteLater()


@pytest.fixture
def hindi(window, qtbot):  # type: ignore[no-untyped-def]
    window.set_language(i18n.HINDI)
    settle()
    yield window
    window.set_language(i18n.ENGLISH)
    settle()


def test_every_section_menu_and_dialog_is_hindi(hindi, qtbot, catalog) -> None:  # type: ignore[no-untyped-def]
    """No English interface text anywhere with Hindi chosen (content aside)."""
    content = Content(catalog)
    for slug in ("nurse", "pharmacist"):
        content.add_career(catalog, slug)
    seen = list(visit_everything(hindi, qtbot))
    content.add(*TYPED, *TYPED_NEEDS)
    found = english_in(iter(seen), content)
    assert not found, "\n".join(found[:80])


def test_switching_back_restores_english(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """English, then Hindi, then English again: every text is what it was."""
    window.explore.page.open_career("nurse")
    window.add_to_compare("nurse")
    window.add_to_compare("pharmacist")
    window.show_compare()
    window.show_explore()
    before = sorted(set(texts(window)))
    before_menus = sorted(set(all_menus(window)))
    window.set_language(i18n.HINDI)
    settle()
    assert window.windowTitle() == "शिष्य — करियर गाइड"
    assert window.sections.tabText(0) == "करियर देखें"
    assert "तुलना" in window.sections.tabText(2)
    assert DEVANAGARI.search(window.explore.count_label.text())
    assert window.explore.search.placeholderText().startswith("करियर खोजें")
    window.set_language(i18n.ENGLISH)
    settle()
    assert sorted(set(texts(window))) == before
    assert sorted(set(all_menus(window))) == before_menus
    assert (
        window.explore.count_label.text() == "322 careers"
        or "careers" in window.explore.count_label.text()
    )


def test_counts_have_singular_and_plural(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """One career, many careers: English says "1 career"; Hindi counts too."""
    explore = window.explore
    explore.search.setText("physiotherapist")
    assert explore.count_label.text() in ("1 career",) or explore.count_label.text().endswith(
        "careers"
    )
    assert window.exams.tr("%n exams", "", 1) == "1 exam"
    assert window.exams.tr("%n exams", "", 3) == "3 exams"
    window.set_language(i18n.HINDI)
    settle()
    assert window.exams.tr("%n exams", "", 1) == "1 परीक्षा"
    assert window.exams.tr("%n exams", "", 3) == "3 परीक्षाएँ"


def test_the_switch_is_beside_the_tabs_and_in_the_view_menu(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Both buttons name their language in itself; clicking one switches at once."""
    buttons = {b.text(): b for b in window.language_buttons.buttons()}
    assert set(buttons) == {"हिन्दी", "English"}
    assert all(b.isVisible() for b in buttons.values())
    window.resize(700, 400)  # a low window hides the header; the switch stays
    assert all(b.isVisible() for b in buttons.values())
    qtbot.mouseClick(buttons["हिन्दी"], Qt.MouseButton.LeftButton)
    settle()
    assert i18n.current() == i18n.HINDI and buttons["हिन्दी"].isChecked()
    language_menu = window.menuBar().findChild(QMenu, "language-menu")
    english = next(a for a in language_menu.actions() if a.data() == i18n.ENGLISH)
    english.trigger()
    settle()
    assert i18n.current() == i18n.ENGLISH and buttons["English"].isChecked()


def test_remembered_per_user(window, qtbot, catalog) -> None:  # type: ignore[no-untyped-def]
    """The choice is saved in the user's settings, and the next window starts in it."""
    window.set_language(i18n.HINDI)
    settle()
    assert make_settings().value(i18n.SETTING) == i18n.HINDI
    window.set_language(i18n.ENGLISH)
    settle()
    make_settings().setValue(i18n.SETTING, i18n.HINDI)
    second = MainWindow(catalog, make_settings())
    qtbot.addWidget(second)
    settle()
    assert i18n.current() == i18n.HINDI
    assert second.windowTitle() == "शिष्य — करियर गाइड"
    assert window.windowTitle() == "शिष्य — करियर गाइड"  # one language for the whole app


def test_first_start_follows_the_system(qtbot, themed_app, catalog, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """No choice saved yet: Hindi when the computer is set to Hindi, else English."""
    monkeypatch.setattr(i18n, "system_language", lambda: QLocale.Language.Hindi)
    assert make_settings().value(i18n.SETTING) is None
    window = MainWindow(catalog, make_settings())
    qtbot.addWidget(window)
    settle()
    assert i18n.current() == i18n.HINDI
    monkeypatch.setattr(i18n, "system_language", lambda: QLocale.Language.English)
    assert i18n.system_default() == i18n.ENGLISH


@pytest.mark.parametrize("mode", [Mode.LAB, Mode.EVENT])
def test_shared_pcs_forget_the_language_with_the_session(qtbot, themed_app, catalog, mode) -> None:  # type: ignore[no-untyped-def]
    """Lab and Event: the choice lasts one student; New student goes back to the default,
    and nothing is written to the settings."""
    session = Session(MachineConfig(mode=mode, idle_seconds=0))
    window = MainWindow(catalog, make_settings(), session=session)
    qtbot.addWidget(window)
    window.set_language(i18n.HINDI)
    settle()
    assert i18n.current() == i18n.HINDI
    window.new_student()
    settle()
    assert i18n.current() == i18n.system_default() == i18n.ENGLISH
    assert make_settings().value(i18n.SETTING) is None
    window.set_language(i18n.HINDI)
    settle()
    window._may_close = True
    window.close()
    # The next start on a shared PC is in the default again.
    again = MainWindow(catalog, make_settings(), session=Session(MachineConfig(mode=mode)))
    qtbot.addWidget(again)
    settle()
    assert i18n.current() == i18n.ENGLISH
    again._may_close = True


def test_the_catalogue_is_told_first(window, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A switch sets the catalogue's language before the views read it again."""
    seen: list[tuple[str, str]] = []
    catalog = window.catalog
    monkeypatch.setattr(
        type(catalog),
        "set_language",
        lambda self, code: seen.append((code, i18n.current())),
        raising=False,
    )
    window.set_language(i18n.HINDI)
    settle()
    window.set_language(i18n.ENGLISH)
    settle()
    assert seen == [("hi", "en"), ("en", "hi")]


def test_devanagari_is_never_cut_inside_a_letter(themed_app) -> None:  # type: ignore[no-untyped-def]
    """Elided Hindi ends between whole letters (a consonant keeps its vowel signs)."""
    from PySide6.QtCore import QTextBoundaryFinder

    from shishya_desktop.ui.common.elided import ElidedLabel

    text = "फिजियोथेरेपिस्ट और ऑक्यूपेशनल थेरेपिस्ट की पढ़ाई के रास्ते"
    label = ElidedLabel(text)
    for width in range(20, 400, 7):
        label.resize(width, 30)
        shown = label.elided_text()
        kept = shown.removesuffix("…")
        finder = QTextBoundaryFinder(QTextBoundaryFinder.BoundaryType.Grapheme, text)
        finder.setPosition(len(kept))
        assert text.startswith(kept) and finder.isAtBoundary(), (width, shown)
    label.deleteLater()


def test_dialog_buttons_come_from_our_translation(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Qt's standard buttons and "Show Details…" read Hindi from our one translator."""
    window.set_language(i18n.HINDI)
    settle()
    box = window.notify("t", "m", "details")
    texts_ = {b.text() for b in box.buttons()}
    assert "ठीक है" in texts_
    assert any(t.startswith("जानकारी दिखाएँ") for t in texts_)
    box.close()
    assert isinstance(box, QDialog)


def test_a_long_hindi_note_is_cut_between_letters(themed_app) -> None:  # type: ignore[no-untyped-def]
    """The note's length limit never leaves half a letter (a vowel sign without its consonant)."""
    from PySide6.QtCore import QTextBoundaryFinder

    from shishya_desktop.ui.common.elided import cut_between_letters

    text = "क्षत्रिय " * 10 + "🩺 स्त्री"
    for limit in range(len(text) + 2):
        kept = cut_between_letters(text, limit)
        assert text.startswith(kept) and len(kept) <= limit
        utf16 = len(kept.encode("utf-16-le")) // 2
        finder = QTextBoundaryFinder(QTextBoundaryFinder.BoundaryType.Grapheme, text)
        finder.setPosition(utf16)
        assert finder.isAtBoundary(), (limit, kept[-3:])


def test_content_follows_the_language(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Lists, the page, Compare, My careers and the quiz read the catalogue again on a switch."""
    explore = window.explore
    explore.page.open_career("physiotherapist")
    window.add_to_compare("physiotherapist")
    window.add_to_compare("nurse")
    window.toggle_saved("physiotherapist")
    quiz = window.quiz
    quiz.start(short=True)
    english_question = quiz.question.text()

    def shown() -> list[str]:
        return [
            explore.model.data(explore.model.index(0, 0)),
            explore.page.title_label.text(),
            window.compare.model.headerData(0, Qt.Orientation.Horizontal),
            window.shortlist.model.data(window.shortlist.model.index(0, 0)),
            quiz.question.text(),
        ]

    assert not any(DEVANAGARI.search(text) for text in shown())
    window.set_language(i18n.HINDI)
    settle()
    assert all(DEVANAGARI.search(text) for text in shown()), shown()
    assert window.catalog.language == i18n.HINDI
    window.set_language(i18n.ENGLISH)
    settle()
    assert not any(DEVANAGARI.search(text) for text in shown())
    assert quiz.question.text() == english_question
