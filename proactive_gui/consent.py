"""Consent: the "Send Instrument Performance Data" opt-in, changed in one place and
recorded every time (when, the new state, the OS user, the app version, from where, and
the destination and cadence it was given for) in a local log that the Settings page
and ``consent status`` show.

Turning sending on is agreed to terms that name what goes, where (the service and the
receiver's host) and how often (``ConsentTerms``), every time, not once per profile."""

from __future__ import annotations

import getpass
import json
import os
from dataclasses import asdict, dataclass, fields
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit

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
WHERE = QT_TRANSLATE_NOOP("Consent", "Where: to {service}, at {host} ({endpoint}), over TLS.")
WHERE_UNSET = QT_TRANSLATE_NOOP(
    "Consent",
    "Where: to {service}, but no receiver is set yet (Settings, endpoint): nothing can "
    "leave this PC until one is.",
)
HOW_OFTEN = QT_TRANSLATE_NOOP(
    "Consent",
    "How often: when a run starts, every {minutes} minutes while it runs, and when it ends.",
)


@dataclass(frozen=True)
class ConsentTerms:
    """What turning sending on agrees to: the service, the receiver and the cadence."""

    service: str
    endpoint: str  # the receiver's URL without user, password or query ("": none set)
    minutes: int  # health_interval_min

    @property
    def host(self) -> str:
        return urlsplit(self.endpoint).hostname or "" if self.endpoint else ""

    @property
    def where(self) -> tuple[str, dict[str, str]]:
        """The sentence naming the destination, as a template and its values."""
        values = {"service": self.service, "host": self.host, "endpoint": self.endpoint}
        return (WHERE if self.endpoint else WHERE_UNSET), values

    @property
    def how_often(self) -> tuple[str, dict[str, str]]:
        return HOW_OFTEN, {"minutes": str(self.minutes)}

    def lines(self) -> list[str]:
        """The terms in English, for the terminal."""
        return [
            SUMMARY,
            self.where[0].format(**self.where[1]),
            self.how_often[0].format(**self.how_often[1]),
        ]


def plain_endpoint(endpoint: str) -> str:
    """The receiver's address as the log and the window show it: scheme, host, port and
    path; never a user name, a password, a query or a fragment."""
    parts = urlsplit(endpoint)
    host = parts.hostname or ""
    if ":" in host:  # an IPv6 address
        host = f"[{host}]"
    try:
        port = f":{parts.port}" if parts.port else ""
    except ValueError:  # not a port at all
        port = ""
    return f"{parts.scheme}://{host}{port}{parts.path}" if host else ""


def consent_terms(settings: Settings) -> ConsentTerms:
    return ConsentTerms(
        service=str(settings.get("service_name")),
        endpoint=plain_endpoint(str(settings.get("endpoint") or "")),
        minutes=int(settings.get("health_interval_min")),
    )


@dataclass(frozen=True)
class ConsentChange:
    at: str  # UTC, ISO 8601
    opted_in: bool
    user: str
    app_version: str
    source: str  # "window", "consent command", "config set"
    service: str = ""  # the terms it was given for (empty in lines of older versions)
    destination: str = ""  # the receiver's address, as plain_endpoint gives it
    cadence_min: int | None = None  # health_interval_min


def log_file(paths: AppPaths) -> Path:
    return paths.data_dir / "consent.jsonl"


def _user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "unknown"


def set_consent(settings: Settings, paths: AppPaths, opted_in: bool, source: str) -> ConsentChange:
    """Change the opt-in (``SettingError`` when the IT policy locks it) and record it,
    with the terms in force: the service, the receiver and the cadence."""
    terms = consent_terms(settings)
    settings.set("opt_in", "true" if opted_in else "false")
    change = ConsentChange(
        at=datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        opted_in=opted_in,
        user=_user(),
        app_version=__version__,
        source=source,
        service=terms.service,
        destination=terms.endpoint,
        cadence_min=terms.minutes,
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
    known = {f.name for f in fields(ConsentChange)}
    changes = []
    for line in lines:
        try:
            entry = json.loads(line)
            changes.append(ConsentChange(**{k: v for k, v in entry.items() if k in known}))
        except (ValueError, TypeError, AttributeError):
            continue
    return changes
