"""tests/interop_records.py: each rewrite of a real run folder, as interop reads it back.

interop runs in a child process (its bindings can end the process that loads them; see
tests/interop_reference.py). The child returns, for the original folder and the changed
copy, interop's imaging table (one row per lane/tile/cycle, rounded for display) and the
unrounded extraction, tile and per-read values it read; each test checks that exactly the
intended values changed, by the intended amount, and that nothing else did."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from tests.interop_records import (
    COMPLETION_MARKERS,
    LAYOUTS,
    NOT_PER_CYCLE,
    UnsupportedFormatError,
    add_phasing,
    kind_of,
    read_records,
    scale_intensity,
    scale_intensity_all_channels,
    set_lane_tile_metrics,
    shift_focus,
    truncate_folder_to_cycle,
    write_records,
)
from tests.runfolders import ALL_RUNS, copy_run, run_path

_READER = r"""
import sys, warnings
warnings.filterwarnings("ignore", "numpy.core is deprecated", DeprecationWarning)
import numpy as np
from interop import core, py_interop_run, py_interop_run_metrics
tables = {}
for index, folder in enumerate(sys.argv[2:]):
    metrics = py_interop_run_metrics.run_metrics()
    valid = py_interop_run.uchar_vector(py_interop_run.MetricCount, 0)
    py_interop_run_metrics.list_summary_metrics_to_load(valid, py_interop_run.NovaSeq)
    for group in ("Extraction", "Tile", "Q", "Error", "CorrectedInt", "Image", "ExtendedTile",
                  "EmpiricalPhasing"):
        valid[getattr(py_interop_run, group)] = 1
    metrics.read(folder, valid)
    tables[f"{index}/imaging"] = np.asarray(core.imaging(metrics))
    # The imaging table rounds (FWHM to 2 digits, phasing to 3); these are the values read.
    es = metrics.extraction_metric_set()
    channels = es.at(0).channel_count() if es.size() else 0
    tables[f"{index}/extraction"] = np.array(
        [(e.lane(), e.tile(), e.cycle(), [e.focus_score(c) for c in range(channels)],
          [e.max_intensity(c) for c in range(channels)])
         for e in (es.at(i) for i in range(es.size()))],
        dtype=[("lane", "u4"), ("tile", "u4"), ("cycle", "u4"), ("fwhm", "f4", (channels,)),
               ("p90", "u2", (channels,))])
    ts = metrics.tile_metric_set()
    tiles = [ts.at(i) for i in range(ts.size())]
    tables[f"{index}/tile"] = np.array(
        [(t.lane(), t.tile(), t.cluster_density(), t.cluster_density_pf(), t.cluster_count(),
          t.cluster_count_pf(), t.percent_pf()) for t in tiles],
        dtype=[("lane", "u4"), ("tile", "u4")] + [(n, "f4") for n in (
            "density", "density_pf", "clusters", "clusters_pf", "percent_pf")])
    tables[f"{index}/read"] = np.array(
        [(t.lane(), t.tile(), r.read(), r.percent_phasing(), r.percent_prephasing())
         for t in tiles for r in t.read_metrics()],
        dtype=[("lane", "u4"), ("tile", "u4"), ("read", "u4"), ("phasing", "f4"),
               ("prephasing", "f4")])
np.savez(sys.argv[1], **tables)
"""

Tables = dict[str, np.ndarray]


def read_by_interop(tmp_path: Path, *folders: Path) -> list[Tables]:
    """What interop reads in each folder, read in a child process: its imaging table
    (core.imaging, one row per lane/tile/cycle) and the extraction, tile and per-read
    tile values (unrounded)."""
    out = tmp_path / "interop.npz"
    result = subprocess.run(
        [sys.executable, "-c", _READER, str(out), *map(str, folders)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    with np.load(out) as data:
        return [
            {key.split("/")[1]: data[key] for key in data.files if key.startswith(f"{i}/")}
            for i in range(len(folders))
        ]


def before_after(tmp_path: Path, name: str, run: Path) -> tuple[Tables, Tables]:
    before, after = read_by_interop(tmp_path, run_path(name), run)
    for what, ids in (
        ("imaging", ("Lane", "Tile", "Cycle")),
        ("extraction", ("lane", "tile", "cycle")),
        ("tile", ("lane", "tile")),
        ("read", ("lane", "tile", "read")),
    ):
        for column in ids:
            np.testing.assert_array_equal(before[what][column], after[what][column])
    return before, after


def columns(table: np.ndarray, prefix: str) -> list[str]:
    return [name for name in table.dtype.names or () if name.startswith(prefix)]


def unchanged(before: np.ndarray, after: np.ndarray, *changed: str) -> None:
    for name in before.dtype.names or ():
        if name not in changed:
            np.testing.assert_array_equal(after[name], before[name], err_msg=name)


def extraction(run: Path) -> np.ndarray:
    return read_records(run / "InterOp" / "ExtractionMetricsOut.bin").records


runs = pytest.mark.parametrize("name", ALL_RUNS)


@runs
def test_every_parsed_file_round_trips_byte_for_byte(name: str, tmp_path: Path) -> None:
    unparsed = []
    for path in sorted((run_path(name) / "InterOp").glob("*.bin")):
        try:
            file = read_records(path)
        except UnsupportedFormatError:
            unparsed.append(kind_of(path))
            continue
        write_records(tmp_path / path.name, file)
        assert (tmp_path / path.name).read_bytes() == path.read_bytes(), path.name
        assert len(file.records) and file.records["lane"].min() >= 1, path.name
        assert not file.has_cycle or file.records["cycle"].min() >= 1, path.name
    assert not {kind for kind, _ in LAYOUTS} & set(unparsed), "a documented kind did not parse"


@runs
def test_the_fields_hold_what_interop_reads(name: str, tmp_path: Path) -> None:
    (seen,) = read_by_interop(tmp_path, run_path(name))
    ours = extraction(run_path(name))
    ours = ours[np.lexsort((ours["cycle"], ours["tile"], ours["lane"]))]
    theirs = seen["extraction"]
    theirs = theirs[np.lexsort((theirs["cycle"], theirs["tile"], theirs["lane"]))]
    for field in ("lane", "tile", "cycle", "fwhm", "p90"):
        np.testing.assert_array_equal(ours[field], theirs[field], err_msg=field)
    tile = read_records(run_path(name) / "InterOp" / "TileMetricsOut.bin")
    records = tile.records
    if tile.version == 2:  # the last record of a code wins
        clusters = {(r["lane"], r["tile"]): r["value"] for r in records[records["code"] == 102]}
    else:
        counts = records[records["code"] == b"t"]
        clusters = dict(
            zip(
                zip(counts["lane"], counts["tile"], strict=True),
                counts["cluster_count"],
                strict=True,
            )
        )
    theirs = seen["tile"]
    assert len(theirs) == len(clusters)
    for lane, tile_number, count in zip(
        theirs["lane"], theirs["tile"], theirs["clusters"], strict=True
    ):
        assert clusters[(lane, tile_number)] == count


def test_a_record_size_that_does_not_fit_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "ExtractionMetricsOut.bin"
    path.write_bytes(bytes([2, 37]) + bytes(37))
    with pytest.raises(UnsupportedFormatError):
        read_records(path)
    path.write_bytes(bytes([2, 38]) + bytes(39))  # one byte past the last record
    with pytest.raises(UnsupportedFormatError):
        read_records(path)


@runs
def test_scale_intensity_decays_one_channel(name: str, tmp_path: Path) -> None:
    run = copy_run(name, tmp_path)
    channel = extraction(run)["p90"].shape[1] - 1
    scale_intensity(run, channel, lambda lane, tile, cycle: 1.0 - 0.002 * cycle)
    before, after = before_after(tmp_path, name, run)
    old, new = before["extraction"], after["extraction"]
    expected = old["p90"].copy()
    expected[:, channel] = np.rint(old["p90"][:, channel] * (1.0 - 0.002 * old["cycle"]))
    assert (expected != old["p90"]).any()
    np.testing.assert_array_equal(new["p90"], expected)
    np.testing.assert_array_equal(new["fwhm"], old["fwhm"])
    p90 = columns(before["imaging"], "P90/")
    assert len(p90) == old["p90"].shape[1]
    unchanged(before["imaging"], after["imaging"], p90[channel])


@runs
def test_a_bubble_dims_two_neighbouring_tiles_for_four_cycles(name: str, tmp_path: Path) -> None:
    run = copy_run(name, tmp_path)
    records = extraction(run)
    lane = int(records["lane"].min())
    tiles = np.unique(records["tile"][records["lane"] == lane])[:2]  # same swath, side by side

    def hit(lane_: np.ndarray, tile: np.ndarray, cycle: np.ndarray) -> np.ndarray:
        return np.asarray((lane_ == lane) & np.isin(tile, tiles) & (cycle >= 20) & (cycle <= 23))

    scale_intensity_all_channels(run, lambda *ids: np.where(hit(*ids), 0.4, 1.0))
    before, after = before_after(tmp_path, name, run)
    old, new = before["extraction"], after["extraction"]
    inside = hit(old["lane"], old["tile"], old["cycle"])
    assert inside.sum() == 2 * 4
    expected = np.where(inside[:, None], np.rint(old["p90"] * 0.4), old["p90"])
    np.testing.assert_array_equal(new["p90"], expected)
    np.testing.assert_array_equal(new["fwhm"], old["fwhm"])
    unchanged(before["imaging"], after["imaging"], *columns(before["imaging"], "P90/"))


@runs
def test_shift_focus_in_one_channel_and_in_all(name: str, tmp_path: Path) -> None:
    run = copy_run(name, tmp_path)
    tile = int(extraction(run)["tile"].max())
    shift_focus(run, lambda lane, tile_, cycle: np.where(cycle > 30, 0.75, 0.0), channel=0)
    shift_focus(run, lambda lane, tile_, cycle: np.where(tile_ == tile, 1.5, 0.0))
    before, after = before_after(tmp_path, name, run)
    old, new = before["extraction"], after["extraction"]
    expected = old["fwhm"].copy()
    expected[:, 0] += np.where(old["cycle"] > 30, np.float32(0.75), np.float32(0))
    expected += np.where(old["tile"] == tile, np.float32(1.5), np.float32(0))[:, None]
    assert (expected != old["fwhm"]).any(axis=0).all()
    np.testing.assert_array_equal(new["fwhm"], expected)
    np.testing.assert_array_equal(new["p90"], old["p90"])
    unchanged(before["imaging"], after["imaging"], *columns(before["imaging"], "Fwhm/"))


@runs
def test_set_lane_tile_metrics_lowers_density_and_pf_in_one_lane(name: str, tmp_path: Path) -> None:
    run = copy_run(name, tmp_path)
    lane = int(read_records(run / "InterOp" / "TileMetricsOut.bin").records["lane"].max())
    set_lane_tile_metrics(run, lane, pf_factor=0.7, density_factor=0.5)
    before, after = before_after(tmp_path, name, run)
    old, new = before["tile"], after["tile"]
    ours = old["lane"] == lane
    factors = {
        "density": 0.5,
        "clusters": 0.5,
        "density_pf": 0.35,
        "clusters_pf": 0.35,
        "percent_pf": 0.7,
    }
    for column, factor in factors.items():
        assert np.isfinite(old[column][ours]).all(), column
        expected = np.where(ours, old[column] * factor, old[column])
        np.testing.assert_allclose(new[column], expected, rtol=1e-6, err_msg=column)
        np.testing.assert_array_equal(new[column][~ours], old[column][~ours])
    imaged = [
        "Density(k/mm2)",
        "Density Pf(k/mm2)",
        "Cluster Count (k)",
        "Cluster Count Pf (k)",
        "% Pass Filter",
        "% Occupied",  # ExtendedTile is not changed: occupied / half the clusters
    ]
    unchanged(before["imaging"], after["imaging"], *imaged)
    if "% Occupied" in (before["imaging"].dtype.names or ()):
        rows = before["imaging"]["Lane"] == lane
        ratio = after["imaging"]["% Occupied"][rows] / before["imaging"]["% Occupied"][rows]
        np.testing.assert_allclose(ratio, 2.0, rtol=2e-3)  # display rounds to 0.1 %


@runs
def test_add_phasing_raises_phasing_and_prephasing(name: str, tmp_path: Path) -> None:
    run = copy_run(name, tmp_path)
    changed = add_phasing(run, lambda lane, tile, read: np.where(tile % 2 == 1, 0.3, 0.0))
    add_phasing(run, lambda lane, tile, read: 0.1 * read, prephasing=True)
    before, after = before_after(tmp_path, name, run)
    old, new = before["read"], after["read"]
    deltas = {"phasing": np.where(old["tile"] % 2 == 1, 0.3, 0.0), "prephasing": 0.1 * old["read"]}
    for column, delta in deltas.items():
        # interop shows a negative rate as 0 ("consistent with legacy"): compare where > 0
        shown = old[column] > 0
        assert (shown & (delta > 0)).any(), column
        # v2 holds a fraction (x 100 on reading); in v3 folders interop fits a line (float32)
        np.testing.assert_allclose(new[column][shown], (old[column] + delta)[shown], atol=2e-4)
        assert (new[column][~shown] >= 0).all() and (
            new[column] <= old[column] + delta + 2e-4
        ).all()
    table, table_after = before["imaging"], after["imaging"]
    weights = ("Phasing Weight", "Prephasing Weight")
    if "EmpiricalPhasingMetricsOut.bin" in changed:
        within = table["Cycle Within Read"]
        odd = np.where(table["Tile"] % 2 == 1, 0.3, 0.0)
        for column, delta in zip(weights, (odd, 0.1 * table["Read"]), strict=True):
            assert np.isfinite(table[column]).any(), column
            expected = table[column] + delta * within  # the table rounds to 0.001
            np.testing.assert_allclose(table_after[column], expected, atol=1.01e-3, rtol=0)
    else:
        assert changed == ["TileMetricsOut.bin"]
    fitted = ("Phasing Slope", "Prephasing Slope", "Phasing Offset", "Prephasing Offset")
    unchanged(
        table, table_after, "Legacy Phasing Rate", "Legacy Prephasing Rate", *weights, *fitted
    )


@runs
def test_truncate_folder_to_cycle_40(name: str, tmp_path: Path) -> None:
    source, target = run_path(name), tmp_path / name
    truncate_folder_to_cycle(source, target, 40)
    for path in source.iterdir():
        if path.is_file():
            copied = target / path.name
            assert copied.exists() == (path.name not in COMPLETION_MARKERS), path.name
            assert not copied.exists() or copied.read_bytes() == path.read_bytes()
    for path in sorted((source / "InterOp").iterdir()):
        copied = target / "InterOp" / path.name
        try:
            original = read_records(path)
        except UnsupportedFormatError:
            assert copied.exists() == (kind_of(path) in NOT_PER_CYCLE), path.name
            assert not copied.exists() or copied.read_bytes() == path.read_bytes()
            continue
        kept = read_records(copied)
        assert kept.header == original.header, path.name
        if original.has_cycle:
            expected = original.records[original.records["cycle"] <= 40]
            assert len(expected) and kept.records.tobytes() == expected.tobytes(), path.name
        else:
            assert copied.read_bytes() == path.read_bytes(), path.name
    before, after = (tables["imaging"] for tables in read_by_interop(tmp_path, source, target))
    assert before["Cycle"].max() > 40 and after["Cycle"].max() == 40
    early = before[before["Cycle"] <= 40]
    for column in ("Lane", "Tile", "Cycle", "%>= Q30", "Error Rate", "% Base/A"):
        if column in (before.dtype.names or ()):
            np.testing.assert_array_equal(after[column], early[column], err_msg=column)
    for column in columns(before, "P90/") + columns(before, "Fwhm/"):
        np.testing.assert_array_equal(after[column], early[column], err_msg=column)


@runs
def test_a_copy_grows_cycle_by_cycle(name: str, tmp_path: Path) -> None:
    target = tmp_path / name
    for last_cycle in (1, 12, 25):
        truncate_folder_to_cycle(run_path(name), target, last_cycle)
        assert int(extraction(target)["cycle"].max()) == last_cycle
        assert not any((target / marker).exists() for marker in COMPLETION_MARKERS)
        assert not list((target / "InterOp").glob("*.part"))
    (tables,) = read_by_interop(tmp_path, target)
    assert tables["imaging"]["Cycle"].max() == tables["extraction"]["cycle"].max() == 25
