"""Health: one live plot per subsystem and the newest reading of every channel.

Each plot shows a time window that advances in steps (``viewport``); per pixel column
pair it keeps each channel's minimum and maximum (``columns``), so a refresh folds in
only the samples that arrived since the last one, and only when the store has new ones.
Plot pages import pyqtgraph, so the app starts without paying for it.
"""

from __future__ import annotations

import math

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGraphicsItem,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QWidget,
)

from proactive_gui.health.limits import ChannelLimits
from proactive_gui.health.service import HealthService
from proactive_gui.instrument.channels import Channel, Subsystem
from proactive_gui.instrument.columns import PixelColumns
from proactive_gui.instrument.telemetry import TelemetryStore
from proactive_gui.instrument.viewport import steady_range, time_window
from proactive_gui.ui.live import (
    channel_text,
    forecast_text,
    format_clock,
    format_duration,
    format_reading,
)
from proactive_gui.ui.pages.base import Page
from proactive_gui.ui.plotting import TitledPlot, plot_colours
from proactive_gui.ui.tables import fill_table, make_table
from proactive_gui.ui.theme import CURVE_COLOURS, STATE_TONES, tr_core, tr_message
from proactive_gui.ui.traces import Traces

# Tick spacings a clock reader expects, in seconds (10 s to a day).
TIME_TICKS = (10, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 10800, 21600, 43200, 86400)
PIXELS_PER_LABEL = 90
SMALL_MULTIPLE_COLUMNS = 3
SMALL_MULTIPLE_HEIGHT = 190


class RunTimeAxis(pg.AxisItem):
    """An x axis in run time (seconds) labelled as h:mm, at whole minutes or hours."""

    def tickSpacing(
        self, min_value: float, max_value: float, size: float
    ) -> list[tuple[float, float]]:
        wanted = (max_value - min_value) * PIXELS_PER_LABEL / max(size, 1.0)
        major = next((s for s in TIME_TICKS if s >= wanted), TIME_TICKS[-1])
        minor = max((s for s in TIME_TICKS if s <= major / 4), default=major)
        return [(float(major), 0.0), (float(minor), 0.0)]

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        del scale
        return [format_clock(value, with_seconds=spacing < 60) for value in values]


# Channels drawn together share a unit, so one y axis serves them all.
PLOTTED: dict[Subsystem, tuple[str, ...]] = {
    Subsystem.OPTICAL: ("laser_red_power", "laser_green_power"),
    Subsystem.MECHANICAL: ("stage_x_error", "stage_y_error", "z_tracking_error"),
    Subsystem.THERMAL: (
        "flowcell_temperature",
        "flowcell_setpoint",
        "chiller_temperature",
        "ambient_temperature",
    ),
    Subsystem.FLUIDICS: ("pump_pressure", "vacuum_pressure"),
}


class SubsystemPlot(TitledPlot):
    """A live plot of one subsystem's channels (the demo: one unit a plot), or of one
    channel against the cycle (a run folder's small multiples)."""

    def __init__(
        self,
        subsystem: Subsystem,
        channels: list[Channel],
        parent: QWidget | None = None,
        by_cycle: bool = False,
    ) -> None:
        title = tr_core("Subsystem", subsystem.label)
        if by_cycle:
            title = f"{title} · {channel_text(channels[0])}"
        super().__init__(
            title,
            self.tr("Cycle") if by_cycle else self.tr("Run time (h:mm)"),
            channels[0].unit,
            axis_items={} if by_cycle else {"bottom": RunTimeAxis(orientation="bottom")},
            parent=parent,
        )
        self.by_cycle = by_cycle
        self.subsystem = subsystem
        colours = [CURVE_COLOURS[i % len(CURVE_COLOURS)] for i in range(len(channels))]
        if not by_cycle:
            self.set_legend(
                [(channel_text(c), colour) for c, colour in zip(channels, colours, strict=True)]
            )
        self.item.getAxis("left").setWidth(44)
        # The store hands over at most one min/max pair per two pixels, so pyqtgraph's own
        # clipping and downsampling have nothing left to do: one item draws every curve.
        # Axes change rarely (see viewport), so they are painted from a cached image.
        self.traces = Traces(
            {
                channel.id: pg.mkPen(colour, width=1)
                for channel, colour in zip(channels, colours, strict=True)
            }
        )
        self.item.addItem(self.traces)
        self.item.getViewBox().disableAutoRange()
        for axis in ("left", "bottom"):
            self.item.getAxis(axis).setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self._window: tuple[float, float, int] | None = None
        self._columns: dict[str, PixelColumns] = {}
        self._y_range: tuple[float, float] | None = None
        self._measured: bool | None = None
        self._limit_levels: list[float] = []
        self.empty_note = pg.TextItem(
            self.tr("No readings in this time range"), color=plot_colours()[1], anchor=(0.5, 0.5)
        )
        self.empty_note.setVisible(False)
        self.item.addItem(self.empty_note, ignoreBounds=True)

    def draw_limits(self, limits: ChannelLimits | None) -> None:
        """Warning (amber, dashed) and failure (red) levels of the plot's first channel."""
        if limits is None:
            return
        for band, colour, style in (
            (limits.warning, "#d97706", Qt.PenStyle.DashLine),
            (limits.failure, "#dc2626", Qt.PenStyle.SolidLine),
        ):
            for level in (band.low, band.high):
                if math.isfinite(level):
                    line = pg.InfiniteLine(
                        level, angle=0, pen=pg.mkPen(colour, width=1, style=style)
                    )
                    self.item.addItem(line)
                    self._limit_levels.append(level)

    def show_window(self, store: TelemetryStore, window_s: float | None) -> None:
        if self.by_cycle:  # the whole run, from its first to its last planned cycle
            status = store.status
            left, right = 0.0, float(max(status.total_cycles if status else 0, store.clock, 10))
        else:
            left, right = time_window(store.clock, window_s)
        # a min/max pair per two pixels: no more points than the plot is wide
        columns = max(50, int(self.item.getViewBox().width()) // 2)
        if (left, right, columns) != self._window:  # a new window: refill from the store
            self._window = (left, right, columns)
            self._columns = {cid: PixelColumns(left, right, columns) for cid in self.traces.names()}
            self.item.setXRange(left, right, padding=0.0)
        for cid, pixel_columns in self._columns.items():
            store.fold_into(cid, pixel_columns)
        self.traces.set_data({cid: c.series() for cid, c in self._columns.items()})
        item = self.item
        values = self.traces.value_range()
        if (values is not None) != self._measured:
            self._measured = values is not None
            self.empty_note.setVisible(values is None)
            item.getAxis("left").setStyle(showValues=values is not None)
        if values is None:
            self._y_range = None
            item.setYRange(0.0, 1.0, padding=0.0)
            self.empty_note.setPos((left + right) / 2, 0.5)
            return
        # the limit lines stay in view, so the distance to them can be read
        low, high = min([values[0], *self._limit_levels]), max([values[1], *self._limit_levels])
        y_range = steady_range(self._y_range, low, high)
        if y_range != self._y_range:
            self._y_range = y_range
            item.setYRange(*y_range, padding=0.0)


# The channel whose limits are drawn on each subsystem's plot.
LIMIT_LINES = {
    Subsystem.OPTICAL: "laser_red_power",
    Subsystem.MECHANICAL: "stage_x_error",
    Subsystem.THERMAL: "chiller_temperature",
    Subsystem.FLUIDICS: "pump_pressure",
}


def drawn_limits(limits: ChannelLimits | None) -> ChannelLimits | None:
    """Limits that can be drawn on a channel's own axis: those judged on the value."""
    return limits if limits is not None and limits.judge == "value" else None


def plotted_channels(store: TelemetryStore, subsystem: Subsystem) -> list[Channel]:
    """The demo's chosen channels (one unit a plot), or every channel of the subsystem."""
    by_id = {c.id: c for c in store.channels}
    chosen = [by_id[cid] for cid in PLOTTED[subsystem] if cid in by_id]
    return chosen or [c for c in store.channels if c.subsystem is subsystem]


class HealthPage(Page):
    page_id = "health"

    def __init__(
        self,
        store: TelemetryStore,
        health: HealthService | None = None,
        parent: QWidget | None = None,
    ) -> None:
        by_cycle = store.axis == "cycle"
        super().__init__(
            self.tr("Health"),
            self.tr(
                "Per-cycle signals of the optical, mechanical and fluidics subsystems from the "
                "run folder: the median over the flow cell's tiles, each channel on its own "
                "scale. Works without a network. Amber dashed lines are warning levels, red "
                "failure levels, drawn where a limit applies to the value itself; a band counts "
                "only when several cycles in a row are beyond it."
            )
            if by_cycle
            else self.tr(
                "Live signals of the optical, mechanical, thermal and fluidics subsystems, "
                "measured on the instrument. Works without a network. Lines: amber dashed is "
                "the warning level, red the failure level; they apply to half-minute medians, "
                "so a single spike does not count."
            ),
            parent,
        )
        self.store = store
        self.health = health
        self.by_cycle = by_cycle
        self._seen: tuple[int, int] | None = None
        self._shown_alerts: object = None

        controls_row = QWidget()
        controls = QHBoxLayout(controls_row)
        controls.setContentsMargins(0, 0, 0, 0)
        controls.addWidget(QLabel(self.tr("Show:")))
        self.range_box = QComboBox()
        self.ranges: list[float | None] = [600.0, 3600.0, None]
        self.range_box.addItems(
            [self.tr("Last 10 minutes"), self.tr("Last hour"), self.tr("Whole run")]
        )
        self.range_box.setCurrentIndex(1)
        self.range_box.currentIndexChanged.connect(lambda _: self.refresh())
        controls.addWidget(self.range_box)
        controls.addStretch(1)
        self.body.addWidget(controls_row)  # first: a widget shown without a parent is a window
        controls_row.setVisible(not self.by_cycle)  # a run folder: the whole run, by cycle

        plots = QWidget()
        grid = QGridLayout(plots)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(10)
        self.plots: dict[object, SubsystemPlot] = {}
        if self.by_cycle:
            self._small_multiples(grid)
        else:
            self.plots = {
                subsystem: SubsystemPlot(subsystem, plotted_channels(store, subsystem))
                for subsystem in Subsystem
            }
            for i, plot in enumerate(self.plots.values()):
                plot.setMinimumHeight(170)
                grid.addWidget(plot, i // 2, i % 2)
                if health is not None:
                    plot.draw_limits(
                        health.monitor.limits.channels.get(LIMIT_LINES[plot.subsystem])
                    )
        shown: QWidget = plots
        if self.by_cycle:
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setWidget(plots)
            shown = scroll

        self.table = QTableWidget(len(store.channels), 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Subsystem"), self.tr("Channel"), self.tr("Newest reading"), self.tr("Age")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.cells: list[tuple[QTableWidgetItem, QTableWidgetItem]] = []
        for row, channel in enumerate(store.channels):
            self.table.setItem(
                row, 0, QTableWidgetItem(tr_core("Subsystem", channel.subsystem.label))
            )
            self.table.setItem(row, 1, QTableWidgetItem(channel_text(channel)))
            reading, age = QTableWidgetItem("—"), QTableWidgetItem("—")
            for col, item in ((2, reading), (3, age)):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, col, item)
            self.cells.append((reading, age))
        if self.by_cycle:
            self.table.setHorizontalHeaderLabels(
                [
                    self.tr("Subsystem"),
                    self.tr("Channel"),
                    self.tr("Newest reading"),
                    self.tr("Cycle"),
                ]
            )
        self.alert_table = make_table(
            stretch=False,
            headers=[
                self.tr("Start"),
                self.tr("End"),
                self.tr("Channel"),
                self.tr("Level"),
                self.tr("Why"),
            ],
        )
        self.event_table = make_table(
            stretch=False, headers=[self.tr("Run time"), self.tr("Event")]
        )
        self.tabs = QTabWidget()
        self.tabs.addTab(self.table, self.tr("Readings"))
        self.tabs.addTab(self.alert_table, self.tr("Alerts"))
        self.tabs.addTab(self.event_table, self.tr("Events"))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(shown)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([450, 250])
        self.body.addWidget(splitter, stretch=1)

    def _small_multiples(self, grid: QGridLayout) -> None:
        """One plot per channel, each on its own scale, grouped by subsystem; a note
        for a subsystem this source does not measure."""
        row = 0
        limits = self.health.monitor.limits if self.health is not None else None
        for subsystem in Subsystem:
            channels = [c for c in self.store.channels if c.subsystem is subsystem]
            if not channels:
                note = QLabel(
                    self.tr(
                        "{subsystem}: not measured by this source (a run folder records no temperatures)."
                    ).format(subsystem=tr_core("Subsystem", subsystem.label))
                )
                note.setObjectName("muted")
                note.setWordWrap(True)
                grid.addWidget(note, row, 0, 1, SMALL_MULTIPLE_COLUMNS)
                row += 1
                continue
            for i, channel in enumerate(channels):
                plot = SubsystemPlot(subsystem, [channel], by_cycle=True)
                plot.setFixedHeight(SMALL_MULTIPLE_HEIGHT)
                plot.setMinimumWidth(160)
                grid.addWidget(plot, row + i // SMALL_MULTIPLE_COLUMNS, i % SMALL_MULTIPLE_COLUMNS)
                if limits is not None:
                    rules = limits.rules_for(channel.id)
                    plot.draw_limits(drawn_limits(rules[0] if rules else None))
                self.plots[channel.id] = plot
            row += (len(channels) + SMALL_MULTIPLE_COLUMNS - 1) // SMALL_MULTIPLE_COLUMNS

    def refresh(self) -> None:
        key = (self.store.revision, self.range_box.currentIndex())
        if key == self._seen:
            return
        self._seen = key
        window = self.ranges[self.range_box.currentIndex()]
        for plot in self.plots.values():
            plot.show_window(self.store, window)
        now = self.store.clock
        for (reading, age), channel in zip(self.cells, self.store.channels, strict=True):
            reading.setText(format_reading(self.store, channel))
            latest = self.store.latest(channel.id)  # the age of the reading shown
            if latest is None:
                age.setText("—")
            elif self.by_cycle:
                age.setText(f"{latest[0]:.0f}")
            else:
                age.setText(format_duration(now - latest[0]))
        self._show_health()
        events = self.store.events()
        if self.event_table.rowCount() != len(events):
            rows = [
                [format_clock(e.t), tr_message("Event", e.template, e.args)]
                for e in reversed(events)
            ]
            fill_table(self.event_table, rows, fit=True)

    def _show_health(self) -> None:
        report = self.health.report if self.health is not None else None
        if report is None or self.health is None:
            return
        for key, plot in self.plots.items():
            if isinstance(key, Subsystem):
                state = report.subsystems[key]
                plot.set_status(
                    tr_core("State", state.state.label),
                    STATE_TONES[state.state.value],
                    forecast_text(state, self.store),
                )
                continue
            channel = report.channels.get(str(key))
            if channel is not None:  # the channel in trouble stands out
                plot.set_status(
                    tr_core("State", channel.state.label), STATE_TONES[channel.state.value]
                )
                plot.setToolTip(channel.reason)
        alerts = self.health.alerts()
        shown = (
            tuple((a.start, a.end, a.level.value) for a in alerts),
            tuple((f.channel, f.cycles, f.state.value) for f in report.findings),
        )
        if shown != self._shown_alerts:  # refill only when an alert starts, escalates or ends
            self._shown_alerts = shown
            rows = [
                [
                    format_clock(a.start),
                    "—" if a.end is None else format_clock(a.end),
                    self._channel_name(a.channel),
                    tr_core("State", a.level.label),
                    a.reason,
                ]
                for a in reversed(alerts)
            ]
            rows += [  # faults with a place on the flow cell (a run folder's findings)
                [
                    "—" if f.cycles is None else f"{f.cycles[0]}",
                    "—" if f.cycles is None else f"{f.cycles[1]}",
                    self._channel_name(f.channel),
                    tr_core("State", f.state.label),
                    f.message,
                ]
                for f in report.findings
                if f.tiles is not None or f.lane is not None
            ]
            fill_table(self.alert_table, rows, fit=True)
            self.tabs.setTabText(
                1, self.tr("Alerts (%n open)", "", sum(a.end is None for a in alerts))
            )

    def _channel_name(self, channel_id: str) -> str:
        channel = self.store.channel(channel_id)
        return channel_text(channel) if channel is not None else channel_id
