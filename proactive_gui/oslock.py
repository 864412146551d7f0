"""Locks that the operating system keeps for a process, on files beside what they guard.

``fcntl.flock`` on Linux and macOS, ``msvcrt.locking`` on Windows, held by an open file:
a lock dies with its process, however that ends, so a killed window never leaves
anything locked.

- ``DeliveryLock``: one process delivers a spool at a time. A second window or
  ``deliver`` that cannot take it queues payloads but sends none, and says who sends.
- ``exclusive``: a short critical section across processes (read, change one key,
  write the settings file), waiting for the other process to finish.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

WAIT_S = 10.0  # a critical section that takes longer than this is a stuck process


class DeliveryLock:
    """Non-blocking: ``acquire`` answers at once; ``release`` (or the process's end) frees it."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._file: IO[bytes] | None = None

    @property
    def held(self) -> bool:
        return self._file is not None

    def acquire(self) -> bool:
        """Take the lock if no other process holds it; True when this one holds it."""
        if self._file is not None:
            return True
        self.path.parent.mkdir(parents=True, exist_ok=True)
        file = self.path.open("a+b")
        try:
            if not _lock(file):
                file.close()
                return False
            file.seek(0)
            file.truncate()
            file.write(f"{os.getpid()}\n".encode())  # who holds it, for people reading
            file.flush()
        except OSError:
            file.close()
            raise
        self._file = file
        return True

    def holder(self) -> int | None:
        """The process id written by the holder, if it can be read."""
        try:
            text = self.path.read_text(encoding="ascii").strip()
        except (OSError, UnicodeDecodeError):
            return None
        return int(text) if text.isdigit() else None

    def release(self) -> None:
        if self._file is not None:
            _unlock(self._file)
            self._file.close()
            self._file = None


class LockTimeoutError(OSError):
    """Another process held the lock for longer than ``WAIT_S``."""


@contextmanager
def exclusive(path: Path, wait_s: float = WAIT_S) -> Iterator[None]:
    """Hold the lock file ``path`` for the ``with`` block, waiting for other holders."""
    path.parent.mkdir(parents=True, exist_ok=True)
    deadline = time.monotonic() + wait_s
    with path.open("a+b") as file:
        while not _lock(file):
            if time.monotonic() > deadline:
                raise LockTimeoutError(
                    f"{path} stayed locked by another process for {wait_s:.0f} s"
                )
            time.sleep(0.02)
        try:
            yield
        finally:
            _unlock(file)


if sys.platform == "win32":
    import msvcrt

    def _lock(file: IO[bytes]) -> bool:
        try:
            file.seek(0)
            msvcrt.locking(file.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(file: IO[bytes]) -> None:
        try:
            file.seek(0)
            msvcrt.locking(file.fileno(), msvcrt.LK_UNLCK, 1)
        except OSError:
            pass

else:
    import fcntl

    def _lock(file: IO[bytes]) -> bool:
        try:
            fcntl.flock(file.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(file: IO[bytes]) -> None:
        fcntl.flock(file.fileno(), fcntl.LOCK_UN)
