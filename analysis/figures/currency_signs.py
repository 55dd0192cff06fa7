"""Currency signs: which currency a sign or code before an amount stands for (sign_currency; the
article's dollar, a dollar named or marked after or before the sign, a dollar compared; letter
signs the article's country writes; retired currencies in their years), the currency named after
an amount (name_currency, compound_currency), the article's countries (countries_of), and letter
signs that are no money: roads, names' letters, codes, bonds; where amounts with a sign start
(money_anchors)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from .. import currencies
from ..vocab import (
    CHANGE_WORDS,
    DEBT_WORDS,
    FUNCTION_WORDS,
    NAME_WORDS,
    PAID_NOUNS,
    PRICE_UNIT_NOUNS,
    PRICE_VERBS,
    SELLING_VERBS,
)
from .digit_groups import previous_word
from .noun_phrases import ARTICLES
from .place_names import road_code

if TYPE_CHECKING:
    from ..extract import Scanner

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
# Names that follow a number in other senses: "passed the 1,000 mark", "a 24-carat gold".
NOT_AFTER_NUMBERS = frozenset(("mark", "gold", "real", "sol", "inti"))
# The commonest signs and names, each one currency wherever the article is: no country needed.
ONE_CURRENCY = frozenset(
    ("$", "US$", "US $", "€", "£", "USD", "EUR", "GBP", "dollars", "dollar", "euros", "euro")
)


# "C $", "hk $", "A $": a country's letters written apart from the dollar sign (tokenised wire copy);
# not the "s" of a possessive ("music ' s $ 500") nor the last letter of "u.s $"
RE_DOLLAR_MARK = re.compile(r"(?<![\w$'’.])(?<!['’] )(?P<mark>(?i:c|ca|hk|nz|s|sg|us|au|mex|nt))\s\Z")


@lru_cache(maxsize=1024)  # an article's few signs and currencies repeat; bounded whatever the input
def is_sign_of(sign: str, code: str) -> bool:
    """Whether the engine reads `sign` before an amount as currency `code` where that currency is
    tender ("KSh" and "Sh" in Kenya, "R" in South Africa, "N" in Nigeria); never the code itself."""
    if sign.upper() == code:
        return False
    if code in COUNTRY_LETTER_SIGNS.get(sign, {}).values():
        return True
    return currencies.currency_for_sign(sign, currencies.tender_places(code)) == code


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


# the high end of a range after a plain amount written with its sign after it ("from 200 KM to 1,500
# KM", "200-1,500 KM"): the sign written again, or once, after the second number
RE_SIGNED_HIGH_AFTER = re.compile(
    r"\s*(?:[-–]|\s(?:to|and)\s)\s*(?P<num>\d[\d,.]*)\s?(?P<cur>[A-Z]{2})(?!\w)"
)


# words after a sign's one-digit amount that keep it money: the coins and notes a sum is in
MONEY_OBJECTS = frozenset("coin coins note notes banknote banknotes".split())
DETERMINER_ENDS = tuple(f"{w} " for a in sorted(ARTICLES) for w in (a, a.capitalize()))  # "the ", "The ", ...


def letters_of_a_name(body: str, start: int, end: int, sign: str, num: str, scale: str | None) -> bool:
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


def road_named(
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


def debt_named(body: str, start: int, end: int, sign: str, num: str, scale: str | None) -> bool:
    """Whether a letter sign and a plain number (no scale, decimals or grouping) name a bond: a
    debt word right after them and no "a" or "an" before ("the benchmark R2035 bond")."""
    if scale or not num.isdigit() or not sign[:1].isalpha():
        return False
    following = RE_NEXT_NOUN.match(body, end)
    if following is None or following.group(1) not in NAMED_DEBT_WORDS:
        return False
    return not body.endswith(("a ", "an ", "A ", "An "), 0, start)


def after_joined_amount(body: str, start: int, sign: str) -> bool:
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


RE_BE_BEFORE = re.compile(r"\b(?P<word>[a-z]+)\s+(?:is|was|are|were|will\s+be)\s+\Z")


def said_to_be(body: str, start: int) -> bool:
    """Whether a noun of money paid (vocab.PAID_NOUNS) and "is"/"was" stand right before `start`
    ("the fine is KM 500")."""
    m = RE_BE_BEFORE.search(body, max(0, start - 30), start)
    return m is not None and m.group("word") in PAID_NOUNS


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


# a document's number after its letter: plain digits, no grouping, decimals or scale ("R23 of")
RE_PLAIN_CODE_NUMBER = re.compile(r"\.?\d{1,5}(?![\d,.]\d|\s*(?:bn|billion|mn|million|m|k|trillion)\b)")


# "R0" as epidemiology names the basic reproduction number: a lone nought glued to the letter, no
# more digits, decimals or scale after it ("an R0 of 2.5"); no amount of money is nothing
RE_R_NOUGHT = re.compile(r"R0(?!\w|[.,]\d|\s*(?:bn|billion|mn|million|m|k|trillion)\b)")


# a model's or a part's code that opens with a letter sign: plain digits, a hyphen and one to three
# capitals ending the word ("the K9-X tractor", "its new R4-T turbines", late-units10); a range's
# second end has its sign and digits after the hyphen ("R800-R950")
RE_CODE_LETTERS_TAIL = re.compile(r"\d{1,4}[-‑][A-Z]{1,3}(?![\w‑-])")


def sign_in_code(body: str, start: int, sign: str) -> bool:
    """Whether a letter sign is part of a code joined by a hyphen ("PLX-R18", "SU-R5"), not money;
    after an amount's digits the hyphen joins a range ("Sh2,850-Sh3,150", "R800-R950"). Also a
    document's number after its capitalised name word ("Proclamation R23 of 2021", "Regulation
    R45", NAME_WORDS), as South Africa's gazette numbers its regulations; "a R23 fee" is money.
    Also an airline's code after "flight" ("on flight QR 908": the flight's name) and the last
    letter of a dotted abbreviation ("H.R. 3684": a bill's name, no rand), and epidemiology's
    "R0" (RE_R_NOUGHT), and a code with capitals after its digits ("R4-T": RE_CODE_LETTERS_TAIL)."""
    if sign == "R" and RE_R_NOUGHT.match(body, start):
        return True  # "an R0 of 2.5": an epidemic's basic reproduction number, named, no rand
    if sign[:1].isalpha() and RE_CODE_LETTERS_TAIL.match(body, start + len(sign)):
        return True  # "model R4-T": a code whose letters follow its digits, no amount
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


def country_letter_code(sign: str, countries: tuple[str, ...]) -> str | None:
    """The currency a sign of COUNTRY_LETTER_SIGNS stands for: that of the best-ranked of the
    article's countries whose press writes it ("K" in a Port Moresby story that names Australia
    more often: the kina), or None."""
    local = COUNTRY_LETTER_SIGNS[sign]
    return next((local[c] for c in countries if c in local), None)


RE_NEXT_NOUN = re.compile(r" ([a-z]+)\b")


# what names money right before a letter sign and a plain number: a noun of what is paid ("a fee
# of K20", "fines of up to K300") or a change of it ("a rise to K3", "cut from P25")
PRICE_HEDGE = r"(?:(?:up\s+to|about|around|nearly|almost|over|only|just|between)\s+)?"  # "of up to", "costs about", "at just"
RE_MONEY_CUE_BEFORE = re.compile(rf"\b(?P<word>[a-z]+)\s+(?:of|to|from|at)\s+{PRICE_HEDGE}\Z")
# ... or such a noun as the subject of "is" or "was" ("The exam fee is P900", "the fare was K15")
RE_PAID_NOUN_IS_BEFORE = re.compile(rf"\b(?P<word>[a-z]+)\s+(?:is|was|will\s+be)\s+{PRICE_HEDGE}\Z")


# ... or a verb of price, with "for" or "at" after it or none ("costs K280", "sells for P14")
RE_PRICE_VERB_BEFORE = re.compile(rf"\b(?P<word>[a-z]+)\s+(?P<prep>(?:for|at)\s+)?{PRICE_HEDGE}\Z")


def money_cue_before(body: str, start: int) -> bool:
    """Whether a noun of money paid (vocab.PAID_NOUNS) or a change word, then "of", "to", "from" or
    "at" (a noun of money paid also then "is" or "was"), or a verb of price (vocab.PRICE_VERBS),
    stands right before an amount starting at `start`."""
    m = RE_MONEY_CUE_BEFORE.search(body, max(0, start - 40), start)
    if m is not None and (m.group("word") in PAID_NOUNS or m.group("word") in CHANGE_WORDS):
        return True
    m = RE_PAID_NOUN_IS_BEFORE.search(body, max(0, start - 40), start)
    if m is not None and m.group("word") in PAID_NOUNS:
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
