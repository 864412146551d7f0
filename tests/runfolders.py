"""Helpers for tests that use the real run folders in ../shared/runs."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import SHARED_RUNS

ALL_RUNS = (
    sorted(p.name for p in SHARED_RUNS.iterdir() if p.is_dir()) if SHARED_RUNS.is_dir() else []
)


def run_path(name: str) -> Path:
    path = SHARED_RUNS / name
    if not path.is_dir():
        pytest.skip(f"{path} is not here (../shared/runs)")
    return path


def copy_run(name: str, dest: Path) -> Path:
    target = dest / name
    shutil.copytree(run_path(name), target)
    return target


def truncate_to_cycle(source: Path, target: Path, last_cycle: int) -> int:
    """Write ``target`` with only the records of ``source`` up to ``last_cycle``.

    For the classic InterOp layout (a 2-byte header: version, record size; each record
    starting lane u16, tile u16, cycle u16), as in MiSeq/HiSeq files. Returns records kept.
    """
    data = source.read_bytes()
    record = data[1]
    body = data[2:]
    kept = bytearray(data[:2])
    count = 0
    for offset in range(0, len(body) - record + 1, record):
        chunk = body[offset : offset + record]
        if int.from_bytes(chunk[4:6], "little") <= last_cycle:
            kept += chunk
            count += 1
    target.write_bytes(bytes(kept))
    return count
