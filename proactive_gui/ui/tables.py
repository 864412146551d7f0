"""Read-only tables of text, as the pages show them."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem


def make_table(headers: list[str], stretch: bool = True) -> QTableWidget:
    """Compact rows, no row numbers, not editable; columns share the width when ``stretch``,
    else the last column takes what is left."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(24)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    if stretch:
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # a title wider than its share of a narrow screen ends in "…", never cut at both ends
        table.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
    for column, header in enumerate(headers):
        item = table.horizontalHeaderItem(column)
        if item is not None:
            item.setToolTip(header)
    else:
        table.horizontalHeader().setStretchLastSection(True)
    return table


def fill_table(
    table: QTableWidget, rows: Sequence[Sequence[str]], numeric: bool = False, fit: bool = False
) -> None:
    """Rows of text; with ``numeric`` every column after the first is right-aligned; with
    ``fit`` the columns are sized to their contents."""
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            if numeric and c > 0:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(r, c, item)
    if fit:
        table.resizeColumnsToContents()
