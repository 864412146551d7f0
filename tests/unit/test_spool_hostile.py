"""The spool under a hostile folder and a wrong clock: stray files are ignored and named,
records renamed into each other are quarantined with the reason, and a clock correction
never drops a payload as "too old". The clocks are the spool's own (injected), never
the system's."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from proactive_gui.cli import main
from proactive_gui.instrument.simulator import demo_store
from proactive_gui.paths import app_paths
from proactive_gui.payload.build import build
from proactive_gui.payload.seal import SealedPayload, seal
from proactive_gui.settings import Settings
from proactive_gui.uplink.engine import UploadEngine
from proactive_gui.uplink.history import SentHistory
from proactive_gui.uplink.keys import SpoolKey
from proactive_gui.uplink.setup import open_spool
from proactive_gui.uplink.spool import RecordUnreadableError, Spool, SpoolPolicy
from proactive_gui.uplink.transport import TransportConfig

KEY = SpoolKey(bytes(range(32)), "keyring")
DAY = 86400.0
NOW = 1_795_000_000.0  # 2026-11-18, the "correct" time in these tests


def _payloads(count: int) -> list[SealedPayload]:
    store = demo_store(epoch=0.0)
    return [seal(build("health", store, machine=[], opted_in=True)) for _ in range(count)]


class Clocks:
    """The spool's wall clock (which someone may set wrong, then correct) and this
    PC's monotonic clock (which only moves forward, and starts again at boot)."""

    def __init__(self, wall: float, monotonic: float = 1000.0) -> None:
        self.now = wall
        self.uptime = monotonic

    def wall(self) -> float:
        return self.now

    def monotonic(self) -> float:
        return self.uptime

    def elapse(self, seconds: float) -> None:
        self.now += seconds
        self.uptime += seconds


def _spool(folder: Path, clocks: Clocks, max_age_days: float = 30) -> Spool:
    policy = SpoolPolicy(max_age_s=max_age_days * DAY)
    return Spool(folder, KEY, policy, wall_clock=clocks.wall, monotonic=clocks.monotonic)


# -- finding 4: age survives clock corrections --------------------------------------------


def test_a_clock_correction_does_not_drop_payloads_as_too_old(tmp_path: Path) -> None:
    clocks = Clocks(wall=NOW - 40 * DAY)  # the PC's clock is 40 days slow
    spool = _spool(tmp_path / "spool", clocks)
    for payload in _payloads(3):
        spool.put(payload)
    clocks.elapse(120)
    assert spool.enforce_policy() == 0
    clocks.now = NOW  # NTP corrects the clock: 40 days forward at once
    clocks.elapse(300)  # minutes later
    assert spool.enforce_policy() == 0
    assert len(spool.pending()) == 3 and spool.dropped() == 0
    # a restart of the app reads what this PC has seen of their age
    again = _spool(tmp_path / "spool", clocks)
    clocks.elapse(600)
    assert again.enforce_policy() == 0 and len(again.pending()) == 3
    # dropped once both clocks agree they waited past the limit
    clocks.elapse(30 * DAY)
    assert again.enforce_policy() == 3
    assert again.pending() == [] and again.dropped() == 3


def test_a_reboot_never_counts_more_age_than_has_passed(tmp_path: Path) -> None:
    clocks = Clocks(wall=NOW - 40 * DAY, monotonic=50 * DAY)  # up for 50 days
    spool = _spool(tmp_path / "spool", clocks)
    spool.put(_payloads(1)[0])
    assert spool.enforce_policy() == 0
    clocks.now, clocks.uptime = NOW, 60.0  # rebooted, the clock corrected on the way
    assert _spool(tmp_path / "spool", clocks).enforce_policy() == 0
    assert len(spool.pending()) == 1


def test_a_payload_truly_too_old_is_still_dropped(tmp_path: Path) -> None:
    clocks = Clocks(wall=NOW)
    spool = _spool(tmp_path / "spool", clocks, max_age_days=1)
    first, second = _payloads(2)
    spool.put(first)
    clocks.elapse(0.5 * DAY)
    assert spool.enforce_policy() == 0
    spool.put(second)
    clocks.elapse(0.6 * DAY)
    assert spool.enforce_policy() == 1
    assert [r.payload_id for r in spool.pending()] == [second.payload_id]


# -- finding 6: files that are not records ------------------------------------------------


STRAYS = ("backup copy.rec", "notes.txt", "00000000000000000001-not-a-uuid.rec", "-.rec")


def _with_strays(folder: Path) -> Spool:
    spool = Spool(folder, KEY)
    for payload in _payloads(2):
        spool.put(payload)
    original = spool.pending()[0].path.read_bytes()
    for name in STRAYS:
        (folder / name).write_bytes(original)  # e.g. a technician's copy of a record
    (folder / "parked" / "old backup.rec").write_bytes(b"x")
    (folder / "quarantine" / "copy of it.rec").write_bytes(b"x")
    return spool


def test_files_that_are_not_records_are_ignored_and_named(tmp_path: Path) -> None:
    spool = _with_strays(tmp_path / "spool")
    assert len(spool.pending()) == 2
    count, size, oldest = spool.queue_size()
    assert count == 2 and size > 0 and oldest is not None
    assert spool.parked() == [] and spool.quarantined() == []
    assert sorted(p.name for p in spool.strays()) == sorted(
        [*STRAYS, "old backup.rec", "copy of it.rec"]
    )
    assert spool.enforce_policy() == 0
    assert spool.find("backup copy") is None


def test_status_and_the_engine_ignore_stray_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = app_paths().ensure()
    spool = _with_strays(paths.spool_dir)
    assert main(["status", "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["queue"]["count"] == 2
    assert sorted(summary["strays"]) == sorted(
        [*STRAYS, "parked/old backup.rec", "quarantine/copy of it.rec"]
    )
    assert main(["status"]) == 0
    text = capsys.readouterr().out
    assert "Not a queue record, ignored: backup copy.rec" in text
    engine = UploadEngine(
        spool,
        SentHistory(tmp_path / "sent.jsonl"),
        config=lambda: TransportConfig("https://127.0.0.1:9"),
        token=lambda: None,
        opted_in=lambda: False,
    )
    engine.step()  # opted out: looks at nothing, but must not crash either
    assert len(spool.pending()) == 2


# -- finding 7: a record's name and its payload must agree --------------------------------


def _swap(first: Path, second: Path) -> None:
    aside = first.with_name("swap.tmp")
    first.replace(aside)
    second.replace(first)
    aside.replace(second)


def test_records_renamed_into_each_other_are_quarantined_with_the_reason(
    tmp_path: Path,
) -> None:
    spool = Spool(tmp_path / "spool", KEY)
    a, b, c = _payloads(3)
    for payload in (a, b, c):
        spool.put(payload)
    record_a, record_b, _ = spool.pending()
    _swap(record_a.path, record_b.path)
    with pytest.raises(RecordUnreadableError, match=b.payload_id):
        spool.read(record_a)
    engine = UploadEngine(
        spool,
        SentHistory(tmp_path / "sent.jsonl"),
        config=lambda: TransportConfig("https://127.0.0.1:9"),
        token=lambda: None,
        opted_in=lambda: True,
    )
    engine.step()
    engine.step()
    quarantined = {r.payload_id: r.reason() for r in spool.quarantined()}
    assert set(quarantined) == {a.payload_id, b.payload_id}
    assert b.payload_id in quarantined[a.payload_id] and "name" in quarantined[a.payload_id]
    assert [r.payload_id for r in spool.pending()] == [c.payload_id]


def test_preview_of_a_renamed_record_does_not_show_the_other_payload(
    capsys: pytest.CaptureFixture[str],
) -> None:
    paths = app_paths().ensure()
    spool = open_spool(Settings.load(paths.settings_file), paths)
    a, b = _payloads(2)
    spool.put(a)
    spool.put(b)
    record_a, record_b = spool.pending()
    _swap(record_a.path, record_b.path)
    assert main(["preview", "--payload", a.payload_id]) == 1
    shown = capsys.readouterr()
    assert b.payload_id in shown.err and "name" in shown.err
    assert b.sha256 not in shown.out and b.payload_id not in shown.out
