"""The readiness checks follow the uploader's real path (issue 21): the proxy stage
connects to the proxy and tells apart each way it fails, skip reasons name the stage
titles shown, the command line takes the settings' own values, and the evidence reads
as words for people. Real sockets on loopback; squid's cases are in test_proxies.py."""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from proactive_gui.cli import main
from proactive_gui.netcheck.checks import FAIL, PASS, SKIPPED, WARN, CheckResult, report_json
from proactive_gui.netcheck.report import as_html, as_text
from proactive_gui.netcheck.texts import TITLES
from proactive_gui.paths import app_paths
from proactive_gui.settings import SettingError, Settings
from proactive_gui.uplink import proxy_pac
from tests.e2e.test_faults import _free_port
from tests.e2e.test_netcheck import _inputs, checker
from tests.proxy_support import pac_for, serving_pac
from tests.uplink_support import (
    Certificates,
    ConnectProxy,
    make_certificates,
    running_collector,
)


@pytest.fixture
def certs(tmp_path: Path) -> Certificates:
    return make_certificates(tmp_path / "certs")


def by_id(results: list[CheckResult]) -> dict[str, CheckResult]:
    return {r.id: r for r in results}


@contextmanager
def answering_proxy(answer: bytes | None) -> Iterator[int]:
    """A server on loopback that reads a request's head and sends ``answer`` (None:
    never answers, holding the connection); yields its port."""
    server = socket.create_server(("127.0.0.1", 0))
    stop = threading.Event()
    held: list[socket.socket] = []

    def serve() -> None:
        server.settimeout(0.1)
        while not stop.is_set():
            try:
                client, _ = server.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            held.append(client)
            client.settimeout(2)
            head = b""
            while b"\r\n\r\n" not in head:
                try:
                    chunk = client.recv(4096)
                except OSError:
                    break
                if not chunk:
                    break
                head += chunk
            if answer is not None:
                client.sendall(answer)
                client.close()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield server.getsockname()[1]
    finally:
        stop.set()
        server.close()
        thread.join(timeout=2)
        for client in held:
            client.close()


def _through(proxy: str, **extra: object) -> dict[str, CheckResult]:
    inputs = _inputs("https://127.0.0.1:443", None, proxy=proxy, timeout_s=1.0, **extra)
    return by_id(checker(inputs).run())


# -- the proxy stage tells apart each way a proxy fails ---------------------------------


def test_a_dead_proxy_fails_the_proxy_stage_and_blames_no_firewall() -> None:
    port = _free_port()  # nothing listens
    found = _through(f"http://127.0.0.1:{port}")
    proxy = found["proxy"]
    assert proxy.verdict == FAIL, proxy
    assert f"Nothing listens on port {port} of the proxy 127.0.0.1" in proxy.remedy
    assert "firewall" not in proxy.remedy
    assert found["tcp"].verdict == SKIPPED
    assert found["tcp"].evidence["reason"] == "the Proxy check did not pass"


def test_a_proxy_name_that_does_not_resolve_has_its_remedy() -> None:
    found = _through("http://proxy.invalid:3128")
    proxy = found["proxy"]
    assert proxy.verdict == FAIL
    assert "The proxy's name proxy.invalid does not resolve on this PC" in proxy.remedy
    assert "config set proxy" in proxy.remedy


def test_a_proxy_that_never_answers_the_tunnel_request() -> None:
    with answering_proxy(None) as port:
        found = _through(f"http://127.0.0.1:{port}")
    proxy = found["proxy"]
    assert proxy.verdict == FAIL
    assert "took the connection but did not answer the tunnel request" in proxy.remedy


def test_something_that_is_not_an_http_proxy() -> None:
    with answering_proxy(b"SSH-2.0-OpenSSH_9.2\r\n\r\n") as port:
        found = _through(f"http://127.0.0.1:{port}")
    assert found["proxy"].verdict == FAIL
    assert "did not answer as an HTTP proxy does" in found["proxy"].remedy


def test_a_proxy_that_demands_authentication_is_told_apart(
    certs: Certificates, tmp_path: Path
) -> None:
    proxy = ConnectProxy("lab", "pw-9z")
    try:
        with running_collector(certs, tmp_path / "r") as receiver:
            url = f"http://127.0.0.1:{proxy.port}"
            anonymous = by_id(checker(_inputs(receiver.url, certs.ca, proxy=url)).run())
            wrong = by_id(
                checker(
                    _inputs(
                        receiver.url,
                        certs.ca,
                        proxy=f"http://lab@127.0.0.1:{proxy.port}",
                        proxy_password="not-it",
                    )
                ).run()
            )
    finally:
        proxy.close()
    assert anonymous["proxy"].verdict == FAIL
    assert "demands authentication (Basic)" in anonymous["proxy"].remedy
    assert f"http://USER@127.0.0.1:{proxy.port}" in anonymous["proxy"].remedy
    assert anonymous["proxy"].evidence["asks_for"] == "Basic"
    assert wrong["proxy"].verdict == FAIL
    assert "refused the user lab" in wrong["proxy"].remedy
    assert "not-it" not in json.dumps(wrong["proxy"].as_dict())


def test_windows_authentication_without_a_login_here_asks_for_a_user() -> None:
    answer = (
        b"HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Negotiate\r\n"
        b"Proxy-Authenticate: NTLM\r\nContent-Length: 0\r\n\r\n"
    )
    with answering_proxy(answer) as port:
        found = _through(f"http://127.0.0.1:{port}")
    assert found["proxy"].verdict == FAIL
    assert "demands authentication (Negotiate, NTLM)" in found["proxy"].remedy
    assert "auth_used" not in found["proxy"].evidence  # nothing could be sent


def test_a_scheme_the_app_does_not_speak_is_named() -> None:
    answer = (
        b"HTTP/1.1 407 Proxy Authentication Required\r\n"
        b'Proxy-Authenticate: Digest realm="x", nonce="1"\r\nContent-Length: 0\r\n\r\n'
    )
    with answering_proxy(answer) as port:
        found = _through(f"http://127.0.0.1:{port}")
    assert found["proxy"].verdict == FAIL
    assert "accepts only Digest authentication" in found["proxy"].remedy


def test_a_proxy_that_refuses_the_target() -> None:
    answer = b"HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n"
    with answering_proxy(answer) as port:
        found = _through(f"http://127.0.0.1:{port}")
    assert found["proxy"].verdict == FAIL
    assert "refuses the tunnel to 127.0.0.1:443 (HTTP/1.1 403 Forbidden)" in found["proxy"].remedy


def test_a_proxy_that_cannot_reach_the_receiver_fails_the_connection_not_the_proxy() -> None:
    answer = b"HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\n\r\n"
    with answering_proxy(answer) as port:
        found = _through(f"http://127.0.0.1:{port}")
    assert found["proxy"].verdict == PASS
    assert found["tcp"].verdict == FAIL
    assert "could not reach 127.0.0.1:443 (HTTP/1.1 503 Service Unavailable)" in found["tcp"].remedy


# -- skip reasons -----------------------------------------------------------------------


def test_skip_reasons_name_the_titles_shown(certs: Certificates) -> None:
    results = checker(_inputs(f"https://127.0.0.1:{_free_port()}", certs.ca)).run()
    reasons = {r.id: str(r.evidence.get("reason", "")) for r in results if r.verdict == SKIPPED}
    assert reasons["tls"] == "the Outbound connection check did not pass"
    assert reasons["http_auth"] == "the TLS check did not pass"
    for reason in reasons.values():
        assert not any(f"the {word} check" in reason for word in ("tcp", "tls", "dns"))


def test_after_a_name_mismatch_the_clock_does_not_say_the_receiver_did_not_answer(
    tmp_path: Path,
) -> None:
    certs = make_certificates(tmp_path / "c", hosts=("proactive.example.com",))
    with running_collector(certs, tmp_path / "r") as receiver:
        found = by_id(checker(_inputs(receiver.url, certs.ca)).run())
    assert found["tls"].verdict == FAIL
    reason = str(found["clock"].evidence["reason"])
    assert "did not answer" not in reason
    assert TITLES["http_auth"] in reason


# -- one parser for the proxy, the endpoint and the CA bundle ------------------------------


def _check_exit(*args: str) -> int:
    return main(["check", *args])


def test_check_takes_the_same_proxy_values_as_config_set(
    capsys: pytest.CaptureFixture[str],
) -> None:
    settings = Settings.load(app_paths().ensure().settings_file)
    with pytest.raises(SettingError):
        settings.set("proxy", "http://proxy.example")
    assert _check_exit("--endpoint", "https://127.0.0.1:9", "--proxy", "http://proxy.example") == 2
    assert "the proxy URL needs a port" in capsys.readouterr().err


def test_a_wrong_endpoint_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert _check_exit("--endpoint", "not a url") == 2
    err = capsys.readouterr().err
    assert "the endpoint must start with https://" in err and "Traceback" not in err


# -- evidence for people ------------------------------------------------------------------


def test_evidence_reads_as_words_in_the_text_and_html_but_stays_typed_in_json(
    certs: Certificates, tmp_path: Path
) -> None:
    with running_collector(certs, tmp_path / "r") as receiver:
        results = checker(_inputs(receiver.url, certs.ca, token=None)).run()
    text = as_text(results)
    page = as_html(results, "2026-12-01T10:00:00Z")
    for shown in (text, page):
        assert "token stored: no" in shown
        assert "proxy: none" in shown and "listening on: none" in shown
        for python in ("False", "None", "[]", "True"):
            assert python not in shown, python
    checks = {c["id"]: c for c in json.loads(report_json(results, 0.0))["checks"]}
    assert checks["configuration"]["evidence"]["token"] is False
    assert checks["proxy"]["evidence"]["proxy"] is None
    assert checks["inbound"]["evidence"]["listening"] == []


# -- PAC files ------------------------------------------------------------------------------


def test_a_pac_file_that_cannot_be_fetched_warns_and_the_checks_go_direct(
    certs: Certificates, tmp_path: Path
) -> None:
    with serving_pac(None) as pac_url, running_collector(certs, tmp_path / "r") as receiver:
        found = by_id(checker(_inputs(receiver.url, certs.ca, proxy=f"pac:{pac_url}")).run())
    proxy = found["proxy"]
    assert proxy.verdict == WARN
    assert f"The PAC file {pac_url} cannot be used (HTTP 404 Not Found)" in proxy.remedy
    assert found["tcp"].verdict == PASS and found["tcp"].evidence["via"] == "direct"


def test_a_pac_file_that_offers_only_socks_is_said_so() -> None:
    socks = 'function FindProxyForURL(url, host) { return "SOCKS 127.0.0.1:1080"; }'
    with serving_pac(socks) as pac_url:
        found = _through(f"pac:{pac_url}")
    assert found["proxy"].verdict == WARN
    assert "no DIRECT or HTTP proxy in the PAC file's answer" in found["proxy"].remedy


def test_auto_uses_the_pac_file_the_os_names(
    monkeypatch: pytest.MonkeyPatch, certs: Certificates, tmp_path: Path
) -> None:
    proxy = ConnectProxy()
    try:
        with serving_pac(pac_for(proxy.port, ".0.0.1")) as pac_url:
            # the machine's edge: what Windows' Internet Options say
            monkeypatch.setattr(proxy_pac, "os_pac_url", lambda: (pac_url, proxy_pac.WININET))
            with running_collector(certs, tmp_path / "r") as receiver:
                found = by_id(checker(_inputs(receiver.url, certs.ca, proxy="auto")).run())
    finally:
        proxy.close()
    evidence = found["proxy"].evidence
    assert evidence["pac_from"] == "Windows Internet Options (WinINet)"
    assert evidence["proxy"] == f"http://127.0.0.1:{proxy.port}"
    assert found["http_auth"].verdict == PASS and proxy.tunnels >= 2


def test_pac_values_are_one_parser_for_check_and_config(
    capsys: pytest.CaptureFixture[str],
) -> None:
    settings = Settings.load(app_paths().ensure().settings_file)
    assert settings.set("proxy", "auto") == "auto"
    assert settings.set("proxy", "pac:http://wpad.lab/proxy.pac") == "pac:http://wpad.lab/proxy.pac"
    with pytest.raises(SettingError):
        settings.set("proxy", "pac:ftp://wpad.lab/proxy.pac")
    assert _check_exit("--endpoint", "https://127.0.0.1:9", "--proxy", "pac:nowhere") == 2
    assert "a PAC file is given as pac:URL" in capsys.readouterr().err


def test_a_system_proxy_with_its_password_in_the_environment(
    monkeypatch: pytest.MonkeyPatch, certs: Certificates, tmp_path: Path
) -> None:
    proxy = ConnectProxy("lab", "pw-9z")
    try:
        monkeypatch.setenv("HTTPS_PROXY", f"http://lab:pw-9z@127.0.0.1:{proxy.port}")
        monkeypatch.setenv("NO_PROXY", "")
        with running_collector(certs, tmp_path / "r") as receiver:
            found = by_id(checker(_inputs(receiver.url, certs.ca, proxy="system")).run())
    finally:
        proxy.close()
    assert found["proxy"].evidence["proxy"] == f"http://127.0.0.1:{proxy.port}"  # no password
    assert found["proxy"].evidence["found_in"] == "environment variables (HTTPS_PROXY)"
    assert found["http_auth"].verdict == PASS, found  # the uploader's client, through it
    assert proxy.tunnels >= 2 and proxy.refused == 0


def test_auto_without_a_pac_file_says_so_and_uses_the_systems_proxy(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(proxy_pac, "os_pac_url", lambda: None)  # the machine's edge:
    monkeypatch.setattr(proxy_pac, "_wpad", lambda: None)  # no OS setting, no WPAD answer
    monkeypatch.setenv("HTTPS_PROXY", f"http://127.0.0.1:{_free_port()}")
    found = _through("auto")
    evidence = found["proxy"].evidence
    assert evidence["pac"].startswith("none found (in the OS's settings, or by WPAD)")
    assert evidence["found_in"] == "environment variables (HTTPS_PROXY)"
    assert found["proxy"].verdict == FAIL  # that proxy is dead, and said so
