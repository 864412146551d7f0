"""The local sent-history: one JSON line per delivered payload, appended and synced,
so a privacy officer can see what left the PC and when (payload id, SHA-256, size,
times and the receiver's receipt).

Only a receipt proves a delivery: ``read_receipt`` accepts a receiver's 2xx answer only
when it parses as a JSON object naming the payload's payload_id and its sealed SHA-256,
and otherwise says what was wrong, in words for a technician."""

from __future__ import annotations

import json
import os
import threading
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Delivery:
    payload_id: str
    sha256: str
    size: int
    kind: str
    sealed_at: str
    sent_at: str
    receipt: dict[str, Any]


class ReceiptError(ValueError):
    """A 2xx answer that does not prove the delivery; the message says why, for people."""


def read_receipt(
    status: int, content_type: str, body: bytes, payload_id: str, sha256: str, cut: bool = False
) -> dict[str, Any]:
    """The receipt in a receiver's 2xx answer, or ``ReceiptError``: an answer that is
    not JSON (a captive portal's page, nothing at all), or that does not name this
    payload and its SHA-256, does not prove the receiver stored these bytes."""
    said = f"the receiver answered HTTP {status}"
    kept = "; the payload stays queued and is sent again"
    text = body.strip()
    if cut:
        raise ReceiptError(f"{said} with an answer far too long to be a receipt{kept}")
    if not text:
        raise ReceiptError(f"{said} with an empty answer instead of a receipt{kept}")
    if "html" in content_type.lower() or text.startswith(b"<"):
        raise ReceiptError(
            f"{said} with a web page instead of a receipt (a captive portal, a proxy's "
            f"sign-in page or a web filter may be in the way){kept}"
        )
    try:
        receipt = json.loads(text)
    except ValueError:  # UnicodeDecodeError too
        raise ReceiptError(f"{said}, but its receipt is not JSON{kept}") from None
    if not isinstance(receipt, dict):
        raise ReceiptError(f"{said}, but its receipt is not a JSON object{kept}")
    named = receipt.get("payload_id")
    if named is None:
        raise ReceiptError(f"{said}, but its receipt does not name the payload{kept}")
    if named != payload_id:
        raise ReceiptError(f"{said}, but its receipt names another payload{kept}")
    digest = receipt.get("sha256")
    if not isinstance(digest, str) or not digest:
        raise ReceiptError(
            f"{said}, but its receipt does not confirm the payload's SHA-256, so the "
            f"delivery is not proven{kept}"
        )
    if digest.lower() != sha256:
        raise ReceiptError(
            f"{said}, but its receipt gives another SHA-256 than the payload's (the "
            f"receiver got different bytes){kept}"
        )
    return receipt


class SentHistory:
    def __init__(self, path: Path) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._read_to = 0  # bytes of the file already parsed into _seen
        self._seen: dict[str, Delivery] = {}

    def append(self, delivery: Delivery) -> None:
        line = json.dumps(asdict(delivery), sort_keys=True) + "\n"
        with self._lock, self.path.open("a", encoding="utf-8") as out:
            out.write(line)
            out.flush()
            os.fsync(out.fileno())

    def entries(self) -> list[Delivery]:
        """Every delivery, oldest first, once per payload (a payload resent after a
        crash is listed once); a damaged line is skipped. Only new lines are parsed."""
        with self._lock:
            try:
                with self.path.open("rb") as source:
                    source.seek(self._read_to)
                    tail = source.read()
            except FileNotFoundError:
                return []
            complete = tail.rfind(b"\n") + 1  # a line still being written waits
            self._read_to += complete
            for line in tail[:complete].decode("utf-8", "replace").splitlines():
                try:
                    entry = Delivery(**json.loads(line))
                except (ValueError, TypeError):
                    continue
                self._seen.setdefault(entry.payload_id, entry)
            return list(self._seen.values())
