"""Composition across dimensions: two figures joined into a range ("between A and B", "A to B",
"A-B", "A or B", but not "either A or B"), the unit written once ("1 to 1.5 degrees", "45 or 50 people") or twice
("10 percent to 15 percent", "$800,000 to $1.3 million"); a change "from A to B" stays two
figures, the bare first one taking the unit of the second.

This module joins the ranges (compose) and reads numbers written in words over the doubled view
(doubled_repeats); the readers live in change_pairs.py, coordination.py, elided_units.py and
carry_over.py."""

from __future__ import annotations

import re
from collections.abc import Callable

from ..measures import FLOW_TIMES, subject_unit_label
from .back_references import repeat_subject
from .change_pairs import RE_PART_OF_WHOLE_AFTER, far_apart, forecast_before, is_change_pair, moved_in_year
from .coordination import bare_count, carry_scale, coordinate_units, is_alternatives, scaled
from .figure import Figure, is_number
from .numbers import OR_HEDGED_JOINS, OR_JOIN, Doubled, Moved, normalise_number, view_offset

RE_JOIN = re.compile(rf"\s*(?:-|–|—|\bto\b|\band\b|\b{OR_JOIN}\b|\bup\s+to\b)\s*")
# RE_JOIN's, without the spaces around them; "up to" joins only after "from" ("salaries from
# £20,000 up to £55,000": a range, like "from A to B" with no change word)
RANGE_JOINS = frozenset(("-", "–", "—", "to", "and", "or", "up to", *OR_HEDGED_JOINS))
DASHES = frozenset(("-", "–", "—"))
RE_BETWEEN = re.compile(r"\b[Bb]etween\s+\Z")
RE_FROM = re.compile(r"\b[Ff]rom\s+\Z")
# a band's noun after a pair of percents, up to two words of its kind between ("Banco de México's 2%
# to 4% tolerance range", "a 3% to 6% target band"): the pair is the band's two ends, one range
RE_BAND_NOUN_AFTER = re.compile(r"\s+(?:[A-Za-z-]+\s+){0,2}?(?:range|band|corridor)s?\b")


# a base after the pair's second number, each of which it is counted on ("would lose 8 to 12 paise on
# every rupee", "keep 5 to 7 cents of every dollar"): one range of a rate after a verb of loss or
# gain, not a change from A to B, where the two ends are close; a change to a new level stays two
# ("gained $4.10 to $312.40 per short ton", "rose by 7 cents to 51 cents for each litre")
RE_EVERY_BASE_AFTER = re.compile(r"\s+(?:on|for|of)\s+(?:every|each)\s+[a-z]")
RE_BY_BEFORE = re.compile(r"\bby\s+\Z")
EVERY_RANGE_RATIO = 3  # the high end of such a range is at most this many times the low


def _every_base_range(a: Figure, b: Figure, body: str, before: str) -> bool:
    """Whether "A to B" is one range of a rate on every unit of a base (above), not a change."""
    return (
        b.unit != "percent"
        and RE_EVERY_BASE_AFTER.match(body, b.end) is not None
        and not RE_FROM.search(before)
        and not RE_BY_BEFORE.search(before)
        and 0 < float(a.value) < float(b.value) <= EVERY_RANGE_RATIO * float(a.value)  # type: ignore[arg-type]
    )


def _part_range(a: Figure, b: Figure, body: str, word: str) -> bool:
    """Whether two percents joined by "to", with no "from" before them and their ends close, are one uncertain part of
    a whole named after them ("lost 80% to 100% of their crop", "cut 10% to 15% of the staff";
    late-kinds14): a range, as `Scanner.change_pair` reads a bare pair, never a change and a level."""
    return (
        word == "to"
        and RE_PART_OF_WHOLE_AFTER.match(body, b.end) is not None
        and not RE_FROM.search(body, max(0, a.start - 12), a.start)
        and 0 < float(a.value) < float(b.value) <= EVERY_RANGE_RATIO * float(a.value)  # type: ignore[arg-type]
    )  # ends close: "its share fell 2% to 7% of the market" is a move and a level


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


# measurements in a list or a pair before a flow, the flow's time written once after the last
# ("50 mg, 100 mg or 200 mg a day", "between 10g and 29g a day", fixwalk40-a): each is that flow
RE_LIST_JOIN = re.compile(r"\s*(?:,\s*(?:(?:and|or|to)\s+)?|\s+(?:and|or|to)\s+|\s*[-–]\s*)")


def shared_flows(figures: list[Figure], body: str) -> list[Figure]:
    """Figures with the flow of a measurement (measure "X / time", read by the measure scan) given
    to the measurements in X listed or paired right before it (RE_LIST_JOIN)."""
    out = list(figures)
    for i in range(len(out) - 1, 0, -1):
        flow = out[i]
        numerator, _, per = flow.measure.partition(" / ")
        if per not in FLOW_TIMES:
            continue
        j = i - 1
        while (
            j >= 0
            and out[j].measure == numerator
            and RE_LIST_JOIN.fullmatch(body, out[j].end, out[j + 1].start)
        ):
            label = f"(unit: {subject_unit_label(numerator)})"
            subject = out[j].subject.replace(label, f"(unit: {subject_unit_label(flow.measure)})")
            out[j] = out[j]._replace(measure=flow.measure, subject=subject)
            j -= 1
    return out


def compose(figures: list[Figure], body: str, is_change_word: Callable[[str], bool]) -> list[Figure]:
    """Figures in text order with ranges joined; `is_change_word` tells "rose 5 to 7" apart."""
    figures = shared_flows(coordinate_units(figures, body), body)
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
            and (scaled(b, body) or not scaled(a, body))
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
                and RE_BAND_NOUN_AFTER.match(body, b.end) is not None
                or word == "to"
                and forecast_before(body, a.start)
                and not far_apart(body, a.start)  # "to rise 0.5% to 5.5%": the change, then the level
                or _part_range(a, b, body, word)
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
        change = (
            word == "to"
            and not between
            and not (dashed_percents and _part_range(a, b, body, word))
            and (is_change_pair(body, a.start, is_change_word) or moved_in_year(body, a.start))
            and not _every_base_range(a, b, body, before)
        )  # ("was extended in 2021 to 2046": the year of the move and the year it reaches)
        low = carry_scale(a, b, body)
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
