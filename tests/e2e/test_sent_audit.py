"""End to end over real TLS on loopback: payloads from every shared run folder are
delivered to the reference receiver, and the sent history says where each went, from
which run and instrument, and keeps bytes that decrypt to exactly what the receiver
stored, which ``preview --payload`` and ``sent --json`` then show."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from proactive_gui.cli import main
from proactive_gui.launch import LaunchOptions, draft_now
from proactive_gui.paths import app_paths
from proactive_gui.payload.seal import SealedPayload, seal
from proactive_gui.runs.isolation import close_shared_worker
from proactive_gui.secrets import store_secret
from proactive_gui.settings import Settings
from proactive_gui.uplink.engine import Backoff
from proactive_gui.uplink.setup import make_engine, open_spool
from tests.runfolders import ALL_RUNS, run_path
from tests.uplink_support import TOKEN, configure, make_certificates, running_collector, until


@pytest.mark.slow
def test_the_history_names_where_each_payload_went_and_keeps_its_bytes_as_stored(
    tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    paths = app_paths().ensure()
    store_secret("token", TOKEN)
    certs = make_certificates(tmp_path / "certs")
    try:
        sealed: list[SealedPayload] = [
            seal(draft_now(LaunchOptions(run_folder=run_path(name)), kind="run_end", opted_in=True))
            for name in ALL_RUNS
        ]
    finally:
        close_shared_worker()
    received = tmp_path / "received"
    with running_collector(certs, received) as receiver:
        configure(paths, receiver.url, certs.ca)
        spool = open_spool(Settings.load(paths.settings_file), paths)
        for payload in sealed:
            spool.put(payload)
        engine = make_engine(
            paths.settings_file, spool, paths, backoff=Backoff(base_s=0.05, cap_s=0.5)
        )
        engine.start()
        try:
            assert until(lambda: not spool.pending(), timeout=60), engine.status
        finally:
            assert engine.stop(timeout=2.0)
        port = receiver.server_address[1]
    history = engine.history.entries()
    assert [d.payload_id for d in history] == [p.payload_id for p in sealed]
    for delivery, payload in zip(history, sealed, strict=True):
        document = payload.document()
        instrument = document["instrument_configuration"]
        assert delivery.destination == f"https://127.0.0.1:{port}/v1/payloads"
        assert delivery.run == document["run_configuration"]["run_id"]
        assert delivery.instrument == f"{instrument['model']} {instrument['serial']}"
        assert delivery.summary.startswith(f"run_end · {delivery.instrument} · run ")
        stored = (received / f"{payload.payload_id}.json").read_bytes()
        kept = engine.history.kept(payload.payload_id)
        assert kept is not None and stored not in kept  # encrypted at rest
        assert spool.decrypt(kept) == stored == payload.data
        assert delivery.receipt["sha256"] == delivery.sha256
    assert main(["preview", "--payload", sealed[0].payload_id, "--raw"]) == 0
    assert capsysbinary.readouterr().out == (received / f"{sealed[0].payload_id}.json").read_bytes()
    assert main(["sent", "--json", "-"]) == 0
    exported = json.loads(capsysbinary.readouterr().out)
    assert [item["payload_id"] for item in exported] == [p.payload_id for p in sealed]
    assert exported[0]["destination"] == f"https://127.0.0.1:{port}/v1/payloads"
    assert exported[0]["receipt"]["payload_id"] == sealed[0].payload_id
    sent_times = [d.sent_time or 0.0 for d in history]
    assert all(time.time() - 300 < t <= time.time() + 1 for t in sent_times)
