"""RunInfo.xml: the run's identity and structure (reads, cycles, flow-cell layout)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from proactive_gui.runs.xmlfile import RunFolderError, read_xml, text


@dataclass(frozen=True)
class Read:
    number: int
    cycles: int
    is_index: bool
    reverse_complement: bool = False


@dataclass(frozen=True)
class RunInfo:
    run_id: str
    run_number: int | None
    flowcell: str
    instrument_id: str
    run_date: date | None
    reads: tuple[Read, ...]
    lanes: int
    surfaces: int
    swaths: int
    tiles_per_swath: int
    listed_tiles: int | None
    schema_version: int | None

    @property
    def planned_cycles(self) -> int:
        return sum(read.cycles for read in self.reads)

    @property
    def read_structure(self) -> str:
        """E.g. '151+8i+8i+151' (i marks an index read)."""
        return "+".join(f"{r.cycles}{'i' if r.is_index else ''}" for r in self.reads)


def parse_run_date(raw: str) -> date | None:
    """The three forms instruments write: YYMMDD, M/D/YYYY h:mm:ss AM/PM, ISO 8601."""
    raw = raw.strip()
    if not raw:
        return None
    if re.fullmatch(r"\d{6}", raw):
        return datetime.strptime(raw, "%y%m%d").date()
    if re.fullmatch(r"\d{8}", raw):
        return datetime.strptime(raw, "%Y%m%d").date()
    for pattern in ("%m/%d/%Y %I:%M:%S %p", "%m/%d/%Y"):
        try:
            return datetime.strptime(raw, pattern).date()
        except ValueError:
            pass
    try:
        return datetime.fromisoformat(raw.replace("Z", "+00:00")).date()
    except ValueError:
        return None


# Bounds checked before any work is sized by them: no instrument runs more cycles in a
# read, or has more lanes, surfaces, swaths or tiles in a swath.
MOST_CYCLES_PER_READ = 10_000
MOST_IN_A_LAYOUT = 10_000


def _int(value: str | None, what: str, path: Path, most: int = MOST_IN_A_LAYOUT) -> int:
    try:
        number = int(value or "")
    except ValueError:
        raise RunFolderError(path, f"{what} is not a whole number: {value!r}") from None
    if not 0 <= number <= most:
        raise RunFolderError(
            path, f"{what} is {number:,}; an instrument's is between 0 and {most:,}"
        )
    return number


def parse_runinfo(path: Path) -> RunInfo:
    root = read_xml(path)
    run = root.find("Run")
    if run is None:
        raise RunFolderError(path, "no <Run> element: this is not a RunInfo file")
    reads = []
    for element in run.findall("Reads/Read"):
        reads.append(
            Read(
                number=_int(element.get("Number"), "a read number", path),
                cycles=_int(
                    element.get("NumCycles"), "a read's NumCycles", path, MOST_CYCLES_PER_READ
                ),
                is_index=element.get("IsIndexedRead", "N").upper() == "Y",
                reverse_complement=element.get("IsReverseComplement", "N").upper() == "Y",
            )
        )
    if not reads:
        raise RunFolderError(path, "no reads are listed under <Reads>")
    layout = run.find("FlowcellLayout")
    if layout is None:
        raise RunFolderError(path, "no <FlowcellLayout> element")
    tiles = run.findall("FlowcellLayout/TileSet/Tiles/Tile")
    version = root.get("Version")
    number = run.get("Number")
    return RunInfo(
        run_id=run.get("Id", ""),
        run_number=int(number) if number and number.isdigit() else None,
        flowcell=text(run.find("Flowcell")),
        instrument_id=text(run.find("Instrument")),
        run_date=parse_run_date(text(run.find("Date"))),
        reads=tuple(sorted(reads, key=lambda r: r.number)),
        lanes=_int(layout.get("LaneCount"), "LaneCount", path),
        surfaces=_int(layout.get("SurfaceCount", "1"), "SurfaceCount", path),
        swaths=_int(layout.get("SwathCount", "1"), "SwathCount", path),
        tiles_per_swath=_int(layout.get("TileCount", "1"), "TileCount", path),
        listed_tiles=len(tiles) if tiles else None,
        schema_version=int(version) if version and version.isdigit() else None,
    )
