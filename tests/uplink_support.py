"""Real TLS on loopback for the upload tests: a CA and server certificates made in the
test (trustme), the reference receiver in a thread, and the app's settings for it."""

from __future__ import annotations

import ssl
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
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
