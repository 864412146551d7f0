"""The readiness checks and delivery behind real proxies (issue 21): Debian's squid as a
plain and a Basic-authenticating CONNECT proxy, and with SSL bump as a TLS-inspecting
one, on a PC that cannot resolve the receiver's name (only the proxy resolves
``receiver.internal``). The squid is started and stopped here (tests/proxy_support.py);
without it these tests are skipped, except under CI, where they fail."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from proactive_gui.collector.server import Collector
from proactive_gui.netcheck.checks import FAIL, PASS, CheckResult
from proactive_gui.settings import Settings
from tests.conftest import PYTHON
from tests.e2e.test_faults import _free_port
from tests.e2e.test_netcheck import _inputs, checker
from tests.proxy_support import (
    BLOCKED_NAME,
    KERBEROS_PASSWORD,
    KERBEROS_USER,
    PASSWORD,
    REALM,
    RECEIVER_NAME,
    USER,
    Squid,
    pac_for,
    running_kdc,
    running_squid,
    serving_pac,
)
from tests.uplink_support import (
    TOKEN,
    Certificates,
    configure,
    home_paths,
    keyring_env,
    make_certificates,
    running_collector,
)

NETWORK = ("proxy", "dns", "tcp", "tls", "tls_inspection", "http_auth", "clock")


@pytest.fixture(scope="module")
def certs(tmp_path_factory: pytest.TempPathFactory) -> Certificates:
    return make_certificates(tmp_path_factory.mktemp("certs"), hosts=(RECEIVER_NAME,))


@pytest.fixture(scope="module")
def receiver(certs: Certificates, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Collector]:
    with running_collector(certs, tmp_path_factory.mktemp("received")) as server:
        yield server


@pytest.fixture(scope="module")
def squid(certs: Certificates) -> Iterator[Squid]:
    with running_squid(certs.ca) as running:
        yield running


def _url(receiver: Collector) -> str:
    """The receiver by a name this PC cannot resolve."""
    return f"https://{RECEIVER_NAME}:{receiver.server_address[1]}"


def _run(url: str, ca: Path | None, proxy: str, **extra: object) -> dict[str, CheckResult]:
    return {r.id: r for r in checker(_inputs(url, ca, proxy=proxy, **extra)).run()}


def _cli(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [PYTHON, "-m", "proactive_gui", *args], env=env, capture_output=True, text=True, timeout=90
    )


def test_the_name_resolves_only_at_the_proxy() -> None:
    import socket

    with pytest.raises(OSError):
        socket.getaddrinfo(RECEIVER_NAME, 443)


def test_a_plain_proxy_that_resolves_the_name_passes(
    squid: Squid, receiver: Collector, certs: Certificates
) -> None:
    found = _run(_url(receiver), certs.ca, squid.url(squid.plain))
    assert {k: found[k].verdict for k in NETWORK} == dict.fromkeys(NETWORK, PASS), found
    dns = found["dns"]
    assert dns.evidence["resolves_here"] is False
    assert dns.evidence["resolved_by"] == f"the proxy http://127.0.0.1:{squid.plain}"
    assert found["tcp"].evidence["via"] == f"http://127.0.0.1:{squid.plain}"


def test_an_authenticating_proxy_with_and_without_the_right_password(
    squid: Squid, receiver: Collector, certs: Certificates
) -> None:
    url = _url(receiver)
    good = _run(url, certs.ca, squid.url(squid.auth, USER), proxy_password=PASSWORD)
    assert {k: good[k].verdict for k in NETWORK} == dict.fromkeys(NETWORK, PASS), good
    wrong = _run(url, certs.ca, squid.url(squid.auth, USER), proxy_password="not-it")
    assert wrong["proxy"].verdict == FAIL
    assert f"refused the user {USER}" in wrong["proxy"].remedy
    nobody = _run(url, certs.ca, squid.url(squid.auth))
    assert nobody["proxy"].verdict == FAIL
    assert "demands authentication (Basic)" in nobody["proxy"].remedy
    assert nobody["dns"].verdict != FAIL  # the name is the proxy's to resolve


def test_the_proxy_refuses_a_target_its_rules_deny(
    squid: Squid, receiver: Collector, certs: Certificates
) -> None:
    url = f"https://{BLOCKED_NAME}:{receiver.server_address[1]}"
    found = _run(url, certs.ca, squid.url(squid.plain))
    assert found["proxy"].verdict == FAIL
    assert f"refuses the tunnel to {BLOCKED_NAME}" in found["proxy"].remedy
    assert "403" in found["proxy"].remedy


def test_a_receiver_the_proxy_cannot_reach(squid: Squid, certs: Certificates) -> None:
    found = _run(f"https://{RECEIVER_NAME}:{_free_port()}", certs.ca, squid.url(squid.plain))
    assert found["proxy"].verdict == PASS
    assert found["tcp"].verdict == FAIL
    assert "could not reach" in found["tcp"].remedy and "503" in found["tcp"].remedy


def test_check_and_delivery_through_the_authenticating_proxy(
    squid: Squid, receiver: Collector, certs: Certificates, tmp_path: Path
) -> None:
    env = keyring_env(tmp_path, {"token": TOKEN, "proxy_password": PASSWORD})
    paths = home_paths(env)
    configure(paths, _url(receiver), certs.ca, key_store="file")
    Settings.load(paths.settings_file).set("proxy", squid.url(squid.auth, USER))
    checked = _cli(env, "check", "--json")
    assert checked.returncode == 0, checked.stdout + checked.stderr
    verdicts = {c["id"]: c["verdict"] for c in json.loads(checked.stdout)["checks"]}
    assert {k: verdicts[k] for k in NETWORK} == dict.fromkeys(NETWORK, PASS)
    _send_and_deliver(env)
    assert f"CONNECT {RECEIVER_NAME}:" in squid.log()
    assert PASSWORD not in checked.stdout + checked.stderr


def test_an_inspecting_proxy_is_named_and_its_ca_makes_it_pass(
    squid: Squid, receiver: Collector, certs: Certificates, tmp_path: Path
) -> None:
    url = _url(receiver)
    inspected = _run(url, certs.ca, squid.url(squid.bump))
    assert inspected["tls"].verdict == FAIL
    inspection = inspected["tls_inspection"]
    assert inspection.verdict == FAIL
    assert "Hospital Inspection" in inspection.remedy  # the inspecting CA, named
    assert "config set ca_bundle" in inspection.remedy

    env = keyring_env(tmp_path, {"token": TOKEN})
    paths = home_paths(env)
    configure(paths, url, None, key_store="file")
    Settings.load(paths.settings_file).set("proxy", squid.url(squid.bump))
    refused = _cli(env, "check")
    assert refused.returncode == 1 and "FAIL  TLS inspection" in refused.stdout
    trusted = _cli(env, "config", "set", "ca_bundle", str(squid.bump_ca))
    assert trusted.returncode == 0, trusted.stderr
    checked = _cli(env, "check", "--json")
    assert checked.returncode == 0, checked.stdout + checked.stderr
    checks = {c["id"]: c for c in json.loads(checked.stdout)["checks"]}
    assert checks["tls_inspection"]["verdict"] == PASS
    assert "Hospital Inspection" in checks["tls"]["evidence"]["issuer"]
    _send_and_deliver(env)


def _send_and_deliver(env: dict[str, str]) -> None:
    sent = _cli(env, "send", "--demo")
    assert sent.returncode == 0, sent.stderr
    delivered = _cli(env, "deliver", "--timeout", "30")
    assert delivered.returncode == 0, delivered.stdout + delivered.stderr
    status = json.loads(_cli(env, "status", "--json").stdout)
    assert status["queue"]["count"] == 0
    assert status["last_delivery"]["payload_id"] == sent.stdout.split()[0]


def test_a_pac_file_chooses_the_proxy_for_the_checks_and_the_uploader(
    squid: Squid, receiver: Collector, certs: Certificates, tmp_path: Path
) -> None:
    with serving_pac(pac_for(squid.plain)) as pac_url:
        found = _run(_url(receiver), certs.ca, f"pac:{pac_url}")
        assert {k: found[k].verdict for k in NETWORK} == dict.fromkeys(NETWORK, PASS), found
        proxy = found["proxy"].evidence
        assert proxy["pac"] == pac_url and proxy["from"] == "a PAC file"
        assert proxy["pac_answer"] == f"PROXY 127.0.0.1:{squid.plain}; DIRECT"
        assert proxy["proxy"] == f"http://127.0.0.1:{squid.plain}"

        env = keyring_env(tmp_path, {"token": TOKEN})
        paths = home_paths(env)
        configure(paths, _url(receiver), certs.ca, key_store="file")
        assert _cli(env, "config", "set", "proxy", f"pac:{pac_url}").returncode == 0
        before = squid.log().count(f"CONNECT {RECEIVER_NAME}:")
        _send_and_deliver(env)
    assert squid.log().count(f"CONNECT {RECEIVER_NAME}:") > before  # the uploader's tunnel


def test_an_ntlm_proxy_for_the_checks_and_the_uploader(
    receiver: Collector, certs: Certificates, tmp_path: Path
) -> None:
    """NTLM's handshake (pyspnego) against squid's NTLM helper; the helper is squid's
    fake one, which takes any user: a wrong password cannot be tested here."""
    with running_squid(certs.ca, scheme="ntlm") as squid:
        user = "LAB%5Ctech"  # LAB\tech, as Windows writes it
        found = _run(_url(receiver), certs.ca, squid.url(squid.auth, user), proxy_password="pw")
        assert {k: found[k].verdict for k in NETWORK} == dict.fromkeys(NETWORK, PASS), found
        assert found["proxy"].evidence["auth_used"] == "NTLM"
        nobody = _run(_url(receiver), certs.ca, squid.url(squid.auth))
        assert nobody["proxy"].verdict == FAIL and "demands authentication (NTLM)" in (
            nobody["proxy"].remedy
        )

        env = keyring_env(tmp_path, {"token": TOKEN, "proxy_password": "pw"})
        paths = home_paths(env)
        configure(paths, _url(receiver), certs.ca, key_store="file")
        Settings.load(paths.settings_file).set("proxy", squid.url(squid.auth, user))
        _send_and_deliver(env)  # only the proxy knows receiver.internal: it went through


def test_a_kerberos_proxy_for_the_checks_and_the_uploader(
    receiver: Collector, certs: Certificates, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Negotiate with a real Kerberos ticket (pyspnego and gssapi) against squid's
    Kerberos helper, in a realm on loopback; a wrong password is refused."""
    with running_kdc() as kdc:
        for name, value in kdc.env.items():
            monkeypatch.setenv(name, value)
        with running_squid(certs.ca, scheme="negotiate", kdc=kdc) as squid:
            proxy = squid.url(squid.auth, f"{KERBEROS_USER}%40{REALM}")
            url = _url(receiver)
            found = _run(url, certs.ca, proxy, proxy_password=KERBEROS_PASSWORD)
            assert {k: found[k].verdict for k in NETWORK} == dict.fromkeys(NETWORK, PASS), found
            assert found["proxy"].evidence["auth_used"] == "Negotiate"
            wrong = _run(url, certs.ca, proxy, proxy_password="not-it")
            assert wrong["proxy"].verdict == FAIL
            assert f"refused the user {KERBEROS_USER}@{REALM}" in wrong["proxy"].remedy

            env = {**keyring_env(tmp_path, {"token": TOKEN, "proxy_password": KERBEROS_PASSWORD})}
            env.update(kdc.env)
            paths = home_paths(env)
            configure(paths, url, certs.ca, key_store="file")
            Settings.load(paths.settings_file).set("proxy", proxy)
            _send_and_deliver(env)
