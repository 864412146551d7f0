"""Read, change and write Illumina InterOp record files, to make faulty copies of real runs.

Tests use this to degrade copies of the real run folders in ../shared/runs (optics decay in
one channel, a bubble, focus drift, low density / %PF in a lane, high phasing) and to grow a
copy of a finished folder cycle by cycle, as if the instrument were still writing it. Every
rewrite keeps interop's binary layout, so interop (and the app) read the copy as real data.

Layouts are the documented ones of Illumina InterOp (github.com/Illumina/interop), from the
``@page`` comments and ``map_stream`` code in ``src/interop/model/metrics/*.cpp`` (declared
in ``interop/model/metrics/extraction_metric.h``, ``tile_metric.h``, ``error_metric.h``,
``q_metric.h``, ``corrected_intensity_metric.h``, ``image_metric.h``, ``phasing_metric.h``,
``extended_tile_metric.h``, ``q_collapsed_metric.h``, ``q_by_lane_metric.h``; list in
``docs/src/binary_formats.md``). All little-endian, packed. Byte 0 is the version, byte 1
the record size; some versions add header fields (channel count, Q-score bins, adapters,
tile area), which are kept as raw bytes. Supported (kind: versions):

    Extraction 2, 3       CorrectedInt 2, 3, 4   Error 3, 4, 5, 6     Q 4, 5, 6, 7
    QByLane 4, 5, 6       QCollapsed 2 - 6     Image 1, 2, 3        EmpiricalPhasing 1, 2
    Tile 2, 3             ExtendedTile 1, 2, 3

Not parsed: Index and Control (records of variable length, per tile, no cycle), SummaryRun,
and the formats interop does not document (Alignment, Basecalling, ClusterStats, Diversity,
Event, FWHMGrid, ImageQuality, InsertSize, LogLikelihood, Optical, OpticalModel, PFGrid,
RawFWHMGrid, Reconstruction, Registration, RunInfo). interop 1.9 reads none of the
undocumented ones.
"""

from __future__ import annotations

import shutil
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

import numpy as np
import numpy.typing as npt

from proactive_gui.runs.records import (  # the read side is the app's own
    LAYOUTS,
    InteropFile,
    UnsupportedFormatError,
    kind_of,
    read_records,
)

__all__ = ["LAYOUTS", "InteropFile", "UnsupportedFormatError", "kind_of", "read_records"]

Ids = npt.NDArray[np.integer]
PerRecord = Callable[[Ids, Ids, Ids], npt.ArrayLike]
"""(lane, tile, cycle) arrays, one element per record -> a value (or array of values) each."""

COMPLETION_MARKERS = frozenset(
    {"RunCompletionStatus.xml", "RTAComplete.txt", "CopyComplete.txt", "SequenceComplete.txt"}
)
# Unparsed files that hold no per-cycle records (seen in the shared folders' bytes or in
# interop's docs): truncate_folder_to_cycle copies these whole and leaves other unparsed
# files out (Alignment, Basecalling, ClusterStats, Diversity, Event, FWHMGrid, ImageQuality,
# InsertSize, LogLikelihood, RawFWHMGrid, Reconstruction, Registration, ...).
NOT_PER_CYCLE = frozenset(
    {"Index", "Control", "SummaryRun", "RunInfo", "Optical", "OpticalModel", "PFGrid"}
)


def write_records(path: Path, file: InteropFile) -> None:
    """Write header and records back; unchanged records give the file's bytes exactly."""
    temporary = path.with_name(path.name + ".part")
    temporary.write_bytes(file.header + file.records.tobytes())
    temporary.replace(path)  # a reader never sees half a file


def _rewrite(path: Path, change: Callable[[np.ndarray], None]) -> InteropFile:
    file = read_records(path)
    change(file.records)
    write_records(path, file)
    return file


def _per_record(values: npt.ArrayLike, records: np.ndarray) -> np.ndarray:
    return np.broadcast_to(np.asarray(values, dtype=np.float64), records.shape)


def grow_folder_to_cycle(source_run: Path, target_run: Path, last_cycle: int) -> None:
    """As ``truncate_folder_to_cycle``, but each per-cycle file as the instrument had
    written it when it began the cycle after ``last_cycle``: the records before the first
    one of a later cycle, in file order. Instruments append, and not strictly in cycle
    order (a few tiles of a cycle come after the next cycle's first), so each state is a
    prefix of the next, as the files on a running instrument are."""
    truncate_folder_to_cycle(source_run, target_run, last_cycle, as_written=True)


def truncate_folder_to_cycle(
    source_run: Path, target_run: Path, last_cycle: int, *, as_written: bool = False
) -> None:
    """Copy ``source_run`` to ``target_run`` as it was after ``last_cycle`` was written.

    Everything is copied except the completion markers (COMPLETION_MARKERS) and InterOp/
    sub-folders (by-cycle InterOp). Each InterOp file whose records have a cycle keeps only
    records with cycle <= last_cycle; parsed files without a cycle (Tile, ExtendedTile) and
    unparsed NOT_PER_CYCLE files (Index, Control, SummaryRun, RunInfo, Optical,
    OpticalModel, PFGrid) are copied whole; the other unparsed files (Alignment,
    Basecalling, ClusterStats, Diversity, Event, FWHMGrid, ImageQuality, InsertSize,
    LogLikelihood, RawFWHMGrid, Reconstruction, Registration, and any unknown name) are
    left out. The XML is copied as is (e.g. NextSeq's CompletedCycles is not changed).

    ``target_run`` may already exist (call again with a larger ``last_cycle`` to grow it);
    files are replaced whole, so a reader never sees half a file.
    """
    interop = source_run / "InterOp"
    shutil.copytree(
        source_run,
        target_run,
        ignore=lambda folder, names: [
            n for n in names if n in COMPLETION_MARKERS or Path(folder, n) == interop
        ],
        dirs_exist_ok=True,
    )
    if not interop.is_dir():
        return
    (target_run / "InterOp").mkdir(exist_ok=True)
    for path in sorted(p for p in interop.iterdir() if p.is_file()):
        target = target_run / "InterOp" / path.name
        try:
            file = read_records(path)
        except UnsupportedFormatError:
            if kind_of(path) in NOT_PER_CYCLE:
                shutil.copyfile(path, target)
            continue
        if file.has_cycle and as_written:
            later = np.flatnonzero(file.records["cycle"] > last_cycle)
            file.records = file.records[: later[0] if len(later) else len(file.records)]
        elif file.has_cycle:
            file.records = file.records[file.records["cycle"] <= last_cycle]
        write_records(target, file)


def _channels(values: np.ndarray, channel: int | None) -> slice:
    """The columns of (records, channels) ``values`` that ``channel`` names (None: all)."""
    if channel is None:
        return slice(None)
    if not 0 <= channel < values.shape[1]:
        raise IndexError(f"channel {channel}: the file has {values.shape[1]} channels")
    return slice(channel, channel + 1)


def _scale_p90(run: Path, channel: int | None, factor_from: PerRecord) -> None:
    def change(records: np.ndarray) -> None:
        ids = records["lane"], records["tile"], records["cycle"]
        factor = _per_record(factor_from(*ids), records)
        p90 = records["p90"]  # a view: (records, channels)
        columns = _channels(p90, channel)
        scaled = np.rint(p90[:, columns] * factor[:, None])
        p90[:, columns] = np.clip(scaled, 0, np.iinfo(np.uint16).max)

    _rewrite(run / "InterOp" / "ExtractionMetricsOut.bin", change)


def scale_intensity(run: Path, channel: int, factor_from: PerRecord) -> None:
    """ExtractionMetricsOut, in place: P90 of channel index ``channel`` (in the file's
    channel order, as interop's P90/<name> columns) times factor_from(lane, tile, cycle).
    P90 is uint16: the product is rounded to the nearest integer and clipped to 0..65535."""
    _scale_p90(run, channel, factor_from)


def scale_intensity_all_channels(run: Path, factor_from: PerRecord) -> None:
    """As scale_intensity, for every channel (e.g. a bubble: factor 0.4 on two tiles)."""
    _scale_p90(run, None, factor_from)


def shift_focus(run: Path, delta_from: PerRecord, channel: int | None = None) -> None:
    """ExtractionMetricsOut, in place: add delta_from(lane, tile, cycle) to FWHM (focus,
    float32) of channel index ``channel``, or of every channel when it is None."""

    def change(records: np.ndarray) -> None:
        delta = _per_record(delta_from(records["lane"], records["tile"], records["cycle"]), records)
        fwhm = records["fwhm"]
        fwhm[:, _channels(fwhm, channel)] += delta.astype(np.float32)[:, None]

    _rewrite(run / "InterOp" / "ExtractionMetricsOut.bin", change)


def set_lane_tile_metrics(run: Path, lane: int, pf_factor: float, density_factor: float) -> None:
    """TileMetricsOut, in place, every tile of ``lane``: cluster density x density_factor,
    PF clusters x density_factor x pf_factor, so that %PF is pf_factor x the original.

    v2: codes 100 and 102 (density, clusters) x density_factor, 101 and 103 (PF density,
    PF clusters) x density_factor x pf_factor. v3 has no density field (interop divides the
    cluster counts by the tile area in the header): the 't' records' cluster_count and
    pf_cluster_count are scaled. ExtendedTileMetricsOut is not changed, so % Occupied
    (occupied / cluster count) moves by 1 / density_factor."""

    def change(records: np.ndarray) -> None:
        in_lane = records["lane"] == lane
        if not in_lane.any():
            raise ValueError(f"{run.name}: no tile records in lane {lane}")
        if "value" in (records.dtype.names or ()):  # v2
            code = records["code"]
            records["value"][in_lane & np.isin(code, (100, 102))] *= density_factor
            records["value"][in_lane & np.isin(code, (101, 103))] *= density_factor * pf_factor
        else:
            tile = in_lane & (records["code"] == b"t")
            records["cluster_count"][tile] *= density_factor
            records["pf_cluster_count"][tile] *= density_factor * pf_factor

    _rewrite(run / "InterOp" / "TileMetricsOut.bin", change)


def cycle_to_read(run: Path) -> tuple[np.ndarray, np.ndarray]:
    """From RunInfo.xml: read number and cycle within read, indexed by cycle (0 unused)."""
    reads = ET.parse(run / "RunInfo.xml").getroot().iter("Read")
    read_of, within = [0], [0]
    for read in reads:  # in document order, as interop numbers cycles
        count = int(read.get("NumCycles", "0"))
        read_of += [int(read.get("Number", "0"))] * count
        within += list(range(1, count + 1))
    return np.array(read_of), np.array(within)


def add_phasing(run: Path, delta_from: PerRecord, *, prephasing: bool = False) -> list[str]:
    """Raise phasing (or prephasing) by delta_from(lane, tile, read) percent per cycle.

    Returns the files changed; raises UnsupportedFormatError when the folder has neither.
    - TileMetricsOut v2 (MiSeq, HiSeq): codes 200 + 2(read-1) (phasing) or 201 + 2(read-1)
      (prephasing) get delta / 100 added (the file holds a fraction; interop's Legacy
      Phasing Rate is value x 100). TileMetricsOut v3 has no phasing records.
    - EmpiricalPhasingMetricsOut (NextSeq 2000, NovaSeq 6000, MiSeq i100): each cycle's
      phasing (prephasing) weight gets delta x cycle-within-read added (reads from
      RunInfo.xml), so interop's fitted slope -- its Legacy Phasing Rate when the tile file
      has none -- rises by delta, and the fitted offset stays.
    """
    changed: list[str] = []
    tile_path = run / "InterOp" / "TileMetricsOut.bin"
    if tile_path.is_file() and read_records(tile_path).version == 2:

        def change_tile(records: np.ndarray) -> None:
            offset = records["code"].astype(np.int64) - (201 if prephasing else 200)
            ours = (offset >= 0) & (offset < 100) & (offset % 2 == 0)
            rows = records[ours]
            delta = _per_record(delta_from(rows["lane"], rows["tile"], offset[ours] // 2 + 1), rows)
            records["value"][ours] += (delta / 100).astype(np.float32)

        _rewrite(tile_path, change_tile)
        changed.append(tile_path.name)
    phasing_path = run / "InterOp" / "EmpiricalPhasingMetricsOut.bin"
    if phasing_path.is_file():
        read_of, within = cycle_to_read(run)

        def change_weights(records: np.ndarray) -> None:
            cycle = records["cycle"]
            read = read_of[cycle]
            delta = _per_record(delta_from(records["lane"], records["tile"], read), records)
            field = "prephasing_weight" if prephasing else "phasing_weight"
            records[field] += (delta * within[cycle]).astype(np.float32)

        _rewrite(phasing_path, change_weights)
        changed.append(phasing_path.name)
    if not changed:
        raise UnsupportedFormatError(
            f"{run.name}: no TileMetricsOut v2 or EmpiricalPhasingMetricsOut"
        )
    return changed
