"""The engine killed with SIGKILL at random moments, hundreds of times, and restarted:
every payload arrives exactly once (after de-duplication) and the spool ends empty."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import time
from pathlib import Path

import pytest

from proactive_gui.collector.server import Faults
from proactive_gui.instrument.simulator import Simulator, demo_store
from proactive_gui.paths import app_paths
from proactive_gui.payload.build import build
from proactive_gui.payload.seal import seal
from proactive_gui.settings import Settings
from proactive_gui.uplink.setup import open_spool, sent_history
from tests.conftest import PYTHON
from tests.uplink_support import (
    TOKEN,
    configure,
    keyring_env,
    make_certificates,
    running_collector,
)

KILLS = int(os.environ.get("CRASH_TEST_KILLS", "150"))


@pytest.mark.slow
@pytest.mark.timeout(900)
def test_killed_engine_loses_nothing_and_sends_nothing_twice(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rng = random.Random(20261122)
    home = tmp_path / "home"
    monkeypatch.setenv("PROACTIVE_GUI_HOME", str(home))  # app_paths() and the child agree
    paths = app_paths().ensure()
    env = keyring_env(tmp_path, {"token": TOKEN})
    certs = make_certificates(tmp_path / "certs")
    store = demo_store(epoch=0.0)
    Simulator(store).advance_to(1800.0)
    queued: list[str] = []
    kills_while_sending = 0
    with running_collector(certs, tmp_path / "received", Faults(delay_s=0.02)) as receiver:
        configure(paths, receiver.url, certs.ca, key_store="file")
        spool = open_spool(Settings.load(paths.settings_file), paths)

        def queue(count: int) -> None:
            for _ in range(count):
                sealed = seal(build("health", store, machine=[], opted_in=True))
                spool.put(sealed)
                queued.append(sealed.payload_id)

        queue(20)
        command = [PYTHON, "-m", "proactive_gui", "deliver", "--wait", "--timeout", "60"]
        for _ in range(KILLS):
            queue(rng.randint(0, 3))
            child = subprocess.Popen(
                command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
            )
            time.sleep(rng.uniform(0.3, 1.4))
            before = receiver.store.received
            child.send_signal(signal.SIGKILL)
            child.wait(timeout=10)
            kills_while_sending += receiver.store.received > before or bool(spool.pending())
        final = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
        assert final.returncode == 0, final.stderr
        received = {
            p.name.removesuffix(".json")
            for p in (tmp_path / "received").glob("*-*-*-*-*.json")
            if not p.name.endswith(".receipt.json")
        }
        duplicates = receiver.store.duplicates
    assert spool.pending() == [] and spool.parked() == [] and spool.quarantined() == []
    assert received == set(queued)  # each exactly once: one file per payload_id
    assert receiver.store.received == len(queued)
    history = [d.payload_id for d in sent_history(paths).entries()]
    assert sorted(history) == sorted(queued)
    print(
        f"\n{KILLS} kills, {len(queued)} payloads, all received once; {duplicates} resends de-duplicated"
    )
