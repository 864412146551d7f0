"""The Sent history's table model: every delivery in the order chosen, and those the
filter shows, prepared once (``uplink.audit.AuditRow``).

It filters and sorts its own lists, in list comprehensions and a sort whose key is in
C. Not a QSortFilterProxyModel: its filter would call back into Python once per row
and its sort once per comparison; with 20,000 deliveries a keystroke cost about 25 ms
more and a sort seconds (measured in tests/ui/test_sent_page.py)."""

from __future__ import annotations

from collections.abc import Callable
from operator import attrgetter
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QWidget

from proactive_gui.i18n import QT_TRANSLATE_NOOP
from proactive_gui.uplink.audit import AuditRow, Criteria, short_summary

# the columns a person reads first come first; the receiver, the same for most, last
SENT, KIND, RUN, INSTRUMENT, SUMMARY, SIZE, SHA, DESTINATION = range(8)
HEADERS = (
    QT_TRANSLATE_NOOP("SentPage", "Sent"),
    QT_TRANSLATE_NOOP("SentPage", "Kind"),
    QT_TRANSLATE_NOOP("SentPage", "Run"),
    QT_TRANSLATE_NOOP("SentPage", "Instrument"),
    QT_TRANSLATE_NOOP("SentPage", "Summary"),
    QT_TRANSLATE_NOOP("SentPage", "Size"),
    QT_TRANSLATE_NOOP("SentPage", "SHA-256"),
    QT_TRANSLATE_NOOP("SentPage", "Sent to"),
)
SHA_SHOWN = 12  # hex digits shown in the table; the tool tip and the details have all
ONE_BY_ONE = 32  # fewer new rows than this are inserted in place, more re-sort the list
DISPLAY = Qt.ItemDataRole.DisplayRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole
ALIGN = Qt.ItemDataRole.TextAlignmentRole
DESCENDING = Qt.SortOrder.DescendingOrder
ModelIndex = QModelIndex | QPersistentModelIndex


def _sort_key(column: int) -> Callable[[AuditRow], Any]:
    """Ties fall back on the time sent, so that equal values stay in time order (the ISO
    times in UTC sort as the times do). In C: a sort calls it once per row."""
    field = {
        KIND: "kind",
        RUN: "run",
        INSTRUMENT: "instrument",
        DESTINATION: "destination",
        SIZE: "size",
        SHA: "sha256",
        SUMMARY: "summary",
    }.get(column)
    if field is None:
        return attrgetter("delivery.sent_at")
    return attrgetter(f"delivery.{field}", "delivery.sent_at")


class SentModel(QAbstractTableModel):
    """Every delivery in the order chosen (``rows``), and those the filter shows
    (``shown``, in the same order): the table's rows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[AuditRow] = []
        self.shown: list[AuditRow] = []
        self.criteria = Criteria()
        self.sorted_by = (SENT, DESCENDING)
        self._headers = [QCoreApplication.translate("SentPage", h) for h in HEADERS]
        self._size = QCoreApplication.translate("SentPage", "{size} B")

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.shown)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> object:
        if orientation == Qt.Orientation.Horizontal and role in (DISPLAY, TOOLTIP):
            return self._headers[section]
        return None

    def data(self, index: ModelIndex, role: int = DISPLAY) -> object:
        if role not in (DISPLAY, TOOLTIP, ALIGN):
            return None
        column = index.column()
        if role == ALIGN:
            if column == SIZE:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        row = self.shown[index.row()]
        if role == TOOLTIP and column == SHA:
            return row.delivery.sha256
        if role == TOOLTIP and column == SUMMARY:
            return row.delivery.summary
        return self.text(row, column)

    def text(self, row: AuditRow, column: int) -> str:
        d = row.delivery
        if column == SENT:
            return row.local_time
        if column == SIZE:
            return self._size.format(size=QLocale().toString(d.size))
        if column == SHA:
            return d.sha256[:SHA_SHOWN] + "…"
        if column == SUMMARY:  # what the kind, instrument and run columns do not say
            return short_summary(d)
        texts = {KIND: d.kind, RUN: d.run, INSTRUMENT: d.instrument, DESTINATION: d.destination}
        return texts.get(column, "")

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if (column, order) != self.sorted_by:  # the view asks twice for one click
            self._sort(column, order)

    def _sort(self, column: int, order: Qt.SortOrder) -> None:
        self.beginResetModel()
        self.sorted_by = (column, order)
        self.rows.sort(key=_sort_key(column), reverse=order == DESCENDING)
        self.shown = self.criteria.select(self.rows)
        self.endResetModel()

    def filter(self, criteria: Criteria) -> None:
        if criteria == self.criteria:
            return
        # typing on: only the rows shown can still match
        pool = self.shown if criteria.narrows(self.criteria) else self.rows
        shown = criteria.select(pool)
        self.criteria = criteria
        if shown == self.shown:
            return  # one more letter that every row shown has: nothing to redo
        self.beginResetModel()
        self.shown = shown
        self.endResetModel()

    def add(self, rows: list[AuditRow]) -> bool:
        """Take new deliveries in, each in its place; True when the list was laid anew
        (many at once), which forgets the selection."""
        if len(rows) >= ONE_BY_ONE or not self.rows:
            self.rows.extend(rows)
            self._sort(*self.sorted_by)
            return True
        for row in rows:
            self.rows.insert(self._position(self.rows, row), row)
            if self.criteria.accepts(row):
                at = self._position(self.shown, row)
                self.beginInsertRows(QModelIndex(), at, at)
                self.shown.insert(at, row)
                self.endInsertRows()
        return False

    def _position(self, rows: list[AuditRow], row: AuditRow) -> int:
        """Where ``row`` goes in ``rows``, which are in the order chosen."""
        column, order = self.sorted_by
        key = _sort_key(column)
        new, descending = key(row), order == DESCENDING
        low, high = 0, len(rows)
        while low < high:
            middle = (low + high) // 2
            here = key(rows[middle])
            if (here > new) if descending else (here <= new):
                low = middle + 1
            else:
                high = middle
        return low
