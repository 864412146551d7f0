"""The Run quality page's plots: by cycle, the Q-score histogram, the flow-cell map."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from proactive_gui.runs.folder import RunFolder
from proactive_gui.runs.metrics import QSCORE_SCALES, TILE_METRICS
from proactive_gui.ui.plotting import TitledPlot, new_plot, quiet_plot
from proactive_gui.ui.theme import CURVE_COLOURS


class CyclePlots(QWidget):
    """%≥Q30, intensity and focus per channel, and error rate, by cycle."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        cycle = self.tr("Cycle")
        self.q30 = TitledPlot(self.tr("% ≥ Q30"), cycle, "%")
        self.intensity = TitledPlot(
            self.tr("Intensity (P90) per channel"), cycle, self.tr("counts")
        )
        self.fwhm = TitledPlot(self.tr("Focus (FWHM) per channel"), cycle, "px")
        self.error = TitledPlot(self.tr("Error rate"), cycle, "%")
        for i, plot in enumerate((self.q30, self.intensity, self.fwhm, self.error)):
            grid.addWidget(plot, i // 2, i % 2)

    def show_run(self, run: RunFolder) -> None:
        for plot in (self.q30, self.intensity, self.fwhm, self.error):
            plot.item.clear()
        if run.metrics is None:
            self._say_empty({})
            return
        series = run.metrics.by_cycle
        x = series.cycles
        self.q30.item.plot(
            x, series.percent_q30, pen=pg.mkPen(CURVE_COLOURS[0], width=1.5), connect="finite"
        )
        self.error.item.plot(
            x, series.error_rate, pen=pg.mkPen(CURVE_COLOURS[1], width=1.5), connect="finite"
        )
        for plot, channels in ((self.intensity, series.intensity), (self.fwhm, series.fwhm)):
            colours = [CURVE_COLOURS[i % len(CURVE_COLOURS)] for i in range(len(channels))]
            plot.set_legend(list(zip(channels, colours, strict=True)))
            for values, colour in zip(channels.values(), colours, strict=True):
                plot.item.plot(x, values, pen=pg.mkPen(colour, width=1.5), connect="finite")
        self._say_empty(
            {
                self.q30: [series.percent_q30],
                self.error: [series.error_rate],
                self.intensity: list(series.intensity.values()),
                self.fwhm: list(series.fwhm.values()),
            }
        )

    def _say_empty(self, drawn: dict[TitledPlot, list[Any]]) -> None:
        """An empty plot says so, rather than look like a plot that failed to draw."""
        for plot in (self.q30, self.intensity, self.fwhm, self.error):
            has_data = any(np.isfinite(values).any() for values in drawn.get(plot, []))
            plot.note.setText("" if has_data else self.tr("No data"))


class QScoreHistogram(QWidget):
    """Bases per Q score; Q30 and above in blue. The bases are counted in the scale
    interop chose for the run (millions, or billions on big runs), as SAV shows them."""

    HEADROOM = 1.15  # above the tallest bar, where the Q30 label sits

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.plot = new_plot()
        self.item = quiet_plot(self.plot, self.tr("Q score"), self.tr("Bases"))
        self.item.addItem(
            pg.InfiniteLine(
                30,
                angle=90,
                pen=pg.mkPen("#991b1b", style=Qt.PenStyle.DashLine),
                label="Q30",
                labelOpts={"position": 0.97, "color": "#991b1b", "anchors": [(1.1, 0), (1.1, 0)]},
            )
        )
        self.bars: pg.BarGraphItem | None = None
        layout.addWidget(self.plot)

    def unit_label(self, unit: str) -> str:
        """The y axis's title for interop's scale word ("million", "billion")."""
        if unit == "billion":
            return self.tr("Bases (billions)")
        if unit == "million":
            return self.tr("Bases (millions)")
        return self.tr("Bases")

    def show_run(self, run: RunFolder) -> None:
        if self.bars is not None:
            self.item.removeItem(self.bars)
            self.bars = None
        if run.metrics is None or not len(run.metrics.qscore_bins):
            self.item.setLabel("left", self.unit_label(""))
            return
        unit = run.metrics.qscore_unit or "million"  # the counts are in millions
        self.item.setLabel("left", self.unit_label(unit))
        bins = run.metrics.qscore_bins
        heights = run.metrics.qscore_counts_m * (1e6 / QSCORE_SCALES[unit])
        brushes = [pg.mkBrush("#0072B2" if q >= 30 else "#9ca3af") for q in bins]
        self.bars = pg.BarGraphItem(
            x=bins, height=heights, width=0.8, brushes=brushes, pens=[None] * len(bins)
        )
        self.item.addItem(self.bars)
        self.item.setXRange(0, max(42.0, float(bins.max()) + 2), padding=0)
        tallest = float(np.nanmax(heights)) if len(heights) else 0.0
        self.item.setYRange(0, tallest * self.HEADROOM if tallest > 0 else 1.0, padding=0)


class NamedAxis(pg.AxisItem):
    """An axis that names whole positions (flow-cell columns, tile rows) at their middles.

    As many names are shown as fit without touching at the axis's length now: every
    k-th, with k measured from the font; the others keep a tick without a name."""

    GAP_EM = 0.8  # the least space between two names along a horizontal axis, in em

    def __init__(self, orientation: str, **options: Any) -> None:
        super().__init__(orientation, **options)
        self.names: list[str] = []
        self.every = 1
        # one font for measuring and drawing (pyqtgraph draws with tickFont when set)
        self.setStyle(tickFont=QApplication.font())

    def set_names(self, names: Sequence[str]) -> None:
        self.names = list(names)
        self.picture = None
        self.update()

    def names_every(self, pixels_per_name: float) -> int:
        """k: the smallest step between shown names that keeps them apart."""
        if not self.names:
            return 1
        metrics = QFontMetricsF(self.style["tickFont"])
        if self.orientation in ("top", "bottom"):
            needed = max(metrics.horizontalAdvance(name) for name in self.names)
            needed += self.GAP_EM * metrics.horizontalAdvance("M")
        else:
            needed = metrics.height() * 1.2
        if pixels_per_name <= 0:
            return len(self.names)
        return max(1, math.ceil(needed / pixels_per_name))

    def tickValues(self, low: float, high: float, size: float) -> list[Any]:
        span = abs(high - low)  # an inverted view (rows top down) gives high < low
        if not self.names or span == 0:
            return []
        self.every = self.names_every(size / span)
        named = [i + 0.5 for i in range(0, len(self.names), self.every)]
        levels: list[Any] = [(float(self.every), named)]
        if self.every > 1:
            unnamed = [i + 0.5 for i in range(len(self.names)) if i % self.every]
            levels.append((1.0, unnamed))
        return levels

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        strings = []
        for value in values:
            index = math.floor(value)
            shown = 0 <= index < len(self.names) and index % self.every == 0
            strings.append(self.names[index] if shown else "")
        return strings


class FlowCellMap(QWidget):
    """One value per tile, laid out as the flow cell is, for a chosen metric."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.run: RunFolder | None = None
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Metric:")))
        self.metric_box = QComboBox()
        for key, label in TILE_METRICS.items():
            self.metric_box.addItem(label, key)
        self.metric_box.currentIndexChanged.connect(lambda _: self._draw())
        row.addWidget(self.metric_box)
        row.addStretch(1)
        layout.addLayout(row)
        self.columns_axis = NamedAxis("bottom")
        self.rows_axis = NamedAxis("left")
        self.plot = new_plot(axisItems={"bottom": self.columns_axis, "left": self.rows_axis})
        self.item = quiet_plot(
            self.plot, self.tr("Lane · surface · swath"), self.tr("Tile within swath")
        )
        self.item.showGrid(x=False, y=False)
        self.item.getViewBox().invertY(True)
        self.image = pg.ImageItem()
        self.item.addItem(self.image)
        self.colour_bar = pg.ColorBarItem(colorMap=pg.colormap.get("viridis"), interactive=False)
        self.colour_bar.setImageItem(self.image, insert_in=self.item)
        layout.addWidget(self.plot, stretch=1)

    def show_run(self, run: RunFolder) -> None:
        self.run = run
        self._draw()

    def _draw(self) -> None:
        if self.run is None or self.run.metrics is None:
            self._clear()
            return
        tiles = self.run.metrics.tile_map(str(self.metric_box.currentData()))
        if tiles.values.size == 0:
            self._clear()
            return
        values = tiles.values.T  # ImageItem: the first axis is x (columns of the flow cell)
        finite = values[np.isfinite(values)]
        self.image.setImage(values, autoLevels=False)
        if finite.size:
            low, high = float(finite.min()), float(finite.max())
            self.colour_bar.setLevels((low, high if high > low else low + 1))
        self.columns_axis.set_names(tiles.columns)
        self.rows_axis.set_names([str(row + 1) for row in range(values.shape[1])])

    def _clear(self) -> None:
        self.image.clear()
        self.columns_axis.set_names([])
        self.rows_axis.set_names([])
