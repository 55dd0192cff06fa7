"""Counts: digits and number words that count something ("1,480 people", "two border crossings",
"half a million voters", "a 12-storey tower"), their ranges, and what the noun after them says the
unit is (people, attacks, or another count).

This module holds the count scans (scan_counts, scan_compound_counts, scan_parts_of_which ...) and
their guards; the readers they call live in person_nouns.py, count_boxes.py, counted_units.py,
count_rates.py and count_results.py."""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import TYPE_CHECKING

from ..vocab import (
    ANIMAL_GROUP_NOUNS,
    APPROX_WORDS,
    ATTACK_NOUNS,
    BE_WORDS,
    CHANGE_WORDS,
    CLAUSE_BREAKS,
    DURATION_UNITS,
    FARM_PRODUCER_NOUNS,
    FIRM_AGENT_WORDS,
    FIRM_TRADE_NOUNS,
    FRACTION_WORDS,
    FUNCTION_WORDS,
    HIRE_VERBS,
    HIRED_VEHICLE_NOUNS,
    IN_A_ROW_WORDS,
    IRREGULAR_PAST_VERBS,
    ORDINAL_WORDS,
    PEOPLE_GROUP_NOUNS,
    PEOPLE_NOUNS,
    PEOPLE_VERBS,
    POSSESSIVE_DETERMINERS,
    RIDER_NOUNS,
)
from . import (
    currency_signs,
    exchange_rates,
    measures,
    model_names,
    names,
    place_names,
    scale_readings,
    sport_readings,
    unit_readings,
    weather_readings,
)
from . import numbers as N
from .ages import of_the_persons_before
from .amount_subjects import TAKE_VERBS
from .carry_over import (
    CONTRAST_WORD,
    PROMISED_GAP,
    RE_BUT_GAP,
    RE_EARLIER_AFTER,
    RE_NOT_BEFORE,
    RE_PROMISED_IN_BEFORE,
    RE_RESTATED_FIGURE_BEFORE,
)
from .count_boxes import colon_figure
from .count_rates import (
    RE_DISTANCE_AFTER,
    SPORT_STATISTICS,
    allotted_rate,
    average_rate,
    bare_low,
    decimal_rate,
    named_rate_level,
    one_rate_noun_end,
    percent_rate_level,
    persons_rate,
    planting_rate,
    population_rate,
    rally_statistics,
    rate_base,
    rate_base_start,
    rate_level_label,
    rate_measure,
    rate_measure_before,
    record_games,
    repeated_base,
    restated_per_period,
    round_base_rate,
    scan_cricket_rates,
    scan_run_targets,
    sport_average,
    summed_low,
    word_before_per,
)
from .count_results import (
    field_position,
    in_ratio,
    in_score_pair,
    scan_team_stat_pairs,
    set_of_games_ended,
    tally_item,
    top_places,
)
from .counted_units import (
    AGENT_VERB_REACH,
    FRONTED_REACH,
    PARTY_OR_REACH,
    QUANTITY_NOUNS,
    RE_ADDED_BEFORE,
    RE_AUXILIARY_AFTER,
    RE_CARRIED_VERB_AFTER,
    RE_CLAUSE_HEAD_BEFORE,
    RE_DIGITS_COMPOUND_NOUN,
    RE_FOLLOWING_WORD,
    RE_MORE_AFTER,
    RE_OF_COUNT,
    RE_ONE_MEASURED_NOUN_AFTER,
    RE_ONE_NAMED,
    RE_ONE_NOUN,
    RE_OR_MORE,
    RE_PARTY_END_AFTER,
    RE_PARTY_OR_BEFORE,
    RE_PERSONS_ONLY_VERB_AFTER,
    RE_REST_BEFORE,
    SIZE_MARKS,
    SPACED_NUMBER,
    after_people_verb,
    after_taking_verb,
    all_of_counted,
    answered_unit,
    aside_opened,
    asked_count,
    count_before_aside,
    count_in_sentence_before,
    count_of_sentence_near,
    count_unit_after,
    elliptic_subject,
    farm_producers,
    field_entrants,
    goods_taken,
    inherited_unit,
    learners_passed,
    measured_before,
    measured_noun_after,
    money_before_for,
    number_end,
    part_of_these_noun,
    part_of_these_verb,
    party_counted,
    past_share_aside,
    person_modifier,
    persons_fate_after,
    persons_referred,
    picked_of_counted,
    procured_firms,
    rest_of_counted,
    tally_context,
    things_priced,
    vote_side,
    word_count_ok,
    word_quantifies,
)
from .durations import counted_span, summed_hours
from .elided_units import (
    ELIDED_GAP,
    RE_CLAUSE_END_AFTER,
    RE_NEXT_GAPPED_AFTER,
    elided,
    gapped_name,
    parallel_verb_unit,
)
from .figure import Figure, Value, is_number
from .noun_phrases import CHANGE_NOUNS, GAP_NOUNS
from .numbers import END, NUM, RANGE_JOIN, WNUM
from .percent_points import (
    MAX_PERCENTAGE_POINTS,
    RATING_POINT,
    bare_points_measure,
    counted_points,
    place_points,
    poll_points,
    polls_at,
)
from .person_nouns import (
    NOUN_PHRASE_ENDS,
    OWNED_PARTS,
    POSSESSOR_REACH,
    RE_PEOPLE_STATE_AFTER,
    RE_RACE_AFTER,
    RE_WORD_AFTER,
    abbreviation_ok,
    animals_said,
    compound_persons,
    defined_abbreviation,
    is_demonym_plural,
    parent_of,
    partitive_possessors,
    people_predicate,
    persons_do,
    persons_part_after,
    shop_outlets,
    things_of_a_nationality,
    verb_before,
)
from .rate_groups import rate_group_after, rate_group_before
from .span_subjects import WAITING_VERBS
from .subject_clauses import is_superlative
from .words import (
    is_agent_plural,
    is_person_agent,
    line_label,
    names_persons,
    sentence_matches,
    sentence_names,
    text_fact,
    tokens,
)

if TYPE_CHECKING:
    from ..extract import Scanner

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
SIZE_MARK_HEADS = tuple(f"{mark} " for mark in SIZE_MARKS)
# a scale letter glued to a count: "4.3M sales", "25k or 40k", "1.4m Afghans" (see abbreviation_ok)
# ("8 B people": a "B" after a space only before a people noun, so "8 B grades" stays a count of 8)
COUNT_ABBR = (
    r"(?P<abbr>m|k|M|K|B|\sB(?=\s+(?:"
    + "|".join(sorted((w for w in PEOPLE_NOUNS if w.islower()), key=len, reverse=True))
    + r")\b))(?=\s|[.,;:)](?!\d)|\Z|[-–]\d[\d,.]*[mk]\s)"  # ("6.2m-6.5m bags": RE_PAIRED_SCALE_AFTER)
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
RE_WHOLE_NUMBER = re.compile(
    rf"\s+{SPACED_NUMBER}(?=\s)|\s+\d[\d,.]*\d(?=\s)|\s+\d(?=\s)|\s+(?i:{N.WORD_NUMBER})(?=\s)"
)
# ... or the whole's size right after "of", with no determiner ("took four of eight seats", "won two
# of five sets"); a base of ten or a hundred makes a ratio ("seven of 10 voters", as "seven in 10"),
# and "one of eight children" is the idiom "one of the ..." (no row)
RE_OF_WHOLE_SIZE = re.compile(
    rf"\s+of(?=\s+(?!(?:10|100|ten|hundred|a hundred)\s)(?:\d[\d,]*|(?i:{N.WORD_NUMBER}))\s+[a-z])"
)
# a part of the persons who speak or are spoken to ("Forty-one of you worked through", "two of us
# stayed"; late-carry8): persons
RE_OF_PERSONS_AFTER = re.compile(r"\s+of\s+(?:you|us)\b(?!['’])")
RE_PARTITIVE = re.compile(
    r"\s+of\s+(?:the\s+[a-z][\w-]*(?:'s|’s)|the|those|these|them|us|its|their|his|her|our|my|your|[A-Z][\w-]*(?:'s|’s))(?!\w)"
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
    length_readings.length_label); not a unit's plural ("Metres: 4m")."""
    label = line_label(body, start)
    last = label.rsplit(None, 1)[-1].lower() if label else ""
    return (
        len(last) > 3
        and last.endswith("s")
        and not last.endswith("ss")
        and last.isalpha()
        and last not in QUANTITY_NOUNS
        and not unit_readings.measure_of(last)
    )


# a glued "m" or "k" before a range's join and a second number with the same letter glued, then a
# word ("8m to 9m tonnes", "6.2m-6.5m bags", "between 8m and 9m users"): the low end of a range of
# millions or thousands, read as the high end is; not before a word of size or place ("8m to 9m
# high", "3m to 4m from the shore": count_rates.RE_DISTANCE_AFTER)
RE_PAIRED_SCALE_AFTER = re.compile(
    r"(?:[ \t]*[-–][ \t]*|\s+(?:to|or|and)\s+)\d[\d,.]*(?P<abbr>[mk])(?=\s+[a-z])"
)


def _paired_scale_after(body: str, end: int, abbr: str) -> bool:
    """Whether a second number with the same glued `abbr` follows a number ending at `end` in a
    range (above), a word after it that sizes no length nor names a race ("5k-10k runs")."""
    m = RE_PAIRED_SCALE_AFTER.match(body, end, end + 24)
    if m is None or m.group("abbr") != abbr:
        return False
    return RE_DISTANCE_AFTER.match(body, m.end()) is None and not (
        abbr == "k" and RE_RACE_AFTER.match(body, m.end())
    )


# the figure restated as a sentence's subject right before a glued "m" ("The true figure was
# 2.1m, not 3m", "The total is 1.4m."): millions, the figure a count or an amount said before, as
# corrections and fact-checks restate one (carry_over.RE_RESTATED_FIGURE_BEFORE); a height or a
# length is "The wall is 2.5m", never "the figure"
RESTATED_FIGURE_REACH = 60  # characters before a number read for the restated figure
# ... and the figure it denies after it ("1.4m, not 4m", "2.1m rather than 3m"): millions too
DENIED_ENDINGS = (", not ", " not ", " rather than ", " instead of ")


def _restated_figure(body: str, start: int) -> bool:
    """Whether a number at `start` follows a restated figure's subject (RE_RESTATED_FIGURE_BEFORE)."""
    return RE_RESTATED_FIGURE_BEFORE.search(body, max(0, start - RESTATED_FIGURE_REACH), start) is not None


def _after_millions(sc: Scanner, start: int) -> bool:
    """Whether an amount of money with "m" glued ("£40m") stands shortly before `start` in its
    sentence: a bare "35m" after it is millions too ("rose to £40m from 35m")."""
    s_start, _ = sc.sentence_bounds(start)
    return RE_AMOUNT_IN_MILLIONS.search(sc.body, max(s_start, start - MILLIONS_REACH), start) is not None


# a number word inside a compound adjective counts its noun: "a seven-party alliance", "a five-step
# scale", "a four-cylinder engine" (time units are durations, read before counts); a school's size
# in forms of entry too, "an eight-form-entry secondary" (late-kinds12)
RE_COUNT_COMPOUND = re.compile(rf"(?P<num>{WNUM})-(?P<noun>[a-z]{{3,}})(?:-entry)?(?![\w-])", re.IGNORECASE)
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
# authentication", "a three-factor model": a kind of login or of model, named by its factors;
# "two-wheeler sales", "1.2 million two-wheelers", "an 18-wheeler": a class of vehicle, named by
# its wheels, as "a double-decker bus" is by its decks)
KIND_COMPOUNDS = frozenset(
    "way fold state star wheel dimensional stroke darter darters pointer pointers factor wheeler wheelers".split()
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
# a sheep's age class is named by its broad teeth in words ("a two-tooth Merino ewe", "six-tooth
# hoggets"; late-carry8): a kind, not a count; "a 40-tooth sprocket" counts its teeth
WORD_KIND_COMPOUNDS = frozenset(("tooth",))


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
        and not (lower in WORD_KIND_COMPOUNDS and num.isalpha())
        and not (
            lower.endswith(("ed", "ing", "ly")) and lower not in ONE_COUNTS
        )  # "two-bed": a bed is no adjective
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
    """Whether a verb saying what happened to people follows a number ending at `end` (after an
    aside restating its share, RE_SHARE_ASIDE_AFTER)."""
    end = past_share_aside(body, end)
    after = body[end : end + 2]
    if not after[:1].isspace() or after[1:] not in PEOPLE_STATE_FIRST and not after[1:].isspace():
        return False  # white space, then one of the words (or more white space), or no match
    return RE_PEOPLE_STATE_AFTER.match(body, end, end + 40) is not None or bool(people_predicate(body, end))


# Sports writers' other words for a game after a player's statistic ("5.1 assists a night", "2.4
# blocks a contest", "1.3 goals an outing"): a rate per game as "a game" is; read only after a
# statistic (SPORT_STATISTICS), as "300 meals a night" counts meals
RE_A_NIGHT = re.compile(r"\s+(?:an?|per)\s+(?P<head>night|contest|outing)\b(?!-)")
# Head nouns that say what is counted but not which quantity ("282,428 units", "1,480 people").
GENERIC_NOUNS = frozenset("units people persons crowd cases times items points point".split())
RE_MULTIPLE_END_AFTER = re.compile(rf"(?:\s+by\s+\d{{4}})?{N.CLAUSE_END}")


def _grown_by_multiple(body: str, start: int, end: int) -> bool:
    """Whether a range of times at start..end is a multiple a verb of growth grows by (see above)."""
    verb = verb_before(body, start)
    return (
        CHANGE_WORDS.get(verb) == "increase"
        and verb != "up"
        and RE_MULTIPLE_END_AFTER.match(body, end) is not None
    )


# After "N times": a multiple ("three times the amount", "four times as many", "2.5 times higher",
# "three times its size", a trader's "20 times leverage")
RE_MULTIPLE_AFTER = re.compile(
    r"\s+(?:the|as|that|what|more|less|fewer|higher|lower|larger|bigger|greater|smaller|faster|slower|"
    r"longer|cheaper|[a-z]+er\s+than|its|their|his|her|leverage|leveraged"
    # a debt sale's bids as a multiple of the amount offered: "three times oversubscribed"
    r"|(?:over|under)-?subscribed"
    # a usual amount it multiplies ("calls hit 14,800, nine times a normal day", "six times an
    # average dose"): "three times a day" is a frequency, counted
    r"|an?\s+(?:normal|typical|usual|average|ordinary|regular)"
    # a valuation multiple: "20 times earnings", "2.5 times annual sales"
    r"|(?:(?:annual|forward|expected|trailing|core|net|pre-tax|operating)\s+)?"
    r"(?:earnings|sales|revenues?|profits?|income|ebitda|EBITDA|book\s+value))\b"
)


# "N in " right before a number, N a date's day an earlier dimension claimed ("shown between December 5
# and 14 in 19 cinemas"): the day is no ratio's term, so the number after "in" counts
RE_DAY_IN_BEFORE = re.compile(r"(?<![\d.,])(\d{1,2})\s+in\s+\Z")


def _claimed_term_before(sc: Scanner, start: int) -> bool:
    """Whether the "N" of "N in " right before `start` is claimed already (RE_DAY_IN_BEFORE)."""
    if not sc.body.endswith(" in ", 0, start):
        return False  # the cheap test first
    day = RE_DAY_IN_BEFORE.search(sc.body, max(0, start - 8), start)
    return day is not None and not sc.free(day.start(1), day.end(1))


# "a 9-point scale", "a 100-point system": the points the scale has, counted (p694), no reading on it
RE_SCALE_SIZE_AFTER = re.compile(r"-points?[- ](?:scale|system|scheme)s?\b")


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
        code = currency_signs.compound_currency(noun, sc.countries)  # "a one-yen bid": an amount
        measure = unit_readings.reading(noun, True)  # "a five-pound bag", "a two-mile walk": a measurement
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
        elif noun.lower() == "point" and polls_at(sc, s) and not counted_points(sc.lower[e:end]):
            # "a three-point drop", "a seven-point lead" in a sentence about polls or rates:
            # percentage points, as the digits' "a 7-point gap" (rules, table 2); not "a six-point
            # penalty" (a licence's points, counted: percent_points.counted_points)
            points = f"{subject} (unit: percentage points)"
            sc.add(Figure(s, end, (s, m.end("num")), value, "other", "percent_change", points))
        elif measure:  # "a 75-cent target" is money in a minor unit (rules, table 3)
            kind = "money" if measure in measures.measures.MINOR_CURRENCY_MEASURES else "other"
            sc.add(
                Figure(s, end, (s, e), value, "other", kind, unit_readings.label(measure), measure=measure)
            )
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
            unit = "people" if compound_persons(noun) else "count"  # "a three-judge panel": its judges
            sc.add(Figure(s, end, (s, m.end("num")), value, unit, "count", subject))


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
        if unit_readings.reading(noun, True) or noun.lower() in DURATION_UNITS:
            continue  # "a 3/4-inch pipe": a fraction of a unit
        following = RE_FOLLOWING_WORD.match(sc.body, m.end(), m.end() + 30)
        end = following.end() if following and following.group(0).strip().isalpha() else m.end()
        subject = " ".join(w for w in (noun, sc.body[m.end() : end].strip()) if w)
        sc.claim(m.start(), m.end())
        sc.add(Figure(m.start(), end, (m.start(), m.end("num")), f"{low}/{high}", "count", "count", subject))


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
                or place_names.plural_place_before(body, s)  # "Wards 3 and 7 in Harare": both names
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
                model_names.is_named_number(body, s, e, sc.sentence_bounds(s)[0])
                and not _gapped_digits(sc, s, e)
                and not weather_readings.forecast_reading(sc, s)  # "Tonight: Clear. Low 28.": a reading
            ):
                continue
        if not words and not a_scale and body.endswith(" per ", 0, s) and (base := rate_base(body, s)):
            sc.rate_named = (s, rate_measure(word_before_per(body, s), base))
            continue  # "volunteers per 1,000 residents": a rate's base, no figure (as p13's rates)
        if not words and not a_scale and body.endswith(" per ", 0, s) and repeated_base(sc, s, num):
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
            and field_position(sc, s, e)
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
        failed_range = (  # "failed in one or two subjects": a range ("in one" reads as no count)
            words
            and gd.get("num2")
            and num.lower() == "one"
            and RE_FAILED_IN_BEFORE.search(body, max(0, s - FAILED_IN_REACH), s) is not None
        )
        if words and not failed_range and not word_count_ok(sc, s, e, num):
            continue
        if (
            words
            and gd.get("num2")
            and num.lower() == "one"
            and "or" in m.group("join")
            and not RE_CALENDAR_DAYS_AFTER.match(body, e)
            and not failed_range
        ):
            continue  # "one or two": vague, not "one or two working days" (a range of days, as "one or two days")
        unit, head_end, head, plural = count_unit_after(sc, e)
        part_of_these = False
        if words and plural and RE_PERSONS_ONLY_VERB_AFTER.match(body, e, e + 40):
            unit, head_end, head, plural = "", e, "", False  # "the two later shook hands": a verb's object
        elif head and part_of_these_verb(sc, s, e, head_end):
            # "Of these, 38 targeted civilians": the noun is the verb's object, the count a part
            unit, head_end, head, plural = "", e, "", False
            part_of_these = True
        if (
            not head
            and not words
            and not a_scale
            and not gd.get("scale")
            and (point := _singular_point(body, e))
        ):
            head, head_end, plural = "point", point, True  # "by 0.25 point to 4.35%": points (below)
        if unit == "attacks" and head.lower() == "attacks" and rally_statistics(sc, s):
            unit = "count"  # "16 kills on 35 attacks": a volleyball player's attempts, a statistic
        if (
            head
            and body.endswith("of ", 0, s)
            and unit in ("", "count")
            and RE_VERB_OBJECT_AFTER.match(body, head_end)
            and not names_persons(head.lower())  # "a team of nine surveyors six weeks": no verb
            and not is_agent_plural(head.lower())
            and parent_of(body, s)
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
        if not unit and (of_persons := RE_OF_PERSONS_AFTER.match(body, e, e + 8)):
            unit, head_end = "people", max(head_end, of_persons.end())  # "Forty-one of you worked through"
        # "nine were still missing": read once, only where no noun names the unit
        people_state = not unit and (
            _people_state_after(body, e)
            or (
                (of_them := RE_OF_THEM_AFTER.match(body, e, e + 12)) is not None
                and _people_state_after(body, of_them.end())
                and not _things_counted_before(sc, s)
            )
        )  # "6,200 of them died": a part of a group, and what happened to them
        if not unit and words and not people_state and sc.sentence_bounds(s)[0] == s:
            people_state = RE_DROPPED_OUT_AFTER.match(body, e, e + DROPPED_OUT_REACH) is not None
        if people_state and (
            _things_passed(sc, s, e) or animals_said(sc, e) or things_of_a_nationality(sc, s, e)
        ):
            people_state = False  # "Of the 12 bills, 9 passed", "46 were juveniles" of turtles tagged
        if (
            not partitive
            and (not plural and not unit or head in PARTY_VERB_HEADS)
            and party_counted(sc, s, e)
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
        elif not plural and not unit and not partitive and _multibuy_offer(body, s, e):
            unit = "count"  # "tickets are $10 or three for $25": the things the offer prices
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
            same = last is not None and count_in_sentence_before(sc, s)
            unit = last.unit if same and last.unit in ("people", "attacks") else "count"
            if unit == "count" and _counted_days_before(sc, s):
                unit = "days"  # "nine days with a low under 10, against an average of four"
        elif words and not plural and not unit and not partitive and set_of_games_ended(body, s, e):
            unit = "count"  # "dropped the first map before winning the next three.": games, sets, rounds
        elif words and not plural and not unit and not partitive and top_places(body, s, e):
            unit = "count"  # "they slipped out of the top six.": the places of a table
        elif words and not plural and not unit and not partitive and _ordinal_of_whole(body, s, e):
            unit = "count"  # "the second step of four": the steps of a series
        elif words and not plural and not unit and not partitive and (item := tally_item(sc, s, e)):
            unit = item.unit  # "57 closed higher, 23 closed lower and nine were flat": the same things
        # "voted 61 to 38", "voted nine to four", "beat Everton 3 to 1": a tally (below)
        tally = tally_context(sc, s, m) if gd.get("num2") and not head and not partitive else ""
        # "matching all six", "All five deny": the six numbers or five suspects counted before
        referred = (
            all_of_counted(sc, s, num)
            if words and not plural and not unit and not partitive and not tally
            else None
        )
        rest = (
            rest_of_counted(sc, s, e, added_ok=not people_state)
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
            and persons_referred(sc, s, e)
        )
        if referred is not None:
            unit = referred.unit
        elif rest is not None:
            unit = rest.unit
        elif referring:
            unit = "people"  # "the two met in Geneva", "the two were charged": persons named before
        elif (
            words
            and not plural
            and not unit
            and not partitive
            and not tally
            and (picked := picked_of_counted(sc, s, e))
        ):
            unit = picked  # "these are the five we would buy", "the replies of the first three"
        elif words and not plural and not unit and not partitive and (asked := answered_unit(sc, s)):
            unit = asked  # "How many councils will be merged? Nine, under the plan": the councils
        elif words and not plural and not unit and not partitive and (listed := _listed_part(sc, s, e)):
            unit = listed.unit  # "including two in Malé and three in Colombo": parts of the same count
        elif (
            words
            and not plural
            and not unit
            and not partitive
            and (
                object_of := _coordinated_object(sc, s, e)
                or _bounded_word(sc, s, e)
                or _breakdown_part(sc, s, e)
                or _reduced_word(sc, s, e)
            )
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
            and not word_quantifies(sc, e, num.lower() == "one")
            and not people_state
            and not _from_to_pair(body, s, e)
            and not _low_of_digit_range(body, s, e)
            and not low_of_claimed
            and not _elided_word(sc, s, e)
            and not _parallel_unit_word(sc, s, e, num)
            and not _contrasted_word(sc, s)
            and not _promised_word(sc, s)
            and not _corrected_word(body, s, e)
            and not _compared_word(sc, s, e)
            and not _difference_word(sc, s, e)
            and not vote_side(sc, s, e)
            and not tally
            and not colon_figure(sc, s, e)
            and not parent_of(body, s)
            and not field_entrants(sc, s)
            and not after_people_verb(body, s)
            and not RE_MARGIN_WORD_BEFORE.search(body, max(0, s - MARGIN_WORD_REACH), s)
            and not _trailing_margin(sc, s)
            and not of_the_persons_before(body, s)  # "Of the dead, four were under 16": persons
            and not (
                body.endswith("out ", 0, s)
                and RE_STRUCK_OUT_BEFORE.search(body, max(0, s - MARGIN_WORD_REACH), s)
            )
            and not RE_PARTITIVE_WHOLE_BEFORE.search(body, max(0, s - PARTITIVE_WHOLE_REACH), s)
            and not elliptic_subject(sc, s, e)
            and not _included_part(sc, s, e, num)
            and not restated_per_period(sc, s, e)
            and not record_games(body, s, e)
            and not RE_TOP_PLACES_BEFORE.search(body, max(0, s - TOP_PLACES_REACH), s)
        ):
            continue
        if (
            words
            and not unit
            and not head
            and not people_state  # "The top three were arrested": persons
            and RE_TOP_PLACES_BEFORE.search(body, max(0, s - TOP_PLACES_REACH), s)
        ):
            unit = "count"  # "Swimmers who finish in the top two": the places, not the swimmers
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
                or not (unit == "people" or abbr in "mk" and inherited_unit(sc, s) == "people")
            )
            and not (abbr == "m" and (_after_millions(sc, s) or _counted_label(body, s)))
            and not (abbr in ("m", "mn") and (_after_counted_millions(sc, s) or _restated_figure(body, s)))
            and not _paired_scale_after(body, m.end("abbr"), abbr)
        ):
            continue  # a scale letter ending the clause: "Visitors rose to 3.1m.", not "a wall of 2.5m."
            # nor a height left "from" ("divers jumped from 3.5m.")
        if (
            abbr
            and not abbreviation_ok(
                abbr, num, unit, body, e, head if plural and _next_word_is(body, e, head) else ""
            )
            and not (abbr == "m" and (_after_millions(sc, s) or _counted_label(body, s)))
            and not (body.endswith(DENIED_ENDINGS, 0, s) and _after_counted_millions(sc, s))
            and not _paired_scale_after(body, m.end("abbr"), abbr)
        ):
            continue  # "1.4m Afghans", "4.3M sales", "25k", but not "400m hurdles" or "5k run"
        one_noun = (
            RE_ONE_NOUN.match(body, e) or RE_ONE_NAMED.match(body, e)
            if words and not unit and num.lower() == "one" and not gd.get("num2")  # a range's noun is plural
            else None
        )
        if (
            not one_noun
            and words
            and not unit
            and num.lower() == "one"
            and RE_ONE_MEASURED_NOUN_AFTER.match(body, e, e + 40)
        ):
            unit = "count"  # "one 150-gram portion": the portions, not the clause's people
        if one_noun:  # "at least one dose": its singular noun is counted, not the clause's people
            unit = "count"
            if one_noun.group(1) not in NOUN_PHRASE_ENDS and one_noun.group(1) not in N.UNIT_WORDS:
                head_end = one_noun.end()  # "One container alone held": the container
            if (rate_noun := one_rate_noun_end(body, e)) > head_end:
                head_end = rate_noun  # "one hospital bed per 1,000 people": the whole noun, then its rate
        if people_state and not unit and not head:
            unit = "people"  # "64 were injured and nine were still missing", "four died"
        if not unit and not head and persons_part_after(body, e):
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
        if not unit and not head and body.startswith(" winner", e) and tier_winners(body, s, "winner"):
            unit = "people"  # "Match 5 + Bonus: 1 winner": the tier's one winner, a person
        inherited = not tally and ((not unit and not plural) or head_lower == "others")
        if inherited:
            unit = inherited_unit(sc, s)
        if not unit and head_lower == "others" and persons_do(body, head_end):
            unit = "people"  # "McIntosh and four others called victims": persons, with no count before
        if (
            not unit
            and plural
            and is_agent_plural(head_lower)
            and not (head_lower in FIRM_TRADE_NOUNS and procured_firms(sc, e, head_end - len(head)))
            and (
                _agent_persons(sc, s, head_end)
                or head.islower()  # not a name ("five Highers", "the Rangers")
                and is_person_agent(head_lower)
                and not goods_taken(sc, s)
            )
        ):
            unit = "people"  # "6,000 grape harvesters migrated", "hired 220 street sweepers": persons
        if not unit and not head and vote_side(sc, s, e) and not count_in_sentence_before(sc, s):
            unit = "people"  # "the motion passed with 48 in favour and 12 against": the members voting
        if not unit and not head and _squad_or_places(body, s):
            unit = "people"  # "Clubs must name their 17", "$10 for non-members, limit 20": persons
        unit = unit or "count"
        if unit == "people" and head and _things_did(sc, s, e):
            unit = "count"  # "Of 640 lots, 581 found buyers": the lots, the buyers their object
        if unit == "count" and _apostrophe_after(body, e) and partitive_possessors(sc, s, e):
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
                        low_figure = bare_low(sc, s, low_figure)
                    elif not head and not partitive and (hours := summed_hours(sc, s)):
                        low_figure = summed_low(hours, low_figure)  # "hours rose from three to six"
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
        if not subject and part_of_these and (whole := part_of_these_noun(sc, s)):
            subject = _who_clause(sc, e, 0, f"{whole} that")  # "attacks that targeted civilians"
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
        if not subject and unit == "people" and (named := people_predicate(body, e)):
            subject = named  # "and 1,200 are single parents": the people they are
        if not subject and unit == "count" and (named := RE_THING_PREDICATE.match(body, e, e + 40)):
            subject = named.group(1)  # "Of those, 3,700 were vinyl records": the things they are
        if not subject and (asked := asked_count(sc, s)):
            subject = asked.group(1).lower()  # "How many councils will be merged? Nine": councils ... merged
        if not subject and not words and (pages_end := N.pages_after(body, s, e)):
            subject, end = "pages", pages_end  # "Harbour Books, 368 pp": a book's length
        if referred is not None:
            subject = f"{referred.subject} (repeat)"
        elif rest is not None:
            noun = RE_PLACE_WORD_OPENING.sub("", rest.subject)  # "first units": the units
            subject = f"remaining {noun}"  # "the remaining five": the rest of the reactors
            added = RE_ADDED_BEFORE.search(body, max(0, s - 16), s)
            if added or RE_MORE_AFTER.match(body, e):
                # "another ninety", "six more by 2027": more of them; "a total of four": all of them
                subject = f"total {noun}" if added and "total" in added.group() else f"further {noun}"
            elif not RE_REST_BEFORE.search(body, max(0, s - 16), s):
                subject = noun  # "but lost the five in the older blocks": the boxes
        elif object_of is not None:  # "and signed nine": players
            subject = " ".join(body[object_of.core[1] : object_of.end].split()) or object_of.subject
        if unit == "count" and head_lower in FARM_PRODUCER_NOUNS and farm_producers(sc, s, value):
            unit = "people"  # "some 280,000 producers deliver seed cotton": farmers
        if unit == "count" and head_lower == "passes" and learners_passed(sc, s):
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
        if per_head is not None and planting_rate(body, s, head, per_head):
            sc.claim(per_head.start(), per_head.end())  # "1,600 seedlings a hectare": a count per hectare
            figure = figure._replace(
                end=per_head.end(), subject=f"{subject} per {per_head.group('unit')}".strip()
            )
            per_head = None
        if per_head is not None and (allotted := allotted_rate(body, s, num, per_head)):
            sc.claim(per_head.start(), per_head.end())  # "a limit of two gold coins per household": a count
            figure = figure._replace(end=per_head.end(), subject=f"{subject} per {allotted}".strip())
            per_head = None
        if per_head is not None:  # "25.9 cases per 100,000 people": a rate; its base is no figure
            sc.claim(rate_base_start(per_head), per_head.end())
            measure = rate_measure(head, per_head)
            group, phrase = rate_group_after(body, per_head.end())  # "6.2 per 100,000 among women"
            if not group:
                group, phrase = rate_group_before(body, s)  # "In the south, the rate rose to 6.2 per 100,000"
            named = rate_measure_before(sc, s) or subject  # "bats per hectare in the old forest"
            subject = (f"{named} {phrase}" if named else group) if group else named
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
            ratio = scale_readings.ratio_named(sc, s, num)
            named = scale_readings.RATIO if ratio else ""
        if bare and not named and scale_readings.index_level(sc, s, e):  # "the Topix shed 2.6% to 2,806.35"
            named = scale_readings.INDEX_POINT
            if scale_readings.RE_IT_OPENS.match(body, sc.sentence_bounds(s)[0]) or body.endswith(
                "the ", 0, s
            ):
                ratio = scale_readings.index_named(
                    sc, s
                )  # "It slipped to 49.7", "the 50 mark": the index named
        elif (
            bare and not named and (scale := scale_readings.scale_named(sc, s))[1]
        ):  # "a credit score of 740"
            ratio, named = scale  # the scale's name opens the subject, as a ratio's does
        elif bare and not named and scale_readings.out_of_top(sc, s, e):
            named = scale_readings.SCORE_POINT  # "fell to 6.8 out of 10", "rated it 8 out of 10"
        elif bare and not named and scale_readings.scored_on_instrument(sc, s, e):
            named = (
                scale_readings.SCORE_POINT
            )  # "patients scoring 10 or more on the depression questionnaire"
        elif bare and not named and scale_readings.rated_level(sc, s):
            ratio, named = "rating", RATING_POINT  # "the mare, rated 96,": a handicapper's rating
        elif bare and not named and scale_readings.points_scale_level(sc, s, sc.last_count):
            named = sport_readings.SCHEME_POINT  # "needed 421 points, and arts stayed at 316"
        rate = exchange_rates.bare_rate(sc, s) if bare and not named else None
        if rate is not None:  # "the Indian rupee hit a record low of 88.94": an exchange rate
            code, name = rate
            figure = figure._replace(unit=code, kind="money", subject=f"{name} exchange rate")
        if named:  # "cut their calorie intake by 500 a day": the clause names the unit
            labelled = f"{ratio} {unit_readings.label(named)}".lstrip()
            figure = figure._replace(unit="other", kind="other", subject=labelled, measure=named)
            if (
                named in weather_readings.SIGNED_MEASURES
                and (signed := weather_readings.below_zero(body, s, False)) is not None
            ):
                figure = figure._replace(start=signed, value=-value)  # "High minus 6": below zero
        elif bare and rate is None and (average := sport_average(sc, s)):  # "at an average of 21.35"
            figure = figure._replace(
                unit="other", kind="other", subject=f"{subject} (unit: {average})".strip(), measure=average
            )
        points = (
            head_lower in ("points", "point")
            and not counted_points(sc.lower[e:head_end])
            and not place_points(body, head_end)
        )
        span = (
            counted_span(head, body, head_end - len(head))
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
        if (
            figure.unit == "days"
            and head_lower == "days"
            and RE_DAYS_OFF_WORK_SPAN.match(body, e)
            and not sc.lower.endswith(" on ", 0, sc.approx_before(s)[1])
        ):
            span = ("days", "days")  # "miss four or more days of work": the length of an absence
        if figure.unit == "days" and head_lower == "days" and _days_taken(sc, s, e, head_end):
            span = ("days", "days")  # "Permits take about 15 working days": a time taken
        if figure.unit == "days" and head_lower == "days" and _more_days_needed(sc, s, e):
            span = ("days", "days")  # "We need six to seven more days": the time still needed
        if span is not None and is_superlative(subject.partition(" ")[0].lower()):
            span = None  # "the 10 warmest years", "the three wettest months": ranked periods, counted
        if bare and not named and rate is None and (level := named_rate_level(sc, s)):
            figure = figure._replace(
                unit="other",
                kind="other",
                subject=rate_level_label(sc, s, level),
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
        elif points and scale_readings.market_sentence(sc, s):  # "the Nikkei closed down 1,284.6 points"
            figure = figure._replace(
                unit="other",
                kind="other",
                subject=unit_readings.label(scale_readings.INDEX_POINT),
                measure=scale_readings.INDEX_POINT,
            )
        elif points and scale_readings.worldscale_sentence(sc, s):  # "up 11.25 points to WS64"
            figure = figure._replace(
                unit="other",
                kind="other",
                subject=f"{subject} {unit_readings.label(scale_readings.WORLDSCALE)}",
                measure=scale_readings.WORLDSCALE,
            )
        elif points and (RE_POINTS_TO_PERCENT.match(body, head_end) or polls_at(sc, s)):
            s_start, s_end = sc.sentence_bounds(s)
            named = bare_points_measure(float(value), sc.lower[s_start:s_end]) if is_number(value) else ""
            if named == RATING_POINT:  # "her rating has climbed 230 points"
                figure = figure._replace(
                    unit="other",
                    kind="other",
                    subject=f"{subject} {unit_readings.label(named)}",
                    measure=named,
                )
            elif named or not is_number(value):
                figure = figure._replace(
                    unit="other", kind="percent_change", subject=f"{subject} (unit: percentage points)"
                )
        elif points and is_number(value) and float(value) <= MAX_PERCENTAGE_POINTS and _added_points(sc, s):
            figure = figure._replace(  # "The tax went to 14 percent. That extra two points brings in ..."
                unit="other", kind="percent_change", subject=f"{subject} (unit: percentage points)"
            )
        elif points and scale_readings.moved_after_top(sc, s):  # "71.4 out of 100, up 3.2 points"
            figure = figure._replace(
                unit="other",
                kind="other",
                subject=f"{subject} {unit_readings.label(scale_readings.SCORE_POINT)}".strip(),
                measure=scale_readings.SCORE_POINT,
            )
        elif (
            points and (scale := scale_readings.scale_named(sc, s, points=True))[1]
        ):  # "the score fell 45 points"
            figure = figure._replace(
                unit="other",
                kind="other",
                subject=f"{scale[0]} {unit_readings.label(scale[1])}",
                measure=scale[1],
            )
        elif (
            points and not RE_SCALE_SIZE_AFTER.match(body, e) and scale_readings.points_scale(sc, s, head_end)
        ):  # "the course fell 3 points to 725"
            figure = figure._replace(
                unit="other",
                kind="other",
                subject=f"{subject} {unit_readings.label(sport_readings.SCHEME_POINT)}".strip(),
                measure=sport_readings.SCHEME_POINT,
            )
        elif head_lower == "units" and figure.unit == "count" and _aggregate_graded(sc, s):
            figure = figure._replace(  # "an aggregate of 24 units or better": a grade on an exam's scale
                unit="other",
                kind="other",
                subject=f"{subject} {unit_readings.label(AGGREGATE_UNIT)}".strip(),
                measure=AGGREGATE_UNIT,
            )
        elif head_lower == "units" and figure.unit == "count" and _power_used(sc, s, head_end):
            figure = figure._replace(
                unit="other",
                kind="other",
                subject=f"{subject} {unit_readings.label(KILOWATT_HOUR)}".strip(),
                measure=KILOWATT_HOUR,
            )
        sc.last_count = figure
        if unit in ("people", "attacks") or per_head is not None:  # a rate: "the national rate of 7.4"
            sc.last_counted = figure
        sc.add(figure)


# a clause opening with the whole a count is part of: "Of the claimants, 187 have died"
RE_FRONTED_WHOLE = re.compile(r"\b[Oo]f\s+(?:the|those|these|its|their)\s+(?P<noun>[a-z][a-z-]*s),\s\Z")


def _fronted_whole(body: str, start: int) -> str:
    """The plural noun of an "Of the ..., N" opening right before a count at `start`, or ""."""
    found = RE_FRONTED_WHOLE.search(body, max(0, start - 40), start)
    return found.group("noun") if found else ""


WHO_CLAUSE_WORDS = 5  # the longest relative clause read as what a bare count of people names


def _who_clause(sc: Scanner, end: int, skip: int = 1, head: str = "people who") -> str:
    """ "people who ..." (or another `head`: "attacks that ...") for the relative clause after a
    bare count of people ending at `end`, to its first mark or WHO_CLAUSE_WORDS words (`skip` words
    read past first: the "who"; none where the verb follows the count)."""
    words: list[str] = []
    for word in tokens(sc.body[end : min(sc.sentence_bounds(end)[1], end + 60)])[skip:]:
        if not word[0].isalpha() or len(words) == WHO_CLAUSE_WORDS:
            break
        words.append(word)
    while not skip and words and words[-1].lower() in FUNCTION_WORDS:
        words.pop()  # "people who had reached the camp", not "... the camp by"
    return f"{head} {' '.join(words)}" if words else ""


def _digits_partitive(sc: Scanner, partitive: re.Match[str]) -> re.Match[str] | None:
    """The "of the" after a count in digits when a counted noun, not the whole's size, follows it
    ("11 of the dead", "40,000 of the poorest families"); None for "23 of the 46 members" (read
    by the whole's rules) or when no common noun is counted ("6.3 of the James")."""
    if RE_WHOLE_NUMBER.match(sc.body, partitive.end()):
        return None
    unit, _, head, _ = count_unit_after(sc, partitive.end())
    return partitive if unit or head.islower() else None


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
# "N or more days of work" (of school, off work): a bound on the length of an absence, a span
# (duration), not days counted (rules, table 4; "15,300 working days" lost stay counted)
RE_DAYS_OFF_WORK_SPAN = re.compile(r"\s+or\s+(?:more|longer)\s+days\s+(?:of\s+(?:work|school)|off\s+work)\b")


# Counted days named by a calendar's kind ("15 working days", "20 business days") after a verb of
# time taken or "within" are the length of the wait, a span ("Permits take about 15 working days",
# "answered within 20 business days", late-units10); days lost and days people take off ("Staff
# took 4,000 sick days", "took 12 working days off", tidy36) stay counted (rules, table 4)
# (also a wait, "waited more than five working days", and a time "in" which a thing is done,
# "refunds arrive in three or four business days"); searched up to the number's last hedge
# (`approx_before`), so a word no hedge holds or a first hedge of two stands between ("take only 10
# working days", "wait up to about 15 working days": vocab.APPROX_WORDS)
# (... and a window of them back or on from now, "the 17.3 billion average for the last 20 trading
# days", "over the past 30 business days": a span; late-units13)
RE_DAYS_TAKEN_BEFORE = re.compile(
    rf"\b(?:{'|'.join(sorted(TAKE_VERBS | WAITING_VERBS))}|within|in)\s+"
    rf"(?:(?:only|just|a\s+further|another|{N.alternation(APPROX_WORDS)})\s+)?\Z"
    r"|\bthe\s+(?:last|past|previous|next|coming)\s+\Z"
)
RE_DAYS_LOST_AFTER = re.compile(r"\s+(?:(?:were\s+|was\s+)?lost|off)\b")
DAYS_TAKEN_REACH = 32  # characters before the number read for the verb
# the kinds of day a calendar counts, in which a wait is measured, or none ("days" itself); not days
# off ("sick days", "strike days")
WAIT_DAY_KINDS = frozenset(
    ("working", "business", "calendar", "clear", "banking", "trading", "school", "days")
)
RE_CALENDAR_DAYS_AFTER = re.compile(
    rf"\s+(?:{'|'.join(sorted(WAIT_DAY_KINDS - {'days'}))})\s+days\b", re.IGNORECASE
)


# "one or two" things failed, missed or passed, a condition a rule sets ("Students who failed in one
# or two subjects can sit the supplementary exams", "pupils who miss one or two papers"; p1072;
# late-kinds14): one range (rules, table 1's "X or Y"), not the vague "one or two issues remain"
RE_FAILED_IN_BEFORE = re.compile(
    r"\b(?:fail|fails|failed|failing|miss|misses|missed|missing|pass|passes|passed|passing)\s+(?:in\s+)?\Z",
    re.IGNORECASE,
)
FAILED_IN_REACH = 24  # characters before "one or two" read for the verb


# ... or a few of them before "after" or "before" an event, a deadline set that far from it
# ("submissions close 20 working days after notice is given", "filed 10 business days before the
# meeting"; late-kinds14): a span
RE_DAYS_OFFSET_AFTER = re.compile(r"\s+(?:after|before)\s")
OFFSET_DAYS_MAX = 100  # such a deadline's days, fewer than this (not "4,000 working days after the strike")


def _days_taken(sc: Scanner, start: int, end: int, head_end: int) -> bool:
    """Whether a calendar's counted days at `start` follow a verb of time taken
    (RE_DAYS_TAKEN_BEFORE), not lost or taken off, or set a deadline before or after an event."""
    kind = next(iter(sc.lower[end:head_end].split()), "")
    if kind not in WAIT_DAY_KINDS or RE_DAYS_LOST_AFTER.match(sc.lower, head_end) is not None:
        return False
    if (
        kind != "days"
        and RE_DAYS_OFFSET_AFTER.match(sc.lower, head_end)
        and _small_number(sc.body[start:end])
    ):
        return True
    _, cut = sc.approx_before(start)
    return RE_DAYS_TAKEN_BEFORE.search(sc.lower, max(0, cut - DAYS_TAKEN_REACH), cut) is not None


# more days after a verb of needing or taking ("We need six to seven more days", "the repair will
# take three extra days"): the time still to run, a span; days of something ("four more days of
# strikes") or lost stay counted (rules, table 4; late-kinds15)
RE_MORE_DAYS_AFTER = re.compile(r"\s+(?:more|extra|further|additional)\s+days\b(?!\s+(?:of|off|lost)\b)")
RE_NEED_VERB_BEFORE = re.compile(
    r"\b(?:need|needs|needed|require|requires|required|take|takes|took|taking|taken)\s+"
    r"(?:(?:only|just|another|at\s+least)\s+)?\Z"
)


def _more_days_needed(sc: Scanner, start: int, end: int) -> bool:
    """Whether counted days at `start`, "more" before their noun, follow a verb of needing or taking
    (RE_NEED_VERB_BEFORE, RE_MORE_DAYS_AFTER)."""
    if RE_MORE_DAYS_AFTER.match(sc.lower, end) is None:
        return False
    _, cut = sc.approx_before(start)
    return RE_NEED_VERB_BEFORE.search(sc.lower, max(0, cut - DAYS_TAKEN_REACH), cut) is not None


def _small_number(text: str) -> bool:
    """Whether a number's text is a few digits below OFFSET_DAYS_MAX or a word."""
    return not text[:1].isdigit() or text.isdigit() and int(text) < OFFSET_DAYS_MAX


# a plural lower-case noun right before a bracket that holds a bare number ("the most cases (")
RE_NOUN_BEFORE_BRACKET = re.compile(r"(?<![\w-])([a-z]{3,}s) \(\Z")


def _apostrophe_after(body: str, end: int) -> bool:
    """Whether an apostrophe stands within POSSESSOR_REACH characters after `end` (the cheap test)."""
    return body.find("'", end, end + POSSESSOR_REACH) >= 0 or body.find("’", end, end + POSSESSOR_REACH) >= 0


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
    whole = RE_OF_COUNT.match(sc.body, number_end(sc, start))
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


def aside_opening_phrase(sc: Scanner, start: int) -> str:
    """The opening noun phrase a bare number at `start` counts past an aside (see above), without
    its article ("Officers from the traffic division"), or ""."""
    s_start, _ = sc.sentence_bounds(start)
    opened = aside_opened(sc, s_start, start, sc.approx_before(start)[1])
    if opened < 0:
        return ""
    words = sc.body[s_start:opened].split()
    return " ".join(words[1:] if words[:1] in (["The"], ["the"]) else words)


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


RE_ANIMAL_GROUP_OF_BEFORE = re.compile(
    rf"(?<![\w-])(?:a|an|the|its|their|her|his)\s+(?:{N.alternation(ANIMAL_GROUP_NOUNS)})\s+of\s+\Z",
    re.IGNORECASE,
)


# what follows a verb's "-s" after "a family of N" rather than a plural noun: an amount or a
# determiner opening its object ("a family of four spends $900", "needs a bigger flat")
RE_VERB_OBJECT_AFTER = re.compile(
    rf"\s+(?:[$£€]|\d|(?:a|an|the|about|around|more|less|at\s+least|its|their|his|her|our|every|all"
    rf"|{N.SMALL_WORD})\s)"
)


COUNTED_DAYS_LOOKBACK = 64  # the latest figures read for counted days before an average


def _counted_days_before(sc: Scanner, start: int) -> bool:
    """Whether counted days (unit `days`, kind `count`) stand earlier in the sentence of `start`."""
    s_start = sc.sentence_bounds(start)[0]
    recent = sc.figures[-COUNTED_DAYS_LOOKBACK:]
    return any(f.unit == "days" and f.kind == "count" and s_start <= f.start < start for f in recent)


# "Dublin led by four at the break", "won by six": a game's margin after a verb of leading,
# trailing or winning and "by" is a count (of points, goals or runs) with no noun after it
RE_MARGIN_WORD_BEFORE = re.compile(
    r"\b(?:won|wins?|winning|led|leads?|leading|trailed|trails?|trailing|lost|los(?:es|ing)|beat(?:en|s|ing)?)"
    r"\s+by\s+\Z"
)
MARGIN_WORD_REACH = 20  # characters before the number word read for the verb and its "by"
# ... and how far a side is behind or ahead, "down" or "up" with no noun, opening its sentence or
# after a verb of being ("Down two, they kept coming", "the Sharks were down four at the break"):
# the goals or points of the margin, counted (rules, table 4), in a text about sport
RE_DOWN_MARGIN_BEFORE = re.compile(
    r"(?:(?:\A|[.!?;\"“‘(\n])\s*(?:Down|Up)|\b(?:were|was|are|is|been|being|went|fell)\s+(?:down|up))\s+\Z"
)


def _trailing_margin(sc: Scanner, start: int) -> bool:
    """Whether the number word at `start` is a side's margin behind or ahead (RE_DOWN_MARGIN_BEFORE)."""
    return RE_DOWN_MARGIN_BEFORE.search(
        sc.body, max(0, start - MARGIN_WORD_REACH), start
    ) is not None and scale_readings.sport_besides_score(sc)


# ... and a pitcher's strikeouts, the batters he struck out, written with no noun ("struck out
# nine", "striking out seven"): a count; "struck out two of the charges" is a part of a whole
RE_STRUCK_OUT_BEFORE = re.compile(r"\b(?:struck|strikes|striking|strike)\s+out\s+\Z")


# "from four to nine", "from six points to nine": a number word at either end of "from A to B"
# stands for a figure even with no noun after it (the pair shares one)
# (a rate's period may follow either number: "from three a week to five", "to five a week from
# three", the pair written new level first)
PAIR_PERIOD = r"(?:\s+(?:a|an|per)\s+[a-z]+)?"
RE_FROM_TO_LOW_AFTER = re.compile(rf"{PAIR_PERIOD}\s+to\s+(?:\d|{N.WORD_NUMBER}\b)", re.IGNORECASE)
RE_FROM_TO_HIGH_BEFORE = re.compile(
    rf"\b[Ff]rom\s+(?:\d[\d,.]*|(?i:{N.WORD_NUMBER}))(?:\s+[a-z]+)?{PAIR_PERIOD}\s+to\s+\Z"
)
RE_TO_FROM_LOW_AFTER = re.compile(rf"{PAIR_PERIOD}\s+from\s+(?:\d|(?i:{N.WORD_NUMBER})\b)")
RE_TO_FROM_HIGH_BEFORE = re.compile(
    rf"\bto\s+(?:\d[\d,.]*|(?i:{N.WORD_NUMBER}))(?:\s+[a-z]+)?{PAIR_PERIOD}\s+from\s+\Z"
)
FROM_TO_REACH = 60  # characters before a pair's second number read for "from A [noun] to"


def _from_to_pair(body: str, start: int, end: int) -> bool:
    """Whether a bare number word is one end of "from A to B" ("Seats rose from four to nine",
    "the penalty from six points to nine", "from four courses a year to three")."""
    if body.endswith("from ", 0, start) and RE_TO_FROM_HIGH_BEFORE.search(
        body, max(0, start - FROM_TO_REACH), start
    ):
        return True  # "to five a week from three": the earlier level, after the new one
    if body.endswith("from ", 0, start) or body.endswith("From ", 0, start):
        # the pair read as one match ("four to nine"), or its first number alone
        return " to " in body[start:end] or RE_FROM_TO_LOW_AFTER.match(body, end) is not None
    return body.endswith("to ", 0, start) and bool(
        RE_FROM_TO_HIGH_BEFORE.search(body, max(0, start - FROM_TO_REACH), start)
        or RE_TO_FROM_LOW_AFTER.match(body, end)
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
    if score_band(sc.body, m):
        return True
    return "," in m.group("num") and "," in m.group("num2")


# a quiz's or a test's band of scores heading its line or sentence, a colon and a lower-case word
# after it ("8-10: you must be a local. 4-7: a regular visitor. 0-3: time to read up"), low below high
RE_BAND_HEAD_BEFORE = re.compile(r"(?:\A|\n|[.!?]\s)[ \t]*\Z")
RE_BAND_COLON_AFTER = re.compile(r":\s+[a-z]")


def score_band(body: str, m: re.Match[str]) -> bool:
    """Whether a dashed pair heads its line or sentence as a band of scores (above)."""
    return (
        RE_BAND_HEAD_BEFORE.search(body, max(0, m.start("num") - 3), m.start("num")) is not None
        and RE_BAND_COLON_AFTER.match(body, m.end("num2")) is not None
        and m.group("num").isdigit()
        and m.group("num2").isdigit()
        and int(m.group("num")) < int(m.group("num2"))
    )


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


# a plural that names a kind of shot or leg by its digits ("four 3-pointers", "two 9-darters")
RE_KIND_COMPOUND_AFTER = re.compile(r"\s+(\d{1,2}[-‑](?:pointers|darters))\b")
# persons named by their age in a plural compound ("two 16-year-olds", "three under-fives", "40
# over-60s", "two six-month-olds"): the persons are counted (rules, table 4), the age is an age
RE_AGE_GROUP_NOUN_AFTER = re.compile(
    rf"\s+((?:\d{{1,3}}|{N.SMALL_WORD})[-‑](?:year|month|week)[-‑]olds"
    rf"|(?:under|over)-(?:\d{{1,3}}s|(?:{N.SMALL_WORD})s|[a-z]+ties))\b(?!-)",
    re.IGNORECASE,
)


# the rest of what was just counted, a number word with no noun after "the remaining" or "the
# other" ("the first two units ... with the remaining two to follow", "three are offline and the
# remaining five are running"): counted like the count with its noun before it in the sentence
RE_PLACE_WORD_OPENING = re.compile(r"^(?:first|last|next|final|initial)\s+")


# bare "points" moving a level written in percent right after them ("the load factor rose 2.4 points
# to 86.9% in the quarter", "fell 3 points from 71%"): percentage points, whatever else the sentence
# holds (a business "quarter" or "season" is no sport's; a player's "48% from the field" moves the same way)
RE_POINTS_TO_PERCENT = re.compile(
    r"\s*,?\s+(?:to|from)\s+(?:about\s+|around\s+)?\d[\d.,]*\s?(?:%|per\s?cent\b|percent\b)"
)
# bare "points" added to a rate the sentence before named ("The tax went from 12 to 14 percent.
# ... that extra two points brings in $9m"): percentage points, as "points" in a sentence about a
# rate are (percent_points.poll_points)
RE_ADDED_POINTS_BEFORE = re.compile(
    r"\b(?:(?:that|those|the|these)\s+(?:extra|additional)|another|an\s+extra)\s+\Z", re.IGNORECASE
)


def _added_points(sc: Scanner, start: int) -> bool:
    """Whether bare points at `start`, added to something ("that extra two points"), are added to
    a rate in percent named in the sentence before (`percent_points.poll_points`)."""
    if not RE_ADDED_POINTS_BEFORE.search(sc.body, max(0, start - 24), start):
        return False
    s_start, _ = sc.sentence_bounds(start)
    if s_start <= 0:
        return False
    before_start, before_end = sc.sentence_bounds(s_start - 1)
    return poll_points(sc.lower[max(before_start, s_start - 400) : min(before_end, s_start)])


def _past_aside(sc: Scanner, last: Figure, start: int) -> bool:
    """Whether the words before `start` open a gapped clause after a count and its compared aside
    ("recorded nine robberies, down from 15, and the rural parishes four")."""
    first = count_before_aside(sc, last)
    return first is not None and bool(gapped_name(sc.body, first, sc.body[last.end : start]))


def _elided_word(sc: Scanner, start: int, end: int) -> bool:
    """Whether a number word with no noun after it leaves out the noun of the count before it
    ("17 shots to Rovers' nine", "Patel took 14 wickets and Khan took nine": elided_units.elided)."""
    last = sc.last_count
    if last is None or not last.end <= start:
        return False
    if _past_aside(sc, last, start) and RE_CLAUSE_END_AFTER.match(sc.body, end):
        return True  # "nine robberies, down from 15, and the rural parishes four"
    if start - last.end > ELIDED_GAP:
        return False  # too far for elided_units.elided (read first: the gap is not copied for each word)
    if last.end == last.core[1] and not gapped_name(sc.body, last, sc.body[last.end : start]):
        return False  # no count with its noun before it, nor a list of names and bare counts
    bare = Figure(start, end, (start, end), 0, "count", "count")
    return elided(last, bare, sc.body, sc.article.sentence_of) is not None


def _parallel_unit_word(sc: Scanner, start: int, end: int, num: str) -> bool:
    """Whether a number word with no noun after it leaves out the unit of the span, measurement or
    amount just before it, set in parallel by its verb ("took nine hours; the second took eleven":
    elided_units.parallel_verb_unit); a count between them is what it counts."""
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
    if last is None or not count_in_sentence_before(sc, start) or last.end == last.core[1]:
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
    # (a bare count only: after a count with its noun elided_units.elided reads the gap)
    return count_of_sentence_near(sc, start, LISTED_PART_REACH, noun=False)


# a number word right after the verb of a clause coordinated by "and" or "but", ending its clause
# or before a preposition, with a count and its noun earlier in the sentence: the object of the
# second verb is the same noun, left out ("sold 14 players in the summer and signed nine", "arrested
# 12 men and released four on bail"); "turned" and "aged" before a number give an age
RE_COORDINATED_VERB_BEFORE = re.compile(r",?\s+(?:and|but)\s+(?:[a-z]+ly\s+)?(?P<verb>[a-z]{3,})\s+\Z")
RE_OBJECT_END_AFTER = re.compile(rf"{N.CLAUSE_END}|{RE_PREPOSITION_AFTER.pattern}")
# ... or after that verb, its own short object and "on" or "in", ending the clause: the things it was
# done on are some of the same ("inspected 38 jets and replaced the valve on five", "checked 40
# boilers and found faults in nine")
RE_COORDINATED_VERB_ON_BEFORE = re.compile(
    r",?\s+(?:and|but)\s+(?:[a-z]+ly\s+)?(?P<verb>[a-z]{3,})\s+(?:it|them|(?:the\s+|its\s+|their\s+)?[a-z]{3,})"
    r"\s+(?:on|in)\s+\Z"
)
AGE_VERBS = frozenset(("turned", "aged"))
# ... or after a list's verb whose earlier verb took a bare number ("The department accepted 22,
# noted six and rejected three", "upheld five, dismissed ten"; late-carry8): the same things as that
# number, its noun said before it or not at all
RE_VERB_LIST_BEFORE = re.compile(
    rf"\b[a-z]{{3,}}\s+(?:\d[\d,]*|(?i:{N.WORD_NUMBER})),?\s+(?:and\s+|but\s+)?(?P<verb>[a-z]{{3,}})\s+\Z"
)
RE_LIST_GOES_ON_AFTER = re.compile(r",\s|\s+(?:and|but)\s")  # ... the list going on after it
COORDINATED_OBJECT_REACH = 120  # characters from the count with its noun to the number word, at most


def _coordinated_object(sc: Scanner, start: int, end: int) -> Figure | None:
    """The count with its noun whose noun a number word after a coordinated verb leaves out
    (above), or None."""
    if sc.body[start:end].lower() == "one":
        return None
    listed = RE_VERB_LIST_BEFORE.search(sc.body, max(0, start - 40), start)
    if not (RE_OBJECT_END_AFTER.match(sc.body, end) or listed and RE_LIST_GOES_ON_AFTER.match(sc.body, end)):
        return None
    verb = listed or RE_COORDINATED_VERB_BEFORE.search(sc.body, max(0, start - 40), start)
    done_on = verb is None and RE_CLAUSE_END_AFTER.match(sc.body, end) is not None
    if done_on:
        verb = RE_COORDINATED_VERB_ON_BEFORE.search(sc.body, max(0, start - 50), start)
    if verb is None:
        return None
    word = verb.group("verb")
    if word in AGE_VERBS or not (word.endswith("ed") or word in IRREGULAR_PAST_VERBS):
        return None
    last = count_of_sentence_near(sc, start, COORDINATED_OBJECT_REACH, noun=True)
    if last is None and (
        done_on or listed
    ):  # "inspected the valve on all 38 of its jets and replaced it on five"
        last = count_of_sentence_near(sc, start, COORDINATED_OBJECT_REACH, noun=False)  # (class-bare14)
    return last if last is not None and last.kind == "count" else None


# a number word after a bound ("no fewer than", "as many as", "at least") ending its clause or before
# a preposition, with a count and its noun earlier in the sentence: a bound on the same things ("each
# with 12 dogs; a team may finish with no fewer than eight", "carried two officers, and the rules allow
# as few as one at night"; class-bare14)
RE_BOUND_BEFORE = re.compile(
    r"\b(?:(?:no|not)\s+(?:fewer|more|less)\s+than|as\s+(?:few|many)\s+as|at\s+(?:least|most)"
    r"|a\s+(?:minimum|maximum)\s+of)\s+\Z",
    re.IGNORECASE,
)
BOUND_REACH = 24  # characters before the number word read for its bound
# ... and a number word after ", then" ending its clause: the later level of the same count ("six or
# seven feeds a day in the first week, then four"; late-carry8)
RE_THEN_BEFORE = re.compile(r",\s+(?:and\s+)?then\s+\Z")


# a number word after a noun and "with", in a breakdown of a count with its noun said before ("five
# of the deaths, followed by transport with three and fishing with two"; late-carry8): a part of the
# same count, as the later parts after a bare one of them are
RE_BREAKDOWN_WITH_BEFORE = re.compile(r"[a-z]{3,}\s+with\s+\Z")


def _breakdown_part(sc: Scanner, start: int, end: int) -> Figure | None:
    """The count with its noun a number word after "with" is a part of (above), or None."""
    if not RE_BREAKDOWN_WITH_BEFORE.search(sc.body, max(0, start - 12), start):
        return None
    if not (RE_OBJECT_END_AFTER.match(sc.body, end) or RE_LIST_GOES_ON_AFTER.match(sc.body, end)):
        return None
    last = count_of_sentence_near(sc, start, COORDINATED_OBJECT_REACH, noun=True)
    if last is None and (bare := count_of_sentence_near(sc, start, COORDINATED_OBJECT_REACH, noun=False)):
        last = bare if sc.body.endswith("with ", 0, bare.start) else None
    return last if last is not None and last.kind == "count" else None


def _bounded_word(sc: Scanner, start: int, end: int) -> Figure | None:
    """The count with its noun that a number word after a bound limits, or after ", then" follows
    (above), or None."""
    if not (
        RE_BOUND_BEFORE.search(sc.body, max(0, start - BOUND_REACH), start)
        or RE_THEN_BEFORE.search(sc.body, max(0, start - 12), start)
    ):
        return None
    if not RE_OBJECT_END_AFTER.match(sc.body, end):
        return None
    last = count_of_sentence_near(sc, start, COORDINATED_OBJECT_REACH, noun=True)
    return last if last is not None and last.kind == "count" else None


# a number word after "down to" (or "cut to", "shrunk to") ending its clause, with a count earlier in
# its sentence: what is left of the same things ("The women's field of 24 is down to eight", "the
# shortlist of 14 applicants has been cut to three"; class-bare14)
RE_DOWN_TO_BEFORE = re.compile(r"\b(?:down|cut|reduced|shrunk|shrank|whittled\s+down)\s+to\s+\Z")
DOWN_TO_REACH = 20  # characters before the number word read for "down to"
DOWN_TO_COUNT_REACH = 80  # characters from the count before to the number word, at most


def _reduced_word(sc: Scanner, start: int, end: int) -> Figure | None:
    """The count a number word after "down to" leaves part of (above), or None."""
    if not RE_DOWN_TO_BEFORE.search(sc.lower, max(0, start - DOWN_TO_REACH), start):
        return None
    if not RE_OBJECT_END_AFTER.match(sc.body, end):
        return None
    last = count_of_sentence_near(sc, start, DOWN_TO_COUNT_REACH, noun=True) or count_of_sentence_near(
        sc, start, DOWN_TO_COUNT_REACH, noun=False
    )
    return last if last is not None and last.kind == "count" else None


def _gapped_digits(sc: Scanner, start: int, end: int) -> bool:
    """Whether a bare number after a capitalised name, which would read as part of the name ("the
    Nasdaq 100"), is a count in a clause that leaves out its verb and noun ("The Pirates took 2,317
    votes and the Social Democrats 845": elided_units.gapped_name) and ends there, or where the list's
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
# correction (carry_over.carry_units gives it that unit): compose's "not" before A and "but" after it
RE_BUT_NUMBER_AFTER = re.compile(rf"{RE_BUT_GAP.pattern}(?:\d|(?i:{N.WORD_NUMBER})\b)")


def _corrected_word(body: str, start: int, end: int) -> bool:
    """Whether a number word with no noun after it is the "A" of "not A but B" (see above)."""
    return (
        RE_NOT_BEFORE.search(body, max(0, start - 6), start) is not None
        and RE_BUT_NUMBER_AFTER.match(body, end) is not None
    )


def _promised_word(sc: Scanner, start: int) -> bool:
    """Whether a number word with no noun after it follows a participle of a promise and "in" after
    a span of time in its sentence ("waited five working days for a parcel promised in two"):
    carry_over.carry_units gives it that span's unit."""
    if not RE_PROMISED_IN_BEFORE.search(sc.body, max(0, start - 40), start):
        return False
    low = max(sc.sentence_bounds(start)[0], start - PROMISED_GAP)
    return any(f.kind == "duration" and low <= f.start for f in sc.figures_ending_in(low, start))


def _contrasted_word(sc: Scanner, start: int) -> bool:
    """Whether a number word with no noun after it follows "not", "every", "rather than" or
    "instead of" and is set against a span, a measurement or an amount just before it in its
    sentence (RE_CONTRAST_WORD_BEFORE): carry_over.carry_units gives it that figure's unit."""
    if not RE_CONTRAST_WORD_BEFORE.search(sc.body, max(0, start - 20), start):
        return False
    s_start, _ = sc.sentence_bounds(start)
    low = max(s_start, start - CONTRAST_REACH)
    return any(f.kind in CONTRAST_KINDS and low <= f.start for f in sc.figures_ending_in(low, start))


RE_PASSED_AFTER = re.compile(r"\s+(?:have\s+|had\s+)?passed\b")


def _things_counted_before(sc: Scanner, start: int) -> bool:
    """Whether the count before `start` in its sentence counts things, not persons ("2,600 families
    on its list, and 340 of them have waited": a part of the families, counted as they are)."""
    return count_in_sentence_before(sc, start) and sc.last_count is not None and sc.last_count.unit == "count"


# a bare count, then a verb in the past and its object, after a count of things in its sentence
# ("Of 640 lots, 581 found buyers", "Of the 90 paintings, 71 drew bidders"): the things did it, the
# persons after the verb are no noun of the count (late-kinds11)
RE_PAST_VERB_AFTER = re.compile(r"\s+([a-z]+)\s")


def _things_did(sc: Scanner, start: int, end: int) -> bool:
    """Whether the number from `start` to `end` is of the things counted before it, a verb in the
    past right after it (above)."""
    verb = RE_PAST_VERB_AFTER.match(sc.body, end, end + 16)
    return verb is not None and verb.group(1) in IRREGULAR_PAST_VERBS and _things_counted_before(sc, start)


def _things_passed(sc: Scanner, start: int, end: int) -> bool:
    """Whether "passed" after the number ending at `end` follows a count of things earlier in its
    sentence ("Of the 12 bills, 9 passed"), so that what passed are those things, not persons who
    sat an examination (PEOPLE_ACTS)."""
    return (
        RE_PASSED_AFTER.match(sc.body, end, end + 20) is not None
        and count_in_sentence_before(sc, start)
        and sc.last_count is not None
        and sc.last_count.unit not in ("people", "other")
    )


# what follows a count standing on its own after a name's number and "and" (above)
RE_OWN_COUNT_AFTER = re.compile(r"\s+(?:in|at|on|for|of|from|across|other|more)\b")
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
    rf"|,?\s+including\s+(?:(?:{N.ROUGH_COUNT}|over)\s+)?[\d,]+\s+(?P<part>[a-z]+)\b"
    r"|,?\s+(?P<aged>aged)\s+\d"
    r"|(?P<whom>,\s+(?:of|among)\s+whom\b|\s+and\s+their\s+(?:families|children|wives|husbands|dependants|dependents)\b)"
    # a count of persons joined right after it, or after where they were sent ("460 agents and 38
    # prosecutors", "40 agents to the scene, along with six prosecutors"): a list joins like with like
    r"|(?:\s+(?:to|at|in|on)\s+(?:the\s+)?[a-z]+)?,?\s+(?:and|or|plus|as\s+well\s+as|along\s+with|alongside)\s+"
    rf"(?:(?:{N.ROUGH_COUNT}|over)\s+)?"
    rf"(?:\d[\d,]*|{WNUM})\s+(?P<peer>[a-z]+)\b"
    # ... or a number of teams or crews they work in ("86 counters in 19 teams", "40 pickers in
    # five crews"): a team's members are persons (vocab.PEOPLE_GROUP_NOUNS)
    rf"|\s+in\s+(?:\d[\d,]*|{WNUM})\s+(?P<team>[a-z]+)\b"
)


# Donors to a public appeal, a charity or a crowdfunding page give as persons ("raised £1.2m from
# 8,400 donors", "3,912 donors" to a JustGiving page); a donor conference's donors are states and
# bodies, counted (a sentence naming neither is left to the other tests)
APPEAL_DONOR_HEADS = frozenset(("donors",))
RE_APPEAL_WORDS = re.compile(
    r"appeal|crowdfund|fundrais|gofundme|justgiving|charit|telethon|donation page|giving page"
)


# ... and donors money was raised from, the count right after it ("£1.1m raised by 3,000 donors",
# "raised £2m from 3,000 donors"), or blood collected from ("collected 71,460 bags from 58,900
# donors"; late-kinds11): givers to a collection, where a donor conference's states pledge
RE_RAISED_FROM_BEFORE = re.compile(r"(?:raised|collected)\b[^.;:!?]{0,30}?\s(?:by|from)\s+\Z")
RAISED_FROM_REACH = 44  # characters before the count read for "raised ... by" or "from"


# ... and donors of the body, named by what they give or by being alive or dead ("58 deceased organ
# donors", "41 living kidney donors", "3,000 blood donors"; late-kinds11): persons
BODY_DONOR_MODIFIERS = frozenset(
    "blood organ kidney liver lung heart plasma platelet marrow cornea egg sperm deceased living".split()
)


def _appeal_donors(sc: Scanner, start: int, head_end: int) -> bool:
    """Whether the agent noun ending at `head_end` is donors money was raised from, donors of the
    body or donors in a sentence of a public appeal (above), or in the sentence after one ("The
    appeal closed at $412,000. It came from 2,317 donors"; late-kinds13); each sentence read once
    for its words of an appeal, however many donors it counts."""
    words = sc.lower[start:head_end].split()
    if words[-1] not in APPEAL_DONOR_HEADS:
        return False
    if any(word in BODY_DONOR_MODIFIERS for word in words[1:-1]):
        return True
    cut = sc.approx_before(start)[1]
    if RE_RAISED_FROM_BEFORE.search(sc.lower, max(0, cut - RAISED_FROM_REACH), cut):
        return True
    s_start = sc.sentence_bounds(start)[0]
    return (
        sentence_matches(sc, start, RE_APPEAL_WORDS) or s_start > 0 and _sentence_before_appeal(sc, s_start)
    )


def _sentence_before_appeal(sc: Scanner, s_start: int) -> bool:
    """Whether the sentence ending right before `s_start`, in the same paragraph, speaks of an appeal."""
    before = s_start - 1
    while before > 0 and sc.body[before].isspace() and sc.body[before] != "\n":
        before -= 1
    return sc.body[before] != "\n" and sentence_matches(sc, before, RE_APPEAL_WORDS)


# Speakers of a language are persons ("107,000 speakers left", "1,500 new fluent speakers"); a
# loudspeaker is a thing ("installed 400 speakers"), so a speaker is a person only in a text that
# speaks of a language or after a language's name ("Welsh speakers"), or after a modifier of who
# persons are (vocab.AGENT_PERSON_MODIFIERS: "native", "fluent"; late-kinds13)
SPEAKER_HEADS = frozenset(("speakers",))
RE_LANGUAGE_WORDS = re.compile(r"\b(?:languages?|dialects?|bilingual|mother tongue|lingua franca)\b")


def _language_speakers(sc: Scanner, start: int, head_end: int) -> bool:
    """Whether the agent noun ending at `head_end` is speakers in a text of a language (above),
    the text read once."""
    words = sc.body[start:head_end].split()
    if words[-1].lower() not in SPEAKER_HEADS:
        return False
    if len(words) > 2 and words[-2][:1].isupper() and words[-2][1:].isalpha() and words[-2][1:].islower():
        return True  # "58,400 Welsh speakers": a language's name before them
    return text_fact(sc, "speaks of a language", lambda: RE_LANGUAGE_WORDS.search(sc.lower) is not None)


# Winners of a lottery, a raffle or a sweepstake are ticket holders, persons ("the lottery's 46
# winners", "12 EuroMillions winners"); a trainer's or a stable's "46 winners" are horses, so only a
# word of a lottery in the sentence decides
LOTTERY_WINNER_HEADS = frozenset(("winners",))
RE_LOTTERY_WORDS = re.compile(
    r"lotter|jackpot|raffle|sweepstake|euromillions|powerball|premium bond|scratchcard"
)


# ... or a prize tier of a results line before the count ("Match 5: 14 winners", "Match 5 + Bonus:
# 1 winner"), the count its winners, one or many
RE_PRIZE_TIER_BEFORE = re.compile(r"\bMatch\s\d{1,2}(?:\s?\+\s?[A-Z][\w-]*(?:\s[A-Z][\w-]*)?)?:\s\Z")
PRIZE_TIER_REACH = 40  # characters before a count read for its prize tier
TIER_WINNER_HEADS = frozenset(("winner", "winners"))


def _lottery_winners(sc: Scanner, start: int, head_end: int) -> bool:
    """Whether the agent noun ending at `head_end` is winners in a sentence of a lottery (above)."""
    if sc.lower[start:head_end].rsplit(None, 1)[-1] not in LOTTERY_WINNER_HEADS:
        return False
    return sentence_matches(sc, start, RE_LOTTERY_WORDS) or tier_winners(sc.body, start, "winners")


# Subscribers to a share issue or to something read or heard are persons ("11,870,000 shares from
# 214 subscribers", "the newsletter has 3,912 subscribers"; late-kinds14); a phone or pay-TV
# service's subscribers are its accounts (rules: p-set notes on mobile subscribers), so only a word
# of shares or of such reading in the sentence decides
SUBSCRIBER_HEADS = frozenset(("subscribers",))
RE_SUBSCRIBED_WORDS = re.compile(
    r"\b(?:shares|share\s+issue|rights\s+issue|ipo|newsletter|magazine|newspaper|podcast|journal)\b"
)


def _persons_subscribed(sc: Scanner, start: int, head_end: int) -> bool:
    """Whether the agent noun ending at `head_end` is subscribers in a sentence of shares or of
    something read or heard (above)."""
    if sc.lower[start:head_end].rsplit(None, 1)[-1] not in SUBSCRIBER_HEADS:
        return False
    return sentence_matches(sc, start, RE_SUBSCRIBED_WORDS)


def tier_winners(body: str, start: int, head: str) -> bool:
    """Whether a count at `start` of `head` (lower case) is a prize tier's winners (above)."""
    return (
        head in TIER_WINNER_HEADS
        and body.endswith(": ", 0, start)
        and RE_PRIZE_TIER_BEFORE.search(body, max(0, start - PRIZE_TIER_REACH), start) is not None
    )


# A utility's customers are its accounts, homes and businesses (rules, table 4), also in a "who"
# clause about the supply they lost or have ("the 212,000 customers who lost it", "subscribers who
# still have no service"): "who" does not make them persons there
ACCOUNT_HEADS = frozenset(("customers", "subscribers"))
RE_WHO_SUPPLY_AFTER = re.compile(
    r"\s+who\s+(?:[a-z]+\s+){0,3}?(?:power|electricity|supply|service|water|gas|heating|internet|broadband"
    r"|data|signal|connections?|it|them)\b"
)


def _agent_persons(sc: Scanner, start: int, head_end: int) -> bool:
    """Whether an agent noun's plural counted from `start`, its noun phrase ending at `head_end`,
    names persons (above)."""
    if (
        _appeal_donors(sc, start, head_end)
        or _lottery_winners(sc, start, head_end)
        or _persons_subscribed(sc, start, head_end)
        or _language_speakers(sc, start, head_end)
    ):
        return True
    if (
        sc.lower[start:head_end].rsplit(None, 1)[-1] in ACCOUNT_HEADS
        and RE_WHO_SUPPLY_AFTER.match(sc.lower, head_end, head_end + AGENT_VERB_REACH) is not None
    ):
        return False
    # a word of who persons are before the doer's noun in its phrase ("400 women pickers", "300
    # migrant cutters", "child labourers"): the compound names persons ("40 patient monitors" and
    # "two passenger carriers" name what is made for persons)
    words = sc.lower[start:head_end].split()
    if any(person_modifier(word, words[-1]) for word in words[1:-1]):
        return True
    if persons_fate_after(sc, head_end):
        return True
    body = sc.body
    cut = sc.approx_before(start)[1]
    if (
        sc.lower[start:head_end].rsplit(None, 1)[-1] in HIRED_VEHICLE_NOUNS
        and verb_before(body, cut) in HIRE_VERBS
    ):
        return False  # "hired 40 coaches to take fans to the final": vehicles
    if (
        after_taking_verb(body, cut)
        or parent_of(body, cut)  # "a team of nine surveyors", "a crew of 14 riggers": its members
    ):
        return True
    # the second object of one taking verb ("recruited 300 conductors and 150 signallers"), or a
    # count joined to a count of persons ("48 athletes and 12 coaches": a list joins like with like)
    vehicle = sc.lower[start:head_end].rsplit(None, 1)[-1] in HIRED_VEHICLE_NOUNS
    if sc.lower[start:head_end].rsplit(None, 1)[-1] in FIRM_AGENT_WORDS:
        return False  # "11,600 academics and 4,200 employers": firms in a list of persons
    joined = RE_JOINED_OBJECT_BEFORE.search(body, max(0, cut - JOINED_OBJECT_REACH), cut)
    if (
        joined is not None
        and not shop_outlets(joined.group(0).lower().split()[:-1])
        and (
            (names_persons(head := joined.group("head").lower()) or is_agent_plural(head))
            and after_taking_verb(body, joined.start("first"))
            or names_persons(head)
            and not (vehicle and head in RIDER_NOUNS)  # "3,000 passengers and 40 coaches": vehicles
        )
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
    team = after.group("team")
    if team is not None:
        return team in PEOPLE_GROUP_NOUNS or team.removesuffix("s") in PEOPLE_GROUP_NOUNS
    noun = (after.group("noun") or after.group("part") or after.group("peer") or "").lower()
    return bool(after.group("aged") or after.group("whom")) or names_persons(noun)


PARTY_VERB_HEADS = frozenset(("costs", "cost"))  # read as a plural noun after a party's number
# a recipe's servings: "serves six", "(Serves 4)", "Serves: up to 8" (rules: p233, p714), counted
# portions, not diners
RE_SERVINGS_BEFORE = re.compile(r"(?<![\w-])(?i:serves|serving|servings)(?::[ \t]*|[ \t]+)(?:up to[ \t]+)?\Z")
SERVING_VERBS = frozenset(("serves", "serve", "serving"))  # a recipe's servings, counted (RE_SERVINGS_BEFORE)


# a bare number a team names, picks or selects as its side ("Clubs must name their 17 by 4pm",
# "the coach picked his 23"), or a booking note's cap on places set off by a comma ("$10 for
# non-members, limit 20", "Limit: 12"): the persons of the side or the places for persons
RE_SQUAD_NAMED_BEFORE = re.compile(
    r"\b(?:name|names|named|naming|pick|picks|picked|select|selects|selected)\s+(?:their|his|her|its)\s+\Z"
)
RE_PLACES_LIMIT_BEFORE = re.compile(r"(?:^|[,;(.])[ \t]*[Ll]imit:?[ \t]+\Z", re.M)
# ... or a cap on a group's size, the group the clause's subject ("groups are capped at 24", "Tours
# are limited to 16", "class sizes will be capped at 30"; late-kinds12): the persons in it
RE_GROUP_CAPPED_BEFORE = re.compile(
    r"\b(?:groups?|group\s+sizes?|class\s+sizes?|classes|tours|parties|places)\s+(?:are|is|were|was|will\s+be)\s+"
    r"(?:capped|limited|restricted)\s+(?:at|to)\s+\Z",
    re.IGNORECASE,
)
GROUP_CAP_REACH = 48  # characters before a bare number read for its group's cap
SQUAD_REACH = 24  # characters before a bare number read for its naming verb or its "limit"


# ... or how many a call for persons needs, in an aside right after them, the call's sentence opening
# with their plural ("Volunteers for the serving team (we need about 25) please call", "Stewards for
# the race (we still need 40) should sign up"): those persons (late-lists10)
RE_NEEDED_ASIDE_BEFORE = re.compile(
    r"\((?:we|they|I)\s+(?:still\s+)?(?:need|want|are\s+looking\s+for)\s+"
    rf"(?:(?:{N.ROUGH_COUNT}|at\s+least|another)\s+)?\Z"
)
RE_CALLED_PERSONS_BEFORE = re.compile(r"(?:^|[.!?:]\s+)(?P<noun>[A-Z][a-z]+s)\b[^.!?:()\n]{0,60}\s\Z", re.M)
NEEDED_ASIDE_REACH = 40  # characters before a bare number read for its aside's opening
CALLED_PERSONS_REACH = 80  # characters before the aside read for the sentence's opening plural


def _squad_or_places(body: str, start: int) -> bool:
    """Whether a bare number at `start` is a side a team names, a cap on places or on a group's size,
    or the persons an aside after them says are needed (above)."""
    reach = max(0, start - SQUAD_REACH)
    if RE_SQUAD_NAMED_BEFORE.search(body, reach, start) or RE_PLACES_LIMIT_BEFORE.search(body, reach, start):
        return True
    if RE_GROUP_CAPPED_BEFORE.search(body, max(0, start - GROUP_CAP_REACH), start):
        return True
    aside = RE_NEEDED_ASIDE_BEFORE.search(body, max(0, start - NEEDED_ASIDE_REACH), start)
    if aside is None:
        return False
    called = RE_CALLED_PERSONS_BEFORE.search(
        body, max(0, aside.start() - CALLED_PERSONS_REACH), aside.start()
    )
    return called is not None and (
        names_persons(noun := called.group("noun").lower()) or is_agent_plural(noun)
    )


# a multi-buy offer after "or" and a single price: a number, "for" and the price of that many
# ("tickets are $10 or three for $25", "£3 each, or two for £5"): the things bought, counted
RE_MULTIBUY_OR_BEFORE = re.compile(r"\bor\s+\Z")
RE_MULTIBUY_PRICE_AFTER = re.compile(r"\s+for\s+(?:[A-Z]{0,3}[$£€¥₹]|Rs\.?\s?)\d")


def _multibuy_offer(body: str, start: int, end: int) -> bool:
    """Whether the number at start:end is the size of a multi-buy offer (above)."""
    return bool(
        RE_MULTIBUY_OR_BEFORE.search(body, max(0, start - 8), start)
        and RE_MULTIBUY_PRICE_AFTER.match(body, end)
    )


def _price_for_things(sc: Scanner, start: int) -> bool:
    """Whether a number at `start` follows "for" right after a money figure that things priced by
    the number stand before (things_priced): "dumplings cost HK$48 for eight"."""
    price = money_before_for(sc, start)
    return price is not None and things_priced(sc.body, price.start)


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
# the places of a ranking a number word with no noun after "the top" counts ("aims for the top ten
# by 2030", "finished in the top three"; late-kinds12), as "the top 20" in digits does
RE_TOP_PLACES_BEFORE = re.compile(r"\b(?:[Tt]he|its|their|our|his|her)\s+top\s+\Z")
TOP_PLACES_REACH = 12  # characters before a number word read for "the top"
# ... or a bare count right before it, set against it by a comma ("for a total of four, against three
# a year ago"; late-kinds12)
RE_COMPARED_RIGHT_AFTER = re.compile(r",\s+(?:against|versus|compared\s+(?:with|to))\s+")
# ... or dated by an earlier year after it ("11 women's crews, up from six in 2025"; class-bare14)
RE_EARLIER_YEAR_AFTER = re.compile(r"\s+in\s+(?:19|20)\d\d\b")


def _compared_word(sc: Scanner, start: int, end: int) -> bool:
    """Whether a number word with no noun after it is a count's earlier value: a comparison word
    before it, an earlier time after it, and a count with its noun just before it in its
    sentence ("lost four ferries in the year to March, against seven a year earlier"), or a bare
    count right before it ("a total of four, against three a year ago")."""
    if not RE_COMPARED_BEFORE.search(sc.body, max(0, start - 14), start):
        return False
    if not RE_EARLIER_AFTER.match(sc.body, end, end + 30) and not RE_EARLIER_YEAR_AFTER.match(sc.body, end):
        return False
    last = sc.last_count
    s_start, _ = sc.sentence_bounds(start)
    return (
        last is not None
        and max(s_start, start - COMPARED_REACH) <= last.start
        and last.end <= start
        and (
            last.end > last.core[1] or RE_COMPARED_RIGHT_AFTER.fullmatch(sc.body, last.end, start) is not None
        )
    )


# A number in digits writes its unit of points in the singular too ("cut by 0.25 point to 4.35%",
# "rose 1 point to 44%", "a 0.5 point drop", "a 5 point lead"): the unit as "points" is, when the
# phrase ends after it (a function word, punctuation) or a move or gap noun follows; not a noun it
# modifies ("a 10 point plan") nor "point of" ("a 2 point of sale")
RE_SINGULAR_POINT_AFTER = re.compile(r"\s+point(?![\w'’-])")
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
    return not RE_BE_BEFORE.search(body, max(0, start - 8), start) or count_in_sentence_before(sc, start)


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
