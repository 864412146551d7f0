"""Hostile settings and secrets get a clear refusal, and no check thread dies."""

from __future__ import annotations

import json
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import trustme
from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding

from proactive_gui.netcheck.checks import FAIL, Checker, Inputs
from proactive_gui.netcheck.run import CheckRun
from proactive_gui.secrets import store_secret
from proactive_gui.settings import SettingError, Settings
from tests.conftest import PYTHON, subprocess_env


def _der_ca(tmp_path: Path) -> Path:
    pem = trustme.CA().cert_pem.bytes()
    der = x509.load_pem_x509_certificate(pem).public_bytes(Encoding.DER)
    path = tmp_path / "inspection-ca.cer"  # what Windows' certificate export writes
    path.write_bytes(der)
    return path


@pytest.fixture
def listening() -> Iterator[int]:
    """A loopback port that accepts TCP connections and never speaks."""
    server = socket.create_server(("127.0.0.1", 0))
    yield server.getsockname()[1]
    server.close()


def test_a_der_ca_bundle_is_refused_with_what_to_do(tmp_path: Path) -> None:
    settings = Settings.load(tmp_path / "settings.json")
    with pytest.raises(SettingError, match=r"binary \(DER\).*Base-64"):
        settings.set("ca_bundle", str(_der_ca(tmp_path)))
    with pytest.raises(SettingError, match="not a regular file"):
        settings.set("ca_bundle", "/dev/zero")
    pem = tmp_path / "ca.pem"
    pem.write_bytes(trustme.CA().cert_pem.bytes())
    assert settings.set("ca_bundle", str(pem)) == str(pem.resolve())


def test_a_token_with_a_non_ascii_character_is_refused() -> None:
    with pytest.raises(ValueError, match="printable ASCII"):
        store_secret("token", "abc\u00e9def")
    with pytest.raises(ValueError, match="printable ASCII"):
        store_secret("token", "abc\u00a0def")  # a no-break space, pasted from a mail


def test_a_stage_that_breaks_fails_and_the_run_finishes(tmp_path: Path, listening: int) -> None:
    """A DER file that reached the settings another way makes the TLS stage fail, said so,
    and every later stage still runs (it used to end the run with a traceback)."""
    inputs = Inputs(endpoint=f"https://127.0.0.1:{listening}", ca_bundle=str(_der_ca(tmp_path)))
    results = Checker(inputs).run()
    tls = next(r for r in results if r.id == "tls")
    assert tls.verdict == FAIL and "PEM" in tls.remedy
    assert results[-1].id == "opt_in"  # the run went on to the end


def test_the_network_page_run_never_stays_running(tmp_path: Path, listening: int) -> None:
    settings_file = tmp_path / "settings.json"
    settings_file.write_text(
        json.dumps(
            {
                "version": 1,
                "endpoint": f"https://127.0.0.1:{listening}",
                "ca_bundle": str(_der_ca(tmp_path)),  # written by hand, not by config set
            }
        ),
        encoding="utf-8",
    )
    run = CheckRun(settings_file)
    run.start()
    deadline = time.monotonic() + 30
    while run.finished_at is None:
        assert time.monotonic() < deadline, "the readiness run never finished"
        time.sleep(0.05)
    assert run.stop(timeout=2.0)
    results, _ = run.snapshot()
    assert any(r.id == "tls" and r.verdict == FAIL for r in results)


def test_check_with_a_bad_token_says_so_and_does_not_crash(tmp_path: Path) -> None:
    result = subprocess.run(
        [PYTHON, "-m", "proactive_gui", "config", "set-secret", "token"],
        input="t\u00f6ken\n",
        capture_output=True,
        text=True,
        env=subprocess_env(tmp_path / "home"),
        timeout=60,
    )
    assert result.returncode == 2 and "printable ASCII" in result.stderr
    assert "Traceback" not in result.stderr


def test_any_stage_that_raises_fails_and_the_run_goes_on(
    listening: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    checker = Checker(Inputs(endpoint=f"https://127.0.0.1:{listening}"))

    def broken() -> object:
        raise UnicodeEncodeError("latin-1", "t\u00f6ken", 1, 2, "ordinal not in range")

    monkeypatch.setattr(checker, "inbound", broken)
    results = checker.run()
    inbound = next(r for r in results if r.id == "inbound")
    assert inbound.verdict == FAIL and "could not be completed" in inbound.remedy
    assert results[-1].id == "opt_in"
