"""Secrets (instrument token, proxy password) kept in the OS keyring, never in files.

When no keyring backend is available the app says so; it never falls back to plain
text in silence.
"""

from __future__ import annotations

import keyring
import keyring.errors

from proactive_gui import APP_NAME

SERVICE = APP_NAME
SECRET_NAMES: dict[str, str] = {
    "token": "instrument token sent as the bearer credential to the receiver",
    "proxy_password": "password for the manual proxy's user",
}


class KeyringUnavailableError(RuntimeError):
    """No usable OS keyring; the message tells the user what to do."""


def _check_name(name: str) -> None:
    if name not in SECRET_NAMES:
        raise KeyError(f"unknown secret {name!r}; known secrets: {', '.join(SECRET_NAMES)}")


def _unavailable(exc: Exception) -> KeyringUnavailableError:
    # The exception text of a backend never contains the secret; keep only its type.
    return KeyringUnavailableError(
        "no OS keyring is available to keep secrets "
        f"({type(exc).__name__}); install or unlock one (Windows Credential Manager, "
        "macOS Keychain, or Secret Service on Linux) and try again"
    )


def store_secret(name: str, value: str) -> None:
    _check_name(name)
    if not value:
        raise ValueError(f"the {name} is empty; nothing was stored")
    if not (value.isascii() and value.isprintable()):
        # it travels in an HTTP header (the token) or a proxy's Basic authentication
        raise ValueError(
            f"the {name} has a character outside printable ASCII (an accent, a space that is "
            "not a space, a line break): check what was pasted; nothing was stored"
        )
    try:
        keyring.set_password(SERVICE, name, value)
    except keyring.errors.KeyringError as exc:
        raise _unavailable(exc) from None


def load_secret(name: str) -> str | None:
    _check_name(name)
    try:
        return keyring.get_password(SERVICE, name)
    except keyring.errors.KeyringError as exc:
        raise _unavailable(exc) from None


def delete_secret(name: str) -> bool:
    """Remove the secret; False when none was stored."""
    _check_name(name)
    try:
        keyring.delete_password(SERVICE, name)
    except keyring.errors.PasswordDeleteError:
        return False
    except keyring.errors.KeyringError as exc:
        raise _unavailable(exc) from None
    return True
