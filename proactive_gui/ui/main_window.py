"""The main window: navigation on the left, one page per area, a status line."""

from __future__ import annotations

import logging

from PySide6.QtCore import QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from proactive_gui import APP_DISPLAY_NAME, __version__
from proactive_gui.instrument.scenarios import SCENARIOS
from proactive_gui.instrument.simulator import Simulator
from proactive_gui.instrument.telemetry import TelemetryStore
from proactive_gui.instrument.timeline import Phase
from proactive_gui.paths import AppPaths
from proactive_gui.settings import Settings
from proactive_gui.ui.live import format_duration
from proactive_gui.ui.pages.base import Page
from proactive_gui.ui.pages.health import HealthPage
from proactive_gui.ui.pages.overview import OverviewPage
from proactive_gui.ui.pages.placeholder import PlaceholderPage
from proactive_gui.ui.pages.settings_page import SettingsPage
from proactive_gui.ui.theme import tr_core

log = logging.getLogger(__name__)

REFRESH_MS = 200  # 5 Hz: the UI reads the store; it is never pushed per sample


class MainWindow(QMainWindow):
    def __init__(
        self,
        store: TelemetryStore,
        settings: Settings,
        paths: AppPaths,
        simulator: Simulator | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.simulator = simulator
        self.setWindowTitle(APP_DISPLAY_NAME)
        self.resize(1280, 820)

        self.overview = OverviewPage(store, settings)
        self.pages: list[Page] = [
            self.overview,
            HealthPage(store),
            PlaceholderPage(
                "run_quality",
                self.tr("Run quality"),
                self.tr("How the current run is going, read from the instrument's run folder."),
                [
                    self.tr(
                        "Summary per read and per lane: yield, %≥Q30, error rate, density, %PF."
                    ),
                    self.tr(
                        "By-cycle plots of quality, intensity and focus; the Q-score histogram."
                    ),
                    self.tr(
                        "A flow-cell heat map for a chosen metric, live while the run is written."
                    ),
                ],
            ),
            PlaceholderPage(
                "payload",
                self.tr("Payload"),
                self.tr("Exactly what would leave this PC, byte for byte, and why."),
                [
                    self.tr(
                        "The next payload as a readable tree: every field with what it is and why."
                    ),
                    self.tr(
                        "The exact bytes with their size and SHA-256, and a diff to the previous one."
                    ),
                    self.tr(
                        "What is never collected: sequencing data, personal data, health data."
                    ),
                ],
            ),
            PlaceholderPage(
                "network",
                self.tr("Network"),
                self.tr("Readiness checks for IT, each with a verdict, the evidence and a remedy."),
                [
                    self.tr("DNS, proxy, outbound port 443, TLS 1.2 or newer, certificates."),
                    self.tr("Detection of TLS inspection, authentication and clock skew."),
                    self.tr("A report to copy or export as HTML or JSON, with secrets removed."),
                ],
            ),
            PlaceholderPage(
                "uploads",
                self.tr("Uploads"),
                self.tr("The encrypted queue of sealed payloads and the record of what was sent."),
                [
                    self.tr("Engine state: sending, waiting, paused, opted out or offline."),
                    self.tr("Queued, parked and quarantined payloads, with reasons and actions."),
                    self.tr("The sent history with each payload's SHA-256 and receipt."),
                ],
            ),
            SettingsPage(settings, paths),
        ]

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.stack = QStackedWidget()
        for page in self.pages:
            self.navigation.addItem(page.nav_label)
            self.stack.addWidget(page)
        self.navigation.currentRowChanged.connect(self._show_page)
        self.overview.navigate.connect(self.show_page)

        side = QWidget()
        side.setFixedWidth(220)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.setSpacing(0)
        title = QLabel(APP_DISPLAY_NAME)
        title.setObjectName("appTitle")
        side_layout.addWidget(title)
        side_layout.addWidget(self.navigation, stretch=1)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(side)
        layout.addWidget(self.stack, stretch=1)
        self.setCentralWidget(central)

        self.source_label = QLabel()
        self.statusBar().addWidget(self.source_label, 1)
        self.statusBar().addPermanentWidget(QLabel(f"v{__version__}"))
        self.navigation.setCurrentRow(0)

        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        self.refresh()

    def page(self, page_id: str) -> Page:
        for page in self.pages:
            if page.page_id == page_id:
                return page
        raise KeyError(page_id)

    def show_page(self, page_id: str) -> None:
        self.navigation.setCurrentRow(self.pages.index(self.page(page_id)))

    def _show_page(self, row: int) -> None:
        self.stack.setCurrentIndex(row)
        self.refresh()

    def refresh(self) -> None:
        """Update the visible page and the status line from the store."""
        current = self.stack.currentWidget()
        if isinstance(current, Page):
            current.refresh()
        self.source_label.setText(self._source_text())

    def _source_text(self) -> str:
        parts = []
        if self.simulator is not None:
            scenario = SCENARIOS[self.simulator.scenario.id]
            parts.append(
                self.tr("Demo instrument — scenario: {scenario} — speed ×{speed:g}").format(
                    scenario=tr_core("Scenario", scenario.label), speed=self.simulator.speed
                )
            )
            if self.simulator.error:
                parts.append(
                    self.tr("the simulator stopped: {error}").format(error=self.simulator.error)
                )
        status = self.store.status
        if status is not None:
            parts.append(tr_core("Phase", Phase[status.phase.upper()].label))
            parts.append(self.tr("run time {time}").format(time=format_duration(status.sim_time)))
        return "   ·   ".join(parts)

    def shutdown(self) -> bool:
        """Stop the refresh timer and the background source. True when all stopped."""
        self.timer.stop()
        stopped = self.simulator.stop(timeout=2.0) if self.simulator is not None else True
        log.info("main window closed; background work stopped: %s", stopped)
        return stopped

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        super().closeEvent(event)
