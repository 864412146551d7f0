from __future__ import annotations

import pytest

from proactive_gui.instrument.simulator import Simulator, demo_store
from proactive_gui.payload.cadence import ENDED, RUNNING, Cadence, RunState
from proactive_gui.payload.service import PayloadService
from proactive_gui.settings import SettingError, spec_for


def test_a_run_gets_a_start_payload_health_on_the_interval_and_an_end_payload() -> None:
    cadence = Cadence(interval_s=3600)
    run = RunState("210505_M01101_0075", RUNNING)
    seen = [(t, cadence.due(run, t)) for t in range(0, 3 * 3600 + 1, 600)]
    due = [(t, kinds) for t, kinds in seen if kinds]
    assert due == [(0, ["run_start"]), (3600, ["health"]), (7200, ["health"]), (10800, ["health"])]
    assert cadence.due(RunState(run.run_id, ENDED), 11000) == ["run_end"]
    assert cadence.due(RunState(run.run_id, ENDED), 15000) == []  # once
    assert cadence.due(RunState("next_run", RUNNING), 16000) == ["run_start"]


def test_no_source_and_a_run_first_seen_ended_seal_nothing() -> None:
    cadence = Cadence(interval_s=600)
    assert cadence.due(None, 0) == []
    assert cadence.due(RunState("old", ENDED), 10) == []
    assert cadence.due(RunState("old", ENDED), 10_000) == []


def test_the_service_seals_on_the_cadence_of_the_demo_run() -> None:
    store = demo_store(epoch=0.0)
    simulator = Simulator(store)
    now = [0.0]
    service = PayloadService(
        store, None, lambda: None, interval_s=600, clock=lambda: now[0], opted_in=lambda: True
    )
    simulator.advance_to(600)
    assert [p.kind for p in service.tick()] == ["run_start"]
    now[0] = 300
    assert service.tick() == []
    now[0] = 601
    assert [p.kind for p in service.tick()] == ["health"]
    simulator.advance_to(40 * 3600)  # the demo run is over
    assert [p.kind for p in service.tick()] == ["run_end"]
    assert [p.kind for p in service.sealed] == ["run_start", "health", "run_end"]


@pytest.mark.parametrize("raw", ["4", "1441", "ten", ""])
def test_the_interval_setting_is_checked(raw: str) -> None:
    with pytest.raises(SettingError):
        spec_for("health_interval_min").parse(raw)


def test_nothing_is_sealed_on_the_cadence_while_sending_is_off() -> None:
    store = demo_store(epoch=0.0)
    Simulator(store).advance_to(600)
    sending = [False]
    service = PayloadService(
        store, None, lambda: None, interval_s=600, clock=lambda: 0.0, opted_in=lambda: sending[0]
    )
    assert service.tick() == [] and service.sealed == []  # the run start passes unsealed
    sending[0] = True
    assert service.tick() == []  # no backlog when sending is turned on
