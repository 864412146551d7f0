"""Look: the style sheet from resources, curve colours, translated core labels."""

from __future__ import annotations

from importlib import resources

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QLabel, QWidget

# Curve colours: distinguishable for common colour-vision deficiencies (Okabe-Ito).
CURVE_COLOURS = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9")


STATE_TONES = {
    "ok": "ok",
    "warning": "warn",
    "failure": "bad",
    "stale": "warn",
    "no_data": "neutral",
}


def apply_theme(app: QApplication) -> None:
    sheet = resources.files("proactive_gui.resources").joinpath("style/app.qss")
    app.setStyleSheet(sheet.read_text(encoding="utf-8"))


def tr_core(context: str, text: str) -> str:
    """Translate a label that the Qt-free core marked with QT_TRANSLATE_NOOP."""
    return QCoreApplication.translate(context, text)


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
