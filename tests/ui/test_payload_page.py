from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from proactive_gui.launch import LaunchOptions
from proactive_gui.paths import app_paths
from proactive_gui.payload.disclosure import identifies
from proactive_gui.settings import Settings
from proactive_gui.ui.app import build_window
from proactive_gui.ui.main_window import MainWindow
from proactive_gui.ui.pages.payload import PayloadPage
from tests.conftest import SHARED_RUNS

RUN = SHARED_RUNS / "MiSeq_210505_M01101_0075_000000000-JDP9R"


def _window(qtbot: QtBot, run_folder: Path | None = None) -> tuple[MainWindow, PayloadPage]:
    paths = app_paths().ensure()
    options = LaunchOptions(demo=run_folder is None, at_hours=2.0, run_folder=run_folder)
    win = build_window(options, paths, Settings.load(paths.settings_file))
    qtbot.addWidget(win)
    win.resize(1280, 820)
    win.show()
    if win.run_bridge is not None:
        win.run_bridge.load_now()  # the watcher thread is not started in tests
    win.show_page("payload")
    page = win.page("payload")
    assert isinstance(page, PayloadPage)
    return win, page


def test_the_page_shows_exactly_the_sealed_bytes_and_their_digest(
    qtbot: QtBot, tmp_path: Path
) -> None:
    win, page = _window(qtbot, RUN)  # the real instrument: its payloads are queued
    win.settings.set("opt_in", "true")
    page.seal_now()
    assert win.uplink.spool is not None and len(win.uplink.spool.pending()) == 1
    sealed = page.sealed[-1]
    shown = page.bytes_view.toPlainText().encode("utf-8")
    assert shown == sealed.data
    assert hashlib.sha256(shown).hexdigest() == sealed.sha256
    assert sealed.sha256 in page.digest.text() and f"{sealed.size} bytes" in page.digest.text()
    page.export(tmp_path / "out.json")
    assert (tmp_path / "out.json").read_bytes() == sealed.data
    win.close()


def test_every_field_in_the_tree_says_what_it_is_and_why(qtbot: QtBot) -> None:
    win, page = _window(qtbot)
    missing = []
    stack = [page.tree.topLevelItem(i) for i in range(page.tree.topLevelItemCount())]
    while stack:
        item = stack.pop()
        assert item is not None
        if not (item.text(2) and item.text(3)):
            missing.append(item.text(0))
        stack += [item.child(i) for i in range(item.childCount())]
    assert not missing
    win.close()


def test_a_second_seal_shows_what_changed(qtbot: QtBot) -> None:
    win, page = _window(qtbot)
    page.seal_now()
    assert win.simulator is not None
    win.simulator.advance_to(2.5 * 3600)
    page.seal_now()
    first, second = page.sealed[-2:]
    diff = page.diff_view.toPlainText()
    assert diff.startswith(f"--- {first.payload_id}\n+++ {second.payload_id}")
    assert '+  "created_at"' in diff or '"end_s"' in diff
    win.close()


def _not_sent_rows(page: PayloadPage) -> dict[str, tuple[str, str]]:
    """'<source> <field>': (value, why), from the tree's groups (one per source)."""
    rows = {}
    for i in range(page.not_sent.topLevelItemCount()):
        group = page.not_sent.topLevelItem(i)
        assert group is not None
        source = group.text(0).split(": ", 1)[1]
        for k in range(group.childCount()):
            child = group.child(k)
            rows[f"{source} {child.text(0)}"] = (child.text(1), child.text(2))
    return rows


def test_local_only_run_parameters_are_listed_as_not_sent(qtbot: QtBot) -> None:
    win, page = _window(qtbot, run_folder=RUN)
    page.show_next()
    rows = _not_sent_rows(page)
    assert "allow-list" in rows["RunParameters.xml /Username"][1]
    assert "allow-list" in rows["RunParameters.xml /OutputFolder"][1]
    assert "uzgent" not in page.bytes_view.toPlainText()
    win.close()


def test_nothing_listed_as_not_sent_is_in_the_bytes_shown(qtbot: QtBot) -> None:
    """The finding: the run ID and the sample sheet (named after the reagent kit) were
    listed as not sent while the payload carried them."""
    win, page = _window(qtbot, run_folder=RUN)
    page.show_next()
    shown = page.bytes_view.toPlainText()
    rows = _not_sent_rows(page)
    assert (
        "RunParameters.xml /RunID" not in rows and "RunParameters.xml /SampleSheetName" not in rows
    )
    assert [k for k, (value, _) in rows.items() if identifies(value) and value in shown] == []
    win.close()


def test_the_next_payload_is_a_draft_and_says_what_changes_when_sealed(qtbot: QtBot) -> None:
    win, page = _window(qtbot, run_folder=RUN)
    assert page.shown is not None and page.shown.draft
    assert "not yet sealed" in page.status.text() and "payload_id" in page.status.text()
    assert '"payload_id":"00000000-0000-0000-0000-000000000000"' in page.bytes_view.toPlainText()
    win.close()


def test_seal_now_while_sending_is_off_queues_nothing_and_says_so(qtbot: QtBot) -> None:
    """The finding: Seal now with sending off said "queued (encrypted) for the upload
    engine", and after `consent on` that payload, stamped opted_in false, was sent."""
    win, page = _window(qtbot, run_folder=RUN)
    assert win.uplink.spool is not None
    page.seal_now()
    assert win.uplink.spool.pending() == []
    assert "Sending is off" in page.status.text() and "never be sent" in page.status.text()
    kept = page.sealed[-1]
    assert not kept.opted_in and page.shown == kept  # listed, shown and exportable here
    win.close()


def test_payloads_queued_before_the_window_opened_are_listed_and_shown(qtbot: QtBot) -> None:
    paths = app_paths().ensure()
    options = LaunchOptions(run_folder=RUN)  # the real instrument's payloads are queued
    earlier = build_window(options, paths, Settings.load(paths.settings_file))
    assert earlier.uplink.spool is not None and earlier.run_bridge is not None
    earlier.run_bridge.load_now()
    earlier.settings.set("opt_in", "true")
    waiting = earlier.payloads.seal_now("health")  # queued, encrypted, by an earlier session
    earlier.close()
    win, page = _window(qtbot, run_folder=RUN)  # a real instrument's window lists the queue
    ids = [
        page.payloads.item(i).data(Qt.ItemDataRole.UserRole) for i in range(page.payloads.count())
    ]
    assert waiting.payload_id in ids
    page.payloads.setCurrentRow(ids.index(waiting.payload_id))
    assert page.bytes_view.toPlainText().encode("utf-8") == waiting.data
    win.close()


def test_a_reason_citing_table_1_says_which_table_that_is(qtbot: QtBot) -> None:
    """The finding: explanations cited "Table 1" without saying of what."""
    win, page = _window(qtbot, run_folder=RUN)
    config = page.tree.findItems("instrument_configuration", Qt.MatchFlag.MatchExactly, 0)[0]
    serial = next(
        config.child(i) for i in range(config.childCount()) if config.child(i).text(0) == "serial"
    )
    page.tree.setCurrentItem(serial)
    assert "Table 1" in serial.text(3)
    assert "data-security sheet" in page.about.text()
    assert "Benefits of the instrument data collected" in page.about.text()
    win.close()
