"""InterOp metrics through Illumina's ``interop`` library: read once, only the groups
needed, then summarised per read and lane, by cycle, as a Q-score histogram and per tile.

A corrupt file does not hide the rest: when a read fails, each group is tried alone,
the failing files are named, and everything else is loaded. interop reads a file that ends
in the middle of a record (or of its header) without a word, keeping what came before;
such a file is named as damaged, and so are the figures that come from part of it.

interop is imported only inside the functions that the worker process runs
(``isolation``): its SWIG bindings leak references to None, which on Python 3.11 ends
in "Fatal Python error: none_dealloc" after enough calls. The app's own process never
loads it.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from proactive_gui.i18n import QT_TRANSLATE_NOOP

Array = npt.NDArray[np.float64]

# The groups this app shows, with the file each comes from and what is lost without it.
GROUPS: dict[str, tuple[str, str]] = {
    "Q": ("QMetricsOut.bin", "yield, %≥Q30 and the Q-score histogram"),
    "Tile": ("TileMetricsOut.bin", "cluster density, %PF and tile counts"),
    "Error": ("ErrorMetricsOut.bin", "error rate (it needs a PhiX control)"),
    "Extraction": ("ExtractionMetricsOut.bin", "intensity and focus (FWHM) by cycle"),
    "CorrectedInt": ("CorrectedIntMetricsOut.bin", "corrected intensities"),
}
_EXTRA_GROUPS = ("Image", "ExtendedTile", "EmpiricalPhasing")

# The interop enum whose summary metric list suits each instrument family.
_INTEROP_INSTRUMENT = {
    "MiSeq": "MiSeq",
    "HiSeq": "HiSeq",
    "NextSeq": "NextSeq",
    "NextSeq1k2k": "NextSeq1k2k",
    "MiniSeq": "MiniSeq",
    "NovaSeq": "NovaSeq",
    "NovaSeqX": "NovaSeq",
    "MiSeqI100": "NovaSeq",
    "iSeq": "NovaSeq",
}


@dataclass(frozen=True)
class ReadSummary:
    number: int
    is_index: bool
    cycles: int
    yield_g: float
    percent_q30: float
    error_rate: float
    percent_aligned: float


@dataclass(frozen=True)
class LaneSummary:
    read_number: int
    lane: int
    tiles: int
    density_k_mm2: float
    density_pf_k_mm2: float
    percent_pf: float
    reads_m: float
    reads_pf_m: float
    percent_q30: float
    yield_g: float
    error_rate: float
    percent_aligned: float


@dataclass(frozen=True)
class CycleSeries:
    """Means over tiles, one value per cycle (NaN where a cycle has no data)."""

    cycles: Array
    percent_q30: Array
    error_rate: Array
    intensity: dict[str, Array]  # P90 intensity per channel
    fwhm: dict[str, Array]  # focus quality per channel


@dataclass(frozen=True)
class TileMap:
    """One value per tile of a metric, laid out as the flow cell is: a column per
    lane/surface/swath and a row per tile within the swath."""

    metric: str
    values: Array  # shape (rows, columns), NaN where a tile has no data
    columns: list[str]


@dataclass(frozen=True)
class RunMetrics:
    yield_g: float
    projected_yield_g: float
    percent_q30: float
    error_rate: float
    percent_aligned: float
    density_k_mm2: float
    percent_pf: float
    reads: tuple[ReadSummary, ...]
    lanes: tuple[LaneSummary, ...]
    by_cycle: CycleSeries
    qscore_bins: Array
    qscore_counts_m: Array  # bases per bin in millions, whatever scale interop drew it in
    cycles_with_data: int
    tile_table: Any = field(repr=False)  # interop's per-tile, per-cycle numpy table
    missing: tuple[str, ...] = ()  # "QMetricsOut.bin: yield, ... are not available"
    problems: tuple[str, ...] = ()  # files that could not be read, and why
    channel_names: tuple[str, ...] = ()  # the chemistry's image channels, as interop names them
    cycle_times: Array = field(default_factory=lambda: np.array([]), repr=False)
    """Unix time at which each cycle (1, 2, …) was imaged, the median over its tiles'
    extraction records; NaN where the files record no time (ExtractionMetrics v3)."""
    qscore_unit: str = ""
    """The scale interop chose for this run's Q-score histogram ("million" or "billion",
    from its y-axis label "Total (billion)"); "" when there is no histogram."""

    @property
    def tiles(self) -> int:
        """Tiles of the flow cell with data (every lane, counted once)."""
        first = self.reads[0].number if self.reads else None
        return sum(lane.tiles for lane in self.lanes if lane.read_number == first)

    def tile_map(self, metric: str) -> TileMap:
        return tile_map(self.tile_table, metric)


TILE_METRICS = {  # the first is shown first: it varies on every flow cell type
    "% Pass Filter": "% passing filter",
    "Density(k/mm2)": "Cluster density (k/mm²)",
    "%>= Q30": "% ≥ Q30 (mean over cycles)",
    "Error Rate": "Error rate % (mean over cycles)",
    "Signal To Noise": "Signal to noise",
}


def _valid_to_load(family: str, groups: list[str]) -> Any:
    from interop import py_interop_run as interop_run
    from interop import py_interop_run_metrics as interop_metrics

    valid = interop_run.uchar_vector(interop_run.MetricCount, 0)
    instrument = getattr(interop_run, _INTEROP_INSTRUMENT.get(family, "NovaSeq"))
    interop_metrics.list_summary_metrics_to_load(valid, instrument)
    for name in groups:
        valid[getattr(interop_run, name)] = 1
    return valid


def _read(folder: Path, family: str, groups: list[str]) -> Any:
    from interop import py_interop_run_metrics as interop_metrics

    metrics = interop_metrics.run_metrics()
    metrics.read(str(folder), _valid_to_load(family, groups))
    return metrics


def read_interop(folder: Path, family: str) -> tuple[Any, list[str]]:
    """interop's run_metrics for ``folder`` and the problems met; a failing group is
    left out and named, the others are loaded; a file cut short is named as damaged."""
    wanted = [*GROUPS, *_EXTRA_GROUPS]
    try:
        metrics = _read(folder, family, wanted)
    except Exception as first_failure:
        problems: dict[str, str] = {}  # file -> why
        good = []
        for group in wanted:
            try:
                _read_only(folder, group)
                good.append(group)
            except Exception as exc:
                filename = GROUPS.get(group, (f"{group}MetricsOut.bin", ""))[0]
                problems[filename] = _describe(exc)
        if not good or not problems:  # one cause for all: say it once
            reasons = sorted(set(problems.values())) or [_describe(first_failure)]
            raise InteropUnreadableError([f"InterOp: {reason}" for reason in reasons]) from None
        named = [f"InterOp/{filename}: {why}" for filename, why in problems.items()]
        try:
            metrics = _read_only(folder, *good)
        except Exception as exc:
            raise InteropUnreadableError([*named, f"InterOp: {_describe(exc)}"]) from None
        return metrics, [*named, *_cut_short(folder, metrics, good)]
    return metrics, _cut_short(folder, metrics, wanted)


def _read_only(folder: Path, *groups: str) -> Any:
    from interop import py_interop_run as interop_run
    from interop import py_interop_run_metrics as interop_metrics

    valid = interop_run.uchar_vector(interop_run.MetricCount, 0)
    for name in groups:
        valid[getattr(interop_run, name)] = 1
    metrics = interop_metrics.run_metrics()
    metrics.read(str(folder), valid)
    return metrics


class InteropUnreadableError(Exception):
    def __init__(self, problems: list[str]) -> None:
        super().__init__("; ".join(problems))
        self.problems = problems


def _describe(exc: Exception) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text[:300]


class Problem(str):
    """A problem as an English sentence (what logs, the CLI and JSON show) that keeps its
    template, marked for translation in context ``RunProblem``, and its fields, so that
    the window can say it in the reader's language."""

    template: str
    fields: tuple[tuple[str, str], ...]

    def __new__(cls, template: str, fields: Mapping[str, object] | None = None) -> Problem:
        words = {name: str(value) for name, value in (fields or {}).items()}
        problem = super().__new__(cls, template.format(**words))
        problem.template = template
        problem.fields = tuple(words.items())
        return problem

    def __reduce__(self) -> tuple[type[Problem], tuple[str, dict[str, str]]]:
        return Problem, (self.template, dict(self.fields))  # across the worker's pipe


# interop's metric set for each group it can be asked to read alone (io.read_interop);
# the app's other groups have none in its Python bindings and are not checked.
_METRIC_SETS = {
    "Q": "q_metric_set",
    "Tile": "tile_metric_set",
    "Error": "error_metric_set",
    "Extraction": "extraction_metric_set",
    "CorrectedInt": "corrected_intensity_metric_set",
    "Image": "image_metric_set",
    "ExtendedTile": "extended_tile_metric_set",
}
_SHORT_RECORD = re.compile(r"got: (\d+) != expected: (\d+)")


def _cut_short(folder: Path, metrics: Any, groups: list[str]) -> list[str]:
    """The files of ``groups`` that end before their last record (or header) does.

    ``run_metrics.read`` keeps what such a file holds before the break and says nothing,
    as it must while the instrument is still appending; read alone, a file tells. Only a
    file whose size is not what its records in ``metrics`` take is read again."""
    from interop import py_interop_comm as interop_io
    from interop import py_interop_run_metrics as interop_metrics

    problems: list[str] = []
    for group in groups:
        filename = GROUPS.get(group, (f"{group}MetricsOut.bin", ""))[0]
        path = folder / "InterOp" / filename
        if group not in _METRIC_SETS or not path.is_file():
            continue
        size, loaded = path.stat().st_size, getattr(metrics, _METRIC_SETS[group])()
        if loaded.size() and _bytes_of(loaded) == size:  # whole records, and some
            continue
        alone = interop_metrics.run_metrics()  # owns the set: keep it while the set is used
        try:
            interop_io.read_interop(str(folder), getattr(alone, _METRIC_SETS[group])())
        except interop_io.incomplete_file_exception as exc:
            problems.append(_cut_short_problem(filename, _describe(exc), size))
        except Exception:  # anything else was met (and named) by the read itself
            continue
    return problems


def _bytes_of(records: Any) -> int | None:
    """The size of the file that holds just ``records``: header and records, exact where
    a record is one metric (not TileMetrics v2); None for a set with nothing to size."""
    from interop import py_interop_comm as interop_io

    try:
        return int(interop_io.compute_buffer_size(records))
    except Exception:  # an empty set has no format version to size it by
        return None


def _cut_short_problem(filename: str, why: str, size: int) -> Problem:
    """Say how a file read as incomplete by interop ends (``why``: interop's words)."""
    fields: dict[str, object] = {"file": f"InterOp/{filename}"}
    short = _SHORT_RECORD.search(why)
    if size == 0 or "Empty file" in why:
        template = QT_TRANSLATE_NOOP("RunProblem", "{file} is empty, so nothing in it can be read")
    elif "header" in why:
        template = QT_TRANSLATE_NOOP(
            "RunProblem",
            "{file} is damaged: it ends inside its header, so nothing in it can be read",
        )
    elif short and short.group(1) == "0":  # a header, then not one byte of a record
        template = QT_TRANSLATE_NOOP("RunProblem", "{file} holds no records, only its header")
    elif short:
        fields["got"], fields["expected"] = short.group(1), short.group(2)
        template = QT_TRANSLATE_NOOP(
            "RunProblem",
            "{file} is damaged: it ends in the middle of a record (the last has {got} of "
            "its {expected} bytes), so the figures from it come only from the records "
            "before that one",
        )
    else:
        template = QT_TRANSLATE_NOOP(
            "RunProblem",
            "{file} is damaged: it ends in the middle of a record, so the figures from "
            "it come only from the records before that one",
        )
    return Problem(template, fields)


def _num(value: float) -> float:
    return float(value) if value is not None and math.isfinite(value) else math.nan


def summarise(metrics: Any, problems: list[str]) -> RunMetrics:
    """Turn interop's run_metrics into the app's typed summary."""
    from interop import core
    from interop import py_interop_run as interop_run
    from interop import py_interop_summary as interop_summary

    summary = interop_summary.run_summary()
    interop_summary.summarize_run_metrics(metrics, summary)
    total = summary.total_summary()
    reads, lanes = [], []
    for r in range(summary.size()):
        read = summary.at(r)
        info = read.read()
        s = read.summary()
        reads.append(
            ReadSummary(
                number=info.number(),
                is_index=bool(info.is_index()),
                cycles=info.total_cycles(),
                yield_g=_num(s.yield_g()),
                percent_q30=_num(s.percent_gt_q30()),
                error_rate=_num(s.error_rate()),
                percent_aligned=_num(s.percent_aligned()),
            )
        )
        for lane_index in range(read.size()):
            lane = read.at(lane_index)
            lanes.append(
                LaneSummary(
                    read_number=info.number(),
                    lane=lane.lane(),
                    tiles=lane.tile_count(),
                    density_k_mm2=_num(lane.density().mean()) / 1000,
                    density_pf_k_mm2=_num(lane.density_pf().mean()) / 1000,
                    percent_pf=_num(lane.percent_pf().mean()),
                    reads_m=_num(lane.reads()) / 1e6,
                    reads_pf_m=_num(lane.reads_pf()) / 1e6,
                    percent_q30=_num(lane.percent_gt_q30()),
                    yield_g=_num(lane.yield_g()),
                    error_rate=_num(lane.error_rate().mean()),
                    percent_aligned=_num(lane.percent_aligned().mean()),
                )
            )
    table = core.imaging(metrics)
    first_read_lanes = [
        lane for lane in lanes if lane.read_number == (reads[0].number if reads else 0)
    ]
    missing = tuple(
        f"{filename} is missing, so there is no {lost}"
        for group, (filename, lost) in GROUPS.items()
        if metrics.is_group_empty(getattr(interop_run, group))
        and not any(filename in p for p in problems)
    )
    bins, counts, qscore_unit = qscore_histogram(metrics)
    cycles = table["Cycle"] if len(table) else np.array([])
    names = table.dtype.names or ()
    return RunMetrics(
        yield_g=_num(total.yield_g()),
        projected_yield_g=_num(total.projected_yield_g()),
        percent_q30=_num(total.percent_gt_q30()),
        error_rate=_num(total.error_rate()),
        percent_aligned=_num(total.percent_aligned()),
        density_k_mm2=_mean([lane.density_k_mm2 for lane in first_read_lanes]),
        percent_pf=_mean([lane.percent_pf for lane in first_read_lanes]),
        reads=tuple(reads),
        lanes=tuple(lanes),
        by_cycle=by_cycle(table),
        qscore_bins=bins,
        qscore_counts_m=counts,
        cycles_with_data=int(cycles.max()) if len(cycles) else 0,
        tile_table=table,
        missing=missing,
        problems=tuple(problems),
        channel_names=tuple(n.split("/", 1)[1] for n in names if n.startswith("P90/")),
        cycle_times=extraction_times(metrics),
        qscore_unit=qscore_unit,
    )


def extraction_times(metrics: Any) -> Array:
    """Per cycle (index 0 = cycle 1) the median time its tiles were imaged, from the
    time stamp ExtractionMetrics v2 keeps per record (v3 keeps none: all NaN)."""
    records = metrics.extraction_metric_set()
    count = records.size()
    if not count:
        return np.array([], dtype=np.float64)
    cycles = np.empty(count, dtype=np.int64)
    stamps = np.empty(count, dtype=np.float64)
    for i in range(count):
        record = records.at(i)
        cycles[i], stamps[i] = record.cycle(), record.date_time()
    out = np.full(int(cycles.max()), np.nan)
    recorded = stamps > 0  # 0: no time recorded
    cycles, stamps = cycles[recorded], stamps[recorded]
    if len(cycles):
        order = np.lexsort((stamps, cycles))  # by cycle, then time: groups of sorted times
        cycles, stamps = cycles[order], stamps[order]
        firsts, starts = np.unique(cycles, return_index=True)
        out[firsts - 1] = [np.median(group) for group in np.split(stamps, starts[1:])]
    return out


def _mean(values: list[float]) -> float:
    finite = [v for v in values if math.isfinite(v)]
    return sum(finite) / len(finite) if finite else math.nan


def _group_mean(keys: npt.NDArray[Any], values: npt.NDArray[Any], size: int) -> Array:
    """Mean of ``values`` per integer key 0..size-1, skipping NaN, NaN for empty keys."""
    values = np.asarray(values, dtype=np.float64)
    finite = np.isfinite(values)
    sums = np.bincount(keys[finite], weights=values[finite], minlength=size)
    counts = np.bincount(keys[finite], minlength=size)
    out = np.full(size, np.nan)
    np.divide(sums, counts, out=out, where=counts > 0)
    return out


def by_cycle(table: Any) -> CycleSeries:
    names = table.dtype.names or ()
    if not len(table):
        empty = np.array([], dtype=np.float64)
        return CycleSeries(empty, empty, empty, {}, {})
    cycle = table["Cycle"].astype(np.int64)
    size = int(cycle.max()) + 1

    def series(column: str) -> Array:
        if column not in names:
            return np.full(size - 1, np.nan)
        return _group_mean(cycle, table[column], size)[1:]

    channels = [n.split("/", 1)[1] for n in names if n.startswith("P90/")]
    return CycleSeries(
        cycles=np.arange(1, size, dtype=np.float64),
        percent_q30=series("%>= Q30"),
        error_rate=series("Error Rate"),
        intensity={ch: series(f"P90/{ch}") for ch in channels},
        fwhm={ch: series(f"Fwhm/{ch}") for ch in channels if f"Fwhm/{ch}" in names},
    )


# The scales interop draws its Q-score histogram in (plot_qscore_histogram.cpp: millions,
# or billions once the tallest bar passes 10,000 million), in bases per unit.
QSCORE_SCALES = {"million": 1e6, "billion": 1e9}


def qscore_histogram(metrics: Any) -> tuple[Array, Array, str]:
    """Q-score bins, the bases in each (millions) and the scale interop drew them in,
    as its SAV-style plot: the word in its y-axis label, "Total (billion)"."""
    from interop import py_interop_plot as interop_plot
    from interop import py_interop_run as interop_run

    empty = np.array([], dtype=np.float64)
    if metrics.is_group_empty(interop_run.Q):
        return empty, empty, ""
    data = interop_plot.bar_plot_data()
    options = interop_plot.filter_options(metrics.run_info().flowcell().naming_method())
    interop_plot.plot_qscore_histogram(metrics, options, data)
    if data.size() == 0:
        return empty, empty, ""
    label = str(data.xyaxes().y().label())
    scale = re.search(r"\((\w+)\)", label)
    unit = scale.group(1).lower() if scale else ""
    unit = unit if unit in QSCORE_SCALES else "million"  # interop 1.9 knows no other
    to_millions = QSCORE_SCALES[unit] / 1e6
    bars = data.at(0)
    points = [bars.at(i) for i in range(bars.size())]
    return (
        np.array([p.x() for p in points], dtype=np.float64),
        np.array([p.y() for p in points], dtype=np.float64) * to_millions,
        unit,
    )


def tile_map(table: Any, metric: str) -> TileMap:
    names = table.dtype.names or ()
    if not len(table) or metric not in names:
        return TileMap(metric, np.full((0, 0), np.nan), [])
    lane = table["Lane"].astype(np.int64)
    tile = table["Tile"].astype(np.int64)
    surface = table["Surface"].astype(np.int64) if "Surface" in names else tile // 1000 % 10
    swath = table["Swath"].astype(np.int64) if "Swath" in names else tile // 100 % 10
    within = tile % 100
    column_keys = sorted(set(zip(lane.tolist(), surface.tolist(), swath.tolist(), strict=True)))
    column_of = {key: i for i, key in enumerate(column_keys)}
    rows = int(within.max())
    key = np.array(
        [column_of[k] for k in zip(lane.tolist(), surface.tolist(), swath.tolist(), strict=True)]
    )
    flat = (within - 1) * len(column_keys) + key
    means = _group_mean(flat, table[metric], rows * len(column_keys))
    return TileMap(
        metric,
        means.reshape(rows, len(column_keys)),
        [f"L{ln} S{s} W{w}" for ln, s, w in column_keys],
    )
