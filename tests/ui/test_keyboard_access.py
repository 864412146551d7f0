"""Keyboard, touch and assistive technology: Tab leaves tables, shortcuts reach the
pages, the sidebar shows focus, indicators and buttons a finger can hit, and every
control has a name a screen reader can say."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSlider,
    QStyle,
    QStyleOptionButton,
    QTabBar,
    QTableWidget,
    QTabWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from proactive_gui.consent import set_consent
from proactive_gui.launch import LaunchOptions
from proactive_gui.paths import app_paths
from proactive_gui.settings import Settings
from proactive_gui.ui.app import build_window
from proactive_gui.ui.main_window import MainWindow
from proactive_gui.ui.pages.network import NetworkPage
from proactive_gui.ui.pages.overview import OverviewPage
from proactive_gui.ui.pages.settings_page import SettingsPage
from proactive_gui.ui.tables import fill_table
from proactive_gui.ui.theme import apply_theme

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QAbstractSpinBox,
    QComboBox,
    QAbstractItemView,
    QSlider,
    QPlainTextEdit,
    QTextEdit,
)
COMPOSITE = (QAbstractItemView, QAbstractSpinBox, QComboBox, QTabBar)  # say their parts


@pytest.fixture
def window(qtbot: QtBot) -> Iterator[MainWindow]:
    paths = app_paths().ensure()
    settings = Settings.load(paths.settings_file)
    for opted_in in (True, False, True):  # rows in the consent log
        set_consent(settings, paths, opted_in, "window")
    win = build_window(LaunchOptions(demo=True, at_hours=1.0), paths, settings)
    qtbot.addWidget(win)
    win.resize(1280, 820)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    yield win
    # a key sent with Ctrl or Shift leaves the application's modifier state pressed
    # (QGuiApplication.keyboardModifiers), which would turn a later test's selectRow into
    # a toggle: release them, as a person's fingers do
    for key in (Qt.Key.Key_Control, Qt.Key.Key_Shift):
        qtbot.keyRelease(win, key, Qt.KeyboardModifier.NoModifier)
    win.close()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, "system")  # a test may have switched to dark


@pytest.fixture(params=["light", "dark"])
def theme(request: pytest.FixtureRequest, window: MainWindow) -> str:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    name = apply_theme(app, str(request.param))
    QApplication.processEvents()
    return name


def _focus_in(widget: QWidget) -> bool:
    focus = QApplication.focusWidget()
    return focus is not None and (focus is widget or widget.isAncestorOf(focus))


def _tab_out(qtbot: QtBot, table: QTableWidget) -> None:
    assert table.rowCount() >= 2 and table.columnCount() >= 2
    table.setFocus(Qt.FocusReason.OtherFocusReason)
    table.setCurrentCell(0, 0)
    assert _focus_in(table)
    qtbot.keyClick(table, Qt.Key.Key_Down)  # the arrows still move within the table
    assert (table.currentRow(), table.currentColumn()) == (1, 0)
    assert _focus_in(table)
    qtbot.keyClick(table, Qt.Key.Key_Tab)  # one press: the next control, not the next cell
    assert not _focus_in(table)
    assert (table.currentRow(), table.currentColumn()) == (1, 0)
    table.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.keyClick(table, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert not _focus_in(table)
    assert (table.currentRow(), table.currentColumn()) == (1, 0)


def test_tab_leaves_the_consent_log(window: MainWindow, qtbot: QtBot) -> None:
    window.show_page("settings")
    page = window.page("settings")
    assert isinstance(page, SettingsPage)
    assert page.consent_log.rowCount() == 3
    _tab_out(qtbot, page.consent_log)


def test_tab_leaves_the_network_table(window: MainWindow, qtbot: QtBot) -> None:
    window.show_page("network")
    page = window.page("network")
    assert isinstance(page, NetworkPage)
    fill_table(page.table, [["DNS", "Pass", "3 ms", "resolved"], ["TLS", "Pass", "9 ms", "ok"]])
    _tab_out(qtbot, page.table)


def test_tab_leaves_every_item_view(window: MainWindow) -> None:
    for page_id in window.page_ids:
        views = window.page(page_id).findChildren(QAbstractItemView)
        assert [view for view in views if view.tabKeyNavigation()] == [], page_id
    window._rebuild_page("health")  # pages built anew are made the same way
    assert not any(v.tabKeyNavigation() for v in window.page("health").findChildren(QTableWidget))


def test_ctrl_number_opens_the_page(window: MainWindow, qtbot: QtBot) -> None:
    assert window.page_ids[2] == "run_quality"
    window.navigation.setFocus()
    qtbot.keyClick(window.navigation, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.navigation.currentRow() == 2
    assert window.stack.currentWidget() is window.page("run_quality")
    for row, page_id in enumerate(window.page_ids):
        focus = QApplication.focusWidget() or window
        qtbot.keyClick(focus, Qt.Key(Qt.Key.Key_1 + row), Qt.KeyboardModifier.ControlModifier)
        assert window.stack.currentWidget() is window.page(page_id)


def test_ctrl_tab_goes_round_the_pages(window: MainWindow, qtbot: QtBot) -> None:
    ids = window.page_ids
    window.show_page(ids[-1])
    focus = QApplication.focusWidget() or window
    qtbot.keyClick(focus, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.page(ids[0])  # wraps to the first
    focus = QApplication.focusWidget() or window
    qtbot.keyClick(focus, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.page(ids[1])
    both = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    for _ in range(2):  # Shift+Tab comes as Backtab: previous, then wrap to the last
        focus = QApplication.focusWidget() or window
        qtbot.keyClick(focus, Qt.Key.Key_Backtab, both)
    assert window.stack.currentWidget() is window.page(ids[-1])
    qtbot.keyClick(window, Qt.Key.Key_Tab, both)
    assert window.stack.currentWidget() is window.page(ids[-2])


def _grab(widget: QWidget) -> QImage:
    widget.repaint()
    return widget.grab().toImage()


def test_the_sidebar_shows_focus(window: MainWindow, theme: str) -> None:
    nav = window.navigation
    window.show_page("overview")
    window.page("overview").setFocus()
    QApplication.processEvents()
    assert not nav.hasFocus()
    without = _grab(nav)
    nav.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    assert nav.hasFocus()
    with_focus = _grab(nav)
    assert with_focus != without, f"no focus indicator in the {theme} theme"
    offset = nav.viewport().pos()  # item rectangles are the viewport's
    rect = nav.visualItemRect(nav.item(0)).translated(offset)
    assert with_focus.copy(rect) != without.copy(rect)  # on the current page's entry
    other = nav.visualItemRect(nav.item(1)).translated(offset)
    assert with_focus.copy(other) == without.copy(other)  # and nowhere else


def test_indicators_and_buttons_fit_a_finger(window: MainWindow, theme: str) -> None:
    overview = window.page("overview")
    assert isinstance(overview, OverviewPage)
    box = overview.opt_in
    style = box.style()
    option = QStyleOptionButton()
    box.initStyleOption(option)
    assert style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, option, box) >= 20
    assert style.pixelMetric(QStyle.PixelMetric.PM_IndicatorHeight, option, box) >= 20
    indicator = style.subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, box)
    assert indicator.width() >= 20 and indicator.height() >= 20
    radio = QRadioButton("x", overview)
    option = QStyleOptionButton()
    radio.initStyleOption(option)
    rect = radio.style().subElementRect(QStyle.SubElement.SE_RadioButtonIndicator, option, radio)
    assert rect.width() >= 20 and rect.height() >= 20
    radio.deleteLater()
    for page_id in window.page_ids:
        window.show_page(page_id)
        QApplication.processEvents()
        page = window.page(page_id)
        low = [
            (b.text(), b.height())
            for b in page.findChildren(QPushButton)
            if b.isVisibleTo(page) and b.height() < 32
        ]
        assert low == [], f"{page_id}, {theme}: buttons lower than 32 px"


def _controls(window: MainWindow, page_id: str) -> list[QWidget]:
    """The interactive widgets a user can reach on the page: every tab shown in turn;
    the parts of composite controls (a table's header, a spin box's line edit) left out,
    as Qt presents them through the control."""
    window.show_page(page_id)
    page = window.page(page_id)
    found: list[QWidget] = []

    def collect() -> None:
        QApplication.processEvents()
        for widget in page.findChildren(QWidget):
            if not isinstance(widget, INTERACTIVE) or not widget.isVisibleTo(page):
                continue
            if widget.objectName().startswith("qt_") or widget in found:
                continue
            parent = widget.parentWidget()
            while parent is not None and parent is not page:
                if isinstance(parent, COMPOSITE):
                    break
                parent = parent.parentWidget()
            else:
                found.append(widget)

    collect()
    for tabs in page.findChildren(QTabWidget):
        shown = tabs.currentIndex()
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            collect()
        tabs.setCurrentIndex(shown)
    return found


def test_every_control_has_an_accessible_name(window: MainWindow) -> None:
    unnamed = []
    counted = 0
    for page_id in window.page_ids:
        controls = _controls(window, page_id)
        assert controls, page_id
        counted += len(controls)
        unnamed += [
            f"{page_id}: {type(w).__name__} {getattr(w, 'text', lambda: '')()!r}"
            for w in controls
            if not w.accessibleName().strip()
        ]
    assert counted > 30
    assert unnamed == []
    network = window.page("network")
    assert isinstance(network, NetworkPage)
    assert network.one_button.accessibleName() == "Run the selected check"
    assert network.one_button.accessibleDescription() == network.one_button.toolTip()
    settings = window.page("settings")
    assert isinstance(settings, SettingsPage)
    assert settings.fields["endpoint"].widget.accessibleName() == "Receiver address"
    assert settings.consent_log.accessibleName() == "Send Instrument Performance Data"
    window._rebuild_page("settings")  # rebuilt later: named again
    rebuilt = window.page("settings")
    assert isinstance(rebuilt, SettingsPage) and rebuilt is not settings
    assert rebuilt.fields["endpoint"].widget.accessibleName() == "Receiver address"


def test_names_come_from_what_is_seen(qtbot: QtBot) -> None:
    from proactive_gui.ui.accessibility import name_controls

    root = QWidget()
    qtbot.addWidget(root)
    column = QVBoxLayout(root)
    search = QLineEdit()  # nothing before it names it
    search.setPlaceholderText("Search the log")
    column.addWidget(search)
    odd = QCheckBox()
    odd.setToolTip("Only the tool tip says it")
    column.addWidget(odd)
    save = QPushButton("&Save && close")
    save.setToolTip("Writes the file")
    column.addWidget(save)
    buddy = QLabel("&Host:")
    host = QLineEdit()
    buddy.setBuddy(host)
    column.addWidget(host)
    column.addWidget(buddy)  # after it: the buddy, not the position, names it
    form = QFormLayout()
    port = QLineEdit()
    form.addRow("Port:", port)
    column.addLayout(form)
    row = QHBoxLayout()
    row.addWidget(QLabel("Metric:"))
    note = QLabel("A long note that wraps, which names nothing.")
    note.setWordWrap(True)
    row.addWidget(note)
    metric = QComboBox()
    row.addWidget(metric)
    column.addLayout(row)
    tabs = QTabWidget()
    view = QPlainTextEdit()
    tabs.addTab(view, "&Exact bytes")
    column.addWidget(tabs)
    explicit = QLineEdit()
    explicit.setAccessibleName("Chosen by the page")
    column.addWidget(explicit)

    name_controls(root)
    assert save.accessibleName() == "Save & close"
    assert save.accessibleDescription() == "Writes the file"
    assert host.accessibleName() == "Host"
    assert port.accessibleName() == "Port"
    assert metric.accessibleName() == "Metric"
    assert search.accessibleName() == "Search the log"
    assert odd.accessibleName() == "Only the tool tip says it"
    assert view.accessibleName() == "Exact bytes"
    assert explicit.accessibleName() == "Chosen by the page"

    root.show()
    qtbot.waitExposed(root)
    save.setText("&Resume")  # a name taken from what is shown follows it
    save.setToolTip("Starts again")
    qtbot.waitUntil(lambda: save.accessibleName() == "Resume")
    assert save.accessibleDescription() == "Starts again"
    explicit.setPlaceholderText("something else")
    QApplication.processEvents()
    assert explicit.accessibleName() == "Chosen by the page"
