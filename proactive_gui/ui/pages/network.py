"""Network: the readiness checks for IT, live, with evidence and remedies, and a report
to copy or export. The checks run on a background thread; this page polls them."""

from __future__ import annotations

import html
import json
import time
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QWidget,
)

from proactive_gui.netcheck.about import about
from proactive_gui.netcheck.checks import FAIL, PASS, SKIPPED, WARN, CheckResult, report_json
from proactive_gui.netcheck.report import as_html, as_text
from proactive_gui.netcheck.run import CheckRun, overall
from proactive_gui.netcheck.texts import CONTEXT, LABEL_CONTEXT, LABELS, TITLES, Message
from proactive_gui.ui.files import save_as
from proactive_gui.ui.flow_layout import flowing
from proactive_gui.ui.live import format_duration
from proactive_gui.ui.pages.base import Page, card
from proactive_gui.ui.tables import make_table
from proactive_gui.ui.theme import pill, set_tone, tr_core, tr_message

TONES = {PASS: "ok", WARN: "warn", FAIL: "bad", SKIPPED: "neutral"}


class NetworkPage(Page):
    page_id = "network"

    def __init__(self, checks: CheckRun, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Network"),
            self.tr(
                "Readiness checks for IT, with the uploader's own address, proxy and trust "
                "settings: a green check means uploads will work."
            ),
            parent,
        )
        self.checks = checks
        self._shown: tuple[int, str | None, float | None] | None = None
        self._started: float | None = None
        row = QHBoxLayout()
        self.run_button = QPushButton(self.tr("Run all checks"))
        self.run_button.clicked.connect(self.run_checks)
        self.one_button = QPushButton(self.tr("Run the selected check"))
        self.one_button.setToolTip(self.tr("With the stages it needs before it"))
        self.one_button.clicked.connect(self._run_selected)
        self.copy_button = QPushButton(self.tr("Copy report"))
        self.copy_button.clicked.connect(self._copy)
        self.export_button = QPushButton(self.tr("Export report…"))
        self.export_button.clicked.connect(self._ask_export)
        self.verdict = pill(self.tr("Not run yet"), "neutral")
        self.when = QLabel()
        self.when.setObjectName("muted")
        buttons = [self.run_button, self.one_button, self.copy_button, self.export_button]
        row.addWidget(flowing([*buttons, self.verdict]), stretch=1)  # wraps when narrow
        self.body.addLayout(row)
        self.when.setWordWrap(True)
        self.body.addWidget(self.when)
        self.table = make_table(
            stretch=False,
            headers=[self.tr("Stage"), self.tr("Verdict"), self.tr("Time"), self.tr("Evidence")],
        )
        self.table.currentCellChanged.connect(lambda row, *_: self._details(row))
        self.body.addWidget(self.table, stretch=2)
        details_card, details_layout = card(self.tr("Evidence and remedy"))
        self.details = QLabel(self.tr("Select a stage to see its evidence and what to do."))
        self.details.setWordWrap(True)
        self.details.setObjectName("reading")
        details_layout.addWidget(self.details)
        details_layout.addStretch(1)
        self.body.addWidget(details_card, stretch=1)
        self.refresh()

    def run_checks(self) -> None:
        self._started = time.time()
        self.checks.start()
        self.refresh()

    def _run_selected(self) -> None:
        results = self.results()
        row = self.table.currentRow()
        if 0 <= row < len(results):
            self._started = time.time()
            self.checks.start(until=results[row].id)
            self.refresh()

    def results(self) -> list[CheckResult]:
        return self.checks.snapshot()[0]

    def refresh(self) -> None:
        results, current = self.checks.snapshot()
        running = self.checks.running
        self.run_button.setEnabled(not running)
        self.one_button.setEnabled(not running and bool(results))
        finished = self.checks.finished_at
        if finished is not None:
            self.when.setText(
                self.tr("Last run {age} ago").format(age=format_duration(time.time() - finished))
            )
        key = (len(results), current, finished)
        if key == self._shown:
            return
        self._shown = key
        self._fill(results, current)
        if running:
            self.verdict.setText(self.tr("Running…"))
            set_tone(self.verdict, "info")
        elif results:
            verdict = overall(results)
            self.verdict.setText(self._label(verdict))
            set_tone(self.verdict, TONES[verdict])

    def _label(self, verdict: str) -> str:
        return {
            PASS: self.tr("Pass"),
            WARN: self.tr("Warning"),
            FAIL: self.tr("Fail"),
            SKIPPED: self.tr("Skipped"),
        }[verdict]

    def _fill(self, results: list[CheckResult], current: str | None) -> None:
        rows = [
            [
                tr_core("Check", r.title),
                self._label(r.verdict),
                f"{r.duration_s * 1000:.0f} ms",
                _short(self._evidence(r)),
            ]
            for r in results
        ]
        if current is not None:
            rows.append(
                [tr_core("Check", TITLES.get(current, current)), self.tr("Running…"), "", ""]
            )
        self.table.setRowCount(len(rows))
        for r, cells in enumerate(rows):
            for c, text in enumerate(cells):
                item = self.table.item(r, c)
                if item is None:
                    item = QTableWidgetItem()
                    self.table.setItem(r, c, item)
                item.setText(text)
        self.table.resizeColumnsToContents()

    def _details(self, row: int) -> None:
        results = self.results()
        if not 0 <= row < len(results):
            return
        r = results[row]
        evidence = "<br>".join(
            f"<b>{html.escape(label)}</b>: {html.escape(value)}"
            for label, value in self._evidence(r)
        )
        remedy = ""
        if r.remedy:
            what_to_do = self.tr("What to do")
            said = _said(r.remedy_message) if r.remedy_message else r.remedy
            remedy = f"<br><br><b>{html.escape(what_to_do)}:</b> {html.escape(said)}"
        title = html.escape(tr_core("Check", r.title))
        self.details.setText(f"<b>{title}</b>: {self._label(r.verdict)}<br>{evidence}{remedy}")

    def _evidence(self, result: CheckResult) -> list[tuple[str, str]]:
        """(label, value) in the window's language: the labels and the worded evidence
        translated, the data (names, addresses, codes, OS errors) as they are."""
        return [
            (tr_core(LABEL_CONTEXT, LABELS.get(key, key)), self._value(result, key, value))
            for key, value in result.evidence.items()
        ]

    def _value(self, result: CheckResult, key: str, value: object) -> str:
        if key in result.worded:
            return _said(result.worded[key])
        if isinstance(value, bool):
            return self.tr("yes") if value else self.tr("no")
        if value is None:
            return "—"
        if isinstance(value, float):
            return QLocale().toString(value, "f", 1)
        if isinstance(value, list):
            return ", ".join(str(item) for item in value) if value else self.tr("none")
        return str(value)

    def _copy(self) -> None:
        results = self.results()
        if results:
            QGuiApplication.clipboard().setText(as_text(results, about(self.checks.settings_file)))

    def export(self, target: Path) -> None:
        results = self.results()
        started = datetime.fromtimestamp(self._started or self.checks.finished_at or time.time())
        context = about(self.checks.settings_file)  # which PC, for IT's ticket
        document = report_json(results, started.timestamp(), context)
        text = (
            document
            if target.suffix == ".json"
            else as_html(results, json.loads(document)["started_at"], context)
        )
        target.write_text(text, encoding="utf-8")

    def _ask_export(self) -> None:
        if self.results():
            save_as(
                self,
                self.tr("Export report"),
                "readiness.html",
                "HTML (*.html);;JSON (*.json)",
                self.export,
            )


def _said(message: Message) -> str:
    """A check's sentence in the window's language, its values (data) put in."""
    return tr_message(CONTEXT, message.template, dict(message.values))


def _short(evidence: list[tuple[str, str]]) -> str:
    """The evidence in one line for the table."""
    text = ", ".join(f"{label}: {value}" for label, value in evidence)
    return text if len(text) < 90 else text[:87] + "…"
