"""The running app: with the opt-in off it makes no connection at all, even with a
receiver configured and payloads queued; and it never listens on a port."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from proactive_gui.netcheck.checks import listening_ports
from proactive_gui.settings import Settings
from tests.conftest import PYTHON
from tests.uplink_support import (
    TOKEN,
    configure,
    home_paths,
    keyring_env,
    make_certificates,
    running_collector,
)


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_opted_out_the_app_connects_to_nothing_and_listens_on_nothing(tmp_path: Path) -> None:
    env = keyring_env(tmp_path, {"token": TOKEN})
    paths = home_paths(env)
    certs = make_certificates(tmp_path / "certs")
    with running_collector(certs, tmp_path / "received") as receiver:
        configure(paths, receiver.url, certs.ca, opt_in=True, key_store="file")
        Settings.load(paths.settings_file).set("health_interval_min", "5")
        queued = subprocess.run(
            [PYTHON, "-m", "proactive_gui", "send", "--demo"],
            env=env,
            capture_output=True,
            timeout=60,
        )
        assert queued.returncode == 0, queued.stderr  # a payload waits, encrypted
        Settings.load(paths.settings_file).set("opt_in", "false")  # then sending is turned off
        # 3600x: an hour of the demo run every second
        app = subprocess.Popen(
            [PYTHON, "-m", "proactive_gui", "--demo", "--speed", "3600"],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            time.sleep(3.0)  # three simulated hours with a payload waiting
            listening = listening_ports(app.pid)
            assert app.poll() is None, "the app should still be running"
        finally:
            app.terminate()
            app.wait(timeout=10)
        assert list(paths.spool_dir.glob("*.rec")), "the payload still waits"
        assert receiver.connections == 0
        assert listening == []
