"""The local sent-history: one JSON line per delivered payload, appended and synced,
so a privacy officer can see what left the PC, when and to where (payload id, SHA-256,
size, times, run, instrument, receiver, a one-line summary and the receiver's receipt).

The bytes as sent are kept beside the list, one file per payload in ``bytes/``, encrypted
with the spool's key like a spool record, for the days the ``sent_retention_days``
setting names (0: the list only). A payload's file is written atomically *before* its
line is appended: a crash between the two leaves a file without a line (an orphan),
never a line whose bytes were lost. An orphan is removed by ``prune`` once it is older
than ``ORPHAN_GRACE_S``: it is not adopted, because only a receipt proves a delivery
and the receipt was lost with the crash (the payload is still in the spool then, is
sent again, and the second delivery writes its file and line). The list itself is
plain JSON, like the run folders it is derived from; its lines are never pruned.

Only a receipt proves a delivery: ``read_receipt`` accepts a receiver's 2xx answer only
when it parses as a JSON object naming the payload's payload_id and its sealed SHA-256,
and otherwise says what was wrong, in words for a technician."""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import threading
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, fields
from datetime import datetime
from pathlib import Path
from typing import Any

from proactive_gui.i18n import QT_TRANSLATE_NOOP
from proactive_gui.uplink.said import said
from proactive_gui.uplink.spool import SpoolError, write_atomically

log = logging.getLogger(__name__)

DEFAULT_RETENTION_DAYS = 90  # the sent_retention_days setting's default
ORPHAN_GRACE_S = 600.0  # a file without a line younger than this may be mid-delivery
PAYLOAD_ID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
KEPT_SUFFIX = ".rec"


@dataclass(frozen=True)
class Delivery:
    payload_id: str
    sha256: str
    size: int
    kind: str
    sealed_at: str
    sent_at: str
    receipt: dict[str, Any]
    run: str = ""  # run_id from the payload's run configuration
    instrument: str = ""  # model and serial from its instrument configuration
    destination: str = ""  # the receiver's URL: scheme, host, port and path only
    summary: str = ""  # one line in English, derived from the bytes (uplink.audit)

    @classmethod
    def from_json(cls, data: object) -> Delivery:
        """A delivery from a history line's object; ``ValueError`` when it is not one.
        Fields a later version added are ignored, fields an earlier one lacked default."""
        if not isinstance(data, dict):
            raise ValueError("not a JSON object")
        values: dict[str, Any] = {}
        for name, wanted in _FIELD_TYPES:
            value = data.get(name, _MISSING)
            if value is _MISSING:
                continue
            if type(value) is not wanted:  # bool is not the size, a list not the receipt
                raise ValueError(f"{name} is not a {wanted.__name__}")
            values[name] = value
        try:
            return cls(**values)
        except TypeError:  # a field without a default is missing
            raise ValueError("a field is missing") from None

    @property
    def sent_time(self) -> float | None:
        """``sent_at`` as Unix time, or None when it is not a time in UTC."""
        try:
            when = datetime.fromisoformat(self.sent_at)
        except ValueError:
            return None
        return when.timestamp() if when.tzinfo is not None else None


_MISSING = object()
_FIELD_TYPES = tuple(
    (spec.name, {"size": int, "receipt": dict}.get(spec.name, str)) for spec in fields(Delivery)
)


class ReceiptError(ValueError):
    """A 2xx answer that does not prove the delivery; the message says why, for people
    (``said``: the same as a template, for the window)."""

    def __init__(self, template: str, status: int) -> None:
        self.said = said(template, status=status)
        super().__init__(str(self.said))


_NOT_A_RECEIPT = {  # the answer, in words for people (context Upload)
    "long": QT_TRANSLATE_NOOP(
        "Upload",
        "the receiver answered HTTP {status} with an answer far too long to be a receipt; "
        "the payload stays queued and is sent again",
    ),
    "empty": QT_TRANSLATE_NOOP(
        "Upload",
        "the receiver answered HTTP {status} with an empty answer instead of a receipt; the "
        "payload stays queued and is sent again",
    ),
    "page": QT_TRANSLATE_NOOP(
        "Upload",
        "the receiver answered HTTP {status} with a web page instead of a receipt (a captive "
        "portal, a proxy's sign-in page or a web filter may be in the way); the payload stays "
        "queued and is sent again",
    ),
    "json": QT_TRANSLATE_NOOP(
        "Upload",
        "the receiver answered HTTP {status}, but its receipt is not JSON; the payload stays "
        "queued and is sent again",
    ),
    "object": QT_TRANSLATE_NOOP(
        "Upload",
        "the receiver answered HTTP {status}, but its receipt is not a JSON object; the "
        "payload stays queued and is sent again",
    ),
    "unnamed": QT_TRANSLATE_NOOP(
        "Upload",
        "the receiver answered HTTP {status}, but its receipt does not name the payload; the "
        "payload stays queued and is sent again",
    ),
    "other": QT_TRANSLATE_NOOP(
        "Upload",
        "the receiver answered HTTP {status}, but its receipt names another payload; the "
        "payload stays queued and is sent again",
    ),
    "no digest": QT_TRANSLATE_NOOP(
        "Upload",
        "the receiver answered HTTP {status}, but its receipt does not confirm the payload's "
        "SHA-256, so the delivery is not proven; the payload stays queued and is sent again",
    ),
    "digest": QT_TRANSLATE_NOOP(
        "Upload",
        "the receiver answered HTTP {status}, but its receipt gives another SHA-256 than the "
        "payload's (the receiver got different bytes); the payload stays queued and is sent "
        "again",
    ),
}


def read_receipt(
    status: int, content_type: str, body: bytes, payload_id: str, sha256: str, cut: bool = False
) -> dict[str, Any]:
    """The receipt in a receiver's 2xx answer, or ``ReceiptError``: an answer that is
    not JSON (a captive portal's page, nothing at all), or that does not name this
    payload and its SHA-256, does not prove the receiver stored these bytes."""

    def refused(why: str) -> ReceiptError:
        return ReceiptError(_NOT_A_RECEIPT[why], status)

    text = body.strip()
    if cut:
        raise refused("long")
    if not text:
        raise refused("empty")
    if "html" in content_type.lower() or text.startswith(b"<"):
        raise refused("page")
    try:
        receipt = json.loads(text)
    except ValueError:  # UnicodeDecodeError too
        raise refused("json") from None
    if not isinstance(receipt, dict):
        raise refused("object")
    named = receipt.get("payload_id")
    if named is None:
        raise refused("unnamed")
    if named != payload_id:
        raise refused("other")
    digest = receipt.get("sha256")
    if not isinstance(digest, str) or not digest:
        raise refused("no digest")
    if digest.lower() != sha256:
        raise refused("digest")
    return receipt


class KeptBytesError(ValueError):
    """The bytes of a delivery are kept but cannot be shown; the message says why."""


def is_payload_id(text: str) -> bool:
    return PAYLOAD_ID.fullmatch(text) is not None


class SentHistory:
    def __init__(
        self,
        path: Path,
        retention_days: Callable[[], int] = lambda: DEFAULT_RETENTION_DAYS,
        wall_clock: Callable[[], float] = time.time,
    ) -> None:
        self.path = path
        self.bytes_dir = path.parent / "bytes"
        path.parent.mkdir(parents=True, exist_ok=True)
        self._retention_days = retention_days
        self._wall = wall_clock
        self._lock = threading.Lock()
        self._read_to = 0  # bytes of the file already parsed into _seen
        self._seen: dict[str, Delivery] = {}

    def retention_days(self) -> int:
        """Days the bytes of a delivery are kept (0: not at all), as set now."""
        return max(0, int(self._retention_days()))

    def version(self) -> int:
        """Changes whenever a delivery is appended (the list's size): one stat."""
        try:
            return self.path.stat().st_size
        except FileNotFoundError:
            return 0

    def append(self, delivery: Delivery) -> None:
        line = json.dumps(asdict(delivery), sort_keys=True) + "\n"
        with self._lock, self.path.open("a", encoding="utf-8") as out:
            out.write(line)
            out.flush()
            os.fsync(out.fileno())

    def record(self, delivery: Delivery, data: bytes, encrypt: Callable[[bytes], bytes]) -> None:
        """A delivery of ``data``: its bytes kept first (encrypted, while the retention
        allows), then its line. A file that cannot be written costs the bytes, never the
        line: the payload was delivered."""
        if self.retention_days() > 0 and is_payload_id(delivery.payload_id):
            try:
                self.bytes_dir.mkdir(parents=True, exist_ok=True)
                write_atomically(self._kept_path(delivery.payload_id), encrypt(data))
            except OSError as exc:
                log.warning(
                    "the bytes of delivered payload %s could not be kept: %s",
                    delivery.payload_id,
                    exc.strerror or exc,
                )
        self.append(delivery)

    def _kept_path(self, payload_id: str) -> Path:
        return self.bytes_dir / f"{payload_id}{KEPT_SUFFIX}"

    def kept(self, payload_id: str) -> bytes | None:
        """The encrypted bytes kept for ``payload_id``, or None when none are kept."""
        if not is_payload_id(payload_id):  # never a path from what someone typed
            return None
        try:
            return self._kept_path(payload_id).read_bytes()
        except OSError:
            return None

    def sent_bytes(self, delivery: Delivery, decrypt: Callable[[bytes], bytes]) -> bytes | None:
        """The bytes exactly as sent while they are kept, else None; ``KeptBytesError``
        when they are kept but cannot be read or are not the bytes that were sent. Bytes
        past the retention are not shown even before ``prune`` has removed them."""
        blob = self.kept(delivery.payload_id)
        if blob is None:
            return None
        try:
            written = self._kept_path(delivery.payload_id).stat().st_mtime
        except OSError:
            return None
        if self._expired(delivery.sent_time, written):
            return None
        try:
            data = decrypt(blob)
        except SpoolError as exc:
            raise KeptBytesError(f"its kept bytes cannot be read: {exc}") from None
        if hashlib.sha256(data).hexdigest() != delivery.sha256:
            raise KeptBytesError(
                "its kept bytes are not the ones that were sent (their SHA-256 differs)"
            )
        return data

    def _expired(self, sent: float | None, written: float) -> bool:
        """Whether bytes sent at ``sent`` (None: unknown, then ``written``, the file's
        time) are past the retention now."""
        keep_s = self.retention_days() * 86400.0
        return self._wall() - (written if sent is None else sent) >= keep_s

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
                    entry = Delivery.from_json(json.loads(line))
                except ValueError:
                    continue
                self._seen.setdefault(entry.payload_id, entry)
            return list(self._seen.values())

    def prune(self) -> int:
        """Remove kept bytes older than the retention (by the delivery's ``sent_at``),
        and files without a line once past ``ORPHAN_GRACE_S``; returns how many. Runs
        on the upload engine's thread, never the window's."""
        try:
            with os.scandir(self.bytes_dir) as found:
                names = [e.name for e in found if e.name.endswith(KEPT_SUFFIX)]
        except FileNotFoundError:
            return 0
        if not names:
            return 0
        self.entries()
        now = self._wall()
        removed = 0
        for name in names:
            payload_id = name[: -len(KEPT_SUFFIX)]
            if not is_payload_id(payload_id):
                continue  # not ours: left alone
            path = self.bytes_dir / name
            delivery = self._seen.get(payload_id)
            try:
                written = path.stat().st_mtime
            except FileNotFoundError:
                continue
            if delivery is None:
                expired = now - written > ORPHAN_GRACE_S
            else:
                expired = self._expired(delivery.sent_time, written)
            if expired:
                path.unlink(missing_ok=True)
                removed += 1
        if removed:
            log.info("sent history: removed the kept bytes of %d payload(s)", removed)
        return removed
