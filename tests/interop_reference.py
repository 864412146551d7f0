"""interop's own summary of a run folder, computed in a child process.

interop's SWIG bindings leak references to None; on Python 3.11 enough calls end the
process ("none_dealloc"). Tests and benchmarks therefore never call it in-process."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

_SCRIPT = r"""
import json, sys, time, warnings
warnings.filterwarnings("ignore", "numpy.core is deprecated", DeprecationWarning)
from interop import core
from interop import py_interop_summary as s
path, groups = sys.argv[1], json.loads(sys.argv[2])
began = time.perf_counter()
metrics = core.read(path, valid_to_load=groups) if groups else core.read(path)
summary = s.run_summary()
s.summarize_run_metrics(metrics, summary)
table = core.imaging(metrics)
elapsed = time.perf_counter() - began
total = summary.total_summary()
read0 = summary.at(0)
print(json.dumps({
    "yield": total.yield_g(), "q30": total.percent_gt_q30(), "error": total.error_rate(),
    "tiles": sum(read0.at(i).tile_count() for i in range(read0.size())),
    "cycles": int(table["Cycle"].max()), "seconds": elapsed,
}))
"""


def interop_reference(path: Path, groups: list[str] | None = None) -> dict[str, float]:
    """Yield, %>=Q30, error rate, tiles, cycles (and the seconds interop took)."""
    result = subprocess.run(
        [sys.executable, "-c", _SCRIPT, str(path), json.dumps(groups or [])],
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    data: dict[str, float] = json.loads(result.stdout.replace("NaN", "null").replace("nan", "null"))
    return {k: (float("nan") if v is None else v) for k, v in data.items()}
