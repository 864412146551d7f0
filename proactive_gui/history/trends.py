"""Trends across runs, per instrument and channel, comparing like with like.

Runs are compared only within a series: the same instrument serial, model family,
chemistry (image channels) and reagent kit, completed runs only. What is compared run by
run does not depend on the read length (the first cycles' level, a run's median; a
within-run decay per 100 cycles). Over the series' last ``RECENT_RUNS`` runs the
Theil–Sen trend (``health.trend``, as within a run; x is the run's number in the
series) must be significant: its 99 % interval excludes zero and the drift is more than
twice the scatter. Then the forecast is the number of runs until the line reaches the
service limit (``history.limits``), and the days at the series' median spacing of runs.
No forecast from fewer than ``MIN_RUNS`` comparable runs, nor beyond ``HORIZON_RUNS``.
"""

from __future__ import annotations

import math
import sqlite3
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from itertools import pairwise
from pathlib import Path
from statistics import median
from typing import Any

import numpy as np

from proactive_gui.health.trend import theil_sen
from proactive_gui.history.limits import REFERENCE_RUNS, ServiceLimit, service_limits
from proactive_gui.history.records import COMPLETE, RunRecord

MIN_RUNS = 8  # Theil–Sen's interval needs eight points (``health.trend.theil_sen``)
RECENT_RUNS = 20
HORIZON_RUNS = 50  # a limit further away than this is no forecast
SERVICE_DUE_RUNS = 10  # a forecast within this many runs: "service due soon"


@dataclass(frozen=True)
class SeriesKey:
    serial: str
    model: str
    family: str
    chemistry: tuple[str, ...]
    kit: str

    @classmethod
    def of(cls, run: RunRecord) -> SeriesKey:
        return cls(run.serial, run.model, run.family, run.chemistry, run.kit)


@dataclass(frozen=True)
class Point:
    run_id: str
    started: str | None
    value: float  # as judged (a value, or % of the reference)


@dataclass(frozen=True)
class ChannelTrend:
    series: SeriesKey
    subsystem: str
    channel: str
    what: str
    measure: str
    judge: str
    runs: int  # comparable runs with a value
    points: tuple[Point, ...]  # the recent ones the trend is drawn from
    limit: float | None  # the service limit the trend is heading for
    limit_origin: str
    limit_basis: str
    reference: float | None  # the series' own first level (percent_of_reference)
    slope_per_run: float | None = None
    change_pct: float | None = None  # of the trend line over the recent runs
    significant: bool = False
    runs_to_limit: int | None = None
    days_to_limit: float | None = None
    message: str = ""
    line: tuple[float, float] | None = field(default=None)  # the trend at first, last point
    what_template: str = ""  # ``what`` before its chemistry was filled in (translatable)
    chemistry: str = ""

    def forecast_json(self) -> dict[str, Any]:
        return {
            "subsystem": self.subsystem,
            "channel": self.channel,
            "serial": self.series.serial,
            "model": self.series.model,
            "kit": self.series.kit,
            "runs_to_limit": self.runs_to_limit,
            "days_to_limit": None if self.days_to_limit is None else round(self.days_to_limit, 1),
            "limit": self.limit,
            "limit_origin": self.limit_origin,
            "message": self.message,
        }

    def as_json(self) -> dict[str, Any]:
        return {
            **self.forecast_json(),
            "what": self.what,
            "measure": self.measure,
            "judge": self.judge,
            "runs": self.runs,
            "reference": self.reference,
            "slope_per_run": self.slope_per_run,
            "change_pct": self.change_pct,
            "significant": self.significant,
            "points": [p.__dict__ for p in self.points],
        }


def moment_of(started: str | None) -> datetime | None:
    """A run's start (an ISO date, or date and time) as a datetime, or None."""
    if not started:
        return None
    try:
        return datetime.fromisoformat(started.replace("Z", "+00:00"))
    except ValueError:
        return None


def started_at(run: RunRecord) -> datetime | None:
    return moment_of(run.started)


def series_of(runs: Iterable[RunRecord]) -> dict[SeriesKey, list[RunRecord]]:
    """Completed runs grouped like with like, each series oldest first."""
    groups: dict[SeriesKey, list[RunRecord]] = defaultdict(list)
    for run in runs:
        if run.state == COMPLETE and run.serial and run.channels:
            groups[SeriesKey.of(run)].append(run)
    for members in groups.values():
        members.sort(key=lambda r: (r.started or "", r.run_id))
    return dict(groups)


def _days_text(days: float) -> str:
    if days < 13.5:
        return f"about {max(1, round(days))} day(s)"
    if days < 60:
        return f"about {round(days / 7)} weeks"
    return f"about {round(days / 30.4)} months"


def _trend(
    key: SeriesKey, runs: list[RunRecord], channel_id: str, limit: ServiceLimit
) -> ChannelTrend | None:
    values = []
    for run in runs:
        summary = run.channel(channel_id)
        value = summary.value(limit.measure) if summary else None
        if value is not None and math.isfinite(value):
            values.append((run, value))
    if not values:
        return None
    summary = next(s for r, _ in values if (s := r.channel(channel_id)) is not None)
    suffix = limit.chemistry(channel_id)  # as the run names it: "A", not "a"
    chemistry = next((c for c in key.chemistry if c.lower() == suffix), suffix)
    reference = None
    if limit.judge == "percent_of_reference":
        reference = float(median(v for _, v in values[:REFERENCE_RUNS]))
        if not reference:
            return None
        values = [(r, 100.0 * v / reference) for r, v in values]
    recent = values[-RECENT_RUNS:]
    points = tuple(Point(r.run_id, r.started, round(v, 6)) for r, v in recent)
    base = ChannelTrend(
        key,
        summary.subsystem,
        channel_id,
        limit.what.format(chemistry=chemistry),
        limit.measure,
        limit.judge,
        len(values),
        points,
        None,
        limit.origin,
        limit.basis,
        reference,
        what_template=limit.what,
        chemistry=chemistry,
    )
    if len(recent) < MIN_RUNS:
        return base
    x = np.arange(len(values) - len(recent), len(values), dtype=np.float64)
    y = np.array([v for _, v in recent], dtype=np.float64)
    trend = theil_sen(x, y)
    if trend is None:
        return base
    start_level = trend.level - trend.slope * (x[-1] - x[0])
    change = 100.0 * (trend.level - start_level) / start_level if start_level else None
    target = limit.low if trend.slope < 0 else limit.high
    fields: dict[str, Any] = {
        "slope_per_run": trend.slope,
        "change_pct": change,
        "significant": trend.significant,
        "limit": target
        if target is not None
        else (limit.low if limit.low is not None else limit.high),
        "line": (start_level, trend.level),
    }
    ahead = trend.time_to(target) if target is not None else None
    beyond = target is not None and (
        (trend.slope < 0 and trend.level <= target) or (trend.slope > 0 and trend.level >= target)
    )
    if trend.significant and beyond:
        ahead = 0.0
    if ahead is not None and ahead <= HORIZON_RUNS:
        runs_to = math.ceil(ahead)
        spacing = _median_spacing_days([r for r, _ in recent])
        days = runs_to * spacing if spacing is not None else None
        fields.update(runs_to_limit=runs_to, days_to_limit=days)
        fields["message"] = _message(base, change, len(recent), runs_to, days)
    return ChannelTrend(**{**base.__dict__, **fields})


def _median_spacing_days(runs: list[RunRecord]) -> float | None:
    moments = [m for r in runs if (m := started_at(r)) is not None]
    gaps = [
        (b - a).total_seconds() / 86400
        for a, b in pairwise(moments)
        if (a.tzinfo is None) == (b.tzinfo is None)
    ]
    gaps = [g for g in gaps if g >= 0]
    return float(median(gaps)) if gaps else None


def _message(
    trend: ChannelTrend, change: float | None, count: int, runs_to: int, days: float | None
) -> str:
    subsystem = trend.subsystem.capitalize()
    moved = ""
    if change is not None:
        moved = f" {'down' if change < 0 else 'up'} {abs(change):.0f} % over {count} runs"
    if runs_to == 0:
        return f"{subsystem}: {trend.what}{moved}; it has reached the service limit"
    when = f"in about {runs_to} run(s)" + (f" ({_days_text(days)})" if days is not None else "")
    return f"{subsystem}: {trend.what}{moved}; at this rate it reaches the service limit {when}"


def trends(runs: Iterable[RunRecord]) -> list[ChannelTrend]:
    """Every series' trend per channel that a service limit names."""
    out = []
    for key, members in series_of(runs).items():
        limits = service_limits(key.family)
        channel_ids = list(dict.fromkeys(c.channel for r in members for c in r.channels))
        for channel_id in channel_ids:
            for limit in limits:
                if limit.applies_to(channel_id):
                    found = _trend(key, members, channel_id, limit)
                    if found is not None:
                        out.append(found)
    return out


def forecasts(found: Iterable[ChannelTrend]) -> list[ChannelTrend]:
    """The trends with a forecast, soonest first."""
    due = [t for t in found if t.runs_to_limit is not None]
    return sorted(due, key=lambda t: (t.runs_to_limit or 0, t.series.serial, t.channel))


def due_soon(
    found: Iterable[ChannelTrend], within_runs: int = SERVICE_DUE_RUNS
) -> list[ChannelTrend]:
    """The forecasts within ``within_runs`` runs, soonest first: service is due soon."""
    return [t for t in forecasts(found) if (t.runs_to_limit or 0) <= within_runs]


def service_due(found: Iterable[ChannelTrend], within_runs: int = SERVICE_DUE_RUNS) -> list[str]:
    """The reasons for "Service due soon", in English: forecasts within ``within_runs`` runs."""
    return [t.message for t in due_soon(found, within_runs)]


def stored_trends(path: Path) -> list[ChannelTrend]:
    """The trends of the history kept at ``path``, for a payload sealed from the terminal:
    none when there is no history yet or it cannot be read (never made or repaired here)."""
    from proactive_gui.history.store import HistoryError, open_history

    if not path.is_file():
        return []
    try:
        store = open_history(path)
    except (HistoryError, OSError, sqlite3.Error):
        return []
    try:
        return trends(store.runs())
    except (HistoryError, OSError, sqlite3.Error):
        return []
    finally:
        store.close()
