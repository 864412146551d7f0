"""Characters Qt would draw as an empty box ("tofu"): for the translations' test, and for
``snapshot``, so that a frozen app on a PC without a CJK font says so instead of showing
boxes in a support screenshot."""

from __future__ import annotations

from PySide6.QtGui import QFont, QTextLayout
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget


def _drawn(text: str, font: QFont) -> bool:
    """Whether every glyph Qt picks for ``text``, fallback fonts included, is real."""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    while layout.createLine().isValid():
        pass
    layout.endLayout()
    return all(0 not in run.glyphIndexes() for run in layout.glyphRuns())


def missing_glyphs(text: str, font: QFont) -> set[str]:
    """The characters of ``text`` that Qt draws as an empty box: glyph 0 (.notdef) in
    whatever font it picks for them, fallbacks included."""
    if _drawn(text, font):
        return set()
    return {c for c in set(text) if c.strip() and not _drawn(c, font)}


def missing_on(root: QWidget) -> set[str]:
    """Characters without a glyph in the labels and buttons under ``root``, as shown."""
    missing: set[str] = set()
    widgets: list[QWidget] = [*root.findChildren(QLabel), *root.findChildren(QAbstractButton)]
    for widget in widgets:
        if widget.isVisible() and widget.text():  # type: ignore[attr-defined]
            missing |= missing_glyphs(widget.text(), widget.font())  # type: ignore[attr-defined]
    return missing
