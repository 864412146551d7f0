"""The stored last check: what the terminal's ``check`` leaves for the window, read back
whole (with the remedies' templates, for the window's language), and a damaged record
never breaks the window."""

from __future__ import annotations

from pathlib import Path

from proactive_gui.netcheck.checks import Checker, Inputs, report_json
from proactive_gui.netcheck.record import TERMINAL, last_check, save_last
from proactive_gui.netcheck.run import CheckRun, overall
from tests.e2e.test_faults import _free_port


def test_a_stored_check_reads_back_whole(tmp_path: Path) -> None:
    inputs = Inputs(endpoint=f"https://127.0.0.1:{_free_port()}", proxy="none")
    results = Checker(inputs).run()
    record = tmp_path / "last_check.json"
    save_last(record, report_json(results, 1_000.0), 1_010.0, TERMINAL, results)
    stored = last_check(record)
    assert stored is not None
    assert stored.finished_at == 1_010.0 and stored.source == TERMINAL
    assert stored.verdict == overall(results)
    assert [r.as_dict() for r in stored.results] == [r.as_dict() for r in results]
    tcp = next(r for r in stored.results if r.id == "tcp")
    original = next(r for r in results if r.id == "tcp")
    assert tcp.remedy_message == original.remedy_message and tcp.remedy_message is not None
    assert tcp.worded == original.worded


def test_a_damaged_record_is_no_record(tmp_path: Path) -> None:
    record = tmp_path / "last_check.json"
    record.write_text('{"checks": [{"id": 3}]')
    assert last_check(record) is None
    run = CheckRun(tmp_path / "settings.json", record=record)
    assert run.finished_at is None and run.last_verdict is None and run.snapshot() == ([], None)
