"""The readiness report as text for a terminal and HTML for a ticket; the JSON form is
``checks.report_json``. Evidence never holds a secret (the token is a yes/no, proxy
URLs lose their credentials), so the report can be shared as it is."""

from __future__ import annotations

import html
from typing import Any

from proactive_gui.netcheck.checks import CheckResult
from proactive_gui.netcheck.texts import LABELS

MARKS = {"pass": "PASS", "warn": "WARN", "fail": "FAIL", "skipped": "SKIP"}


def shown(value: object) -> str:
    """An evidence value for people: yes/no, "none" for nothing, lists joined (the JSON
    keeps the typed value)."""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if value is None or value == "":
        return "none"
    if isinstance(value, list | tuple):
        return ", ".join(shown(item) for item in value) if value else "none"
    if isinstance(value, float):
        return f"{value:.1f}"
    return str(value)


def _evidence(result: CheckResult) -> str:
    return ", ".join(
        f"{LABELS.get(key, key)}: {shown(value)}" for key, value in result.evidence.items()
    )


def context_lines(context: dict[str, Any] | None, started: str = "") -> list[tuple[str, str]]:
    """(label, value) for the report's head: where and when it ran."""
    if not context:
        return [("run at", started)] if started else []
    instrument = context.get("instrument")
    lines = [
        ("app version", shown(context.get("app_version"))),
        ("host", shown(context.get("host"))),
        ("OS", shown(context.get("os"))),
    ]
    if started:
        lines.append(("run at", started))
    if isinstance(instrument, dict):
        lines.append(
            (
                "instrument",
                f"{instrument.get('model')}, serial {instrument.get('serial')} "
                f"(run {instrument.get('run')})",
            )
        )
    else:
        lines.append(("instrument", "no run folder known"))
    settings = context.get("settings") or {}
    lines.append(("settings", ", ".join(f"{k}={shown(v)}" for k, v in settings.items())))
    return lines


def as_text(
    results: list[CheckResult], context: dict[str, Any] | None = None, started: str = ""
) -> str:
    lines = [f"{label}: {value}" for label, value in context_lines(context, started)]
    if lines:
        lines.append("")
    for r in results:
        lines.append(
            f"{MARKS[r.verdict]}  {r.title} ({r.duration_s * 1000:.0f} ms)  {_evidence(r)}"
        )
        if r.remedy:
            lines.append(f"      remedy: {r.remedy}")
    return "\n".join(lines)


def as_html(results: list[CheckResult], started: str, context: dict[str, Any] | None = None) -> str:
    rows = "\n".join(
        f"<tr class='{r.verdict}'><td>{MARKS[r.verdict]}</td><td>{html.escape(r.title)}</td>"
        f"<td>{r.duration_s * 1000:.0f} ms</td><td>{html.escape(_evidence(r))}</td>"
        f"<td>{html.escape(r.remedy)}</td></tr>"
        for r in results
    )
    about = "".join(
        f"<tr><th>{html.escape(label)}</th><td>{html.escape(value)}</td></tr>"
        for label, value in context_lines(context, started)
    )
    return (
        "<!doctype html><meta charset='utf-8'><title>Proactive Companion readiness</title>"
        "<style>td,th{padding:4px 8px;vertical-align:top;text-align:left}"
        ".fail td:first-child{color:#b91c1c}"
        ".warn td:first-child{color:#b45309}.pass td:first-child{color:#047857}</style>"
        f"<h1>Network readiness</h1><table class='about'>{about}</table>"
        "<table><tr><th>Verdict</th><th>Check</th><th>Time</th><th>Evidence</th><th>Remedy</th></tr>"
        f"{rows}</table>"
    )
