"""The core is importable and usable without Qt; only proactive_gui.ui imports it."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
import textwrap
import tomllib
from pathlib import Path

import proactive_gui
from tests.conftest import PYTHON, REPO, subprocess_env

ENTRY_POINTS = {"proactive_gui.cli", "proactive_gui.__main__"}


def core_modules() -> list[str]:
    return sorted(
        m.name
        for m in pkgutil.walk_packages(proactive_gui.__path__, "proactive_gui.")
        if not m.name.startswith("proactive_gui.ui")
        and m.name not in ENTRY_POINTS
        and not m.name.startswith("proactive_gui.resources")
    )


def test_import_linter_contracts_are_kept() -> None:
    result = subprocess.run(
        [str(Path(sys.executable).with_name("lint-imports")), "--no-cache"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def test_the_qt_contract_names_every_core_module() -> None:
    config = tomllib.loads((REPO / "pyproject.toml").read_text())
    contract = next(
        c for c in config["tool"]["importlinter"]["contracts"] if c["id"] == "qt-free-core"
    )
    covered = contract["source_modules"]
    missing = [
        m for m in core_modules() if not any(m == c or m.startswith(c + ".") for c in covered)
    ]
    assert not missing, f"add to the qt-free-core contract: {missing}"


def test_core_imports_and_cli_runs_with_qt_made_unimportable(tmp_path: Path) -> None:
    script = textwrap.dedent(
        f"""
        import importlib, sys
        class NoQt:
            def find_spec(self, name, path=None, target=None):
                if name.split(".")[0] in {{"PySide6", "shiboken6", "pyqtgraph"}}:
                    raise ImportError("Qt is hidden for this test: " + name)
        sys.meta_path.insert(0, NoQt())
        for name in {core_modules()!r}:
            importlib.import_module(name)
        from proactive_gui.cli import main
        code = main(["config", "list"])
        assert not any(m.split(".")[0] in {{"PySide6", "pyqtgraph"}} for m in sys.modules)
        print("headless ok", code)
        """
    )
    result = subprocess.run(
        [PYTHON, "-c", script],
        capture_output=True,
        text=True,
        timeout=120,
        env=subprocess_env(tmp_path / "home"),
    )
    assert result.returncode == 0, result.stderr
    assert "headless ok 0" in result.stdout
    assert len(core_modules()) >= 10
