"""The telemetry store: bounded ring buffers of (time, value) per channel.

Sources append from their own threads; readers (the UI on a timer, payload building)
take consistent copies. Memory is fixed at construction: a full buffer overwrites its
oldest samples. ``revision`` grows with every write, so a reader can skip unchanged data.
Times are seconds since the source's start (``epoch``, a Unix time).
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

from proactive_gui.instrument.channels import Channel

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

    @property
    def capacity(self) -> int:
        return len(self._t)

    def __len__(self) -> int:
        return self._size

    def extend(self, times: FloatArray, values: FloatArray) -> None:
        n = len(times)
        cap = self.capacity
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

    def last(self) -> tuple[float, float] | None:
        if not self._size:
            return None
        i = (self._head - 1) % self.capacity
        return float(self._t[i]), float(self._v[i])

    def last_finite(self, block: int = 256) -> tuple[float, float] | None:
        """The newest sample whose value is a number (NaN means 'not measured now').

        Scans backwards block by block, so the usual case touches a few samples."""
        end = self._size
        while end > 0:
            start = max(0, end - block)
            # logical index k (0 = oldest) lives at (head - size + k) % capacity
            idx = (self._head - self._size + np.arange(start, end)) % self.capacity
            finite = np.flatnonzero(np.isfinite(self._v[idx]))
            if len(finite):
                i = idx[finite[-1]]
                return float(self._t[i]), float(self._v[i])
            end = start
        return None


@dataclass(frozen=True)
class OperationalEvent:
    """Something that happened on the instrument: a door opened, a check passed.

    ``template`` is English, marked for translation (context ``Event``); the UI
    translates it and fills in ``args``."""

    t: float
    kind: str
    template: str
    args: Mapping[str, object] = field(default_factory=dict)

    @property
    def message(self) -> str:
        return self.template.format(**self.args)


@dataclass(frozen=True)
class InstrumentStatus:
    """Where the instrument is in its run."""

    phase: str
    cycle: int
    total_cycles: int
    sim_time: float


class TelemetryStore:
    """Thread-safe, bounded store of samples per channel, events and status."""

    def __init__(
        self,
        channels: Iterable[Channel],
        capacity: int,
        epoch: float = 0.0,
        max_events: int = 10_000,
    ) -> None:
        self.channels = tuple(channels)
        self.epoch = epoch
        self._buffers = {channel.id: RingBuffer(capacity) for channel in self.channels}
        self._events: deque[OperationalEvent] = deque(maxlen=max_events)
        self._status: InstrumentStatus | None = None
        self._lock = threading.Lock()
        self._revision = 0
        self._clock = 0.0

    @property
    def revision(self) -> int:
        return self._revision

    @property
    def clock(self) -> float:
        """The source's current time: samples up to here have been written."""
        return self._clock

    def write(
        self,
        samples: Mapping[str, tuple[FloatArray, FloatArray]],
        clock: float,
        events: Iterable[OperationalEvent] = (),
        status: InstrumentStatus | None = None,
    ) -> None:
        """Append one batch from a source, atomically for readers."""
        with self._lock:
            for channel_id, (times, values) in samples.items():
                if len(times) != len(values):
                    raise ValueError(f"{channel_id}: {len(times)} times for {len(values)} values")
                if len(times):
                    self._buffers[channel_id].extend(times, values)
            self._events.extend(events)
            if status is not None:
                self._status = status
            self._clock = max(self._clock, clock)
            self._revision += 1

    def series(self, channel_id: str, since: float | None = None) -> tuple[FloatArray, FloatArray]:
        """Copies of a channel's samples, all of them or those at or after ``since``."""
        with self._lock:
            buffer = self._buffers[channel_id]
            return buffer.arrays() if since is None else buffer.since(since)

    def latest(self, channel_id: str) -> tuple[float, float] | None:
        """The newest measured (finite) sample of a channel."""
        with self._lock:
            return self._buffers[channel_id].last_finite()

    def sample_count(self, channel_id: str) -> int:
        with self._lock:
            return len(self._buffers[channel_id])

    def events(self) -> list[OperationalEvent]:
        with self._lock:
            return list(self._events)

    @property
    def status(self) -> InstrumentStatus | None:
        return self._status
