"""Starting the window: the Qt application, theme, the source thread, clean shutdown."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from proactive_gui import APP_DISPLAY_NAME, APP_NAME, __version__
from proactive_gui.health.limits import load_limits
from proactive_gui.health.service import HealthService
from proactive_gui.health.snapshot import run_folder_monitor
from proactive_gui.instrument.runfolder import RunFolderSource
from proactive_gui.launch import LaunchOptions, open_source
from proactive_gui.paths import AppPaths
from proactive_gui.settings import Settings
from proactive_gui.ui.main_window import MainWindow
from proactive_gui.ui.qtlog import route_qt_messages
from proactive_gui.ui.run_bridge import RunWatchBridge
from proactive_gui.ui.single_instance import (
    RunningInstance,
    hand_over,
    instance_name,
    message_for,
)
from proactive_gui.ui.theme import apply_theme, install_translation
from proactive_gui.ui.tray import app_icon_path
from proactive_gui.uplink.setup import open_uplink


def application() -> QApplication:
    """The one QApplication, created with the app's names and theme if needed."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_DISPLAY_NAME)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(app_icon_path()))
    app.setDesktopFileName("org.proactivecompanion.ProactiveCompanion")  # Wayland/X11 task bars
    apply_theme(app)
    return app


def build_window(options: LaunchOptions, paths: AppPaths, settings: Settings) -> MainWindow:
    """The main window on the source ``options`` names (the source is not started)."""
    app = application()
    install_translation(app, str(settings.get("language")))
    apply_theme(app, str(settings.get("theme")))
    store, simulator = open_source(options)
    root = str(settings.get("run_folder_root"))
    if options.run_folder is not None:
        bridge: RunWatchBridge | None = RunWatchBridge(folder=options.run_folder)
    elif root:
        bridge = RunWatchBridge(root=Path(root))
    else:
        bridge = None
    source = None
    if simulator is not None:
        health = HealthService(store, load_limits("Demo"))
    else:  # the real instrument: health from the run folder, cycle by cycle
        source = RunFolderSource(store)
        health = HealthService(store, run_folder_monitor(source, "Unknown"), silent_after_s=None)
    uplink = open_uplink(settings.path, paths)
    window = MainWindow(store, settings, paths, simulator, bridge, health, uplink, source=source)
    if settings.load_problem:  # the Uploads page and the Overview say uplink problems
        window.statusBar().showMessage(settings.load_problem, 30_000)
    return window


WARM_UP_DELAY_MS = 400  # after the first paint, build the other pages in idle turns


class FirstPaintProbe(QObject):
    """Calls back once, when any widget of ``window`` is first painted (installed on the
    application, since a window's frame may never paint itself). For the start-up
    benchmark and the packaging smoke test."""

    def __init__(self, window: QWidget, callback: Callable[[], None]) -> None:
        # No parent: a parent would send events here before the fields below exist.
        super().__init__()
        self._window = window
        self._callback: Callable[[], None] | None = callback

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            self._callback is not None
            and event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and watched.window() is self._window
        ):
            callback, self._callback = self._callback, None
            app = QApplication.instance()
            if app is not None:
                app.removeEventFilter(self)
            QTimer.singleShot(0, callback)
        return False


def run_gui(
    options: LaunchOptions,
    paths: AppPaths,
    exit_after_first_paint: bool = False,
    in_tray: bool = False,
) -> int:
    route_qt_messages()
    app = application()
    name = instance_name(paths.data_dir, options.demo)
    if not exit_after_first_paint and hand_over(name, message_for(options.run_folder)):
        return 0  # the window already open takes it: brought up, or opening the folder
    window = build_window(options, paths, Settings.load(paths.settings_file))
    instance = RunningInstance(name, window)
    instance.asked.connect(window.asked_by_another_start)
    app.aboutToQuit.connect(window.shutdown)
    app.aboutToQuit.connect(instance.close)
    if exit_after_first_paint:

        def painted() -> None:
            print("first-paint", flush=True)
            window.close()
            app.quit()

        probe = FirstPaintProbe(window, painted)  # kept alive by this frame until exec ends
        app.installEventFilter(probe)
    if window.simulator is not None:
        window.simulator.start()
    if window.run_bridge is not None:
        window.run_bridge.start()
    if window.health is not None:
        window.health.start()
    if window.uplink.engine is not None:
        window.uplink.engine.start()
    window.history.start()  # the local history of every run under run_folder_root
    if not in_tray:
        window.show()
    elif not window.tray.available:
        window.showMinimized()
    else:
        window.go_to_sleep()
    # else hidden: monitoring and uploads run, and the tray icon brings the window up
    QTimer.singleShot(WARM_UP_DELAY_MS, window.warm_up)
    return app.exec()
