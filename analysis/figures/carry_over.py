"""Carry-over: a bare number takes the currency, percent or unit of the figure just before it in
its sentence (carry_units): bare limits, "the most", more carriers, scaled people, results
compared by "vs", share asides, conversions, times and races in seconds (timed, raced), dated
carries, votes, compared amounts and exchange rates, share price levels, further amounts and
periods compared (period_compared)."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from .. import measures as unit_table
from ..vocab import (
    AMOUNT_OBJECT_TAILS,
    AMOUNT_OBJECT_VERBS,
    CHANGE_WORDS,
    COMPARED_WITH_VERBS,
    DURATION_UNITS,
    PEOPLE_GROUP_NOUNS,
    PEOPLE_NOUNS,
    ROUGH_COUNT_WORDS,
)
from .change_pairs import RE_WORDS_BEFORE, without_approx
from .coordination import bare_count, compared_second, scaled
from .elided_units import (
    APPROX,
    LEVEL_CARRY_RATIO,
    RE_CAPPED_OWN_SUBJECT,
    RE_LEVEL_OF_TAIL,
    RE_UNIT_LABEL,
    amount_now,
    amount_past_span,
    carried_object,
    carried_verb_object,
    counts_a_noun,
    elided,
    gapped_common_scaled,
    gapped_past_aside,
    gapped_persons_amount,
    last_undated,
    later_level,
    list_opener,
    parallel_across,
    parallel_subject_clause,
    parallel_verb_unit,
    part_of_it,
    part_of_the_whole,
    part_of_which,
    placed_ratio_level,
    same_scale,
    verb_follows,
    whole_out_of,
    with_unit_of,
)
from .figure import Figure, Value, is_number
from .giving import GIVING_VERBS
from .numbers import MONTH, RE_WORD_BEFORE, alternation, scale_of
from .person_nouns import parent_of
from .rate_bases import quoted_against

# A bare number named as a limit, standard or guideline ("above the legal limit of 50", "a WHO
# guideline of 5", "above the 55 limit") after a measurement in its sentence ("Nitrate stood at 72
# mg/l"): the limit is in the measurement's unit, even with other figures between (a multiple, a
# span: "five times the national limit of 60 µg/m³ and the 24-hour guideline of 15").
# (as other desks name it: "the recommended maximum of 45", "a safe level of 50", "the permitted
# threshold is 85", "the limit was 40"); a span of time sets its own limit or average too ("outages
# averaged 6.2 hours, against a target of 4", "above the national figure of 3.1")
RE_LIMIT_OF_BEFORE = re.compile(
    r"\b(?:limits?|standards?|guidelines?|thresholds?|targets?|goals?|caps?|norms?|ceiling|benchmark|maximum|minimum"
    r"|(?:safe|permitted|permissible|allowed|acceptable)\s+levels?"
    r"|(?:national|regional|provincial|state|global|world|EU|European|OECD)\s+(?:figure|average))"
    r"\s+(?:of|is|was|are|were|stands\s+at)\s+"
    r"(?:about\s+|around\s+|just\s+|roughly\s+)?\Z"
)
RE_LIMIT_AFTER = re.compile(r"\s+(?:limit|threshold|standard|guideline|target)\b")
LIMIT_REACH = 40  # characters before the number read for the limit's name
LIMIT_FIGURES_BACK = 3  # figures back, in the sentence, to the measurement
# ... or the last figure of the sentence before, when the limit's name opens its own sentence ("Noise
# at the site reached 92 decibels on Friday. The legal limit is 85.", "Leaks cost 18 million litres
# a day. The goal is 10 million."): the short sentence sets the limit against that measurement
RE_LIMIT_OPENS = re.compile(r"(?:\A|[.!?][\"”’)]?\s+)(?:The|Its|Their|Our|This)\s+(?:[a-z-]+\s+){0,2}\Z")


def _limit_measured(
    out: list[Figure], fig: Figure, body: str, sentence_of: Callable[[int], int]
) -> Figure | None:
    """The measurement or span of time whose unit a bare limit takes (see above), or None."""
    if not is_number(fig.value):
        return None
    named = RE_LIMIT_OF_BEFORE.search(body, max(0, fig.start - LIMIT_REACH), fig.start) or (
        body.endswith("the ", 0, fig.start) and RE_LIMIT_AFTER.match(body, fig.end)
    )
    if not named:
        return None
    sentence = sentence_of(fig.start)
    opens = (
        isinstance(named, re.Match)
        and RE_LIMIT_OPENS.search(body, max(0, named.start() - LIMIT_REACH), named.start()) is not None
    )
    # a span of time only as the figure just before, in the sentence, set off from the limit by a
    # comma (not "the 24-hour guideline of 15": the span names the guideline), and only where no
    # measurement is read back to
    last = out[-1] if out else None
    named_at = named.start() if isinstance(named, re.Match) else fig.start
    span = (
        last
        if last is not None
        and last.kind == "duration"
        and is_number(last.value)
        and sentence_of(last.start) == sentence
        and "," in body[last.end : named_at]
        else None
    )
    for earlier in reversed(out[-LIMIT_FIGURES_BACK:]):
        before = sentence_of(earlier.start) != sentence
        if before and not (opens and sentence_of(earlier.start) == sentence - 1):
            return span
        if (
            earlier.unit == "other"
            and earlier.kind == "other"
            and earlier.measure
            and is_number(earlier.value)
        ):
            return earlier
        if before:
            return span  # only the last figure of the sentence before
    return span


# A bare number given for "the most" (or "the fewest") of a time unit, after a comma and "at"
# ("the depot logged the most hours of delays, at 4,120", "the most overtime hours, at 320"): a
# span in that unit (rules, table 6)
RE_MOST_UNIT_BEFORE = re.compile(
    r"\b(?:most|fewest|highest\s+number\s+of|largest\s+number\s+of)\s+(?:[a-z]+\s+)?(?P<unit>hours|minutes|weeks|months|years)"
    r"\b[^.;:\d]{0,40},\s+at\s+\Z"
)
MOST_REACH = 80  # characters before the number read for "the most <unit>"


def _most_of_unit(fig: Figure, body: str) -> Figure | None:
    """The bare count `fig` read as a span in the unit "the most" named before it (above), or None."""
    if not body.endswith(", at ", 0, fig.start) or not is_number(fig.value):
        return None
    found = RE_MOST_UNIT_BEFORE.search(body, max(0, fig.start - MOST_REACH), fig.start)
    if found is None:
        return None
    word = found.group("unit")
    unit = DURATION_UNITS[word]
    subject = fig.subject if unit != "other" else f"{fig.subject} (unit: {word})".strip()
    return fig._replace(unit=unit, kind="duration", subject=subject)


# the word right before a bare number that takes the unit of the figure before it
CARRY_WORDS = frozenset("from to against with than versus vs not every".split())
CARRY_KINDS = frozenset(("money", "percent_change", "percentage_share", "other", "duration"))
CARRY_GAP = 40  # characters between the two figures, at most
APPROX_REACH = 30  # characters of the gap's end read for an approximation word after the carry word
# ... or further when a contrast stands right before the bare number, after a comma or not ("36
# months of payments before the loan is cleared, rather than 24", "12 tonnes a day will move
# through the new chute rather than eight"): the clause in between is the first figure's
CONTRAST_ENDINGS = (", rather than ", ", instead of ", ", not ", " rather than ", " instead of ")
# ... and so may an interval set against another ("every eight minutes from 7am, rather than every 12")
CONTRAST_EVERY_ENDINGS = CONTRAST_ENDINGS + tuple(f"{ending}every " for ending in CONTRAST_ENDINGS)
CONTRAST_CARRY_GAP = 80
# ... a figure denied right after the stated one, set off by a comma, a dash or a bracket ("rises
# by 50 per cent, not 45", "22 stations, not 24", "up 9% (not 6%)"): a correction, the denied
# figure a repeat in the stated one's unit and kind, a percent's too (p405, p833)
RE_CORRECTED_GAP = re.compile(r"\s*(?:,|[–—]|\()\s*not\s+")
# an interval's start on the clock between it and the bare interval set against it ("every 15
# minutes from 6am instead of every 30") is no figure of the carry
RE_CLOCK_IN_GAP = re.compile(
    r"\b(?:from|at|after|until|till)\s+(?:1[0-2]|[1-9])(?:[.:][0-5]\d)?\s?(?:am|pm|a\.m\.|p\.m\.)"
)
DURATION_CARRY_RATIO = 20  # a span of time carries its unit to a number at most this many times it
# ... or across a sentence end, when the next sentence opens by pointing back at the figure ("Copper
# output reached 43,500 tonnes. That was up from 37,500 a year earlier", "... That compares with
# 510 million"): the bare number is that figure's earlier level
RE_RESTATING_OPENER = re.compile(
    r"[.!?][\"”’)]?\s+(?:That|This|It|The\s+(?:figure|total|number|level))\s+"
    r"(?:was|is|compares|compared|represents|represented|marks|marked)\b"
)
# ... or a sentence opening on the figure restated, "the figure" and a copula right before the
# bare number ("... 3 million people are on waiting lists. Verdict: Misleading. The true figure was
# 790,000"), as corrections and fact-checks give the right figure after the wrong one: the
# earlier figure's unit, across sentences with no number between (CONTRAST_CARRY_GAP)
RESTATED_FIGURE = (
    r"[Tt]he\s+(?:(?:true|actual|correct|real|official|right|latest|final)\s+)?(?:figure|total|number|tally)"
    r"\s+(?:was|is|stood\s+at|stands\s+at|came\s+to|comes\s+to)\s+(?:about\s+|around\s+|nearly\s+|just\s+)?"
)
RE_RESTATED_FIGURE_BEFORE = re.compile(rf"\b{RESTATED_FIGURE}\Z")
RE_RESTATED_OPENING = re.compile(rf"[.!?][\"”’)]?\s+{RESTATED_FIGURE}\Z")
# a contrast that names the alternative to a figure, "the" allowed before it ("900 tonnes rather
# than the 700 planned", "20 metres instead of 15", "against the 88 million of a year earlier"): the
# bare alternative is in the figure's unit ("instead of" ends in no carry word of its own)
CONTRAST_WORD = r"rather\s+than|instead\s+of|not"  # the words that set an alternative against a figure
RE_CONTRAST_TAIL = re.compile(rf"\b(?:{CONTRAST_WORD}|against|versus|vs\.?)\s+(?:the\s+)?\Z")
# a word of comparison or a multiple, then "the", right before a bare number: the number is a
# stated amount the figure is measured against, its noun or unit left out ("4,250 megawatts, well
# above the 3,571 the grid was built for", "1,263 patients, more than the 900 it was designed for",
# "14 megawatts, twice the 7 of the old model", "£12m, far more than the 8m it offered"); "the"
# marks the amount as one the reader knows, so "above the 8,000-seat arena" (its own noun) and
# "higher than the 2nd round" (an ordinal) are left to their own readings; a word or two may
# describe the amount ("short of the planned 345,000", "against the year-earlier 4.6 million",
# "short of the world record 8.93")
RE_COMPARED_THE_TAIL = re.compile(
    r"\b(?:(?<!later\s)(?<!earlier\s)(?<!sooner\s)than|above|below|beyond|under|over|tops?|topped|topping"
    rf"|short\s+of|shy\s+of|twice|double|triple|treble|times|half|from|against|versus|compared\s+(?:with|to)"
    rf"|{alternation(COMPARED_WITH_VERBS)})\b"
    r"\s+the\s+(?:[a-z][a-z-]*\s+){0,2}\Z"
)
# a possessive noun phrase between the carry word and the bare number ("down from last year's 212",
# "against the old model's 180", "than rivals' 40"): the earlier figure is the owner's, in its unit
RE_POSSESSIVE_TAIL = re.compile(
    r"(?<=\s)(?:(?!(?:from|to|against|with|than|versus|vs|not)\s)[\w-]+\s+){0,3}[\w-]+(?:['’]s|s['’])\s+\Z"
)
# ... the number's noun there may be the subject of a clause with no object, the number its object
# ("below the 75 million engineers consider safe", "fewer than the 9,000 organisers wanted", "above
# the 70 fans paid last season"): the number is bare, and "than the 300 workers who arrived" or
# "more than the 300 trucks can deliver" (no verb of expecting) keep their noun
RE_OBJECTLESS_CLAUSE_AFTER = re.compile(
    r"\s+(?:[a-z][\w-]*\s+)?[a-z][\w-]*\s+"
    r"(?:(?:had|have|has|had\s+been|will|would|could|can|may|might|did|do|does)\s+)?"
    r"(?:(?:first|originally|initially|once|earlier|still)\s+)?"
    rf"(?:{alternation(AMOUNT_OBJECT_VERBS)})(?:\s+(?:{alternation(AMOUNT_OBJECT_TAILS)}))?"
    r"(?=\s*(?:[,.;:!?)\"”]|\Z)|\s+(?:last|this|next|a|an|in|at|before|after|when|until|since|from)\b)"
)  # (not "by": "from the 1,100 hubs planned by 2030" is a participle's passive, the hubs counted)
COMPARED_REACH = 40  # characters before a number read for the comparison and "the"
RE_OF_WHOLE = re.compile(r"\s+of\s+(?:the|its|their|his|her)?\s*")  # a part, then the whole it is of
RE_OF_THEM = re.compile(r"\s+of\s+(?:them|those)\b")  # "About 1,315 of them": a part of a count
# a gapped clause of a plural noun of its own right before the bare number ("..., and deaths to
# 19 from 26"): what the number counts, not the span before it (late-units9)
RE_GAPPED_PLURAL_TAIL = re.compile(
    rf"(?:,\s*|\s)and\s+(?:[a-z]+\s+)?[a-z]{{3,}}s\s+(?:to|from|at)\s+(?:(?:{alternation(ROUGH_COUNT_WORDS)})\s+)?\Z"
)
RE_LEVEL_BEFORE = re.compile(r"\b(?:to|at)\s+\Z")  # "rose to 3.4% from 3.1": a level, then the earlier one


def _group_members(fig: Figure, body: str) -> bool:
    """Whether a bare count of persons counts a group's members ("a team of up to four", after
    "NZ$10"): no unit of an earlier figure is theirs."""
    return fig.unit == "people" and parent_of(body, fig.core[0])


# A count of the thing an earlier reading counted per volume ("612 grains per cubic metre of air ...
# Córdoba recorded 1,140 grains", "5,600 spores per cubic metre ... Bradford 4,900 spores"): the same
# reading, a pollen, spore, cell or particle count in that unit, not a count of grains
RE_PER_VOLUME_MEASURE = re.compile(
    r"(?P<noun>[a-z]+) per (?:cubic [a-z]+|(?:milli|centi|deci)?lit(?:re|er)|ml|m³)\Z"
)
READING_NOUN_REACH = 2000  # characters from the reading to a later count of its noun, at most


def _reading_noun(fig: Figure) -> str:
    """The thing a reading per volume counts ("grains" of "grains per cubic metre"), or ""."""
    counted = RE_PER_VOLUME_MEASURE.match(fig.measure) if fig.kind == "other" else None
    return counted.group("noun") if counted else ""


# ... and so is a bare number the text calls a count after such a reading, a bare count or one of
# the reading's kind ("Jaén's highest daily count was 2,215", "the pollen count hit 90"; not "the
# patient count was 35"): the reading's level, in the unit of the last reading
RE_COUNT_WAS_BEFORE = re.compile(
    r"\b(?P<word>[a-z]+)\s+counts?\s+(?:was|is|were|are|of|reached|hit|peaked\s+at|stood\s+at)\s+"
    r"(?:about\s+|around\s+)?\Z",
    re.IGNORECASE,
)
READING_COUNT_WORDS = frozenset(
    ("the", "its", "their", "daily", "hourly", "peak", "highest", "lowest", "average", "pollen", "spore")
)


def _reading_count_word(word: str, reading: Figure) -> bool:
    """Whether `word` before "count" makes it a count of `reading`'s kind (above)."""
    noun = _reading_noun(reading)
    return word.lower() in READING_COUNT_WORDS or word.lower() in (noun, noun.removesuffix("s"))


def _count_of_reading(readings: dict[str, Figure], fig: Figure, body: str) -> Figure | None:
    """`fig` in the unit of the reading per volume before it whose thing it counts, if any."""
    reading = readings[""]  # the last reading of all
    said = RE_COUNT_WAS_BEFORE.search(body, max(0, fig.start - 50), fig.start) if bare_count(fig) else None
    if said is not None and _reading_count_word(said.group("word"), reading):
        if fig.start - reading.end > READING_NOUN_REACH:
            return None
        return with_unit_of(reading, fig, body)
    if not counts_a_noun(fig) or fig.unit != "count":
        return None
    words = body[fig.core[1] : fig.end].split()
    reading = readings.get(words[-1]) if words else None
    if reading is None or fig.start - reading.end > READING_NOUN_REACH:
        return None
    return with_unit_of(reading, fig._replace(end=fig.core[1]), body)._replace(end=fig.end)


# A bare number after a participle of a promise or a plan and "in", set against a span of time just
# before it ("waited more than five working days for a parcel promised in two", "took nine months,
# against the six planned", "arrived in 40 minutes, not the 25 advertised" read elsewhere): the span
# promised, in the unit of the span that was
RE_PROMISED_IN_BEFORE = re.compile(
    r"\b(?:promised|due|expected|scheduled|planned|pledged|quoted|advertised|guaranteed|supposed\s+to\s+"
    r"(?:arrive|come|take|be\s+done))\s+(?:with)?in\s+\Z"
)
PROMISED_GAP = 60  # characters between the span and the bare number, at most


def _promised_span(prev: Figure, fig: Figure, body: str, sentence_of: Callable[[int], int]) -> bool:
    """Whether the bare number `fig` is a span promised after the span `prev` (see above)."""
    return (
        prev.kind == "duration"
        and is_number(prev.value)
        and 0 <= fig.start - prev.end <= PROMISED_GAP
        and not any(c.isdigit() for c in body[prev.end : fig.start])
        and sentence_of(prev.start) == sentence_of(fig.start)
        and RE_PROMISED_IN_BEFORE.search(body, max(prev.end, fig.start - 40), fig.start) is not None
    )


# A bare number past a mark ("above", "below", "over", "under", "exceeds") just after a reading in a
# physical unit, in its sentence or the next ("The very high level starts at 400. Jaén has been above
# 200 for 11 days running", "against the WHO guideline of 45. Saharan dust may push them above 50"):
# a level of the same reading, in its unit, when the number's clause calls it a level or "them" or
# "it", or the reading is itself a level, threshold, guideline or limit; not the subject of a verb
# ("over 40 were hurt"), nor an age ("Its driver, aged over 60"), nor another measure ("Gusts reached
# 95 km/h. Temperatures will drop below 10")
RE_PAST_MARK_BEFORE = re.compile(
    r"\b(?:above|below|over|under|beyond|exceeds?|exceeded|exceeding)\s+\Z", re.IGNORECASE
)
RE_LEVEL_CLAUSE = re.compile(r"\b(?:levels?|them|it|readings?)\b", re.IGNORECASE)
RE_LEVEL_READING = re.compile(r"\b(?:levels?|thresholds?|guidelines?|limits?)\b", re.IGNORECASE)
RE_AGED = re.compile(r"\baged\b", re.IGNORECASE)
PAST_MARK_GAP = 160  # characters between the reading and the bare number, at most
PAST_MARK_RATIO = 20  # the two numbers are within this factor of each other
PAST_MARK_CLAUSE = 60  # characters of the clause before the number or the reading, at most


def _clause_before(body: str, at: int, marks: str = ".;:!?,\n") -> str:
    """The words before `at` back to a clause mark in `marks`, within `PAST_MARK_CLAUSE` characters."""
    window = body[max(0, at - PAST_MARK_CLAUSE) : at]
    cut = max(window.rfind(mark) for mark in marks)
    return window[cut + 1 :]


def _names_a_level(prev: Figure, fig: Figure, body: str) -> bool:
    """Whether the bare number `fig` past a mark is called a level of the reading `prev` (above)."""
    clause = _clause_before(body, fig.core[0])
    if RE_AGED.search(clause):
        return False
    return bool(
        RE_LEVEL_CLAUSE.search(clause) or RE_LEVEL_READING.search(_clause_before(body, prev.start, ".;!?\n"))
    )


def _level_past_reading(
    prev: Figure | None, fig: Figure, body: str, sentence_of: Callable[[int], int]
) -> Figure | None:
    """The bare number `fig` past a mark as a level of the reading `prev` (above), or None."""
    if (
        prev is None
        or prev.kind != "other"
        or not prev.measure
        or not (is_number(prev.value) and is_number(fig.value))
        or not 0 <= fig.start - prev.end <= PAST_MARK_GAP
        or sentence_of(fig.start) - sentence_of(prev.start) not in (0, 1)
        or not RE_PAST_MARK_BEFORE.search(body, max(0, fig.core[0] - 16), fig.core[0])
        or any(c.isdigit() for c in body[prev.end : fig.core[0]])
        or verb_follows(body, fig.end)
        or not _names_a_level(prev, fig, body)
    ):
        return None
    low, high = sorted((abs(float(prev.value)), abs(float(fig.value))))  # type: ignore[arg-type]
    return with_unit_of(prev, fig, body) if 0 < low and high <= PAST_MARK_RATIO * low else None


def carry_units(figures: list[Figure], body: str, sentence_of: Callable[[int], int]) -> list[Figure]:
    """A bare number takes the currency, percent or unit of the figure just before it in its
    sentence ("rose to 5.2 billion rand from 4.8 billion", "to 3.4% from 3.1"), when only a few
    words without numbers join them and the last is "from", "to", "against", "than"...; a part
    takes the currency of the whole after it ("280 million of the 1.5 billion shekels"); a span of
    time carries its unit too ("more than 30 minutes and the full fare for more than 60")."""
    out: list[Figure] = []
    readings: dict[str, Figure] = {}  # the last reading per volume of each thing counted, "" of all
    for i, fig in enumerate(figures):
        if noun := _reading_noun(fig):
            readings[noun] = readings[""] = fig
        elif readings and (reading := _count_of_reading(readings, fig, body)) is not None:
            fig = reading
        if out and _objectless_noun(fig, body):
            fig = fig._replace(end=fig.core[1], unit="count", subject="")  # its noun is another clause's
        if not bare_count(fig) or _group_members(fig, body):  # only a bare number takes a unit
            out.append(_as_approximate_as(out[-1], fig, body) if out and out[-1].approx else fig)
            continue
        prev = out[-1] if out else None
        whole = figures[i + 1] if i + 1 < len(figures) else None
        dated: Figure | None = None  # the figure a bare number carries from across dates
        if (
            whole is not None
            and (converted := _converted_before(out, fig, whole, body, sentence_of)) is not None
        ):
            fig = fig._replace(
                unit=converted.unit, kind="money"
            )  # "2.4 million yen ($17,400) ... 2.3 million ($16,700)"
        elif (
            whole is not None
            and whole.kind == "money"
            and RE_OF_WHOLE.fullmatch(body, fig.end, whole.start)
            and same_scale(whole, fig, body)
        ):
            fig = fig._replace(
                unit=whole.unit, kind="money"
            )  # "raised 280 million of the 1.5 billion shekels"
        elif whole is not None and counts_a_noun(whole) and RE_OF_WHOLE.fullmatch(body, fig.end, whole.start):
            # "441.3 points, with 22 of its 30 stocks": the whole's noun counts the part, not the points
            fig = with_unit_of(whole, fig, body)
        elif whole is not None and _compared_before(fig, whole, body):
            label = RE_UNIT_LABEL.search(whole.subject) if whole.unit == "other" else None
            subject = f"{fig.subject} {label.group(0)}".strip() if label else fig.subject
            fig = fig._replace(unit=whole.unit, kind=whole.kind, measure=whole.measure, subject=subject)
        elif (most := _most_of_unit(fig, body)) is not None:
            fig = most
        elif (level := _unit_subject_level(fig, body)) is not None:
            fig = level
        elif (run := raced(fig, body)) is not None:
            fig = run  # "clocked 10.71 in the 100m final": the race's time in seconds
        elif prev is not None and (reading := _temperature_level(prev, fig, body, sentence_of)) is not None:
            fig = reading  # "It was minus 31C at the start, about minus 44 with the wind chill"
        elif prev is not None and (measured := _limit_measured(out, fig, body, sentence_of)) is not None:
            label = RE_UNIT_LABEL.search(measured.subject)
            subject = f"{fig.subject} {label.group(0)}".strip() if label else fig.subject
            fig = fig._replace(
                unit=measured.unit, kind=measured.kind, measure=measured.measure, subject=subject
            )
        elif prev is not None and (carrier := _past_share_aside(out, fig, body, sentence_of)) is not None:
            label = RE_UNIT_LABEL.search(carrier.subject) if carrier.unit == "other" else None
            subject = f"{fig.subject} {label.group(0)}".strip() if label else fig.subject
            fig = fig._replace(unit=carrier.unit, kind=carrier.kind, measure=carrier.measure, subject=subject)
        elif prev is not None and (carrier := _more_carriers(out, fig, body)) is not None:
            fig = fig._replace(
                unit=carrier.unit, kind=carrier.kind, measure=carrier.measure, subject=carrier.subject
            )
        elif prev is not None and (placed := compared_second(out, fig, body)) is not None:
            fig = with_unit_of(placed, fig, body)  # "$2bn and $300m, against 1.8bn and 250m": the second's
        elif (
            prev is not None and (averaged := _period_average_level(out, fig, body, sentence_of)) is not None
        ):
            fig = with_unit_of(averaged, fig, body)  # "96mm, against a 30-year average of 210"
        elif prev is not None and (changed := _level_before_change(out, fig, body, sentence_of)) is not None:
            fig = with_unit_of(changed, fig, body)  # "34.6 million cubic metres, down 19% from 42.8 million"
        elif prev is not None and _restated(prev, fig, body):
            fig = with_unit_of(prev, fig, body)  # "... 3 million people ... The true figure was 790,000"
        elif prev is not None and _vote_tally(prev, fig, body):
            fig = fig._replace(unit=prev.unit, kind=prev.kind, subject=prev.subject)
        elif prev is not None and (
            _carries(prev, fig, body, sentence_of)
            or _promised_span(prev, fig, body, sentence_of)
            or _compared_amount(prev, fig, body, sentence_of)
            or _rate_compared(prev, fig, body, sentence_of)
            or _price_level(prev, fig, body, sentence_of)
            or _further_amount(prev, fig, body, sentence_of)
            or _bracketed_earlier(prev, fig, body)
            or _bracketed_dated_price(prev, fig, body)
            or prev.kind == "date"
            # "in the 12 months to June, 58 of them": a part of a count, not a span
            and not RE_OF_THEM.match(body, fig.end)
            and (dated := _dated_carry(out, fig, whole, body, sentence_of)) is not None
        ):
            fig = with_unit_of(dated or prev, fig, body)
        elif prev is not None:
            fig = (
                gapped_persons_amount(prev, fig, body, sentence_of)
                or _people_subgroup(out, fig, body, sentence_of)
                or elided(prev, fig, body, sentence_of)
                or gapped_common_scaled(prev, fig, body, sentence_of)
                or _more_of_bare(prev, fig, body, sentence_of)
                or gapped_past_aside(out, fig, body, sentence_of)
                or part_of_which(prev, fig, body)
                or part_of_it(prev, fig, body)
                or whole_out_of(prev, fig, body)
                or part_of_the_whole(prev, fig, body)
                or parallel_across(out, fig, body, sentence_of)
                or parallel_subject_clause(out, fig, body, sentence_of)
                or parallel_verb_unit(last_undated(out), fig, body, sentence_of)
                or _scaled_people_elided(out, fig, body, sentence_of)
                or timed(out, fig, body, sentence_of)
                or amount_past_span(out, fig, body, sentence_of)
                or amount_now(out, fig, body, sentence_of)
                or placed_ratio_level(last_undated(out), fig, body, sentence_of)
                or carried_object(last_undated(out), fig, body, sentence_of)
                or later_level(last_undated(out), fig, body, sentence_of)
                or _level_past_reading(last_undated(out), fig, body, sentence_of)
                or carried_verb_object(last_undated(out), fig, body, sentence_of)
                or fig
            )
            if fig.unit == "count" and (opened := list_opener(out[-1], fig, body)) is not None:
                out[-1] = opened  # "the ruling party took 112 seats, the opposition alliance 74"
        out.append(fig)
    return out


# A bare number set as a level after a temperature reading just before it in its sentence takes the
# reading's degrees: after "minus" ("minus 31C at the start, about minus 44 with the wind chill",
# the sign its own), or after a word that sets a level ("reached only 78 degrees; the code calls for
# at least 100", "was 26C, but may drop to 24"), unless a verb follows it ("and at least 12 were
# treated" counts people)
TEMPERATURE_MEASURES = frozenset(("degree_Celsius", "degree_Fahrenheit"))
RE_TEMPERATURE_LEVEL_BEFORE = re.compile(
    rf"(?:(?P<approx>\b(?:{APPROX})\s+)?(?P<minus>\bminus\s+)"
    r"|\b(?:at\s+least|at\s+most|as\s+(?:high|low)\s+as|(?:closer|close|down|up|drop|fall|rise|climb)\s+to)\s+)\Z",
    re.IGNORECASE,
)
TEMPERATURE_REACH = 30  # characters before the bare number read for "minus" or the level's words
TEMPERATURE_GAP = 120  # characters between the reading and the bare number, at most


def _temperature_level(
    prev: Figure, fig: Figure, body: str, sentence_of: Callable[[int], int]
) -> Figure | None:
    """The bare number `fig` in the degrees of the temperature reading `prev` before it, or None."""
    if prev.measure not in TEMPERATURE_MEASURES or not is_number(prev.value) or not is_number(fig.value):
        return None
    if fig.core[0] - prev.end > TEMPERATURE_GAP or sentence_of(prev.core[0]) != sentence_of(fig.core[0]):
        return None
    m = RE_TEMPERATURE_LEVEL_BEFORE.search(body, max(0, fig.core[0] - TEMPERATURE_REACH), fig.core[0])
    if m is None or verb_follows(body, fig.end):
        return None
    reading = with_unit_of(prev, fig, body)
    if m.group("minus") is None:
        return reading
    start = m.start("approx") if m.group("approx") else m.start("minus")
    return reading._replace(
        start=min(start, fig.start), value=-fig.value, approx=fig.approx or bool(m.group("approx"))
    )


# A bare number opening its sentence or clause as "Of the N" and a place or a group after it ("Of
# the 233 in immersion classes, 71% ...", "of the 90 from Sudan, half ...") is a subgroup of the
# people a count just before it named ("tested 612 children"), when it is smaller: it takes their noun
RE_SUBGROUP_OPENING = re.compile(r"(?:\A|[.!?;][\"”’)]?\s+|\n)[\"“]?[Oo]f\s+the\s+\Z")
RE_SUBGROUP_AFTER = re.compile(r"\s+(?:in|at|on|from|with|under|over|aged|living|who|taking|enrolled)\b")
SUBGROUP_REACH = 300  # characters from the people's count to the subgroup, at most
SUBGROUP_LOOKBACK = 4  # figures back read for the people's count
SUBGROUP_SENTENCES = 1  # sentences back the people's count may stand


def _people_subgroup(
    out: list[Figure], fig: Figure, body: str, sentence_of: Callable[[int], int]
) -> Figure | None:
    """The bare number `fig` as the subgroup "Of the N in ..." of the people counted before it, or None."""
    if fig.measure or not is_number(fig.value) or not RE_SUBGROUP_AFTER.match(body, fig.end):
        return None
    if RE_SUBGROUP_OPENING.search(body, max(0, fig.start - 14), fig.start) is None:
        return None
    for named in reversed(out[-SUBGROUP_LOOKBACK:]):
        if (
            fig.start - named.end > SUBGROUP_REACH
            or sentence_of(fig.start) - sentence_of(named.start) > SUBGROUP_SENTENCES
        ):
            return None
        if named.unit == "people" and counts_a_noun(named) and is_number(named.value):
            return with_unit_of(named, fig, body) if fig.value < named.value else None
    return None


def _objectless_noun(fig: Figure, body: str) -> bool:
    """Whether the noun after a count compared after "the" is the subject of a clause whose object
    is the number (RE_OBJECTLESS_CLAUSE_AFTER)."""
    return (
        fig.kind == "count"
        and fig.end > fig.core[1]
        and not fig.measure
        and "the " in body[max(0, fig.start - COMPARED_REACH) : fig.start]
        and RE_OBJECTLESS_CLAUSE_AFTER.match(body, fig.core[1]) is not None
        and RE_COMPARED_THE_TAIL.search(body, max(0, fig.start - COMPARED_REACH), fig.start) is not None
    )


# A count of carriers, the load they carry after a participle, then ", with N more" ("Nine barges
# laden with 30,000 tonnes of grain reached the port, with 12 more due"): the further ones are carriers
# like the count, not more of the load ("Exports reached 30,000 tonnes, with 5,000 more expected"
# has no carriers before the load: its tonnes carry)
RE_CARRIED_LOAD_GAP = re.compile(rf"\s+(?:[a-z]+ing|loaded\s+with|laden\s+with)\s+(?:(?:{APPROX})\s+)?")
RE_WITH_BEFORE = re.compile(r",\s+with\s+\Z")
MORE_REACH = 90  # characters from the load's end to "with N more"


def _more_carriers(out: list[Figure], fig: Figure, body: str) -> Figure | None:
    """The count of carriers whose load is the figure before a bare ", with N more" (see above), or None."""
    if len(out) < 2 or not body.startswith(" more", fig.end) or body[fig.end + 5 : fig.end + 6].isalpha():
        return None
    load, carriers = out[-1], out[-2]
    if (
        load.unit != "other"  # a load measured ("30,000 tonnes"); "400 pupils, with 30 more" may be pupils
        or carriers.unit != "count"
        or carriers.kind != "count"
        or carriers.end == carriers.core[1]  # a bare count names no carriers ("nine ships" does)
        or fig.start - load.end > MORE_REACH
        or not RE_WITH_BEFORE.search(body, max(load.end, fig.start - 8), fig.start)
        or RE_CARRIED_LOAD_GAP.fullmatch(body, carriers.end, load.start) is None
    ):
        return None
    return carriers


# A bare count of people whose noun was carried from the sentence before, then "and N more" in its
# sentence ("105 people were evacuated. Sixty arrived on Monday and 45 more on Tuesday"): more of
# the same people
RE_AND_MORE_GAP = re.compile(r"[^\d;:.]{0,60}?,?\s+(?:and|but|with)\s+\Z")


def _more_of_bare(prev: Figure, fig: Figure, body: str, sentence_of: Callable[[int], int]) -> Figure | None:
    """The bare count `fig` before "more" as more of the bare count of people before it (above), or None."""
    if (
        fig.unit != "count"
        or fig.measure
        or not body.startswith(" more ", fig.end)
        or body.startswith(" more than", fig.end)
        or prev.kind != "count"
        or prev.end != prev.core[1]
        or prev.unit not in ("people", "attacks")
        or sentence_of(prev.start) != sentence_of(fig.start)
        or RE_AND_MORE_GAP.fullmatch(body, prev.end, fig.start) is None
    ):
        return None
    return fig._replace(unit=prev.unit, subject=prev.subject)


# A bare count with a scale word and no noun after the last scaled count of people a sentence or
# two before, nothing scaled of another unit between: the same people, their noun left out, as
# audience and attendance copy reports several figures of one crowd ("drew 7.1 million viewers ...
# It peaked at 9.4 million", "averaged 2.3 million, down from 2.6 million"). "1.2 million tonnes"
# and a bare "3 million" after "$40 million" are read elsewhere; only people carry here, and only
# after a verb that takes a crowd or an audience ("drew", "averaged", "peaked at", "pass"), or
# alone in brackets after a name ("Lakeside (3.9 million, 0.4)"): "the port handled 3 million"
# after residents names no people. A ratings column writes its audiences in full thousands too
# ("drew 761,000 viewers ... It peaked at 942,000"), and gives a night's audience after its day
# ("Its best night was Thursday, 1,003,000") and a top list's line after its bracketed channel and
# day ("Dag Allemaal Thuis (Een+, Monday) 702,000"): a number grouped in thousands carries as a
# scaled one does, from an audience also written in full thousands ("412,000 people ... Trips
# averaged 2.3 million a day" carries nothing).
RE_CROWD_BEFORE = re.compile(
    r"(?:\b(?:drew|draws?|drawing|averag(?:ed|es|e|ing)|peak(?:ed|s|ing)?\s+at|pass(?:ed|es|ing)?|top(?:ped|s)?"
    r"|attract(?:ed|s|ing)?|pull(?:ed|s|ing)?\s+in|watched\s+by|seen\s+by|audiences?\s+of|crowds?\s+of)"
    rf"(?:\s+(?:{APPROX}))?\s+"
    r"|\b[A-Z][\w'’]*\s+\("
    r"|\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,[ \t]+"
    r"|\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\)[ \t]+)\Z"
)
RE_THOUSANDS_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+(?![\d,])")
# ... and the change set off after the audience ("averaged 914,000 over the week, 12,000 fewer than
# the week before"): more or fewer of the same people
RE_CROWD_CHANGE_BEFORE = re.compile(r",[ \t]+\Z")
RE_CROWD_CHANGE_AFTER = re.compile(r"[ \t]+(?:fewer|more)\b")
RE_AMOUNT_OF_AFTER = re.compile(r"\s+(?:in|of)\s+(?!the\b)[a-z]")
SCALED_PEOPLE_REACH = 420  # characters from the earlier count's end to the bare one
SCALED_PEOPLE_SENTENCES = 2  # sentences back the earlier count may stand
SCALED_PEOPLE_LOOKBACK = 6  # figures back read for the earlier count


def _crowd_sized(fig: Figure, body: str) -> bool:
    """Whether a figure's number is scaled ("7.1 million") or grouped in thousands ("942,000")."""
    return scaled(fig, body) or RE_THOUSANDS_GROUPED.fullmatch(body, fig.core[0], fig.core[1]) is not None


def _scaled_people_elided(
    out: list[Figure], fig: Figure, body: str, sentence_of: Callable[[int], int]
) -> Figure | None:
    """The bare scaled count `fig` read as the people of the scaled count before it (see above), or None."""
    if fig.unit != "count" or fig.measure or not _crowd_sized(fig, body):
        return None
    grouped = not scaled(fig, body)
    if not (
        RE_CROWD_BEFORE.search(body, max(0, fig.start - 40), fig.start)
        or RE_CROWD_CHANGE_BEFORE.search(body, max(0, fig.start - 3), fig.start)
        and RE_CROWD_CHANGE_AFTER.match(body, fig.end)
    ):
        return None
    if RE_AMOUNT_OF_AFTER.match(body, fig.end):
        return None  # "topped 2 million in ticket sales": a sum of something else
    for prev in reversed(out[-SCALED_PEOPLE_LOOKBACK:]):
        if fig.start - prev.end > SCALED_PEOPLE_REACH:
            return None
        if prev.kind == "date" or not (scaled(prev, body) or grouped and _crowd_sized(prev, body)):
            continue  # a year, a rating or a share between the two (full thousands only before full thousands)
        if prev.unit != "people" or prev.kind != "count":
            return None
        if sentence_of(fig.start) - sentence_of(prev.start) > SCALED_PEOPLE_SENTENCES:
            return None
        noun = next(
            (
                " ".join(body[named.core[1] : named.end].split())
                for named in reversed(out[-SCALED_PEOPLE_LOOKBACK:])
                if named.unit == "people" and named.end > named.core[1]
            ),
            "",
        )  # the noun the first of a run of such counts wrote ("viewers")
        return fig._replace(unit="people", subject=f"{fig.subject} {noun}".strip() or prev.subject)
    return None


# Two results set side by side with "vs" or "versus", the unit written once after the second
# ("4.1 vs 5.3 mg", "2.4 versus 3.1 events per 100 person-years"), as medical and science news
# compares two arms: the first number is in the second's unit ("Smith vs 12 others" has no bare
# number before it; "won 3 vs 2 games" keeps counts, which are no measure)
RE_VERSUS_GAP = re.compile(r"\s+(?:vs\.?|versus)\s+")
VERSUS_KINDS = frozenset(("other", "money"))


# ... and a figure corrected in place, "not A but B", the unit written once after B ("not 800 but
# 1,000 metres", "not three but four years", "not two but three people"; "not $2m but $3m" has its
# own sign): A is in B's unit, and counts B's noun
RE_NOT_BEFORE = re.compile(r"\bnot\s+\Z", re.IGNORECASE)
RE_BUT_GAP = re.compile(r"\s+but\s+(?:rather\s+)?")
NOT_BUT_KINDS = CARRY_KINDS  # the kinds whose unit a bare number takes


def _compared_before(fig: Figure, later: Figure, body: str) -> bool:
    """Whether the bare number `fig` is the first of two results compared by "vs" whose second,
    `later`, names the unit, or the "A" of "not A but B" (above)."""
    if later.unit == "date" or not is_number(later.value):
        return False
    if later.kind in VERSUS_KINDS and RE_VERSUS_GAP.fullmatch(body, fig.end, later.start) is not None:
        return True
    return (
        (later.kind in NOT_BUT_KINDS or later.kind == "count" and not bare_count(later))
        and RE_BUT_GAP.fullmatch(body, fig.end, later.start) is not None
        and RE_NOT_BEFORE.search(body, max(0, fig.start - 6), fig.start) is not None
        and same_scale(later, fig, body)
    )


# A share set off after a figure as ", or N% of the total" is an aside on it: a list that goes on
# after the aside continues the figure's own unit ("bought 1.7 million tonnes, or 35% of the total,
# then Spain with 600,000"), as it would with no aside.
RE_OR_ASIDE_GAP = re.compile(r",\s*or\s+(?:(?:about|around|roughly|nearly|almost|some|just|over)\s+)?")


def _past_share_aside(
    out: list[Figure], fig: Figure, body: str, sentence_of: Callable[[int], int]
) -> Figure | None:
    """The figure before a share aside (above) whose unit the bare number `fig` after the aside
    carries, or None."""
    if len(out) < 2 or out[-1].unit != "percent" or out[-1].kind != "percentage_share":
        return None
    carrier, share = out[-2], out[-1]
    if carrier.unit == "percent" or RE_OR_ASIDE_GAP.fullmatch(body, carrier.end, share.start) is None:
        return None
    after = body[share.end : fig.start]
    comma = after.find(",")  # the aside ends at its comma: the words after it join the two figures
    if comma < 0:
        return None
    return carrier if _carries(carrier, fig, body, sentence_of, gap=after[comma:]) else None


# A conversion in brackets states the same quantity in another unit, so it is as approximate as
# the figure it converts ("more than 100 kilometres (60 miles)", "about 7.5 million crowns
# ($1.1 million)"); figures of another kind in brackets are no conversion ("about 40 (12%)").
RE_CONVERSION_OPEN = re.compile(r"\s*\(\s*")


def _as_approximate_as(prev: Figure, fig: Figure, body: str) -> Figure:
    """`fig`, approximate when it converts the approximate figure `prev` right before it in brackets."""
    if (
        prev.approx
        and not fig.approx
        and fig.kind == prev.kind
        and fig.kind in ("money", "other")
        and RE_CONVERSION_OPEN.fullmatch(body, prev.end, fig.start)
    ):
        return fig._replace(approx=True)
    return fig


# A bare number with a conversion in brackets after it is an amount in the currency that an
# earlier amount of its sentence, converted into the same currency, is in ("2.4 million yen
# ($17,400) for the manual and 2.3 million ($16,700) for the automatic"): news gives the local
# amount, then the reader's currency.
CONVERTED_LOOKBACK = 6  # figures back in the sentence read for the earlier converted amount


def _converted_before(
    out: list[Figure], fig: Figure, conversion: Figure, body: str, sentence_of: Callable[[int], int]
) -> Figure | None:
    """The earlier amount whose currency the bare number `fig` takes (see above), or None."""
    if (
        conversion.kind != "money"
        or fig.unit != "count"
        or not RE_CONVERSION_OPEN.fullmatch(body, fig.end, conversion.start)
    ):
        return None
    sentence = sentence_of(fig.start)
    for j in range(len(out) - 1, max(0, len(out) - CONVERTED_LOOKBACK) - 1, -1):
        local = out[j]
        if sentence_of(local.start) != sentence:
            return None
        nxt = out[j + 1] if j + 1 < len(out) else None
        if (
            local.kind == "money"
            and local.unit != conversion.unit
            and nxt is not None
            and nxt.kind == "money"
            and nxt.unit == conversion.unit
            and RE_CONVERSION_OPEN.fullmatch(body, local.end, nxt.start)
        ):
            return local
    return None


# A time in a race report: a bare decimal after a word that introduces a time ("third in 9.91",
# "clocked 43.40"), when its sentence or the one before states a time in seconds: the unit the
# report gives its times in (rules, table 1: a bare number takes the unit its sentence gives it).
RE_TIME_BEFORE = re.compile(r"\b(?:in|clocked|clocking|clocks|clock|timed|time\s+of)\s+\Z")
# ... or a winning or losing margin: "by" after a verb of beating, the beaten named or not
# ("edging Ruiz by 0.07", "won by 0.12"); "fell by 0.5" is no margin
RE_MARGIN_BEFORE = re.compile(
    r"\b(?:edg(?:ed|es|ing)|beat(?:s|ing)?|won|wins?|winning|lost|los(?:es|ing)|pipp(?:ed|ing))\s+"
    r"(?:[A-Z][\w'’-]*\s+){0,3}by\s+\Z"
)
RE_DECIMAL = re.compile(r"\d{1,3}\.\d{1,3}")
TIMED_GAP = 400  # characters back to the stated time in seconds, at most
TIMED_MEASURE = "second"
# ... or, with no time in seconds before it, a bare decimal run, swum or clocked "in" or "over" a
# race named by its distance right after it ("clocked 10.71 in the 100m final", "ran 19.31 in the
# women's 200m", "swam 52.4 over 100 metres"): the race's time, in seconds
RE_RUN_BEFORE = re.compile(r"\b(?:ran|run|runs|swam|swim|swims|clocked|clocking|clocks|timed\s+at)\s+\Z")
RE_RACE_AFTER_TIME = re.compile(
    r"\s+(?:in|over)\s+(?:the\s+)?(?:(?:men|women|boys|girls)['’]s\s+)?\d{2,3}(?:,?\d{3})?\s?(?:m|metres|meters)\b"
)


def raced(fig: Figure, body: str) -> Figure | None:
    """The bare decimal `fig` read as a race's time in seconds when a race's distance follows it
    (RE_RUN_BEFORE, RE_RACE_AFTER_TIME), or None."""
    if fig.unit != "count" or fig.measure or not RE_DECIMAL.fullmatch(body, fig.core[0], fig.core[1]):
        return None
    if RE_RUN_BEFORE.search(body, max(0, fig.start - 12), fig.start) and RE_RACE_AFTER_TIME.match(
        body, fig.end, fig.end + 40
    ):
        subject = f"{fig.subject} (unit: seconds)".strip()
        return fig._replace(unit="other", kind="duration", measure=TIMED_MEASURE, subject=subject)
    return None


def timed(out: list[Figure], fig: Figure, body: str, sentence_of: Callable[[int], int]) -> Figure | None:
    """The bare decimal `fig` read as a time in seconds (see the table above), or None."""
    if fig.unit != "count" or fig.measure or not RE_DECIMAL.fullmatch(body, fig.core[0], fig.core[1]):
        return None
    if not (
        RE_TIME_BEFORE.search(body, max(0, fig.start - 10), fig.start)
        or RE_MARGIN_BEFORE.search(body, max(0, fig.start - 50), fig.start)
    ):
        return None
    sentence = sentence_of(fig.start)
    for earlier in reversed(out):
        if fig.start - earlier.end > TIMED_GAP or sentence_of(earlier.start) < sentence - 1:
            return None
        if earlier.kind == "duration" and earlier.measure != TIMED_MEASURE:
            return None  # another span of time stands closer: "Three weeks later, ... in 9.91"
        if earlier.kind == "duration":
            label = RE_UNIT_LABEL.search(earlier.subject)
            subject = f"{fig.subject} {label.group(0)}".strip() if label else fig.subject
            return fig._replace(unit="other", kind="duration", measure=TIMED_MEASURE, subject=subject)
    return None


RE_DATE_JOIN = re.compile(
    r"\s+(?:in|on|for|by)\s+\Z"
)  # "4.8 in 2023", "5 by 2031": a bare number, then its date
DATED_WORDS = frozenset(("and",))  # "4.5 per cent in 2022 and 4.1 in 2023": a list of dated levels


def _dated_carry(
    out: list[Figure], fig: Figure, nxt: Figure | None, body: str, sentence_of: Callable[[int], int]
) -> Figure | None:
    """The figure whose unit a bare number takes across the dates between them ("rose to 5.2% in
    2024 from 4.8 in 2023", "4.5 per cent in 2022 and 4.1 in 2023"), or None: the figure before
    the dates, joined as `_carries` joins neighbours, or by "and" when the bare number too is
    followed by its date."""
    i = len(out) - 1
    while i >= 0 and out[i].kind == "date":
        i -= 1
    if i < 0 or i < len(out) - 2:
        return None  # no figure before the dates, or more than one date between
    named, date = out[i], out[-1]
    dated_after = (
        nxt is not None and nxt.kind == "date" and bool(RE_DATE_JOIN.fullmatch(body, fig.end, nxt.start))
    )
    if (
        dated_after
        and named.unit == "percent"
        and (not is_number(fig.value) or fig.value > 100 or body.startswith(" of ", named.end))
    ):
        dated_after = False  # "cut 4% of its staff in 2022 and 300 in 2023": not a list of percents
    gap = body[named.end : date.start] + " " + body[date.end : fig.start]
    ok = _carries(
        named, fig, body, sentence_of, gap, DATED_WORDS if dated_after else frozenset(), dated_after
    )
    return named if ok else None


# A level, at most a date, then its change in percent and "from" a bare number ("fell to 34.6
# million cubic metres in 2025, down 19 per cent from 42.8 million in 2023", "rose to $4.1 billion,
# up 8% from 3.8 billion"): the bare number is the level the change started from, in the level's
# unit, not the percent's (late-units9)
RE_CHANGE_AFTER_LEVEL = re.compile(
    rf",?\s+(?:down|up|a\s+(?:fall|drop|rise|decline|increase|gain)\s+of)\s+(?:(?:{APPROX})\s+)?"
)
RE_LEVEL_DATE_GAP = re.compile(r"\s+(?:in|during|for|by|at\s+the\s+end\s+of)\s+(?:the\s+)?")
RE_FROM_GAP = re.compile(rf"\s+from\s+(?:(?:{APPROX})\s+)?")


def _level_before_change(
    out: list[Figure], fig: Figure, body: str, sentence_of: Callable[[int], int]
) -> Figure | None:
    """The level whose unit a bare number after a percent change and "from" takes (see above):
    the level, its date, the change and "from" joined by those words only, or None."""
    change = out[-1]
    if change.kind != "percent_change" or not RE_FROM_GAP.fullmatch(body, change.end, fig.start):
        return None
    i = len(out) - 2
    last = out[i] if i >= 0 else None  # the level, or its date
    if last is not None and last.kind == "date":
        i -= 1
        if i < 0 or not RE_LEVEL_DATE_GAP.fullmatch(body, out[i].end, last.start):
            return None
    if last is None or not RE_CHANGE_AFTER_LEVEL.fullmatch(body, last.end, change.start):
        return None
    level = out[i]
    if (
        level.kind not in ("money", "other")
        or not is_number(level.value)
        or not is_number(fig.value)
        or sentence_of(level.start) != sentence_of(fig.start)
        or not same_scale(level, fig, body)
    ):
        return None
    low, high = sorted((abs(float(level.value)), abs(float(fig.value))))  # type: ignore[arg-type]
    return level if 0 < low and high <= LEVEL_CARRY_RATIO * low else None


# The span of a statistic in a compound adjective before its noun ("a 30-year average", "the
# five-year mean"), then "of" and a bare number, set against a figure just before ("rainfall of
# 96mm, against a 30-year average of 210", "2.9-3.1 million tonnes, below the five-year average of
# 3.4 million"): the bare number is the figure's usual level, in its unit; the span is the
# average's period, no carrier of its own
RE_STATISTIC_PERIOD = re.compile(r"[\w.]+-(?:year|month|week|day|decade)\s+(?:average|mean|median|norm)")
RE_OF_LEVEL_GAP = re.compile(rf"\s+of\s+(?:(?:{APPROX})\s+)?")
RE_PERIOD_AVERAGE_GAP = re.compile(
    r",?\s*(?:(?:well|just|far|still|slightly)\s+)?(?:compared\s+(?:with|to)|against|versus|vs\.?|below|above"
    r"|under|over|short\s+of|than|from)\s+(?:an?|the|its|their)\s+\Z"
)
PERIOD_AVERAGE_KINDS = frozenset(("money", "percent_change", "percentage_share", "other", "count"))


def _period_average_level(
    out: list[Figure], fig: Figure, body: str, sentence_of: Callable[[int], int]
) -> Figure | None:
    """The figure a bare number after "a N-year average of" is the usual level of (see above), or None."""
    if len(out) < 2:
        return None
    period, named = out[-1], out[-2]
    if (
        period.kind != "duration"
        or RE_STATISTIC_PERIOD.fullmatch(body, period.start, period.end) is None
        or RE_OF_LEVEL_GAP.fullmatch(body, period.end, fig.start) is None
        or named.kind not in PERIOD_AVERAGE_KINDS
        or named.kind == "count"
        and not counts_a_noun(named)
        or sentence_of(named.start) != sentence_of(fig.start)
        or period.start - named.end > CARRY_GAP
        or RE_PERIOD_AVERAGE_GAP.search(body, named.end, period.start) is None
        or any(c.isdigit() for c in body[named.end : period.start])
    ):
        return None
    low, high = _range_high(named.value), _range_high(fig.value)
    if not low or not high or not 1 / LEVEL_CARRY_RATIO <= high / low <= LEVEL_CARRY_RATIO:
        return None  # "42 boats, against a 10-year average of 3,100": not one quantity's levels
    return named if same_scale(named, fig, body) else None


def _vote_tally(prev: Figure, fig: Figure, body: str) -> bool:
    """Whether a bare number is the other side of a vote ("passed by 41 votes to 29")."""
    return (
        prev.kind == "count"
        and body.startswith(" to ", prev.end)
        and prev.end + 4 == fig.start
        and body.endswith("votes", prev.start, prev.end)
    )


# a measurement joined to its unit by a hyphen before a noun it describes ("the 96,000-hectare
# reserve", "a 3.5-metre wall"): an adjective of that noun, not a level a bare number far from its
# size is set against ("counted 1,086 indri across the 96,000-hectare reserve, against 1,375")
ADJECTIVE_CARRY_RATIO = 20
RE_DESCRIBING_MEASURE = re.compile(r"[\d.,]+-[a-z]+(?:-[a-z]+)?\s+[a-z]")


def _describing_measure(prev: Figure, body: str) -> bool:
    """Whether `prev` is a measurement in a compound adjective before its noun (above)."""
    return prev.kind == "other" and RE_DESCRIBING_MEASURE.match(body, prev.core[0], prev.end + 2) is not None


def _restated(prev: Figure, fig: Figure, body: str) -> bool:
    """Whether a bare number opens its sentence's restated figure (RE_RESTATED_OPENING) a few
    words after `prev`, no number between: `prev`'s figure said again, in its unit."""
    gap = body[prev.end : fig.start]
    return (
        prev.kind not in ("date", "duration")
        and len(gap) <= CONTRAST_CARRY_GAP
        and not any(c.isdigit() for c in gap)
        and RE_RESTATED_OPENING.search(gap) is not None
    )


def _carries(
    prev: Figure,
    fig: Figure,
    body: str,
    sentence_of: Callable[[int], int],
    gap: str | None = None,
    more_words: frozenset[str] = frozenset(),
    parallel: bool = False,
) -> bool:
    """Whether a bare number takes the unit of `prev` across the words `gap` between them (the
    text between, by default), whose last is a carry word (or one of `more_words`); a percent
    only as the level it changed from, or in a `parallel` list of dated levels."""
    if gap is None:
        gap = body[prev.end : fig.start]
    compared = (
        "the " in gap[-COMPARED_REACH:]
        and RE_COMPARED_THE_TAIL.search(gap, max(0, len(gap) - COMPARED_REACH)) is not None
    )
    high = _range_high(fig.value)  # a range carries as its numbers do ("against 3,137 to 3,571 now")
    if _range_high(prev.value) is None or high is None:
        return False
    counted_days = prev.unit == "days" and prev.kind == "count"  # "on only 61 days, down from 74"
    if (
        prev.kind not in CARRY_KINDS
        and not counted_days
        and not (compared and counts_a_noun(prev) and not fig.measure)
        and not (prev.unit == "other" and RE_CORRECTED_GAP.fullmatch(gap))  # an age denied: "19, not 29"
    ):
        return False
    if _describing_measure(prev, body) and is_number(prev.value) and prev.value and high:
        ratio = high / prev.value
        if not 1 / ADJECTIVE_CARRY_RATIO <= ratio <= ADJECTIVE_CARRY_RATIO:
            return False  # "1,086 indri across the 96,000-hectare reserve, against 1,375": the indri
    if (
        len(gap) > (CONTRAST_CARRY_GAP if compared or gap.endswith(CONTRAST_EVERY_ENDINGS) else CARRY_GAP)
        or any(c.isdigit() for c in (RE_CLOCK_IN_GAP.sub("", gap) if prev.kind == "duration" else gap))
        or sentence_of(prev.start) != sentence_of(fig.start)
        and not (sentence_of(prev.start) + 1 == sentence_of(fig.start) and RE_RESTATING_OPENER.search(gap))
    ):
        return False
    if RE_CAPPED_OWN_SUBJECT.search(gap) is not None:
        return False  # "Entry €12; tours are limited to 15": the cap of the tours' own size
    owner = RE_POSSESSIVE_TAIL.search(gap)
    if owner is not None:  # "up from last season's 180": the carry word before the owner's name
        gap = gap[: owner.start()] + " "
    last = RE_WORD_BEFORE.search(gap)
    if last is None:
        return False
    word = last.group(1).lower()
    if compared or RE_CONTRAST_TAIL.search(gap, max(0, len(gap) - 24)) is not None:
        word = "than"
    elif counted_days and RE_LEVEL_OF_TAIL.search(gap, max(0, len(gap) - 30)) is not None:
        word = "against"  # "frost on 23 days, against an average of 15": the days' usual count
    elif word not in CARRY_WORDS and word not in more_words and not gap.endswith(CONTRAST_ENDINGS):
        # "from about 7.9 billion", "to roughly 3,150": the carry word before the approximation
        tail = [w.lower() for w in RE_WORDS_BEFORE.findall(gap, max(0, len(gap) - APPROX_REACH))]
        words = without_approx(tail)
        if len(words) == len(tail) or not words or words[-1] not in CARRY_WORDS | more_words:
            return False
        word = words[-1]
    if prev.kind == "duration" and period_compared(body, prev, fig):
        return False  # "lost four ferries in the 12 months to March, against 9 a year earlier"
    if prev.kind == "duration" and RE_GAPPED_PLURAL_TAIL.search(gap) is not None:
        return False  # "fell to 212 in the first nine months, and deaths to 19": the deaths counted
    if (prev.kind == "duration" or counted_days) and (
        scale_of(body[fig.core[0] : fig.core[1]]) > 1
        or is_number(prev.value)
        and high > DURATION_CARRY_RATIO * prev.value
    ):
        return False  # "over the 12 months, up from 52.1 million", "52 weeks, down from 204,600"
    if (
        prev.unit == "percent"
        and not parallel
        and not (word == "from" and RE_LEVEL_BEFORE.search(body, max(0, prev.start - 8), prev.start))
        and not (compared and high <= 100 and not RE_OF_WHOLE.match(body, prev.end))
        and RE_CORRECTED_GAP.fullmatch(gap) is None
    ):
        return False  # "fell 3 per cent to 10,590", "by 15 per cent, from 82 to 70": counts
    return same_scale(prev, fig, body)


def _range_high(value: Value) -> int | float | None:
    """A number's value, or the upper end of a range of two numbers ("3137/3571"), else None."""
    if is_number(value):
        return value  # type: ignore[return-value]
    low, slash, high = str(value).partition("/")
    if not slash:
        return None
    try:
        float(low)
        return float(high)
    except ValueError:
        return None  # a date range


# An amount compared with another in its sentence through a noun of its own ("a net loss of
# €13.6 million, compared with a profit of 3.1 million a year earlier", "revenue of $2bn against
# costs of 1.4bn"): the bare amount, its scale written, is in the same currency.
RE_COMPARED_AMOUNT_GAP = re.compile(
    r",?\s*(?:compared\s+(?:with|to)|against|versus|vs\.?|from|than)\s+(?:(?:a|an|the|its|their)\s+)?"
    r"(?:[a-z-]+\s+){0,2}of\s+(?:(?:about|around|nearly|almost|roughly|some|just|over|under)\s+)?"
)
COMPARED_AMOUNT_GAP = 60  # characters between the two amounts, at most


def _compared_amount(prev: Figure, fig: Figure, body: str, sentence_of: Callable[[int], int]) -> bool:
    """Whether the bare scaled number `fig` is an amount compared with the amount `prev` (above)."""
    return (
        prev.kind == "money"
        and is_number(prev.value)
        and fig.start - prev.end <= COMPARED_AMOUNT_GAP
        and (gap := RE_COMPARED_AMOUNT_GAP.fullmatch(body, prev.end, fig.start)) is not None
        and scale_of(body[fig.core[0] : fig.core[1]]) > 1
        and sentence_of(prev.start) == sentence_of(fig.start)
        and not _people_of(gap.group(0))
    )


# An exchange rate written as an amount and the currency it is quoted against ("1,715 naira to the
# dollar"), then another rate of the same currency by the noun "rate" ("..., against an official
# rate of 1,530", "against its previous close of 9.1"): the bare number is a rate in that
# currency, though no scale is written. The currency it is quoted against is read by the one reader
# of a rate's base (rate_bases.quoted_against), after the amount or inside a rate's own span;
# nouns of another level of the same rate ("an official rate of", "its previous close of", "a record low of")
RATE_LEVEL_NOUNS = frozenset("rate close level low high peak".split())


def _rate_compared(prev: Figure, fig: Figure, body: str, sentence_of: Callable[[int], int]) -> bool:
    """Whether the bare number `fig` is a second exchange rate compared with the rate `prev` (above)."""
    if prev.kind != "money" or fig.start - prev.end > COMPARED_AMOUNT_GAP + 20:
        return False
    base = quoted_against(body, prev.core[0], prev.end)
    if base is None:
        return False  # no currency it is quoted against: an amount, not a rate
    start = max(base.end, prev.end)
    gap = RE_COMPARED_AMOUNT_GAP.fullmatch(body, start, fig.start)
    nouns = RE_NOUN_BEFORE_OF.findall(gap.group(0)) if gap else []
    return (
        bool(nouns)
        and nouns[-1].lower() in RATE_LEVEL_NOUNS
        and sentence_of(prev.start) == sentence_of(fig.start)
    )


# A share price, then another level of it after a verb of the trading day, its currency left out
# ("shares, which closed at Sh17.20 on Friday, opened at 17.60", "ended Thursday at R3,950, opened
# at 4,020"): the bare price is in the same currency. A day's move keeps the two within a factor of
# PRICE_LEVEL_SPREAD ("opened at 9" after "$40" is a clock time, not a price).
RE_PRICE_LEVEL_BEFORE = re.compile(
    r"\b(?:opened|closed|ended|finished|traded|settled|stood)\s+"
    r"(?:(?:higher|lower|up|down|flat|unchanged|the\s+day)\s+)?at\s+\Z"
)
RE_SHARE_WORDS = re.compile(r"\b(?:shares?|stocks?)\b", re.IGNORECASE)
PRICE_LEVEL_GAP = 80  # characters between the two prices, at most
PRICE_LEVEL_SPREAD = 2.0
SHARE_WORD_REACH = 160  # characters before the first price read for "shares"


def _price_level(prev: Figure, fig: Figure, body: str, sentence_of: Callable[[int], int]) -> bool:
    """Whether the bare number `fig` is another level of the share price `prev` (above)."""
    if prev.kind != "money" or not is_number(prev.value) or not is_number(fig.value) or prev.value <= 0:
        return False
    gap = body[prev.end : fig.start]
    if len(gap) > PRICE_LEVEL_GAP or any(c.isdigit() for c in gap):
        return False
    if sentence_of(prev.start) != sentence_of(fig.start) or not RE_PRICE_LEVEL_BEFORE.search(gap):
        return False
    if not 1 / PRICE_LEVEL_SPREAD <= fig.value / prev.value <= PRICE_LEVEL_SPREAD:
        return False
    sentence = sentence_of(fig.start)  # the sentence so far names the shares
    return any(
        sentence_of(m.start()) == sentence
        for m in RE_SHARE_WORDS.finditer(body, max(0, prev.start - SHARE_WORD_REACH), fig.start)
    )


RE_NOUN_BEFORE_OF = re.compile(r"([A-Za-z]+)\s+of\s")


def _people_of(gap: str) -> bool:
    """Whether the noun before "of" in a comparison's words counts people ("a workforce of")."""
    nouns = RE_NOUN_BEFORE_OF.findall(gap)
    noun = nouns[-1].lower() if nouns else ""
    return noun in PEOPLE_NOUNS or noun in PEOPLE_GROUP_NOUNS or noun in ("population", "crowd")


# The earlier period's amount in brackets right after an amount, as results briefs write it ("EPS
# EUR 0.53 (0.44)", "dividend $1.35 (1.15)"): the bare number alone in the brackets is the same
# measure a year before, in the same currency (not a footnote's "(1)" after a word, nor a year,
# which is no bare number here, nor "$4.2m (12)" whose scale is unknown). A scaled measurement is
# briefed the same way ("Output 1.34 million tonnes (1.17 million)"), its bracketed number scaled;
# an unscaled one is not read, as it may be a count or a note ("40 tonnes (12)").
RE_BRACKET_OPEN_GAP = re.compile(r" ?\(")
# ... and the level before or after a change, named so in the brackets ("Category I: COP 16,300 (now
# 14,800)", "the day pass 45 euros (was 40)", "a 12 km route (previously 9)"): the same measure, any
# decimals, scaled or not
RE_BRACKET_THEN_GAP = re.compile(r" ?\((?:now|was|were|previously|formerly|currently|(?:up |down )?from) ")


def _bracketed_earlier(prev: Figure, fig: Figure, body: str) -> bool:
    """Whether the bare number `fig` stands alone in brackets right after the amount `prev`, with a
    decimal point where `prev` has one, and the same scale, or after a word of its time (above)."""
    if not (is_number(prev.value) and body.startswith(")", fig.end) and same_scale(prev, fig, body)):
        return False
    if prev.kind in ("money", "other") and RE_BRACKET_THEN_GAP.fullmatch(body, prev.end, fig.start):
        return prev.kind == "money" or bool(prev.measure)
    return (
        (prev.kind == "money" or prev.kind == "other" and bool(prev.measure) and scaled(fig, body))
        and RE_BRACKET_OPEN_GAP.fullmatch(body, prev.end, fig.start) is not None
        and ("." in body[fig.start : fig.end]) == ("." in body[prev.core[0] : prev.core[1]])
    )


# A price list's earlier price in brackets after a price per unit, with the time it was paid
# ("Black beans: 240 pesos a pound (260 in late October)", "Diesel: 1.62 euros a litre (1.71 last
# month)"): the bare number is the same price at that time, in the price's currency.
RE_PRICE_BRACKET_GAP = re.compile(r"(?:\s+(?:a|an|per|each)(?:\s+[a-z]+)?)?\s?\(")
RE_BRACKET_TIME_AFTER = re.compile(
    rf"\s+(?:(?:in|at\s+the\s+(?:start|end)\s+of)\s+(?:(?:early|mid|late)[- ])?(?:{MONTH}|\d{{4}})"
    r"|last\s+(?:week|month|year|season)|a\s+(?:week|month|year)\s+(?:ago|earlier|before))\)"
)


def _bracketed_dated_price(prev: Figure, fig: Figure, body: str) -> bool:
    """Whether the bare number `fig` in brackets after the amount `prev` is its earlier level
    with its time (above), in the same scale."""
    return (
        prev.kind == "money"
        and is_number(prev.value)
        and RE_PRICE_BRACKET_GAP.fullmatch(body, prev.end, fig.start) is not None
        and RE_BRACKET_TIME_AFTER.match(body, fig.end) is not None
        and same_scale(prev, fig, body)
    )


# A level after "to" in a clause whose subject is a unit of measure, as statistics and traffic
# releases name a measure by its unit ("tonne-kilometres rose 3% to 41 billion", "available seat
# kilometres (ASKs) grew 9% to 1.2 billion"): the level is in that unit. Not a price per unit
# ("prices per tonne rose 4% to 120"), nor a span of time.
UNIT_SUBJECT_REACH = 110  # characters read back from the level for its clause's unit subject
RE_UNIT_SUBJECT_PER = re.compile(r"\b(?:per|a|an|each)\s+\Z", re.IGNORECASE)


@cache
def _re_unit_subject_before() -> re.Pattern[str]:
    """The unit subject, its change and "to" right before a level (above)."""
    return re.compile(
        rf"(?<![\w-])(?P<unit>{unit_table.unit_alternation()})(?:\s+\([A-Z]{{2,6}}s?\))?,?\s+"
        rf"(?:{alternation(CHANGE_WORDS)})\s+(?:by\s+)?\d[\d.,]*\s?(?:%|per\s?cent|percent)"
        r"(?:\s+[a-z]/[a-z])?\s+to\s+\Z"
    )


def _unit_subject_level(fig: Figure, body: str) -> Figure | None:
    """The bare level `fig` in the unit its clause's subject names (above), or None."""
    if not bare_count(fig) or not body.endswith(" to ", 0, fig.start):
        return None  # the cheap test first
    m = _re_unit_subject_before().search(body, max(0, fig.start - UNIT_SUBJECT_REACH), fig.start)
    if m is None or RE_UNIT_SUBJECT_PER.search(body, max(0, m.start() - 8), m.start()):
        return None
    unit = m.group("unit")
    measure = unit_table.measure_for(unit)
    if (
        not measure
        or unit_table.is_ambiguous(unit)
        or measure in DURATION_UNITS
        or measure in unit_table.TIME_MEASURES
    ):
        return None
    return fig._replace(
        unit="other",
        kind="other",
        measure=measure,
        subject=f"{' '.join(unit.split())} (unit: {unit_table.subject_unit_label(measure)})",
    )


# A further amount after an amount in its sentence ("awarded her £12,000, and the firm must pay a
# further 3,500", "£40m, plus another 12m"): the same currency, when nothing but the particle and
# a verb of paying or giving stands between.
RE_FURTHER_PARTICLE = re.compile(r"(?:\ba\s+further|\banother|\ban\s+additional|\ban\s+extra)\s+\Z")
PAYING_VERBS = frozenset(GIVING_VERBS) | frozenset(
    "cost costs owe owes owed spend spends spent raise raised raises fined charge charged invest invested".split()
)
FURTHER_LINK_WORDS = frozenset("and plus with then must will would to be is was has have had".split())
FURTHER_GAP = 60  # characters between the two amounts, at most
FURTHER_PARTICLE_ENDS = ("further", "another", "additional", "extra")  # RE_FURTHER_PARTICLE's last words


def _further_amount(prev: Figure, fig: Figure, body: str, sentence_of: Callable[[int], int]) -> bool:
    """Whether the bare number `fig` is a further amount in the currency of `prev` (above)."""
    if prev.kind != "money" or fig.start - prev.end > FURTHER_GAP or not is_number(prev.value):
        return False
    gap = body[prev.end : fig.start]
    if not gap.rstrip().endswith(FURTHER_PARTICLE_ENDS):
        return False  # the cheap test before the pattern
    particle = RE_FURTHER_PARTICLE.search(gap)
    if particle is None or any(c.isdigit() for c in gap) or sentence_of(prev.start) != sentence_of(fig.start):
        return False
    words = [w.lower() for w in RE_WORDS_BEFORE.findall(gap, 0, particle.start())]
    if any(w in PAYING_VERBS for w in words):
        return True  # "and the firm must pay a further 3,500"
    return all(
        w in FURTHER_LINK_WORDS for w in words
    )  # "£40m, plus another 12m"; not "and hired another 300"


# A span of time that dates a figure ("in the 12 months to June", "over the past three years")
# is not what a bare number after it is compared with when that number is itself dated earlier
# ("against 11 a year earlier", "compared with 9 the year before"): it is the figure's own
# earlier value (the count before the span), not a span of months.
RE_PERIOD_OPENER = re.compile(
    r"\b(?:in|over|during|for)\s+the\s+(?:(?:past|last|previous|first|latest)\s+)?\Z"
)
RE_EARLIER_AFTER = re.compile(
    r"\s+(?:(?:a|one)\s+(?:year|month|week|quarter|decade)\s+(?:earlier|before|ago)"
    r"|the\s+(?:year|month|week|quarter)\s+before|the\s+previous\s+(?:year|month|week|quarter)"
    r"|in\s+the\s+same\s+period|last\s+(?:year|month|week|quarter)"
    # ... or the last edition of an event ("compared with nine at the whole of last year's championships")
    r"|(?:at|in|during)\s+(?:the\s+whole\s+of\s+)?last\s+(?:year|season)['’]s"
    # ... or a year of its own ("already more than the 49 of all of 2025"; late-kinds11)
    r"|(?:of|in)\s+(?:all\s+of\s+|the\s+whole\s+of\s+)?(?:1[89]|20)\d\d)\b"
)


def period_compared(body: str, prev: Figure, fig: Figure) -> bool:
    """Whether `prev` is a span dating a figure (a period opener before it) and the bare number
    `fig` is dated earlier than it (see above)."""
    return bool(
        RE_PERIOD_OPENER.search(body, max(0, prev.start - 24), prev.start)
        and RE_EARLIER_AFTER.match(body, fig.end, fig.end + 30)
    )
