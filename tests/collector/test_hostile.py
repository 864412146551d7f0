"""A receiver on a lab network: clients that never start TLS, that trickle a body, or
that open more connections than it serves are cut off in time, and it goes on serving."""

from __future__ import annotations

import base64
import socket
import ssl
import time
from collections.abc import Iterator
from contextlib import ExitStack, suppress
from pathlib import Path

import httpx
import pytest

from proactive_gui.collector.server import Collector, Limits
from proactive_gui.collector.storage import SqliteStore
from tests.collector.test_endpoints import REQUEST
from tests.collector_support import client, payload, raw_request, running_receiver, send
from tests.uplink_support import TOKEN, Certificates, until

QUICK = Limits(handshake_s=1.0, read_s=1.0, body_s=2.0, connections=250)


@pytest.fixture
def receiver(certs: Certificates, tmp_path: Path) -> Iterator[Collector]:
    store = SqliteStore(tmp_path / "db.sqlite3")
    with running_receiver(certs, store, limits=QUICK) as server:
        yield server
    store.close()


def _silent(url: str) -> socket.socket:
    host, port = url.removeprefix("https://").rsplit(":", 1)
    sock = socket.create_connection((host, int(port)), timeout=10)
    return sock


def _closed_by_server(sock: socket.socket) -> bool:
    try:
        return sock.recv(1) == b""
    except ConnectionResetError:
        return True


def test_connections_that_never_start_tls_are_dropped_and_others_still_served(
    certs: Certificates, receiver: Collector
) -> None:
    with ExitStack() as stack:
        idle = [stack.enter_context(_silent(receiver.url)) for _ in range(200)]
        with client(certs) as http:
            started = time.monotonic()
            assert http.get(f"{receiver.url}/v1/ping").status_code == 200
            assert time.monotonic() - started < 2
        deadline = time.monotonic() + 10
        for sock in idle:
            sock.settimeout(max(0.1, deadline - time.monotonic()))
            assert _closed_by_server(sock), "an idle connection was held past the handshake limit"
        assert time.monotonic() < deadline


def test_one_connection_past_the_limit_is_closed_at_once(
    certs: Certificates, tmp_path: Path
) -> None:
    store = SqliteStore(tmp_path / "db.sqlite3")
    limits = Limits(handshake_s=2.0, read_s=2.0, body_s=2.0, connections=3)
    with running_receiver(certs, store, limits=limits) as server, ExitStack() as stack:
        held = [stack.enter_context(_silent(server.url)) for _ in range(3)]
        time.sleep(0.2)
        extra = stack.enter_context(_silent(server.url))
        extra.settimeout(1.0)
        started = time.monotonic()
        assert _closed_by_server(extra) and time.monotonic() - started < 1.0
        for sock in held:
            sock.close()
        with client(certs) as http:  # the held ones gone, it serves again
            assert until(lambda: _pings(http, server.url), timeout=10)
    store.close()


def _pings(http: httpx.Client, url: str) -> bool:
    try:
        return http.get(f"{url}/v1/ping").status_code == 200
    except httpx.HTTPError:
        return False


def test_a_body_trickled_past_the_time_limit_gets_408_and_is_not_stored(
    certs: Certificates, receiver: Collector
) -> None:
    item = payload()
    digest = f"sha-256=:{base64.b64encode(bytes.fromhex(item.sha256)).decode()}:"
    head = REQUEST.format(token=TOKEN, pid=item.payload_id, digest=digest, length=len(item.data))
    host, port = receiver.url.removeprefix("https://").rsplit(":", 1)
    context = ssl.create_default_context(cafile=str(certs.ca))
    answer = b""
    started = time.monotonic()
    with (
        socket.create_connection((host, int(port)), timeout=10) as raw,
        context.wrap_socket(raw, server_hostname=host) as conn,
    ):
        conn.sendall(head.encode())
        for byte in item.data[:40]:  # a byte every 0.3 s: each read in time, the whole not
            conn.sendall(bytes([byte]))
            time.sleep(0.3)
            conn.settimeout(0.01)
            with suppress(TimeoutError, ssl.SSLWantReadError):
                answer += conn.recv(65536)
            if answer:
                break
        conn.settimeout(5)
        while chunk := conn.recv(65536):
            answer += chunk
    assert answer.startswith(b"HTTP/1.1 408 "), answer[:100]
    assert time.monotonic() - started < QUICK.body_s + 2
    assert receiver.store.count() == 0
    with client(certs) as http:
        assert send(http, receiver.url, item).status_code == 201


def test_a_huge_content_length_is_refused_before_reading(
    certs: Certificates, receiver: Collector
) -> None:
    item = payload()
    head = REQUEST.format(token=TOKEN, pid=item.payload_id, digest="sha-256=:AAAA:", length=10**12)
    answer = raw_request(certs, receiver.url, head.encode())
    assert answer.startswith(b"HTTP/1.1 413 ")
