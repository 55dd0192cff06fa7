"""The currency an exchange rate is quoted against, read right after the rate's number: "750 to the
dollar", "10.74 per dollar", "9.21 to one US dollar", "1,530 to the Ghanaian cedi", "3,150 against
the Thai baht". The one reader of a rate's base (`rate_base`, and `quoted_against` for a figure or
a row), used by the engine (exchange_rates.py), by the readers that keep a rate from being a clock
time or a bare amount (digit_groups.py, carry_over.py), by the consistency checks
(checks.stated_rates) and by the charts (charts.set_apart). Its words are the one-word currency
names of CLDR (analysis/currencies.py) and the bare words of BASE_CODES; it imports no other
reader, so every one of them may import it."""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from .. import currencies

# The bare words markets quote most rates against, and the currency each means in a rate whatever
# the article's country ("to the dollar" is the US dollar, "to the pound" sterling; "greenback" is
# no CLDR name). After "per" and "a" only these are a base, unless the caller asks for every one
# ("12 per cent", "5 a dram" are no rates).
BASE_CODES = {"dollar": "USD", "greenback": "USD", "euro": "EUR", "pound": "GBP", "yen": "JPY", "yuan": "CNY"}
# currency names no rate is quoted against: minor units ("12 cents to the dollar" is a share of it)
NOT_RATE_BASES = frozenset(("cent", "cents", "penny", "pence"))


class RateBase(NamedTuple):
    """A currency a rate is quoted against: where its words end, its own word ("baht", "dollar"),
    its name as a subject says it ("Thai baht", "euro"; the plain dollar as "US dollar") and its
    ISO code (None when the name is shared and the country does not decide)."""

    end: int
    word: str
    name: str
    code: str | None


@cache
def base_words() -> frozenset[str]:
    """The one-word currency names a rate may be quoted against (and a rate written in: "1,715
    naira to the dollar")."""
    return frozenset(
        w
        for w in currencies.name_words()
        if w.isalpha() and w.islower() and w not in NOT_RATE_BASES and w not in currencies.NOT_BARE_NAMES
    ) | frozenset(BASE_CODES)


@cache
def rate_base_names() -> str:
    """Alternation of `base_words`, longest first."""
    return "|".join(sorted(base_words(), key=len, reverse=True))


# what a rate's number and its base are joined by, and a capitalised word before the base (its
# country's: "the Thai baht", "one US dollar", "the U.S. dollar")
_LINK = r"\s+(?:(?P<few>per|a)|to\s+(?:the|one)|against(?:\s+the)?)\s+"
_ADJECTIVE = r"(?:(?P<adjective>[A-Z][A-Za-z.]+)\s+)?"


@cache
def base_after() -> str:
    """The pattern of the words after a rate's number up to its base (`rate_base`), for a reader
    that puts the number before it (exchange_rates.py); built on first use."""
    plain = "|".join(sorted(currencies.NOT_BARE_NAMES, key=len, reverse=True))
    return rf"{_LINK}{_ADJECTIVE}(?P<base>{rate_base_names()}|{plain})(?![\w])"


@cache
def _re_base_after() -> re.Pattern[str]:
    return re.compile(base_after())


def base_of(m: re.Match[str], country: currencies.Where = None, every_base: bool = False) -> RateBase | None:
    """The base a match of `base_after` names, or None: a name too plain to stand alone ("real",
    "mark") only with its country's word ("the Brazilian real"), a base after "per" or "a" only one
    of BASE_CODES unless `every_base` (checks reading a pair's stated rate)."""
    word, adjective = m.group("base"), m.group("adjective")
    full = currencies.currency_for_name(f"{adjective} {word}") if adjective else None
    if word in currencies.NOT_BARE_NAMES and full is None:
        return None  # "5 against the real thing"
    if m.group("few") and not every_base and word not in BASE_CODES:
        return None
    code = full or BASE_CODES.get(word) or currencies.currency_for_name(word, country)
    if word == "dollar" and code == "USD":
        name = "US dollar"
    else:
        name = f"{adjective} {word}" if adjective else word
    return RateBase(m.end(), word, name, code)


def rate_base(
    text: str, at: int, country: currencies.Where = None, every_base: bool = False
) -> RateBase | None:
    """The currency a number ending at `at` is quoted against ("750| to the dollar", "3,150|
    against the Thai baht"), or None; `country` decides a shared name ("the rupee"), `every_base`
    takes any currency after "per" and "a" too (see base_of)."""
    m = _re_base_after().match(text, at)
    return base_of(m, country, every_base) if m else None


# the number of an amount as a quote writes it ("GHS 1,150", "10.74 per dollar", "1,715 naira")
RE_AMOUNT_NUMBER = re.compile(r"\d(?:[\d,.]*\d)?")
RE_ONE_WORD = re.compile(r"\s*([^\W\d_]*)")  # nothing, or one word (of the amount's own currency)


def quoted_against(
    text: str, start: int, end: int, country: currencies.Where = None, every_base: bool = False
) -> RateBase | None:
    """The currency the amount text[start:end] (a figure's span or a row's quote) is quoted
    against: read after its number, inside the span ("1,530 to the dollar") or, when at most one
    word of its own currency follows the number, after the span ("10.74" per dollar, "1,715 naira"
    to the dollar); or None."""
    number = RE_AMOUNT_NUMBER.search(text, start, end)
    if number is None:
        return None
    found = rate_base(text, number.end(), country, every_base)
    if found is None and (word := RE_ONE_WORD.fullmatch(text, number.end(), end)):
        if not word.group(1) or word.group(1) in base_words():  # no "$5 billion", "12 cents" to the dollar
            found = rate_base(text, end, country, every_base)
    return found
