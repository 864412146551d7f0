"""Real servers for the receiver's tests: PostgreSQL (Debian's server, started here as a
non-root user on a loopback port in a temporary folder), receivers as child processes,
payloads sealed from the shared run folders, and the programs a test needs (Prometheus,
Chromium) found or the test skipped - or failed under CI, which installs them."""

from __future__ import annotations

import base64
import hashlib
import json
import os
import pwd
import shutil
import signal
import socket
import ssl
import subprocess
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import httpx
import pytest
import rfc8785

from proactive_gui.collector.server import Collector, Limits, server_context
from proactive_gui.collector.storage import PayloadStore
from tests.conftest import PYTHON, REPO, SHARED_RUNS
from tests.uplink_support import TOKEN, Certificates

ADMIN = "adm_test_4b1d93e0c2"


def need(program: str, found: object) -> None:
    """Skip the test when ``program`` is missing; under CI (which installs it) fail."""
    if found:
        return
    how = program if "(" in program else f"{program} (Debian: apt-get install {program})"
    message = f"{how} is not installed"
    if os.environ.get("CI"):
        pytest.fail(f"CI must install it: {message}")
    pytest.skip(message)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


# -- PostgreSQL ---------------------------------------------------------------------------


def postgres_bin() -> Path | None:
    """The newest Debian PostgreSQL server's bin folder."""
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=lambda p: int(p.parts[-3]))
    return found[-1].parent if found else None


@dataclass
class PostgresServer:
    bin: Path
    folder: Path
    port: int
    user: str  # the OS user running the server, and its database superuser

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://{self.user}@127.0.0.1:{self.port}/{database}"

    def create_database(self) -> str:
        """A new empty database; its URL."""
        import psycopg

        name = f"t_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(self.url(), autocommit=True) as connection:
            connection.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def _pg_ctl(self, *args: str, check: bool = True) -> None:
        subprocess.run(
            [str(self.bin / "pg_ctl"), "-D", str(self.folder / "data"), *args],
            check=check, capture_output=True, timeout=90, cwd=self.folder,
            env={**os.environ, "LC_ALL": "C", "HOME": str(self.folder)},
            **_as_user(self.user),  # type: ignore[call-overload]
        )  # fmt: skip

    def start(self) -> None:
        options = (
            f"-p {self.port} -c listen_addresses=127.0.0.1 -k {self.folder} -c fsync=off "
            "-c max_connections=200 -c shared_buffers=32MB"
        )
        self._pg_ctl("-l", str(self.folder / "log"), "-o", options, "-w", "-t", "60", "start")

    def stop(self, mode: str = "fast") -> None:
        self._pg_ctl("-m", mode, "-w", "stop", check=False)


def _as_user(user: str) -> dict[str, object]:
    """subprocess arguments that run a child as ``user`` when we are root."""
    if os.geteuid() != 0:
        return {}
    entry = pwd.getpwnam(user)
    return {"user": entry.pw_uid, "group": entry.pw_gid, "extra_groups": []}


@contextmanager
def running_postgres() -> Iterator[PostgresServer]:
    """A PostgreSQL server of its own: initdb in a temporary folder, pg_ctl start on a
    free loopback port (its Unix socket in that folder), stopped and removed at the end."""
    binaries = postgres_bin()
    need("postgresql", binaries)
    assert binaries is not None
    user = "postgres" if os.geteuid() == 0 else pwd.getpwuid(os.geteuid()).pw_name
    need("postgresql (its 'postgres' user)", os.geteuid() != 0 or _has_user(user))
    folder = Path(tempfile.mkdtemp(prefix="collector-pg-"))
    if os.geteuid() == 0:
        entry = pwd.getpwnam(user)
        os.chown(folder, entry.pw_uid, entry.pw_gid)
    subprocess.run(
        [str(binaries / "initdb"), "-D", str(folder / "data"), "-U", user, "-A", "trust",
         "-E", "UTF8", "--no-sync", "--locale=C"],
        check=True, capture_output=True, timeout=120, cwd=folder,
        env={**os.environ, "LC_ALL": "C", "HOME": str(folder)},
        **_as_user(user),  # type: ignore[call-overload]
    )  # fmt: skip
    server = PostgresServer(binaries, folder, free_port(), user)
    server.start()
    try:
        yield server
    finally:
        server.stop("immediate")
        shutil.rmtree(folder, ignore_errors=True)


def _has_user(user: str) -> bool:
    try:
        pwd.getpwnam(user)
    except KeyError:
        return False
    return True


# -- payloads -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Payload:
    payload_id: str
    data: bytes
    sha256: str
    serial: str


@cache
def run_documents() -> tuple[str, ...]:
    """The sealed run_end payload of each shared run folder, as JSON text (computed once)."""
    from proactive_gui.launch import LaunchOptions, draft_now
    from proactive_gui.payload.seal import seal

    texts = []
    for folder in sorted(p for p in SHARED_RUNS.iterdir() if p.is_dir()):
        sealed = seal(draft_now(LaunchOptions(run_folder=folder), kind="run_end", opted_in=True))
        texts.append(sealed.data.decode())
    return tuple(texts)


def payload(
    serial: str | None = None, created_at: str | None = None, template: int = 0, **changes: object
) -> Payload:
    """A payload from a real run folder's, with a new payload_id and, when given, another
    serial, creation time or top-level fields; canonical bytes as the app seals them."""
    document = json.loads(run_documents()[template % len(run_documents())])
    document["payload_id"] = str(uuid.uuid4())
    if serial is not None:
        document["instrument_configuration"]["serial"] = serial
    if created_at is not None:
        document["created_at"] = created_at
    document.update(changes)
    data = rfc8785.dumps(document)
    return Payload(
        document["payload_id"],
        data,
        hashlib.sha256(data).hexdigest(),
        document["instrument_configuration"]["serial"],
    )


def headers_for(item: Payload, token: str = TOKEN) -> dict[str, str]:
    digest = base64.b64encode(hashlib.sha256(item.data).digest()).decode()
    return {
        "Content-Type": "application/json",
        "Idempotency-Key": item.payload_id,
        "Content-Digest": f"sha-256=:{digest}:",
        "Authorization": f"Bearer {token}",
    }


def client(certs: Certificates, timeout: float = 10.0) -> httpx.Client:
    return httpx.Client(verify=ssl.create_default_context(cafile=str(certs.ca)), timeout=timeout)


def send(http: httpx.Client, url: str, item: Payload, token: str = TOKEN) -> httpx.Response:
    return http.post(f"{url}/v1/payloads", content=item.data, headers=headers_for(item, token))


def admin_get(http: httpx.Client, url: str, path: str) -> httpx.Response:
    return http.get(f"{url}{path}", headers={"Authorization": f"Bearer {ADMIN}"})


# -- receivers as child processes ---------------------------------------------------------


@dataclass
class ReceiverProcess:
    process: subprocess.Popen[str]
    url: str

    def kill(self) -> None:
        """SIGKILL: no chance to finish anything."""
        with suppress(ProcessLookupError):
            self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=10)


@contextmanager
def receiver_process(
    certs: Certificates, *storage: str, admin: str | None = ADMIN, token: str | None = TOKEN
) -> Iterator[ReceiverProcess]:
    """``proactive-collector`` in a child process with ``storage`` arguments (``--db URL``
    or ``--store DIR``), on a free loopback port; stopped at the end."""
    command = [
        PYTHON, "-m", "proactive_gui.collector.cli", "--host", "127.0.0.1", "--port", "0",
        "--cert", str(certs.cert), "--key", str(certs.key), *storage,
    ]  # fmt: skip
    if token:
        command += ["--token", token]
    if admin:
        command += ["--admin-token", admin]
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env
    )
    try:
        url = ""
        deadline = time.monotonic() + 30
        assert process.stdout is not None
        while not url and time.monotonic() < deadline:
            line = process.stdout.readline()
            if not line:
                break
            if line.startswith("listening on "):
                url = line.removeprefix("listening on ").strip()
        if not url:
            process.kill()
            _, errors = process.communicate(timeout=10)
            pytest.fail(f"the receiver did not start: {errors}")
        yield ReceiverProcess(process, url)
    finally:
        if process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=10)
        for stream in (process.stdout, process.stderr):
            if stream is not None:
                stream.close()


@contextmanager
def running_receiver(
    certs: Certificates,
    store: PayloadStore,
    admin: str | None = ADMIN,
    limits: Limits | None = None,
) -> Iterator[Collector]:
    """The receiver in a thread of this process, on ``store``, with an admin token."""
    context = server_context(certs.cert, certs.key)
    server = Collector(("127.0.0.1", 0), context, TOKEN, store, None, admin, limits)
    thread = server.serve_in_thread()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def raw_request(certs: Certificates, url: str, request: bytes, timeout: float = 5.0) -> bytes:
    """``request`` sent as it is over TLS; whatever comes back until the server closes or
    ``timeout`` passes."""
    host, port = url.removeprefix("https://").rsplit(":", 1)
    context = ssl.create_default_context(cafile=str(certs.ca))
    answer = b""
    with (
        socket.create_connection((host, int(port)), timeout=timeout) as raw,
        context.wrap_socket(raw, server_hostname=host) as conn,
    ):
        conn.sendall(request)
        with suppress(TimeoutError, OSError):
            while chunk := conn.recv(65536):
                answer += chunk
    return answer


@cache
def scenario_document(scenario: str, hours: float = 6.0) -> str:
    """A sealed health payload of the demo instrument in ``scenario`` after ``hours``."""
    from proactive_gui.launch import LaunchOptions, draft_now
    from proactive_gui.payload.seal import seal

    options = LaunchOptions(demo=True, scenario=scenario, at_hours=hours)
    return seal(draft_now(options, kind="health", opted_in=True)).data.decode()


def scenario_payload(scenario: str, serial: str, model: str = "Demo instrument") -> Payload:
    """The demo's payload in ``scenario``, as if from instrument ``serial``."""
    document = json.loads(scenario_document(scenario))
    document["payload_id"] = str(uuid.uuid4())
    document["instrument_configuration"].update(serial=serial, model=model)
    data = rfc8785.dumps(document)
    return Payload(document["payload_id"], data, hashlib.sha256(data).hexdigest(), serial)
