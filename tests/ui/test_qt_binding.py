"""Guards against defects of the Qt binding that would take the app down over a long run."""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot


def test_python_slots_do_not_leak_references_to_none(qtbot: QtBot) -> None:
    """PySide6 6.12.0 drops one reference to None per slot call; with Python 3.11 the
    process aborts once None's count reaches zero (about an hour of the 5 Hz refresh)."""
    app = QApplication.instance()
    assert app is not None
    calls = [0]

    def slot() -> None:
        calls[0] += 1

    timer = QTimer()
    timer.setInterval(0)
    timer.timeout.connect(slot)
    before = sys.getrefcount(None)
    timer.start()
    while calls[0] < 2000:
        app.processEvents()
    timer.stop()
    drift = sys.getrefcount(None) - before
    assert drift > -100, f"None lost {-drift} references over {calls[0]} slot calls"
