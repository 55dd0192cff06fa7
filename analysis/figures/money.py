"""Money: an amount with a currency sign or ISO 4217 code before it ("KSh4.2 billion", "RM120
million", "C$5", "USD 12 million") or a currency name or code after it ("2.4 billion shekels",
"15 million Canadian dollars", "5 bn USD"). The vocabulary is analysis/currencies.py (CLDR through
Babel); a sign or name shared by several currencies follows the article's country.

This module holds the money scans (scan_money, scan_grand, scan_million_signs,
scan_compound_money, scan_paid_plain, the country letter signs); the readers they call live in
currency_signs.py, exchange_rates.py (with rate_bases.py, the one reader of the currency a rate is
quoted against), money_subjects.py and old_money.py."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING, NamedTuple

from .. import currencies
from ..vocab import (
    BETTING_NOUNS,
    FUNCTION_WORDS,
    FUNDS_NOUNS,
    MINOR_CURRENCY_UNITS,
    MINOR_UNIT_COUNTRIES,
    PAID_NOUNS,
    PAYMENT_VERBS,
    PRICE_VERBS,
    SCALE_ABBREVIATIONS_MONEY_ONLY,
    SCALE_WORDS,
    SCALE_WORDS_BEFORE_CURRENCY,
)
from . import numbers as N
from .currency_signs import (
    CODES_THAT_ARE_WORDS,
    COUNTRY_LETTER_SIGNS,
    COUNTRY_SIGN_ENDS,
    DETERMINER_ENDS,
    NOT_AFTER_NUMBERS,
    ONE_CURRENCY,
    RE_CONVERSION_OPEN,
    SIGNS_AFTER_AMOUNT,
    RoadLists,
    after_joined_amount,
    compared_dollar,
    country_letter_code,
    country_sign_anchors,
    debt_named,
    home_letter_sign,
    is_symbol,
    letters_of_a_name,
    marked_dollar,
    money_anchors,
    money_cue_before,
    name_currency,
    named_after_sign,
    plain_sign_abroad,
    retired_in_its_year,
    road_named,
    sentence_year,
    sign_allowed,
    sign_currency,
    sign_in_code,
    word_code_without_amount,
)
from .figure import Figure
from .model_names import airline_flight_number
from .money_subjects import (
    PAID_OBJECT_WORDS,
    add_money,
    money_subject,
    money_used,
    paid_noun_after,
    paid_object,
    price_unit,
    price_unit_match,
    priced_per,
    unpriced_plain,
)
from .old_money import SCALE_ANY, minor_unit_here, old_shillings
from .reference_codes import is_index_number
from .words import (
    goods_weighed_after,
    pack_weighed_before,
    sentence_fact,
    text_fact,
    thrust_after,
    weighed_before,
)

if TYPE_CHECKING:
    from ..extract import Scanner

# a minor unit's word right after a currency's name: "euro cents" names the minor unit
RE_MINOR_AFTER_NAME = re.compile(r" cents?\b")

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
COUNTRY_EVIDENCE_CHARS = 3000  # how much of the body is read for the country: bounded, so time stays linear


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
        # (a price per person glued to "pp", as travel deals print it: "from £749pp")
        rf"(?:(?:\s|-)?(?P<scale>{SCALE_ANY}))?(?:pp)?(?![\w])"
    )
    suffix = re.compile(
        rf"(?:(?P<a>{N.A_SCALE})|(?P<num>(?<![\w.,]){N.DIGITS_LOOSE}|(?<![\w-])(?i:{N.WORD_NUMBER}))"
        rf"(?:\s?(?P<scale>{SCALE_ANY}|{N.SCALE_BEFORE_CURRENCY}))?)[^\S\n]+(?:(?P<age>new|old)\s)?(?P<cur>{names}|[A-Z]{{3}})(?![\w])"
    )
    sign_tail = re.compile(rf"(?<![A-Za-z])(?:{signs})\s?\Z")
    symbol_after = re.compile(
        rf"(?<![\w.,])(?P<num>{N.DIGITS_LOOSE})(?:\s?(?P<scale>{N.SCALE_WORD}))?\s?(?P<cur>{signs})(?![\w])"
    )
    scales = (*SCALE_WORDS, *SCALE_ABBREVIATIONS_MONEY_ONLY, *SCALE_WORDS_BEFORE_CURRENCY)
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


# World prices news quotes in US dollars whatever its own dollar ("$3,950 an ounce" of gold)
WORLD_PRICE_UNITS = frozenset(("ounce", "barrel"))
# silver after "sterling" names the alloy, not the money ("925 sterling silver")
RE_STERLING_SILVER_AFTER = re.compile(r"[\s-]+silver\b")


def local_dollar(sc: Scanner, sign_start: int, end: int) -> str | None:
    """The article's own dollar (article_dollar) for a bare "$" at `sign_start`, or None: not for
    a conversion in brackets ("A$3.5m ($2.2m)") nor a world price ("$1,980 an ounce")."""
    code = sc.local_dollar()
    if code is None or RE_CONVERSION_OPEN.search(sc.body, max(0, sign_start - 20), sign_start):
        return None
    return None if price_unit(sc.body, end) in WORLD_PRICE_UNITS else code


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
    if not num.isdigit() or price_unit(body, end) or paid_noun_after(body, end):
        return False
    if money_cue_before(body, start) or paid_object(body, start, end, sign):
        return False
    words = body[max(0, start - 50) : start].split()[-PAID_OBJECT_WORDS:]
    if any(w in PAYMENT_VERBS or w in PRICE_VERBS for w in words):
        return False  # "traders paid GBP50 each": a sum paid
    return not currencies.is_used_in(code, country())


# Three capitals glued to an ungrouped number of four digits or more after a word of reference
# ("Ref LUC60412", "consent number BLD22871", "file no. EUR20931"): a reference's letters and
# serial (rules, table 8), never an amount in the currency those letters happen to spell
RE_REFERENCE_WORD_BEFORE = re.compile(
    r"(?<![\w.])(?:[Rr]ef|REF|[Rr]eference|[Nn]o|[Nn]umber|[Ff]ile|[Cc]ase|[Cc]onsent|[Pp]ermit|[Aa]pplication)"
    r"\.?:?\s\Z"
)
RE_GLUED_SERIAL = re.compile(r"[A-Z]{3}\d{4,}(?![\d.,]\d)")
REFERENCE_WORD_REACH = 14  # characters before the letters read for the word of reference


def glued_reference(body: str, start: int) -> bool:
    """Whether the capitals at `start`, glued to a long serial, follow a word of reference (above)."""
    return (
        RE_GLUED_SERIAL.match(body, start) is not None
        and RE_REFERENCE_WORD_BEFORE.search(body, max(0, start - REFERENCE_WORD_REACH), start) is not None
    )


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
        if len(cur) == 3 and glued_reference(sc.body, m.start()):
            continue  # "Ref LUC60412": a reference's letters and serial
        if debt_named(sc.body, m.start(), m.end(), cur, num, m.group("scale")):
            continue  # "the benchmark R2030 bond": the bond's name
        if letters_of_a_name(sc.body, m.start(), m.end(), cur, num, m.group("scale")):
            continue  # "the Kz 2 model", "the FRW 1 league": a name's letters and number
        if m.group("scale") is None and is_index_number(sc.body, m.start("num"), m.end("num")):
            continue  # "the BEL 20 index gained 0.5%": a market index's name, whose letters are a code
        if road_named(sc.body, m.start(), m.end(), cur, num, m.group("scale"), road_lists):
            continue  # "on the R45", "Kleinrivier Manor, R45, Franschhoek": a road's name
        if (
            (home or cur in PLAIN_NEEDS_PRICE_SIGNS)
            and unpriced_plain(sc, num, m.group("scale"), m.start(), m.end())
            and not (home and (_each_after(sc.body, m.end()) or paid_noun_after(sc.body, m.end())))
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
        add_money(sc, m, value, code, m.start("num"), cents.end() if cents else None)
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
            or paid_object(sc.body, m.start(), m.end(), cur)
            or after_joined_amount(sc.body, m.start(), cur)
            or money_used(sc.body, m.start(), m.end())
        ):
            continue  # "shipped 2.1 million MT of coal": tonnes
        if cur in PLAIN_NEEDS_PRICE_SIGNS and unpriced_plain(
            sc, m.group("num"), m.group("scale"), m.start("num"), m.end(), cur
        ):
            continue  # "covered 450 KM": kilometres in capitals, not marks
        if code is not None and not plain_sign_abroad(
            cur, code, m.group("num"), m.group("scale"), sc.country
        ):
            add_money(sc, m, N.parse_amount(m.group("num"), m.group("scale")), code, m.start("num"))
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
        if cur.lower() in ("shilling", "shillings") and old_shillings(sc, m.group("scale")):
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
            and unpriced_plain(sc, m.group("num"), m.group("scale"), m.start("num"), m.end(), cur)
        ):
            continue  # "six punts", "85 marks" with no price: kicks and scores
        if code in currencies.STERLING_PAR_POUNDS and cur.lower() in ("pounds", "pound"):
            code = "GBP"  # "fined 4,000 pounds" in Gibraltar: sterling, as "£4,000" there is
        if (
            code is not None
            and _verb_not_currency(cur, m.group("num"), m.group("scale"), code, sc.country, sc.body, m.end())
            and not _named_amount_before(sc, cur, m.start(), m.end())
        ):
            continue  # "Of the 40 candidates, 12 won seats": the verb, in a story about no won's country
        if code in currencies.OLD_UNITS and m.group("age") == "old":
            code = currencies.OLD_UNITS[code]  # "40,000 old cedis": the unit before redenomination
        if code is not None and not (m.group("num") and _dashed_range(sc, m, value, code)):
            add_money(sc, m, value, code, core)
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
        add_money(sc, m, N.parse_amount(m.group("num"), None) * 1000, code, m.start("num"))


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


# ... unless its sentence states an amount in that currency before it ("charge 347.2 won per
# kilowatt-hour, while others charge up to 430 won"): the sentence's currency carries to the plain
# number, as "30 halalas above that" carries its sentence's price (late-units9)
NAMED_AMOUNT_REACH = 160  # characters back to the sentence's earlier amount in the same currency


def _named_amount_before(sc: Scanner, name: str, start: int, end: int) -> bool:
    """Whether an amount with the currency name `name` after it (its number with decimals, digit
    grouping or a scale) stands earlier in the sentence of the number at `start`, and the name
    ending at `end` takes no verb's object ("12 won the vote")."""
    if RE_VERB_OBJECT_AFTER.match(sc.body, end):
        return False
    s_start, _ = sc.sentence_bounds(start)
    return (
        _named_amount(name.lower()).search(sc.body, max(s_start, start - NAMED_AMOUNT_REACH), start)
        is not None
    )


@cache
def _named_amount(name: str) -> re.Pattern[str]:
    """An amount whose number has decimals, digit grouping or a scale, then the currency name."""
    return re.compile(rf"\d(?:[\d,.]*[.,]\d+|\s+{N.SCALE_WORD})\s+(?i:{re.escape(name)})\b")


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
        add_money(sc, m, N.parse_amount(m.group("num"), "million"), code, m.start("num"))


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
            add_money(sc, m, N.parse_amount(m.group("num"), m.group("scale")), code, m.start("num"))


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
        add_money(sc, m, value, code, m.start("num"), cents.end() if cents else None)
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
            add_money(sc, m, N.parse_amount(num, scale), code, m.start("num"))


# words before a plain amount that compare it with an amount just read ("firmed from about K27")
RE_COMPARED_BEFORE = re.compile(rf"\b(?:from|to|against|than|versus|vs\.?)\s+(?:{N.ROUGH_COUNT}\s+)?\Z")
RE_AMOUNT_JOIN = re.compile(r"\s+(?:to|and|or)\s+|\s*[-–]\s*")  # "from N50 to N70": the second amount
# the high end of a pair of letter-sign amounts right after the low one ("K150 to K180 per bag")
RE_JOINED_SIGN_AFTER = re.compile(
    r"(?:\s+(?:to|and|or)\s+|\s*[-–]\s*)(?P<cur>[A-Z]{1,2})(?P<num>\d[\d,.]*\d|\d)(?![\w-])"
)


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
    if paid_object(sc.body, start, end, sign) and not sc.body.endswith(DETERMINER_ENDS, 0, start):
        return True  # (not "were fined on the M1.": a road, after its article)
    if paid_noun_after(sc.body, end):
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
    m = price_unit_match(body, end)
    return (
        m is not None
        and m.group("a") in ("a", "an")
        and m.group("unit") not in FUNCTION_WORDS
        and m.group("unit") not in NOT_EACH_NOUNS
    )
