"""Saving to a file the user picks: the dialog, the write, and a plain message when
the write fails (the one flow every export on every page shares)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

T = TypeVar("T")


def save_as(
    parent: QWidget, title: str, suggested: str, file_filter: str, write: Callable[[Path], T]
) -> tuple[Path, T] | None:
    """Ask for a file, then ``write(path)``; None when cancelled or when it failed (the
    user was told why)."""
    name, _ = QFileDialog.getSaveFileName(parent, title, suggested, file_filter)
    if not name:
        return None
    try:
        return Path(name), write(Path(name))
    except OSError as exc:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("Files", "Export failed"),
            QCoreApplication.translate("Files", "{path} could not be written: {why}").format(
                path=name, why=exc.strerror or exc
            ),
        )
        return None
