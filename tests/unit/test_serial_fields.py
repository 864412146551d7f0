"""Serial-type fields under attack, on degraded copies of the real run folders.

A serial field (run ID, flow cell, instrument, consumable serials, lots and part
numbers) is allowed its own structure, not a free pass: a value this PC knows to be
local never travels in one, and neither does personal data of any form. What is left
out is listed as not sent, and the rest of the payload still travels.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from proactive_gui.health.snapshot import run_folder_health
from proactive_gui.payload.build import Draft, HealthView, build
from proactive_gui.payload.seal import SealedPayload, seal
from proactive_gui.runs.folder import load_run_folder
from proactive_gui.runs.isolation import InteropWorker
from proactive_gui.runs.parameters import travels
from proactive_gui.runs.xmlfile import find_file
from tests.runfolders import ALL_RUNS, copy_run, run_path

MISEQ = "MiSeq_210505_M01101_0075_000000000-JDP9R"
MISEQ_RUN_ID = "210505_M01101_0075_000000000-JDP9R"
NEXTSEQ = "NextSeq2000_220112_VH00559_4_AAANY2JM5"


@pytest.fixture(scope="module")
def worker() -> Iterator[InteropWorker]:
    w = InteropWorker()
    yield w
    w.close()


def edit(folder: Path, name: str, old: str, new: str) -> None:
    """Replace every ``old`` in the folder's ``name`` XML file (it must be there)."""
    path = find_file(folder, name)
    assert path is not None
    text = path.read_text("utf-8")
    assert old in text, f"{old!r} is not in {path.name}"
    path.write_text(text.replace(old, new), "utf-8")


def set_element(folder: Path, name: str, tag: str, value: str, nth: int = 1) -> None:
    """Set the text of the ``nth`` <tag> element of the folder's ``name`` XML file."""
    path = find_file(folder, name)
    assert path is not None
    text = path.read_text("utf-8")
    matches = list(re.finditer(rf"<{tag}>[^<]*</{tag}>", text))
    assert len(matches) >= nth, f"no {nth}. <{tag}> in {path.name}"
    m = matches[nth - 1]
    path.write_text(f"{text[: m.start()]}<{tag}>{value}</{tag}>{text[m.end() :]}", "utf-8")


def sealed_payload(folder: Path, worker: InteropWorker) -> tuple[Draft, SealedPayload]:
    """Build and seal the run-end payload as the window does; the test fails if sealing
    blocks (a safe payload for the run must still be sent)."""
    run = load_run_folder(folder, worker=worker)
    snapshot = run_folder_health(run)
    health = HealthView(snapshot.report, tuple(snapshot.monitor.alerts))
    draft = build("run_end", snapshot.store, health=health, run=run, machine=[])
    return draft, seal(draft)


def assert_absent(sealed: SealedPayload, *secrets: str) -> None:
    text = sealed.data.decode("utf-8").lower()
    assert not [s for s in secrets if s.lower() in text]


def left_out(draft: Draft, what: str) -> bool:
    return any(reason.startswith(what) for reason in draft.left_out)


# ---------------------------------------------------------------- 1. local values reused


@pytest.mark.parametrize(
    ("run_id", "flowcell"),
    [
        ("210505_M01101_0075_jsmith77", None),  # the user name in place of the flow cell
        ("210505_M01101_0075_AJSMITH77", "JSMITH77"),  # typed as the flow cell, side A
    ],
)
def test_a_user_name_reused_in_the_run_id_does_not_travel(
    tmp_path: Path, worker: InteropWorker, run_id: str, flowcell: str | None
) -> None:
    folder = copy_run(MISEQ, tmp_path)
    for name in ("RunInfo.xml", "RunParameters.xml"):  # the run ID everywhere, paths too
        edit(folder, name, MISEQ_RUN_ID, run_id)
    set_element(folder, "RunParameters.xml", "Username", "jsmith77")
    if flowcell is not None:
        set_element(folder, "RunInfo.xml", "Flowcell", flowcell)
    draft, sealed = sealed_payload(folder, worker)
    assert_absent(sealed, "jsmith77")
    document = sealed.document()
    assert document["run_configuration"]["run_id"] == "unknown"
    assert left_out(draft, "RunInfo/Run Id")
    assert document["instrument_configuration"]["serial"] == "M01101"  # the rest travels
    assert document["run_configuration"]["read_structure"] == "151+8i+8i+151"


@pytest.mark.parametrize(
    ("flowcell", "secrets", "also_rfid"),
    [
        ("RNASeq_M023", ["RNASeq_M023", "m023"], False),  # the experiment name
        ("aclfiler", ["aclfiler"], False),  # the host of the output folder's UNC path
        ("ACLFILER", ["aclfiler"], False),  # the same, in the form of a serial
        ("ACLFILER", ["aclfiler"], True),  # also typed as the flow cell's RFID serial
    ],
)
def test_a_local_value_as_the_flow_cell_id_does_not_travel(
    tmp_path: Path, worker: InteropWorker, flowcell: str, secrets: list[str], also_rfid: bool
) -> None:
    folder = copy_run(MISEQ, tmp_path)
    set_element(folder, "RunInfo.xml", "Flowcell", flowcell)
    if also_rfid:  # <FlowcellRFIDTag><SerialNumber> and <Barcode>
        set_element(folder, "RunParameters.xml", "SerialNumber", flowcell)
        set_element(folder, "RunParameters.xml", "Barcode", flowcell)
    draft, sealed = sealed_payload(folder, worker)
    assert_absent(sealed, *secrets)
    configuration = sealed.document()["run_configuration"]
    assert configuration["flowcell"] == "unknown"
    assert left_out(draft, "RunInfo/Flowcell")
    if not also_rfid:  # the run ID still names the flow cell the RFID tag read
        assert configuration["run_id"] == MISEQ_RUN_ID
        assert {"kind": "Flow cell", "serial": "000000000-JDP9R"}.items() <= next(
            c for c in configuration["consumables"] if c["kind"] == "Flow cell"
        ).items()


def test_a_cloud_run_id_as_a_lot_number_does_not_travel(
    tmp_path: Path, worker: InteropWorker
) -> None:
    folder = copy_run(MISEQ, tmp_path)
    edit(folder, "RunParameters.xml", "<LotNumber>20513109</LotNumber>", "<LotNumber>206383205</LotNumber>")  # fmt: skip
    draft, sealed = sealed_payload(folder, worker)
    assert_absent(sealed, "206383205")  # the BaseSpaceRunId
    flow_cell = next(
        c for c in sealed.document()["run_configuration"]["consumables"] if c["kind"] == "Flow cell"
    )
    assert "lot" not in flow_cell and flow_cell["serial"] == "000000000-JDP9R"
    assert left_out(draft, "Flow cell lot")


# ---------------------------------------------------------------- 2. forms of personal data

PERSONAL_FORMS = [
    ("MRN12345678", ["MRN12345678", "12345678"]),
    ("LIMS:S2024-0042:HG00096", ["HG00096", "S2024-0042"]),
    ("PT:Jane_Doe", ["Jane_Doe", "jane"]),
    ("Doe_Jane_1980-01-01", ["Doe_Jane", "1980-01-01"]),
    ("MS3181617_XACGTTGCATGCAACGT", ["ACGTTGCATGCAACGT"]),  # 16 bases glued to a letter
]
# (element, which one, how the Draft names it when it is left out)
SERIAL_PLACES = [
    ("LotNumber", 3, "Reagent kit lot"),  # ReagentKitRFIDTag
    ("SerialNumber", 2, "PR2 buffer bottle serial"),  # PR2BottleRFIDTag
    ("Chemistry", 1, "/Chemistry"),  # an allow-listed setting
]


@pytest.mark.parametrize(("value", "secrets"), PERSONAL_FORMS)
@pytest.mark.parametrize(("tag", "nth", "named"), SERIAL_PLACES)
def test_personal_data_in_a_serial_or_setting_is_left_out_and_the_rest_travels(
    tmp_path: Path,
    worker: InteropWorker,
    value: str,
    secrets: list[str],
    tag: str,
    nth: int,
    named: str,
) -> None:
    folder = copy_run(MISEQ, tmp_path)
    set_element(folder, "RunParameters.xml", tag, value, nth)
    draft, sealed = sealed_payload(folder, worker)
    assert_absent(sealed, *secrets)
    assert left_out(draft, named)
    configuration = sealed.document()["run_configuration"]
    assert configuration["run_id"] == MISEQ_RUN_ID and configuration["flowcell"] != "unknown"


def test_free_text_in_the_chemistry_setting_is_left_out(
    tmp_path: Path, worker: InteropWorker
) -> None:
    folder = copy_run(MISEQ, tmp_path)
    set_element(folder, "RunParameters.xml", "Chemistry", "Amplicon Jane Doe")
    draft, sealed = sealed_payload(folder, worker)
    assert_absent(sealed, "Jane", "Doe")
    assert left_out(draft, "/Chemistry")
    names = {s["name"] for s in sealed.document()["run_configuration"]["settings"]}
    assert "Chemistry" not in names and "FocusMethod" in names  # the other settings travel


# ---------------------------------------------------------------- 3. unknown elements


def test_only_the_named_cycle_counts_travel() -> None:
    assert travels("/PlannedCycles/Read1") and travels("/CompletedCycles/Index2")
    assert not travels("/PlannedCycles/Operator") and not travels("/CompletedCycles/ReadName")


@pytest.mark.parametrize(
    ("group", "element", "value"),
    [
        ("PlannedCycles", "Operator", "Jane Doe"),
        ("CompletedCycles", "Operator", "jdoe"),
        ("PlannedCycles", "SampleName", "HG00096"),
    ],
)
def test_an_unknown_element_among_the_cycles_is_left_out_and_the_rest_travels(
    tmp_path: Path, worker: InteropWorker, group: str, element: str, value: str
) -> None:
    folder = copy_run(NEXTSEQ, tmp_path)
    edit(
        folder, "RunParameters.xml", f"<{group}>", f"<{group}>\n    <{element}>{value}</{element}>"
    )
    draft, sealed = sealed_payload(folder, worker)  # today: blocked, nothing sent for the run
    assert_absent(sealed, value, f"{group}.{element}")
    assert left_out(draft, f"/{group}/{element}")
    settings = {s["name"]: s["value"] for s in sealed.document()["run_configuration"]["settings"]}
    assert settings[f"{group}.Read1"] == "151" and settings[f"{group}.Index2"] == "8"
    assert sealed.document()["run_configuration"]["run_id"] == "220112_VH00559_4_AAANY2JM5"


# ---------------------------------------------------------------- the real folders


@pytest.mark.parametrize("name", ALL_RUNS)
def test_real_folders_still_send_every_identifier(name: str, worker: InteropWorker) -> None:
    run = load_run_folder(run_path(name), worker=worker)
    draft = build("run_end", run_folder_health(run).store, run=run, machine=[])
    document = seal(draft).document()
    configuration = document["run_configuration"]
    assert configuration["run_id"] == run.run_info.run_id
    assert configuration["flowcell"] == run.run_info.flowcell
    assert document["instrument_configuration"]["serial"] == run.run_info.instrument_id
    sent = {c["kind"]: c for c in configuration["consumables"]}
    for consumable in run.consumables:
        for key in ("serial", "part_number", "lot"):
            if getattr(consumable, key):
                assert sent[consumable.kind][key] == getattr(consumable, key), (consumable, key)
    assert not draft.left_out or all("version" in reason for reason in draft.left_out)
