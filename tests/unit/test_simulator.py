from __future__ import annotations

import time

import numpy as np
import pytest

from proactive_gui.instrument.channels import DEMO_CHANNELS, Subsystem
from proactive_gui.instrument.scenarios import SCENARIOS
from proactive_gui.instrument.simulator import Simulator, demo_store
from proactive_gui.instrument.timeline import Phase, RunPlan

HOUR = 3600.0


def run(hours: float, scenario: str = "healthy", seed: int = 0, steps: int = 1) -> Simulator:
    sim = Simulator(demo_store(epoch=0.0), scenario=scenario, seed=seed)
    for k in range(1, steps + 1):
        sim.advance_to(hours * HOUR * k / steps)
    return sim


def test_every_subsystem_has_the_required_channels() -> None:
    by_subsystem = {s: {c.id for c in DEMO_CHANNELS if c.subsystem is s} for s in Subsystem}
    assert {
        "laser_red_power",
        "laser_green_power",
        "focus_fwhm",
        "camera_temperature",
    } <= by_subsystem[Subsystem.OPTICAL]
    assert {
        "stage_x_error",
        "stage_y_error",
        "z_tracking_error",
        "motor_current",
        "door_closed",
    } <= by_subsystem[Subsystem.MECHANICAL]
    assert {
        "flowcell_temperature",
        "flowcell_setpoint",
        "chiller_temperature",
        "ambient_temperature",
    } <= by_subsystem[Subsystem.THERMAL]
    assert {"pump_pressure", "flow_rate", "bubble_detections", "vacuum_pressure"} <= by_subsystem[
        Subsystem.FLUIDICS
    ]


def test_same_seed_same_samples_however_time_is_chunked() -> None:
    whole, chunked = run(3), run(3, steps=37)
    for channel in DEMO_CHANNELS:
        a, b = whole.store.series(channel.id), chunked.store.series(channel.id)
        np.testing.assert_array_equal(a[0], b[0])
        np.testing.assert_array_equal(a[1], b[1], err_msg=channel.id)
    assert [e.message for e in whole.store.events()] == [e.message for e in chunked.store.events()]


def test_other_seed_other_noise() -> None:
    a, b = run(0.5, seed=1), run(0.5, seed=2)
    assert not np.array_equal(
        a.store.series("chiller_temperature")[1], b.store.series("chiller_temperature")[1]
    )


def test_healthy_signals_are_physically_plausible_over_48_hours() -> None:
    sim = run(48)
    store, plan = sim.store, sim.plan
    t, chiller = store.series("chiller_temperature")
    assert len(t) == 48 * 3600 + 1, "1 Hz for 48 hours, nothing lost to the ring buffer"
    assert chiller.min() > 3.5 and chiller.max() < 4.5
    phase, _, since = plan.phase_at(t)

    _, red = store.series("laser_red_power")
    imaging = phase == Phase.IMAGING
    assert np.isfinite(red[imaging]).all() and np.isnan(red[~imaging]).all()
    assert abs(np.nanmean(red) - 100.0) < 0.5

    _, temp = store.series("flowcell_temperature")
    _, setpoint = store.series("flowcell_setpoint")
    settled = (phase == Phase.CHEMISTRY) & (since > 120)
    assert np.abs(temp[settled] - setpoint[settled]).max() < 0.5

    _, door = store.series("door_closed")
    assert door[:120].max() == 0 and door[120:].min() == 1

    _, vacuum = store.series("vacuum_pressure")
    checking = (phase == Phase.PRE_RUN_CHECKS) & (since >= 300) & (since < 420)
    assert np.isfinite(vacuum[checking]).all() and np.isnan(vacuum[~checking]).all()

    _, flow = store.series("flow_rate")
    assert flow.max() < 270 and flow.min() == 0


def test_run_events_in_order() -> None:
    sim = run(26)
    messages = [e.message for e in sim.store.events() if e.kind != "bubble"]
    assert messages == [
        "Run started: pre-run checks",
        "Door closed",
        "Vacuum check passed",
        "Pre-run checks passed",
        "Sequencing started: 318 cycles",
        "Cycles done; post-run wash started",
        "Run complete",
    ]
    times = [e.t for e in sim.store.events()]
    assert times == sorted(times)
    status = sim.store.status
    assert status is not None and status.phase == "complete" and status.cycle == 318


def test_status_tracks_the_cycle() -> None:
    sim = run(2)
    status = sim.store.status
    assert status is not None
    assert status.cycle == RunPlan().cycle_at(2 * HOUR)
    assert status.phase in {"chemistry", "imaging"}


@pytest.mark.parametrize(
    ("scenario", "channel", "direction"),
    [
        ("chiller-drift", "chiller_temperature", +1),
        ("laser-decay", "laser_red_power", -1),
        ("focus-drift", "focus_fwhm", +1),
        ("fluidics-clog", "pump_pressure", +1),
        ("fluidics-clog", "flow_rate", -1),
        ("leak-bubbles", "bubble_detections", +1),
        ("stage-following-error", "stage_x_error", +1),
        ("flow-cell-heater-failure", "flowcell_temperature", -1),
    ],
)
def test_fault_scenarios_bend_their_channel_after_onset_only(
    scenario: str, channel: str, direction: int
) -> None:
    healthy, faulty = run(10), run(10, scenario=scenario)
    onset = SCENARIOS[scenario].onset_s
    t, good = healthy.store.series(channel)
    _, bad = faulty.store.series(channel)
    before = t < onset
    np.testing.assert_array_equal(good[before], bad[before])
    late = t > onset + 6 * HOUR
    shift = np.nanmean(bad[late]) - np.nanmean(good[late])
    assert shift * direction > 0, f"{scenario}: {channel} moved {shift:+.3f}"
    assert abs(shift) > 3 * np.nanstd(good[late]) / np.sqrt(max(1, np.isfinite(good[late]).sum()))


def test_sensor_dropout_stops_samples_instead_of_freezing_them() -> None:
    sim = run(4, scenario="sensor-dropout")
    onset = SCENARIOS["sensor-dropout"].onset_s
    t, _ = sim.store.series("chiller_temperature")
    assert t[-1] == onset, "the last thermal sample is at the onset; none after"
    assert sim.store.series("laser_red_power")[0][-1] == 4 * HOUR


def test_noise_burst_is_noise_not_a_trend() -> None:
    healthy, noisy = run(8), run(8, scenario="noise-burst")
    _, good = healthy.store.series("chiller_temperature")
    _, bad = noisy.store.series("chiller_temperature")
    assert np.abs(bad - good).max() > 1.0
    assert abs(np.mean(bad) - np.mean(good)) < 0.05


def test_unknown_scenario_and_bad_speed_are_refused() -> None:
    with pytest.raises(ValueError, match="choose from: healthy"):
        Simulator(demo_store(), scenario="meltdown")
    with pytest.raises(ValueError, match="positive"):
        Simulator(demo_store(), speed=0)


def test_thread_follows_accelerated_time_and_stops_quickly() -> None:
    sim = Simulator(demo_store(), speed=3600.0, tick_s=0.02)
    sim.start()
    deadline = time.monotonic() + 5
    while sim.sim_time < 600 and time.monotonic() < deadline:
        time.sleep(0.02)
    assert sim.sim_time >= 600 and sim.running
    began = time.monotonic()
    assert sim.stop(timeout=2.0)
    assert time.monotonic() - began < 2.0
    assert not sim.running and sim.error is None


def test_a_failing_source_reports_its_error(monkeypatch: pytest.MonkeyPatch) -> None:
    sim = Simulator(demo_store(), speed=3600.0, tick_s=0.01)

    def broken(i0: int, i1: int) -> None:
        raise OSError("sensor bus unplugged")

    monkeypatch.setattr(sim, "_write_chunk", broken)
    sim.start()
    deadline = time.monotonic() + 5
    while sim.running and time.monotonic() < deadline:
        time.sleep(0.01)
    assert sim.error == "OSError: sensor bus unplugged"
    assert sim.stop()
