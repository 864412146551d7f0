"""Where the app keeps its state: settings, logs, spool, history.

Per-user folders come from ``platformdirs``. ``PROACTIVE_GUI_HOME`` moves all of it
into one folder, for tests and for running several instances side by side.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from proactive_gui import APP_NAME

HOME_ENV = "PROACTIVE_GUI_HOME"


@dataclass(frozen=True)
class AppPaths:
    """The folders the app writes to. ``ensure()`` creates them."""

    config_dir: Path
    data_dir: Path
    log_dir: Path

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.json"

    @property
    def log_file(self) -> Path:
        return self.log_dir / "proactive-gui.log"

    @property
    def spool_dir(self) -> Path:
        return self.data_dir / "spool"

    @property
    def recent_runs_file(self) -> Path:
        return self.data_dir / "recent_runs.json"

    @property
    def history_dir(self) -> Path:
        return self.data_dir / "history"

    @property
    def instrument_history_file(self) -> Path:
        """The history of every run read on this PC (SQLite, ``proactive_gui.history``)."""
        return self.history_dir / "instrument.sqlite"

    def ensure(self) -> AppPaths:
        for folder in (self.config_dir, self.data_dir, self.log_dir):
            folder.mkdir(parents=True, exist_ok=True)
        return self


def app_paths(environ: os._Environ[str] | dict[str, str] | None = None) -> AppPaths:
    """The app's folders: under ``$PROACTIVE_GUI_HOME`` if set, else the per-user ones."""
    env = os.environ if environ is None else environ
    home = env.get(HOME_ENV, "").strip()
    if home:
        root = Path(home).expanduser().resolve()
        return AppPaths(config_dir=root / "config", data_dir=root / "data", log_dir=root / "logs")
    dirs = platformdirs.PlatformDirs(appname=APP_NAME, appauthor=False)
    return AppPaths(
        config_dir=Path(dirs.user_config_dir),
        data_dir=Path(dirs.user_data_dir),
        log_dir=Path(dirs.user_log_dir),
    )
