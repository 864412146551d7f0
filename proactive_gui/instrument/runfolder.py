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
from proactive_gui.instrument.channels import Channel, Subsystem
from proactive_gui.instrument.cycles import BASELINE_CYCLES, TileCycles, nan_median, nan_quantile
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


def _spread(matrix: FloatArray) -> FloatArray:
    """Per cycle, the P90 − P10 spread over tiles."""
    return nan_quantile(matrix, 0.9, axis=0) - nan_quantile(matrix, 0.1, axis=0)


def _group_difference(matrix: FloatArray, groups: np.ndarray) -> FloatArray:
    """Per cycle, the largest difference between the groups' medians (swaths, surfaces)."""
    medians = np.vstack([nan_median(matrix[groups == g], axis=0) for g in np.unique(groups)])
    known = np.isfinite(medians).any(axis=0)
    out = np.full(matrix.shape[1], np.nan)
    out[known] = np.nanmax(medians[:, known], axis=0) - np.nanmin(medians[:, known], axis=0)
    return out


def mean_focus(cycles: TileCycles, chemistry: tuple[str, ...]) -> FloatArray:
    """Focus per tile and cycle, averaged over the chemistry channels."""
    stack = np.stack([cycles.matrix(f"Fwhm/{name}") for name in chemistry])
    out = np.full(stack.shape[1:], np.nan)
    known = np.isfinite(stack).any(axis=0)
    out[known] = np.nanmean(stack[:, known], axis=0)
    return out


def tile_intensity_ratio(cycles: TileCycles, chemistry: tuple[str, ...]) -> FloatArray:
    """Per tile and cycle: the tile's intensity (mean over channels of P90 / the lane's
    median P90 that cycle) divided by the tile's own usual ratio over the run, so that
    a tile that is always a little dimmer reads 1. A bubble reads well below 1."""
    ratios = []
    for name in chemistry:
        p90 = cycles.matrix(f"P90/{name}")
        lane_median = np.full_like(p90, np.nan)
        for lane in np.unique(cycles.lane):
            mine = cycles.lane == lane
            lane_median[mine] = nan_median(p90[mine], axis=0)
        with np.errstate(invalid="ignore", divide="ignore"):
            ratios.append(np.where(lane_median > 0, p90 / lane_median, np.nan))
    stack = np.stack(ratios)
    ratio = np.full(stack.shape[1:], np.nan)
    known = np.isfinite(stack).any(axis=0)
    ratio[known] = np.nanmean(stack[:, known], axis=0)
    usual = nan_median(ratio, axis=1)
    with np.errstate(invalid="ignore", divide="ignore"):
        ratio /= usual[:, None]
    return ratio


def cycle_values(
    cycles: TileCycles,
    channels: tuple[Channel, ...],
    chemistry: tuple[str, ...],
    focus: FloatArray,
    ratio: FloatArray,
) -> dict[str, FloatArray]:
    """Each channel's value per cycle (index 0 = cycle 1), from the table and the tile
    matrices ``mean_focus`` and ``tile_intensity_ratio``."""
    wanted = {c.id for c in channels}
    out: dict[str, FloatArray] = {}
    for name in chemistry:
        out[f"intensity_{name.lower()}"] = nan_median(cycles.matrix(f"P90/{name}"), axis=0)
        out[f"focus_{name.lower()}"] = nan_median(cycles.matrix(f"Fwhm/{name}"), axis=0)
    out["tile_focus_spread"] = _spread(focus)
    out["swath_focus_difference"] = _group_difference(focus, cycles.lane * 100 + cycles.swath)
    if "surface_focus_difference" in wanted:
        out["surface_focus_difference"] = _group_difference(
            focus, cycles.lane * 100 + cycles.surface
        )
    single = {
        "percent_pf": "% Pass Filter",
        "density": "Density(k/mm2)",
        "percent_occupied": "% Occupied",
        "phasing": "Legacy Phasing Rate",
        "prephasing": "Legacy Prephasing Rate",
        "error_rate": "Error Rate",
        "percent_q30": "%>= Q30",
        "signal_to_noise": "Signal To Noise",
    }
    for cid, column in single.items():
        if cid in wanted:
            out[cid] = nan_median(cycles.matrix(column), axis=0)
    for cid in ("phasing", "prephasing"):  # interop writes 0 for cycles it did not estimate
        values = out[cid]
        values[values <= 0] = np.nan
    out["local_intensity_loss"] = _worst(100.0 * (1.0 - ratio))
    return {cid: values for cid, values in out.items() if cid in wanted}


def _worst(loss: FloatArray) -> FloatArray:
    out = np.full(loss.shape[1], np.nan)
    known = np.isfinite(loss).any(axis=0)
    out[known] = np.nanmax(loss[:, known], axis=0)
    np.maximum(out, 0.0, out=out)
    return out


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
    tile_ratio: FloatArray  # tiles × cycles, see ``tile_intensity_ratio``
    tile_focus: FloatArray  # tiles × cycles, see ``mean_focus``

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


def health_data(run: RunFolder, changed_at: float | None = None) -> RunHealthData | None:
    """The run's channels and per-cycle values; None without InterOp metrics."""
    metrics = run.metrics
    if metrics is None:
        return None
    cycles = tile_cycles(run)
    chemistry = metrics.channel_names
    channels = run_channels(cycles, chemistry)
    if chemistry:
        focus, ratio = mean_focus(cycles, chemistry), tile_intensity_ratio(cycles, chemistry)
    else:  # no image channels: nothing per tile to compare
        focus = ratio = np.full((cycles.tiles, cycles.cycles), np.nan)
    values = cycle_values(cycles, channels, chemistry, focus, ratio)
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
        values,
        times,
        status,
        comparable_cycles(cycles, sequencing),
        sequencing,
        ratio,
        focus,
    )


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


def comparable_cycles(cycles: TileCycles, sequencing: np.ndarray) -> np.ndarray:
    """Cycles whose intensities say something about the optics: in a sequencing read,
    past its first cycles, with every base on a fair share of clusters."""
    past_start = cycles.cycle_in_read > BASELINE_CYCLES[1]
    comparable: np.ndarray = sequencing & past_start & cycles.balanced_cycles()
    return comparable


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
        data = health_data(run, changed_at)
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
