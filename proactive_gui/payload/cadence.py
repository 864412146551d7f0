"""When payloads are sealed: when a run starts (its configuration), every
``health_interval_min`` during the run (instrument health), when it ends (its
performance summary), and whenever the user chooses "Seal now".

Pure bookkeeping: ``Cadence.due`` is told what the run looks like now and answers
which payload kinds are due; the caller builds and seals them.
"""

from __future__ import annotations

from dataclasses import dataclass

RUNNING, ENDED = "running", "ended"


@dataclass(frozen=True)
class RunState:
    """The run as a source sees it: an identity and whether it is going or over."""

    run_id: str
    state: str  # RUNNING or ENDED


class Cadence:
    def __init__(self, interval_s: float) -> None:
        if interval_s <= 0:
            raise ValueError("the health interval must be positive")
        self.interval_s = interval_s
        self._seen: RunState | None = None
        self._last_health: float | None = None

    def due(self, run: RunState | None, now: float) -> list[str]:
        """Payload kinds due at ``now`` (seconds, any monotonic clock)."""
        kinds: list[str] = []
        previous, self._seen = self._seen, run
        if run is None:
            return kinds
        new_run = previous is None or previous.run_id != run.run_id
        if run.state == RUNNING:
            if new_run:
                kinds.append("run_start")
                self._last_health = now
            elif self._last_health is None or now - self._last_health >= self.interval_s:
                kinds.append("health")
                self._last_health = now
        elif run.state == ENDED and previous == RunState(run.run_id, RUNNING):
            kinds.append("run_end")
        return kinds
