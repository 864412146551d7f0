"""The History page: filled from the scanner's thread, never querying on the GUI's; the
runs in a sortable table (double-click opens one), the forecast of a series of real
MiSeq copies whose A intensity falls run after run, drawn with its limit."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from proactive_gui.runs.isolation import InteropWorker
from proactive_gui.ui.pages.history import RUN, HistoryBridge, HistoryPage
from tests.history_runs import MISEQ, copy_as_run, scale_channel

START = datetime(2026, 5, 4, 9, 0)


@pytest.fixture
def worker() -> Iterator[InteropWorker]:
    interop = InteropWorker()
    yield interop
    interop.close()


def test_the_page_shows_runs_and_the_forecast_of_a_falling_series(
    qtbot: QtBot, tmp_path: Path, worker: InteropWorker
) -> None:
    root = tmp_path / "Runs"
    for k in range(8):
        run = copy_as_run(MISEQ, root, 500 + k, START + timedelta(days=2 * k))
        scale_channel(run, 0, 1 - 0.04 * k)
    bridge = HistoryBridge(tmp_path / "h.sqlite", root, worker=worker, every_s=None)
    page = HistoryPage(bridge)
    qtbot.addWidget(page)
    finished: list[object] = []
    bridge.finished.connect(lambda result, notice: finished.append(result))
    bridge.start()
    try:
        qtbot.waitUntil(lambda: bool(finished) and page.table.rowCount() == 8, timeout=60_000)
    finally:
        assert bridge.stop(5)
    assert "8 read" in page.status.text() and not page.bar.isVisible()
    text = page.forecast_text.text()
    assert text.startswith("M00612: Optical: first-cycle intensity (A) down")
    assert "reaches the service limit in about" in text
    assert page.choice.count() > 0 and "intensity (A)" in page.choice.currentText()
    assert page.plot.status.text() == "Service due soon"
    drawn = [i for i in page.plot.item.listDataItems() if i.getData()[0] is not None]
    assert len(drawn[0].getData()[0]) == 8  # one point per run
    page.table.sortItems(RUN)
    opened: list[str] = []
    page.open_run.connect(opened.append)
    page.table.cellDoubleClicked.emit(0, RUN)
    assert opened and Path(opened[0]).parent == root.resolve()
