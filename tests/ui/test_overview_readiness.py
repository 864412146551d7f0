"""The technician's moment before a run: one verdict, and an informed, recorded opt-in."""

from __future__ import annotations

import os
from pathlib import Path

import keyring
import pytest
from keyring.backends.fail import Keyring as NoKeyring
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from proactive_gui.consent import consent_history
from proactive_gui.launch import LaunchOptions
from proactive_gui.paths import app_paths
from proactive_gui.readiness import ATTENTION, NOT_READY, READY, readiness
from proactive_gui.settings import Settings
from proactive_gui.ui.app import build_window
from proactive_gui.ui.main_window import MainWindow
from proactive_gui.ui.pages.overview import OverviewPage

HEALTHY = {"Optical": "ok", "Mechanical": "ok", "Thermal": "ok", "Fluidics": "ok"}


@pytest.mark.parametrize(
    ("args", "level"),
    [
        ((True, HEALTHY, "pass", 60.0, "", 0, "running"), READY),
        ((False, HEALTHY, None, None, "", 0, None), READY),  # offline by choice: no network needed
        ((True, HEALTHY, None, None, "", 0, None), ATTENTION),  # never checked
        ((True, HEALTHY, "pass", 2 * 86400.0, "", 0, None), ATTENTION),  # checked too long ago
        ((True, {**HEALTHY, "Thermal": "warning"}, "pass", 60.0, "", 0, None), ATTENTION),
        ((True, HEALTHY, "pass", 60.0, "the receiver cannot be reached", 0, None), ATTENTION),
        ((False, HEALTHY, None, None, "", 2, None), ATTENTION),  # payloads set aside
        ((True, HEALTHY, "fail", 60.0, "", 0, None), NOT_READY),
        ((False, {**HEALTHY, "Fluidics": "failure"}, None, None, "", 0, None), NOT_READY),
    ],
)
def test_the_verdict(args: tuple, level: str) -> None:  # type: ignore[type-arg]
    assert readiness(*args).level == level


def _overview(
    qtbot: QtBot, at_hours: float = 2.0, scenario: str = "healthy"
) -> tuple[MainWindow, OverviewPage]:
    paths = app_paths().ensure()
    win = build_window(
        LaunchOptions(demo=True, at_hours=at_hours, scenario=scenario),
        paths,
        Settings.load(paths.settings_file),
    )
    qtbot.addWidget(win)
    win.resize(1280, 820)
    win.show()
    assert win.health is not None
    win.health.evaluate_now()
    page = win.page("overview")
    assert isinstance(page, OverviewPage)
    page.refresh()
    return win, page


def test_opting_in_shows_the_summary_and_is_recorded(qtbot: QtBot) -> None:
    win, page = _overview(qtbot)
    asked: list[bool] = []
    page.confirm_opt_in = lambda: asked.append(True) or False  # type: ignore[method-assign]
    page.opt_in.setChecked(True)  # declined: stays off, nothing recorded
    assert not page.opt_in.isChecked() and consent_history(page.paths) == []  # type: ignore[arg-type]
    page.confirm_opt_in = lambda: asked.append(True) or True  # type: ignore[method-assign]
    page.opt_in.setChecked(True)
    assert page.settings.get("opt_in") is True
    history = consent_history(page.paths)  # type: ignore[arg-type]
    assert [(c.opted_in, c.source) for c in history] == [(True, "window")]
    win.close()


def test_turning_sending_on_names_the_destination_and_cadence_every_time(qtbot: QtBot) -> None:
    """The findings: the opt-in read "… to Illumina" also when the endpoint was
    https://localhost:8447; the summary named neither the destination nor how often; it
    was shown once per profile, ever, and after that one click turned sending on."""
    win, page = _overview(qtbot)
    page.settings.set("endpoint", "https://receiver.example.com:8447/v2/payloads")
    page.settings.set("health_interval_min", "15")
    page.refresh()
    assert page.opt_in_label.text() == (
        "Send Instrument Performance Data to Illumina (receiver.example.com)"
    )
    seen: list[str] = []

    def agree() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        box.button(QMessageBox.StandardButton.Ok).click()

    for _ in range(2):  # on, off, on again: asked both times
        QTimer.singleShot(0, agree)
        page.opt_in.setChecked(True)
        assert page.settings.get("opt_in") is True
        page.discard_queue = lambda n: True  # type: ignore[method-assign]
        page.opt_in.setChecked(False)
    assert len(seen) == 2
    for text in seen:
        assert "receiver.example.com" in text and "Illumina" in text
        assert "every 15 minutes" in text and "Never sent" in text
    history = consent_history(page.paths)  # type: ignore[arg-type]
    assert [c.destination for c in history if c.opted_in] == [
        "https://receiver.example.com:8447/v2/payloads"
    ] * 2
    assert {(c.service, c.cadence_min) for c in history} == {("Illumina", 15)}
    win.close()


def test_without_a_receiver_the_opt_in_says_nothing_can_leave(qtbot: QtBot) -> None:
    win, page = _overview(qtbot)
    page.settings.set("endpoint", "")
    page.refresh()
    assert page.opt_in_label.text().endswith("(no receiver set)")
    assert "no receiver is set yet" in page.consent_text()
    win.close()


def test_opting_out_asks_about_the_queue_and_discards_by_choice(qtbot: QtBot) -> None:
    win, page = _overview(qtbot)
    page.confirm_opt_in = lambda: True  # type: ignore[method-assign]
    page.opt_in.setChecked(True)
    spool = win.uplink.spool
    assert spool is not None
    spool.put(win.payloads.seal_now("manual"))  # the demo queues nothing by itself
    assert spool.pending()
    asked: list[int] = []
    page.discard_queue = lambda n: asked.append(n) or True  # type: ignore[method-assign]
    page.opt_in.setChecked(False)
    assert len(asked) == 1 and asked[0] >= 1  # asked once, with the count
    assert spool.pending() == [] and page.settings.get("opt_in") is False
    assert [c.opted_in for c in consent_history(page.paths)] == [True, False]  # type: ignore[arg-type]
    win.close()


def test_a_locked_opt_in_cannot_be_ticked(qtbot: QtBot, tmp_path: Path) -> None:
    policy_file = Path(os.environ["PROACTIVE_GUI_POLICY"])
    policy_file.write_text("reason = Lab IT\nopt_in = false\n")
    win, page = _overview(qtbot)
    assert not page.opt_in.isEnabled()
    assert "Lab IT" in page.opt_in.toolTip()
    win.close()


@pytest.mark.parametrize(
    ("name", "at", "scenario", "text"),
    [
        ("ready", 2.0, "healthy", "Ready to start run"),
        ("attention", 2.0, "healthy", "Attention"),  # sending on, network never checked
        ("not-ready", 20.0, "chiller-drift", "Not ready"),
    ],
)
def test_overview_verdicts_render(
    qtbot: QtBot, tmp_path: Path, name: str, at: float, scenario: str, text: str
) -> None:
    win, page = _overview(qtbot, at, scenario)
    page.settings.set("opt_in", "true" if name == "attention" else "false")
    page.refresh()
    assert page.verdict.text() == text, page.reasons.text()
    win.grab().save(str(tmp_path / f"overview-{name}.png"))
    win.close()


def test_the_summary_offers_the_payload_page_and_keeps_sending_off(qtbot: QtBot) -> None:
    win, page = _overview(qtbot)
    seen: list[str] = []

    def look() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        (button,) = [b for b in box.buttons() if "Payload page" in b.text()]
        button.click()

    QTimer.singleShot(0, look)
    with qtbot.waitSignal(page.navigate) as went:
        page.opt_in.setChecked(True)
    assert went.args == ["payload"]
    assert "Never sent" in seen[0] and "sequencing data" in seen[0]
    assert page.settings.get("opt_in") is False and not page.opt_in.isChecked()
    assert consent_history(page.paths) == []  # type: ignore[arg-type]
    win.close()


def test_no_spool_key_is_a_warning_while_sending_is_off_and_an_alarm_when_on(
    qtbot: QtBot,
) -> None:
    keyring.set_keyring(NoKeyring())  # a PC without a keyring (the fixture restores it)
    win, page = _overview(qtbot)
    assert win.uplink.spool is None and "keyring" in win.uplink.problem
    assert page.queue.text() == "Unavailable" and page.queue.property("tone") == "warn"
    page.settings.set("opt_in", "true")
    page.refresh()
    assert page.queue.property("tone") == "bad"
    assert page.verdict.text() != "Ready to start run"
    win.close()


def test_a_refresh_lists_the_spool_only_when_it_changed(qtbot: QtBot) -> None:
    """The finding: the Overview listed the three spool folders five times a second on
    the GUI thread (78 ms a refresh with 20,000 payloads queued)."""
    win, page = _overview(qtbot)
    spool = win.uplink.spool
    assert spool is not None
    listed: list[str] = []
    for name in ("queue_size", "parked", "quarantined", "pending"):
        real = getattr(spool, name)
        setattr(spool, name, lambda real=real, name=name: listed.append(name) or real())
    page.refresh()
    listed.clear()
    for _ in range(5):
        page.refresh()
    assert listed == []
    page.settings.set("opt_in", "true")
    spool.put(win.payloads.seal_now("manual"))  # a change: counted again, once
    page.refresh()
    page.refresh()
    assert listed.count("queue_size") == 1
    assert page.queue.text() != "Empty"
    win.close()
