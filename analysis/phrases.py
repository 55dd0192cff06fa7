"""Phrases around a figure that tables and checks need: periods, baselines, recipients, purposes."""

from __future__ import annotations

import re

from .vocab import ATTACK_NOUNS, MONTHS, PEOPLE_NOUNS

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
RE_PERIOD_OPENER = re.compile(r"\b(?:" + "|".join(PERIOD_OPENERS) + r")\b", re.IGNORECASE)
RE_RELATIVE_PERIOD = re.compile(
    r"\b(?:this|last|next|the current|the previous|the past) (?:year|month|week|quarter|fiscal year|decade)\b"
    r"|\b(?:so far|to date|year-on-year|year on year)\b"
    r"|\b(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) (?:year|month|week|decade)s? ago\b",
    re.IGNORECASE,
)
_MONTH_NAMES = "|".join(sorted((m for m in MONTHS if len(m) > 3 or m == "May"), key=len, reverse=True))
_MONTH_ANY = "|".join(sorted(MONTHS, key=len, reverse=True))
_SPAN_COUNT = r"(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
# a calendar period named with no date ("in the first half", "in the third quarter", "in the first
# nine months of the year", "in the year to September", "in the July-September quarter", "in May")
RE_CALENDAR_PERIOD = re.compile(
    r"\b(?i:in|for|during|over|throughout) the (?:"
    rf"(?:first|second|third|fourth|final|latter) (?:half|quarter|{_SPAN_COUNT} (?:months|weeks))(?: of the year)?"
    rf"|(?:{_SPAN_COUNT} (?:months|weeks)|year|half-year|half|quarter|period)"
    rf" (?:to|ended|ending|through) (?:the end of )?(?:{_MONTH_NAMES})\b"
    rf"|(?:{_MONTH_ANY})\.?[-–](?:{_MONTH_ANY})\.? (?:quarter|period)"
    rf")|\b(?:(?i:in|during|for|since)|(?i:at) the end of) (?:{_MONTH_NAMES})(?:[-–](?:{_MONTH_NAMES}))?\b"
    r"(?![-–])(?!\.?\s*\d{1,4}\b)(?!,\s*\d{4}\b)",
)
# a dated period's noun right after its date ("in the 2025-26 budget", "the 2024-25 crop year")
RE_AFTER_DATE_NOUN = re.compile(
    r"(?:[ -](?:crop|financial|fiscal|harvest|marketing|academic|school|tax))? (?:year|season|budget|census)\b",
    re.IGNORECASE,
)
# a date a change is measured against, not its period ("6.4% more than in the same period of 2025")
RE_COMPARED_DATE = re.compile(
    r"\b(?:than|against|compared (?:to|with)|versus|vs\.?|(?:same|corresponding) (?:period|quarter|month|time))\b",
    re.IGNORECASE,
)
COMPARED_WINDOW = 40  # the characters before a date read for RE_COMPARED_DATE
RE_CLAUSE_COMMA = re.compile(r";|,(?!\d)")  # a clause's comma, not a number's ("Sh3,200")
# ... and before a month named with no date, "from" an amount too ("up from Sh3,200 in October")
RE_COMPARED_MONTH = re.compile(RE_COMPARED_DATE.pattern + r"|\bfrom\s+[^\s\d]{0,3}\d", re.IGNORECASE)
# ... and right before a relative period ("down 6 percent from last year", "on a year ago")
RE_COMPARED_RELATIVE = re.compile(RE_COMPARED_MONTH.pattern + r"|\b(?:from|on)\s+$", re.IGNORECASE)
RE_YEAR_ON_YEAR = re.compile(r"year[- ]on[- ]year", re.IGNORECASE)
# where a clause ends, for a lead's period: CLAUSE_BREAK without the points and commas of numbers
LEAD_CLAUSE_BREAK = re.compile(r"[;:!?\"”]|[,.](?!\d)|\s(?:and|while|but|whereas)\s")
# a period the sentence names with no date, up to its clause's end ("fell 18 per cent during the
# closure", "throughout the strike")
RE_NAMED_PERIOD = re.compile(
    r"\b(?:during|throughout)\s+(?:the|this|that|its|their|his|her)\s+[^\W\d]", re.IGNORECASE
)
NAMED_PERIOD_WORDS = 6  # the most words a named period runs to; a longer phrase is no period's name
# the words by which a sentence carries the period of an earlier one ("since then", "over the same
# period", "has since fallen"); without them a period stays in its own sentence
RE_BACK_REFERENCE = re.compile(
    r"\b(?:since then|by then|that year|(?:has|have|had) since"
    r"|(?:in|over|during|throughout|for) (?:that|the same|this) (?:time|period|year|month|quarter|span))\b",
    re.IGNORECASE,
)
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


def dated_period(sentence: str, date_offsets: list[tuple[int, int]], near: int = 0) -> tuple[str, int] | None:
    """The phrase that opens with "since", "during", "in"... and ends at a stated date, with its
    offset; dates after offset `near` (the figure) come first, then the nearest before it; None
    without a date (then `undated_period`)."""
    ordered = sorted(date_offsets, key=lambda d: (_compared(sentence, d[0]), d[0] < near, abs(d[0] - near)))
    for start, end in ordered:
        after = RE_AFTER_DATE_NOUN.match(sentence, end)
        end = after.end() if after else end
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


def _compared(sentence: str, start: int, pattern: re.Pattern[str] = RE_COMPARED_DATE) -> bool:
    """Whether the date at `start` is one a change is measured against ("than in 2024")."""
    before = sentence[max(0, start - COMPARED_WINDOW) : start]
    cuts = list(RE_CLAUSE_COMMA.finditer(before))
    return pattern.search(before[cuts[-1].end() if cuts else 0 :]) is not None


def calendar_periods(sentence: str) -> list[tuple[str, int]]:
    """The calendar periods a sentence names with no date and their offsets, leaving out a month a
    change is measured against ("up from Sh3,200 in October")."""
    return [
        (m.group(0), m.start())
        for m in RE_CALENDAR_PERIOD.finditer(sentence)
        if not _compared(sentence, m.start(), RE_COMPARED_MONTH)
    ]


def undated_period(sentence: str) -> tuple[str, int] | None:
    """A relative period ("this year"), a calendar one named with no date ("in the first half",
    "in May") or a named one ("during the closure") of a sentence that states no date, and its
    offset; the same for every figure of the sentence."""
    relative = relative_periods(sentence)[:1]
    calendar = calendar_periods(sentence)
    if relative and not (calendar and RE_YEAR_ON_YEAR.fullmatch(relative[0][0])):
        return relative[0]
    if calendar:
        return calendar[0]
    return named_period(sentence)


def relative_periods(sentence: str) -> list[tuple[str, int]]:
    """The relative periods of a sentence ("this year", "two years ago") and their offsets,
    leaving out one a change is measured against ("than three years ago", "from last year")."""
    return [
        (m.group(0), m.start())
        for m in RE_RELATIVE_PERIOD.finditer(sentence)
        if not _compared(sentence, m.start(), RE_COMPARED_RELATIVE)
    ]


def lead_period_phrase(
    sentence: str, date_offsets: list[tuple[int, int]], figure: tuple[int, int]
) -> tuple[str, int] | None:
    """The period a report's lead sentence states for its change or sum at `figure` (start, end):
    one in the figure's clause or one the sentence opens with ("In the 2025-26 budget, ...",
    "2025 in numbers:"), not a date it is measured against nor "year-on-year"; None without one."""
    start, end = figure
    breaks = list(LEAD_CLAUSE_BREAK.finditer(sentence, 0, start))
    clause_start = breaks[-1].end() if breaks else 0
    after = LEAD_CLAUSE_BREAK.search(sentence, end)
    clause_end = after.start() if after else len(sentence)

    def fits(offset: int) -> bool:
        if clause_start <= offset < clause_end:
            return True
        opening = not sentence[:offset].strip(" \"“'‘")
        cut = LEAD_CLAUSE_BREAK.search(sentence, offset)
        return opening and cut is not None and cut.group(0) in (",", ":")

    dates = [d for d in date_offsets if not _compared(sentence, d[0])]
    found = dated_period(sentence, dates, start) if dates else None
    if found and fits(found[1]):
        return found
    undated = [u for u in relative_periods(sentence) if not RE_YEAR_ON_YEAR.fullmatch(u[0])]
    undated += calendar_periods(sentence)
    named = named_period(sentence)
    for phrase, offset in sorted(undated + ([named] if named else []), key=lambda u: u[1]):
        if fits(offset):
            return phrase, offset
    return None


def named_period(sentence: str) -> tuple[str, int] | None:
    """A period the sentence names with no date ("during the closure") and its offset, or None."""
    for match in RE_NAMED_PERIOD.finditer(sentence):
        cut = CLAUSE_BREAK.search(sentence, match.end())
        phrase = sentence[match.start() : cut.start() if cut else len(sentence)].rstrip()
        if len(phrase.split()) <= NAMED_PERIOD_WORDS:
            return phrase, match.start()
    return None


# a sentence that leaves the report before it: a new topic ("Separately, ..."), a new actor
# stating or giving ("BP reported ...", "Japan gave ..."), or a new place ("In France, ...")
RE_NEW_TOPIC = re.compile(r"\W*(?:Separately|In other news)\b")
RE_NEW_ACTOR = re.compile(
    r"\W*(?P<name>(?:The )?[A-Z][\w.&'’-]*(?: (?:of |de |and )?[A-Z][\w.&'’-]*){0,3})"
    r" (?:said|says|reported|reports|announced|gave|gives|pledged|pledges|donated)\b"
)
RE_NEW_PLACE = re.compile(r"\W*In (?P<name>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}),")
PRONOUNS = frozenset("It Its They Their He She We I This That These Those".split())
# a change that is planned, expected or forecast, not a result of the report's period
RE_FORWARD = re.compile(
    r"\b(?:will|would|expects?|expected|forecasts?|plans?|planned|aims?|projects?|projected|targets?"
    r"|wants?|seeks?)\b"
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


QUOTE_MARKS = ('"', "“", "”")  # the straight quote and the opening and closing curly quotes


def refers_back(sentence: str) -> bool:
    """Whether a sentence carries an earlier sentence's period by a back-reference ("since then")."""
    return RE_BACK_REFERENCE.search(sentence) is not None


def baseline_phrase(sentence: str) -> str:
    """What a change is measured against, when the sentence states it; else ""."""
    match = RE_BASELINE.search(sentence)
    if not match:
        return ""
    rest = sentence[match.start() :]
    cut = CLAUSE_BREAK.search(rest, len(match.group(0)))
    return rest[: cut.start()] if cut else rest


def recipient_after(text_after: str) -> tuple[str, int]:
    """The named recipient right after an amount ("$77M to UNHCR" -> "UNHCR") and where the
    text after it starts; ("", 0) when there is none."""
    match = RE_RECIPIENT.match(text_after)
    if not match:
        return "", 0
    who = match.group("who").rstrip(".'’-")
    return who, match.start("who") + len(who)


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


RE_DATELINE = re.compile(
    r"^\s*[A-Z][A-Za-z.'’ -]{1,40},\s+[A-Z][a-z]{2,9}\.?\s+\d{1,2}(?:,\s+\d{4})?\s*(?:\([A-Za-z .]+\))?\s*[-–—:]"
)


def dateline_end(body: str) -> int:
    """Where a dated dateline ("SEOUL, Oct 7 (Reuters) -", "Shillong, July 3:") ends; 0 without one.
    Its date says when the story was filed, not the period of any figure."""
    match = RE_DATELINE.match(body)
    return match.end() if match else 0
