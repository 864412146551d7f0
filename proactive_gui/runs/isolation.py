"""A separate process for Illumina's interop library.

interop is C++: a corrupt InterOp file can make it corrupt its heap and abort the whole
process (seen on a bit-flipped ImageMetricsOut.bin), which Python cannot catch. So every
InterOp read happens in a worker process. The worker is kept between loads (start-up
costs once), killed and replaced after a crash or a timeout, and its failures come back
as sentences that name what happened.
"""

from __future__ import annotations

import logging
import multiprocessing
import multiprocessing.connection
import signal
import threading
import warnings
from pathlib import Path
from typing import Any

from proactive_gui.runs.metrics import InteropUnreadableError, RunMetrics, read_interop, summarise

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT_S = 120.0


def _serve(conn: multiprocessing.connection.Connection) -> None:
    """The worker's loop: (folder, family) in, ("ok", RunMetrics) or ("error", [...]) out."""
    # interop 1.9 uses numpy.core.records, which numpy 2 deprecates; nothing to act on.
    warnings.filterwarnings("ignore", "numpy.core is deprecated", DeprecationWarning)
    while True:
        try:
            request = conn.recv()
        except EOFError:
            return
        if request is None:
            return
        folder, family = request
        try:
            metrics, problems = read_interop(Path(folder), family)
            reply: tuple[str, Any] = ("ok", summarise(metrics, problems))
        except InteropUnreadableError as exc:
            reply = ("error", exc.problems)
        except Exception as exc:
            reply = ("error", [f"InterOp: {type(exc).__name__}: {str(exc)[:300]}"])
        conn.send(reply)


class InteropWorker:
    """One worker process at a time; thread-safe; restarted on demand."""

    def __init__(self, timeout_s: float = DEFAULT_TIMEOUT_S) -> None:
        self.timeout_s = timeout_s
        self._lock = threading.Lock()
        self._process: Any = None
        self._conn: multiprocessing.connection.Connection | None = None
        self.replaced = 0  # workers killed after a crash or a timeout

    def _ensure(self) -> multiprocessing.connection.Connection:
        if self._process is not None and self._process.is_alive() and self._conn is not None:
            return self._conn
        self._discard()
        context = multiprocessing.get_context("spawn")
        parent, child = context.Pipe()
        process = context.Process(target=_serve, args=(child,), name="interop-worker", daemon=True)
        process.start()
        child.close()
        self._process, self._conn = process, parent
        return parent

    def _discard(self) -> None:
        if self._conn is not None:
            self._conn.close()
        if self._process is not None:
            if self._process.is_alive():
                self._process.kill()
            self._process.join(5)
        self._process, self._conn = None, None

    def summarise(self, folder: Path, family: str) -> RunMetrics:
        """The InterOp summary of ``folder``; raises ``InteropUnreadableError`` with
        sentences when it cannot be had (corrupt files, a crash, a timeout)."""
        with self._lock:
            try:
                conn = self._ensure()
                conn.send((str(folder), family))
            except OSError:  # the worker died since the last request: start a new one
                self._discard()
                conn = self._ensure()
                conn.send((str(folder), family))
            if not conn.poll(self.timeout_s):
                self._discard()
                self.replaced += 1
                raise InteropUnreadableError(
                    [
                        f"InterOp: reading the metrics took longer than {self.timeout_s:.0f} s and was stopped"
                    ]
                )
            try:
                kind, payload = conn.recv()
            except (EOFError, OSError):
                if self._process is not None:
                    self._process.join(5)  # reap it, so that its exit code is known
                code = self._process.exitcode if self._process is not None else None
                self._discard()
                self.replaced += 1
                log.warning("interop worker died reading %s (exit code %s)", folder, code)
                raise InteropUnreadableError(
                    [
                        "InterOp: Illumina's interop library crashed reading these files "
                        f"({_how_it_ended(code)}); a file in InterOp/ is probably corrupt. "
                        "The app kept running; the XML files are shown."
                    ]
                ) from None
        if kind == "ok":
            result: RunMetrics = payload
            return result
        raise InteropUnreadableError(list(payload))

    def close(self) -> None:
        with self._lock:
            if self._conn is not None and self._process is not None and self._process.is_alive():
                try:
                    self._conn.send(None)
                    self._process.join(2)
                except OSError:
                    pass
            self._discard()


def _how_it_ended(code: int | None) -> str:
    if code is not None and code < 0:
        try:
            return f"signal {signal.Signals(-code).name}"
        except ValueError:
            return f"signal {-code}"
    return f"exit code {code}"


_shared: InteropWorker | None = None
_shared_lock = threading.Lock()


def shared_worker() -> InteropWorker:
    """The app's one InterOp worker (closed at exit by ``close_shared_worker``)."""
    global _shared
    with _shared_lock:
        if _shared is None:
            _shared = InteropWorker()
        return _shared


def close_shared_worker() -> None:
    global _shared
    with _shared_lock:
        if _shared is not None:
            _shared.close()
            _shared = None
