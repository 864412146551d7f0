"""The window by keyboard: Tab goes from control to control (out of tables, not cell by
cell), and shortcuts reach the pages."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QKeyCombination, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QWidget

NUMBERED_PAGES = 9  # Ctrl+1 … Ctrl+9

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
NEXT_PAGE = (QKeySequence(QKeyCombination(CTRL, Qt.Key.Key_Tab)),)
# Shift+Tab arrives as Backtab on most systems, as Tab with Shift on some
PREVIOUS_PAGE = (
    QKeySequence(QKeyCombination(CTRL_SHIFT, Qt.Key.Key_Backtab)),
    QKeySequence(QKeyCombination(CTRL_SHIFT, Qt.Key.Key_Tab)),
)


def tab_leaves_views(root: QWidget) -> None:
    """Tab and Shift+Tab move the focus out of every table, tree and list in ``root`` to
    the next or previous control; the arrow keys still move within the view."""
    views = root.findChildren(QAbstractItemView)
    if isinstance(root, QAbstractItemView):
        views.append(root)
    for view in views:
        view.setTabKeyNavigation(False)


def page_shortcuts(window: QWidget, navigation: QListWidget) -> list[QShortcut]:
    """Ctrl+1 … Ctrl+9 open the pages in the order of ``navigation`` (the sidebar);
    Ctrl+Tab and Ctrl+Shift+Tab the next and the previous page, round from the last to
    the first. They work wherever the focus is in ``window``."""

    def go(row: int) -> None:
        navigation.setCurrentRow(row)

    def step(by: int) -> None:
        count = navigation.count()
        if count:
            go((max(navigation.currentRow(), 0) + by) % count)

    def opener(row: int) -> Callable[[], None]:
        return lambda: go(row)

    shortcuts = []
    for row in range(min(navigation.count(), NUMBERED_PAGES)):
        key = QKeySequence(QKeyCombination(CTRL, Qt.Key(Qt.Key.Key_1.value + row)))
        shortcuts.append(_shortcut(window, key, opener(row)))
    shortcuts += [_shortcut(window, key, lambda: step(1)) for key in NEXT_PAGE]
    shortcuts += [_shortcut(window, key, lambda: step(-1)) for key in PREVIOUS_PAGE]
    return shortcuts


def _shortcut(window: QWidget, key: QKeySequence, act: Callable[[], None]) -> QShortcut:
    shortcut = QShortcut(key, window)
    shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
    shortcut.activated.connect(act)
    return shortcut
