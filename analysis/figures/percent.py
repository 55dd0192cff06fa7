"""Percent figures: which kind a percent is (change, share, rate level) and percentage points."""

from __future__ import annotations

import re

from ..vocab import CHANGE_MEASURES, CHANGE_WORDS, RATE_LEVEL_WORDS
from . import numbers as N
from .numbers import END, NUM, RANGE_JOIN, WNUM

RE_PERCENT = re.compile(
    rf"(?P<num>{NUM}|{WNUM})(?:(?P<join>{RANGE_JOIN}|\s+and\s+)(?P<num2>{N.DIGITS_LOOSE}))?"
    rf"\s?(?P<sign>%|per\s?cent|percents?|pct|pc|percentage points?|basis points?|bps){END}",
    re.IGNORECASE,
)
# "in terms of percentage (35.1)": the bracketed number is the percent (read on lower-case text)
RE_BRACKETED_AFTER_PERCENTAGE = re.compile(rf"\bpercentage\s?\((?P<num>{N.DIGITS_LOOSE})\)")
# what RE_PERCENT reads right after its first number: a range's join, or the percent sign
PERCENT_FOLLOWERS = N.Followers(
    ("-", "–", "—", "to", "until", "till", "through", "and")
    + ("%", "per cent", "percent", "percents", "pct", "pc", "percentage points", "basis points", "bps")
)
RE_CHANGE_OBJECT = re.compile(r"^\s*(?:[\w-]+\s+){0,2}?(?:in|of)\s+((?:[\w'-]+\s?){1,5})")
RE_SHARE_OBJECT = re.compile(r"^\s*(?:of|in)\s+((?:[\w'-]+\s?){1,5})")
RE_LIST_JOIN = re.compile(r"^[^.;:()]*(?:,|\band\b)\s*(?:by\s+)?$")
RE_SHARE_AFTER = re.compile(r"\s+(?:of|share)\b")

POINT_UNITS: dict[str, str] = {
    "percentage point": "percentage points",
    "percentage points": "percentage points",
    "basis point": "basis points",
    "basis points": "basis points",
    "bps": "basis points",
    "bp": "basis points",
}
CLAUSE_WORDS = 12  # how far back a percent's clause is read for what it measures


# Bare "points" are percentage points in polls and rates, and points scored in sport.
POLL_CUES = (
    "poll",
    "lead",
    "gap",
    "survey",
    "approval",
    "rating",
    "percent",
    "per cent",
    "%",
    "rate",
    "vote",
)
SPORT_CUES = (
    "scored",
    "score",
    "game",
    "match",
    "rebound",
    "assist",
    "quarter",
    "season",
    "win",
    "won",
    "beat",
)


def poll_points(sentence: str) -> bool:
    """Whether bare "points" in a (lower-case) sentence are percentage points: a poll or rate cue
    and no sport cue ("a 7-point gap", "the lead widened to 5 points")."""
    return any(c in sentence for c in POLL_CUES) and not any(c in sentence for c in SPORT_CUES)


def point_unit(sign: str) -> str:
    """ "percentage points" or "basis points" for a points sign, else ""."""
    return POINT_UNITS.get(" ".join(sign.lower().split()), "")


def _clause(before: list[str]) -> list[str]:
    """The lower-case words of the percent's clause before it (back to a comma or semicolon)."""
    words: list[str] = []
    for word in reversed(before[-CLAUSE_WORDS:]):
        if word in (",", ";", ":"):
            break
        words.append(word.lower())
    return words


def clause_change(before: list[str]) -> str:
    """The direction of the nearest change word in a percent's clause ("grew the most in terms of
    percentage" -> increase), or ""."""
    return next((CHANGE_WORDS[w] for w in _clause(before) if w in CHANGE_WORDS), "")


def is_rate_level(before: list[str], direction: str) -> bool:
    """An interest-rate level: "the federal funds rate to 2.25%", "its key rate at 6.5%"."""
    if direction:
        return False
    words = _clause(before)  # nearest first
    for i, word in enumerate(words):
        if word in ("rate", "rates") and i + 1 < len(words) and words[i + 1] in RATE_LEVEL_WORDS:
            return True
    return False


def is_change_measure(before: list[str], after: list[str]) -> bool:
    """Inflation and growth are changes even when they read like levels ("inflation at 3.4%")."""
    return any(w in CHANGE_MEASURES for w in _clause(before)) or any(
        w.lower() in CHANGE_MEASURES for w in after[:2]
    )
