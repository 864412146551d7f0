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

from proactive_gui import APP_NAME, __version__
from proactive_gui.cli import payloads
from proactive_gui.cli.exits import EXIT_FAILED, EXIT_OK, EXIT_USAGE
from proactive_gui.cli.parser import build_parser
from proactive_gui.launch import LaunchOptions
from proactive_gui.logsetup import configure_logging
from proactive_gui.paths import AppPaths, app_paths
from proactive_gui.secrets import SECRET_NAMES, KeyringUnavailableError, store_secret
from proactive_gui.settings import SettingError, Settings, spec_for

log = logging.getLogger(__name__)


def main(argv: Sequence[str] | None = None) -> int:
    try:
        return _main(argv)
    except BrokenPipeError:  # `| head` stopped reading: nothing more to say to it
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # so that the exit's flush does not fail too
        return EXIT_FAILED


def _main(argv: Sequence[str] | None) -> int:
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
        return payloads.deliver(paths, args.wait, args.timeout)
    if args.command == "status":
        return payloads.status(paths, args.json)
    if args.command == "sent":
        from proactive_gui.cli.sent import sent

        return sent(paths, args)
    if args.command == "history":
        from proactive_gui.cli.history import history

        return history(paths, args)
    if args.command == "check":
        return _check(paths, args)
    if args.command == "consent":
        return _consent(paths, args.action)
    run_folder = args.run_folder
    if run_folder is None and not args.demo and args.command in COMMANDS_ON_ONE_RUN:
        run_folder = newest_run(paths)
    options = LaunchOptions(
        demo=args.demo,
        scenario=args.scenario,
        speed=getattr(args, "speed", 60.0),
        seed=args.seed,
        run_folder=run_folder,
        at_hours=getattr(args, "at", 0.0),
    )
    if args.command == "health":
        return health_command(options, args.json)
    if args.command == "snapshot":
        return _snapshot(args.out, options, paths)
    if args.command == "preview":
        if args.payload:
            return payloads.preview_sealed(paths, args.payload, args.raw, args.json)
        return payloads.preview(options, paths, args.raw, args.json)
    if args.command == "send":
        return payloads.send(options, paths)
    problem = display_problem(os.environ, sys.platform)
    if problem:
        print(f"error: {problem}", file=sys.stderr)
        return EXIT_FAILED
    from proactive_gui.ui.app import run_gui

    return run_gui(
        options, paths, exit_after_first_paint=args.exit_after_first_paint, in_tray=args.in_tray
    )


COMMANDS_ON_ONE_RUN = ("health", "preview", "send", "snapshot")


def newest_run(paths: AppPaths) -> Path | None:
    """The newest run under the run_folder_root setting, or None."""
    from proactive_gui.runs.watcher import newest_run_folder

    root = str(Settings.load(paths.settings_file).get("run_folder_root"))
    return newest_run_folder(Path(root)) if root else None


def health_command(options: LaunchOptions, as_json: bool) -> int:
    """``health``: exit 0 whatever the health; 1 with a reason when nothing can be read."""
    from proactive_gui.health.snapshot import health_json
    from proactive_gui.launch import NoSourceError, health_now
    from proactive_gui.runs.xmlfile import RunFolderError

    try:
        snapshot = health_now(options)
    except NoSourceError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except RunFolderError as exc:
        print(f"error: {exc.path}: {exc.problem}", file=sys.stderr)
        return EXIT_FAILED
    if snapshot is None:
        print(
            f"error: {options.run_folder}: no InterOp metrics could be read, so there is no "
            "health to show (see: proactive-gui runinfo DIR)",
            file=sys.stderr,
        )
        return EXIT_FAILED
    document = health_json(snapshot)
    if as_json:
        print(json.dumps(document, indent=2, ensure_ascii=False))
    else:
        print(format_health(document))
    return EXIT_OK


def format_health(document: Mapping[str, object]) -> str:
    instrument = document["instrument"]
    assert isinstance(instrument, dict)
    lines = [f"{instrument['model']} {instrument['serial']} ({document['source']})"]
    run = document.get("run")
    if isinstance(run, dict):
        lines.append(f"Run: {run['state']}, cycle {run['cycle']} of {run['planned_cycles']}")
    subsystems = document["subsystems"]
    assert isinstance(subsystems, dict)
    for name, entry in subsystems.items():
        lines.append(f"{name.capitalize():<11} {entry['state']}")
        for channel in entry["channels"]:
            latest = "—" if channel["latest"] is None else f"{channel['latest']:g}"
            lines.append(f"    {channel['label']:<38} {latest} {channel['unit']}".rstrip())
    findings = document["findings"]
    assert isinstance(findings, list)
    lines.append(f"Findings: {len(findings) or 'none'}")
    lines += [f"  {f['state'].upper():<8} {f['message']}" for f in findings]
    return "\n".join(lines)


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
    tofu: dict[str, set[str]] = {}
    try:
        written = write_snapshots(out, options, Settings.load(paths.settings_file), paths, tofu)
    except OSError as exc:
        print(
            f"error: could not write the snapshots to {out}: {exc.strerror or exc}", file=sys.stderr
        )
        return EXIT_FAILED
    for path in written:
        print(path)
    for page, characters in tofu.items():  # a support screenshot must not hide boxes
        shown = " ".join(sorted(characters)[:20])
        print(
            f"error: the {page} page draws {len(characters)} character(s) as empty boxes, "
            f"no installed font has them: {shown} (install a font for this language, e.g. "
            "fonts-wqy-microhei for Chinese)",
            file=sys.stderr,
        )
    return EXIT_FAILED if tofu else EXIT_OK


def _consent(paths: AppPaths, action: str) -> int:
    from proactive_gui.consent import consent_history, consent_terms, set_consent

    settings = Settings.load(paths.settings_file)
    if action == "status":
        state = "on" if settings.get("opt_in") else "off"
        locked = settings.locked("opt_in")
        print(
            f"Send Instrument Performance Data: {state}"
            + (f" (locked: {locked})" if locked else "")
        )
        for line in consent_terms(settings).lines()[1:]:
            print(line)
        for change in consent_history(paths)[-10:]:
            turned = "on" if change.opted_in else "off"
            where = f" for {change.destination}" if change.destination else ""
            print(
                f"  {change.at}  {turned:<3}  by {change.user} ({change.source}, "
                f"v{change.app_version}){where}"
            )
        return EXIT_OK
    try:
        set_consent(settings, paths, action == "on", "consent command")
    except SettingError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    print(f"Send Instrument Performance Data: {action}")
    if action == "on":
        for line in consent_terms(settings).lines():
            print(line)
    return EXIT_OK


def _check(paths: AppPaths, args: argparse.Namespace) -> int:
    import time

    from proactive_gui.netcheck.about import about
    from proactive_gui.netcheck.checks import FAIL, Checker, report_json
    from proactive_gui.netcheck.record import TERMINAL, record_file, save_last
    from proactive_gui.netcheck.report import as_html, as_text
    from proactive_gui.netcheck.run import inputs_from_settings

    warn_of_policy_problems(Settings.load(paths.settings_file))
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
    overrides = {"endpoint": args.endpoint, "ca_bundle": args.ca_bundle, "proxy": args.proxy}
    context = about(paths.settings_file, {k: v for k, v in overrides.items() if v})
    document = report_json(results, started, context)
    started_at = json.loads(document)["started_at"]
    if not any(overrides.values()):  # a check of other settings is not this PC's verdict
        save_last(record_file(paths), document, time.time(), TERMINAL, results)
    print(document if args.json else as_text(results, context, started_at))
    if args.report is not None:
        text = document if args.report.suffix == ".json" else as_html(results, started_at, context)
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


def warn_of_policy_problems(settings: Settings) -> None:
    """Each line of the IT policy file that was left out, with its number, on stderr:
    where the person running ``config`` or ``check`` looks (not only in the log)."""
    for problem in settings.policy.problems:
        print(f"warning: IT policy: {problem}", file=sys.stderr)


def _config(args: argparse.Namespace, paths: AppPaths) -> int:
    settings = Settings.load(paths.settings_file)
    if settings.load_problem:
        print(f"warning: {settings.load_problem}", file=sys.stderr)
    warn_of_policy_problems(settings)
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
                from proactive_gui.consent import consent_terms, set_consent

                opted_in = bool(spec_for("opt_in").parse(args.value))
                set_consent(settings, paths, opted_in, "config set")
                kept = settings.get("opt_in")
                if opted_in:  # the terms it was turned on for, as the window shows them
                    print("\n".join(consent_terms(settings).lines()), file=sys.stderr)
            else:
                kept = settings.set(args.key, args.value)
            print(f"{args.key} = {spec_for(args.key).format(kept)}")
            return EXIT_OK
        return _set_secret(args.name, settings, paths)
    except SettingError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE


def _set_secret(name: str, settings: Settings, paths: AppPaths) -> int:
    from proactive_gui.uplink.keys import app_secret_store

    if sys.stdin.isatty():
        value = getpass.getpass(f"{name} (not shown): ")
    else:
        value = sys.stdin.readline().rstrip("\r\n")
    try:
        place = store_secret(name, value, app_secret_store(settings, paths))
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyringUnavailableError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_FAILED
    if not place.weaker:
        print(f"{name} stored in the OS keyring ({SECRET_NAMES[name]})")
        return EXIT_OK
    print(f"{name} stored ({SECRET_NAMES[name]}). {place.sentence}")
    print(f"warning: the {name} is not in the OS keyring, a weaker place", file=sys.stderr)
    return EXIT_OK
