"""Backfill and follow: every run folder under a root (up to ``runs.watcher.RUN_DEPTH``
levels down) read into the history, incrementally.

A run's state is the name, size and modification time of every file the loader reads
(``runs.watcher.folder_signature``: the XML, the completion markers, the InterOp files),
taken before it is read. A run stored in the same state is not read again; a run stored
while in progress is read again as soon as its files change (a file changed while it was
read changes the state too, so it is read again at the next scan). A folder whose
RunInfo.xml cannot be used is stored as damaged, with the reason; folders without a
RunInfo.xml are not runs and are ignored. A stored run whose folder is gone from under
the root stays in the history, marked as gone.

InterOp is read in the app's one InterOp worker process (``runs.isolation``), never on
the GUI's thread: ``HistoryScanner`` runs the scan on a thread of its own.
"""

from __future__ import annotations

import hashlib
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from proactive_gui.background import RunsInBackground, StoppableThread
from proactive_gui.history.records import DAMAGED, RunRecord
from proactive_gui.history.store import HistoryError, HistoryStore
from proactive_gui.history.summary import damaged_record, summarise_run
from proactive_gui.history.trends import ChannelTrend, trends
from proactive_gui.runs.folder import load_run_folder
from proactive_gui.runs.isolation import InteropWorker
from proactive_gui.runs.watcher import folder_signature, runs_under
from proactive_gui.runs.xmlfile import RunFolderError, find_file

log = logging.getLogger(__name__)

READ, UNCHANGED = "read", "unchanged"  # what a scan did with a folder (or DAMAGED)
FOLLOW_EVERY_S = 300.0  # the window's scanner looks for new and changed runs this often


@dataclass(frozen=True)
class ScanStep:
    """Progress: ``done`` of ``total`` folders, the last one and what was done with it."""

    done: int
    total: int
    folder: Path
    action: str


@dataclass
class ScanResult:
    root: Path
    found: int = 0  # run folders under the root
    read: int = 0
    unchanged: int = 0
    damaged: int = 0
    gone: int = 0  # stored runs whose folder has disappeared, marked now
    seconds: float = 0.0
    stopped: bool = False  # asked to stop before the end

    def sentence(self) -> str:
        text = (
            f"{self.found} run folder(s) under {self.root}: {self.read} read, "
            f"{self.unchanged} unchanged since the last scan"
        )
        if self.damaged:
            text += f", {self.damaged} damaged (stored with the reason)"
        if self.gone:
            text += f"; {self.gone} stored run(s) no longer on the disk, marked as gone"
        return text + (" — stopped before the end" if self.stopped else "")


def signature_of(folder: Path) -> str:
    """The run's state: a digest of its files' names, sizes and modification times."""
    text = repr(folder_signature(folder)).encode()
    return hashlib.sha256(text).hexdigest()[:32]


def run_folders(root: Path) -> list[Path]:
    """``root`` itself when it is a run folder, else the run folders below it, oldest
    first (by name, which starts with the run's date)."""
    if find_file(root, "RunInfo.xml") is not None:
        return [root.resolve()]
    return sorted((p.resolve() for p in runs_under(root)), key=lambda p: (p.name, str(p)))


def _under(folder: str, root: Path) -> bool:
    try:
        Path(folder).relative_to(root)
    except ValueError:
        return False
    return True


def scan(
    root: Path,
    store: HistoryStore,
    worker: InteropWorker | None = None,
    on_step: Callable[[ScanStep], None] | None = None,
    stop: threading.Event | None = None,
) -> ScanResult:
    """Read every new or changed run folder under ``root`` into ``store``."""
    started = time.monotonic()
    root = Path(root).resolve()
    if not root.is_dir():
        raise HistoryError(f"{root}: no such folder, or it cannot be opened")
    folders = run_folders(root)
    result = ScanResult(root, found=len(folders))
    stored = store.stored()
    for done, folder in enumerate(folders, 1):
        if stop is not None and stop.is_set():
            result.stopped = True
            break
        signature = signature_of(folder)
        known = stored.get(str(folder))
        if known is not None and known.signature == signature and not known.gone:
            result.unchanged += 1
            action = UNCHANGED
        else:
            action = _read(folder, signature, store, worker)
            result.read += action == READ
            result.damaged += action == DAMAGED
        if on_step is not None:
            on_step(ScanStep(done, len(folders), folder, action))
    if not result.stopped:
        missing = [f for f, s in stored.items() if not s.gone and _under(f, root)]
        result.gone = store.mark_gone(f for f in missing if not Path(f).is_dir())
    result.seconds = time.monotonic() - started
    return result


def _read(folder: Path, signature: str, store: HistoryStore, worker: InteropWorker | None) -> str:
    try:
        run = load_run_folder(folder, worker=worker)
        record = summarise_run(run, signature)
    except RunFolderError as exc:
        store.put(damaged_record(folder, signature, str(exc)))
        return DAMAGED
    except Exception:  # one odd folder must not end a backfill of hundreds
        log.exception("history: reading %s failed", folder)
        reason = "the folder could not be read (an unexpected error; the app's log has details)"
        store.put(damaged_record(folder, signature, reason))
        return DAMAGED
    store.put(record)
    return READ


class HistoryScanner(RunsInBackground):
    """Scans ``root`` into the database at ``database`` on its own thread: once at start,
    then every ``every_s`` (None: once; no ``root``: only what is stored is shown). ``on_step`` gets each folder's progress and
    ``on_done`` each scan's result and the database's notice, if any (a rebuilt
    database); ``on_error`` a sentence when the scan could not run; ``on_history`` the
    stored runs and their trends (``history.trends``), before the first scan and after
    each scan that changed something, so that no query runs on the GUI's thread.
    Callbacks run on the scanner's thread: the window hands them to its own with a
    signal."""

    def __init__(
        self,
        database: Path,
        root: Path | None,
        on_step: Callable[[ScanStep], None] | None = None,
        on_done: Callable[[ScanResult, str | None], None] | None = None,
        on_error: Callable[[str], None] | None = None,
        worker: InteropWorker | None = None,
        every_s: float | None = FOLLOW_EVERY_S,
        on_history: Callable[[list[RunRecord], list[ChannelTrend]], None] | None = None,
    ) -> None:
        self.database, self.root = database, root
        self.on_step, self.on_done, self.on_error = on_step, on_done, on_error
        self.on_history = on_history
        self.worker = worker
        self.every_s = every_s
        self.scans = 0
        self._thread = StoppableThread("history-scan", self._run)

    def _run(self, stop: threading.Event) -> None:
        try:
            store = HistoryStore(self.database)
        except HistoryError as exc:
            self._error(str(exc))
            return
        try:
            self._tell_history(store)
            while self.root is not None and not stop.is_set():
                try:
                    result = scan(self.root, store, self.worker, self.on_step, stop)
                except HistoryError as exc:
                    self._error(str(exc))
                except Exception:  # the scanner keeps following
                    log.exception("history scan of %s failed", self.root)
                else:
                    self.scans += 1
                    log.info("history: %s in %.1f s", result.sentence(), result.seconds)
                    if self.on_done is not None:
                        self.on_done(result, store.take_notice())
                    if result.read or result.damaged or result.gone:
                        self._tell_history(store)
                if self.every_s is None or stop.wait(self.every_s):
                    return
        finally:
            store.close()

    def _tell_history(self, store: HistoryStore) -> None:
        if self.on_history is not None:
            runs = store.runs()
            self.on_history(runs, trends(runs))

    def _error(self, message: str) -> None:
        log.warning("history: %s", message)
        if self.on_error is not None:
            self.on_error(message)
