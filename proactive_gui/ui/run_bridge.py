"""Turns the run watcher's callbacks (on its own thread) into Qt signals, which Qt
delivers on the GUI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from proactive_gui.runs.watcher import RunWatcher, WatchUpdate


class RunWatchBridge(QObject):
    updated = Signal(object)  # WatchUpdate
    progress = Signal(int, int, str)  # step, steps, what

    def __init__(
        self,
        folder: Path | None = None,
        root: Path | None = None,
        interval_s: float = 2.0,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.last: WatchUpdate | None = None
        self.watcher = RunWatcher(
            self._deliver,
            folder=folder,
            root=root,
            interval_s=interval_s,
            on_progress=lambda step, steps, what: self.progress.emit(step, steps, what),
        )

    @property
    def target(self) -> Path | None:
        return self.watcher.folder or self.watcher.root

    def _deliver(self, update: WatchUpdate) -> None:
        self.last = update
        self.updated.emit(update)

    def start(self) -> None:
        self.watcher.start()

    def load_now(self) -> None:
        """One synchronous look (snapshots, tests); the GUI uses ``start``."""
        self.watcher.poll_once()

    def stop(self, timeout: float = 2.0) -> bool:
        return self.watcher.stop(timeout)
