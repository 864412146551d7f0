"""The real instrument: its run folder as a source of channels.

The run folder holds what the seeds' Table 1 calls instrument performance data: per
tile and cycle, the optics' intensity and focus, the flow cell's clusters, phasing and
quality. This source declares the channels a run can measure (the chemistry's own
channel names, as interop reports them) and writes one value per cycle and channel —
the median over the flow cell's tiles — into a telemetry store whose x is the cycle.
A run folder records no temperatures: it declares no thermal channel.

Each new state of the folder (from the run watcher) writes only the cycles not yet
written; a new run, or a run whose channels differ, starts the store afresh.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from datetime import date

import numpy as np

from proactive_gui.i18n import QT_TRANSLATE_NOOP
from proactive_gui.instrument import runvalues
from proactive_gui.instrument.channels import Channel, Subsystem
from proactive_gui.instrument.cycles import TileCycles
from proactive_gui.instrument.ring import FloatArray
from proactive_gui.instrument.telemetry import InstrumentStatus, TelemetryStore
from proactive_gui.readiness import Reason
from proactive_gui.runs.folder import RunFolder
from proactive_gui.runs.prerun import output_free_bytes, prerun_reasons

OPT, MEC, FLU = Subsystem.OPTICAL, Subsystem.MECHANICAL, Subsystem.FLUIDICS
STALLED_AFTER_S = 2 * 3600.0  # a running run with no new cycle for this long has stalled
CAPACITY_MARGIN = 64  # cycles beyond the plan (a run may write a few more)

# Run states as the status reports them (InstrumentStatus.phase).
SEQUENCING, COMPLETE, STOPPED, STALLED, WAITING = (
    "sequencing",
    "complete",
    "stopped",
    "stalled",
    "waiting",
)


def run_channels(cycles: TileCycles, chemistry: tuple[str, ...]) -> tuple[Channel, ...]:
    """The channels this run folder can fill, in the order they are shown."""
    out: list[Channel] = []
    for i, name in enumerate(chemistry):
        out.append(
            Channel(
                f"intensity_{name.lower()}",
                OPT,
                QT_TRANSLATE_NOOP("Channel", "Intensity P90 ({chemistry})"),
                "counts",
                0,
                chemistry=name,
                key=i < 2,
            )
        )
    for i, name in enumerate(chemistry):
        out.append(
            Channel(
                f"focus_{name.lower()}",
                OPT,
                QT_TRANSLATE_NOOP("Channel", "Focus FWHM ({chemistry})"),
                "px",
                2,
                chemistry=name,
                key=i == 0,
            )
        )
    if cycles.has("Signal To Noise") and np.isfinite(cycles.matrix("Signal To Noise")).any():
        out.append(
            Channel("signal_to_noise", OPT, QT_TRANSLATE_NOOP("Channel", "Signal to noise"), "", 1)
        )
    out += [
        Channel(
            "tile_focus_spread",
            MEC,
            QT_TRANSLATE_NOOP("Channel", "Focus spread across tiles"),
            "px",
            3,
            key=True,
        ),
        Channel(
            "swath_focus_difference",
            MEC,
            QT_TRANSLATE_NOOP("Channel", "Focus difference between swaths"),
            "px",
            3,
            key=True,
        ),
    ]
    if len(np.unique(cycles.surface)) > 1:
        out.append(
            Channel(
                "surface_focus_difference",
                MEC,
                QT_TRANSLATE_NOOP("Channel", "Focus difference between surfaces"),
                "px",
                3,
                key=True,
            )
        )
    out += [
        Channel(
            "percent_pf",
            FLU,
            QT_TRANSLATE_NOOP("Channel", "Clusters passing filter"),
            "%",
            1,
            key=True,
        ),
        Channel("density", FLU, QT_TRANSLATE_NOOP("Channel", "Cluster density"), "k/mm²", 0),
    ]
    if cycles.has("% Occupied") and np.isfinite(cycles.matrix("% Occupied")).any():
        out.append(
            Channel("percent_occupied", FLU, QT_TRANSLATE_NOOP("Channel", "Occupied wells"), "%", 1)
        )
    out += [
        Channel("phasing", FLU, QT_TRANSLATE_NOOP("Channel", "Phasing"), "%", 3, key=True),
        Channel("prephasing", FLU, QT_TRANSLATE_NOOP("Channel", "Prephasing"), "%", 3),
        Channel(
            "local_intensity_loss",
            FLU,
            QT_TRANSLATE_NOOP("Channel", "Worst tile intensity loss"),
            "%",
            0,
            key=True,
        ),
    ]
    if cycles.has("Error Rate") and np.isfinite(cycles.matrix("Error Rate")).any():
        out.append(Channel("error_rate", FLU, QT_TRANSLATE_NOOP("Channel", "Error rate"), "%", 2))
    if cycles.has("%>= Q30") and np.isfinite(cycles.matrix("%>= Q30")).any():
        out.append(Channel("percent_q30", FLU, QT_TRANSLATE_NOOP("Channel", "Bases ≥ Q30"), "%", 1))
    return tuple(out)


@dataclass(frozen=True)
class RunHealthData:
    """What one state of a run folder says about the instrument, for health."""

    run: RunFolder
    cycles: TileCycles
    chemistry: tuple[str, ...]
    channels: tuple[Channel, ...]
    values: dict[str, FloatArray]  # per channel, per cycle
    cycle_times: FloatArray  # Unix time per cycle, NaN where unknown
    status: InstrumentStatus
    comparable: np.ndarray  # per cycle: intensities may be judged (see ``comparable_cycles``)
    sequencing: np.ndarray  # per cycle: in a sequencing read, not an index read
    tile_ratio: FloatArray  # tiles × cycles, see ``runvalues.tile_intensity_ratio``
    tile_focus: FloatArray  # tiles × cycles, see ``runvalues.mean_focus``
    computed: runvalues.CycleValues | None = None  # for the next look's new cycles

    @property
    def planned_cycles(self) -> int:
        return self.run.cycles_planned


def run_state(run: RunFolder, last_cycle_at: float | None, now: float) -> str:
    if run.state == "complete":
        return COMPLETE
    if run.state == "stopped":
        return STOPPED
    if not run.cycles_done:
        return WAITING
    if last_cycle_at is not None and now - last_cycle_at > STALLED_AFTER_S:
        return STALLED
    return SEQUENCING


def health_data(
    run: RunFolder, changed_at: float | None = None, previous: RunHealthData | None = None
) -> RunHealthData | None:
    """The run's channels and per-cycle values; None without InterOp metrics. With the
    data of the look before (``previous``), a followed run computes its new cycles only."""
    metrics = run.metrics
    if metrics is None:
        return None
    cycles = tile_cycles(run)
    chemistry = metrics.channel_names
    channels = run_channels(cycles, chemistry)
    done = _still_right(previous, run, channels, cycles)
    kept = previous.computed if previous is not None and done else None
    computed = runvalues.compute(cycles, channels, chemistry, kept, done)
    cycles.forget()  # the values are made: kept data stays small while a run is followed
    times = run.grid.cycle_times if run.grid else np.asarray(metrics.cycle_times, np.float64)
    timed = times[np.isfinite(times)]
    last_at = float(timed.max()) if len(timed) else changed_at
    status = InstrumentStatus(
        phase=run_state(run, last_at, time.time()),
        cycle=run.cycles_done,
        total_cycles=run.cycles_planned,
        sim_time=float(timed.max() - timed.min()) if len(timed) > 1 else 0.0,
        last_cycle_at=last_at,
        source="run_folder",
    )
    sequencing = sequencing_cycles(run, cycles)
    return RunHealthData(
        run,
        cycles,
        chemistry,
        channels,
        computed.values,
        times,
        status,
        runvalues.comparable_cycles(cycles, sequencing, computed.balanced),
        sequencing,
        computed.ratio,
        computed.focus,
        computed,
    )


def _still_right(
    previous: RunHealthData | None,
    run: RunFolder,
    channels: tuple[Channel, ...],
    cycles: TileCycles,
) -> int:
    """How many of ``previous``'s first cycles need no computing again: those before the
    first cycle written since, when ``previous`` took in the look just before this one at
    the same followed files, with the same summary, tiles and channels; else 0."""
    if previous is None or run.grid is None or previous.run.grid is None:
        return 0
    before, now = previous.run.grid, run.grid
    same = (
        now.look == (before.look[0], before.look[1] + 1)
        and run.metrics is previous.run.metrics
        and previous.channels == channels
        and previous.cycles.tiles == cycles.tiles
        and bool(np.array_equal(before.lane, now.lane) and np.array_equal(before.tile, now.tile))
    )
    return min(now.changed_from - 1, before.cycles) if same else 0


def tile_cycles(run: RunFolder) -> TileCycles:
    """The run's tiles × cycles: followed from its files where the watcher keeps them
    (``RunFolder.grid``), else from interop's whole table."""
    grid, metrics = run.grid, run.metrics
    table = metrics.tile_table if metrics else None
    if grid is None or not grid.tiles:
        return TileCycles.of(table)
    reads = [(read.number, read.cycles) for read in run.run_info.reads]
    return TileCycles.of_grid(grid.lane, grid.tile, grid.matrices, reads, table)


def sequencing_cycles(run: RunFolder, cycles: TileCycles) -> np.ndarray:
    """Cycles of sequencing reads (an index read's few cycles of low diversity are not
    judged for intensity or phasing)."""
    index_reads = [r.number for r in run.run_info.reads if r.is_index]
    sequencing: np.ndarray = (cycles.read_of_cycle > 0) & ~np.isin(
        cycles.read_of_cycle, index_reads
    )
    return sequencing


class RunFolderSource:
    """Owns the store while a run folder is shown: ``apply`` each loaded state; readers
    get ``data`` (the newest), and the store's revision tells them it changed."""

    def __init__(self, store: TelemetryStore) -> None:
        self.store = store
        self._lock = threading.Lock()
        self._data: RunHealthData | None = None
        self._written: tuple[str, int] | None = None  # (run id, cycles written)
        self._prerun: tuple[Reason, ...] = ()

    @property
    def data(self) -> RunHealthData | None:
        with self._lock:
            return self._data

    @property
    def prerun(self) -> tuple[Reason, ...]:
        """The pre-run checks' reasons for the newest run (expiry, reagents, wash, space)."""
        with self._lock:
            return self._prerun

    def apply(self, run: RunFolder, changed_at: float | None = None) -> RunHealthData | None:
        """Take in a loaded state of the run folder (on the watcher's thread: this reads
        files and measures the output volume)."""
        prerun = tuple(prerun_reasons(run, date.today(), output_free_bytes(run.path)))
        with self._lock:
            self._prerun = prerun
        data = health_data(run, changed_at, self.data)
        if data is None:  # the XML, but no cycle yet: the run is waiting for its first
            self._waiting(run)
            return None
        store = self.store
        run_id = run.run_info.run_id
        fresh = (
            self._written is None
            or self._written[0] != run_id
            or tuple(c.id for c in store.channels) != tuple(c.id for c in data.channels)
        )
        if fresh:
            capacity = max(data.planned_cycles, data.cycles.cycles) + CAPACITY_MARGIN
            epoch = _first_finite(data.cycle_times, default=time.time())
            store.redeclare(data.channels, capacity, epoch=epoch, axis="cycle")
            done = 0
        else:
            done = self._written[1] if self._written else 0
        # while a run is written, its newest cycle may still lack tiles: it waits a poll
        last = data.cycles.cycles - (data.status.phase == SEQUENCING)
        if last < done:  # the folder went back (rewritten): start again
            store.redeclare(data.channels, store.capacity, epoch=store.epoch, axis="cycle")
            done = 0
        x = np.arange(done + 1, last + 1, dtype=np.float64)
        samples = {cid: (x, values[done:last]) for cid, values in data.values.items()}
        store.write(samples, clock=float(last), status=data.status)
        with self._lock:
            self._data = data
            self._written = (run_id, last)
        return data

    def _waiting(self, run: RunFolder) -> None:
        run_id = run.run_info.run_id
        if self._written is None or self._written[0] != run_id:
            self.store.redeclare((), 1, epoch=time.time(), axis="cycle")
            self._written = (run_id, 0)
        status = InstrumentStatus(
            phase=run_state(run, None, time.time()),
            cycle=0,
            total_cycles=run.cycles_planned,
            sim_time=0.0,
            source="run_folder",
        )
        self.store.write({}, clock=self.store.clock, status=status)


def _first_finite(values: FloatArray, default: float) -> float:
    finite = values[np.isfinite(values)]
    return float(finite[0]) if len(finite) else default
