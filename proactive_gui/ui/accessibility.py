"""Names and descriptions for screen readers, taken from what a sighted user sees: a
button's text, a field's label, the caption above a table, a tab's title."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import (
    Qt,  # QtCore's Qt, and mightBeRichText
    QTextDocumentFragment,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QLineEdit,
    QPlainTextEdit,
    QSlider,
    QStackedLayout,
    QStackedWidget,
    QTabBar,
    QTableView,
    QTabWidget,
    QTextEdit,
    QTreeView,
    QWidget,
)

CONTROLS = (
    QAbstractButton,
    QLineEdit,
    QAbstractSpinBox,
    QComboBox,
    QAbstractItemView,
    QSlider,
    QPlainTextEdit,
    QTextEdit,
)
# Qt presents the parts of these (a table's header, a spin box's line edit, a combo
# box's list, a tab bar's scroll buttons) through the control itself.
COMPOSITE = (QAbstractItemView, QAbstractSpinBox, QComboBox, QTabBar)

_NAME = "a11yDerivedName"  # what this module set: a name a page set itself is left alone
_DESCRIPTION = "a11yDerivedDescription"
_SEEN = "a11ySeen"  # the text, tool tip and placeholder the name was taken with
_FOLLOWED = "a11yFollowed"
_FOLLOWER = "a11yFollower"
_ACCELERATOR = re.compile(r"&(.)")  # "&Save" says "Save", "&&" says "&"


def name_controls(root: QWidget) -> None:
    """Give every control in ``root`` that has no accessible name one derived from what a
    sighted user sees: its own text (buttons), the label that is its buddy or its
    QFormLayout label, else the nearest caption before it in its layout (a one-line
    label: a wrapped note or a state pill names nothing), else its placeholder text or
    tool tip, else the title of the tab it is on, else a table's column headers. Its
    tool tip becomes its accessible description (for a button named by its own text
    and without one: the label of its form or grid row, which tells apart two
    "Browse…" buttons).
    A derived name follows the text, tool tip or placeholder it came from when it
    changes. Call it again for widgets added later: it is cheap on those it has seen."""
    buddies = _buddies(root.window())
    follower = _follower(root.window())
    for widget in [root, *root.findChildren(QWidget)]:
        if is_control(widget):
            _name(widget, buddies)
            follower.follow(widget)


def is_control(widget: QWidget) -> bool:
    """An interactive widget a screen reader presents on its own (not a part of one)."""
    if not isinstance(widget, CONTROLS) or widget.objectName().startswith("qt_"):
        return False
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, COMPOSITE):
            return False
        parent = parent.parentWidget()
    return True


class _Follower(QObject):
    """Takes a derived name anew when what it came from has changed (a Pause button that
    now says Resume): checked when the control is shown, repainted or retipped."""

    UPDATES = frozenset({QEvent.Type.Show, QEvent.Type.Paint, QEvent.Type.ToolTipChange})

    def follow(self, widget: QWidget) -> None:
        if not widget.property(_FOLLOWED):
            widget.setProperty(_FOLLOWED, True)
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() in self.UPDATES
            and isinstance(watched, QWidget)
            and watched.property(_SEEN) != _signature(watched)
        ):
            _name(watched, _buddies(watched.window()))
        return False


def _follower(window: QWidget) -> _Follower:
    found = window.findChild(_Follower, _FOLLOWER, Qt.FindChildOption.FindDirectChildrenOnly)
    if isinstance(found, _Follower):
        return found
    follower = _Follower(window)
    follower.setObjectName(_FOLLOWER)
    return follower


def _name(widget: QWidget, buddies: dict[QWidget, QLabel]) -> None:
    widget.setProperty(_SEEN, _signature(widget))
    name = widget.accessibleName()
    if not name or name == widget.property(_NAME):
        name = _derive_name(widget, buddies)
        if name != widget.accessibleName():
            widget.setAccessibleName(name)
        widget.setProperty(_NAME, name)
    description = widget.accessibleDescription()
    if not description or description == widget.property(_DESCRIPTION):
        description = _derive_description(widget, buddies, name)
        if description != widget.accessibleDescription():
            widget.setAccessibleDescription(description)
        widget.setProperty(_DESCRIPTION, description)


def _derive_name(widget: QWidget, buddies: dict[QWidget, QLabel]) -> str:
    sources: tuple[Callable[[], str], ...] = (
        lambda: _own_text(widget),
        lambda: _caption(widget, buddies),
        lambda: _clean(_placeholder(widget)),
        lambda: _clean(widget.toolTip()),
        lambda: _tab_title(widget),
        lambda: _headers(widget),
    )
    for source in sources:
        text = source()
        if text:
            return text
    return ""


def _derive_description(widget: QWidget, buddies: dict[QWidget, QLabel], name: str) -> str:
    tip = next((_clean(w.toolTip()) for w in _holders(widget) if w.toolTip()), "")
    if tip:
        return tip if tip != name else ""
    if _own_text(widget):  # the row's label tells apart the Open buttons of a grid
        context = _caption(widget, buddies, row_only=True)
        return context if context != name else ""
    return ""


def _signature(widget: QWidget) -> str:
    return "\x1f".join((_own_text(widget), widget.toolTip(), _placeholder(widget)))


def _clean(text: str) -> str:
    """What a label says, as a name: no markup, accelerators, line breaks or colon."""
    if Qt.mightBeRichText(text):
        text = QTextDocumentFragment.fromHtml(text).toPlainText()
    text = " ".join(_ACCELERATOR.sub(r"\1", text).split())
    return text.rstrip(":：").rstrip()


def _own_text(widget: QWidget) -> str:
    return _clean(widget.text()) if isinstance(widget, QAbstractButton) else ""


def _placeholder(widget: QWidget) -> str:
    if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit | QComboBox):
        return widget.placeholderText()
    return ""


def _buddies(window: QWidget) -> dict[QWidget, QLabel]:
    buddies = {}
    for label in window.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is not None:
            buddies[buddy] = label
    return buddies


def _holders(widget: QWidget) -> Iterator[QWidget]:
    """The widget, then the plain containers it sits in (a form field's holder)."""
    yield widget
    parent = widget.parentWidget()
    while parent is not None and type(parent) is QWidget and _tab_index(parent) is None:
        yield parent
        parent = parent.parentWidget()


def _caption(widget: QWidget, buddies: dict[QWidget, QLabel], row_only: bool = False) -> str:
    """The label of the field: its buddy, its QFormLayout label, or the caption before it
    in its layout (with ``row_only``: in its row of a grid only), looked for through the
    plain containers it sits in."""
    buddy = buddies.get(widget)
    if buddy is not None and _clean(buddy.text()):
        return _clean(buddy.text())
    for holder in _holders(widget):
        parent = holder.parentWidget()
        layout = parent.layout() if parent is not None else None
        if layout is None:
            continue
        for inner, index in _path(layout, holder) or []:
            text = _caption_in(inner, index, row_only)
            if text:
                return text
    return ""


def _path(layout: QLayout, widget: QWidget) -> list[tuple[QLayout, int]] | None:
    """The layouts from the one holding ``widget`` out to ``layout``, each with the
    index of the item that holds it."""
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item is None:
            continue
        if item.widget() is widget:
            return [(layout, index)]
        inner = item.layout()
        if inner is not None:
            found = _path(inner, widget)
            if found is not None:
                return [*found, (layout, index)]
    return None


def _caption_in(layout: QLayout, index: int, row_only: bool = False) -> str:
    item = layout.itemAt(index)
    if isinstance(layout, QStackedLayout):  # one page at a time: none comes before
        return ""
    if isinstance(layout, QFormLayout):
        label = _form_label(layout, item)
        return _clean(label.text()) if isinstance(label, QLabel) else ""
    if isinstance(layout, QGridLayout):  # the same row, nearest column first
        position = layout.getItemPosition(index)  # (row, column, row span, column span)
        assert isinstance(position, tuple)
        row, column = int(position[0]), int(position[1])
        before = [layout.itemAtPosition(row, c) for c in range(column - 1, -1, -1)]
    elif row_only:
        return ""
    else:
        before = [layout.itemAt(i) for i in range(index - 1, -1, -1)]
    for candidate in before:
        label = candidate.widget() if candidate is not None else None
        if _is_caption(label):
            assert isinstance(label, QLabel)
            return _clean(label.text())
    return ""


def _form_label(form: QFormLayout, item: QLayoutItem | None) -> QWidget | None:
    if item is None:
        return None
    widget, inner = item.widget(), item.layout()
    if widget is not None:
        return form.labelForField(widget)
    return form.labelForField(inner) if inner is not None else None


def _is_caption(widget: QWidget | None) -> bool:
    """A label that names what follows it: one line (a wrapped label is a note or a
    status), not a state pill, not hidden, saying something."""
    return (
        isinstance(widget, QLabel)
        and not widget.wordWrap()
        and not widget.property("pill")
        and not widget.isHidden()
        and bool(_clean(widget.text()))
    )


def _tab_index(widget: QWidget) -> tuple[QTabWidget, int] | None:
    stack = widget.parentWidget()
    tabs = stack.parentWidget() if isinstance(stack, QStackedWidget) else None
    if isinstance(tabs, QTabWidget) and tabs.indexOf(widget) >= 0:
        return tabs, tabs.indexOf(widget)
    return None


def _tab_title(widget: QWidget) -> str:
    """The title of the tab the widget is on."""
    current: QWidget | None = widget
    while current is not None:
        found = _tab_index(current)
        if found is not None:
            tabs, index = found
            return _clean(tabs.tabText(index))
        current = current.parentWidget()
    return ""


def _headers(widget: QWidget) -> str:
    """A table's or tree's column headers, as a last resort."""
    if not isinstance(widget, QTableView | QTreeView) or widget.model() is None:
        return ""
    header = widget.horizontalHeader() if isinstance(widget, QTableView) else widget.header()
    model = widget.model()
    titles = (
        _clean(str(model.headerData(c, Qt.Orientation.Horizontal) or ""))
        for c in range(model.columnCount())
        if not header.isSectionHidden(c)
    )
    return ", ".join(title for title in titles if title)
