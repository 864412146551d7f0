"""Health evaluated in the background: once a second, off the GUI thread, the latest
report kept for readers (the UI reads it on its timer)."""

from __future__ import annotations

import logging
import threading
import time

from proactive_gui.background import RunsInBackground, StoppableThread
from proactive_gui.health.evaluate import Alert, HealthMonitor, HealthReport
from proactive_gui.health.limits import Limits
from proactive_gui.instrument.telemetry import TelemetryStore

log = logging.getLogger(__name__)

SOURCE_SILENT_AFTER_S = 5.0  # wall-clock seconds without any new sample


class HealthService(RunsInBackground):
    def __init__(
        self,
        store: TelemetryStore,
        limits: Limits | HealthMonitor,
        interval_s: float = 1.0,
        silent_after_s: float | None = SOURCE_SILENT_AFTER_S,
    ) -> None:
        """``limits`` for the demo's monitor, or a monitor of another kind (a run
        folder's)."""
        self.store = store
        self.monitor = limits if isinstance(limits, HealthMonitor) else HealthMonitor(limits)
        self.silent_after_s = silent_after_s  # None: a source that is quiet for long (a run folder)
        self.interval_s = interval_s
        self._lock = threading.Lock()
        self._report: HealthReport | None = None
        self._evaluated_revision = -1
        self._thread = StoppableThread("health-monitor", self._run)

    @property
    def report(self) -> HealthReport | None:
        with self._lock:
            return self._report

    def alerts(self) -> list[Alert]:
        with self._lock:
            return [
                Alert(a.channel, a.level, a.start, a.end, a.reason) for a in self.monitor.alerts
            ]

    def evaluate_now(self) -> HealthReport:
        """One evaluation on the caller's thread (snapshots, tests)."""
        with self._lock:
            self._report = self.monitor.evaluate(self.store)
            self._evaluated_revision = self.store.revision
            return self._report

    def _run(self, stop: threading.Event) -> None:
        last_news = time.monotonic()
        while not stop.wait(self.interval_s):
            try:
                if self.store.revision != self._evaluated_revision:
                    last_news = time.monotonic()
                    self.evaluate_now()
                elif (
                    self.silent_after_s is not None
                    and time.monotonic() - last_news > self.silent_after_s
                ):
                    # The source itself went quiet: its clock stopped too, so only the
                    # wall clock can tell. Never leave the last report showing "OK".
                    with self._lock:
                        silent_s = time.monotonic() - last_news
                        self._report = self.monitor.all_stale(self.store, silent_s)
            except Exception:  # health must keep being evaluated
                log.exception("health evaluation failed")
