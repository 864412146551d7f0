"""The spool: one encrypted file per sealed payload, waiting to be sent.

A record is ``header || AES-256-GCM(sealed bytes)``; the header (magic, format
version, key id, nonce) is the associated data, so it cannot be altered unnoticed.
Records are written atomically (temporary file, fsync, rename, directory fsync) and
named so that sorting by name is oldest first. A record that cannot be read is moved
to ``quarantine/`` with the reason and never blocks the others; a payload the
receiver refuses for good is moved to ``parked/`` with the reason.
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import threading
import time
from collections.abc import Callable
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


class SpoolError(OSError):
    """A problem with the spool, said in words a technician understands."""


class SpoolFullError(SpoolError):
    """Not written: the disk is (nearly) full or the spool is at its size cap."""


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
        self._puts = 0

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
        """Write ``sealed`` to the spool, encrypted; raises ``SpoolFullError``."""
        blob = self.encrypt(sealed.data)
        if self._disk_free(self.folder) - len(blob) < MIN_FREE_BYTES:
            raise SpoolFullError(
                "the disk is almost full, so the payload was not written to the spool; "
                "free some space on the instrument PC"
            )
        path = self.folder / f"{time.time_ns():020d}-{sealed.payload_id}{SUFFIX}"
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
            return SealedPayload.from_bytes(data)
        except ValueError:
            raise RecordUnreadableError("decrypted, but is not a valid payload") from None

    # -- the queue -----------------------------------------------------------------

    def _records(self, folder: Path) -> list[Record]:
        """Records in ``folder``, oldest first (names start with the write time); names
        are sorted as strings, which is much cheaper than sorting paths."""
        with os.scandir(folder) as entries:
            names = sorted(e.name for e in entries if e.name.endswith(SUFFIX) and e.name[0] != ".")
        return [Record(folder / name) for name in names]

    def pending(self) -> list[Record]:
        """Records waiting to be sent, oldest first."""
        return self._records(self.folder)

    def queue_size(self) -> tuple[int, int, float | None]:
        """(count, bytes, when the oldest was written) without sorting names."""
        count, total, oldest = 0, 0, None
        with os.scandir(self.folder) as entries:
            for entry in entries:
                if entry.name.endswith(SUFFIX) and not entry.name.startswith("."):
                    try:
                        total += entry.stat().st_size
                    except FileNotFoundError:  # sent while we looked
                        continue
                    count += 1
                    written = int(entry.name.split("-", 1)[0]) / 1e9
                    oldest = written if oldest is None else min(oldest, written)
        return count, total, oldest

    def version(self) -> tuple[int, ...]:
        """Changes whenever a record is added, sent, parked, quarantined or retried."""
        return tuple(
            folder.stat().st_mtime_ns
            for folder in (self.folder, self.parked_dir, self.quarantine_dir)
        )

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

    def enforce_policy(self, now: float | None = None) -> int:
        """Drop the oldest waiting payloads beyond the size cap or the age limit;
        returns how many were dropped (the count is kept and shown)."""
        now = time.time() if now is None else now
        with self._lock:
            records = self.pending()
            total = sum(r.size for r in records)
            dropped = 0
            for record in records:
                too_old = now - record.written_at > self.policy.max_age_s
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
