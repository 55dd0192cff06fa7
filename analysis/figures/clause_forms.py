"""Clause forms: the subjects told after a figure (told_after_subjects: changes appended to a
doer's deed, gaps from a mark, days in a month, amounts more than now, amounts restated for a
year, spans of a deed) and those its line or clause form gives it (form_subjects: item lines,
figures defined after a dash, changes apposed to a level, levels after a copula or a market verb,
parts "of which", "Of the N NOUN", heads past an aside, from-to pairs of a noun phrase)."""

from __future__ import annotations

import re
from collections.abc import Callable

from .. import vocab
from ..vocab import BE_WORDS, CHANGE_WORDS, MODAL_VERBS, MONTHS, SUPERLATIVE, WEEKDAYS
from .back_references import NUMBER_WORDS, RE_PLACE_COUNT_GAP
from .figure import Figure
from .level_subjects import LOOKBACK_FIGURES, PERIOD_HEADS
from .line_subjects import with_labels
from .noun_phrases import DETERMINERS, PREPOSITIONS
from .report_subjects import CLAUSE_OPENERS, DIMENSION_ONLY, HEDGE, HEDGE_OR_LIMIT, NOT_PLACES, PRONOUNS
from .subject_clauses import bare_subject_of

# A heading line: a line of its own, of a few words, that is no sentence and no label line.
HEADING_WORDS = 6
HEADING_ENDS = ".:;,!?"
RE_YEAR_IN_HEADING = re.compile(r"\b(?:1[89]|20)\d\d\b")
# after a span that opens its sentence, the words that make it the time since the time told before
# ("Thirty years on, ...", "Seven years later, ...", "Six months later the plant closed")
RE_SPAN_ON = re.compile(r"[ \t]+(?:on,|later\b)")


# --- Subjects of figures told after the thing they measure, read after the pay rules ---

# A change after ", up" or ", down" that follows a level its clause's doer made ("Peru shipped
# 212,000 tonnes of blueberries, up 14 percent"; "the bureau recovered Sh9.8 billion in the
# 2025/26 financial year, up 23 percent"): the change in that deed, named by its thing and noun.
RE_DEED_CHANGE_GAP = re.compile(
    r"(?:[ \t]*\([A-Z]{1,6}\))?(?:[ \t]+of[ \t]+((?:[a-z][\w-]*[ \t]+){0,3}[a-z][\w-]*))?"
    r"(?:[ \t]+(?:in|at|on|over|during|for|to|from|this|last)\b[^,;:()\n]{0,60})?"
    rf",[ \t]+(up|down)[ \t]+(?:by[ \t]+)?{HEDGE}"
)
RE_DEED_VERB_BEFORE = re.compile(rf"(?<![\w'’-])([a-z]{{2,}}ed|sold|caught)[ \t]+{HEDGE}\Z")
DEED_VERB_REACH = 30  # characters back from the level read for its verb
DOER_CHARS = 60  # characters back from the verb read for its doer
DOER_WORDS = 3
# The noun of a deed of trade or output, as a change in it is written ("shipped" -> "shipments").
DEED_NOUNS = {
    "shipped": "shipments",
    "exported": "exports",
    "imported": "imports",
    "delivered": "deliveries",
    "recovered": "recoveries",
    "sold": "sales",
    "produced": "production",
    "harvested": "harvest",
    "landed": "landings",
    "collected": "collections",
    "caught": "catch",
}
NOT_DEED_VERBS = frozenset(("reached", "totalled", "totaled", "numbered", "amounted", "stood", "recorded"))
THING_ENDS = frozenset(("last", "this", "next", "a", "an", "each", "per"))  # a time or rate after the thing
RE_DOER_WORD = re.compile(r"[A-Za-z][\w'’&-]*\Z")
LEVEL_KINDS = frozenset(("other", "money"))


def modifier_of(noun: str) -> str:
    """A plural noun as it stands before another as a modifier ("blueberries" -> "blueberry")."""
    if noun.endswith("ies") and len(noun) > 4:
        return noun[:-3] + "y"
    if noun.endswith(("oes", "ches", "shes", "xes", "sses")):
        return noun[:-2]
    if noun.endswith("s") and not noun.endswith(("ss", "us", "is")) and len(noun) > 3:
        return noun[:-1]
    return noun


def _deed_doer(body: str, s_start: int, verb_start: int) -> str:
    """The few words that name who did a deed, back from its verb to the clause's start, after any
    number ("The cooperative's 286 member households" -> "member households"), or ""."""
    text = body[max(s_start, verb_start - DOER_CHARS) : verb_start]
    text = re.split(r"[,;:()\"“”]", text)[-1]
    words = text.split()
    numbered = [k for k, w in enumerate(words) if w[:1].isdigit()]
    if numbered:
        words = words[numbered[-1] + 1 :]
    if words and words[0].lower() in DETERMINERS:
        words = words[1:]
    if not words or len(words) > DOER_WORDS or not all(RE_DOER_WORD.match(w) for w in words):
        return ""
    if words[0].lower() in PRONOUNS or words[0].lower() in CLAUSE_OPENERS:
        return ""
    return " ".join(words)


def _deed_change(out: list[Figure], i: int, body: str, s_start: int) -> str:
    """The subject of a change appended to a level a doer's deed made (above), or ""."""
    fig = out[i]
    k = i - 1
    while k >= 0 and out[k].kind == "date" and i - k <= 3:
        k -= 1
    if k < 0 or out[k].kind not in LEVEL_KINDS or out[k].unit == "percent" or out[k].start < s_start:
        return ""
    level = out[k]
    gap = RE_DEED_CHANGE_GAP.fullmatch(body, level.end, fig.start)
    if gap is None:
        return ""
    verb = RE_DEED_VERB_BEFORE.search(body, max(s_start, level.start - DEED_VERB_REACH), level.start)
    if verb is None or verb.group(1) in CHANGE_WORDS or verb.group(1) in NOT_DEED_VERBS:
        return ""
    deed = verb.group(1)
    change = "increase" if gap.group(2) == "up" else "decrease"
    thing = (gap.group(1) or "").split()
    cut = next((k for k, w in enumerate(thing) if w in PREPOSITIONS or w in THING_ENDS), len(thing))
    thing = [
        w for w in thing[:cut] if w not in DETERMINERS
    ]  # "of gold in the year", "of transactions last year"
    if thing:
        if deed in DEED_NOUNS:
            return f"{change} in {' '.join([*thing[:-1], modifier_of(thing[-1])])} {DEED_NOUNS[deed]}"
        return f"{change} in {' '.join(thing)} {deed}"
    doer = _deed_doer(body, s_start, verb.start(1)) if deed in DEED_NOUNS else ""
    if not doer:
        return ""
    owner = f"{doer}'" if doer.endswith("s") else f"{doer}'s"
    return f"{change} in {owner} {DEED_NOUNS[deed]}"


# A count of days "on N days in August": the days in that month ("the white flag went up on 9 days
# in August").
RE_DAYS_PERIOD_AFTER = re.compile(
    rf"[ \t]+(?:in|during)[ \t]+((?:{'|'.join(MONTHS)})(?:[ \t]+(?:19|20)\d\d)?)(?![\w-])"
)


def _days_in_month(body: str, fig: Figure) -> str:
    """The subject of a count of days with the month after it (above), or ""."""
    period = RE_DAYS_PERIOD_AFTER.match(body, fig.end)
    held = bare_subject_of(fig.subject)
    if period is None or not held or period.group(1) in held:
        return ""
    return f"{held} in {period.group(1)}"


# A count of days after "NOUN of" that opens a line or follows a determiner or a verb of having
# ("- Annual leave of 25 working days", "offers paid holiday of 30 working days"): what the days are.
RE_NOUN_OF_BEFORE = re.compile(
    r"(?:\A|[\n(:;,]|[-•*–—][ \t]|\b(?:an?|the|its|their|his|her|with|get|gets|got|offers?|offered)[ \t])"
    r"[ \t]*([A-Za-z][a-z'’-]+(?:[ \t][a-z][a-z'’-]+){0,2})[ \t]+of[ \t]+\Z"
)
DAYS_NOUN_REACH = 60  # characters back from a count of days read for its noun
# nouns before "of" that only wrap the days: a part, a stretch of time, a count
NOT_DAYS_NOUNS = frozenset(("space", "course", "number", "lot", "total", "maximum", "minimum", "average"))


def _days_of_noun(body: str, fig: Figure) -> str:
    """The subject of a count of days after "NOUN of" (above): that noun phrase, or ""."""
    if not body.startswith(" of ", fig.start - 4):
        return ""  # the cheap test first
    lo = max(0, fig.start - DAYS_NOUN_REACH)
    line_start = body.rfind("\n", lo, fig.start) + 1 or lo  # within the window only
    opens = line_start > lo or lo == 0  # the window starts at its line's start
    found = RE_NOUN_OF_BEFORE.search(body[line_start : fig.start] if opens else "\0" + body[lo : fig.start])
    if found is None:
        return ""
    words = found.group(1).split()
    if (
        words[-1].lower() in NOT_DAYS_NOUNS
        or words[-1].lower() in DIMENSION_ONLY
        or words[0].lower() in DETERMINERS
    ):
        return ""
    return " ".join(words)


# A percent above or below a mark named after it ("about 11 percent below the department's own
# estimate", "40 per cent above the average"): the gap from that mark, of what the clause measures.
RE_MARK_AFTER = re.compile(
    r"[ \t]+(below|under|above|over)[ \t]+((?:the|its|their|his|her|[A-Z][\w&-]*['’]s)[ \t]+"
    r"(?:[a-z][\w'’-]*[ \t]+){0,3}?([a-z][\w-]{2,}))(?=[ \t]+(?:of|for|in|at|on|and|by)\b|[,.;:)\n]|\Z)"
)
RE_OWNED_MARK = re.compile(r"(?:its|their|his|her|the[ \t]+[\w&-]+['’]s?)[ \t]")  # "the council's budget"
NOT_MARKS = frozenset(
    ("period", "year", "years", "quarter", "month", "months", "week", "weeks", "decade", "same")
)


def _gap_from_mark(body: str, fig: Figure) -> str:
    """The subject of a percent above or below a mark named after it (above), or ""."""
    mark = RE_MARK_AFTER.match(body, fig.end)
    if mark is None or mark.group(3) in NOT_MARKS:
        return ""
    if fig.kind != "percent_change" and not RE_OWNED_MARK.match(mark.group(2)):
        return ""  # "31% below the poverty line": a share of those below it
    held = bare_subject_of(fig.subject)
    if mark.group(3) in held:
        return ""
    return f"{held or 'gap'} {mark.group(1)} {mark.group(2)}"


# An amount "more than now" (or "less than today"): the rise in the price of what it is paid for
# ("$3 more than now for a monthly pass"), else in the amount said before it in the sentence ("would
# pay about £612 a year, £37 more than now").
RE_MORE_THAN_NOW_AFTER = re.compile(
    r"[ \t]+(more|less|higher|lower|extra)[ \t]+than[ \t]+(?:now|today|at[ \t]+present|currently|before)\b"
    r"(?:[ \t]+for[ \t]+((?:[\w'’-]+[ \t]+){0,5}?[\w'’-]+)(?=[,.;:]|\Z|[ \t]+(?:each|every|a|per|from|in)\b))?"
)


# A bare "more" after an amount a group gets ("earning P11,420 a month will get P628 more"): the rise
# in the amount said before it.
RE_MORE_AFTER_SUM = re.compile(
    r"[ \t]+(more|less|extra)(?=[,.;:]|\Z|[ \t]+(?:from|in|a|per|each|every|next|this)\b)"
)
RE_AND_BEFORE_SUM = re.compile(
    r"\band[ \t]+\Z"
)  # "pledged PKR 5.6 billion and Rs500,000 more": a further sum
DIFFERENCE_WORDS = (" more", " less", " higher", " lower", " extra")


def _difference_from_now(out: list[Figure], i: int, body: str, s_start: int) -> str:
    """The subject of an amount more or less than now, or a bare "more" after an amount said
    before it (above), or ""."""
    fig = out[i]
    than = RE_MORE_THAN_NOW_AFTER.match(body, fig.end) or (
        None
        if RE_AND_BEFORE_SUM.search(body, max(0, fig.start - 8), fig.start)
        else RE_MORE_AFTER_SUM.match(body, fig.end)
    )
    if than is None:
        return ""
    change = "increase" if than.group(1) in ("more", "higher", "extra") else "decrease"
    if than.re is RE_MORE_THAN_NOW_AFTER and than.group(2):
        return f"{change} in the price of {than.group(2)}"
    prev = next(
        (
            f
            for f in reversed(out[max(0, i - LOOKBACK_FIGURES) : i])
            if f.kind == "money" and f.unit == fig.unit
        ),
        None,
    )
    if prev is None or prev.start < s_start or not bare_subject_of(prev.subject):
        return ""
    return f"{change} in {bare_subject_of(prev.subject)}"


# An amount "in 2026" that restates one said just before it in the sentence for another year ("A
# return ticket costs €48 now and will cost €55 in 2026"; "averaged US$61 a kilogram this year
# against US$66 in 2025"): the same measure, in that year.
RE_YEAR_AFTER = re.compile(r"[ \t]+in[ \t]+((?:19|20)\d\d)(?![\w/-])")
RE_RESTATING_GAP = re.compile(
    r"\b(?:against|versus|vs|compared[ \t]+(?:with|to)|it|cost|costs|reach|reaching|rising[ \t]+to|rise[ \t]+to)\b"
)
RESTATING_REACH = 100  # the most characters between the amount and the one it restates


def _restated_for_year(out: list[Figure], i: int, body: str, s_start: int) -> str:
    """The subject of an amount restated for another year (above), or ""."""
    fig = out[i]
    year = RE_YEAR_AFTER.match(body, fig.end)
    if year is None:
        return ""
    k = i - 1
    while k >= 0 and out[k].kind == "date" and i - k <= 3:
        k -= 1
    if k < 0 or out[k].kind != "money" or out[k].unit != fig.unit or out[k].start < s_start:
        return ""
    prev = out[k]
    named = bare_subject_of(prev.subject)
    if (
        not named
        or fig.start - prev.end > RESTATING_REACH
        or RE_RESTATING_GAP.search(body, prev.end, fig.start) is None
        or year.group(1) in named
    ):
        return ""
    return f"{named} in {year.group(1)}"


# A span after "over" in a clause whose doer did a deed ("The survey team of 64 inspectors visited
# 11,860 farms in 38 municipalities over six weeks"): the period over which the doer did it.
RE_DEED_OVER_BEFORE = re.compile(
    rf"(?<![\w'’-])([a-z]{{3,}}ed)\b(?:[^,;:.()\n]|(?<=\d)[,.](?=\d)){{0,80}}?[ \t]over[ \t]+{HEDGE}\Z"
)
DEED_OVER_REACH = 120  # characters back from the span read for the deed's verb
SPAN_DOER_NOT = (
    PRONOUNS | CLAUSE_OPENERS | BE_WORDS | frozenset("he she we i you has have had".split())
)  # no doer: "He has played 142 games over five seasons"
UNNAMED_SPANS = ("length of", "period", "time taken", "waiting time", "time within")


def _span_of_deed(body: str, fig: Figure, s_start: int) -> str:
    """The subject of a span over which a named doer did a deed (above), or ""."""
    if bare_subject_of(fig.subject).startswith(UNNAMED_SPANS):
        return ""
    deed = RE_DEED_OVER_BEFORE.search(body, max(s_start, fig.start - DEED_OVER_REACH), fig.start)
    if deed is None or deed.group(1) in CHANGE_WORDS:
        return ""
    lo = max(s_start, deed.start(1) - DOER_CHARS)
    pieces = re.split(r"[,;:()\"“”]", body[lo : deed.start(1)])
    if len(pieces) == 1 and lo > s_start or " to " in body[deed.end(1) : fig.start]:
        return ""  # no clause start within reach; "voted to accept a deal over 30 months": the deal's term
    words = pieces[-1].split()
    cut = next((k for k, w in enumerate(words) if w.lower() in PREPOSITIONS), len(words))
    words = words[:cut]
    if words and words[0].lower() in DETERMINERS:
        words = words[1:]
    if (
        not words
        or len(words) > DOER_WORDS
        or not all(RE_DOER_WORD.match(w) for w in words)
        or words[0].lower() in SPAN_DOER_NOT
        or words[0].lower() in NUMBER_WORDS
        or words[-1].lower() in SPAN_DOER_NOT
    ):
        return ""
    return f"period over which {' '.join(words)} {deed.group(1)}"


def told_after_subjects(
    figures: list[Figure], body: str, bounds: Callable[[int], tuple[int, int]]
) -> list[Figure]:
    """The figures with the subjects of changes appended to a doer's deed, gaps from a mark, days in
    a month, amounts more than now and amounts restated for a year (above), read after the pay
    rules. Each reader is called only where its cue words stand."""
    out = list(figures)
    for i, fig in enumerate(out):
        named = ""
        kind = fig.kind
        if (
            kind == "percent_change"
            and fig.unit == "percent"
            and i
            and body.rfind(",", fig.start - 16, fig.start) >= 0
        ):
            named = _deed_change(out, i, body, bounds(fig.start)[0])
        if not named and fig.unit == "percent" and body.startswith(" ", fig.end):
            named = _gap_from_mark(body, fig)
        elif kind == "duration" and "over " in body[max(0, fig.start - 20) : fig.start]:
            named = _span_of_deed(body, fig, bounds(fig.start)[0])
        elif kind == "count" and fig.unit == "days":
            named = (body.startswith(" ", fig.end) and _days_in_month(body, fig)) or _days_of_noun(body, fig)
        elif kind == "money" and body.startswith(" ", fig.end):
            named = (
                body.startswith(DIFFERENCE_WORDS, fig.end)
                and _difference_from_now(out, i, body, bounds(fig.start)[0])
            ) or (body.startswith(" in ", fig.end) and _restated_for_year(out, i, body, bounds(fig.start)[0]))
        if named and kind == "percentage_share" and fig.unit == "percent":
            out[i] = fig._replace(subject=with_labels(named, fig.subject), kind="percent_change")
        elif named:
            out[i] = fig._replace(subject=with_labels(named, fig.subject))
    return out


# --- Subjects a line's or a clause's form gives, read last ---

# A price list's item line ("- Long-grain rice, 1 kg bag: 215 XPF (198 XPF)"): the item named before
# the comma, its pack's size between the comma and the colon, its prices after the colon.
RE_ITEM_LINE = re.compile(
    r"[ \t]*(?:[-•*–—][ \t]+)?([A-Z][A-Za-z'’-]*(?:[ \t]+[A-Za-z'’-]+){0,5}),[ \t]+([^\n:;]{1,40}?):[ \t]"
)
RE_PACK_AFTER = re.compile(r"[ \t]*([a-z]{3,})[ \t]*\Z")  # the pack a size measures ("bag", "tin")
ITEM_LINE_REACH = 120  # characters back from a figure read for its line's start
SIZE_KINDS = frozenset(("other", "count"))

# A figure that opens its line, then a dash and what it is ("€1.42 billion – the draft 2027 State
# budget tabled ...", "17 – cruise calls at Port Hercule in November, the last on Monday"): that
# noun phrase, to its first comma or stop.
RE_DASH_DEFINED = re.compile(
    r"[ \t]+[–—-][ \t]+(?:the[ \t]+)?(?:number[ \t]+of[ \t]+)?([a-z][^\n,;:.()–—]{2,120})"
)
DEFINED_WORDS = 16
RE_LINE_OPENING = re.compile(r"(?:\A|\n)[ \t]*(?:[-•*][ \t]+)?\Z")

# A change apposed to the level said just before it in its sentence ("reached 34% in October,
# 3 points more than a year earlier"; "at €10,180 a square metre, a rise of only 0.6 per cent";
# "welcomed 6.4 million pilgrims in the 12 months to October, up 4%", ", up" only after a period):
# what that level measures, as a change after its level is named.
RE_APPOSED_CHANGE_GAP = re.compile(
    r"(?:[ \t]+(?:of|in|on|at|to|for|per|during|over|this|last)\b[^,;:()\n\d]{0,40})?,[ \t]+"
    r"(?:(an?)[ \t]+(rise|increase|gain|jump|fall|drop|decrease|decline)[ \t]+of[ \t]+|(up|down)[ \t]+)?"
    rf"{HEDGE_OR_LIMIT}"
)
# a share between a level and the change apposed to it, joined to the change by "and"
# ("BIF 301.5 billion to defence, 8.2% of total spending and 3.4% more than")
RE_AND_SHARE_GAP = re.compile(rf"[ \t]+of[ \t]+[^,;:()\n\d]{{1,40}}?[ \t]+and[ \t]+{HEDGE_OR_LIMIT}")
RE_CHANGE_WORD_AFTER = re.compile(r"[ \t]+(more|less|higher|lower|fewer|better|worse)[ \t]+than\b")
APPOSED_CHANGE_REACH = 100  # the most characters between a level and the change apposed to it

# A level said at the end of a copula's clause ("Mathematics remained the weakest subject at 23.8
# percent"; "Coverage was highest in Savai'i, at 88 per cent"; "while the lowest rents were in the
# Ústí nad Labem Region, at CZK 196"): what the clause's subject names, in the place it names.
RE_COPULA_AT = re.compile(
    r"(?:\A[ \t]*|[,;:][ \t]+)((?:[A-Za-z][\w'’-]*[ \t]+){0,6}?[A-Za-z][\w'’-]*)"
    r"[ \t]+(?:was|were|is|are|remained|remains|stood|stands)[ \t]+((?:[^\W\d][\w'’-]*,?[ \t]+){0,6}?)"
    rf"(?:(in|among|on|for)[ \t]+((?:the[ \t]+)?[^\W\d_][^,;:()\n\d]{{1,50}}?),?[ \t]+)?at[ \t]+{HEDGE}\Z"
)
RANKING_COMPARATIVES = ("more", "less", "higher", "lower")  # a comparative ranks too
RE_SUPERLATIVE = re.compile("|".join((SUPERLATIVE, *RANKING_COMPARATIVES)))
# (it opens with its letters and looks behind them after: the engine skips to an "a" instead of
# testing the look-behind at every character of the window)
RE_AT_BEFORE = re.compile(rf"at(?<![\w'’-]at)[ \t]+{HEDGE}\Z")
COPULA_AT_REACH = 160  # characters back from a level read for its clause
COPULA_AT_KINDS = frozenset(("money", "percentage_share", "other", "count"))

# A bare count after "NAME with" in a list whose first item named its noun ("led by Spain with 812
# groups, Italy with 694 and Poland with 431"): that noun, for that name.
RE_NAME_WITH = re.compile(r"(?<![\w'’-])([A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,3})[ \t]+with[ \t]+\Z")
NAME_WITH_REACH = 40  # characters back from a count read for its "NAME with"
RE_WITH_BEFORE = re.compile(rf"(?<![\w'’-])with[ \t]+{HEDGE}\Z")  # the list's first item: "with 22 wins"

# A level after a copula whose subject was read as only its period ("the race budget this year was
# 38 million pesos"): the clause's subject, with that period.
RE_COPULA_CLAUSE = re.compile(
    r"(?:\A[ \t]*|[,;:][ \t]+)((?:[A-Za-z][\w'’-]*[ \t]+){0,9}?[A-Za-z][\w'’-]*)"
    rf"[ \t]+(?:is|was|are|were|will[ \t]+be|would[ \t]+be)[ \t]+{HEDGE}\Z"
)


def _item_line(body: str, fig: Figure, lines: dict[int, re.Match[str] | None]) -> str:
    """The subject an item line gives a size or price on it (above), or ""."""
    lo = max(0, fig.start - ITEM_LINE_REACH)
    nl = body.rfind("\n", lo, fig.start)
    if nl < 0 and lo > 0:
        return ""  # no line start within reach
    line = nl + 1
    if line not in lines:
        lines[line] = RE_ITEM_LINE.match(body, line)
    m = lines[line]
    if m is None or m.group(1).isupper():
        return ""  # (a dateline's place in capitals: "PAPEETE, Nov 28")
    item = m.group(1)
    if item[1:2].islower():
        item = item[0].lower() + item[1:]  # "Long-grain rice" -> "long-grain rice"; "UHT whole milk" kept
    if m.start(2) <= fig.start and fig.end <= m.end(2) and fig.kind in SIZE_KINDS:
        pack = RE_PACK_AFTER.match(body[fig.end : m.end(2)])
        return f"size of the {item} {pack.group(1)}" if pack else f"size of the {item}"
    if fig.start >= m.end() and fig.kind == "money":
        return f"price of {item}"
    return ""


def _dash_defined(body: str, fig: Figure) -> str:
    """The noun phrase after the dash of a figure that opens its line (above), or ""."""
    if not RE_LINE_OPENING.search(body, max(0, fig.start - 4), fig.start):
        return ""
    m = RE_DASH_DEFINED.match(body, fig.end)
    if m is None:
        return ""
    words = m.group(1).split()[:DEFINED_WORDS]
    while words and (words[-1] in PREPOSITIONS or words[-1] in DETERMINERS):
        words.pop()
    return " ".join(words)


def _apposed_change(out: list[Figure], i: int, body: str, s_start: int) -> str:
    """The subject of a change apposed to the level said before it (above), or ""."""
    fig = out[i]
    k = i - 1
    while k >= 0 and out[k].kind in ("date", "duration") and i - k <= 3:
        k -= 1  # "in the 12 months to October, up 4%": the level before the period
    share = None  # "BIF 301.5 billion to defence, 8.2% of total spending and 3.4% more": past the share
    if (
        k == i - 1
        and out[k].kind == "percentage_share"
        and RE_AND_SHARE_GAP.fullmatch(body, out[k].end, fig.start)
    ):
        share = out[k]
        k -= 1
    if k < 0 or out[k].start < s_start or out[k].kind in ("date", "duration", "percent_change"):
        return ""
    level = out[k]
    if fig.start - level.end > APPOSED_CHANGE_REACH:
        return ""
    if (
        level.kind == "count"
        and share is None
        and k
        and out[k - 1].kind == "count"
        and out[k - 1].start >= s_start
        and RE_PLACE_COUNT_GAP.fullmatch(body, out[k - 1].end, level.start)
    ):
        level = out[k - 1]  # "71,460 bags from 58,900 donors, 4.2% more": the bags (late-subj11)
    if share is not None:
        gap = RE_APPOSED_CHANGE_GAP.fullmatch(body, level.end, share.start)
    else:
        gap = RE_APPOSED_CHANGE_GAP.fullmatch(body, out[i - 1].end, fig.start)
    if gap is None:
        return ""
    if gap.group(3) and out[i - 1].kind != "duration":
        return ""  # ", up 4%" after a level alone is read by the deed rules; after a period, the level's
    if not gap.group(2) and not gap.group(3) and RE_CHANGE_WORD_AFTER.match(body, fig.end) is None:
        return ""
    named = bare_subject_of(level.subject)
    if not named or named.lower() in DIMENSION_ONLY or named.split()[0] in PREPOSITIONS:
        return ""  # "MKD 9.62 billion for roads, 11.4 percent more": no level's subject to change
    held = {w for w in bare_subject_of(fig.subject).lower().split() if len(w) > 3}  # (no "of", "the")
    if share is not None and fig.subject == share.subject:
        held = set()  # the share's subject, copied to the change: no name of its own
    if held & set(named.lower().split()):
        return ""  # the change already names what the level measures ("cost of base model")
    return named  # (what changed, as a change after its level is named: its direction says which way)


# A sentence that opens on "The HEAD of NOUN PHRASE", an aside between commas, then the verb
# of its level ("The cost of the ring road, which will link the airport with the port, has
# climbed to $96 million"; "The depth of the lake, which feeds the water plant, has dropped to
# 4.2 metres"): the level is that head of the noun phrase, the aside and any place after the
# noun phrase ("over the river") left out, past a dateline's dash; a change apposed to the level
# follows it.
RE_HEAD_PAST_ASIDE = re.compile(
    r"\s*(?:[^\n–—]{0,60}[–—][ \t]+)?(?:The|Its|Their|This)[ \t]+((?:[a-z][\w'’-]*[ \t]+){0,2}[a-z][\w'’-]*[ \t]+of[ \t]+"
    r"(?:(?:the|its|their|a|an)[ \t]+)?(?:[\w'’-]+[ \t]+){0,4}?[\w'’-]+)"
    r"(?:[ \t]+(?:over|in|on|at|near|across|along|between|for|from|to)[ \t]+[^,;:()\n\d]{1,60}?)?"
    r",[ \t]+(?:which|who|where|whose|once|built|opened|planned|due|first|a|an|the)\b[^,;:()\n]{1,100},"
    r"[ \t]+(?:(?:has|have|had|will|would|is|are|was|were|could|may|might|should|now|already|also|still|been"
    rf"|be)[ \t]+){{0,3}}[a-z]+(?:[ \t]+(?:to|at|by))?[ \t]+{HEDGE}\Z"
)
HEAD_PAST_ASIDE_REACH = 260  # the most characters from a sentence's start to the level
HEAD_PAST_ASIDE_KINDS = frozenset(("money", "other"))
PARTITIVE_HEADS = frozenset(
    ("rest", "bulk", "majority", "half", "most", "some", "all", "one", "part")
)  # a part, no level


def _head_past_aside(body: str, fig: Figure, s_start: int) -> str:
    """What a level is by the head and noun phrase its sentence opens on, past an aside (above),
    or "" (also when the subject already holds the head's noun)."""
    if fig.start - s_start > HEAD_PAST_ASIDE_REACH or body.find(", ", s_start, fig.start) < 0:
        return ""
    m = RE_HEAD_PAST_ASIDE.match(body, s_start, fig.start)
    if m is None:
        return ""
    head = m.group(1)
    noun = head.split(" of ", 1)[0].split()[-1]
    if noun in PARTITIVE_HEADS or noun in bare_subject_of(fig.subject).lower().split():
        return ""
    return head


# A measure moved between two levels after the noun phrase that names it ("raising its capacity
# from 267,000 cubic metres a day to 365,000 cubic metres"; "take the channel's depth from 12
# metres to 16 metres"): both levels are that noun phrase, its owner kept, not the unit's words.
RE_NOUN_FROM_BEFORE = re.compile(
    r"(?<![\w'’-])(?:the|its|their|[A-Z][\w-]*['’]s|[a-z][\w-]*['’]s)[ \t]+"
    r"((?:[a-z][\w'’-]*[ \t]+){0,2}[a-z][\w'’-]*(?:[ \t]+of[ \t]+(?:the[ \t]+)?[\w'’-]+(?:[ \t]+[\w'’-]+)?)?)"
    rf"[ \t]+from[ \t]+{HEDGE}\Z"
)
RE_FROM_TO_GAP = re.compile(rf"(?:[ \t]+(?:a|an|per)[ \t]+[a-z]+)?[ \t]+to[ \t]+{HEDGE}")
NOUN_FROM_REACH = 80  # characters before the "from" level read for its noun phrase
AROUND_WORDS = frozenset(
    ("around", "near", "below", "above", "beyond", "behind", "along", "across", "inside")
)


def _from_to_noun(out: list[Figure], i: int, body: str) -> str:
    """The noun phrase a measure's from-to pair is of (above), for either level, or ""."""
    fig = out[i]
    first = i
    if i + 1 < len(out) and RE_FROM_TO_GAP.fullmatch(body, fig.end, out[i + 1].start):
        pair = out[i + 1]
    elif i and RE_FROM_TO_GAP.fullmatch(body, out[i - 1].end, fig.start):
        first, pair = i - 1, out[i - 1]
    else:
        return ""
    if pair.unit != fig.unit or pair.kind != fig.kind:
        return ""
    start = out[first].start
    m = RE_NOUN_FROM_BEFORE.search(body, max(0, start - NOUN_FROM_REACH), start)
    if m is None:
        return ""
    owner = m.group(0).split()[0]
    phrase = m.group(1)
    ahead = body[max(0, m.start() - 12) : m.start()].split()[-1:]
    if ahead and ahead[0].lower() in PREPOSITIONS | AROUND_WORDS:
        return ""  # "widened the zone around the crater from 5 km to 8 km": the zone's, not the crater's
    if phrase.split()[0] in DETERMINERS or phrase.split()[0] in PREPOSITIONS:
        return ""
    words = phrase.split()
    if any(w in CHANGE_WORDS or w.endswith("ed") for w in words if w != "of"):
        return ""  # "the rate fell from 3.1 to 2.2": a verb, no noun phrase
    held = bare_subject_of(fig.subject).split()
    if held and set(held) <= set(words):
        return ""  # the level already names it, or part of it
    return f"{owner} {phrase}" if owner.endswith(("'s", "’s")) else phrase


def _copula_at(body: str, fig: Figure, s_start: int) -> str:
    """The subject of a level said at the end of a copula's clause (above), or ""."""
    lo = max(s_start, fig.start - COPULA_AT_REACH)
    m = RE_COPULA_AT.search(body[lo : fig.start])  # (a slice: its start is the sentence's, or no opening)
    if m is None or (m.start() == 0 and lo > s_start and body[lo] not in ",;:"):
        return ""
    words = _clause_words(m.group(1))  # ", while the lowest rents were ...": the clause's subject
    if not words or words[0].lower() in PRONOUNS or "and" in m.group(1).split()[1:]:
        return (
            ""  # "Fingal and Dún Laoghaire-Rathdown remained the dearest ..., at €2,612 and €2,587": a pair
        )
    place = (m.group(4) or "").strip()
    first = place.removeprefix("the").split()[0] if place else ""
    if place and (not first[:1].isupper() or first in NOT_PLACES):
        place = ""  # "was highest in the north at ...", "was selling on Wednesday at ...": no place
    if not place and not any(RE_SUPERLATIVE.fullmatch(w) for w in m.group(2).split()):
        return ""  # "The fare is now at $3": no ranking, no place
    named = " ".join(words)
    return f"{named} {m.group(3)} {place}" if place else named


def _name_with(out: list[Figure], i: int, body: str, s_start: int) -> str:
    """The subject of a bare count after "NAME with" in a list (above), or ""."""
    fig = out[i]
    name = RE_NAME_WITH.search(body, max(s_start, fig.start - NAME_WITH_REACH), fig.start)
    if name is None:
        return ""
    for prev in reversed(out[max(0, i - LOOKBACK_FIGURES) : i]):
        if prev.start < s_start:
            return ""
        noun = body[prev.core[1] : prev.end].strip()
        if (
            prev.kind == "count"
            and noun.isalpha()
            and noun.islower()
            and RE_WITH_BEFORE.search(body, max(s_start, prev.start - 24), prev.start)
        ):
            return f"{noun} for {name.group(1)}"
    return ""


def _clause_words(phrase: str) -> list[str]:
    """The words of a clause's subject: those after its last clause opener or saying word ("The
    organisers said the race budget" -> "race budget"), without a determiner before them."""
    words = phrase.split()
    cut = max((k + 1 for k, w in enumerate(words) if w.lower() in CLAUSE_OPENERS), default=0)
    words = words[cut:]
    while words and words[0].lower() in DETERMINERS:
        words = words[1:]
    return words


def _copula_level(body: str, fig: Figure, s_start: int) -> str:
    """The subject of a level after a copula whose subject was read as its period (above), or ""."""
    lo = max(s_start, fig.start - COPULA_AT_REACH)
    m = RE_COPULA_CLAUSE.search(body[lo : fig.start])  # (a slice: its start is the sentence's, or no opening)
    if m is None or (m.start() == 0 and lo > s_start and body[lo] not in ",;:"):
        return ""
    words = _clause_words(m.group(1))
    held = bare_subject_of(fig.subject).lower()
    if len(words) < 2 or words[0].lower() in PRONOUNS or held not in (w.lower() for w in words):
        return ""  # the period the subject was read as stands in the clause's subject
    return " ".join(words)


# A part said after ", of whom" or ", of which" ("276,400 visitors ..., of whom 31% were
# Ecuadoreans"; "can hold 2.4 million litres, of which only 1.6 million litres is usable"): the
# whole said before it in the sentence, with what the part's clause says of it.
RE_OF_WHICH_BEFORE = re.compile(rf",[ \t]+of[ \t]+(?:whom|which|them|these|those)[ \t]+{HEDGE_OR_LIMIT}\Z")
RE_PART_PREDICATE = re.compile(
    r"[ \t]+((?:is|are|was|were|had|have|has|came|went|live|lived)[ \t]+[^\W\d][^,;:.()\n\d]{0,48})"
)
PART_WORDS = 5  # the most words of the part's clause kept
PART_REACH = 60  # characters after a part read for the noun it names
TIME_NAMES = frozenset((*MONTHS, *WEEKDAYS))  # ("new homes on 1 January": a time names no thing)
WHOLE_KINDS = frozenset(("count", "money", "other"))

# A bare count after the comma of a sentence that opens "Of the N NOUN ..." ("Of the 112 riders
# from 19 teams who started the race, 97 remain"): that noun, with what the count's clause says.
RE_OF_THE_N = re.compile(r"\W*Of[ \t]+(?:the|these|those|its|their)[ \t]+[\d][\d,.]*[ \t]+([a-z][\w-]+)")
# A sentence that opens "Of those," or "Of them," before a bare count ("Of those, 1,204 waited more
# than 12 hours"): the count before it, with what the count's clause says.
RE_OF_THOSE = re.compile(r"\W*Of[ \t]+(?:those|these|them)[ \t]*,[ \t]*")
OF_THOSE_REACH = 300  # characters before the sentence read for the count it is a part of
RE_BARE_PREDICATE = re.compile(r"[ \t]+([a-z][^\W\d]*(?:[ \t]+[a-z][^\W\d]*){0,3})(?=[,;:.)]|\Z)")

# A bracketed measure on a heading line in capitals ("TUTUILA AND AUNU'U WATERS (out to 40 nautical
# miles)"): the extent of what the heading names.
RE_CAPITALS_HEADING = re.compile(r"(?:\A|\n)[ \t]*([A-Z][A-Z'’ -]{2,60}[A-Z])[ \t]*\((?:[a-z]+[ \t]+){0,2}\Z")

# A price after a market verb and "at" whose subject was read as a time after it ("the dollar
# changed hands at 410 pesos on Friday"): what changed hands.
RE_TRADED_AT = re.compile(
    r"((?:[A-Za-z][\w'’-]*[ \t]+){0,3}?[A-Za-z][\w'’-]*)[ \t]+(?:traded|changed[ \t]+hands|sold|stood|closed|ended|"
    rf"opened|settled)[ \t]+at[ \t]+{HEDGE}\Z"
)
TRADED_AT_REACH = 80
RE_NP_GOES_ON = re.compile(r"(?:\d|(?<![\w'’-])of)[ \t]+\Z")  # a noun phrase going on before the words read


def _of_which(out: list[Figure], i: int, body: str, s_start: int) -> str:
    """The subject of a part said after ", of whom" or ", of which" (above), or ""."""
    fig = out[i]
    if named_after(body, fig):
        return ""
    for prev in reversed(out[max(0, i - LOOKBACK_FIGURES) : i]):
        if prev.start < s_start:
            return ""
        if (
            prev.kind not in WHOLE_KINDS
            or fig.unit != "percent"
            and (prev.kind, prev.unit) != (fig.kind, fig.unit)
        ):
            continue  # a share's whole is any amount; a part's, an amount of its kind and unit
        whole = bare_subject_of(prev.subject)
        if not whole or whole.lower() in DIMENSION_ONLY or whole in fig.subject:
            return ""
        said = RE_PART_PREDICATE.match(body, fig.end)
        if said is None:
            return whole
        words = said.group(1).split()
        cut = next((k for k, w in enumerate(words) if w.lower() in CLAUSE_OPENERS), len(words))
        relative = "who" if prev.unit == "people" else "that"
        return f"{whole} {relative} {' '.join(words[: min(cut, PART_WORDS)])}"
    return ""


def named_after(body: str, fig: Figure) -> bool:
    """Whether a figure's subject is named in its own clause after it ("of whom 47 were adults"):
    the part is named; its whole is not needed. A subject that opens on a verb ("is owed to
    contractors", read from the clause) names no thing."""
    bare = bare_subject_of(fig.subject).split()
    words = [w for w in bare if len(w) > 3 and w not in TIME_NAMES]
    if not words or bare[0].lower() in BE_WORDS:
        return False
    after = body[fig.end : fig.end + PART_REACH]
    return any(w in after for w in words)


def _counted_before(out: list[Figure], i: int, body: str, s_start: int) -> str:
    """The noun of the count of the same unit nearest before a sentence that opens "Of those,"
    (at most OF_THOSE_REACH characters back), else the nearest such count's subject, or ""."""
    fig = out[i]
    nearest = ""
    for prev in reversed(out[max(0, i - LOOKBACK_FIGURES) : i]):
        if prev.start < s_start - OF_THOSE_REACH:
            break
        if (prev.kind, prev.unit) != (fig.kind, fig.unit):
            continue
        counted = body[prev.core[1] : prev.end].split()  # "1,412 applicants": the noun counted
        if counted and all(w.isalpha() for w in counted):
            return " ".join(counted)
        nearest = nearest or bare_subject_of(prev.subject)  # "against 1,286 a year earlier": its subject
    return nearest if nearest.lower() not in DIMENSION_ONLY else ""


def _of_the_n(out: list[Figure], i: int, body: str, s_start: int) -> str:
    """The subject of a bare count after the comma of a sentence that opens "Of the N NOUN" (above),
    or ""."""
    fig = out[i]
    if named_after(body, fig):
        return ""
    whole = RE_OF_THE_N.match(body, s_start, fig.start)
    if whole is None and RE_OF_THOSE.fullmatch(body, s_start, fig.start):
        noun = _counted_before(out, i, body, s_start)  # "Of those, 1,204 waited": the count just before
    elif whole is None or whole.start(1) > fig.start or whole.group(1) in fig.subject:
        return ""
    else:
        noun = whole.group(1)
    if not noun:
        return ""
    said = RE_BARE_PREDICATE.match(body, fig.end)
    return f"{noun} that {said.group(1)}" if said else noun


def _capitals_heading(body: str, fig: Figure) -> str:
    """The subject of a bracketed measure on a heading line in capitals (above), or ""."""
    m = RE_CAPITALS_HEADING.search(body, max(0, fig.start - 80), fig.start)
    return f"extent of {m.group(1)}" if m else ""


def _traded_at(body: str, fig: Figure, s_start: int) -> str:
    """The subject of a price after a market verb and "at" (above), or ""."""
    lo = max(s_start, fig.start - TRADED_AT_REACH)
    m = RE_TRADED_AT.search(body, lo, fig.start)
    if m is None:
        return ""
    words = m.group(1).split()
    while words and (words[-1].lower() in BE_WORDS or words[-1].lower() in MODAL_VERBS):
        words.pop()  # "Subsidised fertiliser will be sold at": the thing sold
    if RE_NP_GOES_ON.search(body, lo, m.start(1)):
        return ""  # "The cost of the basic basket of 53 products stood at": the phrase starts further back
    stops = (*DETERMINERS, *PREPOSITIONS, *CLAUSE_OPENERS, *vocab.CLAUSE_OPENERS)
    cut = max((k + 1 for k, w in enumerate(words) if w.lower() in stops), default=0)
    words = words[cut:]  # "On the informal market the dollar" -> "dollar"
    return " ".join(words) if words and words[0].lower() not in PRONOUNS else ""


# A quantity opening a list line, then what it is of ("2 cups long-grain rice", "1 large onion and 1
# green pepper, finely chopped"): the words after it, to the line's end, a comma or "and".
RE_LINE_ITEM_AFTER = re.compile(
    r"[ \t]+([a-z][a-z'’-]*(?:[ \t]+[a-z][a-z'’-]*){0,4})(?=[ \t]*(?:,|\n|\Z)|[ \t]+and[ \t]+\d)"
)
RE_LINE_ITEM_BEFORE = re.compile(r"(?:\A|\n)[ \t]*(?:[-•*][ \t]+)?(?:\d[^\n,]{0,40}[ \t]+and[ \t]+)?\Z")
LINE_ITEM_KINDS = frozenset(("count", "other"))

# A level after a relative clause's verb ("a population that passed 690,000"): the noun the clause
# is about.
RE_RELATIVE_LEVEL = re.compile(
    rf"(?<![\w'’-])([a-z][\w-]{{2,}})[ \t]+(?:that|which)[ \t]+([a-z]{{2,}}ed|rose|fell|grew|hit|reached|topped)[ \t]+"
    rf"(?:to[ \t]+)?{HEDGE}\Z"
)


def _line_item(body: str, fig: Figure) -> str:
    """The subject of a quantity opening a list line (above), or ""."""
    if not body[fig.start].isdigit() or not RE_LINE_ITEM_BEFORE.search(
        body, max(0, fig.start - 60), fig.start
    ):
        return ""
    m = RE_LINE_ITEM_AFTER.match(body, fig.end)
    return m.group(1) if m else ""


def _relative_level(body: str, fig: Figure) -> str:
    """The subject of a level after a relative clause's verb (above), or ""."""
    m = RE_RELATIVE_LEVEL.search(body, max(0, fig.start - 60), fig.start)
    if m is None or m.group(1) in DETERMINERS or m.group(1) in fig.subject or named_after(body, fig):
        return ""
    return m.group(1)


RE_CONVERSION_GAP = re.compile(rf"[ \t]*\([ \t]*{HEDGE}")  # an amount's conversion in brackets


# A figure on a "YEAR: level" row of a then-and-now table ("Hotel beds\n1996: 1,430\n2026: 1,180";
# "Tourist arrivals 2015: 2.1 million"): the label before the year on its line, or else the heading
# line above the table's year rows; a change after the level on its row is of that label too.
RE_YEAR_ROW = re.compile(
    r"(?:\A|\n)([^\n:]{0,60}?)[ \t]*(?<!\d)(?:1[89]|20)\d\d:[ \t]*(?:[^\n:]*,[ \t]+[^\n:,]{0,24})?\Z"
)
RE_YEAR_ROW_LINE = re.compile(r"([^\n:]{0,60}?)[ \t]*(?<!\d)(?:1[89]|20)\d\d:")
YEAR_ROW_REACH = 80  # characters back from a figure read for its row's start
YEAR_ROWS_UP = 6  # the most year rows read up for the table's heading


def _year_row(body: str, fig: Figure) -> str:
    """The subject of a figure on a then-and-now table's year row (above), or ""."""
    m = RE_YEAR_ROW.search(body, max(0, fig.start - YEAR_ROW_REACH), fig.start)
    if m is None:
        return ""
    label = m.group(1).strip(" \t-–—•*")
    row_start = m.start(1)
    for _ in range(YEAR_ROWS_UP):
        if label or row_start == 0:
            break
        above = body.rfind("\n", 0, row_start - 1) + 1
        line = body[above : row_start - 1].strip()
        row = RE_YEAR_ROW_LINE.match(line)
        if row:  # a year row above, or the first row read with its label ("Aged 65 and over 1996: ...")
            label = row.group(1).strip(" \t-–—•*")
            row_start = above
            continue
        if not line or len(line.split()) > HEADING_WORDS or line[-1] in HEADING_ENDS:
            return ""
        label = line
    if not label or label.isupper():
        return ""  # no label, or the whole table's heading in capitals
    year = re.search(r"(?:1[89]|20)\d\d(?=:)", body[m.start() : fig.start])
    return label if fig.kind == "percent_change" or year is None else f"{label} in {year.group(0)}"


# A figure after "for" in a participle or "valid" phrase set off by a comma after a noun phrase
# ("licence No. 10-0417, issued in 2006 for 40 years"; "a visa, valid for 30 days, for $60"; "The
# Aurora, built in 2009 in Gdansk for €21 million"): that noun phrase's term, validity or cost.
RE_PARENTHETIC_FOR = re.compile(
    r"((?:[A-Za-z][\w'’.-]*[ \t]+){0,5}[A-Za-z\d][\w'’.-]*),[ \t]+([a-z]+ed|built|made|bought|sold|won|held|valid|good)"
    rf"[ \t]+(?:[^,;:()\n]|,[ \t]+(?=[A-Z]|for[ \t]))*?(?<![\w'’-])for[ \t]+{HEDGE}\Z"
)
# ... whose end, "for" and a hedge right before the figure, is looked for first (a literal's fast
# scan): the phrase's words are read only where it stands
RE_FOR_TAIL = re.compile(rf"for[ \t]+{HEDGE}\Z")
RE_PARTICIPLE = re.compile(r"[a-z]+ed|built|made|bought|sold|won|held|valid|good")
OBJECT_PRONOUNS = (" it ", " them ", " him ", " her ", " us ")
PARENTHETIC_REACH = 120  # characters back from a figure read for the phrase
PARENTHETIC_KINDS = frozenset(("money", "duration"))


def _noun_phrase_end(phrase: str) -> str:
    """The noun phrase that ends a run of words: after its last determiner, preposition, pronoun or
    clause opener, without words holding digits or a "No."."""
    words = phrase.split()
    stops = (*DETERMINERS, *PREPOSITIONS, *CLAUSE_OPENERS, *PRONOUNS, *MODAL_VERBS, *BE_WORDS)
    cut = max((k + 1 for k, w in enumerate(words) if w.lower() in stops), default=0)
    kept = [w for w in words[cut:] if not any(c.isdigit() for c in w) and w.rstrip(".") != "No"]
    if kept and kept[0][0].islower() and cut == 0 and len(words) > len(kept):
        return ""  # the phrase starts further back
    return " ".join(kept)


def _parenthetic_for(body: str, fig: Figure, s_start: int) -> str:
    """The subject of a figure after "for" in a participle phrase after a noun phrase (above), or ""."""
    lo = max(s_start, fig.start - PARENTHETIC_REACH)
    if RE_FOR_TAIL.search(body, lo, fig.start) is None:
        return ""
    m = RE_PARENTHETIC_FOR.search(body, lo, fig.start)
    if m is None or body.startswith(OBJECT_PRONOUNS, m.end(2)):
        return ""  # none, or a main verb with its object ("sold it for $40 million")
    chunk = body[max(body.rfind(",", s_start, m.start(1)) + 1, s_start) : m.end(1)].split()
    if chunk and RE_PARTICIPLE.fullmatch(chunk[0]):
        return ""  # the words before the comma are a phrase of the same kind, not a noun phrase
    phrase = body[m.start(2) : fig.start].lower()
    if m.group(2) != "valid" and not RE_YEAR_IN_HEADING.search(phrase):
        return (
            ""  # a deed with no date ("sidelined for six weeks", "sold it to a dairy for"): no term or cost
        )
    valid_for = m.group(2) == "valid" and body[m.end(2) : fig.start].strip() == "for"
    if not valid_for and any(w.lower() not in phrase for w in bare_subject_of(fig.subject).split()):
        return ""  # the subject read names something outside the phrase: kept ("valid for N days" is of the noun)
    noun = _noun_phrase_end(m.group(1))
    if not noun or noun.split()[-1].lower() in fig.subject.lower():
        return ""  # no noun phrase, or the subject read names it already
    if fig.kind == "money":
        return f"cost of {noun}"
    return f"validity of {noun}" if m.group(2) == "valid" else f"term of {noun}"


# A bare count after "holds" or "number(s)" whose doer stands before a comma-set phrase ("The
# district jail, built for 800 inmates, now holds 2,100"; "Mountain gorillas, once down to a few
# hundred, now number 1,063"; "the prison on Center Street, built in 1934, which now holds 1,538").
RE_HELD_COUNT = re.compile(
    rf"((?:[A-Za-z][\w'’.-]*[ \t]+){{0,6}}[A-Za-z][\w'’.-]*),[^;:()\n]{{3,90}},[ \t]+(?:which[ \t]+)?"
    rf"(?:now[ \t]+|still[ \t]+|today[ \t]+)?(hold|holds|number|numbers|total|totals)[ \t]+{HEDGE}\Z"
)
HELD_REACH = 160
RE_HELD_TAIL = re.compile(rf"(?:hold|number|total)s?[ \t]+{HEDGE}\Z")  # its end, looked for first


def _held_count(body: str, fig: Figure, s_start: int) -> str:
    """The subject of a bare count after "holds" or "number(s)" past a comma-set phrase (above), or ""."""
    lo = max(s_start, fig.start - HELD_REACH)
    if RE_HELD_TAIL.search(body, lo, fig.start) is None:
        return ""
    m = RE_HELD_COUNT.search(body, lo, fig.start)
    held = bare_subject_of(fig.subject).lower()
    if m is None or held not in ("", m.group(2), "number") and held in body[m.start() : fig.start].lower():
        return ""  # the subject read names a thing of the clause
    first = body[m.start(1) : m.end(1)]
    noun = _noun_phrase_end(first.split(" on ")[0] if " on " in first else first)
    if not noun or noun.lower() in PRONOUNS:
        return ""
    return f"people held at {noun}" if m.group(2).startswith("hold") and fig.unit == "people" else noun


# A subject read as the tail of a list that modifies the noun before it ("Port revenue from
# berthing fees, pilotage and storage charges reached 2.4 billion shillings"): that noun, the head.
RE_LIST_MODIFIED = re.compile(
    r"((?:[A-Za-z][\w'’-]*[ \t]+){0,3}[A-Za-z][\w'’-]*)[ \t]+(?:from|of|on|for)[ \t]+[^,;:()\n\d]{1,40}"
    r"(?:,[ \t]+[^,;:()\n\d]{1,40}){0,4},[ \t]+\Z"
)
LIST_MODIFIED_REACH = 160
RE_COMMA_TAIL = re.compile(r",[ \t]+\Z")  # its end, looked for first


def _list_head(body: str, fig: Figure, s_start: int) -> str:
    """The head noun of a subject read as the tail of a list modifying it (above), or ""."""
    bare = bare_subject_of(fig.subject)
    at = body.rfind(bare, max(s_start, fig.start - LIST_MODIFIED_REACH), fig.start)
    if at < 0:
        return ""
    lo = max(s_start, at - LIST_MODIFIED_REACH)
    if RE_COMMA_TAIL.search(body, lo, at) is None:
        return ""
    m = RE_LIST_MODIFIED.search(body, lo, at)
    if m is None:
        return ""
    head = _noun_phrase_end(m.group(1))
    return head if head and head.lower() not in PRONOUNS else ""


# A bare count in a list of counts, followed by one word before the next count ("found 2,305 zebra,
# 1,620 topi and 96 elephants."): that word is the thing counted (a plural without an "s").
# The list must end on a count of a plural noun alone ("... and 96 elephants."): one of
# "870,000 prepaid and 410,000 pay-monthly customers" or "3,690 inbound and 3,722 outbound" shares a noun.
RE_LIST_MEMBER_NOUN = re.compile(
    r"[ \t]+([a-z]{3,})(?=(?:,[ \t]+\d[\d,.]*[ \t]+[a-z]{3,}){0,8},?[ \t]+and[ \t]+\d[\d,.]*[ \t]+[a-z]{2,}s[.,;:])"
)
NOT_COUNTED = frozenset(
    (*DETERMINERS, *PREPOSITIONS, *TIME_NAMES, "and", "or", "but", "more", "less", "each")
)


def _list_member_noun(body: str, fig: Figure) -> str:
    """The subject of a bare count followed by one word in a list of counts (above), or ""."""
    m = RE_LIST_MEMBER_NOUN.match(body, fig.end)
    if m is None or m.group(1) in NOT_COUNTED or m.group(1).lower() in fig.subject.lower():
        return ""
    return m.group(1)


def _weak(subject: str) -> bool:
    """A subject that names nothing but a dimension, a rate's unit or a period's length."""
    bare = bare_subject_of(subject)
    return not bare or bare.lower() in DIMENSION_ONLY or bare.startswith(("per ", *UNNAMED_SPANS))


def _form_subject(
    out: list[Figure], i: int, body: str, bounds: Callable[[int], tuple[int, int]], lines: dict
) -> str:
    """The subject a figure's line or clause form gives it (above), or "": each reader is called
    only where its cue stands, the first that names something wins."""
    fig = out[i]
    kind = fig.kind
    bare = bare_subject_of(fig.subject)
    named = ""
    if _weak(fig.subject):
        if "," in body[max(0, fig.start - ITEM_LINE_REACH) : fig.start]:
            named = _item_line(body, fig, lines)
        if not named and body.startswith((" –", " —", " -"), fig.end):
            named = _dash_defined(body, fig)
        if not named and kind in LINE_ITEM_KINDS:
            named = _line_item(body, fig)
    if not named and kind in HEAD_PAST_ASIDE_KINDS:
        named = _head_past_aside(body, fig, bounds(fig.start)[0])
    if not named and kind == "other" and " from " in body[max(0, fig.start - NOUN_FROM_REACH) : fig.start]:
        named = _from_to_noun(out, i, body)
    if (
        not named
        and kind == "percent_change"
        and i
        and body.rfind(",", max(0, fig.start - 40), fig.start) >= 0
        and (fig.unit == "percent" or "percentage point" in fig.subject)
    ):
        named = _apposed_change(out, i, body, bounds(fig.start)[0])
    at = (
        not named and kind in COPULA_AT_KINDS and RE_AT_BEFORE.search(body, max(0, fig.start - 24), fig.start)
    )
    if at:
        named = _copula_at(body, fig, bounds(fig.start)[0])
    if at and not named and kind == "money" and bare.split()[:1] and bare.split()[0] in PREPOSITIONS:
        named = _traded_at(body, fig, bounds(fig.start)[0])  # "at 410 pesos on Friday": no time's price
    if not named and i and RE_OF_WHICH_BEFORE.search(body, max(0, fig.start - 40), fig.start):
        named = _of_which(out, i, body, bounds(fig.start)[0])
    if not named and kind == "count" and fig.end == fig.core[1]:
        if body.startswith(", ", fig.start - 2):
            named = _of_the_n(out, i, body, bounds(fig.start)[0])
        elif body.endswith(" with ", 0, fig.start):
            named = _name_with(out, i, body, bounds(fig.start)[0])
    if not named and kind == "other" and "(" in body[max(0, fig.start - 12) : fig.start]:
        named = _capitals_heading(body, fig)
    if not named and kind in WHOLE_KINDS and (kind != "count" or fig.end == fig.core[1]):
        before = body[max(0, fig.start - 30) : fig.start]
        if "that " in before or "which " in before:
            named = _relative_level(body, fig)
    if not named and kind == "money" and bare.lower() in PERIOD_HEADS:
        named = _copula_level(body, fig, bounds(fig.start)[0])
    if (
        not named
        and ":" in body[max(0, fig.start - YEAR_ROW_REACH) : fig.start]
        and (_weak(fig.subject) or kind == "percent_change")
    ):
        named = _year_row(body, fig)
    if (
        not named
        and kind == "duration"
        and RE_SPAN_ON.match(body, fig.end)
        and not body[bounds(fig.start)[0] : fig.start].strip(" \t\n\"“‘'")
    ):  # "Thirty years on, the office's report shows ...", "Seven years later the mill reopened":
        named = "time since then"  # the span since the time told before
    if not named and kind in WHOLE_KINDS and " and " in bare:
        named = _list_head(body, fig, bounds(fig.start)[0])
    if not named and kind in PARENTHETIC_KINDS and body.endswith("for ", 0, fig.start):
        named = _parenthetic_for(body, fig, bounds(fig.start)[0])
    if not named and kind == "count" and fig.end == fig.core[1] and body.endswith(" ", 0, fig.start):
        named = _held_count(body, fig, bounds(fig.start)[0])
    if not named and kind == "count" and fig.end == fig.core[1] and body.startswith(" ", fig.end):
        named = _list_member_noun(body, fig)
    return named


def form_subjects(figures: list[Figure], body: str, bounds: Callable[[int], tuple[int, int]]) -> list[Figure]:
    """The figures with the subjects that item lines, figures defined after a dash, changes apposed
    to a level, levels at the end of a copula's clause or after a market verb, parts after "of
    which", counts after "Of the N NOUN" or "NAME with" in a list, bracketed extents of a heading
    and levels whose subject was read as their period give them (above), read last; a conversion in
    brackets follows the amount it converts."""
    out = list(figures)
    lines: dict[int, re.Match[str] | None] = {}
    for i, fig in enumerate(out):
        if fig.kind == "date":
            continue
        named = _form_subject(out, i, body, bounds, lines)
        if named:
            out[i] = fig._replace(subject=with_labels(named, fig.subject))
        elif (
            fig.kind == "money"
            and i
            and out[i - 1].kind == "money"
            and out[i - 1].subject != figures[i - 1].subject
            and bare_subject_of(fig.subject) == bare_subject_of(figures[i - 1].subject)
            and RE_CONVERSION_GAP.fullmatch(body, out[i - 1].end, fig.start)
        ):  # "38 million pesos (about US$950,000)": the conversion of the amount renamed above
            out[i] = fig._replace(subject=with_labels(bare_subject_of(out[i - 1].subject), fig.subject))
    return out
