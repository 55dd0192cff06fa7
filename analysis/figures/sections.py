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

from .. import vocab
from ..measures import is_length
from ..vocab import (
    AUXILIARY_VERBS,
    BE_WORDS,
    CHANGE_WORDS,
    LIMITING_ADVERBS,
    LOSE_VERBS,
    MODAL_VERBS,
    MONTHS,
    WEEKDAYS,
)
from .back_references import NUMBER_WORDS, RE_REPEAT_END, repeat_subject
from .compose import APPROX
from .figure import Figure, is_number
from .line_subjects import with_labels
from .noun_phrases import DETERMINERS, PREPOSITIONS, without_approx
from .numbers import alternation
from .span_subjects import span_clause_deed
from .subject_clauses import (
    DIMENSION_NOUNS,
    QUANTITY_WORDS,
    SAYING_WORDS,
    bare_subject_of,
    clause_subject,
    only_a_time,
)
from .subjects import PERIOD_SUBJECT
from .words import tokens_before, tokens_between

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
    formed = form_subjects(
        told_after_subjects(
            pay_subjects(court_subjects(desk_subjects(out, body, bounds), body, bounds), body, bounds),
            body,
            bounds,
        ),
        body,
        bounds,
    )
    restated = restated_subjects(formed, body, bounds) if ", or" in body else formed
    return span_deed_subjects(
        timed_subjects(
            margin_subjects(
                repeated_subjects(counted_subjects(sum_subjects(restated, body), body), body), body
            ),
            body,
            bounds,
        ),
        body,
        bounds,
    )


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


RE_PER_UNIT_AFTER = re.compile(r"[ \t]+(?:per|a|an)[ \t]+[a-z]")  # a minor unit's price: "38 cents per kWh"


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
        if fig.kind == "money" and (
            "(per " in subject or fig.unit == "other" and RE_PER_UNIT_AFTER.match(body, fig.end)
        ):
            subject = _price_paid(subject) or subject  # "pay 38 cents per kilowatt-hour": a price
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
# the plural noun a comma-set "to be" deed is done to ("24 more towed howitzers, to be delivered")
RE_THING_TO_BE_DONE = re.compile(r"\b([a-z]{3,}s)[ \t]*,[ \t]+to[ \t]+be[ \t]+\Z")


def _done_within(body: str, fig: Figure) -> str:
    """The time within which a thing was done, from the event it runs from (above), or ""."""
    if fig.kind != "duration":
        return ""
    done = RE_DONE_WITHIN_BEFORE.search(body, max(0, fig.start - SPAN_REACH), fig.start)
    if done is None:
        return ""
    held = bare_subject_of(fig.subject)
    named = held if held.startswith("time within which") else f"time within which {done.group(1)}"
    if named == f"time within which {done.group(1)}":  # the deed alone: what it was done to
        thing = RE_THING_TO_BE_DONE.search(body, max(0, done.start() - 40), done.start())
        named = f"time within which the {thing.group(1)} are to be {done.group(1)}" if thing else named
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


# Spans whose phrase says what they measure, when the sentence rules named them generically or
# by a neighbouring word: "after 11 years in Lebanon" and a headline's "Thirty-one hours on a
# trolley" (the time spent there); "Up Helly Aa, on ..., is 52 days from Saturday" (the time from
# that day to the event); "The longest wait, of 3 hours 15 minutes, was" (the noun before the
# aside, for each part of a compound span); "repayable over 18 years" (a repayment term);
# "proposed for re-election for two years" (a term of office); "enough to feed 210,000 people for
# one month" (the period it is enough for); "Work will run over 14 weeks" (the length of the
# work); "Unit 2 of the plant, commissioned in 1961, was shut for 19 days" (the time the opening
# noun phrase was so); "within 60 days of the signing of the contract" (the time allowed after it).
SPAN_UNITS = r"(?:years?|months?|weeks?|days?|hours?|hrs?|minutes?|mins?|seconds?|secs?)"
RE_AFTER_BEFORE = re.compile(rf"\b[Aa]fter[ \t]+{HEDGE}\Z")
RE_PLACE_AFTER = re.compile(
    r"[ \t]+(in|on|at)[ \t]+((?:(?:a|an|the)[ \t]+)?[A-Za-z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,3})"
)
NOT_SPENT_PLACES = frozenset(
    (*WEEKDAYS, *MONTHS, *DETERMINERS, "which", "total", "all", "charge", "power", "time", "first", "second")
    + ("third", "fourth", "final", "last", "next", "same", "half", "row", "succession", "turn", "between")
)
RE_WITHIN_EVENT_AFTER = re.compile(
    r"[ \t]+of[ \t]+((?:[a-z][\w'’-]*[ \t]+){0,5}[a-z][\w'’-]*)(?=[ \t]*[,.;:)]|[ \t]+and\b)"
)
# "within" after a deed, not after a copula ("members who are within two years of a full pension":
# near it, no time allowed)
RE_WITHIN_BEFORE = re.compile(
    rf"(?<![\w'’])(?!(?:is|are|was|were|be|been|being)[ \t])[A-Za-z][\w'’-]*\)?,?[ \t]+within[ \t]+{HEDGE}\Z"
)
RE_DAYS_FROM_AFTER = re.compile(
    rf"[ \t]+(?:away[ \t]+)?from[ \t]+({'|'.join(WEEKDAYS)}|today|now|tomorrow|tonight)\b"
)
RE_IS_BEFORE = re.compile(rf"[ \t]+(?:is|was)[ \t]+(?:now[ \t]+|still[ \t]+|just[ \t]+)?{HEDGE}\Z")
RE_OPENING_EVENT = re.compile(r"\s*([A-Z][\w'’-]*(?:[ \t]+[A-Za-z][\w'’-]*){0,7})(?=[,]|[ \t]+(?:is|was)\b)")
RE_APPOSED_SPAN_BEFORE = re.compile(
    rf"\b(?:[Tt]he|[Tt]his|[Ii]ts|[Tt]heir)[ \t]+([a-z][\w'’-]*(?:[ \t]+[a-z][\w'’-]*){{0,2}}),[ \t]+of[ \t]+"
    rf"{HEDGE}(?:\d+[ \t]+{SPAN_UNITS},?[ \t]+(?:and[ \t]+)?)?\Z"
)
RE_APPOSED_SPAN_AFTER = re.compile(rf"(?:,?[ \t]+(?:and[ \t]+)?\d+[ \t]+{SPAN_UNITS})?[ \t]*,")
RE_REPAID_BEFORE = re.compile(rf"\b(?:repayable|repaid)[ \t]+(?:over|in|within)[ \t]+{HEDGE}\Z")
RE_LOAN_NOUN = re.compile(r"\b(?:million|billion|bn|m)[ \t]+([a-z]{3,})\b")
RE_OFFICE_BEFORE = re.compile(
    rf"\b(?:re-?election|election|re-?appointment|appointment)[ \t]+for[ \t]+{HEDGE}\Z"
)
RE_ENOUGH_BEFORE = re.compile(
    rf"\benough[ \t]+(?:[a-z]+[ \t]+)?to[ \t]+([a-z]+(?:[ \t]+[\w,'’-]+){{0,5}}?)[ \t]+for[ \t]+{HEDGE}\Z"
)
RE_RUN_OVER_OPENING = re.compile(
    rf"\s*([A-Z][a-z]+(?:[ \t]+[a-z]+){{0,2}})[ \t]+(?:will|would|is[ \t]+to|shall|should)"
    rf"[ \t]+(?:run|continue|last|go[ \t]+on)[ \t]+(?:over|for)[ \t]+{HEDGE}\Z"
)
RE_ASIDE_OPENING = re.compile(
    rf"\s*([A-Z][\w'’-]*(?:[ \t]+[\w'’-]+){{0,10}}),[ \t]+[a-z]{{3,}}[ \t]+[^,\n]{{1,40}},[ \t]+(was|were)"
    rf"[ \t]+([a-z]+)[ \t]+(?:for|over)[ \t]+{HEDGE}\Z"
)
SPAN_FORM_REACH = 160


def _span_by_form(body: str, fig: Figure, s_start: int) -> str:
    """What a span measures by the phrase around it (above), or ""."""
    if fig.kind != "duration":
        return ""
    lo = max(s_start, fig.start - SPAN_FORM_REACH)
    held = bare_subject_of(fig.subject)
    generic = held in GENERIC_SPANS
    edge = body[max(0, fig.start - 8) : fig.start].rstrip(" \t")  # a headline's or line's first words
    opening = edge.endswith("\n") or not edge and fig.start <= 8
    after = RE_AFTER_BEFORE.search(body, max(s_start, fig.start - 24), fig.start)
    place = RE_PLACE_AFTER.match(body, fig.end) if after or opening and generic else None
    if place and place.group(2).split()[-1] not in NOT_SPENT_PLACES:
        return f"time spent {place.group(1)} {place.group(2)}"
    if generic and RE_WITHIN_BEFORE.search(body, lo, fig.start):
        event = RE_WITHIN_EVENT_AFTER.match(body, fig.end)
        if event:
            return f"time allowed after {event.group(1)}"
    since = RE_DAYS_FROM_AFTER.match(body, fig.end)
    if since and generic and RE_IS_BEFORE.search(body, lo, fig.start):
        event = RE_OPENING_EVENT.match(body, s_start, fig.start)
        if event:
            what = event.group(1)
            what = f"the {what[4:]}" if what.startswith("The ") else what
            return f"time from {since.group(1)} to {what}"
    if body.find(", of", lo, fig.start) >= 0 and RE_APPOSED_SPAN_AFTER.match(body, fig.end):
        apposed = RE_APPOSED_SPAN_BEFORE.search(body, lo, fig.start)
        if apposed:
            return apposed.group(1)
    repaid = not held.startswith("repayment") and body.find("repa", lo, fig.start) >= 0
    if repaid and RE_REPAID_BEFORE.search(body, lo, fig.start):
        loans = [noun for noun in RE_LOAN_NOUN.findall(body, s_start, fig.start) if not noun.endswith("s")]
        return f"repayment term of the {loans[-1]}" if loans else "repayment term"
    if body.find("ppointment", lo, fig.start) >= 0 or body.find("lection", lo, fig.start) >= 0:
        if RE_OFFICE_BEFORE.search(body, lo, fig.start):
            return "term of office"
    if body.find("enough", lo, fig.start) >= 0 and (enough := RE_ENOUGH_BEFORE.search(body, lo, fig.start)):
        return f"period enough to {enough.group(1)}"
    ran = RE_RUN_OVER_OPENING.match(body, s_start, fig.start) if fig.start - s_start < 80 else None
    if ran and ran.group(1).split()[0] not in ("It", "This", "That", "There"):
        noun = ran.group(1)
        return f"length of the {noun[0].lower() + noun[1:] if noun[1:2].islower() else noun}"
    lone = held.split()
    if len(lone) == 1 and lone[0].islower():
        aside = RE_ASIDE_OPENING.match(body, s_start, fig.start)
        if aside and aside.group(3) == lone[0] and aside.end() == fig.start:
            return f"time {aside.group(1)} {aside.group(2)} {aside.group(3)}"
    return ""


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
            or (
                kind == "duration"
                and (
                    _span_by_form(body, fig, s_start)
                    or _span_of_opening(body, fig, s_start)
                    or _done_within(body, fig)
                )
            )
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


# --- Subjects of pay moves, changes, counted days, attendances and possessive periods ---

# The noun phrase that opens a verb's clause, read back from the verb: past a comma aside right
# before it ("general labourers in Grade A1, the lowest-paid band, move"), to the last clause mark,
# "that", "and" or a verb of showing or saying; a count after a determiner or a possessive is no
# part of the group's name ("the country's 870 free-zone companies employed").
RE_CLAUSE_BREAK = re.compile(
    r"[,;:(—]|\b(?:that|and|but|while|when|if|as|after|before|because|since|where|once|until|unless"
    r"|show|shows|showed|said|says|told)\b"
)
RE_COUNTED_IN_PHRASE = re.compile(r"(?<=['’]s )[\d,.]+ |(?<=\b[Tt]he )[\d,.]+ |(?<=\b[Ii]ts )[\d,.]+ ")
RE_NAME_WORD = re.compile(
    r"[A-Za-z][\w'’.-]*\Z|\d+\Z"
)  # a number only after a name's first word ("route 202")
GROUP_WORDS = 7  # the longest noun phrase read as a clause's doer
GROUP_REACH = 160  # characters back from the verb read for it
NOT_GROUP_WORDS = PRONOUNS | frozenset(
    ("he", "she", "we", "i", "you", "there", "which", "who", "whose", "whom")
)


def _group_before(body: str, s_start: int, end: int) -> str:
    """The noun phrase that opens the clause of the verb at body[end] (above), or ""."""
    lo = max(s_start, end - GROUP_REACH)
    text = body[lo:end].rstrip()
    if text.endswith(","):
        cut = text.rfind(",", 0, len(text) - 1)
        if cut < 0:
            return ""
        text = text[:cut]
    last = max(RE_CLAUSE_BREAK.finditer(text), key=lambda m: m.start(), default=None)
    if last is None and lo > s_start:
        return ""  # the clause's start lies beyond the reach
    phrase = RE_COUNTED_IN_PHRASE.sub("", text[last.end() if last else 0 :].strip() + " ").split()
    if not phrase or len(phrase) > GROUP_WORDS or phrase[0].lower() in PREPOSITIONS:
        return ""
    if any(w.lower() in NOT_GROUP_WORDS for w in phrase):
        return ""  # a pronoun or a relative: no noun phrase ("At its peak in 2007 it", "whose members")
    if (
        phrase[0][0].isdigit()
        or not all(RE_NAME_WORD.match(w) for w in phrase)
        or phrase[-1].lower() in PREPOSITIONS
    ):
        return ""
    if phrase[0] in ("The", "A", "An", "Its", "Their"):
        phrase[0] = phrase[0].lower()
    return " ".join(phrase)


def _unnamed(held: str) -> bool:
    """Whether a subject names no thing: empty, a lone verb, or a phrase opening with a preposition."""
    words = held.split()
    return not words or len(words) == 1 and words[0].islower() or words[0] in PREPOSITIONS


# A move between two levels ("cleaners in band B move from R6 200 to R6 750 a month"): the old
# and the new level of the group that moves, by the period after the second ("monthly"); "an
# increase of R550" after them is the increase in that level.
MOVE_VERBS = "move|moves|moved|go|goes|went|rise|rises|rose|climb|climbs|climbed|jump|jumps|jumped"
RE_MOVE_FROM_BEFORE = re.compile(rf"\b(?:{MOVE_VERBS})[ \t]+from[ \t]+{HEDGE}\Z")
RE_MOVE_TO_GAP = re.compile(rf"[ \t]+to[ \t]+{HEDGE}")
RE_RATE_AFTER = re.compile(r"[ \t]+(?:a|an|per)[ \t]+(hour|day|week|month|year)\b")
RATE_ADJECTIVES = {
    "hour": "hourly ",
    "day": "daily ",
    "week": "weekly ",
    "month": "monthly ",
    "year": "yearly ",
}
RE_MOVE_CHANGE_GAP = re.compile(
    rf",[ \t]+(?:an?[ \t]+)?(increase|rise|cut|decrease|drop)[ \t]+of[ \t]+{HEDGE}"
)
MOVE_REACH = 40  # the most characters before the first level read for the verb and "from"


def _moved_levels(out: list[Figure], i: int, body: str, s_start: int) -> list[tuple[int, str]]:
    """The old and new level of a move, and its increase (above), as (index, subject) pairs, or []."""
    fig = out[i]
    nxt = out[i + 1] if i + 1 < len(out) else None
    if nxt is None or nxt.unit != fig.unit or not RE_MOVE_TO_GAP.fullmatch(body, fig.end, nxt.start):
        return []
    move = RE_MOVE_FROM_BEFORE.search(body, max(s_start, fig.start - MOVE_REACH), fig.start)
    if move is None or not (
        _unnamed(bare_subject_of(fig.subject)) and _unnamed(bare_subject_of(nxt.subject))
    ):
        return []
    group = _group_before(body, s_start, move.start())
    if not group:
        return []
    rate = RE_RATE_AFTER.match(body, nxt.end)
    level = f"{RATE_ADJECTIVES[rate.group(1)] if rate else ''}level of {group}"
    named = [(i, f"old {level}"), (i + 1, f"new {level}")]
    third = out[i + 2] if i + 2 < len(out) else None
    if third is not None and third.unit == fig.unit:
        change = RE_MOVE_CHANGE_GAP.match(body, rate.end() if rate else nxt.end, third.start)
        if change and change.end() == third.start:
            direction = "increase" if change.group(1) in ("increase", "rise") else "decrease"
            named.append((i + 2, f"{direction} in the {level}"))
    return named


# A level restated after ", up from" or ", down from" right after a price per unit ("paid £5.20
# a kilogram for lobster, up from £4.85"): the previous level of the same thing, per the same unit.
RE_PER_LABEL = re.compile(r"\(per [^)]+\)")
RE_PRICE_UP_FROM_GAP = re.compile(rf"[^,;:.\n]{{0,60}},[ \t]+(?:up|down)[ \t]+from[ \t]+{HEDGE}")


def _previous_level(prev: Figure, fig: Figure, body: str) -> str:
    """The previous level a restated price names (above), or ""."""
    if (
        prev.kind != "money"
        or prev.unit != fig.unit
        or not RE_PRICE_UP_FROM_GAP.fullmatch(body, prev.end, fig.start)
    ):
        return ""
    per = RE_PER_LABEL.search(prev.subject)
    held = bare_subject_of(prev.subject)
    if per is None or not held or per.group(0) in fig.subject:
        return ""
    return f"previous {held} {per.group(0)}"


# a noun phrase of up to five words after a determiner, as a group (no second "the" in it): the
# event, the campaign or the card an aside after it speaks of (RE_ATTENDED_BEFORE,
# RE_WHICH_RUNS_BEFORE, RE_VALID_ASIDE_BEFORE)
DETERMINED_PHRASE = r"((?:(?![Tt]he\b)[\w'’-]+[ \t]+){0,4}?[\w'’-]+)"


# A count after ", attended by" whose sentence rules named only a time ("the annual meeting on
# Monday, attended by 214 members": "attendees of Monday"): those counted at the event.
RE_ATTENDED_BEFORE = re.compile(
    rf"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)[ \t]+{DETERMINED_PHRASE}"
    r"(?:[ \t]+(?:on|in|at|last|this)[ \t]+[\w'’-]+)?,[ \t]+(?:which[ \t]+was[ \t]+)?attended[ \t]+by[ \t]+"
    + HEDGE
    + r"\Z"
)
RE_COUNTED_NOUN_AFTER = re.compile(r"[ \t]+([a-z][\w-]+)\b")
ATTENDED_REACH = 90


def _attendance(body: str, fig: Figure) -> str:
    """Those counted at an event a count's aside says attended it (above), or ""."""
    event = RE_ATTENDED_BEFORE.search(body, max(0, fig.start - ATTENDED_REACH), fig.start)
    if event is None:
        return ""
    quote_end = fig.core[1]
    noun = RE_COUNTED_NOUN_AFTER.match(body, quote_end)
    counted = noun.group(1) if noun and noun.group(1) not in PREPOSITIONS else "attendees"
    return f"{counted} at the {event.group(1)}"


# People a doer employs, when the sentence rules found no doer ("the country's 870 free-zone
# companies employed 204,380 people": employees of the free-zone companies).
RE_EMPLOYED_BEFORE = re.compile(rf"\bemploy(?:s|ed|ing)?[ \t]+{HEDGE}\Z")


def _employer(body: str, fig: Figure, s_start: int) -> str:
    """The employees of the doer before "employs" (above), or ""."""
    verb = RE_EMPLOYED_BEFORE.search(body, max(s_start, fig.start - 40), fig.start)
    group = _group_before(body, s_start, verb.start()) if verb else ""
    return f"employees of {group}" if group else ""


# A change after ", up" or ", down" right after a figure renamed here: the change in it.
RE_CHANGE_AFTER_GAP = re.compile(
    rf"(?:[ \t]+(?:in|at|on|over|during)[ \t]+[^,;.\n]{{1,40}})?,[ \t]+(up|down)[ \t]+(?:by[ \t]+)?{HEDGE}"
)


# An amount after a possessive period with no noun after it ("up $6 from this year's $208"): the
# level said first in its sentence, in the same currency, in that period ("minimum wage this year").
LOOKBACK_FIGURES = 8  # the most figures read back in a sentence for the one a figure refers to
RE_PERIOD_POSSESSIVE_BEFORE = re.compile(
    r"\b((?:this|last|next)[ \t]+(?:year|season|month|week))['’]s[ \t]+\Z"
)


def _possessive_period(out: list[Figure], i: int, body: str, s_start: int) -> str:
    """The level an amount after a possessive period restates (above), or ""."""
    fig = out[i]
    period = RE_PERIOD_POSSESSIVE_BEFORE.search(body, max(s_start, fig.start - 20), fig.start)
    if period is None:
        return ""
    first = None  # the earliest amount in the same currency among the few before it in its sentence
    for k in range(i - 1, max(-1, i - 1 - LOOKBACK_FIGURES), -1):
        if out[k].start < s_start:
            break
        if out[k].kind == "money" and out[k].unit == fig.unit:
            first = out[k]
    held = bare_subject_of(first.subject) if first else ""
    return f"{held} {period.group(1)}" if held and held.split()[0] not in PREPOSITIONS else ""


# A span in a possessive before a noun of pay ("23 days' salary for each year worked", "a bonus of
# two months' salary for every worker"): the sum it measures (the noun before "of", else the noun
# after the possessive) with its "for each ..." phrase.
RE_SPAN_POSSESSIVE_AFTER = re.compile(
    r"['’][ \t]+([a-z]+)(?:[ \t]+((?:for|per)[ \t]+(?:each|every)[ \t]+[a-z][\w-]*"
    r"(?:[ \t]+(?!of\b|in\b|at\b|on\b|to\b|and\b|or\b|plus\b)[a-z][\w-]*\b)?))?"
)
RE_SUM_OF_BEFORE = re.compile(rf"\b(?:an?|the)[ \t]+([a-z][\w-]+)[ \t]+of[ \t]+{HEDGE}\Z")


def _span_sum(body: str, fig: Figure) -> str:
    """The sum a span in a possessive measures (above), or ""."""
    after = RE_SPAN_POSSESSIVE_AFTER.match(body, fig.end)
    if after is None or bare_subject_of(fig.subject) != after.group(1):
        return ""
    if not after.group(2):
        return ""  # ("a minimum of eight years' experience": no sum)
    sum_of = RE_SUM_OF_BEFORE.search(body, max(0, fig.start - 30), fig.start)
    return f"{sum_of.group(1) if sum_of else after.group(1)} {after.group(2)}"


# A share in its own clause after "goes to" ("25 percent goes to a reserve fund"): the share that
# goes there.
RE_GOES_TO_AFTER = re.compile(
    r"[ \t]+(?:goes|go|went|is[ \t]+paid|are[ \t]+paid|is[ \t]+given)[ \t]+to[ \t]+"
    r"((?:an?|the|its|their)[ \t]+)?([a-z][\w'’-]*(?:[ \t]+(?!and\b|or\b|as\b|under\b|by\b|from\b|in\b|on\b)[a-z][\w'’-]*){0,3})"
)


SHARE_OF_START = "share of "
RE_WHOLE_CUT = re.compile(r" (?:that|which|who|is|are|was|were) ")


def _share_going(body: str, fig: Figure) -> str:
    """The share that goes to what a clause names (above), or ""."""
    goes = RE_GOES_TO_AFTER.match(body, fig.end)
    if goes is None:
        return ""
    goal = f"{goes.group(1) or ''}{goes.group(2)}"
    held = bare_subject_of(fig.subject)
    if goes.group(2).split()[0] in held.split():
        return ""
    if held.startswith(SHARE_OF_START):  # "Of the fines collected, 40 per cent goes to": of the fines
        whole = RE_WHOLE_CUT.split(held[len(SHARE_OF_START) :])[0]
        return f"{SHARE_OF_START}{whole} going to {goal}"
    return f"share going to {goal}"


# A bare count with "more" after it and no noun ("employs 1,230 drivers and plans to recruit 85
# more by March"): more of what the count before it in the sentence counts.
RE_MORE_AFTER = re.compile(r"[ \t]+more\b(?![ \t]+[a-z]+[ \t]+(?!by\b|in\b|to\b|from\b|this\b|next\b)[a-z])")
RE_NOUN_AFTER_MORE = re.compile(r"[ \t]+more[ \t]+([a-z]+s)\b")


def _more_of(out: list[Figure], i: int, body: str, s_start: int) -> str:
    """The extra things a bare count with "more" after it adds (above), or ""."""
    fig = out[i]
    if body[fig.start : fig.end].strip(",.") != body[fig.core[0] : fig.core[1]]:
        return ""  # a count with its noun ("85 drivers") is named so
    if not body.startswith(" more", fig.end) or RE_NOUN_AFTER_MORE.match(body, fig.end):
        return ""
    held = bare_subject_of(fig.subject).split()
    if not held or not body[max(s_start, fig.start - 30) : fig.start].rstrip().endswith(held[-1]):
        return ""  # the sentence rules named it by a noun, not by the verb before it ("three more were hurt")
    for k in range(i - 1, max(-1, i - 1 - LOOKBACK_FIGURES), -1):
        prev = out[k]
        if prev.start < s_start:
            return ""
        if prev.kind == "count" and prev.unit == fig.unit:
            counted = bare_subject_of(prev.subject).split()
            return (
                f"extra {counted[0]}"
                if len(counted) == 1 and counted[0].isalpha() and counted[0].islower()
                else ""
            )
    return ""


# A length glued to the noun of a predicate ("The new bridge will be a 72-metre steel truss"):
# the length of the clause's subject.
RE_BE_A_BEFORE = re.compile(r"\b(?:is|was|are|were|will[ \t]+be|would[ \t]+be)[ \t]+an?[ \t]+\Z")
RE_PREDICATE_NOUN_AFTER = re.compile(r"[ \t]+((?:[a-z][\w-]*[ \t]+){0,2}[a-z][\w-]*)\b")
DISTANCE_WORDS = frozenset(("away", "from", "off"))  # "a 400-metre walk away": a distance


def _predicate_length(body: str, fig: Figure, s_start: int) -> str:
    """The length of what a predicate's glued length describes (above), or ""."""
    if "-" not in body[fig.core[1] : fig.end]:
        return ""  # glued "72-metre" only
    be = RE_BE_A_BEFORE.search(body, max(s_start, fig.start - 20), fig.start)
    group = _group_before(body, s_start, be.start()) if be else ""
    noun = RE_PREDICATE_NOUN_AFTER.match(body, fig.end)
    if (
        not group
        or noun is None
        or DISTANCE_WORDS & set(nouns := noun.group(1).split())
        or group.split()[-1] in nouns
    ):
        return ""  # ("a 400-metre walk away": a distance; "The wall is a 3.5-metre wall": as named)
    return f"length of {group}"


# A share that opens its own clause after a colon or semicolon ("Punctuality improved: 86 per cent
# of trips ran ..."): the share of what its "of" names, not of the words before the mark.
RE_MARK_BEFORE = re.compile(rf"[:;][ \t]+{HEDGE}\Z")
RE_PAST_VERB = re.compile(r"[a-z]ed\b")  # a clause before the mark reports ("Punctuality improved")
RE_SHARE_OF_AFTER = re.compile(r"[ \t]+of[ \t]+((?:the[ \t]+)?[a-z][\w-]*)\b")


def _own_clause_share(body: str, fig: Figure) -> str:
    """The share of what a share opening its own clause names (above), or ""."""
    mark = RE_MARK_BEFORE.search(body, max(0, fig.start - 12), fig.start)
    if mark is None:
        return ""
    line = body[max(0, mark.start() - LABEL_REACH) : mark.start()].rpartition("\n")[2]
    if not RE_PAST_VERB.search(line):
        return ""  # a label before the mark names the thing ("Winter wheat: 52% of the crop")
    of = RE_SHARE_OF_AFTER.match(body, fig.end)
    noun = of.group(1).split()[-1] if of else ""
    if not noun or noun in DETERMINERS or noun.endswith("ed") or noun in fig.subject.split():
        return ""  # ("of the 42,000 hectares", "of earned income": no plain noun right after)
    return f"share of {of.group(1)}"


# a modal (vocab.MODAL_VERBS) or an infinitive's "to" before a verb ("will run", "would mobilise")
MODALS_OR_TO = "|".join((*MODAL_VERBS, "to"))


# Runs a day or a week ("The new route 202, a direct service ..., will run six times a day"): the
# daily runs of the clause's subject.
RE_RUN_BEFORE = re.compile(
    rf"\b(?:(?:{MODALS_OR_TO})[ \t]+)?(?:run|runs|ran|operate|operates|sail|sails|fly|flies)[ \t]+{HEDGE}\Z"
)
RE_TIMES_A_AFTER = re.compile(r"[ \t]+times[ \t]+(?:a|an|per)[ \t]+(day|week|month|year)\b")


def _runs(body: str, fig: Figure, s_start: int) -> str:
    """The runs a day of what runs (above), or ""."""
    per = RE_TIMES_A_AFTER.match(body, fig.core[1])
    run = RE_RUN_BEFORE.search(body, max(s_start, fig.start - 20), fig.start) if per else None
    group = _group_before(body, s_start, run.start()) if run else ""
    return f"{RATE_ADJECTIVES[per.group(1)]}runs of {group}" if group else ""


# A part "accounted for" by a group ("Motorcyclists accounted for 27 of the fatalities"): the
# counted among that group.
RE_ACCOUNTED_BEFORE = re.compile(rf"\baccounted[ \t]+for[ \t]+{HEDGE}\Z")


def _accounted_part(body: str, fig: Figure, s_start: int) -> str:
    """The counted among the group that accounted for them (above), or ""."""
    if " of " not in body[fig.start : fig.end]:
        return ""
    verb = RE_ACCOUNTED_BEFORE.search(body, max(s_start, fig.start - 30), fig.start)
    group = _group_before(body, s_start, verb.start()) if verb else ""
    held = bare_subject_of(fig.subject)
    if not group or not held or held.split()[0] in PREPOSITIONS or group.lower() in held.lower():
        return ""
    return f"{held} among {group}"


# An amount apposed to "the lowest of seven bids": the lowest bid of the doer named before it.
RE_LOWEST_OF_AFTER = re.compile(
    r",[ \t]+the[ \t]+([a-z]+est)[ \t]+of[ \t]+(?:the[ \t]+)?(?:[\w-]+[ \t]+)?([a-z]{3,}s)\b"
)


def _ranked_offer(body: str, fig: Figure) -> str:
    """The offer an apposition ranks among its kind (above), or ""."""
    ranked = RE_LOWEST_OF_AFTER.match(body, fig.end)
    held = bare_subject_of(fig.subject).split()
    if ranked is None or len(held) < 2 or not held[-1].endswith("ed"):
        return ""  # the doer and its verb only ("Druk Pelden Construction quoted")
    noun = ranked.group(2)[:-3] + "y" if ranked.group(2).endswith("ies") else ranked.group(2)[:-1]
    return f"{ranked.group(1)} {noun}, by {' '.join(held[:-1])}"


# A share after "followed by X at": the share of X in the whole of the share before it.
RE_FOLLOWED_AT_BEFORE = re.compile(
    rf"\bfollowed[ \t]+by[ \t]+([a-z][\w'’-]*(?:[ \t]+[\w'’-]+){{0,9}}?)[ \t]+at[ \t]+{HEDGE}\Z"
)
SHARE_OF = " as a share of "


def _followed_share(prev: Figure, fig: Figure, body: str) -> str:
    """The share of what follows in a ranking (above), or ""."""
    if prev.kind != "percentage_share" or SHARE_OF not in prev.subject:
        return ""
    named = RE_FOLLOWED_AT_BEFORE.search(body, max(prev.end, fig.start - 90), fig.start)
    return (
        f"{named.group(1)}{SHARE_OF}{bare_subject_of(prev.subject).partition(SHARE_OF)[2]}" if named else ""
    )


# The second of a pair "from X [in some time] to Y" that its sentence rules named by a lone word
# ("the workforce fell from about 5,200 that year to 3,400 by 1989": "year"): the first's subject.
RE_FROM_BEFORE_LEVEL = re.compile(rf"\bfrom[ \t]+{HEDGE}\Z")
PAIRED_PERIODS = PERIOD_HEADS | frozenset(("decade", "decades"))
RE_TO_AFTER_TIME_GAP = re.compile(rf"[ \t]+(?:[a-z]+[ \t]+){{0,3}}?to[ \t]+{HEDGE}")


def _paired_to(prev: Figure, fig: Figure, body: str) -> str:
    """The subject the "to" level of a from-to pair shares with its "from" level (above), or ""."""
    if (
        prev.unit != fig.unit
        or prev.kind != fig.kind
        or not RE_TO_AFTER_TIME_GAP.fullmatch(body, prev.end, fig.start)
    ):
        return ""
    if not RE_FROM_BEFORE_LEVEL.search(body, max(0, prev.start - 16), prev.start):
        return ""
    own = bare_subject_of(fig.subject).split()
    if own and own[0] not in PREPOSITIONS and (len(own) > 1 or own[0] not in PAIRED_PERIODS):
        return ""  # its own noun names it ("to 450 hires"); a lone period word ("year") does not
    held = bare_subject_of(prev.subject)
    return held if held and held.split()[0] not in PREPOSITIONS else ""


# A verb joined by "and" to a clause whose doer it shares ("the companies employed 204,380 people
# ..., and exported US$8.9 billion"): what the doer of the first verb with a figure did.
RE_AND_VERB_BEFORE = re.compile(rf"\band[ \t]+([a-z]+ed)[ \t]+{HEDGE}\Z")
RE_FIRST_FIGURE_VERB = re.compile(r"[ \t]([a-z]{3,}(?:ed|s))[ \t]+(?:[A-Z]{0,3}[$€£₦]|\d)")


def _and_verb_doer(
    body: str, fig: Figure, s_start: int, first_verb: Callable[[], re.Match[str] | None]
) -> str:
    """The deed of the doer a verb after "and" shares (above), or ""; `first_verb` gives the first
    RE_FIRST_FIGURE_VERB of the sentence, searched once a sentence (not again for each figure)."""
    verb = RE_AND_VERB_BEFORE.search(body, max(s_start, fig.start - 24), fig.start)
    if verb is None or verb.group(1) != bare_subject_of(fig.subject):
        return ""
    first = first_verb()  # the first in the sentence is the first before the verb, if it ends there
    if first is not None and first.end() > verb.start():
        first = None
    group = _group_before(body, s_start, first.start() + 1) if first else ""
    return f"{verb.group(1)} by {group}" if group else ""


# An amount "which it estimated at" after the figure whose thing it values ("a bonus of two months'
# salary for every worker, which it estimated at RD$45 million"): the estimated value of that thing.
RE_ESTIMATED_AT_GAP = re.compile(
    rf"[^,;:.\n]{{0,60}},[ \t]+which[ \t]+(?:it|they|he|she|we)[ \t]+(?:estimated|estimates|valued|values|put|puts)"
    rf"[ \t]+at[ \t]+{HEDGE}"
)


def _estimated_value(prev: Figure, fig: Figure, body: str, prev_named: str) -> str:
    """The estimated value of what the figure before names (`prev_named` if this pass named it;
    above), or ""."""
    held = prev_named or bare_subject_of(prev.subject)
    if not held or not RE_ESTIMATED_AT_GAP.fullmatch(body, prev.end, fig.start):
        return ""
    return f"estimated value of {held}"


# Money with a participle of setting aside after it ("the Nu 1.2B set aside for flood
# restoration"): the money set aside for that purpose.
RE_SET_ASIDE_AFTER = re.compile(
    r"[ \t]+(set[ \t]+aside|earmarked|allocated|budgeted|reserved)[ \t]+(for|to)[ \t]+"
    r"([a-z][\w-]*(?:[ \t]+(?!in\b|on\b|at\b|by\b|and\b)[a-z][\w-]*){0,3})"
)


def _set_aside(body: str, fig: Figure) -> str:
    """The money set aside for a purpose named after it (above), or ""."""
    aside = RE_SET_ASIDE_AFTER.match(body, fig.end)
    held = bare_subject_of(fig.subject).split()
    if aside is None or len(held) > 1 or aside.group(3).split()[0] in held:
        return ""  # a subject of more words is kept ("money embezzled")
    return f"money {aside.group(1)} {aside.group(2)} {aside.group(3)}"


# Spans named by the clause around them: "would mobilise 65 workers and 12 machines within two
# weeks" (the time to do that, its counts left out), "the campaign, which runs for six weeks" (the
# length of the campaign), "The Explore card, valid for seven days," (its validity period).
RE_DO_WITHIN_BEFORE = re.compile(
    rf"\b(?:{MODALS_OR_TO})[ \t]+([a-z]+)[ \t]+([^,;:.\n]{{1,60}}?)[ \t]+within[ \t]+{HEDGE}\Z"
)
RE_WHICH_RUNS_BEFORE = re.compile(
    rf"\b(?:[Tt]he|[Ii]ts|[Tt]heir)[ \t]+{DETERMINED_PHRASE},[ \t]+"
    rf"which[ \t]+(?:runs|ran|lasts|lasted|will[ \t]+run|will[ \t]+last)[ \t]+(?:for[ \t]+)?{HEDGE}\Z"
)
RE_VALID_ASIDE_BEFORE = re.compile(
    rf"\b(?:[Tt]he|[Aa]n?|[Ii]ts)[ \t]+{DETERMINED_PHRASE},[ \t]+valid[ \t]+for[ \t]+{HEDGE}\Z"
)
RE_COUNT_WORD = re.compile(r"[\d,.]+\Z")


def _clause_span(body: str, fig: Figure) -> str:
    """The span a clause around it names (above), or ""."""
    lo = max(0, fig.start - 100)
    held = bare_subject_of(fig.subject)
    if held in GENERIC_SPANS and (done := RE_DO_WITHIN_BEFORE.search(body, lo, fig.start)):
        words = done.group(2).split()
        things = [w for w in words if not RE_COUNT_WORD.match(w) and w.lower() not in NUMBER_WORDS]
        if any(any(c.isdigit() for c in w) for w in things):
            return ""  # an amount in the object ("pay Bds$5 000 forthwith and the balance")
        return f"time to {done.group(1)} {' '.join(things)}"
    runs = RE_WHICH_RUNS_BEFORE.search(body, lo, fig.start)
    if runs:
        return f"length of the {runs.group(1)}"  # (before the sentence's opening: "The council will spend")
    valid = RE_VALID_ASIDE_BEFORE.search(body, lo, fig.start)
    return f"validity period of the {valid.group(1)}" if valid and _unnamed(held) else ""


# A bare count that opens its own clause with its state after it ("Of these, 460 were still in the
# centres"): those in that state.
RE_STATE_AFTER = re.compile(
    r"[ \t]+(?:were|are|was|is|remain|remained)[ \t]+((?:still|now)[ \t]+)?(in|at|on)[ \t]+"
    r"((?:the[ \t]+)?[a-z][\w-]*(?:[ \t]+[a-z][\w-]*)?)(?=[ \t]*[,.;]|[ \t]+(?:yesterday|today|on|in|at)\b)"
)


def _counted_state(body: str, fig: Figure) -> str:
    """Those a bare count says are in a state (above), or ""."""
    state = RE_STATE_AFTER.match(body, fig.end)
    if state is None:
        return ""
    return f"those {state.group(1) or ''}{state.group(2)} {state.group(3)}"


# An amount after a copula with its purpose after it ("The largest single item is £1.1m for urgent
# repairs to the breakwater"): the clause's subject for that purpose.
RE_COPULA_BEFORE = re.compile(rf"\b(?:is|was|are|were|be)[ \t]+{HEDGE}\Z")
RE_PURPOSE_AFTER = re.compile(
    r"[ \t]+for[ \t]+([a-z][\w'’-]*(?:[ \t]+(?!and\b|or\b|but\b|while\b)[\w'’-]+){0,7}?)(?=[ \t]*(?:[,.;:]|\Z))"
)


def _copula_purpose(body: str, fig: Figure) -> str:
    """The subject of a copula's amount with the purpose after it (above), or ""."""
    held = bare_subject_of(fig.subject)
    purpose = RE_PURPOSE_AFTER.match(body, fig.end)
    if not held or purpose is None or " for " in f" {held} " or held.split()[0] in PREPOSITIONS:
        return ""
    return (
        f"{held} for {purpose.group(1)}"
        if RE_COPULA_BEFORE.search(body, max(0, fig.start - 24), fig.start)
        else ""
    )


def _money_named(
    out: list[Figure],
    i: int,
    body: str,
    s_start: Callable[[], int],
    renamed: dict[int, str],
    first_verb: Callable[[], re.Match[str] | None],
) -> str:
    """The subject an amount takes from a move, a restated level, a possessive period, a ranking,
    an estimate, a doer shared over "and", a purpose it is set aside for or its purpose after a
    copula (above), or ""."""
    fig = out[i]
    prev = out[i - 1] if i else None
    window = body[max(0, fig.start - 40) : fig.start]
    held = bare_subject_of(fig.subject)
    if "from" in window:
        for k, subject in _moved_levels(out, i, body, s_start()):
            renamed[k] = subject
        if i in renamed:
            return renamed[i]
    return (
        (prev is not None and "from" in window and _previous_level(prev, fig, body))
        or (("'" in window or "’" in window) and _possessive_period(out, i, body, s_start()))
        or (body.startswith(", the ", fig.end) and _ranked_offer(body, fig))
        or (
            prev is not None
            and "which" in window
            and _estimated_value(prev, fig, body, renamed.get(i - 1, ""))
        )
        or (" and " in window and len(held.split()) == 1 and _and_verb_doer(body, fig, s_start(), first_verb))
        or (body.startswith(" ", fig.end) and "(" not in fig.subject and _set_aside(body, fig))
        or (body.startswith(" for ", fig.end) and _copula_purpose(body, fig))
    )


def _count_named(out: list[Figure], i: int, body: str, s_start: Callable[[], int]) -> str:
    """The subject a count takes from an attendance, an employer, "more", runs, a group that
    accounts for it or the state after it (above), or ""."""
    fig = out[i]
    window = body[max(0, fig.start - 40) : fig.start]
    held = bare_subject_of(fig.subject)
    return (
        ("attended" in window and held.startswith("attendees of") and _attendance(body, fig))
        or (held == "employees" and "employ" in window and _employer(body, fig, s_start()))
        or (body.startswith(" more", fig.end) and _more_of(out, i, body, s_start()))
        or (body.startswith(" times", fig.core[1]) and _runs(body, fig, s_start()))
        or ("accounted" in window and _accounted_part(body, fig, s_start()))
        or (not held and fig.unit in ("people", "count") and _counted_state(body, fig))
    )


def pay_subjects(figures: list[Figure], body: str, bounds: Callable[[int], tuple[int, int]]) -> list[Figure]:
    """The figures with the subjects the readers above give, read after the court rules: a from-to
    pair's second level (_paired_to), amounts (_money_named: moves, restated levels, possessive
    periods, rankings, estimates, shared doers, sums set aside, a copula's purpose), counts
    (_count_named), spans in a possessive or a clause, shares (going to, in their own clause,
    following in a ranking) and a predicate's length; a change after ", up" or ", down" right after
    a figure renamed here is the change in it. Each reader is called only where its cue words stand."""
    out = list(figures)
    renamed: dict[int, str] = {}
    first_verbs: dict[int, re.Match[str] | None] = {}  # a sentence's start: its first verb of a figure
    for i, fig in enumerate(out):
        kind = fig.kind
        if kind == "date" or i in renamed:
            continue
        held = bare_subject_of(fig.subject)
        prev = out[i - 1] if i else None

        def s_start(at: int = fig.start) -> int:
            return bounds(at)[0]

        def first_verb(at: int = fig.start) -> re.Match[str] | None:
            lo, hi = bounds(at)
            if lo not in first_verbs:
                first_verbs[lo] = RE_FIRST_FIGURE_VERB.search(body, lo, hi)
            return first_verbs[lo]

        named = (
            prev is not None
            and prev.kind == kind  # (what _paired_to asks first: the cheap tests before _unnamed)
            and prev.unit == fig.unit
            and _unnamed(held)
            and _paired_to(prev, fig, body)
        )
        if named:
            pass
        elif kind == "money":
            named = _money_named(out, i, body, s_start, renamed, first_verb)
        elif kind == "count":
            named = _count_named(out, i, body, s_start)
        elif kind == "duration":
            named = (body.startswith(("'", "’"), fig.end) and _span_sum(body, fig)) or _clause_span(body, fig)
        elif kind == "percentage_share":
            named = (
                _share_going(body, fig)
                or _own_clause_share(body, fig)
                or (
                    prev is not None
                    and body.find("followed", max(0, fig.start - 90), fig.start) >= 0
                    and _followed_share(prev, fig, body)
                )
            )
        elif kind == "other" and is_length(fig.measure):
            named = _predicate_length(body, fig, s_start())
        elif (
            kind == "percent_change"
            and i - 1 in renamed
            and prev is not None
            and held == bare_subject_of(figures[i - 1].subject)
            and (change := RE_CHANGE_AFTER_GAP.match(body, prev.end))
            and change.end() == fig.start
        ):
            named = f"{'increase' if change.group(1) == 'up' else 'decrease'} in {renamed[i - 1]}"
        if named:
            renamed[i] = named
    for k, subject in renamed.items():
        out[k] = out[k]._replace(subject=with_labels(subject, out[k].subject))
    return out


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
RE_SUPERLATIVE = re.compile(
    r"[a-z]{2,}est|most|least|best|worst|more|less|higher|lower"
)  # (a comparative ranks too)
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
    if _named_after(body, fig):
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


def _named_after(body: str, fig: Figure) -> bool:
    """Whether a figure's subject is named in its own clause after it ("of whom 47 were adults"):
    the part is named; its whole is not needed."""
    words = [w for w in bare_subject_of(fig.subject).split() if len(w) > 3 and w not in TIME_NAMES]
    if not words:
        return False
    after = body[fig.end : fig.end + PART_REACH]
    return any(w in after for w in words)


def _of_the_n(out: list[Figure], i: int, body: str, s_start: int) -> str:
    """The subject of a bare count after the comma of a sentence that opens "Of the N NOUN" (above),
    or ""."""
    fig = out[i]
    if _named_after(body, fig):
        return ""
    whole = RE_OF_THE_N.match(body, s_start, fig.start)
    if whole is None or whole.start(1) > fig.start or whole.group(1) in fig.subject:
        return ""
    noun = whole.group(1)
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
    if m is None or m.group(1) in DETERMINERS or m.group(1) in fig.subject or _named_after(body, fig):
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
        and body.startswith(" on,", fig.end)
        and not body[bounds(fig.start)[0] : fig.start].strip(" \t\n\"“‘'")
    ):  # "Thirty years on, the office's report shows ...": the span since the time told before
        named = "time since then"
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


# --- Restatements: a figure said again in another unit, or said again later in the text ---

# ", or" before a figure that restates the figure before it in another unit ("Nurses make up 41
# percent of the staff, or 1,230 people"; "2,706 patients, or 28.7 per cent, had waited"), with a
# word of approximation between them ("or about 410,000 people")
RE_OR_RESTATED = re.compile(rf",[ \t]+or[ \t]+(?:(?:{APPROX})[ \t]+)?\Z")
OR_RESTATED_REACH = 40  # characters before a figure read for ", or" and its approximation
RESTATED_GAP = 80  # the most characters between a figure and the ", or" that restates it
SHARE_KIND = "percentage_share"
# the doer that opens a share's clause, a verb after it, then the share ("Forests still cover about
# 65%"; "Debt service will absorb 18 percent"): a capitalised noun phrase of up to four words,
# adverbs or a modal, one verb and its particle
RE_SHARE_DOER = re.compile(
    rf"\s*([A-Z][\w'’-]*(?:[ \t]+[a-z][\w'’-]*){{0,3}}?)[ \t]+(?:(?:still|now|also|already|{MODALS})[ \t]+)*"
    rf"[a-z]+(?:[ \t]+(?:up|for|out))?[ \t]+(?:(?:{APPROX})[ \t]+)?\Z"
)
AS_SHARE_OF = " as a share of "  # ("Nurses as a share of hospital's staff": the part before it)
# a predicate after the restating figure's closing comma ("2,706 patients, or 28.7 per cent, had
# waited longer than 52 weeks"): what the part did or was
RE_RESTATED_PREDICATE = re.compile(
    r",[ \t]+((?:had|have|has|were|was|are|is|did)?[ \t]*[a-z]+[^\W\d][^,;:()\n]{0,40}?)(?=[,;:()\n]|\.(?!\d)|\Z)"
)
RESTATED_PREDICATE_WORDS = 6  # the most words of that predicate kept
GENERIC_COUNTED = frozenset(("people", "persons"))  # a counted noun that names no group of its own
# words that open no predicate of the part: a preposition or clause opener ("against 1,876 for",
# "on the same day last year"), a comparison or attribution ("compared with 39%", "according to")
NOT_PREDICATE_OPENERS = (
    PREPOSITIONS | CLAUSE_OPENERS | frozenset(("compared", "according", "including", "excluding"))
)


def _clause_opening(body: str, s_start: int, end: int) -> int:
    """Where the clause that ends at `end` opens: after the last comma or semicolon and space
    before it in its sentence (not a thousands separator), or at the sentence's start."""
    comma = body.rfind(", ", s_start, end)
    cut = max(comma, body.rfind("; ", max(s_start, comma), end))  # a semicolon after the comma only
    return cut + 2 if cut >= 0 else s_start


def _share_part(body: str, share: Figure, s_start: int) -> str:
    """The part a share measures: the words before "as a share of" in its subject, or the doer
    that opens its clause before its verb ("Forests still cover about 65% of the country"), or ""."""
    bare = bare_subject_of(share.subject)
    if AS_SHARE_OF in bare:
        return bare.split(AS_SHARE_OF, 1)[0]
    lo = _clause_opening(body, s_start, share.start)
    doer = RE_SHARE_DOER.match(body, lo, share.start)
    if doer is None or any(w.lower() in NOT_DOER_WORDS for w in doer.group(1).split()):
        return ""
    return doer.group(1)


def _restated_names_nothing(fig: Figure, prev: Figure, body: str) -> bool:
    """Whether a restating figure's own words name nothing: a share with no "of" whole after it,
    an amount or count whose subject is empty, a generic noun ("people") or the share's own."""
    bare = bare_subject_of(fig.subject)
    if fig.kind == SHARE_KIND:
        return not re.match(r"[ \t]+of[ \t]", body[fig.end : fig.end + 6])
    return not bare or bare.lower() in GENERIC_COUNTED or bare == bare_subject_of(prev.subject)


def _restated(out: list[Figure], i: int, body: str, s_start: int) -> tuple[str, str]:
    """The subjects of a figure restated after ", or" in another unit (above) and of the figure it
    restates, or ("", ""): a count or amount restating a share is the share's part; a share
    restating a count or amount is the share of that count's thing, and both take the predicate
    said after the share's comma."""
    fig = out[i]
    if not RE_OR_RESTATED.search(body, max(0, fig.start - OR_RESTATED_REACH), fig.start):
        return "", ""
    comma = body.rfind(",", max(0, fig.start - OR_RESTATED_REACH), fig.start)
    lo = _clause_opening(body, s_start, comma)
    first = next((k for k in range(max(0, i - LOOKBACK_FIGURES), i) if out[k].start >= lo), None)
    if first is None or comma - out[i - 1].end > RESTATED_GAP or ";" in body[out[i - 1].end : comma]:
        return "", ""
    prev = out[first] if fig.kind == SHARE_KIND else out[i - 1]
    if prev.unit == fig.unit or not _restated_names_nothing(fig, prev, body):
        return "", ""
    if fig.kind in WHOLE_KINDS and prev.kind == SHARE_KIND:
        return _share_part(body, prev, s_start), ""
    if fig.kind != SHARE_KIND or prev.kind not in WHOLE_KINDS:
        return "", ""
    whole = bare_subject_of(prev.subject)
    if not whole or whole.lower() in DIMENSION_ONLY or whole.split()[0] in PREPOSITIONS or "share" in whole:
        return "", ""  # not "of them Monegasque nationals", nor a share of a share
    said = RE_RESTATED_PREDICATE.match(body, fig.end)
    if said is None or said.group(1).split()[0] in NOT_PREDICATE_OPENERS:
        return f"share of {whole}", ""
    words = said.group(1).split()[:RESTATED_PREDICATE_WORDS]
    relative = "who" if prev.unit == "people" else "that"
    part = f"{whole} {relative} {' '.join(words)}"
    return f"share of {part}", part if first == i - 1 and prev.end <= comma else ""


def restated_subjects(
    figures: list[Figure], body: str, bounds: Callable[[int], tuple[int, int]]
) -> list[Figure]:
    """The figures with the subjects a restatement after ", or" gives them and the figure it
    restates (above), read after every other reader."""
    out = list(figures)
    for i, fig in enumerate(out):
        if (
            not i
            or fig.kind == "date"
            or ", or" not in body[max(0, fig.start - OR_RESTATED_REACH) : fig.start]
        ):
            continue
        named, restated = _restated(out, i, body, bounds(fig.start)[0])
        if named:
            out[i] = fig._replace(subject=with_labels(named, fig.subject))
        if restated:
            out[i - 1] = out[i - 1]._replace(subject=with_labels(restated, out[i - 1].subject))
    return out


# A figure said again later with nothing of its own to name it: after "the", "that" or "this" with
# no counted noun, or a noun that only points back ("the 10,000 figure", "By Friday the 26 had all
# returned", "cut that 1,400"), or bare and large enough not to be a small cardinal said twice by
# chance ("Where does 48,000 come from?", "says 212 is far too low", "206 people home"): a repeat
# of the earlier figure of the same value, kind and unit (a count of persons is persons again).
RE_POINTING_BEFORE = re.compile(r"(?:^|[^\w'’])(?:[Tt]he|[Tt]hat|[Tt]his)[ \t]+\Z")
POINTING_REACH = 6  # characters before a figure read for "the", "that" or "this"
RE_POINTING_NOUN = re.compile(r"[ \t]+(?:figure|number|total|tally|estimate|claim)\b")
GENERIC_PEOPLE_AFTER = re.compile(r"[ \t]+(?:people|persons)\b")
REPEAT_LEAST = 100  # the smallest bare number read as a repeat without "the", "that" or "this"
REPEAT_KINDS = frozenset(("count", "money"))
RE_WORD_AFTER = re.compile(r"[ \t]+([a-z]+)")
VERBS_AFTER_REPEAT = frozenset((*AUXILIARY_VERBS, "came", "comes", "went", "goes", "to"))
RE_PART_AFTER = re.compile(r"[ \t]+(?:of|out[ \t]+of|per|a|an|each|every)\b")  # "120 of them", "$9 a month"


def _repeat_key(fig: Figure) -> tuple[str, str, object]:
    """What a repeat shares with the figure it repeats: kind, unit (persons and things counted
    alike) and value."""
    return fig.kind, "count" if fig.unit == "people" else fig.unit, fig.value


def _points_back(body: str, fig: Figure) -> bool:
    """Whether a figure's words name nothing of their own and point back (above)."""
    after = body[fig.core[1] : fig.core[1] + 12]
    if RE_PART_AFTER.match(after):
        return False
    pointed = RE_POINTING_BEFORE.search(body, max(0, fig.start - POINTING_REACH), fig.start) is not None
    if fig.kind == "money":  # "the £25 million would come from reserves", not "the $300 million loan"
        word = RE_WORD_AFTER.match(after)
        return pointed and fig.end == fig.core[1] and (word is None or word.group(1) in VERBS_AFTER_REPEAT)
    if RE_POINTING_NOUN.match(after):
        return pointed
    bare = fig.end == fig.core[1] or (
        fig.unit == "people"
        and GENERIC_PEOPLE_AFTER.match(after) is not None
        and bare_subject_of(fig.subject).lower() in GENERIC_COUNTED
    )
    if not bare or after[:1].isalnum():
        return False
    if pointed:
        return True
    return is_number(fig.value) and fig.value >= REPEAT_LEAST and not _named_after(body, fig)


def repeated_subjects(figures: list[Figure], body: str) -> list[Figure]:
    """The figures with the subjects of the earlier figures they repeat (above): the earlier
    subject and "(repeat)" (rules: every mention gets a row, the second subject ends "(repeat)")."""
    out = list(figures)
    said: dict[tuple[str, str, object], Figure] = {}
    for i, fig in enumerate(out):
        if fig.kind not in REPEAT_KINDS or not is_number(fig.value):
            continue
        key = _repeat_key(fig)
        earlier = said.get(key)
        if earlier is not None and _points_back(body, fig):
            unit = earlier.unit if fig.unit == "count" else fig.unit
            out[i] = fig._replace(unit=unit, subject=repeat_subject(earlier.subject, fig.subject))
        elif earlier is None and bare_subject_of(fig.subject):
            said[key] = fig
        if (
            fig.kind == "count"
            and fig.end == fig.core[1]
            and RE_ADDED_TO_BEFORE.search(body, max(0, fig.start - ADDED_TO_REACH), fig.start)
        ):
            named = _added_to(out, i, body)
            out[i] = out[i]._replace(subject=with_labels(named, out[i].subject)) if named else out[i]
        elif (
            fig.kind == "money"
            and body.startswith(" of ", fig.end)
            and (spent := RE_SPENT_ON.match(body, fig.end))
        ):
            out[i] = fig._replace(subject=with_labels(f"funding for {spent.group(1)}", fig.subject))
    return out


# A bare count after "on top of the" or "in addition to the" ("hire 35 more wardens, on top of the
# 210 already on patrol"): those already there of the thing the count before it adds, with the
# words said after it.
RE_ADDED_TO_BEFORE = re.compile(
    r"(?:on[ \t]+top[ \t]+of|in[ \t]+addition[ \t]+to|besides|alongside|as[ \t]+well[ \t]+as)[ \t]+the[ \t]+\Z"
)
ADDED_TO_REACH = 24
RE_ADDED_WORDS = re.compile(r"(?:more|further|additional|extra|new)[ \t]+")


def _added_to(out: list[Figure], i: int, body: str) -> str:
    """The subject of a bare count that more of the same are added to (above), or ""."""
    fig = out[i]
    prev = next((f for f in reversed(out[max(0, i - LOOKBACK_FIGURES) : i]) if f.kind == "count"), None)
    if prev is None or prev.unit != fig.unit or "." in body[prev.end : fig.start]:
        return ""
    noun = RE_ADDED_WORDS.sub("", bare_subject_of(prev.subject), count=1)
    if not noun:
        return ""
    said = RE_BARE_PREDICATE.match(body, fig.end)
    return f"{noun} {said.group(1)}" if said else noun


# A sum that is part of one said before, then what it is spent on ("About £3 million of that will go
# to a new lifeboat station"; "NOK 6 million of it pays for a radar"): the funding for that thing.
RE_SPENT_ON = re.compile(
    r" of[ \t]+(?:that|this|it|which)[ \t]+(?:(?:will|would|is[ \t]+to|are[ \t]+to)[ \t]+)?"
    r"(?:go|goes|went|pay|pays|paid|is|are|was|were)[ \t]+(?:to|for|towards?|on)[ \t]+"
    r"((?:an?|the)[ \t]+[^,;:.()\n]{3,60}?)(?=[,;:.()\n]|\Z)"
)


# --- A counted noun and the words around it: the noun phrase it is "of", what was done to it ---

# a noun phrase a count is "of", after "a" or "an" ("drew an average audience of 182,000 viewers",
# "a fleet of 40 buses"): the whole the count sizes, with the counted noun ("the salaries of 2,300
# teachers" is owned by the teachers counted: no whole)
RE_HEAD_OF_BEFORE = re.compile(
    rf"(?:^|[^\w'’])[Aa]n?[ \t]+((?:[a-z][\w-]*[ \t]+){{0,2}}[a-z][\w-]*)[ \t]+of[ \t]+(?:(?:{APPROX})[ \t]+)?\Z"
)
HEAD_OF_REACH = 60  # characters before a count read for the noun phrase it is "of"
# heads that only quantify what is counted ("a total of 40 people"): no thing of their own
QUANTIFYING_HEADS = frozenset(
    ("total", "number", "maximum", "minimum", "handful", "couple", "pair", "lot", "tally")
)
# what was done to the counted things, said right after them ("3,260 devices have been installed",
# "1,200 pumps were repaired"), or what they were doing ("22 men sharing a cell")
RE_DONE_AFTER = re.compile(
    r"[ \t]+(?:(?:have|had)[ \t]+been[ \t]+|(?:were|are)[ \t]+(?:being[ \t]+)?)([a-z]+ed)\b(?![ \t]+(?:by|to|that|as|of)\b)"
    r"|[ \t]+([a-z]{3,}ing[ \t]+(?:an?|the)[ \t]+[a-z][\w-]*)\b"
)
# a preposition before a count ("permits for 1,870 dwellings were issued"): the count is its
# object, and a verb after it is of the noun before the preposition ("with" opens a clause of its
# own: "with as many as 22 men sharing a cell")
RE_PREPOSITION_BEFORE = re.compile(
    rf"(?:^|[^\w'’])(?<!up )(?<!close )(?:{'|'.join(sorted(PREPOSITIONS - {'with'}))})[ \t]+(?:the[ \t]+)?"
    rf"(?:(?:{APPROX})[ \t]+)?\Z"
)
# a bare count set against the count before it, and its participle ("3,260 devices have been
# installed, against 5,000 planned"): the same things, so planned
RE_SET_AGAINST_BEFORE = re.compile(
    r"(?:against|compared[ \t]+with|versus)[ \t]+(?:(?:{APPROX})[ \t]+)?\Z".replace("{APPROX}", APPROX)
)
RE_SET_PARTICIPLE = re.compile(r"[ \t]+([a-z]+ed)\b")


def _counted_alone(body: str, fig: Figure) -> str:
    """A count's subject when it is only the noun said right after the number, or ""."""
    bare = bare_subject_of(fig.subject)
    noun = " ".join(body[fig.core[1] : fig.end].split())
    return bare if bare and bare.lower() == noun.lower() else ""


def _counted_phrase(body: str, fig: Figure) -> str:
    """The subject of a count that names only its noun, with the noun phrase it is "of" or what
    was done to it (above), or ""."""
    noun = _counted_alone(body, fig)
    if not noun:
        return ""
    head = RE_HEAD_OF_BEFORE.search(body, max(0, fig.start - HEAD_OF_REACH), fig.start)
    quantified = head is not None and head.group(1).split()[-1] in QUANTIFYING_HEADS
    if head is not None and not quantified:
        return f"{head.group(1)} of {noun}"
    done = RE_DONE_AFTER.match(body, fig.end)
    if done is None or done.group(2) and done.group(2).split()[0] in NOT_PREDICATE_OPENERS:
        return ""
    if not quantified and RE_PREPOSITION_BEFORE.search(body, max(0, fig.start - HEAD_OF_REACH), fig.start):
        return ""  # ("3.52 million of the 4.3 million eligible voters casting a ballot": the part's deed)
    return f"{noun} {done.group(1) or done.group(2)}"


def _set_against(out: list[Figure], i: int, body: str) -> str:
    """The subject of a bare count set against the count before it, with its participle (above),
    or ""."""
    fig = out[i]
    said = RE_SET_PARTICIPLE.match(body, fig.end)
    prev = out[i - 1]
    if said is None or prev.kind != "count" or prev.unit != fig.unit or "." in body[prev.end : fig.start]:
        return ""
    noun = " ".join(body[prev.core[1] : prev.end].split()) or bare_subject_of(prev.subject)
    return f"{noun} {said.group(1)}" if noun else ""


def counted_subjects(figures: list[Figure], body: str) -> list[Figure]:
    """The figures with the subjects a counted noun's phrase gives them (above)."""
    out = list(figures)
    for i, fig in enumerate(out):
        if fig.kind != "count":
            continue
        named = ""
        if fig.end > fig.core[1]:
            named = _counted_phrase(body, fig)
        elif i and RE_SET_AGAINST_BEFORE.search(body, max(0, fig.start - 24), fig.start):
            named = _set_against(out, i, body)
        if named:
            out[i] = fig._replace(subject=with_labels(named, fig.subject))
    return out


# --- A sum and the phrase after it: what it was set aside, collected or asked for ---

# a participle phrase or purpose right after a sum ("a further NZ$6.2 million set aside for the new
# ferry"; "the NLe 6.31 billion collected over the same period in 2025"; "asks for US$4.7 million to
# build a 500-bed facility"): what the sum is, read to the next punctuation, numbers and all
RE_SUM_PHRASE = re.compile(
    r"[ \t]+((?:(?:set|put|laid)[ \t]+aside|[a-z]{3,}ed)[ \t]+(?:for|to|on|over|in|from|during|towards?)"
    r"|to[ \t]+[a-z]{3,}[ \t]+(?:an?|the|its|their|new|more)\b)"
    r"([^,;:()\n]{0,60}?)(?=[,;:()\n]|\.(?!\d)|\Z)"
)
SUM_PHRASE_WORDS = 9  # the most words of that phrase kept
SUM_PHRASE_ENDS = CLAUSE_OPENERS | frozenset(("which", "who", "whereas", "though", "although"))


def _sum_phrase(fig: Figure, body: str) -> str:
    """The subject of a sum with the participle phrase or purpose said right after it (above), to
    a clause opener: its own subject and the phrase ("sum" when it had none); "" when there is no
    phrase or the subject holds its verb already."""
    said = RE_SUM_PHRASE.match(body, fig.end)
    if said is None:
        return ""
    words = f"{said.group(1)}{said.group(2)}".split()[:SUM_PHRASE_WORDS]
    cut = next((k for k, w in enumerate(words) if k > 1 and w in SUM_PHRASE_ENDS), len(words))
    phrase = " ".join(words[:cut])
    bare = bare_subject_of(fig.subject)
    held = {w.lower().strip("'’") for w in bare.split()}
    if words[1 if words[0] == "to" else 0] in held or any(
        len(w) > 3 and w.lower().strip("'’") in held for w in words[2:cut]
    ):
        return ""  # ("money allocated to road repairs", "cost of the ballot needed for the ballot")
    if words[0] != "to" and any(w.endswith("ed") for w in held):
        return ""  # a deed done to the sum named already ("money embezzled"): the phrase is that deed's
    return f"{bare} {phrase}" if bare else f"sum {phrase}"


def sum_subjects(figures: list[Figure], body: str) -> list[Figure]:
    """The figures with the subjects the phrase said right after a sum gives them (above)."""
    out = list(figures)
    for i, fig in enumerate(out):
        if fig.kind != "money" or not body.startswith(" ", fig.end) or (fig.subject and "(" in fig.subject):
            continue
        named = _sum_phrase(fig, body)
        if named:
            out[i] = fig._replace(subject=named)
    return out


# --- Sums and changes named only by a time, read last ---

# A sum or a change that every reader before left named by the time after it ("has set aside €2.3m
# for the year", "puts losses at the agency at 3.2 billion naira since January", "has fallen by 21
# per cent in five years"): the time says when, not what; the clause that leads to the figure says
# what, and the time is kept after it ("council set aside for the year").
TIMED_ONLY_KINDS = frozenset(("money", "percent_change", "percentage_share"))


def timed_subjects(
    figures: list[Figure], body: str, bounds: Callable[[int], tuple[int, int]]
) -> list[Figure]:
    """The figures with a subject that names only a time given the clause before them (above)."""
    out = list(figures)
    for i, fig in enumerate(out):
        if fig.kind not in TIMED_ONLY_KINDS or not fig.subject or not only_a_time(fig.subject):
            continue
        led = clause_subject(body, bounds(fig.start)[0], fig.start)
        if led and not only_a_time(led):
            out[i] = fig._replace(subject=f"{led} {fig.subject}")
    return out


# --- Margins over a reference, read last ---

# A measure named only by its dimension and followed by the reference it is counted from ("did
# not cool below 29C overnight, 5 degrees above the August average for night-time lows", "Her
# total is 6kg above the 205kg qualifying mark"): the dimension over that reference, read to the
# next punctuation or clause word, its numbers left out and at most MARGIN_REFERENCE_WORDS words.
RE_MARGIN_AFTER = re.compile(
    r"[ \t]+(above|below|ahead[ \t]+of|behind|short[ \t]+of|clear[ \t]+of)[ \t]+(?:the|its|their|his|her)[ \t]+"
    r"([^,;:()\n]{1,80})"
)
MARGIN_KINDS = frozenset(("other", "percent_change"))
MARGIN_REFERENCE_WORDS = 6
MARGIN_REFERENCE_ENDS = frozenset(("and", "but", "which", "while", "as", "when", "after", "before", "than"))


def _margin_reference(body: str, fig: Figure) -> str:
    """The reference a measure named only by its dimension is counted from (above), or ""."""
    over = RE_MARGIN_AFTER.match(body, fig.end)
    if over is None:
        return ""
    words: list[str] = []
    for word in over.group(2).split():
        if word.lower() in MARGIN_REFERENCE_ENDS:
            break  # another clause
        bare = word.rstrip(".")
        if bare and not any(c.isdigit() for c in bare):
            words.append(bare)  # "the 205kg qualifying mark": the reference, not its number
        if bare != word or len(words) == MARGIN_REFERENCE_WORDS:
            break  # the sentence's end, or enough words
    while words and words[-1].lower() in PREPOSITIONS:
        words.pop()  # "the five-year average of 67%": no number, so no "of"
    if not words or not any(w[:1].isalpha() and len(w) > 2 for w in words):
        return ""
    return f"{' '.join(over.group(1).split())} the {' '.join(words)}"


def _names_only_a_dimension(subject: str) -> bool:
    """Whether a measure's subject is only its dimension ("temperature") or its unit's noun again
    ("points (unit: percentage points)")."""
    bare = bare_subject_of(subject).lower()
    if bare in DIMENSION_ONLY:
        return True
    unit = subject[subject.find("(unit: ") + 7 :].split(")")[0].lower() if "(unit: " in subject else ""
    return " " not in bare and bare in unit.split()


# A list of masses that ends on a dose ("50 mg, 100 mg or 200 mg a day"): each a dose.
RE_LIST_GAP = re.compile(r"(?:,[ \t]*|[ \t]+(?:or|and|to)[ \t]+|,[ \t]+(?:or|and)[ \t]+)")
LIST_GAP_CHARS = 8


def _listed_dose(out: list[Figure], i: int, body: str) -> bool:
    """Whether the figure at i, named by its dimension last, is a member of a list of masses of its
    unit whose next member is a dose (above)."""
    fig = out[i]
    named = bare_subject_of(fig.subject).lower().split()
    if i + 1 >= len(out) or not named or named[-1] not in DIMENSION_ONLY:
        return False  # ("DV-218 weight": the code's mass, its dimension last)
    nxt = out[i + 1]
    return (
        bare_subject_of(nxt.subject) == "dose"
        and nxt.unit == fig.unit
        and nxt.subject.endswith(fig.subject[fig.subject.find("(unit: ") :])
        and nxt.start - fig.end <= LIST_GAP_CHARS
        and RE_LIST_GAP.fullmatch(body, fig.end, nxt.start) is not None
    )


def margin_subjects(figures: list[Figure], body: str) -> list[Figure]:
    """The figures named only by a dimension with the reference after them they exceed or fall
    short of, and the members of a list of masses that ends on a dose named doses."""
    out = list(figures)
    for i in range(len(out) - 2, -1, -1):  # (from the end: "50 mg, 100 mg or 200 mg a day")
        if "(unit: " in out[i].subject and _listed_dose(out, i, body):
            out[i] = out[i]._replace(subject=with_labels("dose", out[i].subject))
    for i, fig in enumerate(out):
        if fig.kind not in MARGIN_KINDS or not _names_only_a_dimension(fig.subject):
            continue
        reference = _margin_reference(body, fig)
        if reference:
            bare = bare_subject_of(fig.subject)
            named = f"{bare} {reference}" if bare else f"margin {reference}"
            out[i] = fig._replace(
                subject=fig.subject.replace(bare, named, 1) if bare else with_labels(named, fig.subject)
            )
    return out


# --- Spans named only as a period, read last ---

# A duration every reader before left as "length of the period" takes what its clause says is
# done in it, read on both sides of it ("and the balance within three months", "for six weeks to
# clear the backlog", "and for 10 seconds nobody said a word"): span_subjects.span_clause_deed,
# over at most SPAN_DEED_CHARS characters each side of it in its sentence.
SPAN_DEED_CHARS = 160


def span_deed_subjects(
    figures: list[Figure], body: str, bounds: Callable[[int], tuple[int, int]]
) -> list[Figure]:
    """The durations named only "length of the period" with the deed their clause names (above)."""
    out = list(figures)
    for i, fig in enumerate(out):
        if fig.kind != "duration" or bare_subject_of(fig.subject) != PERIOD_SUBJECT:
            continue
        s_start, s_end = bounds(fig.start)
        before = without_approx(tokens_before(body, max(s_start, fig.start - SPAN_DEED_CHARS), fig.start))
        after = tokens_between(body, fig.end, min(s_end, fig.end + SPAN_DEED_CHARS))
        deed = span_clause_deed(before, after)
        if deed:
            out[i] = fig._replace(subject=with_labels(PERIOD_SUBJECT + deed, fig.subject))
    return out
