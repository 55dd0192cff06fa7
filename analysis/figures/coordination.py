"""Coordination: alternatives "A or B", each its own figure (is_alternatives); a coordinated list
whose bare numbers take the unit written after its last figure (coordinate_units); compared pairs
taking the subjects of the pair before them (respective); a scale word written once after the
second number (carry_scale); bare counts and the clause words after a figure (opens_clause)."""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal

from ..vocab import AUXILIARY_VERBS, FUNCTION_WORDS, IRREGULAR_PAST_VERBS, PEOPLE_GROUP_NOUNS
from .figure import Figure, is_number
from .noun_phrases import past_form
from .numbers import RE_WORD_GAP, SCALE_WORDS, scale_of

RE_EITHER = re.compile(r"\b[Ee]ither\s+\Z")  # "either 25 mg or 50 mg": two alternatives, not a range


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


def bare_count(fig: Figure) -> bool:
    """A count with nothing after its number: its unit comes from what follows (not an age, whose
    unit, years of age, is read already: "was more than 30 years old" after "weighed 4.1kg")."""
    return fig.kind == "count" and fig.end == fig.core[1] and fig.unit != "other"


def scaled(fig: Figure, body: str) -> bool:
    """Whether a figure's number carries a scale word or abbreviation ("4.3bn", "12 million")."""
    return scale_of(body[fig.core[0] : fig.core[1]]) > 1


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
            value=carry_scale(a, b, body),
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
        or b.kind == "date"
        or b.kind == "duration"
        and "or" not in gap.split()  # "40, 80 or 120 days": alternatives
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


# Two figures joined by "and", then two set against them, joined by "and" too, after a word of
# comparing ("1.62 million cruise passengers and 478,000 stay-over visitors next year, against 1.55
# million and 462,000 this year"): each of the later pair measures what the earlier figure in its
# place measures, in order, not both what the nearer one does (read after subjects are named)
RE_PAIR_AND = re.compile(r"\s*,?\s*and\s+")
RE_YEAR_IN_GAP = re.compile(r"\b(?:1[89]|20)\d\d\b")  # a year between the pairs, read as a word
RE_PAIR_COMPARED_GAP = re.compile(
    r"[^\d.;:]{0,40}?\b(?:against|compared\s+(?:with|to)|versus|from)\s+(?:(?:about|around|some|nearly)\s+)?"
)


def compared_second(out: list[Figure], fig: Figure, body: str) -> Figure | None:
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


def _written_scale(text: str) -> int:
    """The scale word of a figure's number, after digits ("1.5 million") or ending number words
    ("three million"); 1 when none."""
    scale = scale_of(text)
    if scale == 1 and text[:1].isalpha():
        words = RE_WORD_GAP.split(text.strip().lower())
        scale = next((SCALE_WORDS[w] for w in reversed(words[1:]) if w in SCALE_WORDS), 1)
    return scale


def carry_scale(a: Figure, b: Figure, body: str) -> int | float:
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


# The gap before a gapped member of a list of changes in money, sharing the first member's verb
# ("Its budget falls by £12 million, parks £4.5 million and libraries £2.1 million"): a comma or
# "and", then a noun phrase of one to five words and no verb, then (optionally) "by" and the amount.
RE_GAPPED_MONEY = re.compile(
    r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?P<noun>[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,4}?)(?:\s+by)?\s+"
)
GAPPED_MONEY_CHARS = 50  # the longest gap between two gapped members
GAPPED_NOUN_OPENERS = frozenset(("the", "its", "their", "his", "her", "our"))  # may open the noun phrase
# a word longer than four letters in -ed, or in -ing right before the amount, is read as a verb
# ("..., bringing £4 million"); an -ing word before a noun is a noun's ("nursing care")
VERB_ENDS = ("ed",)
PARTICIPLE_END = "ing"


def _verbless_noun(noun: str) -> bool:
    """Whether a gap's noun phrase holds no verb and no function word but its opening determiner."""
    words = noun.lower().split()
    if words[0] in GAPPED_NOUN_OPENERS:
        words = words[1:]
    return (
        bool(words)
        and not (words[-1].endswith(PARTICIPLE_END) and len(words[-1]) > 4)
        and not any(
            w in FUNCTION_WORDS
            or w in AUXILIARY_VERBS
            or w in IRREGULAR_PAST_VERBS
            or (w.endswith(VERB_ENDS) and len(w) > 4)
            for w in words
        )
    )


def gapped_money_changes(figures: list[Figure], body: str) -> list[Figure]:
    """Amounts of money gapped after a change in money take its direction ("falls by £12 million,
    parks £4.5 million and libraries £2.1 million": three decreases)."""
    out = list(figures)
    for i in range(1, len(out)):
        a, b = out[i - 1], out[i]
        if a.kind != "money" or b.kind != "money" or not a.direction or b.direction or a.unit != b.unit:
            continue
        if b.start - a.end > GAPPED_MONEY_CHARS:
            continue
        gap = RE_GAPPED_MONEY.fullmatch(body, a.end, b.start)
        if gap and _verbless_noun(gap.group("noun")):
            out[i] = b._replace(direction=a.direction)
    return out
