"""The Run quality page's plots: by cycle, the Q-score histogram, the flow-cell map."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from proactive_gui.runs.folder import RunFolder
from proactive_gui.runs.metrics import TILE_METRICS
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


class QScoreHistogram(QWidget):
    """Bases per Q score; Q30 and above in blue."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.plot = new_plot()
        self.item = quiet_plot(self.plot, self.tr("Q score"), self.tr("Bases (millions)"))
        self.item.addItem(
            pg.InfiniteLine(
                30,
                angle=90,
                pen=pg.mkPen("#991b1b", style=Qt.PenStyle.DashLine),
                label="Q30",
                labelOpts={"position": 0.9, "color": "#991b1b", "anchors": [(1.1, 0), (1.1, 0)]},
            )
        )
        self.bars: pg.BarGraphItem | None = None
        layout.addWidget(self.plot)

    def show_run(self, run: RunFolder) -> None:
        if self.bars is not None:
            self.item.removeItem(self.bars)
            self.bars = None
        if run.metrics is None or not len(run.metrics.qscore_bins):
            return
        bins, counts = run.metrics.qscore_bins, run.metrics.qscore_counts_m
        brushes = [pg.mkBrush("#0072B2" if q >= 30 else "#9ca3af") for q in bins]
        self.bars = pg.BarGraphItem(
            x=bins, height=counts, width=0.8, brushes=brushes, pens=[None] * len(bins)
        )
        self.item.addItem(self.bars)
        self.item.setXRange(0, max(42.0, float(bins.max()) + 2), padding=0)


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
        self.plot = new_plot()
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
            self.image.clear()
            return
        tiles = self.run.metrics.tile_map(str(self.metric_box.currentData()))
        if tiles.values.size == 0:
            self.image.clear()
            return
        values = tiles.values.T  # ImageItem: the first axis is x (columns of the flow cell)
        finite = values[np.isfinite(values)]
        self.image.setImage(values, autoLevels=False)
        if finite.size:
            low, high = float(finite.min()), float(finite.max())
            self.colour_bar.setLevels((low, high if high > low else low + 1))
        self.item.getAxis("bottom").setTicks(
            [[(i + 0.5, name) for i, name in enumerate(tiles.columns)]]
        )
        rows = values.shape[1]
        step = max(1, rows // 20)  # at most ~20 labels, however many tiles a swath has
        self.item.getAxis("left").setTicks([[(r + 0.5, str(r + 1)) for r in range(0, rows, step)]])
