"""What the upload engine says, kept as a template and its values: English for the
terminal, the log and ``status``; the window translates the template (context Upload)
and fills in the same values (hosts, HTTP codes, seconds)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

CONTEXT = "Upload"


@dataclass(frozen=True)
class Said:
    template: str  # marked with QT_TRANSLATE_NOOP(CONTEXT, ...)
    values: Mapping[str, object] = field(default_factory=dict)

    def __str__(self) -> str:
        return self.template.format(**self.values) if self.values else self.template


def said(template: str, **values: object) -> Said:
    return Said(template, values)
