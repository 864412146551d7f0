"""The command line end to end: `send` queues, `preview --payload ID --raw` shows the
very bytes, `deliver` sends them over TLS, and the receiver stores exactly those."""

from __future__ import annotations

import hashlib
import json
import subprocess
from pathlib import Path

import pytest

from tests.conftest import PYTHON, SHARED_RUNS, subprocess_env
from tests.uplink_support import (
    TOKEN,
    configure,
    home_paths,
    keyring_env,
    make_certificates,
    running_collector,
)


def _cli(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [PYTHON, "-m", "proactive_gui", *args], env=env, capture_output=True, timeout=120
    )


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    return keyring_env(tmp_path, {"token": TOKEN})


@pytest.mark.slow
def test_what_preview_showed_is_what_the_receiver_stored(
    env: dict[str, str], tmp_path: Path
) -> None:
    paths = home_paths(env)
    certs = make_certificates(tmp_path / "certs")
    with running_collector(certs, tmp_path / "received") as receiver:
        configure(paths, receiver.url, certs.ca, key_store="file")
        shown: dict[str, str] = {}
        for folder in sorted(p for p in SHARED_RUNS.iterdir() if p.is_dir()):
            sent = _cli(env, "send", "--run-folder", str(folder))
            assert sent.returncode == 0, sent.stderr.decode()
            payload_id, sha256 = sent.stdout.decode().split()
            raw = _cli(env, "preview", "--payload", payload_id, "--raw")
            assert raw.returncode == 0, raw.stderr.decode()
            assert hashlib.sha256(raw.stdout).hexdigest() == sha256
            shown[payload_id] = sha256
        status = json.loads(_cli(env, "status", "--json").stdout)
        assert status["queue"]["count"] == len(shown)
        delivered = _cli(env, "deliver", "--timeout", "60")
        assert delivered.returncode == 0, delivered.stderr.decode()
    for payload_id, sha256 in shown.items():
        stored = (tmp_path / "received" / f"{payload_id}.json").read_bytes()
        assert hashlib.sha256(stored).hexdigest() == sha256
    after = json.loads(_cli(env, "status", "--json").stdout)
    assert after["queue"]["count"] == 0
    assert after["last_delivery"]["payload_id"] in shown
    gone = _cli(env, "preview", "--payload", next(iter(shown)))
    assert gone.returncode == 1 and b"was delivered at" in gone.stderr


def test_no_plaintext_at_rest(env: dict[str, str], tmp_path: Path) -> None:
    paths = home_paths(env)
    configure(paths, "https://proactive.example.com", None, key_store="file")
    folder = SHARED_RUNS / "MiSeq_210505_M01101_0075_000000000-JDP9R"
    sent = _cli(env, "send", "--run-folder", str(folder))
    assert sent.returncode == 0, sent.stderr.decode()
    payload_id = sent.stdout.decode().split()[0]
    known = [payload_id, "instrument_configuration", "laser_red_power", "M01101", "JDP9R"]
    files = [p for p in paths.spool_dir.rglob("*") if p.is_file()]
    assert files
    for path in files:
        data = path.read_bytes()
        for text in known:
            assert text.encode() not in data, f"{text} in {path.name}"
            assert text.encode("utf-16-le") not in data


def test_without_a_keyring_nothing_is_queued_and_the_user_is_told(tmp_path: Path) -> None:
    env = subprocess_env(tmp_path / "home")  # a keyring backend that refuses
    sent = _cli(env, "send", "--demo")
    assert sent.returncode == 1
    assert b"no OS keyring" in sent.stderr and b"spool_key_store file" in sent.stderr
    assert not list((tmp_path / "home" / "data").rglob("*.rec"))
