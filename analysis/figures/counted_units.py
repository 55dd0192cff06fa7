"""Counted units: the unit a count's noun says, after the number (count_unit_after) or carried
from before it (the noun counted earlier in the sentence or the sentence before), counted nouns
and modifiers, persons referred to, parties and servings, and the measured noun after a count."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from functools import partial
from itertools import islice
from typing import TYPE_CHECKING

from ..letters import LETTER
from ..vocab import (
    ABBREVIATED_PLURALS,
    ADVISER_NOUNS,
    AGENT_PERSON_MODIFIERS,
    AGENT_PERSON_PARTICIPLES,
    AGENT_PERSON_PHRASES,
    AGENT_PERSON_VERBS,
    AGENT_TAKING_VERBS,
    AIRCRAFT_PERSON_NOUNS,
    ANIMAL_NOUNS,
    ATTACK_NOUNS,
    AUDIENCE_NOUNS,
    AUXILIARY_VERBS,
    BE_WORDS,
    CARRY_VERBS,
    CASUALTY_PARTICIPLES,
    CLAUSE_BREAKS,
    CLAUSE_OPENERS,
    COMMUNITY_ROLE_NOUNS,
    COMMUNITY_WORDS,
    COURT_NOUNS,
    DEMONYM_PLURALS,
    FARM_PRODUCER_NOUNS,
    FARM_PRODUCERS_AT_LEAST,
    FARM_WORDS,
    FARMER_WORDS,
    FINALIST_NOUNS,
    FIRM_ADVISER_MODIFIERS,
    FIRM_TRADE_NOUNS,
    FIRM_TRADE_PERSON_MODIFIERS,
    FIRM_USER_MODIFIERS,
    FIRM_USER_NOUNS,
    FRACTION_WORDS,
    FUNCTION_WORDS,
    HEAD_OF_OFFICES,
    IRREGULAR_PAST_VERBS,
    IRREGULAR_SINGULARS,
    MACHINE_CREW_NOUNS,
    MACHINE_MODIFIERS,
    MODAL_VERBS,
    MONTHS,
    NUMBERED_PLACE_WORDS,
    NUMBERING_VERBS,
    OFFENCE_NOUNS,
    PARENT_NOUNS,
    PARTY_NOUNS_BEFORE_FOR,
    PARTY_VERBS,
    PEOPLE_GROUP_NOUNS,
    PEOPLE_NOUNS,
    PEOPLE_NOUNS_AFTER_NUMBER,
    PEOPLE_NOUNS_UNLESS_OF,
    PEOPLE_VERBS,
    PERSON_NOUNS,
    PERSON_TITLES,
    PLURAL_MODIFIER_NOUNS,
    SHOP_TRADE_PLURALS,
    SLOT_POSITION_WORDS,
    SUBJECT_OPENERS,
    THING_SOURCE_MODIFIERS,
    THING_TAKING_VERBS,
    UNINFLECTED_PLURALS,
    VEHICLE_CREW_NOUNS,
    VEHICLE_MODIFIERS,
    VENUE_NOUNS,
    WEEKDAYS,
)
from . import digit_groups, sport_names
from . import numbers as N
from .carry_over import RE_OF_THEM
from .count_boxes import (
    box_heading_people,
    case_box_near,
    list_aside_open,
    opens_line,
    patient_list,
    period_label_slash,
    person_state_label,
)
from .durations import one_time_untold
from .elided_units import GAPPED_UNIT_KINDS, RE_COMPARED_ASIDE_GAP, gapped_name
from .figure import Figure, Value, is_number
from .noun_phrases import PREPOSITIONS, past_form
from .percent_points import RE_SPORT_CUE
from .person_nouns import (
    ACCENTED_LETTERS,
    MEMBER_HEADS,
    NOUN_PHRASE_ENDS,
    RE_NEXT_LOWER,
    RE_NEXT_WORD,
    RE_OF_TWO_WORDS,
    RE_PEOPLE_STATE_AFTER,
    SEAT_HEADS,
    WAITING_LIST_WORDS,
    aircraft_model_before,
    animal_individuals,
    cased_goods_after,
    compound_persons,
    court_copy,
    court_verb_before,
    court_words_after,
    demonym_adjective,
    disease_after,
    firm_contractor,
    health_copy,
    institution_owns,
    is_demonym_plural,
    is_modifier_noun,
    is_s_adjective,
    joined_modifier_head,
    labour_strikes,
    name_before_persons,
    of_country_bloc,
    offence_after,
    offence_before,
    parent_of,
    person_singular,
    persons_described,
    shop_outlets,
    team_stat_number,
    verb_before,
)
from .sport_readings import horse_racing
from .subject_clauses import DAY_PARTS, SAYING_WORDS
from .subjects import MODAL_HOLDS, PLACE_NOUNS
from .unit_readings import reading as measure_reading
from .words import (
    LABEL_LINE_OPENING_BEFORE,
    is_agent_plural,
    is_person_agent,
    names_persons,
    sentence_matches,
    text_fact,
    tokens,
)

if TYPE_CHECKING:
    from ..extract import Scanner

# a compound adjective holding a figure between a number and its noun ("three 25-basis-point
# cuts", "two 12-storey towers"): read past, so that the noun after it is counted
RE_FIGURE_COMPOUND = re.compile(r"\s\d[\d.,]*-[A-Za-z]+(?:-[A-Za-z]+)*(?=\s[a-z])")
# the number of a model's name inside a counted noun phrase ("105 Leopard 2 tanks"), or of a
# numbered place in lower case ("42 ward 6 residents", vocab.NUMBERED_PLACE_WORDS' singulars)
RE_NAME_NUMBER = re.compile(r"\s\d{1,4}(?=\s[a-z])")
# (and a numbered slot's word: "12 cell 4 inmates", names.SLOT_POSITION_WORDS)
PLACE_SINGULARS = frozenset(w for w in NUMBERED_PLACE_WORDS if not w.endswith("s")) | SLOT_POSITION_WORDS
# an emergency line's number between a count and the calls made to it ("900 911 calls", names.
# is_name_or_code): the calls are counted
RE_EMERGENCY_LINE_CALLS = re.compile(rf"\s{digit_groups.EMERGENCY_NUMBERS}(?=\scalls?\b)")
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
# the marks of approximation or size hyphened after a number before its noun ("60-odd people",
# "60-plus people", "a 5,000-strong crowd")
SIZE_MARKS = ("odd", "plus", "strong")
# "two of those", "three of the suspects", "two of CERN's experiments", "two of the city's 14
# libraries": a number word that counts
# part of a whole ("one of the ..." is an idiom and gets no row)
# the size of the whole after it, in digits or words ("three of the 27 member states", "two of the
# three victims"), its thousands grouped by spaces too ("2 480 of the 3 100 learners")
SPACED_NUMBER = r"\d{1,3}(?: \d{3})+(?![\d,]|\.\d)"  # thousands grouped by spaces ("2 480", "1 250 000")
# A TV ratings line ("Ratings: BBC One 4.1m (22.3%), ITV 3.2m (17.5%)", "Sunday's audiences:
# Strictly 7.2m, Gladiators 5.1m"), read up to a channel's or a show's name before its number:
# the number is that channel's or show's audience, persons (as "7.42 million viewers")
AUDIENCE_LABEL_WORDS = "ratings|audiences|audience|viewers|overnights|viewing figures"
_AUDIENCE_NAME = r"[A-Z][\w'’.&+!-]*(?:[ \t]+[A-Z0-9][\w'’.&+!-]*){0,3}[ \t]+"
RE_AUDIENCE_LINE_BEFORE = re.compile(
    rf"{LABEL_LINE_OPENING_BEFORE}(?:[A-Za-z'’]+[ \t]+){{0,3}}(?i:{AUDIENCE_LABEL_WORDS}):[ \t]+"
    rf"(?:{_AUDIENCE_NAME}\d[\d.,]*(?:m|k|[ \t]+million)?(?:[ \t]+\([^()\n]{{1,12}}\))?,[ \t]+)*"
    rf"{_AUDIENCE_NAME}\Z"
)
AUDIENCE_LINE_REACH = 200  # characters before a number read for its ratings line
# ... an audience in millions or thousands ("4.1m", "3.9 million", "850,000"), not a score ("Netflix 4")
RE_AUDIENCE_NUMBER = re.compile(r"\d[\d.]*(?:m|k|[ \t]+million)(?![\w'’-])|\d{1,3}(?:,\d{3})+(?![\d,])")
# ... and a ranked list's line ending in such a number after a bracketed channel and day ("4. Dag
# Allemaal Thuis (Een+, Monday) 702,000") under a heading that names the audience ("THE WEEK'S TOP
# FIVE (live, viewers aged 4+)"): the show's audience, persons
RE_RANKED_LINE = re.compile(r"[ \t]*\d{1,2}\.[ \t]+[^\n]{1,80}\)[ \t]+")
RE_AUDIENCE_HEADING = re.compile(rf"\b(?:{AUDIENCE_LABEL_WORDS}|listeners)\b", re.IGNORECASE)
RANKED_LINE_REACH = 160  # characters of one line read back
RANKED_LINES_BACK = 12  # lines read back for the list's heading


RE_ONE_OF = re.compile(r"^\s+(?:of|another|or two)\b", re.IGNORECASE)
# ("three quarter-finalists" counts players: a quarter-final is a round, not a fraction)
RE_FRACTION_AFTER = re.compile(
    r"^[-\s](?:" + "|".join(FRACTION_WORDS) + r")\b(?!-(?:finals?|finalists?)\b)", re.IGNORECASE
)
# "23 of the 46 members", "3.5 million of the 4.3 million voters", "21 of Scotland's 32 councils",
# "3 of its 4 departments" (a whole of one digit too), "2 480 of the 3 100 learners" (thousands
# grouped by spaces)
RE_OF_COUNT = re.compile(
    rf"(?:\s+{N.SCALE_WORD})?\s+of\s+(?:the\s+|its\s+|their\s+|all\s+|(?:the\s+[a-z]+|[A-Z][\w-]*)['’]s\s+)?"
    rf"(?:{SPACED_NUMBER}|\d(?:[\d,.]*\d)?)"
    r"|\s+of\s+(?:the\s+)?\d"
    rf"|\s+of\s+the\s+(?i:{N.WORD_NUMBER})\s"  # "23 of the forty-six members"
)
RE_LETTER = re.compile(LETTER)  # every word of words.tokens starts with one


# a regnal number after a capitalised word ("Louis II", "Francis XIV"): a monarch's or a pope's
# name, never a plural of persons as a demonym's "-is" reads ("Iraqis", "Qataris")
RE_REGNAL_AFTER = re.compile(r" (?:I{2,3}|IV|VI{0,3}|IX|XI{0,3}|XIV|XV|XVI{1,3}|XIX|XX)(?![\w'’-])")


# "one" before these is an idiom or a pronoun, not a count ("one day", "on the one hand").
ONE_IDIOMS = frozenset(
    """day way time thing another side another's of by more less or and after other back apiece each
    such last final big major key main reason should would could can will must may might shall
    was has had does did says said can't cannot
    about around roughly nearly almost
    hell heck fell""".split()
)  # ("one hell of a match", "one heck of a season": an idiom of degree; "in one fell swoop")
# (the last: "one" as a pronoun before a figure of its own, "the old one about half the size")
# ... and one only after its preposition ("on one hand", "under one roof": idioms; "lost the use of
# one hand", "one roof collapsed": counts)
PREPOSITION_ONE_IDIOMS = {"hand": "on ", "roof": "under "}
# Nouns after which "one" means "a" ("one option", "one possibility", "one example"), unless a
# word before it limits the number ("only one option", "just one example").
ONE_ARTICLE_NOUNS = frozenset(
    "option possibility example explanation factor alternative scenario idea theory answer".split()
)
RE_ONLY_BEFORE = re.compile(r"\b(?:only|just|single|least|than)\s+\Z", re.IGNORECASE)
# ... and a group of animals after "with one", its members after "of" ("swimmers allowed in the
# water with one group of whales", "boats near one pod of dolphins"): the base of a limit, "a
# group" (no row, as "one option"; late-kinds15); "with only one group" counts
ONE_GROUP_NOUNS = frozenset("group pod herd flock shoal troop pack".split())
RE_WITH_ONE_BEFORE = re.compile(r"\b(?:with|near|around|beside|alongside)\s+\Z", re.IGNORECASE)
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
RE_ONE_NOUN = re.compile(
    rf"\s+(?:(?:single|particular|new|more|other|big|small|major|key)\s+)?([a-z][a-z{ACCENTED_LETTERS}]{{2,}})\b"
)  # ("one lycée": late-kinds13)
# "from one season to the next", "from one water year to the next": a change over time, an idiom
# of succession; "one" counts nothing there, whatever its noun (late-units9)
RE_ONE_TO_THE_NEXT = re.compile(r"(?:\s+[a-z]+){1,3}\s+to\s+the\s+next\b")
# ... or "the" and an adjective that sets one thing against another ("The new one holds 9,000",
# "the old one was smaller": the pronoun, as "the new one" in the rules' table 8), or "a" and an
# adjective, which no numeral follows ("A fresh one weighs some 60g", "a bigger one")
RE_ONE_ARTICLE_BEFORE = re.compile(
    r"(?:\b(?:the|on the|at|in|as|no|any|every|each)\s+|\b(?:the|this|that|a)\s+(?:same|only|other|right|wrong)\s+"
    r"|\b(?:a|an)\s+[a-z]+\s+"
    r"|\b(?:the|this|that)\s+(?:new|old|first|second|third|last|next|latest|original|previous|current"
    r"|existing|older|newer|smaller|larger|bigger|smallest|largest|biggest)\s+)\Z",
    re.IGNORECASE,
)
ONE_ARTICLE_REACH = 20  # characters before "one" read for RE_ONE_ARTICLE_BEFORE


# "one" naming a thing by its capitalised name ("the merger of one Regional Health
# Board", "one Labour councillor"); not a day or month ("one Monday", "one January morning")
RE_ONE_MEASURED_NOUN_AFTER = re.compile(
    r"\s+\d[\d,.]*-?(?P<unit>[A-Za-z]{1,10})(?:\s+\([^()\n]{1,24}\))?\s+(?P<noun>[a-z]{3,})\b(?![\w'’-])"
)  # a size joined to its unit, its conversion in brackets if any ("One 100-gram (3.5-ounce) skein";
# late-lists10), then a singular noun (one_quantifies)
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


def _preposition_idiom(body: str, start: int, word: str) -> bool:
    """Whether "one" at `start` and `word` after it make an idiom with the preposition before them."""
    before = PREPOSITION_ONE_IDIOMS.get(word)
    return before is not None and body[max(0, start - len(before)) : start].lower() == before


# the second noun of a compound after "at one" or "in one", then a clause mark or a word that
# ends a noun phrase (_place_compound)
RE_COMPOUND_END = re.compile(
    r"\s+[a-z]{3,}(?=\s*(?:[),.;:!?]|\Z)|\s+(?:and|or|in|at|on|of|with|for|from|to|near|by)\b)"
)


# a singular noun after "in one" or "at one", then what it holds counted ("in one hotel with 16
# rooms", "at one school with 300 pupils"): a thing counted where it is (late-lists10)
# ("at one point with 30 minutes left", "at one stage with ten laps to go": idioms of time)
RE_ONE_NOUN_WITH_COUNT = re.compile(
    r"\s+(?!(?:point|stage|place|moment|go|sitting|stroke)\b)[a-z]{3,}\s+with\s+\d[\d,]*\s+"
    r"(?!(?:minutes|hours|seconds|days|weeks|months|years|laps|games|rounds)\b)[a-z]+s\b"
)


def _place_compound(body: str, before: str, end: int) -> bool:
    """Whether "at one" or "in one" is followed by a compound noun, a thing counted where it is
    ("no paper towels at one hand sink", "mould in one cold room"), or by a noun and what it holds
    ("in one hotel with 16 rooms"), not an idiom ("at one point")."""
    noun = RE_ONE_NOUN.match(body, end)
    if before.strip().lower() not in ("at", "in") or noun is None or noun.group(1) in ONE_IDIOMS:
        return False
    if RE_ONE_NOUN_WITH_COUNT.match(body, end):
        return True
    # the compound ends its phrase ("at one hand sink)", "at one wash basin and"), not "at one
    # point held 160 accounts" or "At one point officials considered" (a clause goes on)
    return (
        not past_form(noun.group(1))
        and _modifier_then_noun(body, noun.end())
        and RE_COMPOUND_END.match(body, noun.end()) is not None
    )


def one_quantifies(body: str, start: int, end: int) -> bool:
    """ "one" counts the singular noun after it ("one solution", "just one area", "one proposal",
    "one failed bid", "one Labour councillor"), not in idioms ("one day", "on the one hand", "the
    one that") nor after "the", nor as the article before a source ("according to one estimate")."""
    if (article := RE_ONE_ARTICLE_BEFORE.search(body, max(0, start - ONE_ARTICLE_REACH), start)) and not (
        _place_compound(body, article.group(0), end)
    ):
        return False
    if body[max(0, start - 5) : start].lower() == "from " and RE_ONE_TO_THE_NEXT.match(body, end, end + 40):
        return False  # "from one harvest year to the next": an idiom of succession
    if RE_PRICE_BASE_BEFORE.search(body, max(0, start - 16), start):
        return (
            False  # "the cost of one physiotherapy visit": the base of a price, no figure (as "per 10 grams")
        )
    noun = RE_ONE_NOUN.match(body, end)
    if noun is None and (measured := RE_ONE_MEASURED_NOUN_AFTER.match(body, end, end + 40)):
        # "one 150-gram portion", "one 1.5-litre bottle": a measured size, then the thing counted
        return (
            bool(measure_reading(measured.group("unit"), True)) and measured.group("noun") not in ONE_IDIOMS
        )
    if noun is None:
        named = RE_ONE_NAMED.match(body, end)
        return named is not None and named.group(1) not in NOT_ONE_NAMED
    word = noun.group(1)
    if _one_source(body, start, end, word):
        return False
    if word in ONE_ARTICLE_NOUNS and not RE_ONLY_BEFORE.search(body, max(0, start - 12), start):
        return False  # "a hike is one option": "an option", not a count of options
    if (
        word in ONE_GROUP_NOUNS
        and body.startswith(" of ", noun.end())
        and RE_WITH_ONE_BEFORE.search(body, max(0, start - 12), start)
    ):
        return False  # "with one group of whales": "a group", the base of a limit
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
        and not _preposition_idiom(body, start, word)
        and not word.endswith(("ly", "ing"))
        and not past_form(word)  # "one bed", "one shed": no past form
        and word not in ("who", "which", "that")
    )


# ... or any clause opening "Among ..." or "Of the ..." that names a plural noun, with the words
# that qualify it, before the comma right before a bare count ("Among patients with stage 4
# cancer, 1,204 received the therapy", "Among farmers in the district, 640 lost their crops"), or
# persons by their fate after "the" ("Of the dead, four were under 16": vocab.CASUALTY_PARTICIPLES)
RE_FRONTED_GROUP = re.compile(
    r"\s*(?:Among|Amongst|Of)\s+(?:(?:the|those|these|its|their)\s+)?(?:[a-z][\w'’-]*\s+){0,3}?"
    rf"(?P<noun>[a-z][a-z-]*s|(?<=the\s)(?:{'|'.join(sorted(CASUALTY_PARTICIPLES))}))\b[^,;:.()]{{0,60}},\s\Z"
)


def _fronted_group_unit(body: str, s_start: int, start: int) -> str:
    """People or attacks for a bare count at `start` after an opening "Among <plural noun> ...,"
    of its sentence (see RE_FRONTED_GROUP), else ""."""
    found = RE_FRONTED_GROUP.match(body, s_start, start)
    if found is None or found.end() != start:
        return ""
    noun = found.group("noun")
    return "people" if noun in PEOPLE_NOUNS else "attacks" if noun in ATTACK_NOUNS else ""


# a threshold's or an approximation's words between a number and its noun ("three or more times",
# "a dozen or so protesters", "40 or so boats": the noun is counted; "or so" is approximate)
RE_OR_MORE = re.compile(r" or (?:more|fewer|less|so)(?= )")
# a person's singular after a number above one, parallel to the modifier of a plural noun of things
# that a figure after "and" names ("64 passenger and 90 freight trains", "12 student and 30 staff
# flats"): the first figure counts that noun, not persons ("one patient and two nurses", "64 staff
# and 12 volunteers" count persons; late-kinds15)
RE_AND_MODIFIED_FIGURE_AFTER = re.compile(
    rf"\s+(?:and|or)\s+(?:\d[\d,.]*(?:[-–]\d[\d,.]*)?|(?i:{N.WORD_NUMBER}))\s+[a-z-]+(?<!s)\s+(?P<noun>[a-z-]+s)\b"
)
RE_ONE_BEFORE = re.compile(r"(?:(?<![\d.,])1|\b(?i:one|an?))\Z")


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


# the plural of a top letter grade after a number ("three A*s", "two A**s", "four As and a B"): the
# grades got are counted (`count`), as "three Bs" is by its plain noun; "As" only before "and",
# "or", "in", "at" or a mark, where it is no conjunction ("three As the deadline neared")
RE_GRADE_PLURAL_AFTER = re.compile(r" (A\*{1,2}['’]?s(?![\w*])|As(?=[,.;:!?)]|\s+(?:and|or|in|at)\b))")


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
    if body.startswith((" – ", " — "), end) and opens_line(body, end):
        found = count_unit_after(sc, end + 2)  # "38,300 – residents in the estimate": an item in numbers
        if found[0] == "people":
            return found
    if after == " " and body[end + 1 : end + 2] == "A" and (grades := RE_GRADE_PLURAL_AFTER.match(body, end)):
        return "count", grades.end(), grades.group(1), True  # "three A*s", "four As and a B": grades got
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
    if RE_FORECASTERS_AFTER.match(body, pos, limit) and RE_THE_MARK_BEFORE.search(
        body, max(0, end - 32), end
    ):
        return "", end, "", False  # "beating the 3 million analysts had pencilled in": the mark forecast
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
        prior = lower  # ("radio sources": the modifier before the noun)
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
                    and joined_modifier_head(body[match.end() : limit], 0)
                )
            ):
                break
            pos = match.end()  # "12 shipping and industry sources": two modifiers of one noun
            continue
        read += 1
        pos = match.end()
        if read > 4:
            break
        if (
            read == 1
            and lower in PEOPLE_NOUNS
            and not lower.endswith("s")
            and (parallel := RE_AND_MODIFIED_FIGURE_AFTER.match(body, pos))
            and not names_persons(parallel.group("noun"))
            and not RE_ONE_BEFORE.search(body, max(0, end - 4), end)
        ):
            return "", end, "", False  # "64 passenger and 90 freight trains": the trains are counted
        if read == 1 and lower == "head" and _livestock_head(body, pos, limit):
            # "1,300 head of cattle", "2,500 head on the ranch": beasts; a bare "head" names them no
            # better than its clause does ("yardings reached 241,600 head"), so the phrase ends at the number
            return "", pos if RE_OF_AFTER.match(body, pos) else end, word, True
        if lower in PEOPLE_NOUNS_UNLESS_OF and not RE_OF_AFTER.match(body, pos):
            # "12 industry sources", "registered drivers"; "1.4 million radio sources": things
            thing_sources = lower in SOURCE_NOUNS and (
                prior in THING_SOURCE_MODIFIERS or RE_THOUSANDS_BEFORE.search(body, max(0, end - 16), end)
            )
            unit = "" if thing_sources else "people"
            head_end, head = pos, word
        elif lower in ("cases", "case") and (
            offence_after(body, pos)
            or offence_before(body, end, match.start())
            and not disease_after(body, pos)  # "Police said 40 cases of cholera": patients
            or court_copy(sc)
            or court_verb_before(body, end)
            and not disease_after(body, pos)  # "closed 12 cases of cholera": patients
            or cased_goods_after(body, pos)
            or not health_copy(sc)  # no word of health in the text: no patients
        ):
            unit, head_end, head = "", pos, word  # "96 cases of cable theft": offences counted; packs
        elif (
            lower == "heads"
            and (office := RE_OF_TWO_WORDS.match(body, pos))
            and office.group(1) in HEAD_OF_OFFICES
        ):
            unit, head_end, head = "people", office.end(1), word  # "12 heads of state": persons
        elif lower in ("individuals", "individual", "juveniles") and animal_individuals(sc, end, pos):
            unit, head_end, head = "", pos, word  # "21,450 individuals" of a seabird: animals counted
        elif lower in ("contractors", "contractor") and firm_contractor(body, end, match.start()):
            unit, head_end, head = "", pos, word  # "three main contractors": firms, not workers
        elif lower in ADVISER_NOUNS and firm_contractor(body, end, match.start(), FIRM_ADVISER_MODIFIERS):
            unit, head_end, head = "", pos, word  # "two proxy advisers": advisory firms, not persons
        elif lower in FIRM_USER_NOUNS and firm_contractor(body, end, match.start(), FIRM_USER_MODIFIERS):
            unit, head_end, head = "", pos, word  # "64 large industrial users" of gas: firms, not persons
        elif lower in SHOP_TRADE_PLURALS and shop_outlets(body[end:pos].lower().split()):
            unit, head_end, head = "", pos, word  # "1,140 retail chemists": shops, not persons
        elif lower in MERCHANT_NOUNS and sentence_matches(sc, end, RE_PAYMENT_SERVICE_CUE):
            unit, head_end, head = "", pos, word  # "6.2 lakh merchants" on a QR code service: businesses
        elif lower in FIRM_TRADE_NOUNS and procured_firms(sc, end, match.start()):
            unit, head_end, head = "", pos, word  # "paid to 46 suppliers", "14 bidders" of a tender: firms
        elif lower in AIRCRAFT_PERSON_NOUNS and aircraft_model_before(body, end, match.start()):
            unit, head_end, head = "", pos, word  # "114 Rafale fighters", "two F-16 fighters": aircraft
        elif lower in ("members", "member") and (bloc := of_country_bloc(body, pos, limit)):
            return "", bloc.end(), word, True  # "eight members of OPEC+": countries, not people
        elif lower == "members" and read == 1 and institution_owns(body, sc.sentence_bounds(end)[0], end):
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
            or (read == 1 and person_singular(body, end, lower, pos))
            or (read == 2 and person_singular(body, end, lower, pos, prior))  # "one part-time technician"
        ):
            unit, head_end, head = "people", pos, word
        elif lower.rsplit("-", 1)[-1] in FINALIST_NOUNS and not _text_names_teams(sc):
            unit, head_end, head = "people", pos, word  # "the eight quarter-finalists" of a darts event
        elif lower in ATTACK_NOUNS and not (
            lower in ("strikes", "strike") and labour_strikes(body, end, pos)
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
            if not is_modifier_noun(lower, body[pos : pos + 32]) and not name_before_persons(word, body, pos):
                break
    return unit, head_end, head, plural


# a mark after "the" and a relative clause with no pronoun, its subject the forecasters ("beat the 2
# million analysts had forecast", "the 180,000 economists expected"): the figure is what they
# forecast, its noun the sentence's, not theirs ("the 300 analysts expected to attend" are counted)
RE_FORECASTERS_AFTER = re.compile(
    r"\s+[a-z]{3,}s\s+(?:(?:had|have|has)\s+)?(?:expected|forecast|predicted|estimated|projected|anticipated"
    r"|pencill?ed\s+in|budgeted|hoped\s+for)\b(?!\s+to\b)"
)
RE_THE_MARK_BEFORE = re.compile(rf"\b[Tt]he\s+\d[\d,.]*(?:\s?{N.SCALE_WORD})?\Z")

RE_LOWER_WORD_AFTER = re.compile(r" [a-z]")
# words by which a text speaks of teams or a team competition: its finalists may be teams, not
# persons (vocab.FINALIST_NOUNS; "the cup's eight quarter-finalists were drawn" are clubs)
RE_TEAM_WORDS = re.compile(r"\b(?:teams|clubs|squads|sides|nations|cup|league)\b")


def _text_names_teams(sc: Scanner) -> bool:
    """Whether the text speaks of teams (RE_TEAM_WORDS), read once per text."""
    return text_fact(sc, "names teams", lambda: RE_TEAM_WORDS.search(sc.lower) is not None)


def _livestock_head(body: str, pos: int, limit: int) -> bool:
    """Whether a singular "head" ending at `pos` right after a number counts beasts, as farm and
    game copy counts herds ("1,300 head of cattle", "some 2,500 head on the ranch"; rules, table 4:
    `count`): no noun follows it ("12 head coaches" counts coaches)."""
    after = RE_NEXT_WORD.match(body, pos, limit)
    return after is None or after.group(1).lower() in NOUN_PHRASE_ENDS


def _acronym_modifier(word: str, body: str, pos: int) -> bool:
    """Whether a word in capitals that spells a function word ("US", "IT") is an acronym modifying
    the lower-case noun after it ("28,500 US troops", "400 IT staff"), not the pronoun: it does not
    end the noun phrase after a count."""
    return len(word) > 1 and word.isupper() and RE_LOWER_WORD_AFTER.match(body, pos) is not None


# what ends "drivers" and "sources" as people: "drivers of growth", "sources of revenue"
RE_OF_AFTER = re.compile(r"\s+(?:of|behind)\b")
# persons quoted as sources are a handful: "sources" counted in thousands or more ("1.4 million
# radio sources", "850,000 X-ray sources", "4 to 5 million sources") are things found (late-kinds12)
SOURCE_NOUNS = frozenset(("sources", "source"))
RE_THOUSANDS_BEFORE = re.compile(rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d{{4,}}|\s{N.SCALE_WORD})\Z")
# merchants a payment service counts are its accounts, businesses, as a utility's customers are
# (rules, table 4: "6.2 lakh merchants" on a QR code service, "3,800 small merchants" a firm takes
# card payments for; late-kinds12); merchants elsewhere stay persons ("the 40 spice merchants")
MERCHANT_NOUNS = frozenset(("merchants",))
RE_PAYMENT_SERVICE_CUE = re.compile(
    r"\b(?:payments?|qr|cards?|upi|pos|point-of-sale|terminals?|wallets?|acquir(?:er|ers|ing)|checkout)\b"
)


def _modifier_joined(body: str, end: int, limit: int) -> bool:
    """Whether the word after an "and" or "or" ending at `end` opens a noun phrase (a modifier or
    the noun: "shipping and industry sources"), not a new clause ("and rose", "and the")."""
    after = RE_NEXT_WORD.match(body, end, limit)
    return after is not None and after.group(1).islower() and after.group(1) not in NOUN_PHRASE_ENDS


# digits inside a compound adjective: "a 200-seat chamber", "a 12-storey tower", "a 7-point lead"
RE_DIGITS_COMPOUND_NOUN = re.compile(r"-([a-z]{3,})(?![\w-])")


# the capitalised words that go on with a name a compound describes ("300-bed Harbour View Hospital")
RE_NAME_GOES_ON = re.compile(r"(?:\s[A-Z][A-Za-z'’-]*){1,3}")


# "a 36,750-capacity stadium", "the 900-capacity hall": a venue's capacity in a compound counts the
# people it holds (as a stadium's capacity is people, p45), where "a 200-seat chamber" counts seats
VENUE_CAPACITY = "capacity"


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
        or compound_persons(head)
        or head == VENUE_CAPACITY
        or (head in SEAT_HEADS or head in MEMBER_HEADS)
        and persons_described(sc.body, head, head_end, limit)
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


def procured_firms(sc: Scanner, end: int, noun_start: int) -> bool:
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
    return not persons_fate_after(sc, noun_end, who=False)


# the count's share restated in an aside between it and its verb ("Of those, 14,930, or 81.1 per
# cent, were offered", "In all 2,050 (89%) died"; late-kinds12): the verb after it is the count's
RE_SHARE_ASIDE_AFTER = re.compile(
    rf",\s+or\s+(?:{N.ROUGH_COUNT}\s+)?\d[\d.,]*\s?(?:%|per\s?cent\b|percent\b),"
    r"|\s+\(\d[\d.,]*\s?(?:%|per\s?cent|percent)\)"
)
SHARE_ASIDE_REACH = 32  # characters after a number read for its share's aside


def past_share_aside(body: str, end: int) -> int:
    """Where the words after a number ending at `end` go on, past an aside restating its share (the
    digit run may have taken the aside's comma: "14,930,")."""
    start = end - 1 if body[end - 1 : end] == "," else end
    if body[start : start + 1] not in (",", " "):
        return end
    aside = RE_SHARE_ASIDE_AFTER.match(body, start, start + SHARE_ASIDE_REACH)
    return aside.end() if aside else end


def number_end(sc: Scanner, start: int) -> int:
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
# ... and a list that goes on past its first gapped clause to a plural of doers in small letters
# ("gave the ruling party 212 seats, the main opposition 98 and independents 14", "Labour 11 and
# independents 6"): each item a subject of one to four words and its bare number, the last a
# plural noun; the things the list's count names, not the persons of the last item (no item between
# when that count is itself a bare item of the list, "the main opposition 98")
RE_GAPPED_CHAIN = re.compile(
    r"(?:(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?(?:[\w'’.&/-]+\s+){1,4}\d[\d,]*)*"
    r"(?:,\s*(?:and\s+)?|\s+and\s+)[a-z]+s\s+"
)
RE_DIGIT = re.compile(r"\d")
GAPPED_CHAIN_REACH = 160  # characters from the count to the last item's number, at most
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
# ... or "the" and the noun with at most a word of its period ("It expects the monthly number to
# reach 5,000", "expects the total to reach 19,000"; not "the number of schools", which names its
# own noun; class-bare14)
RE_THAT_NUMBER = re.compile(
    r"\b(?:[Tt]hat|[Tt]his|the(?:\s+(?:monthly|annual|yearly|weekly|daily|overall))?)\s+"
    r"(?:number|figure|total|tally)\b(?!\s+of\b)"
)
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


# a verb of forecasting right before a bare number after a count in its sentence ("The economy added
# 175,000 jobs; economists had forecast 240,000", "sold 1,050 cars, against 1,200 expected"): the
# same things, forecast, not the forecasters a people noun before the verb names
RE_FORECAST_VERB_BEFORE = re.compile(
    r"(?:forecast|forecasts|forecasting|expected|expecting|predicted|predicting|projected|anticipated)\s+\Z"
)
FORECAST_VERB_REACH = 16  # characters before a number read for the verb


# a bare number in an aside right after a count that names its noun, then a word of difference
# ("85 stalls, 12 more than in 2025", "40 branches, three fewer than a year ago"): by how many that
# count differs, in its unit
RE_DIFFERENCE_ASIDE_GAP = re.compile(r",\s+(?:or\s+|and\s+)?")
RE_DIFFERENCE_WORD_AFTER = re.compile(r"\s+(?:more|fewer|less)\b")
PEOPLE_STATE_REACH = 40  # characters after a whole's number read for what its persons did
RE_SCALE_AFTER = re.compile(rf"\s+{N.SCALE_WORD}(?![\w-])")  # the whole's scale word ("of the 9.8 million")


# a bare number after "in" or "into" and a group's noun ("treated in groups of about 66", "split
# into teams of five"): the members of each group, persons for a group of persons
# (vocab.PEOPLE_GROUP_NOUNS) or for "groups" when persons are named shortly before
RE_SPLIT_INTO_BEFORE = re.compile(r"\b(?:in|into)\s+(?P<group>[a-z]+)\s+of\s+\Z")
# "the women's field of 24", "a field of 130": a contest's entrants, persons, except in a text about
# horse racing, whose runners are horses (`count`, p562's "a field of 14"; class-bare14)
RE_FIELD_OF_BEFORE = re.compile(r"\bfield\s+of\s+\Z")


# a census's own verb of counting right before a bare number: the persons it counted ("the 2021
# census counted 39,287", "the census had recorded 1.92 million"; a noun after the number, "counted
# 41,000 households", names its own unit; class-bare14)
RE_CENSUS_COUNTED_BEFORE = re.compile(r"\bcensus\s+(?:had\s+|has\s+)?(?:counted|recorded|enumerated)\s+\Z")
CENSUS_REACH = 32  # characters before the number read for the census and its verb


# a bare number after a verb of building and "for" ("was built for 450", "designed for 28"), or after
# that and "and has" ("built for 450 and has 740"): the persons a building holds, when its sentence or
# the one before names persons ("Classes average 27 pupils ... Block 2 was built for 450 and has 740")
# or the building is a venue (VENUE_NOUNS: "the stadium was designed for 30,000"); else things ("The
# car park was built for 600"; class-bare14)
RE_BUILT_FOR_BEFORE = re.compile(
    r"\b(?:built|designed|meant|intended)\s+for\s+(?:(?:about|around|some|only|just)\s+)?"
    r"(?:\d[\d,]*\s+(?:and|but)\s+(?:now\s+|still\s+|once\s+|already\s+)?"
    r"(?:has|holds|houses|takes|had|held|housed|took|carries|carried|teaches|serves)\s+)?\Z"
)
BUILT_FOR_REACH = 64  # characters before the number read for the verb of building
CAPACITY_REACH = 300  # characters before the number read for the persons or the venue named


def capacity_persons(sc: Scanner, s_start: int, cut: int) -> bool:
    """Whether a bare number whose words before end at `cut` is a building's capacity of persons
    (above); `s_start` is where its sentence starts."""
    if RE_BUILT_FOR_BEFORE.search(sc.lower, max(0, cut - BUILT_FOR_REACH), cut) is None:
        return False
    lo = max(sc.sentence_bounds(s_start - 1)[0] if s_start > 0 else 0, cut - CAPACITY_REACH)
    return any(
        lower in VENUE_NOUNS or lower in PEOPLE_NOUNS
        for lower in (w.lower() for w in tokens(sc.body[lo:cut]))
    )


# a bare number opening the answer to a question "How many ...?" right before it ("HOW MANY TROOPS
# ARE DEPLOYED? About 4,500, according to the ministry", "How many councils will be merged? Nine,
# under the plan"): what the question counts (class-bare14)
RE_HOW_MANY = re.compile(r"\bhow\s+many\s+((?:[a-z-]+\s+){0,2}[a-z-]+)", re.IGNORECASE)
RE_ANSWER_OPENING = re.compile(
    r"\s*(?:(?:about|around|roughly|some|nearly|almost|more\s+than|over|just|only)\s+)?", re.IGNORECASE
)
ANSWER_OPENING_REACH = 24  # characters from the answer's start to its number, at most
QUESTION_REACH = 160  # characters of the question before the answer read for its "how many"


# ... or opening a numbered answer line ("3. Fourteen, from Victoria", "5. About 40,000:") whose
# question, numbered the same, stands earlier in the text ("3. How many local councils does Gozo
# have?"), as a quiz's answers at its foot do
RE_NUMBERED_ANSWER_BEFORE = re.compile(
    r"(?:\A|\n)[ \t]*(?P<k>\d{1,2})\.\s+(?:(?:about|around|roughly|some|nearly|almost|just|only)\s+)?\Z",
    re.IGNORECASE,
)
NUMBERED_QUESTION_REACH = 3000  # characters before a numbered answer read for its question's line


def _numbered_question(sc: Scanner, start: int) -> re.Match[str] | None:
    """The "how many" of the numbered question a bare number at `start` answers (above), or None."""
    answer = RE_NUMBERED_ANSWER_BEFORE.search(sc.body, max(0, start - ANSWER_OPENING_REACH), start)
    if answer is None:
        return None
    head, low = f"{answer.group('k')}. ", max(0, answer.start() - NUMBERED_QUESTION_REACH)
    asked = sc.body.rfind(f"\n{head}", low, answer.start())
    if asked < 0 and low == 0 and answer.start() > 0 and sc.body.startswith(head):
        asked = 0  # the question opens the text
    if asked < 0:
        return None
    line_end = sc.body.find("\n", asked + 1, answer.start())
    return RE_HOW_MANY.search(sc.body, asked, line_end if line_end >= 0 else answer.start())


def asked_count(sc: Scanner, start: int) -> re.Match[str] | None:
    """The "how many" of the question a bare number at `start` opens the answer to (above), or None."""
    if (numbered := _numbered_question(sc, start)) is not None:
        return numbered
    s_start, _ = sc.sentence_bounds(start)
    if s_start <= 0 or start - s_start > ANSWER_OPENING_REACH:
        return None
    if not RE_ANSWER_OPENING.fullmatch(sc.body, s_start, start) or not sc.body[:s_start].rstrip().endswith(
        "?"
    ):
        return None
    return RE_HOW_MANY.search(
        sc.body, max(sc.sentence_bounds(s_start - 1)[0], s_start - QUESTION_REACH), s_start
    )


def answered_unit(sc: Scanner, start: int) -> str:
    """The unit of what the question before counts, for a bare number opening its answer (above):
    "people", "attacks", "count", or "" when it is no such answer."""
    asked = asked_count(sc, start)
    if asked is None:
        return ""
    words = asked.group(1).lower().split()
    if any(w in PEOPLE_NOUNS for w in words):
        return "people"
    return "attacks" if any(w in ATTACK_NOUNS for w in words) else "count"


# a bare number after "in" or "on" ending its clause, in a sentence opened by a fronted whole "Of the
# N nouns," ("Of the 82 murders, police have charged suspects in 49"): a part of the whole, in its
# unit, not the persons its clause names (class-bare14)
RE_FRONTED_COUNT_OPENING = re.compile(r"[\"“‘]?Of\s+(?:the|its|their)\s+\d[\d,]*\s+[^,.;:!?\d]{1,60},\s")
RE_PART_IN_BEFORE = re.compile(r"\s(?:in|on)\s+\Z")
RE_PART_END_AFTER = re.compile(r"(?<=[,.])|[;:!?)]|\s+(?:and|but)\s")  # (the digit run takes a comma or stop)
PART_IN_REACH = 160  # characters from the sentence's start to the bare number, at most


def _fronted_whole_part(sc: Scanner, s_start: int, start: int, cut: int) -> Figure | None:
    """The fronted whole's count a bare number at `start` is part of (above), or None."""
    if start - s_start > PART_IN_REACH or not RE_PART_IN_BEFORE.search(sc.body, max(0, cut - 5), cut):
        return None
    opening = RE_FRONTED_COUNT_OPENING.match(sc.body, s_start)
    if opening is None or not RE_PART_END_AFTER.match(sc.body, number_end(sc, start)):
        return None
    whole = sc.last_count
    if whole is None or not s_start <= whole.start < opening.end() or whole.unit not in COUNT_UNITS:
        return None
    return whole


def field_entrants(sc: Scanner, start: int) -> bool:
    """Whether "field of" right before `start` counts a contest's entrants, persons (above)."""
    return RE_FIELD_OF_BEFORE.search(sc.lower, max(0, start - 10), start) is not None and not horse_racing(sc)


SPLIT_GROUP_NOUNS = frozenset(("groups", "batches", "cohorts", "waves"))
PERSONS_NAMED_REACH = 300  # characters before the group's phrase read for a noun of persons
RE_LOWER_WORD = re.compile(r"[a-z]+")


def _persons_named_before(sc: Scanner, at: int) -> bool:
    """Whether a noun of persons (vocab.PEOPLE_NOUNS) stands within PERSONS_NAMED_REACH before `at`."""
    return any(
        w.group() in PEOPLE_NOUNS
        for w in RE_LOWER_WORD.finditer(sc.lower, max(0, at - PERSONS_NAMED_REACH), at)
    )


# a tally's label at its line's head, what it counts then "by" and the period or the part it is
# broken down by, then a colon ("Small boat arrivals by year: 2022 45,774; 2023 29,437", "Visitors
# by month: January 12,300"): the label's noun of persons names what each bare number counts
RE_TALLY_LABEL = re.compile(
    r"[ \t]*(?P<label>[A-Za-z][\w'’ -]{0,48}?)\s+by\s+(?:year|month|quarter|week|region|state|country"
    r"|nationality|county|province|age|sex|gender)\s*:[^\n:]*\Z"
)
TALLY_LINE_REACH = 240  # characters back to the line's start read for the label


def tally_label_people(sc: Scanner, start: int) -> bool:
    """Whether a bare number at `start` stands on a tally's line whose label (RE_TALLY_LABEL) names
    persons (vocab.PEOPLE_NOUNS)."""
    line_start = sc.body.rfind("\n", max(0, start - TALLY_LINE_REACH), start) + 1
    if line_start == 0 and start > TALLY_LINE_REACH:
        return False
    label = RE_TALLY_LABEL.match(sc.body, line_start, start)
    return label is not None and any(
        w.group() in PEOPLE_NOUNS for w in RE_LOWER_WORD.finditer(label.group("label").lower())
    )


# a fact box's total after its heading, on the heading's line or the line above ("Refugees hosted
# by country. Total: 7.39m"): the heading's noun of persons names what the total counts
RE_TOTAL_BEFORE = re.compile(r"(?:^|(?<=[\s.]))(?:Total|TOTAL):[ \t]*\Z")
TOTAL_HEADING_REACH = 120  # characters before "Total:" read for the heading
TOTAL_HEADING_WORDS = 8  # a heading's words, at most


def total_under_persons(sc: Scanner, start: int) -> bool:
    """Whether a bare number at `start` follows "Total:" under a short heading (on its line or the
    nearest line above) that names persons (vocab.PEOPLE_NOUNS)."""
    total = RE_TOTAL_BEFORE.search(sc.body, max(0, start - 10), start)
    if total is None:
        return False
    head_end = total.start()
    text = sc.body[max(0, head_end - TOTAL_HEADING_REACH) : head_end].rstrip()
    heading = text[text.rfind("\n") + 1 :]
    words = RE_LOWER_WORD.findall(heading.lower())
    return 0 < len(words) <= TOTAL_HEADING_WORDS and any(w in PEOPLE_NOUNS for w in words)


# a plural noun of things opening its clause right before a verb of reaching a level ("calls hit
# 14,800", "complaints reached 9,300"; late-kinds12): the number counts those things, not the
# persons an earlier clause of the sentence counted
RE_THINGS_LEVEL_BEFORE = re.compile(
    r"(?:^|[;:]\s+|[.!?]\s+|,\s+(?:and|while|but)\s+)(?P<noun>[A-Za-z][a-z]+s)\s+"
    r"(?:hit|reached|topped|totalled|totaled|(?:rose|climbed|jumped|fell|dropped)\s+to)\s+\Z"
)
THINGS_LEVEL_REACH = 40  # characters before a bare number read for that noun and verb


def inherited_unit(sc: Scanner, start: int) -> str:
    """A unit implied by the words before a bare number or by an earlier count in the sentence."""
    if sc.body[start - 2 : start] == ": " and box_heading_people(sc.body, start):
        return "people"  # "Visitors" above "1996: 3.3 million a year": the persons the box counts
    if tally_label_people(sc, start):
        return "people"  # "Asylum seekers by year: 2021 48,540; 2022 74,751": the persons tallied
    if sc.body[start - 2 : start] == ": " and total_under_persons(sc, start):
        return "people"  # "Registered voters by region. Total: 4.25m": the persons of the box's heading
    s_start, _ = sc.sentence_bounds(start)
    window = max(s_start, start - 80)
    # the last words are read (to a clause break: "The number of people sleeping on its streets rose
    # 18% to 2,914"); with no letter among them (a list of numbers) none names a unit
    before: list[str] = []
    cut = start
    if RE_LETTER.search(sc.body, window, start):
        _, cut = sc.approx_before(start)  # "killed more than 50,000": the verb before "more than"
        before = tokens(sc.body[window:cut])[-INHERIT_WORDS:]
    of_count = RE_OF_COUNT.match(sc.body, number_end(sc, start))
    if of_count:  # "23 of the 46 members": the unit of the whole, before the words around it
        unit, _, head, _ = count_unit_after(sc, of_count.end())
        if not unit and head.lower() == "days" and sc.lower.endswith(" on ", 0, cut):
            return "days"  # "on 41 of the 58 days": the days it happened on, counted (rules, table 4)
        if unit or head:
            return unit or "count"
        whole_end = (
            scaled.end() if (scaled := RE_SCALE_AFTER.match(sc.body, of_count.end())) else of_count.end()
        )
        if RE_PEOPLE_STATE_AFTER.match(sc.body, whole_end, whole_end + PEOPLE_STATE_REACH):
            return "people"  # "61,000 of the 402,000 registered there", "9 of the 40 on board": persons
    if sc.body.endswith(" of ", 0, cut) and (
        split := RE_SPLIT_INTO_BEFORE.search(sc.lower, max(0, cut - 24), cut)
    ):
        group = split.group("group")
        if (
            group in PEOPLE_GROUP_NOUNS
            or group in SPLIT_GROUP_NOUNS
            and _persons_named_before(sc, split.start())
        ):
            return "people"  # "the patients ... in groups of about 66", "split into teams of five": their members
    last_word = before[-1].lower() if before else ""
    listed = sc.last_count
    if (
        listed is not None
        and s_start <= listed.start
        and listed.unit in COUNT_UNITS
        and listed.end > listed.core[1]
        and RE_DIFFERENCE_ASIDE_GAP.fullmatch(sc.body, listed.end, cut)
        and RE_DIFFERENCE_WORD_AFTER.match(sc.body, number_end(sc, start))
    ):
        return listed.unit  # "hired 85 stalls, 12 more than in 2025": the stalls, not the visitors before

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
        and listed.unit == "count"
        and s_start <= listed.start
        and listed.end <= start <= listed.end + GAPPED_CHAIN_REACH
        and RE_GAPPED_CHAIN.fullmatch(sc.body, listed.end, start)
        and (listed.end == listed.core[1] or RE_DIGIT.search(sc.body, listed.end, start) is not None)
    ):
        return listed.unit  # "212 seats, the main opposition 98 and independents 14": still the seats
    if (
        listed is not None
        and s_start <= listed.start
        and listed.unit in COUNT_UNITS
        and RE_FORECAST_VERB_BEFORE.search(sc.body, max(listed.end, cut - FORECAST_VERB_REACH), cut)
    ):
        return listed.unit  # "added 175,000 jobs; economists had forecast 240,000": the jobs forecast
    if (
        things := RE_THINGS_LEVEL_BEFORE.search(sc.body, max(s_start, cut - THINGS_LEVEL_REACH), cut)
    ) and not (names_persons(things.group("noun").lower())):
        return ""  # "hired 40 extra staff ...; calls hit 14,800 on Monday": the calls, not the staff
    if sc.body.startswith(" more", number_end(sc, start)) and not RE_MORE_THAN.match(
        sc.body, number_end(sc, start)
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
    if before[-1:] and before[-1][:1].isupper() and team_stat_number(sc.body, start):
        return "count"  # "Corners: Celtic 11, Rangers 4": a team's statistic, not persons (rules, table 4)
    if (
        before[-1:]
        and before[-1][:1].isupper()
        and RE_AUDIENCE_NUMBER.match(sc.body, start)
        and RE_AUDIENCE_LINE_BEFORE.search(sc.body, max(0, start - AUDIENCE_LINE_REACH), start)
    ):
        return "people"  # "Ratings: BBC One 4.1m (22.3%), ITV 3.2m": the channels' audiences
    if (
        before[-1:] == [")"]
        and RE_AUDIENCE_NUMBER.match(sc.body, start)
        and _ranked_audience_line(sc.body, start)
    ):
        return "people"  # "4. Dag Allemaal Thuis (Een+, Monday) 702,000" under "TOP FIVE (viewers)"
    if last_word in NUMBERING_VERBS and _who_numbers(before):
        return "people"  # "cane cutters, who number about 1 200,": "who" stands for persons
    if last_word in CARRY_VERBS and RE_CARRIED_END_AFTER.match(sc.body, number_end(sc, start)):
        return "people"  # "The ferry was carrying 212 when it ran aground": the persons on board
    if [w.lower() for w in before[-2:]] in MODAL_HOLDS and (
        sc.body[number_end(sc, start) - 1] in ".,"  # the digit run took the stop ("seat 900.")
        or RE_CARRIED_END_AFTER.match(sc.body, number_end(sc, start))
    ):
        return "people"  # "the cathedral can seat 900.", "can hold 40,000 when": a capacity of people
    if sc.body[start - 1 : start] in "—–" and RE_BOX_ATTENDANCE_BEFORE.search(
        sc.body, max(0, start - 4), start
    ):
        return "people"  # a box score's agate line "T—3:11. A—8,417.": the attendance
    if last_word == "of" and parent_of(sc.body, cut):
        return "people"  # "a wedding party of 60", "the parish's choir of 45": the group's members
    if last_word == "of" and field_entrants(sc, cut):
        return "people"  # "The women's field of 24 is down to eight": the entrants
    if RE_CENSUS_COUNTED_BEFORE.search(sc.lower, max(0, cut - CENSUS_REACH), cut):
        return "people"  # "the census counted 39,287": a census counts persons
    if (asked := answered_unit(sc, start)) in ("people", "attacks"):
        return asked  # "HOW MANY TROOPS ARE DEPLOYED? About 4,500": the troops
    if capacity_persons(sc, s_start, cut):
        return "people"  # "Block 2 was built for 450 and has 740" after pupils counted: pupils
    if (whole := _fronted_whole_part(sc, s_start, start, cut)) is not None:
        return whole.unit  # "Of the 82 murders, police have charged suspects in 49": murders
    if last_word in ("for", "scored", "scoring") and RE_SCORED_BEFORE.search(sc.body, window, cut):
        return "count"  # "The Kiwis were bowled out for 46": the runs (RE_SCORED_BEFORE)
    if sc.body.endswith(", ", 0, start) and (fronted := _fronted_group_unit(sc.body, s_start, start)):
        return fronted  # "Among patients with stage 4 cancer, 1,204 received": the patients
    if (opening := _subject_past_aside(sc, s_start, start, cut)) is not None:
        return opening  # "Teachers in the province, whose union has called a strike, number 48,000"
    if last_word == ":" and _lettered_item_things(sc.body, start):
        return "count"  # "(b) voting for more candidates than ...: 3" under "The number of ballot papers"
    unit = _unit_of_words(
        before,
        last_word,
        partial(court_copy, sc),
        partial(case_box_near, sc, start),
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
        sc.lower.find("that ", window, start) >= 0
        or sc.lower.find("this ", window, start) >= 0
        or sc.lower.find("the ", window, start) >= 0
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
        sc.body, number_end(sc, start)
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
    ) and (verb := RE_CARRIED_VERB_AFTER.match(sc.body, past_share_aside(sc.body, number_end(sc, start)))):
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
    opened = aside_opened(sc, s_start, start, cut)
    return _opening_head_unit(tokens(sc.body[s_start:opened])) if opened >= 0 else None


def aside_opened(sc: Scanner, s_start: int, start: int, cut: int) -> int:
    """Where the aside after the opening noun phrase opens (its comma), when a bare number at
    `start` counts that phrase past it (see above), else -1."""
    body = sc.body
    if cut - s_start > OPENING_SUBJECT_REACH or not body.endswith(" ", 0, cut):
        return -1
    if body.endswith(", ", 0, cut) and RE_IN_ALL_AFTER.match(body, number_end(sc, start)):
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


# a fronted "Of these," (or "Of those,", "Of them,") opening a sentence right before a count: the
# count is a part of what the sentence before counted
RE_OF_THESE_BEFORE = re.compile(r"[Oo]f\s+(?:these|those|them),\s+\Z")


def part_of_these_verb(sc: Scanner, start: int, end: int, head_end: int) -> bool:
    """Whether a count opening its sentence after "Of these," has a past verb right after it and
    the noun read as its own stands after that verb, with a count in the sentence before: the noun
    is the verb's object, and the count is a part of that earlier count ("61 attacks ... Of these,
    38 targeted civilians": attacks, not civilians)."""
    s_start = sc.sentence_bounds(start)[0]
    if start - s_start > FRONTED_REACH or RE_OF_THESE_BEFORE.search(sc.body, s_start, start) is None:
        return False
    verb = RE_CARRIED_VERB_AFTER.match(sc.body, end)
    if verb is None or verb.group(1) is not None or verb.end() >= head_end:
        return False
    last = sc.last_count
    return (
        last is not None
        and s_start > 0
        and sc.sentence_bounds(s_start - 1)[0] <= last.core[0] < s_start
        and last.unit in COUNT_UNITS
    )


def part_of_these_noun(sc: Scanner, start: int) -> str:
    """The plural noun the latest count of the sentence before a count at `start` names, the whole
    "Of these," stands for (part_of_these_verb: "61 attacks ... Of these, 38": "attacks"), or ""."""
    s_start = sc.sentence_bounds(start)[0]
    if s_start <= 0:
        return ""
    lo = sc.sentence_bounds(s_start - 1)[0]
    for figure in reversed(sc.figures[-RECENT_COUNTS:]):
        if figure.core[0] < lo:
            break
        if figure.kind == "count" and figure.core[0] < s_start and figure.subject:
            noun = figure.subject.partition(" ")[0]
            return noun if noun.isalpha() and noun.islower() and noun.endswith("s") else ""
    return ""


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
            and not demonym_adjective(words, i)
        ):
            return "people"
        if lower in ATTACK_NOUNS and lower.endswith("s"):
            return "attacks"
        if _thing_noun(lower) and not is_s_adjective(lower):
            return "count"  # the nearest plural noun is of things
    return ""


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
# (a modifier and a doer's noun too: "the number of plow operators has fallen to about 1,650")
def person_modifier(modifier: str, head: str) -> bool:
    """Whether a word before an agent noun's plural `head` names persons (AGENT_PERSON_MODIFIERS);
    a vehicle or a machine only before the job nouns of those who drive or work it (VEHICLE_CREW_NOUNS,
    MACHINE_CREW_NOUNS)."""
    if modifier in VEHICLE_MODIFIERS:
        return head in VEHICLE_CREW_NOUNS
    if modifier in MACHINE_MODIFIERS:
        return head in MACHINE_CREW_NOUNS  # "crane operators"; "backhoe loaders" are machines
    return modifier in AGENT_PERSON_MODIFIERS


RE_NUMBER_OF_OPENING = re.compile(r"(?:The|the)\s+(?:number|total)\s+of\s+([A-Za-z]+)(?:\s+([a-z]+))?")


RE_NUMBER_OF = re.compile(r"\b(?:number|total)\s+of\s+([A-Za-z]+)(?:\s+([a-z]+))?")
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
    if found and found.group(2) and person_modifier(noun, found.group(2)) and is_agent_plural(found.group(2)):
        return "people"  # "the number of plow operators", "of women pickers": a doer who is a person
    if found and found.group(2) != "of" and is_agent_plural(noun) and noun[:-1] not in ANIMAL_NOUNS:
        return "people"  # "the number of drivers has since fallen to about 4,300": doers (late-lists10)
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


# ... and "the list" alone after one, in the text shortly before ("The audit of waiting lists ...
# Removing them would cut the list to 1,983"): the same list, its people
RE_WAITING_LIST = re.compile(r"wait(?:ing\s+)?lists?\b")
WAITING_LIST_REACH = 800  # characters before "the list" read for the waiting list it carries


def _waiting_list_before(sc: Scanner, start: int) -> bool:
    """Whether a waiting list is named within WAITING_LIST_REACH characters before `start`."""
    return RE_WAITING_LIST.search(sc.lower, max(0, start - WAITING_LIST_REACH), start) is not None


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


def _line_start(body: str, end: int) -> int:
    """The start of the line that ends at `end`, or -1 when it is longer than RANKED_LINE_REACH."""
    floor = max(0, end - RANKED_LINE_REACH)
    at = body.rfind("\n", floor, end)
    return at + 1 if at >= 0 or floor == 0 else -1


# A lettered item's figure after its colon ("(b) voting for more candidates than the voter was
# entitled to: 3") under a heading that counts things ("The number of ballot papers rejected was as
# follows:"): those things, whatever persons the item's reason names (late-kinds11)
RE_LETTERED_ITEM = re.compile(r"[ \t]*\([a-z]\)[ \t]")
RE_NUMBER_OF_HEADING = re.compile(
    r"\b[Nn]umber\s+of\s+(?:the\s+)?(?:[a-z-]+\s+)?(?P<noun>[a-z-]+s)\b[^\n]*:[ \t]*\n"
)


def _heading_line(body: str, line: int, is_item: Callable[[int, int], bool]) -> tuple[int, int] | None:
    """The first line above the list line starting at `line` that is no item of its list
    (`is_item(start, end)`), within RANKED_LINES_BACK lines, as (start, end); None when none is."""
    for _ in range(RANKED_LINES_BACK):
        if line == 0:
            return None
        above = _line_start(body, line - 1)
        if above < 0:
            return None
        if not is_item(above, line):
            return above, line
        line = above
    return None


def _lettered_item_things(body: str, start: int) -> bool:
    """Whether the number at `start` ends a lettered item under a heading counting things (above)."""
    line = _line_start(body, start)
    if line < 0 or RE_LETTERED_ITEM.match(body, line, start) is None:
        return False
    heading = _heading_line(body, line, lambda at, end: RE_LETTERED_ITEM.match(body, at, end) is not None)
    if heading is None:
        return False
    found = RE_NUMBER_OF_HEADING.search(body, heading[0], heading[1] + 1)
    return found is not None and not names_persons(found.group("noun"))


def _ranked_audience_line(body: str, start: int) -> bool:
    """Whether the number at `start` ends a ranked list line under a heading naming an audience (above)."""
    line = _line_start(body, start)
    if line < 0 or RE_RANKED_LINE.fullmatch(body, line, start) is None:
        return False
    heading = _heading_line(
        body,
        line,
        lambda at, end: not body[at:end].strip() or RE_RANKED_LINE.match(body, at, end) is not None,
    )
    return heading is not None and RE_AUDIENCE_HEADING.search(body, *heading) is not None


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
            if person_state_label(before[:i], case_box):
                return "people"  # a disease or disaster box's "Missing: 12", "Recoveries: 4,210"
            after_colon = True
            continue  # "so few people live there: 57,190": the colon leads to the figure of its clause
        if after_colon and _thing_noun(word) and not is_s_adjective(word):
            break  # "Officials counted the boats: 40 of them sank": the things nearest the colon
        if after_colon and word in PEOPLE_VERBS and (i == 0 or not before[i - 1][0].isalpha()):
            return "people"  # a fact box's label "Injured: 140", "Displaced: 12,400": the persons
        if word == "," and (opened := list_aside_open(before, i)) >= 0:
            list_aside = opened  # "the inpatient list, for operations, stood at 3,100": the list's figure
            continue
        if word in ("and", "or") and 0 < i < len(before) - 1 and _names_joined(before, i):
            continue  # "The prison population in England and Wales reached 88,350": one place
        if not word[0].isalnum() or word in ("and", "or") or word in CLAUSE_BREAKS:
            if word not in ("%",) and not (word == "/" and period_label_slash(before, i)):
                break
        if word in ("cases", "case") and (
            any(w.lower() in OFFENCE_NOUNS for w in before[max(0, i - 3) : i])
            or court_words_after(before[i + 1 :])
            or court()
        ):
            return "count"  # "the number of criminal cases rose to 3,900": prosecutions counted
        if word in ("population", "populations") and i and before[i - 1].lower() in ANIMAL_NOUNS:
            return "count"  # "the rhino population stands at 2,318": animals, not people
        if word in TALLY_NOUNS and i and before[i - 1].lower() in PERSON_NOUNS:
            return "people"  # "the claimant count rose to 1.74 million": the claimants tallied
        if (
            word in WAITING_LIST_WORDS
            and not (i == len(before) - 2 and last_word == "of")  # "the list of 40 projects"
            and patient_list(before, i, waiting)
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
        if word in MIGRATION_NOUNS:
            return "people"  # "net migration was 728,000": the persons who moved
        if word in BIRTH_NOUNS and not (i and before[i - 1].lower() in ANIMAL_NOUNS):
            return "people"  # "births running at close to 1,100 a year": babies born
        if (
            word in PEOPLE_NOUNS
            or original in PEOPLE_NOUNS
            or word in AUDIENCE_NOUNS
            or is_demonym_plural(original)
            # a doer's plural right after "and", right before the number: "and conductors 30,000"
            # (a gapped amount, figures/elided_units.py), not a verb of the clause ("hovers at 40")
            or i == len(before) - 1
            and i
            and before[i - 1].lower() == "and"
            and original.islower()
            and is_person_agent(word)
        ) and word not in PEOPLE_VERBS:
            if _passive_agent(before, i):
                continue  # "Motorbikes impounded by traffic police rose to 2,900": the motorbikes
            if targeted := _targeted_by(before, i):
                return targeted  # "Attacks on civilians rose to 40": the attacks, not the civilians
            return "people"
        if word in ATTACK_NOUNS:
            return "attacks"
        if word.isalpha() and _from_number_noun(before, i):
            return (
                ""  # "ridership ... from 2.63 million journeys a week to 3.1 million": the journeys, carried
            )
    return ""


def _names_joined(before: list[str], i: int) -> bool:
    """Whether the "and" or "or" at before[i] joins two capitalised names after "in", "across" or
    "for" ("in England and Wales", "across Bosnia and Herzegovina"): a place, no clause break."""
    return (
        before[i - 1][:1].isupper()
        and before[i + 1][:1].isupper()
        and any(w.lower() in PLACE_LINKS for w in before[max(0, i - 3) : i - 1])
    )


PLACE_LINKS = frozenset(("in", "across", "for"))  # the prepositions before a place's names
TARGET_LINKS = frozenset(("on", "against"))  # "attacks on civilians", "crimes against women"


def _targeted_by(before: list[str], i: int) -> str:
    """The unit of an attack or an offence whose target is the persons' noun at before[i] ("Attacks
    on civilians rose to 40": `attacks`; "crimes against women reached 4,100": `count`), the noun
    right before "on" or "against" with no word between; or ""."""
    if i < 2 or before[i - 1].lower() not in TARGET_LINKS:
        return ""
    head = before[i - 2].lower()
    if head in ATTACK_NOUNS:
        return "attacks"
    return "count" if head in OFFENCE_NOUNS else ""


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


# verbs in the present that state the level a noun reaches, as timelines and headlines write them
# ("Employment peaks at 2,075", "Enrolment tops 900"): the verb, not a plural noun the noun before
# it would modify ("delivery vans passed 4 million"), when only the number or "at"/"to" follows
LEVEL_VERBS_PRESENT = frozenset(
    "peaks tops hits reaches nears passes totals stands rises climbs grows".split()
)


# plural nouns that name how many of the noun before them there are ("passenger numbers"), not
# things; "movements" as airports and ports count people passing through ("passenger movements
# rose to 6.1 million"; "aircraft movements" count flights)
QUANTITY_NOUNS = frozenset("numbers totals figures counts levels tallies volumes movements".split())
# a tally's own noun after the singular role its persons have ("the claimant count", "the inmate
# tally"): the persons are counted, as after a plural ("patient numbers")
TALLY_NOUNS = frozenset(("count", "tally"))
# the movement of persons across a border, as a level ("net migration was 728,000", "immigration
# reached 1.2 million"): persons counted
MIGRATION_NOUNS = frozenset(("migration", "immigration", "emigration"))
# births before a bare number in their clause ("With births running at close to 1,100 a year",
# "Births in the province fell to 41,200"): the babies born, persons, unless an animal's
# ("indri births": `count`; class-bare14)
BIRTH_NOUNS = frozenset(("births",))


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
    trips", "from two lanes"): the noun a later "to N" in the clause carries."""
    j = i - 1
    if j > 0 and before[j].lower() in N.SCALE_WORDS:
        j -= 1  # "from 2.63 million journeys": the digits before the scale word
    number = before[j][0].isdigit() or before[j].lower() in N.UNIT_WORDS  # "from two lanes to four"
    return j > 0 and number and before[j - 1].lower() == "from"


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


# "one" closing a list of parts counted by place ("29 are in Mallorca, eight in Ibiza, three in
# Menorca and one in Formentera"): the last part, a count of one (late-kinds11), where "one in
# Palma with 46 places" after a colon is a pronoun for one of the things counted
RE_PLACED_PART_BEFORE_ONE = re.compile(
    rf"(?<![\w.,])(?:\d[\d,]*|(?i:{N.WORD_NUMBER}))\s+in\s+(?:the\s+)?[\w'’-]+(?:\s+[A-Z][\w'’-]*){{0,2}},?\s+and\s+\Z"
)
RE_PLACED_ONE_AFTER = re.compile(r"\s+in\s+(?:the\s+)?[\w'’-]+(?:\s+[A-Z][\w'’-]*){0,2}\s*(?:[.;:)]|\Z)")
PLACED_PART_REACH = 60  # characters before "one" read for the list's part before it


def word_count_ok(sc: Scanner, start: int, end: int, text: str) -> bool:
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
    if sport_names.position_compared(sc.body, start, end):
        return False  # "from a gate wider than nine": a starting position (rules, table 8)
    if digit_groups.clock_words(sc.body, start, end):
        return False  # "by two o'clock", "at ten past nine": a time of day (rules, table 8)
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
        return bool(unit) or one_quantifies(sc.body, start, end) or _last_placed_part(sc.body, start, end)
    return True


def _last_placed_part(body: str, start: int, end: int) -> bool:
    """Whether "one" from `start` to `end` closes a list of parts counted by place (above)."""
    return (
        RE_PLACED_ONE_AFTER.match(body, end, end + 60) is not None
        and RE_PLACED_PART_BEFORE_ONE.search(body, max(0, start - PLACED_PART_REACH), start) is not None
    )


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
    r"|(?:\d[\d,]*|[a-z]+)\s+[a-z]+(?:\s+(?:in|at|on|still)\s+(?:the\s+|its\s+|their\s+)?[\w'’-]+){1,2}"
    # ... or a whole in digits whose plural noun a participle's or a place's phrase follows, to the
    # comma ("Of the 27 school buildings damaged in the floods of December 2024,", "Of the 40 lifts in
    # the estate's tower blocks,"; class-bare14)
    r"|\d[\d,]*\s+(?:[a-z-]+\s+){0,2}[a-z]+s\s+(?:[a-z]+ed|in|at|on|across)\s+[^.;:!?,\n]{1,60}),\s"
    r"(?:(?:only|just)\s+)?\Z"  # "..., only three had four cubs" (class-bare14)
)
ELLIPTIC_REACH = 80  # characters before a number word read for the whole it is part of
# ... or after the head of a coordinated clause, with the count it stands for earlier in its sentence
RE_CLAUSE_HEAD_BEFORE = re.compile(
    r"(?:;|,\s+(?:and|but|while|whereas)|,?\s+and\s+(?:another|a\s+further)"
    # ... or a clause of time or cause after the count's clause ("is down to 18 after two were
    # expelled"; class-bare14)
    r"|\s(?:after|when|because|since|until|once))\s+"
    # ... a time and a limiting adverb between ("It has 64 dog runs and 120 cat pens, and on Monday
    # only three were empty"; late-kinds14)
    r"(?:(?:on|in|by|at|last|this)\s+[A-Z]?[a-z]+\s+)?(?:(?:only|just)\s+)?\Z"
)
CLAUSE_HEAD_REACH = 40  # characters before a number word read for that head
CLAUSE_ELLIPTIC_REACH = 200  # characters from that count to the number word
# ... or right after a sentence that opens "Each" or "Every" and a noun, the class of things the
# number word's subject stands for ("Each new dish weighs 42 tonnes. Forty-one had been
# assembled", "Every bus seats 60. Twelve were delivered in May"; late-kinds12)
RE_EACH_SENTENCE_BEFORE = re.compile(
    r"(?:\A|[.!?]\s+|\n)(?:Each|Every)\s+[a-z](?:[^.!?\n]|\.\d){2,150}[.!?]\s+\Z"
)
EACH_SENTENCE_REACH = 170  # characters before a number word read for that sentence


def elliptic_subject(sc: Scanner, start: int, end: int) -> bool:
    """Whether a bare number word (not "one") is a clause's subject standing for nouns counted
    just before it (see RE_AUXILIARY_AFTER's note): a count read in the sentence before, or the
    whole named at its own sentence's head, or a sentence just before that opens "Each" and its noun;
    with no count before, "Two were sold." names nothing."""
    body = sc.body
    if body[start:end].lower() == "one" or not RE_AUXILIARY_AFTER.match(body, end):
        return False
    if RE_OF_WHOLE_HEAD_BEFORE.search(body, max(0, start - ELLIPTIC_REACH), start) is not None:
        return True
    if body[start].islower() and RE_CLAUSE_HEAD_BEFORE.search(body, max(0, start - CLAUSE_HEAD_REACH), start):
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
    if RE_EACH_SENTENCE_BEFORE.search(body, max(0, start - EACH_SENTENCE_REACH), start):
        return True  # "Each new dish weighs 42 tonnes. Forty-one had been assembled": the dishes
    last = sc.last_count
    return last is not None and last.end <= start and start - last.end <= ELLIPTIC_REACH


RE_MEASURED_NOUN_AFTER = re.compile(r"\s+\d[\d,.]*-?[A-Za-z]{1,6}\s+([a-z]{3,}s)\b")
# ... and after a number word, the size spaced from its unit ("twelve 2 L jugs", "forty 5 kg bags",
# "two hundred 1.5 litre bottles"): two numbers in digits do not stand so in prose
RE_SPACED_MEASURED_NOUN_AFTER = re.compile(r"\s+\d[\d,.]*(?:-|\s)?[A-Za-z]{1,6}\s+([a-z]{3,}s)\b")


def measured_noun_after(body: str, end: int, words: bool) -> re.Match[str] | None:
    """The plural noun after a measured size right after a count ending at `end` (a size spaced
    from its unit only after a number word), or None."""
    pattern = RE_SPACED_MEASURED_NOUN_AFTER if words else RE_MEASURED_NOUN_AFTER
    return pattern.match(body, end, end + 40)


def word_quantifies(sc: Scanner, end: int, one: bool = False) -> bool:
    """A number word quantifies when a content word follows it ("one more increase": after
    "one" the noun is singular)."""
    match = RE_FOLLOWING_WORD.match(sc.body, end, end + 30)
    if not match:  # "eight million 250ml bottles", "four 40ft containers": a measured noun
        if one:  # "one 150-gram portion": checked by one_quantifies
            return RE_ONE_MEASURED_NOUN_AFTER.match(sc.body, end, end + 40) is not None
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


def persons_referred(sc: Scanner, start: int, end: int) -> bool:
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


def all_of_counted(sc: Scanner, start: int, num: str) -> Figure | None:
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


RE_REST_BEFORE = re.compile(r"\b[Tt]he\s+(?:remaining|other)\s+\Z")
# ... and "the" alone, where a verb or a coordinator stands before it and the count with its
# noun is in the same sentence ("won the nine boxes in the new flats but lost the five in the
# older blocks", "took the three seats in the capital and the two in the south"); after a
# preposition "the two" names the sides of something ("talks stalled between the two")
RE_THE_BEFORE = re.compile(r"\b(?P<word>[a-z]+)\s+the\s+\Z")
# ... and the counts added to it: "another ninety", "a further two hundred", "six more by 2027",
# which may stand in the sentence after the count with its noun ("will add 212 rooms. The second
# project is another hundred and forty")
# (and "a total of", the sum of them: "two more universities made the top 100, for a total of four";
# late-kinds12)
RE_ADDED_BEFORE = re.compile(r"\b(?:[Aa]nother|[Aa]\s+further|[Aa]\s+total\s+of)\s+\Z")
RE_MORE_AFTER = re.compile(r"\s+more\b")
RE_REST_END_AFTER = re.compile(
    r"\s*[,.;:)!?]|\s+(?:were|are|was|is|have|had|will|would|to|by|in|at|on|next|this|later)\b"
)
REST_REACH = 200  # characters back to the count with its noun
RE_OPEN_VERB_BEFORE = re.compile(r"\b(?:open|opens|opening|opened|build|builds|building|built)\s+\Z")
RE_WORD_RIGHT_BEFORE = re.compile(r"\b(?P<word>[a-z]+)\s+\Z")


def _the_before(body: str, start: int) -> bool:
    """Whether "the" right before a number word at `start` follows a verb or a coordinator, not a
    preposition (RE_THE_BEFORE), and the number word is not "one" ("the one in Colombo")."""
    the = RE_THE_BEFORE.search(body, max(0, start - 24), start)
    return the is not None and the.group("word") not in PREPOSITIONS and not body.startswith("one", start)


def rest_of_counted(sc: Scanner, start: int, end: int, added_ok: bool = True) -> Figure | None:
    """The count with its noun, before in its sentence, that "the remaining" or "the other" and a
    number word at `start`..`end` are the rest of (RE_REST_BEFORE), or, when `added_ok`, that
    "another" or "more" add to (RE_ADDED_BEFORE, RE_MORE_AFTER); None if there is none."""
    added = RE_ADDED_BEFORE.search(sc.body, max(0, start - 16), start) if added_ok else None
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
    # "more" of what a verb of opening or building takes are places, the nearest count even after a
    # preposition ("employs 1,140 staff in 27 branches and plans to open five more"; late-kinds14)
    opened = more is not None and RE_OPEN_VERB_BEFORE.search(sc.body, max(0, start - 16), start) is not None
    for fig in sorted(counted, key=lambda fig: fig.core[0], reverse=True):  # the nearest first
        before = RE_WORD_RIGHT_BEFORE.search(sc.body, max(0, fig.start - 12), fig.start)
        if not opened and before is not None and before.group("word") in PREPOSITIONS:
            continue  # "arrested 12 people in three raids; the other two": not the raids
        return fig
    return None


# A few picked from what was counted before, a number word after "the" with no noun, then the
# picker's clause ("Our panel tasted 24 wines; these are the five we would buy", "the six we would
# recommend", "the three I'd pack"): what was counted before in the paragraph (the wines), else
# things (`count`); and the first, next or last few of those counted before, ending their clause
# ("Fourteen candidates ... Here are the replies of the first three"): the persons counted
# before in the paragraph if any (an order of entries, as candidates' replies or speakers'
# turns), else what the nearest count counts
RE_PICKED_BEFORE = re.compile(r"\b[Tt]he\s+(?P<place>(?:first|next|last|final|top)\s+)?\Z")
RE_PICKER_AFTER = re.compile(
    r"\s+(?:we|I|you|they)(?:['’]d|\s+(?:would|will|should|could|can|might|must|did|do|have|had|liked?|loved?"
    r"|picked|chose|rated|recommend|tried|bought|tested))\b"
)
RE_PLACED_END_AFTER = re.compile(r"\s*[,.;:)!?]")
PICKED_REACH = 400  # characters back to the count in the paragraph


def picked_of_counted(sc: Scanner, start: int, end: int) -> str:
    """The unit of a few picked from what was counted before, or of the first or last few of them
    (above), for a number word with no noun after it; "" if it is neither."""
    found = RE_PICKED_BEFORE.search(sc.body, max(0, start - 24), start)
    if found is None or sc.body.startswith(("one", "One"), start):
        return ""
    picked = RE_PICKER_AFTER.match(sc.body, end) is not None
    if not picked and not (found.group("place") and RE_PLACED_END_AFTER.match(sc.body, end)):
        return ""
    paragraph = sc.body.rfind("\n\n", max(0, start - PICKED_REACH), start)
    low = max(paragraph, start - PICKED_REACH, 0)
    counted = sorted(
        (
            fig
            for fig in sc.figures_ending_in(low, start)
            if fig.core[0] >= low
            and fig.kind == "count"
            and fig.end > fig.core[1]
            and fig.unit in COUNT_UNITS
        ),
        key=lambda fig: fig.core[0],
        reverse=True,
    )
    if not picked and any(fig.unit == "people" for fig in counted):
        return "people"  # "the replies of the first three": the candidates counted before
    return counted[0].unit if counted else "count"


def count_before_aside(sc: Scanner, last: Figure) -> Figure | None:
    """The count with its noun that a bare count `last` is compared with in an aside ("recorded
    nine robberies, down from 15,": elided_units.RE_COMPARED_ASIDE_GAP), or None."""
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


def count_of_sentence_near(sc: Scanner, start: int, reach: int, noun: bool) -> Figure | None:
    """The last count of persons or things (COUNT_UNITS) before `start` in its sentence, ending at
    most `reach` characters before it, with its noun after the number when `noun` or bare when
    not; or None."""
    last = sc.last_count
    if (
        last is None
        or (last.end > last.core[1]) != noun
        or last.unit not in COUNT_UNITS
        or not last.end <= start <= last.end + reach
        or not count_in_sentence_before(sc, start)
    ):
        return None
    return last


def measured_before(sc: Scanner, start: int) -> Figure | None:
    """The measurement or amount ending last before `start` (found before the counts are scanned;
    indexed by end once per article, so each look-up is a bisection)."""
    if sc.measured_by_end is None:
        found = sorted((f.end, f.start, f) for f in sc.figures if f.kind in GAPPED_UNIT_KINDS)
        sc.measured_by_end = ([e for e, _, _ in found], [f for _, _, f in found])
    ends, figures = sc.measured_by_end
    at = bisect_right(ends, start) - 1
    return figures[at] if at >= 0 else None


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
# (or the clause of what was found or decided, "found by five votes to four that ...", "voted by
# 12 votes to 9 to approve")
RE_VOTE_END_AFTER = re.compile(rf"(?={N.MARK_END}|\s+(?:{VOTE_TALLY_JOINS}|in|on|that|to)\b)")
VOTE_REACH = 160  # characters before a vote's side read for the word "vote", at most


def count_in_sentence_before(sc: Scanner, start: int) -> bool:
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


def tally_context(sc: Scanner, start: int, m: re.Match[str]) -> str:
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


def vote_side(sc: Scanner, start: int, end: int) -> bool:
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


FARM_REACH = 300  # characters either side of a count of producers read for a farm text's word


def farm_producers(sc: Scanner, start: int, value: Value) -> bool:
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


# ... and the passes a post or a course requires of each candidate ("Five passes in the School
# Certificate" opening a line of requirements, "applicants need six passes", "at least five
# passes"): the subjects passed, counted
RE_PASSES_REQUIRED_BEFORE = re.compile(
    r"\b(?:need|needs|needed|require|requires|required|must\s+have|at\s+least|minimum\s+of)\s+\Z"
)
LINE_BULLETS = frozenset(("", "-", "–", "—", "•", "*"))  # what may open a line before its number
RE_PASSES_IN_AFTER = re.compile(r"[\w,.-]+\s+passes\s+(?:in|at)\s")  # the number, its passes, what in


def learners_passed(sc: Scanner, start: int) -> bool:
    """Whether "passes" counted from `start` are learners who passed (above)."""
    cut = sc.approx_before(start)[1]
    if RE_PASSES_REQUIRED_BEFORE.search(sc.lower, max(0, cut - PASSES_OWNER_REACH), cut):
        return False  # "applicants need at least five passes": a requirement, subjects passed
    opening = sc.body[sc.sentence_bounds(start)[0] : start].strip()
    if opening in LINE_BULLETS and RE_PASSES_IN_AFTER.match(sc.lower, start):
        return False  # "Five passes in the School Certificate" opening a requirement's line
    if text_fact(sc, "exam copy", lambda: RE_EXAM_WORD.search(sc.lower) is not None) and (
        RE_PERSON_PRONOUN.search(sc.lower, max(0, start - PASSES_OWNER_REACH), start) is None
    ):
        return True
    s_start, _ = sc.sentence_bounds(start)
    return RE_SCHOOL_BEFORE.search(sc.lower, max(s_start, start - SCHOOL_REACH), start) is not None


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


def goods_taken(sc: Scanner, start: int) -> bool:
    """Whether a number starting at `start` follows a verb of buying, making or fitting goods
    (vocab.THING_TAKING_VERBS: "bought 12 hedge-trimmers"): its agent plural is things."""
    return verb_before(sc.body, sc.approx_before(start)[1]) in THING_TAKING_VERBS


def persons_fate_after(sc: Scanner, head_end: int, who: bool = True) -> bool:
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


def after_taking_verb(body: str, start: int) -> bool:
    """Whether a number starting at `start` follows a verb of taking persons on or putting them to
    work (vocab.PEOPLE_VERBS, AGENT_TAKING_VERBS, "laid off", "took on"): its agent noun is persons."""
    verb = verb_before(body, start)
    return (
        verb in PEOPLE_VERBS
        or verb in AGENT_TAKING_VERBS
        or RE_LAID_OFF_BEFORE.search(body, max(0, start - 12), start) is not None
        or RE_TAKEN_ON_BEFORE.search(body, max(0, start - 12), start) is not None
    )


def after_people_verb(body: str, start: int) -> bool:
    """Whether a number word follows a verb whose object is people ("the crash killed nine,",
    "police arrested two on Friday"): vocab.PEOPLE_VERBS."""
    return verb_before(body, start) in PEOPLE_VERBS


RE_PARTY_FOR_BEFORE = re.compile(
    r"(?<![\d,.] )\b([A-Za-z][a-z]*)\s+for\s+\Z"
)  # "Dinner for two" opens a sentence
# what may follow the party's number word: a stop, an aside's bracket ("a cottage sleeping six (worth
# £1,400)"), or a word that opens no noun ("serves six as a main course"; a bill's total among
# them: "Lunch for four came to £164")
RE_PARTY_END_AFTER = re.compile(
    r"(?:[,.;:)!?]|\s\(|\s+(?:at|as|but|and|or|with|without|in|on|from|if|is|was|costs?|came|comes|totalled|totaled)\b)"
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


def things_priced(body: str, start: int) -> bool:
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
PARTY_LABEL_REACH = 24  # characters back from the number to its line's start, at most
# a travel price's basis, a number word and "sharing" ("from €540 per person, based on two sharing",
# "two sharing a twin room"; late-kinds12): the guests sharing a room
RE_SHARING_AFTER = re.compile(r"\s+sharing\b")
# a party's verb, its number and what the number is for, then "or" right before another number:
# the alternative party ("serves six as a main course or eight as a starter", "sleeps four in the
# house or six with the annexe")
RE_PARTY_OR_BEFORE = re.compile(
    r"\b(?P<verb>[A-Za-z]+)\s+(?:up\s+to\s+)?[\w-]+\s+(?:as|with|in)\s+[^\d,.;:()]{1,40}?\s+or\s+\Z"
)
PARTY_OR_REACH = 70  # characters back from the alternative's number to the party's verb


def party_counted(sc: Scanner, start: int, end: int) -> bool:
    """Whether a number word with no noun after it counts diners or guests (vocab.PARTY_VERBS,
    vocab.PARTY_NOUNS_BEFORE_FOR, RE_PARTY_LABEL_BEFORE, a price for them or after them): "a table
    for two, at £80", "the pie would feed six.", "Serves: 6", "£60 for two", "the steak for two is £78"."""
    body = sc.body
    if RE_PARTY_LABEL_BEFORE.search(body, max(0, start - PARTY_LABEL_REACH), start):
        return True
    if RE_SHARING_AFTER.match(body, end, end + 9):
        return True  # "based on two sharing": a room's guests a price per person is based on
    if not RE_PARTY_END_AFTER.match(body, end, end + 13):
        return False
    if verb_before(body, start) in PARTY_VERBS:
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


def money_before_for(sc: Scanner, start: int) -> Figure | None:
    """The money figure right before a "for" that the number at `start` follows (RE_PARTY_PRICE_FOR):
    "£60 for two", "HK$48 for eight"; else None."""
    joint = RE_PARTY_PRICE_FOR.search(sc.body, max(0, start - 8), start)
    if joint is None:
        return None
    for fig in sc.figures_ending_in(max(0, joint.start() - PARTY_PRICE_REACH), joint.start()):
        if fig.kind == "money" and fig.core[1] == joint.start():
            return fig
    return None


def _price_for_party(sc: Scanner, start: int) -> bool:
    """Whether a number word at `start` follows "for" after a money figure that no plural "are" or
    "were" prices by the number (RE_PRICED_THINGS_BEFORE): "about £60 for two"."""
    price = money_before_for(sc, start)
    return price is not None and not things_priced(sc.body, price.start)
