"""The instrument's measured channels, grouped by subsystem."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from proactive_gui.i18n import QT_TRANSLATE_NOOP


class Subsystem(StrEnum):
    OPTICAL = "optical"
    MECHANICAL = "mechanical"
    THERMAL = "thermal"
    FLUIDICS = "fluidics"

    @property
    def label(self) -> str:
        return SUBSYSTEM_LABELS[self]


SUBSYSTEM_LABELS = {
    Subsystem.OPTICAL: QT_TRANSLATE_NOOP("Subsystem", "Optical"),
    Subsystem.MECHANICAL: QT_TRANSLATE_NOOP("Subsystem", "Mechanical"),
    Subsystem.THERMAL: QT_TRANSLATE_NOOP("Subsystem", "Thermal"),
    Subsystem.FLUIDICS: QT_TRANSLATE_NOOP("Subsystem", "Fluidics"),
}


@dataclass(frozen=True)
class Channel:
    """One measured quantity. ``label`` is English, marked for translation (context
    ``Channel``), with ``{chemistry}`` where the chemistry channel's name goes;
    ``unit`` is an SI-style symbol shown as is. A channel with ``states`` reports a
    whole number that indexes them (0 = first state). Each source declares its own."""

    id: str
    subsystem: Subsystem
    label: str
    unit: str
    decimals: int = 1
    states: tuple[str, ...] = ()
    chemistry: str = ""  # the chemistry channel it belongs to, as the run names it
    key: bool = False  # one of its subsystem's key readings (the Overview's cards)

    @property
    def text(self) -> str:
        """The English label with its chemistry channel filled in."""
        return self.label.format(chemistry=self.chemistry)


def _ch(cid: str, sub: Subsystem, label: str, unit: str, decimals: int = 1) -> Channel:
    return Channel(cid, sub, label, unit, decimals, key=cid in DEMO_KEY_READINGS)


DEMO_KEY_READINGS = frozenset(
    {
        "laser_red_power",
        "laser_green_power",
        "focus_fwhm",
        "stage_x_error",
        "z_tracking_error",
        "door_closed",
        "flowcell_temperature",
        "chiller_temperature",
        "ambient_temperature",
        "pump_pressure",
        "flow_rate",
        "vacuum_pressure",
    }
)


OPT, M, T, F = Subsystem.OPTICAL, Subsystem.MECHANICAL, Subsystem.THERMAL, Subsystem.FLUIDICS

DEMO_CHANNELS: tuple[Channel, ...] = (
    _ch("laser_red_power", OPT, QT_TRANSLATE_NOOP("Channel", "Red laser power"), "mW"),
    _ch("laser_green_power", OPT, QT_TRANSLATE_NOOP("Channel", "Green laser power"), "mW"),
    _ch("focus_fwhm", OPT, QT_TRANSLATE_NOOP("Channel", "Focus quality (FWHM)"), "px", 2),
    _ch("camera_temperature", OPT, QT_TRANSLATE_NOOP("Channel", "Camera temperature"), "°C", 2),
    _ch("stage_x_error", M, QT_TRANSLATE_NOOP("Channel", "Stage X following error"), "µm", 2),
    _ch("stage_y_error", M, QT_TRANSLATE_NOOP("Channel", "Stage Y following error"), "µm", 2),
    _ch("z_tracking_error", M, QT_TRANSLATE_NOOP("Channel", "Z focus tracking error"), "µm", 2),
    _ch("motor_current", M, QT_TRANSLATE_NOOP("Channel", "Stage motor current"), "A", 2),
    Channel(
        "door_closed",
        M,
        QT_TRANSLATE_NOOP("Channel", "Door interlock"),
        "",
        0,
        (QT_TRANSLATE_NOOP("Channel", "Open"), QT_TRANSLATE_NOOP("Channel", "Closed")),
        key=True,
    ),
    _ch("flowcell_temperature", T, QT_TRANSLATE_NOOP("Channel", "Flow-cell temperature"), "°C"),
    _ch("flowcell_setpoint", T, QT_TRANSLATE_NOOP("Channel", "Flow-cell setpoint"), "°C"),
    _ch("chiller_temperature", T, QT_TRANSLATE_NOOP("Channel", "Reagent chiller"), "°C", 2),
    _ch("ambient_temperature", T, QT_TRANSLATE_NOOP("Channel", "Ambient temperature"), "°C"),
    _ch("pump_pressure", F, QT_TRANSLATE_NOOP("Channel", "Pump pressure"), "kPa"),
    _ch("flow_rate", F, QT_TRANSLATE_NOOP("Channel", "Flow rate"), "µL/min", 0),
    _ch("bubble_detections", F, QT_TRANSLATE_NOOP("Channel", "Bubble detections"), "count", 0),
    _ch("vacuum_pressure", F, QT_TRANSLATE_NOOP("Channel", "Vacuum check pressure"), "kPa"),
)

CHANNELS_BY_ID = {channel.id: channel for channel in DEMO_CHANNELS}  # the demo's only


def key_channels(channels: tuple[Channel, ...], subsystem: Subsystem) -> list[Channel]:
    """A subsystem's key readings as its source declares them (its first three
    channels when it names none)."""
    mine = [c for c in channels if c.subsystem is subsystem]
    return [c for c in mine if c.key] or mine[:3]
