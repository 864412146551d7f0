"""The local sent-history: one JSON line per delivered payload, appended and synced,
so a privacy officer can see what left the PC and when (payload id, SHA-256, size,
times and the receiver's receipt)."""

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
