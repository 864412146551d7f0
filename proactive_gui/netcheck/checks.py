"""Network readiness checks: each stage has a stable id, a verdict (pass, warn, fail,
skipped), its duration, the evidence, and a remedy written for IT.

The checks use the uploader's own settings: its endpoint, proxy (from the settings or
the system, as the engine resolves it), extra CA bundle and TLS context, so that a
green check means uploads will work.
"""

from __future__ import annotations

import base64
import email.utils
import json
import logging
import socket
import ssl
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
from cryptography import x509

from proactive_gui.i18n import QT_TRANSLATE_NOOP
from proactive_gui.paths import app_paths
from proactive_gui.secrets import (
    APP_FILE,
    NOWHERE,
    OS_KEYRING,
    SecretPlace,
    file_place,
    keyring_place,
    nowhere_place,
)
from proactive_gui.uplink.keys import KEY_ENTRY, spool_key_file, where_kept
from proactive_gui.uplink.transport import TransportConfig, make_client, system_proxy, tls_context

PASS, WARN, FAIL, SKIPPED = "pass", "warn", "fail", "skipped"
TIMEOUT_S = 5.0
CLOCK_FAIL_S = 300.0
EXPIRY_WARN_DAYS = 14


log = logging.getLogger(__name__)


@dataclass(frozen=True)
class CheckResult:
    id: str
    title: str
    verdict: str
    duration_s: float
    evidence: dict[str, Any] = field(default_factory=dict)
    remedy: str = ""


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


def _skip(check_id: str, title: str, why: str) -> CheckResult:
    return CheckResult(check_id, title, SKIPPED, 0.0, {"reason": why})


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
            return CheckResult(
                "configuration", "Configuration", FAIL, 0.0, evidence,
                "Set the receiver's HTTPS address: proactive-gui config set endpoint "
                "https://<receiver>",
            )  # fmt: skip
        self.state.host, self.state.port = parts.hostname, parts.port or 443
        if not self.inputs.token:
            return CheckResult(
                "configuration", "Configuration", FAIL, 0.0, evidence,
                "Store the instrument token: proactive-gui config set-secret token",
            )  # fmt: skip
        return CheckResult("configuration", "Configuration", PASS, 0.0, evidence)

    def dns(self) -> CheckResult:
        began = time.monotonic()
        try:
            infos = socket.getaddrinfo(self.state.host, self.state.port, type=socket.SOCK_STREAM)
        except OSError as exc:
            verdict = WARN if self.state.proxy else FAIL
            return CheckResult(
                "dns", "DNS", verdict, time.monotonic() - began,
                {"host": self.state.host, "error": str(exc)},
                "The name does not resolve here. Check the DNS servers of this PC, or the "
                "endpoint's spelling" + (" (the proxy may still resolve it)." if self.state.proxy else "."),
            )  # fmt: skip
        self.state.addresses = sorted({str(info[4][0]) for info in infos})
        return CheckResult(
            "dns", "DNS", PASS, time.monotonic() - began,
            {"host": self.state.host, "addresses": self.state.addresses},
        )  # fmt: skip

    def proxy(self) -> CheckResult:
        setting = self.inputs.proxy
        if setting == "none":
            source, proxy = "setting (none)", None
        elif setting == "system":
            proxy = system_proxy(self.inputs.endpoint)
            source = (
                "system (environment or OS settings)" if proxy else "system: none for this host"
            )
        else:
            source, proxy = "setting", setting
        self.state.proxy = proxy
        shown = _without_credentials(proxy) if proxy else None
        return CheckResult(
            "proxy", "Proxy", PASS, 0.0, {"proxy": shown, "from": source, "bypassed": proxy is None}
        )

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
            return CheckResult(
                "tcp", "Outbound connection", FAIL, time.monotonic() - began,
                {"target": target, "proxy": _without_credentials(self.state.proxy or ""), "answer": str(exc)},
                "The proxy refused the tunnel. Check the proxy's user in the proxy setting and "
                "its password: proactive-gui config set-secret proxy_password",
            )  # fmt: skip
        except OSError as exc:
            via = (
                f" through the proxy {_without_credentials(self.state.proxy)}"
                if self.state.proxy
                else ""
            )
            return CheckResult(
                "tcp", "Outbound connection", FAIL, time.monotonic() - began,
                {"target": target, "error": str(exc) or type(exc).__name__},
                f"Nothing answers on {target}{via}. Allow outbound TCP to port "
                f"{self.state.port} from this PC in the firewall, or check the address.",
            )  # fmt: skip
        self.state.sock = sock
        return CheckResult(
            "tcp", "Outbound connection", PASS, time.monotonic() - began,
            {"target": target, "via": _without_credentials(self.state.proxy) if self.state.proxy else "direct"},
        )  # fmt: skip

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
            return CheckResult(
                "tls", "TLS", FAIL, time.monotonic() - began,
                {"ca_bundle": self.inputs.ca_bundle, "error": str(exc)},
                "The extra CA bundle cannot be used: it must hold PEM certificates "
                "(-----BEGIN CERTIFICATE-----). Export the CA as 'Base-64 encoded X.509' "
                "and set it again: proactive-gui config set ca_bundle FILE.pem",
            )  # fmt: skip
        try:
            wrapped = context.wrap_socket(self.state.sock, server_hostname=self.state.host)
        except ssl.SSLCertVerificationError as exc:
            self.state.sock = None
            return self._untrusted(began, exc)
        except (ssl.SSLError, OSError) as exc:
            self.state.sock = None
            return CheckResult(
                "tls", "TLS", FAIL, time.monotonic() - began,
                {"error": str(exc)},
                "The receiver (or a device in between) does not offer TLS 1.2 or newer. "
                "Ask for TLS 1.2/1.3 on the receiver, or exempt it from the device.",
            )  # fmt: skip
        with wrapped:
            der = wrapped.getpeercert(binary_form=True)
            version, cipher = wrapped.version(), (wrapped.cipher() or ("?",))[0]
        certificate = x509.load_der_x509_certificate(der) if der else None
        days = _days_left(certificate) if certificate else None
        evidence = {
            "version": version,
            "cipher": cipher,
            "issuer": certificate.issuer.rfc4514_string() if certificate else None,
            "subject": certificate.subject.rfc4514_string() if certificate else None,
            "days_until_expiry": days,
            "trust": "OS trust store"
            + (" + " + self.inputs.ca_bundle if self.inputs.ca_bundle else ""),
        }
        if days is not None and days < EXPIRY_WARN_DAYS:
            return CheckResult(
                "tls", "TLS", WARN, time.monotonic() - began, evidence,
                f"The receiver's certificate expires in {days} days; ask its operator to renew it.",
            )  # fmt: skip
        return CheckResult("tls", "TLS", PASS, time.monotonic() - began, evidence)

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
        if "expired" in message:
            remedy = "The receiver's certificate has expired; ask its operator to renew it."
        elif "hostname" in message or "ip address mismatch" in message:
            remedy = (
                f"The certificate is not for {self.state.host}. Check the endpoint's host name, "
                "or ask the receiver's operator for a certificate that names it."
            )
        else:
            remedy = (
                "The certificate's issuer is not trusted here. If a proxy or firewall inspects "
                "TLS, add its CA: proactive-gui config set ca_bundle /path/to/inspection-ca.pem, "
                f"or exempt {self.state.host} from inspection."
            )
            self.state.inspected = True
        return CheckResult("tls", "TLS", FAIL, time.monotonic() - began, evidence, remedy)

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
            return _skip("tls_inspection", "TLS inspection", "TLS did not run")
        issuer = tls.evidence.get("issuer")
        if self.state.inspected:
            return CheckResult(
                "tls_inspection", "TLS inspection", FAIL, 0.0, {"issuer": issuer},
                "Traffic to the receiver is presented with a certificate from an issuer this PC "
                f"does not trust ({issuer}): a proxy or firewall is probably inspecting TLS. Add "
                "its CA with: proactive-gui config set ca_bundle FILE, or exempt "
                f"{self.state.host} from inspection.",
            )  # fmt: skip
        if tls.verdict == FAIL:
            return _skip(
                "tls_inspection", "TLS inspection", "the TLS check failed for another reason"
            )
        if self.inputs.ca_bundle:  # IT chose to trust this CA (a private receiver or proxy)
            evidence = {"issuer": issuer, "trusted_through": self.inputs.ca_bundle}
            return CheckResult("tls_inspection", "TLS inspection", PASS, 0.0, evidence)
        return CheckResult("tls_inspection", "TLS inspection", PASS, 0.0, {"issuer": issuer})

    def ping(self) -> CheckResult:
        began = time.monotonic()
        headers = {"Authorization": f"Bearer {self.inputs.token}"} if self.inputs.token else {}
        url = self.inputs.endpoint.rstrip("/") + "/v1/ping"
        try:
            with make_client(self.inputs.transport()) as client:
                response = client.get(url, headers=headers)
        except httpx.HTTPError as exc:
            return CheckResult(
                "http_auth", "HTTP and authentication", FAIL, time.monotonic() - began,
                {"error": type(exc).__name__},
                "The receiver did not answer over HTTPS; see the stages above.",
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
            return CheckResult(
                "http_auth", "HTTP and authentication", PASS, time.monotonic() - began, evidence
            )
        return CheckResult(
            "http_auth", "HTTP and authentication", FAIL, time.monotonic() - began, evidence,
            "The receiver does not accept this instrument's token. Store the current one: "
            "proactive-gui config set-secret token",
        )  # fmt: skip

    def clock(self) -> CheckResult:
        if self.state.peer_date is None:
            answered = any(r.id == "http_auth" and r.verdict != SKIPPED for r in self.results)
            why = "the receiver sent no Date header" if answered else "the receiver did not answer"
            return _skip("clock", "Clock", why)
        skew = time.time() - self.state.peer_date
        evidence = {"skew_s": round(skew, 1)}
        if abs(skew) > CLOCK_FAIL_S:
            return CheckResult(
                "clock", "Clock", FAIL, 0.0, evidence,
                f"This PC's clock is {abs(skew) / 60:.0f} minutes "
                f"{'ahead of' if skew > 0 else 'behind'} the receiver. Turn on time "
                "synchronisation (NTP) for this PC.",
            )  # fmt: skip
        return CheckResult("clock", "Clock", PASS, 0.0, evidence)

    def inbound(self) -> CheckResult:
        listening = listening_ports()
        if listening is not None:
            listening = [
                a for a in listening if int(a.rsplit(":", 1)[1], 16) not in self.own_servers
            ]
        if listening is None:
            return _skip("inbound", "No inbound ports", "cannot list sockets on this system")
        if listening:
            return CheckResult(
                "inbound", "No inbound ports", FAIL, 0.0, {"listening": listening},
                "The app should never listen on a port; report this as a defect.",
            )  # fmt: skip
        return CheckResult("inbound", "No inbound ports", PASS, 0.0, {"listening": []})

    def _place(self, name: str) -> SecretPlace:
        if self.inputs.places is not None and name in self.inputs.places:
            return self.inputs.places[name]
        if name != KEY_ENTRY:
            return where_kept(name)
        if self.inputs.key_store == "file":
            return file_place(spool_key_file(app_paths()))
        if self.inputs.key_store == "keyring":
            return keyring_place("spool_key_store")
        return nowhere_place("spool_key_store")  # the keyring was tried and refused

    def key_store(self) -> CheckResult:
        place = self._place(KEY_ENTRY)
        evidence = _place_evidence(place)
        if place.kind == OS_KEYRING:
            return CheckResult("spool_key", "Spool key storage", PASS, 0.0, evidence)
        if place.kind == APP_FILE:
            return CheckResult(
                "spool_key", "Spool key storage", WARN, 0.0, evidence,
                "The spool key is in a file readable only by this user, not the OS keyring. "
                "Install or unlock a keyring, then: proactive-gui config set spool_key_store keyring",
            )  # fmt: skip
        if place.kind != NOWHERE:
            return CheckResult(
                "spool_key", "Spool key storage", WARN, 0.0, evidence,
                f"The keyring in use ({place.backend}) keeps the spool key in a file"
                f"{f' ({place.path})' if place.path else ''}, not in the OS keyring. Use the "
                "OS keyring (on Linux an unlocked Secret Service, such as GNOME Keyring or "
                "KeePassXC) and stop choosing this backend (PYTHON_KEYRING_BACKEND or "
                "keyringrc.cfg); deliver the queue first (proactive-gui deliver): the key "
                "does not move.",
            )  # fmt: skip
        return CheckResult(
            "spool_key", "Spool key storage", FAIL, 0.0, evidence,
            "No OS keyring: install or unlock one, or allow a key file: "
            "proactive-gui config set spool_key_store file",
        )  # fmt: skip

    def token_store(self) -> CheckResult:
        place = self._place("token")
        evidence = _place_evidence(place)
        if place.kind == OS_KEYRING:
            return CheckResult("token_store", "Token storage", PASS, 0.0, evidence)
        if place.kind == APP_FILE:
            return CheckResult(
                "token_store", "Token storage", WARN, 0.0, evidence,
                "The instrument token (and the proxy password) are kept in a file readable "
                "only by this user, not the OS keyring. Where a keyring can be had: "
                "proactive-gui config set secret_store keyring, then store the token again: "
                "proactive-gui config set-secret token",
            )  # fmt: skip
        if place.kind != NOWHERE:
            return CheckResult(
                "token_store", "Token storage", WARN, 0.0, evidence,
                f"The keyring in use ({place.backend}) keeps the instrument token in a file"
                f"{f' ({place.path})' if place.path else ''}, not in the OS keyring. Use the "
                "OS keyring (on Linux an unlocked Secret Service, such as GNOME Keyring or "
                "KeePassXC), stop choosing this backend (PYTHON_KEYRING_BACKEND or "
                "keyringrc.cfg) and store the token again: proactive-gui config set-secret token",
            )  # fmt: skip
        return CheckResult(
            "token_store", "Token storage", FAIL, 0.0, evidence,
            "No OS keyring, so the instrument token cannot be stored: install or unlock one, "
            "or keep it in a file only you can read: proactive-gui config set secret_store file",
        )  # fmt: skip

    def opt_in(self) -> CheckResult:
        if self.inputs.opt_in:
            return CheckResult(
                "opt_in", "Send Instrument Performance Data", PASS, 0.0, {"opt_in": True}
            )
        if self.inputs.opt_in_locked:
            return CheckResult(
                "opt_in", "Send Instrument Performance Data", WARN, 0.0,
                {"opt_in": False, "locked": True},
                f"Locked by the IT policy: {self.inputs.opt_in_locked}",
            )  # fmt: skip
        return CheckResult(
            "opt_in", "Send Instrument Performance Data", WARN, 0.0, {"opt_in": False},
            "Nothing is sent while the opt-in is off; the lab turns it on in the app "
            "(or: proactive-gui config set opt_in true).",
        )  # fmt: skip

    # -- running ------------------------------------------------------------------------

    def run(self, progress: Progress | None = None, until: str | None = None) -> list[CheckResult]:
        """Every stage in order, or those up to and including ``until`` (a single
        check with the stages it needs)."""
        report = progress or (lambda check_id, result: None)
        network = [
            ("dns", QT_TRANSLATE_NOOP("Check", "DNS"), self.dns, "configuration"),
            ("proxy", QT_TRANSLATE_NOOP("Check", "Proxy"), self.proxy, "configuration"),
            ("tcp", QT_TRANSLATE_NOOP("Check", "Outbound connection"), self.tcp, "dns"),
            ("tls", QT_TRANSLATE_NOOP("Check", "TLS"), self.tls, "tcp"),
        ]
        stages: list[tuple[str, str, Callable[[], CheckResult], str | None]] = [
            (
                "configuration",
                QT_TRANSLATE_NOOP("Check", "Configuration"),
                self.configuration,
                None,
            ),
            *network,
            ("tls_inspection", QT_TRANSLATE_NOOP("Check", "TLS inspection"), self.inspection, None),
            ("http_auth", QT_TRANSLATE_NOOP("Check", "HTTP and authentication"), self.ping, "tls"),
            (
                "clock",
                QT_TRANSLATE_NOOP("Check", "Clock"),
                self.clock,
                None,
            ),  # skips itself without a Date
            ("inbound", QT_TRANSLATE_NOOP("Check", "No inbound ports"), self.inbound, None),
            ("token_store", QT_TRANSLATE_NOOP("Check", "Token storage"), self.token_store, None),
            ("spool_key", QT_TRANSLATE_NOOP("Check", "Spool key storage"), self.key_store, None),
            (
                "opt_in",
                QT_TRANSLATE_NOOP("Check", "Send Instrument Performance Data"),
                self.opt_in,
                None,
            ),
        ]
        verdicts: dict[str, str] = {}
        for check_id, title, stage, needs in stages:
            report(check_id, None)
            blocked = self._blocked(needs, verdicts)
            if check_id == "http_auth" and not blocked and not self.inputs.token:
                blocked = "no instrument token is stored (see Configuration)"
            try:
                result = _skip(check_id, title, blocked) if blocked else stage()
            except Exception as exc:  # a run always finishes: a stage that breaks fails
                log.exception("the %s check broke", check_id)
                result = CheckResult(
                    check_id,
                    title,
                    FAIL,
                    0.0,
                    {"error": type(exc).__name__},
                    f"This check could not be completed ({type(exc).__name__}: "
                    f"{str(exc)[:200]}); the other checks still ran. Send this report "
                    "to support.",
                )
            verdicts[check_id] = result.verdict
            self.results.append(result)
            report(check_id, result)
            if check_id == until:
                break
        return self.results

    def _blocked(self, needs: str | None, verdicts: dict[str, str]) -> str:
        if needs is None:
            return ""
        if needs == "configuration" and self.state.host:
            return ""  # the address is usable: only the token is missing, for HTTP alone
        if needs == "dns" and verdicts.get("dns") == WARN:
            return ""  # a proxy may resolve the name
        if verdicts.get(needs) in (FAIL, SKIPPED):
            return f"the {needs.replace('_', ' ')} check did not pass"
        return ""


WHERE = {
    OS_KEYRING: "OS keyring",
    APP_FILE: "a file readable only by this user, not the OS keyring",
    NOWHERE: "none",
}


def _place_evidence(place: SecretPlace) -> dict[str, Any]:
    """Where a secret is kept, for the report: words, the kind, the file, the backend."""
    evidence: dict[str, Any] = {
        "where": WHERE.get(place.kind, "a file, not the OS keyring"),
        "kind": place.kind,
    }
    if place.path is not None:
        evidence["path"] = str(place.path)
    if place.backend and place.kind != APP_FILE:
        evidence["backend"] = place.backend
    return evidence


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


def listening_ports(pid: int | None = None) -> list[str] | None:
    """Local addresses of TCP sockets this process listens on (Linux), else None."""
    if not sys.platform.startswith("linux"):
        return None
    proc = Path(f"/proc/{pid or 'self'}")
    inodes = set()
    for fd in (proc / "fd").iterdir():
        try:
            target = str(fd.readlink())
        except OSError:
            continue
        if target.startswith("socket:["):
            inodes.add(target[8:-1])
    found = []
    for table in ("tcp", "tcp6"):
        try:
            lines = (proc / "net" / table).read_text().splitlines()[1:]
        except OSError:
            continue
        for line in lines:
            fields = line.split()
            if fields[3] == "0A" and fields[9] in inodes:
                found.append(fields[1])
    return found


def report_json(results: list[CheckResult], started_at: float) -> str:
    counts = {v: sum(r.verdict == v for r in results) for v in (PASS, WARN, FAIL, SKIPPED)}
    return json.dumps(
        {
            "started_at": datetime.fromtimestamp(started_at, UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "summary": {
                "verdict": FAIL if counts[FAIL] else WARN if counts[WARN] else PASS,
                **counts,
            },
            "checks": [asdict(r) for r in results],
        },
        indent=2,
    )
