"""The window on instrument-sized screens: 1024×600 (an instrument's touch screen),
1280×800 and 1920×1080. Every page fits: it scrolls where it must, never sideways, its
texts wrap instead of widening the window, and no label is cut off — measured, label by
label, against its rectangle, also in a pseudo-locale whose every string is 40 % longer
and carries accents above and below."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QTranslator
from PySide6.QtWidgets import QApplication, QLabel, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from proactive_gui.launch import LaunchOptions
from proactive_gui.paths import app_paths
from proactive_gui.settings import Settings
from proactive_gui.ui.app import build_window
from proactive_gui.ui.main_window import MainWindow
from proactive_gui.ui.theme import install_translation
from tests.runfolders import run_path

SIZES = ((1024, 600), (1280, 800), (1920, 1080))
MISEQ = "MiSeq_210505_M01101_0075_000000000-JDP9R"
LAYOUT_PASSES = 4  # a wrapped label takes its height a pass after its width
KEEP = re.compile(r"(\{[^}]*\}|%[0-9nvm]|<[^>]*>|&[a-z]+;|&(?=\w))")  # placeholders, markup
ACCENTED = str.maketrans(
    "aeiouAEIOUcnyCNY",
    "áëîõüÅÉÎÕÜçñýÇÑÝ",
)


def pseudo(text: str) -> str:
    """``text`` 40 % longer, every letter accented, with a mark below every third; the
    placeholders, markup and accelerators kept as they are."""
    out = []
    for part in KEEP.split(text):
        if KEEP.fullmatch(part):
            out.append(part)
            continue
        marked = "".join(
            ch.translate(ACCENTED) + ("\u0323" if ch.isalpha() and i % 3 == 0 else "")
            for i, ch in enumerate(part)
        )
        out.append(marked)
    padding = "·" * max(1, round(0.4 * len(KEEP.sub("", text))))
    return "".join(out) + (f" {padding}" if text.strip() else "")


class PseudoTranslator(QTranslator):
    def translate(
        self, context: str, source_text: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        return pseudo(source_text)

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def pseudo_locale(qapp: QApplication) -> Iterator[QObject]:
    translator = PseudoTranslator(qapp)
    qapp.installTranslator(translator)
    yield translator
    qapp.removeTranslator(translator)


def _window(qtbot: QtBot, run: Path | None) -> MainWindow:
    paths = app_paths().ensure()
    settings = Settings.load(paths.settings_file)
    options = LaunchOptions(demo=run is None, at_hours=1.0, run_folder=run)
    win = build_window(options, paths, settings)
    qtbot.addWidget(win)
    if win.run_bridge is not None:
        win.run_bridge.load_now()
    if win.health is not None:
        win.health.evaluate_now()
    win.show()
    return win


def _settle(win: MainWindow) -> None:
    for _ in range(LAYOUT_PASSES):
        QApplication.processEvents()
        win.refresh()


def clipped_labels(page: QWidget, window: QWidget) -> list[str]:
    """Labels on ``page`` whose text does not fit their rectangle, or that lie beyond
    the right edge of what the page shows."""
    right = window.mapToGlobal(window.rect().topRight()).x()
    found = []
    for label in page.findChildren(QLabel):
        if not label.isVisibleTo(window) or not label.text() or label.width() <= 0:
            continue
        if label.wordWrap():
            short = label.heightForWidth(label.width()) > label.height() + 1
        else:
            short = label.sizeHint().width() > label.width() + 1
        beyond = label.mapToGlobal(label.rect().topRight()).x() > right + 1
        if short or beyond:
            found.append(f"{label.text()[:60]!r} ({label.width()}×{label.height()})")
    return found


def sideways(page: QWidget) -> bool:
    """Whether any scroll area on the page scrolls sideways (its content is too wide)."""
    areas = [page, *page.findChildren(QScrollArea)]
    return any(
        isinstance(area, QScrollArea)
        and area.isVisible()
        and area.horizontalScrollBar().maximum() > 0
        and area.widgetResizable()
        for area in areas
    )


def _check_every_page(win: MainWindow, size: tuple[int, int]) -> list[str]:
    problems = []
    win.resize(*size)
    for page_id in win.page_ids:
        win.show_page(page_id)
        _settle(win)
        if (win.width(), win.height()) != size:
            problems.append(f"{page_id}: the window is {win.width()}×{win.height()}")
        page = win.page(page_id)
        if sideways(page):
            problems.append(f"{page_id}: scrolls sideways at {size}")
        problems += [f"{page_id}: {label}" for label in clipped_labels(page, win)]
    return problems


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_page_fits_an_instrument_screen(qtbot: QtBot, size: tuple[int, int]) -> None:
    win = _window(qtbot, None)
    assert _check_every_page(win, size) == []
    settings = win.page("settings")
    win.show_page("settings")
    _settle(win)
    apply = settings.apply_button  # type: ignore[attr-defined]
    corner = apply.mapTo(win, apply.rect().bottomRight())
    assert win.rect().contains(corner), "Apply is off the screen"
    win.close()


@pytest.mark.parametrize("language", ["en", "de", "fr", "it", "ru", "zh"])
def test_every_page_fits_in_every_language(qtbot: QtBot, qapp: QApplication, language: str) -> None:
    """German and Russian words are long, Chinese glyphs are wide: every page fits the
    instrument's screen in each, the subsystem cards two by two where four do not fit."""
    install_translation(qapp, language)
    try:
        win = _window(qtbot, None)
        for size in ((1024, 600), (1280, 800)):
            assert _check_every_page(win, size) == [], (language, size)
        win.close()
    finally:
        for translator in qapp.findChildren(QTranslator):
            qapp.removeTranslator(translator)


@pytest.mark.parametrize("run", [None, MISEQ], ids=["demo", "real run"])
def test_a_pseudo_locale_40_percent_longer_clips_no_label(
    qtbot: QtBot, pseudo_locale: QObject, run: str | None
) -> None:
    win = _window(qtbot, run_path(run) if run else None)
    assert _check_every_page(win, (1280, 800)) == []
    win.close()


def test_a_long_status_text_wraps_instead_of_widening_the_window(qtbot: QtBot) -> None:
    win = _window(qtbot, None)
    win.resize(1280, 800)
    for page_id in win.page_ids:
        win.show_page(page_id)
        _settle(win)
        for label in win.page(page_id).findChildren(QLabel):
            if label.isVisibleTo(win) and label.wordWrap():
                label.setText("a long certificate error: " + "unable to verify " * 40)
        _settle(win)
        assert win.width() == 1280, page_id
        assert not sideways(win.page(page_id)), page_id
    win.close()


def test_a_check_box_text_wraps_and_a_click_on_it_toggles_the_box(qtbot: QtBot) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QCheckBox

    from proactive_gui.ui.settings_form import ToggleLabel, checkbox_row

    box = QCheckBox()
    row = checkbox_row(box, "Keep running in the system tray when the window is closed " * 3)
    qtbot.addWidget(row)
    row.resize(300, 200)
    row.show()
    label = row.findChild(ToggleLabel)
    assert label is not None and label.wordWrap() and row.minimumSizeHint().width() < 300
    qtbot.mouseClick(label, Qt.MouseButton.LeftButton)
    assert box.isChecked()
    box.setEnabled(False)
    qtbot.mouseClick(label, Qt.MouseButton.LeftButton)
    assert box.isChecked()  # a locked setting does not change
