"""What became of each value of the run folder: sent (and as which payload fields) or not
sent (and why). One answer, computed from the document the builder made and from its
own decisions, feeds every "May be sent" and "Not sent" list, the Payload page's, Run
quality's and ``preview``'s, so none of them can say "not sent" of a value that is in
the bytes.

A value that identifies something (a serial, a run ID, a name: letters, or a long
number) is sent when it appears in any string of the payload, whichever field it came
from: a local ``InstrumentID`` holding the instrument's serial is listed as sent, as
``instrument_configuration.serial``, because that serial is in the bytes. A value that
identifies nothing by itself (``true``, ``0``, ``151``) is sent only as the payload
field the builder copied it into.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from proactive_gui.i18n import QT_TRANSLATE_NOOP
from proactive_gui.runs.folder import RunFolder

RUN_INFO = "RunInfo.xml"
RUN_PARAMETERS = "RunParameters.xml"
_PLAIN_WORDS = frozenset(["true", "false", "none", "null", "yes", "no", "n/a"])

# Why a value stays on this PC (context Disclosure: the window shows them translated).
NOT_ON_ALLOW_LIST = QT_TRANSLATE_NOOP(
    "Disclosure", "stays on this PC: the allow-list does not name this field"
)
NOT_CARRIED = QT_TRANSLATE_NOOP(
    "Disclosure", "allowed, but no payload field carries it, so it stays on this PC"
)
LINKS_TO_SAMPLES = QT_TRANSLATE_NOOP(
    "Disclosure",
    "stays on this PC: a library tube's barcode is recorded with the library it holds, "
    "so it could link to samples",
)
# Fields the allow-list leaves out on purpose, with their own reason.
_ON_PURPOSE = (re.compile(r"librarytube(serial|barcode)", re.IGNORECASE),)
SENT_AS = QT_TRANSLATE_NOOP("Disclosure", "sent as {fields}")
SENT_WITHIN = QT_TRANSLATE_NOOP("Disclosure", "sent: the same value is in {fields}")


@dataclass(frozen=True)
class Disclosure:
    """One value of the run folder and what became of it."""

    source: str  # RunInfo.xml, RunParameters.xml
    field: str  # /Setup/RunID, Run Id
    value: str
    sent_as: tuple[str, ...]  # payload fields carrying it; () when it is not sent
    why: str  # a template of context Disclosure ({fields} filled from sent_as)

    @property
    def sent(self) -> bool:
        return bool(self.sent_as)

    @property
    def values(self) -> dict[str, str]:
        """The template's values: at most three fields, then how many more."""
        shown = ", ".join(self.sent_as[:3])
        more = len(self.sent_as) - 3
        return {"fields": f"{shown} (+{more})" if more > 0 else shown}

    @property
    def reason(self) -> str:
        """Why, in English (the command line, ``--json``)."""
        return self.why.format(**self.values)


def identifies(value: str) -> bool:
    """Whether a value names something by itself: words or codes of three characters or
    more, or a number of five digits or more (a lot, a serial). ``true``, ``0`` or
    ``151`` name nothing; where they travel is told by the field, not the value."""
    text = value.strip()
    if text.lower() in _PLAIN_WORDS:
        return False
    if re.search(r"[A-Za-z]", text):
        return len(text) >= 3
    return len(re.sub(r"\D", "", text)) >= 5


def payload_strings(document: object, path: str = "") -> Iterator[tuple[str, str]]:
    """(field path, text) of every string value of a payload (not its keys)."""
    if isinstance(document, dict):
        for key, value in document.items():
            yield from payload_strings(value, f"{path}.{key}" if path else str(key))
    elif isinstance(document, list):
        for i, value in enumerate(document):
            yield from payload_strings(value, f"{path}[{i}]")
    elif isinstance(document, str):
        yield path, document


def setting_name(field: str) -> str:
    """The name a RunParameters field travels under in ``run_configuration.settings``."""
    name = re.sub(r"\[(\d+)\]", r"\1", field.strip("/")).replace("/", ".")
    return name.removeprefix("Setup.")


def run_folder_values(run: RunFolder) -> list[tuple[str, str, str, bool]]:
    """(source, field, value, on the allow-list) of every value the run folder gives."""
    info = run.run_info
    found = [
        (RUN_INFO, "Run Id", info.run_id, True),
        (RUN_INFO, "Run Number", "" if info.run_number is None else str(info.run_number), True),
        (RUN_INFO, "Flowcell", info.flowcell, True),
        (RUN_INFO, "Instrument", info.instrument_id, True),
    ]
    if run.parameters is not None:
        found += [(RUN_PARAMETERS, f.path, f.value, f.travels) for f in run.parameters.fields]
    return [entry for entry in found if entry[2]]


def disclose(
    document: Mapping[str, Any],
    run: RunFolder | None,
    withheld: Mapping[tuple[str, str], str],
    carried: Mapping[tuple[str, str], list[str]],
) -> tuple[Disclosure, ...]:
    """Every value of ``run`` and what became of it in ``document``: the builder's own
    decisions by (source, field), ``withheld`` (why it refused one) and ``carried``
    (the payload fields it copied one into), and, for a value that names something,
    every string of the payload that holds it."""
    if run is None:
        return ()
    strings = list(payload_strings(document))
    result = []
    for source, field, value, allowed in run_folder_values(run):
        places = list(carried.get((source, field), ()))  # copied there by the builder
        copied = bool(places)
        if identifies(value):  # and wherever else the payload holds it
            places += [p for p, text in strings if value in text and p not in places]
        if places:
            why = SENT_AS if copied else SENT_WITHIN
        elif (source, field) in withheld:
            why = withheld[(source, field)]
        elif any(rule.search(field) for rule in _ON_PURPOSE):
            why = LINKS_TO_SAMPLES
        else:
            why = NOT_CARRIED if allowed else NOT_ON_ALLOW_LIST
        result.append(Disclosure(source, field, value, tuple(places), why))
    return tuple(result)
