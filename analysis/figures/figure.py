"""One figure mention, as every dimension of the recogniser returns it."""

from __future__ import annotations

from typing import NamedTuple

Value = int | float | str


class Figure(NamedTuple):
    """One figure mention: span of its quote, the number's own span, value, unit and kind."""

    start: int
    end: int
    core: tuple[int, int]
    value: Value
    unit: str
    kind: str
    subject: str = ""
    approx: bool = False
    direction: str = ""
    measure: str = ""  # the real unit of an "other" figure, in analysis/measures.py's stable form


def is_number(value: Value) -> bool:
    """Whether a figure's value is a single number (not a date, year span or range)."""
    return isinstance(value, int | float) and not isinstance(value, bool)
