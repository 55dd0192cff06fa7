"""Phrases around a figure that tables and checks need: periods, baselines, recipients, purposes."""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Iterator
from typing import NamedTuple

from .currencies import currency_for_name, is_place
from .vocab import (
    APPROX_WORDS,
    ATTACK_NOUNS,
    CHANGE_WORDS,
    FIRST_OR_RECORD,
    HOLDING_PAST_VERBS,
    IRREGULAR_PAST_VERBS,
    LEAD_COMPARATIVES,
    LIMITING_ADVERBS,
    MONTHS,
    PEOPLE_NOUNS,
    SEASONS,
    SUPERLATIVE,
    TENS_WORDS,
    TRANSITIVE_CHANGE_VERBS,
    UNIT_WORDS,
    WEEKDAYS,
)

PERIOD_OPENERS = (
    r"since",
    r"during",
    r"between",
    r"from",
    r"over the (?:past|last|next)",
    r"in the (?:past|last)",
    r"in the (?:first|second|third|fourth|last|latter) (?:half|quarter)(?: of)?",
    # a reporting span that ends at its date ("for the year to June 30", "for the first quarter
    # ended July 31 2023", "in the six months to September 2026")
    r"(?:for|in|over) the (?:[\w-]+ ){0,2}?(?:year|months|weeks|quarter|half|half-year|period)"
    r"(?= (?:to|ended|ending|through) )",
    r"throughout",
    r"in",
    r"until",
    r"till",
    r"as of",
)
_SEASONS = "|".join(SEASONS)
RE_PERIOD_OPENER = re.compile(r"\b(?:" + "|".join(PERIOD_OPENERS) + r")\b", re.IGNORECASE)
# a period named relative to now; "year-on-year" and "from a year earlier" are a baseline (RE_BASELINE),
# never a period: the period is the one the sentence or its lead gives ("rose 4% year on year in May")
RE_RELATIVE_PERIOD = re.compile(
    r"\b(?:this(?: past)?|last|next|the current|the previous|the past) (?:year|month|week|quarter|fiscal year|decade"
    rf"|season|{_SEASONS})\b"
    # a span to now as said whole ("so far this year", "year to date", "year-to-date")
    r"|\bso far(?: this (?:year|month|quarter|season|week)\b)?"
    r"|\b(?:(?:year|month|quarter)[- ])?to[- ]date\b"
    r"|\b(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) (?:year|month|week|decade)s? ago\b",
    re.IGNORECASE,
)
_MONTH_NAMES = "|".join(sorted((m for m in MONTHS if len(m) > 3 or m == "May"), key=len, reverse=True))
_MONTH_ANY = "|".join(sorted(MONTHS, key=len, reverse=True))
# a span's count: digits, or a number word from two to fifty (vocab.UNIT_WORDS, vocab.TENS_WORDS)
_SPAN_UNITS = sorted((w for w, n in UNIT_WORDS.items() if n >= 2), key=len, reverse=True)
_SPAN_TENS = (w for w, n in TENS_WORDS.items() if n <= 50)
_ONES = (w for w, n in UNIT_WORDS.items() if 1 <= n <= 9)
_SPAN_COUNT = rf"(?:\d{{1,2}}|{'|'.join(_SPAN_UNITS)}|(?:{'|'.join(_SPAN_TENS)})(?:-(?:{'|'.join(_ONES)}))?)"
_MONTH_PART = r"(?:(?i:early|mid|late)[- ]?)?"  # "mid-November", "early October"
# the words that may follow a period phrase and open no noun it modifies ("in the spring as", "over the winter, the")
_CLAUSE_WORDS = (
    "and|or|but|as|while|when|after|before|amid|despite|because|than|compared|against|from|to|on|in|at|for"
    "|with|the|a|an|its|their|his|her|said|says|according|thanks|due|is|was|were|has|had|have"
)
# a calendar period named with no date ("in the first half", "in the third quarter", "in the first
# nine months of the year", "in the year to September", "in the July-September quarter", "in May",
# a report's own span named bare: "in the quarter", "during the year"),
# two months or a span of them ("in July and August", "between September and mid-November", "from
# January to October"), a span of months named before ("over the ten months") or the season a span
# runs from ("since the summer", "since the start of the year")
RE_CALENDAR_PERIOD = re.compile(
    r"\b(?i:in|for|during|over|throughout) the (?:"
    rf"(?:first|second|third|fourth|final|latter) (?:half|quarter|{_SPAN_COUNT} (?:months|weeks))"
    r"(?: of the (?:year|season))?"
    rf"|(?:{_SPAN_COUNT} (?:months|weeks)|year|half-year|half|quarter|period)"
    rf" (?:to|ended|ending|through) (?:the end of )?(?:{_MONTH_NAMES})\b"
    r"|(?:year|half-year|half|quarter|month|period)\b(?!-| (?:to|ended|ending|through|of|since|after|before|ahead)\b)"
    r"(?![-\s]*\d)"
    rf"|(?:{_MONTH_ANY})\.?[-–](?:{_MONTH_ANY})\.? (?:quarter|period)"
    # the opening days of a named time ("in the first 100 days of the new administration")
    rf"|(?i:first|opening|final) (?:{_SPAN_COUNT}|\d{{3}}) (?i:days)"
    r"(?: of (?:the|its|his|her|their) (?:[a-z][\w-]* ){0,2}[a-z][\w-]*)?\b(?! of )"
    rf"|(?:(?i:first|past|last|next|same|previous|final) )?{_SPAN_COUNT} (?i:months|weeks|days|years|decades)\b"
    r"(?! (?:to|ended|ending|through|of) )"
    rf")|\b(?:(?i:in|during|for|since)|(?i:at|since) the end of) (?:{_MONTH_NAMES})"
    rf"(?:[-–](?:{_MONTH_NAMES})| (?i:and|to) {_MONTH_PART}(?:{_MONTH_NAMES}))?\b"
    r"(?![-–])(?!\.?\s*\d{1,4}\b)(?!,\s*\d{4}\b)"
    rf"|\b(?i:between|from) {_MONTH_PART}(?:{_MONTH_NAMES}) (?i:and|to|through|until) {_MONTH_PART}(?:{_MONTH_NAMES})\b"
    r"(?![-–])(?!\.?\s*\d{1,4}\b)(?!,\s*\d{4}\b)"
    rf"|\b(?i:since) the (?i:{_SEASONS})\b(?!\s+of\s+\d)"
    # a season with the article, no noun's modifier ("over the winter", not "in the winter wheat market")
    rf"|\b(?i:in|during|over|throughout) the (?i:{_SEASONS})\b(?!\s+of\b)(?!\s+(?!(?:{_CLAUSE_WORDS})\b)[a-z])"
    r"|\b(?i:since) the (?:beginning|start) of the year\b",
)
# a dated period's noun right after its date ("in the 2025-26 budget", "the 2024-25 crop year")
RE_AFTER_DATE_NOUN = re.compile(
    r"(?:[ -](?:crop|financial|fiscal|harvest|marketing|academic|school|tax))? (?:year|season|budget|census)\b",
    re.IGNORECASE,
)
# a date a change is measured against, not its period ("6.4% more than in the same period of 2025")
RE_COMPARED_DATE = re.compile(
    r"\b(?:than|against|compared (?:to|with)|versus|vs\.?"
    r"|(?<!since the )(?:same|corresponding) (?:period|quarter|month|time))\b",  # "since the same month" opens one
    re.IGNORECASE,
)
RE_SINCE_BEFORE = re.compile(r"\b[Ss]ince\s+$")  # "since" right before a date: the span it opens
COMPARED_WINDOW = 40  # the characters before a date read for RE_COMPARED_DATE
RE_CLAUSE_COMMA = re.compile(r";|,(?!\d)")  # a clause's comma, not a number's ("Sh3,200")
# ... and before a month named with no date, "from" an amount too ("up from Sh3,200 in October")
RE_COMPARED_MONTH = re.compile(RE_COMPARED_DATE.pattern + r"|\bfrom\s+[^\s\d]{0,3}\d", re.IGNORECASE)
# ... and right before a relative period ("down 6 percent from last year", "on a year ago", "6% above
# last winter")
RE_COMPARED_RELATIVE = re.compile(
    RE_COMPARED_MONTH.pattern + r"|\b(?:from|on|above|below|ahead of|behind)\s+$", re.IGNORECASE
)
# where a clause ends, for a lead's period: CLAUSE_BREAK without the points and commas of numbers
# and a subordinate clause after it ("rose 8 percent after the Treasury lowered the duty in the Finance Act")
LEAD_CLAUSE_BREAK = re.compile(r"[;:!?\"”]|[,.](?!\d)|\s(?:and|while|but|whereas|after|before|once)\s")
# a period the sentence names with no date, up to its clause's end ("fell 18 per cent during the
# closure", "throughout the strike", a named event or festival: "during Ramadan", "throughout Golden
# Week", a span from an event: "since the pandemic"), and a holiday or break, up to its noun ("over
# the Eid holiday", "over the Easter weekend")
RE_NAMED_PERIOD = re.compile(
    rf"\b(?i:since)\s+(?i:the|its|their)\s+(?!(?i:same|start|beginning|end|{_SEASONS})\b)[^\W\d]"
    r"|\b(?i:during|throughout)\s+(?:(?i:the|this|that|its|their|his|her)\s+[^\W\d]|[A-Z](?!(?:"
    + _MONTH_NAMES
    + r")\b))"
    r"|(?P<whole>\b(?i:over) the (?:[\w'’-]+ ){0,3}?"
    r"(?i:(?:festive|holiday) (?:season|period)|holidays?|festival|festivities|weekend|break)\b)"
)
NAMED_PERIOD_WORDS = 6  # the most words a named period runs to; a longer phrase is no period's name
NAMED_PERIOD_REACH = 120  # the characters after "during the" read for the end of its clause
# the words by which a sentence carries the period of an earlier one ("since then", "over the same
# period", "has since fallen"); without them a period stays in its own sentence
RE_BACK_REFERENCE = re.compile(
    r"\b(?:since then|by then|that year|(?:has|have|had) since"
    r"|(?:in|over|during|throughout|for) (?:that|the same|this) (?:time|period|year|month|quarter|span))\b",
    re.IGNORECASE,
)
RE_YEAR_ON_YEAR = re.compile(r"\byear[- ]on[- ]year\b", re.IGNORECASE)
RE_TWO_ENDED = re.compile(r"(?:between|since|from)\b", re.IGNORECASE)  # a span with two ends
RE_BASELINE = re.compile(
    r"\b(?:compared (?:to|with)|than|against|from .{1,40}? to|year-on-year|year on year"
    r"|(?:the )?same (?:period|timeframe|time) (?:last|a) year|corresponding period)\b",
    re.IGNORECASE,
)
RE_RECIPIENT = re.compile(
    r"^\s+(?:to|for)\s+(?:the\s+)?(?P<who>(?:[A-Z][\w&.'’-]*)(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w&.'’-]*)*)"
)
RE_PURPOSE = re.compile(r"\b(?P<purpose>(?:for|to)\s+(?!the\s+[A-Z])(?:[a-z][\w'’-]*)(?:\s+[\w'’-]+){0,6})")
CLAUSE_BREAK = re.compile(r"[,;:.!?\"”]|\s(?:and|while|but|whereas)\s")
RE_NEXT_WORD = re.compile(r"\s+([^\W\d_]+)")
# a grade or product code before a common noun, no recipient's name: a word with a digit ("for AI-95
# petrol", "for Grade B2 steel") or a name and a number ("for Class 42 cement", "for RON 92 petrol")
RE_CODE_WORD = re.compile(r"[A-Za-z][\w-]*\d|\d[\w-]*[A-Za-z]")
RE_CODE_NUMBER = re.compile(
    r"\s+\d{1,3}(?![\d,.])(?=\s+[a-z])"
)  # not a year: "the EXPO 2027 exhibition" is a name
RE_COMMON_NOUN_AFTER = re.compile(r"\s+[a-z]")


# a quarter or half written short right before a year ("for Q3 2026", "H1 2025"): part of its period
RE_PART_BEFORE_YEAR = re.compile(r"\b(?:Q[1-4]|H[12])\s+$")
PART_REACH = 4  # the characters before a date read for RE_PART_BEFORE_YEAR


def dated_period(sentence: str, date_offsets: list[tuple[int, int]], near: int = 0) -> tuple[str, int] | None:
    """The phrase that opens with "since", "during", "in"... and ends at a stated date, with its
    offset; dates after offset `near` (the figure) come first, then the nearest before it; None
    without a date (then `undated_period`)."""
    ordered = sorted(date_offsets, key=lambda d: (_compared(sentence, d[0]), d[0] < near, abs(d[0] - near)))
    for start, end in ordered:
        after = RE_AFTER_DATE_NOUN.match(sentence, end)
        end = after.end() if after else end
        part = RE_PART_BEFORE_YEAR.search(sentence, max(0, start - PART_REACH), start)
        start = part.start() if part else start  # "Q3 2026", "H1 2025": the part of the year is the period's
        if RE_PERIOD_OPENER.match(sentence, start):
            return sentence[start:end], start  # the date opens its own period ("between May 4 and June 19")
        window = near if start >= near else 0
        openers = [
            m
            for m in RE_PERIOD_OPENER.finditer(sentence, window, start)
            if not CLAUSE_BREAK.search(sentence[m.start() : start])
        ]
        strong = [m for m in openers if m.group(0).lower() != "in"]
        chosen = strong[0] if strong else openers[-1] if openers else None
        if chosen:
            return sentence[chosen.start() : end], chosen.start()
        return sentence[start:end], start
    return None


# what opens another clause after a figure: a period past it dates that clause's event, not the
# figure ("fell 1.3% after the governor said a rate hike in December was possible", "rose 14%,
# helped by a model which was launched in March", "rose 7%, the ministry said, citing data of May")
RE_OTHER_CLAUSE = re.compile(
    r"[;:]|,\s*(?:and|as|but)\b|\b(?:while|whereas|but|although|though|after|before|because|when|which"
    r"|who|whom|whose|where|that|once|said|says|told|citing)\b",
    re.IGNORECASE,
)
# a past participle that dates another noun's event, right before a period or a short phrase before
# it ("its record of $73,800 set in March", "contracts signed in March", "a study published in a
# journal in May"); the word before it is no auxiliary ("sales were unchanged in May" is the figure's)
RE_PARTICIPLE_PERIOD = re.compile(
    r"(?P<before>[\w'’-]+)\s+(?:[a-z]+ed|set|hit|seen|made|struck|held|won|sold|paid|begun|built|taken"
    r"|given|shown|known|cut|put|brought|bought|found|kept|met|spent|drawn|grown|chosen)"
    r"(?:\s+(?:to|from|by|at|in|on|into|for)(?:\s+[\w'’-]+){1,3})?"
    r"(?:\s+(?:in|on|since|during|by|at|between|until|over|for|throughout)(?:\s+the)?)?\s+$"  # a date's opener
)
PERIOD_NOUNS = frozenset("year years quarter half half-year month months week weeks period season".split())
AUXILIARIES = frozenset("is are was were be been being has have had get gets got getting".split())
PARTICIPLE_WINDOW = 80  # the characters before a period read for RE_PARTICIPLE_PERIOD
OWN_REACH = 400  # the characters either side of a figure read for its own period
DATE_AFTER_UNDATED = 12  # the characters after an undated period within which a date completes it
PARTICIPLE_GAP_WORDS = 3  # a participle this many words or more past a figure dates another noun
# a comparison between a figure and a later period, which is then the base's ("25% higher than at
# the opening of the season on 1 March", "8% below its level a year ago")
RE_GAP_COMPARED = re.compile(
    r"\b(?:than|compared|versus|vs\.?|ahead of|behind)\b"
    r"|\bagainst\s+[^\s\d]{0,3}\d|\b(?:below|above|short of)\s+(?:[^\s\d]{0,3}\d|(?:its|their|the|a|an)\b)"
    r"|\bfrom\s+(?:[^\s\d]{0,3}\d|(?:its|their|the|a|an)\b(?!\s+(?:year|month|quarter|week) (?:earlier|ago|before)))"
    r"|\b(?:on|over) (?:the )?(?:same|previous|prior|corresponding|year-earlier)\b",
    re.IGNORECASE,
)
# a period that is now can be no base a change is measured against ("14 per cent below the
# long-term average this week")
RE_PRESENT_PERIOD = re.compile(
    r"(?:this|the current|so far|(?:(?:year|month|quarter)[- ])?to[- ]date)\b", re.IGNORECASE
)
# a period's opener right before its date, which is no comparison ("by 14 percent from 1 January 2027")
RE_DATE_OPENER = re.compile(
    r"\b(?:from|since|in|on|during|between|until|till|by|through|as of)\s+$", re.IGNORECASE
)
# a day's date, which a change runs from, not one it is measured against ("from 1 January 2027")
RE_DAY_DATE = re.compile(
    r"\d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]+\.?,? ?\d{0,4}|[A-Z][a-z]+\.? \d{1,2}(?:,? \d{4})?"
)
# what may stand between a figure and the period that is its own ("4.4 per cent in September",
# "3.2% y/y in October", "a 0.7% fall in July"): two words at most, no number, cue or clause break
RE_OWN_GAP = re.compile(r"\s*(?:[a-z/-]+\s+){0,2}")
OWN_GAP_CUES = frozenset(
    "from on over than against compared versus vs below above ahead behind and or while but".split()
)
# what opens a clause of another time: a period before it dates the main clause, not a figure inside
# it ("blocked roads in November after the state cut the subsidy by 8 per cent"); a relative or
# concessive clause only when it is hypothetical ("grew 0.6% in the third quarter, which would leave
# output 1.2% higher", "by 2031, although output would need to grow 20 percent")
RE_SUBORDINATE = re.compile(r"\b(?:after|before|once)\b", re.IGNORECASE)
RE_RELATIVE_CLAUSE = re.compile(r"\b(?:although|though|which|who|whom|whose|where)\b", re.IGNORECASE)
RE_HYPOTHETICAL = re.compile(r"\b(?:would|could|might)\b", re.IGNORECASE)
RE_SUBCLAUSE_END = re.compile(r"[;:]|,(?!\d)")  # where a subordinate clause closes before the figure
# an infinitive of a verb that changes an object ("signed a deal in March to cut fares by 10%"): the
# change is planned, and a period before it dates the plan
RE_PLANNED_CHANGE = re.compile(
    r"\bto\s+(?:[a-z]+ly\s+)?(?:" + "|".join(sorted(TRANSITIVE_CHANGE_VERBS)) + r")\b"
)
# the cue of a base that is a standing or earlier level, not one of the same time ("up from 4.4%",
# "just above the central bank's 3% target", "short of the 4.5% unions wanted")
RE_BASE_CUE = re.compile(r"\b(?:from|above|below|short of)\b", re.IGNORECASE)
APPROX_ENDINGS = tuple(" " + word for word in APPROX_WORDS)
APPROX_REACH = 24  # the characters before a figure read for a bound ("no more than")
BASE_CUE_REACH = 60  # the characters before a figure read for a base's cue
BASE_CUE_WORDS = (
    4  # the most words between a comparison's cue and the base it governs ("above the bank's 3% target")
)
# a superlative (vocab.SUPERLATIVE) or a first or a record (vocab.FIRST_OR_RECORD) a "since" period
# measures against ("its lowest since February", "the highest since 2019", "its best quarter since
# March 2022", "the first rise since 2020", "the most since 2021")
RE_SUPERLATIVE_BEFORE = re.compile(
    rf"\b(?:{'|'.join((SUPERLATIVE, *FIRST_OR_RECORD))})\s+(?:[a-z]+\s+)?$", re.IGNORECASE
)
# "since" before a date, with the article of a dated event or a short clause between ("since 2019",
# "since the 2008 crisis", "since records began in 1990")
RE_SINCE_DATE = re.compile(r"\bsince\s+(?:[^\W\d][\w'’-]*\s+){0,3}$", re.IGNORECASE)
SINCE_REACH = 48  # the characters before a date read for RE_SINCE_DATE


# a verb of finding right after a period: the period dates a finding ("An audit in 2019 found",
# "A census in 2011 counted", "A story on November 25 said"), background that gives its period to no change
RE_FINDING_AFTER = re.compile(
    r"\s+(?:found|counted|estimated|concluded|revealed|identified|warned|said|reported|announced)\b",
    re.IGNORECASE,
)
# a point in time right before a date or opening a period ("at Sept 30", "as of March 31", "at the end
# of June"): a level's date, not the period of a change (one "since" it is a span: "since the end of June")
RE_POINT_BEFORE = re.compile(r"\b(?:at|as of)\s+(?:the\s+end\s+of\s+)?$", re.IGNORECASE)
RE_POINT_OPENER = re.compile(r"(?:at|as of)\b", re.IGNORECASE)
POINT_WINDOW = 20  # the characters before a date read for RE_POINT_BEFORE
# the figure inside a noun phrase governed by a preposition or another verb's infinitive after a
# period: the period dates the main clause's event, not the figure ("walked out in March over a pay
# offer of 4%", "voted in May to reject a rise of 2%"; "against" compares: "rose 3% in May, against a
# 1% fall")
RE_OBJECT_PHRASE = re.compile(
    r"\b(?:over|about|despite|amid|on|for|to\s+[a-z]+)\s+(?:an?|the|its|their|his|her)\s+"
    r"(?P<words>(?:[\w'’-]+\s+){0,3}?)(?P<of>of\s+)?$",
    re.IGNORECASE,
)
# a deadline right before a date after a figure ("cut emissions by 40% by 2030"): with a plan or
# forecast before the figure (RE_FORWARD) it is a target's date, no period of change
OBJECT_REACH = 60  # the characters before a figure read for RE_OBJECT_PHRASE
RE_DEADLINE_BEFORE = re.compile(r"^\s*by\s+(?:the\s+end\s+of\s+)?$", re.IGNORECASE)


def _in_object_phrase(text: str) -> bool:
    """Whether the end of `text` (up to a figure) is a noun phrase RE_OBJECT_PHRASE names: no verb
    ("on the coast rose" is a subject's place and its verb), a change word only as the head before
    "of" ("a wage increase of")."""
    match = RE_OBJECT_PHRASE.search(text)
    if match is None:
        return False
    words = match.group("words").lower().split()
    modifiers = words[:-1] if match.group("of") else words
    return not any(w in CHANGE_WORDS or w in AUXILIARIES or w == "by" for w in modifiers)


def is_point(sentence: str, start: int) -> bool:
    """Whether the period at `start` is a point in time (RE_POINT_BEFORE, RE_POINT_OPENER); a
    relative period is none ("at this month's auction")."""
    if RE_POINT_OPENER.match(sentence, start):
        return True
    if RE_RELATIVE_PERIOD.match(sentence, start):
        return False
    return RE_POINT_BEFORE.search(sentence[max(0, start - POINT_WINDOW) : start]) is not None


class Candidate(NamedTuple):
    """A period a sentence names: its phrase (for an undated one), where it starts (a dated one: at
    its date), whether a change is measured against it, whether it dates another noun's event,
    whether it is a point in time ("at Sept 30"), a level's date and no change's period, and whether
    it is a day of the week ("on Tuesday"), the period only of a change right before it."""

    phrase: str
    start: int
    end: int
    compared: bool
    other_event: bool
    point: bool = False
    day: bool = False


# a day of the week right after a change ("fell 6% on Tuesday", "0.8% against the dollar on
# Thursday"): the day of a market's move, its period; elsewhere a day dates a saying or an event
# ("said on Wednesday that sales rose 4%"), no change's period
RE_DAY_PERIOD = re.compile(rf"\b[Oo]n (?:{'|'.join(WEEKDAYS)})\b")
# a day opening its sentence before a comma ("On Tuesday, the rand fell 1.2%"): the period of every
# change of the clauses it opens, but not of one a saying, a report or a clause of another time
# holds ("On Friday, traders said the shilling had gained 0.6%")
RE_OPENING_DAY = re.compile(rf"\s*[\"“]?On (?:{'|'.join(WEEKDAYS)}),")
RE_DAY_SCOPE_BREAK = re.compile(
    r"[;:]|\b(?:said|says|say|told|tells|reported|reports|announced|showed|shows|that|after|before|because"
    r"|when|which|who|once|since|if|until|citing|according)\b",
    re.IGNORECASE,
)
# what may stand between a change and its day: up to four words, no number nor clause break ("against
# the dollar"), none that measures it against the day ("than on Monday")
RE_DAY_GAP = re.compile(r"\s*(?:[a-z.'’-]+\s+){0,4}")
DAY_GAP_CUES = frozenset("than from since compared versus vs and or while but".split())
# a change right before a day ("Gold fell 1.5% on Monday, while silver slid 2%": the day is the
# later change's too, as a month is)
RE_CHANGE_BEFORE_DAY = re.compile(r"\d\s*(?:%|per ?cent|percent|pc)\s+(?:[a-z.'’-]+\s+){0,4}$")
DAY_REACH = 60  # the characters before a day read for RE_CHANGE_BEFORE_DAY


def _day_of_change(sentence: str, start: int) -> bool:
    """Whether the day at `start` is the period of a change right before it (RE_CHANGE_BEFORE_DAY)."""
    before = sentence[max(0, start - DAY_REACH) : start]
    match = RE_CHANGE_BEFORE_DAY.search(before)
    return match is not None and not set(match.group(0).lower().split()) & DAY_GAP_CUES


def _opening_day_of(sentence: str, day: int, start: int) -> bool:
    """Whether the day at `day` opens its sentence (RE_OPENING_DAY) and is the period of the change at
    `start`: no saying, report or clause of another time between them (RE_DAY_SCOPE_BREAK)."""
    opening = RE_OPENING_DAY.match(sentence)
    return (
        opening is not None
        and opening.end() - 1 > day >= opening.start()
        and start - opening.end() <= OWN_REACH
        and RE_DAY_SCOPE_BREAK.search(sentence, opening.end(), start) is None
    )


def _dates_other_event(sentence: str, start: int, end: int) -> bool:
    """Whether the period at `start`-`end` dates another noun's event by a participle before it ("set in
    May") or a verb of finding after it ("An audit in 2019 found ..."), or is the base of a
    superlative ("its lowest since February")."""
    if RE_FINDING_AFTER.match(sentence, end):
        return True
    before = sentence[max(0, start - PARTICIPLE_WINDOW) : start]
    if sentence.startswith("since", start) or sentence.startswith("Since", start):
        if RE_SUPERLATIVE_BEFORE.search(before):
            return True
    since = RE_SINCE_DATE.search(sentence, max(0, start - SINCE_REACH), start)
    if since and RE_SUPERLATIVE_BEFORE.search(
        sentence, max(0, since.start() - PARTICIPLE_WINDOW), since.start()
    ):
        return True  # a dated base of a superlative ("the highest since 2019")
    match = RE_PARTICIPLE_PERIOD.search(before)
    if not match or match.group("before").lower() in AUXILIARIES | PERIOD_NOUNS:
        return False  # "sales were unchanged in May"; "the third quarter ended Nov. 1" is a span
    clause = CLAUSE_BREAK.split(before[: match.start()])[-1]
    return not re.search(r"\bsince\b", clause, re.IGNORECASE)  # "since monitoring started in 1979" is one


def period_candidates(sentence: str, date_offsets: list[tuple[int, int]]) -> list[Candidate]:
    """Every period a sentence names, dated (at each date) and undated, in text order; read once
    per sentence."""
    found = [
        Candidate(
            "",
            start,
            end,
            _compared(sentence, start),
            _dates_other_event(sentence, start, end),
            is_point(sentence, start),
        )
        for start, end in date_offsets
    ]
    date_starts = sorted(start for start, _ in date_offsets)
    calendar = _calendar_all(sentence)
    relative = _relative_all(sentence)
    named = [(phrase, start, False) for phrase, start in named_periods(sentence)]
    found += [
        Candidate(m.group(0), m.start(), m.end(), False, False, day=True)
        for m in RE_DAY_PERIOD.finditer(sentence)
    ]
    for phrase, start, compared in relative + calendar + named:
        end = start + len(phrase)
        first = bisect_left(date_starts, start)
        if first < len(date_starts) and date_starts[first] < end + DATE_AFTER_UNDATED:
            continue  # the dated period holds it ("in the third quarter of 2026")
        other = _dates_other_event(sentence, start, end)
        found.append(Candidate(phrase, start, end, compared, other, is_point(sentence, start)))
    return sorted(found, key=lambda c: c.start)


def own_period(
    sentence: str,
    candidates: list[Candidate],
    figure: tuple[int, int],
    breaks: list[int],
    cues: list[int],
    skip: int = 0,
) -> tuple[tuple[str, int] | None, bool]:
    """The period of the figure at `figure` (start, end) in its own clause: the one right after it
    ("after 4.1% in October", "to 3.9 per cent in October from 4.4 per cent in September"), else
    one not past another clause's opening (`breaks`: RE_OTHER_CLAUSE's offsets) nor a comparison
    (`cues`), nor dating another noun's event; a dated one before an undated one, the nearest after
    the figure first, then before it; a date it is measured against last; None without one.
    Periods starting before `skip` (a dateline) are no one's. Also returns whether the sentence
    names a period that is another event's (then no lead's period is the figure's either)."""
    start, end = figure
    low = bisect_left(candidates, start - OWN_REACH, key=lambda c: c.start)
    high = bisect_left(candidates, end + OWN_REACH, key=lambda c: c.start)
    usable = [c for c in candidates[low:high] if c.start >= skip]
    planned = RE_FORWARD.search(sentence, max(0, start - OWN_REACH), start) is not None

    def no_change_period(c: Candidate) -> bool:
        """A point in time ("at Sept 30") or a planned change's deadline ("by 40% by 2030")."""
        deadline = c.start >= end and RE_DEADLINE_BEFORE.match(sentence[end : c.start]) is not None
        return c.point or (planned and deadline)

    points = [c for c in usable if no_change_period(c)]
    usable = [c for c in usable if c not in points]
    after = sorted((c for c in usable if c.start >= end), key=lambda c: c.start)
    if after and after[0].start - end <= PARTICIPLE_WINDOW:
        gap = sentence[end : after[0].start]
        words = set(gap.lower().split())
        opens_clause = bisect_left(breaks, after[0].start) > bisect_left(breaks, end)  # "said on Monday"
        if after[0].day and RE_DAY_GAP.fullmatch(gap) and not words & DAY_GAP_CUES and not opens_clause:
            return (after[0].phrase, after[0].start), False  # "fell 6% on Tuesday"
        if not after[0].day and RE_OWN_GAP.fullmatch(gap) and not words & OWN_GAP_CUES and not opens_clause:
            return _phrase_of(sentence, after[0], start), False
    usable = [
        c
        for c in usable
        if not c.day
        or c.start < start
        and (_day_of_change(sentence, c.start) or _opening_day_of(sentence, c.start, start))
    ]

    def between(offsets: list[int], low: int, high: int) -> bool:
        return bisect_left(offsets, high) > bisect_left(offsets, low)

    base = _governing_cue(sentence, start)
    # a change measured "year on year" in its own clause takes no span of another clause before it
    # ("producer prices rose 0.4% between August and September, and import prices were up 2.1%
    # year-on-year": the months are the first change's; a month alone, "users in October, ... and
    # readership grew 17% year on year", dates both)
    clause_end = next((b for b in breaks if b > end), len(sentence))
    yoy_after = RE_YEAR_ON_YEAR.search(sentence, end, min(clause_end, end + OWN_REACH)) is not None
    dated_apart: list[Candidate] = []  # periods before the figure that date another clause or plan

    def apart(c: Candidate) -> bool:
        """Whether a period before the figure is the main clause's or a plan's, not the figure's: the
        figure is in a clause of another time after it, is the base of a change that follows it
        ("eased to 3.3% in October, just above the 3% target"; not "GDP growth in 2018 was revised
        to 3.1 percent from 2.8 percent"), the object of a planned change or in a noun phrase another
        verb governs (RE_OBJECT_PHRASE)."""
        between_text = sentence[c.end : start]
        if _in_clause(between_text, RE_SUBORDINATE) or _in_clause(between_text, RE_RELATIVE_CLAUSE, True):
            return True
        if _in_object_phrase(between_text[-OBJECT_REACH:]):
            return True
        if base is not None and base >= c.end and not any(ch.isdigit() for ch in sentence[c.end : base]):
            return True
        return RE_PLANNED_CHANGE.search(between_text) is not None

    def fits(c: Candidate) -> bool:
        if c.start < start and apart(c):
            dated_apart.append(c)
            return False
        if c.start >= end:
            opener = None
            if not c.phrase and RE_DAY_DATE.fullmatch(sentence, c.start, c.end):
                opener = RE_DATE_OPENER.search(sentence, max(end, c.start - 10), c.start)
            upto = opener.start() if opener else c.start
            present = bool(c.phrase) and RE_PRESENT_PERIOD.match(c.phrase) is not None
            if between(breaks, end, c.start):
                return False
            if between(cues, end, upto) and not present:
                return False
            return not (c.other_event and len(sentence[end : c.start].split()) >= PARTICIPLE_GAP_WORDS)
        return not (c.other_event and between(breaks, c.start, start))

    def other_span(c: Candidate) -> bool:
        """A span of two ends ("between August and September", "since May") in a clause before a
        change measured year on year: another change's span, never a year's comparison."""
        return (
            yoy_after
            and c.start < start
            and between(breaks, c.start, start)
            and RE_TWO_ENDED.match(sentence, c.start) is not None
        )

    kept = [c for c in usable if fits(c) and not other_span(c)]
    ranked = sorted(kept, key=lambda c: (c.compared, bool(c.phrase), c.start < start, abs(c.start - start)))
    ranked = [c for c in ranked if not (c.compared and c.phrase)]  # an undated base is none
    if ranked:
        return _phrase_of(sentence, ranked[0], start), False
    apart_found = bool(dated_apart) or any(not c.compared for c in points)
    return None, apart_found or any(c.other_event and not c.compared for c in usable)


def _in_clause(text: str, opener_pattern: re.Pattern[str], hypothetical: bool = False) -> bool:
    """Whether the end of `text` (up to a figure) is inside a clause an opener of the pattern opens
    and no comma closes; with `hypothetical`, only one that says "would", "could" or "might"."""
    opener = next(reversed(list(opener_pattern.finditer(text))), None)  # the last one
    if opener is None or RE_SUBCLAUSE_END.search(text, opener.end()):
        return False
    return not hypothetical or RE_HYPOTHETICAL.search(text, opener.end()) is not None


def _governing_cue(sentence: str, start: int) -> int | None:
    """The offset of a base's cue (RE_BASE_CUE) that governs the figure at `start` ("just above the
    central bank's 3% target", "from 4.4%"): at most BASE_CUE_WORDS words before it with no clause
    comma between; None without one, or when a bound stands right before it ("more than 20%", "above
    5%": vocab.APPROX_WORDS)."""
    before = " " + sentence[max(0, start - APPROX_REACH) : start].rstrip().lower()
    if before.endswith(APPROX_ENDINGS):
        return None
    low = max(0, start - BASE_CUE_REACH)
    cue = next(reversed(list(RE_BASE_CUE.finditer(sentence, low, start))), None)  # the nearest
    if cue is None:
        return None
    gap = sentence[cue.start() : start]
    words = gap.lower().split()
    if (
        len(words) > BASE_CUE_WORDS + 1
        or RE_SUBCLAUSE_END.search(gap)
        or any(w in CHANGE_WORDS for w in words)
    ):
        return None  # "exports from the region rose 5%": the figure is the change, not a base
    return cue.start()


def _phrase_of(sentence: str, candidate: Candidate, near: int) -> tuple[str, int]:
    """A candidate's phrase and offset: an undated one's own, a dated one's from its opener."""
    if candidate.phrase:
        return candidate.phrase, candidate.start
    low = max(0, min(candidate.start, near) - OWN_REACH)  # a bounded stretch, however long the sentence
    part = sentence[low : candidate.end + OWN_REACH]
    found = dated_period(part, [(candidate.start - low, candidate.end - low)], near - low)
    if found:
        return found[0], found[1] + low
    return sentence[candidate.start : candidate.end], candidate.start


def _compared(sentence: str, start: int, pattern: re.Pattern[str] = RE_COMPARED_DATE) -> bool:
    """Whether the date at `start` is one a change is measured against ("than in 2024"); a span
    opened by "since" is none ("3 per cent against the euro since the summer")."""
    before = sentence[max(0, start - COMPARED_WINDOW) : start]
    if sentence.startswith(("since", "Since"), start) or RE_SINCE_BEFORE.search(before):
        return False
    cuts = list(RE_CLAUSE_COMMA.finditer(before))
    return pattern.search(before[cuts[-1].end() if cuts else 0 :]) is not None


def base_period_before(text: str, phrase: str) -> bool:
    """Whether the last mention of a period in `text` (a bounded stretch before a figure) is one a
    change is measured against ("up from 87 in the second quarter")."""
    at = text.lower().rfind(phrase.lower())
    return at >= 0 and _compared(text, at, RE_COMPARED_MONTH)


def calendar_periods(sentence: str) -> list[tuple[str, int]]:
    """The calendar periods a sentence names with no date and their offsets, leaving out a month a
    change is measured against ("up from Sh3,200 in October")."""
    return [(phrase, start) for phrase, start, compared in _calendar_all(sentence) if not compared]


# a half or quarter that is the object of a verb of having or reporting ("had a better third quarter",
# "posted a record first half"): the period the sentence reports, as said
RE_OBJECT_PERIOD = re.compile(
    r"\b(?:had|has|have|enjoyed|endured|suffered|reported|posted)\s+an?\s+(?:[a-z]+\s+){0,2}?"
    r"(?P<period>(?:first|second|third|fourth|final) (?:quarter|half))\b(?![- ](?:of|on)\b)"
)


def _calendar_all(sentence: str) -> list[tuple[str, int, bool]]:
    """Every calendar period of a sentence, its offset and whether a change is measured against it."""
    found = [
        (m.group(0), m.start(), _compared(sentence, m.start(), RE_COMPARED_MONTH))
        for m in RE_CALENDAR_PERIOD.finditer(sentence)
    ]
    found += [(m.group("period"), m.start("period"), False) for m in RE_OBJECT_PERIOD.finditer(sentence)]
    return sorted(found, key=lambda c: c[1])


def undated_period(sentence: str) -> tuple[str, int] | None:
    """A relative period ("this year"), a calendar one named with no date ("in the first half",
    "in May") or a named one ("during the closure") of a sentence that states no date, and its
    offset; the same for every figure of the sentence."""
    relative = relative_periods(sentence)[:1]
    calendar = calendar_periods(sentence)
    if relative:
        return relative[0]
    if calendar:
        return calendar[0]
    return named_period(sentence)


def relative_periods(sentence: str) -> list[tuple[str, int]]:
    """The relative periods of a sentence ("this year", "two years ago") and their offsets,
    leaving out one a change is measured against ("than three years ago", "from last year")."""
    return [(phrase, start) for phrase, start, compared in _relative_all(sentence) if not compared]


def _relative_all(sentence: str) -> list[tuple[str, int, bool]]:
    """Every relative period of a sentence, its offset and whether a change is measured against it."""
    return [
        (m.group(0), m.start(), _compared(sentence, m.start(), RE_COMPARED_RELATIVE))
        for m in RE_RELATIVE_PERIOD.finditer(sentence)
    ]


# a report's own span named bare ("over the period", "in the quarter"): it refers to the lead's period
RE_BARE_SPAN = re.compile(
    r"(?i:in|for|during|over|throughout) the (?:year|half-year|half|quarter|month|period)"
)


# a rolling span back or on from the time of writing ("in the past four weeks", "over the next 24
# months"): its own figure's, never a report's lead
RE_ROLLING_SPAN = re.compile(
    r"\b(?:past|last|next) [\w-]+ (?:months|weeks|days|years|decades)\b", re.IGNORECASE
)


# a price paid or set or a level held right before a sum ("The plant cost $410 million in 2017", "set a
# price of €600,000", "was built for 1.2 billion rand", "paid 25 million pounds", "Debt stood at 1.9
# trillion won in 2020", "was worth 60 million euros", not the worth of goods that moved: "exported oil
# worth $11.4 billion"): background,
# no report's sum over its period, so its year leads no later change; so is a sum spent or invested in
# one thing ("spent £14m on the new library", "invested R12 billion in its network": RE_SPENT_BEFORE
# and RE_ON_THING), not what a group spent ("Shoppers spent $2bn online", "in the first quarter")
_SUM_QUALIFIERS = r"(?:(?:a|an|about|nearly|almost|around|roughly|some|just|over|under|record|estimated)\s+){0,2}[^\s\d]{0,4}$"
RE_PRICE_BEFORE = re.compile(
    r"\b(?:cost(?:s|ing)?(?:\s+of)?|paid|for|price\s+of|(?:is|are|was|were|been)\s+(?:worth|valued\s+at)"
    r"|(?:stood|stands|standing)\s+at)\s+" + _SUM_QUALIFIERS,
    re.IGNORECASE,
)
RE_SPENT_BEFORE = re.compile(r"\b(?:spent|invested)\s+" + _SUM_QUALIFIERS, re.IGNORECASE)
_NUMBER_WORDS = "|".join((*UNIT_WORDS, *TENS_WORDS))
_APPROX_ONE_WORDS = "|".join(w for w in (*APPROX_WORDS, *LIMITING_ADVERBS) if w.isalpha())
_NO_THING = r"first|second|third|fourth|final|last|past|year|quarter|half|month|period|same"
RE_ON_THING = re.compile(
    rf"\s+(?:on|in)\s+(?:(?:the|a|an|its|their|his|her)\s+(?!\d|(?:{_NO_THING})\b)"
    # ... or a common noun with no determiner that is no time nor manner ("on new buses", "in
    # renewable energy"; not "in recent years", "in total", "in cash", "on average", "in Phuket")
    rf"|(?!(?:{_NO_THING}|recent|total|all|cash|average|real|nominal|each|every|this|that|these|those"
    r"|next|early|late|mid|fiscal|financial|calendar|full|both|part|turn|time|years|months|weeks|days"
    # ... nor a number in words or an approximation before one ("in two days of sales", "in under a
    # week", "in just six months": a time, tidy36)
    rf"|{_NUMBER_WORDS}|{_APPROX_ONE_WORDS})\b)[a-z])"
)
PRICE_REACH = 40  # the characters before a sum read for RE_PRICE_BEFORE


def is_price(sentence: str, start: int, end: int) -> bool:
    """Whether the sum at `start`-`end` is a price paid or a level held (RE_PRICE_BEFORE), or spent
    or invested in one thing (RE_SPENT_BEFORE, RE_ON_THING), no report's sum."""
    low = max(0, start - PRICE_REACH)
    if RE_PRICE_BEFORE.search(sentence, low, start):
        return True
    return (
        RE_SPENT_BEFORE.search(sentence, low, start) is not None
        and RE_ON_THING.match(sentence, end) is not None
    )


# a count right after a past verb of doing ("the service handled 48,000 calls", "flew 2.6 million
# passengers"): a report's count over its period, which leads the changes after it as a sum does; not
# after a verb of holding a level (vocab.HOLDING_PAST_VERBS: "employed 1,200 nurses")
RE_COUNT_REPORT_BEFORE = re.compile(
    r"\b(?P<verb>[a-z]+ed|" + "|".join(sorted(IRREGULAR_PAST_VERBS)) + r")\s+(?:(?:a|an|about|nearly|almost"
    r"|around|roughly|some|just|over|more than|record|total of|estimated)\s+){0,3}$"
)
COUNT_REPORT_REACH = 40  # the characters before a count read for RE_COUNT_REPORT_BEFORE
# a day's date in a period ("between 2 and 27 September 2026", "on March 3"): an event's days (a
# survey's, a trial's enrolment), no report's span that a count leads
RE_DAY_IN_PERIOD = re.compile(
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTH_ANY})\b|\b(?:{_MONTH_ANY})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?![\d,])"
)
# a sum in brackets right after another, its conversion ("€600,000 (about £520,000)", "58.7 billion riyals
# ($15.6 billion)"): no report's sum
RE_CONVERSION_BEFORE = re.compile(
    r"\d\S*(?:\s+[a-zA-Z]{1,12}){0,2}\s*\(\s*(?:(?:about|around|roughly|some|approximately|nearly|almost|or)\s+)?[^\s\d]{0,4}$"
)


def is_conversion(sentence: str, start: int) -> bool:
    """Whether the sum at `start` is the bracketed conversion of the sum before it (RE_CONVERSION_BEFORE)."""
    return RE_CONVERSION_BEFORE.search(sentence, max(0, start - PRICE_REACH), start) is not None


def is_count_report(sentence: str, start: int) -> bool:
    """Whether the count at `start` is what was done over a period (RE_COUNT_REPORT_BEFORE): a report's count."""
    match = RE_COUNT_REPORT_BEFORE.search(sentence, max(0, start - COUNT_REPORT_REACH), start)
    return match is not None and match.group("verb") not in HOLDING_PAST_VERBS


# a change said in words with no figure ("Sales at the chain rose in the third quarter", "grew
# strongly in the first half"): a verb of change in the past tense (vocab.CHANGE_WORDS less the verbs
# that change an object) with no object after it ("expanded its fleet in 2019" is a past deed)
RE_WORDED_CHANGE = re.compile(
    r"\b(?:"
    + "|".join(
        sorted(
            w
            for w in CHANGE_WORDS
            if w.isalpha()
            and (w.endswith("ed") or w in ("rose", "grew", "fell", "slid", "sank", "shrank"))
            and w not in TRANSITIVE_CHANGE_VERBS
            and w not in ("added", "shed", "deducted")
        )
    )
    + r")\b(?=\s+(?:[a-z]+ly\s+)?(?:in|during|over|for|throughout|since|between|from|across|at)\b|[,.;])"
)


# a change in the present perfect right before its figure ("Bread prices have climbed 30%"): up to
# now, so a change said in words in a past period ("Grain prices rose sharply in 2022") leads it not
RE_PERFECT_BEFORE = re.compile(r"\b(?:has|have)\s+(?:[a-z]+\s+){1,2}$")


# a change said as a comparative with no verb of change, right before its period ("Exports were
# stronger in May", "The airline carried more passengers in the first half", "had a better third
# quarter"), or as a past verb's comparative object ("brought in a bigger harvest in 2025", "picked
# fewer apples this autumn", "drew fewer loans from the central bank in March"): a level above or
# below an earlier one; one compared with now ("had more branches in 2015 than it does now") is background
_LEAD_PERIOD_AHEAD = r"(?=\s+(?:in|during|over|for|throughout|across|(?:this|last) [a-z]+)\b)"
_LEAD_PARTICLE = r"(?:(?:in|up|out|off|back|down|on|with)\s+)?"  # "brought in", "took on", "dealt with"
_LEAD_OBJECT_WORDS = (
    5  # the most words of a comparative object after its comparative ("fewer loans from the central bank")
)
RE_COMPARATIVE_LEAD = re.compile(
    r"\b(?:was|were)\s+(?:(?:much|far|slightly|somewhat|[a-z]+ly)\s+)?(?:"
    + "|".join(sorted(LEAD_COMPARATIVES))
    + r")\b"
    + _LEAD_PERIOD_AHEAD
    + r"|\b(?:had|enjoyed|endured|suffered|reported|posted)\s+an?\s+(?:[a-z]+ly\s+)?(?:"
    + "|".join(sorted(LEAD_COMPARATIVES))
    + r")\b(?=\s+(?:first|second|third|fourth|final)\s+(?:quarter|half)\b)"
    + r"|\b(?:[a-z]+ed|had|"
    + "|".join(sorted(IRREGULAR_PAST_VERBS))
    + r")\s+"
    + _LEAD_PARTICLE
    + r"(?:(?:far|many|much|slightly|[a-z]+ly)\s+)?(?:(?:more|fewer|less)\s+|(?:an?\s+)?(?:[a-z]+ly\s+)?(?:"
    + "|".join(sorted(LEAD_COMPARATIVES))
    + r")\s+)(?!(?:than|for|in|on|at|to|from|by|of|over|after|before|and|but|as|with)\b)"
    + rf"(?:[a-z]+\s+){{0,{_LEAD_OBJECT_WORDS - 1}}}?[a-z]+\b"
    + _LEAD_PERIOD_AHEAD
)
RE_THAN_NOW = re.compile(r"\bthan\b[^,;.]{0,40}?\b(?:now|today|currently|at present)\b")
THAN_NOW_REACH = 80  # the characters after a comparative lead read for RE_THAN_NOW


def worded_change(sentence: str) -> tuple[int, int] | None:
    """The span of a change a sentence says in words (RE_WORDED_CHANGE, RE_COMPARATIVE_LEAD), or
    None: a report's lead with no figure ("Sales rose in the third quarter. ... Revenue climbed 12%")."""
    match = RE_WORDED_CHANGE.search(sentence) or RE_COMPARATIVE_LEAD.search(sentence)
    if match is None or RE_THAN_NOW.search(sentence, match.end(), match.end() + THAN_NOW_REACH):
        return None
    return match.span()


def no_lead(sentence: str, start: int, end: int) -> bool:
    """Whether the period at `start`-`end` can lead no change: a point in time ("as of March 31") or
    the date of a finding ("A census in 2011 counted ...")."""
    return is_point(sentence, start) or RE_FINDING_AFTER.match(sentence, end) is not None


def lead_period_phrase(
    sentence: str, date_offsets: list[tuple[int, int]], figure: tuple[int, int]
) -> tuple[str, int] | None:
    """The period a report's lead sentence states for its change or sum at `figure` (start, end):
    one in the figure's clause or one the sentence opens with ("In the 2025-26 budget, ...",
    "2025 in numbers:"), not a date it is measured against nor one that leads no change (`no_lead`);
    None without one."""
    start, end = figure
    breaks = list(LEAD_CLAUSE_BREAK.finditer(sentence, 0, start))
    clause_start = breaks[-1].end() if breaks else 0
    after = LEAD_CLAUSE_BREAK.search(sentence, end)
    clause_end = after.start() if after else len(sentence)

    def fits(offset: int, length: int = 0) -> bool:
        if clause_start <= offset < clause_end:
            return True
        opening = not sentence[:offset].strip(" \"“'‘")
        cut = LEAD_CLAUSE_BREAK.search(sentence, offset + length)  # past the period ("In July and August,")
        return opening and cut is not None and cut.group(0) in (",", ":")

    dates = [d for d in date_offsets if not (_compared(sentence, d[0]) or no_lead(sentence, d[0], d[1]))]
    found = dated_period(sentence, dates, start) if dates else None
    if found and fits(found[1], len(found[0])):
        return found
    undated = list(relative_periods(sentence))
    undated += [
        c
        for c in calendar_periods(sentence)
        if not (RE_ROLLING_SPAN.search(c[0]) or no_lead(sentence, c[1], c[1] + len(c[0])))
    ]
    named = named_period(sentence)
    for phrase, offset in sorted(undated + ([named] if named else []), key=lambda u: u[1]):
        if fits(offset, len(phrase)):
            return phrase, offset
    return None


def named_period(sentence: str) -> tuple[str, int] | None:
    """A period the sentence names with no date ("during the closure") and its offset, or None."""
    return next(named_periods(sentence), None)


def named_periods(sentence: str) -> Iterator[tuple[str, int]]:
    """Every period the sentence names with no date ("during the closure") and its offset."""
    for match in RE_NAMED_PERIOD.finditer(sentence):
        if match.group("whole"):
            yield match.group(0), match.start()  # a holiday's name ends at its noun
            continue
        reach = match.end() + NAMED_PERIOD_REACH
        cut = CLAUSE_BREAK.search(sentence, match.end(), reach)
        phrase = sentence[match.start() : cut.start() if cut else min(reach, len(sentence))].rstrip()
        if len(phrase.split()) <= NAMED_PERIOD_WORDS and (cut or reach >= len(sentence)):
            yield phrase, match.start()


# a sentence that leaves the report before it: a new topic ("Separately, ..."), a new actor
# stating or giving ("BP reported ...", "Japan gave ..."), or a new place ("In France, ...")
RE_NEW_TOPIC = re.compile(r"\W*(?:Separately|In other news)\b")
RE_NEW_ACTOR = re.compile(
    r"\W*(?P<name>(?:The )?[A-Z][\w.&'’-]*(?: (?:of |de |and )?[A-Z][\w.&'’-]*){0,3})"
    r" (?:said|says|reported|reports|announced|gave|gives|pledged|pledges|donated)\b"
)
RE_NEW_PLACE = re.compile(r"\W*In (?P<name>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}),")
# a sentence of what a place has, its subject ("South Africa has five large banks"): between a lead
# and a change, a new place when the lead does not name it (`currencies.is_place`; a common noun,
# "Revenue has", is none); a change's own sentence about a place keeps to the report ("Leeds was
# the exception, with rents up 4%")
RE_PLACE_SUBJECT = re.compile(r"\W*(?P<name>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}) (?:has|have|had)\b")
PRONOUNS = frozenset("It Its They Their He She We I This That These Those".split())
# a change that is planned, expected or forecast, not a result of the report's period
RE_FORWARD = re.compile(
    r"\b(?:will|would|expects?|expected|forecasts?|plans?|planned|aims?|projects?|projected|targets?"
    r"|wants?|seeks?)\b"
)


# a change stated per unit of time is a rate with its own period, not a change over a report's
# ("the band widens by 1 percent a month", "fees rise 3 per cent each year")
RE_PER_PERIOD = re.compile(r"\s*(?:a|per|each|every) (?:day|week|month|quarter|year|annum)\b", re.IGNORECASE)
# the subject the figures engine names for a market price's move ("share price", "Acme's stock price"):
# the move of a trading day or market, not of the period a results report leads with
RE_MARKET_PRICE = re.compile(r"\b(?:share|stock)s? prices?\b", re.IGNORECASE)


# a trading session's close right before a change ("the contract closed 1.8% higher", "the stock
# ended 2% lower", "the index closed 41.8 points, or 0.5 per cent, higher"): a market's move of that day
RE_SESSION_CLOSE = re.compile(
    r"\b(?:closed|ended|finished|settled)\s+(?:[a-z]+ly\s+|about\s+|some\s+|[\d.,]+ points?, or\s+)?$"
)
RE_LAST_WORD = re.compile(r"([^\W\d_]+)\W*$")
# shares or a stock as the subject of a move in its clause ("Shares of Harlow & Finch fell 4.2%", the
# metric then "Finch"): a market price's move
RE_SHARES_SUBJECT = re.compile(r"\b(?:[Ss]hares|[Ss]tock)\b[^,;:.]*$")
# a difference named in apposition right before a figure ("sold for 1,465 pesos, a gap of about 3
# percent with the official rate"): when its noun is no change word (vocab.CHANGE_WORDS), it compares
# two levels of one time, not a change over a report's period
RE_APPOSED_NOUN = re.compile(r",\s+an?\s+(?P<noun>[a-z-]+)\s+of\s+(?:[a-z]+\s+){0,2}$")


def keeps_own_time(metric: str, text_after: str, text_before: str = "") -> bool:
    """Whether a change keeps to a time of its own that a report's lead does not give it: a market
    price's move ("Its shares fell 3.8%" after a results lead, "Shares of Acme fell 4%"), a currency's ("The cedi has lost 19
    per cent": its metric's head word names a currency, by CLDR, in the singular of a currency's
    own move, not "dollars" of an amount), a session's close ("closed 1.8%
    higher"), a difference of two levels ("a gap of 3 percent") or a rate per unit of time."""
    head = RE_LAST_WORD.search(metric)
    apposed = RE_APPOSED_NOUN.search(text_before)
    return (
        RE_MARKET_PRICE.search(metric) is not None
        or RE_SHARES_SUBJECT.search(text_before) is not None
        or (apposed is not None and apposed.group("noun") not in CHANGE_WORDS)
        or (
            head is not None
            and not head.group(1).endswith("s")
            and currency_for_name(head.group(1)) is not None
        )
        or RE_SESSION_CLOSE.search(text_before) is not None
        or RE_PER_PERIOD.match(text_after) is not None
    )


def leaves_report(sentence: str, lead: str) -> bool:
    """Whether a sentence turns from the report its lead sentence opens: a new topic, or an actor
    or place the lead does not name ("Shell said ... in the third quarter." -> "BP reported ...")."""
    if RE_NEW_TOPIC.match(sentence):
        return True
    for pattern in (RE_NEW_ACTOR, RE_NEW_PLACE):
        match = pattern.match(sentence)
        if match:
            name = match.group("name").removeprefix("The ")
            if name not in PRONOUNS and name not in MONTHS and name not in lead:
                return True
    return False


def place_aside(sentence: str, lead: str) -> bool:
    """Whether a sentence between a lead and a change says what a place the lead does not name has
    (RE_PLACE_SUBJECT): the passage turns to that place."""
    place = RE_PLACE_SUBJECT.match(sentence)
    return place is not None and is_place(place.group("name")) and place.group("name") not in lead


QUOTE_MARKS = ('"', "“", "”")  # the straight quote and the opening and closing curly quotes


def refers_back(sentence: str) -> bool:
    """Whether a sentence carries an earlier sentence's period by a back-reference ("since then")."""
    return RE_BACK_REFERENCE.search(sentence) is not None


# a clause break for a baseline: a comma or point inside a number ("7.6 million", "1,204") is none
BASELINE_BREAK = re.compile(r"[;:!?\"”]|(?<!\d)[,.]|[,.](?!\d)|\s(?:and|while|but|whereas)\s")
RE_TWO_LEVELS = re.compile(r"^from\b.*\d", re.IGNORECASE)  # "from 8.4 million to 7.6 million"


def baseline_phrase(sentence: str) -> str:
    """What a change is measured against, when the sentence states it; else "". Two levels ("from
    8.4 million to 7.6 million") are the figures' own, no baseline."""
    for match in RE_BASELINE.finditer(sentence):
        if RE_TWO_LEVELS.match(match.group(0)):
            continue
        rest = sentence[match.start() :]
        cut = BASELINE_BREAK.search(rest, len(match.group(0)))
        return rest[: cut.start()] if cut else rest
    return ""


def recipient_after(text_after: str) -> tuple[str, int]:
    """The named recipient right after an amount ("$77M to UNHCR" -> "UNHCR") and where the
    text after it starts; ("", 0) when there is none."""
    match = RE_RECIPIENT.match(text_after)
    if not match:
        return "", 0
    who = match.group("who").rstrip(".'’-")
    end = match.start("who") + len(who)
    if RE_CODE_NUMBER.match(text_after, end) or (
        RE_CODE_WORD.fullmatch(who.split()[-1]) and RE_COMMON_NOUN_AFTER.match(text_after, end)
    ):
        return "", 0  # a grade or product code ("AI-95 petrol", "Class 42 cement"), given to no one
    head = RE_NEXT_WORD.match(text_after, end)
    sign = end < len(text_after) and unicodedata.category(text_after[end]) == "Sc"  # "US$"
    if (head and currency_for_name(head.group(1))) or sign:
        return (
            "",
            0,
        )  # an exchange rate ("136 DA to the US dollar") or a price ("to US$2.27"), given to no one
    return who, end


def clause_after(text_after: str) -> str:
    """Text after an amount up to the end of its clause."""
    cut = CLAUSE_BREAK.search(text_after)
    return (text_after[: cut.start()] if cut else text_after).strip()


def purpose_in(clause: str) -> str:
    """A "for ..." or "to <verb> ..." purpose in a clause, or ""."""
    match = RE_PURPOSE.search(clause)
    return match.group("purpose").strip() if match else ""


def relative_period_in(clause: str) -> str:
    """ "this year", "last month", "so far"... in a clause, or ""."""
    match = RE_RELATIVE_PERIOD.search(clause)
    return match.group(0) if match else ""


def noun_class(phrase: str) -> str:
    """What a phrase counts: attacks, deaths, injuries, people, or "" when unclear."""
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", phrase)]
    for word in reversed(words):
        if word.startswith(("fatalit", "death", "dead", "killed", "lives", "killing")):
            return "deaths"
        if word.startswith(("injur", "wounded")):
            return "injuries"
        if word in ATTACK_NOUNS or word in ("activities", "violence", "terrorism"):
            return "attacks"
        if word in PEOPLE_NOUNS:
            return "people"
    return ""


# a place, its date (month before or after the day) and an agency, then a dash or colon; or an
# agency in brackets that ends the dateline itself ("Taipei, Nov. 30 (CNA) Housing ...")
_DATELINE_DATE = r"(?:[A-Z][a-z]{2,9}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,9}\.?)(?:,?\s+\d{4})?"
RE_DATELINE = re.compile(
    r"^\s*[^\W\d_][^\W\d_.'’ -]*(?:[.'’ -]+[^\W\d_]+){0,4}\.?"
    rf"(?:,\s+{_DATELINE_DATE}"
    r"(?:\s*(?:\([^\W\d_][^()]{0,20}\))?\s*[-–—:]|\s*\([^\W\d_][^()]{0,20}\))"
    rf"|\s*\({_DATELINE_DATE}\)\s*[-–—:])"
)


def dateline_end(body: str) -> int:
    """Where a dated dateline ("SEOUL, Oct 7 (Reuters) -", "Shillong, July 3:") ends; 0 without one.
    Its date says when the story was filed, not the period of any figure."""
    match = RE_DATELINE.match(body)
    return match.end() if match else 0
