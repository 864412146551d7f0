"""The history database: SQLite (WAL, a busy timeout, so that the window and a terminal
``history scan`` can write at the same time), one row per run keyed by its run id, the
record as JSON beside the columns the queries use. The schema's version is SQLite's
``user_version``; ``MIGRATIONS[n]`` takes a database from version n to n + 1.

The run folders are the source of truth: a database that SQLite cannot read is moved
aside (``<name>.damaged-<time>``) and a new one is made, which the next scan fills again;
``take_notice`` tells the window so once.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from proactive_gui.history.records import RunRecord

log = logging.getLogger(__name__)

BUSY_TIMEOUT_S = 30.0
MIGRATIONS: tuple[str, ...] = (
    # 0 -> 1
    """
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE runs (
        key TEXT PRIMARY KEY,
        folder TEXT NOT NULL,
        signature TEXT NOT NULL,
        scanned_at REAL NOT NULL,
        state TEXT NOT NULL,
        run_id TEXT NOT NULL DEFAULT '',
        serial TEXT NOT NULL DEFAULT '',
        model TEXT NOT NULL DEFAULT '',
        family TEXT NOT NULL DEFAULT '',
        kit TEXT NOT NULL DEFAULT '',
        started TEXT,
        completed TEXT,
        gone INTEGER NOT NULL DEFAULT 0,
        record TEXT NOT NULL
    );
    CREATE INDEX runs_by_serial ON runs (serial, started);
    CREATE INDEX runs_by_folder ON runs (folder);
    """,
)
SCHEMA_VERSION = len(MIGRATIONS)
NOTICE_KEY = "notice"


class HistoryError(Exception):
    """The history database cannot be used; ``str()`` says why, for a technician."""


@dataclass(frozen=True)
class Stored:
    """What a scan needs to know of a stored run to decide whether to read it again."""

    key: str
    signature: str
    state: str
    gone: bool


def _prepare(connection: sqlite3.Connection) -> None:
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=NORMAL")


def _connect(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(path, timeout=BUSY_TIMEOUT_S, isolation_level=None)
    _prepare(connection)
    return connection


def _healthy(connection: sqlite3.Connection) -> bool:
    row = connection.execute("PRAGMA quick_check").fetchone()
    return bool(row) and row[0] == "ok"


def _set_aside(path: Path) -> Path:
    aside = path.with_name(f"{path.name}.damaged-{time.strftime('%Y%m%d-%H%M%S')}")
    path.replace(aside)
    for suffix in ("-wal", "-shm"):
        extra = path.with_name(path.name + suffix)
        if extra.exists():
            extra.replace(aside.with_name(aside.name + suffix))
    return aside


class HistoryStore:
    """One connection to the history database; use it from the thread that opened it."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise HistoryError(
                f"{path.parent}: the history folder cannot be made ({exc.strerror or exc})"
            ) from None
        self._db = sqlite3.connect(path, timeout=BUSY_TIMEOUT_S, isolation_level=None)
        try:
            _prepare(self._db)
            usable = _healthy(self._db)
        except sqlite3.DatabaseError as exc:
            log.warning("history database %s unreadable: %s", path, exc)
            usable = False
        if not usable:
            self._rebuild()
        self._migrate()

    def _rebuild(self) -> None:
        self._db.close()
        aside = _set_aside(self.path)
        log.warning("history database %s was damaged; kept aside as %s", self.path, aside)
        self._db = _connect(self.path)
        self._migrate()
        self._set_meta(
            NOTICE_KEY,
            f"The instrument history database was damaged; it was kept aside as {aside.name} "
            "and is being rebuilt from the run folders.",
        )

    def _migrate(self) -> None:
        with self.transaction() as db:
            version = int(db.execute("PRAGMA user_version").fetchone()[0])
            if version > SCHEMA_VERSION:
                raise HistoryError(
                    f"{self.path}: this history database was written by a newer version of "
                    f"the app (schema {version}, this version knows {SCHEMA_VERSION}); "
                    "update the app, or move the file away to start a new history"
                )
            for step in range(version, SCHEMA_VERSION):
                for statement in MIGRATIONS[step].split(";"):
                    if statement.strip():
                        db.execute(statement)
                db.execute(f"PRAGMA user_version = {step + 1}")

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """A write transaction that takes the lock at once (two writers wait in turn)."""
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield self._db
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> HistoryStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def schema_version(self) -> int:
        return int(self._db.execute("PRAGMA user_version").fetchone()[0])

    def _set_meta(self, key: str, value: str) -> None:
        with self.transaction() as db:
            db.execute(
                "INSERT INTO meta (key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, value),
            )

    def take_notice(self) -> str | None:
        """A sentence the window shows once (the database was rebuilt), then forgets."""
        with self.transaction() as db:
            row = db.execute("SELECT value FROM meta WHERE key = ?", (NOTICE_KEY,)).fetchone()
            db.execute("DELETE FROM meta WHERE key = ?", (NOTICE_KEY,))
        return str(row[0]) if row else None

    def stored(self) -> dict[str, Stored]:
        """Per folder: the run stored from it, and the state of its files then."""
        rows = self._db.execute("SELECT folder, key, signature, state, gone FROM runs")
        return {
            folder: Stored(key, signature, state, bool(gone))
            for folder, key, signature, state, gone in rows
        }

    def put(self, record: RunRecord) -> None:
        """Store ``record``, replacing what was stored of the same run, or of the same
        folder (a folder stored as damaged, read now)."""
        with self.transaction() as db:
            db.execute(
                "DELETE FROM runs WHERE folder = ? AND key != ? AND key LIKE 'folder:%'",
                (record.folder, record.key),
            )
            db.execute(
                """
                INSERT INTO runs (key, folder, signature, scanned_at, state, run_id, serial,
                    model, family, kit, started, completed, gone, record)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT(key) DO UPDATE SET
                    folder = excluded.folder, signature = excluded.signature,
                    scanned_at = excluded.scanned_at, state = excluded.state,
                    run_id = excluded.run_id, serial = excluded.serial, model = excluded.model,
                    family = excluded.family, kit = excluded.kit, started = excluded.started,
                    completed = excluded.completed, gone = excluded.gone,
                    record = excluded.record
                """,
                (
                    record.key,
                    record.folder,
                    record.signature,
                    record.scanned_at,
                    record.state,
                    record.run_id,
                    record.serial,
                    record.model,
                    record.family,
                    record.kit,
                    record.started,
                    record.completed,
                    int(record.gone),
                    json.dumps(record.as_json(), ensure_ascii=False),
                ),
            )

    def mark_gone(self, folders: Iterable[str]) -> int:
        """Runs whose folders are no longer on the disk stay, marked as gone."""
        with self.transaction() as db:
            changed = 0
            for folder in folders:
                rows = db.execute(
                    "SELECT key, record FROM runs WHERE folder = ? AND gone = 0", (folder,)
                ).fetchall()
                for key, raw in rows:
                    record = json.loads(raw)
                    record["gone"] = True
                    db.execute(
                        "UPDATE runs SET gone = 1, record = ? WHERE key = ?",
                        (json.dumps(record, ensure_ascii=False), key),
                    )
                    changed += 1
        return changed

    def runs(self, serial: str | None = None) -> list[RunRecord]:
        """Every stored run (of one instrument), oldest first."""
        query = "SELECT record FROM runs"
        args: tuple[str, ...] = ()
        if serial:
            query, args = query + " WHERE serial = ?", (serial,)
        rows = self._db.execute(query + " ORDER BY started IS NULL, started, key", args)
        return [RunRecord.from_json(json.loads(raw)) for (raw,) in rows]

    def count(self) -> int:
        return int(self._db.execute("SELECT COUNT(*) FROM runs").fetchone()[0])


def open_history(path: Path) -> HistoryStore:
    return HistoryStore(path)
