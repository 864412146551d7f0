"""Sealing: a draft becomes canonical bytes (RFC 8785 JSON) with an id, a time and a
SHA-256, once. What the Payload page previews, the spool stores, the engine sends and
the receiver checks are these bytes.

Before sealing, the document must match the schema and the final bytes must pass a
last leak scan. Anything found blocks the payload: it is never sent "mostly clean".
"""

from __future__ import annotations

import hashlib
import json
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

import rfc8785

from proactive_gui.payload.gate import Finding, Taint, scan_text, strings_of
from proactive_gui.payload.schema import SCHEMA_VERSION, validate

if TYPE_CHECKING:
    from proactive_gui.payload.build import Draft


# A draft's payload_id: the preview's bytes until it is sealed, never queued or sent.
DRAFT_ID = "00000000-0000-0000-0000-000000000000"
CHANGES_WHEN_SEALED = ("payload_id", "created_at")


class PayloadBlockedError(Exception):
    """The last scan found personal or genomic data: the payload stays on this PC.

    The message says what kind of data and where, never the data itself."""

    def __init__(self, findings: list[Finding]) -> None:
        self.findings = findings
        listed = "; ".join(str(f) for f in findings[:5])
        more = f" and {len(findings) - 5} more" if len(findings) > 5 else ""
        super().__init__(
            f"Blocked: the payload would have contained {listed}{more}. It was not sealed "
            "and nothing was sent."
        )


@dataclass(frozen=True)
class SealedPayload:
    """An immutable payload: its bytes never change after sealing."""

    payload_id: str
    created_at: str
    kind: str
    schema_version: int
    data: bytes

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()

    @property
    def size(self) -> int:
        return len(self.data)

    @property
    def draft(self) -> bool:
        """A preview of a draft: its payload_id and created_at change when it is sealed."""
        return self.payload_id == DRAFT_ID

    @property
    def opted_in(self) -> bool:
        """Whether sending was on when it was sealed: only then may it be queued."""
        consent = self.document().get("consent")
        return isinstance(consent, dict) and consent.get("opted_in") is True

    def document(self) -> dict[str, Any]:
        loaded: dict[str, Any] = json.loads(self.data)
        return loaded

    @classmethod
    def from_bytes(cls, data: bytes) -> SealedPayload:
        """A sealed payload read back (spool, export): checked against the schema."""
        document = json.loads(data)
        validate(document)
        return cls(
            document["payload_id"],
            document["created_at"],
            document["kind"],
            document["schema_version"],
            bytes(data),
        )


def _version_like(path: str) -> bool:
    return path.endswith(".version") or (".settings[" in path and path.endswith(".value"))


def leak_scan(data: bytes, taint: Taint) -> list[Finding]:
    """Every finding in the final bytes: patterns in each key and string, tainted words
    and whole local values anywhere (numbers included)."""
    document = json.loads(data)
    findings: list[Finding] = []
    for path, text in strings_of(document):
        findings.extend(scan_text(text, path, taint, version=_version_like(path)))
    raw = data.decode("utf-8").lower()
    for value in taint.values:
        if value.lower() in raw and not any(f.kind.startswith("a value") for f in findings):
            findings.append(Finding("a value that stays on this PC", "the payload bytes", "…"))
    return findings


def preview(draft: Draft, now: datetime | None = None) -> SealedPayload:
    """``draft``'s bytes as they would be sealed ``now``, under ``DRAFT_ID``: what
    changes when it is sealed is its payload_id and created_at (``CHANGES_WHEN_SEALED``)."""
    return seal(draft, now, DRAFT_ID)


def seal(draft: Draft, now: datetime | None = None, payload_id: str | None = None) -> SealedPayload:
    """Seal ``draft``: validate, serialise canonically, scan, and fix id and digest.
    Raises ``PayloadInvalidError`` or ``PayloadBlockedError``; nothing is half-sealed."""
    created = (now or datetime.now(UTC)).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    document = {
        **draft.document,
        "payload_id": payload_id or str(uuid.uuid4()),
        "created_at": created,
        "schema_version": SCHEMA_VERSION,
    }
    validate(document)
    data = rfc8785.dumps(document)
    findings = leak_scan(data, draft.taint)
    if findings:
        raise PayloadBlockedError(findings)
    return SealedPayload(document["payload_id"], created, draft.kind, SCHEMA_VERSION, data)
