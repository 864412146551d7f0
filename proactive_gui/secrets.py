"""Secrets (instrument token, proxy password): in the OS keyring, or where there is
none, in a file readable only by the user, when the settings say so
(``secret_store = file``). Never a silent fall-back to plain text.

Each app home has its own keyring entries: the service name is ``proactive-gui-`` and
a short hash of the home's config folder, so that two instances with different
``PROACTIVE_GUI_HOME`` do not share a token (``service_for``). An entry found under
the old fixed name (``LEGACY_SERVICE``) is moved to the home's name when first read.

``place_of`` and ``keyring_place`` say where secrets are, in words for people: a
keyring backend that keeps them in a file (keyrings.alt) or nowhere (fail, null) is not
reported as the OS keyring.

This module knows nothing of settings or folders: the store in use (``SecretStore``)
comes from the caller, or from the provider the uplink installs (``provide_store``),
which reads the app's settings each time.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import tempfile
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path

import keyring
import keyring.errors
from keyring.backend import KeyringBackend
from keyring.backends import chainer, fail, null

from proactive_gui import APP_NAME
from proactive_gui.i18n import QT_TRANSLATE_NOOP
from proactive_gui.oslock import exclusive

log = logging.getLogger(__name__)

LEGACY_SERVICE = APP_NAME  # the one fixed service name of earlier versions
SECRETS_FILE = "secrets.json"  # in the config folder, with secret_store = file
SECRET_NAMES: dict[str, str] = {
    "token": "instrument token sent as the bearer credential to the receiver",
    "proxy_password": "password for the manual proxy's user",
}

# Where a secret is kept (SecretPlace.kind)
OS_KEYRING = "os_keyring"
PLAINTEXT_FILE_KEYRING = "plaintext_file_keyring"  # a keyring backend that is a file
APP_FILE = "app_file"  # the app's own file, readable only by the user
NOWHERE = "nowhere"

# Sentences for people, marked for translation (context Secrets); the UI translates
# SecretPlace.template and formats it with SecretPlace.args.
IN_OS_KEYRING = QT_TRANSLATE_NOOP("Secrets", "In the OS keyring.")
IN_KEYRING_FILE = QT_TRANSLATE_NOOP(
    "Secrets",
    "In a file, not the OS keyring: {path} (the keyring in use, {backend}, keeps secrets there).",
)
IN_KEYRING_ELSEWHERE = QT_TRANSLATE_NOOP(
    "Secrets", "Not in the OS keyring: the keyring in use, {backend}, keeps secrets outside it."
)
IN_APP_FILE = QT_TRANSLATE_NOOP(
    "Secrets", "In a file readable only by this user, not the OS keyring: {path}"
)
NO_KEYRING = QT_TRANSLATE_NOOP(
    "Secrets",
    "no OS keyring is available to keep secrets in; install or unlock one (Windows "
    "Credential Manager, macOS Keychain, or Secret Service on Linux), or keep them in a "
    "file only you can read: proactive-gui config set {setting} file",
)
FILE_UNREADABLE = QT_TRANSLATE_NOOP(
    "Secrets", "the secrets file {path} cannot be read or written ({why}); check its permissions"
)
FILE_DAMAGED = QT_TRANSLATE_NOOP(
    "Secrets",
    "the secrets file {path} is damaged; delete it and store the secrets again: "
    "proactive-gui config set-secret token",
)


@dataclass(frozen=True)
class SecretPlace:
    """Where secrets are kept: ``kind`` (OS_KEYRING, PLAINTEXT_FILE_KEYRING, APP_FILE
    or NOWHERE) and a sentence for people (``template`` formatted with ``args``)."""

    kind: str
    template: str
    args: tuple[tuple[str, str], ...] = ()
    path: Path | None = None  # the file, when the secrets are in one
    backend: str = ""  # the keyring backend's class, when a keyring keeps them

    @property
    def sentence(self) -> str:
        return self.template.format(**dict(self.args))

    @property
    def weaker(self) -> bool:
        """Anything but the OS keyring is a weaker place (and said to be one)."""
        return self.kind != OS_KEYRING


class KeyringUnavailableError(RuntimeError):
    """The secret store cannot be used (no OS keyring, or its file); the message says
    what to do. ``template`` and ``values`` are the message before formatting, for the
    UI to translate."""

    def __init__(self, template: str, **values: str) -> None:
        super().__init__(template.format(**values))
        self.template = template
        self.values = values


class SecretFileError(KeyringUnavailableError):
    """The secrets file (``secret_store = file``) cannot be read or written."""


@dataclass(frozen=True)
class SecretStore:
    """The secrets of one app home: keyring entries named for its config folder, or
    (``in_file``) the file ``SECRETS_FILE`` there."""

    config_dir: Path
    in_file: bool = False

    @property
    def service(self) -> str:
        return service_for(self.config_dir)

    @property
    def file(self) -> Path:
        return self.config_dir / SECRETS_FILE


def service_for(config_dir: Path) -> str:
    """The keyring service name of the app home whose config folder is ``config_dir``:
    stable for a folder, different for another."""
    resolved = os.path.normcase(str(config_dir.expanduser().resolve()))
    return f"{APP_NAME}-{hashlib.sha256(resolved.encode()).hexdigest()[:12]}"


_provider: Callable[[], SecretStore] | None = None


def provide_store(provider: Callable[[], SecretStore]) -> None:
    """Install what gives the app's current store (``proactive_gui.uplink.keys`` does,
    from the settings and folders), for calls that name no store."""
    global _provider
    _provider = provider


def current_store() -> SecretStore:
    if _provider is None:
        raise RuntimeError("no secret store is set up: import proactive_gui.uplink.keys first")
    return _provider()


# -- where ------------------------------------------------------------------------------


def nowhere_place(setting: str, backend: str = "") -> SecretPlace:
    """No keyring to keep secrets in; ``setting`` is the one that allows a file."""
    return SecretPlace(NOWHERE, NO_KEYRING, (("setting", setting),), backend=backend)


def _backend_name(backend: KeyringBackend) -> str:
    return f"{type(backend).__module__}.{type(backend).__qualname__}"


def keyring_place(
    setting: str = "secret_store", backend: KeyringBackend | None = None
) -> SecretPlace:
    """Where the keyring in use (or ``backend``) keeps secrets. keyrings.alt's backends
    (plain text or encrypted files, the registry) are not the OS keyring; the fail and
    null backends, and a chainer with nothing to chain, keep nothing. Any other backend
    is taken as the OS keyring. ``setting`` is the one that chooses a file instead."""
    chosen = keyring.get_keyring() if backend is None else backend
    name = _backend_name(chosen)
    if isinstance(chosen, chainer.ChainerBackend):
        chained: list[KeyringBackend] = list(chosen.backends)
        if not chained:
            return nowhere_place(setting, name)
        return keyring_place(setting, chained[0])  # the first one is written to
    if isinstance(chosen, fail.Keyring | null.Keyring):
        return nowhere_place(setting, name)
    if type(chosen).__module__.split(".")[0] == "keyrings":  # keyrings.alt
        file_path = getattr(chosen, "file_path", None)
        if isinstance(file_path, str) and file_path:
            return SecretPlace(
                PLAINTEXT_FILE_KEYRING,
                IN_KEYRING_FILE,
                (("path", file_path), ("backend", name)),
                Path(file_path),
                name,
            )
        return SecretPlace(
            PLAINTEXT_FILE_KEYRING, IN_KEYRING_ELSEWHERE, (("backend", name),), backend=name
        )
    return SecretPlace(OS_KEYRING, IN_OS_KEYRING, backend=name)


def file_place(path: Path) -> SecretPlace:
    """The app's own file, readable only by the user."""
    return SecretPlace(APP_FILE, IN_APP_FILE, (("path", str(path)),), path)


def place_of(store: SecretStore | None = None) -> SecretPlace:
    """Where the token and the proxy password of ``store`` (default: the app's) are kept."""
    chosen = store or current_store()
    return file_place(chosen.file) if chosen.in_file else keyring_place("secret_store")


def unavailable(setting: str) -> KeyringUnavailableError:
    """The error for a keyring that cannot be used; never the backend's own text (which
    names classes people do not know)."""
    return KeyringUnavailableError(NO_KEYRING, setting=setting)


# -- the keyring, per app home ----------------------------------------------------------


def usable_keyring(setting: str) -> None:
    """Raise ``KeyringUnavailableError`` when the keyring in use keeps nothing (a null
    backend drops what it is given without a word)."""
    if keyring_place(setting).kind == NOWHERE:
        raise unavailable(setting)


def keyring_get(service: str, entry: str) -> str | None:
    """The entry under ``service``; one found under the old fixed name instead is moved
    to ``service`` first. Raises keyring errors as they come."""
    value = keyring.get_password(service, entry)
    if value is not None or service == LEGACY_SERVICE:
        return value
    value = keyring.get_password(LEGACY_SERVICE, entry)
    if value is not None:
        keyring.set_password(service, entry, value)
        with suppress(keyring.errors.PasswordDeleteError):
            keyring.delete_password(LEGACY_SERVICE, entry)
        log.info("moved the keyring entry %s from %s to %s", entry, LEGACY_SERVICE, service)
    return value


def _keyring_delete(service: str, entry: str) -> bool:
    deleted = False
    for name in dict.fromkeys((service, LEGACY_SERVICE)):  # an entry not moved yet too
        try:
            if keyring.get_password(name, entry) is None:
                continue
            keyring.delete_password(name, entry)
            deleted = True
        except keyring.errors.PasswordDeleteError:
            continue
    return deleted


# -- the app's file ---------------------------------------------------------------------


def _read_file(path: Path) -> dict[str, str]:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}
    except OSError as exc:
        raise SecretFileError(
            FILE_UNREADABLE, path=str(path), why=exc.strerror or "an error"
        ) from None
    try:
        entries = json.loads(text)
    except ValueError:
        entries = None
    if not isinstance(entries, dict) or not all(isinstance(v, str) for v in entries.values()):
        raise SecretFileError(FILE_DAMAGED, path=str(path))
    return {str(k): v for k, v in entries.items()}


def _write_file(path: Path, entries: dict[str, str]) -> None:
    """Replace the file at once; a new file is made readable by its owner only (0600 on
    POSIX; on Windows the folder is in the user's profile)."""
    if not entries:
        path.unlink(missing_ok=True)
        return
    fd, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)  # 0600
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            json.dump(entries, out)
            out.flush()
            os.fsync(out.fileno())
        Path(temporary).replace(path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _change_file(path: Path, name: str, value: str | None) -> bool:
    """Set (or with None remove) one entry under a lock; True when it was there."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with exclusive(path.with_name(f".{path.name}.lock")):
            entries = _read_file(path)
            was_there = entries.pop(name, None) is not None
            if value is not None:
                entries[name] = value
            _write_file(path, entries)
    except OSError as exc:
        raise SecretFileError(
            FILE_UNREADABLE, path=str(path), why=exc.strerror or "an error"
        ) from None
    return was_there


# -- the secrets ------------------------------------------------------------------------


def _check_name(name: str) -> None:
    if name not in SECRET_NAMES:
        raise KeyError(f"unknown secret {name!r}; known secrets: {', '.join(SECRET_NAMES)}")


def store_secret(name: str, value: str, store: SecretStore | None = None) -> SecretPlace:
    """Keep ``value`` in ``store`` (default: the app's); returns where it went."""
    _check_name(name)
    if not value:
        raise ValueError(f"the {name} is empty; nothing was stored")
    if not (value.isascii() and value.isprintable()):
        # it travels in an HTTP header (the token) or a proxy's Basic authentication
        raise ValueError(
            f"the {name} has a character outside printable ASCII (an accent, a space that is "
            "not a space, a line break): check what was pasted; nothing was stored"
        )
    chosen = store or current_store()
    if chosen.in_file:
        _change_file(chosen.file, name, value)
        return file_place(chosen.file)
    usable_keyring("secret_store")
    try:
        keyring.set_password(chosen.service, name, value)
    except keyring.errors.KeyringError:
        raise unavailable("secret_store") from None
    with suppress(keyring.errors.KeyringError):  # an old entry, not to be moved back later
        if keyring.get_password(LEGACY_SERVICE, name) is not None:
            keyring.delete_password(LEGACY_SERVICE, name)
    return keyring_place("secret_store")


def load_secret(name: str, store: SecretStore | None = None) -> str | None:
    """The secret from ``store`` (default: the app's), or None when it is not there."""
    _check_name(name)
    chosen = store or current_store()
    if chosen.in_file:
        return _read_file(chosen.file).get(name)
    try:
        return keyring_get(chosen.service, name)
    except keyring.errors.KeyringError:
        raise unavailable("secret_store") from None


def delete_secret(name: str, store: SecretStore | None = None) -> bool:
    """Remove the secret; False when none was stored."""
    _check_name(name)
    chosen = store or current_store()
    if chosen.in_file:
        return _change_file(chosen.file, name, None)
    try:
        return _keyring_delete(chosen.service, name)
    except keyring.errors.KeyringError:
        raise unavailable("secret_store") from None
