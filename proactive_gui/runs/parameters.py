"""RunParameters.xml: versions, chemistry and consumables that may travel, and everything
else, which stays on this PC.

This is an allow-list: a field travels only when a rule below names it (versions,
serials, lots, part numbers, read structure, chemistry). User names, e-mail addresses,
experiment names, paths, computer names, cloud ids, and any field an instrument adds
that no rule names, are local-only; one added to an element whose fields all travel
by name (``PlannedCycles``) is also listed as left out.

A second, smaller allow-list names the local fields into which the instrument itself
writes the run's identifiers (MiSeq names the sample sheet after the reagent kit,
HiSeq after the flow cell): finding a consumable serial there is no sign that a local
value travels in a serial field.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from xml.etree.ElementTree import Element

from proactive_gui.i18n import QT_TRANSLATE_NOOP
from proactive_gui.runs.xmlfile import read_xml

_VERSIONS = (
    "application|applicationname|applicationversion|mcsversion|rtaversion|systemsuiteversion|"
    "fpgaversion|cpldversion|cpld|cameramodel|camerafirmware|camerafirmwareversion|"
    "cameradriver|cameradriverversion|focuscamerafirmware|chemistryversion|recipeversion|"
    "recipefragmentversion|cimversion|chmversion|imbversion|cibfpgaversion|runparametersversion"
)
_INSTRUMENT = "instrumenttype|instrumentserialnumber|scannerid|runcounter|runnumber|scannumber"
_RUN_SETUP = (
    "reagentkitversion|chemistry|workflowtype|runmode|flowcell|sbs|pe|fcposition|side|surface|"
    "readtype|pairendfc|focusmethod|swathscanmode|clusteringchoice|surfacetoscan|numlanes|"
    "numswaths|numtilesperswath|selectedsurface|afterrunwashmethod|mostrecentwashtype|"
    "flowcellmode|cartridgemode|flowcellversion|cartridgeversion|index"
)
_READS = (
    r"(planned|completed)cycles/(read|index)\d|(index)?read\d|(index)?read\dnumberofcycles|"
    r"planned(index)?(read)?\d?(read)?cycles|plannedreads/read(\[\d+\])?/(readname|cycles)"
)
_CONSUMABLE_FIELDS = "serialnumber|serialbarcode|partnumber|lotnumber|expirationdate"

TRAVEL_RULES = tuple(
    re.compile(pattern, re.IGNORECASE)
    for pattern in (
        rf"^/(setup/)?({_VERSIONS})$",
        rf"^/(setup/)?({_INSTRUMENT})$",
        rf"^/(setup/)?({_RUN_SETUP})$",
        rf"^/(setup/)?({_READS})$",
        rf"^/\w+rfidtag/({_CONSUMABLE_FIELDS})$",
        rf"^/consumableinfo/consumableinfo(\[\d+\])?/({_CONSUMABLE_FIELDS}|type|mode|version)$",
        rf"^/(flowcell|cartridge)({_CONSUMABLE_FIELDS})$",
        rf"^/rfidsinfo/(flowcell|sbs|cluster|buffer)({_CONSUMABLE_FIELDS}|mode|cyclekit)$",
        # a library tube's lot and part travel, never its barcode: the lab records that
        # barcode with the library the tube holds, so it could link to samples
        r"^/rfidsinfo/librarytube(partnumber|lotnumber|expirationdate|mode)$",
        r"^/(setup/)?(barcode|washbarcode|pr2bottlebarcode|reagentkitbarcode)$",
        r"^/setup/reagentkits/\w+/\w*reagentkit(\[\d+\])?/id$",
    )
)

# Elements whose every field travels by name: a field an instrument adds to one is news.
_NAMED_GROUPS = re.compile(
    r"^/(setup/)?((planned|completed)cycles|plannedreads/read(\[\d+\])?)$", re.IGNORECASE
)
# Local fields the instrument fills from the run's identifiers (sample sheet named after
# the reagent kit or the flow cell, the kit part number as entered, the start date, and
# plain copies of the run ID, instrument, flow cell and consumable serials).
ECHO_RULES = tuple(
    re.compile(pattern, re.IGNORECASE)
    for pattern in (
        r"^/(setup/)?(samplesheetname|samplesheet)$",
        r"^/(setup/)?reagentkitpartnumberentered$",
        r"^/(setup/)?runstartdate$",
        # NextSeq 500/550 copies the run's identifiers into fields of their own
        r"^/(setup/)?(instrumentid|instrumentname|runid|flowcellserial|reagentkitserial|"
        r"pr2bottleserial)$",
    )
)

CONSUMABLE_KINDS = {  # shown in the window in its language (context Consumable)
    "flowcell": QT_TRANSLATE_NOOP("Consumable", "Flow cell"),
    "pr2bottle": QT_TRANSLATE_NOOP("Consumable", "PR2 buffer bottle"),
    "reagentkit": QT_TRANSLATE_NOOP("Consumable", "Reagent kit"),
    "cartridge": QT_TRANSLATE_NOOP("Consumable", "Reagent cartridge"),
    "drycartridge": QT_TRANSLATE_NOOP("Consumable", "Dry cartridge"),
    "wetcartridge": QT_TRANSLATE_NOOP("Consumable", "Wet cartridge"),
    "librarytube": QT_TRANSLATE_NOOP("Consumable", "Library tube"),
    "sbs": QT_TRANSLATE_NOOP("Consumable", "SBS reagents"),
    "cluster": QT_TRANSLATE_NOOP("Consumable", "Cluster reagents"),
    "buffer": QT_TRANSLATE_NOOP("Consumable", "Buffer"),
    "index": QT_TRANSLATE_NOOP("Consumable", "Index reagents"),
    "pe": QT_TRANSLATE_NOOP("Consumable", "Paired-end reagents"),
}


@dataclass(frozen=True)
class Field:
    """One leaf of RunParameters.xml: its path (repeated siblings get [n]) and text."""

    path: str
    value: str
    travels: bool

    @property
    def name(self) -> str:
        return re.sub(r"\[\d+\]", "", self.path.rsplit("/", 1)[-1])


@dataclass(frozen=True)
class Consumable:
    kind: str
    serial: str = ""
    part_number: str = ""
    lot: str = ""
    expiration: str = ""
    sources: tuple[tuple[str, str], ...] = ()  # (serial, part_number…, its field path)

    def source(self, key: str) -> str:
        """The RunParameters field ``key`` was read from."""
        return dict(self.sources).get(key, "")


@dataclass(frozen=True)
class RunParameters:
    path: Path
    fields: tuple[Field, ...]

    @property
    def may_travel(self) -> dict[str, str]:
        return {f.path: f.value for f in self.fields if f.travels and f.value}

    @property
    def local_only(self) -> dict[str, str]:
        return {f.path: f.value for f in self.fields if not f.travels and f.value}

    @property
    def unlisted(self) -> tuple[Field, ...]:
        """Local fields in an element whose fields all travel by name (an ``<Operator>``
        added to ``PlannedCycles``): not sent, and worth naming as left out."""
        return tuple(
            f
            for f in self.fields
            if not f.travels and f.value and _NAMED_GROUPS.match(f.path.rsplit("/", 1)[0])
        )

    def first(self, *names: str) -> str:
        """The first non-empty travelling value whose leaf name is one of ``names``."""
        wanted = {n.lower() for n in names}
        for f in self.fields:
            if f.travels and f.value and f.name.lower() in wanted:
                return f.value
        return ""

    @property
    def application(self) -> str:
        return self.first("ApplicationName", "Application")

    @property
    def application_version(self) -> str:
        return self.first("ApplicationVersion", "SystemSuiteVersion", "MCSVersion")

    @property
    def rta_version(self) -> str:
        return self.first("RTAVersion", "RtaVersion")

    @property
    def instrument_type(self) -> str:
        return self.first("InstrumentType")

    @property
    def consumables(self) -> list[Consumable]:
        return consumables_of(self.fields)


def _leaves(element: Element, path: str, out: list[tuple[str, str]]) -> None:
    children = list(element)
    if not children:
        out.append((path, (element.text or "").strip()))
        return
    counts: dict[str, int] = {}
    for child in children:
        counts[child.tag] = counts.get(child.tag, 0) + 1
    seen: dict[str, int] = {}
    for child in children:
        seen[child.tag] = seen.get(child.tag, 0) + 1
        suffix = f"[{seen[child.tag]}]" if counts[child.tag] > 1 else ""
        _leaves(child, f"{path}/{child.tag}{suffix}", out)


def travels(path: str) -> bool:
    return any(rule.match(path) for rule in TRAVEL_RULES)


def echoes_identifiers(path: str) -> bool:
    """Whether the instrument writes the run's identifiers into this local field."""
    return any(rule.match(path) for rule in ECHO_RULES)


def parse_run_parameters(path: Path) -> RunParameters:
    root = read_xml(path)
    leaves: list[tuple[str, str]] = []
    _leaves(root, "", leaves)  # paths start at the root's children: /Setup/...
    return RunParameters(path, tuple(Field(p, v, travels(p)) for p, v in leaves))


_CONSUMABLE_PATTERNS = (
    re.compile(rf"^/(?P<kind>\w+?)rfidtag/(?P<field>{_CONSUMABLE_FIELDS})$", re.I),
    re.compile(
        rf"^/(?P<kind>consumableinfo/consumableinfo(\[\d+\])?)/(?P<field>{_CONSUMABLE_FIELDS}|type)$",
        re.I,
    ),
    re.compile(rf"^/(?P<kind>flowcell|cartridge)(?P<field>{_CONSUMABLE_FIELDS})$", re.I),
    re.compile(
        rf"^/rfidsinfo/(?P<kind>flowcell|librarytube|sbs|cluster|buffer)(?P<field>{_CONSUMABLE_FIELDS})$",
        re.I,
    ),
    re.compile(r"^/setup/reagentkits/(?P<kind>\w+)/\w*reagentkit(\[\d+\])?/(?P<field>id)$", re.I),
    re.compile(r"^/setup/(?P<field>barcode)$", re.I),
)


def consumables_of(fields: tuple[Field, ...]) -> list[Consumable]:
    """Flow cell, reagent, buffer: serial, part, lot and expiry, from any schema seen."""
    found: dict[str, dict[str, str]] = {}
    sources: dict[str, list[tuple[str, str]]] = {}
    for f in fields:
        if not (f.travels and f.value):
            continue
        for pattern in _CONSUMABLE_PATTERNS:
            match = pattern.match(f.path)
            if match is None:
                continue
            kind = (match.groupdict().get("kind") or "flowcell").lower()
            field = match.group("field").lower()
            entry = found.setdefault(kind, {})
            key = {
                "serialbarcode": "serial",
                "serialnumber": "serial",
                "id": "serial",
                "barcode": "serial",
                "partnumber": "part_number",
                "lotnumber": "lot",
                "expirationdate": "expiration",
                "type": "type",
            }[field]
            if key not in entry:
                entry[key] = f.value
                sources.setdefault(kind, []).append((key, f.path))
            break
    result = []
    for kind, entry in found.items():
        declared = entry.pop("type", "")
        key = re.sub(r"_\d+$", "", declared).lower() if declared else kind
        label = CONSUMABLE_KINDS.get(key) or declared or kind
        result.append(Consumable(kind=label, **entry, sources=tuple(sources.get(kind, ()))))
    return result
