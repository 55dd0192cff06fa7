"""Dates and years: full dates, month-years, day-months, day lists, and ranges of days, months
and years ("from 7 to 24 October 2023", "between 2015 and 2019", "2021-22"), as the labelling
rules write them (ISO forms; "--MM-DD" without a year)."""

from __future__ import annotations

import re

from ..vocab import MONTHS
from . import numbers as N
from .numbers import END

M, D, Y = N.MONTH, N.DAY, N.YEAR
RE_DAY_RANGE = re.compile(
    rf"(?P<d1>{D})(?:\s+(?P<m1>{M}))?\s*(?P<join>-|–|to|until|till|through|and)\s*"
    rf"(?P<d2>{D})\s+(?:of\s+)?(?P<m2>{M})(?:,?\s+(?P<y>{Y}))?{END}"
)
RE_MONTHDAY_RANGE = re.compile(
    rf"(?P<m1>{M})\s+(?P<d1>{D})\s*(?P<join>-|–|to|until|till|through|and)\s*"
    rf"(?:(?P<m2>{M})\s+)?(?P<d2>{D})(?:,?\s+(?P<y>{Y}))?{END}"
)
RE_MONTH_RANGE = re.compile(
    rf"(?P<m1>{M})(?:\s+(?P<y1>{Y}))?\s*(?P<join>-|–|to|until|till|through|and)\s*"
    rf"(?P<m2>{M}),?\s+(?P<y>{Y}){END}"
)
RE_YEAR_RANGE = re.compile(
    rf"(?<![\w.,-])(?P<y1>{Y})\s*(?P<join>-|–|/|to|until|till|through|and)\s*"
    rf"(?P<y2>{Y}|\d\d)(?![\w%]|[.,]\d)"
)
RE_DAY_LIST = re.compile(
    rf"(?P<days>{D}(?:\s*,\s*{D})*\s*(?:,?\s*and|&)\s*{D})\s+(?:of\s+)?(?P<m>{M})(?:,?\s+(?P<y>{Y}))?{END}"
)
RE_FULL_DATE = re.compile(
    rf"(?P<d>{D})\s+(?:of\s+)?(?P<m>{M}),?\s+(?P<y>{Y}){END}"
    rf"|(?P<m2>{M})\s+(?P<d2>{D}),?\s+(?P<y2>{Y}){END}"
)
RE_MONTH_YEAR = re.compile(rf"(?P<m>{M}),?\s+(?P<y>{Y}){END}")
RE_DAY_MONTH = re.compile(
    rf"(?<![\w.,])(?P<d>{D})\s+(?:of\s+)?(?P<m>{M}){END}"
    rf"|(?P<m2>{M})\s+(?P<d2>{D}){END}(?!\s*(?:%|per cent|,\d))"
)
RE_YEAR = re.compile(rf"(?<![\w.,$€£]){Y}(?![\w%]|[.,]\d)")

RE_MONTH_ANCHOR = re.compile(rf"\b(?=[A-Z]){M}")


MONTH_PREFIXES = tuple(dict.fromkeys(name[:3] for name in MONTHS))


def month_anchors(body: str) -> list[int]:
    """Where month names start (found with str.find, then checked with RE_MONTH_ANCHOR)."""
    found = []
    for prefix in MONTH_PREFIXES:
        i = body.find(prefix)
        while i >= 0:
            if (i == 0 or not body[i - 1].isalnum()) and RE_MONTH_ANCHOR.match(body, i):
                found.append(i)
            i = body.find(prefix, i + 3)
    found.sort()
    return found


def iso_date(year: str | None, month: str, day: str) -> str:
    """ISO date of a day, month name and optional year ("--10-07" without a year)."""
    m = N.month_number(month)
    d = N.day_number(day)
    return f"{year}-{m:02d}-{d:02d}" if year else f"--{m:02d}-{d:02d}"
