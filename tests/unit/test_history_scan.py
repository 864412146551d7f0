"""Backfill and follow: copies of a real MiSeq run under a root, read into the history
incrementally, in the InterOp worker, off the calling thread."""

from __future__ import annotations

import shutil
import threading
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from proactive_gui.history.records import COMPLETE, DAMAGED, RUNNING, RunRecord
from proactive_gui.history.scan import READ, UNCHANGED, HistoryScanner, ScanResult, ScanStep, scan
from proactive_gui.history.store import HistoryStore
from proactive_gui.history.trends import ChannelTrend
from proactive_gui.runs.isolation import InteropWorker
from tests import interop_records as records
from tests.history_runs import MISEQ, copy_as_run

START = datetime(2026, 3, 2, 9, 0)


@pytest.fixture(scope="module")
def worker() -> Iterator[InteropWorker]:
    interop = InteropWorker()
    yield interop
    interop.close()


def _runs(root: Path, count: int) -> list[Path]:
    return [
        copy_as_run(MISEQ, root / "2026", 200 + k, START + timedelta(days=k)) for k in range(count)
    ]


def test_a_second_scan_of_the_same_runs_reads_nothing(
    tmp_path: Path, worker: InteropWorker
) -> None:
    root = tmp_path / "Runs"
    _runs(root, 3)
    (root / "Logs").mkdir()  # not a run: ignored
    (root / "Logs" / "log.txt").write_text("x")
    with HistoryStore(tmp_path / "h.sqlite") as store:
        first = scan(root, store, worker)
        assert (first.found, first.read, first.unchanged) == (3, 3, 0)
        stamps = [r.scanned_at for r in store.runs()]
        second = scan(root, store, worker)
        assert (second.found, second.read, second.unchanged) == (3, 0, 3)
        assert [r.scanned_at for r in store.runs()] == stamps
        runs = store.runs()
    assert [r.state for r in runs] == [COMPLETE] * 3
    assert all(r.serial == "M00612" and r.channels and not r.problems for r in runs)
    assert len({r.run_id for r in runs}) == 3


def test_a_run_stored_in_progress_is_read_again_when_it_changes(
    tmp_path: Path, worker: InteropWorker
) -> None:
    whole = copy_as_run(MISEQ, tmp_path / "whole", 300, START)
    run = tmp_path / "Runs" / whole.name
    records.grow_folder_to_cycle(whole, run, 20)
    with HistoryStore(tmp_path / "h.sqlite") as store:
        assert scan(tmp_path / "Runs", store, worker).read == 1
        (stored,) = store.runs()
        assert stored.state == RUNNING and stored.cycles_done <= 21 and stored.completed is None
        assert scan(tmp_path / "Runs", store, worker).unchanged == 1  # nothing new yet
        records.grow_folder_to_cycle(whole, run, 40)
        assert scan(tmp_path / "Runs", store, worker).read == 1
        (stored,) = store.runs()
        assert stored.state == RUNNING and 39 <= stored.cycles_done <= 41
        records.grow_folder_to_cycle(whole, run, 56)
        shutil.copyfile(whole / "RTAComplete.txt", run / "RTAComplete.txt")
        assert scan(tmp_path / "Runs", store, worker).read == 1
        (stored,) = store.runs()
    assert stored.state == COMPLETE and stored.cycles_done == 56 and stored.completed


def test_a_damaged_folder_is_stored_with_its_reason(tmp_path: Path, worker: InteropWorker) -> None:
    root = tmp_path / "Runs"
    _runs(root, 1)
    bad = root / "2026" / "260310_M00612_0999_000000000-XXXXX"
    bad.mkdir()
    (bad / "RunInfo.xml").write_text("<RunInfo><Run Id=")  # cut off by a full disk
    with HistoryStore(tmp_path / "h.sqlite") as store:
        result = scan(root, store, worker)
        assert (result.found, result.read, result.damaged) == (2, 1, 1)
        damaged = [r for r in store.runs() if r.state == DAMAGED]
        assert len(damaged) == 1 and damaged[0].folder == str(bad.resolve())
        assert "RunInfo.xml" in damaged[0].damaged and "Error" not in damaged[0].damaged
        assert scan(root, store, worker).unchanged == 2  # stored: not read again either


def test_a_deleted_run_folder_stays_in_the_history_marked_as_gone(
    tmp_path: Path, worker: InteropWorker
) -> None:
    root = tmp_path / "Runs"
    first, second = _runs(root, 2)
    with HistoryStore(tmp_path / "h.sqlite") as store:
        scan(root, store, worker)
        shutil.rmtree(first)
        result = scan(root, store, worker)
        assert (result.found, result.gone) == (1, 1)
        runs = {r.run_id: r for r in store.runs()}
    assert len(runs) == 2
    assert runs[first.name].gone and runs[first.name].channels
    assert not runs[second.name].gone


def test_the_background_scanner_reads_off_the_calling_thread_in_one_worker(
    tmp_path: Path, worker: InteropWorker
) -> None:
    root = tmp_path / "Runs"
    _runs(root, 3)
    steps: list[tuple[ScanStep, str, int | None]] = []
    done = threading.Event()
    results: list[tuple[ScanResult, str | None]] = []

    def on_step(step: ScanStep) -> None:
        process = worker._process  # the worker process that read this run
        steps.append((step, threading.current_thread().name, process.pid if process else None))

    def on_done(result: ScanResult, notice: str | None) -> None:
        results.append((result, notice))
        done.set()

    shown: list[int] = []  # runs handed to the window, queried on the scanner's thread

    def on_history(runs: list[RunRecord], found: list[ChannelTrend]) -> None:
        assert threading.current_thread().name == "history-scan"
        shown.append(len(runs))

    scanner = HistoryScanner(
        tmp_path / "h.sqlite",
        root,
        on_step,
        on_done,
        worker=worker,
        every_s=None,
        on_history=on_history,
    )
    scanner.start()
    assert done.wait(60)
    assert scanner.stop()
    assert [s.action for s, _, _ in steps] == [READ] * 3
    assert {name for _, name, _ in steps} == {"history-scan"}
    assert len({pid for _, _, pid in steps}) == 1 and worker.replaced == 0
    assert results[0][0].read == 3 and results[0][1] is None
    with HistoryStore(tmp_path / "h.sqlite") as store:
        assert store.count() == 3
    rescan = HistoryScanner(
        tmp_path / "h.sqlite",
        root,
        on_step,
        on_done,
        worker=worker,
        every_s=None,
        on_history=on_history,
    )
    done.clear()
    rescan.start()
    assert done.wait(60) and rescan.stop()
    assert [s.action for s, _, _ in steps[3:]] == [UNCHANGED] * 3
    assert shown == [0, 3, 3]  # before the first scan, after it; a rescan changed nothing
