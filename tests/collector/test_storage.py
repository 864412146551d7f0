"""The receiver's stores, on a real SQLite file and a real PostgreSQL server: a payload is
kept once, as received; the instrument's state follows its newest payload; schema
versions are applied in order, once, and a newer database is refused in words."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import threading
from pathlib import Path

import pytest

from proactive_gui.collector.storage import (
    LATEST,
    PostgresStore,
    SqliteStore,
    SqlStore,
    StoreError,
    open_store,
    store_in_folder,
)
from tests.collector_support import PostgresServer, payload


def test_a_payload_is_kept_once_as_received(sql_store: SqlStore) -> None:
    item = payload("M00630")
    receipt, duplicate = sql_store.keep(item.payload_id, item.data)
    assert not duplicate
    assert receipt["sha256"] == item.sha256 and receipt["size"] == len(item.data)
    again, duplicate = sql_store.keep(item.payload_id, item.data)
    assert duplicate and again == {**receipt, "duplicate": True}
    assert sql_store.body_of(item.payload_id) == item.data
    assert hashlib.sha256(sql_store.body_of(item.payload_id) or b"").hexdigest() == item.sha256
    assert sql_store.receipt_of(item.payload_id) == receipt
    assert sql_store.count() == 1 and sql_store.stored_ids() == [item.payload_id]
    assert (sql_store.received, sql_store.duplicates) == (1, 1)


def test_the_unique_constraint_refuses_a_second_row(sql_store: SqlStore) -> None:
    """De-duplication does not rest on the receiver's code alone: the database itself
    refuses a second row with the same payload_id."""
    item = payload()
    sql_store.keep(item.payload_id, item.data)
    with pytest.raises(Exception, match=r"(?i)unique|duplicate"), sql_store.transaction() as cur:
        cur.execute(
            sql_store.dialect.sql(
                "INSERT INTO payloads (payload_id, body, sha256, size, receipt, received_at, "
                "received_s, serial, model, kind, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            ),
            (item.payload_id, b"{}", "x", 2, "{}", "t", 0.0, "s", "m", "k", "c"),
        )
    assert sql_store.count() == 1


def test_the_newest_payload_speaks_for_the_instrument(sql_store: SqlStore) -> None:
    newer = payload("VH00559", created_at="2026-12-01T10:00:00Z", template=5)
    failing = json.loads(payload(template=1).data)["instrument_performance"]
    failing["alerts"] = [{"channel": "percent_pf", "level": "failure", "start_s": 1, "end_s": None, "reason": "low"}]  # fmt: skip
    older = payload(
        "VH00559", created_at="2026-11-30T10:00:00Z", template=1, instrument_performance=failing
    )
    other = payload("A00834", template=6)
    for item in (newer, older, other):  # the older one arrives last
        sql_store.keep(item.payload_id, item.data)
    states = {s.serial: s for s in sql_store.instruments()}
    assert sorted(states) == ["A00834", "VH00559"]
    state = states["VH00559"]
    assert state.payloads == 2
    assert state.latest_payload_id == newer.payload_id
    assert state.latest_created_at == "2026-12-01T10:00:00Z"
    assert state.model == "NextSeq 2000"  # template 5's, not the older payload's MiSeq
    assert state.verdict == "ok"  # the older payload's failure is history, not state
    assert state.summary["open_alerts"] == []
    assert state.summary["subsystems"]["thermal"]["state"] == "not_measured"
    assert sql_store.instrument("VH00559") == state
    assert sql_store.instrument("nobody") is None
    history = sql_store.history("VH00559")
    assert [r.payload_id for r in history] == [newer.payload_id, older.payload_id]
    assert history[0].size == len(newer.data) and history[0].sha256 == newer.sha256


def test_alerts_and_forecasts_become_the_instruments_state(sql_store: SqlStore) -> None:
    document = json.loads(payload("D00251").data)
    performance = document["instrument_performance"]
    performance["subsystems"][0] = {"subsystem": "optical", "state": "warning", "time_to_failure_h": 5.5}  # fmt: skip
    performance["alerts"] = [
        {"channel": "intensity_a", "level": "failure", "start_s": 10, "end_s": None, "reason": "below the band"},
        {"channel": "focus_a", "level": "warning", "start_s": 1, "end_s": 5, "reason": "closed"},
    ]  # fmt: skip
    performance["early_warnings"] = [{"channel": "intensity_a", "first_warned_s": 3, "time_to_failure_h": 5.5}]  # fmt: skip
    item = payload("D00251", instrument_performance=performance)
    sql_store.keep(item.payload_id, item.data)
    state = sql_store.instrument("D00251")
    assert state is not None
    assert state.verdict == "failure"  # the open alert is worse than the subsystem
    assert [a["channel"] for a in state.summary["open_alerts"]] == ["intensity_a"]
    assert state.summary["forecasts"] == {"optical": 5.5}
    assert state.summary["early_warnings"][0]["time_to_failure_h"] == 5.5


def test_a_payload_without_a_serial_is_kept_under_unknown(sql_store: SqlStore) -> None:
    item = payload("not a serial!")
    _, duplicate = sql_store.keep(item.payload_id, item.data)
    assert not duplicate
    assert [s.serial for s in sql_store.instruments()] == ["unknown"]


def _unmigrated(db_url: str) -> SqlStore:
    if db_url.startswith("sqlite"):
        return SqliteStore(Path(db_url.removeprefix("sqlite:///")), migrate=False)
    return PostgresStore(db_url, migrate=False)


def test_migrations_upgrade_a_version_1_database_and_keep_its_payloads(db_url: str) -> None:
    old = _unmigrated(db_url)
    assert old.migrate(up_to=1) == 1
    item = payload("M01101", template=3)
    with old.transaction() as cursor:  # a payload as version 1 stored it
        cursor.execute(
            old.dialect.sql(
                "INSERT INTO payloads (payload_id, body, sha256, size, receipt, received_at, "
                "received_s, serial, model, kind, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            ),
            (item.payload_id, item.data, item.sha256, len(item.data), json.dumps({"payload_id": item.payload_id}),
             "2026-12-01T00:00:00Z", 1.0, "M01101", "MiSeq", "run_end", "2026-12-01T00:00:00Z"),
        )  # fmt: skip
    old.close()
    store = open_store(db_url)
    assert isinstance(store, SqlStore)
    try:
        assert store.schema_version() == LATEST == 3
        state = store.instrument("M01101")
        assert state is not None and state.payloads == 1 and state.model == "MiSeq"
        assert store.body_of(item.payload_id) == item.data
        assert store.migrate() == LATEST  # nothing left to do
        with store.transaction() as cursor:
            cursor.execute("SELECT version FROM schema_migrations ORDER BY version")
            assert [row[0] for row in cursor.fetchall()] == [1, 2, 3]
    finally:
        store.close()


def test_a_database_from_a_newer_receiver_is_refused_in_words(db_url: str) -> None:
    store = open_store(db_url)
    assert isinstance(store, SqlStore)
    with store.transaction() as cursor:
        cursor.execute(
            store.dialect.sql(
                "INSERT INTO schema_migrations (version, title, applied_at) VALUES (?, ?, ?)"
            ),
            (LATEST + 1, "from the future", "2030-01-01T00:00:00Z"),
        )
    store.close()
    with pytest.raises(StoreError, match=r"schema version 4, newer than this proactive-collector"):
        open_store(db_url)


def test_receivers_starting_together_migrate_once(pg_url: str) -> None:
    stores: list[PostgresStore] = []
    errors: list[BaseException] = []
    start = threading.Barrier(4)

    def open_one() -> None:
        try:
            start.wait()
            stores.append(PostgresStore(pg_url))
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=open_one) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors, errors
    with stores[0].transaction() as cursor:
        cursor.execute("SELECT version FROM schema_migrations ORDER BY version")
        assert [row[0] for row in cursor.fetchall()] == [1, 2, 3]
    for store in stores:
        store.close()


def test_store_dir_is_sqlite_in_that_folder(tmp_path: Path) -> None:
    store = store_in_folder(tmp_path / "received")
    item = payload()
    store.keep(item.payload_id, item.data)
    store.close()
    database = tmp_path / "received" / "collector.sqlite3"
    with sqlite3.connect(database) as connection:
        assert connection.execute("SELECT body FROM payloads").fetchone()[0] == item.data


@pytest.mark.parametrize(
    ("url", "words"),
    [
        ("mysql://db/x", "is not a database URL"),
        ("sqlite://", "is not a database URL"),
        ("/var/lib/x.db", "is not a database URL"),
    ],
)
def test_a_wrong_db_url_says_what_to_write(url: str, words: str) -> None:
    with pytest.raises(StoreError, match=words) as caught:
        open_store(url)
    assert "sqlite:///PATH" in str(caught.value)


def test_an_unreachable_postgres_is_named_without_its_password() -> None:
    from tests.collector_support import free_port

    url = f"postgresql://lab:s3cret-pw@127.0.0.1:{free_port()}/fleet"
    with pytest.raises(StoreError) as caught:
        open_store(url)
    message = str(caught.value)
    assert "cannot reach the PostgreSQL database" in message and "127.0.0.1" in message
    assert "s3cret-pw" not in message


def test_an_unwritable_sqlite_file_is_named(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    with pytest.raises(StoreError, match="cannot open the SQLite database"):
        SqliteStore(blocker / "sub" / "db.sqlite3")


def test_the_postgres_fixture_runs_as_a_non_root_user(postgres: PostgresServer) -> None:
    import psycopg

    with psycopg.connect(postgres.url(), autocommit=True) as connection:
        row = connection.execute("SHOW data_directory").fetchone()
    assert row is not None
    assert Path(row[0]).stat().st_uid != 0
