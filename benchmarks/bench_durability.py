"""Durability of the user store: start, add or edit a note, kill -9 at a random moment; repeat.

Each cycle starts a child process that opens the store and keeps changing it (adding careers,
editing notes a keystroke at a time), printing each change after the call that made it
returned ("acknowledged"). The parent kills it with SIGKILL at a random moment, then checks the
file passes ``PRAGMA integrity_check`` and holds every acknowledged change. Not a unit test:
run ``python benchmarks/bench_durability.py [cycles]`` (200 by default); it prints the figures.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CHILD = r"""
import sys
from pathlib import Path
from shishya_desktop.userdata.store import UserStore
store = UserStore.open(Path(sys.argv[1]))
assert store.persistent, store.problem
cycle = int(sys.argv[2])
print("open", flush=True)
for step in range(100000):
    slug = f"career-{cycle}-{step % 7}"
    store.add(slug)
    note = f"cycle {cycle} step {step}"
    store.set_note(slug, note)
    print(f"ack {slug} {note}", flush=True)
"""


def _order(note: str | None) -> tuple[int, int]:
    """``cycle C step S`` as (C, S); a missing note is older than any."""
    if not note:
        return (-1, -1)
    words = note.split()
    return (int(words[1]), int(words[3]))


def main() -> int:
    cycles = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    rng = random.Random(13)
    folder = Path(tempfile.mkdtemp(prefix="shishya-durability-"))
    path = folder / "my-careers.sqlite"
    expected: dict[str, str] = {}
    failures = 0
    acknowledged = 0
    started = time.perf_counter()
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parent.parent))
    for cycle in range(cycles):
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(path), str(cycle)],
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        assert child.stdout is not None
        child.stdout.readline()  # "open": the store is open; now kill at a random moment
        time.sleep(rng.uniform(0.0, 0.15))
        child.send_signal(signal.SIGKILL)
        output, _ = child.communicate()
        for line in output.split("\n")[:-1]:  # a line the kill cut short has no newline
            parts = line.split(" ", 2)
            if len(parts) == 3 and parts[0] == "ack":
                expected[parts[1]] = parts[2]
                acknowledged += 1
        # The acknowledged lines are complete lines only (a line cut by the kill is ignored).
        check = sqlite3.connect(path)
        try:
            ok = check.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            found = dict(check.execute("SELECT slug, note FROM shortlist"))
        finally:
            check.close()
        # A change made after the last acknowledged one may be there too (it was committed
        # just before the kill, its "ack" not yet written): the note may only be newer.
        lost = [slug for slug, note in expected.items() if _order(found.get(slug)) < _order(note)]
        if not ok or lost:
            failures += 1
            shown = [(slug, expected[slug], found.get(slug)) for slug in lost[:2]]
            print(f"cycle {cycle}: integrity {'ok' if ok else 'FAILED'}, lost {shown}")
    seconds = time.perf_counter() - started
    print(
        f"durability: {cycles} kill -9 cycles, {acknowledged} acknowledged changes, "
        f"{len(expected)} careers checked, {failures} cycles failed "
        f"(integrity_check or a lost change), {seconds:.1f} s"
    )
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
