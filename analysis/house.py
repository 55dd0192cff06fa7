"""The house chart rules, written down, and the pure functions that apply them.

A chart is published only when it follows every rule:

1. It says more than a sentence would: at least two comparable values, or a real span of time.
2. Values are written as people write them ("$77M", "₩6.3tn", "103 billion PKR", "1,000"), never in
   scientific notation, on bars, ticks or in alt text.
3. The value axis ends at a "nice" limit just past the largest value, so the largest bar fills
   most of the plot (more than 70 % of the axis).
4. Labels come from the figure's subject (and its measure, when known), never from a sentence cut
   short (ending in "...", or on a word no name ends on: "up from", "a bill for a typical"): a
   cut or empty subject gives way to the figure's own quote.
5. Shares are shown only of a total the article states; a sum computed here gives no shares.
6. Like is compared with like: one unit per chart, and a forecast or expectation kept apart from
   an actual (the starting level of "from A to B" is not a forecast), a cumulative amount apart
   from a one-off one, money stated per period ("$610,000 a year") apart from sums; amounts more
   than MAX_SCALE_RATIO times apart go to separate charts; a
   part ("340,000 of them", "nine of the 12") is not drawn beside its whole as a peer.
7. The period, the baseline and whose claim it is ("according to ...", from the attribution) are
   said in the subtitle or a note.
8. A timeline shows what happened between dates (periods as spans, the article's own date when
   known); one lone date is not a timeline and is not drawn.

Every chart also carries a title, a source line built from the article's metadata and alt text
built from its data (see `charts`); `chartcheck` tests a built chart against rules 2-4."""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections.abc import Sequence
from operator import itemgetter

from .currencies import display_symbol
from .vocab import (
    ANAPHORIC_WORDS,
    AUXILIARY_VERBS,
    CUMULATIVE_PHRASES,
    ESTIMATE_AT_WORDS,
    ESTIMATE_PUT_VERBS,
    FORECAST_WORDS,
    FUNCTION_WORDS,
    LIST_JOINS,
)

FILL_MIN = 0.7  # rule 3: the largest bar fills more than this share of the value axis
MAX_SCALE_RATIO = 1000  # rule 6: largest / smallest amount one chart may hold
CUT_ENDINGS = ("...", "…")  # rule 4
RE_LAST_WORD = re.compile(r"([^\W\d_]+)\W*$")
RE_STARTING_LEVEL = (re.compile(r"\bfrom\s+$", re.IGNORECASE), re.compile(r"^\s+to\s", re.IGNORECASE))
# ... and the level a plan starts from, said with "of" and its noun: "cut the list of 41,000 applicants
# to 30,000" (the later figure after "to" holds a digit: never "profit of $5m to fund schools")
RE_STARTING_LEVEL_OF = (
    re.compile(r"\bof\s+$", re.IGNORECASE),
    re.compile(r"^(?:\s+[^\W\d_][\w'’-]*){0,2}\s+to\s+\S{0,4}\d", re.IGNORECASE),
)
NICE_STEPS = (1.0, 1.2, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 10.0)
# (threshold, divisor, word): the scale words people use for large numbers
SCALES = ((1e12, 1e12, "trillion"), (1e9, 1e9, "billion"), (1e6, 1e6, "million"))
SYMBOL_SCALE_WORDS = {"trillion": "tn", "billion": "bn", "million": "M"}
RE_SCIENTIFIC = re.compile(r"\d(?:\.\d+)?[eE][+-]?\d+|[×x]\s*10\^|\b1e\d+")
RE_FORECAST = re.compile(r"\b(?:" + "|".join(FORECAST_WORDS) + r")\b", re.IGNORECASE)
_ABOUT = r"(?:about|around|roughly|some|nearly|approximately|almost)"
RE_ESTIMATE_BEFORE = re.compile(
    rf"(?:(?<!\blast\s)(?<!\bnot\s)\b(?:{'|'.join(ESTIMATE_AT_WORDS)})\s+at\s+(?:{_ABOUT}\s+)?"
    rf"|\b(?:{'|'.join(ESTIMATE_PUT_VERBS)})\s[^,;:.()]{{0,70}}?\bat\s+{_ABOUT}\s+)$",
    re.IGNORECASE,
)
RE_CUMULATIVE = re.compile(r"\b(?:" + "|".join(CUMULATIVE_PHRASES) + r")\b", re.IGNORECASE)
RE_ANAPHORIC = re.compile(r"\b(?:" + "|".join(ANAPHORIC_WORDS) + r")\b", re.IGNORECASE)
RE_CLAUSE = re.compile(r"[;:]|,\s|\s(?:and|while|but|whereas|although)\s")


def nice_limit(largest: float) -> float:
    """The axis end just past the largest value: 77 -> 80, 600 -> 700, 160 -> 200, 1 -> 1.2."""
    if largest <= 0 or not math.isfinite(largest):
        return 1.0
    power = 10.0 ** math.floor(math.log10(largest))
    for step in NICE_STEPS:
        limit = round(step * power, 12)
        if limit > largest * 1.0001:
            return limit
    return round(10 * power * NICE_STEPS[1], 12)


def plain_number(value: float) -> str:
    """A number with thousands separators and at most two decimals: 24822 -> "24,822", 6.25 -> "6.25"."""
    rounded = round(float(value), 2)
    if rounded.is_integer():
        return f"{int(rounded):,}"
    return f"{rounded:,.2f}".rstrip("0").rstrip(".")


def scale_of(largest: float) -> tuple[float, str]:
    """The divisor and word for numbers of this size: (1e6, "million") for 77,000,000; (1, "") below."""
    for threshold, divisor, word in SCALES:
        if abs(largest) >= threshold:
            return divisor, word
    return 1.0, ""


def human_number(value: float) -> str:
    """A number as people write it: "1,000", "24,822", "77 million", "6.3 trillion"."""
    divisor, word = scale_of(value)
    if not word:
        return plain_number(value)
    return f"{plain_number(value / divisor)} {word}"


def money_text(amount: float, currency: str) -> str:
    """An amount as people write it: "$77M", "€3.5M", "₩450,000", "$58.30", "103 billion PKR": the
    currency's English sign (CLDR) before the number, or its code after it when CLDR has no sign;
    an amount with cents shows both digits."""
    symbol = display_symbol(currency)
    divisor, word = scale_of(amount)
    number = plain_number(amount / divisor)
    if not word and not float(round(amount, 2)).is_integer():
        number = f"{round(float(amount), 2):,.2f}"  # "$58.30": an amount in cents keeps both digits
    if symbol:
        return f"{symbol}{number}{SYMBOL_SCALE_WORDS.get(word, '')}"
    return f"{number} {word} {currency}" if word else f"{number} {currency}"


def tick_text(value: float) -> str:
    """A tick label: plain digits with separators, never an exponent."""
    return plain_number(value)


def is_scientific(text: str) -> bool:
    """Whether a label writes a number in scientific notation ("6.2e+13", "1e7", "× 10^7")."""
    return bool(RE_SCIENTIFIC.search(text))


def capitalised(text: str) -> str:
    """The text with its first letter in capitals."""
    return text[:1].upper() + text[1:]


def label_part(text: str) -> str:
    """A drawn label less the quote a chart appends to tell repeated labels apart
    ("Households: “340,000”" -> "Households"), wrapped lines read as one."""
    text = " ".join(text.split())
    label, sep, _quote = text.rpartition(": “")
    return label if sep and text.endswith("”") else text


def is_cut(text: str) -> bool:
    """Whether a label reads as a sentence cut short: it ends in "..." or, not being a sentence,
    on a lower-case function word ("Corporation in 2024, up from")."""
    label = label_part(text).rstrip()
    if label.endswith(CUT_ENDINGS):
        return True
    if label.endswith((".", "!", "?")):
        return False
    last = RE_LAST_WORD.search(label)
    return bool(last) and last.group(1) in FUNCTION_WORDS


def figure_label(subject: object, measure: object, quote: str) -> str:
    """A bar's label from the figure's subject (and measure), else its own quote: a cut subject
    gives way to the quote too."""
    if not (isinstance(subject, str) and subject.strip()) or is_cut(subject):
        return capitalised(quote)
    parts = [str(p).strip() for p in (subject, measure) if isinstance(p, str) and p.strip()]
    if len(parts) == 2 and parts[1].lower() in parts[0].lower():
        parts = parts[:1]
    text = ", ".join(parts)
    return capitalised(text.strip(" ,;:.…")) or quote


MAX_SHARED_CLAUSES = 3  # how far back a list of figures is followed to the verb they share
LIST_HEADS = (
    frozenset(("",)) | LIST_JOINS
)  # all that may stand before a figure that is the next item of a list
RE_AUXILIARY = re.compile(r"\b(?:" + "|".join(AUXILIARY_VERBS) + r")\b", re.IGNORECASE)
RE_OPENS_WITH_NUMBER = re.compile(
    r"\s*(?:and\s+|or\s+)?(?:[A-Z]{0,3}[^\w\s]{1,2})?\d"
)  # "6% in 2025", "NZ$5M"


def clause_marks(sentence: str) -> list[tuple[int, int]]:
    """The spans of a sentence's clause marks (RE_CLAUSE), in order: read once for all its figures."""
    return [m.span() for m in RE_CLAUSE.finditer(sentence)]


def governing_clause(
    sentence: str, start: int, end: int, marks: Sequence[tuple[int, int]] | None = None
) -> str:
    """The clause that holds a figure, with the clauses before it when the figure opens its own
    clause as the next item of a list: "projects 3.5% for 2026 and 2.5% in 2027", "rose 5% in
    2024, 6% in 2025 and 7% in 2026" share one verb, so "2.5%" is projected too (at most
    MAX_SHARED_CLAUSES back; not "rose 5%, and it expects 7%" or "and $4M was paid": those clauses
    have verbs of their own). `marks`: the sentence's clause_marks, if known (a sentence of many
    figures is then not read from its start again for each)."""
    bounds = _marks_before(sentence, start, clause_marks(sentence) if marks is None else marks)
    right = RE_CLAUSE.search(sentence, end)
    stop = right.start() if right else len(sentence)
    first = bounds[-1][1] if bounds else 0
    head = sentence[first:start]
    if RE_AUXILIARY.search(sentence, end, stop):
        return sentence[first:stop]  # "and $4M was paid last year": a verb of its own
    for _ in range(MAX_SHARED_CLAUSES):
        if not bounds or head.strip().lower() not in LIST_HEADS:
            break
        last = bounds.pop()
        first = bounds[-1][1] if bounds else 0
        head = "" if RE_OPENS_WITH_NUMBER.match(sentence, first, last[0]) else "own words"
    return sentence[first:stop]


def _marks_before(sentence: str, start: int, marks: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The last clause marks that end by `start` (as many as governing_clause may read: the spans
    RE_CLAUSE finds in sentence[:start]), from the sentence's marks; a mark that `start` cuts is
    read again up to `start`."""
    count = bisect_right(marks, start, key=itemgetter(1))
    found = list(marks[max(0, count - MAX_SHARED_CLAUSES - 1) : count])
    if count < len(marks) and marks[count][0] < start:
        found += [m.span() for m in RE_CLAUSE.finditer(sentence, marks[count][0] + 1, start)]
    return found


def starting_level(sentence: str, start: int, end: int) -> bool:
    """Whether a figure is the starting level of a "from A to B" change (the level before it), or of
    a cut or rise "of A <noun> to B"."""
    lead, tail = sentence[max(0, start - 20) : start], sentence[end : end + 40]
    return any(
        before.search(lead) and after.match(tail)
        for before, after in (RE_STARTING_LEVEL, RE_STARTING_LEVEL_OF)
    )


# the results a count or a vote ends with ("according to final results", "official results showed"):
# what a sentence citing them says "will" be is what they give ("will have 61 seats"), no forecast
RE_FINAL_RESULTS = re.compile(r"\b(?:final|official|certified)\s+(?:results?|count|tally)\b", re.IGNORECASE)


def told_result(sentence: str, clause: str) -> bool:
    """Whether a clause's only forecast word is "will" in a sentence citing final results."""
    return RE_FINAL_RESULTS.search(sentence) is not None and all(
        m.group(0).lower() == "will" for m in RE_FORECAST.finditer(clause)
    )


def standing(sentence: str, start: int, end: int, marks: Sequence[tuple[int, int]] | None = None) -> str:
    """How a figure is stated, from its clause: "forecast" (expected, projected, will...; never
    the starting level of "from A to B"; an estimate, "estimated at", "put ... at about"), "cumulative" (in total, so far, since...), or "actual"
    (`marks`: the sentence's clause_marks, if known)."""
    clause = governing_clause(sentence, start, end, marks)
    if RE_ESTIMATE_BEFORE.search(sentence[max(0, start - 100) : start]):
        return "forecast"  # "estimated at", "put next season's crop at about": an estimate
    if (
        RE_FORECAST.search(clause)
        and not starting_level(sentence, start, end)
        and not told_result(sentence, clause)
    ):
        return "forecast"
    if RE_CUMULATIVE.search(clause):
        return "cumulative"
    return "actual"


STANDING_WORDS = {
    "actual": "",
    "forecast": "forecasts and expectations",
    "cumulative": "cumulative totals",
}


RE_ROLE = re.compile(r"^the\s+([a-z][\w-]*)$")  # "the minister": a source named by its role alone


def names_again(source: str, sources: list[str]) -> bool:
    """Whether a source named by its role alone ("the minister") is one that another source names
    in full ("Finance Minister Enoch Godongwana"): each source is named once."""
    role = RE_ROLE.match(source)
    return bool(role) and any(
        other != source and re.search(rf"\b{role.group(1)}\b", other, re.IGNORECASE) for other in sources
    )


def claim_note(attributions: list[object]) -> str:
    """Whose claim the figures are, from their attribution: "According to X." or a plain statement
    that the article gives them in its own voice."""
    said = [re.sub(r"^The(?= [a-z])", "the", str(a).strip()) for a in attributions if isinstance(a, str)]
    named = [n for n in dict.fromkeys(n for n in said if n) if not names_again(n, said)]
    unnamed = any(not (isinstance(a, str) and a.strip()) for a in attributions)
    if not named:
        return "The article states these figures in its own voice, naming no source."
    text = "According to " + " and ".join(named)
    return text + (", and the article in its own voice." if unnamed else ".")


def is_anaphoric(phrase: str) -> bool:
    """Whether a phrase points back to something said elsewhere ("for these efforts")."""
    return bool(RE_ANAPHORIC.search(phrase))
