"""``proactive-gui history``: scan with a progress line, the JSON scripts rely on, and two
processes scanning into one database at the same time."""

from __future__ import annotations

import json
import sqlite3
import subprocess
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from proactive_gui.paths import app_paths
from tests.conftest import PYTHON, subprocess_env
from tests.history_runs import MISEQ, copy_as_run

START = datetime(2026, 4, 1, 9, 0)


def _cli(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [PYTHON, "-m", "proactive_gui", "history", *args],
        env=subprocess_env(home),
        capture_output=True,
        text=True,
        timeout=120,
    )


def _runs(root: Path, count: int) -> list[Path]:
    return [
        copy_as_run(MISEQ, root / f"batch{k % 2}", 400 + k, START + timedelta(days=k))
        for k in range(count)
    ]


def test_scan_shows_progress_and_history_json_lists_each_run_once(
    tmp_path: Path, app_home: Path
) -> None:
    root = tmp_path / "Runs"
    _runs(root, 3)
    bad = root / "batch0" / "260420_M00612_0999_000000000-XXXXX"
    bad.mkdir()
    (bad / "RunInfo.xml").write_text("<RunInfo>")
    scanned = _cli(app_home, "scan", str(root))
    assert scanned.returncode == 0, scanned.stderr
    progress = [line for line in scanned.stderr.splitlines() if line.startswith("history: ")]
    assert len(progress) == 4 and progress[-1].startswith("history: 4/4 ")
    assert "4 run folder(s) under" in scanned.stdout and "3 read" in scanned.stdout
    assert f"damaged: {bad}: RunInfo.xml" in scanned.stdout
    again = _cli(app_home, "scan", str(root))
    assert "0 read, 4 unchanged" in again.stdout

    listed = _cli(app_home, "--json")
    assert listed.returncode == 0, listed.stderr
    document: dict[str, Any] = json.loads(listed.stdout)
    assert set(document) == {"runs", "forecasts"} and document["forecasts"] == []
    runs = document["runs"]
    assert len(runs) == 4 and len({r["key"] for r in runs}) == 4
    complete = [r for r in runs if r["state"] == "complete"]
    assert len(complete) == 3
    for run in complete:
        assert {"run_id", "serial", "model", "started", "completed", "cycles", "state"} <= set(run)
        assert run["serial"] == "M00612" and run["cycles"] == {"done": 56, "planned": 56}
    assert next(r["damaged"] for r in runs if r["state"] == "damaged").startswith("RunInfo.xml")

    text = _cli(app_home, "--serial", "M00612")
    assert text.stdout.count("complete ") == 3 and "damaged" not in text.stdout
    trends = json.loads(_cli(app_home, "trends", "--json").stdout)
    assert {t["channel"] for t in trends["trends"]} >= {"intensity_a", "focus_t"}
    missing = _cli(app_home, "scan", str(tmp_path / "no-such-folder"))
    assert missing.returncode == 1 and missing.stdout == ""
    assert (
        missing.stderr
        == f"error: {tmp_path / 'no-such-folder'}: no such folder, or it cannot be opened\n"
    )


def test_two_processes_scanning_at_once_store_each_run_once(tmp_path: Path, app_home: Path) -> None:
    root = tmp_path / "Runs"
    _runs(root, 6)
    command = [PYTHON, "-m", "proactive_gui", "history", "scan", str(root)]
    both = [
        subprocess.Popen(
            command,
            env=subprocess_env(app_home),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    outputs = [p.communicate(timeout=120) for p in both]
    assert [p.returncode for p in both] == [0, 0], outputs
    database = app_paths({"PROACTIVE_GUI_HOME": str(app_home)}).instrument_history_file
    db = sqlite3.connect(database)
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    keys = [k for (k,) in db.execute("SELECT key FROM runs")]
    db.close()
    assert len(keys) == 6 == len(set(keys))
    runs = json.loads(_cli(app_home, "list", "--json").stdout)["runs"]
    assert len(runs) == 6 and all(r["state"] == "complete" and r["channels"] for r in runs)


def test_a_payload_carries_the_instruments_trend_across_runs(
    tmp_path: Path, app_home: Path
) -> None:
    """Issue 17, item 6: the instrument-performance part carries the cross-run summary,
    numbers and the app's own names only, through the same gate and the same seal."""
    from tests.history_runs import scale_channel

    root = tmp_path / "Runs"
    runs = []
    for k in range(8):
        run = copy_as_run(MISEQ, root, 700 + k, START + timedelta(days=2 * k))
        scale_channel(run, 0, 1 - 0.04 * k)
        runs.append(run)
    assert _cli(app_home, "scan", str(root)).returncode == 0
    shown = subprocess.run(
        [PYTHON, "-m", "proactive_gui", "preview", "--run-folder", str(runs[-1]), "--json"],
        env=subprocess_env(app_home),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert shown.returncode == 0, shown.stderr
    given = json.loads(shown.stdout)
    across = json.loads(given["payload"])["instrument_performance"]["across_runs"]
    falling = [t for t in across if t["runs_to_limit"] is not None]
    assert falling and falling[0]["subsystem"] == "optical" and falling[0]["runs"] == 8
    assert falling[0]["change_pct"] < 0
    paths = {f["path"] for f in given["fields"]}
    assert "instrument_performance.across_runs[].runs_to_limit" in paths
    assert all(f["what"] and f["why"] for f in given["fields"])
    assert "reaches the service limit" not in given["payload"]  # numbers, not sentences
