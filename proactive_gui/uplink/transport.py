"""The one HTTPS client of the app (uploads and readiness checks): TLS 1.2 at least,
certificates and host names always verified against the OS trust store plus an
optional extra CA bundle, a proxy from the settings or the system, a timeout on every
call, and connections reused.

An upload attempt also has an overall deadline (``TransportConfig.deadline_s``, 60 s):
httpx's time-outs are per read, so a receiver that trickles its answer a byte at a time
would otherwise hold an attempt forever. At the deadline (or when the engine is asked
to stop) the attempt's sockets are shut down, which ends a read blocked on the receiver;
the record stays queued and is tried again.
"""

from __future__ import annotations

import socket
import ssl
import threading
import time
import weakref
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import httpcore
import httpx
import truststore

from proactive_gui import __version__
from proactive_gui.uplink.proxy import SETTING, ProxyChoice, choose, with_password
from proactive_gui.uplink.proxy import system_proxy as system_proxy  # kept importable here
from proactive_gui.uplink.proxy_auth import TunnelBackend

USER_AGENT = f"proactive-gui/{__version__}"


@dataclass(frozen=True)
class TransportConfig:
    endpoint: str
    ca_bundle: str = ""
    proxy: str = "system"  # "system", "none" or a URL
    proxy_password: str | None = None
    timeout_s: float = 20.0  # every call; connecting gets half
    deadline_s: float = 60.0  # one upload attempt, whole: connect, TLS, payload, answer


def tls_context(ca_bundle: str = "") -> ssl.SSLContext:
    """OS trust store (truststore), TLS 1.2 minimum, plus ``ca_bundle`` if given."""
    context = truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    if ca_bundle:
        context.load_verify_locations(cafile=ca_bundle)
    return context


def make_client(config: TransportConfig) -> httpx.Client:
    """The client for ``config``. Behind an HTTP proxy (the setting's, a PAC file's or
    the system's: ``proxy.choose``, as the checks see it) each connection is a CONNECT
    tunnel opened by ``proxy_auth`` (Basic, NTLM, Negotiate), through which httpx
    speaks TLS to the receiver; an HTTPS proxy is left to httpx (Basic only)."""
    chosen = choose(config.proxy, config.endpoint)
    password = config.proxy_password if chosen.source == SETTING else None
    verify = tls_context(config.ca_bundle)
    common: dict[str, Any] = {
        "timeout": httpx.Timeout(config.timeout_s, connect=config.timeout_s / 2),
        "trust_env": False,  # the proxy is chosen above, from the settings or the system
        "headers": {"User-Agent": USER_AGENT},
        "follow_redirects": False,
    }
    if chosen.url is not None and urlsplit(chosen.url).scheme == "http":
        return httpx.Client(transport=_tunnelling(verify, chosen, password), **common)
    proxy = with_password(chosen.url, password) if chosen.url else None
    return httpx.Client(verify=verify, proxy=proxy, **common)


def _tunnelling(
    verify: ssl.SSLContext, chosen: ProxyChoice, password: str | None
) -> httpx.HTTPTransport:
    """httpx's transport with httpcore's pool connecting through ``TunnelBackend``
    (httpx has no option for a network backend: its pool is replaced)."""
    transport = httpx.HTTPTransport(verify=verify)
    transport._pool = httpcore.ConnectionPool(
        ssl_context=verify, network_backend=TunnelBackend(chosen, password)
    )
    return transport


MAX_ANSWER_BYTES = 64 * 1024  # a receipt is a few hundred bytes; anything longer is not one


class DeadlineExceededError(Exception):
    """An upload attempt went past its overall deadline."""

    def __init__(self, deadline_s: float) -> None:
        self.deadline_s = deadline_s
        super().__init__(f"no complete answer within {deadline_s:g} s")


@dataclass(frozen=True)
class Answer:
    """A receiver's answer to one upload, read whole within the deadline."""

    status_code: int
    reason_phrase: str
    headers: httpx.Headers
    body: bytes  # at most MAX_ANSWER_BYTES
    cut: bool = False  # the answer was longer than MAX_ANSWER_BYTES


class Sockets:
    """The sockets a client opened, seen through httpcore's ``trace`` extension, so that
    a watchdog can end a request blocked on a receiver: shutting a socket down wakes a
    read (or write) blocked on it, which closing it would not.

    A connection with TLS up is shut down both ways. A plain TCP socket not yet wrapped
    in TLS only stops reading: a full shut-down lets the receiver reset the connection
    before the wrap, and CPython then leaves the half-made TLS socket unclosed. (While
    the TLS handshake itself runs, neither is reachable; the handshake ends with its
    per-read time-out, and the engine does not wait for it.)"""

    def __init__(self) -> None:
        self._tcp: weakref.WeakSet[socket.socket] = weakref.WeakSet()
        self._tls: weakref.WeakSet[socket.socket] = weakref.WeakSet()
        self._lock = threading.Lock()

    def trace(self, event: str, info: dict[str, Any]) -> None:
        for stage, found in (
            (".connect_tcp.complete", self._tcp),
            (".start_tls.complete", self._tls),
        ):
            if event.endswith(stage):
                stream = info.get("return_value")
                sock = stream.get_extra_info("socket") if stream is not None else None
                if isinstance(sock, socket.socket):
                    with self._lock:
                        found.add(sock)

    def shut_down(self) -> None:
        with self._lock:
            plain, secured = list(self._tcp), list(self._tls)
        for sockets, how in ((secured, socket.SHUT_RDWR), (plain, socket.SHUT_RD)):
            for sock in sockets:
                with suppress(OSError):  # already closed, or wrapped in TLS since
                    sock.shutdown(how)


def post_within(
    client: httpx.Client,
    sockets: Sockets,
    url: str,
    data: bytes,
    headers: dict[str, str],
    deadline_s: float,
    stopping: Callable[[], bool],
) -> Answer | Exception | None:
    """POST ``data`` and read the answer (up to MAX_ANSWER_BYTES), all within
    ``deadline_s``; on a helper thread, so that a receiver that hangs or trickles never
    holds the caller. Returns the answer, the exception that ended the attempt
    (``DeadlineExceededError`` at the deadline), or None when ``stopping()`` turned true
    (the request is abandoned: a payload it did deliver is de-duplicated next time)."""
    result: list[Answer | Exception] = []
    ends = time.monotonic() + deadline_s

    def attempt() -> None:
        try:
            with client.stream(
                "POST",
                url,
                content=data,
                headers={**headers, "Accept-Encoding": "identity"},  # the body as sent
                extensions={"trace": sockets.trace},
            ) as response:
                body = bytearray()
                for chunk in response.iter_raw():
                    body += chunk
                    if len(body) > MAX_ANSWER_BYTES:
                        break
                    if time.monotonic() > ends:
                        raise DeadlineExceededError(deadline_s)
                result.append(
                    Answer(
                        response.status_code,
                        response.reason_phrase,
                        response.headers,
                        bytes(body[:MAX_ANSWER_BYTES]),
                        cut=len(body) > MAX_ANSWER_BYTES,
                    )
                )
        except Exception as exc:  # network, TLS, a client closed by stop(), the deadline
            result.append(exc)

    request = threading.Thread(target=attempt, name="upload-request", daemon=True)
    request.start()
    while request.is_alive():
        request.join(0.05)
        if stopping():
            sockets.shut_down()
            request.join(0.5)
            return None
        if time.monotonic() > ends and request.is_alive():
            sockets.shut_down()
            request.join(1.0)  # the blocked read ends with the shut-down socket
            return DeadlineExceededError(deadline_s)
    return result[0] if result else RuntimeError("the request ended without an answer")
