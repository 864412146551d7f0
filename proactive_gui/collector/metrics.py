"""Prometheus exposition of the receiver and of the fleet it sees (``GET /metrics``).

The receiver's own counters and latency histogram belong to this process (sum them over
replicas); the per-instrument gauges are read from the shared store at scrape time, so
every replica reports the same values (take ``max by (serial)``).

Severities are numbers so that alerting rules stay simple: -1 no data, 0 ok, 1 stale,
2 warning, 3 failure.
"""

from __future__ import annotations

import math
import time
from collections.abc import Iterator

from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Histogram
from prometheus_client.core import GaugeMetricFamily, Metric
from prometheus_client.exposition import generate_latest
from prometheus_client.registry import Collector

from proactive_gui.collector.instruments import SEVERITY, InstrumentState
from proactive_gui.collector.storage import PayloadStore

REFUSALS = (
    "bad_request", "missing_headers", "digest_mismatch", "unsupported_media_type",
    "not_json", "id_mismatch", "too_large", "unauthorized", "not_found",
    "storage_unavailable", "injected_fault", "timeout", "too_many_connections", "failed",
    "wrong_instrument",
)  # fmt: skip
ENDPOINTS = ("payloads", "ping", "instruments", "metrics", "fleet", "other")


def severity(state: str) -> int:
    return SEVERITY.get(state, -1)


class ReceiverMetrics:
    """This receiver's counters and histogram, and the fleet read from ``store``."""

    def __init__(self, store: PayloadStore) -> None:
        self.registry = CollectorRegistry(auto_describe=True)
        self._received = Counter(
            "proactive_collector_payloads_received",
            "Payloads this receiver stored for the first time.",
            registry=self.registry,
        )
        self._duplicates = Counter(
            "proactive_collector_payloads_duplicate",
            "Payloads sent again that this receiver found stored already (answered 200).",
            registry=self.registry,
        )
        self._refused = Counter(
            "proactive_collector_requests_refused",
            "Requests refused, by reason.",
            ["reason"],
            registry=self.registry,
        )
        for reason in REFUSALS:
            self._refused.labels(reason)
        self._latency = Histogram(
            "proactive_collector_request_duration_seconds",
            "Time from a request's headers to its answer, by endpoint.",
            ["endpoint"],
            buckets=(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10),
            registry=self.registry,
        )
        self.registry.register(FleetCollector(store))

    def stored(self, duplicate: bool) -> None:
        (self._duplicates if duplicate else self._received).inc()

    def refused(self, reason: str) -> None:
        self._refused.labels(reason if reason in REFUSALS else "bad_request").inc()

    def observe(self, endpoint: str, seconds: float) -> None:
        self._latency.labels(endpoint if endpoint in ENDPOINTS else "other").observe(seconds)

    def exposition(self) -> tuple[bytes, str]:
        return generate_latest(self.registry), CONTENT_TYPE_LATEST


class FleetCollector(Collector):
    """Per-instrument gauges, computed from the store at each scrape."""

    def __init__(self, store: PayloadStore) -> None:
        self.store = store

    def describe(self) -> list[Metric]:
        return []  # the fleet is read at scrape time, never at registration

    def collect(self) -> Iterator[Metric]:
        instruments = self.store.instruments()
        yield from fleet_metrics(instruments, self.store.count(), time.time())


def fleet_metrics(
    instruments: list[InstrumentState], stored: int, now_s: float
) -> Iterator[Metric]:
    def gauge(name: str, text: str, labels: list[str]) -> GaugeMetricFamily:
        return GaugeMetricFamily(name, text, labels=labels)

    total = gauge("proactive_collector_payloads_stored", "Payloads in the store.", [])
    total.add_metric([], stored)
    count = gauge("proactive_collector_instruments", "Instruments that sent a payload.", [])
    count.add_metric([], len(instruments))
    info = gauge("proactive_instrument_info", "An instrument and its model (always 1).", ["serial", "model"])  # fmt: skip
    payloads = gauge("proactive_instrument_payloads", "Payloads stored for the instrument.", ["serial"])  # fmt: skip
    age = gauge("proactive_instrument_last_payload_age_seconds", "Seconds since the instrument's newest payload arrived.", ["serial"])  # fmt: skip
    verdict = gauge("proactive_instrument_verdict_severity", "The worst state of the latest payload (-1 no data, 0 ok, 1 stale, 2 warning, 3 failure).", ["serial"])  # fmt: skip
    subsystem = gauge("proactive_instrument_subsystem_severity", "A subsystem's state in the latest payload (-1 no data, 0 ok, 1 stale, 2 warning, 3 failure).", ["serial", "subsystem"])  # fmt: skip
    alerts = gauge("proactive_instrument_open_alerts", "Alerts still open in the latest payload, by level.", ["serial", "level"])  # fmt: skip
    warnings = gauge("proactive_instrument_early_warnings", "Early warnings in the latest payload.", ["serial"])  # fmt: skip
    forecast = gauge("proactive_instrument_time_to_failure_hours", "A subsystem's forecast time to failure in the latest payload.", ["serial", "subsystem"])  # fmt: skip
    channel = gauge("proactive_instrument_channel_last", "A channel's last value in the latest payload.", ["serial", "channel", "subsystem", "unit"])  # fmt: skip
    for instrument in instruments:
        serial, summary = instrument.serial, instrument.summary
        info.add_metric([serial, instrument.model], 1)
        payloads.add_metric([serial], instrument.payloads)
        age.add_metric([serial], max(0.0, now_s - instrument.last_seen_s))
        verdict.add_metric([serial], severity(instrument.verdict))
        for name, state in (summary.get("subsystems") or {}).items():
            if state.get("state") != "not_measured":
                subsystem.add_metric([serial, name], severity(str(state.get("state"))))
        levels: dict[str, int] = {"warning": 0, "failure": 0, "stale": 0}
        for alert in summary.get("open_alerts") or []:
            level = str(alert.get("level"))
            levels[level] = levels.get(level, 0) + 1
        for level, number in levels.items():
            alerts.add_metric([serial, level], number)
        warnings.add_metric([serial], len(summary.get("early_warnings") or []))
        for name, hours in (summary.get("forecasts") or {}).items():
            forecast.add_metric([serial, name], float(hours))
        for item in summary.get("channels") or []:
            last = item.get("last")
            if isinstance(last, int | float) and math.isfinite(last):
                labels = [serial, str(item["channel"]), str(item["subsystem"]), str(item["unit"])]
                channel.add_metric(labels, float(last))
    yield from (
        total, count, info, payloads, age, verdict, subsystem, alerts, warnings, forecast,
        channel,
    )  # fmt: skip
