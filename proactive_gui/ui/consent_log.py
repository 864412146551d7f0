"""The consent log as a table: every change of the opt-in, newest first."""

from __future__ import annotations

from PySide6.QtWidgets import QTableWidget

from proactive_gui.consent import ConsentChange
from proactive_gui.i18n import QT_TRANSLATE_NOOP
from proactive_gui.ui.tables import fill_table, make_table
from proactive_gui.ui.theme import tr_core

ROWS_SHOWN = 6  # beyond this the table scrolls
HEADERS = (
    QT_TRANSLATE_NOOP("ConsentLog", "When"),
    QT_TRANSLATE_NOOP("ConsentLog", "Sending"),
    QT_TRANSLATE_NOOP("ConsentLog", "User"),
    QT_TRANSLATE_NOOP("ConsentLog", "App version"),
    QT_TRANSLATE_NOOP("ConsentLog", "Changed from"),
    QT_TRANSLATE_NOOP("ConsentLog", "Destination"),
)
ON, OFF = QT_TRANSLATE_NOOP("ConsentLog", "On"), QT_TRANSLATE_NOOP("ConsentLog", "Off")
# Where a change was made, as the consent log records it (consent.ConsentChange.source)
SOURCES = {
    "window": QT_TRANSLATE_NOOP("ConsentLog", "this window"),
    "consent command": QT_TRANSLATE_NOOP("ConsentLog", "the consent command"),
    "config set": QT_TRANSLATE_NOOP("ConsentLog", "config set (terminal)"),
}


def consent_table() -> QTableWidget:
    table = make_table([tr_core("ConsentLog", header) for header in HEADERS])
    show_history(table, [])
    return table


def show_history(table: QTableWidget, history: list[ConsentChange]) -> None:
    """Fill the table, newest change first, and make it as tall as its rows (up to
    ``ROWS_SHOWN``), so that the card around it leaves no gap."""
    rows = [
        (
            change.at.replace("T", " ").replace("Z", " UTC"),
            tr_core("ConsentLog", ON if change.opted_in else OFF),
            change.user,
            change.app_version,
            tr_core("ConsentLog", SOURCES[change.source])
            if change.source in SOURCES
            else change.source,
            " · ".join(x for x in (change.service, change.destination) if x) or "—",
        )
        for change in reversed(history)
    ]
    fill_table(table, rows)
    shown = min(max(len(rows), 1), ROWS_SHOWN)
    height = table.horizontalHeader().height() + 2 * table.frameWidth()
    height += sum(table.rowHeight(r) for r in range(shown)) or 30
    table.setFixedHeight(height)
