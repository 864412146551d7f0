"""Look: the style sheet from resources, curve colours, translated core labels."""

from __future__ import annotations

import json
from collections.abc import Mapping
from functools import cache
from importlib import resources
from types import MappingProxyType

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from proactive_gui.i18n import SOURCE_LANGUAGE, available_languages
from proactive_gui.uplink.said import CONTEXT, Said

# Curve colours: distinguishable for common colour-vision deficiencies (Okabe-Ito).
CURVE_COLOURS = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9")


STATE_TONES = {
    "ok": "ok",
    "warning": "warn",
    "failure": "bad",
    "stale": "warn",
    "no_data": "neutral",
    "not_measured": "neutral",  # thermal on a run folder: not a problem
}


@cache  # read once: every plot asks for its colours when it is made
def palette_colours(name: str) -> Mapping[str, str]:
    """The colour tokens of the ``light`` or ``dark`` theme (read-only: it is shared)."""
    text = resources.files("proactive_gui.resources").joinpath("style/palettes.json")
    palettes: dict[str, dict[str, str]] = json.loads(text.read_text(encoding="utf-8"))
    return MappingProxyType(palettes[name])


def resolve_theme(setting: str) -> str:
    """``light`` or ``dark``: the setting, or the system's scheme when it says ``system``."""
    if setting in ("light", "dark"):
        return setting
    scheme = QGuiApplication.styleHints().colorScheme()
    return "dark" if scheme == Qt.ColorScheme.Dark else "light"


def apply_theme(app: QApplication, setting: str = "system") -> str:
    """Style the whole application for the theme ``setting``; returns light or dark.
    Widgets already shown restyle at once; plots take the theme when their page is
    built (the window rebuilds its plot pages on a change)."""
    name = resolve_theme(setting)
    colours = palette_colours(name)
    app.setStyle("Fusion")  # the same look on Windows and Linux, and a palette it obeys
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: "window",
        QPalette.ColorRole.WindowText: "text",
        QPalette.ColorRole.Base: "base",
        QPalette.ColorRole.AlternateBase: "alternate_base",
        QPalette.ColorRole.Text: "text",
        QPalette.ColorRole.Button: "button",
        QPalette.ColorRole.ButtonText: "text",
        QPalette.ColorRole.ToolTipBase: "card_bg",
        QPalette.ColorRole.ToolTipText: "text",
        QPalette.ColorRole.PlaceholderText: "muted",
        QPalette.ColorRole.Highlight: "highlight",
        QPalette.ColorRole.Link: "accent",
    }
    for role, token in roles.items():
        palette.setColor(role, QColor(colours[token]))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(colours["disabled_text"]))
    for role in (QPalette.ColorRole.Base, QPalette.ColorRole.Button):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(colours["window"]))
    app.setPalette(palette)
    sheet = resources.files("proactive_gui.resources").joinpath("style/app.qss")
    app.setStyleSheet(sheet.read_text(encoding="utf-8").format(**colours))
    app.setProperty("theme", name)
    return name


def tr_core(context: str, text: str) -> str:
    """Translate a label that the Qt-free core marked with QT_TRANSLATE_NOOP."""
    return QCoreApplication.translate(context, text)


# Words a core message names that the core marked for translation too, by the name of
# the placeholder they fill ("Flow cell" is "Fließzelle"; "days" is "Tagen" in German)
MARKED_WORDS = {"consumable": "Consumable", "unit": "SettingError"}


def tr_message(context: str, template: str, args: Mapping[str, object]) -> str:
    """A core message (a template marked with QT_TRANSLATE_NOOP and its values) in the
    window's language, the marked words among its values translated too."""
    words = {
        key: QCoreApplication.translate(MARKED_WORDS[key], value)
        if key in MARKED_WORDS and isinstance(value, str)
        else value
        for key, value in args.items()
    }
    text = QCoreApplication.translate(context, template)
    return text.format(**words) if words else text


def tr_said(spoken: Said | None, english: str = "") -> str:
    """What the upload engine said (``uplink.said``) in the window's language; its
    English when it left no template."""
    if spoken is None:
        return english
    return tr_message(CONTEXT, spoken.template, spoken.values)


def set_tone(label: QLabel, tone: str) -> None:
    """Colour a pill label: neutral, ok, warn, bad or info (see app.qss)."""
    if label.property("tone") != tone:
        label.setProperty("tone", tone)
        _repolish(label)


def pill(text: str, tone: str = "neutral") -> QLabel:
    label = QLabel(text)
    label.setProperty("pill", True)
    label.setProperty("tone", tone)
    return label


def _repolish(widget: QWidget) -> None:
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)


def install_translation(app: QApplication, setting: str) -> str:
    """Load the window's translation for the ``language`` setting (``system``: the PC's
    UI language when a translation exists), and Qt's own for its standard buttons and
    dialogs. Returns the language code in use."""
    wanted = [setting] if setting != "system" else QLocale.system().uiLanguages()
    # dates and numbers in the window's language (the PC's, when it follows the PC)
    QLocale.setDefault(QLocale.system() if setting == "system" else QLocale(setting))
    known = available_languages()
    for code in wanted:
        for candidate in (code.replace("-", "_"), code.split("-")[0].split("_")[0]):
            if candidate in known:
                return _install_language(app, candidate)
    return _install_language(app, SOURCE_LANGUAGE)


def _install_language(app: QApplication, code: str) -> str:
    """The window's translation for ``code`` and Qt's own; English, the source, has only
    its plural forms ("1 payload", "2 payloads") in a file."""
    from proactive_gui.ui.translations import TsTranslator, load_table

    app.installTranslator(TsTranslator(load_table(code), code, app))
    if code == SOURCE_LANGUAGE:
        return code
    qt_own = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_own.load(QLocale(code), "qtbase", "_", folder):  # zh: zh_CN
        app.installTranslator(qt_own)
    return code
