"""The technician's one verdict before a run: "Ready to start run", "Attention" or
"Not ready", with the reasons, from the opt-in, the last network check and its age,
each subsystem's health, the upload queue, the current run's state and the forecasts
across runs (service due soon).

Without a network only the network line matters less: with sending off, the network
is not needed at all.
"""

from __future__ import annotations

from dataclasses import dataclass

from proactive_gui.i18n import QT_TRANSLATE_NOOP

READY, ATTENTION, NOT_READY = "ready", "attention", "not_ready"
NETWORK_STALE_S = 24 * 3600.0  # an older check is no evidence about today


@dataclass(frozen=True)
class Reason:
    """A reason, as an English template marked for translation (context Readiness)."""

    level: str  # ATTENTION or NOT_READY
    template: str
    args: tuple[tuple[str, str], ...] = ()

    @property
    def message(self) -> str:
        return self.template.format(**dict(self.args))


@dataclass(frozen=True)
class Verdict:
    level: str
    reasons: tuple[Reason, ...]


def readiness(
    opted_in: bool,
    subsystems: dict[str, str],  # subsystem label -> health state value
    network: str | None,  # last readiness verdict: pass, warn, fail, or None
    network_age_s: float | None,
    queue_problem: str,
    set_aside: int,
    run_state: str | None,  # the source's run phase: "stopped" and "stalled" need attention
    prerun: tuple[Reason, ...] = (),  # the run folder's pre-run checks (runs.prerun)
    service_due: tuple[str, ...] = (),  # forecasts across runs due within a few runs
) -> Verdict:
    reasons: list[Reason] = [*prerun]
    reasons += [
        Reason(
            ATTENTION, QT_TRANSLATE_NOOP("Readiness", "Service due soon: {why}"), (("why", why),)
        )
        for why in service_due
    ]
    if subsystems and all(state == "no_data" for state in subsystems.values()):
        reasons.append(  # one reason, not four: there is no instrument data at all yet
            Reason(
                ATTENTION,
                QT_TRANSLATE_NOOP("Readiness", "No instrument data yet"),
            )
        )
        subsystems = {}
    for name, state in subsystems.items():
        if state == "failure":
            reasons.append(
                Reason(
                    NOT_READY, QT_TRANSLATE_NOOP("Readiness", "{name}: failure"), (("name", name),)
                )
            )
        elif state in ("warning", "stale", "no_data"):
            template = {
                "warning": QT_TRANSLATE_NOOP("Readiness", "{name}: warning"),
                "stale": QT_TRANSLATE_NOOP("Readiness", "{name}: readings stopped arriving"),
                "no_data": QT_TRANSLATE_NOOP("Readiness", "{name}: no readings yet"),
            }[state]
            reasons.append(Reason(ATTENTION, template, (("name", name),)))
    if opted_in:
        if network == "fail":
            reasons.append(
                Reason(
                    NOT_READY,
                    QT_TRANSLATE_NOOP("Readiness", "The network check failed: data cannot be sent"),
                )
            )
        elif network is None or network_age_s is None or network_age_s > NETWORK_STALE_S:
            reasons.append(
                Reason(
                    ATTENTION,
                    QT_TRANSLATE_NOOP(
                        "Readiness", "Run the network checks (none in the last 24 hours)"
                    ),
                )
            )
        elif network == "warn":
            reasons.append(
                Reason(ATTENTION, QT_TRANSLATE_NOOP("Readiness", "The network check has warnings"))
            )
        if queue_problem:
            reasons.append(
                Reason(
                    ATTENTION,
                    QT_TRANSLATE_NOOP("Readiness", "Uploads are waiting: {why}"),
                    (("why", queue_problem),),
                )
            )
    if set_aside:
        reasons.append(
            Reason(
                ATTENTION,
                QT_TRANSLATE_NOOP("Readiness", "{n} payload(s) set aside on the Uploads page"),
                (("n", str(set_aside)),),
            )
        )
    if run_state == "stopped":
        reasons.append(
            Reason(ATTENTION, QT_TRANSLATE_NOOP("Readiness", "The last run stopped early"))
        )
    elif run_state == "stalled":
        reasons.append(
            Reason(
                ATTENTION,
                QT_TRANSLATE_NOOP("Readiness", "The run has written no new cycle for over 2 hours"),
            )
        )
    level = (
        NOT_READY if any(r.level == NOT_READY for r in reasons) else ATTENTION if reasons else READY
    )
    return Verdict(level, tuple(reasons))
