"""An honest page for an area that a later release fills: it says what will be there."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from proactive_gui.ui.pages.base import Page, card
from proactive_gui.ui.theme import pill


class PlaceholderPage(Page):
    def __init__(
        self,
        page_id: str,
        title: str,
        subtitle: str,
        coming: list[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(title, subtitle, parent)
        self.page_id = page_id
        frame, layout = card(self.tr("What this page will show"))
        layout.addWidget(
            pill(self.tr("Not available in this version"), "info"),
            alignment=Qt.AlignmentFlag.AlignLeft,
        )
        for line in coming:
            item = QLabel(f"•  {line}")
            item.setObjectName("reading")
            item.setWordWrap(True)
            layout.addWidget(item)
        self.body.addWidget(frame)
        self.body.addStretch(1)
