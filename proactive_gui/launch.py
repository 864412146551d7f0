"""What the app was asked to show, and the instrument source built from it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from proactive_gui.instrument.simulator import Simulator, demo_store
from proactive_gui.instrument.telemetry import TelemetryStore

if TYPE_CHECKING:
    from proactive_gui.payload.build import Draft


@dataclass(frozen=True)
class LaunchOptions:
    """The demo instrument (scenario, speed, seed, start time) or a run folder."""

    demo: bool = True
    scenario: str = "healthy"
    speed: float = 60.0
    seed: int = 0
    run_folder: Path | None = None
    at_hours: float = 0.0


def open_source(options: LaunchOptions) -> tuple[TelemetryStore, Simulator | None]:
    """The telemetry store to show, and the demo simulator feeding it (advanced to
    ``options.at_hours``, not yet started) unless a run folder was chosen instead."""
    store = demo_store()
    if not options.demo:
        return store, None
    simulator = Simulator(store, scenario=options.scenario, seed=options.seed, speed=options.speed)
    simulator.advance_to(options.at_hours * 3600.0)
    return store, simulator


def draft_now(options: LaunchOptions, kind: str = "manual", opted_in: bool = False) -> Draft:
    """The payload draft as it would be sealed now, for ``options``: the demo's
    telemetry and health, and the run folder if one was chosen."""
    from proactive_gui.health.evaluate import HealthMonitor
    from proactive_gui.health.limits import load_limits
    from proactive_gui.payload.build import HealthView, build
    from proactive_gui.runs.folder import load_run_folder
    from proactive_gui.runs.isolation import close_shared_worker

    store, _ = open_source(options)
    monitor = HealthMonitor(load_limits("Demo"))
    report = monitor.evaluate(store)
    run = None
    if options.run_folder is not None:
        try:
            run = load_run_folder(options.run_folder)
        finally:
            close_shared_worker()
    health = HealthView(report, tuple(monitor.alerts), dict(monitor.first_early_warning))
    return build(kind, store, health=health, run=run, opted_in=opted_in)
