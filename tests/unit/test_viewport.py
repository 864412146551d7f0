from __future__ import annotations

from itertools import pairwise

import pytest

from proactive_gui.instrument.viewport import steady_range, time_window


@pytest.mark.parametrize("window_s", [600.0, 3600.0, None])
def test_the_time_window_holds_now_and_moves_in_steps(window_s: float | None) -> None:
    windows = [time_window(now, window_s) for now in range(7200, 7200 + 3601)]
    for now, (left, right) in zip(range(7200, 7200 + 3601), windows, strict=True):
        assert left < now < right
        if window_s is not None:
            assert right - left == pytest.approx(window_s)
            assert right - now <= window_s / 60  # the newest sample is near the right edge
        else:
            assert left == 0.0 and right - now <= now / 40
    moves = sum(a != b for a, b in pairwise(windows))
    assert moves == {600.0: 360, 3600.0: 60, None: 30}[window_s]


def test_the_value_range_stays_while_the_data_fits_it() -> None:
    first = steady_range(None, 10.0, 20.0)
    assert first[0] < 10.0 and first[1] > 20.0
    assert steady_range(first, 11.0, 19.5) == first  # noise inside: the axis stays
    wider = steady_range(first, 9.0, 20.0)  # data leaves the range: refit
    assert wider != first and wider[0] < 9.0
    narrow = steady_range(wider, 14.0, 15.0)  # data fills a small part: refit
    assert narrow[1] - narrow[0] < 2.0


def test_a_flat_signal_gets_a_small_band_around_its_value() -> None:
    low, high = steady_range(None, 37.0, 37.0)
    assert low < 37.0 < high and high - low < 2.0
    low, high = steady_range(None, 0.0, 0.0)
    assert low < 0.0 < high
