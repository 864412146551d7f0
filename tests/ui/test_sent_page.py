"""The Sent history page: searched as you type over every column, filtered by kind and
date, each payload's bytes as sent while kept, exports of what is shown, and fast with
20,000 deliveries (measured against a QTableWidget filled the naive way)."""

from __future__ import annotations

import csv
import io
import json
import time
import uuid
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QMessageBox,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
)
from pytestqt.qtbot import QtBot

from proactive_gui.launch import LaunchOptions, draft_now
from proactive_gui.paths import app_paths
from proactive_gui.payload.seal import SealedPayload, seal
from proactive_gui.runs.isolation import close_shared_worker
from proactive_gui.settings import Settings
from proactive_gui.ui.app import build_window
from proactive_gui.ui.pages.sent import SentPage
from proactive_gui.ui.pages.sent_model import KIND, RUN, SENT, SHA, SentModel
from proactive_gui.ui.pages.uploads import UploadsPage
from proactive_gui.ui.theme import install_translation
from proactive_gui.uplink import history as history_module
from proactive_gui.uplink.audit import AuditRow, Criteria, describe, destination
from proactive_gui.uplink.history import Delivery, SentHistory
from proactive_gui.uplink.keys import SpoolKey
from proactive_gui.uplink.setup import Uplink
from proactive_gui.uplink.spool import Spool
from tests.runfolders import run_path

RUNS = (
    ("NextSeq2000_220112_VH00559_4_AAANY2JM5", "health"),
    ("MiSeq_210505_M01101_0075_000000000-JDP9R", "run_end"),
    ("NovaSeq6000_200624_A00834_0183_BHMTFYDRXX", "health"),
)
DAY = 86400.0
URL = "https://collector.lab.example/v1/payloads"


@pytest.fixture(scope="module")
def sealed() -> list[SealedPayload]:
    try:
        return [
            seal(draft_now(LaunchOptions(run_folder=run_path(name)), kind=kind, opted_in=True))
            for name, kind in RUNS
        ]
    finally:
        close_shared_worker()


def _utc(t: float) -> str:
    return datetime.fromtimestamp(t, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _delivery(payload: SealedPayload, sent: float) -> Delivery:
    audit = describe(payload.data)
    return Delivery(
        payload.payload_id,
        payload.sha256,
        payload.size,
        payload.kind,
        payload.created_at,
        _utc(sent),
        {"payload_id": payload.payload_id, "sha256": payload.sha256},
        audit.run,
        audit.instrument,
        destination(URL),
        audit.summary,
    )


def _uplink(tmp_path: Path) -> Uplink:
    spool = Spool(tmp_path / "spool", SpoolKey(bytes(range(32)), "keyring"))
    return Uplink(spool, None, SentHistory(tmp_path / "history" / "sent.jsonl"))


def _recorded(uplink: Uplink, sealed: list[SealedPayload], now: float) -> list[Delivery]:
    """The deliveries of ``sealed``, the first 40 days ago, then 10 days, then now."""
    assert uplink.spool is not None
    deliveries = []
    for payload, age in zip(sealed, (40 * DAY, 10 * DAY, 0.0), strict=True):
        delivery = _delivery(payload, now - age)
        uplink.history.record(delivery, payload.data, uplink.spool.encrypt)
        deliveries.append(delivery)
    return deliveries


def _page(qtbot: QtBot, uplink: Uplink) -> SentPage:
    page = SentPage(uplink)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    page.wait_loaded()
    return page


def _column(page: SentPage, column: int) -> list[str]:
    model = page.model
    return [str(model.index(row, column).data()) for row in range(model.rowCount())]


@pytest.fixture
def english(qapp: QApplication) -> None:
    """The window in English, as the app installs it (its plural forms: 1 payload, 3
    payloads), whatever an earlier test left installed."""
    install_translation(qapp, "en")


def test_the_search_filters_as_you_type_over_every_column_and_the_kind_too(
    qtbot: QtBot, tmp_path: Path, sealed: list[SealedPayload], english: None
) -> None:
    uplink = _uplink(tmp_path)
    deliveries = _recorded(uplink, sealed, time.time())
    page = _page(qtbot, uplink)
    assert page.count.text() == "3 payloads sent; 3 shown."
    assert _column(page, RUN) == [d.run for d in reversed(deliveries)]  # newest first
    qtbot.keyClicks(page.search, "vh0055")  # any case, part of a word
    assert _column(page, RUN) == ["220112_VH00559_4_AAANY2JM5"]
    assert page.count.text() == "3 payloads sent; 1 shown."
    page.search.clear()
    qtbot.keyClicks(page.search, deliveries[2].sha256[:10])  # the SHA-256 column's text
    assert _column(page, RUN) == [deliveries[2].run]
    page.search.setText("collector.lab.example complete")  # the receiver, the summary
    assert len(_column(page, RUN)) == 3
    page.search.clear()
    page.kind.setCurrentIndex(page.kind.findData("run_end"))
    assert _column(page, KIND) == ["run_end"] and page.count.text().endswith("1 shown.")
    page.kind.setCurrentIndex(page.kind.findData(""))
    assert page.model.rowCount() == 3


def test_the_date_range_takes_local_days(
    qtbot: QtBot, tmp_path: Path, sealed: list[SealedPayload]
) -> None:
    uplink = _uplink(tmp_path)
    now = time.time()
    deliveries = _recorded(uplink, sealed, now)
    page = _page(qtbot, uplink)
    today = QDate.currentDate()
    page.since.setDate(today.addDays(-20))
    page.until.setDate(today)
    assert page.model.rowCount() == 3 and not page.since.isEnabled()  # off until asked
    page.between.setChecked(True)
    assert page.since.isEnabled()
    assert _column(page, RUN) == [deliveries[2].run, deliveries[1].run]
    page.until.setDate(today.addDays(-5))
    assert _column(page, RUN) == [deliveries[1].run]


def test_a_selected_payload_shows_its_bytes_as_sent_or_why_not(
    qtbot: QtBot, tmp_path: Path, sealed: list[SealedPayload]
) -> None:
    uplink = _uplink(tmp_path)
    deliveries = _recorded(uplink, sealed, time.time())
    (uplink.history.bytes_dir / f"{deliveries[0].payload_id}.rec").unlink()  # pruned
    page = _page(qtbot, uplink)
    assert "Select a payload" in page.detail.toPlainText()
    assert page.select(deliveries[1].payload_id)
    assert page.bytes_view.toPlainText().encode() == sealed[1].data  # exactly as sent
    assert page.digest.text() == deliveries[1].sha256  # in full, to copy
    assert (
        f"to {URL}" in page.detail.toPlainText()
        and "exactly as they were sent" in page.detail.toPlainText()
    )
    shown = page.model.index(0, SHA)
    assert (
        str(shown.data()).endswith("…")
        and shown.data(Qt.ItemDataRole.ToolTipRole) == deliveries[2].sha256
    )  # tool tip
    assert page.select(deliveries[0].payload_id)
    assert page.bytes_view.toPlainText() == ""
    assert "Its bytes are no longer kept (retention 90 day" in page.detail.toPlainText()


def test_exports_write_the_rows_shown(
    qtbot: QtBot,
    tmp_path: Path,
    sealed: list[SealedPayload],
    monkeypatch: pytest.MonkeyPatch,
    english: None,
) -> None:
    uplink = _uplink(tmp_path)
    deliveries = _recorded(uplink, sealed, time.time())
    page = _page(qtbot, uplink)
    page.kind.setCurrentIndex(page.kind.findData("health"))
    chosen: list[Path] = []

    def save_name(*_: object) -> tuple[str, str]:
        return str(chosen[-1]), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    chosen.append(tmp_path / "out.csv")
    page.csv_button.click()
    text = chosen[-1].read_text(encoding="utf-8-sig")
    header, *rows = list(csv.reader(io.StringIO(text, newline="")))
    ids = [dict(zip(header, row, strict=True))["payload_id"] for row in rows]
    assert ids == [deliveries[2].payload_id, deliveries[0].payload_id]  # as shown
    assert told == [f"2 payloads written to {chosen[-1]}."]
    chosen.append(tmp_path / "out.json")
    page.json_button.click()
    listed = json.loads(chosen[-1].read_text("utf-8"))
    assert [Delivery.from_json(item) for item in listed] == [deliveries[2], deliveries[0]]


def test_new_deliveries_arrive_without_reading_the_history_again(
    qtbot: QtBot, tmp_path: Path, sealed: list[SealedPayload], monkeypatch: pytest.MonkeyPatch
) -> None:
    uplink = _uplink(tmp_path)
    assert uplink.spool is not None
    now = time.time()
    first = _delivery(sealed[0], now - 60)
    uplink.history.record(first, sealed[0].data, uplink.spool.encrypt)
    page = _page(qtbot, uplink)
    page.select(first.payload_id)
    reader_thread = page.reader._thread
    page.refresh()
    assert page.reader._thread is reader_thread  # unchanged: one stat, no read
    parsed: list[str] = []
    original = history_module.Delivery.from_json

    def counting(data: object) -> Delivery:
        parsed.append(str(data))
        return original(data)

    monkeypatch.setattr(history_module.Delivery, "from_json", staticmethod(counting))
    second = _delivery(sealed[1], now)
    uplink.history.record(second, sealed[1].data, uplink.spool.encrypt)
    page.wait_loaded()
    assert len(parsed) == 1  # the new line only
    assert _column(page, RUN) == [second.run, first.run]  # in its place: newest first
    assert page.selected() == first  # the reader's row stays selected


def test_the_uploads_page_opens_the_sent_history(qtbot: QtBot) -> None:
    paths = app_paths().ensure()
    window = build_window(
        LaunchOptions(demo=True, at_hours=0.1), paths, Settings.load(paths.settings_file)
    )
    qtbot.addWidget(window)
    window.show_page("uploads")
    uploads = window.page("uploads")
    assert isinstance(uploads, UploadsPage)
    with qtbot.waitSignal(uploads.navigate) as opened:
        uploads.history_button.click()
    assert opened.args == ["sent"]
    assert window.stack.currentWidget() is window.page("sent")
    window.close()


# -- speed ---------------------------------------------------------------------------------

ROWS = 20_000


def _many(sealed: list[SealedPayload], path: Path) -> list[Delivery]:
    """20,000 history lines as the engine writes them, from the real payloads."""
    start = datetime(2025, 1, 1, tzinfo=UTC).timestamp()
    deliveries = [
        Delivery(
            **{
                **asdict(_delivery(sealed[i % len(sealed)], start + i * 1800)),
                "payload_id": str(uuid.UUID(int=i + 1, version=4)),
            }
        )
        for i in range(ROWS)
    ]
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as out:
        out.writelines(json.dumps(asdict(d), sort_keys=True) + "\n" for d in deliveries)
    return deliveries


def _ms(since: float) -> float:
    return (time.perf_counter() - since) * 1000


def _naive_table(deliveries: list[Delivery]) -> tuple[float, float]:
    """The reference: a QTableWidget with an item per cell, and a filter that hides rows."""
    start = time.perf_counter()
    table = QTableWidget(0, 8)
    table.resize(1000, 500)
    table.show()
    table.setRowCount(len(deliveries))
    for r, d in enumerate(deliveries):
        texts = (d.sent_at, d.kind, d.run, d.instrument, d.destination, str(d.size), d.sha256)
        for c, text in enumerate((*texts, d.summary)):
            table.setItem(r, c, QTableWidgetItem(text))
    QApplication.processEvents()
    fill = _ms(start)
    start = time.perf_counter()
    for r in range(table.rowCount()):
        item = table.item(r, 3)
        table.setRowHidden(r, item is None or "vh" not in item.text().lower())
    QApplication.processEvents()
    keystroke = _ms(start)
    table.close()
    table.deleteLater()
    return fill, keystroke


class FlagProxy(QSortFilterProxyModel):
    """The other design: a proxy whose filter reads one precomputed flag per row."""

    def __init__(self) -> None:
        super().__init__()
        self.keep: list[bool] = []

    def filterAcceptsRow(self, source_row: int, source_parent: object) -> bool:
        return self.keep[source_row]


def _proxy_reference(rows: list[AuditRow]) -> float:
    """The worst keystroke behind a QSortFilterProxyModel (a Python call per row)."""
    model = SentModel()
    model.add(rows)
    proxy = FlagProxy()
    proxy.keep = [True] * len(rows)
    proxy.setSourceModel(model)
    view = QTableView()
    view.setModel(proxy)
    view.resize(1000, 500)
    view.show()
    QApplication.processEvents()
    worst = 0.0
    for text in ("vh", "vh00559", ""):
        start = time.perf_counter()
        proxy.beginFilterChange()
        proxy.keep = Criteria(text).flags(model.rows)
        proxy.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        QApplication.processEvents()
        worst = max(worst, _ms(start))
    view.close()
    view.deleteLater()
    return worst


@pytest.mark.slow
def test_20000_deliveries_fill_and_filter_well_under_100_ms_on_the_gui_thread(
    qtbot: QtBot, tmp_path: Path, sealed: list[SealedPayload], capsys: pytest.CaptureFixture[str]
) -> None:
    uplink = _uplink(tmp_path)
    deliveries = _many(sealed, uplink.history.path)
    page = SentPage(uplink)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    start = time.perf_counter()
    page.refresh()  # starts the read elsewhere
    started = _ms(start)
    assert page.reader.wait(60)
    parsed = _ms(start)
    rows = page.reader.poll()
    start = time.perf_counter()
    page._take(rows)  # what the window's timer does with them, on the GUI thread
    QApplication.processEvents()
    fill = _ms(start)
    assert page.model.rowCount() == ROWS
    keystrokes = []
    for text in ("v", "vh", "vh0", "vh00559", ""):
        start = time.perf_counter()
        page.search.setText(text)  # one keystroke's filter, and the repaint
        QApplication.processEvents()
        keystrokes.append(_ms(start))
    assert page.model.rowCount() == ROWS
    start = time.perf_counter()
    page.table.sortByColumn(SENT, Qt.SortOrder.AscendingOrder)
    QApplication.processEvents()
    sort = _ms(start)
    start = time.perf_counter()
    page.refresh()  # nothing new: one stat
    idle = _ms(start)
    naive_fill, naive_keystroke = _naive_table(deliveries)
    proxy_keystroke = _proxy_reference(page.model.rows)
    figures = {
        "refresh that starts the read (GUI thread)": started,
        "history parse, elsewhere": parsed,
        "page fill (GUI thread)": fill,
        "filter keystroke, worst (GUI thread)": max(keystrokes),
        "sort by time (GUI thread)": sort,
        "refresh while unchanged": idle,
        "QTableWidget fill, naive (reference)": naive_fill,
        "QTableWidget filter by hiding rows (reference)": naive_keystroke,
        "keystroke behind a QSortFilterProxyModel (reference)": proxy_keystroke,
    }
    with capsys.disabled():
        print()
        for name, value in figures.items():
            print(f"  {name:<48} {value:8.1f} ms")
    assert fill < 100 and max(keystrokes) < 100 and started < 20 and idle < 5
    assert fill < naive_fill / 3
