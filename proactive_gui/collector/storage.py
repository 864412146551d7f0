"""Where the receiver keeps payloads: one interface, three stores.

- ``SqlStore`` on SQLite (one file; the default, for a dry run) or on PostgreSQL
  (``psycopg`` 3; several receiver processes share one database). A payload is one row,
  stored as received (bytes, digest, receipt, time, instrument); its payload_id is the
  primary key, so a payload that two receivers get at the same moment is stored once: the
  second insert finds the first and answers with its receipt. A receipt is sent only after
  the transaction that stored the payload committed, so nothing acknowledged is lost when a
  receiver dies. Schema versions are applied in order (``MIGRATIONS``), each once.
- ``FolderStore``: today's files in one folder (``<payload_id>.json`` and its receipt),
  for tests that read the bytes back and for comparison.

Per-instrument state (``instruments.InstrumentState``) is derived from the payloads in the
same transaction that stores one.
"""

from __future__ import annotations

import hashlib
import json
import os
import queue
import secrets
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import unquote, urlsplit

from proactive_gui.collector.instruments import (
    NO_DATA,
    Identity,
    InstrumentState,
    PayloadRecord,
    identity_of,
    summarise,
)

SQLITE_FILE = "collector.sqlite3"
Receipt = dict[str, object]


class StoreError(Exception):
    """The store cannot be opened or used; the message is for the operator."""


class StoreUnavailableError(StoreError):
    """The database did not answer (down, restarting, too busy): try again later."""


def _utc(moment: float, fraction: bool = False) -> str:
    stamp = datetime.fromtimestamp(moment, UTC)
    return stamp.strftime("%Y-%m-%dT%H:%M:%S.%fZ" if fraction else "%Y-%m-%dT%H:%M:%SZ")


def _document(body: bytes) -> dict[str, Any]:
    try:
        loaded = json.loads(body)
    except ValueError:
        return {}
    return loaded if isinstance(loaded, dict) else {}


def new_receipt(payload_id: str, body: bytes, moment: float) -> Receipt:
    return {
        "payload_id": payload_id,
        "sha256": hashlib.sha256(body).hexdigest(),
        "size": len(body),
        "received_at": _utc(moment),
    }


class PayloadStore(Protocol):
    """What the receiver, its metrics and the fleet page need of a store."""

    received: int  # payloads this process stored
    duplicates: int  # payloads this process was sent again

    @property
    def description(self) -> str: ...

    def keep(
        self, payload_id: str, body: bytes, document: dict[str, Any] | None = None
    ) -> tuple[Receipt, bool]:
        """Store ``body`` once: (its receipt, whether it was stored before)."""
        ...

    def receipt_of(self, payload_id: str) -> Receipt | None: ...

    def body_of(self, payload_id: str) -> bytes | None: ...

    def count(self) -> int: ...

    def instruments(self) -> list[InstrumentState]: ...

    def instrument(self, serial: str) -> InstrumentState | None: ...

    def history(self, serial: str, limit: int = 50) -> list[PayloadRecord]: ...

    def add_token(self, serial: str) -> str:
        """A new token for instrument ``serial``; only its hash is kept."""
        ...

    def token_serial(self, token: str) -> str | None:
        """The instrument a token belongs to, or None."""
        ...

    def close(self) -> None: ...


# -- the folder ---------------------------------------------------------------------------


class FolderStore:
    """Payloads as received, ``<payload_id>.json`` with ``<payload_id>.receipt.json``;
    per-instrument state is kept in memory, read back from the folder when opened."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self.received = 0  # requests that delivered a new payload
        self.duplicates = 0
        self._instruments: dict[str, InstrumentState] = {}
        self._records: dict[str, list[PayloadRecord]] = {}
        for path in sorted(folder.glob("*.receipt.json")):
            payload_id = path.name.removesuffix(".receipt.json")
            receipt, body = self.receipt_of(payload_id), self.body_of(payload_id)
            if receipt is not None and body is not None:
                moment = path.stat().st_mtime
                self._note(payload_id, body, _document(body), receipt, moment)

    @property
    def description(self) -> str:
        return f"files in {self.folder}"

    def receipt_of(self, payload_id: str) -> Receipt | None:
        path = self.folder / f"{payload_id}.receipt.json"
        try:
            loaded: Receipt = json.loads(path.read_text())
            return loaded
        except (OSError, ValueError):
            return None

    def body_of(self, payload_id: str) -> bytes | None:
        try:
            return (self.folder / f"{payload_id}.json").read_bytes()
        except OSError:
            return None

    def keep(
        self, payload_id: str, body: bytes, document: dict[str, Any] | None = None
    ) -> tuple[Receipt, bool]:
        """(receipt, duplicate)."""
        with self._lock:
            existing = self.receipt_of(payload_id)
            if existing is not None:
                self.duplicates += 1
                return {**existing, "duplicate": True}, True
            moment = time.time()
            receipt = new_receipt(payload_id, body, moment)
            for name, data in (
                (f"{payload_id}.json", body),
                (f"{payload_id}.receipt.json", json.dumps(receipt).encode()),
            ):
                temporary = self.folder / f".{name}.tmp"
                with temporary.open("wb") as out:
                    out.write(data)
                    out.flush()
                    os.fsync(out.fileno())
                temporary.replace(self.folder / name)
            self.received += 1
            self._note(payload_id, body, document or _document(body), receipt, moment)
            return receipt, False

    def _note(
        self,
        payload_id: str,
        body: bytes,
        document: dict[str, Any],
        receipt: Receipt,
        moment: float,
    ) -> None:
        who = identity_of(document)
        summary = summarise(document)
        received_at = str(receipt.get("received_at", _utc(moment)))
        self._records.setdefault(who.serial, []).append(
            PayloadRecord(
                payload_id, who.serial, who.kind, who.created_at, received_at, len(body),
                str(receipt.get("sha256", "")), summary["verdict"],
            )
        )  # fmt: skip
        before = self._instruments.get(who.serial)
        if before is None:
            self._instruments[who.serial] = InstrumentState(
                who.serial, who.model, received_at, received_at, moment, 1, payload_id,
                who.created_at, summary,
            )  # fmt: skip
            return
        newer = who.created_at >= before.latest_created_at
        self._instruments[who.serial] = InstrumentState(
            serial=who.serial,
            model=who.model if newer else before.model,
            first_seen=min(before.first_seen, received_at),
            last_seen=max(before.last_seen, received_at),
            last_seen_s=max(before.last_seen_s, moment),
            payloads=before.payloads + 1,
            latest_payload_id=payload_id if newer else before.latest_payload_id,
            latest_created_at=who.created_at if newer else before.latest_created_at,
            summary=summary if newer else before.summary,
        )

    def count(self) -> int:
        with self._lock:
            return sum(len(records) for records in self._records.values())

    def instruments(self) -> list[InstrumentState]:
        with self._lock:
            return sorted(self._instruments.values(), key=lambda i: i.serial)

    def instrument(self, serial: str) -> InstrumentState | None:
        with self._lock:
            return self._instruments.get(serial)

    def history(self, serial: str, limit: int = 50) -> list[PayloadRecord]:
        with self._lock:
            records = list(self._records.get(serial, []))
        return sorted(records, key=lambda r: (r.created_at, r.received_at), reverse=True)[:limit]

    def add_token(self, serial: str) -> str:
        raise StoreError("tokens per instrument need a database: --db URL or --store DIR")

    def token_serial(self, token: str) -> str | None:
        del token
        return None

    def close(self) -> None:
        pass


# -- SQL ------------------------------------------------------------------------------------


class Cursor(Protocol):
    @property
    def rowcount(self) -> int: ...

    def execute(self, sql: str, params: Sequence[object] = ..., /) -> Any: ...

    def fetchone(self) -> Any: ...

    def fetchall(self) -> list[Any]: ...


@dataclass(frozen=True)
class Dialect:
    name: str
    blob: str  # the type of raw bytes
    real: str  # a double-precision number
    param: str  # the placeholder of a parameter

    def sql(self, text: str) -> str:
        """``text`` with ``?`` placeholders and ``{blob}``/``{real}`` types for this
        database."""
        return text.format(blob=self.blob, real=self.real).replace("?", self.param)


SQLITE = Dialect("sqlite", "BLOB", "REAL", "?")
POSTGRES = Dialect("postgresql", "BYTEA", "DOUBLE PRECISION", "%s")


@dataclass(frozen=True)
class Migration:
    version: int
    title: str
    statements: tuple[str, ...]
    then: Callable[[Cursor, Dialect], None] | None = None


def _rebuild_instruments(cursor: Cursor, dialect: Dialect) -> None:
    """Derive every instrument's state again from its payloads, oldest arrival first."""
    cursor.execute("DELETE FROM instruments")
    cursor.execute(
        "SELECT payload_id, body, received_at, received_s FROM payloads ORDER BY received_s"
    )
    for payload_id, body, received_at, received_s in cursor.fetchall():
        document = _document(bytes(body))
        _upsert_instrument(
            cursor, dialect, payload_id, identity_of(document), summarise(document),
            received_at, received_s,
        )  # fmt: skip


MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        1,
        "payloads as received, one row each",
        (
            """CREATE TABLE payloads (
                payload_id TEXT PRIMARY KEY,
                body {blob} NOT NULL,
                sha256 TEXT NOT NULL,
                size INTEGER NOT NULL,
                receipt TEXT NOT NULL,
                received_at TEXT NOT NULL,
                received_s {real} NOT NULL,
                serial TEXT NOT NULL,
                model TEXT NOT NULL,
                kind TEXT NOT NULL,
                created_at TEXT NOT NULL
            )""",
            "CREATE INDEX payloads_by_instrument ON payloads (serial, created_at)",
        ),
    ),
    Migration(
        2,
        "per-instrument state derived from the payloads",
        (
            "ALTER TABLE payloads ADD COLUMN verdict TEXT NOT NULL DEFAULT 'no_data'",
            """CREATE TABLE instruments (
                serial TEXT PRIMARY KEY,
                model TEXT NOT NULL,
                first_seen TEXT NOT NULL,
                last_seen TEXT NOT NULL,
                last_seen_s {real} NOT NULL,
                payloads INTEGER NOT NULL,
                latest_payload_id TEXT NOT NULL,
                latest_created_at TEXT NOT NULL,
                summary TEXT NOT NULL
            )""",
        ),
        then=_rebuild_instruments,
    ),
    Migration(
        3,
        "a token per instrument, stored hashed",
        (
            """CREATE TABLE instrument_tokens (
                token_sha256 TEXT PRIMARY KEY,
                serial TEXT NOT NULL,
                created_at TEXT NOT NULL
            )""",
            "CREATE INDEX instrument_tokens_by_serial ON instrument_tokens (serial)",
        ),
    ),
)
LATEST = MIGRATIONS[-1].version


def token_digest(token: str) -> str:
    """How a token is kept: its SHA-256 (tokens are random, 256 bits: no salt needed)."""
    return hashlib.sha256(token.encode()).hexdigest()


_INSERT_PAYLOAD = """INSERT INTO payloads (payload_id, body, sha256, size, receipt, received_at,
    received_s, serial, model, kind, created_at, verdict)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (payload_id) DO NOTHING"""

# The newest payload by created_at (ties: the one that arrived last) speaks for the instrument.
_UPSERT_INSTRUMENT = """INSERT INTO instruments (serial, model, first_seen, last_seen, last_seen_s,
    payloads, latest_payload_id, latest_created_at, summary)
    VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?)
    ON CONFLICT (serial) DO UPDATE SET
        payloads = instruments.payloads + 1,
        first_seen = CASE WHEN excluded.first_seen < instruments.first_seen
            THEN excluded.first_seen ELSE instruments.first_seen END,
        last_seen = CASE WHEN excluded.last_seen_s > instruments.last_seen_s
            THEN excluded.last_seen ELSE instruments.last_seen END,
        last_seen_s = CASE WHEN excluded.last_seen_s > instruments.last_seen_s
            THEN excluded.last_seen_s ELSE instruments.last_seen_s END,
        model = CASE WHEN excluded.latest_created_at >= instruments.latest_created_at
            THEN excluded.model ELSE instruments.model END,
        latest_payload_id = CASE WHEN excluded.latest_created_at >= instruments.latest_created_at
            THEN excluded.latest_payload_id ELSE instruments.latest_payload_id END,
        summary = CASE WHEN excluded.latest_created_at >= instruments.latest_created_at
            THEN excluded.summary ELSE instruments.summary END,
        latest_created_at = CASE WHEN excluded.latest_created_at >= instruments.latest_created_at
            THEN excluded.latest_created_at ELSE instruments.latest_created_at END"""

_INSTRUMENT_COLUMNS = """serial, model, first_seen, last_seen, last_seen_s, payloads,
    latest_payload_id, latest_created_at, summary"""


def _upsert_instrument(
    cursor: Cursor,
    dialect: Dialect,
    payload_id: str,
    who: Identity,
    summary: dict[str, Any],
    received_at: str,
    received_s: float,
) -> None:
    cursor.execute(
        dialect.sql(_UPSERT_INSTRUMENT),
        (
            who.serial, who.model, received_at, received_at, received_s, payload_id,
            who.created_at, json.dumps(summary, sort_keys=True),
        ),
    )  # fmt: skip


def _state(row: Sequence[Any]) -> InstrumentState:
    serial, model, first, last, last_s, payloads, latest, created, summary = row
    loaded = json.loads(summary)
    return InstrumentState(
        serial, model, first, last, float(last_s), int(payloads), latest, created,
        loaded if isinstance(loaded, dict) else {"verdict": NO_DATA},
    )  # fmt: skip


class SqlStore:
    """Payloads in a SQL database; subclasses say how to connect and lock."""

    dialect: Dialect

    def __init__(self) -> None:
        self.received = 0
        self.duplicates = 0
        self._counts = threading.Lock()

    @property
    def description(self) -> str:
        raise NotImplementedError

    @contextmanager
    def transaction(self) -> Iterator[Cursor]:
        """A cursor in one transaction that commits when the block ends."""
        raise NotImplementedError

    def _lock_schema(self, cursor: Cursor) -> None:
        """Keep other receivers from migrating at the same time (inside a transaction)."""

    # -- schema versions

    def schema_version(self) -> int:
        with self.transaction() as cursor:
            return self._version(cursor)

    def _version(self, cursor: Cursor) -> int:
        cursor.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
            "title TEXT NOT NULL, applied_at TEXT NOT NULL)"
        )
        cursor.execute("SELECT MAX(version) FROM schema_migrations")
        row = cursor.fetchone()
        return int(row[0]) if row and row[0] is not None else 0

    def migrate(self, up_to: int = LATEST) -> int:
        """Apply every migration after the database's version up to ``up_to``, each in its
        own transaction; the version reached."""
        while True:
            with self.transaction() as cursor:
                self._lock_schema(cursor)
                version = self._version(cursor)
                if version > LATEST:
                    raise StoreError(
                        f"the database has schema version {version}, newer than this "
                        f"proactive-collector knows ({LATEST}): upgrade proactive-collector"
                    )
                step = next((m for m in MIGRATIONS if m.version == version + 1), None)
                if step is None or step.version > up_to:
                    return version
                for statement in step.statements:
                    cursor.execute(self.dialect.sql(statement))
                if step.then is not None:
                    step.then(cursor, self.dialect)
                cursor.execute(
                    self.dialect.sql(
                        "INSERT INTO schema_migrations (version, title, applied_at) VALUES (?, ?, ?)"
                    ),
                    (step.version, step.title, _utc(time.time())),
                )

    def _migrate_or_close(self) -> None:
        try:
            self.migrate()
        except BaseException:
            self.close()
            raise

    # -- payloads

    def keep(
        self, payload_id: str, body: bytes, document: dict[str, Any] | None = None
    ) -> tuple[Receipt, bool]:
        document = document if document is not None else _document(body)
        who, summary = identity_of(document), summarise(document)
        moment = time.time()
        receipt = new_receipt(payload_id, body, moment)
        text = json.dumps(receipt)
        sql = self.dialect.sql
        with self.transaction() as cursor:
            cursor.execute(
                sql(_INSERT_PAYLOAD),
                (
                    payload_id, body, receipt["sha256"], len(body), text, receipt["received_at"],
                    moment, who.serial, who.model, who.kind, who.created_at, summary["verdict"],
                ),
            )  # fmt: skip
            stored = cursor.rowcount == 1
            if stored:
                _upsert_instrument(
                    cursor, self.dialect, payload_id, who, summary,
                    str(receipt["received_at"]), moment,
                )  # fmt: skip
            else:
                cursor.execute(
                    sql("SELECT receipt FROM payloads WHERE payload_id = ?"), (payload_id,)
                )
                row = cursor.fetchone()
                receipt = {**json.loads(row[0]), "duplicate": True}
        with self._counts:
            if stored:
                self.received += 1
            else:
                self.duplicates += 1
        return receipt, not stored

    def receipt_of(self, payload_id: str) -> Receipt | None:
        with self.transaction() as cursor:
            cursor.execute(
                self.dialect.sql("SELECT receipt FROM payloads WHERE payload_id = ?"),
                (payload_id,),
            )
            row = cursor.fetchone()
        loaded: Receipt | None = json.loads(row[0]) if row else None
        return loaded

    def body_of(self, payload_id: str) -> bytes | None:
        with self.transaction() as cursor:
            cursor.execute(
                self.dialect.sql("SELECT body FROM payloads WHERE payload_id = ?"), (payload_id,)
            )
            row = cursor.fetchone()
        return bytes(row[0]) if row else None

    def count(self) -> int:
        with self.transaction() as cursor:
            cursor.execute("SELECT COUNT(*) FROM payloads")
            return int(cursor.fetchone()[0])

    def stored_ids(self) -> list[str]:
        """Every payload_id stored, once each by construction."""
        with self.transaction() as cursor:
            cursor.execute("SELECT payload_id FROM payloads ORDER BY payload_id")
            return [row[0] for row in cursor.fetchall()]

    def instruments(self) -> list[InstrumentState]:
        with self.transaction() as cursor:
            cursor.execute(f"SELECT {_INSTRUMENT_COLUMNS} FROM instruments ORDER BY serial")
            return [_state(row) for row in cursor.fetchall()]

    def instrument(self, serial: str) -> InstrumentState | None:
        with self.transaction() as cursor:
            cursor.execute(
                self.dialect.sql(f"SELECT {_INSTRUMENT_COLUMNS} FROM instruments WHERE serial = ?"),
                (serial,),
            )
            row = cursor.fetchone()
        return _state(row) if row else None

    def history(self, serial: str, limit: int = 50) -> list[PayloadRecord]:
        with self.transaction() as cursor:
            cursor.execute(
                self.dialect.sql(
                    "SELECT payload_id, serial, kind, created_at, received_at, size, sha256, "
                    "verdict FROM payloads WHERE serial = ? "
                    "ORDER BY created_at DESC, received_s DESC LIMIT ?"
                ),
                (serial, limit),
            )
            return [
                PayloadRecord(r[0], r[1], r[2], r[3], r[4], int(r[5]), r[6], r[7])
                for r in cursor.fetchall()
            ]

    def add_token(self, serial: str) -> str:
        token = "pci_" + secrets.token_urlsafe(32)
        with self.transaction() as cursor:
            cursor.execute(
                self.dialect.sql(
                    "INSERT INTO instrument_tokens (token_sha256, serial, created_at) "
                    "VALUES (?, ?, ?)"
                ),
                (token_digest(token), serial, _utc(time.time())),
            )
        return token

    def token_serial(self, token: str) -> str | None:
        with self.transaction() as cursor:
            cursor.execute(
                self.dialect.sql("SELECT serial FROM instrument_tokens WHERE token_sha256 = ?"),
                (token_digest(token),),
            )
            row = cursor.fetchone()
        return str(row[0]) if row else None

    def close(self) -> None:
        raise NotImplementedError


class SqliteStore(SqlStore):
    """One SQLite file (WAL, synchronous=FULL: a commit is on disk before the receipt)."""

    dialect = SQLITE

    def __init__(self, path: Path, migrate: bool = True) -> None:
        super().__init__()
        self.path = path
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._connection = sqlite3.connect(
                path, isolation_level=None, check_same_thread=False, timeout=30
            )
            self._connection.execute("PRAGMA journal_mode=WAL")
            self._connection.execute("PRAGMA synchronous=FULL")
        except (OSError, sqlite3.Error) as exc:
            raise StoreError(f"cannot open the SQLite database {path}: {exc}") from exc
        self._lock = threading.Lock()
        if migrate:
            self._migrate_or_close()

    @property
    def description(self) -> str:
        return f"SQLite {self.path}"

    @contextmanager
    def transaction(self) -> Iterator[Cursor]:
        with self._lock:
            cursor = self._connection.cursor()
            try:
                cursor.execute("BEGIN IMMEDIATE")
            except sqlite3.OperationalError as exc:  # locked by another process too long
                raise StoreUnavailableError(f"the SQLite database is busy: {exc}") from exc
            try:
                yield cursor
            except sqlite3.Error as exc:
                self._connection.rollback()
                raise StoreUnavailableError(f"the SQLite database failed: {exc}") from exc
            except BaseException:
                self._connection.rollback()
                raise
            else:
                try:
                    self._connection.commit()
                except sqlite3.Error as exc:
                    self._connection.rollback()
                    raise StoreUnavailableError(f"the SQLite database failed: {exc}") from exc
            finally:
                cursor.close()

    def close(self) -> None:
        with self._lock:
            self._connection.close()


def redacted(url: str) -> str:
    """``url`` without a password, for messages and logs."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.rsplit("@", 1)[1]
    user = parts.username or ""
    return parts._replace(netloc=f"{user}:***@{netloc}").geturl()


class PostgresStore(SqlStore):
    """PostgreSQL through ``psycopg`` 3, with a small pool of connections. Receivers that
    share the database may start at the same time: migrations take an advisory lock."""

    dialect = POSTGRES
    MIGRATION_LOCK = 0x50524F41  # "PROA"

    def __init__(self, url: str, pool_size: int = 8, migrate: bool = True) -> None:
        super().__init__()
        try:
            import psycopg
        except ImportError as exc:
            raise StoreError(
                "PostgreSQL needs the psycopg package: pip install 'proactive-gui[collector]'"
            ) from exc
        self._psycopg = psycopg
        self.url = url
        self._idle: queue.LifoQueue[Any] = queue.LifoQueue()
        self._slots = threading.BoundedSemaphore(pool_size)
        self._closed = False
        try:
            with self.transaction() as cursor:
                cursor.execute("SELECT 1")
        except StoreUnavailableError as exc:
            self.close()
            raise StoreError(str(exc)) from exc
        if migrate:
            self._migrate_or_close()

    @property
    def description(self) -> str:
        return f"PostgreSQL {redacted(self.url)}"

    def _connect(self) -> Any:
        try:
            return self._psycopg.connect(self.url, autocommit=True, connect_timeout=10)
        except self._psycopg.Error as exc:
            first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise StoreUnavailableError(
                f"cannot reach the PostgreSQL database {redacted(self.url)}: {first}"
            ) from exc

    @contextmanager
    def transaction(self) -> Iterator[Cursor]:
        if not self._slots.acquire(timeout=30):
            raise StoreUnavailableError("every connection to PostgreSQL is busy")
        connection = None
        try:
            try:
                connection = self._idle.get_nowait()
            except queue.Empty:
                connection = self._connect()
            try:
                with connection.transaction(), connection.cursor() as cursor:
                    yield cursor
            except self._psycopg.OperationalError as exc:
                connection.close()
                self._drop_idle()  # the server went away: the others are broken too
                raise StoreUnavailableError(f"PostgreSQL failed: {exc}") from exc
            except self._psycopg.Error as exc:
                if connection.closed or connection.broken:
                    connection.close()
                raise StoreError(f"PostgreSQL refused: {exc}") from exc
        finally:
            if connection is not None and not connection.closed and not self._closed:
                self._idle.put(connection)
            elif connection is not None:
                connection.close()
            self._slots.release()

    def _lock_schema(self, cursor: Cursor) -> None:
        cursor.execute("SELECT pg_advisory_xact_lock(%s)", (self.MIGRATION_LOCK,))

    def _drop_idle(self) -> None:
        while True:
            try:
                self._idle.get_nowait().close()
            except queue.Empty:
                return

    def close(self) -> None:
        self._closed = True
        self._drop_idle()


def open_store(url: str) -> PayloadStore:
    """The store a ``--db`` URL names: ``sqlite:///PATH`` (a file; ``sqlite:////abs``
    or ``sqlite:///relative``) or ``postgresql://USER@HOST:PORT/DB``."""
    scheme, _, rest = url.partition("://")
    if scheme == "sqlite" and rest.startswith("/") and len(rest) > 1:
        return SqliteStore(Path(unquote(rest[1:])))
    if scheme in ("postgresql", "postgres") and rest:
        return PostgresStore(url)
    raise StoreError(
        f"--db {redacted(url)!r} is not a database URL: use sqlite:///PATH or "
        "postgresql://USER@HOST:PORT/DBNAME"
    )


def store_in_folder(folder: Path) -> SqliteStore:
    """``--store DIR``: SQLite in ``DIR/collector.sqlite3``."""
    return SqliteStore(folder / SQLITE_FILE)
