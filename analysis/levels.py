"""The one reader of an earlier level: the figure a sentence compares another with, marked by the
words right before it ("from", "up from", "against", "compared with") and, unless "from" marks it,
an earlier time right after it ("a year earlier", "last year", "in 2021"): README, chart rule 9.
Charts leave such a figure out; checks never read it as a second statement of the same quantity
nor as a part of a total."""

from __future__ import annotations

import re

from .alternation import grouped_alternation
from .vocab import MONTHS, UNIT_WORDS

# the words right before a time that a figure is compared with, not dated by ("more than last year",
# "compared with last year", "up on last year", "against last year's"): a chart's past-time label
# (README rule 6) reads none after them
COMPARED_WITH_WORDS = ("than", "since", "from", "with", "against", "on", "over", "to", "versus", "vs")
# The earlier level a figure is compared with: "rose from 61 (to 87)", "to B from A", "against 420
# last year", "compared with a profit of SEK 40 million": the text right before it.
RE_EARLIER_LEAD = re.compile(
    r"\b(?:from|against|compare[sd]?\s+(?:with|to)|versus)\s+"
    r"(?:(?:an?|the)\s+[\w-]+(?:\s+[\w-]+)?\s+of\s+)?(?:(?:about|around|nearly|roughly|some|almost)\s+)?$",
    re.IGNORECASE,
)
# the months spelt whole ("June", not "Jun"): the names of MONTHS that begin no longer one
_WHOLE_MONTHS = [m for m in MONTHS if not any(o != m and o.startswith(m) for o in MONTHS)]
# the number words of a short count of periods ("four years ago"): one to ten
_FEW_WORDS = [w for w, n in UNIT_WORDS.items() if 1 <= n <= 10]
# an earlier time said right after a figure compared with another: "a year earlier", "in June",
# "last year", "the year before", "in 2021", "four years ago"
RE_EARLIER_TIME = re.compile(
    rf"^\s*(?:(?:a|an|{grouped_alternation(_FEW_WORDS)}|\d+)\s+"
    r"(?:years?|months?|weeks?|quarters?|decades?|days?)\s+(?:earlier|ago|before)"
    r"|(?:last|a\s+year\s+earlier|the\s+previous)\s*\w*"
    r"|the\s+(?:year|month|week|quarter|season|day)\s+(?:before|earlier)"
    rf"|in\s+(?:(?:1[89]|20)\d\d|{grouped_alternation(_WHOLE_MONTHS)})\b)",
    re.IGNORECASE,
)
LEAD_WINDOW = 60  # characters before a figure read for its lead, and after it for an earlier time


def is_earlier_level(body: str, start: int, end: int, sentence: tuple[int, int]) -> bool:
    """Whether the figure at body[start:end] is an earlier level: "from" right before it ("up from
    19 days", "fell to 52 from 71"), or another comparison lead ("compared with", "against") with an
    earlier time right after it ("compared with 19 days a year earlier"). Reads a bounded window of
    its own sentence (`sentence`: its start and end offsets)."""
    before = body[max(sentence[0], start - LEAD_WINDOW) : start]
    lead = RE_EARLIER_LEAD.search(before)
    if lead is None:
        return False
    after = body[end : min(end + LEAD_WINDOW, sentence[1])]
    return lead.group(0).lower().startswith("from") or bool(RE_EARLIER_TIME.match(after))


# A value another is compared with at any time or place: an earlier level's lead (RE_EARLIER_LEAD:
# "compared with 13 weeks nationally", "against 29 weeks in London", "versus 6 days") or "than"
# ("longer than the 8 days elsewhere"), never "more than", "less than" or "fewer than" (the figure's
# own approximation: "more than 8 days")
RE_THAN_LEAD = re.compile(
    r"(?<!more\s)(?<!less\s)(?<!fewer\s)\bthan\s+(?:(?:an?|the)\s+)?"
    r"(?:(?:about|around|nearly|roughly|some|almost)\s+)?$",
    re.IGNORECASE,
)


def is_comparator(body: str, start: int, sentence: tuple[int, int]) -> bool:
    """Whether the figure starting at body[start] is a value another is compared with: right after a
    comparison lead (RE_EARLIER_LEAD, RE_THAN_LEAD) of any time or place, an earlier level among them.
    Reads a bounded window of its own sentence (`sentence`: its start and end offsets)."""
    before = body[max(sentence[0], start - LEAD_WINDOW) : start]
    return bool(RE_EARLIER_LEAD.search(before) or RE_THAN_LEAD.search(before))
