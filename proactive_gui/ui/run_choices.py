"""What the window follows, and how a person changes it: the run folder source fed from
the watcher, Open run folder… (one run, or one of several), drag and drop, the first
start's question (the instrument's output folder, or the demo), and a second start of
the app handing over its run folder.

A part of ``MainWindow`` (a base class of it; its words are the window's, context
``MainWindow``), kept apart because it is one concern:
the window's other parts reach it only through ``follow_run_root`` and
``open_run_folder``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QMainWindow, QWidget

from proactive_gui.instrument.runfolder import RunFolderSource
from proactive_gui.instrument.simulator import Simulator
from proactive_gui.paths import AppPaths
from proactive_gui.runs.recent import RecentRuns, runs_in
from proactive_gui.runs.watcher import WatchUpdate
from proactive_gui.settings import SettingError, Settings
from proactive_gui.ui.open_run import dropped_folder, start_app
from proactive_gui.ui.pages.base import Page
from proactive_gui.ui.pages.overview import OverviewPage
from proactive_gui.ui.run_bridge import RunWatchBridge


class RunFolderChoices(QMainWindow):
    """The window's choice of source; ``MainWindow`` provides the state below."""

    source: RunFolderSource | None
    run_bridge: RunWatchBridge | None
    simulator: Simulator | None
    paths: AppPaths
    settings: Settings
    _built: dict[str, Page]
    ask_for_folder: Callable[[QWidget | None, str, Path | None], Path | None]
    ask_for_run: Callable[[QWidget | None, list[Path]], Path | None]

    def _rebuild_page(self, page_id: str) -> None:
        raise NotImplementedError

    def settings_applied(self, keys: list[str]) -> None:
        raise NotImplementedError

    def bring_back(self) -> None:
        raise NotImplementedError

    def _follow(self, bridge: RunWatchBridge | None) -> None:
        """Feed the run-folder source from ``bridge``'s loads (on the watcher's thread)."""
        source = self.source
        if bridge is None or source is None:
            return

        def apply(update: WatchUpdate) -> None:
            if update.run is not None:
                source.apply(update.run)

        bridge.loaded.append(apply)

    def follow_run_root(self, root: str) -> bool:
        """Watch the newest run under ``root`` (empty: none) from now on. False when the
        window follows one run folder given at start, which the setting does not change."""
        if self.run_bridge is not None and self.run_bridge.watcher.folder is not None:
            return False
        self._replace_bridge(RunWatchBridge(root=Path(root)) if root else None)
        return True

    def _replace_bridge(self, bridge: RunWatchBridge | None) -> None:
        if self.run_bridge is not None:
            self.run_bridge.stop(timeout=2.0)
            self.run_bridge.deleteLater()
        self.run_bridge = bridge
        self._follow(bridge)
        if bridge is not None:
            bridge.start()
        self._rebuild_page("run_quality")
        self._show_setup()

    def open_run_folder(self, folder: Path) -> bool:
        """Follow the run folder ``folder`` is, or one of those below it (asked when
        there are several). The demo window opens it in a window of its own."""
        runs = runs_in(folder)
        if not runs:
            self.statusBar().showMessage(
                QCoreApplication.translate(
                    "MainWindow",
                    "No run folder in {folder}: no RunInfo.xml there or up to two levels below.",
                ).format(folder=folder),
                15_000,
            )
            return False
        run = runs[0] if len(runs) == 1 else self.ask_for_run(self, runs)
        if run is None:
            return False
        RecentRuns(self.paths.recent_runs_file).add(run)
        if self.simulator is not None:  # this window's store is the demo's
            start_app(["--run-folder", str(run)])
            self.statusBar().showMessage(
                QCoreApplication.translate(
                    "MainWindow", "{run} opens in a window of its own (this one shows the demo)."
                ).format(run=run.name),
                15_000,
            )
            return True
        self._replace_bridge(RunWatchBridge(folder=run))
        return True

    def choose_run_folder(self) -> None:
        folder = self.ask_for_folder(
            self, QCoreApplication.translate("MainWindow", "Open run folder"), None
        )
        if folder is not None:
            self.open_run_folder(folder)

    def choose_output_folder(self) -> None:
        """The first start's question: where does the instrument write its runs?"""
        folder = self.ask_for_folder(
            self, QCoreApplication.translate("MainWindow", "The instrument's output folder"), None
        )
        if folder is None:
            return
        try:
            self.settings.set("run_folder_root", str(folder))
        except SettingError as exc:
            self.statusBar().showMessage(str(exc), 15_000)
            return
        self.settings_applied(["run_folder_root"])

    def show_demo(self) -> None:
        start_app(["--demo"])

    def asked_by_another_start(self, message: str) -> None:
        """A second start of the app hands over: come up, and open its run folder."""
        self.bring_back()
        verb, _, argument = message.partition(" ")
        if verb == "open" and argument:
            self.open_run_folder(Path(argument))

    def _show_setup(self) -> None:
        """The Overview asks for the output folder while the window follows nothing."""
        overview = self._built.get("overview")
        if isinstance(overview, OverviewPage):
            overview.offer_setup(self.run_bridge is None and self.simulator is None)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dropped_folder(event.mimeData()) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        folder = dropped_folder(event.mimeData())
        if folder is not None:
            event.acceptProposedAction()
            self.open_run_folder(folder)
