"""Self-test reports from a lab's PCs collected into one table of which pass."""

from __future__ import annotations

import json
from pathlib import Path

from shishya_desktop.reports import collect, collect_command, make_report


class Info:
    version, date = "2026.12.1", "2026-12-01"


def write(folder: Path, name: str, failed: bool = False) -> None:
    checks = [{"name": "database", "result": "FAIL" if failed else "PASS"}]
    data = json.loads(make_report(checks, Path("x.db"), Info()))
    data["pc"] = name
    (folder / f"{name}.json").write_text(json.dumps(data), encoding="utf-8")


def test_failing_and_unreadable_pcs_come_first(tmp_path, capsys) -> None:
    write(tmp_path, "LAB-PC-02")
    write(tmp_path, "LAB-PC-01", failed=True)
    (tmp_path / "LAB-PC-03.json").write_text("{half a report", encoding="utf-8")
    (tmp_path / "notes.txt").write_text("not a report")
    rows = collect(tmp_path)
    assert [(r["pc"], r["result"]) for r in rows] == [
        ("LAB-PC-01", "FAIL"),
        ("LAB-PC-03", "UNREADABLE"),
        ("LAB-PC-02", "PASS"),
    ]
    assert rows[0]["failed"] == "database" and rows[2]["content_version"] == "2026.12.1"
    out = tmp_path / "out"
    out.mkdir()
    assert collect_command(tmp_path, out / "lab.csv") == 1
    printed = capsys.readouterr().out
    assert "1 of 3 PCs pass" in printed and "LAB-PC-03" in printed
    assert (out / "lab.csv").read_text().startswith("pc,result,app_version")


def test_all_pass_is_exit_0_and_a_missing_folder_is_a_message(tmp_path, capsys) -> None:
    write(tmp_path, "A")
    assert collect_command(tmp_path, None) == 0
    assert collect_command(tmp_path / "nope", None) == 2
    assert "is not a folder" in capsys.readouterr().err
