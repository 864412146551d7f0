"""Build a payload draft from what the app knows: the telemetry store, the health
monitor and the current run folder.

Allow-list by construction: every field is written here by name, from a typed value;
strings from outside (RunParameters values, event arguments) must also match the
schema's pattern for their field, and the form of their kind (a serial's structure, a
setting's words), or they are left out. Identifiers get no free pass: they are checked
against the values that stay on this PC like every other string, and only the run ID's
own structure (``run_identity``) is taken out of those values. Free text (event
messages, alert reasons) passes the privacy gate. What was left out, and why, is kept
with the draft for the Payload page ("not sent").
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

import numpy as np

from proactive_gui import __version__
from proactive_gui.health.evaluate import Alert, HealthReport
from proactive_gui.health.evaluate import Finding as HealthFinding
from proactive_gui.health.trend import bin_medians, theil_sen
from proactive_gui.history.trends import ChannelTrend
from proactive_gui.i18n import QT_TRANSLATE_NOOP
from proactive_gui.instrument.telemetry import TelemetryStore
from proactive_gui.payload.disclosure import (
    RUN_INFO,
    RUN_PARAMETERS,
    Disclosure,
    disclose,
    setting_name,
)
from proactive_gui.payload.gate import (
    Finding,
    Taint,
    clean_text,
    glued_words,
    machine_values,
    scan_text,
)
from proactive_gui.payload.schema import SCHEMA_VERSION, pattern_of, schema_words
from proactive_gui.payload.values import (
    DEMO_MODEL,
    DEMO_SERIAL,
    SETTING_WORDS,
    RunIdentity,
    local_values,
    looks_like,
    own_words,
    run_identity,
)
from proactive_gui.runs.folder import RunFolder

KINDS = ("run_start", "health", "run_end", "manual")
MAX_FINDING_TILES = 64  # the schema's bound
TREND_BIN_S = 60.0
_V = TypeVar("_V")
_FIRMWARE = re.compile(r"^[a-z0-9_]+@(?P<version>[0-9][0-9A-Za-z._-]*)$")
_VERSION_FIELD = re.compile(r"version|firmware|cpld|fpga", re.I)
_CONSUMABLE_FIELD = re.compile(
    r"rfid|consumable|serial|barcode|partnumber|lotnumber|expiration|reagentkits/", re.I
)
# Why the builder refused a value (context Disclosure: the window shows them translated)
NOT_LIKE = {
    "serial": QT_TRANSLATE_NOOP("Disclosure", "not sent: its value does not look like a serial"),
    "version": QT_TRANSLATE_NOOP("Disclosure", "not sent: its value does not look like a version"),
    "name": QT_TRANSLATE_NOOP("Disclosure", "not sent: its value does not look like a name"),
    "value": QT_TRANSLATE_NOOP(
        "Disclosure", "not sent: its value does not look like a setting's value"
    ),
}
FREE_TEXT = QT_TRANSLATE_NOOP("Disclosure", "not sent: it reads as free text, not a setting")
REPEATS = QT_TRANSLATE_NOOP("Disclosure", "not sent: it repeats a value that stays on this PC")
NAME_READS = QT_TRANSLATE_NOOP("Disclosure", "not sent: its name reads as personal data")
UNLISTED = QT_TRANSLATE_NOOP("Disclosure", "not sent: the allow-list does not name it")


@dataclass(frozen=True)
class HealthView:
    """What the health monitor knows at one moment (copies, safe to keep)."""

    report: HealthReport | None = None
    alerts: tuple[Alert, ...] = ()
    first_warned: dict[str, float] = field(default_factory=dict)


@dataclass(frozen=True)
class Draft:
    """A payload before sealing: the document, the words that must not travel, and
    what the builder left out or cleaned, for the user to see."""

    kind: str
    document: dict[str, Any]
    taint: Taint
    local_only: dict[str, str]
    left_out: tuple[str, ...]  # "RunParameters/Foo: not sent: its value does not look…"
    cleaned: tuple[Finding, ...]  # what the gate removed from free text
    disclosures: tuple[Disclosure, ...] = ()  # each run-folder value: sent as what, or why not
    left_out_elsewhere: tuple[tuple[str, str], ...] = ()  # (what, why): not one field's value

    @property
    def sent(self) -> tuple[Disclosure, ...]:
        return tuple(d for d in self.disclosures if d.sent)

    @property
    def not_sent(self) -> tuple[Disclosure, ...]:
        return tuple(d for d in self.disclosures if not d.sent)


def _number(value: float | None, digits: int = 4) -> float | None:
    if value is None or not math.isfinite(value):
        return None
    return round(float(value), digits)


def _numbers(values: np.ndarray) -> list[float | None]:
    return [_number(float(x)) for x in values]


class _Builder:
    def __init__(self, run: RunFolder | None, taint: Taint, vocabulary: frozenset[str]) -> None:
        self.run = run
        self.taint = taint
        self.vocabulary = vocabulary  # words that name nobody (schema, app, SETTING_WORDS)
        self.left_out: list[str] = []
        self.withheld: dict[tuple[str, str], str] = {}  # (source, field): why not sent
        self.elsewhere: list[tuple[str, str]] = []  # (what, why) of no one field
        self.carried: dict[tuple[str, str], list[str]] = {}  # (source, field): payload paths
        self.cleaned: list[Finding] = []

    def carry(self, field: tuple[str, str], path: str) -> None:
        """Record that the payload field ``path`` carries the value of ``field``."""
        self.carried.setdefault(field, []).append(path)

    def leave_out(self, what: str, why: str, field: tuple[str, str] | None = None) -> None:
        """Record a refused value: in English for the log and tests, by field for the
        not-sent lists."""
        self.left_out.append(f"{what}: {why}")
        if field is not None and field[1]:
            self.withheld.setdefault(field, why)
        else:
            self.elsewhere.append((what, why))

    def carried_as(self, field: tuple[str, str], path: str, value: _V) -> _V:
        """``value``, recorded as carried by ``path`` when there is one."""
        if value is not None:
            self.carry(field, path)
        return value

    def matches(
        self, definition: str, value: str, what: str, field: tuple[str, str] | None = None
    ) -> bool:
        """Whether a value from outside may travel in a field of type ``definition``: it
        has the field's form (the schema's pattern, a serial's structure, a setting's
        words), shows no pattern of personal data, and holds no word of a value that
        stays on this PC; in a serial, not even glued to other letters."""
        if not looks_like(definition, value):
            self.leave_out(what, NOT_LIKE[definition], field)
            return False
        if definition == "value" and not self.reads_as_setting(value):
            self.leave_out(what, FREE_TEXT, field)
            return False
        found = scan_text(value, what, self.taint, version=definition == "version")
        if definition == "serial":
            found += glued_words(value, what, self.taint)
        if found:
            self.leave_out(what, REPEATS, field)
            return False
        return True

    def reads_as_setting(self, value: str) -> bool:
        """A setting's value is one code (Amplicon, PairedEnd, 2022-01-22T00:00:00 reads
        as numbers) or product and setting words, numbers and short codes (NextSeq
        1000/2000 P1 Reagent Cartridge (338 Cycles)); any other word makes it free text."""
        words = re.findall(r"[A-Za-z0-9]+", value)
        return len(words) <= 1 or all(
            w.lower() in self.vocabulary
            or any(c.isdigit() for c in w)
            or (w.isupper() and len(w) <= 3)  # SBS, PE, SP
            for w in words
        )

    def instrument_configuration(self, demo: bool) -> dict[str, Any]:
        run = self.run
        if run is None or demo:
            return {
                "model": DEMO_MODEL,
                "serial": DEMO_SERIAL,
                "software": [
                    {"component": "Proactive Companion simulator", "version": __version__}
                ],
            }
        software: list[dict[str, str]] = []
        if run.parameters is not None:
            for f in run.parameters.fields:
                if f.travels and f.value and _VERSION_FIELD.search(f.name):
                    firmware = _FIRMWARE.match(f.value)  # "cim@1.4.3"
                    version = firmware.group("version") if firmware else f.value
                    where = (RUN_PARAMETERS, f.path)
                    name = f.name if self.matches("name", f.name, f.path, where) else ""
                    if name and self.matches("version", version, f.path, where):
                        self.carry(where, f"instrument_configuration.software[{len(software)}]")
                        software.append({"component": name, "version": version})
        serial = run.run_info.instrument_id
        return {
            "model": run.model.name,
            "serial": self.carried_as(
                (RUN_INFO, "Instrument"), "instrument_configuration.serial", serial
            )
            if self.matches("serial", serial, "RunInfo/Instrument", (RUN_INFO, "Instrument"))
            else "unknown",
            "software": software[:40],
        }

    def run_configuration(self) -> dict[str, Any] | None:
        run = self.run
        if run is None:
            return None
        info = run.run_info
        settings: list[dict[str, str]] = []
        consumables: list[dict[str, str]] = []
        if run.parameters is not None:
            for f in run.parameters.unlisted:
                self.leave_out(f.path, UNLISTED, (RUN_PARAMETERS, f.path))
            for f in run.parameters.fields:
                if not (f.travels and f.value) or _VERSION_FIELD.search(f.name):
                    continue
                if _CONSUMABLE_FIELD.search(f.path):
                    continue  # gathered below, one entry per consumable
                name = setting_name(f.path)
                where = (RUN_PARAMETERS, f.path)
                if scan_text(name, f.path, Taint.NONE):  # "A.Bc" reads as a host name
                    self.leave_out(f.path, NAME_READS, where)
                    continue
                if self.matches("value", f.value, f.path, where):
                    self.carry(where, f"run_configuration.settings[{len(settings)}].value")
                    settings.append({"name": name, "value": f.value})
            for c in run.parameters.consumables:
                entry = {"kind": c.kind}
                for key, definition in (
                    ("serial", "serial"),
                    ("part_number", "serial"),
                    ("lot", "serial"),
                    ("expiration", "value"),
                ):
                    value = getattr(c, key)
                    where = (RUN_PARAMETERS, c.source(key))
                    if value and self.matches(definition, value, f"{c.kind} {key}", where):
                        entry[key] = value
                if self.matches("name", c.kind, "consumable kind"):
                    for key in entry.keys() - {"kind"}:
                        place = f"run_configuration.consumables[{len(consumables)}].{key}"
                        self.carry((RUN_PARAMETERS, c.source(key)), place)
                    consumables.append(entry)
        run_id, flowcell = info.run_id, info.flowcell
        return {
            "run_id": self.carried_as((RUN_INFO, "Run Id"), "run_configuration.run_id", run_id)
            if self.matches("serial", run_id, "RunInfo/Run Id", (RUN_INFO, "Run Id"))
            else "unknown",
            "run_number": self.carried_as(
                (RUN_INFO, "Run Number"), "run_configuration.run_number", info.run_number
            ),
            "flowcell": self.carried_as(
                (RUN_INFO, "Flowcell"), "run_configuration.flowcell", flowcell
            )
            if self.matches("serial", flowcell, "RunInfo/Flowcell", (RUN_INFO, "Flowcell"))
            else "unknown",
            "read_structure": info.read_structure or "0",
            "reads": [
                {"number": r.number, "cycles": r.cycles, "index": r.is_index} for r in info.reads
            ],
            "lanes": info.lanes,
            "planned_cycles": info.planned_cycles,
            "settings": settings[:80],
            "consumables": consumables[:20],
        }

    def run_performance(self) -> dict[str, Any] | None:
        run = self.run
        if run is None:
            return None
        result: dict[str, Any] = {"state": run.state, "cycles_done": run.cycles_done}
        m = run.metrics
        if m is None:
            return result
        result.update(
            yield_gb=_number(m.yield_g),
            projected_yield_gb=_number(m.projected_yield_g),
            percent_q30=_number(m.percent_q30),
            error_rate=_number(m.error_rate),
            cluster_density_k_mm2=_number(m.density_k_mm2, 1),
            percent_pf=_number(m.percent_pf),
            reads=[
                {
                    "number": r.number,
                    "index": r.is_index,
                    "yield_gb": _number(r.yield_g),
                    "percent_q30": _number(r.percent_q30),
                    "error_rate": _number(r.error_rate),
                }
                for r in m.reads
            ][:8],
            per_cycle={
                "percent_q30": _numbers(m.by_cycle.percent_q30)[:2000],
                "error_rate": _numbers(m.by_cycle.error_rate)[:2000],
            },
            qscore_histogram={
                "bins": [int(b) for b in m.qscore_bins][:64],
                "counts_m": _numbers(m.qscore_counts_m)[:64],
            },
        )
        return result

    def gated(self, text: str, taint: Taint) -> str:
        cleaned, findings = clean_text(text, taint)
        self.cleaned.extend(findings)
        return cleaned[:300]

    def instrument_performance(
        self, store: TelemetryStore, health: HealthView, since: float, taint: Taint
    ) -> dict[str, Any]:
        now = store.clock
        report = health.report
        cycle_axis = store.axis == "cycle"
        channels = []
        for channel in store.channels:
            t, v = store.series(channel.id, since)
            measured = np.isfinite(v)
            t, v = t[measured], v[measured]
            state = report.channels.get(channel.id) if report else None
            entry: dict[str, Any] = {
                "channel": channel.id,
                "subsystem": channel.subsystem.value,
                "unit": channel.unit,
                "state": state.state.value if state else "no_data",
                "samples": len(v),
                "min": _number(v.min()) if len(v) else None,
                "max": _number(v.max()) if len(v) else None,
                "mean": _number(v.mean()) if len(v) else None,
                "last": _number(v[-1]) if len(v) else None,
            }
            if not cycle_axis:
                bt, bv = bin_medians(t, v, TREND_BIN_S)
                trend = theil_sen(bt[-240:], bv[-240:])  # at most the last 4 hours
                if trend is not None:
                    entry["slope_per_h"] = _number(trend.slope * 3600)
            channels.append(entry)
        subsystems = [
            {
                "subsystem": s.subsystem.value,
                "state": s.state.value,
                "time_to_failure_h": _number(
                    None if s.time_to_failure_s is None else s.time_to_failure_s / 3600, 2
                ),
            }
            for s in (report.subsystems.values() if report else [])
        ]
        alerts = [
            {
                "channel": a.channel,
                "level": a.level.value,
                "start_s": _number(a.start, 1),
                "end_s": _number(a.end, 1),
                "reason": self.gated(a.reason, taint),
            }
            for a in health.alerts
            if a.end is None or a.end >= since
        ]
        early = []
        for cid, first in sorted(health.first_warned.items()):
            eta = (
                report.channels[cid].time_to_failure_s
                if report and cid in report.channels
                else None
            )
            early.append(
                {
                    "channel": cid,
                    "first_warned_s": _number(first, 1),
                    "time_to_failure_h": _number(None if eta is None else eta / 3600, 2),
                }
            )
        events = [
            {
                "t_s": _number(e.t, 1),
                "kind": e.kind if re.fullmatch(pattern_of("identifier"), e.kind) else "other",
                "message": self.gated(e.message, taint),
            }
            for e in store.events()
            if e.t >= since
        ]
        findings = [_finding(f) for f in (report.findings if report else ())]
        return {
            "window": {
                "start_s": _number(max(0.0, since), 1),
                "end_s": _number(now, 1),
                "axis": store.axis,
            },
            "subsystems": subsystems,
            "channels": channels[:200],
            "alerts": alerts[-500:],
            "early_warnings": early[:200],
            "events": events[-2000:],
            "findings": findings[:200],
        }


def _across_runs(found: Sequence[ChannelTrend], serial: str) -> list[dict[str, Any]]:
    """This instrument's trends across runs (the local history's): numbers and the app's
    own names only, never a message, a run ID or a kit."""
    entries = []
    for t in found:
        if t.series.serial != serial or not re.fullmatch(pattern_of("identifier"), t.channel):
            continue
        entries.append(
            {
                "subsystem": t.subsystem,
                "channel": t.channel,
                "measure": t.measure,
                "runs": t.runs,
                "change_pct": _number(t.change_pct, 2),
                "slope_per_run": _number(t.slope_per_run),
                "runs_to_limit": t.runs_to_limit,
                "days_to_limit": _number(t.days_to_limit, 1),
            }
        )
    return entries[:100]


def _finding(finding: HealthFinding) -> dict[str, Any]:
    """A finding's place, not its message: free text stays out of the schema."""
    where = finding.where()
    if finding.tiles is not None:
        where["tiles"] = list(finding.tiles[:MAX_FINDING_TILES])
    return {
        "subsystem": finding.subsystem.value,
        "state": finding.state.value,
        "channel": finding.channel,
        **where,
    }


def _start(run: RunFolder | None, own: set[str], machine: list[str] | None) -> _Builder:
    """A builder for ``run``, with the words that must not travel."""
    allowed = schema_words() | own
    identity = run_identity(run) if run else RunIdentity()
    taint = Taint.of(
        [*local_values(run), *(machine_values() if machine is None else machine)],
        allowed,
        explained=identity.explained,
    )
    return _Builder(run, taint, frozenset(allowed | SETTING_WORDS))


def run_disclosures(run: RunFolder, machine: list[str] | None = None) -> tuple[Disclosure, ...]:
    """What a payload takes from ``run``'s files and what stays on this PC, without
    telemetry: the same builder and the same decisions as ``build`` (a payload's other
    parts are numbers from InterOp and the app's own words)."""
    builder = _start(run, own_words(None), machine)
    document = {
        "instrument_configuration": builder.instrument_configuration(demo=False),
        "run_configuration": builder.run_configuration(),
    }
    return disclose(document, run, builder.withheld, builder.carried)


def build(
    kind: str,
    store: TelemetryStore,
    health: HealthView | None = None,
    run: RunFolder | None = None,
    since: float | None = None,
    machine: list[str] | None = None,
    opted_in: bool = False,
    across_runs: Sequence[ChannelTrend] = (),
) -> Draft:
    """A payload draft of ``kind``; instrument statistics cover ``since`` (run seconds)
    to now, by default the last hour."""
    if kind not in KINDS:
        raise ValueError(f"unknown payload kind {kind!r}; expected one of {', '.join(KINDS)}")
    health = health or HealthView()
    local_only = dict(run.local_only) if run else {}
    builder = _start(run, own_words(store), machine)
    taint = builder.taint
    document: dict[str, Any] = {
        "schema_version": SCHEMA_VERSION,
        "kind": kind,
        "source": store.source,
        "producer": {"app": "proactive-gui", "version": __version__},
        "consent": {"opted_in": opted_in},
        "instrument_configuration": builder.instrument_configuration(store.source == "demo"),
    }
    run_configuration = builder.run_configuration()
    if run_configuration is not None:
        document["run_configuration"] = run_configuration
    run_performance = builder.run_performance()
    if run_performance is not None:
        document["run_performance"] = run_performance
    # by default a run folder's whole run, the demo's last hour
    default_start = 0.0 if store.axis == "cycle" else store.clock - 3600.0
    start = since if since is not None else default_start
    document["instrument_performance"] = builder.instrument_performance(store, health, start, taint)
    serial = document["instrument_configuration"]["serial"]
    trends = _across_runs(across_runs, serial) if store.source != "demo" else []
    if trends:  # the history's trends for this instrument (issue 17)
        document["instrument_performance"]["across_runs"] = trends
    return Draft(
        kind=kind,
        document=document,
        taint=taint,
        local_only=local_only,
        left_out=tuple(builder.left_out),
        cleaned=tuple(builder.cleaned),
        disclosures=disclose(document, run, builder.withheld, builder.carried),
        left_out_elsewhere=tuple(builder.elsewhere),
    )
