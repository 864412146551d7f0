"""Bad input: hostile or broken XML, corrupt InterOp, wrong folders. Every case gives a
clear message that names the file, keeps what could be read, and never crashes."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from proactive_gui.runs.folder import NotARunFolderError, load_run_folder
from proactive_gui.runs.isolation import InteropWorker
from proactive_gui.runs.xmlfile import MAX_XML_BYTES, RunFolderError, read_xml
from tests.runfolders import ALL_RUNS, copy_run, run_path

MISEQ = "MiSeq_210505_M01101_0075_000000000-JDP9R"
HISEQ = "HiSeq2500_140213_D00251_0076_BH8FW8ADXX"

BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<RunInfo><Run Id="&lol3;"/></RunInfo>"""
EXTERNAL_ENTITY = """<?xml version="1.0"?>
<!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><RunInfo><Run Id="&xxe;"/></RunInfo>"""


@pytest.fixture(scope="module")
def worker() -> InteropWorker:
    w = InteropWorker()
    yield w
    w.close()


@pytest.mark.parametrize(
    ("content", "says"),
    [
        (BILLION_LAUGHS, "refused"),
        (EXTERNAL_ENTITY, "refused"),
        ("<RunInfo><Run>", "not well-formed XML"),
        ("", "empty"),
        ("<RunInfo/>", "no <Run> element"),
        (
            '<RunInfo><Run Id="x"><Reads><Read Number="1" NumCycles="many"/></Reads></Run></RunInfo>',
            "not a whole number",
        ),
    ],
)
def test_broken_or_hostile_runinfo_is_named_and_refused(
    tmp_path: Path, content: str, says: str
) -> None:
    run = copy_run(MISEQ, tmp_path)
    (run / "RunInfo.xml").write_text(content)
    with pytest.raises(RunFolderError) as caught:
        load_run_folder(run)
    assert str(caught.value).startswith("RunInfo.xml: ")
    assert says in str(caught.value)
    assert "/etc/passwd" not in str(caught.value) or "refused" in str(caught.value)


def test_hostile_run_parameters_is_a_problem_not_a_failure(
    tmp_path: Path, worker: InteropWorker
) -> None:
    run = copy_run("NextSeq2000_220112_VH00559_4_AAANY2JM5", tmp_path)
    (run / "RunParameters.xml").write_text(BILLION_LAUGHS)
    loaded = load_run_folder(run, worker=worker)
    assert loaded.parameters is None
    assert loaded.problems[0].startswith("RunParameters.xml: refused: the XML declares")
    assert loaded.metrics is not None and loaded.metrics.yield_g > 40  # the rest is shown
    assert loaded.model.name == "NextSeq 1000/2000"  # from the instrument id instead


def test_legacy_folders_need_run_parameters_for_their_metrics(
    tmp_path: Path, worker: InteropWorker
) -> None:
    run = copy_run(MISEQ, tmp_path)
    (run / "RunParameters.xml").write_text(BILLION_LAUGHS)
    loaded = load_run_folder(run, worker=worker)
    assert loaded.metrics is None and loaded.run_info.flowcell == "000000000-JDP9R"
    assert loaded.problems == (
        "RunParameters.xml: refused: the XML declares a DTD, which instrument files never do",
        "InterOp: RunParameters.xml required for legacy run folders with missing channel names",
    )


def test_oversized_xml_is_refused_before_parsing(tmp_path: Path) -> None:
    big = tmp_path / "RunInfo.xml"
    big.write_bytes(b"<RunInfo>" + b" " * MAX_XML_BYTES + b"</RunInfo>")
    with pytest.raises(RunFolderError, match="too large"):
        read_xml(big)


def test_not_a_run_folder_and_unreadable_places(tmp_path: Path) -> None:
    with pytest.raises(NotARunFolderError, match="not a run folder"):
        load_run_folder(tmp_path)
    with pytest.raises(RunFolderError, match="not a folder"):
        load_run_folder(tmp_path / "nowhere")
    odd = tmp_path / "odd"
    (odd / "RunInfo.xml").mkdir(parents=True)
    # a folder named RunInfo.xml is not the file, and is named as what it is (issue:
    # "no RunInfo.xml here" misled)
    with pytest.raises(RunFolderError, match="a folder stands where the file should be"):
        load_run_folder(odd)


def test_missing_interop_folder_still_shows_the_xml(tmp_path: Path, worker: InteropWorker) -> None:
    run = copy_run(MISEQ, tmp_path)
    for f in (run / "InterOp").iterdir():
        f.unlink()
    (run / "InterOp").rmdir()
    loaded = load_run_folder(run, worker=worker)
    assert loaded.metrics is None and loaded.run_info.flowcell == "000000000-JDP9R"
    assert "InterOp: the folder is missing; no run metrics yet" in loaded.problems


# Bit flips in the HiSeq folder's ImageMetricsOut.bin that make interop 1.9 corrupt its
# heap and abort (SIGABRT): found by the fuzzing below (seed 7). (offset, xor mask)
INTEROP_ABORT_FLIPS = [
    (38195, 32),
    (87477, 64),
    (108413, 4),
    (111934, 64),
    (140712, 2),
    (180972, 4),
    (186711, 32),
    (272577, 1),
    (305946, 32),
    (383706, 8),
    (427121, 1),
    (594112, 4),
    (632533, 4),
    (655070, 32),
    (804417, 32),
    (804750, 128),
    (819422, 64),
    (834188, 16),
    (851900, 32),
    (859389, 16),
    (868388, 64),
    (876285, 1),
    (888678, 2),
    (910508, 4),
    (966590, 4),
    (1012371, 32),
    (1086099, 4),
    (1092949, 4),
    (1119873, 2),
    (1289180, 8),
    (1302442, 64),
    (1342857, 8),
    (1343575, 64),
    (1351568, 8),
    (1369562, 4),
    (1400501, 16),
    (1546123, 4),
    (1580321, 8),
    (1720437, 2),
    (1738932, 128),
    (1755929, 1),
]


def test_a_file_that_crashes_interop_does_not_crash_the_app(
    tmp_path: Path, worker: InteropWorker
) -> None:
    run = copy_run(HISEQ, tmp_path)
    image = run / "InterOp" / "ImageMetricsOut.bin"
    data = bytearray(image.read_bytes())
    for offset, mask in INTEROP_ABORT_FLIPS:
        data[offset] ^= mask
    image.write_bytes(bytes(data))
    loaded = load_run_folder(run, worker=worker)
    assert loaded.metrics is None
    assert any("interop library crashed" in p and "SIGABRT" in p for p in loaded.problems), (
        loaded.problems
    )
    assert loaded.run_info.flowcell == "H8FW8ADXX" and loaded.model.name == "HiSeq 2500"
    again = load_run_folder(copy_run(MISEQ, tmp_path), worker=worker)  # the worker recovers
    assert again.metrics is not None and again.problems == ()


def test_a_worker_that_takes_too_long_is_stopped_and_replaced(tmp_path: Path) -> None:
    slow = InteropWorker(timeout_s=0.001)  # no worker can even start that fast
    run = copy_run(MISEQ, tmp_path)
    loaded = load_run_folder(run, worker=slow)
    assert loaded.metrics is None and slow.replaced == 1
    assert loaded.problems == ("InterOp: reading the metrics took longer than 0 s and was stopped",)
    slow.timeout_s = 60
    assert load_run_folder(run, worker=slow).metrics is not None
    slow.close()


def test_a_worker_killed_between_loads_is_replaced(tmp_path: Path) -> None:
    worker = InteropWorker()
    run = copy_run(MISEQ, tmp_path)
    assert load_run_folder(run, worker=worker).metrics is not None
    worker._process.kill()  # as if the OS or a person ended it
    worker._process.join(5)
    assert load_run_folder(run, worker=worker).metrics is not None
    worker.close()


def _corrupt(rng: random.Random, run: Path) -> str:
    files = sorted(p for p in [*run.iterdir(), *(run / "InterOp").iterdir()] if p.is_file())
    victim = rng.choice(files)
    data = bytearray(victim.read_bytes())
    mode = rng.choice(["truncate", "flip", "header", "zeros"])
    if mode == "truncate":
        data = data[: rng.randrange(0, max(1, len(data)))]
    elif mode == "flip" and data:
        for _ in range(rng.randint(1, 60)):
            data[rng.randrange(len(data))] ^= 1 << rng.randrange(8)
    elif mode == "header":
        data[: min(8, len(data))] = bytes(rng.randrange(256) for _ in range(min(8, len(data))))
    else:
        data = bytearray(len(data))
    victim.write_bytes(bytes(data))
    return f"{victim.name} {mode}"


@pytest.mark.parametrize("name", [MISEQ, "NextSeq2000_220112_VH00559_4_AAANY2JM5"])
def test_fuzzed_real_folders_always_end_cleanly(
    tmp_path: Path, worker: InteropWorker, name: str
) -> None:
    rng = random.Random(20261122)
    outcomes: dict[str, int] = {}
    pristine = copy_run(name, tmp_path / "pristine")
    for case in range(25):
        run = tmp_path / f"case{case}"
        import shutil

        shutil.copytree(pristine, run)
        what = _corrupt(rng, run)
        try:
            loaded = load_run_folder(run, worker=worker)
        except RunFolderError as exc:
            assert str(exc).split(":")[0] in {"RunInfo.xml", run.name}, (what, str(exc))
            outcomes["refused"] = outcomes.get("refused", 0) + 1
        else:
            for problem in loaded.problems:
                assert problem.split(":")[0].startswith(
                    ("InterOp", "RunParameters.xml", "RunCompletionStatus")
                ), (what, problem)
                assert "Traceback" not in problem
            outcomes["problems" if loaded.problems else "loaded"] = (
                outcomes.get("problems" if loaded.problems else "loaded", 0) + 1
            )
        shutil.rmtree(run)
    assert sum(outcomes.values()) == 25


NEXTSEQ = "NextSeq2000_220112_VH00559_4_AAANY2JM5"
MIDWAY = (
    "is damaged: it ends in the middle of a record (the last has {got} of its {size} bytes), "
    "so the figures from it come only from the records before that one"
)


def _cut(path: Path, keep: int) -> None:
    """Keep the first ``keep`` bytes of ``path`` (negative: all but the last ones)."""
    path.write_bytes(path.read_bytes()[:keep])


@pytest.mark.parametrize(
    ("name", "filename", "got", "size"),
    [
        (NEXTSEQ, "ExtractionMetricsOut.bin", 17, 20),  # v3 records: 20 bytes
        (NEXTSEQ, "TileMetricsOut.bin", 12, 15),
        (MISEQ, "ExtractionMetricsOut.bin", 35, 38),  # v2 records: 38 bytes
        (MISEQ, "ErrorMetricsOut.bin", 27, 30),
    ],
)
def test_a_file_cut_mid_record_is_named_as_damaged(
    tmp_path: Path, worker: InteropWorker, name: str, filename: str, got: int, size: int
) -> None:
    run = copy_run(name, tmp_path)
    _cut(run / "InterOp" / filename, -3)  # a few bytes short of its last record
    loaded = load_run_folder(run, worker=worker)
    expected = f"InterOp/{filename} " + MIDWAY.format(got=got, size=size)
    assert loaded.problems == (expected,)
    assert loaded.metrics is not None and loaded.metrics.missing == ()  # not "missing"
    assert loaded.metrics.cycles_with_data == loaded.run_info.planned_cycles  # the rest is read


def test_figures_from_part_of_a_file_say_so(tmp_path: Path, worker: InteropWorker) -> None:
    whole = load_run_folder(copy_run(MISEQ, tmp_path / "whole"), worker=worker)
    run = copy_run(MISEQ, tmp_path / "cut")
    q = run / "InterOp" / "QMetricsOut.bin"
    _cut(q, q.stat().st_size // 2)  # half way through a record
    loaded = load_run_folder(run, worker=worker)
    assert loaded.metrics is not None and whole.metrics is not None
    assert 0 < loaded.metrics.yield_g < 0.6 * whole.metrics.yield_g  # from part of the file
    assert len(loaded.problems) == 1
    assert loaded.problems[0].startswith("InterOp/QMetricsOut.bin is damaged: it ends in the")
    assert "the figures from it come only from the records before" in loaded.problems[0]


@pytest.mark.parametrize(
    ("keep", "says"),
    [
        (0, "InterOp/ExtractionMetricsOut.bin is empty, so nothing in it can be read"),
        (
            1,
            "InterOp/ExtractionMetricsOut.bin is damaged: it ends inside its header, "
            "so nothing in it can be read",
        ),
        (3, "InterOp/ExtractionMetricsOut.bin holds no records, only its header"),
    ],
)
def test_a_file_cut_in_or_after_its_header_is_not_called_missing(
    tmp_path: Path, worker: InteropWorker, keep: int, says: str
) -> None:
    run = copy_run(NEXTSEQ, tmp_path)  # ExtractionMetrics v3: a 3-byte header
    _cut(run / "InterOp" / "ExtractionMetricsOut.bin", keep)
    loaded = load_run_folder(run, worker=worker)
    assert loaded.problems == (says,)
    assert loaded.metrics is not None and loaded.metrics.missing == ()
    assert not loaded.metrics.by_cycle.intensity  # nothing was read from it
    assert loaded.metrics.yield_g > 40  # the other files were


def test_whole_real_folders_are_not_called_damaged(worker: InteropWorker) -> None:
    for name in ALL_RUNS:
        loaded = load_run_folder(run_path(name), worker=worker)
        assert not [p for p in loaded.problems if "damaged" in p or "records" in p], name
