"""pyqtgraph, configured once for every page that plots (imported only by those pages,
so start-up does not pay for it)."""

from __future__ import annotations

import html
from collections.abc import Sequence

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from proactive_gui.ui.theme import palette_colours, pill, set_tone

pg.setConfigOptions(antialias=False)


def plot_colours() -> tuple[str, str]:
    """(background, foreground) of plots in the theme in use: the cards' colours."""
    app = QApplication.instance()
    theme = app.property("theme") if app is not None else None
    colours = palette_colours(theme if theme in ("light", "dark") else "light")
    background = colours["card_bg"]
    return background, colours["legend"]


def new_plot(**options: object) -> pg.PlotWidget:
    """A PlotWidget drawn in the theme's colours (a theme change rebuilds the pages)."""
    background, foreground = plot_colours()
    pg.setConfigOptions(background=background, foreground=foreground)
    return pg.PlotWidget(**options)


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


class TitledPlot(QFrame):
    """A plot in a card, with its title and legend as Qt labels above the plot area.

    Deliberately no pyqtgraph LabelItem (plot titles, LegendItem): during teardown its
    resizeEvent can run after its text item is deleted and crash the process."""

    def __init__(
        self,
        title: str,
        x_label: str,
        y_label: str,
        axis_items: dict[str, pg.AxisItem] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 6)
        layout.setSpacing(2)
        heading = QLabel(title)
        heading.setObjectName("plotTitle")
        heading.setWordWrap(True)  # a long channel name takes two lines, never cut off
        self.status = pill("", "neutral")
        self.status.setVisible(False)
        self.note = QLabel("")
        self.note.setObjectName("muted")
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(heading, stretch=1)
        top.addWidget(self.status, alignment=Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.note)
        self.legend = QLabel("")
        self.legend.setObjectName("legend")
        self.legend.setWordWrap(True)
        self.legend.setVisible(False)
        layout.addLayout(top)
        layout.addWidget(self.legend)
        self.plot = new_plot(axisItems=axis_items or {})
        self.item = quiet_plot(self.plot, x_label, y_label)
        layout.addWidget(self.plot, stretch=1)

    def set_status(self, text: str, tone: str, note: str = "") -> None:
        """A state pill beside the title, and a short note at the right of that row."""
        self.status.setText(text)
        set_tone(self.status, tone)
        self.status.setVisible(bool(text))
        self.note.setText(note)

    def set_legend(self, series: Sequence[tuple[str, str]]) -> None:
        """(name, colour) pairs, shown as coloured squares before each name."""
        self.legend.setText(
            "&nbsp;&nbsp;&nbsp;".join(
                f'<span style="color:{colour}">&#9632;</span> {html.escape(name)}'
                for name, colour in series
            )
        )
        self.legend.setVisible(bool(series))
