"""``proactive-collector``: run the reference receiver."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from proactive_gui.collector.server import Collector, Faults, Store, server_context

TOKEN_ENV = "PROACTIVE_COLLECTOR_TOKEN"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="proactive-collector",
        description="The reference receiver for Proactive Companion payloads (HTTPS only).",
    )
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8443)
    parser.add_argument("--cert", type=Path, required=True, help="server certificate (PEM)")
    parser.add_argument("--key", type=Path, required=True, help="its private key (PEM)")
    parser.add_argument(
        "--token", default=os.environ.get(TOKEN_ENV), help=f"bearer token (or ${TOKEN_ENV})"
    )
    parser.add_argument("--store", type=Path, required=True, help="folder for payloads")
    parser.add_argument(
        "--fault",
        action="append",
        default=[],
        metavar="SPEC",
        help="misbehave on purpose: 500:0.2, 503:0.1, 429:0.1, retry-after:2, reset:0.1, "
        "hang:0.05, delay:0.5, seed:7",
    )
    args = parser.parse_args(argv)
    if not args.token:
        parser.error(f"a token is needed: --token or ${TOKEN_ENV}")
    try:
        faults = Faults.parse(args.fault)
        context = server_context(args.cert, args.key)
        server = Collector((args.host, args.port), context, args.token, Store(args.store), faults)
    except (OSError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(f"listening on {server.url}", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
