"""Illumina InterOp record files read with numpy, and followed as they grow.

interop (Illumina's C++ library, in a worker process) reads a whole folder at once. While
a run is written, the per-cycle files only grow: the instrument appends each cycle's
records. ``RecordTail`` reads just the records appended since the last look, so that
following a run costs the same at its last cycle as at its first.

Layouts are the documented ones of Illumina InterOp (github.com/Illumina/interop), from the
``@page`` comments and ``map_stream`` code in ``src/interop/model/metrics/*.cpp``; list in
``docs/src/binary_formats.md``. All little-endian, packed. Byte 0 is the version, byte 1
the record size; some versions add header fields (channel count, Q-score bins, adapters,
tile area), kept as raw bytes. Supported (kind: versions):

    Extraction 2, 3       CorrectedInt 2, 3, 4   Error 3, 4, 5, 6     Q 4, 5, 6, 7
    QByLane 4, 5, 6       QCollapsed 2 - 6     Image 1, 2, 3        EmpiricalPhasing 1, 2
    Tile 2, 3             ExtendedTile 1, 2, 3

Pure Python and numpy: a corrupt file raises ``UnsupportedFormatError`` with a sentence,
never crashes the process, so these files are read in the app's own process.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

import numpy as np

HEADER_PEEK = 4096  # more than any header: channel count, Q-score bins, adapters
Layout = Callable[[bytes], tuple[int, np.dtype]]
"""File bytes -> (header length, record dtype)."""


class UnsupportedFormatError(ValueError):
    """The file's kind or version has no layout here, or its bytes do not fit the layout."""


class HeaderIncompleteError(UnsupportedFormatError):
    """The file ends before its header does (empty, or still being written)."""


@dataclass
class InteropFile:
    """One InterOp file: its header bytes as they were, and its records."""

    kind: str  # "Extraction", "Tile", "QCollapsed", ... (see kind_of)
    header: bytes  # every byte before the first record
    records: np.ndarray  # structured, packed little-endian; one element per record

    @property
    def version(self) -> int:
        return self.header[0]

    @property
    def has_cycle(self) -> bool:
        return "cycle" in (self.records.dtype.names or ())


def kind_of(path: Path) -> str:
    """``ExtractionMetricsOut.bin`` -> ``Extraction``; ``QMetrics2030Out.bin`` -> ``QCollapsed``."""
    stem = path.name.removesuffix(".bin").removesuffix("Out")
    special = {"QMetrics2030": "QCollapsed", "QMetricsByLane": "QByLane"}
    return special.get(stem, stem.removesuffix("Metrics"))


ID16 = [("lane", "<u2"), ("tile", "<u2"), ("cycle", "<u2")]
ID32 = [("lane", "<u2"), ("tile", "<u4"), ("cycle", "<u2")]


def _plain(*fields: tuple[str, str] | tuple[str, str, tuple[int]]) -> Layout:
    dtype = np.dtype(list(fields))
    return lambda data: (2, dtype)


def _by_channel(ids: list[tuple[str, str]], *fields: tuple[str, str]) -> Layout:
    """Byte 2 is the channel count; each field has one value per channel."""
    return lambda data: (3, np.dtype(ids + [(name, t, (data[2],)) for name, t in fields]))


def _q_bins(data: bytes) -> tuple[int, int]:
    """Header length and bin count after byte 2 (has-bins flag) and byte 3 (bin count)."""
    return (4 + 3 * data[3], data[3]) if data[2] else (3, 0)


def _q_histogram(ids: list[tuple[str, str]], fixed_50: bool = False) -> Layout:
    """Q: one count per Q-score bin (50 bins without a bin header, or in v4/v5)."""

    def layout(data: bytes) -> tuple[int, np.dtype]:
        length, bins = _q_bins(data)
        shape = (50 if fixed_50 or not bins else bins,)
        return length, np.dtype([*ids, ("histogram", "<u4", shape)])

    return layout


def _q_collapsed(binned: bool) -> Layout:
    """QMetrics2030: q20, q30, total (uint32) and, if the record size is 22, the median
    Q-score (float32 in interop's code; its doc page says uint32)."""

    def layout(data: bytes) -> tuple[int, np.dtype]:
        fields = [*ID16, ("q20", "<u4"), ("q30", "<u4"), ("total", "<u4")]
        median = [("median_score", "<f4")] if data[1] == 22 else []
        return _q_bins(data)[0] if binned else 2, np.dtype(fields + median)

    return layout


def _error_v6(data: bytes) -> tuple[int, np.dtype]:
    adapters, bases = int.from_bytes(data[2:4], "little"), int.from_bytes(data[4:6], "little")
    fields = [*ID32, ("error_rate", "<f4"), ("adapter_trimmed", "<f4", (adapters,))]
    return 6 + adapters * bases, np.dtype(fields)


def _tile_v3(data: bytes) -> tuple[int, np.dtype]:
    """Byte 2-5: tile area (float32; interop calls it density, density = count / area).
    Records: code b't' -> cluster_count, pf_cluster_count; code b'r' -> read, percent_aligned
    (the same bytes, so the fields overlap)."""
    names = ["lane", "tile", "code", "cluster_count", "pf_cluster_count", "read", "percent_aligned"]
    formats = ["<u2", "<u4", "S1", "<f4", "<f4", "<u4", "<f4"]
    offsets = [0, 2, 6, 7, 11, 7, 11]
    return 6, np.dtype({"names": names, "formats": formats, "offsets": offsets, "itemsize": 15})


_COQ = ("called_counts", "<u4", (5,))  # base calls: no call, A, C, G, T
LAYOUTS: dict[tuple[str, int], Layout] = {
    ("Extraction", 2): _plain(
        *ID16, ("fwhm", "<f4", (4,)), ("p90", "<u2", (4,)), ("datetime", "<u8")
    ),
    ("Extraction", 3): _by_channel(ID32, ("fwhm", "<f4"), ("p90", "<u2")),
    ("CorrectedInt", 2): _plain(
        *ID16,
        ("average_intensity", "<u2"),
        ("corrected_intensity", "<u2", (4,)),
        ("corrected_intensity_called", "<u2", (4,)),
        _COQ,
        ("signal_to_noise", "<f4"),
    ),
    ("CorrectedInt", 3): _plain(*ID16, ("corrected_intensity_called", "<u2", (4,)), _COQ),
    ("CorrectedInt", 4): _plain(*ID32, _COQ),
    # reads_with_errors[k]: reads with k errors (k = 0..4); 0 = perfect reads
    ("Error", 3): _plain(*ID16, ("error_rate", "<f4"), ("reads_with_errors", "<u4", (5,))),
    ("Error", 4): _plain(*ID32, ("error_rate", "<f4")),
    ("Error", 5): _plain(*ID32, ("error_rate", "<f4"), ("adapter_trimmed", "<f4")),
    ("Error", 6): _error_v6,
    ("Q", 4): _plain(*ID16, ("histogram", "<u4", (50,))),
    ("Q", 5): _q_histogram(ID16, fixed_50=True),
    ("Q", 6): _q_histogram(ID16),
    ("Q", 7): _q_histogram(ID32),
    ("QByLane", 4): _plain(*ID16, ("histogram", "<u4", (50,))),
    ("QByLane", 5): _q_histogram(ID16, fixed_50=True),
    ("QByLane", 6): _q_histogram(ID16),
    **{("QCollapsed", v): _q_collapsed(binned=False) for v in (2, 3, 4)},
    **{("QCollapsed", v): _q_collapsed(binned=True) for v in (5, 6)},
    ("Image", 1): _plain(
        *ID16, ("channel", "<u2"), ("min_contrast", "<u2"), ("max_contrast", "<u2")
    ),
    ("Image", 2): _by_channel(ID16, ("min_contrast", "<u2"), ("max_contrast", "<u2")),
    ("Image", 3): _by_channel(ID32, ("min_contrast", "<u2"), ("max_contrast", "<u2")),
    ("EmpiricalPhasing", 1): _plain(*ID16, ("phasing_weight", "<f4"), ("prephasing_weight", "<f4")),
    ("EmpiricalPhasing", 2): _plain(*ID32, ("phasing_weight", "<f4"), ("prephasing_weight", "<f4")),
    # Tile v2 codes: 100 density, 101 PF density, 102 clusters, 103 PF clusters, 200+2(r-1)
    # phasing and 201+2(r-1) prephasing of read r (a fraction; interop shows value x 100 %),
    # 300+(r-1) % aligned, 400 control lane.
    ("Tile", 2): _plain(("lane", "<u2"), ("tile", "<u2"), ("code", "<u2"), ("value", "<f4")),
    ("Tile", 3): _tile_v3,
    ("ExtendedTile", 1): _plain(
        ("lane", "<u2"), ("tile", "<u2"), ("code", "<u2"), ("value", "<f4")
    ),
    ("ExtendedTile", 2): _plain(
        ("lane", "<u2"), ("tile", "<u4"), ("cluster_count_occupied", "<f4")
    ),
    ("ExtendedTile", 3): _plain(
        ("lane", "<u2"),
        ("tile", "<u4"),
        ("cluster_count_occupied", "<f4"),
        ("upper_left_x", "<f4"),
        ("upper_left_y", "<f4"),
    ),
}


def read_records(path: Path) -> InteropFile:
    """Parse one whole InterOp file; raises UnsupportedFormatError when there is no
    layout for it or its bytes do not fit one."""
    data = path.read_bytes()
    length, dtype = layout_of(path, data[:HEADER_PEEK])
    body = data[length:]
    if len(data) < length or len(body) % dtype.itemsize:
        raise UnsupportedFormatError(
            f"{path.name}: {len(body)} body bytes are not whole {dtype.itemsize}-byte records"
        )
    return InteropFile(kind_of(path), data[:length], np.frombuffer(body, dtype).copy())


def layout_of(path: Path, head: bytes) -> tuple[int, np.dtype]:
    """(header length, record dtype) of ``path`` from its first bytes."""
    kind = kind_of(path)
    if len(head) < 2:
        raise HeaderIncompleteError(f"{path.name}: header cut short")
    if (kind, head[0]) not in LAYOUTS:
        raise UnsupportedFormatError(
            f"{path.name}: no layout for {kind} v{head[0] if head else '?'}"
        )
    try:
        length, dtype = LAYOUTS[(kind, head[0])](head)
    except IndexError as error:  # header shorter than its fields say
        raise HeaderIncompleteError(f"{path.name}: header cut short") from error
    if head[1] != dtype.itemsize:
        raise UnsupportedFormatError(
            f"{path.name}: record size {head[1]} does not fit {kind} v{head[0]}"
            f" ({dtype.itemsize}-byte records)"
        )
    if len(head) < length:
        raise HeaderIncompleteError(f"{path.name}: header cut short")
    return length, dtype


@dataclass
class Appended:
    """What ``RecordTail.read`` found: the new records, and whether the file was
    rewritten (another header, other bytes where the last record was, or shorter):
    then ``records`` are all of it, and what was read before is to be forgotten."""

    records: np.ndarray
    rewritten: bool
    partial: int  # bytes of a record still being written, left for the next look


class RecordTail:
    """Follows one InterOp file: each ``read`` returns only the records appended since
    the previous one. A file replaced by one that does not continue it (another header,
    other bytes where the last record was, fewer bytes) is read again from the start."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._header = b""
        self._offset = 0  # bytes consumed: header and whole records
        self._last = b""  # the last whole record read, to tell a continuation
        self.dtype: np.dtype | None = None

    @property
    def header(self) -> bytes:
        """The file's header as last read (channel count, Q-score bins, …)."""
        return self._header

    def read(self) -> Appended:
        with self.path.open("rb") as file:
            size = os.fstat(file.fileno()).st_size
            head = file.read(min(size, HEADER_PEEK))
            try:
                length, dtype = layout_of(self.path, head)
            except HeaderIncompleteError:  # nothing to read yet
                return Appended(np.array([]), False, len(head))
            afresh = not self._continues(file, head[:length], size)
            rewritten = afresh and bool(self._header)
            if afresh:
                self._header, self._offset, self._last, self.dtype = (
                    head[:length],
                    length,
                    b"",
                    dtype,
                )
            whole = (size - self._offset) // dtype.itemsize
            file.seek(self._offset)
            body = file.read(whole * dtype.itemsize)
        whole = len(body) // dtype.itemsize  # the file may have shrunk since fstat
        records = np.frombuffer(body[: whole * dtype.itemsize], dtype).copy()
        if whole:
            self._offset += whole * dtype.itemsize
            self._last = body[(whole - 1) * dtype.itemsize : whole * dtype.itemsize]
        return Appended(records, rewritten, (size - self._offset) % dtype.itemsize)

    def _continues(self, file: BinaryIO, header: bytes, size: int) -> bool:
        if not self._header or header != self._header or size < self._offset:
            return False
        if not self._last:
            return True
        file.seek(self._offset - len(self._last))
        return file.read(len(self._last)) == self._last
