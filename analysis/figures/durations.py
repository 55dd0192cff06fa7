"""Durations: spans of time ("a three-day visit", "for 12 years", "an 18-month low", "four
decades", "40min"): days under `days`, years under `year`, other spans under `other` with the unit
named; a unit may be glued to digits."""

from __future__ import annotations

import re

from ..vocab import DURATION_UNITS
from . import numbers as N
from .numbers import END, NUM, WNUM

_DUR = N.alternation(DURATION_UNITS)
# "two to three hours", "four to six weeks", "two or three years": one range (rules, tables 1 and 6)
RE_DURATION = re.compile(
    rf"(?P<num>{NUM}|{WNUM})(?:\s*(?P<join>-|–|\bto\b|\bor\b)\s*(?P<num2>{NUM}|{WNUM}))?"
    rf"(?:\s+|-|(?<=\d))(?P<du>{_DUR})(?:-long|-old)?{END}",
    re.IGNORECASE,
)
