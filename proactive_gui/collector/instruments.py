"""Per-instrument state, derived from the payloads an instrument sent.

The receiver does not trust a payload's shape: every field may be missing or of the wrong
type, and the summary then leaves it out. The newest payload (by its ``created_at``)
decides the instrument's model, verdict, subsystem states, open alerts, early warnings and
forecasts; ``last_seen`` is when its newest payload arrived.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

UNKNOWN_SERIAL = "unknown"
SERIAL = re.compile(r"^[0-9A-Za-z][0-9A-Za-z_.:-]{0,63}$")

# Worst first: the verdict of an instrument is its worst subsystem state or open alert.
SEVERITY: dict[str, int] = {
    "failure": 3,
    "warning": 2,
    "stale": 1,
    "ok": 0,
}
NO_DATA = "no_data"


def _dict(value: object) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _list(value: object) -> list[dict[str, Any]]:
    return [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []


def _text(value: object, limit: int = 200) -> str:
    return value[:limit] if isinstance(value, str) else ""


def _number(value: object) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


@dataclass(frozen=True)
class Identity:
    serial: str
    model: str
    created_at: str
    kind: str


def identity_of(document: dict[str, Any]) -> Identity:
    """Who sent ``document`` and when it was made; a serial that is not one is "unknown"."""
    config = _dict(document.get("instrument_configuration"))
    serial = _text(config.get("serial"), 64)
    return Identity(
        serial=serial if SERIAL.fullmatch(serial) else UNKNOWN_SERIAL,
        model=_text(config.get("model"), 80),
        created_at=_text(document.get("created_at"), 40),
        kind=_text(document.get("kind"), 20),
    )


def verdict_of(states: list[str]) -> str:
    """The worst of ``states`` that says something about health; "no_data" without one."""
    known = [state for state in states if state in SEVERITY]
    return max(known, key=SEVERITY.__getitem__) if known else NO_DATA


def summarise(document: dict[str, Any]) -> dict[str, Any]:
    """What the fleet needs of one payload: verdict, subsystem states, open alerts, early
    warnings, forecasts and each channel's last value (JSON-ready)."""
    performance = _dict(document.get("instrument_performance"))
    subsystems = {
        _text(item.get("subsystem"), 40): {
            "state": _text(item.get("state"), 20),
            "time_to_failure_h": _number(item.get("time_to_failure_h")),
        }
        for item in _list(performance.get("subsystems"))
        if _text(item.get("subsystem"), 40)
    }
    open_alerts = [
        {
            "channel": _text(alert.get("channel"), 64),
            "level": _text(alert.get("level"), 20),
            "reason": _text(alert.get("reason"), 300),
            "start_s": _number(alert.get("start_s")),
        }
        for alert in _list(performance.get("alerts"))
        if alert.get("end_s") is None
    ]
    early_warnings = [
        {
            "channel": _text(warning.get("channel"), 64),
            "time_to_failure_h": _number(warning.get("time_to_failure_h")),
        }
        for warning in _list(performance.get("early_warnings"))
    ]
    channels = [
        {
            "channel": _text(channel.get("channel"), 64),
            "subsystem": _text(channel.get("subsystem"), 40),
            "unit": _text(channel.get("unit"), 20),
            "state": _text(channel.get("state"), 20),
            "last": _number(channel.get("last")),
        }
        for channel in _list(performance.get("channels"))
        if _text(channel.get("channel"), 64)
    ]
    run = _dict(document.get("run_performance"))
    run_configuration = _dict(document.get("run_configuration"))
    states = [str(s["state"]) for s in subsystems.values()]
    states += [str(a["level"]) for a in open_alerts]
    return {
        "verdict": verdict_of(states),
        "kind": _text(document.get("kind"), 20),
        "source": _text(document.get("source"), 20),
        "subsystems": subsystems,
        "open_alerts": open_alerts,
        "early_warnings": early_warnings,
        "forecasts": {
            name: s["time_to_failure_h"]
            for name, s in subsystems.items()
            if s["time_to_failure_h"] is not None
        },
        "channels": channels,
        "run": {
            "run_id": _text(run_configuration.get("run_id"), 64),
            "state": _text(run.get("state"), 20),
            "percent_q30": _number(run.get("percent_q30")),
            "yield_gb": _number(run.get("yield_gb")),
        },
    }


@dataclass(frozen=True)
class InstrumentState:
    """One instrument as its payloads describe it."""

    serial: str
    model: str
    first_seen: str  # when its first payload arrived (UTC, ISO 8601)
    last_seen: str  # when its newest payload arrived
    last_seen_s: float  # the same, seconds since the epoch
    payloads: int
    latest_payload_id: str  # the payload with the newest created_at
    latest_created_at: str
    summary: dict[str, Any]

    @property
    def verdict(self) -> str:
        return str(self.summary.get("verdict", NO_DATA))

    def as_json(self, now_s: float, full: bool = False) -> dict[str, Any]:
        """The contract of ``GET /v1/instruments``: serial, model, last_seen, verdict,
        payloads, and what the latest payload said; ``full`` adds channel values."""
        summary = self.summary
        brief: dict[str, Any] = {
            "serial": self.serial,
            "model": self.model,
            "last_seen": self.last_seen,
            "age_s": round(max(0.0, now_s - self.last_seen_s), 3),
            "verdict": self.verdict,
            "payloads": self.payloads,
            "first_seen": self.first_seen,
            "latest_payload_id": self.latest_payload_id,
            "latest_created_at": self.latest_created_at,
            "subsystems": {n: s.get("state") for n, s in _dict(summary.get("subsystems")).items()},
            "open_alerts": summary.get("open_alerts", []),
            "early_warnings": summary.get("early_warnings", []),
            "forecasts": summary.get("forecasts", {}),
        }
        if full:
            brief["channels"] = summary.get("channels", [])
            brief["run"] = summary.get("run", {})
        return brief


@dataclass(frozen=True)
class PayloadRecord:
    """One stored payload, without its bytes: what a history lists."""

    payload_id: str
    serial: str
    kind: str
    created_at: str
    received_at: str
    size: int
    sha256: str
    verdict: str

    def as_json(self) -> dict[str, Any]:
        return {
            "payload_id": self.payload_id,
            "kind": self.kind,
            "created_at": self.created_at,
            "received_at": self.received_at,
            "size": self.size,
            "sha256": self.sha256,
            "verdict": self.verdict,
        }
