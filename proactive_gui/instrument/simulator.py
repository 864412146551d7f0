"""The demo instrument: a seeded simulator of the four subsystems over a run timeline.

It produces 1 Hz samples of simulated time, in vectorised chunks, into a
``TelemetryStore``. ``advance_to`` is synchronous (tests, snapshots); ``start`` runs it
in a background thread that follows the wall clock times ``speed``. The same seed gives
the same samples however the time is chunked.
"""

from __future__ import annotations

import logging
import math
import threading
import time
from typing import Any

import numpy as np
import numpy.typing as npt

from proactive_gui.background import RunsInBackground, StoppableThread
from proactive_gui.i18n import QT_TRANSLATE_NOOP
from proactive_gui.instrument.channels import DEMO_CHANNELS
from proactive_gui.instrument.scenarios import DROPPED, SCENARIOS, Scenario
from proactive_gui.instrument.telemetry import (
    FloatArray,
    InstrumentStatus,
    OperationalEvent,
    TelemetryStore,
)
from proactive_gui.instrument.timeline import Phase, RunPlan

log = logging.getLogger(__name__)

SAMPLE_PERIOD_S = 1.0
CHUNK_SAMPLES = 3600
DOOR_OPEN_S = 120.0  # the flow cell is loaded at the start of pre-run checks
VACUUM_CHECK = (300.0, 420.0)  # seconds into pre-run checks
PRIME = (180.0, 300.0)
FLOWCELL_TAU_S = 15.0
HISTORY_S = 49 * 3600  # a 48-hour run plus margin, at 1 Hz


def demo_store(epoch: float | None = None) -> TelemetryStore:
    """A store sized for a 48-hour demo run of every demo channel."""
    return TelemetryStore(
        DEMO_CHANNELS,
        capacity=int(HISTORY_S / SAMPLE_PERIOD_S),
        epoch=time.time() if epoch is None else epoch,
    )


class Simulator(RunsInBackground):
    """Seeded, scenario-driven telemetry for the demo instrument."""

    def __init__(
        self,
        store: TelemetryStore,
        plan: RunPlan | None = None,
        scenario: str | Scenario = "healthy",
        seed: int = 0,
        speed: float = 60.0,
        tick_s: float = 0.1,
    ) -> None:
        if isinstance(scenario, str):
            if scenario not in SCENARIOS:
                raise ValueError(
                    f"unknown scenario {scenario!r}; choose from: {', '.join(SCENARIOS)}"
                )
            scenario = SCENARIOS[scenario]
        if speed <= 0:
            raise ValueError("speed must be positive")
        self.store = store
        self.plan = plan or RunPlan()
        self.scenario = scenario
        self.seed = seed
        self.speed = speed
        self.tick_s = tick_s
        self._rngs = {
            channel.id: np.random.default_rng([seed, index])
            for index, channel in enumerate(store.channels)
        }
        self._scenario_rng = np.random.default_rng([seed, 1_000_003])
        self._next_index = 0
        self._flowcell_temp = 22.0
        self._prev_phase: int | None = None
        self._prev_door = 0.0
        self._advance_lock = threading.Lock()
        self._thread = StoppableThread("demo-simulator", self._run)
        self.error: str | None = None

    # ------------------------------------------------------------- time
    @property
    def sim_time(self) -> float:
        """Simulated seconds written so far."""
        return self._next_index * SAMPLE_PERIOD_S

    def advance_to(self, t_end: float) -> None:
        """Write every sample with time <= ``t_end`` not yet written."""
        with self._advance_lock:
            last = math.floor(t_end / SAMPLE_PERIOD_S)
            while self._next_index <= last:
                i1 = min(last + 1, self._next_index + CHUNK_SAMPLES)
                self._write_chunk(self._next_index, i1)
                self._next_index = i1

    # ------------------------------------------------------------- thread
    def _run(self, stop: threading.Event) -> None:
        wall0, sim0 = time.monotonic(), self.sim_time
        try:
            while not stop.wait(self.tick_s):
                self.advance_to(sim0 + (time.monotonic() - wall0) * self.speed)
        except Exception as exc:  # a broken source must not die in silence
            self.error = f"{type(exc).__name__}: {exc}"
            log.exception("demo simulator stopped")

    # ------------------------------------------------------------- model
    def _write_chunk(self, i0: int, i1: int) -> None:
        t = np.arange(i0, i1, dtype=np.float64) * SAMPLE_PERIOD_S
        phase, cycle, since = self.plan.phase_at(t)
        samples: dict[str, tuple[FloatArray, FloatArray]] = {}
        hours = np.clip((t - self.scenario.onset_s) / 3600.0, 0.0, None)
        for channel in self.store.channels:
            values: FloatArray = np.asarray(
                self._healthy(channel.id, t, phase, since, self._rngs[channel.id]), dtype=np.float64
            )
            if self.scenario.overlay is not None:
                values = self.scenario.overlay(channel.id, t, values, hours, self._scenario_rng)
            keep = values != DROPPED
            samples[channel.id] = (t[keep], values[keep])
        events = self._events(t, phase, cycle, since, samples)
        status = InstrumentStatus(
            phase=Phase(int(phase[-1])).name.lower(),
            cycle=int(cycle[-1]) if phase[-1] != Phase.COMPLETE else self.plan.cycles,
            total_cycles=self.plan.cycles,
            sim_time=float(t[-1]),
        )
        self.store.write(samples, clock=float(t[-1]), events=events, status=status)

    def _healthy(
        self,
        cid: str,
        t: FloatArray,
        phase: np.ndarray,
        since: FloatArray,
        rng: np.random.Generator,
    ) -> Any:  # numpy's where() is untyped; the caller makes it a float array
        n = len(t)
        noise = rng.normal(0.0, 1.0, n)  # always drawn: keeps the stream chunk-invariant
        imaging = phase == Phase.IMAGING
        pre = phase == Phase.PRE_RUN_CHECKS
        nan = np.full(n, np.nan)
        if cid == "laser_red_power":
            return np.where(imaging, 100.0 + 0.4 * noise, nan)
        if cid == "laser_green_power":
            return np.where(imaging, 95.0 + 0.4 * noise, nan)
        if cid == "focus_fwhm":
            return np.where(imaging, 2.6 + 0.04 * noise, nan)
        if cid == "camera_temperature":
            return 18.0 + 0.15 * imaging + 0.04 * noise
        if cid in {"stage_x_error", "stage_y_error"}:
            return np.where(imaging, np.abs(0.12 * noise), nan)
        if cid == "z_tracking_error":
            return np.where(imaging, np.abs(0.06 * noise), nan)
        if cid == "motor_current":
            return np.where(imaging, 0.9 + 0.03 * noise, 0.25 + 0.01 * noise)
        if cid == "door_closed":
            return np.where(pre & (since < DOOR_OPEN_S), 0.0, 1.0)
        if cid == "flowcell_setpoint":
            return self._setpoint(phase)
        if cid == "flowcell_temperature":
            return self._flowcell(self._setpoint(phase)) + 0.05 * noise
        if cid == "chiller_temperature":
            return 4.0 + 0.08 * np.sin(2 * np.pi * t / 1800.0) + 0.03 * noise
        if cid == "ambient_temperature":
            return 22.0 + 0.8 * np.sin(2 * np.pi * t / 86400.0) + 0.05 * noise
        pumping = self._pumping(phase, since)
        if cid == "pump_pressure":
            return np.where(pumping, 35.0 + 0.6 * noise, 1.0 + 0.2 * noise)
        if cid == "flow_rate":
            return np.where(pumping, 250.0 + 3.0 * noise, 0.0)
        if cid == "bubble_detections":
            # one rare bubble now and then while pumping, from the same normal draw
            return np.where(pumping & (noise > 4.2), 1.0, 0.0)
        if cid == "vacuum_pressure":
            checking = pre & (since >= VACUUM_CHECK[0]) & (since < VACUUM_CHECK[1])
            return np.where(checking, -62.0 + 0.5 * noise, nan)
        raise KeyError(f"the demo instrument has no channel {cid!r}")

    @staticmethod
    def _setpoint(phase: np.ndarray) -> FloatArray:
        return np.asarray(np.where(phase == Phase.CHEMISTRY, 60.0, 22.0), dtype=np.float64)

    @staticmethod
    def _pumping(phase: np.ndarray, since: FloatArray) -> npt.NDArray[np.bool_]:
        chem = (phase == Phase.CHEMISTRY) & (since < 90.0)
        wash = (phase == Phase.POST_RUN_WASH) & (np.mod(since, 120.0) < 80.0)
        prime = (phase == Phase.PRE_RUN_CHECKS) & (since >= PRIME[0]) & (since < PRIME[1])
        return np.asarray(chem | wash | prime, dtype=np.bool_)

    def _flowcell(self, setpoint: FloatArray) -> FloatArray:
        """First-order thermal response of the flow cell to its setpoint."""
        alpha = 1.0 - math.exp(-SAMPLE_PERIOD_S / FLOWCELL_TAU_S)
        out = np.empty_like(setpoint)
        temp = self._flowcell_temp
        for i, target in enumerate(setpoint.tolist()):
            temp += alpha * (target - temp)
            out[i] = temp
        self._flowcell_temp = temp
        return out

    def _events(
        self,
        t: FloatArray,
        phase: np.ndarray,
        cycle: np.ndarray,
        since: FloatArray,
        samples: dict[str, tuple[FloatArray, FloatArray]],
    ) -> list[OperationalEvent]:
        events: list[OperationalEvent] = []
        prev = np.concatenate(([-1 if self._prev_phase is None else self._prev_phase], phase[:-1]))
        for i in np.flatnonzero(phase != prev):
            events.extend(self._phase_events(float(t[i]), Phase(int(phase[i])), int(prev[i])))
        self._prev_phase = int(phase[-1])

        door_t, door = samples["door_closed"]
        door_prev = np.concatenate(([self._prev_door], door[:-1]))
        for i in np.flatnonzero(door != door_prev):
            opened = door[i] < 0.5
            events.append(
                OperationalEvent(
                    float(door_t[i]),
                    "door",
                    QT_TRANSLATE_NOOP("Event", "Door opened")
                    if opened
                    else QT_TRANSLATE_NOOP("Event", "Door closed"),
                )
            )
        if len(door):
            self._prev_door = float(door[-1])

        ended = (phase == Phase.PRE_RUN_CHECKS) & (since == VACUUM_CHECK[1])
        for i in np.flatnonzero(ended):
            events.append(
                OperationalEvent(
                    float(t[i]), "check", QT_TRANSLATE_NOOP("Event", "Vacuum check passed")
                )
            )
        bubble_t, bubbles = samples["bubble_detections"]
        for i in np.flatnonzero(bubbles > 0):
            events.append(
                OperationalEvent(
                    float(bubble_t[i]),
                    "bubble",
                    QT_TRANSLATE_NOOP(
                        "Event", "Bubble detected in the fluidics line (cycle {cycle})"
                    ),
                    {"cycle": self.plan.cycle_at(float(bubble_t[i]))},
                )
            )
        return sorted(events, key=lambda event: event.t)

    def _phase_events(self, t: float, phase: Phase, previous: int) -> list[OperationalEvent]:
        cycles = self.plan.cycles
        if phase is Phase.PRE_RUN_CHECKS:
            return [
                OperationalEvent(
                    t, "run", QT_TRANSLATE_NOOP("Event", "Run started: pre-run checks")
                )
            ]
        if phase is Phase.CHEMISTRY and previous == Phase.PRE_RUN_CHECKS:
            return [
                OperationalEvent(t, "check", QT_TRANSLATE_NOOP("Event", "Pre-run checks passed")),
                OperationalEvent(
                    t,
                    "run",
                    QT_TRANSLATE_NOOP("Event", "Sequencing started: {cycles} cycles"),
                    {"cycles": cycles},
                ),
            ]
        if phase is Phase.POST_RUN_WASH:
            return [
                OperationalEvent(
                    t, "run", QT_TRANSLATE_NOOP("Event", "Cycles done; post-run wash started")
                )
            ]
        if phase is Phase.COMPLETE:
            return [OperationalEvent(t, "run", QT_TRANSLATE_NOOP("Event", "Run complete"))]
        return []
