"""The one HTTPS client of the app (uploads and readiness checks): TLS 1.2 at least,
certificates and host names always verified against the OS trust store plus an
optional extra CA bundle, a proxy from the settings or the system, a timeout on every
call, and connections reused."""

from __future__ import annotations

import ssl
import urllib.request
from dataclasses import dataclass
from urllib.parse import quote, urlsplit, urlunsplit

import httpx
import truststore

from proactive_gui import __version__

USER_AGENT = f"proactive-gui/{__version__}"


@dataclass(frozen=True)
class TransportConfig:
    endpoint: str
    ca_bundle: str = ""
    proxy: str = "system"  # "system", "none" or a URL
    proxy_password: str | None = None
    timeout_s: float = 20.0  # every call; connecting gets half


def tls_context(ca_bundle: str = "") -> ssl.SSLContext:
    """OS trust store (truststore), TLS 1.2 minimum, plus ``ca_bundle`` if given."""
    context = truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    if ca_bundle:
        context.load_verify_locations(cafile=ca_bundle)
    return context


def system_proxy(endpoint: str) -> str | None:
    """The operating system's HTTPS proxy for ``endpoint``: environment variables
    (HTTPS_PROXY, NO_PROXY), and on Windows the registry (Internet Options), on macOS
    System Configuration, as ``urllib.request`` reads them."""
    host = urlsplit(endpoint).hostname or ""
    if host and urllib.request.proxy_bypass(host):
        return None
    proxies = urllib.request.getproxies()
    return proxies.get("https") or proxies.get("all") or None


def _proxy_url(config: TransportConfig) -> str | None:
    if config.proxy == "system":
        return system_proxy(config.endpoint)
    if config.proxy in ("none", ""):
        return None
    parts = urlsplit(config.proxy)
    if config.proxy_password and parts.username:
        netloc = f"{quote(parts.username)}:{quote(config.proxy_password)}@{parts.hostname}"
        if parts.port:
            netloc += f":{parts.port}"
        return urlunsplit(parts._replace(netloc=netloc))
    return config.proxy


def make_client(config: TransportConfig) -> httpx.Client:
    return httpx.Client(
        verify=tls_context(config.ca_bundle),
        timeout=httpx.Timeout(config.timeout_s, connect=config.timeout_s / 2),
        proxy=_proxy_url(config),
        trust_env=False,  # the proxy is resolved above, from the settings or the system
        headers={"User-Agent": USER_AGENT},
        follow_redirects=False,
    )
