from __future__ import annotations

import threading
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from proactive_gui.launch import LaunchOptions
from proactive_gui.paths import app_paths
from proactive_gui.settings import Settings
from proactive_gui.ui.app import build_window
from proactive_gui.ui.main_window import MainWindow
from proactive_gui.ui.pages.run_quality import RunQualityPage
from tests.runfolders import copy_run, run_path
from tests.unit.test_run_watcher import start_run, write_cycles

RUNNING = "MiSeq_131022_M00630_0101_000000000-A5Y02_inprogress"


def window_on(qtbot: QtBot, folder: Path | None = None, root: Path | None = None) -> MainWindow:
    paths = app_paths().ensure()
    settings = Settings.load(paths.settings_file)
    if root is not None:
        settings.set("run_folder_root", str(root))
    win = build_window(LaunchOptions(demo=False, run_folder=folder), paths, settings)
    qtbot.addWidget(win)
    return win


def page_of(win: MainWindow) -> RunQualityPage:
    page = win.page("run_quality")
    assert isinstance(page, RunQualityPage)
    return page


def test_a_running_run_shows_its_state_and_tables(qtbot: QtBot) -> None:
    win = window_on(qtbot, folder=run_path(RUNNING))
    assert win.run_bridge is not None
    win.run_bridge.load_now()
    page = page_of(win)
    assert page.state.text() == "Running — cycle 77 of 308"
    assert page.identity.text() == "MiSeq M00630  ·  131022_M00630_0101_000000000-A5Y02"
    assert "ErrorMetricsOut.bin is missing" in page.problems.text()
    reads = [
        [page.read_table.item(r, c).text() for c in range(4)]
        for r in range(page.read_table.rowCount())
    ]
    assert reads == [
        ["1", "151", "1.18", "93.21"],
        ["2 (index)", "6", "—", "—"],
        ["3", "151", "—", "—"],
    ]
    assert page.consumable_table.rowCount() == 3
    assert "not sent" in page.local_table.item(0, 2).text()
    local_fields = {page.local_table.item(r, 0).text() for r in range(page.local_table.rowCount())}
    assert {"ExperimentName", "Username", "OutputFolder"} <= local_fields
    travelling = {page.travel_table.item(r, 0).text() for r in range(page.travel_table.rowCount())}
    assert not travelling & local_fields
    win.close()


def test_updates_arrive_on_the_gui_thread_while_the_run_grows(qtbot: QtBot, tmp_path: Path) -> None:
    run = start_run(tmp_path)
    write_cycles(run, 5)
    win = window_on(qtbot, folder=run)
    bridge = win.run_bridge
    assert bridge is not None
    bridge.watcher.interval_s = 0.05
    page = page_of(win)
    threads: list[bool] = []
    bridge.updated.connect(
        lambda _u: threads.append(threading.current_thread() is threading.main_thread())
    )
    with qtbot.waitSignal(bridge.updated, timeout=20000):
        bridge.start()
    qtbot.waitUntil(lambda: page.state.text() == "Running — cycle 5 of 318", timeout=20000)
    write_cycles(run, 60)
    qtbot.waitUntil(lambda: page.state.text() == "Running — cycle 60 of 318", timeout=20000)
    write_cycles(run, 318)
    qtbot.waitUntil(lambda: page.state.text() == "Complete", timeout=20000)
    assert threads and all(threads)
    win.close()
    assert not bridge.watcher.running


def test_without_a_run_folder_the_page_says_how_to_get_one(qtbot: QtBot) -> None:
    win = window_on(qtbot)
    page = page_of(win)
    assert win.run_bridge is None
    assert "--run-folder DIR" in page.details.text() and "run_folder_root" in page.details.text()
    win.close()


def test_the_run_folder_root_setting_is_followed(qtbot: QtBot, tmp_path: Path) -> None:
    copy_run("MiSeq_140211_M00612_0148_000000000-A7M8N", tmp_path)
    win = window_on(qtbot, root=tmp_path)
    assert win.run_bridge is not None
    win.run_bridge.load_now()
    assert page_of(win).state.text() == "Complete"
    win.close()


@pytest.mark.parametrize("damage", ["runinfo", "interop"])
def test_damage_is_shown_in_words(qtbot: QtBot, tmp_path: Path, damage: str) -> None:
    run = copy_run("MiSeq_210505_M01101_0075_000000000-JDP9R", tmp_path)
    if damage == "runinfo":
        (run / "RunInfo.xml").write_text("<RunInfo><Run")
    else:
        (run / "InterOp" / "QMetricsOut.bin").write_bytes(b"\x04\xce" + b"\xff" * 1000)
    win = window_on(qtbot, folder=run)
    assert win.run_bridge is not None
    win.run_bridge.load_now()
    page = page_of(win)
    assert page.problems.isVisibleTo(page)
    text = page.problems.text()
    assert (
        ("RunInfo.xml: not well-formed XML" in text)
        if damage == "runinfo"
        else ("QMetricsOut.bin" in text)
    )
    win.close()
