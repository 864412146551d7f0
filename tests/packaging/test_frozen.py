"""The frozen app: packaging/build.py builds it with PyInstaller and smoke-tests it
without Python (version, every page rendered offscreen, a readiness report against an
endpoint where nothing listens, a real run folder read through InterOp, the receiver's
help). About a minute and a half; the figures are printed (pytest -s shows them)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO


@pytest.mark.timeout(1500)
def test_the_frozen_app_builds_and_passes_its_smoke_test(tmp_path: Path) -> None:
    report = tmp_path / "figures.json"
    command = [sys.executable, str(REPO / "packaging" / "build.py"), "--report", str(report)]
    command += ["--dist", str(tmp_path / "dist"), "--work", str(tmp_path / "work")]
    command += ["--startup-runs", "3"]
    result = subprocess.run(command, capture_output=True, text=True, cwd=REPO)
    print(result.stdout[-2500:])
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
    figures = json.loads(report.read_text("utf-8"))
    assert figures["smoke_ok"] is True
    startup = figures["startup_to_first_paint"]
    assert startup["frozen_s"] > 0 and startup["virtualenv_s"] > 0
    folder = tmp_path / "dist" / "proactive-gui"
    assert (folder / "proactive-gui").is_file() and (folder / "proactive-collector").is_symlink()
    # what the spec leaves out stays out
    internal = folder / "_internal"
    assert not list(internal.rglob("*qwayland*")) and not list(internal.rglob("libqgtk3*"))
    qt_translations = internal / "PySide6" / "Qt" / "translations"
    assert sorted(p.name for p in qt_translations.iterdir()) == [
        "qtbase_de.qm",
        "qtbase_fr.qm",
        "qtbase_it.qm",
        "qtbase_ru.qm",
        "qtbase_zh_CN.qm",
    ]
    # QtNetwork is in for the single-instance socket; its TLS and network-information
    # plugins are not (the uploader's TLS is Python's)
    assert list(internal.rglob("libQt6Network*"))
    assert not list(internal.rglob("*plugins/tls*"))
    assert not list(internal.rglob("*networkinformation*"))
    # and what the app reads at run time is in
    bundled = internal / "proactive_gui" / "resources"
    for code in ("de", "fr", "it", "ru", "zh"):
        assert (bundled / "translations" / f"proactive_gui_{code}.ts").is_file()
    assert (bundled / "schema" / "payload-v2.json").is_file()
