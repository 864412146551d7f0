"""The history database: where it lives, its schema and migrations, one row per run,
and a damaged file kept aside and rebuilt."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from proactive_gui.history.records import COMPLETE, ChannelSummary, RunFinding, RunRecord
from proactive_gui.history.store import SCHEMA_VERSION, HistoryError, HistoryStore
from proactive_gui.paths import app_paths


def _record(
    key: str = "220112_VH00559_4_AAANY2JM5", folder: str = "/runs/a", **kw: object
) -> RunRecord:
    fields: dict[str, object] = {
        "key": key,
        "folder": folder,
        "signature": "s1",
        "scanned_at": 1.0,
        "state": COMPLETE,
        "run_id": key,
        "serial": "VH00559",
        "started": "2022-01-12T13:49:36Z",
        "channels": (
            ChannelSummary(
                "intensity_blue",
                "optical",
                "Intensity P90 (blue)",
                "counts",
                "ok",
                373.5,
                -20.0,
                -13.4,
                380.0,
                12.0,
                318,
            ),
        ),
        "findings": (RunFinding("optical", "warning", "intensity_blue", "dim"),),
        "read_lengths": (151, 151),
        "chemistry": ("green", "blue"),
    }
    fields.update(kw)
    return RunRecord(**fields)  # type: ignore[arg-type]


def test_the_database_lives_in_the_app_home_and_uses_wal(app_home: Path) -> None:
    path = app_paths().instrument_history_file
    assert path.is_relative_to(app_home)
    with HistoryStore(path) as store:
        assert store.schema_version == SCHEMA_VERSION
    mode = sqlite3.connect(path).execute("PRAGMA journal_mode").fetchone()[0]
    assert mode == "wal"


def test_a_record_comes_back_as_it_was_stored(tmp_path: Path) -> None:
    with HistoryStore(tmp_path / "h.sqlite") as store:
        record = _record()
        store.put(record)
        assert store.runs() == [record]


def test_a_run_stored_again_replaces_its_row_and_is_never_stored_twice(tmp_path: Path) -> None:
    with HistoryStore(tmp_path / "h.sqlite") as store:
        store.put(_record(signature="s1", cycles_done=20))
        store.put(_record(signature="s2", cycles_done=40))
        runs = store.runs()
        assert [(r.signature, r.cycles_done) for r in runs] == [("s2", 40)]


def test_a_folder_first_stored_as_damaged_then_read_keeps_one_row(tmp_path: Path) -> None:
    with HistoryStore(tmp_path / "h.sqlite") as store:
        store.put(_record(key="folder:/runs/a", run_id="", state="damaged", damaged="bad"))
        store.put(_record())
        assert [r.key for r in store.runs()] == ["220112_VH00559_4_AAANY2JM5"]


def test_a_gone_run_stays_marked_as_gone(tmp_path: Path) -> None:
    with HistoryStore(tmp_path / "h.sqlite") as store:
        store.put(_record())
        assert store.mark_gone(["/runs/a"]) == 1
        (run,) = store.runs()
        assert run.gone and run.channels  # its health is kept


def test_a_damaged_database_is_kept_aside_rebuilt_and_said_once(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite"
    path.write_bytes(b"this is not a database, a disk error wrote over it" * 100)
    with HistoryStore(path) as store:
        assert store.count() == 0
        store.put(_record())
        notice = store.take_notice()
        assert notice and "damaged" in notice and "rebuilt from the run folders" in notice
        assert store.take_notice() is None
    aside = [p for p in tmp_path.iterdir() if ".damaged-" in p.name]
    assert len(aside) == 1 and aside[0].name in (notice or "")
    assert aside[0].read_bytes().startswith(b"this is not a database")
    with HistoryStore(path) as store:  # the new one is kept
        assert store.count() == 1 and store.take_notice() is None


def test_a_database_of_a_newer_version_is_refused_with_a_sentence(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite"
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.close()
    with pytest.raises(HistoryError, match="newer version of the app"):
        HistoryStore(path)


def test_opening_again_applies_no_migration_twice_and_keeps_the_rows(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite"
    with HistoryStore(path) as store:
        store.put(_record())
    with HistoryStore(path) as store:  # opening again applies nothing twice
        assert store.schema_version == SCHEMA_VERSION and store.count() == 1
