"""Speed and memory of the window, printed as JSON. Numbers, not pass/fail.

Measures, on this machine:
- start to first shown window (ms), Shishya vs a minimal PySide6 window, alternated runs;
- search latency per keystroke (ms, median and p95), from the key event to the list updated,
  on the bundled database and on a generated 10,000-career database;
- opening a career page (ms); peak memory (MiB).

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_app.py [--runs N]
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

from timing import offscreen_env, start

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
WORDS = ("engineer", "doctor", "teacher", "pilot", "physio", "chartered", "police", "design")


def start_ms(kind: str, env: dict[str, str]) -> tuple[float, float]:
    if kind == "app":
        command = [sys.executable, "-m", "shishya_desktop"]
    else:
        command = [sys.executable, str(HERE / "baseline_window.py"), "--self-test"]
    return start(command, env, REPO)


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def summary(values: list[float]) -> dict[str, float]:
    return {
        "median_ms": round(statistics.median(values), 2),
        "p95_ms": round(percentile(values, 0.95), 2),
        "samples": len(values),
    }


def generated_database(folder: Path, count: int) -> Path:
    """A database with ``count`` careers made by varying the real ones (built, not validated)."""
    from shishya_desktop import paths
    from shishya_desktop.catalog.build import build_database
    from shishya_desktop.catalog.sources import read_sources

    sources = read_sources(paths.content_dir())
    originals = list(sources.careers.items())
    careers = dict(originals)
    number = 0
    while len(careers) < count:
        slug, doc = originals[number % len(originals)]
        number += 1
        copy = dict(doc)
        copy["title"] = f"{doc['title']} {number}"
        copy["aliases"] = [f"{alias} {number}" for alias in doc["aliases"]]
        careers[f"{slug}-{number}"] = copy
    sources.careers = careers
    out = folder / f"generated-{count}.db"
    build_database(sources, out)
    return out


def keystrokes(db: Path) -> dict[str, float]:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from shishya_desktop.catalog import Catalog
    from shishya_desktop.ui.explore.explore_view import ExploreView

    with Catalog.open(db) as catalog:
        view = ExploreView(catalog)
        view.resize(1280, 760)
        view.show()
        timings = []
        for word in WORDS:
            view.search.clear()
            for letter in word:
                started = time.perf_counter()
                QTest.keyClick(view.search, letter)
                timings.append((time.perf_counter() - started) * 1000)
            QTest.keyClick(view.search, Qt.Key.Key_Escape)
        result = summary(timings)
        result["careers"] = catalog.info().careers
        view.close()
        view.deleteLater()
    return result


def page_open(db: Path) -> dict[str, float]:
    from shishya_desktop.catalog import Catalog
    from shishya_desktop.ui.common.page_view import PageView

    with Catalog.open(db) as catalog:
        page = PageView(catalog, ("", ""))
        page.resize(900, 700)
        page.show()
        timings = []
        for career in catalog.career_summaries()[:60]:
            started = time.perf_counter()
            page.open_career(career.slug)
            timings.append((time.perf_counter() - started) * 1000)
        page.close()
        page.deleteLater()
    return summary(timings)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10, help="start-up runs of each kind")
    parser.add_argument("--careers", type=int, default=10_000, help="size of the generated db")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("SHISHYA_HOME", tempfile.mkdtemp(prefix="shishya-bench-"))

    # Installed and bundled copies run from compiled bytecode; measure the same here.
    compileall.compile_dir(REPO / "shishya_desktop", quiet=1)
    env = offscreen_env(SHISHYA_HOME=tempfile.mkdtemp(prefix="shishya-bench-home-"))
    app_runs: list[float] = []
    base_runs: list[float] = []
    app_rss = base_rss = 0.0
    for _ in range(args.runs):
        elapsed, app_rss = start_ms("app", env)
        app_runs.append(elapsed)
        elapsed, base_rss = start_ms("baseline", env)
        base_runs.append(elapsed)

    from shishya_desktop import paths
    from shishya_desktop.app import create_application

    create_application(sys.argv[:1])
    with tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        big = generated_database(Path(folder), args.careers)
        build_s = time.perf_counter() - started
        results = {
            "machine": {"cpus": os.cpu_count(), "python": sys.version.split()[0]},
            "start_to_window_ms": {
                "app": summary(app_runs),
                "baseline_minimal_pyside6": summary(base_runs),
                "ratio_median": round(
                    statistics.median(app_runs) / statistics.median(base_runs), 2
                ),
            },
            "peak_rss_at_start_mib": {
                "app": round(app_rss, 1),
                "baseline_minimal_pyside6": round(base_rss, 1),
            },
            "keystroke_bundled": keystrokes(paths.database_path()),
            "keystroke_generated": keystrokes(big),
            "generated_db_build_s": round(build_s, 1),
            "career_page_open_ms": page_open(paths.database_path()),
            "peak_rss_benchmark_process_mib": round(
                resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1
            ),
        }
    print(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
