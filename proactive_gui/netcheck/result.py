"""One stage's outcome: its verdict, duration, evidence and remedy, in English for the
report, with the remedy and the worded evidence also kept as templates and values
(``texts.Message``) for the window to say in its language."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from proactive_gui.netcheck.texts import TITLES, Message

PASS, WARN, FAIL, SKIPPED = "pass", "warn", "fail", "skipped"


@dataclass(frozen=True)
class CheckResult:
    id: str
    title: str  # English, marked in context Check (texts.TITLES)
    verdict: str
    duration_s: float
    evidence: dict[str, Any] = field(default_factory=dict)
    remedy: str = ""
    # for the window: the remedy, and the evidence that is words, as templates and values
    remedy_message: Message | None = field(default=None, compare=False, repr=False)
    worded: dict[str, Message] = field(default_factory=dict, compare=False, repr=False)

    def as_dict(self) -> dict[str, Any]:
        """The report's form, the keys IT's tools read (the templates stay out)."""
        return {
            "id": self.id,
            "title": self.title,
            "verdict": self.verdict,
            "duration_s": self.duration_s,
            "evidence": dict(self.evidence),
            "remedy": self.remedy,
        }


def outcome(
    check_id: str,
    verdict: str,
    duration_s: float = 0.0,
    evidence: Mapping[str, object] | None = None,
    remedy: Message | None = None,
) -> CheckResult:
    """A stage's result under its title; an evidence value that is a ``Message`` is
    worded evidence (English in the report, the window's language on the page)."""
    given = dict(evidence or {})
    return CheckResult(
        check_id,
        TITLES[check_id],
        verdict,
        duration_s,
        {key: str(value) if isinstance(value, Message) else value for key, value in given.items()},
        str(remedy) if remedy is not None else "",
        remedy,
        {key: value for key, value in given.items() if isinstance(value, Message)},
    )


def skip(check_id: str, why: Message) -> CheckResult:
    return outcome(check_id, SKIPPED, evidence={"reason": why})
