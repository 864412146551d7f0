"""Health of the real instrument from its run folder: states from real data, no false
alarms on the shared real runs, and each fault written into a copy of a real run found
with its subsystem, channel and place (lane, tiles, cycles)."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from proactive_gui.health.evaluate import Finding, State
from proactive_gui.health.snapshot import HealthSnapshot, health_json, run_folder_health
from proactive_gui.instrument.channels import Subsystem
from proactive_gui.instrument.runfolder import COMPLETE, STALLED, RunFolderSource
from proactive_gui.instrument.telemetry import TelemetryStore
from proactive_gui.runs.folder import load_run_folder
from proactive_gui.runs.isolation import close_shared_worker
from tests import interop_records as records
from tests.conftest import subprocess_env
from tests.runfolders import ALL_RUNS, copy_run, run_path

MISEQ = "MiSeq_210505_M01101_0075_000000000-JDP9R"  # four channels, 318 cycles, 1 lane
NEXTSEQ = "NextSeq2000_220112_VH00559_4_AAANY2JM5"  # two channels (blue, green)
NOVASEQ = "NovaSeq6000_200624_A00834_0183_BHMTFYDRXX"  # two lanes, 312 tiles


@pytest.fixture(autouse=True)
def _worker() -> Iterator[None]:
    yield
    close_shared_worker()


def health_of(folder: Path) -> HealthSnapshot:
    return run_folder_health(load_run_folder(folder))


def found(snapshot: HealthSnapshot, subsystem: Subsystem, channel: str) -> list[Finding]:
    return [
        f for f in snapshot.report.findings if f.subsystem is subsystem and f.channel == channel
    ]


@pytest.mark.parametrize("name", ALL_RUNS)
def test_real_runs_have_states_from_real_data_and_no_false_alarm(name: str) -> None:
    snapshot = health_of(run_path(name))
    states = {s: h.state for s, h in snapshot.report.subsystems.items()}
    assert states[Subsystem.THERMAL] is State.NOT_MEASURED  # a run folder has no temperatures
    for subsystem in (Subsystem.OPTICAL, Subsystem.MECHANICAL, Subsystem.FLUIDICS):
        assert states[subsystem] is State.OK, (subsystem, snapshot.report.findings)
    assert snapshot.report.findings == ()
    measured = [c for c in snapshot.store.channels if snapshot.store.latest(c.id) is not None]
    assert len(measured) >= 8
    assert not any(c.subsystem is Subsystem.THERMAL for c in snapshot.store.channels)


def test_channels_carry_the_runs_own_chemistry_names() -> None:
    miseq = health_of(run_path(MISEQ)).store.channels
    nextseq = health_of(run_path(NEXTSEQ)).store.channels
    assert {c.chemistry for c in miseq if c.id.startswith("intensity_")} == set("ACGT")
    assert {c.chemistry for c in nextseq if c.id.startswith("intensity_")} == {"green", "blue"}
    assert not any("laser" in c.id or "Red laser" in c.text for c in nextseq)


def test_optics_decay_in_one_channel_is_found_in_that_channel(tmp_path: Path) -> None:
    run = copy_run(NEXTSEQ, tmp_path)
    # channel 1 (blue) loses intensity steadily from cycle 200 of read 4 on
    records.scale_intensity(
        run,
        1,
        lambda lane, tile, cycle: np.where(
            cycle > 200, np.maximum(0.15, 1 - (cycle - 200) / 60), 1.0
        ),
    )
    snapshot = health_of(run)
    faults = found(snapshot, Subsystem.OPTICAL, "intensity_blue")
    assert faults and faults[0].state is State.FAILURE
    assert faults[0].cycles is not None and 200 < faults[0].cycles[0] < 260
    assert not found(snapshot, Subsystem.OPTICAL, "intensity_green")
    assert snapshot.report.subsystems[Subsystem.OPTICAL].state is State.FAILURE


def test_a_bubble_on_two_neighbouring_tiles_is_found_with_its_place(tmp_path: Path) -> None:
    run = copy_run(MISEQ, tmp_path)
    bubble = (1105, 1106)
    records.scale_intensity_all_channels(
        run,
        lambda lane, tile, cycle: np.where(
            np.isin(tile, bubble) & (cycle >= 40) & (cycle <= 43), 0.4, 1.0
        ),
    )
    snapshot = health_of(run)
    faults = found(snapshot, Subsystem.FLUIDICS, "local_intensity_loss")
    assert len(faults) == 1
    assert faults[0].lane == 1 and faults[0].tiles == bubble and faults[0].cycles == (40, 43)
    assert faults[0].state is State.FAILURE  # 60 % lost
    assert snapshot.report.subsystems[Subsystem.OPTICAL].state is State.OK  # not the optics


def test_focus_drift_is_found_and_forecast_before_it_fails(tmp_path: Path) -> None:
    source = copy_run(MISEQ, tmp_path / "whole")
    records.shift_focus(
        source, lambda lane, tile, cycle: np.where(cycle > 100, 0.006 * (cycle - 100), 0.0)
    )
    drifted = health_of(source)
    faults = found(drifted, Subsystem.OPTICAL, "focus_a")
    assert faults and faults[0].state is State.FAILURE
    early = tmp_path / "early"  # the same run, while it is at cycle 200: not failed yet
    records.truncate_folder_to_cycle(source, early, 200)
    snapshot = health_of(early)
    health = snapshot.report.channels["focus_a"]
    assert health.state in (State.OK, State.WARNING)
    assert health.failure_at_cycle is not None and 200 < health.failure_at_cycle <= 318
    optical = snapshot.report.subsystems[Subsystem.OPTICAL]
    assert optical.failure_at_cycle is not None


def test_a_lane_with_low_pf_and_density_is_named(tmp_path: Path) -> None:
    run = copy_run(NOVASEQ, tmp_path)
    records.set_lane_tile_metrics(run, lane=2, pf_factor=0.6, density_factor=0.5)
    snapshot = health_of(run)
    lane_faults = [f for f in snapshot.report.findings if f.lane is not None]
    assert {(f.channel, f.lane) for f in lane_faults} == {("percent_pf", 2), ("density", 2)}
    assert all(f.subsystem is Subsystem.FLUIDICS for f in lane_faults)
    assert snapshot.report.subsystems[Subsystem.FLUIDICS].state is State.FAILURE


def test_rising_phasing_is_found(tmp_path: Path) -> None:
    run = copy_run("MiSeq_140211_M00612_0148_000000000-A7M8N", tmp_path)
    records.add_phasing(run, lambda lane, tile, read: np.full(np.shape(tile), 0.8))
    snapshot = health_of(run)
    faults = found(snapshot, Subsystem.FLUIDICS, "phasing")
    assert faults and faults[0].state is State.FAILURE
    assert "Phasing" in faults[0].message and "limit" in faults[0].message


def test_a_run_being_written_updates_the_store_cycle_by_cycle(tmp_path: Path) -> None:
    source = run_path("MiSeq_140211_M00612_0148_000000000-A7M8N")
    growing = tmp_path / "run"
    store = TelemetryStore((), 1, axis="cycle")
    feed = RunFolderSource(store)
    seen = []
    for last in (10, 30, 56):
        records.truncate_folder_to_cycle(source, growing, last)
        data = feed.apply(load_run_folder(growing))
        assert data is not None
        seen.append((data.status.phase, store.sample_count("intensity_a"), store.layout))
    # the copy's cycles carry their 2014 time stamps: a run with no new cycle for over
    # 2 hours has stalled (while it is sequencing, the newest cycle waits a poll)
    # (a run with every planned cycle written is complete)
    assert seen == [(STALLED, 10, 1), (STALLED, 30, 1), (COMPLETE, 56, 1)]
    another = tmp_path / "another"  # a new run starts the store afresh
    records.truncate_folder_to_cycle(run_path(NOVASEQ), another, 20)
    data = feed.apply(load_run_folder(another))
    # (no cycle times in this folder, so it is sequencing: its newest cycle waits a poll)
    assert data is not None and store.layout == 2 and store.sample_count("intensity_red") == 19


def test_health_command_json_for_scripts(tmp_path: Path) -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "proactive_gui",
            "health",
            "--run-folder",
            str(run_path(NOVASEQ)),
            "--json",
        ],
        capture_output=True,
        text=True,
        env=subprocess_env(tmp_path),
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    assert document["source"] == "run_folder"
    assert document["instrument"] == {"model": "NovaSeq 6000", "serial": "A00834"}
    assert set(document["subsystems"]) == {"optical", "mechanical", "thermal", "fluidics"}
    assert document["subsystems"]["thermal"] == {"state": "not_measured", "channels": []}
    channel = document["subsystems"]["fluidics"]["channels"][0]
    assert {"id", "label", "unit", "latest", "warning", "failure"} <= set(channel)
    assert document["findings"] == []


def test_health_command_says_why_it_cannot_read_a_folder(tmp_path: Path) -> None:
    empty = tmp_path / "not-a-run"
    empty.mkdir()
    result = subprocess.run(
        [sys.executable, "-m", "proactive_gui", "health", "--run-folder", str(empty)],
        capture_output=True,
        text=True,
        env=subprocess_env(tmp_path),
        timeout=60,
    )
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1 and "RunInfo.xml" in result.stderr


def test_health_json_of_the_demo_says_it_is_the_demo() -> None:
    from proactive_gui.launch import LaunchOptions, health_now

    snapshot = health_now(LaunchOptions(demo=True, at_hours=0.5))
    assert snapshot is not None
    document = health_json(snapshot)
    assert document["source"] == "demo"
    assert document["instrument"]["serial"] == "DEMO-0001"
