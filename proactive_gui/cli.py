"""The command line: the GUI by default, plus commands for scripts and support.

Everything here but the GUI and ``snapshot`` runs without Qt (and without a display);
those two import ``proactive_gui.ui`` only when asked for.
Exit codes: 0 done, 1 the work failed, 2 the command or a value was wrong.
"""

from __future__ import annotations

import argparse
import getpass
import json
import logging
import multiprocessing
import os
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from proactive_gui import APP_NAME, __version__
from proactive_gui.instrument.scenarios import SCENARIOS
from proactive_gui.launch import LaunchOptions
from proactive_gui.logsetup import configure_logging
from proactive_gui.paths import AppPaths, app_paths
from proactive_gui.secrets import SECRET_NAMES, KeyringUnavailableError, store_secret
from proactive_gui.settings import SettingError, Settings, spec_for

if TYPE_CHECKING:
    from proactive_gui.payload.seal import SealedPayload
    from proactive_gui.uplink.spool import Spool

log = logging.getLogger(__name__)

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


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


def _folder(text: str) -> Path:
    path = Path(text).expanduser()
    if not path.is_dir():
        raise argparse.ArgumentTypeError(f"no such folder: {text}")
    return path.resolve()


def _add_source_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--demo", action="store_true", help="show the demo instrument")
    parser.add_argument(
        "--scenario",
        default="healthy",
        choices=sorted(SCENARIOS),
        metavar="NAME",
        help="demo scenario: " + ", ".join(SCENARIOS) + " (default: healthy)",
    )
    parser.add_argument("--seed", type=int, default=0, help="demo random seed (default: 0)")
    parser.add_argument("--run-folder", type=_folder, metavar="DIR", help="a run folder to show")


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
        "set-secret", help="store a secret in the OS keyring, read from standard input"
    )
    secret.add_argument("name", choices=sorted(SECRET_NAMES))

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
    check.add_argument("--endpoint", metavar="URL", help="instead of the endpoint setting")
    check.add_argument("--ca-bundle", metavar="FILE", help="instead of the ca_bundle setting")
    check.add_argument("--proxy", metavar="URL", help="instead of the proxy setting (or none)")
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
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    multiprocessing.freeze_support()  # a frozen app's InterOp worker starts here
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse: --help/--version (0) or a usage error (2)
        return int(exc.code or 0)
    paths = app_paths().ensure()
    configure_logging(paths.log_file)
    log.info("%s %s: %s", APP_NAME, __version__, args.command or "gui")
    if args.command == "config":
        return _config(args, paths)
    if args.command == "runinfo":
        return _runinfo(args.folder, args.json)
    if args.command == "deliver":
        return _deliver(paths, args.wait, args.timeout)
    if args.command == "status":
        return _status(paths, args.json)
    if args.command == "check":
        return _check(paths, args)
    if args.command == "consent":
        return _consent(paths, args.action)
    options = LaunchOptions(
        demo=args.demo or args.run_folder is None,
        scenario=args.scenario,
        speed=getattr(args, "speed", 60.0),
        seed=args.seed,
        run_folder=args.run_folder,
        at_hours=getattr(args, "at", 0.0),
    )
    if args.command == "snapshot":
        return _snapshot(args.out, options, paths)
    if args.command == "preview":
        if args.payload:
            return _preview_sealed(paths, args.payload, args.raw)
        return _preview(options, paths, args.raw)
    if args.command == "send":
        return _send(options, paths)
    problem = display_problem(os.environ, sys.platform)
    if problem:
        print(f"error: {problem}", file=sys.stderr)
        return EXIT_FAILED
    from proactive_gui.ui.app import run_gui

    return run_gui(
        options, paths, exit_after_first_paint=args.exit_after_first_paint, in_tray=args.in_tray
    )


def display_problem(environ: Mapping[str, str], platform: str) -> str | None:
    """Why a window cannot open here, or None. Qt would abort without a sentence."""
    if not platform.startswith("linux") or environ.get("QT_QPA_PLATFORM"):
        return None
    if environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY"):
        return None
    return (
        "no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set); "
        "start it from the desktop session, or render the pages with: "
        f"{APP_NAME} snapshot --out DIR"
    )


def _snapshot(out: Path, options: LaunchOptions, paths: AppPaths) -> int:
    from proactive_gui.ui.qtlog import route_qt_messages
    from proactive_gui.ui.snapshot import write_snapshots

    route_qt_messages()
    try:
        written = write_snapshots(out, options, Settings.load(paths.settings_file), paths)
    except OSError as exc:
        print(
            f"error: could not write the snapshots to {out}: {exc.strerror or exc}", file=sys.stderr
        )
        return EXIT_FAILED
    for path in written:
        print(path)
    return EXIT_OK


def _preview(options: LaunchOptions, paths: AppPaths, raw: bool) -> int:
    from proactive_gui.launch import draft_now
    from proactive_gui.payload.schema import PayloadInvalidError
    from proactive_gui.payload.seal import PayloadBlockedError, seal
    from proactive_gui.runs.xmlfile import RunFolderError

    try:
        opted_in = bool(Settings.load(paths.settings_file).get("opt_in"))
        sealed = seal(draft_now(options, opted_in=opted_in))
    except RunFolderError as exc:
        print(f"error: {exc.path}: {exc.problem}", file=sys.stderr)
        return EXIT_FAILED
    except (PayloadBlockedError, PayloadInvalidError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_FAILED
    return _show_sealed(sealed, raw, "Preview only: nothing was queued or sent.")


def _spool(paths: AppPaths) -> Spool | None:
    from proactive_gui.uplink.keys import SpoolKeyError
    from proactive_gui.uplink.setup import open_spool

    try:
        return open_spool(Settings.load(paths.settings_file), paths)
    except SpoolKeyError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return None


def _show_sealed(sealed: SealedPayload, raw: bool, note: str) -> int:
    if raw:
        sys.stdout.buffer.write(sealed.data)
        sys.stdout.buffer.flush()
        return EXIT_OK
    print(f"Payload {sealed.payload_id} ({sealed.kind}), sealed {sealed.created_at}")
    print(f"Size: {sealed.size} bytes   SHA-256: {sealed.sha256}")
    print(note)
    print(json.dumps(sealed.document(), indent=2, ensure_ascii=False))
    return EXIT_OK


def _preview_sealed(paths: AppPaths, payload_id: str, raw: bool) -> int:
    from proactive_gui.uplink.setup import sent_history
    from proactive_gui.uplink.spool import RecordUnreadableError

    spool = _spool(paths)
    if spool is None:
        return EXIT_FAILED
    record = spool.find(payload_id)
    if record is None:
        sent = [d for d in sent_history(paths).entries() if d.payload_id == payload_id]
        if sent:
            print(
                f"error: payload {payload_id} was delivered at {sent[0].sent_at} "
                f"(SHA-256 {sent[0].sha256}); its bytes are no longer kept on this PC",
                file=sys.stderr,
            )
        else:
            print(f"error: no payload {payload_id} in the queue", file=sys.stderr)
        return EXIT_FAILED
    try:
        sealed = spool.read(record)
    except RecordUnreadableError as exc:
        print(f"error: payload {payload_id} cannot be read: {exc}", file=sys.stderr)
        return EXIT_FAILED
    return _show_sealed(sealed, raw, "Waiting in the queue: this is exactly what will be sent.")


def _send(options: LaunchOptions, paths: AppPaths) -> int:
    from proactive_gui.launch import draft_now
    from proactive_gui.payload.schema import PayloadInvalidError
    from proactive_gui.payload.seal import PayloadBlockedError, seal
    from proactive_gui.uplink.spool import SpoolError

    spool = _spool(paths)
    if spool is None:
        return EXIT_FAILED
    try:
        opted_in = bool(Settings.load(paths.settings_file).get("opt_in"))
        sealed = seal(draft_now(options, opted_in=opted_in))
        spool.put(sealed)
    except (PayloadBlockedError, PayloadInvalidError, SpoolError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_FAILED
    print(f"{sealed.payload_id} {sealed.sha256}")
    return EXIT_OK


def _deliver(paths: AppPaths, wait: bool, timeout: float) -> int:
    import time

    from proactive_gui.uplink.engine import State
    from proactive_gui.uplink.setup import make_engine

    spool = _spool(paths)
    if spool is None:
        return EXIT_FAILED
    engine = make_engine(paths.settings_file, spool, paths)
    blocking = {State.OPTED_OUT, State.NOT_CONFIGURED, State.AUTH_NEEDED}
    engine.start()
    deadline = time.monotonic() + timeout
    try:
        while spool.pending() and time.monotonic() < deadline:
            state = engine.status.state
            if state in blocking or (state == State.WAITING and not wait):
                break
            time.sleep(0.05)
    except KeyboardInterrupt:
        pass
    finally:
        engine.stop()
    left = len(spool.pending())
    print(f"delivered {engine.status.sent}, waiting {left}")
    if left:
        detail = engine.status.detail or engine.status.state
        print(f"error: {left} payload(s) not delivered: {detail}", file=sys.stderr)
        return EXIT_FAILED
    return EXIT_OK


def _status(paths: AppPaths, as_json: bool) -> int:
    from proactive_gui.uplink.setup import sent_history

    spool = _spool(paths)
    if spool is None:
        return EXIT_FAILED
    pending = spool.pending()
    parked = [{"payload_id": r.payload_id, "reason": r.reason()} for r in spool.parked()]
    quarantined = [{"file": r.path.name, "reason": r.reason()} for r in spool.quarantined()]
    history = sent_history(paths).entries()
    last = history[-1] if history else None
    settings = Settings.load(paths.settings_file)
    opted_in = bool(settings.get("opt_in"))
    queued_bytes = sum(r.size for r in pending)
    if as_json:
        summary = {
            "opt_in": opted_in,
            "endpoint": str(settings.get("endpoint")) or None,
            "queue": {
                "count": len(pending),
                "bytes": queued_bytes,
                "oldest": min((r.written_at for r in pending), default=None),
            },
            "parked": parked,
            "quarantined": quarantined,
            "dropped_by_policy": spool.dropped(),
            "last_delivery": last.__dict__ if last else None,
        }
        print(json.dumps(summary, indent=2))
        return EXIT_OK
    print(f"Send Instrument Performance Data: {'on' if opted_in else 'off'}")
    print(f"Queue: {len(pending)} payload(s), {queued_bytes} bytes")
    for item in parked:
        print(f"Parked {item['payload_id']}: {item['reason']}")
    for item in quarantined:
        print(f"Quarantined {item['file']}: {item['reason']}")
    if spool.dropped():
        print(f"Dropped by the size and age policy: {spool.dropped()}")
    print(
        f"Last delivery: {last.payload_id} at {last.sent_at} (SHA-256 {last.sha256})"
        if last
        else "Last delivery: none yet"
    )
    return EXIT_OK


def _consent(paths: AppPaths, action: str) -> int:
    from proactive_gui.consent import SUMMARY, consent_history, set_consent

    settings = Settings.load(paths.settings_file)
    if action == "status":
        state = "on" if settings.get("opt_in") else "off"
        locked = settings.locked("opt_in")
        print(
            f"Send Instrument Performance Data: {state}"
            + (f" (locked: {locked})" if locked else "")
        )
        for change in consent_history(paths)[-10:]:
            turned = "on" if change.opted_in else "off"
            print(
                f"  {change.at}  {turned:<3}  by {change.user} ({change.source}, v{change.app_version})"
            )
        return EXIT_OK
    try:
        set_consent(settings, paths, action == "on", "consent command")
    except SettingError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    print(f"Send Instrument Performance Data: {action}")
    if action == "on":
        print(SUMMARY)
    return EXIT_OK


def _check(paths: AppPaths, args: argparse.Namespace) -> int:
    import time

    from proactive_gui.netcheck.checks import FAIL, Checker, report_json
    from proactive_gui.netcheck.report import as_html, as_text
    from proactive_gui.netcheck.run import inputs_from_settings

    inputs = inputs_from_settings(
        paths.settings_file, args.endpoint or "", args.ca_bundle or "", args.proxy or ""
    )
    if not inputs.endpoint:
        print(
            "error: no receiver address: use --endpoint URL, or "
            "proactive-gui config set endpoint https://<receiver>",
            file=sys.stderr,
        )
        return EXIT_USAGE
    started = time.time()
    results = Checker(inputs).run()
    document = report_json(results, started)
    print(document if args.json else as_text(results))
    if args.report is not None:
        text = (
            document
            if args.report.suffix == ".json"
            else as_html(results, json.loads(document)["started_at"])
        )
        try:
            args.report.write_text(text, encoding="utf-8")
        except OSError as exc:
            print(f"error: could not write {args.report}: {exc.strerror or exc}", file=sys.stderr)
            return EXIT_FAILED
    return EXIT_FAILED if any(r.verdict == FAIL for r in results) else EXIT_OK


def _runinfo(folder: Path, as_json: bool) -> int:
    from proactive_gui.runs.folder import load_run_folder, summary_json
    from proactive_gui.runs.isolation import close_shared_worker
    from proactive_gui.runs.xmlfile import RunFolderError

    try:
        run = load_run_folder(folder)
    except RunFolderError as exc:
        print(f"error: {exc.path}: {exc.problem}", file=sys.stderr)
        return EXIT_FAILED
    finally:
        close_shared_worker()
    summary = summary_json(run)
    if as_json:
        print(json.dumps(summary, indent=2, ensure_ascii=False))
    else:
        print(format_runinfo(summary))
    for problem in run.problems:
        print(f"warning: {problem}", file=sys.stderr)
    for missing in run.metrics.missing if run.metrics else ():
        print(f"note: {missing}", file=sys.stderr)
    return EXIT_OK


def format_runinfo(summary: Mapping[str, object]) -> str:
    """The summary as aligned 'label: value' lines for people."""

    def show(value: object) -> str:
        if value is None or value == "":
            return "—"
        return f"{value:.2f}" if isinstance(value, float) else str(value)

    lines = [
        ("Instrument", f"{show(summary['instrument_model'])} {show(summary['instrument_serial'])}"),
        (
            "Run",
            f"{show(summary['run_id'])} (number {show(summary['run_number'])}, {show(summary['run_date'])})",
        ),
        ("Flow cell", show(summary["flowcell"])),
        ("Reads", show(summary["read_structure"])),
        (
            "State",
            f"{show(summary['state'])}: cycle {show(summary['cycles_done'])} of {show(summary['cycles_planned'])}",
        ),
        (
            "Software",
            f"{show(summary['control_software'])} {show(summary['control_software_version'])}, RTA {show(summary['rta_version'])}",
        ),
        (
            "Yield",
            f"{show(summary['yield_gb'])} Gb (projected {show(summary['projected_yield_gb'])} Gb)",
        ),
        ("% ≥ Q30", show(summary["percent_q30"])),
        ("Error rate %", show(summary["error_rate"])),
        ("Density k/mm²", show(summary["cluster_density_k_mm2"])),
        ("% PF", show(summary["percent_pf"])),
    ]
    width = max(len(label) for label, _ in lines)
    return "\n".join(f"{label:<{width}}  {value}" for label, value in lines)


def _config(args: argparse.Namespace, paths: AppPaths) -> int:
    settings = Settings.load(paths.settings_file)
    if settings.load_problem:
        print(f"warning: {settings.load_problem}", file=sys.stderr)
    try:
        if args.config_command == "list":
            for spec, value in settings.items():
                origin = "default" if settings.is_default(spec.key) else "set"
                locked = settings.locked(spec.key)
                origin = f"locked by IT policy: {locked}" if locked else origin
                print(f"{spec.key} = {spec.format(value)}  ({origin})")
            return EXIT_OK
        if args.config_command == "get":
            print(spec_for(args.key).format(settings.get(args.key)))
            return EXIT_OK
        if args.config_command == "set":
            if args.key == "opt_in":  # the same path as the consent command: logged
                from proactive_gui.consent import set_consent

                opted_in = bool(spec_for("opt_in").parse(args.value))
                set_consent(settings, paths, opted_in, "config set")
                kept = settings.get("opt_in")
            else:
                kept = settings.set(args.key, args.value)
            print(f"{args.key} = {spec_for(args.key).format(kept)}")
            return EXIT_OK
        return _set_secret(args.name)
    except SettingError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE


def _set_secret(name: str) -> int:
    if sys.stdin.isatty():
        value = getpass.getpass(f"{name} (not shown): ")
    else:
        value = sys.stdin.readline().rstrip("\r\n")
    try:
        store_secret(name, value)
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyringUnavailableError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_FAILED
    print(f"{name} stored in the OS keyring ({SECRET_NAMES[name]})")
    return EXIT_OK
