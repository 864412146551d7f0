"""The upload path: spool write+fsync rate (against writing and fsyncing the same bytes
unencrypted), encryption cost (against raw AES-GCM), delivery rate to the loopback
receiver over TLS (against bare httpx POSTs of the same bytes), and the longest GUI
event-loop stall while 1,000 payloads are delivered (against the idle loop)."""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

from tests.benchmarks.figures import Figure

PAYLOADS = 300
GUI_PAYLOADS = 1000


def _payloads(count: int) -> list[object]:
    from proactive_gui.instrument.simulator import Simulator, demo_store
    from proactive_gui.payload.build import build
    from proactive_gui.payload.seal import seal

    store = demo_store(epoch=0.0)
    Simulator(store).advance_to(3600.0)
    one = seal(build("health", store, machine=[], opted_in=True))
    # distinct payloads cost a build each; the spool and the wire only see bytes and ids
    return [one] + [
        seal(build("health", store, machine=[], opted_in=True)) for _ in range(min(count, 20) - 1)
    ]


def _spool_figures(work: Path, payloads: list[object]) -> list[Figure]:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    from proactive_gui.uplink.keys import SpoolKey
    from proactive_gui.uplink.spool import Spool, write_atomically

    spool = Spool(work / "spool", SpoolKey(os.urandom(32), "keyring"))
    began = time.perf_counter()
    for i in range(PAYLOADS):
        spool.put(payloads[i % len(payloads)])  # type: ignore[arg-type]
    spool_s = time.perf_counter() - began
    plain = work / "plain"
    plain.mkdir()
    began = time.perf_counter()
    for i in range(PAYLOADS):
        write_atomically(plain / f"{i}.json", payloads[i % len(payloads)].data)  # type: ignore[attr-defined]
    plain_s = time.perf_counter() - began

    data = [p.data for p in payloads]  # type: ignore[attr-defined]
    rounds = 2000
    began = time.perf_counter()
    for i in range(rounds):
        spool.encrypt(data[i % len(data)])
    ours = (time.perf_counter() - began) / rounds
    aead, nonce = AESGCM(os.urandom(32)), os.urandom(12)
    began = time.perf_counter()
    for i in range(rounds):
        aead.encrypt(nonce, data[i % len(data)], b"")
    raw = (time.perf_counter() - began) / rounds
    return [
        Figure(
            "uplink.spool_writes_per_s",
            PAYLOADS / spool_s,
            "1/s",
            PAYLOADS / plain_s,
            "same bytes, unencrypted, write+fsync+rename",
        ),
        Figure("uplink.encrypt_per_payload", ours, "s", raw, "raw AES-GCM of the same bytes"),
    ]


def _delivery_figures(work: Path, payloads: list[object]) -> list[Figure]:
    import httpx

    from proactive_gui.uplink.engine import UploadEngine, content_digest
    from proactive_gui.uplink.history import SentHistory
    from proactive_gui.uplink.keys import SpoolKey
    from proactive_gui.uplink.spool import Spool
    from proactive_gui.uplink.transport import TransportConfig, tls_context
    from tests.uplink_support import TOKEN, make_certificates, running_collector

    certs = make_certificates(work / "certs")
    spool = Spool(work / "queue", SpoolKey(os.urandom(32), "keyring"))
    for i in range(PAYLOADS):
        spool.put(payloads[i % len(payloads)])  # type: ignore[arg-type]
    with running_collector(certs, work / "received") as receiver:
        engine = UploadEngine(
            spool,
            SentHistory(work / "sent.jsonl"),
            config=lambda: TransportConfig(receiver.url, str(certs.ca), "none"),
            token=lambda: TOKEN,
            opted_in=lambda: True,
            idle_poll_s=0.01,
        )
        began = time.perf_counter()
        engine.start()
        while spool.pending():
            time.sleep(0.005)
        engine_s = time.perf_counter() - began
        engine.stop()
        # bare httpx: new ids (the receiver de-duplicates), no spool, no history
        with httpx.Client(verify=tls_context(str(certs.ca))) as client:
            began = time.perf_counter()
            for i in range(PAYLOADS):
                data = payloads[i % len(payloads)].data  # type: ignore[attr-defined]
                client.post(
                    receiver.url + "/v1/payloads",
                    content=data,
                    headers={
                        "Content-Type": "application/json",
                        "Idempotency-Key": payloads[i % len(payloads)].payload_id,  # type: ignore[attr-defined]
                        "Content-Digest": content_digest(data),
                        "Authorization": f"Bearer {TOKEN}",
                    },
                )
            bare_s = time.perf_counter() - began
    return [
        Figure(
            "uplink.deliveries_per_s",
            PAYLOADS / engine_s,
            "1/s",
            PAYLOADS / bare_s,
            "bare httpx POSTs, same receiver",
        )
    ]


def _gui_stall(work: Path, payloads: list[object]) -> list[Figure]:
    os.environ["QT_QPA_PLATFORM"] = os.environ.get("QT_QPA_PLATFORM", "offscreen")

    from proactive_gui.launch import LaunchOptions
    from proactive_gui.paths import app_paths
    from proactive_gui.settings import Settings
    from proactive_gui.ui.app import application, build_window
    from tests.benchmarks.stall import for_seconds, longest_stall
    from tests.uplink_support import TOKEN, configure, make_certificates, running_collector

    os.environ["PROACTIVE_GUI_HOME"] = str(work / "home")
    paths = app_paths().ensure()
    certs = make_certificates(work / "gui-certs")
    app = application()
    with running_collector(certs, work / "gui-received") as receiver:
        configure(paths, receiver.url, certs.ca, key_store="file")
        window = build_window(
            LaunchOptions(demo=True, at_hours=1.0), paths, Settings.load(paths.settings_file)
        )
        uplink = window.uplink
        assert uplink.spool is not None and uplink.engine is not None
        uplink.engine.token = lambda: TOKEN
        for i in range(GUI_PAYLOADS):
            uplink.spool.put(payloads[i % len(payloads)])  # type: ignore[arg-type]
        window.resize(1280, 820)
        window.show()
        window.show_page("uploads")
        uplink.engine.start()
        busy, took = longest_stall(app, lambda: uplink.spool.queue_size()[0] == 0)
        uplink.engine.stop()
        idle, _ = longest_stall(app, for_seconds(took))
        window.close()
    return [
        Figure("uplink.gui_stall_delivering_1000", busy, "s", idle, "idle event loop, same time"),
        Figure("uplink.gui_delivery_1000_total", took, "s"),
    ]


def run() -> list[Figure]:
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        payloads = _payloads(PAYLOADS)
        return [
            *_spool_figures(work, payloads),
            *_delivery_figures(work, payloads),
            *_gui_stall(work, payloads),
        ]
