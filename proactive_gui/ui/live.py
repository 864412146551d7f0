"""Helpers that pages share to show live telemetry: time formats, readings, the axis."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from proactive_gui.health.evaluate import SubsystemHealth
from proactive_gui.instrument.channels import Channel
from proactive_gui.instrument.telemetry import TelemetryStore


def channel_text(channel: Channel) -> str:
    """The channel's label in the window's language, its chemistry channel filled in."""
    return QCoreApplication.translate("Channel", channel.label).format(chemistry=channel.chemistry)


def format_duration(seconds: float) -> str:
    """'2 h 05 min', '12 min', '40 s' for run times and ages."""
    seconds = max(0.0, seconds)
    if seconds < 60:
        return QCoreApplication.translate("Time", "{n} s").format(n=int(seconds))
    minutes = int(seconds // 60)
    if minutes < 60:
        return QCoreApplication.translate("Time", "{n} min").format(n=minutes)
    if minutes >= 48 * 60:  # an old run: days read better than thousands of hours
        # an abbreviation, as "s" and "min", reads right for any count in every language
        return QCoreApplication.translate("Time", "{n} d").format(n=minutes // 1440)
    return QCoreApplication.translate("Time", "{h} h {m:02d} min").format(
        h=minutes // 60, m=minutes % 60
    )


def format_reading(store: TelemetryStore, channel: Channel) -> str:
    """The newest measured value with its unit, or an em dash when there is none yet."""
    latest = store.latest(channel.id)
    if latest is None:
        return "—"
    if channel.states:
        index = round(latest[1])
        if 0 <= index < len(channel.states):
            return QCoreApplication.translate("Channel", channel.states[index])
    value = format_number(latest[1], channel.decimals)
    return f"{value} {channel.unit}".strip()


def format_number(value: float, decimals: int, grouped: bool = False) -> str:
    """``value`` as the window's language writes numbers: "26,0" in German, French,
    Italian and Russian, "26.0" in English and Chinese; thousands grouped if asked."""
    locale = QLocale()
    if not grouped:
        locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    return locale.toString(float(value), "f", decimals)


def forecast_text(health: SubsystemHealth, store: TelemetryStore) -> str:
    """'Failure predicted in ~5 h 20 min (Reagent chiller)', 'Focus FWHM (blue) reaches
    its failure limit at about cycle 260 of 318', or nothing."""
    channel = store.channel(health.soonest_channel) if health.soonest_channel else None
    if channel is None:
        return ""
    name = channel_text(channel)
    if health.failure_at_cycle is not None:
        status = store.status
        total = status.total_cycles if status is not None else 0
        return QCoreApplication.translate(
            "Health", "{channel} reaches its failure limit at about cycle {cycle} of {total}"
        ).format(channel=name, cycle=health.failure_at_cycle, total=total)
    if health.time_to_failure_s is None:
        return ""
    return QCoreApplication.translate("Health", "Failure predicted in ~{time} ({channel})").format(
        time=format_duration(health.time_to_failure_s), channel=name
    )


def format_clock(seconds: float, with_seconds: bool = False) -> str:
    """Run time as h:mm (or h:mm:ss)."""
    total = round(seconds)
    sign = "-" if total < 0 else ""
    hours, rest = divmod(abs(total), 3600)
    if with_seconds:
        return f"{sign}{hours}:{rest // 60:02d}:{rest % 60:02d}"
    return f"{sign}{hours}:{rest // 60:02d}"
