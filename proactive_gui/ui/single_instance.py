"""One window per user and source: a second start hands its wish to the first and ends.

The first window listens on a local socket (``QLocalServer``: a named pipe on Windows,
a socket in the user's runtime folder elsewhere) named after the app's data folder and
the kind of source, so the demo and the real instrument are separate, as are instances
moved with ``PROACTIVE_GUI_HOME``. A second start connects, sends one line — ``show``,
or ``open <folder>`` — and exits; the first brings its window up or opens the folder.
(qutebrowser's ``misc/ipc.py`` does the same.)
"""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

CONNECT_TIMEOUT_MS = 500
SHOW, OPEN = "show", "open"


def instance_name(data_dir: Path, demo: bool) -> str:
    """The socket's name: per data folder (so per user) and per kind of source."""
    digest = hashlib.sha256(str(data_dir.resolve()).encode("utf-8")).hexdigest()[:16]
    return f"proactive-gui-{'demo' if demo else 'instrument'}-{digest}"


def message_for(run_folder: Path | None) -> str:
    return f"{OPEN} {run_folder}" if run_folder is not None else SHOW


def hand_over(name: str, message: str) -> bool:
    """Give ``message`` to a running window; True when one took it (then exit)."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
        return False
    socket.write((message + "\n").encode("utf-8"))
    delivered = socket.waitForBytesWritten(CONNECT_TIMEOUT_MS)
    socket.disconnectFromServer()
    return delivered


class RunningInstance(QObject):
    """The first window's end of the socket: ``asked`` carries each message."""

    asked = Signal(str)

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not self.server.listen(name):
            QLocalServer.removeServer(name)  # a socket left by a process that crashed
            if not self.server.listen(name):
                log.warning("no single-instance socket %s: %s", name, self.server.errorString())
        self.server.newConnection.connect(self._connected)

    def _connected(self) -> None:
        """Read the second start's one line (it is sent at once, with the connection)."""
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            if socket.waitForReadyRead(CONNECT_TIMEOUT_MS):
                line = bytes(socket.readAll().data()).decode("utf-8", "replace").strip()
                for message in filter(None, line.splitlines()):
                    self.asked.emit(message.strip())
            socket.abort()
            socket.deleteLater()

    def close(self) -> None:
        self.server.close()
