"""A background thread with one owner: started once, asked to stop, joined with a
timeout. Each user runs its own loop and checks the stop event between steps."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

log = logging.getLogger(__name__)


class StoppableThread:
    """Runs ``loop(stop_event)`` on a named daemon thread."""

    def __init__(self, name: str, loop: Callable[[threading.Event], None]) -> None:
        self.name = name
        self._loop = loop
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> None:
        if self.running:
            return
        self._stop.clear()
        self._thread = threading.Thread(
            target=self._loop, args=(self._stop,), name=self.name, daemon=True
        )
        self._thread.start()

    def stop(self, timeout: float = 2.0) -> bool:
        """Ask the loop to end and wait for it; True if it has ended."""
        self._stop.set()
        thread = self._thread
        if thread is not None:
            thread.join(timeout)
            if thread.is_alive():
                log.error("%s did not stop within %.1f s", self.name, timeout)
                return False
        self._thread = None
        return True


class RunsInBackground:
    """For classes that own one StoppableThread in ``self._thread``."""

    _thread: StoppableThread

    @property
    def running(self) -> bool:
        return self._thread.running

    def start(self) -> None:
        self._thread.start()

    def stop(self, timeout: float = 2.0) -> bool:
        """Ask the thread to stop and wait for it; True if it has stopped."""
        return self._thread.stop(timeout)
