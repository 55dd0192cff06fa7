"""Figures in a table set in the text (reading.text_tables): a bare number alone in a cell takes the
unit its table's heading or its column's head names ("Selected items, prices in TT$:", "(Rs
crore)", "Figures in NZ$ millions", "Votes (%)") or persons its column's head names ("Candidates",
"Deaths"), as a fact box's unit is carried to its bare lines."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from functools import cache
from typing import NamedTuple

from .. import currencies, measures
from ..reading import BULLET_MARKS, HEADING_MAX_CHARS, RE_NUMBER_CELL, TextTable, percent_heading, text_tables
from ..vocab import (
    FACT_BOX_PERSON_LABELS,
    MINOR_CURRENCY_MEASURES,
    MINOR_CURRENCY_UNITS,
    PAID_NOUNS,
    PEOPLE_VERBS,
    ROW_COUNT_WORDS,
    ROW_PERSON_COUNT_WORDS,
    SCALE_WORDS,
)
from . import currency_signs
from . import numbers as N
from .coordination import bare_count
from .figure import Figure
from .noun_phrases import CHANGE_NOUNS
from .words import names_persons

# A currency a heading or a column's head names, with the scale its figures are in: after "in" or
# an opening bracket, then a scale word, then the heading's end, a bracket, a colon, a comma,
# "per" or "unless" ("prices in TT$:", "(Rs crore)", "Figures in NZ$ millions", "in Rs per litre",
# "(naira per unit)", "(US$ per tonne)", "(KD million unless stated)"); the thousands' "'000" and,
# after a sign's mark, a money-only abbreviation may be joined to it ("in RM'000", "(£m)", "(US$bn)")
SCALE_PLURALS = r"(?:s\b)?"
JOINED_SCALES = r"['’]000s?"
MARK_SCALES = r"(?:m|mn|bn)\b"
# a bare scale in a row label's bracket, as parse_amount reads it after _scale ("('000)", "(000s)",
# "(million)", "(millions)"): RE_LABEL_SCALE and RE_BRACKET_SCALE
BRACKET_SCALE = rf"(?P<scale>{JOINED_SCALES}|000s|(?:{N.SCALE_WORD}){SCALE_PLURALS})"


@cache
def _re_heading_currency() -> re.Pattern[str]:
    """The heading's currency pattern (built once, on first use: the CLDR alternations are long)."""
    scale = rf"(?:{N.SCALE_WORD}){SCALE_PLURALS}|'000s?|000s"
    return re.compile(
        rf"(?:\bin\s+|\(\s*)(?:(?P<sign>{currencies.sign_alternation()})|(?P<name>{currencies.name_alternation()}))"
        rf"(?:\s+(?P<scale>{scale})|(?P<joined>{JOINED_SCALES})|(?<=[^\w\s])(?P<marked>{MARK_SCALES}))?"
        rf"(?=\s*(?:\)|:|,|\bper\b|\bunless\b|\Z))"
    )


# the words of a heading or a column's head that name a price or a sum of money: a noun of money
# paid (vocab.PAID_NOUNS), or a rate card's "rates"
RE_PRICE_HEAD = re.compile(rf"\b(?:{'|'.join(sorted(PAID_NOUNS | {'rate', 'rates'}))})\b", re.IGNORECASE)
# a column's head that names a percent ("Votes (%)", "Share, %", "Turnout per cent"), and the
# words that make it a change ("Change (%)", "Growth, %")
RE_PERCENT_HEAD = re.compile(r"%|\bper ?cent\b|\bpercent\b", re.IGNORECASE)
RE_HEAD_WORD = re.compile(r"[a-z]+")
# what else names a change in a column's head besides a change noun (noun_phrases.CHANGE_NOUNS):
# "Change (%)", "Chg", "Loss", and the adverbs of "Up/down (%)"
CHANGE_HEAD_WORDS = frozenset(("change", "changes", "chg", "loss", "losses", "up", "down"))


def _change_head(head: str) -> bool:
    """Whether a column's head names a change: a change noun ("Growth, %", "Rise (%)"), one of
    CHANGE_HEAD_WORDS, or "+/-"."""
    words = RE_HEAD_WORD.findall(head.lower())
    return "+/-" in head or any(word in CHANGE_NOUNS or word in CHANGE_HEAD_WORDS for word in words)


# the words that end a column head's noun ("Households without power", "Beds for patients"):
# the noun that heads it is the word before them; a rate's "per" ("Deaths per 100,000") counts no one
HEAD_NOUN_ENDS = frozenset("for of in on at with without by from to under over".split())


def _people_head(head: str) -> bool:
    """Whether a column's head names persons: its noun names them ("Candidates", "Registered
    voters", "Deaths", "Population") or it is a state persons are counted in ("Injured", "Missing")."""
    words = RE_HEAD_WORD.findall(head.split("(", 1)[0].lower())
    if "per" in words:
        return False
    for at, word in enumerate(words):
        if word in HEAD_NOUN_ENDS:
            words = words[:at]
            break
    if not words:
        return False
    return " ".join(words) in FACT_BOX_PERSON_LABELS or words[-1] in PEOPLE_VERBS or names_persons(words[-1])


def _participle_head(head: str) -> bool:
    """Whether a column's head is one participle with no noun ("Passed", "Accepted", "Admitted"):
    it counts the things of the column before it that passed or were accepted."""
    words = RE_HEAD_WORD.findall(head.split("(", 1)[0].lower())
    return len(words) == 1 and len(words[0]) > 4 and words[0].endswith("ed")


def _people_columns(heads: list[str]) -> list[bool]:
    """Which columns count persons: a head that names them (_people_head), or a participle's head
    (_participle_head) right after such a column ("Candidates | Passed", "Applicants | Accepted")."""
    people: list[bool] = []
    for head in heads:
        after_people = bool(people) and people[-1]
        people.append(
            not RE_PERCENT_HEAD.search(head)
            and (_people_head(head) or after_people and _participle_head(head))
        )
    return people


def _scale(word: str | None) -> str | None:
    """A heading's scale word as numbers.parse_amount reads it ("millions" as "million", "'000" as
    "thousand"), None if none."""
    if not word:
        return None
    if word.strip("'’s") == "000":
        return "thousand"
    lower = word.lower()
    return lower[:-1] if lower not in SCALE_WORDS and lower.endswith("s") else lower


def _unit_named(
    text: str, countries: Callable[[], tuple[str, ...]], named: str | None = None
) -> tuple[str, str | None] | None:
    """The currency and scale a heading or a column's head names, or None; a sign shared by several
    currencies is read by the article's ranked countries, as money.py reads it, and letters are
    money too when they name the currency the table's heading already named."""
    m = _re_heading_currency().search(text)
    if m is None:
        return None
    sign = m.group("sign")
    scale = m.group("scale") or m.group("joined") or m.group("marked")
    code = (
        currency_signs.sign_currency(sign, countries())
        if sign
        else currency_signs.name_currency(m.group("name"), countries())
    )
    if (
        not code
        or sign
        and not scale
        and code != named
        and not _symbol_or_code(sign)
        and not currencies.is_used_in(code, countries())
        and RE_PRICE_HEAD.search(text) is None
    ):
        # "Height (Ft)", "Distance (MT)": letters read as money only where that money is used, or
        # where the heading names a price ("Price (R)", "Fares (in Rs)")
        return None
    return code, _scale(scale)


RE_PLAIN_NUMBER = re.compile(r"\d[\d,.]*")  # a number in digits and separators only


def _row_unit_figure(fig: Figure, body: str, unit: RowUnit) -> Figure:
    """A label line's bare figure in the unit its row label names (_label_lines)."""
    number = body[fig.core[0] : fig.core[1]].replace(" ", "").lstrip("+-")
    if not RE_PLAIN_NUMBER.fullmatch(number):  # its own scale word in capitals ("1.2 Million"), read so
        if unit.scale is not None:
            return fig  # the bracket's scale and the number's own: neither read on the other
        value = fig.value
    else:
        value = N.parse_amount(number, unit.scale)
    subject = fig.subject or unit.row
    subject = f"{subject} (unit: {unit.label})".strip() if unit.label else subject
    return fig._replace(value=value, unit=unit.unit, kind=unit.kind, measure=unit.measure, subject=subject)


def _symbol_or_code(sign: str) -> bool:
    """A sign that holds a mark besides letters ("$", "TT$", "€") or an ISO code that is no word."""
    letters = sign.replace(".", "")
    if not letters.isalpha():
        return True
    return (
        letters.isupper()
        and len(letters) == 3
        and currencies.is_currency_code(letters)
        and (letters not in currency_signs.CODES_THAT_ARE_WORDS)
    )


# A list's items that state a part of a whole in brackets ("- Jaro College: 97.8% (180 of 184
# passed)", "- Iloilo College: 94.1% (128 of 136)"): a pair with no noun after it on one item counts
# what the pairs of the other items of the same list count, when those name one unit
RE_LIST_PAIR = re.compile(
    rf"^[ \t]*[{re.escape(BULLET_MARKS)}][^\n(]*\((?P<part>\d[\d,]*) of (?P<whole>\d[\d,]*)(?P<rest>[^()\n]*)\)",
    re.MULTILINE,
)


RE_PAIR_BRACKET = re.compile(r"\(\d[\d,]* of \d")  # the cheap test before RE_LIST_PAIR


def _list_pair_units(figures: list[Figure], body: str) -> list[Figure]:
    """The figures with each bare pair of a list item's "(N of M)" given the unit the list's
    other items' pairs name (RE_LIST_PAIR), when they name one."""
    runs: list[list[re.Match[str]]] = []
    for m in RE_LIST_PAIR.finditer(body):
        if runs and body.count("\n", runs[-1][-1].end(), m.start()) <= 1:
            runs[-1].append(m)  # the next line of the same list
        else:
            runs.append([m])
    at: dict[int, int] = {fig.core[0]: i for i, fig in enumerate(figures)}
    out = list(figures)
    for run in runs:
        named = {
            figures[at[m.start(g)]].unit
            for m in run
            if m.group("rest").strip()
            for g in ("part", "whole")
            if m.start(g) in at
        }
        if len(named) != 1 or (unit := named.pop()) in ("count", "other"):
            continue
        for m in run:
            for g in ("part", "whole"):
                i = at.get(m.start(g))
                if not m.group("rest").strip() and i is not None and bare_count(figures[i]):
                    out[i] = figures[i]._replace(unit=unit)
    return out


def table_units(figures: list[Figure], body: str, countries: Callable[[], tuple[str, ...]]) -> list[Figure]:
    """The figures with each bare number alone in a table's cell given the unit its column's head
    or its table's heading names: a currency (scaled as the heading says), a percent, or persons."""
    if "(" in body and RE_PAIR_BRACKET.search(body):
        figures = _list_pair_units(figures, body)
    tables = text_tables(body)
    cells: dict[tuple[int, int], Figure | None] = {}  # None: a rank's cell, no row
    for table in tables:
        _read_table(table, body, countries, cells)
    blocks = _label_blocks(body, countries) if "\n" in body else []
    lines = _label_lines(body, countries) if "(" in body else []
    if any(word in body for word in RANKING_WORDS) and (ranked := _ranked_share_lines(body)):
        blocks = sorted(blocks + ranked)  # "ranked by the share of candidates" over "1. Ash SHS: 96.8 (95.1)"
    if " per " in body and (rated := _rate_label_lines(body)):
        lines = sorted(lines + rated)  # "Doctors per 1,000 people: Austria 5.4, Germany 4.5"
    if not cells and not blocks and not lines:
        return figures
    out: list[Figure] = []
    block_starts = [start for start, _, _ in blocks]
    line_starts = [start for start, _, _ in lines]
    for fig in figures:  # the scan's figures are not in text order: each finds its own span
        if not bare_count(fig):
            out.append(fig)
            continue
        at = bisect_right(block_starts, fig.core[0]) - 1
        line_at = bisect_right(line_starts, fig.core[0]) - 1
        if fig.core in cells:
            cell = cells[fig.core]
            if cell is None:
                continue  # "Pos | Team" over "1 | Celtic": a position in the table (rules, table 8)
            fig = cell
        elif line_at >= 0 and fig.core[0] < lines[line_at][1]:
            fig = _row_unit_figure(fig, body, lines[line_at][2])
        elif at >= 0 and fig.core[0] < blocks[at][1]:
            code, scale = blocks[at][2]
            text = body[fig.core[0] : fig.core[1]].replace(" ", "")
            if code == "percent":  # "Voting intention (%)" over "CDU/CSU 31 (30)"
                fig = _percent_block_figure(fig, body, text, scale or "")
            elif code == "people":  # "Cases by district, this week (last week):" over "Northside 74 (52)"
                fig = fig._replace(unit="people")
            elif code == "other":  # a unit of measurement: "Rainfall (mm):" over "Nadi 42.6"
                label = f"(unit: {measures.subject_unit_label(scale or '')})"
                subject = f"{fig.subject} {label}".strip()
                fig = fig._replace(
                    value=N.parse_amount(text),
                    unit="other",
                    kind="other",
                    measure=scale or "",
                    subject=subject,
                )
            else:
                fig = fig._replace(value=N.parse_amount(text, scale), unit=code, kind="money")
        out.append(fig)
    return out


# A block of label lines under a heading line that names their money ("(in $ thousands)",
# "Highlights (in R million)"): each line opens with a word and ends with no stop ("Revenue:
# 12,450", "Headline earnings 612 (2025: 548)"), and its bare numbers are that money, scaled; a
# unit of measurement in brackets ending the heading ("Rainfall last 24 hrs (mm):") measures them
# so, when the unit's letters mean nothing else (measures.is_ambiguous: not "(m)" nor "(C)").
RE_LABEL_LINE_START = re.compile(r"[^\W\d_]")
RE_UNIT_HEADING_END = re.compile(r"\(([^()\d]{1,8})\):?\Z")


def _unit_heading(line: str) -> tuple[str, str | None] | None:
    """("other", the measure) of a heading line ending in a bracketed unit ("(mm)"), or None."""
    m = RE_UNIT_HEADING_END.search(line)
    if m is None or measures.is_ambiguous(m.group(1)):
        return None
    measure = measures.measure_for(m.group(1))
    return ("other", measure) if measure else None


SIGNED_BRACKETS = ("(-", "(−", "(–", "(+")  # a bracket and a sign before a share's move


def _percent_block_figure(fig: Figure, body: str, text: str, kind: str) -> Figure:
    """A bare number on a label line under a percent heading: a percent of the heading's kind, or,
    signed in brackets after the share ("Labour 22 (-1)"), its move in percentage points."""
    value = N.parse_amount(text.lstrip("+-"))
    if body[fig.core[0] - 2 : fig.core[0]] not in SIGNED_BRACKETS:
        subject = fig.subject or _line_label(body, fig.core[0])
        return fig._replace(value=value, unit="percent", kind=kind, subject=subject)
    direction = "increase" if body[fig.core[0] - 1] == "+" else "decrease"
    label = body[body.rfind("\n", 0, fig.core[0]) + 1 : fig.core[0]].split("(")[0].strip(" \t0123456789.,")
    subject = f"{direction} in {label or 'the share'} (unit: percentage points)"
    return fig._replace(
        value=value, unit="other", kind="percent_change", subject=subject, direction=direction
    )


RE_LINE_LABEL = re.compile(r"[ \t]*(?:\d{1,3}[.)][ \t]+)?(?P<label>[^\n:]{1,80}?)[ \t]*:[^\n:]*\Z")


def _line_label(body: str, start: int) -> str:
    """The label before the colon of the line a figure at `start` is on, its list number dropped
    ("1. Hillside Academy, Tamale: 96.8" -> "Hillside Academy, Tamale"), or ""."""
    m = RE_LINE_LABEL.match(body, body.rfind("\n", 0, start) + 1, start)
    return m.group("label") if m else ""


def _percent_heading(line: str) -> tuple[str, str] | None:
    """("percent", the kind) of a heading line ending in a bracketed percent (reading.percent_heading)
    over label lines ("Voting intention (%)" over "CDU/CSU 31 (30)"), or None: their bare numbers
    are shares unless the heading names a change (_change_head), as a table's "Votes (%)" column."""
    if not percent_heading(line):
        return None
    return ("percent", "percent_change" if _change_head(line) else "percentage_share")


RE_LABEL_SCALE = re.compile(rf"\(\s*{BRACKET_SCALE}\s*\)")


def _label_scale(label: str) -> str | None:
    """The bare scale a row label names in brackets, with no money ("Customers ('000)", "Visitors
    (million)"), as numbers.parse_amount reads it, or None."""
    m = RE_LABEL_SCALE.search(label)
    return _scale(m.group("scale")) if m else None


RE_LABEL_BRACKET = re.compile(r"\((?P<inner>[^()]{1,30})\)")


def _label_count(label: str) -> str | None:
    """The unit of a table row label whose bracket names a count (_count_bracket), or None."""
    m = RE_LABEL_BRACKET.search(label)
    return _count_bracket(label[: m.start()], m.group("inner")) if m else None


# A row label's own unit in brackets on a line of its own, its figures after it with a colon or
# not, as results releases, fact boxes and statistics pages set a row outside a ruled table
# ("Dividend per share (sen): 21.4", "Crude output (barrels a day) 812,000", "Sales volume ('000
# units): 312", "Revenue (RM million): 412"): the bracket names a currency and its scale, a minor
# unit of money, a unit of measurement (a rate's period after it allowed: "(tonnes a month)"), or
# a bare scale with or without the noun it counts; the rest of the line holds figures, no prose
RE_ROW_LABEL_UNIT = re.compile(
    r"[ \t]*(?:[-–•*·][ \t]+)?(?P<label>[A-Z][^\n()|:]{0,60}?)[ \t]*\((?P<unit>[^()\n|]{1,40})\)[ \t]*:?[ \t]+(?=[-+]?\d)"
)
# ... or with the figures listed after its colon, a name or a year before each ("Emissions
# (MtCO2e): energy 81.4, transport 112.0", "Yields (t/ha): wheat 8.1, barley 6.4", "Advertising
# revenue (£m): 2023 1,790; 2024 1,760"), the items split by commas or semicolons, a stop at most
# at the line's end: each figure is in the bracket's unit
RE_ROW_LABEL_LIST = re.compile(
    r"[ \t]*(?:[-–•*·][ \t]+)?(?P<label>[A-Z][^\n()|:]{0,60}?)[ \t]*\((?P<unit>[^()\n|]{1,40})\)[ \t]*:[ \t]+"
)
_LIST_ITEM = r"(?:[A-Za-z][\w'’&-]*(?:[ \t]+[A-Za-z][\w'’&-]*){0,3}|(?:19|20)\d\d)[ \t]+[-+]?\d[\d,.]*"
RE_LABEL_LIST_ITEMS = re.compile(rf"{_LIST_ITEM}(?:[,;][ \t]+{_LIST_ITEM})*\.?[ \t]*")
# ... and a label that is a rate per head of population, its figures listed the same way ("Doctors
# per 1,000 people: Austria 5.4, Germany 4.5, UK 3.2"): each figure is that rate
RE_RATE_LABEL_LIST = re.compile(
    r"[ \t]*(?:[-–•*·][ \t]+)?(?P<label>[A-Z][A-Za-z-]*(?:[ \t]+[a-z][A-Za-z-]*){0,2})[ \t]+per[ \t]+"
    r"(?P<base>1,000|10,000|100,000|1000|10000|100000)[ \t]+"
    r"(?P<pop>people|population|residents|inhabitants|adults|children|births|live births)[ \t]*:[ \t]+"
)
RE_PROSE_WORD = re.compile(r"\b[a-z]{4,}\b")  # a word of prose in the rest of a label line
RE_BRACKET_SCALE = re.compile(rf"{BRACKET_SCALE}(?:\s+|\Z)")
RE_RATE_PERIOD_TAIL = re.compile(r"\s+(?:a|an|per)\s+[a-z]+\Z")  # "(tonnes a month)": the period


class RowUnit(NamedTuple):
    """What a row label's bracket makes its line's bare figures: unit, kind, measure, scale, the
    subject's unit label and the row label."""

    unit: str
    kind: str
    measure: str
    scale: str | None
    label: str
    row: str = ""  # the row label, the subject of a figure that has none


def _bracket_unit(label: str, inner: str, countries: Callable[[], tuple[str, ...]]) -> RowUnit | None:
    """The unit a row label's bracket names (RE_ROW_LABEL_UNIT), or None."""
    named = _unit_named(f"({inner})", countries)
    if named is not None:
        return RowUnit(named[0], "money", "", named[1], "")
    text = inner.strip()
    scaled = RE_BRACKET_SCALE.match(text)
    scale = _scale(scaled.group("scale")) if scaled else None
    rest = text[scaled.end() :].strip() if scaled else text
    if rest in MINOR_CURRENCY_UNITS or rest.lower() in MINOR_CURRENCY_UNITS:
        minor = MINOR_CURRENCY_UNITS.get(rest) or MINOR_CURRENCY_UNITS[rest.lower()]
        return RowUnit("other", "money", MINOR_CURRENCY_MEASURES.get(minor, minor), scale, minor)
    counted = _count_bracket(label, rest)
    if counted:  # "Staff (number): 1,200", "Branches (units): 42": counts, whatever money a heading names
        return RowUnit(counted, "count", "", scale, "")
    if not rest:
        if scale is None:
            return None
        return RowUnit("people" if _people_head(label) else "count", "count", "", scale, "")
    head = rest[: period.start()] if (period := RE_RATE_PERIOD_TAIL.search(rest)) else rest
    for unit_text in (rest, head):
        measure = measures.measure_for(unit_text)
        if measure and not measures.is_ambiguous(unit_text) and measure not in measures.TIME_MEASURES:
            return RowUnit("other", "other", measure, scale, measures.subject_unit_label(measure))
    if scale is not None and rest.isalpha() and rest.islower() and rest.endswith("s"):
        return RowUnit("people" if _people_head(rest) else "count", "count", "", scale, "")  # "('000 units)"
    return None


RE_COUNT_BRACKET = re.compile(r"(?P<word>[a-z.]+)(?:\s+of\s+(?P<noun>[a-z]+))?")


def _count_bracket(label: str, inner: str) -> str | None:
    """The unit of a row label's bracket that names a count ("(number)", "(units)", "(number of
    shares)": vocab.ROW_COUNT_WORDS) or persons ("(persons)": vocab.ROW_PERSON_COUNT_WORDS):
    "people" when the bracket or the label names persons ("Employees (number)"), else "count";
    None for any other bracket."""
    m = RE_COUNT_BRACKET.fullmatch(inner.strip().lower())
    if m is None:
        return None
    word, noun = m.group("word"), m.group("noun")
    if word in ROW_PERSON_COUNT_WORDS and not noun:
        return "people"
    if word not in ROW_COUNT_WORDS or noun and word != "number":
        return None
    persons = names_persons(noun) if noun else _people_head(label)
    return "people" if persons else "count"


def _label_lines(body: str, countries: Callable[[], tuple[str, ...]]) -> list[tuple[int, int, RowUnit]]:
    """The spans of label lines' figures (after the label's bracket to the line's end) whose row
    label names their unit in brackets (RE_ROW_LABEL_UNIT), with that unit."""
    found: list[tuple[int, int, RowUnit]] = []
    start = 0
    while (close := body.find(")", start)) >= 0:  # only the lines with a closing bracket are read
        line_start = body.rfind("\n", 0, close) + 1
        newline = body.find("\n", close)
        end = len(body) if newline < 0 else newline
        start = end + 1
        text = body[line_start:end].strip()
        if _unstopped_line(text):
            m = RE_ROW_LABEL_UNIT.match(body, line_start, end)
            if m is not None and RE_PROSE_WORD.search(body, m.end(), end):
                m = None
        else:
            m = None
        if m is None and text and len(text) <= HEADING_MAX_CHARS:
            m = RE_ROW_LABEL_LIST.match(body, line_start, end)  # "Yields (t/ha): wheat 8.1, barley 6.4"
            if m is not None and RE_LABEL_LIST_ITEMS.fullmatch(body, m.end(), end) is None:
                m = None
        if m is None:
            continue
        unit = _bracket_unit(m.group("label"), m.group("unit"), countries)
        if unit is not None:
            found.append((m.end(), end, unit._replace(row=m.group("label").strip())))
    return found


def _rate_label_lines(body: str) -> list[tuple[int, int, RowUnit]]:
    """The spans of label lines' figures listed after a label that is a rate per head of
    population (RE_RATE_LABEL_LIST), with that rate as their unit."""
    found: list[tuple[int, int, RowUnit]] = []
    start = 0
    while (at := body.find(" per ", start)) >= 0:  # only the lines with " per " are read
        line_start = body.rfind("\n", 0, at) + 1
        newline = body.find("\n", at)
        end = len(body) if newline < 0 else newline
        start = end + 1
        if len(body[line_start:end].strip()) > HEADING_MAX_CHARS:
            continue
        m = RE_RATE_LABEL_LIST.match(body, line_start, end)
        if m is None or RE_LABEL_LIST_ITEMS.fullmatch(body, m.end(), end) is None:
            continue
        measure = f"{m.group('label').lower()} per {m.group('base')} {m.group('pop')}"
        found.append((m.end(), end, RowUnit("other", "other", measure, None, measure, m.group("label"))))
    return found


def _unstopped_line(text: str) -> bool:
    """Whether a stripped line is short (HEADING_MAX_CHARS) and ends with no stop: a heading or a
    label line, no sentence."""
    return bool(text) and len(text) <= HEADING_MAX_CHARS and text[-1] not in ".!?"


def _people_heading(line: str) -> tuple[str, str | None] | None:
    """("people", None) of a heading line that ends in a colon and whose noun names persons (a
    bulletin's "Cases by district, this week (last week):", "Deaths by age group:"), over label
    lines whose bare numbers count them ("Northside 74 (52)": this week's and last week's), or None;
    not a heading that names a percent or a rate ("Deaths per 100,000:")."""
    if not line.endswith(":") or RE_PERCENT_HEAD.search(line) or not _people_head(line):
        return None
    return ("people", None)


def _label_blocks(
    body: str, countries: Callable[[], tuple[str, ...]]
) -> list[tuple[int, int, tuple[str, str | None]]]:
    """The spans of the label lines under a heading line that names money, a unit, a percent or
    persons, with its code and scale."""
    blocks: list[tuple[int, int, tuple[str, str | None]]] = []
    start = 0
    while (newline := body.find("\n", start)) >= 0:
        line = body[start:newline].strip()
        start = newline + 1
        if not _unstopped_line(line):
            continue
        if "(" not in line and " in " not in line:
            named = _people_heading(line)
        else:
            named = (
                _unit_named(line, countries)
                or _unit_heading(line)
                or _percent_heading(line)
                or _people_heading(line)
            )
        if named is None:
            continue
        end = start
        while end < len(body):
            stop = body.find("\n", end)
            stop = len(body) if stop < 0 else stop
            text = body[end:stop].strip()
            if not _unstopped_line(text) or not RE_LABEL_LINE_START.match(text):
                break
            end = stop + 1
        if end > start:
            blocks.append((start, end, named))
            start = end
    return blocks


# A league table set as numbered lines under a sentence saying the list is ranked by a share ("Schools
# are ranked by the share of candidates who passed every subject; last year's share is in brackets"):
# each line's figure after its label's colon, and last year's in brackets after it, are that share
# ("1. Hillside Academy, Tamale: 96.8 (95.1), 512 candidates"); a figure with its own unit is not bare
RE_RANKED_BY_SHARE = re.compile(
    r"\b(?:ranked|ordered|listed|sorted)\s+by\s+(?:the\s+|their\s+|its\s+)?(?:share|percentage|proportion)\s+of\b",
    re.IGNORECASE,
)
RANKING_WORDS = (
    "ranked by",
    "ordered by",
    "listed by",
    "sorted by",
)  # the cheap test before RE_RANKED_BY_SHARE
RE_RANKED_LINE = re.compile(
    r"[ \t]*\d{1,3}[.)][ \t]+[^\n:]{1,80}:[ \t]*(?P<figures>\d[\d.]*(?:[ \t]*\(\d[\d.]*\))?)(?![\d.]*[ \t]*%)"
)


def _ranked_share_lines(body: str) -> list[tuple[int, int, tuple[str, str | None]]]:
    """The spans of a league table's share figures (RE_RANKED_LINE) on the numbered lines right under
    a line that says they are ranked by a share (RE_RANKED_BY_SHARE), each as a percent block."""
    found: list[tuple[int, int, tuple[str, str | None]]] = []
    for m in RE_RANKED_BY_SHARE.finditer(body):
        start = body.find("\n", m.end()) + 1
        while start > 0:
            end = body.find("\n", start)
            line = RE_RANKED_LINE.match(body, start, len(body) if end < 0 else end)
            if line is None:
                break
            found.append((line.start("figures"), line.end("figures"), ("percent", "percentage_share")))
            start = body.find("\n", line.end()) + 1
    return found


# the head of a column of positions or ranks ("Pos | Team | Pld", "Rank\tCountry"): its cells are
# ranks, no row (rules, table 8)
RANK_HEADS = frozenset(("pos", "pos.", "position", "rank", "rk", "#", "no.", "place"))


def _read_table(
    table: TextTable,
    body: str,
    countries: Callable[[], tuple[str, ...]],
    cells: dict[tuple[int, int], Figure | None],
) -> None:
    """Add the figure of each number cell of one table whose unit is named, by the cell's span."""
    heading = _unit_named(body[slice(*table.heading)], countries) if table.heading else None
    heads = [body[s:e] for s, e in table.heads] if table.heads else []
    columns = [_unit_named(h, countries) for h in heads]
    people = _people_columns(heads)
    labelled = all(not RE_NUMBER_CELL.fullmatch(body, *row[0]) for row in table.rows)
    if heading is None and labelled and len(heads) > 1 and len(heads) == len(table.rows[0]) and columns[0]:
        # the head over the row labels names the table's money: "Group results (KD million) | 2026"
        heading, columns[0] = columns[0], None
    for row in table.rows:
        label = body[slice(*row[0])] if not RE_NUMBER_CELL.fullmatch(body, *row[0]) else ""
        # a row label's own money overrides the heading's: "Total assets (KD billion) | 7.36"
        row_named = _unit_named(label, countries, heading and heading[0]) if "(" in label else None
        # ... and so does its unit of measurement or its bare scale: "Gold (ounces)", "Customers ('000)"
        row_measure = _unit_heading(label) if "(" in label and not row_named else None
        row_scale = _label_scale(label) if "(" in label and not row_named else None
        # ... and so does a bracket that names a count: "Staff (number) | 1,200" under "(RM million)"
        row_count = _label_count(label) if "(" in label and not row_named else None
        shift = len(heads) - len(row)  # a head over the row labels may be left out
        for j, (s, e) in enumerate(row):
            text = body[s:e]
            if not RE_NUMBER_CELL.fullmatch(text) or text.endswith("%"):
                continue
            head = heads[j + shift] if 0 <= j + shift < len(heads) else ""
            if head.strip().lower() in RANK_HEADS and text.isdigit() and len(text) <= 3:
                cells[(s, e)] = None
                continue
            named = (columns[j + shift] if head else None) or row_named
            subject = f"{label} ({head})" if label and head else label or head
            if not named and label and RE_PERCENT_HEAD.search(label) and not RE_PERCENT_HEAD.search(head):
                # a row whose label names a percent under money's heads: "EBIT margin (%) | 8.4 | 7.9"
                kind = "percent_change" if _change_head(label) else "percentage_share"
                cells[(s, e)] = Figure(
                    s, e, (s, e), N.parse_amount(text.lstrip("+-")), "percent", kind, subject
                )
            elif row_measure and not named and not RE_PERCENT_HEAD.search(head):
                measure = row_measure[1] or ""
                subject = f"{subject} (unit: {measures.subject_unit_label(measure)})".strip()
                value = N.parse_amount(text.lstrip("+-"))
                cells[(s, e)] = Figure(s, e, (s, e), value, "other", "other", subject, measure=measure)
            elif (row_scale or row_count) and not named and not RE_PERCENT_HEAD.search(head):
                unit = row_count or ("people" if _people_head(label) else "count")
                value = N.parse_amount(text.lstrip("+-"), row_scale)
                cells[(s, e)] = Figure(s, e, (s, e), value, unit, "count", subject)
            elif named or (heading and not RE_PERCENT_HEAD.search(head)):
                code, scale = named or heading
                value = N.parse_amount(text.lstrip("+-"), scale)
                cells[(s, e)] = Figure(s, e, (s, e), value, code, "money", subject)
            elif head and RE_PERCENT_HEAD.search(head):
                kind = "percent_change" if _change_head(head) else "percentage_share"
                cells[(s, e)] = Figure(
                    s, e, (s, e), N.parse_amount(text.lstrip("+-")), "percent", kind, subject
                )
            elif head and people[j + shift] and text[0].isdigit() and "." not in text:
                cells[(s, e)] = Figure(s, e, (s, e), N.parse_amount(text), "people", "count", subject)
