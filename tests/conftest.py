"""Fixtures for every test: an isolated app home, a test keyring, no leaked threads."""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend

# Qt renders offscreen in tests; set before anything creates a QApplication.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parents[1]
SHARED_RUNS = REPO.parent / "shared" / "runs"


class MemoryKeyring(KeyringBackend):
    """A keyring that lives in memory, so that tests never touch the OS keychain."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.passwords.pop((service, username), None)


@pytest.fixture(autouse=True)
def app_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own PROACTIVE_GUI_HOME: settings, logs and data stay in tmp."""
    home = tmp_path / "app-home"
    monkeypatch.setenv("PROACTIVE_GUI_HOME", str(home))
    monkeypatch.setenv("PROACTIVE_GUI_POLICY", str(tmp_path / "no-policy.conf"))  # not /etc
    return home


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture(autouse=True)
def _no_dangling_threads() -> Iterator[None]:
    """A test that leaves a thread running fails (napari's _dangling_qthreads, for
    Python threads)."""
    before = set(threading.enumerate())
    yield
    leaked = [t for t in threading.enumerate() if t not in before and t.is_alive()]
    for thread in leaked:
        thread.join(timeout=2.0)
    still = [t.name for t in leaked if t.is_alive()]
    assert not still, f"test left threads running: {still}"


def subprocess_env(home: Path, **extra: str) -> dict[str, str]:
    """Environment for running the app in a child process: offscreen, isolated home,
    and a keyring backend that refuses (a child must never reach the OS keychain)."""
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        PROACTIVE_GUI_HOME=str(home),
        PROACTIVE_GUI_POLICY=str(home / "policy.conf"),
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
        PYTHONDONTWRITEBYTECODE="1",
    )
    env.update(extra)
    return env


PYTHON = sys.executable
