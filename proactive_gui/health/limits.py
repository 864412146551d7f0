"""Limits per instrument family, read from ``resources/limits/<family>.json``.

Each channel may have warning and failure bands (low/high), a rate-of-change limit, an
"at setpoint" rule (evaluate the deviation from another channel once it has settled), a
gate (only count samples while another channel is above a level), or a rolling sum (for
counts such as bubble detections)."""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from importlib import resources
from typing import Any


class LimitsError(ValueError):
    """A limits file that cannot be used; the message names the file and the field."""


@dataclass(frozen=True)
class Band:
    low: float = -math.inf
    high: float = math.inf

    def contains(self, value: float) -> bool:
        return self.low <= value <= self.high


@dataclass(frozen=True)
class Gate:
    channel: str
    above: float


JUDGES = ("value", "percent_of_read_start", "percent_of_run_start", "percent_of_other_channels")


@dataclass(frozen=True)
class ChannelLimits:
    warning: Band
    failure: Band
    rate_per_min: float | None = None
    deviation_from: str | None = None
    settle_s: float = 0.0
    only_when: Gate | None = None
    sum_over_s: float | None = None
    judge: str = "value"  # run folders: the value, or a percentage of a baseline (JUDGES)
    confirm_cycles: int = 3  # run folders: this many cycles in a row beyond a band count
    basis: str = ""  # where the numbers come from (a specification, or real runs)
    advice: str = ""  # what to do when the limit is crossed


@dataclass(frozen=True)
class Limits:
    family: str
    channels: dict[str, ChannelLimits]
    stale_after_s: float
    median_window_s: float
    trend_window_s: float
    horizon_s: float

    def rules_for(self, channel_id: str) -> list[ChannelLimits]:
        """Every entry that applies to a channel: ``id``, or ``prefix*`` for channels
        named after a chemistry channel, each optionally with ``/name`` to judge the
        same channel a second way (``intensity_*/vs_other_channels``)."""
        out = []
        for key, rule in self.channels.items():
            pattern = key.split("/", 1)[0]
            if pattern == channel_id or (
                pattern.endswith("*") and channel_id.startswith(pattern[:-1])
            ):
                out.append(rule)
        return out


def _band(raw: Any, where: str) -> Band:
    if raw is None:
        return Band()
    if not isinstance(raw, dict) or not set(raw) <= {"low", "high"}:
        raise LimitsError(f"{where}: expected an object with 'low' and/or 'high'")
    try:
        return Band(float(raw.get("low", -math.inf)), float(raw.get("high", math.inf)))
    except (TypeError, ValueError):
        raise LimitsError(f"{where}: low and high must be numbers") from None


def parse_limits(data: Any, source: str) -> Limits:
    if not isinstance(data, dict) or data.get("schema") != 1:
        raise LimitsError(f"{source}: not a limits file of schema 1")
    defaults = data.get("defaults", {})
    channels: dict[str, ChannelLimits] = {}
    for cid, raw in data.get("channels", {}).items():
        where = f"{source}: channels.{cid}"
        known = {
            "warning",
            "failure",
            "rate_per_min",
            "deviation_from",
            "settle_s",
            "only_when",
            "sum_over_s",
            "judge",
            "confirm_cycles",
            "basis",
            "advice",
        }
        unknown = set(raw) - known
        if unknown:
            raise LimitsError(f"{where}: unknown field(s) {', '.join(sorted(unknown))}")
        warning, failure = (
            _band(raw.get("warning"), f"{where}.warning"),
            _band(raw.get("failure"), f"{where}.failure"),
        )
        if failure.low > warning.low or failure.high < warning.high:
            raise LimitsError(f"{where}: the failure band must lie outside the warning band")
        gate = raw.get("only_when")
        judge = str(raw.get("judge", "value"))
        if judge not in JUDGES:
            raise LimitsError(f"{where}.judge: {judge!r} is not one of {', '.join(JUDGES)}")
        channels[cid] = ChannelLimits(
            warning=warning,
            failure=failure,
            rate_per_min=float(raw["rate_per_min"]) if "rate_per_min" in raw else None,
            deviation_from=raw.get("deviation_from"),
            settle_s=float(raw.get("settle_s", 0)),
            only_when=Gate(str(gate["channel"]), float(gate["above"])) if gate else None,
            sum_over_s=float(raw["sum_over_s"]) if "sum_over_s" in raw else None,
            judge=judge,
            confirm_cycles=_whole(raw.get("confirm_cycles", 3), f"{where}.confirm_cycles"),
            basis=str(raw.get("basis", "")),
            advice=str(raw.get("advice", "")),
        )
    return Limits(
        family=str(data.get("family", "")),
        channels=channels,
        stale_after_s=float(defaults.get("stale_after_s", 10)),
        median_window_s=float(defaults.get("median_window_s", 60)),
        trend_window_s=float(defaults.get("trend_window_s", 7200)),
        horizon_s=float(defaults.get("horizon_s", 43200)),
    )


def _whole(raw: Any, where: str) -> int:
    if not isinstance(raw, int) or isinstance(raw, bool) or raw < 1:
        raise LimitsError(f"{where}: expected a whole number of at least 1")
    return raw


def load_limits(family: str) -> Limits:
    """The limits shipped for ``family`` (file name: the family in lower case)."""
    name = f"limits/{family.lower()}.json"
    resource = resources.files("proactive_gui.resources").joinpath(name)
    try:
        data = json.loads(resource.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise LimitsError(f"no limits are shipped for the {family} family ({name})") from None
    except json.JSONDecodeError as exc:
        raise LimitsError(f"{name}: not valid JSON ({exc})") from None
    return parse_limits(data, name)


def limits_for_family(family: str) -> Limits:
    """A family's run-folder limits, or the general ones for a family without its own."""
    try:
        return load_limits(family)
    except LimitsError:
        return load_limits("Unknown")
