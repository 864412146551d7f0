"""Run folders opened lately (the window's Recent runs), and where instruments usually
write their runs (proposed when the app first asks for the output folder).

The list lives in one small JSON file in the app's data folder; its one owner is
``RecentRuns``. A damaged file is an empty list, never an error: it is a convenience.
"""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path

from proactive_gui.runs.watcher import runs_under
from proactive_gui.runs.xmlfile import find_file

log = logging.getLogger(__name__)

MAX_RECENT = 8

# The usual output folders of Illumina's control software, first the most specific.
USUAL_OUTPUT_FOLDERS_WINDOWS = (
    r"D:\Illumina\MiSeqOutput",
    r"D:\Illumina\HiSeqOutput",
    r"D:\Illumina\NextSeqOutput",
    r"D:\Illumina\MiniSeqOutput",
    r"D:\Runs",
    r"C:\Illumina\MiSeqOutput",
    r"C:\Runs",
)
USUAL_OUTPUT_FOLDERS_POSIX = ("/data/runs", "/usr/local/illumina/runs", "/mnt/runs", "/data")


def usual_output_folders(platform: str = sys.platform) -> list[Path]:
    """The usual output folders that exist on this PC."""
    names = USUAL_OUTPUT_FOLDERS_WINDOWS if platform == "win32" else USUAL_OUTPUT_FOLDERS_POSIX
    return [Path(name) for name in names if Path(name).is_dir()]


class RecentRuns:
    """The run folders opened lately, newest first, at most ``MAX_RECENT``."""

    def __init__(self, file: Path) -> None:
        self.file = file

    def folders(self) -> list[Path]:
        """The list, without folders that are gone."""
        try:
            raw = json.loads(self.file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return []
        if not isinstance(raw, list):
            return []
        return [Path(p) for p in raw if isinstance(p, str) and Path(p).is_dir()][:MAX_RECENT]

    def add(self, folder: Path) -> None:
        """Put ``folder`` first (written atomically; a failure is logged, not raised)."""
        folder = folder.resolve()
        kept = [folder, *(p for p in self.folders() if p != folder)][:MAX_RECENT]
        temporary = self.file.with_name(self.file.name + ".part")
        try:
            self.file.parent.mkdir(parents=True, exist_ok=True)
            temporary.write_text(json.dumps([str(p) for p in kept], indent=1), encoding="utf-8")
            temporary.replace(self.file)
        except OSError as exc:
            log.warning("could not remember the recent run %s: %s", folder, exc)


def runs_in(folder: Path) -> list[Path]:
    """What opening ``folder`` means: itself when it is a run folder, else the run
    folders below it (newest first; empty when there is none)."""
    if find_file(folder, "RunInfo.xml") is not None:
        return [folder]
    return runs_under(folder)
