"""Vocabularies of news figures: one table per fact, shared by the recogniser, checks and tests."""

from __future__ import annotations

from string import ascii_lowercase

from babel.dates import get_month_names

# --- kinds and units (labelling rules of the evaluation set) -------------------------------

KINDS: tuple[str, ...] = (
    "percent_change",
    "percentage_share",
    "money",
    "count",
    "date",
    "duration",
    "other",
)

UNITS_FIXED: tuple[str, ...] = ("percent", "people", "attacks", "count", "year", "date", "days", "other")

# --- number words ---------------------------------------------------------------------------

UNIT_WORDS: dict[str, int] = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS_WORDS: dict[str, int] = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
DOZEN_WORD = "dozen"
# Ordinal words of a rank or a place ("was third with", "finished second on 7 points").
ORDINAL_WORDS = frozenset("first second third fourth fifth sixth seventh eighth ninth tenth last".split())
# Words that place a period against the time of writing ("this year", "last month", "the past
# week", "next quarter")
RELATIVE_PERIOD_WORDS: tuple[str, ...] = ("this", "last", "past", "next")

# --- superlatives ----------------------------------------------------------------------------
# Superlatives with no "-est" ending ("its best quarter since March", "the worst since 1993").
SUPERLATIVE_WORDS: tuple[str, ...] = ("best", "worst", "most", "least")
# Letters before an "-est" ending that make no superlative ("forest", "interest", "harvest",
# "request"); "-iest" makes one ("driest", "busiest")
NOT_SUPERLATIVE_BEFORE_EST = "aeoruv"
# A superlative as a regular expression over lower-case letters, the one reading of them (phrases,
# clause_forms, subject_clauses, charts): one of SUPERLATIVE_WORDS, or "-est" after two letters or
# more and a letter not in NOT_SUPERLATIVE_BEFORE_EST ("largest", "weakest", "driest")
SUPERLATIVE = "|".join(
    (
        f"[a-z]{{2,}}[{''.join(sorted(set(ascii_lowercase) - set(NOT_SUPERLATIVE_BEFORE_EST)))}]est",
        *SUPERLATIVE_WORDS,
    )
)
# Words compared as a superlative is ("the first rise since 2020", "a record high since 1990"):
# phrases and charts read them beside SUPERLATIVE
FIRST_OR_RECORD: tuple[str, ...] = ("first", "record")

# --- scale words (multipliers) --------------------------------------------------------------
# Words safe after any number; abbreviations that are ambiguous without a currency
# ("100m sprint", "5k run") are in SCALE_ABBREVIATIONS_MONEY_ONLY.

SCALE_WORDS: dict[str, int] = {
    "hundred": 100,
    "thousand": 1_000,
    "lakh": 100_000,
    "lakhs": 100_000,
    "lac": 100_000,
    "million": 1_000_000,
    "mn": 1_000_000,
    "mln": 1_000_000,
    "crore": 10_000_000,
    "crores": 10_000_000,
    "billion": 1_000_000_000,
    "bn": 1_000_000_000,
    "bln": 1_000_000_000,
    "trillion": 1_000_000_000_000,
    "tr": 1_000_000_000_000,
    "tn": 1_000_000_000_000,
    "trn": 1_000_000_000_000,
    "trln": 1_000_000_000_000,
    "quadrillion": 1_000_000_000_000_000,  # Vietnam's budget in dong ("VND1.7 quadrillion")
    # capitalised, as headline-style lines and South Asian papers write them after digits ("$4.2
    # Million Deal", "Rs 500 Crore")
    "Thousand": 1_000,
    "Lakh": 100_000,
    "Crore": 10_000_000,
    "Million": 1_000_000,
    "Billion": 1_000_000_000,
    "Trillion": 1_000_000_000_000,
    # ... and in capitals, as all-capital headlines and wire slugs write them ("EUR 1.5 BILLION")
    "THOUSAND": 1_000,
    "LAKH": 100_000,
    "CRORE": 10_000_000,
    "MILLION": 1_000_000,
    "BILLION": 1_000_000_000,
    "TRILLION": 1_000_000_000_000,
    # ... with the abbreviations of wire slugs and headlines in capitals ("US$1.2 BLN", "RS 4.5 BN",
    # "$2.4BN LOSS", "EUR 300 MLN"); read after a number only, as the lower-case ones are
    "MN": 1_000_000,
    "MLN": 1_000_000,
    "BN": 1_000_000_000,
    "BLN": 1_000_000_000,
    "TRN": 1_000_000_000_000,
    "TRLN": 1_000_000_000_000,
    "lakh crore": 1_000_000_000_000,
    # the South Asian scale words above crore, as Nepali English-language papers write them ("Rs 1.5
    # arba" = 1.5 billion; "kharba" = 100 billion); not "arab", which is a word of its own in English
    "arba": 10**9,
    # the long scale's billion that French-influenced English keeps (Mauritian, Francophone African
    # and older British copy: "Rs 2.8 milliards", "a milliard francs")
    "milliard": 10**9,
    "milliards": 10**9,
    "kharba": 10**11,
    "kharab": 10**11,
    # scale words in sequence multiply: "4 hundred million", "two hundred thousand"
    "hundred thousand": 100_000,
    "hundred million": 100_000_000,
    "hundred billion": 100_000_000_000,
    "thousand million": 1_000_000_000,
}
# The scale words spelt out that a compound number joins, largest first ("3 million 41 thousand
# tons", "12 crore 40 lakh", "two billion three hundred million"; figures/numbers.py reads them)
COMPOUND_SCALE_WORDS: tuple[str, ...] = ("trillion", "billion", "crore", "million", "lakh", "thousand")
SCALE_ABBREVIATIONS_MONEY_ONLY: dict[str, int] = {
    "k": 1_000,
    "K": 1_000,
    "m": 1_000_000,
    "M": 1_000_000,
    "b": 1_000_000_000,
    "B": 1_000_000_000,
    "T": 1_000_000_000_000,
    "mil": 1_000_000,
    "bil": 1_000_000_000,  # the Malaysian press's "RM1.2bil" beside its "RM900mil"
    "tril": 10**12,  # ... and its "RM1.5tril", as Malaysian and Indonesian desks write it
    "MM": 1_000_000,  # US financial copy's million ("$1.2MM")
    "cr": 10_000_000,  # the Indian press's crore after an amount ("Rs 380 cr", "₹1,200cr")
    # ... and its capitalised "Cr" and a lakh's "L" ("₹250 Cr", "a package of ₹18.5L a year"), money
    # only: after any number "L" is a litre and "Cr" chromium
    "Cr": 10_000_000,
    "L": 100_000,
}
# Japanese scale words as English-language copy from Japan writes them between an amount and the
# name of its currency ("3 man yen" = 30,000 yen, "6.8 oku yen" = 680 million yen, "1.2 cho yen"),
# read as table 1 reads lakh and crore, but only before a currency's name: alone "3 man" counts
# people and "oku" or "cho" may be a name
SCALE_WORDS_BEFORE_CURRENCY: dict[str, int] = {
    "man": 10**4,
    "oku": 10**8,
    "cho": 10**12,
    "chō": 10**12,
}


# --- percent ----------------------------------------------------------------------------------

PERCENT_SIGNS: tuple[str, ...] = (
    "percentage points",
    "percentage point",
    "per cent",
    "percent",
    "pct",
    "pc",
    "%",
)
# ... and their words, each alone ("per", "cent", "percentage", "points", "pct", "%")
PERCENT_SIGN_WORDS: frozenset[str] = frozenset(word for sign in PERCENT_SIGNS for word in sign.split())

# Verbs that change an object, every inflection: "raise interest rates by 25 basis points", "cut
# the fee by 5 percent"; a count right after one is its object ("lifted 12 people to safety").
RAISING_VERBS: tuple[str, ...] = (
    *"raise raises raised raising".split(),
    *"hike hikes hiked hiking".split(),
    *"boost boosts boosted boosting".split(),
    *"lift lifts lifted lifting".split(),
    *"widen widens widened widening".split(),  # "widened its loss to": the loss grew
)
LOWERING_VERBS: tuple[str, ...] = (
    *"reduce reduces reduced reducing".split(),
    *"trim trims trimmed trimming".split(),
    *"slash slashes slashed slashing".split(),
    *"lower lowers lowered lowering".split(),
    *"shed sheds shedding".split(),
    *"shave shaves shaved shaving".split(),
    *"cut cuts cutting".split(),
    *"deduct deducts deducted deducting".split(),  # "deducted 20 per cent from the fine"
    *"narrow narrows narrowed narrowing".split(),  # "narrowed its loss to": the loss shrank
)
# Verbs that multiply an object ("doubled the prize fund to $40,000": the fund), in their past and
# -ing forms only: a bare "double" or "doubles" is a noun of sport too ("hit a double")
MULTIPLYING_VERBS: tuple[str, ...] = (
    *"doubled doubling tripled tripling quadrupled quadrupling halved halving".split(),
)
TRANSITIVE_CHANGE_VERBS: frozenset[str] = frozenset((*RAISING_VERBS, *LOWERING_VERBS, *MULTIPLYING_VERBS))

# Words that make a percent a change, and its direction. Growth that slows, cools or moderates
# is a fall in the rate ("Sales growth slowed by 3 percent": decrease).
CHANGE_WORDS: dict[str, str] = {
    **dict.fromkeys(
        (
            "increase",
            "increased",
            "increases",
            "increasing",
            "rise",
            "rose",
            "risen",
            "rises",
            "rising",
            "up",
            "surge",
            "surged",
            "surges",
            "jump",
            "jumped",
            "jumps",
            "grew",
            "grow",
            "grown",
            "growth",
            "grows",
            "climb",
            "climbed",
            "climbs",
            "soar",
            "soared",
            "spike",
            "spiked",
            "gain",
            "gained",
            "gaining",
            "jumping",
            "surging",
            "climbing",
            "soaring",
            "growing",
            "accelerated",
            "advanced",
            "rebounded",
            # an index or a count that put on points or units ("the index added 120 points to 7,450")
            "added",
            "adds",
            "edged",
            "swelled",
            "ballooned",
            "gains",
            "higher",
            "more",
            "expanded",
            "expansion",
            "widened",
            "widen",
            "widening",
            "doubled",
            "tripled",
            "upsurge",
            "escalation",
            "increment",
            "uplift",  # "a 3.5% uplift": a rise in pay or prices
            "uplifts",
            "augmented",
            "improved",
            "improves",
            "improvement",  # "a 75 percent improvement in the score": a rise in a measure
            "improvements",
            "rallied",
            "soars",
            "expand",
            "expands",
            "expanding",
            "widens",
            *RAISING_VERBS,
            # a currency gaining value
            *"strengthen strengthens strengthened strengthening appreciated appreciates firmed".split(),
            "appreciation",  # its noun ("an appreciation of 3 percent")
            # the other forms of verbs of a sharp or quick rise ("after skyrocketing 80%")
            *"skyrocket skyrockets skyrocketed skyrocketing rocketed spiking spikes".split(),
            "rallying",  # not "rally", "rebound" or "rebounds": nouns of politics and basketball too
            "upward",  # the direction of a move ("may move 4% upward", "revised upward 2%")
            "upwards",  # its British spelling ("revised upwards by 12%")
        ),
        "increase",
    ),
    **dict.fromkeys(
        (
            "decrease",
            "decreased",
            "decreases",
            "decline",
            "declined",
            "declines",
            "declining",
            "drop",
            "dropped",
            "drops",
            "fell",
            "fall",
            "fallen",
            "falls",
            "down",
            "dip",
            "dipped",
            "dips",
            "eased",
            "eases",
            "easing",
            "halved",
            "halving",
            "narrow",
            "plunge",
            "plunged",
            "slump",
            "slumped",
            "falling",
            "dropping",
            "losing",
            "lost",
            "loses",
            "dipping",
            "plunging",
            "sliding",
            "decelerated",
            "reduction",
            "less",
            "fewer",
            "shrank",
            "shrunk",
            "contraction",
            "contracted",
            "slid",
            "tumbled",
            "narrowed",
            "narrowing",
            "shrinking",
            "plummeted",
            "sank",
            "plunges",
            "eases",
            "narrows",
            "halves",
            "slumps",
            "tumbles",
            "tumbling",
            "sinks",
            "sinking",
            "slipped",
            "slips",
            "slipping",
            "shrinks",
            "shrink",  # "the economy will shrink by 0.3%" (late-kinds8)
            "retreated",
            *LOWERING_VERBS,
            # a currency losing value
            *"weaken weakens weakened weakening depreciated depreciates softened".split(),
            *"depreciation devaluation".split(),  # their nouns ("a depreciation of 4 percent")
            *"slowed slows slowing cooled cools cooling moderated moderates moderating".split(),
            # the other forms of verbs of a sharp or steady fall ("after plummeting 65%", "shed 3%")
            *"plummet plummets plummeting slumping tumble sink dive dives dived diving nosedived".split(),
            *"slide slides shed sheds shedding lose cool".split(),
            "downward",  # the direction of a move ("may move 6% downward", "revised downward 1%")
            "downwards",
        ),
        "decrease",
    ),
}
# Verbs of adjusting a payment, a price or a tariff by a percent with no direction of their own
# ("pensions will be indexed by 4%", "benefits are uprated by 3.1%", "the minimum wage will be
# adjusted by 5%"): "by" then measures a change either way, never a share
ADJUSTING_VERBS: frozenset[str] = frozenset(
    """adjust adjusts adjusted adjusting readjust readjusts readjusted readjusting indexed indexing
    uprate uprates uprated uprating revalue revalues revalued revaluing revalorise revalorises
    revalorised revalorising revalorize revalorizes revalorized revalorizing""".split()  # not the noun "index"
)
# Comparatives after a percent that make it a change in level ("12 percent smaller", "7% cheaper";
# rules, table 2: "a 15 percent lower risk"); kept apart from CHANGE_WORDS, which subjects drop
# ("a larger budget" keeps its adjective).
COMPARATIVE_CHANGES: dict[str, str] = {
    **dict.fromkeys(("larger", "bigger", "greater", "dearer", "heavier", "longer", "wider"), "increase"),
    **dict.fromkeys(("faster", "taller", "busier", "costlier"), "increase"),
    **dict.fromkeys(("smaller", "cheaper", "shorter", "lighter", "narrower", "slower"), "decrease"),
    # how well off persons are against a reference ("12 per cent poorer in real terms than in 2019")
    **dict.fromkeys(("richer", "wealthier", "better"), "increase"),
    **dict.fromkeys(("poorer", "worse"), "decrease"),
    # a market's words for a currency's or an index's move ("closed 1.3% firmer", "0.8% softer
    # against the dollar", "ended 0.6% weaker")
    **dict.fromkeys(("firmer", "stronger"), "increase"),
    **dict.fromkeys(("softer", "weaker"), "decrease"),
}
# Comparatives that say a level was above or below an earlier one with no verb of change ("Exports
# were stronger in May"): a change said in words, which leads a report (phrases.RE_COMPARATIVE_LEAD)
LEAD_COMPARATIVES: frozenset[str] = frozenset((*COMPARATIVE_CHANGES, "higher", "lower"))
# words after a percent that place a level against a reference ("38% below normal", "5% ahead of
# last year"): a relative difference, a change; not before a figure ("45% above £125,000" is a band)
RELATIVE_POSITIONS: dict[str, str] = {
    **dict.fromkeys(("above", "ahead"), "increase"),
    **dict.fromkeys(("below", "behind"), "decrease"),
}
# a price set against a reference price ("a premium of 37% to Friday's close", "a 12% discount to
# the share price"), or a jail or ward against its capacity ("an overcrowding of 66%"): a relative
# difference, a change (rules, table 2: a higher or lower level)
# ... and an addition set against the level it is added on ("a 5% bonus on the base rent", "a 30%
# markup on cost"): the level raised by that much
PRICE_GAP_WORDS: dict[str, str] = {
    "premium": "increase",
    "discount": "decrease",
    "overcrowding": "increase",
    "bonus": "increase",
    "markup": "increase",
    "mark-up": "increase",
    # ... and their plurals ("markups of 20-35% are common", "discounts of 15%")
    "premiums": "increase",
    "discounts": "decrease",
    "bonuses": "increase",
    "markups": "increase",
    "mark-ups": "increase",
    # a price marked down from its usual level ("markdowns averaged 18%")
    "markdown": "decrease",
    "markdowns": "decrease",
    "mark-down": "decrease",
    "mark-downs": "decrease",
    "rebate": "decrease",
    "rebates": "decrease",
    # ... and the participle that makes the price itself lower ("a 20% discounted fare")
    "discounted": "decrease",
}
# Who pays a premium an auction house charges on the hammer price ("a buyer's premium of 25 per
# cent", "a 22% buyers' premium"): a charge set as a share of the price, as a tax rate is (rules,
# table 2: `percentage_share`), no price set against a reference price
PREMIUM_PAYERS: frozenset[str] = frozenset(("buyer's", "buyers'", "buyer’s", "buyers’", "buyer", "buyers"))
# Verbs that put a ceiling on a figure: a percent after "capped at" or "limited to" in a clause
# that names a change ("yearly rent rises are capped at 3%") bounds that change
CAP_VERBS: frozenset[str] = frozenset("capped limited restricted".split())
# The same verbs in the active, before the change they bound: "the accord will limit yearly wage
# increases to 4%", "a law that caps rent increases at 2%": the percent after the change noun bounds it
CAP_ACTIVE_VERBS: frozenset[str] = (
    frozenset("limit limits limiting cap caps capping restrict restricts restricting".split()) | CAP_VERBS
)  # (their past forms are CAP_VERBS: "the board capped increases at 3%")
# Verbs of a fall that are nouns too ("contract"): a change only right before "by" ("the economy
# could contract by 0.2%"), never as a noun ("a 5% contract fee")
BY_ONLY_CHANGE_VERBS: dict[str, str] = dict.fromkeys("contract contracts".split(), "decrease")
# Verbs that set a figure against a reference ("beat its target by 12%", "missed the forecast by
# 3%"): the percent after "by" is the relative gap, a change (rules, table 2: a higher or lower level)
BY_COMPARISON_VERBS: dict[str, str] = {
    **dict.fromkeys(
        "exceed exceeds exceeded exceeding surpass surpasses surpassed surpassing outstrip outstrips "
        "outstripped overshot overshoots overshoot beat beats outperformed outperforms "
        # (late-kinds13: "beating last year's total by", "tops the target by")
        "beating outstripping outperform outperforming top tops topped topping".split(),
        "increase",
    ),
    **dict.fromkeys(
        "miss missed misses missing undershoot undershot undershoots trailed trails undercut undercuts "
        "underbid underbids".split(),
        "decrease",
    ),  # "undercut its rival by 11%": priced below it
    # an issue's bids against the amount offered ("the sukuk was oversubscribed by 154%"): the gap
    # of the bids above (or below) the amount, a higher or lower level
    **dict.fromkeys(("oversubscribed", "over-subscribed"), "increase"),
    **dict.fromkeys(("undersubscribed", "under-subscribed"), "decrease"),
}
# A market's daily price limit, as South Asian exchanges name it ("hit the upper circuit of 10
# percent", "locked at the 5% lower circuit"): the cap on a price's move in a day, a change (rules,
# table 2, as a cap on a change), with its side before it
PRICE_LIMIT_NOUNS: frozenset[str] = frozenset(("circuit", "circuits"))
PRICE_LIMIT_SIDES: frozenset[str] = frozenset(("upper", "lower"))
# ... and with the verbs that equal or pass a reference, the verbs that set a figure against an
# amount named after "the" ("beat the 52.64 she ran at the trials", "matching the 410 of the wettest
# year"): that amount is in the figure's unit (figures/carry_over.py)
COMPARED_WITH_VERBS: frozenset[str] = frozenset(BY_COMPARISON_VERBS) | frozenset(
    """match matches matched matching equal equals equalled equaled equalling equaling eclipse
    eclipses eclipsed eclipsing pass passes passed passing beating missing trailing""".split()
)
# ...unless what follows is a threshold people are above or below: "22% above the age of 60",
# "18% below the poverty line" are shares of people
THRESHOLD_WORDS = frozenset({"age", "poverty", "threshold"})
# Nouns that call a percent or a part of a population a share: "paid a share of the adult rate:
# 16-year-olds get 47.3%" (a share, no pay rise), "the proportion over 65 has doubled" (an age group)
SHARE_NOUNS: frozenset[str] = frozenset(("share", "proportion"))

# The nouns of a change said as an amount with "of" ("an increase of $5", "a rise of 1.5C"): a
# change, never a level (charts.RE_CHANGE_BY; measure_charts' differences read them with more)
CHANGE_OF_NOUNS: tuple[str, ...] = ("increase", "rise", "fall", "drop", "cut", "jump")

# The comparatives that make an amount a difference from a reference when they follow it ("1.9C
# above the 1961-1990 average", "1 degree warmer", "2C (3.6F) hotter than"): a temperature so said is
# a difference of degrees, not a reading (figures/measures.py, checks.py)
DIFFERENCE_COMPARATIVES: tuple[str, ...] = tuple(
    "above below over under higher lower warmer cooler colder hotter more less".split()
)

# --- approximation ----------------------------------------------------------------------------

# The words that make a figure a rough one ("about 40", "nearly 1,200m"), read where a bound ("more
# than", "up to") would change what the figure is; with "some" as well, before a count or a level
# ("some 40 people"), never before a person's age ("Okafor, some 40," is no age)
# ... the first two of them saying the figure falls just short of it ("nearly 300" for 296)
SHORT_OF_WORDS: tuple[str, ...] = ("nearly", "almost")
ROUGH_WORDS: tuple[str, ...] = (*SHORT_OF_WORDS, "about", "around", "approximately", "roughly")
ROUGH_COUNT_WORDS: tuple[str, ...] = (*ROUGH_WORDS, "some")
# bounds said with a negation ("costing no more than €100,000"), read whole, and the bound each
# one says ("a fine of not less than Sh20 million" is at least Sh20 million)
NEGATED_BOUNDS: dict[str, str] = {
    "no more than": "at most",
    "no less than": "at least",
    "no fewer than": "at least",
    "not more than": "at most",
    "not less than": "at least",
    "not fewer than": "at least",
}
# The one table of bound words: the words that bound a figure from one side, each with the side of
# it the true value lies on ("more than 2 million hectares": at least that; "less than 5": at most),
# "up to" for a ceiling ("up to €6 million in add-ons", "as much as", "at most": the most it may be).
# A figure said with one is no level (measure_charts), a rounder figure said with one restates a
# precise one on its side only (charts.agrees); the plain ones (PLAIN_BOUNDS) are those a chart's
# value text repeats (charts.QUALIFIER_WORDS); all are approximation words (APPROX_WORDS)
PLAIN_BOUNDS: dict[str, str] = {
    **NEGATED_BOUNDS,  # read whole, before "more than"
    "more than": "at least",
    "over": "at least",
    "at least": "at least",
    "less than": "at most",
    "fewer than": "at most",
    "under": "at most",
    "up to": "up to",
}
BOUND_WORDS: dict[str, str] = {
    **PLAIN_BOUNDS,
    # comparatives that bound a figure from one side, as "more than" does ("strength lower than
    # 8.9 ksi", "a yield greater than 5%")
    "higher than": "at least",
    "lower than": "at most",
    "greater than": "at least",
    "upwards of": "at least",
    "in excess of": "at least",
    "above": "at least",
    "below": "at most",
    "just over": "at least",
    "just under": "at most",
    "at most": "up to",
    "as much as": "up to",
    "as many as": "at most",
    # ... and their lower bounds ("a dip of as little as 0.01%", "as few as 12 beds")
    "as little as": "at least",
    "as few as": "at least",
}
# the words that bound a figure as the most it may be, a ceiling ("up to", "no more than")
CEILING_WORDS: tuple[str, ...] = tuple(
    word for word, side in BOUND_WORDS.items() if side == "up to" or NEGATED_BOUNDS.get(word) == "at most"
)
# the words that make a figure near another without bounding it ("close to 40")
NEAR_WORDS: tuple[str, ...] = ("close to",)
APPROX_WORDS: tuple[str, ...] = (
    *BOUND_WORDS,
    *NEAR_WORDS,
    "an estimated",
    "estimated",
    *ROUGH_WORDS,
    "approx.",
    "some",
    "circa",
)

# adverbs that stand between a verb and its figure ("rose just 1.9%", "stood at only 12%")
LIMITING_ADVERBS: frozenset[str] = frozenset("just only merely barely".split())

# --- counted things ---------------------------------------------------------------------------

# (the singulars of nouns that name persons in a compound, "visitor numbers rose to 37,400";
# also "employment" and "unemployment" before a bare number: "manufacturing employment rose by
# 7,450 to 615,200", as labour force surveys count them, persons in work and out of it; and a
# "workforce" or "headcount" that rises or falls to a bare number, its persons; bites treated, as
# disease cases, each a person bitten: "15,130 bites", "312 snakebites"; late-kinds15)
PEOPLE_NOUNS: frozenset[str] = frozenset(
    """
    people persons person individuals individual residents resident civilians civilian children
    child kids women woman men man girls boys refugees refugee migrants migrant returnees returnee
    nationals deportees evacuees immigrants emigrants asylum-seekers seekers soldiers
    soldier troops troop personnel officers officer policemen policeman cops militants militant
    terrorists terrorist insurgents insurgent fighters fighter rebels bombers attackers gunmen
    deaths death dead killed fatalities fatality lives casualties injured injuries injury wounded
    victims victim patients patient students student workers worker employees employee voters
    members leaders officials staff staffers prisoners prisoner detainees suspects suspect
    pilgrims passengers doctors nurses teachers journalists citizens displaced residents
    inhabitants Afghans Pakistanis Indians villagers islanders highlanders lowlanders mainlanders
    tourists visitors protesters demonstrators
    labourers laborers farmers households-members survivors orphans infants adults youths
    teenagers minors recruits cadets commandos guards volunteers delegates participants
    athletes players substitutes fans spectators crowd users applicants candidates
    beneficiaries supporters followers worshippers mourners attendees lawmakers legislators senators
    MPs MNAs MPAs judges lawyers inmates hostages jawans policemen pupils migrants fans borrowers
    taxpayers consumers homeowners cases infections tenants viewers readers seniors retirees pensioners
    filers e-filers non-filers bellringers bell-ringers bites snakebites dog-bites
    admissions hospitalisations hospitalizations
    researchers scientists astronomers engineers batsmen bowlers goalkeepers astronauts crew
    attendance passenger visitor tourist defendant defendants travellers travelers commuters motorists
    pedestrians cyclists shoppers firefighters paramedics medics vets rescuers miners graduates surgeons
    marines sailors guests diners renters shareholders holders fishermen swimmers babies newborns mothers
    fathers veterans carers holidaymakers listeners lecturers professors scholars experts economists
    analysts respondents panellists panelists toddlers offenders criminals robbers thieves burglars
    parents relatives executives managers ministers politicians councillors diplomats monks nuns
    priests strategists bankers traders brokers riders growers couriers bodies arrivals bidders
    buyers population enumerators sons daughters grandchildren grandsons granddaughters grandparents
    siblings brothers sisters nephews nieces cousins aunts uncles wives husbands grandmasters specialists technicians consultants claimants
    plaintiffs rangers mineworkers runners competitors entrants finishers poachers electors electorate
    contestants
    starters hires joiners trainees apprentices interns newcomers
    MSPs MEPs MLAs incumbents nominees independents
    employment unemployment workforce headcount
    investors depositors savers landlords homebuyers expatriates expats
    policyholders policy-holders callers
    devotees believers activists campaigners rioters looters constables physicians dentists
    pharmacists caregivers midwives jurors attorneys prosecutors convicts captives abductees widows
    widowers undergraduates programmers artists musicians actors footballers cricketers golfers
    climbers hikers walkers ramblers divers hunters anglers boaters bodyguards pilots cosmonauts foreigners
    cleaners waiters chefs cooks physios deputies envoys negotiators inspectors tutors referees umpires jockeys
    boxers wrestlers sprinters skaters skiers trekkers tribesmen militiamen strikers marchers
    lifters weightlifters powerlifters rowers gymnasts fencers archers hurdlers canoeists kayakers
    triathletes marathoners surfers
    picketers congressmen accused co-accused accomplices contractors subcontractors
    co-defendants codefendants co-conspirators conspirators colleagues co-workers coworkers
    croupiers gamblers punters bettors truckers grocers
    vendors hawkers stallholders peddlers sellers tellers stevedores thatchers
    racegoers concertgoers festivalgoers churchgoers moviegoers cinemagoers theatregoers
    theatergoers partygoers beachgoers gallerygoers museumgoers
    witnesses sureties guarantors magistrates clerks assessors complainants informants clinicians
    vaccinators smallholders herders pastoralists fishers outgrowers learners ratepayers jobseekers
    servants diggers supervisors foremen overseers mobilisers mobilizers
    owners co-owners landowners householders occupants occupiers earners breadwinners practitioners
    GPs psychiatrists psychologists therapists physiotherapists radiologists anaesthetists
    anesthetists optometrists academics solicitors barristers notaries accountants cashiers
    electricians plumbers carpenters dockers porters caretakers nannies childminders lodgers
    squatters settlers heirs dependants dependents recipients freelancers entrepreneurs landladies
    auditors salesmen saleswomen salespeople shopkeepers merchants mechanics neighbours neighbors
    professionals
    lifeguards coastguards wardens stewards marshals ushers guys blokes lads
    directors presidents founders co-founders editors authors writers singers governors mayors
    photographers designers architects detectives sergeants bishops imams rabbis dancers poets
    novelists filmmakers chairmen chairwomen spokesmen businessmen businesswomen policewomen actresses
    trustees commissioners ombudsmen chancellors vice-presidents treasurers secretaries deans rectors
    headteachers headmasters headmistresses
    observers instructors interpreters translators clients welders attendants assistants escorts
    counsellors counselors actuaries seafarers gendarmes troopers paratroopers conscripts
    commentators fellows dispatchers advisers advisors alumni alumnae
    dropouts drop-outs absconders escapees escapers runaways deserters juveniles
    ambassadors consuls emissaries attachés attaches legates sheriffs coroners prefects councilors
    councilmembers regents cardinals justices emirs sultans sheikhs chieftains chiefs monarchs rulers
    princes princesses
    maids housemaids chauffeurs valets orderlies chaplains vicars masons stonemasons doulas navvies
    cabbies masseurs masseuses waitresses hostesses stewardesses seamstresses glaziers sommeliers
    hoteliers financiers couturiers clothiers furriers fusiliers grenadiers brigadiers bombardiers
    aspirants hopefuls wannabes stowaways fugitives vagrants beggars mercenaries combatants
    ex-combatants POWs IDPs asylees congregants adherents disciples celebrants merrymakers
    newlyweds peasants slaves laureates postdocs matriculants sophomores teens truants caddies
    litigants appellants job-seekers understudies patrons castaways chaperones chaperons
    brides grooms bridegrooms bridesmaids groomsmen
    """.split()
)
# Plural ends that make a word a noun of persons wherever news uses it, so that the table above
# need not list every trade and role: agent ends ("reservists", "technicians", "mountaineers"),
# compounds whose head is a person ("peacekeepers", "dockworkers", "schoolteachers", "outpatients",
# "stretcher-bearers", "firefighters", "servicemen", "townspeople", "festival-goers",
# "schoolchildren", "deckhands", "farmhands", "stagehands", "shepherds", "goatherds",
# "blacksmiths", "shipwrights", "photographers"), and the "-ee" of one a verb is done to
# ("franchisees", "appointees", "licensees"). An end is read only on a word of at least
# PERSON_ENDING_MIN_LENGTH letters ("hands" alone, a horse's height or cards, is no person).
PEOPLE_ENDINGS: tuple[str, ...] = (
    "goers",
    "children",
    "keepers",
    "workers",
    "teachers",
    "patients",
    "bearers",
    "fighters",
    "people",
    "persons",
    "folk",
    "folks",
    "hands",
    "herds",
    "smiths",
    "wrights",
    "graphers",
    "men",
    "ists",
    "ians",
    "eers",
    "ees",
)
PERSON_ENDING_MIN_LENGTH = 5
# Peoples, nations and faiths named in the plural with no end that is_demonym_plural
# (figures/counts.py) reads ("-ans", "-is", "-ese", "-inos", "-ites", a place's "-ers"): after a
# number they count persons ("52,000 Rohingya", "1,200 Britons", "25,000 Scots", "400 Maasai");
# read only as written, capitalised, as the noun after a number. (Not "Poles", "Danes" or "Turks",
# which are also things or places, "Turks and Caicos", "Great Danes"; nor "French" or "Dutch",
# mostly adjectives; nor "Karen", a first name.)
DEMONYM_PLURALS: frozenset[str] = frozenset(
    """
    Britons Brits Scots Finns Swedes Norwegians Icelanders
    Czechs Slovaks Serbs Croats Bosniaks Slovenes Greeks Cypriots Basques Flemings Walloons Roma
    Kurds Arabs Jews Druze Copts Yazidis Uyghurs Uighurs Kazakhs Uzbeks Tajiks Turkmens Kyrgyz
    Tatars Chechens Mongols Tibetans Hazaras Baloch Pashtuns Tamils Sikhs Hindus Muslims Moslems
    Catholics Protestants Mormons Rohingya Kachin Thais Lao Hmong Maasai Masai Samburu
    Turkana Zulus Xhosa Hutus Tutsis Igbo Yoruba Hausa Fulani Tuareg Tuaregs Berbers Amhara Oromo
    Tigrayans Afars Somalis Bedouin Bedouins Inuit Sami Maori Māori Aborigines Kiwis Aussies
    """.split()
)
# participles a counted-people noun phrase may end in ("40 people killed"), which after "the" name
# the persons themselves ("Of the dead, four were under 16")
CASUALTY_PARTICIPLES: frozenset[str] = frozenset("killed injured wounded dead".split())
# What befalls some of a group, said in the clause of a count of people ("treated 311 runners", "two
# firefighters were taken to hospital", "40 passengers were hurt"): those people are a part of a larger
# count of the same people said without such words ("18,500 runners took part", "350 firefighters were
# deployed"), its whole, never their peer on a chart (charts' `affected_wholes`, README rule 6)
AFFECTED_WORDS: tuple[str, ...] = tuple(
    """treated treating treatment hospitalised hospitalized injured injuring hurt wounded wounding
    killed killing died dead missing rescued evacuated arrested detained infected sickened collapsed
    fainted disqualified stranded affected""".split()
) + ("taken to hospital", "admitted to hospital", "in hospital", "fell ill", "needed medical")
# The finalists of a contest: persons, unless the text speaks of teams or clubs ("the eight
# quarter-finalists" of a cup are clubs; those of a darts championship are players)
FINALIST_NOUNS: frozenset[str] = frozenset("finalists semifinalists quarterfinalists".split())
# Words with one of those ends that name no person: units, lines, parts of the body, plants and
# animals, lists of things, and verbs ("800 lumen", "2 radians", "15 meridians", "three
# checklists", "five assists" in a game, "the 12 wrists", "40 reindeers", "100 careers", "two
# forehands", "12 committees", "three guarantees", "the 2027 budget foresees"); finalists
# may be teams or entries as well as persons (FINALIST_NOUNS, decided by the text).
NOT_PERSON_ENDING_WORDS: frozenset[str] = FINALIST_NOUNS | frozenset(
    """
    semen abdomen regimen omen stamen amen yemen hymen dolmen cyclamen rumen lumen albumen bitumen
    acumen specimen germen foramen putamen tegmen cognomen agnomen gravamen cerumen ramen
    radians gradians meridians medians gentians valerians amphibians dalmatians
    wrists twists fists mists assists insists persists consists resists subsists desists exists
    coexists schists
    careers veneers reindeers gazetteers
    backhands forehands shorthands longhands
    committees guarantees dungarees jamborees pedigrees chimpanzees marquees matinees jubilees
    manatees filigrees perigees fricassees banshees frisbees
    foresees oversees
    """.split()
)
# The ends of an agent noun's plural, a doer of a verb ("cutters", "pickers", "sweepers",
# "growers", "monitors", "developers"): persons in one sentence and machines, tools or boats in
# another ("hired 200 fruit pickers" against "bought three cotton pickers"), so the sentence's
# verb decides (figures/counts.py); and the words with such an end that name no doer
AGENT_ENDINGS: tuple[str, ...] = ("ers", "ors")
NOT_AGENT_WORDS: frozenset[str] = frozenset(
    """
    numbers orders quarters headquarters matters waters letters papers corners centers centres
    meters litres liters layers towers rivers flowers powers others offers chambers chapters
    answers borders covers fingers shelters registers diameters parameters barriers tiers
    summers winters colors colours floors doors factors sectors errors mirrors corridors vectors
    tumors motors
    murders disorders cancers ulcers fevers prayers characters banners headers thrillers vouchers
    waivers transfers reminders clusters disasters monsters dinners suppers rumors humors honors
    favors flavors odors terrors horrors liquors manors harbors majors wafers girders litters
    theaters theatres highers homers newspapers wallpapers skyscrapers bestsellers semesters
    trimesters bunkers hamburgers cheeseburgers peppers cucumbers fritters lagers ciders blisters
    cylinders diapers sweaters trousers zippers rafters shutters gutters sewers tweezers scissors
    boulders shoulders inhibitors receptors blockers painkillers vipers roosters alligators
    predators raptors condors pointers three-pointers doubleheaders equalisers equalizers openers
    screamers stunners yorkers sliders sinkers putters splitters stayers chasers retrievers setters
    rottweilers labradors meteors tremors razors incisors visors cursors priors behaviors
    behaviours endeavors endeavours indicators parlors parlours ledgers newsletters biomarkers
    fillers primers blockbusters coasters skewers tweeters charters remainders weathers
    """.split()
)
# Words with an agent's end that name machines, vehicles and vessels, never persons, whatever verb
# takes them ("chartered 40 tankers", "deployed 12 trailers", "installed 50 scanners"): things
# counted (`count`; rules, table 4); so is a vehicle named by its decks or wheels, and a liner ("12
# double-deckers", "40 three-wheelers", "four ocean liners"). Carriers are ships or firms ("two
# carriers", "12 carriers fly the route"), so "mail carriers" are lost to them; no cue of persons is
# read for any of them.
MACHINE_AGENT_WORDS: frozenset[str] = frozenset(
    """
    tankers trailers carriers boosters printers heaters scanners transformers computers ventilators
    sensors excavators bulldozers refrigerators radiators projectors elevators escalators
    processors reactors detectors containers tractors trawlers freighters steamers gliders scooters
    lawnmowers mowers generators compressors conveyors chargers routers servers boilers coolers
    freezers cookers toasters blenders grinders shredders crushers sprinklers dispensers
    extinguishers trackers launchers howitzers thrusters propellers stickers posters markers
    folders binders lockers drawers hangers sneakers slippers burgers crackers gritters
    destroyers cruisers minesweepers icebreakers airliners jetliners tractor-trailers incubators simulators
    calculators converters inverters accelerators amplifiers transmitters
    helicopters copters seiners longliners smelters seeders schooners clippers rovers landers
    orbiters revolvers interceptors semiconductors superconductors transistors capacitors
    resistors microprocessors actuators transponders chillers humidifiers dehumidifiers purifiers
    respirators nebulizers inhalers defibrillators injectors sprayers screwdrivers staplers
    canisters dishwashers choppers blowers balers fryers air-fryers incinerators digesters composters
    bumpers fenders wipers mufflers silencers spoilers dampers absorbers carburetors alternators
    insulators evaporators condensers accumulators separators reflectors deflectors connectors
    adapters adaptors extenders repeaters stimulators vaporizers vaporisers atomizers jammers
    rotors inductors oscillators extractors steamrollers skimmers firecrackers supercomputers
    minicomputers microcomputers hairdryers burners spanners dividers stampers filters hammers ladders
    beakers tumblers deckers wheelers liners conditioners air-conditioners
    """.split()
)
# Persons' nouns that also name combat aircraft ("200 Islamic State fighters" against "114 Rafale
# fighters", "two F-16 fighters", "four B-52 bombers"): aircraft counted (`count`) after an
# aircraft's model, a maker's or model's name (COMBAT_AIRCRAFT_NAMES) or a code with a hyphen and
# digits ("F-16", "Su-30", "JF-17"), or a jet's word (COMBAT_AIRCRAFT_MODIFIERS) in its phrase
AIRCRAFT_PERSON_NOUNS: frozenset[str] = frozenset("fighters fighter bombers bomber".split())
COMBAT_AIRCRAFT_NAMES: frozenset[str] = frozenset(
    """Rafale Rafales Eurofighter Eurofighters Typhoon Typhoons Gripen Gripens Mirage Mirages Tejas
    Sukhoi Sukhois MiG MiGs Tornado Tornados Harrier Harriers Hornet Hornets Raptor Raptors Tomcat
    Tomcats Phantom Phantoms Jaguar Jaguars Flanker Flankers Lockheed Dassault Saab Chengdu Shenyang
    Mitsubishi Northrop Boeing""".split()
)
# The letters that open a combat aircraft's designation, as desks write it glued to its number
# without a hyphen ("24 J20 fighters", "two F16 fighters", "six Su30 fighters", "four B52 bombers"):
# China's J and JF, the US F, FA and B, Russia's Su, MiG and Tu (not "200 M23 fighters", a rebel
# group's name)
COMBAT_AIRCRAFT_PREFIXES: tuple[str, ...] = ("J", "JF", "F", "FA", "B", "Su", "MiG", "Tu")
COMBAT_AIRCRAFT_MODIFIERS: frozenset[str] = frozenset(
    "jet jets stealth supersonic multirole multi-role carrier-based fifth-generation".split()
)
# Agent plurals that name persons in one sentence and firms, machines, tools or boats in another
# ("hired 200 fruit pickers" against "bought three cotton pickers", "300 software developers were
# laid off" against "three developers laid off 300 staff"), and the firms' ends ("carmakers"):
# their clause decides (figures/counts.py). Every other agent plural, not a word of NOT_AGENT_WORDS
# or MACHINE_AGENT_WORDS, names persons ("2,000 refuse collectors", "the 60 scaffolders").
DUAL_AGENT_WORDS: frozenset[str] = frozenset(
    """
    cutters pickers sweepers monitors developers trimmers harvesters loaders operators producers
    manufacturers retailers wholesalers lenders insurers exporters importers providers publishers
    distributors refiners builders broadcasters shippers sponsors partners donors creditors
    speakers trainers drivers counters graders rollers tenders lighters flyers fliers recorders
    washers dryers mixers packers dealers employers brewers distillers advertisers underwriters
    issuers backers lessors bottlers planters spinners feeders drillers dredgers
    tippers dumpers climbers runners jumpers starters readers players diggers lifters
    sellers buyers holders miners growers bidders suppliers vendors contractors subcontractors
    tenderers killers hunters strikers fighters bombers customers subscribers winners losers
    batters pitchers hitters catchers fielders regulators protectors threshers sorters roasters
    bouncers receivers debtors jokers floaters
    """.split()
)
# Doers' plurals of DUAL_AGENT_WORDS that name firms first ("surveyed 412 employers", "200
# manufacturers"): a count of persons joined to them in a list does not make them persons ("answers
# from 11,600 academics and 4,200 employers"; late-kinds12), a person's verb or hiring still does
FIRM_AGENT_WORDS: frozenset[str] = frozenset(
    """employers manufacturers retailers wholesalers lenders insurers exporters importers providers
    publishers distributors refiners broadcasters shippers underwriters issuers lessors bottlers
    advertisers""".split()
)
# ... and the ends of words that are no doer's or are decided elsewhere: "turnovers", "takeovers";
# "careers", "steers" (a person's "-eers" is a person's end, PEOPLE_ENDINGS); "piers", "barriers",
# "carriers"
DUAL_AGENT_ENDINGS: tuple[str, ...] = ("makers", "owners", "overs", "eers", "iers")
# Nouns of an occupation or role with no agent's end that also name things ("coaches" are buses,
# "guides" booklets, "scouts" searches, "agents" substances or firms): read as an agent noun's plural, so the sentence decides
# (a hiring verb, a person's modifier: "employs 16 full-time coaches", "75 volunteer guides").
ROLE_AGENT_NOUNS: frozenset[str] = frozenset("coaches guides scouts agents".split())
# Those of them that are also vehicles, which are hired as persons are: a hiring verb before the
# number is no cue of persons for them ("hired 40 coaches to take fans to the final"), a person's
# modifier or a verb of employing still is ("employs 16 full-time coaches").
HIRED_VEHICLE_NOUNS: frozenset[str] = frozenset(("coaches",))
HIRE_VERBS: frozenset[str] = frozenset("hire hires hired hiring".split())  # (also PEOPLE_VERBS)
# Persons those vehicles carry: a list joining them to one of those nouns ("3,000 passengers and 40
# coaches a day") counts vehicles, where a list of other persons makes it persons ("48 athletes and
# 12 coaches", "26 coaches and officials")
RIDER_NOUNS: frozenset[str] = frozenset(
    """passengers commuters travellers travelers tourists visitors fans supporters pilgrims
    holidaymakers pupils schoolchildren""".split()
)
# Nouns kept in their plural as the modifier of the noun after them ("120 claims handlers", "40
# customs officers", "20 weapons inspectors", "12 sales assistants", "140 corrections officers"):
# that noun is the head.
PLURAL_MODIFIER_NOUNS: frozenset[str] = frozenset(
    """claims sales customs arms weapons sports systems operations communications admissions
    benefits lettings drugs news corrections""".split()
) | frozenset(
    # ... and the subjects taught or studied whose name ends in -ics, capitalised or not ("350
    # Mathematics and Science teachers", "40 economics graduates"): never counted themselves
    """mathematics maths physics economics politics statistics electronics genetics linguistics
    ethics robotics informatics""".split()
)
# Verbs only persons do, read after an agent noun's plural ("6,000 grape harvesters migrated", "the
# tappers went on strike"; not the verbs firms share with persons, as "said", "earn", "refused",
# "joined", since "carriers", "lenders" and "developers" may be firms; a participle of what is done to persons after
# "were" or "been", "sweepers were laid off", AGENT_PERSON_PARTICIPLES), or before its
# number as a verb of taking persons on (vocab.PEOPLE_VERBS: "hired 220 street sweepers"): the
# agent nouns there are persons
AGENT_PERSON_VERBS: frozenset[str] = frozenset(
    """
    migrated migrate migrates marched march protested protest protests gathered fled queued waited
    died escaped live lives lived travelled traveled
    """.split()
)
AGENT_PERSON_PHRASES: tuple[str, ...] = (
    "walked out",
    "walk out",
    "walked off the job",
    "went on strike",
    "gone on strike",
    "go on strike",
    "going on strike",
    "on strike",
    "lost their jobs",
    "lost their lives",
    "lost their homes",
    "lost their livelihoods",
    # persons on a rota or a payroll, or working for someone ("14 fitters on duty", "300 welders
    # employed at the yard", "40 packers working for the supplier", "were made redundant")
    "on duty",
    "on call",
    "on shift",
    "on staff",
    "on the payroll",
    "on its payroll",
    "on their payroll",
    "employed by",
    "employed at",
    "employed in",
    "employed on",
    "working for",
    "work for",
    "worked for",
    "made redundant",
)
# who persons are, or how they are engaged, before a doer's noun in its phrase ("400 women
# pickers", "migrant cutters", "75 volunteer guides", "16 full-time coaches", "seasonal packers"),
# or the persons' work that no machine or firm does ("45 election monitors", "ceasefire monitors",
# "2,300 call-centre agents", "border agents"), or a machine a person works at ("plow operators",
# "crane operators", "forklift drivers": late-lists10); a vehicle is in VEHICLE_MODIFIERS
AGENT_PERSON_MODIFIERS: frozenset[str] = frozenset(
    """women men children child girl girls boy boys migrant migrants refugee female male teenage
    volunteer full-time part-time seasonal freelance trainee apprentice unpaid casual
    election poll polling ceasefire truce call-centre call-center customer-service border customs
    undercover switchboard
    specialist skilled master expert trained qualified native fluent individual""".split()
)  # (late-kinds13: "30 specialist bark harvesters", "1,500 new fluent speakers", "native speakers";
# late-kinds14: "1,486 individual donors", persons where institutions also give or hold)
# a machine before a doer's noun names persons only before the nouns of those who work it ("crane
# operators", "forklift drivers"); "backhoe loaders" and "crane lifters" are machines (late-kinds12)
MACHINE_MODIFIERS: frozenset[str] = frozenset(
    "plow plough snowplow snowplough crane forklift excavator bulldozer backhoe digger".split()
)
MACHINE_CREW_NOUNS: frozenset[str] = frozenset("operators drivers crews hands".split())
# a vehicle before a doer's noun names persons only before the job nouns of those who drive or
# crew it ("bus drivers", "tram conductors"); "bus operators" and "truck makers" are firms (tidy36)
VEHICLE_MODIFIERS: frozenset[str] = frozenset("bus taxi cab lorry truck tram coach minibus".split())
VEHICLE_CREW_NOUNS: frozenset[str] = frozenset(
    "drivers conductors guards attendants crews crewmen chauffeurs motormen".split()
)
# Verbs before a number whose object is persons when it is an agent noun's plural, beyond the
# hiring verbs of PEOPLE_VERBS ("sacked 14 stewards", "appointed 20 assessors", "furloughed 300
# packers", "shed 40 traders"), or drawing them as a crowd ("the festival drew 120,000 revellers");
# a bare number after them is not read as persons. Not "deployed", "dispatched" or "stationed": their objects
# are as often equipment, vessels and aircraft ("deploy 1,100 water sprinklers", "deployed 12
# bombers").
AGENT_TAKING_VERBS: frozenset[str] = frozenset(
    """sacked sack sacks sacking dismissed dismisses dismissing appointed appoint appoints
    appointing furloughed furlough furloughs shed sheds shedding drew draws drawing""".split()
)
# Verbs before a number whose object is goods, bought, made, sold or fitted ("bought 12
# hedge-trimmers", "ordered 12 new street sweepers", "installed 40 heart monitors"): an agent plural
# after one is things (`count`) unless its own clause says persons
THING_TAKING_VERBS: frozenset[str] = frozenset(
    """bought buy buys buying purchased purchase purchases ordered order orders installed install
    installs sold sell sells leased lease imported import imports exported export exports shipped
    ship manufactured manufacture manufactures built build builds produced produce produces
    delivered deliver supplied supply procured procure donated fitted assembled stocks stocked
    rented""".split()
)
AGENT_PERSON_PARTICIPLES: frozenset[str] = frozenset(
    "trapped evicted arrested injured hurt killed hired employed rescued trained recruited laid "
    "deported detained displaced sacked dismissed appointed furloughed".split()
)

# Coins a collector's or an auction's copy dates by the year struck before the coin's name ("a
# 1719 copper daler", "a 1534 Gustav Vasa mark", "a 1652 silver thaler"): the year, not a count
# (figures/dates.py; late-kinds11). "mark" only with a word between ("a 1000 mark note" is money).
DATED_COIN_NOUNS: frozenset[str] = frozenset(
    """coin penny thaler taler daler ducat florin shilling groat guinea sovereign doubloon farthing
    halfpenny denarius solidus stater drachm dirham dinar mark""".split()
)

# Irregular past tenses of verbs that people do ("Some 2,000 fled", "About 700 sought shelter",
# "Nearly 300 went home"): the bare number before one as a sentence's subject stands for people or
# things the sentence before named; one before a comparative object leads a report ("lent more to
# farmers in May": phrases.RE_COMPARATIVE_LEAD)
IRREGULAR_PAST_VERBS: frozenset[str] = frozenset(
    """fled sought went came left took made fought ran got found gave kept stood held lost met paid
    sent spent won began became brought built bought caught fell felt grew heard hid knew led rode
    rose sat slept spoke swam taught told threw woke wore wrote drove flew chose broke stole dug
    sold saw hit struck upheld lent dealt drew fed froze hung laid shook shot spun sprang stuck swore
    swung tore underwent withdrew overtook oversaw undertook forgave bore drank ate sang leapt sped
    withstood outsold""".split()
)
# past verbs of holding a level ("employed 1,200 nurses in 2019", "had 600 workers in 2010"): a count
# after one is a level held, no report's count of what was done in a period (phrases.is_count_report)
HOLDING_PAST_VERBS: frozenset[str] = frozenset(
    "had held employed housed kept owned numbered contained hosted stocked maintained operated ran".split()
)
# The words of a fraction's denominator ("two thirds of", "a fifth of"): a part of what follows
# them, no count of their own.
FRACTION_WORDS: tuple[str, ...] = (
    "half",
    "halves",
    "third",
    "thirds",
    "quarter",
    "quarters",
    "fourth",
    "fourths",
    "fifth",
    "fifths",
    "sixth",
    "sixths",
    "seventh",
    "sevenths",
    "eighth",
    "eighths",
    "ninth",
    "ninths",
    "tenth",
    "tenths",
    "hundredth",
    "hundredths",
)
# People named by the year they finish, start or enter something: a year before them names their
# cohort ("2025 graduates", "2026 school leavers"), not their number
COHORT_NOUNS: frozenset[str] = frozenset(
    "graduates grads leavers school-leavers freshmen entrants recruits draftees rookies matriculants".split()
)
# Singular nouns naming one person by an office only a grown-up holds: after an opening "At 9," a
# child's age cannot be theirs, so the number is the hour ("At 9, the minister arrived"; "At 9, she
# was sent to boarding school" is an age)
OFFICE_HOLDER_NOUNS: frozenset[str] = frozenset(
    """mayor president minister premier chancellor governor senator congressman congresswoman lawmaker
    judge magistrate prosecutor ambassador envoy consul commissioner chairman chairwoman general colonel
    admiral sheriff archbishop""".split()
)
# Singular nouns naming one person by role, trade or relation: "the mayor, 54,", "a farmer, 61,"
# is an age in apposition (rules, table 4), like "Ms Diaz, 52,"; court copy's parties and officers
# too ("his co-accused, 39,", "the complainant, 24,", "the magistrate, 58,"), and the titles of
# diplomats, officials, officers and rulers ("the envoy, 67,", "the foreign secretary, 49,", "the
# general, 58,", "the emir, 44,").
PERSON_NOUNS: frozenset[str] = frozenset(
    """
    mayor president minister premier chancellor chairman chairwoman chair director executive
    founder owner driver pilot captain coach manager teacher doctor nurse officer soldier victim
    suspect actor actress singer writer author artist player striker goalkeeper midfielder defender
    winger batsman bowler boxer runner cyclist swimmer farmer worker mother father son daughter
    wife husband grandmother grandfather boy girl student pupil pensioner resident landlord tenant
    shopkeeper businessman businesswoman banker lawyer judge senator governor councillor lawmaker
    candidate leader spokesman spokeswoman spokesperson chief editor journalist photographer
    engineer scientist researcher professor lecturer mechanic labourer fisherman cleaner waiter
    chef musician poet novelist filmmaker designer architect surgeon paramedic firefighter
    policeman policewoman constable detective sergeant prisoner inmate defendant claimant
    plaintiff witness survivor widow widower veteran volunteer activist campaigner protester
    priest bishop imam rabbi nun monk entrepreneur investor trader broker accountant consultant
    athlete weightlifter sprinter gymnast skier climber jockey golfer wrestler fencer rower skater
    snowboarder marathoner thrower diver surfer sailor dancer rapper
    accused complainant appellant respondent convict detainee magistrate
    envoy ambassador diplomat consul emissary delegate official secretary aide deputy general
    colonel admiral lieutenant brigadier commandant marshal king queen prince princess emir sheikh
    sultan monarch
    bride groom bridegroom bridesmaid
    """.split()
)
# Abbreviations of a scale and a counted noun that news uses undefined: "20 mppa" is 20 million
# passengers per annum (an airport's capacity or traffic), as when defined in brackets.
SCALED_COUNT_ABBREVIATIONS: dict[str, tuple[str, str]] = {
    "mppa": ("million", "passengers"),  # million passengers per annum
    "MPPA": ("million", "passengers"),
    "mppy": ("million", "passengers"),  # million passengers per year
}
# The forms of "lose": a percent after them is a change or a share lost, an amount after them a sum
# lost ("The firm lost $5 million"), a margin after them a losing margin.
LOSE_VERBS: frozenset[str] = frozenset(("lose", "loses", "losing", "lost"))
# Plural nouns a glued "m" of metres may stand before, as a length, height or race distance ("the
# 400m hurdles", "10m waves", "30m trees", "the 200m heats"): before any other plural noun a whole
# number with "m" glued counts millions, as British copy writes it ("4m customers", "30m shares").
METRE_SIZED_NOUNS: frozenset[str] = frozenset(
    """hurdles steeplechases relays freestyles backstrokes breaststrokes butterflies medleys sprints
    races finals heats events laps lengths runs swims dashes dives jumps throws drops falls climbs
    waves swells tides surges cliffs walls towers masts poles trees turbines blades pools platforms
    springboards boards yachts boats vessels ships ferries trawlers tunnels bridges shafts wells
    pipes cables ropes nets fences dunes banks hills peaks depths heights metres stakes canes
    cordons zones perimeters trenches ditches moats hedges ladders statues sculptures
    classes summits waterfalls cascades passes ridges craters""".split()
)
# Parts of a business or a group whose own figure a sentence states ("The dairy division grew
# revenue by 7%": the division's revenue, not the group's; fixwalk36-c).
BUSINESS_PART_NOUNS: frozenset[str] = frozenset(
    """division divisions unit units arm arms business businesses segment segments subsidiary
    subsidiaries branch branches""".split()
)
# Single sites of an organisation's or a country's output ("the Mongstad refinery emitted", "its
# Bluebird mine produced"): a measurement said of one is a part of the holder's total (charts38b).
SITE_NOUNS: frozenset[str] = frozenset(
    """plant plants station stations site sites mine mines refinery refineries factory factories
    mill mills smelter smelters field fields facility facilities works depot depots terminal
    terminals farm farms well wells""".split()
)
# "a father of three", "a mother of two": the children counted are people (grandchildren after
# "grand-")
PARENT_NOUNS: frozenset[str] = frozenset(
    "father mother parent parents grandfather grandmother grandparents".split()
)
# A group of animals or young "of N" ("a litter of four", "a flock of 30", "a herd of 40"): the
# animals counted (things, `count`, not people).
ANIMAL_GROUP_NOUNS: frozenset[str] = frozenset(
    "litter litters herd herds flock flocks pack packs pod pods pride prides troop".split()
)
# Groups whose members are people: "a team of 12", "a crew of five", "a table of 10" (diners): a
# bare number after "a <group> of" counts people (rules, table 4).
# the level of a crew or a staff, said with or without a determiner ("a minimum crewing of three",
# "Minimum staffing of two per ward"; late-carry8)
CREW_LEVEL_NOUNS: frozenset[str] = frozenset(("crewing", "staffing", "manning"))
PEOPLE_GROUP_NOUNS: frozenset[str] = CREW_LEVEL_NOUNS | frozenset(
    """team teams crew crews squad squads workforce delegation delegations panel committee family
    party gang cast jury class choir choirs chorus choruses orchestra orchestras ensemble ensembles
    table contingent entourage troupe platoon posse group army armies force forces battalion
    battalions brigade regiment militia audience congregation diaspora diasporas community
    electorate membership household""".split()
)
# Of those groups, the bodies whose members hold seats: "a nine-member committee", "the five-member
# panel", "the 13-member Senate" count the body's seats (`count`; rules, table 4, a number inside
# a compound adjective counts its noun; p02, p115, p165, p324, p555), while "N-member" before any
# other group of people counts persons ("the 164-member delegation", "a 40-member squad"; p625).
SEATED_BODY_NOUNS: frozenset[str] = frozenset(
    """committee committees panel panels board boards council councils senate senates commission
    commissions cabinet cabinets jury juries chamber
    chambers house houses legislature legislatures tribunal tribunals bench court courts congress
    executive""".split()
)
# ... but a parliament's members are its elected persons: "Tokelau's 20-member parliament", "the
# 349-member National Assembly" count persons (`people`, p731)
PARLIAMENT_NOUNS: frozenset[str] = frozenset("parliament parliaments assembly assemblies".split())
# Venues whose seats are the people they hold: "the 18,000-seat stadium", "a 450-seat theatre"
# count persons (a venue's capacity is people, p45, p391, p454, p624), where "a 200-seat chamber"
# counts seats (rules, table 4) and "a 120-bed hospital" beds.
VENUE_NOUNS: frozenset[str] = frozenset(
    """stadium stadiums stadia arena arenas theatre theatres theater theaters auditorium auditoriums
    hall halls venue venues ground grounds cinema cinemas amphitheatre amphitheater ballpark bowl
    coliseum colosseum velodrome gymnasium pavilion dome playhouse opera church cathedral mosque
    temple chapel racecourse stand stands""".split()
)
# Animals a "population" may be of ("the rhino population stands at 2,318"): things counted, not
# people (rules, table 4); singular, as they stand before "population". (Those whose plural has an
# agent noun's end, "tigers", "lobsters", "retrievers", are no doers: figures/words.py.)
ANIMAL_NOUNS: frozenset[str] = frozenset(
    """
    animal wildlife elephant rhino rhinoceros lion tiger leopard cheetah jaguar wolf bear
    panda gorilla chimpanzee orangutan monkey giraffe zebra buffalo bison antelope deer elk moose
    kangaroo koala camel horse donkey cattle sheep goat pig bird eagle vulture owl penguin parrot
    fish salmon cod tuna shark whale dolphin seal turtle tortoise crocodile frog bee butterfly bat
    rat mouse hippo hippopotamus pangolin otter fox boar rabbit dog cat
    panther beaver lobster oyster hamster spider adder heifer steer woodpecker warbler grasshopper
    calf calves lamb cow bull bullock ewe ram weaner
    retriever setter terrier pointer grouper flounder snapper hopper
    scoter eider merganser plover dipper treecreeper flycatcher oystercatcher kingfisher alligator
    shearwater honeyeater sapsucker nutcracker
    kitten puppy puppies foal cockatoo
    """.split()
)  # (late-kinds14: the young of pets and stock, "Kittens under six months", and a cage bird)
# Fish (and shellfish) that fishing reports count and weigh with a plural written as the singular
# ("boated two mahimahi", "four wahoo", "a yellowfin of 52 pounds", "72 conch per hectare"): things
# counted (`count`), never the crew.
CATCH_SPECIES: frozenset[str] = frozenset(
    """
    mahimahi mahi-mahi wahoo yellowfin bluefin skipjack albacore tuna marlin sailfish swordfish
    bonefish tarpon snook halibut cod haddock pollock salmon trout pike carp walleye mackerel
    kingfish amberjack onaga trevally barracuda dorado grouper snapper catfish sturgeon muskie
    conch
    """.split()
)
# Wild and game animals that wildlife counts and zoo copy write in the plural as the singular
# ("2,305 zebra", "26 sand gazelle", "41 Arabian oryx", "300 wildebeest"): things counted (rules,
# table 4: `count`), never the persons named before them ("arrivals include 41 Arabian oryx").
WILDLIFE_PLURALS: frozenset[str] = frozenset(
    """
    oryx gazelle zebra buffalo antelope wildebeest impala eland kudu springbok gemsbok hartebeest
    topi waterbuck bushbuck duiker ibex bison elk moose caribou reindeer giraffe elephant rhino hippo
    """.split()
)
# Plurals written without an "s": a count's noun all the same ("142 aircraft", "300 sheep"; a
# cryptocurrency's coins, "a ransom of 40 bitcoin"; the fish of CATCH_SPECIES and the beasts of
# WILDLIFE_PLURALS; the plots of land Namibian and South African copy counts in the Afrikaans
# plural, "1 120 serviced erven").
UNINFLECTED_PLURALS: frozenset[str] = (
    frozenset(
        "aircraft spacecraft hovercraft watercraft sheep cattle deer fish livestock offspring poultry bitcoin "
        "erven".split()
    )
    | CATCH_SPECIES
    | WILDLIFE_PLURALS
)
# Plural nouns abbreviated under four letters, a count's noun all the same: a league table's
# points ("Rangers 31 pts", "on 28 pts"), not the persons named before them.
ABBREVIATED_PLURALS: frozenset[str] = frozenset(("pts",))
# Nouns that name an audience, a number of people, in the clause of a bare number ("television
# viewing peaked at 8.2 million", "attendance at the fair reached 61,500"); not counted nouns after a number ("3
# viewing platforms"); a crowd, also in the plural ("crowds were estimated at 35,000").
AUDIENCE_NOUNS: frozenset[str] = frozenset(
    "audience audiences viewing viewership readership ridership attendance attendances footfall crowds".split()
) | frozenset(
    # ... and a body's members or a school's students counted as one ("Membership of the cooperative
    # climbed to 12,750", "Enrolment at the polytechnic has swelled to 7,820"), and a church's or a
    # mosque's worshippers ("Sunday congregations fell to about 61,000")
    "membership enrolment enrolments enrollment enrollments congregation congregations".split()
)
# Roles that public-health and development copy gives people of a community after "community"
# ("1,200 community distributors", "80 community relays", "community-based promoters"): persons
# (rules, table 4); alone they may be firms ("two fuel distributors", "the project's promoters").
COMMUNITY_WORDS: frozenset[str] = frozenset(("community", "community-based"))
COMMUNITY_ROLE_NOUNS: frozenset[str] = frozenset(
    "distributors relays promoters animators facilitators educators agents".split()
)
# Producers that the word before them makes farmers ("35,000 member producers" of a growers'
# federation, "4,000 smallholder producers", "family producers"): persons (rules, table 4); alone
# "producers" may be firms or countries ("the two largest oil producers"); the nouns are
# FARM_PRODUCER_NOUNS below
FARMER_WORDS: frozenset[str] = frozenset("member smallholder small-scale family village rural".split())
# "Producers" of a farm text counted in thousands are farmers, persons ("some 280,000 producers
# deliver seed cotton", "11,000 cocoa producers in the cooperative"); a few producers, or producers
# in other copy, are firms or countries ("the two largest cocoa producers", "40 oil producers"):
# the words that make a text a farm text, read near the count, and the least count that is farmers
FARM_PRODUCER_NOUNS: frozenset[str] = frozenset(("producers",))
FARM_WORDS: tuple[str, ...] = (
    "farmer",
    "farm-gate",
    "farmgate",
    "harvest",
    "hectare",
    "smallholder",
    "growers",
    "cotton",
    "cocoa",
    "coffee",
    "cashew",
    "maize",
    "cooperative",
    "co-operative",
    "livestock",
    "dairy",
    "crop",
)
FARM_PRODUCERS_AT_LEAST = 1_000
# What "heads of" lead when the heads are persons ("12 heads of state", "40 heads of department",
# "heads of household"): people; "5,000 head of cattle" and "heads of lettuce" are things counted
# (rules, table 4).
HEAD_OF_OFFICES: frozenset[str] = frozenset(
    """state states government governments department departments mission missions agency agencies
    school schools household households delegation delegations division divisions service services
    family families""".split()
)
# Nouns that count people unless "of", "behind" or "for" follows them ("2.3 million registered
# drivers", "two sources familiar with the talks"; "three drivers of growth", "two sources of revenue").
# the words a rate's base may name people by: one base ("per 1,000 residents" = "per 1,000 people";
# measure_charts.rate_key)
PEOPLE_BASES: frozenset[str] = frozenset(
    "people persons person population inhabitants inhabitant residents resident citizens".split()
)
PEOPLE_NOUNS_UNLESS_OF: frozenset[str] = frozenset("drivers sources driver source".split())
# ... and the modifiers that make "sources" things, not informants ("1.4 million radio sources",
# "two heat sources", "three water sources")
THING_SOURCE_MODIFIERS: frozenset[str] = frozenset(
    "radio light energy power water heat x-ray gamma-ray infrared ignition food income revenue".split()
)
# Nouns that count persons right after a number ("300 police will patrol", "2,000 riot police")
# but mostly modify the noun of a clause elsewhere ("Police figures showed", "police stations"):
# persons only as the noun a number counts, or as the head of a sentence's opening noun phrase
PEOPLE_NOUNS_AFTER_NUMBER: frozenset[str] = frozenset(("police",))
# Plural nouns of a group that speaks for itself with no person's end or entry in PEOPLE_NOUNS:
# ", police said", ", authorities said", "sources told" credit the group (attribution.py, which
# reads the other plural nouns of persons by PEOPLE_NOUNS and the ends of a person's noun)
SPEAKER_GROUP_NOUNS: frozenset[str] = frozenset("police authorities sources insiders".split())
# The last word of a source that is a body, not a person ("the Treasury", "the health ministry"):
# "he" or "she" never resolves to such a source (attribution.py, pronoun carry-over)
INSTITUTION_NOUNS: frozenset[str] = frozenset(
    "ministry department treasury agency government company bank council office commission authority "
    "court board union party group institute organisation organization service bureau firm corporation "
    "report statement survey study data figures police regulator tribunal committee parliament".split()
)
# Words that say what data are, not whose ("Official data show", "The latest figures showed",
# "Preliminary figures suggest"): no source of the data (attribution.data_source)
DATA_ADJECTIVES: frozenset[str] = frozenset(
    """
    official new latest preliminary provisional recent separate further other fresh early final
    monthly annual quarterly weekly daily such government's
    """.split()  # "its", "these", "that": FUNCTION_WORDS, which data_source tests beside these
)
# Verbs of expecting: a group of persons as their subject ("Analysts expect ...", ", economists
# forecast ...") is credited with the figure, as a speaker of SPEECH_VERBS is (attribution.py)
EXPECT_VERBS: tuple[str, ...] = tuple(
    """
    expect expects expected forecast forecasts predict predicts predicted estimate project projects
    projected anticipate anticipates anticipated
    """.split()
)
# Contractors named by their place in a building project ("two main contractors quit the
# project", "two principal contractors"): firms, counted things (`count`), where "300 contractors
# were laid off" counts the workers (`people`)
FIRM_CONTRACTOR_MODIFIERS: frozenset[str] = frozenset("main principal prime lead general".split())
# Advisers named by a firm's trade ("two proxy advisers urged a vote against", "proxy advisors ISS
# and Glass Lewis"): advisory firms, counted things (`count`; late-kinds14)
FIRM_ADVISER_MODIFIERS: frozenset[str] = frozenset(("proxy", "proxy-voting"))
ADVISER_NOUNS: frozenset[str] = frozenset("adviser advisers advisor advisors".split())
# Users and consumers of a utility named by their trade ("cut off 64 large industrial users", "12
# commercial consumers of gas"): firms, utility accounts counted (`count`, as utility customers are,
# rules table 4), where "2 million users" of an app are persons (late-kinds15)
FIRM_USER_MODIFIERS: frozenset[str] = frozenset("industrial commercial business non-domestic".split())
FIRM_USER_NOUNS: frozenset[str] = frozenset("user users consumer consumers".split())
# Trades whose plural names their shops as well as their persons ("the state's 1,140 retail
# chemists", "400 independent grocers"): with a word of the retail trade right before them, the
# shops, counted things (`count`; late-kinds11); without one the sentence's rules decide
SHOP_TRADE_PLURALS: frozenset[str] = frozenset(
    """chemists grocers greengrocers newsagents butchers bakers florists jewellers jewelers opticians
    stationers tobacconists ironmongers fishmongers drapers druggists""".split()
)
SHOP_MODIFIERS: frozenset[str] = frozenset("retail wholesale high-street independent dispensing".split())
# Participles after the whole of a span, "out of N <participle>", that say the span was set aside
# for the work ("5.2 hours a day out of 8 scheduled", "22 weeks out of 36 planned"): the whole is a
# span in the part's unit (figures/durations.py)
SCHEDULED_SPAN_WORDS: frozenset[str] = frozenset(
    """scheduled planned allotted allocated available timetabled contracted budgeted booked rostered
    expected required""".split()
)
# Trades that are firms where the sentence buys from them or pays them ("K2.3 billion paid to 46
# suppliers", "the tender drew 14 bidders", "paid 27 contractors for roads never built"): counted
# things (`count`); the same words stay persons with no purchase in the sentence ("350 contractors
# were laid off", "three bidders chased the vase") or a market's or the street's word before them
# ("1,200 street vendors", "412 registered vendors")
FIRM_TRADE_NOUNS: frozenset[str] = frozenset(
    """suppliers supplier contractors contractor subcontractors subcontractor vendors vendor bidders
    bidder tenderers tenderer""".split()
)
FIRM_TRADE_PERSON_MODIFIERS: frozenset[str] = frozenset(
    "street market roadside sidewalk pavement informal produce food fruit registered licensed unlicensed".split()
)
# Offences and courts: "cases of" one of these, or cases one of these names in their clause, are
# offences or lawsuits counted (`count`), not patients ("96 cases of cable theft", "12 fraud
# cases", "poaching fell to 63 cases", "1,200 court cases", "judges heard 900 cases"; the legal
# matters of a claim or a hearing: "the backlog of asylum cases stood at 86,460"); disease
# cases stay people (rules,
# table 4).
# Courts and their officers: cases sent to or brought before one of these in the clause right
# after "cases" are lawsuits or prosecutions ("90 cases it sent to the courts")
COURT_NOUNS: frozenset[str] = frozenset(
    "court courts judge judges magistrate magistrates tribunal tribunals prosecutor prosecutors jury juries".split()
)
# Words of health copy: a text that names a court twice and none of these is court copy, whose
# "cases" are lawsuits or prosecutions counted (`count`: "the court's 3,900 active cases", "1,300
# cases were withdrawn"); with one of these a text's cases stay patients (rules, table 4)
HEALTH_COPY_WORDS: frozenset[str] = frozenset(
    """
    disease diseases virus viruses viral infection infections infected infectious outbreak outbreaks
    epidemic pandemic patient patients hospital hospitals hospitalised hospitalized vaccine vaccines
    vaccination vaccinated symptoms flu influenza covid measles cholera dengue malaria mpox tuberculosis
    positive clinic clinics health
    """.split()
)
OFFENCE_NOUNS: frozenset[str] = (
    frozenset(
        """
    theft thefts fraud frauds burglary burglaries robbery robberies vandalism shoplifting bribery
    corruption embezzlement forgery arson smuggling trafficking plagiarism cheating misconduct
    crime crimes offence offences offense offenses poaching murder murders rape kidnapping kidnappings extortion scam scams cybercrime
    criminal civil lawsuit lawsuits pending proceedings prosecution prosecutions indictment indictments
    police policemen
    asylum immigration deportation extradition custody divorce insolvency bankruptcy
    """.split()
    )
    | COURT_NOUNS
)
# Participles of a court's work right after "cases" ("640 cases heard", "212 cases filed"): the
# cases are lawsuits or prosecutions counted (`count`), as after OFFENCE_NOUNS; and the verbs of an
# inquiry's files, which no patient is ("the regulator closed 57 cases", "cases investigated")
COURT_PARTICIPLES: frozenset[str] = frozenset(
    """heard tried filed prosecuted adjudicated dismissed settled lodged appealed disposed concluded decided
    adjourned closed reopened investigated probed""".split()
)
# Words after "cases pending" that make them disease cases awaiting a test ("12 cases pending
# confirmation"), not a court's cases waiting to be heard ("3,815 cases pending in the courts")
PENDING_TEST_WORDS: frozenset[str] = frozenset(
    "confirmation test tests testing results laboratory lab".split()
)
ATTACK_NOUNS: frozenset[str] = frozenset(
    """
    attacks attack incidents incident bombings bombing blasts blast explosions explosion
    assaults assault ambushes ambush airstrikes strikes shootings attacks. incursions
    """.split()
)
# Verbs before a bare number that say the number counts people ("injured 463").
# Groups whose members are countries, not people ("eight members of OPEC+", "members of the bloc").
COUNTRY_BLOCS: tuple[str, ...] = (
    "OPEC+",
    "OPEC",
    "NATO",
    "EU",
    "European Union",
    "ASEAN",
    "BRICS",
    "G7",
    "G20",
    "UN",
    "United Nations",
    "WTO",
    "OECD",
    "Mercosur",
    "African Union",
    "bloc",
    "cartel",
    "alliance",
)

# Plural nouns that, inside an institution's name, say what its members are: institutions, not
# persons ("Universities UK ... 72 of its 141 members", "the Association of Southeast Asian
# Nations' 10 members"); compared as written, capitalised, as a name writes them.
MEMBER_INSTITUTION_NAMES: frozenset[str] = frozenset(
    """Universities Colleges Schools Nations States Countries Councils Clubs Banks Companies Firms
    Airlines Hospitals Cities Municipalities Churches Insurers Manufacturers Exporters Producers
    Retailers Employers Federations Leagues Associations Chambers""".split()
)

# The kinds of vessel shipping copy names a ship by, in lower case before or after its name ("the
# tanker Nord Star 3", "Dokmaat 12 (Curaçao), heavy-lift barge"): a number ending the name is the
# name's, no count (rules, table 8: digits inside names)
VESSEL_NOUNS: frozenset[str] = frozenset(
    """ship vessel tanker ferry barge tug tugboat trawler freighter carrier coaster feeder reefer liner
    icebreaker yacht bulker boat catamaran dredger cutter frigate corvette destroyer submarine schooner
    dhow containership cargo""".split()
)
# The prefixes written before a ship's name ("the inter-atoll ferry, MV Mataliki 2", "HMS Example
# 3", "the research vessel RV Tara 2"): motor vessel, motor ship, motor tanker, research and fishing
# vessel, steamship and the navies' prefixes; a number ending that name is the name's
VESSEL_PREFIXES: frozenset[str] = frozenset(
    "MV M/V MS M/S MT M/T RV FV SS HMS USS INS HMAS HMCS HMNZS KRI".split()
)
# (Verbs before a bare number, continued: hiring verbs take people as their object, "to hire
# 1,500 more", "will recruit 300 in the spring"; and the present tense headlines write them in,
# "Typhoon Displaces 30,000", "Floods Kill 14", "Police Arrest 23".)
# Verbs of a vessel, aircraft or vehicle before a bare number with no noun after it ("The ferry was
# carrying 212 when it capsized"): the persons on board (rules, table 4: capacities of people)
CARRY_VERBS: frozenset[str] = frozenset("carry carries carrying carried".split())
PEOPLE_VERBS: frozenset[str] = (
    frozenset(
        """
    kill killed killing kills injured injuring injures wounded wounding arrested arresting detained
    displaced evacuated rescued deported repatriated employed dead
    injure displace displaces evacuate evacuates detain detains deport deports arrest arrests rescue rescues
    employ employs employing recruit recruited recruiting
    infected infecting infects sickened vaccinated vaccinating surveyed polled interviewed trained
    kidnapped abducted evicted attracted hospitalised hospitalized
    """.split()
    )
    | HIRE_VERBS
)

# Verbs in the present that headlines write before the count of their object, a thing bought, sold,
# built or withdrawn ("Ryanair Orders 150 Boeing Jets", "Tesla Recalls 2 Million Vehicles", "Delta
# Buys 40 Airbus Planes"): in a headline-style line the number after them counts, as it does after
# the verb in prose; it is no name's number ("Radio 4", "Windows 11").
HEADLINE_OBJECT_VERBS: frozenset[str] = frozenset(
    """orders buys sells recalls ships delivers builds leases acquires scraps grounds retires unveils
    books signs opens closes sheds axes""".split()
)

# The whole label of a disaster or disease box's line that counts persons by their state, with no
# people noun in it ("Missing: 12", "Recoveries: 4,210", "Recovered: 1,930", "In hospital: 41",
# "Unaccounted for: 9"): those persons (rules, table 4), as "Injured: 140" (PEOPLE_VERBS). A
# leading "confirmed", "reported" or "total" is read past ("Confirmed dead: 31"). "Active" stands
# for active cases only in a box that counts cases, deaths or recoveries (counts.py).
FACT_BOX_PERSON_LABELS: frozenset[str] = frozenset(
    label.strip()
    for label in """missing|dead|recovered|recoveries|active|survivors|survived|fatalities|casualties|unaccounted for
    |in hospital|in hospitals|in intensive care|in icu|in critical condition|discharged|deceased
    |presumed dead|still missing|in quarantine|in isolation
    |att""".split("|")  # a box score's attendance line, "Att: 9,812"
)
FACT_BOX_LABEL_QUALIFIERS: frozenset[str] = frozenset(("confirmed", "reported", "total", "new"))

# The diners or guests a number word with no noun after it counts, as food, travel and property
# copy writes them: after a verb of feeding or holding people ("the dish would feed four", "the
# cottage sleeps six", "serves two") or after "for" following a meal, a table, a room, a bill or a
# night ("a table for two", "the bill for three", "€90 a night for two", "meant for two"); "for
# two years" names what it counts, "34 for two" is a cricket score (a number before "for")
PARTY_VERBS: frozenset[str] = frozenset(
    "feed feeds fed feeding serve serves serving sleep sleeps sleeping".split()
)
PARTY_NOUNS_BEFORE_FOR: frozenset[str] = frozenset(
    """table tables dinner dinners lunch lunches meal meals supper breakfast brunch bill bills booking
    bookings room rooms night nights menu menus platter meant enough cooked cooking""".split()
)

# --- time -------------------------------------------------------------------------------------

# the verbs with which a place records a count or a rate ("The western region recorded 9.4 deaths
# per 100,000", "The capital's eastern suburbs reported 31 burglaries")
RECORDING_VERBS: frozenset[str] = frozenset(("recorded", "reported", "registered"))
# the seasons of the year, as a period is named by them ("this winter", "since the summer")
SEASONS: tuple[str, ...] = ("spring", "summer", "autumn", "winter")
MONTHS: dict[str, int] = {
    "January": 1,
    "February": 2,
    "March": 3,
    "April": 4,
    "May": 5,
    "June": 6,
    "July": 7,
    "August": 8,
    "September": 9,
    "October": 10,
    "November": 11,
    "December": 12,
    "Jan": 1,
    "Feb": 2,
    "Mar": 3,
    "Apr": 4,
    "Jun": 6,
    "Jul": 7,
    "Aug": 8,
    "Sep": 9,
    "Sept": 9,
    "Oct": 10,
    "Nov": 11,
    "Dec": 12,
}
# The months as French, Spanish, Portuguese and Italian write them (CLDR through Babel), capitalised
# as a street named for a date writes them ("Rue du 11 Novembre", "Avenida 9 de Julio", "Calle 5
# de Mayo", "Rua 25 de Março"): the day's number there is the street's name, no figure
STREET_DATE_MONTHS: frozenset[str] = frozenset(
    month.capitalize()
    for locale in ("fr", "es", "pt", "it")
    for month in get_month_names("wide", locale=locale).values()
)
# The months of the Islamic (Hijri) calendar as Gulf, Arab and South Asian English-language desks
# spell them, with their numbers: a Hijri date is labelled as written, not converted (as the
# project labels a Bikram Sambat or an Ethiopian year).
HIJRI_MONTHS: dict[str, int] = {
    **dict.fromkeys(("Muharram",), 1),
    **dict.fromkeys(("Safar",), 2),
    **dict.fromkeys(
        ("Rabi al-Awwal", "Rabi' al-Awwal", "Rabi ul Awwal", "Rabi-ul-Awwal", "Rabiul Awal", "Rabi I"), 3
    ),
    **dict.fromkeys(
        ("Rabi al-Thani", "Rabi' al-Thani", "Rabi al-Akhir", "Rabi ul Akhir", "Rabi-ul-Sani", "Rabi II"), 4
    ),
    **dict.fromkeys(("Jumada al-Awwal", "Jumada al-Ula", "Jumada I", "Jamadi ul Awwal"), 5),
    **dict.fromkeys(("Jumada al-Thani", "Jumada al-Akhirah", "Jumada II", "Jamadi ul Sani"), 6),
    **dict.fromkeys(("Rajab",), 7),
    **dict.fromkeys(("Shaban", "Sha'ban", "Sha’ban"), 8),
    **dict.fromkeys(("Ramadan", "Ramazan", "Ramzan"), 9),
    **dict.fromkeys(("Shawwal",), 10),
    **dict.fromkeys(
        ("Dhu al-Qadah", "Dhul Qadah", "Dhul-Qadah", "Dhu al-Qi'dah", "Dhu'l-Qa'dah", "Zul Qadah"), 11
    ),
    **dict.fromkeys(("Dhu al-Hijjah", "Dhul Hijjah", "Dhul-Hijjah", "Dhu'l-Hijjah", "Zul Hijjah"), 12),
}
# The months of the Nepali (Bikram Sambat) calendar as Nepal's English-language desks spell them,
# with their places in the Nepali year: a Bikram Sambat date is labelled as written, not converted
# ("Mangsir 17, 2083 BS" is 2083-08-17, "since Shrawan 1" --04-01; late-kinds15)
NEPALI_MONTHS: dict[str, int] = {
    **dict.fromkeys(("Baisakh", "Baishakh", "Baisakh", "Vaisakh", "Vaishakh"), 1),
    **dict.fromkeys(("Jestha", "Jeth", "Jeshtha"), 2),
    **dict.fromkeys(("Asar", "Ashadh", "Asadh", "Ashar", "Asadh"), 3),
    **dict.fromkeys(("Shrawan", "Shravan", "Saun", "Sawan", "Srawan"), 4),
    **dict.fromkeys(("Bhadra", "Bhadau", "Bhadau"), 5),
    **dict.fromkeys(("Ashwin", "Asoj", "Ashoj", "Aswin"), 6),
    **dict.fromkeys(("Kartik", "Kattik", "Kartika"), 7),
    **dict.fromkeys(("Mangsir", "Mangshir", "Marga", "Margashirsha"), 8),
    **dict.fromkeys(("Poush", "Push", "Paush", "Pous"), 9),
    **dict.fromkeys(("Magh",), 10),
    **dict.fromkeys(("Falgun", "Phalgun", "Fagun", "Phagun"), 11),
    **dict.fromkeys(("Chaitra", "Chait", "Chaita"), 12),
}
WEEKDAYS: tuple[str, ...] = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# Duration nouns and the unit label each gets (the real unit goes to the subject for "other").
DURATION_UNITS: dict[str, str] = {
    "day": "days",
    "days": "days",
    "year": "year",
    "years": "year",
    "week": "other",
    "weeks": "other",
    "month": "other",
    "months": "other",
    "decade": "other",
    "decades": "other",
    "century": "other",
    "centuries": "other",
    "hour": "other",
    "hours": "other",
    "minute": "other",
    "minutes": "other",
    "min": "other",
    "mins": "other",
    "seconds": "other",  # plural only: "the second" is an ordinal ("2 second-half goals")
    "secs": "other",
    "sec": "other",  # as sports copy abbreviates a time ("2min 04.7sec"); lower case only (not the SEC)
    "hr": "other",
    "hrs": "other",
    # the months and years of headline and tabloid copy ("18 mths", "five yrs")
    "mth": "other",
    "mths": "other",
    "yrs": "year",
    "yr": "year",
    "wk": "other",  # "a 10-wk course", "six wks"
    "wks": "other",
    "night": "other",
    "nights": "other",
    # plural only: "a quarter of" is a fraction and "the third quarter" a period (rules, table 8)
    "quarters": "other",
}
# Abbreviated duration units and the unit a subject names ("40min" -> "(unit: minutes)").
DURATION_ABBREVIATIONS: dict[str, str] = {
    "min": "minutes",
    "mins": "minutes",
    "hr": "hours",
    "hrs": "hours",
    "mth": "months",
    "mths": "months",
    "yrs": "years",
    "yr": "years",
    "wk": "weeks",
    "wks": "weeks",
    "secs": "seconds",
    "sec": "seconds",
}
# Pounds of weight, not money, when the sentence speaks of weight.
WEIGHT_CUES: tuple[str, ...] = (
    "weigh",
    "weight",
    "lost",
    # a word of its own: "close" and "closing" hold "lose" and "losing" ("to close a 24 million
    # pounds deficit" weighs nothing)
    " lose",
    " losing",
    "heavier",
    "lighter",
    "obese",
    "lbs",
    # the means of losing weight: "dropping from 208 pounds to 193 by exercising", "dieting"
    # ("gained" is no cue: "sterling gained" in a sentence with money in pounds)
    "exercis",
    "diet",
)
# Goods weighed in pounds when "of" (and at most one word more) joins them to "pounds": drugs
# seized, food and crops, materials and waste ("seized 600 pounds of marijuana", "2,000 pounds of
# rice donated", "40 pounds of fresh fish"); money's pounds are followed by what they pay for
# ("5 million pounds of investment", "pounds of taxpayers' money"), never by one of these.
WEIGHED_GOODS: frozenset[str] = frozenset(
    """
    cocaine marijuana cannabis heroin methamphetamine meth fentanyl hashish weed ganja narcotics drugs
    coffee cherry cherries beans beef meat pork chicken fish shrimp lobster conch crab seafood rice
    sugar flour cheese butter potatoes produce food fruit vegetables corn maize wheat grain grapes
    tomatoes bananas cocoa tea milk honey ice plastic plastics trash garbage waste litter debris
    scrap steel copper aluminium aluminum metal explosives dynamite fertilizer fertiliser feed hay
    sand soil salt seaweed sargassum coal charcoal firewood wood
    nuts almonds walnuts cashews pistachios peanuts hazelnuts
    """.split()
)
# Packs goods are shipped and sold in, weighed when "of" and pounds follow them ("boxes of 40
# pounds each", "sacks of 100 pounds", "bales of 500 pounds"); money's pounds follow what they pay
# ("fines of 50 pounds", "grants of 5,000 pounds each"), never one of these.
WEIGHED_PACKS: frozenset[str] = frozenset(
    """
    box boxes crate crates sack sacks bag bags bale bales carton cartons bundle bundles pallet
    pallets bunch bunches parcel parcels
    """.split()
)
# Packs and containers a size glued to its number describes after a price's "per" ("$1,850 per
# 40ft box", "K240 per 25kg bag", "Rs 950 per 14.2kg cylinder"): the size is a row, where "per 10g"
# alone is the base of the price.
SIZED_PACKS: frozenset[str] = WEIGHED_PACKS | frozenset(
    """
    container containers bottle bottles can cans tin tins jar jars drum drums cylinder cylinders
    pack packs packet packets sachet sachets bucket buckets tub tubs jerrycan jerrycans keg kegs
    tray trays
    """.split()
)
# What else is weighed when "of" and pounds follow it, besides ANIMAL_NOUNS and CATCH_SPECIES
# (figures/words.is_weighed_thing): a catch, a baby, a prize vegetable, game ANIMAL_NOUNS lacks
# ("a catch of 300 pounds", "a baby boy of 8 pounds", "a stag of 200 pounds"); money's pounds
# follow a fine, a grant or a bill, never one of these.
WEIGHED_THINGS: frozenset[str] = frozenset(
    """
    catch catches haul hauls specimen specimens baby babies boy girl newborn pumpkin pumpkins
    marrow marrows melon melons buck bucks stag stags doe hog hogs
    """.split()
)
# Goods shipped and sold by the case, the head of "cases of ..." ("1,200 cases of bottled water",
# "300 cases of counterfeit whisky", "640 cases of tinned tomatoes"): packs counted (`count`), not
# disease cases, which are people (rules, table 4); also WEIGHED_GOODS and AGED_GOODS as the head.
CASED_GOODS: frozenset[str] = frozenset(
    """water beers lager lagers ale ales stout cider champagne prosecco vodka gin tequila
    liquor alcohol soda sodas juice juices cola lemonade drinks beverages formula tins cans
    bottles soup sardines tuna eggs oil ammunition cartridges cigarettes""".split()
)
# Food and drink matured for a span ("a sirloin aged 28 days", "a cheddar aged 18 months", "whisky
# aged 12 years in oak"): "aged" with a span after it measures the maturing, not a life.
AGED_GOODS: frozenset[str] = frozenset(
    """beef steak steaks chop chops sirloin ribeye rib ribs meat pork lamb duck ham hams venison
    cheese cheeses cheddar parmesan gouda comte whisky whiskey whiskies rum brandy cognac wine
    wines port sherry vinegar beer sake spirit spirits""".split()
)
# The spoons of a recipe: a text that measures in them is a recipe, whose "pounds" weigh ("2 pounds
# chicken thighs") and whose "cups" are volumes
RECIPE_SPOONS: tuple[str, ...] = ("tablespoon", "teaspoon", "tbsp", "tsp")
# What a "cent" of land is of, as Kerala's and Tamil Nadu's press and courts measure small plots in
# hundredths of an acre ("25 cents of land", "60 cents of paddy land"): "cents of" one of these,
# next or after one word, is land, not money.
LAND_NOUNS: frozenset[str] = frozenset(
    "land lands property plot plots paddy farmland wetland wetlands homestead".split()
)
# ... nouns that make such a word part of a compound of money ("5 cents of property tax", "cents of
# land value"): no land measured
LAND_COMPOUND_HEADS: frozenset[str] = frozenset(
    "tax taxes rates rate value values price prices market records registration revenue".split()
)
# Minor units whose word is elsewhere a currency of its own: minor unit -> the countries (ISO
# alpha-2) whose articles read it as the minor unit ("a loaf for 250 dirhams" in Tripoli or Doha,
# the dinar's and the riyal's hundredth; "250 dirhams" in Dubai or Rabat is the UAE's or Morocco's
# currency), or an English word ("fen", a marsh; "jiao"; "luma"); also after an amount in those
# countries' currency in its sentence (old_money.minor_unit_here)
MINOR_UNIT_COUNTRIES: dict[str, frozenset[str]] = {
    "dirhams": frozenset(("LY", "QA")),
    "fen": frozenset(("CN",)),
    "jiao": frozenset(("CN",)),
    "luma": frozenset(("AM",)),
}
# Countries whose pound was divided into shillings and pence until decimalisation and which have no
# shilling today: there a "shilling" is that old minor unit ("a pint cost two shillings" in Dublin or
# Melbourne), kept as stated like pence (rules, table 3), not the East African currencies' (money.py)
OLD_SHILLING_COUNTRIES: frozenset[str] = frozenset(
    "GB IE AU NZ ZA JE GG IM MT CY NG GH JM FJ BM BB TT GM SL".split()
)
# Titles written before a person's name ("Mr Lavrov", "Dr Okafor"): a person named (counts.py reads
# them before "the two" standing for persons)
PERSON_TITLES: frozenset[str] = frozenset("Mr Mrs Ms Mx Dr Prof Sir Dame Lord Lady".split())
# A row label's bracket that names a count, not money ("Staff (number): 1,200", "Branches (units):
# 42", "Shares in issue (number of shares)" under "(RM million)"): its figures are counts, of
# persons when the bracket or the label names them ("Staff (persons)", "Employees (number)")
ROW_COUNT_WORDS: frozenset[str] = frozenset("number no. no nos. nos units unit count headcount".split())
ROW_PERSON_COUNT_WORDS: frozenset[str] = frozenset("persons people heads".split())
# Minor currency units: kind money, unit "other", the unit named in the subject.
MINOR_CURRENCY_UNITS: dict[str, str] = {
    "sen": "sen",
    "cents": "cents",
    "cent": "cents",
    "¢": "cents",  # the cent sign after an amount ("55¢ a stamp")
    "c": "cents",  # glued, in a price's words: Irish and Australian copy ("178.9c a litre"); money.py
    "US cents": "US cents",  # a currency quoted in another's minor unit ("71.42 US cents")
    "US cent": "US cents",
    "euro cents": "euro cents",  # the euro's, as Baltic and Nordic desks name them ("9.4 euro cents a kWh")
    "snt": "cents",  # the euro's cents as Finnish desks abbreviate "sentti" ("8.2 snt per kilowatt-hour")
    "euro cent": "euro cents",
    "eurocents": "euro cents",
    "pence": "pence",
    "p": "pence",
    # the pre-1971 penny and the decimal one, as memories and archive columns tell them apart
    # ("a pint of milk cost 9 old pence", "rose to 12 new pence")
    "old pence": "pence",
    "new pence": "pence",
    "paise": "paise",
    "paisa": "paise",  # Pakistan's press writes the singular for any number ("gained 9 paisa")
    # the rupee's sixteenth until decimalisation (India 1957, Pakistan 1961), in prices of its time
    # and in memories of them ("tea at two annas a cup")
    "annas": "annas",
    "anna": "annas",
    # ... and the anna's quarter and twelfth in those prices: the pice ("3 pice a postcard"); the
    # pie is read only after annas ("four annas and six pies": pies are also pastry; money.py)
    "pice": "pice",
    "pies": "pies",
    # the guinea, twenty-one shillings, in which British prizes, fees and auction prices were (and
    # at horse sales still are) stated ("five guineas"): a unit of account with no ISO code, kept
    # as stated like the toman; the capitalised word is a country or a race ("the 2,000 Guineas")
    "guineas": "guineas",
    "guinea": "guineas",
    "kobo": "kobo",
    # the Middle East's and Asia's minor units, as their English-language press writes them
    "halalas": "halalas",  # Saudi riyal
    "halala": "halalas",
    "kuruş": "kuruş",  # Turkish lira
    "kurus": "kuruş",
    "agorot": "agorot",  # Israeli shekel
    "agora": "agorot",
    "satang": "satang",  # Thai baht
    "fils": "fils",  # UAE dirham, Gulf dinars
    "baisa": "baisa",  # Omani rial
    "baisas": "baisa",
    "baiza": "baisa",
    "baizas": "baisa",
    # Central Asia's and the Caucasus's: the Uzbek som's and the tenge's tiyin, the lari's tetri,
    # the Azerbaijani manat's qapik
    "tiyin": "tiyin",
    "tiyins": "tiyin",
    "tiyn": "tiyin",
    "tyiyn": "tiyin",  # the Kyrgyz som's, as Bishkek's press spells it
    "tyiyns": "tiyin",
    "tetri": "tetri",
    "qapik": "qapik",
    "qepik": "qapik",
    "qəpik": "qapik",  # Azerbaijani spelling with the schwa
    # Iran's toman, ten rials, the unit prices are quoted in there: no ISO code of its own, so kept
    # as stated in its own name like a minor unit ("9 million tomans"), not converted to rials
    "tomans": "tomans",
    "toman": "tomans",
    # units in which courts set fines, with no ISO code either, kept as stated: Moldova's
    # "conventional units" (a fixed sum of lei) and Australian states' "penalty units"
    "conventional units": "conventional units",
    "conventional unit": "conventional units",
    "penalty units": "penalty units",
    "penalty unit": "penalty units",
    # Kazakhstan's monthly calculation index, a sum in tenge set each year by the budget law that
    # fines, fees and benefits are stated in ("fined 100 MCI"): money in a unit of account with no
    # ISO code, kept as stated like the toman
    "MCI": "monthly calculation indices",
    "MCIs": "monthly calculation indices",
    "monthly calculation indices": "monthly calculation indices",
    "monthly calculation index": "monthly calculation indices",
    "piastres": "piastres",  # Egyptian pound
    "piasters": "piastres",
    "poisha": "poisha",  # Bangladeshi taka
    "pesewas": "pesewas",  # Ghanaian cedi
    "pesewa": "pesewas",
    # Europe's, the Pacific's and Latin America's minor units as their press writes them
    "öre": "öre",  # Swedish krona ("148 öre per kilowatt hour"); never the plain "ore" of mining
    "øre": "øre",  # Danish and Norwegian kroner
    "toea": "toea",  # Papua New Guinea kina ("50 toea")
    "centavos": "centavos",  # the pesos and the real
    "millimes": "millimes",  # the Tunisian dinar's thousandth ("a stamp at 900 millimes")
    "millime": "millimes",
    "rappen": "rappen",  # the Swiss franc's hundredth as German-speaking desks name it
    "bututs": "bututs",  # the Gambian dalasi's
    "butut": "bututs",
    "centimes": "centimes",  # the franc's, the Maghreb dinar's and dirham's, the gourde's
    "centime": "centimes",
    # Libya's dirham, a thousandth of its dinar (elsewhere the dirham is the UAE's or Morocco's
    # currency): a minor unit only in an article about a country in MINOR_UNIT_COUNTRIES
    "dirhams": "dirhams",
    "dirham": "dirhams",
    "kopecks": "kopecks",  # rouble and hryvnia
    "kopeks": "kopecks",  # the same coin as American copy spells it ("fares rose 40 kopeks")
    "kopek": "kopecks",
    "kopiykas": "kopiykas",  # hryvnia, as Ukraine's English-language press spells it
    # the Balkans' and Eastern Europe's: the Romanian and Moldovan leu's bani ("a ticket of 50 bani";
    # never the singular "ban", an English word), the Bulgarian lev's stotinki, the zloty's groszy
    "bani": "bani",
    "stotinki": "stotinki",
    "stotinka": "stotinki",
    "groszy": "groszy",
    "grosze": "groszy",
    # South and East Asia's and the Pacific's: the Bhutanese ngultrum's chhertum, the Maldivian
    # rufiyaa's laari, the Myanmar kyat's pyas, the Macau pataca's avos, the Mongolian tugrik's
    # möngö, the Tongan pa'anga's seniti and the Samoan tala's sene
    "chhertum": "chhertum",
    "chetrum": "chhertum",
    "laari": "laari",
    "pyas": "pyas",
    "pya": "pyas",
    "avos": "avos",
    "möngö": "möngö",
    "mongo": "möngö",
    "seniti": "seniti",
    "sene": "sene",
    # Southern and East Africa's: the Zambian kwacha's ngwee, the Malawian kwacha's tambala, the
    # pula's thebe, the loti's lisente, the Ethiopian birr's santim and the Angolan kwanza's and the
    # metical's centimos and centavos ("bus fares rose by 50 ngwee", "80 tambala per kilogram")
    "ngwee": "ngwee",
    "tambala": "tambala",
    "thebe": "thebe",
    "lisente": "lisente",
    "santim": "santim",
    "santims": "santim",
    "cêntimos": "cêntimos",
    "centimos": "cêntimos",
    "céntimos": "céntimos",  # the Peruvian sol's and the Spanish-speaking press's, with its accent
    "céntimo": "céntimos",
    # the Tajik somoni's diram, the Armenian dram's luma, the yuan's fen and jiao (a tenth), as
    # Dushanbe's, Yerevan's and Chinese commodity copy write them ("pork rose 30 fen a jin")
    "dirams": "dirams",
    "diram": "dirams",
    "luma": "luma",
    "fen": "fen",
    "jiao": "jiao",
}
# The measure (the `measure` column: singular, one name for all spellings) of each unit of money
# kept as stated, by the label a subject gives it ("(unit: pence)" -> "penny"): every minor unit
# of MINOR_CURRENCY_UNITS and the old pound's shillings and crowns (figures/old_money.py).
# analysis/measures.py names these measures from here (its docstring lists them).
MINOR_CURRENCY_MEASURES: dict[str, str] = {
    "sen": "sen",
    "cents": "cent",
    "US cents": "cent",
    "euro cents": "cent",
    "pence": "penny",
    "shillings": "shilling",
    "crowns": "crown",
    "guineas": "guinea",
    "paise": "paisa",
    "annas": "anna",
    "pice": "pice",
    "pies": "pie",
    "kobo": "kobo",
    "halalas": "halala",
    "kuruş": "kuruş",
    "agorot": "agora",
    "satang": "satang",
    "fils": "fils",
    "baisa": "baisa",
    "tiyin": "tiyin",
    "tetri": "tetri",
    "qapik": "qapik",
    "tomans": "toman",
    "conventional units": "conventional unit",
    "penalty units": "penalty unit",
    "monthly calculation indices": "monthly calculation index",
    "piastres": "piastre",
    "poisha": "poisha",
    "pesewas": "pesewa",
    "öre": "öre",
    "øre": "öre",
    "toea": "toea",
    "centavos": "centavo",
    "millimes": "millime",
    "rappen": "rappen",
    "bututs": "butut",
    "centimes": "centime",
    "dirhams": "dirham",
    "kopecks": "kopeck",
    "kopiykas": "kopiyka",
    "bani": "ban",
    "stotinki": "stotinka",
    "groszy": "grosz",
    "chhertum": "chhertum",
    "laari": "laari",
    "pyas": "pya",
    "avos": "avo",
    "möngö": "möngö",
    "seniti": "seniti",
    "sene": "sene",
    "ngwee": "ngwee",
    "tambala": "tambala",
    "thebe": "thebe",
    "lisente": "sente",
    "santim": "santim",
    "cêntimos": "cêntimo",
    "céntimos": "céntimo",
    "dirams": "diram",
    "luma": "luma",
    "fen": "fen",
    "jiao": "jiao",
}
# The units a price in cents glued as "c" is quoted per ("367c/kg", "179.9c/L"): abbreviation,
# lower-cased -> the unit's name
CENTS_PER_UNITS: dict[str, str] = {
    "kg": "kilogram",
    "l": "litre",
    "litre": "litre",
    "liter": "litre",
    "lb": "pound",
    "kwh": "kilowatt-hour",
    "t": "tonne",
    "head": "head",
    "hd": "head",
}
# Words that name an interest-rate level ("the policy rate at 22%"): a level, not a change or share.
RATE_LEVEL_WORDS: frozenset[str] = frozenset(
    """interest policy repo lending deposit mortgage funds benchmark key borrowing overnight
    discount bank fixed variable tracker floating cash prime loan loans base fund
    facility overdraft
    refinancing
    interbank bill bills t-bill t-bills swap swaps
    card
    posted""".split()  # the money market's rates ("interbank rates
    # jumped to 14%", "Treasury bill rates eased to 9.2%") are interest rates too  # a central bank's standing facilities ("the deposit facility rate at 2%");
    # the refinancing rate of the central banks of Armenia, Belarus, Russia and the euro area's
    # main refinancing operations ("kept the refinancing rate at 7%"); a card's rate is the interest it
    # charges ("credit-card rates now average 21%"); a lender's posted rate is the rate it
    # advertises ("posted three-year rates stand near 6.1 per cent")
)
# Names of an interest rate that stand alone as a fact box's label, with no "rate" after them
# ("Prime: 10.5%", "Repo: 6.5%", "SOFR: 5.31%"): the rate's level (rules, table 2)
RATE_NAMES_ALONE: frozenset[str] = frozenset("prime repo libor sofr euribor sonia tonar jibar shibor".split())
# A central bank named as the one who moves or holds "rates" ("the central bank held rates at
# 5.25%", "the Fed raised rates to 4.5%"): the rates are its interest rates, a level
CENTRAL_BANK_WORDS: frozenset[str] = frozenset(
    "bank fed ecb boe boj rbi rba rbnz snb pboc sbp cbn mpc fomc policymakers reserve".split()
)
RATE_SETTING_VERBS: frozenset[str] = frozenset(
    """held holds hold kept keeps keep left leaves leave raised raises raise cut cuts lowered lowers
    hiked hikes lifted lifts increased increases reduced reduces set sets maintained maintains
    trimmed trims fixed fixes fix""".split()
)
# Loan products priced by their rate: one named fixed or variable stands at a rate level ("the
# average two-year fixed mortgage costs 4.8%", "variable loans at 7.1%").
LOAN_PRODUCTS: frozenset[str] = frozenset(
    "mortgage mortgages loan loans deal deals card cards overdraft overdrafts".split()  # credit cards' rates too
)
RATE_TYPES: frozenset[str] = frozenset("fixed variable tracker floating".split())
# A fixed-rate mortgage or savings deal called by its term ("a two-year fix at 4.49%", "five-year
# fixes at 3.89%", "buyers can fix for five years at 4.2%", "fixing for three years costs 4.6%"):
# the percent is its rate level.
FIX_WORDS: frozenset[str] = frozenset("fix fixes fixing".split())
TERM_UNITS: frozenset[str] = frozenset("year years month months".split())
# Rate labels written right after a percent: a rate level ("4.2% AER", "a 21.35% APR").
RATE_LABELS_AFTER: frozenset[str] = frozenset("aer apr apy".split())
# Interest rates known by their own name: a percent they stand at is a rate level ("the Selic at 14.25%");
# a yield is the market's interest rate on a bond or share ("the 10-year yield at 4.2%"). Central
# banks' rates by their initials: the Monetary Policy Rate (MPR) of Nigeria, Ghana, Uganda and
# Zambia's press, Kenya's Central Bank Rate (CBR), New Zealand's Official Cash Rate (OCR); the
# standing facilities by their initials as India's, Sri Lanka's and West Africa's press write them
# ("the SDF rate at 5.25%", "the MSF at 6.5%", "the SLFR at 9.25%").
RATE_NAMES: frozenset[str] = (
    frozenset(
        """selic libor sofr euribor sonia shibor jibar kibor tibor yield yields interest mpr cbr ocr sdf msf slf
    sdfr slfr""".split()
    )
    | RATE_LABELS_AFTER  # the labels of a loan's or an account's yearly rate ("an APR of 39%")
)
# A bond's coupon is the interest it pays on its face value ("notes with a coupon of 3.45%"), a rate
# level when the clause names the debt; a shop's coupon is a discount ("a coupon worth 20% off")
COUPON_WORDS: frozenset[str] = frozenset("coupon coupons".split())
# An Islamic bank's or sukuk's "profit rate" is the return it pays in place of interest ("a sukuk
# with a profit rate of 6.125%", "profit rates on savings deposits"): a rate level where the clause
# names the debt or the savings it is paid on (a firm's profit rate is no interest)
PROFIT_RATE_WORDS: frozenset[str] = frozenset(("profit",))
# The price a debt sale's banks first put on it, before the book is built ("initial guidance of
# around 6.5%", "price talk of 7%"): the yield asked, a rate level where a debt is named
GUIDANCE_NOUNS: frozenset[str] = frozenset(("guidance", "talk", "thoughts"))
DEBT_WORDS: frozenset[str] = frozenset(
    "bond bonds note notes bill bills gilt gilts sukuk debenture debentures eurobond eurobonds".split()
)
# "interest" after one of these is a stake held, not a rate ("an interest of 35%", "a controlling interest")
STAKE_WORDS: frozenset[str] = frozenset("a an controlling minority majority equity".split())
# Verbs that put a price right after them ("a bag costs K280", "sells for P14", "retails at K95",
# "fetched K1,087"): a letter sign's plain number after one is an amount of money ("paid" is left out:
# "paid N5 masks" pays in kind).
# ... of them, the verbs of selling, whose object with no "for" or "at" is the goods sold ("will
# sell E10 fuel"), not their price ("sells for E10")
SELLING_VERBS: frozenset[str] = frozenset("sell sells sold selling retail retails retailed retailing".split())
PRICE_VERBS: frozenset[str] = SELLING_VERBS | frozenset(
    """cost costs costing charge charges charged charging fetch fetches fetched fetching
    go goes went going priced""".split()
)
# Betting copy's nouns for a runner by its odds, after a fixed-odds price or an odds pair ("the $7.40
# favourite", "a $31 roughie", "a 5 to 2 joint-favourite", "a 33 to 1 shot"): the figure is the
# odds, no money and no count (rules, table 8)
BETTING_NOUNS: tuple[str, ...] = (
    "favourite",
    "favorite",
    "joint-favourite",
    "fave",
    "chance",
    "shot",
    "outsider",
    "roughie",
    "pop",
)
# Verbs whose object, a few words on, is a sum owed or paid ("fined the firm 250,000 MT", "paid
# each worker 9,000 MT"): with PRICE_VERBS, they make an amount with a sign also read as tonnes
# ("MT") money.
PAYMENT_VERBS: frozenset[str] = frozenset(
    """fine fines fined pay pays paid owe owes owed earn earns earned worth""".split()
)
# Verbs that spend, invest or reserve a sum ("will invest 2.7 billion MT in substations", "3.2
# billion MT is earmarked for the battalions"): right before an amount, or in the passive right after
# it, they make an amount with a sign also read as tonnes ("MT") money; goods are "of" something
# after the amount ("set aside 50,000 MT of maize")
MONEY_USE_VERBS: frozenset[str] = frozenset(
    """earmark earmarks earmarked allocate allocates allocated budget budgets budgeted invest
    invests invested investing spend spends spent spending disburse disburses disbursed reserve
    reserves reserved""".split()
)
# Lenders, as the subject of a verb of charging ("microfinance lenders charge up to 26% a year",
# "banks charged borrowers 14%"): the percent charged is their interest rate
LENDER_WORDS: frozenset[str] = frozenset(
    "lender lenders banks microfinance microlenders moneylenders lending".split()
)
CHARGE_VERBS: frozenset[str] = frozenset("charge charges charged charging".split())
# Verbs saying what a loan costs: the percent after "loans carry" or "mortgages cost" is a rate level.
LOAN_PRICE_VERBS: frozenset[str] = frozenset("carry carries carried cost costs".split()) | CHARGE_VERBS
# Savings products and the verbs of the interest they pay: a percent right after one's verb is
# the rate it pays, a level ("easy-access accounts pay 4.1%", "the best fixed bonds are paying
# 4.4%", "cash earning 1% loses value"); not "pays 40% of its profits" (a share, "of" after it),
# nor "savers earned a 7% return" (savers are people; "Saver" names an account).
SAVINGS_PRODUCTS: frozenset[str] = frozenset(
    """account accounts saver isa isas bond bonds deal deals fix fixes deposit deposits
    cash savings""".split()
)
SAVINGS_PAY_VERBS: frozenset[str] = frozenset(
    "pay pays paying paid earn earns earning earned yield yields yielding yielded offer offers offering".split()
)
# Adverbs that may stand between a loan and its price verb ("mortgages now cost 19%").
LOAN_PRICE_ADVERBS: frozenset[str] = frozenset(
    "now still currently typically usually generally already".split()
)
# Verbs of offering credit: a percent right after "at" in their clause, with the loan they offer
# named, is the loan's interest rate ("the bank offers loans of up to $50,000 at 9%").
LOAN_OFFER_VERBS: frozenset[str] = frozenset(
    """offer offers offered offering provide provides provided grant grants granted extend extends
    extended give gives issue issues issued""".split()
)
# Verbs of borrowing and lending: a percent in their clause, not "of" something, is the interest
# charged ("firms may borrow up to $50,000 at an annual rate of 9.5%", "the bank lends at 12%").
BORROW_VERBS: frozenset[str] = frozenset("borrow borrows borrowed lend lends lent".split())
# Words of repaying a debt: a rate "at" which it is repaid is the interest charged ("may pay off
# the balance over up to 20 years at the council's rate of 9,5%", "repay it at a rate of 11%").
REPAY_WORDS: frozenset[str] = frozenset(
    """repay repays repaid repaying repayable repayment repayments balance balances instalments
    installments""".split()
)
# A pay word, then one of PAY_RISE_NOUNS, right before a percent names a rise in pay ("a pay offer of
# 3.5%", "a wage deal worth 5%", "a 4% pay award"): a change, not a share.
PAY_WORDS: frozenset[str] = frozenset("pay wage wages salary salaries".split())
PAY_RISE_NOUNS: frozenset[str] = frozenset(
    "offer award deal settlement claim uplift demand".split()
    + ["recommendation"]  # a review body's: "a recommendation of 5.5 per cent for prison officers"
)
# The forms of the verbs of handing a rise over, each family written once for the pay rules below
# (PAY_OFFER_VERBS, PAY_GET_VERBS, PAY_GIVE_VERBS)
OFFER_FORMS: frozenset[str] = frozenset("offer offers offered offering".split())
PROMISE_FORMS: frozenset[str] = frozenset("promise promises promised promising".split())
AWARD_FORMS: frozenset[str] = frozenset("award awards awarded awarding".split())
GIVE_FORMS: frozenset[str] = frozenset(
    "give gives gave giving given grant grants granted granting hand hands handed handing".split()
)
# A percent right after one of these verbs, in a sentence with a pay word or one of PAY_CUES, is a
# pay rise offered or claimed ("management has offered 6 percent", "workers are demanding 12%").
PAY_OFFER_VERBS: frozenset[str] = (
    OFFER_FORMS
    | frozenset(
        "demand demands demanded demanding seek seeks sought seeking propose proposes proposed".split()
    )
    | frozenset("want wants wanted wanting".split())  # "The federation wants 25 percent"
    | PROMISE_FORMS  # "Dockers were promised 6 per cent"
)
# ... and these, with "for", the same in a pay sentence ("the union asked for 9%", "pushing for 7%",
# "pressing for 8%", "calling for 10%", "holding out for 7%": "out" may stand between)
PAY_ASK_VERBS: frozenset[str] = frozenset(
    """ask asks asked asking push pushes pushed pushing press presses pressed pressing call calls
    called calling hold holds held holding""".split()
)
PAY_CUES: tuple[str, ...] = (
    "pay",
    "paid",  # "will be paid 6% more, while managers get 2%"
    "wage",
    "salar",
    "union",
    "strike",
    "walkout",
    "employee",
    "worker",  # "dockworkers", "health workers"
    "civil servant",
    "public servant",
    "bargaining",
    "arbitrat",  # "the arbitrator's 7% award", "arbitration": a pay-setting body
    "review body",
    "backdat",  # "7 per cent, backdated to March": a rise paid from an earlier date
)
# Verbs of getting, granting or taking a pay rise: a bare percent right after one, in a pay sentence
# (PAY_CUES) that speaks of no vote, is the rise ("staff in the lowest grades will receive 7 percent",
# "teachers get 5.5 percent", "the review body recommended 4 per cent", "dockers accepted 9%").
PAY_GET_VERBS: frozenset[str] = (
    frozenset(
        """receive receives received receiving get gets got getting win wins won winning secure secures
        secured securing accept accepts accepted accepting recommend recommends recommended
        recommending table tables tabled tabling reject rejects rejected rejecting""".split()
    )
    | AWARD_FORMS
    | GIVE_FORMS
)
# Verbs that take the persons a rise goes to, then the rise: a bare percent right after one and a
# plural of persons is a pay rise in any sentence that speaks of no vote nor of lending ("proposed
# giving MPs 2.7 per cent", "to pay its cleaners 6 percent", "will award judges 4 per cent")
PAY_GIVE_VERBS: frozenset[str] = (
    GIVE_FORMS - {"given"}  # (the participle is read after the percent: PAY_GIVEN_PARTICIPLES)
    | AWARD_FORMS
    | OFFER_FORMS
    | PROMISE_FORMS
    | frozenset("pay pays paid paying".split())
)
# ... and their participles after the percent, then "to" and the persons ("the 2.5 per cent given
# to civil servants", "the 4% awarded to nurses"): the rise given them ("paid to" is left out: "the
# 75 per cent paid to drivers" of each fare is a share)
PAY_GIVEN_PARTICIPLES: frozenset[str] = frozenset("given granted awarded offered promised handed".split())
# ... but not persons paid a return on their money, whose percent is an interest rate or a yield
# ("Investors will receive 5 percent a year", "offered bondholders 4.5 percent"; lenders, savers and
# depositors are rate_levels.LENDING_CUES)
RETURN_HOLDERS: frozenset[str] = frozenset(
    """investors shareholders stockholders bondholders noteholders unitholders holders creditors
    policyholders""".split()
)
# A side's move between offers, then "from" ("the employers moved from 2 to 3.5 percent"), in a pay
# sentence: both ends are rises offered; a verb of change does the same after a pay-rise noun ("the
# offer went from 1.5% to 2.8%", "raised their offer from 2 to 3.5 percent")
PAY_MOVE_VERBS: frozenset[str] = frozenset("move moves moved moving shift shifts shifted shifting".split())
PAY_WENT_VERBS: frozenset[str] = frozenset("go goes went going".split())
# Words right after a percent that make it no rise in pay: a share ("7 percent of nurses", "gave 7.5
# percent of its shares") or a price's cut ("staff get 20% off")
NOT_PAY_RISE_AFTER: frozenset[str] = frozenset("of off discount discounts".split())
# Verbs of a side's position in pay talks, then "at", "for" or "on" before a percent, in a pay
# sentence: where it opened, came down to or settled ("the unions opened at 15 percent and came
# down to 9 percent", "settled for 11 percent"): the rise asked, offered or agreed.
PAY_TALK_VERBS: frozenset[str] = frozenset(
    "open opens opened opening settle settles settled settling".split()
    + "meet meets met meeting".split()  # "the parties met at 6.5 per cent": where the sides agreed
)
# Verbs that set or state a level before "at N" ("stood at 40", "capped at 9", "rated at 3"): N is
# the level, not an age (ages.LEVEL_WORDS) nor an hour (digit_groups.LEVEL_VERBS)
LEVEL_AT_VERBS: frozenset[str] = frozenset("stood stands stand pegged capped set fixed rated ranked".split())
# "number" or "total" as a verb after a relative pronoun, before a bare count: how many a group is
# ("the cane cutters, who number about 1 200", "its depots, which number 31", "who now total 3,000")
NUMBERING_VERBS: frozenset[str] = frozenset("number numbers numbered total totals totalled totaled".split())
# Words right before a percent, in a pay sentence, that add a rise on top of one agreed or offered
# ("a further 5 per cent from April", "an extra 2 percent next year"): the rise, a change
PAY_MORE_WORDS: frozenset[str] = frozenset("further extra additional another".split())
# ... and these, which say how a rise is paid ("a backdated 6 per cent for paramedics", "a one-off
# 3 per cent"), the same
PAY_RISE_QUALIFIERS: frozenset[str] = frozenset("backdated one-off once-off".split())
# ... and these before "down to" ("came down to 9 percent", "climbed down to 6%")
PAY_CLIMB_DOWN_VERBS: frozenset[str] = frozenset(
    "come comes came coming climb climbs climbed climbing".split()
)
# The verbs that say who got or holds the figure right after them, each with the readers it serves:
# "holder", who holds a chart's bar (charts.RE_HOLDER: "The centre-left Progress Party won 64", "the
# Greens, who took 21", "The Union Party fell to 52": a level verb then "to"); "vote", a party,
# candidate or list's share of a vote (figures/pay_rises.vote_share_won: "the Liberals got 10.9 per
# cent", "her rival polled 38 per cent": past forms).
HOLDING_VERBS: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(("won", "took", "got", "secured"), ("holder", "vote")),
    **dict.fromkeys(("polled", "garnered", "captured"), ("vote",)),
    **dict.fromkeys(
        "wins takes gets secures hold holds held has have had kept keeps retained retains".split(),
        ("holder",),
    ),
    **dict.fromkeys(
        (
            f"{verb} to"
            for verb in "fell falls rose rises dropped drops climbed climbs slipped jumped grew shrank".split()
        ),
        ("holder",),
    ),
}
# Words of an election in a sentence: a percent after "won" or "got" there is a vote share.
VOTE_CUES: tuple[str, ...] = ("vote", "voting", "poll", "ballot", "election", "seats")
# ... and the workforces labour copy names; with these or PAY_CUES in the sentence, a pay-rise noun
# alone names the percent it is worth ("Rail workers accepted a two-year deal worth 9%", "nurses
# rejected a 4.5% offer"): the rise, a change; so does a verb of getting, granting or offering
# ("Firefighters were offered 6.5 per cent", "gives police officers 7.5 percent")
WORKFORCE_CUES: tuple[str, ...] = (  # ("worker" and "employee" are PAY_CUES)
    "staff",
    "nurse",
    "teacher",
    "doctor",
    "driver",
    "firefighter",
    "cleaner",
    "police",
    "officer",
    "lecturer",
    "miners",
    "crew",
    "pilots",
    "collector",
    "grades",  # pay grades: "senior grades get 3 percent and lower grades 6 percent"
    "docker",
    "clerk",
)
# Words that make a percent a change although it reads like a level ("inflation eased to 3.4%").
CHANGE_MEASURES: frozenset[str] = frozenset(
    "inflation growth cpi deflation gain gains loss losses swing".split()
)
# What a percent of a price, a cost or a pay level can only be: the pace it changes at, as a level
# of a move ("Prices rose from 2 to 6 per cent", "rents climbed to 9 per cent a year"), for no
# price is a share of anything (figures/percent.py); "the price fell to 60 per cent of its peak",
# with "of", stays a share
PRICE_LEVEL_NOUNS: frozenset[str] = frozenset(
    "price prices cost costs rent rents wage wages salary salaries pay fare fares bill bills".split()
)
# The unit of a rate per head named by its measure alone, by the definition demographers and
# statistics offices use ("the fertility rate slipped to 1.15", "the birth rate fell to 6.4"): a
# bare level of it is that rate, not a count (figures/counts.py); the key is the rate's own name
# before "rate"
RATE_LEVEL_MEASURES: dict[str, str] = {
    "fertility": "births per woman",
    "total fertility": "births per woman",
    "birth": "births per 1,000 people",
    "crude birth": "births per 1,000 people",
    "death": "deaths per 1,000 people",
    "crude death": "deaths per 1,000 people",
    "infant mortality": "deaths per 1,000 live births",
    "under-five mortality": "deaths per 1,000 live births",
    "child mortality": "deaths per 1,000 live births",
    "neonatal mortality": "deaths per 1,000 live births",
    "maternal mortality": "deaths per 100,000 live births",
    "murder": "murders per 100,000 people",
    "homicide": "homicides per 100,000 people",
    "suicide": "suicides per 100,000 people",
}
# ... and the rates whose bare level is a percent by what they measure ("the jobless rate, which
# peaked in 2020, fell to 5.1", "the repo rate, unchanged since March, stands at 6.5"): the kind the
# rules give a percent of that rate (table 2: a share of a population, a change, an interest-rate
# level, `other`)
PERCENT_RATE_KINDS: dict[str, str] = {
    "unemployment": "percentage_share",
    "jobless": "percentage_share",
    "participation": "percentage_share",
    "vacancy": "percentage_share",
    "poverty": "percentage_share",
    "literacy": "percentage_share",
    "inflation": "percent_change",
    "growth": "percent_change",
    "interest": "other",
    "policy": "other",
    "repo": "other",
    "lending": "other",
    "deposit": "other",
    "mortgage": "other",
}

# --- not figures ------------------------------------------------------------------------------

# Device benchmarks as technology reviews name them ("scores 2,980 in Geekbench 6", "posted 1.9
# million on AnTuTu"): a score in one is a reading on its scale (figures/sport_readings.py), and the number
# right after the name is its version, a name (figures/model_names.py: "Geekbench 6", "PCMark 10").
BENCHMARK_NAMES: tuple[str, ...] = ("Geekbench", "AnTuTu", "PCMark", "Cinebench", "3DMark")
# A number right after one of these names a thing ("Section 144", "Article 63", "the Billboard
# 200 chart", "Lilongwe's Area 47", a plot "Erf 1234" in Namibia and South Africa, a social
# "Category 2"; a storm's "Category 4" is read as a reading before these names are; the parts of
# an address, "Villa 12", "Flat 4", "Exit 14", Central Asia's numbered "Microdistrict 5"; a
# port's numbered "Quay 9", "Wharf 2", "Dock 5"; a mine's or a golf course's numbered "Hole 14",
# "Well 3", "Shaft 2", "Pit 4"; a numbered part of a law's article, "Article 327, Part 2"; a law
# or decree known by its number, as Latin American and European copy names them, "Law 2,317",
# "Decree 88"; a race on a day's card or in a regatta's series, "Race 6"; a French-named national
# or departmental road, as francophone Africa's and the Caribbean's copy keeps it, "Route
# Nationale 3", "Route Départementale 12"; a numbered week of a sports season or a show's run,
# "Week 12", as "Round 6" is; the motor-racing series "Formula 1", as "Formula 1 teams" writes it;
# a wire story's numbered update in its slug, "UPDATE 2-Oil rises"; a ballot measure known by its
# number in US copy, "Proposition 22", "Prop 47"; a farm or a plot by its registered number, as
# southern African copy names them, "Farm 37", "Lot 12", "Portion 9", and a township's numbered
# part, "Kuisebmond Extension 6"; a bill by its chamber's abbreviation in US copy, "H.R. 3684",
# "S. 1021", "H.B. 1234", "S.B. 54", "HB 1234", "SB 54"; a device or a chip known by its family
# and number, as technology copy names them, "the Pixel 9", "an RTX 4090", "the Xbox 360", "a Ryzen
# 7", and an Earth-observation satellite's series, "Landsat 9"; a numbered courtroom, as court
# copy names where a case is heard, "Court 4 heard", "in Courtroom 2"; a numbered part of a
# building or a site, as venue, travel and event copy names it, "Chapel 2", "Arch 14", "Enclosure
# 9", "Hangar 3", "Pavilion 5", "Studio 4", "Kiosk 7", "Cell 12"; a sports channel numbered within
# its brand, "TNT Sports 1", as "Radio 4" is; a race's numbered leg, a live page's numbered update
# and a team numbered in a race or a drill, "after Leg 1", "Update 3 –", "Team 4 (Sammy A.)"; a
# trade union's numbered local, as North American labour copy names it, "Teamsters Local 727",
# "UAW Local 600 chairman"; late-money8); a course's or a plan's numbered session, "Session 2
# covers first aid", and a Malaysian district's numbered subdistrict in a land lot's address, "Lot
# 10592, Mukim 13", as "Ward 9" is (late-lists10).
NAME_WORDS: frozenset[str] = frozenset(
    """
    Section Article Articles Clause Chapter Rule Rules No No. Nos. Number Resolution Paragraph
    Para Schedule Annex Annexure Amendment Flight Route Highway Block Sector Gate Room Phase
    Level Grade Class Vol Vol. Volume Page Item Ward Unit Platform Terminal Channel Apollo Model
    Bill Act Order Ordinance Form Code Case Batch Squadron Division Brigade Regiment Corps
    Constituency Version Season Episode Round Stage Lane Street Road Plot House Tower Station
    Post Pillar Camp Zone ISO Windows iPhone Boeing Airbus Su Mig MiG Typhoon Plan Tier Billboard
    Calle Carrera Avenida Rua Line Runway Pier Berth Bus Tram Trolleybus Tramline
    Soi Super Special RON Unleaded
    Category Area Erf
    Villa Flat Apartment Exit Junction Interchange Microdistrict Radio
    Quay Wharf Dock Jetty Hole Well Shaft Pit
    Part
    Court Courtroom
    Law Decree Proposition Prop
    Nationale Départementale
    Proclamation Regulation Notice Race
    Week
    Formula
    UPDATE
    Farm Lot Portion Extension
    H.R. S. H.B. S.B. A.B. HB SB
    Pixel RTX GTX Xbox Ryzen Landsat
    Chapel Arch Enclosure Pavilion Gallery Hangar Kiosk Annexe Paddock Hut Warehouse Depot Bunker
    Studio Chamber Cell
    Sports
    Leg Update Team
    Local
    Session Mukim
    """.split()
)
# Numbered places, units of government and parts of a process, as the names of their numbers
# (rules, table 8: "Ward 12", "Phase 3"): written in lower case ("in precinct 14", "ward 6 and
# ward 9", "the module 2 hearings", "polling station 17") or as a capitalised plural before a pair
# or a list ("Wards 3 and 7", "Precincts 41 and 44"); "14 precincts", "all 11 wards" count them.
# A precinct, a module of an inquiry or a course, or a polling station, booth or unit names, whatever
# noun follows ("precinct 14 officers"); a ward, zone, sector, district, camp, region,
# constituency, block or unit after a determiner may be the place the count is in ("in the district
# 12 people died"), so it names only with no plural noun after it ("the ward 10 councillor").
# A power grid's feeders and circuits are numbered the same way ("tripped feeders 4, 8 and 11",
# "circuit 10 is still down"); "lapped the circuit 12 times" counts.
# ... and the numbered areas and subareas of a fishery, a forest or a licensing map, as fisheries and
# planning copy name them ("cod in area 4", "boats fishing subarea 6", "areas 3 and 5"); "an area 12
# km wide", "an area 40 times larger" measure.
# ... and a programme's numbered episode in lower case, as schedules and reviews write it ("Series 4,
# episode 7: the contestants ...", "in episode 3 she returns"): "an episode 50 minutes long" measures
NUMBERED_PLACE_NAMING: frozenset[str] = frozenset(
    "precinct precincts module modules booth booths episode episodes".split()
)
# The steps of a course, a plan or a school career, capitalised in the plural before a range or a
# list of their numbers ("pupils in Years 7 to 10", "Weeks 6 to 8: build up", "Grades 3 and 4",
# "Levels 4 to 6 of the course"): labels of the steps (rules, table 8: "Phase 3"), as "Wards 3 and
# 7" are; "years 7 to 10" in lower case is a school's too after "in" ("pupils in years 7 to 10");
# late-lists10
STEP_LABEL_PLURALS: frozenset[str] = frozenset(
    "Years Weeks Months Days Grades Levels Stages Phases Sessions Steps Modules Forms Classes".split()
)
NUMBERED_PLACE_WORDS: frozenset[str] = NUMBERED_PLACE_NAMING | frozenset(
    """
    ward wards zone zones sector sectors district districts camp camps region regions
    constituency constituencies block blocks unit units phases lanes
    feeder feeders circuit circuits
    area areas subarea subareas
    """.split()
)
# A numbered place one thing is given among its like, written in lower case before a short number:
# a horse's starting stall, a ship's berth, a runner's or swimmer's lane, a pitch or a court of a
# ground, a train's platform, a loading bay, a golf hole ("drawn in stall 7", "moored at berth 4",
# "in lane 6", "on court 3", "from platform 9", a radio's "VHF channel 16"): a position (rules, table 8); a unit or a plural noun
# after the number counts or measures ("a stall 12 metres long", "berth 4 ships")
# ... and a passenger's or a spectator's seat, row or gate, its letter spaced or glued ("in row 31
# F", "seat 22C", "from gate 5"), an airport's terminal or hangar, a train's carriage, a ship's
# cabin, a prison's or a hospital's wing, cell or bed ("in wing 2", "in cell 14", "bed 12 of the
# ward"), a show's hall, and a bus stand, a flat, a railway track, a fuel pump or a plot or lot of
# land; words that are verbs or adjectives too ("seat", "row", "stand", "lot", "plot", "flat",
# "track", "pump") only after a preposition and "the" ("in row 12",
# "from stand 3"): "can seat 12 comfortably", "the Reds stand 3 clear", "in a row" are none.
# (sport_names.slot_number reads them: a verb in "s" before a count, "row 31 seats 6 people", ends the
# slot's number there as "is" does)
# ... and a numbered vehicle of a fleet or a train in lower case, a bus, a coach, a tram or a
# train's car, after a preposition or its owner ("off bus 14", "on tram 6", "the train's car 4
# seats 64"): "a bus 20 minutes late" measures, "the car 3 men stole" has no preposition
# ... and a numbered box, a ballot's, a theatre's or a post office's ("found in box 14", "ballot
# box 7", "PO Box 4021"): "a box 12 inches wide" measures, "packed 24 to a box" counts
# ... and a survey's numbered marker in the field, a glacier's stake, a survey peg or marker, a
# borehole, a transect or a quadrat ("at stake 7, some 500 metres up", "borehole 3 was drilled to
# 85 metres", "Marker 9 on the ridge"): a marker's name, not a count; "its stake 5%", "a marker 3
# metres high" share or measure
# ... and a chain's numbered shop, as retail copy writes it, up to four digits ("keep store 118 on
# Oxford Street", "branch 42 closes", SHOP_SLOT_WORDS): a label, not a count; "store" and "shop" are
# verbs too, and after "to" or a modal they are (SLOT_VERB_WORDS: "able to store 40 in the tank")
SHOP_SLOT_WORDS: frozenset[str] = frozenset("store shop branch outlet".split())
SLOT_POSITION_WORDS: frozenset[str] = (
    frozenset(
        "stall berth lane pitch court platform bay pier dock hole channel gate terminal hangar carriage cabin wing"
        " cell bed hall box stake marker peg borehole transect quadrat".split()
    )
    | SHOP_SLOT_WORDS
)
SLOT_VERB_WORDS: frozenset[str] = frozenset(("store", "shop"))
SLOT_PLACED_WORDS: frozenset[str] = frozenset(
    "seat row rows stand lot plot flat track pump bus coach tram car".split()
)
# Things given a number as their label, written in lower case before "number" or "no." ("wearing
# bib number 71", "runner number 1045", "lot number 88", "the jet's tail number 4021", a notice's
# "charity no. 1089464", "application no. 4417"): the label, never a figure (rules, table 8:
# digits inside names), unless a unit follows it
LABEL_NUMBER_NOUNS: frozenset[str] = frozenset(
    """bib race runner rider competitor jersey shirt lot ticket badge seat tail hull pennant
    registration serial reference locker charity company account application file licence license
    permit policy""".split()
)
# Buildings and works whose floors are numbered as levels, after "level N of the" ("moved to level
# 3 of the car park", "at level 2 of the mall", "trapped at level 21 of the mine"): a floor, a
# numbered position (rules, table 8), not a count nor a reading on a scale
FLOORED_BUILDING_NOUNS: frozenset[str] = frozenset(
    """car-park carpark garage building tower mall centre center stadium hotel hospital terminal station
    complex ship vessel mine library museum airport block""".split()
) | frozenset(("car park", "shopping centre", "shopping center", "parking garage"))
# Words of flying, whose sentence makes a two-character code and a number a flight's name without
# the word "flight" ("BA 2490 was diverted", "passengers on EK 601") and a bare airliner model's
# number a name ("the 787 on display"): rules, table 8, digits inside names
AVIATION_WORDS: frozenset[str] = frozenset(
    """flight flights airline airlines airways airport airports aircraft airliner airliners plane planes
    jet jets jetliner passenger passengers pilot pilots crew cockpit runway take-off takeoff landed landing
    diverted grounded boarded aboard Boeing Airbus airshow""".split()
)
# The model numbers of airliners written alone, without their maker's name ("the 787 on display", "its
# last 747 was retired"): Boeing's jetliners, named by three digits
AIRLINER_MODEL_NUMBERS: frozenset[str] = frozenset("707 717 727 737 747 757 767 777 787".split())
# the lower-case words after "polling" that name a numbered station ("polling station 17",
# "polling units 12 to 15", as Nigerian copy numbers them)
POLLING_PLACE_WORDS: frozenset[str] = frozenset("station stations unit units booth booths".split())
# In lower case these name a provision of a law ("a section 65 inquiry", "under subsection 3") or a
# numbered exit of a road, as traffic copy writes it ("near exit 23", "junction 14 of the M4"), or
# a release of software or of a document ("released version 3.0 of the app", "version 2 of the
# plan"), a page of a paper, a report or a binder ("on page 47 of the report", "(Comment, page 9)"),
# or an article of a code or a treaty cited in lower case, as much court and European copy writes
# it ("up to five years under article 210 of the penal code"), or a form ("on form 1040"), or a
# clause, paragraph or regulation ("clause 14.2 of the lease"), unless
# a unit follows the number ("a section 12 metres long"); "a 40-page report" counts pages.
PROVISION_WORDS: frozenset[str] = frozenset(
    (
        "section",
        "subsection",
        "exit",
        "junction",
        "junctions",
        "version",
        "versions",
        "page",
        "pages",
        "article",
        "articles",
        # an official form known by its number, as tax-season copy cites it ("line 15 of form 1040")
        "form",
        "forms",
        # a contract's or a law's clause, paragraph or regulation cited in lower case ("under clause
        # 14.2 of the lease", "paragraph 12 of the ruling", "breached regulation 5")
        "clause",
        "clauses",
        "subclause",
        "paragraph",
        "paragraphs",
        "subparagraph",
        "regulation",
        "regulations",
        # a resolution of a council or an assembly by its number, as UN and diplomatic copy cites
        # it in lower case ("adopted resolution 2799", "under Security Council resolution 1701")
        "resolution",
        "resolutions",
    )
)
# Stock-market indices and the numbers in their names ("S&P 500", "FTSE 250", "Nikkei 225"): such
# a number names the index, it is not a figure. Keys lower case; "s p" and "sp" are "S&P" with
# its ampersand lost. Only the listed numbers are names: "the Nasdaq at 16,000" is a level.
MARKET_INDEX_NUMBERS: dict[str, frozenset[int]] = {
    "s&p": frozenset((100, 400, 500, 600)),
    "s p": frozenset((100, 400, 500, 600)),
    "sp": frozenset((100, 400, 500, 600)),
    "nasdaq": frozenset((100,)),
    "ftse": frozenset((100, 250, 350)),
    "stoxx": frozenset((50, 600)),
    "nikkei": frozenset((225,)),
    "asx": frozenset((200, 300)),
    "russell": frozenset((1000, 2000, 3000)),
    "cac": frozenset((40,)),
    "dax": frozenset((30, 40)),
    "ibex": frozenset((35,)),
    "nifty": frozenset((50,)),
    "kospi": frozenset((200,)),
    "csi": frozenset((300, 500, 1000)),  # China's CSI 300
    "kse": frozenset((100, 30)),  # Pakistan's KSE-100
    "sensex": frozenset((30,)),
    "wilshire": frozenset((5000,)),
    # Europe's and Africa's bourses by their benchmarks: Brussels' BEL 20 (its "BEL" is also the
    # Belgian franc's code), Lisbon's PSI 20, Warsaw's WIG 20 and WIG 30, Istanbul's BIST 100,
    # Cairo's EGX 30, Nairobi's NSE 20
    "bel": frozenset((20,)),
    "psi": frozenset((20,)),
    "wig": frozenset((20, 30)),
    "bist": frozenset((30, 50, 100)),
    "egx": frozenset((30, 70, 100)),
    "nse": frozenset((20, 25)),
}
# Words that name a stock-market index in a sentence: the keys above, more index names, the word
# "index" itself, and the words news gives any index of a survey or market ("the services PMI",
# "a gauge of factory activity", "the sentiment indicator", "the business barometer", "consumer
# confidence"; the volatility indexes, "the VIX climbed to 21.30"). There, bare
# "points" are index points and "closed at 8,436.5" is a level.
MARKET_INDEX_WORDS: frozenset[str] = (
    frozenset(k for k in MARKET_INDEX_NUMBERS if " " not in k and k != "sp")
    | frozenset(
        """index indices indexes topix hang seng kospi dow ibovespa tsx jse sensex nifty kse psei straits
    composite taiex twse klci jci idx kosdaq chinext hsi psx aspi dsex nepse hnx pmi gauge indicator
    barometer sentiment vix vstoxx vxn""".split()
    )
    | frozenset(
        # a survey's index named by what it measures ("consumer confidence rose to 96.8"); "confidence"
        # alone is also a vote's ("won the confidence vote by 231 to 209")
        ("consumer confidence", "business confidence", "investor confidence")
    )
)
# The last word of a street address: the number before the street's name is a house number
# ("9 Wampanoag Trail", as New England's roads are named).
STREET_WORDS: frozenset[str] = frozenset(
    """St St. Street Rd Rd. Road Ave Ave. Avenue Blvd Blvd. Boulevard Way Lane Ln Drive Dr Place Pl
    Court Ct Terrace Crescent Parkway Pkwy Square Sq Close Row Mews Grove Gardens
    Cres Cres. Pde Parade Tce Esplanade Hwy Cct Circuit Trail""".split()
)
# ... and the words opening a street's or a square's name that is a date ("Rue du 11 Novembre",
# "Place du 8 Mai", "Praça 15 de Novembro"), the month after the day (STREET_DATE_MONTHS)
STREET_DATE_OPENING_WORDS: frozenset[str] = frozenset(
    "Ave Ave. Avenue Rue Via Calle Avenida Rua Viale Piazza Piazzale Corso Largo Plaza Paseo Carrera"
    " Boulevard Jalan Place Praça".split()
)
# The small words of Romance, Dutch, German and Arabic names between their capitalised words
# ("Levada das 25 Fontes", "Calle de los 7 Pecados", "Via delle 4 Fontane", "Khalid bin Salman"): a
# number between such a word and a capitalised word is part of the name (rules, table 8, digits
# inside names); a speaker's name may hold one (attribution.py)
NAME_PARTICLES: frozenset[str] = frozenset(
    "da das de del della delle dei degli di do dos du des der den van von la las le les los bin al el".split()
)
# The nouns of a region that may record a rate per head as its subject ("The western region recorded
# 9.4 deaths per 100,000": `rate_groups.rate_group_before`), or a level ("In the region's coastal
# towns, the jobless rate rose to 11.4%": `rate_groups.level_place_before`); a place that records or
# reports a figure is no speaker ("The capital's eastern suburbs reported 31 burglaries":
# `attribution.place_reports`)
REGION_NOUNS: frozenset[str] = frozenset(
    """
    region regions district districts province provinces state states county counties area areas
    city cities country countries municipality municipalities prefecture prefectures capital
    island islands territory territories town towns suburb suburbs parish parishes interior
    borough boroughs canton cantons highlands lowlands coast coasts
    """.split()
)
# The compass points news names regions and bearings by: the four and the four between them,
# joined or hyphened ("the north-east got 40 tonnes", "260 km southeast of Seoul")
COMPASS_POINTS: frozenset[str] = frozenset(
    "north south east west northeast northwest southeast southwest north-east north-west south-east south-west".split()
)
# Cities whose postal districts are numbered after the city's name, with the highest number
# ("a 2-bed apartment, Dublin 8, €2,150", "PO Box 4512, Kingston 5", "Colombo 7"): an address
POSTAL_DISTRICT_CITIES: dict[str, int] = {"Dublin": 24, "Kingston": 20, "Colombo": 15}
# Street words written before the street's name ("22 Ave Foch", "3 Rue Cler").
STREET_WORDS_BEFORE_NAME: frozenset[str] = frozenset("Ave Ave. Avenue Rue Via Calle Avenida".split())
# ... and in lower case, as French, Spanish and Portuguese addresses write them, between the house
# number and the street's capitalised name ("7 rue Alcide de Gasperi", "12 avenue Foch", "45
# boulevard Haussmann", "3 calle de Alcalá"); "via" is left out ("sent 12 via WhatsApp" counts)
STREET_WORDS_LOWER_BEFORE_NAME: frozenset[str] = frozenset(
    "rue avenue boulevard bd quai allée chemin impasse cours place calle avenida paseo rua".split()
)
# Continental Europe, Latin America and Southeast Asia write the house number after the street's
# name ("Mühlgasse 14", "Rua Augusta 120", "Jalan Sudirman 5"): the endings of a street's name in
# one word (German, Dutch, Nordic and Finnish compounds: "Kirchstrasse", "Molenstraat",
# "Storgatan", "Kauppakatu"), ...
STREET_NAME_ENDINGS: tuple[str, ...] = tuple(
    """strasse straße gasse platz allee weg damm ufer steig straat laan plein gracht kade dijk singel
    gade vej plads gata gatan vägen väg veien vei torget torg katu tie kuja gøta vegur""".split()
)
# ... the words written before a street's name in those languages ("Rue du Port 4", "Via Roma 12",
# "Calle Mayor 3", "Jalan Thamrin 9", "Avenida Central 1340"), ...
STREET_WORDS_OPENING_NAME: frozenset[str] = STREET_WORDS_BEFORE_NAME | frozenset(
    "Rua Viale Piazza Piazzale Corso Largo Plaza Paseo Carrera Avenue Boulevard Jalan Jl. Jln.".split()
)
# ... and the words after a street's name, in one or two words, as Baltic, Balkan, Central
# European, Turkish and Central Asian addresses write them ("Brivibas iela 12", "Slovenska cesta 5",
# "Atatürk Caddesi 40", "Abay Avenue 15"): a number right after them is a house number
STREET_WORDS_CLOSING_NAME: frozenset[str] = frozenset(
    """iela cesta ulica ul. ulice gatvė g. prospekt prospekti pr. utca út sokak Sokak Sokağı caddesi
    Caddesi bulevar Bulevar bulvar gate Avenue Boulevard Allee""".split()
)
# Whole lines (or their openings) that are page furniture, not article prose.
FURNITURE_LINE_PREFIXES: tuple[str, ...] = (
    "Read More",
    "Read more",
    "READ MORE",
    "Also Read",
    "Also read",
    "ALSO READ",
    "PHOTO:",
    "Photo:",
    "PHOTO :",
    "FILE PHOTO",
    "File photo",
    "File Photo",
    "Photo credit",
    "Image:",
    "IMAGE:",
    "Image credit",
    "Published in",
    "Load Next Story",
    "RELATED",
    "Related:",
    "Related Stories",
    "Related Articles",
    "ADVERTISEMENT",
    "Advertisement",
    "Click here",
    "Subscribe",
    "Follow us",
    "Share this",
    "Watch:",
    "WATCH:",
    "Listen:",
    "Caption:",
    "Source:",
    "Credit:",
    "Courtesy:",
    "Have something to add",
    "Comments",
)

# Words that open a new clause, in three named groups (one source for the figures engine): what a
# figure measures, the noun it counts or what money is for is never read across a contrast or a
# subordinate clause; a relative pronoun opens a clause said of the noun BEFORE it, so the readers
# that look for that noun before a figure ("attacks that rose from 233 to 265") do not stop there.
CONTRAST_CONJUNCTIONS: tuple[str, ...] = ("but", "while", "whereas")  # "rose 5%, while exports fell"
SUBORDINATORS: tuple[str, ...] = ("because", "although", "though", "unless", "if", "when")
RELATIVE_PRONOUNS: tuple[str, ...] = ("which", "who", "that")
# every word above: a clause is over at any of them (a count's subject before "were", what an
# amount is for after it)
CLAUSE_OPENERS: frozenset[str] = frozenset((*CONTRAST_CONJUNCTIONS, *SUBORDINATORS, *RELATIVE_PRONOUNS))
# ... but for the clause that leads up to a figure, read backwards: not the relative pronouns
CLAUSE_BREAKS: tuple[str, ...] = (*CONTRAST_CONJUNCTIONS, *SUBORDINATORS)

# Words after which a number word does not quantify a following noun.
FUNCTION_WORDS: frozenset[str] = frozenset(
    """
    of and or to in on at by for from with is was were are be been being has have had who whom
    which that this these those the a an said says say told tells as than then per if but nor so
    yet not no it its he she they them his her their we our you your i me my us against versus vs
    """.split()
)

# Words no line of prose, headline or list ends on: articles, prepositions, conjunctions,
# possessives, auxiliaries and approximation words. A line break right after one is a wrap inside
# a sentence ("... rates by 25 basis\npoints ...", "... fell to\n4% ..."), not the end of a line.
LINE_WRAP_WORDS: frozenset[str] = frozenset(
    """
    a an the of to in on at by for from with into onto than as and or nor but if
    is was were are be been being has have had will would could should its their his her our my
    your whose which who whom that this these those about around nearly almost approximately
    roughly some over under some estimated least most between among including per
    """.split()
)

# The labels of a forecast line's readings written with no colon ("Tonight: Clear. Low 28.", "Min
# 19 Max 27", "High minus 6"): weather_readings.RE_FORECAST_LABEL_BEFORE reads them (the short ones in
# lower case and in capitals too), and reading.RESULT_TEAM opens no team's name on a short one
FORECAST_LABELS: tuple[str, ...] = ("High", "Low", "Max", "Min")
FORECAST_LONG_LABELS: tuple[str, ...] = ("Maximum", "Minimum")

# Abbreviations after which a full stop does not end a sentence.
# Currency signs written with a full stop before an amount ("kr. 65", "Fr. 14 billion", "Sh. 500"):
# the stop ends no sentence when a digit follows (ABBREVIATIONS stop it before any capital too)
SIGN_ABBREVIATIONS: frozenset[str] = frozenset(
    "kr Kr Fr SFr Sh Shs Ksh KSh Tk Dh Dhs Rp Bs S/ Afl NAf Nu Cg".split()
)
ABBREVIATIONS: frozenset[str] = frozenset(
    """
    Rs Re Mr Mrs Ms Dr Prof Gen Lt Col Maj Capt Sgt Brig Adm Cmdr Gov Sen Rep Rev St Jr Sr
    No Nos Nov Dec Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Inc Ltd Co Corp Bros vs etc approx
    est Vol Fig Art Sec Dept Univ Ave Mt Ft Hon Justice Supt Insp
    """.split()
)

# --- how a charted figure stands (house chart rule: like with like) -------------------------

# Words in a figure's clause that make it a forecast, plan or request rather than an actual (an
# offer or promise of money is a pledge: "Norway offered a further $12 million").
FORECAST_WORDS: tuple[str, ...] = tuple(
    """
    expect expects expected expecting expectation expectations forecast forecasts forecasted
    projected projects projection projections predict predicts predicted prediction anticipate
    anticipates anticipated will would could outlook guidance
    target targets plan plans planned propose proposes proposed proposal appeal appeals
    appealed seek seeks sought pledge pledges pledged aim aims aimed aiming offer offers offered promise
    promises promised
    """.split()
)

# ... and the words that make a figure an estimate when said right before "at" and it ("output was
# estimated at", "exports are seen at", "projected at"), and the verbs that do when their object runs
# on to "at about" it ("the ministry put next season's crop at about 9.4 million bags"): an estimate
# stands with forecasts, never beside results (charts38b)
ESTIMATE_AT_WORDS: tuple[str, ...] = tuple(
    "estimate estimates estimated projected forecast seen pegged reckoned".split()
)
ESTIMATE_PUT_VERBS: tuple[str, ...] = tuple("put puts putting pegged pegs placed places".split())

# Money of unlike kinds shares no chart's axis (README rule 6): the words, in a sum's subject or its
# clause up to it, that say which kind it is, tried in this order (a loan is debt though it "brought"
# cash; a club's "player trading brought in" is income). A period's accounts are one kind: what came in
# and what went out of them ("revenue" beside "costs", the wage bill) is one comparison. A person's pay
# is another, read only where one of PERSON_NOUNS names whose it is ("the highest-paid director
# received", "the chief executive's bonus"; "wages and salaries" of a payroll are the accounts'):
# one person's pay beside a company's revenue would read as a part of it, or as a sum of like size.
MONEY_KIND_WORDS: dict[str, tuple[str, ...]] = {
    "debt and loans": tuple("""debt debts loan loans borrowing bond bonds mortgage mortgages""".split())
    + ("credit facility", "credit facilities", "loan facility", "loan facilities"),
    "capital raised": tuple(
        """raise raised raising offering offerings IPO IPOs listing listings flotation flotations""".split()
    )
    + ("rights issue", "rights issues"),
    "market trading": tuple(
        f"{what} {measure}"
        for what in ("trading", "traded", "turnover")
        for measure in ("worth", "value", "volume")
    )
    + ("value of trading", "value of shares"),
    "deals": tuple(
        """sold sell sells bought buy buys purchase purchases acquisition acquisitions acquired takeover
        takeovers transfer transfers signing signings signed""".split()
    )
    + ("fee for", "fees for"),
    "a person's pay": tuple("""salary wage bonus bonuses remuneration highest-paid best-paid""".split())
    + ("pay package", "pay packet", "was paid", "is paid", "total pay"),
    "income and spending": tuple(
        """revenue revenues sales turnover income earnings profit profits takings receipts earned EBITDA
        wage wages salary salaries pay paid bonus bonuses spending spent spend cost costs expenditure
        expenditures fees received""".split()
    )
    + ("brought in",),
}
PERSONAL_MONEY_KINDS: frozenset[str] = frozenset(("a person's pay",))  # kinds read only beside a person

# Verbs whose object is an amount looked for, needed or allowed: after a number, a noun and one of
# them with no object of its own ("above the 3,571 engineers expected", "short of the 420 farmers had
# hoped for"), the noun is the subject of a clause about the number, not what it counts
AMOUNT_OBJECT_VERBS: frozenset[str] = frozenset(
    """
    expect expects expected forecast forecasts forecasted predict predicts predicted project projects
    projected anticipate anticipates anticipated estimate estimates estimated plan plans planned
    target targets targeted budget budgets budgeted pledge pledges pledged promise promises promised
    want wants wanted need needs needed require requires required hope hopes hoped allow allows
    allowed consider considers considered deem deems deemed pay pays paid seek seeks sought
    """.split()
)
# ... and what may close such a clause after its verb: a stranded preposition or an object's
# complement ("had hoped for", "consider safe")
AMOUNT_OBJECT_TAILS: frozenset[str] = frozenset("for on to safe necessary acceptable sustainable".split())

# The nouns of a tropical storm ("a Category 3 hurricane", "gale signal No 8 as the typhoon neared")
STORM_NOUNS: tuple[str, ...] = ("typhoon", "cyclone", "storm", "gale", "hurricane")
# The days named relative to today ("rose 2m overnight and 1m today")
TODAY_WORDS: frozenset[str] = frozenset(("today", "tomorrow", "yesterday", "tonight"))
# The words that join the items of a list ("rose 5% in 2024 and 6% in 2025")
LIST_JOINS: frozenset[str] = frozenset(("and", "or"))
# The possessive determiners ("its own", "their four feet", "of their members")
POSSESSIVE_DETERMINERS: frozenset[str] = frozenset(("their", "its", "his", "her", "our", "my", "your"))
# The words that open a clause's subject or its verb's object: articles, demonstratives, possessive
# determiners and personal pronouns ("One day the river rose", "One wonders why it took so long")
SUBJECT_OPENERS: frozenset[str] = (
    frozenset("the a an this that these those he she it they we i you there".split()) | POSSESSIVE_DETERMINERS
)
# The forms of "be" ("was set at", "is forecast at")
BE_WORDS: frozenset[str] = frozenset("is was were are be been being".split())
# Forms of be, have and do and the modal verbs: a clause holding one after its figure has a verb of
# its own ("and $4M was paid"), so it is no bare next item of a list ("and 2.5% in 2027").
# The modal verbs ("could rise", "can seat")
MODAL_VERBS: tuple[str, ...] = tuple("will would could should may might must can shall".split())
AUXILIARY_VERBS: tuple[str, ...] = (
    tuple(sorted(BE_WORDS)) + tuple("has have had does did do".split()) + MODAL_VERBS
)

# Verbs that state a spread of values ("prices range from $5 to $9", "fees vary from"): a clause
# holding one states a range of its own, not a gapped change
RANGE_VERBS: frozenset[str] = frozenset(
    "range ranges ranged ranging vary varies varied varying run runs ran running start starts started".split()
)

# Phrases in a figure's clause that make it a running or cumulative total, not a one-off amount.
CUMULATIVE_PHRASES: tuple[str, ...] = (
    "since",
    "already",
    "so far",
    "to date",
    "in total",
    "cumulative",
    "cumulatively",
    "altogether",
    "in all",
    "over the past",
    "over the last",
)

# Words that make a phrase point back to something said elsewhere ("for these efforts").
ANAPHORIC_WORDS: tuple[str, ...] = ("this", "these", "that", "those", "such", "it", "them", "its")

# Nouns of what a sum of money is, named after the amount and "in" ("provides $4 million a year in
# aid", "€30 million in loans"): the amount is that aid or those loans
FUNDS_NOUNS: frozenset[str] = frozenset(
    """aid support funding funds grants loans credit credits investment investments financing
    assistance subsidies donations compensation damages revenue revenues sales bonuses dividends
    savings relief""".split()
)
# Nouns of money paid or charged: an amount "of" one ("a fee of K20", "fines of up to N500")
PAID_NOUNS: frozenset[str] = frozenset(
    """fee fees fare fares fine fines price prices wage wages salary salaries pay cost costs charge
    charges toll tolls levy levies rent rents subsidy allowance allowances pension pensions tax
    taxes tariff tariffs bill bills bonus bonuses stipend stipends""".split()
)
# The units a price is quoted for after "a" or "an" ("$78 a barrel", "12 cents a share"): the
# subject names them as "(per barrel)" (rules, table 3). After "per" or a slash any noun is such a
# unit ("GH¢400 per session", "N1,135/litre"). Spans of time ("£7,925 a year") are left to the
# subject's own words ("yearly fee"), which name the period.
PRICE_UNIT_NOUNS: frozenset[str] = frozenset(
    """
    barrel tonne ton kilo kilogram kg gram ounce pound litre liter gallon bag sack bushel crate box
    head person share unit session ticket seat room visit trip ride
    household family student pupil child patient passenger guest member acre hectare metre meter
    mile square kilometre kilometer bottle packet loaf dose tablet pill pack game match episode
    """.split()
)

# Words ending in "s" that are no plural nouns but adjectives or adverbs, which stand between a
# number and its counted noun ("400 overseas students", "a further 12 various items"); so is every
# word ending in "-ous" ("15 religious leaders", "30 indigenous communities", "3 previous owners").
NOT_PLURAL_S_WORDS: frozenset[str] = frozenset(
    # ... and diseases named by a singular in "s", which modify the noun after them ("45 measles
    # cases", "a mumps outbreak")
    "overseas various numerous measles mumps rabies herpes diabetes scabies".split()
)
ADJECTIVE_S_ENDING = "ous"
# singulars of medicine in "s" ("tuberculosis", "hepatitis", "diagnosis", "leishmaniasis"): no plural
NOT_PLURAL_S_ENDINGS = ("itis", "osis", "iasis")

# Plural nouns whose singular is not read off an "s" ending (words.singular; counts reads them as plurals).
IRREGULAR_SINGULARS: dict[str, str] = {
    "people": "person",
    "children": "child",
    "women": "woman",
    "men": "man",
    # animals' plurals with no "s" ("2,600 barnacle geese", "40 mice"): counted things
    "geese": "goose",
    "mice": "mouse",
    "oxen": "ox",
    # Latin and Greek plurals news counts ("five consortia bid", "three criteria")
    "consortia": "consortium",
    "criteria": "criterion",
    "phenomena": "phenomenon",
    "curricula": "curriculum",
    "memoranda": "memorandum",
    "referenda": "referendum",
}

# Counted nouns that baseball copy abbreviates, and what they count spelled out ("three homers",
# "nine RBIs"): a subject names the statistic in full.
SPORT_ABBREVIATIONS: dict[str, str] = {
    "homers": "home runs",
    "homer": "home run",
    "rbis": "runs batted in",
    "rbi": "runs batted in",
}


# Words that make a run of periods or events in a row ("five straight days", "in six consecutive games").
IN_A_ROW_WORDS: frozenset[str] = frozenset("consecutive straight successive continuous uninterrupted".split())


# --- places -------------------------------------------------------------------------------------

# The region a dateline names after its town, as the wires abbreviate it: the Associated Press's
# state abbreviations, the Canadian Press's provinces, Australia's states -> ISO 3166 alpha-2 code.
# "ALEXANDRIA, Va. —" is filed from Virginia, "WINDSOR, Ont." from Ontario and "PERTH, W.A." from
# Western Australia, whatever the town's better-known namesake (currencies.article_countries). Full
# names ("Texas", "Ohio", "Ontario") are currencies.NEWS_PLACES'. A style book's fixed table, kept
# here by hand: the one library that has part of it (`us` on PyPI: AP's US abbreviations) has no
# Canadian or Australian ones and brings a compiled dependency (jellyfish, for phonetic look-up)
# the engine does not use.
DATELINE_REGIONS: dict[str, str] = {
    **dict.fromkeys(
        """Ala. Ariz. Ark. Calif. Colo. Conn. Del. Fla. Ga. Ill. Ind. Kan. Ky. La. Md. Mass. Mich.
        Minn. Miss. Mo. Mont. Neb. Nev. N.H. N.J. N.M. N.Y. N.C. N.D. Okla. Ore. Pa. R.I. S.C. S.D.
        Tenn. Vt. Va. Wash. W.Va. Wis. Wyo. D.C. Tex.""".split(),
        "US",
    ),
    "P.R.": "PR",  # Puerto Rico ("SAN JUAN, P.R. —"), a territory with its own ISO code
    **dict.fromkeys("Alta. B.C. Man. N.B. N.L. Nfld. N.S. Ont. P.E.I. Que. Sask. Y.T. N.W.T.".split(), "CA"),
    **dict.fromkeys("N.S.W. Vic. Qld. W.A. S.A. Tas. N.T. A.C.T.".split(), "AU"),
}
# ... of which these are read only in a dateline: in prose "S.A." is more often the Spanish and
# Portuguese company suffix ("Banco Santander, S.A.") than South Australia
DATELINE_ONLY_REGIONS: frozenset[str] = frozenset({"S.A."})
