"""The instrument token never lands in a log, a settings file, the spool, the history,
a readiness report or any command's output."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from proactive_gui.secrets import service_for
from tests.conftest import PYTHON
from tests.uplink_support import (
    TOKEN,
    configure,
    home_paths,
    keyring_env,
    make_certificates,
    running_collector,
)


@pytest.mark.slow
def test_the_token_is_nowhere_but_the_keyring(tmp_path: Path) -> None:
    env = keyring_env(tmp_path, {})
    paths = home_paths(env)
    outputs: list[str] = []

    def cli(*args: str, stdin: str | None = None) -> None:
        result = subprocess.run(
            [PYTHON, "-m", "proactive_gui", *args],
            env=env, input=stdin, capture_output=True, text=True, timeout=120,
        )  # fmt: skip
        outputs.extend([result.stdout, result.stderr])

    certs = make_certificates(tmp_path / "certs")
    with running_collector(certs, tmp_path / "received") as receiver:
        configure(paths, receiver.url, certs.ca, key_store="file")
        cli("config", "set-secret", "token", stdin=TOKEN + "\n")
        cli("consent", "on")
        cli("send", "--demo")
        cli("status", "--json")
        cli("deliver", "--timeout", "30")
        cli("check", "--json", "--report", str(tmp_path / "report.html"))
        cli("config", "list")
        cli("snapshot", "--out", str(tmp_path / "shots"), "--at", "1")
    keyring_file = Path(env["PROACTIVE_TEST_KEYRING"])
    kept = json.loads(keyring_file.read_text())
    assert kept[f"{service_for(paths.config_dir)}/token"] == TOKEN  # it is kept
    home = Path(env["PROACTIVE_GUI_HOME"])
    files = [p for p in home.rglob("*") if p.is_file()] + [tmp_path / "report.html"]
    assert any(p.suffix == ".log" for p in files)
    for path in files:
        assert TOKEN.encode() not in path.read_bytes(), path
    for text in outputs:
        assert TOKEN not in text
