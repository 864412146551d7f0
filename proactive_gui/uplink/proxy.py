"""Which proxy the uploader uses for the receiver, and where that choice came from: the
proxy setting (a URL, ``none``), a PAC file (``pac:URL``, or ``auto``: the OS's PAC
file or WPAD; see ``proxy_pac``) or the operating system's proxy (``system``). The uploader's
client and the readiness checks both ask here, so that they take the same path.
"""

from __future__ import annotations

import sys
import urllib.request
from dataclasses import dataclass, replace
from urllib.parse import quote, unquote, urlsplit, urlunsplit

from proactive_gui.uplink import proxy_pac
from proactive_gui.uplink.proxy_pac import PacAnswer, PacError
from proactive_gui.uplink.proxy_windows import winhttp_proxy

SETTING, NONE, SYSTEM, SYSTEM_NONE = "setting", "none", "system", "system-none"
# where the system's proxy was found (ProxyChoice.found_in)
ENVIRONMENT, WININET, MACOS, WINHTTP = "environment", "wininet", "macos", "winhttp"
PAC, PAC_FAILED = "pac", "pac-failed"  # a PAC file chose; a PAC file could not be used


@dataclass(frozen=True)
class ProxyChoice:
    """``url``: the proxy for the receiver (None: direct), without a password;
    ``source``: SETTING, NONE (the setting says none), SYSTEM or SYSTEM_NONE (the
    system has none for this host)."""

    url: str | None
    source: str
    pac: PacAnswer | None = None  # the PAC file's decision (PAC)
    pac_error: PacError | None = None  # why the PAC file could not be used (PAC_FAILED)
    found_in: str = ""  # SYSTEM: ENVIRONMENT, WININET, MACOS or WINHTTP
    pac_searched: bool = False  # auto looked for a PAC file and found none

    @property
    def host(self) -> str:
        return urlsplit(self.url or "").hostname or ""

    @property
    def port(self) -> int:
        parts = urlsplit(self.url or "")
        return parts.port or (443 if parts.scheme == "https" else 8080)

    @property
    def user(self) -> str:
        """The proxy user of the URL, decoded ("" without one)."""
        return unquote(urlsplit(self.url or "").username or "")

    @property
    def password(self) -> str | None:
        """A password written in the URL itself (HTTPS_PROXY=http://user:pw@proxy:3128;
        the proxy setting refuses one: its password is in the keyring)."""
        found = urlsplit(self.url or "").password
        return unquote(found) if found is not None else None

    @property
    def shown(self) -> str:
        """The URL without its credentials, for evidence and logs ("" when direct)."""
        return without_credentials(self.url)


def choose(setting: str, endpoint: str) -> ProxyChoice:
    """The proxy for ``endpoint`` under the proxy ``setting`` (system, none or a URL)."""
    if setting in ("none", ""):
        return ProxyChoice(None, NONE)
    if setting == "auto" or setting.startswith("pac:"):
        try:
            answer = proxy_pac.resolve(setting, endpoint)
        except proxy_pac.PacError as exc:  # as browsers do: direct, and the checks say why
            return ProxyChoice(None, PAC_FAILED, pac_error=exc)
        if answer is None:  # auto, and no PAC file anywhere: the system's proxy
            return replace(choose("system", endpoint), pac_searched=True)
        return ProxyChoice(answer.proxy, PAC, pac=answer)
    if setting == "system":
        found, where = system_proxy_found(endpoint)
        return (
            ProxyChoice(found, SYSTEM, found_in=where) if found else ProxyChoice(None, SYSTEM_NONE)
        )
    return ProxyChoice(setting, SETTING)


def system_proxy(endpoint: str) -> str | None:
    """The operating system's HTTPS proxy for ``endpoint`` (see ``system_proxy_found``)."""
    return system_proxy_found(endpoint)[0]


def system_proxy_found(endpoint: str) -> tuple[str | None, str]:
    """The operating system's HTTPS proxy for ``endpoint`` and where it was found:
    environment variables (HTTPS_PROXY, NO_PROXY); on Windows the user's Internet
    Options (WinINet), else the machine's WinHTTP proxy; on macOS System Settings.
    ``urllib.request`` reads all but WinHTTP."""
    host = urlsplit(endpoint).hostname or ""
    environment = urllib.request.getproxies_environment()
    if environment:
        bypass = urllib.request.proxy_bypass_environment  # type: ignore[attr-defined]
        if host and bypass(host, environment):
            return None, ENVIRONMENT
        return environment.get("https") or environment.get("all") or None, ENVIRONMENT
    where = WININET if sys.platform == "win32" else MACOS if sys.platform == "darwin" else ""
    if host and urllib.request.proxy_bypass(host):
        return None, where
    proxies = urllib.request.getproxies()
    found = proxies.get("https") or proxies.get("all") or None
    if found is None and sys.platform == "win32":
        return winhttp_proxy(host), WINHTTP
    return found, where


def with_password(url: str, password: str | None) -> str:
    """``url`` with ``password`` put in for its user (the keyring's proxy password)."""
    parts = urlsplit(url)
    if not password or not parts.username:
        return url
    netloc = f"{parts.username}:{quote(password, safe='')}@{parts.hostname}"
    if parts.port:
        netloc += f":{parts.port}"
    return urlunsplit(parts._replace(netloc=netloc))


def without_credentials(url: str | None) -> str:
    if not url:
        return ""
    parts = urlsplit(url)
    if parts.username or parts.password:
        host = parts.hostname or ""
        netloc = f"{host}:{parts.port}" if parts.port else host
        return parts._replace(netloc=netloc).geturl()
    return url
