"""The floor for the idle benchmark: a bare PySide6 window whose one pyqtgraph plot gets a
new point once a second, run until killed."""

from __future__ import annotations

import sys

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    plot = pg.PlotWidget()
    curve = plot.plot(np.arange(100.0), np.sin(np.arange(100.0) / 10))
    window.setCentralWidget(plot)
    window.resize(1280, 820)
    window.show()
    values = list(np.sin(np.arange(100.0) / 10))

    def tick() -> None:
        values.append(values[-100])
        curve.setData(np.arange(len(values), dtype=float), np.array(values))

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(1000)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
