"""Robust trend: the Theil–Sen slope (median of pairwise slopes) with its rank-based
confidence interval, on per-bin medians so that neither spikes nor the number of
samples drive the result. A trend counts only when its interval excludes zero and the
drift it describes is larger than the scatter around it."""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from proactive_gui.instrument.telemetry import FloatArray

Z_99 = 2.576


@dataclass(frozen=True)
class Trend:
    slope: float  # units per second
    level: float  # the line's value at the last time
    low: float  # the slope's 99 % confidence interval
    high: float
    points: int
    span_s: float  # time covered by the points
    scatter: float  # robust spread of the points around the line (1.4826 MAD)

    @property
    def significant(self) -> bool:
        """A real drift: the interval excludes zero, and the change over the span is
        more than twice the scatter (noise and a slow oscillation's flank are not)."""
        excludes_zero = self.low > 0 or self.high < 0
        return excludes_zero and abs(self.slope) * self.span_s > 2 * self.scatter

    def time_to(self, target: float) -> float | None:
        """Seconds until the line reaches ``target`` going forward, or None."""
        if not self.significant or self.slope == 0:
            return None
        seconds = (target - self.level) / self.slope
        return seconds if seconds > 0 else None


def bin_medians(
    t: FloatArray, v: FloatArray, bin_s: float, min_samples: int = 1
) -> tuple[FloatArray, FloatArray]:
    """Mid time and median value per bin of ``bin_s`` seconds (finite values only), for
    bins with at least ``min_samples`` values (a median of two samples is noise).
    Vectorised: one sort by (bin, value), then each group's middle elements."""
    finite = np.isfinite(v)
    t, v = t[finite], v[finite]
    if not len(t):
        return t, v
    keys = np.floor(t / bin_s).astype(np.int64)  # times only grow, so keys do too
    starts = np.r_[0, np.flatnonzero(np.diff(keys)) + 1]
    ends = np.r_[starts[1:], len(t)]
    ordered = v[np.lexsort((v, keys))]
    counts = ends - starts
    middle = (ordered[starts + (counts - 1) // 2] + ordered[starts + counts // 2]) / 2
    full = counts >= min_samples
    return ((t[starts] + t[ends - 1]) / 2)[full], middle[full]


def theil_sen(t: FloatArray, v: FloatArray) -> Trend | None:
    n = len(t)
    if n < 8:
        return None
    i, j = np.triu_indices(n, k=1)
    dt = t[j] - t[i]
    keep = dt > 0
    slopes = np.sort((v[j] - v[i])[keep] / dt[keep])
    count = len(slopes)
    if count == 0:
        return None
    slope = float(np.median(slopes))
    # Sen (1968): ranks of the confidence bounds among the sorted pairwise slopes
    spread = Z_99 * math.sqrt(n * (n - 1) * (2 * n + 5) / 18)
    lo_rank = int(max(0, math.floor((count - spread) / 2)))
    hi_rank = int(min(count - 1, math.ceil((count + spread) / 2)))
    residuals = v - slope * t
    intercept = float(np.median(residuals))
    scatter = 1.4826 * float(np.median(np.abs(residuals - intercept)))
    return Trend(
        slope=slope,
        level=intercept + slope * float(t[-1]),
        low=float(slopes[lo_rank]),
        high=float(slopes[hi_rank]),
        points=n,
        span_s=float(t[-1] - t[0]),
        scatter=scatter,
    )
