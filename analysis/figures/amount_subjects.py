"""Amount subjects: what a sum or a measurement is of: prices (unit, closing, sale, starting and
purchase prices), earnings, sums needed, sent, paid or held, a sum's direction, and measured things
(sizes, sides, materials, routes, storms, temperatures, falls of rain)."""

from __future__ import annotations

import re

from ..measures import is_length, quantity_of
from ..vocab import (
    CHANGE_WORDS,
    CLAUSE_OPENERS,
    COMPASS_POINTS,
    FUNCTION_WORDS,
    FUNDS_NOUNS,
    LOSE_VERBS,
    MODAL_VERBS,
    POSSESSIVE_DETERMINERS,
    SCALE_WORDS,
    STORM_NOUNS,
    TENS_WORDS,
    UNIT_WORDS,
)
from ..vocab import MONTHS as MONTH_NAMES
from . import giving
from .figure import Figure
from .noun_phrases import (
    ARTICLES,
    AUXILIARIES,
    BE_WORDS,
    BOUNDARY_WORDS,
    CHANGE_NOUNS,
    DETERMINERS,
    LINK_WORDS,
    NOT_CONTENT,
    NOT_NOUN_ENDS,
    NOUN_ONLY_CHANGES,
    PARTICLE_NOUN_OPENERS,
    PERIOD_WORDS,
    PREPOSITIONS,
    PRONOUNS,
    SUBJECT_PREPOSITIONS,
    clause_predicate_subject,
    first_predicate_subject,
    has_content_word,
    head_of,
    measured_before,
    noun_after,
    noun_phrase_before,
    past_form,
    strip_lower,
    tokens,
    without_approx,
    without_aside,
    without_ing_relative,
    without_relative_opening,
)
from .numbers import ROUGH_COUNT
from .people_subjects import present_verb, relative_words
from .subject_clauses import (
    CLAUSE_MARKS,
    CLAUSE_WORDS,
    DEPTH_WORDS,
    DESCRIBING_PREPOSITIONS,
    DIMENSION_NOUNS,
    DIMENSIONS,
    DISTRIBUTIVES,
    EARNED_MEASURES,
    FIRST_PAST_VERBS,
    HOLDING_VERBS,
    LASTING_WORDS,
    MEASURE_VERBS,
    MEASURING_VERBS,
    MONEY_CHANGE_PARTICLES,
    NOW_WORDS,
    OBJECT_PRONOUNS,
    PART_PRONOUNS,
    PART_REACH,
    PER_PERIODS,
    PERIOD_POINT_WORDS,
    PERSONAL_PRONOUNS,
    PREMODIFIED_DIMENSIONS,
    SAYING_WORDS,
    SPAN_LENGTH,
    TRAVEL_VERBS,
    VERB_ADVERBS,
    WEEKDAYS,
    _doer,
    active_past,
    antecedent_head,
    bare_subject_of,
    clause_opener,
    is_superlative,
    lasting_noun,
    names_a_time,
    only_a_time,
    verb_like,
    with_subject,
    without_bracket_asides,
    without_measure,
)
from .words import singular

# a noun phrase's own "between" phrase, crossed when reading it back ("the E39 between Bergen and
# Stavanger, some 400 km,")
APPOSED_BARE_CROSS = SUBJECT_PREPOSITIONS | {"between"}


INDEFINITE_ARTICLES = frozenset(("a", "an"))
APPOSED_ADJECTIVES = 1  # the most plain adjectives between the article and the figure ("a brutal")
APPOSED_LIST_REACH = 8  # the words before the comma read for a figure, which makes it a list


def apposed_measure(before: list[str]) -> str:
    """What the noun phrase before ", a" names when a figure qualifying a noun follows: the
    apposition renames that phrase, so the figure measures it ("The new bridge, a 1.2 km span,"
    -> "new bridge"; "Acme's flagship store, a 4-storey building"); "" when no noun phrase, a
    pronoun or only a time stands before the comma ("in 2019, a 40-km route")."""
    lead = before[:]
    for _ in range(APPOSED_ADJECTIVES):
        if (
            len(lead) > 2
            and lead[-1].isalpha()
            and lead[-1].islower()
            and lead[-1] not in INDEFINITE_ARTICLES
        ):
            lead = lead[:-1]  # "a hilly 142.5-km leg": a plain adjective before the figure
    if len(lead) < 3 or lead[-1].lower() not in INDEFINITE_ARTICLES or lead[-2] != ",":
        return ""
    if any(w[0].isdigit() for w in lead[-2 - APPOSED_LIST_REACH : -2]):
        return ""  # "a 750-metre swim, a 20-km ride": a list of measured things, no apposition
    phrase = noun_phrase_before(lead[:-2])  # the last noun phrase: "work on [the bridge], a"
    named = head_of(phrase)
    words = named.split()
    opener = len(lead) - 2 - len(phrase) - 1  # the word before the phrase
    if 0 <= opener and lead[opener].lower() in PREPOSITIONS and (opener == 0 or lead[opener - 1] in ".;:"):
        return ""  # "On the market, a 50kg bag of rice sold": a fronted place, no apposition
    if (
        not words
        or phrase[0].lower() in INDEFINITE_ARTICLES
        or words[0].lower() in PRONOUNS
        or is_superlative(words[-1].lower())
        or only_a_time(named)
    ):
        return ""  # "The biggest, a 640 MW plant": no noun before the comma
    return named


def period_object(words: list[str]) -> bool:
    """Whether words open with a period, not an object: "in September", "in the year to March"."""
    if len(words) < 2 or words[0].lower() not in ("in", "on", "for", "since", "during"):
        return False
    rest = [w for w in words[1:3] if w.lower() not in DETERMINERS]
    return bool(rest) and (rest[0][0].isdigit() or rest[0].lower() in PERIOD_WORDS)


# a medicine's mass before how often it is taken: a dose
DOSE_MEASURES = frozenset(("milligram", "microgram"))
# the statistic a measurement is stated as after "a/an ... of" ("an average of 6 kg")
STATISTIC_WORDS = frozenset(("average", "mean", "median"))


# Nouns a maturity in years qualifies ("the 30-year yield", "10-year Treasury notes"): its subject
# is the maturity of the bond, of which a yield is the yield.
MATURITY_NOUNS = frozenset("bond bonds note notes gilt gilts bund bunds treasuries debt paper".split())
YIELD_NOUNS = frozenset(("yield", "yields"))
MATURITY_WORDS = 3  # the words read after "N-year" for such a noun ("government bond")


# Verbs of a sum needed, and the period words after a sum that make it a cost per period ("needs
# $2m a year to run", "requires Rs 25 lakh annually to maintain").
NEED_VERBS = frozenset("need needs needed require requires required".split())
PERIOD_COSTS = {"year": "annual", "annum": "annual", "month": "monthly", "week": "weekly", "day": "daily"}
RUN_PHRASE_WORDS = 6  # the most words read after "to" for what the sum runs ("to run its two museums")


def running_cost(lead: list[str], after: list[str]) -> str:
    """What a sum needed for a purpose pays for, when a need verb stands right before it and "to"
    and a verb follow it, with its period ("The shelter needs $420,000 a year to keep its doors
    open" -> "annual cost to keep its doors open"); else "". A sum needed with no "to" ("needs $2m
    more") or after another verb ("raised $2m a year to fund") is no such cost."""
    if not lead or lead[-1].lower() not in NEED_VERBS:
        return ""
    words = after
    period = ""
    if words[:1] and words[0].lower() in ("a", "an", "per", "each", "every") and words[1:2]:
        period = PERIOD_COSTS.get(words[1].lower(), "")
        if not period:
            return ""
        words = words[2:]
    elif words[:1] and words[0].lower() == "annually":
        period, words = "annual", words[1:]
    if words[:1] != ["to"] or len(words) < 3 or not words[1].isalpha() or not words[1].islower():
        return ""
    phrase: list[str] = []
    for word in words[1 : 1 + RUN_PHRASE_WORDS]:
        if not (word[0].isalnum() or word in "'’-") or word.lower() in BOUNDARY_WORDS:
            break
        phrase.append(word)
    if len(phrase) < 2:
        return ""
    doer = _doer(lead[:-1])
    run = " ".join(phrase).replace(" - ", "-")  # "its 12-bed unit" comes as three tokens
    return f"{period} cost {f'for {doer} ' if doer else ''}to {run}".lstrip()


def maturity(body: str, fig: Figure) -> str:
    """ "maturity of the bond" for a yield, "maturity of the government bonds" for the bonds an
    "N-year" qualifies, else ""."""
    at = body.index("-year", fig.start) + len("-year")
    if body.startswith("s", at) or body.startswith("-old", at):
        return ""  # "30-years", "a 30-year-old": no maturity
    words = tokens(body, at, min(len(body), at + 40))[:MATURITY_WORDS]
    named: list[str] = []
    for word in words:
        lower = word.lower()
        if lower in YIELD_NOUNS and not named:
            return "maturity of the bond"
        if not word.isalpha():
            return ""
        named.append(word)
        if lower in MATURITY_NOUNS:
            return f"maturity of the {' '.join(named)}"
    return ""


# the word that joins a measure to the noun phrase that does it: "cost of the count", "investment by the firm"
MEASURE_DOERS: dict[str, str] = {
    "cost": "of",
    "savings": "of",
    "investment": "by",
    "sum sought": "by",
    "sum requested": "by",
}
JOINING_WORDS = frozenset(("and", "or", "but"))  # words that join a clause, none of its doer
VALUING_VERBS = frozenset("value values valued valuing".split())
VERB_OBJECT_WORDS = 3  # the longest object between such a verb and its amount ("cost the group")
NOT_OBJECT_WORDS = (
    PREPOSITIONS | LINK_WORDS | BE_WORDS | AUXILIARIES | frozenset(CHANGE_WORDS) | {"and", "or"}
)


# comparatives that bound an appraisal from one side after its "at" ("value him at nearer £2.5m")
NEARER_WORDS = (["nearer"], ["nearer", "to"], ["closer", "to"])


def joined_hyphens(words: list[str]) -> list[str]:
    """The tokens with a hyphen and the word or number after it joined to the word before ("Under",
    "-", "21" -> "Under-21")."""
    out: list[str] = []
    for word in words:
        if out and (word == "-" or out[-1].endswith("-")) and out[-1][:1].isalpha():
            out[-1] += word
        else:
            out.append(word)
    return out


def named_by_verb(lead: list[str]) -> str:
    """What an amount measures when the verb before it names the measure (MEASURE_VERBS, its
    object between them: "cost the group") or values something "at" it ("valuing the company at"),
    with the noun phrase whose measure it is ("cost of the count", "valuation of company"); ""."""
    if not lead:
        return ""
    for near in NEARER_WORDS:
        if (
            len(lead) > len(near)
            and [w.lower() for w in lead[-len(near) :]] == near
            and lead[-len(near) - 1] == "at"
        ):
            lead = joined_hyphens(lead[: -len(near)])  # "value the Under-21 cap at nearer": its bound
            break
    if lead[-1].lower() == "at":
        # (the object's article read past too: "value the Scotland Under-21 cap at")
        for i in range(len(lead) - 2, max(-1, len(lead) - 4 - VERB_OBJECT_WORDS), -1):
            if lead[i].lower() in VALUING_VERBS:
                valued = [w for w in lead[i + 1 : -1] if w.lower() not in DETERMINERS]
                if (
                    valued
                    and all(w[:1].isalpha() for w in valued)
                    and valued[0].lower() not in PRONOUNS
                    and valued[0].lower() not in OBJECT_PRONOUNS
                ):
                    holder = _stock_holder(lead[:i]) if len(valued) == 1 and valued[0].islower() else ""
                    if holder:
                        return f"market value of {holder}"  # "Acme's shares rose 3%, valuing the company at"
                    if len(valued) == 1 and valued[0].islower() and _own_shares(lead[:i]):
                        return f"market value of {valued[0]}"  # "Its shares rose 3%, valuing the company at"
                    return f"valuation of {' '.join(valued)}"  # "valuing the four-year-old company at"
                doer = "" if valued else _doer(lead[:i]) or measured_before(lead[: i + 1])[0]
                if not doer and len(valued) == 1 and valued[0].lower() in OBJECT_PRONOUNS:
                    return "valuation"  # "Surveyors valued it at": a valuation of what "it" stands for
                return f"valuation of {doer}" if doer else ""  # "The deal, valued at"
        return ""
    asked = _asked_for(lead)
    if asked:
        return asked
    fined = _fined_with_long_object(lead)
    if fined:
        return fined
    for i in range(len(lead) - 1, max(-1, len(lead) - 2 - VERB_OBJECT_WORDS), -1):
        measure = MEASURE_VERBS.get(lead[i].lower())
        if measure:
            if any(not w[:1].isalpha() or w.lower() in NOT_OBJECT_WORDS for w in lead[i + 1 :]):
                return ""  # "Running costs rose to", "Cost savings of": no object of a verb
            joint = MEASURE_DOERS.get(measure, "")  # a fine is named without who imposes it
            head = lead[:i] if lead[i - 2 : i] != ["used", "to"] else lead[: i - 2]  # "A sack used to cost"
            head = without_bracket_asides(head)  # "A sack (about 50 kilos) of rice costs": the sack of rice
            doer = (_doer(head) or _opening_noun(head) or _bare_opening_noun(head)) if i and joint else ""
            named = doer.split()
            while named and named[0].lower() in JOINING_WORDS:
                named = named[1:]  # "and salaries for staff cost": the salaries
            if named and named[0].lower() in FUNCTION_WORDS:
                named = []  # "and in the south it costs": a phrase of place, no doer
            doer = " ".join(named)
            if not doer and joint and i == len(lead) - 1 and lead[i].lower().endswith("ing"):
                doer = _participle_noun(lead[:i])  # "a cottage or flat costing under": its cost
            if not doer and joint and i:
                doer = _phrase_before_verb(head)  # "where a kilo of beef costs": the kilo of beef
            if not doer and joint and i:
                doer = _clause_opening_phrase(head)  # "A sunbed and umbrella on the beach cost"
            return f"{measure} {joint} {doer}" if doer else measure  # "It will cost": the cost
    return ""


HOLDER_WORDS = 8  # the longest noun phrase read right before a verb of measure for its holder
PLACE_RELATIVES = frozenset(("where", "wherever"))  # a clause of a place's own prices
MEASURE_VERB_HELPERS = AUXILIARIES | VERB_ADVERBS | frozenset(MODAL_VERBS)  # "will cost", "now costs"


def _phrase_before_verb(head: list[str]) -> str:
    """The noun phrase right before a verb of measure, past its auxiliaries and adverbs, when a
    mark, a clause word or an opening place ("In Mombasa") comes before it ("where a kilo of beef"
    -> "a kilo of beef", ", the next 100 litres" -> "the next 100 litres"), or "": a pronoun, a
    preposition's object ("my trip on the 401"), or no word of content."""
    words = list(head)
    while words and words[-1].lower() in MEASURE_VERB_HELPERS:
        words.pop()
    if "(" in words or ")" in words:
        return ""  # (the phrase would not be the words' tail)
    phrase = noun_phrase_before(words, subject=True)
    if not phrase or len(phrase) > HOLDER_WORDS or phrase != words[len(words) - len(phrase) :]:
        return ""
    k = len(words) - len(phrase)
    opener = words[k - 1] if k else ""
    if (
        opener
        and not (
            opener in CLAUSE_MARKS
            or opener.lower() in CLAUSE_WORDS
            or opener.lower() in CLAUSE_OPENERS
            or opener.lower() in PLACE_RELATIVES  # "where a kilo of beef costs"
            or (opener[:1].isupper() and phrase[0].lower() in ARTICLES)  # "In Mombasa a kilo of sugar"
        )
    ):
        return ""
    lower = [w.lower() for w in phrase]
    if (
        lower[0] in PREPOSITIONS
        or not lower[0][:1].isalpha()  # "350 kilometres long and will cost": a measure, no holder
        or JOINING_WORDS.intersection(lower)  # "carries 400 kilovolts and will cost": another clause
        or any(w in PRONOUNS or w in OBJECT_PRONOUNS for w in lower)
        or not has_content_word(" ".join(phrase))
        or any(
            a[-1:].isdigit() and b.isupper() and len(b) <= 2 for a, b in zip(phrase, phrase[1:], strict=False)
        )
    ):
        return ""  # (a code glued to its digits, "8K", "9800X3D", is read apart: it is not spelled back)
    return " ".join(phrase)


RATE_PERIOD_WORDS = frozenset(("hour", "day", "night", "week", "month", "year"))
CLAUSE_PHRASE_WORDS = 10  # the longest whole clause opening read as the thing a verb of measure measures
SENTENCE_END_TOKENS = frozenset((".", "!", "?"))
NOT_PHRASE_WORDS = frozenset(("or", "but", "that", "which", "who", "where", "when", "if", "to"))
# verbs of saying, thinking and planning that open a clause of their own before the verb of measure
# ("Experts say restoring a haveli can cost", "The board estimates the closure will cost")
CLAUSE_VERBS = SAYING_WORDS | frozenset(
    """say estimate estimates expect expects plan plans think thinks believe believes reckon reckons
    predict predicts forecast forecasts hope hopes want wants need needs warn warns put puts
    estimated expected planned thought believed reckoned predicted hoped wanted needed warned""".split()
)


def _clause_opening_phrase(head: list[str]) -> str:
    """The words that open the clause of a verb of measure and run up to it, when they read as one
    noun phrase and none of the readers above took it: a determiner or a capital opening them after
    the sentence's start or a clause mark, no pronoun, verb or second clause in them, a measure
    left out ("A 10kg sack of replacer costs" -> "sack of replacer"; "A sunbed and umbrella on the
    beaches of Saranda cost"; "Consumption above 700 kWh a month will cost"); or ""."""
    words = list(head)
    while words and words[-1].lower() in MEASURE_VERB_HELPERS:
        words.pop()
    k = len(words)
    while k and words[k - 1] not in SENTENCE_END_TOKENS and words[k - 1][-1] not in CLAUSE_MARKS:
        k -= 1
    if k == 0 and len(head) > CLAUSE_PHRASE_WORDS:
        return ""  # no start of the clause in reach
    phrase = words[k:]
    said = [j for j, w in enumerate(phrase) if w.lower() in CLAUSE_VERBS]
    if said:
        phrase = phrase[said[-1] + 1 :]  # "The board estimates the closure will cost": the closure
    if not phrase or len(phrase) > CLAUSE_PHRASE_WORDS:
        return ""
    first = phrase[0]
    if first.lower() in POSSESSIVE_DETERMINERS:
        return ""  # "My bus trip on the 401 costs": whose trip the writer's words say, not a noun phrase's
    if first.lower() in OPENING_DETERMINERS:
        phrase = phrase[1:]
    elif not (
        first[:1].isupper()
        and first[1:].islower()
        and first.isalpha()
        or said
        and first.islower()
        and first.endswith("ing")  # "Experts say restoring a haveli can cost": the restoring
    ):
        return ""  # "in Attapeu province it costs": no noun phrase opens the clause
    if phrase and phrase[0].lower() in ("and",):
        return ""
    for j, word in enumerate(phrase):
        lower = word.lower()
        if (
            lower in PRONOUNS
            or lower in OBJECT_PRONOUNS
            or lower in AUXILIARIES
            or lower in BE_WORDS
            or lower in NOT_PHRASE_WORDS
            or lower in CLAUSE_VERBS
            or (active_past(word) and j > 0 and phrase[j - 1].lower() not in OPENING_DETERMINERS)
            or (
                lower in ARTICLES
                and j > 0
                and phrase[j - 1].lower() not in PREPOSITIONS | {"and"}
                and not phrase[j - 1].endswith("ing")  # "producing a kilowatt-hour": a gerund's object
                and phrase[j + 1 : j + 2] != []
                and phrase[j + 1].lower() not in RATE_PERIOD_WORDS
            )  # "Last year the repairs": two phrases; "above 500 kWh a month" is one
            or word in CLAUSE_MARKS
        ):
            return ""
    if "and" in (w.lower() for w in phrase) and phrase[-1].lower() == "and":
        return ""
    named = without_measure([*phrase, "."])[:-1]
    while named and (named[-1].lower() in PREPOSITIONS or named[-1].lower() in DETERMINERS):
        named.pop()
    if not named or not has_content_word(" ".join(named)) or named[0].lower() in PREPOSITIONS:
        return ""
    if named[0][:1].isupper() and named[0][1:].islower() and first.lower() not in OPENING_DETERMINERS:
        named[0] = named[0].lower()  # "Consumption above 700 kWh a month" opening the sentence
    return " ".join(named)


OPENING_WORDS = 14  # the longest clause read back from a verb for the noun phrase that opens it
OPENING_DETERMINERS = ARTICLES | DISTRIBUTIVES  # "A room at the inn costs"


BARE_OPENING_WORDS = 2  # the longest bare noun phrase read at a clause's start ("Parking", "Rail fares")


def _bare_opening_noun(words: list[str]) -> str:
    """The noun phrase without a determiner that opens the sentence of the verb after `words`, up
    to a phrase of a preposition that qualifies it ("Parking at the busiest car parks will" ->
    "parking"), or "": no such phrase, or a name or a pronoun opening it."""
    if len(words) > OPENING_WORDS or not words or not words[0][:1].isupper() or not words[0][1:].islower():
        return ""  # "PORT OF SPAIN - Diesel costs": a dateline, no noun
    if any(w.lower() in PERSONAL_PRONOUNS or not w[:1].isalnum() or w[-1] in CLAUSE_MARKS for w in words[1:]):
        return ""  # "Smith at the time said it would": another subject, or another clause
    for k, word in enumerate(words[: BARE_OPENING_WORDS + 1]):
        if word.lower() in PREPOSITIONS:
            phrase = [words[0].lower(), *words[1:k]]
            if not k or not all(RE_LOWER_WORD.fullmatch(w) for w in phrase) or not words[k + 1 : k + 2]:
                return ""
            if not words[k + 1][:1].isalpha():
                return ""  # "More than 12,400 policyholders": an approximation, no noun
            if phrase[0] in PRONOUNS or phrase[0] in OPENING_DETERMINERS or phrase[0] in FUNCTION_WORDS:
                return ""
            return " ".join(phrase)
        if not RE_LOWER_WORD.fullmatch(word.lower()):
            return ""
    return ""


def _opening_noun(words: list[str]) -> str:
    """The noun phrase that opens the clause of the verb after `words`, from its determiner to a
    phrase of a preposition that qualifies it, without a measure ("A 3-km trip on the old ferry
    now" -> "trip"; "a flat of 60 square metres in the centre" -> "flat"), or "": no determiner
    opening the clause, no such phrase, a pronoun, verb or figure in the noun phrase."""
    window = words[-OPENING_WORDS:]
    start = 0
    for k in range(len(window) - 1, -1, -1):
        token = window[k]
        if token[-1] in CLAUSE_MARKS or token.lower() in CLAUSE_WORDS:  # "in 2019," takes its comma
            start = k + 1
            break
    else:
        if len(words) > OPENING_WORDS or not window[:1] or not window[0][:1].isupper():
            return ""  # no clause start in reach: the opener must open the sentence ("A flat ...")
    if start + 2 >= len(window) or window[start].lower() not in OPENING_DETERMINERS:
        return ""
    phrase: list[str] = []
    for j in range(start + 1, len(window)):
        lower = window[j].lower()
        if lower in PREPOSITIONS and (lower != "of" or window[j + 1 : j + 2] and window[j + 1][0].isdigit()):
            if j == len(window) - 1:
                return ""  # "The port plans to invest": "to" opens the verb, no phrase of a place
            break  # "on one of the city's ferries"; "of 60 square metres"
        phrase.append(window[j])
    else:
        return ""  # no qualifying phrase: the doer's own reading (_doer) holds
    if "-" in phrase[:-1]:  # "A 3-km trip": the measure before the noun is an adjective
        phrase = phrase[len(phrase) - phrase[::-1].index("-") + 1 :]
    named = without_measure([*phrase, "."])[:-1]  # "A 2kg packet": so is a glued unit symbol
    if not named or len(named) > LASTING_WORDS or named[-1].lower() == "of":
        return ""
    for word in named:
        lower = word.lower()
        if (
            not word.replace("'", "").replace("-", "").isalpha()
            or lower in DETERMINERS
            or lower in PRONOUNS
            or lower in BOUNDARY_WORDS
            or lower in AUXILIARIES
            or lower in BE_WORDS
        ):
            return ""  # "The council said tickets on the ferry": a verb of saying, no noun phrase
    return " ".join(named)


UNIT_PRICE = "unit price"
EACH_REACH = 20  # the words read back from "at" for the things a price "each" is of
COUNTED_WORDS = 2  # the longest noun read after a count ("new shares")


def _counted_before(words: list[str]) -> str:
    """The noun after the last count in the words ("148 million tickets were sold" -> "tickets";
    "3 million bonds, or 8% of the issue," -> "bonds"), or ""."""
    for k in range(len(words) - 2, -1, -1):
        if not (words[k][0].isdigit() or words[k].lower() in UNIT_WORDS):
            continue
        rest = words[k + 1 :]
        while rest and rest[0].lower() in SCALE_WORDS:
            rest = rest[1:]
        noun: list[str] = []
        for word in rest[: COUNTED_WORDS + 1]:
            lower = word.lower()
            if not word.isalpha() or not word.islower() or lower in NOT_NOUN_ENDS or lower in BE_WORDS:
                break
            noun.append(word)
        if noun and len(noun) <= COUNTED_WORDS:
            return " ".join(noun)
    return ""


def unit_price(lead: list[str], after: list[str]) -> str:
    """The price of each of the things counted before "at" when "each" or "apiece" follows the
    amount ("three bottles of red at £28 apiece" -> "unit price of bottles of red"; "the bonds at 98
    cents each" -> "unit price of bonds"); "unit price" when no such noun phrase stands before
    "at"; "" when no "at" opens the amount, no "each" or "apiece" follows it or a mark stands
    before "at"."""
    if lead[-1:] != ["at"] or not after or after[0].lower() not in giving.DISTRIBUTIVES:
        return ""
    phrase = noun_phrase_before(lead[:-1])
    if not phrase:  # "148 million tickets were sold for the draw, at $2 each": the things counted before
        counted = _counted_before(lead[-EACH_REACH:-1])
        return f"{UNIT_PRICE} of {counted}" if counted else UNIT_PRICE
    if "-" in phrase[:-1]:  # "20-litre containers": the measure before the noun is an adjective
        phrase = phrase[len(phrase) - phrase[::-1].index("-") + 1 :]
    count = max(
        (
            k
            for k, w in enumerate(phrase)
            if w[0].isdigit() or w.lower() in UNIT_WORDS or w.lower() in TENS_WORDS
        ),
        default=-1,
    )  # "300 tickets", "three bottles of red": the count of the things priced
    named = [w for w in phrase[count + 1 :] if w.lower() not in DETERMINERS and w.lower() not in SCALE_WORDS]
    if count < 0 and (len(phrase) > len(named) + 1 or not named or not named[-1].endswith("s")):
        return UNIT_PRICE  # "went on sale at $40 apiece": no things counted or named before "at"
    if not named or len(named) > LASTING_WORDS + 2 or not all(w.replace("'", "").isalpha() for w in named):
        return UNIT_PRICE
    return f"{UNIT_PRICE} of {' '.join(named)}"


# A fine's object is often a person named by a long phrase ("fined the owner of the Harbour Bar
# £2,000", "fined the rider of the fourth-placed horse $800"): the amount is the fine when only
# the object's words (names, "of", determiners) stand between "fined" and it
FINED_OBJECT_WORDS = 8  # the longest such object read
FINED_OBJECT_LINKS = frozenset(("of", "the", "a", "an", "its", "their", "his", "her"))


def _fined_with_long_object(lead: list[str]) -> str:
    """ "fine" when "fined" or "fining" stands before the amount with only a person's longer noun
    phrase between (see above), else ""."""
    for i in range(len(lead) - 1, max(-1, len(lead) - 2 - FINED_OBJECT_WORDS), -1):
        word = lead[i].lower()
        if word in ("fined", "fining"):
            between = lead[i + 1 :]
            if len(between) > VERB_OBJECT_WORDS and all(
                w[:1].isalpha() and (w.lower() in FINED_OBJECT_LINKS or w.lower() not in NOT_OBJECT_WORDS)
                for w in between
            ):
                return "fine"
            return ""
        if not word[:1].isalpha():
            return ""
    return ""


PARTICIPLE_NOUN_WORDS = 4  # the longest noun phrase read before a participle of measuring


def _participle_noun(words: list[str]) -> str:
    """The noun phrase a participle right after the words qualifies ("a cottage or flat" before
    "costing"), without determiners; "" when a pronoun, a number or a mark stands there."""
    phrase = [w for w in noun_phrase_before(words) if w.lower() not in DETERMINERS]
    while phrase and phrase[0].lower() in PREPOSITIONS:
        phrase = phrase[1:]  # "for a cottage or flat costing": the cottage or flat
    if [w.lower() for w in phrase] in (["each"], ["every"]) and words[-2:-1] == [","]:
        # "ordered 12 snow ploughs, each costing": each of the things counted before the comma
        counted = noun_phrase_before(words[:-2])
        numbers = [k for k, w in enumerate(counted) if w[:1].isdigit()]
        tail = counted[numbers[-1] + 1 :] if numbers else counted[1 - PARTICIPLE_NOUN_WORDS :]
        whole = [w for w in tail if w.lower() not in DETERMINERS and w.isalpha()]
        phrase = [phrase[0], *whole] if whole else phrase
    if not phrase or len(phrase) > PARTICIPLE_NOUN_WORDS or phrase[0].lower() in PRONOUNS:
        return ""
    return " ".join(phrase) if all(w.replace("-", "").isalpha() for w in phrase) else ""


STOCK_HOLDER_REACH = 30  # the words read back from a verb of valuing for the shares that moved


def _stock_holder(words: list[str]) -> str:
    """The name whose shares or stock the clause before a verb of valuing is about ("Acme's
    shares", "Acme shares", "Shares of Acme" -> "Acme"): what "the company" it values names; ""
    when no named shares stand there."""
    for i in range(len(words) - 1, max(-1, len(words) - 1 - STOCK_HOLDER_REACH), -1):
        if words[i].lower() not in STOCK_NOUNS:
            continue
        if i + 2 < len(words) and words[i + 1] == "of" and words[i + 2][:1].isupper():
            return words[i + 2]  # "Shares of Acme"
        name = words[i - 1] if i else ""
        for mark in ("'s", "’s"):
            name = name.removesuffix(mark)
        if (
            name[:1].isupper()
            and name.replace("-", "").isalpha()
            and name.lower() not in PRONOUNS | DETERMINERS
        ):
            return name  # "Acme's shares", "Acme shares"
        return ""
    return ""


OWNING_PRONOUNS = frozenset(("its", "their"))  # "Its shares": the shares of the company the clause is about


def _own_shares(words: list[str]) -> bool:
    """Whether the clause before a verb of valuing is about the shares of the company it names by
    a pronoun ("Its shares fell 9%, valuing"), read back as far as _stock_holder reads."""
    for i in range(len(words) - 1, max(0, len(words) - 1 - STOCK_HOLDER_REACH), -1):
        if words[i].lower() in STOCK_NOUNS:
            return words[i - 1].lower() in OWNING_PRONOUNS
    return False


# Phrases before an amount that add it to another ("on top of the $35m approved in 2021", "in
# addition to the $5m it gave"): the amount is named by the clause after it, not by the phrase.
ADDITION_PHRASES = (("on", "top", "of"), ("in", "addition", "to"))
ADDITION_LAST_WORDS = frozenset(phrase[-1] for phrase in ADDITION_PHRASES)
ADDED_SUM_WORDS = 6  # the most words read after the amount for what it is


def added_sum(lead: list[str], after: list[str]) -> str:
    """What an amount after "on top of" or "in addition to" is, by the relative or participle
    clause after it ("the $11,250 that is paid to every finalist" -> "sum that is paid to every finalist",
    "the $35m approved in 2021" -> "sum approved in 2021"), or ""."""
    words = lead[:-1] if lead[-1:] and lead[-1].lower() in DETERMINERS else lead
    if len(words) < 3 or words[-1].lower() not in ADDITION_LAST_WORDS:
        return ""  # the cheap test first
    if tuple(w.lower() for w in words[-3:]) not in ADDITION_PHRASES:
        return ""
    if not after:
        return ""  # the amount ends its sentence ("... on top of the $26,450.")
    first = after[0].lower()
    if not (first in ("that", "which") or after[0].islower() and first.endswith("ed") and len(first) > 4):
        return ""
    told: list[str] = []
    for word in after[:ADDED_SUM_WORDS]:
        if not (word[0].isalnum() or word in "'’-") or told and word.lower() in ("and", "but", "while"):
            break
        told.append(word)
    return f"sum {' '.join(told)}"


SHORT_WORDS = frozenset(("short",))


def shortfall(lead: list[str]) -> str:
    """What an amount right after "short of" or "short by" measures: the shortfall, of the clause's
    subject when one is named ("The fund is short of $19 million" -> "shortfall of fund"); "" for
    an amount with a determiner, a target missed ("short of the $50 million target")."""
    if len(lead) < 2 or lead[-1].lower() not in ("of", "by") or lead[-2].lower() not in SHORT_WORDS:
        return ""
    clause = strip_lower(lead[:-2], AUXILIARIES | BE_WORDS | frozenset(("still", "fell", "falls", "fall")))
    holder = lasting_noun(clause) if clause else ""
    named = {w.lower() for w in holder.split()}
    return (
        "shortfall" if not holder or named & (PERSONAL_PRONOUNS | PERIOD_WORDS) else f"shortfall of {holder}"
    )


# Verbs that say where a market price ended a session ("Shares of Acme closed 2% higher at $27.45",
# "rose 3% to close at Sh24.60", "Brent settled at $81"); the words between such a verb and "at"
# may only state the day's change.
CLOSING_VERBS = frozenset("close closes closed ended ends finished finishes settled settles".split())
CLOSING_GAP = 5  # the most words of a change between the verb and "at" ("2.3 per cent higher")
STOCK_NOUNS = frozenset(("shares", "stocks", "stock"))


def _postmodified_head(clause: list[str]) -> str:
    """The noun a clause's subject names when a "for" or "with" phrase that holds a figure follows
    it ("the Category A premium for cars with engines up to 1,600cc" -> "Category A premium"), or
    "": read from the clause's determiner, not back from the figure."""
    opening = max((i for i, w in enumerate(clause) if w in CLAUSE_MARKS or w[-1] in ",;"), default=-1) + 1
    phrase = clause[opening:]
    if len(phrase) < 4 or phrase[0].lower() not in DETERMINERS:
        return ""
    at = next((k for k, w in enumerate(phrase) if w in DESCRIBING_PREPOSITIONS), 0)
    head = phrase[1:at]
    if at < 2 or not any(w[0].isdigit() for w in phrase[at:]) or not all(w.isalpha() for w in head):
        return ""
    return " ".join(head)


def closing_price(lead: list[str]) -> str:
    """What an amount after a verb of closing and "at" measures: the closing price of what closed
    ("closing share price of Acme", "closing price of the copper contract"), or ""."""
    if len(lead) < 3 or lead[-1].lower() != "at":
        return ""
    verb = len(lead) - 2
    while verb >= max(0, len(lead) - 2 - CLOSING_GAP) and lead[verb].lower() not in CLOSING_VERBS:
        word = lead[verb].lower()
        if not (word[0].isdigit() or word in ("per", "cent", "percent", "%") or word in CHANGE_WORDS):
            return ""  # "closed the deal at", "ended the year at": no day's change
        verb -= 1
    if verb < 1 or lead[verb].lower() not in CLOSING_VERBS:
        return ""
    clause = lead[:verb]
    if clause[-1:] == ["to"]:
        clause = clause[:-1]  # "rose 2.7 per cent to close at": the clause before it closed
    closed = (
        _postmodified_head(clause)
        or clause_predicate_subject(clause)
        or head_of(noun_phrase_before(clause, SUBJECT_PREPOSITIONS))
    )
    words = closed.split()
    if not words or words[0].lower() in PRONOUNS or only_a_time(closed):
        return ""
    if len(words) > 2 and words[0].lower() in STOCK_NOUNS and words[1] == "of":
        return f"closing share price of {' '.join(words[2:])}"  # "Shares of Acme" closed
    if words[-1].lower() in STOCK_NOUNS:
        return f"{' '.join(words[:-1])} closing share price".strip()  # "Acme's shares" closed
    return f"closing price of {closed}"


WORTH_WORDS = frozenset(("worth",))  # "deals worth $5 billion": the value of the deals


# participles that open an aside giving a price after a noun and its comma ("Tickets, priced from
# $40 to $95,", "the phone, retailing at $699"); "sold" gives a price only of a plural noun's each
# ("the bottles, sold under its own brand for $9 each,"), not of a thing sold once ("a penthouse on
# Palm Jumeirah, sold for $44 million": a sale price)
PRICE_PARTICIPLES = frozenset("priced costing retailing".split())
SELL_VERBS = frozenset("sell sells sold selling".split())  # the forms of "sell": one table
BUY_VERBS = frozenset(
    "bought buy buys buying acquired acquire acquires acquiring purchased purchase purchases purchasing".split()
)
SOLD_PARTICIPLES = SELL_VERBS - {"sell", "sells"}
PRICE_ASIDE_REACH = 8  # tokens from the comma to the amount, at most


def priced_aside(lead: list[str]) -> str:
    """ "price of <noun>" when the words before an amount open a price aside after a noun and its
    comma (see above), or ""."""
    window = lead[-PRICE_ASIDE_REACH - 2 :]
    if "," not in window:
        return ""  # the cheap test first: no aside
    for i in range(len(window) - 2, 0, -1):
        if window[i] == ",":
            noun = window[i - 1]
            verb = window[i + 1].lower()
            if not noun.isalpha() or noun.lower() in FUNCTION_WORDS:
                return ""
            plural = noun.islower() and noun.endswith("s") and not noun.endswith("ss")
            if verb in PRICE_PARTICIPLES or verb in SOLD_PARTICIPLES and plural:
                return f"price of {noun}"
            return ""
    return ""


WORTH_TOTALS = (("a", "total", "of"), ("a", "combined"))  # between "worth" and its amount


WORTH_OF = "value of "  # what _worth names
# a reporting participle and "to be" before "worth" ("The jets, said to be worth"): the worth all the
# same, of the noun before them (late-subj10)
REPORTED_BE = frozenset("said thought believed estimated reckoned reported understood".split())
# the nouns of an agreement that pays a wage ("a one-year extension worth £9,000 a week")
PAY_AGREEMENTS = frozenset("contract contracts deal deals extension terms".split())


def wage_under(agreement: str) -> str:
    """ "wage under one-year extension" for an agreement whose worth is paid per span of time, or
    "" for any other thing ("a race worth $40,000 a year")."""
    return f"wage under {agreement}" if agreement.split()[-1].lower() in PAY_AGREEMENTS else ""


def _worth(lead: list[str]) -> str:
    """What an amount after "worth" measures: the value of the noun phrase "worth" follows ("the
    new jets, worth" -> "value of new jets"; "exports fell 9% to 27,000 tonnes worth" -> "value of
    exports"), or ""."""
    for total in WORTH_TOTALS:  # "worth a total of", "worth a combined": the worth all the same
        if [w.lower() for w in lead[-len(total) :]] == list(total):
            lead = lead[: -len(total)]
            break
    if not lead or lead[-1].lower() not in WORTH_WORDS:
        return ""
    if len(lead) > 4 and lead[-4].lower() in REPORTED_BE and [w.lower() for w in lead[-3:-1]] == ["to", "be"]:
        lead = [*lead[:-4], lead[-1]]  # "said to be worth": "worth"
    counted = len(lead) > 2 and lead[-3][:1].isdigit()  # "27,000 tonnes worth": a figure's unit
    if len(lead) > 2 and lead[-3].lower() in ("a", "an") and lead[-2].isalpha() and lead[-2].islower():
        return f"{WORTH_OF}{lead[-2]}"  # "for a race worth": the noun "worth" follows
    head = clause_predicate_subject(lead[:-1]) if counted else measured_before(lead)[0]
    if counted and not head and RE_LOWER_WORD.fullmatch(lead[-2]):
        # "Last year the fleet landed 2,487 tonnes worth": the value of what the clause counts
        head = measured_before(lead)[0] or lead[-2]
    return f"{WORTH_OF}{head}" if head and not only_a_time(head) else ""


# Verbs of asking whose "for" names the amount asked ("asked lenders for $195 million", "is appealing
# for $40 million"): the sum requested, by the one who asks.
ASKING_VERBS = frozenset("ask asks asked asking appeal appeals appealed appealing".split())
ASKED_PARTICLES = giving.AMOUNT_PARTICLES  # "asked lenders for a further"


def _asked_for(lead: list[str]) -> str:
    """What an amount after a verb of asking, its object and "for" measures ("The ministry
    asked lenders for a further" -> "sum requested by ministry"), or "" when no asker opens the
    clause."""
    words = strip_lower(lead, ASKED_PARTICLES)
    if not words or words[-1].lower() != "for":
        return ""
    for i in range(len(words) - 2, max(-1, len(words) - 3 - VERB_OBJECT_WORDS), -1):
        if words[i].lower() in ASKING_VERBS:
            if any(not w[:1].isalpha() or w.lower() in NOT_OBJECT_WORDS for w in words[i + 1 : -1]):
                return ""  # "asked, for ...", "appealed to ... for": no plain object
            doer = _doer(strip_lower(words[:i], AUXILIARIES | BE_WORDS)) if i else ""
            return (
                f"sum requested by {doer}" if doer else ""
            )  # no asker named: what the sum is for tells more
    return ""


# The verb of a price's lowest level: "starts at $699", "prices start at £40"
START_VERBS = frozenset("starts start started starting".split())
START_ADVERBS = frozenset(("again", "now", "still"))  # between the verb and "at": "starts again at"


def starting_price(lead: list[str]) -> str:
    """ "starting price" (of the noun right before the verb, if any) when the words before an
    amount end with a verb of START_VERBS and "at", else ""."""
    if len(lead) > 2 and lead[-2].lower() in START_ADVERBS:
        lead = [*lead[:-2], lead[-1]]  # "starts again at"
    if len(lead) < 2 or lead[-1].lower() != "at" or lead[-2].lower() not in START_VERBS:
        return ""
    phrase = noun_phrase_before(without_aside(strip_lower(lead[:-2], NOW_WORDS)))  # "Tickets now start at"
    joined = phrase[-1:] and phrase[-1].lower() in ("and", "or", "but", "then")  # "is thinner and starts at"
    head = head_of(phrase) if phrase and phrase[-1][:1].isalpha() and not joined else ""
    if head.split(" ", 1)[0].lower() in PRICE_NOUNS:
        return head  # "Prices for the tour start at": the noun names the price
    return f"starting price of {head}" if head else "starting price"


SALE_REACH = 12  # how many words before "for" are read for "on sale"


def sale_price(lead: list[str]) -> str:
    """ "sale price" when the amount follows "for" in a clause that puts something "on sale" ("will
    go on sale in the United States on Oct. 4 for $699"), else ""."""
    if len(lead) > 1 and lead[-1].lower() in FETCH_VERBS:  # "the flat fetched HK$9.2 million"
        doer = _doer(lead[:-1])
        return f"sale price of {doer}" if doer else "sale price"
    if len(lead) < 3 or lead[-1].lower() != "for":
        return ""
    window = [w.lower() for w in lead[-SALE_REACH:-1]]
    at = max((i for i, w in enumerate(window) if w == "sale"), default=0)
    if at and window[at - 1] == "on" and "," not in window[at:]:
        return "sale price"
    between = window[-SOLD_FOR_WORDS - 1 :]  # "sold for", "sold last week for", "went for"
    sold = max((i for i, w in enumerate(between) if w in SALE_VERBS), default=-1)
    if sold < 0 or not all(w.isalpha() for w in between[sold + 1 :]):
        return ""
    if between[sold + 1 : sold + 2] and between[sold + 1] in DETERMINERS:
        return ""  # "sold the chain for": the price of the thing sold (purchase_price), not of the seller
    # "went" and "goes" only right before "for": "went to court for $5 million" is no sale
    if between[sold] in GO_VERBS and sold != len(between) - 1:
        return ""
    verb_at = len(lead) - 1 - (len(between) - sold)
    doer = _doer(lead[:verb_at]) if verb_at > 0 else ""
    return f"sale price of {doer}" if doer else "sale price"  # "The painting sold for": of the painting


# verbs of buying and selling: the amount after "for" is the price of their object ("bought the
# chain for $2bn") or, in an aside after a noun, of that noun ("its UK arm, bought for £1.1bn")
DEAL_VERBS = BUY_VERBS | SELL_VERBS


def purchase_price(lead: list[str]) -> str:
    """ "price of chain" for "bought the chain for" right before an amount, "price of German parts
    unit" for "its German parts unit, acquired for"; "" otherwise."""
    if len(lead) < 2 or lead[-1].lower() != "for":
        return ""
    for i in range(len(lead) - 2, max(-1, len(lead) - 3 - VERB_OBJECT_WORDS), -1):
        if lead[i].lower() not in DEAL_VERBS:
            continue
        bought = [w for w in lead[i + 1 : -1] if w.lower() not in DETERMINERS]
        if bought:
            ok = all(w[:1].isalpha() for w in bought) and bought[0].lower() not in PRONOUNS
            return f"price of {' '.join(bought)}" if ok else ""
        if i and lead[i - 1] == ",":
            head = antecedent_head(lead[: i - 1])
            return f"price of {head}" if head else ""
        return ""
    return ""


# verbs of selling whose amount after "for" is a sale price: "a penthouse, sold for Dh162 million",
# "the model now sells for TL 1.76 million", "the plot went for AED 410 million"
GO_VERBS = frozenset(("went", "goes"))
SALE_VERBS = SELL_VERBS | GO_VERBS
FETCH_VERBS = frozenset(
    ("fetched",)
)  # a sale done at the price right after it ("can fetch 75 euros a gram" is left to its unit)
SOLD_FOR_WORDS = 2  # the words that may stand between the verb and "for" ("sold last week for")

PRICE_NOUNS = frozenset("price prices fare fares cost costs rate rates fee fees".split())


# Verbs whose object is a measured output: "Saudi Arabia produced 9.2 million bpd".
OUTPUT_VERBS = frozenset(
    """produced produces produce pumped pumps pump exported exports imported imports shipped ships
    harvested harvests generated generates consumed consumes mined""".split()
)


def maker(before: list[str]) -> str:
    """Who makes a measured output named by the verb right before it ("Saudi Arabia, the world's
    largest exporter, produced 9.2 million bpd" -> "Saudi Arabia produced"), or "" (also when a
    number stands in the clause: an aside with figures is not read)."""
    if not before or before[-1].lower() not in OUTPUT_VERBS:
        return ""
    lead = without_aside(before[:-1])  # "Kazakhstan, which pumped above its quota of 1.5 million bpd,"
    if any(w[:1].isdigit() for w in lead[-14:]):
        return ""
    head, _ = measured_before([*lead, "was"])  # the verb read as a link: the noun before it
    return f"{head} {before[-1].lower()}" if head else ""


# Compass words before "of" or "from" after a distance ("260 km southeast of Seoul": vocab.COMPASS_POINTS),
# with their adjectives and the eight points between them ("395km south-south-east of Tristan").
COMPASS = COMPASS_POINTS | frozenset(
    """northern southern eastern western north-north-east north-north-west south-south-east
    south-south-west east-north-east east-south-east west-north-west west-south-west""".split()
)


# Common nouns of a place a distance is measured from ("4 nautical miles from the shore"); not a
# port or an airport, which needs its name ("from the port of Bogo": PLACE_KINDS).
SITE_NOUNS = frozenset(
    """shore shoreline coast coastline border frontier city town village capital epicentre epicenter
    surface ground summit mainland""".split()
)

# Verbs of a route's course ("the line runs 23 km from A to B", "a road stretching 80 km between"):
# the length after them is the route's, not a distance from its first end
ROUTE_VERBS = frozenset(
    "run runs running ran stretch stretches stretching stretched extend extends extending extended".split()
)
ROUTE_END_REACH = 8  # words after "from" or "between" read for the other end's "to" or "and"


def route_length(measure: str, before: list[str], after: list[str]) -> str:
    """ "length of <route>" for a length after a verb of a route's course and before its two ends
    ("The tram line, which runs 12 km from the port to the airport" -> "length of tram line"); else ""."""
    if measure not in LENGTHS or after[:1] not in (["from"], ["between"]):
        return ""
    lead = without_approx(before)
    if not lead or lead[-1].lower() not in ROUTE_VERBS:
        return ""
    joint = "to" if after[0] == "from" else "and"
    if joint not in after[2 : 2 + ROUTE_END_REACH]:
        return ""
    doer = _doer(lead[:-1])
    if not doer:  # "Line 1, which runs": a numbered route's name (the number takes its comma)
        named = lead[:-2] if lead[-2:-1] and lead[-2].lower() in ("which", "that") else lead[:-1]
        named = named[:-1] if named[-1:] == [","] else named
        last = named[-1].removesuffix(",") if named else ""
        if len(named) > 1 and last.isdigit() and named[-2].isalpha() and named[-2][:1].isupper():
            doer = f"{named[-2]} {last}"
    return f"length of {doer}" if doer else ""


# verbs after an amount (and "of that") that send it somewhere: "$11,500 of that went to printing"
GOING_VERBS = frozenset("go goes went gone going".split())
# Verbs of going a distance: TRAVEL_VERBS, GOING_VERBS, and sailing, swimming, hiking, marching,
# shipping and racing. A length right after one is the distance gone, whoever goes it.
DISTANCE_VERBS = (
    TRAVEL_VERBS
    | GOING_VERBS
    | frozenset(
        """sail sails sailed sailing swim swims swam swum swimming hike hikes hiked hiking march
        marches marched marching ship ships shipped shipping raced racing""".split()
    )
)


def gone_distance(measure: str, before: list[str]) -> str:
    """ "distance <doer> <verb>" for a length right after a verb of going (DISTANCE_VERBS: "The probe
    travelled 6.4 billion km" -> "distance probe travelled"; "We walked 48km" -> "distance walked";
    "wants to fly 500 km" -> "distance to fly"); else ""."""
    lead = without_approx(before)
    if not lead or lead[-1].lower() not in DISTANCE_VERBS or not is_length(measure):
        return ""
    verb = lead[-1].lower()
    if lead[-2:-1] == ["to"]:
        return f"distance to {verb}"
    doer = _doer(lead[:-1]).split()
    while doer and doer[0].lower() in CLAUSE_WORDS:
        doer = doer[1:]  # "..., and children walk": the clause's own subject
    named = doer and doer[0].lower() not in PERSONAL_PRONOUNS
    return f"distance {' '.join(doer)} {verb}" if named else f"distance {verb}"


# Subject pronouns that open a clause after "the" and a figure naming what the figure is ("the
# £1.5m it seeks", "the €240,000 we need", "the 300 beds they promised"): the thing the clause's
# verb seeks, needs or promises; "it" and "they" stand for the main clause's doer when it names one
CLAUSE_PRONOUNS = frozenset("it we they i you he she".split())
STANDING_PRONOUNS = frozenset(("it", "they"))
SOUGHT_REACH = 8  # the words of the pronoun's clause kept


def _clause_doer(lead: list[str]) -> str:
    """The noun phrase before the first verb of the clause the words end in ("The town is still
    short of" -> "town"; "after this year's plan received 27% of" -> "year's plan"), read in the
    clause before "that" when a pronoun stands there ("UNHCR added that it received" -> "UNHCR"),
    or "" (a pronoun, a preposition, a comparison: "far more than")."""
    start = 1 + max(
        (
            i
            for i, w in enumerate(lead)
            if w in CLAUSE_MARKS or w.lower() in CLAUSE_WORDS or w.lower() == "that"
        ),
        default=-1,
    )
    clause = lead[start:]
    if any(w.lower() == "than" for w in clause):
        return ""
    for i, word in enumerate(clause):
        lower = word.lower()
        if i and (lower in AUXILIARIES or lower in BE_WORDS or lower in LINK_WORDS or past_form(lower)):
            opened = noun_phrase_before(clause[:i])  # "So far the club has": the club
            phrase = [w for w in opened if w.lower() not in DETERMINERS and w.lower() not in VERB_ADVERBS]
            if phrase[:1] and phrase[0].lower() in PRONOUNS and lead[start - 1 : start] == ["that"]:
                return _clause_doer(lead[: start - 1])  # "UNHCR added that it received": UNHCR
            named = (
                phrase
                and len(phrase) <= LASTING_WORDS
                and not any(w.lower() in AUXILIARIES or w.lower() in BE_WORDS for w in clause[:i])
                and all(w.replace("'s", "").replace("’s", "").replace("-", "").isalpha() for w in phrase)
                and phrase[0].lower() not in PRONOUNS
                and phrase[0].lower() not in PREPOSITIONS
            )
            return " ".join(phrase) if named else ""
    return ""


def sought_thing(head: str, lead: list[str], after: list[str]) -> str:
    """ "<head> <doer> <clause>" for a figure after "the" that a pronoun's clause names ("The town
    is short of the £3.2m it needs for the pool" -> "sum town needs for the pool"; "the 150 homes
    they were promised" -> "homes they were promised"); else ""."""
    if not lead or lead[-1].lower() != "the" or len(after) < 2 or after[0].lower() not in CLAUSE_PRONOUNS:
        return ""
    verb = after[1].lower()
    if not after[1].isalpha() or not after[1].islower() or verb in PREPOSITIONS or verb in CLAUSE_WORDS:
        return ""  # "the $5m it in turn", "the 300 they and": no verb after the pronoun
    words = relative_words(after[1:], SOUGHT_REACH)  # "we are asking for": "are asking"
    pronoun = after[0].lower()
    doer = _clause_doer(lead[:-1]) if pronoun in STANDING_PRONOUNS else ""
    return " ".join([head, doer or after[0], *words]) if words else ""


# Words before a length that make it the closing part of a course ("the last 5 kilometres of the
# stage", "his final 200 metres"): the course's final section, not the whole course or its runner
CLOSING_WORDS = frozenset(("last", "final", "closing"))
SECTION_OF_REACH = 4  # the words after "of" read for the course the section closes


def closing_section(measure: str, before: list[str], after: list[str]) -> str:
    """ "final section of <course>" for a length after "the last" or "its final" ("the last 5 km of
    the stage" -> "final section of stage"; "ran the last 200 metres in 27.1 seconds" -> "final
    section"); else ""."""
    if len(before) < 2 or before[-1].lower() not in CLOSING_WORDS or not is_length(measure):
        return ""
    owner = before[-2].lower()
    if owner not in DETERMINERS and owner not in POSSESSIVE_DETERMINERS and not owner.endswith(("'s", "’s")):
        return ""
    course = (
        noun_after([w for w in after[1 : 1 + SECTION_OF_REACH] if w.lower() not in DETERMINERS], 3)
        if after[:1] == ["of"]
        else []
    )
    return f"final section of {' '.join(course)}" if course else "final section"


# What may follow a length after "within" that ends its clause ("within 300 light years."): no
# place named, the distance out to which what the clause tells lies.
WITHIN_ENDS = frozenset((".", ",", ";", ":", ")", "!", "?"))
WITHIN_DISTANCE = "distance within which"


# Kinds of place named "of" a proper name after a distance ("from the port of Bogo").
PLACE_KINDS = frozenset("port city town village island coast mouth capital province state district".split())


PLACE_NAME_WORDS = 3  # the longest place name read back before a distance's comma


def _named_place_before(lead: list[str]) -> str:
    """The proper name that ends the words before a distance's comma ("Bodø" in "fly to
    Bodø ,"), after a preposition of where to or from; else ""."""
    if len(lead) < 3 or lead[-1] != ",":
        return ""
    name: list[str] = []
    for word in reversed(lead[-1 - PLACE_NAME_WORDS - 1 : -1]):
        if not (word.isalpha() and word[:1].isupper()):
            break
        name.insert(0, word)
    opener = lead[-2 - len(name)].lower() if len(lead) > len(name) + 1 else ""
    if not name or len(name) > PLACE_NAME_WORDS or opener not in ("to", "from", "in", "at", "near"):
        return ""
    return " ".join(name)


# Nouns after "at" a length and "of" that name a dimension, not a course a point lies on ("at
# 3,000 metres of altitude")
SPAN_OF_NOUNS = DIMENSION_NOUNS | frozenset(("altitude", "elevation"))
# Words after a length that make it a gap to what follows them ("1,140 miles behind the leader",
# "a kilometre ahead of the peloton"): the distance behind or ahead of it
TRAILING_WORDS = {"behind": 1, "ahead": 2}


def _trailed(lead: list[str]) -> str:
    """ "distance behind <noun>" for a length before "behind" or "ahead of" and a noun phrase
    ("1,140 miles behind the finish" -> "distance behind finish"), else ""."""
    skip = TRAILING_WORDS.get(lead[0].lower(), 0) if lead else 0
    if not skip or skip == 2 and lead[1:2] != ["of"]:
        return ""
    named = noun_after([w for w in lead[skip : skip + 5] if w.lower() not in DETERMINERS], 3)
    if not named or not all(w.replace("'", "").replace("’", "").isalpha() for w in named):
        return ""
    return " ".join(["distance", *(w.lower() for w in lead[:skip]), *named])


# the determiners a place after "from" may take ("42 km from our village": the village)
PLACE_DETERMINERS = frozenset("the our their its his her my your".split())


def measured_thing(quote: str, before: list[str], after: list[str], physical: bool, measure: str = "") -> str:
    """What a measurement measures by its place in the sentence: the noun a measurement used as an
    adjective qualifies, with the dimension its `measure` gives it ("a 2kg packet of flour" ->
    "weight of packet"), or the place a distance is from ("260 km (160 miles) southeast of Seoul"
    -> "distance southeast of Seoul"); else ""."""
    rest = after
    if rest[:1] == [")"]:
        rest = rest[1:]
    elif rest[:1] == ["("] and ")" in rest[:8]:
        rest = rest[rest.index(")") + 1 :]  # a conversion in brackets between
    direction = rest[:1] if rest and rest[0].lower() in COMPASS else []
    lead = rest[len(direction) :]
    if lead[:2] == ["away", "from"]:
        lead = lead[1:]
    if lead[:1] == ["from"] or lead[:1] == ["off"] or (direction and lead[:1] == ["of"]):
        place = noun_after([w for w in lead[1:6] if w.lower() not in PLACE_DETERMINERS], 3)
        if "near" in place:
            place = place[: place.index("near")]  # "from the shore near the village": the shore
        if place and place[0].lower() in PLACE_KINDS and lead[2:4] == [place[0], "of"] and lead[4:5]:
            place = [place[0], "of", lead[4]]  # "from the port of Bogo": a kind of place, then its name
        named = place and (place[0][:1].isupper() or place[-1][:1].isupper())  # not "from 5 to 7"
        pointed = bool(direction and place and lead[1:2] and lead[1].lower() in DETERMINERS)
        if named or SITE_NOUNS.intersection(w.lower() for w in place) or pointed:
            # a named place or a site ("off Lampedusa", "from the shore"); any determined noun after a
            # compass point ("40 km south of the port": "the port" is a place there)
            return " ".join(["distance", *direction, lead[0], *place])
    if (
        physical
        and not direction
        and (lead[:1] == ["of"] and [w.lower() for w in before[-1:]] == ["within"] or lead[:1] == ["above"])
    ):
        # "pass within 2,750 miles of Earth": how near it comes, a distance from the place; "flew
        # 300 metres above the town", "3,830 metres above sea level": a height above it
        place = noun_after([w for w in lead[1:6] if w.lower() != "the"], 3)
        named = place and (place[0][:1].isupper() or place[-1][:1].isupper())
        # "within 50 km of the island": "within" makes any determined noun after "of" a place
        near = lead[0] == "of" and place and lead[1:2] and lead[1].lower() in DETERMINERS
        if (
            named
            or near
            or SITE_NOUNS.intersection(w.lower() for w in place)
            or place[:2] == ["sea", "level"]
        ):
            if place[:2] == ["sea", "level"] and [w.lower() for w in without_approx(before)[-1:]] == ["at"]:
                return (
                    f"altitude above {' '.join(place)}"  # "grows the coffee at 1,950 metres above sea level"
                )
            return f"{'distance from' if lead[0] == 'of' else 'height above'} {' '.join(place)}"
    if (
        physical
        and not direction
        and lead[:1]
        and lead[0].lower() in DEPTH_WORDS
        and lead[1:2]
        and (
            lead[1].lower() in DETERMINERS
            or lead[1][:1].isupper()
            or lead[1] == "sea"
            or lead[1] in SITE_NOUNS  # "about 1,270m below surface": a site's bare noun
        )
        and measure in SIDE_LENGTHS
        and not {w.lower() for w in without_approx(before)[-1:]} & (ROUTE_VERBS | TRAVEL_VERBS)
    ):  # ("runs 5 km under the city": a route's length)
        # "lay 45cm below the surface", "35 metres beneath the nave", "a vault 6m under the square"
        place = noun_after([w for w in lead[1:6] if w.lower() not in DETERMINERS], 3)
        if place and all(w.isalpha() for w in place):
            return f"{DEPTH_SUBJECT} {lead[0].lower()} {' '.join(place)}"
    if (
        physical
        and not direction
        and lead[:1] == ["underground"]
        and (not lead[1:2] or not lead[1][:1].isalnum() or lead[1] in PREPOSITIONS)
        and measure in SIDE_LENGTHS
        and not {w.lower() for w in without_approx(before)[-1:]} & (ROUTE_VERBS | TRAVEL_VERBS)
    ):  # ("a 7.8 km underground cable": an adjective; "runs 300m underground": a route's length)
        return f"{DEPTH_SUBJECT} underground"  # "had spent 52 hours 1,200 metres underground"
    if (
        physical
        and not direction
        and is_length(measure)
        and [w.lower() for w in without_approx(before)[-1:]] == ["within"]
        and (not lead or lead[0] in WITHIN_ENDS)
    ):
        return WITHIN_DISTANCE  # "planets ... within 300 light years.": how far out they are
    if (
        physical
        and not direction
        and is_length(measure)
        and without_approx(before)[-1:] == ["at"]
        and lead[:1] == ["of"]
    ):
        course = noun_after([w for w in lead[1:6] if w.lower() not in DETERMINERS], 3)
        if course and all(w.isalpha() for w in course) and course[-1].lower() not in SPAN_OF_NOUNS:
            return f"point of {' '.join(course)}"  # "a puncture at 112km of the bike leg": a point on it
    if physical and not direction and is_length(measure) and (trailed := _trailed(lead)):
        return trailed  # "1,140 miles behind the leader", "two lengths ahead of Bay Tern": the gap
    went = without_approx(before)[-1:]
    if physical and lead[:1] == ["to"] and went and went[0].lower() in TRAVEL_VERBS:
        place = noun_after([w for w in lead[1:6] if w.lower() != "the"], 3)
        if place and all(w.isalpha() for w in place):
            return " ".join(["distance", "to", *place])  # "had to travel 40 km to the district hospital"
    if (
        physical
        and (
            lead[:1] in (["away"], ["off"])  # "saw the herd a mile off", "a lake 235 km away"
            or lead[:2] == ["to", "the"]
            and lead[2:3]
            and lead[2].lower() in COMPASS
        )
    ):
        place = _named_place_before(without_approx(before))
        if place:
            return f"distance to {place}"  # "fly to Bodø, 120 km away": that place's distance
        return "distance"  # "a lake about 235 km away", "the airport, about 40 km to the north"
    glued = not any(c.isspace() for c in quote.strip())  # "90kg", "3.5-metre": an adjective's form
    if glued and physical and before[-1:] and before[-1].lower() in DETERMINERS:
        # "a 2,460-metre (8,071-foot) volcano": the volcano; "The bridge, a 1.2-km span,": the bridge
        changed = _change_in(rest)
        if changed:
            return changed
        named = apposed_measure(before) or " ".join(
            _premodified_name(_past_rate(rest)) or _measured_noun(_past_rate(rest))
        )
        return sized_noun(measure, named, rest)
    return ""


PREMODIFIED_LENGTHS = frozenset(("kilometer", "mile", "nautical_mile"))
# the powers a plant's or a site's capacity is told in (a watt or a horsepower is a machine's power)
CAPACITY_POWERS = frozenset(("kilowatt", "megawatt", "gigawatt", "terawatt"))
# the lengths a side or a depth is told in
SIDE_LENGTHS = PREMODIFIED_LENGTHS | {"meter", "centimeter", "millimeter", "foot", "inch", "yard"}
# a rate joined to a glued measure by hyphens ("-a-year", "-a-day", "-per-hour"): output per period
RE_HYPHENED_RATE = re.compile(r"(?:a|an|per)-(?:year|day|month|week|hour|second|annum)")
SIDES_REACH = 5  # the tokens back from "by" to the verb ("measures 1.2 metres by")


def measured_sides(measure: str, lead: list[str], after: list[str]) -> str:
    """The side a length after a verb of measuring gives its subject: "length of X" for the first
    of "measures A by B", "width of X" for the second, the measure's dimension for a lone figure
    ("The hall measures 40 square metres": its area), or "" (no such verb, no subject named)."""
    if measure not in SIDE_LENGTHS and not quantity_of(measure):
        return ""
    verb = len(lead) - 1
    if lead[-1:] == ["by"]:
        verb = next(
            (
                k
                for k in range(len(lead) - 2, max(-1, len(lead) - 2 - SIDES_REACH), -1)
                if lead[k].lower() in MEASURING_VERBS
            ),
            -1,
        )
        if verb < 0 or not all(w[:1].isdigit() or w.isalpha() and w.islower() for w in lead[verb + 1 : -1]):
            return ""  # "cut by 3 metres": a change, not a side
    if verb < 0 or lead[verb].lower() not in MEASURING_VERBS:
        return ""
    thing = clause_opener(lead[:verb])
    if not thing or after[:1] == ["of"]:
        return ""  # "measures 84mm of rain": the stuff measured, no side of a thing
    if lead[-1:] == ["by"]:
        return f"width of {thing}"
    shown = past_conversion(after)
    named = (
        DIMENSIONS.get(shown[0].lower(), "")
        if shown and not shown[1:2] or shown[1:2] and not shown[1][:1].isalnum()
        else ""
    )
    if named and measure in SIDE_LENGTHS:
        return f"{named} of {thing}"  # "one back vertebra measures 1.6 m across": its width
    if after[:1] == ["by"] or measure in SIDE_LENGTHS:
        return f"length of {thing}"
    return sized_noun(measure, thing, after)


# The words joining the two sides of a pair of lengths ("15 by 4 metres", "198 x 152 cm")
PAIR_JOINS = frozenset(("by", "x", "×"))
RE_SIDE_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
RE_YEARISH = re.compile(r"[12]\d{3}")


def _side_number(word: str) -> bool:
    """Whether a token is a plain number that can be a side of a pair (not a year: "by 2030")."""
    return RE_SIDE_NUMBER.fullmatch(word) is not None and RE_YEARISH.fullmatch(word) is None


def _paired_thing(lead: list[str]) -> str:
    """What a pair of sides measures, from the words before its first number: the noun before "of",
    each of it when plural ("24 pitches of" -> "each pitch"), the noun phrase the pair is apposed to
    ("The banner," -> "banner"), the opener of a clause whose "is" or "measures" leads to it, or ""."""
    if len(lead) >= 2 and lead[-1] == "of" and lead[-2].isalpha() and lead[-2].islower():
        noun = lead[-2]  # "a lot of 18 by 120 feet": the lot
        return f"each {singular(noun)}" if noun.endswith("s") and not noun.endswith("ss") else noun
    if lead[-1:] and lead[-1].lower() in ("is", "are", "was", "were", *MEASURING_VERBS):
        opener = clause_opener(lead[:-1])
        return opener if has_content_word(opener) else ""  # "Each of the courts is": no noun
    return apposed_noun(lead)


def _joined_side(lead: list[str]) -> bool:
    """Whether the words before a figure end on a side of a pair and its join ("15 by", "60 x")."""
    return len(lead) >= 2 and lead[-1].lower() in PAIR_JOINS and _side_number(lead[-2])


def paired_sides(measure: str, quote: str, lead: list[str], after: list[str]) -> str:
    """The side a length of a pair "A by B metres" or "A x B cm" gives with no verb of measuring
    before it: "length" for the first (a bare number taking the second's unit, not "rise 2 metres
    by 2100"), "width" for the second, "height" for a third ("60 x 40 x 35cm"), "of" what the pair
    measures when the words before it name it (_paired_thing), or "" (not a side of such a pair)."""
    if measure not in SIDE_LENGTHS:
        return ""
    if _joined_side(lead):
        third = _joined_side(lead[:-2])
        side, first_lead = ("height", lead[:-4]) if third else ("width", lead[:-2])
    elif _side_number(quote.strip()) and after[:1] and after[0].lower() in PAIR_JOINS and after[1:2]:
        side, first_lead = ("length", lead) if _side_number(after[1]) else ("", lead)
    else:
        return ""
    if not side or first_lead[-1:] and first_lead[-1][:1].isupper():
        return ""  # "extend Quay 13 by 240 metres": a name's number, no side
    thing = _paired_thing(first_lead) if first_lead else ""
    return f"{side} of {thing}" if thing else side


DEPTH_SUBJECT = "depth"  # a length "below", "beneath" or "under" a surface ("lay 45cm below the surface")
HELD_ADVERBS = VERB_ADVERBS | frozenset(("just", "only", "barely", "some"))  # "holding just 11.3 mcm"


def apposed_noun(lead: list[str]) -> str:
    """The noun phrase before the comma that ends the words before a figure, which the figure
    with its phrase renames ("the grounding line, 420 metres below the surface" -> "grounding
    line"), or "" (no comma, or a figure or time before it)."""
    if len(lead) < 2 or lead[-1] != ",":
        return ""
    phrase = noun_phrase_before(lead[:-1], APPOSED_BARE_CROSS)  # "the line between A and B, 350 km long"
    named = head_of(phrase)
    if not named or any(w[:1].isdigit() for w in lead[-3:-1]) or named.split()[0].lower() in PRONOUNS:
        return ""
    return "" if only_a_time(named) else named


CAPABLE_LEADS = (("able", "to"), ("can",), ("could",), ("capable", "of"))
CAPABLE_VERBS = HOLDING_VERBS | frozenset(
    "handle carry move transmit process produce generate deliver draw treat pump supply".split()
)


def held_amount(measure: str, lead: list[str]) -> str:
    """What a physical amount after a verb of holding measures: the thing's capacity after a
    modal of being able ("the terminal can handle 2.4 million tonnes" -> "capacity of terminal";
    "16 fiber pairs, each able to handle" -> "capacity of each fiber pair") and after "of its"
    in a clause of holding ("holding 11.3 mcm of its 115 mcm" -> "capacity of Kouris"), the
    amount held by the thing otherwise ("volume held by Kouris"), or ""."""
    lead = strip_lower(lead, HELD_ADVERBS)
    if len(lead) < 2:
        return ""
    held = lead[-1].lower()
    whole = lead[-2:] == ["of", "its"]
    if whole:
        verbs = [
            k for k in range(len(lead) - 3, max(-1, len(lead) - 9), -1) if lead[k].lower() in HOLDING_VERBS
        ]
        if not verbs:
            return ""
        owner = clause_opener(lead[: verbs[0]]) or apposed_noun(lead[: verbs[0]])
        return f"capacity of {owner}" if owner else ""
    if held not in CAPABLE_VERBS:
        return ""
    before = [w.lower() for w in lead[:-1]]
    able = next((lead_ for lead_ in CAPABLE_LEADS if tuple(before[-len(lead_) :]) == lead_), None)
    if able is not None:
        rest = lead[: len(lead) - 1 - len(able)]
        if rest[-1:] and rest[-1].lower() == "each" and rest[-2:-1] == [","]:
            counted = rest[:-2]  # "16 fiber pairs, each able to": each pair
            last = max(
                (
                    k
                    for k, w in enumerate(counted)
                    if w[:1].isdigit() or w.lower() in UNIT_WORDS or w.lower() in TENS_WORDS
                ),
                default=len(counted),
            )
            named = counted[last + 1 :]
            if 0 < len(named) <= 3 and all(w.isalpha() and w.islower() for w in named):
                return f"capacity of each {' '.join([*named[:-1], singular(named[-1].lower())])}"
        owner = clause_opener(rest) or apposed_noun(rest)
        return f"capacity of {owner}" if owner else ""
    if held not in HOLDING_VERBS or not held.endswith("ing"):
        return ""
    owner = clause_opener(lead[:-1])
    if not owner:
        return ""
    quantity = quantity_of(measure)
    return f"{quantity or 'amount'} held by {owner}"


def _past_rate(rest: list[str]) -> list[str]:
    """The words after a glued measure less a hyphened rate that goes on it ("-a-year")."""
    if rest[:1] == ["-"] and rest[1:2] and RE_HYPHENED_RATE.fullmatch(rest[1].lower()):
        return rest[2:]
    return rest


def sized_noun(measure: str, named: str, after: list[str]) -> str:
    """The noun phrase a measure qualifies with the dimension it measures ("length of cable",
    "capacity of plant"), or `named` as it is when the measure names none or the phrase is a change
    or already a dimension ("rise in catches", "width")."""
    if not named:
        return ""
    rated = _past_rate(after) is not after
    if rated:
        dimension = "capacity"
    elif measure in PREMODIFIED_LENGTHS:
        dimension = "length"
    elif measure in DOSE_MEASURES:
        dimension = ""  # "the 20mg capsules": a dose's strength, not the capsules' weight
    else:
        dimension = PREMODIFIED_DIMENSIONS.get(quantity_of(measure), "")
        if dimension == "capacity" and measure not in CAPACITY_POWERS:
            dimension = "power"  # "a 60W bulb", "300-horsepower engines": a machine's power
    first = named.split()[0].lower()
    if not dimension or first in CHANGE_NOUNS or first in CHANGE_WORDS or first in DIMENSION_NOUNS:
        return named
    return f"{dimension} of {named}"


PREMODIFIED_NAME_WORDS = (
    4  # the longest name a glued measure qualifies ("La Negra III", "Tasman-Marianas Express")
)


def _premodified_name(rest: list[str]) -> list[str]:
    """A proper name of two or more words that a glued measure qualifies, with the plain nouns
    after it ("the 45,000-tonne-a-year La Negra III carbonate plant" -> "La Negra III carbonate
    plant"; "the 9,600-km Tasman-Marianas Express," -> "Tasman-Marianas Express"), or []."""
    name: list[str] = []
    for word in rest[:PREMODIFIED_NAME_WORDS]:
        if not (word[:1].isupper() and word.replace("-", "").isalnum()):
            break
        name.append(word)
    if len(name) < 2:
        return []
    kind = [w for w in _measured_noun(rest[len(name) :]) if w.isalpha() and w.islower()]
    if kind and (kind[0].endswith("s") or verb_like(kind[0])):
        kind = []  # "the 9,600-km Tasman-Marianas Express carries": a verb, no kind of thing
    return name + kind


def _measured_noun(rest: list[str]) -> list[str]:
    """The noun a glued measure modifies: its first word, and a second that goes on the noun phrase
    ("a 3.5-metre concrete wall", "the 12-mile coastal path"), not a verb after the noun ("the
    2-metre wall fell", "a 12-mile path runs")."""
    words = noun_after(rest, 2)
    if len(words) == 2 and (
        not words[1].isalpha()
        or not words[1].islower()
        or verb_like(words[1])
        or words[1].endswith(("s", "ly"))
        and not words[0].endswith("s")
        or words[1] in PREPOSITIONS
        or words[1] in COMPASS
        or words[1] in PLACE_ADVERBS
    ):
        return words[:1]
    return words


# adverbs of place and direction that follow a noun ("a 26-hectare site near", "the trawler out at
# sea"): no part of its noun phrase
PLACE_ADVERBS = frozenset("near off out away back up down ahead apart aside home abroad nearby".split())


def _change_in(rest: list[str]) -> str:
    """A change noun and what it is "in", right after a measurement used as an adjective ("a
    500-tonne rise in catches" -> "rise in catches"), or ""."""
    if len(rest) < 3 or rest[0].lower() not in CHANGE_NOUNS or rest[1] != "in":
        return ""
    changed = noun_after([w for w in rest[2:6] if w.lower() != "the"], 2)
    if not changed or not all(w.isalpha() for w in changed):
        return ""
    if changed[0].endswith("s"):
        changed = changed[:1]  # "a 900-tonne rise in exports pleased": a plural noun, then its verb
    return " ".join([rest[0], "in", *changed])


# A length reached by climbing or descending, or flown at, is an altitude ("had climbed to about
# 5,000 feet", "cruising at 38,000 feet", "descended to 3,000 metres").
LENGTHS = frozenset(("foot", "meter", "kilometer", "mile"))
ALTITUDE_VERBS = frozenset(
    """climb climbs climbed climbing descend descends descended descending fly flies flew flying
    cruise cruises cruised cruising soar soars soared soaring""".split()
)


def rises_or_flies(lead: list[str]) -> bool:
    """Whether the words before a length end in a verb of ALTITUDE_VERBS and "to" or "at"."""
    return len(lead) > 1 and lead[-1].lower() in ("to", "at") and lead[-2].lower() in ALTITUDE_VERBS


CONVERSION_WORDS = 8  # the most words of a bracketed conversion read past ("(1.7 hectares)")


def past_conversion(after: list[str]) -> list[str]:
    """The words after a figure with the bracketed conversion that follows it (or the bracket that
    closes the conversion the figure is in) left out: "(1.7 hectares) of lawns" -> "of lawns"."""
    if after[:1] == [")"]:
        return after[1:]
    if after[:1] == ["("] and ")" in after[:CONVERSION_WORDS] and any(w[:1].isdigit() for w in after[1:3]):
        return after[after.index(")") + 1 :]
    return after


def material_after(after: list[str], three: bool = True) -> str:
    """The stuff a measured quantity is of ("ounces of gold", "tonnes of copper ore", "120mm of
    rain", "tonnes of Robusta beans"): up to two lower-case words after "of", the first of two may
    be a name (or the first two of three, `three`, not for a conversion in brackets: "miles of County
    Line roads"), or "" ("of the total", "of 2024", "of the year", "of Lake Victoria" name none)."""
    if after[:1] != ["of"]:
        return ""
    words = after[1:4]
    if words and words[0].lower() in DETERMINERS:
        words = words[1:]  # "tonnes of the ore": the ore
    joined = _joined_material(after[1:5])
    if joined:
        return joined  # "80g of white and brown meat", "kilos of rice and beans"
    stuff = noun_after(words, 2)
    if stuff and stuff[0].lower() in PERIOD_WORDS:
        return ""  # "the fastest 100 metres of the year": a time, no stuff
    if len(stuff) == 2 and stuff[0].istitle() and stuff[0].isalpha() and stuff[1].islower():
        return " ".join(stuff)  # "tonnes of Robusta beans", "barrels of Brent crude": a named kind
    named = noun_after(words, 3) if three and len(stuff) == 2 and stuff[1].istitle() else []
    if len(named) == 3 and all(w.istitle() and w.isalpha() for w in named[:2]) and named[2].islower():
        return " ".join(named)  # "9 miles of County Line roads": a kind named by two words
    return " ".join(stuff) if stuff and all(w.islower() for w in stuff) else ""


def _lower_word(word: str) -> bool:
    """Whether a word is a lower-case word that may stand in a noun phrase (no function, empty,
    approximation or number word: "about", "will", "two")."""
    return (
        word.isalpha()
        and word.islower()
        and word not in NOT_CONTENT
        and word not in PREPOSITIONS
        and word not in UNIT_WORDS
        and word not in TENS_WORDS
    )


def _joined_material(words: list[str]) -> str:
    """Two lower-case words joined by "and" or "or" after "of", and the noun after them when one
    follows ("white and brown meat"; "rice and beans"), or ""."""
    if (
        len(words) < 3
        or words[1] not in ("and", "or")
        or not (_lower_word(words[0]) and _lower_word(words[2]))
    ):
        return ""
    if words[0] in PERIOD_WORDS or words[2] in PERIOD_WORDS:
        return ""
    tail = (
        words[3:4]
        if len(words) > 3 and _lower_word(words[3]) and not words[3].endswith(("ed", "ing"))
        else []
    )
    return " ".join([*words[:3], *tail])


def listed_material(quote: str, after: list[str]) -> str:
    """The stuff of a measured quantity listed before another in its unit that names it ("10 mg or
    20 mg of the tablet" -> "tablet" for the 10 mg), or ""."""
    if len(after) < 5 or after[0] not in ("or", "and") or not after[1][:1].isdigit():
        return ""  # the cheap test first
    unit = quote.rsplit(" ", 1)[-1]
    return material_after(after[3:]) if unit.isalpha() and after[2] == unit else ""


FALL_PLACE_PREPOSITIONS = frozenset(("on", "in", "at", "to", "over", "across"))
TIME_POINT_NOUNS = PERIOD_POINT_WORDS | frozenset(("peak", "height", "close"))  # "at the height of the storm"
FALL_PLACE_WORDS = 5  # the most words of a place phrase read after a measured stuff


NAMED_PLACE_WORDS = 4  # the most words of a named place after "at"


def named_place_at(after: list[str]) -> str:
    """The named place an "at" right after a count of people puts them ("at Hollins Park", "at the
    Corran Hall"), its words capitalised up to the first that is not; "" for anything else ("at
    least", "at 3pm", "at the weekend"; month and day names left out: "at Friday's game")."""
    at = 2 if after[1:2] == ["the"] else 1
    name: list[str] = []
    for word in after[at : at + NAMED_PLACE_WORDS + 1]:
        if not (word[:1].isupper() and word.isalpha()):
            break
        name.append(word)
    if (
        not name
        or len(name) > NAMED_PLACE_WORDS
        or any(w in MONTH_NAMES or w.lower() in WEEKDAYS for w in name)
    ):
        return ""
    return " ".join(["at", *after[1:at], *name])


def place_after_material(after: list[str], stuff: str) -> str:
    """The phrase naming where a measured stuff fell or went, right after it, when it holds a
    proper name ("120mm of rain on parts of the north coast of Java" -> "on parts of the north
    coast of Java", "to Chennai"); "" for a time or an unnamed place ("in 24 hours", "in the area")."""
    at = 1 + (1 if after[1:2] and after[1].lower() in DETERMINERS else 0) + len(stuff.split())
    if at >= len(after) or after[at].lower() not in FALL_PLACE_PREPOSITIONS:
        return ""
    phrase = [after[at]]
    for word in after[at + 1 : at + 1 + FALL_PLACE_WORDS]:
        lower = word.lower()
        if (
            not word.isalpha()
            or lower in BOUNDARY_WORDS
            or lower in ("and", "or", "but")
            or lower in WEEKDAYS
        ):
            break
        if lower in PREPOSITIONS and lower != "of" or word.islower() and verb_like(lower):
            break  # "on parts of Erie County moved": the clause's verb
        phrase.append(word)
    while len(phrase) > 1 and (phrase[-1].lower() in PREPOSITIONS or phrase[-1].lower() in DETERMINERS):
        phrase.pop()
    if not any(w[0].isupper() for w in phrase[1:]) or any(
        w.rstrip(".") in MONTH_NAMES or w.lower() in PERIOD_WORDS or w.lower() in TIME_POINT_NOUNS
        for w in phrase
    ):
        return ""  # "at the end of June", "at the peak of the season": a time, no place
    return " ".join(phrase)


# Words between a change word and its figure: "rose by", "widened to", "eased by an".
DIRECTION_PARTICLES = frozenset(("by", "to", "a", "an"))


# Verbs of earning, reporting, charging or spending whose object is an amount of money ("Safaricom earned
# KSh4.2 billion", "the insurer paid out $75 million in claims", "raised $5 million in funding":
# "raise" is a change word too, but an amount right after it is money raised): the verb is not
# part of the noun phrase before it.
EARNING_VERBS = frozenset(
    """earn earns earned make makes made post posts posted report reports reported record records
    recorded book books booked generate generates generated spend spends spent pay pays paid
    receive receives received collect collects collected net nets netted gross grosses grossed
    pocket pockets pocketed invest invests invested borrow borrows borrowed borrowing owe owes owed owing
    raise raises raised raising charge charges charged charging earning paying receiving collecting
    win wins won winning get gets got getting""".split()
)


FURTHER_WORDS = giving.AMOUNT_PARTICLES - {"a", "an"}  # "a further", "another": more of the same
VERB_PARTICLES = frozenset(("out",))  # "paid out", "shelled out"
# "bring in" an amount: money raised or earned ("The toll will bring in £14m a year", "a quiz night,
# bringing in NZ$3,400"), never "bring" alone ("bring £2m of savings"; late-subj13)
BRING_VERBS = frozenset("bring brings brought bringing".split())
TAKE_VERBS = frozenset("take takes took taking taken".split())  # "takes home": earns


WITH_WORDS = frozenset(("with",))


def particle_noun(named: list[str]) -> bool:
    """Whether a noun phrase after a figure opens with a particle of a compound noun ("down
    payment"): noun_after keeps the particle only before the compound's noun."""
    return len(named) > 1 and named[0].lower() in PARTICLE_NOUN_OPENERS


PLACE_LIST_OPENERS = frozenset(("in", "across", "from"))  # "users in A, B and C"


def _joined_place_list(lead: list[str]) -> list[str]:
    """The words without the commas of a list of names after "in" that ends them ("users in
    Johor, Melaka and Pahang" -> "users in Johor Melaka and Pahang"), so
    the noun before "in" stays the head; the words unchanged when they end otherwise."""
    opener = max((i for i, w in enumerate(lead) if w in PLACE_LIST_OPENERS), default=-1)
    names = lead[opener + 1 :]
    if opener < 1 or "," not in names or "and" not in names:
        return lead
    if not all(w in (",", "and") or w[:1].isupper() for w in names):
        return lead
    return lead[: opener + 1] + [w for w in names if w != ","]


# the words after an amount earned or paid that open what it is, is for or goes into ("in net
# profit", "for the site", "on its ports", "into a pension fund")
EARNED_OBJECT_WORDS = frozenset(("in", "for", "on", "into"))


def earned_subject(before: list[str], after: list[str]) -> str:
    """What an amount right after a verb of earning measures: the common noun of an "in", "for"
    or "on" phrase after it ("reported KSh9 billion in net profit", "paid $2.5 million for the
    site"), else the noun phrase that earned it
    ("Safaricom earned KSh4.2 billion", not a period or a place: "in the year to March", "in
    Chile"); "" when no such verb stands right before the amount."""
    words = without_approx(before)
    for total in WORTH_TOTALS:  # "spent a combined £14.2m", "paid a total of": the sum all the same
        if [w.lower() for w in words[-len(total) :]] == list(total):
            words = words[: -len(total)]
            break
    if words and words[-1].lower() in FURTHER_WORDS:
        words = strip_lower(words, giving.AMOUNT_PARTICLES)  # "to raise a further £2.4m"; not "received a"
    words = strip_lower(words, VERB_PARTICLES)
    took_home = len(words) > 1 and words[-1].lower() == "home" and words[-2].lower() in TAKE_VERBS
    brought_in = len(words) > 1 and words[-1].lower() == "in" and words[-2].lower() in BRING_VERBS
    if took_home or brought_in:
        words = words[:-1]  # "takes home A$1.9 million": earns it; "bringing in $2,900": raises it
    if not words or words[-1].lower() not in EARNING_VERBS and not took_home and not brought_in:
        return ""
    if after[:1] == ["("] and ")" in after[:8]:
        after = after[after.index(")") + 1 :]  # "A$3.5 million ($2.2 million) in prize money"
    per_unit = False
    if after[:1] in (["a"], ["an"], ["per"], ["each"]) and after[1:2] and after[1].lower() in PER_PERIODS:
        after = after[2:]  # "spends Rs22.5 billion a year on its ports"
    elif (
        after[:1] in (["a"], ["an"], ["per"])
        and len(after) > 2
        and after[1].isalpha()
        and after[1].islower()
        and after[2].lower() in ("for", "on")
    ):
        after, per_unit = after[2:], True  # "pay $2 a litre for diesel": the price's unit, then what it buys
    if per_unit and after[:1] == ["for"] and (bought := _bought_named(after[1:])):
        return f"price of {bought}"  # "paid VNĐ68,000 per kilo for Ri6 durian": a variety's price
    role = (
        noun_after(after[2:], 4)
        if [w.lower() for w in after[:1]] == ["as"] and after[1:2] in (["a"], ["an"])
        else []
    )
    if measure_of := EARNED_MEASURES.get(words[-1].lower(), ("", ""))[0] if role and not took_home else "":
        return f"{measure_of} as {' '.join(role)}"  # "earned €900 a month as a cleaner": pay for that work
    lead = strip_lower(
        words[:-1], EARNER_VERB_LEADS | ASPECT_VERBS if words[-1].endswith("ing") else EARNER_VERB_LEADS
    )  # "A farmer now pays", "buyers can borrow", "pensioners will keep paying": the farmer, buyers
    if len(lead) > 1 and lead[-1].lower() == "to" and lead[-2].lower() in INTENT_VERBS:
        lead = strip_lower(lead[:-2], AUXILIARIES | BE_WORDS)  # "Rimba Group plans to raise": Rimba Group
    if (
        lead[-2:-1] != [","]
        and lead
        and len(lead[-1]) > 1
        and lead[-1][-1] == ","
        and lead[-1][:-1].isdigit()
    ):
        lead = [*lead[:-1], lead[-1][:-1], ","]  # "The levy, due from April 2027, is expected to raise"
    lead = _joined_place_list(lead)  # "users in Johor, Melaka and Pahang will pay"
    lead = without_ing_relative(without_relative_opening(without_aside(_without_lower_aside(lead))))
    # "go to people earning": no subject; "A worker with two children pays": "with" qualifies the earner
    cross = SUBJECT_PREPOSITIONS | WITH_WORDS if not words[-1].endswith("ing") else frozenset()
    earner = head_of(noun_phrase_before(_without_date_after(lead), cross, subject=True))
    if lead[-1:] == ["and"]:
        # "The TMO has bought 41,500 tons ... this season and paid": the first predicate's subject
        earner = first_predicate_subject(lead[:-1]) or earner
    measure, join = ("earnings", "of") if took_home else EARNED_MEASURES.get(words[-1].lower(), ("", ""))
    if after[:1] and after[0].lower() in EARNED_OBJECT_WORDS and not period_object(after):
        named = noun_after([w for w in after[1:5] if w.lower() not in DETERMINERS])
        if after[0].lower() == "for" and any(w[:1].isupper() for w in named[1:]):
            named = []  # "earned €40,000 for owner Ann Byrne": for whom, not what it is for
        if named and named[0][0].islower() and named[0] not in OBJECT_PRONOUNS:
            if measure and earner and after[1].lower() in DETERMINERS:
                # "raise $340 million in a public listing of shares": an event or a thing bought,
                # with its determiner; "in sales", "in net profit" name the measure itself
                return f"{measure} {join} {earner} {after[0].lower()} {' '.join(named)}"
            return " ".join(named + _coordinated_noun(after[1 + len(named) :]))  # "$3 billion in sales"
    if (
        join == "of"
        and not took_home
        and not earner
        and lead
        and lead[-1].lower() in PERSONAL_PRONOUNS - {"it"}
    ):
        # "I earn 500 rupees a day": a speaker's earnings (no name to join; what is paid or spent
        # is told better by the words after it, "for half a sack")
        return measure
    if brought_in and (names_a_time(earner) or earner.isupper() or earner.lower() in CHANGE_WORDS):
        # "the nine months to September brought in Sh180bn": a period, no earner; nor a change
        # ("The increase should bring in") or a bare acronym ("Turnover tax (TOT) is expected to")
        return ""
    if not measure or not earner:
        return earner  # no earner named: the words after the amount may tell more ("before state tax")
    return f"{measure} {join} {earner}"  # "The city will spend": spending by city


BOUGHT_WORDS = 5  # the tokens read after "for" for the thing a price buys


def _bought_named(words: list[str]) -> str:
    """The thing a price per unit buys when its name opens with a capital ("Ri6 durian", "Hass
    avocados"), a lower-case noun closing it; "" otherwise (a lower-case thing is read as it is)."""
    joined: list[str] = []
    for word in words[:BOUGHT_WORDS]:
        if word.isdigit() and joined and joined[-1][:1].isupper():
            joined[-1] += word  # "Ri6": a variety's name, its digits glued to it
        elif word.lower() not in DETERMINERS:
            joined.append(word)
    named = noun_after(joined)
    if len(named) < 2 or not named[0][:1].isupper() or not named[-1].islower():
        return ""
    return " ".join(named)


def _coordinated_noun(words: list[str]) -> list[str]:
    """ "and" with the lower-case noun phrase it joins when the words open so and a preposition or
    a mark ends that phrase ("in royalties and lease payments to Corfo": "and lease payments"), or
    [] (no noun joined: "in sales and profit rose 5%", "and the", "and Chile")."""
    if words[:1] != ["and"]:
        return []
    named = noun_after(words[1:])
    rest = words[1 + len(named) : 2 + len(named)]
    if not named or not all(w.isalpha() and w.islower() for w in named) or verb_like(named[-1]):
        return []
    if rest and rest[0][0].isalnum() and rest[0].lower() not in PREPOSITIONS:
        return []
    return ["and", *named]


def premodifying(lead: list[str], after: list[str]) -> bool:
    """Whether an amount modifies the lower-case noun after it, a determiner before it ("the
    winner of the A$2 million race": the race, not its winner)."""
    return (
        bool(lead)
        and lead[-1].lower() in DETERMINERS
        and bool(after)
        and RE_LOWER_WORD.fullmatch(after[0]) is not None
        and after[0] not in FUNCTION_WORDS
        and after[0] not in PREPOSITIONS
    )


ASIDE_REACH = 8  # the most words of an aside between commas read back from its closing comma


def _without_lower_aside(words: list[str]) -> list[str]:
    """The words without an aside between commas that ends them and opens with a lower-case word
    ("The levy, due from April 2027," -> "The levy"), or the words as they are."""
    if words[-1:] != [","] or "," not in words[-ASIDE_REACH - 1 : -1]:
        return words
    k = len(words) - 2 - words[-2::-1].index(",")  # the aside's opening comma
    return words[:k] if k and RE_LOWER_WORD.fullmatch(words[k + 1]) else words


def funds_in(after: list[str]) -> str:
    """What a sum is when "in" and a noun of funds follow it, a period's "a year" between or not
    ("provides $4 million a year in aid" -> "aid"), or ""."""
    if after[:1] in (["a"], ["an"], ["per"]) and after[1:2] and after[1].lower() in PER_PERIODS:
        after = after[2:]
    if after[:1] != ["in"] or len(after) < 2:
        return ""
    named = noun_after(after[1:], 2)
    if (
        not named
        or named[-1].lower() not in FUNDS_NOUNS
        or not all(w.isalpha() and w.islower() for w in named)
    ):
        return ""
    return " ".join(named)


# The words after an amount that say what it is for by what it needs ("the $94,000 needed for the
# vote"): money needed for a thing is its cost.
NEEDED_WORDS = frozenset(("needed", "required", "necessary"))
GONE_TO_WORDS = frozenset(("to", "on", "towards", "toward", "into"))
PURPOSE_ENDS = frozenset("until till unless when while because if once as".split())  # open a clause
RELATIVE_REACH = 6  # the most words of a contact relative clause's subject ("the national government")


def _purpose_phrase(words: list[str]) -> str:
    """The noun phrase or "-ing" phrase that opens the words, without its determiners ("the
    vote", "printing"), or "" when it does not open with a lower-case word."""
    while words and words[0].lower() in DETERMINERS:
        words = words[1:]
    named = noun_after(words, 4)
    for k, word in enumerate(named):
        if word.lower() in PURPOSE_ENDS:
            named = named[:k]  # "the ballot until July": a time clause ends the phrase
            break
    if not named or not RE_LOWER_WORD.fullmatch(named[0].removesuffix("'s").removesuffix("’s")):
        return ""
    return " ".join(named)


def needed_for(after: list[str]) -> str:
    """ "cost of the vote" for an amount followed by "needed for the vote" (NEEDED_WORDS), or ""."""
    if len(after) < 3 or after[0].lower() not in NEEDED_WORDS or after[1].lower() != "for":
        return ""
    named = _purpose_phrase(after[2:])
    return f"cost of {named}" if named else ""


def sent_to(after: list[str]) -> str:
    """What an amount goes to when a verb of going follows it, after "of that" or not ("$11,500
    of that went to printing ballots" -> "printing ballots"; "£2m will go on repairs"), or ""."""
    words = (
        after[2:]
        if [w.lower() for w in after[:2]] in (["of", "that"], ["of", "it"], ["of", "this"])
        else after
    )
    words = strip_lower(words, AUXILIARIES)
    if len(words) < 3 or words[0].lower() not in GOING_VERBS or words[1].lower() not in GONE_TO_WORDS:
        return ""
    return _purpose_phrase(words[2:])


def relative_sum(lead: list[str], after: list[str]) -> str:
    """What an amount measures when a contact relative clause follows it ("the $18.6 million the
    government owes the pension plan": its debt to the plan; "the $2m the club paid for him": the
    sum it paid), or "": the amount is "the" amount, and the clause opens with a noun phrase and
    a verb of earning, paying or owing."""
    if not lead or lead[-1].lower() not in ("the", "this", "that"):
        return ""
    for v in range(1, min(len(after), RELATIVE_REACH + 1)):
        verb = after[v].lower()
        if not after[v].isalpha():
            return ""
        if verb in EARNED_MEASURES or verb in giving.OWING_VERBS:
            break
    else:
        return ""
    doer = strip_lower(after[:v], VERB_ADVERBS | AUXILIARIES)
    if not doer or doer[0].lower() not in DETERMINERS and not doer[0][:1].isupper():
        return ""
    if any(w.lower() in PREPOSITIONS or w.lower() in CLAUSE_WORDS for w in doer):
        return ""
    if verb in giving.OWING_VERBS:
        end = v + 1
        while end < len(after) and end - v <= giving.OWED_OBJECT_WORDS + 1 and after[end][:1].isalpha():
            end += 1
        creditor = [w for w in after[v + 1 : end] if w.lower() not in DETERMINERS]
        return giving.owed_subject([*after[: v + 1], *creditor])
    return earned_subject(after[: v + 1], after[v + 1 :])


PAID_PARTICLES = frozenset("out back off up down in".split())  # "paid out", "paid back": no one paid
PAID_LEADS = DETERMINERS | DISTRIBUTIVES | {"all"}  # "pays each club"
EACH_OF_THEM = ["each", "of", "them"]  # the ones paid, each, after a verb of paying


def paid_to(lead: list[str], after: list[str], them: str) -> str:
    """ "payments to farmers" for an amount right after a verb of paying and the ones paid ("paid
    contractors", "pays each club"; "paid them", `them` naming the people counted before it in the
    sentence), with what it is paid for or in ("for unfinished roads"), or ""."""
    if after[:1] in (["a"], ["an"], ["per"]) and after[1:2] and after[1].lower() not in PER_PERIODS:
        return ""  # "pays processors $85 a deer": a price per unit
    if after[:1] == ["for"] and after[1:2] and after[1].lower() in ("a", "an", "one", "each", "every"):
        return ""  # "We pay the banks MVR 15.42 for a dollar": a rate
    words = strip_lower(without_approx(lead), giving.AMOUNT_PARTICLES)  # "paid them a further"
    each_of = [w.lower() for w in words[-3:]] == EACH_OF_THEM  # "pays each of them"
    reach = (len(words) - 4,) if each_of else (len(words) - 2, len(words) - 3)
    k = next((k for k in reach if k >= 0 and words[k].lower() in PAYING_VERBS), -1)
    if k < 0:
        return ""
    paid = [w for w in words[k + 1 :] if w.lower() not in PAID_LEADS]
    if [w.lower() for w in paid] in (["them"], ["of", "them"]):
        paid = them.split()
    each = words[k + 1].lower() in DISTRIBUTIVES or words[k + 1 :] == ["them"]  # "pays each club"
    if (
        not paid
        or not all(RE_LOWER_WORD.fullmatch(w) for w in paid)
        or paid[-1] in PAID_PARTICLES | OBJECT_PRONOUNS | PREPOSITIONS
        or not (each or paid[-1].endswith("s"))  # "paying the remaining £700,000": the amount's own word
    ):
        return ""
    named = noun_after(after[1:], 4) if after[:1] in (["for"], ["in"]) else []
    object_ = f" {after[0]} {' '.join(named)}" if named and RE_LOWER_WORD.fullmatch(named[0]) else ""
    if each_of and after[:1] in (["a"], ["an"], ["per"]):
        # "employs four workers and pays each of them 2,100 pesos a week": each one's pay
        return f"pay of each of the {' '.join(paid)}"
    return f"payments to {' '.join(paid)}{object_}"  # "paid contractors Sh3.1bn for roads"


# Words between an earner and its verb of earning: auxiliaries, adverbs and the modals the
# auxiliaries leave out ("students can borrow", "each household must pay")
EARNER_VERB_LEADS = AUXILIARIES | VERB_ADVERBS | frozenset("can cannot must shall".split())
# Verbs of going on or stopping before a verb of earning in "-ing", whose subject is the earner
# ("Pensioners will keep paying £2", "Diners continue paying 15 rupees"; late-subj13)
ASPECT_VERBS = frozenset("keep keeps kept keeping continue continues continued stop stops stopped".split())


# Verbs before "to" and a verb of earning whose subject is the earner ("plans to raise", "is set to
# spend", "needs to borrow").
INTENT_VERBS = frozenset(
    """plan plans planned planning aim aims aimed aiming want wants wanted hope hopes hoped expect
    expects expected intend intends intended need needs needed seek seeks sought set likely due able
    understood believed said thought reported rumoured rumored""".split()
)  # (and the passive verbs of reporting: "is understood to earn", "is said to earn")
# the verbs of paying among them ("pay", "pays", "paid", "paying": paid_to)
PAYING_VERBS = frozenset(verb for verb, (measure, _) in EARNED_MEASURES.items() if measure == "sum paid")


def _without_date_after(words: list[str]) -> list[str]:
    """The words without a date adjunct that ends them ("the overall winner in Paris on July 20"
    -> "the overall winner in Paris"): the earner stands before it."""
    end = len(words)
    while end and (words[end - 1].isdigit() or words[end - 1].rstrip(".") in MONTH_NAMES):
        end -= 1
    if end < len(words) and end and words[end - 1].lower() in ("on", "in", "by", "from", "since"):
        return words[: end - 1]
    return words


def direction_before(words: list[str]) -> str:
    """The direction a change word right before a figure sets ("narrowed 3 points", "widened
    to 5 percentage points", "eased by about 2%"), or ""."""
    words = strip_lower(without_approx(words), DIRECTION_PARTICLES)
    return CHANGE_WORDS.get(words[-1].lower(), "") if words else ""


# Change words whose amount of money is a sum, not a change: money raised is an amount earned
# (EARNING_VERBS), and money lost is a loss ("The firm lost $5 million last year").
SUM_VERBS = EARNING_VERBS | LOSE_VERBS
AMOUNT_PARTICLES = frozenset(("a", "an", "further", "another"))  # "rise another 0.5 metres"
COUNT_CHANGE_PARTICLES = frozenset(("up", "down"))  # "(up 4,293,741 to 25,145,561)"
ASIDE_OPENERS = frozenset((",", "("))  # what stands before "up" or "down" opening an aside
# the word after an amount that makes it a quantity or a place, not a change ("dropped 120mm of
# rain", "sank 4 nautical miles from the port", "sank 12 km off Crete")
AMOUNT_OBJECT_WORDS = frozenset(("of", "from", "off"))


def amount_object(after: list[str]) -> bool:
    """Whether the words after an amount, past a bracketed conversion, open with AMOUNT_OBJECT_WORDS."""
    if after[:1] == ["("] and ")" in after:
        after = after[after.index(")") + 1 :]
    return bool(after) and after[0].lower() in AMOUNT_OBJECT_WORDS


def amount_direction(words: list[str], counted: bool) -> str:
    """The direction of a change in a count or a measurement that the words right before it set:
    a change word ("rose 37.6 points", "shed 9 billion tonnes"), or one before "by" ("grew by
    3,700", "rose by 2 metres"); a count only "by" or an aside's "up" or "down" (", up 380": "cut 75
    jobs" counts what a verb acts on, "make up 12" is no change); none after an approximation
    word ("fell below 35C", "came down about 4 miles": a level or a distance)."""
    words = strip_lower(words, AMOUNT_PARTICLES)
    last = words[-1].lower() if words else ""
    if last == "by" and len(words) > 1:
        return CHANGE_WORDS.get(words[-2].lower(), "")
    if counted and not (last in COUNT_CHANGE_PARTICLES and words[-2:-1] and _opens_aside(words[-2])):
        return ""
    if last in COUNT_CHANGE_PARTICLES and words[-2:-1] and words[-2].lower() in PHRASAL_PARTICLE_VERBS:
        return ""  # "gave up 517 rushing yards", "made up 12 metres": a phrasal verb, no rise
    return CHANGE_WORDS.get(last, "")


# the comparatives right after a count, before "than", that make it the difference from another
# count ("will have 61 seats, 10 fewer than in 2022", "12 more than a year earlier"): a change
COUNT_DIFFERENCE_WORDS = frozenset(("more", "fewer", "less"))


def difference_after(after: list[str]) -> str:
    """The direction a comparative and "than" right after a count set ("10 fewer than in 2022"), or ""."""
    word = after[0].lower() if len(after) > 1 and after[1] == "than" else ""
    return CHANGE_WORDS[word] if word in COUNT_DIFFERENCE_WORDS else ""


def _opens_aside(word: str) -> bool:
    """Whether a token opens an aside (ASIDE_OPENERS): "," or "(", or a bare number read with its
    comma ("rose to 61,500, up 2,300": the level's token is "61,500,")."""
    return word in ASIDE_OPENERS or word[-1:] == "," and word[:1].isdigit()


# verbs whose "up" or "down" makes a phrasal verb of conceding, making up or setting ("a defence
# that gave up 517 yards", "set down 40 mm of rain"), not a rise or a fall
PHRASAL_PARTICLE_VERBS = frozenset(
    "give gives gave given giving make makes made making set sets setting wind winds wound winding "
    "end ends ended ending sum sums summed".split()
)


def money_direction(words: list[str]) -> str:
    """The direction of a change in money that a change word right before the amount sets
    ("Profit rose by RM5 million", "Revenue fell $2 billion"), or "" for an amount that is a level
    or a sum ("rose to $40 billion", "raised $5 million")."""
    words = strip_lower(without_approx(words), MONEY_CHANGE_PARTICLES)
    last = words[-1].lower() if words else ""
    if last in COUNT_CHANGE_PARTICLES and words[-2:-1] and words[-2].lower() in PHRASAL_PARTICLE_VERBS:
        return ""  # "the tax share making up $265 million": a part of a whole, no rise
    return "" if last in SUM_VERBS or last in NOUN_ONLY_CHANGES else CHANGE_WORDS.get(last, "")


RE_LOWER_WORD = re.compile(r"[a-z]+")


# A depth of rain or snow is named by its fall ("120mm of rain": the rainfall).
FALL_NOUNS = {"rain": "rainfall", "rains": "rainfall", "snow": "snowfall", "snows": "snowfall"}


def fall(m: re.Match[str]) -> str:
    return FALL_NOUNS[m.group(0).lower()]


def of_fall(after: list[str], subject: str) -> bool:
    """Whether a depth is of rain or snow: "of rain" right after it, or a subject that is the word
    alone ("rain pushed the river 86 cm above the mark" measures the river)."""
    return (
        [w.lower() for w in after[:1]] == ["of"]
        and after[1:2]
        and after[1].lower() in FALL_NOUNS
        or (subject.lower() in FALL_NOUNS)
    )


NOT_SPANNED = (
    LINK_WORDS
    | frozenset(CHANGE_WORDS)
    | AUXILIARIES
    | BE_WORDS
    | frozenset("can must to and or around away".split())
)


def spanned_length(tail: list[str], subject: str, after: list[str]) -> str:
    """The length of what a span before a noun measures when its subject names only the words the
    quote takes after the span: the whole noun phrase ("a 48-hour general strike" -> "length of the
    general strike"; a statistic's period: "a 30-year average" -> "period of the average"), or ""."""
    if not tail or subject.lower() != " ".join(tail).lower() or tail[-1].isupper():
        return ""  # "a four-hour BESS": an acronym, spelled out later
    rest: list[str] = []
    last = tail[-1].lower()
    named = [] if last.endswith("s") and not last.endswith("ss") else noun_after(after)  # "five-year fixes"
    for k, word in enumerate(named):
        lower = word.lower()
        if lower in NOT_SPANNED or lower in FIRST_PAST_VERBS or past_form(lower) or lower.endswith("ly"):
            break
        if present_verb(lower, [*tail, *rest][-1].lower(), after[k + 1 : k + 2]):
            break  # "the six-day pass goes on sale": the pass, not what it does
        rest.append(word)
        if lower.endswith("s") and not lower.endswith("ss"):
            break  # "one-month active users": a plural noun ends its phrase
    phrase = " ".join([*tail, *rest])
    head = phrase.split()[-1].lower()
    if head.endswith("s") and not head.endswith("ss") or head in PERIOD_WORDS:
        return phrase  # "one-month active users": those the span defines; "a 24-hour period": itself
    return f"period of the {phrase}" if head in STATISTIC_WORDS else f"{SPAN_LENGTH}{phrase}"


TEMPERATURE_HOLDERS = frozenset(("mercury", "thermometer", "thermometers"))
RE_NAMED_STORM = re.compile(
    r"\b(?:Super\s+)?(?:Hurricane|Typhoon|Cyclone|Tropical\s+(?:Storm|Cyclone|Depression)|Storm)\s+[A-Z][a-z]+"
)


STORM_NOUN_WORDS = frozenset(STORM_NOUNS) | frozenset(("system",))  # "the system" of a forecast


def storm_strength(body: str, lo: int, start: int, own: str, after: list[str]) -> str:
    """The subject of a storm's category: the strength of the storm named last before it in its
    sentence ("strength of Typhoon Lan"), or of the name its own subject gives ("Florence"), or of
    the storm noun after it ("a Cat 3 hurricane": "the hurricane")."""
    named = [m.group() for m in RE_NAMED_STORM.finditer(body, lo, start)]
    if named:
        return f"strength of {named[-1]}"
    if own[:1].isupper() and " " not in own and own.isalpha():
        return f"strength of {own}"
    noun = after[0].lower() if after and after[0].lower() in STORM_NOUN_WORDS else "storm"
    return f"strength of the {noun}"


def read_temperature(subject: str) -> str:
    """A temperature's subject with the instrument that shows it named as the temperature
    ("mercury in Seville" -> "temperature in Seville"), or "" when it names no such instrument."""
    words = subject.split()
    if not words or words[0].lower() not in TEMPERATURE_HOLDERS:
        return ""
    rest = words[1:]
    if "temperature" in rest:
        rest = rest[
            rest.index("temperature") + 1 :
        ]  # "mercury temperature", "thermometer showed temperature"
    return " ".join(["temperature", *rest])


PREMODIFIER_REACH = 3  # the words before a measure premodifier read as a counted noun's adjectives


def measure_premodified_noun(after: list[str]) -> str:
    """The noun a number word counts past adjectives and a measure premodifier before it ("Two new
    160-metre vessels" -> "new vessels"), or ""."""
    at = next((k for k, w in enumerate(after[:PREMODIFIER_REACH]) if w[0].isdigit()), -1)
    if at < 0 or after[at + 1 : at + 2] != ["-"] or len(after) < at + 4:
        return ""
    adjectives, noun = after[:at], after[at + 3]
    if not all(w.isalpha() and w.islower() for w in [*adjectives, noun]):
        return ""
    return " ".join([*adjectives, noun])


PART_OF = "part of "  # what part_of_measured names
PLACED_PART_WORDS = 6  # the words of where or how a measured part lies that are kept, at most
PLACED_PART_OPENERS = PREPOSITIONS | {"as"}  # "of it as a subsea cable", "of it under the Alps"


def part_of_measured(fig: Figure, out: list[Figure], after: list[str]) -> str:
    """What "N <unit> of it" measures when a phrase of where or how follows: that part of the
    measurement before it in the same measure ("will run for 330 km, 215 km of it as a subsea cable"
    -> "part of ... as subsea cable"; "57 km, 35 km of it under the Alps"), or "" (no such whole,
    or a verb follows, which part_of_pronoun reads)."""
    if len(after) < 4 or after[1].lower() not in PART_PRONOUNS or after[2].lower() not in PLACED_PART_OPENERS:
        return ""
    whole = None
    for f in reversed(out):  # (read back PART_REACH only, a quote far shorter than it: not every figure)
        if fig.start - f.start > 2 * PART_REACH:
            break
        if f.measure == fig.measure and fig.start - f.end <= PART_REACH:
            whole = f
            break
    if whole is None or not has_content_word(bare_subject_of(whole.subject)):
        return ""
    if bare_subject_of(whole.subject).startswith(PART_OF):
        # a part is no whole: "part of part of ..." grew with each such sentence (8,000: 66 s)
        return ""
    placed: list[str] = [after[2]]
    for word in after[3 : 3 + PLACED_PART_WORDS]:
        if not word[0].isalpha():
            break
        if word.lower() not in DETERMINERS:
            placed.append(word)
    return f"{PART_OF}{' '.join([bare_subject_of(whole.subject), *placed])}" if len(placed) > 1 else ""


# A change in a stock or in shares is a change in their price ("The stock has gained 41%"); not
# one in a "share" ("market share", "its share of the vote").
STOCK_PRICES = {
    "stock": "stock price",
    "stocks": "stock prices",
    "shares": "share price",  # a company's shares have one price
}


def price_of_stock(subject: str) -> str:
    """The subject of a percent change in a stock or shares, named as their price ("stock" ->
    "stock price", "Acme shares" -> "Acme share price", "Shares of Acme" -> "share price of
    Acme"), or "" for any other subject ("share of renewables", "market share")."""
    if "tock" not in subject and "hares" not in subject:
        return ""  # the cheap test first
    words = subject.split()
    if len(words) > 2 and words[1] == "of" and words[0].lower() in ("shares", "stocks"):
        return " ".join([STOCK_PRICES[words[0].lower()], *words[1:]])
    if words and words[-1].lower() in STOCK_PRICES:
        return " ".join([*words[:-1], STOCK_PRICES[words[-1].lower()]])
    return ""


# what may stand between a sum and the share that restates it ("$4.2 billion, or 3.1% of",
# "$2 billion, equal to 6% of"), also after the bracket of a conversion and the year or period of the
# sum ("K40 billion ($2 billion) in 2024, equivalent to 6% of", "$4 billion last year, or")
RE_APPOSED_SUM = re.compile(
    r"\)?(?:\s+(?:in\s+(?:fiscal\s+)?\d{4}(?:[-/]\d{2,4})?|last\s+year|this\s+year))?"
    rf",\s*(?:or\s+|equal\s+to\s+|equivalent\s+to\s+)?(?:{ROUGH_COUNT}\s+)?"
)
SUM_SHARE_GAP = 40  # characters between a sum and the share that restates it, at most
SUM_LOOKBACK = 3  # figures read back for the sum (over the year of the sum and a bracketed conversion)


def last_sum(out: list[Figure]) -> Figure | None:
    """The latest money figure that names its sum among the last figures named, read back over
    dates and over a bracketed conversion not named yet ("K40 billion ($2 billion)")."""
    end = -1  # where the latest money figure ends: a conversion's bracket closes after it
    for fig in reversed(out[-SUM_LOOKBACK:]):
        if fig.kind == "money" and end < 0:
            end = fig.end
        if fig.kind == "money" and has_content_word(bare_subject_of(fig.subject)):
            return None if names_a_time(fig.subject) else fig._replace(end=end)
        if fig.kind not in ("date", "money"):
            return None
    return None


def sum_as_share(money: Figure, fig: Figure, body: str, whole: str) -> str:
    """The sum a share in apposition to it restates, as a share of the whole the share names
    ("a deficit of $4.2 billion, or 3.1% of GDP" -> "deficit as a share of GDP"); "" when the
    share does not follow the sum so or the sum names nothing."""
    if fig.start - money.end > SUM_SHARE_GAP or not RE_APPOSED_SUM.fullmatch(body, money.end, fig.start):
        return ""
    named = bare_subject_of(money.subject)
    if not has_content_word(named) or not has_content_word(whole) or whole.split()[0].lower() in PRONOUNS:
        return ""  # "$90 million, about 30 percent of it paid by the state": a share of the sum itself
    return f"{named} as a share of {whole}"


# "the economy grew 2.1%", "the Malaysian economy is expected to expand 4%": the percent measures the
# growth of the economy, as news writes it elsewhere ("economic growth of 2.1%")
ECONOMY_HEADS = frozenset(("economy", "economies"))
RE_GROW_BEFORE = re.compile(r"\b(?:grow|grew|grown|grows|growing|expand|expanded|expands|expanding)\b")
GROW_REACH = 60  # characters before the percent read for the verb of growth


def economy_growth(figures: list[Figure], body: str) -> list[Figure]:
    """The figures, each percent change whose subject is an economy that grows ("the economy grew
    by 3.3%") named "growth of the economy"; an economy that shrinks keeps its subject."""
    out = []
    for fig in figures:
        if fig.kind != "percent_change":
            out.append(fig)
            continue  # the cheap test first: most figures are no change
        words = fig.subject.split()
        if (
            words
            and words[-1].lower() in ECONOMY_HEADS
            and RE_GROW_BEFORE.search(body, max(0, fig.start - GROW_REACH), fig.start)
        ):
            if words[0].lower() == "the":
                words = words[1:]
            # "Australia's economy": a name's possessive takes no article ("the island's" does)
            owned = words[0][:1].isupper() and words[0].endswith(("'s", "’s", "s'", "s’"))
            fig = with_subject(fig, ("growth of " if owned else "growth of the ") + " ".join(words))
        out.append(fig)
    return out
