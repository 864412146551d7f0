"""The sent history as an auditor reads it: what each delivered payload was (its run,
its instrument, a one-line summary, all derived from its bytes), where it went, and the
list filtered and exported as CSV or JSON. Pure Python; the window and the command line
share it.

The summary is English and deterministic: the same bytes always give the same line, e.g.
``health · NextSeq 2000 VH00559 · run 220112_VH00559_4_AAANY2JM5 · complete, cycle
318/318 · optical, mechanical, fluidics ok; thermal not measured``.
"""

from __future__ import annotations

import csv
import json
import threading
import time
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, TextIO

from proactive_gui.consent import plain_endpoint
from proactive_gui.uplink.history import Delivery, SentHistory

SEP = " · "
SUMMARY_CHARS = 300
# worst first: what an auditor should see first in the summary
STATE_ORDER = ("failure", "warning", "stale", "no_data", "ok", "not_measured")
# every Delivery field, in the order an auditor reads a row (the receipt, longest, last)
CSV_COLUMNS = (
    "sent_at",
    "kind",
    "run",
    "instrument",
    "destination",
    "size",
    "sha256",
    "summary",
    "payload_id",
    "sealed_at",
    "receipt",
)
# A spreadsheet runs a cell that starts with one of these as a formula (CSV injection):
# such a value is written with a leading apostrophe, which spreadsheets show as text.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class AuditFields:
    run: str
    instrument: str
    summary: str


def _text(value: object) -> str:
    """A payload's string on one line (no control characters), or "" for anything else."""
    return " ".join(value.split()) if isinstance(value, str) else ""


def _mapping(value: object) -> Mapping[str, Any]:
    return value if isinstance(value, dict) else {}


def _instrument(configuration: Mapping[str, Any]) -> str:
    model, serial = _text(configuration.get("model")), _text(configuration.get("serial"))
    if serial.lower() in ("", "unknown"):
        return model
    return f"{model} {serial}".strip()


def _progress(performance: Mapping[str, Any], configuration: Mapping[str, Any]) -> str:
    state = _text(performance.get("state"))
    done, planned = performance.get("cycles_done"), configuration.get("planned_cycles")
    cycle = ""
    if isinstance(done, int) and not isinstance(done, bool):
        cycle = f"cycle {done}/{planned}" if isinstance(planned, int) else f"cycle {done}"
    return ", ".join(part for part in (state, cycle) if part)


def _health(performance: Mapping[str, Any]) -> str:
    """Subsystems grouped by state, worst first: "fluidics warning; optical ok"."""
    grouped: dict[str, list[str]] = {}
    subsystems = performance.get("subsystems")
    for entry in subsystems if isinstance(subsystems, list) else []:
        entry = _mapping(entry)
        name, state = _text(entry.get("subsystem")), _text(entry.get("state"))
        if name and state:
            grouped.setdefault(state, []).append(name)
    order = [s for s in STATE_ORDER if s in grouped] + sorted(set(grouped) - set(STATE_ORDER))
    return "; ".join(f"{', '.join(grouped[s])} {s.replace('_', ' ')}" for s in order)


def _alerts(performance: Mapping[str, Any]) -> str:
    alerts = performance.get("alerts")
    count = len(alerts) if isinstance(alerts, list) else 0
    return f"{count} alert{'s' if count != 1 else ''}" if count else ""


def describe(data: bytes) -> AuditFields:
    """The run, the instrument and a one-line summary of a sealed payload's bytes."""
    try:
        document = _mapping(json.loads(data))
    except ValueError:  # UnicodeDecodeError too
        return AuditFields("", "", "not readable as a payload")
    instrument = _instrument(_mapping(document.get("instrument_configuration")))
    configuration = _mapping(document.get("run_configuration"))
    run = _text(configuration.get("run_id"))
    performance = _mapping(document.get("instrument_performance"))
    parts = [
        _text(document.get("kind")) or "payload",
        "demo" if document.get("source") == "demo" else "",
        instrument,
        f"run {run}" if run else "",
        _progress(_mapping(document.get("run_performance")), configuration),
        _health(performance),
        _alerts(performance),
    ]
    summary = SEP.join(part for part in parts if part)
    if len(summary) > SUMMARY_CHARS:
        summary = summary[: SUMMARY_CHARS - 1] + "…"
    return AuditFields(run, instrument, summary)


def short_summary(delivery: Delivery) -> str:
    """The summary without what its delivery's kind, instrument and run already say (for
    a table that has columns for those): "complete, cycle 318/318 · optical ok"."""
    rest = delivery.summary
    for part in (delivery.kind, "demo", delivery.instrument, f"run {delivery.run}"):
        if part and rest.startswith(part + SEP):
            rest = rest[len(part) + len(SEP) :]
    return rest


def destination(url: str) -> str:
    """Where a payload went, for the history: scheme, host, port and path of ``url``;
    never a user name, a password, a query string or a fragment."""
    return plain_endpoint(url)


# -- rows for a list -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class AuditRow:
    """A delivery with what a list shows and searches, prepared once."""

    delivery: Delivery
    sent: float  # Unix time; 0 when sent_at is not readable
    local_time: str  # sent_at in this PC's time zone, "2026-11-22 09:00:00"
    haystack: str  # every column's text, lower case, one per line


def local_time(t: float) -> str:
    """Unix time in this PC's time zone, "2026-11-22 09:00:00"."""
    when = time.localtime(t)
    return (
        f"{when.tm_year:04d}-{when.tm_mon:02d}-{when.tm_mday:02d} "
        f"{when.tm_hour:02d}:{when.tm_min:02d}:{when.tm_sec:02d}"
    )


def row_of(delivery: Delivery) -> AuditRow:
    sent = delivery.sent_time
    local = local_time(sent) if sent is not None else ""
    d = delivery
    columns = (local, d.sent_at, d.kind, d.run, d.instrument, d.destination, str(d.size))
    more = (d.sha256, d.summary, d.payload_id, d.sealed_at)
    return AuditRow(delivery, sent or 0.0, local, "\n".join((*columns, *more)).lower())


def rows_of(deliveries: Iterable[Delivery]) -> list[AuditRow]:
    return [row_of(d) for d in deliveries]


@dataclass(frozen=True)
class Criteria:
    """Which deliveries a list shows: every word of ``text`` somewhere in the row (any
    column, any case), of ``kind`` (empty: any), sent from ``since`` to ``until``
    inclusive (Unix times; None: open)."""

    text: str = ""
    kind: str = ""
    since: float | None = None
    until: float | None = None

    def accepts(self, row: AuditRow) -> bool:
        if self.kind and row.delivery.kind != self.kind:
            return False
        if self.since is not None and row.sent < self.since:
            return False
        if self.until is not None and row.sent > self.until:
            return False
        return all(word in row.haystack for word in self.text.lower().split())

    def narrows(self, before: Criteria) -> bool:
        """Whether every row this accepts was accepted ``before`` too (more letters
        typed, the rest unchanged)."""
        same = (self.kind, self.since, self.until) == (before.kind, before.since, before.until)
        return same and self.text.lower().startswith(before.text.lower())

    def flags(self, rows: Sequence[AuditRow]) -> list[bool]:
        """``accepts`` for every row, one list comprehension per condition: a keystroke's
        filter over 20,000 rows in a few milliseconds."""
        shown = [True] * len(rows)
        if self.kind:
            kind = self.kind
            shown = [row.delivery.kind == kind for row in rows]
        if self.since is not None:
            since = self.since
            shown = [s and row.sent >= since for s, row in zip(shown, rows, strict=True)]
        if self.until is not None:
            until = self.until
            shown = [s and row.sent <= until for s, row in zip(shown, rows, strict=True)]
        for word in self.text.lower().split():
            shown = [s and word in row.haystack for s, row in zip(shown, rows, strict=True)]
        return shown

    def select(self, rows: Sequence[AuditRow]) -> list[AuditRow]:
        return [row for row, shown in zip(rows, self.flags(rows), strict=True) if shown]


def day_start(text: str) -> float:
    """Unix time of a local date or time ("2026-11-22", "2026-11-22 09:30", ISO with
    an offset); ``ValueError`` with a sentence for anything else."""
    return _when(text).timestamp()


def day_end(text: str) -> float:
    """The last second a ``--until`` names: the end of a date's day, or the time itself."""
    when = _when(text)
    if len(text.strip()) == len("2026-11-22"):
        return (when + timedelta(days=1)).timestamp() - 1
    return when.timestamp()


def _when(text: str) -> datetime:
    try:
        when = datetime.fromisoformat(text.strip())
    except ValueError:
        raise ValueError(
            f"not a date: {text!r} (expected YYYY-MM-DD, or YYYY-MM-DD HH:MM in local time)"
        ) from None
    return when if when.tzinfo is not None else when.astimezone()  # naive: local time


# -- export -------------------------------------------------------------------------------


def _cell(value: object) -> str:
    text = (
        json.dumps(value, sort_keys=True, ensure_ascii=False)
        if isinstance(value, dict)
        else str(value)
    )
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def write_csv(deliveries: Iterable[Delivery], out: TextIO) -> int:
    """One row per delivery after a header row, RFC 4180 quoting, the receipt as JSON;
    a value a spreadsheet would run as a formula starts with an apostrophe. Returns the
    number of rows. ``out`` must be opened with ``newline=""``."""
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    count = 0
    for delivery in deliveries:
        values = asdict(delivery)
        writer.writerow([_cell(values[column]) for column in CSV_COLUMNS])
        count += 1
    return count


def write_json(deliveries: Iterable[Delivery], out: TextIO) -> int:
    """A JSON list with every field of every delivery, receipt included, exactly as
    recorded. Returns the number of deliveries."""
    listed = [asdict(d) for d in deliveries]
    out.write(json.dumps(listed, indent=2, ensure_ascii=False) + "\n")
    return len(listed)


def export_file(deliveries: Iterable[Delivery], path: Path, form: str) -> int:
    """Write ``deliveries`` to ``path`` as ``form`` ("csv" or "json"); returns how many.
    A CSV file starts with a UTF-8 byte order mark, so that a spreadsheet on Windows
    reads its "·" and accents as UTF-8 (standard output gets none)."""
    with path.open("w", encoding="utf-8-sig" if form == "csv" else "utf-8", newline="") as out:
        return (write_csv if form == "csv" else write_json)(deliveries, out)


# -- reading for a window ---------------------------------------------------------------


class RowReader:
    """The rows of a sent history, read off the caller's thread: ``poll()``, called on
    a window's timer, costs one stat while the history is unchanged; when it grew, a
    background thread parses the new lines only and a later ``poll()`` hands over their
    rows."""

    def __init__(self, history: SentHistory) -> None:
        self.history = history
        self._version = -1  # the history's size when last read
        self._handed = 0  # deliveries already turned into rows
        self._ready: list[AuditRow] = []
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None

    def poll(self) -> list[AuditRow]:
        """Rows that arrived since the last poll (oldest first); [] while nothing did."""
        with self._lock:
            ready, self._ready = self._ready, []
        if ready or (self._thread is not None and self._thread.is_alive()):
            return ready
        version = self.history.version()
        if version != self._version:
            self._version = version
            self._thread = threading.Thread(target=self._read, name="sent-history", daemon=True)
            self._thread.start()
        return []

    def wait(self, timeout: float = 10.0) -> bool:
        """Wait for a read in progress (tests, snapshots); True when none is left."""
        thread = self._thread
        if thread is not None:
            thread.join(timeout)
        return thread is None or not thread.is_alive()

    def _read(self) -> None:
        entries = self.history.entries()
        rows = rows_of(entries[self._handed :])
        self._handed = len(entries)
        with self._lock:
            self._ready += rows
