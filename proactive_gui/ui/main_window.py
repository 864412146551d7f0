"""The main window: navigation on the left, one page per area, a status line."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtGui import QCloseEvent, QGuiApplication, QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QSizePolicy,
    QStackedWidget,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from proactive_gui import APP_DISPLAY_NAME, __version__
from proactive_gui.health.service import HealthService
from proactive_gui.history.trends import ChannelTrend, due_soon
from proactive_gui.instrument.runfolder import RunFolderSource
from proactive_gui.instrument.scenarios import SCENARIOS
from proactive_gui.instrument.simulator import Simulator
from proactive_gui.instrument.telemetry import TelemetryStore
from proactive_gui.instrument.timeline import Phase
from proactive_gui.netcheck.run import CheckRun
from proactive_gui.paths import AppPaths
from proactive_gui.payload.service import PayloadService
from proactive_gui.runs.folder import RunFolder
from proactive_gui.runs.isolation import close_shared_worker
from proactive_gui.runs.recent import RecentRuns
from proactive_gui.settings import Settings
from proactive_gui.ui.accessibility import name_controls
from proactive_gui.ui.keyboard import page_shortcuts, tab_leaves_views
from proactive_gui.ui.live import format_duration
from proactive_gui.ui.open_run import (
    ask_for_folder,
    ask_for_run,
    file_menu_bar,
)
from proactive_gui.ui.pages.base import Page
from proactive_gui.ui.pages.history import HistoryBridge, HistoryPage
from proactive_gui.ui.pages.network import NetworkPage
from proactive_gui.ui.pages.overview import OverviewPage
from proactive_gui.ui.pages.payload import PayloadPage
from proactive_gui.ui.pages.sent import SentPage
from proactive_gui.ui.pages.settings_page import SettingsPage
from proactive_gui.ui.pages.uploads import UploadsPage
from proactive_gui.ui.run_bridge import RunWatchBridge
from proactive_gui.ui.run_choices import RunFolderChoices
from proactive_gui.ui.settings_follower import SettingsFollower
from proactive_gui.ui.theme import apply_theme, tr_core
from proactive_gui.ui.tray import Tray
from proactive_gui.uplink.setup import DELIVERY_KEYS, Uplink, sent_history, spool_policy

log = logging.getLogger(__name__)

REFRESH_MS = 200  # 5 Hz: the UI reads the store; it is never pushed per sample
PLOT_PAGES = ("health", "run_quality")
TRAY_EVERY = 5  # refreshes: the tray's state and notifications follow once a second
ASLEEP_MS = 1000  # hidden or minimised: nothing to paint; payloads and the tray, once a second


def _run_quality_page(bridge: RunWatchBridge | None) -> Page:
    from proactive_gui.ui.pages.run_quality import RunQualityPage  # imports pyqtgraph

    return RunQualityPage(bridge)


def _health_page(store: TelemetryStore, health: HealthService | None) -> Page:
    from proactive_gui.ui.pages.health import HealthPage  # imports pyqtgraph

    return HealthPage(store, health)


def _close_views(widget: QWidget) -> None:
    """pyqtgraph's views clear their scenes on close(); left to deferred deletion, scene
    items can be torn down in an order that crashes the process."""
    for view in widget.findChildren(QGraphicsView):
        view.close()


class MainWindow(RunFolderChoices):
    def __init__(
        self,
        store: TelemetryStore,
        settings: Settings,
        paths: AppPaths,
        simulator: Simulator | None = None,
        run_bridge: RunWatchBridge | None = None,
        health: HealthService | None = None,
        uplink: Uplink | None = None,
        tray: Tray | None = None,
        parent: QWidget | None = None,
        source: RunFolderSource | None = None,
    ) -> None:
        super().__init__(parent)
        self._asleep = False  # set when the window is hidden after being shown
        self.uplink = uplink or Uplink(None, None, sent_history(paths), "")
        self.checks = CheckRun(paths.settings_file)  # readiness, run from the Network page
        root = str(settings.get("run_folder_root"))
        # every run under the output folder, read into the local history (started by run_gui)
        self.history = HistoryBridge(
            paths.instrument_history_file, Path(root) if root else None, parent=self
        )
        self.history.loaded.connect(self._history_loaded)
        self.paths = paths
        self.settings = settings
        self.store = store
        self.simulator = simulator
        self.run_bridge = run_bridge
        self.health = health
        self.source = source  # the run-folder source (None for the demo)
        self._follow(run_bridge)
        # a demo payload is never queued for a receiver from the window (send --demo can)
        queue = (
            self.uplink.spool.put if self.uplink.spool is not None and simulator is None else None
        )
        self.payloads = PayloadService(
            store,
            health,
            self._current_run,
            interval_s=60.0 * int(settings.get("health_interval_min")),
            queue=queue,
            opted_in=lambda: bool(Settings.load(paths.settings_file).get("opt_in")),
        )
        self.setWindowTitle(
            self.tr("{app} — Demo (simulated instrument)").format(app=APP_DISPLAY_NAME)
            if simulator is not None
            else APP_DISPLAY_NAME
        )
        self.resize(1280, 820)

        # Pages are built the first time they are shown: start-up paints the Overview
        # without paying for plots nobody has looked at yet.
        self._specs: list[tuple[str, str, Callable[[], Page]]] = [
            ("overview", self.tr("Overview"), lambda: self._overview(store, settings, health)),
            ("health", self.tr("Health"), lambda: _health_page(store, health)),
            ("run_quality", self.tr("Run quality"), lambda: _run_quality_page(self.run_bridge)),
            ("history", self.tr("History"), self._history_page),
            ("payload", self.tr("Payload"), self._payload_page),
            ("network", self.tr("Network"), lambda: NetworkPage(self.checks)),
            ("uploads", self.tr("Uploads"), self._uploads_page),
            ("sent", self.tr("Sent history"), lambda: SentPage(self.uplink)),
            ("settings", self.tr("Settings"), self._settings_page),
        ]
        self._built: dict[str, Page] = {}

        self.tray = tray if tray is not None else Tray(parent=self)
        self.tray.demo = simulator is not None
        self.tray.channel_of = store.channel  # the store stays; its channels may change
        self.tray.show_window.connect(self.bring_back)
        self.tray.quit_requested.connect(self.quit_app)
        self._quitting = False
        self._told_about_tray = False
        self._ticks = 0
        self._last_report: object = None
        self._layout = store.layout  # channels the pages were built for
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._system_scheme_changed)

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.stack = QStackedWidget()
        for _, label, _ in self._specs:
            self.navigation.addItem(label)
            self.stack.addWidget(QWidget())  # stands in until the page is built
        self.navigation.currentRowChanged.connect(self._show_page)

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
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.demo_banner = QLabel(
            self.tr(
                "DEMO — simulated instrument. These readings are not from a real instrument, "
                "and nothing from the demo is queued for sending."
            )
        )
        self.demo_banner.setObjectName("demoBanner")
        self.demo_banner.setWordWrap(True)
        self.demo_banner.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.demo_banner.setVisible(simulator is not None)
        outer.addWidget(self.demo_banner)
        layout = QHBoxLayout()
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(side)
        layout.addWidget(self.stack, stretch=1)
        outer.addLayout(layout, stretch=1)
        self.setCentralWidget(central)

        self.source_label = QLabel()
        self.statusBar().addWidget(self.source_label, 1)
        self.statusBar().addPermanentWidget(QLabel(f"v{__version__}"))
        self.ask_for_folder = ask_for_folder  # dialogs; tests put answers in their place
        self.ask_for_run = ask_for_run
        self.setMenuBar(file_menu_bar(self, RecentRuns(paths.recent_runs_file)))
        self.setAcceptDrops(True)  # a run folder dropped on the window is opened
        self.shortcuts = page_shortcuts(self, self.navigation)  # Ctrl+1 …, Ctrl+Tab
        self.navigation.setCurrentRow(0)
        tab_leaves_views(self)
        name_controls(self)

        self.follower = SettingsFollower(settings, self)  # changes made in a terminal, by IT
        self.follower.changed.connect(self._changed_elsewhere)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        self.refresh()

    @property
    def page_ids(self) -> list[str]:
        return [page_id for page_id, _, _ in self._specs]

    def page(self, page_id: str) -> Page:
        """The page with this id, built now if it has not been shown yet."""
        if page_id not in self._built:
            row = self.page_ids.index(page_id)  # ValueError for an unknown page
            page = self._specs[row][2]()
            self._put(row, page)
            tab_leaves_views(page)  # Tab goes on to the next control, not the next cell
            name_controls(page)  # for screen readers
            self._built[page_id] = page
        return self._built[page_id]

    def show_page(self, page_id: str) -> None:
        self.navigation.setCurrentRow(self.page_ids.index(page_id))

    def _show_page(self, row: int) -> None:
        self.stack.setCurrentWidget(self.page(self.page_ids[row]))
        self.refresh()

    def warm_up(self) -> None:
        """Build the pages not shown yet, one per event-loop turn, so that the first
        visit to each is instant and no single turn blocks the window for long."""
        for page_id in self.page_ids:
            if page_id not in self._built:
                self.page(page_id)
                QTimer.singleShot(0, self.warm_up)
                return

    def _overview(
        self, store: TelemetryStore, settings: Settings, health: HealthService | None
    ) -> OverviewPage:
        overview = OverviewPage(
            store, settings, health, self.uplink, self.checks, self.paths, source=self.source
        )
        overview.navigate.connect(self.show_page)
        overview.choose_root.connect(self.choose_output_folder)
        overview.open_demo.connect(self.show_demo)
        overview.offer_setup(self.run_bridge is None and self.simulator is None)
        return overview

    def _current_run(self) -> RunFolder | None:
        bridge = self.run_bridge
        return bridge.last.run if bridge is not None and bridge.last is not None else None

    def _rebuild_page(self, page_id: str) -> None:
        """Forget a built page; it is built again on its next showing (now, if shown)."""
        old = self._built.pop(page_id, None)
        if old is None:
            return
        shown = self.stack.currentWidget() is old
        self._put(self.page_ids.index(page_id), QWidget())  # a stand-in until shown again
        if shown:
            self.stack.setCurrentWidget(self.page(page_id))

    def _put(self, row: int, widget: QWidget) -> None:
        """Put ``widget`` in the stack at ``row``, in place of what was there."""
        old = self.stack.widget(row)
        self.stack.insertWidget(row, widget)
        if old is not None:
            self.stack.removeWidget(old)
            _close_views(old)
            old.deleteLater()

    def _payload_page(self) -> PayloadPage:
        """The demo's page lists what it sealed in this session, not the queue: the demo
        queues nothing, and the queue holds the real instrument's payloads."""
        spool = self.uplink.spool if self.payloads.queue is not None else None
        return PayloadPage(self.payloads, spool)

    def _history_page(self) -> HistoryPage:
        page = HistoryPage(self.history)
        page.open_run.connect(self._open_history_run)
        return page

    def _history_loaded(self, runs: object, trends: list[ChannelTrend]) -> None:
        """Forecasts due within a few runs reach the Overview's verdict and the tray."""
        del runs
        history = self.page("history")
        overview = self.page("overview")
        assert isinstance(history, HistoryPage) and isinstance(overview, OverviewPage)
        overview.service_due = tuple(history.forecast_message(t) for t in due_soon(trends))
        overview.refresh()
        self.payloads.across_runs = tuple(trends)  # the next payloads carry this instrument's

    def _open_history_run(self, folder: str) -> None:
        if self.open_run_folder(Path(folder)):
            self.show_page("run_quality")

    def _uploads_page(self) -> UploadsPage:
        page = UploadsPage(self.uplink)
        page.navigate.connect(self.show_page)  # "Open the sent history"
        return page

    def _settings_page(self) -> SettingsPage:
        page = SettingsPage(self.settings, self.paths)
        page.applied.connect(self.settings_applied)
        page.navigate.connect(self.show_page)
        return page

    def _changed_elsewhere(self, keys: list[str]) -> None:
        """Settings changed by another process: take them in, and show them (the Settings
        page is built again unless it is open, where it may hold edits not applied)."""
        self.settings_applied(keys)
        if self.stack.currentWidget() is not self._built.get("settings"):
            self._rebuild_page("settings")
        self.refresh()

    def settings_applied(self, keys: list[str]) -> None:
        """Take changed settings in at once, where the running app can."""
        changed = set(keys)
        app = QApplication.instance()
        if "theme" in changed and isinstance(app, QApplication):
            self._retheme(app, str(self.settings.get("theme")))
        if "health_interval_min" in changed:
            self.payloads.cadence.interval_s = 60.0 * int(self.settings.get("health_interval_min"))
        if changed & {"spool_max_mb", "spool_max_age_days"} and self.uplink.spool is not None:
            self.uplink.spool.policy = spool_policy(self.settings)
        if "run_folder_root" in changed and not self.follow_run_root(
            str(self.settings.get("run_folder_root"))
        ):
            self.statusBar().showMessage(
                self.tr(
                    "This window follows the run folder it was opened with; the new run "
                    "folder root applies when the app next starts."
                ),
                15_000,
            )
        if changed & DELIVERY_KEYS and self.uplink.engine is not None:
            self.uplink.engine.reconsider()
        log.info("settings applied: %s", ", ".join(sorted(changed)))

    def _system_scheme_changed(self) -> None:
        app = QApplication.instance()
        if self.settings.get("theme") == "system" and isinstance(app, QApplication):
            self._retheme(app, "system")

    def _retheme(self, app: QApplication, setting: str) -> None:
        before = app.property("theme")
        if apply_theme(app, setting) != before:
            for page_id in PLOT_PAGES:  # plots take their colours when built
                self._rebuild_page(page_id)

    @property
    def asleep(self) -> bool:
        """Hidden after being shown (closed to the tray), started in the tray, or
        minimised: no page is painted. A window never shown (a snapshot's) is awake."""
        return self._asleep or (self.isVisible() and self.isMinimized())

    def go_to_sleep(self) -> None:
        """Started in the tray: nothing to paint until the window is shown."""
        self._asleep = True
        self._pace()

    def _pace(self) -> None:
        """5 Hz while the window can be seen, once a second while it cannot."""
        timer: QTimer | None = getattr(self, "timer", None)  # None while being built
        interval = ASLEEP_MS if self.asleep else REFRESH_MS
        if timer is not None and timer.interval() != interval:
            timer.setInterval(interval)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._asleep = False
        self._pace()
        if hasattr(self, "timer"):
            self.refresh()  # what changed while it was hidden, at once

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._asleep = not self.isMinimized()  # minimised is told by the window state
        self._pace()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.WindowStateChange:
            self._pace()

    def refresh(self) -> None:
        """Seal payloads that are due; update the visible page, the status line and,
        once a second, the tray. Asleep, only the payloads and the tray."""
        self.payloads.tick()
        if self.asleep:
            if self.tray.available:
                self.refresh_tray()
            return
        if self.store.layout != self._layout:  # a run with other channels: pages anew
            self._layout = self.store.layout
            for page_id in ("overview", "health"):
                self._rebuild_page(page_id)
        current = self.stack.currentWidget()
        if isinstance(current, Page):
            current.refresh()
        self.source_label.setText(self._source_text())
        self._ticks += 1
        if self.tray.available and self._ticks % TRAY_EVERY == 1:
            self.refresh_tray()

    def refresh_tray(self) -> None:
        overview = self.page("overview")
        assert isinstance(overview, OverviewPage)
        if self.stack.currentWidget() is not overview:
            overview.refresh()
        self.tray.show_verdict(overview.level, overview.verdict.text(), overview.reason_texts)
        report = self.health.report if self.health is not None else None
        if report is not None and report is not self._last_report:
            self._last_report = report
            self.tray.show_health(report)

    def bring_back(self) -> None:
        self.showNormal()
        self.raise_()
        self.activateWindow()

    def quit_app(self) -> None:
        self._quitting = True
        self.close()
        app = QApplication.instance()
        if app is not None:
            app.quit()

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
        if self.run_bridge is not None:
            parts.append(self.tr("Run folder: {folder}").format(folder=self.run_bridge.target))
        status = self.store.status
        if status is not None and status.source == "demo":
            parts.append(tr_core("Phase", Phase[status.phase.upper()].label))
            parts.append(self.tr("run time {time}").format(time=format_duration(status.sim_time)))
        return "   ·   ".join(parts)

    def shutdown(self) -> bool:
        """Stop the refresh timer and the background source. True when all stopped."""
        self.timer.stop()
        self.follower.stop()
        _close_views(self)
        stopped = self.simulator.stop(timeout=2.0) if self.simulator is not None else True
        if self.health is not None:
            stopped = self.health.stop(timeout=2.0) and stopped
        if self.run_bridge is not None:
            stopped = self.run_bridge.stop(timeout=2.0) and stopped
        if self.uplink.engine is not None:
            stopped = self.uplink.engine.stop(timeout=2.0) and stopped
        stopped = self.checks.stop(timeout=2.0) and stopped
        stopped = self.history.stop(2.0) and stopped
        close_shared_worker()
        log.info("main window closed; background work stopped: %s", stopped)
        return stopped

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._quitting and self.tray.available and bool(self.settings.get("close_to_tray")):
            event.ignore()  # monitoring and uploads go on; the tray brings the window back
            self.hide()
            if not self._told_about_tray and self.tray.sink is not None:
                self._told_about_tray = True
                self.tray.sink.showMessage(
                    APP_DISPLAY_NAME,
                    self.tr("Still running in the tray: monitoring and uploads go on."),
                    QSystemTrayIcon.MessageIcon.Information,
                    5_000,
                )
            return
        self.shutdown()
        super().closeEvent(event)
