"""The consent log as a table: every change of the opt-in, newest first."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from proactive_gui.consent import ConsentChange

ROWS_SHOWN = 6  # beyond this the table scrolls


class ConsentLog(QTableWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 5, parent)
        self.setHorizontalHeaderLabels(
            [
                self.tr("When"),
                self.tr("Sending"),
                self.tr("User"),
                self.tr("App version"),
                self.tr("Changed from"),
            ]
        )
        self.verticalHeader().setVisible(False)
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.show_history([])

    def show_history(self, history: list[ConsentChange]) -> None:
        self.setRowCount(len(history))
        for row, change in enumerate(reversed(history)):
            cells = (
                change.at.replace("T", " ").replace("Z", " UTC"),
                self.tr("On") if change.opted_in else self.tr("Off"),
                change.user,
                change.app_version,
                change.source,
            )
            for col, text in enumerate(cells):
                self.setItem(row, col, QTableWidgetItem(text))
        self.resizeRowsToContents()
        rows = min(max(len(history), 1), ROWS_SHOWN)
        height = self.horizontalHeader().height() + 2 * self.frameWidth()
        height += sum(self.rowHeight(r) for r in range(rows)) or 30
        self.setFixedHeight(height)
