"""The window in the languages of the data-security sheets (German, French, Italian,
Russian, Chinese): every visible string has a finished translation with the same
placeholders, the opt-in reads as each sheet words it, every character has a glyph in
the font Qt draws it with, and the window follows the language setting (or the PC)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from proactive_gui.i18n import available_languages
from proactive_gui.launch import LaunchOptions
from proactive_gui.paths import app_paths
from proactive_gui.settings import Settings
from proactive_gui.ui.app import build_window
from proactive_gui.ui.glyphs import missing_glyphs
from proactive_gui.ui.live import format_number
from proactive_gui.ui.theme import install_translation
from proactive_gui.ui.translations import parse_ts
from tests.conftest import PYTHON, REPO, subprocess_env

TRANSLATIONS = REPO / "resources" / "translations"
GERMAN = TRANSLATIONS / "proactive_gui_de.ts"
LANGUAGES = ("de", "fr", "it", "ru", "zh")  # the seeds' languages
PLACEHOLDERS = re.compile(r"\{[^}]*\}|%[vmn]")
# The opt-in in each data-security sheet's own words (../shared/seeds)
OPT_IN = {
    "de": "Daten zur Geräte-Performance an {service} senden",
    "fr": "Envoyer les données sur la performance de l'instrument à {service}",
    "it": "Invia i dati delle prestazioni dello strumento a {service}",
    "ru": "Отправлять данные о показателях работы прибора в компанию {service}",
    "zh": "将仪器性能数据发送给 {service}",
}


@pytest.fixture(autouse=True)
def _english_again(qapp: QApplication) -> Iterator[None]:
    yield
    for translator in qapp.findChildren(QTranslator):
        qapp.removeTranslator(translator)
        translator.deleteLater()


def test_the_sheets_languages_are_offered() -> None:
    assert available_languages() == ("de", "en", "fr", "it", "ru", "zh")


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_visible_string_has_a_finished_translation(tmp_path: Path, language: str) -> None:
    """lupdate over the code adds what is new: nothing may come back unfinished."""
    source = TRANSLATIONS / f"proactive_gui_{language}.ts"
    updated = tmp_path / source.name
    shutil.copy(source, updated)
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    sources = [str(p) for p in sorted((REPO / "proactive_gui").rglob("*.py"))]
    result = subprocess.run(
        [str(lupdate), *sources, "-ts", str(updated), "-no-obsolete", "-locations", "none"],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    text = updated.read_text("utf-8")
    unfinished = re.findall(r"<source>(.*?)</source>\s*<translation type=\"unfinished\"", text)
    assert not unfinished, f"translate these in {source.name}: {unfinished}"
    table = parse_ts(text)
    assert len(table) >= 400
    for (context, english), translated in table.items():
        assert sorted(PLACEHOLDERS.findall(english)) == sorted(PLACEHOLDERS.findall(translated)), (
            context,
            english,
        )
    assert (
        table[("OverviewPage", "Send Instrument Performance Data to {service} ({host})")]
        == f"{OPT_IN[language]} ({{host}})"
    )


PLURAL_FORMS = {"de": 2, "fr": 2, "it": 2, "ru": 3, "zh": 1}


@pytest.mark.parametrize(
    ("language", "counts"),
    [
        (
            "ru",
            {1: "1 ожидает", 2: "2 ожидают", 5: "5 ожидают", 11: "11 ожидают", 21: "21 ожидает"},
        ),
        ("de", {1: "1 wartend", 3: "3 wartend"}),
    ],
)
def test_counts_take_their_languages_plural_forms(
    qapp: QApplication, language: str, counts: dict[int, str]
) -> None:
    install_translation(qapp, language)
    for n, expected in counts.items():
        assert QApplication.translate("OverviewPage", "%n waiting", None, n) == expected


def test_russian_has_three_forms_and_english_two(qapp: QApplication) -> None:
    source = "Discard %n payload(s)? They will never be sent."
    install_translation(qapp, "ru")
    shown = [QApplication.translate("UploadsPage", source, None, n) for n in (1, 3, 7, 21, 12)]
    assert shown == [
        "Удалить 1 пакет данных? Он никогда не будет отправлен.",
        "Удалить 3 пакета данных? Они никогда не будут отправлены.",
        "Удалить 7 пакетов данных? Они никогда не будут отправлены.",
        "Удалить 21 пакет данных? Он никогда не будет отправлен.",
        "Удалить 12 пакетов данных? Они никогда не будут отправлены.",
    ]
    for translator in qapp.findChildren(QTranslator):
        qapp.removeTranslator(translator)
    install_translation(qapp, "en")
    assert QApplication.translate("UploadsPage", source, None, 1) == (
        "Discard 1 payload? It will never be sent."
    )
    assert QApplication.translate("UploadsPage", source, None, 2) == (
        "Discard 2 payloads? They will never be sent."
    )


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("de", "26,0"),
        ("fr", "26,0"),
        ("it", "26,0"),
        ("ru", "26,0"),
        ("en", "26.0"),
        ("zh", "26.0"),
    ],
)
def test_numbers_are_written_as_the_language_writes_them(
    qapp: QApplication, language: str, expected: str
) -> None:
    install_translation(qapp, language)
    assert format_number(26.0, 1) == expected
    assert format_number(12345.678, 2) == expected.replace("26", "12345").replace("0", "68")


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_character_has_a_glyph(qapp: QApplication, language: str) -> None:
    """No tofu: on Linux Chinese needs a CJK font (README: fonts-wqy-microhei)."""
    table = parse_ts((TRANSLATIONS / f"proactive_gui_{language}.ts").read_text("utf-8"))
    text = "\n".join(table.values())
    assert missing_glyphs(text, qapp.font()) == set()
    bold = QFont(qapp.font())
    bold.setBold(True)
    assert missing_glyphs(text, bold) == set()


def test_a_character_without_a_glyph_is_found(qapp: QApplication) -> None:
    assert missing_glyphs("OK \U000f0000", qapp.font()) == {"\U000f0000"}  # private use


def test_unfinished_messages_are_left_out() -> None:
    table = parse_ts(
        '<TS version="2.1" language="de"><context><name>C</name>'
        "<message><source>Done</source><translation>Fertig</translation></message>"
        '<message><source>Later</source><translation type="unfinished">Spät</translation>'
        "</message><message><source>Empty</source><translation></translation></message>"
        "</context></TS>"
    )
    assert table == {("C", "Done"): "Fertig"}


def test_the_window_speaks_german(qtbot: QtBot) -> None:
    assert "de" in available_languages()
    paths = app_paths().ensure()
    Settings.load(paths.settings_file).set("language", "de")
    win = build_window(
        LaunchOptions(demo=True, at_hours=1.0), paths, Settings.load(paths.settings_file)
    )
    qtbot.addWidget(win)
    win.show()
    pages = [win.navigation.item(row).text() for row in range(win.navigation.count())]
    assert pages == [
        "Übersicht",
        "Zustand",
        "Laufqualität",
        "Verlauf",
        "Datenpaket",
        "Netzwerk",
        "Übertragung",
        "Sendeverlauf",
        "Einstellungen",
    ]
    texts = [label.text() for label in win.page("overview").findChildren(QLabel)]
    assert "Bevor Sie einen Lauf starten" in texts
    assert any(  # the seeds' wording, then the receiver
        t.startswith("Daten zur Geräte-Performance an Illumina senden (") for t in texts
    )
    assert "Optik" in texts and "Reagenzienkühler" in texts  # core labels too
    win.close()


PROBE = (
    "import sys; from PySide6.QtWidgets import QApplication; "
    "from proactive_gui.ui.theme import install_translation; "
    "app = QApplication([]); print(install_translation(app, sys.argv[1]))"
)


@pytest.mark.parametrize(
    ("lang", "setting", "expected"),
    [
        ("de_CH.UTF-8", "system", "de"),  # a German-speaking PC: German
        ("fr_FR.UTF-8", "system", "fr"),
        ("it_IT.UTF-8", "system", "it"),
        ("ru_RU.UTF-8", "system", "ru"),
        ("zh_CN.UTF-8", "system", "zh"),
        ("pt_BR.UTF-8", "system", "en"),  # no Portuguese translation: English
        ("de_DE.UTF-8", "en", "en"),  # the setting wins over the PC
        ("de_DE.UTF-8", "zh", "zh"),
    ],
)
def test_the_pcs_language_is_followed_where_there_is_a_translation(
    lang: str, setting: str, expected: str
) -> None:
    env = {"PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen", "LANG": lang}
    env["LANGUAGE"] = lang.split(".")[0]
    result = subprocess.run(
        [sys.executable, "-c", PROBE, setting], env=env, capture_output=True, text=True, cwd=REPO
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == expected


def test_german_is_installed_on_request(qapp: QApplication) -> None:
    assert install_translation(qapp, "de") == "de"
    assert QApplication.translate("OverviewPage", "Ready to start run") == "Bereit zum Laufstart"
    assert QApplication.translate("OverviewPage", "not a message") == "not a message"


DEJAVU = Path("/usr/share/fonts/truetype/dejavu")


@pytest.mark.skipif(not DEJAVU.is_dir(), reason="needs fonts-dejavu-core (README, .ci/run)")
def test_a_snapshot_says_which_page_draws_boxes_when_no_font_has_the_characters(
    tmp_path: Path,
) -> None:
    """The same check as above, in the running (or frozen) app: on a PC whose fonts have
    no Chinese, ``snapshot`` in Chinese names the pages and fails, rather than writing
    support screenshots full of empty boxes; with the CJK font it passes."""
    (tmp_path / "fonts.conf").write_text(
        '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>'
        f"<dir>{DEJAVU}</dir><cachedir>{tmp_path / 'cache'}</cachedir></fontconfig>"
    )
    env = subprocess_env(tmp_path / "home")

    def snapshot(**extra: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [PYTHON, "-m", "proactive_gui", "snapshot", "--demo", "--out", str(tmp_path / "s")],
            env={**env, **extra},
            capture_output=True,
            text=True,
            timeout=120,
        )

    subprocess.run(
        [PYTHON, "-m", "proactive_gui", "config", "set", "language", "zh"], env=env, check=True
    )
    without = snapshot(FONTCONFIG_FILE=str(tmp_path / "fonts.conf"))
    assert without.returncode == 1
    assert "the overview page draws" in without.stderr and "仪" in without.stderr
    assert "fonts-wqy-microhei" in without.stderr
    with_font = snapshot()
    assert with_font.returncode == 0, with_font.stderr
