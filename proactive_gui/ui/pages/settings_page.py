"""Settings: every setting with its value and meaning, and where the app keeps its files."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QWidget

from proactive_gui.paths import AppPaths
from proactive_gui.settings import Settings
from proactive_gui.ui.pages.base import Page, card


class SettingsPage(Page):
    page_id = "settings"

    def __init__(self, settings: Settings, paths: AppPaths, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Settings"),
            self.tr(
                "Current settings. To change one now, use: proactive-gui config set KEY VALUE "
                "(editing on this page comes in a later version)."
            ),
            parent,
        )
        self.settings = settings
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Setting"), self.tr("Value"), self.tr("Meaning")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.body.addWidget(self.table, stretch=1)

        frame, layout = card(self.tr("Where the app keeps its files"))
        for name, folder in (
            (self.tr("Settings file"), paths.settings_file),
            (self.tr("Logs"), paths.log_dir),
            (self.tr("Data (spool, history)"), paths.data_dir),
        ):
            line = QLabel(f"{name}:  {folder}")
            line.setObjectName("reading")
            line.setWordWrap(True)
            layout.addWidget(line)
        self.body.addWidget(frame)
        self.refresh()

    def refresh(self) -> None:
        items = self.settings.items()
        self.table.setRowCount(len(items))
        for row, (spec, value) in enumerate(items):
            shown = spec.format(value) or self.tr("(not set)")
            for col, text in enumerate((spec.key, shown, spec.help)):
                self.table.setItem(row, col, QTableWidgetItem(text))
        self.table.resizeRowsToContents()
