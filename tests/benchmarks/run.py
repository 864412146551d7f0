"""Run the benchmarks: `python tests/benchmarks/run.py [NAME ...] [--json]`.

Not part of the test suite. Each benchmark measures a reference in the same run, so the
ratio means something on any machine; the figures go into closing notes."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.benchmarks` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.benchmarks import (
    dashboard,
    idle,
    payload,
    runfolder,
    runhealth,
    simulator,
    startup,
    uplink,
)
from tests.benchmarks.figures import Figure

BENCHMARKS: dict[str, Callable[[], list[Figure]]] = {
    "startup": startup.run,
    "simulator": simulator.run,
    "runfolder": runfolder.run,
    "runhealth": runhealth.run,
    "dashboard": dashboard.run,
    "payload": payload.run,
    "uplink": uplink.run,
    "idle": idle.run,
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "names",
        nargs="*",
        metavar="NAME",
        help="benchmarks to run: " + ", ".join(BENCHMARKS) + " (default: all)",
    )
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    args = parser.parse_args(argv)
    unknown = [name for name in args.names if name not in BENCHMARKS]
    if unknown:
        parser.error(f"unknown benchmark {', '.join(unknown)}; choose from {', '.join(BENCHMARKS)}")
    figures: list[Figure] = []
    for name in args.names or list(BENCHMARKS):
        if not args.json:
            print(f"running {name}…", file=sys.stderr)
        figures.extend(BENCHMARKS[name]())
    if args.json:
        print(json.dumps([f.as_dict() for f in figures], indent=2))
    else:
        print(
            f"{'figure':<34} {'value':>12} {'unit':<6} {'reference':>12} {'ratio':>8}  reference is"
        )
        for figure in figures:
            print(figure.row())
    return 0


if __name__ == "__main__":
    sys.exit(main())
