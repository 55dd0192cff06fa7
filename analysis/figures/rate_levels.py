"""Interest-rate levels: when a percent is the level of a rate, not a change (is_rate_level):
rates named, set, held, offered, charged or paid on savings, loans at a rate, lines of credit,
fixed terms, rates moved in basis points to a level, debt papers' rates and bare rate words
("the rate"); the rate a level is of (policy rate, yield) and a fact box's rate label."""

from __future__ import annotations

import re
from itertools import islice, pairwise
from typing import TYPE_CHECKING

from ..vocab import (
    BORROW_VERBS,
    CENTRAL_BANK_WORDS,
    CHANGE_MEASURES,
    CHANGE_WORDS,
    CHARGE_VERBS,
    COUPON_WORDS,
    DEBT_WORDS,
    FIX_WORDS,
    FUNCTION_WORDS,
    GUIDANCE_NOUNS,
    LENDER_WORDS,
    LOAN_OFFER_VERBS,
    LOAN_PRICE_ADVERBS,
    LOAN_PRICE_VERBS,
    LOAN_PRODUCTS,
    PROFIT_RATE_WORDS,
    RATE_LEVEL_WORDS,
    RATE_NAMES,
    RATE_NAMES_ALONE,
    RATE_SETTING_VERBS,
    RATE_TYPES,
    REPAY_WORDS,
    SAVINGS_PAY_VERBS,
    SAVINGS_PRODUCTS,
    STAKE_WORDS,
    TERM_UNITS,
)
from . import subject_clauses
from .change_words import CLAUSE_WORDS, RATES_CEILING_NOUNS, RE_WORD, RELATIVE_OPENERS, _clause
from .figure import Figure
from .noun_phrases import BE_WORDS, CHANGE_NOUNS, DETERMINERS
from .words import sentence_fact

if TYPE_CHECKING:
    from collections.abc import Callable

    from ..extract import Scanner

# loans right before "at" a percent: its price is their interest ("with loans at 6% a year"); not a
# deal's ("a pay deal at 4%": a rise)
LOANS_AT = frozenset("loan loans mortgage mortgages".split())
# what a "profit rate" is paid on when it is an Islamic bank's or sukuk's return (vocab.PROFIT_RATE_WORDS)
PROFIT_PAID_ON = DEBT_WORDS | frozenset("deposit deposits savings certificate certificates islamic".split())
# ... unless the clause names another percent of a loan ("loan-to-value ratios for home loans at
# 50 percent", "down payments on mortgages at 20%")
NOT_LOAN_PRICE = frozenset(
    "ratio ratios loan-to-value ltv payment payments deposit deposits guarantee guarantees".split()
)
# the part of a home's price a buyer puts down or borrows, named right beside its percent ("a 10%
# deposit", "95% LTV", "a loan-to-value of 90%"): a share, whatever rate its clause names
LOAN_SHARE_SUBJECTS = {
    "deposit": "deposit",
    "ltv": "loan-to-value ratio",
    "lvr": "loan-to-value ratio",
    "loan-to-value": "loan-to-value ratio",
}
LOAN_SHARE_RATIOS = frozenset(("ratio", "ratios"))  # "a loan-to-value ratio of 90%"
RETURN_NOUNS = frozenset(("return", "returns"))  # an investment's return ("a net return of 9%")
# conjunctions that, right after a complete percent and before a word, open the next clause ("held
# its rate at 1.5% and forecast growth of 2.2%", "to 29.5 per cent as inflation climbed to 23.4"):
# the words past them are that clause's, not the percent's
FIGURE_CLAUSE_JOINS = frozenset(("and", "as", "but", "whereas"))
PERCENT_TAILS = frozenset(("%", "cent", "percent", "pc"))  # the last token of a written percent
# words after such a conjunction that carry the earlier clause on ("at 6% and then to 5.5%", "by
# 25bp to 5% and by another 25bp"): no new clause
CARRIED_ON_WORDS = frozenset("to at by from then later again back".split())
INVESTED_WORDS = frozenset("investments investment portfolio portfolios assets holdings".split())
INVESTMENT_HOLDERS = frozenset(
    "fund funds endowment endowments portfolio portfolios plan plans pension pensions trust trusts".split()
)


BENCHMARK_BANK_WORDS = 4  # words before the verb setting a bare "benchmark" read for a central bank


def is_rate_level(before: list[str], direction: str) -> bool:
    """An interest-rate level: "the federal funds rate to 2.25%", "its key rate at 6.5%"."""
    return not direction and names_rate_level(_clause(before))


RATE_AT_WORDS = 4  # words before a rate read for the "at" it is repaid at ("at the council's")


def _repaid_at(words: list[str]) -> bool:
    """Whether the words before "rate" (nearest first) put it after "at", with a word of repaying
    before that ("repay the loan at a rate of", vocab.REPAY_WORDS): a debt's interest rate."""
    if "at" not in words[:RATE_AT_WORDS]:
        return False
    at = words.index("at")
    return not REPAY_WORDS.isdisjoint(words[at + 1 :])


def names_rate_label(label: list[str]) -> bool:
    """Whether a fact box's label (lower case, nearest first) names an interest rate: a rate's level
    (names_rate_level) or a rate's name alone ("prime", "repo")."""
    return names_rate_level(label) or (
        0 < len(label) <= 2 and label[0] in RATE_NAMES_ALONE and label[1:] in ([], ["reverse"])
    )


def opens_next_clause(join: str, next_word: str) -> bool:
    """Whether a conjunction right after a percent, with the word after it, opens a new clause
    ("... 1.5% and said", "... 29.5 per cent as inflation"), not carries the last one on ("and then to")."""
    return join in FIGURE_CLAUSE_JOINS and next_word[:1].isalpha() and next_word not in CARRIED_ON_WORDS


def _own_clause(clause: list[str]) -> list[str]:
    """A percent's clause (lower case, nearest first) cut where a conjunction after an earlier
    percent opens it ("... at 1.5% and said growth would be"): the earlier clause names no level of
    this percent."""
    for i in range(1, len(clause) - 1):
        if clause[i + 1] in PERCENT_TAILS and opens_next_clause(clause[i], clause[i - 1]):
            return clause[:i]
    return clause


def own_words(before: list[str]) -> list[str]:
    """The words before a percent (lower case, text order) from the last new clause a conjunction
    after an earlier percent opens (see `_own_clause`), read back over at most CLAUSE_WORDS words."""
    for i in range(len(before) - 2, max(0, len(before) - CLAUSE_WORDS) - 1, -1):
        if i > 0 and before[i - 1] in PERCENT_TAILS and opens_next_clause(before[i], before[i + 1]):
            return before[i + 1 :]
    return before


def _loan_share(before: list[str], after: list[str]) -> str:
    """What part of a home's price a percent is, when its words before or after (lower case, in
    order) name it right beside it: "a 10% deposit", "95% LTV", "a loan-to-value (ratio) of 90%"
    (LOAN_SHARE_SUBJECTS); not "a 4% deposit rate"; or ""."""
    if after[:1] and after[0] in LOAN_SHARE_SUBJECTS:
        named = after[0] if after[1:2] not in (["rate"], ["rates"], ["facility"]) else ""
    elif len(before) > 1 and before[-1] == "of":
        named = before[-3] if len(before) > 2 and before[-2] in LOAN_SHARE_RATIOS else before[-2]
    else:
        return ""
    return f"{LOAN_SHARE_SUBJECTS[named]} as a share of the price" if named in LOAN_SHARE_SUBJECTS else ""


def names_rate_level(words: list[str]) -> bool:
    """Whether a percent's clause (lower case, nearest first) names a rate's level."""
    for i, word in enumerate(words):
        if word in ("rate", "rates") and i + 1 < len(words) and words[i + 1] in RATE_LEVEL_WORDS:
            return True
        if (
            word in ("rate", "rates")
            and words[i + 1 : i + 2]
            and words[i + 1].rsplit("-", 1)[-1] in (RATE_LEVEL_WORDS)
        ):
            return True  # "credit-card rates average 21%": a hyphened name ending in a rate word
        if (
            word in ("rate", "rates")
            and i + 2 < len(words)
            and "-" in words[i + 1]
            and words[i + 2] in RATE_LEVEL_WORDS
        ):
            return True  # a hyphened modifier between: "its fixed non-indexed rate at 8%",
            # "the fixed five-year rate at 4.5%" (not "the jobless year-on-year rate")
        if (
            word in ("rate", "rates")
            and words[i + 1 : i + 2] == ["its"]
            and "bank" in words[i + 2 :]
            and (i == 0 or words[i - 1] != "of")  # not "its rate of bad loans"
        ):
            return True  # "the Bank of Israel held its rate at 4.5%": a bank's own rate is its interest rate
        if (
            word in ("rate", "rates")
            and words[i + 1 : i + 2]
            and words[i + 1] in RATE_SETTING_VERBS
            and not CENTRAL_BANK_WORDS.isdisjoint(words[i + 2 : i + 5])
        ):
            return True  # "the central bank held rates at 5.25%": its interest rates
        if word in ("rate", "rates") and words[i - 1 : i] == ["on"] and _rate_on_product(words, i):
            return True  # "lifted the rate on its deposit facility to 3.45%", "the rate on new loans was 14%"
        if (
            word in ("rate", "rates")
            and words[i + 2 : i + 3]
            and words[i + 2] in RATE_LEVEL_WORDS
            and words[i + 1].isalpha()
            and words[i + 1] not in NOT_INTEREST_RATES
            and words[i + 1] not in DETERMINERS
        ):
            return True  # "the discount window rate rose to 5.5%" (not "the mortgage approval rate")
        if (
            word == "benchmark"
            and words[i - 1 : i] in (["at"], ["to"])
            and words[i + 1 : i + 2] in (["its"], ["the"])
            and words[i + 2 : i + 3]
            and words[i + 2] in RATE_SETTING_VERBS
            and not CENTRAL_BANK_WORDS.isdisjoint(words[i + 3 : i + 3 + BENCHMARK_BANK_WORDS])
        ):
            return True  # "the Reserve Bank kept its benchmark at 6 percent": a bare "benchmark" a
            # central bank sets is its policy rate
        if word in ("rate", "rates") and _rates_charged(words, i):
            return True  # "charges effective annual rates of 26% to 34%": the interest a lender charges
        if word in ("rate", "rates") and _rate_set(words, i):
            return True  # "left the rate at 3%", "lowered its intervention rate to 9%", "brought the
            # reference rate down to 4%"
        if (
            word == "range"
            and words[i + 1 : i + 2] == ["target"]
            and words[i + 2 : i + 3]
            and words[i + 2] in RATE_LEVEL_WORDS
        ):
            return True  # "the federal funds target range to 3.55%-4%" (not "the inflation target range")
        if (
            word in ("rate", "rates")
            and words[i + 1 : i + 2]
            and words[i + 1] in PROFIT_RATE_WORDS
            and not PROFIT_PAID_ON.isdisjoint(words)
        ):
            return True  # "a seven-year sukuk with a profit rate of 6.125%": an Islamic debt's return
        if word == "priced" and words[:i] == ["at"] and words[i + 1 : i + 2] and words[i + 1] in BE_WORDS:
            j = i + 3 if words[i + 2 : i + 3] and words[i + 2] in LOAN_PRICE_ADVERBS else i + 2
            if words[j : j + 1] and (words[j] in LOAN_PRODUCTS or words[j] in DEBT_WORDS):
                return True  # "the car loan was priced at 8.4%", "the notes were priced at 6.25%"
        if word in COUPON_WORDS and not DEBT_WORDS.isdisjoint(words):
            return True  # "notes with a coupon of 3.45%", "the coupon on the new bond was set at 4.65%"
        if (
            word in COUPON_WORDS
            and 0 < i <= 2
            and all(w in BE_WORDS or w in LOAN_PRICE_ADVERBS for w in words[:i])
        ):
            return True  # "the coupon is 3.875%": a coupon that is a percent is the interest a debt pays (a
            # shop's coupon is "worth 20% off")
        if word in COUPON_WORDS and words[0] == "at" and not RATE_SETTING_VERBS.isdisjoint(words[1:i]):
            return True  # "the coupon was fixed at 3.95%": a coupon set at a level is the interest a
            # debt pays (a shop's coupon is worth an amount off, never set "at" a level)
        if word in LOAN_PRODUCTS and i + 1 < len(words) and words[i + 1] in RATE_TYPES:
            return True  # "the average two-year fixed mortgage costs 4.79%"
        if (
            word in LOAN_PRODUCTS
            and words[i + 2 : i + 3]
            and words[i + 2] in RATE_TYPES
            and words[i + 1].isalpha()
        ):
            return True  # "lenders are pricing fixed home loans from 5.99%": a word of what the loan is for between
        if word in FIX_WORDS and _fixed_for_term(words, i):
            return True  # "a two-year fix at 4.49%", "can fix for five years at 4.19%"
        if word in LOAN_PRICE_VERBS:
            passive = word in CHARGE_VERBS and words[i + 1 : i + 2] and words[i + 1] in BE_WORDS
            j = i + 2 if words[i + 1 : i + 2] and words[i + 1] in LOAN_PRICE_ADVERBS or passive else i + 1
            if j < len(words) and (words[j] in LOAN_PRODUCTS or _loan_for_before(words, j)):
                return True  # "older loans carry 7.3%", "mortgages now cost 19%", "loans are charged at 6%"
        if (
            i == 0
            and word == "at"
            and (
                _loan_offered(words)
                or (
                    words[1:2]
                    and (words[1] in LOANS_AT or words[1] in DEBT_WORDS)
                    or _credit_line_at(words)
                    or _loan_phrase_at(words)
                )
                and NOT_LOAN_PRICE.isdisjoint(words)
            )
        ):
            return (
                True  # "offers loans of up to $50,000 at 9%", "with loans at 6% a year": the loans' interest
            )
        if word in BORROW_VERBS:
            return True  # "may borrow up to $50,000 at a rate of 9.5%": the interest charged
        if word in ("rate", "rates") and _repaid_at(words[i + 1 :]):
            return True  # "pay off the balance over 20 years at the council's rate of 9,5%"
        if i < 2 and word in SAVINGS_PAY_VERBS and savings_paid(words[i:]):
            return True  # "easy-access accounts now pay 4.1%", "bonds are paying 4.4%": the interest paid
        if word in RATE_NAMES and not (
            word == "interest"
            and (i + 1 < len(words) and words[i + 1] in STAKE_WORDS or words[i - 1 : i] == ["margin"])
        ):
            return True  # "the Selic at 13.85%", "interest is charged at 4.3%" (not "an interest of 35%",
            # nor "the net interest margin narrowed to 5.6%", a ratio of income to assets)
        if word in ("cost", "costs") and words[i + 1 : i + 2] == ["borrowing"]:
            return True  # "borrowing costs are at a 16-year high of 5.5%": the interest borrowers pay
        if word in FUNDING_COSTS and words[i + 1 : i + 3] == ["of", "cost"]:
            return True  # "the bank's average cost of funds rose to 4.9%": the interest it pays
    return False


CHARGED_RATE_LEADS = 3  # words of a rate's kind at most between a verb of charging and "rates"
# ... one of them a word of an interest rate's period or kind ("effective annual rates"; a council's
# "rates" it charges are a property tax)
CHARGED_RATE_KINDS = frozenset("effective annual annualised annualized monthly nominal".split())


def _rates_charged(words: list[str], i: int) -> bool:
    """Whether the "rate(s)" at words[i] (a percent's clause, lower case, nearest first) is the
    object of a verb of charging, only words of its kind between ("charges effective annual rates
    of", "charged a rate of"; late-kinds14): the interest charged (not "charged a fee")."""
    leads = 0
    for word in words[i + 1 : i + 2 + CHARGED_RATE_LEADS]:
        if word in CHARGE_VERBS:
            return leads > 0
        if word not in RATE_ON_LEADS:
            return False
        leads += word in CHARGED_RATE_KINDS
    return False


def _fixed_for_term(words: list[str], i: int) -> bool:
    """Whether the "fix" at words[i] (a percent's clause, lower case, nearest first) has its term:
    a hyphened term before it ("a two-year fix", "10-year fixes", its digits and hyphen apart) or
    "for N years" after it ("fix for five years")."""
    term = words[i + 1 : i + 2]
    if term and "-" in term[0] and term[0].rsplit("-", 1)[-1] in TERM_UNITS:
        return True
    if term and term[0] in TERM_UNITS and words[i + 2 : i + 3] == ["-"]:
        return True
    return i >= 3 and words[i - 1] == "for" and words[i - 3] in TERM_UNITS


# how many words after "rate on" are read for the lending or savings product it is the rate of
RATE_ON_WORDS = 6
# words right before "rate on" that leave the rate to be named by what follows "on" ("the average
# rate on new loans"); any other word names a rate of its own ("the tax rate on savings", "the
# default rate on mortgages": a share)
FUNDING_COSTS = frozenset(("funds", "borrowing", "credit", "funding"))  # after "cost of"
RATE_ON_LEADS = DETERMINERS | frozenset("average effective annual weighted headline".split())


LENDER_REACH = 3  # words after the verb of charging (nearest first) read for the lender


LOAN_FOR_WORDS = 3  # the words of what a loan is for, at most, between it and its verb


def _loan_for_before(words: list[str], j: int) -> bool:
    """Whether the words from `j` (read back from a loan's verb) are what a loan is for, "for"
    and the loan before them ("Pledge loans for used cars carry annual rates of 45%")."""
    tail = words[j : j + LOAN_FOR_WORDS + 2]
    at = tail.index("for") if "for" in tail[1:] else -1
    return at > 0 and tail[at + 1 : at + 2] != [] and tail[at + 1] in LOAN_PRODUCTS


def lender_charges(clause: list[str]) -> bool:
    """Whether a percent's clause (lower case, nearest first) is a lender's verb of charging, an
    object of a few words at most between, with no comma or number: "banks charge 14%",
    "microfinance lenders charged borrowers 26%", "lenders can charge an average 9%"."""
    for i, word in enumerate(clause[: LENDER_REACH + 1]):
        if word in CHARGE_VERBS:
            return not LENDER_WORDS.isdisjoint(clause[i + 1 : i + 1 + LENDER_REACH])
        if not word[:1].isalpha():
            return False
    return False


def funding_cost_subject(before: list[str]) -> str:
    """ "cost of funds" (or of borrowing, credit, funding) or "borrowing costs" among the last words
    before a percent, or ""."""
    for i in range(len(before) - 1, max(0, len(before) - CLAUSE_WORDS), -1):
        if before[i].lower() in ("cost", "costs") and before[i - 1].lower() == "borrowing":
            return " ".join(before[i - 1 : i + 1])
        if (
            i > 1
            and before[i].lower() in FUNDING_COSTS
            and before[i - 1].lower() == "of"
            and before[i - 2].lower() == "cost"
        ):
            return " ".join(before[i - 2 : i + 1])
    return ""


def rate_on_subject(before: list[str]) -> str:
    """The rate "rate on" names, as written, up to the product it is the rate of ("the rate on its
    deposit facility to" -> "rate on its deposit facility"), or ""."""
    for i in range(len(before) - 2, max(-1, len(before) - 3 - RATE_ON_WORDS), -1):
        if before[i].lower() in ("rate", "rates") and before[i + 1].lower() == "on":
            products = [
                k
                for k in range(i + 2, len(before))
                if (w := before[k].lower()) in RATE_LEVEL_WORDS or w in LOAN_PRODUCTS or w in SAVINGS_PRODUCTS
            ]
            return " ".join(before[i : products[-1] + 1]) if products else ""
    return ""


def _rate_on_product(words: list[str], i: int) -> bool:
    """Whether "rate(s) on" at words[i] (lower case, nearest first), after a determiner or
    "average", is followed within a few words and no comma by a loan, deposit or facility ("the
    rate on its overnight lending facility", "the average rate on new term deposits")."""
    lead = words[i + 1] if words[i + 1 : i + 2] else ""
    if (
        lead
        and lead not in RATE_ON_LEADS
        and lead not in RATE_LEVEL_WORDS
        and not lead.endswith(("'s", "’s"))
    ):
        return False  # a possessor names whose rate, not which ("the central bank's rate on its facility")
    named = words[max(0, i - 1 - RATE_ON_WORDS) : i - 1]
    if "," in named:
        named = named[named.index(",") + 1 :]  # nearest first: the words after the comma are another clause's
    return any(w in RATE_LEVEL_WORDS or w in LOAN_PRODUCTS or w in SAVINGS_PRODUCTS for w in named)


# words naming a rate that is a tax, a fee or a share of a whole, not interest, even when a verb of
# setting moves it ("raised its VAT rate to 17%", "cut the commission rate to 15%")
NOT_INTEREST_RATES = frozenset(
    """tax taxes vat duty excise tariff royalty levy commission fee withholding income corporate
    unemployment jobless participation vacancy occupancy default delinquency approval savings
    inflation growth exchange arrears repayment rejection""".split()
)
RATE_SET_MODIFIERS = 3  # words between the determiner and "rate" ("its overnight reverse repo rate")
RATE_SET_PARTICLES = frozenset(("down", "up", "back"))  # "brought the rate down to", "pushed rates up to"
RATE_HELD_COMPLEMENTS = frozenset(("unchanged", "steady"))  # "left the rate unchanged at"
# (an owner and two modifiers before it: "4.5% on the bank's new one-year bond")
BANK_STEMS = ("banco", "banca", "banque")
RATE_SETTERS = LENDER_WORDS | frozenset(("monetary",))  # with vocab.CENTRAL_BANK_WORDS ("monetary authority")
RATE_BRING_VERBS = subject_clauses.BRINGING_VERBS  # "brought the rate down to", "pushed rates up to"


def _rate_set(words: list[str], i: int) -> bool:
    """Whether "rate(s)" at words[i] (lower case, nearest first) is the object of a verb of setting
    a rate, through a determiner and a few words naming the rate, and stands right before "to" or
    "at" (a particle "down" or "up" may stand between): "the bank left the rate at 3%", "lowered its
    intervention rate to 9%", "brought the reference rate down to 4%"; a rate named as a tax, a fee
    or a share is no interest rate."""
    tail = words[:i]  # the words between the rate and the percent, nearest first
    particle = bool(tail) and tail[-1] in RATE_SET_PARTICLES
    if particle:
        tail = tail[:-1]
    elif tail and tail[-1] in RATE_HELD_COMPLEMENTS:
        tail = tail[:-1]  # "left the rate unchanged at 9.5%", "held its rate steady at 4.75%"
    if tail not in (["to"], ["at"]):
        return False
    j = i + 1
    while j < len(words) and j <= i + RATE_SET_MODIFIERS and words[j] not in DETERMINERS:
        if words[j] in NOT_INTEREST_RATES or not words[j][:1].isalpha():
            return False
        j += 1
    if j + 1 >= len(words) or words[j] not in DETERMINERS:
        return False
    verb = words[j + 1]
    if not (verb in RATE_SETTING_VERBS or particle and verb in RATE_BRING_VERBS):
        return False
    # who sets it: a central bank or a lender ("the bank left the rate at 3%"; not "the chancellor
    # cut the top rate to 40%", a tax band)
    return any(
        w in CENTRAL_BANK_WORDS or w in RATE_SETTERS or "bank" in w or w.startswith(BANK_STEMS)
        for w in words[j + 2 :]
    )  # "bank" inside a name ("the Riksbank", "the bank's board"), a bank in Spanish, Italian or French


LOAN_PHRASE_WORDS = 10  # words back from "at" over the loan's own phrases ("a loan of ... from ...")
LOAN_PHRASE_OPENERS = frozenset(("of", "from", "by"))
CLAUSE_STOPS = frozenset(",;:()")  # (an amount's sign, "$", stays inside the loan's phrase)


def _loan_phrase_at(words: list[str]) -> bool:
    """Whether "at" closes a loan's noun phrase after the loan's own phrases of amount or lender
    (words lower case, nearest first, "at" first): "a loan of 60 million euros from a state bank at
    4%" is lent at that interest; not when a verb of change or a comma stands between ("loans from
    the bank grew at 5% a year")."""
    for k in range(1, min(len(words), LOAN_PHRASE_WORDS + 1)):
        word = words[k]
        if word in CHANGE_WORDS or word in CLAUSE_STOPS:
            return False
        if word in LOANS_AT:
            return k > 2 and not LOAN_PHRASE_OPENERS.isdisjoint(words[1:k])
    return False


def _credit_line_at(words: list[str]) -> bool:
    """Whether a line of credit stands right before "at" (words lower case, nearest first, "at"
    first): "a line of credit at 6%", "credit lines at 4%", "a credit facility at 5%" are lent at
    that interest; "a tax credit at 30%" is a share of costs."""
    if words[1:2] == ["credit"]:
        return words[2:3] == ["of"] and words[3:4] in (["line"], ["lines"])
    return words[1:2] in (["line"], ["lines"], ["facility"], ["facilities"]) and words[2:3] == ["credit"]


SAVINGS_SUBJECT_WORDS = 8  # how far back a savings product is read before a phrase that follows it
SAVINGS_PHRASE_OPENERS = frozenset("at of with from in for".split())


def savings_paid(words: list[str]) -> bool:
    """Whether words (lower case, nearest first) open with a verb of paying interest whose subject
    is a savings product ("accounts now pay", "cash earning"), an adverb or "is"/"are" between."""
    if not words or words[0] not in SAVINGS_PAY_VERBS:
        return False
    j = 2 if words[1:2] and (words[1] in LOAN_PRICE_ADVERBS or words[1] in BE_WORDS) else 1
    if words[j : j + 1] and words[j] in RELATIVE_OPENERS:
        j += 1  # "the bonds, which pay 7.1%", "accounts that now pay 4%": the noun the clause describes
    if j < len(words) and (words[j] in SAVINGS_PRODUCTS or words[j] in DEBT_WORDS):
        return True  # ... or a debt security ("Treasury bills yielded 11%": the interest they pay)
    if words[j + 1 : j + 2] == ["savings"]:
        return True  # a product that "savings" names ("the savings scheme offers 8%", "savings plans pay")
    # the product with a phrase after it ("savings accounts at the bank pay", "term deposits of up
    # to one year earned"): a savings product right before a preposition, a few words back
    for k in range(j + 1, min(len(words), j + SAVINGS_SUBJECT_WORDS)):
        if not words[k][:1].isalpha():
            return False
        if words[k] in SAVINGS_PRODUCTS and words[k - 1] in SAVINGS_PHRASE_OPENERS:
            # the product heads the subject, no preposition before it ("Companies with accounts in
            # the UK pay 19%": the companies pay, a tax)
            return not (words[k + 1 : k + 2] and words[k + 1] in SAVINGS_PHRASE_OPENERS)
    return False


def _loan_offered(words: list[str]) -> bool:
    """Whether a percent's clause (lower case, nearest first, "at" first) names a loan offered,
    with no change word between ("grants loans ... at 9%", not "loans that grew at 9%")."""
    for k in range(1, len(words) - 1):
        if words[k] in CHANGE_WORDS and not (words[k] == "up" and words[k - 1] == "to"):
            return False  # "up to" bounds an amount ("loans of up to $50,000"), no change
        if words[k] in LOAN_PRODUCTS and words[k + 1] in LOAN_OFFER_VERBS:
            return True
        if k == 1 and words[k] in LOAN_OFFER_VERBS:
            j = k + 1
            while j < len(words) and words[j] in BE_WORDS:
                j += 1
            if j > k + 1 and j < len(words) and words[j] in LOAN_PRODUCTS:
                return True  # the passive: "home loans are being offered at 9.5%"
    return False


# "rates" with no word before it naming which: news copy writes it for interest rates, as a tax, a
# share or a change names its rate ("tax rates", "the jobless rate", "growth rates"). Read so when
# "rates" opens the percent's clause ("Rates are now 3 percent", "Rates stand at 5.25%") or is the
# object of a verb of offering, paying or charging in a sentence about lending or saving ("banks are
# offering rates of 4% to 5% for savers"); not "rates of return", nor a clause that names a tax,
# a share or a change measure ("Rates of inflation are 3%")
RATES_OFFER_VERBS = (
    LOAN_OFFER_VERBS
    | SAVINGS_PAY_VERBS
    | CHARGE_VERBS
    | frozenset("get gets getting face faces facing".split())
)
LENDING_CUES = (
    LENDER_WORDS
    | SAVINGS_PRODUCTS
    | LOAN_PRODUCTS
    | frozenset("savers borrowers depositors homebuyers lend lending borrow borrowing".split())
)


def bare_rates(before: list[str], whole: bool, lending: Callable[[], bool]) -> bool:
    """Whether bare "rates" names the interest rate a percent is the level of (above): `before` the
    percent's sentence's words before it (lower case, in order), `whole` when they reach back to the
    sentence's start, `lending()` whether the sentence names lending or saving (LENDING_CUES)."""
    if "rates" not in before:
        return False  # (the cheap test first: the clause read below is a part of `before`)
    stops = [k for k, w in enumerate(before) if w in (",", ";", ":")]
    opening = stops[-1] + 1 if stops else 0
    clause = before[opening:]
    if "rates" not in clause:
        return False
    at = opening + len(clause) - 1 - clause[::-1].index("rates")
    read = before[at + 1 :]
    if read[:1] == ["of"] and read[1:2] and read[1][:1].isalpha():
        return False  # "rates of return were 5%" (not "rates of 4% to 5%")
    if not NOT_INTEREST_RATES.isdisjoint(clause) or not CHANGE_MEASURES.isdisjoint(clause):
        return False
    if at == opening:
        return whole or bool(stops)  # "Rates are now 3 percent"; "..., rates stand at 5%"
    if at == opening + 1 and before[opening] == "with" and bool(stops):
        return lending()  # "Lenders offer 95% deals again, with rates from 4.89%": the deals' rates
    return before[at - 1] in RATES_OFFER_VERBS and lending()


def speaks_of_lending(sc: Scanner, offset: int) -> bool:
    """Whether the sentence around `offset` names lending or saving (a word of LENDING_CUES), read
    once per sentence (a long sentence of percents is not read again for each)."""

    def fact(at: int) -> bool:
        s_start, s_end = sc.sentence_bounds(at)
        return not LENDING_CUES.isdisjoint(RE_WORD.findall(sc.lower, s_start, s_end))

    return sentence_fact(sc, "lending", offset, fact)


# the words right before a percent that make it the level a rate moved to or from ("to", "from a
# record"), and the words of a move in basis points
LEVEL_LINKS = frozenset(("to", "from", "at"))
BASIS_POINT_WORDS = frozenset(("bps", "bp", "basis"))


RATE_LEVEL_SUBJECT = "(interest-rate level)"
BARE_RATE_WORDS = 12  # how many words before a percent are read for a bare "the rate"


def bare_rate_before(before: list[str]) -> bool:
    """Whether a bare "the rate" (no word naming which rate, no "of" after it) stands among the last
    words before a percent (lower case), in a stretch that names no inflation or growth ("expected
    the rate to stay at 2%", "see the rate staying at 5%", "bring the rate down to 9%"); news copy
    writes it for the rate it named last (not "the rate of inflation", "the rate cap")."""
    window = before[-BARE_RATE_WORDS:]
    if not CHANGE_MEASURES.isdisjoint(window):
        return False
    return any(
        window[i] == "rate"
        and window[i - 1] == "the"
        and window[i + 1 : i + 2] != ["of"]
        and not (window[i + 1 : i + 2] and window[i + 1] in RATES_CEILING_NOUNS)
        for i in range(1, len(window))
    )


def level_after_rate_move(before: list[str]) -> bool:
    """Whether a percent is the level an interest rate moved to or from in basis points, the rate
    named before the move beyond a comma or referred to ("kept its policy rate at 11pc, after
    cutting it by 1,100 basis points from a record 22pc"): "to", "from" or "at" among its last three
    words, a move in basis points before them, and a rate named in the words read."""
    if LEVEL_LINKS.isdisjoint(before[-3:]):
        return False
    if BASIS_POINT_WORDS.isdisjoint(before) and not _rate_moved_in_points(before):
        return False
    # ... or a central bank moves it ("the Bank of Botswana trimmed the MoPR by 25bps to 1.9%", "the
    # Fed made a quarter-point cut, taking rates to 4%")
    return (
        names_rate_level(before[::-1])
        or _bare_rate_subject(before)
        or not CENTRAL_BANK_WORDS.isdisjoint(before)
        and CHANGE_MEASURES.isdisjoint(before)  # not "bank lending growth slowed 50bps to 4%"
    )


def _rate_moved_in_points(before: list[str]) -> bool:
    """Whether the words before a percent move a rate in (percentage) points ("a rate cut of half a
    point, to 3%", "raised rates by two points to 12%", "a quarter-point cut, taking rates to 4%"),
    or a central bank moves its rate so ("the central bank cut by 0.5 point to 4.25%"), and no rate
    that is a share ("the jobless rate rose 0.3 points to 5%")."""
    if not NOT_INTEREST_RATES.isdisjoint(before):
        return False
    if not any(w in ("point", "points") or w.endswith(("-point", "-points")) for w in before):
        return False
    return not {"rate", "rates"}.isdisjoint(before) or any(
        w in CENTRAL_BANK_WORDS and nxt in RATE_SETTING_VERBS for w, nxt in pairwise(before)
    )


# the move's unit as one word: BASIS_POINT_WORDS's abbreviations and the hyphened noun
BASIS_POINT_UNITS = (BASIS_POINT_WORDS - {"basis"}) | frozenset(("basis-point", "basis-points"))


def rate_move_noun_to(before: list[str]) -> bool:
    """Whether a percent follows a move in basis points written as a noun and "to" ("expect a 50
    basis point cut to 7.35%", "a 25bp hike to 4.5%"): the level an interest rate is moved to, the
    move's own unit being the one rate setters use; not when the clause names what grew ("a 40bp
    rise in inflation to 3%"), nor a margin moved in basis points, which names itself ("the margin
    widened 140 basis points to 19%": no move noun)."""
    if len(before) < 4 or before[-1] != "to" or before[-2] not in CHANGE_NOUNS:
        return False
    unit = before[-3]
    in_basis_points = unit in BASIS_POINT_UNITS or unit in ("point", "points") and before[-4] == "basis"
    return in_basis_points and CHANGE_MEASURES.isdisjoint(_clause(before))


def _bare_rate_subject(before: list[str]) -> bool:
    """Whether the clause opens with a bare "rate(s)" ("Rates were lifted 25bps to 4.5%", "The rate
    was raised 25 basis points to"): moved in basis points, an interest rate (not "the jobless
    rate", whose word before it names a share)."""
    clause = _clause(before)[::-1]
    if clause[:1] and clause[0] in subject_clauses.BRINGING_VERBS:
        clause = clause[1:]  # "..., taking rates to 4%": the move's clause, its rates brought to a level
    while clause and clause[0] in ("the", "its", "their"):
        clause = clause[1:]
    return bool(clause) and clause[0] in ("rate", "rates")


def rate_named(before: list[str]) -> str:
    """The nearest rate the words before a percent name ("policy rate", "yield"), else "interest rate"."""
    for i in range(len(before) - 1, -1, -1):
        word = before[i].lower()
        if word in RATE_NAMES:
            return before[i]
        if word in ("rate", "rates") and i and before[i - 1].lower() in RATE_LEVEL_WORDS:
            return f"{before[i - 1]} {before[i]}"
    return "interest rate"


def rate_subject(before: list[str]) -> str:
    """The rate a level is of, as the clause before it names it, up to its rate word ("the 40-year
    yield climbed 8 bps to" -> "year yield", "kept its key rate at" -> "key rate"), or ""."""
    for i in range(len(before) - 1, max(-1, len(before) - 1 - CLAUSE_WORDS), -1):
        word = before[i].lower()
        if word in (",", ";", ":"):
            return ""
        if (
            word in RATE_NAMES
            or word in ("rate", "rates")
            and i
            and before[i - 1].lower() in RATE_LEVEL_WORDS
        ):
            named = [before[i]]
            for earlier in reversed(before[max(0, i - 4) : i]):
                if earlier.lower() in FUNCTION_WORDS or not (
                    earlier.isalpha() or earlier == "-" or earlier.isdigit()
                ):
                    break
                if earlier.isalpha():
                    named.insert(0, earlier)
            return " ".join(named[-3:])
    return ""


def _debt_level(before: list[str], after: list[str]) -> str:
    """What a debt paper's rate a percent states, when its sentence names the debt (vocab.DEBT_WORDS):
    the banks' first price of a debt sale ("from initial guidance of around 6.5% on the sukuk",
    vocab.GUIDANCE_NOUNS) or the expected return of an Islamic bill ("sukuk ... at an expected
    return of 5.62%"); "" for none."""
    if after[:1] == ["of"] or DEBT_WORDS.isdisjoint(before) and DEBT_WORDS.isdisjoint(after):
        return ""
    clause = _clause(before)
    if not INVESTED_WORDS.isdisjoint(clause) or not INVESTMENT_HOLDERS.isdisjoint(clause):
        return ""  # "the fund's portfolio of bonds has an expected return of 7%": a fund's return (a change)
    if len(before) > 2 and before[-1] == "of" and before[-2] in GUIDANCE_NOUNS:
        if before[-2] == "guidance" or before[-3] == "price":  # "price talk of 7%" (not "talk of 7%")
            return "price guidance"
    if len(before) > 2 and before[-1] == "of" and before[-2] in RETURN_NOUNS and before[-3] == "expected":
        return "expected return"
    if after[:2] in (["expected", "return"], ["expected", "returns"]):  # "a 5.6% expected return"
        return "expected return"
    return ""


# the words of a rate written in per cent that may stand right before "rate": interest rates
# (vocab.RATE_LEVEL_WORDS) and the rates that are shares or changes (NOT_INTEREST_RATES), but for
# an exchange rate (a price in money)
BARE_PERCENT_RATE_WORDS = (RATE_LEVEL_WORDS | NOT_INTEREST_RATES) - {"exchange"}
BARE_RATE_CARRY_REACH = 400  # characters back from a bare "the rate" to the percent it carries


def bare_rate_named(sc: Scanner, at: int) -> tuple[bool, Figure | None]:
    """Whether the "rate" at `at` is named by a word of a rate in per cent right before it, or is a
    bare "the rate" (or "its rate") with a rate's percent within BARE_RATE_CARRY_REACH before it,
    and that percent (None for a named rate)."""
    word = RE_WORD_BEFORE.search(sc.lower, max(0, at - 30), at)
    if word is None:
        return False, None
    if word.group(1) in BARE_PERCENT_RATE_WORDS:
        return True, None
    if word.group(1) not in ("the", "its", "their"):
        return False, None
    for fig in islice(reversed(sc.figures), BARE_RATE_FIGURES):
        if fig.start < at - BARE_RATE_CARRY_REACH:
            break
        if fig.unit == "percent" and fig.start < at and _rate_percent(fig):
            return True, fig
    return False, None


def _rate_percent(fig: Figure) -> bool:
    """Whether a percent is a rate's ("policy rate (interest-rate level)", "jobless rate") or
    inflation's, which a later bare "the rate" stands for (not "Shares rose 3%")."""
    if fig.subject.endswith(RATE_LEVEL_SUBJECT):
        return True
    words = set(fig.subject.lower().split())
    return not words.isdisjoint(("rate", "rates", "inflation"))


RE_WORD_BEFORE = re.compile(r"([a-z]+)\s+\Z")
BARE_RATE_FIGURES = 24  # the latest figures read back for the percent a bare "the rate" carries
