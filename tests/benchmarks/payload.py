"""Building and sealing a payload for the largest shared run folder (NextSeq 2000, with
an hour of demo telemetry for all 17 channels): allow-list build, privacy gate,
schema validation, RFC 8785 bytes and the last leak scan, against plain ``json.dumps``
plus SHA-256 of the same document (no checks, not canonical)."""

from __future__ import annotations

import hashlib
import json
import time

from tests.benchmarks.figures import Figure, median
from tests.benchmarks.runfolder import FOLDER

ROUNDS = 9


def run() -> list[Figure]:
    from proactive_gui.health.evaluate import HealthMonitor
    from proactive_gui.health.limits import load_limits
    from proactive_gui.instrument.simulator import Simulator, demo_store
    from proactive_gui.payload.build import HealthView, build
    from proactive_gui.payload.seal import seal
    from proactive_gui.runs.folder import load_run_folder
    from proactive_gui.runs.isolation import close_shared_worker

    try:
        run_folder = load_run_folder(FOLDER)
    finally:
        close_shared_worker()
    store = demo_store(epoch=0.0)
    Simulator(store, scenario="chiller-drift").advance_to(6 * 3600.0)
    monitor = HealthMonitor(load_limits("Demo"))
    report = monitor.evaluate(store)
    health = HealthView(report, tuple(monitor.alerts), dict(monitor.first_early_warning))

    sealing, plain, sizes = [], [], []
    for _ in range(ROUNDS):
        began = time.perf_counter()
        sealed = seal(build("run_end", store, health=health, run=run_folder))
        sealing.append(time.perf_counter() - began)
        sizes.append(sealed.size)
        document = sealed.document()
        began = time.perf_counter()
        hashlib.sha256(json.dumps(document).encode()).hexdigest()
        plain.append(time.perf_counter() - began)
    return [
        Figure(
            "payload.build_and_seal",
            median(sealing),
            "s",
            median(plain),
            "json.dumps + SHA-256 of the same document",
        ),
        Figure("payload.size", float(sizes[-1]), "bytes"),
    ]
