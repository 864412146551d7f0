"""The project's own rules, checked on every run: lint, types, packaging, translations."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from proactive_gui.settings import SETTINGS
from tests.conftest import PYTHON, REPO

UI = REPO / "proactive_gui" / "ui"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=REPO, capture_output=True, text=True, timeout=600)


@pytest.mark.parametrize(
    "command",
    [("ruff", "check", "."), ("ruff", "format", "--check", "."), ("mypy",)],
    ids=["ruff-check", "ruff-format", "mypy"],
)
def test_lint_and_types_are_clean(command: tuple[str, ...]) -> None:
    result = run(PYTHON, "-m", *command)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]


def test_every_package_is_installed() -> None:
    listed = set(
        tomllib.loads((REPO / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"]
    )
    on_disk = {
        ".".join(init.parent.relative_to(REPO).parts)
        for init in (REPO / "proactive_gui").rglob("__init__.py")
    }
    assert on_disk <= listed, f"add to [tool.setuptools] packages: {sorted(on_disk - listed)}"
    assert "proactive_gui.resources" in listed


# Calls whose text a person reads, and which of their arguments carry that text.
VISIBLE_TEXT_ARGS: dict[str, tuple[int, ...]] = {
    "QLabel": (0,),
    "QPushButton": (0,),
    "QCheckBox": (0,),
    "QGroupBox": (0,),
    "QAction": (0,),
    "setText": (0,),
    "setToolTip": (0,),
    "setWindowTitle": (0,),
    "setPlaceholderText": (0,),
    "addItem": (0,),
    "showMessage": (0,),
    "setFormat": (0,),
    "setTitle": (0,),
    "pill": (0,),
    "setLabel": (1,),
    "TextItem": (0,),
    "card": (0,),
    "setStatusTip": (0,),
}


def _untranslated(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if not isinstance(node, ast.Call):
            continue
        name = (
            node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
        )
        for index in VISIBLE_TEXT_ARGS.get(name, ()):
            if index < len(node.args):
                arg = node.args[index]
                if (
                    isinstance(arg, ast.Constant)
                    and isinstance(arg.value, str)
                    and any(c.isalpha() for c in arg.value)
                ):
                    found.append(f"{path.relative_to(REPO)}:{node.lineno}: {arg.value!r}")
    return found


def test_visible_strings_in_the_ui_go_through_translation() -> None:
    problems = [p for path in sorted(UI.rglob("*.py")) for p in _untranslated(path)]
    assert not problems, "wrap in self.tr()/translate():\n" + "\n".join(problems)


def test_lupdate_collects_ui_and_core_strings(tmp_path: Path) -> None:
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    sources = [str(p) for p in sorted((REPO / "proactive_gui").rglob("*.py"))]
    ts = tmp_path / "proactive_gui_xx.ts"
    result = run(str(lupdate), *sources, "-ts", str(ts))
    assert result.returncode == 0, result.stderr
    text = ts.read_text()
    for source in (
        "Before you start a run",
        "Red laser power",
        "Reagent chiller drift",
        "Door closed",
    ):
        assert f"<source>{source}</source>" in text, source


README = (REPO / "README.md").read_text()


def test_readme_documents_every_setting() -> None:
    for spec in SETTINGS.values():
        default = spec.format(spec.default) or "(empty)"
        assert f"| `{spec.key}` | `{default}` | {spec.help} |" in README, spec.key


def test_readme_and_ci_name_the_same_system_libraries() -> None:
    ci = (REPO / ".ci" / "run").read_text()
    names = ("QT_LIBS", "PACKAGING_TOOLS", "SERVERS")
    ci_lists = [re.search(rf"{name}=\(([^)]*)\)", ci) for name in names]
    readme_lists = [  # python3-venv comes before the virtualenv, which CI makes its own way
        found
        for found in re.findall(r"sudo apt-get install ([^\n]+)", README)
        if found.split() != ["python3-venv"]
    ]
    assert all(ci_lists) and len(readme_lists) == len(names)
    for ci_list, readme_list in zip(ci_lists, readme_lists, strict=True):
        assert ci_list is not None and ci_list.group(1).split() == readme_list.split()


def test_ci_runs_the_readme_test_command() -> None:
    result = run("bash", ".ci/run", "--print-test-command")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == 'python -m pip install -e ".[test]" && python -m pytest'


def test_readme_screenshots_exist() -> None:
    for image in re.findall(r"\((docs/images/[^)]+\.png)\)", README):
        assert (REPO / image).stat().st_size > 10_000, image


def test_no_pyqtgraph_label_items_in_the_ui() -> None:
    """pyqtgraph's LabelItem (plot titles, in-plot legends) can run its resizeEvent after
    its text item is deleted while a window closes, and crash the process (seen here).
    Titles and legends are Qt labels instead (ui/plotting.py TitledPlot)."""
    offenders = []
    for path in sorted(UI.rglob("*.py")):
        for number, line in enumerate(path.read_text().splitlines(), 1):
            code = line.split("#", 1)[0]
            if re.search(
                r"\baddLegend\(|\bLabelItem\(|\bLegendItem\(|PlotWidget\([^)]*title=", code
            ):
                offenders.append(f"{path.relative_to(REPO)}:{number}: {line.strip()}")
    assert not offenders, "\n".join(offenders)
