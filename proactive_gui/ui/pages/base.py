"""What every page has: a title, a one-line purpose, and a refresh hook for live data.

A page scrolls when the window is smaller than what it holds (a 1024×600 instrument
screen): its content sits in a scroll area, so the window's own minimum stays small and
nothing is cut off. A page with a scrolling part of its own and a bar that must stay in
view (Settings and its Apply) opts out and scrolls that part only.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget


class Page(QWidget):
    """A page of the main window. ``refresh()`` is called on a timer while it is shown."""

    page_id = "page"

    def __init__(
        self,
        title: str,
        subtitle: str,
        parent: QWidget | None = None,
        nav_label: str | None = None,
        scrolls: bool = True,
    ) -> None:
        super().__init__(parent)
        self.title = title
        self.nav_label = nav_label or title
        self.setObjectName("pageArea")
        content: QWidget = self
        if scrolls:
            outer = QVBoxLayout(self)
            outer.setContentsMargins(0, 0, 0, 0)
            self.scroll_area = QScrollArea()
            self.scroll_area.setObjectName("pageScroll")
            self.scroll_area.setWidgetResizable(True)
            self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
            content = QWidget()
            content.setObjectName("pageArea")
            self.scroll_area.setWidget(content)
            outer.addWidget(self.scroll_area)
        self.body = QVBoxLayout(content)
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
