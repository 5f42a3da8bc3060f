"""The admin's commands: ``shishya update FILE``, ``restore-content``, ``content``, and
``collect-reports``. Every outcome is one plain line (or nothing with ``--silent``) and an exit
code: 0 done, 1 refused or failed, so a script can install on 30 PCs and see which failed.
"""

from __future__ import annotations

import argparse
import sys

from .. import paths
from ..safe_write import WriteError, write_file
from .errors import PackError
from .pointer import read_pointer
from .store import ContentStore


def store_for(all_users: bool) -> ContentStore:
    if all_users:
        return ContentStore(paths.machine_content_dir(), "machine")
    where, root = next(
        (w, r) for w, r in reversed(paths.content_folders()) if w in ("user", "portable")
    )
    return ContentStore(root, where)


def _say(args: argparse.Namespace, text: str, error: bool = False) -> None:
    if args.log is not None:
        try:
            previous = args.log.read_text(encoding="utf-8") if args.log.is_file() else ""
            write_file(args.log, (previous + text + "\n").encode("utf-8"))
        except (OSError, UnicodeError, WriteError):
            pass
    if args.silent:
        return
    stream = sys.stderr if error else sys.stdout
    if stream is not None:  # a windowed Windows build has no console
        print(text, file=stream)


def run(args: argparse.Namespace) -> int:
    if args.command == "collect-reports":
        from ..reports import collect_command

        return collect_command(args.folder, args.out)
    if args.command == "content":
        return show_content()
    store = store_for(args.all_users)
    try:
        if args.command == "update":
            installed = store.install(args.file)
            _say(
                args,
                f"shishya update: installed content {installed.version} of {installed.date} "
                f"(serial {installed.serial}) in {store.root}; Shishya opens it from its next "
                "start.",
            )
        else:
            pointer = store.restore_previous()
            now = pointer.current.version if pointer.current else "the bundled content"
            _say(args, f"shishya restore-content: now using {now} ({store.root}).")
    except PackError as error:
        _say(args, f"shishya {args.command}: {error}", error=True)
        if error.details:
            _say(args, "  " + error.details.replace("\n", "\n  "), error=True)
        return 1
    return 0


def show_content() -> int:
    from ..app import _Opening, content_choices

    opening = _Opening(content_choices(None))
    opening.join()
    if opening.catalog is not None:
        info = opening.catalog.info()
        opening.catalog.close()
        print(f"In use: content {info.version} of {info.date} ({opening.path})")
    else:
        print(f"In use: none can be opened ({opening.error})")
    for where, root in paths.content_folders():
        try:
            pointer = read_pointer(root)
        except ValueError as error:
            print(f"{where}: {root}: damaged pointer ({error})")
            continue
        for label, entry in (("current", pointer.current), ("previous", pointer.previous)):
            text = (
                f"{entry.version} (serial {entry.serial}, since {entry.since})"
                if entry
                else "bundled"
            )
            print(f"{where} {label}: {text}  [{root}]")
    return 0
