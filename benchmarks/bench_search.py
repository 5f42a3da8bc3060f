"""Search speed and size, printed as JSON. Numbers, not pass/fail.

For the bundled database and a generated 10,000-career one: keystroke → list updated in the
Explore view (ms, median and p95, every keystroke of each word typed letter by letter) for
correct words, misspelled words and exam names, and the catalogue's own search time for the
same. Also the database size, the size of the tables search added, and the size without them.
Targets at 10,000 careers: median ≤ 5 ms, p95 ≤ 16 ms.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_search.py [--careers N]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

from bench_app import generated_database, summary

KINDS = {
    "correct": ("engineer", "doctor", "teacher", "pilot", "physiotherapist", "chartered", "police"),
    "misspelled": ("enginer", "docter", "techer", "pilat", "fisiotherapist", "charterd", "polise"),
    "exam": ("neet", "jee main", "clat", "ugc net", "cds", "nift", "gate"),
}
# What issue 10 added to the database (everything else was there before).
SEARCH_TABLES = (
    "spell_words",
    "spell_deletes",
    "exams_fts",
    "exam_search",
    "exam_names",
    "needs",
    "need_words",
    "need_careers",
)


def table_sizes(db: Path) -> dict[str, int]:
    connection = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
    try:
        rows = connection.execute(
            "SELECT name, tbl_name FROM sqlite_schema WHERE type IN ('table', 'index')"
        ).fetchall()
        owner = {name: table for name, table in rows}
        sizes: dict[str, int] = {}
        for name, size in connection.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name"):
            table = owner.get(name, name)
            for prefix in ("exams_fts", "careers_fts"):
                if table.startswith(prefix):
                    table = prefix
            sizes[table] = sizes.get(table, 0) + size
        return sizes
    finally:
        connection.close()


def size_without_search(db: Path, folder: Path) -> int:
    copy = folder / "without-search.db"
    shutil.copy(db, copy)
    connection = sqlite3.connect(copy, isolation_level=None)
    for table in SEARCH_TABLES:
        connection.execute(f"DROP TABLE IF EXISTS {table}")
    connection.execute("VACUUM")
    connection.close()
    return copy.stat().st_size


def sizes(db: Path, folder: Path) -> dict[str, object]:
    per_table = table_sizes(db)
    added = {name: per_table.get(name, 0) for name in SEARCH_TABLES}
    return {
        "file_kib": round(db.stat().st_size / 1024),
        "without_search_tables_kib": round(size_without_search(db, folder) / 1024),
        "search_tables_kib": {name: round(size / 1024) for name, size in added.items()},
        "search_tables_total_kib": round(sum(added.values()) / 1024),
    }


def keystrokes(db: Path) -> dict[str, object]:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from shishya_desktop.catalog import Catalog
    from shishya_desktop.ui.explore.explore_view import ExploreView

    result: dict[str, object] = {}
    with Catalog.open(db) as catalog:
        view = ExploreView(catalog)
        view.resize(1280, 760)
        view.show()
        QTest.keyClicks(view.search, "warm up")
        QTest.keyClick(view.search, Qt.Key.Key_Escape)
        for kind, words in KINDS.items():
            window_ms: list[float] = []
            engine_ms: list[float] = []
            for word in words:
                view.search.clear()
                for letter in word:
                    started = time.perf_counter()
                    QTest.keyClick(view.search, letter)
                    window_ms.append((time.perf_counter() - started) * 1000)
                for end in range(1, len(word) + 1):
                    started = time.perf_counter()
                    catalog.search_careers(word[:end])
                    engine_ms.append((time.perf_counter() - started) * 1000)
                QTest.keyClick(view.search, Qt.Key.Key_Escape)
            result[kind] = {
                "keystroke_to_list": summary(window_ms),
                "search_only": summary(engine_ms),
            }
        result["careers"] = catalog.info().careers
        view.close()
        view.deleteLater()
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--careers", type=int, default=10_000, help="size of the generated db")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("SHISHYA_HOME", tempfile.mkdtemp(prefix="shishya-bench-"))

    from shishya_desktop import paths
    from shishya_desktop.app import create_application

    create_application(sys.argv[:1])
    bundled = paths.database_path()
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        started = time.perf_counter()
        big = generated_database(folder, args.careers)
        build_s = time.perf_counter() - started
        results = {
            "machine": {"cpus": os.cpu_count(), "python": sys.version.split()[0]},
            "bundled": {"size": sizes(bundled, folder), **keystrokes(bundled)},
            "generated": {
                "build_s": round(build_s, 1),
                "size": sizes(big, folder),
                **keystrokes(big),
            },
        }
    print(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
