from __future__ import annotations

import numpy as np
import pytest

from proactive_gui.ui.traces import finite_runs

nan = np.nan


@pytest.mark.parametrize(
    ("values", "runs"),
    [
        ([], []),
        ([1.0, 2.0, 3.0], [(0, 3)]),
        ([nan, nan], []),
        ([1.0, nan, 2.0, 3.0, nan], [(0, 1), (2, 4)]),
        ([nan, 1.0, 2.0], [(1, 3)]),
    ],
)
def test_curves_break_at_unmeasured_samples(
    values: list[float], runs: list[tuple[int, int]]
) -> None:
    assert finite_runs(np.array(values, dtype=float)) == runs
