"""Charts of measurements: which of an article's figures in a `measure` (temperatures, megatonnes,
hectares, barrels per day, rates per 1,000 people) may be drawn together, and the chart of them.

Only levels are drawn, in the house style of `charts`: never a change or difference ("1.9C above
the average"), a bound or range ("above 30C", "420 to 450 megatonnes"), a ceiling, a target or an
earlier level beside results (`charts.set_apart` reads those for money and counts too, and the
standing of each figure is `charts._with_standing`'s); one chart per measure dimension and quantity,
every figure converted with pint to the unit its levels drawn use most; a bracketed conversion is the
same figure, drawn once; a measure whose zero is not "none" (a temperature) is drawn as points on a
scale that does not start at zero, never as bars; a rate per N people only beside rates per the
same N and of the same thing."""

from __future__ import annotations

import re
import textwrap
from collections import Counter
from collections.abc import Callable
from functools import cache

import matplotlib as mpl
import pandas as pd
from matplotlib.ticker import FuncFormatter, MaxNLocator

from .alternation import grouped_alternation
from .article import Article
from .charts import (
    COLOURS,
    MAX_BARS,
    PHRASE_ENDING_VERBS,
    RE_CAPACITY_BEFORE,
    RE_PART_LEAD,
    RE_PERIOD_UNIT,
    RE_SHARE_AFTER,
    RE_SHARE_BEFORE,
    RE_SUBJECT_UNIT_NOTE,
    STYLE,
    Chart,
    as_written,
    bar_labels,
    clause_of,
    comparable_groups,
    context_note,
    distinct_amounts,
    height_for,
    holder_of,
    house_figure,
    is_stated,
    numeric_rows,
    parts_of_groups,
    past_figures,
    piece_pattern,
    qualified,
    scale_bands,
    set_apart,
    slug_of,
    source_line,
    standing_suffix,
    traced,
    trusted_subjects,
    value_axis,
    with_periods,
    wrapped,
)
from .house import claim_note, human_number, scale_of, tick_text
from .measures import convert, pint_expression, registry, subject_unit_label
from .tables import sum_periods
from .vocab import (
    ANIMAL_NOUNS,
    BOUND_WORDS,
    CHANGE_OF_NOUNS,
    DIFFERENCE_COMPARATIVES,
    FUNCTION_WORDS,
    PEOPLE_BASES,
    ROUGH_COUNT_WORDS,
    SITE_NOUNS,
)

MEASURE_KIND = "other"  # the kind of a figure stated in a measure (its unit "other", its `measure` named)
# measures whose zero is not "none of it": drawn as points on a scale that need not start at zero
NO_ZERO_MEASURES = frozenset(("degree_Celsius", "degree_Fahrenheit", "degree_Rankine"))
# a rate per N of a base: "applications per 1,000 inhabitants", "per 100,000 people"
RE_RATE = re.compile(
    r"^(?:(?P<what>.*?)\s+)?per\s+(?P<base>\d[\d,.]*(?:\s+(?:thousand|million))?)\s+(?P<of>.+)$",
    re.IGNORECASE,
)
_QUALIFIER = rf"(?:(?:{'|'.join(ROUGH_COUNT_WORDS)}|just|an?)\s+)?"
# a difference from another level, said right after the figure (past a bracketed conversion), by a
# comparative of vocab.DIFFERENCE_COMPARATIVES: "1.9C above the average", "3 megatonnes lower", "2C
# warmer than normal" (not "4C below zero"), or "short of"
RE_DIFFERENCE_AFTER = re.compile(
    rf"^\s*(?:\([^()]{{0,40}}\)\s*)?(?:{'|'.join(DIFFERENCE_COMPARATIVES)}|short\s+of)\b"
    r"(?!\s+(?:zero|freezing)\b)",
    re.IGNORECASE,
)
# ... or before it, a noun of change or difference and "of" (vocab.CHANGE_OF_NOUNS, as in "an
# increase of $5", and more): "a rise of 1.5C", "warming of 1.1C", "an anomaly of 0.8C"
DIFFERENCE_NOUNS = (
    *CHANGE_OF_NOUNS,
    *"decrease warming cooling anomaly difference gap deficit surplus".split(),
)
RE_DIFFERENCE_BEFORE = re.compile(
    rf"\b(?:{'|'.join(DIFFERENCE_NOUNS)})\s+of\s+{_QUALIFIER}$",
    re.IGNORECASE,
)
# a bound, ceiling, threshold or target, said right before the figure: a bound word of the
# vocabulary's one table (vocab.BOUND_WORDS: "more than 2 million hectares", "up to 40C", "in excess
# of"), a level's own ("beyond", "as high as"), a verb passing one ("exceeded", "topped"), or a
# target's noun or verb ("a target of 420 megatonnes", "a cap of 1.5C", "limit warming to")
_BOUND = grouped_alternation(BOUND_WORDS, ignore_case=True).replace(r"\ ", r"\s+")
RE_BOUND_BEFORE = re.compile(
    rf"\b(?:{_BOUND}|beyond|as\s+(?:high|low)\s+as|exceed(?:s|ed|ing)?|top(?:s|ped|ping)?|"
    r"(?:target|goal|aim|cap|ceiling|limit|threshold|maximum|minimum)\s+(?:of|to|at)|"
    r"(?:limit|cap|hold|keep)\w*\s+(?:it\s+|warming\s+|emissions\s+)?(?:to|at|below|under))\s+"
    rf"{_QUALIFIER}$",
    re.IGNORECASE,
)
# a reference another figure is measured against, said right before it: "beating the previous
# record of 1.6C", "twice the 10-year average of 2.5 million hectares", "the long-term mean of 21C"
RE_REFERENCE_BEFORE = re.compile(
    r"\b(?:(?:previous|old|earlier|former|past|all-time|record)\s+(?:record|high|peak|low|best)|"
    r"(?:[\w-]+-year|long-term|long-run|seasonal|historical|historic)\s+(?:average|mean|median|normal))\s+"
    rf"(?:of|at)\s+{_QUALIFIER}$",
    re.IGNORECASE,
)
# the size of a thing, said as its adjective: "a 4-tonne satellite", "the 96,000-hectare reserve",
# "a 2,150 kg radar satellite", "the old 200 MW units" (a description of the thing, no level the article reports)
# ... or its subject: an average, a norm or a record ("the average maximum for November is 25.9C",
# "all-time high", "the long-term mean"), a reference when levels that are none are drawn
RE_REFERENCE_SUBJECT = re.compile(
    r"^(?:the\s+)?(?:(?:[\w-]+-year|long-term|long-run|seasonal|historical|historic|monthly|annual)\s+)?"
    r"(?:average|mean|median|normal|all-time|record)\b",
    re.IGNORECASE,
)
RE_SIZE_WORD = re.compile(r"^[\d.,]+\s*-\s*[^\W\d_]+$")
RE_SIZE_BEFORE = re.compile(r"\b(?:an?|the|its|their|his|her|our|each)\s+(?:[a-z]+\s+)?$", re.IGNORECASE)
RE_SIZE_AFTER = re.compile(r"^\s+([^\W\d_][\w-]*)")  # ... and a word that is no function word
RE_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
RE_TOTAL_SUBJECT = re.compile(r"(?:the\s+)?(?:total|overall|combined|aggregate|entire)\b", re.IGNORECASE)
RE_TARGET_SUBJECT = re.compile(r"\b(?:target|goal|aim|cap|ceiling|limit|threshold)s?\b", re.IGNORECASE)
REACH = 40  # the characters before or after a figure read for a difference or a bound


def rate_key(measure: str) -> tuple[str, str] | None:
    """(what is counted, the base) of a rate per N ("applications", "per 1,000 people" for
    "applications per 1,000 inhabitants"; "" for what when the rate does not say), or None."""
    found = RE_RATE.match(measure)
    if not found:
        return None
    of = found.group("of").strip().lower()
    base = f"per {found.group('base')} {'people' if of in PEOPLE_BASES else of}"
    return (found.group("what") or "").strip().lower(), base


@cache
def dimension(measure: str) -> str:
    """What a measure measures, as pint reads it ("[mass]", "[length] ** 2"), or the measure itself
    for one pint does not convert (a rate per N, "million barrels per day")."""
    expression = pint_expression(measure)
    if expression is None or rate_key(measure):
        return measure
    try:
        return str(registry().Quantity(1, expression).dimensionality)
    except Exception:  # noqa: BLE001 -- pint raises several kinds for a name it cannot read
        return measure


# The quantities a chart of measurements draws, each by a unit of its dimension: one dimension
# is one quantity. Lengths are not among them (a length is a height, a depth, a distance or
# rainfall: unlike quantities in one unit), nor are scale readings (an index's points, a batting
# average, a magnitude), which pint does not read.
QUANTITY_UNITS = {
    "temperature": "degree_Celsius",
    "mass": "kilogram",
    "area": "hectare",
    "volume": "liter",
    "flow": "liter / second",
    "mass per time": "kilogram / second",
    "speed": "kilometer / hour",
    "energy": "joule",
    "power": "watt",
}
# a temperature whose scale is written: "30C", "86°F", "31 degrees Celsius" (a bare "degrees" may
# be an angle or a difference)
RE_TEMPERATURE_SCALE = re.compile(r"(?:\d|°)\s*[CF]\b|Celsius|Fahrenheit|centigrade", re.IGNORECASE)


def quantity(measure: str) -> str:
    """The quantity a chart of `measure` draws (QUANTITY_UNITS; a rate per N by its base), or ""
    for one no chart draws."""
    if rate_key(measure):
        return "rate"
    found = dimension(measure)
    return next((name for name, unit in QUANTITY_UNITS.items() if dimension(unit) == found), "")


def measure_rows(figures: pd.DataFrame) -> pd.DataFrame:
    """The figures stated in a named measure (kind "other", a `measure`)."""
    if "measure" not in figures.columns:
        return figures.iloc[:0]
    named = figures["measure"].map(lambda m: isinstance(m, str) and bool(m.strip())).astype(bool)
    return figures[(figures["kind"] == MEASURE_KIND) & named]


def chart_units(rows: pd.DataFrame) -> pd.Series:
    """Each figure's chart unit (`_unit`): the measure used most among the given figures of its
    dimension (the first stated on a tie; `with_units` gives it the levels drawn), or its own when it does not convert to that; a rate
    per N keeps its own base, told apart by what it counts (a rate that does not say is of what
    the rate before it of the same base
    counts, unless its subject names things in small letters)."""
    ordered = rows.sort_values("start", kind="stable")
    dims = {i: dimension(str(m)) for i, m in zip(ordered.index, ordered["measure"], strict=True)}
    most: dict[str, str] = {}
    for dim in dict.fromkeys(dims.values()):
        counts = Counter(
            str(m) for i, m in zip(ordered.index, ordered["measure"], strict=True) if dims[i] == dim
        )
        most[dim] = max(counts, key=lambda m: counts[m])  # the first stated of the most used (stable)
    units: dict[object, str] = {}
    counted: dict[str, str] = {}  # the thing each rate base last counted
    for i, measure, subject in zip(ordered.index, ordered["measure"], ordered["subject"], strict=True):
        rate = rate_key(str(measure))
        if rate:
            what, base = rate
            what = what or _counted_thing(subject) or counted.get(base, "")
            counted[base] = what
            units[i] = f"{what} {base}".strip()
            continue
        target = most[dims[i]]
        units[i] = target if in_unit(1.0, str(measure), target) is not None else str(measure)
    return pd.Series([units[i] for i in rows.index], index=rows.index, dtype=object)


def _counted_thing(subject: object) -> str:
    """The things a rate's subject names in small letters ("road deaths"), else "" (a place, "Latvia")."""
    said = RE_SUBJECT_UNIT_NOTE.sub("", subject).strip() if isinstance(subject, str) else ""
    return said if said.islower() and said.split()[-1].endswith("s") else ""


def in_unit(value: float, measure: str, unit: str) -> float | None:
    """A level in the chart's unit (a rate as stated), or None when pint cannot convert it."""
    unit = RE_PERIOD_UNIT.sub("", unit)  # "metric_ton per day": the rate is the stated tonnes'
    if measure == unit or rate_key(measure):
        return float(value)
    try:
        return convert(float(value), measure, unit)
    except ValueError:  # pint reads a name with a number in it ("per 1,000 ...") as a scaling factor
        return None


def is_converted(measure: str, unit: str) -> bool:
    """Whether a level is drawn converted from the unit it is stated in (a rate never is)."""
    return measure != RE_PERIOD_UNIT.sub("", unit) and not rate_key(measure)


def conversions(article: Article, figures: pd.DataFrame) -> dict[int, str]:
    """The figures that are a conversion in brackets of the measurement before them ("44.1C
    (111.4F)", "5.3 million hectares (13.1 million acres)"), by their start, with that one's quote."""
    from .checks import bracketed_pairs  # checks reads the review; this module needs it only here

    return {
        int(b["start"]): str(a["quote"])
        for a, b in bracketed_pairs(article, figures)
        if a["kind"] == b["kind"] == MEASURE_KIND and a["measure"] != b["measure"]
    }


def level_reasons(rows: pd.DataFrame, article: Article, figures: pd.DataFrame) -> pd.Series:
    """Why each measurement is no level a chart may draw, or "": a conversion in brackets (the same
    figure), a difference from another level, a reference it is measured against, a bound, ceiling
    or target; then the house's reasons for money and counts (`charts.set_apart`: a change, an
    earlier level, a figure of a past year, a part of a whole drawn beside it ...)."""
    converted = conversions(article, figures)
    house = set_apart(rows, article, figures, "measurement")
    parts = parts_of_groups(rows, article)
    reasons = []
    for index, row in zip(rows.index, rows.to_dict("records"), strict=True):
        start, end, quote = int(row["start"]), int(row["end"]), str(row["quote"])
        s_start, s_end = article.sentences[int(row["sentence"])]
        before = article.body[max(s_start, start - REACH) : start]
        after = article.body[end : min(s_end, end + REACH)]
        reason = str(house[index])
        if start in converted:
            reason = (
                f"“{quote}” is the article's conversion in brackets of “{converted[start]}”: the same "
                "figure, never a second bar or point."
            )
        elif RE_SIZE_WORD.match(quote) or (RE_SIZE_BEFORE.search(before) and names_a_thing(after)):
            reason = (
                f"“{quote}” is the size of a thing, said as its adjective: a description, not a level "
                "the article reports, so not drawn."
            )
        elif "|" in line_of(article.body, start, end):
            reason = (
                f"“{quote}” is a cell of a table in the text, which its row and column explain and a "
                "label cannot: not drawn."
            )
        elif quantity(str(row["measure"])) == "temperature" and not RE_TEMPERATURE_SCALE.search(quote):
            reason = (
                f"“{quote}” names no scale (Celsius or Fahrenheit): “degrees” alone may be an angle or a "
                "difference, so not drawn as a temperature."
            )
        elif said := RE_DIFFERENCE_AFTER.match(after) or RE_DIFFERENCE_BEFORE.search(before):
            reason = (
                f"“{quote}” is a difference from another level (“{' '.join(said.group(0).split())}”), "
                "not a level: not drawn beside levels."
            )
        elif said := RE_REFERENCE_BEFORE.search(before):
            reason = (
                f"“{quote}” is a reference the article measures another figure against (“"
                f"{' '.join(said.group(0).split())} …”), not a result: not drawn beside results."
            )
        elif (said := RE_BOUND_BEFORE.search(before)) or RE_TARGET_SUBJECT.search(str(row["subject"])):
            words = f" (“{' '.join(said.group(0).split())} …”)" if said else ""
            reason = (
                f"“{quote}” is a bound, ceiling or target{words}, not a level measured: not drawn "
                "beside levels."
            )
        elif RE_TOTAL_SUBJECT.match(str(row["subject"])) and (rows["_unit"] == row["_unit"]).sum() > 1:
            reason = (
                f"“{quote}” is a total the article states (“{RE_TOTAL_SUBJECT.match(str(row['subject'])).group(0)}”): "
                "a reference for its parts, not drawn as a bar among them."
            )
        elif parts[index]:
            reason = (
                f"“{quote}” is a part of a whole the article states beside it (“{quote}{after[:16]} …”): "
                "not drawn beside its whole."
            )
        elif whole := whole_of(rows[house == ""], row, clause_lead(article, start)):
            reason = (
                f"“{quote}” is a part of “{whole}”, a whole the article states (a site of its holder's "
                "total, or its subject narrowed): not drawn beside its whole."
            )
        elif reason and whole_not_drawn(rows[house == ""], row, before, after):
            reason = ""
        reasons.append(reason)
    found = pd.Series(reasons, index=rows.index, dtype=object)
    found = found.where(found != "", references(rows, found))
    return found.where(found != "", capacities(rows, found, article))


def references(rows: pd.DataFrame, reasons: pd.Series) -> pd.Series:
    """Why each level left in is a reference drawn beside results, or "": a level whose subject is an
    average, a norm or a record (`RE_REFERENCE_SUBJECT`: "average maximum", "all-time high") is a note
    when a level of its unit left in is none (the day's results); references alone are drawn together."""
    said = {
        index: found.group(0)
        for index, subject in zip(rows.index, rows["subject"], strict=True)
        if reasons[index] == "" and (found := RE_REFERENCE_SUBJECT.match(plain_subject(subject)))
    }
    return _notes_beside(
        rows,
        reasons,
        said,
        lambda quote, words: (
            f"“{quote}” is a reference (“{words} …”), what the article measures "
            "results against: not drawn beside the results."
        ),
    )


def capacities(rows: pd.DataFrame, reasons: pd.Series, article: Article) -> pd.Series:
    """Why each level left in is a capacity drawn beside what it holds, or "": a level said as what a
    thing can hold (`charts.RE_CAPACITY_BEFORE`: "can hold 2.4 million litres", "a capacity of",
    "built for", read from the words right before it, as the count charts read it) is a note when
    a level of its unit left in is no capacity (the stock it holds: "held 410,000 litres"); capacities
    alone are drawn beside each other."""
    room = {}
    for index, start, sentence in zip(rows.index, rows["start"], rows["sentence"], strict=True):
        s_start, _ = article.sentences[int(sentence)]
        said = RE_CAPACITY_BEFORE.search(article.body[max(s_start, int(start) - 50) : int(start)])
        if reasons[index] == "" and said:
            room[index] = " ".join(said.group(0).split())
    return _notes_beside(
        rows,
        reasons,
        room,
        lambda quote, words: (
            f"“{quote}” is a capacity (“{words} …”), what a thing can hold and no "
            "level held: not drawn beside the levels it holds."
        ),
    )


def _notes_beside(
    rows: pd.DataFrame, reasons: pd.Series, marked: dict, note: Callable[[str, str], str]
) -> pd.Series:
    """A note (note(quote, the marking words)) for each marked row when a row left in that is not
    marked shares its unit (it would be drawn beside it), else ""."""
    others = {
        unit
        for index, unit in zip(rows.index, rows["_unit"], strict=True)
        if reasons[index] == "" and index not in marked
    }
    return pd.Series(
        [
            note(quote, marked[index]) if index in marked and unit in others else ""
            for index, quote, unit in zip(rows.index, rows["quote"], rows["_unit"], strict=True)
        ],
        index=rows.index,
        dtype=object,
    )


# a whole's subject: a holder's own total ("Poland's greenhouse gas emissions", "Westgold's gold
# output") or a national or overall one ("national output", "the country's emissions")
RE_WHOLE_HOLDER = re.compile(
    r"^(?:the\s+)?(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*['’]s?\s|(?:national|nationwide|total|overall|combined)\s"
    r"|(?:country|nation|state|company|group)['’]s\s)"
)
# the words that narrow a subject to a part of what it names ("capacity of the depot that is
# usable", "stocks available", "of which"), not to a place or a time ("area at Albany")
RE_NARROWING = re.compile(
    r"\b(?:usable|useable|available|operational|working|recoverable|of\s+which|including)\b", re.IGNORECASE
)
RE_SITE = re.compile(rf"\b(?:{'|'.join(sorted(SITE_NOUNS))})\b", re.IGNORECASE)


def clause_lead(article: Article, start: int) -> str:
    """The words of a figure's clause before it (from the last comma, semicolon or colon)."""
    s_start, _ = article.sentences[article.sentence_of(start)]
    before = article.body[s_start:start]
    breaks = list(re.finditer(r"[;:]|,\s", before))
    return before[breaks[-1].end() if breaks else 0 :]


def plain_subject(subject: object) -> str:
    """A subject less its unit note and the quantity the unit says, lower case."""
    text = RE_SUBJECT_UNIT_NOTE.sub("", subject if isinstance(subject, str) else "").strip()
    return RE_QUANTITY_TAIL.sub("", RE_QUANTITY_HEAD.sub("", text)).lower()


def whole_of(levels: pd.DataFrame, row: dict[str, object], lead: str) -> str:
    """The quote of a larger level of the same unit that a level is a part of, or "": the level is
    said of one site (SITE_NOUNS: "the Mongstad refinery emitted") and the larger one is a holder's
    or a national total ("Norway's carbon emissions"); or its subject is the larger one's narrowed
    ("capacity of the depot that is usable" of "capacity of the depot"; "emissions from transport"
    of "Poland's greenhouse gas emissions")."""
    own = plain_subject(row["subject"])
    site = bool(RE_SITE.search(f"{own} {lead}"))
    larger = levels[(levels["_unit"] == row["_unit"]) & (levels["value"].astype(float) > float(row["value"]))]
    for quote, subject in zip(larger["quote"], larger["subject"], strict=True):
        whole = plain_subject(subject)
        if not whole or RE_SITE.search(whole):
            continue
        holder = bool(RE_WHOLE_HOLDER.match(RE_SUBJECT_UNIT_NOTE.sub("", str(subject))))
        head = whole.split()[-1]
        if (
            (site and holder)
            or (own.startswith(f"{whole} ") and RE_NARROWING.search(own[len(whole) :]))
            or (holder and own.split()[:1] == [head] and len(own.split()) > 1)
        ):
            return str(quote)
    return ""


# the thing a level measures, named right after it: "1,061.4 lakh tonnes of cane", "of the crude"
RE_THING_AFTER = re.compile(r"^\s+of\s+(?:the\s+)?([^\W\d_][\w-]*)")
RE_WORD = re.compile(r"[a-z]+")


def thing_of(article: Article, start: int, end: int) -> str:
    """The thing a level measures: the word after its "of" ("cane"), else the animal its clause
    names before it, weighed ("a Charolais bullock of 790kg", "Heifers sold for 700kg": vocab.ANIMAL_NOUNS,
    singular), else "" when none is named."""
    found = RE_THING_AFTER.match(article.body[end : end + 40])
    word = found.group(1).lower() if found else ""
    if word and word not in FUNCTION_WORDS:
        return word
    for word in reversed(RE_WORD.findall(clause_lead(article, start).lower())):
        singular = word if word in ANIMAL_NOUNS else word[:-1] if word.endswith("s") else ""
        if singular in ANIMAL_NOUNS:
            return singular
    return ""


def things_measured(
    rows: pd.DataFrame, article: Article, peers: pd.DataFrame
) -> list[tuple[str, pd.DataFrame]]:
    """The levels of one quantity by the thing each measures, when the article's levels of it
    (`peers`, of every standing) name two or more things ("tonnes of cane", "tonnes of sugar":
    unlike things, one chart each); a level naming none after it measures the named thing its
    subject says ("cane availability"), else none (a group of its own); else all of them as one ("")."""
    named = list(
        dict.fromkeys(
            t
            for t in (
                thing_of(article, int(a), int(b)) for a, b in zip(peers["start"], peers["end"], strict=True)
            )
            if t
        )
    )
    if len(named) < 2:
        return [("", rows)]
    things = pd.Series(
        [
            thing_of(article, int(start), int(end))
            or next((t for t in named if re.search(rf"\b{re.escape(t)}\b", str(subject), re.IGNORECASE)), "")
            for start, end, subject in zip(rows["start"], rows["end"], rows["subject"], strict=True)
        ],
        index=rows.index,
        dtype=object,
    )
    return [(thing, rows[things == thing]) for thing in [*named, ""] if (things == thing).any()]


def names_a_thing(after: str) -> bool:
    """Whether the words right after a figure open with a noun it describes ("… radar satellite"),
    not a function word ("… in 2025", "… at Albany")."""
    found = RE_SIZE_AFTER.match(after)
    return bool(found) and found.group(1).lower() not in FUNCTION_WORDS


def line_of(body: str, start: int, end: int) -> str:
    """The line of the body a figure stands in."""
    stop = body.find("\n", end)
    return body[body.rfind("\n", 0, start) + 1 : stop if stop >= 0 else len(body)]


RE_SHARE_NUMBER = re.compile(r"\d+(?:\.\d+)?")  # digits first: a bare "." ("U.S.") is no share


def whole_not_drawn(levels: pd.DataFrame, row: dict[str, object], before: str, after: str) -> bool:
    """Whether a level said with its share of a total ("208 megatonnes, or 30 per cent of the
    total") has no figure of that total among the `levels` of its unit: it is then one part
    among its peers (the other sectors), and the chart would leave out the largest of them."""
    said = RE_SHARE_AFTER.match(after) or RE_SHARE_BEFORE.search(before)
    if not said or RE_PART_LEAD.search(before):
        return False
    number = RE_SHARE_NUMBER.search(said.group(0))
    share = float(number.group(0)) if number else 0.0
    if not share:
        return False
    whole = float(row["value"]) * 100 / share
    peers = levels.loc[levels["_unit"] == row["_unit"], "value"].astype(float)
    return not any(abs(v - whole) <= 0.05 * whole for v in peers)


def measure_label(unit: str) -> str:
    """A chart unit as people write it ("megatonnes", "degrees Celsius"; a rate as stated)."""
    if rate_key(unit):
        return unit
    period = RE_PERIOD_UNIT.search(unit)  # "metric_ton per day" (with_periods) -> "tonnes per day"
    if period:
        return f"{subject_unit_label(unit[: period.start()])} per {period.group(1)}"
    return unit if " per " in unit else subject_unit_label(unit)


def with_units(rows: pd.DataFrame, article: Article) -> pd.DataFrame:
    """The rows with their chart unit (`chart_units`, the one used most among these rows), a level
    stated per a period ("42,000 tonnes per day") apart from levels that are not (`with_periods`)."""
    rows = rows.assign(_unit=chart_units(rows))
    timed = rows["measure"].map(lambda m: " / " not in str(m) and " per " not in str(m)).astype(bool)
    if timed.any():
        rows.loc[timed, "_unit"] = with_periods(rows[timed], article)["_unit"]
    return rows


def measure_charts(
    article: Article, figures: pd.DataFrame, context: pd.DataFrame | None = None
) -> tuple[list[Chart], list[str], list[object]]:
    """The charts of an article's measurements, the notes for those set apart (each with why), and
    the index of every figure drawn or set apart with a note (the rest are the uncharted note's)."""
    rows = measure_rows(figures)
    charts: list[Chart] = []
    notes: list[str] = []
    said: list[object] = []
    if rows.empty:
        return charts, notes, said
    rows = rows[[bool(quantity(str(m))) for m in rows["measure"]]]
    numeric = numeric_rows(rows)
    ranges = rows[~rows.index.isin(numeric.index)]
    notes += [
        f"“{q}” is a range, not one level: said in a sentence, not drawn."
        for q in dict.fromkeys(ranges["quote"])
    ]
    said += list(ranges.index)
    if numeric.empty:
        return charts, notes, said
    numeric = with_units(numeric, article)
    reasons = level_reasons(numeric, article, figures)
    notes += [reason for reason in dict.fromkeys(reasons) if reason]
    said += list(reasons[reasons != ""].index)
    levels = with_units(numeric[reasons == ""], article)  # the unit used most among the levels drawn
    for unit, kind, group in comparable_groups(article, levels, "_unit"):
        drawn = group.assign(
            stated=group["value"],
            value=[in_unit(v, str(m), unit) for v, m in zip(group["value"], group["measure"], strict=True)],
        )
        peers = levels[levels["_unit"].isin(set(group["_unit"]))]  # of every standing: the things named
        for thing, of_thing in things_measured(drawn, article, peers):
            bands = scale_bands(of_thing)
            for band, rows_in_band in enumerate(bands):
                if len(distinct_amounts(rows_in_band)) < 2:
                    if len(bands) > 1:  # alone in its band: too far from the others' scale for their axis
                        notes += [
                            f"“{q}” is too small beside the other levels of its quantity to share their axis: said, not drawn."
                            for q in dict.fromkeys(rows_in_band["quote"])
                        ]
                        said += list(rows_in_band.index)
                    continue
                charts.append(measure_chart(rows_in_band, article, unit, kind, band, figures, context, thing))
                said += list(rows_in_band.index)
    return charts, notes, list(dict.fromkeys(said))


# the words the engine names a measurement's quantity by ("transport weight", "capacity of the
# plant"): the axis's unit says them, so a label does not
QUANTITY_WORDS = frozenset(
    ("weight", "temperature", "area", "volume", "speed", "energy", "power", "capacity")
)
RE_QUANTITY_HEAD = re.compile(rf"^(?:{'|'.join(sorted(QUANTITY_WORDS))})\s+of\s+", re.IGNORECASE)
RE_QUANTITY_TAIL = re.compile(rf"\s+(?:{'|'.join(sorted(QUANTITY_WORDS))})$", re.IGNORECASE)


def measure_subjects(shown: pd.DataFrame, article: Article) -> list[str]:
    """What each level measures, for its label: its subject less the quantity the unit already
    says ("transport weight" -> "transport", "capacity of the plant" -> "the plant") when those
    are the article's own words in its sentence and a noun phrase there (`takes_a_figure`); else
    the words of its clause, quoted ("“Oil and gas remained the largest source at 208 megatonnes”"
    for "gas remained largest source weight")."""
    subjects = []
    texts = [
        RE_QUANTITY_TAIL.sub(
            "",
            RE_QUANTITY_HEAD.sub("", RE_SUBJECT_UNIT_NOTE.sub("", s if isinstance(s, str) else "").strip()),
        )
        for s in trusted_subjects(shown, article)
    ]
    for row, text in zip(shown.to_dict("records"), texts, strict=True):
        if texts.count(text) > 1:
            text = ""  # a subject two levels share tells neither apart ("Fires burned"): their clauses do
        rate = rate_key(str(row["measure"]))
        if rate and text.lower() == rate[0]:
            text = ""  # "births" of "births per 1,000 inhabitants" names no one
        sentence = article.sentence_text(int(row["sentence"]))
        if (
            text
            and re.search(piece_pattern(text).pattern, sentence, re.IGNORECASE)
            and not takes_a_figure(text, sentence)
        ):
            subjects.append(text)
            continue
        words = clause_words(article, int(row["start"]), int(row["end"]))
        subjects.append(f"“{words}”" if words else "")
    return subjects


def takes_a_figure(subject: str, sentence: str) -> bool:
    """Whether a subject ends on a verb that, in its sentence, takes a figure as its object ("cane
    and producing" of "… of cane and producing 98.6 lakh tonnes"; a word ending "-ing" or "-ed", or
    a verb of change): the subject is then no noun phrase of the sentence (a name before a number,
    "and Libya 1.3 million", is one)."""
    last = subject.split()[-1].lower() if subject.split() else ""
    if not (last.endswith(("ing", "ed")) or last in PHRASE_ENDING_VERBS):
        return False
    return re.search(piece_pattern(subject).pattern + r"\s+\d", sentence, re.IGNORECASE) is not None


RE_LEAD_BREAK = re.compile(r"[;:()]|,\s")  # where the words of a figure's clause open
RE_CLAUSE_END = re.compile(r"[;:()]|,\s|\s(?:and|but|while|whereas)\s")  # ... and close ("… at Albany and")
LEAD_CHARACTERS = 60  # the most of them a label quotes


RE_DIGIT = re.compile(r"\d")


RE_NAME_END = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]*$")  # a capitalised word ending the text before a comma
# ... and a name after it that ends its clause or stands between commas ("Bolivia,", "Western Australia."),
# never one that opens a clause of its own ("in October, Angola produced")
RE_NAME_START = re.compile(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}(?=\s*(?:[,.;:)]|$))")


def joins_names(text: str, found: re.Match[str]) -> bool:
    """Whether a comma a clause would break at stands between two names, a place and the larger
    place it is in, said as an aside ("in Tarija, Bolivia,", "Perth, Western Australia."): no break
    of the clause."""
    return (
        found.group(0).startswith(",")
        and RE_NAME_END.search(text, max(0, found.start() - 40), found.start()) is not None
        and RE_NAME_START.match(text, found.end()) is not None
    )


def clause_words(article: Article, start: int, end: int) -> str:
    """The words of a figure's clause, from the comma, semicolon, colon or bracket before it (else
    the sentence's start) to the next one (else the sentence's end; never a comma between two
    names, `joins_names`: "in Tarija, Bolivia" is kept whole): "Oil and gas remained the
    largest source at 208 megatonnes"; a longer one is cut after the figure ("The 5,102 MW
    Bełchatów power station …") or, when the words before the figure are longer, keeps their end
    ("… reached 46.2C")."""
    s_start, s_end = article.sentences[article.sentence_of(start)]
    text = article.body[s_start:s_end]
    at, to = start - s_start, end - s_start
    left = seen = 0
    digit = False  # a digit between `left` and the break, read once over each new gap (linear)
    for found in RE_CLAUSE_END.finditer(text, 0, at):  # "and" opens a clause after another figure's
        if joins_names(text, found):
            continue
        digit = digit or RE_DIGIT.search(text, seen, found.start()) is not None
        seen = found.start()
        if RE_LEAD_BREAK.match(found.group(0)) or digit:
            left = seen = found.end()
            digit = False
    closing = next((f for f in RE_CLAUSE_END.finditer(text, to) if not joins_names(text, f)), None)
    right = closing.start() if closing else len(text)
    words = " ".join(text[left:right].split()).strip(' ."“”')
    lead = " ".join(text[left:to].split()).strip(' "“”')
    if len(words) <= LEAD_CHARACTERS:
        return words
    if len(lead) <= LEAD_CHARACTERS:
        return (
            textwrap.shorten(words, LEAD_CHARACTERS, placeholder=" …")
            if len(lead) < LEAD_CHARACTERS - 10
            else lead
        )
    cut = lead[-LEAD_CHARACTERS:]
    return "… " + cut[cut.find(" ") + 1 :] if " " in cut else lead


def level_periods(shown: pd.DataFrame, article: Article, figures: pd.DataFrame) -> list[str]:
    """Each level's period: its own, as the aid table reads a sum's (`tables.sum_periods`: "in
    September") or a past time said after it (`charts.past_figures`: "last year"); a period said
    once in a sentence is that of each of its levels that names none ("Iraq produced 4.3 million
    barrels per day" after "Saudi Arabia pumped 9.8 million ... in September")."""
    periods = sum_periods(article, figures.assign(kind="money") if len(figures) else figures)
    past = past_figures(shown, article)
    own = [periods.get(int(s), "") or past.get(int(s), "") for s in shown["start"]]
    said: dict[int, set[str]] = {}
    for period, sentence in zip(own, shown["sentence"], strict=True):
        if is_stated(period):
            said.setdefault(int(sentence), set()).add(period)
    shared = {
        n: next(iter(periods))
        for n, periods in said.items()
        if len(periods) == 1
        and set(RE_YEAR.findall(article.sentence_text(n))) <= set(RE_YEAR.findall(*periods))
    }  # never where the sentence names another year ("9.4 million tonnes in 2025 and 3.1 million in 2024")
    return [
        period if is_stated(period) else shared.get(int(n), "")
        for period, n in zip(own, shown["sentence"], strict=True)
    ]


def measure_chart(
    rows: pd.DataFrame,
    article: Article,
    unit: str,
    kind: str = "actual",
    band: int = 0,
    figures: pd.DataFrame | None = None,
    context: pd.DataFrame | None = None,
    thing: str = "",
) -> Chart:
    """The distinct levels of one measure and quantity in `unit`, one standing and one scale band,
    largest first: bars from zero, or points on a scale that need not start at zero for a measure
    whose zero is not "none" (or a level below zero); each labelled with what is measured and its
    period, its value as the article writes it (and the figure it states, when converted); `thing`:
    the thing all of them measure, when the article's levels of the quantity measure unlike things."""
    distinct = distinct_amounts(rows)
    ranked = distinct.sort_values(["_v", "start"], ascending=[False, True], kind="stable")
    shown = ranked.head(MAX_BARS).reset_index(drop=True)
    left_out = len(ranked) - len(shown)
    values = shown["_v"]
    points = unit in NO_ZERO_MEASURES or bool((values <= 0).any())
    divisor, word = (1.0, "") if points else scale_of(values.max())
    said = [clause_of(article, int(a), int(b)) for a, b in zip(shown["start"], shown["end"], strict=True)]
    holders = [holder_of(article, int(a)) for a in shown["start"]]
    labels = bar_labels(shown.assign(subject=measure_subjects(shown, article), measure=None), said, holders)
    levels = rows if figures is None else figures[figures.index.isin(rows.index)].assign(unit=rows["_unit"])
    periods = level_periods(shown, article, levels)
    labels = [
        f"{label} ({period})" if is_stated(period) and period.lower() not in label.lower() else label
        for label, period in zip(labels, periods, strict=True)
    ]
    name = measure_label(unit)
    texts = []
    for row, value in zip(shown.to_dict("records"), values, strict=True):
        if not is_converted(str(row["measure"]), unit):
            texts.append(qualified(article, row, as_written(human_number(value), row["quote"]), None))
            continue
        text = human_number(round(value, 1 if abs(value) >= 10 else 2))
        texts.append(f"{text} (stated: “{row['quote']}”)")
    slug, suffix = standing_suffix(kind, band)
    how = (
        "Each point is one level as stated, on a scale that does not start at zero (zero is no "
        "absence of it)."
        if points
        else "Each bar is one level as stated; nothing is added up."
    )
    converted = any(is_converted(str(m), unit) for m in shown["measure"])
    subtitle = how + (
        f" Levels stated in other units are converted to {name}, the unit the levels drawn use most."
        if converted
        else ""
    )
    subtitle += " Changes, differences, bounds and targets are not drawn."
    if left_out:
        subtitle += f" The {left_out} smallest are left out of the chart (all are in the table)."
    claim = " ".join(
        t for t in (claim_note(list(shown["attribution"])), context_note(context, list(shown["quote"]))) if t
    )
    source = source_line(article)
    fig, ax = house_figure(
        f"Rates the article states, {name}{suffix}"
        if name.startswith("per ")
        else f"Levels {f'of {thing} ' if thing else ''}the article states, in {name}{suffix}",
        f"{subtitle} {claim}",
        source,
        size=height_for(len(shown)),
        left=0.34,
        right=0.72 if converted else 0.86,
    )
    axis_label = f"Rate {name}" if name.startswith("per ") else f"{name[:1].upper()}{name[1:]}"
    axis_label += f", {word}s" if word else ""
    with mpl.rc_context(fname=str(STYLE)):
        y = range(len(shown))
        if points:
            low, high = float(values.min()), float(values.max())
            pad = max((high - low) * 0.2, abs(high) * 0.05, 1.0)
            ax.scatter(values, y, s=60, color=COLOURS["later"], marker="o", zorder=3)
            ax.set_xlim(low - pad, high + pad * 2.5)
            ax.xaxis.set_major_locator(MaxNLocator(nbins=6, steps=[1, 2, 2.5, 5, 10]))
            ax.xaxis.set_major_formatter(FuncFormatter(lambda x, _pos: tick_text(x)))
            ax.set_xlabel(axis_label)
            ax.grid(axis="y", visible=False)
            offset = pad * 0.15
        else:
            ax.barh(y, values / divisor, height=0.6, color=COLOURS["later"])
            limit = value_axis(ax, values.max() / divisor, axis_label)
            offset = limit * 0.012
        ax.set_yticks(list(y), [wrapped(label, 36) for label in labels])
        ax.invert_yaxis()
        for i, (value, text) in enumerate(zip(values, texts, strict=True)):
            ax.text(value / divisor + offset, i, text, va="center", fontsize=8.5, color=COLOURS["text"])
    data = shown[["quote", "stated", "measure", "kind", "subject", "start", "end"]].rename(
        columns={"stated": "value"}
    )
    column = slug_of(name).replace("-", "_") + (f"_{word}s" if word else "")
    data.insert(2, f"drawn_in_{column}", (values / divisor).round(10))
    form = "dots" if points else "bars"
    alt = (
        f"{'Dot' if points else 'Bar'} chart of {len(shown)} levels{f' of {thing}' if thing else ''} {name if name.startswith('per ') else 'in ' + name}"
        + (" on a scale that does not start at zero" if points else "")
        + ": "
        + "; ".join(f"{label}, {text}" for label, text in zip(labels, texts, strict=True))
        + (f"; {left_out} smaller ones not drawn" if left_out else "")
        + f". {claim} {source}"
    )
    name_slug = slug_of(name) + (f"-{slug_of(thing)}" if thing else "")
    chart = Chart(f"{article.id}--measures-{name_slug}{slug}", fig, alt, data, source, form=form)
    return traced(chart, article)
