"""Start-up: process start to the first painted main window, offscreen, against a bare
PySide6 window with one pyqtgraph plot started the same way."""

from __future__ import annotations

import os
import queue
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from tests.benchmarks.figures import Figure, median

HERE = Path(__file__).resolve().parent
ROUNDS = 5


def time_to_first_paint(command: list[str], env: dict[str, str], timeout: float = 60.0) -> float:
    """Seconds from starting ``command`` to its 'first-paint' line on stdout."""
    began = time.perf_counter()
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env
    )
    assert process.stdout is not None
    lines: queue.Queue[str] = queue.Queue()
    reader = threading.Thread(target=lambda: lines.put(process.stdout.readline()), daemon=True)  # type: ignore[union-attr]
    reader.start()
    try:
        line = lines.get(timeout=timeout)
        elapsed = time.perf_counter() - began
        process.wait(timeout=timeout)
    except (queue.Empty, subprocess.TimeoutExpired):
        process.kill()
        process.wait()
        raise RuntimeError(f"{command} did not paint within {timeout:.0f} s") from None
    finally:
        reader.join(timeout=1)
    if line.strip() != "first-paint" or process.returncode != 0:
        raise RuntimeError(f"{command} did not paint (exit {process.returncode})")
    return elapsed


def run() -> list[Figure]:
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PROACTIVE_GUI_HOME=home)
        app = [sys.executable, "-m", "proactive_gui", "--demo", "--exit-after-first-paint"]
        reference = [sys.executable, str(HERE / "reference_window.py")]
        time_to_first_paint(app, env)  # warm the file cache for both
        time_to_first_paint(reference, env)
        app_times, reference_times = [], []
        for _ in range(ROUNDS):  # interleaved, so that drift hits both alike
            app_times.append(time_to_first_paint(app, env))
            reference_times.append(time_to_first_paint(reference, env))
    return [
        Figure(
            "startup.first_paint_median",
            median(app_times),
            "s",
            median(reference_times),
            "bare PySide6 window + 1 pyqtgraph plot",
        ),
        Figure(
            "startup.first_paint_max",
            max(app_times),
            "s",
            max(reference_times),
            "bare PySide6 window + 1 pyqtgraph plot",
        ),
    ]
