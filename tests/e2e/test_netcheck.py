"""Readiness checks against real local servers on loopback."""

from __future__ import annotations

import json
import ssl
import subprocess
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from proactive_gui.netcheck.checks import FAIL, PASS, SKIPPED, WARN, Checker, Inputs
from tests.conftest import PYTHON
from tests.e2e.test_faults import _free_port
from tests.uplink_support import (
    TOKEN,
    Certificates,
    ConnectProxy,
    configure,
    home_paths,
    keyring_env,
    make_certificates,
    running_collector,
)


@pytest.fixture
def certs(tmp_path: Path) -> Certificates:
    return make_certificates(tmp_path / "certs")


def checker(inputs: Inputs) -> Checker:
    """The checks, leaving out the ports of the receivers this test runs itself."""
    ports = {int(inputs.endpoint.rsplit(":", 1)[1])} if inputs.endpoint.count(":") == 2 else set()
    return Checker(inputs, own_servers=frozenset(ports))


def verdicts(inputs: Inputs) -> dict[str, str]:
    return {r.id: r.verdict for r in checker(inputs).run()}


def _inputs(url: str, ca: Path | None, **extra: object) -> Inputs:
    base: dict[str, object] = {
        "endpoint": url,
        "ca_bundle": str(ca or ""),
        "proxy": "none",
        "token": TOKEN,
        "opt_in": True,
    }
    base.update(extra)
    return Inputs(**base)  # type: ignore[arg-type]


def test_a_healthy_receiver_passes_everything_quickly(certs: Certificates, tmp_path: Path) -> None:
    with running_collector(certs, tmp_path / "r") as receiver:
        began = time.monotonic()
        results = checker(_inputs(receiver.url, certs.ca)).run()
        took = time.monotonic() - began
    found = {r.id: r.verdict for r in results}
    assert set(found.values()) == {PASS}, results
    inspection = next(r for r in results if r.id == "tls_inspection")
    assert inspection.evidence["trusted_through"] == str(certs.ca)
    assert took < 2.0
    tls = next(r for r in results if r.id == "tls")
    assert (
        tls.evidence["version"] in ("TLSv1.2", "TLSv1.3") and tls.evidence["days_until_expiry"] > 14
    )


def test_nothing_listening_fails_tcp_and_skips_the_rest(certs: Certificates) -> None:
    found = verdicts(_inputs(f"https://127.0.0.1:{_free_port()}", certs.ca))
    assert found["tcp"] == FAIL
    assert found["tls"] == found["http_auth"] == SKIPPED


def test_without_a_token_the_network_is_still_checked(certs: Certificates, tmp_path: Path) -> None:
    with running_collector(certs, tmp_path / "r") as receiver:
        results = checker(_inputs(receiver.url, certs.ca, token=None)).run()
    found = {r.id: r for r in results}
    assert (
        found["configuration"].verdict == FAIL
        and "set-secret token" in found["configuration"].remedy
    )
    assert {found[k].verdict for k in ("dns", "proxy", "tcp", "tls")} == {PASS}
    assert found["http_auth"].verdict == SKIPPED
    assert "no instrument token" in str(found["http_auth"].evidence)


def test_old_tls_only_fails_tls(certs: Certificates, tmp_path: Path) -> None:
    with running_collector(
        certs, tmp_path / "r", minimum=ssl.TLSVersion.TLSv1, maximum=ssl.TLSVersion.TLSv1_1
    ) as receiver:
        results = checker(_inputs(receiver.url, certs.ca)).run()
    tls = next(r for r in results if r.id == "tls")
    assert tls.verdict == FAIL and "TLS 1.2" in tls.remedy


@pytest.mark.parametrize(
    ("kind", "words"), [("expired", "expired"), ("hostname", "not for 127.0.0.1")]
)
def test_bad_certificates_fail_tls_with_the_reason(tmp_path: Path, kind: str, words: str) -> None:
    if kind == "expired":
        certs = make_certificates(tmp_path / "c", not_after=datetime.now(UTC) - timedelta(days=2))
    else:
        certs = make_certificates(tmp_path / "c", hosts=("proactive.example.com",))
    with running_collector(certs, tmp_path / "r") as receiver:
        results = checker(_inputs(receiver.url, certs.ca)).run()
    tls = next(r for r in results if r.id == "tls")
    assert tls.verdict == FAIL and words in tls.remedy


def test_an_unknown_ca_is_reported_as_inspection_with_the_fix(
    certs: Certificates, tmp_path: Path
) -> None:
    with running_collector(certs, tmp_path / "r") as receiver:
        results = checker(_inputs(receiver.url, None)).run()
    inspection = next(r for r in results if r.id == "tls_inspection")
    assert inspection.verdict == FAIL
    assert "config set ca_bundle" in inspection.remedy and "inspecting" in inspection.remedy


def test_a_receiver_clock_ten_minutes_off_fails_the_clock(
    certs: Certificates, tmp_path: Path
) -> None:
    with running_collector(certs, tmp_path / "r") as receiver:
        receiver.clock_offset_s = 600.0
        found = verdicts(_inputs(receiver.url, certs.ca))
    assert found["clock"] == FAIL and found["http_auth"] == PASS


def test_a_refused_token_fails_authentication(certs: Certificates, tmp_path: Path) -> None:
    with running_collector(certs, tmp_path / "r") as receiver:
        results = checker(_inputs(receiver.url, certs.ca, token="expired-token")).run()
    auth = next(r for r in results if r.id == "http_auth")
    assert auth.verdict == FAIL and "set-secret token" in auth.remedy


def test_through_a_real_connect_proxy(certs: Certificates, tmp_path: Path) -> None:
    proxy = ConnectProxy("lab", "pw-9z")
    try:
        with running_collector(certs, tmp_path / "r") as receiver:
            url = f"http://lab@127.0.0.1:{proxy.port}"
            results = checker(
                _inputs(receiver.url, certs.ca, proxy=url, proxy_password="pw-9z")
            ).run()
    finally:
        proxy.close()
    found = {r.id: r for r in results}
    assert found["proxy"].evidence["proxy"] == f"http://127.0.0.1:{proxy.port}"
    assert found["tcp"].verdict == found["tls"].verdict == found["http_auth"].verdict == PASS
    assert proxy.tunnels >= 2  # the checks' own tunnel and the uploader client's


def test_an_unresolvable_name_fails_dns() -> None:
    found = verdicts(_inputs("https://receiver.invalid", None))
    assert found["dns"] == FAIL and found["tcp"] == SKIPPED


def test_the_cli_exit_codes_json_shape_and_no_secrets(certs: Certificates, tmp_path: Path) -> None:
    env = keyring_env(tmp_path, {"token": TOKEN, "proxy_password": "pw-9z"})

    def check(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [PYTHON, "-m", "proactive_gui", "check", *args],
            env=env, capture_output=True, text=True, timeout=60,
        )  # fmt: skip

    assert check().returncode == 2  # no endpoint anywhere

    paths = home_paths(env)
    proxy = ConnectProxy("lab", "pw-9z")
    try:
        with running_collector(certs, tmp_path / "r") as receiver:
            configure(paths, receiver.url, certs.ca, key_store="file")
            via = f"http://lab@127.0.0.1:{proxy.port}"
            ok = check("--json", "--proxy", via, "--report", str(tmp_path / "report.html"))
            bad = check("--endpoint", f"https://127.0.0.1:{_free_port()}")
    finally:
        proxy.close()
    assert ok.returncode == 0, ok.stdout + ok.stderr
    report = json.loads(ok.stdout)
    assert report["summary"]["fail"] == 0 and report["summary"]["verdict"] in (PASS, WARN)
    assert {c["id"] for c in report["checks"]} >= {"dns", "proxy", "tcp", "tls", "clock", "opt_in"}
    assert all(
        set(c) == {"id", "title", "verdict", "duration_s", "evidence", "remedy"}
        for c in report["checks"]
    )
    assert bad.returncode == 1 and "FAIL  Outbound connection" in bad.stdout
    html = (tmp_path / "report.html").read_text()
    for secret in (TOKEN, "pw-9z"):
        assert secret not in ok.stdout and secret not in html and secret not in bad.stdout
