"""The Health dashboard with 4 subsystems x 12 channels and 48 hours of 1 Hz history:
(a) a full refresh (data to every curve, then paint), median and p99, against the
16.7 ms frame budget, for the whole-run view and for the last 10 minutes, whose frames
include those where the time axes advance; (b) resident memory after filling 48 h; (c) the same refresh with
the full arrays handed to pyqtgraph (no min/max levels, no decimation)."""

from __future__ import annotations

import os
import statistics
import time
from pathlib import Path

import numpy as np

from tests.benchmarks.figures import Figure

HOURS = 48
PER_SUBSYSTEM = 12
REFRESHES = 60
NAIVE_REFRESHES = 5  # about 10 s each
FRAME_S = 1 / 60


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _channels() -> list[object]:
    from proactive_gui.instrument.channels import Channel, Subsystem

    return [
        Channel(f"{s.value}_{i}", s, f"{s.value} signal {i}", "u")
        for s in Subsystem
        for i in range(PER_SUBSYSTEM)
    ]


def _fill(store: object, seconds: int) -> None:
    rng = np.random.default_rng(0)
    for start in range(0, seconds, 3600):
        t = np.arange(start, min(start + 3600, seconds), dtype=float)
        batch = {}
        for k, channel in enumerate(store.channels):  # type: ignore[attr-defined]
            v = np.sin(t / (600 + 37 * k)) + rng.normal(0, 0.1, len(t))
            if k % 3 == 0:
                v[(t % 270) > 150] = np.nan  # measured in one phase only
            batch[channel.id] = (t, v)
        store.write(batch, clock=float(t[-1]))  # type: ignore[attr-defined]


def _refresh_times(page: object, store: object, app: object, count: int) -> list[float]:
    times = []
    t = float(store.clock)  # type: ignore[attr-defined]
    for _ in range(count):
        t += 1.0
        store.write({c.id: (np.array([t]), np.array([0.5])) for c in store.channels}, clock=t)  # type: ignore[attr-defined]
        began = time.perf_counter()
        page.refresh()  # type: ignore[attr-defined]
        app.processEvents()  # type: ignore[attr-defined]  # paints what changed, once
        times.append(time.perf_counter() - began)
    return times


def _p99(samples: list[float]) -> float:
    return float(np.percentile(samples, 99))


def run() -> list[Figure]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from proactive_gui.instrument.telemetry import TelemetryStore
    from proactive_gui.instrument.viewport import time_window
    from proactive_gui.ui.app import application
    from proactive_gui.ui.pages.health import HealthPage, SubsystemPlot

    app = application()
    before = _rss_mb()
    store = TelemetryStore(_channels(), capacity=HOURS * 3600 + 3600)  # type: ignore[arg-type]
    _fill(store, HOURS * 3600 + 600)  # not on a time-axis step: those are measured apart
    memory = _rss_mb() - before

    page = HealthPage(store)
    page.resize(1060, 700)
    page.show()
    page.range_box.setCurrentIndex(2)  # whole run: 48 hours on screen
    app.processEvents()
    fast = _refresh_times(page, store, app, REFRESHES)
    # The last 10 minutes: the time axes advance by 10 s every 10th frame.
    page.range_box.setCurrentIndex(0)
    app.processEvents()
    first = store.clock + 1.0
    ten_minutes = _refresh_times(page, store, app, REFRESHES)
    advances = [
        time_window(first + k, 600.0) != time_window(first + k - 1, 600.0) for k in range(REFRESHES)
    ]
    steps = [dt for dt, step in zip(ten_minutes, advances, strict=True) if step]
    steady = [dt for dt, step in zip(ten_minutes, advances, strict=True) if not step]
    page.range_box.setCurrentIndex(2)
    app.processEvents()

    def naive(plot: SubsystemPlot, source: TelemetryStore, window_s: float | None) -> None:
        for cid in plot.traces.names():
            naive_curves[cid].setData(*source.series(cid))  # every sample of 48 h
        plot.item.setXRange(0, source.clock, padding=0.01)

    naive_curves = {}
    for plot in page.plots.values():
        plot.traces.setVisible(False)
        plot.item.enableAutoRange(axis="y")
        for cid in plot.traces.names():
            naive_curves[cid] = plot.item.plot(connect="finite")
    original = SubsystemPlot.show_window
    SubsystemPlot.show_window = naive  # type: ignore[assignment,method-assign]
    try:
        slow = _refresh_times(page, store, app, NAIVE_REFRESHES)
    finally:
        SubsystemPlot.show_window = original  # type: ignore[method-assign]
        page.close()
    return [
        Figure(
            "dashboard.refresh_median", statistics.median(fast), "s", FRAME_S, "one 60 Hz frame"
        ),
        Figure("dashboard.refresh_p99", _p99(fast), "s", FRAME_S, "one 60 Hz frame"),
        Figure(
            "dashboard.10min_refresh_median",
            statistics.median(steady),
            "s",
            FRAME_S,
            "one 60 Hz frame",
        ),
        Figure("dashboard.10min_refresh_p99", _p99(steady), "s", FRAME_S, "one 60 Hz frame"),
        Figure(
            "dashboard.10min_axis_step_max",
            max(steps),
            "s",
            FRAME_S,
            f"one 60 Hz frame ({len(steps)} of {REFRESHES} frames)",
        ),
        Figure("dashboard.memory_48h_48ch", memory, "MB", 300.0, "target"),
        Figure(
            "dashboard.naive_refresh_median",
            statistics.median(slow),
            "s",
            statistics.median(fast),
            "min/max levels (above)",
        ),
        Figure(
            "dashboard.naive_refresh_p99", _p99(slow), "s", _p99(fast), "min/max levels (above)"
        ),
    ]
