"""``proactive-collector``: run the reference receiver, or list the instruments it saw.

    proactive-collector --cert C --key K --token T --db sqlite:///collector.sqlite3
    proactive-collector --cert C --key K --token T --db postgresql://USER@HOST:PORT/DB \\
        --admin-token A
    proactive-collector --cert C --key K --token T --store DIR      # SQLite in DIR
    proactive-collector instruments --db URL [--json]
    proactive-collector token add SERIAL --db URL   # prints that instrument's token once
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from types import FrameType

from proactive_gui.collector.instruments import SERIAL
from proactive_gui.collector.storage import (
    FolderStore,
    PayloadStore,
    StoreError,
    open_store,
    redacted,
    store_in_folder,
)

TOKEN_ENV = "PROACTIVE_COLLECTOR_TOKEN"
ADMIN_TOKEN_ENV = "PROACTIVE_COLLECTOR_ADMIN_TOKEN"
DB_ENV = "PROACTIVE_COLLECTOR_DB"


def _add_storage(parser: argparse.ArgumentParser) -> None:
    where = parser.add_mutually_exclusive_group()
    where.add_argument(
        "--db",
        default=os.environ.get(DB_ENV),
        metavar="URL",
        help=f"sqlite:///PATH or postgresql://USER@HOST:PORT/DBNAME (or ${DB_ENV})",
    )
    where.add_argument(
        "--store", type=Path, metavar="DIR", help="a folder: SQLite in DIR/collector.sqlite3"
    )
    where.add_argument(
        "--files",
        type=Path,
        metavar="DIR",
        help="the old store, for comparison: each payload and receipt a file in DIR",
    )


def _open(args: argparse.Namespace, parser: argparse.ArgumentParser) -> PayloadStore:
    if args.store is not None:
        return store_in_folder(args.store)
    if args.files is not None:
        return FolderStore(args.files)
    if not args.db:
        parser.error(f"say where to store payloads: --db URL, --store DIR or ${DB_ENV}")
    store: PayloadStore = open_store(args.db)
    return store


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["instruments"]:
        return instruments(argv[1:])
    if argv[:1] == ["token"]:
        return token(argv[1:])
    return serve(argv)


def serve(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="proactive-collector",
        description="The reference receiver for Proactive Companion payloads (HTTPS only). "
        "'proactive-collector instruments --help' lists the instruments it saw.",
    )
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8443)
    parser.add_argument("--cert", type=Path, required=True, help="server certificate (PEM)")
    parser.add_argument("--key", type=Path, required=True, help="its private key (PEM)")
    parser.add_argument(
        "--token",
        default=os.environ.get(TOKEN_ENV),
        help=f"a bearer token every instrument may use (or ${TOKEN_ENV}); without one, only "
        "the tokens of 'proactive-collector token add SERIAL' are accepted",
    )
    parser.add_argument(
        "--admin-token",
        default=os.environ.get(ADMIN_TOKEN_ENV),
        help=f"token for /fleet, /metrics and /v1/instruments (or ${ADMIN_TOKEN_ENV}); "
        "without one they are off",
    )
    _add_storage(parser)
    parser.add_argument(
        "--fault",
        action="append",
        default=[],
        metavar="SPEC",
        help="misbehave on purpose: 500:0.2, 503:0.1, 429:0.1, retry-after:2, reset:0.1, "
        "hang:0.05, delay:0.5, seed:7",
    )
    args = parser.parse_args(argv)
    from proactive_gui.collector.server import Collector, Faults, server_context

    try:
        faults = Faults.parse(args.fault)
        context = server_context(args.cert, args.key)
        store = _open(args, parser)
    except (OSError, ValueError, StoreError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    try:
        server = Collector(
            (args.host, args.port), context, args.token or "", store, faults, args.admin_token
        )
    except OSError as exc:
        store.close()
        print(f"error: cannot listen on {args.host}:{args.port}: {exc}", file=sys.stderr)
        return 1

    def stop(signum: int, frame: FrameType | None) -> None:
        del signum, frame
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, stop)
    print(f"storing in {store.description}", flush=True)
    if not args.token:
        print("no --token: only tokens made with 'token add SERIAL' are accepted", flush=True)
    print(f"listening on {server.url}", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
        store.close()
    return 0


def instruments(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="proactive-collector instruments",
        description="The instruments that sent payloads, by serial.",
    )
    _add_storage(parser)
    parser.add_argument("--json", action="store_true", help='{"instruments": [...]} for scripts')
    args = parser.parse_args(argv)
    try:
        store = _open(args, parser)
    except StoreError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    try:
        states = store.instruments()
    except StoreError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    finally:
        store.close()
    now = time.time()
    if args.json:
        print(json.dumps({"instruments": [s.as_json(now) for s in states]}, indent=2))
        return 0
    if not states:
        where = args.store or args.files or redacted(args.db or "")
        print(f"no instrument has sent a payload to {where} yet")
        return 0
    print(f"{'SERIAL':<20} {'MODEL':<18} {'VERDICT':<9} {'PAYLOADS':>8}  LAST SEEN")
    for state in states:
        print(
            f"{state.serial:<20} {state.model[:18]:<18} {state.verdict:<9} "
            f"{state.payloads:>8}  {state.last_seen}"
        )
    return 0


def token(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="proactive-collector token",
        description="Make a bearer token for one instrument. It is printed once; the "
        "receiver keeps only its hash, and it is good only for payloads of that serial.",
    )
    parser.add_argument("action", choices=["add"])
    parser.add_argument("serial", help="the instrument's serial, as in its payloads")
    _add_storage(parser)
    args = parser.parse_args(argv)
    if not SERIAL.fullmatch(args.serial):
        parser.error(f"{args.serial!r} is not an instrument serial (letters, digits, _.:-)")
    try:
        store = _open(args, parser)
        try:
            made = store.add_token(args.serial)
        finally:
            store.close()
    except StoreError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(made)
    print(
        f"the token for {args.serial}: shown this once; set it as that instrument's token",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
