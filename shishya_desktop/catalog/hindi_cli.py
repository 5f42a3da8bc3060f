"""The ``shishya-data`` commands for Hindi: ``hi-check`` one file, ``hi-stamp`` checked files."""

from __future__ import annotations

import argparse
import sys
import tomllib
from pathlib import Path

from . import hindi
from .hindi_stamp import StampError, stamp_document, stamp_list

# A list file's name and the key of its entries.
LIST_KEYS = {
    "categories.toml": "category",
    "quotes.toml": "quote",
    "quiz.toml": "item",
    "glossary.toml": "term",
    "needs.toml": "need",
}


def _kind_of(path: Path) -> str | None:
    if path.name in LIST_KEYS:
        return LIST_KEYS[path.name]
    if path.parent.name in ("careers", "exams") and path.suffix == ".toml":
        return path.parent.name
    return None


def _check_file(path: Path, kind: str) -> tuple[list[str], dict[str, int]]:
    try:
        doc = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        return [f"cannot be read as TOML: {error}"], {}
    lines: list[str] = []
    states: dict[str, int] = {}
    if kind in ("careers", "exams"):
        english, allowed = hindi.translatable(kind, doc)
        problems, statuses = hindi.check_table(english, doc.get("hi"), allowed)
        lines += [f"{where}: {message}" for where, message in problems]
    else:
        statuses = []
        for number, entry in enumerate(doc.get(kind, []), 1):
            problems, found = hindi.check_entry(kind, entry)
            lines += [f"{kind}[{number}]: {where}: {message}" for where, message in problems]
            statuses += found
    for status in statuses:
        states[status.state] = states.get(status.state, 0) + 1
    return lines, states


def cmd_hi_check(args: argparse.Namespace) -> int:
    failed = 0
    for path in args.files:
        kind = _kind_of(path)
        if kind is None:
            print(f"{path}: not a career, exam or list content file", file=sys.stderr)
            failed += 1
            continue
        lines, states = _check_file(path, kind)
        summary = ", ".join(f"{count} {state}" for state, count in sorted(states.items()))
        print(f"{path}: {'OK' if not lines else f'{len(lines)} problem(s)'} ({summary})")
        for line in lines:
            print(f"  {line}")
        failed += bool(lines)
    return 1 if failed else 0


def cmd_hi_stamp(args: argparse.Namespace) -> int:
    files = args.files or sorted(
        [*args.data.glob("careers/*.toml"), *args.data.glob("exams/*.toml")]
        + [args.data / name for name in LIST_KEYS if (args.data / name).exists()]
    )
    stamped = failed = 0
    for path in files:
        kind = _kind_of(path)
        if kind is None:
            print(f"{path}: not a career, exam or list content file", file=sys.stderr)
            failed += 1
            continue
        try:
            if kind in ("careers", "exams"):
                count = stamp_document(path, kind, refresh=args.refresh)
            else:
                count = stamp_list(path, kind, refresh=args.refresh)
        except (StampError, OSError) as error:
            print(f"{path}: {error}", file=sys.stderr)
            failed += 1
            continue
        if count:
            print(f"{path}: stamped {count}")
        stamped += count
    print(f"Stamped {stamped} translation(s); {failed} file(s) could not be stamped.")
    return 1 if failed else 0


def add_commands(commands: argparse._SubParsersAction) -> None:
    check = commands.add_parser(
        "hi-check", help="check the Hindi of content files (no stamps needed)"
    )
    check.add_argument("files", nargs="+", type=Path, metavar="FILE")
    stamp = commands.add_parser(
        "hi-stamp", help="record which English each checked Hindi translation was made from"
    )
    stamp.add_argument("files", nargs="*", type=Path, metavar="FILE", help="default: all")
    stamp.add_argument(
        "--refresh",
        action="store_true",
        help="also re-stamp stale translations (only after checking them against the new English)",
    )


COMMANDS = {"hi-check": cmd_hi_check, "hi-stamp": cmd_hi_stamp}
