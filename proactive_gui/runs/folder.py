"""A run folder, loaded: identity, model, state (running or complete), what may travel,
what stays local, and the InterOp summary, with every problem named and what could be
read kept."""

from __future__ import annotations

import logging
import math
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from proactive_gui.i18n import QT_TRANSLATE_NOOP
from proactive_gui.runs.imaging import CycleFollower, FollowedCycles
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
SUMMARY_EVERY_S = 300.0  # while a run is written, interop's whole read at most this often


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
    grid: FollowedCycles | None = field(default=None, repr=False, compare=False)
    """The per-cycle values followed from the files (``runs.imaging``), newer than
    ``metrics`` while a run is written; valid until the folder's next load."""

    @property
    def cycles_done(self) -> int:
        summarised = self.metrics.cycles_with_data if self.metrics else 0
        return max(summarised, self.grid.cycles if self.grid else 0)

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


class RunFollow:
    """What a watcher keeps between loads of one run folder: the per-cycle files
    followed record by record, and interop's last whole read, which is repeated only
    every ``SUMMARY_EVERY_S`` while the run is written (and once when it ends)."""

    def __init__(self, summary_every_s: float = SUMMARY_EVERY_S) -> None:
        self.summary_every_s = summary_every_s
        self.cycles: CycleFollower | None = None
        self.metrics: RunMetrics | None = None
        self.problems: tuple[str, ...] = ()
        self.summaries = 0  # interop's whole reads so far
        self._at = -math.inf  # monotonic time of the last one
        self._finished = False

    def summary_due(self, finished: bool) -> bool:
        if self.metrics is None or finished != self._finished:
            return True
        if self.problems and not finished:  # perhaps a file caught mid-write: look again
            return True
        return not finished and time.monotonic() - self._at >= self.summary_every_s

    def summarised(self, metrics: RunMetrics | None, problems: list[str], finished: bool) -> None:
        self.metrics, self.problems, self._finished = metrics, tuple(problems), finished
        self._at = time.monotonic()
        self.summaries += 1


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
    folder: Path,
    progress: Progress | None = None,
    worker: InteropWorker | None = None,
    follow: RunFollow | None = None,
) -> RunFolder:
    """Load everything the app shows about ``folder``. Raises ``NotARunFolderError`` or
    ``RunFolderError`` only when RunInfo.xml is missing or unusable; any other problem
    is recorded in ``problems`` and the rest is loaded. A watcher passes the same
    ``follow`` for each load of one folder: then only appended records are read."""
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
    metrics, grid = None, None
    finished, status = _completion(folder)
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
        follow = follow or RunFollow()
        if follow.summary_due(finished):
            found: list[str] = []
            try:
                summary: RunMetrics | None = (worker or shared_worker()).summarise(
                    folder, model.family
                )
                found.extend(summary.problems if summary else ())
            except InteropUnreadableError as exc:
                summary = None
                found.extend(exc.problems)
            follow.summarised(summary, found, finished)
        metrics = follow.metrics
        problems.extend(follow.problems)
        if metrics is not None:
            if follow.cycles is None:
                follow.cycles = CycleFollower(folder, metrics.channel_names)
            grid, unread = follow.cycles.update()
            named = " ".join(problems)  # a file interop's read named is not named twice
            problems.extend(p for p in unread if p.split(":", 1)[0] not in named)

    done = max(metrics.cycles_with_data if metrics else 0, grid.cycles if grid else 0)
    if finished:
        state = "stopped" if any(word in status.lower() for word in STOPPED_WORDS) else "complete"
    else:  # some instruments write no marker; a run with every cycle is complete
        state = "complete" if done and done >= run_info.planned_cycles else "running"
    report(3, 3, "Done")
    return RunFolder(
        folder, run_info, parameters, model, state, status, metrics, tuple(problems), grid
    )


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
