"""The CONNECT tunnel through an HTTP proxy, with its authentication: Basic, and the
Windows schemes NTLM and Negotiate (Kerberos, or NTLM inside it) through pyspnego,
whose handshakes take several round trips on one connection. The readiness checks
(``netcheck.tunnel``) and the uploader's client (``TunnelBackend``, which hands httpx
the open tunnel) share this code, so that they take the same path.

The proxy user comes from the proxy URL (``http://DOMAIN%5Cuser@proxy:8080``), its
password from the keyring; without a user, Negotiate and NTLM use the logged-on
user's own credentials where the OS has them (Windows SSPI, a Kerberos ticket).
"""

from __future__ import annotations

import base64
import socket
from dataclasses import dataclass, field
from typing import Any

import httpcore

from proactive_gui.uplink.proxy import ProxyChoice

MAX_HEAD = 64 * 1024
MAX_BODY = 1024 * 1024
MAX_LEGS = 4  # NTLM takes two, Kerberos one or two
WINDOWS_SCHEMES = ("negotiate", "ntlm")  # preferred in this order


@dataclass
class Answer:
    """The proxy's answer to one CONNECT."""

    status: int
    status_line: str
    headers: list[tuple[str, str]]
    closes: bool  # the proxy closes the connection after it

    def challenges(self) -> dict[str, str]:
        """Proxy-Authenticate, by scheme (lower case) -> its token ("" for none)."""
        found: dict[str, str] = {}
        for name, value in self.headers:
            if name.lower() == "proxy-authenticate" and value.strip():
                scheme, _, token = value.strip().partition(" ")
                found.setdefault(scheme.rstrip(",").lower(), token.strip())
        return found

    def schemes(self) -> list[str]:
        """The schemes offered, as the proxy spells them."""
        spelled = []
        for name, value in self.headers:
            if name.lower() == "proxy-authenticate" and value.strip():
                scheme = value.strip().split()[0].rstrip(",")
                if scheme not in spelled:
                    spelled.append(scheme)
        return spelled


@dataclass
class Handshake:
    """How the CONNECT went: the last answer, the schemes the proxy offered, the one
    used (None: no credentials were sent) and the open socket on a 2xx."""

    answer: Answer
    offered: list[str] = field(default_factory=list)
    used: str | None = None
    sock: socket.socket | None = None


class NotHttpError(OSError):
    """The proxy's answer was not HTTP (or it closed the connection without one)."""


class _Reader:
    def __init__(self, sock: socket.socket) -> None:
        self.sock = sock
        self.buffer = b""

    def answer(self) -> Answer:
        while b"\r\n\r\n" not in self.buffer:
            if len(self.buffer) > MAX_HEAD:
                raise NotHttpError("the proxy's answer has no end of headers")
            chunk = self.sock.recv(4096)
            if not chunk:
                shown = self.buffer.split(b"\r\n", 1)[0].decode("latin-1", "replace")[:200]
                raise NotHttpError(shown or "the connection was closed without an answer")
            self.buffer += chunk
        head, self.buffer = self.buffer.split(b"\r\n\r\n", 1)
        lines = head.decode("latin-1", "replace").split("\r\n")
        words = lines[0].split(" ", 2)
        if len(words) < 2 or not words[0].startswith("HTTP/") or not words[1].isdigit():
            raise NotHttpError(lines[0][:200])
        headers = [
            (name.strip(), value.strip())
            for name, sep, value in (line.partition(":") for line in lines[1:])
            if sep
        ]
        answer = Answer(int(words[1]), lines[0][:200], headers, closes=False)
        connection = " ".join(
            v.lower() for n, v in headers if n.lower() in ("connection", "proxy-connection")
        )
        answer.closes = "close" in connection or words[0] == "HTTP/1.0"
        if not 200 <= answer.status < 300:
            self._skip_body(headers)
        return answer

    def _skip_body(self, headers: list[tuple[str, str]]) -> None:
        length = next((v for n, v in headers if n.lower() == "content-length"), "")
        if not length.isdigit():
            return
        left = min(int(length), MAX_BODY)
        while len(self.buffer) < left:
            chunk = self.sock.recv(65536)
            if not chunk:
                break
            self.buffer += chunk
        self.buffer = self.buffer[left:]


def _request(target: str, authorization: str | None) -> bytes:
    request = f"CONNECT {target} HTTP/1.1\r\nHost: {target}\r\nProxy-Connection: keep-alive\r\n"
    if authorization:
        request += f"Proxy-Authorization: {authorization}\r\n"
    return (request + "\r\n").encode()


def connect(
    proxy: ProxyChoice,
    password: str | None,
    host: str,
    port: int,
    timeout_s: float,
    sock: socket.socket | None = None,
) -> Handshake:
    """Open a CONNECT tunnel to ``host:port`` through ``proxy``, answering its
    authentication. ``sock``: a connection to the proxy already made (else one is
    made). OSError for a proxy that cannot be reached or does not speak HTTP."""
    target = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
    sock = sock or socket.create_connection((proxy.host, proxy.port), timeout=timeout_s)
    try:
        return _connect(sock, proxy, password, target, timeout_s)
    except BaseException:
        sock.close()
        raise


def _connect(
    sock: socket.socket, proxy: ProxyChoice, password: str | None, target: str, timeout_s: float
) -> Handshake:
    user = proxy.user
    password = password if password is not None else proxy.password
    basic = None
    if user:  # Basic first, as most proxies take it and it costs no round trip
        pair = f"{user}:{password or ''}".encode()
        basic = f"Basic {base64.b64encode(pair).decode()}"
    reader = _Reader(sock)
    sock.sendall(_request(target, basic))
    answer = reader.answer()
    offered = answer.schemes()
    used = "Basic" if basic else None
    if answer.status != 407:
        return _done(sock, answer, offered, used)
    challenges = answer.challenges()
    scheme = next((s for s in WINDOWS_SCHEMES if s in challenges), None)
    if scheme is None:
        return _done(sock, answer, offered, used)
    import spnego

    spelled = next(s for s in offered if s.lower() == scheme)
    try:
        context = spnego.client(
            user or None,
            password if user else None,
            hostname=proxy.host,
            service="HTTP",
            protocol=scheme,
        )
    except Exception:  # no credentials here for it (no user, no Kerberos ticket)
        return _done(sock, answer, offered, used)
    token: bytes | None = None
    for _ in range(MAX_LEGS):
        try:
            out = context.step(token)
        except Exception:  # pyspnego's errors: no credentials, a bad challenge
            break
        if out is None:
            break
        used = spelled
        if answer.closes:  # the proxy ended the connection: the handshake needs a new one
            sock.close()
            sock = socket.create_connection((proxy.host, proxy.port), timeout=timeout_s)
            reader = _Reader(sock)
        sock.sendall(_request(target, f"{spelled} {base64.b64encode(out).decode()}"))
        answer = reader.answer()
        if answer.status != 407:
            break
        given = answer.challenges().get(scheme, "")
        if not given:  # refused outright: the credentials are wrong
            break
        token = base64.b64decode(given)
    return _done(sock, answer, offered, used)


def _done(sock: socket.socket, answer: Answer, offered: list[str], used: str | None) -> Handshake:
    if 200 <= answer.status < 300:
        return Handshake(answer, offered, used, sock)
    sock.close()
    return Handshake(answer, offered, used, None)


class TunnelBackend(httpcore.NetworkBackend):
    """httpcore's network for the uploader behind an HTTP proxy: each connection to the
    receiver is a CONNECT tunnel opened by ``connect`` (so NTLM and Negotiate work
    too); httpcore then speaks TLS through it, to the receiver's own name."""

    def __init__(self, proxy: ProxyChoice, password: str | None) -> None:
        self.proxy = proxy
        self.password = password
        self._sync = httpcore.SyncBackend()

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Any = None,
    ) -> httpcore.NetworkStream:
        del local_address, socket_options
        seconds = timeout if timeout is not None else 10.0
        try:
            made = connect(self.proxy, self.password, host, port, seconds)
        except TimeoutError as exc:
            raise httpcore.ConnectTimeout(str(exc) or "the proxy did not answer") from exc
        except OSError as exc:
            raise httpcore.ConnectError(str(exc) or type(exc).__name__) from exc
        if made.sock is None:
            raise httpcore.ProxyError(f"the proxy answered {made.answer.status_line}")
        made.sock.settimeout(None)  # httpcore sets its own per read
        from httpcore._backends.sync import SyncStream

        return SyncStream(made.sock)

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Any = None
    ) -> httpcore.NetworkStream:
        return self._sync.connect_unix_socket(path, timeout, socket_options)

    def sleep(self, seconds: float) -> None:
        self._sync.sleep(seconds)
