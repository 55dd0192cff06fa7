"""Money subjects: what an amount is for and per: the unit a price is quoted for ("$78 a barrel",
price_unit, priced_per, with_price_units), a sum paid, used or set aside, a noun of money paid
after it, the words after it up to its clause's end (money_subject), and the money figure added
with its subject (add_money)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .. import currencies, measures
from ..vocab import (
    APPROX_WORDS,
    CHANGE_WORDS,
    CLAUSE_OPENERS,
    DURATION_UNITS,
    FUNCTION_WORDS,
    FUNDS_NOUNS,
    MONEY_USE_VERBS,
    MONTHS,
    PAID_NOUNS,
    PAYMENT_VERBS,
    PRICE_UNIT_NOUNS,
    PRICE_VERBS,
    ROUGH_COUNT_WORDS,
)
from . import numbers as N
from .currency_signs import (
    RE_NEXT_NOUN,
    RE_SIGNED_HIGH_AFTER,
    after_joined_amount,
    money_cue_before,
    said_to_be,
)
from .exchange_rates import quoted_base
from .figure import Figure
from .noun_phrases import noun_phrase_before
from .words import singular, tokens, tokens_between

if TYPE_CHECKING:
    from ..extract import Scanner

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
# ... and a unit of two words, the second read when the two are one unit of the unit table ("A$300
# per megawatt hour", "12 cents a kilowatt hour", fixwalk40-a)
RE_SECOND_UNIT_WORD = re.compile(r" ([a-z]{2,})\b(?![-’'])")


def price_unit_match(body: str, end: int) -> re.Match[str] | None:
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
    m = price_unit_match(body, end)
    if m is None or m.group("unit") == "cent":
        return ""
    unit, after = " ".join(m.group("unit").split()), m.end()
    if (second := RE_SECOND_UNIT_WORD.match(body, after)) and measures.unit_word(f"{unit} {second.group(1)}"):
        unit, after = f"{unit} {second.group(1)}", second.end()  # "per megawatt hour": one unit
    if m.group("a") == "per" and (of := RE_UNIT_OF_AFTER.match(body, after)):
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
    m = price_unit_match(body, end)
    return m is not None and m.group("unit") in PAID_PER_TIME


def priced_per(body: str, end: int) -> bool:
    """Whether a unit a price is quoted for, or a span of time it is paid for, follows `end`."""
    m = price_unit_match(body, end)
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


def paid_object(body: str, start: int, end: int, sign: str) -> bool:
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
    (*"a an another further additional extra over only just".split(), *ROUGH_COUNT_WORDS)
)
RE_FUNDS_IN_AFTER = re.compile(r"\s+in\s+(?:new\s+)?(?P<noun>[a-z]+)\b")


def money_used(body: str, start: int, end: int) -> bool:
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


def unpriced_plain(sc: Scanner, num: str, scale: str | None, start: int, end: int, sign: str = "") -> bool:
    """Whether an amount is a plain number (no grouping, decimals or scale) with no price verb or
    noun of money paid before it (money_cue_before), no unit it is quoted per after it, and no
    second amount in the same sign after it that is a full or a priced one ("from 200 KM to 1,500
    KM", "up 5 KM to 40 KM a month")."""
    if scale or any(c in num for c in ".,"):
        return False
    if money_cue_before(sc.body, start) or priced_per(sc.body, end) or said_to_be(sc.body, start):
        return False
    if sign and after_joined_amount(sc.body, start, sign):
        return False  # "from 10 MT to 12 MT": the second of a pair
    high = RE_SIGNED_HIGH_AFTER.match(sc.body, end) if sign else None
    return not (
        high
        and high.group("cur") == sign
        and (any(c in high.group("num") for c in ".,") or priced_per(sc.body, high.end()))
    )  # "from 200 KM to 1,500 KM", "by 7 KM to 58 KM per month": the pair is money


# a word after how often a sum is paid, hyphened or not ("monthly scarce-skills allowance")
RE_NEXT_MODIFIER = re.compile(r" ([a-z]+(?:-[a-z]+)*)(?![\w\-‑])")


# how often a sum is paid, an adjective before the noun of money paid ("a P500 monthly allowance")
PAYMENT_PERIOD_ADJECTIVES = frozenset("hourly daily weekly monthly yearly annual".split())
KIND_WORDS_BEFORE_PAID = 2  # the words that may name the sum's kind between how often and its noun


def paid_noun_after(body: str, end: int) -> bool:
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


def add_money(
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
        second = _fiscal_second(words[-1], after[i + 1 : i + 2]) if w == "/" and words else ""
        if second:
            words[-1] += f"/{second}"  # "budget for 2026/27": the fiscal year whole ends it
            break
        if not (w[0].isalnum()) or w.lower() in AMOUNT_CLAUSE_ENDS:
            break  # "and ...", "because its buyer paid": another clause
        if premodifier and words and w in CHANGE_WORDS and words[-1] != "to" and words[-1].isalpha():
            break  # "the $5bn programme reached": the noun the amount modifies, not its verb
        if words and w.lower() in FINITE_AFTER_PHRASE:
            break  # "stole $2m meant for clinics was jailed": the main clause's verb ends the phrase
        if after[i + 2 : i + 3] == ["ago"]:
            break  # "two years ago", "10 days ago"
        if w.lower() == "or" and _opens_a_number(after[i + 1 : i + 5]):
            break  # "R9.4 billion or 38 per cent of the budget": the amount said again, no subject
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


RE_SECOND_YEAR = re.compile(r"\d{2}(?:\d{2})?(?!\d)")  # "27", "2027" after "2026/"


def _fiscal_second(year: str, after: list[str]) -> str:
    """The second year of a fiscal year written "2026/27" ("2026", "/", "27."), or ""."""
    if not (len(year) == 4 and year.isdigit() and after):
        return ""
    second = RE_SECOND_YEAR.match(after[0])
    return second.group(0) if second else ""


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


# An exchange rate's subject names its pair ("tenge per US dollar", exchange_rates.py): a rule of the
# clause that names only the quoted currency ("The tenge weakened 0.5% to 521.40 per dollar" ->
# "tenge") keeps the pair, which says what the number is.
RE_RATE_PAIR = re.compile(r"(?P<name>[^()]+?) per (?P<base>[^()]+)")
RE_BASE_WORD = re.compile(r"[a-z]{3,}")


def kept_rate_pair(old: str, new: str) -> str:
    """The rate pair `old` when `new` names only its quoted currency, else `new`."""
    pair = RE_RATE_PAIR.fullmatch(old)
    if pair is None or " per " in new or not RE_BASE_WORD.search(pair.group("base")):
        return new  # (a base cut short, "per U", is no pair to keep)
    name = pair.group("name").lower()
    return old if new.strip().lower() in (name, name.split()[-1]) else new
