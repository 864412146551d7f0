"""Consent: the "Send Instrument Performance Data" opt-in, changed in one place and
recorded every time (when, the new state, the OS user, the app version, from where)
in a local log that the Settings page and ``consent status`` show."""

from __future__ import annotations

import getpass
import json
import os
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

from proactive_gui import __version__
from proactive_gui.i18n import QT_TRANSLATE_NOOP
from proactive_gui.paths import AppPaths
from proactive_gui.settings import Settings

SUMMARY = QT_TRANSLATE_NOOP(
    "Consent",
    "Sent: instrument performance (the health of the optical, mechanical, thermal and "
    "fluidics subsystems, alerts, early warnings, operational events), run performance "
    "(quality scores, yield), and the instrument's and run's configuration (models, "
    "serials, software versions, kit and flow-cell lots). Never sent: sequencing data, "
    "personal data, or health data. The Payload page shows every byte before it leaves.",
)


@dataclass(frozen=True)
class ConsentChange:
    at: str  # UTC, ISO 8601
    opted_in: bool
    user: str
    app_version: str
    source: str  # "window", "consent command", "config set"


def log_file(paths: AppPaths) -> Path:
    return paths.data_dir / "consent.jsonl"


def _user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "unknown"


def set_consent(settings: Settings, paths: AppPaths, opted_in: bool, source: str) -> ConsentChange:
    """Change the opt-in (``SettingError`` when the IT policy locks it) and record it."""
    settings.set("opt_in", "true" if opted_in else "false")
    change = ConsentChange(
        at=datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        opted_in=opted_in,
        user=_user(),
        app_version=__version__,
        source=source,
    )
    path = log_file(paths)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a", encoding="utf-8") as out:
        out.write(json.dumps(asdict(change), sort_keys=True) + "\n")
        out.flush()
        os.fsync(out.fileno())
    return change


def log_version(paths: AppPaths) -> tuple[int, int] | None:
    """Changes whenever the log does (its size and modification time); None: no log."""
    try:
        stat = log_file(paths).stat()
    except FileNotFoundError:
        return None
    return stat.st_size, stat.st_mtime_ns


def consent_history(paths: AppPaths) -> list[ConsentChange]:
    """Every recorded change, oldest first (a damaged line is skipped)."""
    try:
        lines = log_file(paths).read_text("utf-8").splitlines()
    except FileNotFoundError:
        return []
    changes = []
    for line in lines:
        try:
            changes.append(ConsentChange(**json.loads(line)))
        except (ValueError, TypeError):
            continue
    return changes
