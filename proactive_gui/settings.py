"""Settings: a documented, validated, versioned set of keys kept in one JSON file.

Every key is declared once in ``SETTINGS`` with its type, default and help text; the
CLI (`config list|get|set`), the README table and the Settings page all read from it.
The file carries ``version``; older files are migrated on load. A file that cannot be
read is moved aside (never deleted) and the defaults are used, with a clear message.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from proactive_gui.i18n import QT_TRANSLATE_NOOP, available_languages
from proactive_gui.oslock import exclusive
from proactive_gui.policy import Policy, load_policy

log = logging.getLogger(__name__)

SCHEMA_VERSION = 1
Value = str | bool | int


class SettingError(ValueError):
    """A value or key a person typed that the app cannot accept; the message says why.
    A parser's message is a ``template`` marked for translation (context SettingError)
    with its ``values``, so that the Settings page says it in the window's language."""

    def __init__(self, template: str, **values: object) -> None:
        super().__init__(template.format(**values) if values else template)
        self.template = template
        self.values = values


def _parse_bool(raw: str) -> bool:
    lowered = raw.strip().lower()
    if lowered in {"1", "true", "yes", "on", "enabled", "enable"}:
        return True
    if lowered in {"0", "false", "no", "off", "disabled", "disable"}:
        return False
    raise SettingError(
        QT_TRANSLATE_NOOP("SettingError", "expected on or off (true/false), got {raw!r}"), raw=raw
    )


def _parse_endpoint(raw: str) -> str:
    value = raw.strip()
    if not value:
        return ""
    parts = urlsplit(value)
    if parts.scheme != "https":
        raise SettingError(
            QT_TRANSLATE_NOOP(
                "SettingError",
                "the endpoint must start with https:// (got {scheme} scheme); "
                "data only ever leaves over TLS",
            ),
            scheme=parts.scheme or "no",
        )
    if not parts.hostname:
        raise SettingError(
            QT_TRANSLATE_NOOP(
                "SettingError", "the endpoint has no host name, e.g. https://proactive.example.com"
            )
        )
    if parts.username or parts.password:
        raise SettingError(
            QT_TRANSLATE_NOOP(
                "SettingError",
                "the endpoint must not contain a user name or password; "
                "set the instrument token with: proactive-gui config set-secret token",
            )
        )
    return value.rstrip("/")


def _parse_proxy(raw: str) -> str:
    value = raw.strip()
    if value.lower() in {"", "system"}:
        return "system"
    if value.lower() == "none":
        return "none"
    if value.lower() == "auto":
        return "auto"  # the OS's PAC file (WinINet, macOS), else WPAD
    if value[:4].lower() == "pac:":
        return "pac:" + _parse_pac_url(value[4:].strip())
    parts = urlsplit(value)
    if parts.scheme not in {"http", "https"} or not parts.hostname:
        raise SettingError(
            QT_TRANSLATE_NOOP(
                "SettingError",
                "proxy must be 'system', 'none' or a URL such as http://proxy.example:3128 "
                "(or auto, or pac:URL for a PAC file), got {raw!r}",
            ),
            raw=raw,
        )
    if parts.password:
        raise SettingError(
            QT_TRANSLATE_NOOP(
                "SettingError",
                "the proxy password does not go in the URL; store it with: "
                "proactive-gui config set-secret proxy_password",
            )
        )
    try:
        port = parts.port
    except ValueError as exc:
        raise SettingError(
            QT_TRANSLATE_NOOP(
                "SettingError", "the proxy port is not a number between 1 and 65535: {raw!r}"
            ),
            raw=raw,
        ) from exc
    if port is None:
        raise SettingError(
            QT_TRANSLATE_NOOP("SettingError", "the proxy URL needs a port, e.g. {example}"),
            example=f"{parts.scheme}://{parts.hostname}:3128",
        )
    return value.rstrip("/")


def _parse_pac_url(url: str) -> str:
    """A PAC file's address: http(s)://host/... or file:///path."""
    parts = urlsplit(url)
    if (parts.scheme in {"http", "https"} and parts.hostname) or (
        parts.scheme == "file" and parts.path
    ):
        return url
    raise SettingError(
        QT_TRANSLATE_NOOP(
            "SettingError",
            "a PAC file is given as pac:URL, e.g. pac:http://wpad.example/proxy.pac, got {url!r}",
        ),
        url=url,
    )


MAX_CA_BUNDLE_BYTES = 10_000_000  # the Mozilla bundle is ~220 kB


def _parse_ca_bundle(raw: str) -> str:
    """A PEM file of CA certificates: checked here, so that no check or upload meets a
    file it cannot use (a Windows .cer export is DER; /dev/zero is not a file)."""
    value = raw.strip()
    if not value:
        return ""
    path = Path(value).expanduser()
    if not path.exists():
        raise SettingError(QT_TRANSLATE_NOOP("SettingError", "no such file: {path}"), path=value)
    if not path.is_file():
        raise SettingError(
            QT_TRANSLATE_NOOP(
                "SettingError", "not a regular file (a folder, device or pipe): {path}"
            ),
            path=value,
        )
    try:
        size = path.stat().st_size
        if size > MAX_CA_BUNDLE_BYTES:
            raise SettingError(
                QT_TRANSLATE_NOOP(
                    "SettingError", "too large for a CA bundle ({size} bytes): {path}"
                ),
                size=f"{size:,}",
                path=value,
            )
        data = path.read_bytes()
    except OSError as exc:
        raise SettingError(
            QT_TRANSLATE_NOOP("SettingError", "cannot be read ({why}): {path}"),
            why=exc.strerror or str(exc),
            path=value,
        ) from None
    if b"-----BEGIN CERTIFICATE-----" not in data:
        if data[:1] == b"\x30":  # an ASN.1 SEQUENCE: a binary (DER) certificate
            raise SettingError(
                QT_TRANSLATE_NOOP(
                    "SettingError",
                    "{path} is a binary (DER) certificate; the app needs it as PEM text: "
                    "export it from Windows as 'Base-64 encoded X.509 (.CER)', or convert it "
                    "with: openssl x509 -inform der -in FILE.cer -out FILE.pem",
                ),
                path=value,
            )
        raise SettingError(
            QT_TRANSLATE_NOOP(
                "SettingError", "no PEM certificate (-----BEGIN CERTIFICATE-----) in {path}"
            ),
            path=value,
        )
    return str(path.resolve())


def _parse_existing_dir(raw: str) -> str:
    value = raw.strip()
    if value and not Path(value).expanduser().is_dir():
        raise SettingError(QT_TRANSLATE_NOOP("SettingError", "no such folder: {path}"), path=value)
    return str(Path(value).expanduser().resolve()) if value else ""


def _bounded_int(low: int, high: int, unit: str) -> Callable[[str], Value]:
    def parse(raw: str) -> Value:
        try:
            number = int(raw.strip())
        except ValueError:
            raise SettingError(
                QT_TRANSLATE_NOOP("SettingError", "not a whole number of {unit}: {raw!r}"),
                unit=unit,
                raw=raw,
            ) from None
        if not low <= number <= high:
            raise SettingError(
                QT_TRANSLATE_NOOP(
                    "SettingError", "must be between {low} and {high} {unit}: {number}"
                ),
                low=low,
                high=high,
                unit=unit,
                number=number,
            )
        return number

    return parse


def _one_of(*choices: str) -> Callable[[str], Value]:
    def parse(raw: str) -> Value:
        value = raw.strip().lower()
        if value not in choices:
            raise SettingError(
                QT_TRANSLATE_NOOP("SettingError", "must be one of {choices}: {raw!r}"),
                choices=", ".join(choices),
                raw=raw,
            )
        return value

    return parse


def _parse_service_name(raw: str) -> Value:
    value = " ".join(raw.split())
    if not 1 <= len(value) <= 40 or not value.isprintable():
        raise SettingError(
            QT_TRANSLATE_NOOP(
                "SettingError", "the service name must be 1 to 40 printable characters"
            )
        )
    return value


def _parse_language(raw: str) -> Value:
    value = raw.strip()
    if value.lower() == "system":
        return "system"
    known = available_languages()
    if value not in known:
        raise SettingError(
            QT_TRANSLATE_NOOP("SettingError", "must be 'system' or one of {choices}: {raw!r}"),
            choices=", ".join(known),
            raw=raw,
        )
    return value


@dataclass(frozen=True)
class SettingSpec:
    """One documented setting: its key, default, parser/validator and help text."""

    key: str
    default: Value
    parse: Callable[[str], Value]
    help: str
    bounds: tuple[int, int] | None = None  # whole numbers: the range parse accepts
    choices: tuple[str, ...] = ()  # a fixed set of words: the ones parse accepts

    def format(self, value: Value) -> str:
        if isinstance(value, bool):
            return "true" if value else "false"
        return str(value)


def _whole_number(key: str, default: int, low: int, high: int, unit: str, text: str) -> SettingSpec:
    return SettingSpec(key, default, _bounded_int(low, high, unit), text, bounds=(low, high))


def _word(key: str, default: str, choices: tuple[str, ...], text: str) -> SettingSpec:
    return SettingSpec(key, default, _one_of(*choices), text, choices=choices)


SETTINGS: dict[str, SettingSpec] = {
    spec.key: spec
    for spec in (
        SettingSpec(
            "endpoint",
            "",
            _parse_endpoint,
            QT_TRANSLATE_NOOP(
                "Setting",
                "HTTPS address of the receiver that payloads are sent to (empty: not configured).",
            ),
        ),
        SettingSpec(
            "ca_bundle",
            "",
            _parse_ca_bundle,
            QT_TRANSLATE_NOOP(
                "Setting",
                "Extra CA certificates (PEM file) to trust besides the OS store, "
                "e.g. an inspecting proxy's CA.",
            ),
        ),
        SettingSpec(
            "proxy",
            "system",
            _parse_proxy,
            QT_TRANSLATE_NOOP(
                "Setting",
                "'system' (environment/OS settings), 'none', 'auto' (the OS's PAC file, or "
                "WPAD), 'pac:URL' (a PAC file), or a proxy URL with a port; its password goes "
                "in the keyring (set-secret proxy_password).",
            ),
        ),
        SettingSpec(
            "run_folder_root",
            "",
            _parse_existing_dir,
            QT_TRANSLATE_NOOP(
                "Setting",
                "Folder where the instrument writes run folders; each new run there is picked up.",
            ),
        ),
        _whole_number(
            "health_interval_min",
            60,
            5,
            1440,
            QT_TRANSLATE_NOOP("SettingError", "minutes"),
            QT_TRANSLATE_NOOP(
                "Setting",
                "Minutes between health payloads during a run (5 to 1440); payloads are also "
                "sealed when a run starts and when it ends.",
            ),
        ),
        _word(
            "spool_key_store",
            "keyring",
            ("keyring", "file"),
            QT_TRANSLATE_NOOP(
                "Setting",
                "Where the spool's encryption key lives: 'keyring' (the OS keyring), or 'file' "
                "(a key file readable only by you, for PCs without a keyring; reported as a warning).",
            ),
        ),
        _word(
            "secret_store",
            "keyring",
            ("keyring", "file"),
            QT_TRANSLATE_NOOP(
                "Setting",
                "Where the instrument token and the proxy password live: 'keyring' (the OS "
                "keyring), or 'file' (a file readable only by you, for PCs without a keyring; "
                "reported as a warning).",
            ),
        ),
        _whole_number(
            "spool_max_mb",
            200,
            1,
            10_000,
            QT_TRANSLATE_NOOP("SettingError", "megabytes"),
            QT_TRANSLATE_NOOP(
                "Setting",
                "Largest size of the queue of unsent payloads; beyond it the oldest are dropped "
                "(and counted on the Uploads page).",
            ),
        ),
        _whole_number(
            "spool_max_age_days",
            30,
            1,
            365,
            QT_TRANSLATE_NOOP("SettingError", "days"),
            QT_TRANSLATE_NOOP(
                "Setting",
                "Unsent payloads older than this are dropped (and counted on the Uploads page).",
            ),
        ),
        _whole_number(
            "sent_retention_days",
            90,
            0,
            3650,
            QT_TRANSLATE_NOOP("SettingError", "days"),
            QT_TRANSLATE_NOOP(
                "Setting",
                "Days the bytes of each delivered payload are kept, encrypted, for the sent "
                "history (0: keep only the list); the list of what was sent is kept for good.",
            ),
        ),
        SettingSpec(
            "language",
            "system",
            _parse_language,
            QT_TRANSLATE_NOOP(
                "Setting",
                "Language of the window: 'system' (the PC's language when a translation exists, "
                "else English), or one of en, de, fr, it, ru, zh; applies when the app next "
                "starts.",
            ),
        ),
        _word(
            "theme",
            "system",
            ("system", "light", "dark"),
            QT_TRANSLATE_NOOP(
                "Setting",
                "Colours of the window: 'system' (follow the PC's light or dark mode), 'light' "
                "or 'dark'.",
            ),
        ),
        SettingSpec(
            "close_to_tray",
            True,
            _parse_bool,
            QT_TRANSLATE_NOOP(
                "Setting",
                "Closing the window keeps the app running in the system tray (monitoring and "
                "uploads go on); without a tray, closing quits.",
            ),
        ),
        SettingSpec(
            "service_name",
            "Illumina",
            _parse_service_name,
            QT_TRANSLATE_NOOP(
                "Setting",
                "Name of the service shown in the opt-in: Send Instrument Performance Data to …",
            ),
        ),
        SettingSpec(
            "opt_in",
            False,
            _parse_bool,
            QT_TRANSLATE_NOOP(
                "Setting",
                "Send Instrument Performance Data. Off by default; nothing leaves the PC while off.",
            ),
        ),
    )
}

# Migrations from version N to N+1, applied in order on load.
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {
    # Version 0 was the pre-release file without a version field; same keys.
    0: lambda data: data,
}


def spec_for(key: str) -> SettingSpec:
    try:
        return SETTINGS[key]
    except KeyError:
        known = ", ".join(SETTINGS)
        raise SettingError(f"unknown setting {key!r}; known settings: {known}") from None


def migrate(data: dict[str, Any]) -> dict[str, Any]:
    """Bring a settings mapping from its version up to ``SCHEMA_VERSION``."""
    version = data.get("version", 0)
    if not isinstance(version, int) or version > SCHEMA_VERSION:
        raise SettingError(
            f"settings file version {version!r} is newer than this app understands "
            f"({SCHEMA_VERSION}); update the app"
        )
    values = {k: v for k, v in data.items() if k != "version"}
    for step in range(version, SCHEMA_VERSION):
        values = MIGRATIONS[step](values)
    return values


class Settings:
    """The current settings, backed by a JSON file written atomically on each change."""

    def __init__(
        self, path: Path, values: dict[str, Value] | None = None, policy: Policy | None = None
    ) -> None:
        self.path = path
        self._values: dict[str, Value] = dict(values or {})
        self.load_problem: str | None = None
        self.policy = policy or Policy()

    @classmethod
    def load(cls, path: Path, policy: Policy | None = None) -> Settings:
        """The settings in ``path`` under the IT policy (by default the one in force)."""
        parsers = {key: spec.parse for key, spec in SETTINGS.items()}
        settings = cls(path, policy=policy or load_policy(parsers))
        for problem in settings.policy.problems:
            log.warning("IT policy: %s", problem)
        for key, why in settings.policy.reasons.items():
            log.warning("IT policy: %s is locked because %s", key, why)
        if not path.exists():
            return settings
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
            if not isinstance(raw, dict):
                raise SettingError("the file does not hold a JSON object")
            values = migrate(raw)
        except (OSError, ValueError) as exc:
            aside = path.with_name(f"{path.name}.unreadable-{int(time.time())}")
            problem = f"settings file {path} could not be read ({exc}); defaults are in use"
            try:
                path.replace(aside)
                problem += f" and the old file was kept as {aside.name}"
            except OSError:
                pass
            log.warning(problem)
            settings.load_problem = problem
            return settings
        for key, value in values.items():
            spec = SETTINGS.get(key)
            if spec is None:
                log.warning("ignoring unknown setting %r in %s", key, path)
                continue
            try:
                settings._values[key] = spec.parse(spec.format(value))
            except SettingError as exc:
                log.warning("ignoring invalid %s in %s: %s", key, path, exc)
        return settings

    def reload(self) -> None:
        """Read the file again (another process, e.g. ``config set``, may have changed it)."""
        self._values = Settings.load(self.path, self.policy)._values

    def get(self, key: str) -> Value:
        spec = spec_for(key)
        if key in self.policy.locked:
            return self.policy.locked[key]  # type: ignore[return-value]
        return self._values.get(key, spec.default)

    def locked(self, key: str) -> str | None:
        """Why ``key`` cannot be changed here, or None when it can."""
        return self.policy.reason_for(key)

    def is_default(self, key: str) -> bool:
        return spec_for(key).key not in self._values

    def set(self, key: str, raw: str) -> Value:
        """Validate ``raw`` for ``key``, store it and save the file. Returns the value kept."""
        spec = spec_for(key)
        reason = self.locked(key)
        if reason is not None:
            raise SettingError(f"{key} is locked by the IT policy ({reason}); it was not changed")
        try:
            value = spec.parse(raw)
        except SettingError as exc:
            raise SettingError(f"{key}: {exc}") from None
        # another process (the terminal, IT's script) may have changed other keys since
        # this copy was read: re-read under the lock and change this key only
        with exclusive(self.path.with_name(f".{self.path.name}.lock")):
            values = Settings.load(self.path, self.policy)._values
            values[key] = value
            self._values = values
            self.save()
        return value

    def items(self) -> list[tuple[SettingSpec, Value]]:
        return [(spec, self.get(key)) for key, spec in SETTINGS.items()]

    def save(self) -> None:
        data: dict[str, Any] = {"version": SCHEMA_VERSION, **self._values}
        write_atomically(self.path, json.dumps(data, indent=2, sort_keys=True) + "\n")


def write_atomically(path: Path, text: str) -> None:
    """Write ``text`` so that a crash leaves either the old file or the new one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        Path(tmp).replace(path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
