"""The corpus runner itself: a named measure is checked, and case ids are short and `-k`-safe."""

from __future__ import annotations

import re

from . import test_ages
from .corpus import case_ids, figures_of

BUSHELS = "The elevator holds 4.5 million bushels."


def test_a_named_measure_is_checked():
    assert figures_of(BUSHELS, [("4500000", "other", "other", "bushel")]) == [
        ("4500000", "other", "other", "bushel")
    ]
    assert figures_of(BUSHELS, [("4500000", "other", "other", "liter")]) != [
        ("4500000", "other", "other", "liter")
    ]
    assert figures_of(BUSHELS) == [("4500000", "other", "other")]


def test_case_ids_are_short_unique_and_one_k_word():
    cases = test_ages.ALL_EXAMPLES + test_ages.LOOK_ALIKES
    ids = case_ids("ages", cases)
    assert ids[0].startswith("ages-001-") and len(set(ids)) == len(ids)
    assert all(re.fullmatch(r"[^\W_][\w-]{0,80}", i) for i in ids)
    assert case_ids("x", ["A third of them, 35, aren't here."]) == ["x-1-a-third-of-them-35"]
