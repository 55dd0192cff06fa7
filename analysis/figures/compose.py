"""Composition across dimensions: two figures joined into a range ("between A and B", "A to B",
"A-B", "A or B", but not "either A or B"), the unit written once ("1 to 1.5 degrees", "45 or 50 people") or twice
("10 percent to 15 percent", "$800,000 to $1.3 million"); a change "from A to B" stays two
figures, the bare first one taking the unit of the second."""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from decimal import Decimal
from functools import cache

from .. import measures as unit_table
from ..measures import AGE_MEASURES
from ..vocab import (
    AMOUNT_OBJECT_TAILS,
    AMOUNT_OBJECT_VERBS,
    APPROX_WORDS,
    ATTACK_NOUNS,
    AUXILIARY_VERBS,
    CHANGE_WORDS,
    COMPARED_WITH_VERBS,
    COMPASS_POINTS,
    CONTRAST_CONJUNCTIONS,
    DURATION_UNITS,
    IRREGULAR_PAST_VERBS,
    LIMITING_ADVERBS,
    MODAL_VERBS,
    PAY_WORDS,
    PEOPLE_GROUP_NOUNS,
    PEOPLE_NOUNS,
    PEOPLE_VERBS,
    PRICE_VERBS,
    RANGE_VERBS,
)
from .back_references import repeat_subject
from .figure import Figure, Value, is_number
from .giving import GIVING_VERBS
from .noun_phrases import DETERMINERS, past_form
from .numbers import (
    CLAUSE_END,
    MONTH,
    OR_HEDGED_JOINS,
    OR_JOIN,
    RE_WORD_BEFORE,
    RE_WORD_GAP,
    SCALE_WORDS,
    Doubled,
    Moved,
    alternation,
    normalise_number,
    scale_of,
    view_offset,
)
from .subject_clauses import DAY_PARTS
from .words import is_agent_plural, is_person_agent, names_persons

RE_JOIN = re.compile(rf"\s*(?:-|–|—|\bto\b|\band\b|\b{OR_JOIN}\b|\bup\s+to\b)\s*")
# RE_JOIN's, without the spaces around them; "up to" joins only after "from" ("salaries from
# £20,000 up to £55,000": a range, like "from A to B" with no change word)
RANGE_JOINS = frozenset(("-", "–", "—", "to", "and", "or", "up to", *OR_HEDGED_JOINS))
DASHES = frozenset(("-", "–", "—"))
RE_BETWEEN = re.compile(r"\b[Bb]etween\s+\Z")
RE_FROM = re.compile(r"\b[Ff]rom\s+\Z")
RE_EITHER = re.compile(r"\b[Ee]ither\s+\Z")  # "either 25 mg or 50 mg": two alternatives, not a range
RE_WORDS_BEFORE = re.compile(r"[A-Za-z]+")
CHANGE_LOOKBACK = 40  # characters before "from" read for a change word ("rose sharply from")


# "A unit or B unit", the same unit written on each ("5 km or 10 km", "50 mg or 100 mg"), and the
# last two of a list "X, A or B" ("1, 2 or 5 litres", "50 mg, 100 mg or 200 mg"): alternatives, each
# its own figure; not a scale word or a percent written twice ("5 million or 6 million people": an
# estimate), and not after a year opening the clause ("In 2023, 5 or 6 people": one range)
RE_OR_PAIR = re.compile(
    r"\d[\d,.]*(?P<unit>(?:\s*[^\W\d_][^\W\d_/.]*(?:/[^\W\d_]+)?)?)\s*or\s+\d[\d,.]*(?P<unit2>\s*[^\W\d_]+)?"
)
RE_LIST_ITEM_BEFORE = re.compile(r"(?:\A|[^\w,.])(?P<num>\d[\d,.]*)(?P<unit>[^,\d]{0,12}),\s*\Z")
OR_PAIR_REACH = 60  # characters from the first number read for the pair
LIST_ITEM_REACH = 30  # characters before the first number read for the list item before it
NO_ALTERNATIVE_UNITS = frozenset(("percent", "per", "pc", "points", "point", *SCALE_WORDS))
RE_YEAR = re.compile(r"[12]\d{3}")


def _listed_alternatives(body: str, start: int) -> bool:
    """Whether the "or" pair at `start` names alternatives with their unit (see RE_OR_PAIR)."""
    pair = RE_OR_PAIR.match(body, start, start + OR_PAIR_REACH)
    if pair is None:
        return False
    unit = pair.group("unit").strip()
    if (
        unit.lower() in NO_ALTERNATIVE_UNITS
        or (pair.group("unit2") or "").strip().lower() in NO_ALTERNATIVE_UNITS
    ):
        return False
    if unit and unit == (pair.group("unit2") or "").strip():
        return True
    item = RE_LIST_ITEM_BEFORE.search(body, max(0, start - LIST_ITEM_REACH), start)
    return (
        item is not None
        and item.group("unit").strip() == unit
        and not (not unit and RE_YEAR.fullmatch(item.group("num")))
    )


def is_alternatives(body: str, start: int, join: str) -> bool:
    """Whether "A or B" starting at `start` names two alternatives, each its own figure ("either
    25 mg or 50 mg", "either five or six people", "5 km or 10 km", "1, 2 or 5 litres"), not one
    uncertain range ("five or six people")."""
    return join.strip() == "or" and (
        RE_EITHER.search(body, max(0, start - 12), start) is not None or _listed_alternatives(body, start)
    )


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


def bare_count(fig: Figure) -> bool:
    """A count with nothing after its number: its unit comes from what follows."""
    return fig.kind == "count" and fig.end == fig.core[1]


def _scaled(fig: Figure, body: str) -> bool:
    """Whether a figure's number carries a scale word or abbreviation ("4.3bn", "12 million")."""
    return scale_of(body[fig.core[0] : fig.core[1]]) > 1


def _joinable(a: Figure, b: Figure) -> bool:
    if not (is_number(a.value) and is_number(b.value)) or b.kind in ("date", "duration") and a.kind != b.kind:
        return False
    if a.kind == "count" and not bare_count(a) and bare_count(b):
        return False  # "flights between the two cities to 28 a day": the noun is A's alone
    if a.measure and b.measure and a.measure != b.measure:
        return False  # "a 5-foot-11 forward": feet, then inches, no range
    return (a.unit == b.unit and a.kind == b.kind) or bare_count(a)


def _dashed_kind(a: Figure, b: Figure) -> str:
    """The kind of a range of two percents joined by a dash: the kind both were read with, else the
    one a cue gave (a verb before the first, "rose 3%-4%"; a noun after the second, "4%-5%
    growth") rather than the share either reads as alone."""
    if a.kind == b.kind or b.kind == "percentage_share":
        return a.kind
    return b.kind if a.kind == "percentage_share" else a.kind


# Coordinated figures with the unit written once, after the last ("410,000 and 95,000 tonnes",
# "40 million and 25 million ringgit", "4, 6 and 11 per cent respectively", "23, 31 and 40 people"):
# each bare number before it takes its unit, kind and subject. Not after "between" or "from" (a
# range or a change, read below), and not when the last figure opens a clause of its own, its verb
# after it ("the toll rose to 45 and 30 per cent of the dead were children", "rose to 45, and 30
# people were hurt"), unless the list follows "of" inside a noun phrase ("rates of 6.5 and 7 per
# cent have squeezed buyers") or is the subject ("23, 31 and 40 people were detained").
RE_COORDINATED_GAP = re.compile(r"\s+and\s+|,\s*and\s+|,\s*")
RE_OR_GAP = re.compile(r",?\s*or\s+")
RE_LIST_OPENER_BEFORE = re.compile(r"\b(?:[Bb]etween|[Ff]rom)\s+\Z")
RE_OF_BEFORE = re.compile(r"\bof\s+\Z")
RE_PART_OF_AFTER = re.compile(r"\s+of\b")
RE_CLAUSE_AFTER = re.compile(r"[^,.;:!?()]*")
VERB_AFTER_WORDS = 6  # words after a figure read for the verb of a clause it opens
# characters after a figure read for those words (bounded: a text with no clause mark is not read
# to its end for each figure)
CLAUSE_AFTER_REACH = 200


def clause_words_after(body: str, end: int) -> str:
    """The words after a figure ending at `end`, up to a clause mark, read CLAUSE_AFTER_REACH
    characters at most (a word the bound cuts is left out)."""
    limit = end + CLAUSE_AFTER_REACH
    clause = RE_CLAUSE_AFTER.match(body, end, limit).group(0)  # type: ignore[union-attr]
    if end + len(clause) == limit:
        clause = clause.rsplit(None, 1)[0] if clause.strip() else ""
    return clause


def opens_clause(body: str, end: int) -> bool:
    """Whether the words after a figure ending at `end`, up to a clause mark, hold a finite verb
    whose subject it is: a form of be, have or a modal, a past form ("were", "had", "said", "dropped")."""
    words = clause_words_after(body, end).lower().split()
    return any(
        w in AUXILIARY_VERBS or w in IRREGULAR_PAST_VERBS or w == "said" or past_form(w) and w.isalpha()
        for w in words[:VERB_AFTER_WORDS]
    )


def coordinate_units(figures: list[Figure], body: str) -> list[Figure]:
    """Figures with each bare number of a coordinated list taking the unit written after its last
    figure (above), read right to left so that the unit runs back along the list."""
    out = list(figures)
    carrier: Figure | None = None  # the figure whose unit the list before it takes
    for i in range(len(out) - 2, -1, -1):
        a, b = out[i], out[i + 1]
        gap = RE_COORDINATED_GAP.fullmatch(body, a.end, b.start) if a.end <= b.start else None
        if gap is None and a.end <= b.start and _listed_alternatives(body, a.start):
            gap = RE_OR_GAP.fullmatch(body, a.end, b.start)  # "1, 2 or 5 litres": a list of alternatives
        if gap is None or not is_number(a.value):
            carrier = None
            continue
        if carrier is not b:  # the list's last figure: its unit written, "and" before it
            carrier = b if _ends_list(out, i, gap.group(0), body) else None
        if carrier is None:
            continue
        if i > 0 and _joined(out[i - 1], a, body):
            carrier = None  # "€10-12 million and ...": the high end of a range, composed below
            continue
        if (
            not bare_count(a)
            or a.unit != "count"
            and not _people_guess_measured(a, carrier, gap.group(0), body)
        ):
            # "23, 31 and 40 people": the list goes on past 31
            carrier = a if (a.unit, a.kind, a.measure) == (b.unit, b.kind, b.measure) else None
            continue
        if RE_LIST_OPENER_BEFORE.search(body, max(0, a.start - 10), a.start):
            carrier = None  # "between 3,000 and 5,000 fighters", "from 82 to 70": composed below
            continue
        out[i] = a._replace(
            unit=b.unit,
            kind=b.kind,
            measure=b.measure,
            subject=b.subject,
            direction=b.direction,
            value=_carry_scale(a, b, body),
        )
        carrier = out[i]
    return out


# "a crew of 12": a group of persons and "of" right before a number, which counts its members
RE_PEOPLE_GROUP_OF_BEFORE = re.compile(
    rf"\b(?:{'|'.join(sorted(PEOPLE_GROUP_NOUNS))})\s+of\s+\Z", re.IGNORECASE
)


def _people_guess_measured(a: Figure, carrier: Figure, gap: str, body: str) -> bool:
    """Whether the bare number `a`, read as people from its clause alone (no noun of its own, no "a
    crew of" before it), is one of a list of measurements joined by "and" or commas whose last names
    the unit ("his crew boated two mahimahi of 18 and 23 pounds": 18 pounds, not 18 crew)."""
    return (
        a.unit == "people"
        and carrier.kind == "other"
        and bool(carrier.measure)
        and gap.strip() in ("and", ",", ", and")
        and RE_PEOPLE_GROUP_OF_BEFORE.search(body, max(0, a.start - 24), a.start) is None
    )


def _ends_list(figures: list[Figure], i: int, gap: str, body: str) -> bool:
    """Whether figure i + 1 ends a coordinated list with its unit written: "and" before it, a unit
    of its own, no clause of its own after it (see coordinate_units)."""
    b = figures[i + 1]
    if i + 2 < len(figures) and _joined(b, figures[i + 2], body):
        return False  # "... and Rs 3-4 lakh": a range's low end ends no list
    if (
        not ("and" in gap or "or" in gap)
        or b.unit == "count"
        or b.kind in ("date", "duration")
        or not is_number(b.value)
    ):
        return False
    if not opens_clause(body, b.end) or _after_of(figures, i, body):
        return True
    # "23, 31 and 40 people were detained": the list is the subject; not a part of a whole, nor a
    # clause after ", and" ("rose to 45, and 30 people were hurt")
    return "," not in gap and RE_PART_OF_AFTER.match(body, b.end) is None


def _joined(a: Figure, b: Figure, body: str) -> bool:
    """Whether two figures are joined by a dash or "to" (a range or a change, composed below)."""
    return a.end <= b.start and body[a.end : b.start].strip() in ("-", "–", "—", "to")


def _after_of(figures: list[Figure], i: int, body: str) -> bool:
    """Whether the list that figure `i` ends (its figures joined back by commas or "and") follows "of"."""
    while i > 0 and RE_COORDINATED_GAP.fullmatch(body, figures[i - 1].end, figures[i].start):
        i -= 1
    return RE_OF_BEFORE.search(body, max(0, figures[i].start - 4), figures[i].start) is not None


def compose(figures: list[Figure], body: str, is_change_word: Callable[[str], bool]) -> list[Figure]:
    """Figures in text order with ranges joined; `is_change_word` tells "rose 5 to 7" apart."""
    figures = coordinate_units(figures, body)
    out: list[Figure] = []
    i = 0
    while i < len(figures):
        a = figures[i]
        b = figures[i + 1] if i + 1 < len(figures) else None
        # the join between them is tested first: most neighbours are words apart (the cheap test first)
        join = (
            RE_JOIN.fullmatch(body, a.end, b.start)
            if b is not None and a.end <= b.start and body[a.end : b.start].strip() in RANGE_JOINS
            else None
        )
        # "$3.8-4.3bn", "$10-12 million", "Rs 3-4 lakh", "between $10 and 15": the sign written on
        # the first amount only, the scale (if any) on the second only; the pair is one range of money
        signed_low = (
            b is not None
            and join is not None
            and a.kind == "money"
            and bare_count(b)
            and (_scaled(b, body) or not _scaled(a, body))
        )
        word = " ".join(join.group(0).split()) if join is not None else ""
        if word in OR_HEDGED_JOINS:
            word = "or"  # "38 or even 40 degrees": one range, as "38 or 40 degrees"
        # "rose 3%-4%": two percents joined by a dash are one range whatever kind the second was
        # read with alone (its verb is the first's); a dash never joins a change to its new level
        # ... and so are two percents after "between" ("between 20% to 35%", "between 5% and 8%")
        dashed_percents = (
            b is not None
            and a.unit == b.unit == "percent"
            and (
                word in DASHES
                or word in ("to", "and")
                and RE_BETWEEN.search(body, max(0, a.start - 12), a.start)
                # ... or "to" after a verb of a forecast ("expected to rise 5% to 10%", "could
                # climb 12 percent to 18 percent"): an uncertain change, a range, not a change and
                # its new level
                or word == "to"
                and _forecast_before(body, a.start)
                and not _far_apart(body, a.start)  # "to rise 0.5% to 5.5%": the change, then the level
            )
        )
        if (
            b is None
            or join is None
            or not (is_number(a.value) and is_number(b.value))  # a range read whole is no end of one
            or not (_joinable(a, b) or signed_low or dashed_percents)
        ):
            out.append(a)
            i += 1
            continue
        before = body[max(0, a.start - 12) : a.start]  # "between " or "from " opens the pair
        if word == "up to":
            if not RE_FROM.search(before):
                out.append(a)
                i += 1
                continue
            word = "to"
        if is_alternatives(body, a.start, word):
            if bare_count(a):  # "either 3 or 4 percent": two alternatives, the unit written once
                a = a._replace(unit=b.unit, kind=b.kind, measure=b.measure)
            out.append(a)
            i += 1
            continue
        between = RE_BETWEEN.search(before)
        change = word == "to" and not between and is_change_pair(body, a.start, is_change_word)
        low = _carry_scale(a, b, body)
        from_ = RE_FROM.search(before)
        if change or float(low) >= float(b.value) or (word == "and" and not between):
            if bare_count(a) and word in ("to", "and") and (change or between or from_):
                a = a._replace(unit=b.unit, kind=b.kind, value=low)  # "from 82 to 70 people"
            elif signed_low and change:
                a = a._replace(value=low)  # "rose from $5 to 7 million": $5 million before
            out.append(a)
            i += 1
            continue
        start = between.start() + max(0, a.start - 12) if between else a.start
        value = f"{normalise_number(low)}/{normalise_number(b.value)}"
        # the money's currency and subject, not the bare number's; a dashed percent's, whose verb is the first's
        named = a if signed_low or dashed_percents and word in DASHES else b
        out.append(
            Figure(
                start,
                b.end,
                (a.core[0], b.core[1]),
                value,
                named.unit,
                _dashed_kind(a, b) if dashed_percents else named.kind,
                named.subject,
                a.approx or b.approx,
                named.direction,
                named.measure,
            )
        )
        i += 2
    return out


# the word right before a bare number that takes the unit of the figure before it
CARRY_WORDS = frozenset("from to against with than versus vs not every".split())
CARRY_KINDS = frozenset(("money", "percent_change", "percentage_share", "other", "duration"))
CARRY_GAP = 40  # characters between the two figures, at most
APPROX_REACH = 30  # characters of the gap's end read for an approximation word after the carry word
# ... or further when a contrast stands right before the bare number, after a comma or not ("36
# months of payments before the loan is cleared, rather than 24", "12 tonnes a day will move
# through the new chute rather than eight"): the clause in between is the first figure's
CONTRAST_ENDINGS = (", rather than ", ", instead of ", ", not ", " rather than ", " instead of ")
CONTRAST_CARRY_GAP = 80
DURATION_CARRY_RATIO = 20  # a span of time carries its unit to a number at most this many times it
# ... or across a sentence end, when the next sentence opens by pointing back at the figure ("Copper
# output reached 43,500 tonnes. That was up from 37,500 a year earlier", "... That compares with
# 510 million"): the bare number is that figure's earlier level
RE_RESTATING_OPENER = re.compile(
    r"[.!?][\"”’)]?\s+(?:That|This|It|The\s+(?:figure|total|number|level))\s+"
    r"(?:was|is|compares|compared|represents|represented|marks|marked)\b"
)
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
RE_UNIT_LABEL = re.compile(r"\(unit: [^)]+\)")
RE_OF_WHOLE = re.compile(r"\s+of\s+(?:the|its|their|his|her)?\s*")  # a part, then the whole it is of
RE_OF_THEM = re.compile(r"\s+of\s+(?:them|those)\b")  # "About 1,315 of them": a part of a count
RE_LEVEL_BEFORE = re.compile(r"\b(?:to|at)\s+\Z")  # "rose to 3.4% from 3.1": a level, then the earlier one


def carry_units(figures: list[Figure], body: str, sentence_of: Callable[[int], int]) -> list[Figure]:
    """A bare number takes the currency, percent or unit of the figure just before it in its
    sentence ("rose to 5.2 billion rand from 4.8 billion", "to 3.4% from 3.1"), when only a few
    words without numbers join them and the last is "from", "to", "against", "than"...; a part
    takes the currency of the whole after it ("280 million of the 1.5 billion shekels"); a span of
    time carries its unit too ("more than 30 minutes and the full fare for more than 60")."""
    out: list[Figure] = []
    for i, fig in enumerate(figures):
        if out and _objectless_noun(fig, body):
            fig = fig._replace(end=fig.core[1], unit="count", subject="")  # its noun is another clause's
        if not bare_count(fig):  # only a bare number takes a unit
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
            and _same_scale(whole, fig, body)
        ):
            fig = fig._replace(
                unit=whole.unit, kind="money"
            )  # "raised 280 million of the 1.5 billion shekels"
        elif (
            whole is not None and _counts_a_noun(whole) and RE_OF_WHOLE.fullmatch(body, fig.end, whole.start)
        ):
            # "441.3 points, with 22 of its 30 stocks": the whole's noun counts the part, not the points
            fig = _with_unit_of(whole, fig, body)
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
        elif prev is not None and (placed := _compared_second(out, fig, body)) is not None:
            fig = _with_unit_of(placed, fig, body)  # "$2bn and $300m, against 1.8bn and 250m": the second's
        elif (
            prev is not None and (averaged := _period_average_level(out, fig, body, sentence_of)) is not None
        ):
            fig = _with_unit_of(averaged, fig, body)  # "96mm, against a 30-year average of 210"
        elif prev is not None and _vote_tally(prev, fig, body):
            fig = fig._replace(unit=prev.unit, kind=prev.kind, subject=prev.subject)
        elif prev is not None and (
            _carries(prev, fig, body, sentence_of)
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
            fig = _with_unit_of(dated or prev, fig, body)
        elif prev is not None:
            fig = (
                _gapped_persons_amount(prev, fig, body, sentence_of)
                or elided(prev, fig, body, sentence_of)
                or _gapped_common_scaled(prev, fig, body, sentence_of)
                or _more_of_bare(prev, fig, body, sentence_of)
                or _gapped_past_aside(out, fig, body, sentence_of)
                or _part_of_which(prev, fig, body)
                or _part_of_it(prev, fig, body)
                or _whole_out_of(prev, fig, body)
                or _part_of_the_whole(prev, fig, body)
                or _parallel_across(out, fig, body, sentence_of)
                or _parallel_subject_clause(out, fig, body, sentence_of)
                or parallel_verb_unit(_last_undated(out), fig, body, sentence_of)
                or _scaled_people_elided(out, fig, body, sentence_of)
                or timed(out, fig, body, sentence_of)
                or _amount_past_span(out, fig, body, sentence_of)
                or _amount_now(out, fig, body, sentence_of)
                or _placed_ratio_level(_last_undated(out), fig, body, sentence_of)
                or _carried_object(_last_undated(out), fig, body, sentence_of)
                or _later_level(_last_undated(out), fig, body, sentence_of)
                or _carried_verb_object(_last_undated(out), fig, body, sentence_of)
                or fig
            )
        out.append(fig)
    return out


# Two figures joined by "and", then two set against them, joined by "and" too, after a word of
# comparing ("1.62 million cruise passengers and 478,000 stay-over visitors next year, against 1.55
# million and 462,000 this year"): each of the later pair measures what the earlier figure in its
# place measures, in order, not both what the nearer one does (read after subjects are named)
RE_PAIR_AND = re.compile(r"\s*,?\s*and\s+")
RE_YEAR_IN_GAP = re.compile(r"\b(?:1[89]|20)\d\d\b")  # a year between the pairs, read as a word
RE_PAIR_COMPARED_GAP = re.compile(
    r"[^\d.;:]{0,40}?\b(?:against|compared\s+(?:with|to)|versus|from)\s+(?:(?:about|around|some|nearly)\s+)?"
)


def _compared_second(out: list[Figure], fig: Figure, body: str) -> Figure | None:
    """The second of a pair "X and Y" a bare number stands against, as the second of a compared
    pair "C and D" whose C took X's unit (above), or None."""
    undated: list[Figure] = []  # the last three that are no date ("in 2027, against ...")
    for f in reversed(out):  # (from the end: a long list of figures is not read again for each)
        if f.kind != "date":
            undated.append(f)
            if len(undated) == 3:
                break
    if len(undated) < 3:
        return None
    c, y, x = undated
    if (
        not _compared_pairs(x, y, c, fig, body)
        or (c.unit, c.kind) != (x.unit, x.kind)
        or not is_number(y.value)
    ):
        return None
    return y


def _compared_pairs(x: Figure, y: Figure, c: Figure, d: Figure, body: str) -> bool:
    """Whether "X and Y ..., against C and D" joins the four figures (above); a date may stand in
    the words between the pairs ("40,000 flights in 2027, against")."""
    if not (x.end <= y.start and y.end <= c.start and c.end <= d.start):
        return False
    between = RE_YEAR_IN_GAP.sub(" ", body[y.end : c.start])
    return (
        RE_PAIR_AND.fullmatch(body, x.end, y.start) is not None
        and RE_PAIR_AND.fullmatch(body, c.end, d.start) is not None
        and RE_PAIR_COMPARED_GAP.fullmatch(between) is not None
    )


def respective(figures: list[Figure], body: str, sentence_of: Callable[[int], int]) -> list[Figure]:
    """Figures with a compared pair taking the subjects of the pair before it, in order (above);
    run on named subjects, after a bare number took the nearest counted noun."""
    out = list(figures)
    undated = [i for i, f in enumerate(out) if f.kind != "date"]
    for n in range(len(undated) - 3):
        i, j, k, m = undated[n : n + 4]
        x, y, c, d = out[i], out[j], out[k], out[m]
        if x.subject == y.subject or len({sentence_of(f.start) for f in (x, y, c, d)}) != 1:
            continue
        if (c.unit, c.kind, d.unit, d.kind) != (x.unit, x.kind, y.unit, y.kind) or not (
            bare_count(c) and bare_count(d)
        ):
            continue
        if _compared_pairs(x, y, c, d, body):
            out[k], out[m] = c._replace(subject=x.subject), d._replace(subject=y.subject)
    return out


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


# the hedges of vocab.APPROX_WORDS, a space in one read as any white space ("more than")
APPROX = alternation(APPROX_WORDS).replace(r"\ ", r"\s+")


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
# after residents names no people.
RE_CROWD_BEFORE = re.compile(
    r"(?:\b(?:drew|draws?|drawing|averag(?:ed|es|e|ing)|peak(?:ed|s|ing)?\s+at|pass(?:ed|es|ing)?|top(?:ped|s)?"
    r"|attract(?:ed|s|ing)?|pull(?:ed|s|ing)?\s+in|watched\s+by|seen\s+by|audiences?\s+of|crowds?\s+of)"
    rf"(?:\s+(?:{APPROX}))?\s+"
    r"|\b[A-Z][\w'’]*\s+\()\Z"
)
RE_AMOUNT_OF_AFTER = re.compile(r"\s+(?:in|of)\s+(?!the\b)[a-z]")
SCALED_PEOPLE_REACH = 420  # characters from the earlier count's end to the bare one
SCALED_PEOPLE_SENTENCES = 2  # sentences back the earlier count may stand
SCALED_PEOPLE_LOOKBACK = 6  # figures back read for the earlier count


def _scaled_people_elided(
    out: list[Figure], fig: Figure, body: str, sentence_of: Callable[[int], int]
) -> Figure | None:
    """The bare scaled count `fig` read as the people of the scaled count before it (see above), or None."""
    if fig.unit != "count" or fig.measure or not _scaled(fig, body):
        return None
    if not RE_CROWD_BEFORE.search(body, max(0, fig.start - 40), fig.start):
        return None
    if RE_AMOUNT_OF_AFTER.match(body, fig.end):
        return None  # "topped 2 million in ticket sales": a sum of something else
    for prev in reversed(out[-SCALED_PEOPLE_LOOKBACK:]):
        if fig.start - prev.end > SCALED_PEOPLE_REACH:
            return None
        if prev.kind == "date" or not _scaled(prev, body):
            continue  # a year, a rating or a share between the two
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
        and _same_scale(later, fig, body)
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
        and not _counts_a_noun(named)
        or sentence_of(named.start) != sentence_of(fig.start)
        or period.start - named.end > CARRY_GAP
        or RE_PERIOD_AVERAGE_GAP.search(body, named.end, period.start) is None
        or any(c.isdigit() for c in body[named.end : period.start])
    ):
        return None
    low, high = _range_high(named.value), _range_high(fig.value)
    if not low or not high or not 1 / LEVEL_CARRY_RATIO <= high / low <= LEVEL_CARRY_RATIO:
        return None  # "42 boats, against a 10-year average of 3,100": not one quantity's levels
    return named if _same_scale(named, fig, body) else None


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
        and not (compared and _counts_a_noun(prev) and not fig.measure)
    ):
        return False
    if _describing_measure(prev, body) and is_number(prev.value) and prev.value and high:
        ratio = high / prev.value
        if not 1 / ADJECTIVE_CARRY_RATIO <= ratio <= ADJECTIVE_CARRY_RATIO:
            return False  # "1,086 indri across the 96,000-hectare reserve, against 1,375": the indri
    if (
        len(gap) > (CONTRAST_CARRY_GAP if compared or gap.endswith(CONTRAST_ENDINGS) else CARRY_GAP)
        or any(c.isdigit() for c in gap)
        or sentence_of(prev.start) != sentence_of(fig.start)
        and not (sentence_of(prev.start) + 1 == sentence_of(fig.start) and RE_RESTATING_OPENER.search(gap))
    ):
        return False
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
        words = _without_approx(tail)
        if len(words) == len(tail) or not words or words[-1] not in CARRY_WORDS | more_words:
            return False
        word = words[-1]
    if prev.kind == "duration" and period_compared(body, prev, fig):
        return False  # "lost four ferries in the 12 months to March, against 9 a year earlier"
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
    ):
        return False  # "fell 3 per cent to 10,590", "by 15 per cent, from 82 to 70": counts
    return _same_scale(prev, fig, body)


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
# currency, though no scale is written.
RE_RATE_BASE_TAIL = re.compile(
    r"\s+(?:per|to\s+the|to\s+one|against\s+the)\s+(?:US\s+|U\.S\.\s+)?(?:dollar|euro|pound|yen|yuan|greenback)\b",
    re.IGNORECASE,
)


# nouns of another level of the same rate ("an official rate of", "its previous close of", "a record low of")
RATE_LEVEL_NOUNS = frozenset("rate close level low high peak".split())


def _rate_compared(prev: Figure, fig: Figure, body: str, sentence_of: Callable[[int], int]) -> bool:
    """Whether the bare number `fig` is a second exchange rate compared with the rate `prev` (above)."""
    if prev.kind != "money" or fig.start - prev.end > COMPARED_AMOUNT_GAP + 20:
        return False
    tail = RE_RATE_BASE_TAIL.match(body, prev.end)
    start = tail.end() if tail else prev.end
    if tail is None and RE_RATE_BASE_TAIL.search(body, prev.core[1], prev.end) is None:
        return False  # no currency it is quoted against: an amount, not a rate
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


def _bracketed_earlier(prev: Figure, fig: Figure, body: str) -> bool:
    """Whether the bare number `fig` stands alone in brackets right after the amount `prev`, with a
    decimal point where `prev` has one, and the same scale (above)."""
    return (
        (prev.kind == "money" or prev.kind == "other" and bool(prev.measure) and _scaled(fig, body))
        and is_number(prev.value)
        and RE_BRACKET_OPEN_GAP.fullmatch(body, prev.end, fig.start) is not None
        and body.startswith(")", fig.end)
        and ("." in body[fig.start : fig.end]) == ("." in body[prev.core[0] : prev.core[1]])
        and _same_scale(prev, fig, body)
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
        and _same_scale(prev, fig, body)
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
    r"|in\s+the\s+same\s+period|last\s+(?:year|month|week|quarter))\b"
)


def period_compared(body: str, prev: Figure, fig: Figure) -> bool:
    """Whether `prev` is a span dating a figure (a period opener before it) and the bare number
    `fig` is dated earlier than it (see above)."""
    return bool(
        RE_PERIOD_OPENER.search(body, max(0, prev.start - 24), prev.start)
        and RE_EARLIER_AFTER.match(body, fig.end, fig.end + 30)
    )


# Ellipsis: a bare number whose noun or unit stands with the figure before it, left out as news
# prose leaves out a repeated word. Read only when the bare number ends its clause, and the
# figure before it is (1) its parallel in a coordinated clause, the same word before both ("Patel
# took 14 wickets and Khan took 9", "accounted for 41% of cases, and the city alone for 297"),
# (2) compared "to" a name's ("17 shots to Rovers' 9"), or (3) the last figure of the sentence
# before a short one that answers it ("he had 30 minutes to change the game. He needed 15").
RE_CLAUSE_END_AFTER = re.compile(rf"(?:\s+(?:last|this)\s+(?:year|month|week|season))?{CLAUSE_END}")
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
    r"(?:(?:now|only|just|still|about|around|roughly|nearly|almost|some)\s+)?\Z",
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
        prev.kind != "count"
        and not _scaled(prev, body)
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
            prev.kind == "count" or prev.kind in GAPPED_UNIT_KINDS and _same_scale(prev, fig, body)
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
            return _with_unit_of(prev, fig, body)
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


def _amount_past_span(
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
        or not _same_scale(amount, fig, body)
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


def _amount_now(
    out: list[Figure], fig: Figure, body: str, sentence_of: Callable[[int], int]
) -> Figure | None:
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
        or not _same_scale(amount, fig, body)
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


def _last_undated(out: list[Figure]) -> Figure | None:
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


def _later_level(
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
        or not _same_scale(prev, fig, body)
    ):
        return None
    if _levels_apart(prev, fig, body) or RE_LEVEL_AFTER.match(body, fig.end) is None:
        return None
    gap = body[prev.end : fig.start]
    if _verb_follows(body, fig.end):
        return None  # "and 12 at the beach were treated": the subject of a verb of its own, a count
    if RE_DAY_PART_AFTER.match(body, fig.end):
        return None  # "3 in the morning": a clock time
    words = _without_approx([w.lower() for w in RE_WORDS_BEFORE.findall(gap)])
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
    elif RE_NEW_SUBJECT_TAIL.search(gap) is not None:
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
    level = _with_unit_of(prev, fig, body)
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


def _placed_ratio_level(
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
        or _verb_follows(body, fig.end)
    ):
        return None
    return _with_unit_of(prev, fig, body)


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
# ... and the verbs a span of time is taken or lasts by ("The crossing used to take 90 minutes. It now
# takes 55", "the one in Luxembourg lasted four")
SPAN_TAKING_VERBS = frozenset("take takes took taken last lasts lasted".split())
PRESENT_SET_WORDS = frozenset(("now", "today", "currently", "still"))
RE_OBJECT_AFTER = re.compile(r"\s+(?:so\s+far|to\s+date|already|to\s+(?:a|an|the|his|her|their|its|other)\b)")
OBJECT_GAP = 120  # characters between the two figures, at most


def _carried_object(
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
        or not _same_scale(prev, fig, body)
    ):
        return None
    if _levels_apart(prev, fig, body):
        return None
    gap = body[prev.end : fig.start]
    if not (RE_LEVEL_AFTER.match(body, fig.end) or RE_OBJECT_AFTER.match(body, fig.end)) or _verb_follows(
        body, fig.end
    ):
        return None
    words = _without_limiting(_without_approx(RE_WORDS_BEFORE.findall(gap)))
    if len(words) < 2:
        return None
    verb = words[-1].lower()
    if fig.unit == "people" and verb in PEOPLE_VERBS:
        return None  # "and has rescued 12": persons, by their verb
    if prev.kind == "duration":
        spans = verb in SPAN_OBJECT_VERBS or verb in SPAN_TAKING_VERBS
        return _with_unit_of(prev, fig, body) if spans else None
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
    return _with_unit_of(prev, fig, body)


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


def _carried_verb_object(
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
        or not _same_scale(prev, fig, body)
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
    if not (RE_LEVEL_AFTER.match(body, fig.end) or RE_OBJECT_AFTER.match(body, fig.end)) or _verb_follows(
        body, fig.end
    ):
        return None
    words = _without_limiting(_without_approx([w.lower() for w in RE_WORDS_BEFORE.findall(gap)]))
    particles: list[str] = []
    while words and words[-1] in OBJECT_PARTICLES and len(particles) < 2:
        particles.append(words.pop())
    if not words or not _verb_form(words):
        return None
    if fig.unit == "people" and not (prev.kind == "money" and words[-1] in PRICE_VERBS):
        return None  # "arrested 12": persons, by their verb ("Traders now charge 1,700": a price)
    if (
        "at" in particles
        and float(fig.value) == int(fig.value)  # type: ignore[arg-type]
        and fig.value <= CLOCK_HOURS  # type: ignore[operator]
    ):
        return None  # "Doors opened at 11": a clock time
    return _with_unit_of(prev, fig, body)


def _verb_follows(body: str, end: int) -> bool:
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
    words = _without_approx(
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
# what opens a gapped clause before its name: a comma, "and" or both, and "the"
GAPPED_OPENER = r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?"
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
    rf"(?:[^.;:!?()\d\n]|(?<=[A-Za-z])\d+|(?<![\d.,])\d{{1,3}}(?:st|nd|rd|th)\b)*?(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?(?P<name>{GAPPED_SUBJECT})"
)
GAPPED_REST_REACH = 100  # characters of a first clause's rest and the gapped name, at most


# a count compared with its earlier level in an aside ("recorded nine robberies, down from 15,"):
# a gapped clause after the aside ("and the outer islands three") leaves out the count's noun, as
# it would with no aside
RE_COMPARED_ASIDE_GAP = re.compile(r",\s*(?:up|down)\s+from\s+(?:(?:about|some|nearly|around)\s+)?")


def _gapped_past_aside(
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


def _gapped_common_scaled(
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
        or not _scaled(fig, body)
        or scale_of(body[prev.start : prev.end]) == 1  # "27.5 million tonnes": the measure's scale
        or RE_CLAUSE_END_AFTER.match(body, fig.end) is None
        or sentence_of(prev.start) != sentence_of(fig.start)
        or _gapped_common(body[prev.end : fig.start], fig.start - prev.end, RE_GAPPED_COMMON_SCALED) is None
    ):
        return None
    return _with_unit_of(prev, fig, body)


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


def _gapped_persons_amount(
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
        or not _same_scale(prev, fig, body)
    ):
        return None
    opened = RE_NAME_VERB_BEFORE.search(body, max(0, prev.start - GAPPED_REACH), prev.start)
    if opened is None:
        # persons and their verb open the first clause ("Matatu drivers earn Sh38,000")
        persons = RE_PERSONS_VERB_BEFORE.search(body, max(0, prev.start - GAPPED_REACH), prev.start)
        named = persons is not None and persons.group("noun").lower()
        opened = persons if named and (names_persons(named) or is_agent_plural(named)) else None
    return _with_unit_of(prev, fig, body) if opened is not None else None


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


def _with_unit_of(named: Figure, fig: Figure, body: str) -> Figure:
    """`fig` with the unit (and a count's noun) of `named`."""
    if named.kind == "count":
        noun = " ".join(body[named.core[1] : named.end].split())
        return fig._replace(unit=named.unit, subject=noun or named.subject)
    label = RE_UNIT_LABEL.search(named.subject) if named.unit == "other" else None
    subject = f"{fig.subject} {label.group(0)}".strip() if label else fig.subject
    return fig._replace(unit=named.unit, kind=named.kind, measure=named.measure, subject=subject)


def _counts_a_noun(named: Figure) -> bool:
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


def _part_of_which(prev: Figure, fig: Figure, body: str) -> Figure | None:
    """The bare number `fig` as a part "of which" the figure before it is the whole, or None."""
    if fig.unit != "count" or fig.measure or not _carries_a_unit(prev):
        return None
    if fig.start - prev.end > 24 or not RE_OF_WHICH_BEFORE.search(body, prev.end, fig.start):
        if RE_OF_WHICH_GAP.fullmatch(body, prev.end, fig.start) is None:
            return None
    return _with_unit_of(prev, fig, body)


# a whole right after its part and "out of", with no noun of its own ("on three days out of five",
# "two flights out of three"): the whole counts what the part counts (not a ratio's "nine out of
# 10 doctors", whose whole names its noun)
RE_OUT_OF_GAP = re.compile(r"\s+out\s+of\s+(?:the\s+|a\s+possible\s+)?")


def _whole_out_of(prev: Figure, fig: Figure, body: str) -> Figure | None:
    """The bare number `fig` as the whole "out of" which the count or span `prev` is a part, in its
    unit (RE_OUT_OF_GAP), or None."""
    if fig.unit != "count" or fig.measure or not (_counts_a_noun(prev) or prev.kind == "duration"):
        return None
    if RE_OUT_OF_GAP.fullmatch(body, prev.end, fig.start) is None or not is_number(prev.value):
        return None
    return _with_unit_of(prev, fig, body)


def _part_of_it(prev: Figure, fig: Figure, body: str) -> Figure | None:
    """The bare number `fig` named as a part "of it" of the amount or measure before it in its
    clause (RE_PART_GAP_TO_OF_IT, RE_OF_IT_AFTER), in its unit, or None."""
    if fig.unit != "count" or fig.measure or prev.kind not in ("money", "other") or prev.unit == "percent":
        return None
    if not _carries_a_unit(prev) or not RE_OF_IT_AFTER.match(body, fig.end):
        return None
    if RE_PART_GAP_TO_OF_IT.fullmatch(body, prev.end, fig.start) is None or not _same_scale(prev, fig, body):
        return None
    return _with_unit_of(prev, fig, body)


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
RE_PART_GAP = re.compile(
    r"[^.;:!?\d(),]{0,80},\s+(?:(?:only|just|about|around|roughly|some|nearly|almost|over|under)\s+)?"
)
OF_THE_REACH = 40  # characters before the whole read for its "of the" opening


def _part_of_the_whole(prev: Figure, fig: Figure, body: str) -> Figure | None:
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
    return _with_unit_of(prev, fig, body)


def _parallel_across(
    out: list[Figure], fig: Figure, body: str, sentence_of: Callable[[int], int]
) -> Figure | None:
    """The bare number `fig` with the noun or unit of its parallel in the sentence before (see
    above), or None."""
    if fig.unit != "count" or fig.measure or not RE_CLAUSE_END_AFTER.match(body, fig.end):
        return None
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
        return _with_unit_of(earlier, fig, body)
    return None


# Two coordinated clauses, each a count and its verb, the first with a measurement after the verb
# ("212 residents had more than 2 micrograms per gram, and 38 had over 10"): the second clause's
# bare number, ending it after the same verb (approximation words aside), is in the measurement's
# unit, not a count of its own
PARALLEL_SUBJECT_GAP = 30  # characters between the second count and the bare number, at most
PARALLEL_MEASURE_GAP = 40  # characters between the measurement and the second count, at most


def _parallel_subject_clause(
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
    verb = _without_approx([w.lower() for w in RE_WORDS_BEFORE.findall(body, subject.end, fig.start)])
    if len(verb) != 1:
        return None  # one verb between the count and its number: "38 had over 10"
    before = _without_approx(
        [w.lower() for w in RE_WORDS_BEFORE.findall(body, max(0, measured.start - 30), measured.start)]
    )
    return _with_unit_of(measured, fig, body) if before[-1:] == verb else None


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
        or not RE_CLAUSE_END_AFTER.match(body, fig.end)
        or not _same_scale(prev, fig, body)
    ):
        return None
    gap = body[prev.end : fig.start]
    apart = sentence_of(fig.start) - sentence_of(prev.start)
    if (
        any(c.isdigit() for c in gap)
        or not (apart == 1 or apart == 0 and RE_COORDINATED.search(gap))
        or _levels_apart(prev, fig, body)
    ):
        return None
    words = _without_limiting(_without_approx([w.lower() for w in RE_WORDS_BEFORE.findall(gap)]))
    if not words:
        return None
    if _same_verb_before(body, prev, fig) or prev.kind == "duration" and words[-1] in SPAN_TAKING_VERBS:
        return _with_unit_of(prev, fig, body)
    return None


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


def _same_scale(named: Figure, bare: Figure, body: str) -> bool:
    """A scale written on the named figure only ("$5.2bn from 4.8") leaves the bare one's value unknown."""
    return (
        scale_of(body[named.core[0] : named.core[1]]) == 1 or scale_of(body[bare.core[0] : bare.core[1]]) > 1
    )


# verbs that move a figure or a date from one value to another ("the bill went from 9,000 to
# 16,000 pesos", "completion was pushed back from 2029 to 2034", "labourers move from E3 850 to
# E4 100 a month"): right before "from", with a particle between ("back", "forward"), "from A to B"
# after them is a before and an after
MOVE_WORDS = frozenset(
    "went gone moved shifted changed switched revised pushed postponed delayed deferred rescheduled brought".split()
    + "move moves moving shift shifts shifting".split()  # not "go": "tickets go from 20 to 50" is a range
)
MOVE_PARTICLES = frozenset("back forward up down out".split())
# ... and "go" after a modal, "to" or a verb of seeing ("wages will go from R4 200 to R4 650", "will
# see their pay go from"), or "goes" ("the monthly wage goes from 1,300 cedis to 1,450 cedis"),
# with a pay word before it: one pay level's move, old and new (as p642 and p661 label them)
PAY_GO_WORDS = frozenset(("go", "goes"))
PAY_GO_OPENERS = frozenset(MODAL_VERBS) | frozenset("to see sees saw".split())
PAY_GO_LOOKBACK = 64  # characters before "from" read back to the pay word
PAY_GO_WORDS_BACK = 8  # words between the pay word and "go"


def moves_from(body: str, start: int) -> bool:
    """Whether "from A to B" starting at A's `start` follows a verb that moves a value ("went from",
    "was pushed back from"): the pair is a before and an after, for dates as for amounts."""
    words = [w.lower() for w in RE_WORDS_BEFORE.findall(body, max(0, start - CHANGE_LOOKBACK), start)]
    if len(words) < 2 or words[-1] != "from":
        return False
    verb = words[-2]
    if verb in PAY_GO_WORDS:
        return _pay_goes(body, start)
    if verb in MOVE_PARTICLES and len(words) > 2:
        verb = words[-3]
    return verb in MOVE_WORDS


def _pay_goes(body: str, start: int) -> bool:
    """Whether "go from" or "goes from" before `start` moves one pay level (PAY_GO_WORDS): a pay
    word (vocab.PAY_WORDS) in the words before the verb, and "goes", or "go" after a modal, "to"
    or a verb of seeing ("wages will go from", "see their pay go from"); not "tickets go from"."""
    words = [w.lower() for w in RE_WORDS_BEFORE.findall(body, max(0, start - PAY_GO_LOOKBACK), start)]
    between = words[-PAY_GO_WORDS_BACK - 2 : -2]
    if PAY_WORDS.isdisjoint(between):
        return False
    return words[-2] == "goes" or not PAY_GO_OPENERS.isdisjoint(between)


# A change verb in its bare form after a modal or an infinitive's "to" ("prices would fall 5 to 10
# percent", "is expected to grow 3 to 4 percent"): a forecast, which news states as a range; a
# change that happened ("fell 0.2 to 4.1 percent") gives the change, then the level reached
BARE_CHANGE_VERBS = frozenset(
    "rise fall grow drop decline increase decrease climb jump slip ease shrink".split()
)
FORECAST_OPENERS = frozenset("would could may might will should to".split())


def _forecast_verb(words: list[str]) -> bool:
    """Whether `words` end with a bare change verb after a modal or "to", an adverb between allowed."""
    if len(words) < 2 or words[-1] not in BARE_CHANGE_VERBS:
        return False
    return words[-2] in FORECAST_OPENERS or (len(words) > 2 and words[-3] in FORECAST_OPENERS)


def _forecast_before(body: str, start: int) -> bool:
    """Whether the words before `start` end with a bare change verb of a forecast ("to rise",
    "could climb about")."""
    words = [w.lower() for w in RE_WORDS_BEFORE.findall(body[max(0, start - CHANGE_LOOKBACK) : start])]
    return _forecast_verb(_without_approx(words))


def is_change_pair(body: str, start: int, is_change_word: Callable[[str], bool]) -> bool:
    """Whether "A to B" starting at `start` is a change (before and after), not a range: a change
    word right before A ("up 5 to 7"), or before "from" ("rose from 5 to 7", "up from 5 to 7"), or
    a gapped clause after an earlier pair of its sentence that is one (`_gapped_earlier`). A chain
    of gapped clauses is walked back in a loop, and the answers of the text's pairs are kept
    (_chain), so that a sentence of many is read in linear time and no recursion runs deep."""
    walked: list[tuple[int, Callable[[str], bool]]] = []
    answer = False
    at: int | None = start
    while at is not None:
        with _CHAIN_LOCK:
            known = _chain.answers.get((at, is_change_word)) if _chain.body is body else None
        if known is not None:
            answer = known
            break
        walked.append((at, is_change_word))
        own = _own_change_pair(body, at, is_change_word)
        if own is not None:
            answer = own
            break
        at = _gapped_earlier(body, at, is_change_word)
    with _CHAIN_LOCK:
        if _chain.body is not body or len(_chain.answers) > CHAIN_ANSWERS_KEPT:
            _chain.body, _chain.answers = body, {}
        _chain.answers.update(dict.fromkeys(walked, answer))
    return answer


class _ChainAnswers:
    """is_change_pair's answers for the pairs of one text (the last one read), by the pair's start
    and the test of change words: a later gapped clause walks back to them."""

    def __init__(self) -> None:
        self.body = ""
        self.answers: dict[tuple[int, Callable[[str], bool]], bool] = {}


_chain = _ChainAnswers()
CHAIN_ANSWERS_KEPT = 4096  # answers kept for one text, at most (then emptied)
_CHAIN_LOCK = threading.Lock()


def _own_change_pair(body: str, start: int, is_change_word: Callable[[str], bool]) -> bool | None:
    """is_change_pair's answer from the pair's own clause; None when that leaves it to the earlier
    pair a gapped clause takes its verb from."""
    before = _this_sentence(body[max(0, start - CHANGE_LOOKBACK) : start])
    words = [w.lower() for w in RE_WORDS_BEFORE.findall(before)]
    if not words:
        return False
    if _without_approx(words)[-1:] == [
        "by"
    ]:  # "rose by (about) $43.6bn to $419.2bn": a change, then the level
        return bool(
            _far_apart(body, start) or _signed_level_after_change(body, start, words[:-1], is_change_word)
        )
    if words[-1] != "from" and words[-2:] != ["up", "to"] and _without_approx(words)[-1:] == ["from"]:
        # "rose from about 5 to 7": the "from" before the approximation; not "up to", which joins
        # a range after "from" ("from up to 250 miles to 290 miles" stays as read)
        words = _without_approx(words)
    if words[-1] != "from":
        return bool(is_change_word(words[-1]) and not _forecast_verb(words))
    # "rose 50 per cent, from 100 to 150", "went from 100 to 150"; a comparative that opens an
    # approximation is no change word ("within less than a day, priced from $5 to $9")
    window = words[-7:]
    if any(is_change_word(w) and window[i + 1] != "than" for i, w in enumerate(window[:-1])) or moves_from(
        body, start
    ):
        return True
    if _states_change_amount(body, start, is_change_word) or _moves_object_from(body, start):
        return True
    if len(words) > 1 and words[-2] in MULTIPLE_VERBS or _resizes_from(body, start, words):
        return True
    return True if _clause_changes(body, start, is_change_word) else None


# "from A to B" set off by a comma after the clause that states a change by an amount ("will
# increase the rate by 4.5 per cent, from $148.20 to $154.87", "lifted its dividend 12 per cent
# over the year, from 40 cents to 44.8 cents"): the old and the new level of that change, however
# far back its verb stands (CHANGE_LOOKBACK reads 40 characters)
RE_COMMA_FROM_BEFORE = re.compile(r",\s+from\s+\Z")


def _states_change_amount(body: str, start: int, is_change_word: Callable[[str], bool]) -> bool:
    """Whether "from A to B" at A's `start` follows ", " after a clause holding a change word (not
    a near-only comparative) and a number: the change's amount, then its before and after."""
    window = _this_sentence(body[max(0, start - CLAUSE_LOOKBACK) : start])
    comma = RE_COMMA_FROM_BEFORE.search(window)
    if comma is None:
        return False
    clause = window[: comma.start()]
    breaks = list(RE_CLAUSE_BREAK.finditer(clause))
    clause = clause[breaks[-1].end() :] if breaks else clause
    if not any(c.isdigit() for c in clause):
        return False
    words = [w.lower() for w in RE_WORDS_BEFORE.findall(clause)]
    return any(is_change_word(w) and w not in NEAR_ONLY_CHANGE_WORDS for w in words)


# a verb that moves its object from one level to another, the object between it and "from" ("will
# take the channel from 16.6 metres to 18 metres", "brought the backlog from 4,000 cases to 900
# cases"): a before and an after when both ends write their unit ("took the pupils from 11 to 18"
# may be a band of ages)
OBJECT_MOVE_VERBS = frozenset(
    "take takes took taken taking bring brings brought bringing push pushes pushed pushing".split()
)
OBJECT_MOVE_WORDS = 6  # words of the object between the verb and "from", at most
RE_UNITS_TWICE = re.compile(
    r"(?P<s1>[^\d\s]{0,4})\s?\d[\d,]*(?:\.\d+)?\s*(?P<u1>[A-Za-z]*)\s+to\s+"
    r"(?P<s2>[^\d\s]{0,4})\s?\d[\d,]*(?:\.\d+)?\s*(?P<u2>[A-Za-z]*)"
)


def _moves_object_from(body: str, start: int) -> bool:
    """Whether "from A to B" at A's `start` follows a verb that moves an object (OBJECT_MOVE_VERBS)
    and a noun phrase opened by a determiner, both ends with their unit or sign written."""
    window = _this_sentence(body[max(0, start - CLAUSE_LOOKBACK) : start])
    breaks = list(RE_CLAUSE_BREAK.finditer(window))
    clause = window[breaks[-1].end() :] if breaks else window
    words = [w.lower() for w in RE_WORDS_BEFORE.findall(clause)][:-1]  # the last is "from"
    verb = next((i for i in range(len(words) - 2, -1, -1) if words[i] in OBJECT_MOVE_VERBS), None)
    if verb is None or len(words) - verb - 1 > OBJECT_MOVE_WORDS or words[verb + 1] not in DETERMINERS:
        return False
    m = RE_UNITS_TWICE.match(body, start)
    if m is None:
        return False
    signed = bool(m.group("s1")) and m.group("s1") == m.group("s2")
    return signed or bool(m.group("u1")) and m.group("u1").lower() == m.group("u2").lower()


# a verb of a multiple right before "from", a comma between or none ("the number of inspectors
# will double, from three to six", "fares would treble from 40 cents to $1.20"): the multiple
# names the change, the pair its before and after
MULTIPLE_VERBS = frozenset("double doubles triple triples treble trebles quadruple quadruples halve".split())
# a verb of size that moves one measure of a thing ("deepen the channel from 12.5 to 15 metres",
# "the runway will be lengthened from 3,658 metres to 4,200 metres"), right before "from" or with
# its object between (OBJECT_MOVE_WORDS, opened by a determiner): a before and an after when the
# second end writes its unit ("extended the programme from 2024 to 2026" keeps its span of years)
SIZE_VERBS = frozenset(
    "deepen deepens deepened deepening lengthen lengthens lengthened lengthening heighten heightens"
    " heightened heightening extend extends extended extending enlarge enlarges enlarged enlarging"
    " shorten shortens shortened shortening dredge dredges dredged dredging".split()
)
RE_UNIT_AFTER_SECOND = re.compile(
    r"[^\d\s]{0,4}\s?\d[\d,]*(?:\.\d+)?\s*[A-Za-z]*\s+to\s+[^\d\s]{0,4}\s?\d[\d,]*(?:\.\d+)?\s*"
    r"(?!(?:in|on|at|by|and|or|the|a|an|from|for|to|of|over|under|this|next|last)\b)[A-Za-z]"
)


def _resizes_from(body: str, start: int, words: list[str]) -> bool:
    """Whether "from A to B" at A's `start`, whose clause's words before it are `words` (the last
    "from"), follows a verb of size (SIZE_VERBS), right before "from" or before a determiner's
    object, and B writes its unit ("15 metres", "3,100m")."""
    head = words[:-1]
    reach = range(len(head) - 1, max(-1, len(head) - OBJECT_MOVE_WORDS - 2), -1)
    verb = next((i for i in reach if head[i] in SIZE_VERBS), None)
    if verb is None or verb < len(head) - 1 and head[verb + 1] not in DETERMINERS:
        return False
    return RE_UNIT_AFTER_SECOND.match(body, start) is not None


# A clause joined by "and" whose verb is left out (gapping) takes the verb of the clause before: "will
# rise from £6 to £7.50, and the charge for minibuses from £30 to £40", "from $1.20 to $1.30 for
# adults and for children from 60 cents to 80 cents": when the earlier "from A to B" is a change, so
# is the gapped one. The gap holds a short noun phrase and no verb of its own ("and tickets cost from
# $5 to $9" is a range of its own clause).
GAP_LOOKBACK = 160  # characters before the gapped "from" read for the earlier pair
GAP_MAX_WORDS = 6  # words between "and" and the gapped "from", at most
RE_FROM_WORD = re.compile(r"\b[Ff]rom\s")
NOT_CLAUSE_MARK = r"(?:[^,;:!?()]|,(?=\d))"  # a comma between digits groups thousands ("K1,500")
RE_GAPPED_FROM = re.compile(
    rf"\b[Ff]rom\s+(?P<a>[^\s,;:]+(?:,\d+)*){NOT_CLAUSE_MARK}{{0,24}}?\s+to\s+{NOT_CLAUSE_MARK}{{1,40}}?"
    rf"(?P<join>,?\s+and\s+|,\s+)"
    rf"(?P<gap>(?:[A-Za-z'’-]+\s+){{0,{GAP_MAX_WORDS}}})from\s+\Z"
)


def _gapped_earlier(body: str, start: int, is_change_word: Callable[[str], bool]) -> int | None:
    """When "from A to B" starting at A's `start` is a gapped clause (above), the start of the
    earlier "from A to B" of its sentence whose verb it takes (a change if that one is), else None."""
    window = _this_sentence(body[max(0, start - GAP_LOOKBACK) : start])
    froms = [f.start() for f in RE_FROM_WORD.finditer(window)]
    if len(froms) < 2:
        return None
    m = RE_GAPPED_FROM.match(window, froms[-2])  # the pair right before the gapped "from"
    if m is None:
        return None
    if "and" not in m.group("join") and RE_LIST_CLOSES.match(body, start) is None:
        return None  # a comma joins a gapped clause only inside a list that "and" closes
    gap = [w.lower() for w in RE_WORDS_BEFORE.findall(m.group("gap"))]
    if _has_own_verb(gap) or any(is_change_word(w) for w in gap):
        return None
    return start - len(window) + m.start("a")


# ... or a comma, inside a list of three or more that "and" closes with another gapped "from A to
# B" ("rise from £6 to £7.50, the day ticket from £12 to £15 and the annual permit from £90 to
# £110"): read from the middle pair's first number
RE_LIST_CLOSES = re.compile(
    rf"[^\s,;:]+(?:,\d+)*{NOT_CLAUSE_MARK}{{0,24}}?\s+to\s+{NOT_CLAUSE_MARK}{{1,40}}?,?\s+and\s+"
    rf"(?:[A-Za-z'’-]+\s+){{0,{GAP_MAX_WORDS}}}from\s"
)
GAP_DETERMINERS = DETERMINERS | {"that"}  # "and that charge from": "that" opens a noun phrase too


def _has_own_verb(gap: list[str]) -> bool:
    """Whether the words between "and" and "from" hold a verb: a form of be, have or a modal, or a
    verb of pricing or spreading ("and tickets now cost", "and it ranges"); such a word is a noun
    after a determiner and its modifiers, no plural noun between ("the fixed monthly charge")."""
    noun_phrase = False  # inside a noun phrase opened by a determiner, before its plural head
    for w in gap:
        if w in AUXILIARY_VERBS:
            return True
        if (w in PRICE_VERBS or w in RANGE_VERBS) and not noun_phrase:
            return True
        if w in GAP_DETERMINERS:
            noun_phrase = True
        elif w.endswith("s") and not w.endswith("ss"):
            noun_phrase = False  # "the tickets now cost": the plural ends the phrase, a verb may follow
    return False


# how far apart the two ends of one uncertain amount stand at most: the higher end at most this
# many times the lower ("dropped 7 to 11 inches", "fell 5 to 8 degrees"); a move and the level it
# reached stand further apart ("fell 0.2 to 4.1 percent", "rose 12 to 3,410")
INTERVAL_SPREAD = 2.0


def interval_after_move(body: str, start: int, low: float, high: float) -> bool:
    """Whether "A to B" starting at `start` right after a change word is one uncertain amount of the
    move (a range), its ends close ("the storm dropped 7 to 11 inches", "lost 25 to 35 metres of
    ice"), not a move of A and the level B it reached ("unemployment fell 0.2 to 4.1 percent",
    "turnout dropped 6 to 49 per cent"); "from A to B" stays a before and an after."""
    if not 0 < low < high <= low * INTERVAL_SPREAD:
        return False
    before = _this_sentence(body[max(0, start - CHANGE_LOOKBACK) : start])
    words = _without_approx([w.lower() for w in RE_WORDS_BEFORE.findall(before)])
    return bool(words) and words[-1] in CHANGE_WORDS


# approximation words as the word lists above read them ("more than" -> ["more", "than"]), longest first
APPROX_TOKENS = tuple(sorted((w.lower().rstrip(".").split() for w in APPROX_WORDS), key=len, reverse=True))


def _without_limiting(words: list[str]) -> list[str]:
    """`words` without the limiting adverb that ends them ("measures barely" -> "measures")."""
    return words[:-1] if words and words[-1].lower() in LIMITING_ADVERBS else words


def _without_approx(words: list[str]) -> list[str]:
    """`words` without the approximation word that ends them ("fell by about" -> "fell by")."""
    for approx in APPROX_TOKENS:
        if words[-len(approx) :] == approx:
            return words[: -len(approx)]
    return words


# the end of a sentence: its stop, a closing quote, space and a capital or quote opening the next
# (not the stop of an initial or a title, "J. Smith", "Dr. Lee"; the stop before the look-behinds
# that rule those out: a pattern opening with a class skips fast to it, one opening with a
# look-behind is tried at every character)
RE_SENTENCE_END = re.compile(
    r"[.!?](?<!\b[A-Z].)(?<!\bMr.)(?<!\bMs.)(?<!\bDr.)(?<!\bSt.)(?<!\bMrs.)[\"”’]?\s+(?=[A-Z\"“‘])"
)


def _this_sentence(window: str) -> str:
    """The part of `window` (text right before a figure) in the figure's own sentence: a change
    word of the sentence before never makes "from A to B" a change ("Sales rose. Tickets cost from
    $5 to $9")."""
    ends = list(RE_SENTENCE_END.finditer(window))
    return window[ends[-1].end() :] if ends else window


CLAUSE_LOOKBACK = 100  # characters before "from" read for the clause's verb
RE_CLAUSE_BREAK = re.compile(r"[,;:\n(]")
# change words that make "from A to B" a change only right before it ("more than 200 shops, from
# $5 to $10"): comparatives and particles, not verbs
NEAR_ONLY_CHANGE_WORDS = frozenset("up down more less fewer higher lower".split())
# words that make "from A to B" a change when its clause holds them, though not right before a
# range ("the runway's extension from 2,990 metres to 3,810 metres", but "extended two to three
# weeks" is one range of the extension)
CLAUSE_ONLY_CHANGE_WORDS = frozenset(
    "extension extensions extend extends extended extending lengthen lengthened lengthening".split()
)


def _clause_changes(body: str, start: int, is_change_word: Callable[[str], bool]) -> bool:
    """Whether the clause before "from A to B" has a verb of change further back ("would raise the
    minimum fine for using a phone at the wheel from £200 to £500"); a comma, colon or bracket ends
    the clause ("prices rose, ranging from $60 to $80")."""
    window = _this_sentence(body[max(0, start - CLAUSE_LOOKBACK) : start])
    breaks = list(RE_CLAUSE_BREAK.finditer(window))
    clause = window[breaks[-1].end() :] if breaks else window
    words = [w.lower() for w in RE_WORDS_BEFORE.findall(clause)][:-1]  # the last is "from"
    return any(
        is_change_word(w) and w not in NEAR_ONLY_CHANGE_WORDS or w in CLAUSE_ONLY_CHANGE_WORDS for w in words
    )


BY_TO_RATIO = 3  # "by 1 to 1.5 degrees" is a range; "by $43.6bn to $419.2bn" a change and a level
RE_TWO_NUMBERS = re.compile(
    r"[^\d\s]{0,4}\s?(\d[\d,]*(?:\.\d+)?)\s*(\w*)[^\d]{1,12}?\bto\b\D{0,5}(\d[\d,]*(?:\.\d+)?)\s*(\w*)"
)


# "rises by €1 to €2.95 a week": a currency sign on both amounts, after a change verb that states
# the change as made (no modal or forecast before it), gives the change and the new level; an
# uncertain change is a range ("could rise by €1 to €2", "by 1 to 1.5 degrees")
RE_SIGNED_BY_TO = re.compile(r"(?P<a>[^\d\s]{1,3})\s?\d[\d,]*(?:\.\d+)?\s+to\s+(?P<b>[^\d\s]{1,3})\s?\d")
UNCERTAIN_WORDS = frozenset(
    "could may might would should expected forecast forecasts projected seen likely".split()
)


def _signed_level_after_change(
    body: str, start: int, words: list[str], is_change_word: Callable[[str], bool]
) -> bool:
    """Whether "by A to B" (`words`: the words before "by") states a made change in money, each
    amount with the same sign, then the new level (above)."""
    m = RE_SIGNED_BY_TO.match(body, start)
    if m is None or m.group("a") != m.group("b"):
        return False
    return bool(words) and is_change_word(words[-1]) and not UNCERTAIN_WORDS.intersection(words[-4:])


def _far_apart(body: str, start: int) -> bool:
    """Whether the second number of "by A to B" is several times the first (scale words included)."""
    m = RE_TWO_NUMBERS.match(body, start)
    if m is None:
        return False
    a = float(m.group(1).replace(",", "")) * scale_of(f"1 {m.group(2)}")
    b = float(m.group(3).replace(",", "")) * scale_of(f"1 {m.group(4)}")
    return a > 0 and b >= BY_TO_RATIO * a


def _written_scale(text: str) -> int:
    """The scale word of a figure's number, after digits ("1.5 million") or ending number words
    ("three million"); 1 when none."""
    scale = scale_of(text)
    if scale == 1 and text[:1].isalpha():
        words = RE_WORD_GAP.split(text.strip().lower())
        scale = next((SCALE_WORDS[w] for w in reversed(words[1:]) if w in SCALE_WORDS), 1)
    return scale


def _carry_scale(a: Figure, b: Figure, body: str) -> int | float:
    """A scale word written once, after the second number, applies to both ("$1.2 to $1.5 million",
    "two to three million euros", "3 or 4 million tonnes": a measurement's core is its digits, the
    scale word after them)."""
    scale = _written_scale(body[b.core[0] : b.core[1] if not b.measure else b.end])
    value = a.value
    if scale > 1 and _written_scale(body[a.core[0] : a.core[1]]) == 1:
        scaled = Decimal(str(value)) * scale
        if scaled < Decimal(str(b.value)):
            return int(scaled) if scaled == scaled.to_integral_value() else float(scaled)
    return value  # type: ignore[return-value]


def doubled_repeats(
    figures: list[Figure], doubled: list[Doubled], moved: list[Moved], amounts: list[Doubled]
) -> list[Figure]:
    """The figures read over numbers.doubled_as_single's view, at the text's offsets, with each
    number written in words and then in brackets as its two mentions: the words ("minimum of
    five"), and the bracket with what follows it ("(5) years'"), a repeat of the same value, unit
    and kind (rules: every mention gets a row, the second subject ends "(repeat)"); an amount's
    bracket after its words (numbers.doubled_amounts: "Fifty Thousand Dollars ($50,000.00)") is a
    repeat of the amount in words."""
    pairs = {start: (end, close) for start, end, close in doubled}
    brackets = {end: start for start, end, _ in amounts}  # where an amount's words end, where they start
    out: list[Figure] = []
    for fig in figures:
        start, end = view_offset(moved, fig.start), view_offset(moved, fig.end, end=True)
        core = (view_offset(moved, fig.core[0]), view_offset(moved, fig.core[1], end=True))
        words_end, close = pairs.get(core[0], (-1, -1))
        # the words, or the words read with a unit after the bracket ("two (2) per cent")
        if core[1] == words_end or core[1] >= close > 0:
            subject = repeat_subject(fig.subject, fig.subject)
            out.append(fig._replace(start=start, end=words_end, core=(core[0], words_end)))
            opening = words_end + 1  # the bracket's "(", a space after the words
            out.append(
                fig._replace(
                    start=opening, end=max(close, end), core=(opening + 1, close - 1), subject=subject
                )
            )
            continue
        fig = fig._replace(start=start, end=end, core=core) if moved else fig
        words = out[-1] if out and fig.start - 2 in brackets else None
        if (
            words is not None
            and words.core[0] >= brackets[fig.start - 2]
            and (words.value, words.unit) == (fig.value, fig.unit)
        ):
            fig = fig._replace(subject=repeat_subject(words.subject, words.subject))
        out.append(fig)
    return out
