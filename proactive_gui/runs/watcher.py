"""Following a run folder while the instrument writes it, or a root folder where each
new run appears. Polling (every couple of seconds) works the same on local disks and
network shares, where change notifications are unreliable.

A load that meets a file caught mid-write is retried at the next poll, not reported as
final; after ``MAX_RETRIES`` the problem is shown as it is.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from proactive_gui.background import RunsInBackground, StoppableThread
from proactive_gui.runs.folder import Progress, RunFolder, RunFollow, load_run_folder
from proactive_gui.runs.isolation import InteropWorker
from proactive_gui.runs.xmlfile import RunFolderError, find_file

log = logging.getLogger(__name__)

MAX_RETRIES = 3
Signature = tuple[tuple[str, int, int], ...]


def folder_signature(folder: Path) -> Signature:
    """Name, size and modification time of every file the loader reads."""
    entries: list[tuple[str, int, int]] = []
    for directory in (folder, folder / "InterOp"):
        try:
            with_stats = [(p.name, p.stat()) for p in directory.iterdir() if p.is_file()]
        except OSError:
            continue
        prefix = "InterOp/" if directory.name == "InterOp" else ""
        entries.extend((prefix + name, st.st_size, st.st_mtime_ns) for name, st in with_stats)
    return tuple(sorted(entries))


RUN_DEPTH = 2  # run folders are found this many levels below a root (D:\Runs\2026\<run>)


def runs_under(root: Path, depth: int = RUN_DEPTH) -> list[Path]:
    """Run folders (holding RunInfo.xml) in ``root`` or up to ``depth`` levels below it,
    newest first (by RunInfo.xml's time). A run folder's own sub-folders are not searched."""
    found: list[tuple[int, Path]] = []
    level = [root]
    for _ in range(depth):
        below: list[Path] = []
        for folder in level:
            try:
                children = [p for p in folder.iterdir() if p.is_dir()]
            except OSError:
                continue
            for child in children:
                info = find_file(child, "RunInfo.xml")
                if info is None:
                    below.append(child)
                    continue
                try:
                    found.append((info.stat().st_mtime_ns, child))
                except OSError:
                    continue
        level = below
    return [path for _, path in sorted(found, key=lambda f: f[0], reverse=True)]


def newest_run_folder(root: Path) -> Path | None:
    """The most recently started run folder under ``root`` (see ``runs_under``)."""
    runs = runs_under(root)
    return runs[0] if runs else None


@dataclass(frozen=True)
class WatchUpdate:
    """What a poll found: a loaded run, or why none could be loaded."""

    run: RunFolder | None
    error: str | None = None
    retrying: bool = False


class RunWatcher(RunsInBackground):
    """Polls ``folder`` (or the newest run under ``root``) in a background thread and
    calls ``on_update`` with each new state. Callbacks run on the watcher's thread."""

    def __init__(
        self,
        on_update: Callable[[WatchUpdate], None],
        folder: Path | None = None,
        root: Path | None = None,
        interval_s: float = 2.0,
        worker: InteropWorker | None = None,
        on_progress: Progress | None = None,
    ) -> None:
        if (folder is None) == (root is None):
            raise ValueError("watch either one run folder or a root of run folders")
        self.folder, self.root = folder, root
        self.interval_s = interval_s
        self.worker = worker
        self.on_update = on_update
        self.on_progress = on_progress
        self.current: Path | None = folder
        self.follow = RunFollow()  # of ``current``: its files read as they grow
        self._loaded: Signature | None = None
        self._retries = 0
        self._finished = False
        self._said_empty = False  # "no run folder here yet" is said once, not per poll
        self._thread = StoppableThread("run-watcher", self._run)

    def poll_once(self) -> WatchUpdate | None:
        """Look once; load and report if anything changed (or a retry is due)."""
        target = self.folder or (newest_run_folder(self.root) if self.root else None)
        if target is None:  # a root with no run in it (yet): say so once, keep looking
            if self._said_empty:
                return None
            self._said_empty = True
            update = WatchUpdate(
                None,
                error=f"{self.root}: no run folder here yet (none holds a RunInfo.xml, "
                f"up to {RUN_DEPTH} levels down); the newest run appears as soon as the "
                "instrument starts writing it",
            )
            self.on_update(update)
            return update
        self._said_empty = False
        if target != self.current:
            self.current, self._loaded, self._retries, self._finished = target, None, 0, False
            self.follow = RunFollow()
        signature = folder_signature(target)
        if signature == self._loaded and not (self._retries and not self._finished):
            return None
        try:
            run = load_run_folder(target, self.on_progress, self.worker, self.follow)
        except RunFolderError as exc:
            update = self._failed(signature, str(exc))
        else:
            retry = bool(run.problems) and run.state == "running" and self._retries < MAX_RETRIES
            self._retries = self._retries + 1 if retry else 0
            self._finished = run.state != "running"
            self._loaded = signature
            update = WatchUpdate(run, retrying=retry)
        self.on_update(update)
        return update

    def _failed(self, signature: Signature, message: str) -> WatchUpdate:
        retry = self._retries < MAX_RETRIES
        self._retries = self._retries + 1 if retry else 0
        self._loaded = signature
        return WatchUpdate(None, error=message, retrying=retry)

    def _run(self, stop: threading.Event) -> None:
        while True:
            try:
                self.poll_once()
            except Exception:  # a watcher must keep watching
                log.exception("run folder poll failed")
            if stop.wait(self.interval_s):
                return
