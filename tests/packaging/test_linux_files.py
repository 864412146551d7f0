"""The Linux desktop entry and AppStream metadata pass their validators and agree with
the app (its program name, its icon, its version)."""

from __future__ import annotations

import configparser
import shutil
import subprocess

import pytest
from defusedxml.ElementTree import parse

from proactive_gui import __version__
from tests.conftest import REPO

LINUX = REPO / "packaging" / "linux"
APP_ID = "org.proactivecompanion.ProactiveCompanion"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
ICONS = REPO / "resources" / "icons" / "hicolor"


def _tool(name: str) -> str:
    path = shutil.which(name)
    assert path, f"{name} is not installed (.ci/run installs it: see README, Packaging)"
    return path


@pytest.mark.parametrize(
    "command",
    [
        ["desktop-file-validate", str(DESKTOP)],
        ["appstreamcli", "validate", "--no-net", "--explain", str(METAINFO)],
    ],
    ids=["desktop-file-validate", "appstreamcli"],
)
def test_the_validators_pass(command: list[str]) -> None:
    result = subprocess.run([_tool(command[0]), *command[1:]], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in (result.stdout + result.stderr).lower().replace("errors: 0", "")


def test_they_name_the_program_the_icon_and_the_version() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(DESKTOP, encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Exec"].split()[0] == "proactive-gui"  # [project.scripts] and the frozen app
    icon = desktop["Icon"]
    assert (ICONS / "scalable" / "apps" / f"{icon}.svg").is_file()
    for size in (16, 24, 32, 48, 64, 128, 256):
        assert (ICONS / f"{size}x{size}" / "apps" / f"{icon}.png").is_file()

    root = parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.find("launchable").text == DESKTOP.name  # type: ignore[union-attr]
    assert root.findtext("icon") == icon
    releases = [r.get("version") for r in root.iter("release")]
    assert releases and releases[0] == __version__, "add a <release> for the new version"
