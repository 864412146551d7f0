"""A record leaves the spool only for a receipt that parses and names its payload_id and
its sealed SHA-256. Whatever else a receiver answers with a 2xx (a receipt without a
digest, broken JSON, a captive portal's page, nothing at all, a 201 sent before the body
was read) is a transient failure that says what was wrong: the payloads stay queued,
nothing enters the sent-history, and all of them arrive once a real receiver answers.
Real TLS on loopback; the hostile receivers are in ``tests/uplink_support.py``."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from proactive_gui.instrument.simulator import demo_store
from proactive_gui.payload.build import build
from proactive_gui.payload.seal import SealedPayload, seal
from proactive_gui.uplink.engine import Backoff, UploadEngine
from proactive_gui.uplink.history import SentHistory
from proactive_gui.uplink.keys import SpoolKey
from proactive_gui.uplink.spool import Spool
from proactive_gui.uplink.transport import TransportConfig
from tests.uplink_support import (
    TOKEN,
    Answer,
    Certificates,
    Upload,
    answering,
    make_certificates,
    running_collector,
    running_hostile,
    until,
)

FAST = Backoff(base_s=0.02, cap_s=0.1)
KEY = SpoolKey(bytes(range(32)), "keyring")
EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"


def _payloads(count: int) -> list[SealedPayload]:
    store = demo_store(epoch=0.0)
    return [seal(build("health", store, machine=[], opted_in=True)) for _ in range(count)]


@pytest.fixture
def certs(tmp_path: Path) -> Certificates:
    return make_certificates(tmp_path / "certs")


def _receipt(**fields: object) -> Callable[[Upload], bytes]:
    """A JSON receipt naming the upload's payload_id, with ``fields``."""

    def body(upload: Upload) -> bytes:
        return json.dumps({"payload_id": upload.headers["idempotency-key"], **fields}).encode()

    return body


JSON = {"Content-Type": "application/json"}
PORTAL = (
    b"<!DOCTYPE html><html><head><title>Guest Wi-Fi</title></head><body><h1>Sign in to "
    b"continue</h1><form action='/login'></form></body></html>"
)

# (answer, answer before reading the body, words the problem must contain)
HOSTILE: dict[str, tuple[Answer, bool, str]] = {
    "201-without-sha256": (answering(201, _receipt(size=1), JSON), True, "SHA-256"),
    "201-other-sha256": (answering(201, _receipt(sha256=EMPTY_SHA256), JSON), True, "SHA-256"),
    "201-other-payload": (
        answering(201, b'{"payload_id": "00000000-0000-4000-8000-000000000000"}', JSON),
        True,
        "another payload",
    ),
    "200-not-json": (answering(200, b"{not json", JSON), True, "not JSON"),
    "200-json-list": (answering(200, b"[]", JSON), True, "not a JSON object"),
    "200-captive-portal": (
        answering(200, PORTAL, {"Content-Type": "text/html; charset=utf-8"}),
        True,
        "web page",
    ),
    "200-empty": (answering(200), True, "empty"),
    "204-no-content": (answering(204), True, "empty"),
    "201-before-the-body": (answering(201, _receipt(status="accepted"), JSON), False, "SHA-256"),
}


@pytest.mark.parametrize("case", list(HOSTILE))
def test_a_2xx_without_a_valid_receipt_deletes_nothing(
    case: str, certs: Certificates, tmp_path: Path
) -> None:
    answer, read_body, words = HOSTILE[case]
    payloads = _payloads(2)
    spool = Spool(tmp_path / "spool", KEY)
    for payload in payloads:
        spool.put(payload)
    history = SentHistory(tmp_path / "sent.jsonl")
    endpoint = [""]
    engine = UploadEngine(
        spool,
        history,
        config=lambda: TransportConfig(endpoint[0], str(certs.ca), "none", timeout_s=5.0),
        token=lambda: TOKEN,
        opted_in=lambda: True,
        backoff=FAST,
        idle_poll_s=0.05,
    )
    with running_hostile(certs, answer, read_body=read_body) as hostile:
        endpoint[0] = hostile.url
        engine.start()
        try:
            assert until(lambda: len(hostile.uploads) >= 3 or not spool.pending())
            problem = engine.status.problem
        finally:
            assert engine.stop()
    assert len(spool.pending()) == 2, "a payload was deleted without a valid receipt"
    assert history.entries() == []
    assert words in problem and "stays queued" in problem, problem
    assert engine.status.sent == 0
    # the fault clears: a receiver that keeps the contract gets every payload, once
    with running_collector(certs, tmp_path / "received") as receiver:
        endpoint[0] = receiver.url
        engine.start()
        try:
            assert until(lambda: not spool.pending(), timeout=20)
        finally:
            assert engine.stop()
        assert receiver.store.received == 2
    delivered = history.entries()
    assert [(d.payload_id, d.sha256) for d in delivered] == [
        (p.payload_id, p.sha256) for p in payloads
    ]
    assert all(d.receipt["sha256"] == d.sha256 for d in delivered)
    assert engine.status.problem == ""
