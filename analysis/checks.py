"""Consistency checks: one quantity stated two ways, parts against a stated total, percent
changes against stated before and after values, conversions stated in brackets and the exchange
rates they imply. Each finding names its quotes and what was computed."""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from collections.abc import Callable

import pandas as pd

from .article import Article
from .attribution import inside_quotation
from .currencies import article_countries, display_symbol
from .figures.rate_bases import quoted_against
from .formats import format_value, grouped_number
from .house import scale_of
from .levels import is_comparator, is_earlier_level
from .measures import convert, subject_unit_label
from .phrases import noun_class
from .review import reviewed_figures
from .vocab import DIFFERENCE_COMPARATIVES, DURATION_UNITS, FUNCTION_WORDS, SCALE_WORDS, UNIT_WORDS

FINDING_COLUMNS = (
    "check",
    "status",
    "quantity",
    "detail",
    "computed",
    "quotes",
    "starts",
    "sentences",
)
# The shapes in which a sentence states a change's before (A) and after (B) values, whatever their
# order: what `sentence_pair` reads and the no-findings text names.
SENTENCE_SHAPES = ('"from A to B"', '"to B from A"', '"B, up from A"', '"A a year earlier ... now B"')
EARLIER_WORD = "from"  # right before the before value: "from £3.75 million"
LATER_WORDS = ("to", "now")  # right before the after value: "to £4.2 million", "now 52"
# right after the before value: "£3.75 million a year earlier"
RE_EARLIER_AFTER = re.compile(
    r",?\s+(?:a year (?:earlier|ago|before)|the (?:year|month|quarter|week) before"
    r"|the previous (?:year|month|quarter|week)|previously)\b"
)
TOTAL_CUE = re.compile(r"\b(?:a total of|in total|total of|in all|altogether|overall)\b", re.IGNORECASE)
# A stated percent rounded to a whole number agrees with a computed one within this many points.
ROUNDING_TOLERANCE = 1.0
# A stated change is compared with the figures of its kind nearest to it: at most this many on each
# side in the text. News states a change and its before and after values close together; a pair
# found far away is likelier a coincidence, and trying every figure of a long article against every
# change would take time that grows with the square of its length.
NEAR_FIGURES = 12
# A stated figure is read as rounded to its last significant digit, but never as looser than this
# share of its value ("90" may be 85.5 to 94.5, not 85 to 95).
MAX_ROUNDING_SHARE = 0.05
# Between a figure and the "(" of its conversion: a few words, no digits ("60 feet wide (18m)");
# inside the bracket before the number: an approximation word or a currency sign at most.
BRACKET_LEAD = re.compile(r"[^\d()]{0,25}\(\s*[^\d()]{0,20}")


UNITLESS = ("", "count", "other")  # units a reader does not need said after a number
SCALED_DECIMALS = 3  # the most decimals a value is written with before "million" ("3.755 million")


def value_text(value: object, unit: object = "") -> str:
    """A stated value as a finding writes it, readable and exact, with its currency or unit:
    "£3.75 million", "SEK 18.6 billion" -> "18.6 billion SEK", "24,822", "3 days"; a range or a date
    as it stands. The one formatter of values in findings."""
    if not _is_number(value):
        return format_value(value)
    unit = unit if isinstance(unit, str) else ""
    divisor, word = scale_of(float(value))  # type: ignore[arg-type]
    scaled = grouped_number(float(value) / divisor)  # type: ignore[arg-type]
    if word and len(scaled.partition(".")[2]) <= SCALED_DECIMALS:
        number = f"{scaled} {word}"  # "3.755 million"
    else:
        number = grouped_number(float(value))  # type: ignore[arg-type]  # "281,421,906", not "281.421906 million"
    if len(unit) == 3 and unit.isupper():  # a currency code
        symbol = display_symbol(unit)
        return f"{symbol}{number}" if symbol else f"{number} {unit}"
    return number if unit in UNITLESS else f"{number} {unit}"


def row_value(row: pd.Series) -> str:
    """A figure's value as a finding writes it (`value_text` of its value and unit)."""
    return value_text(row["value"], row["unit"])


def _finding(
    check: str, status: str, quantity: str, detail: str, computed: str, rows: list[pd.Series]
) -> dict[str, object]:
    return {
        "check": check,
        "status": status,
        "quantity": quantity,
        "detail": detail,
        "computed": computed,
        "quotes": " | ".join(str(r["quote"]) for r in rows),
        "starts": " | ".join(str(int(r["start"])) for r in rows),
        "sentences": " | ".join(str(int(r["sentence"])) for r in rows),
    }


def voice(article: Article, row: pd.Series) -> str:
    """Whose words a figure is in, as the `attribution` column says: a direct quotation, a sentence
    that credits someone outside quotation marks, or the article's own narrative."""
    who = row["attribution"] if isinstance(row["attribution"], str) else ""
    if inside_quotation(article, int(row["start"])):
        return f"in a direct quotation credited to {who}" if who else "in a direct quotation"
    if who:
        return f"outside quotation marks, in a sentence credited to {who}"
    return "in the article's own narrative"


# the subjects of durations that already name what is measured ("length of the visit")
MEASURED_SUBJECTS = ("length of", "time taken", "duration of")


def length_of(subject: str) -> str:
    """What a duration's subject measures: "visit" -> "length of the visit"; a subject that names it
    already ("length of the visit", "time taken by the repairs") as it stands."""
    return subject if subject.lower().startswith(MEASURED_SUBJECTS) else f"length of the {subject}"


def earlier_level(article: Article, row: pd.Series) -> bool:
    """Whether a figure is the earlier level its sentence compares another with ("up from 19 days",
    "compared with 19 days a year earlier"): the one reader of README rule 9's markers."""
    sentence = article.sentences[int(row["sentence"])]
    return is_earlier_level(article.body, int(row["start"]), int(row["end"]), sentence)


# The place or group a figure is said of, right after it: "24 weeks nationally", "29 weeks in
# London", "31 weeks across the Highlands", "9 days among Scots" (a capitalised name after a place word)
RE_SAID_OF_PLACE = re.compile(
    r"\s*(?:(?:nationally|nationwide|countrywide|elsewhere|worldwide|globally)\b"
    r"|(?:in|across|for|among|throughout)\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*)"
)
PLACE_REACH = 40  # characters after a figure read for the place it is said of


def said_of_place(article: Article, row: pd.Series) -> str:
    """The place or group a figure is said of right after it (RE_SAID_OF_PLACE), lower case; "" for none."""
    end = int(row["end"])
    found = RE_SAID_OF_PLACE.match(
        article.body[end : min(end + PLACE_REACH, article.sentences[int(row["sentence"])][1])]
    )
    return found.group(0).strip().lower() if found else ""


def comparator(article: Article, row: pd.Series) -> bool:
    """Whether a figure is a value another is compared with ("up from 19 days", "compared with 13
    weeks nationally", "longer than the 8 days elsewhere"): levels.is_comparator."""
    return is_comparator(article.body, int(row["start"]), article.sentences[int(row["sentence"])])


def same_quantity_groups(article: Article, group: pd.DataFrame) -> list[pd.DataFrame]:
    """Durations of one subject split by the place or group each is said of (`said_of_place`) when
    two or more places are named ("31 weeks in Munster", "24 weeks nationally"); else the whole."""
    places = pd.Series([said_of_place(article, row) for _, row in group.iterrows()], index=group.index)
    if places[places != ""].nunique() < 2:
        return [group]
    return [part for _, part in group.groupby(places, sort=False)]


def stated_two_ways(article: Article, figures: pd.DataFrame) -> list[dict[str, object]]:
    """Durations of the same thing ("three-day visit", "two-day visit") with different values; a
    value another is compared with ("averaged 23 days, up from 19 days", "17 weeks, compared with 13
    weeks nationally") or one said of another place ("31 weeks in Munster", "24 weeks nationally") is
    another quantity, no second statement of it."""
    out = []
    durations = figures[(figures["kind"] == "duration") & (figures["subject"].str.len() > 0)]
    durations = durations.loc[[not comparator(article, row) for _, row in durations.iterrows()]]
    groups = [
        ((subject, unit), part)
        for (subject, unit), group in durations.groupby(["subject", "unit"], sort=False)
        for part in same_quantity_groups(article, group)
    ]
    for (subject, unit), group in groups:
        values = list(dict.fromkeys(value_text(v, unit) for v in group["value"]))
        if len(values) < 2 or subject.startswith("("):
            continue
        rows = [r for _, r in group.iterrows()]
        stated = "; ".join(
            f"{value_text(r['value'], unit)} ({r['quote']!r}, {voice(article, r)})" for r in rows
        )
        quantity = length_of(subject)
        out.append(
            _finding(
                "stated_two_ways",
                "differs",
                quantity,
                f"The article states the {quantity} as {stated}.",
                f"distinct values: {', '.join(values)}",
                rows,
            )
        )
    return out


# The article's own words that its parts are all of the total: a total said after the list ("...,
# for a total of 169", ", a total of £3.4 million", "bringing the total to 40") or a part said to be
# the rest ("the remaining 5 seats", "the rest", "the other 12"). Read right before the total or a part.
RE_TOTAL_AFTER_LIST = re.compile(
    r"(?:\bfor\s+|,\s*)a\s+(?:combined\s+|grand\s+)?total\s+of\s+\S*$"
    r"|\b(?:bringing|taking|making|brings|takes|makes)\s+(?:the|a|its|their)\s+(?:combined\s+)?total\s+(?:to|of)\s+\S*$",
    re.IGNORECASE,
)
RE_THE_REST = re.compile(r"\bthe\s+(?:remaining|rest|other|last)\s+\S*$", re.IGNORECASE)
LEAD = 40  # characters right before a figure read for the words that lead it
# Parts stated before a total's sentence are gathered from at most this many sentences before it
# ("won 64 of the 169 seats ... the Greens, who took 21 seats. ... for a total of 169").
PASSAGE_BEFORE = 2
RE_DIGITS = re.compile(r"\d[\d,.]*")


def counted_nouns(row: pd.Series) -> frozenset[str]:
    """What a count counts, singular: the word its quote ends in ("21 seats", "1.2 million seats" ->
    {"seat"}), else the
    content words of its subject, any bracket dropped ("64" of subject "seats won by Progress" ->
    {"seat", "won", "progress"}); empty for none."""
    said = quote_nouns(row)
    if said:
        return said
    subject = row["subject"] if isinstance(row["subject"], str) else ""
    return subject_words(re.sub(r"\([^)]*\)", "", subject)) - FUNCTION_WORDS


def _lead(article: Article, row: pd.Series) -> str:
    start = int(row["start"])
    return article.body[max(article.sentences[int(row["sentence"])][0], start - LEAD) : start]


def gathered_parts(article: Article, total: pd.Series, counts: pd.DataFrame) -> list[pd.Series]:
    """The parts of a total, in text order: figures of its unit in its own sentence and, when that
    sentence states some, counts of the same counted noun up to PASSAGE_BEFORE sentences before it
    ("won 64 of the 169 seats", "who took 21 seats"); else those of the next sentence ("A total of
    100 ... Of them, 60 ... and 30 ..."). Never an earlier level ("fell to 52 seats from 71": 71),
    a figure of the total's value (the whole said again: "64 of the 169 seats"), a count of another
    thing ("the three categories": `counts_another_thing`), nor an earlier statement of a part its
    sentence restates ("robbery was flat at 9,150 offences ... robbery 9,150": counted once)."""
    sentence, nouns = int(total["sentence"]), counted_nouns(total)
    near = counts[
        (counts["sentence"] >= sentence - PASSAGE_BEFORE)
        & (counts["sentence"] <= sentence + 1)
        & (counts["unit"] == total["unit"])
        & (counts["start"] != total["start"])
    ].sort_values("start", kind="stable")
    rows = [
        row
        for _, row in near.iterrows()
        if _is_number(row["value"])
        and float(row["value"]) != float(total["value"])
        and not earlier_level(article, row)
    ]
    own = [row for row in rows if row["sentence"] == sentence]
    if not own:
        return [row for row in rows if row["sentence"] == sentence + 1]
    if total["kind"] != "count":
        return own  # money names no noun a sum and its parts share ("£2.1 million ... on cars")
    own = [row for row in own if not counts_another_thing(total, row)]
    restated = {float(row["value"]) for row in own}
    before = [
        row
        for row in rows
        if row["sentence"] < sentence and nouns & counted_nouns(row) and float(row["value"]) not in restated
    ]
    return before + own


def quote_nouns(row: pd.Series) -> frozenset[str]:
    """The noun a count's own quote ends in, singular ("three categories" -> {"category"}); empty for
    a bare number ("23,800")."""
    words = [w for w in re.findall(r"[^\W\d_]+", str(row["quote"])) if w.lower() not in SCALE_WORDS]
    return subject_words(words[-1]) if words else frozenset()


def counts_another_thing(total: pd.Series, row: pd.Series) -> bool:
    """Whether a count beside a total counts something else, its quote and the total's each naming
    a noun and not the same one: "the three categories" beside "66,350 offences" counts the parts
    themselves, never one of them."""
    own, total_nouns = quote_nouns(row), quote_nouns(total)
    return bool(own and total_nouns and not own & total_nouns)


def all_of_the_total(
    article: Article, total: pd.Series, parts: list[pd.Series], figures: pd.DataFrame
) -> bool:
    """Whether the article's own words say the parts are all of the total ("for a total of", "the
    remaining 5 seats"), and every number written between its first part and the total in the
    total's sentence was read as a figure (a part the extraction missed would make the sum wrong)."""
    leads = [_lead(article, row) for row in parts]
    if not RE_TOTAL_AFTER_LIST.search(_lead(article, total)) and not any(
        RE_THE_REST.search(lead) for lead in leads
    ):
        return False
    own = [row for row in parts if row["sentence"] == total["sentence"]] + [total]
    low, high = min(int(row["start"]) for row in own), max(int(row["end"]) for row in own)
    read = figures[(figures["sentence"] == total["sentence"])]
    spans = list(zip(read["start"].astype(int), read["end"].astype(int), strict=True))
    return all(any(a <= m.start() < b for a, b in spans) for m in RE_DIGITS.finditer(article.body, low, high))


# The article's words that a total is all of a number of parts it names: a cue ("In all, the four
# departments lose ...", "The three airports between them handled ...") and "the" + a number + a noun
# (not a unit of time: "in the 12 months to June" names no parts) in the total's sentence.
RE_ALL_CUE = re.compile(
    r"\b(?:in all|altogether|in total|all told|combined|between them|together(?!\s+with))\b", re.IGNORECASE
)
RE_PARTS_NAMED = re.compile(
    r"\b(?:the|these|those|its|their|all)\s+(?P<n>"
    + "|".join(w for w, v in UNIT_WORDS.items() if v >= 2)
    + r"|[2-9]|1[0-9])\s+(?P<noun>[^\W\d_]+)",
    re.IGNORECASE,
)
NAMED_LEAD = 80  # characters before a total read for its cue and its named parts
NAMED_TAIL = 20  # characters after it read for a cue said after ("... KSh 855 million between them")
RE_LEVEL_REACHED = re.compile(r"\b(?:to|at)\s+\S*$", re.IGNORECASE)  # "falls by X to KSh 3.8 billion"


def named_parts(article: Article, total: pd.Series) -> tuple[int, int] | None:
    """How many parts the article says its total is all of, and where that phrase starts: a cue
    (RE_ALL_CUE) before or right after the total and "the four departments" before it, in a bounded
    window of its sentence; None when it says no such thing."""
    first, last = article.sentences[int(total["sentence"])]
    start, end = int(total["start"]), int(total["end"])
    window = max(first, start - NAMED_LEAD)
    before = article.body[window:start]
    if not RE_ALL_CUE.search(before) and not RE_ALL_CUE.search(
        article.body[end : min(last, end + NAMED_TAIL)]
    ):
        return None
    named = [
        m
        for m in RE_PARTS_NAMED.finditer(before)
        if m.group("noun").lower() not in DURATION_UNITS and m.group("noun").lower() not in FUNCTION_WORDS
    ]
    if not named:
        return None
    number = named[-1].group("n").lower()
    return UNIT_WORDS.get(number, int(number) if number.isdigit() else 0), window + named[-1].start()


def counted_parts(
    article: Article, total: pd.Series, counts: pd.DataFrame, how_many: int, until: int
) -> list[pd.Series]:
    """The `how_many` parts a total names ("the four departments"): the figures of its unit stated
    right before the phrase that names them (`until`), in its sentence or up to PASSAGE_BEFORE before
    it, in text order, counts only of what the total counts ("votes"); never a level left or reached
    ("from ...", "falls by X to Y": Y). Fewer than `how_many` such figures: none (the parts are not
    all stated)."""
    sentence, nouns = int(total["sentence"]), counted_nouns(total)
    near = counts[
        (counts["sentence"] >= sentence - PASSAGE_BEFORE)
        & (counts["sentence"] <= sentence)
        & (counts["unit"] == total["unit"])
        & (counts["kind"] == total["kind"])
        & (counts["end"] <= until)
    ].sort_values("start", kind="stable")
    rows = [
        row
        for _, row in near.iterrows()
        if _is_number(row["value"])
        and not earlier_level(article, row)
        and not RE_LEVEL_REACHED.search(_lead(article, row))
        and (total["kind"] != "count" or bool(nouns & counted_nouns(row)))
    ]
    return rows[-how_many:] if len(rows) >= how_many else []


# A list of parts: lines of their own ("North: 42,100 (down 11 per cent)", "- Coast 12,400"), each
# short and holding a count or amount, right before the total's sentence or right after it, the
# line before the list (or the total's own sentence) naming what they count.
LIST_LINE_CHARS = 80  # the longest line read as one item of a list
LIST_ITEMS = 40  # the most lines of a list read before or after a total


def _line_item(article: Article, index: int, rows: pd.DataFrame) -> pd.Series | None:
    """The figure of a list line: sentence `index` when it is a short line of its own holding a
    figure (its first), else None."""
    start, end = article.sentences[index]
    body = article.body
    own_line = (start == 0 or body[start - 1] == "\n") and body[end : end + 8].lstrip(" \t")[:1] in ("\n", "")
    if not own_line or end - start > LIST_LINE_CHARS:
        return None
    held = rows[rows["sentence"] == index]
    return held.iloc[0] if len(held) and _is_number(held.iloc[0]["value"]) else None


def _list_run(article: Article, indexes: range, rows: pd.DataFrame) -> list[pd.Series]:
    """The figures of the list lines at `indexes`, in that order, up to the first line that is no item."""
    items = []
    for index in indexes:
        item = _line_item(article, index, rows)
        if item is None:
            break
        items.append(item)
    return items


def listed_parts(article: Article, total: pd.Series, counts: pd.DataFrame) -> list[pd.Series]:
    """The parts a list states right before a total's sentence (the line before the list naming
    them: "The regional figures for patients waiting were:") or right after it ("..., as follows:"),
    in text order: figures of the total's unit or bare counts of a count total, the list's lead-in
    naming what the total counts ("patients"). Fewer than two: none."""
    sentence = int(total["sentence"])
    unit_ok = counts["unit"] == total["unit"]
    if total["kind"] == "count":
        unit_ok |= (counts["kind"] == "count") & (counts["unit"] == "count")
    rows = counts[unit_ok & (counts["sentence"] - sentence).abs().between(1, LIST_ITEMS)]
    before = _list_run(article, range(sentence - 1, max(-1, sentence - 1 - LIST_ITEMS), -1), rows)[::-1]
    after = _list_run(
        article, range(sentence + 1, min(len(article.sentences), sentence + 1 + LIST_ITEMS)), rows
    )
    items, lead_in = (before, int(before[0]["sentence"]) - 1) if before else (after, sentence)
    if len(items) < 2 or lead_in < 0:
        return []
    if total["kind"] == "count":
        first, last = article.sentences[lead_in]
        if not counted_nouns(total) & subject_words(article.body[first:last][: LIST_LINE_CHARS * 2]):
            return []
    return items


def stated_parts(
    article: Article, total: pd.Series, counts: pd.DataFrame, figures: pd.DataFrame
) -> tuple[list[pd.Series], bool]:
    """A total's parts and whether the article says they are all of it: the parts it names and
    counts (`named_parts`, `counted_parts`, or a list of as many: `listed_parts`), else those stated
    near a total cue (`gathered_parts`, all when `all_of_the_total`; else a list before or after it);
    no parts for a figure not stated as a total."""
    named = named_parts(article, total)
    if named is not None:
        parts = counted_parts(article, total, counts, *named) or listed_parts(article, total, counts)
        if len(parts) == named[0]:
            return parts, True
    if not TOTAL_CUE.search(_lead(article, total)):
        return [], False
    parts = gathered_parts(article, total, counts)
    if len(parts) < 2:
        return listed_parts(article, total, counts), False
    return parts, all_of_the_total(article, total, parts, figures)


def parts_against_total(article: Article, figures: pd.DataFrame) -> list[dict[str, object]]:
    """A figure stated as a total ("a total of", "in all") against its parts (`stated_parts`, a list
    of lines among them: "North: 42,100"):
    "adds up" when their sum is the total within its rounding; "does not add up" only when the
    article's own words say the parts are all of it ("the remaining 5 seats", "In all, the four
    departments lose ..."), else nothing (a list of some parts need not reach its total)."""
    out = []
    counts = figures[figures["kind"].isin(["count", "money"])]
    for _, total in counts.iterrows():
        if not _is_number(total["value"]):
            continue
        parts, complete = stated_parts(article, total, counts, figures)
        if len(parts) < 2:
            continue
        parts_sum = float(sum(float(p["value"]) for p in parts))
        stated = float(total["value"])
        adds_up = abs(parts_sum - stated) <= max(rounding_half_width(stated), 1e-9 * max(stated, 1))
        if not adds_up and not complete:
            continue
        out.append(
            _finding(
                "parts_against_total",
                "adds up" if adds_up else "does not add up",
                f"total {total['unit']} ({total['subject'] or total['quote']})",
                f"Stated total {row_value(total)}; stated parts "
                + " + ".join(row_value(p) for p in parts)
                + f" = {value_text(parts_sum, total['unit'])}.",
                f"sum of parts = {value_text(parts_sum, total['unit'])}; "
                f"difference = {value_text(parts_sum - stated, total['unit'])}",
                [total, *parts],
            )
        )
    return out


def _change(before: float, after: float) -> float:
    return (after - before) / before * 100


def _after_word(body: str, row: pd.Series, word: str) -> bool:
    """Whether a figure's quote stands right after a word ("to Rs 640 crore")."""
    start = int(row["start"])
    return body.endswith(f"{word} ", max(0, start - len(word) - 1), start)


def sentence_pair(article: Article, rows: pd.DataFrame) -> tuple[pd.Series, pd.Series] | None:
    """(before, after): the before and after values one sentence's figures (`rows`) state, in any
    of the SENTENCE_SHAPES: figures of one unit, exactly one of them the before value, and the after
    value the only figure right after "to" or "now" or, when the before value follows "from", the
    only other figure of its unit. The before value follows "from", or else is followed by "a year
    earlier" (then "now" or "to" must mark the after value: "a loss of SEK 85 million, against a
    profit of SEK 40 million a year earlier" compares two quantities, not one)."""
    body = article.body
    for _, group in rows.groupby("unit", sort=False):
        if len(group) < 2:
            continue
        items = [row for _, row in group.iterrows()]
        earlier = [row for row in items if _after_word(body, row, EARLIER_WORD)]
        after_from = len(earlier) == 1
        if not earlier:
            earlier = [row for row in items if RE_EARLIER_AFTER.match(body, int(row["end"]))]
        if len(earlier) != 1:
            continue
        others = [row for row in items if row["start"] != earlier[0]["start"]]
        later = [row for row in others if any(_after_word(body, row, w) for w in LATER_WORDS)]
        if len(later) == 1:
            return earlier[0], later[0]
        if after_from and len(others) == 1:
            return earlier[0], others[0]
    return None


class ValuePairs:
    """Figures (rows) indexed by unit and value, to find the pair whose change from one to the
    other is closest to a stated change without trying every pair."""

    def __init__(self, rows: list[pd.Series]) -> None:
        self.rows = rows
        self.units = [row["unit"] for row in rows]
        self.values = [float(row["value"]) for row in rows]
        self.starts = [row["start"] for row in rows]
        self.rows_at: dict[tuple[object, float], list[int]] = {}
        for j, key in enumerate(zip(self.units, self.values, strict=True)):
            self.rows_at.setdefault(key, []).append(j)
        self.lines: dict[object, list[float]] = {}  # each unit's distinct values, ascending
        for unit, value in sorted(self.rows_at, key=lambda key: key[1]):
            self.lines.setdefault(unit, []).append(value)

    def closest(self, stated: float) -> tuple[float, float, pd.Series, pd.Series] | None:
        """(gap, computed, a, b): the same-unit figures whose change from a to b is closest to the
        stated change, within the tolerance; on a tie the first pair in the rows' order (what a
        loop over every pair gives). Each figure's partners are found by bisection."""
        best: tuple[float, int, int, float] | None = None  # gap, index of a, index of b, computed
        for i, (unit, before) in enumerate(zip(self.units, self.values, strict=True)):
            line = self.lines[unit]
            split = _first_at_or_above(line, before, stated)
            for side in (range(split, len(line)), range(split - 1, -1, -1)):
                for k in side:  # gaps grow away from the split: stop past the tolerance or the best
                    computed = _change(before, line[k])
                    gap = abs(computed - stated)
                    if not gap <= ROUNDING_TOLERANCE or (best is not None and gap > best[0]):
                        break
                    partner = [j for j in self.rows_at[(unit, line[k])] if self.starts[j] != self.starts[i]][
                        :1
                    ]
                    if partner and (best is None or (gap, i, partner[0]) < best[:3]):
                        best = (gap, i, partner[0], computed)
        return None if best is None else (best[0], best[3], self.rows[best[1]], self.rows[best[2]])


def _first_at_or_above(line: list[float], before: float, stated: float) -> int:
    """The first index of the ascending `line` whose change from `before` is at least `stated`
    (bisection on the target value, then corrected for rounding with the exact change)."""
    split = bisect_left(line, before * (1 + stated / 100))
    while split > 0 and _change(before, line[split - 1]) >= stated:
        split -= 1
    while split < len(line) and _change(before, line[split]) < stated:
        split += 1
    return split


def adjacent_pair(
    article: Article, in_sentence: dict[int, pd.DataFrame], sentence: int, changed: set[int]
) -> tuple[pd.Series, pd.Series] | None:
    """(before, after): the before and after values the sentence right after a stated change, else
    the one right before it, states as a change of its own: exactly two figures of one unit, one
    of them after "from" ("$4.2 million next year, up from $3.75 million"; "from 40 to 52"), in a
    sentence that states no percent change itself (`changed`: the sentences that do)."""
    for near in (sentence + 1, sentence - 1):
        rows = in_sentence.get(near)
        if near in changed or rows is None or len(rows) != 2 or rows["unit"].nunique() != 1:
            continue
        a, b = rows.iloc[0], rows.iloc[1]
        froms = [_after_word(article.body, r, "from") for r in (a, b)]
        if froms == [True, False]:
            return a, b
        if froms == [False, True]:
            return b, a
    return None


def _nearest_change(changes: pd.DataFrame, pair: tuple[pd.Series, pd.Series]) -> int:
    """The start of the stated change of one sentence (`changes`) nearest a before and after pair."""
    starts = [int(start) for start in changes["start"]]
    return min(starts, key=lambda start: min(abs(start - int(row["start"])) for row in pair))


def percent_against_values(article: Article, figures: pd.DataFrame) -> list[dict[str, object]]:
    """A stated percent change against the change computed from stated before and after values: those
    its own sentence states in one of the SENTENCE_SHAPES (`sentence_pair`; agrees or disagrees;
    of several changes in the sentence, the one nearest the pair); else, reported when they agree,
    a before and after pair of the sentence right after or before it (`adjacent_pair`), or the
    closest pair among the NEAR_FIGURES figures of its kind on each side of it."""
    out = []
    changes = figures[figures["kind"] == "percent_change"]
    changed = {int(n) for n in changes["sentence"]}
    counts = figures[
        (figures["kind"].isin(["count", "money"]))
        & figures["value"].map(lambda v: isinstance(v, (int, float)) and v > 0)
    ]
    in_sentence = {sentence: group for sentence, group in counts.groupby("sentence", sort=False)}
    classes = counts["subject"].map(noun_class)
    near: dict[str, tuple[list[int], list[pd.Series]]] = {}  # each class's figures in text order
    explicit: dict[int, tuple[pd.Series, pd.Series] | None] = {}  # each sentence's before and after pair
    nearest: dict[int, int] = {}
    stated_in = {  # each sentence's stated changes with a number
        int(sentence): group[group["value"].map(lambda v: isinstance(v, (int, float)))]
        for sentence, group in changes.groupby("sentence", sort=False)
    }
    for _, pct in changes.iterrows():
        if not isinstance(pct["value"], (int, float)) or pct["unit"] != "percent":
            continue  # a change in points is a difference of shares, never a ratio of two levels
        stated = float(pct["value"]) * (1 if pct["direction"] == "increase" else -1)
        sentence = int(pct["sentence"])
        if sentence not in explicit:
            same = in_sentence.get(sentence)
            explicit[sentence] = None if same is None else sentence_pair(article, same)
            if explicit[sentence] is not None:
                nearest[sentence] = _nearest_change(stated_in[sentence], explicit[sentence])
        own = explicit[sentence]
        if own is not None and nearest[sentence] == int(pct["start"]) and not _unlike_quantity(pct, own):
            a, b = own
            computed = _change(float(a["value"]), float(b["value"]))
            agrees = abs(computed - stated) <= ROUNDING_TOLERANCE
            out.append(
                _finding(
                    "percent_against_values",
                    "agrees" if agrees else "disagrees",
                    pct["subject"] or "change",
                    f"Stated change {stated:+g}% against {row_value(a)} -> {row_value(b)}, stated in "
                    "its sentence.",
                    f"computed change = {computed:+.1f}%",
                    [pct, a, b],
                )
            )
            continue
        pair = adjacent_pair(article, in_sentence, sentence, changed)
        if pair is not None:
            a, b = pair
            computed = _change(float(a["value"]), float(b["value"]))
            if abs(computed - stated) <= ROUNDING_TOLERANCE:
                out.append(
                    _finding(
                        "percent_against_values",
                        "agrees",
                        pct["subject"] or "change",
                        f"Stated change {stated:+g}% matches {row_value(a)} -> "
                        f"{row_value(b)}, stated in the sentence "
                        f"{'after' if b['sentence'] > sentence else 'before'} it.",
                        f"computed change = {computed:+.1f}%",
                        [pct, a, b],
                    )
                )
                continue
        wanted = noun_class(pct["subject"])
        if not wanted:
            out += same_subject_pair(article, pct, stated, in_sentence, changed)
            continue
        if wanted not in near:
            rows = [
                row for _, row in counts[classes == wanted].sort_values("start", kind="stable").iterrows()
            ]
            near[wanted] = ([int(row["start"]) for row in rows], rows)
        starts, rows = near[wanted]
        at = bisect_left(starts, int(pct["start"]))
        best = ValuePairs(rows[max(0, at - NEAR_FIGURES) : at + NEAR_FIGURES]).closest(stated)
        if best:
            _, computed, a, b = best
            out.append(
                _finding(
                    "percent_against_values",
                    "agrees",
                    pct["subject"] or "change",
                    f"Stated change {stated:+g}% matches stated {wanted} going from "
                    f"{row_value(a)} to {row_value(b)} (pair found in the article).",
                    f"computed change = {computed:+.1f}%",
                    [pct, a, b],
                )
            )
    return out


def _unlike_quantity(change: pd.Series, pair: tuple[pd.Series, pd.Series]) -> bool:
    """Whether a change and the two levels its sentence states are of unlike quantities: two of them
    have subjects with no word in common ("poaching fell 38 per cent to 49 cases" against "11 rhinos
    a year earlier")."""
    words = [subject_words(row["subject"]) for row in (change, *pair)]
    return any(a and b and not a & b for i, a in enumerate(words) for b in words[i + 1 :])


# A change in points of a share: "5.2 percentage points", "8.1 points", "3 pp"; basis points are
# hundredths of a point ("75 basis points")
RE_POINTS = re.compile(r"\b(?:(?P<basis>basis\s+points?|bps?)|(?:percentage\s+)?points?|pp)\b", re.IGNORECASE)


def _stated_points(row: pd.Series) -> float | None:
    """A stated change in percentage points (basis points read as hundredths), or None."""
    said = RE_POINTS.search(str(row["quote"]))
    if row["unit"] != "other" or said is None or not _is_number(row["value"]):
        return None
    return float(row["value"]) / (100 if said.group("basis") else 1)


# between a change and the levels it is of: no other clause ("..., while wages rose 3.2 per cent")
RE_OTHER_CLAUSE = re.compile(r"[;:]|\b(?:and|but|while|whereas|as|although|though)\b", re.IGNORECASE)
SAID_OF_REACH = 60  # the most characters between a change and the nearer of its levels


def _said_of(article: Article, change: pd.Series, pair: tuple[pd.Series, pd.Series]) -> bool:
    """Whether a change stands beside the two levels, in their clause: "rose to B from A, a swing of
    N points", "gained N points to B from A"."""
    start, end = int(change["start"]), int(change["end"])
    low, high = min(int(r["start"]) for r in pair), max(int(r["end"]) for r in pair)
    between = article.body[high:start] if start >= high else article.body[end:low] if end <= low else None
    return between is not None and len(between) <= SAID_OF_REACH and not RE_OTHER_CLAUSE.search(between)


def _share_text(row: pd.Series) -> str:
    return f"{format_value(row['value'])}%"


def _change_of_share(change: pd.Series, share: pd.Series) -> bool:
    """Whether a percent change is of the share itself ("turnout climbed to 66 per cent from 55 per
    cent, a rise of 20 per cent"): its subject is the share's, word for word; "wages rose 11 per cent,
    or 40 per cent of revenue" is a change of the wages, not of their share."""
    words = subject_words(change["subject"])
    return change["unit"] == "percent" and bool(words) and words == subject_words(share["subject"])


def change_against_shares(article: Article, figures: pd.DataFrame) -> list[dict[str, object]]:
    """A change stated beside the two levels of a share its own sentence states ("rose to 31.4 per
    cent from 26.2 per cent, a swing of 5.2 percentage points"): a change in points against their
    difference (within the rounding of the three figures), a percent change against their ratio
    (within ROUNDING_TOLERANCE); a change with no direction is compared by its size."""
    out = []
    shares = figures[(figures["kind"] == "percentage_share") & figures["value"].map(_is_number)]
    in_sentence = {int(n): group for n, group in shares.groupby("sentence", sort=False)}
    for _, change in figures[figures["kind"] == "percent_change"].iterrows():
        rows = in_sentence.get(int(change["sentence"]))
        pair = sentence_pair(article, rows) if rows is not None and len(rows) >= 2 else None
        if pair is None or not _is_number(change["value"]) or not _said_of(article, change, pair):
            continue
        a, b = (float(r["value"]) for r in pair)
        points = _stated_points(change)
        if points is None and not _change_of_share(change, pair[1]):
            continue
        stated = points if points is not None else float(change["value"])
        computed = b - a if points is not None else _change(a, b)
        directed = change["direction"] in ("increase", "decrease")
        if not directed:
            computed = abs(computed)
        elif change["direction"] == "decrease":
            stated = -stated
        allowed = (
            rounding_half_width(stated) + rounding_half_width(a) + rounding_half_width(b)
            if points is not None
            else ROUNDING_TOLERANCE
        )
        what = "points" if points is not None else "%"
        out.append(
            _finding(
                "change_against_shares",
                "agrees" if abs(computed - stated) <= allowed else "disagrees",
                change["subject"] or pair[1]["subject"] or "share",
                (f"Stated change {stated:+g} {what}" if directed else f"Stated change of {stated:g} {what}")
                + f" against {_share_text(pair[0])} -> {_share_text(pair[1])}, stated in its sentence.",
                f"computed change = {computed:{'+' if directed else ''}.1f} {what}"
                + (" (difference of the levels)" if points is not None else " (ratio of the levels)"),
                [change, *pair],
            )
        )
    return out


# Multiple words: a change said as a multiple of its earlier level ("wages had doubled", "halved,
# from 84,000 to 42,000"). The labelling rules give them no figure row (tests/corpus/README.md, ratio
# and multiple words): the check reads them in the text. A word right before hedges the claim: at
# least the multiple ("more than doubled") or short of it ("nearly halved").
MULTIPLE_WORDS = {"doubled": 2.0, "halved": 0.5, "tripled": 3.0, "trebled": 3.0, "quadrupled": 4.0}
RE_MULTIPLE = re.compile(r"\b(?:" + "|".join(MULTIPLE_WORDS) + r")\b", re.IGNORECASE)
RE_MULTIPLE_HEDGE = re.compile(
    r"\b(?:(?P<beyond>more\s+than|over|at\s+least)|(?P<short>nearly|almost|close\s+to))\s+$", re.IGNORECASE
)
HEDGE_REACH = 16  # characters before a multiple word read for its hedge
MULTIPLE_TOLERANCE = 1.1  # a plain multiple agrees with a ratio of the levels within 10% of it
SHORT_OF = 0.75  # "nearly doubled": at least three-quarters of the way (in ratio) to the multiple
# characters before a multiple word read for the words that name the subject of the levels before it
LEAD_WORDS_REACH = 60


def _multiple_row(article: Article, match: re.Match[str]) -> pd.Series:
    """A multiple word as a finding quotes it, any hedge with it ("more than doubled")."""
    start = match.start()
    hedge = RE_MULTIPLE_HEDGE.search(article.body[max(0, start - HEDGE_REACH) : start])
    if hedge:
        start -= len(hedge.group(0))
    return pd.Series(
        {
            "quote": article.body[start : match.end()],
            "start": start,
            "end": match.end(),
            "sentence": article.sentence_of(match.start()),
            "hedge": "beyond" if hedge and hedge.group("beyond") else "short" if hedge else "",
        }
    )


def multiple_agrees(ratio: float, multiple: float, hedge: str) -> bool:
    """Whether the ratio of two levels bears out a multiple: within 10% of it, at least (nearly) it
    for "more than", between three-quarters of it and it for "nearly" (halving read the other way)."""
    reach = ratio / multiple if multiple > 1 else multiple / ratio  # above 1: beyond the multiple
    if hedge == "beyond":
        return reach >= 1 / MULTIPLE_TOLERANCE
    low = SHORT_OF if hedge == "short" else 1 / MULTIPLE_TOLERANCE
    return low <= reach <= MULTIPLE_TOLERANCE


def multiple_levels(
    article: Article, word: pd.Series, in_sentence: dict[int, pd.DataFrame]
) -> tuple[pd.Series, pd.Series] | None:
    """The two levels a multiple word is said of: a before and after pair of its own sentence
    (`sentence_pair`) in its clause; else that of the sentence right before it, when the words right
    before the multiple name that pair's subject ("... rose from £8.00 to £12.00." "... wages had
    doubled")."""
    sentence = int(word["sentence"])
    own = in_sentence.get(sentence)
    pair = None if own is None else sentence_pair(article, own)
    if pair is not None:
        return pair if _said_of(article, word, pair) else None
    before = in_sentence.get(sentence - 1)
    pair = None if before is None else sentence_pair(article, before)
    if pair is None:
        return None
    lead = article.body[
        max(article.sentences[sentence][0], int(word["start"]) - LEAD_WORDS_REACH) : int(word["start"])
    ]
    named = subject_words(" ".join(str(r["subject"]) for r in pair if isinstance(r["subject"], str)))
    return pair if named & (subject_words(lead) - FUNCTION_WORDS) else None


def multiple_against_values(article: Article, figures: pd.DataFrame) -> list[dict[str, object]]:
    """A multiple word ("doubled", "halved", "tripled") against the ratio of the two levels it is
    said of (`multiple_levels`): agrees or disagrees, with the word's quote and the levels'."""
    levels = figures[
        figures["kind"].isin(["count", "money"]) & figures["value"].map(lambda v: _is_number(v) and v > 0)
    ]
    in_sentence = {int(sentence): group for sentence, group in levels.groupby("sentence", sort=False)}
    out = []
    for match in RE_MULTIPLE.finditer(article.body):
        word = _multiple_row(article, match)
        pair = multiple_levels(article, word, in_sentence)
        if pair is None:
            continue
        a, b = pair
        multiple = MULTIPLE_WORDS[match.group(0).lower()]
        ratio = float(b["value"]) / float(a["value"])
        agrees = multiple_agrees(ratio, multiple, str(word["hedge"]))
        out.append(
            _finding(
                "multiple_against_values",
                "agrees" if agrees else "disagrees",
                a["subject"] or b["subject"] or "change",
                f"Stated {word['quote']!r} (x{format_value(multiple)}) against {row_value(a)} -> {row_value(b)}, "
                f"stated in {'its sentence' if a['sentence'] == word['sentence'] else 'the sentence before it'}.",
                f"ratio of the levels = x{_significant(ratio, 3)}",
                [word, a, b],
            )
        )
    return out


def subject_words(subject: object) -> frozenset[str]:
    """The words of a subject, lower-case, a plural 's' dropped: "Wages" -> {"wage"}."""
    words = re.findall(r"[a-z]{3,}", subject.lower()) if isinstance(subject, str) else []
    return frozenset(w[:-1] if w.endswith("s") and not w.endswith("ss") else w for w in words)


def same_subject_pair(
    article: Article, pct: pd.Series, stated: float, in_sentence: dict[int, pd.DataFrame], changed: set[int]
) -> list[dict[str, object]]:
    """For a stated change whose subject has no noun class: a before and after pair that a sentence
    stating no change of its own gives in one of the SENTENCE_SHAPES ("Wages rose to £276m from
    £242m"), both figures with a subject whose words are all words of the change's subject or the
    other way round ("Wages", "wage bill"); reported when they agree (the first such pair)."""
    words = subject_words(pct["subject"])
    if not words:
        return []
    for sentence in sorted(set(in_sentence) - changed):
        pair = sentence_pair(article, in_sentence[sentence])
        if pair is None:
            continue
        a, b = pair
        theirs = subject_words(a["subject"])
        if not theirs or theirs != subject_words(b["subject"]) or not (theirs <= words or words <= theirs):
            continue
        computed = _change(float(a["value"]), float(b["value"]))
        if abs(computed - stated) <= ROUNDING_TOLERANCE:
            return [
                _finding(
                    "percent_against_values",
                    "agrees",
                    pct["subject"] or "change",
                    f"Stated change {stated:+g}% matches {row_value(a)} -> {row_value(b)}, stated for the "
                    f"same subject ({a['subject']!r}) in another sentence.",
                    f"computed change = {computed:+.1f}%",
                    [pct, a, b],
                )
            ]
    return []


def rounding_half_width(value: float) -> float:
    """Half the place value of a stated number's last significant digit, at most 5% of it."""
    text = format_value(value)
    if "." in text:
        place = 10.0 ** -len(text.split(".")[1])
    else:
        digits = text.lstrip("-")
        place = 10.0 ** (len(digits) - len(digits.rstrip("0"))) if digits.strip("0") else 1.0
    return min(place / 2, abs(value) * MAX_ROUNDING_SHARE)


def _significant_value(value: float, digits: int = 4) -> float:
    """A computed value rounded to `digits` significant digits."""
    if value == 0 or not math.isfinite(value):
        return value
    return round(value, digits - 1 - math.floor(math.log10(abs(value))))


def _significant(value: float, digits: int = 4) -> str:
    return format_value(_significant_value(value, digits))


def _rate_text(rate: float, pair: tuple[str, str]) -> str:
    """An implied exchange rate as a reader reads it: "1,167 KRW per USD" (four significant digits)."""
    decimals = max(0, 3 - math.floor(math.log10(rate))) if rate > 0 and math.isfinite(rate) else 0
    text = f"{rate:,.{decimals}f}"
    return f"{text.rstrip('0').rstrip('.') if '.' in text else text} {pair[0]} per {pair[1]}"


def _is_number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def bracketed_pairs(article: Article, figures: pd.DataFrame) -> list[tuple[pd.Series, pd.Series]]:
    """(figure, figure in brackets right after it) in one sentence: "40 kph (25 mph)"."""
    rows = [r for _, r in figures.sort_values("start", kind="stable").iterrows() if _is_number(r["value"])]
    pairs = []
    for a, b in zip(rows, rows[1:], strict=False):
        if a["sentence"] != b["sentence"] or b["start"] < a["end"]:
            continue  # a shared quote is not read for brackets
        inside = str(b["quote"])
        digit = re.search(r"\d", inside)
        lead = article.body[int(a["end"]) : int(b["start"])] + inside[: digit.start() if digit else 0]
        if BRACKET_LEAD.fullmatch(lead):
            pairs.append((a, b))
    return pairs


def _interval(value: float) -> tuple[float, float]:
    half = rounding_half_width(value)
    return value - half, value + half


def _measure(row: pd.Series) -> str:
    measure = row.get("measure")
    return measure if isinstance(measure, str) else ""


# the scales whose zero is no zero of the quantity: a difference on them converts without the offset
# (pint's delta units: a difference of 1.9 degrees Celsius is one of 3.42 degrees Fahrenheit)
OFFSET_MEASURES = frozenset({"degree_Celsius", "degree_Fahrenheit"})
# a difference said of a converted amount: a comparative after its brackets ("1.9C (3.4F) above the
# average", "warmer than"), or "by" before it ("rose by 2C (3.6F)")
RE_DIFFERENCE_AFTER = re.compile(rf"\)?\s*(?:{'|'.join(DIFFERENCE_COMPARATIVES)})\b", re.IGNORECASE)
RE_DIFFERENCE_BEFORE = re.compile(r"\bby\s+$", re.IGNORECASE)


def is_difference(article: Article, a: pd.Series, b: pd.Series) -> bool:
    """Whether an amount and its conversion in brackets are a difference, not a reading: stated
    with a direction, after "by" or before a comparative (RE_DIFFERENCE_AFTER)."""
    body, start = article.body, int(a["start"])
    return (
        a["direction"] in ("increase", "decrease")
        or RE_DIFFERENCE_BEFORE.search(body[max(0, start - 4) : start]) is not None
        or RE_DIFFERENCE_AFTER.match(body, int(b["end"])) is not None
    )


def conversion_findings(article: Article, figures: pd.DataFrame) -> list[dict[str, object]]:
    """A measurement converted in brackets ("20,000 hectares (49,000 acres)") against pint's
    conversion of the stated figure, both read as rounded, a difference of temperatures as one
    (`is_difference`); one finding per bracket."""
    out = []
    for a, b in bracketed_pairs(article, figures):
        source, target = _measure(a), _measure(b)
        if not source or not target or source == target:
            continue
        delta = "delta_" if {source, target} <= OFFSET_MEASURES and is_difference(article, a, b) else ""
        ends = [convert(v, delta + source, delta + target) for v in _interval(float(a["value"]))]
        exact = convert(float(a["value"]), delta + source, delta + target)
        if exact is None or None in ends:
            continue
        low, high = sorted(ends)  # type: ignore[type-var]
        half = rounding_half_width(float(b["value"]))
        agrees = low - half <= float(b["value"]) <= high + half
        stated = value_text(a["value"], subject_unit_label(source))
        bracketed = value_text(b["value"], subject_unit_label(target))
        out.append(
            _finding(
                "bracketed_conversion",
                "agrees" if agrees else "disagrees",
                a["subject"] or b["subject"] or subject_unit_label(source),
                f"Stated {stated}, converted in brackets to {bracketed}"
                + (", a difference." if delta else "."),
                f"{stated} = {value_text(_significant_value(exact), subject_unit_label(target))}",
                [a, b],
            )
        )
    return out


def _rate_bounds(a: pd.Series, b: pd.Series) -> tuple[float, float]:
    a_low, a_high = _interval(float(a["value"]))
    b_low, b_high = _interval(float(b["value"]))
    return a_low / b_high, a_high / b_low


# A rate the article states in so many words: an amount whose number is quoted against another
# currency, in its quote or right after it ("The krone was steady at 10.74 per dollar", "1,530 to
# the Ghanaian cedi"), read by the engine's one reader of a rate's base (figures/rate_bases.py),
# any currency after "per" too: the rows are already amounts of the pair's first currency.
RATE_BASE_REACH = 40  # characters after a quote read for the currency it is quoted against


def stated_rates(article: Article, figures: pd.DataFrame, pair: tuple[str, str]) -> list[pd.Series]:
    """The amounts of currency pair[0] the article states as a rate against pair[1] ("10.74 per
    dollar" for NOK per USD), in text order."""
    rows = figures[(figures["kind"] == "money") & (figures["unit"] == pair[0])].sort_values(
        "start", kind="stable"
    )
    out = []
    countries = article_countries(article.body) if len(rows) else ()
    for _, row in rows.iterrows():
        if not _is_number(row["value"]):
            continue
        quote = str(row["quote"])
        text = quote + article.body[int(row["end"]) : int(row["end"]) + RATE_BASE_REACH]
        base = quoted_against(text, 0, len(quote), countries, every_base=True)
        if base is not None and base.code == pair[1]:
            out.append(row)
    return out


def stated_rate_findings(
    article: Article, figures: pd.DataFrame, a: pd.Series, b: pd.Series, pair: tuple[str, str]
) -> list[dict[str, object]]:
    """An implied exchange rate (a / b) against each rate of its pair the article states: agrees when
    the stated rate lies within what the rounded figures allow. When one stated rate agrees, the others
    are left out: an article may state the rate of another time too ("A year ago it traded at 15.9
    to the dollar")."""
    out = []
    rate = float(a["value"]) / float(b["value"])
    low, high = _rate_bounds(a, b)
    rows = stated_rates(article, figures, pair)
    within = [
        low - rounding_half_width(r["value"]) <= r["value"] <= high + rounding_half_width(r["value"])
        for r in rows
    ]
    for row, agrees in zip(rows, within, strict=True):
        if any(within) and not agrees:
            continue
        stated = float(row["value"])
        out.append(
            _finding(
                "exchange_rate",
                "agrees" if agrees else "disagrees",
                f"{pair[0]} per {pair[1]}",
                f"The article states {_rate_text(stated, pair)} ({row['quote']!r}); its amount converted in "
                f"brackets implies {_rate_text(rate, pair)}, "
                + (
                    "which agrees within the rounding of the stated figures."
                    if agrees
                    else "which does not agree, even allowing for the rounding of the stated figures."
                ),
                f"implied rate = {_significant(rate)} (from {_significant(low)} to {_significant(high)} "
                f"with the figures' rounding); stated rate = {format_value(stated)} {pair[0]} per {pair[1]}",
                sorted([a, b], key=lambda r: r["start"]) + [row],
            )
        )
    return out


def exchange_rate_findings(article: Article, figures: pd.DataFrame) -> list[dict[str, object]]:
    """The exchange rate a money figure and its conversion in brackets imply ("6.3 trillion won
    (US$5.4 billion)"), once per currency pair, and whether each bracket agrees with the rate of that
    pair the article states ("10.74 per dollar"), one finding each; without a stated rate, a later
    bracket implying another rate than the first is a finding."""
    out = []
    first: dict[tuple[str, str], tuple[pd.Series, pd.Series]] = {}
    for a, b in bracketed_pairs(article, figures):
        if a["kind"] != "money" or b["kind"] != "money" or a["unit"] == b["unit"]:
            continue
        if float(a["value"]) <= 0 or float(b["value"]) <= 0:
            continue
        if any(len(str(u)) != 3 or not str(u).isupper() for u in (a["unit"], b["unit"])):
            continue  # minor units ("45p") are not currencies
        stated = [a, b]
        pair = (str(a["unit"]), str(b["unit"]))
        flipped = (pair[1], pair[0])
        if flipped in first or (pair not in first and float(a["value"]) < float(b["value"])):
            a, b, pair = b, a, flipped  # the rate reads as a number above one: "80 AFN per EUR"
        rate = float(a["value"]) / float(b["value"])
        said = " stated as ".join(row_value(r) for r in stated)
        if pair not in first:
            first[pair] = (a, b)
            out.append(
                _finding(
                    "exchange_rate",
                    "implied",
                    f"{pair[0]} per {pair[1]}",
                    f"The article gives {said} in brackets: {_rate_text(rate, pair)}.",
                    f"implied rate = {_significant(rate)} {pair[0]} per {pair[1]}",
                    stated,
                )
            )
            out += stated_rate_findings(article, figures, a, b, pair)
            continue
        if stated_rates(article, figures, pair):
            out += stated_rate_findings(article, figures, a, b, pair)  # each bracket against the stated rate
            continue
        a0, b0 = first[pair]
        low, high = _rate_bounds(a, b)
        low0, high0 = _rate_bounds(a0, b0)
        if high < low0 or high0 < low:
            rate0 = float(a0["value"]) / float(b0["value"])
            out.append(
                _finding(
                    "exchange_rate",
                    "disagrees",
                    f"{pair[0]} per {pair[1]}",
                    f"The article gives {said} ({_rate_text(rate, pair)}); earlier it implied "
                    f"{_rate_text(rate0, pair)}.",
                    f"implied rates = {_significant(rate0)} and {_significant(rate)} {pair[0]} per {pair[1]}",
                    sorted([a0, b0], key=lambda r: r["start"]) + stated,
                )
            )
    return out


Check = Callable[[Article, pd.DataFrame], list[dict[str, object]]]
# The checks, in the order their findings are listed, each with what it looks for when it finds
# nothing: the one list that `consistency_checks` runs and `findings_text` names.
CHECKS: tuple[tuple[Check, str], ...] = (
    (stated_two_ways, "no quantity stated two ways"),
    (parts_against_total, "no stated parts with their stated total"),
    (
        percent_against_values,
        "no percent change whose before and after values its own sentence states, in any of the shapes "
        f"{', '.join(SENTENCE_SHAPES)} (checked whether they agree or not), and none that agrees with a "
        "pair stated in the sentence before or after it, among the figures near it, or in another sentence for the "
        "same subject",
    ),
    (
        change_against_shares,
        "no change in points or per cent stated beside the two levels of a share its own sentence states",
    ),
    (
        multiple_against_values,
        'no multiple word ("doubled", "halved", "tripled") said of two levels its sentence or the one before states',
    ),
    (conversion_findings, "no conversion in brackets"),
    (exchange_rate_findings, "no exchange rate implied by an amount converted in brackets"),
)
# What each check compares, in a few words: the report's summary line names them all, so that a
# count of findings never reads as "everything else was checked and agreed".
CHECKED: dict[Check, str] = {
    stated_two_ways: "durations stated twice",
    parts_against_total: "stated parts against a stated total",
    percent_against_values: "percent changes against before and after values stated in, next to or near their "
    "sentence, or elsewhere for the same subject",
    change_against_shares: "changes in points or per cent against the two levels of a share stated beside them",
    multiple_against_values: 'multiple words ("doubled", "halved") against the ratio of the two levels they are '
    "said of",
    conversion_findings: "conversions in brackets",
    exchange_rate_findings: "exchange rates implied by brackets, against any rate the article states",
}


def findings_summary(findings: pd.DataFrame) -> str:
    """The number of findings, how many agree (or add up), disagree, or only state a rate, and what
    was checked (CHECKED): a reader learns that anything else was not checked."""
    statuses = findings["status"].value_counts() if len(findings) else pd.Series(dtype=int)
    counted = ", ".join(f"{int(n)} {status}" for status, n in sorted(statuses.items()))
    checked = "; ".join(CHECKED[check] for check, _ in CHECKS)
    return (
        f"{len(findings)}" + (f" ({counted})" if counted else "") + f". Checked: {checked}. "
        "Figures that none of these pairs up are not checked against each other."
    )


def consistency_checks(article: Article, figures: pd.DataFrame | None = None) -> pd.DataFrame:
    """All findings for one article, in a fixed column order."""
    figures = reviewed_figures(article)[0] if figures is None else figures
    rows = [finding for check, _ in CHECKS for finding in check(article, figures)]
    frame = pd.DataFrame(rows, columns=list(FINDING_COLUMNS))
    frame.insert(0, "article", article.id)
    return frame


def no_findings_text() -> str:
    """What an article without findings was checked for, from CHECKS (one clause each, "; " apart)."""
    nothing = [words for _, words in CHECKS]
    return f"No findings: {'; '.join(nothing[:-1])}; and {nothing[-1]}."


def findings_text(findings: pd.DataFrame) -> str:
    """The findings as text, each with what was computed and its quotes; or what was checked."""
    if findings.empty:
        return no_findings_text()
    return "\n".join(
        f"[{row.check}: {row.status}] {row.detail}\n    computed: {row.computed}\n"
        f"    quotes: {row.quotes} (starts {row.starts})"
        for row in findings.itertuples()
    )
