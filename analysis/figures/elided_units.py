"""Elided units: a bare number read with the noun or unit it leaves out, that of the figure before
it (elided): short answers, "it was" after a span, amounts "now", later levels of the same
quantity, objects of a later clause or verb, gapped clauses and the name standing for them
(gapped_name), parts of a whole ("of which", "out of", "of it") and parallel clauses."""

from __future__ import annotations

import re
from collections.abc import Callable

from .. import measures as unit_table
from ..measures import AGE_MEASURES
from ..vocab import (
    APPROX_WORDS,
    ATTACK_NOUNS,
    AUXILIARY_VERBS,
    CAP_VERBS,
    CHANGE_WORDS,
    COMPASS_POINTS,
    CONTRAST_CONJUNCTIONS,
    FUNCTION_WORDS,
    IRREGULAR_PAST_VERBS,
    MONTHS,
    PEOPLE_NOUNS,
    PEOPLE_VERBS,
    PRICE_VERBS,
    WEEKDAYS,
)
from .change_pairs import RE_WORDS_BEFORE, without_approx, without_limiting
from .coordination import RE_YEAR_IN_GAP, VERB_AFTER_WORDS, clause_words_after, scaled
from .figure import Figure, is_number
from .noun_phrases import DETERMINERS, past_form
from .numbers import CLAUSE_END, ROUGH_COUNT, alternation, scale_of
from .person_nouns import team_stat_number
from .span_subjects import WAITING_VERBS
from .subject_clauses import DAY_PARTS
from .words import is_agent_plural, is_person_agent, names_persons

RE_UNIT_LABEL = re.compile(r"\(unit: [^)]+\)")


# the hedges of vocab.APPROX_WORDS, a space in one read as any white space ("more than")
APPROX = alternation(APPROX_WORDS).replace(r"\ ", r"\s+")


# Ellipsis: a bare number whose noun or unit stands with the figure before it, left out as news
# prose leaves out a repeated word. Read only when the bare number ends its clause, and the
# figure before it is (1) its parallel in a coordinated clause, the same word before both ("Patel
# took 14 wickets and Khan took 9", "accounted for 41% of cases, and the city alone for 297"),
# (2) compared "to" a name's ("17 shots to Rovers' 9"), or (3) the last figure of the sentence
# before a short one that answers it ("he had 30 minutes to change the game. He needed 15").
RE_CLAUSE_END_AFTER = re.compile(rf"(?:\s+(?:last|this)\s+(?:year|month|week|season))?{CLAUSE_END}")
# ... and for a number set in parallel by its verb, a month or a weekday it was in may close the
# clause too ("should take four days but took nine in August"; late-units13)
RE_PARALLEL_END_AFTER = re.compile(
    rf"(?:\s+(?:last|this)\s+(?:year|month|week|season)|\s+(?:in|on)\s+(?:{alternation([*MONTHS, *WEEKDAYS])})\b)?"
    rf"{CLAUSE_END}"
)
RE_COORDINATED = re.compile(rf"(?:,\s*|;\s*|\s)(?:and|{'|'.join(CONTRAST_CONJUNCTIONS)})\s|;\s")
RE_TO_NAME = re.compile(
    r"\s+(?:to|against|versus|vs\.?)\s+(?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*(?:['’]s?)?\s+\Z"
)
RE_LAST_WORD_BEFORE = re.compile(r"([A-Za-z]+)\s+\Z")
# a short sentence of a pronoun and a verb, then the bare number ("He needed 15.")
RE_SHORT_ANSWER = re.compile(
    r"[.!?][\"”’]?\s+[\"“‘]?(?P<who>He|She|It|They|We|I|You)\s+(?!(?:is|was|were|are|be|'s)\s)[a-z]+\s+\Z"
)
# (8) "it" or "that" and a form of "be" right before the bare number that ends its clause, in the
# figure's sentence or the next: the pronoun stands for the amount, which keeps its unit ("I pay
# 60 rupees a day now. Next year it will be 35", "the fee was $12, and now it is 9"); a person's
# pronoun is not read ("He is 45": an age); the perfect too ("It reached 51C in May. This week it has
# been 50")
RE_IT_BE_BEFORE = re.compile(
    r"\b(?:it|that)(?:\s+(?:will|would|could|might|may|should)(?:\s+(?:now|only|then|still|just))?\s+be"
    r"|\s+(?:is|was|has\s+been|had\s+been)|['’]s|['’]ll\s+be)\s+"
    rf"(?:(?:now|only|just|still|{ROUGH_COUNT})\s+)?\Z",
    re.IGNORECASE,
)
IT_BE_REACH = 40  # characters before the bare number read for the pronoun and its "be"
RE_SHARE_OF_NOUN = re.compile(r"\s+of\s+(?:the\s+|all\s+)?([a-z]+s)\b")
ELIDED_GAP = 160  # characters between the two figures, at most
# a digit that opens a number, not one inside a code ("KQ310") nor an ordinal ("the 12th")
RE_FREE_DIGIT = re.compile(r"(?<![A-Za-z\d])\d(?!\d*(?:st|nd|rd|th)\b)")
ANSWER_KINDS = frozenset(("count", "duration", "money", "other", "percent_change", "percentage_share"))


def _same_preposition(gap: str, body: str, end: int) -> bool:
    """Whether a gap after a count and the words after a bare number ending at `end` open with the
    same preposition, the bare number no time of day (RE_SAME_PREP_GAP, RE_DAY_PART_AFTER)."""
    same_prep = RE_SAME_PREP_GAP.fullmatch(gap)
    return (
        same_prep is not None
        and body.startswith(f" {same_prep.group('prep')} ", end)
        and not RE_DAY_PART_AFTER.match(body, end)
    )


# a scaled measurement restated after ", or" with its scale and no unit ("capacity of 18.4 million
# tonnes a year, or 17.2 million after the sale", "41 million tonnes, or 38.5 million excluding coal"):
# the same measure in the same unit (late-units14); a plural noun after it names its own ("or 2
# million households")
RE_RESTATED_GAP = re.compile(
    r"(?:\s+(?:a|an|per|each)\s+[a-z]+)?,\s+or\s+(?:(?:about|around|roughly|some|nearly|almost|just)\s+)?"
)
RE_PLURAL_WORD_AFTER = re.compile(r"\s+[a-z]{2,}s\b")


# (0) a bare number in an aside right after a span, then "more than" or "fewer than" ("an outage of
# 68 days, seven more than planned", "ran for 14 hours, three more than last year"): by how much it
# differs, a span in its unit (as counted_units reads it after a count; late-kinds15)
RE_DIFFERENCE_ASIDE = re.compile(r",\s+(?:or\s+|and\s+)?(?:(?:just|only|some|about)\s+)?")
RE_DIFFERENCE_THAN_AFTER = re.compile(r"\s+(?:more|fewer|less|longer|shorter)\s+than\b")
# ... not after a span that dates what a count before it did ("made 21,640 arrests over the 12
# months, about 1,500 more than the year before": more arrests)
RE_PERIOD_OPENER_BEFORE = re.compile(
    r"\b(?:over|in|during|within|across|throughout)\s+(?:the\s+)?(?:(?:past|last|first|next|previous)\s+)?\Z",
    re.IGNORECASE,
)


def elided(prev: Figure, fig: Figure, body: str, sentence_of: Callable[[int], int]) -> Figure | None:
    """The bare count `fig` read with the noun or unit it leaves out, that of `prev`, the figure
    before it (see the table above), or None."""
    if prev.kind == "date" or fig.start - prev.end > ELIDED_GAP:
        return None
    habit = fig.kind == "count" and _habit_set_against(body, prev, fig)  # a range before it too
    if not is_number(prev.value) and not habit:
        return None
    if fig.measure or fig.unit != "count" and not habit:
        return None  # an age, or a count whose unit its clause gave
    gap = body[prev.end : fig.start]
    if (
        prev.kind == "duration"
        and RE_DIFFERENCE_ASIDE.fullmatch(gap)
        and RE_DIFFERENCE_THAN_AFTER.match(body, fig.end)
        and not RE_PERIOD_OPENER_BEFORE.search(body, max(0, prev.start - 32), prev.start)
    ):  # (0) "an outage of 68 days, seven more than planned": by how many days, a span too
        return with_unit_of(prev, fig, body)
    more = body.startswith(" more", fig.end)  # "and three more were hurt": more of them
    if (
        prev.kind == "count"
        and prev.end > prev.core[1]
        and RE_VERB_AFTER_OPENER.match(body, fig.end + 5 if more else fig.end)
        and (
            RE_NEXT_SENTENCE_OPENS.fullmatch(gap)
            and sentence_of(prev.start) + 1 == sentence_of(fig.start)
            or (RE_PART_CLAUSE_OPENS.fullmatch(gap) or more and RE_WITH_GAP.fullmatch(gap))
            and sentence_of(prev.start) == sentence_of(fig.start)
        )
    ):  # (6) "Nine riders started. Four failed to finish", ", with three more expected": the riders
        noun = " ".join(body[prev.core[1] : prev.end].split())
        return fig._replace(unit=prev.unit, subject=noun)
    if (
        prev.kind == "count"
        and prev.end > prev.core[1]
        and RE_PARALLEL_OF_GAP.fullmatch(gap)
        and RE_OF_AFTER.match(body, fig.end)
        and sentence_of(prev.start) == sentence_of(fig.start)
    ):  # (7) "three counts of fraud and two of theft": the counts
        noun = " ".join(body[prev.core[1] : prev.end].split())
        return fig._replace(unit=prev.unit, subject=noun)
    if (
        prev.kind == "count"
        and prev.end > prev.core[1]
        and (
            RE_PLACE_GAP.fullmatch(gap)
            and RE_PLACE_AFTER.match(body, fig.end)
            or _same_preposition(gap, body, fig.end)
        )
        and sentence_of(prev.start) == sentence_of(fig.start)
    ):  # (8) "14 branches in Lima and three in Cusco": the branches
        noun = " ".join(body[prev.core[1] : prev.end].split())
        return fig._replace(unit=prev.unit, subject=noun)
    if (
        prev.unit == "other"
        and prev.measure
        and RE_LIST_OF_GAP.fullmatch(gap)
        and RE_OF_MATTER_AFTER.match(body, fig.end)
        and sentence_of(prev.start) == sentence_of(fig.start)
    ):  # (7b) "90 tonnes of copper, 40 of zinc and 6 of lead": the tonnes, listed by matter
        label = RE_UNIT_LABEL.search(prev.subject)
        subject = f"{fig.subject} {label.group(0)}".strip() if label else fig.subject
        return fig._replace(unit=prev.unit, kind=prev.kind, measure=prev.measure, subject=subject)
    if (
        prev.unit == "other"
        and prev.measure
        and scaled(fig, body)
        and body[fig.core[0] : fig.core[1]].split()[-1] in body[prev.start : prev.end].split()
        and RE_RESTATED_GAP.fullmatch(gap)
        and not RE_PLURAL_WORD_AFTER.match(body, fig.end)
        and sentence_of(prev.start) == sentence_of(fig.start)
    ):  # (7c) "18.4 million tonnes a year, or 17.2 million after the sale": the same measure restated
        return with_unit_of(prev, fig, body)
    if (
        prev.kind != "count"
        and not scaled(prev, body)
        and (not any(c.isdigit() for c in gap) or RE_NAME_NUMBER_GAP.fullmatch(gap))
        and _same_preposition(gap, body, fig.end)
        and sentence_of(prev.start) == sentence_of(fig.start)
    ):  # (9) "£40 for adults and 25 for children", "41C in Seville and 39 in Cordoba": the unit
        label = RE_UNIT_LABEL.search(prev.subject) if prev.unit == "other" else None
        subject = f"{fig.subject} {label.group(0)}".strip() if label else fig.subject
        return fig._replace(unit=prev.unit, kind=prev.kind, measure=prev.measure, subject=subject)
    ends_clause = RE_CLAUSE_END_AFTER.match(body, fig.end) is not None
    if (
        not ends_clause
        and not RE_GAPPED_NAME.match(body, fig.end)
        and not RE_GAPPED_LAST_PLURAL.match(body, fig.end)
    ):
        return None  # it ends its clause, or (a list of gapped clauses) the next name follows
    if RE_FREE_DIGIT.search(gap):
        return None  # a number between (a code's digits, "flight KQ310", are no number)
    same_sentence = sentence_of(prev.start) == sentence_of(fig.start)
    if same_sentence:
        gapped = (
            prev.kind == "count" or prev.kind in GAPPED_UNIT_KINDS and same_scale(prev, fig, body)
        ) and gapped_name(body, prev, gap)
        if not ends_clause and not gapped:
            return None
        parallel = (
            RE_TO_NAME.fullmatch(gap) is not None
            and prev.kind == "count"
            or (RE_COORDINATED.search(gap) is not None and _same_word_before(body, prev, fig))
            or habit
            or gapped
            or prev.kind in ANSWER_KINDS
            and _it_is_amount(body, prev, fig)
        )
        if not parallel:
            return None
        if gapped and prev.kind != "count":  # "Aberdeen had 31 millimetres and Inverness 24": the unit
            return with_unit_of(prev, fig, body)
        if gapped:  # "the Conservatives 30, the Greens seven": the count's noun, of the name
            noun = " ".join(body[prev.core[1] : prev.end].split())
            if not noun and " of " in prev.subject:  # a list: the noun the first count had
                noun = prev.subject.partition(" of ")[0]
            return fig._replace(unit=prev.unit, subject=f"{noun} of {gapped}" if noun else gapped)
    elif not (
        prev.kind in ANSWER_KINDS
        and sentence_of(prev.start) + 1 == sentence_of(fig.start)
        and (
            (answer := RE_SHORT_ANSWER.search(gap)) is not None
            and _names_before(body, prev.start, answer.group("who"))
            or _it_is_amount(body, prev, fig)
        )
    ):
        return None  # the answer's pronoun names someone in the figure's own sentence
    if prev.kind == "count":
        noun = " ".join(body[prev.core[1] : prev.end].split())
        return fig._replace(unit=prev.unit, subject=noun or prev.subject)
    if prev.kind == "percentage_share" and same_sentence:
        counted = RE_SHARE_OF_NOUN.match(body, prev.end)
        if counted is None:
            return None  # a share's parallel is a share of the same whole, or a count of it
        noun = counted.group(1)
        unit = "people" if noun in PEOPLE_NOUNS else "attacks" if noun in ATTACK_NOUNS else "count"
        return fig._replace(unit=unit, subject=noun)
    label = RE_UNIT_LABEL.search(prev.subject) if prev.unit == "other" else None
    subject = f"{fig.subject} {label.group(0)}".strip() if label else fig.subject
    return fig._replace(unit=prev.unit, kind=prev.kind, measure=prev.measure, subject=subject)


# a span of time that dates its clause ("Three years ago it was 0.9 million"): the pronoun after it
# stands for no span, but for the amount before it
RE_SPAN_DATES_AFTER = re.compile(r"\s+(?:ago|earlier|before|later)\b")


def _it_is_amount(body: str, prev: Figure, fig: Figure) -> bool:
    """Whether "it" or "that" and a form of "be" stand right before the bare number `fig`, with no
    noun between the pronoun and `prev` that the pronoun could stand for instead (see (8) above)."""
    if not is_number(prev.value) or prev.kind == "date":
        return False
    if prev.kind == "duration" and RE_SPAN_DATES_AFTER.match(body, prev.end):
        return False  # "Three years ago it was 0.9 million": "it" is no span
    return RE_IT_BE_BEFORE.search(body, max(prev.end, fig.start - IT_BE_REACH), fig.start) is not None


def amount_past_span(
    out: list[Figure], fig: Figure, body: str, sentence_of: Callable[[int], int]
) -> Figure | None:
    """The bare number `fig` after "it was" in a clause a span dates, read in the currency of the
    amount before the span, in its sentence or the one before ("A season ticket costs 1.2 million
    won. Three years ago it was 0.9 million"), or None."""
    if len(out) < 2 or fig.unit != "count" or fig.measure:
        return None
    span, amount = out[-1], out[-2]
    if (
        span.kind != "duration"
        or amount.kind != "money"
        or not is_number(amount.value)
        or not RE_SPAN_DATES_AFTER.match(body, span.end)
        or fig.start - amount.end > ELIDED_GAP
        or sentence_of(fig.start) - sentence_of(amount.start) > 1
        or any(c.isdigit() for c in body[span.end : fig.start])
        or RE_IT_BE_BEFORE.search(body, max(span.end, fig.start - IT_BE_REACH), fig.start) is None
        or RE_CLAUSE_END_AFTER.match(body, fig.end) is None
        or not same_scale(amount, fig, body)
    ):
        return None
    return fig._replace(unit=amount.unit, kind=amount.kind, measure=amount.measure, subject=amount.subject)


# a sentence that sets "now" against the price before it, a verb of pricing right before a bare
# number ("A sack used to cost 2 lakh kyats. Now it is 2.6 lakh", "It was Rs 80 a
# kilo last year. Today it sells for 120"): the price now, in the currency of the one before
RE_NOW_OPENS = re.compile(r"(?:^|[.!?][\"”’]?\s+)[\"“]?(?:Now|Today|These days)\b[^.!?\d]{0,60}\Z")
RE_PRICED_BEFORE = re.compile(
    r"\b(?:is|are|costs?|sells?\s+for|goes\s+for|fetches)\s+"
    r"(?:(?:now|only|just|about|around|roughly|nearly|almost|over)\s+)?\Z"
)
NOW_REACH = 80  # characters before the bare number read for the sentence's "Now"


def amount_now(out: list[Figure], fig: Figure, body: str, sentence_of: Callable[[int], int]) -> Figure | None:
    """The bare number `fig` priced in a sentence opening with "Now" or "Today", in the currency of
    the amount right before it, in its sentence or the one before (see above), or None."""
    if not out or fig.unit != "count" or fig.measure:
        return None
    amount = out[-1]
    if (
        amount.kind != "money"
        or not is_number(amount.value)
        or fig.start - amount.end > ELIDED_GAP
        or sentence_of(fig.start) - sentence_of(amount.start) > 1
        or any(c.isdigit() for c in body[amount.end : fig.start])
        or RE_PRICED_BEFORE.search(body, max(0, fig.start - IT_BE_REACH), fig.start) is None
        or RE_NOW_OPENS.search(body, max(amount.end, fig.start - NOW_REACH), fig.start) is None
        or RE_CLAUSE_END_AFTER.match(body, fig.end) is None
        or not same_scale(amount, fig, body)
    ):
        return None
    return fig._replace(unit=amount.unit, kind=amount.kind, measure=amount.measure, subject=amount.subject)


# A later level of the same measure, its unit left out: a bare number later in the sentence of a
# measurement, an amount or a percent level, after a word that sets a level ("to", "at", "from",
# "above", "after", "against", "reach", "hit", "still", "an average of") or after "and" opening a
# clause that leaves out its verb, then ending its clause or followed only by when or where it
# stood ("The river rose to 4.3 metres and is expected to peak at 4.6 on Saturday", "It was 38C at
# noon and still 30 at 10pm", "45cm in the Cairngorms, and 30 on lower ground", "3.1% of GDP this
# year and 2.8 next year"): the bare number is in the earlier figure's unit. A percent change
# carries only to a parallel change after "after", "against" or "and" ("rose 3.4% in May, after 2.9
# in April"), not to a level after "to" ("fell 4 per cent to 9,800" counts); a scale written on the
# earlier figure only leaves the bare one's value unknown; a whole number up to 12 after "at" or
# "from" may be a clock time ("at 9 on Friday"), so only a percent's level takes it; a bare number
# with a verb of its own after it is that verb's subject, a count ("and 12 at the beach were
# treated"); the two stay within LEVEL_CARRY_RATIO of each other ("fell to 410p, and at 11 ..." is
# no price); a number word is no measure's ("11 days with a low of 20, against an average of
# three" counts days), and a measure joined to its noun by a hyphen measures that noun ("after a
# 360-degree review, shares fell to a low of 42").
LEVEL_SET_WORDS = frozenset(
    "to at from above below over under near past after against versus vs reach reaches reached reaching"
    " hit hits hitting topped topping exceed exceeds exceeded exceeding touch touched touching still".split()
)
# verbs of forecasting a level, their subject a forecaster ("the IMF sees 1.5 this year"): the
# bare number after them is a level only with a time after it ("by Sunday", "this year")
FORECAST_LEVEL_VERBS = frozenset(
    "expect expects expected see sees saw forecast forecasts predict predicts predicted project projects projected".split()
)
RE_TIME_AFTER = re.compile(
    r"\s+(?:(?:by|in|for|until)\s+(?:the\s+end\s+of\s+)?(?:[A-Z][a-z]+|(?:19|20)\d\d|next|this|the\s+(?:end|year|spring|summer|autumn|winter))\b"
    r"|(?:this|next)\s+(?:year|month|week|quarter|season|spring|summer|autumn|winter)\b)"
)
PARALLEL_CHANGE_WORDS = frozenset(("after", "against", "versus", "vs", "and", "but", "while", "whereas"))
RE_LEVEL_OF_TAIL = re.compile(
    r"\b(?:an?|the|its|their)\s+(?:[a-z]+\s+)?(?:average|high|low|peak|record|mean|normal)\s+of\s+\Z"
)
# ... or a named measure of a physical quantity, after a figure in a physical unit ("held 13.9 billion
# cubic metres, against a design volume of 19.5 billion", "processed 9.7 million tonnes, below its
# design capacity of 12 million", "its rated annual output is 5.6 billion"): the level in that unit
RE_MEASURE_NAMED_TAIL = re.compile(
    r"\b(?:an?|the|its|their)\s+(?:[a-z][a-z-]*\s+){0,2}"
    r"(?:capacity|volume|output|storage|reserves|throughput|production|yield)\s+"
    r"(?:of|is|was|stands\s+at|stood\s+at)\s+\Z"
)
RE_AND_TAIL = re.compile(r"(?:,\s*|\s)(?:and|but|while|whereas)\s+(?:(?:only|just)\s+)?\Z")
# a gapped clause of another subject before the level word ("and its fleet to 40")
RE_NEW_SUBJECT_TAIL = re.compile(
    r"(?:,\s*|\s)and\s+(?:the|its|their|his|her|[A-Z][\w'’.-]*)\s+(?:[\w'’-]+\s+){0,2}(?:to|at|from)\s+\Z"
)
# a clause with its own subject capped "at" or "to" the bare number ("Single supplement £140;
# groups are capped at 24"): the cap of that subject (a group's size), no level nor object of the
# amount before ("Fees are £40 and are capped at 60" has no subject of its own)
RE_CAPPED_OWN_SUBJECT = re.compile(
    r"\b(?!(?:and|but|or|which|that|who|it|they)\b)[a-z][\w'’-]*\s+(?:are|is|were|was|will\s+be)\s+"
    rf"(?:{'|'.join(sorted(CAP_VERBS))})\s+(?:at|to)\s+\Z"
)
SPAN_WORDS = r"(?:year|month|week|day|quarter|decade|fortnight)"
# what may follow the bare number: its clause's end, or when or where it stood
RE_LEVEL_AFTER = re.compile(
    rf"{CLAUSE_END}|\s+(?:(?:in|on|by|until|before|after|at|for|during|within|across|overnight|inland|offshore"
    rf"|earlier|ago|again|now|today|yesterday|tomorrow|tonight|next|this|last|above|below|higher|lower)\b"
    rf"|(?:a|an|one)\s+{SPAN_WORDS}\s+(?:earlier|ago|before|later)\b"
    rf"|the\s+(?:same\s+)?(?:{SPAN_WORDS}|previous|prior)\b)"
)
# ... or in the next sentence, when "It" opens it and stands for what the figure measured ("The AQI
# hit 412 on Monday. It is expected to exceed 200 again"), also inside a quote that opens there
# ("told 18 months. 'It's now past 30'"), after a short fronted time or place ("By Thursday it was
# down to 4.9", "Today they are at 34"), or as "this one" set against the one measured ("The last
# contract ran 24 months. 'This one is closer to 40'")
RE_IT_OPENS_GAP = re.compile(
    r"[.!?;][\"”’)]?\s+[\"“‘]?(?:[A-Z][a-z]+(?:\s+[A-Za-z]+){0,2},?\s+(?=it\b|they\b))?"
    r"(?:It|it|They|they|This\s+one|That\s+one)(?:['’]s)?\s+[^.!?;\d]*\Z"
)
# ... a span of time only where the pronoun and a form of "be" stand for the span itself, a level
# word at most between ("I was told 18 months. It's now past 30", "'This one is closer to 40'"); a
# verb of its own names another thing ("He spent 20 years there. By then it had grown to 45")
RE_SPAN_BE_BEFORE = re.compile(
    r"\b(?:[Ii]t|[Oo]ne)(?:['’]s|\s+(?:is|was|will\s+be|would\s+be|has\s+been|had\s+been))\s+"
    r"(?:(?:now|already|still|just|only)\s+)?"
    r"(?:(?:past|over|above|beyond|under|below|closer\s+to|nearer(?:\s+to)?|near|up\s+to)\s+)?\Z"
)
# ... after "and", the first clause's rest holds no verb: only where or when its figure stood
RE_VERBLESS_REST = re.compile(r"[^.;:!?()\d\n]{0,60}")
LEVEL_GAP = 80  # characters between the two figures, at most
MEASURE_NAMED_REACH = 60  # characters of the gap read back for a named measure (RE_MEASURE_NAMED_TAIL)
LEVEL_CARRY_RATIO = 20
CLOCK_HOURS = 12
CLOCK_WORDS = frozenset(("at", "from", "after", "past", "until"))  # before an hour of the clock


def last_undated(out: list[Figure]) -> Figure | None:
    """The last figure read that is no date or year ("1.2% in 2024, and the IMF sees 1.5": the 1.2%)."""
    for earlier in reversed(out[-3:]):
        if earlier.kind != "date":
            return earlier
    return None


def _levels_apart(prev: Figure, fig: Figure, body: str) -> bool:
    """Whether two numbers cannot be levels of one quantity: one is zero or more than
    LEVEL_CARRY_RATIO times the other, or a number stands between them (save a year that dates the
    first)."""
    low, high = sorted((abs(float(prev.value)), abs(float(fig.value))))  # type: ignore[arg-type]
    if low == 0 or high > LEVEL_CARRY_RATIO * low:
        return True
    return any(c.isdigit() for c in RE_YEAR_IN_GAP.sub("", body[prev.end : fig.start]))


# a share of a group of persons named after it ("fewer than 30% of their students pass, against 152 a
# year ago"): no later level of it is above 100, so such a bare number is no level of the share
# (late-kinds14; the count its clause's subject carries is read elsewhere)
RE_PERSONS_WHOLE_AFTER = re.compile(r"\s+of\s+(?:their|its|his|her|the|all)\s+([a-z]+)\b")


# ... and a share that bounds the things a count before it counts ("11 schools had fewer than 20% of
# candidates passing, against 17 last year", "40 firms have more than 10% of staff abroad"): a
# bare number set against it counts those things again (late-kinds15), no level of the share
RE_COUNTED_BOUND_BEFORE = re.compile(
    r"(?<![\w.,])\d[\d,]*\s+(?:[a-z-]+\s+)?[a-z-]+s\s+(?:had|have|has|with|were|are|saw|reported|recorded)\s+"
    r"(?:fewer|more|less)\s+than\s+\Z"
)


def _share_of_persons_exceeded(prev: Figure, fig: Figure, body: str) -> bool:
    """Whether `prev` is a share of persons (above) and the bare `fig` is above 100."""
    if prev.kind != "percentage_share" or float(fig.value) <= 100:  # type: ignore[arg-type]
        return False
    whole = RE_PERSONS_WHOLE_AFTER.match(body, prev.end)
    return whole is not None and names_persons(whole.group(1))


def later_level(
    prev: Figure | None, fig: Figure, body: str, sentence_of: Callable[[int], int]
) -> Figure | None:
    """The bare number `fig` as a later level of the figure `prev` before it, in its unit (see
    above), or None."""
    if prev is None:
        return None
    next_sentence = sentence_of(prev.start) + 1 == sentence_of(fig.start)
    if (
        prev.kind not in ("money", "percent_change", "percentage_share", "other")
        and not (prev.kind == "duration" and next_sentence)  # "told 18 months. It's now past 30"
        or prev.unit == "other"
        and prev.kind == "other"
        and not prev.measure
        or prev.measure in AGE_MEASURES
        or not is_number(prev.value)
        or not is_number(fig.value)
        or fig.measure
        or fig.unit == "people"  # "£140; groups are capped at 24": persons the count readers found
        or not body[fig.core[0] : fig.core[1]][:1].isdigit()  # "an average of three": a count's word
        or body.startswith("-", prev.core[1])  # "a 360-degree review": the measure is the noun's
        or fig.start - prev.end > LEVEL_GAP
        or sentence_of(prev.start) != sentence_of(fig.start)
        and not (next_sentence and RE_IT_OPENS_GAP.search(body, prev.end, fig.start))
        or prev.kind == "duration"
        and not (
            RE_IT_OPENS_GAP.search(body, prev.end, fig.start)
            and RE_SPAN_BE_BEFORE.search(body, max(prev.end, fig.start - IT_BE_REACH), fig.start)
        )
        or not same_scale(prev, fig, body)
    ):
        return None
    if _levels_apart(prev, fig, body) or RE_LEVEL_AFTER.match(body, fig.end) is None:
        return None
    if _share_of_persons_exceeded(prev, fig, body):
        return None
    if prev.unit == "percent" and RE_COUNTED_BOUND_BEFORE.search(body, max(0, prev.start - 60), prev.start):
        return None  # "11 schools had fewer than 20% ..., against 17": the schools, not the share
    gap = body[prev.end : fig.start]
    if verb_follows(body, fig.end):
        return None  # "and 12 at the beach were treated": the subject of a verb of its own, a count
    if RE_DAY_PART_AFTER.match(body, fig.end):
        return None  # "3 in the morning": a clock time
    words = without_approx([w.lower() for w in RE_WORDS_BEFORE.findall(gap)])
    if not words:
        return None
    word = words[-1]
    if (and_tail := RE_AND_TAIL.search(gap)) is not None:
        rest = gap[: and_tail.start()]
        if not RE_VERBLESS_REST.fullmatch(rest) or any(
            w in AUXILIARY_VERBS or past_form(w)
            for w in RE_WORDS_BEFORE.findall(rest)  # "May" is a month
        ):
            return None
        if RE_CLAUSE_END_AFTER.match(body, fig.end):
            return None  # "and 55." says nothing of when or where: a list's count may end so
        word = "and"  # "but only 2 in April": the coordination, not "only", sets it in parallel
    elif (
        prev.measure
        and prev.measure not in unit_table.OTHER_MEASURES
        and RE_MEASURE_NAMED_TAIL.search(gap, max(0, len(gap) - MEASURE_NAMED_REACH)) is not None
    ):
        word = "of"  # "against a design volume of 19.5 billion": the measure's level in its unit
    elif RE_NEW_SUBJECT_TAIL.search(gap) is not None or RE_CAPPED_OWN_SUBJECT.search(gap) is not None:
        return None  # "rose to 12% and its fleet to 40": a gapped clause of another subject
    elif RE_LEVEL_OF_TAIL.search(gap) is not None:
        word = "of"
    elif word in FORECAST_LEVEL_VERBS:
        if RE_TIME_AFTER.match(body, fig.end) is None:
            return None  # "and police expect 20 at the vigil": a count
    elif (
        word not in LEVEL_SET_WORDS
        and prev.kind != "duration"  # a span's level: RE_SPAN_BE_BEFORE
        and not (prev.kind == "money" and word in PRICE_VERBS)  # "In October it fetched 1.85": a price
    ):
        return None
    if prev.unit == "percent" and not _percent_level(prev, body) and word not in PARALLEL_CHANGE_WORDS:
        return None
    if (
        word in CLOCK_WORDS
        and prev.unit != "percent"
        and float(fig.value) == int(fig.value)  # type: ignore[arg-type]
        and fig.value <= CLOCK_HOURS  # type: ignore[operator]
    ):
        return None
    level = with_unit_of(prev, fig, body)
    if next_sentence and RE_UNIT_LABEL.sub("", prev.subject).strip():
        return level._replace(subject=prev.subject)  # "By Thursday it was down to 4.9": the river's
    return level


# A level in a unit per base ("5.2 doctors per 1,000 people", "44.6 places per 100 children"), then
# a bare number after a place's name and "at", in its sentence or the next ("..., while Sweden
# stands at 4.3", "Flanders stands at 58.5 and Wallonia at 41.0"): the place's level of that ratio
RE_PLACE_AT_TAIL = re.compile(
    r"(?:^|[,;.]\s+|\s)(?:(?:and|while|whereas|but)\s+)?(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}"
    r"\s+(?:(?:stands|stood|is|was|sits|sat|lies|lay|comes\s+in|came\s+in|ranks|ranked)\s+)?at\s+\Z"
)


def placed_ratio_level(
    prev: Figure | None, fig: Figure, body: str, sentence_of: Callable[[int], int]
) -> Figure | None:
    """The bare number `fig` as a place's level of the ratio `prev` before it (above), or None."""
    if (
        prev is None
        or (prev.unit, prev.kind) != ("other", "other")
        or " per " not in prev.measure
        or not is_number(prev.value)
        or not is_number(fig.value)
        or not body[fig.core[0] : fig.core[1]][:1].isdigit()
        or not 0 < fig.start - prev.end <= LEVEL_GAP
        or sentence_of(fig.start) - sentence_of(prev.start) not in (0, 1)
        or RE_PLACE_AT_TAIL.search(body[prev.end : fig.start]) is None
        or _levels_apart(prev, fig, body)
        or verb_follows(body, fig.end)
    ):
        return None
    return with_unit_of(prev, fig, body)


# A quantity named once, then a bare number a later clause of the sentence (or the next sentence)
# has of it as the object of its verb ("needs 720 days of sea time; I have logged 512", "10 days of
# annual leave, and most staff have banked 6", "held 640 megalitres last week; it now holds 590",
# "produced 2,400 litres a day and now yields 3,100"): the bare number is in the earlier figure's
# unit, a measurement's or counted days'. The verb is one of gaining, keeping or using a quantity
# (QUANTITY_OBJECT_VERBS; for counted days "has" too: "needs 540 days and has 402"), the same
# verb as before the first figure ("crushed 1,800 tonnes ... now crushes 2,300"), or any verb after
# a "now" that sets the present against the past ("now holds"). The number ends its clause or is
# followed by when, where or to whom; it is no number word ("has two"), no subject of a verb of its
# own, no persons by their verb ("has rescued 12"), and within LEVEL_CARRY_RATIO of the first;
# "has raised 300" and "will carry 180" name other things. A span of time carries so only to the
# object of a verb that accrues it (SPAN_OBJECT_VERBS: "must log 200 hours of practice; Ana has
# logged 150") or that a span is taken or lasts by (SPAN_TAKING_VERBS). A limiting adverb may stand
# between the verb and the number ("The replacement measures barely 24").
HAVE_WORDS = frozenset(("has", "have", "had"))
# the verbs that accrue a span of time too ("200 hours of practice; Ana has logged 150")
SPAN_OBJECT_VERBS = frozenset(
    """log logs logged bank banks banked clock clocks clocked accrue accrues accrued accumulate
    accumulates accumulated earn earns earned complete completes completed serve serves served""".split()
)
QUANTITY_OBJECT_VERBS = SPAN_OBJECT_VERBS | frozenset(
    """logging save saves saved collect collects collected gather gathers gathered use uses used spend
    spends spent donate donates donated need needs needed require requires required build builds
    built finish finishes finished hold holds held store stores stored process processes processed
    produce produces produced yield yields yielded take takes took taken record records recorded
    measure measures measured register registers registered""".split()
)
# ... and the verbs a span of time is taken, lasts or is waited by ("The crossing used to take 90
# minutes. It now takes 55", "the one in Luxembourg lasted four", "must be fixed within 14 days, and
# he had waited 26"; late-carry8)
SPAN_TAKING_VERBS = frozenset("take takes took taken last lasts lasted".split()) | WAITING_VERBS
PRESENT_SET_WORDS = frozenset(("now", "today", "currently", "still"))
RE_OBJECT_AFTER = re.compile(r"\s+(?:so\s+far|to\s+date|already|to\s+(?:a|an|the|his|her|their|its|other)\b)")
OBJECT_GAP = 120  # characters between the two figures, at most


def carried_object(
    prev: Figure | None, fig: Figure, body: str, sentence_of: Callable[[int], int]
) -> Figure | None:
    """The bare number `fig` as a later clause's object in the unit of the quantity `prev` named
    before it (see above), or None."""
    if (
        prev is None
        or not (
            prev.unit == "days"
            and prev.kind == "count"
            or prev.unit == "other"
            and prev.kind == "other"
            and prev.measure
            and prev.measure not in AGE_MEASURES
            or prev.kind == "duration"
        )
        or not is_number(prev.value)
        or not is_number(fig.value)
        or fig.measure
        or fig.unit not in ("count", "people")  # "most staff have banked 6": the subject's persons
        or not body[fig.core[0] : fig.core[1]][:1].isdigit()
        or fig.start - prev.end > OBJECT_GAP
        or sentence_of(fig.start) - sentence_of(prev.start) not in (0, 1)
        or not same_scale(prev, fig, body)
    ):
        return None
    if _levels_apart(prev, fig, body):
        return None
    gap = body[prev.end : fig.start]
    if not (RE_LEVEL_AFTER.match(body, fig.end) or RE_OBJECT_AFTER.match(body, fig.end)) or verb_follows(
        body, fig.end
    ):
        return None
    words = without_limiting(without_approx(RE_WORDS_BEFORE.findall(gap)))
    if len(words) < 2:
        return None
    verb = words[-1].lower()
    if fig.unit == "people" and verb in PEOPLE_VERBS:
        return None  # "and has rescued 12": persons, by their verb
    if prev.kind == "duration":
        spans = verb in SPAN_OBJECT_VERBS or verb in SPAN_TAKING_VERBS
        return with_unit_of(prev, fig, body) if spans else None
    first_verb = RE_LAST_WORD_BEFORE.search(body, max(0, prev.start - 20), prev.start)
    if not (
        verb in QUANTITY_OBJECT_VERBS
        or verb in HAVE_WORDS
        and prev.unit == "days"
        or words[-2].lower() in PRESENT_SET_WORDS
        or first_verb is not None
        and _verb_stem(first_verb.group(1)) == _verb_stem(verb)
    ):
        return None
    if prev.unit == "days":  # "I have logged 512": the days of sea time named before
        return fig._replace(unit="days", subject=prev.subject or "days")
    return with_unit_of(prev, fig, body)


# A measurement or an amount, then a bare number as the object of any verb of a clause coordinated
# with it or of the next sentence, ending that clause or followed only by when or where ("The
# record catch weighed 38 tonnes; yesterday's boats landed 29", "burned through 3,200 hectares. By
# Thursday it had consumed 7,500"): a verb form
# (a past form, a third person's "-s"), a particle or a level's preposition after it at most ("tops
# out at 140"). The clause has a subject of its own (a verb phrase coordinated with the first,
# "covered 42 km and has raised 300", names another thing), in the same paragraph and line, with
# no bracket between ("$7.\n\nCONGRÍ (serves 6)"); a base form after a modal or "to" is a forecast
# or a wish, often of another thing ("It was 28 degrees. Sales should reach 40"). Not after "be"
# or "have" (other readers), an age's verb ("He turned 50"), a verb of saying, a game's result
# ("won 3"), a verb of persons with persons counted ("arrested 12"), nor "at" before a whole
# number up to 12 (a clock time: "Doors opened at 11").
OBJECT_PARTICLES = frozenset("to at in up out off down back with".split())
NOT_OBJECT_VERBS = frozenset(AUXILIARY_VERBS) | frozenset(
    "turned turns aged says said tells told won wins beat beats drew draws".split()
)
# the last coordinator of a gap, then the words of its clause up to the bare number
COORDINATOR = rf"\b(?:and|{'|'.join(CONTRAST_CONJUNCTIONS)})\b"
RE_LAST_COORDINATOR = re.compile(rf"(?:;|{COORDINATOR})(?P<rest>(?:(?!{COORDINATOR})[^;])*)\Z")
# words that open a verb phrase, no subject ("and has raised 300", "and then carried 80")
VERB_PHRASE_OPENERS = frozenset(AUXILIARY_VERBS) | frozenset("also then now later still since".split())


def _own_subject(gap: str) -> bool:
    """Whether the clause a coordinator opens in `gap` has a subject before its verb (see above)."""
    last = RE_LAST_COORDINATOR.search(gap)
    if last is None:
        return False
    words = [w.lower() for w in RE_WORDS_BEFORE.findall(last.group("rest"))]
    return len(words) >= 2 and words[0] not in VERB_PHRASE_OPENERS


def _verb_form(words: list[str]) -> bool:
    """Whether the last of `words` reads as a finite verb (a past form or a third person's "-s")."""
    verb = words[-1]
    if verb in NOT_OBJECT_VERBS or not verb.isalpha():
        return False
    if verb in IRREGULAR_PAST_VERBS or past_form(verb):
        return True
    return (
        len(verb) > 3
        and verb.endswith("s")
        and not verb.endswith(("ss", "us", "is", "ous"))
        and len(words) > 1
        and words[-2] not in DETERMINERS  # "the scales": a noun
    )


def carried_verb_object(
    prev: Figure | None, fig: Figure, body: str, sentence_of: Callable[[int], int]
) -> Figure | None:
    """The bare number `fig` as the object of a verb in the unit of the measurement or amount
    `prev` before it (above), or None."""
    if (
        prev is None
        or not (
            prev.kind == "money"
            or prev.unit == "other"
            and prev.kind == "other"
            and prev.measure
            and prev.measure not in AGE_MEASURES
        )
        or not is_number(prev.value)
        or not is_number(fig.value)
        or fig.measure
        or fig.unit not in ("count", "people")
        or not body[fig.core[0] : fig.core[1]][:1].isdigit()
        or fig.start - prev.end > OBJECT_GAP
        or not same_scale(prev, fig, body)
    ):
        return None
    apart = sentence_of(fig.start) - sentence_of(prev.start)
    gap = body[prev.end : fig.start]
    if (
        "\n" in gap
        or "(" in gap
        or not (apart == 1 or apart == 0 and _own_subject(gap))
        or _levels_apart(prev, fig, body)
    ):
        return None
    if not (RE_LEVEL_AFTER.match(body, fig.end) or RE_OBJECT_AFTER.match(body, fig.end)) or verb_follows(
        body, fig.end
    ):
        return None
    words = without_limiting(without_approx([w.lower() for w in RE_WORDS_BEFORE.findall(gap)]))
    particles: list[str] = []
    while words and words[-1] in OBJECT_PARTICLES and len(particles) < 2:
        particles.append(words.pop())
    if not words or not _verb_form(words) or RE_CAPPED_OWN_SUBJECT.search(gap):
        return None
    if fig.unit == "people" and not (prev.kind == "money" and words[-1] in PRICE_VERBS):
        return None  # "arrested 12": persons, by their verb ("Traders now charge 1,700": a price)
    if (
        "at" in particles
        and float(fig.value) == int(fig.value)  # type: ignore[arg-type]
        and fig.value <= CLOCK_HOURS  # type: ignore[operator]
    ):
        return None  # "Doors opened at 11": a clock time
    return with_unit_of(prev, fig, body)


def verb_follows(body: str, end: int) -> bool:
    """Whether the words after a number, up to a clause mark, hold a finite verb it is the subject
    of (as `opens_clause`, but a capital "May" is a month)."""
    words = clause_words_after(body, end).split()
    return any(
        w in AUXILIARY_VERBS
        or w in IRREGULAR_PAST_VERBS
        or w == "said"
        or (past_form(w) or len(w) == 4 and w.endswith("ed"))
        and w.isalpha()  # "died", "fled"
        for w in words[:VERB_AFTER_WORDS]
    )


def _percent_level(prev: Figure, body: str) -> bool:
    """Whether a percent is a level ("rose to 5.4%", "stood at 62%"), not a change ("rose 3%", "by 3%")."""
    words = without_approx(
        [w.lower() for w in RE_WORDS_BEFORE.findall(body, max(0, prev.start - 30), prev.start)]
    )
    return bool(words) and words[-1] not in CHANGE_WORDS and words[-1] != "by"


# (4) a habit the figure is set against, the same verb before both, "used to" or "once" before the
# second ("now take 4 or 5 kilograms where they used to take 12", "now earn $5 a day, having once
# earned 12"): the verb's object, in the first figure's unit, whatever its clause names
RE_HABIT_BEFORE = re.compile(r"\b(?:used\s+to|once)\s+([a-z]+)\s+\Z")
HABIT_REACH = 30  # characters before the number read for "used to" and its verb
VERB_ENDINGS = ("ing", "ed", "s")  # "buying", "earned", "buys": the verb "buy", "earn"


def _habit_set_against(body: str, prev: Figure, fig: Figure) -> bool:
    """Whether `fig` follows "used to" or "once" and the verb before `prev` (see the table above)."""
    before = body[max(0, fig.start - HABIT_REACH) : fig.start]
    if "used to" not in before and " once " not in before:
        return False  # the cheap test first
    habit = RE_HABIT_BEFORE.search(before)
    verb = RE_LAST_WORD_BEFORE.search(body, max(0, prev.start - 20), prev.start)
    return habit is not None and verb is not None and _verb_stem(habit.group(1)) == _verb_stem(verb.group(1))


def _verb_stem(word: str) -> str:
    """A verb without its ending ("buying" -> "buy"), for telling the same verb twice."""
    word = word.lower()
    for ending in VERB_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: -len(ending)]
    return word


ANSWER_REACH = 120  # how far back in its sentence the pronoun of a short answer is looked for


def _names_before(body: str, start: int, pronoun: str) -> bool:
    """Whether `pronoun` ("He") stands as a word, in any case, shortly before `start`."""
    window = body[max(0, start - ANSWER_REACH) : start]
    return re.search(rf"\b{pronoun}\b", window, re.IGNORECASE) is not None


# (6) a bare number opening the sentence after a count, or a coordinated clause after it, a verb
# after it: part of what that count counted ("Nine riders started. Four failed to finish",
# "Twelve miners were trapped. Nine walked out", "has 16 pumps, but only seven are running")
# (the sentences may stand in brackets or quotes, or each after a list's bullet: "(Nine riders
# started.) Four failed", "- Nine riders started.\n- Four failed")
RE_NEXT_SENTENCE_OPENS = re.compile(r"[^.!?\d]{0,60}[.!?][\"”’)]?\s+(?:[-–—•·*▪►●]\s+)?[\"“‘(]?")
# ... or opening a coordinated clause of the same sentence ("has 16 pumps, but only seven are
# running", "arrested 12 people and two were charged")
RE_PART_CLAUSE_OPENS = re.compile(r"[^.!?;\d]{0,60}\b(?:but|and|while)\s+(?:only\s+|just\s+)?")
RE_WITH_GAP = re.compile(r"[^.!?;\d]{0,60},\s+with\s+")  # "Two ships docked, with" three more due
RE_VERB_AFTER_OPENER = re.compile(
    r"\s+(?:[a-z]+ed|lost|won|went|came|ran|fled|left|got|had|did|made|took|gave|held|kept|stayed|remain(?:ed)?|were|are|was|will|would|could|have|has)\b"
)


# (7) a count and its noun "of" one thing, then a bare number "of" another ("three counts of fraud
# and two of theft", "12 cases of measles and four of mumps"): the same noun, left out
RE_PARALLEL_OF_GAP = re.compile(
    r"\s+of\s+[A-Za-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,3}(?:,\s*|\s+)(?:and\s+|or\s+)?"
)
RE_OF_AFTER = re.compile(r"\s+of\s+[A-Za-z]")
# (7b) a measurement's list by matter, its unit written on the first only ("90 tonnes of copper,
# 40 of zinc and 6 of lead"): "of" and the matter, then a comma or "and" before the next number;
# not a part of a whole named after "of the" or "of them" ("40 tonnes of aid reached 12 of the
# villages" is no list)
RE_LIST_OF_GAP = re.compile(r"\s+of\s+[A-Za-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,2}(?:,\s*(?:and\s+)?|\s+and\s+)")
RE_OF_MATTER_AFTER = re.compile(r"\s+of\s+(?!(?:the|them|those|these|its|their|his|her|our|a|an)\b)[A-Za-z]")
# (8) the same noun counted in two places: "14 branches in Lima and three in Cusco", "12 deaths
# in Gaza and three in the West Bank" (a place's name after "in", "at" or "across" after both),
# the count's passive verb allowed before the first place ("17 people were arrested in Durban and
# four in Pietermaritzburg": the same verb left out of the second)
RE_PLACE_GAP = re.compile(
    r"(?:\s+(?:were|was|are|is|have\s+been|has\s+been|had\s+been)\s+[a-z]+)?"
    r"\s+(?:in|at|across)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3},?\s+and\s+"
)
RE_PLACE_AFTER = re.compile(r"\s+(?:in|at|across)\s+(?:the\s+)?[A-Z]")
# ... or in two times or parts named after the same preposition ("three tanks in the first week
# and two in the second", "nine boxes in the new flats, five in the older blocks"; not a time of day)
# (9) an amount or a measurement and a bare number after "and" or a list's comma, each followed by
# the same preposition and what it is for or where ("£40 for adults and 25 for children", "41C in
# Seville, 39 in Cordoba and 38 in Jaen"): the bare number is in the first one's unit; not a time of
# day ("40mm in Sydney, 3 in the morning")
RE_SAME_PREP_GAP = re.compile(
    r"\s+(?P<prep>in|at|for|on|across)\s+(?:the\s+)?[\w'’.-]+(?:\s+[\w'’.-]+){0,2}(?:,\s+(?:and\s+)?|,?\s+and\s+)"
)
RE_DAY_PART_AFTER = re.compile(rf"\s+in\s+the\s+(?:{alternation(DAY_PARTS)})\b")

# ... a name's number in the first one's place allowed ("12 weeks in the Top 40 and 20 in the Top
# 100": the chart's name, not a figure of the gap)
RE_NAME_NUMBER_GAP = re.compile(
    r"\s+(?:in|at|for|on|across)\s+(?:the\s+)?(?:[\w'’.-]+\s+)?[A-Z][\w'’.-]*\s+\d{1,4},?\s+and\s+"
)


# (5) gapping: a coordinated clause that leaves out the verb and the noun, a name standing for its
# subject before the bare number ("The Pirates took 2,317 votes and the Social Democrats 845", "the
# SNP holds 61 seats, the Conservatives 30, Labour 22 and Reform two"). The figure before it opens
# the list after a name and its verb ("Pirates took"), or is itself such a gapped number; a name
# that is a pronoun ("It recalled 12 cars") opens no list.
# a name's capitalised words, "of" or "for" (and "the") joining two of them ("Voice of the People",
# "Party for Freedom")
GAPPED_NAME_WORDS = r"(?:[A-Z][\w'’.&-]*\s+(?:(?:of|for)\s+(?:the\s+)?(?=[A-Z]))?){1,3}"
# what opens a gapped clause before its name: a comma, "and" or both, and "the", and a hyphened
# adjective before a name ("the far-right Homeland Party 11", "the centre-left Alliance 40"): no
# part of the name
GAPPED_NAME_ADJECTIVE = r"(?:[a-z]+-[a-z]+\s+(?=[A-Z]))?"
GAPPED_OPENER = rf"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?{GAPPED_NAME_ADJECTIVE}"
# ... or a definite plural noun, as sports and politics copy sets two sides against each other
# ("The hosts had 14 shots and the visitors three", "The government won 212 votes and its
# opponents 198"), the first clause then opened by a definite noun too ("The home side had")
# ... or a singular noun after a possessive, a person's or a thing's own ("The first twin weighed
# 2.9kg and her sister 2.6", "The old bridge cost $40m and its replacement 95m")
# ... or a region named by a compass word after "the", as allocation and weather copy sets the
# parts of a country against each other ("the north got 40 tonnes and the south 25")
# ... or by a compass adjective and a word for a part of a country ("the southern region 800")
GAPPED_REGION = (
    rf"(?<=\bthe\s)(?:{'|'.join(sorted(COMPASS_POINTS))}|centre|center"
    r"|(?:(?:north|south)(?:-?(?:east|west))?ern|eastern|western|central)\s+[a-z]+)"
)
GAPPED_COMMON = (
    rf"(?:(?:(?<=\bthe\s)|(?:its|their)\s+)[a-z]+s|(?:his|her|its|their)\s+[a-z]+|{GAPPED_REGION})\s+"
)
GAPPED_SUBJECT = rf"(?:{GAPPED_NAME_WORDS}|{GAPPED_COMMON})"
# ... and the list's last item a plural in small letters and its number ("the Liberals 62 and
# independents 9"): a bare number before it is still an item of the list
RE_GAPPED_LAST_PLURAL = re.compile(r",?\s+and\s+[a-z]{3,}s\s+\d")
RE_GAPPED_NAME = re.compile(rf"{GAPPED_OPENER}(?P<name>{GAPPED_SUBJECT})")
RE_NAME_VERB_BEFORE = re.compile(
    r"(?:(?<![\w'’.&-])(?!(?:It|He|She|They|We|I|You|There|This|That|These|Those)\s)[A-Z][\w'’.&-]*(?:\s+\d{1,4})?"
    r"\s+(?:(?:will|would|could|can|may|might|should|must|did|does|has|have|had|is|was|are|were)\s+)?[a-z]+\s+|\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[a-z][\w-]*\s+){1,2}[a-z]+\s+"
    # ... or a verb of giving and the name it gives to, as results and projections copy writes
    # ("the exit poll gives Labour 405 seats, the Conservatives 112", "handed the ruling party 212")
    r"|\b(?:gives?|gave|giving|hands?|handed|awards?|awarded|projects?)\s+(?:the\s+)?"
    r"(?:[A-Z][\w'’.&/-]*|(?:ruling|governing|main|opposition|largest)\s+[a-z]+)(?:\s+[A-Z][\w'’.&/-]*){0,2}\s+)"
    rf"(?:(?:at|to|by)\s+)?(?:(?:{APPROX})\s+)?(?:\d{{1,4}}\s+of\s+(?:the\s+)?)?\Z"
)  # a name's own number and the verb's preposition allowed ("The FTSE 100 ended at 8,204"), a form
# of "be" before a word ("Labour was ahead in 9"), and the part before a whole ("Labour won 16 of
# the 21 seats and the Greens 5": the figure is the 21)
GAPPED_REACH = 50  # characters before a figure read for the name and verb that open the list
# the preposition the first clause puts before its count, repeated after the gapped clause's name
# ("Labour leads in 13 constituencies and the UWP in six")
RE_GAPPED_PREPOSITION_END = re.compile(r"(?<=\s)(in|on|at|for|from|with|by)\s\Z")
# the characters at the gap's end that can hold such a match ("from " and "with " are longest): the
# search reads them only, not the whole gap again for each bare number after a long one
PREPOSITION_END_REACH = 5
# ... where "by" repeats, the gapped subject may be a common noun of one or two words after the
# first clause's rest ("Diesel rose by 14 cents a litre and petrol by 9", "cut by $40m in May and
# the training budget by 12m"): the repeated "by" of a change marks the gap; a verb there ("and
# fell by 9", the first clause's own verb again: "grew by 3,140 and employment grew by 436"), an
# adverb ("and later by 9") or a word of more or other is no subject
RE_GAPPED_PREPOSITION_COMMON = re.compile(
    r"(?:[^.;:!?()\d\n]{0,60}?)(?:,\s*and\s+|\s+and\s+|\s*,\s*)(?:the\s+)?"
    r"(?P<name>[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?)\s+"
)
GAPPED_COMMON_STOPS = frozenset(
    "then also again still only just even more less other others further another worth valued enough"
    " for of to from with by at in on than as per a an some".split()
)
GAPPED_UNIT_KINDS = frozenset(("other", "money"))  # a measurement or an amount gapped like a count
# ... the first clause may go on after its figure, with the figure's period, place or an aside,
# before "and" opens the gapped clause ("Kenya Airways runs seven flights a week to Dubai, and
# Emirates three", "Aberdeen had 31 millimetres of rain and Inverness 24"): the rest of that clause
# holds no figure, no clause break but commas, and digits only inside a code ("flight KQ310") or
# an ordinal ("on the 12th"); a list's comma may open the gapped clause in place of "and"
# ("Ethiopia took four golds in the distance events, Kenya three")
RE_GAPPED_AFTER_REST = re.compile(
    rf"(?:[^.;:!?()\d\n]|(?<=[A-Za-z])\d+|(?<![\d.,])\d{{1,3}}(?:st|nd|rd|th)\b)*?(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?{GAPPED_NAME_ADJECTIVE}(?P<name>{GAPPED_SUBJECT})"
)
GAPPED_REST_REACH = 100  # characters of a first clause's rest and the gapped name, at most


# a count compared with its earlier level in an aside ("recorded nine robberies, down from 15,"):
# a gapped clause after the aside ("and the outer islands three") leaves out the count's noun, as
# it would with no aside
RE_COMPARED_ASIDE_GAP = re.compile(rf",\s*(?:up|down)\s+from\s+(?:{ROUGH_COUNT}\s+)?")


def gapped_past_aside(
    out: list[Figure], fig: Figure, body: str, sentence_of: Callable[[int], int]
) -> Figure | None:
    """The bare count `fig` of a gapped clause after a count and its compared aside (above), with
    the count's noun and unit, or None."""
    if len(out) < 2 or fig.unit != "count" or fig.measure:
        return None
    first, aside = out[-2], out[-1]
    if (
        first.kind != "count"
        or first.end <= first.core[1]
        or aside.unit != first.unit
        or RE_COMPARED_ASIDE_GAP.fullmatch(body, first.end, aside.start) is None
        or sentence_of(first.start) != sentence_of(fig.start)
        or RE_CLAUSE_END_AFTER.match(body, fig.end) is None
    ):
        return None
    name = gapped_name(body, first, body[aside.end : fig.start])
    if not name:
        return None
    noun = " ".join(body[first.core[1] : first.end].split())
    return fig._replace(unit=first.unit, subject=f"{noun} of {name}")


# ... and the list's first count is of the name that opens it, the subject of the list's verb ("The
# Social Democrats won 41 seats, the Moderates 27": the Social Democrats' seats; "the ruling party
# took 112 seats, the opposition alliance 74"): a name (a hyphened adjective before it is none of
# it) or "the" and a common noun of one or two words; a pronoun opens no list
RE_LIST_OPENER = re.compile(
    r"(?:(?<![\w'’.&-])(?:[Tt]he\s+)?(?:[a-z]+-[a-z]+\s+)?"
    r"(?!(?:It|He|She|They|We|I|You|There|This|That|These|Those|In|On|At|By|For|After|Before)\s)"
    r"(?P<name>[A-Z][\w'’.&-]*(?:\s+(?:(?:of|for)\s+(?:the\s+)?)?[A-Z][\w'’.&-]*){0,3})"
    r"|\b(?P<the>[Tt]he)\s+(?P<common>(?:[a-z][\w-]*\s+)?[a-z][\w-]*))"
    rf"\s+(?P<aux>(?:has|have|had|will|would)\s+)?(?P<verb>[a-z]+)\s+(?:(?:{APPROX})\s+)?\Z"
)


LIST_VERBS = frozenset("has have had is was are were".split())  # the function words that are verbs


def list_opener(prev: Figure, fig: Figure, body: str) -> Figure | None:
    """The first count `prev` of a gapped list whose first gapped number is `fig` ("seats of
    Moderates"), with the name that opens the list as its holder (above), or None."""
    noun = " ".join(body[prev.core[1] : prev.end].split())
    if not noun or prev.subject != noun or not fig.subject.startswith(f"{noun} of "):
        return None  # the cheap test first: the list's first count names no holder yet
    m = RE_LIST_OPENER.search(body, max(0, prev.start - GAPPED_REACH), prev.start)
    if m is None:
        return None
    verb = m.group("verb")
    if not (m.group("aux") or verb.endswith(("ed", "s")) or verb in IRREGULAR_PAST_VERBS | LIST_VERBS):
        return None  # "the party of 41 members", "gave the governing alliance 151 seats": no verb
    if verb in FUNCTION_WORDS and verb not in LIST_VERBS:
        return None  # "the Greens its 12"
    holder = m.group("name") or f"{m.group('the').lower()} {m.group('common')}"
    return prev._replace(subject=f"{noun} of {holder}")


def gapped_name(body: str, prev: Figure, gap: str) -> str:
    """The name that stands for a left-out subject and verb between `prev` and a bare number right
    after `gap` (see (5) above), or ""."""
    m = RE_GAPPED_NAME.fullmatch(gap)
    if m is None and len(gap) <= GAPPED_REST_REACH and ("and" in gap or "," in gap):
        m = RE_GAPPED_AFTER_REST.fullmatch(gap)
    opener_end = prev.start
    if m is None and (
        prep := RE_GAPPED_PREPOSITION_END.search(gap, max(0, len(gap) - PREPOSITION_END_REACH))
    ):
        word = prep.group(1)
        if body.endswith(f" {word} ", 0, prev.start):  # "leads in 13 ... and the UWP in six"
            m = RE_GAPPED_NAME.fullmatch(gap, 0, prep.start())
            opener_end = prev.start - len(word) - 1
            if m is None and word == "by":
                m = _gapped_common(gap, prep.start(), verb_before=_word_before(body, opener_end))
    if m is None:
        return ""
    window = max(0, opener_end - GAPPED_REACH)
    opened = RE_NAME_VERB_BEFORE.search(body, window, opener_end) is not None
    chained = prev.end == prev.core[1] and (
        RE_GAPPED_TAIL.search(body, window, prev.start) is not None
    )  # the number before is bare after a name too: a list ("Labour 22, the Greens seven")
    return " ".join(m.group("name").split()) if opened or chained else ""


def _word_before(body: str, end: int) -> str:
    """The word right before `end`, in lower case ("" if none)."""
    m = RE_LAST_WORD_BEFORE.search(body, max(0, end - 20), end)
    return m.group(1).lower() if m else ""


def _gapped_common(
    gap: str, end: int, pattern: re.Pattern[str] = RE_GAPPED_PREPOSITION_COMMON, verb_before: str = ""
) -> re.Match[str] | None:
    """The common noun that stands for a gapped clause's subject, ending at `end` in `gap` (before a
    repeated "by", RE_GAPPED_PREPOSITION_COMMON, or `pattern`), or None; `verb_before` is the
    first clause's verb, which the subject may not repeat."""
    m = pattern.fullmatch(gap, 0, end)
    if m is None:
        return None
    for w in m.group("name").split():
        if w in GAPPED_COMMON_STOPS or w in AUXILIARY_VERBS or w in IRREGULAR_PAST_VERBS or w == verb_before:
            return None
        if past_form(w) or w.endswith("ly") or w in CHANGE_WORDS:
            return None
    return m


# A gapped clause whose subject is a common noun of one to three words (after "the", "its" or
# "their" at most), its verb and its amount's or measure's name left out, the bare number with a
# scale word as the first one's ("Wheat output reached 27.5 million tonnes, maize 8.2 million",
# "coffee exports were worth 1.8 billion birr, and its flower exports 950 million"): a scaled
# number with no noun is no count, but an amount or a measure in the first one's unit; the
# subject holds no verb, adverb or word of more or other (_gapped_common)
RE_GAPPED_COMMON_SCALED = re.compile(
    r"(?:[^.;:!?()\d\n]{0,60}?)(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:the|its|their)\s+)?"
    r"(?P<name>[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,2})\s+"
)


def gapped_common_scaled(
    prev: Figure, fig: Figure, body: str, sentence_of: Callable[[int], int]
) -> Figure | None:
    """The bare scaled number `fig` of a gapped clause of a common noun (above), in the unit of the
    amount or measure `prev` before it, or None."""
    if (
        fig.unit != "count"
        or fig.measure
        or prev.kind not in GAPPED_UNIT_KINDS
        or not is_number(prev.value)
        or fig.start - prev.end > GAPPED_REST_REACH
        or not scaled(fig, body)
        or scale_of(body[prev.start : prev.end]) == 1  # "27.5 million tonnes": the measure's scale
        or RE_CLAUSE_END_AFTER.match(body, fig.end) is None
        or sentence_of(prev.start) != sentence_of(fig.start)
        or _gapped_common(body[prev.end : fig.start], fig.start - prev.end, RE_GAPPED_COMMON_SCALED) is None
    ):
        return None
    return with_unit_of(prev, fig, body)


# A gapped clause whose subject is persons named by a plain plural noun, set against the persons
# of the first clause, the verb and the amount's sign or name left out ("Men in the sector earn
# 9,800 taka a month and women 8,200", "Drivers earn Sh42,000 and conductors 30,000"): the bare
# number is an amount in the first one's currency or unit, not a count of those persons
RE_GAPPED_PERSONS = re.compile(
    r"(?:[^.;:!?()\d\n]|(?<=[A-Za-z])\d+){0,80}?(?:,\s*and\s+|\s+and\s+)(?:the\s+)?(?P<noun>[a-z]+)\s+\Z"
)


# a plural noun of persons and its verb right before the first clause's amount, a capitalised
# word before the noun allowed ("Matatu drivers earn Sh38,000 and conductors 25,000")
RE_PERSONS_VERB_BEFORE = re.compile(r"(?<![\w'’-])(?P<noun>[A-Za-z][a-z]+)\s+[a-z]+\s+\Z")
# ... and a pay period after the gapped amount ("Drivers earn Sh38,000 and conductors 25,000 a month")
RE_PERIOD_END_AFTER = re.compile(rf"\s+(?:a|an|per|each)\s+(?:hour|day|week|month|year){CLAUSE_END}")


def gapped_persons_amount(
    prev: Figure, fig: Figure, body: str, sentence_of: Callable[[int], int]
) -> Figure | None:
    """The bare number `fig`, read as persons after their noun, as an amount in the unit of
    `prev` when a gapped clause of persons holds it (above), or None."""
    if (
        fig.unit != "people"
        or fig.measure
        or prev.kind not in GAPPED_UNIT_KINDS
        or not is_number(prev.value)
        or fig.start - prev.end > GAPPED_REST_REACH
    ):
        return None
    m = RE_GAPPED_PERSONS.fullmatch(body, prev.end, fig.start)
    if (
        m is None
        or not (m.group("noun") in PEOPLE_NOUNS or is_person_agent(m.group("noun")))
        or RE_CLAUSE_END_AFTER.match(body, fig.end) is None
        and (prev.kind != "money" or RE_PERIOD_END_AFTER.match(body, fig.end) is None)
        or sentence_of(prev.start) != sentence_of(fig.start)
        or not same_scale(prev, fig, body)
    ):
        return None
    opened = RE_NAME_VERB_BEFORE.search(body, max(0, prev.start - GAPPED_REACH), prev.start)
    if opened is None:
        # persons and their verb open the first clause ("Matatu drivers earn Sh38,000")
        persons = RE_PERSONS_VERB_BEFORE.search(body, max(0, prev.start - GAPPED_REACH), prev.start)
        named = persons is not None and persons.group("noun").lower()
        opened = persons if named and (names_persons(named) or is_agent_plural(named)) else None
    return with_unit_of(prev, fig, body) if opened is not None else None


# the next gapped clause of a list right after a bare number ("... 28 and the Farmers Union 23"):
# a name, then digits; or the list's last item, a plural in small letters ("... 62 and independents 9")
RE_NEXT_GAPPED_AFTER = re.compile(rf"{GAPPED_OPENER}{GAPPED_NAME_WORDS}\d|{RE_GAPPED_LAST_PLURAL.pattern}")
RE_GAPPED_TAIL = re.compile(rf"(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?{GAPPED_NAME_WORDS}\Z")


def _same_word_before(body: str, prev: Figure, fig: Figure) -> bool:
    """Whether the same word stands right before both figures' numbers ("took 14 ... took 9")."""
    a = RE_LAST_WORD_BEFORE.search(body, max(0, prev.start - 20), prev.start)
    b = RE_LAST_WORD_BEFORE.search(body, max(0, fig.start - 20), fig.start)
    return a is not None and b is not None and a.group(1).lower() == b.group(1).lower() not in JOIN_WORDS


# A bare number after ", of which" is a part of the figure right before it, in its unit ("had
# 3,050 hours, of which 800 were on type"); a bare number that ends its clause right after the
# verb that stood right before the last figure of the sentence before repeats that figure's noun
# or unit, left out ("Smith scored 24 points. Jones scored 18."; "The captain had 8,710 flying
# hours. The co-pilot, 33, had 3,050."), ages and dates of its own sentence passed over; the
# same verb may come in another form ("used to take 90 minutes. It now takes 55").
RE_OF_WHICH_BEFORE = re.compile(r",\s+of\s+which\s+\Z")
# the gap from a whole to a part of it named after a comma, in one clause: no figure or clause
# break but the comma (read here and by durations.RE_SPAN_PART_AFTER)
PART_GAP = r"[^\d.;:!?()\n,]{0,60},\s+"
# ... before "of which" ("approved Rs 450 crore for the upgrade, of which 180 crore has been
# disbursed")
RE_OF_WHICH_GAP = re.compile(rf"{PART_GAP}of\s+which\s+")
# ... or the part named before "of it" ("raised 620 million euros last year, 400 million of it from
# pension funds", "a loan of 1.2 trillion won, 500 billion of which is due")
RE_PART_GAP_TO_OF_IT = re.compile(rf"{PART_GAP}(?:(?:only|just|{APPROX})\s+)?")
RE_OF_IT_AFTER = re.compile(r"\s+of\s+(?:it|which|that)\b")


def with_unit_of(named: Figure, fig: Figure, body: str) -> Figure:
    """`fig` with the unit (and a count's noun) of `named`."""
    if named.kind == "count":
        noun = " ".join(body[named.core[1] : named.end].split())
        return fig._replace(unit=named.unit, subject=noun or named.subject)
    label = RE_UNIT_LABEL.search(named.subject) if named.unit == "other" else None
    subject = f"{fig.subject} {label.group(0)}".strip() if label else fig.subject
    return fig._replace(unit=named.unit, kind=named.kind, measure=named.measure, subject=subject)


def counts_a_noun(named: Figure) -> bool:
    """Whether a count names what it counts ("1,263 patients", not a bare "40" nor an age)."""
    return named.kind == "count" and named.end > named.core[1] and named.measure not in AGE_MEASURES


def _carries_a_unit(named: Figure) -> bool:
    """Whether a figure has a unit a bare number can take: no date, age or bare count."""
    return (
        named.kind != "date"
        and named.measure not in AGE_MEASURES
        and is_number(named.value)
        and not (named.kind == "count" and named.end == named.core[1])
    )


def part_of_which(prev: Figure, fig: Figure, body: str) -> Figure | None:
    """The bare number `fig` as a part "of which" the figure before it is the whole, or None."""
    if fig.unit != "count" or fig.measure or not _carries_a_unit(prev):
        return None
    if fig.start - prev.end > 24 or not RE_OF_WHICH_BEFORE.search(body, prev.end, fig.start):
        if RE_OF_WHICH_GAP.fullmatch(body, prev.end, fig.start) is None:
            return None
    return with_unit_of(prev, fig, body)


# a whole right after its part and "out of", with no noun of its own ("on three days out of five",
# "two flights out of three"): the whole counts what the part counts (not a ratio's "nine out of
# 10 doctors", whose whole names its noun)
RE_OUT_OF_GAP = re.compile(r"\s+out\s+of\s+(?:the\s+|a\s+possible\s+)?")


def whole_out_of(prev: Figure, fig: Figure, body: str) -> Figure | None:
    """The bare number `fig` as the whole "out of" which the count or span `prev` is a part, in its
    unit (RE_OUT_OF_GAP), or None."""
    if fig.unit != "count" or fig.measure or not (counts_a_noun(prev) or prev.kind == "duration"):
        return None
    if RE_OUT_OF_GAP.fullmatch(body, prev.end, fig.start) is None or not is_number(prev.value):
        return None
    return with_unit_of(prev, fig, body)


def part_of_it(prev: Figure, fig: Figure, body: str) -> Figure | None:
    """The bare number `fig` named as a part "of it" of the amount or measure before it in its
    clause (RE_PART_GAP_TO_OF_IT, RE_OF_IT_AFTER), in its unit, or None."""
    if fig.unit != "count" or fig.measure or prev.kind not in ("money", "other") or prev.unit == "percent":
        return None
    if not _carries_a_unit(prev) or not RE_OF_IT_AFTER.match(body, fig.end):
        return None
    if RE_PART_GAP_TO_OF_IT.fullmatch(body, prev.end, fig.start) is None or not same_scale(prev, fig, body):
        return None
    return with_unit_of(prev, fig, body)


# A clause opened by "of the" and a whole with its unit, then a comma and a bare number: the part
# of the whole, in its unit ("Of the 40,000 hectares farmed last season, just 25,000 were sown", "of
# the $3 billion pledged, 1.2 billion has arrived"); not an "of" inside a noun phrase ("the cost of
# the 40,000 hectares, 25,000 ..."), nor a gap with a figure or a clause break in it. A part that
# a persons' verb made people takes a whole of things' unit too ("Of the 200 cattle on the farm,
# 35 died": cattle, not persons)
RE_OF_THE_OPENING = re.compile(
    r"[Oo]f\s+(?:the|its|their|these|this|all|his|her|our)\s+(?:[a-z][\w'’-]*\s+){0,3}\Z"
)
RE_CLAUSE_OPENER_END = re.compile(r"(?:[.!?;:\"“]|\n|,\s+(?:and|but|while)|\band|\bbut)\s*\Z")
RE_PART_GAP = re.compile(rf"[^.;:!?\d(),]{{0,80}},\s+(?:(?:only|just|{ROUGH_COUNT}|over|under)\s+)?")
OF_THE_REACH = 40  # characters before the whole read for its "of the" opening


def part_of_the_whole(prev: Figure, fig: Figure, body: str) -> Figure | None:
    """The bare number `fig` as the part of the whole `prev` that opens its clause (see above), or None."""
    bare_people = (
        fig.unit == "people" and fig.kind == "count" and fig.end == fig.core[1] and prev.unit == "count"
    )
    if (
        fig.unit != "count"
        and not bare_people
        or fig.measure
        or not _carries_a_unit(prev)
        or prev.unit == "percent"
    ):
        return None
    if RE_PART_GAP.fullmatch(body, prev.end, fig.start) is None:
        return None
    opening = RE_OF_THE_OPENING.search(body, max(0, prev.start - OF_THE_REACH), prev.start)
    if opening is None:
        return None
    at = opening.start()
    if at > 0 and RE_CLAUSE_OPENER_END.search(body, max(0, at - 8), at) is None:
        return None
    return with_unit_of(prev, fig, body)


def parallel_across(
    out: list[Figure], fig: Figure, body: str, sentence_of: Callable[[int], int]
) -> Figure | None:
    """The bare number `fig` with the noun or unit of its parallel in the sentence before (see
    above), or None."""
    if fig.unit != "count" or fig.measure or not RE_CLAUSE_END_AFTER.match(body, fig.end):
        return None
    if team_stat_number(body, fig.start):
        return None  # "Possession: Malindi 58 per cent. Shots: Malindi 7": the label names the count
    sentence = sentence_of(fig.start)
    for earlier in reversed(out[-4:]):
        if sentence_of(earlier.start) == sentence:
            if earlier.kind == "date" or earlier.measure in AGE_MEASURES:
                continue  # "The co-pilot, 33, had 3,050": the age is no parallel
            return None
        if sentence_of(earlier.start) != sentence - 1 or fig.start - earlier.end > ELIDED_GAP:
            return None
        if not _carries_a_unit(earlier) or not _same_verb_before(body, earlier, fig):
            return None
        return with_unit_of(earlier, fig, body)
    return None


# Two coordinated clauses, each a count and its verb, the first with a measurement after the verb
# ("212 residents had more than 2 micrograms per gram, and 38 had over 10"): the second clause's
# bare number, ending it after the same verb (approximation words aside), is in the measurement's
# unit, not a count of its own
PARALLEL_SUBJECT_GAP = 30  # characters between the second count and the bare number, at most
PARALLEL_MEASURE_GAP = 40  # characters between the measurement and the second count, at most


def parallel_subject_clause(
    out: list[Figure], fig: Figure, body: str, sentence_of: Callable[[int], int]
) -> Figure | None:
    """The bare number `fig` in the unit of the measurement of the coordinated clause before its
    own count (above), or None."""
    if (
        len(out) < 2
        or fig.unit not in ("count", "people")
        or fig.measure
        or not is_number(fig.value)
        or not RE_CLAUSE_END_AFTER.match(body, fig.end)
    ):
        return None
    subject, measured = out[-1], out[-2]
    if (
        subject.kind != "count"
        or measured.kind != "other"
        or not measured.measure
        or measured.measure in AGE_MEASURES
        or fig.start - subject.end > PARALLEL_SUBJECT_GAP
        or subject.start - measured.end > PARALLEL_MEASURE_GAP
        or not sentence_of(measured.start) == sentence_of(subject.start) == sentence_of(fig.start)
    ):
        return None
    between = body[measured.end : subject.start]
    if any(c.isdigit() for c in between) or not RE_COORDINATED.search(between):
        return None
    verb = without_approx([w.lower() for w in RE_WORDS_BEFORE.findall(body, subject.end, fig.start)])
    if len(verb) != 1:
        return None  # one verb between the count and its number: "38 had over 10"
    before = without_approx(
        [w.lower() for w in RE_WORDS_BEFORE.findall(body, max(0, measured.start - 30), measured.start)]
    )
    return with_unit_of(measured, fig, body) if before[-1:] == verb else None


# A number word (or a bare number) ending its clause right after the verb that stood before a span,
# a measurement or an amount just before it, in a clause coordinated with it or in the next
# sentence, leaves out that figure's unit ("The first leg took nine hours; the second took
# eleven", "The crossing took 11 days. The return voyage took nine"); a span's unit goes also to a
# verb that a span is taken or lasts by ("dragged on for seven hours; the one in Luxembourg lasted
# four"). A count between them is what the number counts ("took 14 hours. Of the nine climbers,
# helicopters took six": persons, not hours).
PARALLEL_UNIT_KINDS = frozenset(("duration", "other", "money"))


def parallel_verb_unit(
    prev: Figure | None, fig: Figure, body: str, sentence_of: Callable[[int], int]
) -> Figure | None:
    """The bare number `fig` in the unit of the figure `prev` before it, set in parallel by its
    verb (above), or None."""
    if (
        prev is None
        or prev.kind not in PARALLEL_UNIT_KINDS
        or not _carries_a_unit(prev)
        or prev.kind == "other"
        and not prev.measure
        or fig.unit != "count"
        or fig.measure
        or not is_number(fig.value)
        or fig.start - prev.end > ELIDED_GAP
        or not RE_PARALLEL_END_AFTER.match(body, fig.end)
        or not same_scale(prev, fig, body)
    ):
        return None
    gap = body[prev.end : fig.start]
    apart = sentence_of(fig.start) - sentence_of(prev.start)
    should = prev.kind == "duration" and apart == 0 and RE_SHOULD_BE_GAP.search(gap) is not None
    if (
        any(c.isdigit() for c in gap)
        or not (apart == 1 or apart == 0 and RE_COORDINATED.search(gap) or should)
        or _levels_apart(prev, fig, body)
    ):
        return None
    words = without_limiting(without_approx([w.lower() for w in RE_WORDS_BEFORE.findall(gap)]))
    if not words:
        return None
    if (
        should
        or _same_verb_before(body, prev, fig)
        or prev.kind == "duration"
        and words[-1] in SPAN_TAKING_VERBS
    ):
        return with_unit_of(prev, fig, body)
    return None


# ... and a span said to be one length "when" (or "while", "but") it should be another ("is 14 days
# when it should be five", "takes 40 minutes but ought to be 25"; late-units13): the span's unit
RE_SHOULD_BE_GAP = re.compile(
    r"^\s+(?:when|while|but|whereas)\s+(?:it|they|this|that|the\s+[a-z]+)\s+"
    r"(?:should|ought\s+to|must|could|would|needs\s+to|is\s+meant\s+to)\s+(?:be|take)\s+\Z"
)


def _same_verb_before(body: str, prev: Figure, fig: Figure) -> bool:
    """Whether the same word stands right before both figures' numbers, or the same verb in
    another form ("used to take 90 minutes. It now takes 55", "cost 120 rupees ... it costs 180")."""
    if _same_word_before(body, prev, fig):
        return True
    a = RE_LAST_WORD_BEFORE.search(body, max(0, prev.start - 20), prev.start)
    b = RE_LAST_WORD_BEFORE.search(body, max(0, fig.start - 20), fig.start)
    if a is None or b is None or a.group(1).lower() in JOIN_WORDS or b.group(1).lower() in JOIN_WORDS:
        return False
    return _verb_stem(a.group(1)) == _verb_stem(b.group(1))


JOIN_WORDS = frozenset(("and", "or", "the", "a", "an", "to", "from", "than", "of", "in", "at", "on", "by"))


def same_scale(named: Figure, bare: Figure, body: str) -> bool:
    """A scale written on the named figure only ("$5.2bn from 4.8") leaves the bare one's value unknown."""
    return (
        scale_of(body[named.core[0] : named.core[1]]) == 1 or scale_of(body[bare.core[0] : bare.core[1]]) > 1
    )
