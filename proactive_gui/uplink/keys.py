"""The spool's 256-bit key, and where the app's secrets are kept.

The key is made once and kept in the OS keyring, under the app home's own entry
(``secrets.service_for``; one under the old fixed name is moved there). Where no
keyring exists, the key goes to a file readable only by the user, but only when the
settings say so (``spool_key_store = file``); the readiness checks report that as a
warning. There is never a silent fall-back to plain text.

The token and the proxy password follow ``secret_store`` the same way
(``app_secret_store``, installed here as the store of ``proactive_gui.secrets``).
``where_kept`` says, for each secret, where it is: the one answer for the CLI, the
checks and the Settings page.
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

from proactive_gui.paths import AppPaths, app_paths
from proactive_gui.secrets import (
    NOWHERE,
    SECRET_NAMES,
    SecretPlace,
    SecretStore,
    file_place,
    keyring_get,
    keyring_place,
    place_of,
    provide_store,
    service_for,
    unavailable,
)
from proactive_gui.settings import Settings

KEY_ENTRY = "spool_key"
KEY_FILE = "spool.key"  # in the config folder, with spool_key_store = file
KEY_BYTES = 32
# What where_kept answers for: the keyring secrets and the spool key
KEPT = (*SECRET_NAMES, KEY_ENTRY)


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


def _from_keyring(config_dir: Path) -> SpoolKey:
    place = keyring_place("spool_key_store")
    if place.kind == NOWHERE:  # a null keyring would drop the key: the spool unreadable
        raise SpoolKeyError(place.sentence)
    service = service_for(config_dir)
    try:
        stored = keyring_get(service, KEY_ENTRY)
        if stored is None:
            stored = base64.b64encode(secrets.token_bytes(KEY_BYTES)).decode()
            keyring.set_password(service, KEY_ENTRY, stored)
    except keyring.errors.KeyringError:
        raise SpoolKeyError(str(unavailable("spool_key_store"))) from None
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


def load_spool_key(store: str, key_file: Path, config_dir: Path | None = None) -> SpoolKey:
    """The key, from the keyring (``store == "keyring"``) or the key file. The keyring
    entry is the app home's: ``config_dir``, by default the key file's folder."""
    if store == "file":
        return _from_file(key_file)
    return _from_keyring(config_dir or key_file.parent)


def spool_key_file(paths: AppPaths) -> Path:
    return paths.config_dir / KEY_FILE


def app_secret_store(
    settings: Settings | None = None, paths: AppPaths | None = None
) -> SecretStore:
    """The store of the token and the proxy password as the settings say (read now)."""
    folders = paths or app_paths()
    chosen = settings or Settings.load(folders.settings_file)
    return SecretStore(folders.config_dir, in_file=chosen.get("secret_store") == "file")


def where_kept(
    name: str, settings: Settings | None = None, paths: AppPaths | None = None
) -> SecretPlace:
    """Where the secret ``name`` (one of ``KEPT``: token, proxy_password, spool_key) is
    kept in this app home, whether or not it is stored yet: its kind (OS_KEYRING,
    PLAINTEXT_FILE_KEYRING, APP_FILE, NOWHERE) and a sentence for people."""
    if name not in KEPT:
        raise KeyError(f"unknown secret {name!r}; known secrets: {', '.join(KEPT)}")
    folders = paths or app_paths()
    chosen = settings or Settings.load(folders.settings_file)
    if name != KEY_ENTRY:
        return place_of(app_secret_store(chosen, folders))
    if chosen.get("spool_key_store") == "file":
        return file_place(spool_key_file(folders))
    return keyring_place("spool_key_store")


provide_store(app_secret_store)  # load_secret(name) and the others, without a store
