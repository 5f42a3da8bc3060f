"""Self-test reports as small JSON files, and one table of which PCs of a lab pass.

``shishya --self-test --report \\\\server\\share\\reports\\%COMPUTERNAME%.json`` on each PC, then
``shishya collect-reports \\\\server\\share\\reports`` on one: a line per PC (name, app and
content versions, PASS or FAIL and the failed checks). A file that is not a report is listed
as unreadable, never a traceback.
"""

from __future__ import annotations

import csv
import io
import json
import os
import sys
from datetime import UTC, datetime
from pathlib import Path

from . import __version__

REPORT_FORMAT = 1


def pc_name() -> str:
    if sys.platform == "win32":
        return os.environ.get("COMPUTERNAME", "") or "unknown"
    try:
        return os.uname().nodename or "unknown"
    except AttributeError:
        return "unknown"


def make_report(checks: list[dict[str, object]], database: Path, info: object) -> bytes:
    failed = [check["name"] for check in checks if check["result"] != "PASS"]
    report = {
        "format": REPORT_FORMAT,
        "pc": pc_name(),
        "time": datetime.now(UTC).isoformat(timespec="seconds"),
        "app_version": __version__,
        "content_version": getattr(info, "version", None),
        "content_date": getattr(info, "date", None),
        "database": str(database),
        "result": "FAIL" if failed else "PASS",
        "failed": failed,
        "checks": checks,
    }
    return (json.dumps(report, indent=1, ensure_ascii=False) + "\n").encode("utf-8")


COLUMNS = ("pc", "result", "app_version", "content_version", "failed", "time", "file")


def collect(folder: Path) -> list[dict[str, str]]:
    """One row per ``*.json`` file in ``folder``, failing PCs first, then by name."""
    rows = []
    for path in sorted(folder.glob("*.json")):
        row = {column: "" for column in COLUMNS} | {"file": path.name}
        try:
            report = json.loads(path.read_text(encoding="utf-8"))
            if not isinstance(report, dict) or report.get("format") != REPORT_FORMAT:
                raise ValueError("not a Shishya self-test report")
            row |= {
                "pc": str(report.get("pc", "")),
                "result": "PASS" if report.get("result") == "PASS" else "FAIL",
                "app_version": str(report.get("app_version", "")),
                "content_version": str(report.get("content_version") or ""),
                "failed": ", ".join(str(name) for name in report.get("failed", [])),
                "time": str(report.get("time", "")),
            }
        except (OSError, UnicodeError, ValueError, TypeError) as error:
            row |= {"pc": path.stem, "result": "UNREADABLE", "failed": str(error)[:80]}
        rows.append(row)
    rows.sort(key=lambda row: (row["result"] == "PASS", row["pc"].lower()))
    return rows


def table(rows: list[dict[str, str]]) -> str:
    widths = {c: max([len(c), *(len(row[c]) for row in rows)]) for c in COLUMNS}
    lines = ["  ".join(c.upper().ljust(widths[c]) for c in COLUMNS).rstrip()]
    lines += ["  ".join(row[c].ljust(widths[c]) for c in COLUMNS).rstrip() for row in rows]
    passed = sum(row["result"] == "PASS" for row in rows)
    lines.append(f"{passed} of {len(rows)} PCs pass")
    return "\n".join(lines) + "\n"


def collect_command(folder: Path, out: Path | None) -> int:
    """Print the table (and write it as CSV to ``out``); exit 0 only when every PC passes."""
    from .safe_write import WriteError, write_file

    if not folder.is_dir():
        print(f"shishya collect-reports: {folder} is not a folder", file=sys.stderr)
        return 2
    rows = collect(folder)
    if sys.stdout is not None:
        sys.stdout.write(table(rows))
    if out is not None:
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
        try:
            write_file(out, buffer.getvalue().encode("utf-8"))
        except WriteError as error:
            print(f"shishya collect-reports: {error}", file=sys.stderr)
            return 2
    return 0 if rows and all(row["result"] == "PASS" for row in rows) else 1
