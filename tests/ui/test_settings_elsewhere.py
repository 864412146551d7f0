"""Settings written from several places: the window follows changes made in a terminal,
and no writer puts back another's old values."""

from __future__ import annotations

import subprocess
from pathlib import Path

from pytestqt.qtbot import QtBot

from proactive_gui.launch import LaunchOptions
from proactive_gui.paths import app_paths
from proactive_gui.settings import Settings
from proactive_gui.ui.app import build_window
from proactive_gui.ui.pages.overview import OverviewPage
from tests.conftest import PYTHON, subprocess_env


def _cli(home: Path, *args: str) -> None:
    result = subprocess.run(
        [PYTHON, "-m", "proactive_gui", *args],
        capture_output=True,
        text=True,
        env=subprocess_env(home),
        timeout=60,
    )
    assert result.returncode == 0, result.stderr


def test_a_stale_copy_changes_only_its_own_key(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    window_copy = Settings.load(path)  # read before IT's change
    Settings.load(path).set("endpoint", "https://receiver.lab.example")  # IT, elsewhere
    window_copy.set("opt_in", "true")  # the technician, from the old copy
    on_disk = Settings.load(path)
    assert on_disk.get("endpoint") == "https://receiver.lab.example"  # not put back
    assert on_disk.get("opt_in") is True
    assert window_copy.get("endpoint") == "https://receiver.lab.example"


def test_the_window_follows_a_terminal_within_a_second(qtbot: QtBot, app_home: Path) -> None:
    paths = app_paths().ensure()
    win = build_window(LaunchOptions(demo=True), paths, Settings.load(paths.settings_file))
    qtbot.addWidget(win)
    overview = win.page("overview")
    assert isinstance(overview, OverviewPage)
    assert not overview.opt_in.isChecked()
    _cli(app_home, "consent", "on")
    qtbot.waitUntil(overview.opt_in.isChecked, timeout=1500)
    assert "Nothing leaves this PC" not in overview.opt_in_note.text()
    _cli(app_home, "config", "set", "endpoint", "https://receiver.lab.example")
    qtbot.waitUntil(
        lambda: win.settings.get("endpoint") == "https://receiver.lab.example", timeout=1500
    )
    overview.opt_in.setChecked(False)  # the technician turns sending off in the window
    on_disk = Settings.load(paths.settings_file)
    assert on_disk.get("endpoint") == "https://receiver.lab.example"  # IT's change kept
    assert on_disk.get("opt_in") is False
    win.close()
