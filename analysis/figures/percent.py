"""Percent figures: which kind a percent is (change, share, rate level) and percentage points."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import dropwhile, islice, pairwise, takewhile
from typing import TYPE_CHECKING

from .. import currencies, measures
from ..vocab import (
    ADJUSTING_VERBS,
    APPROX_WORDS,
    AUXILIARY_VERBS,
    BORROW_VERBS,
    BY_COMPARISON_VERBS,
    CAP_ACTIVE_VERBS,
    CAP_VERBS,
    CENTRAL_BANK_WORDS,
    CHANGE_MEASURES,
    CHANGE_WORDS,
    CHARGE_VERBS,
    COMPARATIVE_CHANGES,
    CONTRAST_CONJUNCTIONS,
    COUPON_WORDS,
    DEBT_WORDS,
    FIX_WORDS,
    FUNCTION_WORDS,
    GUIDANCE_NOUNS,
    IRREGULAR_PAST_VERBS,
    LENDER_WORDS,
    LIMITING_ADVERBS,
    LOAN_OFFER_VERBS,
    LOAN_PRICE_ADVERBS,
    LOAN_PRICE_VERBS,
    LOAN_PRODUCTS,
    LOSE_VERBS,
    MINOR_CURRENCY_UNITS,
    MONTHS,
    NOT_PAY_RISE_AFTER,
    PAY_ASK_VERBS,
    PAY_CLIMB_DOWN_VERBS,
    PAY_CUES,
    PAY_GET_VERBS,
    PAY_GIVE_VERBS,
    PAY_GIVEN_PARTICIPLES,
    PAY_MORE_WORDS,
    PAY_MOVE_VERBS,
    PAY_OFFER_VERBS,
    PAY_RISE_NOUNS,
    PAY_RISE_QUALIFIERS,
    PAY_TALK_VERBS,
    PAY_WENT_VERBS,
    PAY_WORDS,
    PEOPLE_NOUNS,
    PRICE_GAP_WORDS,
    PRICE_LEVEL_NOUNS,
    PRICE_LIMIT_NOUNS,
    PRICE_LIMIT_SIDES,
    PROFIT_RATE_WORDS,
    RATE_LABELS_AFTER,
    RATE_LEVEL_WORDS,
    RATE_NAMES,
    RATE_NAMES_ALONE,
    RATE_SETTING_VERBS,
    RATE_TYPES,
    RELATIVE_POSITIONS,
    RELATIVE_PRONOUNS,
    REPAY_WORDS,
    RETURN_HOLDERS,
    SAVINGS_PAY_VERBS,
    SAVINGS_PRODUCTS,
    SCALE_ABBREVIATIONS_MONEY_ONLY,
    SCALE_WORDS,
    SHARE_NOUNS,
    STAKE_WORDS,
    TERM_UNITS,
    THRESHOLD_WORDS,
    VOTE_CUES,
    WEEKDAYS,
    WORKFORCE_CUES,
)
from . import noun_phrases, subject_clauses
from . import numbers as N
from .compose import interval_after_move, opens_clause
from .figure import Figure, Value
from .noun_phrases import (
    BE_WORDS,
    CHANGE_NOUNS,
    DETERMINERS,
    GAP_NOUNS,
    PREPOSITIONS,
    noun_phrase_before,
    past_form,
)
from .numbers import END, NUM, RANGE_JOIN, WNUM, alternation
from .resolve import matches_at_word
from .words import (
    CONFIDENCE_SUBJECT,
    INTERVAL_BOUNDS_SUBJECT,
    RE_TOKEN,
    has_person_ending,
    sentence_fact,
    sentence_names,
    tokens_before,
)

if TYPE_CHECKING:
    from collections.abc import Callable

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
# ... or when "and" alone (with an approximation at most) begins the percent's clause, the change
# and its subject left out, and the period or place it is measured over follows the percent ("lost
# 8% of its value since May, and about 15% since last year"): the same change over another period
# or place, read as far as a parallel join; not a share that opens its own clause ("..., and 60%
# said they would drive", "and 40% of families")
RE_BARE_JOIN = re.compile(rf"^{NO_STOP}(?:,\s*|\s)and\s+(?:(?:{alternation(APPROX_WORDS)})\s+)?$")
RE_PERIOD_OR_PLACE_AFTER = re.compile(
    r"\s*(?:[.;]|$)|\s+(?:since|in|over|during|from|between|through|across|among|this|last|a\s+year)\b"
)
RE_SHARE_AFTER = re.compile(r"\s+(?:of|share)\b")
# a sign written before a percent ("DAX -1.6%", "(+0.3%)"): a fall or a rise
RE_SIGN_BEFORE = re.compile(r"(?:^|(?<=[\s(:]))([-−+])\Z")
SIGNS = frozenset("-−+")  # the signs RE_SIGN_BEFORE reads (right before the number)

RE_POINT_ABBREVIATION = re.compile(
    r"\d\s?(?:pp|ppts?|bp|p\.p\.)(?!\w)"
)  # the point abbreviations RE_PERCENT reads
POINT_UNITS: dict[str, str] = {
    "percentage point": "percentage points",
    "percentage points": "percentage points",
    "percentage pts": "percentage points",
    "basis point": "basis points",
    "basis points": "basis points",
    "bps": "basis points",
    "pp": "percentage points",
    "ppt": "percentage points",
    "ppts": "percentage points",
    "p.p.": "percentage points",
    "bp": "basis points",
    "of a percentage point": "percentage points",
    # a share's move of a fraction of a point, "percentage" left out ("down 0.6 of a point"), read
    # only in a sentence of polls, shares or rates (POLL_CUES) with no sport in it
    "of a point": "percentage points",
}
# the verbs of "make up" ("women make up 48% of staff"): a share, not a rise; and those of "take
# up" before "of" ("rent takes up 40% of income")
MAKE_UP_VERBS = frozenset("make makes made making".split())
TAKE_UP_VERBS = frozenset("take takes took taken taking".split())
BUILD_UP_VERBS = frozenset("build builds built building".split())  # "builds up 2% of the full pension"
# nouns after a percent that make it a distance from a reference level ("a 10 per cent error")
DEVIATION_NOUNS = frozenset("error errors deviation variance variation tolerance discrepancy".split())
# ... and nouns after a percent that name a change of a price or an estimate with no direction ("the
# 6% tariff adjustment requested", "a 0.3% revision"): a change either way
ADJUSTMENT_NOUNS = frozenset(
    """adjustment adjustments readjustment revision revisions indexation indexations uprating
    upratings revalorisation revalorization cola colas""".split()  # a pension's or a benefit's yearly
    # change ("a 3% indexation", "a 2.5% COLA", the US cost-of-living adjustment)
)
# ... also after one or two words that name what is adjusted ("a 2% wage adjustment", "a 3.1 percent
# cost-of-living adjustment", "a 4% pension indexation"); a preposition or a determiner between
# opens another phrase ("12% of the adjustment", "5% in the revision")
ADJUSTED_NAME_STOPS = frozenset("of in on for to at by from with than and or the a an".split())
# ... and the levels "within N per cent of" measures a distance from ("within 30 per cent of that
# average"); "within 5% of GDP" caps a share of a whole instead (rules, table 2)
REFERENCE_LEVELS = frozenset(
    """average mean median target record high peak low level estimate forecast price value limit
    threshold benchmark norm quota""".split()
)
CAP_OBJECT_WORDS = (
    4  # the words before a bounded change noun read for an active cap verb ("caps yearly wage rises")
)
CLAUSE_WORDS = 12  # how far back a percent's clause is read for what it measures
# the period a percent is "per": a rate of change ("about 5% a year", "0.4% a month")
PER_PERIOD = frozenset(
    (article, period)
    for article in ("a", "per", "each")
    for period in ("year", "month", "quarter", "week", "annum")
)
# a penalty charged by the period on a balance ("a 5% penalty plus 1% a month", "a surcharge of
# 2% a month"): a share of the balance each period, not a rate of change, when no word of a
# change is in its clause ("penalties rose 2% a year" is one)
PENALTY_WORDS = frozenset("penalty penalties surcharge surcharges".split())
# words of an interest rate, which is a level also "a year" ("a rate of 7% a year")
INTEREST_WORDS = frozenset("interest rate rates yield coupon apr".split())
# loans right before "at" a percent: its price is their interest ("with loans at 6% a year"); not a
# deal's ("a pay deal at 4%": a rise)
LOANS_AT = frozenset("loan loans mortgage mortgages".split())
# "grow" with an object after the percent is the farmer's verb, not a change ("smallholders, who
# grow about 72% of the country's tea"): the part of a crop they raise, a share
GROWING_VERBS = frozenset("grow grows grew grown growing".split())
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
RETURN_NOUNS = frozenset(("return", "returns"))  # an investment's return ("a net return of 9%")
RETURN_VERBS = frozenset(("returned", "returning"))  # ... or the verb ("returned 6%")
RETURN_WORDS = RETURN_NOUNS | RETURN_VERBS
RETURN_TARGET_REACH = 12  # words before a percent "target" read for the return it is set for
AVERAGE_VERBS = frozenset(("averaged", "averages", "average", "averaging"))
# conjunctions after a percent that open another clause, whose change words are its own ("the yield
# hit 5.1% before easing", "stood at 4% after rising in May")
CLAUSE_AFTER_JOINS = frozenset(("before", "after", "while", "when", "since", "until"))
# conjunctions that, right after a complete percent and before a word, open the next clause ("held
# its rate at 1.5% and forecast growth of 2.2%", "to 29.5 per cent as inflation climbed to 23.4"):
# the words past them are that clause's, not the percent's
FIGURE_CLAUSE_JOINS = frozenset(("and", "as", "but", "whereas"))
PERCENT_TAILS = frozenset(("%", "cent", "percent", "pc"))  # the last token of a written percent
# words after such a conjunction that carry the earlier clause on ("at 6% and then to 5.5%", "by
# 25bp to 5% and by another 25bp"): no new clause
CARRIED_ON_WORDS = frozenset("to at by from then later again back".split())
THRESHOLD_CROSSED = ("below ", "above ")  # approximation words after a move that name a level crossed
TAXED_GAINS = frozenset(("gain", "gains"))
# verbs of what investments bring in ("private equity holdings delivered 12%", "the plan generated 8%")
YIELD_VERBS = frozenset("delivered delivers generated generates produced produces".split())
RETURN_LINKS = frozenset("stood stands was is came comes".split())  # "its return stood at"
INVESTED_WORDS = frozenset("investments investment portfolio portfolios assets holdings".split())
# words naming how a return is reckoned, between a percent and "return" ("a 6.8% net return")
RETURN_MODIFIERS = frozenset("net gross real nominal total annual annualised annualized investment".split())
# words between "returned a(n)" and the percent that say how the return is reckoned, not what it is of
RETURN_AVERAGES = frozenset(
    ("average", "median", "annual", "annualised", "annualized", "yearly", "estimated")
)
# ... or "earned" after a holder of investments ("the endowment earned 11%", "the pension fund
# earns 6%"); savers and accounts earn interest (a rate level), firms a share of revenue ("of")
EARN_VERBS = frozenset(("earned", "earns", "earn"))
INVESTMENT_HOLDERS = frozenset(
    "fund funds endowment endowments portfolio portfolios plan plans pension pensions trust trusts".split()
)
HEDGE_WORDS = frozenset("perhaps maybe possibly probably likely conceivably".split())
# the words of an aside that states the level of the noun before its comma ("inflation, at 24.5 per
# cent in February, ...", "unemployment, now 6.1%, ..."): the noun is what the percent measures
APPOSITIVE_LINKS = frozenset("at now currently running standing still already".split())
# change words that open such an aside ("gas prices, up 18% since the autumn, ...")
APPOSITIVE_CHANGES = frozenset(("up", "down"))


# Bare "points" are percentage points in polls and rates, and points scored in sport.
POLL_CUES = (
    "poll",
    "lead",
    "gap",
    "survey",
    "approval",
    "rating",
    "percent",
    "per cent",
    "%",
    "rate",
    "vote",
    "swing",  # the change in two parties' shares between elections ("a swing of 6 points")
)
SPORT_CUES = (
    "scored",
    "score",
    "game",
    "match",
    "rebound",
    "assist",
    "quarter",
    "season",
    "win",
    "won",
    "beat",
    # the kicking codes' and cricket's words: Gaelic and rugby reports give points "from play" and
    # "from frees", kicked before or after "half-time"
    "kick",
    "half-time",
    "from play",
    "frees",
    "touchdown",
    "wicket",
    "innings",
    # basketball's box-score words ("shot 48% from the field but were outrebounded", "committed 17
    # turnovers"); the singular "turnover" is also a company's sales
    "from the field",
    "free throw",
    "outrebound",
    "turnovers",
    # a league's or a championship's table: its points are won in games ("leads the championship
    # by 63 points", "third in the standings", "clear of the relegation places")
    "championship",
    "standings",
    "relegation",
)


# a poll cue starts a word too ("pirates", "corporate" and "separate" hold no "rate", "Singapore" no
# "gap"), and "lead" is no cue in "leader" ("four points behind leaders Arsenal": a table's leaders)
RE_POLL_CUE = re.compile(
    rf"(?<![a-z])(?:{'|'.join(c for c in POLL_CUES if c[0].isalpha())})(?<!lead(?=er))|%"
)


# a sport cue starts a word: "swing" holds no "win", "headquarters" no "quarter"; and "win" is no
# cue in the words it opens that are no sport's ("winter wheat", "wind", "wine", "window")
RE_SPORT_CUE = re.compile(rf"(?<![a-z])(?:{'|'.join(SPORT_CUES)})(?<!win(?=ter|d|e))")


# Percentage points measure a gap or a change between two shares, so they never pass 100: more
# bare "points" in a sentence about a rating are the rating's own ("her rating has climbed 230
# points": a chess or a player's rating, measure "rating point").
MAX_PERCENTAGE_POINTS = 100
RATING_POINT = "rating point"


def bare_points_measure(value: float, sentence: str) -> str:
    """What bare "points" of `value` measure in a (lower-case) sentence about polls or rates:
    "percentage point", "rating point" past MAX_PERCENTAGE_POINTS in a sentence about a rating, or
    "" (past it, with no rating: points of no known scale)."""
    if value <= MAX_PERCENTAGE_POINTS:
        return "percentage point"
    return RATING_POINT if "rating" in sentence else ""


def poll_points(sentence: str) -> bool:
    """Whether bare "points" in a (lower-case) sentence are percentage points: a poll or rate cue
    and no sport cue ("a 7-point gap", "the lead widened to 5 points")."""
    return RE_POLL_CUE.search(sentence) is not None and not RE_SPORT_CUE.search(sentence)


def polls_at(sc: Scanner, offset: int) -> bool:
    """Whether the sentence around `offset` speaks of polls or rates (`poll_points`), read once
    per sentence however many figures it holds."""
    return sentence_fact(
        sc, "poll points", offset, lambda at: poll_points(sc.lower[slice(*sc.sentence_bounds(at))])
    )


def point_unit(sign: str) -> str:
    """ "percentage points" or "basis points" for a points sign, else ""."""
    return POINT_UNITS.get(" ".join(sign.lower().replace("-", " ").split()), "")


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


def _with_antecedent(clause: list[str], before: list[str]) -> list[str]:
    """A percent's clause (see `_clause`), and when it opens with "which" or "that" after a comma,
    the clause before that comma too: the noun the relative clause describes ("inflation, which
    eased to 2.4%")."""
    if not clause or len(before) <= len(clause):
        return clause
    if clause[-1] in RELATIVE_OPENERS:
        return clause + _clause(before[: -len(clause) - 1])
    if clause[-1] in PARTICIPLE_MOVES:
        # "growth of 1.5% this year, picking up to 3% in 2027", "inflation was 3.4%, easing to
        # 3.1%": a participle clause of movement tells the level of what the clause before measures
        return clause + _clause(before[: -len(clause) - 1])
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


# what may follow "N% up" or "N% down" when they state a change ("3% down on the year", "up from")
UP_DOWN_TAILS = frozenset(
    ("on", "from", "against", "compared", "year", "over", "since", ".", ",", ";", "in", "at", "to")
)
# Verbs whose "up" is their own particle ("edged up", "ticked up"): "up to" after them is no bound
PHRASAL_UP_VERBS = frozenset(
    "edged ticked inched crept nudged moved went picked edges ticks inches creeps moves goes picks".split()
)
# Words that rank a change among others: "rose most", "the biggest fall", "led the rise"
RANKING_WORDS = frozenset(
    "most fastest biggest largest steepest sharpest strongest smallest slowest least led leading".split()
)
RANKED_CHANGE_WORDS = 8  # words back from "at" to the change and its ranking word


PACE_NOUNS = frozenset(("rate", "pace"))
PACE_WORDS = 7  # "at a seasonally adjusted annual rate": the words back to "at"


def _change_at_rate(before: list[str]) -> str:
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


def _ranked_change(before: list[str]) -> str:
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


def _change_named_before_be(before: list[str]) -> str | None:
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
    if head in PRICE_GAP_WORDS:
        return PRICE_GAP_WORDS[head]
    if head in CEILING_NOUNS and rest[:1] == ["on"] and any(w in CHANGE_NOUNS for w in rest):
        return ""
    if any(clause[i] in RATES_CEILING_NOUNS and clause[i - 1] in ("rate", "rates") for i in range(1, cut)):
        return ""  # "this year's rate peg is 3%": the most council rates may rise
    return None


# verbs that say a level was reached, as "was" says it ("the gap between the two prices reached 38%")
LEVEL_REACH_VERBS = frozenset("reached reaches hit hits topped tops".split())
ASIDE_CHANGE_WORDS = 6  # the words before an aside's comma read for a change noun and what changed
ASIDE_CHANGE_TAIL = 3  # words after that noun's preposition, at most ("dip in brightness")


def _change_before_aside(before: list[str]) -> tuple[str, str] | None:
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


def _bare_ceiling(before: list[str]) -> bool:
    """Whether the subject of the "is" a percent follows is a ceiling noun alone, with at most a
    modifier ("The cap is 5%", "but the new cap is 4%"), no "of" or "on" naming what it bounds."""
    clause = _clause(before)[::-1]
    opener = max((i for i, w in enumerate(clause) if w in CEILING_CLAUSE_OPENERS), default=-1)
    clause = [w for w in clause[opener + 1 :] if w not in DETERMINERS]
    return 0 < len(clause) <= CEILING_CLAUSE_WORDS and clause[-1] in CEILING_NOUNS


def _change_near(sc: Scanner, start: int, end: int) -> bool:
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


def _amount_before_or(before: list[str]) -> bool:
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
PERIOD_NOUNS = frozenset("year month week quarter season winter summer spring autumn fall".split())


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


BENCHMARK_BANK_WORDS = 4  # words before the verb setting a bare "benchmark" read for a central bank


def is_rate_level(before: list[str], direction: str) -> bool:
    """An interest-rate level: "the federal funds rate to 2.25%", "its key rate at 6.5%"."""
    return not direction and _names_rate_level(_clause(before))


RATE_AT_WORDS = 4  # words before a rate read for the "at" it is repaid at ("at the council's")


def _repaid_at(words: list[str]) -> bool:
    """Whether the words before "rate" (nearest first) put it after "at", with a word of repaying
    before that ("repay the loan at a rate of", vocab.REPAY_WORDS): a debt's interest rate."""
    if "at" not in words[:RATE_AT_WORDS]:
        return False
    at = words.index("at")
    return not REPAY_WORDS.isdisjoint(words[at + 1 :])


def _names_rate_label(label: list[str]) -> bool:
    """Whether a fact box's label (lower case, nearest first) names an interest rate: a rate's level
    (_names_rate_level) or a rate's name alone ("prime", "repo")."""
    return _names_rate_level(label) or (
        0 < len(label) <= 2 and label[0] in RATE_NAMES_ALONE and label[1:] in ([], ["reverse"])
    )


def _opens_next_clause(join: str, next_word: str) -> bool:
    """Whether a conjunction right after a percent, with the word after it, opens a new clause
    ("... 1.5% and said", "... 29.5 per cent as inflation"), not carries the last one on ("and then to")."""
    return join in FIGURE_CLAUSE_JOINS and next_word[:1].isalpha() and next_word not in CARRIED_ON_WORDS


def _own_clause(clause: list[str]) -> list[str]:
    """A percent's clause (lower case, nearest first) cut where a conjunction after an earlier
    percent opens it ("... at 1.5% and said growth would be"): the earlier clause names no level of
    this percent."""
    for i in range(1, len(clause) - 1):
        if clause[i + 1] in PERCENT_TAILS and _opens_next_clause(clause[i], clause[i - 1]):
            return clause[:i]
    return clause


def _own_words(before: list[str]) -> list[str]:
    """The words before a percent (lower case, text order) from the last new clause a conjunction
    after an earlier percent opens (see `_own_clause`), read back over at most CLAUSE_WORDS words."""
    for i in range(len(before) - 2, max(0, len(before) - CLAUSE_WORDS) - 1, -1):
        if i > 0 and before[i - 1] in PERCENT_TAILS and _opens_next_clause(before[i], before[i + 1]):
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


def _names_rate_level(words: list[str]) -> bool:
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
            if j < len(words) and words[j] in LOAN_PRODUCTS:
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
        if i < 2 and word in SAVINGS_PAY_VERBS and _savings_paid(words[i:]):
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


def _lender_charges(clause: list[str]) -> bool:
    """Whether a percent's clause (lower case, nearest first) is a lender's verb of charging, an
    object of a few words at most between, with no comma or number: "banks charge 14%",
    "microfinance lenders charged borrowers 26%", "lenders can charge an average 9%"."""
    for i, word in enumerate(clause[: LENDER_REACH + 1]):
        if word in CHARGE_VERBS:
            return not LENDER_WORDS.isdisjoint(clause[i + 1 : i + 1 + LENDER_REACH])
        if not word[:1].isalpha():
            return False
    return False


def _funding_cost_subject(before: list[str]) -> str:
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


def _rate_on_subject(before: list[str]) -> str:
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
PRICED_ON_WORDS = 5  # words after "N% on" read for the loan or deposit it is the interest on
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


LOAN_ENDINGS = ("loan", "loans")  # a compound that names a loan ("microloans")
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


def _savings_paid(words: list[str]) -> bool:
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
RE_WORD = re.compile(r"[a-z]+")


def _bare_rates(before: list[str], whole: bool, lending: Callable[[], bool]) -> bool:
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


def _speaks_of_lending(sc: Scanner, offset: int) -> bool:
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


def _bare_rate_before(before: list[str]) -> bool:
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


def _level_after_rate_move(before: list[str]) -> bool:
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
        _names_rate_level(before[::-1])
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


def _rate_move_noun_to(before: list[str]) -> bool:
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


def _rate_named(before: list[str]) -> str:
    """The nearest rate the words before a percent name ("policy rate", "yield"), else "interest rate"."""
    for i in range(len(before) - 1, -1, -1):
        word = before[i].lower()
        if word in RATE_NAMES:
            return before[i]
        if word in ("rate", "rates") and i and before[i - 1].lower() in RATE_LEVEL_WORDS:
            return f"{before[i - 1]} {before[i]}"
    return "interest rate"


def _rate_subject(before: list[str]) -> str:
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


PAY_RISE_REACH = 3  # how near the percent a pay rise is named ("a wage deal worth 5%")


def pay_rise(clause: list[str], after: list[str]) -> str:
    """The pay rise ("pay offer") a pay word and a pay-rise noun name right before a percent (its
    clause, lower case, nearest first) or right after it ("a pay offer of 3.5%", "a 4% pay award"),
    or ""."""
    if after[1:2] and after[0] in PAY_WORDS and after[1] in PAY_RISE_NOUNS:
        return f"{after[0]} {after[1]}"
    near = clause[: PAY_RISE_REACH + 1]
    for i, word in enumerate(near[:-1]):
        if word in PAY_RISE_NOUNS and near[i + 1] in PAY_WORDS:
            return f"{near[i + 1]} {word}"
    return ""


PAY_DEAL_LINKS = frozenset(("worth", "of"))  # between a pay-rise noun and its percent ("a deal worth 9%")


def pay_deal(clause: list[str], after: list[str]) -> str:
    """The pay-rise noun that alone names a percent (vocab.PAY_RISE_NOUNS), right after it ("a 4.2%
    offer") or right before it with "worth" or "of" ("a deal worth 9%", "an offer of 5%"), or ""."""
    if after[:1] and after[0] in PAY_RISE_NOUNS:
        return after[0]
    if clause[1:2] and clause[0] in PAY_DEAL_LINKS and clause[1] in PAY_RISE_NOUNS:
        return clause[1]
    return ""


def _adjustment_named_after(after: list[str]) -> bool:
    """Whether a percent's next words (lower case) are a name of what is adjusted, then an
    adjustment noun: "a 1.5% wage adjustment", "a 2.8% cost-of-living adjustment" (a change)."""
    for i in (1, 2):
        if after[i : i + 1] and after[i] in ADJUSTMENT_NOUNS:
            return all(w[:1].isalpha() and w not in ADJUSTED_NAME_STOPS for w in after[:i])
    return False


def is_change_measure(before: list[str], after: list[str]) -> bool:
    """Inflation and growth are changes even when they read like levels ("inflation at 3.4%")."""
    return _names_change_measure(_clause(before), after)


# a target "for" a stretch of time, not for what it covers ("above the 2% target for a 31st
# straight month", "below the target for two years"; not "a 40% target for renewables")
RE_TARGET_FOR_PERIOD = re.compile(
    r"\s+(?:target|ceiling|objective)\s+for\s+(?:[\w-]+\s+){0,3}?(?:months?|years?|quarters?|weeks?|time)\b"
)
# the words of a period before "rate" that make it the pace prices change at, in a sentence that
# names inflation ("the annual rate", "the monthly rate"), not a level of interest or tax
PERIOD_RATE_WORDS = frozenset("annual annualised annualized yearly monthly".split())


def _period_rate(clause: list[str]) -> list[str]:
    """The period word and "rate" of a percent's clause (lower case, read back from the percent)
    that names a rate over a period ("taking the annual rate to" -> ["annual", "rate"]), or []."""
    for i in range(len(clause) - 1):
        if clause[i] in ("rate", "rates") and clause[i + 1] in PERIOD_RATE_WORDS:
            return [clause[i + 1], clause[i]]
    return []


def _names_change_measure(clause: list[str], after: list[str]) -> bool:
    """Whether a percent's clause (lower case) or its next two words name inflation or growth."""
    named = any(
        w in CHANGE_MEASURES and not (w in TAXED_GAINS and clause[i + 1 : i + 2] == ["capital"])
        for i, w in enumerate(clause)
    )  # "capital gains tax" names a tax, not a gain
    return named or any(w.lower() in CHANGE_MEASURES for w in after[:2])


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
        if kind == "percentage_share" and _expected_change(sc, last_percent, s, e):
            kind = "percent_change"  # "Economists had expected 2.1%": the change forecast
        unit = "percent"
        points = point_unit(m.group("sign"))
        if points:  # percentage and basis points: a change, in points
            unit, kind, subject = "other", "percent_change", f"{subject} (unit: {points})".strip()
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
            _signed_points_after(sc, e, subject)
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


# A signed bare number in brackets right after a share or a level, as poll tables and data boxes
# give its move since the last reading ("Labour 34% (-2), Conservatives 29% (+1)", "Unemployment
# 4.4% (+0.2)"): a change in percentage points (rules, table 2: bare "points" of polls and rates);
# "(n/c)", "(=)" and an unsigned "(2)" give none
RE_SIGNED_POINTS_AFTER = re.compile(r" ?\((?P<sign>[+\-−–])\s?(?P<num>\d{1,2}(?:\.\d{1,2})?)\)")


def _signed_points_after(sc: Scanner, end: int, subject: str) -> None:
    """The move in points in brackets right after a percent ending at `end` (above), as a figure."""
    if sc.body[end : end + 2] not in (" (", "(+", "(-", "(−", "(–"):
        return  # (the cheap test first)
    m = RE_SIGNED_POINTS_AFTER.match(sc.body, end)
    if m is None or not sc.free(m.start("num"), m.end("num")):
        return
    s, e = m.span("num")
    direction = "increase" if m.group("sign") == "+" else "decrease"
    sc.claim(m.start(), m.end())
    sc.add(
        Figure(
            m.start("sign"),
            e,
            (s, e),
            N.normalise_number(N.parse_amount(m.group("num"))),
            "other",
            "percent_change",
            f"{direction} in {subject or 'the share'} (unit: percentage points)",
            direction=direction,
        )
    )


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
        if not m.group("pct") and not _fraction_poll_points(sc, s, e, cues):
            continue
        _, direction, subject = _percent_kind(sc, s, e)
        sc.claim(s, e)
        value = FRACTION_VALUES[m.group("num").lower().replace("-", " ")]
        subject = f"{subject} (unit: percentage points)".strip()
        sc.add(Figure(s, e, (s, e), value, "other", "percent_change", subject, direction=direction))


def _fraction_poll_points(
    sc: Scanner, start: int, end: int, known: dict[int, tuple[bool, list[int]]]
) -> bool:
    """`poll_points` of the sentence around the fraction from `start` to `end` with the fraction
    left out (its own "quarter" is no sport cue), from the sentence's cues read once (`known`, by
    the sentence's start) however many fractions it holds. The fraction is a run of whole words
    that holds no poll cue and no sport cue but "quarter", and no cue runs across its ends, so
    leaving it out leaves the sentence's poll cues and drops only the sport cues inside it."""
    s_start, s_end = sc.sentence_bounds(start)
    if s_start not in known:
        sentence = sc.lower[s_start:s_end]
        known[s_start] = (
            RE_POLL_CUE.search(sentence) is not None,
            [s_start + m.start() for m in RE_SPORT_CUE.finditer(sentence)],
        )
    polled, sport = known[s_start]
    return polled and not (sport and (sport[0] < start or sport[-1] >= end))


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


def _continued_change(
    sc: Scanner, previous: Figure | None, start: int, end: int, kind: str, direction: str
) -> tuple[str, str]:
    """A percent listed after a change (`previous`, the latest percent) in the same sentence ("grew
    1.7% in 2024 and 2.4% in 2025") is a change in the same direction, and one compared with a
    rate level ("costs 4.79%, down from 5.12% in June and from a peak of 6.85%") a rate level,
    unless it is a share of something ("40% of")."""
    if previous is None or previous.kind not in ("percent_change", "other"):
        return kind, direction
    if sc.article.sentence_of(previous.start) != sc.article.sentence_of(start):
        return kind, direction
    between = sc.body[previous.end : start]
    if RE_SHARE_AFTER.match(sc.body, end):
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
            or (RE_BARE_JOIN.search(between) and RE_PERIOD_OR_PLACE_AFTER.match(sc.body, end))
        ):
            return kind, direction
    return previous.kind, previous.direction


# before "by N percent": how many words the walk back to the object's verb reads ("cut the risk of
# heart attack, stroke or cardiovascular death by 21%"), and how many the nearest change word is
# looked for in when there is no such verb
BY_OBJECT_WORDS = 16
NEAREST_CHANGE_WORDS = 8
# "lost an average of 14.2%", "rose a total of 9%": a change word, then "a/an average/total of"
AVERAGE_WORDS = frozenset(("average", "total", "mean", "median"))


def direction_before_by(window: list[str]) -> str:
    """The direction of the change that "by N percent" measures, from the lower-case words before "by".

    A change verb that takes an object ("cut its growth forecast by 3%") sets it even when a change noun
    stands inside the object; otherwise the nearest change word does ("sales growth slowed by 3%").
    """
    direction, _ = verb_object(window)
    if direction:
        return direction
    if window[-1:] and window[-1] in BY_COMPARISON_VERBS:
        return BY_COMPARISON_VERBS[window[-1]]  # "the sukuk was oversubscribed by 154%": the gap above it
    if window[-1:] in (["it"], ["them"]) and window[-2:-1] and window[-2] in BY_COMPARISON_VERBS:
        # "expects to miss it by 5%": the gap to the target the pronoun stands for
        return BY_COMPARISON_VERBS[window[-2]]
    for i, word in enumerate(reversed(window)):
        if word in (",", ";", ":"):
            break
        if word in CHANGE_WORDS and (i < NEAREST_CHANGE_WORDS or window[-i - 2 : -i - 1] == ["to"]):
            return CHANGE_WORDS[
                word
            ]  # further back only a verb: "agreed to cut next year's catch limit for cod by"
    return next((CHANGE_WORDS[w] for w in reversed(window[-NEAREST_CHANGE_WORDS:]) if w in CHANGE_WORDS), "")


def _cut_object(before: list[str]) -> bool:
    """Whether the lower-case words before a percent end in a cutting verb and its bare object of
    one to three words ("cut emissions", "trimmed its water leakage"), with no preposition."""
    for n in range(1, CUT_OBJECT_WORDS + 1):
        if len(before) <= n + 1 or before[-n - 1] not in CUTTING_VERBS:
            continue  # (a word before the verb: an opening "Trimmed hedges cover 30%" is no verb)
        if before[-n - 2] in DETERMINERS or not before[-n - 2][-1:].isalpha():
            return False  # "the reduced fares cost 20%": a participle as an adjective
        words = before[-n:]
        rest = words[1:] if words[0] in OBJECT_DETERMINERS else words
        return bool(rest) and all(w.replace("-", "").isalpha() and w not in OBJECT_STOPS for w in rest)
    return False


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


# "over" and "under" right after a percent, before a planned level with no article ("tenders came
# in 18% over budget", "ran 4 per cent under estimate"): the gap to the plan, a relative difference
# (rules, table 2: a higher or lower level); "5% over the period" or "40% under 30" are no gaps
OVER_UNDER: dict[str, str] = {"over": "increase", "under": "decrease"}
PLANNED_LEVELS = frozenset(("budget", "estimate", "forecast", "target", "plan", "schedule"))
# a margin after "by" ("by a margin of", "by a narrow margin of"): the gap between two levels
MARGIN_NOUNS = frozenset(("margin", "margins"))
MARGIN_BY_WORDS = 3  # words between "by" and the margin ("by a wide margin of")


def _finite_verb(word: str) -> bool:
    """Whether a lower-case word right after a percent is a verb whose subject it is: a form of
    be, have or a modal, a regular or irregular past ("were", "had", "dropped", "left", "said")."""
    return (
        word in AUXILIARY_VERBS
        or word in IRREGULAR_PAST_VERBS
        or word == "said"
        or past_form(word)
        and word.isalpha()
    )


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
        or _adjustment_named_after(after)
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
    elif last == "of" and (paced := _change_at_rate(before[:-1])):
        direction = paced  # "wages grew at an annual rate of 5.2%", "prices rose at a pace of 3%"
    elif (
        last in ("a", "an")
        and len(before) > 2
        and before[-2] == "at"
        and before[-3] in CHANGE_WORDS
        and not PACE_NOUNS.isdisjoint(after[:3])
    ):
        direction = CHANGE_WORDS[before[-3]]  # "sales climbed at a 4% rate"
    elif last == "at" and (ranked := _ranked_change(before[:-1])):
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
    elif _cut_object(before) and CUT_HEDGES.issuperset(body[cut:start].lower().split()):
        direction = "decrease"  # "cut emissions 35%", "trimmed its workforce 8%": the object's fall
    elif last == "of" and len(before) > 1:  # "a rise of 5%", "a premium of 37%"
        direction = CHANGE_WORDS.get(before[-2]) or PRICE_GAP_WORDS[before[-2]]
    elif len(before) > 2 and before[-2] in ("a", "an") and before[-3] in CHANGE_WORDS:
        direction = CHANGE_WORDS[before[-3]]  # "rose an annual 3.2%", "fell a further 2%"
    elif len(before) > 3 and before[-2] in ("a", "an") and before[-3] == "by" and before[-4] in CHANGE_WORDS:
        direction = CHANGE_WORDS[before[-4]]  # "increased by a modest 5%", "fell by a further 2%"
    elif len(before) > 1 and (last in LIMITING_ADVERBS or last in BY_ADVERBS) and before[-2] in CHANGE_WORDS:
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
    if not direction and _efficacy(sc, start, before, after):
        # "91% efficacy against severe disease", "was 86% effective after two doses": a vaccine's
        # or a drug's efficacy is the fall in risk it brings (rules, table 2: a lower risk)
        return "percent_change", "", _efficacy_subject(sc, start)
    if not direction:
        for i, w in enumerate(after[:3]):
            if i == 0 and _finite_verb(w) and last not in DETERMINERS:
                break  # "found that 43% were behind schedule", "9% had no alarm", "4% dropped out":
                # the percent is the subject of its own verb, a part of a group counted; what follows
                # says what that part is or did, no move of the percent (not "sales were 5% behind",
                # the percent after the verb, nor "a 20% discounted fare", a determiner before it)
            if w in ("of", "in", "on", "for", ",", ".", "to", "than", "or") or w in CLAUSE_AFTER_JOINS:
                break  # ("or": "7.5 per cent or more" is a bound of the level, no change; "before
                # easing", "after rising": a conjunction opens the next clause's move)
            if after[i + 1 : i + 2] and _opens_next_clause(w, after[i + 1]):
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
                and (
                    i == 0
                    or i == 1
                    and last in ("a", "an")
                    and after[0].isalpha()
                    and after[0] not in BE_WORDS
                )
            ):  # "a 21% cut means", "a 12% tariff cut"; not "a 10% cut of the profits" (a share), nor
                # "2 percent were cut"
                direction = CHANGE_WORDS[key]
                break
            if key in COMPARATIVE_CHANGES:  # "12 percent smaller than the last"
                direction = COMPARATIVE_CHANGES[key]
                break
            if key in PRICE_GAP_WORDS:  # "a 37% premium to Friday's close"
                direction = PRICE_GAP_WORDS[key]
                break
            if (
                key in RELATIVE_POSITIONS
                and after[i + 1 : i + 2] != []
                # "6% below 2019 levels", "12.5% above 2024." (the stop read with the year's digits)
                and (after[i + 1][:1].isalpha() or _year_like(after[i + 1].rstrip(".")))
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
        and (before[-2].endswith(",") or _amount_before_or(before))
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
        and _savings_paid(_with_antecedent(_clause(before), before))
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
            subject = _change_subject(trimmed, None) or _noun_before_relative(trimmed)
            return "percent_change", "", subject
        return "percent_change", "", change_subject()  # "a net return of 9%", "a 9% return"
    if direction and last == "by":
        window = before_words[-BY_OBJECT_WORDS - 1 : -1]
        _, at = verb_object([w.lower() for w in window])
        if at >= 0:  # "cut the risk of heart attack, stroke or death by 21%": the object changed
            return "percent_change", direction, _object_phrase(window[at + 1 :])
    if (
        direction
        and last.endswith(",")
        and after[1:2] == ["than"]
        and (counted := _apposed_count_noun(before_words))
    ):
        return "percent_change", direction, counted  # "... 2.1 million visitors, 6% more than in 2024"
    if direction:
        return "percent_change", direction, change_subject()
    if last == "by" and not ADJUSTING_VERBS.isdisjoint(before[-3:-1]):
        # "pensions will be indexed by 8%", "adjusted annually by 2%": a change either way
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
        named := _change_named_before_be(before[:-1])
    ) is not None:
        # "The increase was 5%", "The discount is 15%", "Markdowns averaged 18%", "the gap between
        # the cheapest and the dearest shop reached 38%": what the change was
        return "percent_change", named, change_subject()
    if last == "," and after[:1] != ["of"] and (aside_change := _change_before_aside(before[:-1])):
        # "the tiny dip in brightness, as little as 0.008 percent,": an aside of the change's size
        return "percent_change", aside_change[0], aside_change[1]
    if (
        last in BE_WORDS
        and after[:1] != ["of"]
        and _bare_ceiling(before[:-1])
        and _change_near(sc, start, end)
    ):
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
        return "other", "", f"{_rate_subject(before_words[:-2]) or 'interest rate'} (interest-rate level)"
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
        if changed or _names_change_measure(_clause(before[:-aside]), []):
            return "percent_change", changed, " ".join(phrase)
        if _names_rate_level([w.lower() for w in reversed(phrase)]):
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
            _pay_sentence(sc, start)
            or sentence_names(sc, start, WORKFORCE_CUES)
            or _persons_paid(before, for_words())  # "a recommendation of 6 per cent for paramedics"
        )
    ):
        return "percent_change", "increase", f"pay {deal}"  # "nurses rejected a 4.5% offer"
    if (
        after[:1] != ["of"]
        and _pay_aside(before)
        and (_pay_context(sc, start) or _persons_paid(before[:-1], []))
    ):
        # "the offer to bus drivers, 5.2 per cent, does not cover inflation": the rise the offer is
        return "percent_change", "increase", f"pay rise {_clause_words(before_words[:-1])}".strip()
    if _given_to_persons(before, after) and not _vote_sentence(sc, start):
        # "proposed giving MPs 2.7 per cent", "to pay its cleaners 6 percent": a rise given to persons
        return "percent_change", "increase", f"pay rise {_clause_words(before_words)}".strip()
    if (
        after[:1]
        and after[0] in PAY_GIVEN_PARTICIPLES
        and after[1:2] == ["to"]
        and (payees := _persons_given(body, end, s_end))
        and not _vote_sentence(sc, start)
    ):
        # "the 2.5 per cent given to civil servants", "the 4% awarded to nurses": a rise given them
        return "percent_change", "increase", f"pay rise {after[0]} to {payees}"
    lead, moved = _pay_lead(before)  # "seeking a range of", "moved from 2 to", "gives police officers"
    pay_last = lead[-1] if lead else ""
    asked = pay_last == "for" and len(lead) > 1 and lead[-2] in PAY_ASK_VERBS  # "asked for 9%"
    if pay_last == "for" and len(lead) > 2 and lead[-2] == "out" and lead[-3] in PAY_ASK_VERBS:
        asked = True  # "holding out for 7%"
    not_rise = bool(after[:1]) and after[0] in NOT_PAY_RISE_AFTER  # "7 percent of nurses", "20% off"
    if (
        (pay_last in PAY_OFFER_VERBS or asked)
        and not moved
        and not not_rise
        and (_pay_context(sc, start) or _persons_paid(lead, for_words()))
    ):
        # "management has offered 6 percent": the rise, and who offers or asks for it
        return "percent_change", "increase", f"pay rise {_clause_words(before_words)}".strip()
    if (
        not not_rise
        and _pay_round(lead, after, moved)
        and (_pay_context(sc, start) or _persons_paid(lead, for_words()))
        and (_ballot_on_offer(lead) or not _vote_sentence(sc, start))
    ):
        # "nurses will receive 7 percent", "the unions opened at 15 percent", "a 9% award": the rise
        # a side gets, grants, asks or settles for in a pay round, and who (a move's side, not its ends)
        side = before_words[: len(lead)] if moved else before_words
        return "percent_change", "increase", f"pay rise {_clause_words(side)}".strip()
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
    if after[:1] != ["of"] and not (after[:1] and after[0] in NOT_INTEREST_RATES) and _lender_charges(clause):
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
        return "other", "", f"{_rate_subject(before_words) or change_subject()} (interest-rate level)".strip()
    if loan_share := _loan_share(before, after):
        # "borrowers with a 40% deposit", "borrow at a loan-to-value of 90%": the part of the price
        # put down or borrowed, a share, though the clause names a rate or a loan (rules, table 2)
        return "percentage_share", "", loan_share
    if after[:1] != ["of"] and _bare_rates(
        before, cut - 100 <= s_start, lambda: _speaks_of_lending(sc, start)
    ):
        # "Rates are now 3 percent", "banks are offering rates of 4% to 5% for savers"
        return "other", "", f"{change_subject() or 'interest rates'} (interest-rate level)"
    own_clause = _own_clause(clause)  # not "held its rate at 1.5% and said growth would be 2.2%"
    if _names_rate_level(own_clause) and after[:1] != ["of"]:  # "Fixed rates cover 80% of loans": a share
        named = (
            _rate_subject(before_words)
            or _rate_on_subject(before_words)
            or _funding_cost_subject(before_words)
            or change_subject()
        )
        return "other", "", f"{named} (interest-rate level)".strip()
    if sc.rate_level_at >= 0 and after[:1] != ["of"] and _bare_rate_before(before):
        # "The bank held its key rate at 6%. Analysts expect the rate to stay at 6%": the rate last
        # named with its level
        return "other", "", f"{_rate_named(before_words)} (interest-rate level)"
    own = _own_words(before)  # not "raised its rate by 150bp to 29.5% as inflation climbed to 23.4%"
    if (_level_after_rate_move(own) or _rate_move_noun_to(own)) and after[:1] != ["of"]:
        # "cut its deposit rate by 625 basis points since April, to 21%": the rate's new level
        return "other", "", f"{_rate_named(before_words)} (interest-rate level)"
    if (
        after[:1]
        and after[0] in INFLATION_TARGET_WORDS
        and (after[1:2] not in (["for"], ["of"], ["on"]) or RE_TARGET_FOR_PERIOD.match(body, end, s_end))
        and _inflation_sentence(sc, start)
    ):
        return "percent_change", "", f"inflation {after[0]}"  # "well above the 3% target" (rules, table 2)
    if (
        last in ("of", "to", "and")
        and after[:1] not in (["of"], ["on"])  # "a target of 60% of assets": a share; "on rents": a cap
        and (target := RE_TARGET_OF_BEFORE.search(body, max(0, start - TARGET_REACH), start))
        and _inflation_nearby(sc, start)
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
    if before[-1:] == [":"] and after[:1] != ["of"] and _names_rate_label(_clause(before[:-1])):
        # a fact box's "Policy rate: 6.25%", "Repo rate: 7.75%", "Prime: 10.5%": the rate's level
        return "other", "", f"{' '.join(reversed(_clause(before_words[:-1])))} (interest-rate level)"
    if before[-1:] == [":"] and after[:1] != ["of"] and _names_change_measure(_clause(before[:-1]), []):
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
    described = _with_antecedent(clause, before)  # "inflation, which eased to 2.4%"
    if _names_change_measure(described, after) and after[:1] != ["of"]:  # "12% of the sample": a share
        # "inflation eased to 3.4%": the level after a change word; the word sets the direction
        moved = next((CHANGE_WORDS[w] for w in reversed(before[-3:]) if w in CHANGE_WORDS), "")
        return "percent_change", moved, change_subject()
    if after[:1] != ["of"] and _period_rate(clause) and _inflation_sentence(sc, start):
        # "Consumer prices rose 2.9% in May, taking the annual rate to 75.45%": the rate of the
        # inflation the sentence names, a change (rules, table 2)
        return "percent_change", "", f"inflation {' '.join(_period_rate(clause))}"
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
        if not token[0].isdigit() or _year_like(token):
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


def lower_tokens_after(body: str, start: int, end: int, count: int) -> list[str]:
    """The first `count` tokens of body[start:end] (words.tokens), lower-case: read one by one, so
    the window's later tokens are never read."""
    return [m.group().lower() for m in islice(RE_TOKEN.finditer(body, start, end), count)]


INFLATION_CUES = ("inflation", "consumer prices", "cpi")


PAY_CLAUSE_WORDS = 8  # words read back for who offers or asks for a pay rise
CLAUSE_JOINS = frozenset("while whereas but and as though although".split())  # where the clause opens


def _clause_words(before_words: list[str]) -> str:
    """The words of a percent's clause as written, back to a comma, semicolon or colon (at most
    PAY_CLAUSE_WORDS): "the dockers' union asked for"."""
    words: list[str] = []
    for word in reversed(before_words[-PAY_CLAUSE_WORDS:]):
        if word in (",", ";", ":", "(", ")", '"', "“", "”") or word.lower() in CLAUSE_JOINS:
            break
        if word[:1].isalpha():
            words.append(word)
    return " ".join(reversed(words))


# the word between a side's verb in pay talks (or a pay-rise noun) and its percent: "opened at",
# "settled for", "came down to", "its demand to", "the offer of" (pay_deal reads the offer first
# where the sentence itself is of pay; this reads it where the pay word is in the sentence before)
PAY_TALK_LINKS = frozenset(("at", "for", "to", "on", "of"))


PAY_RANGE_OPENERS = frozenset(("range", "band"))  # "seeking a range of 5 to 8 percent"
PAY_GAP_JOINS = frozenset(("and", ",", "while", "whereas"))  # "... get 3 percent and lower grades 6 percent"
PERCENT_TOKENS = frozenset(("%", "percent", "cent", "pc"))
TALK_NOUNS = frozenset(("talks", "negotiations", "bargaining", "bidding"))  # "opened talks at 11 percent"
GAP_REACH = 3  # words of a gapped list's second subject, and of a time after the first percent


def _pay_lead(before: list[str]) -> tuple[list[str], bool]:
    """The words before a percent (lower case) up to the verb that may make it a pay rise, and
    whether it is an end of a move between offers: a range's opener taken away ("seeking a range
    of 5 to 8 percent"), a move's "from" ("moved from 2 to 3.5 percent", both ends), the people a
    rise is given to ("gives police officers 7.5 percent"), and a gapped list's second subject,
    back to the first percent's verb ("senior grades get 3 percent and lower grades 6 percent")."""
    n = len(before)
    if n > 2 and before[-1] == "of" and before[-2] in PAY_RANGE_OPENERS:
        cut = n - 2
        if before[cut - 1] in ("a", "an", "the"):
            cut -= 1
        return before[:cut], False
    if n > 1 and before[-1] == "from":
        return before[:-1], True  # the old end of "moved from 2 to 3.5 percent"
    tail = before[-6:]
    if "to" in tail[-1:] and "from" in tail:  # the new end: "from 2 to", "from 1.5 % to"
        at = len(tail) - 1 - tail[::-1].index("from")
        if all(w[:1].isdigit() or w in PERCENT_TOKENS or w == "per" for w in tail[at + 1 : -1]):
            return before[: n - len(tail) + at], True
    for k in range(1, GAP_REACH + 1):  # the people a rise is given to: "awarded nurses 4 per cent"
        verb = before[-k - 1] if n > k else ""
        if (verb in PAY_GET_VERBS or verb in PAY_OFFER_VERBS) and all(w.isalpha() for w in before[-k:]):
            if before[-1] in PEOPLE_NOUNS or _names_workforce(before[-k:]):
                return before[:-k], False
            break
    return _gapped_lead(before), False


def _names_workforce(words: list[str]) -> bool:
    """Whether lower-case words name a workforce (vocab.WORKFORCE_CUES, PAY_CUES): "police officers"."""
    text = " " + " ".join(words)
    return any(cue in text for cue in WORKFORCE_CUES) or any(cue in text for cue in PAY_CUES)


PEOPLE_LOWER = frozenset(w.lower() for w in PEOPLE_NOUNS)  # "MPs", "MSPs" as lower-case tokens read them
# words that may follow a rise given to persons ("giving MPs 2.7 per cent, the smallest rise", "pay
# its cleaners 6 percent backdated to April", "award dockers 7% over two years"), not a noun the
# percent is of ("gave shoppers 10% cashback")
PAY_GIVE_TAILS = (
    (FUNCTION_WORDS - NOT_PAY_RISE_AFTER - {"on"})  # not "offers savers 4.5% on one-year bonds"
    | PAY_RISE_NOUNS
    | PAY_WORDS
    | frozenset("more extra backdated rise increase raise hike".split())
)
PAY_SUBJECT_WORDS = 10  # words read back from a verb of getting to the persons who get the rise
PAY_FOR_WORDS = 4  # "for" and up to three words of the persons a rise is for
SUBJECT_BREAKS = CLAUSE_JOINS - {"and"}  # "Porters and cleaners were offered 4%": one subject


def _is_payee(word: str) -> bool:
    """Whether a lower-case word is a plural of persons a wage may be paid to: vocab.PEOPLE_NOUNS
    in any case ("mps", "midwives", "porters"), a person's end ("paramedics", "dockworkers") or a
    workforce (vocab.WORKFORCE_CUES: "collectors"), not holders of money paid a return
    (vocab.RETURN_HOLDERS: "investors", "bondholders") nor savers, lenders or borrowers (LENDING_CUES)."""
    if word in RETURN_HOLDERS or word in LENDING_CUES:
        return False
    return word in PEOPLE_LOWER or has_person_ending(word) or any(cue in word for cue in WORKFORCE_CUES)


def _pay_tail(after: list[str]) -> bool:
    """Whether the words right after a percent (lower case) may follow a pay rise (PAY_GIVE_TAILS,
    punctuation or nothing), not a noun the percent is of ("gave shoppers 10% cashback")."""
    return not after[:1] or not after[0][:1].isalpha() or after[0] in PAY_GIVE_TAILS


PAY_OBJECT_WORDS = 4  # words of the persons a rise is given to: "offered its 2,000 refuse collectors"


def _given_to_persons(before: list[str], after: list[str]) -> bool:
    """Whether a percent is a rise given to persons: a verb of giving (vocab.PAY_GIVE_VERBS), then
    up to four words or numbers that end with a plural of persons right before it, and no noun the
    percent is of after it ("proposed giving MPs 2.7 per cent", "to pay its cleaners 6 percent",
    "offered its 2,000 refuse collectors 4 percent")."""
    if not _pay_tail(after) or not before or not _is_payee(before[-1]) or not LENDING_CUES.isdisjoint(before):
        return False
    for k in range(1, PAY_OBJECT_WORDS + 1):
        if len(before) <= k or not (before[-k].isalpha() or before[-k][:1].isdigit()):
            return False
        if before[-k - 1] in PAY_GIVE_VERBS:
            return True
    return False


def _persons_given(body: str, end: int, s_end: int) -> str:
    """The persons a percent is given to, read after its participle and "to" (vocab.
    PAY_GIVEN_PARTICIPLES): up to four words or numbers that end with a plural of persons ("the
    2.5 per cent given to civil servants", "awarded to its 900 nurses"), or ""."""
    words = lower_tokens_after(body, end, min(s_end, end + 80), PAY_OBJECT_WORDS + 2)[2:]
    for k, word in enumerate(words):
        if not (word.isalpha() or word[:1].isdigit()) or word in LENDING_CUES:
            return ""
        if _is_payee(word):
            return " ".join(words[: k + 1])
    return ""


def _persons_paid(lead: list[str], for_words: list[str]) -> bool:
    """Whether the persons a pay rise goes to are named: a plural of persons in the clause of the
    verb or noun before the percent, with a word that may follow a rise after it (`for_words`, read
    from the percent on: "Porters at three hospitals were offered 4 percent", "Senior judges will
    get 2 per cent and ..."), or after "for" right after it ("a recommendation of 6 per cent for
    paramedics"); not in a clause of lending or saving (vocab: savers, loans, deposits)."""
    if not LENDING_CUES.isdisjoint(lead[-PAY_SUBJECT_WORDS:]):
        return False
    if _pay_tail(for_words):
        for word in reversed(lead[-PAY_SUBJECT_WORDS:]):
            if not word[:1].isalpha() or word in SUBJECT_BREAKS:
                break
            if _is_payee(word):
                return True
    if for_words[:1] != ["for"]:
        return False
    for word in for_words[1:PAY_FOR_WORDS]:
        if not word.isalpha():
            return False
        if _is_payee(word):
            return True
    return False


PAY_ASIDE_WORDS = 6  # words back from an aside's comma to the pay-rise noun it names


def _pay_aside(before: list[str]) -> bool:
    """Whether a percent is an aside after a noun phrase that names a pay rise (vocab.PAY_RISE_NOUNS)
    right before its comma: "the offer to bus drivers, 5.2 per cent, does not cover inflation"."""
    if len(before) < 2 or before[-1] != ",":
        return False
    for word in reversed(before[-PAY_ASIDE_WORDS - 1 : -1]):
        if not word[:1].isalpha():
            return False
        if word in PAY_RISE_NOUNS:
            return True
    return False


def _gapped_lead(before: list[str]) -> list[str]:
    """The words up to the first percent's verb of a gapped list ("senior grades get 3 percent
    and lower grades 6 percent", "cabin crew will receive 4 percent this year and pilots 3
    percent"), or the words unchanged: a second subject of up to three words after "and", a comma
    or "while", then up to three words, then a percent right after a verb of getting or offering."""
    n = len(before)
    for k in range(1, GAP_REACH + 1):
        if n <= k or before[-k - 1] not in PAY_GAP_JOINS:
            continue
        if not all(w.isalpha() for w in before[-k:]):
            return before
        join = n - k - 1
        for gap in range(GAP_REACH + 1):
            at = join - gap  # the token after the first percent
            if at < 3 or not all(w.isalpha() for w in before[at:join]):
                break
            if before[at - 1] in PERCENT_TOKENS:
                pct = at - 2 if before[at - 1] == "cent" and before[at - 2] == "per" else at - 1
                if pct >= 2 and before[pct - 1][:1].isdigit():
                    verb = before[pct - 2]
                    if verb in PAY_GET_VERBS or verb in PAY_OFFER_VERBS:
                        return before[: pct - 1]
                return before
        return before
    return before


def _share_of_stated(before: list[str]) -> bool:
    """Whether the words before a percent hold an earlier percent with "of" after it ("5% of their
    salary"): a share, which "a further" or "another" percent then adds to."""
    window = before[-SHARE_OF_REACH:]
    return any(w in PERCENT_TOKENS and nxt == "of" for w, nxt in zip(window, window[1:], strict=False))


SHARE_OF_REACH = 30  # tokens read back for the earlier share (the clause before "and" or "with")


def _pay_round(before: list[str], after: list[str], moved: bool = False) -> bool:
    """Whether the words before a percent (lower case, as _pay_lead leaves them) or right after it
    name a pay rise got, granted or bargained over, without a pay word: "will receive 7 percent",
    "get 5.5 percent", "opened at 15 percent", "came down to 9 percent", "settled for 11 percent",
    "its demand to 14 percent", "the offer of 6.5 per cent", "the offer was 3.2 per cent", "met at
    6.5 per cent", "a further 5 per cent", "a 9% award", an end of a side's move
    ("moved from 2 to 3.5 percent", "the offer went from 1.5% to 2.8%") (the caller checks the
    sentence is of pay)."""
    if not SHARE_NOUNS.isdisjoint(before):
        return False  # "paid a share of the adult rate: 16-year-olds get 47.3%": a share, as written
    last = before[-1] if before else ""
    if last in PAY_MORE_WORDS and _share_of_stated(before):
        return False  # "staff pay 5% of their salary and employers a further 3%": more of that share
    if moved:
        return last in PAY_MOVE_VERBS or (
            (last in PAY_WENT_VERBS or last in CHANGE_WORDS) and not PAY_RISE_NOUNS.isdisjoint(before[-6:])
        )
    if last == "at" and len(before) > 2 and before[-2] in TALK_NOUNS and before[-3] in PAY_TALK_VERBS:
        return True  # "opened talks at 11 percent"
    if (
        last in PAY_GET_VERBS
        or last in PAY_MORE_WORDS
        or last in PAY_RISE_QUALIFIERS  # "a backdated 6 per cent for paramedics"
        or after[:1]
        and after[0] in PAY_RISE_NOUNS
    ):
        return True  # "will receive 7 percent", "a further 5 per cent from April", "a 9% award"
    if last in BE_WORDS and len(before) > 1 and before[-2] in PAY_RISE_NOUNS:
        return True  # "management's first offer was 3.2 per cent"
    if last not in PAY_TALK_LINKS or len(before) < 2:
        return False
    if before[-2] == "down":  # "came down to 9 percent", not "membership is down to 40 percent"
        return len(before) > 2 and before[-3] in PAY_CLIMB_DOWN_VERBS
    return before[-2] in PAY_TALK_VERBS or before[-2] in PAY_RISE_NOUNS


BALLOT_VERBS = frozenset(("accept", "reject"))  # "voted to accept 9.25%": a ballot on an offer


def _ballot_on_offer(lead: list[str]) -> bool:
    """Whether the words before a percent end with "to accept" or "to reject": members voting on
    an offer ("Bus drivers voted to accept 9.25%"), not an election's share."""
    return len(lead) > 1 and lead[-1] in BALLOT_VERBS and lead[-2] == "to"


def _vote_sentence(sc: Scanner, offset: int) -> bool:
    """Whether the sentence around `offset` speaks of a vote or an election (vocab.VOTE_CUES)."""
    return sentence_names(sc, offset, VOTE_CUES)


def _pay_sentence(sc: Scanner, offset: int) -> bool:
    """Whether the sentence around `offset` speaks of pay, a union, a strike, workers, employees or
    bargaining (vocab.PAY_CUES)."""
    return sentence_names(sc, offset, PAY_CUES)


def _pay_context(sc: Scanner, offset: int) -> bool:
    """Whether the sentence around `offset` speaks of pay or names a workforce, or the sentence
    right before it speaks of pay ("The union wants more for its members. It opened at 12
    percent."): one sentence back only, each sentence read once (sentence_names keeps it)."""
    if _pay_sentence(sc, offset) or sentence_names(sc, offset, WORKFORCE_CUES):
        return True
    s_start, _ = sc.sentence_bounds(offset)
    return s_start > 0 and _pay_sentence(sc, s_start - 1)


def _inflation_sentence(sc: Scanner, offset: int) -> bool:
    """Whether the sentence around `offset` speaks of inflation (a target there is an inflation target)."""
    return sentence_names(sc, offset, INFLATION_CUES)


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
# words of an interest rate: a target range near them is a rate's ("the funds rate's target range")
RATE_CUES: tuple[str, ...] = (" rate", "interest", "funds", "benchmark", "the fed", "fed's")


def _inflation_nearby(sc: Scanner, offset: int) -> bool:
    """Whether the sentence around `offset`, or the one before it, speaks of inflation while the
    sentence itself names no interest rate ("Inflation eased to 3%. The figure is inside the
    bank's target range of 2% to 4%.")."""
    if sentence_names(sc, offset, RATE_CUES):
        return False
    s_start, _ = sc.sentence_bounds(offset)
    return _inflation_sentence(sc, offset) or s_start > 0 and _inflation_sentence(sc, s_start - 1)


# a verb of expecting or forecasting right before a bare percent ("analysts had expected 2.9%")
RE_EXPECTED_BEFORE = re.compile(
    r"\b(?:expected|expect|expects|expecting|forecast|forecasts|predicted|predict|predicts|projected|"
    r"anticipated)\s+\Z",
    re.IGNORECASE,
)
EXPECTED_REACH = 16  # characters before the percent read for the verb


def _expected_change(sc: Scanner, previous: Figure | None, start: int, end: int) -> bool:
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
    return _inflation_nearby(sc, start)


def _change_subject(before: list[str], found: re.Match[str] | None) -> str:
    """What a percent change measures: the object after it ("rose 5% in sales", RE_CHANGE_OBJECT's
    match) or the clause before it; a change measure named right before "of" is kept in it ("The
    forecast assumes growth of 5.2% in 2028": the growth, not the forecast alone, nor the year)."""
    measure = before[-2] if len(before) > 1 and before[-1] == "of" else ""
    measure = measure if measure.lower() in NAMED_CHANGE_MEASURES else ""
    if found:
        clipped = _clip_phrase(found.group(1))
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


def _noun_before_relative(before: list[str]) -> str:
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
        return _clip_phrase(found.group(1))
    lead = " ".join(noun_phrases.content_words(" ".join(words[-4:])))  # "Unemployment rate stood at"
    if found:  # "collect 96% of what they bill": the clause before, and what the share is of
        return f"{lead} of {' '.join(found.group(1).split()[:3])}".strip()
    return lead


def _object_phrase(words: list[str]) -> str:
    """The words of an object as text, punctuation joined to the word before it."""
    return "".join(w if not w[0].isalnum() else f" {w}" for w in words).strip()


RE_YEAR_TOKEN = re.compile(N.YEAR)  # the number grammar's years, the one table of what reads as a year


def _year_like(token: str) -> bool:
    """Whether a token of digits reads as a calendar year ("2025")."""
    return RE_YEAR_TOKEN.fullmatch(token) is not None


# words that end the phrase after a percent: a clause or a condition starts ("in 2027 unless wages
# fall": the year, not the condition)
CLIPPED_PHRASE_ENDS = frozenset(
    "while and but since during compared as from to in if unless because when although though".split()
)


def _clip_phrase(text: str) -> str:
    """The first words of a phrase, up to a clause word or punctuation."""
    words = []
    for w in text.split():
        clean = w.strip(",.;:")
        if (
            clean[:1].isdigit()
            and clean.replace(",", "").replace(".", "").isdigit()
            and not _year_like(clean)
        ):
            continue  # "of the 18,000 seats": the seats (a year stays: "in 2025")
        if clean.lower() in CLIPPED_PHRASE_ENDS:
            break
        words.append(clean)
        if w != clean:
            break
    return " ".join(words)


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
# the words of a rate written in per cent that may stand right before "rate": interest rates
# (vocab.RATE_LEVEL_WORDS) and the rates that are shares or changes (NOT_INTEREST_RATES), but for
# an exchange rate (a price in money)
BARE_PERCENT_RATE_WORDS = (RATE_LEVEL_WORDS | NOT_INTEREST_RATES) - {"exchange"}
BARE_RATE_CARRY_REACH = 400  # characters back from a bare "the rate" to the percent it carries


def _bare_rate_named(sc: Scanner, at: int) -> tuple[bool, Figure | None]:
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
        named, carried = _bare_rate_named(sc, m.start())
        if not named:
            continue
        kind, direction, subject = _percent_kind(sc, s, e)
        if carried is not None:
            kind, subject = carried.kind, carried.subject
        sc.claim(s, e)
        value = N.normalise_number(N.parse_digits(m.group("num")))
        sc.add(Figure(s, e, (s, e), value, "percent", kind, subject, direction=direction))
