"""Percent figures: the percent scan (scan_percent: percents, their ranges and percentage or basis
points, bracketed percents, "five and a half percent", a fraction's points, bare rate levels) and
which kind a percent is (change, share, rate level) with what it measures (_percent_kind).

The readers it calls live in percent_points.py (percentage points), change_words.py (change
words and directions), rate_levels.py (interest-rate levels) and pay_rises.py (pay rises)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import dropwhile, pairwise, takewhile
from typing import TYPE_CHECKING

from .. import currencies, measures
from ..vocab import (
    ADJUSTING_VERBS,
    APPROX_WORDS,
    BORROW_VERBS,
    CAP_ACTIVE_VERBS,
    CAP_VERBS,
    CHANGE_MEASURES,
    CHANGE_WORDS,
    COMPARATIVE_CHANGES,
    COUPON_WORDS,
    DEBT_WORDS,
    FUNCTION_WORDS,
    LIMITING_ADVERBS,
    LOAN_PRODUCTS,
    LOSE_VERBS,
    MONTHS,
    NOT_PAY_RISE_AFTER,
    PAY_ASK_VERBS,
    PAY_GIVEN_PARTICIPLES,
    PAY_OFFER_VERBS,
    PRICE_GAP_WORDS,
    PRICE_LEVEL_NOUNS,
    PRICE_LIMIT_NOUNS,
    PRICE_LIMIT_SIDES,
    RATE_LABELS_AFTER,
    RATE_SETTING_VERBS,
    RELATIVE_POSITIONS,
    SAVINGS_PAY_VERBS,
    SAVINGS_PRODUCTS,
    SCALE_WORDS,
    THRESHOLD_WORDS,
    WEEKDAYS,
    WORKFORCE_CUES,
)
from . import noun_phrases, subject_clauses
from . import numbers as N
from .change_pairs import interval_after_move
from .change_words import (
    CEILING_NOUNS,
    MAKE_UP_VERBS,
    PACE_NOUNS,
    PER_PERIOD,
    RATES_CEILING_NOUNS,
    RE_SHARE_AFTER,
    RELATIVE_OPENERS,
    TAKE_UP_VERBS,
    _change_subject,
    _clause,
    amount_before_or,
    appositive_lead,
    bare_ceiling,
    change_at_rate,
    change_before_aside,
    change_named_before_be,
    change_near,
    charged_premium,
    clause_change,
    clip_phrase,
    direction_before_by,
    earlier_share_level,
    expected_change,
    finite_verb,
    inflation_nearby,
    inflation_sentence,
    loss_restated,
    names_change_measure,
    noun_before_relative,
    object_phrase,
    period_rate,
    ranked_change,
    restated_change,
    verb_object,
    with_antecedent,
    year_like,
)
from .coordination import opens_clause
from .figure import Figure, Value
from .noun_phrases import BE_WORDS, CHANGE_NOUNS, DETERMINERS, GAP_NOUNS, PREPOSITIONS, noun_phrase_before
from .numbers import END, NUM, RANGE_JOIN, WNUM, alternation
from .pay_rises import (
    ADJUSTED_NAME_STOPS,
    ADJUSTMENT_NOUNS,
    PAY_FOR_WORDS,
    adjustment_named_after,
    ballot_on_offer,
    clause_words,
    given_to_persons,
    lower_tokens_after,
    pay_aside,
    pay_context,
    pay_deal,
    pay_lead,
    pay_rise,
    pay_round,
    pay_sentence,
    persons_given,
    persons_paid,
    vote_sentence,
    vote_share_won,
)
from .percent_points import fraction_poll_points, point_unit, polls_at, signed_points_after
from .rate_levels import (
    INVESTED_WORDS,
    INVESTMENT_HOLDERS,
    LEVEL_LINKS,
    LOANS_AT,
    NOT_INTEREST_RATES,
    PERCENT_TAILS,
    RATE_LEVEL_SUBJECT,
    RETURN_NOUNS,
    _debt_level,
    _loan_share,
    _own_clause,
    bare_rate_before,
    bare_rate_named,
    bare_rates,
    funding_cost_subject,
    lender_charges,
    level_after_rate_move,
    names_rate_label,
    names_rate_level,
    opens_next_clause,
    own_words,
    rate_move_noun_to,
    rate_named,
    rate_on_subject,
    rate_subject,
    savings_paid,
    speaks_of_lending,
)
from .resolve import matches_at_word
from .words import CONFIDENCE_SUBJECT, INTERVAL_BOUNDS_SUBJECT, sentence_names, tokens_before

if TYPE_CHECKING:
    from ..extract import Scanner

# the sign may be joined by a hyphen in a compound adjective ("a 9-per-cent drop"), not in a slug
RE_PERCENT = re.compile(
    rf"(?P<num>{NUM}|{WNUM})(?:(?P<join>{RANGE_JOIN}|\s+and\s+|\s+or\s+)(?P<num2>{N.DIGITS_LOOSE}))?"
    rf"(?:\s|-(?=per-?cent\b(?!-)|basis|percentage))?(?P<sign>%|per[\s-]?cent|percents?|pct|pc|p\.c\."
    rf"|percentage[ -](?:points?|pts)|basis[ -]points?|bps|(?-i:bp|pp|ppts?|p\.p\.)|(?<=\s)of a (?:percentage )?point){END}",
    re.IGNORECASE,
)
# "five and a half percent", "two and a half percentage points": a whole number and a half, as
# spoken and written out (durations and measures read the same form)
RE_AND_A_HALF_PERCENT = re.compile(
    rf"{N.AND_A_HALF}(?P<sign>per[\s-]?cent|percent|percentage points?){END}",
    re.IGNORECASE,
)
# "in terms of percentage (35.1)": the bracketed number is the percent (read on lower-case text)
# (or "in percentage terms (9.7)")
RE_BRACKETED_AFTER_PERCENTAGE = re.compile(
    rf"\bpercentage(?:\s+terms)?\s?\((?P<num>{N.DIGITS_LOOSE})\)"
    # ... or a bare number ending its clause after "a percentage of" ("the club's ladder percentage
    # of 112.4.", "with a percentage of 98.7, and"); "a percentage of 5% of sales" is read by the
    # percent sign and "a percentage of 2023 revenue" names a noun after the number
    rf"|\bpercentage\s+of\s+(?P<bare>\d{{1,3}}(?:\.\d{{1,2}})?)(?=\s*[,;:)]|\s*\.(?!\d)|\s*\Z)"
)
# what RE_PERCENT reads right after its first number: a range's join, or the percent sign
PERCENT_FOLLOWERS_WORDS = (
    *("-", "–", "—", "to", "until", "till", "through", "and", "or"),
    *("%", "per cent", "percent", "percents", "pct", "pc", "percentage points", "basis points", "bps"),
    *("bp", "pp", "ppt", "ppts"),  # the abbreviations of European and markets copy ("0.5pp", "25bp")
    *("p.c.", "percentage pts"),  # South Asian copy's "3 p.c.", headline copy's "2 percentage pts"
    "p.p.",  # Central and Eastern Europe's dotted form ("fell by 0.5 p.p.")
)
PERCENT_FOLLOWERS = N.Followers(PERCENT_FOLLOWERS_WORDS)
# ... and "of", read only where "of a percentage point" is in the text ("slipped 0.4 of a percentage point")
PERCENT_FOLLOWERS_OF = N.Followers(PERCENT_FOLLOWERS_WORDS + ("of",))
# what a change or a share is of, matched right after the percent (up to the sentence's end)
# (not after "than": "4.1% more than in the same period" compares periods, it names no object)
# (a number in the object is read whole, "of the 18,000 seats", and left out of the subject)
RE_CHANGE_OBJECT = re.compile(
    r"\s*(?:(?!than\b)[\w-]+\s+){0,2}?(?:in|of)\s+((?:[\w'-]+(?:[.,]\d+)*\s?){1,5})"
)
RE_SHARE_OBJECT = re.compile(r"\s*(?:of|in)\s+((?:[\w'-]+(?:[.,]\d+)*\s?){1,5})")
# ... also a gapped clause that names only its place before the percent ("fell 22% in Osaka, and in
# Kobe 19%": the verb left out), or its subject and "another" ("rents went up 3% and fuel another
# 5%": the verb left out, the particle saying the change goes on), or its subject alone when it
# ends in a name or an acronym, which no verb is ("output rose 3% and non-oil GDP 2%"); a pronoun may
# stand for the noun of the first ("rents in Porto rose 6% and those in Braga 4%")
# words that are no part of a gapped clause's subject: a verb or a link there means the clause
# states its own figure ("sales rose 3% and margins were 12%", "and Tesco has 27%"), and a
# direction word gives its own change ("exports rose 3% and imports down 2%")
GAPPED_SUBJECT_STOPS = BE_WORDS | frozenset(
    "has have had stood stands reached hit made makes accounted accounts represented represents "
    "remained remains held holds totalled totaled was at to about around with while whereas but "
    "than from now still only just nearly almost some over under up down higher lower more less "
    "rose fell grew dropped climbed gained lost increased decreased jumped slipped eased totalling "
    "totaling making reaching bringing taking leaving whom whose".split()
)  # (a relative pronoun opens a part of the group before it: "52,700 visitors, of whom 54%")
_GAPPED_WORD = rf"(?!(?:{alternation(GAPPED_SUBJECT_STOPS)})\b)[a-z][\w'’-]*"
# (a decimal point inside an amount between them is no stop: "rose 0.4% to $1.2715 and 0.2% to
# €1.1690", NO_STOP)
NO_STOP = r"(?:[^.;:()]|(?<=\d)\.(?=\d))*"
RE_LIST_JOIN = re.compile(
    rf"^{NO_STOP}(?:,|\band\b)"
    r"\s*(?:(?:those\s+|that\s+)?(?:in|at|for)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,2}\s+)?"
    r"(?:(?:[a-z][\w'’-]*\s+){0,2}(?:another|a\s+further|an\s+extra)\s+"
    # ... or its subject ending in a name or an acronym ("grew 4.1% and non-oil GDP 2.8%")
    r"|(?:the\s+)?(?:[\w'’-]+\s+){0,2}[A-Z][\w'’.&-]*\s+"
    # ... or a common-noun subject of up to three words, with no verb ("energy rose 4.2% and
    # intermediate goods 2.7%", "grew 2.8%, of non-food products 6.1%"), as statistics releases
    # list the parts of a total
    rf"|(?:(?:of|for)\s+)?(?:the\s+)?(?:{_GAPPED_WORD}\s+){{1,3}})?"
    # ... "only" or "just" before the gapped percent ("rose 3.4% and energy only 0.8%")
    r"(?:(?:only|just)\s+)?(?:(?:by|of)\s+)?$"
)
# what joins a rate level to an earlier level it is compared with ("4.79%, down from 5.12%", "from
# a peak of 6.85%", "against 5.2%"), with no clause break between
RE_COMPARED_LEVEL = re.compile(
    r"^[^.;:()]*\b(?:from|against|compared with|versus)\b(?:\s+an?\s+\w+\s+of)?\s*$"
)
RATE_COMPARED_GAP = 50
# ... and a second rate's level in a clause whose verb is left out ("its key rate was left at 3.1%,
# and the five-year rate at 3.6%"; "the repo rate at 5.5% and the reverse repo rate at 5%")
RE_GAPPED_LEVEL = re.compile(r"^[^.;:()\d]*,?\s+and\s+(?:the|its|their)\s+(?:[\w-]+\s+){1,4}at\s*$")
# what joins a change to a change it is measured against ("rose 3.15%, ... short of the 4.2%
# unions wanted", "grew 4%, ahead of the 3% analysts expected"): the second is a change too
RE_COMPARED_CHANGE = re.compile(
    r"\b(?:short of|shy of|above|below|ahead of|behind|than|beyond"
    # ... or the change of an earlier period it follows or is compared with ("grew 0.3% in the
    # third quarter, after 0.5% in the second", "rose 4%, compared with 2.5% a year earlier")
    r"|after|following|compared\s+(?:with|to)|against|versus|vs\.?"
    # ... or its earlier reading after "up from" or "down from" ("growth is seen at 3.1%, up from
    # 2.9%", "down from an earlier estimate of 3.4%"): the same change, an earlier figure
    r"|(?<=, )(?:up|down)\s+from(?:\s+(?:an?|the|its)\s+(?:earlier|previous|prior|initial|first)"
    r"\s+(?:estimate|forecast|projection|reading)\s+of)?)\s+(?:the\s+|an?\s+)?\Z"
    # ... or the change of a place or a group ranked after it ("rose 9.1% in Galway, followed
    # by Kerry at 7.4%", "ahead of the north-east with 9%")
    # ("..., followed by Bergen (6%)": its percent in brackets)
    r"|,\s+(?:followed\s+by|ahead\s+of|behind|trailed\s+by)\s+[^,.;:()%]{1,40}?(?:\s+(?:at|with|on)\s+|\s*\()\Z"
    # ... or the mark it is set against, named ("a return of 7.8%, against a long-term target of
    # 6.1%", "versus the forecast of 2.1%"), or an average of the same change in a gapped clause
    # ("inflation at 48.7% in November, and the 12-month average at 39.2%"): the same change
    r"|\b(?:against|versus|compared\s+(?:with|to))\s+(?:an?|the|its|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:target|goal|benchmark|forecast|estimate|expectation|average)\s+of\s+\Z"
    r"|,?\s+and\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,2}?average\s+(?:at|of|was|stood\s+at)\s+\Z"
)
COMPARED_CHANGE_GAP = 160  # within the sentence: the change may be stated early in it
LIST_GAP = 40  # characters between a change and a percent listed after it ("grew 1.7% in 2024 and 2.4%")
# ... or further, when "and" repeats the change's preposition ("by 12% for whiting and for haddock
# by 31%", "a premium of 37% to the close and of 42% to the average")
# ... or when a gapped clause's common-noun subject repeats "by" after a dated change ("rise by
# 3.5% from June 1 and bus fares by 6%")
RE_PARALLEL_JOIN = re.compile(
    r"\band\s+(?:(?:(?:for|in|at|on)\s+[^,.;:()]{1,40}?\s+)?(?:by|of)"
    rf"|(?:the\s+)?(?:{_GAPPED_WORD}\s+){{1,3}}by)\s+$"
)
PARALLEL_LIST_GAP = 80
# ... or when the percent listed is dated after it, a step of a schedule ("rises of 4.5 per cent
# from the first full pay period after approval, 4 per cent in August 2027"; late-kinds8)
RE_DATED_STEP_AFTER = re.compile(r"\s+(?:in|from)\s+(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d\b")
# ... or when "and" alone (with an approximation at most) begins the percent's clause, the change
# and its subject left out, and the period or place it is measured over follows the percent ("lost
# 8% of its value since May, and about 15% since last year"): the same change over another period
# or place, read as far as a parallel join; not a share that opens its own clause ("..., and 60%
# said they would drive", "and 40% of families")
RE_BARE_JOIN = re.compile(rf"^{NO_STOP}(?:,\s*|\s)and\s+(?:(?:{alternation(APPROX_WORDS)})\s+)?$")
RE_PERIOD_OR_PLACE_AFTER = re.compile(
    r"\s*(?:[.;]|$)|\s+(?:since|in|over|during|from|between|through|across|among|this|last|a\s+year)\b"
)
# a sign written before a percent ("DAX -1.6%", "(+0.3%)"): a fall or a rise
RE_SIGN_BEFORE = re.compile(r"(?:^|(?<=[\s(:]))([-−+])\Z")
SIGNS = frozenset("-−+")  # the signs RE_SIGN_BEFORE reads (right before the number)

RE_POINT_ABBREVIATION = re.compile(
    r"\d\s?(?:pp|ppts?|bp|p\.p\.)(?!\w)"
)  # the point abbreviations RE_PERCENT reads
BUILD_UP_VERBS = frozenset("build builds built building".split())  # "builds up 2% of the full pension"
# nouns after a percent that make it a distance from a reference level ("a 10 per cent error")
DEVIATION_NOUNS = frozenset("error errors deviation variance variation tolerance discrepancy".split())
# ... and the levels "within N per cent of" measures a distance from ("within 30 per cent of that
# average"); "within 5% of GDP" caps a share of a whole instead (rules, table 2)
REFERENCE_LEVELS = frozenset(
    """average mean median target record high peak low level estimate forecast price value limit
    threshold benchmark norm quota""".split()
)
CAP_OBJECT_WORDS = (
    4  # the words before a bounded change noun read for an active cap verb ("caps yearly wage rises")
)
# a penalty charged by the period on a balance ("a 5% penalty plus 1% a month", "a surcharge of
# 2% a month"): a share of the balance each period, not a rate of change, when no word of a
# change is in its clause ("penalties rose 2% a year" is one)
PENALTY_WORDS = frozenset("penalty penalties surcharge surcharges".split())
# words of an interest rate, which is a level also "a year" ("a rate of 7% a year")
INTEREST_WORDS = frozenset("interest rate rates yield coupon apr".split())
# "grow" with an object after the percent is the farmer's verb, not a change ("smallholders, who
# grow about 72% of the country's tea"): the part of a crop they raise, a share; and "raise" with
# one, a farmer's or a fund-raiser's ("it raised only 38 per cent of its budget from its own
# sources"): the part of a whole it brings in
GROWING_VERBS = frozenset("grow grows grew grown growing raise raises raised raising".split())
BY_ADVERBS = frozenset(("only", "just", "another"))  # "by only 2%", "by just 0.1%", "by another 5%"
# Hedges right before a percent say how sure the estimate is, not what it measures: they are read
# past ("will drop by perhaps 4%"); after a comma, a hedged percent gives the size of the change its
# clause before states ("Rents will ease, perhaps 3 to 6 per cent in a few towns")
# A loss put down to a cause that takes part of a flow ("losing 40 percent of its water through
# leaks", "lose 30% of the harvest to pests"): the part of what is produced that goes that way, a
# share (as the losses of a utility or a crop are reported), not a fall of a level over time ("lost
# 9% of their body weight", rules, table 2)
RE_LOSS_TO_CAUSE = re.compile(
    r"\s+of\s+(?P<what>(?:[\w'’-]+\s+){1,4}?)(?P<how>(?:through|to|via|in)\s+(?:(?:the|its|their|illegal|water"
    r"|pipe|post-harvest)\s+)?(?:leaks?|leakage|leaking|theft|thefts|evaporation|waste|wastage|spoilage|pests?"
    r"|pilferage|bursts?|illegal\s+connections|distribution\s+losses))\b"
)
# ... read past a range's second percent ("lose between 30% and 40% of treated water to leaks")
RE_RANGE_SECOND_PERCENT = re.compile(r"\s+(?:and|to)\s+\d[\d.,]*\s?(?:%|per\s?cent|percent)")
# ... and the same loss when the leak is named before the verb ("old leaking mains, which lose 20%
# of treated water", "leaky pipes lose a third"): its words, read back over the few words before
LEAK_WORDS = frozenset("leaking leaky leaks leakage leak".split())
# "of the vote" after a loss ("lost 3.1% of the vote"): a share of the votes cast (rules, table 2:
# vote shares), not a fall of the loser's own level
RE_VOTE_OBJECT = re.compile(r"\s+of\s+(?:the\s+|their\s+|its\s+)?(?:popular\s+|total\s+)?votes?\b")
# A cutting verb, its bare object and then the percent, with no "by" ("cut emissions 35%", "slashed
# its workforce 8 per cent"): the fall of that object (rules, table 2)
CUTTING_VERBS = frozenset(
    "cut cuts cutting slash slashes slashed slashing trim trims trimmed trimming reduce reduces reduced "
    "reducing shed sheds shedding lowers lowered lowering".split()  # (not "lower": "lower grades 6%")
)
# ... and a raising verb the same way ("raised its defence budget 7.5%", "hiked fares 6 per cent"):
# the rise of that object
RAISING_VERBS = frozenset(
    "raise raises raised raising hike hikes hiked hiking boost boosts boosted boosting lift lifts lifted "
    "lifting increase increases increased increasing".split()
)
OBJECT_VERB_DIRECTIONS = {verb: "decrease" for verb in CUTTING_VERBS} | {
    verb: "increase" for verb in RAISING_VERBS
}
CUT_OBJECT_WORDS = 3  # words of the object between the verb and the percent, at most
# the approximation words that may stand between the object and the percent ("cut costs about
# 10%"); a bound ("cut debt below 80%") is a level crossed, no size of the cut
CUT_HEDGES = frozenset("about around nearly almost some roughly approximately".split())
OBJECT_DETERMINERS = frozenset("the its their his her our".split())  # may open the object
# words no bare object holds: a preposition, a link or a bound means the percent is no measure of
# the cut ("cut jobs in 12%", "reduced to 35%", "cut debt below 80%", a level crossed)
OBJECT_STOPS = frozenset(
    "a an the this that these those its their his her our by to of in at from on for with and or than "
    "as about around nearly almost some only just over under up down off back is was were are be been "
    "below above beneath into towards toward within beyond past near less more than further another "
    "it them him her which who".split()
)
LEAK_REACH = 6  # words before the loss verb read for a leak
CONTRACTED_IS_LINKS = frozenset("at now up down around about nearly almost".split())  # "X's at 5%"
RETURN_VERBS = frozenset(("returned", "returning"))  # ... or the verb ("returned 6%")
RETURN_WORDS = RETURN_NOUNS | RETURN_VERBS
RETURN_TARGET_REACH = 12  # words before a percent "target" read for the return it is set for
AVERAGE_VERBS = frozenset(("averaged", "averages", "average", "averaging"))
# conjunctions after a percent that open another clause, whose change words are its own ("the yield
# hit 5.1% before easing", "stood at 4% after rising in May")
CLAUSE_AFTER_JOINS = frozenset(("before", "after", "while", "when", "since", "until"))
THRESHOLD_CROSSED = ("below ", "above ")  # approximation words after a move that name a level crossed
# verbs of what investments bring in ("private equity holdings delivered 12%", "the plan generated 8%")
YIELD_VERBS = frozenset("delivered delivers generated generates produced produces".split())
RETURN_LINKS = frozenset("stood stands was is came comes".split())  # "its return stood at"
# words naming how a return is reckoned, between a percent and "return" ("a 6.8% net return")
RETURN_MODIFIERS = frozenset("net gross real nominal total annual annualised annualized investment".split())
# words between "returned a(n)" and the percent that say how the return is reckoned, not what it is of
RETURN_AVERAGES = frozenset(
    ("average", "median", "annual", "annualised", "annualized", "yearly", "estimated")
)
# ... or "earned" after a holder of investments ("the endowment earned 11%", "the pension fund
# earns 6%"); savers and accounts earn interest (a rate level), firms a share of revenue ("of")
EARN_VERBS = frozenset(("earned", "earns", "earn"))
HEDGE_WORDS = frozenset("perhaps maybe possibly probably likely conceivably".split())


# what may follow "N% up" or "N% down" when they state a change ("3% down on the year", "up from")
UP_DOWN_TAILS = frozenset(
    ("on", "from", "against", "compared", "year", "over", "since", ".", ",", ";", "in", "at", "to")
)
# Verbs whose "up" is their own particle ("edged up", "ticked up"): "up to" after them is no bound
PHRASAL_UP_VERBS = frozenset(
    "edged ticked inched crept nudged moved went picked edges ticks inches creeps moves goes picks".split()
)


# verbs that say a level was reached, as "was" says it ("the gap between the two prices reached 38%")
LEVEL_REACH_VERBS = frozenset("reached reaches hit hits topped tops".split())
PRICED_ON_WORDS = 5  # words after "N% on" read for the loan or deposit it is the interest on


LOAN_ENDINGS = ("loan", "loans")  # a compound that names a loan ("microloans")


# a target "for" a stretch of time, not for what it covers ("above the 2% target for a 31st
# straight month", "below the target for two years"; not "a 40% target for renewables")
RE_TARGET_FOR_PERIOD = re.compile(
    r"\s+(?:target|ceiling|objective)\s+for\s+(?:[\w-]+\s+){0,3}?(?:months?|years?|quarters?|weeks?|time)\b"
)


# A study's confidence level before its interval ("(95% CI 1.1-1.9)", "a 90 per cent confidence
# interval"): a share, the level of confidence, whatever the clause around the bracket says
# (the interval's names: "CI", "CrI", "a 95% credible interval")
INTERVAL_NAMES = r"(?:CIs?|CrIs?|(?:confidence|credible|uncertainty)\s+intervals?)"
RE_CONFIDENCE_AFTER = re.compile(rf"\s+{INTERVAL_NAMES}\b")
# ... and the interval's bare bounds after it, when the bracket or comma follows a percent estimate
# ("a share of 52 per cent (95% CI 47.9 to 53.9)"): one range in the estimate's unit and kind (as
# p262's ratio's bounds); bounds with a unit of their own are read by that unit's rule
RE_INTERVAL_BOUNDS = re.compile(
    rf"\s+{INTERVAL_NAMES}[\s:,]*(?:of\s+|from\s+)?"
    r"(?P<num>\d{1,3}(?:\.\d+)?)\s*(?:to|-|–|and)\s*(?P<num2>\d{1,3}(?:\.\d+)?)(?=\s*[);,]|\.(?!\d)|\Z)"
)
RE_ESTIMATE_OPENS = re.compile(
    r"\s*[(,]\s*(?:an?\s+)?\Z"
)  # between a percent estimate and its interval's level


def _interval_bounds(sc: Scanner, estimate: Figure | None, start: int, end: int) -> None:
    """Add the bounds of a confidence interval whose level stands at start..end (see
    RE_INTERVAL_BOUNDS) as one range in the unit of the percent estimate right before it."""
    if (
        estimate is None
        or estimate.unit != "percent"
        or not RE_ESTIMATE_OPENS.fullmatch(sc.body, estimate.end, start)
    ):
        return
    m = RE_INTERVAL_BOUNDS.match(sc.body, end)
    if m is None or not sc.free(m.start("num"), m.end("num2")):
        return
    low, high = N.parse_amount(m.group("num")), N.parse_amount(m.group("num2"))
    if not low < high <= 100:
        return
    s, e = m.start("num"), m.end("num2")
    sc.claim(s, e)
    value = f"{N.normalise_number(low)}/{N.normalise_number(high)}"
    subject = f"{INTERVAL_BOUNDS_SUBJECT} {estimate.subject}".strip()
    sc.add(Figure(s, e, (s, e), value, "percent", estimate.kind, subject, direction=estimate.direction))


# the change noun a points compound joined by hyphens qualifies ("after the 25-basis-point cut, which
# takes the cash rate to 3.85%"): the subject, not the clause before; its object after "in" or "of"
# names it instead ("a 2-percentage-point rise in unemployment", read by _percent_kind)
RE_NOUN_AFTER = re.compile(r" ([a-z]+)\b(?! (?:in|of)\b)")


def _compound_change_noun(body: str, m: re.Match[str]) -> str:
    """The change noun (noun_phrases.CHANGE_NOUNS) after a hyphen-joined points compound with no
    object after it, or ""."""
    if body[m.start("sign") - 1 : m.start("sign")] != "-":
        return ""
    after = RE_NOUN_AFTER.match(body, m.end())
    return after.group(1) if after and after.group(1) in CHANGE_NOUNS else ""


def scan_percent(sc: Scanner) -> None:
    """Percents, their ranges and percentage or basis points, then bracketed percents."""
    lower = sc.lower
    if (
        "%" not in lower
        and "per" not in lower
        and "pc" not in lower
        and "p.c." not in lower
        and "point" not in lower  # also "a 25-basis-point cut"
        and "bps" not in lower
        and RE_POINT_ABBREVIATION.search(sc.body) is None  # "0.5pp", "25bp": read once per text
    ):
        return
    if " and a half per" in lower:
        scan_and_a_half_percent(sc)
    # the latest percent found (a share listed after a change continues it): found once, then kept
    last_percent = next((f for f in reversed(sc.figures) if f.unit == "percent"), None)
    followers = (
        PERCENT_FOLLOWERS_OF
        if "of a percentage point" in lower or "of a point" in lower
        else PERCENT_FOLLOWERS
    )
    for m in sc.at(RE_PERCENT, sc.digits_then(followers), sc.words):
        s, e = m.span()
        num = m.group("num")
        if num[0].isalpha() and not sc.sentence_start_or_lower(s, num):
            continue
        if not sc.free(s, e):
            continue
        if m.group("sign").lower() == "of a point" and not ("." in num and polls_at(sc, s)):
            continue  # "won by 0.3 of a point" in a gymnastics final: the judges' points
        if m.group("sign") == "pp" and not m.group("num2") and N.pages_not_points(sc.body, s, num):
            continue  # "Harbour Books, 368 pp": a book's pages (the counts read them)
        named = sc.is_name_or_code(s, m.end("num"))  # "Stoxx 50 -1.3%": a name, then the percent
        if named and not m.group("num2"):
            continue
        # "fell 4 or 5 per cent": one range, its kind read before the first number; "either 3 or
        # 4 percent" names two alternatives (range_ok)
        is_range = (
            bool(m.group("num2"))
            and sc.range_ok(m)
            and not named
            and not N.dated_year(sc.body, m.start("num"), m.end("num"))  # "in 2019 to 21 per cent"
        )
        first: tuple[int, Value] | None = None  # "from 4.8 to 4.7 percent": two figures
        coordinated = not is_range and not named and _coordinated_pair(sc, m)
        if coordinated:  # "rose 14 and 9 per cent respectively": two percents, the sign written once
            first = (m.start(), N.normalise_number(N.parse_amount(num)))
        if m.group("num2") and not is_range:
            s, num = m.start("num2"), m.group("num2")
        low = N.parse_amount(num)
        value: Value = N.normalise_number(low)
        if is_range:
            high = N.parse_amount(m.group("num2"))
            if high < low and N.RE_YEAR_TEXT.fullmatch(m.group("num")):
                # "its forecast for 2027 to 2.6%": a year, then the percent; a percent's low end
                # never reads as a year above its high end
                s, value = m.start("num2"), N.normalise_number(high)
            elif high <= low or sc.change_pair(m) and not interval_after_move(sc.body, m.start(), low, high):
                first, s, value = (m.start(), value), m.start("num2"), N.normalise_number(high)
            else:
                value = f"{value}/{N.normalise_number(high)}"
        kind, direction, subject = _percent_kind(sc, s, e)
        estimate = None
        if RE_CONFIDENCE_AFTER.match(sc.body, e):  # "95% CI", "90 per cent confidence interval"
            kind, direction, subject = "percentage_share", "", CONFIDENCE_SUBJECT
            estimate = last_percent
        if kind == "percentage_share":
            kind, direction = _continued_change(sc, last_percent, s, e, kind, direction)
            if kind == "other" and last_percent is not None:  # the rate level it is compared with
                subject = last_percent.subject
        if kind == "percentage_share" and expected_change(sc, last_percent, s, e):
            kind = "percent_change"  # "Economists had expected 2.1%": the change forecast
        unit = "percent"
        points = point_unit(m.group("sign"))
        if points:  # percentage and basis points: a change, in points
            named = _compound_change_noun(sc.body, m)  # "after the 25-basis-point cut": the cut
            unit, kind, subject = "other", "percent_change", f"{named or subject} (unit: {points})".strip()
        sc.claim(m.start() if first else s, e)
        if first is not None:
            a_start, a_value = first
            a_end = m.end("num")
            # a list's first number is read where the list opens ("grew 4, 6 and 11 per cent")
            listed = (
                RE_LISTED_BEFORE.search(sc.body, max(0, a_start - LISTED_REACH), a_start)
                if coordinated
                else None
            )
            a_kind, a_direction, a_subject = _percent_kind(sc, listed.start() if listed else a_start, a_end)
            if unit == "other":  # points: both are changes in points
                a_kind, a_subject = kind, subject
            elif coordinated:  # the second takes what the first has: its kind, direction and subject
                kind, direction, subject = a_kind, a_direction, a_subject or subject
            sc.add(
                Figure(
                    a_start,
                    a_end,
                    (a_start, a_end),
                    a_value,
                    unit,
                    a_kind,
                    a_subject,
                    direction=a_direction,
                )
            )
        sc.add(Figure(s, e, (s, e), value, unit, kind, subject, direction=direction))
        if unit == "percent" and kind != "percent_change":
            signed_points_after(sc, e, subject)
        if unit == "percent":
            last_percent = sc.figures[-1]
            if kind == "other" and subject.endswith(RATE_LEVEL_SUBJECT):
                sc.rate_level_at = s  # what a later bare "the rate" stands for
            elif "rate" in subject.lower().split():
                sc.rate_level_at = -1  # "the jobless rate rose to 5%": a later "the rate" is that one
        if estimate is not None:
            _interval_bounds(sc, estimate, s, e)
    if "point" in lower and ("half" in lower or "quarter" in lower):
        scan_fraction_points(sc)
    scan_bracketed_percent(sc)


# A fraction of a percentage point, written out ("cut by half a point", "a quarter-point rise",
# "three-quarters of a percentage point"): a number of points, as "half a million" is a number
# (rules, table 1); bare "point" only in a sentence about polls or rates (poll_points), not a
# chess player's "led by half a point"
RE_FRACTION_POINT = re.compile(
    r"\b(?P<num>half|quarter|three[- ]quarters)(?:\s+of)?[\s-]+(?:a[\s-]+)?(?P<pct>percentage[\s-]+)?points?\b",
    re.IGNORECASE,
)
FRACTION_VALUES = {"half": 0.5, "quarter": 0.25, "three quarters": 0.75}


def scan_fraction_points(sc: Scanner) -> None:
    """Percentage points of a fraction written out (above), a change in points."""
    cues: dict[int, tuple[bool, list[int]]] = {}  # sentence start -> _sentence_point_cues
    for m in RE_FRACTION_POINT.finditer(sc.body):
        s, e = m.span()
        if not sc.free(s, e):
            continue
        if not m.group("pct") and not fraction_poll_points(sc, s, e, cues):
            continue
        _, direction, subject = _percent_kind(sc, s, e)
        sc.claim(s, e)
        value = FRACTION_VALUES[m.group("num").lower().replace("-", " ")]
        subject = f"{subject} (unit: percentage points)".strip()
        sc.add(Figure(s, e, (s, e), value, "other", "percent_change", subject, direction=direction))


def scan_and_a_half_percent(sc: Scanner) -> None:
    """Percents and percentage points of a whole number and a half ("five and a half percent")."""
    for m in RE_AND_A_HALF_PERCENT.finditer(sc.body):
        s, e = m.span()
        num = m.group("num")
        if not sc.free(s, e) or num[0].isalpha() and not sc.sentence_start_or_lower(s, num):
            continue
        kind, direction, subject = _percent_kind(sc, s, e)
        unit = "percent"
        points = point_unit(m.group("sign"))
        if points:
            unit, kind, subject = "other", "percent_change", f"{subject} (unit: {points})".strip()
        sc.claim(s, e)
        value = N.normalise_number(N.parse_amount(num) + 0.5)
        sc.add(Figure(s, e, (s, e), value, unit, kind, subject, direction=direction))


def scan_bracketed_percent(sc: Scanner) -> None:
    """A bare number in brackets after "percentage", or ending its clause after "percentage of", is
    a percent ("grew most in percentage (35.1)", "a percentage of 104.2.")."""
    if "percentage" not in sc.lower:
        return
    for m in matches_at_word(RE_BRACKETED_AFTER_PERCENTAGE, sc.lower, sc.lower, "percentage"):
        group = "num" if m.group("num") else "bare"
        s, e = m.span(group)
        if sc.free(s, e):
            kind, direction, subject = _percent_kind(sc, m.start(), s)
            s_start, _ = sc.sentence_bounds(s)
            moved = clause_change(tokens_before(sc.body, max(s_start, m.start() - 100), m.start()))
            if kind == "percentage_share" and moved:  # "grew the most in terms of percentage (35.1)"
                kind, direction = "percent_change", moved
            sc.claim(s, e)
            sc.add(
                Figure(
                    s,
                    e,
                    (s, e),
                    N.normalise_number(N.parse_digits(m.group(group))),
                    "percent",
                    kind,
                    subject,
                    direction=direction,
                )
            )


# "A and B per cent" with no "between" before it: two percents, the sign written once after the
# second ("rose 14 and 9 per cent respectively", "rates of 6.5 and 7 per cent"); not when the
# second opens a clause of its own with its verb after the sign ("the toll rose to 45 and 30 per
# cent of the dead were children"), unless the pair follows "of" inside a noun phrase
RE_COORDINATED_JOIN = re.compile(r"\s+and\s+")
RE_OF_BEFORE = re.compile(r"\bof\s+\Z")


# a rate level, then "and" alone before the next percent: the second level of a coordinated pair
RE_LEVEL_AND = re.compile(r"\s*,?\s+and\s+")


# the numbers of a list before a coordinated pair, commas after each ("4, 6 and 11 per cent")
RE_LISTED_BEFORE = re.compile(r"(?<![\d.,])(?:\d+(?:\.\d+)?,\s*)+\Z")
LISTED_REACH = 40


def _coordinated_pair(sc: Scanner, m: re.Match[str]) -> bool:
    """Whether RE_PERCENT's "A and B %" match is two coordinated percents (above)."""
    if not m.group("num2") or RE_COORDINATED_JOIN.fullmatch(m.group("join") or "") is None:
        return False
    if N.RE_YEAR_TEXT.fullmatch(m.group("num")) or not m.group("num")[0].isdigit():
        return False  # "in 2019 and 12 per cent", "one and 2 per cent"
    return RE_OF_BEFORE.search(sc.body, max(0, m.start() - 4), m.start()) is not None or not opens_clause(
        sc.body, m.end()
    )


# a percent asked for, offered or proposed right after a change is stated (its sentence or the one
# before): "A 50 per cent increase in one go is too much. We asked for 20 per cent this year": the
# change one side wanted instead, not a share of anything
RE_ASKED_BEFORE = re.compile(
    rf"(?i:\b(?:(?:{'|'.join(sorted(PAY_ASK_VERBS))})\s+for|{'|'.join(sorted(PAY_OFFER_VERBS))})\s+"
    rf"(?:(?:only|just|about|around|some|a|an)\s+)?)\Z"
)
ASKED_REACH = 40  # characters before a percent read for the verb that asks for it


def _asked_instead(sc: Scanner, previous: Figure, start: int, end: int) -> bool:
    """Whether the percent at start:end is asked for or offered (RE_ASKED_BEFORE), no whole of it
    named, in the sentence of the change `previous` or the one after."""
    if RE_ASKED_BEFORE.search(sc.body, max(0, start - ASKED_REACH), start) is None:
        return False
    if RE_SHARE_AFTER.match(sc.body, end):
        return False
    here = sc.article.sentence_of(start)
    return sc.article.sentence_of(previous.start) in (here, here - 1)


def _continued_change(
    sc: Scanner, previous: Figure | None, start: int, end: int, kind: str, direction: str
) -> tuple[str, str]:
    """A percent listed after a change (`previous`, the latest percent) in the same sentence ("grew
    1.7% in 2024 and 2.4% in 2025") is a change in the same direction, and one compared with a
    rate level ("costs 4.79%, down from 5.12% in June and from a peak of 6.85%") a rate level,
    unless it is a share of something ("40% of")."""
    if previous is None or previous.kind not in ("percent_change", "other"):
        return kind, direction
    if previous.kind == "percent_change" and _asked_instead(sc, previous, start, end):
        return previous.kind, previous.direction
    if sc.article.sentence_of(previous.start) != sc.article.sentence_of(start):
        return kind, direction
    between = sc.body[previous.end : start]
    if RE_SHARE_AFTER.match(sc.body, end) or earlier_share_level(sc.body, previous.start, between):
        return kind, direction
    if previous.kind == "other":  # a rate level, then the level it is compared with
        # ... read up to an approximation word before the percent ("fell to 9.1% from above 10%")
        between = sc.body[previous.end : max(previous.end, sc.approx_before(start)[1])]
        if len(between) <= RATE_COMPARED_GAP and RE_GAPPED_LEVEL.search(between):
            return previous.kind, ""  # "was left at 3.1%, and the five-year rate at 3.6%": its verb left out
        if RE_LEVEL_AND.fullmatch(between) and not opens_clause(sc.body, end):
            return previous.kind, ""  # "raised deposit and lending rates to 19.5% and 21%": two levels
        if len(between) > RATE_COMPARED_GAP or not RE_COMPARED_LEVEL.search(between):
            return kind, direction
        return previous.kind, ""
    if len(between) <= COMPARED_CHANGE_GAP and RE_COMPARED_CHANGE.search(between):
        return previous.kind, ""  # "rise 3.15%, a bigger increase than ... but short of the 4.2%"
    if len(between) > LIST_GAP or not RE_LIST_JOIN.search(between):
        if len(between) > PARALLEL_LIST_GAP or not (
            RE_PARALLEL_JOIN.search(between)
            or (RE_LIST_JOIN.search(between) and RE_DATED_STEP_AFTER.match(sc.body, end))
            or (RE_BARE_JOIN.search(between) and RE_PERIOD_OR_PLACE_AFTER.match(sc.body, end))
        ):
            return kind, direction
    return previous.kind, previous.direction


# before "by N percent": how many words the walk back to the object's verb reads ("cut the risk of
# heart attack, stroke or cardiovascular death by 21%"), and how many the nearest change word is
# looked for in when there is no such verb
BY_OBJECT_WORDS = 16
# "lost an average of 14.2%", "rose a total of 9%": a change word, then "a/an average/total of"
AVERAGE_WORDS = frozenset(("average", "total", "mean", "median"))


def _object_change(before: list[str]) -> str:
    """The direction when the lower-case words before a percent end in a cutting or raising verb
    and its bare object of one to three words ("cut emissions", "trimmed its water leakage",
    "raised its defence budget"), with no preposition; else ""."""
    for n in range(1, CUT_OBJECT_WORDS + 1):
        if len(before) <= n + 1 or before[-n - 1] not in OBJECT_VERB_DIRECTIONS:
            continue  # (a word before the verb: an opening "Trimmed hedges cover 30%" is no verb)
        if before[-n - 2] in DETERMINERS or not before[-n - 2][-1:].isalpha():
            return ""  # "the reduced fares cost 20%": a participle as an adjective
        words = before[-n:]
        rest = words[1:] if words[0] in OBJECT_DETERMINERS else words
        if rest and all(w.replace("-", "").isalpha() and w not in OBJECT_STOPS for w in rest):
            return OBJECT_VERB_DIRECTIONS[before[-n - 1]]
        return ""
    return ""


# "over" and "under" right after a percent, before a planned level with no article ("tenders came
# in 18% over budget", "ran 4 per cent under estimate"): the gap to the plan, a relative difference
# (rules, table 2: a higher or lower level); "5% over the period" or "40% under 30" are no gaps
OVER_UNDER: dict[str, str] = {"over": "increase", "under": "decrease"}
PLANNED_LEVELS = frozenset(("budget", "estimate", "forecast", "target", "plan", "schedule"))
# a margin after "by" ("by a margin of", "by a narrow margin of"): the gap between two levels
MARGIN_NOUNS = frozenset(("margin", "margins"))
MARGIN_BY_WORDS = 3  # words between "by" and the margin ("by a wide margin of")


EFFICACY_NOUNS = frozenset(("efficacy", "effectiveness"))
# what makes "effective" a vaccine's or a drug's efficacy: words of medicine in its sentence ("86%
# effective after two doses"); "a 15% effective tax rate" has none, and a noun after it besides
EFFICACY_CUES = ("vaccin", "jab", "dose", "drug", "treatment", "trial", "immunis", "immuniz", "shot")
RE_EFFECTIVE_END = re.compile(
    r"effective(?=\s+(?:against|at|in|after|for|among|when|from|over|within|during|until)\b|\s*[,.;)]|\s*\Z)"
)
# "protection" named before an efficacy's link is one only in a sentence about a vaccine or a drug
# ("Protection was lower in the over-50s, at 68.5%"), not a flood defence's; "99 per cent
# protection", the noun after the percent, stays a share (the writers' call in p13 and p585)
PROTECTION_NOUNS = frozenset(("protection",))
# verbs of preventing cases: a percent right before "of" after one, in such a sentence, is the share
# of cases a vaccine or a drug averts, its efficacy ("prevented 81% of infections")
PREVENT_VERBS = frozenset("prevent prevents prevented preventing avert averts averted averting".split())
EFFICACY_LINKS = BE_WORDS | frozenset(("at", "to"))  # "efficacy was 64%", "efficacy stood at 85%"


def _efficacy(sc: Scanner, start: int, before: list[str], after: list[str]) -> bool:
    """Whether a percent at `start` states an efficacy: "91% efficacy", "an efficacy of 91%",
    "was 86% effective against" in a sentence about a vaccine or a drug (see EFFICACY_CUES);
    "prevented 81% of infections", "efficacy was 64%" and "protection was lower in the over-50s,
    at 68.5%" there too."""
    if (
        after[:1]
        and after[0] in EFFICACY_NOUNS
        or len(before) > 1
        and before[-1] == "of"
        and before[-2] in EFFICACY_NOUNS
    ):
        return True
    if before[-1:] and before[-1] in PREVENT_VERBS and after[:1] == ["of"]:
        return sentence_names(sc, start, EFFICACY_CUES)
    if before[-1:] and before[-1] in EFFICACY_LINKS and after[:1] != ["of"]:
        clause = _clause(before[:-2] if before[-2:-1] == [","] else before[:-1])
        if not EFFICACY_NOUNS.isdisjoint(clause):
            return True  # "Efficacy against infection was 64.7%", "its efficacy stood at 85%"
        if not PROTECTION_NOUNS.isdisjoint(clause):
            return sentence_names(sc, start, EFFICACY_CUES)
    if after[:1] != ["effective"]:
        return False
    end = sc.body.find("effective", start)
    return RE_EFFECTIVE_END.match(sc.body, end) is not None and sentence_names(sc, start, EFFICACY_CUES)


RE_EFFICACY_HOLDER = re.compile(
    r"\b(vaccines?|jabs?|drugs?|treatments?|shots?|doses?|boosters?|pills?|medicines?|therapy|therapies)\b"
)


def _efficacy_subject(sc: Scanner, start: int) -> str:
    """The subject of an efficacy at `start`: "efficacy of the vaccine (lower risk)", with the
    nearest medicine its sentence names before the figure, else the sentence after it. The
    sentence's medicines are read once (Scanner.efficacy_holders), not once per efficacy."""
    s_start, s_end = sc.sentence_bounds(start)
    if sc.efficacy_holders[0] != s_start:
        found = list(RE_EFFICACY_HOLDER.finditer(sc.lower, s_start, s_end))
        sc.efficacy_holders = (
            s_start,
            [m.start() for m in found],
            [m.end() for m in found],
            [m.group(1) for m in found],
        )
    _, starts, ends, words = sc.efficacy_holders
    before = bisect_right(ends, start)  # the medicines ending before the figure
    after = bisect_left(starts, start)
    holder = words[before - 1] if before else words[after] if after < len(words) else ""
    return f"efficacy of the {holder} (lower risk)" if holder else "efficacy (lower risk)"


# the sums shared out in a sentence, whose "N% cut for" someone is the part taken, a share ("split
# the prize after a 10% cut for the organiser"), where "a 10% cut for the agency" alone is a fall
SHARED_POT_CUES = (
    "prize",
    "winnings",
    "takings",
    "proceeds",
    "purse",
    "jackpot",
    "pot ",
    "gate receipts",
    "split",
    "share out",
    "shared out",
)


def _percent_kind(sc: Scanner, start: int, end: int) -> tuple[str, str, str]:
    """Change or share, the direction of a change, and what it measures."""
    s_start, s_end = sc.sentence_bounds(start)
    _, cut = sc.approx_before(start)
    body = sc.body
    before_words = tokens_before(body, max(s_start, cut - 100), cut)
    before = list(map(str.lower, before_words))
    if (
        cut < start
        and before
        and before[-1] in PHRASAL_UP_VERBS
        and body[cut:start].lower().startswith("up to")
    ):
        # "the jobless rate edged up to 4.4%": "up" is the verb's, "to" names the new level (not
        # the bound "up to" of "prices rose up to 20%")
        before_words, before = [*before_words, "up", "to"], [*before, "up", "to"]
    if (
        len(before) > 1
        and before[-1] in CONTRACTED_IS_LINKS
        and before_words[-2][-2:] in ("'s", "’s")
        and before[-2][:-2].isalpha()
    ):
        # "Unemployment's at 5.3%", "it's down 2%": the spoken "is" contracted, not a possessive
        # (a possessive is followed by its noun)
        before_words = [*before_words[:-2], before_words[-2][:-2], "is", before_words[-1]]
        before = [*before[:-2], before[-2][:-2], "is", before[-1]]
    after = lower_tokens_after(body, end, min(s_end, end + 60), 3)  # three are read

    def change_subject() -> str:
        return _change_subject(before_words, RE_CHANGE_OBJECT.match(body, end, s_end))

    direction = ""
    hedged = len(before) > 1 and before[-1] in HEDGE_WORDS
    if hedged:
        before, before_words = before[:-1], before_words[:-1]  # "drop by perhaps 4%": no word of the change
    if (
        hedged
        and before[-1] == ","
        and after[:1] != ["of"]
        and (hedged_direction := clause_change(before[:-1]))
    ):  # "Prices will fall, perhaps 5%": the change of the clause before the comma
        return "percent_change", hedged_direction, _change_subject(before_words[:-1], None)
    if len(before) > 1 and before[-1] == "between":
        # "rose by between 2 and 3%", "lose between 30% and 40% of treated water to leaks": "between"
        # opens the range, the word before tells
        before = before[:-1]
    loss_end = second.end() if (second := RE_RANGE_SECOND_PERCENT.match(body, end, s_end)) else end
    if (
        before
        and before[-1] in LOSE_VERBS
        and (lost := RE_LOSS_TO_CAUSE.match(body, loss_end, min(s_end, loss_end + 80)))
    ):
        return "percentage_share", "", f"share of {lost.group('what').strip()} lost {lost.group('how')}"
    if (
        before
        and before[-1] in LOSE_VERBS
        and after[:1] == ["of"]
        and not LEAK_WORDS.isdisjoint(before[-LEAK_REACH - 1 : -1])
    ):  # "leaking mains, which lose 11 percent of treated water": the part of a flow leaks take
        return "percentage_share", "", f"share of {' '.join(after[1:3])} lost to leaks"
    if before and before[-1] in LOSE_VERBS and RE_VOTE_OBJECT.match(body, end):
        # "the party lost 3.1% of the vote": the share of the vote it lost, not a fall of a level
        return "percentage_share", "", "share of the vote lost"
    if holder_share := vote_share_won(sc, start, before_words, after):
        return "percentage_share", "", holder_share  # "the Liberals got 10.9 per cent": no pay rise
    if len(before) > 2 and before[-1] in ("a", "an") and before[-2] == "by" and before[-3] in CHANGE_WORDS:
        before = before[:-1]  # "dropped by a 23 per cent": the article says nothing of the change
    if len(before) > 2 and before[-1] == "(" and after[:1] != ["of"]:
        verb = before[-3] if before[-2].endswith("ly") else before[-2]
        if verb in CHANGE_WORDS:  # "the economy expanded moderately (2.9%)": the change in brackets
            return "percent_change", CHANGE_WORDS[verb], _change_subject(before_words[:-1], None)
    if len(before) > 2 and before[-3:] == ["by", "an", "average"]:
        # "lift tariffs by an average 15.3%": the average says nothing of the change, nor of what
        # changed (as "by an average of 15.3%")
        before, before_words = before[:-2], before_words[:-2]
    if len(before) > 1 and before[-1] in BY_ADVERBS and before[-2] == "by":
        # "expand by only 1.9%", "rise by another 5%": the adverb says nothing of the change, nor
        # of what changed
        before, before_words = before[:-1], before_words[:-1]
    if len(before) > 2 and before[-1] in LIMITING_ADVERBS and before[-2] == "up":
        # "make up just 12% of the total", "takes up only 40% of income": the adverb says how small
        # the share is, the verb before it what the percent is
        before, before_words = before[:-1], before_words[:-1]
    last = before[-1] if before else ""
    if last == "by" and len(before) > 2 and before[-2] in PLANNED_LEVELS and before[-3] in OVER_UNDER:
        # "over budget by 12%", "ran under forecast by 3 per cent": the gap to the plan, as "12% over budget"
        return "percent_change", OVER_UNDER[before[-3]], change_subject()
    signed = (
        RE_SIGN_BEFORE.search(body, max(0, start - 2), start) if body[start - 1 : start] in SIGNS else None
    )
    if signed:  # "DAX -1.6%", "(+0.3%)": a change written with its sign
        direction = "decrease" if signed.group(1) in "-−" else "increase"
        return "percent_change", direction, change_subject()
    if _price_limit(before, after):  # "hit the upper circuit of 10 percent": a cap on a day's move
        return "percent_change", "", change_subject()
    if (
        last == "within"
        and (after[:1] != ["of"] or not REFERENCE_LEVELS.isdisjoint(after[1:]))
        or after[:1]
        and (after[0] in DEVIATION_NOUNS or after[0] in ADJUSTMENT_NOUNS)
        or adjustment_named_after(after)
    ):
        # "kept within 30 per cent of the average", "a 4 or 6 per cent error": a distance from
        # a reference level, either way (rules, table 2: a higher or lower level is a change);
        # "a 6% adjustment": a change either way
        return "percent_change", "", change_subject()
    averaged = last == "of" and len(before) > 3 and before[-2] in AVERAGE_WORDS and before[-3] in ("a", "an")
    if averaged and before[-4] in CHANGE_WORDS:
        direction = CHANGE_WORDS[before[-4]]  # "lost an average of 14.2% of their body weight"
    elif (
        averaged
        and before[-4] == "by"
        and (by_direction := direction_before_by(before[-BY_OBJECT_WORDS - 4 : -4]))
    ):
        direction = by_direction  # "raised its tariffs by an average of 41%": the change "by" measures
    elif last == "of" and (paced := change_at_rate(before[:-1])):
        direction = paced  # "wages grew at an annual rate of 5.2%", "prices rose at a pace of 3%"
    elif (
        last in ("a", "an")
        and len(before) > 2
        and before[-2] == "at"
        and before[-3] in CHANGE_WORDS
        and not PACE_NOUNS.isdisjoint(after[:3])
    ):
        direction = CHANGE_WORDS[before[-3]]  # "sales climbed at a 4% rate"
    elif last == "at" and (ranked := ranked_change(before[:-1])):
        direction = ranked  # "rose most in Cork, at 9%", "the biggest fall was in Lima, at 6%"
    elif last in ("to", "at", "from", "of") and not (
        last == "of"
        and len(before) > 1
        and (before[-2] in CHANGE_WORDS or before[-2] in PRICE_GAP_WORDS and after[:1] != ["of"])
    ):  # "a premium of 2% of the loan" is a share of it
        direction = ""
    elif (
        last == "up"
        and len(before) > 1
        and (
            before[-2] in MAKE_UP_VERBS
            or (before[-2] in TAKE_UP_VERBS or before[-2] in BUILD_UP_VERBS)
            and after[:1] == ["of"]
        )
    ):
        # "women make up 48% of staff", "rent takes up 40% of income", "each year builds up 2% of
        # the full pension": a share
        direction = ""
    elif last in CHANGE_WORDS and body[cut:start].lower().startswith(THRESHOLD_CROSSED):
        # "the yield dipped below 2.5%", "unemployment fell below 5%": the level crossed, not the
        # size of the move; what it is a level of decides its kind
        pass
    elif last in CHANGE_WORDS and not (
        last in GROWING_VERBS and after[:1] == ["of"] and after[1:2] != ["which"]
    ):
        direction = CHANGE_WORDS[last]
    elif last == "by":
        direction = direction_before_by(before[-BY_OBJECT_WORDS - 1 : -1])
    elif (moved := _object_change(before)) and CUT_HEDGES.issuperset(body[cut:start].lower().split()):
        direction = moved  # "cut emissions 35%", "raised its budget 7.5%": the object's fall or rise
    elif last == "of" and len(before) > 1:  # "a rise of 5%", "a premium of 37%"
        # (not "a buyer's premium of 25%": a charge, a share of the price)
        direction = CHANGE_WORDS.get(before[-2]) or (
            "" if charged_premium(before, len(before) - 2) else PRICE_GAP_WORDS[before[-2]]
        )
    elif len(before) > 2 and before[-2] in ("a", "an") and before[-3] in CHANGE_WORDS:
        direction = CHANGE_WORDS[before[-3]]  # "rose an annual 3.2%", "fell a further 2%"
    elif len(before) > 3 and before[-2] in ("a", "an") and before[-3] == "by" and before[-4] in CHANGE_WORDS:
        direction = CHANGE_WORDS[before[-4]]  # "increased by a modest 5%", "fell by a further 2%"
    elif (
        len(before) > 1
        and (last in LIMITING_ADVERBS or last in BY_ADVERBS)
        and before[-2] in CHANGE_WORDS
        and not (before[-2] in GROWING_VERBS and after[:1] == ["of"])
    ):
        direction = CHANGE_WORDS[before[-2]]  # "budgets rose just 1.9%", "fell only 0.2%", "fell another 3%"
    elif (
        len(before) > 2
        and last in LIMITING_ADVERBS
        and before[-2] == "of"
        and before[-3] in CHANGE_WORDS
        and before[-3] in CHANGE_NOUNS
    ):
        direction = CHANGE_WORDS[before[-3]]  # "a rise of only 0.6%", "a fall of just 2%"
    elif last == "worth":  # "The rise, worth 4.9 per cent": what a change noun is worth
        direction = next((CHANGE_WORDS[w] for w in reversed(before[-4:-1]) if w in CHANGE_NOUNS), "")
    if (
        not direction
        and after[:1] == ["off"]
        and (after[1:2] != ["the"] or after[2:3] in (["price"], ["prices"]))
    ):
        # "tickets are 20% off", "30 per cent off the price": a discount, a lower level (rules, table
        # 2), stated as it stands (no fall over time)
        return "percent_change", "", change_subject()
    if not direction and after[:2] == ["compounded", "over"]:
        # "12.8 per cent compounded over the three-year term": steps of a change added up, a
        # change (not "5% compounded annually", a rate of interest); late-kinds8
        return "percent_change", "", change_subject()
    if not direction and _efficacy(sc, start, before, after):
        # "91% efficacy against severe disease", "was 86% effective after two doses": a vaccine's
        # or a drug's efficacy is the fall in risk it brings (rules, table 2: a lower risk)
        return "percent_change", "", _efficacy_subject(sc, start)
    if not direction:
        for i, w in enumerate(after[:3]):
            if i == 0 and finite_verb(w) and last not in DETERMINERS:
                break  # "found that 43% were behind schedule", "9% had no alarm", "4% dropped out":
                # the percent is the subject of its own verb, a part of a group counted; what follows
                # says what that part is or did, no move of the percent (not "sales were 5% behind",
                # the percent after the verb, nor "a 20% discounted fare", a determiner before it)
            if w in ("of", "in", "on", "for", ",", ".", "to", "than", "or") or w in CLAUSE_AFTER_JOINS:
                break  # ("or": "7.5 per cent or more" is a bound of the level, no change; "before
                # easing", "after rising": a conjunction opens the next clause's move)
            if after[i + 1 : i + 2] and opens_next_clause(w, after[i + 1]):
                break  # "at 1.5% and sales grew", "at 29.5% as inflation climbed": the next clause's move
            key = w.split("-")[-1]
            if i == 0 and w in ("up", "down") and after[1:2] and after[1] in UP_DOWN_TAILS:
                direction = CHANGE_WORDS[
                    w
                ]  # "3% down on the year", "5% up from May" (not "a 20% down payment")
                break
            if key in CHANGE_WORDS and (
                key not in ("up", "down", "cut")
                or key == "cut"
                and after[i + 1 : i + 2] != ["of"]
                and not (after[i + 1 : i + 2] == ["for"] and sentence_names(sc, start, SHARED_POT_CUES))
                and (
                    i == 0
                    or i == 1
                    and last in ("a", "an")
                    and after[0].isalpha()
                    and after[0] not in BE_WORDS
                )
            ):  # "a 21% cut means", "a 12% tariff cut"; not "a 10% cut of the profits" (a share), nor
                # "a 10% cut for the organiser" of a prize shared (a share taken), nor "2 percent were cut"
                direction = CHANGE_WORDS[key]
                break
            if key in COMPARATIVE_CHANGES:  # "12 percent smaller than the last"
                direction = COMPARATIVE_CHANGES[key]
                break
            if key in PRICE_GAP_WORDS and not charged_premium(after, i):  # "a 37% premium to Friday's close"
                direction = PRICE_GAP_WORDS[key]
                break
            if (
                key in RELATIVE_POSITIONS
                and after[i + 1 : i + 2] != []
                # "6% below 2019 levels", "12.5% above 2024." (the stop read with the year's digits)
                and (after[i + 1][:1].isalpha() or year_like(after[i + 1].rstrip(".")))
                and THRESHOLD_WORDS.isdisjoint(lower_tokens_after(body, end, min(s_end, end + 60), i + 4))
            ):
                direction = RELATIVE_POSITIONS[key]  # "38% below normal", "32% behind last season's"
                break
            if i == 0 and key in OVER_UNDER and after[1:2] and after[1] in PLANNED_LEVELS:
                direction = OVER_UNDER[key]  # "came in 22% over budget", "5% under estimate": a gap
                break
    if (
        not direction
        and last == "or"
        and len(before) > 2
        and (before[-2].endswith(",") or amount_before_or(before))
    ):
        if not RE_SHARE_AFTER.match(body, end):  # "fell $1.14, or 1.8%": the change restated in percent
            direction = restated_change(before[:-1])
            if not direction and after[:1] == [","] and after[1:2] and after[1] in CHANGE_WORDS:
                direction = CHANGE_WORDS[after[1]]  # "ended 27.3 points, or 0.4 per cent, lower"
            if not direction and after[:1] == [","] and after[1:2] and after[1] in RELATIVE_POSITIONS:
                # "about 137 points, or 4.7 percent, below its 52-week high": the gap restated
                direction = RELATIVE_POSITIONS[after[1]]
    if (
        before
        and before[-1] in SAVINGS_PAY_VERBS
        and after[:1] != ["of"]
        and savings_paid(with_antecedent(_clause(before), before))
    ):
        # "cash earning 1% loses value": the rate the savings pay, whatever the clause says after it
        # "the bonds, which pay 7.1%", "accounts that now pay 4%": the noun before the relative opener
        # right before the verb (an adverb between)
        relative = [
            k for k in range(max(0, len(before) - 3), len(before) - 1) if before[k] in RELATIVE_OPENERS
        ]
        held = before_words[: relative[-1]] if relative else []
        held = held[:-1] if held[-1:] == [","] else held
        named = _change_subject(held, None) if held else change_subject()
        return "other", "", f"{named} (interest-rate level)".strip()
    if not direction and (debt_level := _debt_level(before, after)):
        return "other", "", f"{debt_level} (interest-rate level)"
    if not direction and _investment_return(before, after):
        averaged_return = len(before) > 3 and before[-1] in RETURN_AVERAGES and before[-2] in ("a", "an")
        if averaged_return and before[-3] in RETURN_VERBS:  # "the funds returned an average 8%"
            last, before_words = before[-3], before_words[:-2]
        if last in RETURN_VERBS or last in YIELD_VERBS:  # "the fund returned 6.2%": the fund, not its verb
            trimmed = before_words[:-1]
            subject = _change_subject(trimmed, None) or noun_before_relative(trimmed)
            return "percent_change", "", subject
        return "percent_change", "", change_subject()  # "a net return of 9%", "a 9% return"
    if direction and last == "by":
        window = before_words[-BY_OBJECT_WORDS - 1 : -1]
        _, at = verb_object([w.lower() for w in window])
        if at >= 0:  # "cut the risk of heart attack, stroke or death by 21%": the object changed
            return "percent_change", direction, object_phrase(window[at + 1 :])
    if (
        direction
        and last.endswith(",")
        and after[1:2] == ["than"]
        and (counted := _apposed_count_noun(before_words))
    ):
        return "percent_change", direction, counted  # "... 2.1 million visitors, 6% more than in 2024"
    if direction:
        return "percent_change", direction, change_subject()
    if last == "by" and (not ADJUSTING_VERBS.isdisjoint(before[-3:-1]) or before[-2:-1] == ["back"]):
        # "pensions will be indexed by 8%", "adjusted annually by 2%", "buyers are pushing back by
        # 3 to 5 per cent", "scaled back by 10%": a change either way
        return "percent_change", "", change_subject()
    if averaged and before[-4] == "by" and after[:1] != ["of"]:
        # "prices were discounted by an average of 31%", "were overvalued by an average of 50%":
        # "by an average of" measures an amount of difference, never the agent of a passive (not
        # "approved by 62%", a share of the voters), so the percent is how far levels moved or
        # stand apart (rules, table 2: "by N%" is a change)
        return "percent_change", "", change_subject()
    if (
        last == "of"
        and len(before) > 2
        and before[-2] in MARGIN_NOUNS
        and "by" in before[-MARGIN_BY_WORDS - 2 : -2]
        and after[:1] != ["of"]
    ):
        # "won the tender by a margin of 6%", "cheaper by a wide margin of 9 percent": how far one
        # level stands from the other, a change (rules, table 2), not a margin of profit (a share)
        return "percent_change", "", change_subject()
    if last == "of" and len(before) > 1 and before[-2] in GAP_NOUNS and after[:1] != ["of"]:
        # "a gap of 6% with the street rate": how far one level stands above or below the
        # other, a change (rules, table 2: a higher or lower level), not a share of anything
        return "percent_change", "", change_subject()
    if (
        last in ("at", "of")
        and len(before) > 2
        and before[-2] in RATES_CEILING_NOUNS
        and before[-3] in ("rate", "rates")
    ):
        return "percent_change", "", change_subject()  # "set the rate cap at 2.5%", "a rate peg of 3%"
    if (
        last == "at"
        and len(before) > 2
        and before[-2] in RATE_SETTING_VERBS
        and any(
            a in ("rate", "rates") and b in RATES_CEILING_NOUNS
            for a, b in pairwise(_clause(before[:-2])[::-1])
        )
    ):
        return "percent_change", "", change_subject()  # "the council's rate peg was set at 4.5%"
    if (last in BE_WORDS or last in AVERAGE_VERBS or last in LEVEL_REACH_VERBS) and (
        named := change_named_before_be(before[:-1])
    ) is not None:
        # "The increase was 5%", "The discount is 15%", "Markdowns averaged 18%", "the gap between
        # the cheapest and the dearest shop reached 38%": what the change was
        return "percent_change", named, change_subject()
    if loss_restated(before, after):
        # "lost 1,140 hectares ..., about 6% of its cover": the loss as a share of what there was
        return "percent_change", "decrease", change_subject()
    if last == "," and after[:1] != ["of"] and (aside_change := change_before_aside(before[:-1])):
        # "the tiny dip in brightness, as little as 0.008 percent,": an aside of the change's size
        return "percent_change", aside_change[0], aside_change[1]
    if last in BE_WORDS and after[:1] != ["of"] and bare_ceiling(before[:-1]) and change_near(sc, start, end):
        # "The cap is 5 per cent" after "fee increases of up to 7 per cent", "the cap is 3% on
        # rent rises": the bound of the change its passage names
        return "percent_change", "", change_subject()
    if (
        last in ("at", "to")
        and len(before) > 1
        and before[-2] in CAP_VERBS
        and any(w in CHANGE_NOUNS or w[:-1] in CHANGE_NOUNS for w in _clause(before[:-2]))
    ):
        return "percent_change", "", change_subject()  # "yearly rent rises are capped at 3%"
    if (
        last in ("at", "to")
        and len(before) > 2
        and (before[-2] in CHANGE_NOUNS or before[-2][:-1] in CHANGE_NOUNS)
        and not CAP_ACTIVE_VERBS.isdisjoint(before[-CAP_OBJECT_WORDS - 2 : -2])
    ):
        # "the accord caps yearly wage rises at 4%": the bound of the change the verb caps
        verb = max(
            i
            for i in range(len(before) - CAP_OBJECT_WORDS - 2, len(before) - 2)
            if before[i] in CAP_ACTIVE_VERBS
        )
        return "percent_change", "", "cap on " + " ".join(before_words[verb + 1 : -1])
    if (
        len(before) > 2
        and before[-1] in subject_clauses.NOW_WORDS  # "the set rate, now 6%": its level, in an aside
        and before[-2] == ","
        and before[-3] in ("rate", "rates")
        and after[:1] != ["of"]
        and "interest" in before[:-2]
        and "," not in before[len(before) - 1 - before[::-1].index("interest") : -2]
    ):  # "Interest on arrears runs at the official rate, now 6%": the rate's level, set after it
        # (interest named in the rate's own clause, not "Interest rates rose, and the jobless rate, now 5%")
        return "other", "", f"{rate_subject(before_words[:-2]) or 'interest rate'} (interest-rate level)"
    aside = appositive_lead(before)
    phrase = noun_phrase_before(before_words[:-aside]) if aside else []
    while phrase and phrase[0].lower() in FUNCTION_WORDS:
        phrase = phrase[1:]  # "and inflation, at 9 per cent": "inflation"
    if phrase and phrase[-1].isalpha() and after[:1] != ["interest"]:
        # "inflation, at 9 per cent in February": not "February"; "the loan, at 12 percent
        # interest,": the interest named after it (below)
        last = phrase[-1].lower()
        changed = (
            CHANGE_WORDS.get(last, "") if last in CHANGE_NOUNS else ""
        )  # "a population decline, at 0.6%"
        if changed or names_change_measure(_clause(before[:-aside]), []):
            return "percent_change", changed, " ".join(phrase)
        if names_rate_level([w.lower() for w in reversed(phrase)]):
            # "Mortgage rates, now 6.8%, ...", "the 10-year yield, at 4.6% on Friday, ...": the rate's level
            return "other", "", f"{' '.join(phrase)} (interest-rate level)"
        if (
            before[-1] == "at"
            and after[:1] != ["of"]
            and not BORROW_VERBS.isdisjoint(_clause(before[:-aside]))
        ):
            # "the Republic borrowed €350 million for the first time, at 6.75 per cent": the
            # interest the borrowing is charged at, in an aside after the borrowing's clause
            return "other", "", "interest rate on the borrowing (interest-rate level)"
        if (last in LOANS_AT or last.endswith(LOAN_ENDINGS)) and after[:1] != ["of"]:
            # "$4,300 left on my car loan, at 7.9 percent": the interest the loan is charged at
            # (not "the loan, at 80% of the price", a share)
            return "other", "", f"interest rate on {' '.join(phrase)} (interest-rate level)"
        return "percentage_share", "", " ".join(phrase)
    clause = _clause(before)  # the words are lower-case already
    paid = pay_rise(clause, after) if after[:1] != ["of"] else ""
    if paid:
        return "percent_change", "increase", paid  # "a pay offer of 3.5%"

    def for_words() -> list[str]:  # "for" and the persons after it: "6 per cent for prison officers"
        return lower_tokens_after(body, end, min(s_end, end + 60), PAY_FOR_WORDS)

    if (
        after[:1] != ["of"]
        and (deal := pay_deal(clause, after))
        and (
            pay_sentence(sc, start)
            or sentence_names(sc, start, WORKFORCE_CUES)
            or persons_paid(before, for_words())  # "a recommendation of 6 per cent for paramedics"
        )
    ):
        return "percent_change", "increase", f"pay {deal}"  # "nurses rejected a 4.5% offer"
    if (
        after[:1] != ["of"]
        and pay_aside(before)
        and (pay_context(sc, start) or persons_paid(before[:-1], []))
    ):
        # "the offer to bus drivers, 5.2 per cent, does not cover inflation": the rise the offer is
        return "percent_change", "increase", f"pay rise {clause_words(before_words[:-1])}".strip()
    if given_to_persons(before, after) and not vote_sentence(sc, start):
        # "proposed giving MPs 2.7 per cent", "to pay its cleaners 6 percent": a rise given to persons
        return "percent_change", "increase", f"pay rise {clause_words(before_words)}".strip()
    if (
        after[:1]
        and after[0] in PAY_GIVEN_PARTICIPLES
        and after[1:2] == ["to"]
        and (payees := persons_given(body, end, s_end))
        and not vote_sentence(sc, start)
    ):
        # "the 2.5 per cent given to civil servants", "the 4% awarded to nurses": a rise given them
        return "percent_change", "increase", f"pay rise {after[0]} to {payees}"
    lead, moved = pay_lead(before)  # "seeking a range of", "moved from 2 to", "gives police officers"
    pay_last = lead[-1] if lead else ""
    asked = pay_last == "for" and len(lead) > 1 and lead[-2] in PAY_ASK_VERBS  # "asked for 9%"
    if pay_last == "for" and len(lead) > 2 and lead[-2] == "out" and lead[-3] in PAY_ASK_VERBS:
        asked = True  # "holding out for 7%"
    not_rise = bool(after[:1]) and after[0] in NOT_PAY_RISE_AFTER  # "7 percent of nurses", "20% off"
    if (
        (pay_last in PAY_OFFER_VERBS or asked)
        and not moved
        and not not_rise
        and (pay_context(sc, start) or persons_paid(lead, for_words()))
    ):
        # "management has offered 6 percent": the rise, and who offers or asks for it
        return "percent_change", "increase", f"pay rise {clause_words(before_words)}".strip()
    if (
        not not_rise
        and pay_round(lead, after, moved)
        and (pay_context(sc, start) or persons_paid(lead, for_words()))
        and (ballot_on_offer(lead) or not vote_sentence(sc, start))
    ):
        # "nurses will receive 7 percent", "the unions opened at 15 percent", "a 9% award": the rise
        # a side gets, grants, asks or settles for in a pay round, and who (a move's side, not its ends)
        side = before_words[: len(lead)] if moved else before_words
        return "percent_change", "increase", f"pay rise {clause_words(side)}".strip()
    if (
        after[:1] == ["on"]
        and NOT_INTEREST_RATES.isdisjoint(clause)
        and (priced := lower_tokens_after(body, end, min(s_end, end + 60), PRICED_ON_WORDS + 1)[1:])
        and any(w in LOAN_PRODUCTS or w in SAVINGS_PRODUCTS or w.endswith(LOAN_ENDINGS) for w in priced)
    ):
        # "paid depositors 3.2% on one-year deposits", "charged an average 7.4% on car loans": the
        # interest paid or charged on them (not "a tax of 20% on savings")
        priced = list(dropwhile(DETERMINERS.__contains__, priced))  # "on the bank's new bond": its name
        named = list(takewhile(lambda w: w[:1].isalnum() and w not in ADJUSTED_NAME_STOPS, priced))
        return "other", "", f"interest on {' '.join(named)} (interest-rate level)"
    if after[:1] != ["of"] and not (after[:1] and after[0] in NOT_INTEREST_RATES) and lender_charges(clause):
        # "microfinance lenders charge borrowers up to 26% a year": the interest they charge (not
        # "banks charge a 2% fee")
        return "other", "", "interest charged (interest-rate level)"
    if after[:1] == ["interest"] and after[1:2] != [
        "in"
    ]:  # "savers earn 5% interest" (not "a 5% interest in")
        return "other", "", "interest (interest-rate level)"
    if after[:1] and after[0] in COUPON_WORDS and not DEBT_WORDS.isdisjoint(clause):
        return (
            "other",
            "",
            f"{change_subject()} coupon (interest-rate level)".strip(),
        )  # "the bond carries a 6.25% coupon"
    if after[:1] and after[0] in RATE_LABELS_AFTER:  # "pays 4.2% AER", "a 21.35% APR"
        return "other", "", f"{rate_subject(before_words) or change_subject()} (interest-rate level)".strip()
    if loan_share := _loan_share(before, after):
        # "borrowers with a 40% deposit", "borrow at a loan-to-value of 90%": the part of the price
        # put down or borrowed, a share, though the clause names a rate or a loan (rules, table 2)
        return "percentage_share", "", loan_share
    if after[:1] != ["of"] and bare_rates(before, cut - 100 <= s_start, lambda: speaks_of_lending(sc, start)):
        # "Rates are now 3 percent", "banks are offering rates of 4% to 5% for savers"
        return "other", "", f"{change_subject() or 'interest rates'} (interest-rate level)"
    own_clause = _own_clause(clause)  # not "held its rate at 1.5% and said growth would be 2.2%"
    if (
        names_rate_level(own_clause)
        or own_clause is clause
        and names_rate_level(with_antecedent(clause, before))
    ) and after[:1] != ["of"]:  # "Fixed rates cover 80% of loans": a share; "the yield, ..., rose to 4%"
        named = (
            rate_subject(before_words)
            or rate_on_subject(before_words)
            or funding_cost_subject(before_words)
            or change_subject()
        )
        return "other", "", f"{named} (interest-rate level)".strip()
    if after[:1] and after[0] in CEILING_NOUNS and sc.rate_level_at >= s_start:
        # "rates of 26% to 34%, below the 40% ceiling": the bound of the rate levels its sentence
        # has named (late-kinds14), a level too, not a share
        return (
            "other",
            "",
            f"{after[0]} on {rate_named(before_words) or 'interest rates'} (interest-rate level)",
        )
    if sc.rate_level_at >= 0 and after[:1] != ["of"] and bare_rate_before(before):
        # "The bank held its key rate at 6%. Analysts expect the rate to stay at 6%": the rate last
        # named with its level
        return "other", "", f"{rate_named(before_words)} (interest-rate level)"
    own = own_words(before)  # not "raised its rate by 150bp to 29.5% as inflation climbed to 23.4%"
    if (level_after_rate_move(own) or rate_move_noun_to(own)) and after[:1] != ["of"]:
        # "cut its deposit rate by 625 basis points since April, to 21%": the rate's new level
        return "other", "", f"{rate_named(before_words)} (interest-rate level)"
    if (
        after[:1]
        and after[0] in INFLATION_TARGET_WORDS
        and (after[1:2] not in (["for"], ["of"], ["on"]) or RE_TARGET_FOR_PERIOD.match(body, end, s_end))
        and inflation_sentence(sc, start)
    ):
        return "percent_change", "", f"inflation {after[0]}"  # "well above the 3% target" (rules, table 2)
    if (
        last in ("of", "to", "and")
        and after[:1] not in (["of"], ["on"])  # "a target of 60% of assets": a share; "on rents": a cap
        and (target := RE_TARGET_OF_BEFORE.search(body, max(0, start - TARGET_REACH), start))
        and inflation_nearby(sc, start)
    ):
        # "inside its target range of 2% to 4%"
        return "percent_change", "", f"inflation {target.group('word').lower()}"
    if (
        tuple(after[:2]) in PER_PERIOD
        and after[2:3]
        not in (["earlier"], ["ago"], ["before"], ["later"], ["on"])  # "from 9.8% a year earlier"
        and not INTEREST_WORDS.intersection(clause)
        and not (PENALTY_WORDS.intersection(clause) and CHANGE_WORDS.keys().isdisjoint(clause))
    ):
        return "percent_change", "", change_subject()  # "roughly 6% a year": a rate of change
    if before[-1:] == [":"] and after[:1] != ["of"] and names_rate_label(_clause(before[:-1])):
        # a fact box's "Policy rate: 6.25%", "Repo rate: 7.75%", "Prime: 10.5%": the rate's level
        return "other", "", f"{' '.join(reversed(_clause(before_words[:-1])))} (interest-rate level)"
    if before[-1:] == [":"] and after[:1] != ["of"] and names_change_measure(_clause(before[:-1]), []):
        return "percent_change", "", change_subject()  # a fact box's "Core inflation: 4.4%", "Growth: 2.1%"
    if after[:1] != ["of"] and last in LEVEL_LINKS and _price_moved(clause):
        # "Prices rose from 2 to 6 per cent", "rents climbed to 9 per cent a year": the pace a price
        # moves at, a change (vocab.PRICE_LEVEL_NOUNS), not a share
        return "percent_change", "", change_subject()
    if (
        before[-1:] == ["to"]
        and after[:1] != ["of"]
        and (brought := subject_clauses.brought_to(before_words))
        and (moved := next((w for w in brought.lower().split() if w in CHANGE_NOUNS), ""))
    ):
        # "Rents rose 0.4% in October, taking the annual rise to 6.2%": a change brought to its new
        # size by a verb of bringing, not a share
        return "percent_change", CHANGE_WORDS.get(moved, ""), brought
    described = with_antecedent(clause, before)  # "inflation, which eased to 2.4%"
    if names_change_measure(described, after) and after[:1] != ["of"]:  # "12% of the sample": a share
        # "inflation eased to 3.4%": the level after a change word; the word sets the direction
        moved = next((CHANGE_WORDS[w] for w in reversed(before[-3:]) if w in CHANGE_WORDS), "")
        return "percent_change", moved, change_subject()
    if after[:1] != ["of"] and period_rate(clause) and inflation_sentence(sc, start):
        # "Consumer prices rose 2.9% in May, taking the annual rate to 75.45%": the rate of the
        # inflation the sentence names, a change (rules, table 2)
        return "percent_change", "", f"inflation {' '.join(period_rate(clause))}"
    if after[:1] != ["of"] and (apposed := _apposed_measure(before)):
        return "percent_change", "", apposed  # "steady growth, four or five percent, this year"
    if (
        after[:1] != ["of"]
        and clause[-1:] in (["it"], ["it's"], ["it’s"])  # "It's running at 3.1%": the spoken "it is"
        and (measure := _pronoun_measure(sc, s_start, start))
    ):
        # "Inflation is back in the band. It came in at 2.4%": the pronoun stands for the
        # inflation or growth named just before
        return "percent_change", "", measure
    if (
        after[:1] != ["of"]
        and clause[-1:] == ["which"]
        and 2 < len(clause) <= ESTIMATE_CLAUSE_WORDS  # "at", a verb, ..., "which"
        and clause[0] == "at"
        and clause[1] in ESTIMATE_AT_VERBS
        and len(before) > len(clause)
        and before[-len(clause) - 1] == ","
        and (antecedent := _antecedent_phrase(before_words[: -len(clause) - 1]))
    ):
        # "the firm's share of the market, which analysts put at 1.4%": what "which" stands for
        # (not "the target, which has a margin of 1.5 points": the clause names its own thing)
        return "percentage_share", "", antecedent
    found = RE_SHARE_OBJECT.match(body, end, s_end)
    origin = RE_ORIGIN_AFTER.match(body, end, s_end) if found is None else None
    if origin is not None and origin.group("place").split()[0] not in NOT_ORIGINS:
        return "percentage_share", "", f"share from {origin.group('place')}"
    return "percentage_share", "", _share_subject(before_words, found)


MOVE_LEVEL_WORDS = 6  # words between a verb of change and the percent ("rose from 4 per cent to"), at most


def _price_moved(clause: list[str]) -> bool:
    """Whether a percent's clause (lower case, nearest first) is a verb of change with a price,
    a cost or a pay level as its subject, the percent a level of the move ("prices of staple foods
    rose from 4 to", "fuel prices climbed to"): vocab.PRICE_LEVEL_NOUNS heads the subject, the
    word before its first preposition or its last word."""
    verb = next(
        (
            i
            for i, w in enumerate(clause[: MOVE_LEVEL_WORDS + 1])
            if w in CHANGE_WORDS and w not in CHANGE_NOUNS
        ),
        -1,
    )
    if verb < 1 or any(
        w not in LEVEL_LINKS and w not in PERCENT_TAILS and w != "per" and not w[:1].isdigit()
        for w in clause[:verb]
    ):
        return False  # "rose from 2 per cent to": only the move's first level between
    phrase = [w for w in reversed(clause[verb + 1 :]) if not w.endswith("ly")]
    opened = next((i for i, w in enumerate(phrase) if i and w in PREPOSITIONS), len(phrase))
    return bool(opened) and phrase[opened - 1] in PRICE_LEVEL_NOUNS


ANTECEDENT_WORDS = 5  # the longest noun phrase read back before ", which"
# verbs that give a thing's estimated value after "at" ("which analysts put at 1.4%", "which the
# agency estimates at 12%"); the relative clause holds only them and who estimates
ESTIMATE_AT_VERBS = subject_clauses.APPRAISALS  # one table of them
ESTIMATE_CLAUSE_WORDS = 5  # "which", up to two words of who estimates, the verb, "at"


def _antecedent_phrase(before: list[str]) -> str:
    """The noun phrase ending `before` (up to ANTECEDENT_WORDS words, back to a mark or a number),
    its leading function words left out; "" when it holds no noun-like word."""
    phrase: list[str] = []
    for w in reversed(before):
        if not w[0].isalpha() or len(phrase) == ANTECEDENT_WORDS:
            break
        phrase.insert(0, w)
    while phrase and phrase[0].lower() in FUNCTION_WORDS:
        phrase = phrase[1:]
    return " ".join(phrase) if phrase and phrase[-1].lower() not in FUNCTION_WORDS else ""


PRONOUN_REACH = 160  # characters before the percent read for what "it" stands for
# (the measures whose percent is a change, vocab.CHANGE_MEASURES: "inflation", "growth", a "swing")
PRONOUN_MEASURES = tuple(sorted(CHANGE_MEASURES))
RE_PRONOUN_MEASURE = re.compile(rf"\b(?:{'|'.join(PRONOUN_MEASURES)})\b", re.IGNORECASE)


def _apposed_measure(before: list[str]) -> str:
    """The inflation or growth a percent (or the high end of its range) is set after, with a
    comma and no verb ("modest growth, 2 to 3 percent,", "core inflation, 3.1 percent in May,");
    else ""."""
    end = len(before)
    if (
        end > 2
        and before[-1] in ("or", "to")
        and N.WORD_NUMBER_RE.fullmatch(before[-2])
        or (end > 2 and before[-1] in ("or", "to") and before[-2].replace(".", "", 1).isdigit())
    ):
        end -= 2  # "two or three percent": the range's low end
    if end > 1 and before[end - 1] == "," and before[end - 2] in PRONOUN_MEASURES:
        return before[end - 2]
    return ""


def _pronoun_measure(sc: Scanner, s_start: int, start: int) -> str:
    """The inflation or growth that "it", opening a percent's clause, stands for: the last one named
    in the sentence before or earlier in the percent's own sentence, with no number between; else ""."""
    window_start = max(0, s_start - PRONOUN_REACH)
    # read on from where the last percent of the same sentence stopped (percents come in text
    # order), so that a long sentence of them is read once, not again for each
    known_from, read_to, last_digit, named = sc.pronoun_measures
    if known_from != window_start or read_to > start:
        read_to, last_digit, named = window_start, -1, None
    for found in RE_PRONOUN_MEASURE.finditer(sc.body, read_to, start):
        named = found  # the last one named
    last_digit = next((i for i in range(start - 1, read_to - 1, -1) if sc.body[i].isdigit()), last_digit)
    sc.pronoun_measures = (window_start, start, last_digit, named)
    if named is None or last_digit >= named.end():
        return ""  # another figure between: "it" may stand for what that one measures
    return named.group(0).lower()


def _price_limit(before: list[str], after: list[str]) -> bool:
    """Whether a percent states a market's daily price limit ("hit the upper circuit of 10 percent",
    "a 5% lower circuit", vocab.PRICE_LIMIT_NOUNS); `before` and `after` its lower-case words."""
    if len(before) > 1 and before[-1] == "of" and before[-2] in PRICE_LIMIT_NOUNS:
        return True
    if after[:1] and after[0] in PRICE_LIMIT_SIDES:
        after = after[1:]  # "a 10 percent upper circuit"
    return bool(after[:1]) and after[0] in PRICE_LIMIT_NOUNS


SIGN_WORDS = frozenset(("negative", "positive", "minus", "plus"))  # a return's sign written out


def _investment_return(before: list[str], after: list[str]) -> bool:
    """Whether a percent is an investment's return, the gain in its value over a period (a change).

    "the fund returned 6.2%", "a net return of 9%", "its return was 5%", "its five-year return
    4.8%", "an 11% return"; not a share ("returned 40% of its profit to shareholders"), a ratio
    ("a 12% return on equity", "return on assets of 3%") or a level a thing went back to
    ("turnout returned to 61%").
    """
    if after[:1] == ["of"]:
        return False
    if before[-1:] and before[-1] in SIGN_WORDS:
        before = before[:-2] if before[-2:-1] == ["a"] else before[:-1]  # "returned a negative 2.4%"
    if len(before) > 2 and before[-1] in RETURN_AVERAGES and before[-2] in ("a", "an"):
        before = before[:-2]  # "returned an average 6%", "returned an annualised 7%"
    last = before[-1] if before else ""
    if last in RETURN_WORDS:
        return True
    if (
        (last in EARN_VERBS or last in AVERAGE_VERBS or last in YIELD_VERBS)
        and len(before) > 1
        and (before[-2] in INVESTMENT_HOLDERS or before[-2] in INVESTED_WORDS)
    ):
        return True  # "the endowment earned 11.7%", "the fund averaged 6.1% a year"
    if after[:1] in (["target"], ["benchmark"]) and last == "its":
        # "a return of 6.9% beat its 6% target": the return the fund aims at (not "returned to")
        window = before[-RETURN_TARGET_REACH:]
        return any(
            w in RETURN_WORDS and (w in RETURN_NOUNS or window[i + 1 : i + 2] != ["to"])
            for i, w in enumerate(window)
        )
    if last == "at" and len(before) > 2 and before[-2] in RETURN_LINKS and before[-3] in RETURN_NOUNS:
        return True  # "its three-year annualized return stood at 6.6%"
    if (last in BE_WORDS or last == "of" or last in AVERAGE_VERBS) and len(before) > 1:
        return before[-2] in RETURN_NOUNS  # "its return was 5%", "returns averaged 6.3%"
    if last in EARN_VERBS and after[:1] == ["on"] and not INVESTED_WORDS.isdisjoint(after[1:3]):
        return True  # "the retirement system earned 9% on its investments"
    if after[1:2] in (["return"], ["returns"]) and after[0] in RETURN_MODIFIERS:
        return after[2:3] != [
            "on"
        ]  # "a 6.8% net return", "a 5% real return" (not "a 12% net return on equity")
    return after[:1] in (["return"], ["returns"]) and after[1:2] != ["on"]


# A comparison set after a comma ("received 2.1 million visitors by sea, 6% more than in 2024")
# measures the count its clause states: the noun after the clause's last number that is no year,
# up to a preposition (read back over at most APPOSED_REACH tokens)
APPOSED_REACH = 24
APPOSED_NOUN_WORDS = 3
APPOSED_NOUN_ENDS = frozenset("by in of at on for from to and with than over during last this a the".split())


def _apposed_count_noun(before_words: list[str]) -> str:
    """The noun counted by the last number (not a year) of the clause before a comparison set
    after a comma (above), or ""."""
    window = before_words[-APPOSED_REACH:-1]
    for i in range(len(window) - 1, -1, -1):
        token = window[i]
        if not token[0].isdigit() or year_like(token):
            continue
        following = window[i + 1 : i + 1 + APPOSED_NOUN_WORDS]
        if not following or following[0] in SCALE_WORDS or measures.measure_for(following[0]):
            return ""  # "1.2 billion passengers", "3.4 gigatonnes": the clause's reading stands
        if currencies.currency_for_name(following[0]):
            return ""  # "8,415 crore rupees": an amount, not a count
        noun: list[str] = []
        for word in following:
            if not word.isalpha() or not word.islower() or word in APPOSED_NOUN_ENDS:
                break
            noun.append(word)
        return " ".join(noun)
    return ""


# a target, its range or band, then "of" right before a percent or the high end of its range
# ("a target of 3%", "a target range of 2% to 4%"); a monetary union's inflation "ceiling" is
# one too ("inflation of 2.1%, under the bloc's ceiling of 3%")
# also right after the percent ("above the 3% target"); a central bank's "objective range of 3 to 6
# percent" is its target
INFLATION_TARGET_WORDS = ("target", "ceiling", "objective")
RE_TARGET_OF_BEFORE = re.compile(
    rf"\b(?P<word>{'|'.join(INFLATION_TARGET_WORDS)})"
    r"(?:\s+(?:range|band))?\s+of\s+(?:(?:between\s+)?\d[\d.,]*\s?(?:%|per\s?cent|percent)?\s+(?:to|and)\s+)?\Z",
    re.IGNORECASE,
)
TARGET_REACH = 48  # characters before the percent read for the target


# words that open an object with no noun of its own ("of what they bill", "of whatever it earns")
FREE_RELATIVES = frozenset(("what", "whatever"))


# Where a share comes from, named after it ("61% came from Fiji, 24% from Samoa"): the subject is
# the share from that place; not a month or a weekday ("12% from March" is a time)
RE_ORIGIN_AFTER = re.compile(
    r"\s+(?:(?:came|come|comes|were|was|are|is)\s+)?from\s+(?:the\s+)?"
    r"(?P<place>[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,3})"
)
NOT_ORIGINS = frozenset((*MONTHS, *WEEKDAYS))


def _share_subject(before: list[str], found: re.Match[str] | None) -> str:
    """What a percent share is of: the object after it ("40% of voters", RE_SHARE_OBJECT's match)
    or the words before it."""
    words = [w for w in before if w.isalpha()]
    framed = next(
        (
            k
            for k in range(len(words) - 3, max(-1, len(words) - 5), -1)
            if words[k : k + 3] == ["in", "terms", "of"]
        ),
        -1,
    )
    if framed > 0:
        words = words[:framed]  # "rose the most in terms of percentage (16.3)": the clause before measures it
    if found and found.group(1).split()[0].lower() not in FREE_RELATIVES:
        return clip_phrase(found.group(1))
    lead = " ".join(noun_phrases.content_words(" ".join(words[-4:])))  # "Unemployment rate stood at"
    if found:  # "collect 96% of what they bill": the clause before, and what the share is of
        return f"{lead} of {' '.join(found.group(1).split()[:3])}".strip()
    return lead


# A bare number that a rate stated in per cent reaches or stands at, with no sign after it ("The
# unemployment rate stands at 6", "the policy rate was cut to 6.25% in March. The rate now stands
# at 6"): the rate's level in per cent (rules, table 1: a bare number takes the unit the sentence
# gives it), not a count of the rate's noun. The rate is named by a word of a rate that is written
# in per cent (BARE_PERCENT_RATE_WORDS) or is a bare "the rate" after such a percent in the text
# (a rate of births, deaths or crimes per head, a heart rate or an exchange rate is no percent).
RE_BARE_RATE_LEVEL = re.compile(
    r"rates?\s+(?:(?:now|currently|still|has|have|had|was|were|is|are|been|then)\s+){0,2}"
    r"(?:stands?|stood|rose|risen|fell|fallen|climbed|dropped|eased|edged\s+(?:up|down)|hit|reached"
    r"|remained|remains|held|holds|settled|jumped|slipped|declined|increased|decreased|cut|raised"
    r"|lowered|hiked|reduced|lifted|was|is|were|are)"
    r"(?:\s+(?:to|at))?\s+(?:(?:about|around|just|only|roughly|nearly)\s+)?"
    r"(?P<num>\d{1,2}(?:\.\d{1,2})?)"
    r"(?=\s*[,;:)]|\.(?!\d)|\Z|\s+(?:in|on|from|after|last|this|as|but|by|for|since|while|with"
    r"|against|compared|down|up|over|before|until|during|a|the|when|where|according)\b)"
)


def scan_bare_rate_levels(sc: Scanner) -> None:
    """Bare numbers a rate in per cent stands at or moves to (RE_BARE_RATE_LEVEL): percents, of the
    kind the words before them give (a rate level, a share, a change), or, after a bare "the rate",
    of the percent it carries ("Inflation eased to 4.1 per cent ..., and the rate stands at 3.9")."""
    if "rate" not in sc.lower:
        return
    for m in matches_at_word(RE_BARE_RATE_LEVEL, sc.body, sc.lower, "rate"):
        s, e = m.span("num")
        if not sc.free(s, e):
            continue
        named, carried = bare_rate_named(sc, m.start())
        if not named:
            continue
        kind, direction, subject = _percent_kind(sc, s, e)
        if carried is not None:
            kind, subject = carried.kind, carried.subject
        sc.claim(s, e)
        value = N.normalise_number(N.parse_digits(m.group("num")))
        sc.add(Figure(s, e, (s, e), value, "percent", kind, subject, direction=direction))
