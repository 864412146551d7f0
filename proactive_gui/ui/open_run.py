"""Choosing what the window follows: a run folder (Open run folder…, drag and drop,
Recent runs), the output folder the instrument writes its runs into, or the demo.

The dialogs are small functions so that the window can be tested with answers put in
their place; the window decides what an answer means (``MainWindow.open_run_folder``).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QMimeData, QProcess
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMenuBar, QWidget

from proactive_gui.runs.recent import RecentRuns, usual_output_folders


def ask_for_folder(parent: QWidget | None, title: str, start: Path | None = None) -> Path | None:
    """A folder chosen in the system's folder dialog (None: cancelled). Starts in
    ``start``, else in the first usual output folder that exists here."""
    usual = usual_output_folders()
    begin = start or (usual[0] if usual else Path.home())
    chosen = QFileDialog.getExistingDirectory(parent, title, str(begin))
    return Path(chosen) if chosen else None


def ask_for_run(parent: QWidget | None, runs: list[Path]) -> Path | None:
    """One of several run folders, newest first, each with when it started."""
    locale = QLocale()

    def label(run: Path) -> str:
        info = run / "RunInfo.xml"
        when = QDateTime.fromSecsSinceEpoch(int(info.stat().st_mtime)) if info.exists() else None
        stamp = locale.toString(when, QLocale.FormatType.ShortFormat) if when else "—"
        return f"{run.name}   ({stamp})"

    labels = [label(run) for run in runs]
    question = QCoreApplication.translate("OpenRun", "Runs in this folder: {n}. Which one?").format(
        n=len(runs)
    )
    choice, ok = QInputDialog.getItem(
        parent,
        QCoreApplication.translate("OpenRun", "Open run folder"),
        question,
        labels,
        0,
        False,
    )
    return runs[labels.index(choice)] if ok and choice in labels else None


def start_app(arguments: list[str]) -> bool:
    """Start another window of this app (the demo, or the demo's run folder in a real
    window) as its own process. True when it started."""
    if getattr(sys, "frozen", False):  # the installed program
        return QProcess.startDetached(sys.executable, arguments)[0]
    return QProcess.startDetached(sys.executable, ["-m", "proactive_gui", *arguments])[0]


def dropped_folder(mime: QMimeData | None) -> Path | None:
    """The one local folder being dragged onto the window, or None."""
    if mime is None or not mime.hasUrls():
        return None
    folders = [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]
    folders = [f for f in folders if f.is_dir()]
    return folders[0] if len(folders) == 1 else None


def file_menu_bar(window: FollowsRuns, recent: RecentRuns) -> QMenuBar:
    """File: Open run folder… (Ctrl+O), Recent runs, Quit (Ctrl+Q)."""
    bar = QMenuBar()
    menu = bar.addMenu(QCoreApplication.translate("OpenRun", "&File"))
    opening = menu.addAction(QCoreApplication.translate("OpenRun", "&Open run folder…"))
    opening.setShortcut(QKeySequence(QKeySequence.StandardKey.Open))
    opening.triggered.connect(window.choose_run_folder)
    latest = menu.addMenu(QCoreApplication.translate("OpenRun", "&Recent runs"))

    def fill() -> None:  # read when shown: another window may have opened one
        latest.clear()
        folders = recent.folders()
        for folder in folders:
            action = latest.addAction(folder.name)
            action.setToolTip(str(folder))
            action.triggered.connect(lambda _=False, f=folder: window.open_run_folder(f))
        if not folders:
            latest.addAction(QCoreApplication.translate("OpenRun", "(none yet)")).setEnabled(False)

    latest.aboutToShow.connect(fill)
    menu.addSeparator()
    leave = menu.addAction(QCoreApplication.translate("OpenRun", "&Quit"))
    leave.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
    leave.triggered.connect(window.quit_app)
    return bar


class FollowsRuns(Protocol):
    def choose_run_folder(self) -> None: ...
    def open_run_folder(self, folder: Path) -> bool: ...
    def quit_app(self) -> None: ...
