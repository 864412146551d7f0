"""Proxy auto-configuration: the PAC file named by the proxy setting (``pac:URL``) or
found on this PC (``auto``: the OS's PAC address — Windows Internet Options
(WinINet) ``AutoConfigURL``, macOS ``ProxyAutoConfigURLString`` — else WPAD by DNS),
evaluated with pypac's JavaScript engine for the receiver's URL. The uploader and the
readiness checks both ask here (through ``proxy.choose``), so they take one path.

PAC files are fetched without a proxy, cached for a few minutes, and their answer's
first usable entry is taken: DIRECT, or an HTTP(S) proxy (SOCKS entries are skipped:
the uploader's client does not speak SOCKS).
"""

from __future__ import annotations

import ssl
import threading
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import httpx
import truststore

CACHE_S = 300.0
FETCH_TIMEOUT_S = 5.0
MAX_PAC_BYTES = 1_000_000

# where a PAC address came from
SETTING, WININET, MACOS, WPAD = "setting", "wininet", "macos", "wpad"


class PacError(Exception):
    """A PAC file that cannot be fetched or evaluated; ``pac_url`` is where it was."""

    def __init__(self, pac_url: str, problem: str) -> None:
        super().__init__(problem)
        self.pac_url = pac_url
        self.problem = problem


@dataclass(frozen=True)
class PacAnswer:
    pac_url: str
    found_by: str  # SETTING, WININET, MACOS or WPAD
    answer: str  # FindProxyForURL's answer as the PAC file gave it
    proxy: str | None  # the entry used, as a URL; None: DIRECT


_lock = threading.Lock()
_cache: dict[str, tuple[float, str]] = {}  # PAC URL -> (fetched at, text)


def resolve(setting: str, endpoint: str) -> PacAnswer | None:
    """The PAC decision for ``endpoint`` under ``setting`` (``pac:URL`` or ``auto``);
    None for ``auto`` when this PC names no PAC file and WPAD finds none. Raises
    ``PacError`` when the PAC file named cannot be used."""
    if setting.startswith("pac:"):
        found: tuple[str, str] | None = (setting[4:], SETTING)
    else:
        found = os_pac_url() or _wpad()
    if found is None:
        return None
    pac_url, found_by = found
    answer = find_proxy(_fetch(pac_url), endpoint, pac_url)
    return PacAnswer(pac_url, found_by, answer, first_usable(answer, pac_url))


def os_pac_url() -> tuple[str, str] | None:
    """The OS's PAC address and where it was set: Windows Internet Options (WinINet:
    the user's, or the machine's under Group Policy), macOS System Settings."""
    from pypac import os_settings

    if os_settings.ON_WINDOWS:
        url = os_settings.autoconfig_url_from_registry()
        return (str(url), WININET) if url else None
    if os_settings.ON_DARWIN:
        url = os_settings.autoconfig_url_from_preferences()
        return (str(url), MACOS) if url else None
    return None


def _wpad() -> tuple[str, str] | None:
    """The first WPAD address (http://wpad.<domain>/wpad.dat) that answers."""
    from pypac.wpad import proxy_urls_from_dns

    for url in proxy_urls_from_dns():
        try:
            _fetch(str(url))
        except PacError:
            continue
        return str(url), WPAD
    return None


def _fetch(pac_url: str) -> str:
    with _lock:
        cached = _cache.get(pac_url)
    if cached is not None and time.monotonic() - cached[0] < CACHE_S:
        return cached[1]
    text = _download(pac_url)
    with _lock:
        _cache[pac_url] = (time.monotonic(), text)
    return text


def _download(pac_url: str) -> str:
    parts = urlsplit(pac_url)
    if parts.scheme in ("http", "https"):
        try:
            response = httpx.get(
                pac_url,
                timeout=FETCH_TIMEOUT_S,
                verify=truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT),
                trust_env=False,  # a PAC file is fetched directly, never through a proxy
                follow_redirects=True,
            )
        except httpx.HTTPError as exc:
            raise PacError(pac_url, str(exc) or type(exc).__name__) from exc
        if response.status_code != 200:
            raise PacError(pac_url, f"HTTP {response.status_code} {response.reason_phrase}")
        if len(response.content) > MAX_PAC_BYTES:
            raise PacError(pac_url, "the file is too large to be a PAC file")
        return response.text
    if parts.scheme == "file":
        path = Path(urllib.request.url2pathname(parts.path))
    elif not parts.scheme or len(parts.scheme) == 1:  # a path, C:\proxy.pac too
        path = Path(pac_url)
    else:
        raise PacError(pac_url, f"unsupported address scheme {parts.scheme}:")
    try:
        with path.open("rb") as handle:
            return handle.read(MAX_PAC_BYTES + 1)[:MAX_PAC_BYTES].decode("utf-8", "replace")
    except OSError as exc:
        raise PacError(pac_url, exc.strerror or str(exc)) from exc


def find_proxy(pac_text: str, endpoint: str, pac_url: str = "") -> str:
    """FindProxyForURL(endpoint, host) of ``pac_text``."""
    from pypac.parser import PACFile

    host = urlsplit(endpoint).hostname or ""
    try:
        return str(PACFile(pac_text).find_proxy_for_url(endpoint, host)).strip()
    except Exception as exc:  # pypac's and the JavaScript engine's errors alike
        raise PacError(pac_url, f"the PAC file cannot be evaluated: {exc}") from exc


def first_usable(answer: str, pac_url: str = "") -> str | None:
    """The first entry of a PAC answer the uploader can use: None for DIRECT, a URL for
    PROXY/HTTP/HTTPS. Raises ``PacError`` when there is none (only SOCKS, or junk)."""
    for entry in (part.strip() for part in answer.split(";")):
        if not entry:
            continue
        words = entry.split()
        keyword = words[0].upper()
        if keyword == "DIRECT":
            return None
        if keyword in ("PROXY", "HTTP", "HTTPS") and len(words) == 2:
            scheme = "https" if keyword == "HTTPS" else "http"
            return f"{scheme}://{words[1]}"
    raise PacError(pac_url, f"no DIRECT or HTTP proxy in the PAC file's answer {answer!r}")


def forget() -> None:
    """Drop the cached PAC files (a setting changed; the tests)."""
    with _lock:
        _cache.clear()
