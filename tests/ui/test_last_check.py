"""A check run from the terminal counts in the window (issue 21): one stored record of
the last check, which the Overview and the Network page read; and reports say which PC
and instrument they are about, without a secret."""

from __future__ import annotations

import json
import socket
import subprocess
from pathlib import Path

from pytestqt.qtbot import QtBot

from proactive_gui import __version__
from proactive_gui.instrument.simulator import demo_store
from proactive_gui.netcheck.record import record_file
from proactive_gui.netcheck.run import CheckRun
from proactive_gui.settings import Settings
from proactive_gui.ui.pages.network import NetworkPage
from proactive_gui.ui.pages.overview import OverviewPage
from tests.conftest import PYTHON, SHARED_RUNS
from tests.uplink_support import (
    TOKEN,
    configure,
    home_paths,
    keyring_env,
    make_certificates,
    running_collector,
)

STALE = "none in the last 24 hours"


def test_a_check_from_the_terminal_counts_on_the_overview_and_the_network_page(
    qtbot: QtBot, tmp_path: Path
) -> None:
    env = keyring_env(tmp_path, {"token": TOKEN})
    paths = home_paths(env)
    certs = make_certificates(tmp_path / "certs")
    with running_collector(certs, tmp_path / "r") as receiver:
        settings = configure(paths, receiver.url, certs.ca, key_store="file")
        checks = CheckRun(paths.settings_file, record=record_file(paths))  # the app, running
        overview = OverviewPage(demo_store(), Settings.load(paths.settings_file), checks=checks)
        qtbot.addWidget(overview)
        overview.refresh()
        assert any(STALE in reason for reason in overview.reason_texts)
        checked = subprocess.run(
            [PYTHON, "-m", "proactive_gui", "check"],
            env=env, capture_output=True, text=True, timeout=60,
        )  # fmt: skip
    assert checked.returncode == 0, checked.stdout + checked.stderr
    overview.refresh()
    assert not any(STALE in reason for reason in overview.reason_texts), overview.reason_texts
    assert overview.network.text() in ("Ready", "Ready, with warnings")
    page = NetworkPage(checks)
    qtbot.addWidget(page)
    page.refresh()
    titles = [page.table.item(r, 0).text() for r in range(page.table.rowCount())]
    assert len(titles) == 12 and titles[0] == "Configuration"
    assert settings.get("endpoint") == receiver.url


def test_reports_name_the_pc_the_instrument_and_the_settings_without_secrets(
    tmp_path: Path,
) -> None:
    env = keyring_env(tmp_path, {"token": TOKEN, "proxy_password": "pw-sekret-7"})
    paths = home_paths(env)
    settings = configure(paths, "https://receiver.invalid", None, key_store="file")
    settings.set("run_folder_root", str(SHARED_RUNS))  # real run folders, read in place
    settings.set("proxy", "http://lab@127.0.0.1:9")
    report = tmp_path / "ticket.html"
    checked = subprocess.run(
        [PYTHON, "-m", "proactive_gui", "check", "--json", "--report", str(report)],
        env=env, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert checked.returncode == 1, checked.stderr  # the proxy is dead: that is not the point
    context = json.loads(checked.stdout)["context"]
    assert context["app_version"] == __version__
    assert context["host"] == socket.gethostname() and context["os"]
    instrument = context["instrument"]
    assert instrument["serial"] and instrument["model"] != "Unknown instrument"
    assert context["settings"]["endpoint"] == "https://receiver.invalid"
    assert context["settings"]["proxy"] == "http://127.0.0.1:9"  # the user left out
    page = report.read_text()
    text = subprocess.run(
        [PYTHON, "-m", "proactive_gui", "check"],
        env=env, capture_output=True, text=True, timeout=60,
    ).stdout  # fmt: skip
    for shown in (page, text):
        assert instrument["serial"] in shown and __version__ in shown
        assert socket.gethostname() in shown
        for secret in (TOKEN, "pw-sekret-7"):
            assert secret not in shown
    assert TOKEN not in checked.stdout and "pw-sekret-7" not in checked.stdout
