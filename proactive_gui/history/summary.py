"""A loaded run folder and its health, summarised for the history (one ``RunRecord``)."""

from __future__ import annotations

import math
import time
from datetime import UTC, datetime
from pathlib import Path

import numpy as np

from proactive_gui.health.snapshot import run_folder_health
from proactive_gui.history.records import DAMAGED, ChannelSummary, RunFinding, RunRecord
from proactive_gui.instrument.cycles import BASELINE_CYCLES
from proactive_gui.instrument.runfolder import RunHealthData
from proactive_gui.runs.folder import COMPLETION_MARKERS, RunFolder
from proactive_gui.runs.parameters import RunParameters
from proactive_gui.runs.xmlfile import find_file

EDGE_CYCLES = 5  # a read's last cycles, for the within-run decay
REAGENT_KINDS = ("reagent kit", "reagent cartridge", "sbs reagents", "wet cartridge")
KIT_FIELDS = ("CartridgeMode", "ReagentKitVersion", "Chemistry", "SbsCycleKit")


def _round(value: float) -> float | None:
    return round(value, 6) if math.isfinite(value) else None


def _first_field(parameters: RunParameters | None, *names: str) -> str:
    """The first non-empty field (travelling or local) whose leaf name is in ``names``."""
    if parameters is None:
        return ""
    wanted = {n.lower() for n in names}
    return next((f.value for f in parameters.fields if f.value and f.name.lower() in wanted), "")


def kit_of(run: RunFolder) -> str:
    """The reagent kit, as the run names it: its part number and mode (e.g. '20049920
    NextSeq 1000/2000 P1 Reagent Cartridge (338 Cycles)'). Runs of different kits are
    not compared with each other."""
    parts = [
        c.part_number for c in run.consumables if c.kind.lower() in REAGENT_KINDS and c.part_number
    ]
    mode = run.parameters.first(*KIT_FIELDS) if run.parameters else ""
    return " ".join([*parts[:1], mode]).strip()


def software_of(run: RunFolder) -> dict[str, str]:
    parameters = run.parameters
    if parameters is None:
        return {}
    found = {"control_software": parameters.application}
    found["control_software_version"] = parameters.application_version
    found["rta_version"] = parameters.rta_version
    for f in parameters.fields:
        if f.travels and f.value and f.name.lower().endswith("version"):
            found.setdefault(f.name, f.value)
    return {k: v for k, v in found.items() if v}


def _completed(run: RunFolder) -> str | None:
    if run.state == "running":
        return None
    ended = _first_field(run.parameters, "RunEndTime", "CompletionTime")
    if ended:
        return ended
    for name in ("RunCompletionStatus.xml", *COMPLETION_MARKERS):
        marker = find_file(run.path, name)
        if marker is not None:
            try:
                at = marker.stat().st_mtime
            except OSError:
                continue
            return datetime.fromtimestamp(at, UTC).isoformat(timespec="seconds")
    return None


def channel_summaries(data: RunHealthData, states: dict[str, str]) -> tuple[ChannelSummary, ...]:
    cycles = data.cycles
    index_reads = {r.number for r in data.run.run_info.reads if r.is_index}
    reads = [int(r) for r in dict.fromkeys(cycles.read_of_cycle.tolist()) if r > 0]
    first_read = next((r for r in reads if r not in index_reads), reads[0] if reads else 0)
    in_read = cycles.read_of_cycle == first_read
    low, high = BASELINE_CYCLES
    start = in_read & (cycles.cycle_in_read >= low) & (cycles.cycle_in_read <= high)
    out = []
    for channel in data.channels:
        values = np.asarray(data.values[channel.id], dtype=np.float64)
        n = min(len(values), len(in_read))
        values = values[:n]
        finite = values[np.isfinite(values)]
        at_start = values[start[:n] & np.isfinite(values)]
        first = float(np.median(at_start)) if len(at_start) else math.nan
        if not math.isfinite(first) and len(finite):  # no sequencing read's start: the first
            first = float(finite[0])
        read_values = np.flatnonzero(in_read[:n] & np.isfinite(values))
        decay = per_100 = math.nan
        if len(read_values) > 2 * EDGE_CYCLES and math.isfinite(first) and first:
            last = float(np.median(values[read_values[-EDGE_CYCLES:]]))
            decay = 100.0 * (last / first - 1.0)
            span = read_values[-EDGE_CYCLES // 2] - read_values[EDGE_CYCLES // 2]
            per_100 = decay * 100.0 / span if span > 0 else math.nan
        median = float(np.median(finite)) if len(finite) else math.nan
        spread = float(1.4826 * np.median(np.abs(finite - median))) if len(finite) else math.nan
        out.append(
            ChannelSummary(
                channel=channel.id,
                subsystem=channel.subsystem.value,
                label=channel.text,
                unit=channel.unit,
                state=states.get(channel.id, "no_data"),
                first=_round(first),
                decay_pct=_round(decay),
                decay_per_100_cycles=_round(per_100),
                median=_round(median),
                spread=_round(spread),
                cycles=len(finite),
            )
        )
    return tuple(out)


def summarise_run(run: RunFolder, signature: str, scanned_at: float | None = None) -> RunRecord:
    """The history's record of a loaded run folder, with its health as the window shows
    it (``health.snapshot.run_folder_health``)."""
    info = run.run_info
    channels: tuple[ChannelSummary, ...] = ()
    findings: tuple[RunFinding, ...] = ()
    chemistry: tuple[str, ...] = ()
    if run.metrics is not None:
        snapshot = run_folder_health(run)
        source = getattr(snapshot.monitor, "source", None)
        data = source.data if source is not None else None
        if data is not None:
            states = {cid: h.state.value for cid, h in snapshot.report.channels.items()}
            channels = channel_summaries(data, states)
            chemistry = tuple(data.chemistry)
        findings = tuple(
            RunFinding(f.subsystem.value, f.state.value, f.channel, f.message)
            for f in snapshot.report.findings
        )
    return RunRecord(
        key=info.run_id or f"folder:{run.path}",
        folder=str(run.path),
        signature=signature,
        scanned_at=time.time() if scanned_at is None else scanned_at,
        state=run.state,
        run_id=info.run_id,
        serial=info.instrument_id,
        model=run.model.name,
        family=run.model.family,
        started=_first_field(run.parameters, "RunStartTime")
        or (info.run_date.isoformat() if info.run_date else None),
        completed=_completed(run),
        cycles_planned=run.cycles_planned,
        cycles_done=run.cycles_done,
        read_structure=info.read_structure,
        read_lengths=tuple(r.cycles for r in info.reads if not r.is_index),
        chemistry=chemistry,
        kit=kit_of(run),
        flowcell=info.flowcell,
        consumables=tuple(
            {k: v for k, v in c.__dict__.items() if k != "sources" and v} for c in run.consumables
        ),
        software=software_of(run),
        channels=channels,
        findings=findings,
        problems=tuple(run.problems),
    )


def damaged_record(folder: Path, signature: str, reason: str) -> RunRecord:
    """A folder with a RunInfo.xml that could not be read as a run: kept with the reason."""
    return RunRecord(
        key=f"folder:{folder}",
        folder=str(folder),
        signature=signature,
        scanned_at=time.time(),
        state=DAMAGED,
        damaged=reason,
    )
