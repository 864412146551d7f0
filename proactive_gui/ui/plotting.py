"""pyqtgraph, configured once for every page that plots (imported only by those pages,
so start-up does not pay for it)."""

from __future__ import annotations

import pyqtgraph as pg

pg.setConfigOptions(background="w", foreground="#374151", antialias=False)


def quiet_plot(plot: pg.PlotWidget, x_label: str, y_label: str) -> pg.PlotItem:
    """A plot for reading, not exploring: labels, a light grid, no menus or mouse zoom."""
    item = plot.getPlotItem()
    item.setLabel("left", y_label)
    item.setLabel("bottom", x_label)
    item.getAxis("left").enableAutoSIPrefix(False)
    item.showGrid(x=True, y=True, alpha=0.25)
    item.setMenuEnabled(False)
    item.hideButtons()
    item.getViewBox().setMouseEnabled(x=False, y=False)
    return item
