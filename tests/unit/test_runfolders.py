"""Every real run folder, read as the vendor's own library reads it."""

from __future__ import annotations

import math
from datetime import date
from pathlib import Path

import pytest

from proactive_gui.runs.folder import load_run_folder, summary_json
from proactive_gui.runs.isolation import InteropWorker
from proactive_gui.runs.runinfo import parse_run_date
from tests.interop_reference import interop_reference
from tests.runfolders import ALL_RUNS, run_path

# From the XML and SOURCES.md: model, serial, flow cell, read structure, lanes.
EXPECTED = {
    "HiSeq2500_140213_D00251_0076_BH8FW8ADXX": (
        "HiSeq 2500",
        "D00251",
        "H8FW8ADXX",
        "151+7i+151",
        2,
    ),
    "MiSeq_131022_M00630_0101_000000000-A5Y02_inprogress": (
        "MiSeq",
        "M00630",
        "000000000-A5Y02",
        "151+6i+151",
        1,
    ),
    "MiSeq_140211_M00612_0148_000000000-A7M8N": ("MiSeq", "M00612", "000000000-A7M8N", "50+6i", 1),
    "MiSeq_210505_M01101_0075_000000000-JDP9R": (
        "MiSeq",
        "M01101",
        "000000000-JDP9R",
        "151+8i+8i+151",
        1,
    ),
    "MiSeqi100Plus_20251208_SH00363_0034_ASC2137356-SC3": (
        "MiSeq i100 Plus",
        "SH00363",
        "BXA23220-1617",
        "8i+8i+151+151",
        1,
    ),
    "NextSeq2000_220112_VH00559_4_AAANY2JM5": (
        "NextSeq 2000",
        "VH00559",
        "AAANY2JM5",
        "151+8i+8i+151",
        1,
    ),
    "NovaSeq6000_200624_A00834_0183_BHMTFYDRXX": (
        "NovaSeq 6000",
        "A00834",
        "HMTFYDRXX",
        "36+10i+10i",
        2,
    ),
}


@pytest.fixture(scope="module")
def worker() -> InteropWorker:
    w = InteropWorker()
    yield w
    w.close()


def same(a: float | None, b: float) -> bool:
    if a is None:
        return math.isnan(b)
    return math.isclose(a, b, rel_tol=1e-4, abs_tol=1e-4)


def test_all_seven_shared_folders_are_here() -> None:
    assert set(ALL_RUNS) == set(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_summary_matches_interop_and_the_xml(name: str, worker: InteropWorker) -> None:
    path = run_path(name)
    run = load_run_folder(path, worker=worker)
    summary = summary_json(run)
    reference = interop_reference(path)
    assert same(summary["yield_gb"], reference["yield"])  # type: ignore[arg-type]
    assert same(summary["percent_q30"], reference["q30"])  # type: ignore[arg-type]
    assert same(summary["error_rate"], reference["error"])  # type: ignore[arg-type]
    assert summary["tiles"] == reference["tiles"]
    assert summary["cycles_done"] == reference["cycles"]
    model, serial, flowcell, structure, lanes = EXPECTED[name]
    assert (summary["instrument_model"], summary["instrument_serial"], summary["flowcell"]) == (
        model,
        serial,
        flowcell,
    )
    assert (summary["read_structure"], summary["lanes"]) == (structure, lanes)
    assert run.problems == ()


def test_the_in_progress_miseq_is_running() -> None:
    run = load_run_folder(run_path("MiSeq_131022_M00630_0101_000000000-A5Y02_inprogress"))
    assert run.state == "running"
    assert (run.cycles_done, run.cycles_planned) == (77, 308)
    assert run.metrics is not None and run.metrics.projected_yield_g > 4 * run.metrics.yield_g


@pytest.mark.parametrize(
    ("name", "state", "status"),
    [
        ("MiSeq_210505_M01101_0075_000000000-JDP9R", "complete", "SuccessfullyCompleted"),
        ("NextSeq2000_220112_VH00559_4_AAANY2JM5", "complete", "InstrumentComplete"),
        ("HiSeq2500_140213_D00251_0076_BH8FW8ADXX", "complete", "RTAComplete.txt present"),
        ("NovaSeq6000_200624_A00834_0183_BHMTFYDRXX", "complete", ""),
    ],
)
def test_completion_state(name: str, state: str, status: str) -> None:
    run = load_run_folder(run_path(name))
    assert (run.state, run.completion_status) == (state, status)


def test_missing_interop_files_are_named_with_what_is_lost() -> None:
    run = load_run_folder(run_path("HiSeq2500_140213_D00251_0076_BH8FW8ADXX"))
    assert run.metrics is not None
    assert math.isnan(run.metrics.yield_g)
    assert any(
        m.startswith("QMetricsOut.bin is missing") and "%≥Q30" in m for m in run.metrics.missing
    )
    assert run.metrics.density_k_mm2 > 500  # what could be read is shown


def test_by_cycle_series_histogram_and_tile_map() -> None:
    run = load_run_folder(run_path("NextSeq2000_220112_VH00559_4_AAANY2JM5"))
    metrics = run.metrics
    assert metrics is not None
    series = metrics.by_cycle
    assert len(series.cycles) == 318 and set(series.intensity) == {"green", "blue"}
    assert 80 < float(series.percent_q30[0]) <= 100
    assert metrics.qscore_counts_m.sum() > 0 and metrics.qscore_bins.max() <= 50
    tiles = metrics.tile_map("% Pass Filter")
    assert tiles.values.shape == (4, 8)  # 4 tiles a swath; 2 surfaces x 4 swaths
    assert len(tiles.columns) == 8 and 50 < float(tiles.values[0, 0]) < 100


def test_consumables_serials_lots_and_part_numbers() -> None:
    run = load_run_folder(run_path("NovaSeq6000_200624_A00834_0183_BHMTFYDRXX"))
    kinds = {c.kind: c for c in run.consumables}
    assert kinds["Flow cell"].serial == "HMTFYDRXX" and kinds["Flow cell"].lot == "20453004"
    assert kinds["SBS reagents"].serial == "NV2862904-RGSBS"
    assert {"Library tube", "Cluster reagents", "Buffer"} <= set(kinds)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("140213", date(2014, 2, 13)),
        ("6/24/2020 4:30:24 PM", date(2020, 6, 24)),
        ("2022-01-12T13:49:36Z", date(2022, 1, 12)),
        ("", None),
        ("yesterday", None),
    ],
)
def test_the_three_date_formats(raw: str, expected: date | None) -> None:
    assert parse_run_date(raw) == expected


def test_the_app_process_never_loads_interop(tmp_path: Path) -> None:
    """interop runs only in the worker (its bindings can abort or corrupt a process)."""
    import subprocess
    import sys

    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from proactive_gui.runs.folder import load_run_folder\n"
        "from proactive_gui.runs.isolation import close_shared_worker\n"
        "if __name__ == '__main__':\n"
        f"    run = load_run_folder(Path({str(run_path('MiSeq_140211_M00612_0148_000000000-A7M8N'))!r}))\n"
        "    close_shared_worker()\n"
        "    print(run.metrics is not None, any(m.startswith('interop') for m in sys.modules))\n"
    )
    (tmp_path / "probe.py").write_text(script)
    result = subprocess.run(
        [sys.executable, str(tmp_path / "probe.py")], capture_output=True, text=True, timeout=120
    )
    assert result.stdout.split() == ["True", "False"], result.stderr
