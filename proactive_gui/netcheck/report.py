"""The readiness report as text for a terminal and HTML for a ticket; the JSON form is
``checks.report_json``. Evidence never holds a secret (the token is a yes/no, proxy
URLs lose their credentials), so the report can be shared as it is."""

from __future__ import annotations

import html

from proactive_gui.netcheck.checks import CheckResult

MARKS = {"pass": "PASS", "warn": "WARN", "fail": "FAIL", "skipped": "SKIP"}


def _evidence(result: CheckResult) -> str:
    return ", ".join(f"{key}: {value}" for key, value in result.evidence.items())


def as_text(results: list[CheckResult]) -> str:
    lines = []
    for r in results:
        lines.append(
            f"{MARKS[r.verdict]}  {r.title} ({r.duration_s * 1000:.0f} ms)  {_evidence(r)}"
        )
        if r.remedy:
            lines.append(f"      remedy: {r.remedy}")
    return "\n".join(lines)


def as_html(results: list[CheckResult], started: str) -> str:
    rows = "\n".join(
        f"<tr class='{r.verdict}'><td>{MARKS[r.verdict]}</td><td>{html.escape(r.title)}</td>"
        f"<td>{r.duration_s * 1000:.0f} ms</td><td>{html.escape(_evidence(r))}</td>"
        f"<td>{html.escape(r.remedy)}</td></tr>"
        for r in results
    )
    return (
        "<!doctype html><meta charset='utf-8'><title>Proactive Companion readiness</title>"
        "<style>td{padding:4px 8px;vertical-align:top}.fail td:first-child{color:#b91c1c}"
        ".warn td:first-child{color:#b45309}.pass td:first-child{color:#047857}</style>"
        f"<h1>Network readiness</h1><p>Run at {html.escape(started)}</p>"
        "<table><tr><th>Verdict</th><th>Check</th><th>Time</th><th>Evidence</th><th>Remedy</th></tr>"
        f"{rows}</table>"
    )
