"""What the app was asked to show, and the instrument source built from it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from proactive_gui.instrument.simulator import Simulator, demo_store
from proactive_gui.instrument.telemetry import TelemetryStore

if TYPE_CHECKING:
    from proactive_gui.health.snapshot import HealthSnapshot
    from proactive_gui.history.trends import ChannelTrend
    from proactive_gui.payload.build import Draft


@dataclass(frozen=True)
class LaunchOptions:
    """The real instrument (a run folder, or the newest run under the run-folder root)
    or, only when asked for, the demo instrument (scenario, speed, seed, start time)."""

    demo: bool = False
    scenario: str = "healthy"
    speed: float = 60.0
    seed: int = 0
    run_folder: Path | None = None
    at_hours: float = 0.0


def open_source(options: LaunchOptions) -> tuple[TelemetryStore, Simulator | None]:
    """The telemetry store to show, and the demo simulator feeding it (advanced to
    ``options.at_hours``, not yet started) when the demo was asked for. Otherwise an
    empty store that the run-folder source fills (its axis is the cycle)."""
    if not options.demo:
        return TelemetryStore((), 1, axis="cycle"), None
    store = demo_store()
    simulator = Simulator(store, scenario=options.scenario, seed=options.seed, speed=options.speed)
    simulator.advance_to(options.at_hours * 3600.0)
    return store, simulator


class NoSourceError(Exception):
    """Neither a run folder nor the demo was named, and no run-folder root is set."""


NO_SOURCE = (
    "no run folder: name one with --run-folder DIR, or set one with "
    "'proactive-gui config set run_folder_root DIR'; --demo shows the demo instrument"
)


def health_now(options: LaunchOptions) -> HealthSnapshot | None:
    """Health as it is now, from the run folder or the demo; None for a run folder
    without readable InterOp metrics. Raises as ``draft_now`` does."""
    snapshot = _snapshot(options)
    no_metrics = snapshot.run is not None and snapshot.run.metrics is None
    return None if no_metrics else snapshot


def _snapshot(options: LaunchOptions) -> HealthSnapshot:
    from proactive_gui.health.evaluate import HealthMonitor
    from proactive_gui.health.limits import load_limits
    from proactive_gui.health.snapshot import DEMO_SOURCE, HealthSnapshot, run_folder_health
    from proactive_gui.payload.values import DEMO_MODEL, DEMO_SERIAL
    from proactive_gui.runs.folder import load_run_folder
    from proactive_gui.runs.isolation import close_shared_worker

    if options.demo:
        store, _ = open_source(options)
        monitor = HealthMonitor(load_limits("Demo"))
        return HealthSnapshot(
            DEMO_SOURCE, DEMO_MODEL, DEMO_SERIAL, store, monitor, monitor.evaluate(store)
        )
    if options.run_folder is None:
        raise NoSourceError(NO_SOURCE)
    try:
        run = load_run_folder(options.run_folder)
    finally:
        close_shared_worker()
    return run_folder_health(run)


def draft_now(
    options: LaunchOptions,
    kind: str = "manual",
    opted_in: bool = False,
    across_runs: Sequence[ChannelTrend] = (),
) -> Draft:
    """The payload draft as it would be sealed now, for ``options``: the run folder's
    health and run, or the demo's telemetry and health when the demo was asked for.
    Raises ``NoSourceError`` without either, ``RunFolderError`` for an unusable folder."""
    from proactive_gui.payload.build import HealthView, build

    snapshot = _snapshot(options)
    monitor = snapshot.monitor
    health = HealthView(snapshot.report, tuple(monitor.alerts), dict(monitor.first_early_warning))
    return build(
        kind,
        snapshot.store,
        health=health,
        run=snapshot.run,
        opted_in=opted_in,
        across_runs=across_runs,
    )
