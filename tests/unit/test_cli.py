from __future__ import annotations

import hashlib
import io
import json
import subprocess
from pathlib import Path

import pytest
import rfc8785

from proactive_gui import __version__
from proactive_gui.cli import display_problem, main
from proactive_gui.payload.seal import SealedPayload
from proactive_gui.secrets import service_for
from tests.conftest import PYTHON, SHARED_RUNS, MemoryKeyring, subprocess_env

TOKEN = "tok_3f9a1c7e5b2d4a6c8e0f"


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"proactive-gui {__version__}"


def test_config_set_get_list(capsys: pytest.CaptureFixture[str], app_home: Path) -> None:
    assert main(["config", "set", "endpoint", "https://proactive.example.com"]) == 0
    assert capsys.readouterr().out.strip() == "endpoint = https://proactive.example.com"
    assert main(["config", "get", "endpoint"]) == 0
    assert capsys.readouterr().out.strip() == "https://proactive.example.com"
    assert main(["config", "get", "opt_in"]) == 0
    assert capsys.readouterr().out.strip() == "false"
    assert main(["config", "list"]) == 0
    listing = capsys.readouterr().out.splitlines()
    assert "endpoint = https://proactive.example.com  (set)" in listing
    assert "opt_in = false  (default)" in listing
    stored = json.loads((app_home / "config" / "settings.json").read_text())
    assert stored["endpoint"] == "https://proactive.example.com"


def test_config_set_rejects_bad_value_with_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["config", "set", "endpoint", "http://insecure.example"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: endpoint:") and "https://" in err
    assert main(["config", "get", "endpoint"]) == 0
    assert capsys.readouterr().out.strip() == ""


def test_unknown_key_and_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["config", "get", "nope"]) == 2
    assert "known settings" in capsys.readouterr().err
    assert main(["config"]) == 2
    assert main(["frobnicate"]) == 2


def test_set_secret_goes_to_the_keyring_and_nowhere_else(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    memory_keyring: MemoryKeyring,
    app_home: Path,
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(TOKEN + "\n"))
    assert main(["config", "set-secret", "token"]) == 0
    assert memory_keyring.passwords[(service_for(app_home / "config"), "token")] == TOKEN
    out = capsys.readouterr()
    assert TOKEN not in out.out + out.err
    assert "stored in the OS keyring" in out.out
    for path in app_home.rglob("*"):
        if path.is_file():
            assert TOKEN not in path.read_text(errors="replace"), path


def test_empty_secret_is_refused(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    memory_keyring: MemoryKeyring,
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("\n"))
    assert main(["config", "set-secret", "token"]) == 2
    assert "empty" in capsys.readouterr().err
    assert memory_keyring.passwords == {}


def test_without_a_keyring_set_secret_says_so_in_a_real_process(tmp_path: Path) -> None:
    result = subprocess.run(
        [PYTHON, "-m", "proactive_gui", "config", "set-secret", "token"],
        input=TOKEN + "\n",
        capture_output=True,
        text=True,
        env=subprocess_env(tmp_path / "home"),
        timeout=60,
    )
    assert result.returncode == 1
    assert result.stderr.startswith("error: no OS keyring is available")
    assert "Traceback" not in result.stderr
    assert TOKEN not in result.stdout + result.stderr


def test_log_file_records_commands(app_home: Path) -> None:
    assert main(["config", "list"]) == 0
    log = (app_home / "logs" / "proactive-gui.log").read_text()
    assert "proactive-gui" in log and "config" in log


def test_gui_without_a_display_says_so_instead_of_crashing(tmp_path: Path) -> None:
    env = subprocess_env(tmp_path / "home")
    for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"):
        env.pop(name, None)
    result = subprocess.run(
        [PYTHON, "-m", "proactive_gui", "--demo"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert result.returncode == 1
    assert result.stderr.startswith("error: no display to open the window on")
    assert "snapshot --out DIR" in result.stderr


def test_display_problem_only_on_linux_without_any_display() -> None:
    assert display_problem({}, "linux") is not None
    assert display_problem({"DISPLAY": ":0"}, "linux") is None
    assert display_problem({"WAYLAND_DISPLAY": "wayland-0"}, "linux") is None
    assert display_problem({"QT_QPA_PLATFORM": "offscreen"}, "linux") is None
    assert display_problem({}, "win32") is None


def test_snapshot_to_an_unwritable_place_is_one_line(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    result = subprocess.run(
        [PYTHON, "-m", "proactive_gui", "snapshot", "--out", str(blocker / "shots")],
        capture_output=True,
        text=True,
        env=subprocess_env(tmp_path / "home"),
        timeout=120,
    )
    assert result.returncode == 1
    assert result.stderr.startswith(f"error: could not write the snapshots to {blocker / 'shots'}")
    assert "Traceback" not in result.stderr


def runinfo(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [PYTHON, "-m", "proactive_gui", "runinfo", *args],
        capture_output=True,
        text=True,
        env=subprocess_env(home),
        timeout=120,
    )


def test_runinfo_json_for_scripts(tmp_path: Path) -> None:
    folder = SHARED_RUNS / "MiSeq_131022_M00630_0101_000000000-A5Y02_inprogress"
    result = runinfo(str(folder), "--json", home=tmp_path)
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout)
    assert {
        k: summary[k]
        for k in (
            "instrument_model",
            "instrument_serial",
            "run_id",
            "flowcell",
            "state",
            "cycles_done",
            "cycles_planned",
        )
    } == {
        "instrument_model": "MiSeq",
        "instrument_serial": "M00630",
        "run_id": "131022_M00630_0101_000000000-A5Y02",
        "flowcell": "000000000-A5Y02",
        "state": "running",
        "cycles_done": 77,
        "cycles_planned": 308,
    }
    assert summary["yield_gb"] == pytest.approx(1.181, abs=1e-3)
    assert summary["percent_q30"] == pytest.approx(93.21, abs=1e-2)
    assert summary["error_rate"] is None  # no ErrorMetricsOut.bin: said, not invented
    assert [r["cycles"] for r in summary["reads"]] == [151, 6, 151]


def test_runinfo_text_for_people(tmp_path: Path) -> None:
    result = runinfo(str(SHARED_RUNS / "NextSeq2000_220112_VH00559_4_AAANY2JM5"), home=tmp_path)
    assert result.returncode == 0
    lines = dict(line.split("  ", 1) for line in result.stdout.splitlines())
    assert lines["Instrument"].strip() == "NextSeq 2000 VH00559"
    assert lines["State"].strip() == "complete: cycle 318 of 318"
    assert lines["Yield"].strip().startswith("40.77 Gb")


@pytest.mark.parametrize("make", ["empty-folder", "missing", "bad-xml"])
def test_runinfo_failures_are_one_line(tmp_path: Path, make: str) -> None:
    folder = tmp_path / "run"
    if make != "missing":
        folder.mkdir()
    if make == "bad-xml":
        (folder / "RunInfo.xml").write_text("<RunInfo><Run")
    result = runinfo(str(folder), home=tmp_path / "home")
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("error: ")
    assert "Traceback" not in result.stderr


def test_preview_raw_is_exactly_the_sealed_bytes(tmp_path: Path) -> None:
    folder = SHARED_RUNS / "NextSeq2000_220112_VH00559_4_AAANY2JM5"
    result = subprocess.run(
        [PYTHON, "-m", "proactive_gui", "preview", "--run-folder", str(folder), "--raw"],
        capture_output=True,
        env=subprocess_env(tmp_path),
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    sealed = SealedPayload.from_bytes(result.stdout)  # validates against the schema
    assert rfc8785.dumps(json.loads(result.stdout)) == result.stdout  # nothing added
    assert sealed.document()["run_configuration"]["run_id"] == "220112_VH00559_4_AAANY2JM5"


def test_preview_for_people_shows_size_and_digest_of_what_it_prints(tmp_path: Path) -> None:
    result = subprocess.run(
        [PYTHON, "-m", "proactive_gui", "preview", "--demo", "--at", "2"],
        capture_output=True,
        text=True,
        env=subprocess_env(tmp_path),
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    head, _, body = result.stdout.partition("{")
    shown, _, explained = body.partition("\nWhat each field is")
    document = json.loads("{" + shown.replace("   <- set when sealed", ""))
    data = rfc8785.dumps(document)
    assert f"Size: {len(data)} bytes" in head
    assert f"SHA-256: {hashlib.sha256(data).hexdigest()}" in head
    assert "Nothing was queued or sent" in head and "not yet sealed" in head
    assert "Why: " in explained
