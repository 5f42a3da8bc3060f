"""Help, keyboard shortcuts, credits and About: short offline pages in one dialog.

Every string is ours and goes through Qt's translate(); each paragraph is escaped (``esc``)
before it is laid out, so no content or user text is ever read as markup here.
"""

from __future__ import annotations

import sys
from html import escape as esc

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, QEvent, Qt, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from ... import __version__
from ...catalog.records import ContentInfo
from . import i18n

HELP, SHORTCUTS, CREDITS, ABOUT = "help", "shortcuts", "credits", "about"

translate = QCoreApplication.translate


def shortcuts() -> list[tuple[str, str]]:
    return [
        ("Ctrl+F", translate("Help", "Go to the search box")),
        (
            "Ctrl+1 … Ctrl+5",
            translate(
                "Help", "Explore careers / Exams / Compare / My careers / What do I enjoy? (quiz)"
            ),
        ),
        ("Ctrl+D", translate("Help", "Save the career to My careers, or remove it")),
        (
            "↓, Enter",
            translate("Help", "Move from the search box into the list; open the chosen career"),
        ),
        ("Ctrl+Enter", translate("Help", "Add the chosen career to Compare")),
        ("Alt+← / Alt+→", translate("Help", "Back / forward between pages")),
        (
            "Ctrl+P",
            translate("Help", "Print the current career page or comparison (with a preview)"),
        ),
        (
            "Ctrl+Shift+E",
            translate("Help", "Export the current career page or comparison as a PDF"),
        ),
        (
            "Ctrl+= / Ctrl+− / Ctrl+0",
            translate("Help", "Larger text / smaller text / normal text size"),
        ),
        ("Tab / Shift+Tab", translate("Help", "Move between controls")),
        ("F1", translate("Help", "This help")),
        ("Esc", translate("Help", "Clear the search box; close a dialog")),
    ]


def _section(title: str, paragraphs: list[str]) -> str:
    return f"<h2>{esc(title)}</h2>" + "".join(f"<p>{esc(p)}</p>" for p in paragraphs)


def help_html() -> str:
    heading = esc(translate("Help", "Using Shishya"))
    return (
        f"<h1>{heading}</h1>"
        + _section(
            translate("Help", "Search"),
            [
                translate(
                    "Help",
                    "Type any name people use for a career in the search box: doctor, CA, vakil, "
                    "डॉक्टर. Misspellings and Hindi spellings work. You can also type what you "
                    "want: coding, no maths, after 10th, sarkari naukri.",
                ),
                translate(
                    "Help",
                    "The filters below the box narrow the list: category, stream after 10th, "
                    "education, fresher pay, sector, subjects in class 11–12, low-cost route and "
                    "demand. Clear filters puts everything back.",
                ),
            ],
        )
        + _section(
            translate("Help", "Compare"),
            [
                translate(
                    "Help",
                    "On a career page press “Add to compare”, or type a name in the Compare tab. "
                    "Two to four careers are shown side by side. The Compare tab shows how many "
                    "careers are in it.",
                ),
            ],
        )
        + _section(
            translate("Help", "Print and PDF"),
            [
                translate(
                    "Help",
                    "Print… (Ctrl+P) shows a preview of the A4 handout first; print from the "
                    "preview. Export PDF… saves the same handout as a file in your Documents "
                    "folder and offers to open that folder.",
                ),
            ],
        )
        + _section(
            translate("Help", "What the salary bands mean"),
            [
                translate(
                    "Help",
                    "Pay is shown in ₹ lakh per year (LPA). 1 lakh is ₹1,00,000, so 6 LPA is about "
                    "₹50,000 a month before tax (6,00,000 ÷ 12). Fresher means the first year or "
                    "two; senior means about 10 or more years of work.",
                ),
                translate(
                    "Help",
                    "The bands are typical ranges, not promises: real pay depends on the city, the "
                    "employer and the work.",
                ),
            ],
        )
        + _section(
            translate("Help", "Text size and colours"),
            [
                translate(
                    "Help",
                    "View → Text size makes everything larger (Ctrl+=) or smaller (Ctrl+−); Ctrl+0 "
                    "goes back to normal. View → Colours chooses light, dark or high contrast; "
                    "“Follow the system” uses what the computer is set to. Both are remembered.",
                ),
            ],
        )
    )


def shortcuts_html() -> str:
    rows = "".join(
        f"<tr><td><b>{esc(key)}</b></td><td>{esc(what)}</td></tr>" for key, what in shortcuts()
    )
    heading = esc(translate("Help", "Keyboard shortcuts"))
    return f'<h1>{heading}</h1><table cellpadding="4" cellspacing="0">{rows}</table>'


def credits() -> list[tuple[str, str, str]]:
    """(what, used for, licence) for every bundled font, library and data source."""
    return [
        (
            "Noto Sans, Noto Sans Devanagari",
            translate("Help", "Fonts (Latin, ₹ and Devanagari)"),
            translate("Help", "SIL Open Font License 1.1 (resources/fonts/OFL.txt)"),
        ),
        (
            "Qt " + qVersion(),
            translate("Help", "Window, printing and PDF"),
            translate("Help", "GNU LGPL version 3"),
        ),
        (
            "PySide6 / Shiboken6 " + pyside_version,
            translate("Help", "Qt for Python"),
            translate("Help", "GNU LGPL version 3"),
        ),
        (
            "Python " + sys.version.split()[0],
            translate("Help", "Programming language and runtime"),
            translate("Help", "Python Software Foundation License"),
        ),
        ("SQLite", translate("Help", "The content database"), translate("Help", "Public domain")),
        (
            "sqlite-utils",
            translate("Help", "Builds the content database (not used by the window)"),
            translate("Help", "Apache License 2.0"),
        ),
        (
            translate(
                "Help",
                "Official notices of exam bodies and regulators (NTA, NMC, AICTE, UGC, UPSC, …)",
            ),
            translate(
                "Help", "Eligibility, exams and routes; each fact names its source on the page"
            ),
            translate("Help", "Public government information, cited; not copied"),
        ),
        (
            translate("Help", "ISCO-08 occupation codes (International Labour Organization)"),
            translate("Help", "Grouping careers"),
            translate("Help", "Codes cited as references"),
        ),
        (
            translate("Help", "Career descriptions, salary bands and quotes"),
            translate("Help", "Written for Shishya"),
            translate("Help", "Part of Shishya; quotes only from well-documented authors"),
        ),
    ]


def credits_html() -> str:
    rows = "".join(
        f"<tr><td><b>{esc(what)}</b></td><td>{esc(use)}</td><td>{esc(licence)}</td></tr>"
        for what, use, licence in credits()
    )
    head = "".join(
        f"<th align='left'>{esc(t)}</th>"
        for t in (
            translate("Help", "What"),
            translate("Help", "Used for"),
            translate("Help", "Licence"),
        )
    )
    heading = esc(translate("Help", "Credits and licences"))
    return f'<h1>{heading}</h1><table cellpadding="4" cellspacing="0"><tr>{head}</tr>{rows}</table>'


def about_html(info: ContentInfo | None) -> str:
    lines = [
        translate(
            "Help", "Shishya %1: an offline career guide for Indian school students."
        ).replace("%1", __version__)
    ]
    if info is not None:
        lines.append(
            translate("Help", "Content %1, released %2: %3 careers and %4 exams.")
            .replace("%1", info.version)
            .replace("%2", info.date)
            .replace("%3", str(info.careers))
            .replace("%4", str(info.exams))
        )
    lines.append(
        translate("Help", "Qt %1, PySide6 %2, Python %3.")
        .replace("%1", qVersion())
        .replace("%2", pyside_version)
        .replace("%3", sys.version.split()[0])
    )
    lines.append(
        translate("Help", "Works without the internet: it never opens a network connection.")
    )
    return _section(translate("Help", "About Shishya"), lines)


class HelpDialog(QDialog):
    """One non-modal window for help, shortcuts, credits and About."""

    def __init__(self, parent: QWidget | None, info: ContentInfo | None):
        super().__init__(parent)
        self._info = info
        self._topic = HELP
        self.resize(640, 520)
        self.browser = QTextBrowser()
        self.browser.setObjectName("help")
        self.browser.setOpenLinks(False)
        self.browser.setAccessibleName(translate("Help", "Help text"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)

    def changeEvent(self, event: QEvent) -> None:
        # The Close button retranslates itself (Qt's own standard button).
        i18n.on_language_change(event, lambda: self._show(self._topic))
        super().changeEvent(event)

    def show_topic(self, topic: str) -> None:
        self._show(topic)
        self.show()
        self.raise_()
        self.browser.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show(self, topic: str) -> None:
        self._topic = topic
        self.browser.setAccessibleName(translate("Help", "Help text"))
        title, build = {
            HELP: (translate("Help", "Help"), help_html),
            SHORTCUTS: (translate("Help", "Keyboard shortcuts"), shortcuts_html),
            CREDITS: (translate("Help", "Credits and licences"), credits_html),
            ABOUT: (translate("Help", "About Shishya"), lambda: about_html(self._info)),
        }[topic]
        self.setWindowTitle(title)
        self.browser.setHtml(build())
        self.browser.setAccessibleDescription(title)
