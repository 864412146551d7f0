"""A channel's minimum and maximum in each pixel column of a plot, kept up to date.

A live plot shows a fixed time window (see ``viewport``) for many frames, and between
two frames only a few samples arrive. Binning samples by the time span of each pixel
column, rather than by sample count, makes every finished column final: a frame folds
in the new samples alone, and a plot never receives more than two points per pixel.
Peaks and troughs survive because each column keeps its extremes.
"""

from __future__ import annotations

import numpy as np

from proactive_gui.instrument.ring import FloatArray


class PixelColumns:
    """Extremes of one channel per column of the window [left, right]."""

    def __init__(self, left: float, right: float, columns: int) -> None:
        if columns < 1 or not right > left:
            raise ValueError("a window needs right > left and at least one column")
        self.left, self.right, self.columns = left, right, columns
        self._per_second = columns / (right - left)
        self._first_t = np.full(columns, np.nan)
        self._last_t = np.full(columns, np.nan)
        self._low = np.full(columns, np.nan)
        self._high = np.full(columns, np.nan)
        self.seen_until: float | None = None  # time of the newest sample folded in

    def add(self, times: FloatArray, values: FloatArray) -> None:
        """Fold in samples that are newer than every sample added before, oldest first.
        A column whose samples are all NaN stays NaN, so a gap stays a gap."""
        if not len(times):
            return
        self.seen_until = float(times[-1])
        inside = (times >= self.left) & (times <= self.right)
        t, v = times[inside], values[inside]
        if not len(t):
            return
        index = np.minimum(((t - self.left) * self._per_second).astype(np.intp), self.columns - 1)
        starts = np.concatenate(([0], np.flatnonzero(index[1:] != index[:-1]) + 1))
        ends = np.append(starts[1:], len(index)) - 1
        cols = index[starts]
        known = np.isfinite(self._first_t[cols])
        self._first_t[cols] = np.where(known, self._first_t[cols], t[starts])
        self._last_t[cols] = t[ends]
        self._low[cols] = np.fmin(self._low[cols], np.fmin.reduceat(v, starts))
        self._high[cols] = np.fmax(self._high[cols], np.fmax.reduceat(v, starts))

    def series(self) -> tuple[FloatArray, FloatArray]:
        """(times, values) to draw: per column with samples, its first time with its
        minimum, then its last time with its maximum."""
        filled = np.isfinite(self._first_t)
        t = np.column_stack((self._first_t[filled], self._last_t[filled])).ravel()
        v = np.column_stack((self._low[filled], self._high[filled])).ravel()
        return t, v
