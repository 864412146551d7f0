"""Run quality: how the current run is going, read from its run folder, as the vendor's
viewer shows it: summary per read and lane, by-cycle plots, the Q-score histogram and a
flow-cell heat map; and which of the folder's fields may travel and which stay here."""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from proactive_gui.payload.build import run_disclosures
from proactive_gui.runs.folder import RunFolder
from proactive_gui.runs.metrics import Problem
from proactive_gui.runs.watcher import WatchUpdate
from proactive_gui.ui.disclosures import disclosure_why
from proactive_gui.ui.live import format_number
from proactive_gui.ui.pages.base import Page, card
from proactive_gui.ui.pages.run_plots import CyclePlots, FlowCellMap, QScoreHistogram
from proactive_gui.ui.run_bridge import RunWatchBridge
from proactive_gui.ui.tables import fill_table, make_table
from proactive_gui.ui.theme import pill, set_tone, tr_core, tr_message


def in_words(note: str) -> str:
    """A problem in the reader's language where the core worded it for translation."""
    if isinstance(note, Problem):
        return tr_message("RunProblem", note.template, dict(note.fields))
    return note


def fmt(value: float, decimals: int = 2, unit: str = "") -> str:
    """A number for a table or a line, or an em dash (no unit) when there is none."""
    if value is None or not math.isfinite(value):
        return "—"
    return f"{format_number(value, decimals, grouped=True)}{unit}"


class RunQualityPage(Page):
    page_id = "run_quality"

    def __init__(self, bridge: RunWatchBridge | None, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Run quality"),
            self.tr(
                "How the current run is going, read from the instrument's run folder. Works without a network."
            ),
            parent,
        )
        self.run: RunFolder | None = None
        self.bridge = bridge
        self._told: object = None  # the files the Fields tab was filled from

        head, head_layout = card()
        top = QHBoxLayout()
        self.identity = QLabel(self.tr("No run folder"))
        self.identity.setObjectName("bigValue")
        self.identity.setWordWrap(True)
        self.state = pill(self.tr("No run"), "neutral")
        top.addWidget(self.identity, stretch=1)
        top.addWidget(self.state, alignment=Qt.AlignmentFlag.AlignTop)
        head_layout.addLayout(top)
        self.details = QLabel("")
        self.details.setObjectName("muted")
        self.details.setWordWrap(True)
        head_layout.addWidget(self.details)
        self.loading = QProgressBar()
        self.loading.setRange(0, 3)
        self.loading.setVisible(False)
        head_layout.addWidget(self.loading)
        self.problems = QLabel("")
        self.problems.setWordWrap(True)
        self.problems.setProperty("pill", True)
        self.problems.setVisible(False)
        head_layout.addWidget(self.problems)
        self.body.addWidget(head)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._summary_tab(), self.tr("Summary"))
        self.cycles = CyclePlots()
        self.tabs.addTab(self.cycles, self.tr("By cycle"))
        self.qscores = QScoreHistogram()
        self.tabs.addTab(self.qscores, self.tr("Q-score histogram"))
        self.flowcell = FlowCellMap()
        self.tabs.addTab(self.flowcell, self.tr("Flow cell"))
        self.tabs.addTab(self._fields_tab(), self.tr("Run parameters"))
        self.body.addWidget(self.tabs, stretch=1)

        if bridge is None:
            self.details.setText(
                self.tr(
                    "Open a run folder with: proactive-gui --run-folder DIR, or set the folder "
                    "where the instrument writes its runs: proactive-gui config set run_folder_root DIR"
                )
            )
            return
        self.identity.setText(self.tr("Loading {folder}…").format(folder=bridge.target))
        bridge.progress.connect(self.show_progress)
        bridge.updated.connect(self.show_update)
        if bridge.last is not None:
            self.show_update(bridge.last)

    # ------------------------------------------------------------------ tabs
    def _summary_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        self.totals = QLabel("—")
        self.totals.setObjectName("reading")
        self.totals.setWordWrap(True)
        layout.addWidget(self.totals)
        self.read_table = make_table(
            [
                self.tr("Read"),
                self.tr("Cycles"),
                self.tr("Yield (Gb)"),
                self.tr("% ≥ Q30"),
                self.tr("Error rate (%)"),
                self.tr("Aligned (%)"),
            ]
        )
        self.lane_table = make_table(
            [
                self.tr("Lane"),
                self.tr("Read"),
                self.tr("Tiles"),
                self.tr("Density k/mm²"),
                self.tr("% PF"),
                self.tr("Reads PF (M)"),
                self.tr("% ≥ Q30"),
                self.tr("Yield (Gb)"),
                self.tr("Error rate (%)"),
            ]
        )
        self.consumable_table = make_table(
            [
                self.tr("Consumable"),
                self.tr("Serial"),
                self.tr("Part"),
                self.tr("Lot"),
                self.tr("Expires"),
            ]
        )
        for title, table, stretch in (
            (self.tr("Per read"), self.read_table, 2),
            (self.tr("Per lane"), self.lane_table, 3),
            (self.tr("Consumables"), self.consumable_table, 2),
        ):
            heading = QLabel(title)
            heading.setObjectName("cardTitle")
            layout.addWidget(heading)
            layout.addWidget(table, stretch=stretch)
        return tab

    def _fields_tab(self) -> QWidget:
        tab = QWidget()
        layout = QHBoxLayout(tab)
        self.travel_table = make_table([self.tr("Field"), self.tr("Value"), self.tr("Sent as")])
        self.local_table = make_table(
            [self.tr("Field"), self.tr("Value"), self.tr("Why it is not sent")]
        )
        for table in (self.travel_table, self.local_table):
            header = table.horizontalHeader()
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
            header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for title, note, table in (
            (
                self.tr("Sent"),
                self.tr(
                    "Values of this run folder that a payload carries (versions, serials, "
                    "lots, read structure), and as which fields."
                ),
                self.travel_table,
            ),
            (
                self.tr("Stays on this PC"),
                self.tr(
                    "Names, paths, computer names, cloud ids and any field the allow-list "
                    "does not name: never in a payload."
                ),
                self.local_table,
            ),
        ):
            column = QVBoxLayout()
            heading = QLabel(title)
            heading.setObjectName("cardTitle")
            hint = QLabel(note)
            hint.setObjectName("muted")
            hint.setWordWrap(True)
            column.addWidget(heading)
            column.addWidget(hint)
            column.addWidget(table)
            layout.addLayout(column)
        return tab

    # ------------------------------------------------------------------ updates
    def show_progress(self, step: int, steps: int, what: str) -> None:
        self.loading.setRange(0, steps)
        self.loading.setValue(step)
        self.loading.setFormat(what)
        self.loading.setVisible(step < steps)

    def show_update(self, update: WatchUpdate) -> None:
        self.loading.setVisible(False)
        if update.run is None:  # nothing loaded (yet): say which folder, not "Loading…"
            if self.bridge is not None:
                self.identity.setText(str(self.bridge.target))
            self._show_problems(
                [update.error or self.tr("The run folder could not be read.")], update.retrying
            )
            return
        self.run = run = update.run
        info = run.run_info
        self.identity.setText(f"{run.model.name} {info.instrument_id}  ·  {info.run_id}")
        if run.state == "running":
            self.state.setText(
                self.tr("Running — cycle {done} of {planned}").format(
                    done=run.cycles_done, planned=run.cycles_planned
                )
            )
            set_tone(self.state, "info")
        elif run.state == "complete":
            self.state.setText(self.tr("Complete"))
            set_tone(self.state, "ok")
        else:
            self.state.setText(self.tr("Stopped: {status}").format(status=run.completion_status))
            set_tone(self.state, "bad")
        params = run.parameters
        software = f"{params.application} {params.application_version}" if params else "—"
        self.details.setText(
            self.tr(
                "Flow cell {flowcell} · reads {reads} · {lanes} lane(s) · {software} · folder {folder}"
            ).format(
                flowcell=info.flowcell,
                reads=info.read_structure,
                lanes=info.lanes,
                software=software,
                folder=run.path,
            )
        )
        notes = [*run.problems, *(run.metrics.missing if run.metrics else ())]
        self._show_problems(notes, update.retrying)
        self._fill_summary(run)
        for view in (self.cycles, self.qscores, self.flowcell):
            view.show_run(run)
        self._fill_fields(run)

    def _show_problems(self, notes: Sequence[str], retrying: bool) -> None:
        if retrying:
            notes = [*notes, self.tr("The instrument may still be writing; trying again shortly.")]
        self.problems.setText("\n".join(f"•  {in_words(n)}" for n in notes))
        self.problems.setVisible(bool(notes))
        set_tone(self.problems, "warn")

    def _fill_summary(self, run: RunFolder) -> None:
        m = run.metrics
        if m is None:
            self.totals.setText(self.tr("No InterOp metrics could be read (see above)."))
            for table in (self.read_table, self.lane_table):
                table.setRowCount(0)
        else:
            self.totals.setText(
                self.tr(
                    "Yield {y} (projected {p})   ·   % ≥ Q30 {q}   ·   error rate {e}   ·   "
                    "density {d}   ·   % PF {pf}   ·   cycles {c} of {t}"
                ).format(
                    y=fmt(m.yield_g, 2, " Gb"),
                    p=fmt(m.projected_yield_g, 2, " Gb"),
                    q=fmt(m.percent_q30),
                    e=fmt(m.error_rate, 2, " %"),
                    d=fmt(m.density_k_mm2, 0, " k/mm²"),
                    pf=fmt(m.percent_pf, 1),
                    c=run.cycles_done,
                    t=run.cycles_planned,
                )
            )
            fill_table(
                numeric=True,
                table=self.read_table,
                rows=[
                    [
                        f"{r.number}{self.tr(' (index)') if r.is_index else ''}",
                        str(r.cycles),
                        *self._read_quality(
                            r.yield_g, r.percent_q30, r.error_rate, r.percent_aligned
                        ),
                    ]
                    for r in m.reads
                ],
            )
            fill_table(
                numeric=True,
                table=self.lane_table,
                rows=[
                    [
                        str(ln.lane),
                        str(ln.read_number),
                        str(ln.tiles),
                        fmt(ln.density_k_mm2, 0),
                        fmt(ln.percent_pf, 1),
                        fmt(ln.reads_pf_m),
                        fmt(ln.percent_q30),
                        fmt(ln.yield_g),
                        fmt(ln.error_rate),
                    ]
                    for ln in m.lanes
                ],
            )
        fill_table(
            numeric=True,
            table=self.consumable_table,
            rows=[
                [
                    tr_core("Consumable", c.kind),
                    c.serial or "—",
                    c.part_number or "—",
                    c.lot or "—",
                    c.expiration[:10] or "—",
                ]
                for c in run.consumables
            ],
        )

    @staticmethod
    def _read_quality(yield_g: float, q30: float, error: float, aligned: float) -> list[str]:
        """A read with no bases yet (a running run) shows dashes, not zeros; so does the
        aligned share when nothing was aligned (no PhiX, no error rate)."""
        sequenced = math.isfinite(yield_g) and yield_g > 0
        return [
            fmt(yield_g) if sequenced else "—",
            fmt(q30) if sequenced else "—",
            fmt(error),
            fmt(aligned) if math.isfinite(error) else "—",
        ]

    def _fill_fields(self, run: RunFolder) -> None:
        """What a payload takes from this run folder and what stays, as the payload
        builder decides it (the same answer as the Payload page's)."""
        told = (run.run_info, run.parameters)
        if told == self._told:
            return  # a new cycle: the same files, the same answer
        self._told = told
        disclosures = run_disclosures(run)
        fill_table(
            self.travel_table,
            [
                [f"{d.source} {d.field}", d.value, ", ".join(d.sent_as)]
                for d in disclosures
                if d.sent
            ],
        )
        fill_table(
            self.local_table,
            [
                [f"{d.source} {d.field}", d.value, disclosure_why(d)]
                for d in disclosures
                if not d.sent
            ],
        )
