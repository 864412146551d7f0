"""A sequencing run's timeline: pre-run checks, cycles of chemistry and imaging,
post-run wash. Vectorised so that a simulator can ask about many instants at once."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum

import numpy as np
import numpy.typing as npt

from proactive_gui.i18n import QT_TRANSLATE_NOOP


class Phase(IntEnum):
    PRE_RUN_CHECKS = 0
    CHEMISTRY = 1
    IMAGING = 2
    POST_RUN_WASH = 3
    COMPLETE = 4

    @property
    def label(self) -> str:
        return PHASE_LABELS[self]


PHASE_LABELS = {
    Phase.PRE_RUN_CHECKS: QT_TRANSLATE_NOOP("Phase", "Pre-run checks"),
    Phase.CHEMISTRY: QT_TRANSLATE_NOOP("Phase", "Chemistry"),
    Phase.IMAGING: QT_TRANSLATE_NOOP("Phase", "Imaging"),
    Phase.POST_RUN_WASH: QT_TRANSLATE_NOOP("Phase", "Post-run wash"),
    Phase.COMPLETE: QT_TRANSLATE_NOOP("Phase", "Run complete"),
}


@dataclass(frozen=True)
class RunPlan:
    """Durations of a run, in seconds. The default is a 2x151 + 8 + 8 run (318 cycles),
    about 25 hours, like a MiSeq v2 500-cycle kit."""

    pre_run_s: float = 900.0
    cycles: int = 318
    chemistry_s: float = 150.0
    imaging_s: float = 120.0
    wash_s: float = 1800.0

    @property
    def cycle_s(self) -> float:
        return self.chemistry_s + self.imaging_s

    @property
    def cycles_start(self) -> float:
        return self.pre_run_s

    @property
    def wash_start(self) -> float:
        return self.pre_run_s + self.cycles * self.cycle_s

    @property
    def duration_s(self) -> float:
        return self.wash_start + self.wash_s

    def phase_at(
        self, t: npt.NDArray[np.float64]
    ) -> tuple[npt.NDArray[np.int8], npt.NDArray[np.int32], npt.NDArray[np.float64]]:
        """For each instant: its phase, the cycle number (1-based, 0 outside cycles)
        and the seconds since that phase began."""
        t = np.asarray(t, dtype=np.float64)
        phase = np.full(t.shape, Phase.COMPLETE, dtype=np.int8)
        cycle = np.zeros(t.shape, dtype=np.int32)
        since = t - self.duration_s

        pre = t < self.pre_run_s
        phase[pre], since[pre] = Phase.PRE_RUN_CHECKS, t[pre]

        in_cycles = (t >= self.cycles_start) & (t < self.wash_start)
        offset = t[in_cycles] - self.cycles_start
        index = np.floor(offset / self.cycle_s)
        within = offset - index * self.cycle_s
        chem = within < self.chemistry_s
        phase[in_cycles] = np.where(chem, Phase.CHEMISTRY, Phase.IMAGING)
        since[in_cycles] = np.where(chem, within, within - self.chemistry_s)
        cycle[in_cycles] = index.astype(np.int32) + 1

        wash = (t >= self.wash_start) & (t < self.duration_s)
        phase[wash], since[wash] = Phase.POST_RUN_WASH, t[wash] - self.wash_start
        return phase, cycle, since

    def cycle_at(self, t: float) -> int:
        """Cycles completed or under way at ``t`` (0 before the first, ``cycles`` after)."""
        if t < self.cycles_start:
            return 0
        return int(min(self.cycles, (t - self.cycles_start) // self.cycle_s + 1))
