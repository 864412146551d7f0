"""Which alerts and early warnings are new since the last look, for notifications.

A notice is raised once when a channel enters warning or failure, once more when it
escalates, and once when an early warning (a predicted time to failure) first appears;
a channel that recovers and falls again is new again. Stale or missing readings are not
notices: the overall state shows them.
"""

from __future__ import annotations

from dataclasses import dataclass

from proactive_gui.health.evaluate import HealthReport, State
from proactive_gui.i18n import QT_TRANSLATE_NOOP

ALERT, EARLY_WARNING = "alert", "early_warning"

TITLES = {
    (ALERT, State.WARNING): QT_TRANSLATE_NOOP("Notice", "Warning: {channel}"),
    (ALERT, State.FAILURE): QT_TRANSLATE_NOOP("Notice", "Failure: {channel}"),
    (EARLY_WARNING, State.OK): QT_TRANSLATE_NOOP("Notice", "Early warning: {channel}"),
}


@dataclass(frozen=True)
class Notice:
    kind: str  # ALERT or EARLY_WARNING
    channel: str  # channel id
    level: State  # WARNING or FAILURE for alerts; OK for early warnings
    reason: str  # the health reason (alerts) or ""
    time_to_failure_s: float | None = None

    @property
    def title_template(self) -> str:
        return TITLES[(self.kind, self.level)]


class NoticeTracker:
    """Feed it each health report; it returns the notices that are new."""

    def __init__(self) -> None:
        self._active: set[tuple[str, str, State]] = set()

    def update(self, report: HealthReport) -> list[Notice]:
        current: dict[tuple[str, str, State], Notice] = {}
        for health in report.channels.values():
            key: tuple[str, str, State]
            if health.state in (State.WARNING, State.FAILURE):
                key = (ALERT, health.channel, health.state)
                current[key] = Notice(ALERT, health.channel, health.state, health.reason)
            if health.time_to_failure_s is not None:
                key = (EARLY_WARNING, health.channel, State.OK)
                current[key] = Notice(
                    EARLY_WARNING, health.channel, State.OK, "", health.time_to_failure_s
                )
        new = [notice for key, notice in current.items() if key not in self._active]
        self._active = set(current)
        return sorted(new, key=lambda n: (n.kind != ALERT, -n.level.severity, n.channel))
