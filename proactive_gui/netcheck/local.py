"""The stages that look at this PC, not the network: no inbound ports, where the token
and the spool key are kept, and the opt-in."""

from __future__ import annotations

from typing import Any

import psutil

from proactive_gui.netcheck import texts
from proactive_gui.netcheck.result import FAIL, PASS, WARN, CheckResult, outcome, skip
from proactive_gui.netcheck.texts import Message, say
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


def inbound(own_servers: frozenset[int]) -> CheckResult:
    """``own_servers``: ports of servers this process runs on purpose (a test's)."""
    listening = listening_ports()
    if listening is None:
        return skip("inbound", say(texts.SKIP_NO_SOCKETS))
    listening = [a for a in listening if int(a.rsplit(":", 1)[1]) not in own_servers]
    if listening:
        return outcome("inbound", FAIL, 0.0, {"listening": listening}, say(texts.LISTENING))
    return outcome("inbound", PASS, 0.0, {"listening": []})


def place(name: str, known: dict[str, SecretPlace] | None, key_store: str) -> SecretPlace:
    """Where the secret ``name`` is kept: ``known`` (by name), else looked up from the
    app's settings and the keyring in use; the spool key from ``key_store``."""
    if known is not None and name in known:
        return known[name]
    if name != KEY_ENTRY:
        return where_kept(name)
    if key_store == "file":
        return file_place(spool_key_file(app_paths()))
    if key_store == "keyring":
        return keyring_place("spool_key_store")
    return nowhere_place("spool_key_store")  # the keyring was tried and refused


def key_store(kept: SecretPlace) -> CheckResult:
    evidence = _place_evidence(kept)
    if kept.kind == OS_KEYRING:
        return outcome("spool_key", PASS, 0.0, evidence)
    if kept.kind == APP_FILE:
        return outcome("spool_key", WARN, 0.0, evidence, say(texts.KEY_IN_APP_FILE))
    if kept.kind != NOWHERE:
        remedy = _in_backend(kept, texts.KEY_IN_BACKEND_FILE, texts.KEY_IN_BACKEND)
        return outcome("spool_key", WARN, 0.0, evidence, remedy)
    return outcome("spool_key", FAIL, 0.0, evidence, say(texts.KEY_NOWHERE))


def token_store(kept: SecretPlace) -> CheckResult:
    evidence = _place_evidence(kept)
    if kept.kind == OS_KEYRING:
        return outcome("token_store", PASS, 0.0, evidence)
    if kept.kind == APP_FILE:
        return outcome("token_store", WARN, 0.0, evidence, say(texts.TOKEN_IN_APP_FILE))
    if kept.kind != NOWHERE:
        remedy = _in_backend(kept, texts.TOKEN_IN_BACKEND_FILE, texts.TOKEN_IN_BACKEND)
        return outcome("token_store", WARN, 0.0, evidence, remedy)
    return outcome("token_store", FAIL, 0.0, evidence, say(texts.TOKEN_NOWHERE))


def opt_in(on: bool, locked: str | None) -> CheckResult:
    """``locked``: the IT policy's reason, when it locks the opt-in."""
    if on:
        return outcome("opt_in", PASS, 0.0, {"opt_in": True})
    if locked:
        remedy = say(texts.OPT_IN_LOCKED, reason=locked)
        return outcome("opt_in", WARN, 0.0, {"opt_in": False, "locked": True}, remedy)
    return outcome("opt_in", WARN, 0.0, {"opt_in": False}, say(texts.OPT_IN_OFF))


def _in_backend(kept: SecretPlace, with_path: str, without: str) -> Message:
    """A keyring backend that keeps secrets in a file of its own."""
    if kept.path:
        return say(with_path, backend=kept.backend, path=kept.path)
    return say(without, backend=kept.backend)


WHERE = {
    OS_KEYRING: texts.WHERE_OS_KEYRING,
    APP_FILE: texts.WHERE_APP_FILE,
    NOWHERE: texts.WHERE_NOWHERE,
}


def _place_evidence(kept: SecretPlace) -> dict[str, Any]:
    """Where a secret is kept, for the report: words, the kind, the file, the backend."""
    evidence: dict[str, Any] = {
        "where": say(WHERE.get(kept.kind, texts.WHERE_BACKEND_FILE)),
        "kind": kept.kind,
    }
    if kept.path is not None:
        evidence["path"] = str(kept.path)
    if kept.backend and kept.kind != APP_FILE:
        evidence["backend"] = kept.backend
    return evidence


def listening_ports(pid: int | None = None) -> list[str] | None:
    """Local addresses ("127.0.0.1:8080", "[::]:443") of the TCP sockets that the app's
    process ``pid`` (default: this one) and every process it started listen on, on any
    OS (psutil); None when the OS does not let this process see them."""
    try:
        root = psutil.Process(pid)
        tree = [root, *root.children(recursive=True)]
    except psutil.Error:
        return None
    found: set[str] = set()
    for process in tree:
        try:
            connections = process.net_connections(kind="tcp")
        except psutil.NoSuchProcess:
            continue  # it ended since: it listens on nothing
        except psutil.Error:
            return None
        for connection in connections:
            if connection.status == psutil.CONN_LISTEN and connection.laddr:
                host, port = connection.laddr[0], connection.laddr[1]
                found.add(f"[{host}]:{port}" if ":" in host else f"{host}:{port}")
    return sorted(found)
