"""The one stored record of the last complete readiness check, from the terminal
(``proactive-gui check``) or the window: the report IT reads (the JSON of
``report_json``, with when it finished and where it ran), and the remedies' templates
and values, so that the Network page can say a stored run in the window's language.
The Overview and the Network page read it (``last_check``), so a check run from the
terminal counts there too."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from proactive_gui.netcheck.result import CheckResult
from proactive_gui.netcheck.texts import Message
from proactive_gui.paths import AppPaths
from proactive_gui.settings import write_atomically

log = logging.getLogger(__name__)

RECORD_NAME = "last_check.json"
TERMINAL, WINDOW = "terminal", "window"


def record_file(paths: AppPaths) -> Path:
    return paths.data_dir / RECORD_NAME


@dataclass(frozen=True)
class LastCheck:
    finished_at: float  # Unix time
    verdict: str  # pass, warn or fail
    source: str  # TERMINAL or WINDOW
    results: list[CheckResult]


def save_last(
    path: Path, report: str, finished_at: float, source: str, results: list[CheckResult]
) -> None:
    """Store ``report`` (``report_json``'s text) as the last check; a record that
    cannot be written is logged, never an error of the check itself."""
    try:
        document = json.loads(report)
        document["finished_at"] = finished_at
        document["source"] = source
        document["messages"] = {r.id: _messages(r) for r in results}
        write_atomically(path, json.dumps(document, indent=2))
    except (OSError, ValueError, TypeError) as exc:
        log.warning("could not store the last readiness check in %s: %s", path, exc)


def _messages(result: CheckResult) -> dict[str, Any]:
    worded = {key: _message(m) for key, m in result.worded.items()}
    remedy = _message(result.remedy_message) if result.remedy_message else None
    return {"remedy": remedy, "worded": worded}


def _message(message: Message) -> dict[str, Any]:
    """A template and its values (data: host names, ports, paths), as JSON."""
    values = {
        key: value if isinstance(value, str | int | float | bool) or value is None else str(value)
        for key, value in message.values
    }
    return {"template": message.template, "values": values}


def _from(raw: object) -> Message | None:
    if not isinstance(raw, dict) or not isinstance(raw.get("template"), str):
        return None
    values = raw.get("values")
    return Message(raw["template"], tuple(values.items()) if isinstance(values, dict) else ())


_cache: dict[Path, tuple[tuple[int, int], LastCheck | None]] = {}


def last_check(path: Path) -> LastCheck | None:
    """The stored last check, or None (none yet, or a record that cannot be read)."""
    try:
        stat = path.stat()
    except OSError:
        return None
    key = (stat.st_mtime_ns, stat.st_size)
    cached = _cache.get(path)
    if cached is not None and cached[0] == key:
        return cached[1]
    found = _read(path)
    _cache[path] = (key, found)
    return found


def _read(path: Path) -> LastCheck | None:
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
        messages = document.get("messages", {})
        results = []
        for check in document["checks"]:
            said = messages.get(check["id"], {}) if isinstance(messages, dict) else {}
            worded = {
                key: message
                for key, raw in (said.get("worded") or {}).items()
                if (message := _from(raw)) is not None
            }
            results.append(
                CheckResult(
                    str(check["id"]),
                    str(check["title"]),
                    str(check["verdict"]),
                    float(check["duration_s"]),
                    dict(check["evidence"]),
                    str(check["remedy"]),
                    _from(said.get("remedy")),
                    worded,
                )
            )
        return LastCheck(
            float(document["finished_at"]),
            str(document["summary"]["verdict"]),
            str(document.get("source", "")),
            results,
        )
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        log.warning("the stored last readiness check %s cannot be read: %s", path, exc)
        return None
