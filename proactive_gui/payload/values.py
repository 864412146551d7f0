"""What a value from outside may be, before it travels in a payload.

The form a field's value must have (the schema's pattern, and a serial's structure),
the run's own identifiers that travel by their structure (``run_identity``), the values
that stay on this PC and are evidence of a leak wherever they turn up (``local_values``),
and the words that name nobody: the app's own (models, channels), the settings' and
the schema's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from proactive_gui.instrument.telemetry import TelemetryStore
from proactive_gui.payload.gate import Taint, scan_text, tokens
from proactive_gui.payload.schema import pattern_of
from proactive_gui.runs.folder import RunFolder
from proactive_gui.runs.models import PREFIX_MODELS, TYPE_MODELS, UNKNOWN
from proactive_gui.runs.parameters import CONSUMABLE_KINDS, echoes_identifiers
from proactive_gui.runs.runinfo import parse_run_date

DEMO_MODEL = "Demo instrument"
DEMO_SERIAL = "DEMO-0001"
# Words that RunParameters values share with instrument settings and folder names, and
# that name nobody: finding one inside a local path is not evidence of a leak.
COMMON_WORDS = frozenset(
    [
        "true",
        "false",
        "none",
        "null",
        "default",
        "custom",
        "control",
        "software",
        "buffer",
        "board",
        "system",
        "left",
        "right",
        "module",
        "interface",
        "holder",
        "plate",
        "tile",
        "output",
        "input",
        "upload",
        "files",
        "file",
        "program",
        "recipe",
        "sample",
        "sheet",
        "data",
        "runs",
        "temp",
        "analysis",
        "version",
        "chemistry",
        "fluidics",
    ]
)
# Words of Illumina product and setting names (kits, flow cells, washes, read modes): a
# setting of several words is made of these, numbers and short codes, or it is free text.
SETTING_WORDS = frozenset(
    [
        "post",
        "pre",
        "wash",
        "washes",
        "maintenance",
        "standby",
        "water",
        "rapid",
        "high",
        "mid",
        "output",
        "standard",
        "truseq",
        "nextera",
        "amplicon",
        "paired",
        "single",
        "end",
        "read",
        "reads",
        "index",
        "dual",
        "cycle",
        "cycles",
        "kit",
        "kits",
        "flow",
        "cell",
        "cells",
        "cartridge",
        "cartridges",
        "reagent",
        "reagents",
        "cluster",
        "clustering",
        "primer",
        "primers",
        "specified",
        "auto",
        "manual",
        "mode",
        "lane",
        "lanes",
        "surface",
        "surfaces",
        "both",
        "top",
        "bottom",
        "series",
        "plus",
    ]
)
# A serial, lot or part number: upper-case letters and digits in groups, as instruments
# print them (000000000-JDP9R, MS3181617-300V2, 20513109); no label ("LIMS:"), no date.
_SERIAL_FORM = re.compile(r"[A-Z0-9]+(?:[-_.][A-Z0-9]+)*")
_DATE = re.compile(
    r"(?<!\d)(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{2,4})(?!\d)"
)
# The run ID (runs/runinfo.py): date_instrument_number_flowcell, the flow cell perhaps
# after a side letter (NovaSeq, HiSeq: ..._BHMTFYDRXX), or the i100's cartridge.
_RUN_ID = re.compile(
    r"(?P<date>\d{6}|\d{8})_(?P<instrument>[^_]+)_(?P<number>\d{1,6})_(?P<position>.+)"
)
_INSTRUMENT_ID = re.compile(r"(?:[A-Z]{2,4}-)?[A-Z]{1,4}\d{3,8}")  # M01101, VH00559, A00834
_SIDES = ("", "A", "B")


def looks_like(definition: str, value: str) -> bool:
    """Whether ``value`` has the form of a ``definition`` field: the schema's pattern,
    for a serial the form serials have (``_SERIAL_FORM``, no date), and no pattern of
    personal data."""
    if not re.fullmatch(pattern_of(definition), value):
        return False
    if definition == "serial" and (not _SERIAL_FORM.fullmatch(value) or _DATE.search(value)):
        return False
    return not scan_text(value, "", Taint.NONE, version=definition == "version")


@dataclass(frozen=True)
class RunIdentity:
    """The run ID's structure: its date, instrument, number and flow cell, each only
    where it agrees with RunInfo.xml and RunParameters.xml (empty where it does not).
    These are what the instrument itself writes into local values (the run folder in
    every path, the instrument in share and computer names, the start date)."""

    run_id: str = ""  # the whole run ID, when its last part is the flow cell or cartridge
    date: str = ""
    number: str = ""
    instrument: str = ""
    flowcell: str = ""  # the serial in the run ID's last part, without a side letter

    @property
    def explained(self) -> tuple[str, ...]:
        """Identifiers whose whole occurrences in a local value are no leak of it."""
        return tuple(v for v in (self.run_id, self.date, self.instrument) if v)

    @property
    def words(self) -> set[str]:
        return tokens(f"{self.run_id} {self.date} {self.number} {self.instrument} {self.flowcell}")


def run_identity(run: RunFolder) -> RunIdentity:
    """The parts of the run ID that agree with the rest of the run folder: a run ID whose
    last part is no flow cell or cartridge the run knows ('210505_M01101_0075_jsmith77')
    lends its words to nothing."""
    info = run.run_info
    parts = _RUN_ID.fullmatch(info.run_id)
    if parts is None or parse_run_date(parts["date"]) is None:
        return RunIdentity()
    instrument = parts["instrument"]
    if instrument != info.instrument_id or not _INSTRUMENT_ID.fullmatch(instrument):
        return RunIdentity()
    serials = [s for s in (info.flowcell, *(c.serial for c in run.consumables)) if s]
    position = parts["position"]
    flowcell = next((s for s in serials for side in _SIDES if position == side + s), "")
    whole = info.run_id if flowcell and looks_like("serial", info.run_id) else ""
    return RunIdentity(whole, parts["date"], parts["number"], instrument, flowcell)


def identifier_words(run: RunFolder | None) -> set[str]:
    """Words of the run's identifiers that travel by their structure: the run ID's date,
    instrument, number and flow cell (``run_identity``). Not every word a serial field
    happens to hold: those are checked against the values that stay on this PC."""
    if run is None:
        return tokens(DEMO_SERIAL)
    return run_identity(run).words


def local_values(run: RunFolder | None) -> list[str]:
    """The RunParameters values that stay on this PC, as evidence. In the fields the
    instrument fills from the run's identifiers (``echoes_identifiers``: a sample sheet
    named after the reagent kit), the words of those identifiers are no evidence."""
    if run is None:
        return []
    info = run.run_info
    identifiers = [info.run_id, info.flowcell, info.instrument_id]
    for c in run.consumables:
        identifiers += [c.serial, c.part_number, c.lot]
    known = [i.lower() for i in identifiers if i]
    values = []
    for path, value in run.local_only.items():
        if echoes_identifiers(path):
            value = " ".join(sorted(w for w in tokens(value) if not any(w in k for k in known)))
        values.append(value)
    return values


def own_words(store: TelemetryStore | None) -> set[str]:
    """The app's own words: model and channel names are never personal data. (Not event
    texts: a source may fill those from outside.)"""
    models = (*PREFIX_MODELS.values(), *TYPE_MODELS.values())
    words = tokens(" ".join(f"{name} {family}" for name, family in models))
    words |= tokens(f"{DEMO_MODEL} {UNKNOWN.name} {' '.join(CONSUMABLE_KINDS.values())}")
    words |= COMMON_WORDS
    for channel in store.channels if store is not None else ():
        words |= tokens(f"{channel.id} {channel.label} {channel.unit}")
    return words
