"""Hostile text and a file-open alarm: canary files whose every open is seen through inotify.

Markup in a label or tooltip makes Qt load the files it names (``<img src=…>``). The hostile
strings name canary files in a private folder as well as the famous ones (/etc/passwd,
/dev/zero); inotify reports any open or read of a canary, whoever does it in this process.
Linux only; elsewhere ``CanaryFolder`` is skipped.
"""

from __future__ import annotations

import ctypes
import os
import struct
import sys
from pathlib import Path

import pytest

IN_ACCESS = 0x001
IN_OPEN = 0x020
IN_NONBLOCK = os.O_NONBLOCK
NAMES = ("img.png", "link.html", "style.css", "quote.png", "plain.txt")


class CanaryFolder:
    """A folder of canary files; ``opened()`` lists the ones anything opened or read."""

    def __init__(self, folder: Path):
        if not sys.platform.startswith("linux"):
            pytest.skip("inotify is Linux only")
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)
        for name in NAMES:
            (folder / name).write_bytes(b"\x89PNG canary")
        self._libc = ctypes.CDLL(None, use_errno=True)
        self._fd = self._libc.inotify_init1(IN_NONBLOCK)
        if self._fd < 0:
            pytest.skip("inotify is not available")
        watch = self._libc.inotify_add_watch(self._fd, os.fsencode(folder), IN_OPEN | IN_ACCESS)
        if watch < 0:
            pytest.skip("inotify watch refused")

    def path(self, name: str) -> str:
        return str(self.folder / name)

    def opened(self) -> list[str]:
        names: list[str] = []
        while True:
            try:
                data = os.read(self._fd, 65536)
            except BlockingIOError:
                return names
            offset = 0
            while offset < len(data):
                _wd, _mask, _cookie, length = struct.unpack_from("iIII", data, offset)
                raw = data[offset + 16 : offset + 16 + length].rstrip(b"\0")
                names.append(os.fsdecode(raw) or "(the folder itself)")
                offset += 16 + length

    def close(self) -> None:
        os.close(self._fd)


def hostile_strings(canary: CanaryFolder) -> list[str]:
    """What a curious student types: markup, entities, huge, control, RTL and broken text."""
    img, link, css, quote, plain = (canary.path(name) for name in NAMES)
    payloads = [
        '<img src="/etc/passwd">',
        "<img src=/dev/zero>",
        "<a href=file:///etc/passwd>x</a>",
        f'<img src="{img}">',
        f"<img src=file://{img}>",
        f"<a href=file://{link}>click</a>",
        f'<link rel="stylesheet" href="{css}"><b>x</b>',
        f'<table background="{quote}"><tr><td>x</td></tr></table>',
        f"<qt><img src='{plain}' width=9999 height=9999></qt>",
        f'<p style="background-image:url({img})">x</p>',
        "<b>bold</b> <i>italic</i> <u>u</u>",
        "&lt;b&gt;not bold&lt;/b&gt;",
        "&amp;&nbsp;&#60;&#x3c;",
        "<!DOCTYPE html><html><body>x</body></html>",
        "<?xml version='1.0'?><qt>x</qt>",
        "<script>alert(1)</script>",
        "x" * 5000,
        "doctor " * 700,
        "\x00nul\x00inside",
        "\x01\x02\x07\x08\x1b[31mred\x1b[0m\x7f",
        "\u202eevil\u202c \u200f\u200e\u2066rtl\u2069",
        "\ud800 lone \udfff surrogates",
        "tab\tnew\nline\rcarriage",
        "\ufeff\ufffe\uffff",
        "डॉक्टर <b>डॉक्टर</b>",
    ]
    prefixed = [f"doctor {text}" for text in payloads[:12]]
    return payloads + prefixed
