"""A run's per-cycle values (one per channel and cycle, over the flow cell's tiles) and
the tile matrices health compares, computed for a followed run's new cycles alone.

Every value but one depends on its own cycle only: the median intensity and focus, the
focus spread across tiles, swaths and surfaces, the base shares, error rate, %≥Q30, and
the values interop gives per tile and read. So a poll that adds a cycle computes that
cycle (and any cycle whose records were still arriving) and keeps the rest. The worst
tile's intensity loss compares each tile with its usual level over the whole run: it is
redone over the run at each poll, in a few whole-matrix steps.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from proactive_gui.instrument.channels import Channel
from proactive_gui.instrument.cycles import BASELINE_CYCLES, TileCycles, nan_median, nan_quantile
from proactive_gui.instrument.ring import FloatArray


@dataclass(frozen=True)
class CycleValues:
    """Per channel and cycle, and the tile × cycle matrices behind them."""

    values: dict[str, FloatArray]  # per channel, per cycle (index 0 = cycle 1)
    focus: FloatArray  # tiles × cycles, ``mean_focus``
    raw_ratio: FloatArray  # tiles × cycles, ``raw_intensity_ratio``
    ratio: FloatArray  # tiles × cycles, ``tile_intensity_ratio``
    balanced: np.ndarray  # per cycle, ``TileCycles.balanced_cycles``


def compute(
    cycles: TileCycles,
    channels: tuple[Channel, ...],
    chemistry: tuple[str, ...],
    kept: CycleValues | None = None,
    done: int = 0,
) -> CycleValues:
    """The values of ``cycles``; with ``kept`` (the same run's values, still right for
    its first ``done`` cycles), only the cycles after ``done`` are computed."""
    if kept is None:
        done = 0
    part = cycles.after(done) if done else cycles
    if chemistry:
        focus, raw = mean_focus(part, chemistry), raw_intensity_ratio(part, chemistry)
    else:  # no image channels: nothing per tile to compare
        focus = raw = np.full((part.tiles, part.cycles), np.nan)
    values = cycle_values(part, channels, chemistry, focus)
    balanced = part.balanced_cycles()
    if kept is not None and done:
        values = {cid: np.concatenate([kept.values[cid][:done], v]) for cid, v in values.items()}
        focus = np.concatenate([kept.focus[:, :done], focus], axis=1)
        raw = np.concatenate([kept.raw_ratio[:, :done], raw], axis=1)
        balanced = np.concatenate([kept.balanced[:done], balanced])
    ratio = tile_intensity_ratio(raw)
    if any(c.id == "local_intensity_loss" for c in channels):
        values["local_intensity_loss"] = intensity_loss(ratio)
    return CycleValues(values, focus, raw, ratio, balanced)


def comparable_cycles(
    cycles: TileCycles, sequencing: np.ndarray, balanced: np.ndarray
) -> np.ndarray:
    """Cycles whose intensities say something about the optics: in a sequencing read,
    past its first cycles, with every base on a fair share of clusters (``balanced``)."""
    past_start = cycles.cycle_in_read > BASELINE_CYCLES[1]
    comparable: np.ndarray = sequencing & past_start & balanced
    return comparable


def _spread(matrix: FloatArray) -> FloatArray:
    """Per cycle, the P90 − P10 spread over tiles."""
    return nan_quantile(matrix, 0.9, axis=0) - nan_quantile(matrix, 0.1, axis=0)


def _group_difference(matrix: FloatArray, groups: np.ndarray) -> FloatArray:
    """Per cycle, the largest difference between the groups' medians (swaths, surfaces)."""
    medians = np.vstack([nan_median(matrix[groups == g], axis=0) for g in np.unique(groups)])
    known = np.isfinite(medians).any(axis=0)
    out = np.full(matrix.shape[1], np.nan)
    out[known] = np.nanmax(medians[:, known], axis=0) - np.nanmin(medians[:, known], axis=0)
    return out


def mean_focus(cycles: TileCycles, chemistry: tuple[str, ...]) -> FloatArray:
    """Focus per tile and cycle, averaged over the chemistry channels."""
    stack = np.stack([cycles.matrix(f"Fwhm/{name}") for name in chemistry])
    out = np.full(stack.shape[1:], np.nan)
    known = np.isfinite(stack).any(axis=0)
    out[known] = np.nanmean(stack[:, known], axis=0)
    return out


def raw_intensity_ratio(cycles: TileCycles, chemistry: tuple[str, ...]) -> FloatArray:
    """Per tile and cycle: the tile's intensity, the mean over channels of its P90 over
    the lane's median P90 that cycle (each cycle on its own)."""
    ratios = []
    for name in chemistry:
        p90 = cycles.matrix(f"P90/{name}")
        lane_median = np.full(p90.shape, np.nan)
        for lane in np.unique(cycles.lane):
            mine = cycles.lane == lane
            lane_median[mine] = nan_median(p90[mine], axis=0)
        with np.errstate(invalid="ignore", divide="ignore"):
            ratios.append(np.where(lane_median > 0, p90 / lane_median, np.nan))
    stack = np.stack(ratios)
    ratio = np.full(stack.shape[1:], np.nan)
    known = np.isfinite(stack).any(axis=0)
    ratio[known] = np.nanmean(stack[:, known], axis=0)
    return ratio


def tile_intensity_ratio(raw: FloatArray) -> FloatArray:
    """``raw_intensity_ratio`` divided by the tile's own usual ratio over the run, so
    that a tile that is always a little dimmer reads 1. A bubble reads well below 1."""
    usual = nan_median(raw, axis=1)
    with np.errstate(invalid="ignore", divide="ignore"):
        return raw / usual[:, None]


def cycle_values(
    cycles: TileCycles,
    channels: tuple[Channel, ...],
    chemistry: tuple[str, ...],
    focus: FloatArray,
) -> dict[str, FloatArray]:
    """Each channel's value per cycle (index 0 = cycle 1), each cycle on its own, from
    the tile matrices and ``mean_focus``; all but the worst tile's intensity loss, which
    compares a tile with its whole run (``intensity_loss``)."""
    wanted = {c.id for c in channels}
    out: dict[str, FloatArray] = {}
    for name in chemistry:
        out[f"intensity_{name.lower()}"] = nan_median(cycles.matrix(f"P90/{name}"), axis=0)
        out[f"focus_{name.lower()}"] = nan_median(cycles.matrix(f"Fwhm/{name}"), axis=0)
    out["tile_focus_spread"] = _spread(focus)
    out["swath_focus_difference"] = _group_difference(focus, cycles.lane * 100 + cycles.swath)
    if "surface_focus_difference" in wanted:
        out["surface_focus_difference"] = _group_difference(
            focus, cycles.lane * 100 + cycles.surface
        )
    single = {
        "percent_pf": "% Pass Filter",
        "density": "Density(k/mm2)",
        "percent_occupied": "% Occupied",
        "phasing": "Legacy Phasing Rate",
        "prephasing": "Legacy Prephasing Rate",
        "error_rate": "Error Rate",
        "percent_q30": "%>= Q30",
        "signal_to_noise": "Signal To Noise",
    }
    for cid, column in single.items():
        if cid in wanted:
            out[cid] = nan_median(cycles.matrix(column), axis=0)
    for cid in ("phasing", "prephasing"):  # interop writes 0 for cycles it did not estimate
        values = out[cid]
        values[values <= 0] = np.nan
    return {cid: values for cid, values in out.items() if cid in wanted}


def intensity_loss(ratio: FloatArray) -> FloatArray:
    """Per cycle, the worst tile's loss of intensity against its usual (%, ≥ 0)."""
    loss = 100.0 * (1.0 - ratio)
    out = np.full(loss.shape[1], np.nan)
    known = np.isfinite(loss).any(axis=0)
    out[known] = np.nanmax(loss[:, known], axis=0)
    np.maximum(out, 0.0, out=out)
    return out
