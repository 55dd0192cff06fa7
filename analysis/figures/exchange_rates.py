"""Exchange rates: "the naira traded at 750 to the dollar" is 750 NGN, the currency the sentence
names before the rate (scan_exchange_rates, quoted_currency); a bare level a currency's rate
stands at (bare_rate), a currency pair, and an amount quoted per a base currency (quoted_base).
The currency a rate is quoted against after its number ("to the dollar", "against the Thai baht")
is read by the one reader of it, rate_bases.py, which the checks and charts use too."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from .. import currencies
from ..vocab import MINOR_CURRENCY_UNITS, PERCENT_SIGN_WORDS
from . import numbers as N
from . import rate_bases
from .currency_signs import currency_names
from .figure import Figure
from .noun_phrases import ARTICLES
from .numbers import NUM
from .words import tokens, tokens_before

if TYPE_CHECKING:
    from ..extract import Scanner


# "the pound traded at ¥143.85", "the euro rose to 0.97 Swiss francs", "the rouble traded at 1.1
# soms on Monday": an amount in one currency that another, named right before a verb of where it
# stands, is worth: an exchange rate
@cache
def _quoted_base_before() -> re.Pattern[str]:
    """The base currency, a verb of its level and "at" or "to", right before an amount."""
    verbs = "|".join(sorted(RATE_VERBS))
    return re.compile(
        rf"\b(?P<base>{rate_bases.rate_base_names()})\s+(?:{verbs})\s+(?:at|to)\s+\Z", re.IGNORECASE
    )


def quoted_base(body: str, start: int, code: str) -> str:
    """ "<code> per <base>" when the amount starting at `start` is what a base currency named right
    before a verb of its level is worth ("the pound traded at ¥143.85": JPY per pound), else ""."""
    if body[max(0, start - 3) : start].lower() not in ("at ", "to "):
        return ""  # the cheap test first: no "at" or "to" right before the amount
    found = _quoted_base_before().search(body, max(0, start - 40), start)
    if found is None:
        return ""
    base = found.group("base").lower()
    if rate_bases.BASE_CODES.get(base) == code or code in currencies.codes_named(base):
        return ""  # "the shilling traded at Shs3,600": the currency's own level, no rate
    return f"{code} per {base}"


# An exchange rate: a bare number, then the currency it is quoted against, read by the one reader
# of a rate's base (rate_bases.py: "5.71 per dollar", "750 to the dollar", "1,410 against the U.S.
# dollar", "3,150 to the Thai baht"; after "per" and "a" only the big names, "12 per cent" is no
# rate); the quoted currency is named before it.
PER_BASE_FOLLOWERS = N.Followers(("per", "to", "against", "a"))


@cache
def _re_rate() -> re.Pattern[str]:
    """A rate's number, then the words of the currency it is quoted against (built on first use)."""
    return re.compile(rf"(?P<num>{NUM}){rate_bases.base_after()}")


RATE_LOOKBACK = 100  # how far back in its sentence the quoted currency is looked for (bounded)


def scan_exchange_rates(sc: Scanner) -> None:
    """Exchange rates: "the naira traded at 750 to the dollar" is 750 `NGN`, the currency the
    sentence names before the rate (a currency's own name, or its country's: "the real"), its
    subject "<name> per <base>"."""
    for m in sc.at(_re_rate(), sc.digits_then(PER_BASE_FOLLOWERS)):
        base = rate_bases.base_of(m)
        s, e = m.span("num")
        if base is None or not sc.free(s, m.end()) or sc.is_name_or_code(s, e):
            continue
        found = quoted_currency(sc, s, base.word)
        if found is None:
            continue
        code, name = found
        sc.claim(s, m.end())
        value = N.normalise_number(N.parse_digits(m.group("num")))
        sc.add(Figure(s, m.end(), (s, e), value, code, "money", f"{name} per {base.name}"))


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
        if word == "currency" and i and (home := _home_currency_named(sc, words[i - 1])) is not None:
            return home, currencies.english_name(home)  # "Morocco's currency ended at 9.24 to the dollar"
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


HOME_CURRENCY_WORDS = frozenset(("local", "domestic", "national"))  # "the local currency": the article's


def _home_currency_named(sc: Scanner, before: str) -> str | None:
    """The one currency of the country named before "currency" ("Morocco's currency"), or of the
    article's country after "local", "domestic" or "national"; None for another word."""
    if before.endswith(("'s", "’s")) and (owner := currencies.country_of_place(before[:-2])):
        return currencies.home_currency(owner)
    if before.lower() in HOME_CURRENCY_WORDS:
        return currencies.home_currency(sc.countries())
    return None


@cache
def local_names() -> frozenset[str]:
    """Lower-case currency names a sentence may name a quoted currency by, bare names included."""
    return currency_names() | currencies.NOT_BARE_NAMES
