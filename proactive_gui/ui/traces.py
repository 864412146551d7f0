"""Several live curves drawn by one scene item.

A pyqtgraph PlotCurveItem per channel spends most of each frame in Python bookkeeping
(bounds, paths, view-change hooks) rather than drawing. The Health plots already hand
over at most one min/max pair per pixel, so one item that keeps a polyline per unbroken
stretch of each curve, and draws them all in one paint, does the same work for a
fraction of the cost.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter, QPen, QPolygonF
from PySide6.QtWidgets import QStyleOptionGraphicsItem, QWidget

from proactive_gui.instrument.ring import FloatArray

MARGIN_PX = 2.0  # room around the data for the pen


def finite_runs(values: FloatArray) -> list[tuple[int, int]]:
    """[start, end) index ranges of consecutive finite values."""
    finite = np.isfinite(values)
    if finite.all():
        return [(0, len(values))] if len(values) else []
    edges = np.flatnonzero(np.diff(finite.astype(np.int8), prepend=0, append=0))
    return list(zip(edges[::2].tolist(), edges[1::2].tolist(), strict=True))


def _polyline(t: FloatArray, v: FloatArray) -> QPolygonF:
    polygon: QPolygonF = pg.functions.create_qpolygonf(len(t))
    points = pg.functions.ndarray_from_qpolygonf(polygon)
    points[:, 0], points[:, 1] = t, v
    return polygon


class Traces(pg.GraphicsObject):
    """Named curves, each drawn with its own pen; gaps (NaN) stay gaps."""

    def __init__(self, pens: dict[str, QPen]) -> None:
        super().__init__()
        self._pens = pens
        empty = np.array([], dtype=float)
        self._data: dict[str, tuple[FloatArray, FloatArray]] = {n: (empty, empty) for n in pens}
        self._polylines: dict[str, list[QPolygonF]] = {n: [] for n in pens}
        self._bounds: QRectF | None = None

    def names(self) -> list[str]:
        return list(self._pens)

    def data(self, name: str) -> tuple[FloatArray, FloatArray]:
        """The (times, values) a curve was last given."""
        return self._data[name]

    def set_data(self, series: dict[str, tuple[FloatArray, FloatArray]]) -> None:
        """Replace the curves named in ``series`` and repaint once."""
        for name, (t, v) in series.items():
            self._data[name] = (t, v)
            self._polylines[name] = [_polyline(t[a:b], v[a:b]) for a, b in finite_runs(v)]
        bounds = self._data_bounds()
        if bounds != self._bounds:
            self.prepareGeometryChange()
            self._bounds = bounds
        self.update()

    def value_range(self) -> tuple[float, float] | None:
        """The lowest and highest value drawn, or None when nothing is."""
        if self._bounds is None:
            return None
        return self._bounds.top(), self._bounds.bottom()

    def _data_bounds(self) -> QRectF | None:
        """Times and values spanned by the finite samples (top is the lowest value)."""
        spans = []  # (first time, last time, lowest, highest) of each curve
        for t, v in self._data.values():
            finite = np.isfinite(v)
            if finite.any():
                times, values = t[finite], v[finite]
                spans.append((times[0], times[-1], values.min(), values.max()))
        if not spans:
            return None
        columns = np.array(spans, dtype=float)
        first, low = columns[:, 0].min(), columns[:, 2].min()
        last, high = columns[:, 1].max(), columns[:, 3].max()
        return QRectF(float(first), float(low), float(last - first), float(high - low))

    def boundingRect(self) -> QRectF:
        if self._bounds is None:
            return QRectF()
        px, py = self.pixelWidth() or 0.0, self.pixelHeight() or 0.0
        return self._bounds.adjusted(
            -MARGIN_PX * px, -MARGIN_PX * py, MARGIN_PX * px, MARGIN_PX * py
        )

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        del option, widget
        for name, lines in self._polylines.items():
            if not lines:
                continue
            painter.setPen(self._pens[name])
            for line in lines:
                if line.size() == 1:
                    painter.drawPoint(line.at(0))
                else:
                    painter.drawPolyline(line)
