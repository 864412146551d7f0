"""One window per user and source: a second start hands over to the first and ends."""

from __future__ import annotations

import subprocess
import time
from pathlib import Path

from pytestqt.qtbot import QtBot

from proactive_gui.ui.single_instance import (
    RunningInstance,
    hand_over,
    instance_name,
    message_for,
)
from tests.conftest import PYTHON, subprocess_env


def test_a_second_start_hands_its_folder_to_the_first(qtbot: QtBot, tmp_path: Path) -> None:
    name = instance_name(tmp_path / "data", demo=False)
    assert not hand_over(name, "show")  # nobody is listening yet: start normally
    first = RunningInstance(name)
    try:
        with qtbot.waitSignal(first.asked, timeout=2000) as asked:
            assert hand_over(name, message_for(tmp_path / "run"))
        assert asked.args == [f"open {tmp_path / 'run'}"]
    finally:
        first.close()


def test_the_demo_and_the_instrument_are_separate_instances(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert instance_name(data, demo=True) != instance_name(data, demo=False)
    assert instance_name(data, demo=False) != instance_name(tmp_path / "other", demo=False)


def test_a_second_window_process_ends_at_once_and_the_first_stays(tmp_path: Path) -> None:
    env = subprocess_env(tmp_path / "home")
    first = subprocess.Popen(
        [PYTHON, "-m", "proactive_gui", "--demo"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        name = instance_name(tmp_path / "home" / "data", demo=True)
        deadline = time.monotonic() + 60
        while not hand_over(name, "show"):  # until the first window listens
            assert first.poll() is None, "the first window ended"
            assert time.monotonic() < deadline, "the first window never listened"
            time.sleep(0.2)
        began = time.monotonic()
        second = subprocess.run(
            [PYTHON, "-m", "proactive_gui", "--demo"],
            env=env,
            capture_output=True,
            text=True,
            timeout=30,
        )
        assert second.returncode == 0, second.stderr
        assert time.monotonic() - began < 15  # it handed over: no second window
        assert first.poll() is None  # the first window is still there
    finally:
        first.kill()
        first.wait(10)
