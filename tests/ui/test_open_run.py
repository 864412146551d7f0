"""Choosing what the window follows: Open run folder…, a folder of several runs, drag and
drop, Recent runs, the first start's question, and a root with no run yet."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from pytestqt.qtbot import QtBot

from proactive_gui.launch import LaunchOptions
from proactive_gui.paths import app_paths
from proactive_gui.runs.isolation import close_shared_worker
from proactive_gui.runs.recent import RecentRuns
from proactive_gui.settings import Settings
from proactive_gui.ui import run_choices as run_choices_module
from proactive_gui.ui.app import build_window
from proactive_gui.ui.main_window import MainWindow
from proactive_gui.ui.open_run import dropped_folder
from proactive_gui.ui.pages.overview import OverviewPage
from tests.runfolders import copy_run

MISEQ = "MiSeq_140211_M00612_0148_000000000-A7M8N"
NOVASEQ = "NovaSeq6000_200624_A00834_0183_BHMTFYDRXX"


@pytest.fixture
def window(qtbot: QtBot) -> Iterator[MainWindow]:
    paths = app_paths().ensure()
    win = build_window(LaunchOptions(), paths, Settings.load(paths.settings_file))
    qtbot.addWidget(win)
    yield win
    win.close()
    close_shared_worker()


def _two_runs(root: Path) -> tuple[Path, Path]:
    older = copy_run(MISEQ, root / "2014")
    newer = copy_run(NOVASEQ, root / "2020")
    os.utime(older / "RunInfo.xml", (1_000_000_000, 1_000_000_000))
    return older, newer


def test_a_folder_of_several_runs_offers_them_newest_first(
    window: MainWindow, tmp_path: Path
) -> None:
    older, newer = _two_runs(tmp_path)
    offered: list[list[Path]] = []
    window.ask_for_run = lambda parent, runs: offered.append(runs) or runs[1]  # type: ignore[method-assign]
    assert window.open_run_folder(tmp_path)
    assert offered == [[newer, older]]
    assert window.run_bridge is not None and window.run_bridge.target == older
    assert RecentRuns(window.paths.recent_runs_file).folders() == [older.resolve()]
    window.run_bridge.load_now()
    window.refresh()
    overview = window.page("overview")
    assert isinstance(overview, OverviewPage)
    assert "56 of 56 cycles" in overview.phase.text()


def test_a_folder_without_runs_says_so_and_changes_nothing(
    window: MainWindow, tmp_path: Path
) -> None:
    assert not window.open_run_folder(tmp_path)
    assert window.run_bridge is None
    assert "No run folder in" in window.statusBar().currentMessage()


def test_a_run_folder_dropped_on_the_window_is_opened(window: MainWindow, tmp_path: Path) -> None:
    run = copy_run(MISEQ, tmp_path)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(run))])
    assert dropped_folder(mime) == run
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    assert window.run_bridge is not None and window.run_bridge.target == run
    two = QMimeData()
    two.setUrls([QUrl.fromLocalFile(str(run)), QUrl.fromLocalFile(str(tmp_path))])
    assert dropped_folder(two) is None  # one folder at a time


def test_recent_runs_are_in_the_file_menu(window: MainWindow, tmp_path: Path) -> None:
    run = copy_run(MISEQ, tmp_path)
    RecentRuns(window.paths.recent_runs_file).add(run)
    menu = window.menuBar().actions()[0].menu()
    recent = next(a.menu() for a in menu.actions() if a.menu() is not None)
    recent.aboutToShow.emit()
    names = [a.text() for a in recent.actions()]
    assert names == [run.name]
    recent.actions()[0].trigger()
    assert window.run_bridge is not None and window.run_bridge.target == run.resolve()


def test_the_first_start_asks_for_the_output_folder(window: MainWindow, tmp_path: Path) -> None:
    overview = window.page("overview")
    assert isinstance(overview, OverviewPage)
    assert overview.setup.isVisibleTo(overview)  # nothing to follow yet: it asks
    _two_runs(tmp_path)
    window.ask_for_folder = lambda parent, title, start: tmp_path  # type: ignore[method-assign]
    overview.choose_root.emit()
    assert window.settings.get("run_folder_root") == str(tmp_path)
    assert window.run_bridge is not None and window.run_bridge.watcher.root == tmp_path
    overview = window.page("overview")
    assert isinstance(overview, OverviewPage)
    assert not overview.setup.isVisibleTo(overview)


def test_the_demo_opens_a_run_folder_in_a_window_of_its_own(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    started: list[list[str]] = []
    monkeypatch.setattr(run_choices_module, "start_app", lambda args: started.append(args) or True)
    paths = app_paths().ensure()
    win = build_window(LaunchOptions(demo=True), paths, Settings.load(paths.settings_file))
    qtbot.addWidget(win)
    run = copy_run(MISEQ, tmp_path)
    assert win.open_run_folder(run)
    assert started == [["--run-folder", str(run)]]
    assert win.run_bridge is None  # the demo window keeps showing the demo
    win.close()


def test_a_root_without_runs_never_shows_loading_forever(qtbot: QtBot, tmp_path: Path) -> None:
    paths = app_paths().ensure()
    settings = Settings.load(paths.settings_file)
    settings.set("run_folder_root", str(tmp_path))
    win = build_window(LaunchOptions(), paths, settings)
    qtbot.addWidget(win)
    assert win.run_bridge is not None
    win.run_bridge.load_now()
    page = win.page("run_quality")
    assert "no run folder here yet" in page.problems.text()  # type: ignore[attr-defined]
    assert str(tmp_path) in page.identity.text()  # type: ignore[attr-defined]
    assert "Loading" not in page.identity.text()  # type: ignore[attr-defined]
    win.close()
