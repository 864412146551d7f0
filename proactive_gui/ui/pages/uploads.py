"""Uploads: what the engine is doing, the queue, what was set aside and why, and every
delivery with its hash. Works from the engine's status and the spool; no network."""

from __future__ import annotations

import time
from datetime import datetime

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)

from proactive_gui.ui.files import save_as
from proactive_gui.ui.pages.base import Page, card
from proactive_gui.ui.tables import fill_table, make_table
from proactive_gui.ui.theme import pill, set_tone, tr_said
from proactive_gui.uplink.engine import State, Status
from proactive_gui.uplink.export import export_queue
from proactive_gui.uplink.setup import Uplink
from proactive_gui.uplink.spool import Record

TONES = {
    State.SENDING: "ok",
    State.IDLE: "ok",
    State.WAITING: "warn",
    State.PAUSED: "neutral",
    State.OPTED_OUT: "neutral",
    State.NOT_CONFIGURED: "warn",
    State.AUTH_NEEDED: "bad",
    State.ELSEWHERE: "neutral",
    State.STOPPED: "neutral",
}


SENT_ROWS = 100  # the table shows the latest deliveries; the history file keeps them all


def _clock(t: float) -> str:
    return datetime.fromtimestamp(t).strftime("%Y-%m-%d %H:%M")


class UploadsPage(Page):
    page_id = "uploads"
    navigate = Signal(str)  # a page to show: the sent history

    def __init__(self, uplink: Uplink, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Uploads"),
            self.tr(
                "Sealed payloads wait here, encrypted, until the receiver confirms each one. "
                "Nothing is lost when the network, the receiver or this PC fails."
            ),
            parent,
        )
        self.uplink = uplink
        self._shown: tuple[object, ...] | None = None
        self._version: tuple[int, ...] | None = None  # of the spool, as last shown

        state_card, state_layout = card(self.tr("Engine"))
        row = QHBoxLayout()
        self.state = pill("", "neutral")
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        row.addWidget(self.state)
        row.addWidget(self.detail, stretch=1)
        state_layout.addLayout(row)
        self.queue = QLabel()
        self.queue.setObjectName("reading")
        state_layout.addWidget(self.queue)
        buttons = QHBoxLayout()
        self.pause_button = QPushButton(self.tr("Pause"))
        self.pause_button.clicked.connect(self._pause_or_resume)
        self.send_button = QPushButton(self.tr("Send now"))
        self.send_button.clicked.connect(self._send_now)
        self.export_button = QPushButton(self.tr("Export the queue…"))
        self.export_button.clicked.connect(self._ask_export)
        for button in (self.pause_button, self.send_button, self.export_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        state_layout.addLayout(buttons)
        self.body.addWidget(state_card)

        aside_card, aside_layout = card(self.tr("Set aside"))
        self.aside = make_table(
            stretch=True, headers=[self.tr("Payload"), self.tr("Where"), self.tr("Why")]
        )
        aside_layout.addWidget(self.aside)
        aside_buttons = QHBoxLayout()
        self.retry_button = QPushButton(self.tr("Retry selected"))
        self.retry_button.clicked.connect(self._retry)
        self.discard_button = QPushButton(self.tr("Discard selected…"))
        self.discard_button.clicked.connect(self._discard)
        aside_buttons.addWidget(self.retry_button)
        aside_buttons.addWidget(self.discard_button)
        aside_buttons.addStretch(1)
        aside_layout.addLayout(aside_buttons)
        self.body.addWidget(aside_card)

        sent_card, sent_layout = card(self.tr("Sent"))
        self.sent = make_table(
            stretch=True,
            headers=[
                self.tr("Sent at"),
                self.tr("Kind"),
                self.tr("Payload"),
                self.tr("Bytes"),
                self.tr("SHA-256"),
            ],
        )
        self.history_button = QPushButton(self.tr("Open the sent history"))
        self.history_button.clicked.connect(lambda: self.navigate.emit("sent"))
        history_row = QHBoxLayout()
        history_row.addWidget(self.history_button)
        history_row.addStretch(1)
        sent_layout.addLayout(history_row)  # above the table: in view on a small screen
        sent_layout.addWidget(self.sent)
        self.sent_note = QLabel()
        self.sent_note.setObjectName("muted")
        sent_layout.addWidget(self.sent_note)
        self.body.addWidget(sent_card, stretch=1)
        self.refresh()

    # -- showing --------------------------------------------------------------------

    def state_text(self, status: Status | None) -> tuple[str, str, str]:
        """(pill text, tone, detail) for the engine's status."""
        if self.uplink.spool is None:
            return self.tr("No queue"), "bad", self.uplink.problem
        if status is None:
            return self.tr("Stopped"), "neutral", ""
        labels = {
            State.SENDING: self.tr("Sending"),
            State.IDLE: self.tr("Up to date"),
            State.WAITING: self.tr("Waiting"),
            State.PAUSED: self.tr("Paused"),
            State.OPTED_OUT: self.tr("Opted out"),
            State.NOT_CONFIGURED: self.tr("Not configured"),
            State.AUTH_NEEDED: self.tr("Token refused"),
            State.ELSEWHERE: self.tr("Sent by another process"),
            State.STOPPED: self.tr("Stopped"),
        }
        detail = tr_said(status.detail_said, status.detail)
        if status.state == State.WAITING and status.retry_at is not None:
            problem = tr_said(status.problem_said, status.problem)
            detail = self.tr("Next try at {time}: {why}").format(
                time=datetime.fromtimestamp(status.retry_at).strftime("%H:%M:%S"),
                why=problem or detail,
            )
        return labels.get(status.state, status.state), TONES.get(status.state, "neutral"), detail

    def refresh(self) -> None:
        spool, engine = self.uplink.spool, self.uplink.engine
        status = engine.status if engine is not None else None
        text, tone, detail = self.state_text(status)
        self.state.setText(text)
        set_tone(self.state, tone)
        self.detail.setText(detail)
        paused = status is not None and status.state == State.PAUSED
        self.pause_button.setText(self.tr("Resume") if paused else self.tr("Pause"))
        for button in (self.pause_button, self.send_button):
            button.setEnabled(engine is not None)
        self.export_button.setEnabled(spool is not None)
        if spool is None:
            self.queue.setText("")
            return
        version = spool.version()
        if version == self._version:
            return
        self._version = version
        count, size, oldest = spool.queue_size()
        if count and oldest is not None:
            self.queue.setText(
                self.tr("%n waiting, {kb} kB, oldest from {when}", "", count).format(
                    kb=QLocale().toString(size / 1024, "f", 1), when=_clock(oldest)
                )
            )
        else:
            self.queue.setText(self.tr("Nothing waiting."))
        dropped = spool.dropped()
        if dropped:
            self.queue.setText(
                self.queue.text()
                + "  "
                + self.tr("%n dropped by the size and age limits.", "", dropped)
            )
        self._fill_tables()

    def _aside_records(self) -> list[tuple[Record, str]]:
        spool = self.uplink.spool
        if spool is None:
            return []
        return [(r, self.tr("Parked")) for r in spool.parked()] + [
            (r, self.tr("Quarantined")) for r in spool.quarantined()
        ]

    def _fill_tables(self) -> None:
        aside = self._aside_records()
        history = self.uplink.history.entries()
        key = (tuple(r.path.name for r, _ in aside), len(history))
        if key == self._shown:
            return
        self._shown = key
        fill_table(self.aside, [[r.payload_id, where, r.reason()] for r, where in aside])
        latest = history[-SENT_ROWS:]
        fill_table(
            self.sent,
            [[d.sent_at, d.kind, d.payload_id, str(d.size), d.sha256] for d in reversed(latest)],
        )
        self.sent_note.setText(
            self.tr(
                "The latest {shown} of %n deliveries; all are in {file}.", "", len(history)
            ).format(shown=len(latest), file=self.uplink.history.path)
            if len(history) > len(latest)
            else ""
        )

    # -- actions ----------------------------------------------------------------------

    def _pause_or_resume(self) -> None:
        engine = self.uplink.engine
        if engine is None:
            return
        if engine.status.state == State.PAUSED:
            engine.resume()
        else:
            engine.pause()
        self.refresh()

    def _send_now(self) -> None:
        if self.uplink.engine is not None:
            self.uplink.engine.send_now()

    def _selected(self) -> list[Record]:
        rows = sorted({index.row() for index in self.aside.selectedIndexes()})
        aside = self._aside_records()
        return [aside[row][0] for row in rows if row < len(aside)]

    def _retry(self) -> None:
        spool = self.uplink.spool
        if spool is None:
            return
        for record in self._selected():
            spool.retry(record)
        self._shown = self._version = None
        self.refresh()

    def _discard(self) -> None:
        spool, chosen = self.uplink.spool, self._selected()
        if spool is None or not chosen:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Discard payloads"),
            self.tr("Discard %n payload(s)? They will never be sent.", "", len(chosen)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        for record in chosen:
            spool.delete(record)
        self._shown = self._version = None
        self.refresh()

    def _ask_export(self) -> None:
        spool = self.uplink.spool
        if spool is None:
            return
        saved = save_as(
            self,
            self.tr("Export the queue"),
            f"proactive-payloads-{time.strftime('%Y%m%d-%H%M')}.zip",
            "ZIP (*.zip)",
            lambda path: export_queue(spool, path),
        )
        if saved is None:
            return
        path, count = saved
        QMessageBox.information(
            self,
            self.tr("Queue exported"),
            self.tr(
                "%n payload(s) written to {path}. They stay queued and marked exported.", "", count
            ).format(path=path),
        )
