"""Percentage points: what bare "points" measure in a sentence about polls or rates
(bare_points_measure, poll_points, polls_at: percentage, basis or rating points, not a sport's,
counted_points: nor a scheme's penalty or loyalty points, place_points: nor places along a coast),
the unit of a points sign (point_unit), the signed move in points in brackets after a percent and
the poll points of a fraction written out."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from . import numbers as N
from .figure import Figure
from .words import sentence_fact

if TYPE_CHECKING:
    from ..extract import Scanner

POINT_UNITS: dict[str, str] = {
    "percentage point": "percentage points",
    "percentage points": "percentage points",
    "percentage pts": "percentage points",
    "basis point": "basis points",
    "basis points": "basis points",
    "bps": "basis points",
    "pp": "percentage points",
    "ppt": "percentage points",
    "ppts": "percentage points",
    "p.p.": "percentage points",
    "bp": "basis points",
    "of a percentage point": "percentage points",
    # a share's move of a fraction of a point, "percentage" left out ("down 0.6 of a point"), read
    # only in a sentence of polls, shares or rates (POLL_CUES) with no sport in it
    "of a point": "percentage points",
}


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
    "swing",  # the change in two parties' shares between elections ("a swing of 6 points")
    # shares by their own name: of rooms or beds sold and of voters who voted ("the 3.2-point gain
    # in occupancy", "a 1.8-point fall in turnout")
    "occupancy",
    "turnout",
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
    # the kicking codes' and cricket's words: Gaelic and rugby reports give points "from play" and
    # "from frees", kicked before or after "half-time"
    "kick",
    "half-time",
    "from play",
    "frees",
    "touchdown",
    "wicket",
    "innings",
    # basketball's box-score words ("shot 48% from the field but were outrebounded", "committed 17
    # turnovers"); the singular "turnover" is also a company's sales
    "from the field",
    "free throw",
    "outrebound",
    "turnovers",
    # a league's or a championship's table: its points are won in games ("leads the championship
    # by 63 points", "third in the standings", "clear of the relegation places")
    "championship",
    "standings",
    "relegation",
)


# a poll cue starts a word too ("pirates", "corporate" and "separate" hold no "rate", "Singapore" no
# "gap"), and "lead" is no cue in "leader" ("four points behind leaders Arsenal": a table's leaders)
RE_POLL_CUE = re.compile(
    rf"(?<![a-z])(?:{'|'.join(c for c in POLL_CUES if c[0].isalpha())})(?<!lead(?=er))|%"
)


# a sport cue starts a word: "swing" holds no "win", "headquarters" no "quarter"; and "win" is no
# cue in the words it opens that are no sport's ("winter wheat", "wind", "wine", "window")
RE_SPORT_CUE = re.compile(rf"(?<![a-z])(?:{'|'.join(SPORT_CUES)})(?<!win(?=ter|d|e))")


# Points a scheme awards or takes away one by one, named by the word before "points": counted
# (rules, table 4), never percentage points, in a sentence with a percent in it too ("a fine of up to
# 150% of weekly income and six penalty points"; "two loyalty points per pound", "four bonus points")
COUNTED_POINT_KINDS = frozenset(
    "penalty demerit licence license loyalty reward rewards bonus merit ranking".split()
)


# ... and a verb of earning between a number and "points" makes the number count who earn them
# ("the first four home earn points", "the top three get ranking points"): never points at all
EARNING_VERBS = frozenset("earn earns get gets win wins take takes receive receives collect collects".split())


def counted_points(words: str) -> bool:
    """Whether the (lower-case) words between a number and its "points" name points a scheme
    counts ("six penalty points", "500 loyalty points"): `COUNTED_POINT_KINDS`, or hold a verb of
    earning (`EARNING_VERBS`: the number counts who earn them)."""
    split = words.split()
    return not COUNTED_POINT_KINDS.isdisjoint(split) or not EARNING_VERBS.isdisjoint(split)


# Points of a place, spread along or across it ("surveys made at 48 points along the coast",
# "sensors at 36 points across the reef"), are places counted (rules, table 4), never percentage
# points, whatever poll or survey word their sentence holds ("across the board" is a poll's move)
RE_PLACE_POINTS_AFTER = re.compile(r"\s+(?:along|across|around|throughout)\b(?!\s+the\s+board\b)")


def place_points(body: str, end: int) -> bool:
    """Whether the "points" ending at `end` are places along or across somewhere (see above)."""
    return RE_PLACE_POINTS_AFTER.match(body, end) is not None


# Percentage points measure a gap or a change between two shares, so they never pass 100: more
# bare "points" in a sentence about a rating are the rating's own ("her rating has climbed 230
# points": a chess or a player's rating, measure "rating point").
MAX_PERCENTAGE_POINTS = 100
RATING_POINT = "rating point"


def bare_points_measure(value: float, sentence: str) -> str:
    """What bare "points" of `value` measure in a (lower-case) sentence about polls or rates:
    "percentage point", "rating point" past MAX_PERCENTAGE_POINTS in a sentence about a rating, or
    "" (past it, with no rating: points of no known scale)."""
    if value <= MAX_PERCENTAGE_POINTS:
        return "percentage point"
    return RATING_POINT if "rating" in sentence else ""


def poll_points(sentence: str) -> bool:
    """Whether bare "points" in a (lower-case) sentence are percentage points: a poll or rate cue
    and no sport cue ("a 7-point gap", "the lead widened to 5 points")."""
    return RE_POLL_CUE.search(sentence) is not None and not RE_SPORT_CUE.search(sentence)


def polls_at(sc: Scanner, offset: int) -> bool:
    """Whether the sentence around `offset` speaks of polls or rates (`poll_points`), read once
    per sentence however many figures it holds."""
    return sentence_fact(
        sc, "poll points", offset, lambda at: poll_points(sc.lower[slice(*sc.sentence_bounds(at))])
    )


def point_unit(sign: str) -> str:
    """ "percentage points" or "basis points" for a points sign, else ""."""
    return POINT_UNITS.get(" ".join(sign.lower().replace("-", " ").split()), "")


# A signed bare number in brackets right after a share or a level, as poll tables and data boxes
# give its move since the last reading ("Labour 34% (-2), Conservatives 29% (+1)", "Unemployment
# 4.4% (+0.2)"): a change in percentage points (rules, table 2: bare "points" of polls and rates);
# "(n/c)", "(=)" and an unsigned "(2)" give none
RE_SIGNED_POINTS_AFTER = re.compile(r" ?\((?P<sign>[+\-−–])\s?(?P<num>\d{1,2}(?:\.\d{1,2})?)\)")


def signed_points_after(sc: Scanner, end: int, subject: str) -> None:
    """The move in points in brackets right after a percent ending at `end` (above), as a figure."""
    if sc.body[end : end + 2] not in (" (", "(+", "(-", "(−", "(–"):
        return  # (the cheap test first)
    m = RE_SIGNED_POINTS_AFTER.match(sc.body, end)
    if m is None or not sc.free(m.start("num"), m.end("num")):
        return
    s, e = m.span("num")
    direction = "increase" if m.group("sign") == "+" else "decrease"
    sc.claim(m.start(), m.end())
    sc.add(
        Figure(
            m.start("sign"),
            e,
            (s, e),
            N.normalise_number(N.parse_amount(m.group("num"))),
            "other",
            "percent_change",
            f"{direction} in {subject or 'the share'} (unit: percentage points)",
            direction=direction,
        )
    )


def fraction_poll_points(sc: Scanner, start: int, end: int, known: dict[int, tuple[bool, list[int]]]) -> bool:
    """`poll_points` of the sentence around the fraction from `start` to `end` with the fraction
    left out (its own "quarter" is no sport cue), from the sentence's cues read once (`known`, by
    the sentence's start) however many fractions it holds. The fraction is a run of whole words
    that holds no poll cue and no sport cue but "quarter", and no cue runs across its ends, so
    leaving it out leaves the sentence's poll cues and drops only the sport cues inside it."""
    s_start, s_end = sc.sentence_bounds(start)
    if s_start not in known:
        sentence = sc.lower[s_start:s_end]
        known[s_start] = (
            RE_POLL_CUE.search(sentence) is not None,
            [s_start + m.start() for m in RE_SPORT_CUE.finditer(sentence)],
        )
    polled, sport = known[s_start]
    return polled and not (sport and (sport[0] < start or sport[-1] >= end))
