"""Idle cost: the app's whole process tree, CPU and context switches over a window of
``IDLE_SECONDS`` (default 20; the issue's method uses 60), against the floor measured in
the same run: a bare PySide6 window whose one pyqtgraph plot updates at 1 Hz
(``floor_window.py``). Cases: the Overview on the demo at 60×, and the window in the
tray (offscreen there is no tray: it starts minimised, which is asleep too)."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

from tests.benchmarks.figures import Figure

HERE = Path(__file__).parent
WARM_UP_S = 5.0


def _tree_times(process: psutil.Process) -> tuple[float, int]:
    """(CPU seconds, context switches) of a process and its children so far."""
    cpu, switches = 0.0, 0
    for p in [process, *process.children(recursive=True)]:
        try:
            times, ctx = p.cpu_times(), p.num_ctx_switches()
        except psutil.NoSuchProcess:
            continue
        cpu += times.user + times.system
        switches += ctx.voluntary + ctx.involuntary
    return cpu, switches


def _measure(command: list[str], seconds: float) -> tuple[float, float]:
    """(% of one core, context switches per second) of ``command`` after a warm-up."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.setdefault("PROACTIVE_GUI_HOME", tempfile.mkdtemp(prefix="idle-bench-"))
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    child = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        time.sleep(WARM_UP_S)
        process = psutil.Process(child.pid)
        cpu0, ctx0 = _tree_times(process)
        began = time.monotonic()
        time.sleep(seconds)
        cpu1, ctx1 = _tree_times(process)
        elapsed = time.monotonic() - began
    finally:
        child.terminate()
        try:
            child.wait(10)
        except subprocess.TimeoutExpired:
            child.kill()
    return 100.0 * (cpu1 - cpu0) / elapsed, (ctx1 - ctx0) / elapsed


def run() -> list[Figure]:
    seconds = float(os.environ.get("IDLE_SECONDS", "20"))
    floor_cpu, floor_ctx = _measure([sys.executable, str(HERE / "floor_window.py")], seconds)
    app = [sys.executable, "-m", "proactive_gui", "--demo", "--speed", "60"]
    figures = []
    for case, extra in (("overview", []), ("in_tray", ["--in-tray"])):
        cpu, ctx = _measure(app + extra, seconds)
        floor = f"bare window, one plot at 1 Hz ({floor_ctx:.0f} switches/s)"
        figures.append(Figure(f"idle.cpu_{case}", cpu, "% core", floor_cpu, floor))
        figures.append(Figure(f"idle.switches_{case}", ctx, "1/s", floor_ctx, "the same floor"))
    return figures
