"""The telemetry store: bounded ring buffers of (time, value) per channel.

Sources append from their own threads; readers (the UI on a timer, payload building)
take consistent copies. Memory is fixed at construction: a full buffer overwrites its
oldest samples. ``revision`` grows with every write, so a reader can skip unchanged data.
Times are seconds since the source's start (``epoch``, a Unix time), or, for a source
whose ``axis`` is ``"cycle"`` (a run folder), cycle numbers. A source may ``redeclare``
its channels (a new run with other chemistry channels); ``layout`` counts those, so
views know when to rebuild what they built per channel.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

import numpy as np

from proactive_gui.instrument.channels import Channel
from proactive_gui.instrument.columns import PixelColumns
from proactive_gui.instrument.pyramid import FACTOR, LEVELS, MinMaxPyramid
from proactive_gui.instrument.ring import FloatArray, RingBuffer

__all__ = ["FloatArray", "InstrumentStatus", "OperationalEvent", "RingBuffer", "TelemetryStore"]


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
    last_cycle_at: float | None = None  # Unix time of the newest cycle (run folders)
    source: str = "demo"  # "demo" or "run_folder"


class TelemetryStore:
    """Thread-safe, bounded store of samples per channel, events and status."""

    def __init__(
        self,
        channels: Iterable[Channel],
        capacity: int,
        epoch: float = 0.0,
        max_events: int = 10_000,
        axis: str = "time",
    ) -> None:
        self._lock = threading.Lock()
        self._revision = 0
        self.layout = 0
        self._max_events = max_events
        self._declare(tuple(channels), capacity, epoch, axis)

    def _declare(
        self, channels: tuple[Channel, ...], capacity: int, epoch: float, axis: str
    ) -> None:
        self.channels = channels
        self.capacity = capacity
        self.epoch = epoch
        self.axis = axis
        self._by_id = {channel.id: channel for channel in channels}
        self._buffers = {channel.id: RingBuffer(capacity) for channel in channels}
        self._pyramids = {channel.id: MinMaxPyramid(capacity) for channel in channels}
        self._events: deque[OperationalEvent] = deque(maxlen=self._max_events)
        self._status: InstrumentStatus | None = None
        self._clock = 0.0

    def redeclare(
        self, channels: Iterable[Channel], capacity: int, epoch: float, axis: str = "time"
    ) -> None:
        """Start afresh with other channels: every sample, event and status is dropped."""
        with self._lock:
            self._declare(tuple(channels), capacity, epoch, axis)
            self.layout += 1
            self._revision += 1

    @property
    def source(self) -> str:
        """ "run_folder" for a store on the cycle axis (the real instrument), else "demo"."""
        return "run_folder" if self.axis == "cycle" else "demo"

    def channel(self, channel_id: str) -> Channel | None:
        return self._by_id.get(channel_id)

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
                    self._pyramids[channel_id].extend(times, values)
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

    def fold_into(self, channel_id: str, columns: PixelColumns) -> None:
        """Bring ``columns`` up to date with the channel: new samples only, or on first
        use the coarsest min/max level whose blocks fit in a column, then raw samples."""
        with self._lock:
            buffer = self._buffers[channel_id]
            after = columns.seen_until
            if after is None:
                per_column = buffer.count_since(columns.left) / columns.columns
                level = next(
                    (k for k in reversed(range(LEVELS)) if FACTOR ** (k + 1) <= per_column), None
                )
                if level is not None:
                    t, v = self._pyramids[channel_id].window(level, columns.left)
                    # a block straddling ``left`` counts in the first column, extremes whole
                    columns.add(np.maximum(t, columns.left), v)
                    after = columns.seen_until
            start = columns.left if after is None else float(np.nextafter(after, np.inf))
            columns.add(*buffer.since(start))

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
