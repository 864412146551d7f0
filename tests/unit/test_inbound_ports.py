"""The inbound-port check sees the app's whole process tree on every OS (psutil), not
only this process's sockets on Linux (issue 21)."""

from __future__ import annotations

import socket
import subprocess
import sys

import pytest

from proactive_gui.netcheck import local
from proactive_gui.netcheck.result import FAIL

LISTENER = (
    "import socket, sys, time\n"
    "s = socket.create_server(('127.0.0.1', 0))\n"
    "print(s.getsockname()[1], flush=True)\n"
    "time.sleep(30)\n"
)


def test_a_port_a_child_process_listens_on_fails_the_check() -> None:
    with subprocess.Popen(
        [sys.executable, "-c", LISTENER], stdout=subprocess.PIPE, text=True
    ) as child:
        try:
            assert child.stdout is not None
            port = int(child.stdout.readline())
            result = local.inbound(frozenset())
        finally:
            child.kill()
    assert result.verdict == FAIL, result
    assert f"127.0.0.1:{port}" in result.evidence["listening"]


def test_the_check_runs_where_there_is_no_proc(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "win32")  # as on the instruments' PCs
    with socket.create_server(("127.0.0.1", 0)) as server:
        port = server.getsockname()[1]
        found = local.inbound(frozenset())
        left_out = local.inbound(frozenset({port}))
    assert found.verdict == FAIL and f"127.0.0.1:{port}" in found.evidence["listening"]
    assert f"127.0.0.1:{port}" not in left_out.evidence["listening"]
