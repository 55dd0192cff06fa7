"""Durations: spans of time ("a three-day visit", "for 12 years", "an 18-month low", "four
decades", "40min"): days under `days`, years under `year`, other spans under `other` with the unit
named; a unit may be glued to digits."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .. import measures
from ..vocab import (
    ANIMAL_NOUNS,
    APPROX_WORDS,
    CHANGE_WORDS,
    DURATION_ABBREVIATIONS,
    DURATION_UNITS,
    FUNCTION_WORDS,
    MONTHS,
    ORDINAL_WORDS,
    SCHEDULED_SPAN_WORDS,
    SUBJECT_OPENERS,
    TENS_WORDS,
)
from . import numbers as N
from .ages import CHILD_NOUNS, scan_ages
from .amount_subjects import BUY_VERBS, SELL_VERBS
from .change_pairs import is_change_pair
from .elided_units import APPROX, PART_GAP, RE_UNIT_LABEL
from .figure import Figure, Value
from .numbers import END, NUM, WNUM
from .words import LABEL_LINE_OPENING, first_token, is_agent_plural, names_persons, sentence_fact

if TYPE_CHECKING:
    from ..extract import Scanner

_DUR = N.alternation(DURATION_UNITS)
# "two to three hours", "four to six weeks", "two or three years": one range (rules, tables 1 and 6)
# a scale word may stand before the unit ("94 million years ago", "2.6 billion years")
_EONS = "thousand|million|billion"
RE_DURATION = re.compile(
    rf"(?P<num>{NUM}|{WNUM})(?:\s(?P<scale>{_EONS}))?"
    rf"(?:\s*(?P<join>-|–|\bto\b|\b{N.OR_JOIN}\b|\band\b)\s*(?P<num2>{NUM}|{WNUM})(?:\s(?P<scale2>{_EONS}))?)?"
    rf"(?:\s+|-|(?<=\d))(?P<du>{_DUR})(?:-long|-olds?)?{END}",
    re.IGNORECASE,
)
# An age stated in a unit shorter than a year ("a one-month-old baby", "ten weeks old", "five
# days of age"): a count of time lived, like an age in years (rules, table 4, "years of age"), in
# the unit stated; "-old" makes an age whatever is old ("the three-day-old government"), as
# "-year-old" does ("a four-year-old company"). Without it the span is a duration.
AGE_UNITS = {"hour": "hours", "hours": "hours", "day": "days", "days": "days"}
AGE_UNITS |= {"week": "weeks", "weeks": "weeks", "month": "months", "months": "months"}
RE_OLD_AFTER = re.compile(r"\s+(?:old|of\s+age)\b")
# ... or the young end of a band of ages whose old end has its own unit and "old" ("babies from two
# weeks to six months old"): an age in its unit too, as "aged six weeks to 18 months" is
RE_OLD_END_AFTER = re.compile(
    rf"\s*(?:to|-|–)\s*(?:{NUM}|{WNUM})\s+(?:days?|weeks?|months?|years?)\s+(?:old|of\s+age)\b", re.IGNORECASE
)
# what RE_DURATION reads right after its first number: a range's join, a hyphen, or the unit
DURATION_FOLLOWERS = N.Followers(("-", "–", "to", "or", "and", *_EONS.split("|"), *DURATION_UNITS))
RE_BREAKS_AFTER = re.compile(r"\s+breaks?\b")
# "second" in the singular is a span only hyphenated to its number ("a 30-second increment", "a
# 10-second clip", "a two-second pause"); elsewhere it is an ordinal ("2 second-half goals",
# "second-largest", "the twenty-second day": a tens word)
RE_SECOND_COMPOUND = re.compile(rf"(?P<num>{NUM}|{WNUM})-second(?![\w-])", re.IGNORECASE)


# A span counted with words between its number and its unit ("five long years", "9,400 flight
# hours", "three dry seasons"): a duration in that unit, as without the words (rules, table
# 6). Counted days keep their unit ("12 teaching days lost", rules, table 4) and "quarters" may be
# a fraction. A season of play or of harvest is a span only counted so ("across four seasons"):
# "the 2025 season" names a year, and the year scan reads it first.
COUNTED_SPANS: dict[str, tuple[str, str]] = {
    word: (unit, DURATION_ABBREVIATIONS.get(word, word))
    for word, unit in DURATION_UNITS.items()
    if word.endswith("s") and word not in ("days", "quarters")
} | {"seasons": ("other", "seasons")}


# ... but a unit of time after a noun of what is let or booked counts lettings, not a span:
# hospitality statistics' "4,120 unsold room nights", "96,500 guest nights", "12,600 bed nights",
# "640 chalet weeks" (rules, table 4: counted things)
BOOKED_STAY_NOUNS = frozenset(
    "room guest bed visitor camper caravan cabin chalet villa cottage apartment berth pitch".split()
)
RE_MODIFIER_BEFORE = re.compile(r"([A-Za-z]+)[ -]\Z")


def counted_span(head: str, body: str = "", head_start: int = 0) -> tuple[str, str] | None:
    """(unit, the unit's plural name) of the plural time unit a count's noun phrase ends in at
    `head_start`, or None (also when a noun of what is booked stands before it)."""
    span = COUNTED_SPANS.get(head.lower())
    if span is None or not body:
        return span
    modifier = RE_MODIFIER_BEFORE.search(body, max(0, head_start - 16), head_start)
    return None if modifier and modifier.group(1).lower() in BOOKED_STAY_NOUNS else span


# A sum of hours as a sentence's subject ("Volunteer hours rose to 9,730", "Hours watched passed
# 2 million", "Overtime hours, which the union counts, fell by 300 to 5,100", "Nurses' shift hours
# will be cut from 12 to 10"): a bare number after it is that sum, a duration in hours (as a count
# of flight hours is, rules, table 6). Not the hours of the day ("In the early hours, 40 were
# rescued"), nor "hours" before a word of time ("Hours later, 300 ..."); the hours of a schedule
# (RE_SCHEDULE_HOURS) only where they are summed (below).
RE_SUMMED_HOURS_OPENING = re.compile(
    r"[\"'“‘(]*(?:(?:The|Total|Annual|Weekly|Monthly)\s+)?(?:(?!(?i:peak|rush"
    r"|early|small|wee|waking|daylight|late|in|at|for|after|within)\b)[A-Za-z][a-z-]*(?:['’]s|(?<=s)['’])?\s+){0,2}"
    r"(?:[Hh]ours)(?!\s+(?:later|earlier|after|before|ago|of|in|on|at)\b)\b"
)
# ... the hours of a schedule ("Opening hours are 9 to 5") are a sum only when they change ("will
# rise from 48 to 60 a week", "will double") or are counted a week or a day ("from 44 to 38 a
# week"), by a verb of change between them and the number or a period right after the number
SCHEDULE_HOURS = r"(?i:opening|office|business|visiting|trading|licensing|school)\s+hours\b"
RE_SCHEDULE_HOURS = re.compile(SCHEDULE_HOURS)
RE_SCHEDULE_HOURS_OPENING = re.compile(
    rf"[\"'“‘(]*(?:[A-Za-z][a-z-]*(?:['’]s|(?<=s)['’])?\s+){{0,2}}{SCHEDULE_HOURS}"
    r"(?!\s+(?:later|earlier|after|before|ago)\b)"
)
RE_HOURS_CHANGED = re.compile(
    r"\b(?:ris(?:e|es|en|ing)|rose|f[ae]ll(?:s|en|ing)?|cut|extend(?:s|ed|ing)?|increas(?:e|es|ed|ing)"
    r"|reduc(?:e|es|ed|ing)|doubl(?:e|es|ed|ing)|halv(?:e|es|ed|ing)|gr(?:ow|ows|ew|own|owing)"
    r"|expand(?:s|ed|ing)?|lengthen(?:s|ed|ing)?|shorten(?:s|ed|ing)?|up|down)\b"
)
RE_HOURS_COUNTED_AFTER = re.compile(
    r"[\w.,]*(?:\s+(?:to|and|or)\s+[\w.,]+)?\s+(?:a|per|each|every)\s+(?:week|day|fortnight|month)\b"
)
SUMMED_REACH = 120  # characters from a sentence's start to a bare number read for its sum of hours


def summed_hours(sc: Scanner, start: int) -> str:
    """The sum of hours the sentence of the bare number at `start` opens with as its subject
    (RE_SUMMED_HOURS_OPENING), within SUMMED_REACH characters before the number ("Volunteer
    hours"), or ""."""
    s_start, _ = sc.sentence_bounds(start)
    if start - s_start > SUMMED_REACH or "ours" not in sc.body[s_start:start]:
        return ""
    opening = RE_SUMMED_HOURS_OPENING.match(sc.body, s_start, start)
    if opening is None or RE_SCHEDULE_HOURS.search(opening.group(0)):
        opening = RE_SCHEDULE_HOURS_OPENING.match(sc.body, s_start, start)
        if opening is None or not (
            RE_HOURS_CHANGED.search(sc.body, opening.end(), start)
            or RE_HOURS_COUNTED_AFTER.match(sc.body, start, start + 40)
        ):
            return ""  # "Opening hours are 9 to 5": a schedule's hours of the day
    return " ".join(opening.group(0).lstrip("\"'“‘(").split()).removeprefix("The ")


# "four and a half years", "two and a half hours": a whole number and a half of a time unit
RE_AND_A_HALF = re.compile(rf"{N.AND_A_HALF}(?P<du>{_DUR}){END}", re.IGNORECASE)
# ... and one unit and a half, "a" or "an" standing for one ("the bus came an hour and a half after", "for a
# year and a half"): 1.5 of the unit (a vague "a year" alone gets no row, rules table 6; with its
# half it states a span); "a day and a half-day" is two spans
RE_ONE_AND_A_HALF = re.compile(rf"(?<![\w-])an?\s+(?P<du>{_DUR})\s+and\s+a\s+half(?![\w-])", re.IGNORECASE)
# ... and one written as a compound adjective ("a three-and-a-half-year contract", "a
# two-and-a-half-hour delay"); "a two-and-a-half-year-old" is an age, not a span
RE_AND_A_HALF_COMPOUND = re.compile(
    rf"(?<![\w-])(?P<num>{N.NUM}|{N.WNUM})-and-a-half-(?P<du>{_DUR})(?![\w-])", re.IGNORECASE
)


# An age to the day, as sports and records copy gives the youngest or oldest to do something
# ("became the youngest to score 10,000 points at 25 years and 141 days", "aged 38 years, 212
# days"): an age in years and one in days (rules, table 4), in a sentence that speaks of age or of
# the first feat ages are kept for (a debut, a title, a medal, becoming something: "became
# champion at 17 years and 201 days"); "a contract of 2 years and 10 days" and "the strike ended at
# 2 years and 10 days" stay two spans
RE_AGE_YEARS_DAYS = re.compile(
    r"\b(?:[Aa]t|[Aa]ged)\s+(?P<y>\d{1,3})\s+years?(?:,\s+|\s+and\s+)(?P<d>\d{1,3})\s+days?\b"
)
RE_AGE_CUE = re.compile(
    r"\b(?:youngest|oldest|younger|older|aged|age|debut|debuted|champion|title|medal|gold|won|became)\b",
    re.IGNORECASE,
)


def _speaks_of_age(sc: Scanner, at: int) -> bool:
    """Whether the sentence around `at` speaks of age (RE_AGE_CUE)."""
    s_start, s_end = sc.sentence_bounds(at)
    return RE_AGE_CUE.search(sc.body, s_start, s_end) is not None


def scan_ages_to_the_day(sc: Scanner) -> None:
    """Ages stated in years and days ("at 25 years and 141 days"): two ages, in years and in days."""
    for m in RE_AGE_YEARS_DAYS.finditer(sc.body):
        s, e = m.span()
        if not sc.free(s, e):
            continue
        if not sentence_fact(sc, "age", s, lambda at: _speaks_of_age(sc, at)):
            continue
        sc.claim(s, e)
        for group, units in (("y", "years"), ("d", "days")):
            value = N.normalise_number(N.parse_amount(m.group(group)))
            sc.add(
                Figure(
                    s,
                    e,
                    (m.start(group), m.end(group)),
                    value,
                    "other",
                    "count",
                    f"age (unit: {units} of age)",
                    measure=f"{units} of age",
                )
            )


# A time written in glued abbreviations, as race results and timetables print it ("won in 1h 32m
# 16.3s", "finished in 4d 12h 30m", "takes 7h 40m"): one duration a part (as "4 hours 41 minutes
# 12 seconds"), read only as two or more parts in falling order, so "30m" alone stays metres or millions
RE_GLUED_TIME = re.compile(
    r"(?<![\w.,])(?:(?P<d>\d{1,3})d\s+)?(?P<h>\d{1,3})h(?:\s+(?P<m>\d{1,2})m)?(?:\s+(?P<s>\d{1,2}(?:\.\d{1,3})?)s)?(?![\w'’])"
)
GLUED_TIME_FOLLOWERS = N.Followers(("d", "h"))  # the glued letter right after the first part's number
# ... also minutes then seconds, as a lap or a short race prints them ("a lap of 1m 28.35s")
RE_GLUED_MIN_SEC = re.compile(r"(?<![\w.,])(?P<m>\d{1,3})m\s+(?P<s>\d{1,2}(?:\.\d{1,3})?)s(?![\w'’])")
GLUED_MIN_SEC_FOLLOWERS = N.Followers(("m",))
GLUED_TIME_PARTS = (
    ("d", "days", ""),
    ("h", "other", "hours"),
    ("m", "other", "minutes"),
    ("s", "other", "seconds"),
)


# ... and a gap or time in minutes and seconds as sports pages print it ("1min 42sec", "2min
# 05sec back", "3mins 9secs"): the seconds may be padded with a zero, as on a clock; one duration
# a part
RE_MIN_SEC = re.compile(r"(?<![\w.,])(?P<m>\d{1,3})\s?mins?\s+(?P<s>\d{1,2}(?:\.\d{1,3})?)\s?secs?(?![\w'’])")
MIN_SEC_PARTS = (("m", "other", "minutes"), ("s", "other", "seconds"))


# ... and a running time in hours and minutes hyphened into one adjective ("the 2-hour-48-minute
# film", "a 1-hour-52-minute documentary"): one duration a part, as "2 hours 48 minutes" is
RE_HYPHENED_HOURS_MINUTES = re.compile(
    r"(?<![\w.,-])(?P<h>\d{1,2})-hours?-(?:and-)?(?P<m>\d{1,2})-min(?:ute)?s?(?![\w])", re.IGNORECASE
)
HOURS_MINUTES_PARTS = (("h", "other", "hours"), ("m", "other", "minutes"))


def scan_hyphened_hours_minutes(sc: Scanner) -> None:
    """Running times hyphened "N-hour-M-minute" (above): a duration in hours and one in minutes."""
    for m in RE_HYPHENED_HOURS_MINUTES.finditer(sc.body):
        if not sc.free(m.start(), m.end()):
            continue
        sc.claim(m.start(), m.end())
        for group, unit, name in HOURS_MINUTES_PARTS:
            value = N.normalise_number(N.parse_amount(m.group(group)))
            sc.add(Figure(m.start(), m.end(), m.span(group), value, unit, "duration", f"(unit: {name})"))


def scan_min_sec(sc: Scanner) -> None:
    """Gaps and times in minutes and seconds ("1min 42sec", "6min 08sec"): a duration a part."""
    for m in RE_MIN_SEC.finditer(sc.body):
        if not sc.free(m.start(), m.end()) or sc.is_name_or_code(m.start(), m.end("m")):
            continue
        sc.claim(m.start(), m.end())
        for group, unit, name in MIN_SEC_PARTS:
            value = N.normalise_number(N.parse_amount(m.group(group)))
            sc.add(Figure(m.start(), m.end(), m.span(group), value, unit, "duration", f"(unit: {name})"))


def scan_glued_times(sc: Scanner) -> None:
    """Times of glued parts ("1h 32m 16.3s"): a duration for each part (see above)."""
    found = list(sc.at(RE_GLUED_TIME, sc.digits_then(GLUED_TIME_FOLLOWERS)))
    found += sc.at(RE_GLUED_MIN_SEC, sc.digits_then(GLUED_MIN_SEC_FOLLOWERS))
    for m in found:
        parts = m.groupdict()
        if sum(1 for g in "dhms" if parts.get(g)) < 2 or not sc.free(m.start(), m.end()):
            continue
        sc.claim(m.start(), m.end())
        for group, unit, name in GLUED_TIME_PARTS:
            if parts.get(group):
                value = N.normalise_number(N.parse_amount(m.group(group)))
                subject = f"(unit: {name})" if name else ""
                sc.add(Figure(m.start(), m.end(), m.span(group), value, unit, "duration", subject))


# A race result's gap behind the winner, signed and in seconds, after the finishing place ("was
# second, +0.36, and Moreau fourth, +1.17"): skiing, sledding and cycling copy leave the unit out
# (with a glued "s" it is read above). Whole numbers are no gap here ("third, +3" is
# golf's strokes over par), nor a figure with a unit or a percent after it.
RE_PLACING_GAP = re.compile(
    rf"\b(?:{'|'.join(sorted(ORDINAL_WORDS))}|\d{{1,2}}(?:st|nd|rd|th)),\s+\+(?P<num>\d{{1,3}}\.\d{{1,3}})"
    r"(?![\d%]|\.\d|[A-Za-z]|\s+(?:per|percent|points?|pts|pc)\b)",
    re.IGNORECASE,
)


def scan_placing_gaps(sc: Scanner) -> None:
    """Gaps behind a race's winner after a finishing place ("third, +0.62"): durations in seconds."""
    for m in RE_PLACING_GAP.finditer(sc.body):
        s, e = m.span("num")
        if sc.free(s - 1, e):
            sc.claim(s - 1, e)
            value = N.normalise_number(N.parse_amount(m.group("num")))
            sc.add(Figure(s - 1, e, (s, e), value, "other", "duration", "gap to the winner (unit: seconds)"))


# A time in hours written with the letter "h" after a distance and "in", the rate's two parts
# given once ("walked 5 km in 3 h", "covered 42 km in 2 h 10 min"): the letter alone is hours only
# there, where a distance is gone over in it (elsewhere "3 h" may be a grade or a hand)
RE_RATE_HOURS = re.compile(r" in (?P<num>\d{1,3}(?:\.\d{1,2})?) ?h(?=[\s.,;:)]|\Z)")
RE_DISTANCE_BEFORE = re.compile(r"\d\s?(?P<unit>[A-Za-z]+)\.?\Z")
DISTANCE_BEFORE_REACH = 24  # characters before " in" read for the distance's unit


def scan_rate_hours(sc: Scanner) -> None:
    """Hours written "h" after a distance and "in" (above): a duration in hours."""
    for m in RE_RATE_HOURS.finditer(sc.body):
        before = RE_DISTANCE_BEFORE.search(sc.body, max(0, m.start() - DISTANCE_BEFORE_REACH), m.start())
        measure = measures.measure_for(before.group("unit")) if before else None
        s, e = m.span("num")
        if measure is None or not measures.is_length(measure) or not sc.free(s, m.end()):
            continue
        sc.claim(s, m.end())
        value = N.normalise_number(N.parse_amount(m.group("num")))
        sc.add(Figure(s, m.end(), (s, e), value, "other", "duration", "(unit: hours)"))


def _titled_unit(sc: Scanner, start: int, unit: str) -> bool:
    """Whether a time unit capitalised in running prose after a number in digits, not at its
    sentence's start, makes a title with it ("60 Minutes", "48 Hours"): prose writes units lower-case."""
    if not (unit[:1].isupper() and unit[1:].islower() and len(unit) > 3):
        return False
    return sc.body[start].isdigit() and sc.sentence_bounds(start)[0] != start


# "day" and "night" before a plural of persons name their shift ("2,000 day labourers", "300 day
# trippers", "40 night nurses"), and before a plural of things the kind of thing ("64 night
# transects", "12 day trips", "three night shifts"): the persons or things are counted, no span
# ("a 10 day trip" spans days, and so do "three-day passes", hyphened); so do they as the head of a
# compound hyphened after a spaced number ("48,000 night-sky tourists", "12 day-trip coaches")
SHIFT_WORDS = frozenset(("day", "night"))
RE_PLURAL_AFTER = re.compile(r"(?:-[a-z]{3,})? ([a-z]{4,})\b")


def _counted_after(body: str, end: int, spaced: bool) -> bool:
    """Whether a plural of persons (vocab.PEOPLE_NOUNS, or a person's or a doer's end) follows
    `end`, or, after a number `spaced` from its "day" or "night", a plural of things (a regular
    plural in -s, not of a unit of time: "seven day weeks"), also after a hyphened word ("night-sky
    tourists") when `spaced`."""
    m = RE_PLURAL_AFTER.match(body, end)
    if m is not None and body[end] == "-" and not spaced:
        return False
    if m is None:
        return False
    word = m.group(1)
    if names_persons(word) or is_agent_plural(word):
        return True
    return (
        spaced and word.endswith("s") and not word.endswith(("ss", "us", "is")) and word not in DURATION_UNITS
    )


# "one" and a unit of time, a part of the day or a season opening a clause, then a comma or the
# clause's subject, tells of a time left untold, no span and no count ("One day the river
# stopped", "Then one year, the harvest failed", "One afternoon, the mayor resigned"); "one day
# later", "one day of talks", "one day a week", "lasted one day" are spans
RE_ONE_TIME_CLAUSE_BEFORE = re.compile(
    r"(?:\b(?:then|and|but|until|till|when|that)|[,;:])\s+\Z", re.IGNORECASE
)
RE_ONE_TIME_CLAUSE_AFTER = re.compile(
    rf",|\s+(?:(?:{'|'.join(sorted(SUBJECT_OPENERS - {'a', 'an'}))})\b|an?\s+(?!{_DUR}\b)|[A-Z][a-z])"
)


def one_time_untold(sc: Scanner, start: int, end: int) -> bool:
    """Whether "one" and a word of time at start..end is a time left untold (see above)."""
    if RE_ONE_TIME_CLAUSE_AFTER.match(sc.body, end) is None:
        return False
    opener = sc.body[start].isupper() and sc.sentence_start_or_lower(start, sc.body[start:end])
    return opener or RE_ONE_TIME_CLAUSE_BEFORE.search(sc.body, max(0, start - 8), start) is not None


# A fact box's line whose label opens with a unit of time and a preposition of where or till when,
# then a bare number ("Days on market: 7", "Weeks in hospital: 3", "Years in office: 12", "Days
# until polling: 9"): a span of time in that unit (rules, table 6). Not "Days with rain: 11":
# days counted by what they had are a count (rules, table 4).
SPAN_LABEL_WORDS = ("Days", "Weeks", "Months", "Years", "Hours", "Minutes")
RE_SPAN_LABEL = re.compile(
    rf"{LABEL_LINE_OPENING}(?P<du>{'|'.join(SPAN_LABEL_WORDS)})[ \t]+"
    r"(?:on|in|at|to|until|till|before|since|left|remaining|away|off|spent|served)\b[^:\n]{0,30}:[ \t]*"
    r"(?P<num>\d{1,4}(?:\.\d+)?)(?=[ \t]*(?:\n|\Z|\())"
)


def scan_labelled_spans(sc: Scanner) -> None:
    """Spans of time a fact box's line states under a label of time (RE_SPAN_LABEL)."""
    for m in RE_SPAN_LABEL.finditer(sc.body):
        s, e = m.span("num")
        if not sc.free(s, e):
            continue
        word = m.group("du").lower()
        unit = DURATION_UNITS[word]
        label = m.group(0)[: m.group(0).index(":")].strip(" \t-–•*·")
        subject = label if unit != "other" else f"{label} (unit: {word})"
        sc.claim(s, e)
        sc.add(Figure(m.start("du"), e, (s, e), N.parse_amount(m.group("num")), unit, "duration", subject))


# "zero" joined to a unit of time before a noun names a kind of thing, not a span (rules, table 8:
# "a single-member district"): labour copy's "zero-hours contracts" (no hours guaranteed),
# security copy's "a zero-day flaw" (no days' warning); "zero hours of downtime" stays a span
RE_ZERO_KIND_AFTER = re.compile(r"\s+[a-z]{3,}\b")


def scan_durations(sc: Scanner) -> None:
    """Ages first (they read "years" too), then spans of time, single or ranges."""
    scan_glued_times(sc)
    if "-min" in sc.lower and "-hour" in sc.lower:
        scan_hyphened_hours_minutes(sc)
    if ":" in sc.body and any(f"{word} " in sc.body for word in SPAN_LABEL_WORDS):  # the cheap tests first
        scan_labelled_spans(sc)
    if ", +" in sc.body:
        scan_placing_gaps(sc)
    if "sec" in sc.lower and N.after_digit(sc.body, "min"):  # (RE_MIN_SEC walks every character)
        scan_min_sec(sc)
    scan_rate_hours(sc)  # (RE_RATE_HOURS opens with " in ": its own search is cheaper than any gate)
    if " days" in sc.lower and " year" in sc.lower:
        scan_ages_to_the_day(sc)
    scan_ages(sc)
    if " and a half" in sc.lower or "-and-a-half-" in sc.lower:
        scan_and_a_half(sc)
    for m in sc.at(RE_DURATION, sc.digits_then(DURATION_FOLLOWERS), sc.words):
        if m.group("du").lower() in ("century", "centuries") and RE_BREAKS_AFTER.match(sc.body, m.end()):
            continue  # "five century breaks": snooker's breaks of 100 points or more, counted
        if sc.body.startswith(("-fine", " fines"), m.end()):
            continue  # "40 day-fines", "50 day fines": units of a fine set by income, counted, no span
        if (
            m.group("num").lower() == "zero"
            and RE_ZERO_KIND_AFTER.match(sc.body, m.end())
            and "-" in m.group(0)
        ):
            # "a zero-hours contract", "a zero-day flaw": a kind of thing, no span
            sc.claim(m.start(), m.end())
            continue
        if m.group("du").lower() in SHIFT_WORDS and _counted_after(
            sc.body, m.end(), sc.body[m.start("du") - 1] == " "
        ):
            continue  # "40 night nurses", "64 night transects": persons or things by their time, counted
        if m.group("num").lower() == "one" and one_time_untold(sc, m.start(), m.end()):
            sc.claim(m.start(), m.end())  # "One day the river rose": a time left untold, no figure
            continue
        if m.group("num2") and not sc.range_ok(m):
            # "two and three years" with no "between", "either two or three years": two spans
            # sharing the unit, read apart
            first = m
            m = RE_DURATION.match(sc.body, m.start("num2"))  # type: ignore[assignment]
            if m is None:
                continue
            _add_coordinated(sc, first, m)
        s, e = m.span()
        num = m.group("num")
        if not sc.free(s, e):
            continue
        if sc.body[e - 5 : e] == "-long" and sc.body[m.end("num2" if m.group("num2") else "num")].isspace():
            continue  # "two week-long amnesties": the number counts the amnesties
        if (
            num[0].isalpha()
            and not sc.sentence_start_or_lower(s, num)
            and not RE_TITLED_PLAN.match(sc.body, s)
        ):
            continue
        if num[0].isdigit() and sc.is_name_or_code(s, m.end("num")):
            continue
        if _titled_unit(sc, s, m.group("du")):
            sc.claim(s, e)  # "watched 60 Minutes on Sunday", "a 48 Hours special": a programme's title
            continue
        word = m.group("du").lower()
        if word == "sec" and m.group("du") != "sec":
            continue  # "12 SEC filings": the regulator, not seconds
        if word == "quarters" and (
            "-" in m.group(0) or sc.body.startswith(" of", e) and not _span_opened(sc.body, s)
        ):
            continue  # "three quarters of the staff", "three-quarters": a fraction (rules, table 8)
        if word in AGE_UNITS and _add_age(sc, m, AGE_UNITS[word]):
            continue
        unit = DURATION_UNITS[word]
        word = DURATION_ABBREVIATIONS.get(word, word)
        noun = first_token(sc.body, e, e + 30)
        # the noun a compound describes ("a three-day visit"); after "six weeks" the next word is
        # no noun of it ("eight minutes before half-time", "three years ago"): the clause names it
        compound = "-" in sc.body[m.end("num") if not m.group("num2") else m.end("num2") : e]
        subject = (
            noun
            if compound
            and noun.replace("-", "").isalpha()
            and noun[0].isalpha()
            and noun.lower() not in FUNCTION_WORDS
            else ""
        )
        described = noun
        if subject and "-" in noun and sc.body[e : e + 1] == " ":
            # "90-day fixed-rate bonds": a hyphened modifier, then the noun it and the span describe
            after = e + 1 + len(noun)
            head = first_token(sc.body, after, after + 30) if sc.body[after : after + 1] == " " else ""
            if head.isalpha() and head.islower() and head not in FUNCTION_WORDS:
                subject = described = f"{noun} {head}"
        if unit == "other":
            subject = f"{subject} (unit: {word if word.endswith('s') else word + 's'})".strip()
        quote_end = e
        if subject and not subject.startswith("(") and m.group(0).count("-") and sc.body[e : e + 1] == " ":
            quote_end = e + 1 + len(described)  # "three-day visit": the noun the duration describes
        value: Value = N.normalise_number(N.parse_amount(num, m.group("scale")))
        core_end = m.end("num")
        if m.group("num2"):
            high = N.normalise_number(N.parse_amount(m.group("num2"), m.group("scale2") or m.group("scale")))
            if high <= value or is_change_pair(sc.body, s, CHANGE_WORDS.__contains__):  # type: ignore[operator]
                low_end = m.end("num")
                if (
                    m.group("join").strip() == "to"
                    and sc.free(s, low_end)
                    and not N.dated_year(sc.body, s, low_end)
                ):
                    # "cut the trip from 55 to 25 minutes": the earlier span is in the same unit
                    sc.claim(s, low_end)
                    sc.add(Figure(s, low_end, (s, low_end), value, unit, "duration", subject))
                s = m.start("num2")  # "from 10 to 12 years": the second is the span named
                value = high
            else:
                value = f"{value}/{high}"
            core_end = m.end("num2")
        sc.claim(s, e)
        kind = "count" if unit == "days" and _days_counted(sc, m) else "duration"
        if kind == "count" and not subject and (suited := RE_DAYS_SUITABLE.match(sc.body, e)):
            task = first_token(sc.body, suited.end(), suited.end() + 30)  # "suitable for fieldwork"
            subject = f"days suitable for {task}" if task.isalpha() else subject
        elif kind == "count" and not subject and (accrued := RE_DAYS_ACCRUED.match(sc.body, e)):
            what = " ".join(accrued.group().lstrip("'’").split()).removeprefix("of ")
            subject = f"days of {what}"  # "days of sea time", "days of annual leave"
        elif kind == "count" and not subject and (weather := RE_DAYS_WITH_WEATHER.match(sc.body, e)):
            subject = (
                f"days {' '.join(weather.group().split())}"  # "days with a low", "days with measurable rain"
            )
        sc.add(Figure(s, quote_end, (s, core_end), value, unit, kind, subject))
    if "-second" in sc.lower:
        scan_second_compounds(sc)
    if "s" in sc.body:
        scan_glued_seconds(sc)
    if "minutes" in sc.lower and "fter " in sc.body:
        scan_match_minutes(sc)
    if ", " in sc.body:
        scan_span_parts(sc)
    if " out of " in sc.lower:
        scan_span_wholes(sc)


# A part of a span just stated, as a bare number after a comma: "N of them" ("taught for 43 years,
# 19 of them as head", "held for 20 months, seven of them in solitary") or "the last N", "the
# first N" before "as", "in", ... ("served 38 years at the hospital, the last 12 as matron"): a
# span in the whole's unit (rules, table 6), no part larger than its whole; no comma, figure or
# clause break between the whole and its part (elided_units.PART_GAP)
RE_SPAN_PART_AFTER = re.compile(
    rf"{PART_GAP}(?:(?P<the>the\s+(?:last|final|first|past|other|remaining|next)\s+)"
    rf"|(?:(?:only|just|{APPROX})\s+)?)"
    rf"(?P<num>\d{{1,3}}(?:\.\d)?|(?i:{N.WORD_NUMBER}))"
    r"(?(the)(?=\s+(?:as|in|at|on|with|under|for|spent|behind|abroad|overseas)\b|\s*[,.;)])"
    r"|(?P<of>\s+of\s+(?:them|those)\b))"
)
RE_SPAN_PART_ROLE = re.compile(
    r"\s+((?:as|in|at|on|with|under|abroad|overseas)\b[^,.;:!?()\d]{0,50})(?=[,.;:!?)]|\Z)"
)


def scan_span_parts(sc: Scanner) -> None:
    """Parts of a span stated right after it (RE_SPAN_PART_AFTER), in the span's unit."""
    for whole in _number_spans(sc):
        m = RE_SPAN_PART_AFTER.match(sc.body, whole.end)
        value = _span_number(sc, m) if m is not None else None
        if m is None or value is None or value > whole.value:  # type: ignore[operator]
            continue  # a part is no larger than its whole
        end = m.end("of") if m.group("of") else m.end("num")
        part = RE_SPAN_PART_ROLE.match(sc.body, end)
        subject = f"time {' '.join(part.group(1).split())}" if part else ""  # "time as matron"
        _add_related_span(sc, whole, m, end, value, subject)


def _number_spans(sc: Scanner) -> list[Figure]:
    """The spans found so far whose value is one number."""
    return [f for f in sc.figures if f.kind == "duration" and isinstance(f.value, int | float)]


def _span_number(sc: Scanner, m: re.Match[str]) -> Value | None:
    """The value of the number in `m`'s group "num" (digits or a number word in lower case) when it
    is free, else None."""
    s, e = m.span("num")
    num = m.group("num")
    if not sc.free(s, e) or num[0].isupper():
        return None
    return N.normalise_number(N.parse_amount(num))


def _add_related_span(
    sc: Scanner, span: Figure, m: re.Match[str], end: int, value: Value, subject: str
) -> None:
    """Add the number in `m`'s group "num", its quote running to `end`, as a span in the unit of
    `span` (the part or the whole it is stated beside), with `subject` and the span's unit label."""
    s, e = m.span("num")
    label = RE_UNIT_LABEL.search(span.subject) if span.unit == "other" else None
    sc.claim(s, end)
    sc.add(
        Figure(
            s,
            end,
            (s, e),
            value,
            span.unit,
            "duration",
            f"{subject} {label.group(0) if label else ''}".strip(),
        )
    )


# The whole a span was part of, "out of N" after it, a rate's period between ("used for an
# average of 5.2 hours a day out of 8 scheduled", "22 weeks out of 36 planned", "out of a possible
# 40"): a span in the part's unit, no smaller than the part, where a word of SCHEDULED_SPAN_WORDS
# or the clause's end follows the whole ("out of 8 attempts" counts the attempts)
RE_SPAN_WHOLE_AFTER = re.compile(
    r"(?:\s+(?:a|an|per|each)\s+(?:day|night|week|month|year|shift|session))?\s+out\s+of\s+"
    rf"(?:(?:a|the)\s+)?(?P<possible>possible\s+)?(?P<num>\d{{1,4}}(?:\.\d+)?|(?i:{N.WORD_NUMBER}))"
    rf"(?=\s+(?P<word>{'|'.join(sorted(SCHEDULED_SPAN_WORDS))})\b|\s*[,.;:)]|\s*\Z)"
)


def scan_span_wholes(sc: Scanner) -> None:
    """Wholes of spans stated right after them (RE_SPAN_WHOLE_AFTER), in the span's unit."""
    for part in _number_spans(sc):
        m = RE_SPAN_WHOLE_AFTER.match(sc.body, part.end, part.end + 60)
        value = _span_number(sc, m) if m is not None else None
        if m is None or value is None or value < part.value:  # type: ignore[operator]
            continue  # a whole is no smaller than its part
        end = m.end("word") if m.group("word") else m.end("num")
        said = m.group("word") or ("possible" if m.group("possible") else "")
        subject = f"time {said}".strip() if said else "whole time"
        _add_related_span(sc, part, m, end, value, subject)


# A minute of a match with its unit carried from the report's other minutes, as football and rugby
# copy writes it in quotes and asides ("I was tired after about 60.", "he went off after 70"):
# minutes, in a text about a match of goals or tries that states minutes elsewhere (a cricket
# score's "out after 60" is runs: a text of wickets or overs is left alone); a mark with a digit
# after it goes on with the number, a clock time's or a decimal's ("until after 21:00" is an hour)
RE_MATCH_MINUTE = re.compile(
    rf"\b[Aa]fter\s+(?:(?:{'|'.join(map(re.escape, APPROX_WORDS))}|only|just)\s+)?(?P<num>[1-9]\d?|1[01]\d|120)"
    r"(?=\s*(?:[;)!?\"”’]|[,.:](?!\d))|\s*\Z)"
)
MATCH_CUES = (
    "half-time",
    "kick-off",
    "goal",
    "penalty",
    "the whistle",
    "equalis",
    "equaliz",
    "sent off",
    "red card",
)
NOT_MATCH_CUES = ("wicket", "innings", " overs")
# ... and rugby's tries, as whole words ("scored two tries", "a try"): "countries", "entries" and
# "a trying week" are none
RE_TRY_CUE = re.compile(r"tries(?![\w-])|a try(?![\w-])")


def _names_tries(lower: str) -> bool:
    """Whether a lower-cased text names rugby's tries as a word (RE_TRY_CUE, no letter before it)."""
    return any(not m.start() or not lower[m.start() - 1].isalnum() for m in RE_TRY_CUE.finditer(lower))


def scan_match_minutes(sc: Scanner) -> None:
    """Minutes of a match after "after" with no unit (RE_MATCH_MINUTE), in a match report."""
    if not (any(cue in sc.lower for cue in MATCH_CUES) or _names_tries(sc.lower)) or any(
        cue in sc.lower for cue in NOT_MATCH_CUES
    ):
        return
    for m in RE_MATCH_MINUTE.finditer(sc.body):
        s, e = m.span("num")
        if not sc.free(s, e):
            continue
        sc.claim(s, e)
        sc.add(
            Figure(
                m.start(),
                e,
                (s, e),
                N.normalise_number(N.parse_amount(m.group("num"))),
                "other",
                "duration",
                "time into the match (unit: minutes)",
            )
        )


# a time in seconds with the "s" glued, as results and gaps are printed in motor racing, cycling,
# athletics and swimming copy: a decimal ("in 9.58s") or a signed gap ("+6.215s", "+5s"); a
# whole number with an "s" is a decade or a plural ("the 1990s", "in their 30s", "737s")
RE_GLUED_SECONDS = re.compile(r"(?:(?<=\+)\d{1,3}(?:\.\d{1,3})?|(?<![\w.,+])\d{1,3}\.\d{1,3})s(?![\w'’-])")
SECONDS_FOLLOWERS = N.Followers(("s",))  # the glued "s" right after the number


def scan_glued_seconds(sc: Scanner) -> None:
    """Times and gaps in seconds with a glued "s" ("+6.215s", "a 9.58s run"), in seconds."""
    for m in sc.at(RE_GLUED_SECONDS, sc.digits_then(SECONDS_FOLLOWERS)):
        s, e = m.span()
        if not sc.free(s, e):
            continue
        value = N.normalise_number(N.parse_amount(sc.body[s : e - 1]))
        gap = sc.body[s - 1 : s] == "+"  # "+6.215s": behind the leader of a race or a table
        sc.claim(s, e)
        sc.add(
            Figure(
                s,
                e,
                (s, e - 1),
                value,
                "other",
                "duration",
                f"{'gap to the leader ' if gap else ''}(unit: seconds)",
            )
        )


# words right before a number that make "N quarters of ..." a span of quarter-years, not a
# fraction: "the first three quarters of 2026", "the past two quarters of the year"
SPAN_OPENERS = frozenset("first last past next previous final latest opening".split())
RE_WORD_BEFORE = re.compile(r"([A-Za-z]+)\s+\Z")


def _span_opened(body: str, start: int) -> bool:
    """Whether the word right before the number at `start` opens a span ("the first three ...")."""
    found = RE_WORD_BEFORE.search(body, max(0, start - 20), start)
    return found is not None and found.group(1).lower() in SPAN_OPENERS


def _add_coordinated(sc: Scanner, first: re.Match[str], second: re.Match[str]) -> None:
    """The first span of "A and B <unit>" ("94.2 million and 93.6 million years ago"), in the unit
    the second names, when its number is digits (or, in "either two or three years", any number)
    and still free; not a year after a word that dates ("11 weeks in 2024 and 14 weeks in 2025":
    the year of the first span, read by the year scan)."""
    s, e = first.start("num"), first.end("scale" if first.group("scale") else "num")
    num = first.group("num")
    either = first.group("join").strip() == "or"  # range_ok turned down "or" only after "either"
    if not (num[0].isdigit() or either) or not sc.free(s, e) or sc.is_name_or_code(s, first.end("num")):
        return
    if N.dated_year(sc.body, s, e):
        return
    word = second.group("du").lower()
    unit = DURATION_UNITS[word]
    word = DURATION_ABBREVIATIONS.get(word, word)
    subject = f"(unit: {word if word.endswith('s') else word + 's'})" if unit == "other" else ""
    value = N.normalise_number(N.parse_amount(num, first.group("scale")))
    sc.claim(s, e)
    sc.add(Figure(s, e, (s, first.end("num")), value, unit, "duration", subject))


def _days_counted(sc: Scanner, m: re.Match[str]) -> bool:
    """Whether days are the days something happened on ("the port shut on 9 days in May"), counted
    days like working days lost (rules, table 4), not a span ("on 30 days' notice" is a span)."""
    if not m.group("num2") and "-" not in m.group(0) and RE_DAYS_ACCRUED.match(sc.body, m.end()):
        return True  # "720 days of sea time", "15 days' sick leave": days accrued as a quantity
    if m.group("num2") or "-" in m.group(0) or sc.body[m.end() : m.end() + 1] in "'’":
        return False  # a range, "on three-day trips" (a compound: a span), "on 30 days' notice"
    if RE_DAYS_A_WEEK_AFTER.match(sc.body, m.end()):
        return False  # "put on three days a week": a schedule's days, a span (rules, table 6)
    if RE_DAYS_PAST_MARK.match(sc.body, m.end()):
        return True  # "17 days above 28C", "40 days below freezing": days on which a reading passed a mark
    if RE_DAYS_SUITABLE.match(sc.body, m.end()):
        return True  # "4.5 days were suitable for fieldwork": the days of a week fit for a task
    if RE_DAYS_WITH_WEATHER.match(sc.body, m.end()):
        return True  # "nine days with a low under 10": days on which the weather did so
    _, cut = sc.approx_before(m.start())
    if RE_DAYS_TRADED_BEFORE.search(sc.lower, max(0, cut - 30), cut):
        return True  # "bought 1,500 days a year": days sold as a quantity, not a span
    if RE_DAYS_LOST_BEFORE.search(sc.lower, max(0, cut - 16), cut):
        return True  # "I've lost four days of fares": days of work lost, counted
    if RE_ON_PART_OF_BEFORE.search(sc.lower, max(0, cut - PART_OF_REACH), cut):
        return True  # "on 41 of the 58 days": the whole the days happened on are taken from, counted
    if RE_SAT_FOR_BEFORE.search(sc.lower, max(0, cut - 24), cut) and RE_WITHIN_PERIOD_AFTER.match(
        sc.lower, m.end()
    ):
        return True  # "the court sat for four days this week": sitting days of the week counted
    return (
        sc.lower.endswith(" on ", 0, cut)
        or RE_ON_FEW_BEFORE.search(sc.lower, max(0, cut - 20), cut) is not None
    )


# a body that sits ("the court sat for four days this week", "parliament met for 61 days last
# year"): days of sitting counted within the period named after them, like "23 court days"
# (sitting days counted); "sat for four days" with no period after it is a span; so are the days a
# place was open within a period ("the ski field was open 142 days this season", "open 250 days in
# the first nine months": days open counted, late-units10)
RE_SAT_FOR_BEFORE = re.compile(
    r" (?:(?:sat|sits|sit|met|meets|meet) (?:only |just )?for|open(?: only| just)?) \Z"
)
_FULL_MONTHS = "|".join(  # each month's longest name ("september", not "sept"), lower case
    max((name for name, number in MONTHS.items() if number == month), key=len).lower()
    for month in range(1, 13)
)
RE_WITHIN_PERIOD_AFTER = re.compile(
    r" (?:(?:this|last|that|next) (?:week|month|term|session|season|year)"
    rf"|in (?:{_FULL_MONTHS}|(?:19|20)\d\d"
    r"|the (?:first|last|past) (?:[a-z0-9]+ )?(?:weeks?|months?|years?|half|quarter|season)))\b"
)


# the days of a working or opening week ("were put on three days a week", "opens on four days per
# week"): a schedule, a span in days as "six days a week" is (rules, table 6), also after "on"
RE_DAYS_A_WEEK_AFTER = re.compile(r"\s+(?:a|per|each|every)\s+week\b")


# "on" and a word that weighs the number ("on only 61 days", "on just 9 days", "on a mere 12
# days"): the days something happened on, counted as after a bare "on"
RE_ON_FEW_BEFORE = re.compile(r" on (?:only|just|a mere|merely|barely|all but) \Z")


# days of a quantity accrued, owed or spent ("720 days of sea time", "10 days of annual leave",
# "25 days' paid holiday", "540 days of sea service"): counted like working days (rules, table 4),
# not a span ("for 30 days" names none)
RE_DAYS_ACCRUED = re.compile(
    r"(?:\s+of|['’])\s+(?:(?:paid|unpaid|annual|sick|accrued|unused|untaken|special|compassionate|parental"
    r"|maternity|paternity|study|casual|earned|holiday|home|shore|medical|vacation|family)\s+)*"
    r"(?:leave|holidays?|vacation|sea\s+time|sea\s+service|sea\s+days)\b",
    re.IGNORECASE,
)


# the part "on" a number of days is of, before the whole ("broke the limit on 41 of the 58 days",
# "on 12 of its 20 trading days", "on only 38 of 90 days"): the whole's days are counted too, like
# the part's
RE_ON_PART_OF_BEFORE = re.compile(
    r"\bon\s+(?:(?:only|just|about|around|some|nearly|at\s+least|more\s+than|fewer\s+than)\s+)?"
    rf"(?:\d[\d,]*|{N.WORD_NUMBER})\s+of\s+(?:(?:the|its|their|those|these)\s+"
    r"(?:(?:last|first|past|next|previous|final|remaining)\s+)?)?\Z"
)
PART_OF_REACH = 60  # characters before the whole's number read for the part "on" days


# days as the object of a verb of buying, selling, allotting or committing ("the fleet bought
# 1,500 days a year", "committed to 900 days", "sold 40 days of access"): days traded as a
# quantity, counted like working days lost (rules, table 4), not a span ("within 30 days" has no
# such verb; "paid for 30 days" is a span paid for)
RE_DAYS_TRADED_BEFORE = re.compile(
    rf"\b(?:{'|'.join(sorted(BUY_VERBS | SELL_VERBS))}"
    r"|allocated?|allocates|allott?ed|allots|commit(?:s|ted)?\s+to|committed\s+itself\s+to)\s+\Z"
)


# days as the object of a verb of losing ("I've lost four days of fares", "the mill lost 12 days to
# the flood"): days of work lost, counted like working days lost (rules, table 4; late-kinds15)
RE_DAYS_LOST_BEFORE = re.compile(r"\b(?:lost|lose|loses|losing)\s+\Z")


# days counted by a reading that passed a mark ("recorded 17 days above 28C", "12 days over 35
# degrees", "40 days below freezing"): the days it happened on, not a span
RE_DAYS_PAST_MARK = re.compile(
    r"\s+(?:above|below|over|under)\s+(?:\d|minus\s+\d|freezing|zero)", re.IGNORECASE
)


# ... or days counted by the weather they had, as weather pages and almanacs count them ("nine days
# with a low under 10", "six days with measurable rain", "14 days with snow on the ground"):
# the days it happened on, not a span ("30 days with pay" has no weather word)
RE_DAYS_WITH_WEATHER = re.compile(
    r"\s+with\s+(?:an?\s+|no\s+)?(?:(?:high|low|reading|temperature|frost)s?\b|(?:measurable\s+|heavy\s+|some\s+)?"
    r"(?:rain|rainfall|snow|snowfall|precipitation|sunshine|thunderstorms?|fog|hail)\b)",
    re.IGNORECASE,
)


# days counted by their fitness for a task, as farm reports give a week's workable days ("5.2 days
# were suitable for fieldwork", "six days fit for spraying"): counted days, not a span ("within
# 30 days" has no such word)
RE_DAYS_SUITABLE = re.compile(r"\s+(?:were\s+|was\s+)?(?:suitable|fit)\s+for\b", re.IGNORECASE)


# A plan's span in its capitalised title ("the Eleventh Five-Year Development Plan", "a Three-Year
# Action Plan", "its 10-Year Strategy"): a span of time like "a five-year plan" (rules, table 6),
# while other capitalised number words stay names ("Seven Years in Tibet", "the Six-Day War").
RE_TITLED_PLAN = re.compile(
    r"[A-Z][a-z]+-(?:Year|Month)\s+(?:[A-Z][a-z]+\s+){0,2}(?:Plan|Programme|Program|Strategy|Agenda)\b"
)


def scan_and_a_half(sc: Scanner) -> None:
    """Spans of a whole number and a half ("four and a half years", "an hour and a half"): the
    value ends in .5."""
    found = sorted(
        (
            *RE_AND_A_HALF.finditer(sc.body),
            *RE_ONE_AND_A_HALF.finditer(sc.body),
            *RE_AND_A_HALF_COMPOUND.finditer(sc.body),
        ),
        key=lambda m: m.start(),
    )
    for m in found:
        s, e = m.span()
        num = m.groupdict().get("num") or "one"
        if (
            not sc.free(s, e)
            or m.re is not RE_ONE_AND_A_HALF
            and num[0].isalpha()
            and not sc.sentence_start_or_lower(s, num)
        ):
            continue
        word = m.group("du").lower()
        unit = DURATION_UNITS[word]
        word = DURATION_ABBREVIATIONS.get(word, word)
        subject = f"(unit: {word if word.endswith('s') else word + 's'})" if unit == "other" else ""
        value = N.normalise_number(N.parse_amount(num) + 0.5)
        sc.claim(s, e)
        sc.add(Figure(s, e, (s, e), value, unit, "duration", subject))


def scan_second_compounds(sc: Scanner) -> None:
    """Spans in seconds written as a compound adjective ("a 30-second increment"), in seconds."""
    for m in RE_SECOND_COMPOUND.finditer(sc.body):
        s, e = m.span()
        num = m.group("num")
        if not sc.free(s, e) or num.lower() in TENS_WORDS:
            continue
        if num[0].isalpha() and not sc.sentence_start_or_lower(s, num):
            continue
        noun = first_token(sc.body, e, e + 30)
        named = noun.isalpha() and noun.lower() not in FUNCTION_WORDS
        quote_end = e + 1 + len(noun) if named and sc.body[e : e + 1] == " " else e
        value = N.normalise_number(N.parse_amount(num))
        subject = f"{noun if named else ''} (unit: seconds)".strip()
        sc.claim(s, e)
        sc.add(Figure(s, quote_end, (s, m.end("num")), value, "other", "duration", subject))


# a bound on the age of the animals or the young right before it ("Kittens under six months go home
# in pairs", "babies younger than six weeks"; late-kinds14): an age in that unit, as "children
# under 12" is one in years (ages.RE_OVER_UNDER)
RE_AGE_BOUND_BEFORE = re.compile(
    r"\b(?P<noun>[A-Za-z]+)\s+(?:aged\s+)?(?:under|over|below|above|younger\s+than|older\s+than)\s+\Z"
)
AGE_BOUND_REACH = 40  # characters before the span read for its bound and the noun before it


def _age_bound(body: str, start: int) -> bool:
    """Whether a span at `start` bounds the age of animals or of the young (ages.CHILD_NOUNS) named
    right before it (above); not "Staff over six months", a time served."""
    m = RE_AGE_BOUND_BEFORE.search(body, max(0, start - AGE_BOUND_REACH), start)
    if m is None:
        return False
    noun = m.group("noun").lower()
    return noun in ANIMAL_NOUNS or noun[:-1] in ANIMAL_NOUNS or noun in CHILD_NOUNS


def _add_age(sc: Scanner, m: re.Match[str], units: str) -> bool:
    """Add the age a span of hours, days, weeks or months states ("a six-week-old puppy", "10
    months old", "six-month-olds", "Kittens under six months"), with what is that old; False when
    the span is no age."""
    e = m.end()
    hyphened = sc.body.endswith(("-old", "-olds"), m.start(), e)
    spaced = None if hyphened else RE_OLD_AFTER.match(sc.body, e)
    if not (
        hyphened
        or spaced
        or m.group("num2") is None
        and (RE_OLD_END_AFTER.match(sc.body, e) or _age_bound(sc.body, m.start()))
    ):
        return False
    value: Value = N.normalise_number(N.parse_amount(m.group("num")))
    core_end = m.end("num")
    if m.group("num2"):
        value, core_end = f"{value}/{N.normalise_number(N.parse_amount(m.group('num2')))}", m.end("num2")
    quote_end = spaced.end() if spaced else e
    # the noun a hyphened "-old" describes ("puppy"); "six-month-olds" are themselves the noun
    noun = first_token(sc.body, e, e + 30) if sc.body.endswith("-old", m.start(), e) else ""
    whose = f"age of {noun}" if noun.isalpha() and noun.lower() not in FUNCTION_WORDS else "age"
    if whose != "age" and sc.body[e : e + 1] == " ":
        quote_end = e + 1 + len(noun)
    sc.claim(m.start(), e)
    subject = f"{whose} (unit: {units} of age)"
    sc.add(
        Figure(
            m.start(),
            quote_end,
            (m.start(), core_end),
            value,
            "other",
            "count",
            subject,
            measure=f"{units} of age",
        )
    )
    return True
