"""Payload: exactly what would leave this PC, byte for byte, and why each field does.

The next payload is a draft, shown as the bytes it would be sealed as now: only its
payload_id (all zeros) and created_at change when it is sealed, and the page says so.
"Seal now" seals one to keep; it is queued only while sending is on. The tree, the
bytes, the size and the SHA-256 all come from the same ``SealedPayload``; what the
draft leaves out, and what of the run folder it sends, come from the builder's own
decisions (``Draft.disclosures``).
"""

from __future__ import annotations

import difflib
import html
import json
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from proactive_gui.i18n import QT_TRANSLATE_NOOP
from proactive_gui.payload.build import Draft
from proactive_gui.payload.explain import TABLE_1, TABLE_1_NOTE
from proactive_gui.payload.schema import PayloadInvalidError, field_info
from proactive_gui.payload.seal import PayloadBlockedError, SealedPayload, preview
from proactive_gui.payload.service import PayloadService
from proactive_gui.ui.disclosures import disclosure_why
from proactive_gui.ui.files import save_as
from proactive_gui.ui.pages.base import Page, card
from proactive_gui.ui.theme import tr_core
from proactive_gui.uplink.spool import Record, Spool, SpoolError

NEVER_COLLECTED = (
    QT_TRANSLATE_NOOP(
        "PayloadPage",
        "Sequencing data: base calls, reads, FASTQ/BAM, sequences of any kind "
        "(index sequences too).",
    ),
    QT_TRANSLATE_NOOP(
        "PayloadPage",
        "Personal data (PII): names, user names, e-mail addresses, host and computer names, "
        "paths to user or network folders.",
    ),
    QT_TRANSLATE_NOOP(
        "PayloadPage",
        "Health data (PHI): patient names or ids, medical record numbers, dates of birth, "
        "sample and library names.",
    ),
    QT_TRANSLATE_NOOP(
        "PayloadPage",
        "Anything in RunParameters.xml that is not on the allow-list (listed under Not sent).",
    ),
)


def _local_time(created_at: str) -> str:
    """A payload's UTC seal time as this PC's local time, to the minute."""
    try:
        when = datetime.fromisoformat(created_at.replace("Z", "+00:00"))
    except ValueError:
        return created_at
    return when.astimezone().strftime("%Y-%m-%d %H:%M")


def _explained(text: str) -> str:
    """A schema explanation in the window's language (payload/schema_texts.py)."""
    return QCoreApplication.translate("PayloadSchema", text) if text else ""


def _tree_items(
    value: dict[str, object] | list[object], path: tuple[str | int, ...]
) -> list[QTreeWidgetItem]:
    """Tree rows of a JSON value: field, value, what it is, why it is collected."""
    items = []
    entries: list[tuple[str | int, object]] = (
        list(value.items()) if isinstance(value, dict) else list(enumerate(value))
    )
    for key, child in entries:
        child_path = (*path, key)
        info = field_info(child_path)
        shown = "" if isinstance(child, dict | list) else json.dumps(child, ensure_ascii=False)
        label = f"[{key}]" if isinstance(key, int) else str(key)
        what = _explained(info.description) if info else ""
        why = _explained(info.reason) if info else ""
        item = QTreeWidgetItem([label, shown, what, why])
        item.setData(3, Qt.ItemDataRole.UserRole, info.reason if info else "")  # the English
        for column in (2, 3):
            item.setToolTip(column, item.text(column))
        if isinstance(child, dict | list):
            item.addChildren(_tree_items(child, child_path))
        items.append(item)
    return items


class PayloadPage(Page):
    page_id = "payload"

    def __init__(
        self, service: PayloadService, spool: Spool | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            self.tr("Payload"),
            self.tr(
                "Exactly what would leave this PC, byte for byte, and why. Only instrument "
                "performance, run performance, instrument configuration and run configuration: "
                "never sequencing data, personal data or health data."
            ),
            parent,
        )
        self.service = service
        self.spool = spool
        self.draft: Draft | None = None
        self._cache: dict[str, SealedPayload] = {}  # decrypted queue entries
        self._ids: list[str] = []  # payload_ids listed after the draft
        self._version: object = None  # of the queue, as listed
        self.shown: SealedPayload | None = None

        buttons = QHBoxLayout()
        self.refresh_button = QPushButton(self.tr("Refresh the next payload"))
        self.refresh_button.clicked.connect(self.show_next)
        self.seal_button = QPushButton(self.tr("Seal now"))
        self.seal_button.clicked.connect(self.seal_now)
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.clicked.connect(self._ask_export)
        for button in (self.refresh_button, self.seal_button, self.export_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.status = QLabel()
        self.status.setObjectName("muted")
        self.status.setWordWrap(True)
        self.body.addLayout(buttons)
        self.body.addWidget(self.status)

        self.payloads = QListWidget()
        self.payloads.currentRowChanged.connect(self._select)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(
            [
                self.tr("Field"),
                self.tr("Value"),
                self.tr("What it is"),
                self.tr("Why it is collected"),
            ]
        )
        self.about = QLabel(self.tr("Select a field to read what it is and why it is collected."))
        self.about.setObjectName("reading")
        self.about.setWordWrap(True)
        self.tree.currentItemChanged.connect(self._about)
        fields_tab = QWidget()
        fields_layout = QVBoxLayout(fields_tab)
        fields_layout.setContentsMargins(0, 0, 0, 0)
        fields_layout.addWidget(self.tree, stretch=1)
        fields_layout.addWidget(self.about)
        self.bytes_view = QPlainTextEdit(readOnly=True)
        self.bytes_view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        # size and SHA-256, to copy: a line that scrolls, not one that widens the page
        self.digest = QLineEdit(readOnly=True)
        self.digest.setObjectName("digest")
        self.digest.setFrame(False)
        bytes_tab = QWidget()
        bytes_layout = QVBoxLayout(bytes_tab)
        bytes_layout.addWidget(self.digest)
        bytes_layout.addWidget(self.bytes_view)
        self.diff_view = QPlainTextEdit(readOnly=True)
        self.diff_view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.not_sent = QTreeWidget()
        self.not_sent.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # "/Rfids…SerialBarcode"
        for column in range(3):  # a third each, at any width: the reason stays in view
            self.not_sent.header().setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.not_sent.setHeaderLabels(
            [self.tr("Found on this PC"), self.tr("Value"), self.tr("Why it is not sent")]
        )
        self.not_sent_about = QLabel(self.tr("Select a row to read it in full."))
        self.not_sent_about.setObjectName("reading")
        self.not_sent_about.setWordWrap(True)
        self.not_sent.currentItemChanged.connect(self._about_not_sent)
        not_sent_tab = QWidget()
        not_sent_layout = QVBoxLayout(not_sent_tab)
        not_sent_layout.setContentsMargins(0, 0, 0, 0)
        not_sent_layout.addWidget(self.not_sent, stretch=1)
        not_sent_layout.addWidget(self.not_sent_about)
        never_card, never_layout = card(self.tr("Never collected"))
        for line in NEVER_COLLECTED:
            item = QLabel(f"•  {QCoreApplication.translate('PayloadPage', line)}")
            item.setWordWrap(True)
            item.setObjectName("muted")
            never_layout.addWidget(item)
        never_layout.addStretch(1)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(QLabel(self.tr("Payloads")))
        side_layout.addWidget(self.payloads, stretch=1)
        side_layout.addWidget(never_card, stretch=2)
        self.tabs = QTabWidget()
        self.tabs.addTab(fields_tab, self.tr("Fields"))
        self.tabs.addTab(bytes_tab, self.tr("Exact bytes"))
        self.tabs.addTab(self.diff_view, self.tr("Changes"))
        self.tabs.addTab(not_sent_tab, self.tr("Not sent"))
        splitter = QSplitter()
        splitter.addWidget(side)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([230, 790])
        self.body.addWidget(splitter, stretch=1)
        self.show_next()

    @property
    def sealed(self) -> list[SealedPayload]:
        """Payloads waiting in the queue (read from the spool), oldest first, then those
        sealed in this session and kept on this PC only (not queued)."""
        queued = [p for p in (self._load(r) for r in self._records()) if p is not None]
        return [*queued, *self.service.kept_here]

    def _records(self) -> list[Record]:
        return self.spool.pending() + self.spool.parked() if self.spool is not None else []

    def _load(self, record: Record) -> SealedPayload | None:
        """A queued payload, decrypted once and kept (sealed payloads never change)."""
        if record.payload_id not in self._cache and self.spool is not None:
            try:
                self._cache[record.payload_id] = self.spool.read(record)
            except SpoolError:
                return None  # the engine quarantines it; the Uploads page says why
        return self._cache.get(record.payload_id)

    def _listing(self) -> list[tuple[str, str]]:
        """(payload_id, label) of each listed payload, without decrypting any."""
        here = self.tr("{kind}, not queued")
        kept = [
            (p.payload_id, f"{_local_time(p.created_at)}  {here.format(kind=p.kind)}")
            for p in self.service.kept_here
        ]
        if self.spool is None:
            return kept
        listing = []
        for record in self._records():
            cached = self._cache.get(record.payload_id)
            when = datetime.fromtimestamp(record.written_at).strftime("%Y-%m-%d %H:%M")
            what = cached.kind if cached else record.payload_id[:8]
            listing.append((record.payload_id, f"{when}  {what}"))
        return [*listing, *kept]

    def refresh(self) -> None:
        """Payloads sealed on the cadence appear in the list; sent ones leave it."""
        version = self._list_version()
        if version != self._version:
            self._fill_list(select_draft=self.payloads.currentRow() <= 0)

    def _list_version(self) -> object:
        spool = self.spool.version() if self.spool is not None else ()
        return spool, len(self.service.sealed)

    def show_next(self) -> None:
        """The next payload's draft, as the bytes it would be sealed as now (not kept)."""
        try:
            self.draft = self.service.draft("manual")
            sealed = preview(self.draft)
        except (PayloadBlockedError, PayloadInvalidError) as exc:
            self.status.setText(str(exc))
            return
        self.status.setText(
            self.tr(
                "Draft, not yet sealed: its payload_id and created_at are set when it is "
                "sealed; every other byte is what would be sent now. Nothing was queued or sent."
            )
        )
        self._show(sealed, previous=self._latest())
        self._fill_list(select_draft=True)

    def _latest(self) -> SealedPayload | None:
        records = self._records()
        if records:
            return self._load(records[-1])
        kept = self.service.sealed
        return kept[-1] if kept else None

    def seal_now(self) -> None:
        previous = self._latest()
        try:
            sealed = self.service.seal_now("manual")
        except (PayloadBlockedError, PayloadInvalidError, OSError) as exc:  # OSError: the spool
            self.status.setText(str(exc))
            return
        self._cache[sealed.payload_id] = sealed
        if self.service.queue is not None and sealed.opted_in:
            said = self.tr("Sealed {id}: {size} bytes, queued (encrypted) for the upload engine.")
        elif not sealed.opted_in:
            said = self.tr(
                "Sending is off: sealed {id} ({size} bytes) on this PC only, to look at or "
                "export. It is not queued and will never be sent."
            )
        else:
            said = self.tr("Sealed {id}: {size} bytes, to look at only: it is not queued.")
        self.status.setText(said.format(id=sealed.payload_id, size=sealed.size))
        self._fill_list(select_draft=False, select=sealed.payload_id)
        self._show(sealed, previous)

    def _fill_list(self, select_draft: bool, select: str | None = None) -> None:
        listing = self._listing()
        current = self.payloads.currentItem()
        keep = select or (current.data(Qt.ItemDataRole.UserRole) if current else None)
        self.payloads.blockSignals(True)
        self.payloads.clear()
        self.payloads.addItem(self.tr("Next payload (draft)"))
        row = 0
        for k, (payload_id, label) in enumerate(listing, start=1):
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, payload_id)
            self.payloads.addItem(item)
            if not select_draft and payload_id == keep:
                row = k
        self.payloads.setCurrentRow(row)
        self.payloads.blockSignals(False)
        self._version = self._list_version()
        self._ids = [payload_id for payload_id, _ in listing]

    def _select(self, row: int) -> None:
        if row == 0:
            self.show_next()
            return
        if not 0 < row <= len(self._ids):
            return
        chosen = self._payload(self._ids[row - 1])
        if chosen is not None:
            self._show(chosen, self._payload(self._ids[row - 2]) if row > 1 else None)

    def _payload(self, payload_id: str) -> SealedPayload | None:
        """One listed payload, decrypting only it (the queue may hold thousands)."""
        kept = next((p for p in self.service.kept_here if p.payload_id == payload_id), None)
        if self.spool is None or kept is not None:
            return kept
        record = self.spool.find(payload_id)
        return self._load(record) if record is not None else self._cache.get(payload_id)

    def _show(self, sealed: SealedPayload, previous: SealedPayload | None) -> None:
        self.shown = sealed
        document = sealed.document()
        self.tree.clear()
        self.tree.addTopLevelItems(_tree_items(document, ()))
        self.tree.expandToDepth(0)
        first = self.tree.topLevelItem(0)
        if first is not None:
            self.tree.setCurrentItem(first)
        for column, width in enumerate((175, 185, 225)):
            self.tree.setColumnWidth(column, width)
        self.bytes_view.setPlainText(sealed.data.decode("utf-8"))
        self.digest.setText(
            self.tr("{size} bytes   SHA-256 {sha}").format(size=sealed.size, sha=sealed.sha256)
        )
        if previous is None:
            self.diff_view.setPlainText(self.tr("No earlier payload to compare with."))
        else:
            before = json.dumps(previous.document(), indent=1, sort_keys=True).splitlines()
            after = json.dumps(document, indent=1, sort_keys=True).splitlines()
            diff = difflib.unified_diff(
                before, after, previous.payload_id, sealed.payload_id, lineterm="", n=1
            )
            self.diff_view.setPlainText("\n".join(diff) or self.tr("No changes."))
        self._fill_not_sent(sealed)

    def _about(self, item: QTreeWidgetItem | None) -> None:
        """The selected field's description and reason, in full."""
        if item is None:
            return
        path: list[str] = []
        node: QTreeWidgetItem | None = item
        while node is not None:
            path.insert(0, node.text(0))
            node = node.parent()
        text = self.tr("<b>{field}</b>: {what}<br><b>Why it is collected:</b> {why}").format(
            field=html.escape(".".join(path)),
            what=html.escape(item.text(2)),
            why=html.escape(item.text(3)),
        )
        if TABLE_1 in str(item.data(3, Qt.ItemDataRole.UserRole) or ""):
            text += "<br>" + html.escape(self.table_1_note())
        self.about.setText(text)

    @staticmethod
    def table_1_note() -> str:
        """What "Table 1" is: the data-security sheet's table, by its name."""
        return tr_core("PayloadPage", TABLE_1_NOTE)

    def _fill_not_sent(self, shown: SealedPayload) -> None:
        """What the draft leaves out: each run-folder value it does not send, with the
        builder's reason, and what the privacy gate removed from log lines. A sealed
        payload's list was the one of its time: it is not kept."""
        self.not_sent.clear()
        draft = self.draft
        if draft is None or not shown.draft:
            note = self.tr(
                "Listed for the next payload (the draft). What a sealed payload left out "
                "was listed when it was sealed; only its bytes are kept."
            )
            self.not_sent.addTopLevelItem(QTreeWidgetItem([note, "", ""]))
            return
        groups: dict[str, list[list[str]]] = {}
        for d in draft.not_sent:
            groups.setdefault(d.source, []).append([d.field, d.value, disclosure_why(d)])
        builder = self.tr("What the payload builder refused")
        for what, why in draft.left_out_elsewhere:
            groups.setdefault(builder, []).append([what, "", tr_core("Disclosure", why)])
        gate = self.tr("Removed from log lines by the privacy gate")
        for finding in draft.cleaned:
            groups.setdefault(gate, []).append([finding.kind, finding.excerpt, finding.where])
        for source, rows in groups.items():
            group = QTreeWidgetItem(
                [self.tr("%n value(s): {source}", "", len(rows)).format(source=source)]
            )
            group.setFirstColumnSpanned(True)
            for row in rows:
                child = QTreeWidgetItem(row)
                for column, text in enumerate(row):
                    child.setToolTip(column, text)
                group.addChild(child)
            self.not_sent.addTopLevelItem(group)
            group.setFirstColumnSpanned(True)
        self.not_sent.expandAll()
        first = self.not_sent.topLevelItem(0)
        top = first.child(0) if first is not None else None
        if top is not None:
            self.not_sent.setCurrentItem(top)

    def _about_not_sent(self, item: QTreeWidgetItem | None) -> None:
        """The selected row in full: a field, its value and why it is not sent."""
        if item is None or item.parent() is None:
            return
        self.not_sent_about.setText(
            self.tr("<b>{field}</b> = {value}<br>{why}").format(
                field=html.escape(item.text(0)),
                value=html.escape(item.text(1)) or "—",
                why=html.escape(item.text(2)),
            )
        )

    def export(self, target: Path) -> None:
        """Write the payload shown, byte for byte."""
        if self.shown is not None:
            target.write_bytes(self.shown.data)

    def _ask_export(self) -> None:
        if self.shown is not None:
            save_as(
                self,
                self.tr("Export payload"),
                f"payload-{self.shown.payload_id}.json",
                "JSON (*.json)",
                self.export,
            )
