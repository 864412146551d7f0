"""Consent is recorded and obeys the IT policy; a malformed policy is reported by line
and the rest applied."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from proactive_gui.consent import consent_history, log_file, set_consent
from proactive_gui.instrument.simulator import demo_store
from proactive_gui.paths import app_paths
from proactive_gui.payload.build import build
from proactive_gui.payload.seal import seal
from proactive_gui.policy import parse_policy
from proactive_gui.settings import SETTINGS, SettingError, Settings
from tests.conftest import PYTHON, subprocess_env

PARSERS = {key: spec.parse for key, spec in SETTINGS.items()}


def test_every_change_is_recorded_with_who_when_and_from_where() -> None:
    paths = app_paths().ensure()
    settings = Settings.load(paths.settings_file)
    set_consent(settings, paths, True, "window")
    set_consent(settings, paths, False, "consent command")
    history = consent_history(paths)
    assert [(c.opted_in, c.source) for c in history] == [
        (True, "window"),
        (False, "consent command"),
    ]
    assert all(c.user and c.app_version and c.at.endswith("Z") for c in history)
    assert Settings.load(paths.settings_file).get("opt_in") is False


def test_a_malformed_policy_is_reported_by_line_and_the_rest_applies() -> None:
    text = "\n".join(
        [
            "# lab policy",
            "reason = Lab IT, ticket 4711",
            "opt_in = false",
            "endpoint http://no-equals-sign",
            "endpoint = http://not-https.example",
            "colour = blue",
            "proxy = none",
        ]
    )
    policy = parse_policy(text, PARSERS, Path("policy.conf"))
    assert policy.locked == {"opt_in": False, "proxy": "none"}
    assert policy.reason == "Lab IT, ticket 4711"
    assert [p.split(":")[0] for p in policy.problems] == [
        "policy.conf line 4",
        "policy.conf line 5",
        "policy.conf line 6",
    ]


def test_a_locked_setting_cannot_be_changed_and_says_why(tmp_path: Path) -> None:
    paths = app_paths().ensure()
    policy = parse_policy("reason = Lab IT\nopt_in = false\n", PARSERS)
    settings = Settings.load(paths.settings_file, policy=policy)
    with pytest.raises(SettingError, match="locked by the IT policy \\(Lab IT\\)"):
        set_consent(settings, paths, True, "window")
    assert settings.get("opt_in") is False and consent_history(paths) == []


def test_the_cli_obeys_the_policy_and_logs_consent(tmp_path: Path) -> None:
    env = subprocess_env(tmp_path / "home")
    policy = Path(env["PROACTIVE_GUI_POLICY"])
    policy.parent.mkdir(parents=True, exist_ok=True)

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [PYTHON, "-m", "proactive_gui", *args],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )

    assert cli("config", "set", "endpoint", "https://rx.lab.example:8447/in?x=1").returncode == 0
    turned_on = cli("consent", "on")
    assert turned_on.returncode == 0
    assert "Where: to Illumina, at rx.lab.example (https://rx.lab.example:8447/in)" in (
        turned_on.stdout
    )
    assert "every 60 minutes" in turned_on.stdout
    assert cli("config", "set", "opt_in", "false").returncode == 0
    status = cli("consent", "status").stdout
    assert "Send Instrument Performance Data: off" in status
    assert "consent command" in status and "config set" in status
    assert "for https://rx.lab.example:8447/in" in status  # the log keeps the destination
    logged = "\n".join(str(c) for c in consent_history(app_paths(env).ensure()))
    assert "x=1" not in logged  # no query: it may carry a key
    policy.write_text("reason = Lab IT\nopt_in = false\nendpoint = https://proactive.lab.example\n")
    refused = cli("consent", "on")
    assert refused.returncode == 2 and "locked by the IT policy (Lab IT)" in refused.stderr
    assert cli("config", "set", "endpoint", "https://other.example").returncode == 2
    listing = cli("config", "list").stdout
    assert "endpoint = https://proactive.lab.example  (locked by IT policy: Lab IT)" in listing


def test_each_payload_carries_the_consent_at_sealing_time() -> None:
    store = demo_store(epoch=0.0)
    assert seal(build("manual", store, machine=[], opted_in=True)).document()["consent"] == {
        "opted_in": True
    }
    assert seal(build("manual", store, machine=[])).document()["consent"] == {"opted_in": False}


def test_consent_lines_of_older_versions_still_load(tmp_path: Path) -> None:
    paths = app_paths().ensure()
    log_file(paths).write_text(
        '{"app_version": "0.9", "at": "2026-01-02T03:04:05Z", "opted_in": true, '
        '"source": "window", "user": "tech"}\n'
        '{"app_version": "1.0", "at": "2026-01-03T03:04:05Z", "opted_in": false, '
        '"source": "window", "user": "tech", "destination": "https://rx", "future": 1}\n'
    )
    history = consent_history(paths)
    assert [(c.opted_in, c.destination) for c in history] == [(True, ""), (False, "https://rx")]
