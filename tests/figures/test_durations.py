"""Durations (analysis/figures/durations.py): spans of time, glued or spelled out."""

from __future__ import annotations

import pytest

from .corpus import Expected, figures_of

ALL_EXAMPLES: list[tuple[str, Expected]] = [
    ("The call lasted 40min.", [("40", "other", "duration")]),
    ("Bake for 35 – 45min.", [("35/45", "other", "duration")]),
    ("A two- to three-hour wait.", [("2/3", "other", "duration")]),
    ("Two- and three-day passes sold out.", [("2", "days", "duration"), ("3", "days", "duration")]),
]
NEGATIVE_EXAMPLES: list[str] = [
    "It opens at 0600 hrs.",
    "They met within weeks.",
]


@pytest.mark.parametrize(("text", "expected"), ALL_EXAMPLES, ids=[t for t, _ in ALL_EXAMPLES])
def test_duration_phrasings(text: str, expected: Expected):
    assert figures_of(text) == expected


@pytest.mark.parametrize("text", NEGATIVE_EXAMPLES)
def test_duration_look_alikes_yield_nothing(text: str):
    assert figures_of(text) == []
