"""Limits, trends, states and alerts; every fault scenario warns before it fails."""

from __future__ import annotations

import json

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from proactive_gui.health.evaluate import HealthMonitor, State
from proactive_gui.health.limits import LimitsError, load_limits, parse_limits
from proactive_gui.health.trend import bin_medians, theil_sen
from proactive_gui.instrument.channels import DEMO_CHANNELS, Subsystem
from proactive_gui.instrument.scenarios import SCENARIOS
from proactive_gui.instrument.simulator import Simulator, demo_store
from proactive_gui.instrument.telemetry import TelemetryStore

HOUR = 3600.0
LIMITS = load_limits("Demo")

# scenario -> the channel its fault shows on
FAULTS = {
    "chiller-drift": "chiller_temperature",
    "flow-cell-heater-failure": "flowcell_temperature",
    "laser-decay": "laser_red_power",
    "focus-drift": "focus_fwhm",
    "fluidics-clog": "pump_pressure",
    "leak-bubbles": "bubble_detections",
    "stage-following-error": "stage_x_error",
}


def test_demo_limits_cover_every_demo_channel_but_the_setpoint_and_door() -> None:
    assert set(LIMITS.channels) == {c.id for c in DEMO_CHANNELS} - {
        "flowcell_setpoint",
        "door_closed",
    }


@pytest.mark.parametrize(
    ("channels", "says"),
    [
        ({"x": {"warning": {"high": 5}, "failure": {"high": 4}}}, "failure band must lie outside"),
        ({"x": {"warning": {"top": 5}}}, "'low' and/or 'high'"),
        ({"x": {"warnings": {"high": 5}}}, "unknown field(s) warnings"),
        ({"x": {"warning": {"high": "hot"}}}, "must be numbers"),
    ],
)
def test_broken_limits_files_name_the_field(channels: dict[str, object], says: str) -> None:
    with pytest.raises(LimitsError, match=r"channels\.x") as caught:
        parse_limits({"schema": 1, "channels": channels}, "limits/test.json")
    assert says in str(caught.value)


def test_unknown_family_and_wrong_schema_are_refused() -> None:
    with pytest.raises(LimitsError, match="no limits are shipped for the Nothing family"):
        load_limits("Nothing")
    with pytest.raises(LimitsError, match="not a limits file"):
        parse_limits(json.loads('{"schema": 2}'), "x.json")


@given(st.lists(st.floats(-1e3, 1e3), min_size=1, max_size=300), st.floats(1, 50))
def test_bin_medians_match_numpy_per_bin(values: list[float], bin_s: float) -> None:
    t = np.arange(len(values), dtype=float)
    v = np.array(values)
    bt, bv = bin_medians(t, v, bin_s)
    keys = np.floor(t / bin_s)
    expected = [np.median(v[keys == k]) for k in np.unique(keys)]
    np.testing.assert_allclose(bv, expected)
    assert len(bt) == len(expected)


def test_theil_sen_finds_a_drift_through_noise_and_outliers() -> None:
    rng = np.random.default_rng(3)
    t = np.arange(0, 7200, 60.0)
    v = 4.0 + 0.5 / 3600 * t + rng.normal(0, 0.05, len(t))
    v[::10] += 5  # spikes
    trend = theil_sen(t, v)
    assert trend is not None and trend.significant
    assert trend.slope * 3600 == pytest.approx(0.5, rel=0.1)
    assert trend.time_to(8.0) == pytest.approx((8.0 - 5.0) * 7200, rel=0.15)


def test_theil_sen_does_not_call_noise_or_an_oscillation_a_trend() -> None:
    rng = np.random.default_rng(4)
    t = np.arange(0, 7200, 60.0)
    assert not theil_sen(t, rng.normal(0, 1, len(t))).significant  # type: ignore[union-attr]
    assert not theil_sen(t, 0.08 * np.sin(2 * np.pi * t / 1800)).significant  # type: ignore[union-attr]


def run_until_failure(
    scenario: str, channel: str, until_h: float = 20
) -> tuple[float | None, float | None]:
    """(first early warning, first failure) of ``channel``, in hours, evaluating every 5 min."""
    sim = Simulator(demo_store(epoch=0.0), scenario=scenario)
    monitor = HealthMonitor(LIMITS, only=frozenset({channel, "flowcell_setpoint", "flow_rate"}))
    failure = None
    for t in np.arange(600, until_h * HOUR, 300):
        sim.advance_to(float(t))
        health = monitor.evaluate(sim.store).channels[channel]
        if health.state is State.FAILURE:
            failure = float(t) / HOUR
            break
    early = monitor.first_early_warning.get(channel)
    return (early / HOUR if early is not None else None), failure


@pytest.mark.parametrize("scenario", sorted(FAULTS))
def test_every_fault_is_predicted_before_it_fails(scenario: str) -> None:
    early, failure = run_until_failure(scenario, FAULTS[scenario])
    assert failure is not None, f"{scenario} never reached failure"
    assert early is not None and early < failure, (
        f"{scenario}: early {early} h, failure {failure} h"
    )
    assert failure - early >= 1.0, f"{scenario}: only {failure - early:.2f} h of warning"


@pytest.mark.slow
@pytest.mark.parametrize("seed", [1, 2, 3, 4, 5, 6])
def test_48_healthy_hours_raise_nothing(seed: int) -> None:
    sim = Simulator(demo_store(epoch=0.0), seed=seed)
    monitor = HealthMonitor(LIMITS)
    for t in np.arange(600, 48 * HOUR + 1, 600):  # every 10 min: each look covers the last 10 min
        sim.advance_to(float(t))
        report = monitor.evaluate(sim.store)
        assert all(s.state is State.OK for s in report.subsystems.values()), (
            seed,
            t,
            report.subsystems,
        )
    assert monitor.alerts == [] and monitor.first_early_warning == {}


def test_noise_bursts_raise_nothing() -> None:
    sim = Simulator(demo_store(epoch=0.0), scenario="noise-burst")
    monitor = HealthMonitor(LIMITS)
    for t in np.arange(600, 8 * HOUR, 300):
        sim.advance_to(float(t))
        monitor.evaluate(sim.store)
    assert monitor.alerts == [] and monitor.first_early_warning == {}


def test_silent_sensors_show_stale_within_seconds_never_a_frozen_ok() -> None:
    sim = Simulator(demo_store(epoch=0.0), scenario="sensor-dropout")
    onset = SCENARIOS["sensor-dropout"].onset_s
    monitor = HealthMonitor(LIMITS)
    sim.advance_to(onset + 5)
    assert monitor.evaluate(sim.store).channels["chiller_temperature"].state is State.OK
    sim.advance_to(onset + LIMITS.stale_after_s + 1)
    report = monitor.evaluate(sim.store)
    chiller = report.channels["chiller_temperature"]
    assert chiller.state is State.STALE and chiller.value is None
    assert report.subsystems[Subsystem.THERMAL].state is State.STALE
    assert report.subsystems[Subsystem.OPTICAL].state is State.OK


def test_alerts_have_a_start_an_escalation_and_an_end() -> None:
    store = TelemetryStore(DEMO_CHANNELS, capacity=20_000)
    monitor = HealthMonitor(LIMITS, only=frozenset({"chiller_temperature"}))

    def feed(start: int, seconds: int, value: float) -> None:
        t = np.arange(start, start + seconds, dtype=float)
        store.write({"chiller_temperature": (t, np.full(len(t), value))}, clock=float(t[-1]))
        monitor.evaluate(store)

    feed(0, 900, 4.0)
    feed(900, 300, 7.5)  # warning band
    feed(1200, 300, 9.0)  # failure band
    feed(1500, 1200, 4.0)  # back in band, for longer than the 10-minute hold
    assert len(monitor.alerts) == 1
    alert = monitor.alerts[0]
    assert alert.level is State.FAILURE and 900 < alert.start < 1200
    assert alert.end is not None and alert.end > 1500
    assert "failure band" in alert.reason


def test_no_data_before_any_sample() -> None:
    store = TelemetryStore(DEMO_CHANNELS, capacity=10)
    report = HealthMonitor(LIMITS).evaluate(store)
    assert {h.state for h in report.channels.values()} == {State.NO_DATA}


def test_a_source_that_goes_silent_turns_everything_stale(monkeypatch: pytest.MonkeyPatch) -> None:
    import proactive_gui.health.service as service

    monkeypatch.setattr(service, "SOURCE_SILENT_AFTER_S", 0.3)
    sim = Simulator(demo_store(epoch=0.0), speed=600.0, tick_s=0.02)
    health = service.HealthService(sim.store, LIMITS, interval_s=0.05)
    sim.advance_to(900)
    health.start()
    sim.start()
    import time

    deadline = time.monotonic() + 10
    while (health.report is None or health.report.at < 1000) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert health.report is not None and all(
        s.state is State.OK for s in health.report.subsystems.values()
    )
    sim.stop()  # the instrument link dies: no more samples, its clock stops too
    while (
        health.report.subsystems[Subsystem.THERMAL].state is not State.STALE
        and time.monotonic() < deadline
    ):
        time.sleep(0.05)
    assert health.stop()
    assert {s.state for s in health.report.subsystems.values()} == {State.STALE}
    assert "sent nothing" in health.report.channels["chiller_temperature"].reason
