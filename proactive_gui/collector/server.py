"""The reference receiver of the wire contract (``../shared/ARCHITECTURE.md``):
HTTPS with TLS 1.2 or newer, a bearer-token check, Content-Digest verification,
de-duplication by Idempotency-Key, and every payload stored as received (named by its
payload_id) with its receipt. Fault injection makes it misbehave on purpose for tests.

It shares nothing with the app but the wire contract.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import random
import re
import socket
import ssl
import struct
import sys
import threading
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

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


class Store:
    """Payloads as received, ``<payload_id>.json`` with ``<payload_id>.receipt.json``."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self.received = 0  # requests that delivered a new payload
        self.duplicates = 0

    def receipt_of(self, payload_id: str) -> dict[str, object] | None:
        path = self.folder / f"{payload_id}.receipt.json"
        try:
            loaded: dict[str, object] = json.loads(path.read_text())
            return loaded
        except (OSError, ValueError):
            return None

    def keep(self, payload_id: str, body: bytes) -> tuple[dict[str, object], bool]:
        """(receipt, duplicate)."""
        with self._lock:
            existing = self.receipt_of(payload_id)
            if existing is not None:
                self.duplicates += 1
                return {**existing, "duplicate": True}, True
            receipt: dict[str, object] = {
                "payload_id": payload_id,
                "sha256": hashlib.sha256(body).hexdigest(),
                "size": len(body),
                "received_at": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
            }
            for name, data in (
                (f"{payload_id}.json", body),
                (f"{payload_id}.receipt.json", json.dumps(receipt).encode()),
            ):
                temporary = self.folder / f".{name}.tmp"
                with temporary.open("wb") as out:
                    out.write(data)
                    out.flush()
                    os.fsync(out.fileno())
                temporary.replace(self.folder / name)
            self.received += 1
            return receipt, False


class Collector(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(
        self,
        address: tuple[str, int],
        context: ssl.SSLContext,
        token: str,
        store: Store,
        faults: Faults | None = None,
    ) -> None:
        super().__init__(address, _Handler)
        self.context = context
        self.token = token
        self.store = store
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

    def finish_request(self, request: object, client_address: object) -> None:
        assert isinstance(request, socket.socket)
        try:
            wrapped = self.context.wrap_socket(request, server_side=True)
        except (ssl.SSLError, OSError):
            return  # a refused handshake (old TLS, distrusted client): nothing to serve
        try:
            self.RequestHandlerClass(wrapped, client_address, self)  # type: ignore[arg-type]
        finally:
            wrapped.close()

    def handle_error(self, request: object, client_address: object) -> None:
        """A client that vanished mid-request (killed, reset) is normal here."""
        if isinstance(sys.exc_info()[1], OSError):  # ssl.SSLError and ConnectionError too
            return
        super().handle_error(request, client_address)  # type: ignore[arg-type]

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

    def log_message(self, format: str, *args: object) -> None:
        del format, args  # quiet: tests run many requests

    def date_time_string(self, timestamp: float | None = None) -> str:
        """The Date header, shifted by the receiver's clock offset (tests)."""
        moment = time.time() if timestamp is None else timestamp
        return formatdate(moment + self.server.clock_offset_s, usegmt=True)

    def _answer(
        self, status: int, body: dict[str, object], headers: dict[str, str] | None = None
    ) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(data)

    def _authorised(self) -> bool:
        given = self.headers.get("Authorization", "")
        return hmac.compare_digest(given.encode(), f"Bearer {self.server.token}".encode())

    def do_GET(self) -> None:
        if self.path != "/v1/ping":
            self._answer(404, {"error": "not found"})
            return
        self._answer(200, {"authenticated": self._authorised()})

    def do_POST(self) -> None:
        self.server.posts_begun.append(time.monotonic())
        faults = self.server.faults
        if faults.delay_s:
            time.sleep(faults.delay_s)
        if self.path != "/v1/payloads":
            self._answer(404, {"error": "not found"})
            return
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_BODY:
            self._answer(413, {"error": "payload too large"})
            return
        body = self.rfile.read(length)
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
            self._answer(int(fault), {"error": "injected fault"}, extra)
            return
        if not self._authorised():
            self._answer(401, {"error": "missing or wrong bearer token"})
            return
        if self.headers.get("Content-Type", "").split(";")[0].strip() != "application/json":
            self._answer(415, {"error": "Content-Type must be application/json"})
            return
        payload_id = self.headers.get("Idempotency-Key", "")
        digest = _DIGEST.fullmatch(self.headers.get("Content-Digest", "").strip())
        if not _ID.fullmatch(payload_id) or digest is None:
            self._answer(400, {"error": "Idempotency-Key and Content-Digest are required"})
            return
        if base64.b64decode(digest.group(1)) != hashlib.sha256(body).digest():
            self._answer(400, {"error": "Content-Digest does not match the body"})
            return
        try:
            document = json.loads(body)
        except ValueError:
            self._answer(422, {"error": "the body is not JSON"})
            return
        if not isinstance(document, dict) or document.get("payload_id") != payload_id:
            self._answer(422, {"error": "payload_id and Idempotency-Key differ"})
            return
        receipt, duplicate = self.server.store.keep(payload_id, body)
        self._answer(200 if duplicate else 201, receipt)
