"""Following a run's InterOp files as the instrument appends to them: each record read
once (the cost of a poll does not grow with the run), the same values as interop's own
table on every shared real run, and a rewritten, cut or foreign file never mistaken for
a continuation."""

from __future__ import annotations

import itertools
import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from proactive_gui.instrument import runvalues
from proactive_gui.instrument.runfolder import RunFolderSource, health_data
from proactive_gui.instrument.telemetry import TelemetryStore
from proactive_gui.runs import imaging
from proactive_gui.runs.folder import RunFollow, load_run_folder
from proactive_gui.runs.imaging import CycleFollower, unix_time
from proactive_gui.runs.isolation import InteropWorker
from proactive_gui.runs.records import RecordTail, UnsupportedFormatError, read_records
from tests import interop_records as records
from tests.conftest import REPO
from tests.runfolders import ALL_RUNS, run_path

NEXTSEQ = "NextSeq2000_220112_VH00559_4_AAANY2JM5"
MISEQ = "MiSeq_210505_M01101_0075_000000000-JDP9R"

# interop's imaging table, per shared run, in a child process (its bindings must not be
# loaded in the test process), with the times it reads from ExtractionMetrics v2.
_TABLE = r"""
import sys, warnings
warnings.filterwarnings("ignore", "numpy.core is deprecated", DeprecationWarning)
import numpy as np
sys.path.insert(0, sys.argv[1])
from proactive_gui.runs.metrics import extraction_times, read_interop
from interop import core
metrics, problems = read_interop(__import__("pathlib").Path(sys.argv[2]), "NovaSeq")
table = core.imaging(metrics)
np.save(sys.argv[3], np.asarray(table))
np.save(sys.argv[4], extraction_times(metrics))
"""
FOLLOWED_COLUMNS = ("P90/", "Fwhm/", "% Base/", "Error Rate", "%>= Q30", "Signal To Noise")


@pytest.fixture(scope="module")
def worker() -> InteropWorker:
    w = InteropWorker()
    yield w
    w.close()


def _interop_table(run: Path, tmp_path: Path) -> tuple[np.ndarray, np.ndarray]:
    table, times = tmp_path / "table.npy", tmp_path / "times.npy"
    subprocess.run(
        [sys.executable, "-c", _TABLE, str(REPO), str(run), str(table), str(times)],
        check=True,
        timeout=300,
        capture_output=True,
    )
    return np.load(table), np.load(times)


@pytest.mark.parametrize("name", ALL_RUNS)
def test_followed_values_are_interops_on_every_real_run(name: str, tmp_path: Path) -> None:
    run = run_path(name)
    table, interop_times = _interop_table(run, tmp_path)
    names = table.dtype.names or ()
    channels = tuple(n.split("/", 1)[1] for n in names if n.startswith("P90/"))
    grid, problems = CycleFollower(run, channels).update()
    assert problems == []
    assert grid.cycles == int(table["Cycle"].max())
    row_of = {(a, b): i for i, (a, b) in enumerate(zip(grid.lane, grid.tile, strict=True))}
    rows = np.array([row_of[(a, b)] for a, b in zip(table["Lane"], table["Tile"], strict=True)])
    cycle = table["Cycle"].astype(np.int64) - 1
    compared = 0
    for column in names:
        if not column.startswith(FOLLOWED_COLUMNS):
            continue
        theirs = table[column].astype(np.float64)
        if column not in grid.matrices:  # e.g. signal to noise: CorrectedInt v2 only
            assert not np.isfinite(theirs).any(), column
            continue
        ours = grid.matrices[column][rows, cycle].astype(np.float64)
        assert np.array_equal(np.isfinite(ours), np.isfinite(theirs)), column
        # interop's table rounds for display: to 0.01 (FWHM, Q30, SNR) or 0.1 (% base)
        step = 0.1 if column.startswith("% Base/") else 0.01
        assert np.nanmax(np.abs(ours - theirs)) <= step / 2 + 1e-4, column
        compared += 1
    assert compared >= 2 * len(channels) + 4
    finite = np.isfinite(interop_times)
    assert np.array_equal(finite, np.isfinite(grid.cycle_times[: len(interop_times)]))
    if finite.any():  # ExtractionMetrics v2: interop keeps whole seconds
        assert np.nanmax(np.abs(grid.cycle_times[: len(interop_times)] - interop_times)) < 1.0


def test_a_growing_run_is_read_once_record_by_record(tmp_path: Path) -> None:
    """Grown cycle by cycle, each poll reads only what was appended: the records read in
    all polls together are the records in the files, and the result is the cold read's."""
    source, copy = run_path(NEXTSEQ), tmp_path / NEXTSEQ
    records.grow_folder_to_cycle(source, copy, 1)
    follower = CycleFollower(copy, ("green", "blue"))
    read_per_poll = []
    for cycle in range(1, 319, 7):
        records.grow_folder_to_cycle(source, copy, cycle)
        before = follower.records_read
        follower.update()
        read_per_poll.append(follower.records_read - before)
    records.grow_folder_to_cycle(source, copy, 318)
    grown, _ = follower.update()
    cold, _ = CycleFollower(source, ("green", "blue")).update()
    in_files = sum(
        len(read_records(copy / "InterOp" / name).records)
        for name in (
            "ExtractionMetricsOut.bin",
            "CorrectedIntMetricsOut.bin",
            "ErrorMetricsOut.bin",
            "QMetricsOut.bin",
        )
    )
    assert follower.records_read == in_files and follower.restarts == 0
    # a poll 7 cycles on reads those 7 cycles (2 % of the run), at cycle 71 as at 316
    assert max(read_per_poll[10:]) < 0.035 * in_files
    assert grown.cycles == cold.cycles == 318
    for column, matrix in cold.matrices.items():
        assert np.array_equal(grown.matrices[column], matrix, equal_nan=True), column


def test_a_record_half_written_waits_for_the_next_look(tmp_path: Path) -> None:
    source = run_path(MISEQ) / "InterOp" / "ErrorMetricsOut.bin"
    data = source.read_bytes()
    size = data[1]
    target = tmp_path / "ErrorMetricsOut.bin"
    target.write_bytes(data[: 2 + 10 * size + 5])  # ten records and five bytes of one
    tail = RecordTail(target)
    first = tail.read()
    assert len(first.records) == 10 and first.partial == 5 and not first.rewritten
    target.write_bytes(data[: 2 + 12 * size])
    second = tail.read()
    assert len(second.records) == 2 and not second.rewritten
    whole = read_records(source).records
    assert np.array_equal(np.concatenate([first.records, second.records]), whole[:12])


def test_a_rewritten_or_shorter_file_is_read_again_from_the_start(tmp_path: Path) -> None:
    copy = tmp_path / MISEQ
    records.truncate_folder_to_cycle(run_path(MISEQ), copy, 100)
    path = copy / "InterOp" / "ExtractionMetricsOut.bin"
    tail = RecordTail(path)
    count = len(tail.read().records)
    # the same length, other values (a degraded copy): not a continuation
    records.scale_intensity(copy, 0, lambda lane, tile, cycle: 0.5)
    again = tail.read()
    assert again.rewritten and len(again.records) == count
    records.truncate_folder_to_cycle(run_path(MISEQ), copy, 50)  # shorter: the run again
    shorter = tail.read()
    assert shorter.rewritten and len(shorter.records) < count


def test_an_empty_or_half_headed_file_is_nothing_yet_and_a_foreign_one_is_named(
    tmp_path: Path,
) -> None:
    path = tmp_path / "QMetricsOut.bin"
    for data in (b"", b"\x07", b"\x07\x14\x01\x03\x02"):  # binned Q: its bin table cut
        path.write_bytes(data)
        assert len(RecordTail(path).read().records) == 0
    path.write_bytes(b"\x63\x10" + bytes(32))  # a version no instrument writes
    with pytest.raises(UnsupportedFormatError, match="no layout for Q v99"):
        RecordTail(path).read()
    path.write_bytes(b"\x04\x20" + bytes(64))  # Q v4 records are 206 bytes, not 32
    with pytest.raises(UnsupportedFormatError, match="record size 32"):
        RecordTail(path).read()


def test_dotnet_time_stamps_become_unix_seconds() -> None:
    kind_local = 2 << 62
    ticks = np.array([0, 621_355_968_000_000_000 + 10_000_000 * 86_400], dtype=np.uint64)
    seconds = unix_time(ticks | np.uint64(kind_local))
    assert np.isnan(seconds[0]) and seconds[1] == 86_400.0


def test_the_watcher_reads_interop_whole_only_now_and_then(
    tmp_path: Path, worker: InteropWorker
) -> None:
    """While a run is written, interop's whole read (the Run quality summary) is made
    once per ``summary_every_s``, and once more when the run ends; health follows each
    new cycle in between."""
    source, copy = run_path(NEXTSEQ), tmp_path / NEXTSEQ
    follow = RunFollow(summary_every_s=3600)
    records.truncate_folder_to_cycle(source, copy, 20)
    seen = []
    for cycle in (20, 40, 60, 80):
        records.truncate_folder_to_cycle(source, copy, cycle)
        run = load_run_folder(copy, worker=worker, follow=follow)
        seen.append(run.cycles_done)
        assert run.state == "running" and run.metrics is not None
        assert run.metrics.cycles_with_data == 20  # the summary of the first look
    assert seen == [20, 40, 60, 80] and follow.summaries == 1
    (copy / "RTAComplete.txt").write_text("done")
    records.truncate_folder_to_cycle(source, copy, 318)
    end = load_run_folder(copy, worker=worker, follow=follow)
    assert end.state == "complete" and end.metrics is not None
    assert end.metrics.cycles_with_data == 318 and follow.summaries == 2
    assert json.dumps(end.problems) == "[]"


def test_health_of_a_followed_run_computes_only_new_cycles_and_equals_a_cold_look(
    tmp_path: Path, worker: InteropWorker, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each look computes the cycles after the last one it had (and any cycle whose
    records were still arriving); at the end, every value and tile matrix is what a
    cold computation of the same look gives."""
    source, copy = run_path(NEXTSEQ), tmp_path / NEXTSEQ
    follow = RunFollow(summary_every_s=3600)
    store = TelemetryStore((), 1, axis="cycle")
    health = RunFolderSource(store)
    computed_from: list[tuple[int, int]] = []  # (cycles done before, cycles now)
    compute = runvalues.compute

    def spy(cycles, channels, chemistry, kept=None, done=0):  # type: ignore[no-untyped-def]
        computed_from.append((done if kept is not None else 0, cycles.cycles))
        return compute(cycles, channels, chemistry, kept, done)

    monkeypatch.setattr(runvalues, "compute", spy)
    for cycle in range(30, 319, 24):
        records.grow_folder_to_cycle(source, copy, cycle)
        run = load_run_folder(copy, worker=worker, follow=follow)
        health.apply(run)
    assert computed_from[0][0] == 0
    # 24 new cycles, and the few before them whose late records came in since (error
    # rates are written a few cycles behind); never the whole run again
    for (_, before), (done, now) in itertools.pairwise(computed_from):
        assert before - 10 <= done < now, (before, done, now)
    monkeypatch.setattr(runvalues, "compute", compute)
    followed = health.data
    cold = health_data(run)
    assert followed is not None and cold is not None
    assert followed.values.keys() == cold.values.keys()
    for cid, values in cold.values.items():
        assert np.allclose(followed.values[cid], values, equal_nan=True), cid
    assert np.allclose(followed.tile_ratio, cold.tile_ratio, equal_nan=True)
    assert np.allclose(followed.tile_focus, cold.tile_focus, equal_nan=True)
    assert np.array_equal(followed.comparable, cold.comparable)


def test_a_record_naming_an_impossible_cycle_or_tile_is_left_out_and_named(
    tmp_path: Path,
) -> None:
    """A damaged or hostile file cannot make the matrices huge: cycle 65,535 and a
    flood of invented tiles are left out, named, and the real records are kept."""
    copy = tmp_path / MISEQ
    records.truncate_folder_to_cycle(run_path(MISEQ), copy, 20)
    path = copy / "InterOp" / "ErrorMetricsOut.bin"
    file = read_records(path)
    real = len(file.records)
    bad = np.repeat(file.records[:1], 30_001)
    bad["cycle"][0] = 65_535
    bad["tile"][1:] = np.arange(30_000) + 50_000  # 30,000 tiles no flow cell has
    file.records = np.concatenate([file.records, bad])
    records.write_records(path, file)
    grid, problems = CycleFollower(copy, ("A", "C", "G", "T")).update()
    assert grid.cycles == 20
    assert grid.tiles <= imaging.MAX_TILES
    assert any("ErrorMetricsOut.bin" in p and "left out" in p for p in problems)
    errors = grid.matrices["Error Rate"]
    assert np.isfinite(errors).sum() >= real  # the real records are all there
