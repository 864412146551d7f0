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


def test_a_forecast_within_a_few_runs_reaches_the_overview_and_the_tray(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """Issue 17, item 4: the Overview verdict and the tray say "Service due soon" when a
    forecast falls within a set number of runs, with the reason."""
    from proactive_gui.launch import LaunchOptions
    from proactive_gui.paths import app_paths
    from proactive_gui.settings import Settings
    from proactive_gui.ui.app import build_window
    from proactive_gui.ui.pages.overview import OverviewPage

    root = tmp_path / "Runs"
    for k in range(8):
        run = copy_as_run(MISEQ, root, 600 + k, START + timedelta(days=2 * k))
        scale_channel(run, 0, 1 - 0.04 * k)
    paths = app_paths().ensure()
    settings = Settings.load(paths.settings_file)
    settings.set("run_folder_root", str(root))
    win = build_window(LaunchOptions(demo=True, at_hours=1.0), paths, settings)
    qtbot.addWidget(win)
    win.show()
    overview = win.page("overview")
    assert isinstance(overview, OverviewPage)
    win.history.start()
    try:
        qtbot.waitUntil(lambda: bool(overview.service_due), timeout=60_000)
    finally:
        assert win.history.stop(5)
    assert win.health is not None
    win.health.evaluate_now()
    overview.refresh()
    assert overview.verdict.text() in ("Attention", "Not ready")
    said = [r for r in overview.reason_texts if r.startswith("Service due soon: M00612: Optical")]
    assert said and "reaches the service limit in about" in said[0]
    win.close()
