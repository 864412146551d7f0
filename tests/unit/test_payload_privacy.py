"""The product's promise on real run folders: no personal data in the bytes."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import rfc8785

from proactive_gui.health.snapshot import run_folder_health
from proactive_gui.instrument.simulator import demo_store
from proactive_gui.payload.build import HealthView, build
from proactive_gui.payload.gate import tokens
from proactive_gui.payload.schema import PayloadInvalidError, validate
from proactive_gui.payload.seal import SealedPayload, seal
from proactive_gui.payload.values import identifier_words, own_words
from proactive_gui.runs.folder import RunFolder, load_run_folder
from proactive_gui.runs.parameters import parse_run_parameters
from proactive_gui.runs.xmlfile import find_file
from tests.conftest import SHARED_RUNS

# The personal-data-bearing RunParameters fields that SOURCES.md names, per folder.
PERSONAL_FIELDS = {
    "MiSeq_210505_M01101_0075_000000000-JDP9R": [
        "Username", "BaseSpaceUserName", "ExperimentName", "RunDescription", "SelectedRun",
        "SampleSheetFilePath", "OutputFolder", "TempFolder", "RTATempFolder", "AnalysisFolder",
        "SampleSheetFolder", "ManifestFolder", "RecipeFolder", "BaseSpaceRunId",
    ],
    "MiSeq_140211_M00612_0148_000000000-A7M8N": [
        "ExperimentName", "Username", "OutputFolder", "SampleSheetFolder", "TempFolder",
        "AnalysisFolder", "RecipeFolder", "ManifestFolder",
    ],
    "MiSeq_131022_M00630_0101_000000000-A5Y02_inprogress": [
        "ExperimentName", "Username", "OutputFolder", "SampleSheetFolder", "ManifestFolder",
        "TempFolder", "AnalysisFolder", "RecipeFolder",
    ],
    "MiSeqi100Plus_20251208_SH00363_0034_ASC2137356-SC3": ["OutputFolder", "ExperimentName"],
    "NextSeq2000_220112_VH00559_4_AAANY2JM5": [
        "SampleSheetFilePath", "ExperimentName", "OutputFolder", "BaseSpaceRunId",
    ],
    "NovaSeq6000_200624_A00834_0183_BHMTFYDRXX": [
        "SamplesheetFile", "ExperimentName", "OutputRunFolder", "CeMountRunFolder",
        "CeLinuxRunFolder", "SbcRunFolder", "PreRunFolder", "RtaRawRunFolder", "RecipeFilePath",
        "BaseSpaceRunId", "InstrumentName",
    ],
    "HiSeq2500_140213_D00251_0076_BH8FW8ADXX": [
        "ExperimentName", "Username", "ComputerName", "OutputFolder", "SampleSheet",
        "TempFolder", "BaseSpaceSettings/TempFolder", "BaseSpaceSettings/RunId",
    ],
}  # fmt: skip


OWN_WORDS = own_words(demo_store())  # model names, folder words such as "Recipe", channels


def personal_values(folder: Path) -> list[str]:
    params = parse_run_parameters(find_file(folder, "RunParameters.xml"))  # type: ignore[arg-type]
    wanted = PERSONAL_FIELDS[folder.name]
    return [
        f.value
        for f in params.fields
        if f.value and any(f.path.lower().endswith("/" + w.lower()) for w in wanted)
    ]


def parts(value: str, run: RunFolder) -> set[str]:
    """The value, the user part of an e-mail, and each path segment or word that could
    name a person, a site or a server (not the run's own identifiers, not folder words
    such as 'Recipe', and not the instrument serial, which travels by design)."""
    found = {value.split("@")[0]} if "@" in value else set()
    for segment in [value, *re.split(r"[\\/]+", value)]:
        for piece in [segment, *re.split(r"[\s_.@-]+", segment)]:
            words = tokens(piece)
            if len(piece) < 4 or not words or words <= identifier_words(run) | OWN_WORDS:
                continue
            if piece.isdigit() and len(piece) < 6:
                continue
            found.add(piece)
    return found


@pytest.fixture(scope="module", params=sorted(PERSONAL_FIELDS))
def sealed_run(request: pytest.FixtureRequest) -> tuple[Path, RunFolder, SealedPayload]:
    folder = SHARED_RUNS / request.param
    run = load_run_folder(folder)
    snapshot = run_folder_health(run)  # the real instrument's health, as the window has it
    health = HealthView(snapshot.report, tuple(snapshot.monitor.alerts))
    return folder, run, seal(build("run_end", snapshot.store, health=health, run=run))


def test_no_personal_value_or_part_of_one_is_in_the_bytes(
    sealed_run: tuple[Path, RunFolder, SealedPayload],
) -> None:
    folder, run, sealed = sealed_run
    text = sealed.data.decode("utf-8").lower()
    values = personal_values(folder)
    assert len(values) >= len(PERSONAL_FIELDS[folder.name]) - 2  # the fields were found
    leaks = {p for v in values for p in parts(v, run) if p.lower() in text}
    assert not leaks


def test_real_runs_travel_their_configuration_and_performance(
    sealed_run: tuple[Path, RunFolder, SealedPayload],
) -> None:
    _, run, sealed = sealed_run
    document = sealed.document()
    validate(document)
    configuration = document["run_configuration"]
    assert configuration["run_id"] == run.run_info.run_id
    assert configuration["read_structure"] == run.run_info.read_structure
    assert document["instrument_configuration"]["serial"] == run.run_info.instrument_id
    assert document["run_performance"]["cycles_done"] == run.cycles_done


def test_sealed_bytes_are_canonical_and_hash_to_the_digest(
    sealed_run: tuple[Path, RunFolder, SealedPayload],
) -> None:
    _, _, sealed = sealed_run
    assert rfc8785.dumps(json.loads(sealed.data)) == sealed.data
    again = SealedPayload.from_bytes(sealed.data)
    assert again == sealed and again.sha256 == sealed.sha256


def _objects(node: object, path: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
    found = []
    if isinstance(node, dict):
        found.append(path)
        for key, value in node.items():
            found += _objects(value, (*path, key))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            found += _objects(value, (*path, i))
    return found


def test_the_schema_refuses_an_unknown_field_at_every_level(
    sealed_run: tuple[Path, RunFolder, SealedPayload],
) -> None:
    _, _, sealed = sealed_run
    document = sealed.document()
    paths = _objects(document)
    assert len(paths) > 20
    for path in paths:
        tampered = sealed.document()
        node = tampered
        for step in path:
            node = node[step]  # type: ignore[index]
        node["operator"] = "someone"  # type: ignore[index]
        where = ".".join(str(step) for step in path) or "the payload"
        with pytest.raises(PayloadInvalidError, match="does not allow") as refused:
            validate(tampered)
        assert str(refused.value).startswith(where)
