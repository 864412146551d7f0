from __future__ import annotations

import pytest

from proactive_gui.runs.models import identify_model


@pytest.mark.parametrize(
    ("instrument_id", "model"),
    [
        ("M01101", "MiSeq"),
        ("SH00363", "MiSeq i100"),
        ("VH00559", "NextSeq 1000/2000"),
        ("NS500123", "NextSeq 500/550"),
        ("NB551090", "NextSeq 500/550"),
        ("A00834", "NovaSeq 6000"),
        ("LH00210", "NovaSeq X"),
        ("D00251", "HiSeq 2500"),
        ("E00123", "HiSeq X"),
        ("J00123", "HiSeq 3000"),
        ("K00123", "HiSeq 4000"),
        ("FS10000123", "iSeq 100"),
        ("MN01234", "MiniSeq"),
    ],
)
def test_the_instrument_id_prefix_names_the_model(instrument_id: str, model: str) -> None:
    identified = identify_model("", "", instrument_id)
    assert identified.name == model
    assert identified.source.startswith("instrument id prefix")


def test_the_xml_wins_over_the_prefix_and_the_software_name_is_the_last_resort() -> None:
    assert identify_model("NextSeq 2000", "", "VH1").name == "NextSeq 2000"
    assert identify_model("MiSeqi100Plus", "", "SH1").name == "MiSeq i100 Plus"
    assert identify_model("", "NovaSeq Control Software", "X999").name == "NovaSeq 6000"
    unknown = identify_model("", "", "Z123")
    assert (unknown.name, unknown.family) == ("Unknown instrument", "Unknown")
