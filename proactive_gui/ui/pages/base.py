"""What every page has: a title, a one-line purpose, and a refresh hook for live data."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget


class Page(QWidget):
    """A page of the main window. ``refresh()`` is called on a timer while it is shown."""

    page_id = "page"

    def __init__(
        self, title: str, subtitle: str, parent: QWidget | None = None, nav_label: str | None = None
    ) -> None:
        super().__init__(parent)
        self.title = title
        self.nav_label = nav_label or title
        self.setObjectName("pageArea")
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(24, 20, 24, 20)
        self.body.setSpacing(14)
        heading = QLabel(title)
        heading.setObjectName("pageTitle")
        purpose = QLabel(subtitle)
        purpose.setObjectName("pageSubtitle")
        purpose.setWordWrap(True)
        self.body.addWidget(heading)
        self.body.addWidget(purpose)

    def refresh(self) -> None:
        """Update from live data; cheap when nothing changed."""


def card(title: str | None = None) -> tuple[QFrame, QVBoxLayout]:
    """A white rounded panel with an optional title; returns it and its layout."""
    frame = QFrame()
    frame.setObjectName("card")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(16, 12, 16, 14)
    layout.setSpacing(8)
    if title:
        heading = QLabel(title)
        heading.setObjectName("cardTitle")
        layout.addWidget(heading)
    return frame, layout
