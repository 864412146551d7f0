"""The ``history`` command: every run read on this PC, and the trends across them.

``history [--serial S] [--json]`` prints the runs and the forecasts; scripts rely on its
JSON: ``{"runs": [{"run_id", "serial", "model", "started", "completed", "cycles",
"state", ...}], "forecasts": [{"subsystem", "channel", "serial", "runs_to_limit",
"days_to_limit", "message"}]}``, ``runs`` holding each run once. ``history scan DIR``
reads the run folders under DIR into the history (a progress line on stderr);
``history list`` prints only the runs, ``history trends`` every trend with its figures.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any, TextIO

from proactive_gui.cli.exits import EXIT_FAILED, EXIT_OK
from proactive_gui.paths import AppPaths


def add_history(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    history = commands.add_parser(
        "history",
        help="every run read on this PC, with its health, and the trends across runs with "
        "a forecast of when service is due; 'history scan DIR' reads run folders into it",
    )
    _filters(history, given_before=False)
    actions = history.add_subparsers(dest="history_command", metavar="ACTION")
    scan = actions.add_parser(
        "scan", help="read every run folder in DIR (up to two levels down) into the history"
    )
    scan.add_argument("folder", type=Path, metavar="DIR")
    _filters(actions.add_parser("list", help="the runs only"), given_before=True)
    trends = actions.add_parser("trends", help="every trend across runs, with its figures")
    _filters(trends, given_before=True)


def _filters(parser: argparse.ArgumentParser, given_before: bool) -> None:
    """--serial and --json, before or after the action: an action's own options have no
    default, so that they do not undo those given before it."""
    serial: Any = argparse.SUPPRESS if given_before else None
    as_json: Any = argparse.SUPPRESS if given_before else False
    parser.add_argument("--serial", metavar="S", default=serial, help="one instrument only")
    parser.add_argument("--json", action="store_true", default=as_json, help="JSON for scripts")


def history(paths: AppPaths, args: argparse.Namespace) -> int:
    from proactive_gui.history.store import HistoryError, HistoryStore

    try:
        store = HistoryStore(paths.instrument_history_file)
    except HistoryError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_FAILED
    with store:
        notice = store.take_notice()
        if notice:
            print(f"warning: {notice}", file=sys.stderr)
        if args.history_command == "scan":
            return _scan(store, args.folder)
        return _show(store, args.history_command, args.serial, args.json, sys.stdout)


def _scan(store: Any, folder: Path) -> int:
    from proactive_gui.history.scan import ScanStep, scan
    from proactive_gui.history.store import HistoryError
    from proactive_gui.runs.isolation import close_shared_worker

    tty = sys.stderr.isatty()

    def step(progress: ScanStep) -> None:
        line = (
            f"history: {progress.done}/{progress.total} {progress.action:<9} {progress.folder.name}"
        )
        if tty:
            sys.stderr.write("\r" + line[:110].ljust(110))
            if progress.done == progress.total:
                sys.stderr.write("\n")
        else:
            sys.stderr.write(line + "\n")
        sys.stderr.flush()

    try:
        result = scan(folder, store, on_step=step)
    except HistoryError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_FAILED
    finally:
        close_shared_worker()
    print(f"{result.sentence()} ({result.seconds:.1f} s)")
    for run in store.runs():
        if run.damaged and Path(run.folder).is_relative_to(result.root):
            print(f"damaged: {run.folder}: {run.damaged}")
    return EXIT_OK


def run_json(run: Any) -> dict[str, Any]:
    data: dict[str, Any] = run.as_json()
    data["cycles"] = {"done": run.cycles_done, "planned": run.cycles_planned}
    data["state"] = "gone" if run.gone else run.state
    data["run_state"] = run.state
    data.pop("signature", None)
    return data


def _show(store: Any, action: str | None, serial: str | None, as_json: bool, out: TextIO) -> int:
    from proactive_gui.history.trends import forecasts, trends

    runs = store.runs(serial)
    found = trends(runs) if action != "list" else []
    if as_json:
        document: dict[str, Any] = {"runs": [run_json(r) for r in runs]}
        if action != "list":
            document["forecasts"] = [t.forecast_json() for t in forecasts(found)]
        if action == "trends":
            document = {"trends": [t.as_json() for t in found], **document}
            del document["runs"]
        out.write(json.dumps(document, indent=2, ensure_ascii=False) + "\n")
        return EXIT_OK
    if action != "trends":
        for run in runs:
            out.write(_run_line(run) + "\n")
        out.write(f"{len(runs)} run(s) in the history\n")
    if action == "trends":
        for trend in found:
            out.write(_trend_line(trend) + "\n")
    if action != "list":
        due = forecasts(found)
        for trend in due:
            out.write(f"FORECAST {trend.series.serial}: {trend.message}\n")
        if not due:
            out.write("No forecast: no comparable series is heading for a service limit\n")
    return EXIT_OK


def _run_line(run: Any) -> str:
    state = "gone" if run.gone else run.state
    if run.damaged:
        return f"{'damaged':<9} {run.folder}: {run.damaged}"
    warn = [c.channel for c in run.channels if c.state in ("warning", "failure")]
    health = (
        f"attention: {', '.join(warn)}" if warn else "health ok" if run.channels else "no metrics"
    )
    text = (
        f"{state:<9} {run.started or '—':<28} {run.serial:<10} {run.model:<18} "
        f"{run.run_id}  {run.cycles_done}/{run.cycles_planned} cycles, {health}"
    )
    return text + "".join(f"\n    problem: {p}" for p in run.problems)


def _trend_line(trend: Any) -> str:
    slope = "—" if trend.slope_per_run is None else f"{trend.slope_per_run:+.3g}/run"
    unit = " %" if trend.judge == "percent_of_reference" else ""
    return (
        f"{trend.series.serial:<10} {trend.channel:<18} {trend.what} ({trend.measure}): "
        f"{trend.runs} run(s), slope {slope}{unit}, "
        f"{'significant' if trend.significant else 'no significant trend'}"
    )
