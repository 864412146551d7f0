"""The reference receiver of the wire contract (``../shared/ARCHITECTURE.md``):
HTTPS with TLS 1.2 or newer, a bearer-token check, Content-Digest verification,
de-duplication by Idempotency-Key, and every payload stored once as received with its
receipt (``storage``: SQLite, PostgreSQL, or files in a folder). Fault injection makes it
misbehave on purpose for tests.

With an admin token it also shows the fleet: ``GET /v1/instruments`` (JSON),
``GET /metrics`` (Prometheus) and ``GET /fleet`` (a web page).

It shares nothing with the app but the wire contract and the payload schema.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import hashlib
import hmac
import json
import random
import re
import socket
import ssl
import struct
import sys
import threading
import time
from dataclasses import dataclass, field
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote, urlsplit

from proactive_gui.collector import fleet
from proactive_gui.collector.instruments import identity_of
from proactive_gui.collector.storage import FolderStore, PayloadStore, StoreError

if TYPE_CHECKING:
    from proactive_gui.collector.metrics import ReceiverMetrics

Store = FolderStore  # today's name: files in one folder
ANY = "*"  # the shared --token: any instrument may send with it

MAX_BODY = 5 * 1024 * 1024
_ID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_DIGEST = re.compile(r"sha-256=:([A-Za-z0-9+/=]+):")


@dataclass
class Faults:
    """Shares (0..1) of requests that fail on purpose, and extra delay."""

    status_500: float = 0.0
    status_503: float = 0.0
    status_429: float = 0.0
    retry_after: str = "1"
    reset: float = 0.0
    hang: float = 0.0  # read the request, then never answer
    delay_s: float = 0.0
    seed: int | None = None
    rng: random.Random = field(init=False)

    def __post_init__(self) -> None:
        self.rng = random.Random(self.seed)

    @classmethod
    def parse(cls, specs: list[str]) -> Faults:
        """From ``500:0.2``, ``503:0.1``, ``429:0.1``, ``retry-after:2``, ``reset:0.1``,
        ``hang:0.05``, ``delay:0.5``, ``seed:7``."""
        faults = cls()
        names = {
            "500": "status_500", "503": "status_503", "429": "status_429", "reset": "reset",
            "hang": "hang", "delay": "delay_s",
        }  # fmt: skip
        for spec in specs:
            name, _, value = spec.partition(":")
            if name == "retry-after":
                faults.retry_after = value
            elif name == "seed":
                faults.seed = int(value)
            elif name in names:
                setattr(faults, names[name], float(value))
            else:
                raise ValueError(f"unknown fault {spec!r}")
        faults.__post_init__()
        return faults

    def draw(self) -> str | None:
        roll = self.rng.random()
        for name, share in (
            ("500", self.status_500), ("503", self.status_503), ("429", self.status_429),
            ("reset", self.reset), ("hang", self.hang),
        ):  # fmt: skip
            if roll < share:
                return name
            roll -= share
        return None


class NoMetrics:
    """Without the prometheus-client package: counts nothing, and /metrics says why."""

    def stored(self, duplicate: bool) -> None:
        del duplicate

    def refused(self, reason: str) -> None:
        del reason

    def observe(self, endpoint: str, seconds: float) -> None:
        del endpoint, seconds

    def exposition(self) -> tuple[bytes, str]:
        raise StoreError(
            "Prometheus metrics need the prometheus-client package: "
            "pip install 'proactive-gui[collector]'"
        )


def _metrics(store: PayloadStore) -> ReceiverMetrics | NoMetrics:
    try:
        from proactive_gui.collector.metrics import ReceiverMetrics
    except ImportError:
        return NoMetrics()
    return ReceiverMetrics(store)


@dataclass(frozen=True)
class Limits:
    """What one client may take of the receiver."""

    handshake_s: float = 10.0  # to finish the TLS handshake
    read_s: float = 60.0  # for any one read: a header line, a piece of body, an idle wait
    body_s: float = 120.0  # for the whole body
    connections: int = 256  # served at once; one more is closed at once


class Collector(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128

    def __init__(
        self,
        address: tuple[str, int],
        context: ssl.SSLContext,
        token: str,
        store: PayloadStore,
        faults: Faults | None = None,
        admin_token: str | None = None,
        limits: Limits | None = None,
    ) -> None:
        self.limits = limits or Limits()
        self._slots = threading.BoundedSemaphore(self.limits.connections)
        super().__init__(address, _Handler)
        self.context = context
        self.token = token
        self.admin_token = admin_token
        self.store = store
        self.metrics = _metrics(store)
        self.faults = faults or Faults()
        self.connections = 0
        self.clock_offset_s = 0.0  # a receiver whose clock is wrong, for tests
        self.posts_begun: list[float] = []  # monotonic time each upload request arrived
        self._count_lock = threading.Lock()
        self.closing = threading.Event()  # ends injected hangs when the server stops

    def shutdown(self) -> None:
        self.closing.set()
        super().shutdown()

    def get_request(self) -> tuple[socket.socket, object]:
        sock, address = super().get_request()
        with self._count_lock:
            self.connections += 1
        return sock, address

    def process_request(self, request: Any, client_address: Any) -> None:
        """Serve in a thread of its own, unless ``limits.connections`` are being served:
        then close at once (the client tries again later)."""
        if not self._slots.acquire(blocking=False):
            self.metrics.refused("too_many_connections")
            self.shutdown_request(request)
            return
        try:
            super().process_request(request, client_address)
        except BaseException:
            self._slots.release()
            raise

    def process_request_thread(self, request: Any, client_address: Any) -> None:
        try:
            super().process_request_thread(request, client_address)
        finally:
            self._slots.release()

    def finish_request(self, request: object, client_address: object) -> None:
        assert isinstance(request, socket.socket)
        request.settimeout(self.limits.handshake_s)
        try:
            wrapped = self.context.wrap_socket(request, server_side=True)
        except (ssl.SSLError, OSError):
            return  # a refused or unfinished handshake (old TLS, distrusted, silent client)
        wrapped.settimeout(self.limits.read_s)
        try:
            self.RequestHandlerClass(wrapped, client_address, self)  # type: ignore[arg-type]
        finally:
            wrapped.close()

    def handle_error(self, request: object, client_address: object) -> None:
        """A client that vanished mid-request (killed, reset) is normal here."""
        failure = sys.exc_info()[1]
        if failure is None or isinstance(failure, OSError):  # ssl.SSLError, ConnectionError
            return
        print(f"error: serving {client_address}: {failure}", file=sys.stderr)  # no traceback

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        name = host.decode() if isinstance(host, bytes) else host
        return f"https://{name}:{port}"

    def serve_in_thread(self) -> threading.Thread:
        thread = threading.Thread(target=self.serve_forever, name="collector", daemon=True)
        thread.start()
        return thread


def server_context(
    cert: Path, key: Path, minimum: ssl.TLSVersion = ssl.TLSVersion.TLSv1_2
) -> ssl.SSLContext:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.minimum_version = minimum
    context.load_cert_chain(cert, key)
    return context


class _Handler(BaseHTTPRequestHandler):
    server: Collector
    protocol_version = "HTTP/1.1"
    # headers and body go out in two writes: without TCP_NODELAY, Nagle's algorithm and
    # the client's delayed ACK hold the body ~40 ms, capping any sender near 22 requests/s
    disable_nagle_algorithm = True

    def log_message(self, format: str, *args: object) -> None:
        del format, args  # quiet: tests run many requests

    def date_time_string(self, timestamp: float | None = None) -> str:
        """The Date header, shifted by the receiver's clock offset (tests)."""
        moment = time.time() if timestamp is None else timestamp
        return formatdate(moment + self.server.clock_offset_s, usegmt=True)

    def _send(self, status: int, data: bytes, content_type: str, headers: dict[str, str]) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(data)

    def _answer(
        self, status: int, body: dict[str, object], headers: dict[str, str] | None = None
    ) -> None:
        self._send(status, json.dumps(body).encode(), "application/json", headers or {})

    def _refuse(
        self, status: int, reason: str, message: str, headers: dict[str, str] | None = None
    ) -> None:
        self.server.metrics.refused(reason)
        self._answer(status, {"error": message}, headers)

    def _failed(self, exc: Exception) -> None:
        if isinstance(exc, OSError):
            raise exc  # the client went away: handle_error drops it quietly
        print(f"error: {self.command} {urlsplit(self.path).path}: {exc}", file=sys.stderr)
        self.close_connection = True
        with contextlib.suppress(OSError):
            self._refuse(500, "failed", "the receiver failed on this request; its log says why")

    def _sender(self) -> str | None:
        """Who the bearer token says is sending: ``ANY`` for the shared ``--token``, an
        instrument's serial for its own token, None for no valid token."""
        given = self.headers.get("Authorization", "")
        shared = self.server.token
        if shared and hmac.compare_digest(given.encode(), f"Bearer {shared}".encode()):
            return ANY
        scheme, _, token = given.partition(" ")
        if scheme != "Bearer" or not token.strip():
            return None
        return self.server.store.token_serial(token.strip())

    def _authorised(self) -> bool:
        try:
            return self._sender() is not None
        except StoreError:
            return False

    def _admin(self) -> bool:
        """The admin token as a bearer token or, for a browser, as Basic auth's password."""
        admin = self.server.admin_token
        if not admin:
            return False
        scheme, _, value = self.headers.get("Authorization", "").strip().partition(" ")
        given = value.strip()
        if scheme.lower() == "basic":
            try:
                given = base64.b64decode(given, validate=True).decode().partition(":")[2]
            except (binascii.Error, UnicodeDecodeError):
                return False
        elif scheme.lower() != "bearer":
            return False
        return hmac.compare_digest(given.encode(), admin.encode())

    # -- GET ------------------------------------------------------------------------------

    def do_GET(self) -> None:
        path = urlsplit(self.path).path
        started = time.perf_counter()
        endpoint = _endpoint(path)
        try:
            self._get(path)
        except Exception as exc:  # never a traceback to the client: a 500 and one log line
            self._failed(exc)
        finally:
            self.server.metrics.observe(endpoint, time.perf_counter() - started)

    def _get(self, path: str) -> None:
        if path == "/v1/ping":
            self._answer(200, {"authenticated": self._authorised()})
            return
        if _endpoint(path) == "other":
            self._refuse(404, "not_found", "not found")
            return
        if not self.server.admin_token:
            self._refuse(
                403,
                "unauthorized",
                "the fleet endpoints are off: start proactive-collector with --admin-token",
            )
            return
        if not self._admin():
            browser = {"WWW-Authenticate": 'Basic realm="proactive-collector fleet"'}
            self._refuse(401, "unauthorized", "missing or wrong admin token", browser)
            return
        try:
            self._admin_get(path)
        except StoreError as exc:
            self._refuse(503, "storage_unavailable", str(exc), {"Retry-After": "5"})

    def _admin_get(self, path: str) -> None:
        store, now = self.server.store, time.time()
        if path == "/metrics":
            data, content_type = self.server.metrics.exposition()
            self._send(200, data, content_type, {})
        elif path == "/v1/instruments":
            listed = [i.as_json(now) for i in store.instruments()]
            self._answer(200, {"instruments": listed})
        elif path.startswith("/v1/instruments/"):
            serial = unquote(path.removeprefix("/v1/instruments/"))
            state = store.instrument(serial)
            if state is None:
                self._refuse(404, "not_found", f"no instrument {serial!r} has sent a payload")
                return
            self._answer(
                200,
                {
                    **state.as_json(now, full=True),
                    "history": [r.as_json() for r in store.history(serial)],
                },
            )
        elif path in ("/fleet", "/fleet/"):
            page = fleet.fleet_page(store.instruments(), now, self.headers.get("Accept-Language"))
            self._html(200, page)
        else:
            serial = unquote(path.removeprefix("/fleet/"))
            state = store.instrument(serial)
            language = self.headers.get("Accept-Language")
            if state is None:
                self.server.metrics.refused("not_found")
                self._html(404, fleet.missing_page(serial, language))
                return
            latest = store.body_of(state.latest_payload_id)
            page = fleet.instrument_page(state, latest, store.history(serial), now, language)
            self._html(200, page)

    def _html(self, status: int, page: str) -> None:
        headers = {
            "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'",
            "X-Content-Type-Options": "nosniff",
            "Cache-Control": "no-store",
        }
        self._send(status, page.encode(), "text/html; charset=utf-8", headers)

    # -- POST -----------------------------------------------------------------------------

    def _body(self, length: int) -> bytes | None:
        """``length`` bytes within ``limits.body_s``; None when they do not come in time."""
        limits = self.server.limits
        deadline = time.monotonic() + limits.body_s
        pieces: list[bytes] = []
        missing = length
        try:
            while missing > 0:
                left = deadline - time.monotonic()
                if left <= 0:
                    return None
                self.connection.settimeout(min(limits.read_s, left))
                piece = self.rfile.read1(min(missing, 65536))
                if not piece:
                    return None
                pieces.append(piece)
                missing -= len(piece)
        except TimeoutError:
            return None
        finally:
            self.connection.settimeout(limits.read_s)
        return b"".join(pieces)

    def do_POST(self) -> None:
        self.server.posts_begun.append(time.monotonic())
        started = time.perf_counter()
        try:
            self._post()
        except Exception as exc:
            self._failed(exc)
        finally:
            self.server.metrics.observe("payloads", time.perf_counter() - started)

    def _post(self) -> None:
        faults = self.server.faults
        if faults.delay_s:
            time.sleep(faults.delay_s)
        if self.path != "/v1/payloads":
            self._refuse(404, "not_found", "not found")
            self.close_connection = True
            return
        given = (self.headers.get("Content-Length") or "0").strip()
        if not (given.isascii() and given.isdigit()):
            self._refuse(400, "bad_request", "Content-Length must be a number of bytes")
            self.close_connection = True
            return
        length = int(given)
        if length > MAX_BODY:
            self._refuse(413, "too_large", "payload too large")
            self.close_connection = True
            return
        body = self._body(length)
        if body is None:
            self._refuse(408, "timeout", "the body did not arrive in time")
            self.close_connection = True
            return
        fault = faults.draw()
        if fault == "reset":
            linger = struct.pack("ii", 1, 0)  # close with RST: a reset connection
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, linger)
            self.connection.close()
            self.close_connection = True
            return
        if fault == "hang":
            self.server.closing.wait(3600)
            self.close_connection = True
            return
        if fault in ("500", "503", "429"):
            extra = {"Retry-After": faults.retry_after} if fault != "500" else {}
            self._refuse(int(fault), "injected_fault", "injected fault", extra)
            return
        try:
            sender = self._sender()
        except StoreError as exc:
            self._refuse(503, "storage_unavailable", str(exc), {"Retry-After": "5"})
            return
        if sender is None:
            self._refuse(401, "unauthorized", "missing or wrong bearer token")
            return
        if self.headers.get("Content-Type", "").split(";")[0].strip() != "application/json":
            self._refuse(415, "unsupported_media_type", "Content-Type must be application/json")
            return
        payload_id = self.headers.get("Idempotency-Key", "")
        digest = _DIGEST.fullmatch(self.headers.get("Content-Digest", "").strip())
        if not _ID.fullmatch(payload_id) or digest is None:
            self._refuse(400, "missing_headers", "Idempotency-Key and Content-Digest are required")
            return
        try:
            claimed = base64.b64decode(digest.group(1), validate=True)
        except binascii.Error:
            claimed = b""
        if claimed != hashlib.sha256(body).digest():
            self._refuse(400, "digest_mismatch", "Content-Digest does not match the body")
            return
        try:
            document: Any = json.loads(body)
        except ValueError:
            self._refuse(422, "not_json", "the body is not JSON")
            return
        if not isinstance(document, dict) or document.get("payload_id") != payload_id:
            self._refuse(422, "id_mismatch", "payload_id and Idempotency-Key differ")
            return
        serial = identity_of(document).serial
        if sender not in (ANY, serial):
            self._refuse(
                403,
                "wrong_instrument",
                f"this token belongs to instrument {sender}, not to {serial}",
            )
            return
        try:
            receipt, duplicate = self.server.store.keep(payload_id, body, document)
        except StoreError as exc:
            self._refuse(503, "storage_unavailable", str(exc), {"Retry-After": "5"})
            return
        self.server.metrics.stored(duplicate)
        self._answer(200 if duplicate else 201, receipt)


def _endpoint(path: str) -> str:
    """The latency histogram's label for ``path``: a fixed few, never the path itself."""
    if path in ("/v1/ping", "/metrics", "/v1/payloads"):
        return path.rsplit("/", 1)[1]
    if path == "/v1/instruments" or path.startswith("/v1/instruments/"):
        return "instruments"
    if path in ("/fleet", "/fleet/") or path.startswith("/fleet/"):
        return "fleet"
    return "other"
