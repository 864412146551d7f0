"""Offline export: the queue written to one ZIP archive that an engineer can carry out
of a lab without a network. The archive holds each payload's sealed bytes (named by
payload_id) and a manifest with their SHA-256; the records stay queued, marked
exported, and the receiver's de-duplication keeps a later upload from counting twice."""

from __future__ import annotations

import json
import zipfile
from datetime import UTC, datetime
from pathlib import Path

from proactive_gui.uplink.spool import RecordUnreadableError, Spool, write_atomically


def export_queue(spool: Spool, target: Path) -> int:
    """Write every readable waiting payload to ``target``; returns how many."""
    manifest = []
    temporary = target.with_name(f".{target.name}.tmp")
    try:
        with zipfile.ZipFile(temporary, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for record in spool.pending():
                try:
                    sealed = spool.read(record)
                except RecordUnreadableError as exc:
                    spool.quarantine(record, str(exc))
                    continue
                archive.writestr(f"{sealed.payload_id}.json", sealed.data)
                manifest.append(
                    {"payload_id": sealed.payload_id, "sha256": sealed.sha256, "size": sealed.size}
                )
            archive.writestr(
                "manifest.json",
                json.dumps(
                    {
                        "exported_at": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
                        "payloads": manifest,
                    },
                    indent=2,
                ),
            )
        temporary.replace(target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    exported = {entry["payload_id"] for entry in manifest}
    for record in spool.pending():
        if record.payload_id in exported:
            write_atomically(record.path.with_suffix(".exported"), b"")
    return len(manifest)
