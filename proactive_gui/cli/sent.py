"""The ``sent`` command: every payload this PC delivered, filtered, listed or exported
as CSV or JSON for an audit."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from proactive_gui.cli.exits import EXIT_FAILED, EXIT_OK
from proactive_gui.paths import AppPaths

if TYPE_CHECKING:
    from proactive_gui.uplink.audit import AuditRow


def moment(end: bool) -> Callable[[str], float]:
    """An argparse type for ``--since`` (the start of a date) or ``--until`` (its end)."""

    def parse(text: str) -> float:
        from proactive_gui.uplink.audit import day_end, day_start

        try:
            return day_end(text) if end else day_start(text)
        except ValueError as exc:
            raise argparse.ArgumentTypeError(str(exc)) from None

    return parse


def sent(paths: AppPaths, args: argparse.Namespace) -> int:
    from proactive_gui.uplink.audit import Criteria, export_file, rows_of, write_csv, write_json
    from proactive_gui.uplink.setup import sent_history

    if args.csv == "-" and args.json == "-":
        print("error: only one of --csv and --json can go to standard output", file=sys.stderr)
        return EXIT_FAILED
    history = sent_history(paths)
    rows = rows_of(history.entries())
    criteria = Criteria(args.search or "", args.kind or "", args.since, args.until)
    shown = criteria.select(rows)
    deliveries = [row.delivery for row in shown]
    exports = [(args.csv, write_csv), (args.json, write_json)]
    for target, write in exports:
        if target is None:
            continue
        if target == "-":
            write(deliveries, sys.stdout)
            continue
        try:
            count = export_file(deliveries, Path(target), "csv" if write is write_csv else "json")
        except OSError as exc:
            print(f"error: {target} could not be written: {exc.strerror or exc}", file=sys.stderr)
            return EXIT_FAILED
        print(f"{count} deliver{'y' if count == 1 else 'ies'} written to {target}")
    if args.csv is None and args.json is None:
        _list(shown, len(rows), history.retention_days(), sys.stdout)
    return EXIT_OK


def _list(shown: list[AuditRow], total: int, retention: int, out: TextIO) -> None:
    for row in shown:
        d = row.delivery
        summary = d.summary or "(sent before summaries were recorded)"
        where = f" to {d.destination}" if d.destination else ""
        out.write(
            f"{row.local_time}  {d.kind:<9} {d.payload_id}  {d.size} B  "
            f"SHA-256 {d.sha256}{where}\n    {summary}\n"
        )
    kept = f"bytes kept {retention} days" if retention else "bytes not kept"
    out.write(f"{total} payload(s) sent, {len(shown)} shown ({kept}; times are local)\n")
