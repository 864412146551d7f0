"""The Settings page's editors: one row per setting (editor, help, lock note, error)
and the keyring secrets, each able to say what it holds as the text ``Settings.set``
takes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from proactive_gui.secrets import KeyringUnavailableError, SecretPlace, load_secret
from proactive_gui.settings import SettingError, spec_for
from proactive_gui.ui.theme import tr_core, tr_message
from proactive_gui.uplink.keys import where_kept


class ToggleLabel(QLabel):
    """A check box's text as a label that wraps (a check box's own text cannot: in
    French the tray setting's sentence is wider than a 1024-pixel screen's form);
    a click on it toggles the box, as on the box's own text."""

    def __init__(self, text: str, box: QCheckBox) -> None:
        super().__init__(text)
        self.box = box
        self.setWordWrap(True)
        self.setBuddy(box)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self.box.isEnabled():
            self.box.toggle()
        event.accept()


def checkbox_row(box: QCheckBox, text: str) -> QWidget:
    """``box`` with ``text`` beside it, wrapped when the form is narrow."""
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(box, alignment=Qt.AlignmentFlag.AlignTop)
    layout.addWidget(ToggleLabel(text, box), stretch=1)
    box.setAccessibleDescription(text)
    return row


def where_text(place: SecretPlace) -> str:
    """Where a secret is kept, in the window's language ("In the OS keyring.", or the
    file that holds it instead)."""
    return tr_message("Secrets", place.template, dict(place.args))


def setting_error_text(exc: SettingError) -> str:
    """Why a typed value was refused, in the window's language (the words it names that
    the core marked too: "minutes", "days")."""
    return tr_message("SettingError", exc.template, exc.values)


def secret_error_text(exc: KeyringUnavailableError) -> str:
    """What went wrong with a secret's store, in the window's language."""
    return tr_message("Secrets", exc.template, exc.values)


# Settings a running app cannot take in at once; the page says so next to them.
NEXT_START = frozenset({"language"})
LABEL_WIDTH = 190
CHOICE_WIDTH = 340  # combo boxes and numbers need no more than this


@dataclass
class Field:
    """One setting's editor: how to read it as the text ``Settings.set`` takes, how to
    show a value, and where its error and lock notes go."""

    key: str
    widget: QWidget
    read: Callable[[], str]
    show: Callable[[str], None]
    error: QLabel
    lock: QLabel


@dataclass
class SecretField:
    """A keyring secret: typed in (never shown back), replaced or removed."""

    name: str
    edit: QLineEdit
    state: QLabel
    error: QLabel
    remove: QPushButton
    remove_requested: bool = False

    @property
    def pending(self) -> bool:
        return bool(self.edit.text()) or self.remove_requested


class SettingsForm(QObject):
    """Builds the rows of the Settings page and keeps their editors."""

    changed = Signal()  # an editor was edited

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.fields: dict[str, Field] = {}
        self.secrets: dict[str, SecretField] = {}
        self._labels: list[QLabel] = []

    def row(
        self,
        form: QFormLayout,
        label: str,
        key: str,
        editor: QWidget,
        read: Callable[[], str],
        show: Callable[[str], None],
        extra: QWidget | None = None,
    ) -> None:
        spec = spec_for(key)
        box = QVBoxLayout()
        box.setSpacing(2)
        line = QHBoxLayout()
        line.addWidget(editor, stretch=1 if isinstance(editor, QLineEdit) else 0)
        if extra is not None:
            line.addWidget(extra, stretch=1 if isinstance(extra, QLineEdit) else 0)
        if not isinstance(editor, QLineEdit) and not isinstance(extra, QLineEdit):
            line.addStretch(1)
        box.addLayout(line)
        help_text = tr_core("Setting", spec.help)
        if key in NEXT_START and "next starts" not in help_text:
            help_text += " " + self.tr("(Takes effect when the app next starts.)")
        note = QLabel(help_text)
        note.setObjectName("muted")
        note.setWordWrap(True)
        box.addWidget(note)
        lock = QLabel("")
        lock.setObjectName("lockNote")
        lock.setWordWrap(True)
        lock.setVisible(False)
        box.addWidget(lock)
        error = QLabel("")
        error.setObjectName("fieldError")
        error.setWordWrap(True)
        error.setVisible(False)
        box.addWidget(error)
        holder = QWidget()
        holder.setLayout(box)
        box.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.label(label), holder)
        self.fields[key] = Field(key, editor, read, show, error, lock)

    def line(
        self,
        form: QFormLayout,
        label: str,
        key: str,
        placeholder: str = "",
        browse: Callable[[QLineEdit], None] | None = None,
    ) -> QLineEdit:
        edit = QLineEdit()
        edit.setPlaceholderText(placeholder)
        edit.textEdited.connect(lambda *_: self.changed.emit())
        button = None
        if browse is not None:
            button = QPushButton(self.tr("Browse…"))
            button.clicked.connect(lambda: browse(edit))
        self.row(form, label, key, edit, edit.text, edit.setText, button)
        return edit

    def number(self, form: QFormLayout, label: str, key: str, suffix: str) -> None:
        spin = QSpinBox()
        low, high = spec_for(key).bounds or (0, 1_000_000)
        spin.setRange(low, high)
        spin.setSuffix(suffix)
        spin.setMaximumWidth(CHOICE_WIDTH // 2)
        spin.valueChanged.connect(lambda *_: self.changed.emit())
        self.row(
            form, label, key, spin, lambda: str(spin.value()), lambda text: spin.setValue(int(text))
        )

    def choice(
        self, form: QFormLayout, label: str, key: str, options: list[tuple[str, str]]
    ) -> None:
        combo = QComboBox()
        combo.setMaximumWidth(CHOICE_WIDTH)
        for value, text in options:
            combo.addItem(text, value)
        combo.currentIndexChanged.connect(lambda *_: self.changed.emit())

        def show(value: str) -> None:
            index = combo.findData(value)
            combo.setCurrentIndex(max(index, 0))

        self.row(form, label, key, combo, lambda: str(combo.currentData()), show)

    def secret(self, form: QFormLayout, label: str, name: str, what: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        edit.textEdited.connect(lambda *_: self.changed.emit())
        remove = QPushButton(self.tr("Remove"))
        state = QLabel("")
        state.setObjectName("muted")
        state.setWordWrap(True)
        error = QLabel("")
        error.setObjectName("fieldError")
        error.setVisible(False)
        field = SecretField(name, edit, state, error, remove)

        def ask_remove() -> None:
            field.remove_requested = True
            edit.clear()
            self.show_secret_state(field)
            self.changed.emit()

        remove.clicked.connect(ask_remove)
        line = QHBoxLayout()
        line.addWidget(edit, stretch=1)
        line.addWidget(remove)
        box = QVBoxLayout()
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addLayout(line)
        box.addWidget(state)
        box.addWidget(error)
        holder = QWidget()
        holder.setLayout(box)
        holder.setToolTip(what)
        form.addRow(self.label(label), holder)
        self.secrets[name] = field
        return edit

    def label(self, text: str) -> QLabel:
        label = QLabel(text)
        self._labels.append(label)
        return label

    def align_labels(self) -> None:
        """The same label column in every card, wide enough for the longest label."""
        width = max([LABEL_WIDTH, *(label.sizeHint().width() for label in self._labels)])
        for label in self._labels:
            label.setMinimumWidth(width)

    @staticmethod
    def form(layout: QVBoxLayout) -> QFormLayout:
        form = QFormLayout()
        form.setHorizontalSpacing(16)
        form.setVerticalSpacing(10)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        layout.addLayout(form)
        return form

    def show_secret_state(self, secret: SecretField) -> None:
        if secret.remove_requested:
            secret.remove.setEnabled(False)
            text = self.tr("Will be removed from the keyring when you Apply.")
        else:
            try:
                stored = load_secret(secret.name) is not None
                where = where_text(where_kept(secret.name))
            except KeyringUnavailableError as exc:
                secret.state.setText(secret_error_text(exc))
                secret.state.setObjectName("fieldError")
                secret.edit.setEnabled(False)
                secret.remove.setEnabled(False)
                return
            secret.remove.setEnabled(stored)
            text = (
                self.tr("Stored, never shown. {where} Type a new one to replace it.")
                if stored
                else self.tr("Not set. Type it here; it will be kept here: {where}")
            ).format(where=where)
        secret.state.setText(text)
