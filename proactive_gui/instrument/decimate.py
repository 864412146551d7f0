"""Min/max decimation: reduce a series to at most ``max_points`` while keeping every
peak and trough visible (each bin contributes its minimum and its maximum)."""

from __future__ import annotations

import numpy as np

from proactive_gui.instrument.ring import FloatArray


def minmax_decimate(
    times: FloatArray, values: FloatArray, max_points: int
) -> tuple[FloatArray, FloatArray]:
    """At most ``max_points`` samples (two per bin) that keep extremes; NaN-aware:
    a bin with no number stays NaN so gaps remain gaps."""
    n = len(times)
    if max_points < 2:
        raise ValueError("max_points must be at least 2")
    if n <= max_points:
        return times, values
    bins = max_points // 2
    per_bin = -(-n // bins)  # ceiling division
    padded = bins * per_bin
    flat_t = np.full(padded, np.nan)
    flat_v = np.full(padded, np.nan)
    flat_t[:n], flat_v[:n] = times, values
    t, v = flat_t.reshape(bins, per_bin), flat_v.reshape(bins, per_bin)
    low = np.fmin.reduce(v, axis=1)  # fmin/fmax skip NaN without warnings
    high = np.fmax.reduce(v, axis=1)
    t_first = t[:, 0]
    t_last = np.fmax.reduce(t, axis=1)
    out_t = np.column_stack((t_first, t_last)).ravel()
    out_v = np.column_stack((low, high)).ravel()
    keep = np.isfinite(out_t)
    return out_t[keep], out_v[keep]
