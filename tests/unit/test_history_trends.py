"""Trends across runs, from series of copies of the real NextSeq 2000 run: one whose blue
intensity falls run after run, a healthy one with scatter, and runs of another kit on
the same instrument, all read into the history with the app's own reader."""

from __future__ import annotations

import math
from datetime import datetime, timedelta

import pytest

from proactive_gui.history.limits import BUILT_IN, service_limits
from proactive_gui.history.records import RunRecord
from proactive_gui.history.scan import scan
from proactive_gui.history.store import HistoryStore
from proactive_gui.history.trends import MIN_RUNS, forecasts, series_of, service_due, trends
from proactive_gui.runs.isolation import InteropWorker
from tests.history_runs import NEXTSEQ, copy_as_run, scale_channel

BLUE = 1  # ExtractionMetricsOut's second channel (the run's chemistry: green, blue)
START = datetime(2026, 1, 5, 8, 0)
DECAY = [1 - 0.025 * k for k in range(10)]  # the failing instrument: -2.5 % of run 0 a run
SCATTER = [1 + d / 100 for d in (0, 1.5, -1, 2, -2, 0.5, -1.5, 1, -0.5, 2)]  # healthy
OTHER_KIT = ("20046811", "NextSeq 1000/2000 P2 Reagent Cartridge (200 Cycles)")


@pytest.fixture(scope="module")
def history(tmp_path_factory: pytest.TempPathFactory) -> list[RunRecord]:
    root = tmp_path_factory.mktemp("runs")
    for k, factor in enumerate(DECAY):
        run = copy_as_run(NEXTSEQ, root / "VH00559", 10 + k, START + timedelta(days=3 * k))
        scale_channel(run, BLUE, factor)
    for k, factor in enumerate(SCATTER):
        run = copy_as_run(
            NEXTSEQ, root / "VH00777", 10 + k, START + timedelta(days=2 * k), "VH00777"
        )
        scale_channel(run, BLUE, factor)
    for k in range(4):  # another kit, half as bright, between the failing one's runs
        started = START + timedelta(days=3 * k + 1)
        run = copy_as_run(NEXTSEQ, root / "VH00559", 50 + k, started, kit=OTHER_KIT)
        scale_channel(run, BLUE, 0.5)
    worker = InteropWorker()
    try:
        with HistoryStore(root / "history.sqlite") as store:
            result = scan(root, store, worker)
            assert (result.read, result.damaged) == (24, 0)
            return store.runs()
    finally:
        worker.close()


def test_each_run_keeps_its_identity_and_per_channel_health(history: list[RunRecord]) -> None:
    run = next(r for r in history if r.run_id.startswith("260105_VH00559_0010"))
    assert (run.serial, run.model, run.state) == ("VH00559", "NextSeq 2000", "complete")
    assert run.read_structure == "151+8i+8i+151" and run.read_lengths == (151, 151)
    assert (run.cycles_planned, run.cycles_done) == (318, 318)
    assert run.chemistry == ("green", "blue")
    assert run.kit == "20049920 NextSeq 1000/2000 P1 Reagent Cartridge (338 Cycles)"
    assert run.started == "2026-01-05T08:00:00Z" and run.completed == "2026-01-06T04:00:00Z"
    assert run.software["control_software_version"] == "1.4.1.39716"
    assert {c["kind"] for c in run.consumables} == {"Flow cell", "Reagent cartridge"}
    blue = run.channel("intensity_blue")
    assert blue is not None and blue.state == "ok" and blue.cycles == 318
    assert blue.first and blue.median and blue.spread is not None and blue.decay_pct is not None
    assert not run.findings  # a healthy real run


def test_the_falling_intensity_is_stored_run_after_run(history: list[RunRecord]) -> None:
    falling = [r for r in history if r.serial == "VH00559" and "P1" in r.kit]
    firsts = [r.channel("intensity_blue").first for r in falling]  # type: ignore[union-attr]
    ratios = [f / firsts[0] for f in firsts]  # type: ignore[operator]
    assert ratios == pytest.approx(DECAY, abs=0.005)
    greens = {r.channel("intensity_green").first for r in falling}  # type: ignore[union-attr]
    assert len(greens) == 1  # the other channel did not move
    assert all(r.channel("intensity_blue").state == "ok" for r in falling)  # type: ignore[union-attr]


def test_a_falling_series_gives_the_forecast_the_decay_implies(history: list[RunRecord]) -> None:
    found = forecasts(trends(history))
    assert [(t.series.serial, t.channel) for t in found] == [("VH00559", "intensity_blue")]
    (trend,) = found
    limit = next(x for x in service_limits("NextSeq1k2k") if x.applies_to("intensity_blue"))
    # expected from the factors alone: % of the first three runs' median, linear in k
    reference = sorted(DECAY[:3])[1]
    last, slope = 100 * DECAY[-1] / reference, 100 * (DECAY[1] - DECAY[0]) / reference
    runs = math.ceil((limit.low - last) / slope)  # type: ignore[operator]
    assert trend.runs == 10 and trend.runs_to_limit == runs == 4
    assert trend.days_to_limit == pytest.approx(3 * runs)
    assert trend.limit == 70 and trend.limit_origin == BUILT_IN and trend.limit_basis
    assert trend.change_pct == pytest.approx(100 * (DECAY[-1] / DECAY[0] - 1), abs=1.0)
    assert trend.message == (
        "Optical: first-cycle intensity (blue) down 22 % over 10 runs; at this rate it "
        "reaches the service limit in about 4 run(s) (about 12 day(s))"
    )
    assert service_due(found) == [trend.message]
    assert service_due(found, within_runs=3) == []


def test_a_healthy_series_with_scatter_gives_no_forecast(history: list[RunRecord]) -> None:
    healthy = [r for r in history if r.serial == "VH00777"]
    found = trends(healthy)
    blue = next(t for t in found if t.channel == "intensity_blue")
    assert blue.runs == 10 and not blue.significant
    assert forecasts(found) == []


def test_runs_of_another_kit_are_not_mixed_in(history: list[RunRecord]) -> None:
    groups = series_of(r for r in history if r.serial == "VH00559")
    assert sorted(len(members) for members in groups.values()) == [4, 10]
    other = next(
        t for t in trends(history) if "P2" in t.series.kit and t.channel == "intensity_blue"
    )
    assert (
        other.runs == 4 < MIN_RUNS and other.slope_per_run is None and other.runs_to_limit is None
    )
