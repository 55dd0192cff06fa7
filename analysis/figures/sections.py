"""Subjects of figures set out in lists, label lines and diaries, read after the sentence rules:
the day or year a heading line names is the period of the figures under it ("Day one (Monday)",
"2023"), a total's label ("Daily total:", "Weekly total:") names the amount it totals, a price
that opens a clause ("At Rs. 268 I barely cover ...") restates the same price said just before,
and a figure whose sentence named nothing takes the label before its colon ("Lunch at a food
truck: $14"), the noun phrase it is apposed to ("I pay the power bill, $187.40"), the whole of a
tally ("Of the traded scrips, 201 advanced") or its own counted noun."""

from __future__ import annotations

import re
from collections.abc import Callable

from ..measures import is_length
from ..vocab import LIMITING_ADVERBS, LOSE_VERBS, MODAL_VERBS, MONTHS, WEEKDAYS
from .compose import APPROX
from .figure import Figure
from .noun_phrases import DETERMINERS, PREPOSITIONS
from .numbers import alternation
from .subjects import (
    DIMENSION_NOUNS,
    PERIOD_SUBJECT,
    QUANTITY_WORDS,
    RE_REPEAT_END,
    SAYING_WORDS,
    bare_subject_of,
    repeat_subject,
    with_labels,
)

# A heading line: a line of its own, of a few words, that is no sentence and no label line.
HEADING_WORDS = 6
# the day a heading names: its first word, or in brackets ("Day one (Monday)"); not a name that
# holds one ("3. Cyber Monday's record haul")
RE_WEEKDAY = re.compile(rf"(?:\A|\()({'|'.join(WEEKDAYS)})\b(?!['’])")
# a year heading: the year alone, or with one word before or after it ("Fiscal 2025", "2022 season")
RE_YEAR_HEADING = re.compile(r"(?:([A-Z][a-z]+) )?((?:19|20)\d\d)(?: ([a-z]+))?")
HEADING_ENDS = ".:;,!?"
RE_YEAR_IN_HEADING = re.compile(r"\b(?:1[89]|20)\d\d\b")
# what already names a period in a subject: a day, a month, a year, or a word of a day
# (a time said relative to another, "the year before", "a week earlier", is no period to add to)
RE_PERIOD_NAMED = re.compile(
    rf"\b(?:{'|'.join((*WEEKDAYS, *MONTHS))}|(?:1[89]|20)\d\d|today|tonight|yesterday|tomorrow"
    r"|years?|months?|weeks?|weekly|daily|annual|ago|earlier|later|previous|last|next|period)\b",
    re.IGNORECASE,
)


def _heading_period(line: str) -> str:
    """The period a heading line names ("Day one (Monday)" -> "on Monday", "2023" -> "in 2023",
    "Fiscal 2025" -> "in fiscal 2025", "2022 season" -> "in the 2022 season"), or ""."""
    text = line.strip()
    if not text or len(text.split()) > HEADING_WORDS or text[-1] in HEADING_ENDS or ":" in text:
        return ""
    year = RE_YEAR_HEADING.fullmatch(text)
    if year:
        before, number, after = year.groups()
        if before and before.lower() in PREPOSITIONS:
            return ""  # "In 2023": a phrase, not a heading
        if before:
            return f"in {before.lower()} {number}"
        return f"in the {number} {after}" if after else f"in {number}"
    day = RE_WEEKDAY.search(text)  # (searched: "Day one (Monday)" holds it in brackets)
    if day and not any(ch in text for ch in "$£€%"):
        dated = RE_YEAR_IN_HEADING.search(text)  # "Monday 29 November 1926": the year is the period
        return f"in {dated.group(0)}" if dated else f"on {day.group(1)}"
    return ""


def _sections(body: str) -> list[tuple[int, int, str]]:
    """(start, end, period) of each run of lines under a heading that names a day or a year: from
    the line after the heading to the next blank line (past blank lines right after the heading)
    or the next such heading."""
    found: list[tuple[int, int, str]] = []
    lines: list[tuple[int, int]] = []
    at = 0
    for text in body.split("\n"):
        lines.append((at, at + len(text)))
        at += len(text) + 1
    i = 0
    while i < len(lines):
        start, end = lines[i]
        period = _heading_period(body[start:end])
        i += 1
        if not period:
            continue
        while i < len(lines) and not body[lines[i][0] : lines[i][1]].strip():
            i += 1  # blank lines right after the heading
        first = i
        while (
            i < len(lines)
            and body[lines[i][0] : lines[i][1]].strip()
            and not _heading_period(body[lines[i][0] : lines[i][1]])
        ):
            i += 1
        if i > first:
            found.append((lines[first][0], lines[i - 1][1], period))
    return found


UNDATED_KINDS = frozenset(("date", "duration"))  # a span or an age is not of the day it is told on


def _with_period(subject: str, period: str) -> str:
    """A subject with its period added before its labels and "(repeat)"; unchanged when it names
    a period already or names nothing."""
    bare = bare_subject_of(subject)
    if not bare or RE_PERIOD_NAMED.search(bare):
        return subject
    repeat = RE_REPEAT_END.search(bare)
    core = bare[: repeat.start()] if repeat else bare
    return with_labels(f"{core} {period}{' (repeat)' if repeat else ''}", subject)


# A total's label: "total" with at most a period word ("Daily total", "Weekly total", "Grand
# total"); what it totals is the amount of the lines above it, over the period its word names.
TOTAL_WORDS = frozenset(("total", "subtotal", "sub-total"))
TOTAL_PERIODS = {"weekly": "over the week", "monthly": "over the month", "yearly": "over the year"}
TOTAL_PERIODS |= {"annual": "over the year", "daily": "", "grand": "", "overall": "", "running": ""}
RE_SPENDING = re.compile(r"\b(?:spend|spends|spent|spending)\b", re.IGNORECASE)


def _total_subject(subject: str, spending: Callable[[], bool]) -> str:
    """What a money figure under a total's label measures ("Weekly total" -> "total amount spent
    over the week" where the text speaks of spending: `spending()`), or ""."""
    bare = bare_subject_of(subject)
    words = bare.lower().split()
    if not words or words[-1] not in TOTAL_WORDS or len(words) > 2:
        return ""
    if len(words) == 2 and words[0] not in TOTAL_PERIODS:
        return ""
    period = TOTAL_PERIODS.get(words[0], "") if len(words) == 2 else ""
    named = "total amount spent" if spending() else "total amount"
    return with_labels(f"{named} {period}".strip(), subject)


# A label that opens its line or follows a sentence on it, right before the figure's colon
# ("Lunch with the crew at a food truck: $14"): longer than a factbox's label, so it is read only
# for a figure the sentence rules named nothing for.
LABEL_WORDS = 8
LABEL_REACH = 80  # characters back from a figure read for its label
# (a short code may come between the colon and the figure: "Salary: Grade R24, EC$7,412 - ...")
RE_LABEL_BEFORE = re.compile(
    r"(?:^|\n|[.!?] )[ \t]*([A-Z][A-Za-z'’ -]{1,60}?):[ \t]*(?:[A-Z][A-Za-z]*[ \t]+[A-Z]?\d+,[ \t]*)?\Z"
)

# A noun phrase a figure is apposed to after a verb or at a list line's start ("I pay the power
# bill, $187.40", "- Manage the water section's capital programme, EC$3.8 million in 2026/27").
APPOSED_WORDS = 6
APPOSED_REACH = 80  # characters back from a figure read for the noun phrase
APPOSED_DETERMINERS = "the|my|his|her|their|our|its|your"
RE_APPOSED_BEFORE = re.compile(
    rf"(?:^|(?<=\s))([A-Za-z'’-]+\s+)?(?i:{APPOSED_DETERMINERS})\s+((?:[A-Za-z'’-]+\s+){{0,{APPOSED_WORDS - 1}}}[A-Za-z'’-]+),[ \t]+(?:(?:about|some|nearly|around|roughly|almost)[ \t]+)?\Z"
)
RE_APPOSED_AFTER = re.compile(r"\s*(?:[,.;)\n]|\Z|\s(?:in|for|a|an|per|each|and)\b|\s[a-z]+(?:ed|wn)\b)")
# a measure's subject that names only its dimension ("volume"), which the apposed noun names better
DIMENSION_ONLY = DIMENSION_NOUNS | QUANTITY_WORDS
PERIOD_HEADS = frozenset("year years month months week weeks day days quarter period time season".split())
APPOSED_KINDS = frozenset(("money", "other"))

# The whole a tally's sentence opens with ("Of the traded scrips, 201 advanced, 92 declined and 16
# remained unchanged"; "Among the companies, 57 closed higher"): each bare count is a part of it.
RE_TALLY_WHOLE = re.compile(
    r"\W*(?:Of|Among)\s+(?:the\s+|its\s+|their\s+|(?=these\s|those\s))([A-Za-z'’ -]{3,60}?),\s"
)  # ("Of those held, six are Moroccan": "those held", the determiner that is all its noun kept)
TALLY_WORDS = 4
RE_PREDICATE = re.compile(r"\s+([a-z][a-z' -]*?)(?=\s*(?:[,;.:()\n]|\Z|\sand\s|\sbut\s|\swhile\s))")

# A count after "a further", "another", "an additional" or "an extra" is followed by its noun
# ("A further 86 erven on the block ... will be set aside"), which names what it counts.
RE_FURTHER_BEFORE = re.compile(r"\b(?:[Aa] further|[Aa]nother|[Aa]n additional|[Aa]n extra)\s+\Z")
RE_NOUN_AFTER = re.compile(r"\s+([a-z][a-z'’-]{2,})\b(?<!ed)")  # no verb: "A further 19 tested positive"
NOT_NOUNS = frozenset("were are was is will would have has had can could may might did do".split())
# a counted noun's deed in the passive after it ("86 erven ... will be set aside for members")
RE_PASSIVE_DEED = re.compile(
    r"[^.;:\n]{0,60}?\b(?:will be|would be|were|was|are|is|have been|has been|had been)\s+"
    r"((?:[a-z]+(?:ed|en)|set|put|held|kept|sold|built|paid|made|left)(?:\s+(?:aside|off|up|out|back))?"
    r"(?:\s+(?:for|to|as)\s+[A-Za-z'’ -]{1,60}?)?)(?=[,.;:\n]|\Z|\s(?:who|which|that|and|with)\b)"
)

# A price that opens a sentence or a quote after "At" ("At Rs. 268 I barely cover fertiliser"):
# the same amount said a little before, restated.
RE_AT_OPENING = re.compile(r"(?:\A|[.!?]\s+|[\"“‘(]\s*)At\s+\Z")
AT_REPEAT_REACH = 600  # characters back from such a price to the amount it restates


def _label_before(body: str, fig: Figure) -> str:
    """The label before a figure's colon on its line ("Lunch with the crew at a food truck"), or ""."""
    lo = max(0, fig.start - LABEL_REACH)  # (read in a window: a long line holds many figures)
    line = body.rfind("\n", lo, fig.start)
    m = RE_LABEL_BEFORE.search(body, line if line >= 0 else lo, fig.start)
    if m is None:
        return ""
    label = m.group(1).strip()
    return label if len(label.split()) <= LABEL_WORDS else ""


def _apposed_noun(body: str, fig: Figure) -> str:
    """The noun phrase a money or measured figure is apposed to (above), or ""."""
    if fig.kind not in APPOSED_KINDS or not RE_APPOSED_AFTER.match(body, fig.end):
        return ""
    lo = max(0, fig.start - APPOSED_REACH)
    m = RE_APPOSED_BEFORE.search(body, body.rfind("\n", lo, fig.start) + 1 or lo, fig.start)
    if m is None:
        return ""
    opener = (m.group(1) or "").strip().lower()
    if opener in PREPOSITIONS or opener in DETERMINERS:
        return ""  # "For the year, $4.2 billion": a time or place phrase, not an object
    named = m.group(2)
    last = named.split()[-1].lower()
    if last in PERIOD_HEADS or last in PREPOSITIONS or last in SAYING_WORDS:
        return ""  # "the company said, $4bn": no noun phrase
    return named


def _tally_part(body: str, fig: Figure, s_start: int) -> str:
    """A bare count's subject as a part of the whole its tally's sentence opens with (above), or ""."""
    if fig.kind != "count" or fig.end != fig.core[1]:
        return ""  # a count with its own noun names it
    whole = RE_TALLY_WHOLE.match(body, s_start, fig.start)
    if whole is None or any(ch.isdigit() for ch in whole.group(1)):
        return ""
    named = whole.group(1).strip()
    deed = RE_PREDICATE.match(body, fig.end)
    words = deed.group(1).split() if deed else []
    if words and len(words) <= TALLY_WORDS:
        return f"{named} that {' '.join(words)}"
    return named


def _counted_noun(body: str, fig: Figure) -> str:
    """A count's own noun, or the noun after "a further N" (above), with its passive deed after
    it ("erven set aside for members of ..."), or ""."""
    if fig.kind != "count":
        return ""
    end = fig.end
    noun = " ".join(body[fig.core[1] : end].split())
    if noun and (not noun[0].isalpha() or any(ch.isdigit() for ch in noun)):
        return ""  # "a 6 to 3 ruling": a pair, not a noun
    if not noun:
        after = RE_NOUN_AFTER.match(body, end)
        if (
            after is None
            or after.group(1) in NOT_NOUNS
            or not RE_FURTHER_BEFORE.search(body, max(0, fig.start - 16), fig.start)
        ):
            return ""
        noun, end = after.group(1), after.end()
    deed = RE_PASSIVE_DEED.match(body, end)
    return f"{noun} {deed.group(1)}" if deed else noun


def _restated_price(figures: list[Figure], i: int, body: str) -> str:
    """The subject of the same amount said a little before a price opening a clause with "At"
    (above), marked a repeat, or ""."""
    fig = figures[i]
    if (
        fig.kind != "money"
        or "(repeat)" in fig.subject
        or not RE_AT_OPENING.search(body, max(0, fig.start - 6), fig.start)
    ):
        return ""
    for earlier in reversed(figures[:i]):
        if earlier.start < fig.start - AT_REPEAT_REACH:
            break
        if earlier.kind == "money" and earlier.unit == fig.unit and earlier.value == fig.value:
            named = RE_REPEAT_END.sub("", bare_subject_of(earlier.subject))
            return repeat_subject(earlier.subject, fig.subject) if named else ""
    return ""


LABEL_LINE_REACH = 200  # characters after a label line's first figure read for the rest of its line
# A count's noun followed by the name it belongs to ("3.2 million units of Himal Cement", "2,000
# residents of Lagos"): the name is part of what it counts; the group it was named by before ("the
# initial public offering of ...") says where they are.
# (a name that owns the next noun is no owner of the count: "Five members of NATO's staff")
RE_NAMED_OWNER_AFTER = re.compile(r"\s+of\s+((?:[A-Z][\w&-]*[ \t]+){0,3}[A-Z][\w&-]*)(?![\w'’])")


def _owned_count(body: str, fig: Figure) -> str:
    """What a count with its noun and the name after it counts (above), or ""."""
    noun = body[fig.core[1] : fig.end].strip()
    if fig.kind != "count" or not noun.isalpha() or not noun.islower() or not noun.endswith("s"):
        return ""
    owner = RE_NAMED_OWNER_AFTER.match(body, fig.end)
    if owner is None or owner.group(1) in fig.subject:
        return ""
    held = bare_subject_of(fig.subject)
    named = f"{noun} of {owner.group(1)}"
    of_held = (
        held
        and held != noun
        and re.search(rf"\b{re.escape(held)}\s+of\s+\Z", body[max(0, fig.start - 80) : fig.start])
    )
    return f"{named} in the {held}" if of_held else named


# A label line's amount followed by what is left of it ("Debt: $4,300 left on my car loan"): the
# label with that phrase.
RE_LEFT_AFTER = re.compile(
    r"\s+((?:left|remaining|outstanding|owing)\s+(?:on|in|to|under)\s+[^,.;:()\n]{3,40})"
)
RE_LINE_LABEL_ONLY = re.compile(r"(?:\A|\n)[ \t]*([A-Z][A-Za-z ]{0,30}):[ \t]*\Z")


def _left_on(body: str, fig: Figure) -> str:
    """A label line's amount with what it is left on (above), or ""."""
    if fig.kind != "money":
        return ""
    left = RE_LEFT_AFTER.match(body, fig.end)
    label = RE_LINE_LABEL_ONLY.search(body, max(0, fig.start - 40), fig.start) if left else None
    if label is None or label.group(1) != bare_subject_of(fig.subject):
        return ""
    return with_labels(f"{label.group(1)} {left.group(1).strip()}", fig.subject)


RE_UNIT_NOTE = re.compile(r"\(unit: ([^)]+)\)")
RE_PER_NOTE = re.compile(r"\s*\(per [^)]+\)")


def _label_line_units(figures: list[Figure], body: str) -> list[Figure]:
    """Figures after the first on a label line ("Gas on the way home: 8.2 gallons at $5.19 a
    gallon, $42.56") whose subject names only the first one's unit ("gallons") take its label."""
    out = list(figures)
    for i, fig in enumerate(out):
        noted = RE_UNIT_NOTE.search(fig.subject)
        label = bare_subject_of(fig.subject)
        if noted is None or not label or body[fig.start - 2 : fig.start].strip() != ":":
            continue
        line_end = body.find("\n", fig.end, fig.end + LABEL_LINE_REACH)
        line_end = min(len(body), fig.end + LABEL_LINE_REACH) if line_end < 0 else line_end
        unit = noted.group(1).lower()
        for j in range(i + 1, len(out)):
            later = out[j]
            if later.start >= line_end:
                break
            bare = RE_PER_NOTE.sub("", bare_subject_of(later.subject)).strip().lower()
            if bare and bare == unit:
                out[j] = later._replace(subject=with_labels(label, later.subject))
    return out


def listed_subjects(
    figures: list[Figure], body: str, bounds: Callable[[int], tuple[int, int]]
) -> list[Figure]:
    """The figures with the subjects that lists, label lines, totals and headings give them
    (module docstring); `bounds` gives the span of the sentence around an offset."""
    out = list(figures)
    read: list[bool] = []  # whether the text speaks of spending, read when a total first asks

    def spending() -> bool:
        if not read:
            read.append(RE_SPENDING.search(body) is not None)
        return read[0]

    for i, fig in enumerate(out):
        if fig.kind == "date":
            continue
        subject = fig.subject
        restated = _restated_price(out, i, body)
        if restated:
            subject = restated
        elif fig.kind == "other" and bare_subject_of(subject).lower() in DIMENSION_ONLY:
            apposed = _apposed_noun(body, fig)  # "the island's water supply, about 1.1 million gallons a day"
            subject = with_labels(apposed, subject) if apposed else subject
        elif not bare_subject_of(subject):
            subject = with_labels(
                _label_before(body, fig)
                or _apposed_noun(body, fig)
                or _tally_part(body, fig, bounds(fig.start)[0])
                or _counted_noun(body, fig),
                subject,
            )
        elif (
            fig.kind == "count"
            and RE_FURTHER_BEFORE.search(body, max(0, fig.start - 16), fig.start)
            and (counted := _counted_noun(body, fig)).startswith(bare_subject_of(subject) + " ")
        ):
            subject = with_labels(counted, subject)  # "A further 86 erven ... set aside for ..."
        elif fig.kind == "money":
            subject = _total_subject(subject, spending) or _left_on(body, fig) or subject
        elif owned := _owned_count(body, fig):
            subject = with_labels(owned, subject)
        if subject != fig.subject:
            out[i] = fig._replace(subject=subject)
    if ":" in body:
        out = _label_line_units(out, body)
    i = 0
    for start, end, period in _sections(body) if "\n" in body else []:
        while i < len(out) and out[i].core[0] < start:
            i += 1  # (figures and sections both in text order: one walk)
        while i < len(out) and out[i].core[0] < end:
            fig = out[i]
            if fig.kind not in UNDATED_KINDS and "of age)" not in fig.subject:
                out[i] = fig._replace(subject=_with_period(fig.subject, period))
            i += 1
    return court_subjects(desk_subjects(out, body, bounds), body, bounds)


# --- Subjects on commodity, market and local desks, read after the sentence rules ---

# A place that opens a sentence ("In the Centre and South regions, buyers paid ..."): where the
# prices, measures and changes of that sentence were taken.
RE_PLACE_OPENING = re.compile(
    r"\s*In\s+(the\s+)?((?:[A-Z][\w'’-]+)(?:(?:\s+and\s+|,\s+|\s+)[A-Z][\w'’-]+){0,4}"
    r"(?:\s+(?:regions?|provinces?|districts?|counties|county|states?|areas?|markets?))?),\s"
)
PLACE_KINDS = frozenset(("money", "other"))
NOT_PLACES = frozenset((*WEEKDAYS, *MONTHS, "Addition", "Total", "Short", "Brief", "Fact", "General"))
PLACE_OPENING_REACH = 120  # characters from a sentence's start read for its opening place


def _place_opening(body: str, s_start: int) -> str:
    """The place a sentence opens with ("the Centre and South regions"), or ""."""
    m = RE_PLACE_OPENING.match(body[s_start : s_start + PLACE_OPENING_REACH])
    if m is None or m.group(2).split()[0] in NOT_PLACES:
        return ""
    return f"{m.group(1) or ''}{m.group(2)}"


PRICE_WORD_REACH = 120  # characters back from a price read for the word that names it
RE_PRICE_WORD = re.compile(r"\b([Pp]rices?|[Rr]ates?|[Ff]ees?|[Ff]ares?)\b")


def _in_place(subject: str, place: str, kind: str, body: str, s_start: int, start: int) -> str:
    """A subject with the place its sentence opens with, or "" when it names it already."""
    bare = bare_subject_of(subject)
    names = [w for w in re.findall(r"[A-Z][\w'’-]+", place) if w.lower() not in ("and", "the")]
    if any(name.lower() in bare.lower() for name in names):
        return ""
    if not bare:
        priced = (
            RE_PRICE_WORD.search(body, max(s_start, start - PRICE_WORD_REACH), start)
            if kind == "money"
            else None
        )
        if priced is None:
            return ""
        bare = priced.group(1).lower()  # "prices ranged from XAF4,900 to XAF5,200"
    return with_labels(f"{bare} in {place}", subject)


# A share of work done ("was 68 per cent complete"): the share of the work completed on the thing
# the clause is about, when it stands right before its verb ("the new bypass is now 72% complete").
RE_COMPLETE_AFTER = re.compile(
    r"\s+(?:complete|completed|finished|done|built)(?=\s*[,.;:)\n]|\s*\Z|\s+(?:by|and|with|as|so|but|at|when|according)\b)"
)
RE_COMPLETED_THING = re.compile(
    r"\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+([A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,3}?)\s+(?:is|was|are|were)"
    r"(?:\s+(?:now|about|nearly|almost|roughly|some|only|just|already|over|more\s+than))*\s+\Z"
)
NOT_THINGS = PREPOSITIONS | {"off", "behind", "ahead", "about", "only", "now", "just"}
COMPLETE_REACH = 80  # characters back from a share of work read for the thing it is done on

# A span after a perfect ("Marcia Gayle, 58, who has sold yam in the town for 31 years"): the
# time the doer has done it; the doer is the name or pronoun before the verb.
RE_PERFECT_FOR = re.compile(r"\b(has|have|had)\s+([a-z][a-z'’-]*(?:\s+[^\s,.;:()\n]+){2,12}?)\s+for\s+\Z")
RE_DOER_BEFORE = re.compile(
    r"(?:\b((?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+)(?:,\s+\d{1,3})?,\s+who\s+"
    r"|\b(he|she|they|we|I|He|She|They|We)\s+|\b((?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+)\s+)\Z"
)
PERFECT_REACH = 160  # characters back from a span read for its perfect

# A price in brackets after an animal's weight ("Heifers sold to £2,240 for 700kg (£320)"): the
# price by weight of the same sale, whose subject the price before the weight names.
RE_BRACKET_AFTER_WEIGHT = re.compile(r"\s*\(\s*\Z")

# An age phrase named as what earned ("Bull calves under six weeks old made up to £495" read
# as "earnings of six weeks old"): the animals the age describes made that price.
RE_AGED_SELLERS = re.compile(
    r"\b([A-Za-z][a-z'’-]+(?:\s+[a-z][a-z'’-]+)?)\s+(?:under|over|aged|of)\s+[\w-]+\s+"
    r"(?:weeks?|months?|years?|days?)\s+old\s+(?:made|sold|fetched|realised|realized)\s+(up\s+to\s+|to\s+)?\Z"
)
AGED_REACH = 90

# A measure named in a unit ("capacity measured in available seat kilometres rose to 5.91
# billion"): the noun before "measured" is what the figures of that clause measure.
RE_MEASURED_NOUN = re.compile(r"\b([A-Za-z][a-z-]+)\s+(?:measured|expressed)\s+in\b")
MEASURED_REACH = 160  # characters back from a figure read for "capacity measured in"

# A weight or volume that names only its dimension, followed by a participle ("for 208.3 mn kg
# shipped", "with 6.05 mn kg catalogued"): what was shipped or catalogued; the material is that of
# the last figure in the same unit said with "of" ("214.6 mn kg of made tea").
RE_PARTICIPLE_AFTER = re.compile(r"\s+([a-z]+ed)\b(?!\s+(?:by|to|from)\b)")
RE_MATERIAL_AFTER = re.compile(r"\s+of\s+((?:[a-z][a-z-]+\s+){0,2}[a-z][a-z-]+)\b")
NOT_MATERIAL = PREPOSITIONS | {"and", "or", "was", "were", "is", "are", "this", "that"}
MATERIAL_REACH = 900  # characters back to the figure whose material is carried

# A change "N% higher than at the opening of the season": the level of the clause's subject since
# that time (a pronoun stands for its sentence's first noun: "Prices are still far below the
# record ..., but they are almost 40% higher").
RE_HIGHER_THAN = re.compile(
    r"\s+(higher|lower|more|less|up|down)(?:\s+([a-z]{3,}))?\s+than\s+(?:at|in|on|during)\s+"
    r"((?:the\s+)?[^,.;:()\n]{3,60}?)(?=\s*[,.;:(\n]|\s+(?:when|as|and|but|on)\b)"
)
RE_LEVEL_BEFORE = re.compile(
    r"\b([A-Za-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,2})\s+(?:are|is|were|was|stand|stood|now|still)"
    r"(?:\s+(?:now|still|almost|nearly|about|around|some|roughly|more\s+than))*\s+\Z"
)
RE_FIRST_NOUN = re.compile(
    r"\s*((?:[A-Z][\w'’-]*)(?:\s+[a-z][\w'’-]*){0,2}?)\s+(?:are|is|were|was|have|has)\b"
)
PRONOUNS = frozenset(("they", "it", "these", "those", "this"))
CONJUNCTIONS = frozenset(("but", "and", "while", "yet", "so", "as", "although", "though"))


def _completed_share(body: str, fig: Figure) -> str:
    """A share of work completed (above), or ""."""
    if fig.kind != "percentage_share" or not RE_COMPLETE_AFTER.match(body, fig.end):
        return ""
    thing = RE_COMPLETED_THING.search(body, max(0, fig.start - COMPLETE_REACH), fig.start)
    if thing:
        return f"share of work on the {thing.group(1)} completed"
    held = bare_subject_of(fig.subject)  # a thing the sentence rules named ("railway") is kept
    if not held or held.split()[0].lower() in NOT_THINGS:  # a word they left ("off") is not
        return "share of work completed"
    return ""


def _perfect_span(body: str, fig: Figure, s_start: int) -> str:
    """The time a doer has done what a perfect says (above), or ""."""
    if fig.kind != "duration":
        return ""
    lo = max(s_start, fig.start - PERFECT_REACH)
    perfect = RE_PERFECT_FOR.search(body, lo, fig.start)
    if perfect is None:
        return ""
    deed = perfect.group(2)
    if deed.split()[0] == "been" and len(deed.split()) < 3:
        return ""  # "has been jailed for five years": a term, not a time spent doing
    doer = RE_DOER_BEFORE.search(body, max(s_start, perfect.start() - 60), perfect.start())
    if doer is None:
        return ""
    who = doer.group(1) or doer.group(3) or doer.group(2).lower()
    return f"time {who} {perfect.group(1)} {deed}"


def _price_by_weight(out: list[Figure], i: int, body: str) -> str:
    """The subject of a bracketed price after an animal's weight (above), or ""."""
    fig = out[i]
    if fig.kind != "money" or i < 2 or body[fig.start - 1 : fig.start] != "(":
        return ""
    weight, price = out[i - 1], out[i - 2]
    if (
        weight.kind != "other"
        or bare_subject_of(weight.subject).lower() not in DIMENSION_ONLY
        or body[weight.end : fig.start].strip() != "("
        or price.kind != "money"
        or price.unit != fig.unit
        or fig.start - price.end > 40
    ):
        return ""
    sold = bare_subject_of(price.subject)
    sold = re.sub(r"\s+for\s+[\d.,]+\s*\w+\Z", "", sold)
    return f"price by weight of {sold}" if sold else ""


def _aged_sellers(body: str, fig: Figure) -> str:
    """The price animals of an age made (above), or ""."""
    if fig.kind != "money":
        return ""
    lo = max(0, fig.start - AGED_REACH)
    if body.find("old", lo, fig.start) < 0:
        return ""  # (the cheap test first: RE_AGED_SELLERS opens with a word boundary)
    aged = RE_AGED_SELLERS.search(body, lo, fig.start)
    if aged is None:
        return ""
    return f"{'top price' if aged.group(2) and aged.group(2).startswith('up') else 'price'} for {aged.group(1).lower()}"


def _measured_noun(body: str, fig: Figure, s_start: int) -> str:
    """What a figure measured in a named unit measures (above), or ""."""
    if not bare_subject_of(fig.subject).startswith("measured "):
        return ""
    m = RE_MEASURED_NOUN.search(body, max(s_start, fig.start - MEASURED_REACH), fig.start)
    return with_labels(m.group(1).lower(), fig.subject) if m else ""


def _participle_measure(out: list[Figure], i: int, body: str) -> str:
    """What a bare weight or volume with a participle after it measures (above), or ""."""
    fig = out[i]
    bare = bare_subject_of(fig.subject).lower()
    if fig.kind != "other" or bare.rpartition(" ")[2] not in DIMENSION_ONLY:
        return ""  # ("weight", or words the sentence rules left before it: "sales brought weight")
    deed = RE_PARTICIPLE_AFTER.match(body, fig.end)
    if deed is None:
        return ""
    material = "quantity"
    for earlier in reversed(out[max(0, i - 12) : i]):
        if earlier.start < fig.start - MATERIAL_REACH:
            break
        if earlier.kind == "other" and earlier.measure == fig.measure:
            of = RE_MATERIAL_AFTER.match(body, earlier.end)
            words = of.group(1).split() if of else []
            cut = next(
                (k for k, w in enumerate(words) if w in NOT_MATERIAL or RE_PERIOD_NAMED.fullmatch(w)),
                len(words),
            )
            if cut:
                material = " ".join(words[:cut])
                break
    return with_labels(f"{material} {deed.group(1)}", fig.subject)


def _higher_than(body: str, fig: Figure, s_start: int) -> str:
    """A percent change against a past time (above), or ""."""
    if fig.kind != "percent_change":
        return ""
    than = RE_HIGHER_THAN.match(body, fig.end)
    if than is None:
        return ""
    level = RE_LEVEL_BEFORE.search(body, max(s_start, fig.start - 60), fig.start)
    words = level.group(1).split() if level else []
    while words and words[0].lower() in CONJUNCTIONS:
        words = words[1:]
    thing = " ".join(words)
    if words and words[-1].lower() in PRONOUNS:
        first = RE_FIRST_NOUN.match(body, s_start, fig.start)
        thing = first.group(1) if first else ""
        thing = thing[0].lower() + thing[1:] if thing[1:2].islower() else thing  # the sentence's first word
    if than.group(2):
        thing = than.group(2)  # "30 per cent more garbage than in 2019"
    if not thing:
        return ""
    change = "increase" if than.group(1) in ("higher", "more", "up") else "decrease"
    return f"{change} in {thing} since {than.group(3)}"


# A price per unit named by its deed ("traders offered XAF4,050 per kg", "sum paid by buyers"): a price.
RE_PRICE_DEED = re.compile(
    r"(?:sum\s+(paid\b.*)|([A-Za-z][\w'’-]*\s+(?:offered|paid|bid|quoted|asked|charged)))\Z"
)


def _price_paid(subject: str) -> str:
    """A per-unit price's subject that names only its deed, as a price (above), or ""."""
    deed = RE_PRICE_DEED.match(bare_subject_of(subject))
    if deed is None:
        return ""
    return with_labels(f"price {deed.group(1) or deed.group(2)}", subject)


def desk_subjects(figures: list[Figure], body: str, bounds: Callable[[int], tuple[int, int]]) -> list[Figure]:
    """The figures with the subjects that commodity, market and local reports give them (above)."""
    out = list(figures)
    for i, fig in enumerate(out):
        if fig.kind == "date":
            continue
        s_start = bounds(fig.start)[0]
        named = (
            _price_by_weight(out, i, body)
            or _participle_measure(out, i, body)
            or _measured_noun(body, fig, s_start)
            or _perfect_span(body, fig, s_start)
            or _completed_share(body, fig)
            or _aged_sellers(body, fig)
            or _higher_than(body, fig, s_start)
        )
        subject = with_labels(named, fig.subject) if named else fig.subject
        if fig.kind == "money" and "(per " in subject:
            subject = _price_paid(subject) or subject
        if fig.kind in PLACE_KINDS and (place := _place_opening(body, s_start)):
            subject = _in_place(subject, place, fig.kind, body, s_start, fig.start) or subject
        if subject != fig.subject:
            out[i] = fig._replace(subject=subject)
    return out


# --- Subjects in courts, politics, tenders, science and port copy, read after the desk rules ---

# an approximation word (vocab.APPROX_WORDS) and its space, if any, between the words a rule reads
# and a figure, whose quote starts after it ("the Col du Galibier, at about 2,642 metres"); and the
# same or a limiting adverb (vocab.LIMITING_ADVERBS: "a majority of just 412 votes")
HEDGE = rf"(?:(?:{APPROX})[ \t]+)?"
HEDGE_OR_LIMIT = rf"(?:(?:{APPROX}|{alternation(LIMITING_ADVERBS)})[ \t]+)?"

# A vessel's length in a port list: "Seaboard Pride (Liberia), container ship, 148 m" is the
# length of the named ship (its flag in brackets, its type between commas).
RE_VESSEL_BEFORE = re.compile(
    r"([A-Z][\w'’.-]*(?:[ \t]+[A-Z0-9][\w'’.-]*){0,4})[ \t]*\([A-Z][^()\n]{1,40}\),[ \t]*"
    r"(?:([a-z][a-z -]{2,30}),[ \t]*)?\Z"
)
VESSEL_REACH = 120  # characters back from a length read for the ship's name and flag
# A named place and its height: "the Port d'Envalira pass, which climbs to 2,408 metres", "the
# Col du Galibier, at 2,642 metres" (the last "the" before the comma opens the place's name).
RE_PLACE_HEIGHT_BEFORE = re.compile(
    r"\b[Tt]he[ \t]+((?:(?![Tt]he\b)[\w'’-]+[ \t]+){0,5}[\w'’-]+),[ \t]+"
    r"(?:at|which[ \t]+(?:climbs|rises|stands|sits)[ \t]+(?:to|at)|rising[ \t]+to|standing[ \t]+at)"
    rf"[ \t]+{HEDGE}\Z"
)
HEIGHT_REACH = 110
RE_CONVERSION_OPEN = re.compile(r"\s*\(\s*\Z")
RE_UP_DOWN_FROM_GAP = re.compile(r"\s*,\s+(?:up|down)\s+from\s+")


def _vessel_length(body: str, fig: Figure) -> str:
    """The length of a ship named before it in a port list (above), or ""."""
    if not is_length(fig.measure):
        return ""
    ship = RE_VESSEL_BEFORE.search(body, max(0, fig.start - VESSEL_REACH), fig.start)
    if ship is None:
        return ""
    kind = f"{ship.group(2)} " if ship.group(2) else ""
    return f"length of the {kind}{ship.group(1)}"


def _place_height(body: str, fig: Figure, s_start: int) -> str:
    """The height of a named place a length is set after (above), or ""."""
    if not is_length(fig.measure):
        return ""
    place = RE_PLACE_HEIGHT_BEFORE.search(body, max(s_start, fig.start - HEIGHT_REACH), fig.start)
    if place is None or not any(w[:1].isupper() for w in place.group(1).split()):
        return ""  # a named place only ("the Col du Galibier"), not "the road, at 40 metres"
    return f"height of the {place.group(1)}"


# Votes: "a majority of 412 votes" is the winning majority; "won 42.8 percent" after a candidate
# (no "of" a thing after it but the vote) is a vote share; "by a combined 143 votes" after a verb
# of losing is the losing margin.
RE_MAJORITY_BEFORE = re.compile(rf"\bmajority[ \t]+of[ \t]+{HEDGE_OR_LIMIT}\Z")
RE_VOTES_AFTER = re.compile(r"[ \t]*votes?\b")
RE_POLLED_BEFORE = re.compile(rf"\b(?:won|polled|secured|garnered)[ \t]+{HEDGE_OR_LIMIT}\Z")
RE_SHARE_END_AFTER = re.compile(
    r"[ \t]*(?:[,.;)]|\Z|of[ \t]+the[ \t]+(?:popular[ \t]+)?(?:vote|votes|ballots)\b)"
)
RE_BY_COMBINED_BEFORE = re.compile(r"\bby[ \t]+an?[ \t]+(?:combined|total|narrow|slim|mere)[ \t]+\Z")
RE_LOST_BEFORE = re.compile(rf"\b(?:{alternation(LOSE_VERBS | {'defeated', 'beaten', 'rejected'})})\b")
VOTE_REACH = 80


def _vote_subject(body: str, fig: Figure, bounds: Callable[[int], tuple[int, int]]) -> str:
    """A winning majority, a vote share or a combined margin (above), or ""; its sentence's start
    (`bounds`) read only when a vote's word stands after the figure or it is a percent."""
    if fig.kind == "count" and RE_VOTES_AFTER.match(body, fig.core[1]):
        lo = max(bounds(fig.start)[0], fig.start - VOTE_REACH)
        if RE_MAJORITY_BEFORE.search(body, lo, fig.start):
            return "winning majority in votes"
        combined = RE_BY_COMBINED_BEFORE.search(body, lo, fig.start)
        if combined:
            lost = RE_LOST_BEFORE.search(body, lo, combined.start())
            return f"{'losing' if lost else 'winning'} margin in votes"
        return ""
    if (
        fig.unit == "percent"
        and RE_POLLED_BEFORE.search(body, max(bounds(fig.start)[0], fig.start - 24), fig.start)
        and RE_SHARE_END_AFTER.match(body, fig.end)
    ):
        return "vote share"
    return ""


# Money after a verb whose object it is, when the sentence rules named it only by the phrase after
# ("diverted Sh1.46 billion through 212 vouchers": "through 212 ..." names no thing): the money
# the verb moved, with that phrase ("money diverted through 212 vouchers"); not "an estimated".
RE_MOVED_BEFORE = re.compile(r"(?<![Aa]n )(?<![Tt]he )\b([a-z]{3,}ed)[ \t]+\Z")
MOVED_REACH = 24
# the phrase after such money that names no thing: its route ("through 212 vouchers", "via a
# shell company") or the place it went ("to two plots", "into the market"), not a purpose
RE_ROUTE_OR_PLACE = re.compile(
    r"(?:through|via)\s|(?:to|into)\s+(?:an?|the|its|their|his|her|\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten)\s"
)


def _money_moved(body: str, fig: Figure) -> str:
    """Money named by the verb before it (above), or ""."""
    if fig.kind != "money":
        return ""
    held = bare_subject_of(fig.subject)
    if not RE_ROUTE_OR_PLACE.match(held):
        return ""  # ("pledged $5m to rebuild the school", "for roads": a purpose, as named)
    verb = RE_MOVED_BEFORE.search(body, max(0, fig.start - MOVED_REACH), fig.start)
    return f"money {verb.group(1)} {held}" if verb else ""


# A threshold said in an apposition after the figure: "losses above 30 percent, the threshold for
# compensation." (the figure after a word of comparison, the apposition closing the sentence).
RE_COMPARED_BEFORE = re.compile(
    r"\b(?:above|below|over|under|exceeding|(?:more|less|longer|higher|lower)[ \t]+than)[ \t]+\Z"
)
RE_APPOSITION_AFTER = re.compile(
    r",[ \t]+the[ \t]+([a-z][\w-]*(?:[ \t]+(?:for|of|to|needed|required)[ \t]+[a-z][\w-]*(?:[ \t]+[a-z][\w-]*){0,2})?)"
    r"[ \t]*(?=[.;]|\Z)"
)
# A span after "longer than" after a perfect ("712 of them have waited longer than 52 weeks"): the
# threshold of the time those counted have spent so ("The strike, lasting longer than two weeks"
# is a span, not a threshold).
RE_LONGER_BEFORE = re.compile(
    r"\b(?:have|has|had)[ \t]+([a-z]+ed)[ \t]+(?:for[ \t]+)?(?:longer|more)[ \t]+than[ \t]+\Z"
)
COMPARED_REACH = 40
# the last words RE_COMPARED_BEFORE can match before the spaces it ends on (the cheap test first)
COMPARED_LAST_WORDS = ("above", "below", "over", "under", "exceeding", "than")


def _compared_before(body: str, start: int) -> bool:
    """Whether a word of comparison RE_COMPARED_BEFORE reads may stand right before body[start],
    past spaces or tabs (the test never says no where the pattern matches)."""
    before = body[max(0, start - COMPARED_REACH) : start]
    bare = before.rstrip(" \t")
    return len(bare) < len(before) and bare.endswith(COMPARED_LAST_WORDS)


def _threshold(body: str, fig: Figure) -> str:
    """A threshold an apposition names, or the threshold of a time spent (above), or ""."""
    lo = max(0, fig.start - COMPARED_REACH)
    if not RE_COMPARED_BEFORE.search(body, lo, fig.start):
        return ""
    named = RE_APPOSITION_AFTER.match(body, fig.end)
    if named:
        return named.group(1)
    if fig.kind == "duration" and (spent := RE_LONGER_BEFORE.search(body, lo, fig.start)):
        held = bare_subject_of(fig.subject).split()
        if not held or held in ([spent.group(1), "longer"], [spent.group(1), "more"]):
            return f"threshold of the time {spent.group(1)}"  # (a subject with more words is kept)
    return ""


# A span whose sentence rules left only a verb ("runs", "set", "heard"): the span of what the
# sentence opens with ("The agreement was signed ... and runs for two years": the term of the
# agreement), or of the noun before a participle ("The case, heard over 14 months": the time the
# case was heard). "valid for N" is a validity period.
RE_SENTENCE_OPENING = re.compile(
    r"\s*(?:The|This|That|Its|Their|Our)[ \t]+((?:[a-z][\w'’-]*[ \t]+){0,2}?[a-z][\w'’-]*)"
    r"(?=,|[ \t]+(?:was|is|were|are|has|have|had|will|would|can|must|runs?|lasts?)\b)"
)
RE_NOUN_PARTICIPLE_BEFORE = re.compile(
    r"\b(?:[Tt]he|[Tt]his|[Ii]ts)[ \t]+([a-z][\w-]*(?:[ \t]+[a-z][\w-]*)?),[ \t]+([a-z]+)"
    rf"[ \t]+(?:over|for|in)[ \t]+{HEDGE}\Z"
)
RE_VERB_SPAN_BEFORE = re.compile(rf"\b([a-z]+)[ \t]+(?:over|for)[ \t]+{HEDGE}\Z")
VALID_LINKS = r"(?:must|will|shall|should|would|are|is|be|remain|remains|stay|stays)"
RE_VALID_BEFORE = re.compile(
    rf"\b([A-Za-z][\w-]*(?:[ \t]+(?!{VALID_LINKS}\b)[a-z][\w-]*)?)[ \t]+"
    rf"(?:{VALID_LINKS}[ \t]+){{1,3}}valid[ \t]+for[ \t]+\Z"
)
TERM_VERBS = frozenset(("runs", "run", "lasts", "last"))
SPAN_REACH = 80


def _span_of_opening(body: str, fig: Figure, s_start: int) -> str:
    """The span of what its sentence or a participle names (above), or ""."""
    if fig.kind != "duration":
        return ""
    lo = max(s_start, fig.start - SPAN_REACH)
    valid = RE_VALID_BEFORE.search(body, lo, fig.start) if body.find("valid", lo, fig.start) >= 0 else None
    if valid and body[lo : valid.start()].rsplit(None, 1)[-1:] not in ([p] for p in PREPOSITIONS):
        return f"validity period of {valid.group(1).lower()}"  # (not of "by local firms")
    held = bare_subject_of(fig.subject).split()
    if len(held) != 1 or not held[0].islower():
        return ""
    heard = RE_NOUN_PARTICIPLE_BEFORE.search(body, lo, fig.start)
    if heard and heard.group(2) == held[0]:
        return f"time the {heard.group(1)} was {heard.group(2)}"
    verb = RE_VERB_SPAN_BEFORE.search(body, lo, fig.start)
    if verb is None or verb.group(1) != held[0]:
        return ""  # a lone noun ("delay", "talks") is kept: only a verb's span is read so
    opening = RE_SENTENCE_OPENING.match(body, s_start, fig.start)
    if opening is None:
        return ""
    return f"{'term' if held[0] in TERM_VERBS else 'length'} of the {opening.group(1)}"


# A span after a participle and "within" ("seven of whom were recaptured within 48 hours"): the
# time within which that was done; "within N days of contract signature" runs from that event.
RE_DONE_WITHIN_BEFORE = re.compile(r"\b([a-z]{3,}ed)[ \t]+(?:to[ \t]+[A-Z][\w'’-]*[ \t]+)?within[ \t]+\Z")
RE_EVENT_AFTER = re.compile(r"[ \t]+of[ \t]+((?:[a-z][\w-]*[ \t]+){0,3}[a-z][\w-]*)(?=[ \t]*[,.;:]|\Z)")
GENERIC_SPANS = frozenset(("", PERIOD_SUBJECT))


def _done_within(body: str, fig: Figure) -> str:
    """The time within which a thing was done, from the event it runs from (above), or ""."""
    if fig.kind != "duration":
        return ""
    done = RE_DONE_WITHIN_BEFORE.search(body, max(0, fig.start - SPAN_REACH), fig.start)
    if done is None:
        return ""
    held = bare_subject_of(fig.subject)
    named = held if held.startswith("time within which") else f"time within which {done.group(1)}"
    if held not in GENERIC_SPANS and named == f"time within which {done.group(1)}":
        return ""  # a span the sentence rules named otherwise is kept
    event = RE_EVENT_AFTER.match(body, fig.end)
    return f"{named} after {event.group(1)}" if event else named


# A figure that opens a list item and its noun phrase after it ("• 87 per cent average hotel
# occupancy in February"), when nothing else named it.
RE_ITEM_OPENING = re.compile(r"(?:\A|\n)[ \t]*[•*·–-][ \t]*\Z")
RE_ITEM_NOUN_AFTER = re.compile(r"[ \t]+([a-z][\w-]*(?:[ \t]+[A-Za-z][\w'’-]*){0,6})[ \t]*(?=[,.;:\n]|\Z)")
NOT_ITEM_OPENERS = PREPOSITIONS | DETERMINERS | frozenset(("and", "or", "more", "less", "fewer"))


def _item_noun(body: str, fig: Figure) -> str:
    """The noun phrase after a figure that opens a list item and was left unnamed (above), or ""."""
    if bare_subject_of(fig.subject) or not RE_ITEM_OPENING.search(body, max(0, fig.start - 8), fig.start):
        return ""
    noun = RE_ITEM_NOUN_AFTER.match(body, fig.end)
    if noun is None:
        return ""
    first = noun.group(1).split()[0]
    return "" if first in NOT_ITEM_OPENERS or first.endswith("ed") else noun.group(1)


# A count restating a share ("made up 29 percent of the total, or 989 people"): of the share's
# holder; a level "to 6.2 percent of GDP, from an estimated 5.8 percent": of the same thing.
RE_SHARE_OR_GAP = re.compile(r"\s+of\s+(?:the\s+)?[a-z]+,\s+or\s+")
RE_TO_FROM_GAP = re.compile(
    r"(?:\s+of\s+[A-Za-z]+)?,\s+from\s+(?:an?\s+)?(?:(?:estimated|projected|revised|expected)\s+)?"
)
SHARE_HOLDER_END = " as a share of "


def _restated_holder(prev: Figure, fig: Figure, body: str) -> str:
    """The subject a figure takes from the share or level it restates (above), or ""."""
    gap = body[prev.end : fig.start]
    held = bare_subject_of(prev.subject)
    if prev.kind == "percentage_share" and fig.kind == "count" and SHARE_HOLDER_END in held:
        return held.partition(SHARE_HOLDER_END)[0] if RE_SHARE_OR_GAP.fullmatch(gap) else ""
    if (
        prev.unit == fig.unit == "percent"
        and held
        and body[max(0, prev.start - 3) : prev.start] == "to "
        and RE_TO_FROM_GAP.fullmatch(gap)
    ):
        return held
    return ""


# A figure whose sentence rules left only the verb before it ("should bring about 6,000 TEU"):
# the verb with its modal and its doer, the noun phrase that opens the clause (after a comma, a
# verb of saying or "that"), past a comma aside that is no bare number ("The club, 120, paid").
# the modals a doer's verb may follow (vocab.MODAL_VERBS but "might" and "shall", as the rule reads)
MODALS = "|".join(m for m in MODAL_VERBS if m not in ("might", "shall"))
RE_DOER_VERB_BEFORE = re.compile(
    r"\b(?:[Aa]n?|[Tt]he)[ \t]+((?:[\w'’-]+[ \t]+){0,5}?[\w'’-]+)(?:,(?![ \t]*\d+,)[^,\n]{1,40},)?[ \t]+"
    rf"((?:{MODALS})[ \t]+([a-z]+))[ \t]+"
    rf"{HEDGE}\Z"
)
DOER_REACH = 120
# a modal RE_DOER_VERB_BEFORE needs, found by its first letters (the regex engine skips to them)
RE_MODAL = re.compile(rf"(?:{MODALS})[ \t]")
CLAUSE_OPENERS = SAYING_WORDS | frozenset(("that", "and", "but", "while", "as", "when", "if", "because"))
NOT_DOER_WORDS = SAYING_WORDS | frozenset(
    ("and", "or", "but", "it", "they", "he", "she", "we", "that", "which")
)


def _verb_doer(body: str, fig: Figure, s_start: int) -> str:
    """A lone verb with its doer (above), or ""."""
    held = bare_subject_of(fig.subject).split()
    if len(held) != 1 or not held[0].islower():
        return ""
    lo = max(s_start, fig.start - DOER_REACH)
    if RE_MODAL.search(body, lo, fig.start) is None:
        return ""  # (the cheap test first: RE_DOER_VERB_BEFORE opens with a word boundary)
    doer = RE_DOER_VERB_BEFORE.search(body, lo, fig.start)
    if doer is None or doer.group(3) != held[0]:
        return ""
    words = doer.group(1).split()
    if any(
        w in NOT_DOER_WORDS or w[:1].isdigit() or w in DETERMINERS and words[k - 1] not in PREPOSITIONS
        for k, w in enumerate(words)
    ):
        return ""  # not "a litre and diesel", "the time said it", "the city's 131", "deal makes the group"
    before = body[max(s_start, doer.start() - 12) : doer.start()].rstrip()
    if before and before[-1] not in ",:;" and before.rsplit(None, 1)[-1] not in CLAUSE_OPENERS:
        return ""  # "the UK" in "Companies with accounts in the UK will pay 19%" is no doer
    return f"{doer.group(1)} {doer.group(2)}"


# A change apposed to the noun phrase that opens its sentence ("Passenger numbers at the ferry
# terminal, down 6 per cent on last year, were ..."), when nothing else named it.
RE_OPENING_CHANGE = re.compile(
    r"\s*([A-Z][\w'’-]*(?:[ \t]+[\w'’-]+){0,6}),[ \t]+(up|down)[ \t]+(?:by[ \t]+)?" + HEDGE
)


def _opening_change(body: str, fig: Figure, s_start: int) -> str:
    """The change of the noun phrase its sentence opens with (above), or ""."""
    if fig.kind != "percent_change" or bare_subject_of(fig.subject):
        return ""
    opening = RE_OPENING_CHANGE.match(body, s_start, fig.start)
    if opening is None or opening.end() != fig.start:
        return ""
    noun = opening.group(1)
    if noun.split()[0].lower() in PREPOSITIONS:
        return ""  # "In May, up 5% on April": a time, not a thing
    noun = noun[0].lower() + noun[1:] if noun[1:2].islower() else noun
    return f"{'increase' if opening.group(2) == 'up' else 'decrease'} in {noun}"


# A measure in a relative clause with its material after it ("1,150 snow cannons, which used about
# 1.9 million cubic metres of water"): the material the clause's verb used, by the antecedent; and
# a figure named by the noun after its "of" takes the named place after that ("148 days of skiing
# at Grandvalira": skiing at Grandvalira).
RE_RELATIVE_VERB_BEFORE = re.compile(rf"\b(?:which|that|who)[ \t]+([a-z]+ed)[ \t]+{HEDGE}\Z")
RE_OF_NOUN_AFTER = re.compile(r"[ \t]+of[ \t]+([a-z][\w-]+)(?=[ \t]*[,.;:\n]|\Z)")
RE_OF_NOUN_AT_PLACE_AFTER = re.compile(
    r"[ \t]+of[ \t]+([a-z][\w-]+)[ \t]+((?:at|in)[ \t]+[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)*)"
)
NOT_MATERIALS = frozenset(("it", "them", "this", "that", "which"))


def _used_material(body: str, fig: Figure) -> str:
    """The material a relative clause's verb used, or a noun's place after "of" (above), or ""."""
    held = bare_subject_of(fig.subject)
    if fig.kind == "other" and fig.measure and not is_length(fig.measure) and held:
        verb = RE_RELATIVE_VERB_BEFORE.search(body, max(0, fig.start - 40), fig.start)
        stuff = RE_OF_NOUN_AFTER.match(body, fig.end) if verb else None
        if stuff and stuff.group(1) not in NOT_MATERIALS and stuff.group(1) not in held.split():
            return f"{stuff.group(1)} {verb.group(1)} by {held}"
    at = RE_OF_NOUN_AT_PLACE_AFTER.match(body, fig.end) if held and " " not in held else None
    if at is None or at.group(1) != held or at.group(2).split()[1] in NOT_PLACES:
        return ""  # ("fish in November": a time, not a place)
    return f"{held} {at.group(2)}"


def court_subjects(
    figures: list[Figure], body: str, bounds: Callable[[int], tuple[int, int]]
) -> list[Figure]:
    """The figures with the subjects that court, political, tender, science and port copy gives
    them (above); a conversion in brackets takes the subject of the length it converts. Each reader
    is called only for the figures its first test lets through (the same answers, fewer calls)."""
    out = list(figures)
    for i, fig in enumerate(out):
        kind = fig.kind
        if kind == "date":
            continue
        held = bare_subject_of(fig.subject)
        lone = held.split()
        lone_verb = len(lone) == 1 and lone[0].islower()  # (what _span_of_opening, _verb_doer read)
        length = is_length(fig.measure)
        s_start = (
            bounds(fig.start)[0]
            if length or lone_verb or kind == "duration" or (kind == "percent_change" and not held)
            else 0  # (read by no reader below)
        )
        named = (
            (length and (_vessel_length(body, fig) or _place_height(body, fig, s_start)))
            or (
                (kind == "count" and RE_VOTES_AFTER.match(body, fig.core[1]) or fig.unit == "percent")
                and _vote_subject(body, fig, bounds)
            )
            or (kind == "money" and _money_moved(body, fig))
            or (_compared_before(body, fig.start) and _threshold(body, fig))
            or (kind == "duration" and (_span_of_opening(body, fig, s_start) or _done_within(body, fig)))
            or (not held and _item_noun(body, fig))
            or (kind == "percent_change" and not held and _opening_change(body, fig, s_start))
            or (held and (kind == "other" and fig.measure or " " not in held) and _used_material(body, fig))
            or (lone_verb and _verb_doer(body, fig, s_start))
        )
        prev = out[i - 1] if i else None
        if not named and prev is not None and prev.kind != "date":
            if is_length(fig.measure) and prev.subject != figures[i - 1].subject:
                if RE_CONVERSION_OPEN.match(body[prev.end : fig.start]):
                    named = bare_subject_of(prev.subject)  # "2,408 metres (7,900 feet)": the same height
            elif fig.start - prev.end < SPAN_REACH and (
                prev.kind == "percentage_share" and kind == "count" or prev.unit == fig.unit == "percent"
            ):
                named = _restated_holder(prev, fig, body)
            if (
                not named
                and prev.subject != figures[i - 1].subject
                and fig.subject == figures[i - 1].subject
                and RE_UP_DOWN_FROM_GAP.fullmatch(body[prev.end : fig.start])
            ):
                named = bare_subject_of(prev.subject)  # "or 989 people, up from 812": the same people
        if named:
            out[i] = fig._replace(subject=with_labels(named, fig.subject))
    return out
