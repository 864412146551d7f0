"""A measured figure and how the runner prints it."""

from __future__ import annotations

import statistics
from dataclasses import asdict, dataclass
from typing import Any


@dataclass(frozen=True)
class Figure:
    """One measurement against a reference measured in the same run."""

    name: str
    value: float
    unit: str
    reference: float | None = None
    reference_name: str = ""

    @property
    def ratio(self) -> float | None:
        if self.reference in (None, 0.0):
            return None
        return self.value / self.reference  # type: ignore[operator]

    def as_dict(self) -> dict[str, Any]:
        return {**asdict(self), "ratio": self.ratio}

    def row(self) -> str:
        reference = "" if self.reference is None else f"{self.reference:.4g}"
        ratio = "" if self.ratio is None else f"{self.ratio:.2f}x"
        return f"{self.name:<34} {self.value:>12.4g} {self.unit:<6} {reference:>12} {ratio:>8}  {self.reference_name}"


def median(samples: list[float]) -> float:
    return statistics.median(samples)
