"""Minor and old money: minor currency units ("5 sen", "45p a litre") and the cent sign
(scan_minor_money), annas and guineas, and pre-decimal shillings and pence ("32s 6d", "a
half-crown"; scan_old_money), with the cues that a bare old amount is money."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cached_property
from typing import TYPE_CHECKING

from .. import currencies
from ..vocab import (
    CENTS_PER_UNITS,
    FUNCTION_WORDS,
    MINOR_CURRENCY_UNITS,
    MINOR_UNIT_COUNTRIES,
    OLD_SHILLING_COUNTRIES,
    PAID_NOUNS,
)
from . import numbers as N
from . import subject_clauses
from .figure import Figure
from .money_subjects import add_money
from .numbers import END, NUM
from .words import land_after, sentence_fact

if TYPE_CHECKING:
    from ..extract import Scanner

# (a spaced scale word may stand between: "9 million tomans", Iran's prices; "2 million cents")
RE_MINOR_MONEY = re.compile(
    rf"(?P<num>{NUM})(?:\s(?P<scale>million|billion|trillion))?\s?(?P<minor>{N.alternation(MINOR_CURRENCY_UNITS)}){END}"
)
MINOR_MONEY_FOLLOWERS = N.Followers(MINOR_CURRENCY_UNITS, starts=("million", "billion", "trillion"))
# "rose five cents", "one halala more", "fifty kobo": a number word before a minor unit's word
# (the glued letters "c" and "p" need digits)
MINOR_UNIT_WORDS = sorted(
    {
        unit.lower()
        for unit in MINOR_CURRENCY_UNITS
        if len(unit) > 1 and " " not in unit and not unit.rstrip("s").isupper()  # "MCI" needs digits
    }
)
MCI_UNIT = MINOR_CURRENCY_UNITS["MCI"]  # Kazakhstan's unit of account
RE_WORD_NUMBER_BEFORE = re.compile(rf"(?i)(?<![\w-])(?P<num>{N.WORD_NUMBER})\s\Z")
WORD_NUMBER_REACH = 40  # characters before a minor unit's word read for its number word
# (a trie of the words: each space tries one branch per first letter, not every word in turn)
RE_SPACED_MINOR_WORD = re.compile(rf" ({N.grouped_alternation(MINOR_UNIT_WORDS)})(?![\w-])")
SCALE_ANY = rf"(?:{N.SCALE_WORD}|{N.SCALE_ABBR})"


def old_shillings(sc: Scanner, scale: str | None) -> bool:
    """Whether "shillings" are the old pound's part (vocab.OLD_SHILLING_COUNTRIES): the article's
    country had them, no country of the article has a shilling (CLDR's, currencies.codes_named) as
    tender today ("Kenya will pay 90 billion shillings", datelined London) and no scale word stands
    before them."""
    if scale or sc.country() not in OLD_SHILLING_COUNTRIES:
        return False
    return not any(
        currencies.is_tender_in(code, sc.countries()) for code in currencies.codes_named("shillings")
    )


# Cents glued to the number as a "c", as Irish, Australian and New Zealand copy prices fuel, cattle,
# lambs and shares ("178.9c a litre", "sold to 367c/kg liveweight", "closed up 4c at $1.12"): a
# minor unit (vocab.MINOR_CURRENCY_UNITS "c") when a slash and a unit of price follow it ("c/kg",
# vocab.CENTS_PER_UNITS), or a word of a price stands near it and none of the weather, or its
# sentence prices something else in cents per unit that way ("Lambs eased 12c while steers made
# 402c/kg"). Elsewhere a glued "c" is a temperature ("highs of 31c", as some papers write it in
# small letters), a grade or a part of a name ("class 4c").
RE_CENT_PRICE_CUE = re.compile(
    r"[$€£]|\b(?:litre|liter|gallon|kwh|kilowatt|unit|share|shares|dividend|kilo|kg|each|a day|an hour|a week|"
    r"price|prices|cost|costs|costing|fare|fares|levy|charge|charges|pay|paid|cheaper|dearer|"
    r"petrol|diesel|fuel|euro|dollar|cents?)\b"
)
RE_CENT_WEATHER_CUE = re.compile(
    r"\b(?:temperature|temperatures|heat|degrees|celsius|warm|hot|cold|highs?|lows?|weather|forecast)\b"
)
CENT_CUE_REACH = 60  # characters either side of a glued "c", in its sentence, read for its cues
RE_CENTS_PER = re.compile(r"/([A-Za-z]{1,5})\b")  # "/kg" right after the "c"
_CENTS_UNIT_WORDS = r"(?:litre|liter|kilo|kilogram|kg|pound|lb|tonne|head|kilowatt-hour|kWh)\b"
RE_CENTS_PER_UNIT = re.compile(rf"\dc(?:/[A-Za-z]| (?:a|per) {_CENTS_UNIT_WORDS})")


def _glued_cents(sc: Scanner, start: int, end: int) -> bool:
    """Whether the number at start:end, with "c" glued to it, is an amount of cents (see above)."""
    body = sc.body
    if body[end : end + 1] != "c":
        return False  # "45 c" is no price
    per = RE_CENTS_PER.match(body, end + 1)
    if per is not None and per.group(1).lower() in CENTS_PER_UNITS:
        return True  # "367c/kg"
    s_start, s_end = sc.sentence_bounds(start)  # the cues of its own sentence only
    window = body[max(s_start, start - CENT_CUE_REACH) : min(s_end, end + 1 + CENT_CUE_REACH)].lower()
    if RE_CENT_WEATHER_CUE.search(window) is not None:
        return False
    if RE_CENT_PRICE_CUE.search(window) is not None:
        return True
    return sentence_fact(
        sc, "cents per unit", start, lambda _: RE_CENTS_PER_UNIT.search(body, s_start, s_end) is not None
    )


# the cent sign before an amount ("US¢9.3 per kilowatt-hour", "¢12 a unit"), as Caribbean and
# Latin American desks write a price in cents; a Costa Rican desk writes it for the colón too
# ("¢700 million"), for want of the "₡" sign; after an amount ("55¢") it is MINOR_CURRENCY_UNITS's
RE_CENT_SIGN_BEFORE = re.compile(
    rf"(?<![\w$])(?P<us>US ?|U\.S\. ?)?¢(?P<num>{N.DIGITS_LOOSE})(?:\s?(?P<scale>{SCALE_ANY}))?{END}"
)


def _scan_cent_signs(sc: Scanner) -> None:
    """Amounts after the cent sign (above): cents as stated (unit "other"), or colones (`CRC`) in a
    Costa Rican article when no "US" marks the sign."""
    for m in RE_CENT_SIGN_BEFORE.finditer(sc.body):
        s, e = m.span("num")
        if not sc.free(m.start(), m.end()) or sc.is_name_or_code(s, e):
            continue
        value = N.parse_amount(m.group("num"), m.group("scale"))
        if m.group("us") is None and sc.country() == "CR":
            add_money(sc, m, value, "CRC", s)
            continue
        sc.claim(m.start(), m.end())
        unit = "US cents" if m.group("us") else "cents"
        sc.add(
            Figure(
                m.start(),
                m.end(),
                (s, m.end()),
                N.normalise_number(value),
                "other",
                "money",
                f"(unit: {unit})",
            )
        )


MINOR_MAJOR_REACH = 120  # characters back from a minor unit to an amount in its major currency


def minor_unit_here(sc: Scanner, start: int, minor: str) -> bool:
    """Whether a minor unit whose word is elsewhere a currency of its own (vocab.MINOR_UNIT_COUNTRIES)
    is the minor unit at `start`: in an article of its countries, or after an amount in a currency of
    those countries earlier in its sentence ("QR2.05 a litre, a cut of 5 dirhams")."""
    countries = MINOR_UNIT_COUNTRIES[minor]
    if sc.country() in countries:
        return True
    low = max(sc.sentence_bounds(start)[0], start - MINOR_MAJOR_REACH)
    return any(
        fig.kind == "money" and any(currencies.is_tender_in(fig.unit, c) for c in countries)
        for fig in sc.figures_ending_in(low, start)
    )


def scan_minor_money(sc: Scanner) -> None:
    """Minor currency units ("5 sen", "45p a litre"), and the cent sign before an amount ("US¢9.3"):
    money, unit "other", the unit named."""
    if "¢" in sc.body:
        _scan_cent_signs(sc)
    for m in sc.at(RE_MINOR_MONEY, sc.digits_then(MINOR_MONEY_FOLLOWERS)):
        s, e = m.span("num")
        if not sc.free(s, m.end()) or sc.is_name_or_code(s, e):
            continue
        minor = MINOR_CURRENCY_UNITS[m.group("minor")]
        if minor == "pence" and m.group("minor") == "p" and sc.body[e : e + 1] == " ":
            continue  # "45p" is glued; "45 p" is not a price
        if m.group("minor") == "c" and not _glued_cents(sc, s, e):
            continue  # "31c" in the heat, "Year 3c": no price
        if minor == MCI_UNIT and sc.country() != "KZ" and "tenge" not in sc.lower:
            continue  # "MCI" is Kazakhstan's unit of account only there; elsewhere a company's name
        if minor in MINOR_UNIT_COUNTRIES and not minor_unit_here(sc, s, minor):
            continue  # "250 dirhams" in Dubai: the currency (scan_money)
        if not _old_unit_read(sc, m.start("minor"), minor):
            continue
        if minor == "cents" and land_after(sc.body, m.end()):
            continue  # "25 cents of land": a hundredth of an acre (figures/measures.py)
        sc.claim(s, m.end())
        value = N.normalise_number(N.parse_amount(m.group("num"), m.group("scale")))
        sc.add(Figure(s, m.end(), (s, e), value, "other", "money", f"(unit: {minor})"))
    for start, end, minor in _minor_unit_words(sc.body, sc.lower):
        word = RE_WORD_NUMBER_BEFORE.search(sc.body, max(0, start - WORD_NUMBER_REACH), start)
        if word is None or not sc.free(word.start(), end):
            continue
        if minor in MINOR_UNIT_COUNTRIES and sc.country() not in MINOR_UNIT_COUNTRIES[minor]:
            continue
        if not _old_unit_read(sc, start, minor) or minor == "cents" and land_after(sc.body, end):
            continue
        s, e = word.span("num")
        sc.claim(s, end)
        value = N.normalise_number(N.parse_amount(word.group("num")))
        sc.add(Figure(s, end, (s, e), value, "other", "money", f"(unit: {minor})"))


ANNAS_REACH = 60  # characters before "pies" read for the annas it follows
RE_ANNAS = re.compile(r"\bannas?\b")  # in small letters: "Anna baked six pies" names a baker
RE_GUINEA_BEAST = re.compile(r"guineas?[\s-]+(?:pig|fowl|hen|worm|grass|corn)")  # "five guinea pigs"


def _old_unit_read(sc: Scanner, at: int, minor: str) -> bool:
    """Whether an old unit's word at `at` is money: "guineas" in small letters ("the 2,000 Guineas"
    is a race, "the two Guineas" countries) and not a beast ("five guinea pigs"), "pies" after annas
    ("four annas and six pies")."""
    if minor == "guineas":
        return sc.body[at] == "g" and RE_GUINEA_BEAST.match(sc.lower, at) is None
    if minor == "pies":
        return RE_ANNAS.search(sc.body, max(0, at - ANNAS_REACH), at) is not None
    return True


def _minor_unit_words(body: str, lower: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, minor unit) of each minor unit's word standing as a word after a space and a
    letter ("seven cents", not "per cent" nor "percent"); the pattern opens with its space, so only
    spaces are tried."""
    for m in RE_SPACED_MINOR_WORD.finditer(lower):
        at = m.start() + 1
        if at > 1 and body[at - 2].isalpha() and not lower.endswith("per ", 0, at):
            yield at, m.end(), MINOR_CURRENCY_UNITS[m.group(1)]


# Pre-decimal money in shillings and pence, as archive columns, history pieces and obituaries of
# Britain, Ireland, the Channel Islands, Australia, New Zealand and South Africa write it: a glued
# "s" and "d" ("12s 6d", "£9 15s", "£3 4s 2d", "32s a week", "4½d"), the slash of shops' tickets
# ("10/6", "5/-"), the pence words ("sixpence") and the half-crown. Shillings and pence are minor
# units kept as stated (rules, table 3), one row per part (as "9st 13lb 12oz"); the pounds are the
# sign's own amount (scan_money).
RE_OLD_SHILLINGS = re.compile(
    r"(?<![\w£$.,'’/-])(?P<s>\d{1,2})s(?:\.(?=\s\d))?"
    r"(?:\s(?P<d>\d{1,2})(?P<dfrac>[½¼¾])?d(?:\.(?=\s))?)?(?![\w'’-])"
)
RE_OLD_PENCE = re.compile(r"(?<![\w£$.,'’/-])(?P<d>\d{1,2})(?P<dfrac>[½¼¾])?d(?![\w'’-])")
# the glued letter right after the number of each (tried only at those digit anchors)
OLD_SHILLINGS_FOLLOWERS = N.Followers(("s",))
OLD_PENCE_FOLLOWERS = N.Followers(("d",))
RE_OLD_SLASH = re.compile(r"(?<![\w£$.,'’/-])(?P<s>\d{1,2})/(?:(?P<d>\d|1[01])|-)(?![\w/]|[.,]\d)")
RE_POUNDS_BEFORE = re.compile(r"£\s?\d[\d,]*\s\Z")  # "£9 " before "15s"
RE_JOINED_SHILLINGS_AFTER = re.compile(r"\s+(?:to|and|or)\s+\d{1,2}s\b|[-–]\d{1,2}s\b")  # "10s to 12s 6d"
# what makes a bare "30s" or "40s" a decade of life or of a century ("in his 30s", "the 1920s' late 40s")
RE_DECADE_BEFORE = re.compile(
    r"(?i)\b(?:in|his|her|their|its|our|my|your|the|early|mid|late|low|high|upper|lower|mid-)\s?\Z"
)
RE_OLD_TENS_OF_AFTER = re.compile(r"\s+of\b")  # "10s of thousands"
RE_MODEL_NAME_BEFORE = re.compile(r"\b[A-Z][\w-]*\s\Z")  # "sold 2500 Ion 7s": a model's name, in the plural
# a price's words in the sentence around a bare amount in shillings or pence: a noun of money paid
# (vocab.PAID_NOUNS), a verb of price or sale, the old units, a price's "a week" or "a pound"
RE_OLD_MONEY_CUE = re.compile(
    rf"(?i)£|\b(?:{'|'.join(sorted(PAID_NOUNS))}|priced|costing|fined|paid|earn|earned|earning|earns|charged|"
    r"sold|sell|sells|bought|buy|buys|fetched|fetch|fetches|worth|admission|ticket|tickets|"
    r"subscription|advertised|shillings?|pence|penny|guineas?|pounds?|each|a (?:week|day|ton|gallon|"
    r"pound|lb|dozen|pint|quart|yard|barrel|bag|hundredweight|cwt|head|year))\b"
)
RE_SLASH_PRICE_BEFORE = re.compile(
    r"(?i)\b(?:at|for|cost|costs|costing|paid|priced|fetched|fetching)\s+(?:only\s+|just\s+)?\Z"
)
RE_NOT_PENCE_AFTER = re.compile(
    r"[\s-]+(?:[A-Z]|print|film|movie|glass|model|scan|anim|imag|map|render|effect|game)"
)
RE_PENCE_WORD = re.compile(
    r"(?i)(?<![\w'’-])(?P<n>two|three|four|five|six|seven|eight|nine|ten|eleven)pence\b|tuppence\b"
)
RE_HALF_CROWN = re.compile(r"(?i)(?<![\w-])half[\s-]an?[\s-]crown\b")
# where "/-" closes an amount of the currency of today ("a fee of 500/-"), not old shillings
SLASH_DASH_COUNTRIES = frozenset(("IN", "PK", "BD", "LK", "NP", "KE", "UG", "TZ"))
COIN_BEFORE = ("a ", "the ", "this ", "that ", "his ", "her ")  # "a sixpence in the pudding": the coin
GLYPH_VALUES = {"½": 0.5, "¼": 0.25, "¾": 0.75}


def _old_part(
    sc: Scanner, span: tuple[int, int], core_end: int, value: float, unit: str, of: str = ""
) -> None:
    """One part of an old amount: its span (the number and its letter or word), where its number
    ends; `of` names what it is when the part before it in one amount named it ("fare" for "6d" in
    "1s 6d")."""
    start, end = span
    sc.claim(start, end)
    subject = f"{of} (unit: {unit})".strip()
    sc.add(Figure(start, end, (start, core_end), N.normalise_number(value), "other", "money", subject))


def _named_before(sc: Scanner) -> str:
    """What the part just added names, without its unit: the pence after shillings share it."""
    return subject_clauses.bare_subject_of(sc.figures[-1].subject)


# what makes a text pre-decimal copy: an old amount written in parts ("12s 6d", "£9 15s") or the
# old units named; else a year before decimalisation (1971) in the sentence of a bare amount
RE_OLD_MONEY_MARK = re.compile(
    r"\b\d{1,2}s\.? \d{1,2}[½¼¾]?d\b|£\s?\d[\d,]* \d{1,2}s\b|(?i:\bshillings?\b|\bpre-decimal\b)"
)
RE_PRE_DECIMAL_YEAR = re.compile(r"\b(?:1[0-8]\d\d|19[0-6]\d|1970)\b")


class OldMoneyCues:
    """Whether a bare old amount may be money: a price's words stand in its sentence, and for a
    bare "32s" (seconds and decades in modern copy: "ran for 30s", "in the 60s and 70s") the text is
    also pre-decimal copy (RE_OLD_MONEY_MARK, or a pre-decimal year in its sentence); one answer per
    sentence."""

    def __init__(self, sc: Scanner) -> None:
        self.sc = sc
        self.sentences: dict[int, bool] = {}

    @cached_property
    def marked(self) -> bool:
        """Whether RE_OLD_MONEY_MARK stands anywhere in the text (searched on first need only)."""
        return RE_OLD_MONEY_MARK.search(self.sc.body) is not None

    def dated(self, start: int) -> bool:
        """Whether the text is pre-decimal copy around `start` (the price's words aside)."""
        return self.marked or self._sentence(start)[1]

    def cued(self, start: int) -> bool:
        """Whether a price's words stand in the sentence of `start` (enough for a bare "3d" or a
        shop's "10/6", which modern copy does not write)."""
        return self._sentence(start)[0]

    def priced(self, start: int) -> bool:
        """Whether the text is pre-decimal copy and a price's words stand in the sentence of `start`."""
        cue, dated = self._sentence(start)
        return cue and (self.marked or dated)

    def _sentence(self, start: int) -> tuple[bool, bool]:
        s_start, s_end = self.sc.sentence_bounds(start)
        key = max(s_start, 0)
        found = self.sentences.get(key)
        if found is None:
            body = self.sc.body
            found = (
                RE_OLD_MONEY_CUE.search(body, key, s_end) is not None,
                RE_PRE_DECIMAL_YEAR.search(body, key, s_end) is not None,
            )
            self.sentences[key] = found
        return found


RE_WORD_AFTER_AMOUNT = re.compile(r" ([a-z]+)\b")
# words a bare old amount may stand before besides the function words ("4d each", "2s more"); any
# other word makes the number a part of a compound ("a 2d sketch", "10s flat", "a 30s advert")
OLD_AMOUNT_FOLLOWERS = frozenset(
    "each apiece more less extra off cheaper dearer weekly daily only now then".split()
)


def _compound_after(body: str, end: int) -> bool:
    """Whether a word other than a function word (or OLD_AMOUNT_FOLLOWERS) follows `end`."""
    m = RE_WORD_AFTER_AMOUNT.match(body, end)
    return m is not None and m.group(1) not in FUNCTION_WORDS and m.group(1) not in OLD_AMOUNT_FOLLOWERS


def _decade_or_name_before(body: str, start: int) -> bool:
    """Whether a decade's words ("in his", "the late") or a name ("Ion") stand right before a bare
    old amount at `start`."""
    window = max(0, start - 24)
    return bool(
        RE_DECADE_BEFORE.search(body, window, start) or RE_MODEL_NAME_BEFORE.search(body, window, start)
    )


def _bare_shillings(sc: Scanner, m: re.Match[str], cues: OldMoneyCues) -> bool:
    """Whether a bare "32s" (no pounds before, no pence after) is shillings: not a decade ("in his
    30s", "10s of thousands"); in pre-decimal copy, joined to another amount in shillings, or with
    a price's words."""
    body, start = sc.body, m.start()
    if _decade_or_name_before(body, start) or _compound_after(body, m.end()):
        return False
    if RE_OLD_TENS_OF_AFTER.match(body, m.end()):
        return False
    if RE_JOINED_SHILLINGS_AFTER.match(body, m.end()):
        return cues.dated(start)
    return cues.priced(start)


def scan_old_money(sc: Scanner) -> None:
    """Pre-decimal shillings and pence (see above): money, unit "other", the unit named."""
    body = sc.body
    cues = OldMoneyCues(sc)
    if sc.digits:  # tried only where a number starts
        for m in sc.at(RE_OLD_SHILLINGS, sc.digits_then(OLD_SHILLINGS_FOLLOWERS)):
            s, e = m.span("s")
            if not sc.free(s, m.end()):
                continue
            compound = m.group("d") is not None or RE_POUNDS_BEFORE.search(body, max(0, s - 16), s)
            if not compound and not _bare_shillings(sc, m, cues):
                continue
            _old_part(sc, (s, e + 1), e, int(m.group("s")), "shillings")
            if m.group("d") is not None:
                d, _ = m.span("d")
                pence = int(m.group("d")) + GLYPH_VALUES.get(m.group("dfrac") or "", 0)
                d_end = m.end("dfrac") if m.group("dfrac") else m.end("d")
                _old_part(sc, (d, d_end + 1), d_end, pence, "pence", _named_before(sc))
        for m in sc.at(RE_OLD_PENCE, sc.digits_then(OLD_PENCE_FOLLOWERS)):
            s = m.start()
            if not sc.free(s, m.end()) or RE_NOT_PENCE_AFTER.match(body, m.end()):
                continue
            if _decade_or_name_before(body, s) or _compound_after(body, m.end()):
                continue
            if cues.cued(s):
                pence = int(m.group("d")) + GLYPH_VALUES.get(m.group("dfrac") or "", 0)
                _old_part(sc, (s, m.end()), m.end() - 1, pence, "pence")
    if "/" in body:
        for m in sc.at(RE_OLD_SLASH, sc.digits):
            s, e = m.span("s")
            if not sc.free(m.start(), m.end()) or not cues.cued(s):
                continue
            if m.group("d") is not None and not RE_SLASH_PRICE_BEFORE.search(body, max(0, s - 24), s):
                continue  # "10/6" is a date or a score unless a price's verb stands before it
            if m.group("d") is None and sc.country() in SLASH_DASH_COUNTRIES:
                continue  # "50/-": the rupee's and the East African shilling's whole amount
            _old_part(sc, (s, e), e, int(m.group("s")), "shillings")
            if m.group("d") is not None:
                _old_part(sc, m.span("d"), m.end("d"), int(m.group("d")), "pence", _named_before(sc))
    lower = sc.lower
    if "pence" in lower:
        for m in RE_PENCE_WORD.finditer(body):
            if not sc.free(m.start(), m.end()) or lower.endswith(COIN_BEFORE, 0, m.start()):
                continue
            if sc.sentence_start_or_lower(m.start(), m.group(0)):
                number = N.parse_amount(m.group("n")) if m.group("n") else 2
                _old_part(sc, m.span(), m.end(), number, "pence")
    if "crown" in lower:
        for m in RE_HALF_CROWN.finditer(body):
            if sc.free(m.start(), m.end()):
                _old_part(sc, m.span(), m.end(), 0.5, "crowns")
