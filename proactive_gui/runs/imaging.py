"""A run's per-cycle InterOp values as tile × cycle matrices, grown from the records the
instrument appends, so that a poll while a run is written reads and lays out only what
is new.

The columns carry interop's imaging-table names (``P90/<channel>``, ``Fwhm/<channel>``,
``% Base/A``, ``Error Rate``, ``%>= Q30``, ``Signal To Noise``) and the same values, as
the tests check against interop's own table on every shared run. Values that interop
derives from the whole folder at once (density, %PF, phasing, occupancy: one per tile,
not per cycle) still come from interop's summary (``per_tile``).
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import numpy.typing as npt

from proactive_gui.runs.records import RecordTail, UnsupportedFormatError

Matrix = npt.NDArray[np.float32]
BASES = ("A", "C", "G", "T")
DOTNET_UNIX_EPOCH_TICKS = 621_355_968_000_000_000  # 1970-01-01 in .NET ticks (100 ns)
TICKS_MASK = (1 << 62) - 1  # the two top bits of a .NET DateTime are its kind

# Bounds of a real flow cell, well beyond any instrument's (a NovaSeq X 25B has a few
# thousand tiles; the longest runs a few hundred cycles): a damaged or hostile file that
# names tile 4,000,000,000 or cycle 65,535 must not make the matrices that big.
MAX_CYCLES = 2_000
MAX_TILES = 20_000

# The per-cycle files, in the order they are read: each fills the columns below.
FOLLOWED = (
    "ExtractionMetricsOut.bin",
    "CorrectedIntMetricsOut.bin",
    "ErrorMetricsOut.bin",
    "QMetricsOut.bin",
)


_GRIDS = itertools.count(1)


@dataclass(frozen=True)
class FollowedCycles:
    """One look at a followed run: tiles (``lane``, ``tile`` per row) by ``cycles``,
    one matrix per column, and the time each cycle was imaged. The matrices are views
    of the follower's: the newest cycle's cells may still fill in at its next update."""

    lane: npt.NDArray[np.int64]
    tile: npt.NDArray[np.int64]
    cycles: int
    matrices: dict[str, Matrix] = field(repr=False)
    cycle_times: npt.NDArray[np.float64] = field(repr=False)
    look: tuple[int, int] = (0, 0)  # (grid, look at it): which grid, and how many looks
    changed_from: int = 1
    """The first cycle written since the look before (``cycles`` + 1: none); a reader
    that took in that look need only redo the cycles from here."""

    @property
    def tiles(self) -> int:
        return len(self.lane)


@dataclass
class CycleGrid:
    """Tiles (rows, in the order first seen) by cycles (columns 0..N-1 = cycles 1..N),
    one float32 matrix per column; grows in place as records arrive."""

    lane: list[int] = field(default_factory=list)
    tile: list[int] = field(default_factory=list)
    cycles: int = 0
    times: dict[int, list[float]] = field(default_factory=dict)  # cycle -> record times
    _median_time: dict[int, float] = field(default_factory=dict)  # of the cycles unchanged
    _row_of: dict[int, int] = field(default_factory=dict)
    _data: dict[str, Matrix] = field(default_factory=dict)
    _capacity: tuple[int, int] = (0, 0)
    _looks: int = 0
    _serial: int = field(default_factory=lambda: next(_GRIDS))  # ids are never reused
    _changed_from: int | None = None  # the first cycle written since the last look

    @property
    def tiles(self) -> int:
        return len(self.lane)

    @property
    def columns(self) -> tuple[str, ...]:
        return tuple(self._data)

    def matrix(self, column: str) -> Matrix:
        """``column`` as tiles × cycles (a view; NaN where a tile has no value yet)."""
        return self._data[column][: self.tiles, : self.cycles]

    def row_keys(self) -> list[int]:
        return list(self._row_of)

    def rows(self, lane: np.ndarray, tile: np.ndarray) -> np.ndarray:
        keys = lane.astype(np.int64) * 10_000_000 + tile.astype(np.int64)
        unique, inverse = np.unique(keys, return_inverse=True)
        index = np.empty(len(unique), dtype=np.int64)
        for i, key in enumerate(unique.tolist()):
            row = self._row_of.get(key)
            if row is None:
                row = self._row_of[key] = len(self.lane)
                self.lane.append(key // 10_000_000)
                self.tile.append(key % 10_000_000)
                self._changed_from = 1  # a new tile: every cycle has a new row
            index[i] = row
        return index[inverse]

    def put(self, column: str, rows: np.ndarray, cycle: np.ndarray, values: np.ndarray) -> None:
        """Write ``values`` at (rows, cycle − 1), growing the matrices as needed."""
        if not len(rows):
            return
        self.cycles = max(self.cycles, int(cycle.max()))
        first = int(cycle.min())
        self._changed_from = min(self._changed_from or first, first)
        self._fit(self.tiles, self.cycles)
        if column not in self._data:
            self._data[column] = np.full(self._capacity, np.nan, dtype=np.float32)
        values = np.asarray(values, dtype=np.float64)
        self._data[column][rows, cycle - 1] = np.where(np.isfinite(values), values, np.nan)

    def _fit(self, rows: int, cols: int) -> None:
        """Room for ``rows`` × ``cols``: capacity doubles, so growing costs O(1) a cycle."""
        have_rows, have_cols = self._capacity
        if rows <= have_rows and cols <= have_cols:
            return
        grown = (
            max(rows, 2 * have_rows if rows > have_rows else have_rows, 16),
            max(cols, 2 * have_cols if cols > have_cols else have_cols, 32),
        )
        for column, old in self._data.items():
            matrix = np.full(grown, np.nan, dtype=np.float32)
            matrix[: old.shape[0], : old.shape[1]] = old
            self._data[column] = matrix
        self._capacity = grown

    def snapshot(self) -> FollowedCycles:
        self._looks += 1
        changed, self._changed_from = self._changed_from, None
        return FollowedCycles(
            np.array(self.lane, dtype=np.int64),
            np.array(self.tile, dtype=np.int64),
            self.cycles,
            {column: self.matrix(column) for column in self._data},
            self.cycle_times(),
            look=(self._serial, self._looks),
            changed_from=self.cycles + 1 if changed is None else changed,
        )

    def add_times(self, cycle: np.ndarray, stamps: np.ndarray) -> None:
        """The times records were imaged at (Unix seconds, NaN: none recorded)."""
        timed = np.isfinite(stamps)
        for c in np.unique(cycle[timed]).tolist():
            self.times.setdefault(c, []).extend(stamps[timed & (cycle == c)].tolist())
            self._median_time.pop(c, None)  # its median is taken again at the next look

    def cycle_times(self) -> npt.NDArray[np.float64]:
        """Per cycle (index 0 = cycle 1) the median time its tiles were imaged; NaN where
        the files record no time (ExtractionMetrics v3). Only cycles with new records
        have their median taken again."""
        out = np.full(self.cycles, np.nan)
        for cycle, stamps in self.times.items():
            if cycle <= self.cycles:
                if cycle not in self._median_time:
                    self._median_time[cycle] = float(np.median(stamps))
                out[cycle - 1] = self._median_time[cycle]
        return out


def unix_time(ticks: np.ndarray) -> np.ndarray:
    """ExtractionMetrics v2's time stamps (.NET DateTime: kind bits over 100 ns ticks
    since year 1) as Unix seconds; NaN where none is recorded (0)."""
    raw = ticks.astype(np.uint64) & np.uint64(TICKS_MASK)
    seconds = (raw.astype(np.float64) - DOTNET_UNIX_EPOCH_TICKS) / 1e7
    return np.where(raw > 0, seconds, np.nan)


def _extraction(grid: CycleGrid, records: np.ndarray, channels: tuple[str, ...]) -> None:
    rows, cycle = grid.rows(records["lane"], records["tile"]), records["cycle"].astype(np.int64)
    fwhm, p90 = records["fwhm"], records["p90"]
    for i, name in enumerate(channels[: p90.shape[1]]):
        grid.put(f"P90/{name}", rows, cycle, p90[:, i])
        grid.put(f"Fwhm/{name}", rows, cycle, fwhm[:, i])
    if "datetime" in (records.dtype.names or ()):
        grid.add_times(cycle, unix_time(records["datetime"]))


def _corrected(grid: CycleGrid, records: np.ndarray) -> None:
    rows, cycle = grid.rows(records["lane"], records["tile"]), records["cycle"].astype(np.int64)
    called = records["called_counts"].astype(np.float64)  # no call, A, C, G, T
    total = called[:, 1:].sum(axis=1)  # interop: a share of the calls made
    with np.errstate(invalid="ignore", divide="ignore"):
        for i, base in enumerate(BASES):
            grid.put(
                f"% Base/{base}",
                rows,
                cycle,
                np.where(total > 0, 100 * called[:, i + 1] / total, np.nan),
            )
    if "signal_to_noise" in (records.dtype.names or ()):
        grid.put("Signal To Noise", rows, cycle, records["signal_to_noise"])


def _error(grid: CycleGrid, records: np.ndarray) -> None:
    rows, cycle = grid.rows(records["lane"], records["tile"]), records["cycle"].astype(np.int64)
    grid.put("Error Rate", rows, cycle, records["error_rate"])


def q_values(header: bytes, bins: int) -> np.ndarray:
    """The Q-score each histogram bin stands for: from the bin table of a binned file
    (lower, upper, value per bin), else bin i is Q i+1."""
    if len(header) >= 4 and header[0] >= 6 and header[2] and header[3] == bins:
        return np.frombuffer(header[4 : 4 + 3 * bins], dtype=np.uint8)[2::3].astype(np.int64)
    return np.arange(1, bins + 1)


def _q(grid: CycleGrid, records: np.ndarray, header: bytes) -> None:
    rows, cycle = grid.rows(records["lane"], records["tile"]), records["cycle"].astype(np.int64)
    histogram = records["histogram"].astype(np.float64)
    q = q_values(header, histogram.shape[1])
    total = histogram.sum(axis=1)
    over = histogram[:, q >= 30].sum(axis=1)
    with np.errstate(invalid="ignore", divide="ignore"):
        grid.put("%>= Q30", rows, cycle, np.where(total > 0, 100 * over / total, np.nan))


class CycleFollower:
    """Follows one run folder's per-cycle InterOp files (``FOLLOWED``); each ``update``
    reads only the records appended since the last one and returns the grid. A file
    that is rewritten (not appended to) starts the whole grid afresh."""

    def __init__(self, folder: Path, channels: tuple[str, ...]) -> None:
        self.folder = folder
        self.channels = channels
        self.records_read = 0  # since the start: the cost of the last update is its delta
        self.restarts = 0  # files rewritten rather than appended to
        self._restart()

    def _restart(self) -> None:
        self._tails = {name: RecordTail(self.folder / "InterOp" / name) for name in FOLLOWED}
        self.grid = CycleGrid()

    def update(self) -> tuple[FollowedCycles, list[str]]:
        """Read what was appended; returns the run as it now is and the files that
        could not be read (with why). A damaged file raises nothing: it is named."""
        problems: list[str] = []
        appended = {}
        for name, tail in self._tails.items():
            if not tail.path.is_file():
                continue
            try:
                appended[name] = tail.read()
            except (OSError, UnsupportedFormatError) as exc:
                problems.append(f"InterOp/{name}: {exc}")
        if any(found.rewritten for found in appended.values()):
            self.restarts += 1
            self._restart()
            return self.update()
        for name, found in appended.items():
            records = found.records
            if not len(records):
                continue
            self.records_read += len(records)
            records, left_out = self._plausible(records)
            if left_out:
                problems.append(
                    f"InterOp/{name}: {left_out} records name a cycle outside 1–{MAX_CYCLES} "
                    f"or more than {MAX_TILES} tiles, so the file is damaged; they were left out"
                )
            if name.startswith("Extraction"):
                _extraction(self.grid, records, self.channels)
            elif name.startswith("CorrectedInt"):
                _corrected(self.grid, records)
            elif name.startswith("Error"):
                _error(self.grid, records)
            else:
                _q(self.grid, records, self._tails[name].header)
        return self.grid.snapshot(), problems

    def _plausible(self, records: np.ndarray) -> tuple[np.ndarray, int]:
        """The records a real flow cell can have, and how many others there were."""
        cycle = records["cycle"].astype(np.int64)
        keep = (cycle >= 1) & (cycle <= MAX_CYCLES)
        keys = records["lane"].astype(np.int64) * 10_000_000 + records["tile"].astype(np.int64)
        known = np.fromiter(self.grid.row_keys(), dtype=np.int64)
        new = np.setdiff1d(np.unique(keys[keep]), known)
        room = max(0, MAX_TILES - self.grid.tiles)
        if len(new) > room:
            keep &= ~np.isin(keys, new[room:])
        return records[keep], int((~keep).sum())
