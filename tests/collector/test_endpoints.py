"""The fleet endpoints over real TLS: per-instrument state as JSON for scripts, Prometheus
metrics, admin-token checks; malformed uploads get a 400 and the receiver goes on."""

from __future__ import annotations

import base64
import json
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from prometheus_client.parser import text_string_to_metric_families

from proactive_gui.collector.server import Collector
from proactive_gui.collector.storage import SqliteStore, store_in_folder
from tests.collector_support import (
    ADMIN,
    Payload,
    admin_get,
    client,
    payload,
    raw_request,
    running_receiver,
    send,
)
from tests.conftest import PYTHON, REPO
from tests.uplink_support import TOKEN, Certificates


@pytest.fixture
def receiver(certs: Certificates, tmp_path: Path) -> Iterator[Collector]:
    store = SqliteStore(tmp_path / "db.sqlite3")
    with running_receiver(certs, store) as server:
        yield server
    store.close()


def _failing(serial: str, template: int = 6) -> Payload:
    """A payload from a real run folder whose fluidics failed, with an open alert and an
    optical forecast."""
    document = json.loads(payload(serial, template=template).data)
    performance = document["instrument_performance"]
    performance["subsystems"][3] = {"subsystem": "fluidics", "state": "failure", "time_to_failure_h": None}  # fmt: skip
    performance["alerts"] = [{"channel": "percent_pf", "level": "failure", "start_s": 3, "end_s": None, "reason": "%PF below the failure band"}]  # fmt: skip
    performance["subsystems"][0]["time_to_failure_h"] = 7.25
    return payload(serial, template=template, instrument_performance=performance)


def test_instruments_json_is_the_contract_scripts_rely_on(
    certs: Certificates, receiver: Collector
) -> None:
    sick = _failing("A00834")
    with client(certs) as http:
        for item in (payload("M00630", template=1), payload("M00630", template=1), sick):
            assert send(http, receiver.url, item).status_code == 201
        answer = admin_get(http, receiver.url, "/v1/instruments")
        one = admin_get(http, receiver.url, "/v1/instruments/A00834")
        missing = admin_get(http, receiver.url, "/v1/instruments/NOPE")
    assert answer.status_code == 200
    listed = answer.json()["instruments"]
    assert [(i["serial"], i["model"], i["payloads"], i["verdict"]) for i in listed] == [
        ("A00834", "NovaSeq 6000", 1, "failure"),
        ("M00630", "MiSeq", 2, "ok"),
    ]
    assert all(i["last_seen"].endswith("Z") and 0 <= i["age_s"] < 60 for i in listed)
    detail = one.json()
    assert detail["open_alerts"][0]["channel"] == "percent_pf"
    assert detail["forecasts"] == {"optical": 7.25}
    assert detail["subsystems"]["fluidics"] == "failure"
    assert [h["payload_id"] for h in detail["history"]] == [sick.payload_id]
    assert any(c["channel"] == "intensity_red" and c["last"] for c in detail["channels"])
    assert missing.status_code == 404 and "NOPE" in missing.json()["error"]


@pytest.mark.parametrize("path", ["/v1/instruments", "/metrics", "/fleet", "/fleet/M00630"])
def test_fleet_endpoints_need_the_admin_token(
    certs: Certificates, receiver: Collector, path: str
) -> None:
    with client(certs) as http:
        anonymous = http.get(f"{receiver.url}{path}")
        uploader = http.get(f"{receiver.url}{path}", headers={"Authorization": f"Bearer {TOKEN}"})
        wrong = http.get(f"{receiver.url}{path}", headers={"Authorization": "Basic !!"})
        basic = base64.b64encode(f"admin:{ADMIN}".encode()).decode()
        browser = http.get(f"{receiver.url}{path}", headers={"Authorization": f"Basic {basic}"})
    assert anonymous.status_code == uploader.status_code == wrong.status_code == 401
    assert anonymous.headers["WWW-Authenticate"].startswith("Basic")
    assert ADMIN not in anonymous.text
    assert browser.status_code in (200, 404)  # 404: that instrument sent nothing yet


def test_without_an_admin_token_the_fleet_endpoints_are_off(
    certs: Certificates, tmp_path: Path
) -> None:
    store = SqliteStore(tmp_path / "db.sqlite3")
    with running_receiver(certs, store, admin=None) as server, client(certs) as http:
        answer = http.get(f"{server.url}/v1/instruments", headers={"Authorization": "Bearer x"})
    store.close()
    assert answer.status_code == 403
    assert "--admin-token" in answer.json()["error"]


def _samples(text: str) -> dict[tuple[str, frozenset[tuple[str, str]]], float]:
    return {
        (s.name, frozenset(s.labels.items())): float(s.value)
        for family in text_string_to_metric_families(text)
        for s in family.samples
    }


def test_metrics_count_payloads_duplicates_refusals_and_show_each_instrument(
    certs: Certificates, receiver: Collector
) -> None:
    sick = _failing("A00834")
    healthy = payload("VH00559", template=5)
    with client(certs) as http:
        for item in (sick, healthy, healthy):
            send(http, receiver.url, item)
        bad = payload("VH00559")
        http.post(f"{receiver.url}/v1/payloads", content=bad.data, headers={"Authorization": "Bearer x"})  # fmt: skip
        answer = admin_get(http, receiver.url, "/metrics")
    assert answer.status_code == 200 and answer.headers["Content-Type"].startswith("text/plain")
    samples = _samples(answer.text)

    def value(name: str, **labels: str) -> float:
        return samples[(name, frozenset(labels.items()))]

    assert value("proactive_collector_payloads_received_total") == 2
    assert value("proactive_collector_payloads_duplicate_total") == 1
    assert value("proactive_collector_requests_refused_total", reason="unauthorized") == 1
    assert value("proactive_collector_requests_refused_total", reason="digest_mismatch") == 0
    assert value("proactive_collector_request_duration_seconds_count", endpoint="payloads") == 4
    assert value("proactive_collector_payloads_stored") == 2
    assert value("proactive_instrument_verdict_severity", serial="A00834") == 3
    assert value("proactive_instrument_verdict_severity", serial="VH00559") == 0
    assert value("proactive_instrument_subsystem_severity", serial="A00834", subsystem="fluidics") == 3  # fmt: skip
    assert ("proactive_instrument_subsystem_severity", frozenset({("serial", "A00834"), ("subsystem", "thermal")})) not in samples  # not measured  # fmt: skip
    assert value("proactive_instrument_open_alerts", serial="A00834", level="failure") == 1
    assert value("proactive_instrument_time_to_failure_hours", serial="A00834", subsystem="optical") == 7.25  # fmt: skip
    assert (
        value("proactive_instrument_payloads", serial="VH00559") == 1
    )  # the duplicate is not one more
    assert 0 <= value("proactive_instrument_last_payload_age_seconds", serial="VH00559") < 60
    assert value("proactive_instrument_info", serial="VH00559", model="NextSeq 2000") == 1
    last = json.loads(healthy.data)["instrument_performance"]["channels"][0]
    labels = {"serial": "VH00559", "channel": last["channel"], "subsystem": last["subsystem"], "unit": last["unit"]}  # fmt: skip
    assert value("proactive_instrument_channel_last", **labels) == last["last"]


REQUEST = (
    "POST /v1/payloads HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {token}\r\n"
    "Content-Type: application/json\r\nIdempotency-Key: {pid}\r\n"
    "Content-Digest: {digest}\r\nContent-Length: {length}\r\nConnection: close\r\n\r\n"
)


@pytest.mark.parametrize(
    ("length", "digest", "words"),
    [
        ("abc", "sha-256=:AAAA:", b"Content-Length must be a number"),
        ("-1", "sha-256=:AAAA:", b"Content-Length must be a number"),
        ("", "sha-256=:abc:", b"Content-Digest does not match"),
    ],
)
def test_a_malformed_upload_gets_a_400_and_the_receiver_goes_on(
    certs: Certificates, receiver: Collector, length: str, digest: str, words: bytes
) -> None:
    item = payload()
    request = REQUEST.format(
        token=TOKEN, pid=item.payload_id, digest=digest, length=length or len(item.data)
    ).encode()
    answer = raw_request(certs, receiver.url, request + (item.data if not length else b""))
    assert answer.startswith(b"HTTP/1.1 400 "), answer[:200]
    assert words in answer and b"Traceback" not in answer
    with client(certs) as http:
        assert send(http, receiver.url, item).status_code == 201


def test_cli_lists_the_instruments_of_a_store_folder(certs: Certificates, tmp_path: Path) -> None:
    store = store_in_folder(tmp_path / "received")
    with running_receiver(certs, store) as server, client(certs) as http:
        send(http, server.url, payload("M00612", template=2))
    store.close()
    command = [PYTHON, "-m", "proactive_gui.collector.cli", "instruments", "--store"]
    env = {"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin"}
    listed = subprocess.run(
        [*command, str(tmp_path / "received"), "--json"],
        capture_output=True, text=True, timeout=60, env=env, check=True,
    )  # fmt: skip
    people = subprocess.run(
        [*command, str(tmp_path / "received")],
        capture_output=True, text=True, timeout=60, env=env, check=True,
    )  # fmt: skip
    instruments = json.loads(listed.stdout)["instruments"]
    assert [(i["serial"], i["model"], i["payloads"]) for i in instruments] == [
        ("M00612", "MiSeq", 1)
    ]
    assert "M00612" in people.stdout and "MiSeq" in people.stdout


def test_cli_refuses_a_wrong_db_url_in_words(tmp_path: Path) -> None:
    result = subprocess.run(
        [PYTHON, "-m", "proactive_gui.collector.cli", "instruments", "--db", "mysql://x/y"],
        capture_output=True, text=True, timeout=60, env={"PYTHONPATH": str(REPO)},
    )  # fmt: skip
    assert result.returncode == 1
    assert "is not a database URL" in result.stderr and "Traceback" not in result.stderr


def test_the_fleet_page_speaks_the_browsers_language_where_the_app_does(
    certs: Certificates, receiver: Collector
) -> None:
    basic = base64.b64encode(f"admin:{ADMIN}".encode()).decode()
    with client(certs) as http:
        send(http, receiver.url, _failing("A00834"))
        german = http.get(
            f"{receiver.url}/fleet",
            headers={"Authorization": f"Basic {basic}", "Accept-Language": "de-DE,de;q=0.9"},
        )
        klingon = http.get(
            f"{receiver.url}/fleet",
            headers={"Authorization": f"Basic {basic}", "Accept-Language": "tlh, fr;q=0.1"},
        )
        english = http.get(f"{receiver.url}/fleet/A00834", headers={"Authorization": f"Basic {basic}"})  # fmt: skip
    assert '<html lang="de">' in german.text
    assert "Ausfall" in german.text and "Seriennummer" in german.text  # the app's own words
    assert '<html lang="fr">' in klingon.text  # the first language the app has
    assert '<html lang="en">' in english.text and "Failure" in english.text
