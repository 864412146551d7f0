"""Real TLS on loopback for the upload tests: a CA and server certificates made in the
test (trustme), the reference receiver in a thread, and the app's settings for it."""

from __future__ import annotations

import base64
import json
import socket
import ssl
import threading
import time
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import trustme

from proactive_gui.collector.server import Collector, Faults, Store, server_context
from proactive_gui.paths import AppPaths
from proactive_gui.settings import Settings

TOKEN = "tok_test_7f3a9c1e5b"


@dataclass(frozen=True)
class Certificates:
    ca: Path  # the CA the app is told to trust
    cert: Path
    key: Path


def make_certificates(
    folder: Path,
    hosts: tuple[str, ...] = ("127.0.0.1", "localhost"),
    not_after: datetime | None = None,
) -> Certificates:
    folder.mkdir(parents=True, exist_ok=True)
    ca = trustme.CA()
    if not_after is None:
        server = ca.issue_cert(*hosts)
    else:
        start = not_after - timedelta(days=30)
        server = ca.issue_cert(*hosts, not_before=start, not_after=not_after)
    paths = Certificates(folder / "ca.pem", folder / "server.pem", folder / "server.key")
    ca.cert_pem.write_to_path(str(paths.ca))
    server.cert_chain_pems[0].write_to_path(str(paths.cert))
    for extra in server.cert_chain_pems[1:]:
        with paths.cert.open("ab") as out:
            out.write(extra.bytes())
    server.private_key_pem.write_to_path(str(paths.key))
    return paths


@contextmanager
def running_collector(
    certs: Certificates,
    store: Path,
    faults: Faults | None = None,
    minimum: ssl.TLSVersion = ssl.TLSVersion.TLSv1_2,
    maximum: ssl.TLSVersion | None = None,
    port: int = 0,
) -> Iterator[Collector]:
    with warnings.catch_warnings():  # TLS 1.0/1.1 are deprecated: that is the point
        warnings.simplefilter("ignore", DeprecationWarning)
        context = server_context(certs.cert, certs.key, minimum)
        if maximum is not None:
            context.set_ciphers("DEFAULT:@SECLEVEL=0")  # let OpenSSL speak old TLS at all
            context.maximum_version = maximum
    server = Collector(("127.0.0.1", port), context, TOKEN, Store(store), faults)
    thread = server.serve_in_thread()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def configure(
    paths: AppPaths,
    endpoint: str,
    ca_bundle: Path | None,
    opt_in: bool = True,
    key_store: str = "keyring",
) -> Settings:
    settings = Settings.load(paths.settings_file)
    settings.set("endpoint", endpoint)
    if ca_bundle is not None:
        settings.set("ca_bundle", str(ca_bundle))
    settings.set("opt_in", "true" if opt_in else "false")
    settings.set("spool_key_store", key_store)
    return settings


class ConnectProxy:
    """A minimal HTTP CONNECT proxy on loopback that may require a password, and
    counts the tunnels it opened."""

    def __init__(self, user: str | None = None, password: str | None = None) -> None:
        self.credentials = (
            base64.b64encode(f"{user}:{password}".encode()).decode() if user else None
        )
        self.tunnels = 0
        self.refused = 0
        self._server = socket.create_server(("127.0.0.1", 0))
        self.port = self._server.getsockname()[1]
        self._threads: list[threading.Thread] = []
        self._stop = threading.Event()
        self._accept = threading.Thread(target=self._serve, name="proxy", daemon=True)
        self._accept.start()

    def _serve(self) -> None:
        self._server.settimeout(0.1)
        while not self._stop.is_set():
            try:
                client, _ = self._server.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            worker = threading.Thread(target=self._tunnel, args=(client,), daemon=True)
            self._threads.append(worker)
            worker.start()

    def _tunnel(self, client: socket.socket) -> None:
        with client:
            head = b""
            while b"\r\n\r\n" not in head:
                chunk = client.recv(4096)
                if not chunk:
                    return
                head += chunk
            lines = head.decode("latin-1").split("\r\n")
            target = lines[0].split()[1]
            given = next(
                (
                    line.split(":", 1)[1].strip()
                    for line in lines
                    if line.lower().startswith("proxy-authorization:")
                ),
                "",
            )
            if self.credentials and given != f"Basic {self.credentials}":
                self.refused += 1
                client.sendall(
                    b"HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic\r\nContent-Length: 0\r\n\r\n"
                )
                return
            host, port = target.rsplit(":", 1)
            with socket.create_connection((host, int(port)), timeout=10) as upstream:
                self.tunnels += 1
                client.sendall(b"HTTP/1.1 200 Connection established\r\n\r\n")
                pipes = [
                    threading.Thread(target=_pipe, args=(client, upstream), daemon=True),
                    threading.Thread(target=_pipe, args=(upstream, client), daemon=True),
                ]
                for pipe in pipes:
                    pipe.start()
                for pipe in pipes:
                    pipe.join()

    def close(self) -> None:
        self._stop.set()
        self._server.close()
        self._accept.join(timeout=2)
        for worker in self._threads:
            worker.join(timeout=2)


def _pipe(source: socket.socket, sink: socket.socket) -> None:
    try:
        while chunk := source.recv(65536):
            sink.sendall(chunk)
    except OSError:
        pass
    finally:
        for end in (sink, source):
            with suppress(OSError):
                end.shutdown(socket.SHUT_RDWR)


def keyring_env(tmp_path: Path, secrets: dict[str, str]) -> dict[str, str]:
    """Environment for the app as a child process, with ``secrets`` (name -> value) in
    a file-backed stand-in for the OS keyring and its home under ``tmp_path/home``."""
    from tests.conftest import REPO, subprocess_env

    keyring_file = tmp_path / "keyring.json"
    keyring_file.write_text(json.dumps({f"proactive-gui/{k}": v for k, v in secrets.items()}))
    return subprocess_env(
        tmp_path / "home",
        PYTHON_KEYRING_BACKEND="tests.file_keyring.FileKeyring",
        PROACTIVE_TEST_KEYRING=str(keyring_file),
        PYTHONPATH=str(REPO),
    )


def home_paths(env: dict[str, str]) -> AppPaths:
    """The folders of the child app whose environment is ``env``, created."""
    home = Path(env["PROACTIVE_GUI_HOME"])
    return AppPaths(home / "config", home / "data", home / "logs").ensure()


# -- hostile receivers ------------------------------------------------------------------


@dataclass(frozen=True)
class Upload:
    """One request as a hostile receiver saw it (header names in lower case)."""

    method: str
    path: str
    headers: dict[str, str]
    body: bytes  # empty when the receiver answered before reading it


class Wire:
    """The hostile receiver's end of one connection."""

    def __init__(self, conn: ssl.SSLSocket, closing: threading.Event) -> None:
        self.conn = conn
        self.closing = closing

    def send(self, data: bytes) -> None:
        self.conn.sendall(data)


Answer = Callable[[Upload, Wire], None]


def http_answer(
    status: int, body: bytes = b"", headers: dict[str, str] | None = None, reason: str = "X"
) -> bytes:
    """A complete HTTP/1.1 answer that closes the connection."""
    head = [f"HTTP/1.1 {status} {reason}", f"Content-Length: {len(body)}", "Connection: close"]
    head += [f"{name}: {value}" for name, value in (headers or {}).items()]
    return ("\r\n".join(head) + "\r\n\r\n").encode("latin-1") + body


def answering(
    status: int,
    body: bytes | Callable[[Upload], bytes] = b"",
    headers: dict[str, str] | Callable[[Upload], dict[str, str]] | None = None,
) -> Answer:
    """Always the same kind of answer; ``body`` and ``headers`` may depend on the upload."""

    def answer(upload: Upload, wire: Wire) -> None:
        data = body(upload) if callable(body) else body
        extra = headers(upload) if callable(headers) else headers
        wire.send(http_answer(status, data, extra))

    return answer


def trickling(length: int = 100_000_000, every_s: float = 5.0) -> Answer:
    """200 with a huge Content-Length, then one byte every ``every_s``: each read
    succeeds, so a per-read time-out never fires."""

    def answer(upload: Upload, wire: Wire) -> None:
        del upload
        wire.send(
            f"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {length}"
            "\r\n\r\n{".encode()
        )
        while not wire.closing.wait(every_s):
            wire.send(b" ")

    return answer


class HostileReceiver:
    """A receiver on loopback, over real TLS with the test's certificates, that answers
    every request as ``answer`` says (receipts without a digest, broken JSON, a captive
    portal's page, answers trickled a byte at a time, absurd Retry-After values).
    ``read_body=False`` answers as soon as the headers are in, before reading the body."""

    def __init__(self, certs: Certificates, answer: Answer, read_body: bool = True) -> None:
        self.answer = answer
        self.read_body = read_body
        self.uploads: list[Upload] = []
        self.closing = threading.Event()
        self._context = server_context(certs.cert, certs.key)
        self._server = socket.create_server(("127.0.0.1", 0))
        self.port = int(self._server.getsockname()[1])
        self._workers: list[threading.Thread] = []
        self._accept = threading.Thread(target=self._serve, name="hostile", daemon=True)
        self._accept.start()

    @property
    def url(self) -> str:
        return f"https://127.0.0.1:{self.port}"

    def _serve(self) -> None:
        self._server.settimeout(0.1)
        while not self.closing.is_set():
            try:
                raw, _ = self._server.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            worker = threading.Thread(target=self._handle, args=(raw,), daemon=True)
            self._workers.append(worker)
            worker.start()

    def _handle(self, raw: socket.socket) -> None:
        raw.settimeout(10)
        try:
            conn = self._context.wrap_socket(raw, server_side=True)
        except (ssl.SSLError, OSError):
            raw.close()
            return
        with conn, suppress(OSError):
            head = b""
            while b"\r\n\r\n" not in head:
                chunk = conn.recv(4096)
                if not chunk:
                    return
                head += chunk
            head, _, body = head.partition(b"\r\n\r\n")
            first, *lines = head.decode("latin-1").split("\r\n")
            method, path, _ = first.split(" ", 2)
            headers = {
                name.strip().lower(): value.strip()
                for name, _, value in (line.partition(":") for line in lines)
            }
            length = int(headers.get("content-length", "0"))
            if self.read_body:
                while len(body) < length:
                    chunk = conn.recv(65536)
                    if not chunk:
                        return
                    body += chunk
            else:
                body = b""
            upload = Upload(method, path, headers, body)
            self.uploads.append(upload)
            self.answer(upload, Wire(conn, self.closing))
            conn.settimeout(0.2)  # let the client close first: unread bytes would reset
            while not self.closing.is_set():
                try:
                    if not conn.recv(65536):
                        return
                except TimeoutError:
                    continue

    def close(self) -> None:
        self.closing.set()
        self._server.close()
        self._accept.join(timeout=2)
        for worker in self._workers:
            worker.join(timeout=2)


@contextmanager
def running_hostile(
    certs: Certificates, answer: Answer, read_body: bool = True
) -> Iterator[HostileReceiver]:
    receiver = HostileReceiver(certs, answer, read_body)
    try:
        yield receiver
    finally:
        receiver.close()


def until(condition: Callable[[], bool], timeout: float = 20.0) -> bool:
    """Wait for ``condition`` (polled every 20 ms) at most ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.02)
    return condition()
