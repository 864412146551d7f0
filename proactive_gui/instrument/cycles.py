"""A run folder's InterOp table as dense tile × cycle matrices, and the per-cycle values
of the flow cell that the run-folder source turns into channels.

interop's imaging table has one row per lane, tile and cycle. Health needs the same
values laid out so that a tile can be compared with its lane and a cycle with the
read's first cycles, in a few vectorised steps: ``TileCycles`` is that layout. Matrices
are built once per column on first use and kept.
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
BALANCED_BASES = (10.0, 45.0)  # % of each base at a cycle whose intensities can be compared


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

    @property
    def tiles(self) -> int:
        return len(self.lane)

    def has(self, column: str) -> bool:
        return column in (self.table.dtype.names or ())

    def matrix(self, column: str) -> Matrix:
        """``column`` as tiles × cycles (NaN where a tile has no value for a cycle), in
        single precision (InterOp's own): a NovaSeq S4 has 2,816 tiles."""
        if column not in self._cache:
            out = np.full((self.tiles, self.cycles), np.nan, dtype=np.float32)
            if self.has(column):
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
        bases = [c for c in (self.table.dtype.names or ()) if c.startswith("% Base/")]
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


def median_of(values: Matrix) -> float:
    """The median of the finite values, NaN when there are none."""
    finite = values[np.isfinite(values)]
    return float(np.median(finite)) if len(finite) else float("nan")


def nan_median(values: Matrix, axis: int) -> FloatArray:
    """np.nanmedian along ``axis`` without its warning for all-NaN slices (NaN there)."""
    values = np.asarray(values, dtype=np.float64)
    out = np.full(values.shape[1 - axis], np.nan)
    if values.size:
        known = np.isfinite(values).any(axis=axis)
        if known.any():
            chosen = values[known] if axis == 1 else values[:, known]
            out[known] = np.nanmedian(chosen, axis=axis)
    return out


def nan_quantile(values: Matrix, q: float, axis: int) -> FloatArray:
    out = np.full(values.shape[1 - axis], np.nan)
    known = np.isfinite(values).any(axis=axis)
    if known.any():
        chosen = values[known] if axis == 1 else values[:, known]
        out[known] = np.nanquantile(chosen, q, axis=axis)
    return out
