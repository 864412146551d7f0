"""A token per instrument: ``proactive-collector token add SERIAL`` prints it once, the
database keeps only its hash, and it is good only for that instrument's payloads."""

from __future__ import annotations

import subprocess
from pathlib import Path

from tests.collector_support import client, payload, receiver_process, send
from tests.conftest import PYTHON, REPO
from tests.uplink_support import TOKEN, Certificates


def _token_add(serial: str, folder: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [PYTHON, "-m", "proactive_gui.collector.cli", "token", "add", serial, "--store", str(folder)],
        capture_output=True, text=True, timeout=60, env={"PYTHONPATH": str(REPO)},
    )  # fmt: skip


def test_an_instrument_token_sends_only_its_own_payloads(
    certs: Certificates, tmp_path: Path
) -> None:
    folder = tmp_path / "received"
    made = _token_add("M00630", folder)
    assert made.returncode == 0, made.stderr
    token = made.stdout.strip()
    assert token.startswith("pci_") and len(token) > 40 and "shown this once" in made.stderr
    database = (folder / "collector.sqlite3").read_bytes()
    for extra in folder.glob("collector.sqlite3-*"):
        database += extra.read_bytes()
    assert token.encode() not in database  # only its hash is kept
    with receiver_process(certs, "--store", str(folder), token=None) as receiver, client(certs) as http:  # fmt: skip
        own = payload("M00630", template=1)
        other = payload("A00834", template=6)
        assert send(http, receiver.url, own, token).status_code == 201
        refused = send(http, receiver.url, other, token)
        assert refused.status_code == 403
        assert "belongs to instrument M00630, not to A00834" in refused.json()["error"]
        assert send(http, receiver.url, other, TOKEN).status_code == 401  # no shared token set
        assert send(http, receiver.url, other, token + "x").status_code == 401
        ping = http.get(f"{receiver.url}/v1/ping", headers={"Authorization": f"Bearer {token}"})
        assert ping.json() == {"authenticated": True}


def test_a_token_for_something_that_is_not_a_serial_is_refused(tmp_path: Path) -> None:
    made = _token_add("../etc/passwd", tmp_path / "received")
    assert made.returncode == 2
    assert "is not an instrument serial" in made.stderr and "Traceback" not in made.stderr
