"""The pre-run checks that instrument control software shows, as readiness reasons.

Before a run the technician gets one verdict (proactive_gui.readiness). These checks add
the reasons that come from the run folder itself and from this PC:

1. Consumable expiry. The expiry dates are the RFID/barcode ones the control software
   writes to RunParameters.xml, read through ``RunParameters.consumables``:
   ``FlowcellRFIDTag``/``PR2BottleRFIDTag``/``ReagentKitRFIDTag`` ``ExpirationDate``
   (MiSeq, ``2014-07-22T00:00:00``), ``FlowCellExpirationDate``/``CartridgeExpirationDate``
   (NextSeq 1000/2000, ``2022-09-24``), ``ConsumableInfo/ExpirationDate`` (MiSeq i100,
   ``2026-07-18T00:00:00+02:00``) and ``RfidsInfo/*Expirationdate`` (NovaSeq 6000,
   ``03/10/2021 00:00:00``). The date a run started is RunInfo.xml's ``Date``.
   ``LibraryTubeExpirationdate`` 12/31/2169 is the software's "does not expire"
   placeholder, so any year from 2100 on is not a date.
2. Reagent cycles left: ``RfidsInfo/{Sbs,Cluster,Buffer}NumberOfCyclesRemaining``
   (NovaSeq 6000) and ``Setup/ReagentKits/*/NumberCyclesRemaining`` (HiSeq), against the
   cycles the run still needs: RunInfo.xml's planned cycles less the cycles InterOp has
   data for.
3. The last wash: ``MostRecentWashType`` (MiSeq: ``Maintenance``, ``MissedPostRunWash``),
   as the control software recorded it when the run was set up.
4. Free space on the output volume, measured by the caller (``output_free_bytes``), against
   the run folder's size on disk now.

A value that cannot be read is skipped: these checks never raise on what a folder holds.
"""

from __future__ import annotations

import contextlib
import math
import os
import re
import shutil
from datetime import date, datetime, timedelta
from pathlib import Path

from proactive_gui.i18n import QT_TRANSLATE_NOOP
from proactive_gui.readiness import ATTENTION, NOT_READY, Reason
from proactive_gui.runs.folder import RunFolder
from proactive_gui.runs.parameters import CONSUMABLE_KINDS, Field

EXPIRY_WARNING_DAYS = 7
NO_EXPIRY_FROM_YEAR = 2100  # LibraryTubeExpirationdate 12/31/2169 means "never"
GB = 10**9
MIN_FREE_BYTES = 20 * GB
FREE_SPACE_FACTOR = 2  # a run folder may still double: base calls, logs, thumbnails

_EXPIRY_FORMATS = ("%m/%d/%Y %H:%M:%S", "%m/%d/%Y %I:%M:%S %p", "%m/%d/%Y")
_REMAINING = re.compile(r"^(?P<prefix>\w*?)Number(Of)?CyclesRemaining$", re.IGNORECASE)


def parse_expiry(raw: str) -> date | None:
    """An expiry date in any form the sheets use, or None (empty, unreadable, placeholder)."""
    raw = raw.strip()
    if not raw:
        return None
    parsed: date | None = None
    try:
        parsed = datetime.fromisoformat(raw.replace("Z", "+00:00")).date()
    except ValueError:
        for pattern in _EXPIRY_FORMATS:
            try:
                parsed = datetime.strptime(raw, pattern).date()
                break
            except ValueError:
                pass
    if parsed is None or parsed.year >= NO_EXPIRY_FROM_YEAR:
        return None
    return parsed


def _expiry_reasons(run: RunFolder, today: date) -> list[Reason]:
    """A consumable past its date when the run started; for a run still going, also one
    past its date today or within a week of it. A completed or stopped run is over: the
    next run loads new consumables, so their dates against today are no reason."""
    live = run.state == "running"
    started = run.run_info.run_date
    reasons = []
    for consumable in run.consumables:
        expires = parse_expiry(consumable.expiration)
        if expires is None:
            continue
        args = (("consumable", consumable.kind), ("date", expires.isoformat()))
        if started is not None and expires < started:
            template = QT_TRANSLATE_NOOP(
                "Readiness", "{consumable} had expired when the run started ({date})"
            )
        elif live and expires < today:
            template = QT_TRANSLATE_NOOP("Readiness", "{consumable} has expired ({date})")
        elif live and expires <= today + timedelta(days=EXPIRY_WARNING_DAYS):
            template = QT_TRANSLATE_NOOP(
                "Readiness", "{consumable} expires on {date}, within 7 days"
            )
        else:
            continue
        reasons.append(Reason(ATTENTION, template, args))
    return reasons


def _reagent_label(field: Field, prefix: str) -> str:
    """'Sbs' in SbsNumberOfCyclesRemaining, or the kit the field sits in (HiSeq's
    ReagentKits/Sbs/SbsReagentKit/NumberCyclesRemaining), in the sheets' words."""
    key = prefix
    if not key:
        for part in reversed(field.path.split("/")[:-1]):
            key = re.sub(r"(\[\d+\])|(reagentkit$)", "", part, flags=re.IGNORECASE)
            if key:
                break
    return CONSUMABLE_KINDS.get(key.lower(), key or QT_TRANSLATE_NOOP("Consumable", "Reagents"))


def _cycles_reasons(run: RunFolder) -> list[Reason]:
    """A reagent with fewer cycles left than the run still needs. Only for a run still
    going: a completed or stopped run needs no more cycles."""
    if run.parameters is None or run.state != "running":
        return []
    needed = run.cycles_planned - run.cycles_done
    if needed <= 0:
        return []
    reasons = []
    for field in run.parameters.fields:
        match = _REMAINING.match(field.name)
        if match is None:
            continue
        try:
            remaining = int(field.value)
        except ValueError:
            continue
        if remaining < needed:
            reasons.append(
                Reason(
                    NOT_READY,
                    QT_TRANSLATE_NOOP(
                        "Readiness", "{consumable}: {remaining} cycles left, the run needs {needed}"
                    ),
                    (
                        ("consumable", _reagent_label(field, match.group("prefix"))),
                        ("remaining", str(remaining)),
                        ("needed", str(needed)),
                    ),
                )
            )
    return reasons


def _wash_reasons(run: RunFolder) -> list[Reason]:
    if run.parameters is None:
        return []
    missed = any(
        f.name.lower() == "mostrecentwashtype" and "missed" in f.value.lower()
        for f in run.parameters.fields
    )
    if not missed:
        return []
    return [
        Reason(
            ATTENTION,
            QT_TRANSLATE_NOOP(
                "Readiness", "The last post-run wash was missed: run a maintenance wash first"
            ),
        )
    ]


def folder_bytes(folder: Path) -> int:
    """The size of every file under ``folder``; what cannot be read counts as nothing."""
    total = 0
    for root, _dirs, files in os.walk(folder):
        for name in files:
            with contextlib.suppress(OSError):
                total += (Path(root) / name).lstat().st_size
    return total


def _space_reasons(run: RunFolder, free_bytes: int | None) -> list[Reason]:
    if free_bytes is None:
        return []
    needed = max(MIN_FREE_BYTES, FREE_SPACE_FACTOR * folder_bytes(run.path))
    if free_bytes >= needed:
        return []
    # free rounded down and need rounded up, so that the figures never look equal
    free_gb = math.floor(max(free_bytes, 0) / GB * 10) / 10
    needed_gb = math.ceil(needed / GB * 10) / 10
    return [
        Reason(
            NOT_READY,
            QT_TRANSLATE_NOOP(
                "Readiness",
                "Only {free_gb} GB free on the output volume: the run needs at least {needed_gb} GB",
            ),
            (("free_gb", f"{free_gb:.1f}"), ("needed_gb", f"{needed_gb:.1f}")),
        )
    ]


def prerun_reasons(run: RunFolder, today: date, free_bytes: int | None) -> list[Reason]:
    """The pre-run reasons for ``run``: consumable expiry (ATTENTION), reagent cycles left
    (NOT_READY), a missed wash (ATTENTION) and free space (NOT_READY), in that order.

    ``today`` is the PC's date. Expiry against ``today`` counts only for a run that is still
    running or waiting to start; for a completed run it is no reason, because the next run
    uses new consumables. A consumable that had expired on the run's own date (RunInfo.xml)
    is a reason in every state. ``free_bytes`` is the output volume's free space
    (``output_free_bytes``); None, unknown, gives no reason.
    """
    return [
        *_expiry_reasons(run, today),
        *_cycles_reasons(run),
        *_wash_reasons(run),
        *_space_reasons(run, free_bytes),
    ]


def output_free_bytes(folder: Path) -> int | None:
    """Free bytes on the volume that holds ``folder`` (or would: the nearest folder above
    it that exists, for an output folder not created yet); None when it cannot be read,
    such as an unreachable network share."""
    try:
        for candidate in (folder, *folder.parents):
            if candidate.is_dir():
                return shutil.disk_usage(candidate).free
    except (OSError, ValueError):
        return None
    return None
