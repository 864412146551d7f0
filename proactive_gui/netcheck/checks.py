"""Network readiness checks: each stage has a stable id, a verdict (pass, warn, fail,
skipped), its duration, the evidence, and a remedy written for IT (its words in
``texts``, so that the window can say them in its language).

The checks use the uploader's own settings: its endpoint, proxy (from the settings or
the system, as the engine resolves it), extra CA bundle and TLS context, so that a
green check means uploads will work. The stages that look at this PC alone (inbound
ports, secret storage, the opt-in) are in ``local``.
"""

from __future__ import annotations

import base64
import email.utils
import json
import logging
import socket
import ssl
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

import httpx
from cryptography import x509

from proactive_gui.netcheck import local, texts
from proactive_gui.netcheck.local import listening_ports
from proactive_gui.netcheck.result import (
    FAIL,
    PASS,
    SKIPPED,
    WARN,
    CheckResult,
    outcome,
    skip,
)
from proactive_gui.netcheck.texts import Message, say
from proactive_gui.secrets import SecretPlace
from proactive_gui.uplink.keys import KEY_ENTRY
from proactive_gui.uplink.transport import TransportConfig, make_client, system_proxy, tls_context

__all__ = [
    "FAIL",
    "PASS",
    "SKIPPED",
    "TIMEOUT_S",
    "WARN",
    "CheckResult",
    "Checker",
    "Inputs",
    "listening_ports",
    "report_json",
]

TIMEOUT_S = 5.0
CLOCK_FAIL_S = 300.0
EXPIRY_WARN_DAYS = 14


log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Inputs:
    """What the checks look at: the uploader's settings, as the engine uses them."""

    endpoint: str
    ca_bundle: str = ""
    proxy: str = "system"  # "system", "none" or a URL
    proxy_password: str | None = None
    token: str | None = None
    opt_in: bool = False
    opt_in_locked: str | None = None  # the IT policy's reason, when it locks the opt-in
    key_store: str = "keyring"  # where the spool key lives: keyring, file, or unavailable
    # where each secret is kept (uplink.keys.where_kept, by name); None: looked up when
    # the storage stages run, from the app's settings and the keyring in use
    places: dict[str, SecretPlace] | None = None
    timeout_s: float = TIMEOUT_S

    def transport(self) -> TransportConfig:
        return TransportConfig(
            self.endpoint, self.ca_bundle, self.proxy, self.proxy_password, self.timeout_s
        )


@dataclass
class _State:
    """What earlier stages learned, for the later ones."""

    host: str = ""
    port: int = 443
    proxy: str | None = None
    addresses: list[str] = field(default_factory=list)
    sock: socket.socket | None = None
    peer_date: float | None = None
    inspected: bool = False  # the chain was refused for an unknown issuer


Progress = Callable[[str, CheckResult | None], None]  # (check id, result or None: started)


class Checker:
    def __init__(self, inputs: Inputs, own_servers: frozenset[int] = frozenset()) -> None:
        """``own_servers``: ports of servers this process runs on purpose (a test's
        receiver), which the inbound check leaves out."""
        self.inputs = inputs
        self.own_servers = own_servers
        self.state = _State()
        self.results: list[CheckResult] = []

    # -- stages ---------------------------------------------------------------------

    def configuration(self) -> CheckResult:
        parts = urlsplit(self.inputs.endpoint)
        evidence = {"endpoint": self.inputs.endpoint or None, "token": bool(self.inputs.token)}
        if parts.scheme != "https" or not parts.hostname:
            return outcome("configuration", FAIL, 0.0, evidence, say(texts.SET_ENDPOINT))
        self.state.host, self.state.port = parts.hostname, parts.port or 443
        if not self.inputs.token:
            return outcome("configuration", FAIL, 0.0, evidence, say(texts.SET_TOKEN))
        return outcome("configuration", PASS, 0.0, evidence)

    def dns(self) -> CheckResult:
        began = time.monotonic()
        try:
            infos = socket.getaddrinfo(self.state.host, self.state.port, type=socket.SOCK_STREAM)
        except OSError as exc:
            return outcome(
                "dns", WARN if self.state.proxy else FAIL, time.monotonic() - began,
                {"host": self.state.host, "error": str(exc)},
                say(texts.NO_NAME_PROXY if self.state.proxy else texts.NO_NAME),
            )  # fmt: skip
        self.state.addresses = sorted({str(info[4][0]) for info in infos})
        return outcome(
            "dns", PASS, time.monotonic() - began,
            {"host": self.state.host, "addresses": self.state.addresses},
        )  # fmt: skip

    def proxy(self) -> CheckResult:
        setting = self.inputs.proxy
        if setting == "none":
            source, proxy = texts.PROXY_NONE, None
        elif setting == "system":
            proxy = system_proxy(self.inputs.endpoint)
            source = texts.PROXY_SYSTEM if proxy else texts.PROXY_SYSTEM_NONE
        else:
            source, proxy = texts.PROXY_SETTING, setting
        self.state.proxy = proxy
        shown = _without_credentials(proxy) if proxy else None
        evidence = {"proxy": shown, "from": say(source), "bypassed": proxy is None}
        return outcome("proxy", PASS, 0.0, evidence)

    def tcp(self) -> CheckResult:
        began = time.monotonic()
        target = f"{self.state.host}:{self.state.port}"
        try:
            if self.state.proxy:
                sock = self._connect_through_proxy(self.state.proxy, target)
            else:
                sock = socket.create_connection(
                    (self.state.host, self.state.port), timeout=self.inputs.timeout_s
                )
        except _ProxyRefusedError as exc:
            return outcome(
                "tcp", FAIL, time.monotonic() - began,
                {"target": target, "proxy": _without_credentials(self.state.proxy or ""), "answer": str(exc)},
                say(texts.TUNNEL_REFUSED),
            )  # fmt: skip
        except OSError as exc:
            remedy = (
                say(texts.NO_ANSWER_PROXY, target=target,
                    proxy=_without_credentials(self.state.proxy), port=self.state.port)
                if self.state.proxy
                else say(texts.NO_ANSWER, target=target, port=self.state.port)
            )  # fmt: skip
            return outcome(
                "tcp", FAIL, time.monotonic() - began,
                {"target": target, "error": str(exc) or type(exc).__name__}, remedy,
            )  # fmt: skip
        self.state.sock = sock
        via = _without_credentials(self.state.proxy) if self.state.proxy else say(texts.DIRECT)
        return outcome("tcp", PASS, time.monotonic() - began, {"target": target, "via": via})

    def _connect_through_proxy(self, proxy: str, target: str) -> socket.socket:
        parts = urlsplit(proxy)
        sock = socket.create_connection(
            (parts.hostname or "", parts.port or 8080), timeout=self.inputs.timeout_s
        )
        request = f"CONNECT {target} HTTP/1.1\r\nHost: {target}\r\n"
        if parts.username:
            secret = self.inputs.proxy_password or parts.password or ""
            credentials = base64.b64encode(f"{parts.username}:{secret}".encode()).decode()
            request += f"Proxy-Authorization: Basic {credentials}\r\n"
        sock.sendall((request + "\r\n").encode())
        answer = b""
        while b"\r\n\r\n" not in answer:
            chunk = sock.recv(4096)
            if not chunk:
                break
            answer += chunk
        status = answer.split(b"\r\n", 1)[0].decode("latin-1", "replace")
        if " 200 " not in f"{status} ":
            sock.close()
            raise _ProxyRefusedError(status or "no answer")
        return sock

    def tls(self) -> CheckResult:
        began = time.monotonic()
        assert self.state.sock is not None
        try:
            context = tls_context(self.inputs.ca_bundle)
        except (ssl.SSLError, OSError, ValueError) as exc:  # a DER file, not PEM
            self.state.sock.close()
            self.state.sock = None
            return outcome(
                "tls", FAIL, time.monotonic() - began,
                {"ca_bundle": self.inputs.ca_bundle, "error": str(exc)}, say(texts.BAD_CA_BUNDLE),
            )  # fmt: skip
        try:
            wrapped = context.wrap_socket(self.state.sock, server_hostname=self.state.host)
        except ssl.SSLCertVerificationError as exc:
            self.state.sock = None
            return self._untrusted(began, exc)
        except (ssl.SSLError, OSError) as exc:
            self.state.sock = None
            return outcome(
                "tls", FAIL, time.monotonic() - began, {"error": str(exc)}, say(texts.OLD_TLS)
            )
        with wrapped:
            der = wrapped.getpeercert(binary_form=True)
            version, cipher = wrapped.version(), (wrapped.cipher() or ("?",))[0]
        certificate = x509.load_der_x509_certificate(der) if der else None
        days = _days_left(certificate) if certificate else None
        bundle = self.inputs.ca_bundle
        evidence = {
            "version": version,
            "cipher": cipher,
            "issuer": certificate.issuer.rfc4514_string() if certificate else None,
            "subject": certificate.subject.rfc4514_string() if certificate else None,
            "days_until_expiry": days,
            "trust": say(texts.OS_TRUST_AND_BUNDLE, ca_bundle=bundle)
            if bundle
            else say(texts.OS_TRUST),
        }
        if days is not None and days < EXPIRY_WARN_DAYS:
            remedy = say(texts.EXPIRES_SOON, days=days)
            return outcome("tls", WARN, time.monotonic() - began, evidence, remedy)
        return outcome("tls", PASS, time.monotonic() - began, evidence)

    def _untrusted(self, began: float, exc: ssl.SSLCertVerificationError) -> CheckResult:
        """Why the chain was refused: expired, wrong name, or an unknown issuer."""
        certificate = self._peek_certificate()
        evidence: dict[str, Any] = {"error": exc.verify_message or str(exc)}
        if certificate is not None:
            evidence.update(
                issuer=certificate.issuer.rfc4514_string(),
                subject=certificate.subject.rfc4514_string(),
                days_until_expiry=_days_left(certificate),
            )
        message = (exc.verify_message or "").lower()
        remedy: Message
        if "expired" in message:
            remedy = say(texts.EXPIRED)
        elif "hostname" in message or "ip address mismatch" in message:
            remedy = say(texts.WRONG_NAME, host=self.state.host)
        else:
            remedy = say(texts.UNTRUSTED, host=self.state.host)
            self.state.inspected = True
        return outcome("tls", FAIL, time.monotonic() - began, evidence, remedy)

    def _peek_certificate(self) -> x509.Certificate | None:
        """The presented certificate, fetched without verification, for evidence only."""
        try:
            sock = (
                self._connect_through_proxy(
                    self.state.proxy, f"{self.state.host}:{self.state.port}"
                )
                if self.state.proxy
                else socket.create_connection(
                    (self.state.host, self.state.port), self.inputs.timeout_s
                )
            )
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
            context.check_hostname = False
            context.verify_mode = ssl.CERT_NONE
            with context.wrap_socket(sock, server_hostname=self.state.host) as peek:
                der = peek.getpeercert(binary_form=True)
        except (OSError, _ProxyRefusedError):
            return None
        return x509.load_der_x509_certificate(der) if der else None

    def inspection(self) -> CheckResult:
        tls = next((r for r in self.results if r.id == "tls"), None)
        if tls is None or tls.verdict == SKIPPED:
            return skip("tls_inspection", say(texts.SKIP_NO_TLS))
        issuer = tls.evidence.get("issuer")
        if self.state.inspected:
            remedy = say(texts.INSPECTED, issuer=issuer, host=self.state.host)
            return outcome("tls_inspection", FAIL, 0.0, {"issuer": issuer}, remedy)
        if tls.verdict == FAIL:
            return skip("tls_inspection", say(texts.SKIP_TLS_OTHER))
        if self.inputs.ca_bundle:  # IT chose to trust this CA (a private receiver or proxy)
            evidence = {"issuer": issuer, "trusted_through": self.inputs.ca_bundle}
            return outcome("tls_inspection", PASS, 0.0, evidence)
        return outcome("tls_inspection", PASS, 0.0, {"issuer": issuer})

    def ping(self) -> CheckResult:
        began = time.monotonic()
        headers = {"Authorization": f"Bearer {self.inputs.token}"} if self.inputs.token else {}
        url = self.inputs.endpoint.rstrip("/") + "/v1/ping"
        try:
            with make_client(self.inputs.transport()) as client:
                response = client.get(url, headers=headers)
        except httpx.HTTPError as exc:
            return outcome(
                "http_auth", FAIL, time.monotonic() - began,
                {"error": type(exc).__name__}, say(texts.NO_HTTPS),
            )  # fmt: skip
        date = response.headers.get("Date")
        if date:
            try:
                self.state.peer_date = email.utils.parsedate_to_datetime(date).timestamp()
            except (TypeError, ValueError):
                self.state.peer_date = None
        try:
            authenticated = bool(response.json().get("authenticated"))
        except (ValueError, AttributeError):
            authenticated = False
        evidence = {"status": response.status_code, "authenticated": authenticated}
        if response.status_code == 200 and authenticated:
            return outcome("http_auth", PASS, time.monotonic() - began, evidence)
        return outcome(
            "http_auth", FAIL, time.monotonic() - began, evidence, say(texts.TOKEN_REFUSED)
        )

    def clock(self) -> CheckResult:
        if self.state.peer_date is None:
            answered = any(r.id == "http_auth" and r.verdict != SKIPPED for r in self.results)
            return skip("clock", say(texts.SKIP_NO_DATE if answered else texts.SKIP_NO_ANSWER))
        skew = time.time() - self.state.peer_date
        evidence = {"skew_s": round(skew, 1)}
        if abs(skew) > CLOCK_FAIL_S:
            template = texts.CLOCK_AHEAD if skew > 0 else texts.CLOCK_BEHIND
            remedy = say(template, minutes=f"{abs(skew) / 60:.0f}")
            return outcome("clock", FAIL, 0.0, evidence, remedy)
        return outcome("clock", PASS, 0.0, evidence)

    def inbound(self) -> CheckResult:
        return local.inbound(self.own_servers)

    def key_store(self) -> CheckResult:
        return local.key_store(self._place(KEY_ENTRY))

    def token_store(self) -> CheckResult:
        return local.token_store(self._place("token"))

    def opt_in(self) -> CheckResult:
        return local.opt_in(self.inputs.opt_in, self.inputs.opt_in_locked)

    def _place(self, name: str) -> SecretPlace:
        return local.place(name, self.inputs.places, self.inputs.key_store)

    # -- running ------------------------------------------------------------------------

    def run(self, progress: Progress | None = None, until: str | None = None) -> list[CheckResult]:
        """Every stage in order, or those up to and including ``until`` (a single
        check with the stages it needs)."""
        report = progress or (lambda check_id, result: None)
        stages: list[tuple[str, Callable[[], CheckResult], str | None]] = [
            ("configuration", self.configuration, None),
            ("dns", self.dns, "configuration"),
            ("proxy", self.proxy, "configuration"),
            ("tcp", self.tcp, "dns"),
            ("tls", self.tls, "tcp"),
            ("tls_inspection", self.inspection, None),
            ("http_auth", self.ping, "tls"),
            ("clock", self.clock, None),  # skips itself without a Date
            ("inbound", self.inbound, None),
            ("token_store", self.token_store, None),
            ("spool_key", self.key_store, None),
            ("opt_in", self.opt_in, None),
        ]
        verdicts: dict[str, str] = {}
        for check_id, stage, needs in stages:
            report(check_id, None)
            blocked = self._blocked(needs, verdicts)
            if check_id == "http_auth" and not blocked and not self.inputs.token:
                blocked = say(texts.SKIP_NO_TOKEN)
            try:
                result = skip(check_id, blocked) if blocked else stage()
            except Exception as exc:  # a run always finishes: a stage that breaks fails
                log.exception("the %s check broke", check_id)
                error = type(exc).__name__
                remedy = say(texts.STAGE_BROKE, error=error, detail=str(exc)[:200])
                result = outcome(check_id, FAIL, 0.0, {"error": error}, remedy)
            verdicts[check_id] = result.verdict
            self.results.append(result)
            report(check_id, result)
            if check_id == until:
                break
        return self.results

    def _blocked(self, needs: str | None, verdicts: dict[str, str]) -> Message | None:
        if needs is None:
            return None
        if needs == "configuration" and self.state.host:
            return None  # the address is usable: only the token is missing, for HTTP alone
        if needs == "dns" and verdicts.get("dns") == WARN:
            return None  # a proxy may resolve the name
        if verdicts.get(needs) in (FAIL, SKIPPED):
            return say(texts.SKIP_AFTER[needs])
        return None


class _ProxyRefusedError(Exception):
    pass


def _without_credentials(url: str | None) -> str:
    if not url:
        return ""
    parts = urlsplit(url)
    if parts.username or parts.password:
        host = parts.hostname or ""
        netloc = f"{host}:{parts.port}" if parts.port else host
        return parts._replace(netloc=netloc).geturl()
    return url


def _days_left(certificate: x509.Certificate) -> int:
    return int((certificate.not_valid_after_utc - datetime.now(UTC)).total_seconds() // 86400)


def report_json(results: list[CheckResult], started_at: float) -> str:
    counts = {v: sum(r.verdict == v for r in results) for v in (PASS, WARN, FAIL, SKIPPED)}
    return json.dumps(
        {
            "started_at": datetime.fromtimestamp(started_at, UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "summary": {
                "verdict": FAIL if counts[FAIL] else WARN if counts[WARN] else PASS,
                **counts,
            },
            "checks": [r.as_dict() for r in results],
        },
        indent=2,
    )
