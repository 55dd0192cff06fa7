"""Regex alternations of literal words that Python's re scans fast."""

from __future__ import annotations

import re
from collections.abc import Iterable


def grouped_alternation(words: Iterable[str], ignore_case: bool = False) -> str:
    """Alternation of literal words grouped by first character ("k(?:Sh|r\\.|r)"), longest first
    within each group, so the longest word wins; with ignore_case, groups fold case (for `(?i:...)`)."""
    groups: dict[str, list[str]] = {}
    for word in sorted(set(words), key=lambda w: (-len(w), w)):
        if word:
            groups.setdefault(word[0].lower() if ignore_case else word[0], []).append(word[1:])
    return "|".join(
        re.escape(first) + "(?:" + "|".join(re.escape(rest) for rest in rests) + ")"
        for first, rests in sorted(groups.items())
    )
