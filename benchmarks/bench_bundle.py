"""Size and start-up of the frozen app next to a minimal PySide6 window bundled the same way.

Builds both one-dir bundles with build.spec in one run (the baseline with
SHISHYA_BUNDLE=baseline), builds the .deb, then times start to first shown window for each,
alternating runs. Prints JSON. Targets: bundle size ≤ 1.3× and start ≤ 1.5× the baseline.

Run: .venv/bin/python benchmarks/bench_bundle.py [--runs N] [--keep DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from timing import offscreen_env, start

REPO = Path(__file__).resolve().parent.parent


def build(kind: str, work: Path) -> tuple[Path, float]:
    env = os.environ | ({"SHISHYA_BUNDLE": "baseline"} if kind == "baseline" else {})
    started = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "ERROR",
            "--distpath",
            str(work / "dist"),
            "--workpath",
            str(work / f"build-{kind}"),
            "build.spec",
        ],
        cwd=REPO,
        env=env,
        check=True,
    )
    name = "baseline" if kind == "baseline" else "shishya"
    return work / "dist" / name, time.perf_counter() - started


def size_mib(path: Path) -> float:
    out = subprocess.run(["du", "-sk", str(path)], capture_output=True, text=True, check=True)
    return round(int(out.stdout.split()[0]) / 1024, 1)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--keep", type=Path, default=None, help="build here and keep it")
    args = parser.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="shishya-bundle-"))
    app, app_build_s = build("app", work)
    base, base_build_s = build("baseline", work)
    deb_mib = None
    if shutil.which("dpkg-deb"):
        env = os.environ | {"DIST": str(work / "dist"), "BUILD": str(work / "build-deb")}
        out = subprocess.run(
            ["bash", "installer/linux/build_deb.sh"],
            cwd=REPO,
            env=env,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        deb_mib = size_mib(Path(out.strip().splitlines()[-1]))
    env = offscreen_env(SHISHYA_HOME=tempfile.mkdtemp(prefix="shishya-bench-home-"))
    app_runs, base_runs = [], []
    for _ in range(args.runs):
        app_runs.append(start([str(app / "shishya")], env, REPO)[0])
        base_runs.append(start([str(base / "baseline"), "--self-test"], env, REPO)[0])
    app_size, base_size = size_mib(app), size_mib(base)
    print(
        json.dumps(
            {
                "bundle_mib": {
                    "app": app_size,
                    "baseline": base_size,
                    "ratio": round(app_size / base_size, 2),
                },
                "deb_mib": deb_mib,
                "build_s": {"app": round(app_build_s, 1), "baseline": round(base_build_s, 1)},
                "frozen_start_to_window_ms": {
                    "app_median": round(statistics.median(app_runs), 1),
                    "baseline_median": round(statistics.median(base_runs), 1),
                    "ratio": round(statistics.median(app_runs) / statistics.median(base_runs), 2),
                    "runs": args.runs,
                },
            },
            indent=2,
        )
    )
    if args.keep is None:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
