"""Content packs on the real database, printed as JSON: pack size, time to make one, and time to
install one (every check: entries, signature, serial, hash and size while unpacking, SQLite's
integrity_check and the app's checks, then the switch), and to restore the previous content.

Run: .venv/bin/python benchmarks/bench_pack.py [--runs N]
(A throwaway key is made and trusted for the run; nothing outside a temporary folder is written.)
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from shishya_desktop.packs import keys, signing  # noqa: E402
from shishya_desktop.packs.make import make_pack  # noqa: E402
from shishya_desktop.packs.store import ContentStore  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=9)
    runs = parser.parse_args().runs
    database = REPO / "data" / "shishya.db"
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        key = signing.generate()
        (work / "test.pub").write_text(key.public.to_text())
        os.environ[keys.EXTRA_KEY_VARIABLE] = str(work / "test.pub")
        packs, making = [], []
        for serial in range(1, runs + 1):
            out = work / f"p{serial}.shpack"
            started = time.perf_counter()
            make_pack(database, key, out, serial=serial)
            making.append((time.perf_counter() - started) * 1000)
            packs.append(out)
        store = ContentStore(work / "content")
        installing, restoring = [], []
        for pack in packs:
            started = time.perf_counter()
            store.install(pack)
            installing.append((time.perf_counter() - started) * 1000)
            started = time.perf_counter()
            store.restore_previous()
            restoring.append((time.perf_counter() - started) * 1000)
            store.restore_previous()
        print(
            json.dumps(
                {
                    "database_bytes": database.stat().st_size,
                    "pack_bytes": packs[0].stat().st_size,
                    "make_ms_median": round(statistics.median(making), 1),
                    "verify_and_switch_ms_median": round(statistics.median(installing), 1),
                    "verify_and_switch_ms_max": round(max(installing), 1),
                    "restore_ms_median": round(statistics.median(restoring), 1),
                    "runs": runs,
                },
                indent=2,
            )
        )


if __name__ == "__main__":
    main()
