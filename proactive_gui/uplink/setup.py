"""The uplink as the settings describe it: the spool with its key, the transport
configuration, the token, and the engine. The app, the CLI and the tests build it here.

Settings are read from the file each time they matter (the opt-in, the endpoint), so
``proactive-gui config set`` takes effect in a running app or engine.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from proactive_gui.oslock import DeliveryLock
from proactive_gui.paths import AppPaths
from proactive_gui.secrets import KeyringUnavailableError, load_secret
from proactive_gui.settings import Settings
from proactive_gui.uplink.engine import Backoff, UploadEngine
from proactive_gui.uplink.history import SentHistory
from proactive_gui.uplink.keys import SpoolKeyError, load_spool_key
from proactive_gui.uplink.spool import Spool, SpoolPolicy
from proactive_gui.uplink.transport import TransportConfig


def key_file(paths: AppPaths) -> Path:
    return paths.config_dir / "spool.key"


def open_spool(settings: Settings, paths: AppPaths) -> Spool:
    """Raises ``SpoolKeyError`` (with what to do) when there is no key."""
    key = load_spool_key(str(settings.get("spool_key_store")), key_file(paths))
    return Spool(paths.spool_dir, key, spool_policy(settings))


def spool_policy(settings: Settings) -> SpoolPolicy:
    return SpoolPolicy(
        max_bytes=int(settings.get("spool_max_mb")) * 1024 * 1024,
        max_age_s=int(settings.get("spool_max_age_days")) * 86400.0,
    )


# Settings and secrets the engine reads on every attempt: a change means "try again now".
DELIVERY_KEYS = frozenset({"endpoint", "proxy", "ca_bundle", "token", "proxy_password"})


def sent_history(paths: AppPaths) -> SentHistory:
    """The sent history, keeping the bytes of each delivery for the days the
    sent_retention_days setting names as it is set at the time (read from the file)."""
    return SentHistory(
        paths.history_dir / "sent.jsonl",
        retention_days=lambda: int(Settings.load(paths.settings_file).get("sent_retention_days")),
    )


def secret(name: str) -> str | None:
    """A secret from the keyring; None when it is not there or there is no keyring."""
    try:
        return load_secret(name)
    except KeyringUnavailableError:
        return None


def proxy_password_for(proxy: str) -> str | None:
    """The keyring's proxy password, for a manual proxy only (system and none have none)."""
    return secret("proxy_password") if proxy not in ("system", "none") else None


def transport_config(settings: Settings) -> TransportConfig | None:
    endpoint = str(settings.get("endpoint"))
    if not endpoint:
        return None
    proxy = str(settings.get("proxy"))
    return TransportConfig(
        endpoint=endpoint,
        ca_bundle=str(settings.get("ca_bundle")),
        proxy=proxy,
        proxy_password=proxy_password_for(proxy),
    )


def make_engine(
    settings_file: Path, spool: Spool, paths: AppPaths, backoff: Backoff | None = None
) -> UploadEngine:
    def current() -> Settings:
        return Settings.load(settings_file)

    return UploadEngine(
        spool,
        sent_history(paths),
        config=lambda: transport_config(current()),
        token=lambda: secret("token"),
        opted_in=lambda: bool(current().get("opt_in")),
        backoff=backoff,
        lock=DeliveryLock(paths.spool_dir.parent / "delivery.lock"),
    )


@dataclass
class Uplink:
    """The spool, engine and history of a running app, or why there is no spool."""

    spool: Spool | None
    engine: UploadEngine | None
    history: SentHistory
    problem: str = ""


def open_uplink(settings_file: Path, paths: AppPaths, backoff: Backoff | None = None) -> Uplink:
    """Everything delivery needs; without a key the app still runs (and says why no
    payload can be queued)."""
    history = sent_history(paths)
    try:
        spool = open_spool(Settings.load(settings_file), paths)
    except SpoolKeyError as exc:
        return Uplink(None, None, history, str(exc))
    return Uplink(spool, make_engine(settings_file, spool, paths, backoff), history)
