"""Subjects: what a figure measures, named from the syntax of news prose around it (the noun
before a change or link word, an "of"-phrase, casualties, a noun carried from the count before,
lists matched with "respectively"), not from the words that happen to sit next to the number.

This module runs the subject stage (refine) and reads a figure's own subject (own_subject); the
readers it calls live in subject_clauses.py (the clause and its words), people_subjects.py,
span_subjects.py, amount_subjects.py, line_subjects.py and back_references.py."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial

from ..measures import AGE_MEASURES, OTHER_MEASURES, convert, quantity_of
from ..vocab import (
    APPROX_WORDS,
    CHANGE_WORDS,
    COMPARATIVE_CHANGES,
    DURATION_UNITS,
    FRACTION_WORDS,
    FUNCTION_WORDS,
    PEOPLE_NOUNS,
    POSSESSIVE_DETERMINERS,
    SPORT_ABBREVIATIONS,
    TENS_WORDS,
    TRANSITIVE_CHANGE_VERBS,
    UNIT_WORDS,
)
from . import events, giving, money_subjects
from .amount_subjects import (
    APPOSED_BARE_CROSS,
    BRING_VERBS,
    DEPTH_SUBJECT,
    DOSE_MEASURES,
    LENGTHS,
    RE_LOWER_WORD,
    SELL_VERBS,
    STATISTIC_WORDS,
    SUM_VERBS,
    WITHIN_DISTANCE,
    WORTH_OF,
    _worth,
    added_sum,
    amount_direction,
    amount_object,
    apposed_measure,
    apposed_noun,
    closing_price,
    closing_section,
    difference_after,
    direction_before,
    earned_subject,
    economy_growth,
    fall,
    funds_in,
    gone_distance,
    held_amount,
    last_sum,
    listed_material,
    maker,
    material_after,
    maturity,
    measure_premodified_noun,
    measured_sides,
    measured_thing,
    money_direction,
    named_by_verb,
    named_place_at,
    needed_for,
    of_fall,
    paid_to,
    paired_sides,
    part_of_measured,
    particle_noun,
    past_conversion,
    period_object,
    place_after_material,
    premodifying,
    price_of_stock,
    priced_aside,
    purchase_price,
    read_temperature,
    relative_sum,
    rises_or_flies,
    route_length,
    running_cost,
    sale_price,
    sent_to,
    shortfall,
    sized_noun,
    sought_thing,
    spanned_length,
    starting_price,
    storm_strength,
    sum_as_share,
    unit_price,
    wage_under,
)
from .back_references import (
    IMPERATIVE_OPENERS,
    INTERVAL_SUBJECT,
    RE_BARE_ACRONYM,
    RE_TO_BETWEEN,
    WITHIN_SUBJECT,
    dated_event,
    dated_figure,
    expected_of_pronoun,
    it_resolved,
    linked_subject,
    part_of_pronoun,
    sentence_subject,
    told_before,
    year_of_noun,
)
from .coordination import gapped_money_changes
from .figure import Figure
from .line_subjects import (
    GAP_WORDS,
    LINE_LABEL_REACH,
    WHOLE_END_WORDS,
    after_list_gloss,
    bullet_label,
    each_measure,
    gapped_place,
    gapped_subject,
    glossed_label,
    glued_premodifier,
    hung_on,
    line_label,
    list_figure_gloss,
    list_line_topic,
    listed_ingredient,
    listed_measurement,
    listed_percents,
    listed_price,
    listed_share,
    place_line_topic,
    respectively,
    share_holder,
    spent_share,
    whole_words,
    with_labels,
)
from .noun_phrases import (
    ARTICLES,
    AUXILIARIES,
    BARE_COUNT_NOUNS,
    BE_WORDS,
    BOUNDARY_WORDS,
    CHANGE_NOUNS,
    DETERMINERS,
    FINDING_VERBS,
    NOT_NOUN_ENDS,
    PERIOD_WORDS,
    PREPOSITIONS,
    PRONOUNS,
    RE_WORD,
    SAYING_ASIDE_VERBS,
    SUBJECT_PREPOSITIONS,
    Tokenised,
    change_noun_object,
    clause_predicate_subject,
    content_words,
    has_content_word,
    head_of,
    is_cut_phrase,
    measured_before,
    noun_after,
    noun_behind_brackets,
    noun_phrase_before,
    participle,
    past_form,
    phrase_after,
    recipient,
    runs_have_content,
    strip_lower,
    tokenise,
    tokens,
    tokens_in,
    uncut,
    without_approx,
    without_aside,
)
from .people_subjects import (
    ABLE_MODALS,
    CAPACITY_MODALS,
    CASUALTY_SUBJECTS,
    FRONTED_WHOLE_WORDS,
    MARGIN_KINDS,
    MODAL_CAPACITY_VERBS,
    PARTITIVE_ONLY,
    RE_NAME_LIST,
    SHARE_PHRASE_WORDS,
    aged_whom,
    apposed_group,
    capacity_phrase,
    casualty,
    counted_noun,
    cricket_runs,
    described_people,
    elected_share,
    field_of_runners,
    fronted_group,
    golf_strokes,
    group_by_verb,
    home_of,
    named_for_share,
    numbered_noun,
    offspring,
    opening_group,
    part_changed,
    passive_doers,
    people_doing,
    personal_record,
    relative_people,
    share_doing,
    shared_doer,
    shooting_from,
    shot_tally,
    verb_doer,
    whose_head,
    winning_margin,
)
from .rate_groups import level_place_before, rate_group
from .span_subjects import (
    NUMBER_AND_MONTH_WORDS,
    PERIOD_DEED_CUTS,
    POSSESSIVE_ENDS,
    SPAN_ADJUNCTS,
    _spanned,
    added_time,
    apposed_span,
    clause_after,
    clause_period,
    construction_time,
    coordinated_span_noun,
    delay_after,
    done_within,
    finishing_time,
    frequency_after_rate,
    improvement,
    length_of_deed,
    loan_term,
    margin,
    period_deed,
    period_duration,
    placing_gap,
    range_clause,
    repayment_period,
    spread_over,
    time_between,
    time_spent,
    time_spent_after,
    time_to_do,
    total_time,
    travel_clause,
    vesting_period,
    what_lasts,
    working_time,
)
from .subject_clauses import (
    AFTER_CHARS,
    BEFORE_CHARS,
    CLAUSE_MARKS,
    CLAUSE_WORDS,
    DIMENSIONS,
    DOSE_FREQUENCIES,
    EARNED_MEASURES,
    FINISHING_VERBS,
    IRREGULAR_PARTICIPLES,
    LASTING_AUXILIARIES,
    LENGTH_DIMENSION_WORDS,
    PART_NOUNS,
    PERSONAL_PRONOUNS,
    QUANTITY_WORDS,
    RE_YEAR_WORD,
    SHARE_ADVERBS,
    STATE_AUXILIARIES,
    STATE_WORDS,
    TIME_ADVERBS,
    UNIT_NOUNS,
    VERB_ADVERBS,
    WEEKDAYS,
    WHOLE_OPENERS,
    _doer,
    active_past,
    added_to,
    amount_changed_to,
    antecedent_head,
    appraised_antecedent,
    appraised_object,
    bare_subject,
    bare_subject_of,
    brought_to,
    change_of,
    clause_antecedent,
    clause_opener,
    equal_to_noun,
    lasting_noun,
    level_after_change_by,
    marked_clause_subject,
    measure_holder,
    named_after_be,
    named_change,
    names_a_time,
    object_changed_to,
    only_a_time,
    opens_clause,
    own_predicate,
    predicate_before_comma,
    ranked_with,
    relative_antecedent,
    relative_doer,
    state_after_be,
    value_changed,
    verb_like,
    with_subject,
    without_adverb_aside,
    without_open_quote,
    without_relative_aside,
)

RE_CLAUSE_START = re.compile(f"[{re.escape(CLAUSE_MARKS)}]|\\b(?:{'|'.join(CLAUSE_WORDS)})\\b")
FRACTION_WORDS_SET = frozenset(
    (*FRACTION_WORDS, "percent", "cent")
)  # a part of a whole: "two thirds of", "89 percent of"


def _without_acronym_words(words: list[str]) -> list[str]:
    """Words without a bracketed acronym between two words ("direct current ( HVDC ) link" ->
    "direct current link"), as _without_acronym_brackets reads a text."""
    for k in range(1, len(words) - 3):
        if words[k] == "(" and words[k + 2] == ")" and RE_BARE_ACRONYM.fullmatch(words[k + 1]):
            return words[:k] + words[k + 3 :]
    return words


def _determined_noun(lead: list[str], head: str) -> bool:
    """Whether the words before a share end with a determiner, the noun phrase `head` and "of"
    ("a deficit of"), its noun no part noun: not "short of", "a stake of"."""
    words = head.split()
    at = len(lead) - 1 - len(words)
    return (
        at > 0
        and lead[at:-1] == words
        and lead[at - 1].lower() in DETERMINERS
        and words[-1].lower() not in PART_NOUNS
    )


def _second_verb(lead: list[str]) -> bool:
    """Whether the words before a figure end on "and" and a verb in -ed or -s, a second verb of its
    clause ("needs about 1.1 million tonnes a year and imported"; not "and aquaculture")."""
    verb = lead[-1].lower() if len(lead) > 2 and lead[-2] == "and" else ""
    return past_form(verb) or verb.endswith("s") and not verb.endswith("ss")


def _verb_and_quantity(subject: str, before: list[str]) -> bool:
    """Whether a measurement's subject is only the verb right before it and the kind of quantity
    it measures ("covers area" for "which covers 90,000 square feet")."""
    words = subject.split()
    return len(words) == 2 and words[1] in QUANTITY_WORDS and without_approx(before)[-1:] == words[:1]


# words that open an aside stating the level of the noun before its comma ("The network, at
# 2,145 km, is ...", "The budget, now $4bn, ...")
APPOSED_LEVEL_LINKS = frozenset(("at", "now", "currently"))
# the word that opens an aside giving a measure the noun before its comma has ("Kariba, with 1,137 MW")
APPOSED_WITH_LINKS = frozenset(("with",))
# what may stand before that noun phrase: the sentence's start, a mark, a joining word or a verb of saying
APPOSED_OPENERS = frozenset(
    (",", ";", ":", "(", "—", "–", "and", "but", "while", "whereas", "that", "said", "says")
)


def apposed_level(before: list[str], links: frozenset[str] = APPOSED_LEVEL_LINKS) -> str:
    """What the noun phrase before ", at" (or another of links) names when a figure follows: the
    figure is its level, set off by commas ("The pipeline, at 2,145 km, is among ..." ->
    "pipeline"; "Kariba, with 1,137 MW" -> "Kariba"); "" otherwise."""
    if len(before) < 3 or before[-2] != "," or before[-1].lower() not in links:
        return ""
    phrase = noun_phrase_before(before[:-2], SUBJECT_PREPOSITIONS)
    rest = before[: len(before) - 2 - len(phrase)]
    if rest and rest[-1] not in APPOSED_OPENERS and rest[-1].lower() not in APPOSED_OPENERS:
        return ""  # "tickets were sold for the draw, at $2 each": a clause, not a noun, before the comma
    return head_of(phrase)


# the words that open a rate's "per" phrase after a figure ("9 cents a kilowatt-hour,")
APPOSED_RATE_WORDS = frozenset(("a", "an", "per"))


def apposed_extent(before: list[str], after: list[str]) -> str:
    """What the noun phrase before a comma names when a figure alone, or after an approximation
    word, stands between that comma and the next: the figure renames that phrase ("The longest
    road, about 180 km, has ..." -> its length; "The biggest deficit, 95 million euros, was ..."
    -> "biggest deficit"; "the peak tariff, 9 cents a kilowatt-hour," -> "peak tariff"); ""
    otherwise (rules as apposed_level; a time or a figure before the comma names nothing:
    "Last year, 95 million euros ...", "rose 5%, 6% and 7%")."""
    lead = without_approx(before)
    if after[:1] != [","] and not (
        after[:1] and after[0].lower() in APPOSED_RATE_WORDS and after[2:3] == [","]
    ):
        return ""
    if len(lead) < 2 or lead[-1] != ",":
        return ""
    phrase = noun_phrase_before(lead[:-1], APPOSED_BARE_CROSS)
    rest = lead[: len(lead) - 1 - len(phrase)]
    while rest and rest[-1].lower() in DETERMINERS:
        rest = rest[:-1]  # "The A7 between ...": the phrase read from the road's name
    if not phrase or rest and rest[-1] not in APPOSED_OPENERS and rest[-1].lower() not in APPOSED_OPENERS:
        return ""
    if any(w[:1].isdigit() or w == "%" for w in lead[-3:-1]):
        return ""  # "5%, 6%", "17.3 ppg, 7.4 rpg", "two hours, 39 minutes": a list of figures
    head = head_of(phrase)
    return "" if only_a_time(head) else head


# A tariff or a quota priced in bands of what is used ("pay 9 cents per kWh for the first 150 kWh
# a month", "the next 80 litres cost 2,500 rials"): the amount after "the first" or "the next" is
# how much use a band covers, when the sentence prices or frees it.
BAND_ORDINALS = frozenset(("first", "next"))
BAND_QUANTITIES = frozenset(("energy", "volume"))
BAND_NOUNS = frozenset(("tariff", "quota"))
BAND_PRICING_WORDS = BAND_NOUNS | frozenset(
    "pay pays paid charge charges charged cost costs billed bill free rate price".split()
)


def _tariff_band(measure: str, lead: list[str], before: list[str], after: list[str]) -> str:
    """What an energy or volume after "the first"/"the next" measures when its sentence prices it:
    "consumption in the first tariff band" (the tariff or quota named in the sentence), or ""."""
    if len(lead) < 2 or lead[-1].lower() not in BAND_ORDINALS or lead[-2].lower() != "the":
        return ""  # the cheap test first
    if quantity_of(measure) not in BAND_QUANTITIES:
        return ""
    words = {w.lower() for w in (*before, *after)}
    if words.isdisjoint(BAND_PRICING_WORDS):
        return ""  # "the first 3 litres poured": no band of a price
    named = sorted(words & BAND_NOUNS)
    return f"consumption in the {lead[-1].lower()} {named[0] + ' ' if named else ''}band"


# A sentence longer than this is tokenised once for all its figures; a shorter one is read in
# each figure's windows, which cover most of it anyway.
LONG_SENTENCE = 4 * (BEFORE_CHARS + AFTER_CHARS)


PERIOD_SUBJECT = "length of the period"
# a medicine's mass "a day" or "per day" (a dose taken that often, as "daily")
DOSE_PERIODS = [[a, b] for a in ("a", "per", "each", "every") for b in ("day", "week", "night")]
# a local word glossed in English in brackets right after a counted noun ("14 woredas (districts)",
# "40 mahallas (neighbourhoods)"): one or two lower-case words, the last a plural noun (not "(see map)")
RE_GLOSS_AFTER = re.compile(r" \(((?:[a-z]{3,} )?(?:[a-z]{2,}s|people|men|women|children))\)")
# a plural unit's possessive and the noun it measures ("two years' imprisonment", "six months'
# notice"); not "in two years' time" (a point in time) nor "a year's worth"
RE_SPAN_POSSESSIVE = re.compile(r"(?<=s)['’] ([a-z]{3,})\b")
NOT_SPANS = frozenset(("time", "worth"))


CASUALTIES = frozenset(CASUALTY_SUBJECTS.values())  # what a casualty count's subject says
# "kills" as the noun of a count of things is a statistic of a volleyball, esports or hunting
# report ("16 kills on 35 attacks"), not deaths: deaths are counted as people
COUNTED_KILLS = frozenset(("kills",))


def partitive_noun(after: list[str]) -> str:
    """The noun a partitive count ("Three of the", "two of its") takes from the words after it,
    past a number of the whole ("nine bids the council received" -> "bids"), or ""."""
    rest = after
    owner = rest[:1] if rest[:1] and rest[0].endswith(("'s", "’s")) else []  # "of the city's 14 libraries"
    rest = rest[len(owner) :]
    while rest and (rest[0][0].isdigit() or rest[0].lower() in NUMBER_AND_MONTH_WORDS):
        rest = rest[1:]
    named = noun_after(rest)
    return " ".join([*owner, *named]) if named and named[0].islower() else ""


# Events that kill and injure, named in a casualty count's sentence: the count's subject says
# which ("A magnitude 6.9 earthquake struck ..., killing at least 23 people": deaths in the earthquake).
CASUALTY_EVENTS = frozenset(
    """earthquake earthquakes quake quakes aftershock flood floods flooding storm storms hurricane
    cyclone typhoon tornado landslide landslides mudslide avalanche eruption tsunami fire fires
    wildfire wildfires blaze blast blasts explosion explosions bombing bombings attack attacks
    crash collision derailment shooting stampede heatwave outbreak epidemic avalanches eruptions
    accident accidents crashes collisions cyclones typhoons tornadoes hurricanes landslip clashes
    violence airstrike airstrikes shelling sinking shipwreck""".split()
)


# Verbs that tell a disaster as what something did ("the volcano erupted", "the ferry capsized"):
# the event, as its noun
EVENT_VERB_NOUNS: dict[str, str] = {
    "erupted": "eruption",
    "capsized": "capsizing",
    "sank": "sinking",
    "derailed": "derailment",
    "exploded": "explosion",
}


def with_event(found: str, before: list[str], after: list[str]) -> str:
    """A casualty subject ("deaths") with the event its sentence names, as a noun or a verb, the
    nearest one before the count, else the first after it ("deaths in the earthquake"; "deaths in
    the eruption" for "when the volcano erupted"); the subject alone when none is named."""
    for word in (*reversed(before), *after):
        lower = word.lower()
        if lower in CASUALTY_EVENTS:
            return f"{found} in the {lower}"
        if lower in EVENT_VERB_NOUNS:
            return f"{found} in the {EVENT_VERB_NOUNS[lower]}"
    return found


def _names_only_its_unit(quote: str) -> bool:
    """Whether a duration's quote ends at its unit ("six months"), naming no noun after it."""
    last = RE_WORD.findall(quote)[-1:]
    return bool(last) and last[0].split("-")[-1].lower() in DURATION_UNITS


# verbs of finishing or winning a race: a span after "in" in their clause is the time it took
# ("finished the marathon in 2 hours and 9 minutes", "won the stage in five hours"); "the deal was
# completed in 48 hours" has its own noun, read before this
RACE_WON_WORDS = frozenset("won win wins winning".split())
RACE_TIME_MEASURES = frozenset(("hour", "minute", "second"))  # "won in 68 years" is a period since
RACE_FINISH_WORDS = FINISHING_VERBS | RACE_WON_WORDS | frozenset(("finishing", "completing"))


RE_PAIRED_HIGH_AFTER = re.compile(r"\s+(?:and|or|to)\s+\d")  # the high end of a pair after its low end


def _clause_has_content(before: list[str]) -> bool:
    """Whether the clause that leads to a figure (its words `before`) holds a content word."""
    cut = max((i for i, w in enumerate(before) if w in CLAUSE_MARKS), default=-1)
    return runs_have_content(before[cut + 1 :])


# kinds whose subject, when it names only a time, is the clause's subject instead
TIMED_KINDS = frozenset(("money", "percent_change", "percentage_share"))


def _without_dates(body: str, lo: int, hi: int, out: list[Figure]) -> list[str]:
    """The tokens of the text from `lo` to `hi` with the quotes of the dates named there left out."""
    dates: list[Figure] = []
    for fig in reversed(out):  # (in text order: read back to `lo` only, not every figure again)
        if fig.core[0] < lo:
            break
        if fig.kind == "date" and lo <= fig.start and fig.end <= hi:
            dates.append(fig)
    words: list[str] = []
    at = lo
    for fig in reversed(dates):
        words += tokens(body, at, fig.start)
        at = fig.end
    return words + tokens(body, at, hi)


# A figure after a rank or a place and "with" or "on" belongs to the clause's subject ("The film
# "Paper Moons" was fourth with $8.7 million", "Rovers finished second on 31 points").
RANKED_KINDS = frozenset(("money", "count", "percent_change", "percentage_share"))


# participles that state a noun's own extent, size or cost in an aside after it ("the pipeline,
# stretching 1,200 km"); not those of a deed with its own object ("raising 41 billion baht")
EXTENT_PARTICIPLES = frozenset("running stretching measuring spanning covering weighing costing".split())


def _participle_aside_noun(lead: list[str]) -> str:
    """The noun phrase a participle aside describes when a figure follows its participle: "the
    pipeline, stretching 1,200 km" -> "pipeline"; "" when no noun, comma and such a participle
    (EXTENT_PARTICIPLES) stand right before the figure (an approximation word may follow it)."""
    if "," not in lead:
        return ""  # the cheap test first: no aside
    if len(lead) < 3 or lead[-2] != "," or lead[-1].lower() not in EXTENT_PARTICIPLES:
        return ""
    phrase = noun_phrase_before(lead[:-2])
    head = head_of(phrase) if phrase and phrase[-1][:1].isalpha() else ""
    return "" if not head or head.split()[0].lower() in PRONOUNS else head


NOT_STATES = frozenset(("total", "all", "addition", "particular", "turn", "general", "part"))


POPULATION_NOUNS = frozenset(("population", "populace"))  # "a population of 5,000 people"


def _state_after_in(after: list[str]) -> str:
    """The state or care an "in" right after a bare count of people puts them in, a phrase of
    common nouns without a determiner up to the clause's end ("in intensive care", "in hospital",
    "in emergency accommodation"); "" for a place, a time or anything else ("in the town", "in
    2024", "in total")."""
    state: list[str] = []
    for word in after[1 : STATE_WORDS + 2]:
        if word in CLAUSE_MARKS or word in (".", "and", "or"):
            break
        lower = word.lower()
        if not word.isalpha() or not word.islower() or lower in DETERMINERS or lower in PREPOSITIONS:
            return ""
        state.append(word)
    if not state or len(state) > STATE_WORDS or state[0] in NOT_STATES:
        return ""
    return "" if any(w in PERIOD_WORDS or w in TIME_ADVERBS for w in state) else " ".join(state)


# A race's field told by a bare number and its verb, the clause ending there ("Fourteen ran.",
# "Nine started, and two finished"): its runners, starters or finishers.
FIELD_VERBS = {"ran": "runners", "started": "starters", "finished": "finishers"}


STANDING_NAME_WORDS = 3  # the most words of a name before ", on 58,"


def _standing_aside(lead: list[str], after: list[str]) -> str:
    """What a bare number in an aside "on N" right after a name tells of it, the total a team or a
    player stands on ("Harfield, on 58, travel to" -> "total of Harfield"), or ""."""
    if len(lead) < 3 or lead[-1] != "on" or lead[-2] != "," or after[:1] != [","]:
        return ""  # the cheap test first
    name: list[str] = []
    for word in reversed(lead[:-2]):
        if not (word[:1].isupper() and word.isalpha()) or len(name) == STANDING_NAME_WORDS:
            break
        name.insert(0, word)
    at = len(lead) - 2 - len(name)
    if not name or at > 0 and lead[at - 1] not in CLAUSE_MARKS and lead[at - 1].lower() not in CLAUSE_WORDS:
        return ""  # the name opens its clause ("They beat Harfield, on 58,": no standing told)
    return f"total of {' '.join(name)}"


# comparatives after a percent that set a level against another ("1.4% larger", "5% higher")
COMPARED_LEVELS = frozenset((*COMPARATIVE_CHANGES, "higher", "lower"))
# verbs that put their object in a state a comparative after it names ("leave the sector 3.5% larger")
MAKING_VERBS = frozenset(
    "leave leaves left leaving make makes made making keep keeps kept render renders".split()
)


def made_object(lead: list[str]) -> str:
    """The object of a verb of leaving or making right before a percent and a comparative ("would
    leave the sector 3.5% larger", "makes the group 20% bigger": what is larger), or ""."""
    if not lead or lead[-1].lower() in MAKING_VERBS:
        return ""  # "made 5% more": no object
    phrase = noun_phrase_before(lead)
    at = len(lead) - len(phrase) - 1
    if not phrase or at < 0 or lead[at].lower() not in MAKING_VERBS:
        return ""
    return head_of(phrase)


def found_clause(lead: list[str], after: list[str]) -> bool:
    """Whether a share follows a verb of finding, with "that" ("found that 71% had worked") or
    without it before the clause the share opens ("found 37 per cent still ate raw fish")."""
    if lead[-1:] == ["that"]:
        return bool(lead[-2:-1]) and lead[-2].lower() in FINDING_VERBS
    return (
        bool(lead)
        and lead[-1].lower() in FINDING_VERBS
        and bool(after)
        and after[0].isalpha()
        and after[0].islower()
    )


def own_subject(fig: Figure, body: str, before: list[str], after: list[str], lead: list[str]) -> str:
    """What a figure measures, by the syntax around it (`lead`: the words before it without an
    approximation that ends them), or "" to keep the subject it has."""
    kind, unit = fig.kind, fig.unit
    if unit == "percent" and after[:1] == ["from"] and (shooting := shooting_from(lead, after)):
        return shooting  # "shot 47 percent from the field": a shooting percentage
    if kind == "count" and unit == "count" and (tally := shot_tally(lead, after)):
        return tally  # "went 9 of 13 from the floor": shots made, shots tried
    if unit == "percent" and after and after[0].lower() in COMPARED_LEVELS and (made := made_object(lead)):
        return made  # "would leave the sector 3.5% larger": the sector
    if fig.measure in AGE_MEASURES:
        return aged_whom(body, fig, before)
    if kind != "date" and (listed := list_figure_gloss(body, fig)):
        return listed  # "- 120: metres, the length of the pier": what the line says the figure is
    colon = body.rfind(":", max(0, fig.start - LINE_LABEL_REACH), fig.start)  # the cheap test first
    labelled = RE_LINE_LABEL_BEFORE.search(body, max(0, colon - 32), fig.start) if colon >= 0 else None
    if colon >= 0 and labelled is None and colon > fig.start - 8:
        labelled = RE_LIST_LINE_LABEL_BEFORE.search(body, max(0, colon - LIST_LABEL_CHARS - 8), fig.start)
    if labelled and kind != "date" and line_label(labelled.group(1), fig):
        # "Total time: 50 minutes", "Population: 4.2 million": a factbox line
        return glossed_label(
            labelled.group(1), labelled.group(2) if labelled.re is RE_LINE_LABEL_BEFORE else None
        )
    if kind in BULLET_LABEL_KINDS and (bulleted := bullet_label(body, fig.start)):
        return bulleted  # "- Net sales EUR 1.2 bln vs EUR 1.1 bln": a results brief's line
    if kind == "duration" and delay_after(after):
        # "will open in 2031, three years later than first promised"; "a book 64 years overdue"
        return "time overdue" if after[0].lower() == "overdue" else "delay"
    if kind != "date" and lead[-2:] == [",", "of"] and after[:1] == [","]:
        # "The first payment, of $8 million, is due": the noun before the aside is what it measures
        named = head_of(noun_phrase_before(lead[:-2]))
        if named and has_content_word(named):
            return named
    if kind != "date" and (marked := marked_clause_subject(lead, after)):
        return marked  # "visitors could fall short of the 2.4 million forecast": visitors
    if kind in ("other", "money") and (described := _participle_aside_noun(lead)):
        return described  # "a new tram line, running 9.2 km": the line's length
    if kind == "count" and unit == "count":
        strokes = golf_strokes(body, fig, after) or (
            cricket_runs(before, after) if fig.end == fig.core[1] else ""
        )
        if strokes:
            return strokes  # "carded a 68", "on 19-under-par 269"; "bowled out for 227"
        standing = _standing_aside(lead, after) if fig.end == fig.core[1] else ""
        if standing:
            return standing  # "Harfield, on 58, travel to Ashby": the team's total
    if kind == "count":
        best = personal_record(body, fig, lead, before, after)
        if best:
            return best  # "a career-high 38", "at least 25 points in seven straight games"
    if (
        kind == "count"
        and unit == "count"  # a field of horses; "The mayoral field of seven" counts people
        and (field := field_of_runners(lead, after, " ".join(body[fig.core[1] : fig.end].split())))
    ):
        return field  # "A field of six goes to post": the runners, not "goes"
    if unit == "percent" and (voted := elected_share(lead, bare_subject(fig.subject))):
        return voted  # "was re-elected with 71.5%": the votes, not the person alone
    if kind in RANKED_KINDS:
        ranked = ranked_with(lead, kind == "count")
        if ranked:
            noun = " ".join(body[fig.core[1] : fig.end].split()) if kind == "count" else ""
            return f"{noun} of {ranked}" if noun else ranked  # "The film was fourth with $8.7 million"
    if kind == "count" and fig.end > fig.core[1]:
        counted = " ".join(body[fig.core[1] : fig.end].split())
        if sought := sought_thing(counted, lead, after):
            return sought  # "the 1,200 teachers it promised": the teachers promised
    if kind == "count" and unit == "people" and (who := passive_doers(lead)):
        return who  # "the annual pass, used by about 90,000 commuters": its users
    if kind == "count" and unit in ("people", "attacks", "count"):
        children = offspring(before) if unit == "people" else ""
        if children:
            return children  # "a father of five"
        noun = " ".join(body[fig.core[1] : fig.end].split())
        low_noun = noun.lower()  # read once: the rules below test the counted noun's lower case
        if low_noun in SPORT_ABBREVIATIONS:
            return SPORT_ABBREVIATIONS[low_noun]  # "nine RBIs": runs batted in
        if noun and low_noun in PARTITIVE_ONLY:
            whole = partitive_noun(after)
            if whole:
                return whole  # "Five of the nine bids", "two of its 14 targets": the bids
        elif unit == "count" and noun[:3].lower() == "of ":
            whole = partitive_noun(noun.split()[2 if noun.split()[1].lower() in DETERMINERS else 1 :])
            if whole:
                return whole  # "two of its 14 financial targets": the targets
        if low_noun in UNIT_NOUNS:
            gap = margin(after, points=True)
            if gap:
                return gap  # "two points clear of Ashby Town", "six points adrift of safety"
        if unit == "people" or low_noun in CASUALTY_SUBJECTS and low_noun not in COUNTED_KILLS:
            found = casualty(lead, noun, after)
            if found in CASUALTIES and not noun:
                group = opening_group(before)
                deed = _deed_after(after) if group else ""
                if deed:
                    return f"{group} {deed}"  # "Of the passengers, 12 drowned": passengers who drowned
            if found in CASUALTIES:
                found = with_event(found, before, after)  # "deaths in the earthquake"
            if found:
                return found
        if (
            len(lead) > 1
            and lead[-2].lower() == "capacity"
            and (lead[-1].lower() == "of" or lead[-1].lower() in BE_WORDS)
        ):
            return capacity_phrase(
                lead[:-1]
            )  # "an annual capacity of 240,000 vehicles", "The airport's capacity is"
        if unit == "people" and noun and [w.lower() for w in lead[-2:]] in MODAL_HOLDS:
            return group_by_verb(lead, "people", False)  # "centres which can hold 3,000 migrants"
        if unit == "people" and low_noun in BARE_COUNT_NOUNS and after and participle(after[0].lower()):
            described = described_people(noun, after)
            if described:
                return described  # "3,700 people registered as volunteers": who the people are
        if unit == "people" and low_noun in BARE_COUNT_NOUNS and (related := relative_people(noun, after)):
            return related  # "2,400 people who lost their homes": who the people are
        if unit == "people" and low_noun in BARE_COUNT_NOUNS and (doing := people_doing(noun, lead, after)):
            return doing  # "nine people turned up", "210,000 people work in tourism": who they are
        if (
            unit == "people"
            and noun
            and lead[-1:] == ["of"]
            and lead[-2:-1]
            and lead[-2].lower() in POPULATION_NOUNS
        ):
            # "a population of about 5,000 people in four villages": its size; "the prison
            # population of 20,000 inmates" keeps its noun before
            whose = (
                lead[-3]
                if len(lead) > 2 and lead[-3].isalpha() and lead[-3].lower() not in NOT_NOUN_ENDS
                else ""
            )
            return f"{whose.lower()} population" if whose and not verb_like(whose.lower()) else "population"
        if unit == "people" and low_noun in BARE_COUNT_NOUNS and after[:1] == ["in"]:
            state = _state_after_in(after)
            if state:
                return f"{noun} in {state}"  # "12 people in critical condition": who the people are
        if noun and low_noun not in BARE_COUNT_NOUNS:
            stuff = material_after(after) if after[:1] == ["of"] else ""
            if " " in stuff and verb_like(stuff.rsplit(" ", 1)[1]):
                stuff = stuff.rsplit(" ", 1)[0]  # "Two members of the group fell": the verb is no noun
            if stuff:
                return f"{noun} of {stuff}"  # "96 cases of cable theft", "40 sacks of rice"
            if unit == "people" and [w.lower() for w in lead[-1:]] == ["for"]:
                built = group_by_verb(lead, "", True)
                if built:
                    return built  # "Camp Jail, built in 1912 for 1,050 prisoners": its capacity
            if after and participle(after[0].lower()):
                phrase = phrase_after(after[1:])
                if phrase and phrase[0].lower() in PREPOSITIONS:
                    return " ".join([noun, after[0], *phrase])  # "Afghan nationals returned through"
            kept = strip_lower(lead, TOTALITY_WORDS)
            verb = kept[-1] if kept else ""
            if (
                unit == "count"
                and verb.islower()
                and verb.endswith("ed")
                and participle(verb)
                and not (len(kept) > 1 and kept[-2].lower() in DETERMINERS)  # "a combined 435 homes"
                and noun.split()[0].isalpha()
                and noun.split()[0].lower() not in FUNCTION_WORDS
                and not noun.split()[0].endswith("ed")  # "one trapped", "four or more times"
            ):
                named = noun.split()
                while len(named) > 1 and named[0].lower() in ADDED_WORDS:
                    named = named[1:]  # "ordered 12 more patrol boats": the boats ordered
                return (
                    f"{' '.join(named)} {verb}"  # "Her entry matched all five numbers": the numbers matched
                )
            glossed = RE_GLOSS_AFTER.match(body, fig.end)
            if glossed:
                return f"{noun} ({glossed.group(1)})"  # "14 woredas (districts)": the local word glossed
            if lead[-1:] == ["and"]:
                return group_by_verb(lead, noun, True)  # "can carry 600 passengers and 150 cars": a capacity
            return ""
        aboard = after[:1] == ["aboard"]
        if noun and (aboard or after[:2] == ["on", "board"]):
            return f"{noun} {'aboard' if aboard else 'on board'}"  # "had 326 people on board"
        done = lead[-1:]
        ends = not after or after[0] in CLAUSE_MARKS or after[0] == "."  # "The ground holds 100,024."
        numbered = numbered_noun(lead) if not noun else ""
        if numbered:
            return numbered  # "the mills, which number 14": the mills
        grouped = group_by_verb(lead, noun, ends)
        if grouped:
            return grouped  # "It employs 31,500 people": employees; "The ground holds 100,024": capacity
        if unit == "people" and noun and done and done[0].lower() in TRANSITIVE_CHANGE_VERBS:
            return f"{noun} {done[0].lower()}"  # "Helicopters lifted 12 people": the people, not the agent
        if (
            unit == "people"
            and noun.lower() in INHABITANTS
            and [w.lower() for w in lead[-2:]] == ["home", "to"]
        ):
            return home_of(lead[:-2])  # "the village of Kofi, home to 1,937 people": its population
        head, mode = measured_before(before)
        if head and mode == "of" and low_noun in INHABITANTS and head.split()[-1].lower() in PLACE_NOUNS:
            return "population"  # "an archipelago of 280 million people", "a city of 2 million"
        if head:
            return f"{head} of {noun}" if mode == "of" and low_noun in PEOPLE_NOUNS else head
        if noun and done and participle(done[0].lower()) and done[0].lower().endswith("ed"):
            if low_noun in OCCASION_NOUNS:
                clause = without_aside(strip_lower(lead[:-1], LASTING_AUXILIARIES | VERB_ADVERBS))
                joined = not clause or clause[-1].lower() in ("and", "or")  # "..., and was sacked 5 times"
                doer = "" if joined else _doer(clause) or lasting_noun(clause)
                if doer and doer.lower() not in PERSONAL_PRONOUNS:
                    return f"{noun} {doer} {done[0].lower()}"  # "Hale carried 19 times": times Hale carried
            return f"{noun} {done[0].lower()}"  # "Police arrested 14 people" -> "people arrested"
        if not noun and after[:1] == ["of"] and len(after) > 3 and after[1].lower() in PARTITIVE_PRONOUNS:
            named = after[3]
            if (
                after[2].lower() in BE_WORDS
                and named.isalpha()
                and named.islower()
                and not verb_like(named)
                and named not in IRREGULAR_PARTICIPLES
            ):
                return " ".join(noun_after(after[3:], 2))  # "About 1,315 of them were children"
        if (
            not noun
            and after[:1]
            and after[0].lower() in FIELD_VERBS
            and (len(after) < 2 or after[1] in ",.;")
        ):
            return FIELD_VERBS[after[0].lower()]  # "Fourteen ran.": the runners of a race
        if not noun:
            hidden = noun_behind_brackets(after)
            if hidden:
                return hidden  # "three powerful (6.3 magnitude) earthquakes"
            named = named_after_be(after)
            if named:
                return named  # "Some 1,375 are women": the women
            state = state_after_be(after)
            if state:  # "Eleven were taken to hospital"; "Of the claimants, 187 have been treated for"
                group = fronted_group(lead)
                return f"{group} {state}" if group else state
            if mode == "verb":
                return clause_predicate_subject(before)  # "Texas gained the most residents (up 4,293,741"
        if noun and low_noun not in PEOPLE_NOUNS:
            return clause_predicate_subject(before)  # "... was 1,083 units higher compared to 62,593 units"
        return ""
    if unit == "percent" or kind == "percent_change":
        whole = fronted_whole(lead, after) if kind == "percentage_share" else ""
        if whole:
            return whole  # "Among children in the camps, 29% are malnourished": a share of the children
        if unit == "other" and RE_HYPHENED_UNIT.search(body, fig.start, fig.end):
            named = noun_after(after)
            rest = after[len(named) : len(named) + 1]
            object_named = rest and rest[0].lower() in ("in", "of") and not period_object(after[len(named) :])
            if (
                named and named[0].islower() and not object_named
            ):  # "a 2-point rise in jobless": the rise's object
                return " ".join(named)  # "three 25-basis-point cuts": the cuts
        if len(lead) > 1 and lead[-1].lower() == "averaging" and lead[-2].isalpha() and lead[-2].islower():
            return f"{lead[-2]} average"  # "a 19-km climb averaging 7.2%", "inflation averaging 3%"
        if (
            len(lead) > 2
            and lead[-2][-1:] == ","
            and lead[-1].lower() in CHANGE_WORDS
            and lead[-1].endswith("ing")
        ):
            hung = hung_on(lead[:-2])
            if hung:
                return hung  # "the market had its worst week since 2008, falling 13.6%"
        if named_change(fig, lead, after):
            return after[0].lower()  # "the 3.15% rise was worth": refine names what rose
        if kind == "percentage_share" and after[:1] == ["of"]:
            named = whole_words(after[1:6])  # (to the next figure: "of spending and about 5.1% of")
            whole = " ".join(noun_after(named, 5))
            spent = spent_share(lead, after)
            if spent:
                return spent  # "France spends 14% of its GDP on pensions"
            holder = share_holder(lead)
            if (
                holder
            ):  # "Germany, accounting for 40% of the total"; "Men accounted for 76% of those who died"
                told = []
                for word in after[1 : 1 + SHARE_PHRASE_WORDS]:
                    if not word[0].isalnum() or (
                        word[0].isdigit() and told[-1:] and told[-1] in WHOLE_END_WORDS
                    ):
                        break  # (a figure after "and" ends it: "of spending and about 5.1 percent")
                    told.append(word)
                while told and (
                    told[-1].lower() in PREPOSITIONS
                    or told[-1].lower() in DETERMINERS
                    or told[-1].lower() in WHOLE_END_WORDS
                ):
                    told.pop()  # "of the total cash position of ...": the phrase read so far
                return f"{holder} as a share of {whole or ' '.join(told)}" if whole or told else ""
            head, mode = measured_before(before)
            if not whole and head and mode in ("verb", "link") and _counted_whole(named):
                # "Turnout was 49.6 percent of the 16,940 registered voters": the whole's count is
                # no word of its name
                whole = " ".join(noun_after(named[1:], 5))
            if whole and head and mode in ("verb", "link"):
                return f"{head} as a share of {whole}"  # "The deficit is 4 percent of output"
            if whole and head and mode == "of" and _determined_noun(lead, head):
                return f"{head} as a share of {whole}"  # "a deficit of 3.1% of GDP"
            equal = equal_to_noun(lead)
            if whole and equal:
                return f"{equal} as a share of {whole}"  # "a deficit equal to 4.2% of GDP"
            changed = object_changed_to(before)
            if whole and changed:
                return f"{changed} as a share of {whole}"  # "lift military spending to 2.6% of GDP"
            if after[1:2] and after[1].lower() in ("what", "whatever"):
                return ""  # "collect 96% of what they bill": no noun; the percent's own reading stands
            return whole  # "30 per cent of voters said ..." -> "voters"
        if kind == "percent_change" and (antecedent := relative_antecedent(lead)):
            # "pensions rise with inflation, which was 3.1%": what "which" stands for (the whole,
            # not a fraction of it: "by half of the index, which was 3.1%")
            part, of, whole = antecedent.partition(" of ")
            return (
                whole
                if of and whole and FRACTION_WORDS_SET.intersection(part.lower().split())
                else antecedent
            )
        head, mode = measured_before(before)
        if head and mode in ("verb", "link"):
            return head
        listed = listed_percents(lead, after)
        if listed:
            return listed  # "The 10% and 30% brackets": the brackets, for both
        if lead and (lead[-1].lower() in DETERMINERS or (len(lead) > 1 and lead[-2].lower() in DETERMINERS)):
            named = noun_after(after)
            if named and (named[0].lower() not in CHANGE_WORDS or particle_noun(named)):
                return " ".join(named)  # "its symmetric 2 percent inflation objective", "a 25% down payment"
            if named and period_object(after[len(named) :]):
                return clause_predicate_subject(before)  # "sales dipped 0.3%, after a 0.9% rise in September"
        if mode in ("verb", "link"):
            return clause_predicate_subject(before)  # "crimes was on the increase, up 11 per cent"
        if unit == "percent" and lead[-1:] and lead[-1].lower() in PREPOSITIONS:
            named = noun_after(after)  # "After 24% federal withholding": the noun it qualifies
            lower = {w.lower() for w in named}
            if (
                named
                and named[0].islower()
                and not lower & PERIOD_WORDS
                and not lower & WEEKDAYS
                and (named[0] not in CHANGE_WORDS or particle_noun(named))
                and not has_content_word(bare_subject(fig.subject))
            ):
                return " ".join(named)
        return ""
    if kind == "money":
        sought = sought_thing("sum", lead, after)
        if sought:
            return sought  # "the £1.5m it seeks": the sum sought, not the pronoun's clause
        each = unit_price(lead, after)
        if each:
            return each  # "three bottles of red at £28 apiece": the price of each bottle
        running = running_cost(lead, after)
        if running:
            return running  # "needs $420,000 a year to run its shelter": the annual cost of running it
        if lead[-1:] == ["in"] and len(lead) > 1 and lead[-2].lower() in BRING_VERBS:
            lead = lead[:-1]  # "a quiz night, bringing in NZ$3,400": raising it (late-subj13)
        if (
            len(lead) > 2
            and lead[-2][-1:] == ","
            and lead[-1].endswith("ing")
            and (lead[-1].lower() in SUM_VERBS or lead[-1].lower() in BRING_VERBS)
        ):
            hung = hung_on(lead[:-2])
            measure, join = EARNED_MEASURES.get(lead[-1].lower(), ("", ""))
            if hung:  # "the auction ended on Thursday, raising 36.2 billion baht": funds raised by it
                return f"{measure} {join} {hung}" if measure else hung
        whose = whose_head(before)
        if whose:
            return whose  # "the precept, whose cost has grown by £37m"
        added = added_sum(lead, after)
        if added:
            return added  # "on top of the $35m approved in 2021": the sum approved, not "top"
        short = shortfall(lead)
        if short:
            return short  # "we are short of $17 million": a shortfall, not a target ("short of the $50m")
        closing = "" if " per " in fig.subject else closing_price(lead)  # not an exchange rate
        if closing:
            return closing  # "Shares of Acme closed 2% higher at $27.45": the closing price
        worth = _worth(lead)
        if worth:
            return worth  # "the new trains, worth about $2.7 billion": their value
        aside = priced_aside(lead)
        if aside:
            return aside  # "Tickets, priced from $40 to $95, sold out": the price of the tickets
        priced = named_by_verb(lead)
        if priced:
            return priced  # "The count cost 1.1 billion cedis"; "valuing the firm at"
        started = starting_price(lead) or sale_price(lead) or purchase_price(lead)
        if started:
            return started  # "Tickets start at £40", "will go on sale in May for $699"
        valued = value_changed(lead, after)
        if valued:
            return valued  # "adding 31 billion crowns ($4.5 billion) to its market value"
        changed = change_noun_object(before) or change_of(before, after) or amount_changed_to(before)
        if changed:
            return changed  # "a 9% rise in annual operating profit to $1.2 billion"; "narrowed its loss to"
        head, mode = measured_before(before)
        if head and mode == "of" and head.lower() in TAKING_DEEDS:
            return f"sum {TAKING_DEEDS[head.lower()]}"  # "ordered the confiscation of €50,000": the sum confiscated
        if head.lower() in STATISTIC_WORDS and mode == "of" and (costed := _averaged_cost(lead)):
            return f"{head.lower()} {costed}"  # "A place now costs an average of €2,850": not "average"
        if head and mode == "of" and premodifying(lead, after):
            head = ""  # "the winner of the A$2 million race": the race, which the amount modifies
        if head and mode == "of" and (deed := gerund_object(lead[:-1], head)):
            return deed  # "jailed for 8 years in prison for taking bribes of 3.6 million lei": the bribes
        if head and mode == "of":
            return " ".join([head, *recipient(after)])  # "the return of $1.78 billion to the treasury"
        earned = earned_subject(before, after)
        if earned:
            return earned  # "The startup raised $5 million in funding": raised, not a change of a level
        funds = funds_in(after)
        if funds:
            return funds  # "The scheme provides $4 million a year in aid": the aid, not the scheme
        if head:
            # "Five candidates lost their £500 deposits": the deposits, not the doer of the verb
            return (_premodified_noun(before, after) if mode in ("verb", "link") else "") or head
        if mode in ("verb", "link") and not _opens_reported_clause(lead):
            return clause_predicate_subject(before)  # "Revenue was $4.2 billion, compared with $3.9 billion"
        if unit == "other" and not has_content_word(bare_subject(fig.subject)):
            return " ".join(noun_after(after, 5))  # "3 sen single-tier dividend per share"
        return ""
    if kind == "duration":
        apposed = apposed_span(before, lead)
        if apposed:
            return apposed  # "The fair opens on 3 May and closes on 30 June, a period of eight weeks"
        spent = (
            vesting_period(before) or total_time(before) or time_spent(lead, after) or time_spent_after(after)
        )
        if spent:
            return spent  # "spent nine months studying in Leeds": the time spent doing it
        gap = margin(after) or placing_gap(lead, after)
        if gap:
            return gap  # "finished 38 seconds ahead of Holm", "two minutes behind the leader"
        timed = finishing_time(lead) or improvement(lead, after) or construction_time(lead)
        if timed:
            return timed  # "crossed the line in 3 hours, 14 minutes", "taking 1.2 seconds off the record"
        allowed = time_to_do(lead, after) or added_time(lead, after)
        if allowed:
            return allowed  # "has 42 days to pay": the time allowed to do it
        done = length_of_deed(before)
        if done:
            return done  # "The survey, conducted by volunteers over 17 days": the survey's length
        between = time_between(lead, after) if _names_only_its_unit(body[fig.start : fig.end]) else ""
        if between:
            return between  # "four days after she voiced concerns"; "after 14 hours the search became"
        working = working_time(body, fig, after)
        if working:
            return working  # "a 38-hour week": the working week
        modified = _span_modified_noun(body[fig.start : fig.end], fig.subject, after)
        if modified:
            return modified  # "its 30-day volume-weighted average": the average
        if unit == "year" and "-year" in body[fig.start : fig.end]:
            matured = maturity(body, fig)
            if matured:
                return matured  # "The 30-year yield rose", "of 10-year government bonds"
        if [w.lower() for w in lead[-1:]] == ["every"]:
            # "trains ran every 10 minutes": the interval, with what its clause names before "every"
            what = bare_subject(fig.subject).removesuffix("every").strip()
            return f"{INTERVAL_SUBJECT}: {what}" if has_content_word(what) else INTERVAL_SUBJECT
    only_unit = kind == "duration" and _names_only_its_unit(body[fig.start : fig.end])
    if only_unit and (spent := RE_SPAN_POSSESSIVE.match(body, fig.end)) and spent.group(1) not in NOT_SPANS:
        return spent.group(1)  # "two years' imprisonment", "six months' notice": what lasts so long
    if only_unit and after[:1] == ["of"]:
        spanned = _spanned(lead, after)
        if spanned:
            return spanned  # "25 years of satellite measurements", "four months of talks"
    paired_low = (
        kind == "duration"
        and body[fig.start : fig.end].isdigit()
        and RE_PAIRED_HIGH_AFTER.match(body, fig.end) is not None
    )  # "lasted 11 and 18 days": the low end, its unit carried from the high end
    if only_unit or paired_low:
        lasting = what_lasts(lead, after)
        if lasting:
            return lasting  # "The strike lasted 23 days"; "jailed for six years"
    if kind == "duration" and "For" in before and [w for w in lead if w[0].isalpha()] == ["For"]:
        during = clause_after(after)
        if during:  # "For nine years these families were told ...": the period of the main clause
            return f"{PERIOD_SUBJECT} in which {during}"
    if only_unit and (
        period_duration(lead) or [w.lower() for w in lead[-1:]] == ["for"] and not _clause_has_content(before)
    ):
        # "in the last six months"; "for 19 months" alone; "tickets sold out in under two hours"
        if lead[-1:] == ["in"] and travel_clause(lead[:-1]):
            return "journey time"  # "the line will link the port with the airport in 18 minutes"
        if (
            fig.measure in RACE_TIME_MEASURES
            and lead[-1:] == ["in"]
            and travel_clause(lead[:-1], RACE_FINISH_WORDS)
        ):
            # "won the 50km race in three hours": the winning time; "finished in 19 hours": the time
            won = travel_clause(lead[:-1], RACE_WON_WORDS)
            return "winning time" if won else "finishing time"
        built = construction_time(lead) if lead[-1:] == ["in"] else ""
        if built:
            return built  # "The bridge was built in 18 months": how long building it took
        deed = done_within(lead) or period_deed(before)
        if deed and lead[-1:] in (["within"], ["Within"]):
            # "patients were seen within four hours": the time allowed for the deed, not a period
            return f"{WITHIN_SUBJECT} {deed.removeprefix(' for ').removeprefix(' in which ')}"
        return PERIOD_SUBJECT + deed
    if kind == "other" and unit == "other" and fig.measure not in AGE_MEASURES:
        physical = fig.measure not in OTHER_MEASURES  # a physical unit, not a scale reading
        race = _race(body[fig.start : fig.end], fig.measure, before, after)
        if race:
            return race  # "won the men's 1,500 metres": the race, not "won men's"
        if [w.lower() for w in lead[-2:]] == ["average", "of"] and quantity_of(fig.measure) == "speed":
            return "average speed"  # "in 1hr 12min, an average of 9.1 knots": a speed averaged
        band = _tariff_band(fig.measure, lead, before, after) if physical else ""
        if band:
            return band  # "7 cents a unit for the first 120 units": the tariff's first band
        each = each_measure(before, after, fig.measure) if physical else ""
        if each:
            return each  # "14 sacks of 80 kilogrammes each": the weight of each sack
        if physical and after[:2] == ["to", "go"] and convert(1.0, fig.measure, "meter") is not None:
            return DISTANCE_TO_GO  # "had 780 miles to go", "with 12km to go": the distance left
        closing = closing_section(fig.measure, before, after)
        if closing:
            return closing  # "the last 5 kilometres of the stage": its final section, not the stage
        if (
            fig.measure.partition(" / ")[0] in DOSE_MEASURES
            and (  # ("milligram / day": a flow)
                after[:1]
                and after[0].lower() in DOSE_FREQUENCIES
                or [w.lower() for w in after[:2]] in DOSE_PERIODS
            )
        ):
            return (
                "dose"  # "prescribed 40mg twice a day", "5mg daily", "200 mg a day": a dose taken that often
            )
        level = level_after_change_by(lead)
        if level:
            return level  # "raised its 2027 forecast by 5,000 tonnes to 312,000 tonnes": the forecast
        sides = (
            measured_sides(fig.measure, lead, after)
            or paired_sides(fig.measure, body[fig.start : fig.end], lead, after)
            if physical
            else ""
        )
        if sides:
            # "The grave measures 1.2 metres by 70 centimetres": its length, then its width; also
            # "24 pitches of 15 by 4 metres", "198 x 152 cm" with no verb of measuring
            return sides
        premodified = glued_premodifier(body[fig.start : fig.end], before, after) if physical else ""
        if premodified:
            # "rides on 20in wheels", "a 105kg snatch", "a 46-pound fish": the thing so measured
            return sized_noun(fig.measure, premodified, after)
        listed = listed_ingredient(body, fig.start, after) if physical else ""
        if listed:
            return listed  # "3 teaspoons baking soda" opening a line of a recipe's list
        # (past a bracketed conversion: "36 feet (11 metres) wide", and inside it: "(11 metres) wide")
        shown = after if after[:1] == ["-"] else past_conversion(after)
        dimension = (
            DIMENSIONS.get((shown[1] if shown[:1] == ["-"] and len(shown) > 1 else shown[0]).lower(), "")
            if shown
            else ""
        )
        if dimension == "width" and shown[0].lower() == "across" and shown[1:2] and shown[1][:1].isalnum():
            dimension = ""  # "rain dropped 1.8 inches across the state": where, not how wide
        if (
            fig.measure in LENGTHS
            and not dimension
            and shown[:1] == ["in"]
            and shown[1:2] in LENGTH_DIMENSION_WORDS
        ):
            # "the gulf is shallow, averaging about 6 metres in depth": the clause's thing's depth,
            # never the adjective before it (late-subj14)
            whose = apposed_noun(lead) or clause_opener(lead)
            return f"{shown[1]} of {whose}" if whose else shown[1]
        if physical and dimension:  # "vessels under 8 metres long", "the 2-metre-wide canvas"
            hyphened = after[:1] == ["-"]
            # "The dish, 500 metres across,": the noun the figure stands in apposition to
            whose = (
                " ".join(noun_after(after[2:], 1))
                if hyphened
                else apposed_noun(lead) or bare_subject(fig.subject)
            )
            return f"{dimension} of {whose}" if whose and whose != dimension else dimension
        if fig.measure in LENGTHS and rises_or_flies(lead):
            return "altitude"  # "the plane had climbed to about 5,000 feet", "cruising at 38,000 feet"
        routed = route_length(fig.measure, before, after)
        if routed:
            return routed  # "Route 9, which runs 48 km from A to B": the line's length
        measured = measured_thing(body[fig.start : fig.end], before, after, physical, fig.measure)
        if measured.startswith(("distance", "height above", "altitude above")) and quantity_of(fig.measure):
            measured = ""  # "Gusts reached 61 mph (98 kph) off Lake Erie": only a length is a distance
        if measured.startswith(("distance", "height above", "altitude above")):
            held = bare_subject(fig.subject)  # the clause's subject, kept when it is in the figure's clause
            clause = before[len(before) - before[::-1].index(",") :] if "," in before else before
            if measured == WITHIN_DISTANCE:  # "Police must stay within 5 km.": what lies within it
                kept = held.removesuffix("within").strip() if set(held.split()) <= set(clause) else ""
                return f"{measured} {kept}" if kept else measured
            if held and "distance" not in held.lower() and set(held.split()) <= set(clause):
                return f"{held} {measured}"  # "The asteroid will pass 25,000 miles from Earth"
        if measured.startswith(DEPTH_SUBJECT):
            thing = apposed_noun(lead) or clause_opener(lead)  # "the intake, 35 metres below the surface"
            return f"{DEPTH_SUBJECT} of {thing}{measured.removeprefix(DEPTH_SUBJECT)}" if thing else measured
        if measured:
            return measured
        gone = gone_distance(fig.measure, before)
        if gone:
            return gone  # "The probe travelled 6.4 billion km": the distance gone, not the probe
        made = maker(before)
        beyond = past_conversion(after)  # "610 mm (24 inches) of rain": the stuff after the bracket
        stuff = (
            material_after(beyond, body[fig.start - 1 : fig.start] != "(")
            or listed_material(body[fig.start : fig.end], after)
            if physical
            else ""
        )
        if stuff:
            place = place_after_material(beyond, stuff)
            stuff = f"{stuff} {place}" if place else stuff  # "610 mm of rain on parts of Honduras"
        if made or stuff:
            return " ".join(w for w in (made, stuff) if w)  # "Peru mined copper ore"; "ounces of gold"
        held = held_amount(fig.measure, lead)
        if held:
            return held  # "holding 11.3 mcm of its 115 mcm", "each able to handle 24 Tbps"
        head, mode = measured_before(before)
        if mode == "of" and head.lower() == "average" and " per " in fig.measure:
            return ""  # "an average of nine prisoners for each warder": the rate names what it counts
        if mode in ("link", "of") or mode == "verb" and _names_a_measure(head, physical):
            # "The fertility rate fell to 3.4 births per woman", "Oil output rose to"; a rate per head
            # with the group or place its clause names ("In the south, the rate rose to 6.2 per 100,000")
            group = rate_group(body, fig.start, fig.end) if "per " in fig.measure else ""
            if group and group.split()[-1] in head.lower().split():
                return ""  # "The capital had 22.5 homicides per 100,000": the count reader's "homicides in the capital"
            return f"{head} {group}" if group else head
        done = _done_to_measure(body[fig.start : fig.end], before, after) if physical else ""
        if done:
            return done  # "51,000 hectares were burned": the hectares burned
        if lead and lead[-1].lower() in DETERMINERS or RE_HYPHENED_UNIT.search(body, fig.start, fig.end):
            apposed = apposed_measure(lead)
            if apposed:
                return sized_noun(
                    fig.measure, apposed, after
                )  # "The new bridge, a 1.2 km span, ...": its length
            # "the 154 km stretch", "a 580-km line", "a brutal 178.5-km ride": what it measures
            plain = _without_acronym_words(after)
            named = noun_after(plain, 3 if plain is after else 4)  # "700 MW direct current (HVDC) link"
            return sized_noun(fig.measure, " ".join(named), after)
        return ""
    return ""


# the smaller units a prison term adds after its years ("four years and nine months in jail")
TERM_PART_UNITS = frozenset(("months", "month", "weeks", "week", "days", "day"))


# "X costs an average of €2,850": the statistic is of X's cost (late-subj11); "X traded at an
# average of 98,500 tenge", "sold for an average of": of X's price (late-subj14)
COST_VERBS = frozenset(("cost", "costs", "costed"))
AVERAGED_WITH_WORDS = 6  # the longest "with" phrase after the thing priced ("with at least 23% gluten")
AVERAGED_PRICE_VERBS = SELL_VERBS | frozenset(
    "trade trades traded trading fetch fetches fetched fetching".split()
)


def _averaged_cost(lead: list[str]) -> str:
    """The measure and thing "costs an average of" or "traded at an average of" sizes (above:
    "cost of place", "price of Soybeans"), or ""."""
    if len(lead) < 5 or lead[-1] != "of" or lead[-3].lower() not in ("an", "a"):
        return ""
    words, measure = lead[:-4], "cost"
    if lead[-4].lower() in ("at", "for") and lead[-5].lower() in AVERAGED_PRICE_VERBS:
        words, measure = lead[:-5], "price"
    elif lead[-4].lower() not in COST_VERBS:
        return ""
    while words and words[-1].islower() and (words[-1] in VERB_ADVERBS or words[-1].endswith("ly")):
        words = words[:-1]  # "now costs", "typically costs"
    if "with" in words[-AVERAGED_WITH_WORDS:]:
        words = words[: len(words) - words[::-1].index("with") - 1]  # "wheat with at least 23% gluten traded"
    thing = head_of(noun_phrase_before(words))
    return f"{measure} of {thing}" if thing else ""


# A sum restating the sum before it over another period ("about $64 a month, or some $770 over a
# year"; "saves Rs 67 a month, which is Rs 804 a year") is of that sum's subject, not of the period
# (late-subj11)
RE_RESTATED_SUM_GAP = re.compile(
    r"(?:\s+(?:a|an|per|each)\s+[a-z]+)?,\s+(?:or|which\s+is|which\s+comes\s+to|that\s+is)\s+"
    rf"(?:(?:{'|'.join(map(re.escape, APPROX_WORDS))})\s+)?"
)


def restated_sum(prev: Figure, fig: Figure, body: str, s_start: int, subject: str) -> str:
    """The subject of the sum a sum naming only a time restates (above), or ""."""
    if prev.kind != "money" or prev.unit != fig.unit or prev.start < s_start or not names_a_time(subject):
        return ""
    if not RE_RESTATED_SUM_GAP.fullmatch(body, prev.end, fig.start):
        return ""
    named = bare_subject_of(prev.subject)
    return named if not names_a_time(named) else ""


# A span with "left" or "remaining" after it ("There are 29 days left in the year", "with 17 days
# remaining before the deadline"): the time left, and until what (late-subj11)
LEFT_WORDS = frozenset(("left", "remaining"))
LEFT_PHRASE_WORDS = 6  # the longest phrase read after "left"


def time_left(quote: str, after: list[str]) -> str:
    """The time a span with "left" after it measures (above), or ""."""
    if not after or after[0].lower() not in LEFT_WORDS or not quote.split()[-1].isalpha():
        return ""
    phrase: list[str] = []
    if after[1:2] and (after[1].lower() in PREPOSITIONS or after[1].lower() in ("until", "till")):
        for word in after[1 : 1 + LEFT_PHRASE_WORDS]:
            if not word[0].isalnum():
                break
            phrase.append(word)
    return " ".join([quote.split()[-1].lower(), after[0].lower(), *phrase])


# A bare count of the top of a group ("with the four largest counting 41.6 million visits"): the
# superlative, with the plural the clause before names after a possessive ("Metro Cebu's big
# malls") when it names one (late-subj11)
POSSESSIVE_NOUN_REACH = 3  # words after a possessive read for its plural noun


def ranked_top(lead: list[str], after: list[str]) -> str:
    """What a bare count after "the" and before a superlative counts (above), or ""."""
    if lead[-1:] not in (["the"], ["The"]) or not after or not after[0].isalpha():
        return ""
    top = after[0]
    if not (top.islower() and top.endswith("est") and len(top) > 4):
        return ""
    for i in range(len(lead) - 2, -1, -1):
        if lead[i].endswith(("'s", "’s")):
            for word in lead[i + 1 : i + 1 + POSSESSIVE_NOUN_REACH]:
                if word.isalpha() and word.islower() and word.endswith("s") and not verb_like(word):
                    return f"{top} {word}"
            break
    return top


def hyphened_sum_noun(after: list[str], held: str) -> str:
    """The noun a sum hyphened to its unit premodifies ("a 9.9-cent plan", "a 50-cent stamp"), when
    the subject `held` does not already name it; not a change word ("a 10-cent rise") nor the next
    figure's "above" (late-subj11); else ""."""
    named = noun_after(after)
    while named and (named[-1].lower() in PREPOSITIONS or named[-1].lower() in APPROX_WORDS):
        named = named[:-1]  # "a 9.9-cent plan above 17 cents": the plan
    if not named or not named[0].islower() or named[0].lower() in CHANGE_WORDS:
        return ""
    return "" if {w.lower() for w in named} <= set(held.lower().split()) else " ".join(named)


# A poll's "accurate to within (plus or minus) 2.8 percentage points": its margin of error, not "within"
# (late-subj11)
MARGIN_OF_ERROR = "margin of error"
ACCURATE_WITHIN = (["accurate", "to", "within"], ["accurate", "within"])
PLUS_OR_MINUS = ["plus", "or", "minus"]


def accuracy_margin(lead: list[str]) -> str:
    """MARGIN_OF_ERROR when the words before a figure say a result is accurate to within it, else ""."""
    words = [w.lower() for w in lead[-6:]]
    if words[-3:] == PLUS_OR_MINUS:
        words = words[:-3]
    return MARGIN_OF_ERROR if words[-3:] in ACCURATE_WITHIN or words[-2:] in ACCURATE_WITHIN else ""


def gerund_object(lead: list[str], head: str) -> str:
    """The object of a verb in -ing that a sum after "of" follows ("for taking bribes of", "accused
    of demanding a ransom of" -> "taking bribes", "demanding ransom"), when the head read for the
    sum does not name it (a longer phrase before it: "8 years in prison for taking bribes"), or ""."""
    words = lead[-3:]
    if len(words) == 3 and words[1].lower() in DETERMINERS:
        words = [words[0], words[2]]  # "demanding a ransom"
    if (
        len(words) < 2
        or not words[-2].lower().endswith("ing")
        or len(words[-2]) < 6
        or not words[-1].isalpha()
        or not words[-1].islower()
        or words[-1] in head.split()
    ):
        return ""
    return f"{words[-2].lower()} {words[-1]}"


def _premodified_noun(before: list[str], after: list[str]) -> str:
    """The noun an amount modifies after a possessive determiner ("lost their £500 deposits",
    "repaid his $18,500 student loan" -> "deposits", "student loan"), or after "by a" ("was
    financed by a $3 million grant" -> "grant": the means, not the thing financed), or ""."""
    by_a = len(before) > 1 and before[-1].lower() in ("a", "an") and before[-2].lower() == "by"
    if not before or before[-1].lower() not in POSSESSIVE_DETERMINERS and not by_a:
        return ""
    named = noun_after(after)
    if not named or not all(w.isalpha() and w.islower() for w in named) or named[0] in CHANGE_WORDS:
        return ""
    return " ".join(named)


RE_SPAN_ADJECTIVE = re.compile(r"\d-[^\W\d_]+(?P<tail>(?:\s+[a-z]+)*)\Z")  # "30-day", "50-day moving"


def _span_modified_noun(quote: str, subject: str, after: list[str]) -> str:
    """The noun a compound span modifies when its own words name nothing ("its 30-day
    volume-weighted average" -> "volume-weighted average"; "a 50-day moving average" -> "moving
    average"), or ""."""
    if has_content_word(bare_subject(subject)):
        return ""
    spanned = RE_SPAN_ADJECTIVE.search(quote)
    if not spanned:
        return ""
    named = noun_after(after)
    if not named or not named[0].islower() or named[0].lower() in CHANGE_WORDS:
        return ""
    return " ".join([*spanned.group("tail").split(), *named])


# an approximation or a bound between a line's label and its figure ("Reading time: about 4
# minutes", "Tickets: from £19", "Entry: up to $40", "Wait: under an hour")
LABEL_BOUND = r"(?:(?:about|around|some|from|up to|under|over|nearly|almost) )?"
RE_LINE_LABEL_BEFORE = re.compile(
    rf"(?:^|\n|[.!?] )[ \t]*(?:[-–•*·][ \t]+)?([A-Z][A-Za-z'’ -]{{1,30}}?)(?: \(([^()\n]{{1,30}})\))?:[ \t]*{LABEL_BOUND}\Z"
)  # (a bracketed aside before the colon: "Population (2021 census): 84,200")
# ... a longer label with commas when it opens its own line ("Roads, bridges and tunnels: R$ 8,641")
LIST_LABEL_CHARS = 64
RE_LIST_LINE_LABEL_BEFORE = re.compile(
    rf"(?:^|\n)[ \t]*(?:[-–•*·][ \t]+)?([A-Z][A-Za-z'’ ,-]{{1,{LIST_LABEL_CHARS}}}?):[ \t]*{LABEL_BOUND}\Z"
)
BULLET_LABEL_KINDS = frozenset(("money", "percent_change", "percentage_share", "other"))


# a length followed by "to go" in racing and travel copy ("with 12km to go", "had 780 miles to go")
DISTANCE_TO_GO = "distance left to go"


def _done_to_measure(quote: str, before: list[str], after: list[str]) -> str:
    """What was done to a physical amount that is the subject of a passive verb right after it,
    named by the amount's unit word and the participle ("51,000 hectares were burned this summer"
    -> "hectares burned"; "290,000 tonnes were shipped to Asia" -> "tonnes shipped"),
    or "": no passive ("12 km separate the towns"), no unit word of letters ("40km were added"), an
    amount after a preposition or "than" that is no subject ("Homes on slopes steeper than 25
    degrees were cleared": the homes were)."""
    if after and not before_clause(before) and active_past(after[0]):
        unit = quote.rsplit(" ", 1)[-1]
        if unit.isalpha() and len(unit) >= UNIT_WORD_LETTERS:
            # "Some 41,700 tonnes crossed the border", "Nearly 40 hectares burned": an amount that
            # opens its sentence as the subject of a verb in the past, named by its unit and verb
            return f"{unit} {after[0].lower()}"
    if not after or after[0].lower() not in BE_WORDS and after[0].lower() not in AUXILIARIES:
        return ""  # the cheap test first: an auxiliary opens the passive
    lead = without_approx(before)
    if lead and (lead[-1].lower() in PREPOSITIONS or lead[-1].lower() == "than"):
        return ""
    deed = _deed_after(after)
    unit = quote.rsplit(" ", 1)[-1]
    if not deed or deed.startswith("who ") or not unit.isalpha() or len(unit) < UNIT_WORD_LETTERS:
        return ""
    verb, *rest = deed.split()
    for word in rest:  # "were shipped out last year": the verb and its particle, not a time or place
        if word.lower() in PREPOSITIONS or word.lower() in DETERMINERS or word.lower() in PERIOD_DEED_CUTS:
            break
        verb += f" {word}"
    return f"{unit} {verb}"


def before_clause(before: list[str]) -> bool:
    """Whether words stand before an amount in its sentence, approximation words aside ("Some",
    "Nearly"): an amount with none opens its sentence."""
    return bool(without_approx(before))


UNIT_WORD_LETTERS = 4  # the shortest unit word that names a subject ("tonnes", "acres"; not "km", "GWh")


# Nouns that name a measured quantity: before a change verb they are what a physical measurement
# measures ("Oil output rose to 9 million bpd"); other nouns there may be what holds it ("Highs
# rose to 31C": the temperature).
MEASURE_HEADS = frozenset(
    """output production catch limit limits volume volumes level levels intake rate rates demand
    supply capacity consumption exports imports area harvest yield yields""".split()
)


def _names_a_measure(head: str, physical: bool) -> bool:
    """Whether the noun before a change verb names what a measurement measures: any noun for a
    rate or a scale reading ("fertility rate"), a MEASURE_HEADS noun for a physical unit."""
    if not head or " not" in head:
        return False
    return not physical or head.rsplit(" ", 1)[-1].lower() in MEASURE_HEADS


PLACE_NOUNS = frozenset(
    "country nation city town village state province region island islands archipelago metropolis district".split()
)
INHABITANTS = frozenset(("", "people", "inhabitants", "residents", "souls"))


DEED_STOPS = frozenset(("since", "after", "before", "in", "on", "at", "during"))  # "died since": no deed


def _deed_after(after: list[str]) -> str:
    """What a bare count of people did or had done to them, read after it ("drowned" -> "who
    drowned", "have died since May" -> "who died", "were killed by lightning" -> "killed by
    lightning"), or ""."""
    rest = after
    while rest and rest[0].lower() in STATE_AUXILIARIES:
        rest = rest[1:]
    passive = any(w.lower() in BE_WORDS for w in after[: len(after) - len(rest)])
    deed: list[str] = []
    for word in rest[:STATE_WORDS]:
        lower = word.lower()
        if (
            not word.isalpha()
            or lower in BOUNDARY_WORDS
            or lower in ("and", "or")
            or deed
            and lower in DEED_STOPS
        ):
            break
        deed.append(word)
    while deed and (deed[-1].lower() in PREPOSITIONS or deed[-1].lower() in DETERMINERS):
        deed.pop()
    if not deed or not deed[0].islower() or not (deed[0].endswith("ed") or deed[0] in IRREGULAR_PARTICIPLES):
        return ""  # "12 were children": no deed
    return " ".join(deed) if passive else f"who {' '.join(deed)}"


PARTITIVE_PRONOUNS = frozenset(("them", "those", "these", "whom"))  # "1,315 of them were children"
TOTALITY_WORDS = frozenset(("all", "the", "its", "their"))  # between a verb and its count: "matched all five"
OCCASION_NOUNS = frozenset(("times",))  # a count of occasions a doer did something: "has married four times"
MODAL_HOLDS = [[modal, "hold"] for modal in sorted(CAPACITY_MODALS)] + [
    [modal, verb] for modal in sorted(ABLE_MODALS) for verb in sorted(MODAL_CAPACITY_VERBS)
]


# Nouns of a deed that takes money, before "of" and the amount ("the confiscation of €50,000", "the
# theft of £9,000"): the amount is the sum so taken, named by the deed's participle.
TAKING_DEEDS: dict[str, str] = {
    "confiscation": "confiscated",
    "seizure": "seized",
    "theft": "stolen",
    "embezzlement": "embezzled",
    "misappropriation": "misappropriated",
    "forfeiture": "forfeited",
    "laundering": "laundered",
}


# Races named by their distance: the group that runs them before it ("the women's 5,000 metres"),
# the event after it ("the 400 metres hurdles", "the 200m freestyle") or a verb of winning and "the"
# before it ("won the 100 metres").
RACE_MEASURES = frozenset(("meter", "kilometer", "mile", "yard"))
RACE_GROUPS = frozenset("men's women's boys' girls' mixed junior".split())
RACE_EVENTS = frozenset(
    """hurdles steeplechase relay freestyle backstroke breaststroke butterfly medley sprint
    race final heat heats""".split()
)
RACE_WIN_VERBS = frozenset("won win wins winning took take takes taking".split())


def _race(quote: str, measure: str, before: list[str], after: list[str]) -> str:
    """The race a distance names ("men's 1,500 metres", "400 metres hurdles"), or ""."""
    if measure not in RACE_MEASURES:
        return ""
    group = before[-1:] if before and before[-1].lower() in RACE_GROUPS else []
    event = after[:1] if after and after[0].lower() in RACE_EVENTS else []
    ends = not after or not after[0][:1].isalpha() or after[0].lower() in PREPOSITIONS  # no noun after
    won = ends and [w.lower() for w in before[-2:]] in ([w, "the"] for w in RACE_WIN_VERBS)
    if not (group or event or won):
        return ""
    return " ".join([*group, " ".join(quote.split()), *event])


# a measurement joined to the noun it describes by a hyphen: "a brutal 178.5-km ride"
RE_HYPHENED_UNIT = re.compile(r"\d-[^\W\d_]")


# the kinds whose figure a change word right before it makes a change (dates and spans are none)
CHANGING_KINDS = frozenset(("percent_change", "money", "count", "other"))
# A span served in prison ("five years in prison", "18 months in jail"): a prison term, unless the
# subject names the sentence or term already.
IN_PRISON = (["in", "prison"], ["in", "jail"], ["in", "gaol"], ["behind", "bars"])
IN_PRISON_FIRST_WORDS = frozenset(words[0] for words in IN_PRISON)
TERM_WORDS = frozenset(("sentence", "term", "prison", "jail", "custody"))
PRISON_REACH = 8  # words before the span read for a sentencing verb
# A span given to someone where a sentence is told ("a three-judge panel had given him 6 years and 8
# months"): the sentence given; the verbs that give it, and the words that show a court's sentence.
TERM_GIVING_VERBS = frozenset("give gives gave given giving hand hands handed handing".split())
GIVEN_OBJECTS = frozenset(("him", "her", "them"))
GIVEN_OBJECT_WORDS = 4  # the longest noun phrase read between the verb and the span
RE_SENTENCING = re.compile(r"[Ss]entenc|[Pp]rison|[Jj]ail|[Cc]onvict")
SENTENCING_REACH = 400  # characters either side of the span read for a sentencing word


def _given_term(lead: list[str], body: str, start: int) -> str:
    """ "sentence given him" for a span right after a verb of giving and the one it is given to,
    where the text around it tells of a sentence ("had given him 6 years and 8 months", its months
    part too), or ""."""
    words = lead[:-3] if lead[-1:] == ["and"] and len(lead) > 3 and lead[-3].isdigit() else lead
    for k in range(len(words) - 2, max(len(words) - 2 - GIVEN_OBJECT_WORDS, -1), -1):
        if words[k].lower() in TERM_GIVING_VERBS:
            given = words[k + 1 :]
            break
    else:
        return ""
    if not given or not (
        len(given) == 1
        and given[0].lower() in GIVEN_OBJECTS
        or given[0].lower() in DETERMINERS
        and len(given) > 1
        and all(w.isalpha() for w in given)
    ):
        return ""
    if not RE_SENTENCING.search(body, max(0, start - SENTENCING_REACH), start + SENTENCING_REACH):
        return ""
    return " ".join(["sentence", words[k].lower(), *given])


# A span by which a thing is put off ("a fault delayed it by 11 months", "was pushed back by a
# year"): the delay, to the thing the verb names when it is no pronoun.
DELAY_VERBS = frozenset(
    """delay delays delayed delaying postpone postpones postponed postponing defer defers deferred
    deferring""".split()
)
PUT_BACK_VERBS = frozenset("push pushes pushed pushing put puts putting set sets setting".split())
DELAY_REACH = 6  # words back from "by" to the verb


def _delay_span(lead: list[str]) -> str:
    """ "delay to <thing>" (or "delay") for a span after "by" and a verb that puts a thing off, or ""."""
    if lead[-1:] != ["by"]:
        return ""
    words = lead[-DELAY_REACH - 1 : -1]
    for k in range(len(words) - 1, -1, -1):
        lower = words[k].lower()
        put_back = lower in PUT_BACK_VERBS and "back" in words[k + 1 :]
        if lower in DELAY_VERBS or put_back:
            thing = [w for w in words[k + 1 :] if w.lower() not in DETERMINERS and w.lower() != "back"]
            at = len(lead) - 1 - len(words) + k  # the verb's place in the lead
            if k and words[k - 1].lower() in BE_WORDS | {"been"}:
                # "the launch was delayed by", "several projects will be delayed by"
                thing = antecedent_head(strip_lower(lead[: at - 1], AUXILIARIES)).split()
            elif k and not words[k + 1 :] and lower.endswith("ed"):
                thing = antecedent_head(lead[:at]).split()  # "several projects delayed by"
            if (
                not thing
                or thing[0].lower() in PRONOUNS | PREPOSITIONS
                or thing[0].lower() in APPROX_WORDS
                or any(w.lower() in PRONOUNS or not w[:1].isalpha() for w in thing)
            ):
                return "delay"  # "delayed it by", "one in every 10,000 flights was delayed by"
            return f"delay to {' '.join(thing)}"
    return ""


RE_FALL_NOUN = re.compile(r"\b(?:[Rr]ains?|[Ss]nows?)\b")
FALL_MEASURES = frozenset(("millimeter", "centimeter", "inch", "meter", "foot"))


# A percent before "less likely to", "more likely to" or a comparative and "risk", "chance" or
# "odds" measures a likelihood, as health and science news states results ("were 30% less likely
# to miss school", "had a 15% lower risk of stroke"): the words after name what is likelier; so
# does a percent right before such a noun and "of" ("a 20% chance of recovery")
LIKELIHOOD_FIRSTS = frozenset("less more lower higher greater smaller reduced increased raised".split())
LIKELIHOOD_NOUNS = frozenset("risk chance chances odds likelihood probability".split())
LIKELIHOOD_STOPS = frozenset(
    ", ; : . ( ) than over if when compared according during after before while because among by".split()
)
LIKELIHOOD_WORDS = 7  # the most words of what is likelier that the subject takes


def likelihood(after: list[str]) -> str:
    """What a percent's "less likely to ..." or "lower risk of ..." after it makes likelier ("likelihood
    to miss school", "risk of stroke"), or ""."""
    if after[1:3] == ["likely", "to"] and after[0] in ("less", "more"):
        head, rest = ["likelihood", "to"], after[3:]
    elif len(after) > 1 and after[1] in LIKELIHOOD_NOUNS:
        head, rest = [after[1]], after[2:]
    elif after[1:2] == ["of"] and after[0] in LIKELIHOOD_NOUNS:
        head, rest = [after[0]], after[1:]  # "a 36% chance of a live birth": the chance itself
    else:
        return ""
    words: list[str] = []
    for word in rest[:LIKELIHOOD_WORDS]:
        if word in LIKELIHOOD_STOPS or word[:1].isdigit():
            break  # (a date or a number after it is no part of what is likelier: "... in 2024")
        words.append(word)
    while words and words[-1] in PREPOSITIONS:
        words.pop()
    if head[0] == "likelihood" and not words:
        return ""
    return " ".join(head + words)


# A span joined by a hyphen to its unit before the noun it modifies, with the words of that noun
# phrase the figure's quote takes ("48-hour general", "three-year tripartite", "eight-day meet").
RE_SPAN_PREMODIFIER = re.compile(
    r"-(?:year|month|week|day|hour|minute|season|night)(?P<tail>(?:\s+[a-z][a-z-]*)+)\Z", re.IGNORECASE
)


# The measures of a temperature; a reading of one is said of what shows it ("the mercury hit 40C",
# "thermometers showed 38 degrees"), which names the temperature.
TEMPERATURE_MEASURES = frozenset(("degree_Celsius", "degree_Fahrenheit"))


# A storm's category reads its strength (rules, table 7), best said of the storm named before it
# in its sentence ("Hurricane Odile made landfall as a Category 3 storm").
STORM_CATEGORY = "category"
STORM_NAME_REACH = 240  # characters before a category read for the storm's name


# " to" and what follows it at a subject's end, when only the new level's sign and digits follow
# ("monthly pass to", "trucks to NZ", "fixed monthly charge to R 135")
RE_TO_NEW_LEVEL_END = re.compile(r"\s+to(?:\s+(?:[A-Z]{1,3}|[\d.,]+))*\Z")


def _without_new_level(subject: str) -> str:
    """The subject of the old level in "from A to B" without the "to" that leads to the new one
    ("and the monthly pass from $40 to $55": "monthly pass")."""
    return RE_TO_NEW_LEVEL_END.sub("", subject) or subject


def refine(figures: list[Figure], body: str, bounds: Callable[[int], tuple[int, int]]) -> list[Figure]:
    """Figures with subjects that name what is measured (own_subject), a figure that states only
    its own phrase taking the counted noun of the count before it in the sentence ("20,000
    personnel ..., including 8,000 from Duke" -> "personnel from Duke"), and lists of figures
    matched to lists of nouns ("revenue and profit of RM1.09 billion and RM140.7 million
    respectively")."""
    out: list[Figure] = []
    last_count: Figure | None = None
    gift: tuple[int, str] = (-1, "")  # the sentence and stem of the last amount given ("US contribution")
    sentence: Tokenised | None = None  # a long sentence's tokens, read once for all its figures
    named: tuple[int, dict[str, str]] = (-1, {})  # a sentence's start, its first subject in each unit
    named_before: tuple[int, dict[str, str]] = (-1, {})  # the same for the sentence before it
    changed: dict[tuple[str, object], str] = {}  # the first change of each unit and value, and what changed
    for fig in figures:
        kind, unit = fig.kind, fig.unit  # read once: refine changes only a figure's subject and direction
        if kind == "date":
            dated = dated_event(fig, body, bounds) if events.might_date_an_event(body, fig.start) else fig
            if dated is fig:
                dated = year_of_noun(fig, body)
            if dated is fig and out:
                dated = dated_figure(fig, out[-1], body)
            if (mended := events.mended_date_subject(dated.subject)) != dated.subject:
                dated = with_subject(dated, mended)
            out.append(dated)
            continue
        start, end, core_end = fig.start, fig.end, fig.core[1]  # read once: refine changes none of them
        s_start, s_end = bounds(start)
        first = named[0] != s_start  # the sentence's first figure that is not a date
        if first:
            named_before, named = named, (s_start, {})
        if last_count is not None and last_count.start < s_start:
            last_count = None
        read: Callable[[str, int, int], list[str]] = tokens
        if s_end - s_start > LONG_SENTENCE:
            if sentence is None or sentence[:2] != (s_start, s_end):
                sentence = tokenise(body, s_start, s_end)
            read = partial(tokens_in, sentence)
        lo = max(s_start, start - BEFORE_CHARS)
        before = read(body, lo, start)
        if lo > s_start and before and body[lo - 1].isalnum() and body[lo].isalnum():
            before = before[1:]  # a word the window cuts ("arketing" of "Marketing") is no word
        before = spelled_ebitda(without_relative_aside(without_adverb_aside(without_open_quote(before))))
        if before[:1] == ["It"] and lo == s_start and s_start:
            before = it_resolved(
                before, body, s_start, bounds
            )  # "The mill reopens in June. It will hire 270."
        # what most rules read: the words before, "more than" or "nearly" left out
        lead = without_approx(before)
        after = read(body, end, min(s_end, end + AFTER_CHARS))
        subject = ""
        # the figure's own subject without its unit label, and without any label (read once: the figure
        # keeps its subject until its new one is written below)
        plain, bare = bare_subject(fig.subject), bare_subject_of(fig.subject)
        if kind == "money":
            stem = giving.giving_stem(before)
            if not stem and gift[0] == s_start and giving.joined_to_gift(before):
                stem = gift[1]  # "$77M to UNHCR this year ..., and $9M to IOM": the same verb gives both
            subject = giving.given_subject(stem, after) if stem else ""
            if " " in stem and MODALS.isdisjoint(stem.lower().split()) and fig.subject.startswith("to "):
                # a giver named: "The sector contributed $2m to gross domestic product", "to rebuild it"
                subject = subject or f"{stem} {fig.subject}"
            if subject:
                gift = (s_start, stem)
            else:
                subject = giving.passive_gift(
                    lead, after
                )  # "The board has been allocated $5m": its allocation
                subject = subject or giving.set_aside_subject(lead, after)  # "set aside $4m to hire nurses"
        if (
            not subject
            and before[-1:] == ["to"]
            and lead[-1:] == ["to"]  # not "up to" of approximation ("bring up to 30 litres of rain")
            and not (kind == "count" and end > core_end)
        ):
            subject = brought_to(before)  # "bringing its domestic total to $268.4 million"
        if not subject and kind == "money":
            subject = giving.taken_subject(lead, after)  # "stole $2m from the council"
        if (
            not subject and kind == "money" and "owe" in body[max(s_start, start - 40) : start]
        ):  # cheap test first
            subject = giving.owed_subject(lead)  # "Councils owed the water board $80m": their debt
        if not subject and kind == "money":
            # "the $94,000 needed for the vote", "$11,500 of that went to printing", "the $18.6
            # million the government owes the plan": the words after the amount say what it is
            subject = needed_for(after) or relative_sum(lead, after)
            if lead[-1:] != ["of"]:  # "Prize money of €25,000 goes to the winner": the prize money
                subject = subject or sent_to(after)
            them = (
                bare_subject(last_count.subject)
                if last_count is not None and last_count.unit == "people"
                else ""
            )
            subject = subject or paid_to(lead, after, them)  # "and paid them Sh9.3 billion": the farmers
        if not subject and not (kind == "count" and end > core_end):  # "at 800 workers": its own noun
            subject = appraised_object(lead) or (appraised_antecedent(lead) if unit != "percent" else "")
        if kind == "money" and not subject and len(lead) < 3:
            subject = listed_price(body, fig, bounds)  # a listing's "Guide £845,000 ono."
        subject = subject or own_subject(fig, body, before, after, lead)
        if kind == "money" and " per " in fig.subject and subject:
            subject = money_subjects.kept_rate_pair(
                fig.subject, subject
            )  # "the tenge ... to 521.40 per dollar"
        if kind == "money" and subject.startswith(WORTH_OF) and money_subjects.paid_per_time(body, fig.end):
            subject = (
                wage_under(subject.removeprefix(WORTH_OF)) or subject
            )  # "an extension worth £9,000 a week"
        if lead[-1:] == ["from"] and after[:1] == ["to"]:
            subject = _without_new_level(subject or fig.subject)
        if (
            kind == "percent_change"
            and out
            and out[-1].kind not in ("date", "duration")
            and RE_NAME_LIST.fullmatch(subject or bare)  # the names stand in
        ):
            # "lifted its share to 13.6 per cent, up 1.4 points"
            subject = linked_subject(out, s_start, body, start, RE_TRAILING_CHANGE_GAP) or subject
        if kind == "money" and out and out[-1].kind == "money" and out[-1].unit == unit:
            # "finished at $104,689, up $3,512": that sum's change
            subject = linked_subject(out, s_start, body, start, RE_TRAILING_CHANGE_GAP) or subject
        if (
            unit in NAME_SHARE_UNITS
            and kind in ("percentage_share", "percent_change")
            and subject[:1].isupper()
        ):
            subject = named_for_share(subject, body, s_start, start) or subject  # "who host the evening slot"
        if kind == "duration" and after[:1] == [","] and "-" in body[start:end]:
            shared = coordinated_span_noun(after)
            subject = f"length of the {shared}" if shared else subject  # "a two-year, $3.5 million contract"
        if unit == "percent" and lead[-1:] == ["to"] and out and out[-1].measure == "percentage point":
            # "lost 2.2 points to 9.6 per cent": the same share
            subject = linked_subject(out, s_start, body, start, RE_TO_BETWEEN) or subject
        if kind == "count" and not subject and not has_content_word(plain):
            subject = measure_premodified_noun(after)  # "Two new 160-metre vessels"
        if kind == "duration" and before[-1:] and before[-1].lower() in SPAN_ADJUNCTS:
            subject = clause_period(before) or subject  # "surveys 5,000 people over 10 weeks"
        if kind in TIMED_KINDS and after[:1] == ["of"]:
            subject = part_of_pronoun(fig, out, after) or subject  # "Around 30% of that will go on"
        if kind == "other" and unit == "other" and after[:1] == ["of"]:
            subject = part_of_measured(fig, out, after) or subject  # "330 km, 215 km of it as a subsea cable"
        if unit == "people" and after[:1] == ["at"]:
            counted = subject or fig.subject
            if counted.isalpha() and counted.islower() and (place := named_place_at(after)):
                subject = f"{counted} {place}"  # "a crowd of 6,300 at Hollins Park", "9,000 fans at"
        if (
            kind == "percentage_share"
            and last_count is not None
            and last_count.unit in ("people", "count")
            and after[:1] != ["of"]  # "found that 27% of schools ...": the whole it names
            and found_clause(lead, after)
            and (surveyed := bare_subject(last_count.subject))
        ):
            # "A survey of 812 nurses ... found that 71% had worked unpaid": a share of those counted
            subject = f"share of {surveyed}"
        if (
            unit == "percent"
            and after
            and (after[0] in LIKELIHOOD_FIRSTS or after[0] in LIKELIHOOD_NOUNS)
            and (found := likelihood(after))
        ):
            # "were 21% less likely to die of X", "a 15% lower risk of stroke": what is likelier,
            # for the group the words before name
            subject = (
                found
                if not subject or names_a_time(subject) or subject in found
                else f"{found} for {subject}"
            )
        if kind == "money" and out and out[-1].kind == "money" and out[-1].start >= s_start:
            subject = gapped_place(out[-1], fig, body) or subject  # "..., and in Cork €1,540"
        if kind == "money" and lead[-1:] == ["to"]:
            subject = equal_to_noun(lead) or subject  # "the haul, equal to about $2 million at the time"
        if unit == "other" and out and bare_subject_of(subject or fig.subject) in QUANTITY_WORDS:
            subject = listed_measurement(out[-1], fig, body) or subject  # "152 km/h at A and 118 km/h at B"
        if kind in MARGIN_KINDS:
            subject = (
                winning_margin(lead) or subject
            )  # "won the race by 1.9 seconds", "beat her by two lengths"
        if unit == "people" and end == core_end:
            subject = offspring(before) or subject  # "a mother of two": her children
        if kind == "duration" and end > core_end and before[-1:] and before[-1][-2:] in POSSESSIVE_ENDS:
            # "the tournament's 14-year history": the history of the tournament
            owner = before[-1][:-2]
            own = subject or bare
            if owner.isalpha() and own and " " not in own and owner.lower() not in own.lower():
                subject = f"{own} of {owner}"
        served = (
            after[3:]
            if after[:1] == ["and"] and after[2:3] and after[2].lower() in TERM_PART_UNITS
            else after
        )
        if (
            kind == "duration"
            and served[:1]
            and served[0].lower() in IN_PRISON_FIRST_WORDS  # the cheap test first
            and [w.lower() for w in served[:2]] in IN_PRISON
        ):  # ("four years and nine months in jail": the years are the sentence's too)
            term = (subject or bare).lower()
            if set(RE_LOWER_WORD.findall(term)).isdisjoint(TERM_WORDS):  # "sentenced" names no term
                sentenced = any(w.lower().startswith("sentenc") for w in before[-PRISON_REACH:])
                # "sentenced the driver to eight years in prison": the sentence passed, whose doer
                # the clause names; "a crime punishable by seven years in jail": a prison term
                subject = "prison sentence" if sentenced else "prison term"
        if kind == "duration" and lead[-1:] == ["by"]:
            subject = _delay_span(lead) or subject  # "a fault delayed it by 11 months"
        if (
            kind == "duration"
            and lead[-1:] == ["open"]
            and len(lead) > 1
            and (lead[-2] in BE_WORDS or lead[-2][-1:] == ",")
        ):
            held = measure_holder(lead, lo == s_start)
            # "is open 24 hours a day", "1212, open 24 hours a day": "open" as an adjective, not a verb
            subject = f"opening hours of {held}" if held else "opening hours"
        if kind == "duration" and not TERM_GIVING_VERBS.isdisjoint(
            w.lower() for w in lead[-GIVEN_OBJECT_WORDS - 5 :]
        ):
            subject = _given_term(lead, body, start) or subject  # "a panel had given him 6 years"
        if unit == "other" and fig.measure in FALL_MEASURES and of_fall(after, subject or bare):
            subject = RE_FALL_NOUN.sub(fall, subject or bare)  # "120mm of rain"
        if first and kind in TIMED_KINDS and expected_of_pronoun(before) and s_start:
            subject = sentence_subject(body, *bounds(s_start - 1)) or subject  # "Analysts expect it to fall"
        if kind == "duration" and out and out[-1].kind == "money":
            subject = spread_over(fig, out[-1], body) or subject  # "$312 million over three years"
        if kind == "duration" and out and out[-1].start >= s_start:
            subject = frequency_after_rate(fig, out[-1], body, s_start) or subject  # "a day, six days a week"
        if kind == "duration" and len(out) > 1 and out[-1].unit == "percent" and out[-2].kind == "money":
            # "a loan of $9m at 2% over 20 years": the loan's term
            subject = loan_term(fig, out[-1], out[-2], body) or subject
        elif kind == "duration" and out and out[-1].kind == "money":
            # "a credit of $5m, repayable over ten years": how long the sum lent is repaid over
            subject = repayment_period(fig, out[-1], out[-1], body) or subject
        if not subject and kind in TIMED_KINDS and "and" in before[-GAP_WORDS - 1 :] and named[0] == s_start:
            subject = gapped_subject(lead)  # "men got 44.5% ... and women 55.5%"
        if kind in ("money", "other") and " " not in (subject or plain):
            subject = relative_antecedent(lead) or subject  # "chemicals, which absorb about $3m"
        word = subject or bare
        if kind == "percent_change" and word.isalpha() and lead[-1:] == ["by"]:
            subject = part_changed(lead, word) or subject  # "The dairy division grew revenue by 7%"
        if word.isalpha() and word.islower() and word in lead[-2:]:
            # "A sack of flour, the staple, now sells at 900", "Nurses who work 12 hours a shift"
            subject = verb_doer(lead, word) or relative_doer(lead, word) or subject
        elif unit == "other" and _verb_and_quantity(subject or plain, before):
            # "its depot, which covers 90,000 square feet": the depot covers that area; "Ariane 6,
            # which stands 62 metres tall and weighs 870 tonnes", "Two boats, the A and the B, can
            # each lift 60 tonnes": the noun phrase the clause is about
            antecedent = (
                clause_antecedent(lead)
                or measure_holder(lead, lo == s_start)
                or (shared_doer(lead[:-2]) if _second_verb(lead) else "")  # "Chile needs ... and imported"
            )
            subject = f"{antecedent} {subject or plain}" if antecedent else subject
        elif unit == "other" and word in QUANTITY_WORDS and word and lead[-1:] and lead[-1].isalpha():
            held = measure_holder(lead, lo == s_start)  # "..., can each lift 60 tonnes": "weight" alone
            subject = f"{held} {lead[-1]} {word}" if held else subject
        if not has_content_word(subject or plain):
            subject = added_to(lead, after) or subject  # "adding 6 to 9 hours ... to each trip"
        if subject in CHANGE_NOUNS and kind == "percent_change":
            subject = changed.get((unit, fig.value), subject)  # "the 3.15% rise": the rise told before
        if kind == "percentage_share" and last_count is not None and start - last_count.end <= APPOSED_GAP:
            group = apposed_group(last_count, fig, body, before, after, subject)
            subject = group or subject  # "about 7,100 children, or 12 per cent of those screened"
        if kind == "percentage_share" and after[:1] == ["of"] and (sum_fig := last_sum(out)) is not None:
            # "a deficit of $4.2 billion, or 3.1% of GDP": the sum as a share of the whole
            subject = sum_as_share(sum_fig, fig, body, subject or bare) or subject
        if kind == "percentage_share" and (
            names_a_time(subject or fig.subject) or after[:1] != ["of"] and opens_clause(lead)
        ):
            # "About 40% said they would vote", "..., and 9.3% were positive": the share that did it
            subject = share_doing(lead, after) or subject
        if kind == "percentage_share" and lead[-1:] and after[:1] != ["of"]:
            earlier = _last_undated_since(out, s_start)
            subject = listed_share(lead, after, earlier) or subject  # "..., while France took 14%"
        counted = kind == "count" and end > core_end  # "by 41 votes": its own noun names it
        if "," in before[-3:] and not counted:  # the cheap test first
            subject = predicate_before_comma(lead) or subject  # "grew fastest, by 16.8 percent"
            if not has_content_word(subject or plain):
                subject = apposed_level(before) or subject  # "The pipeline, at 2,145 km, is"
            if not has_content_word(subject or plain):
                subject = apposed_extent(before, after) or subject  # "The deficit, $95m, was"
            elif unit == "other" and (quantity := bare_subject_of(subject or fig.subject)) in QUANTITY_WORDS:
                # "the strongest gust, 61 knots, was": the speed of the noun the figure renames (not
                # one of a list: "five bedrooms, 2,150 sq ft")
                apposed = apposed_extent(before, after)
                if apposed and not any(
                    w.lower() in UNIT_WORDS or w.lower() in TENS_WORDS for w in apposed.split()
                ):
                    subject = f"{quantity} of {apposed}"
            if (
                unit == "other"
                and before[-1] == "with"
                and bare_subject_of(subject or fig.subject) in QUANTITY_WORDS
            ):
                # "Kariba, with 1,137 MW; and Cahora, with 2,075 MW": what has that measure
                subject = apposed_level(before, APPOSED_WITH_LINKS) or subject
        if kind == "percent_change":
            subject = price_of_stock(subject or bare) or subject
        if (
            unit == "other"
            and bare_subject_of(subject or fig.subject).lower() in STATISTIC_WORDS
            and lead[-1:] == ["of"]
            and lead[-3:-2] in (["a"], ["an"])
        ):
            # "the score fell by a mean of 4.2 points": the statistic of what the clause measures
            found = clause_predicate_subject(lead[:-3])
            subject = found if found and found.lower() not in STATISTIC_WORDS else subject
        if kind in TIMED_KINDS and only_a_time(subject or fig.subject):
            # "shares, which have lost a fifth of their value this year, fell 3.2%": the clause's subject
            lo = max(s_start, start - BEFORE_CHARS)
            whole = before[1:] if lo > s_start and body[lo - 1].isalnum() else before  # no cut word
            found = clause_predicate_subject(whole, only_a_time)
            if not found and out and out[-1].kind == "date" and lo <= out[-1].start:
                # "The volume shipped between Sept. 1 and Nov. 30 was 4.1% lower": the clause
                # read without the dates inside its subject
                found = clause_predicate_subject(_without_dates(body, lo, start, out))
            subject = subject if not found or only_a_time(found) else found
        if kind == "count" and end == core_end and last_count is not None and _brings_total(body, fig):
            # "add 450 shelter beds, bringing the total to about 3,300": the total of shelter beds
            added = body[last_count.core[1] : last_count.end].split()
            while added and added[0].lower() in ADDED_WORDS:
                added = added[1:]  # "12 more people": the total of people
            subject = " ".join(["total", *added])
        if not subject and kind == "count" and end == core_end and last_count is not None:
            subject = own_predicate(lead, after, counted_noun(last_count, body))
        if not subject and kind == "count" and end == core_end and last_count is not None:
            phrase = phrase_after(after)
            noun = counted_noun(last_count, body)
            if phrase and noun:
                subject = f"{noun} {' '.join(phrase)}"
        if kind in ("percent_change", "count") and out and not has_content_word(subject or plain):
            subject = after_list_gloss(out[-1], fig, body, after) or subject  # "4,218 - call-outs, up 6.4%"
        if kind == "count" and end == core_end and not has_content_word(subject or plain):
            subject = (
                ranked_top(lead, after) or subject
            )  # "with the four largest counting 41.6 million visits"
        if kind == "duration" and after[:1] and not has_content_word(subject or plain):
            subject = time_left(body[start:end], after) or subject  # "There are 29 days left in the year"
        if (
            kind == "money"
            and lead[-1:]
            and lead[-1].lower() in DETERMINERS
            and RE_HYPHENED_UNIT.search(body, start, end)
        ):
            subject = hyphened_sum_noun(after, subject or plain) or subject  # "a 9.9-cent plan"
        if kind == "money" and out:
            subject = restated_sum(out[-1], fig, body, s_start, subject or plain) or subject
        if kind == "percent_change" and lead[-1:] and lead[-1].lower() in ("within", "minus"):
            subject = (
                accuracy_margin(lead) or subject
            )  # "accurate to within plus or minus 2.8 percentage points"
        if fig.measure == STORM_CATEGORY:
            own = subject or bare  # "Florence made landfall as a Category 1 storm"
            subject = storm_strength(body, max(s_start, start - STORM_NAME_REACH), start, own, after)
        if fig.measure in TEMPERATURE_MEASURES and (subject or bare):
            subject = read_temperature(subject or bare) or subject
        if (
            kind == "duration"
            and end > core_end
            and (spanned := RE_SPAN_PREMODIFIER.search(body, start, end))
        ):
            # "a 48-hour general strike": the length of what the span modifies, not its adjective
            subject = spanned_length(spanned.group("tail").split(), subject or bare, after) or subject
        if kind == "other" and unit == "other":  # "Stanley: ... gusting 35 knots": the line's place
            subject = place_line_topic(body, fig, subject or bare, after) or subject
        if unit == "percent" or fig.measure == "percentage point":  # "-- Barley: Harvest was 64% done"
            subject = list_line_topic(body, fig.start, subject or bare) or subject
        if start < fig.core[0] and body.startswith(RANGE_OPENERS, start) and lead[-1:] != ["to"]:
            # ("fell 6% to between A and B": the level after a change, which its change names)
            subject = range_clause(subject or fig.subject, body, s_start, start) or subject
        if unit == "percent" and subject and " in " not in subject:
            place = level_place_before(body, start)  # "In the province's east, unemployment fell to 6%"
            subject = f"{subject} {place}" if place else subject
        if subject and is_cut_phrase(subject):
            subject = uncut(subject, after[:1] in (["and"], ["or"]))  # "revenue of [DKK 31bn] and net profit"
        if subject and markup_word(subject, body[lo:start]):
            subject = ""  # "</script> from $3.75 million": no phrase; the scan's own stands
        if not subject and markup_word(fig.subject, body[lo:start]):
            fig = with_subject(fig, "")
        if subject or "(interest-rate level) (unit:" in fig.subject:
            labelled = with_labels(subject or bare_subject_of(fig.subject), fig.subject)
            if labelled != fig.subject:
                fig = with_subject(fig, labelled)
        measure = fig.measure if unit == "other" else unit  # "percent", "USD", "foot"
        if first or measure not in named[1]:
            timed = names_a_time(fig.subject)
            if first and (
                timed or names_only_more(fig.subject) or bare_subject_of(fig.subject) in IMPERATIVE_OPENERS
            ):
                told = told_before(fig, measure, body, s_start, named_before, bounds)
                if told:
                    fig = with_subject(fig, with_labels(told, fig.subject))
                    timed = names_a_time(fig.subject)
            if measure not in named[1] and not timed:
                named[1][measure] = bare_subject_of(fig.subject)  # the sentence's first in that measure
        if kind in CHANGING_KINDS and not fig.direction:
            if kind == "percent_change":
                direction = direction_before(before)
            elif kind == "money":
                direction = money_direction(before)
            elif not amount_object(after):
                # "rose 37.6 points", "grew by 3,700": a change word right before any amount
                direction = amount_direction(before, kind == "count") or (
                    difference_after(after) if kind == "count" else ""
                )
            else:
                direction = ""
            if direction:
                fig = fig._replace(direction=direction)
        if kind == "count" and end > core_end:
            last_count = fig
        if kind == "percent_change" and (unit, fig.value) not in changed:
            named_change = bare_subject_of(fig.subject)
            if has_content_word(named_change):
                changed[unit, fig.value] = named_change
        out.append(fig)
    return gapped_money_changes(economy_growth(respectively(out, body, bounds), body), body)


def markup_word(subject: str, window: str) -> bool:
    """Whether a one-word subject is the name of a markup tag in the window before its figure
    ("<script>...</script> from $3.75 million"): a tag's name is never what a figure measures."""
    return " " not in subject and (f"<{subject}" in window or f"</{subject}" in window)


RANGE_OPENERS = ("between ", "Between ")  # the word that opens a range "between A and B"
NAME_SHARE_UNITS = frozenset(("percent", "other"))


# the words between a level and a change that trails it in apposition ("to 13.6 per cent, up 1.4
# points"): the change is of what the level measures
RE_TRAILING_CHANGE_GAP = re.compile(r",\s+(?:up|down)\s+(?:by\s+)?")


def _counted_whole(named: list[str]) -> bool:
    """Whether the words of a share's whole open with its count ("16,940 registered voters"), not
    a year that names it ("the 2027 budget")."""
    return (
        len(named) > 1
        and named[0][0].isdigit()
        and named[1].isalpha()
        and not RE_YEAR_WORD.fullmatch(named[0])
    )


# Pronouns that open a sentence about what the sentence before it measured: "The index rose 3%.
# It had fallen 2% a week earlier."; "Another" or "A further" before its figure: "Sylhet recorded
# 312 mm of rain. Another 150 to 200 mm is forecast."
MORE_WORDS = frozenset(("another", "further"))  # "Another 150 mm": more of what was told before
# the words that open a reported clause's noun phrase before its figure ("said that a further")
REPORTED_OPENERS = frozenset(("that", "a", "an", "the", "extra", "additional", *MORE_WORDS))


def _opens_reported_clause(lead: list[str]) -> bool:
    """Whether a figure opens a reported clause, after a verb of saying and the words that open its
    noun phrase ("and said a further A$4.5m would go to farmers"): what it measures is told after
    it, never by the clause before the verb of saying (fixwalk40-a)."""
    i = len(lead)
    while i > 0 and lead[i - 1].lower() in REPORTED_OPENERS:
        i -= 1
    return i > 0 and lead[i - 1].lower() in SAYING_ASIDE_VERBS


RE_MORE_WORD = re.compile("|".join(sorted(MORE_WORDS)))  # one of them inside a lower-case subject


def names_only_more(subject: str) -> bool:
    """Whether a subject names nothing but "another" or "further" ("Another (unit: millimetres)")."""
    lower = subject.lower()
    if RE_MORE_WORD.search(lower) is None:
        return False  # the cheap test first: no such word stands in it
    words = content_words(bare_subject(subject))
    return bool(words) and all(w.lower() in MORE_WORDS for w in words)


# Company results spell out EBITDA with commas inside one noun phrase ("earnings before interest,
# taxation, depreciation and amortisation of $4bn", "its loss before interest, taxes, depreciation,
# and amortization narrowed to"): read as one name, the commas no clause marks.
EBITDA_WORDS = (
    frozenset(("interest",)),
    frozenset((",",)),
    frozenset(("tax", "taxes", "taxation")),
    frozenset((",",)),
    frozenset(("depreciation",)),
)
EBITDA_ENDS = (
    ["and", "amortisation"],
    ["and", "amortization"],
    [",", "and", "amortisation"],
    [",", "and", "amortization"],
)
EBITDA_HEADS = frozenset(("earnings", "profit", "profits"))  # the head the acronym names alone


def spelled_ebitda(words: list[str]) -> list[str]:
    """Words with a spelled-out EBITDA read as the acronym ("underlying loss before interest, taxes,
    depreciation and amortization" -> "underlying EBITDA loss"; "earnings before ..." -> "EBITDA")."""
    if "depreciation" not in words:
        return words  # the cheap test first
    at = words.index("depreciation") - 4
    if (
        at < 2
        or words[at - 1].lower() != "before"
        or any(words[at + i].lower() not in kind for i, kind in enumerate(EBITDA_WORDS))
    ):
        return words
    end = next(
        (
            at + 5 + len(tail)
            for tail in EBITDA_ENDS
            if [w.lower() for w in words[at + 5 : at + 5 + len(tail)]] == tail
        ),
        0,
    )
    if not end:
        return words
    head = words[at - 2]
    named = ["EBITDA"] if head.lower() in EBITDA_HEADS else ["EBITDA", head]
    return [*words[: at - 2], *named, *words[end:]]


MODALS = frozenset("must can cannot shall".split())  # not a giver's word ("Kleanthous must also pay")


def _last_undated_since(out: list[Figure], s_start: int) -> Figure | None:
    """The last figure of `out` (in text order) starting at or after `s_start` that is no date, or
    None: read back to `s_start` only, not every figure again for each share (16,000 sentences of
    one share each took 5.4 s)."""
    for f in reversed(out):
        if f.core[0] < s_start:
            return None  # (it and every figure before it start before s_start)
        if f.start >= s_start and f.kind != "date":
            return f
    return None


SHARE_PREDICATE_WORDS = 3  # the longest predicate read after a share's verb "to be"


def fronted_whole(lead: list[str], after: list[str]) -> str:
    """The whole a share is of when a fronted "Among" or "Of" phrase names it before the share's
    clause ("Among children in the camps, 29% are acutely malnourished" -> "share of children in
    the camps that are acutely malnourished"), or ""."""
    if lead[-1:] and lead[-1].lower() in SHARE_ADVERBS:
        lead = lead[:-1]  # "Of the complaints lodged, only 14 per cent were upheld": the whole before "only"
    if len(lead) > 1 and lead[-1][:1].isdigit() and lead[-1].endswith(","):
        lead = [*lead[:-1], lead[-1][:-1], ","]  # "Among riders under 30,": a number's token takes its comma
    if len(lead) < 3 or lead[-1] != ",":
        return ""
    opening = max((i for i, w in enumerate(lead[:-1]) if w in CLAUSE_MARKS), default=-1) + 1
    words = lead[opening:-1]
    if not words or words[0].lower() not in WHOLE_OPENERS or not 1 < len(words) <= FRONTED_WHOLE_WORDS + 1:
        return ""
    whole = words[2:] if words[1].lower() in ARTICLES else words[1:]  # "Of the riders"; "Of those polled"
    if not runs_have_content(whole):
        return ""
    predicate: list[str] = []
    if after[:1] and after[0].lower() in BE_WORDS:
        for word in after[1 : 1 + SHARE_PREDICATE_WORDS]:
            if word[:1].isdigit() and len(predicate) > 1:
                predicate.pop()  # "women aged 30 or older": the age is a figure of its own
            if not word.isalpha() or word.lower() in BOUNDARY_WORDS or word.lower() in PREPOSITIONS:
                break
            predicate.append(word)
    tail = f" that {after[0].lower()} {' '.join(predicate)}" if predicate else ""
    return f"share of {' '.join(whole)}{tail}"


APPOSED_GAP = 24  # characters between a count and the share that restates it, at most


# a new total after a count added to it: "add 450 shelter beds, bringing the total to about 3,300",
# "hit nine sixes, taking his tally to 31"
RE_TOTAL_BEFORE = re.compile(
    r"\b(?:bringing|taking|raising|lifting|pushing|putting)\s+"
    rf"(?:the|{'|'.join(sorted(POSSESSIVE_DETERMINERS))})\s+(?:total|tally|number|count)\s+to\s+"
    rf"(?:(?:{'|'.join(map(re.escape, APPROX_WORDS))})\s+)?\Z"
)
TOTAL_REACH = 60  # characters before a count read for those words
ADDED_WORDS = frozenset("more other additional further new extra".split())


def _brings_total(body: str, fig: Figure) -> bool:
    """Whether a bare count is the new total after "bringing the total to" (RE_TOTAL_BEFORE)."""
    window = body[max(0, fig.start - TOTAL_REACH) : fig.start]
    return " to " in window and bool(RE_TOTAL_BEFORE.search(window))
