"""The fault matrix: in each case every other payload is kept and arrives once the
fault clears. Real TLS on loopback; the receiver misbehaves on purpose."""

from __future__ import annotations

import socket
import ssl
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from email.utils import formatdate
from pathlib import Path

import pytest

from proactive_gui.collector.server import Faults
from proactive_gui.instrument.simulator import demo_store
from proactive_gui.payload.build import build
from proactive_gui.payload.seal import SealedPayload, seal
from proactive_gui.uplink.engine import Backoff, State, UploadEngine, retry_after
from proactive_gui.uplink.history import SentHistory
from proactive_gui.uplink.keys import SpoolKey
from proactive_gui.uplink.spool import Spool, SpoolFullError
from proactive_gui.uplink.transport import TransportConfig
from tests.uplink_support import (
    TOKEN,
    Answer,
    Certificates,
    make_certificates,
    running_collector,
    until,
)

FAST = Backoff(base_s=0.02, cap_s=0.2)
KEY = SpoolKey(bytes(range(32)), "keyring")


def _payloads(count: int) -> list[SealedPayload]:
    store = demo_store(epoch=0.0)
    return [seal(build("health", store, machine=[], opted_in=True)) for _ in range(count)]


def _spool(tmp_path: Path, payloads: list[SealedPayload]) -> Spool:
    spool = Spool(tmp_path / "spool", KEY)
    for payload in payloads:
        spool.put(payload)
    return spool


def _engine(
    spool: Spool,
    tmp_path: Path,
    endpoint: Callable[[], str],
    ca: Path | None,
    timeout_s: float = 5.0,
) -> UploadEngine:
    return UploadEngine(
        spool,
        SentHistory(tmp_path / "sent.jsonl"),
        config=lambda: TransportConfig(endpoint(), str(ca or ""), "none", timeout_s=timeout_s),
        token=lambda: TOKEN,
        opted_in=lambda: True,
        backoff=FAST,
        idle_poll_s=0.05,
    )


@pytest.fixture
def certs(tmp_path: Path) -> Certificates:
    return make_certificates(tmp_path / "certs")


def _drain(engine: UploadEngine, spool: Spool, timeout: float = 20.0) -> None:
    """Run the engine until the spool is empty (asserted), then stop it (asserted)."""
    engine.start()
    try:
        assert until(lambda: not spool.pending(), timeout=timeout)
    finally:
        assert engine.stop()


def _received(folder: Path) -> set[str]:
    return {p.stem for p in folder.glob("*.json") if not p.name.endswith(".receipt.json")}


@pytest.mark.parametrize(
    "faults",
    [
        Faults(status_500=0.5, seed=1),
        Faults(status_503=0.5, retry_after="0", seed=2),
        Faults(status_429=0.5, retry_after="0", seed=3),
        Faults(reset=0.5, seed=4),
    ],
    ids=["500", "503-retry-after", "429-retry-after", "connection-reset"],
)
def test_transient_faults_delay_but_lose_nothing(
    faults: Faults, certs: Certificates, tmp_path: Path
) -> None:
    payloads = _payloads(8)
    spool = _spool(tmp_path, payloads)
    with running_collector(certs, tmp_path / "received", faults) as receiver:
        engine = _engine(spool, tmp_path, lambda: receiver.url, certs.ca)
        _drain(engine, spool)
        assert _received(tmp_path / "received") == {p.payload_id for p in payloads}
        assert receiver.store.received == len(payloads)


def test_a_hanging_receiver_times_out_and_the_payload_goes_later(
    certs: Certificates, tmp_path: Path
) -> None:
    payloads = _payloads(4)
    spool = _spool(tmp_path, payloads)
    with running_collector(certs, tmp_path / "received", Faults(hang=0.5, seed=5)) as receiver:
        engine = _engine(spool, tmp_path, lambda: receiver.url, certs.ca, timeout_s=0.5)
        _drain(engine, spool, timeout=30)
    assert _received(tmp_path / "received") == {p.payload_id for p in payloads}


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_receiver_down_then_up(certs: Certificates, tmp_path: Path) -> None:
    payloads = _payloads(3)
    spool = _spool(tmp_path, payloads)
    port = _free_port()
    engine = _engine(spool, tmp_path, lambda: f"https://127.0.0.1:{port}", certs.ca)
    engine.start()
    try:
        assert until(lambda: engine.status.state == State.WAITING)
        assert "cannot be reached" in engine.status.detail
        assert len(spool.pending()) == 3
        with running_collector(certs, tmp_path / "received", port=port):
            engine.send_now()
            assert until(lambda: not spool.pending())
    finally:
        assert engine.stop()
    assert _received(tmp_path / "received") == {p.payload_id for p in payloads}


def _refused(spool: Spool, engine: UploadEngine, words: str) -> None:
    engine.start()
    try:
        assert until(lambda: engine.status.state == State.WAITING)
        time.sleep(0.3)  # a few attempts
        detail = engine.status.problem
    finally:
        assert engine.stop()
    assert words in detail
    assert len(spool.pending()) == 2  # kept, not parked


def test_old_tls_is_refused(certs: Certificates, tmp_path: Path) -> None:
    spool = _spool(tmp_path, _payloads(2))
    old = ssl.TLSVersion.TLSv1
    with running_collector(
        certs, tmp_path / "r", minimum=old, maximum=ssl.TLSVersion.TLSv1_1
    ) as receiver:
        engine = _engine(spool, tmp_path, lambda: receiver.url, certs.ca)
        _refused(spool, engine, "TLS 1.2")
        assert receiver.store.received == 0


def test_wrong_host_name_is_refused(tmp_path: Path) -> None:
    certs = make_certificates(tmp_path / "certs", hosts=("proactive.example.com",))
    spool = _spool(tmp_path, _payloads(2))
    with running_collector(certs, tmp_path / "r") as receiver:
        _refused(spool, _engine(spool, tmp_path, lambda: receiver.url, certs.ca), "not trusted")
        assert receiver.store.received == 0


def test_an_expired_certificate_is_refused(tmp_path: Path) -> None:
    expired = datetime.now(UTC) - timedelta(days=1)
    certs = make_certificates(tmp_path / "certs", not_after=expired)
    spool = _spool(tmp_path, _payloads(2))
    with running_collector(certs, tmp_path / "r") as receiver:
        _refused(spool, _engine(spool, tmp_path, lambda: receiver.url, certs.ca), "not trusted")
        assert receiver.store.received == 0


def test_an_unknown_ca_is_refused_until_it_is_configured(
    certs: Certificates, tmp_path: Path
) -> None:
    payloads = _payloads(2)
    spool = _spool(tmp_path, payloads)
    with running_collector(certs, tmp_path / "received") as receiver:
        _refused(spool, _engine(spool, tmp_path, lambda: receiver.url, None), "not trusted")
        engine = _engine(spool, tmp_path, lambda: receiver.url, certs.ca)
        _drain(engine, spool)
    assert _received(tmp_path / "received") == {p.payload_id for p in payloads}


def test_a_full_disk_refuses_the_new_payload_and_keeps_the_others(
    certs: Certificates, tmp_path: Path
) -> None:
    payloads = _payloads(3)
    spool = _spool(tmp_path, payloads)
    full = Spool(tmp_path / "spool", KEY, disk_free=lambda _: 10 * 1024 * 1024)
    with pytest.raises(SpoolFullError, match="disk is almost full"):
        full.put(_payloads(1)[0])
    assert len(spool.pending()) == 3
    with running_collector(certs, tmp_path / "received") as receiver:
        engine = _engine(spool, tmp_path, lambda: receiver.url, certs.ca)
        _drain(engine, spool)
    assert _received(tmp_path / "received") == {p.payload_id for p in payloads}


def test_a_corrupt_record_is_quarantined_and_the_rest_arrive(
    certs: Certificates, tmp_path: Path
) -> None:
    payloads = _payloads(3)
    spool = _spool(tmp_path, payloads)
    victim = spool.pending()[1]
    data = bytearray(victim.path.read_bytes())
    data[40] ^= 0xFF  # one flipped bit in the ciphertext
    victim.path.write_bytes(bytes(data))
    with running_collector(certs, tmp_path / "received") as receiver:
        engine = _engine(spool, tmp_path, lambda: receiver.url, certs.ca)
        _drain(engine, spool)
    quarantined = spool.quarantined()
    assert [r.payload_id for r in quarantined] == [payloads[1].payload_id]
    assert "damaged" in quarantined[0].reason()
    assert _received(tmp_path / "received") == {payloads[0].payload_id, payloads[2].payload_id}


def test_a_refused_token_pauses_until_a_new_one(certs: Certificates, tmp_path: Path) -> None:
    payloads = _payloads(2)
    spool = _spool(tmp_path, payloads)
    token = ["wrong"]
    with running_collector(certs, tmp_path / "received") as receiver:
        engine = _engine(spool, tmp_path, lambda: receiver.url, certs.ca)
        engine.token = lambda: token[0]
        engine.start()
        try:
            assert until(lambda: engine.status.state == State.AUTH_NEEDED)
            assert (
                "set-secret token" in engine.status.detail and "wrong" not in engine.status.detail
            )
            time.sleep(0.2)
            assert len(spool.pending()) == 2
            token[0] = TOKEN
            assert until(lambda: not spool.pending())
        finally:
            assert engine.stop()


def test_retry_after_as_seconds_or_a_date() -> None:
    now = datetime(2026, 11, 22, 12, 0, 0, tzinfo=UTC).timestamp()
    assert retry_after("120", now) == 120.0
    assert retry_after("Sun, 22 Nov 2026 12:00:30 GMT", now) == 30.0
    assert retry_after("Sun, 22 Nov 2026 11:00:00 GMT", now) == 0.0
    assert retry_after("soon", now) is None and retry_after(None, now) is None


def test_the_engine_stops_within_2_s_even_mid_request(certs: Certificates, tmp_path: Path) -> None:
    spool = _spool(tmp_path, _payloads(2))
    with running_collector(certs, tmp_path / "received", Faults(hang=1.0)) as receiver:
        engine = _engine(spool, tmp_path, lambda: receiver.url, certs.ca, timeout_s=60)
        engine.start()
        assert until(lambda: engine.status.state == State.SENDING)
        time.sleep(0.3)  # the request is in flight, the receiver hangs
        began = time.monotonic()
        assert engine.stop(timeout=2.0)
        assert time.monotonic() - began < 2.0
    assert len(spool.pending()) == 2  # nothing lost


def test_offline_export_carries_the_exact_bytes_and_keeps_them_queued(tmp_path: Path) -> None:
    import json
    import zipfile

    from proactive_gui.uplink.export import export_queue

    payloads = _payloads(3)
    spool = _spool(tmp_path, payloads)
    assert export_queue(spool, tmp_path / "carry.zip") == 3
    with zipfile.ZipFile(tmp_path / "carry.zip") as archive:
        manifest = json.loads(archive.read("manifest.json"))
        for payload in payloads:
            assert archive.read(f"{payload.payload_id}.json") == payload.data
    assert [m["sha256"] for m in manifest["payloads"]] == [p.sha256 for p in payloads]
    assert len(spool.pending()) == 3 and all(r.exported for r in spool.pending())


def test_delivery_through_a_proxy_with_its_password(certs: Certificates, tmp_path: Path) -> None:
    from tests.uplink_support import ConnectProxy

    payloads = _payloads(2)
    spool = _spool(tmp_path, payloads)
    proxy = ConnectProxy("lab", "s3cret-proxy")
    try:
        with running_collector(certs, tmp_path / "received") as receiver:
            url = f"http://lab@127.0.0.1:{proxy.port}"
            engine = _engine(spool, tmp_path, lambda: receiver.url, certs.ca)
            wrong = TransportConfig(receiver.url, str(certs.ca), url, proxy_password="nope")
            engine.config = lambda: wrong
            engine.start()
            try:
                assert until(lambda: engine.status.problem != "")
                problem = engine.status.problem
            finally:
                assert engine.stop()
            assert "proxy refused" in problem and "nope" not in problem
            right = TransportConfig(receiver.url, str(certs.ca), url, proxy_password="s3cret-proxy")
            engine.config = lambda: right
            _drain(engine, spool)
    finally:
        proxy.close()
    assert proxy.refused >= 1 and proxy.tunnels >= 1
    assert _received(tmp_path / "received") == {p.payload_id for p in payloads}


def test_the_system_proxy_comes_from_the_os(monkeypatch: pytest.MonkeyPatch) -> None:
    """The edge of the machine (environment, Windows registry) is what urllib reads."""
    import urllib.request

    from proactive_gui.uplink.transport import system_proxy

    monkeypatch.setattr(urllib.request, "getproxies", lambda: {"https": "http://corp:8080"})
    monkeypatch.setattr(urllib.request, "proxy_bypass", lambda host: host == "intranet.lab")
    assert system_proxy("https://proactive.example.com") == "http://corp:8080"
    assert system_proxy("https://intranet.lab/v1") is None


def test_opting_out_mid_delivery_starts_no_further_upload(
    certs: Certificates, tmp_path: Path
) -> None:
    spool = _spool(tmp_path, _payloads(12))
    sending = [True]
    with running_collector(certs, tmp_path / "received", Faults(delay_s=0.2)) as receiver:
        engine = _engine(spool, tmp_path, lambda: receiver.url, certs.ca)
        engine.opted_in = lambda: sending[0]
        engine.start()
        try:
            assert until(lambda: receiver.store.received >= 2)
            sending[0] = False  # the technician unticks the box
            switched = time.monotonic()
            assert until(lambda: engine.status.state == State.OPTED_OUT, timeout=5)
            time.sleep(1.0)
        finally:
            assert engine.stop()
        late = [t for t in receiver.posts_begun if t > switched + 0.25]  # beyond one poll
    assert late == []
    assert len(spool.pending()) >= 12 - receiver.store.received - 1  # the rest stays queued


@pytest.mark.parametrize("every_s", [0.3, 30.0], ids=["a-byte-every-0.3-s", "then-silence"])
def test_a_trickling_answer_ends_at_the_attempt_deadline(
    every_s: float, certs: Certificates, tmp_path: Path
) -> None:
    """200 with Content-Length 100000000, one byte at a time: every read succeeds within
    the per-read time-out (10 s), so only the attempt's overall deadline ends it; and a
    read blocked on a silent receiver is woken at the deadline, not after the time-out."""
    from tests.uplink_support import running_hostile, trickling

    spool = _spool(tmp_path, _payloads(2))
    with running_hostile(certs, trickling(every_s=every_s)) as hostile:
        config = TransportConfig(hostile.url, str(certs.ca), "none", timeout_s=10, deadline_s=1.5)
        engine = _engine(spool, tmp_path, lambda: hostile.url, certs.ca)
        engine.config = lambda: config
        engine.start()
        try:
            began = time.monotonic()
            assert until(lambda: engine.status.problem != "", timeout=6)
            assert time.monotonic() - began < 4.0  # not the 10 s per-read time-out
            assert "within 1.5 s" in engine.status.problem
            assert until(lambda: len(hostile.uploads) >= 2, timeout=8)  # tried again
            time.sleep(0.5)  # mid-trickle again
        finally:
            stopping = time.monotonic()
            assert engine.stop(timeout=2.0)
            assert time.monotonic() - stopping < 2.0
    assert len(spool.pending()) == 2


def _throttling(retry_after: str, date: str | None = None) -> Answer:
    from tests.uplink_support import answering

    headers = {"Retry-After": retry_after, **({"Date": date} if date else {})}
    return answering(503, b'{"error": "maintenance"}', headers)


A_MONTH = 30 * 86400.0
RETRY_AFTER_CAP_S = 3600.0  # the engine's documented cap on Retry-After: one hour


@pytest.mark.parametrize(
    ("retry", "low", "high"),
    [
        (lambda now: _throttling("99999999999"), 0.0, RETRY_AFTER_CAP_S),
        (lambda now: _throttling("Fri, 01 Jan 2100 00:00:00 GMT"), 0.0, RETRY_AFTER_CAP_S),
        # the PC's clock is 30 days slow: the receiver's "now + 60 s" is read against
        # the receiver's own Date, not against this PC's clock
        (
            lambda now: _throttling(
                formatdate(now + A_MONTH + 60, usegmt=True), formatdate(now + A_MONTH, usegmt=True)
            ),
            55.0,
            65.0,
        ),
        # and a receiver clock that is behind this PC's is no excuse to hammer it
        (
            lambda now: _throttling(
                formatdate(now - A_MONTH + 60, usegmt=True), formatdate(now - A_MONTH, usegmt=True)
            ),
            55.0,
            65.0,
        ),
    ],
    ids=["seconds-for-3000-years", "date-in-2100", "pc-clock-30-days-slow", "pc-clock-fast"],
)
def test_retry_after_is_capped_and_read_against_the_receivers_date(
    retry: Callable[[float], Answer], low: float, high: float, certs: Certificates, tmp_path: Path
) -> None:
    from tests.uplink_support import running_hostile

    spool = _spool(tmp_path, _payloads(1))
    with running_hostile(certs, retry(time.time())) as hostile:
        engine = _engine(spool, tmp_path, lambda: hostile.url, certs.ca)
        engine.start()
        try:
            assert until(lambda: engine.status.state == State.WAITING, timeout=10)
            retry_at = engine.status.retry_at
            asked = time.time()
        finally:
            assert engine.stop()
    assert retry_at is not None
    assert low - 2 <= retry_at - asked <= high + 2, retry_at - asked
    assert len(spool.pending()) == 1


def test_retry_after_against_the_date_header_and_capped() -> None:
    from proactive_gui.uplink import engine

    assert engine.RETRY_AFTER_CAP_S == RETRY_AFTER_CAP_S
    now = datetime(2026, 11, 22, 12, 0, 0, tzinfo=UTC).timestamp()
    date = "Tue, 22 Dec 2026 12:00:00 GMT"  # the receiver is 30 days ahead of this PC
    assert retry_after("Tue, 22 Dec 2026 12:01:00 GMT", now, date) == 60.0
    assert retry_after("Tue, 22 Dec 2026 12:01:00 GMT", now, "garbage") == RETRY_AFTER_CAP_S
    assert retry_after("99999999999", now) == RETRY_AFTER_CAP_S
    assert retry_after("Fri, 01 Jan 2100 00:00:00 GMT", now) == RETRY_AFTER_CAP_S
    assert retry_after("-5", now) is None and retry_after("1e9", now) is None
