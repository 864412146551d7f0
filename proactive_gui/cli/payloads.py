"""The payload and delivery commands: ``preview``, ``send``, ``deliver``, ``status``.
Each prints what a script needs and returns an exit code (see ``cli.exits``)."""

from __future__ import annotations

import json
import sys
from typing import TYPE_CHECKING

from proactive_gui.cli.exits import EXIT_FAILED, EXIT_OK
from proactive_gui.launch import LaunchOptions
from proactive_gui.paths import AppPaths
from proactive_gui.settings import Settings

if TYPE_CHECKING:
    from proactive_gui.payload.build import Draft
    from proactive_gui.payload.seal import SealedPayload
    from proactive_gui.uplink.spool import Spool

DRAFT_NOTE = (
    "Draft, not yet sealed: its payload_id (all zeros here) and created_at are set when it "
    "is sealed (marked below), so its SHA-256 changes then; every other byte is what would "
    "be sent now. Nothing was queued or sent."
)


def _draft_now(options: LaunchOptions, paths: AppPaths) -> Draft:
    """The payload draft from the source ``options`` names, with the opt-in as set."""
    from proactive_gui.history.trends import stored_trends
    from proactive_gui.launch import draft_now

    opted_in = bool(Settings.load(paths.settings_file).get("opt_in"))
    trends = stored_trends(paths.instrument_history_file)  # as the window's payloads carry
    return draft_now(options, opted_in=opted_in, across_runs=trends)


def preview(options: LaunchOptions, paths: AppPaths, raw: bool, as_json: bool = False) -> int:
    from proactive_gui.payload.schema import PayloadInvalidError
    from proactive_gui.payload.seal import PayloadBlockedError
    from proactive_gui.payload.seal import preview as preview_of
    from proactive_gui.runs.xmlfile import RunFolderError

    try:
        draft = _draft_now(options, paths)
        sealed = preview_of(draft)
    except RunFolderError as exc:
        print(f"error: {exc.path}: {exc.problem}", file=sys.stderr)
        return EXIT_FAILED
    except (PayloadBlockedError, PayloadInvalidError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_FAILED
    return _show_sealed(sealed, raw, DRAFT_NOTE, as_json, draft)


def _spool(paths: AppPaths) -> Spool | None:
    from proactive_gui.uplink.keys import SpoolKeyError
    from proactive_gui.uplink.setup import open_spool

    try:
        return open_spool(Settings.load(paths.settings_file), paths)
    except SpoolKeyError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return None


def _show_sealed(
    sealed: SealedPayload, raw: bool, note: str, as_json: bool = False, draft: Draft | None = None
) -> int:
    """The payload as ``--raw`` bytes, as the ``--json`` contract (``payload.explain``),
    or for people: the note, the JSON, each field's explanation and what was not sent."""
    from proactive_gui.payload.explain import (
        TABLE_1,
        TABLE_1_NOTE,
        explained,
        fields_of,
        marked,
        not_sent_of,
    )
    from proactive_gui.payload.seal import CHANGES_WHEN_SEALED

    if raw:
        sys.stdout.buffer.write(sealed.data)
        sys.stdout.buffer.flush()
        return EXIT_OK
    if as_json:
        print(json.dumps(explained(sealed, draft), indent=2, ensure_ascii=False))
        return EXIT_OK
    if sealed.draft:
        print(f"Draft of a {sealed.kind} payload, not yet sealed")
    else:
        print(f"Payload {sealed.payload_id} ({sealed.kind}), sealed {sealed.created_at}")
    print(f"Size: {sealed.size} bytes   SHA-256: {sealed.sha256}")
    print(note)
    pretty = json.dumps(sealed.document(), indent=2, ensure_ascii=False)
    print(marked(pretty, CHANGES_WHEN_SEALED) if sealed.draft else pretty)
    print("\nWhat each field is, and why it is collected:")
    explanations = fields_of(sealed.document())
    for entry in explanations:
        print(f"  {entry['path']}: {entry['what']} Why: {entry['why']}")
    if any(TABLE_1 in entry["why"] for entry in explanations):
        print(f"  ({TABLE_1_NOTE})")
    if draft is None:
        print("\nWhat it left out was listed when it was sealed; only its bytes are kept.")
        return EXIT_OK
    print("\nNot sent (stays on this PC):")
    for item in not_sent_of(draft):
        value = f" = {item['value']}" if item["value"] else ""
        print(f"  {item['source']} {item['field']}{value}: {item['why']}")
    return EXIT_OK


def preview_sealed(paths: AppPaths, payload_id: str, raw: bool, as_json: bool = False) -> int:
    from proactive_gui.payload.seal import SealedPayload
    from proactive_gui.uplink.history import KeptBytesError
    from proactive_gui.uplink.setup import sent_history
    from proactive_gui.uplink.spool import RecordUnreadableError

    spool = _spool(paths)
    if spool is None:
        return EXIT_FAILED
    record = spool.find(payload_id)
    if record is None:
        history = sent_history(paths)
        sent = [d for d in history.entries() if d.payload_id == payload_id]
        if not sent:
            print(f"error: no payload {payload_id} in the queue", file=sys.stderr)
            return EXIT_FAILED
        delivery = sent[0]
        where = f" to {delivery.destination}" if delivery.destination else ""
        try:
            data = history.sent_bytes(delivery, spool.decrypt)
        except KeptBytesError as exc:
            print(f"error: payload {payload_id} was delivered, but {exc}", file=sys.stderr)
            return EXIT_FAILED
        if data is None:
            print(
                f"error: payload {payload_id} was delivered at {delivery.sent_at}{where} "
                f"(SHA-256 {delivery.sha256}); its bytes are no longer kept on this PC "
                f"(setting sent_retention_days: {history.retention_days()})",
                file=sys.stderr,
            )
            return EXIT_FAILED
        # as kept, not checked against today's schema: the bytes of an older version show too
        version = json.loads(data).get("schema_version", 0)
        sealed = SealedPayload(payload_id, delivery.sealed_at, delivery.kind, version, data)
        return _show_sealed(
            sealed,
            raw,
            f"Delivered at {delivery.sent_at}{where}: these are exactly the bytes that were "
            "sent (--raw prints them unchanged).",
            as_json,
        )
    try:
        sealed = spool.read(record)
    except RecordUnreadableError as exc:
        print(f"error: payload {payload_id} cannot be read: {exc}", file=sys.stderr)
        return EXIT_FAILED
    return _show_sealed(
        sealed, raw, "Waiting in the queue: this is exactly what will be sent.", as_json
    )


def send(options: LaunchOptions, paths: AppPaths) -> int:
    from proactive_gui.payload.schema import PayloadInvalidError
    from proactive_gui.payload.seal import PayloadBlockedError, seal
    from proactive_gui.uplink.spool import SpoolError

    if not Settings.load(paths.settings_file).get("opt_in"):
        print(
            "error: Send Instrument Performance Data is off, so nothing is queued: turn it "
            "on with `proactive-gui consent on` (`preview` shows what would be sent)",
            file=sys.stderr,
        )
        return EXIT_FAILED
    spool = _spool(paths)
    if spool is None:
        return EXIT_FAILED
    try:
        sealed = seal(_draft_now(options, paths))
        spool.put(sealed)  # refused if sending was turned off meanwhile (the draft says)
    except (PayloadBlockedError, PayloadInvalidError, SpoolError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_FAILED
    print(f"{sealed.payload_id} {sealed.sha256}")
    return EXIT_OK


def deliver(paths: AppPaths, wait: bool, timeout: float) -> int:
    import time

    from proactive_gui.uplink.engine import State
    from proactive_gui.uplink.setup import make_engine

    spool = _spool(paths)
    if spool is None:
        return EXIT_FAILED
    engine = make_engine(paths.settings_file, spool, paths)
    blocking = {State.OPTED_OUT, State.NOT_CONFIGURED, State.AUTH_NEEDED, State.ELSEWHERE}
    engine.start()
    deadline = time.monotonic() + timeout
    ended = f"the time was up (--timeout {timeout:g} s)"
    try:
        while spool.pending() and time.monotonic() < deadline:
            state = engine.status.state
            if state in blocking or (state == State.WAITING and not wait):
                ended = ""
                break
            time.sleep(0.05)
    except KeyboardInterrupt:
        ended = "interrupted"
    finally:
        last = engine.status  # before stopping: the engine's last word on why
        engine.stop()
    left = len(spool.pending())
    print(f"delivered {engine.status.sent}, waiting {left}")
    if left:
        why = last.detail if last.state in blocking and last.detail else last.problem
        if not why:
            why = (
                "the receiver had not answered yet"
                if last.state == State.SENDING
                else last.detail or last.state.replace("_", " ")
            )
        if ended:
            why = f"{why}; {ended}"
        print(f"error: {left} payload(s) not delivered: {why}", file=sys.stderr)
        return EXIT_FAILED
    return EXIT_OK


SECRET_LABELS = {"token": "Instrument token", "proxy_password": "Proxy password"}


def secrets_summary(settings: Settings, paths: AppPaths) -> dict[str, dict[str, object]]:
    """Where each secret is kept (never its value): for ``status``. The spool key is
    there when the queue opened; the others are looked up."""
    from proactive_gui.secrets import KeyringUnavailableError, load_secret
    from proactive_gui.uplink.keys import KEY_ENTRY, app_secret_store, where_kept

    store = app_secret_store(settings, paths)
    names = ["token"]
    if str(settings.get("proxy")) not in ("system", "none"):
        names.append("proxy_password")
    summary: dict[str, dict[str, object]] = {}
    for name in [*names, KEY_ENTRY]:
        place = where_kept(name, settings, paths)
        stored: bool | None = True
        if name != KEY_ENTRY:
            try:
                stored = load_secret(name, store) is not None
            except KeyringUnavailableError:
                stored = None  # cannot be told: the place says why
        summary[name] = {
            "stored": stored,
            "kind": place.kind,
            "weaker": place.weaker,
            "where": place.sentence,
            "path": str(place.path) if place.path else None,
        }
    return summary


def _secret_lines(summary: dict[str, dict[str, object]]) -> list[str]:
    lines = []
    for name, entry in summary.items():
        label = SECRET_LABELS.get(name, "Spool key")
        stored = entry["stored"]
        state = "stored" if stored is True else "not set" if stored is False else "unknown"
        weaker = " (weaker than the OS keyring)" if entry["weaker"] else ""
        lines.append(f"{label}: {state}{weaker}. {entry['where']}")
    return lines


def status(paths: AppPaths, as_json: bool) -> int:
    from proactive_gui.uplink.setup import sent_history

    spool = _spool(paths)
    if spool is None:
        return EXIT_FAILED
    pending = spool.pending()
    parked = [{"payload_id": r.payload_id, "reason": r.reason()} for r in spool.parked()]
    quarantined = [{"file": r.path.name, "reason": r.reason()} for r in spool.quarantined()]
    strays = [p.relative_to(spool.folder).as_posix() for p in spool.strays()]
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
            "strays": strays,  # files in the spool that are not records: ignored
            "dropped_by_policy": spool.dropped(),
            "last_delivery": last.__dict__ if last else None,
            "secrets": secrets_summary(settings, paths),
        }
        print(json.dumps(summary, indent=2))
        return EXIT_OK
    print(f"Send Instrument Performance Data: {'on' if opted_in else 'off'}")
    print(f"Queue: {len(pending)} payload(s), {queued_bytes} bytes")
    for item in parked:
        print(f"Parked {item['payload_id']}: {item['reason']}")
    for item in quarantined:
        print(f"Quarantined {item['file']}: {item['reason']}")
    for name in strays:
        print(f"Not a queue record, ignored: {name}")
    if spool.dropped():
        print(f"Dropped by the size and age policy: {spool.dropped()}")
    print(
        f"Last delivery: {last.payload_id} at {last.sent_at} (SHA-256 {last.sha256})"
        if last
        else "Last delivery: none yet"
    )
    for line in _secret_lines(secrets_summary(settings, paths)):
        print(line)
    return EXIT_OK
