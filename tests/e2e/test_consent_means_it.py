"""Nothing sealed while sending is off ever reaches the receiver (issue 20, item 2).

The finding: *Seal now* with sending off said "queued (encrypted) for the upload
engine"; after ``consent on`` that payload, stamped ``"opted_in": false``, was
delivered. Here the spool refuses such a payload, and one that an older version queued
anyway is set aside by the engine, with a real receiver on loopback TLS that must get
only the payload sealed while sending was on."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from proactive_gui.instrument.simulator import demo_store
from proactive_gui.payload.build import build
from proactive_gui.payload.seal import preview, seal
from proactive_gui.uplink.engine import SEALED_WHILE_OFF, Backoff, UploadEngine
from proactive_gui.uplink.history import SentHistory
from proactive_gui.uplink.keys import SpoolKey
from proactive_gui.uplink.spool import SUFFIX, NotForSendingError, Spool, write_atomically
from proactive_gui.uplink.transport import TransportConfig
from tests.conftest import PYTHON
from tests.uplink_support import (
    TOKEN,
    configure,
    home_paths,
    keyring_env,
    make_certificates,
    running_collector,
    until,
)

KEY = SpoolKey(bytes(range(32)), "keyring")


def test_the_spool_refuses_a_payload_sealed_while_off_and_a_draft(tmp_path: Path) -> None:
    spool = Spool(tmp_path / "spool", KEY)
    store = demo_store(epoch=0.0)
    with pytest.raises(NotForSendingError, match="sealed while Send Instrument Performance"):
        spool.put(seal(build("manual", store, machine=[], opted_in=False)))
    with pytest.raises(NotForSendingError, match="draft"):
        spool.put(preview(build("manual", store, machine=[], opted_in=True)))
    assert spool.pending() == []


@pytest.mark.slow
def test_a_payload_queued_while_off_by_an_older_version_is_never_delivered(
    tmp_path: Path,
) -> None:
    certs = make_certificates(tmp_path / "certs")
    spool = Spool(tmp_path / "spool", KEY)
    store = demo_store(epoch=0.0)
    off = seal(build("manual", store, machine=[], opted_in=False))
    # as an older version wrote it: encrypted in the spool, past today's check
    write_atomically(spool.folder / f"{1:020d}-{off.payload_id}{SUFFIX}", spool.encrypt(off.data))
    on = seal(build("manual", store, machine=[], opted_in=True))
    spool.put(on)
    with running_collector(certs, tmp_path / "received") as receiver:
        engine = UploadEngine(
            spool,
            SentHistory(tmp_path / "sent.jsonl"),
            config=lambda: TransportConfig(receiver.url, str(certs.ca), "none", timeout_s=5.0),
            token=lambda: TOKEN,
            opted_in=lambda: True,  # sending is on now
            backoff=Backoff(base_s=0.02, cap_s=0.2),
            idle_poll_s=0.05,
        )
        engine.start()
        try:
            assert until(lambda: not spool.pending(), timeout=20)
        finally:
            assert engine.stop()
    stored = [p.stem for p in (tmp_path / "received").glob("*.json")]
    assert [s for s in stored if not s.endswith(".receipt")] == [on.payload_id]
    (parked,) = spool.parked()
    assert parked.payload_id == off.payload_id and parked.reason() == SEALED_WHILE_OFF


def test_send_while_off_queues_nothing_and_says_how_to_turn_it_on(tmp_path: Path) -> None:
    env = keyring_env(tmp_path, {"token": TOKEN})
    paths = home_paths(env)
    configure(paths, "https://127.0.0.1:9", None, opt_in=False, key_store="file")
    sent = subprocess.run(
        [PYTHON, "-m", "proactive_gui", "send", "--demo"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert sent.returncode == 1
    assert "is off, so nothing is queued" in sent.stderr and "consent on" in sent.stderr
    assert not list(paths.spool_dir.glob(f"*{SUFFIX}"))
