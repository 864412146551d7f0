"""Health at one moment, from either source, and its JSON for scripts.

``proactive-gui health --json`` prints ``health_json``; scripts rely on its keys:
``source``, ``instrument`` ``{model, serial}``, ``subsystems`` (``optical``,
``mechanical``, ``thermal``, ``fluidics``: ``{state, channels: [{id, label, unit,
latest, warning, failure}]}``) and ``findings``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from proactive_gui.health.evaluate import HealthMonitor, HealthReport
from proactive_gui.health.limits import Band, ChannelLimits, limits_for_family
from proactive_gui.health.runfolder import JUDGED_UNITS, RunFolderMonitor
from proactive_gui.instrument.channels import Subsystem
from proactive_gui.instrument.runfolder import RunFolderSource
from proactive_gui.instrument.telemetry import TelemetryStore
from proactive_gui.runs.folder import RunFolder

DEMO_SOURCE, RUN_FOLDER_SOURCE = "demo", "run_folder"


@dataclass
class HealthSnapshot:
    source: str  # DEMO_SOURCE or RUN_FOLDER_SOURCE
    model: str
    serial: str
    store: TelemetryStore
    monitor: HealthMonitor
    report: HealthReport
    run: RunFolder | None = None  # the run folder it was read from


def run_folder_monitor(source: RunFolderSource, family: str) -> RunFolderMonitor:
    return RunFolderMonitor(limits_for_family(family), source=source, family=family)


def run_folder_health(run: RunFolder) -> HealthSnapshot:
    """Health of a loaded run folder, as the window would show it."""
    store = TelemetryStore((), 1, axis="cycle")
    source = RunFolderSource(store)
    source.apply(run)
    monitor = run_folder_monitor(source, run.model.family)
    report = monitor.evaluate(store)
    return HealthSnapshot(
        RUN_FOLDER_SOURCE, run.model.name, run.run_info.instrument_id, store, monitor, report, run
    )


def _band(band: Band, judge: str) -> dict[str, Any] | None:
    low = band.low if math.isfinite(band.low) else None
    high = band.high if math.isfinite(band.high) else None
    if low is None and high is None:
        return None
    out: dict[str, Any] = {"low": low, "high": high}
    if judge != "value":
        out["of"] = JUDGED_UNITS[judge]
    return out


def _limits_json(rules: list[ChannelLimits]) -> dict[str, Any]:
    """The first rule's bands as ``warning`` and ``failure``; further ways the channel
    is judged under ``also_judged``."""
    if not rules:
        return {"warning": None, "failure": None}
    first, *rest = rules
    out: dict[str, Any] = {
        "warning": _band(first.warning, first.judge),
        "failure": _band(first.failure, first.judge),
    }
    if rest:
        out["also_judged"] = [
            {"warning": _band(r.warning, r.judge), "failure": _band(r.failure, r.judge)}
            for r in rest
        ]
    return out


def health_json(snapshot: HealthSnapshot) -> dict[str, Any]:
    report, store = snapshot.report, snapshot.store
    limits = snapshot.monitor.limits
    subsystems: dict[str, Any] = {}
    for subsystem in Subsystem:
        state = report.subsystems[subsystem].state.value
        channels = []
        for channel in store.channels:
            if channel.subsystem is not subsystem:
                continue
            latest = store.latest(channel.id)
            rules = limits.rules_for(channel.id)
            channels.append(
                {
                    "id": channel.id,
                    "label": channel.text,
                    "unit": channel.unit,
                    "latest": None if latest is None else round(latest[1], 6),
                    **_limits_json(rules),
                }
            )
        subsystems[subsystem.value] = {"state": state, "channels": channels}
    status = store.status
    return {
        "source": snapshot.source,
        "instrument": {"model": snapshot.model, "serial": snapshot.serial},
        "run": None
        if status is None
        else {"state": status.phase, "cycle": status.cycle, "planned_cycles": status.total_cycles},
        "subsystems": subsystems,
        "findings": [f.as_json() for f in report.findings],
    }
