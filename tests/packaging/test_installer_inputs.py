"""The Windows installer cannot be compiled here; what it is made from is tested: the
version and file list generated from pyproject.toml and the build, and the script's
promises (per machine, Start menu, start in the tray, user data kept unless asked)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

from proactive_gui import __version__
from proactive_gui.cli import build_parser
from tests.conftest import REPO

sys.path.insert(0, str(REPO / "packaging"))
import build

SCRIPT = (REPO / "packaging" / "windows" / "proactive-gui.iss").read_text("utf-8")


def test_the_version_comes_from_pyproject() -> None:
    assert build.project_version() == __version__
    assert build.quad("0.1.0") == "0.1.0.0" and build.quad("2.3") == "2.3.0.0"


def test_the_include_lists_every_file_of_the_build(tmp_path: Path) -> None:
    folder = tmp_path / "dist" / "proactive-gui"
    (folder / "_internal" / "PySide6" / "Qt" / "plugins").mkdir(parents=True)
    (folder / "proactive-gui.exe").write_bytes(b"MZ")
    (folder / "_internal" / "base_library.zip").write_bytes(b"PK")
    (folder / "_internal" / "PySide6" / "Qt" / "plugins" / "qwindows.dll").write_bytes(b"MZ")
    out = build.installer_include(folder, "1.2.3", tmp_path / "app.ico", tmp_path / "gen.iss")
    text = out.read_text("utf-8")
    assert '#define AppVersion "1.2.3"' in text and '#define AppVersionQuad "1.2.3.0"' in text
    files = re.findall(r'^Source: "\{#DistDir\}\\(.+?)"; DestDir: "(.+?)"', text, re.MULTILINE)
    assert files == [
        (r"_internal\PySide6\Qt\plugins\qwindows.dll", r"{app}\_internal\PySide6\Qt\plugins"),
        (r"_internal\base_library.zip", r"{app}\_internal"),
        ("proactive-gui.exe", "{app}"),
    ]


def test_the_windows_version_resource_is_valid_python(tmp_path: Path) -> None:
    text = build.version_resource("1.2.3", tmp_path / "v.txt").read_text("utf-8")
    compile(text, "version_info", "eval")  # PyInstaller evaluates it
    assert "(1, 2, 3, 0)" in text and "'ProductVersion', '1.2.3'" in text


def test_the_script_keeps_its_promises() -> None:
    assert '#include "..\\..\\build\\installer\\generated.iss"' in SCRIPT
    for line in (
        "PrivilegesRequired=admin",  # per machine
        "DefaultDirName={autopf}\\{#AppName}",  # under Program Files
        "AppVersion={#AppVersion}",
        "SetupIconFile={#SetupIcon}",
        "UninstallDisplayIcon={app}\\{#AppExe}",
    ):
        assert line in SCRIPT, line
    assert re.search(
        r'^Name: "\{group\}\\\{#AppName\}"; Filename: "\{app\}\\\{#AppExe\}"', SCRIPT, re.M
    )
    startup = re.search(
        r'^Name: "\{commonstartup\}.*Parameters: "([^"]+)"; Tasks: startup', SCRIPT, re.M
    )
    assert startup, "start with Windows"
    assert build_parser().parse_args(startup.group(1).split()).in_tray  # a real option
    # user data is removed only when asked, and the default answer is No
    assert "MB_DEFBUTTON2" in SCRIPT and "/REMOVEUSERDATA" in SCRIPT
    assert "{localappdata}\\proactive-gui" in SCRIPT  # platformdirs' folder for the app
