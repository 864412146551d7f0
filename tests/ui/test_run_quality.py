from __future__ import annotations

import itertools
import threading
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QRectF, QTranslator
from PySide6.QtGui import QFontMetricsF, QImage, QPainter
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from proactive_gui.launch import LaunchOptions
from proactive_gui.paths import app_paths
from proactive_gui.settings import Settings
from proactive_gui.ui.app import build_window
from proactive_gui.ui.main_window import MainWindow
from proactive_gui.ui.pages.run_plots import NamedAxis
from proactive_gui.ui.pages.run_quality import RunQualityPage
from tests.runfolders import copy_run, run_path
from tests.unit.test_run_watcher import start_run, write_cycles

RUNNING = "MiSeq_131022_M00630_0101_000000000-A5Y02_inprogress"


def window_on(
    qtbot: QtBot, folder: Path | None = None, root: Path | None = None, language: str = ""
) -> MainWindow:
    paths = app_paths().ensure()
    settings = Settings.load(paths.settings_file)
    if root is not None:
        settings.set("run_folder_root", str(root))
    if language:
        settings.set("language", language)
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
    local = {
        page.local_table.item(r, 0).text(): page.local_table.item(r, 2).text()
        for r in range(page.local_table.rowCount())
    }
    assert "allow-list" in local["RunParameters.xml /Username"]
    assert {f"RunParameters.xml /{f}" for f in ("ExperimentName", "OutputFolder")} <= set(local)
    travelling = {
        page.travel_table.item(r, 0).text(): page.travel_table.item(r, 2).text()
        for r in range(page.travel_table.rowCount())
    }
    assert not set(travelling) & set(local)
    # the run ID is also in a field no rule names: its value is sent, so it is listed as sent
    assert "run_configuration.run_id" in travelling["RunParameters.xml /RunID"]
    assert travelling["RunInfo.xml Run Id"] == "run_configuration.run_id"
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


NEXTSEQ = "NextSeq2000_220112_VH00559_4_AAANY2JM5"
NOVASEQ = "NovaSeq6000_200624_A00834_0183_BHMTFYDRXX"
BASES_PER = {"Bases (millions)": 1e6, "Bases (billions)": 1e9}


@pytest.mark.parametrize(
    ("name", "label"),
    [  # what interop 1.9 reports: billions once the tallest bar passes 10,000 million
        (NEXTSEQ, "Bases (billions)"),  # 40.8 Gb
        (NOVASEQ, "Bases (billions)"),  # 56.4 Gb
        ("MiSeq_210505_M01101_0075_000000000-JDP9R", "Bases (millions)"),  # 5.0 Gb
    ],
)
def test_the_qscore_axis_counts_in_the_scale_interop_chose(
    qtbot: QtBot, name: str, label: str
) -> None:
    win = window_on(qtbot, folder=run_path(name))
    assert win.run_bridge is not None
    win.run_bridge.load_now()
    page = page_of(win)
    run = page.run
    assert run is not None and run.metrics is not None
    assert run.metrics.qscore_unit == label.removeprefix("Bases (").removesuffix("s)")
    histogram = page.qscores
    assert histogram.item.getAxis("left").labelText == label
    assert histogram.bars is not None
    drawn = np.asarray(histogram.bars.opts["height"], dtype=np.float64)
    bases = drawn.sum() * BASES_PER[label]  # what the axis says the bars add up to
    assert bases == pytest.approx(run.metrics.yield_g * 1e9, rel=0.1)  # the run's yield
    assert run.metrics.qscore_counts_m.sum() * 1e6 == pytest.approx(bases)  # always millions
    win.close()


def _drawn_names(axis: NamedAxis) -> list[tuple[QRectF, str]]:
    """The names the axis draws now, each in the rectangle its font needs there."""
    image = QImage(8, 8, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        specs = axis.generateDrawSpecs(painter)
    finally:
        painter.end()
    assert specs is not None
    metrics = QFontMetricsF(axis.style["tickFont"])
    drawn = []
    for rect, _flags, text in specs[2]:
        if text:
            size = metrics.boundingRect(text).size()
            box = QRectF(0, 0, size.width(), size.height())
            box.moveCenter(rect.center())
            drawn.append((box, text))
    return drawn


def _many_columns(run_table: np.ndarray, copies: int) -> np.ndarray:
    """The real tile table, repeated as further lanes: a flow cell with more columns."""
    lanes = int(run_table["Lane"].max())
    parts = []
    for copy in range(copies):
        part = run_table.copy()
        part["Lane"] = part["Lane"] + copy * lanes
        parts.append(part)
    return np.concatenate(parts)


@pytest.mark.parametrize("size", [(1280, 820), (900, 640)])
@pytest.mark.parametrize("copies", [1, 6])  # the folder's 4 columns; 24 columns
def test_flow_cell_labels_never_overlap(qtbot: QtBot, size: tuple[int, int], copies: int) -> None:
    win = window_on(qtbot, folder=run_path(NOVASEQ))
    assert win.run_bridge is not None
    win.run_bridge.load_now()
    page = page_of(win)
    run = page.run
    assert run is not None and run.metrics is not None
    wide = replace(run.metrics, tile_table=_many_columns(run.metrics.tile_table, copies))
    page.flowcell.show_run(replace(run, metrics=wide))
    win.show_page("run_quality")
    page.tabs.setCurrentWidget(page.flowcell)
    win.show()
    win.resize(*size)
    qtbot.waitExposed(win)
    QApplication.processEvents()
    columns = page.flowcell.columns_axis
    rows = page.flowcell.rows_axis
    assert len(columns.names) == 4 * copies and len(rows.names) == 78
    for axis in (columns, rows):
        drawn = _drawn_names(axis)
        assert len(drawn) >= 2 and drawn[0][1] == axis.names[0], [t for _, t in drawn]
        for (one, first), (other, second) in itertools.combinations(drawn, 2):
            assert not one.intersects(other), (axis.orientation, win.size(), first, second)
    if copies == 1 and size == (1280, 820):  # room for every column's name
        assert [text for _, text in _drawn_names(columns)] == columns.names
    win.close()


@pytest.fixture
def _english_again(qapp: QApplication) -> Iterator[None]:
    yield
    for translator in qapp.findChildren(QTranslator):
        qapp.removeTranslator(translator)
        translator.deleteLater()


@pytest.mark.parametrize(
    ("language", "says"),
    [
        ("en", "InterOp/ExtractionMetricsOut.bin is damaged: it ends in the middle of a record"),
        ("de", "InterOp/ExtractionMetricsOut.bin ist beschädigt: Die Datei endet mitten in einem"),
    ],
)
@pytest.mark.usefixtures("_english_again")
def test_a_file_cut_short_is_called_damaged_on_the_page(
    qtbot: QtBot, tmp_path: Path, language: str, says: str
) -> None:
    run = copy_run("MiSeq_210505_M01101_0075_000000000-JDP9R", tmp_path)
    extraction = run / "InterOp" / "ExtractionMetricsOut.bin"
    extraction.write_bytes(extraction.read_bytes()[:-3])
    win = window_on(qtbot, folder=run, language=language)
    assert win.run_bridge is not None
    win.run_bridge.load_now()
    page = page_of(win)
    assert page.problems.isVisibleTo(page)
    text = page.problems.text()
    assert says in text, text
    assert "missing" not in text and "fehlt" not in text
    win.close()


def test_a_plot_without_data_says_so(qtbot: QtBot) -> None:
    win = window_on(qtbot, folder=run_path(NOVASEQ))  # no ErrorMetricsOut.bin: no error rate
    assert win.run_bridge is not None
    win.run_bridge.load_now()
    cycles = page_of(win).cycles
    assert cycles.error.note.text() == "No data"
    assert [p.note.text() for p in (cycles.q30, cycles.intensity, cycles.fwhm)] == ["", "", ""]
    win.close()
