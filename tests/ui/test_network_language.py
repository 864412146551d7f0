"""The Network page in the window's language: the readiness checks' remedies, evidence
labels and worded evidence are German in a German window, with the real host, port and
issuer put in, while ``proactive-gui check``, the copied and the exported report stay
English for IT. The checks run against real things on loopback: a port nobody listens
on, and a TLS receiver whose CA this PC does not trust."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from proactive_gui.cli import main
from proactive_gui.netcheck.run import CheckRun
from proactive_gui.paths import app_paths
from proactive_gui.secrets import store_secret
from proactive_gui.ui.pages.network import NetworkPage
from proactive_gui.ui.theme import install_translation
from tests.e2e.test_faults import _free_port
from tests.ui.test_screens import clipped_labels, sideways
from tests.uplink_support import TOKEN, configure, make_certificates, running_collector

# A few hand-written German strings, as a translator would put them in the .ts files
GERMAN = {
    ("Netcheck", "Nothing answers on {target}. Allow outbound TCP to port {port} from this PC "
     "in the firewall, or check the address."):
        "Unter {target} antwortet nichts. Erlauben Sie in der Firewall ausgehende "
        "TCP-Verbindungen von diesem PC zu Port {port}, oder prüfen Sie die Adresse.",
    ("Netcheck", "the Outbound connection check did not pass"):
        "die Prüfung der ausgehenden Verbindung ist nicht bestanden",
    ("Netcheck", "OS keyring"): "Schlüsselbund des Betriebssystems",
    ("Netcheck", "Traffic to the receiver is presented with a certificate from an issuer "
     "this PC does not trust ({issuer}): a proxy or firewall is probably inspecting TLS. "
     "Add its CA with: proactive-gui config set ca_bundle FILE, or exempt {host} from "
     "inspection."):
        "Die Verbindung zum Empfänger zeigt ein Zertifikat eines Ausstellers, dem dieser PC "
        "nicht vertraut ({issuer}): wahrscheinlich prüft ein Proxy oder eine Firewall TLS. "
        "Fügen Sie dessen CA hinzu mit: proactive-gui config set ca_bundle DATEI, oder "
        "nehmen Sie {host} von der Prüfung aus.",
    ("Evidence", "target"): "Ziel",
    ("Evidence", "reason"): "Grund",
    ("Evidence", "where"): "Ablageort",
    ("Evidence", "issuer"): "Aussteller",
    ("Evidence", "token stored"): "Token gespeichert",
    ("NetworkPage", "yes"): "ja",
}  # fmt: skip


class DictTranslator(QTranslator):
    """A translator from a dict; None for the rest, so the German .ts answers those."""

    def __init__(self, table: dict[tuple[str, str], str]) -> None:
        super().__init__()
        self.table = table

    def translate(
        self, context: str, source_text: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        return self.table.get((context, source_text))

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def german(qapp: QApplication) -> Iterator[None]:
    install_translation(qapp, "de")  # the real German: titles, verdicts, the page's own
    extra = DictTranslator(GERMAN)
    qapp.installTranslator(extra)  # installed last: asked first
    yield
    qapp.removeTranslator(extra)
    for translator in qapp.findChildren(QTranslator):
        qapp.removeTranslator(translator)


def _run(qtbot: QtBot, port: int) -> NetworkPage:
    checks = CheckRun(app_paths().settings_file, own_servers=frozenset({port}))
    page = NetworkPage(checks)
    qtbot.addWidget(page)
    page.run_checks()
    qtbot.waitUntil(lambda: checks.finished_at is not None, timeout=15000)
    checks.stop()
    page.refresh()
    return page


def _select(page: NetworkPage, check_id: str) -> str:
    page.table.selectRow([r.id for r in page.results()].index(check_id))
    return page.details.text()


def test_a_dead_port_is_explained_in_german_and_stays_english_for_it(
    qtbot: QtBot, german: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = app_paths().ensure()
    store_secret("token", TOKEN)
    port = _free_port()  # nothing listens on it
    configure(paths, f"https://127.0.0.1:{port}", None)
    page = _run(qtbot, port)

    tcp = _select(page, "tcp")
    assert "Ausgehende Verbindung" in tcp and "Fehler" in tcp  # the .ts: title, verdict
    assert (
        f"Unter 127.0.0.1:{port} antwortet nichts. Erlauben Sie in der Firewall ausgehende "
        f"TCP-Verbindungen von diesem PC zu Port {port}, oder prüfen Sie die Adresse." in tcp
    )
    assert f"<b>Ziel</b>: 127.0.0.1:{port}" in tcp and "Nothing answers" not in tcp
    tls = _select(page, "tls")
    assert "<b>Grund</b>: die Prüfung der ausgehenden Verbindung ist nicht bestanden" in tls
    assert "did not pass" not in tls
    assert "<b>Ablageort</b>: Schlüsselbund des Betriebssystems" in _select(page, "token_store")
    assert "<b>Token gespeichert</b>: ja" in _select(page, "configuration")
    row = [r.id for r in page.results()].index("tcp")
    assert page.table.item(row, 3).text().startswith(f"Ziel: 127.0.0.1:{port}")

    # what IT reads stays English: the report the page exports, and the terminal's
    page.export(tmp_path / "report.json")
    exported = json.loads((tmp_path / "report.json").read_text())
    remedy = next(c["remedy"] for c in exported["checks"] if c["id"] == "tcp")
    assert remedy == (
        f"Nothing answers on 127.0.0.1:{port}. Allow outbound TCP to port {port} from this "
        "PC in the firewall, or check the address."
    )
    assert main(["check"]) == 1
    out = capsys.readouterr().out
    assert f"remedy: Nothing answers on 127.0.0.1:{port}." in out
    assert "reason: the Outbound connection check did not pass" in out
    assert "where: OS keyring" in out
    assert "antwortet" not in out and "Ziel" not in out


def test_an_inspecting_proxys_issuer_is_named_in_german(
    qtbot: QtBot, german: None, tmp_path: Path
) -> None:
    paths = app_paths().ensure()
    store_secret("token", TOKEN)
    certs = make_certificates(tmp_path / "certs")
    with running_collector(certs, tmp_path / "r") as receiver:
        configure(paths, receiver.url, None)  # its CA is not trusted here
        page = _run(qtbot, int(receiver.url.rsplit(":", 1)[1]))
    result = next(r for r in page.results() if r.id == "tls_inspection")
    issuer = result.evidence["issuer"]
    assert issuer and "inspecting TLS" in result.remedy  # English for the report
    shown = _select(page, "tls_inspection")
    assert f"<b>Aussteller</b>: {issuer}" in shown
    assert (
        f"dem dieser PC nicht vertraut ({issuer}): wahrscheinlich prüft ein Proxy" in shown
        and "nehmen Sie 127.0.0.1 von der Prüfung aus." in shown
    )

    # the longest remedy wraps inside an instrument's screen, in the window's language
    page.resize(1024, 600)
    page.show()
    for _ in range(4):
        QApplication.processEvents()
    assert page.width() == 1024 and not sideways(page)
    assert clipped_labels(page, page) == []
