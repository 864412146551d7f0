"""The system tray: the overall state as an icon with a coloured dot and a tooltip,
notifications for new alerts and early warnings, and the menu to show the window or quit.

Where the desktop has no tray (some Linux sessions, offscreen rendering) there is no
icon and closing the window quits; ``TrayState`` still tracks what it would show.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import resources
from typing import Protocol

from PySide6.QtCore import QObject, QRectF, Qt, Signal
from PySide6.QtGui import QAction, QColor, QIcon, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from proactive_gui import APP_DISPLAY_NAME
from proactive_gui.health.evaluate import HealthReport, State
from proactive_gui.health.notices import EARLY_WARNING, Notice, NoticeTracker
from proactive_gui.instrument.channels import CHANNELS_BY_ID, Channel
from proactive_gui.readiness import ATTENTION, NOT_READY, READY
from proactive_gui.ui.live import channel_text, format_duration
from proactive_gui.ui.theme import tr_core

DOT_COLOURS = {READY: "#059669", ATTENTION: "#d97706", NOT_READY: "#dc2626"}
ICON_SIZES = (16, 24, 32, 48, 64)


def app_icon_path() -> str:
    return str(
        resources.files("proactive_gui.resources").joinpath(
            "icons/hicolor/scalable/apps/proactive-gui.svg"
        )
    )


def render_icon(size: int, level: str | None = None) -> QImage:
    """The app icon at ``size`` pixels, with the state's dot in the lower right."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(app_icon_path()).render(painter, QRectF(0, 0, size, size))
    if level in DOT_COLOURS:
        dot = size * 0.46
        rect = QRectF(size - dot, size - dot, dot, dot).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.setPen(QColor("#ffffff"))
        painter.setBrush(QColor(DOT_COLOURS[level]))
        painter.drawEllipse(rect)
    painter.end()
    return image


def state_icon(level: str | None) -> QIcon:
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addPixmap(QPixmap.fromImage(render_icon(size, level)))
    return icon


class TraySink(Protocol):
    """What the tray needs of QSystemTrayIcon (tests stand in for the OS tray here)."""

    def setIcon(self, icon: QIcon) -> None: ...
    def setToolTip(self, tip: str) -> None: ...
    def showMessage(
        self, title: str, msg: str, icon: QSystemTrayIcon.MessageIcon, msecs: int = ...
    ) -> None: ...


class Tray(QObject):
    """Keeps the tray icon in step with the verdict and notifies new health notices."""

    show_window = Signal()
    quit_requested = Signal()

    def __init__(self, sink: TraySink | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.level: str | None = None
        self.tooltip = ""
        self.notified: list[tuple[str, str]] = []  # (title, text), newest last
        self.demo = False  # the window shows the demo: the tooltip says so
        # names a channel id: the window's store; the demo's channels by default
        self.channel_of: Callable[[str], Channel | None] = CHANNELS_BY_ID.get
        self._notices = NoticeTracker()
        self._icon: QSystemTrayIcon | None = None
        if sink is None and QSystemTrayIcon.isSystemTrayAvailable():
            self._icon = QSystemTrayIcon(state_icon(None), self)
            menu = QMenu()
            show = QAction(self.tr("Show Proactive Companion"), menu)
            show.triggered.connect(self.show_window)
            leave = QAction(self.tr("Quit"), menu)
            leave.triggered.connect(self.quit_requested)
            menu.addAction(show)
            menu.addSeparator()
            menu.addAction(leave)
            self._menu = menu
            self._icon.setContextMenu(menu)
            self._icon.activated.connect(self._activated)
            self._icon.show()
            sink = self._icon
        self.sink = sink

    @property
    def available(self) -> bool:
        """True when there is a tray to close the window to."""
        return self.sink is not None

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.show_window.emit()

    def show_verdict(self, level: str | None, headline: str, reasons: list[str]) -> None:
        name = (
            self.tr("{app} (Demo)").format(app=APP_DISPLAY_NAME) if self.demo else APP_DISPLAY_NAME
        )
        tooltip = "\n".join([f"{name}: {headline}", *reasons[:4]])
        if level != self.level and self.sink is not None:
            self.sink.setIcon(state_icon(level))
        if tooltip != self.tooltip and self.sink is not None:
            self.sink.setToolTip(tooltip)
        self.level, self.tooltip = level, tooltip

    def show_health(self, report: HealthReport) -> None:
        for notice in self._notices.update(report):
            title, text = self._describe(notice)
            self.notified.append((title, text))
            del self.notified[:-50]
            if self.sink is not None:
                icon = (
                    QSystemTrayIcon.MessageIcon.Critical
                    if notice.level is State.FAILURE
                    else QSystemTrayIcon.MessageIcon.Warning
                )
                self.sink.showMessage(title, text, icon, 10_000)

    def _describe(self, notice: Notice) -> tuple[str, str]:
        channel = self.channel_of(notice.channel)
        name = channel_text(channel) if channel else notice.channel
        title = tr_core("Notice", notice.title_template).format(channel=name)
        if notice.kind == EARLY_WARNING and notice.time_to_failure_s is not None:
            text = self.tr("At this rate it reaches its failure limit in about {time}.").format(
                time=format_duration(notice.time_to_failure_s)
            )
        else:
            text = notice.reason or self.tr("See the Health page.")
        return title, text
