"""End to end over real TLS on loopback: payloads from every shared run folder arrive
byte for byte, once."""

from __future__ import annotations

import hashlib
import time
from pathlib import Path

import pytest

from proactive_gui.instrument.simulator import demo_store
from proactive_gui.paths import AppPaths, app_paths
from proactive_gui.payload.build import build
from proactive_gui.payload.seal import SealedPayload, seal
from proactive_gui.runs.folder import load_run_folder
from proactive_gui.secrets import store_secret
from proactive_gui.settings import Settings
from proactive_gui.uplink.engine import Backoff, UploadEngine
from proactive_gui.uplink.setup import make_engine, open_spool
from proactive_gui.uplink.spool import Spool
from tests.conftest import SHARED_RUNS
from tests.uplink_support import (
    TOKEN,
    Certificates,
    configure,
    make_certificates,
    running_collector,
)

FAST = Backoff(base_s=0.05, cap_s=0.5)


@pytest.fixture
def certs(tmp_path: Path) -> Certificates:
    return make_certificates(tmp_path / "certs")


def _engine(paths: AppPaths, spool: Spool) -> UploadEngine:
    return make_engine(paths.settings_file, spool, paths, backoff=FAST)


def _drain(engine: UploadEngine, spool: Spool, timeout: float = 30.0) -> None:
    engine.start()
    try:
        deadline = time.monotonic() + timeout
        while spool.pending() and time.monotonic() < deadline:
            time.sleep(0.02)
    finally:
        assert engine.stop(timeout=2.0)


def test_every_shared_run_arrives_byte_for_byte(certs: Certificates, tmp_path: Path) -> None:
    paths = app_paths().ensure()
    store_secret("token", TOKEN)
    with running_collector(certs, tmp_path / "received") as receiver:
        configure(paths, receiver.url, certs.ca)
        spool = open_spool(Settings.load(paths.settings_file), paths)
        sealed: list[SealedPayload] = []
        for folder in sorted(p for p in SHARED_RUNS.iterdir() if p.is_dir()):
            payload = seal(
                build("run_end", demo_store(epoch=0.0), run=load_run_folder(folder), opted_in=True)
            )
            spool.put(payload)
            sealed.append(payload)
        engine = _engine(paths, spool)
        _drain(engine, spool)
        assert spool.pending() == [] and spool.parked() == []
        for payload in sealed:
            stored = (tmp_path / "received" / f"{payload.payload_id}.json").read_bytes()
            assert hashlib.sha256(stored).hexdigest() == payload.sha256
        assert receiver.store.received == len(sealed) and receiver.store.duplicates == 0
    history = engine.history.entries()
    assert [h.payload_id for h in history] == [p.payload_id for p in sealed]
    assert all(h.receipt["sha256"] == h.sha256 for h in history)
