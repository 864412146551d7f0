from __future__ import annotations

import numpy as np

from proactive_gui.instrument.timeline import Phase, RunPlan


def test_phases_follow_the_run_plan() -> None:
    plan = RunPlan(pre_run_s=100, cycles=3, chemistry_s=10, imaging_s=5, wash_s=20)
    t = np.array([0, 99, 100, 109, 110, 114, 115, 144, 145, 164, 165, 1000], dtype=float)
    phase, cycle, since = plan.phase_at(t)
    assert [Phase(p).name for p in phase] == [
        "PRE_RUN_CHECKS",
        "PRE_RUN_CHECKS",
        "CHEMISTRY",
        "CHEMISTRY",
        "IMAGING",
        "IMAGING",
        "CHEMISTRY",
        "IMAGING",
        "POST_RUN_WASH",
        "POST_RUN_WASH",
        "COMPLETE",
        "COMPLETE",
    ]
    assert cycle.tolist() == [0, 0, 1, 1, 1, 1, 2, 3, 0, 0, 0, 0]
    assert since.tolist()[:8] == [0, 99, 0, 9, 0, 4, 0, 4]
    assert plan.duration_s == 165
    assert [plan.cycle_at(x) for x in (0, 100, 115, 144, 500)] == [0, 1, 2, 3, 3]


def test_default_plan_is_a_day_long_318_cycle_run() -> None:
    plan = RunPlan()
    assert plan.cycles == 318
    assert 20 * 3600 < plan.duration_s < 30 * 3600
