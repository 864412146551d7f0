"""Overview: what a technician checks before starting a run, on one screen."""

from __future__ import annotations

import time

from PySide6.QtCore import QDateTime, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from proactive_gui.consent import SUMMARY, consent_terms, set_consent
from proactive_gui.health.service import HealthService
from proactive_gui.instrument.channels import Subsystem, key_channels
from proactive_gui.instrument.runfolder import (
    COMPLETE,
    SEQUENCING,
    STALLED,
    STOPPED,
    WAITING,
    RunFolderSource,
)
from proactive_gui.instrument.telemetry import InstrumentStatus, TelemetryStore
from proactive_gui.instrument.timeline import Phase
from proactive_gui.netcheck.run import CheckRun
from proactive_gui.paths import AppPaths
from proactive_gui.readiness import ATTENTION, NOT_READY, READY, readiness
from proactive_gui.settings import SettingError, Settings
from proactive_gui.ui.live import (
    format_clock,
    format_duration,
)
from proactive_gui.ui.pages.base import Page, card
from proactive_gui.ui.pages.subsystem_card import CardRow, SubsystemCard, WrappedLabel
from proactive_gui.ui.theme import pill, set_tone, tr_core, tr_message, tr_said
from proactive_gui.uplink.setup import Uplink

RECENT_EVENTS = 5


class OverviewPage(Page):
    page_id = "overview"
    navigate = Signal(str)
    choose_root = Signal()  # "Choose the output folder…" (first start)
    open_demo = Signal()  # "Show the demo instead"

    def __init__(
        self,
        store: TelemetryStore,
        settings: Settings,
        health: HealthService | None = None,
        uplink: Uplink | None = None,
        checks: CheckRun | None = None,
        paths: AppPaths | None = None,
        parent: QWidget | None = None,
        source: RunFolderSource | None = None,
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
        self.paths = paths  # where the consent log lives; None: the opt-in is read-only
        self.service_due: tuple[str, ...] = ()  # forecasts across runs, in words (History)
        self.health = health
        self.source = source  # the run folder's pre-run checks come from it
        self._seen: tuple[int, int] | None = None
        self.level: str | None = None  # the verdict's level, once there is one
        self.reason_texts: list[str] = []  # its reasons, translated

        verdict_frame, verdict_layout = card()
        verdict_row = QHBoxLayout()
        self.verdict = pill(self.tr("Checking…"), "neutral")
        self.verdict.setObjectName("verdict")
        self.reasons = WrappedLabel("")  # one reason a line, wrapped on a narrow screen
        self.reasons.setObjectName("reading")
        verdict_row.addWidget(self.verdict, alignment=Qt.AlignmentFlag.AlignTop)
        verdict_row.addWidget(self.reasons, stretch=1)
        verdict_layout.addLayout(verdict_row)
        self.body.addWidget(verdict_frame)

        run_frame, run_layout = card(self.tr("Run"))
        self.phase = QLabel("—")
        self.phase.setObjectName("bigValue")
        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        self.run_time = QLabel("—")
        self.run_time.setWordWrap(True)
        self.run_time.setObjectName("muted")
        run_layout.addWidget(self.phase)
        run_layout.addWidget(self.progress)
        run_layout.addWidget(self.run_time)
        self.setup = QWidget()  # while the window follows nothing: where are the runs?
        setup_row = QHBoxLayout(self.setup)
        setup_row.setContentsMargins(0, 4, 0, 0)
        choose = QPushButton(self.tr("Choose the instrument's output folder…"))
        choose.clicked.connect(self.choose_root)
        demo = QPushButton(self.tr("Show the demo instead"))
        demo.clicked.connect(self.open_demo)
        setup_row.addWidget(choose)
        setup_row.addWidget(demo)
        setup_row.addStretch(1)
        self.setup.setVisible(False)
        run_layout.addWidget(self.setup)
        self.body.addWidget(run_frame)

        self.cards = {
            subsystem: SubsystemCard(
                subsystem,
                key_channels(store.channels, subsystem),
                declared=bool(store.channels),
            )
            for subsystem in Subsystem
        }
        self.body.addWidget(CardRow(list(self.cards.values())))  # 2 × 2 on a narrow screen

        ready_frame, ready_layout = card(self.tr("Data sharing and connectivity"))
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setColumnStretch(2, 1)
        self.opt_in = QCheckBox(self.tr("On"))
        self.opt_in.toggled.connect(self._opt_in_toggled)
        self.opt_in_note = self._add_line(
            grid,
            0,
            self._opt_in_title(),
            self.opt_in,
            self.tr("Nothing leaves this PC while sending is off."),
            "payload",
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
        item = grid.itemAtPosition(0, 0)
        title = item.widget() if item is not None else None
        assert isinstance(title, QLabel)
        self.opt_in_label = title
        ready_layout.addLayout(grid)
        self.body.addWidget(ready_frame)

        events_frame, events_layout = card(self.tr("Recent instrument events"))
        self.events = QLabel("—")
        self.events.setObjectName("reading")
        self.events.setTextFormat(Qt.TextFormat.PlainText)
        # the least urgent card gives way when the lines above need more room: it may be
        # clipped, but it never makes the window taller than the screen
        self.events.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
        self.events.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        events_layout.addWidget(self.events, stretch=1)  # the title stays on top
        self.body.addWidget(events_frame, stretch=1)  # takes the room that is left
        # a run folder records no operational events: the card would only say so
        events_frame.setVisible(store.source == "demo")
        if store.source != "demo":
            self.body.addStretch(1)

    def offer_setup(self, offered: bool) -> None:
        """Show the first start's choice: the output folder to follow, or the demo."""
        self.setup.setVisible(offered)

    # -- the opt-in ----------------------------------------------------------------

    def _opt_in_toggled(self, on: bool) -> None:
        if self.paths is None:
            return
        if on and not self.confirm_opt_in():
            self.opt_in.blockSignals(True)
            self.opt_in.setChecked(False)
            self.opt_in.blockSignals(False)
            return
        try:
            set_consent(self.settings, self.paths, on, "window")
        except SettingError as exc:
            self.opt_in_note.setText(str(exc))
            self.refresh()
            return
        if not on:
            self._after_opt_out()
        self.refresh()

    def consent_text(self) -> str:
        """What turning sending on agrees to: what goes, where, and how often."""
        terms = consent_terms(self.settings)
        return "\n\n".join(
            [
                tr_core("Consent", SUMMARY),
                tr_message("Consent", *terms.where),
                tr_message("Consent", *terms.how_often),
            ]
        )

    def confirm_opt_in(self) -> bool:
        """Every time: what is sent and what never is, where it goes and how often."""
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("Send Instrument Performance Data"))
        box.setText(self.consent_text())
        box.setStandardButtons(QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Ok).setText(self.tr("Turn sending on"))
        look = box.addButton(self.tr("Show me the Payload page"), QMessageBox.ButtonRole.HelpRole)
        answer = box.exec()
        if box.clickedButton() is look:
            self.navigate.emit("payload")  # sending stays off until they decide
            return False
        return answer == QMessageBox.StandardButton.Ok

    def discard_queue(self, waiting: int) -> bool:
        """Ask what to do with payloads still waiting; discarding is the default."""
        answer = QMessageBox.question(
            self,
            self.tr("Sending is off"),
            self.tr(
                "%n payload(s) are waiting to be sent. Discard them? (No keeps them, "
                "encrypted, until sending is turned on again.)",
                "",
                waiting,
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _after_opt_out(self) -> None:
        uplink = self.uplink
        if uplink is None or uplink.spool is None:
            return
        if uplink.engine is not None:
            uplink.engine.pause()  # at once; the engine also sees the setting on its own
        waiting = uplink.spool.pending()
        if waiting and self.discard_queue(len(waiting)):
            for record in waiting:
                uplink.spool.delete(record)
        if uplink.engine is not None:
            uplink.engine.resume()  # it stays idle: the opt-in is off

    # -- the verdict ---------------------------------------------------------------

    def _queue_state(self) -> tuple[int, int, str]:
        """(waiting, set aside, the engine's last problem), read once per refresh."""
        spool = self.uplink.spool if self.uplink is not None else None
        if spool is None:
            return 0, 0, ""
        engine = self.uplink.engine if self.uplink is not None else None
        waiting, set_aside = spool.counts()  # listed only when the spool changed
        problem = tr_said(engine.status.problem_said, engine.status.problem) if engine else ""
        return waiting, set_aside, problem

    def _show_verdict(self, queue: tuple[int, int, str]) -> None:
        report = self.health.report if self.health is not None else None
        if report is None and self.health is not None:  # the first evaluation is on its way
            self.level = None
            self.reason_texts = []
            self.verdict.setText(self.tr("Checking…"))
            set_tone(self.verdict, "neutral")
            self.reasons.setText("")
            return
        subsystems = {
            tr_core("Subsystem", s.label): (
                report.subsystems[s].state.value if report else "no_data"
            )
            for s in Subsystem
        }
        checks = self.checks
        age = time.time() - checks.finished_at if checks and checks.finished_at else None
        waiting, set_aside, engine_problem = queue
        problem = engine_problem if waiting else ""
        if self.uplink is not None and self.uplink.spool is None:
            problem = self.uplink.problem  # no spool key: nothing can be queued
        verdict = readiness(
            bool(self.settings.get("opt_in")),
            subsystems,
            checks.last_verdict if checks else None,
            age,
            problem,
            set_aside,
            self.store.status.phase if self.store.status is not None else None,
            self.source.prerun if self.source is not None else (),
            self.service_due,
        )
        labels = {
            READY: (self.tr("Ready to start run"), "ok"),
            ATTENTION: (self.tr("Attention"), "warn"),
            NOT_READY: (self.tr("Not ready"), "bad"),
        }
        self.level = verdict.level
        text, tone = labels[verdict.level]
        self.verdict.setText(text)
        set_tone(self.verdict, tone)
        self.reason_texts = [
            tr_message("Readiness", r.template, dict(r.args)) for r in verdict.reasons
        ]
        self.reasons.setText(
            "\n".join("•  " + reason for reason in self.reason_texts)
            or self.tr("Every subsystem is healthy and nothing needs attention.")
        )

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

    def _show_queue(self, queue: tuple[int, int, str]) -> None:
        if self.uplink is None or self.uplink.spool is None:
            problem = self.uplink.problem if self.uplink is not None else ""
            self.queue.setText(self.tr("Unavailable"))
            sending = bool(self.settings.get("opt_in"))
            # with sending off nothing needs the queue yet: worth fixing, not alarming
            set_tone(self.queue, ("bad" if sending else "warn") if problem else "neutral")
            self.queue_note.setText(problem)
            return
        waiting, set_aside, problem = queue
        if waiting:
            self.queue.setText(self.tr("%n waiting", "", waiting))
            set_tone(self.queue, "warn" if problem else "info")
        else:
            self.queue.setText(self.tr("Empty"))
            set_tone(self.queue, "ok")
        notes = [problem] if waiting and problem else []
        if waiting and not problem:
            sending = bool(self.settings.get("opt_in"))
            notes.append(
                self.tr("Encrypted on this PC until the receiver confirms each one.")
                if sending
                else self.tr("Kept, encrypted, until sending is turned on.")
            )
        if set_aside:
            notes.append(self.tr("%n set aside, see Uploads", "", set_aside))
        self.queue_note.setText(
            "; ".join(notes) if notes else self.tr("No payload is waiting to be sent.")
        )

    def _add_line(
        self, grid: QGridLayout, row: int, name: str, state: QWidget, detail: str, page_id: str
    ) -> QLabel:
        """A readiness line: name, state pill, a note (returned) and an Open button."""
        title = WrappedLabel(name)  # the opt-in's name is long in Russian or French
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

    def _opt_in_title(self) -> str:
        """The opt-in's name, with the destination: the service and the receiver's host."""
        terms = consent_terms(self.settings)
        if terms.host:
            return self.tr("Send Instrument Performance Data to {service} ({host})").format(
                service=terms.service, host=terms.host
            )
        return self.tr("Send Instrument Performance Data to {service} (no receiver set)").format(
            service=terms.service
        )

    def refresh(self) -> None:
        title = self._opt_in_title()
        if self.opt_in_label.text() != title:
            self.opt_in_label.setText(title)
        sharing = bool(self.settings.get("opt_in"))
        if self.opt_in.isChecked() != sharing:
            self.opt_in.blockSignals(True)
            self.opt_in.setChecked(sharing)
            self.opt_in.blockSignals(False)
        locked = self.settings.locked("opt_in")
        self.opt_in.setEnabled(locked is None)
        self.opt_in.setToolTip(
            self.tr("Locked by the IT policy: {why}").format(why=locked) if locked else ""
        )
        if locked:
            self.opt_in_note.setText(self.tr("Locked by the IT policy: {why}").format(why=locked))
        elif sharing:
            self.opt_in_note.setText(
                self.tr("Health and run summaries are sealed and sent over TLS; see Payload.")
            )
        else:
            self.opt_in_note.setText(self.tr("Nothing leaves this PC while sending is off."))
        queue = self._queue_state()
        self._show_queue(queue)
        self._show_network()
        self._show_verdict(queue)
        report = self.health.report if self.health is not None else None
        seen = (self.store.revision, id(report))  # new samples, or a new verdict on old ones
        if seen == self._seen:
            return
        self._seen = seen
        status = self.store.status
        self.progress.setVisible(status is not None)
        if status is None:
            self.phase.setText(self.tr("No run folder yet"))
            self.run_time.setText(
                self.tr(
                    "Health comes from the run folders the instrument writes. Choose the "
                    "folder it writes them into (also in Settings: Run folder root), open a "
                    "run folder (File ▸ Open run folder…, or drop it on this window), or "
                    "look at the demo."
                )
            )
            return
        if status.source == "run_folder":
            self._show_run(status)
        else:
            self._show_demo_run(status)
        for subsystem, tile in self.cards.items():
            tile.refresh(self.store, report.subsystems.get(subsystem) if report else None)
        # as many whole lines as the card has room for (a half-cut line reads as noise)
        fit = max(1, self.events.height() // max(1, self.events.fontMetrics().lineSpacing()))
        recent = self.store.events()[-min(RECENT_EVENTS, fit) :]
        self.events.setText(
            "\n".join(
                f"{format_clock(event.t)}   {tr_message('Event', event.template, event.args)}"
                for event in reversed(recent)
            )
            or self.tr("No events yet.")
        )

    def _show_run(self, status: InstrumentStatus) -> None:
        """The real instrument's run: its state, cycles, and when the last was written."""
        texts = {
            SEQUENCING: self.tr("Sequencing — cycle {cycle} of {total}"),
            COMPLETE: self.tr("Complete — {cycle} of {total} cycles"),
            STOPPED: self.tr("Stopped early — cycle {cycle} of {total}"),
            STALLED: self.tr("No new cycle for over 2 h — cycle {cycle} of {total}"),
            WAITING: self.tr("Waiting for the first cycle — {total} planned"),
        }
        self.phase.setText(
            texts.get(status.phase, texts[SEQUENCING]).format(
                cycle=status.cycle, total=status.total_cycles
            )
        )
        self.progress.setRange(0, max(1, status.total_cycles))
        self.progress.setValue(min(status.cycle, status.total_cycles))
        self.progress.setFormat(self.tr("%v of %m cycles"))
        if status.last_cycle_at is None:
            self.run_time.setText(self.tr("The run folder records no cycle times."))
        else:
            when = QDateTime.fromSecsSinceEpoch(int(status.last_cycle_at))
            self.run_time.setText(
                self.tr("Last cycle written {when} ({age} ago)").format(
                    when=QLocale().toString(when, QLocale.FormatType.ShortFormat),
                    age=format_duration(time.time() - status.last_cycle_at),
                )
            )

    def _show_demo_run(self, status: InstrumentStatus) -> None:
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
