"""Reference for the start-up benchmark: a bare PySide6 window with one pyqtgraph plot,
started the same way as the app and quitting at its first paint."""

from __future__ import annotations

import sys

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget


class FirstPaint(QObject):
    """Same rule as the app's probe: the first Paint of any widget in the window."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window, self.done = window, False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            not self.done
            and event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and watched.window() is self.window
        ):
            self.done = True
            print("first-paint", flush=True)
            QTimer.singleShot(0, QApplication.quit)
        return False


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    plot = pg.PlotWidget()
    plot.plot(np.arange(100.0), np.sin(np.arange(100.0) / 10))
    window.setCentralWidget(plot)
    window.resize(1280, 820)
    app.installEventFilter(FirstPaint(window))
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
