"""The IT policy lock fails closed: a policy written by Windows tools, spelt loosely,
damaged, unreadable or pointed elsewhere by an environment variable never lets a user
turn the opt-in on."""

from __future__ import annotations

import codecs
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from proactive_gui import policy as policy_module
from proactive_gui.cli import main
from proactive_gui.consent import consent_history, set_consent
from proactive_gui.paths import app_paths
from proactive_gui.policy import POLICY_ENV, load_policy, parse_policy, policy_path
from proactive_gui.settings import SETTINGS, SettingError, Settings
from tests.conftest import PYTHON, subprocess_env

PARSERS = {key: spec.parse for key, spec in SETTINGS.items()}
LOCK = "reason = Labor-IT, Hr. Müller\r\nopt_in = false\r\n"


def _utf16_powershell(text: str) -> bytes:
    return codecs.BOM_UTF16_LE + text.encode("utf-16-le")  # `echo ... > policy.conf`


WINDOWS_FILES: dict[str, Callable[[str], bytes]] = {
    "utf-8-bom": lambda text: codecs.BOM_UTF8 + text.encode("utf-8"),  # Notepad
    "utf-16-le-bom": _utf16_powershell,
    "utf-16-be-bom": lambda text: codecs.BOM_UTF16_BE + text.encode("utf-16-be"),
    "utf-16-le-no-bom": lambda text: text.encode("utf-16-le"),
    "latin-1": lambda text: text.encode("latin-1"),
    "cp1252": lambda text: text.replace("Hr.", "Hr.\u2013").encode("cp1252"),
}


@pytest.fixture
def policy_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Where the policy in force is read from in this test (no machine-wide file)."""
    monkeypatch.setattr(
        policy_module,
        "machine_policy_path",
        lambda: tmp_path / "no-machine" / "p.conf",
        raising=False,
    )
    path = tmp_path / "policy.conf"
    monkeypatch.setenv(POLICY_ENV, str(path))
    return path


def _refused_everywhere(capsys: pytest.CaptureFixture[str]) -> str:
    """``consent on`` and ``config set opt_in true`` both refuse; the refusal's text."""
    paths = app_paths().ensure()
    assert main(["consent", "on"]) == 2
    refused = capsys.readouterr().err
    assert "locked by the IT policy" in refused
    assert main(["config", "set", "opt_in", "true"]) == 2
    assert "locked by the IT policy" in capsys.readouterr().err
    assert Settings.load(paths.settings_file).get("opt_in") is False
    assert consent_history(paths) == []
    return refused


# -- 1. files as Windows tools write them, and files that cannot be read ------------------


@pytest.mark.parametrize("encoding", list(WINDOWS_FILES))
def test_a_policy_saved_by_windows_tools_still_locks(
    encoding: str, policy_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = WINDOWS_FILES[encoding](LOCK)
    policy_file.write_bytes(data)
    policy = load_policy(PARSERS)
    assert policy.locked == {"opt_in": False} and policy.problems == ()
    assert policy.reason.startswith("Labor-IT, Hr.") and policy.reason.endswith(" Müller")
    assert " Müller)" in _refused_everywhere(capsys)


def test_a_policy_at_a_path_that_cannot_be_read_locks_the_opt_in_off(
    policy_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    policy_file.mkdir()  # a folder where the file should be: reading fails
    refused = _refused_everywhere(capsys)
    assert str(policy_file) in refused and "cannot be read" in refused


def test_a_policy_the_user_may_not_read_locks_the_opt_in_off(
    policy_file: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    policy_file.write_text("opt_in = false\n", "utf-8")
    real_open = Path.open

    def denied(self: Path, *args: Any, **kwargs: Any) -> Any:
        if self == policy_file:
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", denied)  # tests run as root, where chmod does not bite
    refused = _refused_everywhere(capsys)
    assert str(policy_file) in refused and "Permission denied" in refused


def test_a_policy_too_large_to_be_one_locks_the_opt_in_off(policy_file: Path) -> None:
    policy_file.write_bytes(b"# padding\n" * 10_000)
    policy = load_policy(PARSERS)
    assert policy.locked == {"opt_in": False}
    assert "larger than" in (policy.reason_for("opt_in") or "")


def test_a_powershell_policy_locks_in_a_real_process(tmp_path: Path) -> None:
    env = subprocess_env(tmp_path / "home", PYTHONIOENCODING="utf-8")
    path = Path(env[POLICY_ENV])
    path.parent.mkdir(parents=True)
    path.write_bytes(_utf16_powershell(LOCK))

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [PYTHON, "-m", "proactive_gui", *args],
            env=env,
            capture_output=True,
            encoding="utf-8",
            timeout=60,
        )

    refused = cli("consent", "on")
    assert refused.returncode == 2 and "Labor-IT, Hr. Müller" in refused.stderr
    assert cli("config", "set", "opt_in", "true").returncode == 2
    assert (
        "opt_in = false  (locked by IT policy: Labor-IT, Hr. Müller)"
        in cli("config", "list").stdout
    )


# -- 2. the obvious spellings -------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ('opt_in = "false"', False),
        ("opt_in = 'false'", False),
        ("Opt_In = false", False),
        ("OPT_IN = FALSE", False),
        ("opt-in = false", False),
        ('"opt_in" = false', False),
        ("opt_in = disabled", False),
        ("opt_in = Disabled", False),
        ("opt_in = no", False),
        ("opt_in = off", False),
        ("opt_in = 0", False),
        ("opt_in=false", False),
        ("opt_in = false  # ticket 4711", False),
        ('opt_in = "false"  # ticket 4711', False),
        ("opt_in = enabled", True),
        ('opt_in = "yes"', True),
        ("opt_in = on", True),
        ("opt_in = 1", True),
    ],
)
def test_obvious_spellings_of_the_opt_in_are_understood(line: str, value: bool) -> None:
    policy = parse_policy(f'Reason = "Lab IT, ticket #4711"\n{line}\n', PARSERS)
    assert policy.locked == {"opt_in": value} and policy.problems == ()
    assert policy.reason == "Lab IT, ticket #4711"


def test_a_quoted_lock_is_refused_by_the_cli(
    policy_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    policy_file.write_text('reason = Lab IT\nOpt_In = "disabled"\n', "utf-8")
    assert "(Lab IT)" in _refused_everywhere(capsys)


# -- 3. a file that cannot be understood locks the opt-in off and says why ----------------


@pytest.mark.parametrize(
    "text",
    [
        "opt_in false\n",  # no '='
        "optin = false\n",  # misspelt setting
        "opt_in = nope\n",  # a value no one understands
        "opt_in: false\n",
        "reason = Lab IT\n[proactive]\nendpoint = https://lab.example\n",
        "opt_in = \x00false\n",
    ],
)
def test_a_policy_that_cannot_be_understood_locks_the_opt_in_off(
    text: str, policy_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    policy_file.write_text(text, "utf-8")
    refused = _refused_everywhere(capsys)
    assert str(policy_file) in refused and "line " in refused
    assert main(["config", "list"]) == 0
    listing = capsys.readouterr().out
    assert f"opt_in = false  (locked by IT policy: the policy file {policy_file}" in listing


def test_the_rest_of_a_damaged_policy_still_applies_with_its_own_reason() -> None:
    text = "reason = Lab IT\nendpoint = https://lab.example\ncolour = blue\n"
    policy = parse_policy(text, PARSERS, Path("/etc/proactive-gui/policy.conf"))
    assert policy.locked == {"endpoint": "https://lab.example", "opt_in": False}
    assert policy.reason_for("endpoint") == "Lab IT"
    why = policy.reason_for("opt_in") or ""
    assert "/etc/proactive-gui/policy.conf" in why and "line 3" in why and "colour" in why
    settings = Settings.load(app_paths().ensure().settings_file, policy=policy)
    assert settings.locked("opt_in") == why and settings.locked("endpoint") == "Lab IT"
    with pytest.raises(SettingError, match="colour"):
        settings.set("opt_in", "true")


def test_a_valid_opt_in_line_wins_over_other_damaged_lines() -> None:
    policy = parse_policy("opt_in = true\ncolour = blue\n", PARSERS, Path("policy.conf"))
    assert policy.locked == {"opt_in": True} and len(policy.problems) == 1


def test_conflicting_opt_in_lines_hold_it_off() -> None:
    policy = parse_policy("opt_in = false\nopt_in = true\n", PARSERS, Path("policy.conf"))
    assert policy.locked == {"opt_in": False}
    assert "lines 1 and 2" in (policy.reason_for("opt_in") or "")


def test_a_clean_or_empty_policy_locks_nothing_more() -> None:
    assert parse_policy("", PARSERS).locked == {}
    assert parse_policy("# nothing yet\n\n", PARSERS).locked == {}
    assert parse_policy("endpoint = https://lab.example\n", PARSERS).locked == {
        "endpoint": "https://lab.example"
    }


def test_a_window_consent_is_refused_by_a_damaged_policy(policy_file: Path) -> None:
    policy_file.write_bytes(b"\xff\xfe\x00")  # a UTF-16 BOM and half a character
    paths = app_paths().ensure()
    settings = Settings.load(paths.settings_file)
    with pytest.raises(SettingError, match="locked by the IT policy"):
        set_consent(settings, paths, True, "window")
    assert consent_history(paths) == []


# -- 4. the machine-wide file cannot be replaced by an environment variable ---------------


@pytest.mark.parametrize("override", ["/dev/null", "elsewhere.conf", "missing/policy.conf"])
def test_an_environment_variable_cannot_replace_the_machine_wide_policy(
    override: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    machine = tmp_path / "etc" / "policy.conf"
    machine.parent.mkdir()
    machine.write_text("reason = Lab IT\nopt_in = false\n", "utf-8")
    monkeypatch.setattr(policy_module, "machine_policy_path", lambda: machine, raising=False)
    (tmp_path / "elsewhere.conf").write_text("# no locks\n", "utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv(POLICY_ENV, override)
    assert policy_path() == machine
    assert "(Lab IT)" in _refused_everywhere(capsys)


def test_an_unreadable_machine_wide_policy_is_not_replaced_either(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    machine = tmp_path / "etc" / "policy.conf"
    machine.mkdir(parents=True)  # present, but not readable as a file
    monkeypatch.setattr(policy_module, "machine_policy_path", lambda: machine, raising=False)
    monkeypatch.setenv(POLICY_ENV, "/dev/null")
    assert policy_path() == machine
    assert load_policy(PARSERS).locked == {"opt_in": False}


def test_the_override_for_tests_works_where_no_machine_wide_file_exists(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        policy_module, "machine_policy_path", lambda: tmp_path / "absent.conf", raising=False
    )
    monkeypatch.setenv(POLICY_ENV, str(tmp_path / "test.conf"))
    assert policy_path() == tmp_path / "test.conf"
    monkeypatch.delenv(POLICY_ENV)
    assert policy_path() == tmp_path / "absent.conf"


def test_programdata_in_the_environment_does_not_move_the_windows_policy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(policy_module, "_program_data", lambda: tmp_path / "real", raising=False)
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setenv("PROGRAMDATA", str(tmp_path / "mine"))
    monkeypatch.delenv(POLICY_ENV)
    assert policy_path() == tmp_path / "real" / "Proactive Companion" / "policy.conf"


def test_check_says_the_opt_in_is_locked_by_a_damaged_policy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`check` tells IT the lock, not a command that the lock refuses."""
    from proactive_gui.netcheck.checks import Checker
    from proactive_gui.netcheck.run import inputs_from_settings

    policy = tmp_path / "policy.conf"
    policy.write_text("optin = false\n", encoding="utf-8")  # not understood: held off
    monkeypatch.setenv(POLICY_ENV, str(policy))
    settings_file = tmp_path / "settings.json"
    inputs = inputs_from_settings(settings_file, endpoint="https://127.0.0.1:9")
    result = Checker(inputs).opt_in()
    assert result.evidence.get("locked") is True
    assert result.remedy.startswith("Locked by the IT policy:") and "policy.conf" in result.remedy
