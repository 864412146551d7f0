"""Fixtures for the receiver's tests: certificates, one PostgreSQL server for the session
(a fresh database per test), and a store of each kind."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from proactive_gui.collector.storage import SqlStore, open_store
from tests.collector_support import PostgresServer, running_postgres
from tests.uplink_support import Certificates, make_certificates


@pytest.fixture
def certs(tmp_path: Path) -> Certificates:
    return make_certificates(tmp_path / "certs")


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresServer]:
    with running_postgres() as server:
        yield server


@pytest.fixture
def pg_url(postgres: PostgresServer) -> str:
    """A new, empty PostgreSQL database."""
    return postgres.create_database()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'collector.sqlite3'}"
    server: PostgresServer = request.getfixturevalue("postgres")
    return server.create_database()


@pytest.fixture
def sql_store(db_url: str) -> Iterator[SqlStore]:
    store = open_store(db_url)
    assert isinstance(store, SqlStore)
    yield store
    store.close()
