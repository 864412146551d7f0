"""Health from a run folder, each figure against a reference measured in the same run:
(a) cold health of the largest shared folder (NextSeq 2000, 14 MB) and of the NovaSeq
6000 (312 tiles): load_run_folder with a warm worker, then a fresh store, source and
monitor (``run_folder_health``), against interop's own read + summary + imaging of the
same files in a child process (the groups the app reads); (b) taking in ONE new cycle
(load + apply + evaluate after a copy of the NextSeq run grows by one cycle, its files
appended to as an instrument does, the watcher's RunFollow kept) at cycle 100 and at
cycle 300, each against interop's read of the copy at that cycle, and how each grows
from 100 to 300; (c) the longest GUI event-loop stall while a window follows
a copy that another process grows cycle by cycle (the watcher and health threads
started as the app starts them), against a bare PySide6 window with one pyqtgraph plot
while the same copy grows; the Health page's refresh + paint p99 with one new cycle a
frame, against one 60 Hz frame (the dashboard's reference) and against the same series
drawn by plain pyqtgraph plots; (d) resident memory while a window follows a NovaSeq
copy to its last cycle, against this process before the window opened, and the InterOp
worker's peak against interop's own read of the same folder in a child process."""

from __future__ import annotations

import json
import multiprocessing
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from tests.benchmarks.figures import Figure, median
from tests.interop_reference import interop_reference

if TYPE_CHECKING:
    from proactive_gui.runs.isolation import InteropWorker
    from proactive_gui.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
RUNS = ROOT.parent / "shared" / "runs"
NEXTSEQ = RUNS / "NextSeq2000_220112_VH00559_4_AAANY2JM5"  # 318 cycles, 32 tiles
NOVASEQ = RUNS / "NovaSeq6000_200624_A00834_0183_BHMTFYDRXX"  # 56 cycles, 312 tiles
GROUPS = [  # the groups the app's worker reads
    "Q",
    "Tile",
    "Error",
    "Extraction",
    "CorrectedInt",
    "Image",
    "ExtendedTile",
    "EmpiricalPhasing",
]
ROUNDS = 5
STEPS = ROUNDS  # one-cycle steps measured at each run length
STEP_AT = (100, 300)
FOLLOW_FROM = 200  # the stall: the NextSeq copy grows from here to its last cycle
GROW_EVERY_S = 0.15  # one cycle this often (the watcher looks every 2 s)
FRAMES = 60  # Health page frames, one new cycle each
FRAME_S = 1 / 60
SETTLE_S = 0.5

# The instrument: another process writes the copy, one cycle at a time.
_GROW = r"""
import sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from tests.interop_records import grow_folder_to_cycle
source, target = Path(sys.argv[2]), Path(sys.argv[3])
first, last, every = int(sys.argv[4]), int(sys.argv[5]), float(sys.argv[6])
print("ready", flush=True)
for cycle in range(first, last + 1):
    time.sleep(every)
    grow_folder_to_cycle(source, target, cycle)
"""

# interop's own read of a folder (as tests/interop_reference.py), reporting its peak RSS.
_PEAK = r"""
import json, sys, warnings
warnings.filterwarnings("ignore", "numpy.core is deprecated", DeprecationWarning)
from interop import core
from interop import py_interop_summary as s
metrics = core.read(sys.argv[1], valid_to_load=json.loads(sys.argv[2]))
summary = s.run_summary()
s.summarize_run_metrics(metrics, summary)
table = core.imaging(metrics)
for line in open("/proc/self/status"):
    if line.startswith("VmHWM:"):
        print(int(line.split()[1]) / 1024)
"""


def _status_mb(pid: int | str, field: str) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _rss_mb() -> float:
    return _status_mb("self", "VmRSS")


def _interop_seconds(folder: Path) -> float:
    """interop's own time for read + summary + imaging, in a child process."""
    return float(interop_reference(folder, GROUPS)["seconds"])


def _cold(folder: Path, worker: InteropWorker) -> float:
    """The app's whole path on a folder it has not seen: load, then a fresh source and
    monitor (health_data + evaluate)."""
    from proactive_gui.health.snapshot import run_folder_health
    from proactive_gui.runs.folder import load_run_folder

    began = time.perf_counter()
    snapshot = run_folder_health(load_run_folder(folder, worker=worker))
    elapsed = time.perf_counter() - began
    if snapshot.run is None or snapshot.run.metrics is None:
        raise RuntimeError(f"{folder.name} did not load")
    return elapsed


def _steps(copy: Path, at: int, worker: InteropWorker) -> tuple[list[float], list[float]]:
    """(app, interop) seconds for each of the STEPS cycles up to ``at``: the app has taken
    in the cycle before; the copy grows by one; load + apply + evaluate."""
    from proactive_gui.health.snapshot import run_folder_monitor
    from proactive_gui.instrument.runfolder import RunFolderSource
    from proactive_gui.instrument.telemetry import TelemetryStore
    from proactive_gui.runs.folder import RunFollow, load_run_folder
    from tests.interop_records import grow_folder_to_cycle

    store = TelemetryStore((), 1, axis="cycle")
    source = RunFolderSource(store)
    follow = RunFollow()  # as the watcher keeps it: appended records only
    grow_folder_to_cycle(NEXTSEQ, copy, at - STEPS)
    run = load_run_folder(copy, worker=worker, follow=follow)
    source.apply(run)
    monitor = run_folder_monitor(source, run.model.family)
    monitor.evaluate(store)
    app, reference = [], []
    for cycle in range(at - STEPS + 1, at + 1):
        grow_folder_to_cycle(NEXTSEQ, copy, cycle)
        began = time.perf_counter()
        data = source.apply(load_run_folder(copy, worker=worker, follow=follow))
        monitor.evaluate(store)
        app.append(time.perf_counter() - began)
        if data is None or data.cycles.cycles != cycle:
            raise RuntimeError(f"the copy did not reach cycle {cycle}")
        reference.append(_interop_seconds(copy))
    return app, reference


def _grower(source: Path, target: Path, first: int, last: int) -> subprocess.Popen[str]:
    args = [str(ROOT), str(source), str(target), str(first), str(last), str(GROW_EVERY_S)]
    process = subprocess.Popen(
        [sys.executable, "-c", _GROW, *args], stdout=subprocess.PIPE, text=True
    )
    assert process.stdout is not None
    if process.stdout.readline().strip() != "ready":
        raise RuntimeError("the grower did not start")
    return process


def _last_cycle(folder: Path) -> int:
    """The run's last cycle, from RunInfo.xml (no InterOp read before the window)."""
    from proactive_gui.runs.runinfo import parse_runinfo

    return parse_runinfo(folder / "RunInfo.xml").planned_cycles


def _window(folder: Path, home: Path) -> MainWindow:
    from proactive_gui.launch import LaunchOptions
    from proactive_gui.paths import HOME_ENV, app_paths
    from proactive_gui.settings import Settings
    from proactive_gui.ui.app import build_window

    paths = app_paths({HOME_ENV: str(home)}).ensure()
    window = build_window(
        LaunchOptions(demo=False, run_folder=folder), paths, Settings.load(paths.settings_file)
    )
    window.resize(1280, 820)
    return window


def _follow(
    source: Path, copy: Path, first: int, home: Path, sample: Callable[[], None]
) -> tuple[float, float]:
    """A window follows ``copy`` while another process grows it from ``first`` to the
    source's last cycle; (longest stall, seconds taken). ``sample`` runs on each check."""
    from proactive_gui.ui.app import application
    from tests.benchmarks.stall import for_seconds, longest_stall
    from tests.interop_records import grow_folder_to_cycle

    app = application()
    last = _last_cycle(source)
    grow_folder_to_cycle(source, copy, first)
    window = _window(copy, home)
    bridge, health = window.run_bridge, window.health
    assert bridge is not None and health is not None
    window.show()
    window.warm_up()  # every page built, as after start-up
    bridge.start()  # as run_gui: the watcher and the health service on their threads
    health.start()
    window.show_page("health")

    def cycles_done() -> int:
        update = bridge.last
        return update.run.cycles_done if update is not None and update.run is not None else 0

    def at(cycle: int) -> Callable[[], bool]:
        """Until the window has ``cycle`` (and SETTLE_S more, to draw it), or a minute."""
        deadline = time.monotonic() + 60
        settle: list[float] = []

        def reached() -> bool:
            sample()
            if cycles_done() >= cycle and not settle:
                settle.append(time.monotonic() + SETTLE_S)
            return bool(settle and time.monotonic() > settle[0]) or time.monotonic() > deadline

        return reached

    longest_stall(app, at(first))  # the first load and the pages rebuilt for its channels
    longest_stall(app, for_seconds(SETTLE_S))
    grower = _grower(source, copy, first + 1, last)
    stall, taken = longest_stall(app, at(last))
    grower.wait(timeout=60)
    window.close()  # shutdown: the threads and the worker stop
    if cycles_done() < last:
        raise RuntimeError(f"the window did not follow {copy.name} to cycle {last}")
    return stall, taken


def _bare_stall(source: Path, copy: Path, first: int, seconds: float) -> float:
    """The reference: a bare window with one pyqtgraph plot (as reference_window.py)
    while the same copy grows, for as long as the app followed it."""
    import pyqtgraph as pg
    from PySide6.QtWidgets import QMainWindow

    from proactive_gui.ui.app import application
    from tests.benchmarks.stall import longest_stall
    from tests.interop_records import grow_folder_to_cycle

    app = application()
    window = QMainWindow()
    plot = pg.PlotWidget()
    plot.plot(np.arange(100.0), np.sin(np.arange(100.0) / 10))
    window.setCentralWidget(plot)
    window.resize(1280, 820)
    window.show()
    grow_folder_to_cycle(source, copy, first)
    grower = _grower(source, copy, first + 1, _last_cycle(source))
    until = time.monotonic() + seconds
    stall, _ = longest_stall(app, lambda: grower.poll() is not None and time.monotonic() > until)
    grower.wait(timeout=60)
    plot.close()
    window.close()
    return stall


def _frames(copy: Path, home: Path) -> tuple[list[float], list[float]]:
    """(app, plain) seconds per frame, each frame one new cycle of the NextSeq copy: the
    app's 5 Hz refresh with the Health page shown, and its paint, against the same
    series handed whole to one plain pyqtgraph plot per channel, and their paint."""
    import pyqtgraph as pg
    from PySide6.QtWidgets import QGridLayout, QWidget

    from proactive_gui.ui.app import application
    from tests.interop_records import grow_folder_to_cycle

    app = application()
    last = _last_cycle(NEXTSEQ)
    grow_folder_to_cycle(NEXTSEQ, copy, last - FRAMES)
    window = _window(copy, home)
    bridge, health, source = window.run_bridge, window.health, window.source
    assert bridge is not None and health is not None and source is not None
    window.show()
    bridge.load_now()  # the watcher's look, on this thread
    health.evaluate_now()
    window.show_page("health")
    window.refresh()  # the pages rebuilt for the run's channels
    app.processEvents()
    channels = [c.id for c in window.store.channels]
    plain = QWidget()
    grid = QGridLayout(plain)
    curves = {}
    for i, cid in enumerate(channels):
        widget = pg.PlotWidget(title=cid)
        grid.addWidget(widget, i // 3, i % 3)
        curves[cid] = widget.plot()
    plain.resize(1280, 820)
    plain.show()
    app.processEvents()
    app_times, plain_times = [], []
    for cycle in range(last - FRAMES + 1, last + 1):
        grow_folder_to_cycle(NEXTSEQ, copy, cycle)
        bridge.load_now()
        health.evaluate_now()
        began = time.perf_counter()
        window.refresh()
        app.processEvents()  # paints what changed, once
        app_times.append(time.perf_counter() - began)
        data = source.data
        if data is None or data.cycles.cycles != cycle:
            raise RuntimeError(f"the window did not take in cycle {cycle}")
        x = np.arange(1, cycle + 1, dtype=np.float64)
        began = time.perf_counter()
        for cid in channels:
            curves[cid].setData(x, data.values[cid][:cycle], connect="finite")
        app.processEvents()
        plain_times.append(time.perf_counter() - began)
    plain.close()
    window.close()
    return app_times, plain_times


def _memory(copy: Path, home: Path) -> tuple[float, float, float, float]:
    """(peak RSS of this process while following a NovaSeq copy to its end, RSS before
    the window opened, the worker's peak RSS, interop's own read's peak RSS), MB."""
    from proactive_gui.runs.isolation import close_shared_worker
    from proactive_gui.ui.app import application

    application()
    close_shared_worker()  # the window starts its own worker, whose peak is its own
    before = _rss_mb()
    peaks = {"self": before, "worker": 0.0}

    def sample() -> None:
        peaks["self"] = max(peaks["self"], _rss_mb())
        for child in multiprocessing.active_children():
            if child.name == "interop-worker" and child.pid is not None:
                peaks["worker"] = max(peaks["worker"], _status_mb(child.pid, "VmHWM"))

    _follow(NOVASEQ, copy, 1, home, sample)
    script = [sys.executable, "-c", _PEAK, str(copy), json.dumps(GROUPS)]
    result = subprocess.run(script, capture_output=True, text=True, timeout=300, check=True)
    return peaks["self"], before, peaks["worker"], float(result.stdout.split()[-1])


def _p99(samples: list[float]) -> float:
    return float(np.percentile(samples, 99))


def run() -> list[Figure]:
    from proactive_gui.runs.isolation import InteropWorker, close_shared_worker

    missing = [f for f in (NEXTSEQ, NOVASEQ) if not f.is_dir()]
    if missing:
        print(f"skipped: {', '.join(map(str, missing))} not here", file=sys.stderr)
        return []
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    worker = InteropWorker()
    _cold(NEXTSEQ, worker)  # start the worker once, as the app does
    cold: dict[Path, tuple[list[float], list[float]]] = {}
    for folder in (NEXTSEQ, NOVASEQ):
        app_s, interop_s = [], []
        for _ in range(ROUNDS):  # interleaved, so that drift hits both alike
            app_s.append(_cold(folder, worker))
            interop_s.append(_interop_seconds(folder))
        cold[folder] = (app_s, interop_s)
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        steps = {at: _steps(work / f"step{at}" / NEXTSEQ.name, at, worker) for at in STEP_AT}
        worker.close()
        peak, before, worker_peak, interop_peak = _memory(work / "memory" / NOVASEQ.name, work)
        stall, taken = _follow(
            NEXTSEQ, work / "follow" / NEXTSEQ.name, FOLLOW_FROM, work, lambda: None
        )
        bare = _bare_stall(NEXTSEQ, work / "bare" / NEXTSEQ.name, FOLLOW_FROM, taken)
        frames, plain = _frames(work / "frames" / NEXTSEQ.name, work)
    close_shared_worker()
    step = {at: (median(app_s), median(interop_s)) for at, (app_s, interop_s) in steps.items()}
    low, high = STEP_AT
    return [
        Figure(
            "runhealth.cold_nextseq",
            median(cold[NEXTSEQ][0]),
            "s",
            median(cold[NEXTSEQ][1]),
            "interop read+summary+imaging (child)",
        ),
        Figure(
            "runhealth.cold_novaseq",
            median(cold[NOVASEQ][0]),
            "s",
            median(cold[NOVASEQ][1]),
            "interop read+summary+imaging (child)",
        ),
        *[
            Figure(
                f"runhealth.one_cycle_at_{at}",
                app_s,
                "s",
                interop_s,
                f"interop read of the copy at cycle {at}",
            )
            for at, (app_s, interop_s) in step.items()
        ],
        Figure(
            f"runhealth.one_cycle_{high}_over_{low}",
            step[high][0] / step[low][0],
            "x",
            step[high][1] / step[low][1],
            f"interop read, cycle {high} over {low}",
        ),
        Figure(
            "runhealth.follow_longest_stall",
            stall,
            "s",
            bare,
            "bare window + 1 plot, same copy growing",
        ),
        Figure("runhealth.health_page_p99", _p99(frames), "s", FRAME_S, "one 60 Hz frame"),
        Figure(
            "runhealth.health_page_p99_vs_plain",
            _p99(frames),
            "s",
            _p99(plain),
            "plain pyqtgraph, 1 plot per channel",
        ),
        Figure(
            "runhealth.follow_novaseq_rss", peak, "MB", before, "this process before the window"
        ),
        Figure(
            "runhealth.follow_novaseq_worker_rss",
            worker_peak,
            "MB",
            interop_peak,
            "interop's own read, peak (child)",
        ),
    ]
