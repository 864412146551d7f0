"""The fleet page (``GET /fleet``) and one instrument's page (``GET /fleet/{serial}``):
server-rendered HTML, no JavaScript, everything escaped. A page refreshes itself every
30 seconds.

An instrument's page shows its latest payload's fields with what each is and why it is
collected, taken from the payload schema (``description`` and ``x-reason``).
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from functools import cache
from html import escape
from importlib import resources
from typing import Any
from urllib.parse import quote

from proactive_gui.collector.instruments import NO_DATA, SEVERITY, InstrumentState, PayloadRecord
from proactive_gui.collector.words import Words, words_for

ENGLISH = Words("en")

SCHEMA_FILE = "schema/payload-v2.json"
FLEET_COLUMNS = (
    "Serial", "Model", "Verdict", "Latest payload", "Payloads", "Open alerts",
    "Early warnings", "Subsystems",
)  # fmt: skip
VERDICTS = {
    "failure": "Failure",
    "warning": "Warning",
    "stale": "Stale",
    "ok": "OK",
    NO_DATA: "No data",
    "not_measured": "Not measured",
}
STYLE = """
body { font: 15px/1.45 system-ui, sans-serif; margin: 0; color: #1d2733; background: #f4f6f8; }
header { background: #1d3557; color: #fff; padding: 14px 28px; }
header h1 { margin: 0; font-size: 20px; font-weight: 600; }
header p { margin: 2px 0 0; opacity: .8; font-size: 13px; }
main { padding: 18px 28px; }
a { color: #1d5fa8; }
header a { color: #fff; }
.counts { display: flex; gap: 12px; margin-bottom: 16px; flex-wrap: wrap; }
.count { background: #fff; border-radius: 8px; padding: 10px 16px; min-width: 90px;
         box-shadow: 0 1px 2px rgba(0,0,0,.08); }
.count b { display: block; font-size: 22px; }
table { border-collapse: collapse; width: 100%; background: #fff; border-radius: 8px;
        overflow: hidden; box-shadow: 0 1px 2px rgba(0,0,0,.08); margin-bottom: 18px; }
th, td { text-align: left; padding: 8px 12px; border-bottom: 1px solid #e6e9ed;
         vertical-align: top; }
th { background: #eef1f4; font-weight: 600; font-size: 13px; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
.pill { display: inline-block; padding: 1px 9px; border-radius: 10px; font-size: 12px;
        font-weight: 600; white-space: nowrap; }
.failure { background: #fbd5d5; color: #8a1111; }
.warning { background: #fde9c4; color: #7a4b00; }
.stale { background: #e4ddf5; color: #4a2a8a; }
.ok { background: #d4efd9; color: #14532d; }
.no_data, .not_measured { background: #e6e9ed; color: #4b5563; }
.why { color: #5b6470; font-size: 13px; }
h2 { font-size: 17px; margin: 22px 0 8px; }
.empty { color: #5b6470; }
"""


def verdict_pill(state: str, w: Words = ENGLISH) -> str:
    label = w(VERDICTS[state]) if state in VERDICTS else (state or "—")
    css = state if state in VERDICTS else NO_DATA
    return f'<span class="pill {css}">{escape(label)}</span>'


def age_text(seconds: float) -> str:
    """``seconds`` for people: 12 s, 5 min, 3 h, 2 d."""
    seconds = max(0.0, seconds)
    if seconds < 90:
        return f"{seconds:.0f} s"
    if seconds < 90 * 60:
        return f"{seconds / 60:.0f} min"
    if seconds < 36 * 3600:
        return f"{seconds / 3600:.1f} h"
    return f"{seconds / 86400:.1f} d"


def _page(title: str, subtitle: str, body: str, lang: str = "en") -> str:
    return (
        f'<!DOCTYPE html><html lang="{escape(lang)}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<meta http-equiv="refresh" content="30">'
        f"<title>{escape(title)}</title><style>{STYLE}</style></head><body>"
        f"<header><h1>{escape(title)}</h1><p>{subtitle}</p></header><main>{body}</main></body></html>"
    )


def _ordered(instruments: list[InstrumentState]) -> list[InstrumentState]:
    """Worst first, then those with an early warning, then by serial."""
    return sorted(
        instruments,
        key=lambda i: (
            -SEVERITY.get(i.verdict, -1),
            not i.summary.get("early_warnings"),
            i.serial,
        ),
    )


def fleet_page(instruments: list[InstrumentState], now_s: float, language: str | None) -> str:
    w = words_for(language)
    tally: dict[str, int] = {}
    for instrument in instruments:
        tally[instrument.verdict] = tally.get(instrument.verdict, 0) + 1
    counts = "".join(
        f'<div class="count" id="count-{state}"><b>{tally.get(state, 0)}</b>'
        f"{escape(w(VERDICTS[state]))}</div>"
        for state in ("failure", "warning", "stale", "ok", NO_DATA)
    )
    rows = []
    for instrument in _ordered(instruments):
        summary = instrument.summary
        subsystems = " ".join(
            f'<span class="pill {escape(_css(s.get("state")))}" '
            f'title="{escape(w(name.capitalize()))}: '
            f'{escape(w(VERDICTS.get(str(s.get("state")), "")))}">'
            f"{escape(w(name.capitalize()))}</span>"
            for name, s in (summary.get("subsystems") or {}).items()
            if s.get("state") not in ("not_measured", None)
        )
        warnings = summary.get("early_warnings") or []
        soonest = min(
            (w["time_to_failure_h"] for w in warnings if w.get("time_to_failure_h") is not None),
            default=None,
        )
        forecast = f"{len(warnings)}" + (f" (~{soonest:.1f} h)" if soonest is not None else "")
        if warnings:
            forecast = f'<span class="pill warning">{escape(forecast)}</span>'
        else:
            forecast = escape(forecast)
        demo = (
            ' <span class="pill no_data" title="the demo simulator, not a real instrument">'
            "demo</span>"
            if summary.get("source") == "demo"
            else ""
        )
        rows.append(
            f'<tr data-serial="{escape(instrument.serial)}">'
            f'<td><a href="/fleet/{quote(instrument.serial, safe="")}">'
            f"{escape(instrument.serial)}</a></td>"
            f"<td>{escape(instrument.model) or '—'}{demo}</td>"
            f'<td class="verdict">{verdict_pill(instrument.verdict, w)}</td>'
            f'<td title="{escape(instrument.last_seen)}">'
            f"{age_text(now_s - instrument.last_seen_s)} ago</td>"
            f'<td class="num">{instrument.payloads}</td>'
            f'<td class="num">{len(summary.get("open_alerts") or [])}</td>'
            f'<td class="num">{forecast}</td>'
            f"<td>{subsystems}</td></tr>"
        )
    table = (
        "<table id='fleet'><thead><tr>"
        + "".join(f"<th>{escape(w(h))}</th>" for h in FLEET_COLUMNS)
        + f"</tr></thead><tbody>{''.join(rows)}</tbody></table>"
        if rows
        else f'<p class="empty">{escape(w("No instrument has sent a payload yet."))}</p>'
    )
    subtitle = f"{len(instruments)} instrument(s) · as of {_clock(now_s)} UTC"
    body = f'<div class="counts">{counts}</div>{table}'
    return _page("Fleet", escape(subtitle), body, w.code)


def _css(state: object) -> str:
    return state if isinstance(state, str) and state in VERDICTS else NO_DATA


def _clock(moment: float) -> str:
    return datetime.fromtimestamp(moment, UTC).strftime("%Y-%m-%d %H:%M:%S")


def missing_page(serial: str, language: str | None) -> str:
    w = words_for(language)
    body = (
        f'<p class="empty">No instrument {escape(serial)} has sent a payload.</p>'
        '<p><a href="/fleet">Back to the fleet</a></p>'
    )
    return _page("Unknown instrument", "", body, w.code)


def instrument_page(
    instrument: InstrumentState,
    latest: bytes | None,
    history: list[PayloadRecord],
    now_s: float,
    language: str | None,
) -> str:
    w = words_for(language)
    summary = instrument.summary
    parts = ['<p><a href="/fleet">← Fleet</a></p>']
    facts = [
        ("Verdict", verdict_pill(instrument.verdict, w)),
        ("Latest payload", escape(f"{instrument.latest_created_at} ({instrument.latest_payload_id})")),
        ("Last seen", escape(f"{instrument.last_seen}, {age_text(now_s - instrument.last_seen_s)} ago")),
        ("First seen", escape(instrument.first_seen)),
        ("Payloads", str(instrument.payloads)),
    ]  # fmt: skip
    rows = [[f"<b>{escape(w(name))}</b>", value] for name, value in facts]
    parts.append(_table(["", ""], rows, "facts"))
    subsystems = summary.get("subsystems") or {}
    parts.append(_h2("Subsystems", w))
    parts.append(
        _table(
            ["Subsystem", "State", "Forecast time to failure"],
            [
                [
                    escape(w(name.capitalize())),
                    verdict_pill(str(s.get("state")), w),
                    _hours(s.get("time_to_failure_h")),
                ]
                for name, s in subsystems.items()
            ],
            "subsystems",
            w=w,
        )
    )
    alerts = summary.get("open_alerts") or []
    parts.append(_h2("Open alerts", w))
    parts.append(
        _table(
            ["Channel", "Level", "Why"],
            [
                [escape(str(a.get("channel"))), verdict_pill(str(a.get("level")), w), escape(str(a.get("reason")))]
                for a in alerts
            ],
            "alerts",
            "No open alert.",
            w,
        )
    )  # fmt: skip
    warnings = summary.get("early_warnings") or []
    parts.append(_h2("Early warnings", w))
    parts.append(
        _table(
            ["Channel", "Forecast time to failure"],
            [[escape(str(w.get("channel"))), _hours(w.get("time_to_failure_h"))] for w in warnings],
            "warnings",
            "No early warning.",
            w,
        )
    )
    parts.append(_h2("Channels", w))
    parts.append(
        _table(
            ["Channel", "Subsystem", "Last value", "State"],
            [
                [
                    escape(str(c.get("channel"))),
                    escape(str(c.get("subsystem"))),
                    escape(_value(c.get("last"), str(c.get("unit") or ""))),
                    verdict_pill(str(c.get("state")), w),
                ]
                for c in summary.get("channels") or []
            ],
            "channels",
            "The latest payload has no channel.",
            w,
        )
    )
    parts.append(_h2("Latest payload, field by field", w))
    parts.append(
        _table(
            ["Field", "Value", "What it is, and why it is sent"],
            [
                [
                    f"<code>{escape(path)}</code>",
                    escape(value),
                    f"{escape(what)}<div class='why'>{escape(why)}</div>",
                ]
                for path, value, what, why in fields_of(latest)
            ],
            "fields",
            "The latest payload is not readable JSON.",
            w,
        )
    )
    parts.append(_h2("History", w))
    parts.append(
        _table(
            ["Created", "Kind", "Verdict", "Received", "Size", "payload_id"],
            [
                [
                    escape(r.created_at), escape(r.kind), verdict_pill(r.verdict, w),
                    escape(r.received_at), f"{r.size:,} B", f"<code>{escape(r.payload_id)}</code>",
                ]
                for r in history
            ],
            "history",
            w=w,
        )
    )  # fmt: skip
    title = f"{instrument.serial} · {instrument.model}"
    return _page(title, escape(f"as of {_clock(now_s)} UTC"), "".join(parts), w.code)


def _value(value: object, unit: str) -> str:
    if not isinstance(value, int | float):
        return "—"
    return f"{value:g} {unit}".strip()


def _hours(value: object) -> str:
    return f"~{value:.1f} h" if isinstance(value, int | float) else "—"


def _h2(text: str, w: Words) -> str:
    return f"<h2>{escape(w(text))}</h2>"


def _table(
    head: list[str],
    rows: list[list[str]],
    name: str,
    empty: str = "Nothing yet.",
    w: Words = ENGLISH,
) -> str:
    head = [escape(w(h)) if h else "" for h in head]
    if not rows:
        return f'<p class="empty" id="{name}">{escape(w(empty))}</p>'
    header = (
        ""
        if not any(head)
        else "<thead><tr>" + "".join(f"<th>{h}</th>" for h in head) + "</tr></thead>"
    )
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return f'<table id="{name}">{header}<tbody>{body}</tbody></table>'


# -- the schema's words for each field ---------------------------------------------------


@cache
def _schema() -> dict[str, Any]:
    text = resources.files("proactive_gui.resources").joinpath(SCHEMA_FILE).read_text("utf-8")
    loaded: dict[str, Any] = json.loads(text)
    return loaded


def _resolve(node: dict[str, Any]) -> dict[str, Any]:
    """``node`` with its ``$ref`` followed; its own words win over the definition's."""
    reference = node.get("$ref")
    if isinstance(reference, str) and reference.startswith("#/$defs/"):
        target = _schema().get("$defs", {}).get(reference.removeprefix("#/$defs/"), {})
        return {**target, **{k: v for k, v in node.items() if k != "$ref"}}
    return node


def fields_of(body: bytes | None, depth: int = 2) -> list[tuple[str, str, str, str]]:
    """(path, value, what, why) for the payload's fields down to ``depth``; a list is
    given as its length, and a section without a scalar as its own row."""
    try:
        document = json.loads(body) if body is not None else None
    except ValueError:
        return []
    if not isinstance(document, dict):
        return []
    rows: list[tuple[str, str, str, str]] = []

    def walk(value: object, node: dict[str, Any], path: str, level: int) -> None:
        node = _resolve(node)
        what, why = str(node.get("description", "")), str(node.get("x-reason", ""))
        if isinstance(value, dict) and level < depth:
            properties = node.get("properties", {})
            for key in sorted(value):
                walk(
                    value[key], properties.get(key, {}), f"{path}.{key}" if path else key, level + 1
                )
            return
        if isinstance(value, list):
            shown = f"{len(value)} item(s)"
        elif isinstance(value, dict):
            shown = f"{len(value)} field(s)"
        else:
            shown = json.dumps(value, ensure_ascii=False)
            shown = shown[:200] + "…" if len(shown) > 200 else shown
        rows.append((path, shown, what, why))

    walk(document, _schema(), "", 0)
    return rows
