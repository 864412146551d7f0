"""Demo fault scenarios: each one bends the healthy simulator's signals after an onset
time, the way a real failure develops (a slow drift, a growing noise, a dropout)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from proactive_gui.i18n import QT_TRANSLATE_NOOP
from proactive_gui.instrument.telemetry import FloatArray

# (channel id, times, values, hours since onset, rng) -> new values; NaN drops nothing,
# a returned ``DROPPED`` entry removes the sample entirely (the sensor went silent).
Overlay = Callable[[str, FloatArray, FloatArray, FloatArray, np.random.Generator], FloatArray]
DROPPED = np.inf


@dataclass(frozen=True)
class Scenario:
    id: str
    label: str
    description: str
    overlay: Overlay | None = None
    onset_s: float = 2 * 3600.0


def _only(
    channel_ids: set[str], fn: Callable[[FloatArray, FloatArray, np.random.Generator], FloatArray]
) -> Overlay:
    def overlay(
        cid: str, t: FloatArray, v: FloatArray, hours: FloatArray, rng: np.random.Generator
    ) -> FloatArray:
        del t
        return fn(v, hours, rng) if cid in channel_ids else v

    return overlay


def _thermal_dropout(
    cid: str, t: FloatArray, v: FloatArray, hours: FloatArray, rng: np.random.Generator
) -> FloatArray:
    del t, rng
    if cid in {"flowcell_temperature", "chiller_temperature", "ambient_temperature"}:
        return np.where(hours > 0, DROPPED, v)
    return v


def _noise_burst(
    cid: str, t: FloatArray, v: FloatArray, hours: FloatArray, rng: np.random.Generator
) -> FloatArray:
    # 90-second bursts of large noise every 40 minutes: must never look like a trend.
    if cid not in {"chiller_temperature", "laser_red_power", "pump_pressure", "stage_x_error"}:
        return v
    in_burst = (hours > 0) & (np.mod(t, 2400.0) < 90.0)
    scale = {"chiller_temperature": 0.6, "laser_red_power": 3.0}.get(cid, 1.5)
    return np.where(in_burst, v + rng.normal(0.0, scale, len(v)), v)


def _leak(v: FloatArray, hours: FloatArray, rng: np.random.Generator) -> FloatArray:
    extra = rng.poisson(np.clip(0.002 * hours, 0.0, 0.05))
    return np.where(np.isfinite(v), v + extra, v)


SCENARIOS: dict[str, Scenario] = {
    s.id: s
    for s in (
        Scenario(
            "healthy",
            QT_TRANSLATE_NOOP("Scenario", "Healthy"),
            QT_TRANSLATE_NOOP("Scenario", "Every subsystem within its limits."),
        ),
        Scenario(
            "chiller-drift",
            QT_TRANSLATE_NOOP("Scenario", "Reagent chiller drift"),
            QT_TRANSLATE_NOOP("Scenario", "The reagent chiller warms by 0.5 °C per hour."),
            # a failing chiller warms towards the room, never past it
            _only(
                {"chiller_temperature"}, lambda v, h, r: np.minimum(v + 0.5 * h, 21.5 + (v - 4.0))
            ),
        ),
        Scenario(
            "flow-cell-heater-failure",
            QT_TRANSLATE_NOOP("Scenario", "Flow-cell heater failure"),
            QT_TRANSLATE_NOOP(
                "Scenario", "The flow-cell heater loses power and misses its setpoint."
            ),
            _only(
                {"flowcell_temperature"},
                lambda v, h, r: 22.0 + (v - 22.0) * np.clip(1.0 - 0.04 * h, 0.2, 1.0),
            ),
        ),
        Scenario(
            "laser-decay",
            QT_TRANSLATE_NOOP("Scenario", "Laser decay"),
            QT_TRANSLATE_NOOP("Scenario", "The red laser loses 1.5 % of its power per hour."),
            _only({"laser_red_power"}, lambda v, h, r: v * np.clip(1.0 - 0.015 * h, 0.0, 1.0)),
        ),
        Scenario(
            "focus-drift",
            QT_TRANSLATE_NOOP("Scenario", "Focus drift"),
            QT_TRANSLATE_NOOP("Scenario", "Images blur: FWHM grows by 0.08 px per hour."),
            _only({"focus_fwhm"}, lambda v, h, r: v + 0.08 * h),
        ),
        Scenario(
            "fluidics-clog",
            QT_TRANSLATE_NOOP("Scenario", "Fluidics clog"),
            QT_TRANSLATE_NOOP("Scenario", "A partial clog: pump pressure rises and flow falls."),
            lambda cid, t, v, h, r: (
                v + np.where(v > 10, 2.5 * h, 0.0)
                if cid == "pump_pressure"
                else v * np.clip(1.0 - 0.03 * h, 0.0, 1.0)
                if cid == "flow_rate"
                else v
            ),
        ),
        Scenario(
            "leak-bubbles",
            QT_TRANSLATE_NOOP("Scenario", "Leak with bubbles"),
            QT_TRANSLATE_NOOP("Scenario", "Air enters the fluidics: bubble detections grow."),
            _only({"bubble_detections"}, _leak),
        ),
        Scenario(
            "stage-following-error",
            QT_TRANSLATE_NOOP("Scenario", "Stage following error"),
            QT_TRANSLATE_NOOP("Scenario", "A worn stage bearing: X following error grows."),
            _only({"stage_x_error"}, lambda v, h, r: v * (1.0 + 0.35 * h)),
        ),
        Scenario(
            "sensor-dropout",
            QT_TRANSLATE_NOOP("Scenario", "Sensor dropout"),
            QT_TRANSLATE_NOOP("Scenario", "The thermal sensors stop reporting."),
            _thermal_dropout,
        ),
        Scenario(
            "noise-burst",
            QT_TRANSLATE_NOOP("Scenario", "Noise bursts"),
            QT_TRANSLATE_NOOP("Scenario", "Short bursts of electrical noise, no real fault."),
            _noise_burst,
        ),
    )
}
