"""Settings: every setting edited in place, validated, applied without a restart where
the app can; secrets go to the keyring and are never shown back; settings locked by the
IT policy show the reason; the consent log shows every change of the opt-in."""

from __future__ import annotations

import time

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from proactive_gui.consent import consent_history, log_version
from proactive_gui.i18n import available_languages
from proactive_gui.paths import AppPaths
from proactive_gui.secrets import KeyringUnavailableError, delete_secret, store_secret
from proactive_gui.settings import SettingError, Settings, spec_for
from proactive_gui.ui.consent_log import consent_table, show_history
from proactive_gui.ui.pages.base import Page, card
from proactive_gui.ui.settings_form import (
    NEXT_START,
    SettingsForm,
    checkbox_row,
    secret_error_text,
    setting_error_text,
    where_text,
)
from proactive_gui.uplink.keys import where_kept


class SettingsPage(Page):
    page_id = "settings"
    applied = Signal(list)  # the keys whose values changed
    navigate = Signal(str)

    def __init__(self, settings: Settings, paths: AppPaths, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Settings"),
            self.tr(
                "Change a setting, then Apply. Secrets are never shown again, and each says "
                "where it is kept. Settings locked by your IT department show why."
            ),
            parent,
            scrolls=False,  # its settings scroll; the Apply bar below them stays in view
        )
        self.settings = settings
        self.paths = paths
        self.ui = SettingsForm(self)
        self.ui.changed.connect(self._changed)
        self.fields = self.ui.fields
        self.secrets = self.ui.secrets
        self._undo: dict[str, str] = {}
        self._consent_seen: object = ()  # the log's version last shown (never a real one)

        scroll = QScrollArea()
        scroll.setObjectName("pageScroll")
        scroll.setWidgetResizable(True)
        inner = QWidget()
        inner.setObjectName("pageArea")
        column = QVBoxLayout(inner)
        column.setContentsMargins(0, 0, 8, 0)
        column.setSpacing(14)
        scroll.setWidget(inner)
        self.body.addWidget(scroll, stretch=1)

        column.addWidget(self._consent_card())
        column.addWidget(self._connection_card())
        column.addWidget(self._payloads_card())
        column.addWidget(self._this_pc_card())
        column.addWidget(self._files_card())
        column.addStretch(1)

        bar = QHBoxLayout()
        self.message = QLabel("")
        self.message.setObjectName("reading")
        self.message.setWordWrap(True)
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setToolTip(self.tr("Put back the values from before the last Apply"))
        self.undo_button.clicked.connect(self.undo)
        self.undo_button.setVisible(False)
        self.revert_button = QPushButton(self.tr("Revert"))
        self.revert_button.setToolTip(self.tr("Forget the changes not applied yet"))
        self.revert_button.clicked.connect(self.revert)
        self.apply_button = QPushButton(self.tr("Apply"))
        self.apply_button.setDefault(True)
        self.apply_button.clicked.connect(self.apply)
        bar.addWidget(self.message, stretch=1)
        bar.addWidget(self.undo_button)
        bar.addWidget(self.revert_button)
        bar.addWidget(self.apply_button)
        self.body.addLayout(bar)

        self.ui.align_labels()
        self.revert()
        self.refresh()

    # -- building ------------------------------------------------------------------

    def _consent_card(self) -> QWidget:
        frame, layout = card(self.tr("Send Instrument Performance Data"))
        row = QHBoxLayout()
        self.consent_state = QLabel("")
        self.consent_state.setObjectName("reading")
        self.consent_state.setWordWrap(True)
        change = QPushButton(self.tr("Change on the Overview"))
        change.clicked.connect(lambda: self.navigate.emit("overview"))
        row.addWidget(self.consent_state, stretch=1)
        row.addWidget(change)
        layout.addLayout(row)
        self.consent_log = consent_table()
        layout.addWidget(self.consent_log)
        return frame

    def _connection_card(self) -> QWidget:
        frame, layout = card(self.tr("Connection"))
        form = self.ui.form(layout)
        self.ui.line(form, self.tr("Receiver address"), "endpoint", "https://proactive.example.com")
        self.ui.secret(
            form,
            self.tr("Instrument token"),
            "token",
            self.tr("Sent as the bearer credential to the receiver"),
        )
        combo = QComboBox()
        for value, text in (
            ("system", self.tr("Use the system's proxy settings")),
            ("none", self.tr("No proxy")),
            ("manual", self.tr("This proxy:")),
        ):
            combo.addItem(text, value)
        self.proxy_url = QLineEdit()
        self.proxy_url.setPlaceholderText(self.tr("http://user@proxy.example:3128"))
        self.proxy_url.textEdited.connect(self._changed)

        def chosen() -> None:
            self.proxy_url.setEnabled(combo.currentData() == "manual")
            self._changed()

        combo.currentIndexChanged.connect(chosen)

        def read_proxy() -> str:
            choice = str(combo.currentData())
            return self.proxy_url.text() if choice == "manual" else choice

        def show_proxy(value: str) -> None:
            manual = value not in ("system", "none")
            combo.setCurrentIndex(max(combo.findData("manual" if manual else value), 0))
            self.proxy_url.setText(value if manual else "")
            self.proxy_url.setEnabled(manual)

        self.ui.row(form, self.tr("Proxy"), "proxy", combo, read_proxy, show_proxy, self.proxy_url)
        self.ui.secret(
            form,
            self.tr("Proxy password"),
            "proxy_password",
            self.tr("For the user named in the proxy address"),
        )
        self.ui.line(
            form,
            self.tr("Extra CA certificates"),
            "ca_bundle",
            self.tr("(none: the operating system's trust store only)"),
            browse=self._browse_file,
        )
        return frame

    def _payloads_card(self) -> QWidget:
        frame, layout = card(self.tr("Payloads and the upload queue"))
        form = self.ui.form(layout)
        self.ui.number(form, self.tr("Health payload every"), "health_interval_min", " min")
        self.ui.number(form, self.tr("Queue size limit"), "spool_max_mb", " MB")
        self.ui.number(
            form, self.tr("Keep unsent payloads for"), "spool_max_age_days", self.tr(" days")
        )
        self.ui.number(
            form,
            self.tr("Keep the bytes of sent payloads for"),
            "sent_retention_days",
            self.tr(" days"),
        )
        self.ui.line(form, self.tr("Service name"), "service_name")
        self.key_store = QLabel("")
        self.key_store.setObjectName("reading")
        self.key_store.setWordWrap(True)
        form.addRow(self.ui.label(self.tr("Spool key")), self.key_store)
        return frame

    def _this_pc_card(self) -> QWidget:
        frame, layout = card(self.tr("This PC"))
        form = self.ui.form(layout)
        languages = [("system", self.tr("Follow the system"))] + [
            (code, QLocale(code).nativeLanguageName() or code) for code in available_languages()
        ]
        self.ui.choice(form, self.tr("Language"), "language", languages)
        self.ui.choice(
            form,
            self.tr("Theme"),
            "theme",
            [
                ("system", self.tr("Follow the system")),
                ("light", self.tr("Light")),
                ("dark", self.tr("Dark")),
            ],
        )
        tray = QCheckBox()
        tray.toggled.connect(self._changed)
        tray_row = checkbox_row(
            tray, self.tr("Keep running in the system tray when the window is closed")
        )
        self.ui.row(
            form,
            self.tr("Close to tray"),
            "close_to_tray",
            tray_row,
            lambda: "true" if tray.isChecked() else "false",
            lambda text: tray.setChecked(text == "true"),
        )
        self.ui.line(
            form,
            self.tr("Run folder root"),
            "run_folder_root",
            self.tr("(none: open a run folder from the command line)"),
            browse=self._browse_folder,
        )
        return frame

    def _files_card(self) -> QWidget:
        frame, layout = card(self.tr("Where the app keeps its files"))
        for name, folder in (
            (self.tr("Settings file"), self.paths.settings_file),
            (self.tr("Logs"), self.paths.log_dir),
            (self.tr("Data (spool, history, consent log)"), self.paths.data_dir),
        ):
            line = QLabel(f"{name}:  {folder}")
            line.setObjectName("reading")
            line.setWordWrap(True)
            line.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(line)
        return frame

    def _browse_file(self, edit: QLineEdit) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Extra CA certificates"),
            edit.text(),
            self.tr("PEM certificates (*.pem *.crt *.cer);;All files (*)"),
        )
        if chosen:
            edit.setText(chosen)
            self._changed()

    def _browse_folder(self, edit: QLineEdit) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Run folder root"), edit.text())
        if chosen:
            edit.setText(chosen)
            self._changed()

    # -- state ---------------------------------------------------------------------

    def pending(self) -> dict[str, str]:
        """The settings whose editor differs from the value in force: key -> text."""
        changed = {}
        for key, field in self.fields.items():
            if self.settings.locked(key) is not None:
                continue
            current = spec_for(key).format(self.settings.get(key))
            if field.read().strip() != current:
                changed[key] = field.read()
        return changed

    def _changed(self) -> None:
        dirty = bool(self.pending()) or any(s.pending for s in self.secrets.values())
        self.apply_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)

    def revert(self) -> None:
        """Show the values in force (forgetting edits not applied), locks and secrets."""
        for key, field in self.fields.items():
            value = spec_for(key).format(self.settings.get(key))
            quiet = [field.widget, *field.widget.findChildren(QWidget), self.proxy_url]
            for widget in quiet:
                widget.blockSignals(True)
            field.show(value)
            for widget in quiet:
                widget.blockSignals(False)
            reason = self.settings.locked(key)
            field.widget.setEnabled(reason is None)
            if key == "proxy":
                self.proxy_url.setEnabled(reason is None and field.read() not in ("system", "none"))
            field.lock.setVisible(reason is not None)
            field.lock.setText(
                self.tr("Locked by your IT department: {reason}").format(reason=reason or "")
            )
            field.error.setVisible(False)
        for secret in self.secrets.values():
            secret.edit.clear()
            secret.remove_requested = False
            secret.error.setVisible(False)
            self.ui.show_secret_state(secret)
        place = where_kept("spool_key", self.settings, self.paths)
        self.key_store.setText(
            where_text(place)
            + (
                " "
                + self.tr(
                    "Moving the key is an IT task: proactive-gui config set spool_key_store …"
                )
                if place.weaker
                else ""
            )
        )
        self._changed()

    # -- applying ------------------------------------------------------------------

    def apply(self) -> bool:
        """Validate every change; save all of them or none. True when saved."""
        changes = self.pending()
        problems = 0
        for key, field in self.fields.items():
            field.error.setVisible(False)
            if key not in changes:
                continue
            try:
                spec_for(key).parse(changes[key])
            except SettingError as exc:
                field.error.setText(setting_error_text(exc))
                field.error.setVisible(True)
                problems += 1
        if problems:
            self.message.setText(
                self.tr("Nothing was saved: %n setting(s) need fixing (in red).", "", problems)
            )
            return False
        before = {key: spec_for(key).format(self.settings.get(key)) for key in changes}
        changed = []
        for key, raw in changes.items():
            self.settings.set(key, raw)
            changed.append(key)
        secret_problems = self._apply_secrets(changed)
        self._undo = before
        self.revert()
        self.undo_button.setVisible(bool(before))
        later = [k for k in changed if k in NEXT_START]
        text = self.tr("Saved %n change(s) at {time}.", "", len(changed)).format(
            time=time.strftime("%H:%M:%S")
        )
        if later:
            text += " " + self.tr("{keys}: when the app next starts.").format(keys=", ".join(later))
        if secret_problems:
            text += " " + secret_problems
        self.message.setText(text)
        if changed:
            self.applied.emit(changed)
        return not secret_problems

    def _apply_secrets(self, changed: list[str]) -> str:
        for secret in self.secrets.values():
            try:
                if secret.remove_requested:
                    delete_secret(secret.name)
                elif secret.edit.text():
                    store_secret(secret.name, secret.edit.text())
                else:
                    continue
            except KeyringUnavailableError as exc:
                return secret_error_text(exc)
            changed.append(secret.name)
        return ""

    def undo(self) -> None:
        """Put back the values from before the last Apply (secrets are not kept, so not
        restored)."""
        before, self._undo = self._undo, {}
        for key, raw in before.items():
            if self.settings.locked(key) is None:
                self.settings.set(key, raw)
        self.undo_button.setVisible(False)
        self.revert()
        self.message.setText(self.tr("The previous values are back."))
        if before:
            self.applied.emit(list(before))

    # -- live ----------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        if not self.pending() and not any(s.pending for s in self.secrets.values()):
            self.settings.reload()  # `config set` from a terminal shows up here
            self.revert()
        super().showEvent(event)

    def refresh(self) -> None:
        """The consent card, when the log has changed (on the Overview, from a terminal)."""
        version = log_version(self.paths)
        if version == self._consent_seen:
            return
        self._consent_seen = version
        self.settings.reload()  # the opt-in changed with the log
        opted_in = bool(self.settings.get("opt_in"))
        reason = self.settings.locked("opt_in")
        state = (
            self.tr("On: performance data is sent.")
            if opted_in
            else self.tr("Off: nothing leaves this PC.")
        )
        if reason:
            state += " " + self.tr("Locked by your IT department: {reason}").format(reason=reason)
        self.consent_state.setText(state)
        show_history(self.consent_log, consent_history(self.paths))
