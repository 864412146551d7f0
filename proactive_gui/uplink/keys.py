"""The spool's 256-bit key: made once, kept in the OS keyring.

Where no keyring exists, the key goes to a file readable only by the user, but only
when the settings say so (``spool_key_store = file``); the readiness checks report
that as a warning. There is never a silent fall-back to plain text.
"""

from __future__ import annotations

import base64
import hashlib
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

import keyring
import keyring.errors

from proactive_gui.secrets import SERVICE

KEY_ENTRY = "spool_key"
KEY_BYTES = 32


class SpoolKeyError(RuntimeError):
    """No key could be had; the message says what to do."""


@dataclass(frozen=True)
class SpoolKey:
    key: bytes
    where: str  # "keyring" or "file"

    @property
    def key_id(self) -> bytes:
        """8 bytes that name the key in each record's header (not the key itself)."""
        return hashlib.sha256(b"proactive-gui spool key id" + self.key).digest()[:8]


def _decode(text: str) -> bytes:
    key = base64.b64decode(text.strip(), validate=True)
    if len(key) != KEY_BYTES:
        raise SpoolKeyError("the stored spool key has the wrong length; it was not used")
    return key


def _from_keyring() -> SpoolKey:
    try:
        stored = keyring.get_password(SERVICE, KEY_ENTRY)
        if stored is None:
            stored = base64.b64encode(secrets.token_bytes(KEY_BYTES)).decode()
            keyring.set_password(SERVICE, KEY_ENTRY, stored)
    except keyring.errors.KeyringError as exc:
        raise SpoolKeyError(
            f"no OS keyring is available for the spool key ({type(exc).__name__}). Install "
            "or unlock one, or allow a key file readable only by you: "
            "proactive-gui config set spool_key_store file"
        ) from None
    return SpoolKey(_decode(stored), "keyring")


def _from_file(path: Path) -> SpoolKey:
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            return _from_file(path)  # another process made it first
        with os.fdopen(fd, "w") as out:
            out.write(base64.b64encode(secrets.token_bytes(KEY_BYTES)).decode())
            out.flush()
            os.fsync(out.fileno())
    return SpoolKey(_decode(path.read_text()), "file")


def load_spool_key(store: str, key_file: Path) -> SpoolKey:
    """The key, from the keyring (``store == "keyring"``) or the key file."""
    return _from_file(key_file) if store == "file" else _from_keyring()
