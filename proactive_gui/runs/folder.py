"""A run folder, loaded: identity, model, state (running or complete), what may travel,
what stays local, and the InterOp summary, with every problem named and what could be
read kept."""

from __future__ import annotations

import logging
import math
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from proactive_gui.i18n import QT_TRANSLATE_NOOP
from proactive_gui.runs.isolation import InteropWorker, shared_worker
from proactive_gui.runs.metrics import InteropUnreadableError, Problem, RunMetrics
from proactive_gui.runs.models import InstrumentModel, identify_model
from proactive_gui.runs.parameters import Consumable, RunParameters, parse_run_parameters
from proactive_gui.runs.runinfo import RunInfo, parse_runinfo
from proactive_gui.runs.xmlfile import (
    RunFolderError,
    file_kind,
    find_file,
    irregular_files,
    read_xml,
    text,
)

log = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None]  # step, steps, what is being done
COMPLETION_MARKERS = ("RTAComplete.txt", "CopyComplete.txt")
STOPPED_WORDS = ("fail", "abort", "error", "stop", "cancel")  # in a completion status


class NotARunFolderError(RunFolderError):
    """The folder has no RunInfo.xml: whatever it is, it is not a run folder."""


@dataclass(frozen=True)
class RunFolder:
    path: Path
    run_info: RunInfo
    parameters: RunParameters | None
    model: InstrumentModel
    state: str  # running, complete, stopped
    completion_status: str
    metrics: RunMetrics | None
    problems: tuple[str, ...] = field(default=())

    @property
    def cycles_done(self) -> int:
        return self.metrics.cycles_with_data if self.metrics else 0

    @property
    def cycles_planned(self) -> int:
        return self.run_info.planned_cycles

    @property
    def consumables(self) -> list[Consumable]:
        return self.parameters.consumables if self.parameters else []

    @property
    def local_only(self) -> dict[str, str]:
        """Fields found in the folder that never leave this PC."""
        return self.parameters.local_only if self.parameters else {}


def _completion(folder: Path) -> tuple[bool, str]:
    """(finished, status text) from the markers instruments write at the end."""
    status_file = find_file(folder, "RunCompletionStatus.xml")
    if status_file is not None:
        try:
            root = read_xml(status_file)
            status = text(root.find("CompletionStatus")) or text(root.find("RunStatus"))
        except RunFolderError:
            status = ""
        return True, status or "RunCompletionStatus.xml present"
    for marker in COMPLETION_MARKERS:
        if find_file(folder, marker) is not None:
            return True, f"{marker} present"
    return False, ""


def load_run_folder(
    folder: Path, progress: Progress | None = None, worker: InteropWorker | None = None
) -> RunFolder:
    """Load everything the app shows about ``folder``. Raises ``NotARunFolderError`` or
    ``RunFolderError`` only when RunInfo.xml is missing or unusable; any other problem
    is recorded in ``problems`` and the rest is loaded."""
    report = progress or (lambda step, steps, what: None)
    folder = Path(folder)
    if not folder.is_dir():
        raise RunFolderError(folder, "this is not a folder, or it cannot be opened")
    report(0, 3, "Reading RunInfo.xml")
    run_info_path = find_file(folder, "RunInfo.xml")
    if run_info_path is None:
        raise NotARunFolderError(folder, "no RunInfo.xml here, so this is not a run folder")
    run_info = parse_runinfo(run_info_path)
    problems: list[str] = []

    report(1, 3, "Reading RunParameters.xml")
    parameters = None
    params_path = find_file(folder, "RunParameters.xml")
    if params_path is None:
        problems.append(
            Problem(
                QT_TRANSLATE_NOOP(
                    "RunProblem",
                    "RunParameters.xml: the file is missing; versions and consumables are unknown",
                )
            )
        )
    else:
        try:
            parameters = parse_run_parameters(params_path)
        except RunFolderError as exc:
            problems.append(str(exc))
    model = (
        identify_model(parameters.instrument_type, parameters.application, run_info.instrument_id)
        if parameters
        else identify_model("", "", run_info.instrument_id)
    )

    report(2, 3, "Reading InterOp metrics")
    metrics = None
    if not (folder / "InterOp").is_dir():
        problems.append(
            Problem(
                QT_TRANSLATE_NOOP(
                    "RunProblem", "InterOp: the folder is missing; no run metrics yet"
                )
            )
        )
    elif odd := irregular_files(folder / "InterOp"):  # reading one would block for ever
        problems += [
            Problem(
                QT_TRANSLATE_NOOP(
                    "RunProblem",
                    "InterOp/{name} is not a regular file ({kind}), so InterOp was not read",
                ),
                {"name": entry.name, "kind": file_kind(entry.stat().st_mode)},
            )
            for entry in odd
        ]
    else:
        try:
            metrics = (worker or shared_worker()).summarise(folder, model.family)
            problems.extend(metrics.problems)
        except InteropUnreadableError as exc:
            problems.extend(exc.problems)

    finished, status = _completion(folder)
    done = metrics.cycles_with_data if metrics else 0
    if finished:
        state = "stopped" if any(word in status.lower() for word in STOPPED_WORDS) else "complete"
    else:  # some instruments write no marker; a run with every cycle is complete
        state = "complete" if done and done >= run_info.planned_cycles else "running"
    report(3, 3, "Done")
    return RunFolder(folder, run_info, parameters, model, state, status, metrics, tuple(problems))


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _finite(value: float) -> float | None:
    return round(value, 4) if math.isfinite(value) else None


def summary_json(run: RunFolder) -> dict[str, object]:
    """The parsed summary for scripts (`proactive-gui runinfo DIR --json`)."""
    info, metrics = run.run_info, run.metrics
    return {
        "folder": str(run.path),
        "instrument_model": run.model.name,
        "model_identified_by": run.model.source,
        "instrument_serial": info.instrument_id,
        "run_id": info.run_id,
        "run_number": info.run_number,
        "run_date": _iso(info.run_date),
        "flowcell": info.flowcell,
        "reads": [
            {"number": r.number, "cycles": r.cycles, "index": r.is_index} for r in info.reads
        ],
        "read_structure": info.read_structure,
        "lanes": info.lanes,
        "cycles_done": run.cycles_done,
        "cycles_planned": run.cycles_planned,
        "state": run.state,
        "completion_status": run.completion_status or None,
        "control_software": run.parameters.application if run.parameters else None,
        "control_software_version": run.parameters.application_version if run.parameters else None,
        "rta_version": run.parameters.rta_version if run.parameters else None,
        "yield_gb": _finite(metrics.yield_g) if metrics else None,
        "projected_yield_gb": _finite(metrics.projected_yield_g) if metrics else None,
        "percent_q30": _finite(metrics.percent_q30) if metrics else None,
        "error_rate": _finite(metrics.error_rate) if metrics else None,
        "cluster_density_k_mm2": _finite(metrics.density_k_mm2) if metrics else None,
        "percent_pf": _finite(metrics.percent_pf) if metrics else None,
        "tiles": metrics.tiles if metrics else None,
        "consumables": [c.__dict__ for c in run.consumables],
        "missing": list(metrics.missing) if metrics else [],
        "problems": list(run.problems),
    }
