from __future__ import annotations

import json
from pathlib import Path

import pytest

from proactive_gui.paths import app_paths
from proactive_gui.settings import SCHEMA_VERSION, SETTINGS, SettingError, Settings


@pytest.fixture
def settings_file(tmp_path: Path) -> Path:
    return tmp_path / "config" / "settings.json"


def test_defaults_are_safe(settings_file: Path) -> None:
    settings = Settings.load(settings_file)
    assert settings.get("opt_in") is False
    assert settings.get("endpoint") == ""
    assert settings.get("proxy") == "system"
    assert not settings_file.exists(), "loading must not write a file"


def test_set_persists_with_version_and_reloads(settings_file: Path) -> None:
    settings = Settings.load(settings_file)
    assert (
        settings.set("endpoint", " https://proactive.example.com/ ")
        == "https://proactive.example.com"
    )
    settings.set("opt_in", "on")
    data = json.loads(settings_file.read_text())
    assert data == {
        "version": SCHEMA_VERSION,
        "endpoint": "https://proactive.example.com",
        "opt_in": True,
    }
    again = Settings.load(settings_file)
    assert again.get("endpoint") == "https://proactive.example.com"
    assert again.get("opt_in") is True
    assert not again.is_default("opt_in") and again.is_default("proxy")


@pytest.mark.parametrize(
    ("key", "value", "says"),
    [
        ("endpoint", "http://proactive.example.com", "https://"),
        ("endpoint", "https://", "no host name"),
        ("endpoint", "https://user:pw@host.example", "set-secret token"),
        ("proxy", "proxy.example:3128", "'system', 'none' or a URL"),
        ("proxy", "http://proxy.example", "needs a port"),
        ("proxy", "http://bob:hunter2@proxy.example:3128", "set-secret proxy_password"),
        ("proxy", "http://proxy.example:99999", "port"),
        ("ca_bundle", "/no/such/file.pem", "no such file"),
        ("run_folder_root", "/no/such/folder", "no such folder"),
        ("opt_in", "maybe", "on or off"),
    ],
)
def test_invalid_values_are_refused_with_a_reason(
    settings_file: Path, key: str, value: str, says: str
) -> None:
    settings = Settings.load(settings_file)
    with pytest.raises(SettingError, match=key) as caught:
        settings.set(key, value)
    assert says in str(caught.value)
    assert settings.is_default(key)
    assert not settings_file.exists()


@pytest.mark.parametrize(
    ("raw", "value"),
    [("enabled", True), ("Disabled", False), ("yes", True), ("OFF", False), ("1", True)],
)
def test_on_off_settings_take_the_words_an_it_policy_uses(
    settings_file: Path, raw: str, value: bool
) -> None:
    assert Settings.load(settings_file).set("close_to_tray", raw) is value


def test_password_in_a_refused_proxy_url_is_not_repeated(settings_file: Path) -> None:
    with pytest.raises(SettingError) as caught:
        Settings.load(settings_file).set("proxy", "http://bob:hunter2@proxy.example:3128")
    assert "hunter2" not in str(caught.value)


def test_unknown_key_names_the_known_ones(settings_file: Path) -> None:
    with pytest.raises(SettingError, match="known settings: endpoint"):
        Settings.load(settings_file).set("endpiont", "x")


def test_existing_paths_are_stored_absolute(settings_file: Path, tmp_path: Path) -> None:
    bundle = tmp_path / "ca.pem"
    bundle.write_text("-----BEGIN CERTIFICATE-----\n")
    settings = Settings.load(settings_file)
    assert settings.set("ca_bundle", str(bundle)) == str(bundle.resolve())
    assert settings.set("run_folder_root", str(tmp_path)) == str(tmp_path.resolve())


def test_unreadable_file_is_kept_aside_and_defaults_used(settings_file: Path) -> None:
    settings_file.parent.mkdir(parents=True)
    settings_file.write_text("{not json")
    settings = Settings.load(settings_file)
    assert settings.get("opt_in") is False
    assert settings.load_problem and "defaults are in use" in settings.load_problem
    kept = list(settings_file.parent.glob("settings.json.unreadable-*"))
    assert len(kept) == 1 and kept[0].read_text() == "{not json"


def test_newer_file_version_is_not_guessed_at(settings_file: Path) -> None:
    settings_file.parent.mkdir(parents=True)
    settings_file.write_text(json.dumps({"version": SCHEMA_VERSION + 1, "opt_in": True}))
    settings = Settings.load(settings_file)
    assert settings.get("opt_in") is False
    assert settings.load_problem and "newer" in settings.load_problem


def test_version_0_file_migrates(settings_file: Path) -> None:
    settings_file.parent.mkdir(parents=True)
    settings_file.write_text(json.dumps({"endpoint": "https://old.example", "opt_in": True}))
    settings = Settings.load(settings_file)
    assert settings.get("endpoint") == "https://old.example"
    assert settings.get("opt_in") is True
    settings.save()
    assert json.loads(settings_file.read_text())["version"] == SCHEMA_VERSION


def test_invalid_or_unknown_stored_values_are_skipped_not_fatal(settings_file: Path) -> None:
    settings_file.parent.mkdir(parents=True)
    settings_file.write_text(
        json.dumps(
            {"version": 1, "endpoint": "http://plain.example", "colour": "red", "opt_in": True}
        )
    )
    settings = Settings.load(settings_file)
    assert settings.get("endpoint") == ""
    assert settings.get("opt_in") is True


def test_every_setting_is_documented() -> None:
    for spec in SETTINGS.values():
        assert len(spec.help) > 20, spec.key


def test_home_env_moves_every_folder(tmp_path: Path) -> None:
    paths = app_paths({"PROACTIVE_GUI_HOME": str(tmp_path / "h")}).ensure()
    for folder in (paths.config_dir, paths.data_dir, paths.log_dir, paths.spool_dir.parent):
        assert folder.is_dir() and folder.is_relative_to(tmp_path / "h")
    assert paths.settings_file.parent == paths.config_dir


def test_without_home_env_uses_per_user_folders() -> None:
    paths = app_paths({})
    assert "proactive-gui" in str(paths.config_dir)
    assert "PROACTIVE_GUI_HOME" not in str(paths.config_dir)
