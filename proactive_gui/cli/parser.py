"""The command line's arguments: the window's options and every command's."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from proactive_gui import APP_NAME, __version__
from proactive_gui.instrument.scenarios import SCENARIOS
from proactive_gui.secrets import SECRET_NAMES


def _positive_float(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not value > 0:
        raise argparse.ArgumentTypeError(f"must be more than 0: {text!r}")
    return value


def _non_negative_float(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"must not be negative: {text!r}")
    return value


def _setting(key: str) -> Callable[[str], str]:
    """An option that stands in for the setting ``key``: read by the setting's own parser
    (``config set`` refuses what this refuses), a wrong value a usage error (exit 2)."""

    def parse(text: str) -> str:
        from proactive_gui.settings import SettingError, spec_for

        try:
            return str(spec_for(key).parse(text))
        except SettingError as exc:
            raise argparse.ArgumentTypeError(str(exc)) from None

    return parse


def _folder(text: str) -> Path:
    path = Path(text).expanduser()
    if not path.is_dir():
        raise argparse.ArgumentTypeError(f"no such folder: {text}")
    return path.resolve()


def _add_source_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--demo",
        action="store_true",
        help="the built-in demo instrument (simulated data, never a real instrument's) "
        "instead of the run folder",
    )
    parser.add_argument(
        "--scenario",
        default="healthy",
        choices=sorted(SCENARIOS),
        metavar="NAME",
        help="demo scenario: " + ", ".join(SCENARIOS) + " (default: healthy)",
    )
    parser.add_argument("--seed", type=int, default=0, help="demo random seed (default: 0)")
    parser.add_argument(
        "--run-folder",
        type=_folder,
        metavar="DIR",
        help="a run folder to show (default: the newest run under the run_folder_root setting)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=APP_NAME,
        description="Proactive Companion: instrument health, payload preview, network "
        "readiness and uploads. With no command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    _add_source_options(parser)
    parser.add_argument(
        "--speed",
        type=_positive_float,
        default=60.0,
        metavar="X",
        help="demo time acceleration: simulated seconds per real second (default: 60)",
    )
    parser.add_argument(
        "--in-tray",
        action="store_true",
        help="start with the window hidden in the system tray (as at Windows sign-in); "
        "without a tray the window starts minimised",
    )
    parser.add_argument("--exit-after-first-paint", action="store_true", help=argparse.SUPPRESS)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    config = commands.add_parser("config", help="read and change settings")
    config_cmd = config.add_subparsers(dest="config_command", metavar="ACTION", required=True)
    config_cmd.add_parser("list", help="every setting with its value")
    get = config_cmd.add_parser("get", help="print one setting's value")
    get.add_argument("key")
    set_ = config_cmd.add_parser("set", help="validate and store a setting")
    set_.add_argument("key")
    set_.add_argument("value")
    secret = config_cmd.add_parser(
        "set-secret",
        help="store a secret, read from standard input: in the OS keyring, or with "
        "secret_store = file in a file readable only by you",
    )
    secret.add_argument("name", choices=sorted(SECRET_NAMES))

    health = commands.add_parser(
        "health",
        help="the instrument's health now: each subsystem's state, its channels and the "
        "faults found, from the run folder (or the demo)",
    )
    _add_source_options(health)
    health.add_argument(
        "--at",
        type=_non_negative_float,
        default=1.0,
        metavar="HOURS",
        help="demo run time, in hours (default: 1)",
    )
    health.add_argument("--json", action="store_true", help="JSON for scripts")

    runinfo = commands.add_parser(
        "runinfo", help="print a run folder's parsed summary (instrument, run, reads, quality)"
    )
    runinfo.add_argument("folder", type=Path, metavar="DIR")
    runinfo.add_argument("--json", action="store_true", help="JSON for scripts")

    snapshot = commands.add_parser(
        "snapshot", help="render every page offscreen to DIR/<page>.png (for support and docs)"
    )
    snapshot.add_argument("--out", required=True, type=Path, metavar="DIR")
    _add_source_options(snapshot)
    snapshot.add_argument(
        "--at",
        type=_non_negative_float,
        default=1.0,
        metavar="HOURS",
        help="simulated run time to render at, in hours (default: 1)",
    )
    preview = commands.add_parser(
        "preview",
        help="the payload as it would be sealed now: its fields, size and SHA-256, "
        "or with --raw exactly its bytes",
    )
    _add_source_options(preview)
    preview.add_argument(
        "--at",
        type=_non_negative_float,
        default=1.0,
        metavar="HOURS",
        help="demo run time to build the payload at, in hours (default: 1)",
    )
    preview.add_argument(
        "--raw", action="store_true", help="exactly the bytes that would be sent, nothing else"
    )
    preview.add_argument(
        "--payload", metavar="ID", help="a sealed payload waiting in the queue, by its payload_id"
    )
    preview.add_argument(
        "--json",
        action="store_true",
        help="for scripts: draft, the payload's exact JSON text, its SHA-256, each field's "
        "explanation and what is not sent",
    )

    send = commands.add_parser(
        "send", help="seal a payload now and queue it; prints its payload_id and SHA-256"
    )
    _add_source_options(send)
    send.add_argument("--at", type=_non_negative_float, default=1.0, metavar="HOURS")
    deliver = commands.add_parser(
        "deliver", help="send the queue without a window, until it is empty or time is up"
    )
    deliver.add_argument(
        "--wait", action="store_true", help="keep retrying through failures until the time is up"
    )
    deliver.add_argument(
        "--timeout", type=_positive_float, default=60.0, metavar="S", help="seconds (default 60)"
    )
    check = commands.add_parser(
        "check", help="network readiness: every stage with a verdict, evidence and a remedy"
    )
    check.add_argument(
        "--endpoint",
        type=_setting("endpoint"),
        metavar="URL",
        help="instead of the endpoint setting",
    )
    check.add_argument(
        "--ca-bundle",
        type=_setting("ca_bundle"),
        metavar="FILE",
        help="instead of the ca_bundle setting",
    )
    check.add_argument(
        "--proxy", type=_setting("proxy"), metavar="URL",
        help="instead of the proxy setting: a URL with a port, system, none, auto or pac:URL",
    )  # fmt: skip
    check.add_argument("--json", action="store_true", help="JSON with a summary")
    check.add_argument(
        "--report", type=Path, metavar="FILE", help="also write FILE (.json or .html)"
    )
    consent = commands.add_parser(
        "consent", help="turn Send Instrument Performance Data on or off, or show its history"
    )
    consent.add_argument("action", choices=["on", "off", "status"])
    status = commands.add_parser("status", help="the queue, parked payloads, the last delivery")
    status.add_argument("--json", action="store_true", help="JSON for scripts")
    _add_sent(commands)
    _add_history(commands)
    return parser


def _add_history(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from proactive_gui.cli.history import add_history

    add_history(commands)


def _add_sent(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from proactive_gui.cli.sent import moment

    sent = commands.add_parser(
        "sent",
        help="every payload this PC delivered (time, kind, run, instrument, receiver, size, "
        "SHA-256, summary), filtered, or exported as CSV or JSON for an audit",
    )
    sent.add_argument(
        "--search", metavar="TEXT", help="only deliveries with every word of TEXT in some field"
    )
    sent.add_argument(
        "--kind", metavar="K", help="only this kind: run_start, health, run_end, manual"
    )
    sent.add_argument(
        "--since", type=moment(end=False), metavar="DATE", help="sent on or after DATE (local)"
    )
    sent.add_argument(
        "--until", type=moment(end=True), metavar="DATE", help="sent on or before DATE (local)"
    )
    sent.add_argument("--csv", metavar="FILE", help="write the deliveries shown as CSV (-: stdout)")
    sent.add_argument(
        "--json", metavar="FILE", help="write the deliveries shown as JSON (-: stdout)"
    )
