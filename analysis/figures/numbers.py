"""Number grammar: regex fragments and parsers for digits, number words, scales and months."""

from __future__ import annotations

import itertools
import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from decimal import Decimal
from functools import cache

from ..alternation import grouped_alternation
from ..letters import ascii_view, non_ascii
from ..vocab import (
    CHANGE_WORDS,
    COMPOUND_SCALE_WORDS,
    DOZEN_WORD,
    MONTHS,
    NAME_WORDS,
    ROUGH_COUNT_WORDS,
    ROUGH_WORDS,
    SCALE_ABBREVIATIONS_MONEY_ONLY,
    SCALE_WORDS,
    SCALE_WORDS_BEFORE_CURRENCY,
    TENS_WORDS,
    UNIT_WORDS,
)


def alternation(words: object) -> str:
    """Regex alternation of literal words, longest first (so "per cent" beats "per")."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))  # type: ignore[arg-type]


# Digits: plain, Western grouping (1,234,567), Indian grouping (1,67,929), decimals.
DIGITS = r"(?<![\w.,])(?:\d{1,3}(?:,\d{2})*,\d{3}|\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\w]|[.,]\d)"
# a grouping is read whole ("2,500,000", never its first "2,500")
# a space (or a no-break or thin space) groups thousands too: "10 000 dollars"; a first group with a
# leading zero groups no thousands ("ring 021 433 9870" is a phone number's trunk code and groups)
# A comma before one or two digits and a large scale or a percent is a decimal comma, as Southern
# African and continental European copy writes it ("N$4,6 million", "R2,5bn", "33,2%"): a
# thousands group has three digits, so "4,6 million" can be nothing else; nor can a comma after a
# lone zero open a thousands group ("0,18 EUR/kWh", "€0,45 a litre").
# ... or before a currency's sign or name continental copy writes after a price ("1,80 KM", "2,50
# €", "3,20 zł", "1,93 euros")
DECIMAL_COMMA_AFTER = (
    r"(?=[ \u00a0-]?(?:million|billion|trillion|mln|mn|bn|tn|m|b)(?![\w-])|%| ?per ?cent\b| ?percent\b"
    r"|[ \u00a0]?(?:KM|€|EUR|zł|Kč|kn|Ft|lei|kr)(?!\w)"
    r"| (?:euros?|lei|leva|kuna|dinars?|denars?|forints?|zlotys?|crowns?|francs?|reais|lek)\b)"
)
DECIMAL_COMMA = rf"\d{{1,3}},\d{{1,2}}{DECIMAL_COMMA_AFTER}"
SCALE_WORD = rf"(?:{alternation(SCALE_WORDS)})"
# the rough words before a figure ("about", "nearly": vocab.ROUGH_WORDS), and with "some" before a
# count or a level (vocab.ROUGH_COUNT_WORDS), for patterns that read past one to the figure
ROUGH = rf"(?:{alternation(ROUGH_WORDS)})"
ROUGH_COUNT = rf"(?:{alternation(ROUGH_COUNT_WORDS)})"
# A spaced group takes decimals only before a scale word, as French-school desks write budgets
# ("1 950.7 billion FCFA"); elsewhere a number after a spaced count is its own ("won 3 100.5 m").
# (a model number and its variant after a count groups no thousands with it: "12 767-300
# freighters" counts 12, while "11 000-13 000 people" is a range; a lone "0" opens no thousands
# group: "0 800 12 345" is a phone number's trunk and groups; nor does an emergency line's number
# before the calls made to it: "900 911 calls" counts 900 calls to 911)
DIGITS_LOOSE = (
    r"(?:\d{1,3}(?:,\d{2})*,\d{3}(?!,\d)|\d{1,3}(?:,\d{3})+(?!,\d)"
    r"|(?!0\d|0[ \u00a0\u202f])\d{1,3}(?:[ \u00a0\u202f]\d{3})+"
    rf"(?!\d|,\d|\.\d(?!\d*[ \u00a0](?:{SCALE_WORD}|bn)\b)|[-‑]\d{{1,4}}[A-Z]{{0,3}}\s[a-z]"
    r"|(?<=[ \u00a0\u202f](?:999|911|112)) calls?\b)"
    rf"|{DECIMAL_COMMA}|0,\d{{1,4}}(?![\d,]|\.\d)|(?!0\d)\d+)(?:\.\d+)?"
)
RE_DECIMAL_COMMA = re.compile(r"\d{1,3},\d{1,2}")
# a comma after a lone zero opens no thousands group: "0,1520 KM" per kilowatt-hour is 0.152
RE_ZERO_DECIMAL_COMMA = re.compile(r"0,\d{1,4}")
SEPARATORS = str.maketrans("", "", ", \u00a0\u202f")
RE_WORD_GAP = re.compile(r"[\s-]+")  # between the words of a number phrase
RE_SPACES = re.compile(r"\s+")
RE_LEADING_DIGITS = re.compile(r"\d+")

_UNIT = alternation(UNIT_WORDS)
_TENS = alternation(TENS_WORDS)
# "twenty-five", "ninety", "seven"; a hyphen or space may join tens and units.
SMALL_WORD = rf"(?:(?:{_TENS})(?:[- ](?:{_UNIT}))?|{_UNIT})"
# Up to "nine hundred and ninety-nine thousand nine hundred and ninety-nine"; "a dozen", "two
# dozen" (24), "half a dozen" and "a half-dozen" (6, as "half a million" is a number: rules table
# 1), "a hundred".
HUNDREDS_WORD = rf"(?:{SMALL_WORD})(?:[ -]hundred(?:(?: and)? (?:{SMALL_WORD}))?)?"
# "another hundred and forty", "another hundred people": the article of "a hundred" inside "another"
HUNDRED_AND = rf"hundred(?: and (?:{SMALL_WORD}))?"
WORD_NUMBER = (
    rf"(?:{HUNDREDS_WORD}"
    rf"(?: {DOZEN_WORD}|[ -]thousand(?:(?: and)? {HUNDREDS_WORD})?)?"
    rf"|(?:a )?half[ -]a[ -]{DOZEN_WORD}|a half[ -]{DOZEN_WORD}|a {DOZEN_WORD}|{DOZEN_WORD}|a hundred(?: and (?:{SMALL_WORD}))?|a thousand(?: and (?:{SMALL_WORD}))?"
    rf"|(?<=[Aa]nother ){HUNDRED_AND})"
)
WORD_NUMBER_RE = re.compile(rf"(?i)\b{WORD_NUMBER}\b")

SCALE_ABBR = rf"(?:{alternation(SCALE_ABBREVIATIONS_MONEY_ONLY)})"
# the scale words read only before a currency's name ("3 man yen": vocab.SCALE_WORDS_BEFORE_CURRENCY)
SCALE_BEFORE_CURRENCY = rf"(?:{alternation(SCALE_WORDS_BEFORE_CURRENCY)})"
# "a million", "half a million", "a billion" (article plus scale word, no digits)
# "a million", "half a million", "a quarter of a billion", "two and a half million" (a number word
# and a half: the scale applies to both)
# ("half-a-million", "half-a-billion euros": the hyphenated half of a compound, as the rules write it)
# ("three-quarters of a million": three quarters of the scale, as "a quarter of a billion" is one;
# "a half-million fans", "one-and-a-half million people": the hyphened forms of US copy)
# the scale words above a thousand, spelt out (vocab.COMPOUND_SCALE_WORDS)
LARGE_SCALE = alternation(w for w in COMPOUND_SCALE_WORDS if w != "thousand")
# ("a million and a half", "a billion and a quarter": the spoken order, the fraction after the
# scale; "three and a half thousand rooms": a spoken thousands count with a half)
A_SCALE = (
    rf"(?:(?:a|one) (?:{LARGE_SCALE}) and a (?:half|quarter)"
    rf"|{SMALL_WORD} and a half thousand"
    rf"|(?:(?:{SMALL_WORD} and a half|half a|a half|a quarter of a|three[- ]quarters of a|a) |half-a-|a half-|{SMALL_WORD}-and-a-half[ -])"
    rf"(?:{LARGE_SCALE}))"
)

MONTH = (
    rf"(?:(?:{grouped_alternation(k for k in MONTHS if len(k) > 4 or k in ('May', 'June', 'July'))})"
    rf"|(?:{grouped_alternation(k for k in MONTHS if len(k) <= 4 and k not in ('May', 'June', 'July'))})\.?)"
)
YEAR = r"(?:1[89]\d\d|20\d\d|2100)"  # 2100: the end of the century of climate and population projections
END = r"(?![\w])"  # a figure ends where a word does
# the end of a clause right after a figure: a stop, a clause mark, a closing bracket or quote, or
# the text's end ("rose five times.", "fell to 3.1m,")
CLAUSE_END = r"\s*(?:[.,;:!?)\"”’]|\Z)"
# ... a narrower one: a stop, a comma, a semicolon, a colon, a closing bracket or the text's end
MARK_END = r"\s*(?:[.,;:)]|\Z)"
NUM = rf"(?<![\w.,]){DIGITS_LOOSE}"
WNUM = rf"(?<![\w-]){WORD_NUMBER}"
# "four and a half", "5 and a half": a whole number and a half, before its unit (durations, percent)
AND_A_HALF = rf"(?P<num>{NUM}|{WNUM}) and a half "
RANGE_JOIN = r"\s*(?:-|–|—|to|until|till|through)\s*"
# "or" between the two ends of one uncertain figure, also with a word that leans to the second
# ("three or four years", "three or even four years", "20 or perhaps 30 boats": one range, rules
# table 1's "X or Y" estimate); the hedge word never stands alone ("5 even 6" is no range)
OR_HEDGED_JOINS = ("or even", "or perhaps", "or possibly", "or maybe")
OR_JOIN = rf"or(?:\s+(?:{'|'.join(join.removeprefix('or ') for join in OR_HEDGED_JOINS)}))?"
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"


# Mixed numbers: a whole number and a half, a quarter or a third ("2 1/2 sacks", "14 1/2 inches",
# "3½ hours", "21 1/3 innings"), the value a decimal. `mixed_as_decimals` writes them as decimals of the same length, so
# the scans read "2.500 sacks" and "3.5hours" where the text has "2 1/2 sacks" and "3½ hours", and
# every offset stays the text's. A bare fraction ("1/2 pound", "two-thirds") is no number (rules,
# table 8); dates and codes with a slash have no whole number spaced before them.
RE_MIXED_SLASH = re.compile(r"(?<![\w.,/])(\d{1,3}) ([123])/([234])(?![\w/]|[.,]\d)")
RE_MIXED_GLYPH = re.compile(r"(?<![\w.,/])(\d{1,3})([½¼¾])(?:[ -](?=[A-Za-z])|(?![\w/]|[.,]\d))")
_SLASH_DECIMALS = {
    ("1", "2"): ".500",
    ("1", "4"): ".250",
    ("3", "4"): ".750",
    ("1", "3"): ".333",
    ("2", "3"): ".667",
}
# a third has no decimal of the same length: the figure read over "21.333" takes its exact value
RE_MIXED_THIRD = re.compile(r"(\d{1,3}) ([12])/3")


def exact_third(text: str) -> float | None:
    """The value of a mixed number in thirds as written ("21 1/3" -> 21.333333), or None."""
    m = RE_MIXED_THIRD.fullmatch(text)
    return round(int(m.group(1)) + int(m.group(2)) / 3, 6) if m else None


_GLYPH_DECIMALS = {"½": ".5", "¼": ".25", "¾": ".75"}


def _slash_decimal(m: re.Match[str]) -> str:
    decimal = _SLASH_DECIMALS.get((m.group(2), m.group(3)))
    return m.group(1) + decimal if decimal else m.group(0)


def _glyph_decimal(m: re.Match[str]) -> str:
    room = len(m.group(0)) - len(m.group(1))  # the glyph, and the space or hyphen after it if any
    decimal = _GLYPH_DECIMALS[m.group(2)]
    return m.group(1) + decimal if len(decimal) == room else m.group(0)


# US grain and livestock futures are quoted in fractions of a cent joined by a hyphen: "up 7-1/4
# cents", "at $9.62-1/2 a bushel" (a half of the last cent: 9.625), "$5.08-3/4". Read after a
# currency sign or before "cent(s)" only, so a score, a date or a code with a hyphen and a slash
# ("2024-1/2", "Form 10-1/4") stays as it is; the decimal is padded with zeros to the same length.
RE_MARKET_FRACTION = re.compile(
    r"(?P<sign>[$€£] ?)?(?<![\w.,/-])(?P<whole>\d{1,4}(?:\.\d{1,3})?)-(?P<n>[1357])/(?P<d>[248])"
    r"(?=(?P<cents> cents?\b)?)(?![\w/]|[.,]\d)"
)


def _market_fraction(m: re.Match[str]) -> str:
    whole, n, d = m.group("whole"), int(m.group("n")), int(m.group("d"))
    if n >= d or (m.group("sign") is None and m.group("cents") is None):
        return m.group(0)
    places = len(whole.partition(".")[2])
    value = Decimal(whole) + Decimal(n) / Decimal(d) / (Decimal(10) ** places)
    room = len(m.group(0)) - len(m.group("sign") or "")
    digits = format(value, "f")
    if "." not in digits or len(digits) > room:
        return m.group(0)
    return (m.group("sign") or "") + digits.ljust(room, "0")


# Typography that stands for ASCII punctuation in figures, read as that punctuation (same length,
# so offsets hold):
# - a thin, narrow no-break or no-break space between digit groups groups thousands, as the comma
#   does ("a 2\u2009500-seat hall", "R1\u00a0375 a month", "at 3\u202f415.20"): such a space never
#   stands between two separate numbers;
# - the hyphens outside ASCII (U+2010 hyphen, U+2011 non-breaking hyphen) are hyphens ("a
#   31\u2011year\u2011old"), and so is an en dash that joins a number to a word after it ("a 48\u2013hour
#   strike", "a five\u2013year deal"); an en dash between two numbers stays a range dash ("40\u201350").
RE_TYPO_GROUP = re.compile(r"(?<![\d.,])\d{1,3}(?:[\u2009\u202f\u00a0]\d{3})+(?!\d)")
RE_TYPO_SPACE = re.compile(r"[\u2009\u202f\u00a0]")
# an en dash after a number or a word, before a lower-case word ("48\u2013hour", "five\u2013year")
RE_TYPO_EN_DASH = re.compile(r"(?<=[\w])\u2013(?=[a-z])")
RE_TYPO_WORD_BEFORE = re.compile(r"([A-Za-z]+)-?$")
_TYPO_SCALES = frozenset(("hundred", "thousand", DOZEN_WORD))
_TYPO_HYPHENS = str.maketrans("\u2010\u2011", "--")
_TYPO_REACH = 24  # characters back to the number a chain of joined words starts with
# - "to" glued between two numbers by hyphens is the range's "to" ("18-to-34 tonnes", "a
#   3-to-5-year sentence", "the 25-to-40 age group", "10-to-1 odds"): read as " to ", so the range
#   and its unit are read as "18 to 34 tonnes" is (odds then as "10 to 1 odds" are); two equal
#   numbers so joined are no range ("1-to-1 sessions", as "one-to-one"); an age band keeps its
#   "-to-", which the ages read as a compound of persons ("the 18-to-34 bracket", "18-to-24-year-olds")
AGE_BAND_AFTER = (  # what follows an age band's two numbers (above): no range
    r"(?!(?:\s+age)?\s+(?:groups?|brackets?|bands?|range|cohorts?|demographics?)\b|[- ]years?[- ]olds?\b)"
)
RE_TYPO_GLUED_TO = re.compile(
    r"(?<![\w.,])(\d+(?:[.,]\d+)*)-to-(\d+(?:[.,]\d+)*)(?!\d|[.,]\d)" + AGE_BAND_AFTER
)


# ... and between two number words ("a three-to-five-year sentence", "a two-to-three-week delay")
RE_TYPO_GLUED_TO_WORDS = re.compile(
    rf"(?i)(?<![\w-])({SMALL_WORD})-to-({SMALL_WORD})(?![\w]){AGE_BAND_AFTER}"
)


def _glued_to(m: re.Match[str]) -> str:
    """A range's ends glued by "-to-", its "to" written with spaces, unless the ends are equal."""
    low, high = m.group(1), m.group(2)
    return m.group(0) if low.lower() == high.lower() else f"{low} to {high}"


def _glued_to_words(m: re.Match[str]) -> str:
    """Two number words glued by "-to-", its "to" written with spaces where they rise, as a
    range's ends do ("three-to-five-year"); "ten-to-one" is odds, "one-to-one" no range."""
    low, high = m.group(1), m.group(2)
    if parse_word_number(low) >= parse_word_number(high):
        return m.group(0)
    return f"{low} to {high}"


def _joins_number(text: str, dash: int) -> bool:
    """Whether the dash at `dash` follows a number: digits, a number word, or a word joined to one
    by a hyphen ("48", "five", "31-year" before the dash of "31-year\u2013old")."""
    at = dash
    for _ in range(2):
        if text[at - 1].isdigit():
            return True
        m = RE_TYPO_WORD_BEFORE.search(text, max(0, at - _TYPO_REACH), at)
        if m is None:
            return False
        word = m.group(1).lower()
        if word in UNIT_WORDS or word in TENS_WORDS or word in _TYPO_SCALES:
            return True
        at = m.start(1) - 1  # the hyphen before the word, if any
        if at < 1 or text[at] not in "-\u2013":
            return False
    return False


# Thousands grouped by points, as Latin American, continental European and Indonesian copy writes
# them ("Gs. 3.600.000", "Rp 2.500.000"): two groups of three digits or more after points can be no
# decimal, so they are read as the comma's groups. One point ("40.000") stays a decimal point, and
# dates ("12.05.2023"), versions ("1.2.3") and phone numbers ("555.123.4567") have other groups.
RE_POINT_GROUPS = re.compile(r"(?<![\w.,])\d{1,3}(?:\.\d{3}){2,}(?![\w]|[.,]\d)")
RE_POINT_GROUPS_HINT = re.compile(r"\.\d{3}\.\d{3}")  # the cheap test first: a search for its literal point
# A text written wholly in the continental style groups thousands with one point too ("2.350
# workers", "615.000 customers", "1.630 GWh") and writes its decimals with a comma before any unit
# ("a 6,5-kilometre bypass", "12,4 square metres", "1.340,5 MWh"): there every number is read with
# its two marks exchanged. The text's own numbers decide it: a decimal comma ("4,8 percent", "0,1520
# KM", "3,5 million", "7,5 %", "2,5 km"), thousands grouped by points in two groups or more
# ("Rp 2.500.000") or before a decimal comma ("1.340,5"), or a thousand written with a point and
# three zeros before a noun ("40.000 homes", as English never writes a decimal; "a 1.000 batting
# average" is a sports ratio's), while no comma
# groups thousands and no point stands before one, two or four or more decimals, save a clock's
# ("at 9.55", "from 8.00 to 17.00", "7.10-16.35", "until 14.00 hours": a continental desk writes
# its clock with a point). In a text that also writes "2.5 percent" or "1,930 tonnes", "1.630"
# stays a decimal; a date's points ("12.03.2025") are no decimals.
# (a comma before a digit is found by its literal comma, so a text is scanned once, quickly, and
# each comma between digits is judged where it stands)
RE_COMMA_DIGIT = re.compile(r",\d")
# a decimal comma before a word ("2,5 km", "a 6,5-kilometre", "7,5 %"), not one of a list ("Nos
# 1,2 and 3", "rounds 1,2,3")
RE_DECIMAL_COMMA_BEFORE_WORD = re.compile(
    r"\d(?<![\d.,]\d)\d{0,2},\d{1,2}(?=[ \u00a0-]?(?!(?:and|or|to|nor|&)\b)[A-Za-zµ°%])"
)
RE_CONTINENTAL_DECIMAL = re.compile(
    rf"\d(?<![\d.,]\d)(?:\d{{0,2}},\d{{1,2}}(?:{DECIMAL_COMMA_AFTER}|(?=[ \u00a0]%))|(?<=0),\d+(?![\d,]|\.\d))"
)
RE_COMMA_THOUSANDS = re.compile(r"\d,\d{3}(?!\d)")
RE_POINT_DECIMAL = re.compile(r"\d(?<![\d.]\d)\d*\.(?:\d{1,2}|\d{4,})(?![\d]|\.\d)")
RE_ONE_POINT_GROUP = re.compile(r"\d(?<![\w.,]\d)\d{0,2}\.\d{3}(?![\w]|[.,]\d)")
# thousands grouped by points before a decimal comma, or one point and three zeros before a word
RE_POINT_GROUPS_COMMA = re.compile(r"(?<![\w.,])\d{1,3}(?:\.\d{3})+,\d{1,3}(?![\w]|[.,]\d)")
RE_POINT_THOUSAND = re.compile(r"(?<![\w.,])(?![01]\.)\d{1,3}\.000(?= [a-z])")
# a number of the continental style: its marks exchanged make it English ("1.340,5" -> "1,340.5")
RE_CONTINENTAL_NUMBER = re.compile(r"(?<![\w.,])\d{1,3}(?:(?:\.\d{3})+(?:,\d+)?|,\d+)(?![\w]|[.,]\d)")
_EXCHANGE_MARKS = str.maketrans(".,", ",.")
# A clock time written with a point: hours to 24, two digits of minutes to 59, after a word that
# places a time ("at", "from", "until", "between", "opens") or a dash between two such times, or
# before a dash, "to" or "and" and a second one, or before a clock's word ("hours", "h", "Uhr")
RE_POINT_TIME = re.compile(r"(?<![\w.,:])(?:[01]?\d|2[0-4])\.[0-5]\d(?![\w]|[.,:]\d)")
# The time zones news copy writes after a clock time besides GMT and UTC ("a call at 1315 CET",
# "opens at 0915 EST", "at 13.25 WET"); not three-letter words a count may stand before ("CAT", "EAT")
TIME_ZONES = r"CES?T|EES?T|WET|BST|[ECMP][SD]T|JST|SGT|HKT|AES?T|AED?T|MSK|SAST"
RE_POINT_TIME_BEFORE = re.compile(
    r"(?:\b(?:at|from|until|till|to|by|before|after|between|and|around|opens?|closes?|starts?|ends?)\s"
    r"|\d\.[0-5]\d\s?[-–]\s?)\Z",
    re.IGNORECASE,
)
RE_POINT_TIME_AFTER = re.compile(
    r"(?:\s?[-–]\s?|\s(?:to|and|until|till)\s)(?:[01]?\d|2[0-4])\.[0-5]\d\b"
    rf"|\s?(?:h|hrs|hours|Uhr|{TIME_ZONES}|local\s+time)\b"
)
POINT_TIME_REACH = 24  # characters before a clock time read for the word that places it


def point_time(text: str, start: int, end: int) -> bool:
    """Whether the point number at start:end is a clock time by its words (see above)."""
    return (
        RE_POINT_TIME_BEFORE.search(text, max(0, start - POINT_TIME_REACH), start) is not None
        or RE_POINT_TIME_AFTER.match(text, end) is not None
    )


def _english_decimal(text: str) -> bool:
    """Whether the text writes a decimal point that is no clock time ("2.5 percent", "1.2345")."""
    for m in RE_POINT_DECIMAL.finditer(text):
        if not (RE_POINT_TIME.fullmatch(text, m.start(), m.end()) and point_time(text, m.start(), m.end())):
            return True
    return False


def after_digit(text: str, word: str, glued: bool = True, spaced: bool = True) -> bool:
    """Whether `word` stands somewhere right after a digit ("1min", glued) or after a digit and one
    white space ("1 min", spaced): a cheap test before a pattern that needs it and opens with a
    lookbehind or a class (such a search walks every character; a few `word` found by str.find
    cost far less)."""
    at = text.find(word)
    while at >= 0:
        before = text[at - 1 : at] if at else ""
        if glued and before.isdigit() or spaced and before.isspace() and text[at - 2 : at - 1].isdigit():
            return True
        at = text.find(word, at + 1)
    return False


def continental_style(text: str) -> bool:
    """Whether the text writes its numbers in the continental style and none in the English one
    (see above)."""
    decimal = False
    for m in RE_COMMA_DIGIT.finditer(text):
        at = m.start()
        if not at or not text[at - 1].isdigit():
            continue
        if RE_COMMA_THOUSANDS.match(text, at - 1):
            return False  # "1,930 tonnes": English grouping
        first = at - 1
        while first > 0 and at - first < 4 and text[first - 1].isdigit():
            first -= 1
        decimal = (
            decimal
            or RE_CONTINENTAL_DECIMAL.match(text, first) is not None
            or RE_DECIMAL_COMMA_BEFORE_WORD.match(text, first) is not None
            or (
                text[first - 1 : first] == "."
                and RE_POINT_GROUPS_COMMA.search(text, max(0, first - 12), at + 5) is not None
            )
        )
    if not decimal:
        decimal = (".000 " in text and RE_POINT_THOUSAND.search(text) is not None) or (
            RE_POINT_GROUPS_HINT.search(text) is not None and RE_POINT_GROUPS.search(text) is not None
        )
    return decimal and not _english_decimal(text)


def _clock_point_as_colon(m: re.Match[str]) -> str:
    """A clock time's point written as a colon ("9.55" -> "9:55")."""
    return m.group(0).replace(".", ":")


def continental_as_english(text: str) -> str:
    """A continental text's numbers with their marks exchanged ("1.340,5" -> "1,340.5", "6,5" ->
    "6.5") and its clock times' points written as colons ("at 9.55" -> "at 9:30"), all of the same
    length (see above)."""
    text = RE_POINT_TIME.sub(
        lambda m: _clock_point_as_colon(m) if point_time(text, m.start(), m.end()) else m.group(0), text
    )
    return RE_CONTINENTAL_NUMBER.sub(lambda m: m.group(0).translate(_EXCHANGE_MARKS), text)


# ... and one group after the sign of a currency whose amounts have no decimals in news (the
# guaraní, the rupiah, the dong, the Chilean peso: "Gs. 45.000", "Rp 150.000", "VND 12.500"): a
# point then three digits there groups thousands, as no price in them is a fraction
ZERO_DECIMAL_SIGNS = ("Gs", "₲", "Rp", "IDR", "VND", "₫", "PYG", "CLP")
# (read from the one list: a letter sign before its amount, an abbreviation ("Gs", "Rp") with its
# point or without; a symbol glued or spaced)
RE_ZERO_DECIMAL_POINT = re.compile(
    r"(?:(?<![\w.])(?:"
    + "|".join(sign if sign.isupper() else rf"{sign}\.?" for sign in ZERO_DECIMAL_SIGNS if sign.isalpha())
    + r")|["
    + "".join(sign for sign in ZERO_DECIMAL_SIGNS if not sign.isalpha())
    + r"])\s?\d{1,3}\.\d{3}(?![\w]|[.,]\d)"
)


# Thousands grouped by apostrophes, as Swiss and Liechtenstein copy writes them ("CHF 1'340",
# "12’400 members", "1'340.60 francs"): every group of three digits after one; a height ("5'11")
# or a decade ("the '90s") has no such group.
RE_APOSTROPHE_GROUPS = re.compile(r"(?<![\w.,'’])\d{1,3}(?:['’]\d{3})+(?![\w'’]|,\d)")


def apostrophe_between_digits(text: str) -> bool:
    """Whether an apostrophe stands between two digits somewhere in the text (the cheap test
    first: apostrophes are found by str.find, as most are a possessive's or a quotation's)."""
    for mark in ("'", "’"):
        at = text.find(mark)
        while at > 0:
            if text[at - 1].isdigit() and text[at + 1 : at + 2].isdigit():
                return True
            at = text.find(mark, at + 1)
    return False


# A number right after a name word is the name's ("Ward 14", "Grade 7", vocab.NAME_WORDS): a group
# of three digits a space after it is a number of its own, not its thousands ("In Ward 14 312
# households were flooded", "Grade 7 120 learners"), nor after any capitalised word when a capital
# is glued to the group, a model's code ("Intel's Core Ultra 9 285K"). The space between them is
# written as an en
# space (U+2002, white space of the same length that groups no thousands).
RE_SPACED_THOUSANDS = re.compile(r"\d(?<![\w.,]\d)\d{0,2} \d{3}(?![\d,]|\.\d)")
# what every match of it holds, found fast from its space (a pattern opening with a digit tests
# the class of every character it walks: many times slower)
RE_SPACED_THOUSANDS_HINT = re.compile(r" \d{3}(?<=\d \d{3})")
RE_NAME_WORD_BEFORE = re.compile(r"(?<![\w-])([A-Z][A-Za-z]*\.?) \Z")
NAME_WORD_REACH = 24  # characters before a number read for the name word before it
# the letters a processor's model code ends in (Intel's and AMD's suffixes: "285K", "14900KF",
# "7800X3D", "13700H"); units glued in capitals ("2 500MW") group their thousands as before
RE_CHIP_SUFFIX = re.compile(r"(?:K[FS]?|X(?:T|3D)?|H[XSK]?|U|G)(?![\w.,-])")
APPROXIMATION_HEADS = frozenset("About Around Some Nearly Almost Over Under Roughly Only Just".split())
NAME_NUMBER_GAP = "\u2002"


def name_numbers_apart(text: str) -> str:
    """The text with the space between a name's number and a three-digit group after it written
    as NAME_NUMBER_GAP (see above), of the same length."""
    if RE_SPACED_THOUSANDS_HINT.search(text) is None:
        return text
    gaps: list[int] = []
    for m in RE_SPACED_THOUSANDS.finditer(text):
        word = RE_NAME_WORD_BEFORE.search(text, max(0, m.start() - NAME_WORD_REACH), m.start())
        if word is not None and (
            word.group(1) in NAME_WORDS
            or text[m.end() : m.end() + 1].isupper()
            and word.group(1) not in APPROXIMATION_HEADS
            and RE_CHIP_SUFFIX.match(text, m.end()) is not None
        ):
            gaps.append(text.index(" ", m.start()))
    if not gaps:
        return text
    chars = list(text)
    for at in gaps:
        chars[at] = NAME_NUMBER_GAP
    return "".join(chars)


# Thousands grouped by spaces before a decimal comma of one or two digits ("1 412,6 km", "R1 250,50",
# "2 150,4 million euros"), as SI-style, French-school and Southern African desks write them: one
# number, its spaces grouping thousands and its comma a decimal point, whatever else the text writes
# (a comma before one or two digits groups no thousands), also after a sign of one letter ("R1 250,50");
# not a list ("1 200,5 and 6")
RE_SPACED_DECIMAL_COMMA = re.compile(
    r"\d(?<![\d.,_]\d)(?<![^\W\d_]{2}\d)\d{0,2}(?:[ \u00a0\u202f\u2009]\d{3})+,\d{1,2}(?!\d|[.,]\d|[ \u00a0](?:and|or|to|&)\b)"
)
RE_SPACED_DECIMAL_HINT = re.compile(r",\d(?<=\d{3},\d)")  # what every match holds, found from its comma
_SPACED_DECIMAL_MARKS = str.maketrans(" \u00a0\u202f\u2009,", ",,,,.")


def _spaced_decimal_commas(text: str) -> list[tuple[int, str]]:
    """Where the numbers RE_SPACED_DECIMAL_COMMA finds start, each written in English marks."""
    if RE_SPACED_DECIMAL_HINT.search(text) is None:
        return []
    return [
        (m.start(), m.group(0).translate(_SPACED_DECIMAL_MARKS))
        for m in RE_SPACED_DECIMAL_COMMA.finditer(text)
    ]


def typography_as_ascii(text: str) -> str:
    """The text with typographic thousands spaces, apostrophes and points that group thousands
    written as commas, hyphens outside ASCII (and an en dash joining a number to a word) written as "-",
    and "-to-" between two numbers as " to ", all of the same length (see above)."""
    spaced_decimals = _spaced_decimal_commas(text)
    if "\u2010" in text or "\u2011" in text:
        text = text.translate(_TYPO_HYPHENS)
    if "\u2013" in text:
        dashes = [m.start() for m in RE_TYPO_EN_DASH.finditer(text)]
        joined = [at for at in dashes if _joins_number(text, at)]
        if joined:
            chars = list(text)
            for at in joined:
                chars[at] = "-"
            text = "".join(chars)
    if "-to-" in text:
        text = RE_TYPO_GLUED_TO.sub(_glued_to, text)
        text = RE_TYPO_GLUED_TO_WORDS.sub(_glued_to_words, text)
    text = name_numbers_apart(text)
    if "\u2009" in text or "\u202f" in text or "\u00a0" in text:
        text = RE_TYPO_GROUP.sub(lambda m: RE_TYPO_SPACE.sub(",", m.group(0)), text)
    if "." in text and continental_style(text):
        text = continental_as_english(text)
    if apostrophe_between_digits(text):
        # (after the continental reading, whose evidence a comma grouping thousands would undo)
        text = RE_APOSTROPHE_GROUPS.sub(lambda m: m.group(0).replace("'", ",").replace("’", ","), text)
    if any(sign in text for sign in ZERO_DECIMAL_SIGNS):
        text = RE_ZERO_DECIMAL_POINT.sub(_point_as_comma_in_number, text)
    if spaced_decimals:  # (pieces joined once: a copy of the text per number is quadratic)
        pieces: list[str] = []
        done = 0
        for at, number in spaced_decimals:
            pieces += (text[done:at], number)
            done = at + len(number)
        text = "".join(pieces) + text[done:]
    if RE_POINT_GROUPS_HINT.search(text) is None:
        return text
    return RE_POINT_GROUPS.sub(lambda m: m.group(0).replace(".", ","), text)


def _point_as_comma_in_number(m: re.Match[str]) -> str:
    """A sign and its amount with the amount's grouping point written as a comma ("Gs. 45,000")."""
    text = m.group(0)
    at = text.rindex(".")
    return text[:at] + "," + text[at + 1 :]


# digits of other scripts inside English copy, full-width ones above all ("a １８K gold bangle",
# "rose ３.２％"), written as ASCII digits of the same length, so that every pattern that spells a
# digit "[0-9]" reads them as Python's "\d" already does; a run is English copy when the first
# character after it and its white space is ASCII, full-width or the text's end; one followed by a
# letter of its own script is that script's copy and stays ("٢٠ دولار")
FULL_WIDTH_MARKS = str.maketrans("\uff0e\uff0c\uff05", ".,%")  # ．，％ as "." "," "%"
FULL_WIDTH_FIRST, FULL_WIDTH_LAST = "\uff01", "\uff5e"  # the full-width forms of ASCII's signs


def _in_english_copy(text: str, end: int) -> bool:
    """Whether the first character at or after `end` that is no white space is ASCII, a
    full-width form or the text's end (see above)."""
    while end < len(text) and text[end].isspace():
        end += 1
    return end == len(text) or text[end].isascii() or FULL_WIDTH_FIRST <= text[end] <= FULL_WIDTH_LAST


def digits_as_ascii(text: str) -> str:
    """The text with the runs of digits of other scripts in English copy written in ASCII digits
    and marks, of the same length (see above)."""
    if text.isascii():
        return text
    view = ascii_view(text)
    chars: list[str] | None = None
    at = view.find(b"?")
    while at >= 0:
        if not text[at].isdecimal():
            at = view.find(b"?", at + 1)
            continue
        end = at
        while end < len(text) and (
            text[end].isdecimal()
            or text[end] in ".,\uff0e\uff0c"
            and end + 1 < len(text)
            and text[end + 1].isdecimal()
        ):
            end += 1
        if end < len(text) and text[end] == "\uff05":
            end += 1
        if _in_english_copy(text, end):
            chars = chars if chars is not None else list(text)
            for i in range(at, end):
                char = text[i]
                chars[i] = str(int(char)) if char.isdecimal() else char.translate(FULL_WIDTH_MARKS)
        at = view.find(b"?", end)
    return text if chars is None else "".join(chars)


def mixed_as_decimals(text: str) -> str:
    """The text with its mixed numbers written as decimals of the same length (see above)."""
    if "/" in text:
        text = RE_MIXED_SLASH.sub(_slash_decimal, text)
        if "-1/" in text or "-3/" in text or "-5/" in text or "-7/" in text:
            text = RE_MARKET_FRACTION.sub(_market_fraction, text)
    if "½" in text or "¼" in text or "¾" in text:
        text = RE_MIXED_GLYPH.sub(_glyph_decimal, text)
    return text


# Compound numbers: a number with a scale word followed, after one space, by smaller parts each
# with a smaller scale word, one figure as Central Asian, Russian and South Asian official copy in
# English writes it ("3 million 41 thousand tons" is 3,041,000; "12 crore 40 lakh rupees" is
# 124,000,000; "one million two hundred thousand ballots" is 1,200,000); a part of digits with no
# scale word may close it after "thousand" ("45 thousand 600 tons" is 45,600). `compounds_as_decimals`
# writes each as a decimal of its first scale, of the same length ("3.0410000000 million"), so every
# scan reads it whole and every offset stays the text's. Not compounds: parts split by a comma or a
# word ("3 million, 41 thousand", "2 million and 3 million", a list), a year or a count after a scale
# ("2 million 2025 models", "5 million 2 years ago": no smaller scale word follows the second number).
_COMPOUND_SCALE = alternation(COMPOUND_SCALE_WORDS)
_DIGIT_PART = rf"\d{{1,3}} (?:{_COMPOUND_SCALE})"
RE_COMPOUND_DIGITS = re.compile(
    rf"(?i)(?<![\d.,-])(?P<head>\d{{1,3}}) (?P<scale>{_COMPOUND_SCALE})(?P<parts>(?: {_DIGIT_PART}){{1,3}}"
    rf"(?: \d{{1,3}}(?= [a-z]))?|(?: \d{{1,3}}(?= [a-z])))(?![\w-]|[.,]\d)"
)
# the word forms: every smaller part ends with a scale word ("two hundred thousand", "three hundred
# million"), so "two million one year later" stays two figures
_WORD_PART = rf"{HUNDREDS_WORD} (?:{LARGE_SCALE}|thousand(?:(?: and)? {HUNDREDS_WORD})?)"
RE_COMPOUND_WORDS = re.compile(
    rf"(?i)(?<![\w-])(?P<head>{HUNDREDS_WORD}) (?P<scale>{LARGE_SCALE})(?P<parts>(?: {_WORD_PART}){{1,2}})(?![\w-])"
)
# where a compound may be: the ends its scale words share in lower and title case ("illion" of
# "million" and "Billion"), with a space and the next part after them (found with bytes.find in
# the text's ascii_view: no pattern walks the whole text), and the number before them
COMPOUND_CUES = (b"illion ", b"housand ", b"akh ", b"rore ")
COMPOUND_HEAD_REACH = 40  # characters back from a scale word to the start of its number
RE_COMPOUND_HEAD = re.compile(rf"(?i)(?:(?<![\d.,-])\d{{1,3}}|(?<![\w-]){HUNDREDS_WORD}) \Z")
RE_COMPOUND_PART = re.compile(rf"(?i)(?P<num>\d{{1,3}})(?: (?P<scale>{_COMPOUND_SCALE}))?(?=\s|\Z)")
RE_COMPOUND_WORD_PART = re.compile(
    rf"(?i)(?P<num>{HUNDREDS_WORD}) (?P<scale>{LARGE_SCALE})|(?P<thousands>{HUNDREDS_WORD} thousand(?:(?: and)? {HUNDREDS_WORD})?)"
)


def _compound_parts(parts: str, digits: bool) -> Iterator[tuple[int, int, bool]]:
    """(value, scale, bare) of each smaller part of a compound number: its value with the scale
    applied, the scale's multiplier and whether it has no scale word."""
    if digits:
        for p in RE_COMPOUND_PART.finditer(parts):
            scale = p.group("scale")
            size = SCALE_WORDS[scale.lower()] if scale else 1
            yield int(p.group("num")) * size, size, scale is None
        return
    for p in RE_COMPOUND_WORD_PART.finditer(parts):
        if p.group("thousands"):
            yield parse_word_number(p.group("thousands")), 1000, False
        else:
            size = SCALE_WORDS[p.group("scale").lower()]
            yield parse_word_number(p.group("num")) * size, size, False


def _compound_decimal(m: re.Match[str]) -> str:
    """A compound number written as a decimal of its first scale of the same length, or as it is
    when its parts do not each fall below the scale before it (see above)."""
    text = m.group(0)
    first = SCALE_WORDS[m.group("scale").lower()]
    head = m.group("head")
    digits = head.isdecimal()
    above, rest = first, 0
    for value, size, bare in _compound_parts(m.group("parts"), digits):
        if size >= above or value >= above or (bare and above != 1000):
            return text  # "2 million 3 million": a list; "1 lakh 500": no such compound
        rest += value
        above = size
    fraction = format(Decimal(rest) / Decimal(first), "f").partition(".")[2]
    width = len(text) - len(m.group("scale")) - 1
    number = f"{int(head) if digits else parse_word_number(head)}.{fraction}"
    if not fraction or len(number) > width:
        return text
    return f"{number.ljust(width, '0')} {m.group('scale')}"


RE_LETTERS = re.compile(r"[A-Za-z]+")


def _number_word_at(text: str, at: int) -> bool:
    """Whether a number word ("two", "Fifty") starts at `at`."""
    word = RE_LETTERS.match(text, at, at + 10)
    return word is not None and (word.group().lower() in UNIT_WORDS or word.group().lower() in TENS_WORDS)


def compounds_as_decimals(text: str) -> str:
    """The text with its compound numbers written as decimals of the same length (see above)."""
    scales: list[int] = []
    view = ascii_view(text)
    for cue in COMPOUND_CUES:
        at = view.find(cue)
        while at >= 0:
            after = at + len(cue)
            if text[after : after + 1].isdigit() or _number_word_at(text, after):
                start = at
                while start and text[start - 1].isalpha() and at - start < 3:
                    start -= 1  # the scale word's first letters ("m" of "million", "tr" of "trillion")
                scales.append(start)
            at = view.find(cue, at + 1)
    if not scales:
        return text
    pieces: list[str] = []
    done = 0
    for at in sorted(scales):
        if at < done:
            continue  # a later scale word of a compound already read
        head = RE_COMPOUND_HEAD.search(text, max(0, at - COMPOUND_HEAD_REACH), at)
        if head is None:
            continue
        pattern = RE_COMPOUND_DIGITS if text[head.start()].isdigit() else RE_COMPOUND_WORDS
        found = pattern.match(text, head.start())
        if found is None or found.start("scale") != at:
            continue
        read = _compound_decimal(found)
        if read != found.group(0):
            pieces += [text[done : found.start()], read]
            done = found.end()
    return "".join(pieces) + text[done:] if pieces else text


# A number written twice, in words and then in digits in brackets, as notices, contracts, tenders,
# minutes and laws write their small numbers ("a minimum of five (5) years'", "within three (3)
# months", "twenty-two (22) staff"): one figure stated twice, so two rows (every mention gets a
# row), both measured by what follows the brackets. `doubled_as_single` reads each pair as its words
# alone, with what follows the bracket moved back to close the gap and blanks filling up before the
# end of the line or sentence ("five (5) years' experience." is read as "five years' experience.
# "), so every dimension reads the figure's unit and subject as it would without the brackets;
# compose.doubled_repeats gives the two mentions back, at the text's offsets. A bracketed number of
# another value repeats nothing ("the applicants (212)", "Item 4 (b)").
RE_DOUBLED_DIGITS = re.compile(r" \((\d{1,3}(?:,\d{3})*)\)")
RE_WORD_NUMBER_BEFORE = re.compile(rf"(?i)(?<![\w-]){WORD_NUMBER}\Z")
DOUBLED_REACH = 60  # characters back from the bracket to the start of its number in words

Doubled = tuple[int, int, int]  # the words' start and end, and the bracket's end (after ")")
Moved = tuple[int, int, int]  # a piece of text moved back: its start in the view, in the text, its length


def doubled_numbers(text: str) -> list[Doubled]:
    """The numbers written in words and then in digits in brackets, of the same value (see above),
    in order."""
    if " (" not in text:
        return []
    found: list[Doubled] = []
    for m in RE_DOUBLED_DIGITS.finditer(text):
        if not text[m.start() - 1 : m.start()].isalpha():
            continue  # (the cheap test first: a number in words ends in a letter)
        words = RE_WORD_NUMBER_BEFORE.search(text, max(0, m.start() - DOUBLED_REACH), m.start())
        if words is not None and parse_word_number(words.group(0)) == parse_digits(m.group(1)):
            found.append((words.start(), words.end(), m.end()))
    return found


def doubled_as_single(text: str, doubled: list[Doubled], stops: list[int]) -> tuple[str, list[Moved]]:
    """The text with each doubled number's bracket taken out and what follows it, up to the pair's
    stop (the end of its line or sentence), moved back to close the gap, blanks filling up before
    the stop (see above); and the pieces moved. Same length."""
    pieces: list[str] = []
    moved: list[Moved] = []
    done = 0  # where the text is copied up to
    gap = 0  # the blanks owed before the current stop
    at = 0  # the view's length so far (the pieces' lengths, kept as they are added)
    for i, ((_, end, close), stop) in enumerate(zip(doubled, stops, strict=True)):
        pieces.append(text[done:end])
        at += end - done
        gap += close - end
        following = stops[i + 1] if i + 1 < len(stops) and stops[i + 1] == stop else None
        upto = doubled[i + 1][1] if following is not None else stop
        moved.append((at, close, upto - close))
        pieces.append(text[close:upto])
        at += upto - close
        done = upto
        if following is None:
            pieces.append(" " * gap)
            at += gap
            gap = 0
    return "".join(pieces) + text[done:], moved


# ... and an amount written in words with its unit, then in figures in brackets, as contracts and
# court orders write sums ("the sum of Fifteen Thousand Dollars ($15,000.00)", "One Million Shillings
# (Sh1,000,000)", "ten per cent (10%)"): the bracket is a repeat of the words, and the words, set in
# capitals as legal copy sets them, are read in lower case (`amounts_in_lower_case`), as prose
# writes a sum in words.
RE_DOUBLED_AMOUNT = re.compile(
    r" \((?P<sign>[A-Z]{0,3}[$€£¥₦₹]|[A-Z][a-z]{0,2}\.? ?|[A-Z]{3} ?)?(?P<digits>\d{1,3}(?:,\d{3})+|\d+)(?:\.00?)?"
    r"(?P<percent>%| ?per ?cent)?\)"
)
RE_AMOUNT_WORDS_BEFORE = re.compile(
    rf"(?i)(?<![\w-])(?P<words>{WORD_NUMBER})(?: (?P<scale>{LARGE_SCALE}))?(?P<unit>(?: [a-z]+){{1,3}})\Z"
)


def doubled_amounts(text: str) -> list[Doubled]:
    """The amounts written in words with their unit and then in figures in brackets, of the same
    value (see above), in order: the words' start, their unit's end and the bracket's end."""
    if " (" not in text:
        return []
    found: list[Doubled] = []
    for m in RE_DOUBLED_AMOUNT.finditer(text):
        if not (m.group("sign") or m.group("percent")):
            continue  # a bare number in brackets: doubled_numbers' when right after the words
        if not text[m.start() - 1 : m.start()].isalpha():
            continue  # (the cheap test first: a unit's word ends in a letter)
        words = RE_AMOUNT_WORDS_BEFORE.search(text, max(0, m.start() - DOUBLED_REACH), m.start())
        if words is None:
            continue
        value = parse_word_number(words.group("words")) * scale_value(
            words.group("scale") and words.group("scale").lower()
        )
        if value == parse_digits(m.group("digits")):
            found.append((words.start(), words.end(), m.end()))
    return found


def amounts_in_lower_case(text: str, amounts: list[Doubled]) -> str:
    """The text with each doubled amount's words read in lower case (see above). Same length."""
    pieces: list[str] = []
    done = 0
    for start, end, _ in amounts:
        lowered = text[start:end].lower()
        if len(lowered) != end - start:
            continue  # a letter whose lower case is longer: the words are read as written
        pieces += [text[done:start], lowered]
        done = end
    return "".join(pieces) + text[done:]


def view_offset(moved: list[Moved], offset: int, end: bool = False) -> int:
    """The text's offset of an offset in doubled_as_single's view (`end`: a span's end). The pieces
    moved are in order and apart in the view, so the one that may hold it is found by bisection."""
    at = offset - 1 if end else offset
    i = bisect_right(moved, at, key=lambda piece: piece[0]) - 1
    if i >= 0:
        view, text, length = moved[i]
        if view <= at < view + length:
            return text + at - view + (1 if end else 0)
    return offset


# Scientific notation: "2.998×10−8", "1.5 x 10^6", "6.02×10²³" (a sign or "^" needed after a bare
# "×10", so "a 2 x 10 grid" is not read). Exponents up to three digits.
_SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
RE_SCIENTIFIC = re.compile(
    r"(?<![\w.,])(?P<mant>\d{1,15}(?:\.\d{1,15})?)\s?(?:×\s?10(?:(?:\^|\*\*)?(?P<e1>[−\-–⁻]?\d{1,3})"
    rf"|(?P<e2>⁻?[{_SUPERSCRIPTS}]{{1,3}}))|[x×]\s?10(?:\^|\*\*)(?P<e3>[−\-–]?\d{{1,3}}))(?![\d{_SUPERSCRIPTS}])"
)
_EXPONENT = str.maketrans(_SUPERSCRIPTS + "−–⁻", "0123456789---")


def parse_scientific(mantissa: str, exponent: str) -> int | float:
    """Value of a number in scientific notation ("2.998", "−8" -> 2.998e-08)."""
    exp = int(exponent.translate(_EXPONENT))
    value = Decimal(mantissa).scaleb(exp)
    whole = value == value.to_integral_value() and value < 10**MAX_SIGNIFICANT_DIGITS
    return int(value) if whole else float(value)


def parse_digits(text: str) -> float:
    """Value of a digit string with separators ("1,67,929" -> 167929, "6.3" -> 6.3)."""
    return float(text.translate(SEPARATORS))


def parse_word_number(text: str) -> int:
    """Value of an English number phrase ("twenty-five", "three hundred and six", "a dozen")."""
    words = RE_WORD_GAP.split(text.lower().strip())
    if "half" in words[:2]:  # "half a dozen", "a half-dozen": half of a dozen
        return parse_word_number(DOZEN_WORD) // 2
    total = 0
    current = 0
    for word in words:
        if word in ("and", "a"):
            if word == "a":
                current = max(current, 1)
            continue
        if word in UNIT_WORDS:
            current += UNIT_WORDS[word]
        elif word in TENS_WORDS:
            current += TENS_WORDS[word]
        elif word == DOZEN_WORD:
            current = max(current, 1) * 12
        elif word == "hundred":
            current = max(current, 1) * 100
        elif word == "thousand":
            total += max(current, 1) * 1000
            current = 0
        else:
            raise ValueError(f"not a number word: {word!r}")
    return total + current


def parse_a_scale(text: str) -> float:
    """Value of "a million", "half a million", "two and a half million", "a million and a half"."""
    lower = text.lower().replace("-", " ")  # "one-and-a-half million", "half-a-million"
    words = RE_WORD_GAP.split(lower)
    if words[-1] in ("half", "quarter"):  # "a million and a half", "a billion and a quarter"
        return scale_value(words[1]) * (1.5 if words[-1] == "half" else 1.25)
    scale = scale_value(words[-1])
    whole, and_a_half, _ = lower.partition(" and a half")
    if and_a_half:
        return (parse_amount(whole) + 0.5) * scale
    if lower.startswith(("half", "a half")):
        return scale / 2
    if lower.startswith("a quarter"):
        return scale / 4
    if lower.startswith("three"):  # "three-quarters of a million"
        return scale * 3 / 4
    return float(scale)


def scale_value(word: str | None) -> int:
    """Multiplier of a scale word or abbreviation (1 when none)."""
    if not word:
        return 1
    word = RE_SPACES.sub(" ", word.strip())
    if word in SCALE_ABBREVIATIONS_MONEY_ONLY:
        return SCALE_ABBREVIATIONS_MONEY_ONLY[word]
    if word in SCALE_WORDS_BEFORE_CURRENCY:
        return SCALE_WORDS_BEFORE_CURRENCY[word]  # "3 man yen" (money's suffix pattern only)
    return SCALE_WORDS[word.lower()]


RE_SCALE_AFTER_DIGITS = re.compile(rf"\d\s?-?(?P<scale>{SCALE_WORD}|{SCALE_ABBR})\b")


# A year after a word that dates something ("in 2019", "since 2008"): before "to" and a smaller
# number it is that date, not the low end of a range ("rose in 2019 to 21 per cent", "in 2021 to
# 14 million tonnes", "from 20 mpg in 2008 to 29 mpg")
RE_YEAR_TEXT = re.compile(YEAR)
RE_DATING_WORD_BEFORE = re.compile(
    r"\b(?:in|since|by|until|till|during|of|from|early|late|mid)[\s-]\Z", re.IGNORECASE
)


def dated_year(body: str, start: int, end: int) -> bool:
    """Whether body[start:end] is a year after a word that dates something (see above)."""
    return (
        end - start == 4
        and RE_YEAR_TEXT.fullmatch(body, start, end) is not None
        and RE_DATING_WORD_BEFORE.search(body, max(0, start - 8), start) is not None
    )


def scale_of(text: str) -> int:
    """Multiplier of the scale word written after the last number in a figure's text (1 if none)."""
    found = list(RE_SCALE_AFTER_DIGITS.finditer(text))
    return scale_value(found[-1].group("scale")) if found else 1


def parse_amount(number: str, scale: str | None = None) -> int | float:
    """Value of digits or number words times an optional scale word: an exact int when whole
    ("1.09 billion" -> 1090000000), else a float (exact decimal arithmetic either way)."""
    if scale is None and number.isdecimal():
        return int(number)  # the commonest case: plain digits, no separator, no scale
    number = number.strip()
    if (
        len(number) < 7
        and "," in number
        and (RE_DECIMAL_COMMA.fullmatch(number) or RE_ZERO_DECIMAL_COMMA.fullmatch(number))
    ):
        number = number.replace(",", ".")  # "4,6" before a scale (DECIMAL_COMMA): 4.6
    if number[0].isdigit():
        plain = number.translate(SEPARATORS)
        if scale is None and plain.isdecimal():
            return int(plain)  # the common case: a whole number, no scale (the same as below)
        whole, dot, fraction = plain.partition(".")
        if (
            whole.isdecimal()
            and (not dot or fraction.isdecimal())
            and len(whole) + len(fraction) <= MAX_SIGNIFICANT_DIGITS
        ):
            return _scaled_decimal(whole, fraction, scale_value(scale))
    base = (
        Decimal(number.translate(SEPARATORS)) if number[0].isdigit() else Decimal(parse_word_number(number))
    )
    value = base * scale_value(scale)
    return int(value) if value == value.to_integral_value() else float(value)


def _scaled_decimal(whole: str, fraction: str, multiplier: int) -> int | float:
    """The value of the decimal "whole.fraction" times an integer multiplier, as parse_amount gives
    it (an int when whole, else the float nearest the exact value), in integer arithmetic: the
    quotient of two ints is rounded correctly, as a Decimal's float is."""
    numerator = int(whole + fraction) * multiplier
    if not fraction:
        return numerator
    denominator = 10 ** len(fraction)
    quotient, remainder = divmod(numerator, denominator)
    return numerator / denominator if remainder else quotient


def range_low(text: str, high_text: str, high: float, scale: str | None) -> int | float:
    """The first end of a range whose scale is written once, after the second end: "2 to 3
    million" -> 2000000, "four to five thousand" -> 4000; else the first end as written."""
    plain = parse_amount(text)
    if scale and high >= 1000 and plain < 1000:
        return parse_amount(text, scale)
    last = RE_WORD_GAP.split(high_text.lower())[-1]
    if text[0].isalpha() and last in ("hundred", "thousand") and last not in text.lower():
        scaled = plain * SCALE_WORDS[last]
        if scaled < high:
            return scaled
    return plain


# "pp" after a whole number above 100 is a book's or a report's pages ("Harbour Books, 368 pp,
# £20", "Paperback, 256pp"), as a book's details line writes them: a change in percentage points
# is at most 100 ("up 2.4 pp", "a 12pp lead") and follows a word of change ("gained 120 pp")
MAX_POINTS_CHANGE = 100
RE_WORD_BEFORE = re.compile(r"([A-Za-z]+)\W*\Z")


def pages_not_points(body: str, start: int, num: str) -> bool:
    """Whether "pp" after the number `num` starting at `start` counts pages, not percentage
    points (see above)."""
    plain = num.replace(",", "")
    if not (plain.isdecimal() and int(plain) > MAX_POINTS_CHANGE):
        return False
    before = RE_WORD_BEFORE.search(body, max(0, start - 16), start)
    return before is None or (word := before.group(1).lower()) not in CHANGE_WORDS and word != "by"


RE_PAGES_AFTER = re.compile(r" ?pp\b\.?")


def pages_after(body: str, start: int, end: int) -> int:
    """Where "pp" right after the number at start..end ends, when it counts pages (see above); 0
    if it does not."""
    found = RE_PAGES_AFTER.match(body, end)
    if found is None or not pages_not_points(body, start, body[start:end]):
        return 0
    return found.end() - (found.group().endswith("."))


# A float keeps 15 significant decimal digits exactly; a longer digit string is a code, an
# account or serial number, never a figure a news article states, so it is not read at all.
MAX_SIGNIFICANT_DIGITS = 15


def beyond_float(digit_run: str) -> bool:
    """Whether a run of digits and separators has more significant digits than a float keeps."""
    whole, point, fraction = digit_run.rpartition(".")
    if not point:  # no decimal point
        whole, fraction = digit_run, ""
    # zeros that end a decimal fraction add nothing a float loses (a compound number written as a
    # decimal of the same length, "3.0410000000000000 million", above)
    digits = "".join(c for c in whole + fraction.rstrip("0") if c.isdigit()).lstrip("0")
    return len(digits) > MAX_SIGNIFICANT_DIGITS


def month_number(name: str) -> int:
    """Month number of a month name or abbreviation ("Dec." -> 12)."""
    return MONTHS[name.rstrip(".").capitalize() if name.isupper() else name.rstrip(".")]


def day_number(text: str) -> int:
    """Day of month from "7", "07" or "7th"."""
    return int(RE_LEADING_DIGITS.match(text).group(0))  # type: ignore[union-attr]


def normalise_number(value: float) -> int | float:
    """An int when the value is whole (77000000.0 -> 77000000), else the float."""
    if isinstance(value, int):
        return value
    rounded = round(value, 9)
    return int(rounded) if float(rounded).is_integer() else rounded


# --- what follows a number ----------------------------------------------------------------------
# Most digit runs are counts ("5 people"); a dimension whose pattern needs a word or sign after the
# number (a percent sign, a currency name, a unit) is tried only where that word can start. The
# "follower" of a digit run is what comes after its digits, separators and the white space after
# them: a run of letters, or one other character ("" at the end of the text).
# a run of digits and separators: where a number can start
RE_DIGIT_RUN = re.compile(r"\d[\d,.]*")
RE_FOLLOWER = re.compile(r"[\d,.\s]*([^\W\d_]+|[^\d,.\s])?")
_NUMBER_RUN_CHAR = re.compile(r"[\d,.\s]")


def follower(body: str, start: int) -> str:
    """The follower of the number starting at `start` (see RE_FOLLOWER)."""
    return RE_FOLLOWER.match(body, start).group(1) or ""  # type: ignore[union-attr]


# a digit run, the white space, separators and later runs after it ("0, 1, 2 "), then their follower
RE_NUMBER_LIST = re.compile(r"\d[\d,.\s]*([^\W\d_]+|[^\d,.\s])?")


# every ASCII digit as "0" (ascii_view's other bytes are no digit): one find reaches the next digit
_DIGITS_AS_ZERO = bytes.maketrans(b"123456789", b"000000000")
RE_ANY_DIGIT = re.compile(r"\d")  # a decimal digit of any script: what RE_NUMBER_LIST starts with


def number_lists(body: str, view: bytes | None = None) -> Iterator[re.Match[str]]:
    """What `RE_NUMBER_LIST.finditer(body)` gives: each match starts at a digit, and a digit always
    starts one, so it is matched at the first digit after the last match, found with bytes.find in
    the text's ascii_view (`view`, made when not given) when every digit of the text is ASCII."""
    if view is None:
        view = ascii_view(body)
    if not body.isascii() and RE_ANY_DIGIT.search(non_ascii(body, view)):
        yield from RE_NUMBER_LIST.finditer(body)  # digits of another script: the pattern finds them
        return
    marks = view.translate(_DIGITS_AS_ZERO)
    match = RE_NUMBER_LIST.match
    at = marks.find(b"0")
    while at >= 0:
        m = match(body, at)
        if m is None:  # never: a digit starts a match of RE_NUMBER_LIST wherever it stands
            break
        yield m
        at = marks.find(b"0", m.end())


def digit_runs(body: str, view: bytes | None = None) -> list[tuple[int, int, str]]:
    """(start, end, follower) of every match of RE_DIGIT_RUN, in order, the follower being
    `follower(body, start)`; one scan of the text: the runs of a list ("0, 1, 2, 3 people") are
    read with the follower they share. `view`: the text's ascii_view, if made already."""
    found: list[tuple[int, int, str]] = []
    for m in number_lists(body, view):
        start, word = m.start(), m.group(1)
        stop = m.end() if word is None else m.start(1)
        runs = body[start:stop].rstrip()  # digits, separators and white space: the runs and gaps
        word = word or ""
        if runs.isdecimal() or len(runs.split(None, 1)) == 1:  # one run (the common case)
            found.append((start, start + len(runs), word))
        else:
            found.extend((run.start(), run.end(), word) for run in RE_DIGIT_RUN.finditer(body, start, stop))
    return found


MAX_KNOWN_FOLLOWERS = 10_000  # followers remembered per pattern (they repeat: "people", "per cent")


class Followers:
    """Whether a pattern that reads a number, optional white space, then one of its words or signs
    can match before a given follower. `whole` are read as whole words (no letter follows them in
    the pattern: "percent", "km/h", "Canadian dollars", "%"), `starts` may have letters glued after
    them ("million" in "5 millionkm"). A superset test, never stricter than the pattern: a follower
    outside ASCII passes, and so does everything when a word starts with a character a number run
    is made of or holds one that matches an ASCII letter when case is ignored (Kelvin's "K")."""

    def __init__(
        self, whole: Iterable[str], starts: Iterable[str] = (), three_letter_codes: bool = False
    ) -> None:
        exact, glued_heads = set(), set()
        self.everything = False
        for word, glued in itertools.chain(((w, False) for w in whole), ((w, True) for w in starts)):
            if not word:
                continue
            if _NUMBER_RUN_CHAR.match(word[0]) or any(_matches_ascii(c) for c in word):
                self.everything = True
            head = _ascii_letters(word).lower()
            if not head:  # a sign ("%", "-", "$"): the follower is that one character
                if word[0].isascii():
                    exact.add(word[0])
            elif len(head) < len(word) and word[len(head)].isalpha():
                continue  # letters outside ASCII follow: an ASCII follower cannot be this word
            elif glued:
                glued_heads.add(head)
            else:
                exact.add(head)  # the follower is the word's whole first run of letters
        self.exact = frozenset(exact)
        self.glued = frozenset(glued_heads)
        self.three_letter_codes = three_letter_codes
        self._passed: set[str] = set()  # followers seen that pass, and every follower seen
        self._seen: set[str] = set()

    def __call__(self, follower: str) -> bool:
        return bool(self.passing({follower}))

    def passing(self, followers: set[str]) -> set[str]:
        """The followers of a set that pass (each judged once and remembered: set operations)."""
        unknown = followers - self._seen
        if unknown:
            if len(self._seen) >= MAX_KNOWN_FOLLOWERS:
                self._passed.clear()  # bounded memory, whatever the text: judged again
                self._seen.clear()
                unknown = followers
            self._passed.update(filter(self._passes, unknown))
            self._seen |= unknown
        return followers & self._passed

    def _passes(self, follower: str) -> bool:
        if self.everything or not follower.isascii():
            return True
        if not follower:
            return False
        lower = follower.lower()
        if lower in self.exact or (self.three_letter_codes and len(lower) == 3 and follower.isupper()):
            return True
        return any(lower[:k] in self.glued for k in range(1, len(lower) + 1))


def _ascii_letters(word: str) -> str:
    """The ASCII letters a word starts with."""
    return "".join(itertools.takewhile(lambda c: c.isascii() and c.isalpha(), word))


@cache
def _matches_ascii(char: str) -> bool:
    """Whether a character outside ASCII matches an ASCII one, ignoring case ("K" Kelvin, "ſ")."""
    return not char.isascii() and any(
        re.fullmatch(re.escape(char), chr(c), re.IGNORECASE) for c in range(128)
    )
