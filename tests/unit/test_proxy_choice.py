"""Where the uploader's proxy comes from on Windows when the user has none: the
machine's WinHTTP proxy (``netsh winhttp set proxy``), read from its registry value."""

from __future__ import annotations

import struct
import sys
import urllib.request

import pytest

from proactive_gui.uplink import proxy, proxy_windows
from proactive_gui.uplink.proxy_windows import parse_winhttp, winhttp_proxy


def winhttp_value(server: str, bypass: str = "", flags: int = 0x3) -> bytes:
    """WinHttpSettings as netsh writes it: size, counter, flags, then the proxy list
    and the bypass list, each with its length."""
    return (
        struct.pack("<IIII", 0x28, 5, flags, len(server))
        + server.encode()
        + struct.pack("<I", len(bypass))
        + bypass.encode()
    )


def test_the_winhttp_value_is_read() -> None:
    value = winhttp_value("proxy.lab:8080", "*.lab.local;<local>")
    assert parse_winhttp(value) == ("proxy.lab:8080", "*.lab.local;<local>")
    assert winhttp_proxy("receiver.example.com", value) == "http://proxy.lab:8080"
    assert winhttp_proxy("lims.lab.local", value) is None  # bypassed
    assert winhttp_proxy("intranet", value) is None  # <local>: a name without dots
    per_scheme = winhttp_value("http=p1:80;https=p2:3128")
    assert winhttp_proxy("receiver.example.com", per_scheme) == "http://p2:3128"
    assert parse_winhttp(winhttp_value("", flags=0x1)) is None  # direct
    assert parse_winhttp(b"\x01\x02") is None  # damaged: no proxy, no error


def test_system_falls_back_to_winhttp_and_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    # the machine's edge: a Windows PC whose user has no proxy, whose machine has one
    for name in ("HTTPS_PROXY", "https_proxy", "ALL_PROXY", "all_proxy", "NO_PROXY", "no_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(urllib.request, "getproxies", dict)
    monkeypatch.setattr(urllib.request, "proxy_bypass", lambda host: False)
    monkeypatch.setattr(proxy_windows, "_read_blob", lambda: winhttp_value("proxy.lab:8080"))
    chosen = proxy.choose("system", "https://receiver.example.com")
    assert chosen.url == "http://proxy.lab:8080" and chosen.found_in == proxy.WINHTTP
