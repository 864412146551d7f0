"""The IT policy: an administrator-owned file that locks settings.

One ``key = value`` per line (``#`` starts a comment); ``reason = ...`` says why, and
is shown next to every locked setting. Keys ignore case, values may be quoted, and a
`` # comment`` may follow a value. The file is read as Windows tools write it: UTF-8
with or without a BOM, UTF-16 (PowerShell 5's ``>``), or cp1252/Latin-1 when it is not
UTF-8.

Each line is checked on its own: a line that is malformed, names an unknown setting or
holds an invalid value is reported with its number and left out, and the other lines
still apply. It fails closed: when the file exists but cannot be read, or holds a line
that is left out, the settings it could have been locking that would send data
(``FAIL_CLOSED``: the opt-in, off) are locked to their safe value unless a valid line
sets them, and their lock reason names the file and what was wrong.

Where it lives: ProgramData on Windows, /Library/Application Support on macOS, /etc
elsewhere; none of these follows an environment variable. ``$PROACTIVE_GUI_POLICY``
(for tests and the packaging smoke test) is honoured only where that machine-wide file
does not exist, so on a PC with a policy nothing a user sets can replace it.
"""

from __future__ import annotations

import codecs
import os
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

POLICY_ENV = "PROACTIVE_GUI_POLICY"
DEFAULT_REASON = "set by your IT department's policy"
FAIL_CLOSED: Mapping[str, object] = {"opt_in": False}  # setting -> its value that sends nothing
MAX_BYTES = 64 * 1024  # a policy is a few lines; anything larger is not one
_CSIDL_COMMON_APPDATA = 35  # ProgramData


def _program_data() -> Path:
    """ProgramData as Windows itself resolves it (not ``%PROGRAMDATA%``, which any
    process can set)."""
    if sys.platform == "win32":
        import ctypes

        buffer = ctypes.create_unicode_buffer(1024)
        shell32 = ctypes.windll.shell32
        if shell32.SHGetFolderPathW(None, _CSIDL_COMMON_APPDATA, None, 0, buffer) == 0:
            return Path(buffer.value)
    return Path(r"C:\ProgramData")  # the standard place, should the shell fail


def machine_policy_path() -> Path:
    """The machine-wide policy file, where only an administrator can write."""
    if sys.platform == "win32":
        folder = _program_data() / "Proactive Companion"
    elif sys.platform == "darwin":
        folder = Path("/Library/Application Support/Proactive Companion")
    else:
        folder = Path("/etc/proactive-gui")
    return folder / "policy.conf"


def _absent(path: Path) -> bool:
    """True only when nothing at all is at ``path``; a dangling link, a folder or a path
    that cannot be looked at counts as present (and then fails to read: fail closed)."""
    try:
        path.lstat()
    except FileNotFoundError:
        return True
    except OSError:
        return False
    return False


def policy_path(environ: Mapping[str, str] | None = None) -> Path:
    """The machine-wide file; ``$PROACTIVE_GUI_POLICY`` only where that file is absent."""
    machine = machine_policy_path()
    if not _absent(machine):
        return machine
    override = (os.environ if environ is None else environ).get(POLICY_ENV, "").strip()
    return Path(override) if override else machine


@dataclass(frozen=True)
class Policy:
    path: Path | None = None
    locked: dict[str, object] = field(default_factory=dict)  # key -> parsed value
    reason: str = DEFAULT_REASON
    problems: tuple[str, ...] = ()  # "<file> line 4: ..." for each line left out (shown by
    # config and check on stderr, and logged)
    reasons: dict[str, str] = field(default_factory=dict)  # key -> its own reason (fail-closed)

    def reason_for(self, key: str) -> str | None:
        """Why ``key`` is locked, or None when the policy does not lock it."""
        if key not in self.locked:
            return None
        return self.reasons.get(key, self.reason)


Parsers = Mapping[str, Callable[[str], object]]  # setting -> its validating parser


def decode_policy(data: bytes) -> str:
    """The text of a policy file as Windows and Unix tools write it."""
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ):
        if data.startswith(bom):
            return data[len(bom) :].decode(encoding, errors="replace")
    if b"\x00" in data and len(data) % 2 == 0:  # UTF-16 without a BOM: ASCII has a 0 byte
        even, odd = data[0::2].count(0), data[1::2].count(0)
        if odd * 2 >= len(data) // 2 and not even:
            return data.decode("utf-16-le", errors="replace")
        if even * 2 >= len(data) // 2 and not odd:
            return data.decode("utf-16-be", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")  # Windows' "ANSI": Notepad, Set-Content
    except UnicodeDecodeError:
        return data.decode("latin-1")  # cp1252 leaves five bytes undefined


def _unquote(text: str) -> str:
    text = text.strip()
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "\"'":
        return text[1:-1].strip()
    return text


def _without_comment(value: str) -> str | None:
    """``value`` before a trailing `` # comment``, or None when it has none."""
    for mark in (" #", "\t#"):
        if mark in value:
            return _unquote(value.split(mark, 1)[0])
    return None


def _fail_closed(locked: dict[str, object], parsers: Parsers, why: str) -> dict[str, str]:
    """Lock each ``FAIL_CLOSED`` setting that no valid line locks; their reasons."""
    reasons = {}
    for key, safe in FAIL_CLOSED.items():
        if key in parsers and key not in locked:
            locked[key] = safe
            reasons[key] = why
    return reasons


def parse_policy(text: str, parsers: Parsers, path: Path | None = None) -> Policy:
    """The policy in ``text``; ``parsers`` check each value as the settings do."""
    name = path.name if path else "policy"
    locked: dict[str, object] = {}
    seen: dict[str, int] = {}  # key -> the line that locked it
    reasons: dict[str, str] = {}
    reason = DEFAULT_REASON
    left_out: list[tuple[int, str]] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip().lstrip("\ufeff").strip()
        if not line or line.startswith("#"):
            continue
        key, sep, value = line.partition("=")
        key = _unquote(key).lower().replace("-", "_")
        value = _unquote(value)
        if not sep or not key:
            left_out.append((number, "expected 'setting = value'"))
            continue
        if key == "reason":
            reason = value or DEFAULT_REASON
            continue
        parse = parsers.get(key)
        if parse is None:
            left_out.append((number, f"unknown setting '{key}'"))
            continue
        try:
            parsed = parse(value)
        except ValueError as exc:  # SettingError
            bare = _without_comment(value)
            try:
                if bare is None:
                    raise
                parsed = parse(bare)
            except ValueError:
                left_out.append((number, f"{key}: {exc}"))
                continue
        if key in locked and locked[key] != parsed:
            left_out.append((number, f"{key} differs from line {seen[key]}"))
            if key in FAIL_CLOSED:
                locked[key] = FAIL_CLOSED[key]
                where = path or name
                reasons[key] = (
                    f"the policy file {where} sets {key} differently on lines {seen[key]} "
                    f"and {number}, so it is held at its safe value until IT corrects it"
                )
            continue
        locked[key], seen[key] = parsed, number
    problems = tuple(f"{path or name} line {n}: {what}; line ignored" for n, what in left_out)
    if left_out:
        number, what = left_out[0]
        more = f" and {len(left_out) - 1} more" if len(left_out) > 1 else ""
        why = (
            f"the policy file {path or name} could not be understood at line {number} "
            f"({what}){more}, so sending stays off until IT corrects it"
        )
        reasons |= _fail_closed(locked, parsers, why)
    return Policy(path, locked, reason, problems, reasons)


def _unreadable(path: Path, parsers: Parsers, what: str) -> Policy:
    locked: dict[str, object] = {}
    why = f"the policy file {path} {what}, so sending stays off until IT corrects it"
    reasons = _fail_closed(locked, parsers, why)
    return Policy(path, locked, problems=(f"{path}: the policy file {what}",), reasons=reasons)


def load_policy(parsers: Parsers, path: Path | None = None) -> Policy:
    """The policy in force: a missing file is no policy; one that cannot be read locks
    the ``FAIL_CLOSED`` settings and says why."""
    path = path or policy_path()
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except FileNotFoundError:
        return Policy(path) if _absent(path) else _unreadable(path, parsers, "cannot be read")
    except OSError as exc:
        return _unreadable(path, parsers, f"cannot be read ({exc.strerror or exc})")
    if len(data) > MAX_BYTES:
        return _unreadable(path, parsers, f"is larger than {MAX_BYTES // 1024} KiB")
    return parse_policy(decode_policy(data), parsers, path)
