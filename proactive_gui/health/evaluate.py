"""Health states, alerts and early warnings, evaluated from the telemetry store.

A channel's band state is judged on 30-second medians of its signal: a band counts only
when at least four of the last ten minutes' medians are beyond it, so a spike or a burst
of noise raises nothing, and a fault that shows once per cycle does not flap. The early
warning projects the Theil–Sen trend of the last two hours to the failure band."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from enum import StrEnum

import numpy as np

from proactive_gui.health.limits import ChannelLimits, Limits
from proactive_gui.health.signals import judged_signal
from proactive_gui.health.trend import bin_medians, theil_sen
from proactive_gui.i18n import QT_TRANSLATE_NOOP
from proactive_gui.instrument.channels import Subsystem
from proactive_gui.instrument.telemetry import TelemetryStore

BIN_S = 30.0
TREND_BIN_S = 60.0
HOLD_S = 600.0
CONFIRM_BINS = 4  # two minutes beyond a band; a 90 s noise burst fills at most three
MIN_BIN_SAMPLES = 10  # at 1 Hz: a third of a bin
RATE_WINDOW_S = 300.0


class State(StrEnum):
    NOT_MEASURED = "not_measured"  # the source has no such channels (thermal, run folders)
    OK = "ok"
    NO_DATA = "no_data"
    STALE = "stale"
    WARNING = "warning"
    FAILURE = "failure"

    @property
    def severity(self) -> int:
        return list(State).index(self)

    @property
    def label(self) -> str:
        return STATE_LABELS[self]


STATE_LABELS = {
    State.NOT_MEASURED: QT_TRANSLATE_NOOP("State", "Not measured"),
    State.OK: QT_TRANSLATE_NOOP("State", "OK"),
    State.NO_DATA: QT_TRANSLATE_NOOP("State", "No data"),
    State.STALE: QT_TRANSLATE_NOOP("State", "Stale"),
    State.WARNING: QT_TRANSLATE_NOOP("State", "Warning"),
    State.FAILURE: QT_TRANSLATE_NOOP("State", "Failure"),
}


@dataclass(frozen=True)
class ChannelHealth:
    channel: str
    state: State
    value: float | None  # the judged value (latest 30 s median), None if not measured
    reason: str = ""
    time_to_failure_s: float | None = None  # an early warning, when not None
    failure_at_cycle: int | None = None  # run folders: the cycle the trend reaches failure


@dataclass(frozen=True)
class Finding:
    """A fault found in the data, with its place: which lane, tiles and cycles."""

    subsystem: Subsystem
    state: State  # WARNING or FAILURE
    channel: str  # a channel id
    lane: int | None
    tiles: tuple[int, ...] | None
    cycles: tuple[int, int] | None  # first and last
    message: str

    def where(self) -> dict[str, object]:
        """The place as JSON: lane, tiles, first and last cycle (each null if none)."""
        return {
            "lane": self.lane,
            "tiles": list(self.tiles) if self.tiles is not None else None,
            "cycles": list(self.cycles) if self.cycles is not None else None,
        }

    def as_json(self) -> dict[str, object]:
        return {
            "subsystem": self.subsystem.value,
            "state": self.state.value,
            "channel": self.channel,
            "where": self.where(),
            "message": self.message,
        }


@dataclass
class Alert:
    channel: str
    level: State
    start: float
    end: float | None = None
    reason: str = ""


@dataclass(frozen=True)
class SubsystemHealth:
    subsystem: Subsystem
    state: State
    time_to_failure_s: float | None
    soonest_channel: str | None
    failure_at_cycle: int | None = None


@dataclass
class HealthReport:
    at: float
    channels: dict[str, ChannelHealth]
    subsystems: dict[Subsystem, SubsystemHealth]
    findings: tuple[Finding, ...] = ()


def band_state(value: float, limits: ChannelLimits) -> State:
    """Failure outside the failure band, warning outside the warning band, else OK."""
    if not limits.failure.contains(value):
        return State.FAILURE
    if not limits.warning.contains(value):
        return State.WARNING
    return State.OK


@dataclass
class HealthMonitor:
    """Evaluates a store against limits; remembers alerts and first early warnings."""

    limits: Limits
    only: frozenset[str] | None = None  # evaluate just these channels (tests, benchmarks)
    alerts: list[Alert] = field(default_factory=list)
    first_early_warning: dict[str, float] = field(default_factory=dict)
    _open: dict[str, Alert] = field(default_factory=dict)

    def evaluate(self, store: TelemetryStore) -> HealthReport:
        now = store.clock
        channels = {
            c.id: self._channel(store, c.id, now)
            for c in store.channels
            if self.only is None or c.id in self.only
        }
        for health in channels.values():
            self._track(health, now)
        subsystems = {}
        for subsystem in Subsystem:
            members = [
                channels[c.id]
                for c in store.channels
                if c.subsystem is subsystem and c.id in channels
            ]
            worst = max((h.state for h in members), key=lambda s: s.severity, default=State.NO_DATA)
            eta = [
                (h.time_to_failure_s, h.channel) for h in members if h.time_to_failure_s is not None
            ]
            soonest = min(eta) if eta else (None, None)
            subsystems[subsystem] = SubsystemHealth(subsystem, worst, soonest[0], soonest[1])
        return HealthReport(now, channels, subsystems)

    def all_stale(self, store: TelemetryStore, silent_s: float) -> HealthReport:
        """Every channel stale: the source has sent nothing for ``silent_s`` seconds."""
        reason = f"the instrument has sent nothing for {silent_s:.0f} s"
        channels = {
            c.id: ChannelHealth(c.id, State.STALE, None, reason)
            for c in store.channels
            if self.only is None or c.id in self.only
        }
        for health in channels.values():
            self._track(health, store.clock)
        subsystems = {s: SubsystemHealth(s, State.STALE, None, None) for s in Subsystem}
        return HealthReport(store.clock, channels, subsystems)

    def _channel(self, store: TelemetryStore, cid: str, now: float) -> ChannelHealth:
        latest = store.series(cid, since=now - self.limits.stale_after_s)[0]
        limits = self.limits.channels.get(cid)
        if not len(latest):  # silent: it used to report (stale) or never has (no data)
            if store.sample_count(cid):
                reason = f"no samples arrived in the last {self.limits.stale_after_s:.0f} s"
                return ChannelHealth(cid, State.STALE, None, reason)
            return ChannelHealth(cid, State.NO_DATA, None, "no samples yet")
        if limits is None:
            return ChannelHealth(cid, State.OK, None)
        span = max(self.limits.trend_window_s, HOLD_S, RATE_WINDOW_S)
        t, v = judged_signal(store, cid, limits, now - span)
        bt, bv = bin_medians(t, v, BIN_S, MIN_BIN_SAMPLES)
        if not len(bv):
            return ChannelHealth(cid, State.OK, None, "not measured in this phase")
        recent = bv[bt >= now - HOLD_S]
        states = [band_state(float(x), limits) for x in recent]
        state, reason = State.OK, ""
        for level in (State.FAILURE, State.WARNING):
            beyond = sum(1 for s in states if s.severity >= level.severity)
            if beyond >= CONFIRM_BINS:
                state, reason = (
                    level,
                    f"{beyond} of the last {len(states)} half-minute medians beyond the {level.value} band",
                )
                break
        if state is State.OK and limits.rate_per_min is not None:
            rate = theil_sen(bt[bt >= now - RATE_WINDOW_S], bv[bt >= now - RATE_WINDOW_S])
            if rate is not None and rate.significant and abs(rate.slope) * 60 > limits.rate_per_min:
                state, reason = State.WARNING, f"changing by {rate.slope * 60:+.2f} per minute"
        eta = (
            self._time_to_failure(*bin_medians(t, v, TREND_BIN_S), limits)
            if state is not State.FAILURE
            else None
        )
        return ChannelHealth(cid, state, float(bv[-1]), reason, eta)

    def _time_to_failure(
        self, bt: np.ndarray, bv: np.ndarray, limits: ChannelLimits
    ) -> float | None:
        trend = theil_sen(bt, bv)
        if trend is None or trend.span_s < self.limits.trend_window_s / 2:
            return None  # predict from at least half the window (an hour by default)
        target = limits.failure.high if trend.slope > 0 else limits.failure.low
        if not math.isfinite(target):
            return None
        eta = trend.time_to(target)
        return eta if eta is not None and eta <= self.limits.horizon_s else None

    def _track(self, health: ChannelHealth, now: float) -> None:
        if health.time_to_failure_s is not None:
            self.first_early_warning.setdefault(health.channel, now)
        current = self._open.get(health.channel)
        alarming = health.state in (State.WARNING, State.FAILURE, State.STALE)
        if current is not None and (not alarming or health.state.severity > current.level.severity):
            if alarming:  # escalation: the same episode, now worse
                current.level, current.reason = health.state, health.reason
                return
            current.end = now
            del self._open[health.channel]
        elif current is None and alarming:
            alert = Alert(health.channel, health.state, now, reason=health.reason)
            self._open[health.channel] = alert
            self.alerts.append(alert)
