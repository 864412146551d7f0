"""Health of the real instrument, judged from its run folder, cycle by cycle.

A run folder gives one value per channel and cycle (``instrument.runfolder``). Each
channel is judged on its own scale (``ChannelLimits.judge``): the value itself, or a
percentage of its read's first cycles, of the run's first cycles, or of the other
chemistry channels at the same point of the read. A band counts when the last
``confirm_cycles`` cycles are all beyond it, so one odd cycle raises nothing. Early
warnings project the Theil–Sen trend of the recent cycles to the run's last planned
cycle. Places that the flow-cell medians hide — a bubble on two tiles, a tile out of
focus, a lane with few clusters — are found on the tiles (``health.places``).

A subsystem without channels (thermal: a run folder records no temperatures) is "not
measured by this source", which is never a reason for attention.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass

import numpy as np

from proactive_gui.health.evaluate import (
    ChannelHealth,
    Finding,
    HealthMonitor,
    HealthReport,
    State,
    SubsystemHealth,
)
from proactive_gui.health.limits import ChannelLimits, limits_for_family
from proactive_gui.health.places import find_places
from proactive_gui.health.trend import theil_sen
from proactive_gui.instrument.channels import Subsystem
from proactive_gui.instrument.cycles import nan_median
from proactive_gui.instrument.ring import FloatArray
from proactive_gui.instrument.runfolder import RunFolderSource, RunHealthData
from proactive_gui.instrument.telemetry import TelemetryStore

TREND_CYCLES = 40  # the recent cycles a forecast is drawn from
MIN_TREND_CYCLES = 12

SEQUENCING_READS_ONLY = frozenset({"phasing", "prephasing"})
JUDGED_UNITS = {
    "percent_of_read_start": "% of the read's start",
    "percent_of_run_start": "% of the run's start",
    "percent_of_other_channels": "% of the other channels",
}


def judged(data: RunHealthData, channel_id: str, limits: ChannelLimits) -> FloatArray:
    """The per-cycle signal ``limits`` apply to (intensities compared with a baseline
    only on cycles where intensities say something about the optics)."""
    relative = limits.judge in ("percent_of_read_start", "percent_of_other_channels")
    if relative and channel_id.startswith("intensity_"):
        return np.where(data.comparable, _judged(data, channel_id, limits), np.nan)
    if channel_id in SEQUENCING_READS_ONLY:
        return np.where(data.sequencing, _judged(data, channel_id, limits), np.nan)
    return _judged(data, channel_id, limits)


def _judged(data: RunHealthData, channel_id: str, limits: ChannelLimits) -> FloatArray:
    values = data.values[channel_id]
    cycles = data.cycles
    with np.errstate(invalid="ignore", divide="ignore"):
        if limits.judge == "percent_of_read_start":
            return 100.0 * values / cycles.read_baseline(values)
        if limits.judge == "percent_of_run_start":
            return 100.0 * values / cycles.run_baseline(values)
        if limits.judge == "percent_of_other_channels":
            own = values / cycles.read_baseline(values)
            family = channel_id.rsplit("_", 1)[0] + "_"
            others = [
                v / cycles.read_baseline(v)
                for cid, v in data.values.items()
                if cid.startswith(family) and cid != channel_id
            ]
            if not others:
                return np.full(len(values), np.nan)
            return 100.0 * own / nan_median(np.vstack(others), axis=0)
    return np.asarray(values, dtype=np.float64)


def _limit_crossed(value: float, limits: ChannelLimits, state: State) -> float:
    band = limits.failure if state is State.FAILURE else limits.warning
    return band.low if value < band.low else band.high


@dataclass
class RunFolderMonitor(HealthMonitor):
    """Evaluates the run-folder source's newest data against a family's limits."""

    source: RunFolderSource | None = None
    family: str = ""  # the family whose limits are loaded

    def evaluate(self, store: TelemetryStore) -> HealthReport:
        data = self.source.data if self.source is not None else None
        now = store.clock
        if data is None:  # no run folder read yet: nothing is known of any subsystem
            nothing = {s: SubsystemHealth(s, State.NO_DATA, None, None) for s in Subsystem}
            return HealthReport(now, {}, nothing)
        if data.run.model.family != self.family:  # a run of another instrument
            self.family = data.run.model.family
            self.limits = limits_for_family(self.family)
        channels: dict[str, ChannelHealth] = {}
        findings: list[Finding] = []
        for channel in data.channels:
            if self.only is not None and channel.id not in self.only:
                continue
            health, finding = self._run_channel(
                data, channel.id, channel.subsystem, channel.text, channel.unit
            )
            channels[channel.id] = health
            if finding is not None:
                findings.append(finding)
        findings += find_places(data, self.limits)
        for health in channels.values():
            self._track(health, now)
        report = HealthReport(now, channels, self._subsystems(store, channels), tuple(findings))
        for finding in findings:  # a place-level fault makes its subsystem at least that bad
            current = report.subsystems[finding.subsystem]
            if finding.state.severity > current.state.severity:
                report.subsystems[finding.subsystem] = SubsystemHealth(
                    finding.subsystem,
                    finding.state,
                    current.time_to_failure_s,
                    current.soonest_channel,
                    current.failure_at_cycle,
                )
        return report

    def _subsystems(
        self, store: TelemetryStore, channels: dict[str, ChannelHealth]
    ) -> dict[Subsystem, SubsystemHealth]:
        out = {}
        for subsystem in Subsystem:
            members = [
                channels[c.id]
                for c in store.channels
                if c.subsystem is subsystem and c.id in channels
            ]
            declared = any(c.subsystem is subsystem for c in store.channels)
            if not declared:
                out[subsystem] = SubsystemHealth(subsystem, State.NOT_MEASURED, None, None)
                continue
            worst = max((h.state for h in members), key=lambda s: s.severity, default=State.NO_DATA)
            soon = [
                (h.failure_at_cycle, h.channel, h.time_to_failure_s)
                for h in members
                if h.failure_at_cycle
            ]
            first = min(soon) if soon else (None, None, None)
            out[subsystem] = SubsystemHealth(subsystem, worst, first[2], first[1], first[0])
        return out

    def _run_channel(
        self, data: RunHealthData, cid: str, subsystem: Subsystem, label: str, unit: str
    ) -> tuple[ChannelHealth, Finding | None]:
        raw = data.values[cid]
        measured = np.flatnonzero(np.isfinite(raw))
        if not len(measured):
            return ChannelHealth(cid, State.NO_DATA, None, "no value in this run folder yet"), None
        latest = float(raw[measured[-1]])
        judgements = [
            self._judge(data, cid, subsystem, label, unit, rule)
            for rule in self.limits.rules_for(cid)
        ]
        if not judgements:
            return ChannelHealth(cid, State.OK, latest), None
        state, reason, finding, at_cycle = max(
            judgements, key=lambda j: (j[0].severity, -(j[3] or 1_000_000))
        )
        if state is State.OK:  # the soonest forecast among the judgements, if any
            forecasts = [j for j in judgements if j[3] is not None]
            if forecasts:
                state, reason, finding, at_cycle = min(forecasts, key=lambda j: j[3] or 0)
        return (
            ChannelHealth(cid, state, latest, reason, _seconds_until(data, at_cycle), at_cycle),
            finding,
        )

    def _judge(
        self,
        data: RunHealthData,
        cid: str,
        subsystem: Subsystem,
        label: str,
        unit: str,
        limits: ChannelLimits,
    ) -> tuple[State, str, Finding | None, int | None]:
        """One rule's verdict: state, reason, finding, and the forecast failure cycle."""
        signal = judged(data, cid, limits)
        known = np.flatnonzero(np.isfinite(signal))
        if len(known) < limits.confirm_cycles:
            return State.OK, "", None, None
        episode = _worst_episode(signal[known], limits)
        if episode is not None:
            state, start, stop = episode
            first_cycle, last_cycle = int(known[start]) + 1, int(known[stop]) + 1
            value = float(signal[known[stop]])
            limit = _limit_crossed(value, limits, state)
            ongoing = stop == len(known) - 1
            reason = _describe(label, unit, value, limit, limits, first_cycle, data)
            if not ongoing:
                reason += f"; back within the limit after cycle {last_cycle}"
            finding = Finding(subsystem, state, cid, None, None, (first_cycle, last_cycle), reason)
            failing_now = ongoing and state is State.FAILURE
            return (
                state,
                reason,
                finding,
                None if failing_now else self._forecast(data, signal, limits),
            )
        at_cycle = self._forecast(data, signal, limits)
        if at_cycle is None:
            return State.OK, "", None, None
        reason = (
            f"{label} reaches its failure limit at about cycle {at_cycle} of {data.planned_cycles}"
        )
        return State.OK, reason, None, at_cycle

    def _forecast(
        self, data: RunHealthData, signal: FloatArray, limits: ChannelLimits
    ) -> int | None:
        """The cycle at which the recent trend reaches the failure band, if that is
        before the run's last planned cycle."""
        x = np.arange(1, len(signal) + 1, dtype=np.float64)
        if limits.judge == "percent_of_read_start":  # within the current read only
            read = data.cycles.read_of_cycle
            current = read[len(read) - 1] if len(read) else 0
            x, signal = x[read == current], signal[read == current]
        keep = np.isfinite(signal)
        x, y = x[keep][-TREND_CYCLES:], signal[keep][-TREND_CYCLES:]
        if len(x) < MIN_TREND_CYCLES:
            return None
        trend = theil_sen(x, y)
        if trend is None:
            return None
        target = limits.failure.high if trend.slope > 0 else limits.failure.low
        if not math.isfinite(target):
            return None
        ahead = trend.time_to(target)
        if ahead is None:
            return None
        cycle = math.ceil(x[-1] + ahead)
        last = _last_cycle_of_scope(data, limits)
        return cycle if cycle <= last else None


def _worst_episode(values: FloatArray, limits: ChannelLimits) -> tuple[State, int, int] | None:
    """The worst stretch of at least ``confirm_cycles`` values in a row beyond a band
    (the latest of equally bad ones): its level and first and last index."""
    need = limits.confirm_cycles
    values = np.asarray(values, dtype=np.float64)
    failure, warning = limits.failure, limits.warning
    severity = np.where(  # band_state for each value at once (NaN is outside, as there)
        ~((failure.low <= values) & (values <= failure.high)),
        State.FAILURE.severity,
        np.where(
            ~((warning.low <= values) & (values <= warning.high)),
            State.WARNING.severity,
            State.OK.severity,
        ),
    )
    best: tuple[State, int, int] | None = None
    for level in (State.FAILURE, State.WARNING):
        beyond = severity >= level.severity
        padded = np.concatenate(([False], beyond, [False])).astype(np.int8)
        starts = np.flatnonzero(np.diff(padded) == 1)
        stops = np.flatnonzero(np.diff(padded) == -1) - 1
        long_enough = [(a, b) for a, b in zip(starts, stops, strict=True) if b - a + 1 >= need]
        if long_enough:
            a, b = long_enough[-1]
            best = (level, int(a), int(b))
            break
    return best


def _last_cycle_of_scope(data: RunHealthData, limits: ChannelLimits) -> int:
    """The last planned cycle a forecast may reach: the read's, for read-relative
    signals (a new read starts from its own level), else the run's."""
    planned = data.planned_cycles
    if limits.judge != "percent_of_read_start":
        return planned
    reads = data.run.run_info.reads
    read = data.cycles.read_of_cycle
    current = int(read[-1]) if len(read) else 0
    end = 0
    for r in reads:
        end += r.cycles
        if r.number == current:
            return end
    return planned


def _seconds_until(data: RunHealthData, cycle: int | None) -> float | None:
    """Seconds until ``cycle`` at the run's recent pace, or None when it is not known."""
    if cycle is None:
        return None
    times = data.cycle_times[np.isfinite(data.cycle_times)]
    if len(times) < 2:
        return None
    per_cycle = float(np.median(np.diff(times[-20:])))
    return max(0.0, (cycle - data.cycles.cycles) * per_cycle)


def _describe(
    label: str,
    unit: str,
    value: float,
    limit: float,
    limits: ChannelLimits,
    since: int,
    data: RunHealthData,
) -> str:
    """'Focus FWHM (blue): 152 % of the run's start, limit 140 %, since cycle 210 of
    318 — what to do'."""
    relative = JUDGED_UNITS.get(limits.judge)
    shown = f"{value:.0f} {relative}" if relative else f"{value:.3g} {unit}".strip()
    limit_text = f"{limit:.0f} %" if relative else f"{limit:.3g} {unit}".strip()
    text = f"{label}: {shown}, limit {limit_text}, since cycle {since} of {data.planned_cycles}"
    at = data.cycle_times[since - 1] if since - 1 < len(data.cycle_times) else float("nan")
    if math.isfinite(at):
        text += time.strftime(" (%Y-%m-%d %H:%M)", time.localtime(at))
    return f"{text} — {limits.advice}" if limits.advice else text
