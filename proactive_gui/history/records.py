"""What the history keeps of one run: its identity, consumables and versions, and a health
summary per channel, as plain dataclasses that go to and from JSON."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

# A run's state in the history: the loader's (running, complete, stopped), or damaged
# when its RunInfo.xml cannot be used (the reason is kept).
RUNNING, COMPLETE, STOPPED, DAMAGED = "running", "complete", "stopped", "damaged"


@dataclass(frozen=True)
class ChannelSummary:
    """One channel over one run. ``first`` is the median of the first cycles of the first
    sequencing read; ``decay_pct`` the change from those to the read's last cycles, in %
    (``decay_per_100_cycles`` the same per 100 cycles, comparable across read lengths);
    ``median`` and ``spread`` (1.4826 × MAD) over every measured cycle."""

    channel: str
    subsystem: str
    label: str
    unit: str
    state: str
    first: float | None
    decay_pct: float | None
    decay_per_100_cycles: float | None
    median: float | None
    spread: float | None
    cycles: int  # cycles with a value

    def value(self, measure: str) -> float | None:
        found = getattr(self, measure, None)
        return found if isinstance(found, float) else None


@dataclass(frozen=True)
class RunFinding:
    subsystem: str
    state: str
    channel: str
    message: str


@dataclass(frozen=True)
class RunRecord:
    """One run folder as last read. ``key`` identifies the run (its run id, or the folder
    when no run id could be read); ``signature`` is the state of its files then."""

    key: str
    folder: str
    signature: str
    scanned_at: float
    state: str
    run_id: str = ""
    serial: str = ""
    model: str = ""
    family: str = ""
    started: str | None = None  # ISO date or date and time
    completed: str | None = None  # ISO date and time (the completion marker's time)
    cycles_planned: int = 0
    cycles_done: int = 0
    read_structure: str = ""
    read_lengths: tuple[int, ...] = ()  # cycles of each sequencing (non-index) read
    chemistry: tuple[str, ...] = ()  # the image channels (green, blue; A, C, G, T)
    kit: str = ""  # the reagent kit or cartridge (part number and mode, as the run names it)
    flowcell: str = ""
    consumables: tuple[dict[str, str], ...] = ()
    software: dict[str, str] = field(default_factory=dict)
    channels: tuple[ChannelSummary, ...] = ()
    findings: tuple[RunFinding, ...] = ()
    problems: tuple[str, ...] = ()  # what could not be read (the rest was)
    damaged: str = ""  # why the folder could not be read as a run at all
    gone: bool = False  # the folder is no longer on the disk

    def channel(self, channel_id: str) -> ChannelSummary | None:
        return next((c for c in self.channels if c.channel == channel_id), None)

    def as_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> RunRecord:
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        known["channels"] = tuple(ChannelSummary(**c) for c in data.get("channels", ()))
        known["findings"] = tuple(RunFinding(**f) for f in data.get("findings", ()))
        known["consumables"] = tuple(dict(c) for c in data.get("consumables", ()))
        for name in ("read_lengths", "chemistry", "problems"):
            known[name] = tuple(data.get(name, ()))
        return cls(**known)
