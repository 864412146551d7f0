"""The signal each limit is judged on: the channel itself, its deviation from a setpoint
once settled, the channel only while a gate channel is active, or a rolling count."""

from __future__ import annotations

import numpy as np

from proactive_gui.health.limits import ChannelLimits
from proactive_gui.instrument.telemetry import FloatArray, TelemetryStore


def _on_times(t: FloatArray, other_t: FloatArray, other_v: FloatArray) -> FloatArray:
    """``other``'s value at each time of ``t`` (NaN where it has no sample then)."""
    out = np.full(len(t), np.nan)
    if not len(other_t):
        return out
    idx = np.clip(np.searchsorted(other_t, t), 0, len(other_t) - 1)
    hit = other_t[idx] == t
    out[hit] = other_v[idx[hit]]
    return out


def _value_before(
    t: FloatArray, other_t: FloatArray, other_v: FloatArray, delay: float
) -> FloatArray:
    """``other``'s last value at or before ``t - delay`` (NaN if none)."""
    out = np.full(len(t), np.nan)
    if not len(other_t):
        return out
    idx = np.searchsorted(other_t, t - delay, side="right") - 1
    ok = idx >= 0
    out[ok] = other_v[idx[ok]]
    return out


def judged_signal(
    store: TelemetryStore, channel_id: str, limits: ChannelLimits, since: float
) -> tuple[FloatArray, FloatArray]:
    """Times and values of the signal ``limits`` apply to, from ``since`` on."""
    lookback = (limits.sum_over_s or 0.0) + limits.settle_s
    t, v = store.series(channel_id, since=since - lookback)
    if limits.deviation_from:
        st, sv = store.series(limits.deviation_from, since=since - lookback)
        setpoint = _on_times(t, st, sv)
        settled = setpoint == _value_before(t, st, sv, limits.settle_s)
        v = np.where(settled, v - setpoint, np.nan)
    if limits.only_when:
        gt, gv = store.series(limits.only_when.channel, since=since - lookback)
        gate = _on_times(t, gt, gv)
        v = np.where(gate > limits.only_when.above, v, np.nan)
    if limits.sum_over_s:
        counts = np.cumsum(np.nan_to_num(v, nan=0.0))
        start = np.searchsorted(t, t - limits.sum_over_s, side="right")
        before = np.where(start > 0, counts[np.maximum(start - 1, 0)], 0.0)
        v = counts - before
    keep = t >= since
    return t[keep], v[keep]
