"""One rule for text: content and typed text are never rendered as markup, and load no file.

Structural: only ``ui/common/plain.py`` builds labels and message boxes. Behavioural: a database
whose every shown text is markup naming canary files, and hostile strings typed into every text
entry of every section, leave every label plain, every tooltip drawn as written, and no canary
opened.
"""

from __future__ import annotations

import re
import shutil
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QMessageBox, QWidget

from shishya_desktop.catalog import Catalog
from shishya_desktop.ui.explore.models import SLUG_ROLE
from shishya_desktop.ui.main_window import COMPARE, EXAMS, EXPLORE, MainWindow
from tests.canary import CanaryFolder, hostile_strings
from tests.conftest import REPO
from tests.resealed import reseal

BUILDERS = re.compile(
    r"\bQLabel\(|\bQMessageBox\(|QMessageBox\.(warning|critical|information|question)\("
)


def test_only_the_plain_module_builds_labels_and_message_boxes() -> None:
    """No module but ui/common/plain.py makes a QLabel or QMessageBox (they default to AutoText)."""
    offenders = [
        f"{path.relative_to(REPO)}:{number}"
        for path in sorted((REPO / "shishya_desktop").rglob("*.py"))
        if path.name != "plain.py"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if BUILDERS.search(line)
    ]
    assert offenders == []


@pytest.fixture
def canary(tmp_path: Path):  # type: ignore[no-untyped-def]
    folder = CanaryFolder(tmp_path / "canary")
    yield folder
    folder.close()


@pytest.fixture
def hostile_db(tmp_path: Path, real_db: Path, canary: CanaryFolder) -> Path:
    """The real database with markup naming canary files in every text the window shows."""
    out = tmp_path / "hostile.db"
    shutil.copyfile(real_db, out)
    img, link = canary.path("img.png"), canary.path("link.html")
    mark = f'<img src="{img}"><b>B</b><a href="file://{link}">L</a>&lt;b&gt;'
    with sqlite3.connect(out) as connection:
        for table, columns in {
            "careers": ("title", "tagline", "title_hi"),
            "categories": ("name",),
            "quotes": ("text", "author"),
            "exams": ("short_name", "full_name"),
            "quiz_items": ("text",),
        }.items():
            for column in columns:
                connection.execute(f"UPDATE {table} SET {column} = ? || {column}", (mark,))
    connection.close()
    reseal(out)
    return out


def label_problems(roots: list[QWidget]) -> list[str]:
    """Every label and message box that would interpret its text as markup."""
    problems = []
    for root in roots:
        for label in root.findChildren(QLabel):
            inside_box = isinstance(label.parent(), QMessageBox)  # checked as a box below
            if label.text() and not inside_box and label.textFormat() != Qt.TextFormat.PlainText:
                problems.append(f"label {label.objectName()!r}: {label.text()[:40]!r}")
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox) and widget.textFormat() != Qt.TextFormat.PlainText:
            problems.append(f"message box {widget.text()[:40]!r}")
    return problems


def rendered(tip: str) -> str:
    document = QTextDocument()
    document.setHtml(tip)
    return document.toPlainText()


@pytest.fixture
def hostile_window(qtbot, themed_app, hostile_db, user_home):  # type: ignore[no-untyped-def]
    from shishya_desktop.app import make_settings

    catalog = Catalog.open(hostile_db)
    window = MainWindow(catalog, make_settings(), quote_index=0)
    qtbot.addWidget(window)
    window.show()
    yield window
    window.close()
    catalog.close()


def test_content_markup_is_shown_as_written(hostile_window, canary, qtbot, themed_app) -> None:
    """Header quote, page title, exam title, chips, list tooltips: plain, and no file loaded."""
    window = hostile_window
    catalog = window.catalog
    careers = catalog.career_summaries()
    assert "<img" in window.quote_label.text()  # shown, as text
    model = window.explore.model
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        tip = index.data(Qt.ItemDataRole.ToolTipRole)
        assert rendered(tip) == catalog.career_summary(index.data(SLUG_ROLE)).tagline
    for summary in careers[:5]:
        window.explore.page.open_career(summary.slug)
        assert window.explore.page.title_label.text() == summary.title
    window.sections.setCurrentIndex(EXAMS)
    exam = catalog.exams()[0]
    window.exams.open_exam(exam.slug)
    assert window.exams.page.title_label.text() == exam.short_name
    exam_model = window.exams.model
    tip = exam_model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert rendered(tip).startswith("<img")
    window.sections.setCurrentIndex(COMPARE)
    for summary in careers[:3]:
        window.compare.add(summary.slug)
    header = window.compare.model.headerData(
        0, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole
    )
    assert rendered(header) == catalog.career(careers[0].slug).tagline
    chips = [label.text() for label in window.compare.findChildren(QLabel, "chipLabel")]
    assert chips == [summary.title for summary in careers[:3]]
    window.show_quiz()
    quiz = window.quiz
    quiz.start(short=True)
    item = quiz._items[0]
    assert quiz.question.text() == item.text and "<img" in item.text  # shown, as text
    for n, each in enumerate(quiz._items):
        assert quiz.question.text() == each.text
        window.grab()
        assert label_problems([window]) == []
        quiz.answer(5 if each.type == "R" else 1 + n % 2)
    assert quiz.stack.currentIndex() == 2 and quiz.strong_model.rowCount()
    assert quiz.print_job() is not None and "&lt;img" in quiz.print_job().html
    themed_app.processEvents()
    window.grab()  # paint everything once
    assert label_problems([window]) == []
    assert canary.opened() == []


def test_hostile_text_in_every_entry(hostile_window, canary, qtbot, themed_app) -> None:
    """Every hostile string in every text entry of every section: no markup shown, no file read."""
    window = hostile_window
    tried = 0
    for section in (EXPLORE, EXAMS, COMPARE):
        window.sections.setCurrentIndex(section)
        page = window.sections.widget(section)
        entries = page.findChildren(QLineEdit)
        assert entries, f"section {section} has no text entry"
        for entry in entries:
            for text in hostile_strings(canary):
                entry.setText(text)
                qtbot.keyClick(entry, Qt.Key.Key_Return)
                tried += 1
                themed_app.processEvents()
                window.grab()
                assert label_problems([window]) == [], text[:60]
            entry.clear()
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox):
            widget.close()
    assert tried >= 3 * len(hostile_strings(canary))
    assert canary.opened() == []


def test_content_menu_shows_pack_text_as_written(
    hostile_db, canary, qtbot, themed_app, test_key, tmp_path, user_home, monkeypatch
) -> None:
    """A signed pack whose content version is markup: the status bar, the "updated" message
    and About show it as written, and no file is loaded."""
    from shishya_desktop.app import content_choices, start_window
    from tests.pack_fixtures import signed_entries, write_zip

    mark = f'<img src="{canary.path("v.png")}"><b>1</b>'
    with sqlite3.connect(hostile_db) as connection:
        connection.execute("UPDATE meta SET value = ? WHERE key = 'content_version'", (mark,))
    connection.close()
    reseal(hostile_db)
    pack = write_zip(
        tmp_path / "hostile.shpack",
        signed_entries(hostile_db.read_bytes(), test_key[0], serial=3, version=mark),
    )
    window = start_window(content_choices(None))
    qtbot.addWidget(window)
    monkeypatch.setattr(QApplication, "exit", lambda code=0: None)  # no reopen in a test
    window.content_menu.install(str(pack))
    box = next(w for w in window.findChildren(QMessageBox) if w.isVisible())
    assert mark in box.text() and box.textFormat() == Qt.TextFormat.PlainText
    box.done(0)
    window.catalog.close()
    fresh = start_window(content_choices(None))
    qtbot.addWidget(fresh)
    fresh.show()
    assert mark in fresh.statusBar().currentMessage()
    fresh.content_menu.about()
    about = next(w for w in fresh.findChildren(QMessageBox) if w.isVisible())
    assert mark in about.text() and about.textFormat() == Qt.TextFormat.PlainText
    themed_app.processEvents()
    fresh.grab()
    about.done(0)
    assert label_problems([fresh]) == []
    assert canary.opened() == []
    fresh.catalog.close()


def test_hostile_notes_in_my_careers(hostile_window, canary, qtbot, themed_app) -> None:
    """Hostile careers on the shortlist and hostile notes typed: shown as written, no file read,
    and My plan escapes them."""
    from PySide6.QtWidgets import QPlainTextEdit

    from shishya_desktop.ui.main_window import MY_CAREERS

    window = hostile_window
    for summary in window.catalog.career_summaries()[:3]:
        window.toggle_saved(summary.slug)
    window.sections.setCurrentIndex(MY_CAREERS)
    view = window.shortlist
    note = view.findChild(QPlainTextEdit, "note")
    for text in hostile_strings(canary):
        note.setFocus()
        note.clear()
        note.insertPlainText(text)  # as typed or pasted (keyClicks cannot send every character)
        themed_app.processEvents()
        window.grab()
        assert label_problems([window]) == [], text[:60]
        row = view.model.row_of(view.current_slug())
        tip = view.model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)
        shown = " ".join(view.store.note(view.current_slug()).split())
        if shown:
            assert rendered(tip) == shown
        assert "<img" not in view.plan_job().html.split("<body>", 1)[1]
    assert canary.opened() == []
