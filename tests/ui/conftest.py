"""UI test fixtures: a QTimer left running after a test fails it (napari's
_dangling_qtimers)."""

from __future__ import annotations

import weakref
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QTimer


@pytest.fixture(autouse=True)
def _no_dangling_qtimers(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    started: list[weakref.ref[QTimer]] = []
    original = QTimer.start

    def start(self: QTimer, *args: Any) -> None:
        started.append(weakref.ref(self))
        original(self, *args)

    monkeypatch.setattr(QTimer, "start", start)
    yield
    running = []
    for ref in started:
        timer = ref()
        try:
            if timer is not None and timer.isActive():
                running.append(timer.objectName() or repr(timer))
        except RuntimeError:  # the C++ object is already deleted: not running
            continue
    assert not running, f"test left QTimers running: {running}"
