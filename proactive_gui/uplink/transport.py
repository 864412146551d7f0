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
import urllib.request
import weakref
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, urlsplit, urlunsplit

import httpx
import truststore

from proactive_gui import __version__

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


def system_proxy(endpoint: str) -> str | None:
    """The operating system's HTTPS proxy for ``endpoint``: environment variables
    (HTTPS_PROXY, NO_PROXY), and on Windows the registry (Internet Options), on macOS
    System Configuration, as ``urllib.request`` reads them."""
    host = urlsplit(endpoint).hostname or ""
    if host and urllib.request.proxy_bypass(host):
        return None
    proxies = urllib.request.getproxies()
    return proxies.get("https") or proxies.get("all") or None


def _proxy_url(config: TransportConfig) -> str | None:
    if config.proxy == "system":
        return system_proxy(config.endpoint)
    if config.proxy in ("none", ""):
        return None
    parts = urlsplit(config.proxy)
    if config.proxy_password and parts.username:
        netloc = f"{quote(parts.username)}:{quote(config.proxy_password)}@{parts.hostname}"
        if parts.port:
            netloc += f":{parts.port}"
        return urlunsplit(parts._replace(netloc=netloc))
    return config.proxy


def make_client(config: TransportConfig) -> httpx.Client:
    return httpx.Client(
        verify=tls_context(config.ca_bundle),
        timeout=httpx.Timeout(config.timeout_s, connect=config.timeout_s / 2),
        proxy=_proxy_url(config),
        trust_env=False,  # the proxy is resolved above, from the settings or the system
        headers={"User-Agent": USER_AGENT},
        follow_redirects=False,
    )


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
