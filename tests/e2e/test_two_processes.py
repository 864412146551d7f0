"""One spool, two processes: each payload is sent once, by one of them."""

from __future__ import annotations

import hashlib
import json
import subprocess
import time
from collections import Counter
from pathlib import Path

import pytest

from proactive_gui.instrument.simulator import demo_store
from proactive_gui.payload.build import build
from proactive_gui.payload.seal import seal
from proactive_gui.settings import Settings
from proactive_gui.uplink.setup import open_spool
from tests.conftest import PYTHON
from tests.uplink_support import (
    TOKEN,
    Upload,
    Wire,
    configure,
    home_paths,
    http_answer,
    keyring_env,
    make_certificates,
    running_hostile,
)

PAYLOADS = 40


def _receipt_slowly(upload: Upload, wire: Wire) -> None:
    """A valid receipt, a little late: two senders would overlap."""
    time.sleep(0.05)
    payload_id = upload.headers.get("idempotency-key", "")
    body = json.dumps(
        {"payload_id": payload_id, "sha256": hashlib.sha256(upload.body).hexdigest()}
    ).encode()
    wire.send(http_answer(201, body, {"Content-Type": "application/json"}))


@pytest.mark.slow
def test_two_deliver_processes_send_each_payload_once(tmp_path: Path) -> None:
    env = keyring_env(tmp_path, {"token": TOKEN})
    paths = home_paths(env)
    certs = make_certificates(tmp_path / "certs")
    with running_hostile(certs, _receipt_slowly) as receiver:
        configure(paths, receiver.url, certs.ca, key_store="file")
        spool = open_spool(Settings.load(paths.settings_file), paths)
        store = demo_store(epoch=0.0)
        for _ in range(PAYLOADS):
            spool.put(seal(build("health", store, machine=[], opted_in=True)))
        command = [PYTHON, "-m", "proactive_gui", "deliver", "--wait", "--timeout", "60"]
        first = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        second = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        outputs = [p.communicate(timeout=120) for p in (first, second)]
        posts = Counter(u.headers.get("idempotency-key") for u in receiver.uploads)
    assert len(posts) == PAYLOADS and set(posts.values()) == {1}, posts.most_common(3)
    assert spool.pending() == []
    said = b"".join(err for _, err in outputs).decode()
    codes = sorted(p.returncode for p in (first, second))
    # one sent everything; the other, if it came while the queue was still full, said why
    assert codes[0] == 0 and (codes[1] == 0 or "another Proactive Companion" in said), said
