"""History: every run read on this PC, the trends across runs per instrument and channel
(one point per run on a date axis, the service limit, the trend line) and the forecasts
of when service will be due.

The scan and every database query run on the scanner's thread (``history.scan``);
``HistoryBridge`` hands their results to the GUI's thread with signals, so the page only
draws what it is given.
"""

from __future__ import annotations

from pathlib import Path

import pyqtgraph as pg
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QProgressBar,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from proactive_gui.history.records import RunRecord
from proactive_gui.history.scan import FOLLOW_EVERY_S, HistoryScanner, ScanResult, ScanStep
from proactive_gui.history.trends import SERVICE_DUE_RUNS, ChannelTrend, forecasts, moment_of
from proactive_gui.i18n import QT_TRANSLATE_NOOP
from proactive_gui.instrument.channels import Subsystem
from proactive_gui.runs.isolation import InteropWorker
from proactive_gui.ui.pages.base import Page, card
from proactive_gui.ui.plotting import TitledPlot
from proactive_gui.ui.theme import CURVE_COLOURS, tr_core


class HistoryBridge(QObject):
    """The history scanner's results as signals, received on the GUI's thread."""

    progress = Signal(int, int, str)  # done, total, folder name
    finished = Signal(object, str)  # ScanResult, the database's notice ("" if none)
    failed = Signal(str)
    loaded = Signal(object, object)  # list[RunRecord], list[ChannelTrend]

    def __init__(
        self,
        database: Path,
        root: Path | None,
        parent: QObject | None = None,
        worker: InteropWorker | None = None,
        every_s: float | None = FOLLOW_EVERY_S,
    ) -> None:
        super().__init__(parent)
        self.scanner = HistoryScanner(
            database,
            root,
            on_step=self._step,
            on_done=lambda result, notice: self.finished.emit(result, notice or ""),
            on_error=self.failed.emit,
            worker=worker,
            every_s=every_s,
            on_history=self.loaded.emit,
        )

    def _step(self, step: ScanStep) -> None:
        self.progress.emit(step.done, step.total, step.folder.name)

    def start(self) -> None:
        self.scanner.start()

    def stop(self, timeout: float = 2.0) -> bool:
        return self.scanner.stop(timeout)


COLUMNS = 7
STARTED, INSTRUMENT, MODEL, RUN, STATE, CYCLES, HEALTH = range(COLUMNS)


class HistoryPage(Page):
    page_id = "history"
    open_run = Signal(str)  # a run's folder, to show on Run quality

    def __init__(self, bridge: HistoryBridge, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("History"),
            self.tr(
                "Every run read on this PC, and the trends across runs of each instrument: "
                "when a value heads for its service limit, the forecast says in how many "
                "runs it gets there."
            ),
            parent,
        )
        self.bridge = bridge
        self.runs: list[RunRecord] = []
        self.trends: list[ChannelTrend] = []
        self.status = QLabel(self.tr("Reading the history…"))
        self.status.setObjectName("muted")
        self.status.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setVisible(False)
        self.notice = QLabel("")
        self.notice.setWordWrap(True)
        self.notice.setVisible(False)
        for widget in (self.status, self.bar, self.notice):
            self.body.addWidget(widget)

        box, layout = card(self.tr("Forecasts"))
        self.forecast_text = QLabel("")
        self.forecast_text.setWordWrap(True)
        layout.addWidget(self.forecast_text)
        self.body.addWidget(box)

        box, layout = card(self.tr("Trend across runs"))
        self.choice = QComboBox()
        self.choice.currentIndexChanged.connect(self._draw)
        layout.addWidget(self.choice)
        self.plot = TitledPlot(
            self.tr("One point per run"),
            self.tr("Run started"),
            "",
            axis_items={"bottom": pg.DateAxisItem()},
        )
        self.plot.setMinimumHeight(260)
        layout.addWidget(self.plot)
        self.body.addWidget(box)

        box, layout = card(self.tr("Runs"))
        self.table = QTableWidget(0, COLUMNS)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Started"),
                self.tr("Instrument"),
                self.tr("Model"),
                self.tr("Run"),
                self.tr("State"),
                self.tr("Cycles"),
                self.tr("Health"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(STARTED, 190)
        self.table.setColumnWidth(RUN, 320)
        self.table.setMinimumHeight(280)
        self.table.cellDoubleClicked.connect(self._open)
        layout.addWidget(self.table)
        self.body.addWidget(box, stretch=1)

        bridge.progress.connect(self._progress)
        bridge.finished.connect(self._finished)
        bridge.failed.connect(self._failed)
        bridge.loaded.connect(self.show_history)

    # scanner results, on the GUI's thread
    def _progress(self, done: int, total: int, name: str) -> None:
        self.bar.setVisible(done < total)
        self.bar.setRange(0, total)
        self.bar.setValue(done)
        self.status.setText(
            self.tr("Reading run folders into the history: {done} of {total} ({name})").format(
                done=done, total=total, name=name
            )
        )

    def _finished(self, result: ScanResult, notice: str) -> None:
        self.bar.setVisible(False)
        text = self.tr("%n run folder(s) under {root}", "", result.found).format(root=result.root)
        text += " · " + self.tr("%n read", "", result.read)
        text += " · " + self.tr("%n unchanged", "", result.unchanged)
        if result.damaged:
            text += " · " + self.tr("%n damaged (shown in the table)", "", result.damaged)
        if result.gone:
            text += " · " + self.tr("%n no longer on the disk", "", result.gone)
        self.status.setText(text)
        if notice:  # said once: the database forgets it when it is taken
            self.notice.setText(
                self.tr(
                    "The history database was damaged; it was kept aside and is rebuilt "
                    "from the run folders."
                )
            )
            self.notice.setVisible(True)

    def _failed(self, message: str) -> None:
        self.bar.setVisible(False)
        self.status.setText(
            self.tr("The history could not be read: {reason}").format(reason=message)
        )

    def show_history(self, runs: list[RunRecord], trends: list[ChannelTrend]) -> None:
        self.runs, self.trends = runs, trends
        self._fill_table()
        due = forecasts(trends)
        self.forecast_text.setText(
            "\n".join(self.forecast_message(t) for t in due)
            or self.tr(
                "No forecast: no instrument's series of comparable runs is heading for a service limit."
            )
        )
        shown = self.choice.currentText()
        self.choice.blockSignals(True)
        self.choice.clear()
        drawable = sorted(
            (t for t in trends if t.points),
            key=lambda t: (t.runs_to_limit is None, t.runs_to_limit or 0, t.series.serial),
        )
        self._drawable = drawable
        for trend in drawable:
            self.choice.addItem(f"{trend.series.serial} · {self._what(trend)} · {trend.series.kit}")
        self.choice.blockSignals(False)
        index = self.choice.findText(shown)
        self.choice.setCurrentIndex(index if index >= 0 else 0)
        self._draw()

    # texts
    def _what(self, trend: ChannelTrend) -> str:
        template = trend.what_template or trend.what
        return tr_core("HistoryMeasure", template).format(chemistry=trend.chemistry)

    def forecast_message(self, trend: ChannelTrend) -> str:
        subsystem = tr_core("Subsystem", Subsystem(trend.subsystem).label)
        what = self._what(trend)
        runs = trend.runs_to_limit or 0
        if runs == 0:
            return self.tr("{subsystem}: {what} has reached the service limit").format(
                subsystem=subsystem, what=what
            )
        change = abs(trend.change_pct or 0.0)
        count = len(trend.points)
        if (trend.change_pct or 0.0) < 0:
            moved = self.tr("{subsystem}: {what} down {change} % over %n run(s)", "", count)
        else:
            moved = self.tr("{subsystem}: {what} up {change} % over %n run(s)", "", count)
        text = moved.format(subsystem=subsystem, what=what, change=f"{change:.0f}")
        when = self.tr("at this rate it reaches the service limit in about %n run(s)", "", runs)
        text += "; " + when
        if trend.days_to_limit is not None:
            days = max(1, round(trend.days_to_limit))
            text += " " + self.tr("(about %n day(s))", "", days)
        return f"{trend.series.serial}: {text}"

    # table and plot
    def _fill_table(self) -> None:
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(self.runs))
        for row, run in enumerate(self.runs):
            state = self.tr("gone") if run.gone else _state_text(run.state)
            if run.damaged:
                health = run.damaged
            elif not run.channels:
                health = self.tr("no metrics")
            else:
                attention = [c.label for c in run.channels if c.state in ("warning", "failure")]
                health = ", ".join(attention) if attention else self.tr("OK")
            cells = (
                run.started or "",
                run.serial,
                run.model,
                run.run_id or Path(run.folder).name,
                state,
                f"{run.cycles_done} / {run.cycles_planned}",
                health,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, run.folder)
                self.table.setItem(row, column, item)
        self.table.setSortingEnabled(True)

    def _open(self, row: int, _column: int) -> None:
        item = self.table.item(row, 0)
        folder = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if folder and Path(folder).is_dir():
            self.open_run.emit(str(folder))

    def _draw(self) -> None:
        item = self.plot.item
        item.clear()
        drawable: list[ChannelTrend] = getattr(self, "_drawable", [])
        index = self.choice.currentIndex()
        if not 0 <= index < len(drawable):
            self.plot.note.setText(self.tr("No data"))
            return
        trend = drawable[index]
        x, y = [], []
        for point in trend.points:
            moment = moment_of(point.started)
            if moment is not None:
                x.append(moment.timestamp())
                y.append(point.value)
        self.plot.note.setText("" if x else self.tr("No data"))
        unit = "%" if trend.judge == "percent_of_reference" else ""
        item.setLabel("left", unit)
        colour = CURVE_COLOURS[0]
        item.plot(x, y, pen=None, symbol="o", symbolSize=7, symbolBrush=colour)
        if trend.limit is not None:
            item.addItem(
                pg.InfiniteLine(
                    trend.limit,
                    angle=0,
                    pen=pg.mkPen(CURVE_COLOURS[1], width=1.5, style=Qt.PenStyle.DashLine),
                )
            )
        if trend.line is not None and len(x) == len(trend.points) and len(x) > 1:
            item.plot([x[0], x[-1]], list(trend.line), pen=pg.mkPen(colour, width=1.5))
        due = trend.runs_to_limit is not None and trend.runs_to_limit <= SERVICE_DUE_RUNS
        status = self.tr("Service due soon") if due else ""
        self.plot.set_status(status, "warn" if status else "neutral")


_STATES = {  # a run's state in the table (context HistoryPage, as lupdate reads it)
    "running": QT_TRANSLATE_NOOP("HistoryPage", "running"),
    "complete": QT_TRANSLATE_NOOP("HistoryPage", "complete"),
    "stopped": QT_TRANSLATE_NOOP("HistoryPage", "stopped"),
    "damaged": QT_TRANSLATE_NOOP("HistoryPage", "damaged"),
}


def _state_text(state: str) -> str:
    return tr_core("HistoryPage", _STATES[state]) if state in _STATES else state
