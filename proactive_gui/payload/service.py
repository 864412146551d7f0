"""Payloads on their cadence: the app's one place that builds and seals them.

Sealed payloads are kept here, oldest first, for the Payload page, and queued for the
upload engine only when sending was on at sealing time: one sealed while it is off is
kept on this PC, to look at and export, and is never queued. A payload that the last
scan blocks is not kept: the reason (kind and place of what was found, never the data)
is, so the page can say why.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

from proactive_gui.health.service import HealthService
from proactive_gui.history.trends import ChannelTrend
from proactive_gui.instrument.telemetry import TelemetryStore
from proactive_gui.payload.build import Draft, HealthView, build
from proactive_gui.payload.cadence import ENDED, RUNNING, Cadence, RunState
from proactive_gui.payload.schema import PayloadInvalidError
from proactive_gui.payload.seal import PayloadBlockedError, SealedPayload, seal
from proactive_gui.runs.folder import RunFolder

log = logging.getLogger(__name__)


def health_view(health: HealthService | None) -> HealthView:
    """A consistent copy of what the health monitor knows now."""
    if health is None:
        return HealthView()
    report = health.report or health.evaluate_now()
    return HealthView(report, tuple(health.alerts()), dict(health.monitor.first_early_warning))


class PayloadService:
    def __init__(
        self,
        store: TelemetryStore,
        health: HealthService | None,
        current_run: Callable[[], RunFolder | None],
        interval_s: float,
        clock: Callable[[], float] = time.monotonic,
        queue: Callable[[SealedPayload], object] | None = None,
        opted_in: Callable[[], bool] = lambda: False,
    ) -> None:
        self.store = store
        self.health = health
        self.current_run = current_run
        self.cadence = Cadence(interval_s)
        self.clock = clock
        self.queue = queue  # the spool's put: sealed payloads wait there to be sent
        self.opted_in = opted_in  # consent at sealing time goes into each payload
        self._lock = threading.Lock()
        self._sealed: list[SealedPayload] = []
        self._queued: set[str] = set()
        self.across_runs: tuple[ChannelTrend, ...] = ()  # the history's trends, when known
        self.problems: list[str] = []

    @property
    def sealed(self) -> list[SealedPayload]:
        with self._lock:
            return list(self._sealed)

    def draft(self, kind: str = "manual") -> Draft:
        return build(
            kind,
            self.store,
            health=health_view(self.health),
            run=self.current_run(),
            opted_in=self.opted_in(),
            across_runs=self.across_runs,
        )

    @property
    def kept_here(self) -> list[SealedPayload]:
        """Payloads sealed in this session that were not queued (sending was off, or
        there is no queue): on this PC only."""
        with self._lock:
            return [p for p in self._sealed if p.payload_id not in self._queued]

    def seal_now(self, kind: str = "manual") -> SealedPayload:
        """Build, seal and keep one payload, and queue it when sending is on (read once,
        in the draft). Raises ``PayloadBlockedError``, ``PayloadInvalidError`` or the
        queue's error; then nothing is kept."""
        sealed = seal(self.draft(kind))
        queued = self.queue is not None and sealed.opted_in
        if queued and self.queue is not None:
            self.queue(sealed)  # SpoolError: not kept, the caller says why
        with self._lock:
            self._sealed.append(sealed)
            if queued:
                self._queued.add(sealed.payload_id)
        log.info("sealed %s payload %s (%d bytes)", kind, sealed.payload_id, sealed.size)
        return sealed

    def run_state(self) -> RunState | None:
        run = self.current_run()
        if run is not None:
            return RunState(run.run_info.run_id, RUNNING if run.state == "running" else ENDED)
        status = self.store.status
        if status is None:
            return None
        state = ENDED if status.phase == "complete" else RUNNING
        return RunState(f"demo-{self.store.epoch:.0f}", state)

    def tick(self) -> list[SealedPayload]:
        """Seal whatever the cadence says is due now; nothing while sending is off (the
        cadence still advances, so turning it on does not seal a backlog)."""
        made: list[SealedPayload] = []
        due = self.cadence.due(self.run_state(), self.clock())
        if not due or not self.opted_in():  # the opt-in is read only when something is due
            return made
        for kind in due:
            try:
                made.append(self.seal_now(kind))
            except (PayloadBlockedError, PayloadInvalidError, OSError) as exc:
                self.problems.append(str(exc))
                log.warning("a %s payload was not sealed: %s", kind, exc)
        return made
