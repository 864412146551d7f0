"""Overview: what a technician checks before starting a run, on one screen."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QWidget,
)

from proactive_gui.health.evaluate import SubsystemHealth
from proactive_gui.health.service import HealthService
from proactive_gui.instrument.channels import CHANNELS_BY_ID, Subsystem
from proactive_gui.instrument.telemetry import TelemetryStore
from proactive_gui.instrument.timeline import Phase
from proactive_gui.netcheck.run import CheckRun
from proactive_gui.settings import Settings
from proactive_gui.ui.live import forecast_text, format_clock, format_duration, format_reading
from proactive_gui.ui.pages.base import Page, card
from proactive_gui.ui.theme import STATE_TONES, pill, set_tone, tr_core
from proactive_gui.uplink.setup import Uplink

KEY_READINGS: dict[Subsystem, tuple[str, ...]] = {
    Subsystem.OPTICAL: ("laser_red_power", "laser_green_power", "focus_fwhm"),
    Subsystem.MECHANICAL: ("stage_x_error", "z_tracking_error", "door_closed"),
    Subsystem.THERMAL: ("flowcell_temperature", "chiller_temperature", "ambient_temperature"),
    Subsystem.FLUIDICS: ("pump_pressure", "flow_rate", "vacuum_pressure"),
}


RECENT_EVENTS = 5


class SubsystemCard(QWidget):
    """A subsystem's state and its key readings."""

    def __init__(self, subsystem: Subsystem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        frame, layout = card(tr_core("Subsystem", subsystem.label))
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)
        self.state = pill(self.tr("No data"), "neutral")
        layout.addWidget(self.state, alignment=Qt.AlignmentFlag.AlignLeft)
        self.forecast = QLabel("")
        self.forecast.setObjectName("muted")
        # two lines, always reserved: cards stay aligned and do not jump when a forecast appears
        self.forecast.setMinimumHeight(2 * self.forecast.fontMetrics().lineSpacing() + 2)
        layout.addWidget(self.forecast)
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        self.values: dict[str, QLabel] = {}
        for row, cid in enumerate(KEY_READINGS[subsystem]):
            name = QLabel(tr_core("Channel", CHANNELS_BY_ID[cid].label))
            name.setObjectName("muted")
            value = QLabel("—")
            value.setObjectName("reading")
            grid.addWidget(name, row, 0)
            grid.addWidget(value, row, 1)
            self.values[cid] = value
        layout.addLayout(grid)
        layout.addStretch(1)

    def refresh(self, store: TelemetryStore, health: SubsystemHealth | None) -> None:
        for cid, label in self.values.items():
            label.setText(format_reading(store, CHANNELS_BY_ID[cid]))
        if health is None:
            return
        self.state.setText(tr_core("State", health.state.label))
        set_tone(self.state, STATE_TONES[health.state.value])
        self.forecast.setText(forecast_text(health).replace(" (", "\n(", 1))


class OverviewPage(Page):
    page_id = "overview"
    navigate = Signal(str)

    def __init__(
        self,
        store: TelemetryStore,
        settings: Settings,
        health: HealthService | None = None,
        uplink: Uplink | None = None,
        checks: CheckRun | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            self.tr("Before you start a run"),
            self.tr(
                "The instrument's run, its four subsystems, and whether data may leave this PC."
            ),
            parent,
            nav_label=self.tr("Overview"),
        )
        self.store = store
        self.settings = settings
        self.uplink = uplink
        self.checks = checks
        self.health = health
        self._seen: tuple[int, int] | None = None

        run_frame, run_layout = card(self.tr("Run"))
        self.phase = QLabel("—")
        self.phase.setObjectName("bigValue")
        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        self.run_time = QLabel("—")
        self.run_time.setObjectName("muted")
        run_layout.addWidget(self.phase)
        run_layout.addWidget(self.progress)
        run_layout.addWidget(self.run_time)
        self.body.addWidget(run_frame)

        tiles = QHBoxLayout()
        tiles.setSpacing(12)
        self.cards = {subsystem: SubsystemCard(subsystem) for subsystem in Subsystem}
        for tile in self.cards.values():
            tiles.addWidget(tile, stretch=1)
        self.body.addLayout(tiles)

        ready_frame, ready_layout = card(self.tr("Data sharing and connectivity"))
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setColumnStretch(2, 1)
        self.opt_in = pill("", "neutral")
        self._add_line(
            grid,
            0,
            self.tr("Send Instrument Performance Data"),
            self.opt_in,
            self.tr("Nothing leaves this PC while sending is off."),
            "settings",
        )
        self.network = pill(self.tr("Not checked"), "neutral")
        self.network_note = self._add_line(
            grid,
            1,
            self.tr("Network"),
            self.network,
            self.tr("Run the readiness checks on the Network page."),
            "network",
        )
        self.queue = pill(self.tr("Empty"), "neutral")
        self.queue_note = self._add_line(
            grid,
            2,
            self.tr("Upload queue"),
            self.queue,
            self.tr("No payload is waiting to be sent."),
            "uploads",
        )
        ready_layout.addLayout(grid)
        self.body.addWidget(ready_frame)

        events_frame, events_layout = card(self.tr("Recent instrument events"))
        self.events = QLabel("—")
        self.events.setObjectName("reading")
        self.events.setTextFormat(Qt.TextFormat.PlainText)
        events_layout.addWidget(self.events)
        self.body.addWidget(events_frame)
        self.body.addStretch(1)

    def _show_network(self) -> None:
        checks = self.checks
        if checks is None or checks.finished_at is None or checks.last_verdict is None:
            return
        labels = {
            "pass": self.tr("Ready"),
            "warn": self.tr("Ready, with warnings"),
            "fail": self.tr("Not ready"),
        }
        tones = {"pass": "ok", "warn": "warn", "fail": "bad"}
        self.network.setText(labels[checks.last_verdict])
        set_tone(self.network, tones[checks.last_verdict])
        self.network_note.setText(
            self.tr("Checked {age} ago; details on the Network page.").format(
                age=format_duration(time.time() - checks.finished_at)
            )
        )

    def _show_queue(self) -> None:
        spool = self.uplink.spool if self.uplink is not None else None
        if spool is None:
            problem = self.uplink.problem if self.uplink is not None else ""
            self.queue.setText(self.tr("Unavailable"))
            set_tone(self.queue, "bad" if problem else "neutral")
            self.queue_note.setText(problem)
            return
        waiting = spool.queue_size()[0]
        set_aside = len(spool.parked()) + len(spool.quarantined())
        engine = self.uplink.engine if self.uplink is not None else None
        problem = engine.status.problem if engine is not None else ""
        if waiting:
            self.queue.setText(self.tr("{n} waiting").format(n=waiting))
            set_tone(self.queue, "warn" if problem else "info")
        else:
            self.queue.setText(self.tr("Empty"))
            set_tone(self.queue, "ok")
        notes = [problem] if waiting and problem else []
        if set_aside:
            notes.append(self.tr("{n} set aside, see Uploads").format(n=set_aside))
        self.queue_note.setText(
            "; ".join(notes) if notes else self.tr("No payload is waiting to be sent.")
        )

    def _add_line(
        self, grid: QGridLayout, row: int, name: str, state: QLabel, detail: str, page_id: str
    ) -> QLabel:
        """A readiness line: name, state pill, a note (returned) and an Open button."""
        title = QLabel(name)
        title.setObjectName("reading")
        note = QLabel(detail)
        note.setObjectName("muted")
        note.setWordWrap(True)
        button = QPushButton(self.tr("Open"))
        button.clicked.connect(lambda: self.navigate.emit(page_id))
        grid.addWidget(title, row, 0)
        grid.addWidget(state, row, 1)
        grid.addWidget(note, row, 2)
        grid.addWidget(button, row, 3)
        return note

    def refresh(self) -> None:
        sharing = bool(self.settings.get("opt_in"))
        self.opt_in.setText(self.tr("On") if sharing else self.tr("Off"))
        set_tone(self.opt_in, "ok" if sharing else "neutral")
        self._show_queue()
        self._show_network()
        report = self.health.report if self.health is not None else None
        seen = (self.store.revision, id(report))  # new samples, or a new verdict on old ones
        if seen == self._seen:
            return
        self._seen = seen
        status = self.store.status
        if status is None:
            self.phase.setText(self.tr("No live instrument data"))
            self.run_time.setText(
                self.tr("Live telemetry comes from the demo instrument (start with --demo).")
            )
            return
        phase = Phase[status.phase.upper()]
        if phase in (Phase.CHEMISTRY, Phase.IMAGING):
            self.phase.setText(
                self.tr("{phase} — cycle {cycle} of {total}").format(
                    phase=tr_core("Phase", phase.label),
                    cycle=status.cycle,
                    total=status.total_cycles,
                )
            )
        else:
            self.phase.setText(tr_core("Phase", phase.label))
        self.progress.setRange(0, status.total_cycles)
        self.progress.setValue(status.cycle)
        self.progress.setFormat(self.tr("%v of %m cycles"))
        self.run_time.setText(
            self.tr("Run time {time}").format(time=format_duration(status.sim_time))
        )
        for subsystem, tile in self.cards.items():
            tile.refresh(self.store, report.subsystems.get(subsystem) if report else None)
        recent = self.store.events()[-RECENT_EVENTS:]
        self.events.setText(
            "\n".join(
                f"{format_clock(event.t)}   {tr_core('Event', event.template).format(**event.args)}"
                for event in reversed(recent)
            )
            or self.tr("No events yet.")
        )
