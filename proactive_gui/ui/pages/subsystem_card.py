"""A subsystem's card on the Overview: its state, its forecast, and the key readings
its source declares (names wrapped to the lines they need)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QWidget

from proactive_gui.health.evaluate import SubsystemHealth
from proactive_gui.instrument.channels import Channel, Subsystem
from proactive_gui.instrument.telemetry import TelemetryStore
from proactive_gui.ui.live import channel_text, forecast_text, format_reading
from proactive_gui.ui.pages.base import card
from proactive_gui.ui.theme import STATE_TONES, pill, set_tone, tr_core

MAX_KEY_READINGS = 4


class WrappedLabel(QLabel):
    """A word-wrapped label that keeps the height its lines need at its real width (a
    layout guesses that height before the width is known, and cuts off the last line)."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        need = self.heightForWidth(self.width())
        if need > 0 and self.minimumHeight() != need:
            self.setMinimumHeight(need)


class SubsystemCard(QWidget):
    """A subsystem's state and its key readings."""

    def __init__(
        self,
        subsystem: Subsystem,
        channels: list[Channel],
        parent: QWidget | None = None,
        declared: bool = True,
    ) -> None:
        """``declared``: the source has declared its channels (and none of them is this
        subsystem's), rather than none at all yet."""
        super().__init__(parent)
        frame, layout = card(tr_core("Subsystem", subsystem.label))
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)
        self.state = pill(self.tr("No data"), "neutral")
        layout.addWidget(self.state, alignment=Qt.AlignmentFlag.AlignLeft)
        self.forecast = QLabel("")
        self.forecast.setObjectName("muted")
        # two lines, always reserved: cards stay aligned and do not jump when a forecast appears
        self.forecast.setMinimumHeight(2 * self.forecast.fontMetrics().lineSpacing() + 2)
        layout.addWidget(self.forecast)
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setColumnStretch(0, 1)
        self.values: dict[str, QLabel] = {}
        self.channels = {c.id: c for c in channels[:MAX_KEY_READINGS]}
        for row, channel in enumerate(self.channels.values()):
            cid = channel.id
            name = WrappedLabel(channel_text(channel))  # long names take two lines
            name.setObjectName("muted")
            value = QLabel("—")
            value.setObjectName("reading")
            grid.addWidget(name, row, 0)
            grid.addWidget(value, row, 1)
            self.values[cid] = value
        if not channels:
            none = QLabel(
                self.tr("This source has no readings of this subsystem.")
                if declared
                else self.tr("No readings yet.")
            )
            none.setObjectName("muted")
            none.setWordWrap(True)
            grid.addWidget(none, 0, 0)
        layout.addLayout(grid)
        layout.addStretch(1)

    def refresh(self, store: TelemetryStore, health: SubsystemHealth | None) -> None:
        for cid, label in self.values.items():
            label.setText(format_reading(store, self.channels[cid]))
        if health is None:
            return
        self.state.setText(tr_core("State", health.state.label))
        set_tone(self.state, STATE_TONES[health.state.value])
        self.forecast.setText(forecast_text(health, store).replace(" (", "\n(", 1))


class CardRow(QWidget):
    """The subsystem cards side by side, or two by two when the page is too narrow for
    four (German and Russian channel names on a 1024-pixel screen)."""

    SPACING = 12

    def __init__(self, cards: list[QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cards = cards
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(self.SPACING)
        self.columns = 0
        self._arrange(len(cards))

    def _widest(self) -> int:
        return max((tile.minimumSizeHint().width() for tile in self.cards), default=0)

    def _arrange(self, columns: int) -> None:
        if columns == self.columns:
            return
        self.columns = columns
        for tile in self.cards:
            self.grid.removeWidget(tile)
        for i, tile in enumerate(self.cards):
            self.grid.addWidget(tile, i // columns, i % columns)
        for column in range(len(self.cards)):
            self.grid.setColumnStretch(column, 1 if column < columns else 0)

    def _fitting(self, width: int) -> int:
        """The most columns (4, 2 or 1) whose cards fit in ``width``."""
        widest = self._widest()
        for columns in (len(self.cards), 2, 1):
            if columns * widest + (columns - 1) * self.SPACING <= width:
                return columns
        return 1

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), self._widest()), hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange(self._fitting(event.size().width()))
