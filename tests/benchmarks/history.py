"""Backfilling the instrument history: ``RUNS`` copies of the shared run folders (their
XML rewritten with new run ids, their InterOp files hard links to one private copy of
each), scanned into a new database in the app's background scanner, against reading
the same folders' InterOp directly with interop; the GUI's longest stall meanwhile; the
database's size; a second scan with nothing new against the first; and the trends over
every run."""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import threading
import time
from datetime import datetime, timedelta
from pathlib import Path

from tests.benchmarks.figures import Figure
from tests.history_runs import NOT_READ, copy_as_run
from tests.interop_reference import interop_reference

SHARED = Path(__file__).resolve().parents[3] / "shared" / "runs"
RUNS = int(os.environ.get("HISTORY_BENCH_RUNS", "500"))
GROUPS = ["Q", "Tile", "Error", "Extraction", "CorrectedInt", "Image"]


def _sources() -> list[str]:
    return sorted(p.name for p in SHARED.iterdir() if p.is_dir() and (p / "InterOp").is_dir())


def _make_runs(root: Path, names: list[str]) -> list[Path]:
    """``RUNS`` run folders, round robin over ``names``: the XML copied and rewritten,
    InterOp hard-linked to a first copy (so 500 copies take no more disk than seven)."""
    made: list[Path] = []
    first: dict[str, Path] = {}
    start = datetime(2024, 1, 1, 8)
    for k in range(RUNS):
        name = names[k % len(names)]
        started = start + timedelta(hours=12 * k)
        if name not in first:
            first[name] = copy_as_run(name, root / "full", k, started)
            made.append(first[name])
            continue
        target = root / f"batch{k // 100}" / f"{started:%y%m%d}_{name}_{k}"
        target.mkdir(parents=True)
        (target / "InterOp").mkdir()
        for path in first[name].iterdir():
            if path.is_file():
                shutil.copy2(path, target / path.name)
        for path in (first[name] / "InterOp").iterdir():
            if path.is_file() and path.name not in NOT_READ:
                os.link(path, target / "InterOp" / path.name)
        info = target / "RunInfo.xml"
        info.write_text(info.read_text().replace(first[name].name, target.name))
        made.append(target)
    return made


def _interop_direct(names: list[str]) -> float:
    """Seconds per run for interop's own read + summary + imaging (in a child process)."""
    per = {n: float(interop_reference(SHARED / n, GROUPS)["seconds"]) for n in names}
    return sum(per[names[k % len(names)]] for k in range(RUNS)) / RUNS


def _scan_with_stall(database: Path, root: Path) -> tuple[float, float, float]:
    """(seconds, longest GUI stall while scanning, longest stall idle)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from proactive_gui.history.scan import HistoryScanner
    from tests.benchmarks.stall import for_seconds, longest_stall

    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    idle, _ = longest_stall(app, for_seconds(1.0))
    done = threading.Event()
    scanner = HistoryScanner(database, root, on_done=lambda *_: done.set(), every_s=None)
    began = time.perf_counter()
    scanner.start()
    stall, _ = longest_stall(app, done.is_set)
    seconds = time.perf_counter() - began
    scanner.stop()
    return seconds, stall, idle


def run() -> list[Figure]:
    from proactive_gui.history.scan import scan
    from proactive_gui.history.store import HistoryStore
    from proactive_gui.history.trends import trends
    from proactive_gui.runs.isolation import close_shared_worker

    if not SHARED.is_dir():
        print(f"skipped: {SHARED} is not here", file=sys.stderr)
        return []
    names = _sources()
    with tempfile.TemporaryDirectory(prefix="history-bench-") as folder:
        root, database = Path(folder) / "Runs", Path(folder) / "history.sqlite"
        _make_runs(root, names)
        direct = _interop_direct(names)
        first, stall, idle = _scan_with_stall(database, root)
        with HistoryStore(database) as store:
            began = time.perf_counter()
            again = scan(root, store)
            second = time.perf_counter() - began
            began = time.perf_counter()
            runs = store.runs()
            found = trends(runs)
            query = time.perf_counter() - began
            stored = store.count()
        close_shared_worker()
        size = sum(p.stat().st_size for p in Path(folder).glob("history.sqlite*"))
    if stored != RUNS or again.read:
        raise RuntimeError(f"stored {stored} of {RUNS} runs; the second scan read {again.read}")
    return [
        Figure(
            "history.backfill_per_run", first / RUNS, "s", direct, "interop read per run, direct"
        ),
        Figure("history.gui_longest_stall", stall, "s", idle, "longest 1 ms-timer gap, idle"),
        Figure("history.rescan_nothing_new", second, "s", first, f"first scan of {RUNS} runs"),
        Figure("history.database_size", size / 1e6, "MB", None, f"{RUNS} runs"),
        Figure("history.query_and_trends", query, "s", None, f"{len(found)} trends, {RUNS} runs"),
    ]


if __name__ == "__main__":  # python -m tests.benchmarks.history
    for figure in run():
        print(figure.row())
