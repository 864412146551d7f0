"""A payload explained for people and scripts: what each field is and why it is
collected (the schema's words), and what the draft left out (the builder's decisions).
``preview`` prints these and gives them, with ``--json``, in one contract:

    {"draft": true|false, "payload": "<the payload's JSON text, exactly>", "sha256": …,
     "fields": [{"path", "what", "why"}], "not_sent": [{"source", "field", "value", "why"}]}

A list's entries are described once, by the list (``channels[].mean``). ``value`` in
``not_sent`` is what stays on this PC: shown here only, as the window shows it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from proactive_gui.i18n import QT_TRANSLATE_NOOP
from proactive_gui.payload.schema import field_info

if TYPE_CHECKING:
    from proactive_gui.payload.build import Draft
    from proactive_gui.payload.seal import SealedPayload

TABLE_1 = "Table 1"  # as the schema's reasons cite the data-security sheet
TABLE_1_NOTE = QT_TRANSLATE_NOOP(
    "PayloadPage",
    "Table 1 is the table of the Illumina Proactive data-security sheet named “Benefits of "
    "the instrument data collected”: the only data the service collects.",
)
GATE = "free text (events, alerts)"
BUILDER = "payload builder"


def _leaves(value: object, path: tuple[str | int, ...]) -> list[tuple[str | int, ...]]:
    if isinstance(value, dict):
        return [p for key, child in value.items() for p in _leaves(child, (*path, key))]
    if isinstance(value, list):
        return [p for i, child in enumerate(value) for p in _leaves(child, (*path, i))]
    return [path]


def dotted(path: tuple[str | int, ...]) -> str:
    """``("channels", 3, "mean")`` as ``channels[].mean``: one entry stands for all."""
    text = ""
    for step in path:
        text += "[]" if isinstance(step, int) else (f".{step}" if text else step)
    return text


def fields_of(document: dict[str, Any]) -> list[dict[str, str]]:
    """Each field of ``document`` once (a list's entries by the list), in order, with
    what it is and why it is collected."""
    seen: dict[str, dict[str, str]] = {}
    for path in _leaves(document, ()):
        key = dotted(path)
        if key in seen:
            continue
        info = field_info(path)
        seen[key] = {
            "path": key,
            "what": info.description if info else "",
            "why": info.reason if info else "",
        }
    return list(seen.values())


def not_sent_of(draft: Draft) -> list[dict[str, str]]:
    """What the draft leaves out: each run-folder value it does not send, what the
    builder refused that is no one field's value, and what the privacy gate removed."""
    entries = [
        {"source": d.source, "field": d.field, "value": d.value, "why": d.reason}
        for d in draft.not_sent
    ]
    entries += [
        {"source": BUILDER, "field": what, "value": "", "why": why}
        for what, why in draft.left_out_elsewhere
    ]
    entries += [
        {
            "source": GATE,
            "field": f.where,
            "value": f.excerpt,
            "why": f"removed by the privacy gate: {f.kind}",
        }
        for f in draft.cleaned
    ]
    return entries


def explained(sealed: SealedPayload, draft: Draft | None) -> dict[str, Any]:
    """The ``--json`` contract for ``sealed``; ``draft`` when it is a draft's preview
    (only a draft knows what it left out: a sealed payload keeps its bytes only)."""
    from proactive_gui.payload.seal import CHANGES_WHEN_SEALED

    result: dict[str, Any] = {
        "draft": sealed.draft,
        "payload": sealed.data.decode("utf-8"),
        "sha256": sealed.sha256,
        "size": sealed.size,
        "payload_id": sealed.payload_id,
        "fields": fields_of(sealed.document()),
        "not_sent": not_sent_of(draft) if draft is not None else [],
        "not_sent_known": draft is not None,
    }
    if sealed.draft:
        result["changes_when_sealed"] = list(CHANGES_WHEN_SEALED)
    return result


def marked(pretty: str, changes: tuple[str, ...]) -> str:
    """Pretty JSON with the lines of ``changes`` (top-level keys) marked."""
    keys = "|".join(re.escape(k) for k in changes)
    pattern = re.compile(rf'^(  "({keys})": .*?),?$')
    return "\n".join(
        f"{line}   <- set when sealed" if pattern.match(line) else line
        for line in pretty.splitlines()
    )
