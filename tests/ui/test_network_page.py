from __future__ import annotations

import socket
from pathlib import Path

from PySide6.QtCore import QElapsedTimer, QTimer
from pytestqt.qtbot import QtBot

from proactive_gui.instrument.simulator import demo_store
from proactive_gui.netcheck.checks import TIMEOUT_S, Checker
from proactive_gui.netcheck.run import CheckRun, inputs_from_settings
from proactive_gui.paths import app_paths
from proactive_gui.secrets import store_secret
from proactive_gui.settings import Settings
from proactive_gui.ui.pages.network import NetworkPage
from proactive_gui.ui.pages.overview import OverviewPage
from tests.uplink_support import TOKEN, configure, make_certificates, running_collector


def test_the_page_runs_every_stage_live_and_exports_a_report(qtbot: QtBot, tmp_path: Path) -> None:
    paths = app_paths().ensure()
    store_secret("token", TOKEN)
    certs = make_certificates(tmp_path / "certs")
    with running_collector(certs, tmp_path / "r") as receiver:
        configure(paths, receiver.url, certs.ca)
        port = int(receiver.url.rsplit(":", 1)[1])
        checks = CheckRun(paths.settings_file, own_servers=frozenset({port}))  # the test's receiver
        page = NetworkPage(checks)
        qtbot.addWidget(page)
        page.run_checks()
        assert not page.run_button.isEnabled()  # one run at a time
        qtbot.waitUntil(lambda: checks.finished_at is not None, timeout=15000)
        checks.stop()
        page.refresh()
    titles = [page.table.item(r, 0).text() for r in range(page.table.rowCount())]
    verdicts = {
        page.table.item(r, 0).text(): page.table.item(r, 1).text()
        for r in range(page.table.rowCount())
    }
    assert titles[0] == "Configuration" and len(titles) == 12
    assert verdicts["TLS"] == "Pass" and verdicts["HTTP and authentication"] == "Pass"
    page.table.selectRow(titles.index("TLS inspection"))
    assert f"<b>trusted through</b>: {certs.ca}" in page.details.text()  # JSON: trusted_through
    page.export(tmp_path / "report.html")
    assert "Network readiness" in (tmp_path / "report.html").read_text()
    assert TOKEN not in (tmp_path / "report.html").read_text()
    overview = OverviewPage(demo_store(), Settings.load(paths.settings_file), checks=checks)
    qtbot.addWidget(overview)
    overview.refresh()
    assert overview.network.text() in ("Ready", "Ready, with warnings")


def test_a_silent_endpoint_ends_within_the_timeouts_and_the_window_keeps_breathing(
    qtbot: QtBot,
) -> None:
    paths = app_paths().ensure()
    store_secret("token", TOKEN)
    silent = socket.create_server(("127.0.0.1", 0))  # accepts, then never says a word
    port = silent.getsockname()[1]
    configure(paths, f"https://127.0.0.1:{port}", None)
    checks = CheckRun(paths.settings_file, own_servers=frozenset({port}))
    page = NetworkPage(checks)
    qtbot.addWidget(page)
    clock, gaps, last = QElapsedTimer(), [], [0]

    def tick() -> None:
        gaps.append(clock.elapsed() - last[0])
        last[0] = clock.elapsed()

    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(tick)
    clock.start()
    timer.start()
    page.run_checks()
    qtbot.waitUntil(lambda: checks.finished_at is not None, timeout=int(3 * TIMEOUT_S * 1000))
    timer.stop()
    checks.stop()
    silent.close()
    took = clock.elapsed() / 1000
    assert took < 2 * TIMEOUT_S  # one connect time-out, nothing after it waits
    assert max(gaps) < 200  # ms: the window kept painting
    page.refresh()
    verdicts = {
        page.table.item(r, 0).text(): page.table.item(r, 1).text()
        for r in range(page.table.rowCount())
    }
    assert verdicts["TLS"] == "Fail" and verdicts["HTTP and authentication"] == "Skipped"


def test_one_check_runs_with_the_stages_before_it(tmp_path: Path) -> None:
    paths = app_paths().ensure()
    configure(paths, "https://receiver.invalid", None)
    results = Checker(inputs_from_settings(paths.settings_file)).run(until="dns")
    assert [r.id for r in results] == ["configuration", "proxy", "dns"]
