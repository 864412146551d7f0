"""Sent history: every payload this PC delivered, as Windows' Diagnostic Data Viewer
shows a user its telemetry: searchable over every column, filtered by kind and date,
each with its bytes exactly as sent while the retention keeps them, and exported as CSV
or JSON for an audit.

Fast with tens of thousands of deliveries: the history is parsed off the GUI thread
(``RowReader``, new lines only, and only when the file grew), into rows prepared once;
the table's model (``sent_model``) filters and sorts them itself."""

from __future__ import annotations

import html
import time

from PySide6.QtCore import QDate, QEvent, QLocale, QModelIndex, QObject, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from proactive_gui.payload.build import KINDS
from proactive_gui.ui.files import save_as
from proactive_gui.ui.flow_layout import flowing
from proactive_gui.ui.pages.base import Page
from proactive_gui.ui.pages.sent_model import (
    DESCENDING,
    INSTRUMENT,
    KIND,
    RUN,
    SENT,
    SUMMARY,
    ModelIndex,
    SentModel,
)
from proactive_gui.uplink.audit import (
    AuditRow,
    Criteria,
    RowReader,
    day_end,
    day_start,
    export_file,
)
from proactive_gui.uplink.history import Delivery, KeptBytesError
from proactive_gui.uplink.setup import Uplink

WIDTHS = (135, 75, 205, 160, 430, 80, 115)  # the receiver takes the rest
SUMMARY_MIN = 280  # the summary takes what the columns before it leave of the view
NARROWEST = 120  # the run's and the instrument's least width, on a narrow screen
DETAIL_LINES = 6


class SentPage(Page):
    page_id = "sent"

    def __init__(self, uplink: Uplink, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Sent history"),
            self.tr(
                "Every payload this PC has sent: when, what, to which receiver, its size and "
                "SHA-256, and its bytes exactly as sent for as long as the settings keep them."
            ),
            parent,
            scrolls=False,
        )
        self.uplink = uplink
        self.reader = RowReader(uplink.history)
        self.model = SentModel(self)

        self.search = QLineEdit()
        self.search.setPlaceholderText(
            self.tr("Search every column: run, instrument, SHA-256, summary…")
        )
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.count = QLabel()
        self.count.setObjectName("muted")
        search_row = QHBoxLayout()
        search_row.addWidget(self.search, stretch=1)
        search_row.addWidget(self.count)
        self.body.addLayout(search_row)

        self.kind = QComboBox()
        self.kind.addItem(self.tr("Every kind"), "")
        for kind in KINDS:
            self.kind.addItem(kind, kind)
        self.kind.currentIndexChanged.connect(self._filter)
        self.between = QCheckBox(self.tr("Sent between"))
        self.between.toggled.connect(self._filter)
        today = QDate.currentDate()
        self.since = self._date_edit(today.addDays(-30), self.tr("From this day"))
        self.until = self._date_edit(today, self.tr("To this day (included)"))
        self.and_label = QLabel(self.tr("and"))
        line = self.since.sizeHint().height()  # the flowing row lines up on the boxes
        for short in (self.between, self.and_label):
            short.setMinimumHeight(line)
        self.csv_button = QPushButton(self.tr("Export CSV…"))
        self.csv_button.clicked.connect(lambda: self._export("csv"))
        self.json_button = QPushButton(self.tr("Export JSON…"))
        self.json_button.clicked.connect(lambda: self._export("json"))
        self.body.addWidget(
            flowing(
                [
                    self.kind,
                    self.between,
                    self.since,
                    self.and_label,
                    self.until,
                    self.csv_button,
                    self.json_button,
                ]
            )
        )

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Payloads sent"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        for column, width in enumerate(WIDTHS):
            header.resizeSection(column, width)
        header.setSortIndicator(SENT, DESCENDING)
        self.table.setSortingEnabled(True)
        self.table.selectionModel().currentRowChanged.connect(self._show_selected)
        self.table.viewport().installEventFilter(self)  # the summary fills the view's width

        details = QWidget()
        stack = QVBoxLayout(details)
        stack.setContentsMargins(0, 6, 0, 0)
        stack.setSpacing(6)
        # what the selected payload was, where it went and whether its bytes are kept: a
        # text area as high as its text (up to DETAIL_LINES, then it scrolls), so that
        # nothing is cut off on a small screen, and the payload_id can be copied
        self.detail = QTextBrowser()
        self.detail.setObjectName("sentDetail")
        self.detail.setFrameShape(QFrame.Shape.NoFrame)
        self.detail.setStyleSheet("QTextBrowser#sentDetail { background: transparent; }")
        self.detail.setAccessibleName(self.tr("The payload selected"))
        self.detail.viewport().installEventFilter(self)
        stack.addWidget(self.detail)
        digest_row = QHBoxLayout()
        digest_row.addWidget(QLabel(self.tr("SHA-256")))
        self.digest = QLineEdit(readOnly=True)
        self.digest.setObjectName("digest")
        self.digest.setFrame(False)
        self.digest.setAccessibleName(self.tr("SHA-256 of the payload"))
        digest_row.addWidget(self.digest, stretch=1)
        stack.addLayout(digest_row)
        self.bytes_view = QPlainTextEdit(readOnly=True)
        self.bytes_view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.bytes_view.setAccessibleName(self.tr("The bytes as sent"))
        stack.addWidget(self.bytes_view, stretch=1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.table)
        splitter.addWidget(details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.body.addWidget(splitter, stretch=1)
        self._filter()
        self._show_selected(QModelIndex())
        self.refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            if watched is self.table.viewport():
                self._fit_columns()
            elif watched is self.detail.viewport():
                self._fit_detail()
        return super().eventFilter(watched, event)

    def _fit_columns(self) -> None:
        """The summary ends at the view's right edge; on a narrow screen the run and the
        instrument give up some of their width first (their full text is in the details)."""
        header = self.table.horizontalHeader()
        width = self.table.viewport().width()
        fixed = WIDTHS[SENT] + WIDTHS[KIND]
        run, instrument = WIDTHS[RUN], WIDTHS[INSTRUMENT]
        spare = width - fixed - SUMMARY_MIN
        if spare < run + instrument:
            scale = max(spare, 2 * NARROWEST) / (run + instrument)
            run, instrument = int(run * scale), int(instrument * scale)
        header.resizeSection(RUN, run)
        header.resizeSection(INSTRUMENT, instrument)
        header.resizeSection(SUMMARY, max(SUMMARY_MIN, width - fixed - run - instrument))

    def _fit_detail(self) -> None:
        document = self.detail.document()
        document.setTextWidth(self.detail.viewport().width())
        most = self.detail.fontMetrics().lineSpacing() * DETAIL_LINES
        self.detail.setFixedHeight(min(most, int(document.size().height()) + 2))

    def _date_edit(self, date: QDate, tip: str) -> QDateEdit:
        edit = QDateEdit(date)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setToolTip(tip)
        edit.setEnabled(False)
        edit.dateChanged.connect(self._filter)
        return edit

    # -- showing ----------------------------------------------------------------------

    def refresh(self) -> None:
        """Cheap while the history is unchanged: one stat (see ``RowReader``)."""
        rows = self.reader.poll()
        if rows:
            self._take(rows)

    def wait_loaded(self, timeout: float = 10.0) -> None:
        """Show the whole history now (snapshots, tests): wait for the read, take it."""
        self.refresh()
        self.reader.wait(timeout)
        self.refresh()

    def _take(self, rows: list[AuditRow]) -> None:
        chosen = self.selected()
        if self.model.add(rows) and chosen is not None:
            self.select(chosen.payload_id)
        self._count()

    def _criteria(self) -> Criteria:
        since = until = None
        dated = self.between.isChecked()
        for edit in (self.since, self.until):
            edit.setEnabled(dated)
        if dated:
            since = day_start(self.since.date().toString("yyyy-MM-dd"))
            until = day_end(self.until.date().toString("yyyy-MM-dd"))
        return Criteria(self.search.text(), str(self.kind.currentData() or ""), since, until)

    def _filter(self) -> None:
        self.model.filter(self._criteria())
        self._count()

    def _count(self) -> None:
        total = len(self.model.rows)
        self.count.setText(
            self.tr("%n payload(s) sent; {shown} shown.", "", total).format(
                shown=QLocale().toString(len(self.model.shown))
            )
        )

    def selected(self) -> Delivery | None:
        index = self.table.selectionModel().currentIndex()
        if not index.isValid():
            return None
        return self.model.shown[index.row()].delivery

    def select(self, payload_id: str) -> bool:
        """Select the row of ``payload_id`` if the filter shows it."""
        for number, row in enumerate(self.model.shown):
            if row.delivery.payload_id == payload_id:
                self.table.setCurrentIndex(self.model.index(number, 0))
                self.table.selectRow(number)
                return True
        return False

    def _show_selected(self, index: ModelIndex, _previous: object = None) -> None:
        if not index.isValid():
            self.detail.setPlainText(
                self.tr("Select a payload to see its bytes as they were sent.")
            )
            self._fit_detail()
            self.digest.clear()
            self.bytes_view.clear()
            return
        row = self.model.shown[index.row()]
        d = row.delivery
        data, note = self._kept(d)
        self.digest.setText(d.sha256)
        self.bytes_view.setPlainText(data)
        said = self.tr("Payload {id} ({kind}), {size} bytes, delivered at {time} to {where}.")
        sentence = said.format(
            id=d.payload_id,
            kind=d.kind,
            size=QLocale().toString(d.size),
            time=row.local_time,
            where=d.destination or self.tr("a receiver not recorded"),
        )
        summary = d.summary or self.tr("(sent before summaries were recorded)")
        self.detail.setHtml(
            f"<b>{html.escape(summary)}</b><br>{html.escape(sentence)} {html.escape(note)}"
        )
        self._fit_detail()

    def _kept(self, delivery: Delivery) -> tuple[str, str]:
        """(its bytes as sent, or ""; a sentence on whether and why they are shown)."""
        history, spool = self.uplink.history, self.uplink.spool
        if spool is None:
            if history.kept(delivery.payload_id) is None:
                return "", self._not_kept()
            return "", self.tr("Its bytes are kept, but cannot be read without the spool key.")
        try:
            data = history.sent_bytes(delivery, spool.decrypt)
        except KeptBytesError as exc:
            return "", self.tr("Its kept bytes cannot be shown: {why}.").format(why=exc)
        if data is None:
            return "", self._not_kept()
        text = data.decode("utf-8", "replace")
        return text, self.tr("Below are its bytes exactly as they were sent.")

    def _not_kept(self) -> str:
        days = self.uplink.history.retention_days()
        if days == 0:
            return self.tr("Its bytes are not kept: the settings keep only the list.")
        return self.tr("Its bytes are no longer kept (retention %n day(s)).", "", days)

    # -- export -----------------------------------------------------------------------

    def _export(self, form: str) -> None:
        deliveries = [row.delivery for row in self.model.shown]
        saved = save_as(
            self,
            self.tr("Export the sent history"),
            f"proactive-sent-{time.strftime('%Y%m%d-%H%M')}.{form}",
            "CSV (*.csv)" if form == "csv" else "JSON (*.json)",
            lambda path: export_file(deliveries, path, form),
        )
        if saved is not None:
            path, count = saved
            QMessageBox.information(
                self,
                self.tr("Sent history exported"),
                self.tr("%n payload(s) written to {path}.", "", count).format(path=path),
            )
