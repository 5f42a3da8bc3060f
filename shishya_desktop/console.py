"""Console output that works on any console encoding (a Windows redirect is often cp1252).

Devanagari, ₹ and en dashes are written as UTF-8 when output goes to a file or a pipe, and
replaced by ``?`` on a terminal that cannot show them, instead of ending in UnicodeEncodeError.
"""

from __future__ import annotations

import sys


def make_output_safe() -> None:
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is None:  # None (a windowed build) or a stream someone replaced
            continue
        encoding = (getattr(stream, "encoding", "") or "").lower().replace("-", "")
        if encoding == "utf8":
            continue
        if stream.isatty():
            reconfigure(errors="replace")
        else:
            reconfigure(encoding="utf-8", errors="replace")
