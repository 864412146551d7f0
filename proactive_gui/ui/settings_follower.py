"""The window follows settings changed elsewhere: ``consent on`` or ``config set`` in a
terminal, IT's script, another window.

The operating system says when the settings folder changes (a file watcher on the
folder: the file itself is replaced on every write, which ends a watch on the file).
The settings are then read again, and ``changed`` names the keys whose values differ,
so the window takes them in as it does its own changes. A write by this window itself
changes nothing: its copy is already up to date.
"""

from __future__ import annotations

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from proactive_gui.settings import SETTINGS, Settings

SETTLE_MS = 200  # an editor's or a script's writes come in bursts: read once they settle


class SettingsFollower(QObject):
    changed = Signal(list)  # the keys changed elsewhere

    def __init__(self, settings: Settings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self._watcher = QFileSystemWatcher([str(settings.path.parent)], self)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self.look)
        self._watcher.directoryChanged.connect(lambda _: self._settle.start())

    def look(self) -> list[str]:
        """Read the settings again; emit and return the keys whose values changed."""
        before = {key: self.settings.get(key) for key in SETTINGS}
        self.settings.reload()
        keys = [key for key in SETTINGS if self.settings.get(key) != before[key]]
        if keys:
            self.changed.emit(keys)
        return keys

    def stop(self) -> None:
        self._settle.stop()
        self._watcher.removePaths(self._watcher.directories())
