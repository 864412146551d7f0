"""The Settings page: edits are validated and saved all together or not at all, secrets
go to the keyring and are never shown back, IT-locked settings cannot be changed, the
consent log is visible, and the running app takes changes in without a restart."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pyqtgraph as pg
import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QLabel, QLineEdit, QSpinBox
from pytestqt.qtbot import QtBot

from proactive_gui.consent import set_consent
from proactive_gui.launch import LaunchOptions
from proactive_gui.paths import AppPaths, app_paths
from proactive_gui.policy import POLICY_ENV
from proactive_gui.secrets import service_for
from proactive_gui.settings import Settings, spec_for
from proactive_gui.ui.app import build_window
from proactive_gui.ui.main_window import MainWindow
from proactive_gui.ui.pages.run_quality import RunQualityPage
from proactive_gui.ui.pages.settings_page import SettingsPage
from proactive_gui.ui.theme import apply_theme, install_translation
from tests.conftest import MemoryKeyring
from tests.runfolders import copy_run

TOKEN = "tok-3f9a1c77d2e84b10-SECRET"


@pytest.fixture
def paths() -> AppPaths:
    return app_paths().ensure()


@pytest.fixture(autouse=True)
def _light_again() -> Iterator[None]:
    yield
    app = QApplication.instance()
    if isinstance(app, QApplication):
        apply_theme(app, "light")  # a test that went dark leaves the others light


def _page(qtbot: QtBot, paths: AppPaths) -> SettingsPage:
    page = SettingsPage(Settings.load(paths.settings_file), paths)
    qtbot.addWidget(page)
    page.show()
    return page


def _edit(page: SettingsPage, key: str) -> QLineEdit:
    widget = page.fields[key].widget
    assert isinstance(widget, QLineEdit)
    return widget


def _saved(paths: AppPaths) -> dict[str, object]:
    if not paths.settings_file.exists():
        return {}
    data: dict[str, object] = json.loads(paths.settings_file.read_text("utf-8"))
    return data


def test_a_bad_value_is_explained_and_nothing_is_saved(qtbot: QtBot, paths: AppPaths) -> None:
    page = _page(qtbot, paths)
    assert not page.apply_button.isEnabled()  # nothing to apply yet
    _edit(page, "endpoint").setText("http://receiver.example")
    _edit(page, "service_name").setText("Acme Service")
    page._changed()
    assert page.apply_button.isEnabled()
    assert not page.apply()
    error = page.fields["endpoint"].error
    assert error.isVisibleTo(page) and "https://" in error.text()
    assert not page.fields["service_name"].error.isVisibleTo(page)
    assert "Nothing was saved" in page.message.text()
    assert _saved(paths) == {}  # all or nothing: the valid service name waits too

    with qtbot.waitSignal(page.applied) as applied:
        _edit(page, "endpoint").setText("https://receiver.example/")
        assert page.apply()
    assert sorted(applied.args[0]) == ["endpoint", "service_name"]
    saved = _saved(paths)
    assert saved["endpoint"] == "https://receiver.example"
    assert saved["service_name"] == "Acme Service"
    assert not error.isVisibleTo(page) and not page.apply_button.isEnabled()


def test_numbers_choices_and_undo(qtbot: QtBot, paths: AppPaths) -> None:
    page = _page(qtbot, paths)
    spin = page.fields["health_interval_min"].widget
    assert isinstance(spin, QSpinBox)
    assert (spin.minimum(), spin.maximum()) == (5, 1440)  # the setting's own bounds
    spin.setValue(15)
    theme = page.fields["theme"].widget
    assert isinstance(theme, QComboBox)
    theme.setCurrentIndex(theme.findData("dark"))
    tray = page.fields["close_to_tray"].widget.findChild(QCheckBox)  # beside its wrapped text
    assert isinstance(tray, QCheckBox)
    tray.setChecked(False)
    assert page.apply()
    assert _saved(paths) | {} == {
        "version": 1,
        "health_interval_min": 15,
        "theme": "dark",
        "close_to_tray": False,
    }
    assert page.undo_button.isVisibleTo(page)
    page.undo()
    settings = Settings.load(paths.settings_file)
    assert settings.get("health_interval_min") == 60
    assert settings.get("theme") == "system"
    assert settings.get("close_to_tray") is True
    assert spin.value() == 60


def test_revert_forgets_edits(qtbot: QtBot, paths: AppPaths) -> None:
    page = _page(qtbot, paths)
    _edit(page, "endpoint").setText("https://typo.example")
    page.revert()
    assert _edit(page, "endpoint").text() == ""
    assert page.pending() == {}


def test_manual_proxy(qtbot: QtBot, paths: AppPaths) -> None:
    page = _page(qtbot, paths)
    combo = page.fields["proxy"].widget
    assert isinstance(combo, QComboBox)
    assert not page.proxy_url.isEnabled()  # 'system' by default
    combo.setCurrentIndex(combo.findData("manual"))
    assert page.proxy_url.isEnabled()
    page.proxy_url.setText("http://proxy.example")  # no port
    assert not page.apply()
    assert "port" in page.fields["proxy"].error.text()
    page.proxy_url.setText("http://svc-user@proxy.example:3128")
    assert page.apply()
    assert Settings.load(paths.settings_file).get("proxy") == "http://svc-user@proxy.example:3128"
    combo.setCurrentIndex(combo.findData("none"))
    assert page.apply()
    assert Settings.load(paths.settings_file).get("proxy") == "none"


def _all_text(page: SettingsPage) -> str:
    texts = [label.text() for label in page.findChildren(QLabel)]
    texts += [edit.text() for edit in page.findChildren(QLineEdit)]
    texts += [edit.placeholderText() for edit in page.findChildren(QLineEdit)]
    return "\n".join(texts)


def test_the_token_goes_to_the_keyring_and_is_never_shown_back(
    qtbot: QtBot, paths: AppPaths, memory_keyring: MemoryKeyring
) -> None:
    page = _page(qtbot, paths)
    token = page.secrets["token"]
    assert "Not set" in token.state.text() and not token.remove.isEnabled()
    assert token.edit.echoMode() == QLineEdit.EchoMode.Password
    token.edit.setText(TOKEN)
    page._changed()
    assert page.apply_button.isEnabled()
    with qtbot.waitSignal(page.applied) as applied:
        assert page.apply()
    assert applied.args[0] == ["token"]
    assert memory_keyring.passwords[(service_for(paths.config_dir), "token")] == TOKEN
    state = token.state.text()
    assert token.edit.text() == "" and "Stored, never shown. In the OS keyring." in state
    assert TOKEN not in _all_text(page)
    assert (
        TOKEN not in paths.settings_file.read_text("utf-8")
        if paths.settings_file.exists()
        else True
    )
    fresh = _page(qtbot, paths)  # a new page knows it is there, and still does not show it
    assert "Stored" in fresh.secrets["token"].state.text() and TOKEN not in _all_text(fresh)
    assert token.remove.isEnabled()
    token.remove.click()
    assert "Will be removed" in token.state.text() and page.apply_button.isEnabled()
    assert page.apply()
    assert ("proactive-gui", "token") not in memory_keyring.passwords
    assert "Not set" in token.state.text()


def test_settings_locked_by_it_cannot_be_changed_here(
    qtbot: QtBot, paths: AppPaths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    policy = tmp_path / "policy.conf"
    policy.write_text(
        "reason = Set by Lab IT, ticket 4711\nendpoint = https://fixed.example\nopt_in = off\n",
        "utf-8",
    )
    monkeypatch.setenv(POLICY_ENV, str(policy))
    page = _page(qtbot, paths)
    endpoint = page.fields["endpoint"]
    assert not endpoint.widget.isEnabled()
    assert _edit(page, "endpoint").text() == "https://fixed.example"
    assert endpoint.lock.isVisibleTo(page) and "ticket 4711" in endpoint.lock.text()
    assert "ticket 4711" in page.consent_state.text() or page.refresh() is None
    page.refresh()
    assert "ticket 4711" in page.consent_state.text()
    _edit(page, "endpoint").setText("https://elsewhere.example")  # even if typed somehow
    assert "endpoint" not in page.pending()
    page.apply()
    assert Settings.load(paths.settings_file).get("endpoint") == "https://fixed.example"
    assert "endpoint" not in _saved(paths)
    # the other settings stay editable
    assert page.fields["service_name"].widget.isEnabled()


def test_the_consent_log_is_shown_newest_first(qtbot: QtBot, paths: AppPaths) -> None:
    settings = Settings.load(paths.settings_file)
    set_consent(settings, paths, True, "window")
    set_consent(settings, paths, False, "consent command")
    page = _page(qtbot, paths)
    page.refresh()
    log = page.consent_log
    assert log.rowCount() == 2
    first = [log.item(0, col).text() for col in range(5)]  # type: ignore[union-attr]
    assert first[1:] == ["Off", first[2], first[3], "the consent command"]
    assert first[0].endswith("UTC") and first[2]  # when, and the OS user
    assert log.item(1, 1).text() == "On"  # type: ignore[union-attr]
    set_consent(settings, paths, True, "config set")
    page.refresh()
    assert log.rowCount() == 3 and log.item(0, 4).text() == "config set (terminal)"  # type: ignore[union-attr]
    assert "On" in page.consent_state.text()


def test_a_change_from_a_terminal_shows_when_the_page_is_opened(
    qtbot: QtBot, paths: AppPaths
) -> None:
    page = _page(qtbot, paths)
    page.hide()
    Settings.load(paths.settings_file).set("service_name", "Lab Monitor")  # another process
    page.show()
    assert _edit(page, "service_name").text() == "Lab Monitor"


def _window(qtbot: QtBot, paths: AppPaths) -> MainWindow:
    Settings.load(paths.settings_file).set("spool_key_store", "file")
    win = build_window(
        LaunchOptions(demo=True, at_hours=1.0), paths, Settings.load(paths.settings_file)
    )
    qtbot.addWidget(win)
    win.show()
    return win


def test_the_running_app_takes_changes_in_without_a_restart(qtbot: QtBot, paths: AppPaths) -> None:
    win = _window(qtbot, paths)
    light_health = win.page("health")
    win.show_page("settings")
    page = win.page("settings")
    assert isinstance(page, SettingsPage)
    spool = win.uplink.spool
    assert spool is not None
    page.fields["health_interval_min"].show("10")
    page.fields["spool_max_mb"].show("5")
    page.fields["theme"].show("dark")
    _edit(page, "service_name").setText("Acme Service")
    assert page.apply()
    assert win.payloads.cadence.interval_s == 600.0
    assert spool.policy.max_bytes == 5 * 1024 * 1024
    app = QApplication.instance()
    assert app is not None and app.property("theme") == "dark"
    assert app.palette().window().color().lightness() < 60  # really dark
    dark_health = win.page("health")  # plot pages are built again, in the new colours
    assert dark_health is not light_health
    plots = dark_health.findChildren(pg.PlotWidget)
    assert plots and all(p.backgroundBrush().color().lightness() < 60 for p in plots)
    win.show_page("overview")
    overview = win.page("overview")
    assert any(
        label.text().startswith("Send Instrument Performance Data to Acme Service")
        for label in overview.findChildren(QLabel)
    )
    win.close()


def test_a_new_run_folder_root_is_followed_at_once(
    qtbot: QtBot, paths: AppPaths, tmp_path: Path
) -> None:
    copy_run("MiSeq_140211_M00612_0148_000000000-A7M8N", tmp_path / "runs")
    win = _window(qtbot, paths)
    assert win.run_bridge is None
    win.show_page("run_quality")
    before = win.page("run_quality")
    assert isinstance(before, RunQualityPage) and before.identity.text() == "No run folder"
    win.show_page("settings")
    page = win.page("settings")
    assert isinstance(page, SettingsPage)
    _edit(page, "run_folder_root").setText(str(tmp_path / "runs"))
    assert page.apply()
    assert "next starts" not in page.message.text()
    bridge = win.run_bridge
    assert bridge is not None and bridge.target == (tmp_path / "runs").resolve()
    win.show_page("run_quality")
    after = win.page("run_quality")
    assert isinstance(after, RunQualityPage) and after is not before
    qtbot.waitUntil(lambda: after.state.text() == "Complete", timeout=20_000)
    _edit(page, "run_folder_root").setText("")  # and back to none: the watcher stops
    assert page.apply()
    assert win.run_bridge is None and not bridge.watcher.running
    win.close()


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("de", "die Adresse muss mit https:// beginnen (erhalten: Schema http)"),
        ("ru", "адрес должен начинаться с https:// (получена схема http)"),
    ],
)
def test_a_refused_value_is_explained_in_the_windows_language(
    qtbot: QtBot, paths: AppPaths, qapp: QApplication, language: str, expected: str
) -> None:
    install_translation(qapp, language)
    try:
        page = _page(qtbot, paths)
        _edit(page, "endpoint").setText("http://receiver.example")
        page._changed()
        assert not page.apply()
        assert page.fields["endpoint"].error.text().startswith(expected)
    finally:
        for translator in qapp.findChildren(QTranslator):
            qapp.removeTranslator(translator)


def test_a_refused_number_names_its_unit_in_the_windows_language(qapp: QApplication) -> None:
    from proactive_gui.settings import SettingError
    from proactive_gui.ui.settings_form import setting_error_text

    install_translation(qapp, "de")
    try:
        with pytest.raises(SettingError) as refused:
            spec_for("spool_max_age_days").parse("400")
        assert setting_error_text(refused.value) == "muss zwischen 1 und 365 Tagen liegen: 400"
        assert str(refused.value) == "must be between 1 and 365 days: 400"  # the terminal's
    finally:
        for translator in qapp.findChildren(QTranslator):
            qapp.removeTranslator(translator)
