"""Faults with a place on the flow cell, found tile by tile.

The flow-cell medians that make a run folder's channels hide what happens on a few
tiles or in one lane. Each finder here compares a tile with its lane, or a lane with
the other lanes, and reports the place: lane, tiles, first and last cycle.

- ``tile_intensity_loss``: a tile, or a few, losing much of their intensity against
  their lane for a few cycles (a bubble), then recovering or not.
- ``tile_focus_departure``: tiles whose focus departs from their lane's for several
  cycles in a row (a tilted or dirty surface, a Z stage that does not follow).
- ``lane_percent_pf_gap`` and ``lane_density_ratio``: a lane with fewer clusters, or
  fewer passing filter, than the other lanes (a fluidics fault in one lane).
"""

from __future__ import annotations

import numpy as np

from proactive_gui.health.evaluate import Finding, State
from proactive_gui.health.limits import ChannelLimits, Limits
from proactive_gui.instrument.channels import Subsystem
from proactive_gui.instrument.cycles import median_of, nan_median
from proactive_gui.instrument.ring import FloatArray
from proactive_gui.instrument.runfolder import RunHealthData


def find_places(data: RunHealthData, limits: Limits) -> list[Finding]:
    found: list[Finding] = []
    cycles = data.cycles
    if not cycles.tiles or not data.chemistry:
        return found
    rule = limits.channels.get("tile_intensity_loss")
    if rule is not None:
        loss = 100.0 * (1.0 - data.tile_ratio)
        found += _episodes(
            data,
            loss,
            rule,
            Subsystem.FLUIDICS,
            "local_intensity_loss",
            "Intensity lost on tile(s) {tiles} of lane {lane}: up to {peak:.0f} % below the lane, cycles {first}–{last}",
        )
    rule = limits.channels.get("tile_focus_departure")
    if rule is not None:
        focus = data.tile_focus
        lane_focus = np.full_like(focus, np.nan)
        for lane in np.unique(cycles.lane):
            mine = cycles.lane == lane
            lane_focus[mine] = nan_median(focus[mine], axis=0)
        with np.errstate(invalid="ignore", divide="ignore"):
            departure = 100.0 * (focus / lane_focus - 1.0)
        found += _episodes(
            data,
            departure,
            rule,
            Subsystem.MECHANICAL,
            "tile_focus_spread",
            "Focus of tile(s) {tiles} of lane {lane} departs from the lane: up to {peak:.0f} % wider, cycles {first}–{last}",
        )
    found += _lane_gaps(data, limits)
    return found


def _runs(mask: np.ndarray) -> list[tuple[int, int]]:
    """(first, last) column of each run of True in a 1-D mask."""
    padded = np.concatenate(([False], mask, [False])).astype(np.int8)
    edges = np.diff(padded)
    return list(zip(np.flatnonzero(edges == 1), np.flatnonzero(edges == -1) - 1, strict=True))


def _episodes(
    data: RunHealthData,
    excess: FloatArray,
    rule: ChannelLimits,
    subsystem: Subsystem,
    channel: str,
    template: str,
) -> list[Finding]:
    """Episodes where tiles are beyond ``rule``'s warning band for at least
    ``confirm_cycles`` cycles in a row, merged per lane when their cycles overlap."""
    cycles = data.cycles
    high = rule.warning.high
    beyond = np.nan_to_num(excess, nan=-np.inf) > high
    episodes: list[tuple[int, int, int, int, float]] = []  # lane, tile, first, last, peak
    for row in np.flatnonzero(beyond.any(axis=1)):
        for first, last in _runs(beyond[row]):
            if last - first + 1 >= rule.confirm_cycles:
                peak = float(np.nanmax(excess[row, first : last + 1]))
                episodes.append((int(cycles.lane[row]), int(cycles.tile[row]), first, last, peak))
    merged: list[list[tuple[int, int, int, int, float]]] = []
    for episode in sorted(episodes, key=lambda e: (e[0], e[2])):
        group = merged[-1] if merged else None
        if group and group[0][0] == episode[0] and episode[2] <= max(e[3] for e in group):
            group.append(episode)
        else:
            merged.append([episode])
    out = []
    for group in merged:
        lane = group[0][0]
        tiles = tuple(sorted({e[1] for e in group}))
        first, last = min(e[2] for e in group) + 1, max(e[3] for e in group) + 1
        peak = max(e[4] for e in group)
        state = State.FAILURE if peak > rule.failure.high else State.WARNING
        message = template.format(
            tiles=", ".join(map(str, tiles)), lane=lane, peak=peak, first=first, last=last
        )
        if rule.advice:
            message += f" — {rule.advice}"
        out.append(Finding(subsystem, state, channel, lane, tiles, (first, last), message))
    return out


def _lane_gaps(data: RunHealthData, limits: Limits) -> list[Finding]:
    """Lanes with fewer clusters, or fewer passing filter, than the others."""
    cycles = data.cycles
    lanes = np.unique(cycles.lane)
    if len(lanes) < 2:
        return []
    out = []
    per_lane = {
        "percent_pf": {
            int(lane): median_of(cycles.per_tile("% Pass Filter")[cycles.lane == lane])
            for lane in lanes
        },
        "density": {
            int(lane): median_of(cycles.per_tile("Density(k/mm2)")[cycles.lane == lane])
            for lane in lanes
        },
    }
    gap_rule = limits.channels.get("lane_percent_pf_gap")
    ratio_rule = limits.channels.get("lane_density_ratio")
    cycle_span = (1, cycles.cycles)
    for lane in map(int, lanes):
        others_pf = median_of(np.array([v for k, v in per_lane["percent_pf"].items() if k != lane]))
        others_density = median_of(
            np.array([v for k, v in per_lane["density"].items() if k != lane])
        )
        gap = others_pf - per_lane["percent_pf"][lane]
        if gap_rule is not None and np.isfinite(gap) and gap > gap_rule.warning.high:
            state = State.FAILURE if gap > gap_rule.failure.high else State.WARNING
            message = (
                f"Lane {lane}: {per_lane['percent_pf'][lane]:.1f} % of clusters pass filter, "
                f"{gap:.1f} points below the other lanes ({others_pf:.1f} %)"
            )
            out.append(_lane_finding(state, "percent_pf", lane, cycle_span, message, gap_rule))
        with np.errstate(invalid="ignore", divide="ignore"):
            ratio = 100.0 * per_lane["density"][lane] / others_density
        if ratio_rule is not None and np.isfinite(ratio) and ratio < ratio_rule.warning.low:
            state = State.FAILURE if ratio < ratio_rule.failure.low else State.WARNING
            message = (
                f"Lane {lane}: cluster density {per_lane['density'][lane]:.0f} k/mm², "
                f"{ratio:.0f} % of the other lanes ({others_density:.0f} k/mm²)"
            )
            out.append(_lane_finding(state, "density", lane, cycle_span, message, ratio_rule))
    return out


def _lane_finding(
    state: State,
    channel: str,
    lane: int,
    cycles: tuple[int, int],
    message: str,
    rule: ChannelLimits,
) -> Finding:
    if rule.advice:
        message += f" — {rule.advice}"
    return Finding(Subsystem.FLUIDICS, state, channel, lane, None, cycles, message)
