"""Following a run while the instrument writes it."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest

from proactive_gui.runs.folder import load_run_folder
from proactive_gui.runs.isolation import InteropWorker
from proactive_gui.runs.watcher import RunWatcher, WatchUpdate
from tests.runfolders import run_path, truncate_to_cycle

SOURCE = "MiSeq_210505_M01101_0075_000000000-JDP9R"
BY_CYCLE = (
    "QMetricsOut.bin",
    "ErrorMetricsOut.bin",
    "ExtractionMetricsOut.bin",
    "CorrectedIntMetricsOut.bin",
)


@pytest.fixture(scope="module")
def worker() -> InteropWorker:
    w = InteropWorker()
    yield w
    w.close()


def start_run(dest: Path) -> Path:
    """A run folder as the instrument starts it: the XML, then an empty InterOp."""
    source = run_path(SOURCE)
    run = dest / SOURCE
    run.mkdir(parents=True)
    for name in ("RunInfo.xml", "RunParameters.xml"):
        shutil.copy2(source / name, run / name)
    return run


def write_cycles(run: Path, last_cycle: int) -> None:
    source = run_path(SOURCE) / "InterOp"
    (run / "InterOp").mkdir(exist_ok=True)
    shutil.copy2(source / "TileMetricsOut.bin", run / "InterOp" / "TileMetricsOut.bin")
    for name in BY_CYCLE:
        truncate_to_cycle(source / name, run / "InterOp" / name, last_cycle)


def test_the_cycle_helper_writes_what_interop_reads(tmp_path: Path, worker: InteropWorker) -> None:
    run = start_run(tmp_path)
    write_cycles(run, 40)
    loaded = load_run_folder(run, worker=worker)
    assert loaded.cycles_done == 40 and loaded.state == "running"


def test_watcher_reports_each_step_and_the_end(tmp_path: Path, worker: InteropWorker) -> None:
    root = tmp_path / "runs"
    root.mkdir()
    updates: list[WatchUpdate] = []
    watcher = RunWatcher(updates.append, root=root, worker=worker)
    empty = watcher.poll_once()  # nothing in the root yet: said once, never "Loading…"
    assert empty is not None and empty.run is None and empty.error is not None
    assert "no run folder here yet" in empty.error
    assert watcher.poll_once() is None

    run = start_run(root)
    first = watcher.poll_once()
    assert first is not None and first.run is not None
    assert first.run.state == "running" and first.run.cycles_done == 0
    assert first.run.problems == ("InterOp: the folder is missing; no run metrics yet",)

    seen = []
    for cycle in (1, 25, 151, 167, 318):
        write_cycles(run, cycle)
        update = watcher.poll_once()
        assert update is not None and update.run is not None, cycle
        seen.append((update.run.cycles_done, update.run.state))
        assert watcher.poll_once() is None or update.retrying, "nothing changed: no reload"
    assert seen == [
        (1, "running"),
        (25, "running"),
        (151, "running"),
        (167, "running"),
        (318, "complete"),
    ]

    shutil.copy2(run_path(SOURCE) / "RunCompletionStatus.xml", run / "RunCompletionStatus.xml")
    end = watcher.poll_once()
    assert end is not None and end.run is not None
    assert (end.run.state, end.run.completion_status) == ("complete", "SuccessfullyCompleted")
    assert [u.run.cycles_done for u in updates if u.run] == [0, 1, 25, 151, 167, 318, 318]


def test_a_file_caught_mid_write_is_retried_not_final(
    tmp_path: Path, worker: InteropWorker
) -> None:
    run = start_run(tmp_path)
    write_cycles(run, 10)
    (run / "RunParameters.xml").write_text("")  # the instrument is rewriting it right now
    updates: list[WatchUpdate] = []
    watcher = RunWatcher(updates.append, folder=run, worker=worker)
    first = watcher.poll_once()
    assert first is not None and first.retrying
    assert first.run is not None and first.run.problems[0].startswith(
        "RunParameters.xml: the file is empty"
    )
    shutil.copy2(run_path(SOURCE) / "RunParameters.xml", run / "RunParameters.xml")
    second = watcher.poll_once()
    assert second is not None and second.run is not None and second.run.problems == ()
    assert not second.retrying


def test_a_new_run_in_the_root_is_picked_up(tmp_path: Path, worker: InteropWorker) -> None:
    root = tmp_path / "runs"
    root.mkdir()
    old = start_run(root)
    updates: list[WatchUpdate] = []
    watcher = RunWatcher(updates.append, root=root, worker=worker)
    watcher.poll_once()
    assert watcher.current == old
    time.sleep(0.01)
    newer = root / "NEWER_RUN"
    shutil.copytree(old, newer)
    (newer / "RunInfo.xml").touch()
    update = watcher.poll_once()
    assert watcher.current == newer and update is not None and update.run is not None
    assert update.run.path == newer


def test_watcher_thread_follows_and_stops_quickly(tmp_path: Path, worker: InteropWorker) -> None:
    run = start_run(tmp_path)
    updates: list[WatchUpdate] = []
    watcher = RunWatcher(updates.append, folder=run, interval_s=0.05, worker=worker)
    watcher.start()
    deadline = time.monotonic() + 20
    while not updates and time.monotonic() < deadline:
        time.sleep(0.02)
    write_cycles(run, 30)
    while (
        not any(u.run and u.run.cycles_done == 30 for u in updates) and time.monotonic() < deadline
    ):
        time.sleep(0.02)
    began = time.monotonic()
    assert watcher.stop(timeout=2.0)
    assert time.monotonic() - began < 2.0
    assert any(u.run and u.run.cycles_done == 30 for u in updates)


def test_watch_one_folder_or_one_root() -> None:
    with pytest.raises(ValueError, match="either one run folder or a root"):
        RunWatcher(lambda u: None)
