"""Counts: digits and number words that count something ("1,480 people", "two border crossings",
"half a million voters", "a 12-storey tower"), their ranges, and what the noun after them says the
unit is (people, attacks, or another count)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from functools import partial
from itertools import islice
from typing import TYPE_CHECKING

from .. import currencies
from ..letters import LETTER
from ..measures import is_extent, unit_word
from ..reading import RE_RESULT, may_hold_results
from ..vocab import (
    ABBREVIATED_PLURALS,
    ADJECTIVE_S_ENDING,
    AGED_GOODS,
    AGENT_PERSON_MODIFIERS,
    AGENT_PERSON_PARTICIPLES,
    AGENT_PERSON_PHRASES,
    AGENT_PERSON_VERBS,
    AGENT_TAKING_VERBS,
    AIRCRAFT_PERSON_NOUNS,
    ANIMAL_GROUP_NOUNS,
    ANIMAL_NOUNS,
    APPROX_WORDS,
    ATTACK_NOUNS,
    AUDIENCE_NOUNS,
    AUXILIARY_VERBS,
    BE_WORDS,
    CARRY_VERBS,
    CASED_GOODS,
    CHANGE_WORDS,
    CLAUSE_BREAKS,
    CLAUSE_OPENERS,
    COMBAT_AIRCRAFT_MODIFIERS,
    COMBAT_AIRCRAFT_NAMES,
    COMBAT_AIRCRAFT_PREFIXES,
    COMMUNITY_ROLE_NOUNS,
    COMMUNITY_WORDS,
    COUNTRY_BLOCS,
    COURT_NOUNS,
    COURT_PARTICIPLES,
    DEMONYM_PLURALS,
    DURATION_UNITS,
    FACT_BOX_LABEL_QUALIFIERS,
    FACT_BOX_PERSON_LABELS,
    FARM_PRODUCER_NOUNS,
    FARM_PRODUCERS_AT_LEAST,
    FARM_WORDS,
    FARMER_WORDS,
    FIRM_CONTRACTOR_MODIFIERS,
    FIRM_TRADE_NOUNS,
    FIRM_TRADE_PERSON_MODIFIERS,
    FRACTION_WORDS,
    FUNCTION_WORDS,
    HEAD_OF_OFFICES,
    HEALTH_COPY_WORDS,
    HIRE_VERBS,
    HIRED_VEHICLE_NOUNS,
    IN_A_ROW_WORDS,
    IRREGULAR_PAST_VERBS,
    IRREGULAR_SINGULARS,
    MEMBER_INSTITUTION_NAMES,
    METRE_SIZED_NOUNS,
    MODAL_VERBS,
    MONTHS,
    NOT_PLURAL_S_ENDINGS,
    NOT_PLURAL_S_WORDS,
    NUMBERED_PLACE_WORDS,
    NUMBERING_VERBS,
    OFFENCE_NOUNS,
    ORDINAL_WORDS,
    PARENT_NOUNS,
    PARLIAMENT_NOUNS,
    PARTY_NOUNS_BEFORE_FOR,
    PARTY_VERBS,
    PENDING_TEST_WORDS,
    PEOPLE_GROUP_NOUNS,
    PEOPLE_NOUNS,
    PEOPLE_NOUNS_AFTER_NUMBER,
    PEOPLE_NOUNS_UNLESS_OF,
    PEOPLE_VERBS,
    PERCENT_RATE_KINDS,
    PERSON_TITLES,
    PLURAL_MODIFIER_NOUNS,
    POSSESSIVE_DETERMINERS,
    RATE_LEVEL_MEASURES,
    RIDER_NOUNS,
    SCALED_COUNT_ABBREVIATIONS,
    SEATED_BODY_NOUNS,
    SUBJECT_OPENERS,
    THING_TAKING_VERBS,
    UNINFLECTED_PLURALS,
    VENUE_NOUNS,
    WEEKDAYS,
    WEIGHED_GOODS,
)
from . import measures, money, names
from . import numbers as N
from .compose import (
    CONTRAST_WORD,
    ELIDED_GAP,
    GAPPED_UNIT_KINDS,
    RE_BUT_GAP,
    RE_CLAUSE_END_AFTER,
    RE_COMPARED_ASIDE_GAP,
    RE_EARLIER_AFTER,
    RE_NEXT_GAPPED_AFTER,
    RE_NOT_BEFORE,
    RE_OF_THEM,
    elided,
    gapped_name,
    parallel_verb_unit,
)
from .durations import counted_span, one_time_untold, summed_hours
from .figure import Figure, Value, is_number
from .noun_phrases import CHANGE_NOUNS, GAP_NOUNS, PREPOSITIONS, past_form
from .numbers import END, NUM, RANGE_JOIN, WNUM
from .percent import (
    MAX_PERCENTAGE_POINTS,
    RATING_POINT,
    RE_SPORT_CUE,
    bare_points_measure,
    poll_points,
    polls_at,
)
from .subjects import DAY_PARTS, MODAL_HOLDS, PLACE_NOUNS, SAYING_WORDS, is_superlative
from .words import (
    LABEL_LINE_OPENING,
    LABEL_LINE_OPENING_BEFORE,
    first_in_sentence,
    has_person_ending,
    is_agent_plural,
    is_person_agent,
    line_label,
    names_persons,
    sentence_fact,
    sentence_matches,
    sentence_names,
    singular,
    text_fact,
    tokens,
)

if TYPE_CHECKING:
    from ..extract import _Scanner as Scanner

RE_NEXT_WORD = re.compile(r"\s*([A-Za-z][A-Za-z'’]*(?:-[A-Za-z]+)*)")
# a compound adjective holding a figure between a number and its noun ("three 25-basis-point
# cuts", "two 12-storey towers"): read past, so that the noun after it is counted
RE_FIGURE_COMPOUND = re.compile(r"\s\d[\d.,]*-[A-Za-z]+(?:-[A-Za-z]+)*(?=\s[a-z])")
# the number of a model's name inside a counted noun phrase ("105 Leopard 2 tanks"), or of a
# numbered place in lower case ("42 ward 6 residents", vocab.NUMBERED_PLACE_WORDS' singulars)
RE_NAME_NUMBER = re.compile(r"\s\d{1,4}(?=\s[a-z])")
# (and a numbered slot's word: "12 cell 4 inmates", names.SLOT_POSITION_WORDS)
PLACE_SINGULARS = (
    frozenset(w for w in NUMBERED_PLACE_WORDS if not w.endswith("s")) | names.SLOT_POSITION_WORDS
)
# an emergency line's number between a count and the calls made to it ("900 911 calls", names.
# is_name_or_code): the calls are counted
RE_EMERGENCY_LINE_CALLS = re.compile(rf"\s{names.EMERGENCY_NUMBERS}(?=\scalls?\b)")
# an aircraft's or a vehicle's model number with its variant inside a counted noun phrase ("two
# 767-300 freighters", "four 737 MAX 8 jets", "three 777-300ER aircraft"): part of a name
RE_MODEL_VARIANT_AFTER = re.compile(r"\s\d{3}(?:-\d{1,4}[A-Z]{0,3}|\sMAX(?:\s\d{1,2})?)(?=\s[a-z])")
# a product's or a strain's code of capitals and digits, a maker's name before it if any, inside a
# counted noun phrase ("16,000 H100 GPUs", "100,000 Nvidia H100 chips", "27 human H5N1 infections"),
# also with a hyphen before its digits, as aircraft and armour are named ("48 F-16 jets", "12 C-130
# transport planes", "30 T-72 tanks"): part of a name, so that the noun after it is counted
RE_CODE_NAME_AFTER = re.compile(
    r"\s(?:[A-Z][a-z]+\s)?[A-Z]{1,3}-?\d[A-Z\d]*[a-z]{0,3}(?=\s(?:[a-z]|[A-Z]{2,}s\b))"
)
# a word in quotation marks between a number and its noun ('9,800 "ghost" names', "40 'smart' meters"):
# a modifier, the noun after it is counted
SCARE_QUOTES = "\"'“‘"
RE_SCARE_QUOTED = re.compile(r"\s[\"'“‘][a-z]+(?:-[a-z]+)*[\"'”’](?=\s[a-z])")
RE_FOLLOWING_WORD = re.compile(r"\s+(?:\(|[A-Za-z][\w'-]*)")
# where the clause before a change "from A to B" starts: a contrast or a subordinate clause
# (vocab.CLAUSE_BREAKS), a semicolon or ", and"; not a relative pronoun, whose clause is said of
# the counted noun before it ("attacks that rose from 233 to 265")
RE_CLAUSE_BREAK = re.compile(rf";|\b(?:{'|'.join(CLAUSE_BREAKS)})\b|,\s+and\b")

RE_A_SCALE = re.compile(rf"(?<![\w-])(?P<num>{N.A_SCALE}){END}", re.IGNORECASE)
# "a million" as the second term of a ratio ("the odds were one in a million", as "one in five" is
# a ratio: rules, table 8) and in the idiom of thanks ("Thanks a million"): no figure
RE_A_SCALE_IDIOM_BEFORE = re.compile(r"\b(?:(?:one|1)\s+in|[Tt]hanks)\s+\Z", re.IGNORECASE)
# ... and "a million and one reasons", "a billion and one things": a countless number, no figure
RE_A_SCALE_IDIOM = re.compile(r"(?i:a\s+(?:million|billion|trillion))\s+and\s+one\b")
# the marks of approximation or size hyphened after a number before its noun ("60-odd people",
# "60-plus people", "a 5,000-strong crowd")
SIZE_MARKS = ("odd", "plus", "strong")
SIZE_MARK_HEADS = tuple(f"{mark} " for mark in SIZE_MARKS)
# a scale letter glued to a count: "4.3M sales", "25k or 40k", "1.4m Afghans" (see abbreviation_ok)
# ("8 B people": a "B" after a space only before a people noun, so "8 B grades" stays a count of 8)
COUNT_ABBR = (
    r"(?P<abbr>m|k|M|K|B|\sB(?=\s+(?:"
    + "|".join(sorted((w for w in PEOPLE_NOUNS if w.islower()), key=len, reverse=True))
    + r")\b))(?=\s|[.,;:)](?!\d)|\Z)"
)
# ... a glued "m" or "k" that ends its clause ("passenger numbers rose to 3.1m.") is millions or
# thousands only of the persons the clause counts or after an amount in millions, and not after
# "from"; "the wall is 2.5m." and "divers jumped from 3.5m." measure
RE_COUNT_DIGITS = re.compile(
    rf"(?P<num>{NUM})(?:(?P<join>{RANGE_JOIN}|\s+and\s+)(?P<num2>{N.DIGITS_LOOSE}))?"
    rf"(?:\s?(?P<scale>{N.SCALE_WORD})|{COUNT_ABBR})?{END}(?![.,]\d)"
)
# the same without a second number: the first number of a range whose second is already read
RE_COUNT_SINGLE = re.compile(rf"(?P<num>{NUM})(?:\s?(?P<scale>{N.SCALE_WORD})|{COUNT_ABBR})?{END}(?![.,]\d)")
# a scale word joined to the digits by a hyphen and ending its word, as Canadian papers write
# counts too ("2.3-million Ontarians"; rules, table 1: "a $3.4-billion deal"); read only where a
# hyphen follows the digits ("1.5-million-square-foot" is left to the measures, which scale its unit)
RE_HYPHEN_SCALE = re.compile(rf"-(?P<scale>{N.SCALE_WORD})(?=\s|-[a-z])")
# number words, and their ranges: "four to five thousand people", "two or three cars", "between
# forty and fifty people" (an "and" range only after "between": Scanner.range_ok)
# (a hyphen after the number only before a mark of size: "sixty-odd people", "a thousand-odd
# pilgrims", "a forty-strong crowd", whose noun count_unit_after reads as for digits)
_NO_HYPHEN = rf"(?!-(?!(?:{'|'.join(SIZE_MARKS)})\s))"
RE_COUNT_WORDS = re.compile(
    rf"(?P<num>{WNUM})(?:(?P<join>\s+(?:to|{N.OR_JOIN}|and)\s+)(?P<num2>{WNUM}))?(?:\s(?P<scale>{N.SCALE_WORD}))?{END}{_NO_HYPHEN}",
    re.IGNORECASE,
)
# ... one number word alone: the low end of a range whose high end another dimension read
RE_COUNT_WORD_SINGLE = re.compile(
    rf"(?P<num>{WNUM})(?:\s(?P<scale>{N.SCALE_WORD}))?{END}{_NO_HYPHEN}", re.IGNORECASE
)
# what follows "5k" or "10K" when it is a race's distance, not thousands
RE_RACE_AFTER = re.compile(r"\s+(?:run|runs|race|races|walk|event|fun run)\b", re.IGNORECASE)
# "two of those", "three of the suspects", "two of CERN's experiments", "two of the city's 14
# libraries": a number word that counts
# part of a whole ("one of the ..." is an idiom and gets no row)
# the size of the whole after it, in digits or words ("three of the 27 member states", "two of the
# three victims"), its thousands grouped by spaces too ("2 480 of the 3 100 learners")
SPACED_NUMBER = r"\d{1,3}(?: \d{3})+(?![\d,]|\.\d)"  # thousands grouped by spaces ("2 480", "1 250 000")
RE_WHOLE_NUMBER = re.compile(
    rf"\s+{SPACED_NUMBER}(?=\s)|\s+\d[\d,.]*\d(?=\s)|\s+\d(?=\s)|\s+(?i:{N.WORD_NUMBER})(?=\s)"
)
# ... or the whole's size right after "of", with no determiner ("took four of eight seats", "won two
# of five sets"); a base of ten or a hundred makes a ratio ("seven of 10 voters", as "seven in 10"),
# and "one of eight children" is the idiom "one of the ..." (no row)
RE_OF_WHOLE_SIZE = re.compile(
    rf"\s+of(?=\s+(?!(?:10|100|ten|hundred|a hundred)\s)(?:\d[\d,]*|(?i:{N.WORD_NUMBER}))\s+[a-z])"
)
# "9,000 of its members", "300 of their drivers": digits that count part of what an owner has
OWNED_PARTS = (" of its ", " of their ", " of our ")
RE_PARTITIVE = re.compile(
    r"\s+of\s+(?:the\s+[a-z][\w-]*(?:'s|’s)|the|those|these|them|us|its|their|his|her|our|my|your|[A-Z][\w-]*(?:'s|’s))(?!\w)"
)


def abbreviation_ok(abbr: str, num: str, unit: str, body: str, end: int, plural_head: str = "") -> bool:
    """Whether a scale letter glued to a count means thousands, millions or billions: "M" and "K"
    always, "k" unless a race follows ("5k run"), "m" with decimals or people ("1.4m Afghans", not
    "400m hurdles"), before a plural noun nothing is measured by in metres ("4m customers", "30m
    shares", not "10m waves"), or a part of what an owner has ("12m of its shares"), "B", glued or
    after a space, with people ("8 B people", "1.5B users"). `plural_head`: the plural noun the
    number counts, if any."""
    if abbr.strip() == "B":
        return unit == "people"
    if abbr in "MK":
        return True
    if abbr == "k":
        return not RE_RACE_AFTER.match(body, end)
    return (
        "." in num
        or unit == "people"
        or body.startswith(OWNED_PARTS, end)
        or bool(plural_head)
        and plural_head.lower() not in METRE_SIZED_NOUNS
    )


def _next_word_is(body: str, end: int, word: str) -> bool:
    """Whether `word` is the word right after a number that ends at `end` ("4m customers")."""
    return body.startswith(word, end + 1) and body[end : end + 1] == " "


MILLIONS_REACH = 60  # characters back to an amount in millions a bare "35m" is compared with


# an amount with a currency sign, or letters glued, before it and "m" or "mn" glued ("£40m",
# "Sh12mn"; not "The 200m")
RE_AMOUNT_IN_MILLIONS = re.compile(r"(?:[^\w\s.,]\s?|\b[A-Z][A-Za-z]{0,2})\d[\d,.]*(?:m|mn)\b")


# a count's number with "m" or "mn" glued ("2.4m passengers"), read on its core
RE_COUNT_IN_MILLIONS = re.compile(r"\d[\d,.]*(?:m|mn)")


def _after_counted_millions(sc: Scanner, start: int) -> bool:
    """Whether the last count, shortly before `start` in its sentence, has "m" glued ("carried 2.4m
    passengers, up from 2.1m."): a bare "2.1m" after it is millions too, the same things counted
    (not a height "from 3.5m", with no such count before it)."""
    last = sc.last_count
    if last is None or not 0 <= start - last.end <= MILLIONS_REACH:
        return False
    return last.start >= sc.sentence_bounds(start)[0] and bool(
        RE_COUNT_IN_MILLIONS.fullmatch(sc.body, *last.core)
    )


def _counted_label(body: str, start: int) -> bool:
    """Whether a number at `start` is on a label line whose label ends in a plural noun of things or
    persons counted ("Subscribers: 6.2m, up from 5.1m", "Homes: 1.2m", "Monthly users: 40m"): a
    glued "m" there is millions (a length's label, "Height:", "Waves:", was read as metres before,
    measures.length_label); not a unit's plural ("Metres: 4m")."""
    label = line_label(body, start)
    last = label.rsplit(None, 1)[-1].lower() if label else ""
    return (
        len(last) > 3
        and last.endswith("s")
        and not last.endswith("ss")
        and last.isalpha()
        and last not in QUANTITY_NOUNS
        and not measures.measure_of(last)
    )


def _after_millions(sc: Scanner, start: int) -> bool:
    """Whether an amount of money with "m" glued ("£40m") stands shortly before `start` in its
    sentence: a bare "35m" after it is millions too ("rose to £40m from 35m")."""
    s_start, _ = sc.sentence_bounds(start)
    return RE_AMOUNT_IN_MILLIONS.search(sc.body, max(s_start, start - MILLIONS_REACH), start) is not None


# a number word inside a compound adjective counts its noun: "a seven-party alliance", "a five-step
# scale", "a four-cylinder engine" (time units are durations, read before counts)
RE_COUNT_COMPOUND = re.compile(rf"(?P<num>{WNUM})-(?P<noun>[a-z]{{3,}})(?![\w-])", re.IGNORECASE)
# a number word whose noun is written once, on the last of a list: "four-, five- and six-cylinder"
RE_SUSPENDED = re.compile(rf"(?P<num>{WNUM})-(?=,|\s+(?:and|or|to)\s)", re.IGNORECASE)
RE_LIST_GAP = re.compile(r"[\s,]+")


def suspended_noun(body: str, end: int) -> str:
    """The noun a suspended "four-" shares with the last compound of its list ("" if none)."""
    last = RE_COUNT_COMPOUND.search(body, end, end + 80)
    if last is None:
        return ""
    for token in RE_LIST_GAP.split(body[end : last.start()]):
        if (
            token
            and token.lower() not in ("and", "or", "to")
            and not (token.endswith("-") and N.WORD_NUMBER_RE.fullmatch(token[:-1]))
        ):
            return ""
    return last.group("noun")


# compounds that name a kind of thing, not a count ("a two-way street", "a two-state solution")
# the ordinals a tens word is joined to ("twenty-first", "forty-second"; the others are fractions)
ORDINAL_TAILS = frozenset(("first", "second"))
# ("a nine-darter": darts' perfect leg, named by its darts; "three-pointers": basketball's long shots
# and Gaelic football's scores from outside the arc, named by their points; "two-factor
# authentication", "a three-factor model": a kind of login or of model, named by its factors)
KIND_COMPOUNDS = frozenset(
    "way fold state star wheel dimensional stroke darter darters pointer pointers factor".split()
)
# a number joined to "point" before a noun of basketball's shots names the kind of shot, not a
# count of points ("a 3-point play", "his 3-point shooting", "behind the three-point line"); "a
# 7-point gap" and "a 12-point lead" count points
RE_POINT_SHOT_AFTER = re.compile(
    r"[-‑]point\s+(?:line|arc|shots?|attempts?|shooting|plays?|baskets?|field\s+goals?|percentage)\b",
    re.IGNORECASE,
)
# ... and "from three-point range", "beyond 3-point range": the zone of the court such shots are
# taken from, named like the line that bounds it (rules, table 8: words naming a kind of thing),
# after a preposition of place; "traded in a 50-point range" counts an index's points
RE_SHOT_RANGE_AFTER = re.compile(r"[-‑]point\s+range\b", re.IGNORECASE)
RE_SHOT_RANGE_BEFORE = re.compile(r"\b(?:from|beyond|outside|behind|inside)\s\Z", re.IGNORECASE)


def shot_range(body: str, start: int, end: int) -> bool:
    """Whether the number from `start` to `end` names basketball's shooting zone (see above)."""
    return bool(
        RE_SHOT_RANGE_AFTER.match(body, end) and RE_SHOT_RANGE_BEFORE.search(body, max(0, start - 8), start)
    )


# Decimal odds as racing and sports-betting copy quotes a runner's price ("opened at 3.6 in early
# betting", "backed into 1.9", "drifted to 3.4"): a bare number with decimals after "at", "into" or a
# price's move ("drifted", "shortened", "eased", "firmed" to) in a sentence that speaks of betting
# is a ratio of stake to return, which gets no row (rules, table 8: ratios); whole numbers there
# may be shares or counts ("the odds of a cut rose to 60"), and a quantity's move ("betting
# turnover rose to 1.52") is no price
RE_ODDS_BEFORE = re.compile(
    r"\b(?:at|into|(?:drift|shorten|ease|firm|blow|blew|blown|out)(?:s|ed|ened|ing)?\s+to)\s\Z"
)
BETTING_CUES = ("betting", "odds", "bookmaker", "bookie", "punter", "bettor", "tote")


def _betting_odds(sc: Scanner, start: int) -> bool:
    """Whether the bare number at `start` is a price in decimal odds (see above)."""
    return bool(RE_ODDS_BEFORE.search(sc.body, max(0, start - 20), start)) and sentence_names(
        sc, start, BETTING_CUES
    )


# "two-tier" names a kind ("a two-tier society": unequal treatment); more tiers are counted as the
# steps of a scale are ("a five-tier warning scale", like "a five-step scale")
TWO_KIND_COMPOUNDS = frozenset(("tier",))
# Nouns that "one-" counts as any other number word does ("one-bedroom units", "a one-storey
# school"): rooms and floors of a building; other "one-" words name a kind ("one-off", "one-time").
# Margins, penalties and seats count the same way ("a one-goal lead", "a one-point penalty",
# "a one-wicket win", "a one-seat majority").
ONE_COUNTS = frozenset("bedroom bed room bathroom storey story floor goal run seat point wicket".split())


def _kind_compound(body: str, end: int) -> bool:
    """Whether the digits ending at `end` are joined by a hyphen to a word naming a kind of thing
    ("a 3-pointer", "a 9-darter") or of shot ("3-point range")."""
    found = RE_DIGITS_COMPOUND_NOUN.match(body, end)
    return bool(found and found.group(1).lower() in KIND_COMPOUNDS) or bool(
        RE_POINT_SHOT_AFTER.match(body, end)
    )  # (a shooting zone, "from 3-point range", is read by shot_range, which needs the start)


def compound_counts(num: str, noun: str) -> bool:
    """Whether "N-noun" counts the noun: not "one-" (one-off, one-time) but for rooms and floors
    ("one-bedroom"), fractions ("two-thirds"), kinds of thing ("two-way") or adjectives
    ("four-legged")."""
    lower = noun.lower()
    return (
        (num.lower() != "one" or lower in ONE_COUNTS)
        and lower not in N.UNIT_WORDS
        and lower not in N.TENS_WORDS
        and lower not in N.SCALE_WORDS
        and lower not in FRACTION_WORDS
        and not (lower in ORDINAL_TAILS and num.lower() in N.TENS_WORDS)  # "the twenty-first century"
        and lower not in KIND_COMPOUNDS
        and not (lower in TWO_KIND_COMPOUNDS and num.lower() in ("two", "2"))
        and not (
            lower.endswith(("ed", "ing", "ly")) and lower not in ONE_COUNTS
        )  # "two-bed": a bed is no adjective
    )


# a number word, then a verb saying what happened to people ("nine were still missing", "two
# were arrested", "four died", "38 have died"): the number counts people (PEOPLE_VERBS, plus
# PEOPLE_STATES); or "were" and a people noun ("three were children") or a nationality ending
# its clause ("five are Colombian and three Dutch"); or "who" ("3,000 who lost their homes")
PEOPLE_STATES = frozenset(
    "missing hurt diagnosed infected treated hospitalised hospitalized admitted discharged airlifted".split()
) | {r"taken\s+to\s+hospital"}
# ... or a verb only people do, in the past ("About 600 marched", "Only 17 turned up")
PEOPLE_ACTS = (
    "marched",
    "protested",
    "demonstrated",
    "gathered",
    "fled",
    "queued",
    r"turned\s+(?:up|out)",
    r"showed\s+up",
    "attended",
    "waited",  # "98,300 have waited over 18 months": patients on a list
    r"tested\s+(?:positive|negative)",  # "A further 19 tested positive": persons tested
    "resigned",
    "enrolled",
    "graduated",
    # "Of these, 18 209 passed": those who sat an examination ("of the 12 bills, 9 passed" names
    # its bills first)
    "passed",
    "volunteered",
    "testified",
    r"took\s+part",
    # "killing all 67 on board", "the 212 aboard": persons carried, the noun left out
    r"on\s+board(?!\s+(?:of\s+)?(?:directors|meeting|level))",
    r"aboard",
    # "1,400 on its list", "2,000 on the waiting list": the persons a list holds ("the list of"
    # names its things)
    r"on\s+(?:its|the|their)\s+(?:waiting\s+)?lists?(?!\s+of\b)",
    # "with 30,000 expected at the stadium", "6,000 are expected to attend": persons awaited
    r"(?:(?:were|are|is|was)\s+)?expected\s+(?:at(?=\s+(?:the\s+)?[A-Za-z])|to\s+(?:attend|turn\s+out|take\s+part|march|gather|watch))",
    # "the 19 arrested", "12 killed in ...": a verb done to persons, its participle right after
    "arrested",
    "killed",
    "injured",
    "wounded",
    "detained",
    "kidnapped",
    "abducted",
)
NATIONALITY = r"[A-Z][a-z]+(?:an|ish|ese|ch|i)"
# one word that may stand before the people a count is said to be ("are single parents"), never a
# preposition or an adverb ("were in children" counts cases among children, "are not residents")
ADJECTIVE_SLOT = (
    r"(?!(?:in|of|at|on|by|for|with|from|to|among|not|also|still|now|all|both|mostly|mainly)\b)[a-z]+\s+"
)
RE_PEOPLE_STATE_AFTER = re.compile(
    rf"\s+(?:who|(?:have\s+|had\s+)?(?:died|drowned|{'|'.join(PEOPLE_ACTS)})|(?:were|are|was|have been|had been)\s+(?:still\s+|later\s+|also\s+)?"
    rf"(?:{'|'.join(sorted(PEOPLE_VERBS | PEOPLE_STATES))})"
    # "120 are women", "1,200 are single parents", "40 were retired teachers": one adjective may
    # stand before the people they are (not their owner: "1,200 were children's titles" are things)
    rf"|(?:were|are)\s+(?:{ADJECTIVE_SLOT})?(?:{'|'.join(sorted((w for w in PEOPLE_NOUNS if w.islower()), key=len, reverse=True))})(?![’'])"
    rf"|(?:were|are)\s+{NATIONALITY}(?=\s*(?:[,.;]|and\s|or\s))"
    # "forced 400 from their homes": persons driven out
    r"|(?:from|out\s+of)\s+their\s+(?:homes|houses|villages))\b"
)
# the people a bare count is said to be ("120 are women", "350 were retired teachers"), for its subject
RE_PEOPLE_PREDICATE = re.compile(
    rf"\s+(?:were|are)\s+((?:{ADJECTIVE_SLOT})?(?:{'|'.join(sorted((w for w in PEOPLE_NOUNS if w.islower()), key=len, reverse=True))}))\b(?![’'])"
)
# the things a bare count is said to be ("Of those, 3,700 were vinyl records", "300 were red
# cars"): a plural noun after "were" or "are", one word before it at most, for its subject ("300
# were sold" and "300 were also counted" name no things)
RE_THING_PREDICATE = re.compile(
    r"\s+(?:were|are)\s+((?:(?!(?:also|still|now|all|both|not|mostly|mainly|only|just)\b)[a-z]+\s+)?"
    r"(?:[A-Za-z]*[a-z]{2,}[^s\W]s|[A-Z]{2,}s))(?![\w'’-])"
)
# the first letters of the words RE_PEOPLE_STATE_AFTER reads after the white space
PEOPLE_STATE_FIRST = frozenset("dwahmpgfqtsarevoki")


# a number word opening its sentence, then a verb of leaving a race or contest with no noun after
# it ("Three abandoned on Thursday", "Two withdrew.", "Four retired with injuries"): the riders,
# runners or candidates who left ("Three abandoned buildings" counts its noun)
RE_DROPPED_OUT_AFTER = re.compile(
    r"\s+(?:abandoned|withdrew|retired|pulled\s+out|dropped\s+out)"
    r"(?=\s*[,.;:]|\s+(?:on|in|at|from|before|after|during|with|through|over|when|while|as|because|early|late"
    r"|injured|hurt|midway|halfway)\b)"
)
DROPPED_OUT_REACH = 30  # characters after the number read for the verb and the word after it
RE_OF_THEM_AFTER = re.compile(r"\s+of\s+(?:them|whom|those)(?=\s)")


def _people_state_after(body: str, end: int) -> bool:
    """Whether a verb saying what happened to people follows a number ending at `end`."""
    after = body[end : end + 2]
    if not after[:1].isspace() or after[1:] not in PEOPLE_STATE_FIRST and not after[1:].isspace():
        return False  # white space, then one of the words (or more white space), or no match
    return RE_PEOPLE_STATE_AFTER.match(body, end, end + 40) is not None


# a rate per head of population after a count ("33.7 cases per 100,000 people" or "per 100000", "4.1 deaths per
# 1,000 live births", "2.1 per 100,000", "1.6 births per woman", "2.4 cars per household") or per
# unit of area ("410 people per square kilometre"): the count is the rate, and the base is part of
# its unit
POPULATION_NOUNS = (
    "people",
    "population",
    "residents",
    "inhabitants",
    "live births",
    "births",
    "adults",
    "children",
    "households",
    # the exposure base of a trial's or a cohort's event rate ("4.1 events per 100 patient-years")
    "patient-years",
    "person-years",
    "patient years",
    "person years",
)
PER_HEAD_NOUNS = (
    "woman",
    "person",
    "head",
    "capita",
    "household",
    "family",
    "square kilometre",
    "square kilometer",
    "square mile",
    "sq km",
    # a density on a small area: defects on a chip's wafer, cells on a slide ("0.1 defects per
    # square centimetre")
    "square centimetre",
    "square centimeter",
    "square metre",
    "square meter",
    "game",  # "0.62 goals per game", "23.7 points per game": a player's average, not a count
    "match",
    "round",  # "0.93 kills per round", "28.9 putts per round": an esports player's or a golfer's average
    "over",  # "8.2 runs per over": cricket's run rate or a bowler's economy
)
_POPULATION_BASE = (
    r"(?P<base>1,000,000|100,000|10,000|1,000|1000000|100000|10000|1000|1 million|million|thousand"
    r"|100[kK]|10[kK]|1[kK]"  # the base written short, as dashboards and health desks do ("per 100k")
    rf"|100(?=\s+(?:{'|'.join(POPULATION_NOUNS)})\b))"  # a round 100 only before a population
    r"(?![\w,.]\d|\d)"
    rf"(?:\s+(?P<pop>{'|'.join(POPULATION_NOUNS)})\b|(?!\s+[a-z]{{2,}}(?<!s)s\b))"
)
RE_PER_POPULATION = re.compile(rf"\s+per\s+(?:{_POPULATION_BASE}|(?P<head>{'|'.join(PER_HEAD_NOUNS)})\b)")
# ... written "for every" before its round base ("3.8 doctors for every 1,000 inhabitants")
RE_FOR_EVERY_POPULATION = re.compile(rf"\s+for\s+every\s+{_POPULATION_BASE}(?P<head>)")


# the measure a rate per head states, named before it in its sentence ("infant mortality fell to 31
# deaths per 1,000 live births", "the incidence of measles stood at 12 cases per 100,000 people"):
# that measure, not the counted noun, is the rate's subject
RE_RATE_MEASURE = re.compile(
    r"\b(?:(?:[a-z]+)[ -])?(?:mortality|fertility|incidence|prevalence)(?: rates?)?(?: of [a-z]+)?\b", re.I
)
RATE_MEASURE_REACH = 90  # characters before the rate read for its measure


def rate_measure_before(sc: Scanner, start: int) -> str:
    """The measure named before a rate per head at `start` in its sentence ("infant mortality"), or ""."""
    s_start, _ = sc.sentence_bounds(start)
    window = sc.body[max(s_start, start - RATE_MEASURE_REACH) : start]
    found = ""
    for m in RE_RATE_MEASURE.finditer(window):
        found = m.group(0)
    words = found.split(" ")
    if words and words[0].lower() in FUNCTION_WORDS:
        words = words[1:]  # "the mortality rate": the article is no part of it
    return " ".join(words)


# ... or a player's average written with "a" ("1.2 goals a game")
A_GAME_HEADS = ("game", "match", "over")  # (PER_HEAD_NOUNS written with "a" or "an")
# (the cheap test: " a game", " a match", " an over")
A_GAME_OPENINGS = tuple(f" {'an' if head[0] in 'aeiou' else 'a'} {head}" for head in A_GAME_HEADS)
RE_A_GAME = re.compile(rf"\s+an?\s+(?P<head>{'|'.join(A_GAME_HEADS)})\b(?!-)")
# ... or a count of one thing for each of another ("1.7 workers for every pensioner", "two nurses
# for each patient"): a rate, read "workers per pensioner"; not "for every two", "for each of"
# for a one- or two-word noun that ends its phrase ("for each Kestrel share,", "for every new home in")
_FOR_EACH = r"\s+for\s+(?:every|each)\s+(?!(?:of|one|other|single)\b)(?P<head>{}[a-z]+)"
_FOR_EACH_END = rf"(?={N.MARK_END}|\s+(?P<next>[a-z]+)\b)"
RE_FOR_EACH = re.compile(_FOR_EACH.format(r"(?:[A-Z][\w-]*\s+|[a-z]+\s+)?") + _FOR_EACH_END)
# ... the noun one word long, when a word that is no function word follows two ("for each warder
# on duty")
RE_FOR_EACH_ONE_WORD = re.compile(_FOR_EACH.format("") + _FOR_EACH_END)


# ... or a count with decimals per one thing ("0.31 chicks per nest", "1.3 lambs per ewe this
# spring", "2.4 calves per breeding cow", "1.7 tourists per resident each year"): no count of things
# has decimals, so it is a rate per that thing, whatever the thing; the thing is one or two words
# that end their phrase
RATE_THING_FOLLOWERS = "|".join(
    sorted(FUNCTION_WORDS | {"last", "next", "well", "across", "over", "since", "each", "every"})
)
RE_WRITTEN_DECIMAL = re.compile(r"\d\.\d")
RE_PER_ONE_THING = re.compile(
    rf"\s+per\s+(?P<head>(?!(?:{RATE_THING_FOLLOWERS})\b)[a-z]+(?:[ -](?!(?:{RATE_THING_FOLLOWERS})\b)[a-z]+)?)"
    rf"(?=\s*[,.;:)!?]|\s*\Z|\s+(?:{RATE_THING_FOLLOWERS})\b)"
)


def decimal_rate(body: str, end: int, value: object, written: str = "") -> re.Match[str] | None:
    """The "per nest" right after a count with decimals ending at `end` (see above), or None;
    decimals as `written` count ("an average of 19.0 per transect")."""
    decimal = isinstance(value, float) and value != int(value)
    decimal = decimal or is_number(value) and RE_WRITTEN_DECIMAL.search(written) is not None
    if not decimal or not body.startswith(" per ", end):
        return None
    return RE_PER_ONE_THING.match(body, end, end + 40)


# ... and persons counted per a round base of other persons, named in the plural ("0.75 scientists
# per 1,000 workers", "1.2 nurses per 1,000 patients"): the rate is the first persons over the
# second ("hired 40 per 1,000 applicants", with no persons named before "per", stays two counts)
PERSONS_BASE_NOUNS = sorted(
    {noun for noun in PEOPLE_NOUNS if noun.islower() and noun.endswith("s") and noun.isalpha()},
    key=len,
    reverse=True,
)
RE_PER_PERSONS = re.compile(
    r"\s+(?:per|for\s+every)\s+(?P<base>1,000,000|100,000|10,000|1,000|1000000|100000|10000|1000|100|1 million|million|thousand)"
    rf"\s+(?P<pop>{'|'.join(PERSONS_BASE_NOUNS)})\b(?P<head>)"
)


# ... or persons counted "to one" person, or "to a", "to each", "to every" ("62 pupils to one
# teacher", "74 pupils to a teacher", "9 inmates to every warder on duty"): a ratio of persons, read
# "pupils per teacher"; the one is no figure ("moved 40 patients to one hospital" names no person)
RE_TO_ONE_PERSON = re.compile(
    rf"\s+to\s+(?P<base>one|1|an?|each|every)\s+(?P<head>[a-z]+)(?:-[a-z]+)?(?![\w'’-])"
    rf"(?=\s*[,.;:)!?]|\s*\Z|\s+(?:{RATE_THING_FOLLOWERS}|at|on|in)\b)"
)


def is_person_noun(noun: str) -> bool:
    """Whether a singular noun names a person ("teacher", "nurse", "officer"), by its plural in
    PEOPLE_NOUNS."""
    return noun in PEOPLE_NOUNS and not noun.endswith("s") or f"{noun}s" in PEOPLE_NOUNS


def persons_rate(body: str, end: int) -> re.Match[str] | None:
    """The "per 1,000 workers" or "to one teacher" right after persons counted, ending at `end`
    (see above), or None."""
    if body.startswith(" to ", end):
        rate = RE_TO_ONE_PERSON.match(body, end, end + 40)
        return rate if rate is not None and is_person_noun(rate.group("head")) else None
    if not body.startswith((" per ", " for every "), end):
        return None
    return RE_PER_PERSONS.match(body, end, end + 60)


# ... or things counted per a round base of other things ("2.8 nurses per 10 beds", "13.5 births
# per 1,000 girls", "6 crashes for every 100,000 flights"): with the counted noun named, or with
# decimals, which no count has, a rate of the first over the second, its base no figure (a bare
# whole number, "hired 40 per 1,000 applicants", stays two counts)
RE_PER_ROUND_BASE = re.compile(
    r"\s+(?:per|for\s+every|in\s+every)\s+(?P<base>1,000,000|100,000|10,000|1,000|1000000|100000|10000|1000|100|10"
    r"|1 million|million)"
    rf"\s+(?P<pop>(?:(?!(?:{RATE_THING_FOLLOWERS})\b)[a-z]+[ -]){{0,2}}(?!(?:{RATE_THING_FOLLOWERS})\b)[a-z]{{2,}}s)"
    r"(?![\w'’-])(?P<head>)"
)
# the round bases "in every" of which a whole number is a ratio ("three in every 100 voters", as
# "one in five": rules, table 8); in every larger base it is a rate ("12 in every 1,000 babies")
RATIO_ROUND_BASES = frozenset(("10", "100"))


def round_base_rate(body: str, end: int, value: object, written: str, head: str) -> re.Match[str] | None:
    """The "per 10 beds" right after a count ending at `end` with its noun `head` named or with
    decimals as `written` (see above), or None."""
    if not is_number(value) or not body.startswith((" per ", " for every ", " in every "), end):
        return None
    rate = RE_PER_ROUND_BASE.match(body, end, end + 60)
    if rate is None or rate.group("pop").split()[-1] in DURATION_UNITS:
        return None  # "40 patients per 10 hours": a span of time is read as one, no rate's base
    if RE_WRITTEN_DECIMAL.search(written) is not None:
        return rate
    if body.startswith(" in every ", end):
        # "three in every 100 voters": a ratio, as "one in five" (rules, table 8); "12 in every
        # 1,000 babies": a rate, as "per"
        return None if rate.group("base") in RATIO_ROUND_BASES else rate
    return rate if head else None


# ... or per a unit of length or area, which may have a round base ("42 crabs per hectare", "seven
# nests a kilometre", "2.3 lions per 100 square kilometres"): a density, whatever the number; after
# "a", not a distance away ("10 homes a kilometre from the river")
RE_PER_EXTENT = re.compile(
    r"\s+(?P<per>per|an?)\s+(?P<head>(?:(?:10|100|1,000|1000|10,000|10000)\s+)?"
    r"(?P<unit>[a-z]+(?:\s[a-z]+)?))\b(?![-'’])"
)
RE_DISTANCE_AFTER = re.compile(
    r"\s+(?:away|from|off|apart|south|north|east|west|long|wide|high|deep|tall|across|along|beyond"
    r"|past|inland|offshore|outside|further|farther|up|down|upstream|downstream|behind|ahead|short"
    r"|before|after|of|to|into|or|and)\b"
)


def extent_rate(body: str, end: int) -> re.Match[str] | None:
    """The "per hectare" or "a kilometre" after a count ending at `end` (see above), or None."""
    m = RE_PER_EXTENT.match(body, end, end + 40)
    if m is None:
        return None
    unit = m.group("unit")
    word = unit_word(unit)
    if word is None and " " in unit:  # "per hectare in the": the unit is one word
        unit = unit.split(" ")[0]
        m = RE_PER_EXTENT.match(body, end, m.start("unit") + len(unit))
        word = unit_word(unit) if m is not None else None
    if m is None or word is None or word.ambiguous or not is_extent(word.measure):
        return None
    if m.group("per") != "per" and (m.group("head") != unit or RE_DISTANCE_AFTER.match(body, m.end())):
        return None  # "a kilometre from the river": a distance; "a 100 hectares" is no rate
    return m


def population_rate(body: str, end: int) -> re.Match[str] | None:
    """The "per 100,000 people", "per woman", "for every pensioner" or "per hectare" right after a
    count ending at `end`, or None."""
    if body.startswith(" per ", end):
        return RE_PER_POPULATION.match(body, end, end + 40) or extent_rate(body, end)
    if body.startswith(A_GAME_OPENINGS, end):
        return RE_A_GAME.match(body, end, end + 12)  # "1.2 goals a game", "7.5 runs an over": as "per game"
    if body.startswith((" a ", " an "), end):
        return extent_rate(body, end)  # "seven nests a kilometre"
    if body.startswith(" for every ", end) and body[end + 11 : end + 12].isdigit():
        return RE_FOR_EVERY_POPULATION.match(body, end, end + 50)  # "for every 1,000 inhabitants"
    if body.startswith(" for e", end):
        rate = RE_FOR_EACH.match(body, end, end + 60)
        if rate is not None and rate.group("next") and rate.group("next") not in FUNCTION_WORDS:
            rate = RE_FOR_EACH_ONE_WORD.match(body, end, end + 60)
        if rate is None or rate.group("next") and rate.group("next") not in FUNCTION_WORDS:
            return None
        return rate if not N.WORD_NUMBER_RE.fullmatch(rate.group("head").split()[0]) else None
    return None


def _rate_base(body: str, start: int) -> re.Match[str] | None:
    """The rate per head of population whose base is the number at `start`, right after " per ",
    with no figure before "per" ("deaths per 100,000 people", "nurses per 1,000 residents"), or
    None: a rate's base gets no row, as when a figure stands before it."""
    rate = RE_PER_POPULATION.match(body, start - 5, start + 40)
    if rate is None or rate.groupdict().get("base") is None or rate.start("base") != start:
        return None
    return rate


REPEATED_BASE_REACH = 80  # characters from the rate to its base said again


def _repeated_base(sc: Scanner, start: int, num: str) -> bool:
    """Whether the number `num` at `start`, right after "per", is the base of the rate read just
    before it, said again with no noun ("against 4 per 100"): no figure, as the base is none."""
    rated = sc.last_counted
    if rated is None or not rated.measure or not 0 < start - rated.end <= REPEATED_BASE_REACH:
        return False
    return f" per {num} " in f"{rated.measure} "


RE_WORD_BEFORE_PER = re.compile(r"(?<![A-Za-z])([A-Za-z]+)\s+per\s\Z")  # "Doctors per": the whole word


def _word_before_per(body: str, start: int) -> str:
    """The plural noun right before " per " ending at `start` ("nurses"), or ""."""
    m = RE_WORD_BEFORE_PER.search(body, max(0, start - 30), start)
    return m.group(1).lower() if m and m.group(1).endswith("s") else ""


# A bare number whose clause names "the rate" soon after a rate per head was named with no figure
# ("The map shows nurses per 1,000 residents. The rate rose from 4.1 to 4.6"): a level of that rate
RE_RATE_WORD_BEFORE = re.compile(r"\b(?:[Tt]he|[Ii]ts|[Tt]his|[Tt]hat)\s+(?:[a-z]+\s+)?rates?\b")
RATE_NAMED_REACH = 300  # characters from the named rate to the bare number


# ... or whose clause has that rate as its subject, in the same sentence, no other figure between
# but the first of "from A to B" ("Coverage, the number of places per 100 children, rose from 37.2
# to 44.6"; "Doctors per 1,000 people stood at 2.3"): from the rate's base to the level word
RE_RATE_SUBJECT_GAP = re.compile(r"\d[\d,]*[^.;:!?()\d]{1,80}?\b(?:from|to|at)\s+(?:\d+(?:\.\d+)?\s+to\s+)?")


def named_rate_level(sc: Scanner, start: int) -> str:
    """The measure of a rate named with no figure shortly before, when the clause of the bare
    number at `start` calls it "the rate" or has the rate as its subject (above), or of a rate per
    head its clause has as subject by the measure's name (below); or ""."""
    return _rate_named_before(sc, start) or _rate_noun_level(sc, start)


def _rate_named_before(sc: Scanner, start: int) -> str:
    """The measure of a rate named with its base and no figure shortly before (see above), or ""."""
    if sc.rate_named is None or not 0 < start - sc.rate_named[0] <= RATE_NAMED_REACH:
        return ""
    s_start, _ = sc.sentence_bounds(start)
    if RE_RATE_WORD_BEFORE.search(sc.body, max(s_start, start - 60), start) is None and not (
        sc.rate_named[0] >= s_start and RE_RATE_SUBJECT_GAP.fullmatch(sc.body, sc.rate_named[0], start)
    ):
        return ""
    return sc.rate_named[1]


# ... or a rate per head named by its measure alone as the subject of the clause a bare number
# ends, no figure between but the first of "from A to B" ("Japan's total fertility rate, watched
# closely by planners, slipped to 1.15", "the birth rate fell from 7.0 to 6.4"): its level, in
# the unit the measure's definition gives it (vocab.RATE_LEVEL_MEASURES), not a count
RE_RATE_LEVEL_NAME = re.compile(rf"(?<![\w-])(?:{N.alternation(RATE_LEVEL_MEASURES)})\s+rates?(?![\w-])")
RATE_LEVEL_REACH = 160  # characters from the rate's name to its bare level, at most


# ... and a rate whose level is a percent by what it measures (vocab.PERCENT_RATE_KINDS), its bare
# level so read ("the jobless rate, which peaked in 2020, fell to 5.1": a share of the labour force)
RE_PERCENT_RATE_NAME = re.compile(rf"(?<![\w-])(?:{N.alternation(PERCENT_RATE_KINDS)})\s+rates?(?![\w-])")
PERCENT_RATE_MAX = 100  # a bare level above it is no percent


def _rate_subject(sc: Scanner, start: int, pattern: re.Pattern[str]) -> str:
    """The rate's name `pattern` finds as the subject of the clause the bare number at `start`
    ends (the last one before it, measures.RE_LEVEL_SUBJECT_GAP to the number), or ""."""
    s_start, _ = sc.sentence_bounds(start)
    lo = max(s_start, start - RATE_LEVEL_REACH)
    if sc.lower.find(" rate", lo, start) < 0 and not sc.lower.startswith("rate", lo):  # the cheap test first
        return ""
    found = None
    for match in pattern.finditer(sc.lower, lo, start):
        found = match  # the last, nearest the number
    if found is None or measures.RE_LEVEL_SUBJECT_GAP.fullmatch(sc.lower, found.end(), start) is None:
        return ""
    return found.group()


def _rate_noun_level(sc: Scanner, start: int) -> str:
    """The unit of a rate per head its clause names as the subject of the bare number at `start`
    (see above), or ""."""
    named = _rate_subject(sc, start, RE_RATE_LEVEL_NAME)
    return RATE_LEVEL_MEASURES[_rate_key(named)] if named else ""


def _rate_level_label(sc: Scanner, start: int, level: str) -> str:
    """The subject of a bare level at `start` of the rate measured in `level`: the rate's name when
    its clause names it by its measure ("birth rate"), else the noun the rate counts ("volunteers")."""
    named = "" if _rate_named_before(sc, start) else _rate_subject(sc, start, RE_RATE_LEVEL_NAME)
    return f"{named or level.partition(' per ')[0]} (unit: {level})".strip()


def percent_rate_level(sc: Scanner, start: int, value: Value) -> tuple[str, str] | None:
    """The kind and the subject of a bare number at `start` that is the percent level of a rate
    its clause has as subject (see above), or None."""
    if not is_number(value) or not 0 <= float(value) <= PERCENT_RATE_MAX:
        return None
    named = _rate_subject(sc, start, RE_PERCENT_RATE_NAME)
    if not named:
        return None
    kind = PERCENT_RATE_KINDS[_rate_key(named)]
    return kind, f"{named} (interest-rate level)" if kind == "other" else named


def _rate_key(named: str) -> str:
    """The key of vocab.RATE_LEVEL_MEASURES a rate's name ("total fertility rate") is read by."""
    return " ".join(named.split()[:-1])


def _bare_low(sc: Scanner, start: int, low: Figure) -> Figure:
    """The low end of a bare change "from A to B" at `start` as its clause names it: a level of a
    rate named before ("the rate fell from 3.4 to 2.9"), or a sum of hours ("Overtime hours fell
    by 300 to 5,100"); else as read."""
    if level := named_rate_level(sc, start):
        return low._replace(
            unit="other",
            kind="other",
            subject=_rate_level_label(sc, start, level),
            measure=level,
        )
    if percented := percent_rate_level(sc, start, low.value):  # "the jobless rate fell from 5.4 to 5.1"
        return low._replace(unit="percent", kind=percented[0], subject=percented[1])
    if hours := summed_hours(sc, start):
        return _summed_low(hours, low)
    return low


def _summed_low(hours: str, low: Figure) -> Figure:
    """The low end of a bare change as a sum of hours ("Overtime hours fell by 300 to 5,100")."""
    label = f"{hours if ' ' in hours else ''} (unit: hours)".strip()
    return low._replace(unit="other", kind="duration", subject=label, measure="hour")


def rate_base_start(rate: re.Match[str]) -> int:
    """Where the base of a population rate starts ("100,000" or "woman")."""
    return rate.start("base") if rate.groupdict().get("base") else rate.start("head")


def rate_measure(head: str, rate: re.Match[str]) -> str:
    """The measure of a population rate, stable and as read: "cases per 100,000 people", "births
    per woman", "workers per pensioner"."""
    if rate.group("head"):
        if rate.group("head") == "over" and not head:
            head = "runs"  # "scoring at 6.4 an over": cricket's over, a bare rate counts runs
        return " ".join(w for w in (head.lower(), "per", rate.group("head")) if w)
    words = [head.lower(), "per", rate.group("base"), rate.group("pop") or "people"]
    return " ".join(w for w in words if w)


# An average that is a rate: "households had 3.7 people each", "an average of 2.3 children
# per family" (the "per" form is a population rate above), "4.2 members on average": a number of
# things for each of an owner, stated with "each" or "on average" after the noun, "average"
# before the number, or "the average <owner> had" or "average <owner> size" before it; always with
# decimals, which no count of things has: whole numbers stay counts ("three children each",
# "crowds averaged 36,000 fans", "an average family size of six individuals", as the dev set
# labels it).
RE_EACH_AFTER = re.compile(r"\s+(?:each|apiece|on\s+average)\b")
RE_AVERAGE_BEFORE = re.compile(r"\baverag(?:e|ed|ing)(?:\s+of)?\s+\Z", re.IGNORECASE)
# a period a count is made over ("2.4 children a day", "three capsules per dose", "40 visits every week")
RE_PERIOD_AFTER = re.compile(
    r"\s+(?:a|an|per|each|every)\s+(?:day|night|week|fortnight|month|year|hour|season|game|match|dose|shift)\b"
)
# "the average household had 2.4 people", "an average family has about 1.8 children", "average
# household size fell to 2.9 people"
RE_AVERAGE_OWNER = re.compile(
    r"\b[Aa]verage\s+(?P<owner>[a-z]+)\s+"
    r"(?:size\b|(?:has|had|have|holds|held|owns|owned)\s+(?:[a-z]+\s+)?\Z)"
)
AVERAGE_OWNER_REACH = 50  # characters before the number read for "average <owner> had"
RE_EACH_OWNER = re.compile(r"\b[Ee]ach\s+(?P<owner>[a-z]+)\b")


# A player's averages listed with one base, written once after the last ("23.7 points and 8.1
# rebounds per game") or before ("1.2 goals a game and 3.4 assists"): every decimal count of the
# list is a rate per game (a count of things has no decimals).
RE_SHARED_RATE_AFTER = re.compile(
    r"(?:(?:,\s+and|,|\s+and)\s+\d+\.\d+\s+[a-z]+){1,4}\s+(?:per|an?)\s+(?P<base>game|match|night|contest|outing)\b"
)
GAME_RATE_ENDINGS = (" per game", " per match", " per night", " per contest", " per outing")
RE_LIST_JOIN_ONLY = re.compile(r"(?:,\s+and|,|\s+and)\s+")


def _shared_game_rate(sc: Scanner, start: int, head_end: int, head: str) -> str:
    """ "game" or "match" when a decimal count ending its noun at `head_end` is listed with a
    player's average per game or match (see above), or is a sport statistic (SPORT_STATISTICS) in
    the sentence of such an average, else ""."""
    after = RE_SHARED_RATE_AFTER.match(sc.body, head_end, head_end + 120)
    if after is not None:
        return after.group("base")
    last = sc.last_counted
    if last is None or not last.measure.endswith(GAME_RATE_ENDINGS):
        return ""
    if RE_LIST_JOIN_ONLY.fullmatch(sc.body, last.end, start) is None and (
        head.lower() not in SPORT_STATISTICS or sc.sentence_bounds(last.start) != sc.sentence_bounds(start)
    ):
        return ""  # ... or a sport statistic later in the sentence ("up from 6.2 points last season")
    return last.measure.rsplit(" ", 1)[1]


def average_rate(sc: Scanner, start: int, head_end: int, head: str, value: float) -> str:
    """The measure of a count that is an average per owner ("people per household"), or ""."""
    if value == int(value):
        return ""  # "three children each", "an average family size of six individuals": counts
    reach = max(0, start - AVERAGE_OWNER_REACH)
    if "verage " in sc.body[reach:start]:  # a cheap test before the pattern
        owner = RE_AVERAGE_OWNER.search(sc.body, reach, start)
        if owner:  # "The average household had 2.4 people", "average household size fell to 2.9"
            return f"{head.lower()} per {owner.group('owner')}"
    shared = _shared_game_rate(sc, start, head_end, head)
    if shared:  # "23.7 points and 8.1 rebounds per game": one base for the list
        return f"{head.lower()} per {shared}"
    if RE_PERIOD_AFTER.match(sc.body, head_end, head_end + 16):
        return ""  # "an average of 1.5 arrests a day": a rate in time, not per owner
    averaged = RE_AVERAGE_BEFORE.search(sc.body, max(0, start - 14), start) is not None
    if not averaged and not RE_EACH_AFTER.match(sc.body, head_end, head_end + 14):
        return ""
    if averaged and head.lower() in SPORT_STATISTICS and _sport_sentence(sc, start):
        return f"{head.lower()} per game"  # "is averaging 26.1 points": a player's average per game
    owner = _average_owner(sc, start, head.lower())
    return f"{head.lower()} per {owner}" if owner else ""


# A player's statistics, counted per game when averaged ("averaging 9.7 rebounds"); points only
# in a sentence about sport, as "the index averaged 1.5 points" may be a market's or a poll's.
SPORT_STATISTICS = frozenset(
    "points rebounds assists steals blocks goals tackles sacks shots attempts threes boards turnovers".split()
)
# A fact box's line of a statistic listed per team ("Corners: Celtic 11, Rangers 4", "Rebounds:
# Lakers 51, Celtics 44", "Yellow cards: Arsenal 3, Chelsea 5"), read up to a team's name before
# its number: the label names a game's statistic, so a name like "Rangers" is a team's, not persons
TEAM_STAT_LABEL_WORDS = (
    "corners|fouls|shots|cards|tackles|rebounds|assists|saves|offsides|turnovers|steals|blocks|aces"
    "|penalties|kicks|points|goals|tries|sacks|yards|downs|errors|hits|wickets|boundaries|sixes"
    "|fours|passes|crosses|interceptions|clearances|rushes|possessions|conversions|lineouts|scrums"
)
RE_TEAM_STAT_LINE_BEFORE = re.compile(
    rf"{LABEL_LINE_OPENING_BEFORE}(?:[A-Za-z]+[ \t]+){{0,3}}"
    rf"(?i:{TEAM_STAT_LABEL_WORDS})(?:[ \t]+(?:on|off)[ \t]+target)?:[ \t]+"
    r"(?:[A-Z][\w'’.&-]*(?:[ \t]+[A-Z][\w'’.&-]*){0,2}[ \t]+\d{1,4},[ \t]+)*"
    r"[A-Z][\w'’.&-]*(?:[ \t]+[A-Z][\w'’.&-]*){0,2}[ \t]+\Z"
)
# Sports writers' other words for a game after a player's statistic ("5.1 assists a night", "2.4
# blocks a contest", "1.3 goals an outing"): a rate per game as "a game" is; read only after a
# statistic (SPORT_STATISTICS), as "300 meals a night" counts meals
RE_A_NIGHT = re.compile(r"\s+(?:an?|per)\s+(?P<head>night|contest|outing)\b(?!-)")


def _sport_sentence(sc: Scanner, start: int) -> bool:
    """Whether the sentence around `start` speaks of sport (percent.SPORT_CUES), read once a sentence."""

    def sport(at: int) -> bool:
        s_start, s_end = sc.sentence_bounds(at)
        return RE_SPORT_CUE.search(sc.lower, s_start, s_end) is not None

    return sentence_fact(sc, "sport", start, sport)


# "Attacks" are a statistic of volleyball's, beside its kills, aces and digs ("14 kills on 30
# attacks, three aces"): a sport statistic counted (rules, table 4), not attacks on anyone, told by
# one of those statistics counted in the same sentence ("blocks" are also a city's: "41 attacks
# within 3 blocks of the station" stay attacks)
RALLY_STATISTICS = r"kills|aces|digs"  # volleyball's box-score words
RE_RALLY_STATISTIC = re.compile(rf"(?:\d|\b{N.WORD_NUMBER})\s+(?:{RALLY_STATISTICS})\b", re.IGNORECASE)
# ... what it needs, searched first: it opens with a class and tries the number words at every
# character, where this tries its words at white space only
RE_RALLY_WORD = re.compile(rf"\s(?:{RALLY_STATISTICS})", re.IGNORECASE)


def _rally_statistics(sc: Scanner, start: int) -> bool:
    """Whether the sentence around `start` counts kills, aces, digs or blocks (see above)."""

    def rally(at: int) -> bool:
        s_start, s_end = sc.sentence_bounds(at)
        return (
            RE_RALLY_WORD.search(sc.body, s_start, s_end) is not None
            and RE_RALLY_STATISTIC.search(sc.body, s_start, s_end) is not None
        )

    return sentence_fact(sc, "rally statistics", start, rally)


# A sport's average read bare after "an average of", named by what its clause counts: after
# wickets it is a bowling average, runs conceded per wicket ("87 wickets at an average of
# 21.35"), not a count.
SPORT_AVERAGES = {"wicket": "runs per wicket"}
RE_AN_AVERAGE_OF = re.compile(r"\ban\s+average\s+of\s+\Z")
# ... and a batter's average read bare after "averages", "averaged" or "an average of" in a
# sentence about cricket's batting ("The opener averages 46.9 in Test cricket", "1,170 runs at an
# average of 51.7"): runs per dismissal, the batting average; not in a sentence of wickets (above)
RE_AVERAGES_BARE = re.compile(r"\b(?:an\s+average\s+of|averag(?:es|ed|ing))\s+\Z")
RE_BATTING_WORDS = re.compile(r"\b(?:cricket|innings|runs|batting|batter|batsman|with\s+the\s+bat)\b")


def sport_average(sc: Scanner, start: int) -> str:
    """The measure of a bare number after "an average of" that its clause names (SPORT_AVERAGES),
    or a batter's average (see above), or ""."""
    if not RE_AVERAGES_BARE.search(sc.lower, max(0, start - 20), start):
        return ""
    if RE_AN_AVERAGE_OF.search(sc.lower, max(0, start - 20), start):
        found = next(
            (
                measure
                for noun, measure in SPORT_AVERAGES.items()
                if -1 < first_in_sentence(sc, start, noun) < start
            ),
            "",
        )
        if found:
            return found
    if -1 < first_in_sentence(sc, start, "wicket") < start or not sentence_fact(
        sc, "batting", start, lambda at: _batting(sc, at)
    ):
        return ""
    return measures.BATTING_AVERAGE


def _batting(sc: Scanner, at: int) -> bool:
    """Whether the sentence around `at` speaks of cricket's batting (RE_BATTING_WORDS)."""
    s_start, s_end = sc.sentence_bounds(at)
    return RE_BATTING_WORDS.search(sc.lower, s_start, s_end) is not None


# Cricket's rates, named before a bare number (signed "+" when a net run rate is above zero): a
# batter's strike rate is runs per 100 balls, a bowler's economy and a side's run rate runs per
# over ("at a strike rate of 152.3", "an economy rate of 7.35", "a net run rate of +0.47"). Read
# only in a text that speaks of wickets: a footballer's "strike rate of 0.5" is goals per game.
CRICKET_RATES = {"strike": "runs per 100 balls", "economy": "runs per over", "run": "runs per over"}
RE_CRICKET_RATE = re.compile(
    r"\b(?P<name>(?:net\s+)?run[- ]rate|strike[- ]rate|economy(?:[- ]rate)?)\s+(?:of|was|is|at|stood\s+at)\s+"
    r"(?P<num>\+?\d{1,3}(?:\.\d{1,3})?)(?![\d%]|\.\d|[A-Za-z]|\s+(?:per|percent|runs|balls|an?|goals)\b)"
)


# A run chase's target with no noun (rules, table 4: sport statistics are counts): a bare number
# after a verb of chasing, needing or setting ("Chasing 275,", "Set 312 to win", "needing 48 off
# 30 balls"), told a target by what follows it ("to win", "off N balls", "from the last over",
# "in 20 overs") or, after "chasing" alone, by a word of cricket in its sentence
RE_RUN_TARGET = re.compile(
    r"(?:chas(?:ing|ed|es|e)|need(?:ing|ed|s)?|requir(?:ing|ed|es|e)|set)\s+"
    r"(?:an?\s+(?:[a-z]+\s+)?)?(?P<num>\d{2,3})(?![\w-]|[.,]\d)"
)
RE_RUN_TARGET_AFTER = re.compile(
    r"\s+(?:to\s+win\b|(?:off|from)\s+(?:\d{1,3}\s+|the\s+(?:last|final)\s+)(?:balls?|overs?|deliveries)\b"
    r"|in\s+\d{1,2}(?:\.\d)?\s+overs\b)"
)
RE_CRICKET_CUE = re.compile(r"\b(?:overs?|wickets?|innings|bowled|balls|runs)\b")
CHASE_WORDS = ("chas", "need", "requir", "set ")  # the cheap test before RE_RUN_TARGET


def scan_run_targets(sc: Scanner) -> None:
    """A run chase's target with no noun (see above): a count of runs."""
    lower = sc.lower
    if len(lower) != len(sc.body) or not any(w in lower for w in CHASE_WORDS):
        return
    for m in RE_RUN_TARGET.finditer(lower):
        s, e = m.span("num")
        if m.start() and lower[m.start() - 1].isalpha() or not sc.free(s, e):
            continue
        if not RE_RUN_TARGET_AFTER.match(lower, e) and not (
            m.group().startswith("chas") and sentence_matches(sc, s, RE_CRICKET_CUE)
        ):
            continue
        subject = "runs target" if sentence_matches(sc, s, RE_CRICKET_CUE) else "target to win"
        sc.claim(s, e)
        sc.add(
            Figure(s, e, (s, e), N.normalise_number(N.parse_amount(sc.body[s:e])), "count", "count", subject)
        )


def scan_cricket_rates(sc: Scanner) -> None:
    """Cricket's strike rates, economy rates and run rates (see above): `other` readings."""
    if "wicket" not in sc.lower or " rate " not in sc.lower and "economy " not in sc.lower:
        return
    for m in RE_CRICKET_RATE.finditer(sc.lower):
        s, e = m.span("num")
        if not sc.free(s, e):
            continue
        name = " ".join(m.group("name").replace("-", " ").split())
        measure = CRICKET_RATES[name.split()[-2] if name.endswith(" rate") else name]
        if name == "economy":
            name = "economy rate"
        core = (s + 1, e) if sc.body[s] == "+" else (s, e)
        value = N.normalise_number(N.parse_amount(sc.body[core[0] : e]))
        sc.claim(s, e)
        sc.add(Figure(s, e, core, value, "other", "other", f"{name} (unit: {measure})", measure=measure))


# An abbreviation the article defines in brackets after its words, the first a scale word
# ("2.1 million passengers per year (mppy)"): after a number it stands for those words, so "4
# mppy" counts 4 million passengers.
RE_LOWER_ABBREVIATION = re.compile(r"\s([a-z]{2,6})\b")
RE_BRACKETED_ABBREVIATION = re.compile(r"\(([a-z]{2,6})\)")
ABBREVIATION_REACH = 80  # characters before the bracket read for the words it abbreviates


def bracketed_abbreviations(sc: Scanner) -> dict[str, int]:
    """Where each lower-case abbreviation in brackets ("(mppy)") first stands in the article, read
    once per article (asked for every number followed by a short word: a search of the whole body
    each time would make the time grow with the square of the article's length)."""
    if sc.abbreviations is None:
        found: dict[str, int] = {}
        body = sc.body
        at = body.find("(")  # brackets are few: find them first, then try the pattern at each
        while at >= 0:
            if m := RE_BRACKETED_ABBREVIATION.match(body, at):
                found.setdefault(m.group(1), at)
            at = body.find("(", at + 1)
        sc.abbreviations = found
    return sc.abbreviations


RE_KNOWN_ABBREVIATION = re.compile(rf"\s({'|'.join(SCALED_COUNT_ABBREVIATIONS)})\b")


def defined_abbreviation(sc: Scanner, end: int) -> tuple[str, str, int] | None:
    """(scale word, counted noun, where the abbreviation ends) for an abbreviation right after a
    number ending at `end` that the article defines in brackets after a scale word, or None."""
    known = RE_KNOWN_ABBREVIATION.match(sc.body, end)
    if known is not None:  # "20 mppa": an abbreviation news uses undefined
        scale_word, noun = SCALED_COUNT_ABBREVIATIONS[known.group(1)]
        return scale_word, noun, known.end()
    m = RE_LOWER_ABBREVIATION.match(sc.body, end)
    if m is None:
        return None
    abbr = m.group(1)
    at = bracketed_abbreviations(sc).get(abbr, -1)
    if at < 0:
        return None
    words = sc.body[max(0, at - ABBREVIATION_REACH) : at].split()[-len(abbr) :]
    if len(words) != len(abbr) or "".join(w[0] for w in words).lower() != abbr:
        return None
    if words[0].lower() not in N.SCALE_WORDS or len(words) < 2 or measures.measure_of(words[1]):
        return None  # "8 mtpa" (million tonnes): a measurement, read as stated, not a count
    return words[0].lower(), words[1], m.end()


def _average_owner(sc: Scanner, start: int, head: str) -> str:
    """What an average is per, singular: the counted noun just before in the sentence ("5.1
    million households, with an average of ..."), the noun after "each" ("Each household had"),
    or a plural noun opening the sentence ("Households had 3.7 people each", "Rural households
    had ..."); "" if none."""
    s_start, _ = sc.sentence_bounds(start)
    last = sc.last_count
    if last is not None and s_start <= last.core[0] < start and last.subject:
        noun = last.subject.split()[-1].lower()
        if noun != head and _plural_noun(noun):
            return singular(noun)
    each = RE_EACH_OWNER.search(sc.body, s_start, start)
    if each:
        return each.group("owner")
    opening = [w.lower() for w in tokens(sc.body[s_start : min(start, s_start + 40)])[:2]]
    if len(opening) == 2 and not _plural_noun(opening[0]) and opening[0].endswith(OPENING_MODIFIER_ENDS):
        opening = opening[1:]  # "Rural households", "Ghanaian women", "The families"
    noun = opening[0] if opening else ""
    return singular(noun) if _plural_noun(noun) and noun != head else ""


# endings of a word that may open a sentence before its plural noun: "The", adjectives and
# demonyms ("Rural", "Urban", "Ghanaian", "British", "Chinese", "Iraqi")
OPENING_MODIFIER_ENDS = ("the", "al", "an", "ish", "ese", "i")


def _plural_noun(word: str) -> bool:
    """Whether a lower-case word reads as a plural noun ("households", "women"; not "has")."""
    return word in IRREGULAR_SINGULARS or (
        word.endswith("s") and not word.endswith("ss") and len(word) > 3 and not is_s_adjective(word)
    )


def is_s_adjective(word: str) -> bool:
    """Whether a lower-case word ending in "s" is an adjective or another singular, no plural
    ("overseas", "religious", "measles", "hepatitis")."""
    return (
        word in NOT_PLURAL_S_WORDS or word.endswith(ADJECTIVE_S_ENDING) or word.endswith(NOT_PLURAL_S_ENDINGS)
    )


RE_ONE_OF = re.compile(r"^\s+(?:of|another|or two)\b", re.IGNORECASE)
# ("three quarter-finalists" counts players: a quarter-final is a round, not a fraction)
RE_FRACTION_AFTER = re.compile(
    r"^[-\s](?:" + "|".join(FRACTION_WORDS) + r")\b(?!-(?:finals?|finalists?)\b)", re.IGNORECASE
)
# Verbs that often follow a bare count ("840,000 hold cards"): the noun phrase has ended.
VERBS_AFTER_COUNTS = frozenset(
    """hold holds remain remained returned fled died crossed arrived left work worked
    need needs received receive stay stayed face faced visited attended voted applied""".split()
)
# Prepositions and quantifiers that end the noun phrase after a count ("12 attacks since", "5 more");
# the prepositions of place no noun takes as a modifier too ("four behind leaders Arsenal": a
# margin, not leaders counted)
PHRASE_END_WORDS = frozenset(
    """through across due after before during since under over into while including last more less
    most many some all few several behind ahead beyond beneath among amid within without toward
    towards despite""".split()
)
# Every word that ends the noun phrase after a count: one table for count_unit_after.
NOUN_PHRASE_ENDS = FUNCTION_WORDS | VERBS_AFTER_COUNTS | PHRASE_END_WORDS
# "23 of the 46 members", "3.5 million of the 4.3 million voters", "21 of Scotland's 32 councils",
# "3 of its 4 departments" (a whole of one digit too), "2 480 of the 3 100 learners" (thousands
# grouped by spaces)
RE_OF_COUNT = re.compile(
    rf"(?:\s+{N.SCALE_WORD})?\s+of\s+(?:the\s+|its\s+|their\s+|all\s+|(?:the\s+[a-z]+|[A-Z][\w-]*)['’]s\s+)?"
    rf"(?:{SPACED_NUMBER}|\d(?:[\d,.]*\d)?)"
    r"|\s+of\s+(?:the\s+)?\d"
    rf"|\s+of\s+the\s+(?i:{N.WORD_NUMBER})\s"  # "23 of the forty-six members"
)
# Head nouns that say what is counted but not which quantity ("282,428 units", "1,480 people").
GENERIC_NOUNS = frozenset("units people persons crowd cases times items points point".split())
RE_NEXT_LOWER = re.compile(r"\s+([a-z]+)")
RE_LETTER = re.compile(LETTER)  # every word of words.tokens starts with one
# "one in five adults", "1 in 10", "three out of four", "one in every 23": a ratio, neither number a
# count
# ("1 in 10." and "1 in 10, officials said" end the ratio; "1 in 10,500" goes on)
_SMALL = rf"(?:\d{{1,3}}(?!\d|[.,]\d)|{N.WORD_NUMBER}\b)"
# (not the second number of a score: "won 5-3 in 11 innings" counts the innings)
RE_RATIO_BEFORE = re.compile(
    rf"(?<![\w.,\-–])(?P<n>{_SMALL}|\d{{1,2}}\.\d{{1,2}}(?=\s+out))\s+(?:in|out of)\s+(?:every\s+)?\Z",
    re.IGNORECASE,
)
# (a decimal before "out of" is a reading on a scale whose top follows: "fell to 7.1 out of 10"; the
# top is no figure, and the decimal no ratio's term, as a count of things has no decimals)
RE_AGE_BEFORE = re.compile(r"\b(?:aged|ages? of)\s+\Z", re.IGNORECASE)  # a number that is an age
RE_RATIO_AFTER = re.compile(rf"\s+(?:in|out of)\s+(?:every\s+)?(?P<m>{_SMALL})", re.IGNORECASE)
# ("one in every 23 drivers": "every" changes nothing)
# "one train in six", "one adult in five": "one" and a singular noun, then the ratio's other term
RE_ONE_NOUN_RATIO_AFTER = re.compile(rf"\s+[a-z]+(?<!s)\s+(?:in|out of)\s+(?:every\s+)?(?P<m>{_SMALL})")
RE_ONE_NOUN_RATIO_BEFORE = re.compile(
    r"(?<![\w.,])(?:one|1)\s+[a-z]+(?<!s)\s+(?:in|out of)\s+(?:every\s+)?\Z", re.IGNORECASE
)
# "two samples in three fail", "nine patients in 10 recovered": a number and its plural noun, then
# the ratio's other term with no noun of its own after it: a stop, a verb of the auxiliaries and
# of saying, failing and surviving, or a past tense ("two goals in three games" counts goals and
# games, "two deaths in three years" is a span, "two suspects in three separate cases" counts)
RE_NOUN_RATIO_AFTER = re.compile(rf"\s+[a-z]{{3,}}s\s+(?:in|out of)\s+(?P<m>{_SMALL})")
RE_NOUN_RATIO_BEFORE = re.compile(
    rf"(?<![\w.,])(?P<n>{_SMALL})\s+[a-z]{{3,}}s\s+(?:in|out of)\s+\Z", re.IGNORECASE
)
RE_RATIO_TAIL = re.compile(
    r"(?:[.,;:!?)]|\s*\Z|\s+(?:are|were|is|was|say|said|says|have|had|has|do|did|will|would|could|can|may"
    r"|might|should|must|fail|die|survive|agree|think|believe|want|support|oppose|use|live|own|[a-z]{2,}ed"
    # a negation or an adverb before the verb ("cannot swim", "now pay"), or a verb a poll or a
    # survey reports of its share ("back the plan", "lack heating", "expect higher costs")
    r"|cannot|can't|can’t|don't|don’t|do\s+not|didn't|didn’t|won't|won’t|never|now|still|also|already"
    r"|only|back|favou?r|prefer|lack|expect|plan|need|pay|earn|rent|admit|report|struggle|feel|fear"
    r"|worry|trust|approve|disapprove|vote|choose|get|go|work|skip|miss|face|see|know|like|read|buy"
    r"|recover|return|remain|stay|leave|lose|win|pass|drop|quit|end|finish|test|suffer|go|come)\b)"
)
RATIO_TERM_MAX = 10  # the other term of such a ratio is small ("in three", "in 10")
# ... but a player's or a team's record in sports copy is two counts, not a ratio: "N in M" before
# a noun of games played ("has 9 in 14 matches", "6 in 8 La Liga games"), after a verb of having
# ending its phrase ("has 6 in 8 for Brazil", "have 4 in 5 since"), or a noun of results counted
# in games ("three wins in four", "two defeats in three")
RE_RECORD_GAMES_AFTER = re.compile(
    r"\s+(?:[A-Z][\w-]*\s+){0,2}(?:league\s+|cup\s+|international\s+|competitive\s+)?"
    r"(?:games|matches|appearances|starts|outings|fixtures|Tests|internationals|caps|races)\b"
)
RE_RECORD_HOLDER_BEFORE = re.compile(r"\b(?:has|have|had|having|now\s+has)\s+\Z")
RE_RECORD_END = re.compile(r"(?:\s+(?:for|since|this|at|in\s+all|under|with|so\s+far)\b|[,;.])")
# (not a ratio of games with its verb after: "one in five matches ends in a draw", "two in three
# races are won from the front"; "one in M" is a record only after a verb of having)
RE_RATIO_VERB_AFTER = re.compile(
    r"\s+(?:is|are|was|were|ends?|ended|finish(?:es|ed)?|go(?:es)?|went|produced?|produces|see|saw|sees)\b"
)
# "one" and its noun, then "for every" or "per" and a number ("one nurse for every 250 patients", "one
# police officer for every 720 residents", "one doctor per 4,300 people"): the rate's term, no count
# (before a noun, "one point for every draw", it is the rate per draw, above)
RE_ONE_NOUN_FOR_EVERY = re.compile(r"\s+(?:[a-z]+[ -]){0,2}?[a-z]+\s+(?:for\s+every|per)\s+\d")


def one_rate_noun_end(body: str, end: int) -> int:
    """Where the noun of "one" ending at `end` ends when a round base of a population follows it
    with "per" ("one death per 100,000 people", "one hospital bed per 1,000 people": a rate of one),
    or -1."""
    one = RE_ONE_NOUN_FOR_EVERY.match(body, end, end + 40)
    if one is None:
        return -1
    per = body.rfind(" per ", end, one.end())
    return per if per >= 0 and _rate_base(body, one.end() - 1) is not None else -1


RE_ONE_TERM = re.compile(r"(?:one|1)(?![\w.,])", re.IGNORECASE)
RESULT_NOUNS = frozenset("wins victories defeats losses draws goals tries".split())
RATIO_LEAD_WORDS = frozenset(
    "about nearly almost around roughly some only just of in with than and or".split()
)
RECORD_REACH = 16  # characters before a record's first term read for its verb of having
# ... but "N times out of M" is a frequency whatever M ("19 times out of 20", a poll's accuracy;
# "nine times out of ten"): occasions are never counted out of a whole, so neither term is a count
# ("it happened 19 times in 20 years" counts times, then years)
RE_TIMES_OUT_OF = re.compile(r"\s*times\s+out\s+of\s", re.IGNORECASE)


RE_PLURAL_NOUN_AFTER = re.compile(r"\s+[a-z]+s\b")
# a range of times right after a verb of growth, ending its clause ("sales could grow five to seven
# times.", "may rise three to four times by 2030,"): how many times bigger, a multiple (rules, table
# 8); a single number there may count occasions ("rates rose five times."), so only a range is read
RE_VERB_BEFORE = re.compile(r"\b([a-z]+)\s+\Z")  # the lower-case word right before a number
VERB_BEFORE_REACH = 16  # characters back from a number read for that word
RE_MULTIPLE_END_AFTER = re.compile(rf"(?:\s+by\s+\d{{4}})?{N.CLAUSE_END}")


def _grown_by_multiple(body: str, start: int, end: int) -> bool:
    """Whether a range of times at start..end is a multiple a verb of growth grows by (see above)."""
    verb = _verb_before(body, start)
    return (
        CHANGE_WORDS.get(verb) == "increase"
        and verb != "up"
        and RE_MULTIPLE_END_AFTER.match(body, end) is not None
    )


def _verb_before(body: str, start: int) -> str:
    """The lower-case word right before a number starting at `start` (RE_VERB_BEFORE), or ""."""
    verb = RE_VERB_BEFORE.search(body, max(0, start - VERB_BEFORE_REACH), start)
    return verb.group(1) if verb is not None else ""


def _sport_record(body: str, n_start: int, m_end: int) -> bool:
    """Whether "N in M" from `n_start` to `m_end` is a sports record of two counts (see
    RE_RECORD_GAMES_AFTER), not a ratio."""
    holder = RE_RECORD_HOLDER_BEFORE.search(body, max(0, n_start - RECORD_REACH), n_start)
    games = RE_RECORD_GAMES_AFTER.match(body, m_end)
    if games is not None and not RE_RATIO_VERB_AFTER.match(body, games.end()):
        # the record is a verb's object ("scored 6 in 8 games"), not a ratio opening its clause
        # ("Two in three races at the circuit are won from the front")
        verb = _verb_before(body, n_start)
        return holder is not None or (
            bool(verb) and verb not in RATIO_LEAD_WORDS and not RE_ONE_TERM.match(body, n_start)
        )
    return bool(holder is not None and RE_RECORD_END.match(body, m_end))


def _record_games(body: str, start: int, end: int) -> bool:
    """Whether a bare number word at start..end is the games of a sports record ("three wins in
    four.", "has 6 in eight for"): a count of games, with no noun after it."""
    if not body.endswith(" in ", 0, start):
        return False  # the cheap test first
    noun_ratio = RE_NOUN_RATIO_BEFORE.search(body, max(0, start - 40), start)
    if noun_ratio is not None and noun_ratio.group().split()[1].lower() in RESULT_NOUNS:
        return True
    ratio = RE_RATIO_BEFORE.search(body, max(0, start - 30), start)
    return ratio is not None and _sport_record(body, ratio.start(), end)


def _ratio_term_max(ratio: str) -> int:
    """The largest other term a noun's ratio may have: RATIO_TERM_MAX, any for "times out of"."""
    return 999 if RE_TIMES_OUT_OF.match(ratio) else RATIO_TERM_MAX


def _ratio_tail(body: str, end: int, ratio: str) -> bool:
    """Whether a noun's ratio ends at `end` (RE_RATIO_TAIL); after "times out of M" anything but
    a plural noun M counts ("nine times out of ten the bus is late", not "12 times out of 40 starts")."""
    if RE_TIMES_OUT_OF.match(ratio):
        return not RE_PLURAL_NOUN_AFTER.match(body, end)
    return bool(RE_RATIO_TAIL.match(body, end))


# After "N times": a multiple ("three times the amount", "four times as many", "2.5 times higher",
# "three times its size", a trader's "20 times leverage")
RE_MULTIPLE_AFTER = re.compile(
    r"\s+(?:the|as|that|what|more|less|fewer|higher|lower|larger|bigger|greater|smaller|faster|slower|"
    r"longer|cheaper|[a-z]+er\s+than|its|their|his|her|leverage|leveraged"
    # a debt sale's bids as a multiple of the amount offered: "three times oversubscribed"
    r"|(?:over|under)-?subscribed"
    # a valuation multiple: "20 times earnings", "2.5 times annual sales"
    r"|(?:(?:annual|forward|expected|trailing|core|net|pre-tax|operating)\s+)?"
    r"(?:earnings|sales|revenues?|profits?|income|ebitda|EBITDA|book\s+value))\b"
)
RATIO_WORD_ENDS = frozenset("nNfFyY")  # the last letters of "in", "out of" and "every", in any case


# measures' "scored", "rated it" before a reading, in any case
RE_RATED_BEFORE = re.compile(measures.RE_SCORED_BEFORE.pattern, re.IGNORECASE)


def _small_value(text: str) -> float:
    if "." in text:
        return float(text)  # a reading before "out of" (see RE_RATIO_BEFORE)
    return int(text) if text[0].isdigit() else N.parse_word_number(text)


def _ratio_word_may_follow(body: str, end: int) -> bool:
    """Whether white space, then "in" or "out of" (any case), may follow `end`: a cheap test that
    RE_RATIO_AFTER needs (a letter outside ASCII, or a long gap, is left to the pattern)."""
    window = body[end : end + 8]
    rest = window.lstrip()
    return window[:1].isspace() and (not rest or rest[0] in "iIoO" or not rest[0].isascii())


# "N in " right before a number, N a date's day an earlier dimension claimed ("shown between December 5
# and 14 in 19 cinemas"): the day is no ratio's term, so the number after "in" counts
RE_DAY_IN_BEFORE = re.compile(r"(?<![\d.,])(\d{1,2})\s+in\s+\Z")


def _claimed_term_before(sc: Scanner, start: int) -> bool:
    """Whether the "N" of "N in " right before `start` is claimed already (RE_DAY_IN_BEFORE)."""
    if not sc.body.endswith(" in ", 0, start):
        return False  # the cheap test first
    day = RE_DAY_IN_BEFORE.search(sc.body, max(0, start - 8), start)
    return day is not None and not sc.free(day.start(1), day.end(1))


def in_ratio(body: str, start: int, end: int, number: str) -> bool:
    """Whether the number `number` at start..end is a term of a ratio "N in M" or "N out of M" (N < M),
    or the "one" of "one (for) every M"."""
    if number.lower() in ("one", "1") and body.startswith((" every ", " for every "), end):
        return True  # "one every 2.5 kilometres", "one for every 15 square kilometres": a rate's term
    if number.lower() in ("one", "1") and RE_ONE_NOUN_FOR_EVERY.match(body, end, end + 40):
        # "one midwife for every 5,200 women": the rate's one, the number after it counts; but "one
        # death per 100,000 people" is a rate of one, its round base no figure
        return one_rate_noun_end(body, end) < 0
    if (
        body.startswith(" out of ", end)
        and measures.RE_OUT_OF_TOP.match(body, end)
        and ("." in number or RE_RATED_BEFORE.search(body, max(0, start - 14), start))
    ):
        return False  # "fell to 7.1 out of 10", "rated it 8 out of 10": a reading on a scale, no ratio's term
    after = RE_RATIO_AFTER.match(body, end) if _ratio_word_may_follow(body, end) else None
    if after is not None and "." in number and RE_PER_ROUND_BASE.match(body, end, end + 60):
        return False  # "arrears on 4.2 in every 100 mortgages": decimals per a round base, a rate
    if after is not None and _sport_record(body, start, after.end()):
        return False  # "has 9 in 14 matches": a player's goals and games, two counts
    if after is None and number.lower() in ("one", "1"):
        after = RE_ONE_NOUN_RATIO_AFTER.match(body, end, end + 40)
    if (
        after is None
        and (" in " in body[end : end + 40] or " out of " in body[end : end + 44])
        and (noun_ratio := RE_NOUN_RATIO_AFTER.match(body, end, end + 40)) is not None
    ):
        m_value = _small_value(noun_ratio.group("m"))
        if (
            m_value <= _ratio_term_max(noun_ratio.group())
            and _ratio_tail(body, noun_ratio.end(), noun_ratio.group())
            and noun_ratio.group().split()[0] not in RESULT_NOUNS
        ):
            after = noun_ratio
    if after and N.parse_amount(number) < _small_value(after.group("m")):
        return True
    lead = body[max(0, start - 30) : start].rstrip()
    if (
        not body[start - 1 : start].isspace()
        or lead[-1:] not in RATIO_WORD_ENDS
        and not lead.endswith(" every")
    ):
        return False  # no "in" or "out of" right before the number
    before = RE_RATIO_BEFORE.search(body, max(0, start - 30), start)
    if before is not None and _sport_record(body, before.start(), end):
        return False  # the games of "has 9 in 14 matches"
    if before is None:  # "one adult in five": 1 is the other term
        if RE_ONE_NOUN_RATIO_BEFORE.search(body, max(0, start - 30), start):
            return N.parse_amount(number) > 1
        before = RE_NOUN_RATIO_BEFORE.search(body, max(0, start - 40), start)
        if (
            before is None
            or before.group().split()[1] in RESULT_NOUNS
            or N.parse_amount(number) > _ratio_term_max(before.group()[len(before.group("n")) :])
            or not _ratio_tail(body, end, before.group()[len(before.group("n")) :])
        ):
            return False
    if RE_AGE_BEFORE.search(body, max(0, before.start() - 12), before.start()):
        return False  # "pupils under the age of nine in 30 schools": an age, then a count
    if before.groupdict().get("n") and RE_FOR_PAIR_BEFORE.search(
        body, max(0, before.start("n") - 10), before.start("n")
    ):
        return False  # "were 212 for 6 in 40 overs": a cricket score's wickets, then the overs counted
    return _small_value(before.group("n")) < N.parse_amount(number)


# a cricket score or bowling figures: "198 for six", "5 for 48" (runs for wickets, wickets for
# runs; one of the two is at most 10), with no noun after either (rules, table 8: scores)
RE_FOR_PAIR_AFTER = re.compile(rf"\s+for\s+(?P<m>\d{{1,3}}|{N.WORD_NUMBER})(?![\w-]|[.,]\d)", re.IGNORECASE)
# (an amount after a currency's sign is a price, no side of a score: "about £60 for two")
RE_FOR_PAIR_BEFORE = re.compile(r"(?<![\w.,$£€¥₹₦])(?P<n>\d{1,3})\s+for\s+\Z")
SCORE_PAIR_MAX = 10  # the wickets of a cricket score
# ... but "went 3 for 7 on the power play", "was 3 for 4 at the plate", "1 for 9 from 3-point
# range": what a team or a player made of what it tried, as North American sports copy writes it
# (two counts, as "15 of 22 from the field"), told by what follows the pair in its sentence, or by
# the sentence before when the pair ends its own ("Calgary was 1 for 3.")
RE_MADE_OF_TRIED_CUE = re.compile(
    r"\s+(?:on\s+(?:the\s+|their\s+|its\s+|his\s+)?power[- ]plays?|with\s+the\s+man\s+advantage"
    r"|on\s+(?:the\s+)?penalty\s+kills?|at\s+the\s+plate|with\s+runners\s+(?:in\s+scoring\s+position|on(?:\s+base)?)"
    r"|from\s+the\s+(?:field|floor|free[- ]throw\s+line|foul\s+line|line)"
    r"|from\s+(?:3|three)-point\s+range|from\s+beyond\s+the\s+arc|from\s+deep)\b",
    re.IGNORECASE,
)
RE_PAIR_ENDS_SENTENCE = re.compile(r"\.(?:\s|$)")
# ... or by "went" right before it ("Ruiz went 2 for 3 with a double"): a player's line; a cricket
# side's score is "were", "at" or "to" N for M, never "went" N for M
RE_WENT_BEFORE = re.compile(r"\b(?:went|goes|going)\s+\Z")
MADE_OF_TRIED_CUE_REACH = 200  # how far back the sentence before may name the cue


def in_score_pair(sc: Scanner, start: int, end: int, number: str) -> bool:
    """Whether the number `number` at start..end is one term of a score "N for M" (see above)."""
    body = sc.body
    if not number.isdigit() and not number.isalpha():
        return False  # "5.9", "1,200": no term of a score
    if body.startswith(" for ", end):
        pair = RE_FOR_PAIR_AFTER.match(body, end, end + 30)
        if pair is None or not number.isdigit():
            return False
        low, high, last_end = N.parse_amount(number), _small_value(pair.group("m")), pair.end()
        first = start
    elif body.endswith(" for ", 0, start):
        pair = RE_FOR_PAIR_BEFORE.search(body, max(0, start - 10), start)
        if pair is None or any(
            fig.kind == "money" for fig in sc.figures_ending_in(pair.end("n"), pair.end("n"))
        ):
            return False  # (an amount after a letter sign is a price too: "Rs 100 for five")
        low, high, last_end = int(pair.group("n")), N.parse_amount(number), end
        first = pair.start("n")
    else:
        return False
    unit, _, head, _ = count_unit_after(sc, last_end)
    if low <= high and (
        _made_of_tried(sc, start, last_end) or RE_WENT_BEFORE.search(body, max(0, first - 8), first)
    ):
        return False
    return min(low, high) <= SCORE_PAIR_MAX and not unit and not head


def _made_of_tried(sc: Scanner, start: int, end: int) -> bool:
    """Whether a pair "N for M" ending at `end` is what was made of what was tried (see above)."""
    body = sc.body
    if RE_MADE_OF_TRIED_CUE.match(body, end, end + 40):
        return True
    if not RE_PAIR_ENDS_SENTENCE.match(body, end):
        return False
    s_start, _ = sc.sentence_bounds(start)
    window = body[max(0, s_start - MADE_OF_TRIED_CUE_REACH) : s_start]
    return RE_MADE_OF_TRIED_CUE.search(window) is not None


# Australian rules football writes a score as goals and behinds, the points in brackets after
# them ("Carlton 12.11 (83) d Essendon 9.14 (68)"): a goal is worth six points and a behind one,
# so the bracketed total is six times the goals plus the behinds (a check no other number with a
# bracketed one passes by chance: "rose 4.2 (3.9)", "a 1.5 (2) rating"). A score is a pair read
# together with its total (rules, table 8: scores; as Gaelic football's "1-16"): no row.
RE_GOALS_BEHINDS = re.compile(r"(?<![\w.,$£€])(\d{1,2})\.(\d{1,2})\s?\((\d{1,3})\)")
# ... and where a text holds such a score, a bare tally of goals and behinds elsewhere in it
# ("booted 5.3 to 2.4", "a sloppy 2.6 opening", "4.5 before the break"): the decimal with no
# unit, percent, sign or counted noun after it, only a stop, a preposition or a period of play
RE_GOALS_BEHINDS_TALLY = re.compile(
    r"(?<![\w.,$£€+-])\d{1,2}\.\d{1,2}(?![\w%-]|[.,]\d)"
    r"(?=\s*[,.;:)!?](?!\d)|\s*\Z|\s+(?:to|in|at|and|from|for|against|after|before|until|with|"
    r"start|quarter|term|half|finish|opening)\b)"
)
GOALS_PER_POINTS = 6  # a goal's points (a behind scores one)
# ... and such a tally right after a verb of kicking, in any text ("the Swans kicked 4.3 in the last
# term"): a decimal count of kicks has a noun ("kicked 2.5 goals a game")
RE_KICKED_BEFORE = re.compile(r"\bkick(?:ed|ing|s)?\s\Z", re.IGNORECASE)


def scan_goals_behinds(sc: Scanner) -> None:
    """Claim Australian rules football scores in goals and behinds, their bracketed totals and,
    in a text holding such a score or after a verb of kicking, bare goals-and-behinds tallies: no
    row (see above)."""
    body = sc.body
    kicked = "kick" in sc.lower
    if "(" not in body and not kicked:
        return
    # a score and a tally are a decimal with one or two digits before the point: the cheap test first
    decimals = [pos for pos in sc.digits if "." in body[pos + 1 : pos + 3]]
    found = False
    for pos in decimals if "(" in body else ():
        m = RE_GOALS_BEHINDS.match(body, pos)
        if m is None:
            continue
        goals, behinds, total = (int(m.group(i)) for i in (1, 2, 3))
        if goals * GOALS_PER_POINTS + behinds == total and sc.free(m.start(), m.end()):
            sc.claim(m.start(), m.end())
            found = True
    if found or kicked:
        for pos in decimals:
            m = RE_GOALS_BEHINDS_TALLY.match(body, pos)
            if (
                m is not None
                and sc.free(m.start(), m.end())
                and (found or RE_KICKED_BEFORE.search(body, max(0, pos - 8), pos))
            ):
                sc.claim(m.start(), m.end())


# A results line (reading.RE_RESULT): the two numbers of a final score are a pair read together
# (rules, table 8): claimed, no row.
def scan_results_lines(sc: Scanner) -> None:
    """Claim the two numbers of each final score in a results line (RE_RESULT): no row."""
    body = sc.body
    if not may_hold_results(body):  # the cheap test first
        return
    for m in RE_RESULT.finditer(body):
        if sc.free(m.start("n1"), m.end("n1")) and sc.free(m.start("n2"), m.end("n2")):
            sc.claim(m.start("n1"), m.end("n1"))
            sc.claim(m.start("n2"), m.end("n2"))


# A league log's entry: a team and its matches played, won, drawn and lost and its points, each
# figure glued to or spaced from its column's letters ("Hornets P17 Pts38", "India P5 W4 L1 Pts8",
# "Yanga (Pld 12, Pts 30)"): one `count` row each (rules, table 4: matches and points are sport
# statistics). An entry needs its points and its matches played; a goal difference ("GD +14") is
# claimed with no row (a difference of two counts, signed).
LOG_COLUMNS = {
    "P": "matches played by",
    "Pld": "matches played by",
    "Pl": "matches played by",
    "GP": "matches played by",
    "W": "matches won by",
    "D": "matches drawn by",
    "L": "matches lost by",
    "Pts": "league points of",
    "GD": "",
}
PLAYED_COLUMNS = frozenset(col for col, name in LOG_COLUMNS.items() if name == "matches played by")
LOG_COLUMN = rf"(?:{N.alternation(LOG_COLUMNS)})"
RE_LOG_STAT = re.compile(rf"(?<![\w.])(?P<col>{LOG_COLUMN}) ?(?P<num>[+-]?\d{{1,3}})(?![\w.%])")
LOG_WORD = rf"(?!{LOG_COLUMN} ?[+-]?\d)[A-Za-z][\w'’.&-]*"  # in any case: a headline-style line is lowered
LOG_TEAM = rf"{LOG_WORD}(?: {LOG_WORD}){{0,3}}"
RE_LOG_ENTRY = re.compile(
    rf"(?:^|(?<=\n)|(?<=: )|(?<=; )|(?<=, ))(?P<team>{LOG_TEAM}) \(?(?P<stats>(?:{LOG_COLUMN} ?[+-]?\d{{1,3}}(?:,? |\)|(?=[;.\n]|\Z)))+)"
)
RE_LOG_HINT = re.compile(r"\bPts(?:\b|\d)")


def _log_columns(columns: set[str]) -> bool:
    """Whether a league log's columns hold its points and its matches played (an entry needs both)."""
    return "Pts" in columns and not PLAYED_COLUMNS.isdisjoint(columns)


def _log_stat(sc: Scanner, start: int, core: tuple[int, int], name: str, team: str) -> None:
    """Claim a league log's figure at `core`, and add its `count` row when its column is named
    (`name`, as "matches played by"; a goal difference's is "": no row)."""
    sc.claim(*core)
    if name:
        sc.add(Figure(start, core[1], core, int(sc.body[slice(*core)]), "count", "count", f"{name} {team}"))


def scan_league_log(sc: Scanner) -> None:
    """League log entries (RE_LOG_ENTRY): a `count` row per column figure, subject the column and team."""
    body = sc.body
    if "Pts" not in body or RE_LOG_HINT.search(body) is None:  # the cheap tests first
        return
    if "\n" in body:
        scan_log_tables(sc)
    for m in RE_LOG_ENTRY.finditer(body):
        stats = list(RE_LOG_STAT.finditer(body, m.start("stats"), m.end("stats")))
        if not _log_columns({s.group("col") for s in stats}):
            continue
        if not all(sc.free(s.start("num"), s.end("num")) for s in stats):
            continue
        team = m.group("team")
        team = team[:1].upper() + team[1:]  # "hornets" of a lowered headline-style line
        for s in stats:
            _log_stat(sc, s.start(), s.span("num"), LOG_COLUMNS[s.group("col")], team)


# ... and a league table set in lines: a head line of column letters ("Team P W D L Pts", "Pos
# Club Pld W D L GD Pts") and under it one line per team, its figures in those columns ("Arsenal
# 12 8 2 2 26", "1 Celtic 15 13 1 1 +29 40"): a `count` row per figure as in an entry above; a
# position before the team is a rank and a goal difference a signed difference (claimed, no row).
LOG_TABLE_COLUMNS = {
    **LOG_COLUMNS,
    "F": "goals scored by",
    "A": "goals conceded by",
    "GF": "goals scored by",
    "GA": "goals conceded by",
}
RE_LOG_HEAD = re.compile(
    r"(?:^|(?<=\n))[ \t]*(?P<pos>Pos\.?[ \t]+)?(?:Team|Club|Side)?[ \t]*"
    rf"(?P<cols>(?:(?:{N.alternation(LOG_TABLE_COLUMNS)})(?:[ \t]+|(?=\n)|\Z)){{3,}})(?=\n)"
)
RE_LOG_ROW = re.compile(
    r"[ \t]*(?P<pos>\d{1,2}\.?[ \t]+)?(?P<team>[A-Z][\w'’.&-]*(?: [A-Za-z][\w'’.&-]*)*)[ \t]+"
    r"(?P<nums>[+-]?\d{1,3}(?:[ \t]+[+-]?\d{1,3})+)[ \t]*(?=\n|\Z)"
)
RE_LOG_NUMBER = re.compile(r"[+-]?\d{1,3}")


def scan_log_tables(sc: Scanner) -> None:
    """League tables set in lines under a head of column letters (RE_LOG_HEAD, RE_LOG_ROW)."""
    body = sc.body
    for head in RE_LOG_HEAD.finditer(body):
        columns = head.group("cols").split()
        if not _log_columns(set(columns)):
            continue
        at = head.end() + 1
        while (row := RE_LOG_ROW.match(body, at)) is not None:
            numbers = list(RE_LOG_NUMBER.finditer(body, row.start("nums"), row.end("nums")))
            if len(numbers) != len(columns) or not all(sc.free(*n.span()) for n in numbers):
                break
            if row.group("pos"):
                sc.claim(row.start("pos"), row.end("pos"))
            for column, n in zip(columns, numbers, strict=True):
                _log_stat(sc, n.start(), n.span(), LOG_TABLE_COLUMNS[column], row.group("team"))
            at = row.end() + 1


# a regnal number after a capitalised word ("Louis II", "Francis XIV"): a monarch's or a pope's
# name, never a plural of persons as a demonym's "-is" reads ("Iraqis", "Qataris")
RE_REGNAL_AFTER = re.compile(r" (?:I{2,3}|IV|VI{0,3}|IX|XI{0,3}|XIV|XV|XVI{1,3}|XIX|XX)(?![\w'’-])")


def is_demonym_plural(word: str) -> bool:
    """Capitalised plural nationality and city words count people: Americans, Pakistanis, Iraqis,
    Chinese, Filipinos; Muscovites; a known place with "-ers" or "-rs" (Londoners, Praguers, Icelanders;
    not "Dreamliners", whose stem is no place); and any word with an end of PEOPLE_ENDINGS."""
    if has_person_ending(word.lower()):
        return True  # (not a demonym: persons by their trade or role, or what they go to)
    if not (word[:1].isupper() and word[1:].islower()) or word.lower() in FUNCTION_WORDS:
        return False  # ("This week the total rose to 118": a determiner opening its sentence)
    if word.endswith("is") and currencies.is_place(word) and not currencies.is_place(word[:-1]):
        return False  # "the 1998 Paris Masters", "Tunis": a city's name, no plural of its people
    if word.endswith(("ans", "anis", "is", "ese", "inos", "ites")):
        return True
    return word.endswith("ers") and (currencies.is_place(word[:-3]) or currencies.is_place(word[:-2]))


# "a 9-point scale", "a 100-point system": the points the scale has, counted (p694), no reading on it
RE_SCALE_SIZE_AFTER = re.compile(r"-points?[- ](?:scale|system|scheme)s?\b")
RE_JOINED_MODIFIER_HEAD = re.compile(r"\s+[A-Za-z]+\s+([a-z]+)")


def _joined_modifier_head(after: str, pos: int) -> bool:
    """Whether another modifier, then a plural or a persons' noun, follows an "and" or "or" ending at
    `pos` in `after` ("Mathematics and Science teachers"): one noun phrase with two modifiers."""
    head = RE_JOINED_MODIFIER_HEAD.match(after, pos)
    return head is not None and (head.group(1) in PEOPLE_NOUNS or _plural_noun(head.group(1)))


def is_modifier_noun(word: str, after: str) -> bool:
    """A counted noun used as a modifier of the next one ("militant attacks", "police officers"),
    or the singular of a people noun before a compound whose head is plural ("three refugee support
    centres", "12 student loan accounts": a count above one counts no singular person), or a noun
    kept plural as a modifier before a plural (vocab.PLURAL_MODIFIER_NOUNS: "120 claims handlers")."""
    following = RE_NEXT_LOWER.match(after)
    if not following:
        return False
    nxt = following.group(1)
    if word in PLURAL_MODIFIER_NOUNS and nxt in ("and", "or"):
        return _joined_modifier_head(after, following.end())  # "Mathematics and Science teachers"
    if word in PLURAL_MODIFIER_NOUNS:
        return nxt in PEOPLE_NOUNS or _plural_noun(nxt)  # "120 claims handlers", "40 customs officers"
    if word.endswith("s"):
        return False
    if nxt in PEOPLE_NOUNS or nxt in ATTACK_NOUNS or nxt.endswith("s"):
        return True
    if word + "s" not in PEOPLE_NOUNS or nxt in FUNCTION_WORDS or nxt in NOUN_PHRASE_ENDS:
        return False
    head = RE_NEXT_LOWER.match(after, following.end())
    return head is not None and _plural_noun(head.group(1))


# "one" before these is an idiom or a pronoun, not a count ("one day", "on the one hand").
ONE_IDIOMS = frozenset(
    """day way time thing another side another's of by more less or and after other back apiece each
    such last final big major key main reason should would could can will must may might shall
    was has had does did says said can't cannot
    about around roughly nearly almost
    hell heck""".split()
)  # ("one hell of a match", "one heck of a season": an idiom of degree)
# (the last: "one" as a pronoun before a figure of its own, "the old one about half the size")
# ... and one only after "on" ("on one hand": an idiom; "lost the use of one hand": a count)
ON_ONE_IDIOMS = frozenset(("hand",))
# Nouns after which "one" means "a" ("one option", "one possibility", "one example"), unless a
# word before it limits the number ("only one option", "just one example").
ONE_ARTICLE_NOUNS = frozenset(
    "option possibility example explanation factor alternative scenario idea theory answer".split()
)
RE_ONLY_BEFORE = re.compile(r"\b(?:only|just|single|least|than)\s+\Z", re.IGNORECASE)
# a price named right before "one" and its noun: what the price is for ("the cost of one session",
# "the price of one litre"), its base
RE_PRICE_BASE_BEFORE = re.compile(
    r"\b(?:cost|costs|price|prices|fare|fee|charge)\s+(?:of|for)\s+\Z", re.IGNORECASE
)
# a price stated for "one" and its noun within a few words after it ("one visit to the clinic
# could cost me $40", "one ticket costs 5 euros"): the base of the price, "a visit", as "per visit"
RE_COSTS_AFTER = re.compile(
    r"(?:\s+[^\s.,;:!?]+){0,4}?\s+(?:(?:could|would|can|will|might|may|now|still|used\s+to)\s+)?"
    r"(?:cost|costs|costing|sells\s+for|sold\s+for|fetches|fetched)\b"
)
# a measure stated for "one" of a kind, a modal before its verb of holding ("one bar can
# contain 12g of sugar", "one tablet may contain 20mg"): a general statement, the base of the
# measure, as "per serving"; "One container alone held 900kg" is one thing counted (no modal)
RE_HOLDS_AFTER = re.compile(
    r"(?:\s+[^\s.,;:!?]+){0,2}?\s+(?:can|could|may|might|will|would|typically|usually|often)\s+"
    r"(?:carry|contain|hold|provide|weigh|have|pack|deliver)\b"
)
# a verb of saying or estimating right after "one" and its noun: the noun is a source, "one"
# the article's sense ("One analyst said", "one insurer has estimated")
RE_SPEAKS_AFTER = re.compile(
    r"\s+(?:(?:has|had|have)\s+|was\s+|is\s+)?(?:said|says|told|tells|estimated|estimates|warned|warns|wrote|"
    r"writes|argued|argues|added|adds|noted|notes|explained|explains|predicted|predicts|reckoned|reckons|"
    r"suggested|suggests|put\s+it|quoted|quipped|recalled|recalls|complained|admitted|claimed|claims)\b"
)
RE_ONE_NOUN = re.compile(r"\s+(?:(?:single|particular|new|more|other|big|small|major|key)\s+)?([a-z]{3,})\b")
# ... or "the" and an adjective that sets one thing against another ("The new one holds 9,000",
# "the old one was smaller": the pronoun, as "the new one" in the rules' table 8)
RE_ONE_ARTICLE_BEFORE = re.compile(
    r"(?:\b(?:the|on the|at|in|as|no|any|every|each)\s+|\b(?:the|this|that|a)\s+(?:same|only|other|right|wrong)\s+"
    r"|\b(?:the|this|that)\s+(?:new|old|first|second|third|last|next|latest|original|previous|current"
    r"|existing|older|newer|smaller|larger|bigger|smallest|largest|biggest)\s+)\Z",
    re.IGNORECASE,
)
ONE_ARTICLE_REACH = 20  # characters before "one" read for RE_ONE_ARTICLE_BEFORE


# "one" naming a thing by its capitalised name ("the merger of one Regional Health
# Board", "one Labour councillor"); not a day or month ("one Monday", "one January morning")
RE_ONE_NAMED = re.compile(r"\s+([A-Z][a-z]+)\b(?:\s+[A-Z][a-z]+\b)*")
NOT_ONE_NAMED = frozenset(WEEKDAYS) | frozenset(MONTHS)
# "one" as the indefinite article before a source: "according to one estimate", "by one count",
# "on one review site", "on one website" (a source, not a count of sources; "on one site in
# Leeds", a place, is counted)
RE_ONE_SOURCE_BEFORE = re.compile(r"\b(?:[Aa]ccording\s+to|[Bb]y|[Oo]n)\s+\Z")
BY_ONE_SOURCES = frozenset("estimate estimates count measure account reckoning calculation".split())
RE_ONE_SITE = re.compile(r"\s+(?:[a-z-]+\s+){0,2}website\b|\s+(?:[a-z-]+\s+){1,2}site\b")


CLAUSE_ADVERBS = frozenset("later again soon now home there here when onto too".split())


def _modifier_then_noun(body: str, end: int) -> bool:
    """Whether a word ending at `end` modifies a noun after it: a lower-case content word follows
    ("one failed rainy season", "one back vertebra"), not a function word, a number word or an
    adverb ("pulled one back before the break", "one killed two", "one injured slightly")."""
    nxt = RE_NEXT_LOWER.match(body, end)
    if nxt is None:
        return False
    word = nxt.group(1)
    return (
        len(word) > 2
        and word not in NOUN_PHRASE_ENDS
        and word not in CLAUSE_ADVERBS
        and word not in N.UNIT_WORDS
        and word not in N.TENS_WORDS
        and not word.endswith("ly")
    )


def _one_source(body: str, start: int, end: int, word: str) -> bool:
    """Whether "one" starting at `start` is the indefinite article before a source (see above)."""
    before = RE_ONE_SOURCE_BEFORE.search(body, max(0, start - 14), start)
    if before is None:
        return False
    opener = before.group(0).split()[0].lower()
    if opener == "according":
        return True
    if opener == "by":
        return word in BY_ONE_SOURCES
    return RE_ONE_SITE.match(body, end, end + 40) is not None


def one_quantifies(body: str, start: int, end: int) -> bool:
    """ "one" counts the singular noun after it ("one solution", "just one area", "one proposal",
    "one failed bid", "one Labour councillor"), not in idioms ("one day", "on the one hand", "the
    one that") nor after "the", nor as the article before a source ("according to one estimate")."""
    if RE_ONE_ARTICLE_BEFORE.search(body, max(0, start - ONE_ARTICLE_REACH), start):
        return False
    if RE_PRICE_BASE_BEFORE.search(body, max(0, start - 16), start):
        return (
            False  # "the cost of one physiotherapy visit": the base of a price, no figure (as "per 10 grams")
        )
    noun = RE_ONE_NOUN.match(body, end)
    if noun is None:
        named = RE_ONE_NAMED.match(body, end)
        return named is not None and named.group(1) not in NOT_ONE_NAMED
    word = noun.group(1)
    if _one_source(body, start, end, word):
        return False
    if word in ONE_ARTICLE_NOUNS and not RE_ONLY_BEFORE.search(body, max(0, start - 12), start):
        return False  # "a hike is one option": "an option", not a count of options
    if RE_SPEAKS_AFTER.match(body, noun.end()) and not RE_ONLY_BEFORE.search(body, max(0, start - 12), start):
        return False  # "One insurer has estimated", "one analyst said": a source, "an insurer"
    if RE_COSTS_AFTER.match(body, noun.end()) and not RE_ONLY_BEFORE.search(body, max(0, start - 12), start):
        return False  # "one visit to the clinic could cost me $40": the base of a price
    if RE_HOLDS_AFTER.match(body, noun.end()) and not RE_ONLY_BEFORE.search(body, max(0, start - 12), start):
        return False  # "one bar can contain 12g of sugar": the base of a measure, "a bar"
    if word == "back" or (word.endswith("ing") or past_form(word)) and word not in ONE_IDIOMS:
        return _modifier_then_noun(body, noun.end())  # "one back vertebra", "one failed bid"
    return (
        word not in ONE_IDIOMS
        and not (word in ON_ONE_IDIOMS and body[max(0, start - 3) : start].lower() == "on ")
        and not word.endswith(("ly", "ing"))
        and not past_form(word)  # "one bed", "one shed": no past form
        and word not in ("who", "which", "that")
    )


# "a best-of-five final", "the best-of-seven series": the games, sets or frames a match is played
# over, counted (as "best-of-11" in digits, names.HYPHEN_PREFIXES_OK)
RE_BEST_OF_WORD = re.compile(rf"(?<![\w-])best-of-(?P<num>{N.WORD_NUMBER})(?![\w-])", re.IGNORECASE)


def scan_compound_counts(sc: Scanner) -> None:
    """Number words inside compound adjectives ("a seven-time champion"): a count of the noun;
    a list sharing one noun ("four-, five- and six-cylinder engines") gives one count each."""
    if "best-of-" in sc.lower:
        for m in RE_BEST_OF_WORD.finditer(sc.body):
            s, e = m.span("num")
            if sc.free(s, e):
                following = RE_FOLLOWING_WORD.match(sc.body, e, e + 30)
                noun = following.group(0).strip() if following else ""
                end = following.end() if noun.isalpha() and noun.lower() not in FUNCTION_WORDS else e
                sc.claim(s, e)
                subject = f"best-of {sc.body[e:end].strip()}".strip()
                sc.add(
                    Figure(
                        s,
                        end,
                        (s, e),
                        N.normalise_number(N.parse_amount(m.group("num"))),
                        "count",
                        "count",
                        subject,
                    )
                )
    if "/" in sc.body and any(noun in sc.lower for noun in SLASHED_COMPOUND_CUES):
        scan_slashed_digit_compounds(sc)
    for m in sc.at(RE_SUSPENDED, sc.words):
        s, e = m.span()
        noun = suspended_noun(sc.body, e)
        if not noun or not sc.free(s, e) or not compound_counts(m.group("num"), noun):
            continue
        if sc.sentence_start_or_lower(s, m.group("num")):
            sc.claim(s, e)
            value = N.normalise_number(N.parse_amount(m.group("num")))
            unit, kind, subject = "count", "count", noun
            if noun.lower() in DURATION_UNITS:  # "a two- to three-hour wait": a span of time
                unit, kind = DURATION_UNITS[noun.lower()], "duration"
                subject = f"(unit: {noun.lower()}s)" if unit == "other" else ""
            sc.add(Figure(s, e, (s, m.end("num")), value, unit, kind, subject))
    for m in sc.at(RE_COUNT_COMPOUND, sc.words):
        s, e = m.span()
        num, noun = m.group("num"), m.group("noun")
        if not sc.free(s, e) or not sc.sentence_start_or_lower(s, num) or noun.lower() in SIZE_MARKS:
            continue  # (a mark of size, "sixty-odd people": the noun after it is counted)
        if noun.lower() == "foot" and sc.lower.startswith(" equivalent", e):
            continue  # "twenty-foot equivalent units" (TEU): a unit's name spelt out, no length
        code = money.compound_currency(noun, sc.countries)  # "a one-yen bid": an amount
        measure = measures.reading(noun, True)  # "a five-pound bag", "a two-mile walk": a measurement
        if code is None and not measure and not compound_counts(num, noun):
            continue
        if noun.lower() == "point" and (
            RE_POINT_SHOT_AFTER.match(sc.body, e - 6) or shot_range(sc.body, s, e - 6)
        ):
            continue  # "the three-point line", "from three-point range": a kind of shot
        following = RE_FOLLOWING_WORD.match(sc.body, e, e + 30)
        end = following.end() if following and following.group(0).strip().isalpha() else e
        subject = " ".join(w for w in (noun, sc.body[e:end].strip()) if w)
        sc.claim(s, e)
        value = N.normalise_number(N.parse_amount(num))
        if code is not None:
            sc.add(Figure(s, end, (s, e), value, code, "money", sc.body[e:end].strip()))
        elif noun.lower() == "point" and polls_at(sc, s):
            # "a three-point drop", "a seven-point lead" in a sentence about polls or rates:
            # percentage points, as the digits' "a 7-point gap" (rules, table 2)
            points = f"{subject} (unit: percentage points)"
            sc.add(Figure(s, end, (s, m.end("num")), value, "other", "percent_change", points))
        elif measure:  # "a 75-cent target" is money in a minor unit (rules, table 3)
            kind = "money" if measure in measures.measures.MINOR_CURRENCY_MEASURES else "other"
            sc.add(Figure(s, end, (s, e), value, "other", kind, measures.label(measure), measure=measure))
        else:
            low = RE_SLASHED_LOW.search(sc.body, max(0, s - 12), s)
            if low is not None and sc.free(low.start(), s):
                # "a three/four-bedroom house": either number, one range (rules, table 1: "X or Y")
                low_value = N.normalise_number(N.parse_amount(low.group("low")))
                if (
                    isinstance(low_value, int | float)
                    and isinstance(value, int | float)
                    and low_value < value
                ):
                    sc.claim(low.start(), s)
                    sc.add(
                        Figure(
                            low.start(),
                            end,
                            (low.start(), m.end("num")),
                            f"{low_value}/{value}",
                            "count",
                            "count",
                            subject,
                        )
                    )
                    continue
            sc.add(Figure(s, end, (s, m.end("num")), value, "count", "count", subject))


# a number word and a slash before a compound's number ("a three/four-bedroom house", "a
# two/three-seat car"): the two numbers are an "X or Y" estimate
RE_SLASHED_LOW = re.compile(rf"(?<![\w/-])(?P<low>{WNUM})/\Z", re.IGNORECASE)
# ... and in digits ("2/3-bedroom homes", "a 4/5-star hotel"): a slash between two small numbers
# before a compound's noun is "X or Y", not a fraction
# before nouns of rooms, floors, seats and lanes only, and never from 1 ("a 1/2-point lead" is half a point)
SLASHED_COMPOUND_NOUNS = (
    "bed beds bedroom bedrooms room rooms storey storeys story stories floor seat seater door bath bathroom lane"
    " berth star"
).split()
RE_SLASHED_DIGIT_COMPOUND = re.compile(
    rf"(?<![\w/.,-])(?P<low>[2-9])/(?P<num>\d{{1,2}})-(?P<noun>{'|'.join(SLASHED_COMPOUND_NOUNS)})(?![\w-])"
)
# the cheap test first: "-" and each noun no shorter one of them opens ("-bed" for "-bedrooms")
SLASHED_COMPOUND_CUES = tuple(
    f"-{noun}"
    for noun in SLASHED_COMPOUND_NOUNS
    if not any(other != noun and noun.startswith(other) for other in SLASHED_COMPOUND_NOUNS)
)


def scan_slashed_digit_compounds(sc: Scanner) -> None:
    """Two numbers across a slash before a compound's noun (see RE_SLASHED_DIGIT_COMPOUND): one
    range of counts of the noun."""
    for m in RE_SLASHED_DIGIT_COMPOUND.finditer(sc.body):
        low, high, noun = int(m.group("low")), int(m.group("num")), m.group("noun")
        if not low < high or not sc.free(m.start(), m.end()) or not compound_counts(m.group("num"), noun):
            continue
        if measures.reading(noun, True) or noun.lower() in DURATION_UNITS:
            continue  # "a 3/4-inch pipe": a fraction of a unit
        following = RE_FOLLOWING_WORD.match(sc.body, m.end(), m.end() + 30)
        end = following.end() if following and following.group(0).strip().isalpha() else m.end()
        subject = " ".join(w for w in (noun, sc.body[m.end() : end].strip()) if w)
        sc.claim(m.start(), m.end())
        sc.add(Figure(m.start(), end, (m.start(), m.end("num")), f"{low}/{high}", "count", "count", subject))


# A yard line in American football copy: "the" (or "its own", "the Dallas", "the Bears'") and a
# number up to 50 after a word of where the ball goes or stands ("from the 35", "to the Eagles'
# 12", "inside the 10", "at its own 20"), with no noun after it, in a sentence or after one that
# speaks of the game: a numbered position on the field, no quantity (rules, table 8: numbered
# positions); "from the 35 members" counts members, "to the 12 finalists" counts finalists.
RE_FIELD_POSITION_BEFORE = re.compile(
    r"\b(?:from|to|at|inside|on|near|reached|past|across|into)\s+(?:the|its|his|their)\s+"
    r"(?:own\s+|[A-Z][\w.]*(?:['’]s?)?\s+)?\Z"
)
RE_FIELD_POSITION_AFTER = re.compile(
    r"(?:\s*[.,;:)]|\s+(?:and|or|with|before|after|on|in|for|to|where)\b|[ -]yard[ -]line\b)"
)
FOOTBALL_CUES = (
    *("touchdown", "field goal", "punt", "kickoff", "kick", "fumble", "interception", "quarterback"),
    *("end zone", "first down", "yard", "snap", "sacked", "drive"),
)
FIELD_POSITION_REACH = 40  # characters before the number read for the preposition and "the"


def _field_position(sc: Scanner, start: int, end: int) -> bool:
    """Whether the number at start:end is a yard line (see above)."""
    text = sc.body[start:end]
    if not text.isdigit() or not 1 <= int(text) <= 50 or not start or not sc.body[start - 1].isspace():
        return False
    if (
        "the " not in sc.body[max(0, start - FIELD_POSITION_REACH) : start]
        and " own " not in sc.body[max(0, start - 6) : start]
    ):
        return False  # the cheap test before the patterns: no "the" (or "its own") before it
    if not RE_FIELD_POSITION_AFTER.match(sc.body, end):
        return False
    if not RE_FIELD_POSITION_BEFORE.search(sc.body, max(0, start - FIELD_POSITION_REACH), start):
        return False
    s_start, _ = sc.sentence_bounds(start)
    p_start, _ = sc.sentence_bounds(max(0, s_start - 2))
    return sentence_fact(sc, "football", start, lambda _: _names_football(sc.lower, p_start, start))


def _names_football(lower: str, start: int, end: int) -> bool:
    """Whether the text between start and end holds a word of American football (FOOTBALL_CUES)."""
    return any(lower.find(cue, start, end) >= 0 for cue in FOOTBALL_CUES)


# "nine years in jail, two of which were suspended", "40 stores, ten of which will close": a
# number right before "of which" or "of whom" counts a part of the figure before it, in its unit
RE_PART_BEFORE_OF_WHICH = re.compile(rf"(?<![\w.,-])(?P<num>\d[\d,]*|(?i:{N.WORD_NUMBER})),?\s+\Z")
OF_WHICH = (" of which ", " of whom ")
PART_KINDS = frozenset(("count", "duration"))


def scan_parts_of_which(sc: Scanner) -> None:
    """A number right before "of which" or "of whom" whose words name no unit: a part of the count
    or span before it in its sentence, in that figure's unit ("nine years, two of which")."""
    found = [at for cue in OF_WHICH for at in _all_at(sc.lower, cue)]
    if not found:
        return
    ordered = sorted((f.core[1], i) for i, f in enumerate(sc.figures) if f.kind in PART_KINDS)
    ends = [end for end, _ in ordered]
    for at in sorted(found):
        m = RE_PART_BEFORE_OF_WHICH.search(sc.body, max(0, at - 30), at + 1)
        if m is None or not sc.free(m.start("num"), m.end("num")):
            continue
        s, e = m.span("num")
        if sc.lower.endswith((" in ", " every "), 0, s):
            continue  # "one in eight of which": a ratio
        i = bisect_right(ends, s) - 1
        if i < 0:
            continue
        ref = sc.figures[ordered[i][1]]
        if sc.article.sentence_of(ref.core[0]) != sc.article.sentence_of(s):
            continue
        value = N.normalise_number(N.parse_amount(m.group("num")))
        if not is_number(ref.value) or value >= ref.value:
            continue  # a part is smaller than its whole
        sc.claim(s, e)
        subject = f"part of {ref.subject}".strip() if ref.subject else ""
        sc.add(Figure(s, e, (s, e), value, ref.unit, ref.kind, subject, measure=ref.measure))


def _all_at(text: str, cue: str) -> list[int]:
    """Every offset of `cue` in `text` (str.find from each one on: linear in the text)."""
    found, at = [], text.find(cue)
    while at >= 0:
        found.append(at)
        at = text.find(cue, at + 1)
    return found


# Two bare numbers joined by "and" after a plural noun and "of" are that noun's two values, each a
# count ("breaks of 112 and 87", "innings of 45 and 102", "rounds of 68 and 71"), not a range
# (which "and" opens only after "between") nor a score (a score has no "of" before it)
RE_VALUES_OF_BEFORE = re.compile(r"(?<![\w-])(?:breaks|innings|rounds|knocks|stands|partnerships)\s+of\s+\Z")
VALUES_OF_REACH = 24  # characters before the first number read for the noun and its "of"
# ... and two bare numbers after a word of comparing, with a clause before ("won 112 seats, against
# 87 and 41 for the Liberals and the Greens"): the earlier counts it is set against, each a count
RE_COMPARED_PAIR_BEFORE = re.compile(r",\s+(?:against|compared\s+with|versus)\s+\Z")


# a book's pages glued to their number ("Paperback, 256pp, £12.99": numbers.pages_not_points)
RE_GLUED_PAGES = re.compile(r"(?<![\w.,])(?P<num>\d{1,3}(?:,\d{3})+|\d+)pp\b")
PAGES_FOLLOWERS = N.Followers((), ("pp",))


def scan_glued_pages(sc: Scanner) -> None:
    """A book's pages glued to their number, counted (see above)."""
    for m in sc.at(RE_GLUED_PAGES, sc.digits_then(PAGES_FOLLOWERS)):
        s, e = m.span()
        if sc.free(s, e) and N.pages_not_points(sc.body, s, m.group("num")):
            sc.claim(s, e)
            sc.add(Figure(s, e, m.span("num"), N.parse_amount(m.group("num")), "count", "count", "pages"))


# an engine's cylinders glued to their number, as motoring copy and listings write them ("a 1.5-litre
# 4cyl petrol", "the 6cyl diesel"): counted, as "a four-cylinder engine" is (rules, table 4)
RE_GLUED_CYLINDERS = re.compile(r"(?<![\w.,])(?P<num>1[0-6]|[1-9])cyl(?:inders?)?\b")
CYLINDER_FOLLOWERS = N.Followers((), ("cyl",))


def scan_glued_cylinders(sc: Scanner) -> None:
    """An engine's cylinders glued to their number, counted (see above)."""
    for m in sc.at(RE_GLUED_CYLINDERS, sc.digits_then(CYLINDER_FOLLOWERS)):
        s, e = m.span()
        if sc.free(s, e):
            sc.claim(s, e)
            sc.add(Figure(s, e, m.span("num"), int(m.group("num")), "count", "count", "engine cylinders"))


# A fact box's line of a game's statistic given as the two teams' figures alone ("Shots on target:
# 6-3", "Corners: 7-5"): two counts, one per team (rules, table 4), not a scoreline (the line names
# the statistic, and a score has no such label; "Goals: 2-1", "Points: 21-14" are the score itself)
TEAM_STAT_PAIR_WORDS = "|".join(
    w for w in TEAM_STAT_LABEL_WORDS.split("|") if w not in ("points", "goals", "tries", "conversions")
)
RE_TEAM_STAT_PAIR_LINE = re.compile(
    rf"{LABEL_LINE_OPENING}(?P<label>(?:[A-Za-z]+[ \t]+){{0,3}}"
    rf"(?i:{TEAM_STAT_PAIR_WORDS})(?:[ \t]+(?:on|off)[ \t]+target)?):[ \t]*"
    r"(?P<a>\d{1,3})[-–](?P<b>\d{1,3})(?=[ \t]*(?:\n|\Z))"
)
# what every match of it holds, found fast from its colon (the line pattern is tried at every character)
RE_TEAM_STAT_PAIR_HINT = re.compile(r":[ \t]*\d{1,3}[-–]\d")


def scan_team_stat_pairs(sc: Scanner) -> None:
    """Two counts per fact-box line of a statistic per team written "N-M" (RE_TEAM_STAT_PAIR_LINE)."""
    if RE_TEAM_STAT_PAIR_HINT.search(sc.body) is None:
        return
    for m in RE_TEAM_STAT_PAIR_LINE.finditer(sc.body):
        if not sc.free(m.start("a"), m.end("b")):
            continue
        sc.claim(m.start("a"), m.end("b"))
        label = m.group("label").lower()
        for group in ("a", "b"):
            s, e = m.span(group)
            sc.add(Figure(m.start("label"), m.end("b"), (s, e), int(m.group(group)), "count", "count", label))


def scan_counts(sc: Scanner) -> None:
    """Counts in digits, number words or "a million", their ranges, and the unit their noun names."""
    scan_cricket_rates(sc)
    scan_run_targets(sc)
    if ":" in sc.body:
        scan_team_stat_pairs(sc)
    if "pp" in sc.lower:
        scan_glued_pages(sc)
    if "cyl" in sc.lower:
        scan_glued_cylinders(sc)
    candidates: list[tuple[int, int, re.Match[str], bool]] = [
        (m.start(), m.end(), m, False) for m in sc.at(RE_COUNT_DIGITS, sc.digits)
    ]  # in text order: matches of one pattern never overlap
    scales = [(m.start(), m.end(), m, True) for m in sc.at(RE_A_SCALE, sc.a_scales)]
    for s, e, _, _ in scales:
        if idiom := RE_A_SCALE_IDIOM_BEFORE.search(sc.body, max(0, s - 12), s):
            sc.claim(idiom.start(), e)  # "odds of one in a million", "Thanks a million": no figure
        elif idiom := RE_A_SCALE_IDIOM.match(sc.body, s):
            sc.claim(s, idiom.end())  # "a million and one reasons": no figure
    in_words = [(m.start(), m.end(), m, False) for m in sc.at(RE_COUNT_WORDS, sc.words)]
    if scales or in_words:
        candidates = sorted(scales + candidates + in_words, key=lambda c: (c[0], -c[1]))
    body = sc.body
    for s, e, m, a_scale in candidates:
        low_of_claimed = False  # "six or seven euros": the low end of a range another scan read
        if not sc.free(s, e):
            if not (m.groupdict().get("num2") and sc.free(s, m.end("num"))):
                continue
            low_of_claimed = m.re is RE_COUNT_WORDS
            if low_of_claimed and not sc.range_ok(m):
                continue  # "served two and three years": no range without "between"
            single = (RE_COUNT_WORD_SINGLE if low_of_claimed else RE_COUNT_SINGLE).match(body, s)
            if single is None:
                continue
            m, e = single, single.end()
        if m.re is RE_COUNT_WORDS and m.group("join") and "and" in m.group("join") and not sc.range_ok(m):
            # "two and three points" without "between": no range; the second number alone
            second = RE_COUNT_WORD_SINGLE.match(body, m.start("num2"))
            if second is None or not sc.free(second.start(), second.end()):
                continue
            m, s, e = second, second.start(), second.end()
        gd = m.groupdict()
        num = gd["num"]
        if (
            gd.get("num2")
            and num[0].isdigit()
            and "and" in m.group("join")
            and names.is_name_or_code(body, s, m.end("num"))
        ):
            # "in the Top 40 and 20 in the Top 100": a name's number, then a count of its own before a
            # preposition or "other" ("the FTSE 100 and 250 fell": the second a name's too)
            second = RE_COUNT_SINGLE.match(body, m.start("num2"))
            if (
                second is None
                or not sc.free(second.start(), second.end())
                or not RE_OWN_COUNT_AFTER.match(body, second.end())
                or names.plural_place_before(body, s)  # "Wards 3 and 7 in Harare": both names
            ):
                continue
            m, s, e = second, second.start(), second.end()
            gd = m.groupdict()
            num = gd["num"]
        if (
            body[e : e + 1] == "-"
            and num[0].isdigit()
            and not (gd.get("scale") or gd.get("abbr") or gd.get("num2"))
        ):
            hyphened = RE_HYPHEN_SCALE.match(body, e)
            if hyphened is not None:
                gd, e = {**gd, "scale": hyphened.group("scale")}, hyphened.end()
        words = num[0].isalpha() and not a_scale
        if not words and not a_scale:
            if names.is_name_or_code(body, s, m.end("num")) or (
                names.is_named_number(body, s, e, sc.sentence_bounds(s)[0])
                and not _gapped_digits(sc, s, e)
                and not measures.forecast_reading(sc, s)  # "Tonight: Clear. Low 28.": a reading
            ):
                continue
        if not words and not a_scale and body.endswith(" per ", 0, s) and (base := _rate_base(body, s)):
            sc.rate_named = (s, rate_measure(_word_before_per(body, s), base))
            continue  # "volunteers per 1,000 residents": a rate's base, no figure (as p13's rates)
        if not words and not a_scale and body.endswith(" per ", 0, s) and _repeated_base(sc, s, num):
            continue  # "12 rooms per 100 residents, against 4 per 100 on the mainland": the base again
        if (
            not words
            and not a_scale
            and body[e : e + 1] in "-‑"
            and (_kind_compound(body, e) or shot_range(body, s, e))
        ):
            continue  # "a 3-pointer", "from 3-point range": a kind of shot, named by its points
        if not a_scale and (body.startswith("-on-", e) or body.endswith("-on-", 0, s)):
            continue  # "a 3-on-2 rush", "a two-on-one break": the players each side has, a situation of play
        if (
            not words
            and not a_scale
            and m.end("num") - s <= 2
            and not gd.get("num2")
            and _field_position(sc, s, e)
        ):
            continue  # "returned the kick to the 35": a yard line, a numbered position
        if (
            not a_scale
            and not gd.get("num2")
            and in_ratio(body, s, e, num)
            and not _claimed_term_before(sc, s)
        ):
            continue  # "one in five adults", "3 in 4 voters": a ratio, not a count
        if not a_scale and not gd.get("num2") and in_score_pair(sc, s, e, num):
            continue  # "198 for six", "5 for 48": a cricket score, not two counts
        if words and not _word_count_ok(sc, s, e, num):
            continue
        if words and gd.get("num2") and num.lower() == "one" and "or" in m.group("join"):
            continue  # "one or two": vague
        unit, head_end, head, plural = count_unit_after(sc, e)
        if words and plural and RE_PERSONS_ONLY_VERB_AFTER.match(body, e, e + 40):
            unit, head_end, head, plural = "", e, "", False  # "the two later shook hands": a verb's object
        if (
            not head
            and not words
            and not a_scale
            and not gd.get("scale")
            and (point := _singular_point(body, e))
        ):
            head, head_end, plural = "point", point, True  # "by 0.25 point to 4.35%": points (below)
        if unit == "attacks" and head.lower() == "attacks" and _rally_statistics(sc, s):
            unit = "count"  # "16 kills on 35 attacks": a volleyball player's attempts, a statistic
        if (
            head
            and body.endswith("of ", 0, s)
            and unit in ("", "count")
            and RE_VERB_OBJECT_AFTER.match(body, head_end)
            and not names_persons(head.lower())  # "a team of nine surveyors six weeks": no verb
            and not is_agent_plural(head.lower())
            and _parent_of(body, s)
        ):
            # "a family of four spends $900 a month": the group's members, then its verb and object
            unit, head_end, head, plural = "people", e, "", False
        if not head and (measured := measured_noun_after(body, e, bool(words))):
            # "eight million 250ml bottles": the noun after the measured size is counted
            unit, head_end, head, plural = count_unit_after(sc, measured.end() - len(measured.group(1)) - 1)
        if not head and words and (kind_noun := RE_KIND_COMPOUND_AFTER.match(body, e, e + 16)):
            # "made four 3-pointers": the shots named by their points are counted
            unit, head_end, head, plural = "count", kind_noun.end(), kind_noun.group(1), True
        if unit in ("", "count") and (age_group := RE_AGE_GROUP_NOUN_AFTER.match(body, e, e + 24)):
            unit, head_end, head, plural = "people", age_group.end(), age_group.group(1), True
        partitive = RE_PARTITIVE.match(body, e) if words or not (unit or head or a_scale) else None
        if partitive is None and words and not unit and num.lower() != "one":
            partitive = RE_OF_WHOLE_SIZE.match(body, e)  # "four of eight planned towers"
        if partitive and not words:  # "11 of the dead", "40,000 of the poorest families"
            partitive = _digits_partitive(sc, partitive)
        if not words and not unit and body.startswith(OWNED_PARTS, e):
            unit = _owned_people(sc, e)  # "9,000 of its members": part of its people
        if partitive and not unit:  # "two of Johnson's deputies": the whole names the unit
            unit, head_end, head, plural = count_unit_after(sc, partitive.end())
            whole = None if head else RE_WHOLE_NUMBER.match(body, partitive.end())
            if whole:  # "three of the 27 member states": the noun after the whole's size
                unit, head_end, head, plural = count_unit_after(sc, whole.end())
                if not head:
                    head_end = partitive.end()
                    if not unit and _people_state_after(body, whole.end()):
                        unit = "people"  # "Four of the 27 on board", "two of the 30 arrested"
            head_end = max(head_end, partitive.end())
        # "nine were still missing": read once, only where no noun names the unit
        people_state = not unit and (
            _people_state_after(body, e)
            or (
                (of_them := RE_OF_THEM_AFTER.match(body, e, e + 12)) is not None
                and _people_state_after(body, of_them.end())
            )
        )  # "6,200 of them died": a part of a group, and what happened to them
        if not unit and words and not people_state and sc.sentence_bounds(s)[0] == s:
            people_state = RE_DROPPED_OUT_AFTER.match(body, e, e + DROPPED_OUT_REACH) is not None
        if people_state and (_things_passed(sc, s, e) or _animals_said(sc, e)):
            people_state = False  # "Of the 12 bills, 9 passed", "46 were juveniles" of turtles tagged
        if (
            not partitive
            and (not plural and not unit or head in PARTY_VERB_HEADS)
            and _party_counted(sc, s, e)
        ):
            # "a table for two,", "would feed four.", "sleeps 10": the diners or guests (a price
            # verb after the number is no plural noun: "a table for four costs £170"); a recipe's
            # "serves six", "(Serves 4)", "Serves: 6" counts its servings
            # ("serves six as a main course or eight as a starter": the alternative too)
            alternative = RE_PARTY_OR_BEFORE.search(body, max(0, s - PARTY_OR_REACH), s)
            servings = RE_SERVINGS_BEFORE.search(body, max(0, s - 16), s) is not None or (
                alternative is not None and alternative.group("verb").lower() in SERVING_VERBS
            )
            unit = "count" if servings else "people"
        elif not plural and not unit and not partitive and _price_for_things(sc, s):
            unit = "count"  # "dumplings cost HK$48 for eight": the things priced by the number
        elif (
            words
            and not plural
            and not unit
            and not partitive
            and body.endswith("of ", 0, s)
            and RE_ANIMAL_GROUP_OF_BEFORE.search(body, max(0, s - 24), s)
        ):
            unit = "count"  # "a litter of four", "a herd of 40": the animals in the group
        elif (
            words
            and not plural
            and not unit
            and not partitive
            and body.endswith("average of ", 0, s)
            and RE_PARTY_END_AFTER.match(body, e, e + 8)
        ):
            # "nine storms, against an average of five.": the average of what the sentence counted
            last = sc.last_count
            same = last is not None and _count_in_sentence_before(sc, s)
            unit = last.unit if same and last.unit in ("people", "attacks") else "count"
            if unit == "count" and _counted_days_before(sc, s):
                unit = "days"  # "nine days with a low under 10, against an average of four"
        elif words and not plural and not unit and not partitive and _set_of_games_ended(body, s, e):
            unit = "count"  # "dropped the first map before winning the next three.": games, sets, rounds
        elif words and not plural and not unit and not partitive and _top_places(body, s, e):
            unit = "count"  # "they slipped out of the top six.": the places of a table
        elif words and not plural and not unit and not partitive and _ordinal_of_whole(body, s, e):
            unit = "count"  # "the second step of four": the steps of a series
        elif words and not plural and not unit and not partitive and (item := _tally_item(sc, s, e)):
            unit = item.unit  # "57 closed higher, 23 closed lower and nine were flat": the same things
        # "voted 61 to 38", "voted nine to four", "beat Everton 3 to 1": a tally (below)
        tally = _tally_context(sc, s, m) if gd.get("num2") and not head and not partitive else ""
        # "matching all six", "All five deny": the six numbers or five suspects counted before
        referred = (
            _all_of_counted(sc, s, num)
            if words and not plural and not unit and not partitive and not tally
            else None
        )
        rest = (
            _rest_of_counted(sc, s, e, added_ok=not people_state)
            if words and not plural and not unit and not partitive and not tally and referred is None
            else None
        )
        object_of: Figure | None = None  # the count whose noun a coordinated verb's object leaves out
        referring = (
            words
            and not plural
            and not unit
            and not head
            and not partitive
            and not tally
            and referred is None
            and rest is None
            and _persons_referred(sc, s, e)
        )
        if referred is not None:
            unit = referred.unit
        elif rest is not None:
            unit = rest.unit
        elif referring:
            unit = "people"  # "the two met in Geneva", "the two were charged": persons named before
        elif words and not plural and not unit and not partitive and (listed := _listed_part(sc, s, e)):
            unit = listed.unit  # "including two in Malé and three in Colombo": parts of the same count
        elif (
            words
            and not plural
            and not unit
            and not partitive
            and (object_of := _coordinated_object(sc, s, e))
        ):
            unit = (
                object_of.unit
            )  # "sold 14 players and signed nine": the same noun, the second verb's object
        elif (
            words
            and not gd.get("scale")  # "to two million": a number word with its scale reads as digits
            and not plural
            and not unit
            and not partitive
            and not _word_quantifies(sc, e, num.lower() == "one")
            and not people_state
            and not _from_to_pair(body, s, e)
            and not _low_of_digit_range(body, s, e)
            and not low_of_claimed
            and not _elided_word(sc, s, e)
            and not _parallel_unit_word(sc, s, e, num)
            and not _contrasted_word(sc, s)
            and not _corrected_word(body, s, e)
            and not _compared_word(sc, s, e)
            and not _difference_word(sc, s, e)
            and not _vote_side(sc, s, e)
            and not tally
            and not _colon_figure(sc, s, e)
            and not _parent_of(body, s)
            and not _after_people_verb(body, s)
            and not RE_MARGIN_WORD_BEFORE.search(body, max(0, s - MARGIN_WORD_REACH), s)
            and not (
                body.endswith("out ", 0, s)
                and RE_STRUCK_OUT_BEFORE.search(body, max(0, s - MARGIN_WORD_REACH), s)
            )
            and not RE_PARTITIVE_WHOLE_BEFORE.search(body, max(0, s - PARTITIVE_WHOLE_REACH), s)
            and not _elliptic_subject(sc, s, e)
            and not _included_part(sc, s, e, num)
            and not _restated_per_period(sc, s, e)
            and not _record_games(body, s, e)
        ):
            continue
        if head == "times" and (
            RE_MULTIPLE_AFTER.match(body, head_end)
            or "." in num
            and not (gd.get("scale") or gd.get("abbr"))
            or gd.get("num2")
            and _grown_by_multiple(body, s, head_end)
        ):
            continue  # "three times the amount", "2.5 times": a multiple, not occasions
        abbr = gd.get("abbr")
        if (
            abbr
            and not body[m.end("abbr") : m.end("abbr") + 1].isspace()
            and (
                body.endswith(" from ", 0, sc.approx_before(s)[1])
                or not (unit == "people" or abbr in "mk" and _inherited_unit(sc, s) == "people")
            )
            and not (abbr == "m" and (_after_millions(sc, s) or _counted_label(body, s)))
            and not (abbr in ("m", "mn") and _after_counted_millions(sc, s))
        ):
            continue  # a scale letter ending the clause: "Visitors rose to 3.1m.", not "a wall of 2.5m."
            # nor a height left "from" ("divers jumped from 3.5m.")
        if (
            abbr
            and not abbreviation_ok(
                abbr, num, unit, body, e, head if plural and _next_word_is(body, e, head) else ""
            )
            and not (abbr == "m" and (_after_millions(sc, s) or _counted_label(body, s)))
        ):
            continue  # "1.4m Afghans", "4.3M sales", "25k", but not "400m hurdles" or "5k run"
        one_noun = (
            RE_ONE_NOUN.match(body, e) or RE_ONE_NAMED.match(body, e)
            if words and not unit and num.lower() == "one"
            else None
        )
        if one_noun:  # "at least one dose": its singular noun is counted, not the clause's people
            unit = "count"
            if one_noun.group(1) not in NOUN_PHRASE_ENDS and one_noun.group(1) not in N.UNIT_WORDS:
                head_end = one_noun.end()  # "One container alone held": the container
            if (rate_noun := one_rate_noun_end(body, e)) > head_end:
                head_end = rate_noun  # "one hospital bed per 1,000 people": the whole noun, then its rate
        if people_state and not unit and not head:
            unit = "people"  # "64 were injured and nine were still missing", "four died"
        if not unit and not head and _persons_part_after(body, e):
            unit = "people"  # "The shelter housed 57 last night, 19 of them children": persons
        head_lower = head.lower()
        if (head_lower == "days" or head_lower.endswith("-days") and head_lower[:-5].isalpha()) and not unit:
            unit = "days"  # "12 teaching days lost", "21,000 working days", "900 man-days": counted days
        if tally == "sport":
            continue  # "beat Everton 3 to 1", "led 54 to 50 at half-time": a scoreline
        if not head and not words and "." in num and _betting_odds(sc, s):
            continue  # "opened at 3.6 in early betting": decimal odds, a price's ratio (rules, table 8)
        if tally:
            unit = "count"  # "Councillors voted 9 to 4": votes, not the persons voting
        inherited = not tally and ((not unit and not plural) or head_lower == "others")
        if inherited:
            unit = _inherited_unit(sc, s)
        if not unit and head_lower == "others" and _persons_do(body, head_end):
            unit = "people"  # "McIntosh and four others called victims": persons, with no count before
        if (
            not unit
            and plural
            and is_agent_plural(head_lower)
            and not (head_lower in FIRM_TRADE_NOUNS and _procured_firms(sc, e, head_end - len(head)))
            and (
                _agent_persons(sc, s, head_end)
                or head.islower()  # not a name ("five Highers", "the Rangers")
                and is_person_agent(head_lower)
                and not _goods_taken(sc, s)
            )
        ):
            unit = "people"  # "6,000 grape harvesters migrated", "hired 220 street sweepers": persons
        if not unit and not head and _vote_side(sc, s, e) and not _count_in_sentence_before(sc, s):
            unit = "people"  # "the motion passed with 48 in favour and 12 against": the members voting
        unit = unit or "count"
        if unit == "count" and _apostrophe_after(body, e) and _partitive_possessors(sc, s, e):
            unit = "people"  # "3 of 7 posted surgeons' contracts ended": the surgeons, part and whole
        if a_scale:
            value: Value = N.normalise_number(N.parse_a_scale(num))
        else:
            if gd.get("num2") and not sc.range_ok(m):
                if (
                    (not unit or unit == "count" and not plural)
                    and not RE_VALUES_OF_BEFORE.search(body, max(0, s - VALUES_OF_REACH), s)
                    and not RE_COMPARED_PAIR_BEFORE.search(body, max(0, s - VALUES_OF_REACH), s)
                ):
                    continue
                # "45 and 50 cases": two figures sharing the noun after the second
                a_end = m.end("num")
                low_value = N.normalise_number(N.parse_amount(num, gd.get("scale")))
                sc.add(Figure(s, a_end, (s, a_end), low_value, unit, "count"))
                s, num = m.start("num2"), m.group("num2")
                m2 = (RE_COUNT_WORDS if words else RE_COUNT_SINGLE).match(body, s)
                if m2 is None:
                    continue
                m, gd = m2, m2.groupdict()
            if (
                gd.get("num2")
                and m.group("join").strip() in "-–—"
                and not plural
                and not _dashed_range_ok(sc, m)
            ):
                continue  # "3-1", "2-27": scores and bowling figures, not ranges of anything
            value = N.normalise_number(N.parse_amount(num, gd.get("scale") or abbr))
            if gd.get("num2"):
                # the scale written once, after the second end, in a word or a glued letter ("2 to 3
                # million", "3-4m people")
                scale = m.group("scale") or (abbr.strip() if abbr else None)
                high = N.parse_amount(m.group("num2"), scale)
                low = N.range_low(num, m.group("num2"), high, scale)
                if high <= low and m.group("join").strip() != "to":
                    continue
                if high <= low or sc.change_pair(m) or tally:  # "up 4,293 to 25,145": before and after
                    if (unit == "count" or not unit) and not tally:
                        unit = _clause_noun_unit(sc, s) or "count"
                    low_figure = Figure(
                        s,
                        m.end() if tally else m.end("num"),  # a tally's sides share its quote: no range
                        (s, m.end("num")),
                        N.normalise_number(low),
                        unit,
                        "count",
                    )
                    if not head and not words:  # "Volunteer hours rose 300 to 9,730"
                        low_figure = _bare_low(sc, s, low_figure)
                    elif not head and not partitive and (hours := summed_hours(sc, s)):
                        low_figure = _summed_low(hours, low_figure)  # "hours rose from three to six"
                    sc.add(low_figure)
                    s = m.start("num2")
                    value = N.normalise_number(high)
                else:
                    value = f"{N.normalise_number(low)}/{N.normalise_number(high)}"
        if (
            not head
            and not a_scale
            and not gd.get("num2")
            and not gd.get("scale")
            and (defined := defined_abbreviation(sc, e))
        ):  # "2.1 million passengers per year (mppy) ... 4 mppy": 4 million passengers a year
            scale_word, head, head_end = defined
            value = N.normalise_number(N.parse_amount(num, scale_word))
            unit = "people" if head.lower() in PEOPLE_NOUNS else "count"
        end = max(e, head_end)
        sc.claim(s, e)
        subject = " ".join(body[e:head_end].split()).lstrip(
            "-–— "
        )  # "-seat chamber", "4,100 – runners": no dash
        if subject.startswith(SIZE_MARK_HEADS):
            subject = subject.split(" ", 1)[-1]  # "60-odd pilgrims": the pilgrims
        subject = subject.removeprefix("more ")  # "20 more Eurofighter jets": the jets
        if subject.startswith("or "):  # "three or more times": the times
            subject = RE_OR_MORE.sub("", f" {subject}", count=1).strip()
        if not subject and not words:
            subject = _whole_noun(sc, s)  # "3.52 million of the 4.3 million eligible voters"
        if not subject and body[s - 2 : s] == ", ":
            subject = _fronted_whole(body, s)  # "Of the claimants, 187 have been treated"
        if not subject and inherited and not words and unit in ("people", "count"):
            subject = aside_opening_phrase(sc, s)  # "Teachers in the province, whose ..., number 48,000"
        if (
            not subject
            and not words
            and body[s - 1 : s] == "("
            and (noun := RE_NOUN_BEFORE_BRACKET.search(body, max(0, s - 30), s))
            and (noun.group(1) in PEOPLE_NOUNS or noun.group(1) in ATTACK_NOUNS)
        ):
            subject = noun.group(1)  # "had the most cases (2,000)": the cases (a name is no noun)
        if not subject and unit == "people" and body.startswith(" who ", e):
            subject = _who_clause(sc, e)  # "joining about 400,000 who fled earlier conflicts"
        if (
            not subject
            and unit == "people"
            and words
            and RE_CLAUSE_HEAD_BEFORE.search(body, max(0, s - 12), s)
            and RE_AUXILIARY_AFTER.match(body, e)
        ):
            subject = _who_clause(
                sc, e, 0
            )  # "...; two were flown to the capital": people who were flown there
        if (
            not subject
            and unit == "people"
            and words
            and sc.sentence_bounds(s)[0] == s
            and RE_DROPPED_OUT_AFTER.match(body, e, e + DROPPED_OUT_REACH)
        ):
            subject = _who_clause(sc, e, 0)  # "Three abandoned on Thursday": people who abandoned
        if not subject and unit == "people" and not words and _opens_carried_clause(sc, s, e):
            subject = _who_clause(sc, e, 0)  # "Some 2,000 had reached the camp": people who had reached it
        if not subject and unit == "people" and (named := RE_PEOPLE_PREDICATE.match(body, e, e + 40)):
            subject = named.group(1)  # "and 1,200 are single parents": the people they are
        if not subject and unit == "count" and (named := RE_THING_PREDICATE.match(body, e, e + 40)):
            subject = named.group(1)  # "Of those, 3,700 were vinyl records": the things they are
        if not subject and not words and (pages_end := N.pages_after(body, s, e)):
            subject, end = "pages", pages_end  # "Harbour Books, 368 pp": a book's length
        if referred is not None:
            subject = f"{referred.subject} (repeat)"
        elif rest is not None:
            noun = RE_PLACE_WORD_OPENING.sub("", rest.subject)  # "first units": the units
            subject = f"remaining {noun}"  # "the remaining five": the rest of the reactors
            if RE_ADDED_BEFORE.search(body, max(0, s - 12), s) or RE_MORE_AFTER.match(body, e):
                subject = f"further {noun}"  # "another ninety", "six more by 2027": more of them
            elif not RE_REST_BEFORE.search(body, max(0, s - 16), s):
                subject = noun  # "but lost the five in the older blocks": the boxes
        elif object_of is not None:  # "and signed nine": players
            subject = " ".join(body[object_of.core[1] : object_of.end].split()) or object_of.subject
        if unit == "count" and head_lower in FARM_PRODUCER_NOUNS and _farm_producers(sc, s, value):
            unit = "people"  # "some 280,000 producers deliver seed cotton": farmers
        if unit == "count" and head_lower == "passes" and _learners_passed(sc, s):
            unit = "people"  # "the school had two passes last year": learners who passed
        figure = Figure(s, end, (s, e), value, unit, "count", subject)
        rated = sc.last_counted if unit == "other" else None  # the unit came from a rate before it
        if rated is not None and rated.measure:  # "2.4 per 100,000 people, against an average of 4.5"
            figure = figure._replace(
                kind=rated.kind, subject=f"{subject} (unit: {rated.measure})".strip(), measure=rated.measure
            )
        per_head = population_rate(body, end)
        if per_head is None and unit == "people" and plural:
            per_head = persons_rate(body, end)  # "0.75 scientists per 1,000 workers"
        if per_head is None and not gd.get("scale") and (head or not words):
            # "2.8 nurses per 10 beds", "six complaints for every 10,000 flights" (a word with its noun)
            per_head = round_base_rate(body, end, value, num, head)
        if per_head is None and not gd.get("scale") and not words:
            per_head = decimal_rate(body, end, value, num)  # "0.31 chicks per nest", "19.0 per transect"
        if per_head is None and head_lower in SPORT_STATISTICS and body.startswith((" a", " per"), end):
            per_head = RE_A_NIGHT.match(body, end, end + 14)  # "5.1 assists a night": per game
        if per_head is not None:  # "25.9 cases per 100,000 people": a rate; its base is no figure
            sc.claim(rate_base_start(per_head), per_head.end())
            measure = rate_measure(head, per_head)
            subject = rate_measure_before(sc, s) or subject
            figure = figure._replace(
                end=per_head.end(),
                unit="other",
                kind="other",
                subject=f"{subject} (unit: {measure})".strip(),
                measure=measure,
            )
        if (
            per_head is None
            and unit == "people"
            and plural
            and isinstance(value, float)
            and value < 1
            and not gd.get("scale")
            and not gd.get("abbr")
        ):  # "the 0.75 scientists": a fraction of a person is no count of persons, but an average
            # (more than one person with decimals still counts persons: "5.1 deaths a day")
            figure = figure._replace(
                unit="other", kind="other", subject=f"{subject} (unit: {head_lower})", measure=head_lower
            )
            sc.last_counted = figure
        if per_head is None and head and isinstance(value, int | float) and not gd.get("scale"):
            average = average_rate(sc, s, head_end, head, value)
            if average:  # "an average of 3.7 people each": people per household, not a count
                figure = figure._replace(
                    unit="other", kind="other", subject=f"{subject} (unit: {average})", measure=average
                )
                per_head = population_rate(body, end)  # remembered below as a rate, like "per woman"
                sc.last_counted = figure
        # a unit only inherited from the clause ("Runners cut ... by 400") yields to a named measure
        bare = (unit == "count" or inherited) and not head and not words and per_head is None
        named = measures.clause_measure(sc, s) if bare else ""
        ratio = ""
        if bare and not named and not gd.get("scale"):  # "the bid-to-cover ratio fell to 2.87"
            ratio = measures.ratio_named(sc, s, num)
            named = measures.RATIO if ratio else ""
        if bare and not named and measures.index_level(sc, s, e):  # "the Topix shed 2.6% to 2,806.35"
            named = measures.INDEX_POINT
            if measures.RE_IT_OPENS.match(body, sc.sentence_bounds(s)[0]) or body.endswith("the ", 0, s):
                ratio = measures.index_named(sc, s)  # "It slipped to 49.7", "the 50 mark": the index named
        elif bare and not named and (scale := measures.scale_named(sc, s))[1]:  # "a credit score of 740"
            ratio, named = scale  # the scale's name opens the subject, as a ratio's does
        elif bare and not named and measures.out_of_top(sc, s, e):
            named = measures.SCORE_POINT  # "fell to 6.8 out of 10", "rated it 8 out of 10"
        elif bare and not named and measures.scored_on_instrument(sc, s, e):
            named = measures.SCORE_POINT  # "patients scoring 10 or more on the depression questionnaire"
        elif bare and not named and measures.rated_level(sc, s):
            ratio, named = "rating", RATING_POINT  # "the mare, rated 96,": a handicapper's rating
        elif bare and not named and measures.points_scale_level(sc, s, sc.last_count):
            named = measures.SCHEME_POINT  # "needed 421 points, and arts stayed at 316"
        rate = money.bare_rate(sc, s) if bare and not named else None
        if rate is not None:  # "the Indian rupee hit a record low of 88.94": an exchange rate
            code, name = rate
            figure = figure._replace(unit=code, kind="money", subject=f"{name} exchange rate")
        if named:  # "cut their calorie intake by 500 a day": the clause names the unit
            labelled = f"{ratio} {measures.label(named)}".lstrip()
            figure = figure._replace(unit="other", kind="other", subject=labelled, measure=named)
            if (
                named in measures.SIGNED_MEASURES
                and (signed := measures.below_zero(body, s, False)) is not None
            ):
                figure = figure._replace(start=signed, value=-value)  # "High minus 6": below zero
        elif bare and rate is None and (average := sport_average(sc, s)):  # "at an average of 21.35"
            figure = figure._replace(
                unit="other", kind="other", subject=f"{subject} (unit: {average})".strip(), measure=average
            )
        points = head_lower in ("points", "point")
        span = (
            counted_span(head)
            if figure.unit == "count" and (not partitive or _span_verb_before(body, s))
            else None
        )
        if (
            figure.unit == "days"
            and head_lower == "days"
            and RE_CONTINUOUS_DAYS.match(body, e)
            and not sc.lower.endswith(" on ", 0, sc.approx_before(s)[1])
        ):
            span = ("days", "days")  # "for 30 consecutive days": a span, not days something happened on
        if span is not None and is_superlative(subject.partition(" ")[0].lower()):
            span = None  # "the 10 warmest years", "the three wettest months": ranked periods, counted
        if bare and not named and rate is None and (level := named_rate_level(sc, s)):
            figure = figure._replace(
                unit="other",
                kind="other",
                subject=_rate_level_label(sc, s, level),
                measure=level,
            )
        elif (
            span is None
            and (bare or (words and not head and not partitive and per_head is None and unit == "count"))
            and not named
            and rate is None
            and (hours := summed_hours(sc, s))
        ):
            span = ("other", "hours")  # "Volunteer hours rose to 9,730": the sum of hours
            if words or not subject:  # "Service hours", not "Hours"; a clause read past a number word
                subject = hours if " " in hours else ""
        elif (
            span is None
            and bare
            and not named
            and rate is None
            and (percented := percent_rate_level(sc, s, value))
        ):
            figure = figure._replace(unit="percent", kind=percented[0], subject=percented[1])
        if span is not None:  # "five long years", "9,400 flight hours": a span of time
            span_unit, span_name = span
            if subject.partition(" ")[0].lower() in RUN_WORDS and subject.count(" ") == 1:
                subject = ""  # "for 30 consecutive days": the run's words name no subject; its clause does
            label = f" (unit: {span_name})" if span_unit == "other" else ""
            figure = figure._replace(unit=span_unit, kind="duration", subject=f"{subject}{label}".strip())
        elif points and measures.market_sentence(sc, s):  # "the Nikkei closed down 1,284.6 points"
            figure = figure._replace(
                unit="other",
                kind="other",
                subject=measures.label(measures.INDEX_POINT),
                measure=measures.INDEX_POINT,
            )
        elif points and measures.worldscale_sentence(sc, s):  # "up 11.25 points to WS64"
            figure = figure._replace(
                unit="other",
                kind="other",
                subject=f"{subject} {measures.label(measures.WORLDSCALE)}",
                measure=measures.WORLDSCALE,
            )
        elif points and polls_at(sc, s):
            s_start, s_end = sc.sentence_bounds(s)
            named = bare_points_measure(float(value), sc.lower[s_start:s_end]) if is_number(value) else ""
            if named == RATING_POINT:  # "her rating has climbed 230 points"
                figure = figure._replace(
                    unit="other", kind="other", subject=f"{subject} {measures.label(named)}", measure=named
                )
            elif named or not is_number(value):
                figure = figure._replace(
                    unit="other", kind="percent_change", subject=f"{subject} (unit: percentage points)"
                )
        elif points and is_number(value) and float(value) <= MAX_PERCENTAGE_POINTS and _added_points(sc, s):
            figure = figure._replace(  # "The tax went to 14 percent. That extra two points brings in ..."
                unit="other", kind="percent_change", subject=f"{subject} (unit: percentage points)"
            )
        elif points and (scale := measures.scale_named(sc, s, points=True))[1]:  # "the score fell 45 points"
            figure = figure._replace(
                unit="other", kind="other", subject=f"{scale[0]} {measures.label(scale[1])}", measure=scale[1]
            )
        elif (
            points and not RE_SCALE_SIZE_AFTER.match(body, e) and measures.points_scale(sc, s, head_end)
        ):  # "the course fell 3 points to 725"
            figure = figure._replace(
                unit="other",
                kind="other",
                subject=f"{subject} {measures.label(measures.SCHEME_POINT)}".strip(),
                measure=measures.SCHEME_POINT,
            )
        elif head_lower == "units" and figure.unit == "count" and _aggregate_graded(sc, s):
            figure = figure._replace(  # "an aggregate of 24 units or better": a grade on an exam's scale
                unit="other",
                kind="other",
                subject=f"{subject} {measures.label(AGGREGATE_UNIT)}".strip(),
                measure=AGGREGATE_UNIT,
            )
        elif head_lower == "units" and figure.unit == "count" and _power_used(sc, s, head_end):
            figure = figure._replace(
                unit="other",
                kind="other",
                subject=f"{subject} {measures.label(KILOWATT_HOUR)}".strip(),
                measure=KILOWATT_HOUR,
            )
        sc.last_count = figure
        if unit in ("people", "attacks") or per_head is not None:  # a rate: "the national rate of 7.4"
            sc.last_counted = figure
        sc.add(figure)


# what ends the noun phrase of "one <noun>" right after the noun: punctuation, or a verb or
# preposition that opens what follows ("with one surety.", "one witness was heard"); not a verb of
# saying ("One analyst said": a source in the article's sense, no count)
RE_SINGULAR_PHRASE_END = re.compile(
    r"[.,;:!?)]|\s+(?:was|is|has|had|who|and|or|in|on|at|for|of|to|from|with|by|each|apiece"
    r"|must|will|would|can|could|should|may|might)\b"  # "One surety must sign", "with one escort each"
    r"|\s+(?!(?:housing|building|training|boarding|parking|planning|funding)\b)[a-z]{2,}ing\b"
)  # ... or a participle after it ("with one member preferring a cut"), not a noun in -ing


def _person_singular(body: str, end: int, lower: str, pos: int) -> bool:
    """Whether "one" (ending at `end`) and a singular noun (ending at `pos`) that ends its phrase
    count a person: the noun's regular plural counts people ("with one surety", "one witness was
    heard": the tables list many person nouns in the plural only)."""
    if not body.endswith(("one", "One", " 1"), 0, end):
        return False
    if not lower.isalpha() and "-" not in lower or lower.endswith("s") and not lower.endswith("ss"):
        return False
    if not RE_SINGULAR_PHRASE_END.match(body, pos):
        return False
    if lower.endswith("y") and lower[-2:-1] not in ("a", "e", "i", "o", "u", ""):
        plural = lower[:-1] + "ies"
    elif lower.endswith(("ss", "x", "ch", "sh")):
        plural = lower + "es"
    else:
        plural = lower + "s"
    return names_persons(plural)  # "one peacekeeper", "one machinist"


# a clause opening with the whole a count is part of: "Of the claimants, 187 have died"
RE_FRONTED_WHOLE = re.compile(r"\b[Oo]f\s+(?:the|those|these|its|their)\s+(?P<noun>[a-z][a-z-]*s),\s\Z")


# ... or any clause opening "Among ..." or "Of the ..." that names a plural noun, with the words
# that qualify it, before the comma right before a bare count ("Among patients with stage 4
# cancer, 1,204 received the therapy", "Among farmers in the district, 640 lost their crops")
RE_FRONTED_GROUP = re.compile(
    r"\s*(?:Among|Amongst|Of)\s+(?:(?:the|those|these|its|their)\s+)?(?:[a-z][\w'’-]*\s+){0,3}?"
    r"(?P<noun>[a-z][a-z-]*s)\b[^,;:.()]{0,60},\s\Z"
)


def _fronted_group_unit(body: str, s_start: int, start: int) -> str:
    """People or attacks for a bare count at `start` after an opening "Among <plural noun> ...,"
    of its sentence (see RE_FRONTED_GROUP), else ""."""
    found = RE_FRONTED_GROUP.match(body, s_start, start)
    if found is None or found.end() != start:
        return ""
    noun = found.group("noun")
    return "people" if noun in PEOPLE_NOUNS else "attacks" if noun in ATTACK_NOUNS else ""


def _fronted_whole(body: str, start: int) -> str:
    """The plural noun of an "Of the ..., N" opening right before a count at `start`, or ""."""
    found = RE_FRONTED_WHOLE.search(body, max(0, start - 40), start)
    return found.group("noun") if found else ""


WHO_CLAUSE_WORDS = 5  # the longest relative clause read as what a bare count of people names


def _who_clause(sc: Scanner, end: int, skip: int = 1) -> str:
    """ "people who ..." for the relative clause after a bare count of people ending at `end`, to
    its first mark or WHO_CLAUSE_WORDS words (`skip` words read past first: the "who"; none where
    the verb follows the count)."""
    words: list[str] = []
    for word in tokens(sc.body[end : min(sc.sentence_bounds(end)[1], end + 60)])[skip:]:
        if not word[0].isalpha() or len(words) == WHO_CLAUSE_WORDS:
            break
        words.append(word)
    while not skip and words and words[-1].lower() in FUNCTION_WORDS:
        words.pop()  # "people who had reached the camp", not "... the camp by"
    return f"people who {' '.join(words)}" if words else ""


def _digits_partitive(sc: Scanner, partitive: re.Match[str]) -> re.Match[str] | None:
    """The "of the" after a count in digits when a counted noun, not the whole's size, follows it
    ("11 of the dead", "40,000 of the poorest families"); None for "23 of the 46 members" (read
    by the whole's rules) or when no common noun is counted ("6.3 of the James")."""
    if RE_WHOLE_NUMBER.match(sc.body, partitive.end()):
        return None
    unit, _, head, _ = count_unit_after(sc, partitive.end())
    return partitive if unit or head.islower() else None


# a threshold's or an approximation's words between a number and its noun ("three or more times",
# "a dozen or so protesters", "40 or so boats": the noun is counted; "or so" is approximate)
RE_OR_MORE = re.compile(r" or (?:more|fewer|less|so)(?= )")


# a mark of approximation or size between a number and its noun: "60-odd people", "60-plus
# people", "60+ people", "a 5,000-strong crowd", "a 2.1-million strong diaspora" (the hyphen left
# out after a hyphened scale): the noun after it is counted
RE_SIZE_MARK_AFTER = re.compile(rf"(?:-(?:{'|'.join(SIZE_MARKS)})| strong|\+)(?=\s+[a-z])")
# ... and the group whose members a "-strong" size counts, after up to two modifiers in small
# letters ("the 30,000-strong army", "a 5,000-strong multinational brigade", "a 3,000-strong
# peacekeeping force"); a preposition or an article ends the search ("a 40-strong herd by the army")
RE_STRONG_GROUP = re.compile(
    r"(?:\s+(?!(?:of|and|or|the|an?|by|with|in|on|at|to|from|for)\b)[a-z][a-z-]*){0,2}?\s+"
    rf"({'|'.join(sorted(PEOPLE_GROUP_NOUNS))})(?![\w'’-])"
)
STRONG_GROUP_REACH = 60  # characters after the size mark read for the group


# a number alone at the head of its line, as a week's or a year's "in numbers" items open theirs
# ("4,100 – runners in Sunday's race"): the persons the dash names after it are counted
RE_LINE_HEAD_NUMBER = re.compile(r"(?:^|\n)[ \t]*[\d.,]+(?:\s(?:million|billion|thousand))?\Z")
LINE_HEAD_REACH = 24  # characters before a number's end read back to its line's start


def _opens_line(body: str, end: int) -> bool:
    """Whether the number ending at `end` stands alone at the start of its line (or text)."""
    return RE_LINE_HEAD_NUMBER.search(body[max(0, end - LINE_HEAD_REACH) : end]) is not None and (
        end <= LINE_HEAD_REACH or "\n" in body[end - LINE_HEAD_REACH : end]
    )


def count_unit_after(sc: Scanner, end: int) -> tuple[str, int, str, bool]:
    """Unit named by the words after a number, where that noun phrase ends, its head, plural."""
    body = sc.body
    unit, head_end, head, plural = "", end, "", False
    after = body[end : end + 1]
    if (after in "-+" and after or body.startswith(" strong ", end)) and (
        marked := RE_SIZE_MARK_AFTER.match(body, end)
    ):
        found = count_unit_after(sc, marked.end())  # "60-odd people", "a 5,000-strong crowd", "60+ people"
        if (
            marked.group() in ("-strong", " strong")
            and found[0] in ("", "count")
            and (group := RE_STRONG_GROUP.match(body, marked.end(), marked.end() + STRONG_GROUP_REACH))
        ):  # "a 500-strong workforce", "the 30,000-strong army", "a 3,000-strong peacekeeping
            # force": its members are counted
            return "people", group.end(), group.group(1), False
        return found
    if after == "-":
        return _compound_unit(sc, end)
    if body.startswith((" – ", " — "), end) and _opens_line(body, end):
        found = count_unit_after(sc, end + 2)  # "38,300 – residents in the estimate": an item in numbers
        if found[0] == "people":
            return found
    if not (after.isspace() or after.isascii() and after.isalpha()):
        return unit, head_end, head, plural  # no word follows (RE_NEXT_WORD cannot match)
    limit = min(sc.sentence_bounds(end)[1], end + 80)
    pos = end
    if body.startswith(" or ", end) and (or_more := RE_OR_MORE.match(body, end)):
        pos = or_more.end()  # "three or more times", "3 or more conditions": the noun follows
    elif body[end + 1 : end + 2].isdigit() and (compound := RE_FIGURE_COMPOUND.match(body, end, limit)):
        pos = compound.end()  # "three 25-basis-point cuts": the cuts are counted
    elif body[end + 1 : end + 2].isdigit() and (model := RE_MODEL_VARIANT_AFTER.match(body, end, limit)):
        pos = model.end()  # "two 767-300 freighters": the freighters are counted
    elif body[end + 1 : end + 2].isdigit() and (line := RE_EMERGENCY_LINE_CALLS.match(body, end, limit)):
        pos = line.end()  # "900 911 calls": the calls are counted, the number names the line
    elif body[end + 1 : end + 2] in SCARE_QUOTES and (quoted := RE_SCARE_QUOTED.match(body, end, limit)):
        pos = quoted.end()  # '9,800 "ghost" names': the quoted word modifies the noun counted
    word = lower = ""
    read = 0
    communal = farming = False
    for _ in range(5):  # the first words, back to back (four, and a joining "and" or "or")
        if body[pos + 1 : pos + 2].isupper() and (code := RE_CODE_NAME_AFTER.match(body, pos, limit)):
            pos = code.end()  # "16,000 H100 GPUs", "27 human H5N1 infections": the noun after is counted
        match = RE_NEXT_WORD.match(body, pos, limit)
        if match is None and (word[:1].isupper() or lower in PLACE_SINGULARS):
            # "105 Leopard 2 tanks", "42 ward 6 residents": the name goes on
            named = RE_NAME_NUMBER.match(body, pos, limit)
            match = RE_NEXT_WORD.match(body, named.end(), limit) if named else None
        if match is None:
            break
        communal = communal or lower in COMMUNITY_WORDS  # a modifier read before this word
        farming = farming or lower in FARMER_WORDS
        word = match.group(1)
        lower = word.lower()
        if pos == end and lower == "more" and not body.startswith(" than", match.end()):
            pos = match.end()  # "20 more Eurofighter jets": the noun follows ("20 more than" ends it)
            continue
        if lower in N.UNIT_WORDS or lower in N.TENS_WORDS:
            break  # "against 128 ten years ago": a number word opens a figure of its own
        if lower in NOUN_PHRASE_ENDS and not _acronym_modifier(word, body, match.end()):
            if not (
                read
                and lower in ("and", "or")
                and (
                    not head
                    and _modifier_joined(body, match.end(), limit)
                    or head.lower() in PLURAL_MODIFIER_NOUNS
                    and _joined_modifier_head(body[match.end() : limit], 0)
                )
            ):
                break
            pos = match.end()  # "12 shipping and industry sources": two modifiers of one noun
            continue
        read += 1
        pos = match.end()
        if read > 4:
            break
        if lower in PEOPLE_NOUNS_UNLESS_OF and not RE_OF_AFTER.match(body, pos):
            unit, head_end, head = "people", pos, word  # "12 industry sources", "registered drivers"
        elif lower in ("cases", "case") and (
            offence_after(body, pos)
            or offence_before(body, end, match.start())
            and not _disease_after(body, pos)  # "Police said 40 cases of cholera": patients
            or court_copy(sc)
            or _court_verb_before(body, end)
            and not _disease_after(body, pos)  # "closed 12 cases of cholera": patients
            or _cased_goods_after(body, pos)
        ):
            unit, head_end, head = "", pos, word  # "96 cases of cable theft": offences counted; packs
        elif (
            lower == "heads"
            and (office := RE_OF_TWO_WORDS.match(body, pos))
            and office.group(1) in HEAD_OF_OFFICES
        ):
            unit, head_end, head = "people", office.end(1), word  # "12 heads of state": persons
        elif lower in ("individuals", "individual", "juveniles") and _animal_individuals(sc, end, pos):
            unit, head_end, head = "", pos, word  # "21,450 individuals" of a seabird: animals counted
        elif lower in ("contractors", "contractor") and _firm_contractor(body, end, match.start()):
            unit, head_end, head = "", pos, word  # "three main contractors": firms, not workers
        elif lower in FIRM_TRADE_NOUNS and _procured_firms(sc, end, match.start()):
            unit, head_end, head = "", pos, word  # "paid to 46 suppliers", "14 bidders" of a tender: firms
        elif lower in AIRCRAFT_PERSON_NOUNS and _aircraft_model_before(body, end, match.start()):
            unit, head_end, head = "", pos, word  # "114 Rafale fighters", "two F-16 fighters": aircraft
        elif lower in ("members", "member") and (bloc := _of_country_bloc(body, pos, limit)):
            return "", bloc.end(), word, True  # "eight members of OPEC+": countries, not people
        elif lower == "members" and read == 1 and _institution_owns(body, sc.sentence_bounds(end)[0], end):
            return "", pos, word, True  # "NATO and its 32 members": countries, not people
        elif (
            lower in PEOPLE_NOUNS
            or word in PEOPLE_NOUNS
            or lower in PEOPLE_NOUNS_AFTER_NUMBER  # "300 police will patrol"
            or lower in COMMUNITY_ROLE_NOUNS
            and communal  # "400 community (health) distributors": volunteers, not firms
            or lower in FARM_PRODUCER_NOUNS
            and farming  # "9,000 smallholder producers": farmers, not firms
            or is_demonym_plural(word)
            and not RE_REGNAL_AFTER.match(body, pos)  # "the 1939 Louis II issue": a name, no persons
            or word in DEMONYM_PLURALS  # "52,000 Rohingya", "1,200 Britons": persons
            or (read == 1 and _person_singular(body, end, lower, pos))
        ):
            unit, head_end, head = "people", pos, word
        elif lower in ATTACK_NOUNS and not (
            lower in ("strikes", "strike") and _labour_strikes(body, end, pos)
        ):
            unit, head_end, head = "attacks", pos, word
        elif (
            lower.endswith("s")
            and not lower.endswith(("ss", "'s", "’s"))  # "St Mary's" owns the noun after it
            and len(lower) > 3
            and not is_s_adjective(lower)
            or lower in UNINFLECTED_PLURALS
            or lower in IRREGULAR_SINGULARS
            or lower in ABBREVIATED_PLURALS
        ):
            # the last noun of a compound is its head: a people or attack noun before it was a
            # modifier ("40,000 passenger cars", "12 refugee camps" count cars and camps), unless
            # the head says how many of them passed ("4.1 million passenger movements": people)
            unit = unit if lower == "movements" and unit == "people" else ""
            head, head_end = word, pos
        if head and (
            lower.endswith("s")
            or lower in PEOPLE_NOUNS
            or lower in ATTACK_NOUNS
            or lower in UNINFLECTED_PLURALS
            or lower in IRREGULAR_SINGULARS
        ):
            # the noun phrase ends at its first plural or counted noun ("people dead")
            plural = True
            if not is_modifier_noun(lower, body[pos : pos + 32]) and not _name_before_persons(
                word, body, pos
            ):
                break
    return unit, head_end, head, plural


RE_LOWER_WORD_AFTER = re.compile(r" [a-z]")
# an aircraft's model code: letters, a hyphen and digits ("F-16", "Su-30MKI", "JF-17", "B-52"), or
# a combat aircraft's letters glued to its digits (vocab.COMBAT_AIRCRAFT_PREFIXES: "J20", "Su30MKI")
RE_AIRCRAFT_CODE = re.compile(
    r"(?<![\w-])(?:[A-Z][A-Za-z]{0,2}-|"
    + "|".join(COMBAT_AIRCRAFT_PREFIXES)
    + r")\d{1,3}[A-Za-z]{0,3}(?![\w-])"
)


def _aircraft_model_before(body: str, end: int, noun_start: int) -> bool:
    """Whether the words between a number ending at `end` and "fighters" or "bombers" starting at
    `noun_start` name an aircraft (vocab.AIRCRAFT_PERSON_NOUNS): a model's code, a maker's or
    model's name or a jet's word, so combat aircraft are counted, not persons."""
    between = body[end:noun_start]
    if RE_AIRCRAFT_CODE.search(between):
        return True
    words = between.split()
    return not (
        COMBAT_AIRCRAFT_NAMES.isdisjoint(words)
        and COMBAT_AIRCRAFT_MODIFIERS.isdisjoint(w.lower() for w in words)
    )


def _acronym_modifier(word: str, body: str, pos: int) -> bool:
    """Whether a word in capitals that spells a function word ("US", "IT") is an acronym modifying
    the lower-case noun after it ("28,500 US troops", "400 IT staff"), not the pronoun: it does not
    end the noun phrase after a count."""
    return len(word) > 1 and word.isupper() and RE_LOWER_WORD_AFTER.match(body, pos) is not None


def _name_before_persons(word: str, body: str, pos: int) -> bool:
    """Whether a capitalised plural is a body's or a team's name before a people noun that it
    modifies ("The 10 States members", "40 Rangers fans"): the persons are counted."""
    following = RE_NEXT_LOWER.match(body, pos, pos + 32)
    return (
        word[:1].isupper()
        and word[1:].islower()
        and following is not None
        and following.group(1) in PEOPLE_NOUNS
    )


# Strikes of workers, not of weapons: a word of work or pay in the clause before the count, or
# "hunger" or "general" before the noun ("rail workers have held 12 strikes", "three hunger
# strikes"): things counted, not attacks.
RE_LABOUR_CUE = re.compile(
    r"\b(?:workers?|unions?|staff|employees|nurses|doctors|teachers|drivers|pilots|miners|pay|wages?|"
    r"walkouts?|industrial|hunger|general|bowler|bowled)\b",
    re.IGNORECASE,
)
LABOUR_REACH = 80  # characters before the count read for a word of work or pay


def _labour_strikes(body: str, end: int, noun_end: int) -> bool:
    """Whether "strikes" ending at `noun_end`, counted by a number ending at `end`, are workers'
    strikes (see above)."""
    clause = body[max(0, end - LABOUR_REACH) : noun_end]
    marks = list(RE_CLAUSE_MARK.finditer(clause))
    if marks:
        clause = clause[marks[-1].end() :]
    return RE_LABOUR_CUE.search(clause) is not None


# what ends "drivers" and "sources" as people: "drivers of growth", "sources of revenue"
RE_OF_AFTER = re.compile(r"\s+(?:of|behind)\b")

# "of OPEC+", "of the bloc": a group of countries, ending its noun phrase (not "of NATO's staff")
RE_OF_COUNTRY_BLOC = re.compile(
    r"\s+of\s+(?:the\s+)?(?:" + "|".join(map(re.escape, COUNTRY_BLOCS)) + r")(?![\w'’+-])"
)
# "members of the group": the bloc the article has just named ("OPEC+ ... eight members of the group")
RE_OF_THE_GROUP = re.compile(r"\s+of\s+the\s+(?:group|organi[sz]ation)(?![\w'’-])")
RE_NAMED_BLOC = re.compile(
    r"(?<![\w-])(?:" + "|".join(re.escape(b) for b in COUNTRY_BLOCS if b[0].isupper()) + r")(?![\w'’-])"
)
BLOC_REACH = 1500  # how far back the bloc "the group" stands for is looked for


def _of_country_bloc(body: str, end: int, limit: int) -> re.Match[str] | None:
    """The "of OPEC+" or "of the bloc" after "members" ending at `end`, or "of the group" when the
    text just before names a group of countries; None otherwise."""
    found = RE_OF_COUNTRY_BLOC.match(body, end, limit)
    if found is None and body.startswith(" of the ", end):
        found = RE_OF_THE_GROUP.match(body, end, limit)
        if found is not None and RE_NAMED_BLOC.search(body, max(0, end - BLOC_REACH), end) is None:
            return None
    if found is not None and RE_PEOPLE_STATE_AFTER.match(body, found.end(), found.end() + 40):
        return None  # "three members of the alliance were arrested": people
    return found


# "its 141", "their 24", "the bloc's 27": an owner right before the number of members it has
RE_OWNER_BEFORE_NUMBER = re.compile(r"(?:\b(?:its|their)|(?P<owner>\b[A-Za-z+]+)['’]s?)\s+[\w,.]+\Z")
OWNER_REACH = 150  # how far back in its sentence an owner's name is read


def _institution_owns(body: str, s_start: int, end: int) -> bool:
    """Whether the members counted by the number ending at `end` belong to an institution whose
    members are institutions: a possessive right before the number ("72 of its 141 members") and,
    before it in the sentence, a group of countries (COUNTRY_BLOCS) or a name holding a plural
    that names what its members are (MEMBER_INSTITUTION_NAMES: "Universities UK")."""
    owner = RE_OWNER_BEFORE_NUMBER.search(body, max(s_start, end - 40), end)
    if owner is None:
        return False
    if owner.group("owner") and owner.group("owner") in COUNTRY_BLOCS:
        return True  # "the bloc's 27 members", "OPEC's 13 members"
    window = body[max(s_start, owner.start() - OWNER_REACH) : owner.end()]
    if RE_NAMED_BLOC.search(window):
        return True
    return any(word in MEMBER_INSTITUTION_NAMES for word in RE_CAPITALISED.findall(window))


RE_CAPITALISED = re.compile(r"\b[A-Z][a-z]+")


def _modifier_joined(body: str, end: int, limit: int) -> bool:
    """Whether the word after an "and" or "or" ending at `end` opens a noun phrase (a modifier or
    the noun: "shipping and industry sources"), not a new clause ("and rose", "and the")."""
    after = RE_NEXT_WORD.match(body, end, limit)
    return after is not None and after.group(1).islower() and after.group(1) not in NOUN_PHRASE_ENDS


RE_OF_TWO_WORDS = re.compile(r"\s+of\s+([a-z]+)(?:\s+([a-z]+))?")


RE_WORD_AFTER = re.compile(r"\s+([a-z]+)")
# days in a row ("for 30 consecutive days", "five straight days"): a span of days like "30 days"
# (rules, table 6), unless "on" counts the days something happened on ("rained on 12 consecutive
# days"); other units in a row are spans already ("62 consecutive hours")
RUN_WORDS = IN_A_ROW_WORDS
# a span's preposition or verb right before a part of a whole span ("for 40 of those years",
# "spent 12 of those months in custody"): the part is a span too (rules, table 6), where "three of
# those years were dry" counts years
RE_SPAN_VERB_BEFORE = re.compile(
    r"\b(?:[Ff]or|spent|spend|spends|spending)\s+(?:(?:only|just|all|about|nearly|almost|over)\s+)?\Z"
)
SPAN_VERB_REACH = 24  # characters before a partitive's number read for its span's word


def _span_verb_before(body: str, start: int) -> bool:
    """Whether "for" or "spent" stands right before the number starting at `start`."""
    return RE_SPAN_VERB_BEFORE.search(body, max(0, start - SPAN_VERB_REACH), start) is not None


RE_CONTINUOUS_DAYS = re.compile(rf"\s+(?:{'|'.join(sorted(RUN_WORDS))})\s+days\b")
RE_COURT_WORD = re.compile(rf"\b(?:{'|'.join(sorted(COURT_NOUNS))})\b")
RE_HEALTH_WORD = re.compile(rf"\b(?:{'|'.join(sorted(HEALTH_COPY_WORDS))})\b")


# the cheap test before RE_COURT_WORD: the court nouns no shorter one begins ("court", not "courts";
# "jury" and "juries"), read from vocab.COURT_NOUNS, not typed again
COURT_STEMS = tuple(
    sorted(n for n in COURT_NOUNS if not any(m != n and n.startswith(m) for m in COURT_NOUNS))
)


def court_copy(sc: Scanner) -> bool:
    """Whether the text is court copy: it names a court or its officers twice or more and no word
    of health copy (vocab.HEALTH_COPY_WORDS), so its cases are lawsuits or prosecutions."""

    def fact() -> bool:
        if not any(word in sc.lower for word in COURT_STEMS):
            return False  # the cheap test first: most texts name no court
        courts = RE_COURT_WORD.finditer(sc.lower)
        return (
            next(courts, None) is not None
            and next(courts, None) is not None
            and not RE_HEALTH_WORD.search(sc.lower)
        )

    return text_fact(sc, "court copy", fact)


# a law that cases are registered under ("under the Penal Code", "under Section 302", "under the
# NDPS Act"): offences, not patients ("cases under treatment", "under investigation" are neither)
RE_LAW_AFTER = re.compile(
    r" under\s+(?:the\s+)?(?:[A-Za-z]+\s+)?(?:penal|criminal|[Pp]enal|[Ss]ections?|[Aa]rticles?|[Aa]ct|[Ll]aw|[Cc]ode)\b"
)


def offence_after(body: str, end: int) -> bool:
    """Whether "of" and an offence (OFFENCE_NOUNS) follow "cases" ending at `end`, or a participle
    of a court's work ("cases heard", COURT_PARTICIPLES)."""
    if _court_named_after(body, end):
        return True  # "the 90 cases it took to court", "cases sent to magistrates"
    if body.startswith(" under ", end) and RE_LAW_AFTER.match(body, end, end + 40):
        return True  # "3.4 lakh cases under the penal code", "cases under Section 498A": offences
    found = RE_OF_TWO_WORDS.match(body, end, end + 40)
    if found is None:
        word = RE_WORD_AFTER.match(body, end, end + 16)
        if word is not None and word.group(1) in ("remain", "remained", "are", "were", "still"):
            word = RE_WORD_AFTER.match(body, word.end(), word.end() + 16)  # "480 cases remain pending"
        if word is not None and word.group(1) == "pending":  # "cases pending" in a court, not a lab
            test = RE_WORD_AFTER.match(body, word.end(), word.end() + 16)
            return test is None or test.group(1) not in PENDING_TEST_WORDS
        return word is not None and word.group(1) in COURT_PARTICIPLES
    return not OFFENCE_NOUNS.isdisjoint(found.groups())


def _disease_after(body: str, end: int) -> bool:
    """Whether "of" and a word of health copy (vocab.HEALTH_COPY_WORDS: "cholera", "dengue")
    follow "cases" ending at `end`: patients, whoever reports them."""
    found = RE_OF_TWO_WORDS.match(body, end, end + 40)
    return found is not None and not HEALTH_COPY_WORDS.isdisjoint(found.groups())


# Individuals are animals, things counted (`count`; rules, table 4), in a sentence that names an
# animal (vocab.ANIMAL_NOUNS, a singular or a plural, a bird's compound: "seabirds"), a species,
# wildlife, a colony, breeding, nesting or a habitat, or in a text that names species ("the colony held 11 species"); persons when asked,
# polled or described ("individuals questioned by the pollster", "individuals who", "aged").
RE_ANIMAL_NAMED = re.compile(
    rf"\b(?:(?:{N.alternation(ANIMAL_NOUNS)})(?:s|es)?|species|wildlife|[a-z]*birds?"
    r"|colony|colonies|breeding|nesting|habitats?)\b"
)
RE_PERSONS_AFTER = re.compile(rf"\s+(?:who|whom|aged|questioned|asked|{N.alternation(PEOPLE_VERBS)})\b")


# persons' words that name animals too, by their age or sex, as a bare count's predicate ("Of the
# 80 turtles tagged, 46 were juveniles"): animals in a sentence that names one (RE_ANIMAL_NAMED)
ANIMAL_SHARED_NOUNS = frozenset("juveniles adults individuals females males".split())


def _animals_said(sc: Scanner, end: int) -> bool:
    """Whether a bare count ending at `end` is said to be juveniles, adults, females or males
    (ANIMAL_SHARED_NOUNS) in a sentence that names an animal (RE_ANIMAL_NAMED)."""
    said = RE_PEOPLE_PREDICATE.match(sc.body, end, end + 40)
    return (
        said is not None
        and said.group(1).split()[-1] in ANIMAL_SHARED_NOUNS
        and sentence_matches(sc, end, RE_ANIMAL_NAMED)
    )


def _animal_individuals(sc: Scanner, start: int, end: int) -> bool:
    """Whether "individuals" ending at `end`, counted by the number ending at `start`, are animals
    (above)."""
    if RE_PERSONS_AFTER.match(sc.body, end) or sc.body.startswith((" of whom", " of which"), end):
        return False
    return sentence_matches(sc, start, RE_ANIMAL_NAMED) or text_fact(
        sc, "names species", lambda: "species" in sc.lower
    )


# "of" and the whole words after it ("water-borne" is no word of them)
RE_OF_PHRASE_AFTER = re.compile(r"\s+of\s+([a-z]+(?![\w-])(?:\s+[a-z]+(?![\w-])){0,3})")
CASED_GOODS_HEADS = CASED_GOODS | WEIGHED_GOODS | AGED_GOODS


def _cased_goods_after(body: str, end: int) -> bool:
    """Whether "of" and goods (vocab.CASED_GOODS, WEIGHED_GOODS, AGED_GOODS) as the head of their
    noun phrase follow "cases" ending at `end`: packs counted ("1,200 cases of bottled water"), not
    patients ("cases of food poisoning", "cases of chicken pox": the head is the illness)."""
    found = RE_OF_PHRASE_AFTER.match(body, end)
    if found is None:
        return False
    words = found.group(1).split()
    for i, word in enumerate(words):
        if word in NOUN_PHRASE_ENDS:
            return False
        if word in CASED_GOODS_HEADS and (i + 1 == len(words) or words[i + 1] in NOUN_PHRASE_ENDS):
            return True
    return False


COURT_AFTER_REACH = 40  # characters after "cases" read for the court its clause sends them to


def _court_named_after(body: str, end: int) -> bool:
    """Whether the clause right after "cases" (up to a clause mark, within COURT_AFTER_REACH)
    names a court or its officers ("cases it referred to the courts", "cases brought before
    magistrates"): lawsuits or prosecutions, not patients."""
    window = body[end : end + COURT_AFTER_REACH]
    mark = RE_CLAUSE_MARK.search(window)
    if mark is not None:
        window = window[: mark.start()]
    return not COURT_NOUNS.isdisjoint(w.lower() for w in RE_LETTER_WORD.findall(window))


OFFENCE_REACH = 60  # characters before a count of cases read for the offence its clause names
# a comma or stop before a digit groups the number's own digits ("4,170 cases"): no clause ends there
RE_CLAUSE_MARK = re.compile(r"[;:()]|[,.](?!\d)")


def offence_before(body: str, end: int, noun_start: int) -> bool:
    """Whether an offence or a court (OFFENCE_NOUNS) is named between "cases" starting at
    `noun_start` and the clause start before the number ending at `end` ("12 fraud cases",
    "bicycle theft fell 27 per cent to 63 cases"), not across a comma ("Despite fraud
    claims, the ministry reported 300 cases")."""
    window = body[max(0, end - OFFENCE_REACH) : noun_start]
    marks = list(RE_CLAUSE_MARK.finditer(window))
    if marks:
        window = window[marks[-1].end() :]
    return not OFFENCE_NOUNS.isdisjoint(w.lower() for w in RE_LETTER_WORD.findall(window))


RE_LETTER_WORD = re.compile(r"[A-Za-z]+")

COURT_VERB_REACH = 60  # characters before a count of cases read for a court's verb
# a court's verb (vocab.COURT_PARTICIPLES) right before the number: "had disposed of 318 cases",
# "heard 214 cases" are a court's cases (`count`), not patients
RE_COURT_VERB_BEFORE = re.compile(
    rf"\b(?:{'|'.join(sorted(COURT_PARTICIPLES))})(?:\s+of)?"
    r"\s+(?:(?:some|about|around|nearly|almost|over|more\s+than|another|a\s+further)\s+)?[\w,.]+\Z"
)


def _court_verb_before(body: str, end: int) -> bool:
    """Whether a court's verb ("disposed of", "heard") stands right before the number ending at
    `end` that counts cases."""
    return RE_COURT_VERB_BEFORE.search(body, max(0, end - COURT_VERB_REACH), end) is not None


# digits inside a compound adjective: "a 200-seat chamber", "a 12-storey tower", "a 7-point lead"
RE_DIGITS_COMPOUND_NOUN = re.compile(r"-([a-z]{3,})(?![\w-])")


# the capitalised words that go on with a name a compound describes ("300-bed Harbour View Hospital")
RE_NAME_GOES_ON = re.compile(r"(?:\s[A-Z][A-Za-z'’-]*){1,3}")


# "a 36,750-capacity stadium", "the 900-capacity hall": a venue's capacity in a compound counts the
# people it holds (as a stadium's capacity is people, p45), where "a 200-seat chamber" counts seats
VENUE_CAPACITY = "capacity"
# the compound nouns that count persons only when the noun they describe says so: a venue's seats
# (vocab.VENUE_NOUNS: "the 18,000-seat stadium") and a group's members (PEOPLE_GROUP_NOUNS but not
# SEATED_BODY_NOUNS: "the 164-member delegation", not "a nine-member committee")
# ("-seater" counts seats as "-seat" does: "a 12-seater Cessna" its seats, "a 5,000-seater
# stadium" the persons it holds); before a venue's name the compound counts its seats ("the
# 48,000-seat Estadio Municipal", p68)
SEAT_HEADS = frozenset(("seat", "seater"))
MEMBER_HEADS = frozenset(("member",))
DESCRIBED_WORDS_READ = 3  # words after the compound read for the noun it describes


def _persons_described(body: str, head: str, head_end: int, limit: int) -> bool:
    """Whether the compound whose noun `head` ends at `head_end` ("seat", "member") describes a
    venue or a group of persons (above): the first lower-case noun among the next few words."""
    pos = head_end
    for _ in range(DESCRIBED_WORDS_READ):
        word = RE_NEXT_WORD.match(body, pos, limit)
        if word is None:
            return False
        pos, lower = word.end(), word.group(1).lower()
        if lower in NOUN_PHRASE_ENDS:
            return False
        if head in SEAT_HEADS and word.group(1)[:1].isupper():
            return False  # "the 48,000-seat Estadio Municipal", "the 1,700-seat Chaplin hall": a name's seats (p68)
        if head in SEAT_HEADS and lower in VENUE_NOUNS:
            return True
        if head in MEMBER_HEADS and lower in PARLIAMENT_NOUNS:
            return True  # "Tokelau's 20-member parliament": its members, persons
        if head in MEMBER_HEADS and lower in PEOPLE_GROUP_NOUNS:
            return lower not in SEATED_BODY_NOUNS
        if word.group(1).islower() and "-" not in lower and not lower.endswith(("al", "an", "ish", "ese")):
            return False  # the noun described is none of them ("a 200-seat chamber"; "open-air" goes on)
    return False


def _compound_unit(sc: Scanner, end: int) -> tuple[str, int, str, bool]:
    """Unit, noun-phrase end, head and plural for digits joined to their noun by a hyphen: the
    compound counts its noun ("a 200-seat chamber"), and the noun it describes ends the phrase."""
    found = RE_DIGITS_COMPOUND_NOUN.match(sc.body, end)
    if found is None:
        return "", end, "", False
    head = found.group(1)
    head_end = found.end()
    limit = min(sc.sentence_bounds(end)[1], head_end + 40)
    unit = (
        "people"
        if head in PEOPLE_NOUNS
        or head == VENUE_CAPACITY
        or (head in SEAT_HEADS or head in MEMBER_HEADS)
        and _persons_described(sc.body, head, head_end, limit)
        else "attacks"
        if head in ATTACK_NOUNS
        else ""
    )
    described = RE_NEXT_WORD.match(sc.body, head_end, limit)
    if described and described.group(1).lower() not in NOUN_PHRASE_ENDS:
        head_end = described.end()  # "a 200-seat chamber": the chamber
        if described.group(1)[:1].isupper() and (name := RE_NAME_GOES_ON.match(sc.body, head_end)):
            head_end = name.end()  # "the new 300-bed Harbour View Hospital": the whole name
    return unit, head_end, head, True


# a plural lower-case noun right before a bracket that holds a bare number ("the most cases (")
RE_NOUN_BEFORE_BRACKET = re.compile(r"(?<![\w-])([a-z]{3,}s) \(\Z")


def _firm_contractor(body: str, end: int, noun_start: int) -> bool:
    """Whether a word of FIRM_CONTRACTOR_MODIFIERS ("main") stands right before "contractors"
    starting at `noun_start`, after the number ending at `end`."""
    before = body[max(end, noun_start - 10) : noun_start].split()
    return bool(before) and before[-1].lower() in FIRM_CONTRACTOR_MODIFIERS


# words of buying from a trade or paying it, in the sentence of a count of suppliers, contractors,
# vendors or bidders (vocab.FIRM_TRADE_NOUNS): the trade's firms are counted
RE_PROCUREMENT_CUE = re.compile(
    r"\b(?:tender(?:s|ed|ing)?|procure(?:ment|ments|d)|paid(?!\s+off)|payments?|invoice[sd]?|consorti(?:um|ums|a)"
    r"|awarded)\b"
)
# ... but a market's, a stall's or an auction's word in the sentence makes them persons who sell
# or bid there ("312 vendors had been paid compensation after the market fire", "paid 12 bidders
# back their deposits" at an auction)
RE_MARKET_CUE = re.compile(r"\b(?:markets?|marketplaces?|stalls?|auctions?|auctioneers?|hawk(?:ers|ing))\b")
RE_TRADE_NOUN = re.compile(r"\s*[A-Za-z'’-]+")


def _procured_firms(sc: Scanner, end: int, noun_start: int) -> bool:
    """Whether a trade of FIRM_TRADE_NOUNS starting at `noun_start`, counted by a number ending at
    `end`, names firms (vocab.FIRM_TRADE_NOUNS): a word of buying or paying in its sentence, no
    market's or auction's word there nor a street's word between the number and the noun, and no
    persons' fate after the noun."""
    if not FIRM_TRADE_PERSON_MODIFIERS.isdisjoint(sc.lower[end:noun_start].split()):
        return False
    if not sentence_matches(sc, end, RE_PROCUREMENT_CUE) or sentence_matches(sc, end, RE_MARKET_CUE):
        return False
    noun = RE_TRADE_NOUN.match(sc.body, noun_start)
    noun_end = noun.end() if noun else noun_start
    # what happened to them as persons ("300 contractors were laid off"); "who could not be traced"
    # is said of firms too
    return not _persons_fate_after(sc, noun_end, who=False)


# A part and its whole, "N of M" or "N of the M", whose noun phrase names persons as owners of
# what the sentence says ended, lapsed or was confirmed ("3 of 7 posted surgeons' contracts ended",
# "two of the 15 new judges' appointments"): persons (`people`), both the part and the whole, as
# "3 of 7 posted surgeons" would be; with no partitive the owned thing is counted ("room for 40
# sellers' stalls")
RE_PART_OF_WHOLE_AFTER = re.compile(rf"\s+of\s+(?:the\s+)?(?:\d[\d,]*|(?i:{N.WORD_NUMBER}))(?=\s)")
RE_PART_OF_BEFORE = re.compile(rf"(?:\d|(?i:{N.WORD_NUMBER}))\s+of\s+(?:the\s+)?\Z")
PART_OF_REACH = 24  # characters before a whole read for its part and "of"
# up to three modifiers and a plural owner ending in an apostrophe, a noun after it
RE_POSSESSOR_AFTER = re.compile(r"(?:\s+[a-z][a-z-]*){0,3}?\s+([a-z][a-z-]*s)['’](?=\s+[a-z])")
POSSESSOR_REACH = 60  # characters after a number read for an owner's apostrophe


def _apostrophe_after(body: str, end: int) -> bool:
    """Whether an apostrophe stands within POSSESSOR_REACH characters after `end` (the cheap test)."""
    return body.find("'", end, end + POSSESSOR_REACH) >= 0 or body.find("’", end, end + POSSESSOR_REACH) >= 0


def _partitive_possessors(sc: Scanner, start: int, end: int) -> bool:
    """Whether a number from `start` to `end` is the part or the whole of "N of (the) M" whose noun
    phrase after the whole is owned by persons (above)."""
    body = sc.body
    part = RE_PART_OF_WHOLE_AFTER.match(body, end, end + PART_OF_REACH)
    if part is not None:
        end = part.end()
    elif RE_PART_OF_BEFORE.search(body, max(0, start - PART_OF_REACH), start) is None:
        return False
    owner = RE_POSSESSOR_AFTER.match(body, end, end + POSSESSOR_REACH)
    return owner is not None and names_persons(owner.group(1))


# A bare count whose part, said after a comma in its clause, is persons (", 19 of them children",
# ", most of them women"): the count is of persons too; a few words of the clause may come between
# ("housed 57 last night, 19 of them children")
RE_PERSONS_PART_AFTER = re.compile(
    rf"[^,.;:!?\d]{{0,30}},\s+(?:\d[\d,]*|(?i:{N.WORD_NUMBER})|most|many|all|some|half)\s+of\s+(?:them|whom)"
    r"\s+(?:[a-z]+\s+)?(?P<noun>[a-z]+)\b"
)
PERSONS_PART_REACH = 80  # characters after a bare count read for its part


def _persons_part_after(body: str, end: int) -> bool:
    """Whether a part of persons follows a bare count ending at `end` in its clause (above)."""
    if body.find(" of ", end, end + PERSONS_PART_REACH) < 0:
        return False  # the cheap test first
    part = RE_PERSONS_PART_AFTER.match(body, end, end + PERSONS_PART_REACH)
    return part is not None and names_persons(part.group("noun"))


def _owned_people(sc: Scanner, end: int) -> str:
    """ "people" (or "attacks") when the noun right after "of its", "of their" or "of our" after
    digits ending at `end` names them ("9,000 of its members"), else "" (a number or another
    word there: "16 of their last 19 Tests", "72 of its 141 members" read elsewhere)."""
    owned = RE_PARTITIVE.match(sc.body, end)
    if owned is None:
        return ""
    unit, _, head, _ = count_unit_after(sc, owned.end())
    return unit if head and unit in ("people", "attacks") else ""


def _whole_noun(sc: Scanner, start: int) -> str:
    """The noun phrase of the whole a bare count is part of ("eligible voters" for "3.52 million of
    the 4.3 million eligible voters"), or ""."""
    whole = RE_OF_COUNT.match(sc.body, _number_end(sc, start))
    if whole is None:
        return ""
    _, head_end, head, _ = count_unit_after(sc, whole.end())
    if not head:
        return ""
    words = sc.body[whole.end() : head_end].split()
    while words and (words[0].lower() in N.SCALE_WORDS or words[0][0].isdigit()):
        words = words[1:]  # "million eligible voters": the scale word is no part of the noun
    return " ".join(words)


def _clause_noun_unit(sc: Scanner, start: int) -> str:
    """The unit of the first counted noun of the clause before a change "from A to B": "a rise
    in attacks against the person, up from 233,600 to 265,800" counts attacks."""
    s_start, _ = sc.sentence_bounds(start)
    clause = RE_CLAUSE_BREAK.split(sc.body[max(s_start, start - 300) : start])[-1]
    for word in tokens(clause):
        lower = word.lower()
        if lower in PEOPLE_VERBS:
            continue
        if lower in PEOPLE_NOUNS or word in PEOPLE_NOUNS or is_demonym_plural(word):
            return "people"
        if lower in ATTACK_NOUNS:
            return "attacks"
    return ""


def _number_end(sc: Scanner, start: int) -> int:
    """Where the digit run starting at `start` ends, past thousands grouped by spaces ("2 480")."""
    match = N.RE_DIGIT_RUN.match(sc.body, start)
    if match is None:
        return start
    if sc.body[match.end() : match.end() + 1] == " " and (
        spaced := RE_SPACED_NUMBER_AT.match(sc.body, start)
    ):
        return max(match.end(), spaced.end())
    return match.end()


INHERIT_WORDS = 14  # how many words before a bare number are read for the noun it counts
# a breakdown of a total by country or group after a comma: "..., led by Norway with 38,650",
# "..., followed by the Netherlands at 9,130", "..., topped by Lagos State on 2,370", "..., with
# Kenya at 4,130", "..., including Ghana with 800"
BREAKDOWN_LINKS = frozenset(("with", "at", "on"))
RE_BREAKDOWN_BEFORE = re.compile(
    r",\s+(?:(?:led|headed|topped|followed)\s+by|including|with|among\s+them)\s+(?:the\s+)?[A-Z][\w'’.-]*"
    r"(?:\s+(?:and\s+|of\s+|the\s+)?[A-Z][\w'’.-]*){0,3}\s+(?:with|at|on)\s+\Z"
)
BREAKDOWN_REACH = 80  # characters before the breakdown read for the noun it breaks down
# a plural noun, then the names its parts come from, each with its number in brackets ("troops from
# Kenya (400) and Chad (250)", "cases in Lagos (32) and Kano (12)", "clubs including Ajax (3)")
RE_PARTS_FROM = re.compile(r"[a-z]s\s+(?:from|in|including)\s+(?:the\s+)?[A-Z]")
RE_MORE_THAN = re.compile(r" more\s+than\b")
GAPPED_LIST_REACH = 60  # characters from a count to a bare number read as its list's gapped clause
# a verb of scoring, or cricket's dismissal of a side "for" its total, right before a bare number:
# the runs, points or goals scored (rules, table 4), whoever the clause's subject is ("The Kiwis
# were bowled out for 46", "the visitors scored 31"), not persons counted
RE_SCORED_BEFORE = re.compile(
    r"\b(?:(?:(?:bowled|all)\s+out|dismissed|skittled(?:\s+out)?)\s+for|scored|scoring)\s+\Z", re.IGNORECASE
)


# the words before a bare number that compare it with the count just before it in its sentence
COMPARED_WITH = frozenset("against versus vs than from".split())
COUNT_UNITS = frozenset(("people", "attacks", "count", "days"))


# "that number", "this figure", "that total" before a bare number in the sentence after a count:
# the same count, later ("There were 900 members in 2010. Ten years on, that number stood at 640");
# read back to the sentence before only
RE_THAT_NUMBER = re.compile(r"\b(?:[Tt]hat|[Tt]his)\s+(?:number|figure|total|tally)\b")
THAT_NUMBER_REACH = 400  # characters back from the bare number to the count it restates


# what may follow a bare number a vessel or vehicle carries (vocab.CARRY_VERBS): its clause's end or a
# word that opens no noun ("carrying 212 when it capsized", "carried 40, police said"; not "can carry
# 200 or more fruit")
RE_CARRIED_END_AFTER = re.compile(
    r"\s*(?:[,.;:)!?]|\s+(?:when|as|and|on|from|to|at|in|into|before|after|but)\b)"
)


# a box score's attendance, "A" and a dash opening its line or following the agate line before
# ("T—3:11. A—8,417."; "A—" in running prose is no label)
RE_BOX_ATTENDANCE_BEFORE = re.compile(r"(?:\A|(?<=\n)|(?<=[.;] ))A[—–]\Z")
# A bare number compared with a count before it ("up from 38 160") is the earlier level of the
# count its clause is about, of its size, not of a small count named in between ("39 412 learners
# sat at 812 schools across seven districts, up from 38 160" compares learners): when the last count
# is more than COMPARED_SIZE_RATIO times smaller or larger, the latest count before it within that
# ratio of the bare number is compared, if any
COMPARED_SIZE_RATIO = 20
COMPARED_FIGURES_REACH = 12  # figures read back from the last one for a count of that size
RE_NUMBER_AT = re.compile(N.DIGITS_LOOSE)
# a number whose thousands are grouped by spaces, from its first digit (SPACED_NUMBER)
RE_SPACED_NUMBER_AT = re.compile(rf"(?!0\d){SPACED_NUMBER}")


def _compared_count(sc: Scanner, s_start: int, start: int) -> Figure | None:
    """The count a bare number at `start` is compared with in its sentence (see above): the last
    count, or an earlier one of the bare number's size when the last is far from it."""
    last = sc.last_count
    if last is None or not is_number(last.value) or not last.value:
        return last
    number = RE_NUMBER_AT.match(sc.body, start)
    value = N.parse_digits(number.group(0)) if number else 0
    if not value or 1 / COMPARED_SIZE_RATIO <= value / last.value <= COMPARED_SIZE_RATIO:
        return last
    for fig in islice(reversed(sc.figures), COMPARED_FIGURES_REACH):
        if fig.core[0] < s_start:
            break
        if (
            fig is not last
            and fig.kind == "count"
            and fig.core[1] <= last.core[0]
            and is_number(fig.value)
            and fig.value
            and 1 / COMPARED_SIZE_RATIO <= value / fig.value <= COMPARED_SIZE_RATIO
        ):
            return fig
    return last


# a count, its noun of one word and a bracket right before a bare number ("Rangers 31 pts (17)",
# "scored 12 goals (4)"): the bracket's number is counted as that count is, not by the name before
RE_COUNT_NOUN_BRACKET = re.compile(r"\d[\d,]*\s[a-z]+\s\(")
WHO_ADVERBS = frozenset("now still today together currently".split())  # between "who" and the verb


def _who_numbers(before: list[str]) -> bool:
    """Whether words before a bare number end "who" and a verb of how many a group is
    (vocab.NUMBERING_VERBS), an adverb between allowed ("who number", "who now total"): the number
    counts persons."""
    words = [w.lower() for w in before[-3:-1]]
    if words[-1:] and words[-1] in WHO_ADVERBS:
        words = words[:-1]
    return words[-1:] == ["who"]


# a then-and-now box's line, a year and a colon before the figure ("Visitors" above "1996: 3.3
# million a year" and "2026: 1.9 million"): the box's heading names what the lines count
RE_YEAR_LINE_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:1[89]|20)\d\d:[ \t]*\Z")
RE_YEAR_LINE = re.compile(r"[ \t]*(?:1[89]|20)\d\d:")
RE_BOX_HEADING = re.compile(r"[ \t]*(?:[A-Za-z]+[ \t]+){0,3}(?P<last>[A-Za-z]+)[ \t]*")
BOX_LINES_READ = 4  # lines above a year's line read for its box's heading
BOX_LINE_REACH = 120  # characters per line read back


def box_heading(body: str, start: int) -> re.Match[str] | None:
    """The heading line (RE_BOX_HEADING, above the box's other year lines) of a number at `start`
    standing after a year and a colon at its line's start ("Visitors" above "1996: 3.3 million")."""
    if RE_YEAR_LINE_BEFORE.search(body, max(0, start - 8), start) is None:
        return None
    line_start = body.rfind("\n", max(0, start - 8), start) + 1
    for _ in range(BOX_LINES_READ):
        if line_start == 0:
            return None
        above = body.rfind("\n", max(0, line_start - 1 - BOX_LINE_REACH), line_start - 1) + 1
        if above == 0 and line_start - 1 > BOX_LINE_REACH:
            return None  # the line above is too long for a box's line
        if RE_YEAR_LINE.match(body, above, line_start - 1) is None:
            return RE_BOX_HEADING.fullmatch(body, above, line_start - 1)
        line_start = above
    return None


def _box_heading_people(body: str, start: int) -> bool:
    """Whether a bare number at `start` is on a box's year line under a heading whose last word
    names persons (box_heading: "Visitors")."""
    heading = box_heading(body, start)
    return heading is not None and heading.group("last").lower() in PEOPLE_NOUNS


# a verb of forecasting right before a bare number after a count in its sentence ("The economy added
# 175,000 jobs; economists had forecast 240,000", "sold 1,050 cars, against 1,200 expected"): the
# same things, forecast, not the forecasters a people noun before the verb names
RE_FORECAST_VERB_BEFORE = re.compile(
    r"(?:forecast|forecasts|forecasting|expected|expecting|predicted|predicting|projected|anticipated)\s+\Z"
)
FORECAST_VERB_REACH = 16  # characters before a number read for the verb


def _inherited_unit(sc: Scanner, start: int) -> str:
    """A unit implied by the words before a bare number or by an earlier count in the sentence."""
    if sc.body[start - 2 : start] == ": " and _box_heading_people(sc.body, start):
        return "people"  # "Visitors" above "1996: 3.3 million a year": the persons the box counts
    s_start, _ = sc.sentence_bounds(start)
    window = max(s_start, start - 80)
    # the last words are read (to a clause break: "The number of people sleeping on its streets rose
    # 18% to 2,914"); with no letter among them (a list of numbers) none names a unit
    before: list[str] = []
    cut = start
    if RE_LETTER.search(sc.body, window, start):
        _, cut = sc.approx_before(start)  # "killed more than 50,000": the verb before "more than"
        before = tokens(sc.body[window:cut])[-INHERIT_WORDS:]
    of_count = RE_OF_COUNT.match(sc.body, _number_end(sc, start))
    if of_count:  # "23 of the 46 members": the unit of the whole, before the words around it
        unit, _, head, _ = count_unit_after(sc, of_count.end())
        if not unit and head.lower() == "days" and sc.lower.endswith(" on ", 0, cut):
            return "days"  # "on 41 of the 58 days": the days it happened on, counted (rules, table 4)
        if unit or head:
            return unit or "count"
    last_word = before[-1].lower() if before else ""
    listed = sc.last_count
    if (
        listed is not None
        and s_start <= listed.start
        and listed.end <= start <= listed.end + GAPPED_LIST_REACH
        and listed.unit in COUNT_UNITS
        and gapped_name(sc.body, listed, sc.body[listed.end : start])
    ):
        return listed.unit  # "won 31 seats, Voice of the Nation 19": the seats, not the people named
    if (
        listed is not None
        and s_start <= listed.start
        and listed.unit in COUNT_UNITS
        and RE_FORECAST_VERB_BEFORE.search(sc.body, max(listed.end, cut - FORECAST_VERB_REACH), cut)
    ):
        return listed.unit  # "added 175,000 jobs; economists had forecast 240,000": the jobs forecast
    if sc.body.startswith(" more", _number_end(sc, start)) and not RE_MORE_THAN.match(
        sc.body, _number_end(sc, start)
    ):
        more_of = sc.last_count  # "irregularities at 143 polling stations ... from at least 20 more":
        if more_of is not None and s_start <= more_of.start and more_of.unit in COUNT_UNITS:
            return more_of.unit  # the same things again, not the subject of the clause ("its observers")
    if (
        before[-1:] == ["("]
        and (counted := sc.last_count) is not None
        and s_start <= counted.start
        and RE_COUNT_NOUN_BRACKET.fullmatch(sc.body, counted.start, start)
    ):
        return counted.unit  # "Rangers 31 pts (17)": a count's noun, then another number of the line
    if before[-2:-1] and before[-1] == "(" and sc.body[start - 1] == "(" and before[-2].islower():
        unit = _unit_of_words(before[:-1], before[-2].lower(), partial(court_copy, sc))
        if unit:
            return unit  # "the most cases (2,000)": the figure of the noun before the bracket
    if (
        before[-2:-1]
        and before[-1] == "("
        and sc.body[start - 1] == "("
        and before[-2][:1].isupper()
        and (source := RE_PARTS_FROM.search(sc.body, window, start)) is not None
    ):
        # "peacekeepers from Nepal (320) and Ghana (410)": the part of the plural noun before the list
        whole = _people_named_before(sc, max(s_start, source.start() - BREAKDOWN_REACH), source.start() + 2)
        if whole:
            return "" if whole == "count" else whole
    if (
        before[-1:]
        and before[-1][:1].isupper()
        and RE_TEAM_STAT_LINE_BEFORE.search(sc.body, max(0, window - 1), start)
    ):
        return "count"  # "Corners: Celtic 11, Rangers 4": a team's statistic, not persons (rules, table 4)
    if last_word in NUMBERING_VERBS and _who_numbers(before):
        return "people"  # "cane cutters, who number about 1 200,": "who" stands for persons
    if last_word in CARRY_VERBS and RE_CARRIED_END_AFTER.match(sc.body, _number_end(sc, start)):
        return "people"  # "The ferry was carrying 212 when it ran aground": the persons on board
    if [w.lower() for w in before[-2:]] in MODAL_HOLDS and (
        sc.body[_number_end(sc, start) - 1] in ".,"  # the digit run took the stop ("seat 900.")
        or RE_CARRIED_END_AFTER.match(sc.body, _number_end(sc, start))
    ):
        return "people"  # "the cathedral can seat 900.", "can hold 40,000 when": a capacity of people
    if sc.body[start - 1 : start] in "—–" and RE_BOX_ATTENDANCE_BEFORE.search(
        sc.body, max(0, start - 4), start
    ):
        return "people"  # a box score's agate line "T—3:11. A—8,417.": the attendance
    if last_word == "of" and _parent_of(sc.body, cut):
        return "people"  # "a wedding party of 60", "the parish's choir of 45": the group's members
    if last_word in ("for", "scored", "scoring") and RE_SCORED_BEFORE.search(sc.body, window, cut):
        return "count"  # "The Kiwis were bowled out for 46": the runs (RE_SCORED_BEFORE)
    if sc.body.endswith(", ", 0, start) and (fronted := _fronted_group_unit(sc.body, s_start, start)):
        return fronted  # "Among patients with stage 4 cancer, 1,204 received": the patients
    if (opening := _subject_past_aside(sc, s_start, start, cut)) is not None:
        return opening  # "Teachers in the province, whose union has called a strike, number 48,000"
    unit = _unit_of_words(
        before,
        last_word,
        partial(court_copy, sc),
        partial(_case_box_near, sc, start),
        partial(_waiting_list_before, sc, start),
    ) or _number_of_opening(sc.body, s_start, start, cut)
    if (
        not unit
        and last_word in BREAKDOWN_LINKS
        and (breakdown := RE_BREAKDOWN_BEFORE.search(sc.body, window, cut))
    ):
        # "57 percent of tourists, led by Norway with 38,650": a part by country or group of the
        # noun the clause before the breakdown names
        whole = _people_named_before(sc, max(s_start, breakdown.start() - BREAKDOWN_REACH), breakdown.start())
        unit = "" if whole == "count" else whole  # the nearest plural noun before it
    if unit:
        return unit
    earlier = sc.last_count
    if (
        earlier is not None
        and s_start <= earlier.core[0] < start
        and _things_numbered(sc.body, earlier.end, start)
    ):
        return ""  # "2.3 million passengers, and the number of daily services from 96 to 120": the services
    if (
        sc.lower.find("that ", window, start) >= 0 or sc.lower.find("this ", window, start) >= 0
    ) and RE_THAT_NUMBER.search(sc.body, window, start):  # "a decade on, this figure stood at 640"
        earlier = sc.last_count
        if earlier is not None and start - THAT_NUMBER_REACH < earlier.core[0] < s_start:
            if earlier.unit in ("people", "attacks"):
                return earlier.unit
    if last_word in ("were", "was", "are", "is") and _clause_counts_things(before):
        return ""  # "Starts in towns of 10,000 people were 17,843": the starts, not the people
    if (
        last_word in COMPARED_WITH
        or (last_word.endswith(("'s", "’s")) and len(before) > 1 and before[-2].lower() in COMPARED_WITH)
    ):  # "96 check-in counters, against 32 at present", "61 seats, against Labour's 52": the counters, the seats
        last = _compared_count(sc, s_start, start)
        if last is not None and s_start <= last.core[0] < start and last.unit in COUNT_UNITS:
            return last.unit
    # counts are added in text order, so the last people or attacks count is the nearest one
    last = sc.last_counted
    if last is not None and s_start <= last.core[0] < start and not _measured_after_rate(sc, last, start):
        if last.unit != "other" or not _new_clause_between(sc, last.end, start):
            return (
                last.unit
            )  # a rate only in its own clause: not "1.8 per person, and users rose to 18.9 million"
    if last_word in ("another", "other", "further", "additional") or RE_OF_THEM.match(
        sc.body, _number_end(sc, start)
    ):
        # "Another 840,000 hold cards", "About 1,315 of them were children": the same unit as the
        # count just before it
        earlier = sc.last_count
        if earlier is not None and s_start <= earlier.core[0] < start:
            return earlier.unit
        named = (
            _people_named_before(sc, max(s_start, start - OF_THEM_REACH), start)
            if last_word not in ("another", "other", "further", "additional")
            else ""
        )
        if named:
            return "" if named == "count" else named  # "Nurses are leaving: 4,000 of them quit"
        if earlier is not None and start - 400 < earlier.core[0] < start:
            return earlier.unit
    if (
        cut - s_start <= FRONTED_REACH
        and (not sc.body[s_start:cut].strip() or RE_FRONTED_ADVERBIAL.fullmatch(sc.body, s_start, cut))
    ) and (verb := RE_CARRIED_VERB_AFTER.match(sc.body, _number_end(sc, start))):
        return _carried_from_sentence_before(sc, s_start, verb.group(1) is None, verb.end())
    return ""


# A bare count of the noun its sentence opens with, set off from it by an aside between commas:
# the number in the aside itself, with "in all" or "in total" after it ("Officers from the traffic
# division, about 450 in all, will patrol", "The stranded hikers, 16 in total, were flown out"), or
# after the aside as the object of a verb of how many they are ("Teachers in the province, whose
# union has called a strike, number 48,000"; "Nurses on the wards, many of them on short contracts,
# now total 9,400"): persons when the opening noun phrase's first plural names persons, things when
# it names things; no figure may stand in the aside
RE_IN_ALL_AFTER = re.compile(r"\s+(?:in\s+all|in\s+total|all\s+told)\s*[,;.]")
RE_ASIDE_VERB_TAIL = re.compile(
    rf",\s+(?:(?:now|still|currently)\s+)?(?:{N.alternation(NUMBERING_VERBS)})\s+\Z"
)
ASIDE_TAIL_REACH = 40  # characters before the number read for the aside's closing comma and the verb
OPENING_SUBJECT_REACH = 200  # characters from the sentence's start to the number, at most
OPENING_HEAD_WORDS = 5  # words of the opening noun phrase read for its first plural


def _subject_past_aside(sc: Scanner, s_start: int, start: int, cut: int) -> str | None:
    """The unit of the opening noun phrase a bare number at `start` counts past an aside (see
    above): "people", "" for things, or None when the sentence is not so built; `cut` is where the
    words before the number end (before "about", "more than")."""
    opened = _aside_opened(sc, s_start, start, cut)
    return _opening_head_unit(tokens(sc.body[s_start:opened])) if opened >= 0 else None


def aside_opening_phrase(sc: Scanner, start: int) -> str:
    """The opening noun phrase a bare number at `start` counts past an aside (see above), without
    its article ("Officers from the traffic division"), or ""."""
    s_start, _ = sc.sentence_bounds(start)
    opened = _aside_opened(sc, s_start, start, sc.approx_before(start)[1])
    if opened < 0:
        return ""
    words = sc.body[s_start:opened].split()
    return " ".join(words[1:] if words[:1] in (["The"], ["the"]) else words)


def _aside_opened(sc: Scanner, s_start: int, start: int, cut: int) -> int:
    """Where the aside after the opening noun phrase opens (its comma), when a bare number at
    `start` counts that phrase past it (see above), else -1."""
    body = sc.body
    if cut - s_start > OPENING_SUBJECT_REACH or not body.endswith(" ", 0, cut):
        return -1
    if body.endswith(", ", 0, cut) and RE_IN_ALL_AFTER.match(body, _number_end(sc, start)):
        opened = cut - 2  # the aside opens right before the number
        return -1 if body.find(",", s_start, opened) >= 0 else opened  # the opening phrase runs to it
    tail = RE_ASIDE_VERB_TAIL.search(body, max(s_start, cut - ASIDE_TAIL_REACH), cut)
    if tail is None:
        return -1
    opened = body.find(",", s_start, tail.start())
    if opened < 0 or any(c.isdigit() for c in body[opened : tail.start()]):
        return -1
    return opened


def _opening_head_unit(words: list[str]) -> str | None:
    """The unit the first plural of an opening noun phrase names ("Officers from the traffic
    division": persons; "Cars seized by customs": things, ""), read past its determiners and
    modifiers up to its first preposition; None when no plural heads it."""
    for i, word in enumerate(words[:OPENING_HEAD_WORDS]):
        lower = word.lower()
        if lower.endswith(("'s", "’s")):
            continue  # "Kenya's nurses": the owner
        if lower in PREPOSITIONS or not word.replace("-", "").isalpha():
            return None
        following = words[i + 1].lower() if i + 1 < len(words) else ""
        if following in QUANTITY_NOUNS or _thing_noun(following):
            continue  # "Police figures", "Nurses unions": a modifier of the noun after it
        if (
            names_persons(lower)
            or word in PEOPLE_NOUNS
            or lower in PEOPLE_NOUNS_AFTER_NUMBER
            or is_demonym_plural(word)
        ):
            return "people"
        if _thing_noun(lower):
            return ""
    return None


def _measured_after_rate(sc: Scanner, last: Figure, start: int) -> bool:
    """Whether the latest count `last` is a rate (unit other) and a measurement or an amount stands
    between it and the bare number at `start` ("72 conch per hectare ..., cut to 600,000 pounds of
    meat from 800,000"): the nearer figure, not the rate, is what the bare number is set against."""
    if last.unit != "other":
        return False
    measured = measured_before(sc, start)
    return measured is not None and measured.start >= last.end


# a verb right after a bare number that opens its sentence ("Some 2,000 had reached the camp",
# "About 700 crossed the river"): the number is the subject, standing for what the sentence
# before counted or named
RE_CARRIED_VERB_AFTER = re.compile(
    rf"\s+(?:(were|are|had\s+been|have\s+been)|had|have|[a-z]{{3,}}ed|{'|'.join(sorted(IRREGULAR_PAST_VERBS))})\b"
)
# a source's verb after a people noun ("Officials said"): the speakers, not what a figure counts
CARRIED_SOURCE_VERBS = SAYING_WORDS | frozenset(("warned", "reported"))
CARRIED_REACH = 300  # characters of the sentence before read for the people a bare subject stands for
# a short fronted adverbial before such a subject, words only ("By Monday, 3,170 had crossed",
# "Since then, about 900 have returned")
FRONTED_REACH = 48  # characters from a sentence's start to its bare subject, at most (bounded: linear time)
RE_FRONTED_ADVERBIAL = re.compile(r"\s*[A-Z][a-z]*(?:\s+[A-Za-z][a-z]*){0,3},\s+")


def _opens_carried_clause(sc: Scanner, start: int, end: int) -> bool:
    """Whether a bare number opens its sentence, before its verb, with no count before it there:
    the subject of its sentence, standing for those the sentence before named."""
    s_start = sc.sentence_bounds(start)[0]
    _, cut = sc.approx_before(start)
    return (
        cut - s_start <= FRONTED_REACH
        and not sc.body[s_start:cut].strip()
        and RE_CARRIED_VERB_AFTER.match(sc.body, end) is not None
        and (sc.last_count is None or sc.last_count.core[0] < s_start)
    )


def _carried_from_sentence_before(sc: Scanner, s_start: int, active: bool, verb_end: int = -1) -> str:
    """The unit of a bare number opening its sentence as its subject: that of the last count of the
    sentence before ("drove 9,000 people from their homes. Some 2,000 had reached the camp"), or
    of the people counted before it there when the clause names the last count's things as a
    place ("moved 1,284 residents to 14 centres. Of these, 460 were still in the centres"), or,
    before an active verb (`active`), people when that sentence counts nothing and names people
    other than a source ("Villagers fled north. About 700 crossed the river"; not "Officials said
    the harvest was poor. Some 4,760 were planted late"); else ""."""
    if s_start <= 0:
        return ""
    before_start = max(sc.sentence_bounds(s_start - 1)[0], s_start - CARRIED_REACH)
    last = sc.last_count
    if last is not None and before_start <= last.core[0] < s_start:
        if (
            last.unit == "count"
            and verb_end >= 0
            and (people := _people_before_place(sc, last, before_start, verb_end))
        ):
            return people.unit
        return last.unit if last.unit in COUNT_UNITS else ""
    if not active:
        return ""
    words = tokens(sc.body[before_start:s_start])
    for i, word in enumerate(words):
        lower = word.lower()
        if (lower in PEOPLE_NOUNS and lower.endswith("s") or is_demonym_plural(word)) and not (
            i + 1 < len(words) and words[i + 1].lower() in CARRIED_SOURCE_VERBS
        ):
            return "people"
    return ""


PLACE_NAMED_REACH = 40  # characters after a carried subject's verb read for the place it is in
RECENT_COUNTS = 12  # the latest figures read for the people counted before a place


def _people_before_place(sc: Scanner, last: Figure, lo: int, verb_end: int) -> Figure | None:
    """The count of people before `last` (from `lo` on) when the clause after a carried subject's
    verb names `last`'s things as where they are ("were still in the centres", "were at the
    camps"): those things hold the people, who are the whole; else None."""
    noun = last.subject.rsplit(" ", 1)[-1].lower()
    if not noun.endswith("s") or len(noun) < 4:
        return None
    place = RE_PLACE_AFTER.match(sc.body, verb_end, verb_end + PLACE_NAMED_REACH)
    if place is None or noun not in place.group("words").split():
        return None
    for figure in reversed(sc.figures[-RECENT_COUNTS:]):
        if lo <= figure.core[0] < last.core[0] and figure.kind == "count" and figure.unit == "people":
            return figure
    return None


# where a carried subject is: "(still) in the centres", "at the camps", "in relief centres"
RE_PLACE_AFTER = re.compile(
    r"(?:\s+(?:still|now|also|only))?\s+(?:in|at|inside)\s+(?:the\s+|their\s+|its\s+)?(?P<words>[a-z]+(?:\s+[a-z]+)?)\b"
)


OF_THEM_REACH = 160  # characters before "N of them" read, in its sentence, for the people it stands for


def _demonym_adjective(words: list[str], i: int) -> bool:
    """Whether the demonym at `words[i]` with no plural "s" modifies the lower-case noun after it
    ("any other Maltese trade unionist", "Chinese firms"): an adjective, no persons counted."""
    following = words[i + 1] if i + 1 < len(words) else ""
    return (
        not words[i].endswith("s")
        and following.isalpha()
        and following.islower()
        and following not in NOUN_PHRASE_ENDS
    )


def _people_named_before(sc: Scanner, lo: int, start: int) -> str:
    """People or attacks when the last plural noun between `lo` and `start` names people or
    attacks (what "them" in "N of them" stands for, with no count before it in the sentence),
    "count" when it names things ("the boats: 40 of them sank" counts boats, not the crews counted
    in the sentence before), else ""."""
    words = tokens(sc.body[lo:start])
    for i in range(len(words) - 1, -1, -1):
        word = words[i]
        lower = word.lower()
        if (
            lower in PEOPLE_NOUNS
            and lower.endswith("s")
            or is_demonym_plural(word)
            and not _demonym_adjective(words, i)
        ):
            return "people"
        if lower in ATTACK_NOUNS and lower.endswith("s"):
            return "attacks"
        if _thing_noun(lower) and not is_s_adjective(lower):
            return "count"  # the nearest plural noun is of things
    return ""


# a verb of what persons do, right after "N others" with no count before it in the sentence ("and
# four others called victims", "two others were arrested"); things are sold, shipped, built
RE_PERSONS_DO_AFTER = re.compile(
    r"\s+(?:(?:were|are|was|have\s+been|had\s+been)\s+(?:arrested|charged|injured|hurt|killed|wounded|"
    r"detained|held|rescued|missing|convicted|sentenced|jailed|hospitalised|hospitalized|treated|questioned)"
    r"|called|said|told|died|fled|escaped|survived|joined|helped|ran|worked|testified|pleaded|refused)\b"
)


def _persons_do(body: str, end: int) -> bool:
    """Whether a verb of what persons do follows "N others" (RE_PERSONS_DO_AFTER)."""
    return RE_PERSONS_DO_AFTER.match(body, end) is not None


# a coordinated clause of its own after a comma ("..., and 5G users rose to"): a rate before it
# gives its unit to no bare number in it
RE_NEW_CLAUSE = re.compile(r"[,;]\s+(?:and|but|while|whereas)\s")


def _new_clause_between(sc: Scanner, start: int, end: int) -> bool:
    """Whether a new clause (RE_NEW_CLAUSE) opens and ends between `start` and `end`: its matches
    are found once per text (they cannot overlap), so a long sentence of bare numbers after a rate
    is not read again for each (RE_NEW_CLAUSE.search(sc.body, start, end), bisected)."""
    if sc.new_clauses is None:
        found = [m.span() for m in RE_NEW_CLAUSE.finditer(sc.body)]
        sc.new_clauses = ([s for s, _ in found], [e for _, e in found])
    starts, ends = sc.new_clauses
    at = bisect_left(starts, start)
    return at < len(starts) and ends[at] <= end


# a sentence opening "The number of patients ...": what its bare numbers count, to its end
RE_NUMBER_OF_OPENING = re.compile(r"(?:The|the)\s+(?:number|total)\s+of\s+([A-Za-z]+)")


RE_NUMBER_OF = re.compile(r"\b(?:number|total)\s+of\s+([A-Za-z]+)")
RE_LEVEL_WORD_BEFORE = re.compile(r"\b(?:to|at|from|reached|reaching|hit|stood\s+at)\s+\Z")
NUMBER_OF_REACH = 160  # characters before a bare number read for "the number of" its level is of


def _number_of_opening(body: str, s_start: int, start: int, cut: int | None = None) -> str:
    """People or attacks when the sentence before `start` opens "The number of" and a people or
    attack noun ("The number of patients waiting ... fell, to 5.26 million"), or names "the number
    of" them anywhere before a level word right before the number ("a 3.9 per cent increase in the
    number of members since the last census, to about 1.64 million"; `cut` is where the words before
    the number end, before an approximation), else ""."""
    if body.startswith(("The number of ", "The total of "), s_start):
        found = RE_NUMBER_OF_OPENING.match(body, s_start, start)
    elif (
        cut is not None
        and (
            body.find("number of", max(s_start, start - NUMBER_OF_REACH), start) >= 0
            or body.find("total of", max(s_start, start - NUMBER_OF_REACH), start) >= 0
        )
        and RE_LEVEL_WORD_BEFORE.search(body, max(s_start, cut - 12), cut)
    ):  # the cheap find first: most bare numbers have no "number of" before them
        matches = list(RE_NUMBER_OF.finditer(body, max(s_start, start - NUMBER_OF_REACH), start))
        found = matches[-1] if matches else None  # the last one before the number
    else:
        return ""
    noun = found.group(1).lower() if found else ""
    return "people" if noun in PEOPLE_NOUNS else "attacks" if noun in ATTACK_NOUNS else ""


def _clause_counts_things(before: list[str]) -> bool:
    """Whether the first plural noun of the words before a be-verb (the clause's subject, read back
    to a mark or a word of vocab.CLAUSE_OPENERS) names things, not people or attacks ("Actual
    starts in towns of ... were")."""
    start = max((i + 1 for i, w in enumerate(before) if w in ",;:" or w.lower() in CLAUSE_OPENERS), default=0)
    for word in before[start:-1]:
        lower = word.lower()
        if lower in PEOPLE_NOUNS or word in PEOPLE_NOUNS or lower in ATTACK_NOUNS or is_demonym_plural(word):
            return False
        if word.islower() and lower.endswith("s") and not lower.endswith("ss") and len(lower) > 3:
            return True
    return False


RE_ANIMAL_GROUP_OF_BEFORE = re.compile(
    rf"(?<![\w-])(?:a|an|the|its|their|her|his)\s+(?:{N.alternation(ANIMAL_GROUP_NOUNS)})\s+of\s+\Z",
    re.IGNORECASE,
)
RE_PARENT_OF_BEFORE = re.compile(rf"(?<![\w-])(?:{N.alternation(PARENT_NOUNS)})\s+of\s+\Z", re.IGNORECASE)


# what follows a verb's "-s" after "a family of N" rather than a plural noun: an amount or a
# determiner opening its object ("a family of four spends $900", "needs a bigger flat")
RE_VERB_OBJECT_AFTER = re.compile(
    rf"\s+(?:[$£€]|\d|(?:a|an|the|about|around|more|less|at\s+least|its|their|his|her|our|every|all"
    rf"|{N.SMALL_WORD})\s)"
)
# "a crew of", "a wedding party of", "the parish's choir of", "Fiji's team of": a group of people,
# its determiner or owner and at most one modifier before it, right before a number
RE_GROUP_OF_BEFORE = re.compile(
    r"(?<![\w-])(?:(?:a|an|the|its|their|his|her)\s+(?P<owner>[a-z][a-z-]*['’]s\s+)?|(?P<name>[A-Z][\w.-]*['’]s\s+))"
    rf"(?P<modifier>[a-z][a-z-]*\s+)?(?P<group>{N.alternation(PEOPLE_GROUP_NOUNS)})\s+of\s+\Z",
    re.IGNORECASE,
)
GROUP_OF_REACH = 60  # characters before the number read for the group and its determiner


def _parent_of(body: str, start: int) -> bool:
    """Whether "father of", "mother of" or "parent of", or a group of people ("a crew of"), stands
    right before a number."""
    if not body.endswith("of ", 0, start):
        return False
    if RE_PARENT_OF_BEFORE.search(body, max(0, start - 20), start):
        return True
    group = RE_GROUP_OF_BEFORE.search(body, max(0, start - GROUP_OF_REACH), start)
    if group is None or "Group" in group.group(0):
        return False  # "the Group of 20" is a name
    # "a lobby group of 1,200 game makers", "the bloc's group of 20": firms or countries may make up
    # a group that is owned or described; only a bare "a group of" is persons
    return group.group("group").lower() not in ("group", "groups") or not (
        group.group("owner") or group.group("name") or group.group("modifier")
    )


# a waiting list counts the people on it ("the waiting list rose to 612,000", "waitlists hit")
WAITING_LIST_WORDS = frozenset(("list", "lists", "waitlist", "waitlists"))
# ... and "the list" alone after one, in the text shortly before ("The audit of waiting lists ...
# Removing them would cut the list to 1,983"): the same list, its people
RE_WAITING_LIST = re.compile(r"wait(?:ing\s+)?lists?\b")
WAITING_LIST_REACH = 800  # characters before "the list" read for the waiting list it carries


def _waiting_list_before(sc: Scanner, start: int) -> bool:
    """Whether a waiting list is named within WAITING_LIST_REACH characters before `start`."""
    return RE_WAITING_LIST.search(sc.lower, max(0, start - WAITING_LIST_REACH), start) is not None


# ... or a list its modifier names as one of patients ("the outpatient list at 9,100", "the
# inpatient and day-case list stood at"): its people, with or without a waiting list before
PATIENT_LIST_MODIFIERS = frozenset(
    "outpatient outpatients inpatient inpatients day-case surgical elective transplant".split()
)
LIST_MODIFIER_WORDS = 4  # words read back from "list" to its determiner
# words of an aside between commas right after a list ("the list, for operations, stood at")
LIST_ASIDE_WORDS = 6


def _patient_list(before: list[str], i: int, waiting: Callable[[], bool]) -> bool:
    """Whether the list word at before[i] is a waiting list: "waiting list", "waitlist", a list a
    patient modifier names (PATIENT_LIST_MODIFIERS), or "the list" (its modifiers between) after a
    waiting list shortly before (`waiting()`)."""
    if before[i].lower().startswith("wait"):
        return True
    for back in range(i - 1, max(-1, i - 1 - LIST_MODIFIER_WORDS), -1):
        word = before[back].lower()
        if word in PATIENT_LIST_MODIFIERS or word in ("waiting", "wait"):
            return True
        if word in ("the", "its", "their"):
            return waiting()
        if not word.replace("-", "").isalpha():
            return False
    return False


def _list_aside_open(before: list[str], i: int) -> int:
    """The index of the comma opening an aside that the comma at before[i] closes, right after a
    list word ("the inpatient list, for operations, stood at 3,100"), else -1."""
    for j in range(i - 1, max(0, i - 1 - LIST_ASIDE_WORDS), -1):
        if before[j] == ",":
            return j if j and before[j - 1].lower() in WAITING_LIST_WORDS else -1
        if not before[j].isalpha():
            return -1
    return -1


FACT_BOX_LABEL_WORDS = 4  # words of a fact box's label read back from its colon, at most
# the words of a box that counts cases, for its bare label "Active:" (active cases)
RE_CASE_BOX = re.compile(r"\b(?:cases|deaths|recovered|recoveries|infections)\b", re.IGNORECASE)
CASE_BOX_REACH = 160  # characters either side of a bare "Active:" line read for a case count's words


def _case_box_near(sc: Scanner, start: int) -> bool:
    """Whether words of a case count (RE_CASE_BOX) stand within CASE_BOX_REACH characters of start."""
    return RE_CASE_BOX.search(sc.body, max(0, start - CASE_BOX_REACH), start + CASE_BOX_REACH) is not None


def _person_state_label(words: list[str], case_box: Callable[[], bool]) -> bool:
    """Whether the words before a colon end in a whole label that counts persons by their state
    (FACT_BOX_PERSON_LABELS), opening its line or following a heading's colon: "Missing", "In
    hospital", "Confirmed dead"; "Active" only near words of a case count (`case_box()`)."""
    for n in range(1, FACT_BOX_LABEL_WORDS + 1):
        if n > len(words) or not words[-n][0].isalpha():
            return False
        if n < len(words) and words[-n - 1][0].isalpha():
            continue  # not yet the label's first word
        label = [w.lower() for w in words[-n:]]
        if label[0] in FACT_BOX_LABEL_QUALIFIERS and len(label) > 1:
            label = label[1:]
        if not words[-n][0].isupper():
            return False
        text = " ".join(label)
        if text == "active":
            return case_box()
        return text in FACT_BOX_PERSON_LABELS
    return False


TOLL_NEAR = 6  # words back from a bare number to a toll read across any mark
TOLL_REACH = 10  # words back from a bare number to a toll in its clause


def _toll_before(before: list[str]) -> bool:
    """Whether a toll stands among the last TOLL_NEAR words before a bare number ("the toll, which
    had stood at 40"), or among the last TOLL_REACH with no mark between ("Slovenia's road toll
    for the whole of 2025 was 102"): the number counts its dead."""
    for back, word in enumerate(reversed(before[-TOLL_REACH:])):
        if word.lower() == "toll":
            return True
        if back >= TOLL_NEAR - 1 and word in (",", ";", ":", ".", "(", ")"):
            return False
    return False


def _period_label_slash(before: list[str], i: int) -> bool:
    """Whether the slash at before[i] joins a period label's letters ("y/y", "q/q", "m/m" after a
    change: "rose 11.6% y/y to 1.46 crore"), which names a period (rules, table 8), not a break
    in the clause."""
    return (
        0 < i < len(before) - 1 and len(before[i - 1]) == 1 and before[i - 1].lower() == before[i + 1].lower()
    )


# A poll's or a survey's sample right before a bare number ("the full sample of 1,230", "sample
# size 2,045", "a sample size of 1,000"): the persons polled, as "a panel of 800" (rules, table 4:
# people interviewed); a bare number is no lab's samples, which are counted by their noun ("5,600
# samples")
SAMPLE_LINKS = frozenset(("of", ":", "is", "was", "size", "sizes"))


def _sample_before(before: list[str]) -> bool:
    """Whether a poll's sample names the bare number after `before` (above): "sample" and at most
    two linking words ("size", "of", a colon, "was") right before it."""
    words = [w.lower() for w in before[-3:]]
    while words and words[-1] in SAMPLE_LINKS:
        words.pop()
    return words[-1:] in (["sample"], ["samples"])


def _unit_of_words(
    before: list[str],
    last_word: str,
    court: Callable[[], bool] = lambda: False,
    case_box: Callable[[], bool] = lambda: False,
    waiting: Callable[[], bool] = lambda: False,
) -> str:
    """People or attacks as the words before a bare number name them (`last_word` is the last one,
    lower-case): a people verb right before it, a parent's children, a toll, or a counted noun
    earlier in its clause; cases of an offence named right before them ("the active criminal
    cases ... climbed to 3,900"), or any cases in court copy (`court()`), are things counted."""
    if last_word in PEOPLE_VERBS:
        return "people"
    if last_word == "to" and len(before) > 1 and before[-2].lower() == "home":
        return "people"  # "the island, home to 3,400,": its population
    if last_word == "of" and len(before) > 1 and before[-2].lower() in PARENT_NOUNS:
        return "people"  # "a father of three"
    if (
        last_word == "of"
        and len(before) > 2
        and before[-2].lower() in PEOPLE_GROUP_NOUNS
        and before[-2] != "Group"  # "the Group of Seven": a name
        and before[-3].lower() in ("a", "an", "the", "its", "their", "his", "her")
    ):
        return "people"  # "a team of 12", "a table of 10": the group's members
    if (
        last_word == "of"
        and len(before) > 2
        and before[-2] in PLACE_NOUNS  # lower case: "the Town of Oakville" is a name
        and before[-3].lower() in ("a", "an", "the", "this", "that", "its", "their")
    ):
        return "people"  # "the town of 3,050", "a city of 2 million": its population
    if _toll_before(before):
        return "people"
    if _sample_before(before):
        return "people"  # "the full sample of 1,230", "sample size 2,045": the persons polled
    if last_word == "of" and [w.lower() for w in before[-3:-1]] == ["in", "front"]:
        return "people"  # "won 30-12 in front of 21,730": a bare number before which one plays is a crowd
    # the counted noun earlier in the same clause: "deaths increased 43% to 136,000"
    after_colon = False
    aside = False  # inside a bracketed aside between a label and its colon ("Population (2021 census):")
    list_aside = len(before)  # the opening comma of an aside after a list word, read past
    for i in range(len(before) - 1, -1, -1):
        original = before[i]
        if i >= list_aside:
            continue
        if aside:
            aside = original != "("
            continue
        if original == ")" and after_colon and i == len(before) - 2:
            aside = True
            continue
        if original[0].isdigit():
            if original.endswith((",", ";")) and not (i == len(before) - 2 and last_word == "to"):
                break  # "landlords in 2024, 3,000 fewer": the comma after the year ends the clause
            continue  # a number: no noun, and no end of the clause
        word = original.lower()
        if word in ("and", "or") and i and before[i - 1].lower() in PEOPLE_VERBS:
            continue  # "people killed or seriously injured dropped to 29,537": one noun phrase
        if word == "," and i == len(before) - 2 and last_word == "to":
            continue  # "the county's population grew 8% over ten years, to 61,400": the new level of what grew
        if word == "," and i == len(before) - 2 and last_word in NUMBERING_ASIDES:
            continue  # "Court clerks across the county, numbering 1,200,": the aside counts the noun before it
        if word == ":" and i == len(before) - 1:
            if _person_state_label(before[:i], case_box):
                return "people"  # a disease or disaster box's "Missing: 12", "Recoveries: 4,210"
            after_colon = True
            continue  # "so few people live there: 57,190": the colon leads to the figure of its clause
        if after_colon and _thing_noun(word) and not is_s_adjective(word):
            break  # "Officials counted the boats: 40 of them sank": the things nearest the colon
        if after_colon and word in PEOPLE_VERBS and (i == 0 or not before[i - 1][0].isalpha()):
            return "people"  # a fact box's label "Injured: 140", "Displaced: 12,400": the persons
        if word == "," and (opened := _list_aside_open(before, i)) >= 0:
            list_aside = opened  # "the inpatient list, for operations, stood at 3,100": the list's figure
            continue
        if not word[0].isalnum() or word in ("and", "or") or word in CLAUSE_BREAKS:
            if word not in ("%",) and not (word == "/" and _period_label_slash(before, i)):
                break
        if word in ("cases", "case") and (
            any(w.lower() in OFFENCE_NOUNS for w in before[max(0, i - 3) : i])
            or _court_words_after(before[i + 1 :])
            or court()
        ):
            return "count"  # "the number of criminal cases rose to 3,900": prosecutions counted
        if word in ("population", "populations") and i and before[i - 1].lower() in ANIMAL_NOUNS:
            return "count"  # "the rhino population stands at 2,318": animals, not people
        if (
            word in WAITING_LIST_WORDS
            and not (i == len(before) - 2 and last_word == "of")  # "the list of 40 projects"
            and _patient_list(before, i, waiting)
        ):
            return "people"  # "waiting lists hit 612,000", "cut the list to 1,983" after one: its people
        if (
            i + 1 < len(before)
            and word in PEOPLE_NOUNS
            and word.endswith("s")
            and before[i + 1] in COURT_NOUNS
        ):
            continue  # "the magistrates courts": persons naming the court the cases are in
        if (
            i + 1 < len(before)
            and not word.endswith("s")
            and _thing_noun(before[i + 1])
            and not (
                before[i + 1] in LEVEL_VERBS_PRESENT
                and (i + 2 == len(before) or i + 3 == len(before) and last_word in ("at", "to"))
            )
        ):
            continue  # "licensed delivery vans passed 4 million": a modifier of the counted things
        if (
            word in PEOPLE_NOUNS
            or original in PEOPLE_NOUNS
            or word in AUDIENCE_NOUNS
            or is_demonym_plural(original)
            # a doer's plural right after "and", right before the number: "and conductors 30,000"
            # (a gapped amount, figures/compose.py), not a verb of the clause ("hovers at 40")
            or i == len(before) - 1
            and i
            and before[i - 1].lower() == "and"
            and original.islower()
            and is_person_agent(word)
        ) and word not in PEOPLE_VERBS:
            if _passive_agent(before, i):
                continue  # "Motorbikes impounded by traffic police rose to 2,900": the motorbikes
            return "people"
        if word in ATTACK_NOUNS:
            return "attacks"
        if word.isalpha() and _from_number_noun(before, i):
            return (
                ""  # "ridership ... from 2.63 million journeys a week to 3.1 million": the journeys, carried
            )
    return ""


AGENT_MODIFIER_WORDS = 2  # words between "by" and the agent's noun ("by traffic police", "by the officers")


def _passive_agent(before: list[str], i: int) -> bool:
    """Whether the persons' noun at before[i] is the agent after "by" of a participle ("seized by
    officers", "impounded by traffic police", "caused by the rebels"): the doer, not the noun of the
    clause a bare number counts."""
    for j in range(i - 1, max(0, i - 2 - AGENT_MODIFIER_WORDS), -1):
        word = before[j].lower()
        if word == "by":
            return j > 0 and before[j - 1].lower().endswith(("ed", "en"))
        if not word.isalpha():
            return False
    return False


# the participles that set a count off as an aside after its noun ("Nurses at the hospital,
# numbering 640, stayed away"): the noun before the comma is counted
NUMBERING_ASIDES = frozenset(("numbering", "totalling", "totaling"))


def _court_words_after(words: list[str]) -> bool:
    """Whether the words after "cases", to a bare number's verb, take them before a court or name
    them pending or filed ("Cases pending before the labour tribunal rose to 4,312", "cases filed
    in the high court"): lawsuits or prosecutions (vocab.OFFENCE_NOUNS, COURT_PARTICIPLES), not
    disease cases ("cases pending confirmation", PENDING_TEST_WORDS)."""
    lowered = [w.lower() for w in words]
    for i, word in enumerate(lowered):
        if word == "pending" and lowered[i + 1 : i + 2] and lowered[i + 1] in PENDING_TEST_WORDS:
            return False
        if word in OFFENCE_NOUNS or word in COURT_PARTICIPLES:
            return True
    return False


COUNTED_DAYS_LOOKBACK = 64  # the latest figures read for counted days before an average


def _counted_days_before(sc: Scanner, start: int) -> bool:
    """Whether counted days (unit `days`, kind `count`) stand earlier in the sentence of `start`."""
    s_start = sc.sentence_bounds(start)[0]
    recent = sc.figures[-COUNTED_DAYS_LOOKBACK:]
    return any(f.unit == "days" and f.kind == "count" and s_start <= f.start < start for f in recent)


# verbs in the present that state the level a noun reaches, as timelines and headlines write them
# ("Employment peaks at 2,075", "Enrolment tops 900"): the verb, not a plural noun the noun before
# it would modify ("delivery vans passed 4 million"), when only the number or "at"/"to" follows
LEVEL_VERBS_PRESENT = frozenset("peaks tops hits reaches nears passes totals stands".split())


# plural nouns that name how many of the noun before them there are ("passenger numbers"), not
# things; "movements" as airports and ports count people passing through ("passenger movements
# rose to 6.1 million"; "aircraft movements" count flights)
QUANTITY_NOUNS = frozenset("numbers totals figures counts levels tallies volumes movements".split())


# "the number of" and up to three words to its noun ("the number of daily services")
RE_NUMBER_OF_NOUN = re.compile(r"\b(?:number|total)\s+of\s+((?:[a-z][a-z-]*\s+){0,2}[a-z][a-z-]*)\b")


def _things_numbered(body: str, after: int, start: int) -> bool:
    """Whether "the number of" things other than people or attacks stands between a count (ending
    at `after`) and a bare number at `start`: the bare number counts those things."""
    if body.find(" of ", after, start) < 0:  # the cheap test first
        return False
    found = list(RE_NUMBER_OF_NOUN.finditer(body, after, start))
    if not found:
        return False
    words = found[-1].group(1).split()
    head = next((w for w in words if w.endswith("s") and not w.endswith("ss")), "")
    return bool(head) and _thing_noun(head)


def _thing_noun(word: str) -> bool:
    """A plural noun in small letters that names neither people nor attacks, nor a quantity of the
    noun before it ("cars", "camps"; not "numbers")."""
    return (
        word not in QUANTITY_NOUNS
        and word.islower()
        and word.endswith("s")
        and not word.endswith("ss")
        and len(word) > 3
        and word not in PEOPLE_NOUNS
        and word not in ATTACK_NOUNS
    )


def _from_number_noun(before: list[str], i: int) -> bool:
    """Whether before[i] is the noun right after the number that "from" opens ("from 2.63 million
    trips"): the noun a later "to N" in the clause carries."""
    j = i - 1
    if j > 0 and before[j].lower() in N.SCALE_WORDS:
        j -= 1  # "from 2.63 million journeys": the digits before the scale word
    return j > 0 and before[j][0].isdigit() and before[j - 1].lower() == "from"


# a day, week, stage, leg or round of a trip, a race, a draw or a programme numbered in words at the
# head of a sentence or a line ("Day three follows the old track", "Stage two, from the coast, is
# flat", "Round two offers will issue"): a position like "game six" (rules, table 8); "a day three
# weeks later" is no label
RE_STAGE_LABEL_BEFORE = re.compile(r"(?:^|[.!?:]\s+|\n)(?:Day|Week|Stage|Leg|Round)\s\Z")
# ... and a project's or a scheme's phase, stage or tranche numbered in words anywhere ("phase two
# of the metro", "the stage three works", "Tranche Two opens"): its name, as "Phase 2" is (rules,
# table 8); "three phases", "two stages" count them (the number stands before the noun)
RE_PHASE_LABEL_BEFORE = re.compile(r"(?<![\w-])(?i:phase|stage|tranche)\s\Z")


# A number word after "a" or "an" with no noun after it, only a stop or a preposition, names a
# thing, not a quantity: cricket's boundaries ("cleared the rope with a six over long-on", "a four
# through cover"), a card or a die's face ("drew a seven"). "a three bedroom flat" counts its noun,
# and "a two to three-week wait" and "a two or three-day trip" are ranges.
SMALL_NAMED_NUMBERS = frozenset(w for w, n in N.UNIT_WORDS.items() if 2 <= n <= 12)  # "two" to "twelve"
RE_A_BEFORE = re.compile(r"(?<![\w-])[Aa]n?\s\Z")
RE_NAMED_NUMBER_AFTER = re.compile(
    r"\s*(?:[,.;:!?)](?!\d)|\Z)"
    r"|\s+(?:over|through|into|onto|off|past|down|behind|and|in|on|at|for|from|with|as|was|is|that|which)\b"
)


# "number" right before a number word names a rank or a place ("the world number one", "the
# number two seed"; rules, table 8: "world number two"), not a count
RE_RANK_NUMBER_BEFORE = re.compile(r"\b[Nn]umber\s+\Z")


def _word_count_ok(sc: Scanner, start: int, end: int, text: str) -> bool:
    """Whether a number word counts something here (not "zero", "one of", a fraction)."""
    lower = text.lower()
    if not sc.sentence_start_or_lower(start, text):
        return False
    if lower in ("zero",):
        return False
    if (
        lower in SMALL_NAMED_NUMBERS
        and RE_A_BEFORE.search(sc.body, max(0, start - 4), start)
        and RE_NAMED_NUMBER_AFTER.match(sc.body, end, end + 10)
    ):
        return False  # "cleared the rope with a six": a thing named by a number (see above)
    after = sc.body[end : end + 24]
    if RE_ONE_OF.match(after) and lower == "one":
        return False
    if RE_FRACTION_AFTER.match(after):
        return False
    if RE_STAGE_LABEL_BEFORE.search(sc.body, max(0, start - 8), start):
        return False  # "Day three follows the coast", "Stage two, from A to B": a numbered stage
    if RE_PHASE_LABEL_BEFORE.search(sc.body, max(0, start - 8), start):
        return False  # "phase two of the line": a numbered phase
    if RE_RANK_NUMBER_BEFORE.search(sc.body, max(0, start - 8), start):
        return False  # "the world number one despite the defeat": a rank (rules, table 8)
    if names.position_compared(sc.body, start, end):
        return False  # "from a gate wider than nine": a starting position (rules, table 8)
    if lower == "one":
        if RE_ONE_VERB_AFTER.match(sc.body, end):
            return False  # "One suspects that ...": the pronoun and its verb
        time_word = RE_NEXT_LOWER.match(sc.body, end)
        if (
            time_word
            and time_word.group(1) in UNTOLD_TIME_WORDS
            and one_time_untold(sc, start, time_word.end())
        ):
            return False  # "One afternoon, the mayor resigned": a time left untold
        unit, *_ = count_unit_after(sc, end)
        return bool(unit) or one_quantifies(sc.body, start, end)
    return True


# the parts of the day and the seasons, after "one" opening a clause (durations.one_time_untold)
UNTOLD_TIME_WORDS = DAY_PARTS | frozenset(("summer", "winter", "spring", "autumn", "weekend"))
# "one" as the generic pronoun with its verb in the present ("One wonders why it took so long", "one
# suspects the answer is no", "one hopes that"): "one" counts only a singular noun, and an "s" form
# after it before a clause's opener is a verb (not the singular nouns in "s": "one bus", "one
# virus", "one crisis", "one series", "one class", "one atlas"); or a modal verb and the verb after
# it ("One can see why voters are angry", "one must not forget"; "one can of beans" counts a can)
RE_ONE_VERB_AFTER = re.compile(
    rf"\s+(?:[a-z]{{2,}}(?<![suiao])(?<!ie)s\s+(?:{'|'.join(sorted(SUBJECT_OPENERS))}|to|if|whether|how|what|why)\b"
    rf"|(?:{'|'.join(MODAL_VERBS)}|cannot|can't|can’t)\s+(?!of\b)[a-z])"
)


# "Dublin led by four at the break", "won by six": a game's margin after a verb of leading,
# trailing or winning and "by" is a count (of points, goals or runs) with no noun after it
RE_MARGIN_WORD_BEFORE = re.compile(
    r"\b(?:won|wins?|winning|led|leads?|leading|trailed|trails?|trailing|lost|los(?:es|ing)|beat(?:en|s|ing)?)"
    r"\s+by\s+\Z"
)
MARGIN_WORD_REACH = 20  # characters before the number word read for the verb and its "by"
# ... and a pitcher's strikeouts, the batters he struck out, written with no noun ("struck out
# nine", "striking out seven"): a count; "struck out two of the charges" is a part of a whole
RE_STRUCK_OUT_BEFORE = re.compile(r"\b(?:struck|strikes|striking|strike)\s+out\s+\Z")


# "from four to nine", "from six points to nine": a number word at either end of "from A to B"
# stands for a figure even with no noun after it (the pair shares one)
RE_FROM_TO_LOW_AFTER = re.compile(rf"\s+to\s+(?:\d|{N.WORD_NUMBER}\b)", re.IGNORECASE)
RE_FROM_TO_HIGH_BEFORE = re.compile(
    rf"\b[Ff]rom\s+(?:\d[\d,.]*|(?i:{N.WORD_NUMBER}))(?:\s+[a-z]+)?\s+to\s+\Z"
)
FROM_TO_REACH = 60  # characters before a pair's second number read for "from A [noun] to"


def _from_to_pair(body: str, start: int, end: int) -> bool:
    """Whether a bare number word is one end of "from A to B" ("Seats rose from four to nine",
    "the penalty from six points to nine")."""
    if body.endswith("from ", 0, start) or body.endswith("From ", 0, start):
        # the pair read as one match ("four to nine"), or its first number alone
        return " to " in body[start:end] or RE_FROM_TO_LOW_AFTER.match(body, end) is not None
    return body.endswith("to ", 0, start) and bool(
        RE_FROM_TO_HIGH_BEFORE.search(body, max(0, start - FROM_TO_REACH), start)
    )


# "five to 12 acres", "between two and 15 metres": a range whose low end is a word and high end
# digits (news spells out numbers under ten); the word takes the unit of the range's end. Not a
# clock time ("at five to 12."): a word follows the digits, and "at" does not stand before the pair.
RE_TO_DIGITS_AFTER = re.compile(r" (?P<join>to|and) \d[\d,.]*\s?[A-Za-z%$€£]")


def _dashed_range_ok(sc: Scanner, m: re.Match[str]) -> bool:
    """Whether two numbers joined by a dash with no plural noun after them are a range: after
    "between" ("between 7,000-7,500"), or both grouped in thousands ("1,200-1,500"), which no score,
    bowling figure or code is."""
    start = m.start("num")
    if sc.body[max(0, start - 8) : start].lower() == "between ":
        return True
    if (
        "." in m.group("num")
        and "." in m.group("num2")
        and RE_INTERVAL_BEFORE.search(sc.body, max(0, start - 28), start)
    ):
        return True  # "(95% CI 0.74-0.91)": a confidence interval, no score has decimals
    return "," in m.group("num") and "," in m.group("num2")


# the words that open a confidence interval's two ends ("95% CI 0.74-0.91", "confidence interval,
# 1.1-1.6")
RE_INTERVAL_BEFORE = re.compile(r"(?:\bCI|\b[Cc]onfidence\s+[Ii]nterval)[\s:,]*\Z")


def _low_of_digit_range(body: str, start: int, end: int) -> bool:
    """Whether a bare number word opens a range ended by digits ("five to 12 acres")."""
    found = RE_TO_DIGITS_AFTER.match(body, end)
    if found is None or body.endswith("at ", 0, start):
        return False
    return found.group("join") == "to" or body[max(0, start - 8) : start].lower() == "between "


# a number joined to a unit (glued or by a hyphen), then a plural noun: the noun a number word
# before it counts ("four 40ft containers")
# the whole of a part a number counts, a number word with no noun after it ("lost four of its last
# six", "won three of their five"): a count too, of what the part counts; not after "one" ("one
# of the two", "One of the three was freed": a pronoun's phrase, left as it was)
RE_PARTITIVE_WHOLE_BEFORE = re.compile(
    rf"(?<![\w-])(?:\d[\d,]*|(?!one\b){N.WORD_NUMBER})\s+of\s+(?:its|their|the|his|her|our|my|your)\s+"
    r"(?:(?:last|first|past|next|previous|final|remaining|opening)\s+)?\Z",
    re.IGNORECASE,
)
PARTITIVE_WHOLE_REACH = 60  # characters before the whole read for its part
# a number word standing for the noun the text has just counted, as the subject of a clause:
# at the head of a sentence before an auxiliary ("Of 300 bids, 210 won. Sixty were rejected on
# price", "Twelve have since reopened"), or after the whole named by "Of the N nouns," ("Of the
# 12 schools, three have closed"); "one" is a pronoun ("One was late") and gets no row, and a
# number word before a noun is read by the noun's rule
RE_AUXILIARY_AFTER = re.compile(r"\s+(?:were|are|have|had|will|would|could|remain|remained)\b")
SENTENCE_HEAD = r"(?:\A|[.!?][\"”’]?\s+|\n)"  # the start of a text, a sentence or a line
RE_SENTENCE_HEAD_BEFORE = re.compile(SENTENCE_HEAD + r"\Z")
RE_OF_WHOLE_HEAD_BEFORE = re.compile(
    SENTENCE_HEAD + r"Of\s+(?:the|its|their|these|those)\s+"
    r"(?:(?:\d[\d,]*|[a-z]+)\s+(?:[\w'’-]+\s+){0,2}[a-z]+s"
    # ... or a whole in digits whose noun a place or a state follows ("Of the 17 people in hospital,")
    r"|(?:\d[\d,]*|[a-z]+)\s+[a-z]+(?:\s+(?:in|at|on|still)\s+(?:the\s+|its\s+|their\s+)?[\w'’-]+){1,2}),\s\Z"
)
ELLIPTIC_REACH = 80  # characters before a number word read for the whole it is part of
# ... or after the head of a coordinated clause, with the count it stands for earlier in its sentence
RE_CLAUSE_HEAD_BEFORE = re.compile(
    r"(?:;|,\s+(?:and|but|while|whereas)|,?\s+and\s+(?:another|a\s+further))\s+\Z"
)
CLAUSE_ELLIPTIC_REACH = 200  # characters from that count to the number word


def _elliptic_subject(sc: Scanner, start: int, end: int) -> bool:
    """Whether a bare number word (not "one") is a clause's subject standing for nouns counted
    just before it (see RE_AUXILIARY_AFTER's note): a count read in the sentence before, or the
    whole named at its own sentence's head; with no count before, "Two were sold." names nothing."""
    body = sc.body
    if body[start:end].lower() == "one" or not RE_AUXILIARY_AFTER.match(body, end):
        return False
    if RE_OF_WHOLE_HEAD_BEFORE.search(body, max(0, start - ELLIPTIC_REACH), start) is not None:
        return True
    if body[start].islower() and RE_CLAUSE_HEAD_BEFORE.search(body, max(0, start - 12), start):
        # "Eleven passengers were hurt; two were flown to the capital", "Nine of the miners were
        # found, and four were taken to hospital": a coordinated clause after a count in its sentence
        last = sc.last_count
        return (
            last is not None
            and sc.sentence_bounds(start)[0] <= last.start
            and last.end <= start
            and start - last.end <= CLAUSE_ELLIPTIC_REACH
        )
    if not (body[start].isupper() and RE_SENTENCE_HEAD_BEFORE.search(body, max(0, start - 3), start)):
        return False
    last = sc.last_count
    return last is not None and last.end <= start and start - last.end <= ELLIPTIC_REACH


# a plural that names a kind of shot or leg by its digits ("four 3-pointers", "two 9-darters")
RE_KIND_COMPOUND_AFTER = re.compile(r"\s+(\d{1,2}[-‑](?:pointers|darters))\b")
# persons named by their age in a plural compound ("two 16-year-olds", "three under-fives", "40
# over-60s", "two six-month-olds"): the persons are counted (rules, table 4), the age is an age
RE_AGE_GROUP_NOUN_AFTER = re.compile(
    rf"\s+((?:\d{{1,3}}|{N.SMALL_WORD})[-‑](?:year|month|week)[-‑]olds"
    rf"|(?:under|over)-(?:\d{{1,3}}s|(?:{N.SMALL_WORD})s|[a-z]+ties))\b(?!-)",
    re.IGNORECASE,
)
RE_MEASURED_NOUN_AFTER = re.compile(r"\s+\d[\d,.]*-?[A-Za-z]{1,6}\s+([a-z]{3,}s)\b")
# ... and after a number word, the size spaced from its unit ("twelve 2 L jugs", "forty 5 kg bags",
# "two hundred 1.5 litre bottles"): two numbers in digits do not stand so in prose
RE_SPACED_MEASURED_NOUN_AFTER = re.compile(r"\s+\d[\d,.]*(?:-|\s)?[A-Za-z]{1,6}\s+([a-z]{3,}s)\b")


def measured_noun_after(body: str, end: int, words: bool) -> re.Match[str] | None:
    """The plural noun after a measured size right after a count ending at `end` (a size spaced
    from its unit only after a number word), or None."""
    pattern = RE_SPACED_MEASURED_NOUN_AFTER if words else RE_MEASURED_NOUN_AFTER
    return pattern.match(body, end, end + 40)


def _word_quantifies(sc: Scanner, end: int, one: bool = False) -> bool:
    """A number word quantifies when a content word follows it ("one more increase": after
    "one" the noun is singular)."""
    match = RE_FOLLOWING_WORD.match(sc.body, end, end + 30)
    if not match:  # "eight million 250ml bottles", "four 40ft containers": a measured noun
        return measured_noun_after(sc.body, end, True) is not None
    word = match.group(0).strip()
    if sc.body.startswith(" in a row", end):
        return True  # "lost three in a row", "won four in a row": consecutive games or occasions, counted
    if word.lower() in ("more", "fewer", "other", "additional", "further"):
        # "eight more picks", "two other suspects": a plural noun after the modifier
        noun = RE_FOLLOWING_WORD.match(sc.body, match.end(), match.end() + 30)
        plural = noun.group(0).strip().lower() if noun else ""
        if one:  # "one" was checked for idioms ("one more time") by one_quantifies
            return plural.isalpha() and plural not in FUNCTION_WORDS and plural != "than"
        return plural.endswith("s") and not plural.endswith("ss") and plural not in ("times", "than")
    return (
        word == "("
        or word.lower() not in FUNCTION_WORDS
        and word.lower()
        not in (
            "times",
            "more",
            "less",
            "fold",
            "percent",
            "per",
        )
    )


# "the two met in Geneva", "the three spoke by phone", "the two were charged", "all three now face
# an inquiry": "the" or "all" and a number word with no noun after it standing for persons named
# before are persons (a count, as an elided noun's: rules, table 4): a verb only persons do follows
# it, or a verb follows it and persons are named before it in its sentence (a title before a name,
# a persons' noun)
RE_REFERRING_BEFORE = re.compile(r"(?<![\w-])(?:[Tt]he|[Aa]ll)\s+\Z")
RE_REFERRING_ADVERB = r"(?:[a-z]+ly|later|also|then|now|again|both|still|last|first|have|had|will|would)\s+"
RE_PERSONS_ONLY_VERB_AFTER = re.compile(
    rf"\s+(?:{RE_REFERRING_ADVERB})?(?:met|meet|spoke|speak|talked|talk|shook\s+hands|embraced|hugged"
    r"|testified|pleaded|(?:were|are|have\s+been|had\s+been)\s+(?:charged|arrested|jailed|remanded"
    r"|sentenced|convicted|detained|questioned|acquitted|bailed))\b"
)
RE_REFERRING_VERB_AFTER = re.compile(rf"\s+(?:{RE_REFERRING_ADVERB})?(?P<verb>[a-z]+)\b")
REFERRING_AUXILIARIES = frozenset(AUXILIARY_VERBS)  # "the two were charged", "all three will face"
PERSON_REFERENT_REACH = 200  # characters before "the two" read for the persons it stands for
RE_PERSON_REFERENT = re.compile(rf"\b(?:(?:{'|'.join(sorted(PERSON_TITLES))})\.?\s+[A-Z]|[a-z]{{3,}}\b)")


RE_NAMED_PAIR = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?\s+and\s+[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?![\w'’-])")


def _persons_referred(sc: Scanner, start: int, end: int) -> bool:
    """Whether a number word after "the" or "all", with no noun after it, stands for persons named
    before it (RE_PERSONS_ONLY_VERB_AFTER, or a verb after it and a title or a persons' noun before
    it in its sentence, PERSON_REFERENT_REACH characters back)."""
    body = sc.body
    if not RE_REFERRING_BEFORE.search(body, max(0, start - 5), start):
        return False
    if RE_PERSONS_ONLY_VERB_AFTER.match(body, end, end + 40):
        return True
    verb = RE_REFERRING_VERB_AFTER.match(body, end, end + 40)
    if (
        verb is None
        or verb.group("verb") in FUNCTION_WORDS
        and verb.group("verb") not in REFERRING_AUXILIARIES
    ):
        return False
    lo = max(sc.sentence_bounds(start)[0], start - PERSON_REFERENT_REACH)
    for m in RE_PERSON_REFERENT.finditer(body, lo, start):
        word = m.group()
        # a title and a name, a persons' noun or its singular ("Mr Lavrov", "envoys", "envoy")
        if word[:1].isupper() or names_persons(word) or names_persons(f"{word}s"):
            return True
    # two names joined as the subject of a verb only persons do ("Ruto and Museveni met in Entebbe,
    # and the two agreed"): the persons "the two" stands for
    return any(
        RE_PERSONS_ONLY_VERB_AFTER.match(body, pair.end(), pair.end() + 40)
        for pair in RE_NAMED_PAIR.finditer(body, lo, start)
    )


ALL_REACH = 1500  # how far back the count that "all six" refers to is looked for


def _all_of_counted(sc: Scanner, start: int, num: str) -> Figure | None:
    """The count "all" and a number word with no noun after it refer back to ("matched all six
    numbers ... the odds of matching all six"): the latest count of the same number with its noun,
    nearby before it; None if there is none ("they won all six" with nothing counted before)."""
    if sc.body[max(0, start - 4) : start].lower() != "all ":
        return None
    value = N.normalise_number(N.parse_amount(num))
    low = max(0, start - ALL_REACH)
    # the counts ending in the reach, looked up by their end (the figures found after the number
    # word are not walked for each one), the nearest first
    counted = [
        fig
        for fig in sc.figures_ending_in(low, start)
        if low <= fig.core[0] < start and fig.kind == "count" and fig.value == value and fig.end > fig.core[1]
    ]
    return max(counted, key=lambda fig: fig.core[0], default=None)


# the rest of what was just counted, a number word with no noun after "the remaining" or "the
# other" ("the first two units ... with the remaining two to follow", "three are offline and the
# remaining five are running"): counted like the count with its noun before it in the sentence
RE_PLACE_WORD_OPENING = re.compile(r"^(?:first|last|next|final|initial)\s+")
RE_REST_BEFORE = re.compile(r"\b[Tt]he\s+(?:remaining|other)\s+\Z")
# ... and "the" alone, where a verb or a coordinator stands before it and the count with its
# noun is in the same sentence ("won the nine boxes in the new flats but lost the five in the
# older blocks", "took the three seats in the capital and the two in the south"); after a
# preposition "the two" names the sides of something ("talks stalled between the two")
RE_THE_BEFORE = re.compile(r"\b(?P<word>[a-z]+)\s+the\s+\Z")
# ... and the counts added to it: "another ninety", "a further two hundred", "six more by 2027",
# which may stand in the sentence after the count with its noun ("will add 212 rooms. The second
# project is another hundred and forty")
RE_ADDED_BEFORE = re.compile(r"\b(?:[Aa]nother|[Aa]\s+further)\s+\Z")
RE_MORE_AFTER = re.compile(r"\s+more\b")
RE_REST_END_AFTER = re.compile(
    r"\s*[,.;:)!?]|\s+(?:were|are|was|is|have|had|will|would|to|by|in|at|on|next|this|later)\b"
)
REST_REACH = 200  # characters back to the count with its noun
RE_WORD_RIGHT_BEFORE = re.compile(r"\b(?P<word>[a-z]+)\s+\Z")


# bare "points" added to a rate the sentence before named ("The tax went from 12 to 14 percent.
# ... that extra two points brings in $9m"): percentage points, as "points" in a sentence about a
# rate are (percent.poll_points)
RE_ADDED_POINTS_BEFORE = re.compile(
    r"\b(?:(?:that|those|the|these)\s+(?:extra|additional)|another|an\s+extra)\s+\Z", re.IGNORECASE
)


def _added_points(sc: Scanner, start: int) -> bool:
    """Whether bare points at `start`, added to something ("that extra two points"), are added to
    a rate in percent named in the sentence before (`percent.poll_points`)."""
    if not RE_ADDED_POINTS_BEFORE.search(sc.body, max(0, start - 24), start):
        return False
    s_start, _ = sc.sentence_bounds(start)
    if s_start <= 0:
        return False
    before_start, before_end = sc.sentence_bounds(s_start - 1)
    return poll_points(sc.lower[max(before_start, s_start - 400) : min(before_end, s_start)])


def _the_before(body: str, start: int) -> bool:
    """Whether "the" right before a number word at `start` follows a verb or a coordinator, not a
    preposition (RE_THE_BEFORE), and the number word is not "one" ("the one in Colombo")."""
    the = RE_THE_BEFORE.search(body, max(0, start - 24), start)
    return the is not None and the.group("word") not in PREPOSITIONS and not body.startswith("one", start)


def _rest_of_counted(sc: Scanner, start: int, end: int, added_ok: bool = True) -> Figure | None:
    """The count with its noun, before in its sentence, that "the remaining" or "the other" and a
    number word at `start`..`end` are the rest of (RE_REST_BEFORE), or, when `added_ok`, that
    "another" or "more" add to (RE_ADDED_BEFORE, RE_MORE_AFTER); None if there is none."""
    added = RE_ADDED_BEFORE.search(sc.body, max(0, start - 12), start) if added_ok else None
    more = None if added or not added_ok else RE_MORE_AFTER.match(sc.body, end)
    if not (added or more or RE_REST_BEFORE.search(sc.body, max(0, start - 16), start)) and not _the_before(
        sc.body, start
    ):
        return None
    if not RE_REST_END_AFTER.match(sc.body, more.end() if more else end):
        return None
    s_start, _ = sc.sentence_bounds(start)
    if added or more:  # the count added to may end the sentence before, in the same paragraph
        s_start = max(
            sc.body.rfind("\n\n", max(0, start - REST_REACH), start),
            sc.sentence_bounds(max(0, s_start - 1))[0],
        )
    low = max(s_start, start - REST_REACH)
    # the counts ending in the window, looked up by their end (not every figure found read again
    # for each number word: figures of other kinds after it in the text are never walked)
    counted = [
        fig
        for fig in sc.figures_ending_in(low, start)
        if fig.core[0] >= low and fig.kind == "count" and fig.end > fig.core[1] and fig.unit in COUNT_UNITS
    ]
    for fig in sorted(counted, key=lambda fig: fig.core[0], reverse=True):  # the nearest first
        before = RE_WORD_RIGHT_BEFORE.search(sc.body, max(0, fig.start - 12), fig.start)
        if before is not None and before.group("word") in PREPOSITIONS:
            continue  # "arrested 12 people in three raids; the other two": not the raids
        return fig
    return None


def _count_before_aside(sc: Scanner, last: Figure) -> Figure | None:
    """The count with its noun that a bare count `last` is compared with in an aside ("recorded
    nine robberies, down from 15,": compose.RE_COMPARED_ASIDE_GAP), or None."""
    if last.end != last.core[1]:
        return None
    for fig in reversed(sc.figures[-ASIDE_LOOKBACK:]):
        if fig.end <= last.start:
            if (
                fig.kind == "count"
                and fig.end > fig.core[1]
                and RE_COMPARED_ASIDE_GAP.fullmatch(sc.body, fig.end, last.start)
            ):
                return fig
            return None
    return None


ASIDE_LOOKBACK = 4  # figures read back for the count an aside compares (bounded: linear time)


def _past_aside(sc: Scanner, last: Figure, start: int) -> bool:
    """Whether the words before `start` open a gapped clause after a count and its compared aside
    ("recorded nine robberies, down from 15, and the rural parishes four")."""
    first = _count_before_aside(sc, last)
    return first is not None and bool(gapped_name(sc.body, first, sc.body[last.end : start]))


def _elided_word(sc: Scanner, start: int, end: int) -> bool:
    """Whether a number word with no noun after it leaves out the noun of the count before it
    ("17 shots to Rovers' nine", "Patel took 14 wickets and Khan took nine": compose.elided)."""
    last = sc.last_count
    if last is None or not last.end <= start:
        return False
    if _past_aside(sc, last, start) and RE_CLAUSE_END_AFTER.match(sc.body, end):
        return True  # "nine robberies, down from 15, and the rural parishes four"
    if start - last.end > ELIDED_GAP:
        return False  # too far for compose.elided (read first: the gap is not copied for each word)
    if last.end == last.core[1] and not gapped_name(sc.body, last, sc.body[last.end : start]):
        return False  # no count with its noun before it, nor a list of names and bare counts
    bare = Figure(start, end, (start, end), 0, "count", "count")
    return elided(last, bare, sc.body, sc.article.sentence_of) is not None


def _parallel_unit_word(sc: Scanner, start: int, end: int, num: str) -> bool:
    """Whether a number word with no noun after it leaves out the unit of the span, measurement or
    amount just before it, set in parallel by its verb ("took nine hours; the second took eleven":
    compose.parallel_verb_unit); a count between them is what it counts."""
    latest: Figure | None = None
    for fig in sc.figures_ending_in(max(0, start - ELIDED_GAP), start):
        latest = fig  # (by their end: the last is the nearest)
    if latest is None or latest.kind == "count" or latest.start >= start:
        return False
    value = N.normalise_number(N.parse_amount(num, None))
    bare = Figure(start, end, (start, end), value, "count", "count")
    return parallel_verb_unit(latest, bare, sc.body, sc.article.sentence_of) is not None


# ", including" right before a number word with no noun: a part of the count just before it
# ("12 new routes from Dublin, including four to Morocco", "30 people, including eight in Leeds")
RE_INCLUDING_BEFORE = re.compile(r",\s+including\s+\Z")


def _included_part(sc: Scanner, start: int, end: int, num: str) -> bool:
    """Whether a number word after ", including" is a part of the count with its noun before it
    in its sentence, and smaller than it: the part's noun is the whole's, left out."""
    if not RE_INCLUDING_BEFORE.search(sc.body, max(0, start - 16), start):
        return False
    last = sc.last_count
    if last is None or not _count_in_sentence_before(sc, start) or last.end == last.core[1]:
        return False
    part = N.normalise_number(N.parse_amount(num, None))
    return is_number(last.value) and is_number(part) and part < last.value


# a number word after a comma, "and" or "but", before a preposition, that lists another part
# beside a bare count of the same sentence standing for a noun counted before it ("14 ballot
# boxes, including two in Malé and three in Colombo", "11 were in Malé, three in Colombo", "eight
# will go to the domestic fleet and four to its regional arm"): counted as that part is
RE_LIST_JOIN_BEFORE = re.compile(r"(?:,|,?\s+(?:and|but))\s+\Z")
RE_PREPOSITION_AFTER = re.compile(r"\s+(?:in|at|on|to|from|for|into|by|with)\s")
LISTED_PART_REACH = 100  # characters from the bare count before to the number word, at most


def _listed_part(sc: Scanner, start: int, end: int) -> Figure | None:
    """The bare count before a number word that lists another part beside it (above), or None."""
    if not RE_PREPOSITION_AFTER.match(sc.body, end) or not RE_LIST_JOIN_BEFORE.search(
        sc.body, max(0, start - 8), start
    ):
        return None
    # (a bare count only: after a count with its noun compose.elided reads the gap)
    return _count_of_sentence_near(sc, start, LISTED_PART_REACH, noun=False)


def _count_of_sentence_near(sc: Scanner, start: int, reach: int, noun: bool) -> Figure | None:
    """The last count of persons or things (COUNT_UNITS) before `start` in its sentence, ending at
    most `reach` characters before it, with its noun after the number when `noun` or bare when
    not; or None."""
    last = sc.last_count
    if (
        last is None
        or (last.end > last.core[1]) != noun
        or last.unit not in COUNT_UNITS
        or not last.end <= start <= last.end + reach
        or not _count_in_sentence_before(sc, start)
    ):
        return None
    return last


# a number word right after the verb of a clause coordinated by "and" or "but", ending its clause
# or before a preposition, with a count and its noun earlier in the sentence: the object of the
# second verb is the same noun, left out ("sold 14 players in the summer and signed nine", "arrested
# 12 men and released four on bail"); "turned" and "aged" before a number give an age
RE_COORDINATED_VERB_BEFORE = re.compile(r",?\s+(?:and|but)\s+(?:[a-z]+ly\s+)?(?P<verb>[a-z]{3,})\s+\Z")
RE_OBJECT_END_AFTER = re.compile(rf"{N.CLAUSE_END}|{RE_PREPOSITION_AFTER.pattern}")
AGE_VERBS = frozenset(("turned", "aged"))
COORDINATED_OBJECT_REACH = 120  # characters from the count with its noun to the number word, at most


def _coordinated_object(sc: Scanner, start: int, end: int) -> Figure | None:
    """The count with its noun whose noun a number word after a coordinated verb leaves out
    (above), or None."""
    if not RE_OBJECT_END_AFTER.match(sc.body, end) or sc.body[start:end].lower() == "one":
        return None
    verb = RE_COORDINATED_VERB_BEFORE.search(sc.body, max(0, start - 40), start)
    if verb is None:
        return None
    word = verb.group("verb")
    if word in AGE_VERBS or not (word.endswith("ed") or word in IRREGULAR_PAST_VERBS):
        return None
    last = _count_of_sentence_near(sc, start, COORDINATED_OBJECT_REACH, noun=True)
    return last if last is not None and last.kind == "count" else None


# a count restated over another period after ", or" ("three capsules per dose, or six a day", "40
# visits a week, or about 160 a month"): a number word with no noun, then the period; "or two a
# day" alone with no count before it in the sentence is left as it was
RE_OR_BEFORE = re.compile(rf",\s+or\s+(?:(?:{N.alternation(APPROX_WORDS)})\s+)?\Z")
RESTATED_REACH = 60  # characters from the count before to ", or" at most


def _restated_per_period(sc: Scanner, start: int, end: int) -> bool:
    """Whether a number word is a count restated per another period (see RE_OR_BEFORE)."""
    if not RE_PERIOD_AFTER.match(sc.body, end) or not RE_OR_BEFORE.search(sc.body, max(0, start - 20), start):
        return False
    last = sc.last_count
    return (
        _count_in_sentence_before(sc, start)
        and last is not None
        and start - last.end <= RESTATED_REACH
        and last.unit in ("people", "count")
    )


def measured_before(sc: Scanner, start: int) -> Figure | None:
    """The measurement or amount ending last before `start` (found before the counts are scanned;
    indexed by end once per article, so each look-up is a bisection)."""
    if sc.measured_by_end is None:
        found = sorted((f.end, f.start, f) for f in sc.figures if f.kind in GAPPED_UNIT_KINDS)
        sc.measured_by_end = ([e for e, _, _ in found], [f for _, _, f in found])
    ends, figures = sc.measured_by_end
    at = bisect_right(ends, start) - 1
    return figures[at] if at >= 0 else None


def _gapped_digits(sc: Scanner, start: int, end: int) -> bool:
    """Whether a bare number after a capitalised name, which would read as part of the name ("the
    Nasdaq 100"), is a count in a clause that leaves out its verb and noun ("The Pirates took 2,317
    votes and the Social Democrats 845": compose.gapped_name) and ends there, or where the list's
    next gapped clause opens ("Voice of the Nation 28 and the Farmers Union 23")."""
    if not RE_CLAUSE_END_AFTER.match(sc.body, end) and not RE_NEXT_GAPPED_AFTER.match(sc.body, end):
        return False
    s_start, _ = sc.sentence_bounds(start)
    last = sc.last_count
    measured = measured_before(sc, start)  # "Aberdeen had 31 millimetres of rain and Inverness 24"
    if measured is not None and measured.start >= s_start and (last is None or last.end <= measured.start):
        return bool(gapped_name(sc.body, measured, sc.body[measured.end : start]))
    if last is None or not last.end <= start:
        return False
    return last.start >= s_start and (
        bool(gapped_name(sc.body, last, sc.body[last.end : start])) or _past_aside(sc, last, start)
    )


CONTRAST_REACH = 100  # characters between a figure and a bare number word set against it, at most
CONTRAST_KINDS = frozenset(
    ("duration", "other", "money", "count")
)  # a count: "Five workers, not four, were hurt"


# the words that set a bare number word against a figure before it ("five years, not two", "every
# 10 minutes instead of every five", "three years rather than two", "20 metres instead of the four")
RE_CONTRAST_WORD_BEFORE = re.compile(rf"\b(?:every|(?:{CONTRAST_WORD})(?:\s+the)?)\s\Z")


# "not three but four tonnes": a number word corrected in place, its unit written once after the
# correction (compose.carry_units gives it that unit): compose's "not" before A and "but" after it
RE_BUT_NUMBER_AFTER = re.compile(rf"{RE_BUT_GAP.pattern}(?:\d|(?i:{N.WORD_NUMBER})\b)")


def _corrected_word(body: str, start: int, end: int) -> bool:
    """Whether a number word with no noun after it is the "A" of "not A but B" (see above)."""
    return (
        RE_NOT_BEFORE.search(body, max(0, start - 6), start) is not None
        and RE_BUT_NUMBER_AFTER.match(body, end) is not None
    )


def _contrasted_word(sc: Scanner, start: int) -> bool:
    """Whether a number word with no noun after it follows "not", "every", "rather than" or
    "instead of" and is set against a span, a measurement or an amount just before it in its
    sentence (RE_CONTRAST_WORD_BEFORE): compose.carry_units gives it that figure's unit."""
    if not RE_CONTRAST_WORD_BEFORE.search(sc.body, max(0, start - 20), start):
        return False
    s_start, _ = sc.sentence_bounds(start)
    low = max(s_start, start - CONTRAST_REACH)
    return any(f.kind in CONTRAST_KINDS and low <= f.start for f in sc.figures_ending_in(low, start))


# one side of a vote's tally, its noun left out ("passed with 61 votes in favour and seven against",
# "eleven in favour, two against", "with nine against and two abstaining"): "against", "in favour"
# or "abstaining" ending the clause, in a sentence that speaks of a vote (a vote, a ballot, a motion,
# an abstention); "four against one" or "three against the plan" go on. Its voters are persons.
VOTE_TALLY_JOINS = "and|with|while|but"  # the words that go on to a tally's other side
RE_VOTE_SIDE_AFTER = re.compile(
    rf"\s+(?:against|in\s+favou?r|abstain(?:ing|ed))(?={N.MARK_END}|\s+(?:{VOTE_TALLY_JOINS})\b)"
)
RE_VOTE_WORD = re.compile(
    r"\b(?:vot(?:e|es|ed|ing)|ballot|motion|abstain(?:ed|ing)?|abstentions?|in\s+favou?r(?!\s+of))\b"
)  # ("with 31 in favour, 9 against": a side "in favour" is a vote's)
RE_VOTES_TO_BEFORE = re.compile(r"\bvotes\s+to\s\Z")
RE_VOTE_END_AFTER = re.compile(rf"(?={N.MARK_END}|\s+(?:{VOTE_TALLY_JOINS}|in|on)\b)")
VOTE_REACH = 160  # characters before a vote's side read for the word "vote", at most


RE_PASSED_AFTER = re.compile(r"\s+(?:have\s+|had\s+)?passed\b")


def _things_passed(sc: Scanner, start: int, end: int) -> bool:
    """Whether "passed" after the number ending at `end` follows a count of things earlier in its
    sentence ("Of the 12 bills, 9 passed"), so that what passed are those things, not persons who
    sat an examination (PEOPLE_ACTS)."""
    return (
        RE_PASSED_AFTER.match(sc.body, end, end + 20) is not None
        and _count_in_sentence_before(sc, start)
        and sc.last_count is not None
        and sc.last_count.unit not in ("people", "other")
    )


def _count_in_sentence_before(sc: Scanner, start: int) -> bool:
    """Whether a count stands before `start` in its sentence (sc.last_count): a vote's side with
    no noun takes its noun ("by 56 votes, with four against": votes), else it counts the voters."""
    last = sc.last_count
    return last is not None and last.end <= start and last.start >= sc.sentence_bounds(start)[0]


# A tally "A to B", two bare numbers joined by "to" with no noun after them and no "from" before
# them: in a sentence about a vote or a chamber's seats ("Senators voted 61 to 38", "the motion
# passed 312 to 290", "control the Senate 53 to 47", "in a 6 to 3 ruling") two counts of votes or
# seats, whichever side is the larger (as "by 41 votes to 29" is); in a sentence about a game's
# result and no vote ("beat Everton 3 to 1", "won 88 to 79", "led 54 to 50 at half-time") a
# scoreline, no row (rules, table 8). "rose from 9 to 5" is a change, "open 9 to 5" neither.
# the words of a vote itself
TALLY_VOTE_ITSELF = (
    r"vot(?:e|es|ed|ing)|ballot|motion|bill|amendment|resolution|nominee|nomination|ruling|ruled|abstentions?"
)
RE_TALLY_VOTE_WORD = re.compile(
    rf"\b(?:(?i:{TALLY_VOTE_ITSELF}|measure|ordinance|chamber|assembly|parliament|council|majority|seats|"
    r"lawmakers|legislators|senators|councill?ors|delegates|justices|jurors|MPs)|House|Senate)\b"
)  # (a sentence may open with the voters: "Delegates endorsed ...")
# ... a smaller side first ("failed 196 to 231") reads as a range elsewhere ("the council will hire
# 20 to 30"): a vote itself must be named
RE_TALLY_VOTE_ITSELF = re.compile(rf"\b(?i:{TALLY_VOTE_ITSELF})\b")
RE_GAME_RESULT_WORD = re.compile(
    r"\b(?<!-)(?:led|leads|leading|trailed|trails|trailing|edged|lost|defeated|routed|drew|tied|overtime|inning)\b"
)  # not the end of a hyphened adjective ("the BJP-led alliance", "a US-led coalition", "index-tied")
# a side's votes or seats: a whole number in digits or in words ("voted nine to four")
RE_TALLY_SIDE = re.compile(rf"\d{{1,3}}(?:,\d{{3}})?|{N.WORD_NUMBER}", re.IGNORECASE)
TALLY_REACH = 120  # characters either side of a tally read, in its sentence, for a vote or a game


def _tally_context(sc: Scanner, start: int, m: re.Match[str]) -> str:
    """ "vote", "sport" or "" for two bare numbers `m` joined by "to" (above)."""
    if (
        m.group("join").strip() != "to"
        or not RE_TALLY_SIDE.fullmatch(m.group("num"))
        or not RE_TALLY_SIDE.fullmatch(m.group("num2"))
        or m.groupdict().get("scale")
        or sc.body.endswith("from ", 0, start)
        or sc.change_pair(m)
    ):
        return ""  # "rose 148 to 8,410", "from 9 to 5": a change or a span
    s_start, s_end = sc.sentence_bounds(start)
    lo, hi = max(s_start, start - TALLY_REACH), min(s_end, m.end() + TALLY_REACH)
    ascending = N.parse_amount(m.group("num")) < N.parse_amount(m.group("num2"))
    if (RE_TALLY_VOTE_ITSELF if ascending else RE_TALLY_VOTE_WORD).search(sc.body, lo, hi):
        return "vote"  # ("passed by 61 to 38" too)
    if sc.body.endswith("by ", 0, start):
        return ""  # "grew by 12 to 9": a change
    window = sc.lower[lo:hi]
    if (not ascending and RE_SPORT_CUE.search(window)) or RE_GAME_RESULT_WORD.search(window):
        return "sport"  # (a smaller side first only after a result's own verb: "trailed 10 to 14")
    return ""


def _vote_side(sc: Scanner, start: int, end: int) -> bool:
    """Whether a number word with no noun after it is one side of a vote's tally
    (RE_VOTE_SIDE_AFTER, a vote named before it in its sentence), or the losing side after "votes
    to" ("passed by 40 votes to nine.")."""
    if sc.body.endswith(" to ", 0, start) and RE_VOTES_TO_BEFORE.search(sc.body, max(0, start - 12), start):
        return bool(RE_VOTE_END_AFTER.match(sc.body, end))
    if not RE_VOTE_SIDE_AFTER.match(sc.body, end):
        return False
    s_start, s_end = sc.sentence_bounds(start)
    return (
        RE_VOTE_WORD.search(sc.lower, max(s_start, start - VOTE_REACH), min(s_end, end + VOTE_REACH))
        is not None
    )


# a number word that a colon leads to, a hedge at most between, ending its sentence or followed by
# "in all" or "in total" ("The dead included children: at least nine.", "Firefighters hurt: two in
# all"): the figure the clause before the colon asks for, its noun named there
RE_COLON_FIGURE_END = re.compile(r"(?:\s+in\s+(?:all|total))?\s*(?:[.;!?)\"”’]|\Z)")


def _colon_figure(sc: Scanner, start: int, end: int) -> bool:
    """Whether a number word with no noun after it is the figure a colon leads to (above)."""
    _, cut = sc.approx_before(start)
    return sc.body[max(0, cut - 2) : cut].endswith((": ", ":\u00a0")) and bool(
        RE_COLON_FIGURE_END.match(sc.body, end)
    )


FARM_REACH = 300  # characters either side of a count of producers read for a farm text's word


def _farm_producers(sc: Scanner, start: int, value: Value) -> bool:
    """Whether producers counted at `start` are farmers: at least FARM_PRODUCERS_AT_LEAST of them,
    a farm text's word (vocab.FARM_WORDS) near the count."""
    if not isinstance(value, int | float) or value < FARM_PRODUCERS_AT_LEAST:
        return False
    cut = sc.approx_before(start)[1]
    if RE_PRODUCE_BOUGHT_FROM_BEFORE.search(sc.lower, max(0, cut - PRODUCE_BOUGHT_REACH), cut):
        return True  # "bought 41,500 tons of hazelnuts from 27,800 producers": growers selling a crop
    near = sc.lower[max(0, start - FARM_REACH) : start + FARM_REACH]
    return any(word in near for word in FARM_WORDS)


# a crop bought by weight or by the bag from the producers counted ("has bought 41,500 tons of
# hazelnuts from 27,800 producers", "collected 9,000 bags of coffee from"): they grow and sell it
RE_PRODUCE_BOUGHT_FROM_BEFORE = re.compile(
    r"\b(?:tons?|tonnes?|kilo(?:gram)?s|kg|bags|sacks)\s+of\s+(?:[a-z-]+\s+){1,2}from\s+\Z"
)
PRODUCE_BOUGHT_REACH = 60  # characters before the count read for the crop bought from them


# An examination's passes are the learners who passed (persons, rules table 4; p602): in exam copy
# (a text naming an exam, an examination or a pass rate) where no person owns them ("the school
# had two passes last year"), or where a school or a centre has them ("Chikofa Primary School,
# which had two passes last year", "the school had 41 passes"); a person's own passes ("she got
# five passes") and a game's passes ("completed 31 passes") stay things counted.
RE_EXAM_WORD = re.compile(r"\b(?:exam|exams|examination|examinations|pass\s+rates?)\b")
RE_PERSON_PRONOUN = re.compile(r"\b(?:he|she|his|her|i|my)\b")
PASSES_OWNER_REACH = 40  # characters before the count read for a person who has the passes
RE_SCHOOL_BEFORE = re.compile(r"\b(?:school|schools|centre|centres|center|centers|college|colleges)\b")
SCHOOL_REACH = 120  # characters of the sentence before "N passes" read for the school


def _learners_passed(sc: Scanner, start: int) -> bool:
    """Whether "passes" counted from `start` are learners who passed (above)."""
    if text_fact(sc, "exam copy", lambda: RE_EXAM_WORD.search(sc.lower) is not None) and (
        RE_PERSON_PRONOUN.search(sc.lower, max(0, start - PASSES_OWNER_REACH), start) is None
    ):
        return True
    s_start, _ = sc.sentence_bounds(start)
    return RE_SCHOOL_BEFORE.search(sc.lower, max(s_start, start - SCHOOL_REACH), start) is not None


# what follows a count standing on its own after a name's number and "and" (above)
RE_OWN_COUNT_AFTER = re.compile(r"\s+(?:in|at|on|for|of|from|across|other|more)\b")


# Whether an agent noun's plural ("cutters", "pickers", "sweepers", "monitors": vocab.AGENT_ENDINGS)
# counts persons or machines, tools, boats and firms is read off its clause: "who" after it (firms
# and machines take "which" or "that"), or a verb only persons do (vocab.AGENT_PERSON_VERBS,
# AGENT_PERSON_PHRASES; a participle of what is done to persons, AGENT_PERSON_PARTICIPLES, after
# "were" or "been") after it, a few auxiliaries and adverbs between ("6,000 grape harvesters
# migrated", "pickers who earn", "loaders have been laid off", "the tappers went on strike"); or a
# verb of taking persons on before its number (vocab.PEOPLE_VERBS: "hired 220 street sweepers",
# "laid off 300 developers", "has taken on 240 crane operators"), or a group of persons before it
# ("a team of nine surveyors"); or ", most of them women", ", including 300 women", ", of whom", "and
# their families" or an age after it; or a word of who persons are before it ("300 migrant
# cutters"). "bought three cotton pickers", "the cutters were sold", "12 monitors recorded" and
# "two carriers said" stay things.
AGENT_AUXILIARIES = frozenset(
    "also still then later now have has had were are was is will would could not been be all reportedly".split()
)
RE_AGENT_CLAUSE = re.compile(r"(?:,(?=\s+who\b))?[a-z' ]*")  # the words after the noun, to a mark
AGENT_VERB_REACH = 60  # characters after the noun read for its verb
AGENT_WORDS_READ = 5  # auxiliaries and the verb after them, at most
AGENT_PHRASE_WORDS = 4  # the longest of AGENT_PERSON_PHRASES ("walked off the job")
RE_LAID_OFF_BEFORE = re.compile(r"\blaid\s+off\s+\Z")
# hiring as "take on" says it: "took on 40 fitters"
RE_TAKEN_ON_BEFORE = re.compile(r"\b(?:take|takes|taking|took|taken)\s+on\s+\Z")
# a first object of a verb and "and" before a number: a number in digits or words, one to three
# words of its noun phrase, the last its head ("recruited 300 conductors and 150 signallers")
RE_JOINED_OBJECT_BEFORE = re.compile(
    rf"(?<![\w,.-])(?P<first>\d[\d,.]*|(?:{N.alternation(N.UNIT_WORDS | N.TENS_WORDS)})\b)"
    r"(?:\s+[a-z-]+){0,2}\s+(?P<head>[a-z-]+)\s+and\s+\Z",
    re.IGNORECASE,
)
JOINED_OBJECT_REACH = 60  # characters before the number read for the first object
RE_JOINED_NOUN_AFTER = re.compile(r"\s+(?:and|or)\s+([a-z][a-z-]*)(?![\w'’-])")
RE_AGENT_PEERS_AFTER = re.compile(
    r",\s+(?:most|many|all|some|half|nearly\s+all|almost\s+all)\s+of\s+(?:them|whom)\s+(?P<noun>[a-z]+)\b"
    r"|,?\s+including\s+(?:(?:about|some|nearly|around|almost|over)\s+)?[\d,]+\s+(?P<part>[a-z]+)\b"
    r"|,?\s+(?P<aged>aged)\s+\d"
    r"|(?P<whom>,\s+(?:of|among)\s+whom\b|\s+and\s+their\s+(?:families|children|wives|husbands|dependants|dependents)\b)"
)


# Donors to a public appeal, a charity or a crowdfunding page give as persons ("raised £1.2m from
# 8,400 donors", "3,912 donors" to a JustGiving page); a donor conference's donors are states and
# bodies, counted (a sentence naming neither is left to the other tests)
APPEAL_DONOR_HEADS = frozenset(("donors",))
RE_APPEAL_WORDS = re.compile(
    r"appeal|crowdfund|fundrais|gofundme|justgiving|charit|telethon|donation page|giving page"
)


def _appeal_donors(sc: Scanner, start: int, head_end: int) -> bool:
    """Whether the agent noun ending at `head_end` is donors in a sentence of a public appeal (above)."""
    if sc.lower[start:head_end].rsplit(None, 1)[-1] not in APPEAL_DONOR_HEADS:
        return False
    return RE_APPEAL_WORDS.search(sc.lower, *sc.sentence_bounds(start)) is not None


def _agent_persons(sc: Scanner, start: int, head_end: int) -> bool:
    """Whether an agent noun's plural counted from `start`, its noun phrase ending at `head_end`,
    names persons (above)."""
    if _appeal_donors(sc, start, head_end):
        return True
    # a word of who persons are before the doer's noun in its phrase ("400 women pickers", "300
    # migrant cutters", "child labourers"): the compound names persons ("40 patient monitors" and
    # "two passenger carriers" name what is made for persons)
    if not AGENT_PERSON_MODIFIERS.isdisjoint(sc.lower[start:head_end].split()[1:-1]):
        return True
    if _persons_fate_after(sc, head_end):
        return True
    body = sc.body
    cut = sc.approx_before(start)[1]
    if (
        sc.lower[start:head_end].rsplit(None, 1)[-1] in HIRED_VEHICLE_NOUNS
        and _verb_before(body, cut) in HIRE_VERBS
    ):
        return False  # "hired 40 coaches to take fans to the final": vehicles
    if (
        _after_taking_verb(body, cut)
        or _parent_of(body, cut)  # "a team of nine surveyors", "a crew of 14 riggers": its members
    ):
        return True
    # the second object of one taking verb ("recruited 300 conductors and 150 signallers"), or a
    # count joined to a count of persons ("48 athletes and 12 coaches": a list joins like with like)
    vehicle = sc.lower[start:head_end].rsplit(None, 1)[-1] in HIRED_VEHICLE_NOUNS
    joined = RE_JOINED_OBJECT_BEFORE.search(body, max(0, cut - JOINED_OBJECT_REACH), cut)
    if joined is not None and (
        (names_persons(head := joined.group("head").lower()) or is_agent_plural(head))
        and _after_taking_verb(body, joined.start("first"))
        or names_persons(head)
        and not (vehicle and head in RIDER_NOUNS)  # "3,000 passengers and 40 coaches": vehicles
    ):
        return True  # not "deploy 380 anti-smog guns and 1,100 water sprinklers"
    # the noun joined to persons in its own phrase ("26 coaches and officials", "tellers or clerks")
    partner = RE_JOINED_NOUN_AFTER.match(body, head_end, head_end + AGENT_VERB_REACH)
    if (
        partner is not None
        and names_persons(partner.group(1))
        and not (vehicle and partner.group(1) in RIDER_NOUNS)
    ):
        return True
    # persons said to be what they are (", most of them women"), or an age after it ("pickers
    # aged 14 to 17"); a list may join persons and machines ("120 soldiers and three excavators")
    after = RE_AGENT_PEERS_AFTER.match(body, head_end, head_end + AGENT_VERB_REACH)
    if after is None:
        return False
    noun = (after.group("noun") or after.group("part") or "").lower()
    return bool(after.group("aged") or after.group("whom")) or names_persons(noun)


def _goods_taken(sc: Scanner, start: int) -> bool:
    """Whether a number starting at `start` follows a verb of buying, making or fitting goods
    (vocab.THING_TAKING_VERBS: "bought 12 hedge-trimmers"): its agent plural is things."""
    return _verb_before(sc.body, sc.approx_before(start)[1]) in THING_TAKING_VERBS


def _persons_fate_after(sc: Scanner, head_end: int, who: bool = True) -> bool:
    """Whether the clause after a noun ending at `head_end` says what persons do or what is done to
    them ("who", "migrated", "were laid off", "walked off the job"; "who" only when `who`)."""
    clause = RE_AGENT_CLAUSE.match(sc.lower, head_end, head_end + AGENT_VERB_REACH)
    words = clause.group().replace(",", " ").split() if clause else []
    passive = False
    for i, word in enumerate(words[:AGENT_WORDS_READ]):
        if word in ("who", "whom"):
            return who
        if word in AGENT_AUXILIARIES:
            passive = passive or word in BE_WORDS  # ("were laid off")
            continue
        if word in AGENT_PERSON_VERBS or passive and word in AGENT_PERSON_PARTICIPLES:
            return True
        if " ".join(words[i : i + AGENT_PHRASE_WORDS]).startswith(AGENT_PERSON_PHRASES):
            return True
        break
    return False


def _after_taking_verb(body: str, start: int) -> bool:
    """Whether a number starting at `start` follows a verb of taking persons on or putting them to
    work (vocab.PEOPLE_VERBS, AGENT_TAKING_VERBS, "laid off", "took on"): its agent noun is persons."""
    verb = _verb_before(body, start)
    return (
        verb in PEOPLE_VERBS
        or verb in AGENT_TAKING_VERBS
        or RE_LAID_OFF_BEFORE.search(body, max(0, start - 12), start) is not None
        or RE_TAKEN_ON_BEFORE.search(body, max(0, start - 12), start) is not None
    )


def _after_people_verb(body: str, start: int) -> bool:
    """Whether a number word follows a verb whose object is people ("the crash killed nine,",
    "police arrested two on Friday"): vocab.PEOPLE_VERBS."""
    return _verb_before(body, start) in PEOPLE_VERBS


PARTY_VERB_HEADS = frozenset(("costs", "cost"))  # read as a plural noun after a party's number
RE_PARTY_FOR_BEFORE = re.compile(
    r"(?<![\d,.] )\b([A-Za-z][a-z]*)\s+for\s+\Z"
)  # "Dinner for two" opens a sentence
# what may follow the party's number word: a stop, or a word that opens no noun ("serves six as a
# main course"; a bill's total among them: "Lunch for four came to £164")
RE_PARTY_END_AFTER = re.compile(
    r"(?:[,.;:)!?]|\s+(?:at|as|but|and|or|with|without|in|on|from|if|is|was|costs?|came|comes|totalled|totaled)\b)"
)
# a price right after the party ("the tomahawk steak for two is £78", "a suite for two costs
# €410"): what the price buys is shared by the diners or guests, whatever the noun before "for"
RE_PARTY_PRICE_AFTER = re.compile(
    r"\s+(?:is|was|costs?|came\s+to|comes\s+to)\s+(?:(?:about|around|roughly|just|only)\s+)?"
    r"(?:[$£€¥₹₦]|[A-Z][A-Za-z]{0,2}\$?\s?(?=\d))"
)
# a price for the party ("about £60 for two, without drinks", "€90 for two with wine"): the diners
# the price is for; things sold by the number are the plural subject of "are" ("Dumplings are HK$48
# for eight", "Oysters were €18 for six"), counted, not diners
RE_PARTY_PRICE_FOR = re.compile(r"\s+for\s+\Z")
# ... and so are things a plural subject of "cost" names, or things sold at the price ("dumplings
# cost HK$48 for eight", "vendors sell mangoes at Rs 100 for six", "tilapia sells at ₦4,500 for
# three"), unless they are what a party books or eats (vocab.PARTY_NOUNS_BEFORE_FOR, PARTY_PRICED_NOUNS:
# "tickets cost £60 for two", "rooms go for €200 for two" are the guests)
RE_PRICED_THINGS_BEFORE = re.compile(
    r"(?:\b(?:are|were)"
    r"|\b(?P<things>[a-z]{3,}s)\s+(?:cost|sell\s+(?:at|for)|go\s+for|went\s+for|fetch|fetched|retail\s+at)"
    r"|\b(?:sell|sells|sold|selling)\s+(?P<sold>(?:[a-z]+\s+){0,2}[a-z]+)\s+(?:at|for)"
    r"|\b(?P<subject>[a-z]{3,})\s+(?:sells|sold|sell)\s+(?:at|for))"
    r"\s+(?:(?:about|around|roughly|just|only)\s+)?(?:[A-Z][A-Za-z]{0,2}\.?\s?)?\Z"  # a letter sign: "Rs 100"
)
PARTY_PRICED_NOUNS = PARTY_NOUNS_BEFORE_FOR | frozenset(
    "tickets seats passes packages fares cabins suites stays flights tours classes courses sessions".split()
)
PRICED_THINGS_REACH = 48  # characters back from the price to the things priced by the number


def _things_priced(body: str, start: int) -> bool:
    """Whether things sold or priced by the number stand before the price starting at `start`
    (RE_PRICED_THINGS_BEFORE): the number after "for" counts them, not diners."""
    m = RE_PRICED_THINGS_BEFORE.search(body, max(0, start - PRICED_THINGS_REACH), start)
    if m is None:
        return False
    things = m.group("things") or m.group("sold") or m.group("subject") or ""
    return not any(word in PARTY_PRICED_NOUNS for word in things.split())


PARTY_PRICE_REACH = 16  # characters back from "for" to its price's end, at most


# a recipe box's or a holiday let's label line of the diners or guests ("Serves: 6", "Serves 4",
# "- Sleeps: up to 8"), its figure with no noun after it
RE_PARTY_LABEL_BEFORE = re.compile(
    rf"{LABEL_LINE_OPENING_BEFORE}(?:Serves|Feeds|Sleeps|SERVES|FEEDS|SLEEPS)(?::[ \t]*|[ \t]+)(?:up to[ \t]+)?\Z"
)
# a recipe's servings: "serves six", "(Serves 4)", "Serves: up to 8" (rules: p233, p714), counted
# portions, not diners
RE_SERVINGS_BEFORE = re.compile(r"(?<![\w-])(?i:serves|serving|servings)(?::[ \t]*|[ \t]+)(?:up to[ \t]+)?\Z")
PARTY_LABEL_REACH = 24  # characters back from the number to its line's start, at most
# a party's verb, its number and what the number is for, then "or" right before another number:
# the alternative party ("serves six as a main course or eight as a starter", "sleeps four in the
# house or six with the annexe")
RE_PARTY_OR_BEFORE = re.compile(
    r"\b(?P<verb>[A-Za-z]+)\s+(?:up\s+to\s+)?[\w-]+\s+(?:as|with|in)\s+[^\d,.;:()]{1,40}?\s+or\s+\Z"
)
PARTY_OR_REACH = 70  # characters back from the alternative's number to the party's verb
SERVING_VERBS = frozenset(("serves", "serve", "serving"))  # a recipe's servings, counted (RE_SERVINGS_BEFORE)


def _party_counted(sc: Scanner, start: int, end: int) -> bool:
    """Whether a number word with no noun after it counts diners or guests (vocab.PARTY_VERBS,
    vocab.PARTY_NOUNS_BEFORE_FOR, RE_PARTY_LABEL_BEFORE, a price for them or after them): "a table
    for two, at £80", "the pie would feed six.", "Serves: 6", "£60 for two", "the steak for two is £78"."""
    body = sc.body
    if RE_PARTY_LABEL_BEFORE.search(body, max(0, start - PARTY_LABEL_REACH), start):
        return True
    if not RE_PARTY_END_AFTER.match(body, end, end + 13):
        return False
    if _verb_before(body, start) in PARTY_VERBS:
        return True
    if (
        body.endswith(" or ", 0, start)
        and (alternative := RE_PARTY_OR_BEFORE.search(body, max(0, start - PARTY_OR_REACH), start))
        and alternative.group("verb").lower() in PARTY_VERBS
    ):
        return True  # "serves six as a main course or eight"
    noun = RE_PARTY_FOR_BEFORE.search(body, max(0, start - 24), start)
    if noun is not None and (
        noun.group(1).lower() in PARTY_NOUNS_BEFORE_FOR or RE_PARTY_PRICE_AFTER.match(body, end, end + 32)
    ):
        return True
    return _price_for_party(sc, start)


def _price_for_things(sc: Scanner, start: int) -> bool:
    """Whether a number at `start` follows "for" right after a money figure that things priced by
    the number stand before (_things_priced): "dumplings cost HK$48 for eight"."""
    body = sc.body
    joint = RE_PARTY_PRICE_FOR.search(body, max(0, start - 8), start)
    if joint is None:
        return False
    for fig in sc.figures_ending_in(max(0, joint.start() - PARTY_PRICE_REACH), joint.start()):
        if fig.kind == "money" and fig.core[1] == joint.start():
            return _things_priced(body, fig.start)
    return False


def _price_for_party(sc: Scanner, start: int) -> bool:
    """Whether a number word at `start` follows "for" after a money figure that no plural "are" or
    "were" prices by the number (RE_PARTY_PRICE_FOR, RE_PRICED_THINGS_BEFORE): "about £60 for two"."""
    body = sc.body
    joint = RE_PARTY_PRICE_FOR.search(body, max(0, start - 8), start)
    if joint is None:
        return False
    for fig in sc.figures_ending_in(max(0, joint.start() - PARTY_PRICE_REACH), joint.start()):
        if fig.kind == "money" and fig.core[1] == joint.start():
            return not _things_priced(body, fig.start)
    return False


# "before winning the next three", "won the first two, lost the last four": a number word ending its
# clause after "the next", "the first", "the last" or "the final" counts the games, sets, maps or
# rounds of a series the sentence plays (a verb of winning or losing before it); "the first two
# were arrested" goes on with a verb, and "the next three years" names its noun
RE_SERIES_PART_BEFORE = re.compile(
    r"\b(?:won|win|wins|winning|lost|lose|loses|losing|took|taking|dropped|dropping|swept|sweeping)"
    r"\s+the\s+(?:next|first|last|final|remaining)\s+\Z"
)
RE_SERIES_PART_END = re.compile(r"(?:[,.;:)!?]|\s+(?:and|but|before|after|to|in|on|for|with)\b)")


def _set_of_games_ended(body: str, start: int, end: int) -> bool:
    """Whether a number word counts the games, sets, maps or rounds of a series won or lost
    (RE_SERIES_PART_BEFORE) and ends its clause."""
    return (
        RE_SERIES_PART_END.match(body, end, end + 8) is not None
        and RE_SERIES_PART_BEFORE.search(body, max(0, start - 40), start) is not None
    )


# A number word that closes a tally of bare counts after a comma or "and", before the verb of its
# part ("57 closed higher, 23 closed lower and nine were flat"; "49 passed, 20 lapsed and six were
# withdrawn"): it counts what the digits before it count.
RE_TALLY_ITEM_AFTER = re.compile(r"\s+(?:were|was|remained|stayed|held|closed|ended|finished)\b")
RE_TALLY_ITEM_BETWEEN = re.compile(r"\s+[a-z][a-z ]*?(?:,|\s+and)\s+")
TALLY_ITEM_GAP = 40  # the most characters between the count before and the number word


def _tally_item(sc: Scanner, start: int, end: int) -> Figure | None:
    """The bare count before a number word that closes its tally (above), or None."""
    last = sc.last_count
    body = sc.body
    if (
        last is None
        or last.end != last.core[1]  # the count before names its own noun
        or start - last.end > TALLY_ITEM_GAP
        or not RE_TALLY_ITEM_AFTER.match(body, end, end + 12)
        or not _count_in_sentence_before(sc, start)
    ):
        return None
    return last if RE_TALLY_ITEM_BETWEEN.fullmatch(body, last.end, start) else None


# "slipped out of the top six.", "a place in the top eight and": a number word ending its clause after
# "the top" counts the places of a table or a ranking (as "the top 10" does in digits); "the top
# three were arrested" goes on with a verb, "the top five clubs" names its noun
RE_TOP_PLACES_BEFORE = re.compile(r"\b[Tt]he\s+top\s+\Z")


def _top_places(body: str, start: int, end: int) -> bool:
    """Whether a number word after "the top" ends its clause (RE_TOP_PLACES_BEFORE): places counted."""
    return (
        RE_SERIES_PART_END.match(body, end, end + 8) is not None
        and RE_TOP_PLACES_BEFORE.search(body, max(0, start - 12), start) is not None
    )


# "the second step of four", "the last hurdle of three.": a number word ending its clause after an
# ordinal and "of" counts the series the ordinal places one of (`count`)
RE_ORDINAL_OF_BEFORE = re.compile(
    rf"\b(?:{'|'.join(sorted(ORDINAL_WORDS | {'final'}))})\s+(?:[a-z]+\s+)?of\s+\Z", re.IGNORECASE
)
ORDINAL_OF_REACH = 32  # characters before the number word read for the ordinal and its noun
RE_ORDINAL_WHOLE_END = re.compile(
    r"(?:[,.;:)!?\"”’']|\s+(?:and|but|before|after|to|towards|toward|in|on|for|with|since|at)\b|\s*\Z)"
)


def _ordinal_of_whole(body: str, start: int, end: int) -> bool:
    """Whether a number word after an ordinal and "of" ends its clause (RE_ORDINAL_OF_BEFORE):
    the series counted."""
    return (
        RE_ORDINAL_WHOLE_END.match(body, end, end + 12) is not None
        and RE_ORDINAL_OF_BEFORE.search(body, max(0, start - ORDINAL_OF_REACH), start) is not None
    )


RE_COMPARED_BEFORE = re.compile(r"\b(?:against|versus|vs\.?|compared\s+(?:with|to)|from)\s+\Z")
COMPARED_REACH = 120  # characters between a count and a number word compared with it, at most


def _compared_word(sc: Scanner, start: int, end: int) -> bool:
    """Whether a number word with no noun after it is a count's earlier value: a comparison word
    before it, an earlier time after it, and a count with its noun just before it in its
    sentence ("lost four ferries in the year to March, against seven a year earlier")."""
    if not RE_COMPARED_BEFORE.search(sc.body, max(0, start - 14), start):
        return False
    if not RE_EARLIER_AFTER.match(sc.body, end, end + 30):
        return False
    last = sc.last_count
    s_start, _ = sc.sentence_bounds(start)
    return (
        last is not None
        and max(s_start, start - COMPARED_REACH) <= last.start
        and last.end <= start
        and last.end > last.core[1]
    )


# A number in digits writes its unit of points in the singular too ("cut by 0.25 point to 4.35%",
# "rose 1 point to 44%", "a 0.5 point drop", "a 5 point lead"): the unit as "points" is, when the
# phrase ends after it (a function word, punctuation) or a move or gap noun follows; not a noun it
# modifies ("a 10 point plan") nor "point of" ("a 2 point of sale")
RE_SINGULAR_POINT_AFTER = re.compile(r"\s+point(?![\w'’-])")
RE_WORD_AFTER = re.compile(r"\s*([A-Za-z]+)")
POINT_NOUNS_AFTER = CHANGE_NOUNS | GAP_NOUNS | frozenset(("lead", "swing", "margin"))


def _singular_point(body: str, end: int) -> int:
    """Where a singular "point" right after a number in digits ends, when it is the number's unit
    (above), else 0."""
    point = RE_SINGULAR_POINT_AFTER.match(body, end)
    if point is None:
        return 0
    follower = RE_WORD_AFTER.match(body, point.end())
    word = follower.group(1).lower() if follower else ""
    if word == "of" or word and word not in NOUN_PHRASE_ENDS and word not in POINT_NOUNS_AFTER:
        return 0
    return point.end()


# a number word that states a difference, its noun left out: "11 goals, two more than Mulenga",
# "scored two more than his teammate", "three fewer than last year" (the noun is the one counted
# before it, or the clause's); not after a determiner, where the number names a group ("the two
# more than held their own"), nor after "be" with no count before it in the sentence ("It was three
# more than last year": what is counted is nowhere said)
RE_DIFFERENCE_AFTER = re.compile(r"\s+(?:more|fewer)\s+than\b")
RE_DETERMINER_BEFORE = re.compile(
    rf"\b(?:the|these|those|all|both|{'|'.join(sorted(POSSESSIVE_DETERMINERS))})\s+\Z", re.IGNORECASE
)
RE_BE_BEFORE = re.compile(rf"\b(?:{'|'.join(sorted(BE_WORDS))})\s+\Z", re.IGNORECASE)


def _difference_word(sc: Scanner, start: int, end: int) -> bool:
    """Whether a number word with no noun after it states by how many one count exceeds or falls
    short of another (above)."""
    body = sc.body
    if RE_DIFFERENCE_AFTER.match(body, end, end + 16) is None:
        return False
    if RE_DETERMINER_BEFORE.search(body, max(0, start - 8), start):
        return False
    if body[start:end].lower() == "one" and not body.endswith(", ", 0, start):
        return False  # "one" only in an aside after its count ("12 titles, one more than its rival")
    return not RE_BE_BEFORE.search(body, max(0, start - 8), start) or _count_in_sentence_before(sc, start)


# "households using 75 units a fortnight": the "unit" of electricity bills is the kilowatt-hour,
# and desks from Suva to Karachi write power used as bare "units". Read so only right after a verb
# of using power, in an article that speaks of electricity ("a block using 75 units" of housing
# is counted; so is "75 units" after any other word).
KILOWATT_HOUR = "kilowatt_hour"
RE_POWER_USE_BEFORE = re.compile(
    r"\b(?:using|uses|use|used|consume|consumes|consumed|consuming|consumption\s+of)\s+"
    r"(?:(?:more|less|fewer)\s+than\s+|up\s+to\s+|over\s+|under\s+|about\s+|only\s+)?\Z",
    re.IGNORECASE,
)
RE_ELECTRICITY = re.compile(r"electricity|kilowatt|\bkwh\b|\bpower\s+(?:bills?|tariffs?)\b")


# ... and the blocks a power tariff is priced by ("the first 100 units a month", "the next 200
# units"), or units named as power by what follows them ("6,310 million units (MU)", "450 units of
# electricity"), in an article that names electricity ("the first 50 units" of a housing scheme is
# counted there too only when the article speaks of power)
RE_TARIFF_BLOCK_BEFORE = re.compile(r"\b(?:first|next|additional|subsequent)\s+\Z", re.IGNORECASE)
RE_POWER_NAMED_AFTER = re.compile(r"\s*(?:\((?:MU|kWh)\)|of\s+(?:electricity|power)\b)")


# An examination's aggregate, the sum of its subjects' grades in units ("obtained an aggregate of
# 24 units or better", "aggregates of 6 units"), as Southern and East African results copy reports
# passes: a reading on the grading scale, not a count (rules, table 7); an aggregate of points may be
# a sport's, and stays as read
RE_AGGREGATE_BEFORE = re.compile(
    r"\baggregates?\s+(?:of\s+)?(?:(?:up\s+to|at\s+least|at\s+most|no\s+more\s+than|below|under|above|over)\s+)?\Z"
)
AGGREGATE_UNIT = "aggregate unit"
AGGREGATE_REACH = 40  # characters before the number read for "aggregate of"


def _aggregate_graded(sc: Scanner, start: int) -> bool:
    """Whether "N units" at `start` is an examination's aggregate (see above)."""
    return RE_AGGREGATE_BEFORE.search(sc.lower, max(0, start - AGGREGATE_REACH), start) is not None


def _power_used(sc: Scanner, start: int, end: int) -> bool:
    """Whether "N units" from `start` to `end` is electricity: the power named right after them, or
    a verb of using or a tariff block's word right before them in an article that names electricity
    (looked up once per article)."""
    if RE_POWER_NAMED_AFTER.match(sc.body, end):
        return True  # "(MU)" or "of power" right after names the units itself
    if not (
        RE_POWER_USE_BEFORE.search(sc.body, max(0, start - 40), start)
        or sc.body[start].isdigit()  # "the first two units" of a power plant are machines, counted
        and RE_TARIFF_BLOCK_BEFORE.search(sc.body, max(0, start - 20), start)
    ):
        return False
    return text_fact(sc, "electricity article", lambda: RE_ELECTRICITY.search(sc.lower) is not None)
