"""A fixed-capacity ring of (time, value) samples in two numpy arrays."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

FloatArray = npt.NDArray[np.float64]


class RingBuffer:
    """A fixed-capacity FIFO of (t, value) pairs held in two numpy arrays."""

    def __init__(self, capacity: int) -> None:
        if capacity < 1:
            raise ValueError("capacity must be at least 1")
        self._t = np.empty(capacity, dtype=np.float64)
        self._v = np.empty(capacity, dtype=np.float64)
        self._head = 0  # next write position
        self._size = 0
        self._written = 0  # samples ever written
        self._last_good: tuple[int, float, float] | None = None  # (written index, t, value)

    @property
    def capacity(self) -> int:
        return len(self._t)

    def __len__(self) -> int:
        return self._size

    def extend(self, times: FloatArray, values: FloatArray) -> None:
        n = len(times)
        cap = self.capacity
        measured = np.flatnonzero(np.isfinite(values))
        if len(measured):  # the newest measured sample, kept as it arrives
            k = int(measured[-1])
            self._last_good = (self._written + k, float(times[k]), float(values[k]))
        self._written += n
        if n >= cap:
            self._t[:] = times[-cap:]
            self._v[:] = values[-cap:]
            self._head, self._size = 0, cap
            return
        first = min(n, cap - self._head)
        self._t[self._head : self._head + first] = times[:first]
        self._v[self._head : self._head + first] = values[:first]
        rest = n - first
        if rest:
            self._t[:rest] = times[first:]
            self._v[:rest] = values[first:]
        self._head = (self._head + n) % cap
        self._size = min(cap, self._size + n)

    def arrays(self) -> tuple[FloatArray, FloatArray]:
        """Copies of the stored times and values, oldest first."""
        if self._size < self.capacity:
            return self._t[: self._size].copy(), self._v[: self._size].copy()
        order = np.r_[self._head : self.capacity, 0 : self._head]
        return self._t[order], self._v[order]

    def since(self, t0: float) -> tuple[FloatArray, FloatArray]:
        """Copies of the samples with time >= ``t0``, oldest first (times only grow)."""
        if self._size < self.capacity:
            start = int(np.searchsorted(self._t[: self._size], t0))
            return self._t[start : self._size].copy(), self._v[start : self._size].copy()
        older_t, newer_t = self._t[self._head :], self._t[: self._head]
        if len(newer_t) and newer_t[0] <= t0:
            start = int(np.searchsorted(newer_t, t0))
            return newer_t[start:].copy(), self._v[start : self._head].copy()
        start = int(np.searchsorted(older_t, t0))
        return (
            np.concatenate((older_t[start:], newer_t)),
            np.concatenate((self._v[self._head + start :], self._v[: self._head])),
        )

    def count_since(self, t0: float) -> int:
        """How many samples have time >= ``t0`` (no copy)."""
        if self._size < self.capacity:
            return self._size - int(np.searchsorted(self._t[: self._size], t0))
        older_t, newer_t = self._t[self._head :], self._t[: self._head]
        if len(newer_t) and newer_t[0] <= t0:
            return len(newer_t) - int(np.searchsorted(newer_t, t0))
        return len(older_t) - int(np.searchsorted(older_t, t0)) + len(newer_t)

    def last(self) -> tuple[float, float] | None:
        if not self._size:
            return None
        i = (self._head - 1) % self.capacity
        return float(self._t[i]), float(self._v[i])

    def last_finite(self) -> tuple[float, float] | None:
        """The newest sample whose value is a number (NaN means 'not measured now'),
        while it is still stored: O(1), however long the channel has read nothing."""
        good = self._last_good
        if good is None or self._written - good[0] > self._size:
            return None  # never measured, or overwritten since
        return good[1], good[2]
