"""Subjects of figures set out in lists, label lines and diaries, read after the sentence rules:
the day or year a heading line names is the period of the figures under it ("Day one (Monday)",
"2023"), a total's label ("Daily total:", "Weekly total:") names the amount it totals, a price
that opens a clause ("At Rs. 268 I barely cover ...") restates the same price said just before,
and a figure whose sentence named nothing takes the label before its colon ("Lunch at a food
truck: $14"), the noun phrase it is apposed to ("I pay the power bill, $187.40"), the whole of a
tally ("Of the traded scrips, 201 advanced") or its own counted noun. The passes at its end name
the thing a verb of expecting leads to, a gapped figure named only by a month and a bare count
before a modifier paired with the next count's.

The readers of the other passes live in report_subjects.py (desk_subjects, court_subjects),
level_subjects.py (pay_subjects), clause_forms.py (told_after_subjects, form_subjects) and
repeat_subjects.py (restated_subjects, repeated_subjects, counted_subjects, sum_subjects)."""

from __future__ import annotations

import re
from collections.abc import Callable

from ..vocab import BE_WORDS, CHANGE_WORDS, EXPECT_VERBS, IRREGULAR_PAST_VERBS, WEEKDAYS
from .back_references import RE_REPEAT_END, repeat_subject
from .clause_forms import HEADING_ENDS, HEADING_WORDS, RE_YEAR_IN_HEADING, form_subjects, told_after_subjects
from .elided_units import APPROX
from .figure import Figure
from .level_subjects import LABEL_REACH, PERIOD_HEADS, pay_subjects
from .line_subjects import (
    alcohol_content,
    casualty_box,
    classified_item,
    counted_label,
    event_result,
    headed_item,
    line_name,
    numbered_label,
    quiz_subjects,
    ranked_name,
    result_name,
    tide_height,
    tier_label,
    verb_line_owner,
    with_labels,
)
from .noun_phrases import (
    CHANGE_NOUNS,
    DETERMINERS,
    PREPOSITIONS,
    PRONOUNS,
    has_content_word,
    noun_phrase_before,
    without_approx,
)
from .numbers import ROUGH_COUNT
from .repeat_subjects import counted_subjects, repeated_subjects, restated_subjects, sum_subjects
from .report_subjects import DIMENSION_ONLY, RE_PERIOD_NAMED, court_subjects, desk_subjects
from .span_subjects import (
    cooking_span,
    noun_of_span,
    rated_activity_span,
    since_span,
    since_start,
    span_clause_deed,
    spouse_span,
    tenure_span,
    travel_span,
)
from .subject_clauses import (
    MONTH_WORDS,
    PERSONAL_PRONOUNS,
    SAYING_WORDS,
    bare_subject_of,
    clause_subject,
    only_a_time,
)
from .subjects import PERIOD_SUBJECT
from .words import cue_within, tokens_before, tokens_between

# the day a heading names: its first word, or in brackets ("Day one (Monday)"); not a name that
# holds one ("3. Cyber Monday's record haul")
RE_WEEKDAY = re.compile(rf"(?:\A|\()({'|'.join(WEEKDAYS)})\b(?!['’])")
# a year heading: the year alone, or with one word before or after it ("Fiscal 2025", "2022 season")
RE_YEAR_HEADING = re.compile(r"(?:([A-Z][a-z]+) )?((?:19|20)\d\d)(?: ([a-z]+))?")


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
    rf"(?:^|(?<=\s))([A-Za-z'’-]+\s+)?(?i:{APPOSED_DETERMINERS})\s+((?:[A-Za-z'’-]+\s+){{0,{APPOSED_WORDS - 1}}}[A-Za-z'’-]+),[ \t]+(?:{ROUGH_COUNT}[ \t]+)?\Z"
)
# A height "up" apposed to a place ("Astronomers at the Kess Observatory, 2,210 metres up, start",
# "The hut, 1,900 feet up, opens"): the place's altitude (late-subj10).
RE_UP_AFTER = re.compile(r"[ \t]+up[ \t]*[,.;]")
RE_UP_PLACE_BEFORE = re.compile(
    rf"(?:^|(?<=\s))((?:(?i:{APPOSED_DETERMINERS})\s+)?(?:[A-Z][\w'’.-]*\s+){{0,4}}[A-Z][\w'’.-]*"
    rf"|(?i:{APPOSED_DETERMINERS})\s+(?:[\w'’-]+\s+){{0,3}}[a-z'’-]+),[ \t]+"
    rf"(?:{ROUGH_COUNT}[ \t]+)?\Z"
)
RE_APPOSED_AFTER = re.compile(r"\s*(?:[,.;)\n]|\Z|\s(?:in|for|a|an|per|each|and)\b|\s[a-z]+(?:ed|wn)\b)")
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


def _altitude_apposed(body: str, fig: Figure) -> str:
    """ "altitude of <place>" for a length "up" apposed to a place (above), or ""."""
    if fig.kind != "other" or not RE_UP_AFTER.match(body, fig.end):
        return ""
    lo = max(0, fig.start - APPOSED_REACH)
    m = RE_UP_PLACE_BEFORE.search(body, body.rfind("\n", lo, fig.start) + 1 or lo, fig.start)
    return f"altitude of {m.group(1)}" if m else ""


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


# "N of M" with nothing after M that names it ("Lifts: 14 of 18.", "31 of 38 running"): M is the
# whole the part N is counted from, so it counts what N counts
RE_PART_OF = re.compile(r"[ \t]+(?:out[ \t]+)?of[ \t]+")


def _whole_of_part(part: Figure | None, fig: Figure, body: str) -> str:
    """A bare count's subject after "N of", where N is a bare count that names something: N's
    subject, its labels left out ("Lifts: 14 of 18." -> "Lifts" for the 18), or "" (above)."""
    if part is None or fig.kind != "count" or part.kind != "count" or part.end != part.core[1]:
        return ""
    if fig.end != fig.core[1] or RE_PART_OF.fullmatch(body, part.end, fig.start) is None:
        return ""
    return bare_subject_of(part.subject)


# "N nouns ... of the M" with nothing after M that names it but a place or a holder ("Only 38 seats
# are left of the 189 on the charter", "nine beds were free out of the 310 at the two hospitals"):
# M counts the part's noun, in the place the phrase after M names (`seats on the charter`;
# late-subj12). The part is the figure before it in the same clause, a count with its own noun.
RE_WHOLE_OF_THE = re.compile(r"[ \t]+(?:out[ \t]+)?of[ \t]+the[ \t]+\Z")
RE_WHOLE_PLACE = re.compile(
    r"[ \t]+((?:on|at|in|aboard)[ \t]+[^\W\d][\w'’ -]{1,50}?)(?=[ \t]*(?:[,.;:\n]|\Z))"
)
WHOLE_OF_THE_REACH = 60  # characters from the part's noun to the whole, at most
WHOLE_PLACE_WORDS = 6


def _whole_of_the(part: Figure | None, fig: Figure, body: str) -> str:
    """What a bare count after "of the" counts, the noun of a count before it (above), or ""."""
    if part is None or fig.kind != "count" or part.kind != "count" or fig.end != fig.core[1]:
        return ""
    if not RE_WHOLE_OF_THE.search(body, max(0, fig.start - 12), fig.start):
        return ""  # the cheap test first
    noun = " ".join(body[part.core[1] : part.end].split())
    between = body[part.end : fig.start]
    if (
        not noun.isalpha()
        or not noun.islower()
        or len(between) > WHOLE_OF_THE_REACH
        or any(ch in between for ch in ",;:.()\n")
    ):
        return ""
    place = RE_WHOLE_PLACE.match(body, fig.end)
    if place and len(place.group(1).split()) <= WHOLE_PLACE_WORDS:
        return f"{noun} {place.group(1)}"
    return noun


# A sum in brackets right after another that shared its subject ("Staff nurse, 3-5 years'
# experience: Dh14,000 to Dh18,500 (about $5,040 at the top of the band)") follows it when a list
# or label reader names the one before anew (late-subj12).
RE_BRACKETED_AFTER = re.compile(rf"[ \t]*\([ \t]*(?:{ROUGH_COUNT}[ \t]+)?")


def _bracketed_after(before: Figure, fig: Figure, renamed: Figure, body: str) -> bool:
    """Whether a figure in brackets after `before`, of its old subject, takes its new one (above)."""
    return (
        renamed.subject != before.subject
        and fig.subject == before.subject
        and fig.kind == before.kind
        and RE_BRACKETED_AFTER.fullmatch(body, before.end, fig.start) is not None
    )


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
    for j in range(i - 1, -1, -1):
        earlier = figures[j]
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
        elif event := event_result(body, fig):
            subject = with_labels(event + (" (repeat)" if subject.endswith("(repeat)") else ""), subject)
        elif boxed := casualty_box(body, fig) or verb_line_owner(body, fig):
            subject = with_labels(boxed + (" (repeat)" if subject.endswith("(repeat)") else ""), subject)
        elif fig.kind == "other" and bare_subject_of(subject).lower() in DIMENSION_ONLY:
            # "the island's water supply, about 1.1 million gallons a day"; "the hut, 900 metres up"
            apposed = _altitude_apposed(body, fig) or _apposed_noun(body, fig) or tide_height(body, fig)
            subject = with_labels(apposed, subject) if apposed else subject
        elif bare_subject_of(subject).lower() in ("", "total") and (headed := headed_item(body, fig)):
            subject = with_labels(headed, subject)  # "(a) want of an official mark: 0" under its heading
        elif whole := _whole_of_the(out[i - 1] if i else None, fig, body):
            subject = with_labels(whole, subject)  # "Only 38 seats are left of the 189 on the charter"
        elif subject.endswith("(repeat)") and (ranked := ranked_name(body, fig)):
            subject = f"{ranked} (repeat)"  # "1. Toofan 2 (Hindi) – ₹112.6 cr": the entry's, restated
        elif not bare_subject_of(subject):
            subject = with_labels(
                _label_before(body, fig)
                or numbered_label(body, fig, "")
                or tier_label(body, fig)
                or ranked_name(body, fig)
                or tide_height(body, fig)
                or line_name(body, fig)
                or result_name(body, fig)
                or counted_label(body, fig)
                or _apposed_noun(body, fig)
                or _tally_part(body, fig, bounds(fig.start)[0])
                or _counted_noun(body, fig)
                or _whole_of_part(out[i - 1] if i else None, fig, body),
                subject,
            )
        elif (
            fig.kind == "count"
            and RE_FURTHER_BEFORE.search(body, max(0, fig.start - 16), fig.start)
            and (counted := _counted_noun(body, fig)).startswith(bare_subject_of(subject) + " ")
        ):
            subject = with_labels(counted, subject)  # "A further 86 erven ... set aside for ..."
        elif labelled := numbered_label(body, fig, bare_subject_of(subject)):
            subject = with_labels(labelled, subject)  # "Carving auction, 12 lots: NZ$3,870": not the lots
        elif fig.kind == "money":
            subject = _total_subject(subject, spending) or _left_on(body, fig) or subject
        elif owned := _owned_count(body, fig):
            subject = with_labels(owned, subject)
        if subject == fig.subject and i and _bracketed_after(figures[i - 1], fig, out[i - 1], body):
            subject = with_labels(bare_subject_of(out[i - 1].subject), subject)
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
    subjected = quiz_subjects(
        entry_subjects(
            idiom_span_subjects(
                span_deed_subjects(
                    gapped_time_subjects(
                        timed_subjects(
                            aside_change_subjects(
                                margin_subjects(
                                    repeated_subjects(
                                        counted_subjects(sum_subjects(restated, body), body), body
                                    ),
                                    body,
                                ),
                                body,
                                bounds,
                            ),
                            body,
                            bounds,
                        ),
                        body,
                    ),
                    body,
                    bounds,
                ),
                body,
                bounds,
            ),
            body,
        ),
        body,
    )
    paired = paired_modifier_counts(expected_subjects(subjected, body, bounds), body)
    return classified_subjects(paired, body, bounds)


def classified_subjects(
    figures: list[Figure], body: str, bounds: Callable[[int], tuple[int, int]]
) -> list[Figure]:
    """The figures with the item a classified line opens with as their subject
    (`line_subjects.classified_item`), and a drink's strength its alcohol content (last, when the
    price before it has its item)."""
    out = list(figures)
    for i, fig in enumerate(out):
        item = classified_item(body, fig, bounds, DIMENSION_ONLY) or alcohol_content(
            body, fig, out[i - 1] if i else None
        )
        if item:
            out[i] = fig._replace(subject=with_labels(item, fig.subject))
    return out


# A price in brackets after an animal's weight ("Heifers sold to £2,240 for 700kg (£320)"): the
# price by weight of the same sale, whose subject the price before the weight names.
RE_BRACKET_AFTER_WEIGHT = re.compile(r"\s*\(\s*\Z")


# A bare count with "more" after it and no noun ("employs 1,230 drivers and plans to recruit 85
# more by March"): more of what the count before it in the sentence counts.
RE_MORE_AFTER = re.compile(r"[ \t]+more\b(?![ \t]+[a-z]+[ \t]+(?!by\b|in\b|to\b|from\b|this\b|next\b)[a-z])")


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
        s_start = bounds(fig.start)[0]
        level = _level_before(out, i, body, s_start) if fig.direction else ""
        led = "" if level else clause_subject(body, s_start, fig.start)
        if level:
            out[i] = fig._replace(subject=with_labels(level, fig.subject))
        elif led and not only_a_time(led):
            out[i] = fig._replace(subject=f"{led} {fig.subject}")
    return out


def _level_before(out: list[Figure], i: int, body: str, s_start: int) -> str:
    """What the level a change follows after a comma in its sentence measures ("carried out 6,130
    inspections in the financial year, 5 percent fewer than a year earlier" -> "inspections"): the
    last figure before it that is no date, if it has no direction and names more than a time; or
    "" (subj42)."""
    fig = out[i]
    for j in range(i - 1, -1, -1):
        prev = out[j]
        if prev.start < s_start or prev.direction or body.find(",", prev.end, fig.start) < 0:
            return ""
        if prev.kind != "date":
            named = bare_subject_of(prev.subject)
            return named if named and not only_a_time(named) else ""
    return ""


# --- Changes told in an aside after a noun phrase, read last ---

# A change that every reader before left naming nothing, or only a verb or a change word, told in
# an aside or a relative clause right after a noun phrase and its comma ("blames the overrun on
# cement prices, up 31% since 2022", "Mortgage rates, which went up 0.5 points on 1 March, ..."):
# the change is of that noun phrase, read back from the comma (at most ASIDE_PHRASE_CHARS).
RE_CHANGE_ASIDE_BEFORE = re.compile(
    r"(,)[ \t]+(?:(?:which|that)[ \t]+(?:(?:has|have|had)[ \t]+)?[a-z]+(?:[ \t]+(?:up|down))?|up|down)"
    rf"[ \t]+(?:by[ \t]+)?(?:(?:{'|'.join(map(re.escape, APPROX))})[ \t]+)?\Z"
)
ASIDE_REACH = 48  # characters back from a change read for its aside
ASIDE_PHRASE_CHARS = 80


def _names_no_thing(subject: str) -> bool:
    """Whether a subject names nothing, or only a verb or a change word ("went", "rise")."""
    words = bare_subject_of(subject).lower().split()
    if not words or not has_content_word(" ".join(words)):
        return True
    word = words[0]
    return len(words) == 1 and (word in CHANGE_WORDS or word in CHANGE_NOUNS or word in IRREGULAR_PAST_VERBS)


def _figure_in_clause(out: list[Figure], i: int, s_start: int, body: str, comma: int) -> bool:
    """Whether a figure that is no date stands before the i-th in its sentence with no comma
    between it and `comma` (the aside's comma)."""
    j = i - 1
    while j >= 0 and out[j].start >= s_start and out[j].kind == "date":
        j -= 1
    return j >= 0 and out[j].start >= s_start and body.find(",", out[j].end, comma) < 0


def aside_change_subjects(
    figures: list[Figure], body: str, bounds: Callable[[int], tuple[int, int]]
) -> list[Figure]:
    """The changes that name no thing with the noun phrase their aside follows (above; subj42)."""
    out = list(figures)
    for i, fig in enumerate(out):
        if not fig.direction or not _names_no_thing(fig.subject):
            continue
        s_start = bounds(fig.start)[0]
        aside = RE_CHANGE_ASIDE_BEFORE.search(body, max(s_start, fig.start - ASIDE_REACH), fig.start)
        comma = aside.start(1) if aside else -1
        if aside is None or _figure_in_clause(out, i, s_start, body, comma):
            continue  # (a level in the clause before it is what the readers before read it by)
        phrase = noun_phrase_before(tokens_before(body, max(s_start, comma - ASIDE_PHRASE_CHARS), comma))
        named = " ".join(phrase).strip()
        if named and has_content_word(named) and named.split()[0].lower() not in PRONOUNS:
            out[i] = fig._replace(subject=with_labels(named, fig.subject))
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


# --- Spans an idiom names, read last ---

# A duration an idiom names whatever the readers before named (span_subjects.spouse_span,
# since_span, cooking_span): "his wife of 52 years", "Ten years have passed since the floods", "Bake
# for 25 minutes"; read in at most IDIOM_SPAN_CHARS characters each side of it in its sentence.
IDIOM_SPAN_CHARS = 100
NOUN_OF_SPAN_CHARS = 40  # characters back from a span read for "a NOUN of" (span_subjects.noun_of_span)
# "ago" after a span that opens its sentence and that no reader before named: the time since then
RE_AGO_AFTER = re.compile(r"[ \t]+ago\b", re.IGNORECASE)


def _idiom_span(body: str, fig: Figure, s_start: int, s_end: int) -> str:
    """The subject an idiom around a duration gives it (above), or ""."""
    ago = RE_AGO_AFTER.match(body, fig.end)
    named = "" if ago else spouse_span(body[max(s_start, fig.core[0] - 40) : fig.core[0]])
    since = -1 if named else since_start(body, fig.start, fig.end, s_start)
    if since >= 0 and not bare_subject_of(fig.subject).startswith("time since"):
        named = since_span(tokens_between(body, since, min(s_end, since + IDIOM_SPAN_CHARS)))
    if not named and fig.start - s_start <= IDIOM_SPAN_CHARS:
        named = cooking_span(tokens_between(body, s_start, fig.start))
    if not named and ago and not has_content_word(bare_subject_of(fig.subject)):
        opening = not body[s_start : fig.start].strip(" \t\n\"“‘'")
        named = "time since then" if opening else ""  # "Two years ago, ...", a "50 YEARS AGO" heading
    if not named and not ago:
        named = travel_span(body, fig.end) or _unnamed_noun(
            tenure_span(body, fig.end)
            or rated_activity_span(body, fig.end)
            or noun_of_span(body[max(s_start, fig.core[0] - NOUN_OF_SPAN_CHARS) : fig.core[0]]),
            fig.subject,
        )
    return named


def _unnamed_noun(noun: str, subject: str) -> str:
    """A noun a subject does not name yet (its last word not among the subject's words), or ""."""
    return noun if noun and noun.split()[-1].lower() not in bare_subject_of(subject).lower().split() else ""


def idiom_span_subjects(
    figures: list[Figure], body: str, bounds: Callable[[int], tuple[int, int]]
) -> list[Figure]:
    """The durations with the subjects their idioms give (above)."""
    out = list(figures)
    for i, fig in enumerate(out):
        if fig.kind == "duration":
            named = _idiom_span(body, fig, *bounds(fig.start))
            if named:
                out[i] = fig._replace(subject=with_labels(named, fig.subject))
    return out


# --- Figures of a list entry or a verbless fragment, read last ---

# A figure every reader before left naming nothing (or only a rate's "per" label, or, for a part
# of a span, only the unit of the part before it) and told in a verbless fragment that opens on a
# noun phrase ("Guesthouse near the harbour, 3 nights.", "Ferry to the island (45 minutes)",
# "Parking at the trailhead, $10 a day") is of that noun phrase; failing that, one told in the
# entry under a list entry's heading ("2. Château Lamothe Rouge 2020" on its own line, or "Day 3 –
# Lake Bled." opening the line) is of the heading's title, a trailing year (a vintage) left out.
FRAGMENT_REACH = 80  # characters back from a figure read for the fragment's noun phrase
FRAGMENT_WORDS = 7
RE_FRAGMENT_BEFORE = re.compile(
    r"(?:\A|(?<=\n)|[.!?;:][ \t]+|[–—][ \t]+)([A-Z][A-Za-z'’ -]{2,70}?)(?:,[ \t]+|[ \t]+\()"
    rf"(?:(?:{ROUGH_COUNT}|up to|just over|over|under)[ \t]+)?\Z"
)
RE_FRAGMENT_AFTER = re.compile(r"[ \t]*(?:[,.;)\n]|\Z|(?:a|an|per|each|for|then|and|with)\b)")
# words a fragment holds none of: it would be a clause, not a noun phrase
FRAGMENT_NOT_WORDS = frozenset(
    """is are was were be been being has have had will would can could may might must shall should
    do does did said says i you he she we they it this that there here if when while as although
    though because since unless until once after before however but so yet also then""".split()
)
# a list entry's heading: "N." or "N)" alone on its line before the title, or a word and a number
# and a dash ("Day 3 –", "Stage 12 -", "Lesson 3:") before it, the title on its own line or ended
# by a full stop on the entry's first line
RE_ENTRY_OWN_LINE = re.compile(
    r"[ \t]*(?:\d{1,2}[.)]|[A-Z][a-z]{2,9}[ \t]+\d{1,2}[ \t]*[–—:-])[ \t]+([^\n]{2,80}?)[ \t]*"
)
RE_ENTRY_INLINE = re.compile(
    r"[ \t]*[A-Z][a-z]{2,9}[ \t]+\d{1,2}[ \t]*[–—-][ \t]+([^.!?:\n]{2,60}?)\.(?:[ \t]+|\Z)"
)
ENTRY_TITLE_WORDS = 8
RE_TITLE_YEAR = re.compile(r"[ \t]+(?:19|20)\d\d\Z")
RE_RATE_LABEL = re.compile(r"(?:per|a|an|each|for(?:[ \t]+(?:a|an|one))?)[ \t]+[\w. ]{1,12}")
TIME_UNIT_WORDS = frozenset("hour hours minute minutes second seconds".split())


def _entry_title(line: str) -> tuple[str, int]:
    """The title a list entry's heading line gives and where in the line its entry starts (past
    the line's end when the title stands alone on it); ("", 0) when the line is no heading."""
    own = RE_ENTRY_OWN_LINE.fullmatch(line)
    if own and own.group(1)[-1] not in ".!?:;,":
        title, start = own.group(1), len(line) + 1
    elif inline := RE_ENTRY_INLINE.match(line):
        title, start = inline.group(1), inline.end()
    else:
        return "", 0
    head = line.split(None, 1)[0].lower()
    if head in MONTH_WORDS or head.title() in WEEKDAYS:
        return "", 0  # "March 3 – Prices rose.": a dated diary line, not an entry's heading
    title = RE_TITLE_YEAR.sub("", title.strip())
    if len(title.split()) > ENTRY_TITLE_WORDS or not any(ch.isalpha() for ch in title):
        return "", 0
    return title, start


def _entries(body: str) -> list[tuple[int, int, str]]:
    """(start, end, title) of each list entry: from its heading's title to the next blank line or
    the next heading."""
    found: list[tuple[int, int, str]] = []
    at = 0
    current: tuple[int, int, str] | None = None  # the entry being read
    for text in body.split("\n"):
        title, start = _entry_title(text) if text[:1].isalnum() or text[:1] in " \t" else ("", 0)
        if title or not text.strip():
            if current is not None:
                found.append(current)
            current = (at + start, at + len(text), title) if title else None
        elif current is not None:
            current = (current[0], at + len(text), current[2])
        at += len(text) + 1
    if current is not None:
        found.append(current)
    return [entry for entry in found if entry[0] < entry[1]]


def _fragment_head(body: str, fig: Figure, part_next: bool) -> str:
    """The noun phrase opening the verbless fragment a figure ends (above), or ""; `part_next`:
    the next part of the same span follows the figure ("(1 hour 15 minutes)")."""
    if not part_next and not RE_FRAGMENT_AFTER.match(body, fig.end):
        return ""
    lo = max(0, fig.start - FRAGMENT_REACH)
    line = body.rfind("\n", lo, fig.start)
    m = RE_FRAGMENT_BEFORE.search(body, line + 1 if line >= 0 else lo, fig.start)
    if m is None:
        return ""
    named = " ".join(m.group(1).split())
    words = named.lower().split()
    if (
        len(words) > FRAGMENT_WORDS
        or words[0] in PREPOSITIONS
        or words[-1] in PREPOSITIONS
        or words[-1] in DETERMINERS
        or any(word in FRAGMENT_NOT_WORDS or word in SAYING_WORDS for word in words)
        or only_a_time(named)
    ):
        return ""
    return named


def _span_part(fig: Figure, before: Figure | None) -> bool:
    """Whether a duration follows the part of the same span before it ("1 hour 15 minutes")."""
    return (
        before is not None
        and fig.kind == "duration"
        and before.kind == "duration"
        and 0 <= fig.start - before.end <= 2
    )


def _unnamed(fig: Figure, before: Figure | None) -> str | None:
    """What a figure names that the entry and fragment reader may name anew: "" for nothing, or its
    rate's label ("per person", "a can"); a span's later part named only by the unit of the part
    before it names nothing; None when it names something."""
    bare = bare_subject_of(fig.subject)
    if not bare:
        return ""
    if RE_RATE_LABEL.fullmatch(bare):
        return bare
    if bare.lower() in TIME_UNIT_WORDS and _span_part(fig, before):
        return ""
    return None


def entry_subjects(figures: list[Figure], body: str) -> list[Figure]:
    """The figures naming nothing given their fragment's noun phrase or their list entry's title,
    and a measure named only by its dimension in a list entry that title's (above)."""
    out = list(figures)
    entries = _entries(body)
    k = 0
    for i, fig in enumerate(out):
        if fig.kind == "date" or (fig.kind == "count" and fig.end == fig.core[1]):
            continue  # (a bare number: "Kane (21)", "Votes cast in Leeds, 41" count nothing named)
        before = figures[i - 1] if i else None
        label = _unnamed(fig, before)
        bare = bare_subject_of(fig.subject)
        dimension = fig.kind == "other" and bool(bare) and bare.lower() in DIMENSION_ONLY
        if label is None and not dimension:
            continue
        named = ""
        if _span_part(fig, before) and out[i - 1].subject != figures[i - 1].subject:
            named = bare_subject_of(out[i - 1].subject)  # the part before it was named here
        elif not dimension:
            part_next = i + 1 < len(out) and _span_part(out[i + 1], fig)
            named = _fragment_head(body, fig, part_next)
        if not named:
            while k < len(entries) and entries[k][1] < fig.core[0]:
                k += 1  # (figures and entries both in text order: one walk)
            if k < len(entries) and entries[k][0] <= fig.core[0]:
                named = f"{bare} of {entries[k][2]}" if dimension else entries[k][2]
        if not named:
            continue
        if label:
            label = re.sub(r"\A(?:a|an)\b", "per", label)
        out[i] = fig._replace(subject=with_labels(f"{named} {label or ''}".strip(), fig.subject))
    return out


# --- Expected things, gapped figures named by a time, counts before paired modifiers (subj39) ---

# A figure in what a verb of expecting says ("Economists expect Portugal's economy to grow 1.8%",
# "Brokers forecast prices to ease to about $2.10", "The zoo expects about 1.25 million") that a
# reader before named by the one who expects ("Economists", "Brokers forecast prices") or by the
# verb alone ("expects"): the expected thing, named by the verb's participle and the noun phrase
# after the verb, else the rest of the subject after the verb, else the infinitive's verb
# ("expected Portugal's economy", "forecast prices ease", "expected fall"); the one who expects is
# the attribution's. Read over at most EXPECT_REACH characters before the figure in its sentence;
# the figure must follow the verb in its clause: "that", a noun phrase of up to five words and "to"
# or a modal and a verb, then only an approximation ("a further", "about") or one preposition.
# the participle that names what a verb of vocab.EXPECT_VERBS expects, by the verb's stem
PARTICIPLE_OF_STEM = {
    "expect": "expected", "forecast": "forecast", "predict": "predicted", "estimate": "estimated",
    "project": "projected", "anticipate": "anticipated",
}  # fmt: skip
EXPECT_PARTICIPLES = {
    verb: participle
    for verb in EXPECT_VERBS
    for stem, participle in PARTICIPLE_OF_STEM.items()
    if verb.startswith(stem)
}
EXPECT_REACH = 120
# what every match of RE_EXPECT_VERB holds, as written: each of its verbs opens with one of these
# stems (EXPECT_PARTICIPLES keeps only the verbs that do), and the pattern ignores no case
EXPECT_STEMS = tuple(PARTICIPLE_OF_STEM)
RE_EXPECT_VERB = re.compile(rf"\b({'|'.join(sorted(EXPECT_PARTICIPLES, key=len, reverse=True))})\b")
RE_EXPECTED_AFTER = re.compile(
    r"[ \t]+(?:that[ \t]+)?(?:(?P<np>(?:[\w'’-]+[ \t]+){1,5}?)?(?:to|will|would|could|may|might|should)"
    r"[ \t]+(?P<verb>[a-z]+)[ \t]+(?:(?:by|at|to|of)[ \t]+)?)?"
    rf"(?:(?:{APPROX}|another|a[ \t]+further|further|a|an)[ \t]+)*\Z"
)
RE_FURTHER = re.compile(r"\b(?:further|another)\b")
NOT_DOERS = frozenset(("than", "as", *BE_WORDS, *DETERMINERS, *PREPOSITIONS))
PRONOUN_WORDS = PRONOUNS | {"them"}  # also the object of a verb of expecting ("expect them to")
NOUN_LIKE_VERBS = frozenset("forecast forecasts estimate project projects".split())  # also nouns
RE_TO_AFTER = re.compile(r"[ \t]+to\b")
EXPECTED_KINDS = frozenset(("date",))  # a date's subject says whose date it is


def _expected_thing(body: str, fig: Figure, s_start: int) -> str:
    """The subject of a figure a verb of expecting leads to, named by its doer or verb (above)."""
    lo = max(s_start, fig.start - EXPECT_REACH)
    verbs = list(RE_EXPECT_VERB.finditer(body, lo, fig.start))
    verb = verbs[-1] if verbs else None  # the last verb of expecting before the figure
    after = RE_EXPECTED_AFTER.fullmatch(body, verb.end(), fig.start) if verb else None
    before = body[lo : verb.start()].split() if verb else []
    if after is None or not before or before[-1].lower() in NOT_DOERS or not before[-1][-1:].isalpha():
        return ""
    words = bare_subject_of(fig.subject).split()
    lowered = [w.lower() for w in words]
    said = verb.group(1)
    if before[-1].lower() in PERSONAL_PRONOUNS and lowered[:1] != [said]:
        return ""  # "At this price I expect to get": the words before the verb are no doer's
    if said in NOUN_LIKE_VERBS and RE_TO_AFTER.match(body, verb.end()):
        return ""  # "Three rail projects to cost $5bn": a noun
    thing = [w for w in (after.group("np") or "").split() if w.lower() not in PRONOUN_WORDS | DETERMINERS]
    if said in lowered:  # "Brokers forecast prices ease", "expects"
        rest = [w for w in words[lowered.index(said) + 1 :] if w.lower() not in PRONOUN_WORDS]
    elif words and all(w in before for w in words):  # "Economists", "Analysts polled": the doer
        rest = []
    else:
        return ""
    further = ["further"] if RE_FURTHER.search(after.group(0)) else []  # "expect a further 30 mm"
    named = rest or thing or ([after.group("verb")] if after.group("verb") else further)
    return " ".join((EXPECT_PARTICIPLES[said], *named))


def expected_subjects(
    figures: list[Figure], body: str, bounds: Callable[[int], tuple[int, int]]
) -> list[Figure]:
    """The figures a verb of expecting leads to, named by the expected thing (above)."""
    out = list(figures)
    for i, fig in enumerate(out):
        lo = max(0, fig.start - EXPECT_REACH)
        if (
            fig.kind in EXPECTED_KINDS
            or not fig.subject
            or not cue_within(body, EXPECT_STEMS, lo, fig.start)  # (the cheap test first: the trigger index)
            or RE_EXPECT_VERB.search(body, lo, fig.start) is None
        ):
            continue
        thing = _expected_thing(body, fig, bounds(fig.start)[0])
        if thing:
            out[i] = fig._replace(subject=with_labels(thing, fig.subject))
    return out


# A figure gapped after another of its unit and kind ("grew 2.1% y/y in September and 0.6% m/m",
# "ran at 2.1% in August and 31.8% over 12 months") that a reader before named only by a time with
# a calendar word between them: the first figure's subject, its calendar words left out. A duration
# named by a month or a day alone is the length of the period (span_deed_subjects, read after, may
# name what is done in it); one named by its own span ("years", "period") keeps it.
RE_GAPPED_AND = re.compile(r"[^,;:.()\n]{0,40}\band[ \t]+\Z")
DATED_WORDS = frozenset((*MONTH_WORDS, *(day.lower() for day in WEEKDAYS)))
CALENDAR_WORDS = frozenset(("year", "week", "month", "quarter", *DATED_WORDS))


def _names_a_date(subject: str, words: frozenset[str]) -> bool:
    """Whether a subject named only by a time holds one of `words` (a month, a day, a calendar span)."""
    return only_a_time(subject) and any(w.lower() in words for w in bare_subject_of(subject).split())


def gapped_time_subjects(figures: list[Figure], body: str) -> list[Figure]:
    """The figures named only by a time, named by the figure they are gapped after (above)."""
    out = list(figures)
    for i, fig in enumerate(out):
        if fig.kind == "date" or not _names_a_date(fig.subject, CALENDAR_WORDS):
            continue
        if fig.kind == "duration":
            if bare_subject_of(fig.subject).lower() in DATED_WORDS:  # "August", not "ten months October"
                out[i] = fig._replace(subject=with_labels(PERIOD_SUBJECT, fig.subject))
            continue
        prv = out[i - 1] if i else None
        if prv is None or (prv.kind, prv.unit) != (fig.kind, fig.unit) or not prv.subject:
            continue
        if RE_GAPPED_AND.fullmatch(body, prv.end, fig.start) is None or only_a_time(prv.subject):
            continue
        kept = " ".join(w for w in bare_subject_of(prv.subject).split() if w.lower() not in CALENDAR_WORDS)
        if kept:
            out[i] = fig._replace(subject=with_labels(kept, fig.subject))
    return out


# A bare count before a modifier and "and" whose next count names the thing ("six critical and 11
# minor violations", "58 full-time and 14 part-time call-takers"): the thing with its own modifier
# ("critical violations"); not when the next count has no modifier ("12 for and 9 abstentions").
RE_PAIRED_MODIFIER = re.compile(r"[ \t]+([a-z][a-z-]+)[ \t]+and[ \t]+\Z")


def paired_modifier_counts(figures: list[Figure], body: str) -> list[Figure]:
    """The bare counts before a modifier and "and" named by the next count's thing (above)."""
    out = list(figures)
    for i, fig in enumerate(out[:-1]):
        nxt = out[i + 1]
        if fig.kind != "count" or nxt.kind != "count" or nxt.start - fig.end > 40:
            continue
        pair = RE_PAIRED_MODIFIER.fullmatch(body, fig.end, nxt.start)
        quoted = body[nxt.start : nxt.end].split()
        if (
            pair is None
            or pair.group(1) in NOT_DOERS
            or len(quoted) < 3
            or " " in body[fig.start : fig.end]  # a bare count: "58", "1,200", "Five"
        ):
            continue
        head = quoted[-1]
        if head.replace("-", "").isalpha() and head in nxt.subject.split():
            out[i] = fig._replace(subject=with_labels(f"{pair.group(1)} {head}", fig.subject))
    return out
