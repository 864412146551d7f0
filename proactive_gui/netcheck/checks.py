"""Network readiness checks: each stage has a stable id, a verdict (pass, warn, fail,
skipped), its duration, the evidence, and a remedy written for IT (its words in
``texts``, so that the window can say them in its language).

The checks use the uploader's own settings: its endpoint, proxy (from the settings or
the system, as the engine resolves it), extra CA bundle and TLS context, so that a
green check means uploads will work. The stages that look at this PC alone (inbound
ports, secret storage, the opt-in) are in ``local``.
"""

from __future__ import annotations

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
from proactive_gui.netcheck import tunnel as tunnel_kinds
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
from proactive_gui.netcheck.tunnel import Tunnel, open_tunnel
from proactive_gui.secrets import SecretPlace
from proactive_gui.uplink import proxy as proxy_choice
from proactive_gui.uplink import proxy_pac
from proactive_gui.uplink.keys import KEY_ENTRY
from proactive_gui.uplink.proxy import ProxyChoice, choose
from proactive_gui.uplink.transport import TransportConfig, make_client, tls_context

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

PROXY_SOURCES = {
    proxy_choice.SETTING: texts.PROXY_SETTING,
    proxy_choice.NONE: texts.PROXY_NONE,
    proxy_choice.SYSTEM: texts.PROXY_SYSTEM,
    proxy_choice.SYSTEM_NONE: texts.PROXY_SYSTEM_NONE,
    proxy_choice.PAC: texts.PROXY_PAC,
    proxy_choice.PAC_FAILED: texts.PROXY_PAC_FAILED,
}
FOUND_IN = {
    proxy_choice.ENVIRONMENT: texts.FOUND_IN_ENVIRONMENT,
    proxy_choice.WININET: texts.FOUND_IN_WININET,
    proxy_choice.WINHTTP: texts.FOUND_IN_WINHTTP,
    proxy_choice.MACOS: texts.FOUND_IN_MACOS,
}
PAC_FOUND_BY = {
    proxy_pac.SETTING: texts.PAC_FROM_SETTING,
    proxy_pac.WININET: texts.PAC_FROM_WININET,
    proxy_pac.MACOS: texts.PAC_FROM_MACOS,
    proxy_pac.WPAD: texts.PAC_FROM_WPAD,
}


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
    proxy: ProxyChoice | None = None  # the uploader's proxy decision
    tunnel: Tunnel | None = None  # the attempt through the proxy (None: direct)
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

    def proxy(self) -> CheckResult:
        """The proxy the uploader would use, and a tunnel through it to the receiver:
        the proxy's name, its port, its answer to CONNECT (authentication, its rules)."""
        began = time.monotonic()
        chosen = choose(self.inputs.proxy, self.inputs.endpoint)
        self.state.proxy = chosen
        source = PROXY_SOURCES[chosen.source]
        pac = _pac_evidence(chosen)
        if chosen.url is None:
            direct = {"proxy": None, "from": say(source), **pac, "bypassed": True}
            if chosen.pac_error is not None:
                unusable = say(
                    texts.PAC_UNUSABLE,
                    url=chosen.pac_error.pac_url, error=chosen.pac_error.problem,
                )  # fmt: skip
                return outcome("proxy", WARN, time.monotonic() - began, direct, unusable)
            return outcome("proxy", PASS, time.monotonic() - began, direct)
        password = self.inputs.proxy_password if chosen.source == proxy_choice.SETTING else None
        tunnel = open_tunnel(
            chosen, password, self.state.host, self.state.port, self.inputs.timeout_s
        )
        self.state.tunnel = tunnel
        evidence: dict[str, Any] = {"proxy": chosen.shown, "from": say(source), **pac}
        if tunnel.answer:
            evidence["answer"] = tunnel.answer
        if chosen.user:
            evidence["user"] = chosen.user
        if tunnel.schemes:
            evidence["asks_for"] = ", ".join(tunnel.schemes)
        if tunnel.used:
            evidence["auth_used"] = tunnel.used
        took = time.monotonic() - began
        remedy = self._proxy_remedy(chosen, tunnel)
        if remedy is not None:
            return outcome("proxy", FAIL, took, evidence, remedy)
        return outcome("proxy", PASS, took, evidence)

    def _proxy_remedy(self, chosen: ProxyChoice, tunnel: Tunnel) -> Message | None:
        """What to do when the proxy itself stands in the way (None: it does not; a
        proxy that cannot reach the receiver is the Outbound connection's finding)."""
        host, port = chosen.host, chosen.port
        target = f"{self.state.host}:{self.state.port}"
        kind = tunnel.outcome
        if kind in (tunnel_kinds.OPEN, tunnel_kinds.CANNOT_REACH):
            return None
        if kind == tunnel_kinds.NO_NAME:
            return say(texts.PROXY_NO_NAME, host=host)
        if kind == tunnel_kinds.REFUSED:
            return say(texts.PROXY_REFUSED, host=host, port=port)
        if kind in (tunnel_kinds.SILENT, tunnel_kinds.UNREACHABLE):
            return say(texts.PROXY_SILENT, host=host, port=port, error=tunnel.answer)
        if kind == tunnel_kinds.MUTE:
            return say(texts.PROXY_MUTE, host=host, port=port)
        if kind == tunnel_kinds.NOT_HTTP:
            return say(texts.PROXY_NOT_HTTP, host=host, port=port)
        if kind == tunnel_kinds.AUTH:
            schemes = ", ".join(tunnel.schemes) or "?"
            spoken = {"basic", "ntlm", "negotiate"}
            if tunnel.schemes and not spoken & {s.lower() for s in tunnel.schemes}:
                return say(texts.PROXY_SCHEME_UNSUPPORTED, schemes=schemes, target=target)
            if tunnel.sent_credentials and chosen.user:
                return say(texts.PROXY_USER_REFUSED, user=chosen.user, scheme=tunnel.used)
            if tunnel.sent_credentials:
                return say(texts.PROXY_LOGIN_REFUSED, scheme=tunnel.used, host=host, port=port)
            return say(texts.PROXY_WANTS_USER, schemes=schemes, host=host, port=port)
        return say(texts.PROXY_DENIES_TARGET, target=target, answer=tunnel.answer)

    def dns(self) -> CheckResult:
        """The receiver's name on this PC. Through a proxy, the proxy resolves it (the
        uploader sends it the name): a name that does not resolve here is evidence,
        and the tunnel's outcome the verdict."""
        began = time.monotonic()
        tunnel = self.state.tunnel
        try:
            infos = socket.getaddrinfo(self.state.host, self.state.port, type=socket.SOCK_STREAM)
        except OSError as exc:
            evidence: dict[str, Any] = {"host": self.state.host, "error": str(exc)}
            took = time.monotonic() - began
            if tunnel is None:
                return outcome("dns", FAIL, took, evidence, say(texts.NO_NAME))
            evidence["resolves_here"] = False
            if tunnel.outcome == tunnel_kinds.OPEN:
                shown = self.state.proxy.shown if self.state.proxy else ""
                evidence["resolved_by"] = say(texts.BY_PROXY, proxy=shown)
                return outcome("dns", PASS, took, evidence)
            return outcome("dns", WARN, took, evidence, say(texts.NO_NAME_PROXY))
        self.state.addresses = sorted({str(info[4][0]) for info in infos})
        return outcome(
            "dns", PASS, time.monotonic() - began,
            {"host": self.state.host, "addresses": self.state.addresses},
        )  # fmt: skip

    def tcp(self) -> CheckResult:
        began = time.monotonic()
        target = f"{self.state.host}:{self.state.port}"
        tunnel, chosen = self.state.tunnel, self.state.proxy
        if tunnel is not None and chosen is not None:
            evidence = {"target": target, "via": chosen.shown}
            if tunnel.outcome == tunnel_kinds.OPEN:
                self.state.sock, tunnel.sock = tunnel.sock, None
                return outcome("tcp", PASS, 0.0, evidence)
            remedy = say(
                texts.PROXY_CANNOT_REACH,
                proxy=chosen.shown, target=target, answer=tunnel.answer, port=self.state.port,
            )  # fmt: skip
            return outcome("tcp", FAIL, 0.0, {**evidence, "answer": tunnel.answer}, remedy)
        try:
            sock = socket.create_connection(
                (self.state.host, self.state.port), timeout=self.inputs.timeout_s
            )
        except OSError as exc:
            return outcome(
                "tcp", FAIL, time.monotonic() - began,
                {"target": target, "error": str(exc) or type(exc).__name__},
                say(texts.NO_ANSWER, target=target, port=self.state.port),
            )  # fmt: skip
        self.state.sock = sock
        return outcome(
            "tcp", PASS, time.monotonic() - began, {"target": target, "via": say(texts.DIRECT)}
        )

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
        chosen = self.state.proxy
        try:
            if chosen is not None and chosen.url is not None:
                setting = chosen.source == proxy_choice.SETTING
                password = self.inputs.proxy_password if setting else None
                tunnel = open_tunnel(
                    chosen, password, self.state.host, self.state.port, self.inputs.timeout_s
                )
                if tunnel.sock is None:
                    return None
                sock = tunnel.sock
            else:
                sock = socket.create_connection(
                    (self.state.host, self.state.port), self.inputs.timeout_s
                )
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
            context.check_hostname = False
            context.verify_mode = ssl.CERT_NONE
            with context.wrap_socket(sock, server_hostname=self.state.host) as peek:
                der = peek.getpeercert(binary_form=True)
        except OSError:
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
            http = next((r for r in self.results if r.id == "http_auth"), None)
            if http is None or http.verdict == SKIPPED:
                return skip("clock", say(texts.SKIP_NO_HTTP))
            answered = "status" in http.evidence
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
        stages: list[tuple[str, Callable[[], CheckResult], tuple[str, ...]]] = [
            ("configuration", self.configuration, ()),
            ("proxy", self.proxy, ("configuration",)),
            ("dns", self.dns, ("configuration",)),
            ("tcp", self.tcp, ("proxy", "dns")),
            ("tls", self.tls, ("tcp",)),
            ("tls_inspection", self.inspection, ()),
            ("http_auth", self.ping, ("tls",)),
            ("clock", self.clock, ()),  # skips itself without a Date
            ("inbound", self.inbound, ()),
            ("token_store", self.token_store, ()),
            ("spool_key", self.key_store, ()),
            ("opt_in", self.opt_in, ()),
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
        self._close()
        return self.results

    def _close(self) -> None:
        """The sockets a run left open (a tunnel or a connection no later stage took,
        when the run stopped early)."""
        for sock in (self.state.sock, self.state.tunnel.sock if self.state.tunnel else None):
            if sock is not None:
                sock.close()
        self.state.sock = None

    def _blocked(self, needs: tuple[str, ...], verdicts: dict[str, str]) -> Message | None:
        for need in needs:
            if need == "configuration" and self.state.host:
                continue  # the address is usable: only the token is missing, for HTTP alone
            if need == "dns" and verdicts.get("dns") == WARN:
                continue  # the proxy may resolve the name: the tunnel tells
            if verdicts.get(need) in (FAIL, SKIPPED):
                return say(texts.SKIP_AFTER[need])
        return None


def _pac_evidence(chosen: ProxyChoice) -> dict[str, Any]:
    """Where the system's proxy was found; or which PAC file decided, who named it, and
    its answer for the receiver."""
    evidence: dict[str, Any] = {}
    if chosen.pac_searched:
        evidence["pac"] = say(texts.PAC_NONE_FOUND)
    if chosen.found_in in FOUND_IN:
        evidence["found_in"] = say(FOUND_IN[chosen.found_in])
    if evidence:
        return evidence
    if chosen.pac is not None:
        return {
            "pac": chosen.pac.pac_url,
            "pac_from": say(PAC_FOUND_BY[chosen.pac.found_by]),
            "pac_answer": chosen.pac.answer,
        }
    if chosen.pac_error is not None:
        return {"pac": chosen.pac_error.pac_url, "error": chosen.pac_error.problem}
    return {}


def _days_left(certificate: x509.Certificate) -> int:
    return int((certificate.not_valid_after_utc - datetime.now(UTC)).total_seconds() // 86400)


def report_json(
    results: list[CheckResult], started_at: float, context: dict[str, Any] | None = None
) -> str:
    """The report for IT's tools; ``context``: where it ran (``about.about``)."""
    counts = {v: sum(r.verdict == v for r in results) for v in (PASS, WARN, FAIL, SKIPPED)}
    document: dict[str, Any] = {
        "started_at": datetime.fromtimestamp(started_at, UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "summary": {
            "verdict": FAIL if counts[FAIL] else WARN if counts[WARN] else PASS,
            **counts,
        },
    }
    if context is not None:
        document["context"] = context
    document["checks"] = [r.as_dict() for r in results]
    return json.dumps(document, indent=2)
