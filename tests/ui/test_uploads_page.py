from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelectionModel
from pytestqt.qtbot import QtBot

from proactive_gui.instrument.simulator import demo_store
from proactive_gui.payload.build import build
from proactive_gui.payload.seal import seal
from proactive_gui.settings import Settings
from proactive_gui.ui.pages.overview import OverviewPage
from proactive_gui.ui.pages.uploads import UploadsPage
from proactive_gui.uplink.engine import UploadEngine
from proactive_gui.uplink.history import Delivery, SentHistory
from proactive_gui.uplink.keys import SpoolKey
from proactive_gui.uplink.setup import Uplink
from proactive_gui.uplink.spool import Spool
from proactive_gui.uplink.transport import TransportConfig


def _uplink(tmp_path: Path, opted_in: bool = False) -> Uplink:
    spool = Spool(tmp_path / "spool", SpoolKey(bytes(32), "keyring"))
    history = SentHistory(tmp_path / "sent.jsonl")
    engine = UploadEngine(
        spool,
        history,
        config=lambda: TransportConfig("https://proactive.example.com"),
        token=lambda: None,
        opted_in=lambda: opted_in,
    )
    return Uplink(spool, engine, history)


def test_the_page_shows_the_queue_what_was_set_aside_and_why_and_what_was_sent(
    qtbot: QtBot, tmp_path: Path
) -> None:
    uplink = _uplink(tmp_path)
    assert uplink.spool is not None and uplink.engine is not None
    store = demo_store(epoch=0.0)
    first, second, third = (
        seal(build("manual", store, machine=[], opted_in=True)) for _ in range(3)
    )
    for payload in (first, second, third):
        uplink.spool.put(payload)
    # the first one (not pending()[0]: payloads sealed within one tick sort by their id)
    refused = next(r for r in uplink.spool.pending() if r.payload_id == first.payload_id)
    uplink.spool.park(refused, "the receiver refused it for good (HTTP 422)")
    uplink.history.append(Delivery("abc", "f" * 64, 10, "health", "t0", "2026-11-22T08:00:00Z", {}))
    uplink.engine.step()  # opted out: says so, connects nowhere
    page = UploadsPage(uplink)
    qtbot.addWidget(page)
    assert page.state.text() == "Opted out"
    assert page.queue.text().startswith("2 waiting")
    assert page.aside.rowCount() == 1
    assert page.aside.item(0, 0).text() == first.payload_id
    assert "HTTP 422" in page.aside.item(0, 2).text()
    assert page.sent.rowCount() == 1 and page.sent.item(0, 4).text() == "f" * 64
    model = page.aside.model()
    page.aside.selectionModel().select(  # the row itself, whatever keys are held
        model.index(0, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    page._retry()
    assert len(uplink.spool.pending()) == 3 and page.aside.rowCount() == 0


def test_the_overview_tells_how_many_wait(qtbot: QtBot, tmp_path: Path) -> None:
    uplink = _uplink(tmp_path)
    assert uplink.spool is not None
    uplink.spool.put(seal(build("manual", demo_store(epoch=0.0), machine=[], opted_in=True)))
    page = OverviewPage(demo_store(), Settings(tmp_path / "settings.json"), None, uplink)
    qtbot.addWidget(page)
    page.refresh()
    assert page.queue.text() == "1 waiting"


def test_without_a_key_the_page_says_why(qtbot: QtBot, tmp_path: Path) -> None:
    page = UploadsPage(Uplink(None, None, SentHistory(tmp_path / "s.jsonl"), "no OS keyring"))
    qtbot.addWidget(page)
    assert page.state.text() == "No queue" and page.detail.text() == "no OS keyring"
