"""A keyring kept in a JSON file named by $PROACTIVE_TEST_KEYRING: child processes in
tests use it in place of the OS keyring (the edge of the machine), never in the app."""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend


class FileKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def _path(self) -> Path:
        return Path(os.environ["PROACTIVE_TEST_KEYRING"])

    def _load(self) -> dict[str, str]:
        try:
            loaded: dict[str, str] = json.loads(self._path().read_text())
            return loaded
        except FileNotFoundError:
            return {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}/{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        entries = self._load()
        entries[f"{service}/{username}"] = password
        self._path().write_text(json.dumps(entries))

    def delete_password(self, service: str, username: str) -> None:
        entries = self._load()
        entries.pop(f"{service}/{username}", None)
        self._path().write_text(json.dumps(entries))
