"""Money: an amount with a currency sign or ISO 4217 code before it ("KSh4.2 billion", "RM120
million", "C$5", "USD 12 million") or a currency name or code after it ("2.4 billion shekels",
"15 million Canadian dollars", "5 bn USD"). The vocabulary is analysis/currencies.py (CLDR through
Babel); a sign or name shared by several currencies follows the article's country."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import NamedTuple

from .. import currencies
from ..vocab import MINOR_CURRENCY_UNITS
from . import numbers as N
from .numbers import END, NUM

RE_MINOR_MONEY = re.compile(rf"(?P<num>{NUM})\s?(?P<minor>{N.alternation(MINOR_CURRENCY_UNITS)}){END}")

# Letter-only signs news writes before amounts. CLDR's other short letter signs ("KM", "FC", "Le",
# "MK", "DA") stand before digits in names and codes far more often than in prices ("MK2", "KM5").
LETTER_SIGNS = frozenset(
    """Rs Rs. Re Re. RM Rp Tk kr Fr Fr. SFr Sh KSh Ksh R R. Af Dh zł Kč Ft RMB Rmb rmb Br Bs Nu""".split()
)
# Names that follow a number in other senses: "passed the 1,000 mark", "a 24-carat gold".
NOT_AFTER_NUMBERS = frozenset(("mark", "gold", "real", "sol", "inti"))
COUNTRY_EVIDENCE_CHARS = 3000  # how much of the body is read for the country: bounded, so time stays linear
# The commonest signs and names, each one currency wherever the article is: no country needed.
ONE_CURRENCY = frozenset(("$", "US$", "€", "£", "USD", "EUR", "GBP", "dollars", "dollar", "euros", "euro"))
SCALE_ANY = rf"(?:{N.SCALE_WORD}|{N.SCALE_ABBR})"


class MoneyPatterns(NamedTuple):
    """Compiled patterns of the money dimension (built once, on first use)."""

    prefix: re.Pattern[str]  # sign or code, then the amount
    suffix: re.Pattern[str]  # the amount, then a name or code
    sign_tail: re.Pattern[str]  # a sign ending right before a number: where money can start
    symbol_after: re.Pattern[str]  # the amount, then a symbol ("100元", "100 ₡")


@cache
def patterns() -> MoneyPatterns:
    """The money patterns, built from the CLDR vocabulary on first use."""
    signs = currencies.sign_alternation()
    names = currencies.name_alternation()
    amount = rf"(?:{N.DIGITS_LOOSE}|{N.A_SCALE})"
    prefix = re.compile(
        rf"(?<![A-Za-z])(?P<cur>{signs})(?P<space>\s?)(?P<num>{amount})"
        rf"(?:(?:\s|-)?(?P<scale>{SCALE_ANY}))?(?![\w])"
    )
    suffix = re.compile(
        rf"(?:(?P<a>{N.A_SCALE})|(?P<num>(?<![\w.,]){N.DIGITS_LOOSE}|(?<![\w-]){N.WORD_NUMBER})"
        rf"(?:\s?(?P<scale>{SCALE_ANY}))?)\s+(?P<cur>{names}|[A-Z]{{3}})(?![\w])"
    )
    sign_tail = re.compile(rf"(?<![A-Za-z])(?:{signs})\s?\Z")
    symbol_after = re.compile(
        rf"(?<![\w.,])(?P<num>{N.DIGITS_LOOSE})(?:\s?(?P<scale>{N.SCALE_WORD}))?\s?(?P<cur>{signs})(?![\w])"
    )
    return MoneyPatterns(prefix, suffix, sign_tail, symbol_after)


# "C $", "hk $", "A $": a country's letters written apart from the dollar sign (tokenised wire copy);
# not the "s" of a possessive ("music ' s $ 500") nor the last letter of "u.s $"
RE_DOLLAR_MARK = re.compile(r"(?<![\w$'’.])(?<!['’] )(?P<mark>(?i:c|ca|hk|nz|s|sg|us|au|mex|nt))\s\Z")


def marked_dollar(body: str, sign_start: int) -> str | None:
    """The dollar a "$" stands for when a country's letters precede it apart ("c $ 16.4 million"
    -> CAD), or None when there are none."""
    found = RE_DOLLAR_MARK.search(body, max(0, sign_start - 5), sign_start)
    if found is None:
        return None
    code = currencies.currency_for_sign(found.group("mark").upper() + "$")
    return code if code and code != "USD" or found.group("mark").upper() == "US" else None


# Letter signs that their countries write after the amount ("100 kr", "50 zł", "20 Kč", "500 Ft").
SIGNS_AFTER_AMOUNT = frozenset(("kr", "kr.", "zł", "Kč", "Ft"))


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


# ISO 4217 codes that are also English words written in capitals ("ALL 5 solutions are wrong"):
# money only with a scale, decimals or digit grouping ("TRY 5 billion", "ALL 1,200").
CODES_THAT_ARE_WORDS = frozenset("ALL BAM BOB CAD CUP GEL MAD MOP PEN SOS TOP TRY".split())


def word_code_without_amount(sign: str, num: str, scale: str | None) -> bool:
    """Whether a code that is an English word stands before a plain small number, not an amount."""
    return sign in CODES_THAT_ARE_WORDS and not scale and not any(c in num for c in ".,")


def sign_in_code(body: str, start: int, sign: str) -> bool:
    """Whether a letter sign is part of a code joined by a hyphen ("PLX-R18", "SU-R5"), not money."""
    return sign[:1].isalpha() and start > 0 and body[start - 1] in "-‑"


def compound_currency(noun: str, country: Callable[[], str | None]) -> str | None:
    """ISO code of a currency named after a number word and a hyphen ("a five-dollar bill", "a
    one-yen bid"), or None; "pound" is left out ("a five-pound bag" weighs)."""
    lower = noun.lower()
    if lower.startswith("pound") or lower in NOT_AFTER_NUMBERS:
        return None
    return currencies.currency_for_name(lower, None if lower in ONE_CURRENCY else country())


def name_currency(name: str, country: str | None) -> str | None:
    """ISO code of a currency name or code written after an amount, or None."""
    if name.isupper() and len(name) == 3 and currencies.is_currency_code(name):
        return name  # a code; else a name in capitals ("2,435,000 YEN")
    if name.lower() in NOT_AFTER_NUMBERS:
        return None
    return currencies.currency_for_name(name, country)


def country_of(source: str, context: str) -> str | None:
    """The article's country: its address's country domain (".pk", ".co.ke"), else the places,
    currencies and demonyms its text names."""
    return currencies.address_country(source) or currencies.article_country(context)
