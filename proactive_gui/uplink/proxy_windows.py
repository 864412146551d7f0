"""Windows' machine-wide proxy: WinHTTP's (``netsh winhttp set proxy``), which services
and other users' programs use, kept in the registry as a binary value. The user's own
(WinINet, Internet Options) is what ``urllib.request`` reads; this is the fallback when
that names none, as on a PC set up by IT for every user.
"""

from __future__ import annotations

import fnmatch
import struct
import sys

WINHTTP_KEY = r"SOFTWARE\Microsoft\Windows\CurrentVersion\Internet Settings\Connections"
WINHTTP_VALUE = "WinHttpSettings"
PROXY_FLAG = 0x2  # "use the proxy below" (0x1: direct)


def winhttp_proxy(host: str, blob: bytes | None = None) -> str | None:
    """WinHTTP's HTTPS proxy for ``host`` as a URL, or None (none set, bypassed, or not
    Windows). ``blob``: the registry value (read here when not given)."""
    if blob is None:
        blob = _read_blob()
    if not blob:
        return None
    parsed = parse_winhttp(blob)
    if parsed is None:
        return None
    server, bypass = parsed
    if _bypassed(host, bypass):
        return None
    return _https_entry(server)


def parse_winhttp(blob: bytes) -> tuple[str, str] | None:
    """(proxy server list, bypass list) from a WinHttpSettings value; None for direct
    or a value that cannot be read. The layout: DWORD size, DWORD counter, DWORD flags,
    then the proxy and the bypass list, each a DWORD length and that many ASCII bytes."""
    try:
        _, _, flags, length = struct.unpack_from("<IIII", blob, 0)
        server = blob[16 : 16 + length].decode("ascii")
        (bypass_length,) = struct.unpack_from("<I", blob, 16 + length)
        start = 20 + length
        bypass = blob[start : start + bypass_length].decode("ascii")
    except (struct.error, UnicodeDecodeError):
        return None
    if not flags & PROXY_FLAG or not server.strip():
        return None
    return server.strip(), bypass.strip()


def _https_entry(server: str) -> str | None:
    """The proxy for HTTPS, as a URL, from "host:port" or "http=h:p;https=h:p"."""
    entries = [e.strip() for e in server.replace(" ", ";").split(";") if e.strip()]
    by_scheme: dict[str, str] = {}
    for entry in entries:
        scheme, sep, address = entry.partition("=")
        if sep:
            by_scheme[scheme.lower()] = address
        else:
            by_scheme.setdefault("", entry)
    chosen = by_scheme.get("https") or by_scheme.get("")
    if not chosen:
        return None
    return chosen if "://" in chosen else f"http://{chosen}"


def _bypassed(host: str, bypass: str) -> bool:
    for pattern in (p.strip().lower() for p in bypass.replace(" ", ";").split(";")):
        if not pattern:
            continue
        if pattern == "<local>" and "." not in host:
            return True
        if fnmatch.fnmatch(host.lower(), pattern):
            return True
    return False


if sys.platform == "win32":
    import winreg

    def _read_blob() -> bytes | None:
        try:
            with winreg.OpenKey(winreg.HKEY_LOCAL_MACHINE, WINHTTP_KEY) as key:
                value, kind = winreg.QueryValueEx(key, WINHTTP_VALUE)
        except OSError:
            return None
        return bytes(value) if kind == winreg.REG_BINARY else None

else:

    def _read_blob() -> bytes | None:
        return None  # WinHTTP is Windows'
