"""Ages: "aged 25", "under the age of 18", "the 31-year-old", "Ms Okafor, 44,", "men over 30".
An age is a count of years lived: unit "other", kind "count", "(unit: years of age)"."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..vocab import MONTHS
from . import numbers as N

AGE_SUBJECT = "age (unit: years of age)"
# Words that open a sentence or a clause and so are capitalised without being a name.
NOT_NAMES = frozenset(
    "In On At By For From To Of And But Or The A An As If When While After Before Since Until With".split()
)
PREPOSITIONS = frozenset("in on at from to of for near across outside inside into".split())
RE_WORD_BEFORE = re.compile(r"(\w+)\s+\Z")
WHO = r"(?i:men|women|man|woman|people|adults|children|kids|players|those|anyone|patients|voters|workers)"

RE_AGED = re.compile(
    r"\b(?:[Aa]ged|[Aa]ges?\s+of)\s+(?P<num>\d{1,3})(?:\s*(?:to|-|–|and)\s*(?P<num2>\d{1,3}))?(?![\w.,]\d|\w)"
)
RE_YEAR_OLD = re.compile(
    rf"(?<![\w,.-])(?P<num>{N.DIGITS_LOOSE}|{N.WORD_NUMBER})[\s-]years?[\s-]old\b", re.IGNORECASE
)
RE_NAME_AGE = re.compile(r"\b(?P<name>[A-Z][a-z]+), (?P<num>\d{1,3}),(?!\d)")
RE_OVER_UNDER = re.compile(
    rf"\b{WHO}\s+(?:aged\s+)?(?P<cmp>over|under|above|below)\s+(?P<num>\d{{1,3}})"
    r"(?![\w%]|[.,]\d|\s+(?:per|percent|[a-z]+s)\b)"
)
CUES = (
    "aged ",
    "age of ",
    "ages of ",
    "year-old",
    "years-old",
    "year old",
    "years old",
    "over ",
    "under ",
    ", ",
)


def find_ages(body: str, lower: str) -> Iterator[tuple[int, int, int, int | float | str]]:
    """(quote start, number start, number end, age) for every age stated, in no set order."""
    if not any(cue in lower for cue in CUES):
        return
    for m in RE_AGED.finditer(body):
        low, high = int(m.group("num")), m.group("num2")
        if high and int(high) > low:  # "aged 18 to 29": one range
            yield m.start(), m.start("num"), m.end("num2"), f"{low}/{int(high)}"
        else:
            yield m.start(), m.start("num"), m.end("num"), low
    if "old" in lower:
        for m in RE_YEAR_OLD.finditer(body):
            yield m.start(), m.start("num"), m.end("num"), N.normalise_number(N.parse_amount(m.group("num")))
    for m in RE_NAME_AGE.finditer(body):
        name = m.group("name")
        before = RE_WORD_BEFORE.search(body, max(0, m.start() - 16), m.start())
        if before and before.group(1).lower() in PREPOSITIONS:
            continue  # "In London, 25 people": a place, not a person
        if name not in NOT_NAMES and name not in MONTHS and 0 < int(m.group("num")) < 120:
            yield m.start(), m.start("num"), m.end("num"), int(m.group("num"))
    for m in RE_OVER_UNDER.finditer(body):
        yield m.start("cmp"), m.start("num"), m.end("num"), int(m.group("num"))
