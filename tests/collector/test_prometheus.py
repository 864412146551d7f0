"""A real Prometheus (Debian's) scrapes the receiver over TLS with the admin token and
answers PromQL about the fleet through its HTTP API."""

from __future__ import annotations

import json
import shutil
import subprocess
import time
from pathlib import Path

import httpx
import pytest

from proactive_gui.collector.storage import SqliteStore
from tests.collector_support import ADMIN, client, free_port, need, payload, running_receiver, send
from tests.uplink_support import Certificates


def _config(folder: Path, target: str, ca: Path) -> Path:
    """The scrape configuration the README gives, for one receiver."""
    config = folder / "prometheus.yml"
    config.write_text(
        "global:\n  scrape_interval: 1s\n  evaluation_interval: 1s\n"
        "scrape_configs:\n"
        "  - job_name: proactive-collector\n"
        "    scheme: https\n"
        "    metrics_path: /metrics\n"
        f"    authorization:\n      type: Bearer\n      credentials: {ADMIN}\n"
        f"    tls_config:\n      ca_file: {ca}\n"
        f"    static_configs:\n      - targets: ['{target}']\n"
    )
    return config


def _query(api: str, promql: str) -> list[dict[str, object]]:
    answer = httpx.get(f"{api}/api/v1/query", params={"query": promql}, timeout=5)
    answer.raise_for_status()
    result: list[dict[str, object]] = answer.json()["data"]["result"]
    return result


@pytest.mark.slow
def test_prometheus_scrapes_the_fleet_and_answers_promql(
    certs: Certificates, tmp_path: Path
) -> None:
    binary = shutil.which("prometheus")
    need("prometheus", binary)
    assert binary is not None
    document = json.loads(payload("A00834", template=6).data)
    document["instrument_performance"]["subsystems"][3]["state"] = "failure"
    sick = payload("A00834", template=6, instrument_performance=document["instrument_performance"])
    store = SqliteStore(tmp_path / "db.sqlite3")
    with running_receiver(certs, store) as receiver:
        with client(certs) as http:
            for item in (sick, payload("VH00559", template=5), payload("M00630", template=1)):
                assert send(http, receiver.url, item).status_code == 201
        target = receiver.url.removeprefix("https://")
        port = free_port()
        api = f"http://127.0.0.1:{port}"
        log = (tmp_path / "prometheus.log").open("w")
        process = subprocess.Popen(
            [
                binary,
                f"--config.file={_config(tmp_path, target, certs.ca)}",
                f"--storage.tsdb.path={tmp_path / 'tsdb'}",
                f"--web.listen-address=127.0.0.1:{port}",
            ],
            stdout=subprocess.DEVNULL,
            stderr=log,
        )
        try:
            failing: list[dict[str, object]] = []
            deadline = time.monotonic() + 45
            while not failing and time.monotonic() < deadline:
                time.sleep(0.5)
                try:
                    failing = _query(api, "proactive_instrument_verdict_severity >= 3")
                except httpx.HTTPError:
                    continue
            assert failing, (tmp_path / "prometheus.log").read_text()[-2000:]
            assert [r["metric"]["serial"] for r in failing] == ["A00834"]  # type: ignore[index]
            up = _query(api, 'up{job="proactive-collector"}')
            assert [r["value"][1] for r in up] == ["1"]  # type: ignore[index]
            fleet = _query(api, "count(proactive_instrument_info)")
            assert fleet[0]["value"][1] == "3"  # type: ignore[index]
            fluidics = _query(
                api, 'proactive_instrument_subsystem_severity{subsystem="fluidics"} == 0'
            )
            assert sorted(r["metric"]["serial"] for r in fluidics) == ["M00630", "VH00559"]  # type: ignore[index]
        finally:
            process.terminate()
            process.wait(timeout=20)
            log.close()
    store.close()
