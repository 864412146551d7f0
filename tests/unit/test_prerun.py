"""Pre-run checks on the real run folders: the reasons their own RunParameters.xml and
RunInfo.xml give, and each check firing, with the consumable named, on a copy of a real
folder whose XML was edited (an expiry before the run, fewer cycles left than needed,
a missed wash) or that is short of disk space."""

from __future__ import annotations

import ast
import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from proactive_gui.readiness import ATTENTION, NOT_READY, Reason
from proactive_gui.runs import prerun
from proactive_gui.runs.folder import RunFolder, load_run_folder
from proactive_gui.runs.isolation import close_shared_worker
from proactive_gui.runs.prerun import output_free_bytes, parse_expiry, prerun_reasons
from tests.runfolders import ALL_RUNS, copy_run, run_path, truncate_to_cycle

HISEQ = "HiSeq2500_140213_D00251_0076_BH8FW8ADXX"
MISEQ_LIVE = "MiSeq_131022_M00630_0101_000000000-A5Y02_inprogress"
MISEQ_2014 = "MiSeq_140211_M00612_0148_000000000-A7M8N"
MISEQ_2021 = "MiSeq_210505_M01101_0075_000000000-JDP9R"
I100 = "MiSeqi100Plus_20251208_SH00363_0034_ASC2137356-SC3"
NEXTSEQ = "NextSeq2000_220112_VH00559_4_AAANY2JM5"
NOVASEQ = "NovaSeq6000_200624_A00834_0183_BHMTFYDRXX"

TODAY = date(2026, 2, 2)  # after every folder's run date and every real expiry but one
PLENTY = 10**12  # 1 TB free
MISSED_WASH = (ATTENTION, "The last post-run wash was missed: run a maintenance wash first")

# From the real XML. Only the in-progress MiSeq is still running, so only its consumables
# are judged against today: all three are long past their date. MiSeq_210505 records
# <MostRecentWashType>MissedPostRunWash</MostRecentWashType>. No consumable in any folder
# had expired on its run's date; the reagent counts (NovaSeq 74/274/274, HiSeq 309) belong
# to completed runs.
EXPECTED: dict[str, list[tuple[str, str]]] = {
    HISEQ: [],
    MISEQ_LIVE: [
        (ATTENTION, "Flow cell has expired (2014-09-06)"),
        (ATTENTION, "PR2 buffer bottle has expired (2014-09-11)"),
        (ATTENTION, "Reagent kit has expired (2014-07-22)"),
    ],
    MISEQ_2014: [],
    MISEQ_2021: [MISSED_WASH],
    I100: [],
    NEXTSEQ: [],
    NOVASEQ: [],
}


def _marked_templates() -> set[str]:
    """Every string in prerun.py passed to QT_TRANSLATE_NOOP("Readiness", ...)."""
    tree = ast.parse(Path(prerun.__file__).read_text())
    return {
        node.args[1].value
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and getattr(node.func, "id", "") == "QT_TRANSLATE_NOOP"
        and isinstance(node.args[0], ast.Constant)
        and node.args[0].value == "Readiness"
        and isinstance(node.args[1], ast.Constant)
        and isinstance(node.args[1].value, str)
    }


MARKED = _marked_templates()


@pytest.fixture(autouse=True, scope="module")
def _worker() -> Iterator[None]:
    yield
    close_shared_worker()


def reasons(
    run: RunFolder, today: date = TODAY, free_bytes: int | None = PLENTY
) -> list[tuple[str, str]]:
    found: list[Reason] = prerun_reasons(run, today, free_bytes)
    for reason in found:
        assert reason.template in MARKED, reason.template  # translatable, args filled in
        assert reason.level in (ATTENTION, NOT_READY)
    return [(r.level, r.message) for r in found]


def edit(path: Path, old: str, new: str) -> None:
    """Replace the one occurrence of ``old`` in a copied XML file."""
    content = path.read_text()
    assert content.count(old) == 1, (path, old)
    path.write_text(content.replace(old, new))


def params(folder: Path) -> Path:
    for name in ("RunParameters.xml", "runParameters.xml"):
        if (folder / name).is_file():
            return folder / name
    raise AssertionError(f"no RunParameters in {folder}")


def waiting_novaseq(tmp_path: Path) -> Path:
    """The NovaSeq folder as it is before its first cycle: no InterOp yet, no marker."""
    folder = copy_run(NOVASEQ, tmp_path)
    shutil.rmtree(folder / "InterOp")
    return folder


def hiseq_at_cycle(tmp_path: Path, last_cycle: int) -> Path:
    """The HiSeq run while it was being written: InterOp to ``last_cycle``, no RTAComplete."""
    folder = copy_run(HISEQ, tmp_path)
    (folder / "RTAComplete.txt").unlink()
    source = run_path(HISEQ) / "InterOp"
    for name in ("ExtractionMetricsOut.bin", "CorrectedIntMetricsOut.bin", "ImageMetricsOut.bin"):
        truncate_to_cycle(source / name, folder / "InterOp" / name, last_cycle)
    return folder


def test_every_shared_folder_is_expected() -> None:
    assert set(ALL_RUNS) == set(EXPECTED)


@pytest.mark.parametrize("name", ALL_RUNS)
def test_real_folders_give_the_reasons_their_xml_holds(name: str) -> None:
    run = load_run_folder(run_path(name))
    assert reasons(run) == EXPECTED[name]
    assert reasons(run, free_bytes=None) == EXPECTED[name]  # unknown space: no reason


def test_the_in_progress_miseq_on_its_own_days() -> None:
    run = load_run_folder(run_path(MISEQ_LIVE))
    assert run.state == "running" and run.run_info.run_date == date(2013, 10, 22)
    assert reasons(run, today=date(2013, 10, 23)) == []  # the day of the snapshot
    assert reasons(run, today=date(2014, 7, 14)) == []  # the kit expires in 8 days
    assert reasons(run, today=date(2014, 7, 15)) == [
        (ATTENTION, "Reagent kit expires on 2014-07-22, within 7 days")
    ]
    assert reasons(run, today=date(2014, 7, 22)) == [
        (ATTENTION, "Reagent kit expires on 2014-07-22, within 7 days")
    ]
    assert reasons(run, today=date(2014, 7, 23)) == [
        (ATTENTION, "Reagent kit has expired (2014-07-22)")
    ]


@pytest.mark.parametrize("name", [NEXTSEQ, I100, MISEQ_2014, NOVASEQ])
def test_a_completed_run_is_not_judged_by_todays_date(name: str) -> None:
    run = load_run_folder(run_path(name))
    assert run.state == "complete"
    assert reasons(run, today=date(2040, 1, 1)) == EXPECTED[name]


@pytest.mark.parametrize(
    ("name", "old", "new", "message"),
    [
        (
            NEXTSEQ,
            "<CartridgeExpirationDate>2022-09-24<",
            "<CartridgeExpirationDate>2022-01-10<",
            "Reagent cartridge had expired when the run started (2022-01-10)",
        ),
        (
            NEXTSEQ,
            "<FlowCellExpirationDate>2022-12-17<",
            "<FlowCellExpirationDate>2021-12-31<",
            "Flow cell had expired when the run started (2021-12-31)",
        ),
        (
            NOVASEQ,
            "<BufferExpirationdate>03/10/2021 00:00:00<",
            "<BufferExpirationdate>01/05/2020 00:00:00<",
            "Buffer had expired when the run started (2020-01-05)",
        ),
        (
            NOVASEQ,
            "<SbsExpirationdate>04/09/2021 00:00:00<",
            "<SbsExpirationdate>06/23/2020 00:00:00<",
            "SBS reagents had expired when the run started (2020-06-23)",
        ),
        (
            NOVASEQ,
            "<ClusterExpirationdate>04/06/2021 00:00:00<",
            "<ClusterExpirationdate>12/01/2019 00:00:00<",
            "Cluster reagents had expired when the run started (2019-12-01)",
        ),
        (
            MISEQ_2021,
            "<ExpirationDate>2022-01-20T00:00:00<",
            "<ExpirationDate>2021-05-04T00:00:00<",
            "Reagent kit had expired when the run started (2021-05-04)",
        ),
        (
            I100,
            "<ExpirationDate>2026-07-18T00:00:00+02:00<",
            "<ExpirationDate>2025-12-07T00:00:00+02:00<",
            "Dry cartridge had expired when the run started (2025-12-07)",
        ),
    ],
)
def test_an_expiry_before_the_run_date_names_the_consumable(
    tmp_path: Path, name: str, old: str, new: str, message: str
) -> None:
    folder = copy_run(name, tmp_path)
    edit(params(folder), old, new)
    run = load_run_folder(folder)
    assert run.state == "complete"  # a fact about the run, in every state
    assert reasons(run) == [(ATTENTION, message), *EXPECTED[name]]


def test_the_expiry_on_the_run_date_itself_is_still_in_date(tmp_path: Path) -> None:
    folder = copy_run(NEXTSEQ, tmp_path)
    edit(params(folder), "2022-09-24", "2022-01-12")  # RunInfo Date 2022-01-12
    assert reasons(load_run_folder(folder)) == []


def test_a_running_run_with_expired_consumables_and_the_2169_placeholder(
    tmp_path: Path,
) -> None:
    run = load_run_folder(waiting_novaseq(tmp_path))
    assert run.state == "running" and run.cycles_done == 0
    assert reasons(run, today=date(2020, 6, 24)) == []
    # LibraryTubeExpirationdate 12/31/2169 is "never", however far today is
    assert reasons(run, today=date(2169, 12, 30)) == [
        (ATTENTION, "Flow cell has expired (2021-04-28)"),
        (ATTENTION, "SBS reagents has expired (2021-04-09)"),
        (ATTENTION, "Cluster reagents has expired (2021-04-06)"),
        (ATTENTION, "Buffer has expired (2021-03-10)"),
    ]
    assert reasons(run, today=date(2021, 3, 5)) == [
        (ATTENTION, "Buffer expires on 2021-03-10, within 7 days")
    ]


def test_reagent_cycles_left_below_what_the_waiting_novaseq_needs(tmp_path: Path) -> None:
    folder = waiting_novaseq(tmp_path)
    day = date(2020, 6, 24)
    assert reasons(load_run_folder(folder), today=day) == []  # 74, 274, 274 left; 56 needed
    edit(params(folder), ">74<", ">40<")
    edit(
        params(folder),
        "<ClusterNumberOfCyclesRemaining>274<",
        "<ClusterNumberOfCyclesRemaining>30<",
    )
    edit(
        params(folder), "<BufferNumberOfCyclesRemaining>274<", "<BufferNumberOfCyclesRemaining>55<"
    )
    assert reasons(load_run_folder(folder), today=day) == [
        (NOT_READY, "SBS reagents: 40 cycles left, the run needs 56"),
        (NOT_READY, "Cluster reagents: 30 cycles left, the run needs 56"),
        (NOT_READY, "Buffer: 55 cycles left, the run needs 56"),
    ]


def test_reagent_cycles_left_against_the_cycles_a_hiseq_run_still_needs(tmp_path: Path) -> None:
    folder = hiseq_at_cycle(tmp_path, 100)
    run = load_run_folder(folder)
    assert run.state == "running" and run.cycles_done == 100 and run.cycles_planned == 309
    assert reasons(run) == []  # 309 left
    edit(params(folder), "<NumberCyclesRemaining>309<", "<NumberCyclesRemaining>209<")
    assert reasons(load_run_folder(folder)) == []  # exactly enough
    edit(params(folder), "<NumberCyclesRemaining>209<", "<NumberCyclesRemaining>150<")
    assert reasons(load_run_folder(folder)) == [
        (NOT_READY, "SBS reagents: 150 cycles left, the run needs 209")
    ]


def test_a_completed_run_needs_no_more_cycles(tmp_path: Path) -> None:
    folder = copy_run(NOVASEQ, tmp_path)
    edit(params(folder), ">74<", ">3<")
    run = load_run_folder(folder)
    assert run.state == "complete"
    assert reasons(run) == []


def test_a_missed_post_run_wash(tmp_path: Path) -> None:
    folder = copy_run(MISEQ_2014, tmp_path)
    edit(params(folder), ">Maintenance<", ">MissedPostRunWash<")
    assert reasons(load_run_folder(folder)) == [MISSED_WASH]


def test_unreadable_values_are_skipped(tmp_path: Path) -> None:
    folder = waiting_novaseq(tmp_path)
    edit(params(folder), ">74<", ">n/a<")
    edit(params(folder), "04/09/2021 00:00:00", "soon")
    edit(params(folder), "04/28/2021 00:00:00", "31.12.2019")
    edit(params(folder), "<BufferNumberOfCyclesRemaining>274<", "<BufferNumberOfCyclesRemaining><")
    assert reasons(load_run_folder(folder), today=date(2169, 12, 30)) == [
        (ATTENTION, "Cluster reagents has expired (2021-04-06)"),
        (ATTENTION, "Buffer has expired (2021-03-10)"),
    ]

    live = copy_run(MISEQ_LIVE, tmp_path)
    edit(params(live), "2014-07-22T00:00:00", "not a date")
    edit(params(live), ">Maintenance<", "><")
    assert reasons(load_run_folder(live), today=date(2014, 7, 15)) == []


def test_no_run_parameters_gives_only_the_space_check(tmp_path: Path) -> None:
    folder = copy_run(MISEQ_LIVE, tmp_path)
    params(folder).unlink()
    run = load_run_folder(folder)
    assert run.parameters is None
    assert reasons(run) == []
    assert reasons(run, free_bytes=0) == [
        (NOT_READY, "Only 0.0 GB free on the output volume: the run needs at least 20.0 GB")
    ]


@pytest.mark.parametrize(
    ("free", "expected"),
    [
        (
            20 * 10**9 - 1,
            [(NOT_READY, "Only 19.9 GB free on the output volume: the run needs at least 20.0 GB")],
        ),
        (20 * 10**9, []),
        (None, []),
    ],
)
def test_free_space_below_20_gb(free: int | None, expected: list[tuple[str, str]]) -> None:
    run = load_run_folder(run_path(MISEQ_2014))  # 0.6 MB: 20 GB is the larger need
    assert reasons(run, free_bytes=free) == expected


def test_free_space_below_twice_the_run_folder(tmp_path: Path) -> None:
    folder = copy_run(MISEQ_2014, tmp_path)
    size = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())
    with (folder / "Data.bin").open("wb") as big:  # sparse: 11 GB long, no blocks written
        big.truncate(11 * 10**9)
    if (folder / "Data.bin").stat().st_blocks * 512 > 10**9:
        pytest.skip("this file system has no sparse files")
    run = load_run_folder(folder)
    needed = 2 * (size + 11 * 10**9)
    assert reasons(run, free_bytes=needed) == []
    assert reasons(run, free_bytes=21 * 10**9) == [
        (NOT_READY, "Only 21.0 GB free on the output volume: the run needs at least 22.1 GB")
    ]


def test_output_free_bytes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    free = output_free_bytes(tmp_path)
    assert isinstance(free, int) and free > 0
    not_yet = output_free_bytes(tmp_path / "output" / "240101_M00001_0001_000000000-AAAAA")
    assert isinstance(not_yet, int) and not_yet > 0  # the volume it will be created on

    def unreachable(path: object) -> object:
        raise OSError("the network name is no longer available")

    monkeypatch.setattr(shutil, "disk_usage", unreachable)
    assert output_free_bytes(tmp_path) is None


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2014-07-22T00:00:00", date(2014, 7, 22)),
        ("03/10/2021 00:00:00", date(2021, 3, 10)),
        ("2022-09-24", date(2022, 9, 24)),
        ("2026-07-18T00:00:00+02:00", date(2026, 7, 18)),
        ("12/31/2169 00:00:00", None),
        ("", None),
        ("31.12.2019", None),
        ("13/45/2020 00:00:00", None),
    ],
)
def test_the_expiry_date_forms_in_the_sheets(raw: str, expected: date | None) -> None:
    assert parse_expiry(raw) == expected
