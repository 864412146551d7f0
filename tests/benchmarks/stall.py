"""The longest stall of a Qt event loop: a 1 ms timer ticks while the loop runs, and the
longest gap between two ticks is how long the window could not repaint or respond."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QElapsedTimer, QTimer
from PySide6.QtWidgets import QApplication

CHECK_EVERY_S = 0.05  # the stop condition is checked this rarely, to stay off the loop


def longest_stall(app: QApplication, until: Callable[[], bool]) -> tuple[float, float]:
    """Run the event loop until ``until()`` holds; (longest stall, time taken), seconds."""
    clock = QElapsedTimer()
    gaps: list[int] = []
    last = [0]

    def tick() -> None:
        now = clock.elapsed()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.setInterval(1)
    timer.timeout.connect(tick)
    clock.start()
    timer.start()
    began = checked = time.monotonic()
    while True:
        app.processEvents()
        if time.monotonic() - checked > CHECK_EVERY_S:
            checked = time.monotonic()
            if until():
                break
    timer.stop()
    return (max(gaps) / 1000 if gaps else float("nan")), time.monotonic() - began


def for_seconds(seconds: float) -> Callable[[], bool]:
    """A stop condition: this many seconds from now."""
    deadline = time.monotonic() + seconds
    return lambda: time.monotonic() > deadline
