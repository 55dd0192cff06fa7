"""Dates and years: full dates, month-years, day-months, day lists, and ranges of days, months
and years ("from 7 to 24 October 2023", "between 2015 and 2019", "2021-22"; "June 3 or 4" is one
uncertain date, a range like "in June or July 2024"), as the labelling
rules write them (ISO forms; "--MM-DD" without a year)."""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import TYPE_CHECKING

from .. import currencies
from ..vocab import (
    CASUALTY_PARTICIPLES,
    COHORT_NOUNS,
    DATED_COIN_NOUNS,
    HIJRI_MONTHS,
    MONTHS,
    NAME_WORDS,
    NEPALI_MONTHS,
    WEEKDAYS,
)
from . import numbers as N
from .change_pairs import moved_in_year, moves_from
from .counted_units import count_unit_after
from .digit_groups import (
    HOTLINE_REACH,
    RE_HOTLINE_BEFORE,
    clock_before_zone,
    dialled_number,
    dialled_spaced_groups,
    is_phone_number_start,
    may_name_hotline,
    previous_word,
    service_number,
    three_spaced_groups,
)
from .figure import Figure
from .model_names import NAMES_BEFORE_MONTH, flight_number
from .names import HYPHEN_PREFIXES_OK, year_in_hyphened_name
from .numbers import END
from .reference_codes import beside_code_word, catalogued_body, docket_number, is_batch_code
from .sport_names import club_founding_year
from .words import names_persons, tokens

if TYPE_CHECKING:
    from ..extract import Scanner

M, D, Y = N.MONTH, N.DAY, N.YEAR
# a day ends where a word does and where no thousands or decimals go on ("from May 2, and
# 13,700 were sold": 13,700 is no day of May)
DAY_END = r"(?![\w]|[.,]\d)"
# a weekday's name written before a day of the month ("from Tuesday 3 to Friday 6 March", "on
# Monday 9 and Wednesday 11 June", as British and European desks write them): the day's own name
WD = rf"(?:(?=[MTWFS])(?:{'|'.join(WEEKDAYS)}),?\s+)?"  # (the first letter tested first: cheap)
RE_WEEKDAY_BEFORE = re.compile(rf"(?<![\w-])(?:{'|'.join(WEEKDAYS)}),?\s+\Z")
# a comma closing the first date before the word that joins the second, as a weekday's comma asks
# ("between Monday, November 23, and Friday, November 27", "Friday, March 4, to Sunday, March 6")
RANGE_COMMA = r"(?:,(?=\s+(?:to|until|till|through|and)\s))?"
# (a range's first date may carry its own year when the range crosses a new year: "from 1 December
# 2025 to 28 February 2026", "Dec. 1, 2025, to Feb. 28, 2026")
RE_DAY_RANGE = re.compile(
    rf"(?P<d1>{D})(?:\s+(?P<m1>{M})(?:,?\s+(?P<y1>{Y}))?)?{RANGE_COMMA}\s*(?P<join>-|–|to|until|till|through|and|or)\s*{WD}"
    rf"(?P<d2>{D})\s+(?:of\s+)?(?P<m2>{M})(?:,?\s+(?P<y>{Y}))?{END}"
)
# (the second date may open with its hour, "from 9 p.m. Friday, Dec. 11, to 9 p.m. Monday, Dec.
# 14": one range of days, the hours no row; an hour is no day, "Dec. 11, to 9 p.m."; late-units9)
CLOCK_BEFORE_DATE = r"(?:\d{1,2}(?:[:.]\d\d)?\s?(?:[ap]\.m\.|[ap]m\b),?\s+|(?:noon|midnight),?\s+)?"
NOT_CLOCK = r"(?!\s?(?:[ap]\.m\.|[ap]m\b)|[:.]\d\d\s?(?:[ap]\.m\.|[ap]m\b))"
# ... nor a level a scale word or a percent follows, a change's new level after the date ("rose on
# March 5, to 9 million": late-lists10)
NOT_SCALED = r"(?!\s?(?:%|(?:million|billion|thousand|trillion|mn|bn|per\s?cent|percent)\b))"
RE_MONTHDAY_RANGE = re.compile(
    rf"(?P<m1>{M})\s+(?P<d1>{D})(?:,\s+(?P<y1>{Y}))?{RANGE_COMMA}\s*(?P<join>-|–|to|until|till|through|and|or)\s*"
    rf"(?:{CLOCK_BEFORE_DATE}{WD}(?P<m2>{M})\s+)?(?P<d2>{D})(?:,?\s+(?P<y>{Y}))?{DAY_END}{NOT_CLOCK}{NOT_SCALED}"
)
RE_MONTH_RANGE = re.compile(
    rf"(?P<m1>{M})(?:\s+(?P<y1>{Y}))?\s*(?P<join>-|–|to|until|till|through|and|or)\s*"
    rf"(?P<m2>{M}),?\s+(?P<y>{Y}){END}"
)
RE_YEAR_RANGE = re.compile(
    rf"(?<![\w.,-])(?P<y1>{Y})\s*(?P<join>-|–|/|to|until|till|through|and)\s*"
    rf"(?P<y2>{Y}|\d\d)(?![\w%]|[.,]\d)"
)
RE_DAY_LIST = re.compile(
    rf"(?P<days>{D}(?:\s*,\s*{WD}{D})*\s*(?:,?\s*and|&)\s*{WD}{D})\s+(?:of\s+)?(?P<m>{M})(?:,?\s+(?P<y>{Y}))?{END}"
)
# the month written first: "March 4 and 5", "June 2, 9 and 16", "Oct. 9 and 10, 2027"
RE_MONTH_DAY_LIST = re.compile(
    rf"(?P<m>{M})\s+(?P<days>{D}(?:\s*,\s*{D})*\s*(?:,?\s*and|&)\s*{D}){DAY_END}(?:,?\s+(?P<y>{Y}){END})?"
    r"(?!\s*(?:%|per cent|percent))"
)
# (the month first, the year may follow the day after a slash, as Ethiopian and other agencies
# date their copy: "Addis Ababa, March 14/2027 (ENA)" is 2027-03-14)
RE_FULL_DATE = re.compile(
    rf"(?P<d>{D})\s+(?:of\s+)?(?P<m>{M}),?\s+(?P<y>{Y}){END}"
    rf"|(?P<m2>{M})\s+(?P<d2>{D})(?:,?\s+|/)(?P<y2>{Y}){END}"
)
RE_MONTH_YEAR = re.compile(rf"(?P<m>{M}),?\s+(?P<y>{Y}){END}")
# ... and a month with a year of history (1000 to 1799) after a word that dates ("In July 1551 a
# raid", "since March 1688"; RE_FAR_YEAR_BEFORE), no counted noun after it ("in March 1500 homes")
RE_MONTH_FAR_YEAR = re.compile(rf"(?P<m>{M}),?\s+(?P<y>1[0-7]\d\d){END}")
# a full date hyphened as forms, filings and databases write it ("14-Mar-2022", "3-June-2025")
RE_HYPHENED_DATE = re.compile(rf"(?<![\w.,/-])(?P<d>(?:[12]\d|3[01]|0?[1-9]))-(?P<m>{M})-(?P<y>{Y})(?![\w-])")
HYPHENED_DATE_FOLLOWERS = N.Followers(("-",))
RE_DAY_MONTH = re.compile(
    rf"(?<![\w.,])(?P<d>{D})\s+(?:of\s+)?(?P<m>{M}){END}"
    rf"|(?P<m2>{M})\s+(?P<d2>{D}){DAY_END}(?!\s*(?:%|per cent|,\d))"
)
RE_LISTED_DAY = re.compile(r"\d{1,2}(?:st|nd|rd|th)?")  # one day of a day list
# (a year glued to "c." or "ca.", as catalogues date a piece: "c.1830")
GLUED_CIRCA = r"(?<=\bc\.)|(?<=\bca\.)"
RE_YEAR = re.compile(rf"(?:(?<![\w.,$€£])|{GLUED_CIRCA}){Y}(?![\w%]|[.,]\d)")
# A fiscal year written "FY" and its year, in four digits or two ("FY2024", "FY25", "FY 2023"),
# or a span of them ("FY2019-20", "FY24-25"): a fiscal year is a `year`/`date` (rules, table 5),
# a span one range; two digits are a year of this century, like "2021-22"'s second year
RE_FISCAL_YEAR = re.compile(
    r"(?<![\w.,-])FY\s?(?P<y1>(?:19|20)\d\d|\d\d)(?:\s?[-–/]\s?(?:FY)?(?P<y2>(?:19|20)\d\d|\d\d))?(?![\w%]|[.,]\d)"
)
# A results period's label glued to its year, as Asian business desks write them: a quarter, a half
# or the first N months before a year or a fiscal year ("1QFY26", "9MFY2026", "2H25", "9M26",
# "Q3FY26"): the label names a period (rules, table 8: "Q2", "H1"), its year is labelled
PERIOD_LABEL_LETTERS = frozenset(("Q", "H", "M"))  # what follows a label's digit ("1Q", "2H", "9M")
RE_PERIOD_LABEL_YEAR = re.compile(
    r"(?<![\w.,-])(?:(?:[1-4]Q|[12]H|(?:3|6|9|12)M)\s?(?:FY\s?)?|(?:Q[1-4]|H[12])\s?FY\s?)"
    r"(?P<y>(?:19|20)\d\d|\d\d)(?![\w%]|[.,]\d)"
)

# what makes a year a count or a size instead ("2021 million", "2021 per cent")
RE_SCALE_AFTER = re.compile(rf"^\s?(?:{N.SCALE_WORD}|%|per cent|percent)\b")
RE_LETTER_TAIL = re.compile(r"[A-Za-z]\s+$")
# how far before a month name a day may start for its digits to be tried as a date
DATE_REACH = 40

RE_MONTH_ANCHOR = re.compile(rf"\b(?=[A-Z]){M}")


MONTH_PREFIXES = tuple(dict.fromkeys(name[:3] for name in MONTHS))
# every month name starts with one of these (a capital, then two lower-case letters: no two
# occurrences overlap); one pattern of the three-letter words alone is searched for them, which
# the regex engine skips through by their first letters: far fewer instructions than a search for
# each, or than a pattern tried at every capital letter
RE_MONTH_PREFIX = re.compile("|".join(MONTH_PREFIXES))


def month_anchors(body: str) -> list[int]:
    """Where month names start (found by their first three letters, then checked with
    RE_MONTH_ANCHOR), in text order."""
    found = []
    for prefix in RE_MONTH_PREFIX.finditer(body):
        i = prefix.start()
        if (i == 0 or not body[i - 1].isalnum()) and RE_MONTH_ANCHOR.match(body, i):
            found.append(i)
    return found


def iso_date(year: str | None, month: str, day: str) -> str:
    """ISO date of a day, month name and optional year ("--10-07" without a year)."""
    m = N.month_number(month)
    d = N.day_number(day)
    return f"{year}-{m:02d}-{d:02d}" if year else f"--{m:02d}-{d:02d}"


def date_digits(digits: list[int], months: list[int]) -> list[int]:
    """The digit runs that can start a date: a month name follows within a few words."""
    if not months:
        return []
    return [d for d in digits if (k := bisect_right(months, d)) < len(months) and months[k] - d < DATE_REACH]


def year_digits(body: str, digits: list[int]) -> list[int]:
    """The digit runs that can be a year: four digits starting with 1 or 2."""
    return [
        d
        for d in digits
        if body[d] in "12" and body[d : d + 4].isdigit() and not body[d + 4 : d + 5].isdigit()
    ]


# A wire dateline that opens a line with the place and the month in capitals, as news agencies of
# the former Soviet Union and Asia write it ("TBILISI, MARCH 4, GEOSTAT.", "BAKU, DECEMBER
# 3 (APA) -", "TASHKENT, MAY 5, 2026 -"): the day is a date (rules, table 5's dateline), not a count
# of the month's capitals. Only at a line's start after a place in capitals and a comma: "MAY 5
# WINNERS" in a title-case line or a shouted "MARCH 12 PROTEST" slogan mid-text are no datelines.
# A heading set so with a span of days ("FESTIVAL DIARY, 4-7 AUGUST") gives one range.
_CAPITAL_MONTHS = "|".join(sorted((name.upper() for name in MONTHS), key=len, reverse=True))
RE_CAPITALS_DATELINE = re.compile(
    r"(?m:^)[A-Z][A-Z'.-]+(?: [A-Z][A-Z'.-]+){0,3},\s+(?:(?P<m>"
    + _CAPITAL_MONTHS
    + r")\.?\s+(?P<d>[0-3]?\d)(?![\w.,]\d|\w)(?:,\s+(?P<y>(?:19|20)\d\d)(?!\w))?"
    + r"|(?P<d2>[0-3]?\d)(?:\s?[-–]\s?(?P<d3>[0-3]?\d))?\s+(?P<m2>"  # day first: "ASTANA, 27 NOVEMBER 2026 -"
    + _CAPITAL_MONTHS
    + r")\b\.?(?:,?\s+(?P<y2>(?:19|20)\d\d)(?!\w))?)"
)


def scan_capitals_dateline(sc: Scanner) -> None:
    """The date of a line-opening dateline whose month is in capitals (RE_CAPITALS_DATELINE)."""
    body = sc.body
    line_start = 0
    while line_start < len(body):
        line_end = body.find("\n", line_start)
        if line_end < 0:
            line_end = len(body)
        if body[line_start : line_start + 2].isupper():
            m = RE_CAPITALS_DATELINE.match(body, line_start, min(line_end, line_start + 60))
            if m:
                if m.group("m"):
                    _add_date(sc, m, iso_date(m.group("y"), m.group("m"), m.group("d")), "date")
                elif m.group("d3"):  # a heading's days: "FESTIVAL DIARY, 4-7 AUGUST" (one range)
                    low = iso_date(m.group("y2"), m.group("m2"), m.group("d2"))
                    high = iso_date(m.group("y2"), m.group("m2"), m.group("d3"))
                    if low < high:
                        _add_date(sc, m, f"{low}/{high}", "date")
                else:
                    _add_date(sc, m, iso_date(m.group("y2"), m.group("m2"), m.group("d2")), "date")
        line_start = line_end + 1


# Years marked with their era, as history, archaeology and heritage copy writes them: before
# Christ "500 BC", "3000 BCE", "c. 1500 B.C." (signed: -500, as the rules sign a reading below zero;
# the year as stated, no astronomical shift), and "AD 1180", "circa AD 950", "1066 CE" (the year);
# a span "between 2130 and 1980 BC", "500-450 BC" or "from 3000 BC to AD 200" is one range, low to
# high (-2130/-1980), its mark after the second year read for the first year too
ERA_BEFORE_CHRIST = r"(?:BCE|BC|B\.C\.E\.|B\.C\.)"
ERA_COMMON = r"(?:CE|C\.E\.|AD|A\.D\.)"
ERA_YEAR = r"(?:\d{1,2},\d{3}|\d{1,4})"
# a mark after a year of our times (numbers.YEAR) only where a clause mark, the text's end, a
# function word or an auxiliary follows it ("1980 BC with", "2900 BC were found"): "the 2024 BC
# election", "In 2023 B.C. recorded", "2024 BC Hydro" and a "2019 CE mark" name British Columbia and
# a conformity mark, not an era; an older or longer year has no such reading ("10,000 B.C. lay")
RE_ERA_MARK_END = re.compile(
    r"\s*(?:[.,;:!?)\]\"”’'—–-]|\Z|(?:and|or|to|until|till|with|when|while|the|a|an|in|at|on|by|from"
    r"|during|through|onwards?|as|before|after|which|that|where|for|of|was|were|is|are|has|have|had)\b)"
)
RE_MODERN_YEAR = re.compile(rf"{Y}\Z")
ERA_MARK_AFTER = rf"(?:\s?(?P<era{{n}}>{ERA_BEFORE_CHRIST}|{ERA_COMMON}))?(?![\w])"
ERA_MARK_BEFORE = r"(?:(?P<ad{n}>AD|A\.D\.)\s?)?"
RE_ERA_MARK = re.compile(rf"(?<![\w.])(?:{ERA_BEFORE_CHRIST}|{ERA_COMMON})(?![\w])")
# ... the same marks by their first letter, for a test of the whole text: a pattern opening with a
# letter is searched for fast, one opening with a look-behind is tried at every character
RES_ERA_MARK_BY_LETTER = (
    re.compile(r"B(?<![\w.]B)(?:CE|C|\.C\.E\.|\.C\.)(?![\w])"),
    re.compile(r"C(?<![\w.]C)(?:E|\.E\.)(?![\w])"),
    re.compile(r"A(?<![\w.]A)(?:D|\.D\.)(?![\w])"),
)
RE_ERA_RANGE = re.compile(
    rf"(?<![\w.,$€£-]){ERA_MARK_BEFORE.format(n=1)}(?P<y1>{ERA_YEAR}){ERA_MARK_AFTER.format(n=1)}"
    rf"\s*(?P<join>-|–|to|until|and)\s*{ERA_MARK_BEFORE.format(n=2)}(?P<y2>{ERA_YEAR}){ERA_MARK_AFTER.format(n=2)}"
)
RE_ERA_YEAR = re.compile(
    rf"(?<![\w.,$€£-]){ERA_MARK_BEFORE.format(n=1)}(?P<y1>{ERA_YEAR}){ERA_MARK_AFTER.format(n=1)}"
)


def _era_sign(body: str, m: re.Match[str], n: int) -> int:
    """-1 for the n-th year of a match marked before Christ, 1 for one marked AD or CE, 0 for an
    unmarked one (or one whose mark names no era, RE_ERA_MARK_END)."""
    era = m.group(f"era{n}")
    if (
        era is not None
        and RE_MODERN_YEAR.match(m.group(f"y{n}"))
        and not RE_ERA_MARK_END.match(body, m.end(f"era{n}"))
    ):
        era = None
    if era is not None and era.startswith("B"):
        return -1
    return 1 if m.group(f"ad{n}") or era else 0


def scan_era_years(sc: Scanner) -> None:
    """Years and spans of years marked with their era (see above); run only where a mark is written."""
    body = sc.body
    if not any(pattern.search(body) for pattern in RES_ERA_MARK_BY_LETTER):  # (RE_ERA_MARK)
        return
    for m in RE_ERA_RANGE.finditer(body):
        sign1, sign2 = _era_sign(body, m, 1), _era_sign(body, m, 2)
        kw = sc.kw_before(m.start())
        if not (sign1 or sign2) or m.group("join") == "and" and kw is None:
            continue
        y1 = (sign1 or sign2) * int(m.group("y1").replace(",", ""))
        y2 = (sign2 or sign1) * int(m.group("y2").replace(",", ""))
        end = m.end() if m.group("era2") is None or sign2 else m.end("y2")  # (a mark naming no era left out)
        if y1 != y2 and sc.free(m.start(), end):
            start = m.start() if kw is None else kw
            sc.claim(m.start(), end)
            value = f"{min(y1, y2)}/{max(y1, y2)}"
            sc.add(Figure(start, end, (m.start(), end), value, "year", "date", date_subject(sc, start)))
    for m in RE_ERA_YEAR.finditer(body):
        sign = _era_sign(body, m, 1)
        if sign and sc.free(m.start(), m.end()):
            year = sign * int(m.group("y1").replace(",", ""))
            sc.claim(m.start(), m.end())
            sc.add(Figure(m.start(), m.end(), m.span(), year, "year", "date", date_subject(sc, m.start())))


def scan_dates(sc: Scanner) -> None:
    """Fiscal years, ranges of days, of month days and of months, then year ranges and single dates."""
    if "FY" in sc.body:
        scan_fiscal_years(sc)
    scan_era_years(sc)
    scan_capitals_dateline(sc)
    scan_period_label_years(sc)
    scan_hijri_dates(sc)
    scan_nepali_dates(sc)
    scan_numeric_dates(sc)
    if not sc.months:
        return scan_year_ranges(sc)
    for m in sc.at(RE_DAY_RANGE, sc.date_digits):
        kw = sc.kw_before(m.start())
        if kw is None and (weekday := RE_WEEKDAY_BEFORE.search(sc.body, max(0, m.start() - 12), m.start())):
            kw = sc.kw_before(weekday.start())  # "between Tuesday 3 and Friday 6 March"
        if m.group("join") == "and" and kw is None:
            continue
        y, y1 = m.group("y"), m.group("y1")
        low = iso_date(y1 or y, m.group("m1") or m.group("m2"), m.group("d1"))
        high = iso_date(y or y1, m.group("m2"), m.group("d2"))
        if y1 is None or low < high:
            _add_date(sc, m, f"{low}/{high}", "date", kw)
    for m in sc.at(RE_MONTHDAY_RANGE, sc.months):
        kw = sc.kw_before(m.start())
        if kw is None and (weekday := RE_WEEKDAY_BEFORE.search(sc.body, max(0, m.start() - 12), m.start())):
            kw = sc.kw_before(weekday.start())  # "from Friday, March 4 to Sunday, March 6"
        if m.group("join") == "and" and kw is None:
            continue
        y, y1 = m.group("y"), m.group("y1")
        low = iso_date(y1 or y, m.group("m1"), m.group("d1"))
        high = iso_date(y or y1, m.group("m2") or m.group("m1"), m.group("d2"))
        if low < high or (y is None and y1 is None):
            _add_date(sc, m, f"{low}/{high}", "date", kw)
    for m in sc.at(RE_MONTH_RANGE, sc.months):
        kw = sc.kw_before(m.start())
        if m.group("join") == "and" and kw is None:
            continue
        y = m.group("y")
        low = f"{m.group('y1') or y}-{N.month_number(m.group('m1')):02d}"
        high = f"{y}-{N.month_number(m.group('m2')):02d}"
        if low < high:
            _add_date(sc, m, f"{low}/{high}", "date", kw)
    scan_year_ranges(sc)
    scan_single_dates(sc)


# A date or a year of the Islamic calendar, labelled as written (vocab.HIJRI_MONTHS): "12 Shawwal
# 1446 AH" is 1446-10-12, "Ramadan 1447" 1447-09, "1447 AH" and "1446H" the year; Hijri years run
# from 1300 to 1599 in news of the last century and this one.
# a Hijri month's name, then its year; and the day that may stand before the name
RE_HIJRI_MONTH_YEAR = re.compile(
    r"(?P<m>" + "|".join(sorted(map(re.escape, HIJRI_MONTHS), key=len, reverse=True)) + r")"
    r",?\s+(?P<y>1[3-5]\d\d)(?:\s?(?:AH\b|A\.H\.)|H\b)?(?![\w%]|[.,]\d)"
)
RE_HIJRI_DAY_BEFORE = re.compile(r"(?<![\w.,])(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?\Z")
RE_HIJRI_YEAR = re.compile(r"(?P<y>1[3-5]\d\d)(?:\s?AH|\s?A\.H\.|H)(?![\w])")  # "1446H" glued only
HIJRI_YEAR_FOLLOWERS = N.Followers(("AH", "A.H.", "H"))
HIJRI_CENTURIES = ("13", "14", "15")  # the first digits of a Hijri year in news
RE_FOUR_DIGITS = re.compile(r"\d{4}(?!\d)")
HIJRI_MONTH_REACH = 24  # characters before the year read for a Hijri month's name


def _free_start(body: str, s: int) -> bool:
    """Whether a number at `s` stands alone: not after a letter, a digit, a point, a comma or a sign."""
    return s == 0 or not (body[s - 1].isalnum() or body[s - 1] in ".,$€£")


def scan_hijri_dates(sc: Scanner) -> None:
    """Dates and years of the Islamic calendar (see above), as written."""
    body = sc.body
    for pos in sc.digits:  # a Hijri month's name is looked for only before a Hijri year's digits
        if not (body.startswith(HIJRI_CENTURIES, pos) and RE_FOUR_DIGITS.match(body, pos)):
            continue
        m = RE_HIJRI_MONTH_YEAR.search(body, max(0, pos - HIJRI_MONTH_REACH), pos + 12)
        if m is None or m.start("y") != pos or (m.start() and body[m.start() - 1].isalnum()):
            continue
        at = m.start()
        day_m = RE_HIJRI_DAY_BEFORE.search(body, max(0, at - 9), at)
        day = day_m.group("d") if day_m and 1 <= int(day_m.group("d")) <= 30 else None
        s, e = (day_m.start("d") if day_m and day else at), m.end()
        if not sc.free(s, e):
            continue
        month = HIJRI_MONTHS[m.group("m")]
        value = f"{m.group('y')}-{month:02d}-{int(day):02d}" if day else f"{m.group('y')}-{month:02d}"
        sc.claim(s, e)
        sc.add(Figure(s, e, (s, e), value, "date", "date", date_subject(sc, s)))
    for m in sc.at(RE_HIJRI_YEAR, sc.digits_then(HIJRI_YEAR_FOLLOWERS)):  # "1447 AH", "1446H"
        s, e = m.span()
        if sc.free(s, e) and _free_start(body, s):
            sc.claim(s, e)
            sc.add(Figure(s, e, m.span("y"), int(m.group("y")), "year", "date", date_subject(sc, s)))


# A date of the Nepali (Bikram Sambat) calendar, labelled as written (vocab.NEPALI_MONTHS): a month's
# name and its day, a Bikram Sambat year after a comma ("Mangsir 17, 2083 BS" is 2083-08-17), or none
# ("on Kartik 28" is --07-28), in an article set in Nepal or one that names the calendar; its
# months are also given names ("Kartik", "Magh"), so only a day of 1 to 32 after one is read, with
# no noun of its own after it. Bikram Sambat years run from 2000 to 2199 in news of the last century
# and this one.
RE_NEPALI_DATE = re.compile(
    r"\b(?P<m>" + "|".join(sorted(map(re.escape, NEPALI_MONTHS), key=len, reverse=True)) + r")"
    r"\s+(?P<d>[1-9]|[12]\d|3[0-2])(?![\w.,]\d|\w)"
    r"(?:,?\s+(?P<y>2[01]\d\d)(?P<era>\s?(?:BS|B\.S\.|VS|V\.S\.))?(?![\w%]|[.,]\d))?"
)
NEPALI_MONTH_CHARS = max(map(len, NEPALI_MONTHS)) + 1  # characters read back from a day for its month
RE_NOUN_AFTER_DAY = re.compile(  # "Kartik 28 people": a name and a count
    r"\s+(?!(?:and|or|to|until|till|from|when|after|before|but|was|were|is|the|this|last|next|at|in|on|of"
    r"|for|with|by|as)\b)[a-z]{3,}"
)
RE_BS_MARK = re.compile(r"\b(?:BS|B\.S\.|Bikram Sambat|Nepal)(?!\w)")


def scan_nepali_dates(sc: Scanner) -> None:
    """Dates of the Nepali calendar (see above), as written."""
    body = sc.body
    nepal = None
    for pos in sc.digits:  # a Nepali month's name is looked for only right before a day's digits
        space = pos - 1
        if space < 1 or body[space] != " ":
            continue
        words = body[max(0, space - NEPALI_MONTH_CHARS) : space].split()
        word = words[-1].lstrip('("“‘') if words else ""
        if word not in NEPALI_MONTHS:
            continue
        if nepal is None:  # the article is set in Nepal or names the calendar
            nepal = RE_BS_MARK.search(body) is not None or "NP" in sc.countries()
        if not nepal:
            return
        m = RE_NEPALI_DATE.match(body, space - len(word))
        if m is None or m.group("y") is None and RE_NOUN_AFTER_DAY.match(body, m.end()):
            continue
        s, e = m.span()
        if not sc.free(m.start("d"), e):
            continue
        month, day = NEPALI_MONTHS[m.group("m")], int(m.group("d"))
        value = f"{m.group('y')}-{month:02d}-{day:02d}" if m.group("y") else f"--{month:02d}-{day:02d}"
        sc.claim(s, e)
        sc.add(Figure(s, e, m.span("d"), value, "date", "date", date_subject(sc, s)))


# A date written in figures with a four-digit year ("on 24/11/2026", "filed on 15-03-2025", "the
# deadline is 31/12/2026"), after a word that dates or a verb of being: day first, as news outside
# the United States writes it;
# month first in a US article, unless the first number cannot be a month (and the other way round).
# ... also with dots ("on 29.11.2026"), as Central and East Asian and European desks write it, or year
# first ("on 2026/11/29"), as East Asian desks write it: month, then day
RE_NUMERIC_DATE = re.compile(
    r"(?P<a>[0-3]?\d)(?P<sep>[/.-])(?P<b>[0-3]?\d)(?P=sep)(?P<y>(?:19|20)\d\d)(?![\w/]|[.,-]\d)"
    r"|(?P<y2>(?:19|20)\d\d)(?P<sep2>[/.-])(?P<m2>[01]?\d)(?P=sep2)(?P<d2>[0-3]?\d)(?![\w/]|[.,-]\d)"
)
# the ISO form "2026-03-01", year first, as press releases and official notices write it: a date
# wherever it stands, with or without a word that dates (no other figure is written so)
RE_ISO_DATE = re.compile(r"(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?![\w/-]|[.,]\d)")
NUMERIC_DATE_FOLLOWERS = N.Followers(("/", "-", "."))
RE_DATING_WORD_BEFORE = re.compile(
    r"\b(?P<lead>on|from|to|until|till|since|by|dated|before|after|between|of|effective|is|was|were|be)\s+\Z",
    re.IGNORECASE,
)
BEING_LEADS = frozenset(("is", "was", "were", "be"))  # read only before a date with slashes
# ... or "the" before it and a noun after it, the date naming a thing ("the 12.11.2026 meeting")
RE_THE_BEFORE = re.compile(r"\b(?P<lead>[Tt]he)\s\Z")
RE_NOUN_AFTER = re.compile(r"\s[a-z]{3,}\b")
# ... also with no such word in a dateline that opens a line, a place and a comma before it and the
# agency in brackets or a dash after it, as francophone and Arab state agencies write it ("Dakar,
# 14/03/2026 (APS) -", "RABAT, 14/03/2026 -"): its date (rules, table 5's dateline)
RE_DATELINE_PLACE = re.compile(r"[A-Z][^\W\d_]*(?:[ '’.-][^\W\d_]+){0,3},\s+")
RE_DATELINE_AFTER = re.compile(r"\s*(?:\([A-Za-z][\w.& -]{0,20}\)\s*)?[-–—:]")
DATELINE_PLACE_CHARS = 40  # the longest place read before a dateline's date
RE_NUMERIC_DATE_HIGH = re.compile(
    r"\s*(?:to|and|until|-|–)\s*(?:(?P<a>[0-3]?\d)(?P<sep>[/.-])(?P<b>[0-3]?\d)(?P=sep)(?P<y>(?:19|20)\d\d)"
    r"|(?P<y2>(?:19|20)\d\d)(?P<sep2>[/.-])(?P<m2>[01]?\d)(?P=sep2)(?P<d2>[0-3]?\d))"
    r"(?![\w/]|[.,-]\d)"
)


# a day and month in figures with no year ("on 25/12", "(Letters, 3/12)"), with a slash: after "on"
# and before a clause's end or a function word, or in a bracketed citation after a source's name and
# a comma, as letters pages and news digests write it: day first, month first in a US article (rules,
# table 5: "--12-25"); not a fraction ("3/12 of the budget"), a pair of odds, "24/7", or an event
# named by its date ("9/11", "7/7")
RE_NUMERIC_DAY_MONTH = re.compile(
    r"(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)(?![\w/]|[.,-]\d)"
    r"(?=[,;:)]|\.(?!\d)|\s*\Z|\s+(?:and|or|at|in|to|from|with|when|after|before|the|a|for|but|as|this"
    r"|next|last|was|is|will|would|he|she|they|it)\b)"
)
RE_ON_BEFORE = re.compile(r"\b[Oo]n\s\Z")
RE_CITATION_BEFORE = re.compile(r"\((?:[A-Z][\w'’&.-]*\s?){1,4},\s\Z")  # "(Letters, ", "(Opinion page, "
NAMED_DAY_MONTHS = frozenset(("24/7", "9/11", "7/7"))
DAY_MONTH_REACH = 40  # characters read before the date for its citation's source


def _day_month(sc: Scanner, s: int) -> None:
    """Add the day and month in figures at `s` (see RE_NUMERIC_DAY_MONTH), if it is one."""
    body = sc.body
    m = RE_NUMERIC_DAY_MONTH.match(body, s)
    if m is None or m.group(0) in NAMED_DAY_MONTHS or not sc.free(s, m.end()):
        return
    before = body[max(0, s - DAY_MONTH_REACH) : s]
    cited = body.startswith(")", m.end()) and RE_CITATION_BEFORE.search(before) is not None
    if not cited and RE_ON_BEFORE.search(before[-3:]) is None:
        return
    a, b = int(m.group("a")), int(m.group("b"))
    day, month = (b, a) if sc.country() == "US" and a <= 12 else (a, b)
    if month > 12 and day <= 12:
        day, month = month, day
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return
    sc.claim(s, m.end())
    sc.add(Figure(s, m.end(), (s, m.end()), f"--{month:02d}-{day:02d}", "date", "date", date_subject(sc, s)))


def _numeric_iso(sc: Scanner, m: re.Match[str]) -> str | None:
    """The ISO date of a date written in figures (see RE_NUMERIC_DATE), or None if it is none."""
    if m.group("y2"):  # year first: month, then day
        month, day = int(m.group("m2")), int(m.group("d2"))
        if not (1 <= month <= 12 and 1 <= day <= 31):
            return None
        return f"{m.group('y2')}-{month:02d}-{day:02d}"
    a, b = int(m.group("a")), int(m.group("b"))
    day, month = (b, a) if sc.country() == "US" and a <= 12 else (a, b)
    if month > 12 and day <= 12:
        day, month = month, day  # "3/24/2026": the first number is the month
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return f"{m.group('y')}-{month:02d}-{day:02d}"


def _numeric_dateline(body: str, start: int, end: int) -> bool:
    """Whether the date in figures at start:end is a line-opening dateline's (RE_DATELINE_PLACE
    before it, RE_DATELINE_AFTER after it)."""
    # the line's start, looked for no further back than a place's length (linear on long lines)
    line_start = body.rfind("\n", max(0, start - DATELINE_PLACE_CHARS - 1), start) + 1
    return (
        start - line_start <= DATELINE_PLACE_CHARS
        and RE_DATELINE_PLACE.fullmatch(body, line_start, start) is not None
        and RE_DATELINE_AFTER.match(body, end, end + 30) is not None
    )


# a month and year in figures after a pack's shelf-life label ("best before 11/2027", "use by
# 03.2027", "expiry date: 09/2028"), as product labels and recall notices print them: the month
# (rules, table 5); elsewhere "11/2027" may be a case's or a decree's number
RE_NUMERIC_MONTH_YEAR = re.compile(r"(?P<m>0?[1-9]|1[0-2])[/.](?P<y>(?:19|20)\d\d)(?![\w/]|[.,-]\d)")
RE_SHELF_LIFE_BEFORE = re.compile(
    r"(?i:best\s+before|best\s+by|use\s+by|expiry(?:\s+date)?|expires|exp\.)(?:\s+end)?:?\s\Z"
)
SHELF_LIFE_REACH = 24  # characters read before the month for the label


def _shelf_life_month(sc: Scanner, s: int) -> None:
    """Add the month and year in figures at `s` after a shelf-life label (see above), if it is one."""
    m = RE_NUMERIC_MONTH_YEAR.match(sc.body, s)
    if m is None or not sc.free(s, m.end()):
        return
    if RE_SHELF_LIFE_BEFORE.search(sc.body, max(0, s - SHELF_LIFE_REACH), s) is None:
        return
    sc.claim(s, m.end())
    value = f"{m.group('y')}-{int(m.group('m')):02d}"
    sc.add(Figure(s, m.end(), (s, m.end()), value, "date", "date", date_subject(sc, s)))


def scan_numeric_dates(sc: Scanner) -> None:
    """Dates written in figures (see above), tried at numbers only: one ISO date each; "from A to
    B" and "between A and B" one range (rules, table 5)."""
    body = sc.body
    for s in sc.digits_then(NUMERIC_DATE_FOLLOWERS):  # a number followed by "/", "." or "-"
        iso = RE_ISO_DATE.match(body, s) if body[s + 4 : s + 5] == "-" else None
        if iso is not None and _free_start(body, s) and sc.free(s, iso.end()):
            month, day = int(iso.group("m")), int(iso.group("d"))
            if 1 <= month <= 12 and 1 <= day <= 31:
                sc.claim(s, iso.end())
                value = f"{iso.group('y')}-{month:02d}-{day:02d}"
                sc.add(Figure(s, iso.end(), (s, iso.end()), value, "date", "date", date_subject(sc, s)))
            continue
        m = RE_NUMERIC_DATE.match(body, s)
        if m is None:
            if RE_NUMERIC_MONTH_YEAR.match(body, s) and _free_start(body, s):
                _shelf_life_month(sc, s)  # (the cheap test first: most such numbers are decimals)
            elif body[s + 1 : s + 3].find("/") >= 0 and _free_start(body, s):
                _day_month(sc, s)  # "on 25/12", "(Letters, 3/12)"
            continue
        if not _free_start(body, s):
            continue
        e = m.end()
        lead = RE_DATING_WORD_BEFORE.search(body, max(0, s - 10), s)
        if lead is None and RE_NOUN_AFTER.match(body, e):
            lead = RE_THE_BEFORE.search(body, max(0, s - 4), s)  # "the 12.11.2026 meeting": a thing's date
        if lead and lead.group("lead").lower() in BEING_LEADS and m.group("sep") != "/":
            lead = None  # "the version was 4.10.2026": dots after a verb of being number a release
        value = _numeric_iso(sc, m) if lead or _numeric_dateline(body, s, e) else None
        if value is None or not sc.free(s, e):
            continue
        if lead and lead.group("lead").lower() in ("from", "between"):
            high = RE_NUMERIC_DATE_HIGH.match(body, e)
            high_value = _numeric_iso(sc, high) if high else None
            if high is not None and high_value is not None and value < high_value and sc.free(e, high.end()):
                value, e = f"{value}/{high_value}", high.end()
        sc.claim(s, e)
        sc.add(Figure(s, e, (s, e), value, "date", "date", date_subject(sc, s)))


def scan_fiscal_years(sc: Scanner) -> None:
    """Fiscal years named "FY" ("FY25", "FY2019-20"): a year, or a span of years as one range."""
    for m in RE_FISCAL_YEAR.finditer(sc.body):
        y1 = _full_year(m.group("y1"))
        y2s = m.group("y2")
        value: int | str = y1
        end = m.end()
        if y2s:
            y2 = _full_year(y2s) if len(y2s) == 4 else (y1 // 100) * 100 + int(y2s)
            if len(y2s) == 2 and y2 <= y1:
                y2 += 100  # "FY1999-00": the span crosses a century
            if 0 < y2 - y1 <= 50:
                value = f"{y1}/{y2}"
            else:
                end = m.end("y1")  # "FY24-19" is no span: the fiscal year alone
        if sc.free(m.start("y1"), end):
            sc.claim(m.start(), end)
            sc.add(
                Figure(
                    m.start(), end, (m.start("y1"), end), value, "year", "date", date_subject(sc, m.start())
                )
            )


def scan_period_label_years(sc: Scanner) -> None:
    """The year of a results period's label glued to it ("1QFY26", "9M26"): a year, the label none.
    Tried only where a digit run is followed by Q, H or M, or (with "FY" in the text) follows Q or H."""
    body = sc.body
    anchors = [
        d for d in sc.digits if body[d + 1 : d + 2] in PERIOD_LABEL_LETTERS or body[d : d + 3] == "12M"
    ]
    if "FY" in body:
        anchors += [d - 1 for d in sc.digits if d and body[d - 1] in ("Q", "H")]
        anchors.sort()
    for m in sc.at(RE_PERIOD_LABEL_YEAR, anchors):
        s, e = m.span("y")
        if sc.free(m.start(), e):
            sc.claim(m.start(), e)
            sc.add(
                Figure(
                    m.start(),
                    e,
                    (s, e),
                    _full_year(m.group("y")),
                    "year",
                    "date",
                    date_subject(sc, m.start()),
                )
            )


def _full_year(digits: str) -> int:
    """A year from four digits, or from two ("25": 2025; "98": 1998, as a fiscal year of the
    last century is written)."""
    year = int(digits)
    if len(digits) == 4:
        return year
    return 2000 + year if year < 70 else 1900 + year


# Participles of making that date a piece in a catalogue's or a museum's aside after a comma
# ("An estate plan, surveyed 1772, hand-coloured", "signed and dated 1703", "a map, engraved 1610")
MADE_PARTICIPLES = frozenset(
    """
    surveyed engraved drawn printed published built made painted dated signed cast carved struck
    minted erected woven bound founded
    """.split()
)
# Years outside numbers.YEAR in a history or a far projection: four digits after a
# word that dates ("in 1666", "since 1492", "circa 1200", "until 1750"; "by 2150", "before 2300"
# only for years to come, as "by 1500" is as often a change), or the low end of a span whose high end
# is a year ("between 1600 and 1900"), with no counted noun or unit after them ("in 1500 homes")
RE_FAR_YEAR = re.compile(rf"(?:(?<![\w.,$€£-])|{GLUED_CIRCA})(?P<y>1[0-7]\d\d|2[1-9]\d\d)(?![\w%]|[.,]\d)")
RE_FAR_YEAR_BEFORE = re.compile(
    r"(?:\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Tt]ill|[Cc]irca|c\.|[Yy]ear|B\.E\.|BE|Buddhist\s+Era)"
    r"|(?<![\w.])[A-Z][a-z]+\s+of)\s+\Z"
    r"|\b[Cc]a?\.\Z"
    rf"|(?:[,;(]|\bsigned\s+and)\s+(?:{'|'.join(sorted(MADE_PARTICIPLES))})\s+\Z"
    # ... or a word of rounding after a verb that dates or "in" ("dates to around 1699", "was built
    # about 1610", "in around 1450"; late-units13)
    r"|\b(?:dat(?:es|ed|ing)\s+(?:back\s+)?(?:to|from)|built|erected|founded|established|[Ii]n)"
    r"\s+(?:around|about|roughly|approximately)\s+\Z"
)  # ... also the Buddhist Era's mark before a Thai year ("B.E. 2569", as Bangkok's press writes it)  # ... or "of" after a capitalised name of an event ("the Great Fire of 1666", "the Treaty of 1648")
RE_FUTURE_YEAR_BEFORE = re.compile(r"\b(?:[Bb]y|[Bb]efore|[Aa]fter|[Tt]hrough)\s+\Z")
RE_FAR_YEAR_RANGE = re.compile(
    rf"(?<![\w.,-])(?P<y1>1[0-7]\d\d)\s*(?P<join>-|–|to|until|and)\s*(?P<y2>1[0-7]\d\d|{N.YEAR})(?![\w%]|[.,]\d)"
)
FAR_YEAR_REACH = 36  # characters before a year read for the word that dates it
FAR_FUTURE = 21 * 100  # the last year numbers.YEAR reads: later ones are years to come
# the second digit of a year before numbers.YEAR and of one after it (one character each: "" is no digit)
OLD_SECOND_DIGITS = frozenset("01234567")
FAR_SECOND_DIGITS = frozenset("123456789")


def scan_far_year_ranges(sc: Scanner) -> None:
    """Spans of years whose low end is outside numbers.YEAR (see above)."""
    body = sc.body
    old_years = [d for d in sc.year_digits if body[d] == "1" and body[d + 1 : d + 2] in OLD_SECOND_DIGITS]
    for m in sc.at(RE_FAR_YEAR_RANGE, old_years):
        kw = sc.kw_before(m.start())
        y1, y2 = int(m.group("y1")), int(m.group("y2"))
        if kw is None and m.group("join") in ("and", "to", "until") or not y1 < y2 <= y1 + 500:
            continue  # "between 1600 and 1900", "from 1450 to 1520", "1750-90"
        if _counted_after(sc, m.end()) or not sc.free(m.start(), m.end()):
            continue
        _add_date(sc, m, f"{y1}/{y2}", "year", kw)


# an old year after "a" or "the" before a coin's name, up to three words between (vocab.DATED_COIN_NOUNS)
RE_ARTICLE_BEFORE_YEAR = re.compile(r"\b(?:[Aa]n?|[Tt]he)\s\Z")
RE_WORDS_AFTER_YEAR = re.compile(r"(?:[ \t]+[A-Za-z]+(?![\w'’-])){1,4}")


def _coin_year(body: str, start: int, end: int) -> bool:
    """Whether the old year at start:end dates a coin named after it (above)."""
    if RE_ARTICLE_BEFORE_YEAR.search(body, max(0, start - 5), start) is None:
        return False
    run = RE_WORDS_AFTER_YEAR.match(body, end, end + 60)
    words = run.group(0).split() if run else []
    return any(word in DATED_COIN_NOUNS and (word != "mark" or at) for at, word in enumerate(words))


def scan_far_years(sc: Scanner) -> None:
    """Years outside numbers.YEAR in a dating context (see above)."""
    body = sc.body
    far = [  # years before and after numbers.YEAR only: the others are its
        d
        for d in sc.year_digits
        if (
            body[d + 1 : d + 2] in OLD_SECOND_DIGITS
            if body[d] == "1"
            else body[d + 1 : d + 2] in FAR_SECOND_DIGITS
        )
    ]
    for m in sc.at(RE_FAR_YEAR, far):
        s, e = m.span()
        year = int(m.group("y"))
        reach = max(0, s - FAR_YEAR_REACH)
        # an old year opening a title after "the" ("the 1611 King James Bible", "the 1086 Domesday
        # Book"): a year inside a name, whatever the name's first word would count
        titled = year < FAR_FUTURE and (_year_in_title(body, s, e) or _coin_year(body, s, e))
        dated = (
            titled
            or RE_FAR_YEAR_BEFORE.search(body, reach, s)
            or (year > FAR_FUTURE and RE_FUTURE_YEAR_BEFORE.search(body, reach, s))
            or year < FAR_FUTURE
            and _place_year_aside(body, reach, s, e)
        )
        if not dated or not sc.free(s, e) or not titled and _counted_after(sc, e) or sc.is_name_or_code(s, e):
            continue
        sc.claim(s, e)
        sc.add(Figure(s, e, (s, e), year, "year", "date", date_subject(sc, s)))


# A place and a year set off by commas, as a catalogue gives a hallmark's assay office or an
# imprint ("A silver teapot, London 1784, maker's mark ...", "a Bible, Edinburgh 1722."): the year
RE_PLACE_BEFORE_YEAR = re.compile(r"[,;(]\s*([A-Z][a-z]+)\s\Z")
PLACE_YEAR_CLOSERS = frozenset(",;.)")


def _place_year_aside(body: str, reach: int, start: int, end: int) -> bool:
    """Whether the year at start:end follows a known place set off after a comma and closes the aside."""
    if body[end : end + 1] not in PLACE_YEAR_CLOSERS:
        return False
    m = RE_PLACE_BEFORE_YEAR.search(body, reach, start)
    return m is not None and currencies.is_place(m.group(1))


def _counted_after(sc: Scanner, end: int) -> bool:
    """Whether a noun a number counts, a scale or a percent follows `end` ("in 1500 homes")."""
    if RE_SCALE_AFTER.match(sc.body[end : end + 24]):
        return True
    unit, _, head, _ = count_unit_after(sc, end)
    return bool(unit or head and not head[0].isupper())  # "In 1492 Columbus sailed": a name after


# a reference number's "No." right before a year and a serial joined by a dash or a slash ("Bylaw
# No. 2025-31"): no span of years
RE_NUMBERED_BEFORE = re.compile(r"\b[A-Z][A-Za-z-]+\s+(?:No\.?|NO\.?)\s?\Z")


def scan_year_ranges(sc: Scanner) -> None:
    """Spans of years ("2015-19", "between 2015 and 2019", "2021/22")."""
    for m in sc.at(RE_YEAR_RANGE, sc.year_digits):
        join = m.group("join")
        kw = sc.kw_before(m.start())
        if join == "and" and kw is None or join == "to" and kw is not None and moves_from(sc.body, m.start()):
            continue  # "pushed back from 2029 to 2034": two years, a before and an after
        if join == "to" and kw is None and moved_in_year(sc.body, m.start()):
            continue  # "was extended in 2021 to 2046": the year of the move and the year it reaches
        if join in ("-", "–") and RE_NUMBERED_BEFORE.search(sc.body, max(0, m.start() - 30), m.start()):
            continue  # "Bylaw No. 2025-31": a reference's year and serial (scan_instrument_years)
        y1 = int(m.group("y1"))
        y2s = m.group("y2")
        if len(y2s) == 2 and join not in "-–/" and (kw is None or RE_SCALE_AFTER.match(sc.body, m.end())):
            continue  # "rose in 2019 to 21 per cent", "in 2008 to 29 mpg": a year, then a level
        y2 = int(y2s) if len(y2s) == 4 else (y1 // 100) * 100 + int(y2s)
        longest = LIFE_SPAN_YEARS if _alone_in_brackets(sc.body, m.start(), m.end()) else SPAN_YEARS
        if y2 <= y1 or y2 - y1 > longest or (join == "/" and y2 != y1 + 1):
            continue
        _add_date(sc, m, f"{y1}/{y2}", "year", kw)


# the longest span of years read as one range; a span alone in brackets after a name may be a life
# ("Grace Okonkwo (1939–2026)", "the poet (1891-1990)", as obituaries and notices write it)
SPAN_YEARS = 50
LIFE_SPAN_YEARS = 120


def _alone_in_brackets(body: str, start: int, end: int) -> bool:
    """Whether body[start:end] is all that a pair of round brackets holds, or all after a people's
    name and a comma, as catalogues give an artist's nation and life ("(Scottish, 1867-1941)")."""
    if body[end : end + 1] != ")":
        return False
    if body[start - 1 : start] == "(":
        return True
    m = RE_NATION_IN_BRACKETS.search(body, max(0, start - NATION_REACH), start)
    return m is not None and currencies.is_place(m.group(1))


RE_NATION_IN_BRACKETS = re.compile(r"\(([A-Z][a-z]+),\s\Z")
NATION_REACH = 24  # characters before a span of years read for the bracket and the people's name


def scan_single_dates(sc: Scanner) -> None:
    """Day lists ("7 and 11 October"), full dates, month-years and day-months."""
    for m in sc.at(RE_DAY_LIST, sc.date_digits):
        if sc.free(m.start(), m.end()):
            _add_day_list(sc, m)
    for m in sc.at(RE_MONTH_DAY_LIST, sc.months):
        unit, _, head, _ = count_unit_after(sc, m.end("days"))
        if sc.free(m.start(), m.end()) and not unit and not head:  # not "March 4 and 5 ministers"
            _add_day_list(sc, m)
    for m in sc.at(RE_FULL_DATE, sc.date_digits, sc.months):
        d, mon, y = (
            (m.group("d"), m.group("m"), m.group("y"))
            if m.group("d")
            else (m.group("d2"), m.group("m2"), m.group("y2"))
        )
        _add_date(sc, m, iso_date(y, mon, d), "date")
    for m in sc.at(RE_HYPHENED_DATE, sc.digits_then(HYPHENED_DATE_FOLLOWERS)):
        _add_date(sc, m, iso_date(m.group("y"), m.group("m"), m.group("d")), "date")
    for m in sc.at(RE_MONTH_YEAR, sc.months):
        _add_date(sc, m, f"{m.group('y')}-{N.month_number(m.group('m')):02d}", "date")
    for m in sc.at(RE_MONTH_FAR_YEAR, sc.months):
        dated = RE_FAR_YEAR_BEFORE.search(sc.body, max(0, m.start() - 16), m.start())
        if dated and not _counted_after(sc, m.end()):
            _add_date(sc, m, f"{m.group('y')}-{N.month_number(m.group('m')):02d}", "date")
    for m in sc.at(RE_DAY_MONTH, sc.date_digits, sc.months):
        if m.group("m2") and sc.body.endswith(NAMES_BEFORE_MONTH, max(0, m.start() - 6), m.start()):
            continue  # "the Long March 5 rocket": a name's number
        d, mon = (m.group("d"), m.group("m")) if m.group("d") else (m.group("d2"), m.group("m2"))
        _add_date(sc, m, iso_date(None, mon, d), "date")


def _add_day_list(sc: Scanner, m: re.Match[str]) -> None:
    """One date figure for each day of a day list ("7 and 11 October", "March 4 and 5")."""
    y, month = m.group("y"), m.group("m")
    base = m.start("days")
    for d in RE_LISTED_DAY.finditer(m.group("days")):
        s, e = base + d.start(), base + d.end()
        quote_start = m.start() if d.start() == 0 else s  # "March 4 and 5": the first quote holds the month
        value = iso_date(y, month, d.group(0))
        sc.add(Figure(quote_start, e, (s, e), value, "date", "date", date_subject(sc, quote_start)))
    sc.claim(m.start(), m.end())


def _add_date(sc: Scanner, m: re.Match[str], value: str, unit: str, kw_start: int | None = None) -> None:
    """A date figure; its quote starts at "between"/"from" when one opens the range."""
    start = m.start() if kw_start is None else kw_start
    if not sc.free(m.start(), m.end()):
        return
    sc.claim(m.start(), m.end())
    sc.add(Figure(start, m.end(), (m.start(), m.end()), value, unit, "date", date_subject(sc, start)))


# A law's or a decree's number with the year it was issued after a slash, as Gulf and Arab copy
# numbers them ("Royal Decree No. 3/2027", "Law No 12/2016", "Ministerial Resolution No. 45/2025"):
# the year is a year inside a name (rules, table 5), like "Law No. 16 of 2018"; the serial number is
# no figure. A case number ("case 45/2019") or a fraction names no instrument.
# (the year before the serial too, after an office's part, as planning and registry references
# write it: "reference PLN/2026/0457"; "2025/26" and "2025/2026" are spans of years)
# (and the year before the serial after a numbered instrument's "No.", by a slash or a dash, as
# councils, assemblies and tribunals number theirs: "Bylaw No. 2026-14", "Decision No. 2026/311";
# group y3, a year only where RE_INSTRUMENT_BEFORE reads the instrument)
RE_INSTRUMENT_YEAR = re.compile(
    r"\d{1,5}\s?/\s?(?P<y>(?:19|20)\d\d)(?![\w%/]|[.,]\d)"
    r"|(?<=[A-Z]/)(?P<y2>(?:19|20)\d\d)/(?!(?:19|20)\d\d(?!\d))\d{3,5}(?![\w%/]|[.,]\d)"
    r"|(?P<y3>(?:19|20)\d\d)[/-](?!(?:19|20)\d\d(?!\d))\d{1,5}(?![\w%-]|/(?![A-Z]{2})|[.,]\d)"
)
# (the serial may close on the issuing office's initials after a slash, as West African and
# francophone decrees are numbered: "Decree No. 2026-0814/PT-RM", "Order No. 2025-112/MEF")
# Central and Eastern Europe number their acts the same way ("Act No. 89/2012", "Law no.
# 227/2015", "Emergency Ordinance (GEO) 31/2019", Romania's "OUG 114/2018" and "HG
# 1/2016" by their initials alone).
# Official notices, tenders and correspondence number theirs the same way, in any case, the serial
# often after the issuing office's initials ("VACANCY NOTICE No. 41/2026", "Legal Notice 112/2024",
# "Tender No. MOF/14/2026", "Ref. No. HR/22/2023").
# (an office's part of one letter too: "Tender No. MPWIE/T/14/2026"; a court's case numbered so
# after "Case No.", "Case No. HCCR/118/2025", as "Case No. 41 of 2024" gives its year; a bare
# "case 45/2019" is left alone)
# ... and any document titled in capitals and numbered "No." ("Question No. 1187/2026", "Bylaw No.
# 2026-14", "National Competitive Bidding No. MoA/NCB/07/2026": an office's initials may mix cases)
RE_INSTRUMENT_BEFORE = re.compile(
    r"(?:(?:\b(?:Law|Laws|Decree|Decree-Law|Decree-law|Resolution|Decision|Circular|Order|Regulation|"
    r"Directive|Ordinance|Act)(?:\s\([A-Z]{2,5}\))?|\b(?:OUG|GEO|HG)|\b(?i:notice|tender|ref\.|reference))"
    r"\s+(?:(?:No\.?|no\.?|NO\.?|Nr\.?|Number)\s?)?|\b(?i:case|file)\s+(?:No\.?|no\.?|NO\.?)\s?"
    r"|\b[A-Z][A-Za-z-]+\s+(?:No\.?|NO\.?)\s?)"
    r"(?:[A-Z][A-Za-z]{0,5}/|\d{1,5}/){0,3}\Z"
)
# (a court's file numbered after "file no." too, its register's parts in digits before the year, as
# Romanian and Moldovan courts write them: "file no. 2417/1/2024", "case no. 118/45/2025")
# A statute's number in brackets after its title, as the Nordic statute books cite an act ("the
# act on rescue services (379/2011)", "the Aliens Act (301/2004)"): a law word in the
# clause before it makes it an instrument; "(3/2026)" after "the score" or a month's count is none.
RE_LAW_WORD = re.compile(r"(?i:\b(?:act|acts|law|laws|code|decree|ordinance|regulation|statute)\b)")
LAW_WORD_REACH = 80  # characters before a bracketed number read for the law it cites


def _cited_statute(body: str, start: int, end: int) -> bool:
    """Whether a "N/YYYY" at start..end stands alone in brackets after a law's title (see above)."""
    if body[start - 1 : start] != "(" or body[end : end + 1] != ")":
        return False
    clause = body[max(0, start - LAW_WORD_REACH) : start]
    cut = max(clause.rfind(". "), clause.rfind("\n"))
    return bool(RE_LAW_WORD.search(clause, cut + 1))


# ... or its "No." set off after a comma or a bracket, the instrument named earlier in the clause
# ("The decree promulgating the text, No. 2026-0814/PT-RM, is expected", "the ruling (No. 41/2026)")
RE_SET_OFF_NUMBER_BEFORE = re.compile(
    r"[,(]\s?(?:No\.?|no\.?|NO\.?|Nr\.?)\s?(?:[A-Z][A-Za-z]{0,5}/|\d{1,5}/){0,3}\Z"
)
RE_INSTRUMENT_WORD = re.compile(
    r"(?i:\b(?:decrees?|laws?|acts?|orders?|ordinances?|resolutions?|decisions?|rulings?|circulars?|regulations?"
    r"|directives?|statutes?|bylaws?|notices?|tenders?|cases?|files?|judgments?|judgements?)\b)"
)


def _set_off_instrument(body: str, start: int) -> bool:
    """Whether a reference number at `start` follows a set-off "No." with an instrument named before
    it in its clause (see above)."""
    set_off = RE_SET_OFF_NUMBER_BEFORE.search(body, max(0, start - 24), start)
    if set_off is None:
        return False
    clause = body[max(0, set_off.start() - LAW_WORD_REACH) : set_off.start()]
    cut = max(clause.rfind(". "), clause.rfind("\n"))
    return bool(RE_INSTRUMENT_WORD.search(clause, cut + 1))


def scan_instrument_years(sc: Scanner) -> None:
    """The years of numbered laws and decrees written "(No.) N/YYYY" (see above), tried at numbers only."""
    body = sc.body
    for m in sc.at(RE_INSTRUMENT_YEAR, sc.digits):
        group = "y" if m.group("y") else "y2" if m.group("y2") else "y3"
        s, e = m.span(group)
        if sc.free(s, e) and (
            RE_INSTRUMENT_BEFORE.search(body, max(0, m.start() - 30), m.start())
            or group == "y"
            and _cited_statute(body, m.start(), e)
            or _set_off_instrument(body, m.start())
        ):
            sc.claim(m.start(), max(e, m.end()))
            sc.add(Figure(s, e, (s, e), int(m.group(group)), "year", "date", date_subject(sc, s)))


def scan_years(sc: Scanner) -> None:
    """Years standing alone ("in 2021"), not in names, codes or counts ("2021 people")."""
    body = sc.body
    if "/" in body or "No" in body:
        scan_instrument_years(sc)
    scan_far_year_ranges(sc)
    for m in sc.at(RE_YEAR, sc.year_digits):
        s, e = m.span()
        if not sc.free(s, e):
            continue
        before = body[max(0, s - 12) : s]
        if before.endswith("-") and not (
            before.endswith(HYPHEN_PREFIXES_OK) or year_in_hyphened_name(body, s, e)
        ):
            continue  # (not "Covid-19"; "the Zapad-2025 exercise" names its year)
        after = body[e : e + 24]
        if RE_SCALE_AFTER.match(after):
            continue
        unit, _, head, _ = count_unit_after(sc, e)
        if (
            unit in ("people", "attacks")
            and not _year_in_title(body, s, e)
            and not year_in_hyphened_name(body, s, e)  # "the Zapad-2025 exercise drew 100,000 troops"
            and not _event_then_casualties(after, head)
            and not _year_then_participle(body, s, e)
            and not RE_CASUALTY_VERB_AFTER.match(body, e)
            and not _year_opens_clause(sc, s, head)
        ):
            continue
        if (
            sc.is_name_or_code(s, e)
            and not RE_LETTER_TAIL.search(before)
            or beside_code_word(body, s, e)
            or flight_number(body, s, e)
            or docket_number(body, e)
            or is_batch_code(body, s, e)
            or catalogued_body(body, s, e)
            or club_founding_year(body, s, e)
        ):
            continue  # "Covid-19", "postcode 2000", "the 2000 postcode", "asteroid 2024 YR4", "beat 1860 Munich", "2024-CR-1187"
        if body[e : e + 1] == " " and clock_before_zone(body, s, e):
            continue  # "the polls close at 2200 GMT": a clock time (rules, table 8)
        if (
            is_phone_number_start(body, e)
            or (
                may_name_hotline(body[max(0, s - HOTLINE_REACH) : s])  # (the cheap test first)
                and RE_HOTLINE_BEFORE.search(body, max(0, s - HOTLINE_REACH), s)
            )
            or (
                body[e : e + 1] == " "
                and (three_spaced_groups(body, s, e) or dialled_spaced_groups(body, s, e))
            )
            or dialled_number(body, s, e)
            or service_number(body, s, e)
        ):
            # "at 1800-318-4462", "the hotline 1920", "on 1300 555 019", "call 2041 7730", "dial 1919
            # from any phone", "toll-free on 1920.": a phone number ("call 2025 a lost year" keeps it)
            continue
        prev = previous_word(before)
        if prev in NAME_WORDS and prev not in (
            "Act",
            "Order",
            "Ordinance",
            "Bill",
            "Week",
            "Plan",
        ):  # "Fashion Week 2026"; "the Island Local Plan 2030", a plan's horizon (late-lists10)
            continue
        sc.claim(s, e)
        sc.add(Figure(s, e, (s, e), int(m.group(0)), "year", "date", date_subject(sc, s)))
    scan_far_years(sc)


RE_TITLE_WORD_AFTER_YEAR = re.compile(r" (?P<word>[A-Z][a-z]+)\b(?!['’-])(?:\s+(?P<next>[a-z]+)\b)?")


def _year_in_title(body: str, start: int, end: int) -> bool:
    """Whether the year at start:end after "the" opens a title whose first word is a capitalised
    singular ("the 1611 King James Bible", "the 1951 Refugee Convention"): a year inside a name
    (rules, table 5), not a count, whose noun is plural ("the 1200 Britons", "the 1200 Afghan
    refugees") and, in edited copy, written with a comma."""
    if not body.endswith(("the ", "The "), max(0, start - 4), start):
        return False
    title = RE_TITLE_WORD_AFTER_YEAR.match(body, end)
    if title is None or title.group("word").endswith("s"):
        return False
    following = title.group("next") or ""
    plural = len(following) > 3 and following.endswith("s")  # not "is", "was", "has"
    return not (plural or names_persons(following))  # "the 1200 Afghan refugees" counts them


# (vocab.CASUALTY_PARTICIPLES: after a year and a noun of its own they are the verb of that noun,
# "the 2022 drought killed 205", not its count)


def _event_then_casualties(after: str, head: str) -> bool:
    """Whether the people a year seems to count are only a casualty participle after another word
    ("2022 drought killed"): the year names an event, whose verb follows."""
    return head.lower() in CASUALTY_PARTICIPLES and not after.lstrip().lower().startswith(head.lower())


# a casualty participle after a year with its own object after it ("the flood of 1953 killed 307
# people"): a verb, so the year is no count of the dead
RE_CASUALTY_VERB_AFTER = re.compile(
    r"\s+(?:killed|injured|wounded)\s+(?:\d|(?:at least|more than|nearly|about|some|over|up to)\s)"
)
# A year a dating word opening its clause dates ("In 2021 fishermen landed ...", "but in early 2024
# traders paid double", "By mid-2026 shoppers were paying"), or one opening its sentence before a
# cohort's noun ("2025 graduates face ...", vocab.COHORT_NOUNS): the noun after it is the clause's
# subject, not what the year counts (news copy writes such a count with its thousands comma or in
# words: "In 2,000 homes", "Some 2,000 people"; "1900 residents returned" opening a sentence stays one,
# and "before" and "after" are left out: "Before 2000 fans, she sang" has an audience)
RE_CLAUSE_DATING_BEFORE = re.compile(
    r"\b(?:[Ii]n|[Bb]y|[Ss]ince|[Uu]ntil|[Dd]uring)\s+(?:(?:early|late|mid)\s+|(?:early-|late-|mid-))?\Z"
)
CLAUSE_JOINS = frozenset(("but", "and", "yet", "so", "when", "while", "because", "then", "as"))
CLAUSE_MARKS = (",", ";", ":", "—", "–", "-")
SENTENCE_OPENING_MARKS = " \"'“‘"
RE_OPENING_MARKS = re.compile(f"[{SENTENCE_OPENING_MARKS}]*")  # the marks a sentence may open with


def _year_opens_clause(sc: Scanner, start: int, head: str) -> bool:
    """Whether the year at `start` opens a clause with its dating word, or its sentence before a
    cohort's noun `head` (see above)."""
    body = sc.body
    sentence_start = sc.sentence_bounds(start)[0]
    dating = RE_CLAUSE_DATING_BEFORE.search(body, max(sentence_start, start - 20), start)
    # the sentence's words before the year (or its dating word), read back from there only: its
    # end past trailing white space, its last word, and whether only opening marks stand before
    # (no copy of the sentence so far for each year of a long sentence)
    end = dating.start() if dating else start
    while end > sentence_start and body[end - 1].isspace():
        end -= 1
    if RE_OPENING_MARKS.match(body, sentence_start, end).end() == end:
        return dating is not None or head.lower() in COHORT_NOUNS
    word_start = end
    while word_start > sentence_start and not body[word_start - 1].isspace():
        word_start -= 1
    return dating is not None and (
        body[end - 1] in CLAUSE_MARKS or previous_word(body[word_start:end] + " ").lower() in CLAUSE_JOINS
    )


# a year after a word that dates ("in", "by", "since") or a period's "of" ("the first quarter
# of", "the end of"), then a participle opening a clause of its own: "a law in the second quarter
# of 2028 giving tenants more rights", "the rules since 2019 allowing parents leave" name a year,
# not a count of the people the participle acts on ("a rally of 2,000 striking nurses" has its
# thousands comma, and "2,000" is no year)
RE_DATING_BEFORE = re.compile(
    r"(?:\b(?:[Ii]n|[Bb]y|[Ss]ince|[Uu]ntil|[Tt]ill|[Bb]efore|[Aa]fter|[Dd]uring|[Tt]hrough)"
    r"|\b(?:quarter|half|end|start|beginning|middle|spring|summer|autumn|winter)\s+of)\s+\Z"
)
RE_PARTICIPLE_AFTER = re.compile(r"\s+[a-z]{3,}ing\s")


def _year_then_participle(body: str, start: int, end: int) -> bool:
    """Whether a year is dated by the word before it and a participle follows it (RE_DATING_BEFORE):
    a year, not a count of the participle's object."""
    return bool(RE_PARTICIPLE_AFTER.match(body, end)) and bool(
        RE_DATING_BEFORE.search(body, max(0, start - 12), start)
    )


DATE_SUBJECT_WORDS = 5
DATE_SUBJECT_REACH = 80  # characters before a date read for its subject, within its sentence
DATE_SUBJECT_NEAR = 40  # ... read first: the words after its first space are the same words


def date_subject(sc: Scanner, start: int) -> str:
    """Up to five words before a date, in its sentence."""
    s_start, _ = sc.sentence_bounds(start)
    reach = max(s_start, start - DATE_SUBJECT_REACH)
    space = sc.body.find(" ", max(reach, start - DATE_SUBJECT_NEAR), start)
    if space > reach:  # the tokens after a space are those the whole window has there
        kept = _subject_words(sc.body[space + 1 : start])
        if len(kept) == DATE_SUBJECT_WORDS:
            return " ".join(reversed(kept))
    return " ".join(reversed(_subject_words(sc.body[reach:start])))


def _subject_words(text: str) -> list[str]:
    """The last five words (or hyphenated tokens) of a text, last first."""
    kept: list[str] = []
    for word in reversed(tokens(text)):
        if word.isalnum() or "-" in word:
            kept.append(word)
            if len(kept) == DATE_SUBJECT_WORDS:
                break
    return kept
