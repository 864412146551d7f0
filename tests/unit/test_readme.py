"""The README is true for a newcomer: every command in its ```sh blocks that can run on
this machine runs (in a throwaway home, with placeholders filled in), and one that the
parser does not know, or that fails, fails here; its links lead to files of the
project; no sh block holds a Windows path; and what it promises about the IT policy and
the language setting holds.

A command that cannot run here is skipped by ``SKIPPED`` (with the reason) or, for the
window itself, because the parser says it opens the window; everything else in a sh
block runs, so a command added to the README is tried by default.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
import shlex
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import certifi
import pytest

from proactive_gui.cli import main
from proactive_gui.cli.parser import build_parser
from proactive_gui.i18n import available_languages
from tests.conftest import PYTHON, REPO, SHARED_RUNS, subprocess_env

README_PATH = REPO / "README.md"
README = README_PATH.read_text(encoding="utf-8")
CI_MARK = "<!-- ci:test-command -->"

# Commands that cannot run here, by how they start, and why.
SKIPPED: dict[tuple[str, ...], str] = {
    ("sudo", "apt-get"): "installs system packages: needs root and a network (.ci/run does it)",
    ("python3", "-m", "venv"): "makes a virtual environment: the tests already run in one",
    (".",): "activates that virtual environment",
    ("python", "-m", "pip", "install"): "installs the app: the tests run the installed app",
    ("python", "packaging/build.py"): "freezes the app (minutes): tests/packaging runs it",
}
WINDOW = "opens the window: needs a display (tests/ui start the real window)"

# Exit codes a command may end with here besides 0, and why.
ALSO_ALLOWED: dict[str, tuple[set[int], str]] = {
    "check": ({1}, "nothing answers at the receiver's address here, so a stage fails"),
    "deliver": ({1}, "nothing answers at the receiver's address: the queue stays (exit 1)"),
}

RUN = SHARED_RUNS / "MiSeq_140211_M00612_0148_000000000-A7M8N"  # complete, small
NEXTSEQ = SHARED_RUNS / "NextSeq2000_220112_VH00559_4_AAANY2JM5"


@dataclass(frozen=True)
class Block:
    line: int  # of the opening fence, 1-based
    language: str
    text: str
    ci: bool  # the block CI runs (after <!-- ci:test-command -->)


def code_blocks(text: str) -> list[Block]:
    blocks: list[Block] = []
    lines = text.splitlines()
    index = 0
    while index < len(lines):
        fence = re.match(r"^```(\S*)\s*$", lines[index])
        if fence is None:
            index += 1
            continue
        start = index
        index += 1
        body: list[str] = []
        while index < len(lines) and not lines[index].startswith("```"):
            body.append(lines[index])
            index += 1
        before = [line for line in lines[:start] if line.strip()]
        ci = bool(before) and before[-1].strip() == CI_MARK
        blocks.append(Block(start + 1, fence.group(1), "\n".join(body), ci))
        index += 1
    return blocks


def sh_blocks() -> list[Block]:
    return [block for block in code_blocks(README) if block.language == "sh"]


@dataclass(frozen=True)
class Command:
    line: int
    argv: list[str]
    stdin: str | None = None  # file after <
    stdout: str | None = None  # file after >

    def __str__(self) -> str:
        return f"README line {self.line}: {shlex.join(self.argv)}"


def commands(block: Block) -> Iterator[Command]:
    """Each command of a block: continuation lines joined, comments dropped, ``&&``
    chains split, ``<`` and ``>`` taken as files."""
    text = block.text.replace("\\\n", " ")
    for offset, line in enumerate(text.splitlines(), start=1):
        tokens = shlex.split(line, comments=True)
        part: list[str] = []
        for token in [*tokens, "&&"]:
            if token != "&&":
                part.append(token)
                continue
            if part:
                yield _command(block.line + offset, part)
            part = []


def _command(line: int, tokens: list[str]) -> Command:
    argv: list[str] = []
    files: dict[str, str] = {}
    it = iter(tokens)
    for token in it:
        if token in ("<", ">"):
            files[token] = next(it)
        else:
            argv.append(token)
    return Command(line, argv, files.get("<"), files.get(">"))


def skip_reason(command: Command) -> str | None:
    for start, why in SKIPPED.items():
        if tuple(command.argv[: len(start)]) == start:
            return why
    return None


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def placeholders(out: Path, port: int) -> dict[str, str]:
    """What the README's placeholders stand for here. Addresses are a closed port on
    loopback: nothing leaves this machine."""
    nothing = f"127.0.0.1:{port}"
    return {
        "/path/to/run": str(RUN),
        "/path/to/220112_VH00559_4_AAANY2JM5": str(NEXTSEQ),
        "/path/to/MiSeqOutput": str(SHARED_RUNS),
        "DIR": str(out),
        "/etc/ssl/inspecting-proxy-ca.pem": certifi.where(),
        "https://proactive.example.com": f"https://{nothing}",
        "https://other.example": f"https://{nothing}",
        "http://proxy.example:3128": f"http://{nothing}",
    }


def parse_problem(argv: list[str]) -> tuple[str | None, str | None]:
    """(the command the parser found, or None for the window; argparse's complaint)."""
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        try:
            args = build_parser().parse_args(argv)
        except SystemExit as exc:
            return ("help", None) if exc.code == 0 else (None, err.getvalue().strip())
    return args.command, None


def app_command() -> list[str]:
    entry = Path(sys.executable).with_name("proactive-gui")
    return [str(entry)] if entry.exists() else [PYTHON, "-m", "proactive_gui"]


@pytest.fixture(scope="module")
def readme_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("readme")


def test_the_readme_commands_run(readme_home: Path) -> None:
    if not RUN.is_dir() or not NEXTSEQ.is_dir():
        pytest.skip(f"the shared run folders are not here ({SHARED_RUNS})")
    work, home, out = readme_home / "cwd", readme_home / "home", readme_home / "snapshots"
    work.mkdir()
    (work / "token.txt").write_text("tok_readme_3f9a1c7e5b2d\n")
    env = subprocess_env(home)
    env["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), env.get("PATH", "")])
    for name in ("HTTPS_PROXY", "https_proxy", "ALL_PROXY", "all_proxy"):
        env.pop(name, None)  # "proxy = system" must not reach out either
    fill = placeholders(out, closed_port())
    payload_id = ""
    ran: list[str] = []
    failures: list[str] = []
    started = time.monotonic()
    for block in sh_blocks():
        if block.ci:
            continue  # CI runs it (.ci/run reads it from the README); running it here recurses
        for command in commands(block):
            argv = [fill.get(token, token) for token in command.argv]
            argv = [payload_id if token == "ID" and payload_id else token for token in argv]
            if skip_reason(command):
                continue
            if argv[0] != "proactive-gui":
                program = [argv[0]]
            else:
                found, problem = parse_problem(argv[1:])
                if problem is not None:
                    failures.append(f"{command}: the parser refuses it: {problem}")
                    continue
                if found is None:
                    continue  # WINDOW: the parser accepted it, which is what can be checked
                program = app_command()
            stdin = (work / command.stdin).open("rb") if command.stdin else None
            try:
                result = subprocess.run(
                    [*program, *argv[1:]],
                    stdin=stdin if stdin is not None else subprocess.DEVNULL,
                    capture_output=True,
                    cwd=work,
                    env=env,
                    timeout=60,
                )
            finally:
                if stdin is not None:
                    stdin.close()
            ran.append(str(command))
            stderr = result.stderr.decode(errors="replace")
            allowed = {0} | ALSO_ALLOWED.get(argv[1] if len(argv) > 1 else "", (set(), ""))[0]
            if result.returncode not in allowed or "Traceback" in stderr:
                failures.append(f"{command}: exit {result.returncode}: {stderr.strip()[-600:]}")
                continue
            if command.stdout:
                (work / command.stdout).write_bytes(result.stdout)
            if argv[1:2] == ["send"]:
                payload_id = result.stdout.decode().split()[0]
    took = time.monotonic() - started
    assert not failures, "\n".join(failures)
    assert len(ran) >= 15, ran  # the blocks were found and read
    # about 20 s here; a README command that waits (deliver --wait, a window) would show
    assert took < 120, f"the README's commands took {took:.0f} s"

    # and what they promise came true
    json.loads((work / "payload.json").read_bytes())  # exactly the bytes: JSON, nothing else
    assert sorted(p.name for p in out.glob("*.png"))  # snapshot wrote the pages
    for secret_file in ("secrets.json", "spool.key"):  # the file stores, for this user only
        mode = (home / "config" / secret_file).stat().st_mode & 0o777
        assert mode == 0o600, f"{secret_file}: {oct(mode)}"
    assert "tok_readme" not in (home / "config" / "settings.json").read_text()


def test_every_skip_is_used_and_the_window_commands_parse() -> None:
    """The skip list stays small and true: each entry skips a command the README has
    (none is left over), and each command that opens the window is one the parser
    accepts."""
    used: set[tuple[str, ...]] = set()
    windows = []
    for block in sh_blocks():
        if block.ci:
            continue
        for command in commands(block):
            start = next((s for s in SKIPPED if tuple(command.argv[: len(s)]) == s), None)
            if start is not None:
                used.add(start)
            elif command.argv[0] == "proactive-gui":
                found, problem = parse_problem(command.argv[1:])
                if found is None and problem is None:
                    windows.append(command)
    assert used == set(SKIPPED)
    assert len(windows) >= 2, windows


def test_the_ci_block_is_found_and_kept_as_ci_runs_it() -> None:
    ci = [block for block in sh_blocks() if block.ci]
    assert len(ci) == 1
    assert ci[0].text.strip() == 'python -m pip install -e ".[test]" && python -m pytest'


def test_every_relative_link_leads_to_a_file_of_the_project() -> None:
    targets = re.findall(r"\]\(([^)\s]+)\)", README)
    relative = [t for t in targets if not re.match(r"^[a-z]+:", t) and not t.startswith("#")]
    assert "docs/ARCHITECTURE.md" in relative
    for target in relative:
        name, _, anchor = target.partition("#")
        path = (README_PATH.parent / name).resolve()
        assert path.is_relative_to(REPO), f"{target} is outside the project"
        assert path.is_file(), f"{target} does not exist"
        if anchor and path.suffix == ".md":
            assert anchor in heading_anchors(path.read_text(encoding="utf-8")), target


def heading_anchors(text: str) -> set[str]:
    """The anchors GitHub gives a Markdown file's headings."""
    headings = re.findall(r"^#+\s+(.+?)\s*$", text, flags=re.MULTILINE)
    return {re.sub(r"[^\w\- ]", "", h.lower()).replace(" ", "-") for h in headings}


def test_every_code_block_says_its_language() -> None:
    """So that a shell command cannot slip past these tests in an unlabelled block."""
    unlabelled = [block.line for block in code_blocks(README) if not block.language]
    assert not unlabelled, f"README lines {unlabelled}: a ``` block without a language"


def test_no_sh_block_holds_a_windows_path() -> None:
    """In sh a backslash escapes the next character: D:\\Illumina becomes D:Illumina.
    Only a line continuation may have one."""
    for block in sh_blocks():
        for offset, line in enumerate(block.text.splitlines(), start=1):
            assert "\\" not in line.rstrip().removesuffix("\\"), (
                f"README line {block.line + offset}: a backslash in a sh block: {line.strip()}"
            )


def test_the_readme_names_exactly_the_languages_the_app_accepts(
    capsys: pytest.CaptureFixture[str],
) -> None:
    row = next(line for line in README.splitlines() if line.startswith("| `language` |"))
    named = set(re.findall(r"\b([a-z]{2})\b", row.split("one of")[1].split(";")[0]))
    assert named == set(available_languages()), row
    for code in available_languages():
        assert main(["config", "set", "language", code]) == 0
    assert main(["config", "set", "language", "xx"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: language: must be 'system' or one of ")
    assert all(code in err for code in available_languages()) and "Error" not in err


POLICY = (
    "reason = Lab IT (ticket 4711)\n"
    "opt_in = false\n"
    "proxy: none\n"  # line 3: not 'setting = value'
    "colour = blue\n"  # line 4: no such setting
)


def test_a_malformed_policy_line_is_shown_with_its_number_by_config_and_check(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    Path(os.environ["PROACTIVE_GUI_POLICY"]).write_text(POLICY)
    assert main(["config", "list"]) == 0
    captured = capsys.readouterr()
    assert "opt_in = false  (locked by IT policy: Lab IT (ticket 4711))" in captured.out
    lines = captured.err.splitlines()
    assert any(
        line.startswith("warning: IT policy: ")
        and "line 3: expected 'setting = value'; line ignored" in line
        for line in lines
    ), captured.err
    assert any("line 4: unknown setting 'colour'" in line for line in lines), captured.err
    assert str(Path(os.environ["PROACTIVE_GUI_POLICY"])) in captured.err  # which file

    assert main(["check", "--json", "--endpoint", f"https://127.0.0.1:{closed_port()}"]) == 1
    captured = capsys.readouterr()
    json.loads(captured.out)  # stdout stays the report alone
    assert "line 3: expected 'setting = value'" in captured.err
    assert "line 4: unknown setting 'colour'" in captured.err


def test_a_good_policy_says_nothing_more() -> None:
    Path(os.environ["PROACTIVE_GUI_POLICY"]).write_text("opt_in = false\n")
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        assert main(["config", "list"]) == 0
    assert err.getvalue() == ""
