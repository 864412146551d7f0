"""Hostile run-folder files get a clear sentence, never a traceback or a hang."""

from __future__ import annotations

import os
import subprocess
import time
from pathlib import Path

import pytest

from proactive_gui.runs.folder import load_run_folder
from proactive_gui.runs.isolation import close_shared_worker
from proactive_gui.runs.runinfo import parse_runinfo
from proactive_gui.runs.xmlfile import RunFolderError, read_xml
from tests.conftest import PYTHON, subprocess_env
from tests.runfolders import copy_run

MISEQ = "MiSeq_140211_M00612_0148_000000000-A7M8N"


@pytest.fixture(autouse=True)
def _worker() -> object:
    yield
    close_shared_worker()


def _cli(home: Path, *args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [PYTHON, "-m", "proactive_gui", *args],
        capture_output=True,
        text=True,
        env=subprocess_env(home),
        timeout=timeout,
    )


def test_a_deeply_nested_run_parameters_is_refused_in_one_line(tmp_path: Path) -> None:
    run = copy_run(MISEQ, tmp_path)
    (run / "runParameters.xml").write_text(
        "<RunParameters>" + "<a>" * 1000 + "x" + "</a>" * 1000 + "</RunParameters>",
        encoding="utf-8",
    )
    result = _cli(tmp_path / "home", "runinfo", str(run))
    assert "Traceback" not in result.stderr and "RecursionError" not in result.stderr
    assert "nested" in result.stderr
    assert result.returncode == 0  # the rest of the folder is still shown


def test_a_fifo_is_not_read_and_does_not_hang(tmp_path: Path) -> None:
    run = copy_run(MISEQ, tmp_path)
    (run / "runParameters.xml").unlink()
    os.mkfifo(run / "runParameters.xml")
    os.mkfifo(run / "InterOp" / "ErrorMetricsOut.bin")
    began = time.monotonic()
    loaded = load_run_folder(run)
    assert time.monotonic() - began < 20
    text = " ".join(loaded.problems)
    assert "not a regular file" in text and "ErrorMetricsOut.bin" in text


def test_a_utf16_runinfo_is_named_as_such(tmp_path: Path) -> None:
    run = copy_run(MISEQ, tmp_path)
    text = (run / "RunInfo.xml").read_text(encoding="utf-8")
    (run / "RunInfo.xml").write_text(
        text.replace('encoding="utf-8"', 'encoding="utf-16"'), encoding="utf-16"
    )
    with pytest.raises(RunFolderError, match="UTF-16"):
        read_xml(run / "RunInfo.xml")


def test_an_absurd_cycle_count_is_refused_before_any_work(tmp_path: Path) -> None:
    run = copy_run(MISEQ, tmp_path)
    info = run / "RunInfo.xml"
    original = info.read_text(encoding="utf-8")
    first = original.index('NumCycles="') + len('NumCycles="')
    end = original.index('"', first)
    info.write_text(original[:first] + "999999999" + original[end:], encoding="utf-8")
    began = time.monotonic()
    with pytest.raises(RunFolderError, match="NumCycles"):
        parse_runinfo(info)
    assert time.monotonic() - began < 5


def test_a_closed_pipe_ends_a_command_quietly(tmp_path: Path) -> None:
    reader = subprocess.Popen(
        ["head", "-c", "10"], stdin=subprocess.PIPE, stdout=subprocess.DEVNULL
    )
    result = subprocess.run(
        [PYTHON, "-m", "proactive_gui", "preview", "--demo"],
        stdout=reader.stdin,
        stderr=subprocess.PIPE,
        text=True,
        env=subprocess_env(tmp_path / "home"),
        timeout=60,
    )
    assert reader.stdin is not None
    reader.stdin.close()
    reader.wait(10)
    assert "Traceback" not in result.stderr and "BrokenPipeError" not in result.stderr
