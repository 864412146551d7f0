"""Which instrument wrote a run folder: from RunParameters (InstrumentType, application
name) and from the instrument id's prefix, since Illumina's interop library reports
'unknown' for several models."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Instrument-id prefixes (letters before the digits) and the model they mean.
PREFIX_MODELS: dict[str, tuple[str, str]] = {
    "SH": ("MiSeq i100", "MiSeqI100"),
    "VH": ("NextSeq 1000/2000", "NextSeq1k2k"),
    "NS": ("NextSeq 500/550", "NextSeq"),
    "NB": ("NextSeq 500/550", "NextSeq"),
    "LH": ("NovaSeq X", "NovaSeqX"),
    "FS": ("iSeq 100", "iSeq"),
    "MN": ("MiniSeq", "MiniSeq"),
    "A": ("NovaSeq 6000", "NovaSeq"),
    "M": ("MiSeq", "MiSeq"),
    "D": ("HiSeq 2500", "HiSeq"),
    "SN": ("HiSeq 2000", "HiSeq"),
    "E": ("HiSeq X", "HiSeq"),
    "J": ("HiSeq 3000", "HiSeq"),
    "K": ("HiSeq 4000", "HiSeq"),
}

# What RunParameters says, mapped to a display name and family.
TYPE_MODELS: dict[str, tuple[str, str]] = {
    "miseqi100plus": ("MiSeq i100 Plus", "MiSeqI100"),
    "miseqi100": ("MiSeq i100", "MiSeqI100"),
    "nextseq 2000": ("NextSeq 2000", "NextSeq1k2k"),
    "nextseq 1000": ("NextSeq 1000", "NextSeq1k2k"),
    "novaseqxplus": ("NovaSeq X Plus", "NovaSeqX"),
    "novaseqx": ("NovaSeq X", "NovaSeqX"),
}
APPLICATION_MODELS: tuple[tuple[str, tuple[str, str]], ...] = (
    ("miseqi100", ("MiSeq i100", "MiSeqI100")),
    ("nextseq 1000/2000", ("NextSeq 1000/2000", "NextSeq1k2k")),
    ("nextseq", ("NextSeq 500/550", "NextSeq")),
    ("novaseq x", ("NovaSeq X", "NovaSeqX")),
    ("novaseq", ("NovaSeq 6000", "NovaSeq")),
    ("miniseq", ("MiniSeq", "MiniSeq")),
    ("miseq", ("MiSeq", "MiSeq")),
    ("hiseq", ("HiSeq", "HiSeq")),
    ("iseq", ("iSeq 100", "iSeq")),
)


@dataclass(frozen=True)
class InstrumentModel:
    name: str
    family: str
    source: str  # how it was identified, for the person reading a report


UNKNOWN = InstrumentModel("Unknown instrument", "Unknown", "nothing identified it")


def prefix_of(instrument_id: str) -> str:
    match = re.match(r"[A-Za-z]+", instrument_id.strip())
    return match.group(0).upper() if match else ""


def identify_model(instrument_type: str, application: str, instrument_id: str) -> InstrumentModel:
    """The most specific identification available: the XML's InstrumentType, then the
    instrument-id prefix, then the control software's name."""
    declared = TYPE_MODELS.get(instrument_type.strip().lower())
    if declared:
        return InstrumentModel(*declared, source="RunParameters InstrumentType")
    if instrument_type.strip():
        by_prefix = PREFIX_MODELS.get(prefix_of(instrument_id))
        family = by_prefix[1] if by_prefix else "Unknown"
        return InstrumentModel(instrument_type.strip(), family, "RunParameters InstrumentType")
    by_prefix = PREFIX_MODELS.get(prefix_of(instrument_id))
    if by_prefix:
        return InstrumentModel(
            *by_prefix, source=f"instrument id prefix {prefix_of(instrument_id)!r}"
        )
    lowered = application.lower()
    for needle, model in APPLICATION_MODELS:
        if needle in lowered:
            return InstrumentModel(*model, source="control software name")
    return UNKNOWN
