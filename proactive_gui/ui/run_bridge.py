"""Turns the run watcher's callbacks (on its own thread) into Qt signals, which Qt
delivers on the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from proactive_gui.runs.watcher import RunWatcher, WatchUpdate


class RunWatchBridge(QObject):
    updated = Signal(object)  # WatchUpdate
    progress = Signal(int, int, str)  # step, steps, what
    _arrived = Signal(object)  # from the watcher's thread; relayed on the GUI thread

    def __init__(
        self,
        folder: Path | None = None,
        root: Path | None = None,
        interval_s: float = 2.0,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.last: WatchUpdate | None = None
        # called on the watcher's thread with each loaded run, before the signal: the
        # run-folder source turns it into channels there, off the GUI thread
        self.loaded: list[Callable[[WatchUpdate], None]] = []
        self._stopped = False  # set before joining: a poll still running delivers nothing
        self.watcher = RunWatcher(
            self._deliver,
            folder=folder,
            root=root,
            interval_s=interval_s,
            on_progress=self._progress,
        )
        self._arrived.connect(self._relay)

    @property
    def target(self) -> Path | None:
        return self.watcher.folder or self.watcher.root

    def _deliver(self, update: WatchUpdate) -> None:
        if self._stopped:
            return
        for listener in self.loaded:
            listener(update)
        self.last = update
        self._arrived.emit(update)

    def _relay(self, update: WatchUpdate) -> None:
        """On the GUI thread: an update queued before ``stop`` reaches no page (a page
        being closed has no plots left to draw in)."""
        if not self._stopped:
            self.updated.emit(update)

    def _progress(self, step: int, steps: int, what: str) -> None:
        if not self._stopped:
            self.progress.emit(step, steps, what)

    def start(self) -> None:
        self._stopped = False
        self.watcher.start()

    def load_now(self) -> None:
        """One synchronous look (snapshots, tests); the GUI uses ``start``."""
        self.watcher.poll_once()

    def stop(self, timeout: float = 2.0) -> bool:
        self._stopped = True
        return self.watcher.stop(timeout)
