"""Load benchmark of the receiver (not a test; run it by hand or in the runner):

    python -m tests.collector.bench_load [--instruments 1000] [--payloads 3] [--senders 32]

A thousand simulated instruments (payloads sealed from the shared run folders, each with
its own serial) send concurrently to: today's file store (one process), SQLite (one
process), and two replicas on one PostgreSQL. Prints payloads per second and the p50/p99
acknowledgement latency of each. Then once more on the two replicas, one of them killed
with SIGKILL in the middle: every acknowledged payload must be stored, and every payload
not acknowledged is sent again to the other replica, as a load balancer would, and stored
once.

Everything runs on loopback; senders, receivers and PostgreSQL share this machine's cores,
so the figures compare the stores more than they measure a server.
"""

from __future__ import annotations

import argparse
import tempfile
import threading
import time
from collections.abc import Sequence
from pathlib import Path

import httpx

from proactive_gui.collector.storage import PostgresStore
from tests.collector_support import (
    Payload,
    ReceiverProcess,
    client,
    payload,
    receiver_process,
    running_postgres,
    send,
)
from tests.uplink_support import Certificates, make_certificates


class Load:
    def __init__(self, items: list[Payload]) -> None:
        self.items = items
        self.latencies: list[float] = []
        self.acknowledged: set[str] = set()
        self.lock = threading.Lock()

    def run(
        self,
        certs: Certificates,
        receivers: Sequence[ReceiverProcess],
        senders: int,
        kill_after: int | None = None,
    ) -> float:
        """Send every payload once to the receivers, senders in turn; with ``kill_after``
        kill the first receiver after that many receipts and send again what was not
        acknowledged to the others. Seconds taken."""
        alive = list(receivers)
        killed = threading.Event()

        def sender(n: int) -> None:
            with client(certs, timeout=30) as http:
                for item in self.items[n::senders]:
                    for attempt in range(5):
                        targets = [r for r in alive if not (killed.is_set() and r is receivers[0])]
                        target = targets[(n + attempt) % len(targets)]
                        started = time.perf_counter()
                        try:
                            answer = send(http, target.url, item)
                        except httpx.HTTPError:
                            continue  # a cut-off request: not acknowledged, so sent again
                        if answer.status_code in (200, 201):
                            with self.lock:
                                self.latencies.append(time.perf_counter() - started)
                                self.acknowledged.add(item.payload_id)
                                count = len(self.acknowledged)
                            if kill_after is not None and count == kill_after:
                                receivers[0].kill()
                                killed.set()
                            break

        threads = [threading.Thread(target=sender, args=(n,)) for n in range(senders)]
        started = time.perf_counter()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        return time.perf_counter() - started

    def figures(self, seconds: float) -> str:
        ordered = sorted(self.latencies)
        p50 = ordered[len(ordered) // 2] * 1000
        p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))] * 1000
        return (
            f"{len(self.acknowledged)} payloads in {seconds:.1f} s: "
            f"{len(self.acknowledged) / seconds:.0f} payloads/s, p50 {p50:.1f} ms, p99 {p99:.1f} ms"
        )


def fleet(instruments: int, per_instrument: int) -> list[Payload]:
    return [
        payload(f"SIM{n:05d}", template=n)
        for _ in range(per_instrument)
        for n in range(instruments)
    ]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.collector.bench_load")
    parser.add_argument("--instruments", type=int, default=1000)
    parser.add_argument("--payloads", type=int, default=3, help="per instrument")
    parser.add_argument("--senders", type=int, default=32, help="concurrent connections")
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="collector-bench-"))
    certs = make_certificates(work / "certs")
    print(f"{args.instruments} instruments x {args.payloads} payloads, {args.senders} senders")
    for label, storage in (
        ("files, one process", ["--files", str(work / "files")]),
        ("SQLite, one process", ["--db", f"sqlite:///{work / 'collector.sqlite3'}"]),
    ):
        load = Load(fleet(args.instruments, args.payloads))
        with receiver_process(certs, *storage) as receiver:
            print(f"{label}: {load.figures(load.run(certs, [receiver], args.senders))}", flush=True)
    with running_postgres() as postgres:
        for killing in (False, True):
            url = postgres.create_database()
            load = Load(fleet(args.instruments, args.payloads))
            kill_after = len(load.items) // 2 if killing else None
            with (
                receiver_process(certs, "--db", url) as first,
                receiver_process(certs, "--db", url) as second,
            ):
                seconds = load.run(certs, [first, second], args.senders, kill_after)
            store = PostgresStore(url)
            stored = store.stored_ids()
            store.close()
            label = "PostgreSQL, two replicas" + (", one killed halfway" if killing else "")
            print(f"{label}: {load.figures(seconds)}", flush=True)
            everything = {i.payload_id for i in load.items}
            assert load.acknowledged == everything, "a payload was never acknowledged"
            assert sorted(stored) == sorted(everything), "stored payloads differ from sent"
            assert len(stored) == len(set(stored)) == len(everything)
            if killing:
                print("  after the kill: every payload acknowledged, each stored exactly once")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
