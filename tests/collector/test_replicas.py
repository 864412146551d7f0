"""Two receiver processes share one real PostgreSQL: payloads that several uploaders send
to both at once are stored exactly once, and a receiver killed with SIGKILL in the middle
of the stream loses nothing that it acknowledged."""

from __future__ import annotations

import threading
from pathlib import Path

import httpx
import pytest
from prometheus_client.parser import text_string_to_metric_families

from proactive_gui.collector.storage import PostgresStore
from proactive_gui.payload.seal import SealedPayload
from proactive_gui.uplink.engine import Backoff, UploadEngine
from proactive_gui.uplink.history import SentHistory
from proactive_gui.uplink.keys import SpoolKey
from proactive_gui.uplink.spool import Spool
from proactive_gui.uplink.transport import TransportConfig
from tests.collector_support import (
    Payload,
    admin_get,
    client,
    payload,
    receiver_process,
    running_postgres,
    send,
)
from tests.uplink_support import TOKEN, Certificates, until

FAST = Backoff(base_s=0.02, cap_s=0.2)
KEY = SpoolKey(bytes(range(32)), "keyring")


def _counter(http: httpx.Client, url: str, name: str) -> float:
    text = admin_get(http, url, "/metrics").text
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            if sample.name == name:
                return float(sample.value)
    raise AssertionError(f"{name} not in /metrics")


def _stored(url: str) -> tuple[list[str], dict[str, bytes]]:
    store = PostgresStore(url)
    try:
        ids = store.stored_ids()
        return ids, {i: store.body_of(i) or b"" for i in ids}
    finally:
        store.close()


@pytest.mark.slow
def test_uploaders_sending_the_same_payloads_to_two_replicas_store_each_once(
    certs: Certificates, tmp_path: Path, pg_url: str
) -> None:
    items = [payload(f"SIM{i:04d}", template=i) for i in range(24)]
    engines: list[UploadEngine] = []
    spools: list[Spool] = []
    with (
        receiver_process(certs, "--db", pg_url) as first,
        receiver_process(certs, "--db", pg_url) as second,
    ):
        for n in range(4):  # four uploaders, each with every payload, two on each replica
            spool = Spool(tmp_path / f"spool-{n}", KEY)
            for item in items:
                spool.put(SealedPayload.from_bytes(item.data))
            url = (first, second)[n % 2].url
            engines.append(
                UploadEngine(
                    spool,
                    SentHistory(tmp_path / f"sent-{n}.jsonl"),
                    config=lambda url=url: TransportConfig(
                        url, str(certs.ca), "none", timeout_s=10
                    ),  # type: ignore[misc]
                    token=lambda: TOKEN,
                    opted_in=lambda: True,
                    backoff=FAST,
                    idle_poll_s=0.05,
                )
            )
            spools.append(spool)
        for engine in engines:
            engine.start()
        try:
            assert until(lambda: not any(s.pending() for s in spools), timeout=60)
        finally:
            for engine in engines:
                assert engine.stop(timeout=5)
        with client(certs) as http:
            received = [
                _counter(http, r.url, "proactive_collector_payloads_received_total")
                for r in (first, second)
            ]
            duplicates = [
                _counter(http, r.url, "proactive_collector_payloads_duplicate_total")
                for r in (first, second)
            ]
    assert sum(received) == len(items), received  # stored once over both replicas
    assert sum(duplicates) >= 3 * len(items)
    ids, bodies = _stored(pg_url)
    assert ids == sorted(i.payload_id for i in items)
    assert all(bodies[i.payload_id] == i.data for i in items)
    for engine in engines:
        sent = engine.history.entries()
        assert sorted(h.payload_id for h in sent) == ids
        assert all(h.receipt["sha256"] == h.sha256 for h in sent)


def test_the_same_payload_at_both_replicas_at_the_same_moment_is_stored_once(
    certs: Certificates, pg_url: str
) -> None:
    items = [payload(f"RACE{i:03d}") for i in range(20)]
    with (
        receiver_process(certs, "--db", pg_url) as first,
        receiver_process(certs, "--db", pg_url) as second,
    ):
        clients = [client(certs), client(certs)]
        for http, receiver in zip(clients, (first, second), strict=True):
            http.get(f"{receiver.url}/v1/ping")  # connect and shake hands before the race
        statuses: list[list[int]] = []
        for item in items:
            answers: list[int] = []
            gate = threading.Barrier(2)

            def race(
                http: httpx.Client,
                url: str,
                item: Payload = item,
                gate: threading.Barrier = gate,
                answers: list[int] = answers,
            ) -> None:
                gate.wait()
                response = send(http, url, item)
                assert response.json()["sha256"] == item.sha256
                answers.append(response.status_code)

            threads = [
                threading.Thread(target=race, args=(http, r.url))
                for http, r in zip(clients, (first, second), strict=True)
            ]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
            statuses.append(sorted(answers))
        for http in clients:
            http.close()
    assert statuses == [[200, 201]] * len(items)  # one stored it, the other found it
    ids, _ = _stored(pg_url)
    assert ids == sorted(i.payload_id for i in items)


@pytest.mark.slow
def test_a_replica_killed_mid_write_loses_nothing_it_acknowledged(
    certs: Certificates, pg_url: str
) -> None:
    items = [payload(f"K{i:04d}", template=i) for i in range(300)]
    acknowledged: set[str] = set()
    failed: list[str] = []
    lock = threading.Lock()
    with (
        receiver_process(certs, "--db", pg_url) as doomed,
        receiver_process(certs, "--db", pg_url) as survivor,
    ):

        def sender(chunk: list[Payload]) -> None:
            with client(certs, timeout=5) as http:
                for item in chunk:
                    try:
                        response = send(http, doomed.url, item)
                    except httpx.HTTPError:
                        with lock:
                            failed.append(item.payload_id)
                        continue
                    if response.status_code in (200, 201):
                        assert response.json()["sha256"] == item.sha256
                        with lock:
                            acknowledged.add(item.payload_id)

        threads = [threading.Thread(target=sender, args=(items[n::8],)) for n in range(8)]
        for thread in threads:
            thread.start()
        assert until(lambda: len(acknowledged) >= 60, timeout=60)
        doomed.kill()
        for thread in threads:
            thread.join(timeout=60)
        assert 60 <= len(acknowledged) < len(items), "the kill came too late to test anything"
        assert failed, "no request was cut off by the kill"
        ids, bodies = _stored(pg_url)
        lost = acknowledged - set(ids)
        assert not lost, f"{len(lost)} acknowledged payload(s) lost"
        assert all(bodies[i.payload_id] == i.data for i in items if i.payload_id in acknowledged)
        # every payload not acknowledged is sent again, to the survivor, and stored once
        again = [i for i in items if i.payload_id not in acknowledged]
        answers: list[int] = []

        def resend(chunk: list[Payload]) -> None:
            with client(certs) as http:
                for item in chunk:
                    response = send(http, survivor.url, item)
                    assert response.json()["sha256"] == item.sha256
                    answers.append(response.status_code)

        threads = [threading.Thread(target=resend, args=(again[n::4],)) for n in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=60)
        assert len(answers) == len(again) and set(answers) <= {200, 201}
    ids, bodies = _stored(pg_url)
    assert ids == sorted(i.payload_id for i in items)  # each once: the primary key
    assert all(bodies[i.payload_id] == i.data for i in items)


@pytest.mark.slow
def test_while_postgres_is_down_uploads_get_503_and_then_arrive(certs: Certificates) -> None:
    """A database restart is a transient fault: 503 with Retry-After (the app keeps the
    payload queued), never a crash, and the receiver uses the database again once it is
    back."""
    with running_postgres() as own:
        url = own.create_database()
        with receiver_process(certs, "--db", url) as receiver, client(certs) as http:
            assert send(http, receiver.url, payload("M00630")).status_code == 201
            own.stop()
            waiting = payload("M00630")
            down = send(http, receiver.url, waiting)
            assert down.status_code == 503 and down.headers["Retry-After"] == "5"
            assert "PostgreSQL" in down.json()["error"]
            assert "Traceback" not in down.text
            own.start()
            assert send(http, receiver.url, waiting).status_code == 201
            assert receiver.process.poll() is None
        ids, _ = _stored(url)
        assert waiting.payload_id in ids and len(ids) == 2
