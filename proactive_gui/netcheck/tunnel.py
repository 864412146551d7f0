"""A CONNECT tunnel through the uploader's proxy, opened the way its client opens one,
with each way it can fail told apart: the proxy's name does not resolve, nothing
listens, nothing answers, it is not an HTTP proxy, it demands authentication, it
refuses the target, or it cannot reach the target."""

from __future__ import annotations

import socket
from dataclasses import dataclass, field

from proactive_gui.uplink.proxy import ProxyChoice
from proactive_gui.uplink.proxy_auth import connect

# How a tunnel attempt ended (Tunnel.outcome)
OPEN = "open"  # 2xx: the tunnel is up
NO_NAME = "no_name"  # the proxy's host name does not resolve here
REFUSED = "refused"  # nothing listens on the proxy's port
SILENT = "silent"  # the proxy does not answer at all (a time-out connecting)
UNREACHABLE = "unreachable"  # no route to the proxy
MUTE = "mute"  # the proxy took the connection but never answered the CONNECT
NOT_HTTP = "not_http"  # it closed the connection or answered in something else than HTTP
AUTH = "auth"  # 407: the proxy demands authentication (or refused the credentials)
DENIED = "denied"  # a 4xx (403, ...): the proxy refuses the tunnel to the target
CANNOT_REACH = "cannot_reach"  # a 5xx (502, 503, 504): the proxy could not reach the target


@dataclass
class Tunnel:
    outcome: str
    status: int | None = None
    answer: str = ""  # the proxy's status line, or the OS's error
    schemes: list[str] = field(default_factory=list)  # Proxy-Authenticate schemes, on a 407
    used: str | None = None  # the authentication scheme sent (None: none)
    sock: socket.socket | None = None  # the open tunnel (OPEN only)

    @property
    def sent_credentials(self) -> bool:
        return self.used is not None


def open_tunnel(
    proxy: ProxyChoice, password: str | None, host: str, port: int, timeout_s: float
) -> Tunnel:
    """CONNECT ``host:port`` through ``proxy`` as the uploader does
    (``proxy_auth.connect``: Basic, NTLM, Negotiate), each failure told apart."""
    try:
        socket.getaddrinfo(proxy.host, proxy.port, type=socket.SOCK_STREAM)
    except OSError as exc:
        return Tunnel(NO_NAME, answer=str(exc))
    try:
        sock = socket.create_connection((proxy.host, proxy.port), timeout=timeout_s)
    except ConnectionRefusedError as exc:
        return Tunnel(REFUSED, answer=exc.strerror or str(exc))
    except TimeoutError:
        return Tunnel(SILENT, answer=f"no answer in {timeout_s:g} s")
    except OSError as exc:
        return Tunnel(UNREACHABLE, answer=exc.strerror or str(exc))
    try:
        made = connect(proxy, password, host, port, timeout_s, sock=sock)
    except TimeoutError:
        return Tunnel(MUTE, answer=f"no answer in {timeout_s:g} s")
    except OSError as exc:
        return Tunnel(NOT_HTTP, answer=str(exc) or type(exc).__name__)
    answer = made.answer
    if made.sock is not None:
        return Tunnel(OPEN, answer.status, answer.status_line, made.offered, made.used, made.sock)
    outcome = AUTH if answer.status == 407 else CANNOT_REACH if answer.status >= 500 else DENIED
    return Tunnel(outcome, answer.status, answer.status_line, made.offered, made.used)
