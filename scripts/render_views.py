"""Render every main view of the real window to PNG files, for people to look at.

Run it through scripts/screenshots.sh, which starts a virtual X server (Xvfb) so the pictures
come from the same platform plugin a student's desktop uses. Output: screenshots/*.png.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

SIZES = ((1366, 768), (1024, 600))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("screenshots"))
    parser.add_argument("--career", default="physiotherapist")
    parser.add_argument("--exam", default="neet-ug")
    parser.add_argument("--db", type=Path, default=None)
    parser.add_argument(
        "--sizes",
        default=",".join(f"{w}x{h}" for w, h in SIZES),
        help="window sizes in logical pixels (with QT_SCALE_FACTOR=1.5, 1280x720 is 1920x1080)",
    )
    parser.add_argument("--palette", default="light", help="light, dark or high-contrast")
    parser.add_argument("--text-size", type=int, default=100, help="100, 125, 150 or 200")
    parser.add_argument("--prefix", default="", help="put before every file name")
    parser.add_argument("--language", default="en", help="en or hi (हिन्दी)")
    parser.add_argument(
        "--main-only",
        action="store_true",
        help="only the main views (start, career, filters, "
        "exam, compare, completer, help), for the sizes × palettes matrix",
    )
    args = parser.parse_args()
    sizes = [tuple(int(n) for n in size.split("x")) for size in args.sizes.split(",")]
    os.environ.setdefault("SHISHYA_HOME", tempfile.mkdtemp(prefix="shishya-shots-"))

    from shishya_desktop import paths
    from shishya_desktop.app import create_application, make_settings
    from shishya_desktop.catalog import Catalog
    from shishya_desktop.ui.main_window import COMPARE, EXAMS, EXPLORE, MainWindow

    settings = make_settings()
    settings.setValue("view/palette", args.palette)
    settings.setValue("view/text_size", args.text_size)
    settings.setValue("view/language", args.language)
    settings.sync()
    app = create_application(sys.argv[:1])
    catalog = Catalog.open(args.db or paths.database_path())
    args.out.mkdir(parents=True, exist_ok=True)
    written = []

    def settle() -> None:
        for _ in range(5):
            app.processEvents()

    for width, height in sizes:
        window = MainWindow(catalog, make_settings())
        window.resize(width, height)
        window.show()
        settle()

        def shot(
            name: str, window: MainWindow = window, width: int = width, height: int = height
        ) -> None:
            settle()
            path = args.out / f"{args.prefix}{width}x{height}-{name}.png"
            window.grab().save(str(path))
            written.append(path)

        window.sections.setCurrentIndex(EXPLORE)
        shot("01-explore-start")
        window.explore.search.setText("engi")
        shot("02-explore-search")
        window.explore.page.open_career(args.career)
        browser = window.explore.page.browser
        bar = browser.verticalScrollBar()
        for step in range(5):
            bar.setValue(bar.maximum() * step // 4)
            shot(f"03-career-{step}")
        if args.main_only:
            main_views(window, shot, args)
            window.close()
            continue
        window.explore.search.setText("zzqx astronaut")
        shot("04-explore-empty")
        window.explore.clear_all()
        window.explore.category.setCurrentIndex(window.explore.category.findData("skilled-trades"))
        window.explore.sort.setCurrentIndex(2)
        shot("05-explore-filtered")
        window.explore.clear_all()
        window.sections.setCurrentIndex(EXAMS)
        window.exams.open_exam(args.exam)
        shot("06-exam")
        window.sections.setCurrentIndex(COMPARE)
        shot("07-compare-empty")
        for slug in ("doctor-mbbs", "pharmacist", args.career):
            window.add_to_compare(slug)
        shot("08-compare")
        table = window.compare.table.verticalScrollBar()
        table.setValue(table.maximum() // 2)
        shot("09-compare-scrolled")
        window.compare.differences.setChecked(True)
        table.setValue(0)
        shot("10-compare-differences")
        window.compare.clear()
        # Search that understands students: a correction, an applied need, an exam name,
        # nothing at all, and the Exams section's own search.
        window.sections.setCurrentIndex(EXPLORE)
        window.explore.sort.setCurrentIndex(0)
        for name, text in (
            ("11-search-corrected", "enginer"),
            ("12-search-need-filter", "no maths"),
            ("13-search-exam", "neet"),
            ("14-search-hindi", "vakeel"),
            ("15-search-partial", "commercial pilot training"),
            ("16-search-nothing", "hotlmanagment"),
        ):
            window.explore.clear_all()
            window.explore.search.setText(text)
            shot(name)
        window.explore.clear_all()
        window.sections.setCurrentIndex(EXAMS)
        for name, text in (("17-exams-search", "jee mains"), ("18-exams-empty", "zzqxw")):
            window.exams.search.setText(text)
            shot(name)
        window.exams.search.clear()
        # The interest quiz: start, a question, a result, a flat result, and its print.
        window.show_quiz()
        quiz = window.quiz
        shot("19-quiz-start")
        quiz.start(short=True)
        quiz.answer(4)
        shot("20-quiz-question")
        liked = {"R": 5, "I": 4, "A": 1, "S": 2, "E": 1, "C": 3}
        while quiz.stack.currentIndex() == 1:
            quiz.answer(liked[quiz._items[quiz._position].type])
        shot("21-quiz-result")
        scroll = quiz.stack.currentWidget().verticalScrollBar()
        scroll.setValue(scroll.maximum())
        shot("22-quiz-result-scrolled")
        from shishya_desktop.ui.common.printing import export_pdf

        pdf = args.out / f"{args.prefix}{width}-23-quiz-print.pdf"
        export_pdf(quiz.print_job(), pdf)
        written.append(pdf)
        quiz.start(short=True)
        while quiz.stack.currentIndex() == 1:
            quiz.answer(4)
        shot("24-quiz-flat")
        quiz.reset()
        window.close()

        # The Content menu, its About box and the status bar with an installed update.
        from PySide6.QtWidgets import QMessageBox

        from shishya_desktop.packs.pointer import Installed, InUse

        entry = Installed("9-2026.12.1", "2026.12.1", "2026-12-01", 9, "2026-12-02T09:30:00+00:00")
        in_use = InUse(catalog.path, "machine", entry)
        window = MainWindow(catalog, make_settings(), in_use=in_use)
        window.resize(width, height)
        window.show()
        settle()
        menu = window.menuBar().actions()[0].menu()
        menu.popup(window.mapToGlobal(window.menuBar().geometry().bottomLeft()))
        settle()
        shot("11-content-status", window)
        path = args.out / f"{args.prefix}{width}-12-content-menu.png"
        menu.grab().save(str(path))
        written.append(path)
        menu.hide()
        window.content_menu.about()
        settle()
        for box in window.findChildren(QMessageBox):
            path = args.out / f"{args.prefix}{width}-13-content-about.png"
            box.grab().save(str(path))
            written.append(path)
            box.done(0)
        window.close()
    catalog.close()
    for path in written:
        print(path)
    return 0


def main_views(window, shot, args) -> None:  # type: ignore[no-untyped-def]
    """The views the size × palette matrix shows: each section, a pop-up, a menu, help."""
    from PySide6.QtWidgets import QApplication

    from shishya_desktop.ui.main_window import COMPARE, EXAMS, EXPLORE

    def settle() -> None:
        for _ in range(5):
            QApplication.processEvents()

    window.explore.search.setText("Commercial pilot")
    window.explore.stream.setCurrentIndex(2)
    shot("05-explore-filtered")
    window.explore.clear_all()
    window.sections.setCurrentIndex(EXAMS)
    window.exams.open_exam(args.exam)
    shot("06-exam")
    window.sections.setCurrentIndex(COMPARE)
    for slug in ("doctor-mbbs", "nurse", args.career):
        window.add_to_compare(slug)
    shot("08-compare")
    box = window.compare.add_box
    box.setFocus()
    box.setText("eng")
    box.completer().complete()
    settle()
    popup = box.completer().popup()
    popup.grab().save(str(args.out / f"{args.prefix}popup-completer.png"))
    popup.hide()
    window.compare.clear()
    window.sections.setCurrentIndex(EXPLORE)
    window.show_help("help")
    settle()
    help_dialog = window._help
    if help_dialog is not None:
        help_dialog.grab().save(str(args.out / f"{args.prefix}help.png"))
        help_dialog.show_topic("credits")
        settle()
        help_dialog.grab().save(str(args.out / f"{args.prefix}credits.png"))
        help_dialog.close()
    menu = window.menuBar().actions()[1].menu()
    menu.popup(window.mapToGlobal(window.rect().topLeft()))
    settle()
    menu.grab().save(str(args.out / f"{args.prefix}menu-view.png"))
    menu.hide()


if __name__ == "__main__":
    sys.exit(main())
