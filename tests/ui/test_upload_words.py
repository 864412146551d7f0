"""What the upload engine says reaches the window in the window's language (issue 18):
the Uploads page and the Overview's queue line showed the engine's English in a German
window. The terminal (``deliver``, ``status``) keeps the English word for word."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication

from proactive_gui.instrument.simulator import demo_store
from proactive_gui.payload.build import build
from proactive_gui.payload.seal import seal
from proactive_gui.ui.pages.uploads import UploadsPage
from proactive_gui.uplink.engine import Backoff, State, UploadEngine
from proactive_gui.uplink.history import SentHistory
from proactive_gui.uplink.keys import SpoolKey
from proactive_gui.uplink.setup import Uplink
from proactive_gui.uplink.spool import Spool
from proactive_gui.uplink.transport import TransportConfig
from tests.uplink_support import TOKEN

UNREACHABLE = "the receiver cannot be reached (network down, wrong address, or refused)"
GERMAN = "der Empfänger ist nicht erreichbar (Netz aus, falsche Adresse oder abgelehnt)"


class _German(QTranslator):
    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        if (context, source) == ("Upload", UNREACHABLE):
            return GERMAN
        if (context, source) == ("UploadsPage", "Next try at {time}: {why}"):
            return "Nächster Versuch um {time}: {why}"
        return None

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def german(qapp: QApplication) -> Iterator[None]:
    translator = _German()
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


def test_the_engines_words_are_shown_translated_and_kept_in_english(
    qtbot: object, tmp_path: Path, german: None
) -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        closed = f"https://127.0.0.1:{probe.getsockname()[1]}"
    spool = Spool(tmp_path / "spool", SpoolKey(bytes(range(32)), "keyring"))
    spool.put(seal(build("health", demo_store(epoch=0.0), machine=[], opted_in=True)))
    engine = UploadEngine(
        spool,
        SentHistory(tmp_path / "sent.jsonl"),
        config=lambda: TransportConfig(closed, "", "none", timeout_s=2.0),
        token=lambda: TOKEN,
        opted_in=lambda: True,
        backoff=Backoff(base_s=60.0, cap_s=60.0),
    )
    engine.step()  # one real attempt, on this thread
    status = engine.status
    assert status.state == State.WAITING and status.problem == UNREACHABLE  # the terminal's
    page = UploadsPage(Uplink(spool, engine, engine.history))
    _, _, detail = page.state_text(status)
    assert detail.startswith("Nächster Versuch um ") and detail.endswith(GERMAN)
    page.deleteLater()
