"""The tray: the overall state as an icon, notifications for new alerts and early
warnings, and closing the window to the tray. The OS tray itself is the edge of the
machine (there is none offscreen): a recording stand-in takes its calls."""

from __future__ import annotations

from PySide6.QtGui import QColor, QIcon
from PySide6.QtWidgets import QSystemTrayIcon
from pytestqt.qtbot import QtBot

from proactive_gui.health.evaluate import ChannelHealth, HealthReport, State
from proactive_gui.launch import LaunchOptions
from proactive_gui.paths import app_paths
from proactive_gui.readiness import NOT_READY, READY
from proactive_gui.settings import Settings
from proactive_gui.ui.app import build_window
from proactive_gui.ui.main_window import MainWindow
from proactive_gui.ui.tray import Tray, render_icon


class RecordingTray:
    def __init__(self) -> None:
        self.icons: list[QIcon] = []
        self.tooltips: list[str] = []
        self.messages: list[tuple[str, str, QSystemTrayIcon.MessageIcon]] = []

    def setIcon(self, icon: QIcon) -> None:
        self.icons.append(icon)

    def setToolTip(self, tip: str) -> None:
        self.tooltips.append(tip)

    def showMessage(
        self, title: str, msg: str, icon: QSystemTrayIcon.MessageIcon, msecs: int = 10_000
    ) -> None:
        self.messages.append((title, msg, icon))


def _report(*channels: ChannelHealth) -> HealthReport:
    return HealthReport(0.0, {c.channel: c for c in channels}, {})


def _ok(channel: str) -> ChannelHealth:
    return ChannelHealth(channel, State.OK, 1.0)


def test_new_alerts_and_early_warnings_are_notified_once(qtbot: QtBot) -> None:
    sink = RecordingTray()
    tray = Tray(sink)
    tray.show_health(_report(_ok("chiller_temperature"), _ok("flow_rate")))
    assert sink.messages == []
    early = ChannelHealth("chiller_temperature", State.OK, 5.1, "", time_to_failure_s=5400.0)
    tray.show_health(_report(early, _ok("flow_rate")))
    tray.show_health(_report(early, _ok("flow_rate")))  # the same warning: once only
    assert [(t, m) for t, m, _ in sink.messages] == [
        (
            "Early warning: Reagent chiller",
            "At this rate it reaches its failure limit in about 1 h 30 min.",
        )
    ]
    warning = ChannelHealth("flow_rate", State.WARNING, 0.8, "below the warning limit 0.9")
    tray.show_health(_report(early, warning))
    failure = ChannelHealth("flow_rate", State.FAILURE, 0.5, "below the failure limit 0.6")
    tray.show_health(_report(early, failure))  # escalation is news
    tray.show_health(_report(early, _ok("flow_rate")))  # recovered
    tray.show_health(_report(early, warning))  # and fell again: news again
    titles = [(t, icon) for t, _, icon in sink.messages[1:]]
    assert titles == [
        ("Warning: Flow rate", QSystemTrayIcon.MessageIcon.Warning),
        ("Failure: Flow rate", QSystemTrayIcon.MessageIcon.Critical),
        ("Warning: Flow rate", QSystemTrayIcon.MessageIcon.Warning),
    ]
    assert sink.messages[1][1] == "below the warning limit 0.9"


def test_the_icon_and_tooltip_follow_the_verdict(qtbot: QtBot) -> None:
    sink = RecordingTray()
    tray = Tray(sink)
    tray.show_verdict(READY, "Ready to start run", [])
    tray.show_verdict(READY, "Ready to start run", [])  # unchanged: nothing redrawn
    tray.show_verdict(NOT_READY, "Not ready", ["Fluidics: failure"])
    assert len(sink.icons) == 2
    assert sink.tooltips[-1] == "Proactive Companion: Not ready\nFluidics: failure"


def test_the_state_dot_has_the_verdicts_colour() -> None:
    def corner(level: str | None) -> QColor:
        image = render_icon(32, level)
        return image.pixelColor(27, 27)  # inside the dot, lower right

    assert corner(NOT_READY).red() > 200 and corner(NOT_READY).green() < 100
    assert corner(READY).green() > corner(READY).red()
    assert corner(None).blue() > corner(None).red()  # the plain icon: no dot


def _window(qtbot: QtBot, sink: RecordingTray | None, scenario: str = "healthy") -> MainWindow:
    paths = app_paths().ensure()
    win = build_window(
        LaunchOptions(demo=True, at_hours=6.0, scenario=scenario),
        paths,
        Settings.load(paths.settings_file),
    )
    if sink is not None:
        win.tray.deleteLater()
        win.tray = Tray(sink, parent=win)
    qtbot.addWidget(win)
    win.show()
    return win


def test_the_window_feeds_the_tray(qtbot: QtBot) -> None:
    sink = RecordingTray()
    win = _window(qtbot, sink, scenario="chiller-drift")
    assert win.health is not None
    win.health.evaluate_now()
    win.refresh_tray()
    assert sink.tooltips and sink.tooltips[-1].startswith("Proactive Companion: ")
    assert any("Reagent chiller" in title for title, _, _ in sink.messages)
    win.quit_app()


def test_closing_goes_to_the_tray_and_quit_stops_everything(qtbot: QtBot) -> None:
    sink = RecordingTray()
    win = _window(qtbot, sink)
    win.close()
    assert win.isHidden() and win.timer.isActive()  # still monitoring
    assert [t for t, _, _ in sink.messages] == ["Proactive Companion"]  # told once
    win.bring_back()
    assert win.isVisible()
    win.quit_app()
    assert not win.timer.isActive()


def test_without_a_tray_or_when_turned_off_closing_quits(qtbot: QtBot) -> None:
    win = _window(qtbot, None)  # offscreen: no tray
    assert not win.tray.available
    win.close()
    assert not win.timer.isActive()
    sink = RecordingTray()
    Settings.load(app_paths().settings_file).set("close_to_tray", "off")
    other = _window(qtbot, sink)
    other.close()
    assert not other.timer.isActive() and sink.messages == []
