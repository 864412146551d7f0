from __future__ import annotations

import time
from pathlib import Path

import numpy as np
import pytest
from pytestqt.qtbot import QtBot

from proactive_gui.health.evaluate import State
from proactive_gui.instrument.channels import CHANNELS_BY_ID, DEMO_CHANNELS, Subsystem
from proactive_gui.instrument.telemetry import TelemetryStore
from proactive_gui.launch import LaunchOptions
from proactive_gui.paths import app_paths
from proactive_gui.settings import SETTINGS, Settings
from proactive_gui.ui.app import build_window
from proactive_gui.ui.live import format_reading
from proactive_gui.ui.main_window import MainWindow
from proactive_gui.ui.pages.health import HealthPage
from proactive_gui.ui.pages.overview import OverviewPage
from proactive_gui.ui.pages.settings_page import SettingsPage

PAGES = [
    "overview",
    "health",
    "run_quality",
    "history",
    "payload",
    "network",
    "uploads",
    "sent",
    "settings",
]


@pytest.fixture
def window(qtbot: QtBot) -> MainWindow:
    paths = app_paths().ensure()
    win = build_window(
        LaunchOptions(demo=True, at_hours=2.0), paths, Settings.load(paths.settings_file)
    )
    qtbot.addWidget(win)
    win.resize(1280, 820)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


def test_one_page_per_area_in_order(window: MainWindow) -> None:
    assert window.page_ids == PAGES
    assert [window.page(page_id).page_id for page_id in PAGES] == PAGES
    labels = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    assert labels == [
        "Overview",
        "Health",
        "Run quality",
        "History",
        "Payload",
        "Network",
        "Uploads",
        "Sent history",
        "Settings",
    ]


def test_pages_are_built_when_first_shown(window: MainWindow) -> None:
    assert set(window._built) == {"overview"}
    window.navigation.setCurrentRow(1)
    assert set(window._built) == {"overview", "health"}
    assert window.stack.count() == len(PAGES)
    assert window.stack.currentWidget() is window.page("health")


def test_navigation_and_overview_links(window: MainWindow, qtbot: QtBot) -> None:
    window.navigation.setCurrentRow(1)
    assert window.stack.currentWidget() is window.page("health")
    window.show_page("overview")
    overview = window.page("overview")
    assert isinstance(overview, OverviewPage)
    overview.navigate.emit("network")
    assert window.stack.currentWidget() is window.page("network")


def test_overview_shows_the_live_run(window: MainWindow) -> None:
    overview = window.page("overview")
    assert isinstance(overview, OverviewPage)
    status = window.store.status
    assert status is not None
    assert f"cycle {status.cycle} of 318" in overview.phase.text()
    assert overview.progress.value() == status.cycle
    assert "2 h 00 min" in overview.run_time.text()
    thermal = overview.cards[CHANNELS_BY_ID["chiller_temperature"].subsystem]
    expected = format_reading(window.store, CHANNELS_BY_ID["chiller_temperature"])
    assert thermal.values["chiller_temperature"].text() == expected
    assert expected.endswith("°C") and 3.5 < float(expected.split()[0]) < 4.5
    assert not overview.opt_in.isChecked()
    assert "Door closed" in overview.events.text()


def test_overview_follows_the_opt_in_setting(window: MainWindow) -> None:
    overview = window.page("overview")
    assert isinstance(overview, OverviewPage)
    assert "Nothing leaves this PC" in overview.opt_in_note.text()
    overview.settings.set("opt_in", "true")
    overview.refresh()
    assert overview.opt_in.isChecked()
    assert "sent over TLS" in overview.opt_in_note.text()


def test_health_plots_get_no_more_points_than_pixels(window: MainWindow, qtbot: QtBot) -> None:
    window.show_page("health")
    health = window.page("health")
    assert isinstance(health, HealthPage)
    health.range_box.setCurrentIndex(2)  # whole run: 7200 samples a channel
    for plot in health.plots.values():
        pixels = plot.item.getViewBox().width()
        for cid in plot.traces.names():
            x, _ = plot.traces.data(cid)
            assert 0 < len(x) <= pixels
    red = health.plots[CHANNELS_BY_ID["laser_red_power"].subsystem].traces.data("laser_red_power")
    assert 98 < np.nanmax(red[1]) < 103


def test_health_plots_keep_the_limit_lines_in_view(window: MainWindow) -> None:
    window.show_page("health")
    health = window.page("health")
    assert isinstance(health, HealthPage) and health.health is not None
    limits = health.health.monitor.limits.channels["laser_red_power"]
    optical = health.plots[CHANNELS_BY_ID["laser_red_power"].subsystem]
    bottom, top = optical.item.getViewBox().viewRange()[1]
    assert bottom <= limits.failure.low < limits.warning.low < top  # lasers run near 100 mW


def test_health_page_plots_a_store_without_limits(qtbot: QtBot) -> None:
    store = TelemetryStore(DEMO_CHANNELS, capacity=1000)
    t = np.arange(600, dtype=float)
    store.write({c.id: (t, np.sin(t / 60)) for c in DEMO_CHANNELS}, clock=599.0)
    page = HealthPage(store)  # no health service: no limit lines
    qtbot.addWidget(page)
    page.refresh()
    optical = page.plots[CHANNELS_BY_ID["laser_red_power"].subsystem]
    assert len(optical.traces.data("laser_red_power")[0]) > 0
    assert not optical.empty_note.isVisible()


def test_health_table_shows_reading_and_its_age(window: MainWindow) -> None:
    window.show_page("health")
    health = window.page("health")
    assert isinstance(health, HealthPage)
    row = [c.id for c in window.store.channels].index("vacuum_pressure")
    reading, age = health.cells[row]
    assert reading.text().endswith("kPa") and float(reading.text().split()[0]) < -55
    # measured only during pre-run checks (7 min in): the reading is about 1 h 53 min old
    assert age.text() == "1 h 53 min"


def test_health_says_when_a_range_has_no_readings(qtbot: QtBot) -> None:
    paths = app_paths().ensure()
    win = build_window(
        LaunchOptions(demo=True, at_hours=27.0), paths, Settings.load(paths.settings_file)
    )
    qtbot.addWidget(win)
    win.show_page("health")
    health = win.page("health")
    assert isinstance(health, HealthPage)
    optical = health.plots[CHANNELS_BY_ID["laser_red_power"].subsystem]
    thermal = health.plots[CHANNELS_BY_ID["chiller_temperature"].subsystem]
    assert optical.empty_note.isVisible()  # lasers are off after the run
    assert not thermal.empty_note.isVisible()
    win.close()


def test_closing_stops_every_background_thread_within_2_s(window: MainWindow, qtbot: QtBot) -> None:
    simulator = window.simulator
    assert simulator is not None
    simulator.start()
    qtbot.waitUntil(lambda: simulator.sim_time > 2 * 3600 + 5, timeout=5000)
    began = time.monotonic()
    window.close()
    assert time.monotonic() - began < 2.0
    assert not simulator.running
    assert not window.timer.isActive()


def test_live_updates_reach_the_screen(window: MainWindow, qtbot: QtBot) -> None:
    overview = window.page("overview")
    assert isinstance(overview, OverviewPage)
    simulator = window.simulator
    assert simulator is not None
    before = overview.run_time.text()
    simulator.speed = 3600.0
    simulator.start()
    qtbot.waitUntil(lambda: overview.run_time.text() != before, timeout=5000)
    window.close()


def test_settings_page_lists_every_setting(window: MainWindow, app_home: Path) -> None:
    page = window.page("settings")
    assert isinstance(page, SettingsPage)
    # every setting has an editor, but the opt-in (its own card, changed on the Overview
    # with the summary and the queue question), the spool key and the secrets' store
    # (IT tasks, from the terminal; the page says where each secret is kept)
    assert set(page.fields) | {"opt_in", "spool_key_store", "secret_store"} == set(SETTINGS)
    assert "Off: nothing leaves this PC." in page.consent_state.text()


def test_warm_up_builds_the_other_pages_in_idle_turns(window: MainWindow, qtbot: QtBot) -> None:
    window.warm_up()
    assert len(window._built) == 2, "one page per event-loop turn"
    qtbot.waitUntil(lambda: set(window._built) == set(PAGES), timeout=5000)
    assert window.stack.currentWidget() is window.page("overview")


def test_a_run_folder_without_the_demo_is_named_not_faked(qtbot: QtBot, tmp_path: Path) -> None:
    paths = app_paths().ensure()
    options = LaunchOptions(demo=False, run_folder=tmp_path)
    win = build_window(options, paths, Settings.load(paths.settings_file))
    qtbot.addWidget(win)
    assert win.simulator is None
    assert f"Run folder: {tmp_path}" in win.source_label.text()
    overview = win.page("overview")
    assert isinstance(overview, OverviewPage)
    assert overview.phase.text() == "No run folder yet"
    win.close()


def test_states_forecasts_and_alerts_reach_the_overview_and_health_pages(qtbot: QtBot) -> None:
    paths = app_paths().ensure()
    options = LaunchOptions(demo=True, at_hours=9.0, scenario="chiller-drift")
    win = build_window(options, paths, Settings.load(paths.settings_file))
    qtbot.addWidget(win)
    assert win.health is not None
    for hour in (7.0, 8.0, 9.0):  # evaluate as the service would while the drift grows
        assert win.simulator is not None
        win.simulator.advance_to(hour * 3600)
        win.health.evaluate_now()
    win.refresh()
    overview = win.page("overview")
    assert isinstance(overview, OverviewPage)
    thermal = overview.cards[CHANNELS_BY_ID["chiller_temperature"].subsystem]
    assert thermal.state.text() == "Warning" and thermal.state.property("tone") == "warn"
    assert (
        "Failure predicted in ~" in thermal.forecast.text()
        and "Reagent chiller" in thermal.forecast.text()
    )
    optical = overview.cards[CHANNELS_BY_ID["laser_red_power"].subsystem]
    assert optical.state.text() == "OK" and optical.forecast.text() == ""

    win.show_page("health")
    health = win.page("health")
    assert isinstance(health, HealthPage)
    plot = health.plots[CHANNELS_BY_ID["chiller_temperature"].subsystem]
    assert plot.status.text() == "Warning" and plot.note.text().startswith("Failure predicted")
    assert health.tabs.tabText(1) == "Alerts (1 open)"
    assert health.alert_table.item(0, 2).text() == "Reagent chiller"
    assert health.alert_table.item(0, 1).text() == "—"  # still open
    assert health.event_table.rowCount() == len(win.store.events())
    win.close()


def test_closing_stops_the_health_monitor_too(window: MainWindow) -> None:
    assert window.health is not None
    window.health.start()
    assert window.health.running
    window.close()
    assert not window.health.running


def test_the_real_instrument_is_shown_by_default_and_never_as_a_demo(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """Plain start with run_folder_root set: the run folder's health, no simulator, no
    demo marker, and nothing from a demo for the queue."""
    from tests.runfolders import copy_run

    paths = app_paths().ensure()
    copy_run("NovaSeq6000_200624_A00834_0183_BHMTFYDRXX", tmp_path)
    settings = Settings.load(paths.settings_file)
    settings.set("run_folder_root", str(tmp_path))
    win = build_window(LaunchOptions(), paths, settings)
    qtbot.addWidget(win)
    assert win.simulator is None and win.source is not None
    assert "Demo" not in win.windowTitle() and not win.demo_banner.isVisibleTo(win)
    assert win.run_bridge is not None
    win.run_bridge.load_now()  # the watcher's look, on this thread
    assert win.health is not None
    report = win.health.evaluate_now()
    assert report.subsystems[Subsystem.THERMAL].state is State.NOT_MEASURED
    assert report.subsystems[Subsystem.OPTICAL].state is State.OK
    win.refresh()  # the new channels: the pages are built again for them
    overview = win.page("overview")
    assert isinstance(overview, OverviewPage)
    assert overview.phase.text() == "Complete — 56 of 56 cycles"
    optical = overview.cards[Subsystem.OPTICAL]
    assert "intensity_red" in optical.values and optical.values["intensity_red"].text() != "—"
    assert "Not measured" in overview.cards[Subsystem.THERMAL].state.text()
    health = win.page("health")
    assert isinstance(health, HealthPage)
    assert "focus_green" in health.plots and "laser_red_power" not in health.plots
    win.close()


def test_the_demo_is_unmistakable_and_queues_nothing(window: MainWindow) -> None:
    assert "Demo" in window.windowTitle()
    assert window.demo_banner.isVisible()
    assert window.payloads.queue is None  # a demo payload never waits for a receiver
    assert window.tray.demo


def test_a_run_being_written_reaches_overview_health_and_tray_within_one_poll(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from tests.interop_records import truncate_folder_to_cycle
    from tests.runfolders import run_path

    paths = app_paths().ensure()
    growing = tmp_path / "run"  # a NovaSeq run records no cycle times: never "stalled"
    truncate_folder_to_cycle(run_path("NovaSeq6000_200624_A00834_0183_BHMTFYDRXX"), growing, 20)
    win = build_window(LaunchOptions(run_folder=growing), paths, Settings.load(paths.settings_file))
    qtbot.addWidget(win)
    assert win.run_bridge is not None and win.health is not None
    shown = []
    for cycle in (20, 40):
        truncate_folder_to_cycle(
            run_path("NovaSeq6000_200624_A00834_0183_BHMTFYDRXX"), growing, cycle
        )
        win.run_bridge.load_now()  # one poll of the watcher
        win.health.evaluate_now()
        win.refresh()
        overview = win.page("overview")
        assert isinstance(overview, OverviewPage)
        health = win.page("health")
        assert isinstance(health, HealthPage)
        health.refresh()
        newest = health.cells[0][1].text()  # the cycle of the newest reading shown
        shown.append((overview.phase.text(), newest))
    assert shown == [
        ("Sequencing — cycle 20 of 56", "19"),  # the newest cycle may still lack tiles
        ("Sequencing — cycle 40 of 56", "39"),
    ]
    win.refresh_tray()
    assert win.tray.level == overview.level
    win.close()


def test_pre_run_checks_reach_the_verdict(qtbot: QtBot, tmp_path: Path) -> None:
    """The real MiSeq run's RunParameters say its last post-run wash was missed; a run
    that is set up but has written no cycle waits for its first."""
    from tests.runfolders import copy_run

    paths = app_paths().ensure()
    run = copy_run("MiSeq_210505_M01101_0075_000000000-JDP9R", tmp_path)
    win = build_window(LaunchOptions(run_folder=run), paths, Settings.load(paths.settings_file))
    qtbot.addWidget(win)
    assert win.run_bridge is not None and win.health is not None
    win.run_bridge.load_now()
    win.health.evaluate_now()
    win.refresh()
    overview = win.page("overview")
    assert isinstance(overview, OverviewPage)
    assert overview.level == "attention"
    assert any("post-run wash was missed" in r for r in overview.reason_texts)
    win.close()
    waiting = tmp_path / "waiting"
    waiting.mkdir()
    for name in ("RunInfo.xml", "RunParameters.xml"):
        (waiting / name).write_bytes((run / name).read_bytes())
    win = build_window(LaunchOptions(run_folder=waiting), paths, Settings.load(paths.settings_file))
    qtbot.addWidget(win)
    assert win.run_bridge is not None
    win.run_bridge.load_now()
    win.refresh()
    overview = win.page("overview")
    assert isinstance(overview, OverviewPage)
    assert overview.phase.text() == "Waiting for the first cycle — 318 planned"
    win.close()


def test_a_hidden_window_paints_nothing_and_wakes_up_current(window: MainWindow) -> None:
    """The finding: hidden (closed to the tray) the window still refreshed its page at
    5 Hz (3.1 % of a core with nothing to paint)."""
    page = window.page("overview")
    painted: list[int] = []
    real = page.refresh
    page.refresh = lambda: painted.append(1) or real()  # type: ignore[method-assign]
    window.hide()
    assert window.timer.interval() == 1000
    for _ in range(5):
        window.refresh()  # the timer's ticks: payloads and the tray only
    assert painted == []
    window.show()
    assert window.timer.interval() == 200
    assert painted  # shown again: brought up to date at once
    window.showMinimized()
    assert window.timer.interval() == 1000
