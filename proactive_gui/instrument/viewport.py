"""Which part of a live signal a plot shows, chosen so that the axes rarely move.

Redrawing an axis (tick positions, labels, grid) costs more than drawing the curves, so
a live plot should not shift its axes on every new sample. The time window advances in
steps of a sixtieth of its width, and the value range changes only when the data leaves
it or shrinks to a small part of it.
"""

from __future__ import annotations

import math

# Right-edge steps for the whole-run view, in seconds: the largest that leaves at most
# a 40th of the run as empty space at the right, so the axis moves about once per 40th.
MINUTES = (1, 2, 5, 10, 15, 30, 60, 120, 180, 360, 720, 1440)
WHOLE_RUN_STEPS = tuple(60.0 * m for m in MINUTES)
WINDOW_STEPS = 60  # a sliding window moves by 1/60 of its width at a time
PADDING = 0.08  # of the data's span, above and below
SHRINK_BELOW = 0.4  # refit when the data fills less than this share of the range


def time_window(now: float, window_s: float | None) -> tuple[float, float]:
    """(left, right) in run seconds: the last ``window_s`` seconds, or the whole run
    from 0, with the right edge a little ahead of ``now`` so that it moves in steps."""
    if window_s is None:
        span = max(now, 60.0)
        step = max((s for s in WHOLE_RUN_STEPS if s * 40 <= span), default=WHOLE_RUN_STEPS[0])
        return 0.0, _next_step(now, step)
    step = window_s / WINDOW_STEPS
    right = max(window_s, _next_step(now, step))
    return right - window_s, right


def _next_step(now: float, step: float) -> float:
    """The first multiple of ``step`` after ``now``: the newest sample is never on the
    edge, and the edge moves once per step."""
    return (math.floor(now / step) + 1) * step


def steady_range(
    current: tuple[float, float] | None, low: float, high: float
) -> tuple[float, float]:
    """The value range to show data spanning [low, high]: ``current`` while it still
    holds the data comfortably, else the data's span with some room above and below."""
    if current is not None:
        bottom, top = current
        if bottom <= low and high <= top and (high - low) >= SHRINK_BELOW * (top - bottom):
            return current
    span = high - low
    if span <= 0:  # a flat signal: a small band around its value
        span = max(abs(high) * 0.02, 1e-6)
        return low - span, high + span
    return low - PADDING * span, high + PADDING * span
