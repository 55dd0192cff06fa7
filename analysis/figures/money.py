"""Money: an amount with a currency sign or ISO 4217 code before it ("KSh4.2 billion", "RM120
million", "C$5", "USD 12 million") or a currency name or code after it ("2.4 billion shekels",
"15 million Canadian dollars", "5 bn USD"). The vocabulary is analysis/currencies.py (CLDR through
Babel); a sign or name shared by several currencies follows the article's country."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cache, cached_property, lru_cache
from typing import TYPE_CHECKING, NamedTuple

from .. import currencies
from ..vocab import (
    APPROX_WORDS,
    BETTING_NOUNS,
    CENTS_PER_UNITS,
    CHANGE_WORDS,
    CLAUSE_OPENERS,
    DEBT_WORDS,
    DURATION_UNITS,
    FUNCTION_WORDS,
    FUNDS_NOUNS,
    MINOR_CURRENCY_UNITS,
    MINOR_UNIT_COUNTRIES,
    MONEY_USE_VERBS,
    MONTHS,
    NAME_WORDS,
    OLD_SHILLING_COUNTRIES,
    PAID_NOUNS,
    PAYMENT_VERBS,
    PERCENT_SIGN_WORDS,
    PRICE_UNIT_NOUNS,
    PRICE_VERBS,
    SCALE_ABBREVIATIONS_MONEY_ONLY,
    SCALE_WORDS,
    SELLING_VERBS,
)
from . import numbers as N
from . import subject_clauses
from .digit_groups import previous_word
from .figure import Figure
from .model_names import airline_flight_number
from .noun_phrases import ARTICLES, noun_phrase_before
from .numbers import END, NUM
from .place_names import road_code
from .words import (
    goods_weighed_after,
    land_after,
    pack_weighed_before,
    sentence_fact,
    singular,
    text_fact,
    thrust_after,
    tokens,
    tokens_before,
    tokens_between,
    weighed_before,
)

if TYPE_CHECKING:
    from ..extract import Scanner

# a minor unit's word right after a currency's name: "euro cents" names the minor unit
RE_MINOR_AFTER_NAME = re.compile(r" cents?\b")
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

# Letter-only signs news writes before amounts. CLDR's other short letter signs ("FC", "Le", "MK",
# "DA", "KM") stand before digits in names and codes far more often than in prices ("MK2", "KM5"):
# those listed here are read only in their country's article (COUNTRY_ONLY_SIGNS).
LETTER_SIGNS = frozenset(
    """Rs Rs. Re Re. RM Rp Tk kr kr. Fr Fr. SFr Sh Shs Shs. KSh Ksh Kshs KShs USh Ush Ushs TSh Tsh Tshs R R.
    Af Dh Dhs zł Kč Ft RMB Rmb rmb Br Bs Nu SDR Rwf FRw FCFA DKr SKr NKr IRs NRs ZiG đ SR NIS TL QR KD BD RO LE
    Bt DH Frw FRW Birr UShs Kz FBu Fdj Ar NLe CFAF UF Hr JD LL L.L. Afs Ks Ks. Rf Rf. MRf VT Vt CFA DA LD Le
    Php PhP VNĐ VNđ Nu. Tk. Rp. RM. Gs Gs. KM UI MT YR FCFP CFP""".split()
) | frozenset(
    ("F CFA", "F.CFA", "F CFP", "F.CFP")
)  # the franc's letter and its region apart ("F CFP 4 billion")
# Letter signs that elsewhere stand before small numbers in names ("SR 520", a US state route; the
# EU's "NIS 2" directive; "RO 1", "BD 4", the "Bt11" maize; "UF 24", a university's score; "Hr 2",
# a heart rate or an hour): read
# before (or, for "TL", after) a plain number only in an article about a country where their
# currency is tender (or, for Chile's "UF", its unit of account); with a scale, decimals or digit
# grouping ("SR31.4 billion", "NIS 27,900", "TL 47.26") they are amounts anywhere.
# Morocco's "DH" (the dirham in capitals, "DH 2.5") is also baseball's designated hitter, and
# Madagascar's "Ar" (the ariary) an abbreviation of names and words ("Ar 2" of a list); Jordan's
# "JD" is also a law degree and Lebanon's "LL" a code or model ("LL 4"); Vanuatu's "VT" is also
# Vermont ("VT 100", a state route), and Myanmar's "Ks" and the Maldives' "Rf" are short enough to
# be a model's or a list's letters; Manila's "Php" is also the programming language ("Php 8"), and
# Bhutan's "Nu" a brand's or a model's name ("the Nu 2 series"); Ethiopia's "Birr" is also an
# Irish town ("Birr 2-14"), and Rwanda's "FRW" a code.
PLAIN_IN_COUNTRY_SIGNS = frozenset(
    "SR NIS TL QR KD BD RO LE Bt DH Ar UF Hr JD LL Ks Rf VT Vt CFA Php PhP Gs Nu Nu. FRW Birr".split()
)
# Letter signs read only in an article about their country, whatever the amount: Uruguay's "UI"
# (its indexed unit) is elsewhere a user interface or unemployment insurance ("UI 2.0",
# "UI 1.2 million claims")
HOME_ONLY_SIGNS = frozenset(("UI",))
SCALE_ANY = rf"(?:{N.SCALE_WORD}|{N.SCALE_ABBR})"
# Letter signs one country's press writes glued to an amount, which elsewhere stand before digits
# in names ("N95 masks", "the N2 motorway", "N64"): sign -> (country, currency). Read only in an
# article about that country, and only as an amount: with a scale, decimals or digit grouping, or a
# plain number that plain_letter_amount reads as money ("K20 a month", "a fee of K20").
COUNTRY_LETTER_SIGNS: dict[str, dict[str, str]] = {
    "N": {"NG": "NGN"},  # "N15 billion": naira
    # "P3.7 billion": Philippine pesos, or Botswana's pula ("P4 engine", "a P2 visa" are names)
    "P": {"PH": "PHP", "BW": "BWP"},
    # "K18 billion": the kwacha of Zambia and Malawi, the kina of Papua New Guinea and the kyat of
    # Myanmar, as their press writes them ("K2", "the K9 unit" are names)
    "K": {"ZM": "ZMW", "MW": "MWK", "PG": "PGK", "MM": "MMK"},
    "MK": {"MW": "MWK"},  # the Malawian press's own mark for its kwacha ("MK27,350")
    # the Gambian press's dalasi ("fined D40,000", "D3.5 million"); elsewhere "D1.5" is an
    # avalanche's size, "D3" a vitamin and "D-Day" a date
    "D": {"GM": "GMD"},
    "W": {"KR": "KRW"},  # the won as Seoul's English-language press marks it ("W12.1 trillion")
    # Central America's letter marks, as Tegucigalpa's and Guatemala City's press glue them to
    # amounts: the lempira ("L23.7 per dollar", "L3,700 million") and the quetzal ("Q7.7 to the
    # dollar"); elsewhere "L2" is a Lagrange point or a level and "Q3" a quarter
    "L": {"HN": "HNL"},
    "Q": {"GT": "GTQ"},
    # the letters the press of the rand's two smaller partners glues to their own money: Eswatini's
    # lilangeni ("E26.15", "E3 billion") and Lesotho's loti ("M640 million", "M2,000 a month");
    # elsewhere "E10" is a fuel or a road and "M25" a motorway or a model
    "E": {"SZ": "SZL"},
    "M": {"LS": "LSL"},
}

# (two amounts joined by a dash, each with its sign, are a range's ends: "D200-D250 per bag"; an
# amount hyphened to "a" or "per" and a span of time is a wage's or a fee's rate: "a P40,000-a-month job")
PER_COMPOUND = r"(?:an?|per)-[a-z]"
_COUNTRY_SIGNS = "|".join(map(re.escape, COUNTRY_LETTER_SIGNS))
RE_COUNTRY_LETTER_AMOUNT = re.compile(  # (after "#" a listing's or a case's code: "MLS #R2874412")
    rf"(?<![\w.‑/#№])(?<![^\d]-)(?<!^-)(?P<cur>{_COUNTRY_SIGNS})(?P<num>{N.DIGITS_LOOSE})"
    rf"(?:(?:\s|-)?(?P<scale>{SCALE_ANY}))?(?![\w‑]|-(?!(?:{_COUNTRY_SIGNS})\d|{PER_COMPOUND}))"
)
# two digits after an amount's comma, then no digit: cents after a decimal comma, as Southern
# African copy writes prices ("R12,50", "N$32,75"); a thousands group would have three digits
RE_COMMA_CENTS = re.compile(r",(\d{2})(?![\d]|[,.]\d)")


def _comma_cents(body: str, end: int, num: str, scale: str | None) -> re.Match[str] | None:
    """The cents after a whole amount's decimal comma ("R12,50", "E2,50"), or None."""
    if body[end : end + 1] != "," or scale or not num.isdecimal():
        return None
    return RE_COMMA_CENTS.match(body, end)


# the high end of a money range glued by a dash to an amount, with its scale or none ("£20-25m",
# "€2m-3m", "£5-6 per head", "R800-1,200 a night")
RE_GLUED_HIGH = re.compile(rf"[-–](?P<num>\d[\d,]*(?:\.\d+)?)(?P<scale>{SCALE_ANY})?(?![\w-]|[.,]\d)")
RE_SPACED_SCALE = re.compile(rf"\s(?:{SCALE_ANY})(?![\w])")
# the low end of a range before an amount named by its currency after it, joined by a dash ("150-200
# euros", "1,500–2,000 rupiah"): one range of money, whatever a model code might look like
RE_DASHED_LOW_BEFORE = re.compile(rf"(?<![\w.,\-‑/:])(?P<low>{N.DIGITS_LOOSE})\s?[-–]\s?\Z")
# Names that follow a number in other senses: "passed the 1,000 mark", "a 24-carat gold".
NOT_AFTER_NUMBERS = frozenset(("mark", "gold", "real", "sol", "inti"))
COUNTRY_EVIDENCE_CHARS = 3000  # how much of the body is read for the country: bounded, so time stays linear
# The commonest signs and names, each one currency wherever the article is: no country needed.
ONE_CURRENCY = frozenset(
    ("$", "US$", "US $", "€", "£", "USD", "EUR", "GBP", "dollars", "dollar", "euros", "euro")
)


# what a price is quoted for, right after the amount: "a barrel", "an hour", "per session", "/litre",
# "per 25kg bag", "per 40 ft box" (the bag, the box; "per 10g of gold" names no unit word here)
RE_PRICE_UNIT_AFTER = re.compile(
    r"\s*(?:(?P<a>an?|per)\s+(?:\d{1,3}(?:\.\d+)?(?:\s?[a-z]{1,2}|-[a-z]{1,10})\s+(?=(?!of\b)[a-z]))?|/\s*)"
    r"(?P<unit>(?:square|sq\.?|cubic)\s+[a-z]+|[a-z]{2,})\b"
    r"(?![-’']|\s+(?:ago|earlier|later|before|after)\b)"
)  # not "a year ago", "a day earlier"
RE_OF_AFTER = re.compile(r"\s+of\b")
# what a unit after "per" is of, one or two lower-case words ("per kilogram of milk solids")
RE_UNIT_OF_AFTER = re.compile(r"\s+of\s+([a-z][a-z-]*(?:\s+[a-z][a-z-]*)?)\b")
UNIT_OF_STOPS = FUNCTION_WORDS  # the words a unit's "of" phrase does not end on


def _price_unit_match(body: str, end: int) -> re.Match[str] | None:
    """RE_PRICE_UNIT_AFTER at `end`, but not "a month of" ("$5 a month of fees"); "per" keeps what
    its unit is of ("$310 per quintal of maize", "$78 per barrel of crude")."""
    m = RE_PRICE_UNIT_AFTER.match(body, end)
    if m is not None and m.group("a") != "per" and RE_OF_AFTER.match(body, m.end()):
        return None
    return m


# abbreviations of the period a rent or a wage is paid for, written after the amount ("£1,650 pcm")
RATE_ABBREVIATIONS = {"pcm": "calendar month", "pw": "week"}
RE_RATE_ABBREVIATION = re.compile(rf"\s+({'|'.join(RATE_ABBREVIATIONS)})\b")


def price_unit(body: str, end: int) -> str:
    """The unit a price ending at `end` is quoted for ("$78 a barrel" -> "barrel", "£1,650 pcm" ->
    "calendar month"), or ""."""
    if abbreviated := RE_RATE_ABBREVIATION.match(body, end):
        return RATE_ABBREVIATIONS[abbreviated.group(1)]
    m = _price_unit_match(body, end)
    if m is None or m.group("unit") == "cent":
        return ""
    unit = " ".join(m.group("unit").split())
    if m.group("a") == "per" and (of := RE_UNIT_OF_AFTER.match(body, m.end())):
        words = of.group(1).split()
        while words and words[-1] in UNIT_OF_STOPS:
            words.pop()
        if words and words[0] not in UNIT_OF_STOPS:
            unit = f"{unit} of {' '.join(words)}"  # "per kilogram of milk solids"
    return unit if m.group("a") in (None, "per") or unit in PRICE_UNIT_NOUNS else ""


# an exchange rate quoted against a currency right after the amount ("Br63.8 to the dollar",
# "N1,520 against the US dollar")
RE_RATE_AGAINST_AFTER = re.compile(
    r"\s+(?:to|against)\s+the\s+((?:US\s+|U\.S\.\s+)?(?:dollar|euro|pound|yen|yuan|rand|greenback))\b",
    re.IGNORECASE,
)


# spans of time a fee or a wage is paid for ("K20 a month", "N500 a day"); price_unit leaves them
# to the subject's words
PAID_PER_TIME = frozenset(("hour", "day", "night", "week", "fortnight", "month", "year"))


def paid_per_time(body: str, end: int) -> bool:
    """Whether a span of time a rent or a wage is paid for follows `end` ("a month", "pcm")."""
    if RE_RATE_ABBREVIATION.match(body, end):
        return True
    m = _price_unit_match(body, end)
    return m is not None and m.group("unit") in PAID_PER_TIME


def priced_per(body: str, end: int) -> bool:
    """Whether a unit a price is quoted for, or a span of time it is paid for, follows `end`."""
    m = _price_unit_match(body, end)
    return m is not None and (bool(price_unit(body, end)) or m.group("unit") in PAID_PER_TIME)


def with_price_units(figures: list[Figure], body: str) -> list[Figure]:
    """Money figures quoted per unit, their subjects naming the unit ("Brent crude (per barrel)"),
    or per unit of another currency ("local currency (per dollar)")."""
    out = []
    for fig in figures:
        if fig.kind == "money":
            unit = price_unit(body, fig.end)
            if not unit and (rate := RE_RATE_AGAINST_AFTER.match(body, fig.end)):
                unit = " ".join(rate.group(1).replace("U.S.", "US").split())
            if unit and "(per " not in fig.subject and f" {unit.lower()} " not in f" {fig.subject.lower()} ":
                # not when money_subject named it, nor "per prisoner" named already
                fig = fig._replace(subject=f"{fig.subject} (per {unit})".strip())
        out.append(fig)
    return out


class MoneyPatterns(NamedTuple):
    """Compiled patterns of the money dimension (built once, on first use)."""

    prefix: re.Pattern[str]  # sign or code, then the amount
    suffix: re.Pattern[str]  # the amount, then a name or code
    sign_tail: re.Pattern[str]  # a sign ending right before a number: where money can start
    symbol_after: re.Pattern[str]  # the amount, then a symbol ("100元", "100 ₡")
    symbol_after_followers: N.Followers  # what may follow the digits of symbol_after
    suffix_followers: N.Followers  # what may follow the digits of suffix
    sign_ends: frozenset[str]  # the one-character signs and the last two characters of the others
    compound: re.Pattern[str]  # digits joined to a currency name by a hyphen ("a 20-baht fare")


@cache
def patterns() -> MoneyPatterns:
    """The money patterns, built from the CLDR vocabulary on first use."""
    signs = currencies.sign_alternation()
    names = currencies.name_alternation()
    # (a redenominated currency's "new" or "old" before its name is part of the amount's unit:
    # "one new rial", "five new manats" as "new shekels" are; "40,000 old cedis" is the old unit)
    amount = rf"(?:{N.DIGITS_LOOSE}|{N.A_SCALE})"
    prefix = re.compile(  # (a sign after "#" opens a listing's or a case's code: "MLS #R2874412")
        rf"(?<![A-Za-z#№])(?P<cur>{signs})(?P<space>\s?)(?P<num>{amount})"
        rf"(?:(?:\s|-)?(?P<scale>{SCALE_ANY}))?(?![\w])"
    )
    suffix = re.compile(
        rf"(?:(?P<a>{N.A_SCALE})|(?P<num>(?<![\w.,]){N.DIGITS_LOOSE}|(?<![\w-])(?i:{N.WORD_NUMBER}))"
        rf"(?:\s?(?P<scale>{SCALE_ANY}))?)[^\S\n]+(?:(?P<age>new|old)\s)?(?P<cur>{names}|[A-Z]{{3}})(?![\w])"
    )
    sign_tail = re.compile(rf"(?<![A-Za-z])(?:{signs})\s?\Z")
    symbol_after = re.compile(
        rf"(?<![\w.,])(?P<num>{N.DIGITS_LOOSE})(?:\s?(?P<scale>{N.SCALE_WORD}))?\s?(?P<cur>{signs})(?![\w])"
    )
    scales = (*SCALE_WORDS, *SCALE_ABBREVIATIONS_MONEY_ONLY)
    compound = re.compile(
        rf"(?<![\w.,\-‑])(?P<num>{N.DIGITS_LOOSE})(?:-(?P<scale>{N.SCALE_WORD}))?-(?P<cur>{names})(?![\w\-‑])"
    )
    return MoneyPatterns(
        prefix,
        suffix,
        sign_tail,
        symbol_after,
        N.Followers(currencies.sign_words(), starts=SCALE_WORDS),
        N.Followers((*currencies.name_words(), *scales, "new", "old"), three_letter_codes=True),
        frozenset(sign[-2:] for sign in currencies.sign_words()),
        compound,
    )


# "C $", "hk $", "A $": a country's letters written apart from the dollar sign (tokenised wire copy);
# not the "s" of a possessive ("music ' s $ 500") nor the last letter of "u.s $"
RE_DOLLAR_MARK = re.compile(r"(?<![\w$'’.])(?<!['’] )(?P<mark>(?i:c|ca|hk|nz|s|sg|us|au|mex|nt))\s\Z")


@lru_cache(maxsize=4096)  # signs and countries repeat ("$", "€"); bounded whatever the input
def sign_currency(sign: str, country: currencies.Where = None) -> str | None:
    """ISO 4217 code of a currency sign or code as written (currencies.currency_for_sign)."""
    return currencies.currency_for_sign(sign, country)


# A dollar amount's mark ("TT$412 million", "US$96 million"; none in "$4.8 billion") or a dollar's
# ISO code ("FJD 186 million"), ending right before the number: what article_dollar reads.
RE_DOLLAR_MARK_BEFORE = re.compile(r"(?<![\w$])(?P<mark>[A-Z][A-Za-z]{0,3})?\$\s?\Z")
RE_CODE_BEFORE = re.compile(r"\b(?P<code>[A-Z]{3})\s?\Z")
# "(", "(about ", "(or about " right before a bare "$": a conversion of the amount before it
RE_CONVERSION_OPEN = re.compile(r"\((?:[A-Za-z]+\s){0,2}\Z")
# World prices news quotes in US dollars whatever its own dollar ("$3,950 an ounce" of gold)
WORLD_PRICE_UNITS = frozenset(("ounce", "barrel"))


# A bare "$" amount and the word right after it ("$3,200 tala", "$1.5 million pa'anga")
RE_AMOUNT_THEN_NAME = re.compile(
    r"\d[\d,]*(?:\.\d+)?(?:\s?(?:thousand|million|billion|trillion|m|bn)\b)?\s(?P<name>[a-z][a-z'’]*)\b"
)


def named_dollar_sign(body: str, start: int, country: Callable[[], currencies.Where]) -> str | None:
    """The currency a bare "$" amount starting at `start` names right after it when its press
    writes that currency with "$" (DOLLAR_SIGNED: an Apia court report's "$3,200 tala"), else None;
    "$5 won" or "$40 pesos" mark no dollar of the article."""
    m = RE_AMOUNT_THEN_NAME.match(body, start, start + 40)
    name = m.group("name") if m else ""
    if name not in currency_names() or name in NOT_NAMED_AFTER_SIGN or name in NOT_AFTER_NUMBERS:
        return None
    code = name_currency(name, country())
    return code if code in currencies.DOLLAR_SIGNED else None


def article_dollar(
    body: str, digits: list[int], country: Callable[[], currencies.Where] = lambda: None
) -> str | None:
    """The dollar a bare "$" stands for when the article's first dollar amount is marked as a
    country's own dollar and no other such dollar is marked in it: a Port of Spain daily's
    "TT$285.4 million ... up from $240.7 million", a Suva daily's "F$2.3 billion ... $96m"
    (rules, table 3: a currency carried over), or an Apia daily's "$3,200 tala ... $150"
    (named_dollar_sign). None otherwise, and when a bare "$" converts an
    amount in brackets anywhere in the article: a bare "$" is the US dollar.
    `digits`: the starts of the body's digit runs, where amounts begin (read, not the whole text);
    `country`: the article's country, asked only for a mark several dollars share ("B$": the
    Bahamas' or Brunei's), which it settles as it does for the amounts themselves."""
    first: str | None = None
    marked: set[str] = set()
    for d in digits:
        last = body[d - 1] if d else ""
        if last != "$" and not last.isupper():
            two = body[d - 2] if d > 1 else ""
            if two != "$" and not (last == " " and two.isupper()):
                continue  # the cheap test first: no "$" nor a capital ending right before the number
        found = RE_DOLLAR_MARK_BEFORE.search(body, max(0, d - 6), d)
        if found is None:
            coded = RE_CODE_BEFORE.search(body, max(0, d - 5), d)
            code = coded.group("code") if coded else None
            if code is None or code != "USD" and code not in currencies.dollar_sign_codes():
                continue
        elif found.group("mark"):
            mark = found.group("mark") + "$"
            code = sign_currency(mark, country() if currencies.sign_is_shared(mark) else None)
            if code is None or code != "USD" and code not in currencies.dollar_sign_codes():
                continue  # "R$" is the real
        else:
            code = named_dollar_sign(body, d, country) or "USD"
            if RE_CONVERSION_OPEN.search(body, max(0, found.start() - 20), found.start()):
                return None  # "C$1.2 billion ($880 million)": the writer's bare "$" is the US dollar
        if first is None:
            first = code
        if code != "USD":
            marked.add(code)
    return first if first != "USD" and len(marked) == 1 else None


# names that after a "$" amount are the dollar itself, or words of the next clause ("it hit $2;
# sterling fell", "bet $5 and won")
NOT_NAMED_AFTER_SIGN = frozenset(("dollar", "dollars", "won", "sterling"))
# silver after "sterling" names the alloy, not the money ("925 sterling silver")
RE_STERLING_SILVER_AFTER = re.compile(r"[\s-]+silver\b")
RE_NAME_AFTER = re.compile(r"\s(?P<name>[a-z]+)\b")


def named_after_sign(sc: Scanner, end: int) -> str | None:
    """The currency a "$" amount names right after it when that is not the dollar ("$800 pesos",
    "$1.1 trillion pesos", as Latin American desks write their pesos), or None."""
    m = RE_NAME_AFTER.match(sc.body, end)
    name = m.group("name") if m else ""
    if name not in currency_names() or name in NOT_NAMED_AFTER_SIGN or name in NOT_AFTER_NUMBERS:
        return None  # no currency's name after the amount, or one that opens a clause ("$5 won")
    code = name_currency(m.group("name"), sc.countries())
    return code if code and code not in currencies.dollar_codes() and code != "USD" else None


# A marked dollar amount and the comparison that opens right after it, up to a bare "$":
# "J$2.1 billion, up from $", "NZ$40m for roads compared with $", "TT$5 million, against $"
RE_COMPARED_WITH_MARKED = re.compile(
    r"(?<![\w$])(?P<mark>[A-Z][A-Za-z]{0,3})\$\s?\d[\d,]*(?:\.\d+)?"
    r"(?:\s?(?:thousand|million|billion|trillion|m|bn)\b)?(?:\s[a-z]+){0,4},?\s"
    r"(?:(?:up|down|rising|falling|rose|fell|increased|decreased)\s)?"
    r"(?:from|compared\swith|compared\sto|against|versus)\s\Z"
)


def compared_dollar(sc: Scanner, sign_start: int) -> str | None:
    """The dollar of a marked amount a bare "$" amount is compared with right after it, in the
    same clause: "J$2.1 billion, up from $1.8 billion" is two Jamaican amounts (the writer drops
    the mark he has just written); None for a US dollar, another sign, or a conversion ("or $")."""
    m = RE_COMPARED_WITH_MARKED.search(sc.body, max(0, sign_start - 80), sign_start)
    if m is None:
        return None
    mark = m.group("mark") + "$"
    code = sign_currency(mark, sc.countries() if currencies.sign_is_shared(mark) else None)
    if code is None or code == "USD" or code not in currencies.dollar_sign_codes():
        return None
    return code


def local_dollar(sc: Scanner, sign_start: int, end: int) -> str | None:
    """The article's own dollar (article_dollar) for a bare "$" at `sign_start`, or None: not for
    a conversion in brackets ("A$3.5m ($2.2m)") nor a world price ("$1,980 an ounce")."""
    code = sc.local_dollar()
    if code is None or RE_CONVERSION_OPEN.search(sc.body, max(0, sign_start - 20), sign_start):
        return None
    return None if price_unit(sc.body, end) in WORLD_PRICE_UNITS else code


def marked_dollar(body: str, sign_start: int) -> str | None:
    """The dollar a "$" stands for when a country's letters precede it apart ("c $ 16.4 million"
    -> CAD), or None when there are none."""
    found = RE_DOLLAR_MARK.search(body, max(0, sign_start - 5), sign_start)
    if found is None:
        return None
    code = sign_currency(found.group("mark").upper() + "$")
    return code if code and code != "USD" or found.group("mark").upper() == "US" else None


# Letter signs that their countries write after the amount ("100 kr", "50 zł", "20 Kč", "500 Ft",
# "35,000đ", "47.26 TL", "45 billion FCFA").
SIGNS_AFTER_AMOUNT = frozenset(
    (
        "kr",
        "kr.",
        "zł",
        "Kč",
        "Ft",
        "đ",
        "TL",
        "FCFA",
        "CFAF",
        "F CFA",
        "F.CFA",
        "FCFP",
        "F CFP",
        "FC",
        "DA",
        "Ks",
        "KM",
        "MT",
        "Fdj",
    )
)
# ... of which those read after an amount only in their country's article: Myanmar's "Ks" ("2,850 Ks
# a litre"); elsewhere "1,437 Ks" are a pitcher's strikeouts
# and Mozambique's "MT" (the metical: "a fine of 5,000 MT", "3.20 MT per kWh"), elsewhere and
# before "of" metric tonnes ("4,000 MT of sugar"): read only as a price (money named before it, or a
# unit of goods it is quoted per after it; "500 MT a day" is an output)
AFTER_ONLY_IN_COUNTRY = frozenset(("Ks", "MT"))
PRICE_ONLY_AFTER = frozenset(("MT",))
# Signs read (before or after an amount) only in an article about a country where their currency
# is tender: elsewhere "FC" after a number ends a club's name or a score's line ("Bayern 4 FC Porto
# 0"), "DA" is a district attorney, "LD" a code and "Le" the French article ("Le 14 juillet").
# Sierra Leone's "Le" is read as today's leone (SLE). Bosnia and Herzegovina's press writes its
# convertible mark "KM", mostly after the amount ("58 KM a month", "1,2 million KM"); elsewhere
# "KM" is kilometres in capitals ("a 10 KM race") or a code ("KM 12", a road's marker).
# Mozambique's "MT" before an amount ("costs MT 650") is the metical there too; elsewhere "MT 200"
# is a Montana highway or a model. Yemen's "YR" ("YR 250 a loaf") is elsewhere a year in capitals
# ("YR 2" of a course, a "10 YR" bond).
COUNTRY_ONLY_SIGNS = frozenset(("FC", "DA", "LD", "Le", "KM", "MT", "YR"))
# ... of which "KM", "MT" and Uruguay's "UI" with a plain number (no grouping, decimals or scale)
# are money only where priced or paid ("a ticket costs 2 KM", "a fine of KM 500"), as kilometres
# are written so too ("the KM 5 post"), and a user interface's version ("the UI 2 redesign")
PLAIN_NEEDS_PRICE_SIGNS = frozenset(("KM", "MT", "UI"))
# ... and so are the names read only in their currency's country (currencies.COUNTRY_ONLY_HEADS
# and PUNT_NAMES) that are also things scored or kicked, unless a year in the sentence dates the
# amount ("she scored 85 marks" in a Sarajevo story, "six punts" in a Dublin one, but "a tram pass
# costs 53 marks" and "the flat sold for 400 marks in 1991")
PLAIN_NEEDS_PRICE_NAMES = frozenset(currencies.COUNTRY_ONLY_HEADS + currencies.PUNT_NAMES)


# a verb of price or payment at most this many words before an amount (itself and its object):
# "fined the firm 250,000 MT", "paid each worker 9,000 MT"
PAID_OBJECT_WORDS = 4
RE_CLAUSE_END = re.compile(N.MARK_END)
# (or a preposition of whom or when, "owes 12 billion MT to suppliers", or its conversion into
# another currency in brackets; not "of", which names goods)
RE_PREPOSITION_AFTER = re.compile(
    r"\s+(?:to|in|for|from|by|over|last|this|since)\b"
    rf"|\s*\((?:{'|'.join(map(re.escape, APPROX_WORDS))}|or)?\s*(?:US|U\.S\.)?[$€£]"  # "(about $10 million)"
)


# "each" after an amount: the sum paid by or to each of those just named ("fined K150 each")
RE_EACH_AFTER = re.compile(r"\s+each\b")


def _paid_object(body: str, start: int, end: int, sign: str) -> bool:
    """Whether an amount is the sum a verb of price or payment a few words before it names, ending
    its clause, before "each" or a range's low end in the same sign ("fined the firm 250,000 MT.",
    "fined 14 men K300 each", "earn between 9,000 MT and 14,000 MT a month"; not "paid for 80,000 MT
    of coal")."""
    if RE_OF_AFTER.match(body, end) or not (
        RE_CLAUSE_END.match(body, end)
        or RE_PREPOSITION_AFTER.match(body, end)
        or RE_EACH_AFTER.match(body, end)
        or ((high := RE_SIGNED_HIGH_AFTER.match(body, end)) and high.group("cur") == sign)
    ):
        return False
    words = body[max(0, start - 50) : start].split()[-PAID_OBJECT_WORDS:]
    if len(words) >= 3 and words[-3] in PAYMENT_VERBS and _counted_payees(words[-2], words[-1]):
        return True  # "fined 23 hawkers P500 each": the verb, whom it fines or pays by their count, the sum
    while words and not all(w[0].isalpha() for w in words):
        words = words[1:]  # a number or a mark: the words before it are another clause's
    return any(w in PAYMENT_VERBS or w in PRICE_VERBS for w in words)


# a verb of spending or reserving in the passive right after an amount ("3.2 billion MT is
# earmarked", "had been set aside"), or "in" and a noun of what the sum is ("310 billion MT in revenue")
RE_USED_AFTER = re.compile(
    r"\s+(?:is|was|are|were|has\s+been|have\s+been|had\s+been|will\s+be|would\s+be)\s+"
    r"(?P<verb>[a-z]+)(?P<aside>\s+aside)?\b"
)
MONEY_USE_WORDS = 4  # the words before an amount read for the verb ("allocated a further")
# the words that may stand between such a verb and its amount: an article, "further", a hedge
MONEY_USE_PARTICLES = frozenset(
    "a an another further additional extra about around nearly almost some roughly over only just".split()
)
RE_FUNDS_IN_AFTER = re.compile(r"\s+in\s+(?:new\s+)?(?P<noun>[a-z]+)\b")


def _money_used(body: str, start: int, end: int) -> bool:
    """Whether an amount is a sum spent, invested or reserved (vocab.MONEY_USE_VERBS): the verb, or
    "set aside", right before it but for an article or a hedge ("will invest 2.7 billion MT in",
    "allocated a further 2 billion MT"), in the passive right after it ("3.2 billion MT is
    earmarked"), or "in" and a noun of what a sum is after it ("310 billion MT in revenue"); not
    goods "of" something ("set aside 50,000 MT of maize")."""
    if RE_OF_AFTER.match(body, end):
        return False
    if (used := RE_USED_AFTER.match(body, end)) is not None:
        verb = used.group("verb")
        if verb in MONEY_USE_VERBS or (verb == "set" and used.group("aside")):
            return True
    if (funds := RE_FUNDS_IN_AFTER.match(body, end)) is not None and funds.group("noun") in FUNDS_NOUNS:
        return True
    words = body[max(0, start - 40) : start].split()[-MONEY_USE_WORDS:]
    while words and words[-1].lower() in MONEY_USE_PARTICLES:
        words.pop()  # "allocated a further", "spent about": the verb's object is the amount
    return bool(words) and (
        words[-1] in MONEY_USE_VERBS or words[-1] == "aside" and words[-2:-1] in (["set"], ["sets"])
    )


def _counted_payees(number: str, noun: str) -> bool:
    """Whether two words are a count in digits and a lower-case plural noun ("23 hawkers", "14 men")."""
    return number.replace(",", "").isdigit() and noun.isalpha() and noun.islower() and singular(noun) != noun


# the high end of a range after a plain amount written with its sign after it ("from 200 KM to 1,500
# KM", "200-1,500 KM"): the sign written again, or once, after the second number
RE_SIGNED_HIGH_AFTER = re.compile(
    r"\s*(?:[-–]|\s(?:to|and)\s)\s*(?P<num>\d[\d,.]*)\s?(?P<cur>[A-Z]{2})(?!\w)"
)


# words after a sign's one-digit amount that keep it money: the coins and notes a sum is in
MONEY_OBJECTS = frozenset("coin coins note notes banknote banknotes".split())
DETERMINER_ENDS = tuple(f"{w} " for a in sorted(ARTICLES) for w in (a, a.capitalize()))  # "the ", "The ", ...


def _letters_of_a_name(body: str, start: int, end: int, sign: str, num: str, scale: str | None) -> bool:
    """Whether a letter sign and a plain one-digit number after a determiner are a name's letters
    and number before the noun they name ("The Kz 2 model", "the FRW 1 league"): a lower-case word
    after them that names no sum paid, no change, no unit priced and no coin or note ("a Rs 5 fee",
    "a Kz 5 rise", "the Rs 2 coin" stay money)."""
    if scale or len(num) != 1 or not num.isdigit() or not any(c.isalpha() for c in sign):
        return False
    if not body.endswith(DETERMINER_ENDS, 0, start):
        return False
    following = RE_NEXT_NOUN.match(body, end)
    if following is None:
        return False
    word = following.group(1)
    return not (
        word in FUNCTION_WORDS
        or word in PAID_NOUNS
        or word in CHANGE_WORDS
        or word in PRICE_UNIT_NOUNS
        or word in MONEY_OBJECTS
    )


# A road named by a letter and a number of one to three digits glued to it, as South African and
# other road networks are numbered ("on the R45", "the N2", "the M1"): after "the", or listed
# between commas in an address line ("Kleinrivier Manor, R45, Franschhoek."), and before the end of
# a clause, a way's preposition or a road's noun: digits inside a name (rules, table 8), not rand
# or maloti; no price verb or noun of money paid before it ("paid the R45 at the gate" is money),
# and "the R45 fee", "the R45 a head", "the R45 million" stay money
RE_ROAD_END = re.compile(
    r"[,;:)!?]|\.(?!\d)|\s*\Z|\s+(?:(?:to|from|into|towards?|past|outside)\s+(?:the\s+)?[A-Z]"
    r"|(?:near|through|via|between|back|north|south|east|west|[a-z]+bound|road|route|highway|freeway"
    r"|motorway|pass|turn-?off|interchange|junction|bridge)\b)"
)
RE_ADDRESS_ROAD_BEFORE = re.compile(r"[A-Z][\w'’-]*, \Z")
RE_ADDRESS_ROAD_AFTER = re.compile(r", [A-Z]")
# ... but an amount compared with one of the same sign just before it ("up to R50 from the R45"),
# or listed with others of its sign ("the R5, R10 and R20 coins"), is money
RE_COMPARED_THE_BEFORE = re.compile(r"\b(?:from|than|against|versus|vs\.?)\s+the\s\Z")
ROAD_COMPARE_REACH = 80  # characters before a road's letter read for an amount of the same sign


# ... and several listed in one sign after "the" are roads when each has its own "the" ("from the
# R61 and the R72 after the flooding") or the list ends as a road does ("the R45 and R310."); a
# list with a noun of money after it ("the R5, R10 and R20 coins", "the R50 and the R20 fees") or
# no "the" before it is money
ROAD_LIST_REACH = 30  # characters before a listed sign read for the one listed before it


@dataclass
class RoadLists:
    """What one text's lists of letter signs have answered (_listed_roads): where a list walked
    forward from an offset ends and walked back from one opens, and each list's reading, so a long
    list is walked once and not again for each of its members."""

    ends: dict[tuple[str, int], int] = field(default_factory=dict)
    opens: dict[tuple[str, int], int] = field(default_factory=dict)
    readings: dict[tuple[str, int, int], bool] = field(default_factory=dict)


def _walk(known: dict[tuple[str, int], int], sign: str, at: int, step: Callable[[int], int | None]) -> int:
    """Where repeated `step`s from `at` stop (`step` answers the next offset or None), each offset
    passed kept in `known` with that answer."""
    passed = []
    while (sign, at) not in known and (nxt := step(at)) is not None:
        passed.append(at)
        at = nxt
    stop = known.get((sign, at), at)
    known.update(((sign, p), stop) for p in passed)
    known[(sign, at)] = stop
    return stop


def _listed_roads(body: str, start: int, end: int, sign: str, lists: RoadLists) -> bool | None:
    """Whether a list of numbers glued to a letter `sign`, the one at body[start:end] among them,
    names roads (above); None when it is listed with no other of its sign. `lists` keeps the
    text's answers."""
    after = re.compile(rf",?\s+(?:and\s+|or\s+)?(?:the\s+)?{sign}\d{{1,3}}\b")
    before = re.compile(rf"(?<!\w){sign}\d{{1,3}},?\s+(?:and\s+|or\s+)?(?:the\s+)?\Z")

    def forward(at: int) -> int | None:
        m = after.match(body, at)
        return None if m is None else m.end()

    def back(at: int) -> int | None:
        m = before.search(body, max(0, at - ROAD_LIST_REACH), at)
        return None if m is None else m.start()

    last = _walk(lists.ends, sign, end, forward)
    first = _walk(lists.opens, sign, start, back)
    if (first, last) == (start, end):
        return None
    known = lists.readings.get((sign, first, last))
    if known is None:
        known = lists.readings[(sign, first, last)] = _list_reading(body, first, last, sign)
    return known


def _list_reading(body: str, first: int, last: int, sign: str) -> bool:
    """Whether the list of letter signs at body[first:last] names roads (_listed_roads)."""
    if not body.endswith(("the ", "The "), 0, first) or money_cue_before(body, first):
        return False
    members = len(re.findall(rf"(?<!\w){sign}\d", body[first:last]))
    each_the = len(re.findall(rf"\bthe\s+{sign}\d", body[first - 4 : last])) == members
    following = RE_NEXT_NOUN.match(body, last)
    if following is not None and (following.group(1) in PAID_NOUNS or following.group(1) in MONEY_OBJECTS):
        return False  # "the R50 and the R20 fees", "the R5 and the R10 coins"
    return each_the or RE_ROAD_END.match(body, last) is not None


def _road_named(
    body: str, start: int, end: int, sign: str, num: str, scale: str | None, lists: RoadLists
) -> bool:
    """Whether a letter sign glued to a plain number names a road (see above); `lists` keeps the
    text's lists' answers."""
    if scale or not num.isdigit() or len(num) > 3 or num[0] == "0" or not sign.isalpha():
        return False
    if body[end : end + 1] in "-‑" and road_code(body, start + len(sign), end):
        return True  # "the regional road R2-409": a road's hyphened code (place_names.RE_ROAD_CODE)
    # "the R5, R10 and R20 coins": amounts; "the R61 and the R72", "the R45 and R310.": roads
    listed = _listed_roads(body, start, end, sign, lists)
    if listed is not None:
        return listed
    if body.endswith(("the ", "The "), 0, start):
        reach = max(0, start - ROAD_COMPARE_REACH)
        if RE_COMPARED_THE_BEFORE.search(body, reach, start) and re.search(
            rf"(?<![\w]){sign}\d", body[reach:start]
        ):
            return False  # "up to R50 from the R45": the earlier amount's sign
        return RE_ROAD_END.match(body, end) is not None and not money_cue_before(body, start)
    return (
        RE_ADDRESS_ROAD_BEFORE.search(body, max(0, start - 40), start) is not None
        and RE_ADDRESS_ROAD_AFTER.match(body, end) is not None
    )


# the debt a government or a company issues, named by a letter and its maturity year or serial
# number ("the R2030 bond", "the K2031 bonds"); "a R5,000 bond" posted as bail is money
NAMED_DEBT_WORDS = DEBT_WORDS - MONEY_OBJECTS - {"bill", "bills"}


def _debt_named(body: str, start: int, end: int, sign: str, num: str, scale: str | None) -> bool:
    """Whether a letter sign and a plain number (no scale, decimals or grouping) name a bond: a
    debt word right after them and no "a" or "an" before ("the benchmark R2035 bond")."""
    if scale or not num.isdigit() or not sign[:1].isalpha():
        return False
    following = RE_NEXT_NOUN.match(body, end)
    if following is None or following.group(1) not in NAMED_DEBT_WORDS:
        return False
    return not body.endswith(("a ", "an ", "A ", "An "), 0, start)


def _after_joined_amount(body: str, start: int, sign: str) -> bool:
    """Whether an amount is the second of two joined by "to", "and" or "or", the first closed by the
    same sign ("from 10 MT to 12 MT")."""
    before = body[max(0, start - len(sign) - 12) : start]
    found = RE_JOIN_BEFORE.search(before)
    return (
        found is not None
        and before[: found.start()].endswith(sign)
        and before[: found.start() - len(sign)].rstrip()[-1:].isdigit()
    )


RE_JOIN_BEFORE = re.compile(r"\s+(?:to|and|or)\s+\Z")


def _unpriced_plain(sc: Scanner, num: str, scale: str | None, start: int, end: int, sign: str = "") -> bool:
    """Whether an amount is a plain number (no grouping, decimals or scale) with no price verb or
    noun of money paid before it (money_cue_before), no unit it is quoted per after it, and no
    second amount in the same sign after it that is a full or a priced one ("from 200 KM to 1,500
    KM", "up 5 KM to 40 KM a month")."""
    if scale or any(c in num for c in ".,"):
        return False
    if money_cue_before(sc.body, start) or priced_per(sc.body, end) or _said_to_be(sc.body, start):
        return False
    if sign and _after_joined_amount(sc.body, start, sign):
        return False  # "from 10 MT to 12 MT": the second of a pair
    high = RE_SIGNED_HIGH_AFTER.match(sc.body, end) if sign else None
    return not (
        high
        and high.group("cur") == sign
        and (any(c in high.group("num") for c in ".,") or priced_per(sc.body, high.end()))
    )  # "from 200 KM to 1,500 KM", "by 7 KM to 58 KM per month": the pair is money


RE_BE_BEFORE = re.compile(r"\b(?P<word>[a-z]+)\s+(?:is|was|are|were|will\s+be)\s+\Z")


def _said_to_be(body: str, start: int) -> bool:
    """Whether a noun of money paid (vocab.PAID_NOUNS) and "is"/"was" stand right before `start`
    ("the fine is KM 500")."""
    m = RE_BE_BEFORE.search(body, max(0, start - 30), start)
    return m is not None and m.group("word") in PAID_NOUNS


# "in old leones", "in old cedis" right after an amount: the currency's unit before redenomination
# A fixed-odds price, as Australian and New Zealand racing copy prints a horse's odds: the dollars
# a one-dollar bet returns, before "favourite", "chance", "shot" or "outsider" ("the $7.40
# favourite", "a $31 chance"); betting odds are a ratio, no money (rules, table 8). A prize or a
# price carries a scale or a noun of its own ("a $2 million favourite for buyers" has a scale, "a
# $40 shot glass" a noun after "shot": money).
RE_ODDS_NOUN_AFTER = re.compile(rf"\s(?:equal\s)?(?:{'|'.join(BETTING_NOUNS)})s?\b(?!-|\s+glass)")
ODDS_PRICE_MAX = 1000  # the longest fixed odds printed are a few hundred dollars
RE_IN_OLD_UNITS = re.compile(r"\s+in\s+(?:the\s+)?old\s+[a-z]+")
RE_AMOUNT_BEFORE_SIGN = re.compile(r"\d\s?\Z")  # a digit right before a sign written after amounts


def is_symbol(sign: str) -> bool:
    """A currency symbol with no letters ("€", "₡", "元"), or a sign written after the amount
    ("100 kr"): it may follow the amount."""
    return sign in SIGNS_AFTER_AMOUNT or not any(c.isascii() and c.isalpha() for c in sign)


def sign_allowed(sign: str) -> bool:
    """Whether a sign before an amount is read as a currency: a symbol ("$", "R$", "₦"), an ISO
    code, or one of the letter signs news uses."""
    letters = sign.replace(".", "").replace(" ", "")
    if not letters.isalpha():
        return True
    return sign in LETTER_SIGNS or (len(sign) == 3 and sign.isupper() and currencies.is_currency_code(sign))


def home_letter_sign(sign: str, country: Callable[[], currencies.Where]) -> bool:
    """Whether a letter sign that is not one of LETTER_SIGNS is one the press of one of the
    article's countries writes for a currency it uses (currencies.is_used_in: its tender, a unit of
    account, or the currency before today's; CLDR's symbol in a locale of that country: "Afl." in
    Aruba, "DT" in Tunisia, "Db" in São Tomé, "NAf." in Sint Maarten): read only there, as elsewhere such letters are mostly
    initials or codes ("Db 5", a grade; "DT 2", a model). The signs of COUNTRY_LETTER_SIGNS have
    their own reading ("the MK4 model" is a name)."""
    if not sign[:1].isalpha() or sign in COUNTRY_LETTER_SIGNS:
        return False
    where = country()
    code = sign_currency(sign, where)
    return code is not None and currencies.is_used_in(code, where)


# A retired currency's letter sign after a year when it was tender, earlier in the amount's
# sentence ("In 1996 each of the 620 men got Lm8,500", "the 1987 plan paid DM24,000"): the old
# money, read wherever the story is from, as the year dates the amount to that currency's time
RE_YEAR_IN_SENTENCE = re.compile(r"(?<![\w.,])(1[5-9]\d\d|20\d\d)(?![\w.,]\d|%)")
RETIRED_YEAR_REACH = 160  # characters either side of the amount read for the year, at most


def _sentence_start(body: str, start: int) -> int:
    """The start of the amount's sentence at most RETIRED_YEAR_REACH characters before it."""
    lo = max(0, start - RETIRED_YEAR_REACH)
    return max(lo, body.rfind(". ", lo, start) + 1, body.rfind("\n", lo, start) + 1)


def _sentence_span(body: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the amount's sentence at most RETIRED_YEAR_REACH characters either side."""
    lo = _sentence_start(body, start)
    hi = min(len(body), end + RETIRED_YEAR_REACH)
    for stop in (". ", "\n"):
        at = body.find(stop, end, hi)
        if at >= 0:
            hi = at
    return lo, hi


def sentence_year(body: str, start: int, end: int) -> int | None:
    """The year the amount at start:end's sentence names nearest to it, before or after ("sold for
    180 escudos in 1998", "In 1994 the state paid 2.5 million guilders"), or None: a shared
    currency name is then read as its country's currency of that year (currencies.currency_for_name)."""
    lo, hi = _sentence_span(body, start, end)
    years = [
        (start - m.end() if m.end() <= start else m.start() - end, int(m.group(1)))
        for window in ((lo, start), (end, hi))
        for m in RE_YEAR_IN_SENTENCE.finditer(body, *window)
    ]
    return min(years)[1] if years else None


def retired_in_its_year(body: str, start: int, sign: str) -> bool:
    """Whether the letter sign at `start` is a retired currency's and its sentence names, before
    the amount, a year when that currency was still tender (above)."""
    code = currencies.currency_for_sign(sign)
    last = currencies.last_tender_year(code) if code else None
    if last is None:
        return False
    lo = _sentence_start(body, start)
    return any(int(year) <= last for year in RE_YEAR_IN_SENTENCE.findall(body, lo, start))


# ISO 4217 codes that are also English words written in capitals ("ALL 5 solutions are wrong"),
# or names before a number (Romania's "RON" also names petrol by its octane: "RON 97"): money
# only with a scale, decimals or digit grouping ("TRY 5 billion", "ALL 1,450", "RON 7.35"), or
# once the text has written the code before such an amount ("MAD 143 billion ... about MAD 10").
CODES_THAT_ARE_WORDS = frozenset("ALL BAM BOB CAD CUP GEL MAD MOP PEN SOS TOP TRY RON".split())


def word_code_without_amount(
    sign: str, num: str, scale: str | None, read: frozenset[str] | set[str] = frozenset()
) -> bool:
    """Whether a code that is an English word stands before a plain small number, not an amount
    (`read`: the codes of this kind the text has already written before an amount)."""
    return sign in CODES_THAT_ARE_WORDS and not scale and not any(c in num for c in ".,") and sign not in read


def plain_sign_abroad(
    sign: str, code: str, num: str, scale: str | None, country: Callable[[], currencies.Where]
) -> bool:
    """Whether a sign of PLAIN_IN_COUNTRY_SIGNS stands with a plain number (no scale, decimals or
    grouping) in an article about no country where its currency is tender: a name, not money; a
    sign of HOME_ONLY_SIGNS there with any amount."""
    if sign in HOME_ONLY_SIGNS:
        return not currencies.is_used_in(code, country())
    if sign.rstrip(".") not in PLAIN_IN_COUNTRY_SIGNS or scale or any(c in num for c in ".,"):
        return False
    return not currencies.is_used_in(code, country())


# An ISO code glued to a plain number of one or two digits, no scale, decimals or grouping after it
# ("COP29 in Baku", "the COP30 summit"), in an article about no country where the currency is
# tender: a meeting's or a thing's name with its number (rules, table 8), not Colombian pesos; a
# price's unit after it, a noun of money paid or a verb of payment or price before it keep it money
# ("USD5 a barrel", "a GBP50 fine", "fined him GBP50"), and so does any spaced code ("COP 29,000")
RE_GLUED_CODE_NUMBER = re.compile(r"[A-Z]{3}\d{1,2}(?![\d.,]\d)")


def glued_code_abroad(
    body: str,
    start: int,
    sign: str,
    code: str,
    num: str,
    scale: str | None,
    country: Callable[[], currencies.Where],
) -> bool:
    """Whether an ISO code glued to a plain one- or two-digit number (RE_GLUED_CODE_NUMBER) is a
    name's letters and number, the currency tender in none of the article's countries."""
    if scale or len(sign) != 3 or RE_GLUED_CODE_NUMBER.match(body, start) is None:
        return False
    end = start + len(sign) + len(num)
    if not num.isdigit() or price_unit(body, end) or _paid_noun_after(body, end):
        return False
    if money_cue_before(body, start) or _paid_object(body, start, end, sign):
        return False
    words = body[max(0, start - 50) : start].split()[-PAID_OBJECT_WORDS:]
    if any(w in PAYMENT_VERBS or w in PRICE_VERBS for w in words):
        return False  # "traders paid GBP50 each": a sum paid
    return not currencies.is_used_in(code, country())


# a document's number after its letter: plain digits, no grouping, decimals or scale ("R23 of")
RE_PLAIN_CODE_NUMBER = re.compile(r"\.?\d{1,5}(?![\d,.]\d|\s*(?:bn|billion|mn|million|m|k|trillion)\b)")


# "R0" as epidemiology names the basic reproduction number: a lone nought glued to the letter, no
# more digits, decimals or scale after it ("an R0 of 2.5"); no amount of money is nothing
RE_R_NOUGHT = re.compile(r"R0(?!\w|[.,]\d|\s*(?:bn|billion|mn|million|m|k|trillion)\b)")


def sign_in_code(body: str, start: int, sign: str) -> bool:
    """Whether a letter sign is part of a code joined by a hyphen ("PLX-R18", "SU-R5"), not money;
    after an amount's digits the hyphen joins a range ("Sh2,850-Sh3,150", "R800-R950"). Also a
    document's number after its capitalised name word ("Proclamation R23 of 2021", "Regulation
    R45", NAME_WORDS), as South Africa's gazette numbers its regulations; "a R23 fee" is money.
    Also an airline's code after "flight" ("on flight QR 908": the flight's name) and the last
    letter of a dotted abbreviation ("H.R. 3684": a bill's name, no rand), and epidemiology's
    "R0" (RE_R_NOUGHT)."""
    if sign == "R" and RE_R_NOUGHT.match(body, start):
        return True  # "an R0 of 2.5": an epidemic's basic reproduction number, named, no rand
    if sign[:1].isalpha() and start > 1 and body[start - 1] == " " and body[start - 2].isalpha():
        word = previous_word(body[max(0, start - 24) : start])
        if word.lower() == "flight":
            after = start + len(sign) + (body[start + len(sign) : start + len(sign) + 1] == " ")
            return RE_PLAIN_CODE_NUMBER.match(body, after) is not None
        return word in NAME_WORDS and RE_PLAIN_CODE_NUMBER.match(body, start + len(sign)) is not None
    if sign[:1].isalpha() and start > 1 and body[start - 1] == "." and body[start - 2].isupper():
        return True  # "H.R. 3684": a letter of an abbreviation, no sign
    if not (sign[:1].isalpha() and start > 0 and body[start - 1] in "-‑"):
        return False
    low = re.search(rf"{re.escape(sign)}\d[\d,. ]*\Z", body[max(0, start - 24) : start - 1])
    return low is None  # "Sh2,850-Sh3,150": the same sign and an amount before the hyphen


def compound_currency(noun: str, country: Callable[[], currencies.Where]) -> str | None:
    """ISO code of a currency named after a number word and a hyphen ("a five-dollar bill", "a
    one-yen bid"), or None; "pound" is left out ("a five-pound bag" weighs)."""
    lower = noun.lower()
    if lower.startswith("pound") or lower in NOT_AFTER_NUMBERS or lower not in currency_names():
        return None  # not a currency: the article's country is not looked up
    return currencies.currency_for_name(lower, None if lower in ONE_CURRENCY else country())


@cache
def currency_names() -> frozenset[str]:
    """Every lower-case word `currencies.currency_for_name` knows (built once, on first use)."""
    return currencies.name_words() | frozenset(currencies.FIXED)


def name_currency(name: str, country: currencies.Where, year: int | None = None) -> str | None:
    """ISO code of a currency name or code written after an amount (a shared name as its
    country's currency in `year`, when given), or None."""
    if name.isupper() and len(name) == 3 and currencies.is_currency_code(name):
        return name  # a code; else a name in capitals ("2,435,000 YEN")
    if name.lower() in NOT_AFTER_NUMBERS:
        return None
    return currencies.currency_for_name(name, country, year)


def countries_of(source: str, context: str) -> tuple[str, ...]:
    """The article's countries, best first: its address's country domain (".pk", ".co.ke"), then
    the places, currencies and demonyms its text names, the most named first."""
    address = currencies.address_country(source)
    named = currencies.article_countries(context)
    return (address, *(c for c in named if c != address)) if address else named


# A year's four digits before a capitalised "Euros", as sports desks name the European
# Championship ("the 2024 Euros", "at the 1996 Euros"): the tournament's year, a year inside a
# name (rules, table 5); an amount of euros is grouped ("2,024 euros") and written in lower case
RE_YEAR_DIGITS = re.compile(r"(?:19|20)\d\d")


def scan_money(sc: Scanner) -> None:
    """Amounts with a sign or code before them, a symbol after them, or a name or code after them."""
    pats = patterns()
    anchors = money_anchors(sc, pats.sign_tail, pats.sign_ends)
    word_codes: set[str] = set()  # CODES_THAT_ARE_WORDS read before an amount so far
    road_lists = RoadLists()
    for m in sc.at(pats.prefix, anchors):
        cur = m.group("cur")
        home = not sign_allowed(cur)
        if (
            home
            and not home_letter_sign(cur, sc.countries)
            and not retired_in_its_year(sc.body, m.start(), cur)
            or sign_in_code(sc.body, m.start(), cur)
        ):
            continue
        if cur in SIGNS_AFTER_AMOUNT and RE_AMOUNT_BEFORE_SIGN.search(
            sc.body, max(0, m.start() - 3), m.start()
        ):
            continue  # "costs 65 kr. 12 people": the sign closes the amount before it
        code = sign_currency(cur, None if cur in ONE_CURRENCY else sc.countries())
        if code is not None and cur in COUNTRY_ONLY_SIGNS and not currencies.is_tender_in(code, sc.country()):
            continue  # "the DA 2,000 cases": no Algerian article, no dinar
        marked = marked_dollar(sc.body, m.start()) if cur == "$" else None
        if cur == "$" and marked is None:
            marked = (
                named_after_sign(sc, m.end())
                or compared_dollar(sc, m.start())
                or local_dollar(sc, m.start(), m.end())
            )
        if marked is not None:
            code = marked
        if code is None:
            continue
        if (
            len(cur) == 2
            and cur.isupper()
            and m.group("scale") is None
            and sc.body[m.start("num") - 1 : m.start("num")] == " "
            and airline_flight_number(sc.body, m.start("num"), m.end("num"))
            and not money_cue_before(sc.body, m.start())
        ):
            continue  # "QR 632 to Doha returned after take-off": a flight's name, Qatar Airways' code
        if code in currencies.NEW_UNITS and not RE_IN_OLD_UNITS.match(sc.body, m.end()):
            # "GHC 8 billion" in a Ghanaian story: the cedi of today, in the old cedi's letters
            code = currencies.code_written_today(
                code, sc.country(), sentence_year(sc.body, m.start(), m.end())
            )
        num = m.group("num")
        if word_code_without_amount(cur, num, m.group("scale"), word_codes):
            continue  # "ALL 5 solutions": a word in capitals
        if cur in CODES_THAT_ARE_WORDS:
            word_codes.add(cur)  # "MAD 143 billion": a later "MAD 10" is money too
        if plain_sign_abroad(cur, code, num, m.group("scale"), sc.country):
            continue  # "the SR 520 bridge" in a US story: a road's name
        if glued_code_abroad(sc.body, m.start(), cur, code, num, m.group("scale"), sc.country):
            continue  # "COP29 in Baku": a conference's name, not Colombian pesos
        if _debt_named(sc.body, m.start(), m.end(), cur, num, m.group("scale")):
            continue  # "the benchmark R2030 bond": the bond's name
        if _letters_of_a_name(sc.body, m.start(), m.end(), cur, num, m.group("scale")):
            continue  # "the Kz 2 model", "the FRW 1 league": a name's letters and number
        if _road_named(sc.body, m.start(), m.end(), cur, num, m.group("scale"), road_lists):
            continue  # "on the R45", "Kleinrivier Manor, R45, Franschhoek": a road's name
        if (
            (home or cur in PLAIN_NEEDS_PRICE_SIGNS)
            and _unpriced_plain(sc, num, m.group("scale"), m.start(), m.end())
            and not (home and (_each_after(sc.body, m.end()) or _paid_noun_after(sc.body, m.end())))
        ):
            continue  # "the KM5 post": a kilometre post, not five marks; "Block DT 4": a name
        value = N.parse_a_scale(num) if num[0].isalpha() else N.parse_amount(num, m.group("scale"))
        if (
            cur.endswith("$")
            and not m.group("scale")
            and value < ODDS_PRICE_MAX
            and RE_ODDS_NOUN_AFTER.match(sc.body, m.end())
        ):
            sc.claim(m.start(), m.end())
            continue  # "the $7.40 favourite": fixed odds, a ratio
        tail = RE_GLUED_HIGH.match(sc.body, m.end()) if sc.body[m.end() : m.end() + 1] in "-–" else None
        if tail is not None and not tail.group("scale") and RE_SPACED_SCALE.match(sc.body, tail.end()):
            tail = None  # "€10-12 million": the scale is spaced, the range is read whole by compose
        if tail is not None and num[0].isdigit() and m.group("scale") in (None, tail.group("scale")):
            # (a scale on the first amount alone, "$2m-3", leaves the second a plain number: no range)
            high = N.parse_amount(tail.group("num"), tail.group("scale"))
            low = N.parse_amount(num, tail.group("scale"))
            if low < high and sc.free(m.start(), tail.end()):
                # "£20-25m", "€2m-3m": one range, the scale written on the second amount (or both)
                s, e = m.start(), tail.end()
                sc.claim(s, e)
                span = f"{N.normalise_number(low)}/{N.normalise_number(high)}"
                sc.add(Figure(s, e, (m.start("num"), e), span, code, "money", money_subject(sc, e)))
                continue
        cents = _comma_cents(sc.body, m.end(), num, m.group("scale"))
        if cents:  # "N$32,50 per cubic metre": a decimal comma before the cents
            value = N.parse_amount(f"{num}.{cents.group(1)}")
        if code in currencies.OLD_UNITS and RE_IN_OLD_UNITS.match(sc.body, m.end()):
            code = currencies.OLD_UNITS[code]  # "(Le 90,000 in old leones)": the unit before redenomination
        _add_money(sc, m, value, code, m.start("num"), cents.end() if cents else None)
    for m in sc.at(pats.symbol_after, sc.digits_then(pats.symbol_after_followers)):
        cur = m.group("cur")
        if cur.endswith(".") and not is_symbol(cur) and is_symbol(cur[:-1]):
            # "costs 500 FCFA.": the full stop ends the sentence, not the sign
            m = pats.symbol_after.match(sc.body, m.start(), m.end() - 1) or m
            cur = m.group("cur")
        code = sign_currency(cur, sc.countries()) if is_symbol(cur) else None
        if (
            code is not None
            and (cur in COUNTRY_ONLY_SIGNS or cur in AFTER_ONLY_IN_COUNTRY)
            and not currencies.is_tender_in(code, sc.country())
        ):
            continue  # "Bayern 4 FC Porto 0": a club's name
        if cur in PRICE_ONLY_AFTER and not (
            price_unit(sc.body, m.end())
            or money_cue_before(sc.body, m.start())
            or _paid_object(sc.body, m.start(), m.end(), cur)
            or _after_joined_amount(sc.body, m.start(), cur)
            or _money_used(sc.body, m.start(), m.end())
        ):
            continue  # "shipped 2.1 million MT of coal": tonnes
        if cur in PLAIN_NEEDS_PRICE_SIGNS and _unpriced_plain(
            sc, m.group("num"), m.group("scale"), m.start("num"), m.end(), cur
        ):
            continue  # "covered 450 KM": kilometres in capitals, not marks
        if code is not None and not plain_sign_abroad(
            cur, code, m.group("num"), m.group("scale"), sc.country
        ):
            _add_money(sc, m, N.parse_amount(m.group("num"), m.group("scale")), code, m.start("num"))
    for m in sc.at(pats.suffix, sc.digits_then(pats.suffix_followers), sc.words, sc.a_scales):
        if RE_MINOR_AFTER_NAME.match(sc.body, m.end()):
            continue  # "9.4 euro cents": the euro's minor unit (scan_minor_money), not euros
        if m.group("a"):
            value = N.parse_a_scale(m.group("a"))
            core = m.start("a")
        else:
            num = m.group("num")
            scale = m.group("scale")
            if num[0].isdigit() and sc.is_name_or_code(m.start("num"), m.end("num")):
                continue  # "1/2 pound": a fraction
            if (
                scale in ("m", "b", "k", "K", "B", "M")
                or num[0].isdigit()
                or sc.sentence_start_or_lower(m.start("num"), num)
            ):
                value = N.parse_amount(num, scale)
            else:
                continue
            core = m.start("num")
        cur = m.group("cur")
        if m.group("num") and word_code_without_amount(cur, m.group("num"), m.group("scale")):
            continue  # "3 ALL": a word in capitals
        if cur == "Euros" and not m.group("scale") and RE_YEAR_DIGITS.fullmatch(m.group("num")):
            continue  # "the 2024 Euros": the European Championship's year (scan_years), no euros
        if m.group("num") and _ratio_term(sc.body, m.start("num"), m.end("num"), m.group("num")):
            continue  # "nine out of ten dollars we raise": a ratio (rules, table 8), no amount
        if cur.lower() == "sterling" and RE_STERLING_SILVER_AFTER.match(sc.body, m.end()):
            continue  # "925 sterling silver": the silver's purity (scale_readings.RE_HALLMARK), no money
        if cur.lower() in ("pounds", "pound") and (
            (not m.group("scale") or _of_goods_after(sc.body, m.end()))
            and pounds_weigh(sc)
            and not price_unit(sc.body, m.end())
            and not RE_MONEY_CONVERSION_AFTER.match(sc.body, m.end())
            and not money_cue_before(sc.body, m.start())
            or sentence_fact(sc, "weighs", m.start(), sc.weight_sentence)
            or goods_weighed_after(sc.body, m.end())
            or pack_weighed_before(sc.body, m.start())
            or weighed_before(sc.body, m.start(), m.end())
            or thrust_after(sc.body, m.end())
        ):
            continue  # "lost 14 pounds", "418 pounds of cocaine", "sacks of 50 pounds": weight; "of thrust" a force
        minor = MINOR_CURRENCY_UNITS.get(cur.lower())
        if minor in MINOR_UNIT_COUNTRIES and minor_unit_here(sc, m.start(), minor):
            continue  # "250 dirhams" in Tripoli: the dinar's minor unit (scan_minor_money)
        if cur.lower() in ("shilling", "shillings") and _old_shillings(sc, m.group("scale")):
            if sc.free(m.start(), m.end()):  # "two shillings" in Dublin: the old pound's part
                sc.claim(m.start(), m.end())
                figure = Figure(
                    m.start(), m.end(), (core, m.end()), N.normalise_number(value), "other", "money"
                )
                sc.add(figure._replace(subject="(unit: shillings)"))
            continue
        shared = cur.lower() not in ONE_CURRENCY
        year = sentence_year(sc.body, m.start(), m.end()) if shared else None
        code = name_currency(cur, sc.countries() if shared else None, year)
        if (
            code is not None
            and cur.lower() in PLAIN_NEEDS_PRICE_NAMES
            and m.group("num")
            and year is None
            and _unpriced_plain(sc, m.group("num"), m.group("scale"), m.start("num"), m.end(), cur)
        ):
            continue  # "six punts", "85 marks" with no price: kicks and scores
        if code in currencies.STERLING_PAR_POUNDS and cur.lower() in ("pounds", "pound"):
            code = "GBP"  # "fined 4,000 pounds" in Gibraltar: sterling, as "£4,000" there is
        if code is not None and _verb_not_currency(
            cur, m.group("num"), m.group("scale"), code, sc.country, sc.body, m.end()
        ):
            continue  # "Of the 40 candidates, 12 won seats": the verb, in a story about no won's country
        if code in currencies.OLD_UNITS and m.group("age") == "old":
            code = currencies.OLD_UNITS[code]  # "40,000 old cedis": the unit before redenomination
        if code is not None and not (m.group("num") and _dashed_range(sc, m, value, code)):
            _add_money(sc, m, value, code, core)
    scan_country_letter_signs(sc)
    scan_million_signs(sc)
    scan_compound_money(sc, pats.compound)
    scan_grand(sc)
    scan_paid_plain(sc)


# "50 grand", "paid 20 grand for each": thousands of the article's money in slang, when the clause
# goes on after "grand" with a function word or ends there ("24 grand slams", "two grand old
# parties" are no money); the currency is the article's country's (USD when it has none, as a bare
# "$" is: rules, table 3)
RE_GRAND = re.compile(r"(?<![\w.,$£€])(?P<num>\d{1,3}(?:,\d{3})*(?:\.\d+)?|\d+(?:\.\d+)?) grand(?![\w-])")
RE_GRAND_ENDS = re.compile(r"\s*(?:[.,;:!?)\"”’']|\Z)|\s+(?P<word>[a-z]+)\b")
GRAND_FOLLOWERS = N.Followers(("grand",))
GRAND_AFTER_WORDS = FUNCTION_WORDS | frozenset(
    ("cash", "apiece", "each", "upfront", "plus", "up", "down", "more")
)


def scan_grand(sc: Scanner) -> None:
    """Thousands of money in slang after a number (see above)."""
    for m in sc.at(RE_GRAND, sc.digits_then(GRAND_FOLLOWERS)):
        after = RE_GRAND_ENDS.match(sc.body, m.end())
        if after is None or after.group("word") and after.group("word") not in GRAND_AFTER_WORDS:
            continue
        code = currencies.home_currency(sc.countries()) or "USD"
        _add_money(sc, m, N.parse_amount(m.group("num"), None) * 1000, code, m.start("num"))


def _old_shillings(sc: Scanner, scale: str | None) -> bool:
    """Whether "shillings" are the old pound's part (vocab.OLD_SHILLING_COUNTRIES): the article's
    country had them, no country of the article has a shilling (CLDR's, currencies.codes_named) as
    tender today ("Kenya will pay 90 billion shillings", datelined London) and no scale word stands
    before them."""
    if scale or sc.country() not in OLD_SHILLING_COUNTRIES:
        return False
    return not any(
        currencies.is_tender_in(code, sc.countries()) for code in currencies.codes_named("shillings")
    )


# what shows a text counts money in pounds sterling whatever its country: the sign, the name
POUND_MONEY_MARKS = ("£", "sterling", "gbp", "british pound")


# a conversion into another currency in brackets right after an amount: "500 pounds ($630)"
RE_MONEY_CONVERSION_AFTER = re.compile(r"\s*\((?:[a-z]+\s){0,2}(?:[A-Z]{0,3}\$|€|¥|[A-Z]{3}\s?\d)")


# what money's pounds are "of" ("5 million pounds of investment", "pounds of taxpayers' money"):
# the nouns of what a sum is (vocab.FUNDS_NOUNS), money itself, spending and debt, besides the
# nouns of money paid (vocab.PAID_NOUNS)
MONEY_OF_NOUNS = FUNDS_NOUNS | frozenset("money spending debt debts".split())
RE_OF_NOUN_AFTER = re.compile(r" of ([a-z]+)\b(?!['’])")


def _of_goods_after(body: str, end: int) -> bool:
    """Whether "of" and a noun that is no money's follow `end`: in a text whose pounds weigh, "3
    million pounds of almonds" weighs with its scale ("2 million pounds of funding" stays money)."""
    m = RE_OF_NOUN_AFTER.match(body, end)
    return m is not None and m.group(1) not in MONEY_OF_NOUNS and m.group(1) not in PAID_NOUNS


def pounds_weigh(sc: Scanner) -> bool:
    """Whether "pounds" after a plain number weigh throughout the text: it is about a country whose
    money is no pound (the Philippines, the United States, Ghana), or names no country but writes
    its money in "$", and never marks money in pounds sterling (POUND_MONEY_MARKS). "The boxer shed 12 pounds" in a Manila story weighs; "a ticket
    rose 18 pounds" in a London story, or in a Manila story that writes "£" elsewhere, is money,
    and so is a price quoted per unit of goods, converted in brackets or named by a verb of price
    or a noun of money paid ("cocoa at 5,200 pounds a tonne", "a fine of 500 pounds ($630)",
    "sold for 900 pounds": the caller's tests)."""

    def fact() -> bool:
        country = sc.country()
        if country is None:
            # no place the text names (a Guam fishing page naming only its villages): its money in
            # "$" is the evidence, a dollar country's press, whose pounds weigh
            return "$" in sc.body and not any(mark in sc.lower for mark in POUND_MONEY_MARKS)
        if currencies.is_tender_in(currencies.currency_for_name("pounds", country) or "", country):
            return False
        return not any(mark in sc.lower for mark in POUND_MONEY_MARKS)

    return text_fact(sc, "pounds weigh", fact)


# Currency names that are also a common English verb after a count ("Of the 40 candidates, 12 won
# seats", "14 won at home"): before a plain number (no scale, decimals or digit grouping) they are
# money only in an article about a country that uses the currency; "3,000 won", "1.2 trillion won"
# are money anywhere.
VERB_NAMES = frozenset(("won",))


def _verb_not_currency(
    name: str,
    num: str | None,
    scale: str | None,
    code: str,
    country: Callable[[], currencies.Where],
    body: str = "",
    end: int | None = None,
) -> bool:
    """Whether a name of VERB_NAMES after a plain number is the verb, not money (see above)."""
    if name.lower() not in VERB_NAMES or scale or (num and any(c in num for c in ".,")):
        return False
    if end is not None and RE_VERB_OBJECT_AFTER.match(body, end):
        return True  # "12 won approval", "three won the vote": the verb with its object, even in Seoul
    return not currencies.is_used_in(code, country())


# what "won" takes as a verb right after it: a determiner or a noun of what is won; an amount in
# won is followed by what it buys or is quoted for ("500 won a kilo", "1,200 won per litre")
RE_VERB_OBJECT_AFTER = re.compile(
    r"\s+(?:the|their|his|her|its|our|approval|praise|backing|support|seats?|votes?|awards?|medals?"
    r"|titles?|races?|matches|games|places|prizes?|contracts?|bids?|gold|silver|bronze|re-election)\b"
)


# Signs one country's press writes after an amount for millions of its currency: sign -> (country,
# currency). Tunisia's press writes "1,873.9 MD" (or "MDT") for 1.9 billion dinars; elsewhere "MD"
# is a doctor's degree ("Jane Roe, MD") or Maryland ("Baltimore, MD 21201"), so the sign is read
# only in an article about its country.
MILLION_SIGNS: dict[str, tuple[str, str]] = {"MD": ("TN", "TND"), "MDT": ("TN", "TND")}
RE_MILLION_SIGN = re.compile(
    rf"(?<![\w.,])(?P<num>{N.DIGITS_LOOSE})\s?(?P<cur>{'|'.join(sorted(MILLION_SIGNS, key=len, reverse=True))})(?![\w])"
)
MILLION_SIGN_FOLLOWERS = N.Followers(MILLION_SIGNS)


def scan_million_signs(sc: Scanner) -> None:
    """Amounts in millions of a currency, written with a sign of MILLION_SIGNS after them, in an
    article about that sign's country ("200 MD" in a Tunisian article: 200 million dinars)."""
    anchors = sc.digits_then(MILLION_SIGN_FOLLOWERS)
    if not anchors:  # most articles have none: the country is not looked up
        return
    for m in sc.at(RE_MILLION_SIGN, anchors):
        country, code = MILLION_SIGNS[m.group("cur")]
        if sc.country() != country:
            continue
        _add_money(sc, m, N.parse_amount(m.group("num"), "million"), code, m.start("num"))


def _dashed_range(sc: Scanner, m: re.Match[str], high: float, code: str) -> bool:
    """Add one range of money when a lower amount and a dash stand right before the amount of a
    suffix match ("150-200 euros", "3-4 million rupees"); whether it was added."""
    start = m.start("num")
    if not m.group("num")[0].isdigit() or sc.body[start - 1 : start] not in ("-", "–", " "):
        return False
    found = RE_DASHED_LOW_BEFORE.search(sc.body, max(0, start - 24), start)
    if found is None or not sc.free(found.start(), m.end()):
        return False
    low = N.range_low(found.group("low"), m.group("num"), high, m.group("scale"))
    if not low < high:
        return False
    s, e = found.start(), m.end()
    sc.claim(s, e)
    span = f"{N.normalise_number(low)}/{N.normalise_number(high)}"
    sc.add(Figure(s, e, (s, e), span, code, "money", money_subject(sc, e)))
    return True


def _ratio_term(body: str, start: int, end: int, number: str) -> bool:
    """Whether a number before a currency name is the second term of a ratio ("nine out of ten
    pesos", "one in five dollars"): count_results.in_ratio, imported here as count_results imports this module."""
    if body[max(0, start - 8) : start].rstrip()[-2:] not in ("in", "of"):
        return False  # the cheap test first: no "in" or "out of" right before the number
    from .count_results import in_ratio

    return in_ratio(body, start, end, number)


HYPHEN_FOLLOWER = N.Followers(("-",))


# nouns of money after "N-pound" ("a 20-pound note", "a 50-pound fine"): the pounds are money, where
# before any other noun they weigh ("a 5-pound bag")
RE_MONEY_NOUN_AFTER = re.compile(
    r"\s+(?:notes?|coins?|fines?|bills?|tickets?|vouchers?|bets?|fees?|prizes?|rises?|cuts?|payments?)\b"
)


def scan_compound_money(sc: Scanner, compound: re.Pattern[str]) -> None:
    """Digits joined to a currency name by a hyphen, a scale word between or not, as a compound
    adjective: an amount ("a 20-baht fare", "the 500-rupee note", "a 163.2-billion-baht line");
    pounds only before a noun of money, as they weigh as often ("a 20-pound note"; "a 5-pound
    bag"), and no names that are plain words after a number (NOT_AFTER_NUMBERS: "the 1,000-mark")."""
    for m in sc.at(compound, sc.digits_then(HYPHEN_FOLLOWER)):
        cur = m.group("cur").lower()
        if cur.startswith("pound") and not RE_MONEY_NOUN_AFTER.match(sc.body, m.end()):
            continue
        if cur in NOT_AFTER_NUMBERS or not sc.free(m.start(), m.end()):
            continue
        code = name_currency(m.group("cur"), None if cur in ONE_CURRENCY else sc.countries())
        if code is not None:
            _add_money(sc, m, N.parse_amount(m.group("num"), m.group("scale")), code, m.start("num"))


# a plain number a verb of paying takes, "for" and what it bought right after it ("I paid 250 for
# a sack", "she spends 40 for the bus"): the sum paid, in the currency of the amount the article
# wrote last before it; "paid 250 workers" counts the workers, and with no amount before it the
# number stays what it was. A verb of spending takes "on" as well ("she spent 40 on drinks").
RE_PAID_PLAIN = re.compile(r"(?P<num>\d{1,3}(?:,\d{3})*(?:\.\d{1,2})?|\d+(?:\.\d{1,2})?) (?P<prep>for|on)\b")
RE_PAY_VERB_BEFORE = re.compile(r"\b(?:paid|pay|pays|paying|spent|spend|spends|spending)\s\Z", re.IGNORECASE)
PAID_PLAIN_FOLLOWERS = N.Followers(("for", "on"))  # what RE_PAID_PLAIN reads after the number


def scan_paid_plain(sc: Scanner) -> None:
    """Plain numbers paid for something, after an amount of money in the article (see above)."""
    body = sc.body
    found = [
        m
        for m in sc.at(RE_PAID_PLAIN, sc.digits_then(PAID_PLAIN_FOLLOWERS))
        if (verb := RE_PAY_VERB_BEFORE.search(body, max(0, m.start() - 9), m.start()))
        and (m.group("prep") == "for" or verb.group(0).lower().startswith("spen"))
    ]
    if not found:
        return
    amounts = sorted((f.start, f.unit) for f in sc.figures if f.kind == "money" and len(f.unit) == 3)
    starts = [a for a, _ in amounts]
    for m in found:
        i = bisect_left(starts, m.start())
        if i == 0 or not sc.free(m.start(), m.end("num")):
            continue
        code = amounts[i - 1][1]
        sc.claim(m.start(), m.end("num"))
        value = N.normalise_number(N.parse_amount(m.group("num"), None))
        subject = money_subject(sc, m.end("num"), m.start())
        sc.add(Figure(m.start(), m.end("num"), (m.start(), m.end("num")), value, code, "money", subject))


def country_letter_code(sign: str, countries: tuple[str, ...]) -> str | None:
    """The currency a sign of COUNTRY_LETTER_SIGNS stands for: that of the best-ranked of the
    article's countries whose press writes it ("K" in a Port Moresby story that names Australia
    more often: the kina), or None."""
    local = COUNTRY_LETTER_SIGNS[sign]
    return next((local[c] for c in countries if c in local), None)


def scan_country_letter_signs(sc: Scanner) -> None:
    """Amounts after a letter sign only the article's country writes ("N15 billion" in a Nigerian
    article: NGN), as amounts only ("N95 masks", "N1 highway" are names)."""
    scan_spaced_country_letter_signs(sc)
    anchors = country_sign_anchors(sc.body, sc.digits)
    if not anchors:  # most articles have none: the country is not looked up
        return
    countries = sc.countries()
    last_amount = -1  # where the last amount read ends: a plain one after it in its sentence carries the sign
    for m in sc.at(RE_COUNTRY_LETTER_AMOUNT, anchors):
        code = country_letter_code(m.group("cur"), countries)
        num, scale = m.group("num"), m.group("scale")
        if code is None:
            continue
        cents = _comma_cents(sc.body, m.end(), num, scale)
        if (
            cents is None
            and not (scale or any(c in num for c in ".,\u00a0\u202f "))
            and not (plain_letter_amount(sc, m.start(), m.end(), num, last_amount, m.group("cur")))
        ):  # "N95 masks" is a name; "to N1,120/litre from N960" is a second amount
            continue
        value = N.parse_amount(f"{num}.{cents.group(1)}") if cents else N.parse_amount(num, scale)
        _add_money(sc, m, value, code, m.start("num"), cents.end() if cents else None)
        last_amount = cents.end() if cents else m.end()


# A country's letter sign with one space before an amount ("maize costs K 97,400 a tonne", "a
# fine of D 25,000"): an amount in that country's article only as an amount with a scale word
# ("the agency collected Q 2.1 billion": no name takes a scale), or a full amount (digit grouping,
# by commas, points or spaces, or decimals) that is priced (a price verb or a noun of what is paid
# before it, or a unit it is quoted per after it), or a plain number that is both, or priced after
# "at" or "for" ("sells charcoal at K 150 a bag"); "the N 2 road", "the K 9 unit" stay unread
RE_SPACED_COUNTRY_LETTER_AMOUNT = re.compile(
    rf"(?<![\w.\-‑/])(?P<cur>{'|'.join(map(re.escape, COUNTRY_LETTER_SIGNS))}) (?P<num>{N.DIGITS_LOOSE})"
    rf"(?:\s(?P<scale>{N.SCALE_WORD}))?(?![\w\-‑])"
)


RE_CENTS_DECIMALS = re.compile(r"\.\d\d\Z")
# what makes an amount's digits more than a plain number: a thousands group (by a comma, a point, or
# a space as Southern African copy writes "E 5 000") or decimals
GROUP_OR_DECIMAL_MARKS = ".,\u00a0\u202f "


def scan_spaced_country_letter_signs(sc: Scanner) -> None:
    """Amounts after a country's letter sign and one space (see above)."""
    body = sc.body
    starts = [
        d - 1 - len(sign)
        for d in sc.digits
        if d >= 2 and body[d - 1] == " " and body[d - 2] in COUNTRY_SIGN_ENDS
        for sign in COUNTRY_LETTER_SIGNS
        if d - 1 >= len(sign) and body.startswith(sign, d - 1 - len(sign))
    ]
    for start in starts:
        m = RE_SPACED_COUNTRY_LETTER_AMOUNT.match(body, start)
        if m is None:
            continue
        num, scale = m.group("num"), m.group("scale")
        if not (scale or any(c in num for c in GROUP_OR_DECIMAL_MARKS)) and not (
            priced_per(body, m.end())
            and (money_cue_before(body, m.start()) or body.endswith((" at ", " for "), 0, m.start()))
        ):
            continue  # a plain number only both priced and paid ("sell it at K 180 per bag")
        code = country_letter_code(m.group("cur"), sc.countries())
        if code is None:
            continue
        cents_at = RE_CENTS_DECIMALS.search(num) and body.endswith((" at ", " for "), 0, m.start())
        if not (scale or priced_per(body, m.end()) or money_cue_before(body, m.start()) or cents_at):
            continue  # (a price in cents after "at" or "for": "sell a bag at K 310.50")
        if sc.free(m.start(), m.end()):
            _add_money(sc, m, N.parse_amount(num, scale), code, m.start("num"))


# words before a plain amount that compare it with an amount just read ("firmed from about K27")
RE_COMPARED_BEFORE = re.compile(
    r"\b(?:from|to|against|than|versus|vs\.?)\s+(?:(?:about|around|roughly|nearly|some|almost)\s+)?\Z"
)
RE_AMOUNT_JOIN = re.compile(r"\s+(?:to|and|or)\s+|\s*[-–]\s*")  # "from N50 to N70": the second amount
# the high end of a pair of letter-sign amounts right after the low one ("K150 to K180 per bag")
RE_JOINED_SIGN_AFTER = re.compile(
    r"(?:\s+(?:to|and|or)\s+|\s*[-–]\s*)(?P<cur>[A-Z]{1,2})(?P<num>\d[\d,.]*\d|\d)(?![\w-])"
)


RE_NEXT_NOUN = re.compile(r" ([a-z]+)\b")
# a word after how often a sum is paid, hyphened or not ("monthly scarce-skills allowance")
RE_NEXT_MODIFIER = re.compile(r" ([a-z]+(?:-[a-z]+)*)(?![\w\-‑])")


# how often a sum is paid, an adjective before the noun of money paid ("a P500 monthly allowance")
PAYMENT_PERIOD_ADJECTIVES = frozenset("hourly daily weekly monthly yearly annual".split())
KIND_WORDS_BEFORE_PAID = 2  # the words that may name the sum's kind between how often and its noun


def _paid_noun_after(body: str, end: int) -> bool:
    """Whether a noun of money paid (vocab.PAID_NOUNS) follows `end`, after how often it is paid
    and at most two words naming its kind, or right after the amount: "a K20 fee", "a Cg 150
    bonus", "a P500 monthly allowance", "a P900 monthly scarce-skills allowance", "a P15 daily
    parking charge"."""
    paid = RE_NEXT_NOUN.match(body, end)
    if paid is None or paid.group(1) not in PAYMENT_PERIOD_ADJECTIVES:
        return paid is not None and paid.group(1) in PAID_NOUNS
    at = paid.end()
    for _ in range(KIND_WORDS_BEFORE_PAID + 1):
        word = RE_NEXT_MODIFIER.match(body, at)
        if word is None or word.group(1) in FUNCTION_WORDS:
            return False
        if word.group(1) in PAID_NOUNS:
            return True
        at = word.end()
    return False


# a sum paid on top, then what it is quoted for: "P628 more a month", "K50 extra per bag"
RE_ADDED_AFTER = re.compile(r" (?:more|extra|less)\b")


def _added_per(body: str, end: int) -> bool:
    """Whether "more", "extra" or "less" and a unit or span a price is quoted for follow `end`."""
    added = RE_ADDED_AFTER.match(body, end)
    return added is not None and priced_per(body, added.end())


# an amount after "to", then "from" and an amount of the same sign ("to E165 from E148", "to K3 from
# K2"): a new level, then the old one (a road or a model is named after "the": "to the M4")
RE_TO_BEFORE = re.compile(r"\bto\s\Z")
RE_FROM_SIGN_AFTER = re.compile(r"\s+from\s+(?P<cur>[A-Z]{1,2})\d")


def _new_level_before_old(body: str, start: int, end: int, sign: str) -> bool:
    """Whether a letter-sign amount from `start` to `end` follows "to" and comes before "from" and an
    amount of the same sign: a new level set against the old one."""
    if RE_TO_BEFORE.search(body, max(0, start - 4), start) is None:
        return False
    old = RE_FROM_SIGN_AFTER.match(body, end)
    return old is not None and old.group("cur") == sign


def plain_letter_amount(
    sc: Scanner, start: int, end: int, num: str, last_amount: int, sign: str = ""
) -> bool:
    """Whether a plain number (no scale, decimals or grouping) after a country's letter sign is an
    amount: quoted per unit or per span of time ("K650 per kilogramme", "K20 a month"), named as money
    paid just before it ("a fee of K20", "a rise to K3"), joined to the amount before it ("from N50 to
    N70"), the low end joined to a second amount of the same sign that is one ("K150 to K180 per
    bag", "D40-D60 a day"), a second amount in the sentence of a first (three digits or more, or
    two after a comparing word: "from about K27"), or the sum a verb of payment names ("had been
    fined K150 each", "paid K40.")."""
    if priced_per(sc.body, end) or money_cue_before(sc.body, start) or _each_after(sc.body, end):
        return True
    if _paid_object(sc.body, start, end, sign) and not sc.body.endswith(DETERMINER_ENDS, 0, start):
        return True  # (not "were fined on the M1.": a road, after its article)
    if _paid_noun_after(sc.body, end):
        return True  # "a K20 fee", "a M20 toll": the sum paid, before its noun ("the M25 motorway" is a name)
    if _added_per(sc.body, end):
        return True  # "P628 more a month": a rise in pay (a name's letters take no "more a month")
    if _new_level_before_old(sc.body, start, end, sign):
        return True  # "raises the daily rate to E165 from E148": the new level, then the old one
    high = RE_JOINED_SIGN_AFTER.match(sc.body, end)
    if (
        high is not None
        and high.group("cur") == sign
        and (priced_per(sc.body, high.end()) or any(c in high.group("num") for c in ".,"))
    ):
        return True
    if last_amount < 0 or sc.sentence_bounds(start)[0] >= last_amount:
        return False
    if RE_AMOUNT_JOIN.fullmatch(sc.body, last_amount, start):
        return True
    return len(num) >= 3 or (
        len(num) == 2 and RE_COMPARED_BEFORE.search(sc.body, max(0, start - 30), start) is not None
    )


# words after "a" that make no unit a price is quoted for ("a few", "a lot", "climbed K2 a second time")
NOT_EACH_NOUNS = frozenset(
    "few lot little bit couple while second third fourth fifth record total new further".split()
)


def _each_after(body: str, end: int) -> bool:
    """Whether "a" or "an" and a noun, the thing one of which the amount buys, follow `end`: after a
    country's letter sign and a number, "P25 a stick", "K40 a bundle" are prices (a name's letters
    and number are never followed so: "the M4 motorway", "the P1 grade")."""
    m = _price_unit_match(body, end)
    return (
        m is not None
        and m.group("a") in ("a", "an")
        and m.group("unit") not in FUNCTION_WORDS
        and m.group("unit") not in NOT_EACH_NOUNS
    )


# what names money right before a letter sign and a plain number: a noun of what is paid ("a fee
# of K20", "fines of up to K300") or a change of it ("a rise to K3", "cut from P25")
PRICE_HEDGE = r"(?:(?:up\s+to|about|around|nearly|almost|over|only|just|between)\s+)?"  # "of up to", "costs about", "at just"
RE_MONEY_CUE_BEFORE = re.compile(rf"\b(?P<word>[a-z]+)\s+(?:of|to|from|at)\s+{PRICE_HEDGE}\Z")


# ... or a verb of price, with "for" or "at" after it or none ("costs K280", "sells for P14")
RE_PRICE_VERB_BEFORE = re.compile(rf"\b(?P<word>[a-z]+)\s+(?P<prep>(?:for|at)\s+)?{PRICE_HEDGE}\Z")


def money_cue_before(body: str, start: int) -> bool:
    """Whether a noun of money paid (vocab.PAID_NOUNS) or a change word, then "of", "to", "from" or
    "at", or a verb of price (vocab.PRICE_VERBS), stands right before an amount starting at `start`."""
    m = RE_MONEY_CUE_BEFORE.search(body, max(0, start - 40), start)
    if m is not None and (m.group("word") in PAID_NOUNS or m.group("word") in CHANGE_WORDS):
        return True
    m = RE_PRICE_VERB_BEFORE.search(body, max(0, start - 40), start)
    if m is None or m.group("word") not in PRICE_VERBS:
        return False
    return bool(m.group("prep")) or m.group("word") not in SELLING_VERBS  # "will sell E10 fuel"


COUNTRY_SIGN_ENDS = frozenset(sign[-1] for sign in COUNTRY_LETTER_SIGNS)


def country_sign_anchors(body: str, digits: list[int]) -> list[int]:
    """Where a letter sign of COUNTRY_LETTER_SIGNS stands glued before a digit run (`digits`:
    the runs' starts, ascending), in order: the only places RE_COUNTRY_LETTER_AMOUNT can match
    (a scan of the whole text for the sign costs far more)."""
    found: set[int] = set()
    for d in digits:
        if d and body[d - 1] in COUNTRY_SIGN_ENDS:
            found.update(
                d - len(sign)
                for sign in COUNTRY_LETTER_SIGNS
                if d >= len(sign) and body.startswith(sign, d - len(sign))
            )
    return sorted(found)


def money_anchors(sc: Scanner, sign_tail: re.Pattern[str], sign_ends: frozenset[str]) -> list[int]:
    """Where an amount with a currency sign before it starts: the sign's start (looked for only
    where the last one or two characters before the number, or before one space, can end a sign)."""
    body = sc.body
    found = set()
    for d in sc.digits:
        if not d:
            continue
        c = body[d - 1]
        end = d  # where a sign would end: no sign ends in white space
        if c.isspace():
            end = d - 1
            if c == " " and d > 1:
                c = body[d - 2]
        if (c.isalpha() or not c.isascii() or c in "$./") and (
            body[end - 1 : end] in sign_ends or body[max(0, end - 2) : end] in sign_ends
        ):
            m = sign_tail.search(body, max(0, d - 8), d)
            if m:
                found.add(m.start())
    return sorted(found)


def _add_money(
    sc: Scanner, m: re.Match[str], value: float, code: str, core_start: int, end: int | None = None
) -> None:
    """A money figure over the whole match (or to `end`), unless part of it is claimed; not the one
    unit of currency an exchange rate is quoted per after a slash ("N1,450/$1": the base, no amount)."""
    s, e = m.start(), end or m.end()
    if not sc.free(s, e):
        return
    sc.claim(s, e)
    if (
        value == 1
        and s >= 2
        and sc.body[s - 1] == "/"
        and sc.body[s - 2].isdigit()
        and (sign := sc.body[s:core_start].strip())
        and sign not in sc.body[max(0, s - 16) : s - 1]
    ):
        return  # "closed at N1,450/$1", "Rs 83.2/US$1": the base of the rate (not "$5/$1", two prices)
    subject = quoted_base(sc.body, s, code) or money_subject(sc, e, s)
    sc.add(Figure(s, e, (core_start, e), N.normalise_number(value), code, "money", subject))


# "the pound traded at ¥143.85", "the euro rose to 0.97 Swiss francs", "the rouble traded at 1.1
# soms on Monday": an amount in one currency that another, named right before a verb of where it
# stands, is worth: an exchange rate
@cache
def _quoted_base_before() -> re.Pattern[str]:
    """The base currency, a verb of its level and "at" or "to", right before an amount."""
    verbs = "|".join(sorted(RATE_VERBS))
    return re.compile(
        rf"\b(?P<base>greenback|{rate_base_names()})\s+(?:{verbs})\s+(?:at|to)\s+\Z", re.IGNORECASE
    )


BASE_CODES = {"dollar": "USD", "greenback": "USD", "euro": "EUR", "pound": "GBP", "yuan": "CNY"}


def quoted_base(body: str, start: int, code: str) -> str:
    """ "<code> per <base>" when the amount starting at `start` is what a base currency named right
    before a verb of its level is worth ("the pound traded at ¥143.85": JPY per pound), else ""."""
    if body[max(0, start - 3) : start].lower() not in ("at ", "to "):
        return ""  # the cheap test first: no "at" or "to" right before the amount
    found = _quoted_base_before().search(body, max(0, start - 40), start)
    if found is None:
        return ""
    base = found.group("base").lower()
    if BASE_CODES.get(base) == code or code in currencies.codes_named(base):
        return ""  # "the shilling traded at Shs3,600": the currency's own level, no rate
    return f"{code} per {base}"


# Words after an amount that open its time or a comparison, not what it measures: "in 2024",
# "from April 1", "up from $2 million" (a number after them: a date or another figure; not "to"
# or "for", whose number counts the recipients: "$5 million to 300 families").
TIME_OPENERS = frozenset("in on from since by until during up down".split())
SPAN_OPENERS = frozenset(("over", "within", "across"))  # before a span an amount is paid over
SPAN_THEN_PURPOSE = frozenset(("for", "to", "on"))  # what an amount is for, after its span
# words that open another clause after an amount (vocab.CLAUSE_OPENERS), and "and": its words do
# not say what the amount measures ("$5 million and 300 tonnes of grain": two figures, two things);
# not "who", which after an amount describes the persons it is for ("£45,800 for those who
# finished in 2024": the debt of those who finished), so the noun phrase goes on
AMOUNT_CLAUSE_ENDS = (CLAUSE_OPENERS - {"who"}) | {"and"}
# finite verbs that, after the words that follow an amount, belong to the main clause ("$2m meant
# for clinics was"); right after the amount they are its own verb ("$5m was spent on roads")
FINITE_AFTER_PHRASE = frozenset("was were is are has have had will would".split())
# Words after an amount that say how it is reckoned, not what it measures: "30 million euros a
# day", "2,575 euros gross", "300 euros more" (the clause before the amount names it).
RECKONING_WORDS = frozenset("gross net more less extra".split())
PER_WORDS = frozenset("a an per each every".split())
PERIOD_NOUNS = frozenset("day week month year hour annum".split())


CONVERSION_WORDS = 5  # tokens inside a bracketed conversion, at most ("(about US$43 million)")


RE_PREMODIFIER_BEFORE = re.compile(r"\b(?:the|a|an|its|their|this|this year's)\s+\(?\Z", re.IGNORECASE)
# a possessive before an amount and its conversion: "Sunday's HK$4.5 million (US$578,000) Lantau Cup"
RE_POSSESSIVE_BEFORE = re.compile(r"\b[^\W\d_]+['’]s\s+\Z")


def _past_conversion(after: list[str], body: str, start: int) -> list[str]:
    """The words after an amount that modifies a name, past the conversion in brackets that
    follows it or past the bracket that closes the amount's own conversion: "the US$2mil
    (RM9.3mil) Harbour Open" names the Open for both amounts. Elsewhere the words after a
    bracket are the sentence's ("€40 million ($43 million) to rebuild": the clause before names it),
    but for an "in" phrase of a common noun that names the money past the conversion, as it would
    right after the amount ("¥90 billion (about $600 million) in new subsidies to the venture")."""
    if after[:1] not in ([")"], ["("]):
        return after  # the cheap test first: no bracket right after the amount
    premodifier = start >= 0 and (
        RE_PREMODIFIER_BEFORE.search(body, max(0, start - 16), start)
        or after[:1] == ["("]
        and RE_POSSESSIVE_BEFORE.search(body, max(0, start - 24), start)
    )
    if after[:1] == [")"]:
        rest = after[1:] if premodifier else after
    else:  # "(": past the conversion it opens
        rest = after
        for i, word in enumerate(after[1 : CONVERSION_WORDS + 2], 1):
            if word == ")":
                inside = after[1:i]
                rest = after[i + 1 :] if any(w[:1].isdigit() or w[-1:].isdigit() for w in inside) else after
                break
    if premodifier:
        if rest is not after and rest[:1] and rest[0].isalpha() and rest[0].lower() not in PHRASE_STOPS:
            return rest  # "a 1.4 billion lei (280 million euros) tender for bridges": the noun the amount modifies
        return rest if rest[:1] and rest[0][:1].isupper() and rest[0].isalpha() else after
    return rest if rest is not after and _names_in_kind(rest) else after


def _names_in_kind(words: list[str]) -> bool:
    """Whether words open with "in" and a lower-case word that is no function word nor a time
    ("in new subsidies", "in damages"; not "in the year", "in 2024", "in March", "in Kenya")."""
    return (
        len(words) > 1
        and words[0] == "in"
        and words[1].isalpha()
        and words[1].islower()
        and words[1] not in PHRASE_STOPS
        and words[1] not in PERIOD_NOUNS
        and words[1].rstrip("s") not in PERIOD_NOUNS
    )


# What "at" after an amount may name as the basis it is valued or converted on ("at the official
# rate", "at current prices", "at today's exchange rate"): no subject of the amount
VALUATION_BASES = frozenset(("rate", "rates", "prices"))
VALUATION_REACH = (
    9  # words after "at" read for the basis ("at the National Bank of Ruritania's official rate")
)


def _valuation_basis(words: list[str]) -> bool:
    """Whether the words after "at" name a valuation basis (VALUATION_BASES) before any
    punctuation ("at current prices"; not "at commercial banks, raising prices")."""
    for word in words:
        if not word[0].isalnum():
            return False
        if word.lower() in VALUATION_BASES:
            return True
    return False


def money_subject(sc: Scanner, end: int, start: int = -1) -> str:
    """Up to ten words after an amount, to the end of its clause ("for the UNHCR") or a phrase end
    before it ("to repair 120 kilometres of old railway track", not "... of old"), to a time
    before now ("Sh6,500 two years ago": a time, no subject) or to a phrase that opens with a
    number ("in 2024", "up from ₦2.8 billion": a date or another figure, no subject)."""
    s_start, s_end = sc.sentence_bounds(end)
    if start > 0 and sc.body[start - 1] == "(" and sc.body.startswith(")", end):
        priced = _priced_before_bracket(sc.body, max(s_start, start - PRICED_REACH), start - 1)
        if priced:
            return priced  # "the smoked trout (£9) is fine": the thing the bracketed amount prices
    words: list[str] = []
    after = _past_conversion(tokens_between(sc.body, end, min(s_end, end + 80)), sc.body, start)
    if _reckoning_words(after):
        return ""  # "30 million euros a day", "2,575 euros gross": the clause before names it
    if [w.lower() for w in after[:2]] == ["in", "default"]:
        return ""  # "fined D50,000 in default to serve a year": a fine's alternative term, named before
    if after[:1] == ["at"] and _valuation_basis(after[1:VALUATION_REACH]):
        return ""  # "3.4 trillion rupees at the official rate": the basis of a conversion
    per = price_unit(sc.body, end)
    if per:
        return f"(per {per})"  # "$1,985 an ounce on Friday": the clause before names what is priced
    rate = RE_RATE_COMPOUND_AFTER.match(sc.body, end)
    if rate:  # "a $9,000-a-month lease": the noun after the compound, paid per its span
        return f"{money_subject(sc, rate.end())} (per {rate.group(1)})".lstrip()
    skip, spanned = 0, False
    premodifier = start >= 0 and RE_PREMODIFIER_BEFORE.search(sc.body, max(0, start - 16), start) is not None
    for i, w in enumerate(after):
        if skip:
            skip -= 1
            continue
        if spanned and w.lower() not in SPAN_THEN_PURPOSE:
            break  # "within 21 days or face ...": no purpose after the span
        spanned = False
        if not (w[0].isalnum()) or w.lower() in AMOUNT_CLAUSE_ENDS:
            break  # "and ...", "because its buyer paid": another clause
        if premodifier and words and w in CHANGE_WORDS and words[-1] != "to" and words[-1].isalpha():
            break  # "the $5bn programme reached": the noun the amount modifies, not its verb
        if words and w.lower() in FINITE_AFTER_PHRASE:
            break  # "stole $2m meant for clinics was jailed": the main clause's verb ends the phrase
        if after[i + 2 : i + 3] == ["ago"]:
            break  # "two years ago", "10 days ago"
        if _paid_over_span(w, after[i + 1 : i + 3]):
            skip, spanned = 2, True  # "over five years for schooling": the span, then what it is for
            continue
        if w.lower() in TIME_OPENERS and (
            _opens_a_number(after[i + 1 : i + 5]) or _names_a_period(after[i + 1 : i + 4])
        ):
            break  # "in 2024", "from April 1, 2025", "up from ₦2.8 billion", "in the third quarter"
        words.append(w)
        if len(words) == MONEY_SUBJECT_WORDS:
            return " ".join(_to_phrase_end(words))
    return " ".join(_without_open_end(words))


PRICED_REACH = 60  # characters before a bracketed amount read for the thing it prices
# an amount hyphened to "a" or "per" and a span of time, as an adjective: "a $9,000-a-month lease"
RE_RATE_COMPOUND_AFTER = re.compile(r"[-‑](?:an?|per)[-‑](hour|day|night|week|month|year)\b")


def _priced_before_bracket(body: str, start: int, end: int) -> str:
    """The noun phrase right before an amount alone in brackets, as reviews and consumer copy price
    each item ("the smoked trout (£9)", "a day pass (€12)"), or "" (a figure or a verb before)."""
    words = tokens(body[start:end])
    phrase = noun_phrase_before(words)
    while phrase and phrase[0].lower() in FUNCTION_WORDS:
        phrase = phrase[1:]
    if not phrase or not phrase[-1].isalpha() or not phrase[-1].islower():
        return ""
    if any(ch.isdigit() for w in phrase for ch in w):
        return ""  # "sales EUR 5.2 bln (EUR 4.9 bln)": the year before's figure, not an item priced
    return " ".join(phrase)


MONEY_SUBJECT_WORDS = 10  # the most words read after an amount (a longer clause is cut at a phrase end)
PHRASE_LINKS = frozenset("in on at across over near for with from by of to into under within".split())
PHRASE_STOPS = PHRASE_LINKS | frozenset("a an the its their his her this these those and or said".split())


def _to_phrase_end(words: list[str]) -> list[str]:
    """Words cut short of their clause's end, cut back to a phrase end: before the last
    preposition that is not among the first three words ("to repair 120 kilometres of old railway
    track" before "in the"), else before the function words that end them."""
    for i in range(len(words) - 1, 2, -1):
        if words[i].lower() in PHRASE_LINKS:
            return words[:i]
    return _without_open_end(words)


def _without_open_end(words: list[str]) -> list[str]:
    """Words without the function words that leave their phrase open ("on top of the")."""
    while len(words) > 1 and words[-1].lower() in PHRASE_STOPS:
        words = words[:-1]
    return words


def _reckoning_words(after: list[str]) -> bool:
    """Whether the words after an amount open with how it is reckoned ("gross", "more", "a day";
    not "a year earlier", a comparison)."""
    lead = [w.lower() for w in after[:3]]
    if not lead:
        return False
    if lead[0] in RECKONING_WORDS:
        return True
    # "a day", "US$3 million every month"; not "a year earlier"
    return lead[0] in PER_WORDS and lead[1:2] != [] and lead[1] in PERIOD_NOUNS and lead[2:3] != ["earlier"]


def _paid_over_span(word: str, after: list[str]) -> bool:
    """Whether `word` and the two words after it name a span an amount is paid over ("over three
    years", "within 14 months"): no part of what the amount measures."""
    return (
        word.lower() in SPAN_OPENERS
        and len(after) == 2
        and (after[0][0].isdigit() or N.WORD_NUMBER_RE.fullmatch(after[0]) is not None)
        and after[1].lower() in DURATION_UNITS
    )


# the words of a period after "in" or "during" ("in the third quarter", "during the first half"):
# a time, no subject of the amount before it ("in the same period last year" names the earlier
# figure it is compared with, and is kept)
PERIOD_DETERMINERS = frozenset("the this that its their".split())
PERIOD_MODIFIERS = frozenset("first second third fourth final last past previous next latest".split())
PERIOD_HEADS = frozenset("quarter half year month week period season fortnight".split())


def _names_a_period(words: list[str]) -> bool:
    """Whether the next words (three at most) name a period: a determiner, a word of order and a
    period noun ("the third quarter", "the same period", "the past year")."""
    lower = [w.lower() for w in words]
    while lower and lower[0] in PERIOD_DETERMINERS:
        lower = lower[1:]
    return len(lower) > 1 and lower[0] in PERIOD_MODIFIERS and lower[1] in PERIOD_HEADS


def _opens_a_number(words: list[str]) -> bool:
    """Whether the next words start with a number, a currency sign before one, or a month and a
    number ("2024", "₦2.8", "from $5", "April 1")."""
    signs = currencies.sign_words()
    sign = False  # the word before was a sign: its abbreviation's dot may follow ("Fr.1.9 billion")
    for w in words:
        if w[0].isdigit() or (len(w) > 1 and not w[0].isalnum() and w[-1].isdigit()):
            return True
        if w in signs or w == "." and sign:
            sign = w != "."  # "$1.9 billion", "US$4", "Fr.1.9 billion", "Rs.5": a sign, then its amount
            continue
        if w.lower() not in YEAR_KIND_WORDS and not (w[:3].isalpha() and w[:3].lower() in MONTH_STEMS):
            return False
        sign = False
    return False


# words between a time opener and its number: "from $5", "since fiscal 2022", "in financial year 2025"
YEAR_KIND_WORDS = frozenset(("from", "to", "fiscal", "financial", "calendar"))
MONTH_STEMS = frozenset(month[:3].lower() for month in MONTHS)  # "jan" ... "dec"


# An exchange rate: a bare number, then the currency it is quoted against ("5.71 per dollar",
# "750 to the dollar", "1,410 against the U.S. dollar", a headline's "84.2 Against Dollar" with no
# article); the quoted currency is named before it.
RE_PER_BASE = re.compile(
    rf"(?P<num>{NUM})\s+(?:per|to the|to one|against(?: the)?|a)\s+(?:U\.S\.\s|US\s)?"
    r"(?P<base>dollar|euro|pound|yen|yuan)(?![\w])"
)
PER_BASE_FOLLOWERS = N.Followers(("per", "to", "against", "a"))
# ... and any other currency a rate is quoted against, after "to the" or "against the", with its
# country's adjective ("3,150 to the Thai baht", "91.7 against the Indian rupee"); "per" and "a" stay
# with the five above ("12 per cent", "5 a franc" are no rates)
NOT_RATE_BASES = frozenset(("cent", "cents", "penny", "pence"))
TO_BASE_FOLLOWERS = N.Followers(("to", "against"))


@cache
def rate_base_names() -> str:
    """Alternation of the one-word currency names a rate may be quoted against, longest first."""
    names = sorted(
        (
            w
            for w in currency_names()
            if w.isalpha() and w.islower() and w not in NOT_RATE_BASES and w not in currencies.NOT_BARE_NAMES
        ),
        key=len,
        reverse=True,
    )
    return "|".join(names)


@cache
def re_to_named_base() -> re.Pattern[str]:
    """A number, "to the" or "against the", and a currency's one-word name (built on first use)."""
    return re.compile(
        rf"(?P<num>{NUM})\s+(?:to\s+the|against(?:\s+the)?)\s+(?:[A-Z][A-Za-z.]+\s)?(?P<base>{rate_base_names()})(?![\w])"
    )


RATE_LOOKBACK = 100  # how far back in its sentence the quoted currency is looked for (bounded)


def scan_exchange_rates(sc: Scanner) -> None:
    """Exchange rates: "the naira traded at 750 to the dollar" is 750 `NGN`, the currency the
    sentence names before the rate (a currency's own name, or its country's: "the real")."""
    lower = sc.lower
    if " dollar" not in lower and " euro" not in lower and " pound" not in lower and " yen" not in lower:
        return
    _add_rates(sc, RE_PER_BASE, PER_BASE_FOLLOWERS, _per_base)
    _add_rates(sc, re_to_named_base(), TO_BASE_FOLLOWERS, _to_named_base)


def _per_base(body: str, m: re.Match[str]) -> str:
    """The base of "750 per dollar": "US dollar" for the dollar, else the base as written."""
    return "US dollar" if m.group("base") == "dollar" else m.group("base")


def _to_named_base(body: str, m: re.Match[str]) -> str:
    """The base of "118 to the Thai baht": the words after "the"."""
    return body[m.end("num") : m.end()].split(" the ", 1)[-1].strip()


def _add_rates(
    sc: Scanner,
    pattern: re.Pattern[str],
    followers: N.Followers,
    base_of: Callable[[str, re.Match[str]], str],
) -> None:
    """Adds each rate `pattern` matches after a digit run (followed by one of `followers`) whose
    sentence names the quoted currency: money in that currency, its subject "<name> per <base>"."""
    for m in sc.at(pattern, sc.digits_then(followers)):
        s, e = m.span("num")
        if not sc.free(s, m.end()) or sc.is_name_or_code(s, e):
            continue
        found = quoted_currency(sc, s, m.group("base"))
        if found is None:
            continue
        code, name = found
        sc.claim(s, m.end())
        value = N.normalise_number(N.parse_digits(m.group("num")))
        sc.add(Figure(s, m.end(), (s, e), value, code, "money", f"{name} per {base_of(sc.body, m)}"))


# Verbs that say where a currency stands after its name ("the rupee hit a record low of 88.94")
RATE_VERBS = frozenset(
    """hit touched traded trading closed ended finished opened stood was is weakened strengthened
    firmed softened slipped slid eased rose fell gained lost dropped climbed jumped
    sold fetched bought""".split()  # "sold", "fetched", "bought": a parallel market's rate ("the dollar sold at 61.5 pounds")
)
RATE_LEVEL_BEFORE = frozenset(("at", "to", "of", "from"))
# ... and, after a currency pair in codes, a verb of reaching a level right before the rate ("the
# LAK/USD rate crossed 21,860", "USD/JPY topped 150.5"): the pair says what the number is
PAIR_LEVEL_BEFORE = frozenset(
    "crossed breached topped hit touched passed neared above below near around".split()
)
RATE_WORDS = 16  # how many words before a bare rate are read for its currency and verb


# a markets box's line labelled by a currency pair alone ("GBP/USD: 1.2688 (+0.1%)", "- EUR/JPY:
# 163.42"): the rate's level, in the currency _currency_pair reads
RE_PAIR_LABEL_END = re.compile(r"(?:^|\n)[ \t]*(?:[-–•*·][ \t]+)?[A-Z]{3}/[A-Z]{3}:[ \t]*\Z")


def bare_rate(sc: Scanner, start: int) -> tuple[str, str] | None:
    """The code and name of the currency a bare number is the rate of ("the Indian rupee hit a
    record low of 88.94", "the won closed at 1,402.5"): "at", "to", "of" or "from" before it and,
    in its clause, a currency other than the dollar named right before one of RATE_VERBS (its move
    in minor units may stand between: "the rupee gained 9 paisa ... to settle at"); or None."""
    s_start, _ = sc.sentence_bounds(start)
    window = sc.body[max(s_start, start - RATE_LOOKBACK) : start]
    words = tokens(window)
    if not words:
        return None
    if "/" in window and window.endswith((": ", ":\t")) and RE_PAIR_LABEL_END.search(window):
        return _currency_pair(window)  # a markets box's line "GBP/USD: 1.2688 (+0.1%)"
    if words[-1].lower() not in RATE_LEVEL_BEFORE:
        if "/" in window and words[-1].lower() in PAIR_LEVEL_BEFORE:
            return _currency_pair(window)  # "the LAK/USD rate crossed 21,860"
        return None
    if "/" in window and (pair := _currency_pair(window)) is not None:
        return pair  # "the USD/VND rate stood at 26,350", "EUR/USD rose to 1.0850"
    if "against" in window and (quote := _against_quote(sc, words)) is not None:
        return quote  # "the dollar rose 0.4% against the yen to 149.85"
    if "exchange" in window and (named := _exchange_rate_subject(sc, words)) is not None:
        return named  # "the rupee's exchange rate against the dollar weakened to 86.4"
    for i in range(len(words) - 2, max(-1, len(words) - RATE_WORDS), -1):
        word = words[i].lower()
        if word[0].isdigit() and words[i + 1].lower() in MINOR_CURRENCY_UNITS:
            continue  # "the rupee gained 9 paisa against the dollar ... to settle at": its move
        if not word[0].isalpha():
            return None  # a number or a sign: another clause or figure
        if word in local_names() and words[i + 1].lower() in RATE_VERBS:
            found = quoted_currency(sc, sc.body.rfind(words[i + 1], 0, start), "dollar")
            return found if found and found[1].lower().endswith(word) else None
    return None


# A currency's exchange rate named as the subject of the clause a bare level ends, the currency
# before it as its owner or after it with "of", the base after "against" ("the rupee's exchange rate
# against the US dollar weakened to 86.4", "the exchange rate of the cedi, which has slid all year,
# stood at 15.2", "Egypt's official exchange rate rose to 50.6"): the level is in that currency; a
# number or a sign between the rate and the level ends the reading (another figure's clause)
EXCHANGE_OWNER_WORDS = 4  # words after "exchange rate of" read for the currency ("of the Ghanaian cedi")
# what follows the rate when it heads its clause's subject: its owner, its base, an aside's comma, a
# verb (RATE_VERBS or these); not a noun it modifies ("the exchange rate policy")
EXCHANGE_RATE_FOLLOWERS = frozenset(
    "of against , has have had was were is are stood stands reached hit touched weakened strengthened".split()
)
EXCHANGE_CLAUSE_JOINS = frozenset("and but while whereas as when".split())  # a clause of its own
RE_YEAR_WORD = re.compile(r"(?:1[89]|20)\d\d,?")  # a year in an aside: no figure of the rate's clause


def _exchange_rate_subject(sc: Scanner, words: list[str]) -> tuple[str, str] | None:
    """The code and name of the currency whose exchange rate is the subject of the bare level
    ending `words` (see above), or None."""
    for k in range(len(words) - 2, max(0, len(words) - RATE_WORDS), -1):
        word = words[k].lower()
        if not word[0].isalpha() and word != "," and not RE_YEAR_WORD.fullmatch(word):
            return None  # a number or a sign: another figure's clause ("pegged since 1983," is none)
        if word not in ("rate", "rates") or words[k - 1].lower() != "exchange":
            continue
        following = words[k + 1].lower()
        if not (following in EXCHANGE_RATE_FOLLOWERS or following in RATE_VERBS) or any(
            w.lower() in EXCHANGE_CLAUSE_JOINS for w in words[k + 1 :]
        ):
            return None  # "the exchange rate policy changed, and reserves fell to": not the rate's level
        base = "dollar"
        against = [j for j in range(k + 1, len(words) - 1) if words[j].lower() == "against"]
        if against:
            named_base = next((w.lower() for w in words[against[0] + 1 :] if w.lower() in local_names()), "")
            base = named_base or base  # "against the euro": the base it is quoted against
        if k + 1 < len(words) and words[k + 1].lower() == "of":
            return _quoted_in(sc, words[k + 2 : k + 2 + EXCHANGE_OWNER_WORDS], base)
        at = k - 2 if k > 1 and words[k - 2].endswith(("'s", "’s")) else -1
        if k > 2 and at < 0 and words[k - 3].endswith(("'s", "’s")) and words[k - 2].islower():
            at = k - 3  # "the rupee's official exchange rate": an adjective between
        if at < 0:
            return None
        owner = words[at]
        found = _quoted_in(sc, [owner], base)
        place = owner[:-2]
        if at > 0 and words[at - 1][:1].isupper() and words[at - 1].lower() not in ARTICLES:
            place = f"{words[at - 1]} {place}"  # "Hong Kong's exchange rate"
        country = currencies.country_of_place(place) or currencies.country_of_place(owner[:-2])
        if found is None and country:
            code = currencies.home_currency(country)  # "Egypt's exchange rate": its country's currency
            found = (
                (code, f"{place} currency") if code and code != currencies.currency_for_name(base) else None
            )
        return found
    return None


# A move of one currency against another, then the level it reached ("the dollar rose 0.4%
# against the yen to 149.85", "the euro fell against the Swiss franc to 0.9412"): the level is in
# the currency after "against", the pair's quote, unless markets quote the pair the other way (the
# dollar against the euro, sterling, the Australian or the New Zealand dollar, PAIR_BASE_CURRENCIES:
# "the dollar fell against the euro to 1.09" is in dollars). Another currency moving against one
# of those is read by its verb (bare_rate: "the rupee fell against the dollar to 83.4" in rupees).
MOVE_WORDS = 5  # the most words a move in percent takes between the verb and "against"


def _against_quote(sc: Scanner, words: list[str]) -> tuple[str, str] | None:
    """The code and name of the currency a level after "<currency> <verb> [N%] against the
    <currency> to" is in (see above), or None; `words` end with the level's "to" or "at"."""
    k = len(words) - 2
    if k < 4 or words[k].lower() not in local_names():
        return None
    named = words[k]
    j = k - 1
    if words[j][:1].isupper() and words[j - 1].lower() == "the":
        named = f"{words[j]} {named}"  # "the Swiss franc"
        j -= 1
    if words[j].lower() == "the":
        j -= 1
    if j < 2 or words[j].lower() != "against":
        return None
    verb = next(
        (i for i in range(j - 1, max(0, j - 1 - MOVE_WORDS), -1) if words[i].lower() in RATE_VERBS), None
    )
    if verb is None or verb < 1 or words[verb - 1].lower() not in local_names():
        return None
    if any(w[:1].isalpha() and w.lower() not in PERCENT_SIGN_WORDS for w in words[verb + 1 : j]):
        return None  # only a move in percent between the verb and "against"
    country = sc.country()
    quote = currencies.currency_for_name(named, country) or currencies.currency_for_name(words[k], country)
    base = currencies.currency_for_name(words[verb - 1], country)
    if quote is None or base is None or quote == base or base != "USD" and base not in PAIR_BASE_CURRENCIES:
        return None  # "the rupee fell against the dollar to 83.4": rupees per dollar, read by its verb below
    if base == "USD" and quote in PAIR_BASE_CURRENCIES:
        return base, words[verb - 1]  # "the dollar fell against the euro to 1.09": dollars per euro
    return quote, named


# A currency pair as markets copy writes it, base then quote ("USD/JPY", "EUR/USD"): the rate after
# it is in the quote currency; a local desk that writes its own currency first against the dollar
# ("VND/USD rate stood at 26,350") means the local currency per dollar, which the quote rule would
# misread, so a pair quoted in US dollars is read in the other currency unless that is one the
# dollar itself is quoted in (the euro, sterling, the Australian and New Zealand dollars)
RE_CURRENCY_PAIR = re.compile(r"(?<![\w/])(?P<a>[A-Z]{3})/(?P<b>[A-Z]{3})(?![\w/])")
PAIR_BASE_CURRENCIES = frozenset(("EUR", "GBP", "AUD", "NZD"))


def _currency_pair(window: str) -> tuple[str, str] | None:
    """The code and name (the pair as written) of the currency a rate after the last currency pair
    in `window` is in (see above), or None."""
    pairs = RE_CURRENCY_PAIR.findall(window)
    if not pairs:
        return None
    a, b = pairs[-1]
    if not (currencies.is_currency_code(a) and currencies.is_currency_code(b)) or a == b:
        return None
    code = a if b == "USD" and a not in PAIR_BASE_CURRENCIES else b
    return code, f"{a}/{b}"


def _rate_base_at(words: list[str], i: int) -> bool:
    """Whether the currency named by words[i] is the base of an earlier rate in the sentence, which
    quotes no currency: "to the US dollar", "against the euro" ("24,600 to the US dollar and 650
    to the baht": the second rate is of the currency named before the first)."""
    j = i - 1
    if j >= 1 and words[j][:1].isupper() and words[j - 1].lower() == "the":
        j -= 1  # "to the US dollar", "to the Thai baht"
    return j >= 1 and words[j].lower() == "the" and words[j - 1].lower() in ("to", "against")


def quoted_currency(sc: Scanner, start: int, base: str) -> tuple[str, str] | None:
    """The code and name of the nearest currency named before `start` in its sentence, other than
    the base it is quoted against, or None."""
    s_start, _ = sc.sentence_bounds(start)
    words = tokens_before(sc.body, max(s_start, start - RATE_LOOKBACK), start)
    found = _quoted_in(sc, words, base)
    if found is None and s_start > 0 and _pronoun_rate(words):
        # "The rupee has lost 9% since July. It traded at 17.1 per dollar": "it" is the currency the
        # sentence before named
        p_start, _ = sc.sentence_bounds(s_start - 1)
        found = _quoted_in(
            sc, tokens_before(sc.body, max(p_start, s_start - PRONOUN_RATE_LOOKBACK), s_start), base
        )
    return found


PRONOUN_RATE_LOOKBACK = 200  # characters of the sentence before read for the currency "it" stands for


def _pronoun_rate(words: list[str]) -> bool:
    """Whether "it" is the subject of a verb of where a currency stands, right before it, among
    the words before a rate ("It traded at", "it closed at", "and it ended the week at")."""
    return any(words[i].lower() == "it" and words[i + 1].lower() in RATE_VERBS for i in range(len(words) - 1))


def _quoted_in(sc: Scanner, words: list[str], base: str) -> tuple[str, str] | None:
    """The code and name of the nearest currency `words` name, other than the base, or None."""
    base_code = currencies.currency_for_name(base)
    for i in range(len(words) - 1, -1, -1):
        word = words[i].lower()
        if word.endswith(("'s", "’s")) and word[:-2] in local_names():
            word = word[:-2]  # "the yuan's midpoint was set at 7.1 per dollar"
        if word not in local_names() or _rate_base_at(words, i):
            continue
        before = words[i - 1].lower() if i else ""
        country = sc.country()
        code = currencies.currency_for_name(f"{before} {word}")  # "the Australian dollar"
        if code is not None:
            word = f"{words[i - 1]} {word}"
        elif word != base:
            code = currencies.currency_for_name(word, country)
        if code is None and before == "the" and country:  # "the real": the article's country's currency
            code = currencies.local_currency_named(word, country)
        if (
            code is None
            and before.endswith(("'s", "’s"))
            and (owner := currencies.country_of_place(words[i - 1][:-2]))
        ):
            code = currencies.local_currency_named(word, owner)  # "Brazil's real": that country's currency
        if code is not None and code != base_code:
            return code, word
    return None


@cache
def local_names() -> frozenset[str]:
    """Lower-case currency names a sentence may name a quoted currency by, bare names included."""
    return currency_names() | currencies.NOT_BARE_NAMES


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
            _add_money(sc, m, value, "CRC", s)
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
