"""One answer to "is it sent?": on every real run folder, what the lists call not sent is
not in the sealed bytes, and every run-folder value that is in the bytes is listed as
sent, with the payload fields that carry it (issue 20, build item 1)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from proactive_gui.health.snapshot import run_folder_health
from proactive_gui.payload.build import Draft, HealthView, build, run_disclosures
from proactive_gui.payload.disclosure import (
    LINKS_TO_SAMPLES,
    RUN_PARAMETERS,
    identifies,
    payload_strings,
    run_folder_values,
)
from proactive_gui.payload.seal import SealedPayload, seal
from proactive_gui.runs.folder import RunFolder, load_run_folder
from proactive_gui.runs.isolation import InteropWorker
from proactive_gui.runs.xmlfile import find_file
from tests.runfolders import ALL_RUNS, copy_run, run_path

NEXTSEQ = "NextSeq2000_220112_VH00559_4_AAANY2JM5"
NOVASEQ = "NovaSeq6000_200624_A00834_0183_BHMTFYDRXX"


@pytest.fixture(scope="module")
def worker() -> Iterator[InteropWorker]:
    w = InteropWorker()
    yield w
    w.close()


def sealed_of(run: RunFolder) -> tuple[Draft, SealedPayload]:
    snapshot = run_folder_health(run)
    health = HealthView(snapshot.report, tuple(snapshot.monitor.alerts))
    draft = build("run_end", snapshot.store, health=health, run=run, machine=[])
    return draft, seal(draft)


@pytest.mark.parametrize("name", ALL_RUNS)
def test_not_sent_is_never_in_the_bytes_and_every_value_in_them_is_listed_as_sent(
    name: str, worker: InteropWorker
) -> None:
    run = load_run_folder(run_path(name), worker=worker)
    draft, sealed = sealed_of(run)
    text = sealed.data.decode("utf-8")
    said = {(d.source, d.field): d for d in draft.disclosures}
    assert len(said) == len(run_folder_values(run))  # every value of the folder is told
    for d in draft.not_sent:
        if identifies(d.value):
            assert d.value not in text, f"{d.field} = {d.value!r} is listed as not sent"
    strings = [s for _, s in payload_strings(sealed.document())]
    for source, field, value, _ in run_folder_values(run):
        if identifies(value) and any(value in s for s in strings):
            assert said[(source, field)].sent, f"{field} = {value!r} is sent but not listed"
    for setting in sealed.document()["run_configuration"]["settings"]:
        carried = [
            d
            for d in draft.sent
            if d.source == RUN_PARAMETERS
            and d.value == setting["value"]
            and any(p.startswith("run_configuration.settings[") for p in d.sent_as)
        ]
        assert carried, f"setting {setting['name']} is sent but no field is listed as its source"


@pytest.mark.parametrize("name", ALL_RUNS)
def test_run_quality_and_the_payload_page_give_the_same_answer(
    name: str, worker: InteropWorker
) -> None:
    run = load_run_folder(run_path(name), worker=worker)
    draft, _ = sealed_of(run)
    alone = {(d.source, d.field): d.sent for d in run_disclosures(run, machine=[])}
    whole = {(d.source, d.field): d.sent for d in draft.disclosures}
    assert alone == whole


def add_elements(folder: Path, elements: dict[str, str]) -> None:
    """Add ``<Tag>value</Tag>`` elements at the start of RunParameters' root element."""
    path = find_file(folder, "RunParameters.xml")
    assert path is not None
    text = path.read_text("utf-8")
    root_end = text.index(">", text.index("<RunParameters")) + 1
    added = "".join(f"<{tag}>{value}</{tag}>" for tag, value in elements.items())
    path.write_text(text[:root_end] + added + text[root_end:], "utf-8")


def test_local_copies_of_the_identifiers_are_listed_as_sent_not_as_kept(
    tmp_path: Path, worker: InteropWorker
) -> None:
    """The NextSeq 500 finding: InstrumentID, RunID, FlowCellSerial and consumable serials
    are fields no rule names, but their values are the serial, run id and flow cell the
    payload carries; calling them "not sent" was untrue."""
    folder = copy_run(NEXTSEQ, tmp_path)
    original = load_run_folder(folder, worker=worker)
    info = original.run_info
    add_elements(
        folder,
        {
            "InstrumentID": info.instrument_id,
            "RunID": info.run_id,
            "FlowCellSerial": info.flowcell,
            "ReagentKitSerial": original.consumables[-1].serial,
        },
    )
    run = load_run_folder(folder, worker=worker)
    draft, sealed = sealed_of(run)
    said = {d.field: d for d in draft.disclosures if d.source == RUN_PARAMETERS}
    for field, carried in (
        ("/InstrumentID", "instrument_configuration.serial"),
        ("/RunID", "run_configuration.run_id"),
        ("/FlowCellSerial", "run_configuration.flowcell"),
    ):
        assert said[field].sent, field
        assert carried in said[field].sent_as
        assert "the same value" in said[field].reason
    kit = said["/ReagentKitSerial"]
    assert kit.sent and any(".consumables[" in p for p in kit.sent_as)
    assert "/InstrumentID" in run.local_only  # still no rule names them: they do not travel
    assert all(d.value not in sealed.data.decode() for d in draft.not_sent if identifies(d.value))


def test_a_user_name_in_a_copy_of_an_identifier_is_no_copy(
    tmp_path: Path, worker: InteropWorker
) -> None:
    """Those copies are excused only word by word, as what they copy: a user name typed
    into one is still a user name, and is neither sent nor listed as sent."""
    folder = copy_run(NEXTSEQ, tmp_path)
    add_elements(folder, {"FlowCellSerial": "jsmith77"})
    run = load_run_folder(folder, worker=worker)
    draft, sealed = sealed_of(run)
    assert b"jsmith77" not in sealed.data.lower()
    copy = next(d for d in draft.disclosures if d.field == "/FlowCellSerial")
    assert not copy.sent


def test_a_library_tube_barcode_stays_on_this_pc_with_its_reason(worker: InteropWorker) -> None:
    run = load_run_folder(run_path(NOVASEQ), worker=worker)
    draft, sealed = sealed_of(run)
    assert b"NV0217945-LIB" not in sealed.data
    tube = next(d for d in draft.disclosures if d.field.endswith("LibraryTubeSerialBarcode"))
    assert not tube.sent and tube.why == LINKS_TO_SAMPLES
    consumables = sealed.document()["run_configuration"]["consumables"]
    library = next(c for c in consumables if c["kind"] == "Library tube")
    assert "serial" not in library and library["lot"] == "1000006638"  # the batch travels


@pytest.mark.parametrize(
    ("value", "names_something"),
    [
        ("true", False),
        ("0", False),
        ("151", False),
        ("2022", False),
        ("1000006638", True),
        ("SP", False),
        ("VH00559", True),
        ("Manual", True),
        ("n/a", False),
    ],
)
def test_which_values_name_something_by_themselves(value: str, names_something: bool) -> None:
    assert identifies(value) is names_something
