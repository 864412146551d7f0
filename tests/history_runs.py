"""Series of runs for the history tests, made from the real run folders in ../shared/runs:
copies with new run ids, serials, dates and kits (their XML rewritten), whose InterOp
intensity can be scaled run by run (``tests.interop_records``), read back with the
app's own reader."""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

from tests import interop_records as records
from tests.runfolders import run_path

NEXTSEQ = "NextSeq2000_220112_VH00559_4_AAANY2JM5"
MISEQ = "MiSeq_140211_M00612_0148_000000000-A7M8N"
# Files interop 1.9 does not read and the app does not follow (tests/interop_records.py):
# left out of the copies to keep them small (11 of the NextSeq folder's 14 MB).
NOT_READ = {
    "EventMetricsOut.bin",
    "ReconstructionMetricsOut.bin",
    "RegistrationMetricsOut.bin",
    "RawFWHMGridMetricsOut.bin",
    "FWHMGridMetricsOut.bin",
    "AlignmentMetricsOut.bin",
    "BasecallingMetricsOut.bin",
}


def _sub(path: Path, pattern: str, replacement: str) -> None:
    text = path.read_text(encoding="utf-8")
    changed, count = re.subn(pattern, replacement, text)
    assert count, f"{path.name}: {pattern!r} not found"
    path.write_text(changed, encoding="utf-8")


def copy_as_run(
    name: str,
    dest: Path,
    number: int,
    started: datetime,
    serial: str | None = None,
    kit: tuple[str, str] | None = None,
) -> Path:
    """A copy of the shared run ``name`` as run ``number`` of instrument ``serial`` (its
    own by default), started at ``started``; ``kit`` (part number, mode) replaces the
    NextSeq cartridge's. The folder is named after the new run id."""
    source = run_path(name)
    parts = name.split("_")
    own_serial = next(p for p in parts if re.fullmatch(r"[A-Z]+\d+", p))
    serial = serial or own_serial
    flowcell = parts[-1]
    run_id = f"{started:%y%m%d}_{serial}_{number:04d}_{flowcell}"
    target = dest / run_id
    shutil.copytree(
        source, target, ignore=lambda _folder, names: [n for n in names if n in NOT_READ]
    )
    for path in target.rglob("*"):
        path.chmod(0o644 if path.is_file() else 0o755)  # the shared files are read-only
    info = next(p for p in target.iterdir() if p.name.lower() == "runinfo.xml")
    _sub(info, r'Id="[^"]*"', f'Id="{run_id}"')
    _sub(info, r'(<Run\b[^>]*\bNumber=")\d+"', rf'\g<1>{number}"')
    _sub(info, r"<Instrument>[^<]*</Instrument>", f"<Instrument>{serial}</Instrument>")
    stamp = started.strftime("%Y-%m-%dT%H:%M:%SZ")
    if "<Date>" in info.read_text():
        date = stamp if name.startswith("NextSeq") else started.strftime("%y%m%d")
        _sub(info, r"<Date>[^<]*</Date>", f"<Date>{date}</Date>")
    params = next(p for p in target.iterdir() if p.name.lower() == "runparameters.xml")
    text = params.read_text()
    if "<InstrumentSerialNumber>" in text:
        _sub(params, r"<InstrumentSerialNumber>[^<]*<", f"<InstrumentSerialNumber>{serial}<")
    if "<ScannerID>" in text:
        _sub(params, r"<ScannerID>[^<]*<", f"<ScannerID>{serial}<")
    if "<RunStartTime>" in text:
        _sub(params, r"<RunStartTime>[^<]*<", f"<RunStartTime>{stamp}<")
        ended = (started + timedelta(hours=20)).strftime("%Y-%m-%dT%H:%M:%SZ")
        _sub(params, r"<RunEndTime>[^<]*<", f"<RunEndTime>{ended}<")
    if kit is not None:
        _sub(params, r"<CartridgePartNumber>[^<]*<", f"<CartridgePartNumber>{kit[0]}<")
        _sub(params, r"<CartridgeMode>[^<]*<", f"<CartridgeMode>{kit[1]}<")
    return target


def scale_channel(run: Path, channel: int, factor: float) -> None:
    """Every P90 of one channel of the run times ``factor`` (a dimmer laser or camera)."""
    records.scale_intensity(run, channel, lambda lane, tile, cycle: np.full(len(lane), factor))


Factor = Callable[[int], float]
