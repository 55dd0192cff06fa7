"""Change words and directions of percents: the clause before a percent (its words back to a
comma, with the clause a relative pronoun hangs on), the direction of the change it names
(clause_change, restated_change, direction_before_by, verb_object, a change ranked, at a rate or
before an aside), inflation and growth as changes (is_change_measure), a forecast change, and what
a percent change measures (its object or the noun phrase of its clause)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .. import currencies
from ..vocab import (
    AUXILIARY_VERBS,
    BY_COMPARISON_VERBS,
    BY_ONLY_CHANGE_VERBS,
    CHANGE_MEASURES,
    CHANGE_WORDS,
    CONTRAST_CONJUNCTIONS,
    FUNCTION_WORDS,
    IRREGULAR_PAST_VERBS,
    MINOR_CURRENCY_UNITS,
    POSSESSIVE_DETERMINERS,
    PREMIUM_PAYERS,
    PRICE_GAP_WORDS,
    RELATIVE_PRONOUNS,
    SCALE_ABBREVIATIONS_MONEY_ONLY,
    SCALE_WORDS,
    SEASONS,
)
from . import noun_phrases, subject_clauses
from . import numbers as N
from .figure import Figure
from .noun_phrases import BE_WORDS, CHANGE_NOUNS, DETERMINERS, GAP_NOUNS, past_form
from .words import sentence_names

if TYPE_CHECKING:
    from ..extract import Scanner

RE_SHARE_AFTER = re.compile(r"\s+(?:of|share)\b")
# the verbs of "make up" ("women make up 48% of staff"): a share, not a rise; and those of "take
# up" before "of" ("rent takes up 40% of income")
MAKE_UP_VERBS = frozenset("make makes made making".split())
TAKE_UP_VERBS = frozenset("take takes took taken taking".split())
CLAUSE_WORDS = 12  # how far back a percent's clause is read for what it measures
# the period a percent is "per": a rate of change ("about 5% a year", "0.4% a month")
PER_PERIOD = frozenset(
    (article, period)
    for article in ("a", "per", "each")
    for period in ("year", "month", "quarter", "week", "annum")
)
TAXED_GAINS = frozenset(("gain", "gains"))
# the words of an aside that states the level of the noun before its comma ("inflation, at 24.5 per
# cent in February, ...", "unemployment, now 6.1%, ..."): the noun is what the percent measures
APPOSITIVE_LINKS = frozenset("at now currently running standing still already".split())
# change words that open such an aside ("gas prices, up 18% since the autumn, ...")
APPOSITIVE_CHANGES = frozenset(("up", "down"))


def _clause(before: list[str]) -> list[str]:
    """The lower-case words of the percent's clause before it (back to a comma or semicolon), at
    most CLAUSE_WORDS words; a number joined to a word by a hyphen ("30-day") is one word."""
    words: list[str] = []
    counted = 0
    before = subject_clauses.without_adverb_aside(before)  # "Exports, however, rose"
    for i in range(len(before) - 1, -1, -1):
        word = before[i]
        if word in (",", ";", ":"):
            break
        words.append(word.lower())
        if word != "-" and before[i + 1 : i + 2] != ["-"]:
            counted += 1
            if counted == CLAUSE_WORDS:
                break
    return words


RELATIVE_OPENERS = frozenset(("which", "that"))
# participles that open a clause of movement after a comma ("..., rising to 4%", "..., picking up to 3%")
PARTICIPLE_MOVES = frozenset(w for w in CHANGE_WORDS if w.endswith("ing")) | frozenset(
    "picking edging ticking inching creeping nudging moving".split()
)
LINK_ONLY_WORDS = 3  # "was", "is now", "was still running": a clause that is only its verb


def with_antecedent(clause: list[str], before: list[str]) -> list[str]:
    """A percent's clause (see `_clause`), and when it opens with "which" or "that" after a comma,
    the clause before that comma too: the noun the relative clause describes ("inflation, which
    eased to 2.4%"); after an aside, the clause it interrupts ("the yield, a gauge of ..., rose to")."""
    if not clause or len(before) <= len(clause):
        return clause
    if clause[-1] in RELATIVE_OPENERS:
        return clause + _clause(before[: -len(clause) - 1])
    if clause[-1] in PARTICIPLE_MOVES:
        # "growth of 1.5% this year, picking up to 3% in 2027", "inflation was 3.4%, easing to
        # 3.1%": a participle clause of movement tells the level of what the clause before measures
        return clause + _clause(before[: -len(clause) - 1])
    if clause[-1] in CHANGE_WORDS and len(clause) <= LINK_ONLY_WORDS:
        # "the two-year yield, the most sensitive to rate expectations, dipped to 3.41%": a clause of
        # only its change verb after an aside reads the clause the aside interrupts, not the aside
        # (late-kinds13)
        aside = _clause(before[: -len(clause) - 1])
        rest = before[: -len(clause) - len(aside) - 1]
        return clause + _clause(rest[:-1]) if aside and rest[-1:] == [","] else clause
    if clause[-1] not in BE_WORDS or len(clause) > LINK_ONLY_WORDS:
        return clause
    # "inflation in Lima, Peru, was 3.4%", "core inflation, which strips out fuel, was 2.8%": a
    # clause of only its verb after a comma reads the aside before it and the clause it interrupts
    aside = _clause(before[: -len(clause) - 1])
    rest = before[: -len(clause) - len(aside) - 1]
    return clause + aside + (_clause(rest[:-1]) if rest and rest[-1] == "," else [])


def appositive_lead(before: list[str]) -> int:
    """How many of the words `before` a percent (lower case) open an aside that states the level of
    the noun before its comma ("inflation , at" -> 2), or 0."""
    n = 0
    while n < len(before) and before[-1 - n] in APPOSITIVE_LINKS:
        n += 1
    return n + 1 if n and n < len(before) - 1 and before[-1 - n] == "," else 0


# Words that rank a change among others: "rose most", "the biggest fall", "led the rise"
RANKING_WORDS = frozenset(
    "most fastest biggest largest steepest sharpest strongest smallest slowest least led leading".split()
)
RANKED_CHANGE_WORDS = 8  # words back from "at" to the change and its ranking word


PACE_NOUNS = frozenset(("rate", "pace"))
PACE_WORDS = 7  # "at a seasonally adjusted annual rate": the words back to "at"


def change_at_rate(before: list[str]) -> str:
    """The direction of a change verb right before "at" when a rate or a pace follows it ("wages
    grew at an annual rate", "prices rose at a pace": the words before "of", lower case), or ""."""
    if not before or before[-1] not in PACE_NOUNS:
        return ""
    window = before[-PACE_WORDS:-1]
    if "at" not in window:
        return ""
    at = len(window) - 1 - window[::-1].index("at")
    verb = window[at - 1] if at else (before[-PACE_WORDS - 1] if len(before) > PACE_WORDS else "")
    return CHANGE_WORDS.get(verb, "")


def ranked_change(before: list[str]) -> str:
    """The direction of a change ranked among others in the words before "at" ("prices rose most in
    Cork ," -> increase; "the biggest fall was in Lima ,"), or "": the percent after "at" is that
    change, not a level."""
    words = [w for w in before[-RANKED_CHANGE_WORDS:] if w not in (",", "the")]
    for i in range(len(words) - 1, 0, -1):
        if words[i] in RANKING_WORDS and words[i - 1] in CHANGE_WORDS:
            return CHANGE_WORDS[words[i - 1]]  # "rose most", "grew the fastest"
        if words[i - 1] in RANKING_WORDS and words[i] in CHANGE_WORDS:
            return CHANGE_WORDS[words[i]]  # "the biggest fall", "led the rise"
    return ""


CEILING_NOUNS = frozenset("cap ceiling limit".split())
# the bound a state sets on how much a council's rates (its property tax) may rise in a year, as
# Australian and New Zealand council copy names it ("the rate peg", "Victoria's rate cap"): a change
RATES_CEILING_NOUNS = frozenset("peg cap".split())
SUBJECT_PREPOSITIONS = frozenset("in of on for to at across among".split())


def charged_premium(words: list[str], i: int) -> bool:
    """Whether lower-case words[i] is a premium an auction charges its buyer (vocab.PREMIUM_PAYERS
    before it: "a buyer's premium of 25%"): a share of the price, no price gap."""
    return words[i] in ("premium", "premiums") and i > 0 and words[i - 1] in PREMIUM_PAYERS


def change_named_before_be(before: list[str]) -> str | None:
    """When the subject of the "is"/"was" a percent follows is headed by a change or a price gap
    ("the increase", "the fall in sales", "the discount for students") or by a cap on a change ("the
    cap on fare increases"): the change's direction ("" when unknown); else None. A percent that a
    change is said to be is that change, not a share."""
    clause = _clause(before)[::-1]  # in reading order
    while clause and clause[0] in DETERMINERS:
        clause = clause[1:]
    if not clause or len(clause) > CLAUSE_WORDS:
        return None
    cut = next((i for i, w in enumerate(clause) if w in SUBJECT_PREPOSITIONS or w == "between"), len(clause))
    if cut == 0:
        return None
    head, rest = clause[cut - 1], clause[cut:]
    if head in GAP_NOUNS and rest[:1] == ["between"]:
        return ""  # "the gap between the two bids was 4%": how far one stands from the other
    if head in CHANGE_NOUNS:
        return CHANGE_WORDS.get(head, "")
    if head in PRICE_GAP_WORDS and not charged_premium(clause, cut - 1):
        return PRICE_GAP_WORDS[head]
    if head in CEILING_NOUNS and rest[:1] == ["on"] and any(w in CHANGE_NOUNS for w in rest):
        return ""
    if any(clause[i] in RATES_CEILING_NOUNS and clause[i - 1] in ("rate", "rates") for i in range(1, cut)):
        return ""  # "this year's rate peg is 3%": the most council rates may rise
    return None


# A loss of an amount restated after a comma as a part of its owner's whole ("lost 1,140 hectares of
# mangrove forest between 2016 and 2026, about 6% of its cover"): the fall as a share of the
# starting level, a change (rules, table 2: "lost 9% of body weight"; late-kinds14)
LOSS_VERBS = frozenset("lose loses lost losing shed sheds shedding".split())
LOSS_REACH = 20  # tokens before the comma read back for the loss verb and its amount


def loss_restated(before: list[str], after: list[str]) -> bool:
    """Whether a percent after a comma (lower-case `before` ends with it) and before "of" and an
    owner ("of its cover") restates the amount a loss verb of its sentence took (above)."""
    last = before[-1] if before else ""
    if not (last == "," or last[:1].isdigit() and last.endswith(",")):  # "2026," is one token
        return False
    if after[:1] != ["of"] or after[1:2] == [] or after[1] not in POSSESSIVE_DETERMINERS:
        return False
    for i in range(len(before) - 2, max(-1, len(before) - 2 - LOSS_REACH), -1):
        if before[i] in (",", ";", ":"):
            return False
        if before[i] in LOSS_VERBS:
            return before[i + 1][:1].isdigit()
    return False


ASIDE_CHANGE_WORDS = 6  # the words before an aside's comma read for a change noun and what changed
ASIDE_CHANGE_TAIL = 3  # words after that noun's preposition, at most ("dip in brightness")


def change_before_aside(before: list[str]) -> tuple[str, str] | None:
    """When the words before an aside's comma (lower case) end in a change noun, or in one, a
    preposition and at most ASIDE_CHANGE_TAIL words of what changed ("a population decline", "the
    tiny dip in brightness"): the change's direction ("" when unknown) and those words; else None."""
    clause = _clause(before)[:ASIDE_CHANGE_WORDS][::-1]  # in reading order
    for i in range(len(clause) - 1, -1, -1):
        word = clause[i]
        if word in CHANGE_NOUNS and (
            i == len(clause) - 1
            or clause[i + 1] in SUBJECT_PREPOSITIONS
            and len(clause) - i - 2 <= ASIDE_CHANGE_TAIL
        ):
            return CHANGE_WORDS.get(word, ""), " ".join(clause[i:])
        if word in BE_WORDS or word in CHANGE_WORDS:
            return None  # a verb between: the words after it are its object, no change's phrase
    return None


CEILING_CLAUSE_WORDS = 3  # "the cap", "the new fee cap": the words of a ceiling's subject, at most
# the words that open a clause before a ceiling's subject (vocab.CONTRAST_CONJUNCTIONS and "and", "yet", "so")
CEILING_CLAUSE_OPENERS = frozenset((*CONTRAST_CONJUNCTIONS, "and", "yet", "so"))
CEILING_CHANGE_REACH = 200  # characters around a ceiling's percent read for the change it bounds


def bare_ceiling(before: list[str]) -> bool:
    """Whether the subject of the "is" a percent follows is a ceiling noun alone, with at most a
    modifier ("The cap is 5%", "but the new cap is 4%"), no "of" or "on" naming what it bounds."""
    clause = _clause(before)[::-1]
    opener = max((i for i, w in enumerate(clause) if w in CEILING_CLAUSE_OPENERS), default=-1)
    clause = [w for w in clause[opener + 1 :] if w not in DETERMINERS]
    return 0 < len(clause) <= CEILING_CLAUSE_WORDS and clause[-1] in CEILING_NOUNS


def change_near(sc: Scanner, start: int, end: int) -> bool:
    """Whether a change noun ("increases", "rise") stands in the percent's sentence or the one before
    it, within CEILING_CHANGE_REACH characters: what a bare ceiling bounds."""
    s_start, s_end = sc.sentence_bounds(start)
    low = max(0, s_start - CEILING_CHANGE_REACH // 2, start - CEILING_CHANGE_REACH)
    words = RE_WORD.findall(sc.lower, low, start) + RE_WORD.findall(sc.lower, end, min(s_end, end + 60))
    return any(w in CHANGE_NOUNS or w.endswith("s") and w[:-1] in CHANGE_NOUNS for w in words)


def clause_change(before: list[str]) -> str:
    """The direction of the nearest change word in a percent's clause ("grew the most in terms of
    percentage" -> increase), or ""."""
    return next((CHANGE_WORDS[w] for w in _clause(before) if w in CHANGE_WORDS), "")


def amount_before_or(before: list[str]) -> bool:
    """Whether "or" before a percent follows an amount of money or a scaled number ("an increase
    of $280 million or 4.6%", "a rise of 15 tyiyn or 11%"), which the percent restates even without
    a comma; "3 or 4%" is one uncertain figure."""
    i = len(before) - 2
    if (
        i > 0
        and (before[i] in currencies.name_words() or before[i] in MINOR_CURRENCY_UNITS)
        and before[i - 1][:1].isdigit()
    ):
        return True  # "a rise of 15 tyiyn or about 11 percent", "up 10 shillings or 20%": named after
    if before[i].lower() in SCALE_WORDS or before[i] in SCALE_ABBREVIATIONS_MONEY_ONLY:
        i -= 1  # "$280 million", "$280m"
    if i < 1 or not before[i][:1].isdigit():
        return False
    sign = before[i - 1]
    return sign in currencies.sign_words()  # "$", "€", "Rs", "KSh", "EUR", ...


# the period a change is stated for, after its figure and before ", or N%" ("this winter", "last year")
PERIOD_DEICTICS = frozenset(("this", "last", "next"))
PERIOD_NOUNS = frozenset(("year", "month", "week", "quarter", "season", "fall", *SEASONS))


# a change in points restated in percent ("up 3.4 points, or 16 per cent,"), then the level it is
# measured from ("on its 21.7 per cent last time", "against 6.6 per cent in 2021"): a share's
# earlier level, no change (percent.py, back_references.py)
RE_POINTS_RESTATED = re.compile(r"\bpoints?,?\s+or\s+\Z")
RE_EARLIER_LEVEL_JOIN = re.compile(
    r"^,?\s+(?:on|against|from|compared\s+(?:with|to)|versus)\s+(?:(?:its|their|his|her|the)\s+)?\Z"
)
POINTS_REACH = 24  # characters before a change read for the points it restates


def earlier_share_level(body: str, change_start: int, between: str) -> bool:
    """Whether a percent after a change (starting at `change_start`, `between` the text up to the
    percent) in points restated in percent is the level the change is measured from."""
    lead = body[max(0, change_start - POINTS_REACH) : change_start]
    return RE_EARLIER_LEVEL_JOIN.match(between) is not None and RE_POINTS_RESTATED.search(lead) is not None


def restated_change(before: list[str]) -> str:
    """The direction of a change stated just before ", or N%" ("fell $1.14", "closed down 1,284.6
    points", "rose 14p"): a change word right before the figure's number, sign and unit; else ""."""
    if len(before) > 3 and before[-1] == "," and tuple(before[-3:-1]) in PER_PERIOD:
        before = [*before[:-3], ","]  # "rose £300 a year, or 12%": the change, per period
    elif _per_unit_price(before):
        before = [*before[:-3], ","]  # "raised by 46 cents a litre, or 12%": the change, per unit
    elif (
        len(before) > 3 and before[-1] == "," and before[-3] in PERIOD_DEICTICS and before[-2] in PERIOD_NOUNS
    ):
        before = [*before[:-3], ","]  # "cut 800,000 seats this winter, or 10%": the change, its period after
    tail = [w for w in before[-5:] if w != ","]
    if not any(w[:1].isdigit() for w in tail):
        return ""  # no figure right before ", or"
    spots = [k for k in range(max(0, len(before) - 6), len(before)) if before[k] != ","]
    words = [before[k] for k in spots]  # the tail and the word before it (`spots`: where in `before`)
    for i in range(len(words) - 1, len(words) - len(tail) - 1, -1):
        word, prev = words[i], words[i - 1] if i else ""
        if word == "up" and (prev in MAKE_UP_VERBS or prev in TAKE_UP_VERBS):
            return ""  # "making up K265 million, or 66%": a part of a whole, a share
        if word in CHANGE_WORDS:
            return CHANGE_WORDS[word]
        if word == "of" and prev in CHANGE_WORDS and prev in CHANGE_NOUNS:
            return CHANGE_WORDS[prev]  # "an increase of 9.8 cents, or 24%": the change restated
        if word == "by" and prev in CHANGE_WORDS:
            return CHANGE_WORDS[prev]  # "has risen by about $40 a year, or 9%": the change restated
        if word == "by" and (moved := direction_before_by(before[: spots[i]])):
            return (
                moved  # "will cut capacity by 800,000 seats, or 10%": the verb's change, its object between
            )
        if word in ("to", "at", "from", "of", "by"):
            return ""  # "rose to RM5 million, or 12%": a level, not the change
    return ""


# the article of a price's unit after its amount ("46 cents a litre", "£1.20 per pack")
PER_UNIT_ARTICLES = frozenset(("a", "an", "per"))


def _per_unit_price(before: list[str]) -> bool:
    """Whether the words before ", or N%" end with an amount and its unit ("46 cents a litre ,",
    "£1.20 a pack ,"): the number or its money word, an article, one word of a unit."""
    if (
        len(before) < 5
        or before[-1] != ","
        or before[-3] not in PER_UNIT_ARTICLES
        or not before[-2].isalpha()
    ):
        return False
    amount = before[-4]
    return amount[:1].isdigit() or amount in MINOR_CURRENCY_UNITS or amount in currencies.name_words()


RE_WORD = re.compile(r"[a-z]+")


def is_change_measure(before: list[str], after: list[str]) -> bool:
    """Inflation and growth are changes even when they read like levels ("inflation at 3.4%")."""
    return names_change_measure(_clause(before), after)


# the words of a period before "rate" that make it the pace prices change at, in a sentence that
# names inflation ("the annual rate", "the monthly rate"), not a level of interest or tax
PERIOD_RATE_WORDS = frozenset("annual annualised annualized yearly monthly".split())


def period_rate(clause: list[str]) -> list[str]:
    """The period word and "rate" of a percent's clause (lower case, read back from the percent)
    that names a rate over a period ("taking the annual rate to" -> ["annual", "rate"]), or []."""
    for i in range(len(clause) - 1):
        if clause[i] in ("rate", "rates") and clause[i + 1] in PERIOD_RATE_WORDS:
            return [clause[i + 1], clause[i]]
    return []


# a ratio a change word modifies, as insurers and lenders report claims against premiums or loans
# ("the loss ratio improved to 52.1%", "a 61% loss ratio"): a share, like the combined ratio, no loss
RATIO_HEADS = frozenset(("ratio", "ratios"))


def names_change_measure(clause: list[str], after: list[str]) -> bool:
    """Whether a percent's clause (lower case) or its next two words name inflation or growth."""
    named = any(
        w in CHANGE_MEASURES
        and not (w in TAXED_GAINS and clause[i + 1 : i + 2] == ["capital"])
        and not (i and clause[i - 1] in RATIO_HEADS)
        for i, w in enumerate(clause)
    )  # "capital gains tax" names a tax, not a gain; "the loss ratio" a share
    return named or any(
        w.lower() in CHANGE_MEASURES and after[k + 1 : k + 2] != ["ratio"] for k, w in enumerate(after[:2])
    )


NEAREST_CHANGE_WORDS = 8
# prepositions that open a phrase inside a changed object before "by" ("cut its grants to the
# state's airports by", "raise the levy on second homes by", "reduce funding for the rural lines by")
OBJECT_PREPOSITIONS = frozenset(("to", "on", "for", "in", "from"))


def direction_before_by(window: list[str]) -> str:
    """The direction of the change that "by N percent" measures, from the lower-case words before "by".

    A change verb that takes an object ("cut its growth forecast by 3%") sets it even when a change noun
    stands inside the object; otherwise the nearest change word does ("sales growth slowed by 3%").
    """
    direction, _ = verb_object(window)
    if direction:
        return direction
    if window[-1:] and window[-1] in BY_ONLY_CHANGE_VERBS:
        return BY_ONLY_CHANGE_VERBS[window[-1]]  # "the economy could contract by 0.2%"
    if window[-1:] and window[-1] in BY_COMPARISON_VERBS:
        return BY_COMPARISON_VERBS[window[-1]]  # "the sukuk was oversubscribed by 154%": the gap above it
    if window[-1:] in (["it"], ["them"]) and window[-2:-1] and window[-2] in BY_COMPARISON_VERBS:
        # "expects to miss it by 5%": the gap to the target the pronoun stands for
        return BY_COMPARISON_VERBS[window[-2]]
    for i, word in enumerate(reversed(window)):
        if word in (",", ";", ":"):
            break
        if word in BY_COMPARISON_VERBS and i < NEAREST_CHANGE_WORDS:
            return BY_COMPARISON_VERBS[word]  # "tops last year's $361,940 by": the gap to the reference
        if word in CHANGE_WORDS and (i < NEAREST_CHANGE_WORDS or window[-i - 2 : -i - 1] == ["to"]):
            return CHANGE_WORDS[
                word
            ]  # further back only a verb: "agreed to cut next year's catch limit for cod by"
    return next((CHANGE_WORDS[w] for w in reversed(window[-NEAREST_CHANGE_WORDS:]) if w in CHANGE_WORDS), "")


def verb_object(window: list[str]) -> tuple[str, int]:
    """The direction of a change verb that takes the object before "by" ("cut the risk of stroke
    by"), and where the object's determiner stands in the lower-case words; ("", -1) if none."""
    i = len(window) - 1
    while i > 0:  # walk back over the object's noun phrase to its determiner
        if window[i] == "by":
            break  # an earlier "by 12%" of a gapped list: the object is the later one's alone
        if window[i] in DETERMINERS:
            if window[i - 1] == "of":  # "the growth of the unit": the phrase goes on before "of"
                i -= 2
                continue
            if window[i - 1] in OBJECT_PREPOSITIONS and i > 2 and window[i - 2].isalpha():
                # "cut its subsidy to the region's theatres and orchestras by": the object's own
                # phrase after a preposition, its noun before it (late-kinds13)
                i -= 2
                continue
            if window[i - 1] == "or" and i > 2 and window[i - 2].isalpha():
                # "cut the risk of death or a first stroke by": alternatives in one object ("and"
                # joins a gapped list instead: "cut A by 12% and B by 20%")
                i -= 2
                continue
            if window[i - 1] in CHANGE_WORDS:
                return CHANGE_WORDS[window[i - 1]], i
            if window[i - 1] in BY_COMPARISON_VERBS:  # "surpassed the plan by": the gap to it
                return BY_COMPARISON_VERBS[window[i - 1]], i
            break
        i -= 1
    return "", -1


def finite_verb(word: str) -> bool:
    """Whether a lower-case word right after a percent is a verb whose subject it is: a form of
    be, have or a modal, a regular or irregular past ("were", "had", "dropped", "left", "said")."""
    return (
        word in AUXILIARY_VERBS
        or word in IRREGULAR_PAST_VERBS
        or word == "said"
        or past_form(word)
        and word.isalpha()
    )


INFLATION_CUES = ("inflation", "consumer prices", "cpi")


def inflation_sentence(sc: Scanner, offset: int) -> bool:
    """Whether the sentence around `offset` speaks of inflation (a target there is an inflation target)."""
    return sentence_names(sc, offset, INFLATION_CUES)


# words of an interest rate: a target range near them is a rate's ("the funds rate's target range")
RATE_CUES: tuple[str, ...] = (" rate", "interest", "funds", "benchmark", "the fed", "fed's")


def inflation_nearby(sc: Scanner, offset: int) -> bool:
    """Whether the sentence around `offset`, or the one before it, speaks of inflation while the
    sentence itself names no interest rate ("Inflation eased to 3%. The figure is inside the
    bank's target range of 2% to 4%.")."""
    if sentence_names(sc, offset, RATE_CUES):
        return False
    s_start, _ = sc.sentence_bounds(offset)
    return inflation_sentence(sc, offset) or s_start > 0 and inflation_sentence(sc, s_start - 1)


# a verb of expecting or forecasting right before a bare percent ("analysts had expected 2.9%")
RE_EXPECTED_BEFORE = re.compile(
    r"\b(?:expected|expect|expects|expecting|forecast|forecasts|predicted|predict|predicts|projected|"
    r"anticipated)\s+\Z",
    re.IGNORECASE,
)
EXPECTED_REACH = 16  # characters before the percent read for the verb


def expected_change(sc: Scanner, previous: Figure | None, start: int, end: int) -> bool:
    """Whether a percent right after a verb of expecting ("economists had forecast 2.4%") is the
    forecast of a change: the latest percent, in its sentence or the one before, is a change
    (the figure just reported), or inflation is spoken of there; not a share ("40% of")."""
    if RE_SHARE_AFTER.match(sc.body, end) or not RE_EXPECTED_BEFORE.search(
        sc.body, max(0, start - EXPECTED_REACH), start
    ):
        return False
    if previous is not None and previous.kind == "percent_change" and previous.end <= start:
        s_start, _ = sc.sentence_bounds(start)
        if previous.start >= s_start or s_start > 0 and previous.start >= sc.sentence_bounds(s_start - 1)[0]:
            return True
    return inflation_nearby(sc, start)


def _change_subject(before: list[str], found: re.Match[str] | None) -> str:
    """What a percent change measures: the object after it ("rose 5% in sales", RE_CHANGE_OBJECT's
    match) or the clause before it; a change measure named right before "of" is kept in it ("The
    forecast assumes growth of 5.2% in 2028": the growth, not the forecast alone, nor the year)."""
    measure = before[-2] if len(before) > 1 and before[-1] == "of" else ""
    measure = measure if measure.lower() in NAMED_CHANGE_MEASURES else ""
    if found:
        clipped = clip_phrase(found.group(1))
        if not measure or not subject_clauses.names_a_time(clipped):
            return clipped
    subject = _clause_change_subject(before)
    if measure and measure.lower() not in subject.lower().split():
        return measure
    return subject


def _clause_change_subject(before: list[str]) -> str:
    """What a percent change measures, named by the clause before it."""
    before = subject_clauses.without_adverb_aside(before)  # "Food inflation, however, stayed at"
    head = subject_clauses.head_before_of(before)
    if head:  # "The net profit of the region's biggest appliance and tool maker fell 37.6 percent"
        return head
    if before[-2:-1] == [","] and before[-1].lower() in APPOSITIVE_CHANGES:
        aside = _noun_before_aside(before[:-2])
        if aside:  # "said gas prices, up 18% since the autumn, accounted for": the noun before the aside
            return aside
    # the words and signs of the clause (numbers left out), read back from the percent: the change
    # words and auxiliaries that end it, then the words that hold no content, are passed over; then
    # up to five words, back to a mark or a word that opens the clause ("Inflation eased to" -> "Inflation")
    words = (w for w in reversed(before) if w.isalpha() or not w[0].isalnum())
    w = next(words, "")
    while w and (w.lower() in CHANGE_WORDS or w.lower() in CHANGE_SUBJECT_TRIMMED):
        w = next(words, "")
    while w and not noun_phrases.content_words(w):
        if not w[0].isalnum() or w.lower() in CHANGE_SUBJECT_OPENERS:
            return ""
        w = next(words, "")
    if not w or not w[0].isalnum() or w.lower() in CHANGE_SUBJECT_OPENERS:
        return ""
    clause = [w]
    for w in words:
        if len(clause) == CHANGE_SUBJECT_WORDS or not w[0].isalnum() or w.lower() in CHANGE_SUBJECT_OPENERS:
            break
        if w.lower() in FRONTED_SPAN_NOUNS:
            break  # "Over the past four years traffic grew 7%": a fronted span ends before the subject
        clause.append(w)
    return " ".join(reversed(clause))


# the change measures a percent "of" right after them is the whole subject of ("assumes growth of
# 5.2%", "forecast inflation of 2.1%"); a "gain" or a "loss of 5%" is of the clause's subject
NAMED_CHANGE_MEASURES = CHANGE_MEASURES - {"gain", "gains", "loss", "losses", "swing"}
# what ends the clause before a percent change and is passed over before its subject ("rose by",
# "has been", "was a"); the words that open that clause ("while", "said"); its longest subject
CHANGE_SUBJECT_TRIMMED = frozenset(
    "by have has had gone been was were is are will would a an the there".split()
)
CHANGE_SUBJECT_OPENERS = frozenset("while and but as that which whereas there said says".split())
# the nouns of a span of time that a fronted adverbial ends with, right before a clause's subject
# ("Over the past three years revenue grew 12%")
FRONTED_SPAN_NOUNS = frozenset("years months weeks days decades quarters".split())
CHANGE_SUBJECT_WORDS = 5


ASIDE_OPENERS = frozenset(("said", "says", "that"))  # what opens the noun phrase an aside follows
ASIDE_WORDS = 5  # the longest such noun phrase


def _noun_before_aside(before: list[str]) -> str:
    """The noun phrase right before an aside that states its change ("gas prices" in "said gas
    prices, up 18% since the autumn,"), when it opens its sentence or follows "said" or "that" and
    holds no number or mark; else ""."""
    phrase: list[str] = []
    for w in reversed(before):
        if w.lower() in ASIDE_OPENERS:
            break
        if not w.isalpha() or len(phrase) == ASIDE_WORDS:
            return ""  # a number or a mark: another figure's phrase, or a clause of a list
        phrase.insert(0, w)
    if phrase and phrase[0].lower() in FUNCTION_WORDS:
        return ""  # "in April, up 41%": a time or place, not what changed
    return " ".join(phrase)


RELATIVE_ASIDE_WORDS = 12  # the longest relative clause read back over ("which makes up a fifth of it,")


def noun_before_relative(before: list[str]) -> str:
    """The noun phrase before a relative clause set off by commas that ends `before` ("Bonds" in
    "Bonds, which make up 30% of assets,"): the verb after the clause is that noun's; else ""."""
    if not before or before[-1] != ",":
        return ""
    for i in range(len(before) - 2, max(-1, len(before) - 2 - RELATIVE_ASIDE_WORDS), -1):
        if before[i].lower() in RELATIVE_PRONOUNS and i > 0 and before[i - 1] == ",":
            phrase: list[str] = []
            for w in reversed(before[: i - 1]):
                if not w.isalpha() or len(phrase) == ASIDE_WORDS or w.lower() in ASIDE_OPENERS:
                    break
                phrase.insert(0, w)
            while phrase and phrase[0].lower() in FUNCTION_WORDS:
                phrase = phrase[1:]  # "The fund, which ...": "fund"
            return " ".join(phrase)
    return ""


def object_phrase(words: list[str]) -> str:
    """The words of an object as text, punctuation joined to the word before it."""
    return "".join(w if not w[0].isalnum() else f" {w}" for w in words).strip()


RE_YEAR_TOKEN = re.compile(N.YEAR)  # the number grammar's years, the one table of what reads as a year


def year_like(token: str) -> bool:
    """Whether a token of digits reads as a calendar year ("2025")."""
    return RE_YEAR_TOKEN.fullmatch(token) is not None


# words that end the phrase after a percent: a clause or a condition starts ("in 2027 unless wages
# fall": the year, not the condition)
CLIPPED_PHRASE_ENDS = frozenset(
    "while and but since during compared as from to in if unless because when although though".split()
)


def clip_phrase(text: str) -> str:
    """The first words of a phrase, up to a clause word or punctuation."""
    words = []
    for w in text.split():
        clean = w.strip(",.;:")
        if clean[:1].isdigit() and clean.replace(",", "").replace(".", "").isdigit() and not year_like(clean):
            continue  # "of the 18,000 seats": the seats (a year stays: "in 2025")
        if clean.lower() in CLIPPED_PHRASE_ENDS:
            break
        words.append(clean)
        if w != clean:
            break
    return " ".join(words)
