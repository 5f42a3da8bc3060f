"""The interface translations: extract, compile and check them (Qt Linguist's tools).

    .venv/bin/python scripts/i18n.py update  # pyside6-lupdate: the .py files -> translations/*.ts
    .venv/bin/python scripts/i18n.py build   # pyside6-lrelease: the .ts -> resources/translations/
    .venv/bin/python scripts/i18n.py check   # exit 1 when a .qm is not what its .ts builds to

Translate the entries with Qt Linguist (``pyside6-linguist translations/shishya_hi.ts``) or any
editor, then ``build`` and commit the .ts together with the .qm (the app and the bundle load
the .qm; ``tests/ui/test_translations.py`` fails on an unfinished, missing or stale entry).
"""

from __future__ import annotations

import argparse
import filecmp
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "shishya_desktop"
TS_DIR = ROOT / "translations"
QM_DIR = ROOT / "resources" / "translations"
LANGUAGES = {"hi": "hi_IN", "en": "en"}
# English needs only its counts ("1 career", "2 careers"): the source texts are English.
PLURAL_ONLY = {"en"}


def tool(name: str) -> str:
    """``pyside6-lupdate`` / ``pyside6-lrelease`` beside this Python, else on PATH."""
    beside = Path(sys.executable).parent / f"pyside6-{name}"
    for candidate in (beside, beside.with_suffix(".exe")):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(f"pyside6-{name}")
    if found is None:
        raise SystemExit(f"pyside6-{name} not found: install PySide6 (scripts/setup.sh)")
    return found


def sources() -> list[Path]:
    """Every module of the package (the data layer has no interface strings, but is read too)."""
    return sorted(p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)


def ts_file(code: str) -> Path:
    return TS_DIR / f"shishya_{code}.ts"


def qm_file(code: str) -> Path:
    return QM_DIR / f"shishya_{code}.qm"


def lupdate(ts: Path, code: str, *, drop_obsolete: bool = False, quiet: bool = False) -> None:
    """Merge the strings of the sources into ``ts`` (new ones unfinished)."""
    with tempfile.NamedTemporaryFile("w", suffix=".lst", delete=False, encoding="utf-8") as lst:
        lst.write("\n".join(str(p) for p in sources()))
    command = [
        tool("lupdate"),
        f"@{lst.name}",
        "-locations",
        "none",
        "-source-language",
        "en",
        "-target-language",
        LANGUAGES[code],
        "-ts",
        str(ts),
    ]
    if drop_obsolete:
        command.insert(2, "-no-obsolete")
    if code in PLURAL_ONLY:
        command.insert(2, "-pluralonly")
    if quiet:
        command.insert(2, "-silent")
    try:
        subprocess.run(command, check=True)
    finally:
        Path(lst.name).unlink(missing_ok=True)


def lrelease(ts: Path, qm: Path) -> None:
    qm.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=("update", "build", "check"))
    parser.add_argument(
        "--drop-obsolete", action="store_true", help="update: remove entries no source uses"
    )
    args = parser.parse_args(argv)
    if args.command == "update":
        TS_DIR.mkdir(exist_ok=True)
        for code in LANGUAGES:
            lupdate(ts_file(code), code, drop_obsolete=args.drop_obsolete)
        return 0
    if args.command == "build":
        for code in LANGUAGES:
            lrelease(ts_file(code), qm_file(code))
        return 0
    stale = []
    with tempfile.TemporaryDirectory() as folder:
        for code in LANGUAGES:
            fresh = Path(folder) / qm_file(code).name
            lrelease(ts_file(code), fresh)
            if not qm_file(code).exists() or not filecmp.cmp(fresh, qm_file(code), shallow=False):
                stale.append(qm_file(code))
    for path in stale:
        print(f"{path.relative_to(ROOT)} is not what its .ts builds to: run scripts/i18n.py build")
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())
