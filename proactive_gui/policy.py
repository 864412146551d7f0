"""The IT policy: an administrator-owned file that locks settings.

One ``key = value`` per line (``#`` starts a comment); ``reason = ...`` says why, and
is shown next to every locked setting. Each line is checked on its own: a line that
is malformed, names an unknown setting or holds an invalid value is reported with its
number and left out, and the other lines still apply. Never half-applied in silence.

Where it lives: ``$PROACTIVE_GUI_POLICY`` if set; else ProgramData on Windows,
/Library/Application Support on macOS, /etc elsewhere.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

POLICY_ENV = "PROACTIVE_GUI_POLICY"
DEFAULT_REASON = "set by your IT department's policy"


def policy_path() -> Path:
    override = os.environ.get(POLICY_ENV, "").strip()
    if override:
        return Path(override)
    if sys.platform == "win32":
        root = os.environ.get("PROGRAMDATA", r"C:\ProgramData")
        return Path(root) / "Proactive Companion" / "policy.conf"
    if sys.platform == "darwin":
        return Path("/Library/Application Support/Proactive Companion/policy.conf")
    return Path("/etc/proactive-gui/policy.conf")


@dataclass(frozen=True)
class Policy:
    path: Path | None = None
    locked: dict[str, object] = field(default_factory=dict)  # key -> parsed value
    reason: str = DEFAULT_REASON
    problems: tuple[str, ...] = ()  # "policy.conf line 4: ..." for each line left out


Parsers = Mapping[str, Callable[[str], object]]  # setting -> its validating parser


def parse_policy(text: str, parsers: Parsers, path: Path | None = None) -> Policy:
    """The policy in ``text``; ``parsers`` check each value as the settings do."""
    name = path.name if path else "policy"
    locked: dict[str, object] = {}
    reason = DEFAULT_REASON
    problems = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        key, sep, value = line.partition("=")
        key, value = key.strip(), value.strip()
        if not sep or not key:
            problems.append(f"{name} line {number}: expected 'setting = value'; line ignored")
            continue
        if key == "reason":
            reason = value or DEFAULT_REASON
            continue
        parse = parsers.get(key)
        if parse is None:
            problems.append(f"{name} line {number}: unknown setting '{key}'; line ignored")
            continue
        try:
            locked[key] = parse(value)
        except ValueError as exc:  # SettingError
            problems.append(f"{name} line {number}: {key}: {exc}; line ignored")
    return Policy(path, locked, reason, tuple(problems))


def load_policy(parsers: Parsers, path: Path | None = None) -> Policy:
    """The policy in force; a missing file is no policy; an unreadable one is reported."""
    path = path or policy_path()
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return Policy(path)
    except (OSError, UnicodeDecodeError) as exc:
        return Policy(path, problems=(f"{path}: the policy file cannot be read ({exc})",))
    return parse_policy(text, parsers, path)
