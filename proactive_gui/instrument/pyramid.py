"""Multi-resolution min/max history, so that a 48-hour view draws as fast as a 10-minute
one: each level keeps, for blocks of 16, 256 and 4096 samples, the block's first and
last time and its minimum and maximum. A view reads the finest level that still fits
its width in pixels; peaks and troughs survive at every level."""

from __future__ import annotations

import numpy as np

from proactive_gui.instrument.ring import FloatArray, RingBuffer

FACTOR = 16
LEVELS = 3  # blocks of 16, 256 and 4096 samples


class _Level:
    """Blocks of one size: (first time, min) and (last time, max) rings, plus the
    incomplete block's parts from the level below."""

    def __init__(self, capacity: int) -> None:
        self.low = RingBuffer(capacity)  # (t_first, min)
        self.high = RingBuffer(capacity)  # (t_last, max)
        self._pending: tuple[FloatArray, FloatArray, FloatArray, FloatArray] | None = None

    def add(
        self, t0: FloatArray, t1: FloatArray, lo: FloatArray, hi: FloatArray
    ) -> tuple[FloatArray, ...] | None:
        """Take finer blocks (or raw samples: t0 == t1, lo == hi); store every complete
        block of FACTOR of them; return the new blocks for the next level up."""
        if self._pending is not None:
            p0, p1, plo, phi = self._pending
            t0, t1 = np.concatenate((p0, t0)), np.concatenate((p1, t1))
            lo, hi = np.concatenate((plo, lo)), np.concatenate((phi, hi))
        full = len(t0) // FACTOR * FACTOR
        rest = slice(full, None)
        self._pending = (t0[rest], t1[rest], lo[rest], hi[rest]) if full < len(t0) else None
        if not full:
            return None
        shape = (full // FACTOR, FACTOR)
        b0 = t0[:full].reshape(shape)[:, 0]
        b1 = t1[:full].reshape(shape)[:, -1]
        blo = np.fmin.reduce(lo[:full].reshape(shape), axis=1)  # NaN-aware, no warnings
        bhi = np.fmax.reduce(hi[:full].reshape(shape), axis=1)
        self.low.extend(b0, blo)
        self.high.extend(b1, bhi)
        return b0, b1, blo, bhi

    def blocks_since(self, since: float | None) -> int:
        """Blocks that end at or after ``since`` (a block straddling it counts)."""
        return len(self.high) if since is None else self.high.count_since(since)

    def window(self, since: float | None) -> tuple[FloatArray, FloatArray]:
        k = self.blocks_since(since)  # both rings were appended in lockstep
        if not k:
            return np.array([]), np.array([])
        t0, lo = self.low.arrays()
        t1, hi = self.high.arrays()
        t = np.column_stack((t0[-k:], t1[-k:])).ravel()
        v = np.column_stack((lo[-k:], hi[-k:])).ravel()
        return t, v


class MinMaxPyramid:
    def __init__(self, raw_capacity: int) -> None:
        self.levels = [_Level(max(2, raw_capacity // FACTOR ** (k + 1) + 2)) for k in range(LEVELS)]

    def extend(self, times: FloatArray, values: FloatArray) -> None:
        blocks: tuple[FloatArray, ...] | None = (times, times, values, values)
        for level in self.levels:
            if blocks is None:
                return
            blocks = level.add(*blocks)

    def points_since(self, level: int, since: float | None) -> int:
        return self.levels[level].blocks_since(since)

    def window(self, level: int, since: float | None) -> tuple[FloatArray, FloatArray]:
        return self.levels[level].window(since)
