"""The sent history for an audit: what each delivery was (summary, run, instrument,
receiver), its bytes kept encrypted for the retention and then pruned, orphans from a
crash removed, old lines still read, and the list filtered and exported as CSV and JSON."""

from __future__ import annotations

import csv
import io
import json
import threading
import time
from dataclasses import asdict, fields
from datetime import UTC, datetime
from pathlib import Path

import pytest

from proactive_gui.cli import main
from proactive_gui.instrument.simulator import demo_store
from proactive_gui.launch import LaunchOptions, draft_now
from proactive_gui.paths import app_paths
from proactive_gui.payload.build import build
from proactive_gui.payload.seal import SealedPayload, seal
from proactive_gui.runs.isolation import close_shared_worker
from proactive_gui.settings import Settings
from proactive_gui.uplink.audit import (
    CSV_COLUMNS,
    Criteria,
    RowReader,
    day_end,
    day_start,
    describe,
    destination,
    rows_of,
    write_csv,
    write_json,
)
from proactive_gui.uplink.engine import UploadEngine
from proactive_gui.uplink.history import (
    ORPHAN_GRACE_S,
    Delivery,
    KeptBytesError,
    SentHistory,
)
from proactive_gui.uplink.keys import SpoolKey
from proactive_gui.uplink.setup import open_spool, sent_history
from proactive_gui.uplink.spool import Spool
from proactive_gui.uplink.transport import TransportConfig
from tests.runfolders import ALL_RUNS, run_path

DAY = 86400.0
NOW = datetime(2026, 11, 22, 8, 0, tzinfo=UTC).timestamp()


def _utc(t: float) -> str:
    return datetime.fromtimestamp(t, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@pytest.fixture(scope="module")
def sealed_runs() -> dict[str, SealedPayload]:
    """A health payload sealed from each shared run folder, as the app seals it."""
    try:
        return {
            name: seal(
                draft_now(LaunchOptions(run_folder=run_path(name)), kind="health", opted_in=True)
            )
            for name in ALL_RUNS
        }
    finally:
        close_shared_worker()


def _delivery(sealed: SealedPayload, sent_at: float, url: str = "https://r.example/v1/payloads"):
    audit = describe(sealed.data)
    receipt = {"payload_id": sealed.payload_id, "sha256": sealed.sha256}
    return Delivery(
        sealed.payload_id,
        sealed.sha256,
        sealed.size,
        sealed.kind,
        sealed.created_at,
        _utc(sent_at),
        receipt,
        audit.run,
        audit.instrument,
        destination(url),
        audit.summary,
    )


def _spool(tmp_path: Path) -> Spool:
    return Spool(tmp_path / "spool", SpoolKey(bytes(range(32)), "keyring"))


class Clock:
    def __init__(self, now: float) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


# -- what each delivery was ----------------------------------------------------------------


@pytest.mark.parametrize("name", ALL_RUNS)
def test_every_shared_run_folder_gets_a_true_one_line_summary(
    name: str, sealed_runs: dict[str, SealedPayload]
) -> None:
    sealed = sealed_runs[name]
    document = sealed.document()
    configuration = document["instrument_configuration"]
    run = document["run_configuration"]
    audit = describe(sealed.data)
    assert audit.instrument == f"{configuration['model']} {configuration['serial']}"
    assert audit.run == run["run_id"] and audit.run in name
    performance = document["run_performance"]
    expected_start = f"health · {audit.instrument} · run {audit.run} · {performance['state']}"
    assert audit.summary.startswith(expected_start)
    assert f"cycle {performance['cycles_done']}/{run['planned_cycles']}" in audit.summary
    assert "thermal not measured" in audit.summary  # a run folder has no temperatures
    for subsystem in document["instrument_performance"]["subsystems"]:
        assert subsystem["subsystem"] in audit.summary
    assert "\n" not in audit.summary and len(audit.summary) <= 300
    assert describe(bytes(sealed.data)) == audit  # from the bytes alone, always the same


def test_the_nextseq_summary_reads_as_a_person_would_say_it(
    sealed_runs: dict[str, SealedPayload],
) -> None:
    if "NextSeq2000_220112_VH00559_4_AAANY2JM5" not in sealed_runs:
        pytest.skip("the NextSeq run folder is not here")
    audit = describe(sealed_runs["NextSeq2000_220112_VH00559_4_AAANY2JM5"].data)
    assert audit.summary == (
        "health · NextSeq 2000 VH00559 · run 220112_VH00559_4_AAANY2JM5 · complete, cycle "
        "318/318 · optical, mechanical, fluidics ok; thermal not measured"
    )


def test_a_summary_puts_the_worst_state_first_and_counts_alerts() -> None:
    document = {
        "kind": "run_end",
        "source": "run_folder",
        "instrument_configuration": {"model": "MiSeq", "serial": "unknown"},
        "instrument_performance": {
            "subsystems": [
                {"subsystem": "optical", "state": "ok"},
                {"subsystem": "fluidics", "state": "warning"},
                {"subsystem": "thermal", "state": "failure"},
            ],
            "alerts": [{}, {}],
        },
    }
    audit = describe(json.dumps(document).encode())
    assert audit.instrument == "MiSeq" and audit.run == ""
    assert (
        audit.summary
        == "run_end · MiSeq · thermal failure; fluidics warning; optical ok · 2 alerts"
    )


def test_the_demo_says_so_and_bytes_that_are_no_payload_do_not_raise() -> None:
    demo = describe(seal(build("manual", demo_store(epoch=0.0), machine=[])).data)
    assert demo.summary.startswith("manual · demo · ")
    assert describe(b"\xff not json").summary == "not readable as a payload"
    assert describe(b"[1, 2]").summary == "payload"


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        ("https://collector.lab.example/v1/payloads", "https://collector.lab.example/v1/payloads"),
        ("https://user:secret@Collector.Lab.example:8443/v1/payloads?token=abc#x",
         "https://collector.lab.example:8443/v1/payloads"),
        ("https://[::1]:4443/v1/payloads", "https://[::1]:4443/v1/payloads"),
        ("not a url", ""),
    ],
)  # fmt: skip
def test_the_destination_never_keeps_credentials_or_a_query(url: str, shown: str) -> None:
    assert destination(url) == shown


# -- the list ------------------------------------------------------------------------------


def test_lines_written_before_this_version_still_load(tmp_path: Path) -> None:
    history = SentHistory(tmp_path / "sent.jsonl")
    old = {  # exactly what the previous version appended
        "payload_id": "abc",
        "receipt": {"payload_id": "abc", "sha256": "f" * 64},
        "sealed_at": "2026-11-22T07:59:00Z",
        "sent_at": "2026-11-22T08:00:00Z",
        "sha256": "f" * 64,
        "size": 10,
        "kind": "health",
    }
    newer = {**old, "payload_id": "def", "run": "R1", "a_later_field": [1]}
    broken = {**old, "payload_id": "ghi", "size": "ten"}
    lines = [json.dumps(old, sort_keys=True), json.dumps(newer), json.dumps(broken), "{not json"]
    history.path.write_text("\n".join(lines) + "\n")
    entries = history.entries()
    assert [d.payload_id for d in entries] == ["abc", "def"]
    assert entries[0].run == entries[0].destination == entries[0].summary == ""
    assert entries[1].run == "R1"
    assert rows_of(entries)[0].sent == NOW


def test_the_list_changes_version_only_when_a_delivery_is_appended(
    tmp_path: Path, sealed_runs: dict[str, SealedPayload]
) -> None:
    history = SentHistory(tmp_path / "sent.jsonl")
    assert history.version() == 0
    history.append(_delivery(next(iter(sealed_runs.values())), NOW))
    first = history.version()
    assert first > 0 and history.version() == first


def test_the_reader_parses_off_the_callers_thread_and_only_new_lines(
    tmp_path: Path, sealed_runs: dict[str, SealedPayload]
) -> None:
    history = SentHistory(tmp_path / "sent.jsonl")
    payloads = list(sealed_runs.values())
    history.append(_delivery(payloads[0], NOW))
    reader = RowReader(history)
    assert reader.poll() == []  # the read has started, elsewhere
    assert reader.wait()
    assert reader._thread is not None and reader._thread is not threading.current_thread()
    assert [r.delivery.payload_id for r in reader.poll()] == [payloads[0].payload_id]
    assert reader.poll() == [] and reader._thread is not None
    before = reader._thread
    assert reader.poll() == [] and reader._thread is before  # unchanged: no new read
    history.append(_delivery(payloads[1], NOW + 60))
    reader.poll()
    reader.wait()
    assert [r.delivery.payload_id for r in reader.poll()] == [payloads[1].payload_id]


# -- the bytes as sent -----------------------------------------------------------------------


def test_the_bytes_are_kept_encrypted_and_read_back_exactly(
    tmp_path: Path, sealed_runs: dict[str, SealedPayload]
) -> None:
    spool = _spool(tmp_path)
    history = SentHistory(tmp_path / "history" / "sent.jsonl")
    sealed = sealed_runs[ALL_RUNS[0]]
    delivery = _delivery(sealed, NOW)
    history.record(delivery, sealed.data, spool.encrypt)
    kept = history.kept(sealed.payload_id)
    assert kept is not None
    document = sealed.document()
    for plain in (
        sealed.payload_id,
        document["instrument_configuration"]["serial"],
        document["run_configuration"]["run_id"],
        "instrument_configuration",
    ):
        assert plain.encode() not in kept  # nothing of the instrument in plain text
    assert history.sent_bytes(delivery, spool.decrypt) == sealed.data
    assert history.entries() == [delivery]


def test_kept_bytes_that_are_damaged_or_not_the_ones_sent_say_so(
    tmp_path: Path, sealed_runs: dict[str, SealedPayload]
) -> None:
    spool = _spool(tmp_path)
    history = SentHistory(tmp_path / "sent.jsonl")
    first, second = list(sealed_runs.values())[:2]
    one, two = _delivery(first, NOW), _delivery(second, NOW)
    history.record(one, first.data, spool.encrypt)
    history.record(two, second.data, spool.encrypt)
    path = history.bytes_dir / f"{one.payload_id}.rec"
    path.write_bytes((history.bytes_dir / f"{two.payload_id}.rec").read_bytes())
    with pytest.raises(KeptBytesError, match="not the ones that were sent"):
        history.sent_bytes(one, spool.decrypt)
    path.write_bytes(path.read_bytes()[:-3] + b"xyz")
    with pytest.raises(KeptBytesError, match="cannot be read"):
        history.sent_bytes(one, spool.decrypt)
    other_key = Spool(tmp_path / "other", SpoolKey(bytes(32), "keyring"))
    with pytest.raises(KeptBytesError, match="another key"):
        history.sent_bytes(two, other_key.decrypt)


def test_a_typed_payload_id_never_becomes_a_path(tmp_path: Path) -> None:
    history = SentHistory(tmp_path / "history" / "sent.jsonl")
    secret = tmp_path / "secret.rec"
    secret.write_bytes(b"not yours")
    assert history.kept("../../secret") is None


def test_bytes_older_than_the_retention_are_pruned_and_the_list_stays(
    tmp_path: Path, sealed_runs: dict[str, SealedPayload]
) -> None:
    spool = _spool(tmp_path)
    clock = Clock(NOW)
    days = [90]
    history = SentHistory(tmp_path / "sent.jsonl", retention_days=lambda: days[0], wall_clock=clock)
    old, recent, today = list(sealed_runs.values())[:3]
    deliveries = [
        _delivery(old, NOW - 91 * DAY),
        _delivery(recent, NOW - 89 * DAY),
        _delivery(today, NOW),
    ]
    for delivery, sealed in zip(deliveries, (old, recent, today), strict=True):
        history.record(delivery, sealed.data, spool.encrypt)
    assert history.sent_bytes(deliveries[0], spool.decrypt) is None  # due, not yet pruned
    assert history.kept(old.payload_id) is not None
    assert history.prune() == 1
    assert history.sent_bytes(deliveries[0], spool.decrypt) is None
    assert history.sent_bytes(deliveries[1], spool.decrypt) == recent.data
    assert len(history.entries()) == 3  # the list keeps every delivery
    clock.now += 2 * DAY
    assert history.prune() == 1 and history.kept(recent.payload_id) is None
    days[0] = 0  # the list only: what is kept goes at the next prune, nothing new is kept
    assert history.prune() == 1 and history.kept(today.payload_id) is None
    newest = seal(build("manual", demo_store(epoch=0.0), machine=[]))
    history.record(_delivery(newest, clock.now), newest.data, spool.encrypt)
    assert history.kept(newest.payload_id) is None
    assert [d.payload_id for d in history.entries()][-1] == newest.payload_id


def test_a_crash_between_bytes_and_line_leaves_an_orphan_that_is_removed_later(
    tmp_path: Path, sealed_runs: dict[str, SealedPayload], monkeypatch: pytest.MonkeyPatch
) -> None:
    spool = _spool(tmp_path)
    clock = Clock(time.time())
    history = SentHistory(tmp_path / "sent.jsonl", wall_clock=clock)
    sealed = sealed_runs[ALL_RUNS[0]]
    delivery = _delivery(sealed, clock.now)

    def crash(_: Delivery) -> None:
        raise KeyboardInterrupt("the PC lost power")

    monkeypatch.setattr(history, "append", crash)
    with pytest.raises(KeyboardInterrupt):
        history.record(delivery, sealed.data, spool.encrypt)
    monkeypatch.undo()
    assert history.entries() == []  # no line without its bytes ...
    assert history.kept(sealed.payload_id) is not None  # ... the bytes were first
    assert history.prune() == 0  # young: a delivery may be between its two writes
    clock.now += ORPHAN_GRACE_S + 1
    assert history.prune() == 1 and history.kept(sealed.payload_id) is None
    # the payload stayed queued: its next delivery keeps its bytes and its line
    history.record(delivery, sealed.data, spool.encrypt)
    assert history.prune() == 0 and history.sent_bytes(delivery, spool.decrypt) == sealed.data


def test_an_orphan_resent_before_the_grace_is_adopted_by_its_own_line(
    tmp_path: Path, sealed_runs: dict[str, SealedPayload], monkeypatch: pytest.MonkeyPatch
) -> None:
    spool = _spool(tmp_path)
    clock = Clock(time.time())
    history = SentHistory(tmp_path / "sent.jsonl", wall_clock=clock)
    sealed = sealed_runs[ALL_RUNS[0]]
    monkeypatch.setattr(history, "append", lambda _: None)  # the line was lost
    history.record(_delivery(sealed, clock.now), sealed.data, spool.encrypt)
    monkeypatch.undo()
    history.record(_delivery(sealed, clock.now + 5), sealed.data, spool.encrypt)
    clock.now += ORPHAN_GRACE_S + 60
    assert history.prune() == 0 and history.kept(sealed.payload_id) is not None


def test_a_file_that_cannot_be_written_costs_the_bytes_never_the_line(
    tmp_path: Path, sealed_runs: dict[str, SealedPayload]
) -> None:
    history = SentHistory(tmp_path / "sent.jsonl")
    history.bytes_dir.write_text("a file where the folder should be")
    sealed = sealed_runs[ALL_RUNS[0]]
    delivery = _delivery(sealed, NOW)
    history.record(delivery, sealed.data, _spool(tmp_path).encrypt)
    assert history.entries() == [delivery]


def test_pruning_runs_on_the_engines_thread_when_it_starts(tmp_path: Path) -> None:
    seen: list[str] = []

    class Watched(SentHistory):
        def prune(self) -> int:
            seen.append(threading.current_thread().name)
            return 0

    engine = UploadEngine(
        _spool(tmp_path),
        Watched(tmp_path / "sent.jsonl"),
        config=lambda: TransportConfig("https://proactive.example.com"),
        token=lambda: None,
        opted_in=lambda: False,  # opted out: the bytes already kept still age
        idle_poll_s=0.05,
    )
    engine.start()
    try:
        deadline = time.monotonic() + 5
        while not seen and time.monotonic() < deadline:
            time.sleep(0.01)
    finally:
        assert engine.stop()
    assert seen[:1] == ["upload-engine"]


# -- filters and export --------------------------------------------------------------------


def _mixed(sealed_runs: dict[str, SealedPayload]) -> list[Delivery]:
    payloads = list(sealed_runs.values())
    deliveries = [_delivery(p, NOW - i * DAY) for i, p in enumerate(payloads)]
    deliveries[0] = Delivery(**{**asdict(deliveries[0]), "kind": "run_end"})
    return deliveries


def test_the_search_finds_every_word_in_any_column_in_any_case(
    sealed_runs: dict[str, SealedPayload],
) -> None:
    rows = rows_of(_mixed(sealed_runs))
    serial = rows[-1].delivery.instrument.split()[-1]
    assert [r.delivery for r in Criteria(serial.lower()).select(rows)] == [rows[-1].delivery]
    sha = rows[1].delivery.sha256[:10].upper()
    assert [r.delivery for r in Criteria(f"health {sha}").select(rows)] == [rows[1].delivery]
    assert Criteria("health nothing-like-this").select(rows) == []
    assert len(Criteria("r.example/v1").select(rows)) == len(rows)  # the receiver too
    assert [r.delivery.kind for r in Criteria(kind="run_end").select(rows)] == ["run_end"]


def test_typing_on_only_narrows_what_was_shown() -> None:
    assert Criteria("vh005").narrows(Criteria("vh0"))
    assert Criteria("vh0 health").narrows(Criteria("vh0"))
    assert Criteria("VH0").narrows(Criteria("vh"))
    assert not Criteria("vh").narrows(Criteria("vh0"))  # a letter taken back
    assert not Criteria("vh0", kind="health").narrows(Criteria("vh"))
    assert not Criteria("vh0", since=1.0).narrows(Criteria("vh"))


def test_dates_are_local_days_from_the_first_to_the_end_of_the_last(
    sealed_runs: dict[str, SealedPayload],
) -> None:
    rows = rows_of(_mixed(sealed_runs))
    day = datetime.fromtimestamp(NOW).strftime("%Y-%m-%d")  # the day of the newest, here
    newest = Criteria(since=day_start(day), until=day_end(day)).select(rows)
    assert [r.delivery for r in newest] == [rows[0].delivery]
    assert day_end(day) - day_start(day) in (DAY - 1, DAY - 1 - 3600, DAY - 1 + 3600)
    with pytest.raises(ValueError, match="not a date"):
        day_start("22.11.2026")


def test_csv_and_json_exports_round_trip_every_field(
    sealed_runs: dict[str, SealedPayload],
) -> None:
    deliveries = _mixed(sealed_runs)
    deliveries[1] = Delivery(
        **{**asdict(deliveries[1]), "summary": 'a "quoted", comma\nand a new line · ü'}
    )
    assert sorted(CSV_COLUMNS) == sorted(f.name for f in fields(Delivery))
    text = io.StringIO(newline="")
    assert write_csv(deliveries, text) == len(deliveries)
    assert "\r\n" in text.getvalue()  # RFC 4180 line ends
    header, *rows = list(csv.reader(io.StringIO(text.getvalue(), newline="")))
    assert tuple(header) == CSV_COLUMNS
    for row, delivery in zip(rows, deliveries, strict=True):
        values = dict(zip(header, row, strict=True))
        values["size"] = int(values["size"])  # type: ignore[assignment]
        values["receipt"] = json.loads(values["receipt"])  # type: ignore[assignment]
        assert Delivery.from_json(values) == delivery
    out = io.StringIO()
    assert write_json(deliveries, out) == len(deliveries)
    listed = json.loads(out.getvalue())
    assert [Delivery.from_json(item) for item in listed] == deliveries
    assert all(set(item) == set(CSV_COLUMNS) for item in listed)


def test_a_csv_cell_a_spreadsheet_would_run_is_written_as_text(
    sealed_runs: dict[str, SealedPayload],
) -> None:
    plain = _mixed(sealed_runs)[0]
    hostile = Delivery(
        **{
            **asdict(plain),
            "summary": '=HYPERLINK("http://evil.example","x")',
            "run": "+1+2",
            "instrument": "-3",
            "destination": "@SUM(A1)",
            "receipt": {"note": "=1+1"},  # a JSON object starts with "{": safe as it is
        }
    )
    text = io.StringIO(newline="")
    write_csv([hostile, plain], text)
    _, risky, safe = list(csv.reader(io.StringIO(text.getvalue(), newline="")))
    values = dict(zip(CSV_COLUMNS, risky, strict=True))
    assert values["summary"] == "'" + hostile.summary
    assert values["run"] == "'+1+2" and values["instrument"] == "'-3"
    assert values["destination"] == "'@SUM(A1)"
    assert json.loads(values["receipt"]) == {"note": "=1+1"}
    assert dict(zip(CSV_COLUMNS, safe, strict=True))["summary"] == plain.summary  # unchanged


# -- the command line -----------------------------------------------------------------------


def _recorded(sealed_runs: dict[str, SealedPayload]) -> tuple[list[Delivery], Spool]:
    paths = app_paths().ensure()
    spool = open_spool(Settings.load(paths.settings_file), paths)
    history = sent_history(paths)
    now = time.time()
    deliveries = []
    for i, sealed in enumerate(list(sealed_runs.values())[:3]):
        delivery = _delivery(sealed, now - i * 60)
        history.record(delivery, sealed.data, spool.encrypt)
        deliveries.append(delivery)
    return deliveries, spool


def test_sent_lists_filters_and_exports(
    sealed_runs: dict[str, SealedPayload], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    deliveries, _ = _recorded(sealed_runs)
    assert main(["sent"]) == 0
    listed = capsys.readouterr().out
    assert all(d.payload_id in listed and d.summary in listed for d in deliveries)
    assert "3 payload(s) sent, 3 shown (bytes kept 90 days" in listed
    serial = deliveries[1].instrument.split()[-1]
    assert main(["sent", "--search", serial, "--json", "-"]) == 0
    assert [item["payload_id"] for item in json.loads(capsys.readouterr().out)] == [
        deliveries[1].payload_id
    ]
    target = tmp_path / "sent.csv"
    assert main(["sent", "--kind", "health", "--csv", str(target)]) == 0
    assert capsys.readouterr().out == f"3 deliveries written to {target}\n"
    written = target.read_bytes()
    assert written.startswith("\ufeff".encode())  # a spreadsheet on Windows reads UTF-8
    rows = list(csv.reader(io.StringIO(written.decode("utf-8-sig"), newline="")))
    assert len(rows) == 4 and rows[0][0] == "sent_at"
    assert main(["sent", "--kind", "manual", "--json", "-"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    assert main(["sent", "--until", "2000-01-01"]) == 0
    assert "3 payload(s) sent, 0 shown" in capsys.readouterr().out
    assert main(["sent", "--since", "yesterday"]) == 2
    assert "not a date: 'yesterday'" in capsys.readouterr().err


def test_preview_shows_a_delivered_payloads_bytes_while_they_are_kept(
    sealed_runs: dict[str, SealedPayload], capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    deliveries, _ = _recorded(sealed_runs)
    first = deliveries[0]
    sealed = next(s for s in sealed_runs.values() if s.payload_id == first.payload_id)
    assert main(["preview", "--payload", first.payload_id, "--raw"]) == 0
    assert capsysbinary.readouterr().out == sealed.data
    assert main(["preview", "--payload", first.payload_id]) == 0
    shown = capsysbinary.readouterr().out.decode()
    assert f"Delivered at {first.sent_at} to https://r.example/v1/payloads" in shown
    assert first.sha256 in shown
    paths = app_paths()
    Settings.load(paths.settings_file).set("sent_retention_days", "0")
    assert sent_history(paths).prune() == 3
    assert main(["preview", "--payload", first.payload_id]) == 1
    said = capsysbinary.readouterr().err.decode()
    assert "its bytes are no longer kept on this PC" in said and "was delivered at" in said
    assert "sent_retention_days: 0" in said


def test_the_retention_setting_is_days_from_0_and_defaults_to_90() -> None:
    settings = Settings.load(app_paths().ensure().settings_file)
    assert settings.get("sent_retention_days") == 90
    settings.set("sent_retention_days", "0")
    with pytest.raises(ValueError, match="between 0 and 3650 days"):
        settings.set("sent_retention_days", "-1")
    assert sent_history(app_paths()).retention_days() == 0  # the history reads it as set
