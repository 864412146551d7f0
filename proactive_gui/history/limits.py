"""Service limits across runs: the level at which a trend over runs calls for service.

A family's limits file (``resources/limits/<family>.json``) may hold them in an
``across_runs`` object (the within-run ``channels`` are left as they are)::

    "across_runs": {
      "intensity_*": {"measure": "first", "judge": "percent_of_reference",
                      "low": 70, "basis": "..."}
    }

``measure`` is what is compared run by run (``first``: the first cycles' level;
``median``: the run's median); ``judge`` is ``value`` or ``percent_of_reference`` (of the
median of the series' first ``REFERENCE_RUNS`` comparable runs: the instrument's own
level when its history began). Where a family's file names none, ``DEFAULTS`` apply; a
``median`` limit without a number takes the within-run warning band of the family's file
for that channel, whose basis it names.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from importlib import resources
from typing import Any

from proactive_gui.health.limits import limits_for_family
from proactive_gui.i18n import QT_TRANSLATE_NOOP

REFERENCE_RUNS = 3
MEASURES = ("first", "median", "decay_per_100_cycles")
JUDGES = ("value", "percent_of_reference")


@dataclass(frozen=True)
class ServiceLimit:
    pattern: str  # a channel id, or ``prefix*``
    measure: str
    judge: str
    low: float | None
    high: float | None
    what: str  # e.g. "first-cycle intensity ({chemistry})", marked for translation
    basis: str
    origin: str  # the file (or the built-in default) the limit comes from

    def applies_to(self, channel_id: str) -> bool:
        if self.pattern.endswith("*"):
            return channel_id.startswith(self.pattern[:-1])
        return channel_id == self.pattern

    def chemistry(self, channel_id: str) -> str:
        """The chemistry channel a ``prefix*`` limit names in ``channel_id`` (lower case)."""
        return channel_id.split("_", 1)[1] if self.pattern.endswith("*") else ""


BUILT_IN = "built-in default (proactive_gui/history/limits.py)"
_PROVISIONAL = (
    "Provisional: no published cross-run limit exists for this value and the shared test "
    "runs hold one run per instrument, so the level is set, not derived from data: "
)
DEFAULTS: tuple[dict[str, Any], ...] = (
    {
        "pattern": "intensity_*",
        "measure": "first",
        "judge": "percent_of_reference",
        "low": 70.0,
        "what": QT_TRANSLATE_NOOP("HistoryMeasure", "first-cycle intensity ({chemistry})"),
        "basis": _PROVISIONAL
        + "30 % below the instrument's own first runs is more than the 18–33 % that "
        "healthy runs lose within one read, so kit-to-kit scatter does not reach it.",
    },
    {
        "pattern": "focus_*",
        "measure": "first",
        "judge": "percent_of_reference",
        "high": 130.0,
        "what": QT_TRANSLATE_NOOP("HistoryMeasure", "first-cycle focus FWHM ({chemistry})"),
        "basis": _PROVISIONAL
        + "a focus spot 30 % wider than the instrument's first runs, beyond the 18 % "
        "healthy runs drift within a run.",
    },
    {
        "pattern": "error_rate",
        "measure": "median",
        "judge": "value",
        "what": QT_TRANSLATE_NOOP("HistoryMeasure", "error rate"),
    },
    {
        "pattern": "phasing",
        "measure": "median",
        "judge": "value",
        "what": QT_TRANSLATE_NOOP("HistoryMeasure", "phasing"),
    },
    {
        "pattern": "prephasing",
        "measure": "median",
        "judge": "value",
        "what": QT_TRANSLATE_NOOP("HistoryMeasure", "prephasing"),
    },
)


def _family_file(family: str) -> tuple[str, dict[str, Any]]:
    for name in (family.lower(), "unknown"):
        path = f"limits/{name}.json"
        try:
            text = resources.files("proactive_gui.resources").joinpath(path).read_text("utf-8")
            data = json.loads(text)
        except (FileNotFoundError, json.JSONDecodeError):
            continue
        if isinstance(data, dict):
            return f"resources/{path}", data
    return "", {}


def _number(raw: Any) -> float | None:
    return float(raw) if isinstance(raw, int | float) and not isinstance(raw, bool) else None


def service_limits(family: str) -> list[ServiceLimit]:
    """The family's cross-run limits: its file's ``across_runs``, else ``DEFAULTS``."""
    origin, data = _family_file(family)
    declared = data.get("across_runs")
    entries: list[tuple[dict[str, Any], str]]
    if isinstance(declared, dict) and declared:
        entries = [
            ({"pattern": k, **v}, origin) for k, v in declared.items() if isinstance(v, dict)
        ]
    else:
        entries = [(entry, BUILT_IN) for entry in DEFAULTS]
    within = limits_for_family(family)
    out = []
    for entry, source in entries:
        measure, judge = str(entry.get("measure", "first")), str(entry.get("judge", "value"))
        if measure not in MEASURES or judge not in JUDGES:
            continue
        pattern = str(entry["pattern"])
        low, high = _number(entry.get("low")), _number(entry.get("high"))
        basis = str(entry.get("basis", ""))
        if low is None and high is None and judge == "value":  # the within-run warning band
            rule = next((r for r in within.rules_for(pattern) if r.judge == "value"), None)
            if rule is None:
                continue
            low = rule.warning.low if math.isfinite(rule.warning.low) else None
            high = rule.warning.high if math.isfinite(rule.warning.high) else None
            source = f"{origin}, the within-run warning limit" if origin else source
            basis = rule.basis
        out.append(
            ServiceLimit(
                pattern,
                measure,
                judge,
                low,
                high,
                str(entry.get("what", pattern)),
                basis,
                source,
            )
        )
    return out
