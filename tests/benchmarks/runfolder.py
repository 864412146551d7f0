"""Loading a run folder: the largest shared folder (NextSeq 2000, 14 MB), through the
app (XML + isolated InterOp worker + summary) against calling interop directly in this
process; and the longest GUI event-loop stall while the app loads and shows it."""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

from tests.benchmarks.figures import Figure, median
from tests.interop_reference import interop_reference

FOLDER = (
    Path(__file__).resolve().parents[3]
    / "shared"
    / "runs"
    / "NextSeq2000_220112_VH00559_4_AAANY2JM5"
)
ROUNDS = 5


def _interop_direct() -> float:
    """interop's own time for read + summary + imaging, measured inside a child process
    (interop must not run in this one; see tests/interop_reference.py)."""
    groups = ["Q", "Tile", "Error", "Extraction", "CorrectedInt", "Image"]
    return float(interop_reference(FOLDER, groups)["seconds"])


def _app_load(worker: object | None = None) -> float:
    from proactive_gui.runs.folder import load_run_folder
    from proactive_gui.runs.isolation import InteropWorker

    began = time.perf_counter()
    run = load_run_folder(FOLDER, worker=worker if isinstance(worker, InteropWorker) else None)
    elapsed = time.perf_counter() - began
    if run.metrics is None:
        raise RuntimeError(f"the benchmark folder did not load: {run.problems}")
    return elapsed


def _stalls() -> tuple[float, float]:
    """(longest gap between 1 ms timer ticks while idle, the same while loading + drawing)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from proactive_gui.launch import LaunchOptions
    from proactive_gui.paths import app_paths
    from proactive_gui.settings import Settings
    from proactive_gui.ui.app import application, build_window
    from tests.benchmarks.stall import for_seconds, longest_stall

    app = application()
    paths = app_paths().ensure()
    window = build_window(
        LaunchOptions(demo=False, run_folder=FOLDER), paths, Settings.load(paths.settings_file)
    )
    window.resize(1280, 820)
    window.show()
    window.show_page("run_quality")
    idle, _ = longest_stall(app, for_seconds(1.0))
    bridge = window.run_bridge
    assert bridge is not None
    updates: list[object] = []
    bridge.updated.connect(updates.append)
    bridge.start()  # the watcher thread loads; the page fills on the GUI thread
    deadline = time.monotonic() + 60
    settle: list[float] = []  # half a second more once the first update has arrived

    def loaded() -> bool:
        if updates and not settle:
            settle.append(time.monotonic() + 0.5)
        return bool(settle and time.monotonic() > settle[0]) or time.monotonic() > deadline

    loading, _ = longest_stall(app, loaded)
    window.close()
    return idle, loading


def run() -> list[Figure]:
    from proactive_gui.runs.isolation import InteropWorker, close_shared_worker

    if not FOLDER.is_dir():
        print(f"skipped: {FOLDER} is not here", file=sys.stderr)
        return []
    direct = median([_interop_direct() for _ in range(ROUNDS)])
    worker = InteropWorker()
    _app_load(worker)  # start the worker once, as the app does
    warm = median([_app_load(worker) for _ in range(ROUNDS)])
    worker.close()
    cold = []
    for _ in range(3):
        fresh = InteropWorker()
        cold.append(_app_load(fresh))
        fresh.close()
    idle_stall, loading_stall = _stalls()
    close_shared_worker()
    return [
        Figure(
            "runfolder.load_warm_worker",
            warm,
            "s",
            direct,
            "interop read+summary+imaging in-process",
        ),
        Figure(
            "runfolder.load_cold_worker",
            statistics.median(cold),
            "s",
            direct,
            "interop read+summary+imaging in-process",
        ),
        Figure(
            "runfolder.gui_longest_stall",
            loading_stall,
            "s",
            idle_stall,
            "longest 1 ms-timer gap, idle loop",
        ),
    ]
