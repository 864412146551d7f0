"""The split the payload relies on: personal data in RunParameters never travels."""

from __future__ import annotations

import pytest

from proactive_gui.runs.parameters import parse_run_parameters, travels
from proactive_gui.runs.xmlfile import find_file
from tests.runfolders import run_path

# SOURCES.md: the personal-data-bearing fields of each folder's RunParameters.xml.
PERSONAL = {
    "MiSeq_210505_M01101_0075_000000000-JDP9R": [
        "Username",
        "BaseSpaceUserName",
        "ExperimentName",
        "RunDescription",
        "SelectedRun",
        "SampleSheetFilePath",
        "OutputFolder",
        "TempFolder",
        "RTATempFolder",
        "AnalysisFolder",
        "SampleSheetFolder",
        "ManifestFolder",
        "RecipeFolder",
        "BaseSpaceRunId",
    ],
    "MiSeq_140211_M00612_0148_000000000-A7M8N": [
        "ExperimentName",
        "Username",
        "OutputFolder",
        "SampleSheetFolder",
        "TempFolder",
        "AnalysisFolder",
        "RecipeFolder",
        "ManifestFolder",
    ],
    "MiSeq_131022_M00630_0101_000000000-A5Y02_inprogress": [
        "ExperimentName",
        "Username",
        "OutputFolder",
        "SampleSheetFolder",
        "ManifestFolder",
        "TempFolder",
        "AnalysisFolder",
        "RecipeFolder",
    ],
    "MiSeqi100Plus_20251208_SH00363_0034_ASC2137356-SC3": ["OutputFolder", "ExperimentName"],
    "NextSeq2000_220112_VH00559_4_AAANY2JM5": [
        "SampleSheetFilePath",
        "ExperimentName",
        "OutputFolder",
        "BaseSpaceRunId",
    ],
    "NovaSeq6000_200624_A00834_0183_BHMTFYDRXX": [
        "SamplesheetFile",
        "ExperimentName",
        "OutputRunFolder",
        "CeMountRunFolder",
        "CeLinuxRunFolder",
        "SbcRunFolder",
        "PreRunFolder",
        "RtaRawRunFolder",
        "RecipeFilePath",
        "BaseSpaceRunId",
        "InstrumentName",
    ],
    "HiSeq2500_140213_D00251_0076_BH8FW8ADXX": [
        "Setup/ExperimentName",
        "Setup/Username",
        "Setup/ComputerName",
        "Setup/OutputFolder",
        "Setup/SampleSheet",
        "Setup/TempFolder",
        "BaseSpaceSettings/TempFolder",
        "BaseSpaceSettings/RunId",
    ],
}


# Path segments that name the vendor or its software, not a person, site or server.
GENERIC_SEGMENTS = {"illumina", "miseq control software", "novaseq", "novaseq control software"}


@pytest.mark.parametrize("name", sorted(PERSONAL))
def test_personal_fields_stay_local_and_their_values_never_travel(name: str) -> None:
    params = parse_run_parameters(find_file(run_path(name), "RunParameters.xml"))  # type: ignore[arg-type]
    local = params.local_only
    travelling = " ".join(params.may_travel.values()).lower()
    for field in PERSONAL[name]:
        found = {path: value for path, value in local.items() if path.endswith("/" + field)}
        assert found, f"{field} not found among the local-only fields"
        for path, value in found.items():
            assert not travels(path)
            parts = [
                p
                for p in value.replace("\\", "/").replace("@", "/").split("/")
                if len(p) > 3 and p.lower() not in GENERIC_SEGMENTS
            ]
            assert parts or not value, f"{path}: nothing identifying left to check in {value!r}"
            for part in parts:
                assert part.lower() not in travelling, (
                    f"{path}: {part!r} appears in a travelling value"
                )


def test_unknown_fields_stay_local_by_default() -> None:
    assert not travels("/SomeFieldANewInstrumentAdds")
    assert not travels("/Setup/OperatorName")
    assert travels("/RTAVersion") and travels("/Setup/ApplicationVersion")
    assert travels("/RfidsInfo/SbsLotNumber") and travels("/FlowcellRFIDTag/SerialNumber")
