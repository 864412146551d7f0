"""The app as a person or a script runs it: real processes, offscreen."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from tests.conftest import PYTHON, subprocess_env
from tests.ui.test_main_window import PAGES


def distinct_colours(path: Path) -> int:
    image = QImage(str(path)).scaled(160, 100)  # sampling is enough to tell blank from not
    return len({image.pixel(x, y) for x in range(image.width()) for y in range(image.height())})


def snapshot(out: Path, home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [PYTHON, "-m", "proactive_gui", "snapshot", "--out", str(out), *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=subprocess_env(home),
    )


def test_snapshot_writes_one_non_blank_png_per_page(tmp_path: Path) -> None:
    result = snapshot(tmp_path / "shots", tmp_path / "home", "--demo", "--at", "2")
    assert result.returncode == 0, result.stderr
    assert result.stderr == "", "Qt messages go to the log, not the terminal"
    written = [Path(line) for line in result.stdout.splitlines()]
    assert [p.stem for p in written] == PAGES
    for path in written:
        assert QImage(str(path)).size().toTuple() == (1280, 820)
        assert distinct_colours(path) > 8, f"{path.name} looks blank"


def test_snapshots_show_live_demo_data(tmp_path: Path) -> None:
    early = snapshot(tmp_path / "early", tmp_path / "home", "--demo", "--at", "0.5")
    late = snapshot(
        tmp_path / "late", tmp_path / "home", "--demo", "--at", "3", "--scenario", "laser-decay"
    )
    assert early.returncode == late.returncode == 0
    for page in ("overview", "health"):
        a = QImage(str(tmp_path / "early" / f"{page}.png"))
        b = QImage(str(tmp_path / "late" / f"{page}.png"))
        assert a != b, f"{page} did not change with the simulated time"


def test_snapshot_usage_errors_are_one_line(tmp_path: Path) -> None:
    result = snapshot(tmp_path / "x", tmp_path / "home", "--scenario", "meltdown")
    assert result.returncode == 2
    assert "invalid choice" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.parametrize(
    "args", [["--demo"], ["--demo", "--scenario", "fluidics-clog", "--speed", "600"]]
)
def test_the_gui_starts_paints_and_quits_cleanly(tmp_path: Path, args: list[str]) -> None:
    result = subprocess.run(
        [PYTHON, "-m", "proactive_gui", *args, "--exit-after-first-paint"],
        capture_output=True,
        text=True,
        timeout=120,
        env=subprocess_env(tmp_path / "home"),
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "first-paint"
    log = (tmp_path / "home" / "logs" / "proactive-gui.log").read_text()
    assert "background work stopped: True" in log
    assert "Traceback" not in log
