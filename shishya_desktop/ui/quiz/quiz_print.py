"""The quiz result on one A4 page: scores, code, what the letters mean, suggested careers."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...catalog.records import ContentInfo
from ...guide import interests
from ...guide.interests import LETTERS, Profile, Suggestions
from ..common.printing import PrintJob, _document
from ..common.render import esc

PRINT_EACH = 5  # careers per group on paper, to stay on one page

translate = QCoreApplication.translate


def tr(text: str) -> str:
    """A string marked elsewhere (``QT_TRANSLATE_NOOP``), translated now."""
    return QCoreApplication.translate("Quiz", text)


def _bar(percent: int) -> str:
    """A bar as a two-cell table (QTextDocument honours cell widths, not nested table widths)."""
    filled = max(percent, 1)
    empty = f"<td width='{100 - filled}%' bgcolor='#e5e7eb'></td>" if filled < 100 else ""
    return (
        "<table width='100%' cellspacing='0' cellpadding='0'><tr>"
        f"<td width='{filled}%' bgcolor='#3b6ea5' height='10'></td>{empty}</tr></table>"
    )


def result_html(profile: Profile, found: Suggestions, honesty: str, flat_text: str) -> str:
    rows = "".join(
        f"<tr><td width='26%'>{esc(tr(interests.NAMES[x]))} ({x})</td>"
        f"<td width='66%'>{_bar(profile.percent(x))}</td>"
        f"<td width='8%' align='right'>{profile.percent(x)}</td></tr>"
        for x in LETTERS
    )
    heading = esc(translate("Quiz", "What do I enjoy? My result"))
    parts = [
        f"<h1>{heading}</h1>",
        f"<p class='muted'>{esc(honesty)}</p>",
        f"<table width='100%' cellspacing='2' cellpadding='2'>{rows}</table>",
    ]
    if profile.flat:
        parts.append(f"<p><b>{esc(flat_text)}</b></p>")
    else:
        code = esc(translate("Quiz", "My code: %1").replace("%1", profile.code))
        parts.append(f"<h2>{code}</h2>")
        meanings = "".join(
            f"<li>{esc(tr(interests.MEANINGS[x]))}</li>" for g in profile.code_groups for x in g
        )
        parts.append(f"<ul>{meanings}</ul>")
        for heading, matches in (
            (translate("Quiz", "Strong fit"), found.strong),
            (translate("Quiz", "Also worth a look"), found.also),
        ):
            if not matches:
                continue
            items = "".join(
                f"<li><b>{esc(m.career.title)}</b> ({esc(m.code)}): {esc(m.why)}</li>"
                for m in matches[:PRINT_EACH]
            )
            parts.append(f"<h2>{esc(heading)}</h2><ul>{items}</ul>")
    return "".join(parts)


def result_job(
    profile: Profile, found: Suggestions, info: ContentInfo, honesty: str, flat_text: str
) -> PrintJob:
    header = translate("Quiz", "Shishya career guide · interest quiz · content %1").replace(
        "%1", info.version
    )
    return PrintJob(
        title=translate("Quiz", "What do I enjoy - my result"),
        html=_document(lambda: result_html(profile, found, honesty, flat_text)),
        landscape=False,
        header=header,
        file_name="What do I enjoy - my result",
    )
