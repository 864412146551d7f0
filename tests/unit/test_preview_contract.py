"""``preview`` is honest (issue 20, item 3): without ``--payload`` it is a draft and says
so, marking what changes when it is sealed; it prints each field's explanation and
what is not sent; ``--json`` gives scripts the contract

    {"draft", "payload" (the payload's JSON text, exactly), "sha256", "fields": [{"path",
     "what", "why"}], "not_sent": [{"source", "field", "value", "why"}]}

The findings: it printed a header that said "sealed" and minted a new payload_id and
created_at on every call, so its SHA-256 never matched the payload sealed later; and
the command line showed no explanations and no not-sent list."""

from __future__ import annotations

import hashlib
import json
import subprocess
from pathlib import Path

import pytest

from tests.conftest import PYTHON, SHARED_RUNS, subprocess_env

MISEQ = SHARED_RUNS / "MiSeq_210505_M01101_0075_000000000-JDP9R"


@pytest.fixture
def cli(tmp_path: Path):  # type: ignore[no-untyped-def]
    env = subprocess_env(tmp_path / "home")
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        done = subprocess.run(
            [PYTHON, "-m", "proactive_gui", *args],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert done.returncode == 0, done.stderr
        return done

    run("config", "set", "spool_key_store", "file")
    return run


def test_the_human_preview_says_draft_and_explains_each_field(cli) -> None:  # type: ignore[no-untyped-def]
    out = cli("preview", "--run-folder", str(MISEQ)).stdout
    assert out.startswith("Draft of a manual payload, not yet sealed")
    assert "sealed 20" not in out.splitlines()[0]
    marked = [line for line in out.splitlines() if line.endswith("<- set when sealed")]
    assert [line.split('"')[1] for line in marked] == ["created_at", "payload_id"]
    assert '"payload_id": "00000000-0000-0000-0000-000000000000"' in out
    explained = out[out.index("What each field is") :]
    assert "instrument_configuration.serial: Instrument serial number" in explained
    not_sent = out[out.index("Not sent (stays on this PC):") :]
    assert "RunParameters.xml /Username" in not_sent and "allow-list" in not_sent


def test_json_gives_the_exact_payload_its_digest_explanations_and_what_is_not_sent(
    cli,  # type: ignore[no-untyped-def]
) -> None:
    given = json.loads(cli("preview", "--run-folder", str(MISEQ), "--json").stdout)
    assert given["draft"] is True and given["changes_when_sealed"] == ["payload_id", "created_at"]
    raw = cli("preview", "--run-folder", str(MISEQ), "--raw").stdout.encode()
    text = given["payload"]
    assert hashlib.sha256(text.encode()).hexdigest() == given["sha256"]
    one, other = json.loads(text), json.loads(raw)
    assert {**one, "created_at": ""} == {**other, "created_at": ""}  # the same draft
    fields = {f["path"]: f for f in given["fields"]}
    assert set(fields) >= {"run_configuration.run_id", "instrument_performance.channels[].mean"}
    assert all(f["what"] and f["why"] for f in given["fields"])
    not_sent = {(n["source"], n["field"]): n for n in given["not_sent"]}
    assert {"source", "field", "value", "why"} == set(next(iter(not_sent.values())))
    assert ("RunParameters.xml", "/Username") in not_sent
    assert ("RunParameters.xml", "/RunID") not in not_sent  # its value is sent: not listed
    for entry in given["not_sent"]:
        if len(entry["value"]) >= 6:
            assert entry["value"] not in text


def test_the_draft_is_the_sealed_payload_but_for_its_id_and_time(cli) -> None:  # type: ignore[no-untyped-def]
    draft = json.loads(cli("preview", "--run-folder", str(MISEQ), "--json").stdout)
    cli("consent", "on")
    payload_id, sha256 = cli("send", "--run-folder", str(MISEQ)).stdout.split()
    sealed = cli("preview", "--payload", payload_id, "--raw").stdout.encode()
    assert hashlib.sha256(sealed).hexdigest() == sha256
    before, after = json.loads(draft["payload"]), json.loads(sealed)
    changed = {k for k in before.keys() | after.keys() if before.get(k) != after.get(k)}
    assert changed <= {"payload_id", "created_at", "consent"}  # consent: turned on between
    assert after["consent"] == {"opted_in": True} and after["payload_id"] == payload_id
    queued = json.loads(cli("preview", "--payload", payload_id, "--json").stdout)
    assert queued["draft"] is False and queued["payload"].encode() == sealed
    assert queued["sha256"] == sha256 and queued["not_sent_known"] is False
    assert "changes_when_sealed" not in queued and queued["fields"]
