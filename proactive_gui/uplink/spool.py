"""The spool: one encrypted file per sealed payload, waiting to be sent.

A record is ``header || AES-256-GCM(sealed bytes)``; the header (magic, format
version, key id, nonce) is the associated data, so it cannot be altered unnoticed.
Records are written atomically (temporary file, fsync, rename, directory fsync) and
named ``<write time in ns, 20 digits>-<payload_id>.rec`` so that sorting by name is
oldest first. A file whose name is not a record's (``backup copy.rec``) is ignored, and
listed by ``strays``. A record that cannot be read, or whose sealed payload_id is not the
one its name says (records renamed into each other), is moved to ``quarantine/`` with
the reason and never blocks the others; a payload the receiver refuses for good is moved
to ``parked/`` with the reason.

Age survives clock corrections: a record is dropped as too old only when both its write
time (this PC's wall clock, in its name) and the time this PC has seen it waiting (the
monotonic clock, added up across runs in ``ages.bin``, encrypted) are past the limit.
The monotonic count never exceeds the time that really passed (after a reboot it counts
only this boot's uptime; time switched off or asleep is not counted), so a clock that
was wrong and is corrected never drops anything; a PC that is often off keeps payloads
longer, within the size cap.
"""

from __future__ import annotations

import json
import os
import re
import secrets
import shutil
import threading
import time
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from proactive_gui.payload.seal import SealedPayload
from proactive_gui.uplink.keys import SpoolKey

MAGIC = b"PGSP"
FORMAT = 1
NONCE_BYTES = 12
HEADER_BYTES = len(MAGIC) + 1 + 8 + NONCE_BYTES
SUFFIX = ".rec"
MIN_FREE_BYTES = 50 * 1024 * 1024  # never fill the instrument PC's disk
POLICY_EVERY = 64  # writes between size/age checks (the engine also checks when idle)
RECORD_NAME = re.compile(r"[0-9]{20}-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
BOOKKEEPING = frozenset({"dropped.json", "ages.bin"})


def is_record_name(name: str) -> bool:
    """``<20 digits>-<payload_id>.rec``: what ``put`` writes, and nothing else."""
    return name.endswith(SUFFIX) and RECORD_NAME.fullmatch(name[: -len(SUFFIX)]) is not None


def _is_spool_file(name: str) -> bool:
    """A record, or the note or export mark beside one, or the spool's own bookkeeping."""
    stem, dot, suffix = name.rpartition(".")
    return (
        is_record_name(name)
        or name in BOOKKEEPING
        or (
            dot == "."
            and suffix in ("json", "exported")
            and RECORD_NAME.fullmatch(stem) is not None
        )
    )


class SpoolError(OSError):
    """A problem with the spool, said in words a technician understands."""


class SpoolFullError(SpoolError):
    """Not written: the disk is (nearly) full or the spool is at its size cap."""


class NotForSendingError(SpoolError):
    """A payload that must never be queued: a draft's preview, or one sealed while
    sending was off."""


class RecordUnreadableError(SpoolError):
    """A record is damaged or was written with another key."""


@dataclass(frozen=True)
class Record:
    path: Path

    @property
    def payload_id(self) -> str:
        return self.path.stem.split("-", 1)[1]

    @property
    def size(self) -> int:
        try:
            return self.path.stat().st_size
        except FileNotFoundError:
            return 0

    @property
    def written_at(self) -> float:
        """Unix time the record was written (from its name)."""
        return int(self.path.stem.split("-", 1)[0]) / 1e9

    @property
    def exported(self) -> bool:
        """Written to an offline export archive (it is still sent when online)."""
        return self.path.with_suffix(".exported").exists()

    def reason(self) -> str:
        """Why a parked or quarantined record was set aside."""
        note = self.path.with_suffix(".json")
        try:
            return str(json.loads(note.read_text("utf-8")).get("reason", ""))
        except (OSError, ValueError):
            return ""


@dataclass(frozen=True)
class SpoolPolicy:
    max_bytes: int = 200 * 1024 * 1024
    max_age_s: float = 30 * 86400.0


def _fsync_dir(folder: Path) -> None:
    if os.name == "nt":  # directories cannot be opened for fsync on Windows
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_atomically(path: Path, data: bytes) -> None:
    temporary = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    try:
        with temporary.open("wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        temporary.replace(path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    _fsync_dir(path.parent)


class Spool:
    def __init__(
        self,
        folder: Path,
        key: SpoolKey,
        policy: SpoolPolicy | None = None,
        disk_free: Callable[[Path], int] = lambda p: shutil.disk_usage(p).free,
        wall_clock: Callable[[], float] = time.time,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self.folder = folder
        self.parked_dir = folder / "parked"
        self.quarantine_dir = folder / "quarantine"
        for path in (folder, self.parked_dir, self.quarantine_dir):
            path.mkdir(parents=True, exist_ok=True)
        self._aead = AESGCM(key.key)
        self._key_id = key.key_id
        self.policy = policy or SpoolPolicy()
        self._disk_free = disk_free
        self._lock = threading.Lock()
        self._dropped_file = folder / "dropped.json"
        self._ages_file = folder / "ages.bin"  # encrypted: it names the records
        self._wall = wall_clock
        self._monotonic = monotonic
        self._puts = 0
        self._counted: tuple[tuple[int, ...], tuple[int, int]] | None = None  # by version

    # -- writing and reading -------------------------------------------------------

    def encrypt(self, data: bytes) -> bytes:
        header = MAGIC + bytes([FORMAT]) + self._key_id + secrets.token_bytes(NONCE_BYTES)
        return header + self._aead.encrypt(header[-NONCE_BYTES:], data, header)

    def decrypt(self, blob: bytes) -> bytes:
        header, body = blob[:HEADER_BYTES], blob[HEADER_BYTES:]
        if len(header) < HEADER_BYTES or not header.startswith(MAGIC):
            raise RecordUnreadableError("not a spool record (damaged or cut short)")
        if header[len(MAGIC)] != FORMAT:
            raise RecordUnreadableError(f"written in record format {header[len(MAGIC)]}")
        if header[len(MAGIC) + 1 : len(MAGIC) + 9] != self._key_id:
            raise RecordUnreadableError("encrypted with another key (was the keyring reset?)")
        try:
            return self._aead.decrypt(header[-NONCE_BYTES:], body, header)
        except InvalidTag:
            raise RecordUnreadableError("its contents do not match its seal (damaged)") from None

    def put(self, sealed: SealedPayload) -> Record:
        """Write ``sealed`` to the spool, encrypted; raises ``SpoolFullError``, or
        ``NotForSendingError`` for a draft or a payload sealed while sending was off."""
        if sealed.draft:
            raise NotForSendingError("a draft's preview is never queued; seal it first")
        if not sealed.opted_in:
            raise NotForSendingError(
                "it was sealed while Send Instrument Performance Data was off, so it is never "
                "queued or sent (it can be exported)"
            )
        blob = self.encrypt(sealed.data)
        if self._disk_free(self.folder) - len(blob) < MIN_FREE_BYTES:
            raise SpoolFullError(
                "the disk is almost full, so the payload was not written to the spool; "
                "free some space on the instrument PC"
            )
        path = self.folder / f"{int(self._wall() * 1e9):020d}-{sealed.payload_id}{SUFFIX}"
        try:
            with self._lock:
                write_atomically(path, blob)
        except OSError as exc:
            raise SpoolFullError(
                f"the payload could not be written to the spool ({exc.strerror or exc}); "
                "nothing already queued was touched"
            ) from None
        self._puts += 1
        if self._puts % POLICY_EVERY == 1:  # the first write, then every 64th
            self.enforce_policy()
        return Record(path)

    def read(self, record: Record) -> SealedPayload:
        try:
            blob = record.path.read_bytes()
        except OSError as exc:
            raise RecordUnreadableError(f"cannot be read ({exc.strerror or exc})") from None
        data = self.decrypt(blob)
        try:
            sealed = SealedPayload.from_bytes(data)
        except ValueError:
            raise RecordUnreadableError("decrypted, but is not a valid payload") from None
        if sealed.payload_id != record.payload_id:
            raise RecordUnreadableError(
                f"its file name says payload {record.payload_id}, but it holds payload "
                f"{sealed.payload_id} (renamed or copied by hand?)"
            )
        return sealed

    # -- the queue -----------------------------------------------------------------

    def _records(self, folder: Path) -> list[Record]:
        """Records in ``folder``, oldest first (names start with the write time); names
        are sorted as strings, which is much cheaper than sorting paths."""
        with os.scandir(folder) as entries:
            names = sorted(e.name for e in entries if is_record_name(e.name))
        return [Record(folder / name) for name in names]

    def pending(self) -> list[Record]:
        """Records waiting to be sent, oldest first."""
        return self._records(self.folder)

    def queue_size(self) -> tuple[int, int, float | None]:
        """(count, bytes, when the oldest was written) without sorting names."""
        count, total, oldest = 0, 0, None
        with os.scandir(self.folder) as entries:
            for entry in entries:
                if is_record_name(entry.name):
                    try:
                        total += entry.stat().st_size
                    except FileNotFoundError:  # sent while we looked
                        continue
                    count += 1
                    written = int(entry.name.split("-", 1)[0]) / 1e9
                    oldest = written if oldest is None else min(oldest, written)
        return count, total, oldest

    def strays(self) -> list[Path]:
        """Files in the spool's folders that are not records (nor a record's note or
        export mark, nor the spool's bookkeeping): ignored, and listed so people see them."""
        found = []
        for folder in (self.folder, self.parked_dir, self.quarantine_dir):
            with os.scandir(folder) as entries:
                found += [
                    folder / e.name
                    for e in entries
                    if e.name[0] != "." and not e.is_dir() and not _is_spool_file(e.name)
                ]
        return sorted(found)

    def version(self) -> tuple[int, ...]:
        """Changes whenever a record is added, sent, parked, quarantined or retried."""
        return tuple(
            folder.stat().st_mtime_ns
            for folder in (self.folder, self.parked_dir, self.quarantine_dir)
        )

    def counts(self) -> tuple[int, int]:
        """(waiting, set aside: parked and quarantined), listed again only when the
        spool's folders changed (``version``: three stat calls), so a window can ask
        at its refresh rate whatever the queue's length."""
        version = self.version()
        if self._counted is None or self._counted[0] != version:
            set_aside = len(self.parked()) + len(self.quarantined())
            self._counted = (version, (self.queue_size()[0], set_aside))
        return self._counted[1]

    def parked(self) -> list[Record]:
        return self._records(self.parked_dir)

    def quarantined(self) -> list[Record]:
        return self._records(self.quarantine_dir)

    def find(self, payload_id: str) -> Record | None:
        for folder in (self.folder, self.parked_dir):
            for record in self._records(folder):
                if record.payload_id == payload_id:
                    return record
        return None

    def delete(self, record: Record) -> None:
        record.path.unlink(missing_ok=True)
        record.path.with_suffix(".json").unlink(missing_ok=True)
        record.path.with_suffix(".exported").unlink(missing_ok=True)
        _fsync_dir(record.path.parent)

    def _move(self, record: Record, folder: Path, reason: str) -> Record:
        target = folder / record.path.name
        write_atomically(target.with_suffix(".json"), json.dumps({"reason": reason}).encode())
        record.path.replace(target)
        _fsync_dir(folder)
        _fsync_dir(record.path.parent)
        return Record(target)

    def park(self, record: Record, reason: str) -> Record:
        return self._move(record, self.parked_dir, reason)

    def quarantine(self, record: Record, reason: str) -> Record:
        return self._move(record, self.quarantine_dir, reason)

    def retry(self, record: Record) -> Record:
        """Put a parked or quarantined record back in the queue."""
        target = self.folder / record.path.name
        record.path.replace(target)
        record.path.with_suffix(".json").unlink(missing_ok=True)
        _fsync_dir(self.folder)
        return Record(target)

    # -- the policy ----------------------------------------------------------------

    def dropped(self) -> int:
        """Payloads dropped by the size cap and age limit, ever."""
        try:
            return int(json.loads(self._dropped_file.read_text()).get("dropped", 0))
        except (OSError, ValueError):
            return 0

    def _ages_seen(self, names: list[str]) -> dict[str, float]:
        """Seconds this PC has seen each of ``names`` waiting, by its monotonic clock,
        added up across runs in ``ages.bin`` (a name seen for the first time: 0)."""
        now = self._monotonic()
        try:
            ledger = json.loads(self.decrypt(self._ages_file.read_bytes()))
            last = float(ledger["monotonic"])
            seen = {str(name): float(age) for name, age in ledger["seen"].items()}
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            last, seen = now, {}
        # Within one boot exactly the time passed; after a reboot (the monotonic clock
        # started again) only this boot's uptime: never more than really passed.
        passed = now - last if now >= last else now
        ages = {name: seen[name] + passed if name in seen else 0.0 for name in names}
        with suppress(OSError):  # not kept this time: the next look still counts from `last`
            ledger_bytes = json.dumps({"monotonic": now, "seen": ages}).encode()
            write_atomically(self._ages_file, self.encrypt(ledger_bytes))
        return ages

    def enforce_policy(self, now: float | None = None) -> int:
        """Drop the oldest waiting payloads beyond the size cap or the age limit (past it
        by both the wall clock and this PC's monotonic count, see the module's note);
        returns how many were dropped (the count is kept and shown)."""
        now = self._wall() if now is None else now
        limit = self.policy.max_age_s
        with self._lock:
            records = self.pending()
            seen = self._ages_seen([r.path.name for r in records])
            total = sum(r.size for r in records)
            dropped = 0
            for record in records:
                too_old = now - record.written_at > limit and seen[record.path.name] > limit
                if not (too_old or total > self.policy.max_bytes):
                    continue
                total -= record.size
                self.delete(record)
                dropped += 1
            if dropped:
                write_atomically(
                    self._dropped_file, json.dumps({"dropped": self.dropped() + dropped}).encode()
                )
        return dropped
