"""The command line end to end: `send` queues, `preview --payload ID --raw` shows the
very bytes, `deliver` sends them over TLS, and the receiver stores exactly those."""

from __future__ import annotations

import hashlib
import json
import socket
import subprocess
from contextlib import ExitStack
from pathlib import Path

import pytest

from tests.conftest import PYTHON, SHARED_RUNS, subprocess_env
from tests.uplink_support import (
    TOKEN,
    Upload,
    Wire,
    configure,
    home_paths,
    http_answer,
    keyring_env,
    make_certificates,
    running_collector,
    running_hostile,
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
    delivered = next(iter(shown))  # its bytes are kept, as sent, for sent_retention_days
    kept = _cli(env, "preview", "--payload", delivered, "--raw")
    assert kept.returncode == 0, kept.stderr.decode()
    assert kept.stdout == (tmp_path / "received" / f"{delivered}.json").read_bytes()
    _cli(env, "config", "set", "sent_retention_days", "0")  # the list only, from now on
    gone = _cli(env, "preview", "--payload", delivered)
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
    assert _cli(env, "consent", "on").returncode == 0
    sent = _cli(env, "send", "--demo")
    assert sent.returncode == 1
    assert b"no OS keyring" in sent.stderr and b"spool_key_store file" in sent.stderr
    assert not list((tmp_path / "home" / "data").rglob("*.rec"))


def _queue_one(env: dict[str, str]) -> None:
    sent = _cli(env, "send", "--demo")
    assert sent.returncode == 0, sent.stderr.decode()


def _portal(upload: Upload, wire: Wire) -> None:
    del upload
    wire.send(http_answer(200, b"<html><body>Sign in</body></html>", {"Content-Type": "text/html"}))


def _redirect(upload: Upload, wire: Wire) -> None:
    del upload
    wire.send(http_answer(302, headers={"Location": "https://portal.example.net/login?x=1"}))


@pytest.mark.parametrize(
    ("case", "words"),
    [
        ("token-refused", "refused the instrument token"),
        ("opted-out", "Send Instrument Performance Data is off"),
        ("unreachable", "cannot be reached"),
        ("bad-receipt", "web page instead of a receipt"),
        ("redirect", "redirect"),
    ],
)
def test_deliver_says_why_nothing_was_delivered(case: str, words: str, tmp_path: Path) -> None:
    env = keyring_env(tmp_path, {"token": "wrong-token" if case == "token-refused" else TOKEN})
    paths = home_paths(env)
    certs = make_certificates(tmp_path / "certs")
    with ExitStack() as stack:
        if case in ("token-refused", "opted-out"):
            url = stack.enter_context(running_collector(certs, tmp_path / "received")).url
        elif case == "bad-receipt":
            url = stack.enter_context(running_hostile(certs, _portal)).url
        elif case == "redirect":
            url = stack.enter_context(running_hostile(certs, _redirect)).url
        else:
            with socket.socket() as probe:  # a port nobody listens on
                probe.bind(("127.0.0.1", 0))
                url = f"https://127.0.0.1:{probe.getsockname()[1]}"
        configure(paths, url, certs.ca, key_store="file")
        _queue_one(env)
        if case == "opted-out":
            configure(paths, url, certs.ca, opt_in=False, key_store="file")
        delivered = _cli(env, "deliver", "--timeout", "30")
    assert delivered.returncode == 1
    err = delivered.stderr.decode()
    assert err.startswith("error: 1 payload(s) not delivered: "), err
    assert words in err, err
    assert "stopped" not in err and "wrong-token" not in err


def test_stray_files_in_the_spool_break_neither_status_nor_the_window(tmp_path: Path) -> None:
    env = subprocess_env(tmp_path / "home")
    paths = home_paths(env)
    configure(paths, "https://proactive.example.com", None, key_store="file")
    _queue_one(env)
    (paths.spool_dir / "backup copy.rec").write_bytes(b"a technician's copy")
    status = _cli(env, "status", "--json")
    assert status.returncode == 0, status.stderr.decode()
    summary = json.loads(status.stdout)
    assert summary["queue"]["count"] == 1 and summary["strays"] == ["backup copy.rec"]
    shots = _cli(env, "snapshot", "--demo", "--out", str(tmp_path / "shots"))
    assert shots.returncode == 0, shots.stderr.decode()
    assert list((tmp_path / "shots").glob("*.png"))
