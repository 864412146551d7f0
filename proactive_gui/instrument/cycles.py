"""A run folder's InterOp table as dense tile × cycle matrices, and the per-cycle values
of the flow cell that the run-folder source turns into channels.

interop's imaging table has one row per lane, tile and cycle. Health needs the same
values laid out so that a tile can be compared with its lane and a cycle with the
read's first cycles, in a few vectorised steps: ``TileCycles`` is that layout. Matrices
are built once per column on first use and kept.

Two ways in: ``of`` interop's whole table (a folder read at once), or ``of_grid`` the
matrices ``runs.imaging`` grows from the records a running instrument appends, with the
values interop gives once per tile and read (density, %PF, phasing) from its summary.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np
import numpy.typing as npt

from proactive_gui.instrument.ring import FloatArray

IntArray = npt.NDArray[np.int64]
Matrix = npt.NDArray[np.floating[Any]]  # tiles × cycles, single precision

BASELINE_CYCLES = (2, 6)  # a read's first cycles (inclusive, within the read) for its level
BALANCED_BASES = (10.0, 45.0)
# interop's columns with one value per tile and read (the summary's, not followed)
PER_TILE_COLUMNS = (
    "% Pass Filter",
    "Density(k/mm2)",
    "% Occupied",
    "Legacy Phasing Rate",
    "Legacy Prephasing Rate",
)  # % of each base at a cycle whose intensities can be compared


@dataclass
class TileCycles:
    """Tiles (rows) by cycles (columns 0..N-1 = cycles 1..N) of one run folder."""

    table: Any = field(repr=False)  # interop's structured per-tile, per-cycle table
    lane: IntArray  # per tile row
    tile: IntArray
    surface: IntArray
    swath: IntArray
    cycles: int  # the highest cycle with data
    read_of_cycle: IntArray  # per cycle column: the read number (0 where unknown)
    cycle_in_read: IntArray  # per cycle column: 1-based position in its read
    _rows: IntArray = field(repr=False)
    _cols: IntArray = field(repr=False)
    _cache: dict[str, Matrix] = field(default_factory=dict, repr=False)
    _grid: dict[str, Matrix] = field(default_factory=dict, repr=False)  # followed, per cycle
    _per_read: dict[str, FloatArray] = field(default_factory=dict, repr=False)  # tiles × reads

    @classmethod
    def of(cls, table: Any) -> TileCycles:
        names = table.dtype.names or ()
        if not len(table):
            empty = np.array([], dtype=np.int64)
            return cls(table, empty, empty, empty, empty, 0, empty, empty, empty, empty)
        lane = table["Lane"].astype(np.int64)
        tile = table["Tile"].astype(np.int64)
        keys = lane * 1_000_000 + tile
        unique, rows = np.unique(keys, return_inverse=True)
        cycle = table["Cycle"].astype(np.int64)
        cycles = int(cycle.max())
        first = np.zeros(len(unique), dtype=np.int64)
        first[rows[::-1]] = np.arange(len(rows))[::-1]  # a row of each tile

        def per_tile(column: str, fallback: IntArray) -> IntArray:
            return table[column].astype(np.int64)[first] if column in names else fallback

        t = tile[first]
        read_of = np.zeros(cycles, dtype=np.int64)
        within = np.zeros(cycles, dtype=np.int64)
        if "Read" in names and "Cycle Within Read" in names:
            read_of[cycle - 1] = table["Read"].astype(np.int64)
            within[cycle - 1] = table["Cycle Within Read"].astype(np.int64)
        return cls(
            table,
            lane=lane[first],
            tile=t,
            surface=per_tile("Surface", t // 1000 % 10),
            swath=per_tile("Swath", t // 100 % 10),
            cycles=cycles,
            read_of_cycle=read_of,
            cycle_in_read=within,
            _rows=rows.astype(np.int64),
            _cols=cycle - 1,
        )

    @classmethod
    def of_grid(
        cls,
        lane: IntArray,
        tile: IntArray,
        matrices: dict[str, Matrix],
        read_cycles: list[tuple[int, int]],
        summary: Any = None,
    ) -> TileCycles:
        """From followed tile × cycle ``matrices`` (rows: ``lane``, ``tile``), the run's
        reads as (number, cycles) in RunInfo order, and interop's table of its last
        summary (None before one) for the values it gives per tile and read."""
        cycles = next(iter(matrices.values())).shape[1] if matrices else 0
        read_of = np.zeros(cycles, dtype=np.int64)
        within = np.zeros(cycles, dtype=np.int64)
        start = 0
        for number, count in read_cycles:
            stop = min(start + count, cycles)
            read_of[start:stop] = number
            within[start:stop] = np.arange(1, stop - start + 1)
            start += count
        surface, swath = tile // 1000 % 10, tile // 100 % 10
        per_read: dict[str, FloatArray] = {}
        names = (summary.dtype.names or ()) if summary is not None else ()
        if summary is not None and len(summary):
            rows = _rows_of(lane, tile, summary["Lane"], summary["Tile"])
            known = rows >= 0
            if "Surface" in names:
                surface = surface.copy()
                surface[rows[known]] = summary["Surface"][known]
            if "Swath" in names:
                swath = swath.copy()
                swath[rows[known]] = summary["Swath"][known]
            reads = np.asarray(summary["Read"], dtype=np.int64) if "Read" in names else None
            width = max([n for n, _ in read_cycles] + [0]) + 1
            for column in PER_TILE_COLUMNS:
                if column not in names or reads is None:
                    continue
                table = np.full((len(lane), width), np.nan)
                values = np.asarray(summary[column], dtype=np.float64)
                ok = known & (reads > 0) & (reads < width) & np.isfinite(values)
                table[rows[ok], reads[ok]] = values[ok]
                per_read[column] = table
        return cls(
            summary,
            lane=lane.astype(np.int64),
            tile=tile.astype(np.int64),
            surface=surface.astype(np.int64),
            swath=swath.astype(np.int64),
            cycles=cycles,
            read_of_cycle=read_of,
            cycle_in_read=within,
            _rows=np.array([], dtype=np.int64),
            _cols=np.array([], dtype=np.int64),
            _grid=dict(matrices),
            _per_read=per_read,
        )

    def after(self, done: int) -> TileCycles:
        """The same tiles, only the cycles after the first ``done``: per-cycle values of
        a followed run computed for its new cycles alone (``of_grid`` runs only)."""
        if not (self._grid or self._per_read):
            raise ValueError("only a followed run is computed a few cycles at a time")
        return TileCycles(
            self.table,
            lane=self.lane,
            tile=self.tile,
            surface=self.surface,
            swath=self.swath,
            cycles=self.cycles - done,
            read_of_cycle=self.read_of_cycle[done:],
            cycle_in_read=self.cycle_in_read[done:],
            _rows=self._rows,
            _cols=self._cols,
            _grid={column: matrix[:, done:] for column, matrix in self._grid.items()},
            _per_read=self._per_read,
        )

    @property
    def tiles(self) -> int:
        return len(self.lane)

    @property
    def columns(self) -> tuple[str, ...]:
        if self._grid or self._per_read:
            return (*self._grid, *self._per_read)
        return tuple(self.table.dtype.names or ()) if self.table is not None else ()

    def has(self, column: str) -> bool:
        return column in self.columns

    def matrix(self, column: str) -> Matrix:
        """``column`` as tiles × cycles (NaN where a tile has no value for a cycle), in
        single precision (InterOp's own): a NovaSeq S4 has 2,816 tiles."""
        if column in self._grid:
            return self._grid[column]
        if column not in self._cache:
            out = np.full((self.tiles, self.cycles), np.nan, dtype=np.float32)
            if column in self._per_read:
                out[:] = self._per_read[column][:, self.read_of_cycle]
            elif self.has(column):
                values = np.asarray(self.table[column], dtype=np.float64)
                out[self._rows, self._cols] = np.where(np.isfinite(values), values, np.nan)
            self._cache[column] = out
        return self._cache[column]

    def forget(self) -> None:
        """Let go of the matrices built so far (they are built again when asked for)."""
        self._cache.clear()

    def per_tile(self, column: str) -> FloatArray:
        """A value each tile has once (density, %PF): the median over its cycles."""
        return nan_median(self.matrix(column), axis=1)

    def balanced_cycles(self) -> np.ndarray:
        """Per cycle, whether every base is called on a fair share of clusters. On a
        low-diversity cycle (an amplicon's primer: 94 % A) each channel's intensity
        follows the base composition, not the optics, so it is not judged."""
        bases = [c for c in self.columns if c.startswith("% Base/")]
        if not bases:
            return np.ones(self.cycles, dtype=bool)
        low, high = BALANCED_BASES
        shares = np.vstack([nan_median(self.matrix(c), axis=0) for c in bases])
        known = np.isfinite(shares).all(axis=0)
        inside: np.ndarray = np.asarray(((shares >= low) & (shares <= high)).all(axis=0))
        return inside | ~known

    def read_baseline(self, values: FloatArray) -> FloatArray:
        """Per cycle, the level of its read's first cycles (``BASELINE_CYCLES``), from a
        per-cycle series; NaN for a read that has not reached them yet."""
        out = np.full(self.cycles, np.nan)
        low, high = BASELINE_CYCLES
        for read in np.unique(self.read_of_cycle[self.read_of_cycle > 0]):
            in_read = self.read_of_cycle == read
            base = in_read & (self.cycle_in_read >= low) & (self.cycle_in_read <= high)
            if not base.any():  # a short index read: its first cycles
                base = in_read & (self.cycle_in_read <= high)
            level = median_of(values[base])
            out[in_read] = level
        return out

    def run_baseline(self, values: FloatArray) -> float:
        """The level of the first non-index-like cycles of the run (cycles 2 to 6)."""
        low, high = BASELINE_CYCLES
        return median_of(values[low - 1 : high])


def _rows_of(lane: IntArray, tile: IntArray, lanes: Any, tiles: Any) -> IntArray:
    """For each (lanes, tiles) pair, its row among (lane, tile); -1 where it has none."""
    keys = lane.astype(np.int64) * 10_000_000 + tile.astype(np.int64)
    wanted = np.asarray(lanes, dtype=np.int64) * 10_000_000 + np.asarray(tiles, dtype=np.int64)
    order = np.argsort(keys)
    at = np.clip(np.searchsorted(keys[order], wanted), 0, max(len(keys) - 1, 0))
    if not len(keys):
        return np.full(len(wanted), -1, dtype=np.int64)
    rows: IntArray = np.where(keys[order][at] == wanted, order[at], -1)
    return rows


def median_of(values: Matrix) -> float:
    """The median of the finite values, NaN when there are none."""
    finite = values[np.isfinite(values)]
    return float(np.median(finite)) if len(finite) else float("nan")


def nan_median(values: Matrix, axis: int) -> FloatArray:
    """np.nanmedian along ``axis`` (NaN where a slice has no finite value), without its
    warning for all-NaN slices and without its slow path for small matrices."""
    return nan_quantile(values, 0.5, axis)


def nan_quantile(values: Matrix, q: float, axis: int) -> FloatArray:
    """np.nanquantile (linear) along ``axis``, NaN where a slice has no finite value;
    one sort for the whole matrix instead of numpy's loop over slices."""
    data = np.asarray(values, dtype=np.float64)
    if axis == 1:
        data = data.T
    out = np.full(data.shape[1], np.nan)
    if not data.size:
        return out
    finite = np.isfinite(data)
    count = finite.sum(axis=0)
    ordered = np.sort(np.where(finite, data, np.inf), axis=0)  # the NaN last
    known = count > 0
    position = q * (count[known] - 1)
    low = np.floor(position).astype(np.int64)
    high = np.minimum(low + 1, count[known] - 1)
    columns = np.flatnonzero(known)
    below, above = ordered[low, columns], ordered[high, columns]
    out[known] = below + (above - below) * (position - low)
    return out
