"""Subjects: what a figure measures, named from the syntax of news prose around it (the noun
before a change or link word, an "of"-phrase, casualties, a noun carried from the count before,
lists matched with "respectively"), not from the words that happen to sit next to the number."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache, partial

from .. import currencies
from ..measures import AGE_MEASURES, OTHER_MEASURES, convert, quantity_of
from ..reading import LIST_FIGURE_OPENING
from ..vocab import (
    APPROX_WORDS,
    BORROW_VERBS,
    CHANGE_WORDS,
    CLAUSE_BREAKS,
    COMPARATIVE_CHANGES,
    COMPASS_POINTS,
    DURATION_UNITS,
    FRACTION_WORDS,
    FUNCTION_WORDS,
    FUNDS_NOUNS,
    IN_A_ROW_WORDS,
    IRREGULAR_PAST_VERBS,
    LOSE_VERBS,
    MODAL_VERBS,
    NUMBERING_VERBS,
    ORDINAL_WORDS,
    PARENT_NOUNS,
    PEOPLE_NOUNS,
    POSSESSIVE_DETERMINERS,
    SCALE_WORDS,
    SPORT_ABBREVIATIONS,
    STORM_NOUNS,
    TENS_WORDS,
    TODAY_WORDS,
    TRANSITIVE_CHANGE_VERBS,
    UNIT_WORDS,
)
from ..vocab import MONTHS as MONTH_NAMES
from ..vocab import WEEKDAYS as WEEKDAY_NAMES
from . import events, giving, money
from .figure import Figure
from .noun_phrases import (
    ARTICLES,
    AUXILIARIES,
    BARE_COUNT_NOUNS,
    BE_WORDS,
    BOUNDARY_WORDS,
    CHANGE_NOUNS,
    COMMA_ASIDE_PARTICIPLES,
    DETERMINERS,
    FINDING_VERBS,
    LINK_WORDS,
    LINKING_WORDS,
    LIST_JOINS,
    NOT_CONTENT,
    NOT_NOUN_ENDS,
    NOUN_ONLY_CHANGES,
    PARTICLE_NOUN_OPENERS,
    PASSIVE_TIME_ADVERBS,
    PERIOD_WORDS,
    PREPOSITIONS,
    PRONOUNS,
    QUANTITY_HEADS,
    RE_WORD,
    SUBJECT_ADVERBS,
    SUBJECT_PREPOSITIONS,
    Tokenised,
    amount_token,
    aside_participle,
    change_noun_object,
    clause_predicate_subject,
    content_words,
    first_predicate_subject,
    has_content_word,
    head_of,
    list_parts,
    measured_before,
    noun_after,
    noun_behind_brackets,
    noun_phrase_before,
    nouns_after_list,
    participle,
    past_form,
    phrase_after,
    recipient,
    runs_have_content,
    strip_lower,
    tokenise,
    tokens,
    tokens_in,
    without_approx,
    without_aside,
    without_ing_relative,
    without_relative_opening,
    word_runs,
)
from .noun_phrases import IRREGULAR_PARTICIPLES as LINK_PARTICIPLES
from .words import CONFIDENCE_SUBJECT, INTERVAL_BOUNDS_SUBJECT, singular

CLAUSE_MARKS = ',;:()"“”'  # a clause starts after one of these, or after one of CLAUSE_WORDS
# "and", the contrasts and subordinators (vocab.CLAUSE_BREAKS) and the relative pronouns but
# "that", which is as often a determiner before the figure's noun ("that year", "that figure")
CLAUSE_WORDS = ("and", *CLAUSE_BREAKS, "which", "who")
RE_CLAUSE_START = re.compile(f"[{re.escape(CLAUSE_MARKS)}]|\\b(?:{'|'.join(CLAUSE_WORDS)})\\b")
RE_CLAUSE_MARK = re.compile(f"[{re.escape(CLAUSE_MARKS)}]")


SUBJECT_FIELD = Figure._fields.index("subject")
FRACTION_WORDS_SET = frozenset(
    (*FRACTION_WORDS, "percent", "cent")
)  # a part of a whole: "two thirds of", "89 percent of"


def with_subject(fig: Figure, subject: str) -> Figure:
    """fig._replace(subject=subject), built from the figure's other fields without _replace's
    keyword handling (the subject stage replaces a subject for about every other figure)."""
    return tuple.__new__(Figure, (*fig[:SUBJECT_FIELD], subject, *fig[SUBJECT_FIELD + 1 :]))


MAX_WORDS = 4


WINDOW = 120


def clause_subject(body: str, sentence_start: int, start: int) -> str:
    """Up to four content words of the clause that leads to a figure, in text order ("" if none)."""
    window_start = max(sentence_start, start - WINDOW)
    text = _without_acronym_brackets(body[window_start:start])
    # the last cut (RE_CLAUSE_START's last match): no cut word can hold a mark, so only the words
    # after the last mark are searched; the last mark is the first of the text read backwards
    last_mark = RE_CLAUSE_MARK.search(text[::-1])
    after_mark = len(text) - last_mark.start() if last_mark else 0
    tail = text[after_mark:]
    clause_from = max(
        (_end_of_last(word, text, after_mark) for word in CLAUSE_WORDS if word in tail), default=after_mark
    )  # the cheap test first: most clause words are not there
    words = content_words(text[clause_from:])[-MAX_WORDS:]
    if not words and clause_from == after_mark and RE_APPOSED_NUMBER_BEFORE.search(text, 0, after_mark):
        # "Mara Okafor, 27, was 14 of 31": the clause's subject stands before its aside
        aside = RE_APPOSED_NUMBER_BEFORE.search(text, 0, after_mark)
        words = content_words(text[: aside.start()])[-MAX_WORDS:]
    elif (
        len(words) == 1
        and clause_from == after_mark
        and (
            named := RE_NAMED_ASIDE_BEFORE.search(
                text, max(0, text.rfind(",", 0, after_mark - 1)), after_mark
            )
        )
    ):
        # "A second hole, DH-14-031, returned 22m": the subject before a code's or a name's aside
        held = content_words(text[: named.start()])
        if held:
            words = [*held[-(MAX_WORDS - 1) :], *words]
    elif len(words) == 1 and clause_from > after_mark and text[clause_from - 3 : clause_from] == "and":
        # "Okafor gathered the ball and ran 60 metres": a verb after "and" shares the first
        # clause's subject, named when the sentence opens with it
        verb = words[0]
        if verb == text[clause_from:].split()[0] and _verb_after_and(verb):
            first = tokens(text, after_mark, clause_from - 3)
            doer = _and_shared_doer(first) or first_predicate_subject(first)
            if doer and TIME_NAMING_WORDS.isdisjoint(doer.lower().split()):  # not "the firm on Tuesday"
                words = [doer, verb]
    return " ".join(words)


def _verb_after_and(word: str) -> bool:
    """Whether a lower-case word right after "and" reads as a verb in the past or one of lasting,
    finishing or change ("ran", "took", "scored", "rose"; not "diesel", "mining" or "again")."""
    return word.islower() and (
        past_form(word)
        or word in PAST_VERBS
        or word in LASTING_VERBS
        or word in FINISHING_VERBS
        or word in CHANGE_WORDS
    )


# an aside of a code or a short name set off by commas right before a clause's verb ("Another
# hole, DH-14-031, returned", "The new tower, Halcyon Point, rises")
RE_NAMED_ASIDE_BEFORE = re.compile(
    r",\s*(?:[A-Z][A-Za-z0-9]*(?:[-‑][A-Za-z0-9]+)+|(?:[A-Z][\w'’.]*\s+){0,2}[A-Z][\w'’.]*),\s*\Z"
)


# an aside of a bare number set off by commas, right before a clause's verb ("Okafor, 27, was")
RE_APPOSED_NUMBER_BEFORE = re.compile(r",\s*\d{1,3},\s*\Z")


RE_ACRONYM_BRACKETS = re.compile(r"\s*\([A-Z][A-Z0-9&.]{1,9}s?\)(?=\s+[^\W\d_])")


def _without_acronym_words(words: list[str]) -> list[str]:
    """Words without a bracketed acronym between two words ("direct current ( HVDC ) link" ->
    "direct current link"), as _without_acronym_brackets reads a text."""
    for k in range(1, len(words) - 3):
        if words[k] == "(" and words[k + 2] == ")" and RE_BARE_ACRONYM.fullmatch(words[k + 1]):
            return words[:k] + words[k + 3 :]
    return words


def _without_acronym_brackets(text: str) -> str:
    """The text without a bracketed acronym after a name and before a word ("the Baltic Grain
    Exchange (BGE) closed" -> "the Baltic Grain Exchange closed"): its brackets cut no clause.
    A dateline's "(AP) -" is left alone (a dash, not a word, follows it)."""
    if ")" not in text:
        return text  # the cheap test first
    return RE_ACRONYM_BRACKETS.sub("", text)


def _end_of_last(word: str, text: str, start: int) -> int:
    """Where the last whole-word `word` of text[start:] ends (as `\\bword\\b` matches), or start."""
    at = text.rfind(word, start)
    while at >= 0:
        end = at + len(word)
        if (at == 0 or not _word_char(text[at - 1])) and (end == len(text) or not _word_char(text[end])):
            return end
        at = text.rfind(word, start, end - 1)
    return start


def _word_char(char: str) -> bool:
    """A character regex `\\w` matches (Unicode: alphanumeric or "_")."""
    return char.isalnum() or char == "_"


def head_before_of(words: list[str]) -> str:
    """The head of a sentence's opening noun phrase "The X Y of ...", when the words run from the
    sentence start ("net profit" in "The net profit of the appliance maker fell 37.6 percent"), else ""."""
    if not words or words[0] not in ("The", "Its", "Their", "His", "Her"):
        return ""
    try:
        of = words.index("of", 1, 5)
    except ValueError:
        return ""
    head = words[1:of]
    if not head or not all(w.isalpha() for w in head) or head[-1].lower() in QUANTITY_HEADS:
        return ""
    return " ".join(head)


def with_clause(subject: str, clause: str) -> str:
    """A subject that names only a unit or a bare noun, prefixed with the clause's words."""
    if not clause:
        return subject
    return f"{clause} {subject}".strip()


RE_UNIT_LABEL = re.compile(r"\s*\(unit: [^)]+\)")


# what stands between a figure and its conversion in brackets: "60 feet (18m)", "72 weeks
# (roughly 16 months)"
RE_CONVERSION_GAP = re.compile(rf"\s*\(\s*(?:(?:{'|'.join(map(re.escape, APPROX_WORDS))})\s+)?")
CONVERSION_GAP = 24  # the longest such gap, in characters
# what joins the parts of one time ("3 hours, 14 minutes and 22 seconds", "2 minutes 14 seconds")
RE_TIME_PART_GAP = re.compile(r",?\s+(?:and\s+)?")


@lru_cache(maxsize=4096)
def bare_subject(subject: str) -> str:
    """A subject without its "(unit: ...)" label."""
    if "(unit: " not in subject:
        return subject.strip()
    return RE_UNIT_LABEL.sub("", subject).strip()


RE_OF_THEM_AFTER = re.compile(r"\s+of\s+(?:them|those|whom)\b")  # "14 of them": a part of persons counted
PART_PHRASE_CHARS = 60  # the characters read after "of them" for the phrase that names the part
# what stands before a part of a group counted before it: a comma or "and", and a word of
# approximation (vocab.APPROX_WORDS) or "only", "just" ("40 people, about 12 of them", "and 230 of them")
RE_PART_LEAD = re.compile(
    rf"(?:,|\band)\s+(?:(?:{'|'.join(map(re.escape, (*APPROX_WORDS, 'only', 'just')))})\s+)?\Z"
)
PART_LEAD_CHARS = 16
RE_OF_THEM_END = re.compile(r"\s+of\s+(?:them|those|whom)\Z")  # a count's quote that ends "of them"


def _as_part(body: str, fig: Figure) -> Figure:
    """A count of part of a group with the subject of that part: the phrase after "of them"
    ("Another 80 people were hurt, 15 of them by falling glass" -> "people hurt by falling
    glass"), or the predicate of "N of the <group> were" ("12 of the dead were nurses")."""
    part = _part_of_group(body, fig)
    if part:
        subset = partitive_subset(bare_subject_of(fig.subject), tokens(body, part, part + PART_PHRASE_CHARS))
    elif fig.end > fig.core[1] and RE_GROUP_OF_THE.search(body, fig.core[1], fig.end):
        said_of = tokens(body, fig.end, fig.end + PART_PHRASE_CHARS)
        subset = group_subset(body[fig.start : fig.end], said_of[1:]) if said_of[:1] in BE_STARTS else ""
    else:
        return fig
    return with_subject(fig, with_labels(subset, fig.subject)) if subset else fig


def _part_of_group(body: str, fig: Figure) -> int:
    """Where the words after "of them" begin when a count is of part of a group ("15 of them by
    ..."), or 0."""
    if fig.end == fig.core[1]:
        found = RE_OF_THEM_AFTER.match(body, fig.end)
        part = found.end() if found else 0
    else:
        part = fig.end if RE_OF_THEM_END.search(body, fig.core[1], fig.end) else 0
    if part and not RE_PART_LEAD.search(body, max(0, fig.start - PART_LEAD_CHARS), fig.start):
        return 0  # "the port saw 70 of them in June": all of them, no part
    return part


# An acronym defined in brackets after its long form, as news copy does at first mention ("a
# default market offer (DMO)", "the Public Sector Pension Fund (PSPF)"): a subject that is only
# the acronym is given the long form too, so it names the thing ("DMO" ->
# "default market offer (DMO)"). The long form's words, read back from the bracket, must give the
# acronym's letters by their initials (small joining words "of", "and", "for", "the" passed over).
RE_DEFINED_ACRONYM = re.compile(r"((?:[A-Za-z][\w'’-]*\s+){1,8})\(([A-Z]{2,6})\)")
ACRONYM_JOINING_WORDS = frozenset("of and for the on in".split())
RE_BARE_ACRONYM = re.compile(r"[A-Z]{2,6}")


def _long_form(words: list[str], acronym: str) -> str:
    """The words ending `words` whose initials spell `acronym` (joining words passed over); else ""."""
    letters = list(acronym.lower())
    taken: list[str] = []
    for w in reversed(words):
        if not letters:
            break
        if w[0].lower() == letters[-1]:
            letters.pop()
            taken.insert(0, w)
        elif w.lower() in ACRONYM_JOINING_WORDS and taken:
            taken.insert(0, w)
        else:
            return ""
    return " ".join(taken) if not letters else ""


def expand_acronyms(figures: list[Figure], body: str) -> list[Figure]:
    """Figures whose subject is only an acronym the text defines before it, with its long form."""
    if "(" not in body or not any(RE_BARE_ACRONYM.fullmatch(bare_subject(f.subject)) for f in figures):
        return figures
    defined: dict[str, tuple[int, str]] = {}
    for m in RE_DEFINED_ACRONYM.finditer(body):
        acronym = m.group(2)
        if acronym not in defined and (long_form := _long_form(m.group(1).split(), acronym)):
            defined[acronym] = (m.end(), long_form)
    out = []
    for f in figures:
        bare = bare_subject(f.subject)
        found = defined.get(bare) if RE_BARE_ACRONYM.fullmatch(bare) else None
        if found is not None and found[0] <= f.start:
            f = f._replace(subject=f.subject.replace(bare, f"{found[1]} ({bare})", 1))
        out.append(f)
    return out


def inherit(figures: list[Figure], body: str, sentence_of: Callable[[int], int]) -> list[Figure]:
    """Subjects passed on inside a sentence: a conversion in brackets measures what the figure
    before it measures ("60 feet (18m)"); a figure whose own words name nothing takes the subject
    of the figure before it in the sentence, a date between them left aside ("dropped by 15 per
    cent, from 82 to 70"; "56 people have died since March 1, ..., 19 of them in Bihar"); a figure
    whose own words name only a time takes the subject of the figure it restates or compares
    ("revenue of Rs 1,624 crore in the year ended March 2025, up 74% from Rs 933 crore": the
    percent that of the last figure, the amount that of the last amount)."""
    out: list[Figure] = []
    prev_sentence = -1  # the sentence of out[-1]
    measured: dict[str, Figure] = {}  # the sentence's last figure in each unit, and of any unit ("")
    said: dict[tuple[str, object], Figure] = {}  # each sum of money named so far, by currency and value
    for fig in figures:
        if fig.subject.startswith("(per ") and RE_PER_ALONE.fullmatch(fig.subject):
            fig = with_subject(fig, fig.subject[1:-1])  # a price's unit, nothing named before: "per prisoner"
        prev = out[-1] if out else None
        unit = fig.unit  # read once: inherit changes no figure's unit
        sentence = sentence_of(fig.start)
        if prev_sentence != sentence:
            measured = {}
        last = measured.get("")  # the sentence's last figure that is not a date
        if fig.kind != "date":
            earlier = measured.get("" if unit == "percent" else unit)
            if unit == "percent" and "percent" in measured and compares(body, fig):
                earlier = measured["percent"]  # "38 percent ..., against 29 percent in 2022"
            if (
                earlier is not None
                and fig.kind == "percent_change"
                and earlier.kind == "count"
                and len(out) > 1
                and out[-1] is earlier
                and out[-2].kind == "count"
                and RE_PLACE_COUNT_GAP.fullmatch(body, out[-2].end, earlier.start)
            ):
                earlier = out[-2]  # "9,130 operations at 37 hospitals, up 2%": the operations rose
            # the cheap tests of what joins the two figures first, the figure's own words last;
            # ", up from" or ", down from" joins the same measure's earlier level from further off
            if earlier is not None and compares(body, fig):
                earlier = _part_before_whole(out, earlier, body, sentence_of) or earlier
            changed_from = earlier is not None and restated_change(body, fig)
            if earlier is not None and (earlier.measure in AGE_MEASURES) != (fig.measure in AGE_MEASURES):
                earlier = None  # "tourists aged 18 and over pay from 50c": an age restates no amount
            if (
                earlier is not None
                and restates(
                    body,
                    earlier,
                    fig,
                    RESTATED_CHANGE_GAP if changed_from or compared_after_comma(body, fig) else RESTATED_GAP,
                )
                and (
                    names_no_thing(fig)
                    or changed_from
                    and same_measure(earlier, fig)
                    or compares(body, fig)
                    and not names_after(body, fig)
                    and names_a_thing(earlier.subject)
                    or fig.kind == "percent_change"
                    and earlier.unit != "percent"
                    and names_a_thing(earlier.subject)
                    and change_of_second_clause(body, earlier, fig)
                    or names_a_thing(earlier.subject)
                    and RE_AND_OF_BEFORE.search(body, max(0, fig.start - RESTATED_JOIN), fig.start)
                    is not None
                )
                or earlier is not None
                and earlier.kind == fig.kind
                and to_then_from(body, earlier, fig)
                or earlier is not None
                and earlier.kind == fig.kind
                and earlier.measure == fig.measure
                and apposed_difference(body, earlier, fig)
                or earlier is not None
                and earlier.kind == fig.kind
                and unit == "other"
                and from_then_to(body, earlier, fig)
                and names_only_its_words(fig, body)
            ):
                named = bare_subject_of(earlier.subject)
                if compares(body, fig) or to_then_from(body, earlier, fig):
                    named = (
                        f"{named} {time_after(body, fig)}".strip()
                    )  # "against 399,200 tonnes a year earlier"
                fig = with_subject(fig, with_labels(named, fig.subject))
            change = measured.get("percent")
            counted = fig.kind == "count" and fig.end > fig.core[1]  # "to 162,915 offences": its own noun
            if (
                change is not None
                and unit != "percent"
                and not counted
                and level_after_change(body, change, fig)
            ):
                # "cut the cost of a litre by 8% over five years, to about 31 rupees": the new level
                named = bare_subject_of(change.subject)
                if RE_THAN_RIGHT_AFTER.fullmatch(body, change.end, fig.start):
                    named = (
                        f"{named} {time_after(body, fig)}".strip()
                    )  # "than the 117,200 tons of a year earlier"
                fig = with_subject(fig, with_labels(named, fig.subject))
            share = measured.get("percent")
            if (
                share is not None
                and share.kind == "percentage_share"
                and unit == "other"
                and fig.kind == "percent_change"
                and names_a_time(fig.subject)
                and RE_POINTS_CHANGED_BEFORE.search(body, max(share.end, fig.start - 12), fig.start)
                and share.end <= fig.start - 4
                and names_a_thing(share.subject)
            ):
                # "57% of voters backed it, up 2.5 points": the change in points of that share
                fig = with_subject(fig, with_labels(bare_subject_of(share.subject), fig.subject))
            if (
                share is not None
                and share.kind == "percentage_share"
                and fig.kind == "other"
                and names_no_thing(fig)
                and RE_SHARE_RESTATED.fullmatch(body, share.end, fig.start)
            ):
                # "made up 8.5% of sales, or 13,460 litres": the share's part, measured
                named = bare_subject_of(share.subject).split(" as a share of ")[0]
                fig = with_subject(fig, with_labels(named, fig.subject))
            gapped = measured.get(unit)
            if (
                gapped is not None
                and gapped.kind == fig.kind
                and gapped_after_and(body, gapped, fig)
                and (
                    not names_after(body, fig)
                    or bare_subject(fig.subject).split(" ")[0] in GROUP_PREPOSITIONS
                )
                and names_a_thing(gapped.subject)
            ):
                # "a raise of 3.5% in March and a further 3% in September": the same measure, its group
                group = compared_group(body, gapped, fig, RE_AND_BEFORE)
                named = without_own_group(bare_subject_of(gapped.subject), body, gapped, fig)
                if named:  # "$4m for drains and $2m for roads": nothing named but the group
                    fig = with_subject(fig, with_labels(f"{named} {group}" if group else named, fig.subject))
            paired = measured.get(unit)
            if (
                paired is not None
                and paired.kind == fig.kind
                and names_a_thing(paired.subject)
                and parallel_condition(body, paired, fig)
            ):
                # "6.8% of sales when it sells below $4,000 and 40% when it sells above": one measure
                fig = with_subject(fig, with_labels(bare_subject_of(paired.subject), fig.subject))
            whole = measured.get(unit) if unit == "other" and fig.measure else None
            if whole is not None and whole.measure == fig.measure and part_of(body, whole, fig):
                # "a quota of 60,000 tonnes of grain, including 10,000 tonnes for the bakers":
                # a figure naming only its quantity measures what the one before does, its own group
                group = phrase_after(tokens(body, fig.end, fig.end + AFTER_CHARS))
                if len(group) < 2 or group[0].lower() not in PART_GROUP_PREPOSITIONS or not runs_alpha(group):
                    group = []  # "and diesel at €2 a litre": a price, no group of the part
                named = without_own_group(
                    bare_subject_of(whole.subject), body, whole, fig
                ) or bare_subject_of(whole.subject)
                fig = with_subject(fig, with_labels(" ".join([named, *group]), fig.subject))
            marked = measured.get(unit)
            if (
                marked is not None
                and benchmarks(body, marked, fig)
                and bare_subject_of(marked.subject) not in QUANTITY_WORDS  # "6kg above the 216kg mark"
            ):
                fig = with_subject(fig, with_labels(bare_subject(marked.subject), fig.subject))
            compared = measured.get("percent") if unit == "percent" and fig.kind in PERCENT_KINDS else None
            if (
                compared is not None
                and last is not None
                and last.unit != "percent"
                and last.start > compared.end
                and RE_UP_DOWN_RIGHT_AFTER.fullmatch(body, last.end, fig.start)
            ):
                compared = (
                    None  # "40% of exports, while coffee brought in $92 million, up 6%": the amount's change
                )
            if compared is not None and compared.kind in PERCENT_KINDS and restates(body, compared, fig):
                # "cut the risk by 24%, compared with 2.1% for placebo": the same measure, its kind too
                group = compared_group(body, compared, fig)
                if group:
                    named = f"{bare_subject_of(compared.subject)} {group}"
                    fig = fig._replace(kind=compared.kind, subject=with_labels(named, fig.subject))
                elif compared.kind != fig.kind and not (
                    compared.kind == "percentage_share" and fig.direction
                ):
                    # (a share's own rise or fall stays a change: "2% of sales, down 9% on the year")
                    fig = fig._replace(kind=compared.kind)
        if (
            last is not None
            and unit == "percent"
            and last.unit != "percent"
            and restated_as_percent(body, last, fig)
        ):
            # "profit improved by RM66.1 million or 88.6%": the same change, as a percent
            kind, direction = (
                ("percent_change", last.direction) if last.direction else (fig.kind, fig.direction)
            )
            named = bare_subject_of(last.subject)
            fig = fig._replace(subject=with_labels(named, fig.subject), kind=kind, direction=direction)
        if (
            last is not None
            and unit == "percent"
            and last.unit != "percent"
            and fig.kind == "percent_change"
            and (
                change_appended(body, last, fig)
                or apposed_change(body, last, fig)
                or apposed_percent_difference(body, last, fig)
            )
        ):
            # "raised the price to 340 shillings from 275 shillings, a rise of 24%": the price's change
            fig = with_subject(fig, with_labels(bare_subject_of(last.subject), fig.subject))
        if fig.kind == "duration" and _ago(body, fig):
            # "down from 27.5% three years ago": the time since the earlier figure; else since the deed
            earlier_one = (
                last if last is not None and prev_sentence == sentence and fig.start - last.end <= 3 else None
            )
            since = (
                f"the earlier {bare_subject_of(earlier_one.subject)}"
                if earlier_one
                else bare_subject_of(fig.subject)
            )
            if not has_content_word(since):
                since = _deed_after_ago(body, fig)  # "Three years ago we spent Rs.7,000": what was done then
            if has_content_word(since):
                fig = with_subject(fig, with_labels(f"time since {since}", fig.subject))
        if (
            prev is not None
            and prev.subject.startswith(INTERVAL_SUBJECT)
            and RE_OR_BETWEEN.fullmatch(body, prev.end, fig.start) is not None
        ):
            # "every 12 months or 15,000km": the same interval, bounded in another unit
            fig = with_subject(fig, with_labels(bare_subject_of(prev.subject), fig.subject))
        if _time_part(body, prev, fig):  # "14 minutes" of "3 hours, 14 minutes": the same time
            fig = with_subject(fig, with_labels(bare_subject_of(prev.subject), fig.subject))  # type: ignore[union-attr]
        if prev is not None and bare_subject(fig.subject).lower() in ANAPHORIC_SUBJECTS:
            fig = _antecedent_subject(out, fig, sentence_of)  # "By Friday that number had fallen to 9,150"
        if fig.kind == "money":
            fig = _repeated_sum(said, fig)  # "The price is 1,800 francs a kilo. ... 'With 1,800 francs, ...'"
        if prev is None or last is None or fig.kind == "date":
            if fig.kind != "date":
                _remember(measured, fig, body)
            out.append(_as_part(body, fig) if fig.kind == "count" else fig)
            prev_sentence = sentence
            continue
        converts = (
            prev.kind != "date"
            # the same unit again in brackets is a part, no conversion: "211kg (92kg in the snatch"
            and (prev.unit != unit or prev.unit == "other" and prev.measure != fig.measure)
            and prev.end >= fig.start - CONVERSION_GAP
            and "(" in body[prev.end : fig.start]
            and RE_CONVERSION_GAP.fullmatch(body, prev.end, fig.start) is not None
        )
        if (
            not converts
            and fig.unit in measured
            and fig.unit in ("people", "attacks")
            and RE_OF_THEM_AFTER.match(body, fig.end)
        ):
            last = measured[fig.unit]  # "tried 30 suspects in three districts; 14 of them": the suspects
        if converts or not has_content_word(bare_subject(fig.subject)) and passes_subject(last, fig):
            # a date between them passes nothing on: "56 people have died since March 1, ... 19 of them"
            # none of its labels: the figure keeps its own; a conversion, those of what it converts
            named = bare_subject_of((prev if converts else last).subject)
            if fig.kind != "duration":
                named = named.removeprefix(SPAN_LENGTH)  # "a ten-day camp at 2,000 metres": the camp
            if fig.kind not in ("other", "duration"):
                named = without_dimension(named)  # "A 350g hake fillet (£24)": the fillet's price, not weight
            if has_content_word(named):
                fig = with_subject(fig, with_labels(named, fig.subject))
        _remember(measured, fig, body)  # what a later figure of the sentence may take: a group, not its part
        out.append(_as_part(body, fig) if fig.kind == "count" else fig)
        prev_sentence = sentence
    return paired_from(
        [f if f.subject[-1:] not in (".", ",") else _without_stop(f) for f in out], body, sentence_of
    )


RE_FROM_BEFORE_PAIR = re.compile(r"\bfrom\s+\Z")
RE_AND_BETWEEN = re.compile(r"\s+and\s+")
PAIR_REACH = 120  # the most characters between the first of a pair and the first of its earlier pair


def paired_from(figures: list[Figure], body: str, sentence_of: Callable[[int], int]) -> list[Figure]:
    """Figures where a pair "from A and B" restates in turn the earlier levels of a pair of the same
    unit joined by "and" in its sentence ("200 liras ... for hazelnuts and 195 liras for other
    varieties, up from 132 liras and 130 liras last year": 132 the first's earlier level, 130 the
    second's), each with its level's subject and the time after the pair."""
    out = list(figures)
    for k in range(3, len(out)):  # (a pair needs two figures before it)
        a, b = out[k - 1], out[k]
        if (
            a.kind == "date"
            or (a.unit, a.kind) != (b.unit, b.kind)
            or not RE_AND_BETWEEN.fullmatch(body, a.end, b.start)
            or not RE_FROM_BEFORE_PAIR.search(body, max(0, a.start - 6), a.start)
        ):
            continue
        same = _last_two_levels(out, k - 1, sentence_of)
        if len(same) < 2:
            continue
        x, y = out[same[-2]], out[same[-1]]
        if (
            " and " not in body[x.end : y.start]
            or not names_a_thing(x.subject)
            or not names_a_thing(y.subject)
        ):
            continue
        when = time_after(body, b)
        for i, level in ((k - 1, x), (k, y)):
            out[i] = with_subject(
                out[i], with_labels(f"{bare_subject_of(level.subject)} {when}".strip(), out[i].subject)
            )
    return out


# figures are in text order and a figure's quote is far shorter than this: one starting further
# back than it before the pair's first ends out of PAIR_REACH, and so does every one before it
PAIR_SCAN_CHARS = 3 * PAIR_REACH


def _last_two_levels(out: list[Figure], a_index: int, sentence_of: Callable[[int], int]) -> list[int]:
    """The indices, in text order, of the last two figures before out[a_index] of its unit and kind
    in its sentence that end within PAIR_REACH of its start: read back from it, never the whole
    list again for each pair (one sentence of 2,000 pairs took 5.8 s)."""
    a = out[a_index]
    sentence = sentence_of(a.start)
    found: list[int] = []
    for i in range(a_index - 1, -1, -1):
        f = out[i]
        if a.start - f.start > PAIR_SCAN_CHARS or sentence_of(f.start) < sentence:
            break
        if (
            (f.unit, f.kind) == (a.unit, a.kind)
            and sentence_of(f.start) == sentence
            and a.start - f.end <= PAIR_REACH
        ):
            found.append(i)
            if len(found) == 2:
                break
    return found[::-1]


# the aside that names the whole a figure is a part of ("held 42.5 mcm, out of a total capacity of
# 290.8 mcm, against 61.1 mcm"): a comparison after it compares the part, not the whole
RE_OUT_OF_BEFORE = re.compile(r",\s+out\s+of\s+[^,;()]{0,40}\Z")
OUT_OF_CHARS = 48  # the characters read before the whole for its "out of" aside


def _part_before_whole(
    out: list[Figure], whole: Figure, body: str, sentence_of: Callable[[int], int]
) -> Figure | None:
    """The figure of the same unit before an ", out of ... <whole>" aside in the sentence, which a
    comparison after the aside compares ("The dams held 42.5 mcm, out of a total capacity of 290.8
    mcm, against 61.1 mcm": the water held, not the capacity), or None."""
    if RE_OUT_OF_BEFORE.search(body, max(0, whole.start - OUT_OF_CHARS), whole.start) is None:
        return None
    sentence = sentence_of(whole.start)
    for f in reversed(out):
        if f is whole or f.end > whole.start:
            continue
        if sentence_of(f.start) != sentence:
            return None
        if f.unit == whole.unit and f.kind == whole.kind:
            return f
    return None


def _repeated_sum(said: dict[tuple[str, object], Figure], fig: Figure) -> Figure:
    """A sum of money whose own words name nothing, equal to one named earlier in the text, is a
    repeat of it: its subject with "(repeat)" (rules: every mention gets a row, the second subject
    ends "(repeat)"); a sum that names its own thing is remembered for later ones."""
    key = (fig.unit, fig.value)
    if has_content_word(bare_subject(fig.subject)):
        said.setdefault(key, fig)
        return fig
    earlier = said.get(key)
    if earlier is None:
        return fig
    return with_subject(fig, repeat_subject(earlier.subject, fig.subject))


def _time_part(body: str, prev: Figure | None, fig: Figure) -> bool:
    """Whether a duration naming nothing, or any joined by "and", is a later part of one time with
    the duration right before it, in a smaller unit ("3 hours, 14 minutes and 22 seconds"; "for
    three years and four months after a jury convicted him": the months are the sentence's too)."""
    return (
        prev is not None
        and fig.kind == prev.kind == "duration"
        and fig.measure != prev.measure
        and fig.start - prev.end <= 6
        and RE_TIME_PART_GAP.fullmatch(body, prev.end, fig.start) is not None
        and (
            not has_content_word(bare_subject(fig.subject))
            or "and" in body[prev.end : fig.start]
            or bare_subject(fig.subject).lower() in TIME_PART_UNITS  # "2hrs 20mins": "hrs" names nothing
        )
        and has_content_word(bare_subject_of(prev.subject))
    )


AGO_DEED_WORDS = 5  # the most words read after "ago" for what was done then
AGO_DEED_CHARS = 60


# The rules below that take `lead` read the words before a figure in its sentence without the
# approximation that ends them ("rose more than" -> "rose"; noun_phrases.without_approx), which
# refine reads once per figure and passes to own_subject and to them.


def antecedent_head(words: list[str]) -> str:
    """The head of the noun phrase `words` end on, before the comma of an aside or a relative clause
    about it ("the cost of fertiliser" -> "fertiliser"), its leading function words left out."""
    return head_of(_without_function_lead(noun_phrase_before(words, SUBJECT_PREPOSITIONS)))


def relative_antecedent(lead: list[str]) -> str:
    """What an amount right after a relative clause's verb is about: the noun phrase before the
    comma that opens the clause ("the cost of fertiliser, which takes about US$4 million" ->
    "fertiliser"); "" when the words are not ", which VERB" (an approximation word between)."""
    if len(lead) < 4 or lead[-2].lower() not in ("which", "that") or lead[-3] != ",":
        return ""
    verb = lead[-1]
    if not verb.isalpha() or not verb.islower():
        return ""
    return antecedent_head(lead[:-3])


# Nouns of a part that a share "of" its whole only restates ("a stake of 20% of the firm"): the
# whole names it; and the words that make a share the size of the noun before them ("a deficit
# equal to 4% of GDP").
PART_NOUNS = frozenset(
    "share shares stake stakes portion proportion percentage fraction part average total maximum minimum".split()
)
EQUAL_WORDS = (["equal", "to"], ["equivalent", "to"])


def _determined_noun(lead: list[str], head: str) -> bool:
    """Whether the words before a share end with a determiner, the noun phrase `head` and "of"
    ("a deficit of"), its noun no part noun: not "short of", "a stake of"."""
    words = head.split()
    at = len(lead) - 1 - len(words)
    return (
        at > 0
        and lead[at:-1] == words
        and lead[at - 1].lower() in DETERMINERS
        and words[-1].lower() not in PART_NOUNS
    )


def _equal_to_noun(lead: list[str]) -> str:
    """The noun phrase before "equal to" or "equivalent to" that ends the words before a share
    ("a deficit equal to", "Public debt, equivalent to" -> "deficit", "Public debt"), or ""."""
    if len(lead) < 3 or [w.lower() for w in lead[-2:]] not in EQUAL_WORDS:
        return ""
    words = lead[:-2]
    aside = words[-1:] == [","]
    if aside:
        words = words[:-1]  # an aside: "Public debt, equivalent to"
    found = noun_phrase_before(words)
    if (
        aside
        and len(found) < len(words)
        and words[-len(found) - 1] not in CLAUSE_MARKS
        and not (found and found[0].lower() in DETERMINERS and not names_a_time(" ".join(found)))
    ):  # ("said the sum, equal to": a determined noun; "this year, equal to" names a time)
        return ""  # "to expand by 2% in 2027, equivalent to": no noun opens the clause
    phrase = [w for w in found if w.lower() not in DETERMINERS]
    if (
        not phrase
        or len(phrase) > LASTING_WORDS
        or not all(w.isalpha() for w in phrase)
        or phrase[-1].endswith("ly")
    ):
        return ""  # "roughly equal to": an adverb, no noun
    return "" if phrase[0].lower() in PRONOUNS or phrase[-1].lower() in PART_NOUNS else " ".join(phrase)


def _verb_and_quantity(subject: str, before: list[str]) -> bool:
    """Whether a measurement's subject is only the verb right before it and the kind of quantity
    it measures ("covers area" for "which covers 90,000 square feet")."""
    words = subject.split()
    return len(words) == 2 and words[1] in QUANTITY_WORDS and without_approx(before)[-1:] == words[:1]


def _without_function_lead(phrase: list[str]) -> list[str]:
    """A noun phrase without the preposition or article it was read with ("of water treatment
    chemicals" -> "water treatment chemicals")."""
    while phrase and phrase[0].lower() in FUNCTION_WORDS:
        phrase = phrase[1:]
    return phrase


ADD_VERBS = frozenset("add adds added adding".split())
ADDED_TO_REACH = 10  # the most tokens after the figure read for its "to" phrase


def added_to(lead: list[str], after: list[str]) -> str:
    """ "added to each trip" for a figure right after a verb of adding ("adding 6 to 9 hours and
    about 420 kilometres to each trip"): what it is added to, read past a figure joined by
    "and" to the "to" phrase of the clause; "" otherwise."""
    if not lead or lead[-1].lower() not in ADD_VERBS:
        return ""
    for i, word in enumerate(after[:ADDED_TO_REACH]):
        if word in (",", ";", ".", ":", "(", ")"):
            return ""
        if word.lower() == "to" and i:
            target: list[str] = []
            for part in after[i + 1 : i + 5]:
                lower = part.lower()
                if not part.isalpha() or lower in FUNCTION_WORDS and lower not in ADDED_TO_OPENERS:
                    break
                target.append(part)
            return " ".join(["added to", *target]) if has_content_word(" ".join(target)) else ""
    return ""


ADDED_TO_OPENERS = DETERMINERS | {"each", "every"}  # "to each voyage", "to the bill"


# words that open an aside stating the level of the noun before its comma ("The network, at
# 2,145 km, is ...", "The budget, now $4bn, ...")
APPOSED_LEVEL_LINKS = frozenset(("at", "now", "currently"))
# the word that opens an aside giving a measure the noun before its comma has ("Kariba, with 1,137 MW")
APPOSED_WITH_LINKS = frozenset(("with",))
# what may stand before that noun phrase: the sentence's start, a mark, a joining word or a verb of saying
APPOSED_OPENERS = frozenset(
    (",", ";", ":", "(", "—", "–", "and", "but", "while", "whereas", "that", "said", "says")
)


def apposed_level(before: list[str], links: frozenset[str] = APPOSED_LEVEL_LINKS) -> str:
    """What the noun phrase before ", at" (or another of links) names when a figure follows: the
    figure is its level, set off by commas ("The pipeline, at 2,145 km, is among ..." ->
    "pipeline"; "Kariba, with 1,137 MW" -> "Kariba"); "" otherwise."""
    if len(before) < 3 or before[-2] != "," or before[-1].lower() not in links:
        return ""
    phrase = noun_phrase_before(before[:-2], SUBJECT_PREPOSITIONS)
    rest = before[: len(before) - 2 - len(phrase)]
    if rest and rest[-1] not in APPOSED_OPENERS and rest[-1].lower() not in APPOSED_OPENERS:
        return ""  # "tickets were sold for the draw, at $2 each": a clause, not a noun, before the comma
    return head_of(phrase)


# a noun phrase's own "between" phrase, crossed when reading it back ("the E39 between Bergen and
# Stavanger, some 400 km,")
APPOSED_BARE_CROSS = SUBJECT_PREPOSITIONS | {"between"}


# the words that open a rate's "per" phrase after a figure ("9 cents a kilowatt-hour,")
APPOSED_RATE_WORDS = frozenset(("a", "an", "per"))


def apposed_extent(before: list[str], after: list[str]) -> str:
    """What the noun phrase before a comma names when a figure alone, or after an approximation
    word, stands between that comma and the next: the figure renames that phrase ("The longest
    road, about 180 km, has ..." -> its length; "The biggest deficit, 95 million euros, was ..."
    -> "biggest deficit"; "the peak tariff, 9 cents a kilowatt-hour," -> "peak tariff"); ""
    otherwise (rules as apposed_level; a time or a figure before the comma names nothing:
    "Last year, 95 million euros ...", "rose 5%, 6% and 7%")."""
    lead = without_approx(before)
    if after[:1] != [","] and not (
        after[:1] and after[0].lower() in APPOSED_RATE_WORDS and after[2:3] == [","]
    ):
        return ""
    if len(lead) < 2 or lead[-1] != ",":
        return ""
    phrase = noun_phrase_before(lead[:-1], APPOSED_BARE_CROSS)
    rest = lead[: len(lead) - 1 - len(phrase)]
    while rest and rest[-1].lower() in DETERMINERS:
        rest = rest[:-1]  # "The A7 between ...": the phrase read from the road's name
    if not phrase or rest and rest[-1] not in APPOSED_OPENERS and rest[-1].lower() not in APPOSED_OPENERS:
        return ""
    if any(w[:1].isdigit() or w == "%" for w in lead[-3:-1]):
        return ""  # "5%, 6%", "17.3 ppg, 7.4 rpg", "two hours, 39 minutes": a list of figures
    head = head_of(phrase)
    return "" if only_a_time(head) else head


INDEFINITE_ARTICLES = frozenset(("a", "an"))
APPOSED_ADJECTIVES = 1  # the most plain adjectives between the article and the figure ("a brutal")
APPOSED_LIST_REACH = 8  # the words before the comma read for a figure, which makes it a list


def apposed_measure(before: list[str]) -> str:
    """What the noun phrase before ", a" names when a figure qualifying a noun follows: the
    apposition renames that phrase, so the figure measures it ("The new bridge, a 1.2 km span,"
    -> "new bridge"; "Acme's flagship store, a 4-storey building"); "" when no noun phrase, a
    pronoun or only a time stands before the comma ("in 2019, a 40-km route")."""
    lead = before[:]
    for _ in range(APPOSED_ADJECTIVES):
        if (
            len(lead) > 2
            and lead[-1].isalpha()
            and lead[-1].islower()
            and lead[-1] not in INDEFINITE_ARTICLES
        ):
            lead = lead[:-1]  # "a hilly 142.5-km leg": a plain adjective before the figure
    if len(lead) < 3 or lead[-1].lower() not in INDEFINITE_ARTICLES or lead[-2] != ",":
        return ""
    if any(w[0].isdigit() for w in lead[-2 - APPOSED_LIST_REACH : -2]):
        return ""  # "a 750-metre swim, a 20-km ride": a list of measured things, no apposition
    phrase = noun_phrase_before(lead[:-2])  # the last noun phrase: "work on [the bridge], a"
    named = head_of(phrase)
    words = named.split()
    opener = len(lead) - 2 - len(phrase) - 1  # the word before the phrase
    if 0 <= opener and lead[opener].lower() in PREPOSITIONS and (opener == 0 or lead[opener - 1] in ".;:"):
        return ""  # "On the market, a 50kg bag of rice sold": a fronted place, no apposition
    if (
        not words
        or phrase[0].lower() in INDEFINITE_ARTICLES
        or words[0].lower() in PRONOUNS
        or is_superlative(words[-1].lower())
        or only_a_time(named)
    ):
        return ""  # "The biggest, a 640 MW plant": no noun before the comma
    return named


def _deed_after_ago(body: str, fig: Figure) -> str:
    """The words after "N years ago" that say what was done then, to the first figure, sign or
    mark ("Two years ago, the plant employed 4,000" -> "the plant employed"); "" when none."""
    at = fig.end if body.endswith("ago", fig.start, fig.end) else fig.end + len(" ago")
    if body.startswith(",", at):
        at += 1
    words: list[str] = []
    for word in tokens(body, at, min(len(body), at + AGO_DEED_CHARS)):
        if not word[0].isalpha() or _currency_word(word) or len(words) == AGO_DEED_WORDS:
            break
        words.append(word)
    return " ".join(words)


def _currency_word(word: str) -> bool:
    """A word that is a currency's sign or code ("Rs", "US", "CHF"): an amount starts with it."""
    return word in currencies.sign_words()  # built on first use


def _ago(body: str, fig: Figure) -> bool:
    """Whether a duration is a time back from now: "ago" ends its quote or follows it."""
    return body.endswith("ago", fig.start, fig.end) or body.startswith(" ago", fig.end)


# Subjects that only point back to a figure just stated ("that number had fallen to 9,150").
ANAPHORIC_SUBJECTS = frozenset(
    ("number", "that number", "this number", "figure", "that figure", "this figure", "that total")
)


def _antecedent_subject(out: list[Figure], fig: Figure, sentence_of: Callable[[int], int]) -> Figure:
    """A figure whose subject only points back takes the subject of the last figure in its unit, in
    its sentence or the one before."""
    sentence = sentence_of(fig.start)
    for earlier in reversed(out):
        if sentence - sentence_of(earlier.start) > 1:
            break
        if earlier.unit == fig.unit and earlier.kind == fig.kind:
            return with_subject(fig, with_labels(bare_subject_of(earlier.subject), fig.subject))
    return fig


def passes_subject(last: Figure, fig: Figure) -> bool:
    """Whether a figure naming nothing may take the subject of the figure before it: not an age's
    ("who died aged 88, had run the mill for four decades"), which measures a person, unless it is an age too."""
    return last.measure not in AGE_MEASURES or fig.measure in AGE_MEASURES


# a count of the places where a counted thing was, right after it ("cycles at 94 clinics", "meals in
# 12 shelters"): a change stated after both is of the thing, not of the places
RE_PLACE_COUNT_GAP = re.compile(r"\s+(?:at|in|across)\s+")
INTERVAL_SUBJECTS = (CONFIDENCE_SUBJECT, INTERVAL_BOUNDS_SUBJECT)  # percent.py's


# the words between a count and a count in a phrase that qualifies it ("48,600 breeding pairs
# across 11 species"): the second says where or among what the first was counted
RE_QUALIFYING_COUNT_GAP = re.compile(r"\s+(?:across|among|in|at|from|on)\s+")


def _remember(measured: dict[str, Figure], fig: Figure, body: str = "") -> None:
    """Keep a figure as its sentence's last in its unit, and of any unit unless it is a span of time
    after another figure ("over the first half of the year, 4.1% more"; "landed 900 fish in the
    six-week run, down 9%": the percent is not of the span); a count in a phrase that qualifies
    the count before it leaves that count its unit's ("recorded 48,600 breeding pairs across 11
    species ..., against 66,700": the pairs are compared)."""
    if fig.subject.startswith(INTERVAL_SUBJECTS):
        return  # "31% (95% CI 28-34), against 18%": the estimate is compared, not its interval
    held = measured.get(fig.unit)
    if not (
        body
        and held is not None
        and fig.kind == held.kind == "count"
        and fig.end > fig.core[1]
        and RE_QUALIFYING_COUNT_GAP.fullmatch(body, held.end, fig.start)
    ):
        measured[fig.unit] = fig
    if not fig.subject.startswith((SPAN_LENGTH, WITHIN_SUBJECT)) or "" not in measured:
        measured[""] = fig


RE_NUMBER_STOP = re.compile(r"(?<=\d)[.,]\Z")


def _without_stop(fig: Figure) -> Figure:
    """A figure whose subject does not end with the full stop or comma after a number in it
    ("beds in 2020." -> "beds in 2020"): a number's token takes the mark after it."""
    if fig.subject[-1:] not in (".", ",") or not RE_NUMBER_STOP.search(fig.subject):
        return fig
    return with_subject(fig, fig.subject[:-1])


# the words that set a figure against another of the same measure ("against", "versus", "vs.",
# "instead of", "compared with"): one alternation for every join below that reads them
COMPARED_WORDS = r"against|versus|vs\.?|instead\s+of|compared\s+(?:with|to)"
# What joins a figure to the one before it that it restates or compares: "sales of Rs 1,437 crore
# in the nine months to June, up 12% from Rs 1,283 crore", "down 6% from the 40 hectares of last
# year", "a premium of 31% to Friday's close and of 35% to the average", "cost €40 instead of €35" (read
# back from the figure); a later level of the same measure after ", rising to" or ", falling to" ("to
# mill 2 million bales this year, rising to 3 million bales by 2030").
RE_RESTATED_BEFORE = re.compile(
    r"(?:,\s*(?:up|down)(?:\s+from)?|,\s*(?:rising|falling|climbing|growing|dropping|declining)\s+to"
    rf"|\s(?:from|{COMPARED_WORDS}|and\s+of))\s+(?:the\s+)?"
    rf"(?:(?:{'|'.join(map(re.escape, APPROX_WORDS))})\s+)?\Z"
)  # an approximation may stand before the figure: ", up from about 80 GWh"
# "and of" right before a figure: a second figure of the noun and "of" before the first ("a cut of
# £9m in cash terms and of 4 per cent in real terms"): the same measure
RE_AND_OF_BEFORE = re.compile(rf"\sand\s+of\s+(?:(?:{'|'.join(map(re.escape, APPROX_WORDS))})\s+)?\Z")
RESTATED_JOIN = (
    36  # characters before the figure read for the join ("compared with the ", ", down from more than ")
)
# a share's whole, then ", or" and the same part in a unit: "8.5% of sales, or 13,460 litres"
RE_SHARE_RESTATED = re.compile(
    rf"\s+of\s+[^,;:()\d]{{1,40}},\s+or\s+(?:(?:{'|'.join(map(re.escape, APPROX_WORDS))})\s+)?",
    re.IGNORECASE,
)
PERCENT_KINDS = frozenset(
    ("percent_change", "percentage_share")
)  # a percent compared keeps its measure's kind
TIME_ADVERBS = frozenset(("earlier", "ago", "later", "before", "after", "since"))
# ", up" or ", down" right before a change in points after a share in its sentence ("57% of voters
# backed it, up 2.5 points"): the change of that share
RE_POINTS_CHANGED_BEFORE = re.compile(r",\s*(?:up|down)\s+(?:by\s+)?\Z")
RESTATED_GAP = 60  # how far apart, at most, a figure and the one it restates are


RESTATED_CHANGE_GAP = 120  # the same after ", up from" or ", down from", which says it plainly


# A reporting clause between commas ("..., the ministry said, up 4%"; "..., according to the
# agency, against 2%"): no words of the figures it stands between.
RE_REPORTING_ASIDE = re.compile(
    r",[^,;:()]{1,60}?\b(?:said|says|told\s[^,;:()]{1,30}|reported|according\s+to\s[^,;:()]{1,40})\s*,"
)
REPORTING_ASIDE_CHARS = 100  # the longest reporting clause read past between two figures


RE_ASIDE_GAP = re.compile(r"\s*\([^()]*\)[^();:]*")


def restates(body: str, earlier: Figure, fig: Figure, gap: int = RESTATED_GAP) -> bool:
    """Whether `fig` restates or compares the figure `earlier` of its sentence (", up 74%", "from
    Rs 933 crore"), at most `gap` characters after it besides a reporting clause (", the ministry
    said,"), with no bracket or clause mark between them: it measures the same thing."""
    apart = fig.start - earlier.end
    if apart > gap:
        if apart > gap + REPORTING_ASIDE_CHARS:
            return False
        reported = RE_REPORTING_ASIDE.search(body, earlier.end, fig.start)
        if reported is None or apart - (reported.end() - reported.start()) > gap:
            return False
    gap = body[earlier.end : fig.start]
    if ";" in gap or ":" in gap or ("(" in gap or ")" in gap) and RE_ASIDE_GAP.fullmatch(gap) is None:
        return False  # (a closed bracket right after the earlier figure is an aside on it)
    if not RE_RESTATED_BEFORE.search(body, max(earlier.end, fig.start - RESTATED_JOIN), fig.start):
        return False
    # (an earlier figure whose own subject names only a time, "ended the quarter at N1,610", gives
    # nothing to take)
    return has_content_word(bare_subject(earlier.subject)) and not names_a_time(earlier.subject)


# ", down from" or ", up from" right before a percent: the same measure's earlier level ("74.8 per
# cent of entries, down from 77.1 per cent in 2024"), whatever words its clause holds before.
RE_UP_DOWN_FROM = re.compile(r",\s*(?:up|down)\s+from\s+\Z")


def restated_change(body: str, fig: Figure) -> bool:
    """Whether ", up from" or ", down from" stands right before a figure (RE_UP_DOWN_FROM)."""
    return "from" in body[max(0, fig.start - 6) : fig.start] and bool(
        RE_UP_DOWN_FROM.search(body, max(0, fig.start - RESTATED_JOIN), fig.start)
    )


# ", against" or ", compared with" (any of COMPARED_WORDS) right before a figure: another level of
# the figure before it, as plainly as ", up from" says it, whatever qualifies that figure in between
# ("1,000 cases among adults over 65 in the first quarter of the year, against 2,000 a year earlier")
RE_COMMA_COMPARED = re.compile(
    rf",\s*(?:{COMPARED_WORDS})\s+(?:the\s+)?(?:(?:{'|'.join(map(re.escape, APPROX_WORDS))})\s+)?\Z"
)


def compared_after_comma(body: str, fig: Figure) -> bool:
    """Whether ", against", ", versus", ", instead of" or ", compared with" (COMPARED_WORDS) stands
    right before a figure (RE_COMMA_COMPARED)."""
    window = body[max(0, fig.start - RESTATED_JOIN) : fig.start]
    return (
        "," in window
        and (
            "against" in window
            or "compared" in window
            or "versus" in window
            or "vs" in window
            or "instead" in window
        )
        and bool(RE_COMMA_COMPARED.search(window))
    )


# "rose to A from B": the new level, then the old one of the same measure, "from" alone between
RE_TO_BEFORE = re.compile(r"\bto\s+\Z")
RE_FROM_BETWEEN = re.compile(
    r"\s+(?:(?:a|an|per|each)\s+[a-z]+\s+|of\s+(?:the\s+)?[A-Za-z]+\s+)?from\s+"
)  # "to 28 a day from 71", "to $6 a bushel from $5": the unit a price or rate is per; "to 87.5% of
# GDP from 83.9%": the whole a share is of


RE_FROM_BEFORE = re.compile(r"\bfrom\s+\Z")
RE_TO_BETWEEN = re.compile(r"\s+to\s+")


def from_then_to(body: str, earlier: Figure, fig: Figure) -> bool:
    """Whether a figure is the new level in "from A to B" (A the figure before it): "the runway's
    extension from 2,350 metres to 3,080 metres"."""
    return RE_TO_BETWEEN.fullmatch(body, earlier.end, fig.start) is not None and bool(
        RE_FROM_BEFORE.search(body, max(0, earlier.start - 6), earlier.start)
    )


def names_only_its_words(fig: Figure, body: str) -> bool:
    """Whether a figure's subject names nothing but the words of its own quote ("metres" for
    "3,080 metres") or the bare quantity its measure measures (a count's own noun, "450 hires",
    names what it counts: only measurements are read so)."""
    named = bare_subject(fig.subject).lower()
    return not named or named in body[fig.start : fig.end].lower().split() or names_no_thing(fig)


def to_then_from(body: str, earlier: Figure, fig: Figure) -> bool:
    """Whether a figure is the old level in "to A from B" (A the figure before it): "has climbed to
    Fr.4.2 billion from Fr.2.7 billion after ...", whatever words follow B."""
    return RE_FROM_BETWEEN.fullmatch(body, earlier.end, fig.start) is not None and bool(
        RE_TO_BEFORE.search(body, max(0, earlier.start - 4), earlier.start)
    )


# ", to" and an approximation word before the new level that ends a change ("cut its workforce by
# 12%, to 5,700 people")
RE_COMMA_TO_BEFORE = re.compile(
    rf",\s+to\s+(?:(?:{'|'.join(map(re.escape, APPROX_WORDS))})\s+)?\Z", re.IGNORECASE
)
LEVEL_AFTER_CHANGE_GAP = 40  # the most characters from the change's percent to the level after it


def level_after_change(body: str, change: Figure, fig: Figure) -> bool:
    """Whether a figure is the new level a percent change in its clause led to: ", to" right
    before it, and no mark between the change and that comma ("by 8% over five years, to about
    31 rupees"; not "rose 5%; exports, to $3 billion"); or the old level it started from, "from"
    alone between them ("up 9% from $40m")."""
    if change.kind != "percent_change" or not 0 <= fig.start - change.end <= LEVEL_AFTER_CHANGE_GAP:
        return False
    if fig.kind == "other" and RE_TO_RIGHT_AFTER.fullmatch(body, change.end, fig.start):
        return True  # "rose 12% to 86,000 tonnes": "to" alone between the change and a measured level
    if RE_THAN_RIGHT_AFTER.fullmatch(body, change.end, fig.start):
        # "was 4.1% lower than the 117,200 tons of a year earlier": the same measure at the time
        # it is compared with, unless the figure names its own thing after it
        return not names_after(body, fig)
    if RE_FROM_RIGHT_AFTER.fullmatch(body, change.end, fig.start):
        # "up 22 per cent from Rs 3,450 crore": the level the change started from, unless the
        # figure already names what it measures (an amount restating the one before)
        return names_no_thing(fig)
    found = RE_COMMA_TO_BEFORE.search(body, change.end, fig.start)
    return found is not None and not any(c in ",;:.()" for c in body[change.end : found.start()])


TIME_AFTER_WORDS = 6  # the most words of the time read after a figure compared with another
NUMBER_WORDS = frozenset(w.lower() for w in (*UNIT_WORDS, *TENS_WORDS, *SCALE_WORDS))


def time_after(body: str, fig: Figure) -> str:
    """The time a compared figure is of, right after it ("of a year earlier", "in 2025", "last
    year"), without "of"; "" when the words after it up to a mark are not only a time."""
    phrase: list[str] = []
    for word in tokens(body, fig.end, fig.end + AFTER_CHARS)[:TIME_AFTER_WORDS]:
        if not word[0].isalnum():
            break
        phrase.append(word)
    if phrase[:1] == ["of"]:
        phrase = phrase[1:]
    if any(w[0].isdigit() or w.lower() in NUMBER_WORDS for w in phrase):
        return ""  # "ten years ago", "in 2024": a figure of its own, whose row names the time
    if any(w.lower() in DAY_WORDS for w in phrase):
        return ""  # "to $6 from $5 on Monday": the day of the move, not of the old level
    told = " ".join(phrase)
    return told if phrase and only_a_time(told) else ""


# a comparative and "than" right after a change's percent: "4.1% lower than the 117,200 tons"
RE_THAN_RIGHT_AFTER = re.compile(
    r"\s+(?:lower|higher|more|less|fewer|smaller|larger|bigger|greater)\s+than\s+(?:the\s+)?"
    rf"(?:(?:{'|'.join(map(re.escape, APPROX_WORDS))})\s+)?",
    re.IGNORECASE,
)
# "from" alone right after a change's percent: "up 22 per cent from Rs 3,450 crore", the old level
RE_FROM_RIGHT_AFTER = re.compile(
    rf"\s+from\s+(?:(?:{'|'.join(map(re.escape, APPROX_WORDS))})\s+)?", re.IGNORECASE
)
# "to" alone (and an approximation word) right after a change's percent: "rose 12% to 86,000 tonnes"
RE_TO_RIGHT_AFTER = re.compile(
    rf"\s+to\s+(?:(?:{'|'.join(map(re.escape, APPROX_WORDS))})\s+)?", re.IGNORECASE
)


# ", up" or ", down" alone between an amount or count and a percent
RE_UP_DOWN_RIGHT_AFTER = re.compile(r",\s*(?:up|down)\s+(?:(?:by|about|around|some|nearly|almost)\s+)?")
# a second clause joined to the first ("Sales rose 5%, while profit fell to $2m, down 12%")
RE_SECOND_CLAUSE = re.compile(r"(?:,\s+(?:while|whereas|but|and)|;)\s+")
SECOND_CLAUSE_REACH = 150  # characters before the amount read for the join


def change_of_second_clause(body: str, earlier: Figure, fig: Figure) -> bool:
    """Whether a percent after ", up" or ", down" right after an amount is that amount's change, its
    own subject taken from an earlier clause of the sentence ("Oil made up 40% of sales, while dates
    brought in 90 million dinars, up 6%": the dates' earnings rose)."""
    if not RE_UP_DOWN_RIGHT_AFTER.fullmatch(body, earlier.end, fig.start):
        return False
    window = body[max(0, earlier.start - SECOND_CLAUSE_REACH) : earlier.start]
    window = window[window.rfind(". ") + 1 :]
    joins = list(RE_SECOND_CLAUSE.finditer(window))
    if not joins:
        return False
    clause = window[joins[-1].end() :].lower()
    own = [w for w in bare_subject(fig.subject).lower().split() if len(w) > 2]
    return bool(own) and not any(w in clause for w in own)


def same_measure(earlier: Figure, fig: Figure) -> bool:
    """Whether a figure after ", up from" or ", down from" is the earlier level of what `earlier`
    measures: two percents, or two figures of one unit and measure, unless the figure is a count
    that names its own noun or already names the earlier one's ("9,800 trips a day, up from
    6,500"; not "..., up from 40 lorries" nor "... people, up from 281,421,906 in the 2000 Census")."""
    if earlier.unit != fig.unit or earlier.measure != fig.measure:
        return False
    if fig.unit == "percent" or fig.kind != "count":
        return True
    if fig.end > fig.core[1]:
        return False
    named = bare_subject_of(earlier.subject).lower().split()
    return not any(word in named for word in content_words(bare_subject(fig.subject.lower())))


# What puts a figure as the mark another figure of its sentence is measured against: "rose to
# 65,300, still short of the 70,000 seen before the pandemic", "93.1 percent, well above the 85
# percent doctors call safe" (read back from the figure, "the" in its quote or not).
RE_BENCHMARK_BEFORE = re.compile(r"\b(?:above|below|short\s+of|shy\s+of)\s+(?:the\s+)?\Z")
BENCHMARK_JOIN = 14  # characters before the figure read for the join ("short of the ")
MARK_FOLLOWERS = DETERMINERS | PREPOSITIONS | frozenset(CLAUSE_WORDS) | {"that"}  # "the 85 percent that"
# participles without -ed: noun_phrases' table ("set", "forecast", "seen", ...) and those of a clause after a
# figure ("the $40 million given", "the 12 made")
IRREGULAR_PARTICIPLES = LINK_PARTICIPLES | frozenset("given taken made paid sold hit".split())
# ... and a comparison whose mark a reduced relative clause qualifies ("more than the $650 million
# budgeted in 2019", "double the 40,000 reached by the first book"): the same measure as the
# figure compared, from as far as ", up from" joins one (RESTATED_CHANGE_GAP), when the clause
# names nothing but its participle (what "recorded in the same month last year" names, it keeps)
COMPARED_MARK_LEADS = ("than", "double", "twice", "triple", "treble")  # before "the" and the mark
RE_COMPARED_MARK_BEFORE = re.compile(rf"\b(?:{'|'.join(COMPARED_MARK_LEADS)})\s+the\s+\Z")


# the verbs of a relative clause with no pronoun about a forecast mark ("the $4.5 billion analysts
# had expected", "the 3% economists forecast"): the noun before them is the clause's subject
CONTACT_RELATIVE_VERBS = frozenset(
    "had have has expected expect forecast predicted estimated projected".split()
)


def contact_relative(words: list[str]) -> bool:
    """Whether the words after a figure open a relative clause without a pronoun: a plural noun in
    small letters and one of CONTACT_RELATIVE_VERBS ("analysts had expected")."""
    return (
        len(words) > 1
        and words[0].isalpha()
        and words[0].islower()
        and words[0].endswith("s")
        and words[1].lower() in CONTACT_RELATIVE_VERBS
    )


def qualified_mark(word: str) -> bool:
    """Whether a word right after a figure opens a reduced relative clause about it: a past
    participle ("budgeted", "reached", "forecast"), lower case."""
    return word.islower() and (past_form(word) or word in IRREGULAR_PARTICIPLES)


MARK_LEADS = frozenset((*COMPARED_MARK_LEADS, "above", "below"))  # before "the"
SHORT_OF = frozenset(("short", "shy"))  # "short of the", "shy of the"
# the words before the mark read for a figure compared in its clause ("18 per cent more than the")
MARK_CLAUSE_WORDS = 6


# A tariff or a quota priced in bands of what is used ("pay 9 cents per kWh for the first 150 kWh
# a month", "the next 80 litres cost 2,500 rials"): the amount after "the first" or "the next" is
# how much use a band covers, when the sentence prices or frees it.
BAND_ORDINALS = frozenset(("first", "next"))
BAND_QUANTITIES = frozenset(("energy", "volume"))
BAND_NOUNS = frozenset(("tariff", "quota"))
BAND_PRICING_WORDS = BAND_NOUNS | frozenset(
    "pay pays paid charge charges charged cost costs billed bill free rate price".split()
)


def _tariff_band(measure: str, lead: list[str], before: list[str], after: list[str]) -> str:
    """What an energy or volume after "the first"/"the next" measures when its sentence prices it:
    "consumption in the first tariff band" (the tariff or quota named in the sentence), or ""."""
    if len(lead) < 2 or lead[-1].lower() not in BAND_ORDINALS or lead[-2].lower() != "the":
        return ""  # the cheap test first
    if quantity_of(measure) not in BAND_QUANTITIES:
        return ""
    words = {w.lower() for w in (*before, *after)}
    if words.isdisjoint(BAND_PRICING_WORDS):
        return ""  # "the first 3 litres poured": no band of a price
    named = sorted(words & BAND_NOUNS)
    return f"consumption in the {lead[-1].lower()} {named[0] + ' ' if named else ''}band"


def marked_clause_subject(lead: list[str], after: list[str]) -> str:
    """What a figure that is the mark of its clause's comparison measures, a reduced relative clause
    after it ("visitors could fall short of the 2.4 million forecast", "output is above the 40,000
    tonnes planned"): the subject of the clause, or ""."""
    if len(lead) < 4 or lead[-1].lower() != "the" or not after or not qualified_mark(after[0]):
        return ""  # the cheap test first
    join = lead[-2].lower()
    if not (join in MARK_LEADS or join == "of" and lead[-3].lower() in SHORT_OF):
        return ""
    if any(w[:1].isdigit() for w in lead[-MARK_CLAUSE_WORDS:]):
        return ""  # "were $1.6 billion higher than the": the figure before is the one compared
    return first_predicate_subject(lead[:-2])


def benchmarks(body: str, earlier: Figure, fig: Figure) -> bool:
    """Whether `fig` is the mark the figure `earlier` of its sentence is measured against (its
    unit, RE_BENCHMARK_BEFORE or RE_COMPARED_MARK_BEFORE, no bracket or clause mark between
    them): it measures the same."""
    if fig.start - earlier.end > RESTATED_CHANGE_GAP or fig.kind == "count" and fig.end > fig.core[1]:
        return False  # far apart, or a count that names its own noun ("short of the 50,000 jumps")
    window = body[max(earlier.end, fig.start - BENCHMARK_JOIN) : fig.start]
    if "of" not in window and "bove" not in window and "elow" not in window and "the" not in window:
        return False  # the cheap test first
    loose = RE_BENCHMARK_BEFORE.search(window) is not None
    if not loose and RE_COMPARED_MARK_BEFORE.search(window) is None:
        return False
    if any(c in body[earlier.end : fig.start] for c in ";:()"):
        return False
    if not has_content_word(bare_subject(earlier.subject)):
        return False
    after = tokens(body, fig.end, fig.end + 32)[:2]
    if not loose:
        return bool(after) and (
            qualified_mark(after[0])
            and len(content_words(bare_subject(fig.subject))) < 2  # "budgeted", not "recorded in May"
            or contact_relative(after)  # "analysts forecast": the forecasters, no measure
        )
    if fig.start - earlier.end > RESTATED_GAP:
        return False
    named = after and after[0].isalpha() and after[0].islower()  # "the 2 percent target": its own noun
    return (
        not named
        or after[0] in MARK_FOLLOWERS
        or participle(after[0])
        or after[0] in IRREGULAR_PARTICIPLES
        or contact_relative(after)
    )


RE_OR_BETWEEN = re.compile(r",?\s+or\s+")  # "every 12 months or 15,000km": two bounds of one interval
RE_OR_PERCENT = re.compile(r"\s*,?\s+or\s+\Z")  # "RM66.1 million or 88.6%", "40,000 units, or 12%"


def restated_as_percent(body: str, earlier: Figure, fig: Figure) -> bool:
    """Whether a percent right after "or" restates the figure before it ("RM66.1 million or 88.6%")
    whose subject names something; not a share of a whole it names ("600 jobs, or 14% of its
    workforce")."""
    if fig.start - earlier.end > 8 or "or" not in body[earlier.end : fig.start]:
        return False  # the cheap tests first
    if body.startswith(" of ", fig.end):
        return False
    return bool(RE_OR_PERCENT.fullmatch(body, earlier.end, fig.start)) and has_content_word(
        bare_subject_of(earlier.subject)
    )


# ", a rise of" right before a percent: the change of what the clause before it stated
RE_CHANGE_APPENDED = re.compile(
    r",\s+(?:a|an)\s+(?:rise|increase|jump|gain|fall|drop|decline|decrease|cut|reduction)\s+of\s+(?:about\s+|some\s+|nearly\s+)?\Z"
)
CHANGE_APPENDED_GAP = 60  # the most characters between the level and the percent of its change


def change_appended(body: str, earlier: Figure, fig: Figure) -> bool:
    """Whether a percent after ", a rise of" (", an increase of", ", a drop of", ...) restates the
    change of the level stated right before it in the sentence ("to 340 shillings from 275
    shillings, a rise of 24%"), whose subject names a thing; no clause mark but that comma between them."""
    if fig.start - earlier.end > CHANGE_APPENDED_GAP:
        return False
    gap = body[earlier.end : fig.start]
    if ";" in gap or ":" in gap or gap.count(",") > 2:
        return False
    return bool(RE_CHANGE_APPENDED.search(gap)) and names_a_thing(earlier.subject)


# a summing-up apposition after a level and "and up" or "and down" before a percent: the level's
# change ("moved 8.7 million boxes in 2025, the most on record and up 3 per cent")
RE_APPOSED_CHANGE = re.compile(
    r",\s+the\s+[^,;:()\d]{1,50}?\s+and\s+(?:up|down)\s+(?:by\s+)?"
    rf"(?:(?:{'|'.join(map(re.escape, APPROX_WORDS))})\s+)?\Z"
)
APPOSED_CHANGE_GAP = 90  # the most characters between the level and the percent of its change


def apposed_change(body: str, earlier: Figure, fig: Figure) -> bool:
    """Whether a percent after an apposition that sums up the level before it and "and up" or "and
    down" (RE_APPOSED_CHANGE) is that level's change; a time may stand between ("in 2025")."""
    if (
        fig.start - earlier.end > APPOSED_CHANGE_GAP
        or "and" not in body[max(earlier.end, fig.start - 16) : fig.start]
    ):
        return False  # the cheap tests first
    comma = body.find(",", earlier.end, fig.start)
    if comma < 0 or any(c in ";:()" for c in body[earlier.end : comma]):
        return False
    return bool(RE_APPOSED_CHANGE.fullmatch(body, comma, fig.start)) and names_a_thing(earlier.subject)


# a difference set after a level and a comma, with "more than" or "less than" a reference after it
# ("reached 4.1 million tonnes in 2025, 300,000 tonnes more than the year before"): the same measure
RE_DIFFERENCE_AFTER = re.compile(r"\s+(?:more|less|fewer|higher|lower)\s+than\b")


def apposed_difference(body: str, earlier: Figure, fig: Figure) -> bool:
    """Whether a figure after a comma and before "more than" or "less than" (RE_DIFFERENCE_AFTER)
    is the difference of the level of its measure right before it in the sentence; no other mark
    between them ("$4.2bn at the end of March, $600m more than a year earlier")."""
    if fig.start - earlier.end > RESTATED_GAP or not RE_DIFFERENCE_AFTER.match(body, fig.end):
        return False
    gap = body[earlier.end : fig.start].rstrip()
    return gap.endswith(",") and not any(c in ",;:()" for c in gap[:-1])


# a comma (after the level's own short phrase, a conversion's bracket perhaps) and an approximation
# word before a percent that trails a level ("26.5 billion euros to the counties in its budget,
# about 3 per cent more than this year")
RE_TRAILING_PERCENT_GAP = re.compile(
    rf"\)?[^,;:()]{{0,60}},\s*(?:(?:{'|'.join(map(re.escape, APPROX_WORDS))})\s+)?"
)


# the same with "up" or "down" after the comma ("RO276 million to gross domestic product in 2025, up
# 4.3 per cent from the year before")
RE_TRAILING_UP_DOWN_GAP = re.compile(
    rf"\)?[^,;:()]{{0,60}},\s*(?:up|down)\s+(?:by\s+)?(?:(?:{'|'.join(map(re.escape, APPROX_WORDS))})\s+)?"
)


def apposed_percent_difference(body: str, earlier: Figure, fig: Figure) -> bool:
    """Whether a percent after a comma and before "more than" or "less than" (RE_DIFFERENCE_AFTER),
    or after a comma and "up" or "down", is the change of the sum stated right before it in its clause ("G$284.6 billion ... for
    Budget 2026, about 22 per cent more than the G$233 billion"), whose subject names a thing."""
    return (
        earlier.kind == "money"  # (a count's or a measure's own clause names its change better)
        and (
            RE_DIFFERENCE_AFTER.match(body, fig.end) is not None
            and RE_TRAILING_PERCENT_GAP.fullmatch(body, earlier.end, fig.start) is not None
            or RE_TRAILING_UP_DOWN_GAP.fullmatch(body, earlier.end, fig.start) is not None
            and not names_after(body, fig)  # "up 12% in real terms": its own words name it
        )
        and names_a_thing(earlier.subject)
    )


RE_COMPARED_BEFORE = re.compile(rf"\s(?:{COMPARED_WORDS})\s+\Z")
GROUP_PREPOSITIONS = frozenset(("for", "on", "in", "among", "at"))  # "2.1% for placebo", "8.2% among men"


def compared_group(
    body: str, earlier: Figure, fig: Figure, join: re.Pattern[str] = RE_COMPARED_BEFORE
) -> str:
    """The group a compared percent is of ("compared with 2.1% for placebo" -> "for placebo"): the
    same measure as the figure it is compared with (`join` before it), for another group; "" when
    no such phrase follows it, or it names a time ("in 2023")."""
    if not join.search(body, max(earlier.end, fig.start - RESTATED_JOIN), fig.start):
        return ""
    phrase = phrase_after(tokens(body, fig.end, fig.end + AFTER_CHARS))
    if len(phrase) < 2 or phrase[0].lower() not in GROUP_PREPOSITIONS or only_a_time(" ".join(phrase)):
        return ""
    return " ".join(phrase)


# The gap of a second figure of one verb joined by "and" with no verb of its own: the first
# figure's own phrase of a group, place or time with no figure, verb or clause mark in it ("in
# March", "for adults", "y/y in October"), then "and", a determiner or "further", "another",
# "just" ("and a further 3%"). A bare "and" joins two figures matched to two nouns ("in Leeds
# and York, at £900 and £850"), which another rule reads.
AND_JOIN = r"and\s+(?:(?:a|an)\s+)?(?:(?:further|another|just|only)\s+)?"  # "and a further", "and just"
RE_GAPPED_AND = re.compile(
    r"\s+(?:[a-z]{1,3}/[a-z]{1,3}|(?:for|in|on|at|among|with)\s+[^\W\d_][^,;:()\d]{0,30}?)"
    rf"\s+{AND_JOIN}"
)
RE_AND_BEFORE = re.compile(rf"\s{AND_JOIN}\Z")
GAPPED_CHARS = 50  # the longest gap between two figures of one verb joined by "and"
RESPECTIVELY_CHARS = 16  # the characters after a figure read for "respectively"
GAPPED_VERB_ENDS = ("ed", "ing", "es")  # a verb in the first figure's phrase ends the gapped reading


def gapped_after_and(body: str, earlier: Figure, fig: Figure) -> bool:
    """Whether `fig` is a second figure of the verb of `earlier`, joined by "and" with no verb of
    its own ("grew 3% y/y in May and 1% m/m"; "fees of $9 for adults and $4 for
    students"): the gap matches RE_GAPPED_AND and holds no verb-like word in -ed, -ing or -es."""
    if fig.start - earlier.end > GAPPED_CHARS or "and" not in body[earlier.end : fig.start]:
        return False
    if (
        fig.kind == "count"
        and fig.end > fig.core[1]
        or fig.measure == "years of age"
        or " per " in earlier.subject
    ):
        return False  # "5 deaths and 28 cases", ages, "600 to the dollar": its own noun or base
    if "respectively" in body[fig.end : fig.end + RESPECTIVELY_CHARS]:
        return False  # "of $2m in 2023 and $3m respectively": the nouns before are matched in turn
    gap = RE_GAPPED_AND.fullmatch(body, earlier.end, fig.start)
    return gap is not None and not any(
        w.endswith(GAPPED_VERB_ENDS) and len(w) > 4 for w in body[earlier.end : fig.start].split()
    )


# the conjunctions of a condition a figure holds under ("40% when it sells above $10,000")
CONDITION_WORDS = frozenset(("when", "if", "once", "unless"))
RE_WORD_AFTER = re.compile(r"\s*([a-z]+)")
CONDITION_GAP = 120  # the most characters between two figures under parallel conditions


def parallel_condition(body: str, earlier: Figure, fig: Figure) -> bool:
    """Whether a figure after "and" states the same measure as the earlier one under another
    condition: each followed by the same conjunction of a condition ("6.8% of sales when it sells
    below $4,000 a tonne and 40% when it sells above $10,000"), no clause mark between them."""
    after = RE_WORD_AFTER.match(body, fig.end)
    if after is None or after.group(1) not in CONDITION_WORDS or fig.start - earlier.end > CONDITION_GAP:
        return False
    gap = body[earlier.end : fig.start]
    told = re.search(rf"\b{after.group(1)}\b", gap)
    return (
        told is not None
        and RE_AND_BEFORE.search(gap) is not None
        and not any(c in gap for c in ";:()")
        and "," not in gap[: told.start()]
    )


def without_own_group(named: str, body: str, earlier: Figure, fig: Figure) -> str:
    """A subject without the phrase of a group that follows its figure before "and" ("penalty for
    the bank" -> "penalty" when "$5m for the bank and $3m for the insurer" gives the second figure
    its own group); "" when the subject is only that phrase ("for drains")."""
    own = [
        w.lower()
        for w in body[earlier.end : fig.start].split(" and ")[0].split()
        if w.lower() not in DETERMINERS
    ]
    words = named.split()
    kept = [k for k, w in enumerate(words) if w.lower() not in DETERMINERS]  # the words compared
    if not own or len(kept) < len(own) or [words[k].lower() for k in kept[-len(own) :]] != own:
        return named
    return " ".join(words[: kept[-len(own)]])  # "" when the subject is only the group


PART_GAP = 80  # the longest gap between a measurement and a part of it that names nothing
# what joins a part to its whole: a comma and "including", "with", "of which", "and" ("a further"),
# or a comma alone in a list of parts ("20,000 tonnes a year, 15,000 tonnes at one mine")
RE_PART_JOIN = re.compile(
    r",\s*(?:(?:including|with|of\s+which|and(?:\s+(?:a\s+further|another))?)\s+)?"
    rf"(?:(?:{'|'.join(map(re.escape, APPROX_WORDS))})\s+)?\Z"
)
PART_JOIN_CHARS = 30  # characters before the part read for the join
PART_GROUP_PREPOSITIONS = frozenset(("for", "at", "in", "on", "from", "to"))  # "10,000 tonnes for the bakers"


def runs_alpha(words: list[str]) -> bool:
    """Whether no word holds a digit."""
    return not any(c.isdigit() for w in words for c in w)


def part_of(body: str, whole: Figure, fig: Figure) -> bool:
    """Whether `fig`, a measurement in the unit of `whole` before it in its sentence, names only its
    quantity ("weight (unit: tonnes)") while `whole` names a thing, with no clause mark or bracket
    between them and at most PART_GAP characters: it is a part or a further amount of the same
    measure ("60 tonnes of ore a day, 40 tonnes at one mine"; "900 acres of land, of
    which 468 acres")."""
    if fig.start - whole.end > PART_GAP or not names_no_thing(fig) or names_no_thing(whole):
        return False
    if not RE_PART_JOIN.search(body, max(whole.end, fig.start - PART_JOIN_CHARS), fig.start):
        return False  # "rising by 9g, to 218g", "for 40 moves, plus 30 minutes": no part of a whole
    following = RE_WORD.match(body, fig.end + 1) if body[fig.end : fig.end + 1] == " " else None
    if following is not None and following.group(0).lower() in NOT_PREMODIFIED:
        return False  # "a high of 36C, 2C above the average": a gap to a benchmark, no part
    gap = body[whole.end : fig.start]
    return not any(mark in gap for mark in ";:()") and has_content_word(bare_subject(whole.subject))


def compares(body: str, fig: Figure) -> bool:
    """Whether "against", "versus", "instead of" or "compared with" stands right before the figure: it compares
    a figure of its own unit."""
    return bool(RE_COMPARED_BEFORE.search(body, max(0, fig.start - 20), fig.start))


OWN_WORDS_CHARS = 40  # the characters after a compared figure read for the words of its subject


def names_after(body: str, fig: Figure) -> bool:
    """Whether a content word of a figure's subject stands right after it: a figure compared with
    another ("41 units per acre against 46 units a year earlier") names its own thing only there; a
    subject read from the words before it names the other figure's."""
    named = {w.lower() for w in content_words(bare_subject(fig.subject))}
    if not named:
        return False
    following = {w.lower() for w in word_runs(body[fig.end : fig.end + OWN_WORDS_CHARS])}
    return bool(named & following)


# The words of a measure the engine names without its thing ("sale price", "sum paid", "cost").
MEASURE_ONLY_WORDS = frozenset("sale price cost sum paid value valuation earnings spending".split())


def names_a_thing(subject: str) -> bool:
    """Whether a subject names a thing besides a measure ("sale price of the flat", not "sale
    price"): a compared figure whose own words name the thing keeps them."""
    return any(w.lower() not in MEASURE_ONLY_WORDS for w in content_words(bare_subject(subject)))


def names_no_thing(fig: Figure) -> bool:
    """Whether a figure's subject names only a time, a unit, or the bare quantity its measure
    measures ("weight (unit: tonnes)"): it takes what a figure it restates or compares measures."""
    if fig.measure and bare_subject(fig.subject) == quantity_of(fig.measure):
        return True
    if " per " in fig.measure and _names_only_its_rate(fig):
        return True  # "from 260 in 2020" after "210 deaths per 100,000 live births": "live births year"
    return names_a_time(fig.subject)


def _names_only_its_rate(fig: Figure) -> bool:
    """Whether a rate's subject holds only words of its own unit and of time ("live births year"
    of a rate in deaths per 1,000 live births)."""
    own = {w.lower() for w in content_words(fig.measure)}
    words = content_words(bare_subject(fig.subject))
    return bool(words) and all(w.lower() in own or w.lower() in NOT_TIME_CONTENT for w in words)


# Unit nouns that name no measured thing: "from 16.2 points" restates what the earlier figure measures.
UNIT_NOUNS = frozenset(("points", "point"))


@lru_cache(maxsize=4096)
def names_a_time(subject: str) -> bool:
    """Whether a subject names nothing but a time or its unit ("March", "a year earlier", "in
    October", "points")."""
    for run in bare_subject(subject).split():  # its content words (content_words), all time words
        if run.isalpha():  # most runs are one word (word_runs reads them run by run)
            if len(run) > 2 and run.lower() not in NOT_TIME_CONTENT:
                return False
        elif any(len(word) > 2 and word.lower() not in NOT_TIME_CONTENT for word in word_runs(run)):
            return False
    return True


BEFORE_CHARS = 150  # how far back in its sentence a figure's measured noun is looked for


AFTER_CHARS = 80


# A sentence longer than this is tokenised once for all its figures; a shorter one is read in
# each figure's windows, which cover most of it anyway.
LONG_SENTENCE = 4 * (BEFORE_CHARS + AFTER_CHARS)


# A duration after these names the length of a period ("in the last six months", "in 72 weeks");
# after "for" it is how long an action lasts ("jailed for six years"): the clause names it.
PERIOD_OPENERS = frozenset("in over within during throughout".split())


PERIOD_ORDINALS = frozenset("first last next past previous coming following".split())


PERIOD_SUBJECT = "length of the period"
SPAN_LENGTH = "length of the "  # the subject of a span named before its noun ("a six-week run")
# a local word glossed in English in brackets right after a counted noun ("14 woredas (districts)",
# "40 mahallas (neighbourhoods)"): one or two lower-case words, the last a plural noun (not "(see map)")
RE_GLOSS_AFTER = re.compile(r" \(((?:[a-z]{3,} )?(?:[a-z]{2,}s|people|men|women|children))\)")
# a plural unit's possessive and the noun it measures ("two years' imprisonment", "six months'
# notice"); not "in two years' time" (a point in time) nor "a year's worth"
RE_SPAN_POSSESSIVE = re.compile(r"(?<=s)['’] ([a-z]{3,})\b")
NOT_SPANS = frozenset(("time", "worth"))
WITHIN_SUBJECT = "time within which"  # the time a deed is done within ("within 90 days")


# What lasts, when the sentence says it: the subject of a verb of lasting ("The strike lasted 23
# days", "the talks took 42 days"), or the event a verb names ("jailed for six years": a prison
# sentence; "banned for three years": a ban; "walked out for two days": a strike).
LASTING_VERBS = frozenset(
    "last lasts lasted lasting run runs ran take takes took taking span spans spanned drag drags dragged continued".split()
)
LASTING_PARTICLES = frozenset(("on", "out"))  # "dragged on for eight years", "ran on for"
TAKING_VERBS = frozenset(("take", "takes", "took"))  # "took 42 days to respond": the time to do it
EVENT_VERBS: dict[str, str] = {
    **dict.fromkeys(("jailed", "imprisoned"), "prison sentence"),
    "sentenced": "sentence",
    "banned": "ban",
    "suspended": "suspension",
    "detained": "detention",
    "struck": "strike",
    "closed": "closure",
    "grounded": "grounding",
    # weather verbs, whose "it" names no thing ("It rained for 30 hours"): the weather lasted
    **dict.fromkeys(("rained", "raining"), "rain"),
    **dict.fromkeys(("snowed", "snowing"), "snow"),
    **dict.fromkeys(("drizzled", "drizzling"), "drizzle"),
    **dict.fromkeys(("sleeted", "sleeting"), "sleet"),
}
NEGATIONS = frozenset(("not", "never"))  # "has not rained for": the event did not happen
# verbs of being given a term by a court, a bare span right after them ending its clause ("the
# driver received six years.", "his brother got 18 months,"): the sentence's length; a span with a
# noun or "of" after it is something else received ("got three years of funding", "four years'
# notice")
TERM_GIVING_VERBS = frozenset(("received", "receives", "receive", "got", "gets", "given", "handed"))
PARTICLE_EVENTS: dict[tuple[str, str], str] = {
    **dict.fromkeys((("walked", "out"), ("walk", "out"), ("walking", "out")), "strike"),
    ("locked", "down"): "lockdown",
    ("shut", "down"): "closure",
}
CLOCKING_VERBS = frozenset(("clock", "clocks", "clocked", "clocking"))
DURATION_LEADS = frozenset(("for", "to"))  # "lasted for", "sentenced to"
# the words between the thing that lasts and its verb: "are expected to take", "will last"
LASTING_AUXILIARIES = AUXILIARIES | BE_WORDS | frozenset("to expected likely due set can".split())
LASTING_WORDS = 4  # the longest name of what lasts
LASTING_CUTS = BOUNDARY_WORDS | frozenset(CLAUSE_WORDS) | {"or"}  # words that open the clause of what lasts


# Casualties: the words that say a count of people is of deaths or of injured people, and the
# subject each gives. Before the number ("killed 12"), as its noun ("246 fatalities") or after
# its noun ("1,480 people dead", "40 villagers died").
CASUALTY_SUBJECTS: dict[str, str] = {
    **dict.fromkeys(
        "killed killing kill kills died die dies dead deaths death fatalities fatality drowned".split(),
        "deaths",
    ),
    **dict.fromkeys(
        "injured injuring injures injure injuries injury wounded wounding wounds hurt".split(),
        "people injured",
    ),
    "missing": "people missing",  # "46 were still missing": not deaths, not yet
}


CASUALTIES = frozenset(CASUALTY_SUBJECTS.values())  # what a casualty count's subject says
# "kills" as the noun of a count of things is a statistic of a volleyball, esports or hunting
# report ("16 kills on 35 attacks"), not deaths: deaths are counted as people
COUNTED_KILLS = frozenset(("kills",))


# the words of a partitive before its noun ("of the", "of those"): no noun of their own
PARTITIVE_ONLY = frozenset(("of", "of the", "of those", "of these", "of its", "of their"))


def partitive_noun(after: list[str]) -> str:
    """The noun a partitive count ("Three of the", "two of its") takes from the words after it,
    past a number of the whole ("nine bids the council received" -> "bids"), or ""."""
    rest = after
    owner = rest[:1] if rest[:1] and rest[0].endswith(("'s", "’s")) else []  # "of the city's 14 libraries"
    rest = rest[len(owner) :]
    while rest and (rest[0][0].isdigit() or rest[0].lower() in NUMBER_AND_MONTH_WORDS):
        rest = rest[1:]
    named = noun_after(rest)
    return " ".join([*owner, *named]) if named and named[0].islower() else ""


# Events that kill and injure, named in a casualty count's sentence: the count's subject says
# which ("A magnitude 6.9 earthquake struck ..., killing at least 23 people": deaths in the earthquake).
CASUALTY_EVENTS = frozenset(
    """earthquake earthquakes quake quakes aftershock flood floods flooding storm storms hurricane
    cyclone typhoon tornado landslide landslides mudslide avalanche eruption tsunami fire fires
    wildfire wildfires blaze blast blasts explosion explosions bombing bombings attack attacks
    crash collision derailment shooting stampede heatwave outbreak epidemic avalanches eruptions
    accident accidents crashes collisions cyclones typhoons tornadoes hurricanes landslip clashes
    violence airstrike airstrikes shelling sinking shipwreck""".split()
)


# Verbs that tell a disaster as what something did ("the volcano erupted", "the ferry capsized"):
# the event, as its noun
EVENT_VERB_NOUNS: dict[str, str] = {
    "erupted": "eruption",
    "capsized": "capsizing",
    "sank": "sinking",
    "derailed": "derailment",
    "exploded": "explosion",
}


def with_event(found: str, before: list[str], after: list[str]) -> str:
    """A casualty subject ("deaths") with the event its sentence names, as a noun or a verb, the
    nearest one before the count, else the first after it ("deaths in the earthquake"; "deaths in
    the eruption" for "when the volcano erupted"); the subject alone when none is named."""
    for word in (*reversed(before), *after):
        lower = word.lower()
        if lower in CASUALTY_EVENTS:
            return f"{found} in the {lower}"
        if lower in EVENT_VERB_NOUNS:
            return f"{found} in the {EVENT_VERB_NOUNS[lower]}"
    return found


# "the loss of 389 lives", "claimed the lives of 266 people": lives counted as lost.
LIVES_LOST_CUES = frozenset("loss lost claimed claiming claim claims took cost costing".split())


def casualty(lead: list[str], noun: str, after: list[str]) -> str:
    """ "deaths" or "people injured" when the words around a count of people say so, else ""."""
    lower_before = [w.lower() for w in lead[-5:]]  # the rules read five words back
    noun_lower = noun.lower()
    noun_words = noun_lower.split()
    if len(noun_words) > 1 and noun_words[-1] in CASUALTY_SUBJECTS:  # "people dead"
        found = CASUALTY_SUBJECTS[noun_words[-1]]
        head = " ".join(noun.split()[:-1])
        if head.lower() in BARE_COUNT_NOUNS or head in PARTITIVE_ONLY:
            return found  # "people dead", "11 of the dead"
        return f"deaths of {head}" if found == "deaths" else f"{head} injured"
    if noun_lower == "lives":
        return "deaths" if LIVES_LOST_CUES & set(lower_before[-4:]) else ""
    if noun_lower in CASUALTY_SUBJECTS:
        return CASUALTY_SUBJECTS[noun_lower]
    following = ""  # the first of the three words after the noun that is no auxiliary
    for word in after[:3]:
        lower = word.lower()
        if lower not in ("were", "was", "have", "had", "been", "are", "still"):
            following = lower
            break
    if following in CASUALTY_SUBJECTS:
        found = CASUALTY_SUBJECTS[following]
    elif lower_before and lower_before[-1] in CASUALTY_SUBJECTS:
        found = CASUALTY_SUBJECTS[lower_before[-1]]
    elif lower_before[-3:-1] == ["lives", "of"] or lower_before[-2:] == ["lives", "of"]:
        found = "deaths" if LIVES_LOST_CUES & set(lower_before[-5:]) else ""
    else:
        return ""
    if noun and noun_lower not in BARE_COUNT_NOUNS and found:
        return f"deaths of {noun}" if found == "deaths" else f"{noun} injured"
    return found


RE_PER_ALONE = re.compile(r"\(per [^)]+\)")  # a subject that is only the unit a price is per
RE_LABELS = re.compile(r"\s*\((?:unit: [^)]+|interest-rate level|per [^)]+)\)")


@lru_cache(maxsize=4096)
def bare_subject_of(subject: str) -> str:
    """A subject without any of its labels."""
    if "(" not in subject:
        return subject.strip()  # no label to take out
    return RE_LABELS.sub("", subject).strip()


def with_labels(subject: str, old: str) -> str:
    """A new subject keeping the old one's "(unit: ...)" or "(interest-rate level)" label (a
    change in points keeps only its unit: it is not a rate level); a label the new subject already
    holds is not written twice (a mark taken with its own label: "the yield dipped below 2%, then
    below 1.5%")."""
    if "(" not in old:
        return subject.strip()  # no label to keep
    labels = [m.group(0).strip() for m in RE_LABELS.finditer(old)]
    if any(label.startswith("(unit:") for label in labels):
        labels = [label for label in labels if label.startswith("(unit:")]
    if "(" in subject:
        labels = [label for label in labels if label not in subject]
    return " ".join([subject, *labels]).strip()


RE_REPEAT_END = re.compile(r"\s*\(repeat\)\Z")


def repeat_subject(earlier: str, labelled: str) -> str:
    """The subject of a repeat of a figure whose subject is `earlier` (rules: every mention gets a
    row, the second subject ends "(repeat)"): its words, a "(repeat)" of their own left out, then
    "(repeat)", before the labels of `labelled`."""
    return with_labels(f"{RE_REPEAT_END.sub('', bare_subject_of(earlier))} (repeat)", labelled)


def _period_object(words: list[str]) -> bool:
    """Whether words open with a period, not an object: "in September", "in the year to March"."""
    if len(words) < 2 or words[0].lower() not in ("in", "on", "for", "since", "during"):
        return False
    rest = [w for w in words[1:3] if w.lower() not in DETERMINERS]
    return bool(rest) and (rest[0][0].isdigit() or rest[0].lower() in PERIOD_WORDS)


MARGIN_WORDS = {("ahead", "of"): "ahead of", ("clear", "of"): "clear of", ("behind",): "behind"}
POINT_MARGIN_WORDS = {**MARGIN_WORDS, ("adrift", "of"): "adrift of", ("off",): "off", ("outside",): "outside"}
# what a points gap "off" or "outside" names in a table (not "31 points off the bench": a player's
# points; "two points outside the top six", "a point outside the relegation zone")
STANDING_NOUNS = frozenset("places place spots spot top lead leaders pace summit playoffs zone".split())
TABLE_RELATIONS = frozenset(("off", "outside"))  # the relations that name a place in a table


def _margin(after: list[str], points: bool = False) -> str:
    """A winning or trailing margin named right after a figure ("38 seconds ahead of Holm" ->
    "margin ahead of Holm"; of points, also "adrift of": "six points adrift of safety", and "off"
    or "outside" a place in a table: "nine points off the top"), or ""."""
    lower = [w.lower() for w in after[:2]]
    for words, relation in (POINT_MARGIN_WORDS if points else MARGIN_WORDS).items():
        if tuple(lower[: len(words)]) == words:
            rest = [w for w in after[len(words) : len(words) + 5] if w.lower() not in DETERMINERS]
            named = noun_after(rest, 3)
            if relation in TABLE_RELATIONS and not any(w.lower() in STANDING_NOUNS for w in named):
                return ""
            if named:
                return f"margin {relation} {' '.join(named)}"
            # "9 seconds ahead of the 52-footer Tern": a margin still, its rival unread
            unread = relation.endswith(" of") and rest and rest[0][:1].isalnum()
            return f"margin {relation.removesuffix(' of')}" if unread else ""
    return ""


def _spanned(lead: list[str], after: list[str]) -> str:
    """What a duration followed by "of" spans ("25 years of satellite measurements" -> "satellite
    measurements", "four decades of conflict followed" -> "conflict"), or "": not a period ("nine
    months of the year"), an age, a span within which something happens ("within five minutes of
    schedule") or a longer span ("two years of a three-year deal")."""
    if [w.lower() for w in lead[-1:]] == ["within"]:
        return ""
    words = noun_after([w for w in after[1:6] if w.lower() not in DETERMINERS])
    while words and words[-1].lower().endswith("ed"):
        words.pop()  # "of conflict followed": the verb after the noun
    lower = [w.lower() for w in words]
    if not words or PERIOD_WORDS.intersection(lower) or lower[0] == "age":
        return ""
    if lower[0].split("-")[-1] in DURATION_UNITS:
        return ""
    return " ".join(words)


def _verb_like(word: str) -> bool:
    """Whether a word after a noun reads as its verb: a change or link word, or a past form in -ed."""
    lower = word.lower()
    return lower in CHANGE_WORDS or lower in LINK_WORDS or lower.endswith("ed")


def _names_only_its_unit(quote: str) -> bool:
    """Whether a duration's quote ends at its unit ("six months"), naming no noun after it."""
    last = RE_WORD.findall(quote)[-1:]
    return bool(last) and last[0].split("-")[-1].lower() in DURATION_UNITS


def _period_duration(lead: list[str]) -> bool:
    """A duration that names the length of a period: "in the last six months", "in 72 weeks",
    "in the 12 weeks to March 3", "over the next six months", "the first six months of 2023"."""
    words = [w.lower() for w in lead]
    if words and words[-1] in PERIOD_ORDINALS:
        return True
    if len(words) > 1 and words[-1] == "the":
        words.pop()  # "in the 12 weeks to March 3"
    return bool(words) and words[-1] in PERIOD_OPENERS


DEGREE_WORDS = frozenset(("barely", "only", "just", "merely", "scarcely"))  # "lasted barely 40 minutes"


def _ly_adverb(word: str) -> bool:
    """Whether a word is a lower-case adverb in -ly ("roughly", not "July" or "Italy")."""
    return word.islower() and len(word) > 4 and word.endswith("ly")


EVENT_OBJECT_TOKENS = 10  # the most tokens of a person named between an event's verb and "for"


def _event_verb_before_object(words: list[str]) -> str:
    """The event verb (EVENT_VERBS) before a person it acts on, whose name, age and place may
    stand between them ("jailed him", "jailed Ann Cole (41), of Otley,", "banned Mr Reyes"), or
    "" (a lower-case word between them: "struck a deal", "closed the road")."""
    for i in range(len(words) - 1, max(-1, len(words) - 2 - EVENT_OBJECT_TOKENS), -1):
        word = words[i]
        lower = word.lower()
        if lower in EVENT_VERBS:
            return lower if i < len(words) - 1 else ""
        if not (
            word[:1].isupper()
            or word[:1].isdigit()
            or word in "(),'’"
            or lower in OBJECT_PRONOUNS
            or lower == "of"
        ):
            return ""
    return ""


def what_lasts(lead: list[str], after: list[str]) -> str:
    """What a duration is the length of, as its clause says it: the event its verb names
    ("jailed for" -> "prison sentence", "walked out for" -> "strike"), or the subject of a verb of
    lasting ("The last walkout at the port, in 2021, ran on for" -> "last walkout"; "The talks, which
    are due to last" -> "talks"); "" when neither."""
    words = lead
    while words and (words[-1] in QUOTES or words[-1].lower() in DEGREE_WORDS or _ly_adverb(words[-1])):
        words = without_approx(words[:-1])  # 'lasted "barely 40 minutes"', "lasted only 3 days"
    if words and words[-1].lower() in DURATION_LEADS:
        words = words[:-1]
    if len(words) > 2 and words[-1].lower() in ("and", "or", "to") and words[-2].isdigit():
        words = words[:-2]  # "lasted 11 and 18 days": the high end shares the low end's verb
    if not words:
        return ""
    last = words[-1].lower()
    if last in LASTING_PARTICLES and len(words) > 1 and words[-2].lower() in LASTING_VERBS:
        words, last = words[:-1], words[-2].lower()  # "The case dragged on for": the case lasted
    if last in CLOCKING_VERBS:
        return "time clocked"  # "clocking 9.76 seconds": a time run, not a span the clause lasts
    if last in WAITING_VERBS:
        counted = [w for w in words[:-1] if not w[:1].isdigit() and w.lower() not in APPROX_SINGLE_WORDS]
        waiter = _lasting_noun(strip_lower(counted, LASTING_AUXILIARIES))  # "About 90,000 patients had"
        if PERCENT_WORDS.intersection(waiter.lower().split()) or waiter.lower() in PERSONAL_PRONOUNS:
            waiter = (
                ""  # "only 61.7 percent had been waiting": a share waited, named by its whole; "I waited"
            )
        awaited = (
            noun_after([w for w in after[1:6] if w.lower() not in DETERMINERS])
            if after[:1] == ["for"]
            else []
        )
        if "like" in awaited:
            awaited = awaited[: awaited.index("like")]  # "for a part like this"
        place = (
            noun_after([w for w in after[1:6] if w.lower() not in DETERMINERS])
            if not awaited and after[:1] and after[0] in WAITING_PLACES
            else []
        )
        parts = [
            "waiting time",
            *(["of the", waiter] if waiter else []),
            *(["for", *awaited] if awaited else []),
            *([after[0], "the", *place] if place else []),  # "waited for up to three hours at the diversion"
        ]
        return " ".join(
            parts
        )  # "patients had waited 52 weeks": their wait; "waiting five months for a chance"
    if last in EVENT_VERBS:
        if len(words) > 1 and words[-2].lower() in NEGATIONS:
            return f"time without {EVENT_VERBS[last]}"  # "it has not rained for 40 days": a dry spell
        return f"length of the {EVENT_VERBS[last]}"
    if last in TERM_GIVING_VERBS and (not after or after[0] in CLAUSE_MARKS or after[0] == "."):
        return "length of the sentence"  # "Her co-accused received four years.": the term a court gave
    event = _event_verb_before_object(words)
    if event:
        return f"length of the {EVENT_VERBS[event]}"  # "jailed Ann Cole (41), of Otley, for"
    if len(words) > 1 and (words[-2].lower(), last) in PARTICLE_EVENTS:
        return f"length of the {PARTICLE_EVENTS[words[-2].lower(), last]}"
    if last not in LASTING_VERBS or (last in TAKING_VERBS and after[:1] == ["to"]):
        return ""
    if len(words) > 1 and words[-2].lower() in DETERMINERS:
        return ""  # "in the last six months": an ordinal, not a verb
    clause = strip_lower(words[:-1], LASTING_AUXILIARIES)
    # "The talks, which are due to last": the noun phrase that opens the clause before the comma
    noun = _lasting_noun(clause) if without_relative_opening(clause) is clause else _doer(clause)
    if not noun and len(words) > 2 and words[-2].lower() == "and":
        noun = _shared_subject(words[:-2])  # "Work is due to start in May and take": the work's
    if not noun and len(clause) > 1 and clause[-1].lower() == "and":
        noun = _shared_subject(clause[:-1])  # "Work will begin in January and is expected to take"
    if not noun:
        return ""
    return f"time taken by the {noun}" if last in TAKING_VERBS else f"length of the {noun}"


DASHES = frozenset(("-", "--", "–", "—"))  # a dash that ends a dateline or opens an aside
PURPOSE_NOUN_WORDS = 8  # the longest noun with its "to" phrase read as a clause's subject ("Work to ...")


def _shared_subject(words: list[str]) -> str:
    """The subject of the clause whose verb phrase `words` holds, which a verb after "and" shares:
    the words before its first auxiliary or form of "be" in lower case ("Work is due to start in
    May" -> "work"; "May" is a month),
    or "" when none stands in it ("Talks resumed": no verb is told from a noun)."""
    # ("Work to rehabilitate the plant will begin": a "to" right after the noun opens its own
    # phrase, not the verb phrase)
    cut = max((i for i, w in enumerate(words) if w in CLAUSE_MARKS or w in DASHES), default=-1)
    words = words[cut + 1 :]  # "KINGSTOWN, St Vincent -- Work to ...": the clause after a dateline
    at = next(
        (i for i, w in enumerate(words) if w in LASTING_AUXILIARIES and not (i == 1 and w == "to")),
        next((i for i, w in enumerate(words) if w.lower() in LASTING_AUXILIARIES), -1),
    )
    if at > 2 and words[1] == "to" and at <= PURPOSE_NOUN_WORDS:
        named = [w for w in words[:at] if w.lower() not in DETERMINERS]
        if all(w.isalpha() for w in named):
            return " ".join([named[0].lower(), *named[1:]])  # "work to rehabilitate Cumberland plant"
    return _lasting_noun(words[:at]) if at > 0 else ""


PERCENT_WORDS = frozenset(("percent", "cent", "%"))
PERSONAL_PRONOUNS = frozenset("i you he she we they it".split())  # a clause's subject naming no one by name
# Verbs whose object a span is when a deed follows it with "to" ("has 42 days to pay", "took 42
# days to conclude", "were given 14 days to leave"); after a preposition the "to" is the clause's
# purpose ("struck twice in the final 8 minutes to carry her team").
TIME_LIMITERS = frozenset("just only another further".split())  # between a verb of allowing and its span
ALLOWING_VERBS = frozenset(
    "have has had having give gives gave given take takes took taken taking need needs needed get gets got".split()
)
APPROX_SINGLE_WORDS = frozenset(w for phrase in APPROX_WORDS for w in phrase.split())  # "about", "than"
# Verbs of waiting: the span after them is a wait ("clients had waited more than 40 weeks",
# "had been waiting five months for a chance").
WAITING_VERBS = frozenset("wait waits waited waiting".split())
WAITING_PLACES = frozenset(("at", "outside"))  # where a wait is ("at the border", "outside the clinic")
# Time units a race time is stated in, part by part ("3 hours, 14 minutes and 22 seconds").
TIME_PART_UNITS = frozenset("hour hours hr hrs minute minutes min mins seconds secs second sec".split())
TIME_PART_JOINS = frozenset((",", "and"))
# Verbs after which "in" and a time is the time a race was run in ("crossed the line in 3 hours").
FINISHING_VERBS = frozenset("finish finishes finished won wins win completed completes run ran".split())
RE_GLUED_TIME_PART = re.compile(r"\d+(?:\.\d+)?(?:h|hr|hrs|min|mins|sec|secs)")
CROSSING_VERBS = frozenset("cross crosses crossed crossing".split())
# Verbs that take a time off a record or an earlier time ("taking 0.46 seconds off the record").
TAKING_OFF_VERBS = frozenset(
    "take takes took taking knock knocks knocked knocking shave shaves shaved shaving clip clipped clipping".split()
)
TIME_TO_DO_WORDS = 4  # the longest deed read after "N days to"


def _without_time_parts(words: list[str]) -> list[str]:
    """The words without the earlier parts of a time that end them ("crossed the line in 3 hours ,"
    -> "crossed the line in"): a later part of one time is read from where the time opens."""
    end = len(words)
    while end >= 2:
        if words[end - 1].lower() in TIME_PART_JOINS:
            end -= 1
        elif words[end - 1].lower() in TIME_PART_UNITS and words[end - 2][:1].isdigit():
            end -= 2
        elif RE_GLUED_TIME_PART.fullmatch(words[end - 1]):
            end -= 1  # "in 4min 12.6sec": the glued minutes before the seconds
        else:
            break
    return words[:end]


WON_BY_WORDS = 10  # the most words read back from "in" for "won by" and the winner


def _won_by(words: list[str]) -> int | None:
    """Where the "by" of a passive verb of finishing stands ("was won by the 40ft Kittiwake in"),
    reading back from the "in" that ends the words, or None."""
    for i in range(len(words) - 2, max(0, len(words) - WON_BY_WORDS) - 1, -1):
        if words[i] == "by":
            return (
                i
                if i > 1 and words[i - 1].lower() in FINISHING_VERBS and words[i - 2].lower() in BE_WORDS
                else None
            )
        if words[i] in CLAUSE_MARKS and words[i] not in "()":
            return None
    return None


def finishing_time(lead: list[str]) -> str:
    """What a time after "in" measures when a verb of finishing or "crossed the line" stands
    before it: the finishing time of who finished ("Ana Ruiz, 26, crossed the line in" ->
    "finishing time of Ana Ruiz"), or ""."""
    words = _without_time_parts(lead)
    if len(words) < 2 or words[-1].lower() != "in":
        return ""
    if words[-2].lower() in FINISHING_VERBS:
        verb = len(words) - 2
    elif (by := _won_by(words)) is not None:
        # "The race was won by the 40ft Kittiwake (GBR 40) in": the finishing time of the winner
        winner = head_of(_without_measure(noun_phrase_before(words[by + 1 : -1])))
        return f"finishing time of {winner}" if winner else "finishing time"
    elif (
        len(words) > 4
        and [w.lower() for w in words[-3:-1]] == ["the", "line"]
        and words[-4].lower() in CROSSING_VERBS
    ):
        verb = len(words) - 4
    else:
        return ""
    runner = _doer(without_aside(strip_lower(words[:verb], AUXILIARIES))) if verb else ""
    return f"finishing time of {runner}" if runner else "finishing time"


# A span set after its sentence's clause as "a window of", "a period of" ("The fair opens on 3 May
# and closes on 30 June, a period of eight weeks"): the length of what the sentence opens with
SPAN_APPOSITION_NOUNS = frozenset("window period span stretch".split())
SENTENCE_DETERMINERS = frozenset(("The", "Its", "Their", "This"))
OPENING_NOUN_WORDS = 3  # the most words of the noun phrase that opens the sentence


def _apposed_span(before: list[str], lead: list[str]) -> str:
    """ "length of fair" for a span after ", a period of" in a sentence that opens "The fair opens
    ..." (see above), or "": no such apposition, or no noun phrase opening the sentence before an
    auxiliary or a verb."""
    if (
        len(lead) < 5
        or lead[-1] != "of"
        or lead[-2].lower() not in SPAN_APPOSITION_NOUNS
        or lead[-3].lower() not in ("a", "an")
        or not lead[-4].endswith(",")  # (a number's token takes the comma after it: "2027,")
        or before[:1] == []
        or before[0] not in SENTENCE_DETERMINERS
    ):
        return ""
    noun: list[str] = []
    for word in before[1 : 2 + OPENING_NOUN_WORDS]:
        lower = word.lower()
        if lower in AUXILIARIES or lower in BE_WORDS or noun and lower.endswith(("s", "ed")):
            break  # "The campaign will open", "The fair opens": the verb ends the noun phrase
        if not word.isalpha() or not word.islower():
            return ""
        noun.append(word)
    else:
        return ""
    return f"length of {' '.join(noun)}" if noun else ""


BUILDING_VERBS = frozenset("built constructed erected rebuilt".split())


def construction_time(lead: list[str]) -> str:
    """What a time after "in" measures after a participle of building: the construction time of
    what was built ("The bridge was built in" -> "construction time of bridge"), or ""."""
    words = _without_time_parts(lead)
    if len(words) < 3 or words[-1].lower() != "in" or words[-2].lower() not in BUILDING_VERBS:
        return ""
    lead = without_aside(strip_lower(words[:-2], AUXILIARIES | BE_WORDS))
    # "a two-storey block of 40 rooms built in": the block
    built = _doer(lead) or head_of(noun_phrase_before(lead)).partition(" of ")[0]
    return f"construction time of {built}" if built else ""


def improvement(lead: list[str], after: list[str]) -> str:
    """What a time taken off a record or an earlier time measures ("taking 2 minutes 14 seconds off
    the record" -> "improvement on record"), or ""."""
    words = _without_time_parts(lead)
    if not words or words[-1].lower() not in TAKING_OFF_VERBS:
        return ""
    rest = after
    while len(rest) > 1 and (rest[0][:1].isdigit() or rest[0].lower() in TIME_PART_UNITS | TIME_PART_JOINS):
        rest = rest[1:]  # the later parts of the time ("52 seconds")
    if rest[:1] != ["off"]:
        return ""
    named = noun_after([w for w in rest[1:6] if w.lower() not in DETERMINERS])
    return f"improvement on {' '.join(named)}" if named else "improvement"


def time_to_do(lead: list[str], after: list[str]) -> str:
    """The time allowed for a deed a span names after it with "to" and a verb, the span the object
    of a verb of ALLOWING_VERBS ("has 42 days to pay" -> "time to pay"; not "to March", "to 2030",
    "to the end"), or the time a named thing took to do it ("The talks took 42 days to conclude"
    -> "time taken by the talks to conclude"); a span opening its sentence or headline names the
    time left for the deed ("Three weeks to save the pier"); or ""."""
    if len(after) < 2 or after[0] != "to":
        return ""
    deed: list[str] = []
    for word in after[1 : 1 + TIME_TO_DO_WORDS]:
        if not word.isalpha() or word.lower() in CLAUSE_WORDS or word.lower() in PREPOSITIONS:
            break
        deed.append(word)
    if not deed or not deed[0].islower() or deed[0] in DETERMINERS or deed[0] in NUMBER_AND_MONTH_WORDS:
        return ""
    if deed[0] in PERIOD_WORDS or deed[0] in PRONOUNS:
        return ""
    if not lead:
        return f"time left to {' '.join(deed)}"  # a headline or a line opening with it: "Three weeks to save the pier"
    while lead and lead[-1].lower() in TIME_LIMITERS:
        lead = lead[:-1]  # "was given just 60 days", "has another 30 days"
    if lead and lead[-1].lower() not in ALLOWING_VERBS and lead[-1][:1].isalpha():
        taker = _taken_by_after_it(lead)
        if taker == "them":
            return f"time to {' '.join(deed)}"
        return f"time taken by {taker} to {' '.join(deed)}" if taker else ""
    if not lead or lead[-1].lower() not in ALLOWING_VERBS:
        return ""
    clause = strip_lower(lead[:-1], LASTING_AUXILIARIES)
    taker = (_lasting_noun(clause) or _doer(clause)) if lead[-1].lower() in TAKING_VERBS and clause else ""
    return f"time taken by the {taker} to {' '.join(deed)}" if taker else f"time to {' '.join(deed)}"


IT_TOOK_OBJECT_WORDS = 3  # the longest object of "It took ... N hours to do it"
# Object pronouns: no one named ("It took him", "paid £45m for him")
OBJECT_PRONOUNS = frozenset("him her them us me you it".split())


def _taken_by_after_it(lead: list[str]) -> str:
    """The object of "it took" that the words before a span end with, the doer of the deed named
    after the span ("It took the crews six hours to clear the road" -> "the crews"; "them" for a
    personal pronoun), or ""."""
    for k in range(2, min(len(lead), IT_TOOK_OBJECT_WORDS + 1) + 1):
        if lead[-k].lower() in TAKING_VERBS:
            taker = lead[-k + 1 :]
            if lead[-k - 1 : -k] not in (["It"], ["it"]) or taker[-1].lower() in NOT_NOUN_ENDS:
                return ""
            if len(taker) == 1 and taker[0].lower() in OBJECT_PRONOUNS:
                return "them"  # "It took him three years to finish": no name to give
            return " ".join(taker) if all(w.isalpha() or w[-2:] in POSSESSIVE_ENDS for w in taker) else ""
    return ""


ORDER_WORDS = frozenset(("after", "before"))  # "four days after she voiced concerns"
ORDER_CLAUSE_WORDS = 6  # the most words of what a span comes after or before
ORDER_OPENERS = frozenset((*CLAUSE_MARKS, "and", "but"))
ORDER_TAIL_WORDS = (
    PREPOSITIONS | DETERMINERS | BE_WORDS | AUXILIARIES | frozenset(("and", "or", "a", "an"))
)  # what stands before a fronted "after N hours"


def _order_phrase(words: list[str]) -> list[str]:
    """The words a span comes after or before, up to a mark ("she voiced concerns about staff"), or
    [] for a date or a number ("before March", "after 2020")."""
    phrase: list[str] = []
    for word in words[:ORDER_CLAUSE_WORDS]:
        if not word[0].isalpha():
            break  # a mark or a number: "a 19-year-old man", "on Sept 3"
        phrase.append(word)
    while phrase and phrase[-1].lower() in ORDER_TAIL_WORDS:
        phrase.pop()  # "the panel was convened in": no dangling preposition or verb
    if (
        not phrase
        or phrase[0] in MONTH_NAMES
        or phrase[0].lower() in WEEKDAYS
        or phrase[0].lower() in PREPOSITIONS
    ):
        return []
    return phrase if runs_have_content(phrase) else []


def time_between(lead: list[str], after: list[str]) -> str:
    """The time between two things a span states with "after" or "before": after the span ("four
    days after she voiced concerns" -> "time after she voiced concerns"), or before it, opening the
    clause that follows ("and after 14 hours the search became a recovery operation" -> "time
    before the search became a recovery operation"); or ""."""
    if after[:1] and after[0].lower() in ORDER_WORDS:
        if lead[-1:] and lead[-1].lower() in PREPOSITIONS:
            return ""  # "the third cut in four years after rents were capped": a period, not a gap
        phrase = _order_phrase(after[1:])
        return f"time {after[0].lower()} {' '.join(phrase)}" if phrase else ""
    if lead[-1:] and lead[-1].lower() == "after" and (len(lead) == 1 or lead[-2].lower() in ORDER_OPENERS):
        phrase = _order_phrase(after)
        return f"time before {' '.join(phrase)}" if phrase else ""
    return ""


# Spans of a working time joined to the period they fill ("a 38-hour week", "a 12-hour day").
WORKING_PERIODS = frozenset(("week", "weeks", "day", "days", "shift", "shifts"))


def working_time(body: str, fig: Figure, after: list[str]) -> str:
    """The length of a working week, day or shift an hours span joined to it states ("a 38-hour
    week", "70-hour weeks"), or ""."""
    quote = body[fig.start : fig.end]
    if fig.measure != "hour" or "-" not in quote:
        return ""
    period = (quote.split()[-1] if " " in quote else after[0] if after else "").lower()  # "70-hour weeks"
    if period not in WORKING_PERIODS:
        return ""
    return f"length of the working {period.rstrip('s') if period != 'days' else 'day'}"


DEED_REACH = 12  # the most words between a participle and the "over" of its span
# "for a period of" or "for a term of" before a span: the span a participle's deed holds for ("The
# lease, signed for a period of 15 years")
PERIOD_OF_LEADS = [["for", "a", noun, "of"] for noun in ("period", "term")]


COUNTED_NOUN_WORDS = 3  # the longest noun read after the number that opens a clause's subject
# the words before a number that opens a clause's subject ("when more than 2,000 people", "About 300")
COUNT_OPENERS = (
    APPROX_SINGLE_WORDS | DETERMINERS | frozenset(CLAUSE_WORDS) | {"when", "as", "after", "while", "some"}
)


def _counted_clause_noun(words: list[str]) -> str:
    """The noun a number counts at the end of a clause ("more than 2,000 people in Tutong" ->
    "people"), or "" when the clause does not end in a counted noun phrase."""
    k = len(words) - 1
    while k >= 0 and words[k][:1].isalpha() and len(words) - k <= COUNTED_NOUN_WORDS + 3:
        k -= 1
    if k < 0 or not words[k][:1].isdigit() or words[k].endswith(","):
        return ""
    if k and words[k - 1].lower() not in COUNT_OPENERS:
        return ""  # "The test has 100 questions and is set over": the number is an object, not the doer
    if any(w.lower() in CLAUSE_WORDS or w.lower() == "or" for w in words[k + 1 :]):
        return ""
    noun: list[str] = []
    for word in words[k + 1 :]:
        if word.lower() in PREPOSITIONS:
            break
        noun.append(word)
    if not noun or len(noun) > COUNTED_NOUN_WORDS or not all(w.isalpha() for w in noun):
        return ""
    return " ".join(noun)


def length_of_deed(before: list[str]) -> str:
    """The length of what a passive participle or an aside about a noun says was done over a span
    ("The survey, conducted by the agency over" -> "length of the survey"; "Construction will be
    completed in three stages over" -> "length of the Construction"; "The lease, signed for a
    period of" -> "length of the lease"), or ""."""
    lead = before  # "over" here opens the span, not an approximation
    if (
        len(lead) > 5
        and [w.lower() for w in lead[-4:]] in PERIOD_OF_LEADS
        and lead[-5].lower() not in EVENT_VERBS
    ):
        # "The lease, signed for a period of": as "signed over" (not after "jailed")
        lead = [*lead[:-4], "over"]
    if len(lead) < 4 or lead[-1].lower() != "over":
        return ""
    p = len(lead) - 1
    depth = 0
    while p > max(0, len(lead) - 2 - DEED_REACH):
        p -= 1
        word = lead[p]
        if word in "()":
            depth += 1 if word == ")" else -1  # "the Coastal Fisheries Agency (CFA) over": a name's acronym
            continue
        if depth:
            continue
        if word in CLAUSE_MARKS or word.lower() in CLAUSE_WORDS:
            if word != "," or not aside_participle(lead[p + 1]) or "," in lead[max(0, p - DEED_REACH) : p]:
                return ""  # "enumerators, most of them graduates, visited": that comma closes an aside
            noun = head_of(noun_phrase_before(lead[:p], SUBJECT_PREPOSITIONS))
            return f"length of the {noun}" if noun and not only_a_time(noun) else ""
        if p and aside_participle(word) and lead[p - 1].lower() in BE_WORDS:
            clause = strip_lower(lead[: p - 1], LASTING_AUXILIARIES)
            counted = _counted_clause_noun(clause)
            if counted:
                return (
                    f"period over which {counted} {lead[p - 1]} {word}"  # "2,000 people were evacuated over"
                )
            noun = _lasting_noun(clause)
            return f"length of the {noun}" if noun else ""
    return ""


FRONTED_CLAUSE_WORDS = 5  # the words of the main clause a fronted "For N years" names
# pronouns opening a clause, naming no one ("nothing moved", "it rained")
CLAUSE_PRONOUNS = frozenset(
    "nothing nobody none everything everyone something someone it he she they we i there".split()
)


def _clause_after(after: list[str]) -> str:
    """The first words of the clause after a fronted span of time ("these families were told" in
    "For nine years , these families were told ..."), to its first mark; "" without a content word."""
    words = after[1:] if after[:1] == [","] else after
    phrase: list[str] = []
    for word in words[:FRONTED_CLAUSE_WORDS]:
        if not word[0].isalpha():
            break
        phrase.append(word)
    while phrase and phrase[-1].lower() in DETERMINERS:
        phrase.pop()  # "the plant has polluted the": the clause is cut, not its article kept
    if not phrase or phrase[0].lower() in CLAUSE_PRONOUNS:
        return ""  # "For 19 months nothing moved": no one named
    return " ".join(phrase) if runs_have_content(phrase) else ""


WITHIN_OPENERS = frozenset(("in", "within"))  # "moved eight kilometres in under three hours"
DIRECTION_WORDS = frozenset(("up", "down"))  # change words that are no verb: "lose up to 9 kg"


def done_within(lead: list[str]) -> str:
    """What is done within a span of time, read from the clause before "in"/"within" and the span
    (" in which the fire moved" for "The fire moved nearly eight kilometres in under"), or "":
    the subject of the clause's first predicate and that predicate."""
    if len(lead) < 3 or lead[-1].lower() not in WITHIN_OPENERS:
        return ""
    words = lead[:-1]
    cut = max((i for i, w in enumerate(words) if w in CLAUSE_MARKS or w.lower() in LASTING_CUTS), default=-1)
    passive = False
    for i in range(cut + 1, len(words)):
        lower = words[i].lower()
        if lower in BE_WORDS and i + 1 < len(words) and past_form(words[i + 1].lower()):
            passive = True  # "would be reopened within": a deed in the passive
            continue
        if lower in LINK_WORDS or lower in DIRECTION_WORDS:
            return ""  # "the fleet is at its youngest in": a state, not a deed
        if lower in CHANGE_WORDS or participle(lower) and lower.endswith("ed"):
            doer = _lasting_noun(words[cut + 1 : i]) if i > cut + 1 else ""
            if (
                passive
                and not strip_lower(words[cut + 1 : i], AUXILIARIES | BE_WORDS)
                and words[cut] == "and"
            ):
                doer = first_predicate_subject(words[:cut])  # "the road was shut and will be reopened"
            return f" in which the {doer} {lower}" if doer else ""
    return ""


# verbs of going a distance: a length after one and "to" a place is the distance to it ("pupils
# walk 6 km to the nearest school")
TRAVEL_VERBS = frozenset(
    """travel travels travelled traveled travelling traveling walk walks walked walking drive drives
    drove driving ride rides rode riding fly flies flew flying commute commutes commuted commuting
    trek treks trekked trekking cycle cycles cycled cycling""".split()
)
# verbs and nouns of a journey: a span after "in" in their clause is how long the journey takes
# ("a tram linking the two towns in 25 minutes", "trains will make the trip in two hours"; "the
# deal was reached in 48 hours" is no journey)
# (its verbs of travelling and commuting are TRAVEL_VERBS's, not typed twice)
JOURNEY_WORDS = frozenset(
    "link links linked linking connect connects connected connecting trip trips journey journeys".split()
) | frozenset(w for w in TRAVEL_VERBS if w.startswith(("travel", "commut")))
JOURNEY_CLAUSE_WORDS = 12  # the words read back from "in" for a verb or noun of a journey


def _travel_clause(words: list[str], vocabulary: frozenset[str] = JOURNEY_WORDS) -> bool:
    """Whether the clause that ends the words (back to a mark or a word that opens a clause, at most
    JOURNEY_CLAUSE_WORDS words) names a journey (JOURNEY_WORDS), or a word of `vocabulary`."""
    for word in reversed(words[-JOURNEY_CLAUSE_WORDS:]):
        if word in CLAUSE_MARKS or word.lower() in CLAUSE_WORDS:
            return False
        if word.lower() in vocabulary:
            return True
    return False


# verbs of finishing or winning a race: a span after "in" in their clause is the time it took
# ("finished the marathon in 2 hours and 9 minutes", "won the stage in five hours"); "the deal was
# completed in 48 hours" has its own noun, read before this
RACE_WON_WORDS = frozenset("won win wins winning".split())
RACE_TIME_MEASURES = frozenset(("hour", "minute", "second"))  # "won in 68 years" is a period since
RACE_FINISH_WORDS = FINISHING_VERBS | RACE_WON_WORDS | frozenset(("finishing", "completing"))


PERIOD_DEED_WORDS = 4  # the most words of a clause named after the length of a period
PERIOD_DEED_CUTS = PERIOD_WORDS | PREPOSITIONS | PERIOD_ORDINALS  # no deed: "in the year", "within"


# number and month words, from their tables: "2.8 million passengers", "crimes fell five", "Aug"
NUMBER_AND_MONTH_WORDS = frozenset(w.lower() for w in (*UNIT_WORDS, *TENS_WORDS, *SCALE_WORDS, *MONTH_NAMES))
SUPERLATIVES = frozenset("best worst most least".split())


def is_superlative(word: str) -> bool:
    """A superlative adjective ("best", "weakest", "longest", "driest"), read from its ending
    (lower case; not "forest", "interest", "harvest")."""
    return (
        word in SUPERLATIVES
        or len(word) > 5
        and word.endswith("est")
        and (word[-4] not in "aeiourv" or word.endswith("iest"))
    )


_superlative = is_superlative


# a part of a group after a comma that leaves out the verb the clause before it gives
# ("Roads were shut, some for weeks", "..., many of them for months")
ELLIPTIC_PARTS = [
    [*part, *them, "for"]
    for part in (["some"], ["many"], ["most"], ["several"], ["one"])
    for them in ([], ["of", "them"], ["of", "those"])
]


def period_deed(before: list[str]) -> str:
    """What is done in a period, when the clause before it names it in two content words or more
    (" for tickets sold out" for "The meeting's 25,000 tickets sold out in under"; "" for "the
    lowest in"): the clause's last content words, without words of time."""
    cut = max((i for i, w in enumerate(before) if w in CLAUSE_MARKS or w.lower() in CLAUSE_WORDS), default=-1)
    if (
        cut > 0
        and before[cut] == ","
        and [w.lower() for w in without_approx(before[cut + 1 :])] in ELLIPTIC_PARTS
    ):
        # "Roads were flooded, some for weeks": the clause before the comma says what some did
        before = before[:cut]
        cut = max(
            (i for i, w in enumerate(before) if w in CLAUSE_MARKS or w.lower() in CLAUSE_WORDS), default=-1
        )
    words = [
        w
        for w in content_words(" ".join(before[cut + 1 :]))
        if w.lower() not in PERIOD_DEED_CUTS and w.lower() not in NUMBER_AND_MONTH_WORDS and "'" not in w[:-2]
    ]
    if len(words) < 2 or any(_superlative(w.lower()) for w in words):
        return ""  # "the weakest we've seen in 30 years": a period compared, no deed
    return " for " + " ".join(words[-PERIOD_DEED_WORDS:])


RE_PAIRED_HIGH_AFTER = re.compile(r"\s+(?:and|or|to)\s+\d")  # the high end of a pair after its low end
RE_YEAR_WORD = re.compile(r"(?:1[89]|20)\d\d")  # a calendar year written alone


def _lasting_noun(words: list[str]) -> str:
    """The noun phrase that opens a clause, before its first preposition ("last strike" in "The
    last strike at the mine , in 2019 ,"), or "" (a pronoun, a number, a phrase too long)."""
    commas = [i for i, w in enumerate(words) if w.endswith(",")]  # a number's token takes its comma
    if len(commas) > 1 and commas[-1] == len(words) - 1:
        words = words[: commas[-2]]  # an aside: ", in 2019,"
    dated = len(words) if words and RE_YEAR_WORD.fullmatch(words[-1]) else 0  # a year right before the verb
    while dated > 1 and (
        RE_YEAR_WORD.fullmatch(words[dated - 1]) or words[dated - 1].lower() in ("and", "or")
    ):
        dated -= 1
    if 0 < dated < len(words) and words[dated - 1].lower() in ("in", "of"):
        words = words[: dated - 1]  # "protests in 2019 and 2022 lasted": the years date the noun
    cut = max((i for i, w in enumerate(words) if w in CLAUSE_MARKS or w.lower() in LASTING_CUTS), default=-1)
    phrase: list[str] = []
    for word in words[cut + 1 :]:
        if word.lower() in PREPOSITIONS:
            break
        if word.lower() not in DETERMINERS:
            phrase.append(word)
    if not phrase or len(phrase) > LASTING_WORDS or phrase[0].lower() in PRONOUNS:
        return ""
    if not all(w.isalpha() and w.lower() not in LASTING_AUXILIARIES for w in phrase):
        return ""  # a number, or a verb: "are overweight"
    if cut < 0 and words[0] == phrase[0] and phrase[0][1:].islower():
        phrase[0] = phrase[0].lower()  # "Talks took": the sentence's capital, not a name's
    return " ".join(phrase)


SPENDING_VERBS = frozenset("spend spends spent spending".split())  # a span of time spent
SPENT_ON_WORDS = 5  # the most words read after the span for what it was spent on


# the doer and the auxiliaries of a clause that follows a span it spent ("the four weeks we had
# spent in hospital"): a pronoun, then "had", "has" or "have" at most
SPAN_DOERS = frozenset("he she they we i you it".split())
SPAN_AUXILIARIES = frozenset("had has have".split())


def time_spent_after(after: list[str]) -> str:
    """What a span followed by a clause of spending it measures ("the four weeks we had spent in
    hospital" -> "time spent in hospital"), or ""."""
    if not after or after[0].lower() not in SPAN_DOERS:
        return ""
    j = 1
    if after[j : j + 1] and after[j].lower() in SPAN_AUXILIARIES:
        j += 1
    if not (after[j : j + 1] and after[j].lower() in SPENDING_VERBS):
        return ""
    return time_spent([after[0], after[j]], after[j + 1 :])


def time_spent(lead: list[str], after: list[str]) -> str:
    """What a span right after a verb of spending time measures: the time spent, by the noun that
    opens the clause when one does, on what the words after it say ("The album spent 12 weeks on
    the chart" -> "time album spent on the chart"; "spent nine months studying" -> "time spent
    studying"), or ""."""
    if not lead or lead[-1].lower() not in SPENDING_VERBS:
        return ""
    rest = after
    if (
        rest[:1]
        and rest[0].lower() in ("a", "an", "per", "each")
        and rest[1:2]
        and rest[1].lower() in PER_PERIODS
    ):
        rest = rest[2:]  # "three hours a day studying": the rate's period
    doing: list[str] = []
    for word in rest[:SPENT_ON_WORDS]:
        if (
            not (word[0].isalnum() or word in "'’")
            or word.lower() in BOUNDARY_WORDS
            or word.lower() in ("and", "or")
        ):
            break
        doing.append(word)
    while doing and (doing[-1].lower() in PREPOSITIONS or doing[-1].lower() in DETERMINERS):
        doing.pop()
    if not doing:
        return ""
    doer = _lasting_noun(strip_lower(lead[:-1], LASTING_AUXILIARIES | VERB_ADVERBS))  # "a lorry now spends"
    return " ".join(["time", *([doer] if doer else []), "spent", *doing])


OBJECT_WORDS = 4  # the longest object of a change verb read before "to"


def object_changed_to(before: list[str]) -> str:
    """The object of a verb that changes it, right before "to" and the figure ("will lift military
    spending to 2.6% of GDP" -> "military spending"), or ""."""
    if len(before) < 3 or before[-1].lower() != "to":
        return ""
    for i in range(len(before) - 2, max(0, len(before) - 3 - OBJECT_WORDS), -1):
        if before[i].lower() in TRANSITIVE_CHANGE_VERBS:
            words = [w for w in before[i + 1 : -1] if w.lower() not in DETERMINERS]
            return " ".join(words) if words and all(w.isalpha() for w in words) else ""
    return ""


def _amount_changed_to(before: list[str]) -> str:
    """The noun an amount after a verb of changing, its object and "to" is the new level of ("cut
    its net loss to $41 million" -> "net loss"), or "": a pronoun, a particle or a preposition where
    the object would be ("raised it to", "raised up to", "raised fees by up to")."""
    named = object_changed_to(before)
    if not named or any(
        w.lower() in PRONOUNS or w.lower() in PREPOSITIONS or w.lower() in DIRECTION_WORDS
        for w in named.split()
    ):
        return ""
    return named


# Verbs that bring a level to a figure ("bringing its domestic total to $268.4 million", "taking
# its stake to 25%"): the object between the verb and "to" is what the figure measures.
BRINGING_VERBS = frozenset(
    "bring brings brought bringing take takes took taking push pushes pushed pushing".split()
)


def brought_to(before: list[str]) -> str:
    """The object of a verb of BRINGING_VERBS right before "to" and the figure ("bringing the
    death toll to" -> "death toll"); for "it" or "them" after the clause's comma, the noun phrase
    that clause ends on ("to the water levy, taking it to" -> "water levy"); or "" (another
    pronoun, or a time before the comma: "hired 40 in May, taking them to")."""
    if len(before) < 3 or before[-1] != "to":
        return ""
    for i in range(len(before) - 2, max(0, len(before) - 3 - OBJECT_WORDS), -1):
        if before[i].lower() in BRINGING_VERBS:
            words = [w for w in before[i + 1 : -1] if w.lower() not in DETERMINERS]
            if len(words) == 1 and words[0].lower() in ("it", "them") and i > 1 and before[i - 1] == ",":
                # "adds $60 to the water levy, taking it to": the noun phrase the clause ends on
                named = head_of(noun_phrase_before(before[: i - 1]))
                return "" if not has_content_word(named) or names_a_time(named) else named
            if not words or words[0].lower() in OBJECT_PRONOUNS:
                return ""
            return " ".join(words) if all(w.replace("'", "").isalpha() for w in words) else ""
    return ""


def _clause_has_content(before: list[str]) -> bool:
    """Whether the clause that leads to a figure (its words `before`) holds a content word."""
    cut = max((i for i, w in enumerate(before) if w in CLAUSE_MARKS), default=-1)
    return runs_have_content(before[cut + 1 :])


WEEKDAYS = frozenset(day.lower() for day in WEEKDAY_NAMES)
DAY_PARTS = frozenset(("morning", "afternoon", "evening", "night"))
DAY_WORDS = WEEKDAYS | DAY_PARTS  # "on Tuesday", "on Thursday morning": a time, naming nothing measured
# Words a subject may hold and still name nothing but a time or its unit (names_a_time).
MONTH_WORDS = frozenset(month.lower() for month in MONTH_NAMES)  # "november", "nov", "sept"
TIME_NAMING_WORDS = PERIOD_WORDS | TIME_ADVERBS | UNIT_NOUNS | DAY_WORDS | MONTH_WORDS
# the words of a point in a period ("at the end of 2029", "by the start of May"): a subject of
# nothing but them names a time
PERIOD_POINT_WORDS = frozenset(("end", "start", "beginning", "middle"))
# the participle that closes a reporting period ("the nine months ended June 30", "the year ending March")
PERIOD_END_WORDS = frozenset(("ended", "ending"))
NOT_TIME_CONTENT = (
    TIME_NAMING_WORDS
    | NOT_CONTENT
    | PERIOD_POINT_WORDS
    | PERIOD_END_WORDS
    | frozenset(w.lower() for w in (*UNIT_WORDS, *TENS_WORDS))  # a period's length: "the nine months"
)  # no content word, or one that names a time
# the small words a time is said with ("in the first half", "a year earlier", "from March"), the
# number words of a period's length ("in the first four months") and the words of a point in a
# period ("at the end of October", "by the start of 2026")
TIME_FILLERS = (
    frozenset("a an the in on at from to of for by this that its".split())
    | frozenset(UNIT_WORDS)
    | PERIOD_POINT_WORDS
)
# kinds whose subject, when it names only a time, is the clause's subject instead
TIMED_KINDS = frozenset(("money", "percent_change", "percentage_share"))


def _change_of(before: list[str], after: list[str]) -> str:
    """What an amount after a change noun and "of" measures: the change ("a monthly increase of
    R2,500 for miners" -> "monthly increase"), or what "in" after the amount names ("a rise of $2
    in the price of bread" -> "price of bread"); "" when no change noun and "of" come before it."""
    if len(before) < 2 or before[-1].lower() != "of" or before[-2].lower() not in CHANGE_NOUNS:
        return ""
    if after[:1] == ["in"] and not (len(after) > 2 and after[2].lower() == "terms"):
        # (not "in cash terms", "in real terms": how the change is counted, no thing changed)
        return " ".join(w for w in phrase_after(after)[1:] if w.lower() not in DETERMINERS)
    return " ".join(w for w in noun_phrase_before(before[:-1])[-MAX_WORDS:] if w.lower() not in DETERMINERS)


def _without_dates(body: str, lo: int, hi: int, out: list[Figure]) -> list[str]:
    """The tokens of the text from `lo` to `hi` with the quotes of the dates named there left out."""
    dates: list[Figure] = []
    for fig in reversed(out):  # (in text order: read back to `lo` only, not every figure again)
        if fig.core[0] < lo:
            break
        if fig.kind == "date" and lo <= fig.start and fig.end <= hi:
            dates.append(fig)
    words: list[str] = []
    at = lo
    for fig in reversed(dates):
        words += tokens(body, at, fig.start)
        at = fig.end
    return words + tokens(body, at, hi)


def only_a_time(subject: str) -> bool:
    """Whether a subject's words are all words of time, small words or signs ("year", "a year
    earlier", "on Thursday", "in the first half from Rp"), with at least one of them a time word."""
    timed = False
    for word in word_runs(bare_subject(subject)):
        lower = word.lower()
        if lower in PERIOD_WORDS or lower in TIME_ADVERBS or lower in WEEKDAYS or lower in MONTH_WORDS:
            timed = True  # (a month's abbreviation too: "between Sept. 1 and Nov. 30")
        elif lower not in TIME_FILLERS and len(lower) >= 3:
            return False  # a word that is no time nor a small word: read no further
    return timed


# A figure after a rank or a place and "with" or "on" belongs to the clause's subject ("The film
# "Paper Moons" was fourth with $8.7 million", "Rovers finished second on 31 points").
RANKED_KINDS = frozenset(("money", "count", "percent_change", "percentage_share"))
PLACE_NOUNS_OF_RANK = frozenset(("place", "spot", "position"))
RANK_LINKS = frozenset(("with", "on"))
RANK_REACH = 16  # the words read back from the rank for the clause's subject
QUOTES = giving.QUOTE_MARKS  # the quote marks, double and single


WINNING_VERBS = frozenset("won wins win winning finished finishes".split())
WON_OBJECT_WORDS = 8  # the most words between a verb of winning and "with" ("won the Madrid Open on Sunday")


def ranked_with(lead: list[str], counted: bool = False) -> str:
    """The subject of the clause in which a figure after a rank and "with" or "on" stands ("The
    comedy "Paper Moons" was fourth with" -> "Paper Moons"; "Rovers finished second on" ->
    "Rovers"): a quoted title, else the noun phrase before the clause's verb; or ""."""
    if len(lead) < 3 or lead[-1].lower() not in RANK_LINKS:
        return ""
    rank = len(lead) - 2
    if lead[rank].lower() in PLACE_NOUNS_OF_RANK and rank and lead[rank - 1].lower() in ORDINAL_WORDS:
        rank -= 1  # "slipped to second place with"
    if lead[rank].lower() in ORDINAL_WORDS and rank >= 2:
        verb = rank - 1
        if lead[verb].lower() == "to" and verb:
            verb -= 1  # "slipped to second place"
    elif counted and lead[-1].lower() == "with":
        verb = next(
            (
                i
                for i in range(len(lead) - 2, max(0, len(lead) - 2 - WON_OBJECT_WORDS), -1)
                if lead[i].lower() in WINNING_VERBS
            ),
            -1,
        )  # "won the Oslo Cup on Saturday with 6.5 points": the winner's points
        if verb < 1 or any(w in CLAUSE_MARKS for w in lead[verb:]):
            return ""
    else:
        return ""
    words = lead[max(0, verb - RANK_REACH) : verb]
    quoted = [i for i, w in enumerate(words) if w in QUOTES]
    if len(quoted) >= 2 and quoted[-1] - quoted[-2] > 1:
        title = words[quoted[-2] + 1 : quoted[-1]]
        if all(w[:1].isalnum() for w in title):
            return " ".join(title)  # a quoted title: "Pocket Pals 3"
    clause = without_aside(strip_lower(words, AUXILIARIES))
    cut = max((i for i, w in enumerate(clause) if w.lower() in CLAUSE_WORDS), default=-1)
    clause = clause[cut + 1 :]  # "I gave it 14 years and they finished": the clause of the verb
    head = head_of(noun_phrase_before(clause, SUBJECT_PREPOSITIONS, subject=True))
    return "" if not head or head.split()[0].lower() in PRONOUNS or only_a_time(head) else head


# what after a span says it is a delay: "18 months later than planned", "ten minutes late", "two
# years behind schedule" (not "12 seconds behind the winner": a margin)
DELAY_AFTER = (["later", "than"], ["late"], ["overdue"], ["behind", "schedule"])
DELAY_FIRST_WORDS = frozenset(words[0] for words in DELAY_AFTER)


def _delay_after(after: list[str]) -> bool:
    """Whether the words after a span make it a delay (DELAY_AFTER)."""
    if not after or after[0].lower() not in DELAY_FIRST_WORDS:
        return False  # the cheap test first
    lower = [w.lower() for w in after[:2]]
    return any(lower[: len(words)] == words for words in DELAY_AFTER)


# participles that state a noun's own extent, size or cost in an aside after it ("the pipeline,
# stretching 1,200 km"); not those of a deed with its own object ("raising 41 billion baht")
EXTENT_PARTICIPLES = frozenset("running stretching measuring spanning covering weighing costing".split())


def _participle_aside_noun(lead: list[str]) -> str:
    """The noun phrase a participle aside describes when a figure follows its participle: "the
    pipeline, stretching 1,200 km" -> "pipeline"; "" when no noun, comma and such a participle
    (EXTENT_PARTICIPLES) stand right before the figure (an approximation word may follow it)."""
    if "," not in lead:
        return ""  # the cheap test first: no aside
    if len(lead) < 3 or lead[-2] != "," or lead[-1].lower() not in EXTENT_PARTICIPLES:
        return ""
    phrase = noun_phrase_before(lead[:-2])
    head = head_of(phrase) if phrase and phrase[-1][:1].isalpha() else ""
    return "" if not head or head.split()[0].lower() in PRONOUNS else head


# the doers of a deed done to a noun, named after "by" in an aside after it: "the app, used by 2
# million people" -> "users of app"
PASSIVE_DOERS = {
    "used": "users",
    "visited": "visitors",
    "watched": "viewers",
    "read": "readers",
    "attended": "attendees",
    "ridden": "riders",
}


STATE_WORDS = 3  # the most words of a state after a bare count of people ("in intensive care")
NOT_STATES = frozenset(("total", "all", "addition", "particular", "turn", "general", "part"))


POPULATION_NOUNS = frozenset(("population", "populace"))  # "a population of 5,000 people"


def _state_after_in(after: list[str]) -> str:
    """The state or care an "in" right after a bare count of people puts them in, a phrase of
    common nouns without a determiner up to the clause's end ("in intensive care", "in hospital",
    "in emergency accommodation"); "" for a place, a time or anything else ("in the town", "in
    2024", "in total")."""
    state: list[str] = []
    for word in after[1 : STATE_WORDS + 2]:
        if word in CLAUSE_MARKS or word in (".", "and", "or"):
            break
        lower = word.lower()
        if not word.isalpha() or not word.islower() or lower in DETERMINERS or lower in PREPOSITIONS:
            return ""
        state.append(word)
    if not state or len(state) > STATE_WORDS or state[0] in NOT_STATES:
        return ""
    return "" if any(w in PERIOD_WORDS or w in TIME_ADVERBS for w in state) else " ".join(state)


def described_people(noun: str, after: list[str]) -> str:
    """A bare count of people ("people", "persons") named by the participle and the phrase it
    opens after it, which say who they are ("3,700 people registered as volunteers", "about 900
    persons living near the dam", "nine people turned up"); "" when no such phrase follows."""
    done = after[0].lower()
    rest = after[1:]
    if rest[:1] and rest[0].lower() == "as":
        named = noun_after(rest[1:], 2)
        return f"{noun} {done} as {' '.join(named)}" if named else ""
    phrase = phrase_after(rest)
    if not phrase or phrase[0].lower() not in PREPOSITIONS:
        return ""
    return " ".join([noun, done, *phrase])


def _passive_doers(lead: list[str]) -> str:
    """Who does the deed of a passive aside after a noun when a count of people follows its "by"
    ("The coupon, used by 90,000 commuters," -> "users of coupon"), or ""."""
    if len(lead) < 4 or lead[-1].lower() != "by" or lead[-2].lower() not in PASSIVE_DOERS or lead[-3] != ",":
        return ""
    phrase = noun_phrase_before(lead[:-3])
    head = head_of(phrase) if phrase and phrase[-1][:1].isalpha() else ""
    if not head or head.split()[0].lower() in PRONOUNS:
        return ""
    return f"{PASSIVE_DOERS[lead[-2].lower()]} of {head}"


# A race's field told by a bare number and its verb, the clause ending there ("Fourteen ran.",
# "Nine started, and two finished"): its runners, starters or finishers.
FIELD_VERBS = {"ran": "runners", "started": "starters", "finished": "finishers"}


STANDING_NAME_WORDS = 3  # the most words of a name before ", on 58,"


def _standing_aside(lead: list[str], after: list[str]) -> str:
    """What a bare number in an aside "on N" right after a name tells of it, the total a team or a
    player stands on ("Harfield, on 58, travel to" -> "total of Harfield"), or ""."""
    if len(lead) < 3 or lead[-1] != "on" or lead[-2] != "," or after[:1] != [","]:
        return ""  # the cheap test first
    name: list[str] = []
    for word in reversed(lead[:-2]):
        if not (word[:1].isupper() and word.isalpha()) or len(name) == STANDING_NAME_WORDS:
            break
        name.insert(0, word)
    at = len(lead) - 2 - len(name)
    if not name or at > 0 and lead[at - 1] not in CLAUSE_MARKS and lead[at - 1].lower() not in CLAUSE_WORDS:
        return ""  # the name opens its clause ("They beat Harfield, on 58,": no standing told)
    return f"total of {' '.join(name)}"


# comparatives after a percent that set a level against another ("1.4% larger", "5% higher")
COMPARED_LEVELS = frozenset((*COMPARATIVE_CHANGES, "higher", "lower"))
# verbs that put their object in a state a comparative after it names ("leave the sector 3.5% larger")
MAKING_VERBS = frozenset(
    "leave leaves left leaving make makes made making keep keeps kept render renders".split()
)


def made_object(lead: list[str]) -> str:
    """The object of a verb of leaving or making right before a percent and a comparative ("would
    leave the sector 3.5% larger", "makes the group 20% bigger": what is larger), or ""."""
    if not lead or lead[-1].lower() in MAKING_VERBS:
        return ""  # "made 5% more": no object
    phrase = noun_phrase_before(lead)
    at = len(lead) - len(phrase) - 1
    if not phrase or at < 0 or lead[at].lower() not in MAKING_VERBS:
        return ""
    return head_of(phrase)


SHOOTING_VERBS = frozenset(("shot", "shoots", "shooting"))
SHOOTING_GAP_TOKENS = 8  # the most tokens between a shooting verb's first percent and "and" before a second


def shooting_from(lead: list[str], after: list[str]) -> str:
    """What a percent after a verb of shooting measures, named by where the shots were taken from
    in basketball copy ("shot 47 percent from the field and 35 percent from three-point range":
    "shooting percentage from the field", "... from three-point range"); "" otherwise."""
    if after[:1] != ["from"] or not lead:
        return ""
    last = lead[-1].lower()
    verb = len(lead) - 1
    if last == "and":  # the second percent of the same verb: "... from the field and 35 percent"
        start = max(0, len(lead) - 1 - SHOOTING_GAP_TOKENS)
        verb = next((k for k in range(len(lead) - 2, start - 1, -1) if lead[k].lower() in SHOOTING_VERBS), -1)
        if (
            verb < 0
            or not lead[verb + 1][0].isdigit()
            or lead[verb + 2].lower() not in PERCENT_WORDS | {"per"}
        ):
            return ""  # the verb's first figure is a percent too: "shot 12 birds and 40% ..." is not
        if any(not w[0].isalnum() and w not in "%-" for w in lead[verb + 1 : -1]):
            return ""  # a clause mark between them: another sentence's percent
    elif last not in SHOOTING_VERBS:
        return ""
    place = _shot_from(after)
    return _held(lead, verb, f"shooting percentage from {place}") if place else ""


def _shot_from(after: list[str]) -> str:
    """Where shots were taken from, after "from" ("from the field", "from three-point range on 5.4
    attempts": "three-point range"), or ""."""
    place: list[str] = []
    for word in after[1:5]:
        if not word[0].isalpha() or word.lower() in PREPOSITIONS or word.lower() in CLAUSE_WORDS:
            break  # the place ends at the next phrase
        if word.lower() not in DETERMINERS:
            place.append(word)
    if not any(w.lower() in SHOT_PLACES for w in place):
        return ""  # "went 3 of 4 from committee": no place shots are taken from
    return " ".join(place)


def _held(lead: list[str], verb: int, named: str) -> str:
    """`named` after the team or player named right before lead[verb] ("The Suns shot", "Okafor
    went"), if any."""
    holder: list[str] = []
    for word in reversed(lead[max(0, verb - 3) : verb]):
        if (
            not word[:1].isupper()
            or not word.isalpha()
            or word.lower() in PRONOUNS
            or word.lower() in ARTICLES
        ):
            break
        holder.insert(0, word)
    return f"{' '.join(holder)} {named}" if holder else named


TALLY_VERBS = frozenset(("went", "goes", "going", "shot", "shooting"))  # "went 9 of 13 from the floor"
# where basketball copy's shots are taken from ("from the field", "from the line", "from beyond the
# arc", "from three-point range", "from deep"): only there is "went 3 of 4 from" a shooting tally,
# not "the bill went 3 of 4 from committee"
SHOT_PLACES = frozenset(
    "field floor line arc range deep distance stripe perimeter paint outside inside downtown spot three-point 3-point".split()
)


def shot_tally(lead: list[str], after: list[str]) -> str:
    """What the numbers of a shooting tally in basketball copy count ("went 9 of 13 from the
    floor": "shots made from floor", "shots attempted from floor"), or ""."""
    if len(after) > 3 and after[0] == "of" and after[1][:1].isdigit() and after[2] == "from":
        verb = _tally_verb(lead, len(lead) - 1)
        if verb >= 0 and (place := _shot_from(after[2:])):
            return _held(lead, verb, f"shots made from {place}")
    if after[:1] == ["from"] and len(lead) > 2 and lead[-1] == "of" and lead[-2][:1].isdigit():
        verb = _tally_verb(lead, len(lead) - 3)
        if verb >= 0 and (place := _shot_from(after)):
            return _held(lead, verb, f"shots attempted from {place}")
    return ""


def _tally_verb(lead: list[str], at: int) -> int:
    """Where the verb of a shooting tally is: lead[at] itself, or, when lead[at] is "and", the verb
    of the tally before it ("hit 7 of 11 from the field and 5 of 6 from the line"); -1 if none."""
    if at < 0:
        return -1
    if lead[at].lower() in TALLY_VERBS:
        return at
    if lead[at] != "and":
        return -1
    for k in range(at - 1, max(-1, at - SHOOTING_GAP_TOKENS - 3), -1):
        word = lead[k]
        if word.lower() in TALLY_VERBS:
            return k if lead[k + 1 : k + 3][1:] == ["of"] else -1
        if not word[0].isalnum() and word not in "-":
            return -1  # a clause mark: another clause's tally
    return -1


def own_subject(fig: Figure, body: str, before: list[str], after: list[str], lead: list[str]) -> str:
    """What a figure measures, by the syntax around it (`lead`: the words before it without an
    approximation that ends them), or "" to keep the subject it has."""
    kind, unit = fig.kind, fig.unit
    if unit == "percent" and after[:1] == ["from"] and (shooting := shooting_from(lead, after)):
        return shooting  # "shot 47 percent from the field": a shooting percentage
    if kind == "count" and unit == "count" and (tally := shot_tally(lead, after)):
        return tally  # "went 9 of 13 from the floor": shots made, shots tried
    if unit == "percent" and after and after[0].lower() in COMPARED_LEVELS and (made := made_object(lead)):
        return made  # "would leave the sector 3.5% larger": the sector
    if fig.measure in AGE_MEASURES:
        return _aged_whom(body, fig, before)
    if kind != "date" and (listed := _list_figure_gloss(body, fig)):
        return listed  # "- 120: metres, the length of the pier": what the line says the figure is
    colon = body.rfind(":", max(0, fig.start - LINE_LABEL_REACH), fig.start)  # the cheap test first
    labelled = RE_LINE_LABEL_BEFORE.search(body, max(0, colon - 32), fig.start) if colon >= 0 else None
    if colon >= 0 and labelled is None and colon > fig.start - 8:
        labelled = RE_LIST_LINE_LABEL_BEFORE.search(body, max(0, colon - LIST_LABEL_CHARS - 8), fig.start)
    if labelled and kind != "date" and _line_label(labelled.group(1), fig):
        return labelled.group(1)  # "Total time: 50 minutes", "Population: 4.2 million": a factbox line
    if kind in BULLET_LABEL_KINDS and (bulleted := _bullet_label(body, fig.start)):
        return bulleted  # "- Net sales EUR 1.2 bln vs EUR 1.1 bln": a results brief's line
    if kind == "duration" and _delay_after(after):
        # "will open in 2031, three years later than first promised"; "a book 64 years overdue"
        return "time overdue" if after[0].lower() == "overdue" else "delay"
    if kind != "date" and lead[-2:] == [",", "of"] and after[:1] == [","]:
        # "The first payment, of $8 million, is due": the noun before the aside is what it measures
        named = head_of(noun_phrase_before(lead[:-2]))
        if named and has_content_word(named):
            return named
    if kind != "date" and (marked := marked_clause_subject(lead, after)):
        return marked  # "visitors could fall short of the 2.4 million forecast": visitors
    if kind in ("other", "money") and (described := _participle_aside_noun(lead)):
        return described  # "a new tram line, running 9.2 km": the line's length
    if kind == "count" and unit == "count":
        strokes = golf_strokes(body, fig, after) or (
            cricket_runs(before, after) if fig.end == fig.core[1] else ""
        )
        if strokes:
            return strokes  # "carded a 68", "on 19-under-par 269"; "bowled out for 227"
        standing = _standing_aside(lead, after) if fig.end == fig.core[1] else ""
        if standing:
            return standing  # "Harfield, on 58, travel to Ashby": the team's total
    if kind == "count":
        best = personal_record(body, fig, lead, before, after)
        if best:
            return best  # "a career-high 38", "at least 25 points in seven straight games"
    if kind in RANKED_KINDS:
        ranked = ranked_with(lead, kind == "count")
        if ranked:
            noun = " ".join(body[fig.core[1] : fig.end].split()) if kind == "count" else ""
            return f"{noun} of {ranked}" if noun else ranked  # "The film was fourth with $8.7 million"
    if kind == "count" and unit == "people" and (who := _passive_doers(lead)):
        return who  # "the annual pass, used by about 90,000 commuters": its users
    if kind == "count" and unit in ("people", "attacks", "count"):
        children = offspring(before) if unit == "people" else ""
        if children:
            return children  # "a father of five"
        noun = " ".join(body[fig.core[1] : fig.end].split())
        low_noun = noun.lower()  # read once: the rules below test the counted noun's lower case
        if low_noun in SPORT_ABBREVIATIONS:
            return SPORT_ABBREVIATIONS[low_noun]  # "nine RBIs": runs batted in
        if noun and low_noun in PARTITIVE_ONLY:
            whole = partitive_noun(after)
            if whole:
                return whole  # "Five of the nine bids", "two of its 14 targets": the bids
        elif unit == "count" and noun[:3].lower() == "of ":
            whole = partitive_noun(noun.split()[2 if noun.split()[1].lower() in DETERMINERS else 1 :])
            if whole:
                return whole  # "two of its 14 financial targets": the targets
        if low_noun in UNIT_NOUNS:
            gap = _margin(after, points=True)
            if gap:
                return gap  # "two points clear of Ashby Town", "six points adrift of safety"
        if unit == "people" or low_noun in CASUALTY_SUBJECTS and low_noun not in COUNTED_KILLS:
            found = casualty(lead, noun, after)
            if found in CASUALTIES and not noun:
                group = _opening_group(before)
                deed = _deed_after(after) if group else ""
                if deed:
                    return f"{group} {deed}"  # "Of the passengers, 12 drowned": passengers who drowned
            if found in CASUALTIES:
                found = with_event(found, before, after)  # "deaths in the earthquake"
            if found:
                return found
        if (
            len(lead) > 1
            and lead[-2].lower() == "capacity"
            and (lead[-1].lower() == "of" or lead[-1].lower() in BE_WORDS)
        ):
            return _capacity_phrase(
                lead[:-1]
            )  # "an annual capacity of 240,000 vehicles", "The airport's capacity is"
        if unit == "people" and noun and [w.lower() for w in lead[-2:]] in MODAL_HOLDS:
            return _group_by_verb(lead, "people", False)  # "centres which can hold 3,000 migrants"
        if unit == "people" and low_noun in BARE_COUNT_NOUNS and after and participle(after[0].lower()):
            described = described_people(noun, after)
            if described:
                return described  # "3,700 people registered as volunteers": who the people are
        if (
            unit == "people"
            and noun
            and lead[-1:] == ["of"]
            and lead[-2:-1]
            and lead[-2].lower() in POPULATION_NOUNS
        ):
            # "a population of about 5,000 people in four villages": its size; "the prison
            # population of 20,000 inmates" keeps its noun before
            whose = (
                lead[-3]
                if len(lead) > 2 and lead[-3].isalpha() and lead[-3].lower() not in NOT_NOUN_ENDS
                else ""
            )
            return f"{whose.lower()} population" if whose and not _verb_like(whose.lower()) else "population"
        if unit == "people" and low_noun in BARE_COUNT_NOUNS and after[:1] == ["in"]:
            state = _state_after_in(after)
            if state:
                return f"{noun} in {state}"  # "12 people in critical condition": who the people are
        if noun and low_noun not in BARE_COUNT_NOUNS:
            stuff = material_after(after) if after[:1] == ["of"] else ""
            if " " in stuff and _verb_like(stuff.rsplit(" ", 1)[1]):
                stuff = stuff.rsplit(" ", 1)[0]  # "Two members of the group fell": the verb is no noun
            if stuff:
                return f"{noun} of {stuff}"  # "96 cases of cable theft", "40 sacks of rice"
            if unit == "people" and [w.lower() for w in lead[-1:]] == ["for"]:
                built = _group_by_verb(lead, "", True)
                if built:
                    return built  # "Camp Jail, built in 1912 for 1,050 prisoners": its capacity
            if after and participle(after[0].lower()):
                phrase = phrase_after(after[1:])
                if phrase and phrase[0].lower() in PREPOSITIONS:
                    return " ".join([noun, after[0], *phrase])  # "Afghan nationals returned through"
            kept = strip_lower(lead, TOTALITY_WORDS)
            verb = kept[-1] if kept else ""
            if (
                unit == "count"
                and verb.islower()
                and verb.endswith("ed")
                and participle(verb)
                and not (len(kept) > 1 and kept[-2].lower() in DETERMINERS)  # "a combined 435 homes"
                and noun.split()[0].isalpha()
                and noun.split()[0].lower() not in FUNCTION_WORDS
                and not noun.split()[0].endswith("ed")  # "one trapped", "four or more times"
            ):
                named = noun.split()
                while len(named) > 1 and named[0].lower() in ADDED_WORDS:
                    named = named[1:]  # "ordered 12 more patrol boats": the boats ordered
                return (
                    f"{' '.join(named)} {verb}"  # "Her entry matched all five numbers": the numbers matched
                )
            glossed = RE_GLOSS_AFTER.match(body, fig.end)
            if glossed:
                return f"{noun} ({glossed.group(1)})"  # "14 woredas (districts)": the local word glossed
            if lead[-1:] == ["and"]:
                return _group_by_verb(lead, noun, True)  # "can carry 600 passengers and 150 cars": a capacity
            return ""
        aboard = after[:1] == ["aboard"]
        if noun and (aboard or after[:2] == ["on", "board"]):
            return f"{noun} {'aboard' if aboard else 'on board'}"  # "had 326 people on board"
        done = lead[-1:]
        ends = not after or after[0] in CLAUSE_MARKS or after[0] == "."  # "The ground holds 100,024."
        numbered = _numbered_noun(lead) if not noun else ""
        if numbered:
            return numbered  # "the mills, which number 14": the mills
        grouped = _group_by_verb(lead, noun, ends)
        if grouped:
            return grouped  # "It employs 31,500 people": employees; "The ground holds 100,024": capacity
        if unit == "people" and noun and done and done[0].lower() in TRANSITIVE_CHANGE_VERBS:
            return f"{noun} {done[0].lower()}"  # "Helicopters lifted 12 people": the people, not the agent
        if (
            unit == "people"
            and noun.lower() in INHABITANTS
            and [w.lower() for w in lead[-2:]] == ["home", "to"]
        ):
            return home_of(lead[:-2])  # "the village of Kofi, home to 1,937 people": its population
        head, mode = measured_before(before)
        if head and mode == "of" and low_noun in INHABITANTS and head.split()[-1].lower() in PLACE_NOUNS:
            return "population"  # "an archipelago of 280 million people", "a city of 2 million"
        if head:
            return f"{head} of {noun}" if mode == "of" and low_noun in PEOPLE_NOUNS else head
        if noun and done and participle(done[0].lower()) and done[0].lower().endswith("ed"):
            if low_noun in OCCASION_NOUNS:
                clause = without_aside(strip_lower(lead[:-1], LASTING_AUXILIARIES | VERB_ADVERBS))
                joined = not clause or clause[-1].lower() in ("and", "or")  # "..., and was sacked 5 times"
                doer = "" if joined else _doer(clause) or _lasting_noun(clause)
                if doer and doer.lower() not in PERSONAL_PRONOUNS:
                    return f"{noun} {doer} {done[0].lower()}"  # "Hale carried 19 times": times Hale carried
            return f"{noun} {done[0].lower()}"  # "Police arrested 14 people" -> "people arrested"
        if not noun and after[:1] == ["of"] and len(after) > 3 and after[1].lower() in PARTITIVE_PRONOUNS:
            named = after[3]
            if (
                after[2].lower() in BE_WORDS
                and named.isalpha()
                and named.islower()
                and not _verb_like(named)
                and named not in IRREGULAR_PARTICIPLES
            ):
                return " ".join(noun_after(after[3:], 2))  # "About 1,315 of them were children"
        if (
            not noun
            and after[:1]
            and after[0].lower() in FIELD_VERBS
            and (len(after) < 2 or after[1] in ",.;")
        ):
            return FIELD_VERBS[after[0].lower()]  # "Fourteen ran.": the runners of a race
        if not noun:
            hidden = noun_behind_brackets(after)
            if hidden:
                return hidden  # "three powerful (6.3 magnitude) earthquakes"
            named = _named_after_be(after)
            if named:
                return named  # "Some 1,375 are women": the women
            state = _state_after_be(after)
            if state:  # "Eleven were taken to hospital"; "Of the claimants, 187 have been treated for"
                group = _fronted_group(lead)
                return f"{group} {state}" if group else state
            if mode == "verb":
                return clause_predicate_subject(before)  # "Texas gained the most residents (up 4,293,741"
        if noun and low_noun not in PEOPLE_NOUNS:
            return clause_predicate_subject(before)  # "... was 1,083 units higher compared to 62,593 units"
        return ""
    if unit == "percent" or kind == "percent_change":
        whole = fronted_whole(lead, after) if kind == "percentage_share" else ""
        if whole:
            return whole  # "Among children in the camps, 29% are malnourished": a share of the children
        if unit == "other" and RE_HYPHENED_UNIT.search(body, fig.start, fig.end):
            named = noun_after(after)
            rest = after[len(named) : len(named) + 1]
            object_named = (
                rest and rest[0].lower() in ("in", "of") and not _period_object(after[len(named) :])
            )
            if (
                named and named[0].islower() and not object_named
            ):  # "a 2-point rise in jobless": the rise's object
                return " ".join(named)  # "three 25-basis-point cuts": the cuts
        if len(lead) > 1 and lead[-1].lower() == "averaging" and lead[-2].isalpha() and lead[-2].islower():
            return f"{lead[-2]} average"  # "a 19-km climb averaging 7.2%", "inflation averaging 3%"
        if (
            len(lead) > 2
            and lead[-2][-1:] == ","
            and lead[-1].lower() in CHANGE_WORDS
            and lead[-1].endswith("ing")
        ):
            hung = hung_on(lead[:-2])
            if hung:
                return hung  # "the market had its worst week since 2008, falling 13.6%"
        if _named_change(fig, lead, after):
            return after[0].lower()  # "the 3.15% rise was worth": refine names what rose
        if kind == "percentage_share" and after[:1] == ["of"]:
            named = [w for w in after[1:6] if w.lower() not in DETERMINERS]
            whole = " ".join(noun_after(named, 5))
            holder = share_holder(lead)
            if (
                holder
            ):  # "Germany, accounting for 40% of the total"; "Men accounted for 76% of those who died"
                told = []
                for word in after[1 : 1 + SHARE_PHRASE_WORDS]:
                    if not word[0].isalnum():
                        break
                    told.append(word)
                while told and (told[-1].lower() in PREPOSITIONS or told[-1].lower() in DETERMINERS):
                    told.pop()  # "of the total cash position of ...": the phrase read so far
                return f"{holder} as a share of {whole or ' '.join(told)}" if whole or told else ""
            head, mode = measured_before(before)
            if not whole and head and mode in ("verb", "link") and _counted_whole(named):
                # "Turnout was 49.6 percent of the 16,940 registered voters": the whole's count is
                # no word of its name
                whole = " ".join(noun_after(named[1:], 5))
            if whole and head and mode in ("verb", "link"):
                return f"{head} as a share of {whole}"  # "The deficit is 4 percent of output"
            if whole and head and mode == "of" and _determined_noun(lead, head):
                return f"{head} as a share of {whole}"  # "a deficit of 3.1% of GDP"
            equal = _equal_to_noun(lead)
            if whole and equal:
                return f"{equal} as a share of {whole}"  # "a deficit equal to 4.2% of GDP"
            changed = object_changed_to(before)
            if whole and changed:
                return f"{changed} as a share of {whole}"  # "lift military spending to 2.6% of GDP"
            if after[1:2] and after[1].lower() in ("what", "whatever"):
                return ""  # "collect 96% of what they bill": no noun; the percent's own reading stands
            return whole  # "30 per cent of voters said ..." -> "voters"
        if kind == "percent_change" and (antecedent := relative_antecedent(lead)):
            # "pensions rise with inflation, which was 3.1%": what "which" stands for (the whole,
            # not a fraction of it: "by half of the index, which was 3.1%")
            part, of, whole = antecedent.partition(" of ")
            return (
                whole
                if of and whole and FRACTION_WORDS_SET.intersection(part.lower().split())
                else antecedent
            )
        head, mode = measured_before(before)
        if head and mode in ("verb", "link"):
            return head
        listed = _listed_percents(lead, after)
        if listed:
            return listed  # "The 10% and 30% brackets": the brackets, for both
        if lead and (lead[-1].lower() in DETERMINERS or (len(lead) > 1 and lead[-2].lower() in DETERMINERS)):
            named = noun_after(after)
            if named and (named[0].lower() not in CHANGE_WORDS or _particle_noun(named)):
                return " ".join(named)  # "its symmetric 2 percent inflation objective", "a 25% down payment"
            if named and _period_object(after[len(named) :]):
                return clause_predicate_subject(before)  # "sales dipped 0.3%, after a 0.9% rise in September"
        if mode in ("verb", "link"):
            return clause_predicate_subject(before)  # "crimes was on the increase, up 11 per cent"
        if unit == "percent" and lead[-1:] and lead[-1].lower() in PREPOSITIONS:
            named = noun_after(after)  # "After 24% federal withholding": the noun it qualifies
            lower = {w.lower() for w in named}
            if (
                named
                and named[0].islower()
                and not lower & PERIOD_WORDS
                and not lower & WEEKDAYS
                and (named[0] not in CHANGE_WORDS or _particle_noun(named))
                and not has_content_word(bare_subject(fig.subject))
            ):
                return " ".join(named)
        return ""
    if kind == "money":
        each = _unit_price(lead, after)
        if each:
            return each  # "three bottles of red at £28 apiece": the price of each bottle
        running = running_cost(lead, after)
        if running:
            return running  # "needs $420,000 a year to run its shelter": the annual cost of running it
        if (
            len(lead) > 2
            and lead[-2][-1:] == ","
            and lead[-1].endswith("ing")
            and lead[-1].lower() in SUM_VERBS
        ):
            hung = hung_on(lead[:-2])
            measure, join = EARNED_MEASURES.get(lead[-1].lower(), ("", ""))
            if hung:  # "the auction ended on Thursday, raising 36.2 billion baht": funds raised by it
                return f"{measure} {join} {hung}" if measure else hung
        whose = whose_head(before)
        if whose:
            return whose  # "the precept, whose cost has grown by £37m"
        added = added_sum(lead, after)
        if added:
            return added  # "on top of the $35m approved in 2021": the sum approved, not "top"
        short = shortfall(lead)
        if short:
            return short  # "we are short of $17 million": a shortfall, not a target ("short of the $50m")
        closing = "" if " per " in fig.subject else _closing_price(lead)  # not an exchange rate
        if closing:
            return closing  # "Shares of Acme closed 2% higher at $27.45": the closing price
        worth = _worth(lead)
        if worth:
            return worth  # "the new trains, worth about $2.7 billion": their value
        aside = _priced_aside(lead)
        if aside:
            return aside  # "Tickets, priced from $40 to $95, sold out": the price of the tickets
        priced = _named_by_verb(lead)
        if priced:
            return priced  # "The count cost 1.1 billion cedis"; "valuing the firm at"
        started = _starting_price(lead) or _sale_price(lead) or _purchase_price(lead)
        if started:
            return started  # "Tickets start at £40", "will go on sale in May for $699"
        valued = value_changed(lead, after)
        if valued:
            return valued  # "adding 31 billion crowns ($4.5 billion) to its market value"
        changed = change_noun_object(before) or _change_of(before, after) or _amount_changed_to(before)
        if changed:
            return changed  # "a 9% rise in annual operating profit to $1.2 billion"; "narrowed its loss to"
        head, mode = measured_before(before)
        if head and mode == "of" and head.lower() in TAKING_DEEDS:
            return f"sum {TAKING_DEEDS[head.lower()]}"  # "ordered the confiscation of €50,000": the sum confiscated
        if head and mode == "of" and _premodifying(lead, after):
            head = ""  # "the winner of the A$2 million race": the race, which the amount modifies
        if head and mode == "of":
            return " ".join([head, *recipient(after)])  # "the return of $1.78 billion to the treasury"
        earned = earned_subject(before, after)
        if earned:
            return earned  # "The startup raised $5 million in funding": raised, not a change of a level
        funds = _funds_in(after)
        if funds:
            return funds  # "The scheme provides $4 million a year in aid": the aid, not the scheme
        if head:
            # "Five candidates lost their £500 deposits": the deposits, not the doer of the verb
            return (_premodified_noun(before, after) if mode in ("verb", "link") else "") or head
        if mode in ("verb", "link"):
            return clause_predicate_subject(before)  # "Revenue was $4.2 billion, compared with $3.9 billion"
        if unit == "other" and not has_content_word(bare_subject(fig.subject)):
            return " ".join(noun_after(after, 5))  # "3 sen single-tier dividend per share"
        return ""
    if kind == "duration":
        apposed = _apposed_span(before, lead)
        if apposed:
            return apposed  # "The fair opens on 3 May and closes on 30 June, a period of eight weeks"
        spent = time_spent(lead, after) or time_spent_after(after)
        if spent:
            return spent  # "spent nine months studying in Leeds": the time spent doing it
        gap = _margin(after)
        if gap:
            return gap  # "finished 38 seconds ahead of Holm", "two minutes behind the leader"
        timed = finishing_time(lead) or improvement(lead, after) or construction_time(lead)
        if timed:
            return timed  # "crossed the line in 3 hours, 14 minutes", "taking 1.2 seconds off the record"
        allowed = time_to_do(lead, after)
        if allowed:
            return allowed  # "has 42 days to pay": the time allowed to do it
        done = length_of_deed(before)
        if done:
            return done  # "The survey, conducted by volunteers over 17 days": the survey's length
        between = time_between(lead, after) if _names_only_its_unit(body[fig.start : fig.end]) else ""
        if between:
            return between  # "four days after she voiced concerns"; "after 14 hours the search became"
        working = working_time(body, fig, after)
        if working:
            return working  # "a 38-hour week": the working week
        modified = _span_modified_noun(body[fig.start : fig.end], fig.subject, after)
        if modified:
            return modified  # "its 30-day volume-weighted average": the average
        if unit == "year" and "-year" in body[fig.start : fig.end]:
            matured = _maturity(body, fig)
            if matured:
                return matured  # "The 30-year yield rose", "of 10-year government bonds"
        if [w.lower() for w in lead[-1:]] == ["every"]:
            # "trains ran every 10 minutes": the interval, with what its clause names before "every"
            what = bare_subject(fig.subject).removesuffix("every").strip()
            return f"{INTERVAL_SUBJECT}: {what}" if has_content_word(what) else INTERVAL_SUBJECT
    only_unit = kind == "duration" and _names_only_its_unit(body[fig.start : fig.end])
    if only_unit and (spent := RE_SPAN_POSSESSIVE.match(body, fig.end)) and spent.group(1) not in NOT_SPANS:
        return spent.group(1)  # "two years' imprisonment", "six months' notice": what lasts so long
    if only_unit and after[:1] == ["of"]:
        spanned = _spanned(lead, after)
        if spanned:
            return spanned  # "25 years of satellite measurements", "four months of talks"
    paired_low = (
        kind == "duration"
        and body[fig.start : fig.end].isdigit()
        and RE_PAIRED_HIGH_AFTER.match(body, fig.end) is not None
    )  # "lasted 11 and 18 days": the low end, its unit carried from the high end
    if only_unit or paired_low:
        lasting = what_lasts(lead, after)
        if lasting:
            return lasting  # "The strike lasted 23 days"; "jailed for six years"
    if kind == "duration" and "For" in before and [w for w in lead if w[0].isalpha()] == ["For"]:
        during = _clause_after(after)
        if during:  # "For nine years these families were told ...": the period of the main clause
            return f"{PERIOD_SUBJECT} in which {during}"
    if only_unit and (
        _period_duration(lead)
        or [w.lower() for w in lead[-1:]] == ["for"]
        and not _clause_has_content(before)
    ):
        # "in the last six months"; "for 19 months" alone; "tickets sold out in under two hours"
        if lead[-1:] == ["in"] and _travel_clause(lead[:-1]):
            return "journey time"  # "the line will link the port with the airport in 18 minutes"
        if (
            fig.measure in RACE_TIME_MEASURES
            and lead[-1:] == ["in"]
            and _travel_clause(lead[:-1], RACE_FINISH_WORDS)
        ):
            # "won the 50km race in three hours": the winning time; "finished in 19 hours": the time
            won = _travel_clause(lead[:-1], RACE_WON_WORDS)
            return "winning time" if won else "finishing time"
        built = construction_time(lead) if lead[-1:] == ["in"] else ""
        if built:
            return built  # "The bridge was built in 18 months": how long building it took
        deed = done_within(lead) or period_deed(before)
        if deed and lead[-1:] in (["within"], ["Within"]):
            # "patients were seen within four hours": the time allowed for the deed, not a period
            return f"{WITHIN_SUBJECT} {deed.removeprefix(' for ').removeprefix(' in which ')}"
        return PERIOD_SUBJECT + deed
    if kind == "other" and unit == "other" and fig.measure not in AGE_MEASURES:
        physical = fig.measure not in OTHER_MEASURES  # a physical unit, not a scale reading
        race = _race(body[fig.start : fig.end], fig.measure, before, after)
        if race:
            return race  # "won the men's 1,500 metres": the race, not "won men's"
        if [w.lower() for w in lead[-2:]] == ["average", "of"] and quantity_of(fig.measure) == "speed":
            return "average speed"  # "in 1hr 12min, an average of 9.1 knots": a speed averaged
        band = _tariff_band(fig.measure, lead, before, after) if physical else ""
        if band:
            return band  # "7 cents a unit for the first 120 units": the tariff's first band
        each = _each_measure(before, after, fig.measure) if physical else ""
        if each:
            return each  # "14 sacks of 80 kilogrammes each": the weight of each sack
        if physical and after[:2] == ["to", "go"] and convert(1.0, fig.measure, "meter") is not None:
            return DISTANCE_TO_GO  # "had 780 miles to go", "with 12km to go": the distance left
        if fig.measure in DOSE_MEASURES and after[:1] and after[0].lower() in DOSE_FREQUENCIES:
            return "dose"  # "prescribed 40mg twice a day", "5mg daily": a dose taken that often
        level = level_after_change_by(lead)
        if level:
            return level  # "raised its 2027 forecast by 5,000 tonnes to 312,000 tonnes": the forecast
        sides = measured_sides(fig.measure, lead, after) if physical else ""
        if sides:
            return sides  # "The grave measures 1.2 metres by 70 centimetres": its length, then its width
        premodified = _glued_premodifier(body[fig.start : fig.end], before, after) if physical else ""
        if premodified:
            # "rides on 20in wheels", "a 105kg snatch", "a 46-pound fish": the thing so measured
            return sized_noun(fig.measure, premodified, after)
        listed = _listed_ingredient(body, fig.start, after) if physical else ""
        if listed:
            return listed  # "3 teaspoons baking soda" opening a line of a recipe's list
        # (past a bracketed conversion: "36 feet (11 metres) wide", and inside it: "(11 metres) wide")
        shown = after if after[:1] == ["-"] else _past_conversion(after)
        dimension = (
            DIMENSIONS.get((shown[1] if shown[:1] == ["-"] and len(shown) > 1 else shown[0]).lower(), "")
            if shown
            else ""
        )
        if dimension == "width" and shown[0].lower() == "across" and shown[1:2] and shown[1][:1].isalnum():
            dimension = ""  # "rain dropped 1.8 inches across the state": where, not how wide
        if physical and dimension:  # "vessels under 8 metres long", "the 2-metre-wide canvas"
            hyphened = after[:1] == ["-"]
            # "The dish, 500 metres across,": the noun the figure stands in apposition to
            whose = (
                " ".join(noun_after(after[2:], 1))
                if hyphened
                else _apposed_noun(lead) or bare_subject(fig.subject)
            )
            return f"{dimension} of {whose}" if whose and whose != dimension else dimension
        if fig.measure in LENGTHS and _rises_or_flies(lead):
            return "altitude"  # "the plane had climbed to about 5,000 feet", "cruising at 38,000 feet"
        routed = route_length(fig.measure, before, after)
        if routed:
            return routed  # "Route 9, which runs 48 km from A to B": the line's length
        measured = measured_thing(body[fig.start : fig.end], before, after, physical, fig.measure)
        if measured.startswith(("distance", "height above", "altitude above")) and quantity_of(fig.measure):
            measured = ""  # "Gusts reached 61 mph (98 kph) off Lake Erie": only a length is a distance
        if measured.startswith(("distance", "height above", "altitude above")):
            held = bare_subject(fig.subject)  # the clause's subject, kept when it is in the figure's clause
            clause = before[len(before) - before[::-1].index(",") :] if "," in before else before
            if held and "distance" not in held.lower() and set(held.split()) <= set(clause):
                return f"{held} {measured}"  # "The asteroid will pass 25,000 miles from Earth"
        if measured.startswith(DEPTH_SUBJECT):
            thing = _apposed_noun(lead) or clause_opener(lead)  # "the intake, 35 metres below the surface"
            return f"{DEPTH_SUBJECT} of {thing}{measured.removeprefix(DEPTH_SUBJECT)}" if thing else measured
        if measured:
            return measured
        made = maker(before)
        beyond = _past_conversion(after)  # "610 mm (24 inches) of rain": the stuff after the bracket
        stuff = (
            material_after(beyond, body[fig.start - 1 : fig.start] != "(")
            or _listed_material(body[fig.start : fig.end], after)
            if physical
            else ""
        )
        if stuff:
            place = place_after_material(beyond, stuff)
            stuff = f"{stuff} {place}" if place else stuff  # "610 mm of rain on parts of Honduras"
        if made or stuff:
            return " ".join(w for w in (made, stuff) if w)  # "Peru mined copper ore"; "ounces of gold"
        held = held_amount(fig.measure, lead)
        if held:
            return held  # "holding 11.3 mcm of its 115 mcm", "each able to handle 24 Tbps"
        head, mode = measured_before(before)
        if mode == "of" and head.lower() == "average" and " per " in fig.measure:
            return ""  # "an average of nine prisoners for each warder": the rate names what it counts
        if mode in ("link", "of") or mode == "verb" and _names_a_measure(head, physical):
            return head  # "The fertility rate fell to 3.4 births per woman", "Oil output rose to"
        done = _done_to_measure(body[fig.start : fig.end], before, after) if physical else ""
        if done:
            return done  # "51,000 hectares were burned": the hectares burned
        if lead and lead[-1].lower() in DETERMINERS or RE_HYPHENED_UNIT.search(body, fig.start, fig.end):
            apposed = apposed_measure(lead)
            if apposed:
                return sized_noun(
                    fig.measure, apposed, after
                )  # "The new bridge, a 1.2 km span, ...": its length
            # "the 154 km stretch", "a 580-km line", "a brutal 178.5-km ride": what it measures
            plain = _without_acronym_words(after)
            named = noun_after(plain, 3 if plain is after else 4)  # "700 MW direct current (HVDC) link"
            return sized_noun(fig.measure, " ".join(named), after)
        return ""
    return ""


# Golf scores, counted in strokes: strokes under or over par ("12-under", "19-under-par", "three
# over par"; a hyphened "-over" only with "par": "a 20-over match" counts a cricket game's overs),
# and a bare score, a round's ("carded a 68", "a seven-under 65", "after a 71 that included a
# bogey") or, past the strokes a round may take, a total of rounds ("on 19-under-par 269").
RE_PAR_SIDE_IN = re.compile(r"-(under)\Z|-(under|over)-par\Z")  # at the end of the figure's own words
RE_PAR_SIDE_AFTER = re.compile(r"(?:-(under)\b(?!-)|-(under|over)-par\b|\s+(under|over)\s+par\b)")
RE_SCORE_BEFORE = re.compile(
    r"(?:(?P<par>\b\w+-(?:under|over)-par|\b\w+-under|\b(?:level|even)[- ]par)"
    r"|\b(?:card|cards|carded|carding|shot|shoots|shooting|fired|fires|firing|posted|posts|posting)\s+an?"
    r"|\b(?P<after>after)\s+an?)\s+\Z"
)
SCORE_BEFORE_CHARS = 24  # the characters read before a bare score ("carded a ", "on 19-under-par ")
SCORE_LEAD_ENDS = frozenset((" a ", "an ", "er ", "ar "))  # the last three characters of those leads
GOLF_SCORING_WORDS = frozenset(
    "par birdie birdies bogey bogeys eagle eagles".split()
)  # "after a 71" is golf with them
ROUND_STROKES = (55, 100)  # the strokes a round of golf takes; a score past them totals several rounds


def golf_strokes(body: str, fig: Figure, after: list[str]) -> str:
    """What a bare count in golf copy counts (see above): "strokes under par", "strokes over par",
    "round score in strokes" or "total in strokes"; "" for any other count."""
    side = (
        RE_PAR_SIDE_IN.search(body, fig.start, fig.end) if "-" in body[fig.start : fig.end] else None
    ) or (RE_PAR_SIDE_AFTER.match(body, fig.end) if body[fig.end : fig.end + 1] in ("-", " ") else None)
    if side:
        return f"strokes {next(g for g in side.groups() if g)} par"
    if fig.end > fig.core[1] or body[fig.start].isalpha() or fig.end < len(body) and body[fig.end].isalnum():
        return ""  # a noun of its own, a number word or a glued word: no score
    if body[max(0, fig.start - 3) : fig.start] not in SCORE_LEAD_ENDS:
        return ""  # the cheap test first: no "a ", "-under " or "par " right before
    score = RE_SCORE_BEFORE.search(body, max(0, fig.start - SCORE_BEFORE_CHARS), fig.start)
    if not score or score.group("after") and not GOLF_SCORING_WORDS.intersection(w.lower() for w in after):
        return ""  # "after a 71" alone may be any sport's
    value = fig.value if isinstance(fig.value, (int, float)) else 0
    if ROUND_STROKES[0] <= value < ROUND_STROKES[1]:
        return "round score in strokes"
    return "total in strokes" if value >= ROUND_STROKES[1] and score.group("par") else ""


# Cricket scores, counted in runs: a bare number after "bowled out for" or "all out for" (an
# innings' total), before "not out" (a batter's runs, not dismissed), or, with a word of cricket
# around it, after "made" or "scored" (a batter's runs) or "a target of" (the runs set to win);
# "scored 3" alone may be any sport's. A bare number after "off" and such a score is the balls faced.
ALL_OUT_WORDS = frozenset(("bowled", "all"))
RUN_VERBS = frozenset(("made", "scored", "making", "scoring"))
CRICKET_WORDS = frozenset("innings overs wickets wicket bowled batting batted century Test Tests".split())


def cricket_runs(before: list[str], after: list[str]) -> str:
    """What a bare count in cricket copy counts (see above): "runs, all out", "runs made", "runs
    scored" or "runs target"; "" for any other count."""
    lead = without_approx(before)
    if len(lead) < 2:
        return ""
    last = lead[-1].lower()
    if last == "for" and lead[-2].lower() == "out" and len(lead) > 2 and lead[-3].lower() in ALL_OUT_WORDS:
        return "runs, all out"
    if [w.lower() for w in after[:2]] == ["not", "out"]:
        return "runs not out"  # "(44 not out off 31)": a batter's runs, not dismissed
    if (
        last == "off"
        and (lead[-2][:1].isdigit() or lead[-2].lower() == "out")
        and (
            CRICKET_WORDS.intersection(before)
            or CRICKET_WORDS.intersection(after)
            or [w.lower() for w in lead[-3:-1]] == ["not", "out"]
        )
    ):
        return "balls faced"  # "44 not out off 31", "made 60 off 41": the balls of the innings
    if last not in RUN_VERBS and lead[-2:] != ["target", "of"]:
        return ""  # the cheap test first
    if not CRICKET_WORDS.intersection(after) and not CRICKET_WORDS.intersection(before):
        return ""
    return (
        "runs target"
        if last == "of"
        else f"runs {'made' if last.startswith('mak') or last == 'made' else 'scored'}"
    )


def _each_measure(before: list[str], after: list[str], measure: str) -> str:
    """What a physical amount measures when it gives the size of each of a plural noun's things,
    "of" before it and "each" after it ("12 million sacks of 90 kilogrammes each" -> "weight of
    each sack", "plots of 40 hectares each" -> "area of each plot"), or ""."""
    if after[:1] != ["each"]:
        return ""  # the cheap test first
    lead = without_approx(before)
    if len(lead) < 2 or lead[-1] != "of" or not lead[-2].isalpha() or not lead[-2].islower():
        return ""
    noun = lead[-2]
    if not noun.endswith("s") or noun.endswith("ss"):
        return ""  # "a tank of 40 litres each": no plural noun whose things are measured
    return f"{quantity_of(measure) or 'size'} of each {singular(noun)}"


PERCENT_TOKENS = frozenset(("%", "per", "cent", "percent"))  # the tokens of a percent sign or word


def _listed_percents(lead: list[str], after: list[str]) -> str:
    """The noun two percents joined by "and" or "or" after a determiner modify ("The 10% and 30%
    brackets are abolished" -> "brackets" for each), or ""."""
    if after[:1] and after[0] in LIST_JOINS:  # the first: past the second percent
        if not lead or lead[-1].lower() not in DETERMINERS or len(after) < 3 or not after[1][:1].isdigit():
            return ""
        rest = after[2:]
        while rest and rest[0].lower() in PERCENT_TOKENS:
            rest = rest[1:]
    elif lead[-1:] and lead[-1] in LIST_JOINS:  # the second: a percent and a determiner before the join
        words = lead[:-1]
        while words and words[-1].lower() in PERCENT_TOKENS:
            words = words[:-1]
        if len(words) < 2 or not words[-1][:1].isdigit() or words[-2].lower() not in DETERMINERS:
            return ""
        rest = after
    else:
        return ""
    named = noun_after(rest)
    return " ".join(named) if named and named[0].islower() and named[0] not in CHANGE_WORDS else ""


# the smaller units a prison term adds after its years ("four years and nine months in jail")
TERM_PART_UNITS = frozenset(("months", "month", "weeks", "week", "days", "day"))


def _premodified_noun(before: list[str], after: list[str]) -> str:
    """The noun an amount modifies after a possessive determiner ("lost their £500 deposits",
    "repaid his $18,500 student loan" -> "deposits", "student loan"), or after "by a" ("was
    financed by a $3 million grant" -> "grant": the means, not the thing financed), or ""."""
    by_a = len(before) > 1 and before[-1].lower() in ("a", "an") and before[-2].lower() == "by"
    if not before or before[-1].lower() not in POSSESSIVE_DETERMINERS and not by_a:
        return ""
    named = noun_after(after)
    if not named or not all(w.isalpha() and w.islower() for w in named) or named[0] in CHANGE_WORDS:
        return ""
    return " ".join(named)


RE_SPAN_ADJECTIVE = re.compile(r"\d-[^\W\d_]+(?P<tail>(?:\s+[a-z]+)*)\Z")  # "30-day", "50-day moving"


def _span_modified_noun(quote: str, subject: str, after: list[str]) -> str:
    """The noun a compound span modifies when its own words name nothing ("its 30-day
    volume-weighted average" -> "volume-weighted average"; "a 50-day moving average" -> "moving
    average"), or ""."""
    if has_content_word(bare_subject(subject)):
        return ""
    spanned = RE_SPAN_ADJECTIVE.search(quote)
    if not spanned:
        return ""
    named = noun_after(after)
    if not named or not named[0].islower() or named[0].lower() in CHANGE_WORDS:
        return ""
    return " ".join([*spanned.group("tail").split(), *named])


# A unit glued to its number makes a compound adjective of them, as British copy writes it ("20in
# wheels", "a 105kg snatch", "the 180kg qualifying mark"): the noun after names what is measured.
# Words after a measurement that are no such noun: where or how far it stands ("4kg above", "9kg
# clear", "180m straight up").
RE_GLUED_QUOTE = re.compile(r"[\d.,]+[A-Za-z]+")
# a medicine's mass before how often it is taken: a dose
DOSE_MEASURES = frozenset(("milligram", "microgram"))
DOSE_FREQUENCIES = frozenset("once twice thrice daily nightly weekly".split())
NOT_PREMODIFIED = (
    frozenset(
        """above below ahead behind clear short straight up down away off apart overall each apiece
    more less lower higher longer shorter deeper taller wider heavier lighter further farther
    underground downhole overhead tall high long wide deep thick per north south east west
    northeast northwest southeast southwest inland offshore upstream downstream""".split()
    )
    | DOSE_FREQUENCIES
)  # (how often a dose is taken is no noun it sizes: "40mg twice a day", "5mg daily")
# ... nor after a word that makes the measurement a limit or a point of another noun ("bullocks over
# 450kg sold", "ewes to 30kg made"): the noun before is measured, and the words after go on
TRAILING_ADVERBS = frozenset(
    "back again here there now today yesterday too also still overnight tonight earlier later".split()
)
LIMIT_LEADS = frozenset("over under above below than to from of at by and or between".split())


# a line of a factbox, a recipe or a spec sheet that names its figure before a colon ("Total
# time: 50 minutes", "Servings: 4", "Population: 4.2 million"), also after a list's dash or bullet
# ("- Flights flown: 3,120", "• Cargo: 210 tonnes")
LISTED_REACH = 80  # characters back from an amount read for its list's colon
# an approximation or a bound between a line's label and its figure ("Reading time: about 4
# minutes", "Tickets: from £19", "Entry: up to $40", "Wait: under an hour")
LABEL_BOUND = r"(?:(?:about|around|some|from|up to|under|over|nearly|almost) )?"
RE_LINE_LABEL_BEFORE = re.compile(
    rf"(?:^|\n|[.!?] )[ \t]*(?:[-–•*·][ \t]+)?([A-Z][A-Za-z'’ -]{{1,30}}?)(?: \([^()\n]{{1,30}}\))?:[ \t]*{LABEL_BOUND}\Z"
)  # (a bracketed aside before the colon: "Population (2021 census): 84,200")
LINE_LABEL_REACH = 48  # characters back from a figure to the line's start, at most
# ... a longer label with commas when it opens its own line ("Roads, bridges and tunnels: R$ 8,641")
LIST_LABEL_CHARS = 64
RE_LIST_LINE_LABEL_BEFORE = re.compile(
    rf"(?:^|\n)[ \t]*(?:[-–•*·][ \t]+)?([A-Z][A-Za-z'’ ,-]{{1,{LIST_LABEL_CHARS}}}?):[ \t]*{LABEL_BOUND}\Z"
)


# a line of a dashed or bulleted list whose first words, with no colon, name the amount, share or
# measure that follows them, as telegraphic results briefs list them ("- Net sales EUR 1.84 bln vs
# EUR 1.73 bln", "- Operating margin 11.5% (10.2%)"); not a count, whose line is a sentence more
# often ("- Police arrested 12 people")
RE_BULLET_LABEL_BEFORE = re.compile(r"\n[ \t]*[-–•*·][ \t]+([A-Z][A-Za-z'’ -]{1,30}?)[ \t]+\Z")
BULLET_LABEL_KINDS = frozenset(("money", "percent_change", "percentage_share", "other"))
BULLET_LABEL_WORDS = 4  # words in such a label, at most


def _bullet_label(body: str, start: int) -> str:
    """The label before a figure that opens a dashed or bulleted line (above), or ""."""
    line = body.rfind("\n", max(0, start - LINE_LABEL_REACH), start)
    if line < 0 or body[line + 1 : start].lstrip(" \t")[:1] not in BULLET_MARKS:
        return ""  # the cheap test first
    m = RE_BULLET_LABEL_BEFORE.match(body, line, start)
    if m is None or len(m.group(1).split()) > BULLET_LABEL_WORDS:
        return ""
    words = [w.lower() for w in m.group(1).split()]
    if (
        words[0] in PRONOUNS
        or words[0] in DETERMINERS  # "- The top rate of 35% ...": a sentence, not a label
        or words[-1] in BULLET_LABEL_LAST_NOT
        or any(w in SAYING_WORDS for w in words)
    ):
        return ""
    return m.group(1)


# A "by the numbers" line: a figure opening the line before a colon (read as a space by
# reading.list_lines_as_prose, so "- 120  metres"), or before a colon after its unit ("- 18 per cent:
# the share ..."), then what it is: an apposition after a comma ("120: metres, the length of the
# pier"), or the words that go on from its noun ("240: volunteers on the rota"). Not a sentence
# opened by a figure ("- 12 people died, police said": no colon after the figure).
LIST_GLOSS_WORDS = 10  # words of such a gloss, at most
LIST_LEAD_REACH = 12  # characters from a line's start to the figure that opens it, at most
RE_LISTED_FIGURE = re.compile(LIST_FIGURE_OPENING + "  ")  # (a bullet's kind is tested before it)
RE_GLOSS_END = re.compile(r"[,;(\n]|\.(?:\s|\Z)")
LEADING_ARTICLES = ("the ", "a ", "an ")


def _list_figure_gloss(body: str, fig: Figure) -> str:
    """What a "by the numbers" line says its opening figure is (above), or ""."""
    reach = max(0, fig.start - LIST_LEAD_REACH)
    line = body.rfind("\n", reach, fig.start) + 1
    if (not line and reach) or body[line : fig.start].strip(" \t") not in ("", *BULLET_MARKS, "•", "—"):
        return ""  # the cheap test first: the figure does not open its line
    label = RE_LISTED_FIGURE.match(body, line, fig.end)
    if label is not None and label.end() > fig.start:  # "120  metres": a colon read as a space
        noun = " ".join(body[label.end() : fig.end].split())
    elif body.startswith(": ", fig.end):
        noun = ""
    else:
        return ""
    tail_at = fig.end + 1 if body.startswith(":", fig.end) else fig.end
    end = RE_GLOSS_END.search(body, tail_at, min(len(body), tail_at + 120))
    tail = body[tail_at : end.start() if end else min(len(body), tail_at + 120)]
    if body.startswith(", ", fig.end) and (
        fig.kind != "count" or not noun
    ):  # "metres, the length of the pier"
        end = RE_GLOSS_END.search(body, fig.end + 2, min(len(body), fig.end + 122))
        tail, noun = body[fig.end + 2 : end.start() if end else min(len(body), fig.end + 122)], ""
    words = tail.split()
    if not words or not words[0][:1].islower() or len(words) > LIST_GLOSS_WORDS:
        return ""
    gloss = " ".join(words)
    for article in LEADING_ARTICLES:
        gloss = gloss.removeprefix(article)
    if fig.kind == "money" or fig.unit == "other":
        noun = ""  # "dollars spent on the pier": the amount's currency or unit names nothing
    return f"{noun} {gloss.removeprefix('of ')}".strip()


# words a sentence, not a label, ends in before its figure ("- Households paid over ...")
BULLET_LABEL_LAST_NOT = frozenset(
    "of to at by for from in on with and or than about over under is was".split()
)


BULLET_MARKS = frozenset("-–•*·")
# the statistic a measurement is stated as after "a/an ... of" ("an average of 6 kg")
STATISTIC_WORDS = frozenset(("average", "mean", "median"))
# A dashed or bulleted line led by its topic and a colon, the figures in a sentence after it, as
# weekly crop, market and traffic reports list them ("-- Barley: Harvest was 64% done, up 8
# points"): the topic is what the sentence's shares and points are of ("Barley: Harvest")
RE_LIST_TOPIC_LINE = re.compile(r"[ \t]*(?:--|[-–•*·])[ \t]+([A-Z][A-Za-z'’ -]{1,30}?):[ \t]+\S")
LIST_TOPIC_REACH = 240  # characters back from a figure to its line's start, at most


def _list_line_topic(body: str, start: int, subject: str) -> str:
    """The topic of a list line whose sentence holds the figure at `start`, before `subject`
    ("Barley: Harvest"), or "" when the line has none or the subject already names it."""
    line = body.rfind("\n", max(0, start - LIST_TOPIC_REACH), start)
    if line < 0 or body[line + 1 : start].lstrip(" \t")[:1] not in BULLET_MARKS:
        return ""  # the cheap test first
    m = RE_LIST_TOPIC_LINE.match(body, line + 1, start)
    if m is None or m.end() - 1 >= start:
        return ""  # no topic, or the figure right after the colon (own_subject's line label)
    topic = m.group(1)
    words = topic.lower().split()
    if (
        len(words) > BULLET_LABEL_WORDS
        or topic.isupper()
        or words[0] in PRONOUNS
        or any(w in SAYING_WORDS for w in words)
        or all(w in subject.lower() for w in words)
    ):
        return ""
    return f"{topic}: {subject}" if subject else topic


# A line of a forecast or listing page led by a place's name and a colon, its readings in sentences
# after it ("Stanley: Cloudy start. High 13C, low 4C. Wind westerly, gusting 35 knots."): the
# place is where each reading of the line is taken
RE_PLACE_LINE = re.compile(r"[ \t]*([A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2}):[ \t]+\S")
PLACE_LINE_REACH = 300  # characters back from a reading to its line's start, at most
RE_PLACE_AT_AFTER = re.compile(r"\s+(?:at|in)\s+((?:[A-Z][\w'’-]*\s?){1,3})")  # "up to 3mm at Port Howard"


def place_line_topic(body: str, fig: Figure, subject: str, after: list[str]) -> str:
    """A reading's subject with the place that leads its line ("Stanley: gusting speed"), and the
    place named right after a reading its words do not name ("up to 3mm at Port Howard" -> "Camp:
    at Port Howard"), or "" (no such line, or the figure is the line's label's own: "Rainfall: 42mm")."""
    line = body.rfind("\n", max(0, fig.start - PLACE_LINE_REACH), fig.start) + 1
    if not line and fig.start > PLACE_LINE_REACH:
        return ""
    m = RE_PLACE_LINE.match(body, line, fig.start)
    if m is None or m.end() - 1 >= fig.start or not body[m.end() - 1 : fig.start].strip(" ,.:;-–"):
        return ""
    topic = m.group(1)
    words = topic.lower().split()
    if (
        topic.isupper()
        or words[0] in PRONOUNS
        or any(w in SAYING_WORDS for w in words)
        or all(w in subject.lower() for w in words)
    ):
        return ""
    if not has_content_word(bare_subject(subject)):
        at = RE_PLACE_AT_AFTER.match(body, fig.end)
        if at is None:
            return ""  # "waves 2 to 3 metres, easing to 1.5 metres": the reading before names it
        subject = f"{subject} at {at.group(1).strip()}".strip()
    return f"{topic}: {subject}"


def _line_label(label: str, fig: Figure) -> bool:
    """Whether a line's words before a colon name its figure: not a dateline in capitals
    ("SINGAPORE:"), a speaker ("He said:"), nor before a count that names its own noun."""
    words = label.split()
    return (
        not label.isupper()
        and words[0].lower() not in PRONOUNS
        and not any(w.lower() in SAYING_WORDS for w in words)
        and not (fig.kind == "count" and fig.end > fig.core[1])
        and not all(w.lower() in FUNCTION_WORDS or w.lower().endswith("ly") for w in words)
    )  # "And finally: 64 years overdue": a heading of small words and adverbs names nothing


SAYING_WORDS = frozenset("said says say told added adds wrote writes asked explained".split())


def _listed_ingredient(body: str, start: int, after: list[str]) -> str:
    """What a measured amount that opens a line of a list is of, named right after it as a
    recipe's ingredients are ("3 teaspoons baking soda", "4 tablespoons (55 grams) salted
    butter", a conversion in brackets passed over), or ""."""
    reach = max(0, start - LISTED_REACH)
    line_start = body.rfind("\n", reach, start) + 1 or reach  # no line break near: the reach's start
    listed = body.endswith(": ", 0, start) or body.endswith(", ", 0, start) and ": " in body[line_start:start]
    if start and body[start - 1] != "\n" and not listed:
        return ""  # a line's first amount, or one of a list after a colon ("Per serving: 9 grams fat")
    if after[:1] == ["("] and ")" in after[:6]:
        after = after[after.index(")") + 1 :]
    named = noun_after(after, 3)
    if not named or not all(w.isalpha() and w.islower() for w in named) or named[0] in NOT_PREMODIFIED:
        return ""
    return " ".join(named)


# a length followed by "to go" in racing and travel copy ("with 12km to go", "had 780 miles to go")
DISTANCE_TO_GO = "distance left to go"


def _listed_glued(unit: str, words: list[str]) -> bool:
    """Whether words open with "and" or "or" and another number in the same glued unit ("20mg
    and 40mg capsules" after the first), as a list of sizes of one noun."""
    return len(words) > 3 and words[0] in ("and", "or") and words[1][:1].isdigit() and words[2] == unit


def _glued_premodifier(quote: str, before: list[str], after: list[str]) -> str:
    """The noun a measurement with a glued unit modifies (see above), or ""; a list of sizes in
    one unit modifies the noun after its last ("the 20mg and 40mg capsules": both capsules), not
    after "between" (a range's ends)."""
    if not RE_GLUED_QUOTE.fullmatch(quote):
        return ""
    unit = quote.lstrip("0123456789.,")
    if before and before[-1].lower() in LIMIT_LEADS:
        # the last of the list: "and" or "or" after the first size in the same unit
        listed = (
            len(before) > 3
            and before[-1] in ("and", "or")
            and before[-3][:1].isdigit()
            and before[-2] == unit
        )
        if not listed or before[-4].lower() == "between":
            return ""
    if _listed_glued(unit, after) and (not before or before[-1].lower() != "between"):
        after = after[3:]
    named = noun_after(after, 2)
    if (
        len(named) == 2
        and named[0].isalpha()
        and named[0].isupper()
        and len(named[0]) > 1
        and named[1].isalpha()
        and named[1].islower()
        and named[1] not in NOT_PREMODIFIED
    ):
        return " ".join(named)  # "a 6.1in OLED screen", "its 40ft LED wall": an acronym's kind of thing
    if not named or not all(w.isalpha() and w.islower() for w in named):
        return ""
    if len(named) == 2 and (named[1] in NOT_PREMODIFIED or named[1] in TRAILING_ADVERBS):
        named = named[:1]  # "won the 5km stretch back": the stretch
    first = named[0]
    if (
        first in NOT_PREMODIFIED
        or first in CHANGE_WORDS
        or first in TRAILING_ADVERBS
        or first in DEPTH_WORDS  # "lay 30cm beneath the turf": a depth, no noun qualified
        or first.endswith(("ed", "ly"))
    ):
        return ""  # ("rose 2m overnight": when, not what is measured)
    if first.endswith("ing") and len(named) < 2:
        return ""  # "12m grading 4g/t": a verb; "the 180kg qualifying mark": a participle's noun
    return " ".join(named)


def _done_to_measure(quote: str, before: list[str], after: list[str]) -> str:
    """What was done to a physical amount that is the subject of a passive verb right after it,
    named by the amount's unit word and the participle ("51,000 hectares were burned this summer"
    -> "hectares burned"; "290,000 tonnes were shipped to Asia" -> "tonnes shipped"),
    or "": no passive ("12 km separate the towns"), no unit word of letters ("40km were added"), an
    amount after a preposition or "than" that is no subject ("Homes on slopes steeper than 25
    degrees were cleared": the homes were)."""
    if after and not before_clause(before) and _active_past(after[0]):
        unit = quote.rsplit(" ", 1)[-1]
        if unit.isalpha() and len(unit) >= UNIT_WORD_LETTERS:
            # "Some 41,700 tonnes crossed the border", "Nearly 40 hectares burned": an amount that
            # opens its sentence as the subject of a verb in the past, named by its unit and verb
            return f"{unit} {after[0].lower()}"
    if not after or after[0].lower() not in BE_WORDS and after[0].lower() not in AUXILIARIES:
        return ""  # the cheap test first: an auxiliary opens the passive
    lead = without_approx(before)
    if lead and (lead[-1].lower() in PREPOSITIONS or lead[-1].lower() == "than"):
        return ""
    deed = _deed_after(after)
    unit = quote.rsplit(" ", 1)[-1]
    if not deed or deed.startswith("who ") or not unit.isalpha() or len(unit) < UNIT_WORD_LETTERS:
        return ""
    verb, *rest = deed.split()
    for word in rest:  # "were shipped out last year": the verb and its particle, not a time or place
        if word.lower() in PREPOSITIONS or word.lower() in DETERMINERS or word.lower() in PERIOD_DEED_CUTS:
            break
        verb += f" {word}"
    return f"{unit} {verb}"


def before_clause(before: list[str]) -> bool:
    """Whether words stand before an amount in its sentence, approximation words aside ("Some",
    "Nearly"): an amount with none opens its sentence."""
    return bool(without_approx(before))


def _active_past(word: str) -> bool:
    """A verb in the past tense of a regular verb, lower case ("crossed", "burned", "passed")."""
    return word.islower() and word.endswith("ed") and participle(word)


UNIT_WORD_LETTERS = 4  # the shortest unit word that names a subject ("tonnes", "acres"; not "km", "GWh")
GAP_WORDS = 4  # the most words between "and" and a figure whose verb is left out
# words no gapped subject holds: verbs, prepositions, determiners
GAP_STOPS = LINKING_WORDS | PREPOSITIONS | DETERMINERS | frozenset("can cannot must do does did".split())


def gapped_subject(lead: list[str]) -> str:
    """What a figure measures when its clause leaves out the verb of an earlier clause of the
    sentence, naming its own subject between "and" and the figure ("men got 44.5%, and
    women 55.5%" -> "women"); "" when nothing or a verb stands between."""
    if "and" not in lead[-GAP_WORDS - 1 :]:
        return ""
    group = lead[len(lead) - lead[::-1].index("and") :]
    if any(not w[0].isalnum() and w != "-" or w.lower() in GAP_STOPS or participle(w.lower()) for w in group):
        return ""  # a verb or a preposition between: the clause has its own, or the figure is an object
    if not group or not head_of(group):
        return ""  # "and 7% in Spain", "and of 42 percent": no subject of its own
    return " ".join(group).replace(" - ", "-")  # "20 - year-olds" as written: "20-year-olds"


def hung_on(words: list[str]) -> str:
    """The subject of the clause a participle after a comma hangs on: the noun phrase before the
    nearest predicate of the words before the comma ("Korea's Kospi index" in "The fall came after
    Korea's Kospi 200 index had its worst week since 2008" before ", falling"), or ""."""
    for i in range(len(words) - 1, 0, -1):
        lower = words[i].lower()
        if lower in LINK_WORDS or lower in CHANGE_WORDS or lower.endswith("ed") and participle(lower):
            phrase = noun_phrase_before(strip_lower(words[:i], AUXILIARIES), SUBJECT_PREPOSITIONS)
            while phrase and phrase[0].lower() in PREPOSITIONS:
                phrase = phrase[1:]  # "after Japan's index": the clause's subordinator
            head = head_of(phrase)
            if head:
                return head
    return ""


# Verbs that say what share of a whole a thing is, with the particle after them ("accounting for
# 40% of the total", "made up 22% of sales", "represents 8% of output").
SHARE_OF_VERBS: dict[str, str] = {
    **dict.fromkeys("account accounts accounted accounting".split(), "for"),
    **dict.fromkeys("make makes made making".split(), "up"),
    **dict.fromkeys("represent represents represented representing".split(), ""),
    **dict.fromkeys(("equal", "equivalent"), "to"),  # "Remittances are equal to 24% of GDP"
    **dict.fromkeys("take takes took taking".split(), ""),  # "China took 61% of exports": its share
    **dict.fromkeys("contribute contributes contributed contributing".split(), ""),  # "21% of GDP"
}
EQUAL_SHARE_WORDS = frozenset(("equal", "equivalent"))


def share_holder(lead: list[str]) -> str:
    """What holds a share a verb of SHARE_OF_VERBS gives ("Germany remained the top market,
    accounting for" -> "Germany"; "Exports to China made up" -> "Exports to China"; "Remittances
    are equal to" -> "Remittances"), or ""."""
    end = len(lead)
    if end and lead[-1].lower() in ("for", "up", "to"):
        end -= 1
    if not end or SHARE_OF_VERBS.get(lead[end - 1].lower(), None) != (
        lead[-1].lower() if end < len(lead) else ""
    ):
        return ""
    clause = lead[: end - 1]
    if lead[end - 1].lower() in EQUAL_SHARE_WORDS and (not clause or clause[-1].endswith(",")):
        return ""  # "cost the state $2bn in 2025, equivalent to 3%": the amount's, read elsewhere
    if clause[-1:] == [","]:
        if lead[end - 1].lower() in EQUAL_SHARE_WORDS:
            return ""  # "cost the state $2bn in 2025, equivalent to 3%": the amount's, read elsewhere
        return hung_on(clause[:-1])  # a participle after a comma: the subject of the clause it hangs on
    head = head_of(
        noun_phrase_before(strip_lower(clause, AUXILIARIES | BE_WORDS), SUBJECT_PREPOSITIONS, subject=True)
    )
    return "" if not head or head.lower() in PRONOUNS else head


# Nouns that name a measured quantity: before a change verb they are what a physical measurement
# measures ("Oil output rose to 9 million bpd"); other nouns there may be what holds it ("Highs
# rose to 31C": the temperature).
MEASURE_HEADS = frozenset(
    """output production catch limit limits volume volumes level levels intake rate rates demand
    supply capacity consumption exports imports area harvest yield yields""".split()
)


def _names_a_measure(head: str, physical: bool) -> bool:
    """Whether the noun before a change verb names what a measurement measures: any noun for a
    rate or a scale reading ("fertility rate"), a MEASURE_HEADS noun for a physical unit."""
    if not head or " not" in head:
        return False
    return not physical or head.rsplit(" ", 1)[-1].lower() in MEASURE_HEADS


# Nouns a maturity in years qualifies ("the 30-year yield", "10-year Treasury notes"): its subject
# is the maturity of the bond, of which a yield is the yield.
MATURITY_NOUNS = frozenset("bond bonds note notes gilt gilts bund bunds treasuries debt paper".split())
YIELD_NOUNS = frozenset(("yield", "yields"))
MATURITY_WORDS = 3  # the words read after "N-year" for such a noun ("government bond")


# Verbs of a sum needed, and the period words after a sum that make it a cost per period ("needs
# $2m a year to run", "requires Rs 25 lakh annually to maintain").
NEED_VERBS = frozenset("need needs needed require requires required".split())
PERIOD_COSTS = {"year": "annual", "annum": "annual", "month": "monthly", "week": "weekly", "day": "daily"}
RUN_PHRASE_WORDS = 6  # the most words read after "to" for what the sum runs ("to run its two museums")


def running_cost(lead: list[str], after: list[str]) -> str:
    """What a sum needed for a purpose pays for, when a need verb stands right before it and "to"
    and a verb follow it, with its period ("The shelter needs $420,000 a year to keep its doors
    open" -> "annual cost to keep its doors open"); else "". A sum needed with no "to" ("needs $2m
    more") or after another verb ("raised $2m a year to fund") is no such cost."""
    if not lead or lead[-1].lower() not in NEED_VERBS:
        return ""
    words = after
    period = ""
    if words[:1] and words[0].lower() in ("a", "an", "per", "each", "every") and words[1:2]:
        period = PERIOD_COSTS.get(words[1].lower(), "")
        if not period:
            return ""
        words = words[2:]
    elif words[:1] and words[0].lower() == "annually":
        period, words = "annual", words[1:]
    if words[:1] != ["to"] or len(words) < 3 or not words[1].isalpha() or not words[1].islower():
        return ""
    phrase: list[str] = []
    for word in words[1 : 1 + RUN_PHRASE_WORDS]:
        if not (word[0].isalnum() or word in "'’-") or word.lower() in BOUNDARY_WORDS:
            break
        phrase.append(word)
    if len(phrase) < 2:
        return ""
    doer = _doer(lead[:-1])
    run = " ".join(phrase).replace(" - ", "-")  # "its 12-bed unit" comes as three tokens
    return f"{period} cost {f'for {doer} ' if doer else ''}to {run}".lstrip()


# The second halves of a compound before a count that make it a record ("a career-high 38", "a
# season-best 14 assists", "a team-high nine rebounds"), and the minimum words that make a count in
# a run of games a count in each game ("at least 25 points in seven straight games").
RECORD_ENDS = frozenset(("high", "best", "low", "worst"))
STREAK_GAMES = 7  # the most words read after a count for "in six straight games"


def personal_record(body: str, fig: Figure, lead: list[str], before: list[str], after: list[str]) -> str:
    """A count that a record compound qualifies ("a career-high 38 against the Hawks" -> "career-high";
    with its noun, "career-high points"), or a minimum count in each of a run of games ("at least 25
    points in seven straight games" -> "points in each of seven straight games"); else ""."""
    compound = lead[-1].lower() if lead else ""
    first, dash, last = compound.partition("-")
    if dash and last in RECORD_ENDS and first.isalpha() and first not in RECORD_ENDS:
        # not "a high-rise 40", "a high-low 3"; the clause names whose record it is ("Okafor poured
        # in a career-high 38" -> "Okafor poured career-high")
        opening = body.rfind(". ", max(0, fig.start - WINDOW), fig.start)
        clause = clause_subject(body, opening + 2 if opening >= 0 else max(0, fig.start - WINDOW), fig.start)
        if compound not in clause.lower():
            clause = compound
        return f"{clause} {' '.join(body[fig.core[1] : fig.end].split())}".rstrip()
    if not (
        fig.end - fig.start >= 8
        and body[fig.start : fig.start + 8].lower() == "at least"
        or [w.lower() for w in before[-2:]] == ["at", "least"]
    ):
        return ""  # "scored 25 points in seven straight games": a total over the run
    noun = " ".join(body[fig.core[1] : fig.end].split())
    if not noun or not noun.replace(" ", "").isalpha():
        return ""
    words = after[:STREAK_GAMES]
    if words[:1] == ["and"] and len(words) > 2 and words[1][:1].isdigit():
        words = words[3:]  # "at least 12 points and 8 assists in five consecutive games"
    if len(words) > 3 and words[0] == "in" and words[2].lower() in IN_A_ROW_WORDS and words[3].isalpha():
        return f"{noun} in each of {' '.join(words[1:4])}"
    return ""


# A rate per day or per shift, a comma, then "N days a week" or "N months a year": how often the
# rate's deed happens, not more of the rate's thing ("The mill runs two shifts a day, six days a
# week": the days a week the mill runs, not shifts).
RE_RATE_THEN_FREQUENCY = re.compile(
    r"\s+(?:a|an|per|each)\s+(?:day|night|shift|week|month)\s*,\s*(?:and\s+)?"
)
RE_FREQUENCY_AFTER = re.compile(r"\s+(?:a|an|per|each)\s+(week|month|year|season)\b")
FREQUENCY_GAP = len(" per shift, and ")


def _frequency_after_rate(fig: Figure, rate: Figure, body: str, sentence_start: int) -> str:
    """ "days a week mill runs" for a span per period right after another rate and a comma ("The
    mill runs two shifts a day, six days a week"), named by the rate's clause; else ""."""
    if fig.start - rate.end > FREQUENCY_GAP or not RE_RATE_THEN_FREQUENCY.fullmatch(
        body, rate.end, fig.start
    ):
        return ""
    per = RE_FREQUENCY_AFTER.match(body, fig.end)
    if not per:
        return ""
    clause = clause_subject(body, sentence_start, rate.start)
    units = fig.unit if fig.unit.endswith("s") else f"{fig.unit}s"
    return f"{units} a {per.group(1)} {clause}" if clause and fig.unit.isalpha() else ""


def _maturity(body: str, fig: Figure) -> str:
    """ "maturity of the bond" for a yield, "maturity of the government bonds" for the bonds an
    "N-year" qualifies, else ""."""
    at = body.index("-year", fig.start) + len("-year")
    if body.startswith("s", at) or body.startswith("-old", at):
        return ""  # "30-years", "a 30-year-old": no maturity
    words = tokens(body, at, min(len(body), at + 40))[:MATURITY_WORDS]
    named: list[str] = []
    for word in words:
        lower = word.lower()
        if lower in YIELD_NOUNS and not named:
            return "maturity of the bond"
        if not word.isalpha():
            return ""
        named.append(word)
        if lower in MATURITY_NOUNS:
            return f"maturity of the {' '.join(named)}"
    return ""


# Words after a change noun that name what changed ("a 3% rise in sales", "a 12% cut to the budget").
CHANGED_OPENERS = frozenset(("in", "to", "of", "for", "on"))


def _named_change(fig: Figure, lead: list[str], after: list[str]) -> bool:
    """Whether a percent change is named as a change noun after a determiner, with no phrase after
    it saying what changed ("the 3.15% rise was", "A 21% cut means"): a change told before."""
    return (
        fig.kind == "percent_change"
        and bool(lead)
        and lead[-1].lower() in DETERMINERS
        and bool(after)
        and after[0].lower() in CHANGE_NOUNS
        and (len(after) < 2 or after[1].lower() not in CHANGED_OPENERS)
    )


# Places whose people "of" counts are their population ("a country of 170 million people").
def home_of(before: list[str]) -> str:
    """ "population of <place>" for the people a place is "home to", the place being the noun
    phrase before ", home to" or "is home to" ("The town of Ebo, home to", "Lagos is home to");
    "population" when no place is read."""
    words = list(before)
    while words and (words[-1] in (",", "—", "–") or words[-1].lower() in BE_WORDS):
        words.pop()
    phrase = noun_phrase_before(words, subject=True)
    inside = [i for i, w in enumerate(phrase) if w.lower() in PREPOSITIONS and w.lower() != "of"]
    if inside:
        phrase = phrase[inside[-1] + 1 :]  # "power in the northern camp, home to": the camp's
    while phrase and phrase[0].lower() in DETERMINERS:
        phrase = phrase[1:]
    return f"population of {' '.join(phrase)}" if phrase else "population"


PLACE_NOUNS = frozenset(
    "country nation city town village state province region island islands archipelago metropolis district".split()
)
INHABITANTS = frozenset(("", "people", "inhabitants", "residents", "souls"))


def _named_after_be(after: list[str]) -> str:
    """The plural noun a bare count is said to be ("Some 1,375 are women", "12 were children"), or ""."""
    if len(after) < 2 or after[0].lower() not in ("are", "were"):
        return ""
    noun = after[1]
    if not noun.islower() or not (noun in PEOPLE_NOUNS or noun.endswith("s") and not noun.endswith("ss")):
        return ""
    return " ".join(noun_after(after[1:], 2))


STATE_AUXILIARIES = BE_WORDS | AUXILIARIES  # "were", "will be", "had been" before a bare count's state
STATE_WORDS = 5  # the longest state read after a bare count's verb


def _state_after_be(after: list[str]) -> str:
    """The state a bare count is said to be in, by a participle phrase or a hyphened adjective after
    its verb "to be" ("Eleven were taken to hospital" -> "taken to hospital"; "14 will be
    five-member" -> "five-member"), or ""."""
    rest = after
    while rest and rest[0].lower() in STATE_AUXILIARIES:
        rest = rest[1:]
    if (
        len(rest) == len(after)
        or not rest
        or not any(w.lower() in BE_WORDS for w in after[: len(after) - len(rest)])
    ):
        return ""  # no verb "to be": "Eleven went home"
    first = rest[0]
    if "-" in first and first.islower() and all(part.isalpha() for part in first.split("-")):
        return first  # "14 will be five-member"
    lower = first.lower()
    if not first.islower() or not (
        participle(lower) and lower.endswith("ed") or lower in IRREGULAR_PARTICIPLES
    ):
        return ""
    state = [first]
    for word in rest[1:STATE_WORDS]:
        lower = word.lower()
        if (
            not (word[0].isalnum() or word in "'’-")
            or lower in BOUNDARY_WORDS
            or lower in WEEKDAYS
            or lower in ("and", "or")
        ):
            break
        state.append(word)
    while len(state) > 1 and (state[-1].lower() in PREPOSITIONS or state[-1].lower() in DETERMINERS):
        state.pop()  # "arrested on Friday": no weekday
    return " ".join(state)  # "taken to hospital", "arrested at the scene"


def _fronted_group(lead: list[str]) -> str:
    """The group a fronted "Of" or "Among" phrase names before a bare count's clause ("Of the
    claimants, 187 have" -> "claimants"), or ""."""
    if len(lead) < 3 or lead[-1] != ",":
        return ""
    opening = max((i for i, w in enumerate(lead[:-1]) if w in CLAUSE_MARKS), default=-1) + 1
    words = lead[opening:-1]
    if len(words) < 2 or words[0].lower() not in WHOLE_OPENERS or len(words) > FRONTED_WHOLE_WORDS:
        return ""
    group = words[2:] if words[1].lower() in ARTICLES else words[1:]
    return " ".join(group) if group and all(w.isalpha() for w in group) else ""


DEED_STOPS = frozenset(("since", "after", "before", "in", "on", "at", "during"))  # "died since": no deed


def _opening_group(before: list[str]) -> str:
    """The group a sentence's opening "Of" or "Among" phrase names when a bare count, or a list of
    them joined by "and", follows its comma ("Of the passengers, 12 drowned and" -> "passengers"),
    or ""."""
    if not before or before[0] not in ("Of", "Among") or "," not in before[: FRONTED_WHOLE_WORDS + 2]:
        return ""
    comma = before.index(",")
    rest = before[comma + 1 :]
    if any(
        w in CLAUSE_MARKS and not (w == "," and rest[i + 1 : i + 2] == ["and"]) for i, w in enumerate(rest)
    ):
        return ""  # another clause mark since, not a list's ", and": "Of the dead, most were men; 12 ..."
    return _fronted_group([w for w in before[: comma + 1] if not w[0].isdigit()])  # "Of the 300 passengers,"


def _deed_after(after: list[str]) -> str:
    """What a bare count of people did or had done to them, read after it ("drowned" -> "who
    drowned", "have died since May" -> "who died", "were killed by lightning" -> "killed by
    lightning"), or ""."""
    rest = after
    while rest and rest[0].lower() in STATE_AUXILIARIES:
        rest = rest[1:]
    passive = any(w.lower() in BE_WORDS for w in after[: len(after) - len(rest)])
    deed: list[str] = []
    for word in rest[:STATE_WORDS]:
        lower = word.lower()
        if (
            not word.isalpha()
            or lower in BOUNDARY_WORDS
            or lower in ("and", "or")
            or deed
            and lower in DEED_STOPS
        ):
            break
        deed.append(word)
    while deed and (deed[-1].lower() in PREPOSITIONS or deed[-1].lower() in DETERMINERS):
        deed.pop()
    if not deed or not deed[0].islower() or not (deed[0].endswith("ed") or deed[0] in IRREGULAR_PARTICIPLES):
        return ""  # "12 were children": no deed
    return " ".join(deed) if passive else f"who {' '.join(deed)}"


# Verbs whose count names a group or a capacity, not the people counted ("The firm employs 7,800
# people": its employees; "The stadium holds 60,000": its capacity), the bare nouns a capacity
# counts ("seats 900 people"), and the words before "hold" that make it a capacity ("can hold").
GROUP_VERBS: dict[str, str] = {
    **dict.fromkeys("employs employ employed employing".split(), "employees"),
    **dict.fromkeys("holds seats accommodates".split(), "capacity"),
}
CAPACITY_MODALS = frozenset("can could will would".split())
PARTITIVE_PRONOUNS = frozenset(("them", "those", "these", "whom"))  # "1,315 of them were children"
CAPACITY_NOUNS = BARE_COUNT_NOUNS - {"lives", "times"}
TOTALITY_WORDS = frozenset(("all", "the", "its", "their"))  # between a verb and its count: "matched all five"
OCCASION_NOUNS = frozenset(("times",))  # a count of occasions a doer did something: "has married four times"
# verbs of holding people after "can" or "could" ("trains can carry 900 passengers"): a capacity
# of people, as "hold" is after any of CAPACITY_MODALS ("will carry 2.8 million passengers a year"
# is traffic expected, no capacity)
MODAL_CAPACITY_VERBS = frozenset("carry accommodate seat house".split())
ABLE_MODALS = frozenset(("can", "could"))
MODAL_HOLDS = [[modal, "hold"] for modal in sorted(CAPACITY_MODALS)] + [
    [modal, verb] for modal in sorted(ABLE_MODALS) for verb in sorted(MODAL_CAPACITY_VERBS)
]
DISTRIBUTIVES = frozenset(("each", "every"))  # "Each road death costs": the cost of a road death
BUILT_FOR = frozenset(("built", "designed"))
ROOM_HAVERS = frozenset(("has", "have", "had", "with"))  # "has room for 900 people": a capacity
NOW_WORDS = frozenset(("now", "currently", "today"))  # "a centre built for 400 people": its capacity
# adverbs of time and degree that stand between a clause's subject and its verb ("a farmer now
# pays", "the council still owes"): no part of the subject
VERB_ADVERBS = NOW_WORDS | frozenset("still already also typically usually often then therefore".split())


INTERVAL_SUBJECT = "interval"  # what a span after "every" measures
WHOSE_REACH = 8  # words before a figure read for "whose" and its noun


def whose_head(before: list[str]) -> str:
    """The noun after "whose" in the figure's clause, up to its verb ("the precept, whose cost has
    grown by" -> "cost"), or ""."""
    lead = before[-WHOSE_REACH:]
    if "whose" not in lead:
        return ""
    clause = lead[len(lead) - lead[::-1].index("whose") :]
    if "," in clause:
        return ""  # "The carrier, whose fleet is ageing, was valued at": the clause is over
    words: list[str] = []
    for word in clause:
        lower = word.lower()
        if lower in AUXILIARIES or lower in BE_WORDS or lower in CHANGE_WORDS:
            break
        if not word[0].isalpha():
            return ""
        words.append(word)
    return " ".join(words) if 0 < len(words) <= 3 else ""


# "number" as a verb after a relative pronoun (vocab.NUMBERING_VERBS): the count is of the noun
# before the pronoun ("its depots, which number 31", "the island's residents, who now number about 900")
NUMBERED_NOUN_WORDS = 4  # the longest noun phrase read before the relative pronoun


def _numbered_noun(lead: list[str]) -> str:
    """The noun phrase a bare count is the number of when "which number" or "who number" stands
    before it ("the ferries, which number 12" -> "ferries"), or ""."""
    if not lead or lead[-1].lower() not in NUMBERING_VERBS:
        return ""
    words = strip_lower(lead[:-1], VERB_ADVERBS)  # "who now number"
    if len(words) < 3 or words[-1].lower() not in ("which", "who"):
        return ""
    words = words[:-1]
    if words[-1:] == [","]:
        words = words[:-1]
    phrase = [w for w in noun_phrase_before(words) if w.lower() not in DETERMINERS]
    if len(phrase) > NUMBERED_NOUN_WORDS:  # "the daily rate for seasonal cane cutters, who": the object
        cut = max((i for i, w in enumerate(phrase) if w.lower() in PREPOSITIONS), default=-1)
        phrase = phrase[cut + 1 :] if cut >= 0 else phrase
    if not phrase or len(phrase) > NUMBERED_NOUN_WORDS or phrase[0].lower() in PRONOUNS:
        return ""
    return " ".join(phrase) if all(w.replace("-", "").replace("'", "").isalpha() for w in phrase) else ""


def _group_by_verb(lead: list[str], noun: str, ends: bool, shared: bool = False) -> str:
    """What a count names when the verb before it names a group or a capacity (GROUP_VERBS; "built
    for"), with the noun phrase that does it ("employees of the company"), else ""."""
    if not lead:
        return ""
    if len(lead) > 3 and lead[-1] == "and" and lead[-2].isalpha() and lead[-3][:1].isdigit():
        # "can carry up to 600 passengers and 150 cars": the second count shares the first's capacity
        # verb ("employs 300 people and 40 contractors" names no second group of employees)
        first = _group_by_verb(without_approx(lead[:-3]), noun, ends, shared=True)
        return first if first.startswith("capacity") else ""
    verb = lead[-1].lower()
    modal = False
    if verb == "for" and len(lead) > 1 and lead[-2].lower() in BUILT_FOR:
        verb, lead = "seats", lead[:-1]
    elif verb == "for" and len(lead) > 2 and lead[-2].lower() == "room" and lead[-3].lower() in ROOM_HAVERS:
        verb, lead = "seats", lead[:-2]  # "The arena has room for 18,500 fans": its capacity
    elif (
        verb == "for"
        and len(lead) > 3
        and lead[-3] == "in"
        and lead[-2].isdigit()
        and lead[-4].lower() in BUILT_FOR
    ):
        verb, lead = "seats", lead[:-3]  # "Camp Jail, built in 1912 for 1,050 prisoners"
    elif verb == "hold" and len(lead) > 1 and lead[-2].lower() in CAPACITY_MODALS:
        verb, lead, modal = "holds", lead[:-1], True  # "The centres can hold 3,000 people"
    elif verb in MODAL_CAPACITY_VERBS and len(lead) > 1 and lead[-2].lower() in ABLE_MODALS:
        verb, lead, modal = "holds", lead[:-1], True  # "The new trains can carry up to 900 passengers"
    group = GROUP_VERBS.get(verb, "")
    if not group:
        return ""
    if (
        group == "capacity"
        and not (modal and shared)
        and (noun.lower() not in CAPACITY_NOUNS if noun else not ends)
    ):
        return ""  # "The partners hold 84 of the 179 seats": a part of a whole; "holds 280 million shares"
    if group == "capacity" and lead[-2:-1] and lead[-2].lower() in NOW_WORDS:
        return ""  # "built for 1,050, now holds 4,186": what it holds now, not what it can hold
    # "..., and can carry": the doer is far back; "The mill makes paper and employs": it opens the sentence
    doer = _doer(lead[:-1]) if lead[-2:-1] != ["and"] else _and_shared_doer(lead[:-2])
    return f"{group} of {doer}" if doer else group


SHARED_DOER_WORDS = 3  # the longest noun phrase read as the subject a verb after "and" shares


def _and_shared_doer(words: list[str]) -> str:
    """The subject a verb after "and" shares with the clause in `words`: the noun phrase that opens
    it, up to its first verb ("The mill makes paper" -> "mill"; "Tourism accounts for 9% of GDP" ->
    "Tourism"), or the noun before ", which" that opens it ("the plant, which has ..." -> "plant");
    "" when no sentence's start is there or a pronoun opens it ("It sells ...")."""
    cut = max((i for i, w in enumerate(words) if w in CLAUSE_MARKS or w.lower() in CLAUSE_WORDS), default=-1)
    if cut > 0 and words[cut].lower() in ("which", "who"):
        return _doer(words[: cut + 1])  # "the plant, which has ... and employs": the plant
    if cut >= 0 or not words or not words[0][:1].isupper():
        return ""  # a clause inside the sentence, or its start out of reach
    at = 1 if words[0].lower() in DETERMINERS else 0
    phrase: list[str] = []
    for i in range(at, min(len(words), at + SHARED_DOER_WORDS + 1)):
        word = words[i]
        lower = word.lower()
        verb = (
            lower in LINK_WORDS
            or lower in CHANGE_WORDS
            or lower in AUXILIARIES
            or past_form(lower)
            or lower in PAST_VERBS
            or bool(phrase)
            and word.islower()
            and lower.endswith("s")
            and not lower.endswith("ss")
            # a verb in -s after "The ..." or before a function word or a number ("Tourism accounts
            # for"), not a plural noun after an adjective ("Local farmers grow")
            and (
                at
                or i + 1 < len(words)
                and (
                    words[i + 1].lower() in FUNCTION_WORDS
                    or words[i + 1][:1].isdigit()
                    or _ly_adverb(words[i + 1])  # "Mining accounts directly for"
                )
            )
        )
        if verb:
            break
        if not word.replace("'", "").replace("’", "").isalpha() or lower in FUNCTION_WORDS:
            return ""
        phrase.append(word)
    else:
        return ""  # no verb within reach: no short subject opens the sentence
    if not phrase or phrase[0].lower() in PRONOUNS:
        return ""
    return " ".join(phrase)


CAPACITY_WORDS = 3  # the longest phrase read back from "capacity" ("the airport's annual capacity")


def _capacity_phrase(words: list[str]) -> str:
    """The phrase that ends in "capacity" (its last word), without determiners: "airport's
    capacity", "annual capacity"."""
    phrase: list[str] = []
    for word in reversed(words[-CAPACITY_WORDS:]):
        lower = word.lower()
        if (
            not word.replace("'", "").replace("’", "").isalpha()
            or lower in DETERMINERS
            or lower in PREPOSITIONS
        ):
            break
        if lower in BE_WORDS or lower in AUXILIARIES or lower in ("has", "have", "had", "with"):
            break
        phrase.insert(0, word)
    return " ".join(phrase)


DOER_PLACE_PREPOSITIONS = frozenset(("in", "at"))  # "A ticket in Vienna costs": where the doer is
DOER_PLACE_WORDS = 3  # the longest place phrase read after a doer's noun ("in the far north")
# the prepositions of a place phrase read across to the doer's noun before it ("A seat on the ferry costs")
DOER_PLACE_OPENERS = DOER_PLACE_PREPOSITIONS | {"on", "to"}  # "A trip to the dentist costs": where one goes


# verbs of saying that a reported clause follows without "that" ("She said a sack of rice costs"):
# the clause's subject opens after them


def _doer(words: list[str]) -> str:
    """The noun phrase that opens the clause of the verb after `words` ("company" in "The company,
    which"; "Lampedusa's reception centre" in "Lampedusa's reception centre ,"; "ticket in Vienna"
    in "A ticket in Vienna costs", a place after its noun), or "" (a pronoun, a phrase after a
    preposition, a number)."""
    stripped = strip_lower(words, AUXILIARIES | VERB_ADVERBS)  # "A bag now costs"
    words = without_relative_opening(stripped)
    relative = len(words) < len(stripped) and words[-1:] != [","]  # ", which": about the noun before it
    last = words[-1] if words else ""
    if len(words) > 2 and last.endswith(",") and last[:-1].isdigit() and words[-2] != ",":
        words = [*words[:-1], last[:-1], ","]  # "which opened in 2019,": a number's token takes the comma
    if words[-1:] == [","]:
        # "The bridge, which opened in 2019, cost": the noun before the aside; "the centre, built
        # for": the noun before the comma
        words = without_aside(words) if without_aside(words) != words else words[:-1]
    phrase = _with_place_opener(words, noun_phrase_before(words))
    opener = words[-len(phrase) - 1].lower() if phrase and len(phrase) < len(words) else ","
    if "-" in phrase[:-2]:  # "The 580-km line": the measure before the noun is an adjective
        phrase = phrase[len(phrase) - phrase[::-1].index("-") + 1 :]
    phrase = _without_measure(phrase)  # "A 2kg packet of maize flour": so is a glued unit symbol
    named = _before_qualifier(
        [w for w in phrase if w.lower() not in DETERMINERS and w.lower() not in DISTRIBUTIVES]
    )
    placed = _place_after_noun(named)  # "ticket in Vienna": the place's preposition is let through
    if placed and len(named) > LASTING_WORDS:
        named, placed = named[:placed], 0  # "two-bedroom flat in the old town": too long, the noun alone
    if (
        not named
        or opener not in CLAUSE_MARKS
        and opener not in CLAUSE_WORDS
        and opener not in SAYING_WORDS
        and opener not in CONSEQUENCE_WORDS
        and not (
            relative and opener in PREPOSITIONS and (named[:placed] if placed else named)[-1][:1].isupper()
        )
        or len(named) > LASTING_WORDS
    ):
        # a name before ", which" is what the clause is about, after a preposition too ("work at
        # the Brookvale mine, which employs"); a common noun there may end a longer phrase
        # ("treatment at a clinic, which cost": the treatment)
        return ""
    head = named[:placed] if placed else named
    if named[-1] == "of" or "not" in named or any(w.lower() in PREPOSITIONS and w != "of" for w in head):
        return ""  # "mostly in Finland": an aside, no noun phrase
    sized = named[:-2] if len(named) > 2 and named[-2] == "of" and named[-1].isdigit() else named
    if named[0].lower() in PRONOUNS or not all(w.replace("'", "").replace("-", "").isalpha() for w in sized):
        return ""  # (a container and its size, "a pack of 20", is a doer: "a pack of 20 will cost")
    return " ".join(named)


# words that open a clause of consequence, its doer right after them ("rents rose, meaning a flat
# now costs", "which means a ticket costs")
CONSEQUENCE_WORDS = frozenset(("meaning", "means"))


def _with_place_opener(words: list[str], phrase: list[str]) -> list[str]:
    """The doer's phrase with the noun its place phrase follows: a noun phrase read back to "in",
    "at" or "on" ("the lake" in "A cabin at the lake costs") and a short noun phrase before that preposition
    that opens its clause ("A cabin") are one phrase ("A cabin at the lake"); else `phrase`."""
    at = len(words) - len(phrase) - 1
    if not phrase or at < 1 or words[at].lower() not in DOER_PLACE_OPENERS or names_a_time(" ".join(phrase)):
        return phrase  # "The council on Tuesday approved": a time, no place
    head = noun_phrase_before(words[:at])
    opener = words[at - len(head) - 1].lower() if len(head) < at else ","
    if not head or len(head) > LASTING_WORDS or opener not in CLAUSE_MARKS and opener not in CLAUSE_WORDS:
        return phrase  # "Sales rose 4% at the group": no noun phrase that opens its clause before "at"
    return [*head, words[at], *phrase]


def _before_qualifier(named: list[str]) -> list[str]:
    """A noun phrase without the phrase of a preposition other than "of" that qualifies its noun
    ("three-room cottage in the old town" -> "three-room cottage" where the whole is too long;
    "tunnel under the river" -> "tunnel"); the phrase itself when no noun stands before the preposition ("mostly in Finland") or
    the phrase is a short place after the noun ("ticket in Vienna": _place_after_noun)."""
    placed = _place_after_noun(named)
    if (
        placed
        and not named[placed - 1].lower().endswith("ed")
        and all(w.isalpha() for w in named[placed + 1 :])
    ):
        return named
    for i, word in enumerate(named):
        lower = word.lower()
        if lower in PREPOSITIONS and lower != "of":
            noun = named[i - 1].lower() if i else ""
            if i > 1 and named[i - 1].islower() and noun.endswith("ed") and participle(noun):
                i -= 1  # "A portrait painted in 1932": a reduced relative about the noun before it
                noun = named[i - 1].lower()
            if noun.isalpha() and noun not in NOT_NOUN_ENDS and not noun.endswith("ly"):
                return named[:i]
            return named
    return named


def _place_after_noun(named: list[str]) -> int:
    """Where a place phrase after a doer's noun starts ("ticket in Vienna" -> 1), or 0: "in" or
    "at" after the noun, then at most DOER_PLACE_WORDS words with no preposition among them."""
    at = next((i for i, w in enumerate(named) if w.lower() in PREPOSITIONS and w != "of"), 0)
    if not at or named[at].lower() not in DOER_PLACE_PREPOSITIONS or len(named) - at - 1 > DOER_PLACE_WORDS:
        return 0
    if named[0].lower().endswith("ly"):
        return 0  # "mostly in Finland": an adverb's aside, no noun
    rest = named[at + 1 :]
    return at if rest and not any(w.lower() in PREPOSITIONS for w in rest) else 0


UNIT_SYMBOL_LETTERS = 3  # the longest unit symbol read after a number inside a noun phrase ("kg", "km")


def _without_measure(phrase: list[str]) -> list[str]:
    """A noun phrase without a measurement that qualifies its noun, a number and its short
    lower-case unit symbol ("A 2kg packet of flour" -> "A packet of flour"); the phrase itself when
    none stands before a noun in it ("The 40 buses")."""
    for i, word in enumerate(phrase[:-2]):
        if word[0].isdigit():
            end = i + 2 if _unit_symbol(phrase[i + 1]) else i + 1
            if end < len(phrase) - 1 and phrase[i + 1] in AREA_SYMBOL_OPENERS and _unit_symbol(phrase[end]):
                end += 1  # "A 312 sq ft studio": a symbol of two words
            return [*phrase[:i], *phrase[end:]] if end > i + 1 else phrase
    return phrase


AREA_SYMBOL_OPENERS = frozenset(("sq", "cu"))  # the first word of a two-word symbol ("sq ft", "cu m")


def _unit_symbol(word: str) -> bool:
    """Whether a word reads as a short lower-case unit symbol ("kg", "km", "sq", "ft")."""
    return len(word) <= UNIT_SYMBOL_LETTERS and word.isalpha() and word.islower()


# Nouns of a deed that takes money, before "of" and the amount ("the confiscation of €50,000", "the
# theft of £9,000"): the amount is the sum so taken, named by the deed's participle.
TAKING_DEEDS: dict[str, str] = {
    "confiscation": "confiscated",
    "seizure": "seized",
    "theft": "stolen",
    "embezzlement": "embezzled",
    "misappropriation": "misappropriated",
    "forfeiture": "forfeited",
    "laundering": "laundered",
}
# Verbs whose amount is a measure they name: "The count cost 1.1 billion cedis" (its cost), "would
# save 180 million euros" (savings); and verbs of valuing before "at": "valuing the company at".
MEASURE_VERBS: dict[str, str] = {
    **dict.fromkeys("cost costs costing".split(), "cost"),
    **dict.fromkeys("save saves saving".split(), "savings"),
    **dict.fromkeys("invest invests invested investing".split(), "investment"),
    **dict.fromkeys(("fined", "fining"), "fine"),  # the verb forms only: "a £25,000 fine and £4,200"
    **dict.fromkeys("seek seeks sought seeking".split(), "sum sought"),  # "a claim, seeking 1,500 euros"
    **dict.fromkeys("request requests requested requesting".split(), "sum requested"),
}
# the word that joins a measure to the noun phrase that does it: "cost of the count", "investment by the firm"
MEASURE_DOERS: dict[str, str] = {
    "cost": "of",
    "savings": "of",
    "investment": "by",
    "sum sought": "by",
    "sum requested": "by",
}
JOINING_WORDS = frozenset(("and", "or", "but"))  # words that join a clause, none of its doer
VALUING_VERBS = frozenset("value values valued valuing".split())
VERB_OBJECT_WORDS = 3  # the longest object between such a verb and its amount ("cost the group")
NOT_OBJECT_WORDS = (
    PREPOSITIONS | LINK_WORDS | BE_WORDS | AUXILIARIES | frozenset(CHANGE_WORDS) | {"and", "or"}
)


# comparatives that bound an appraisal from one side after its "at" ("value him at nearer £2.5m")
NEARER_WORDS = (["nearer"], ["nearer", "to"], ["closer", "to"])


def joined_hyphens(words: list[str]) -> list[str]:
    """The tokens with a hyphen and the word or number after it joined to the word before ("Under",
    "-", "21" -> "Under-21")."""
    out: list[str] = []
    for word in words:
        if out and (word == "-" or out[-1].endswith("-")) and out[-1][:1].isalpha():
            out[-1] += word
        else:
            out.append(word)
    return out


def _named_by_verb(lead: list[str]) -> str:
    """What an amount measures when the verb before it names the measure (MEASURE_VERBS, its
    object between them: "cost the group") or values something "at" it ("valuing the company at"),
    with the noun phrase whose measure it is ("cost of the count", "valuation of company"); ""."""
    if not lead:
        return ""
    for near in NEARER_WORDS:
        if (
            len(lead) > len(near)
            and [w.lower() for w in lead[-len(near) :]] == near
            and lead[-len(near) - 1] == "at"
        ):
            lead = joined_hyphens(lead[: -len(near)])  # "value the Under-21 cap at nearer": its bound
            break
    if lead[-1].lower() == "at":
        # (the object's article read past too: "value the Scotland Under-21 cap at")
        for i in range(len(lead) - 2, max(-1, len(lead) - 4 - VERB_OBJECT_WORDS), -1):
            if lead[i].lower() in VALUING_VERBS:
                valued = [w for w in lead[i + 1 : -1] if w.lower() not in DETERMINERS]
                if (
                    valued
                    and all(w[:1].isalpha() for w in valued)
                    and valued[0].lower() not in PRONOUNS
                    and valued[0].lower() not in OBJECT_PRONOUNS
                ):
                    holder = _stock_holder(lead[:i]) if len(valued) == 1 and valued[0].islower() else ""
                    if holder:
                        return f"market value of {holder}"  # "Acme's shares rose 3%, valuing the company at"
                    if len(valued) == 1 and valued[0].islower() and _own_shares(lead[:i]):
                        return f"market value of {valued[0]}"  # "Its shares rose 3%, valuing the company at"
                    return f"valuation of {' '.join(valued)}"  # "valuing the four-year-old company at"
                doer = "" if valued else _doer(lead[:i]) or measured_before(lead[: i + 1])[0]
                if not doer and len(valued) == 1 and valued[0].lower() in OBJECT_PRONOUNS:
                    return "valuation"  # "Surveyors valued it at": a valuation of what "it" stands for
                return f"valuation of {doer}" if doer else ""  # "The deal, valued at"
        return ""
    asked = _asked_for(lead)
    if asked:
        return asked
    fined = _fined_with_long_object(lead)
    if fined:
        return fined
    for i in range(len(lead) - 1, max(-1, len(lead) - 2 - VERB_OBJECT_WORDS), -1):
        measure = MEASURE_VERBS.get(lead[i].lower())
        if measure:
            if any(not w[:1].isalpha() or w.lower() in NOT_OBJECT_WORDS for w in lead[i + 1 :]):
                return ""  # "Running costs rose to", "Cost savings of": no object of a verb
            joint = MEASURE_DOERS.get(measure, "")  # a fine is named without who imposes it
            head = lead[:i] if lead[i - 2 : i] != ["used", "to"] else lead[: i - 2]  # "A sack used to cost"
            head = without_bracket_asides(head)  # "A sack (about 50 kilos) of rice costs": the sack of rice
            doer = (_doer(head) or _opening_noun(head) or _bare_opening_noun(head)) if i and joint else ""
            named = doer.split()
            while named and named[0].lower() in JOINING_WORDS:
                named = named[1:]  # "and salaries for staff cost": the salaries
            if named and named[0].lower() in FUNCTION_WORDS:
                named = []  # "and in the south it costs": a phrase of place, no doer
            doer = " ".join(named)
            if not doer and joint and i == len(lead) - 1 and lead[i].lower().endswith("ing"):
                doer = _participle_noun(lead[:i])  # "a cottage or flat costing under": its cost
            return f"{measure} {joint} {doer}" if doer else measure  # "It will cost": the cost
    return ""


def without_bracket_asides(words: list[str]) -> list[str]:
    """The words without each closed bracketed aside ("a sack ( about 50 kilos ) of rice" -> "a
    sack of rice"): an aside inside a noun phrase, often a figure, is no part of it; an unclosed
    bracket stays."""
    if ")" not in words:
        return words
    out: list[str] = []
    opened = -1  # where the open aside starts in `out`
    for word in words:
        if word == "(":
            opened = len(out)
        elif word == ")" and opened >= 0:
            del out[opened:]
            opened = -1
            continue
        out.append(word)
    return out


OPENING_WORDS = 14  # the longest clause read back from a verb for the noun phrase that opens it
OPENING_DETERMINERS = ARTICLES | DISTRIBUTIVES  # "A room at the inn costs"


BARE_OPENING_WORDS = 2  # the longest bare noun phrase read at a clause's start ("Parking", "Rail fares")


def _bare_opening_noun(words: list[str]) -> str:
    """The noun phrase without a determiner that opens the sentence of the verb after `words`, up
    to a phrase of a preposition that qualifies it ("Parking at the busiest car parks will" ->
    "parking"), or "": no such phrase, or a name or a pronoun opening it."""
    if len(words) > OPENING_WORDS or not words or not words[0][:1].isupper() or not words[0][1:].islower():
        return ""  # "PORT OF SPAIN - Diesel costs": a dateline, no noun
    if any(w.lower() in PERSONAL_PRONOUNS or not w[:1].isalnum() or w[-1] in CLAUSE_MARKS for w in words[1:]):
        return ""  # "Smith at the time said it would": another subject, or another clause
    for k, word in enumerate(words[: BARE_OPENING_WORDS + 1]):
        if word.lower() in PREPOSITIONS:
            phrase = [words[0].lower(), *words[1:k]]
            if not k or not all(RE_LOWER_WORD.fullmatch(w) for w in phrase) or not words[k + 1 : k + 2]:
                return ""
            if not words[k + 1][:1].isalpha():
                return ""  # "More than 12,400 policyholders": an approximation, no noun
            if phrase[0] in PRONOUNS or phrase[0] in OPENING_DETERMINERS or phrase[0] in FUNCTION_WORDS:
                return ""
            return " ".join(phrase)
        if not RE_LOWER_WORD.fullmatch(word.lower()):
            return ""
    return ""


def _opening_noun(words: list[str]) -> str:
    """The noun phrase that opens the clause of the verb after `words`, from its determiner to a
    phrase of a preposition that qualifies it, without a measure ("A 3-km trip on the old ferry
    now" -> "trip"; "a flat of 60 square metres in the centre" -> "flat"), or "": no determiner
    opening the clause, no such phrase, a pronoun, verb or figure in the noun phrase."""
    window = words[-OPENING_WORDS:]
    start = 0
    for k in range(len(window) - 1, -1, -1):
        token = window[k]
        if token[-1] in CLAUSE_MARKS or token.lower() in CLAUSE_WORDS:  # "in 2019," takes its comma
            start = k + 1
            break
    else:
        if len(words) > OPENING_WORDS or not window[:1] or not window[0][:1].isupper():
            return ""  # no clause start in reach: the opener must open the sentence ("A flat ...")
    if start + 2 >= len(window) or window[start].lower() not in OPENING_DETERMINERS:
        return ""
    phrase: list[str] = []
    for j in range(start + 1, len(window)):
        lower = window[j].lower()
        if lower in PREPOSITIONS and (lower != "of" or window[j + 1 : j + 2] and window[j + 1][0].isdigit()):
            if j == len(window) - 1:
                return ""  # "The port plans to invest": "to" opens the verb, no phrase of a place
            break  # "on one of the city's ferries"; "of 60 square metres"
        phrase.append(window[j])
    else:
        return ""  # no qualifying phrase: the doer's own reading (_doer) holds
    if "-" in phrase[:-1]:  # "A 3-km trip": the measure before the noun is an adjective
        phrase = phrase[len(phrase) - phrase[::-1].index("-") + 1 :]
    named = _without_measure([*phrase, "."])[:-1]  # "A 2kg packet": so is a glued unit symbol
    if not named or len(named) > LASTING_WORDS or named[-1].lower() == "of":
        return ""
    for word in named:
        lower = word.lower()
        if (
            not word.replace("'", "").replace("-", "").isalpha()
            or lower in DETERMINERS
            or lower in PRONOUNS
            or lower in BOUNDARY_WORDS
            or lower in AUXILIARIES
            or lower in BE_WORDS
        ):
            return ""  # "The council said tickets on the ferry": a verb of saying, no noun phrase
    return " ".join(named)


UNIT_PRICE = "unit price"
EACH_REACH = 20  # the words read back from "at" for the things a price "each" is of
COUNTED_WORDS = 2  # the longest noun read after a count ("new shares")


def _counted_before(words: list[str]) -> str:
    """The noun after the last count in the words ("148 million tickets were sold" -> "tickets";
    "3 million bonds, or 8% of the issue," -> "bonds"), or ""."""
    for k in range(len(words) - 2, -1, -1):
        if not (words[k][0].isdigit() or words[k].lower() in UNIT_WORDS):
            continue
        rest = words[k + 1 :]
        while rest and rest[0].lower() in SCALE_WORDS:
            rest = rest[1:]
        noun: list[str] = []
        for word in rest[: COUNTED_WORDS + 1]:
            lower = word.lower()
            if not word.isalpha() or not word.islower() or lower in NOT_NOUN_ENDS or lower in BE_WORDS:
                break
            noun.append(word)
        if noun and len(noun) <= COUNTED_WORDS:
            return " ".join(noun)
    return ""


def _unit_price(lead: list[str], after: list[str]) -> str:
    """The price of each of the things counted before "at" when "each" or "apiece" follows the
    amount ("three bottles of red at £28 apiece" -> "unit price of bottles of red"; "the bonds at 98
    cents each" -> "unit price of bonds"); "unit price" when no such noun phrase stands before
    "at"; "" when no "at" opens the amount, no "each" or "apiece" follows it or a mark stands
    before "at"."""
    if lead[-1:] != ["at"] or not after or after[0].lower() not in giving.DISTRIBUTIVES:
        return ""
    phrase = noun_phrase_before(lead[:-1])
    if not phrase:  # "148 million tickets were sold for the draw, at $2 each": the things counted before
        counted = _counted_before(lead[-EACH_REACH:-1])
        return f"{UNIT_PRICE} of {counted}" if counted else UNIT_PRICE
    if "-" in phrase[:-1]:  # "20-litre containers": the measure before the noun is an adjective
        phrase = phrase[len(phrase) - phrase[::-1].index("-") + 1 :]
    count = max(
        (
            k
            for k, w in enumerate(phrase)
            if w[0].isdigit() or w.lower() in UNIT_WORDS or w.lower() in TENS_WORDS
        ),
        default=-1,
    )  # "300 tickets", "three bottles of red": the count of the things priced
    named = [w for w in phrase[count + 1 :] if w.lower() not in DETERMINERS and w.lower() not in SCALE_WORDS]
    if count < 0 and (len(phrase) > len(named) + 1 or not named or not named[-1].endswith("s")):
        return UNIT_PRICE  # "went on sale at $40 apiece": no things counted or named before "at"
    if not named or len(named) > LASTING_WORDS + 2 or not all(w.replace("'", "").isalpha() for w in named):
        return UNIT_PRICE
    return f"{UNIT_PRICE} of {' '.join(named)}"


# A fine's object is often a person named by a long phrase ("fined the owner of the Harbour Bar
# £2,000", "fined the rider of the fourth-placed horse $800"): the amount is the fine when only
# the object's words (names, "of", determiners) stand between "fined" and it
FINED_OBJECT_WORDS = 8  # the longest such object read
FINED_OBJECT_LINKS = frozenset(("of", "the", "a", "an", "its", "their", "his", "her"))


def _fined_with_long_object(lead: list[str]) -> str:
    """ "fine" when "fined" or "fining" stands before the amount with only a person's longer noun
    phrase between (see above), else ""."""
    for i in range(len(lead) - 1, max(-1, len(lead) - 2 - FINED_OBJECT_WORDS), -1):
        word = lead[i].lower()
        if word in ("fined", "fining"):
            between = lead[i + 1 :]
            if len(between) > VERB_OBJECT_WORDS and all(
                w[:1].isalpha() and (w.lower() in FINED_OBJECT_LINKS or w.lower() not in NOT_OBJECT_WORDS)
                for w in between
            ):
                return "fine"
            return ""
        if not word[:1].isalpha():
            return ""
    return ""


PARTICIPLE_NOUN_WORDS = 4  # the longest noun phrase read before a participle of measuring


def _participle_noun(words: list[str]) -> str:
    """The noun phrase a participle right after the words qualifies ("a cottage or flat" before
    "costing"), without determiners; "" when a pronoun, a number or a mark stands there."""
    phrase = [w for w in noun_phrase_before(words) if w.lower() not in DETERMINERS]
    while phrase and phrase[0].lower() in PREPOSITIONS:
        phrase = phrase[1:]  # "for a cottage or flat costing": the cottage or flat
    if [w.lower() for w in phrase] in (["each"], ["every"]) and words[-2:-1] == [","]:
        # "ordered 12 snow ploughs, each costing": each of the things counted before the comma
        counted = noun_phrase_before(words[:-2])
        numbers = [k for k, w in enumerate(counted) if w[:1].isdigit()]
        tail = counted[numbers[-1] + 1 :] if numbers else counted[1 - PARTICIPLE_NOUN_WORDS :]
        whole = [w for w in tail if w.lower() not in DETERMINERS and w.isalpha()]
        phrase = [phrase[0], *whole] if whole else phrase
    if not phrase or len(phrase) > PARTICIPLE_NOUN_WORDS or phrase[0].lower() in PRONOUNS:
        return ""
    return " ".join(phrase) if all(w.replace("-", "").isalpha() for w in phrase) else ""


STOCK_HOLDER_REACH = 30  # the words read back from a verb of valuing for the shares that moved


def _stock_holder(words: list[str]) -> str:
    """The name whose shares or stock the clause before a verb of valuing is about ("Acme's
    shares", "Acme shares", "Shares of Acme" -> "Acme"): what "the company" it values names; ""
    when no named shares stand there."""
    for i in range(len(words) - 1, max(-1, len(words) - 1 - STOCK_HOLDER_REACH), -1):
        if words[i].lower() not in STOCK_NOUNS:
            continue
        if i + 2 < len(words) and words[i + 1] == "of" and words[i + 2][:1].isupper():
            return words[i + 2]  # "Shares of Acme"
        name = words[i - 1] if i else ""
        for mark in ("'s", "’s"):
            name = name.removesuffix(mark)
        if (
            name[:1].isupper()
            and name.replace("-", "").isalpha()
            and name.lower() not in PRONOUNS | DETERMINERS
        ):
            return name  # "Acme's shares", "Acme shares"
        return ""
    return ""


OWNING_PRONOUNS = frozenset(("its", "their"))  # "Its shares": the shares of the company the clause is about


def _own_shares(words: list[str]) -> bool:
    """Whether the clause before a verb of valuing is about the shares of the company it names by
    a pronoun ("Its shares fell 9%, valuing"), read back as far as _stock_holder reads."""
    for i in range(len(words) - 1, max(0, len(words) - 1 - STOCK_HOLDER_REACH), -1):
        if words[i].lower() in STOCK_NOUNS:
            return words[i - 1].lower() in OWNING_PRONOUNS
    return False


# Phrases before an amount that add it to another ("on top of the $35m approved in 2021", "in
# addition to the $5m it gave"): the amount is named by the clause after it, not by the phrase.
ADDITION_PHRASES = (("on", "top", "of"), ("in", "addition", "to"))
ADDITION_LAST_WORDS = frozenset(phrase[-1] for phrase in ADDITION_PHRASES)
ADDED_SUM_WORDS = 6  # the most words read after the amount for what it is


def added_sum(lead: list[str], after: list[str]) -> str:
    """What an amount after "on top of" or "in addition to" is, by the relative or participle
    clause after it ("the $11,250 that is paid to every finalist" -> "sum that is paid to every finalist",
    "the $35m approved in 2021" -> "sum approved in 2021"), or ""."""
    words = lead[:-1] if lead[-1:] and lead[-1].lower() in DETERMINERS else lead
    if len(words) < 3 or words[-1].lower() not in ADDITION_LAST_WORDS:
        return ""  # the cheap test first
    if tuple(w.lower() for w in words[-3:]) not in ADDITION_PHRASES:
        return ""
    if not after:
        return ""  # the amount ends its sentence ("... on top of the $26,450.")
    first = after[0].lower()
    if not (first in ("that", "which") or after[0].islower() and first.endswith("ed") and len(first) > 4):
        return ""
    told: list[str] = []
    for word in after[:ADDED_SUM_WORDS]:
        if not (word[0].isalnum() or word in "'’-") or told and word.lower() in ("and", "but", "while"):
            break
        told.append(word)
    return f"sum {' '.join(told)}"


SHORT_WORDS = frozenset(("short",))


def shortfall(lead: list[str]) -> str:
    """What an amount right after "short of" or "short by" measures: the shortfall, of the clause's
    subject when one is named ("The fund is short of $19 million" -> "shortfall of fund"); "" for
    an amount with a determiner, a target missed ("short of the $50 million target")."""
    if len(lead) < 2 or lead[-1].lower() not in ("of", "by") or lead[-2].lower() not in SHORT_WORDS:
        return ""
    clause = strip_lower(lead[:-2], AUXILIARIES | BE_WORDS | frozenset(("still", "fell", "falls", "fall")))
    holder = _lasting_noun(clause) if clause else ""
    named = {w.lower() for w in holder.split()}
    return (
        "shortfall" if not holder or named & (PERSONAL_PRONOUNS | PERIOD_WORDS) else f"shortfall of {holder}"
    )


# Verbs that say where a market price ended a session ("Shares of Acme closed 2% higher at $27.45",
# "rose 3% to close at Sh24.60", "Brent settled at $81"); the words between such a verb and "at"
# may only state the day's change.
CLOSING_VERBS = frozenset("close closes closed ended ends finished finishes settled settles".split())
CLOSING_GAP = 5  # the most words of a change between the verb and "at" ("2.3 per cent higher")
STOCK_NOUNS = frozenset(("shares", "stocks", "stock"))


# prepositions whose phrase describes the noun before it ("the premium for cars with engines up to
# 1,600cc"), in an aside between commas too ("Category B, for larger cars, slipped": the aside is
# the noun's, and the verb after it)
DESCRIBING_PREPOSITIONS = frozenset(("for", "with"))


def _postmodified_head(clause: list[str]) -> str:
    """The noun a clause's subject names when a "for" or "with" phrase that holds a figure follows
    it ("the Category A premium for cars with engines up to 1,600cc" -> "Category A premium"), or
    "": read from the clause's determiner, not back from the figure."""
    opening = max((i for i, w in enumerate(clause) if w in CLAUSE_MARKS or w[-1] in ",;"), default=-1) + 1
    phrase = clause[opening:]
    if len(phrase) < 4 or phrase[0].lower() not in DETERMINERS:
        return ""
    at = next((k for k, w in enumerate(phrase) if w in DESCRIBING_PREPOSITIONS), 0)
    head = phrase[1:at]
    if at < 2 or not any(w[0].isdigit() for w in phrase[at:]) or not all(w.isalpha() for w in head):
        return ""
    return " ".join(head)


def _closing_price(lead: list[str]) -> str:
    """What an amount after a verb of closing and "at" measures: the closing price of what closed
    ("closing share price of Acme", "closing price of the copper contract"), or ""."""
    if len(lead) < 3 or lead[-1].lower() != "at":
        return ""
    verb = len(lead) - 2
    while verb >= max(0, len(lead) - 2 - CLOSING_GAP) and lead[verb].lower() not in CLOSING_VERBS:
        word = lead[verb].lower()
        if not (word[0].isdigit() or word in ("per", "cent", "percent", "%") or word in CHANGE_WORDS):
            return ""  # "closed the deal at", "ended the year at": no day's change
        verb -= 1
    if verb < 1 or lead[verb].lower() not in CLOSING_VERBS:
        return ""
    clause = lead[:verb]
    if clause[-1:] == ["to"]:
        clause = clause[:-1]  # "rose 2.7 per cent to close at": the clause before it closed
    closed = (
        _postmodified_head(clause)
        or clause_predicate_subject(clause)
        or head_of(noun_phrase_before(clause, SUBJECT_PREPOSITIONS))
    )
    words = closed.split()
    if not words or words[0].lower() in PRONOUNS or only_a_time(closed):
        return ""
    if len(words) > 2 and words[0].lower() in STOCK_NOUNS and words[1] == "of":
        return f"closing share price of {' '.join(words[2:])}"  # "Shares of Acme" closed
    if words[-1].lower() in STOCK_NOUNS:
        return f"{' '.join(words[:-1])} closing share price".strip()  # "Acme's shares" closed
    return f"closing price of {closed}"


WORTH_WORDS = frozenset(("worth",))  # "deals worth $5 billion": the value of the deals


# participles that open an aside giving a price after a noun and its comma ("Tickets, priced from
# $40 to $95,", "the phone, retailing at $699"); "sold" gives a price only of a plural noun's each
# ("the bottles, sold under its own brand for $9 each,"), not of a thing sold once ("a penthouse on
# Palm Jumeirah, sold for $44 million": a sale price)
PRICE_PARTICIPLES = frozenset("priced costing retailing".split())
SELL_VERBS = frozenset("sell sells sold selling".split())  # the forms of "sell": one table
BUY_VERBS = frozenset(
    "bought buy buys buying acquired acquire acquires acquiring purchased purchase purchases purchasing".split()
)
SOLD_PARTICIPLES = SELL_VERBS - {"sell", "sells"}
PRICE_ASIDE_REACH = 8  # tokens from the comma to the amount, at most


def _priced_aside(lead: list[str]) -> str:
    """ "price of <noun>" when the words before an amount open a price aside after a noun and its
    comma (see above), or ""."""
    window = lead[-PRICE_ASIDE_REACH - 2 :]
    if "," not in window:
        return ""  # the cheap test first: no aside
    for i in range(len(window) - 2, 0, -1):
        if window[i] == ",":
            noun = window[i - 1]
            verb = window[i + 1].lower()
            if not noun.isalpha() or noun.lower() in FUNCTION_WORDS:
                return ""
            plural = noun.islower() and noun.endswith("s") and not noun.endswith("ss")
            if verb in PRICE_PARTICIPLES or verb in SOLD_PARTICIPLES and plural:
                return f"price of {noun}"
            return ""
    return ""


WORTH_TOTALS = (("a", "total", "of"), ("a", "combined"))  # between "worth" and its amount


WORTH_OF = "value of "  # what _worth names
# the nouns of an agreement that pays a wage ("a one-year extension worth £9,000 a week")
PAY_AGREEMENTS = frozenset("contract contracts deal deals extension terms".split())


def wage_under(agreement: str) -> str:
    """ "wage under one-year extension" for an agreement whose worth is paid per span of time, or
    "" for any other thing ("a race worth $40,000 a year")."""
    return f"wage under {agreement}" if agreement.split()[-1].lower() in PAY_AGREEMENTS else ""


def _worth(lead: list[str]) -> str:
    """What an amount after "worth" measures: the value of the noun phrase "worth" follows ("the
    new jets, worth" -> "value of new jets"; "exports fell 9% to 27,000 tonnes worth" -> "value of
    exports"), or ""."""
    for total in WORTH_TOTALS:  # "worth a total of", "worth a combined": the worth all the same
        if [w.lower() for w in lead[-len(total) :]] == list(total):
            lead = lead[: -len(total)]
            break
    if not lead or lead[-1].lower() not in WORTH_WORDS:
        return ""
    counted = len(lead) > 2 and lead[-3][:1].isdigit()  # "27,000 tonnes worth": a figure's unit
    if len(lead) > 2 and lead[-3].lower() in ("a", "an") and lead[-2].isalpha() and lead[-2].islower():
        return f"{WORTH_OF}{lead[-2]}"  # "for a race worth": the noun "worth" follows
    head = clause_predicate_subject(lead[:-1]) if counted else measured_before(lead)[0]
    if counted and not head and RE_LOWER_WORD.fullmatch(lead[-2]):
        # "Last year the fleet landed 2,487 tonnes worth": the value of what the clause counts
        head = measured_before(lead)[0] or lead[-2]
    return f"{WORTH_OF}{head}" if head and not only_a_time(head) else ""


# Verbs of asking whose "for" names the amount asked ("asked lenders for $195 million", "is appealing
# for $40 million"): the sum requested, by the one who asks.
ASKING_VERBS = frozenset("ask asks asked asking appeal appeals appealed appealing".split())
ASKED_PARTICLES = giving.AMOUNT_PARTICLES  # "asked lenders for a further"


def _asked_for(lead: list[str]) -> str:
    """What an amount after a verb of asking, its object and "for" measures ("The ministry
    asked lenders for a further" -> "sum requested by ministry"), or "" when no asker opens the
    clause."""
    words = strip_lower(lead, ASKED_PARTICLES)
    if not words or words[-1].lower() != "for":
        return ""
    for i in range(len(words) - 2, max(-1, len(words) - 3 - VERB_OBJECT_WORDS), -1):
        if words[i].lower() in ASKING_VERBS:
            if any(not w[:1].isalpha() or w.lower() in NOT_OBJECT_WORDS for w in words[i + 1 : -1]):
                return ""  # "asked, for ...", "appealed to ... for": no plain object
            doer = _doer(strip_lower(words[:i], AUXILIARIES | BE_WORDS)) if i else ""
            return (
                f"sum requested by {doer}" if doer else ""
            )  # no asker named: what the sum is for tells more
    return ""


# Races named by their distance: the group that runs them before it ("the women's 5,000 metres"),
# the event after it ("the 400 metres hurdles", "the 200m freestyle") or a verb of winning and "the"
# before it ("won the 100 metres").
RACE_MEASURES = frozenset(("meter", "kilometer", "mile", "yard"))
RACE_GROUPS = frozenset("men's women's boys' girls' mixed junior".split())
RACE_EVENTS = frozenset(
    """hurdles steeplechase relay freestyle backstroke breaststroke butterfly medley sprint
    race final heat heats""".split()
)
RACE_WIN_VERBS = frozenset("won win wins winning took take takes taking".split())


def _race(quote: str, measure: str, before: list[str], after: list[str]) -> str:
    """The race a distance names ("men's 1,500 metres", "400 metres hurdles"), or ""."""
    if measure not in RACE_MEASURES:
        return ""
    group = before[-1:] if before and before[-1].lower() in RACE_GROUPS else []
    event = after[:1] if after and after[0].lower() in RACE_EVENTS else []
    ends = not after or not after[0][:1].isalpha() or after[0].lower() in PREPOSITIONS  # no noun after
    won = ends and [w.lower() for w in before[-2:]] in ([w, "the"] for w in RACE_WIN_VERBS)
    if not (group or event or won):
        return ""
    return " ".join([*group, " ".join(quote.split()), *event])


AGED_WORDS = 2  # the longest noun read before "aged" ("young people")


AGE_OPENERS = ("aged", "over", "under", "above", "below")  # how an age whose noun stands before it opens


def _aged_whom(body: str, fig: Figure, before: list[str]) -> str:
    """Whose age "aged N" or an age bound ("over 65", "under 12") gives: the noun right before it
    ("Drivers aged 17 to 24" -> "age of Drivers", "The victim, aged 34," -> "age of victim",
    "seniors over 65" -> "age of seniors"), or "" (a pronoun: "most of them aged")."""
    if not body.startswith(AGE_OPENERS, fig.start):
        return ""
    words = before[:-1] if before[-1:] == [","] else before
    if not body.startswith("aged", fig.start):
        words = words[-1:]  # "passengers under 25": the one noun that names persons (ages.py)
    noun: list[str] = []
    for word in reversed(words[-AGED_WORDS:]):
        lower = word.lower()
        if not word.isalpha() or lower in DETERMINERS or lower in PREPOSITIONS or lower in CLAUSE_WORDS:
            break
        if lower.endswith("ed") or lower in LINK_WORDS or lower in BE_WORDS or lower in PERIOD_WORDS:
            break  # "He died aged 81": a verb, no noun
        noun.insert(0, word)
    if not noun or any(w.lower() in PRONOUNS or w.lower() == "them" for w in noun):
        return ""
    return f"age of {' '.join(noun)}"


# a measurement joined to the noun it describes by a hyphen: "a brutal 178.5-km ride"
RE_HYPHENED_UNIT = re.compile(r"\d-[^\W\d_]")


# The verb of a price's lowest level: "starts at $699", "prices start at £40"
START_VERBS = frozenset("starts start started starting".split())
START_ADVERBS = frozenset(("again", "now", "still"))  # between the verb and "at": "starts again at"


def _starting_price(lead: list[str]) -> str:
    """ "starting price" (of the noun right before the verb, if any) when the words before an
    amount end with a verb of START_VERBS and "at", else ""."""
    if len(lead) > 2 and lead[-2].lower() in START_ADVERBS:
        lead = [*lead[:-2], lead[-1]]  # "starts again at"
    if len(lead) < 2 or lead[-1].lower() != "at" or lead[-2].lower() not in START_VERBS:
        return ""
    phrase = noun_phrase_before(without_aside(strip_lower(lead[:-2], NOW_WORDS)))  # "Tickets now start at"
    joined = phrase[-1:] and phrase[-1].lower() in ("and", "or", "but", "then")  # "is thinner and starts at"
    head = head_of(phrase) if phrase and phrase[-1][:1].isalpha() and not joined else ""
    if head.split(" ", 1)[0].lower() in PRICE_NOUNS:
        return head  # "Prices for the tour start at": the noun names the price
    return f"starting price of {head}" if head else "starting price"


SALE_REACH = 12  # how many words before "for" are read for "on sale"


def _sale_price(lead: list[str]) -> str:
    """ "sale price" when the amount follows "for" in a clause that puts something "on sale" ("will
    go on sale in the United States on Oct. 4 for $699"), else ""."""
    if len(lead) > 1 and lead[-1].lower() in FETCH_VERBS:  # "the flat fetched HK$9.2 million"
        doer = _doer(lead[:-1])
        return f"sale price of {doer}" if doer else "sale price"
    if len(lead) < 3 or lead[-1].lower() != "for":
        return ""
    window = [w.lower() for w in lead[-SALE_REACH:-1]]
    at = max((i for i, w in enumerate(window) if w == "sale"), default=0)
    if at and window[at - 1] == "on" and "," not in window[at:]:
        return "sale price"
    between = window[-SOLD_FOR_WORDS - 1 :]  # "sold for", "sold last week for", "went for"
    sold = max((i for i, w in enumerate(between) if w in SALE_VERBS), default=-1)
    if sold < 0 or not all(w.isalpha() for w in between[sold + 1 :]):
        return ""
    if between[sold + 1 : sold + 2] and between[sold + 1] in DETERMINERS:
        return ""  # "sold the chain for": the price of the thing sold (_purchase_price), not of the seller
    # "went" and "goes" only right before "for": "went to court for $5 million" is no sale
    if between[sold] in GO_VERBS and sold != len(between) - 1:
        return ""
    verb_at = len(lead) - 1 - (len(between) - sold)
    doer = _doer(lead[:verb_at]) if verb_at > 0 else ""
    return f"sale price of {doer}" if doer else "sale price"  # "The painting sold for": of the painting


# verbs of buying and selling: the amount after "for" is the price of their object ("bought the
# chain for $2bn") or, in an aside after a noun, of that noun ("its UK arm, bought for £1.1bn")
DEAL_VERBS = BUY_VERBS | SELL_VERBS


def _purchase_price(lead: list[str]) -> str:
    """ "price of chain" for "bought the chain for" right before an amount, "price of German parts
    unit" for "its German parts unit, acquired for"; "" otherwise."""
    if len(lead) < 2 or lead[-1].lower() != "for":
        return ""
    for i in range(len(lead) - 2, max(-1, len(lead) - 3 - VERB_OBJECT_WORDS), -1):
        if lead[i].lower() not in DEAL_VERBS:
            continue
        bought = [w for w in lead[i + 1 : -1] if w.lower() not in DETERMINERS]
        if bought:
            ok = all(w[:1].isalpha() for w in bought) and bought[0].lower() not in PRONOUNS
            return f"price of {' '.join(bought)}" if ok else ""
        if i and lead[i - 1] == ",":
            head = antecedent_head(lead[: i - 1])
            return f"price of {head}" if head else ""
        return ""
    return ""


# verbs of selling whose amount after "for" is a sale price: "a penthouse, sold for Dh162 million",
# "the model now sells for TL 1.76 million", "the plot went for AED 410 million"
GO_VERBS = frozenset(("went", "goes"))
SALE_VERBS = SELL_VERBS | GO_VERBS
FETCH_VERBS = frozenset(
    ("fetched",)
)  # a sale done at the price right after it ("can fetch 75 euros a gram" is left to its unit)
SOLD_FOR_WORDS = 2  # the words that may stand between the verb and "for" ("sold last week for")

PRICE_NOUNS = frozenset("price prices fare fares cost costs rate rates fee fees".split())


# Verbs whose object is a measured output: "Saudi Arabia produced 9.2 million bpd".
OUTPUT_VERBS = frozenset(
    """produced produces produce pumped pumps pump exported exports imported imports shipped ships
    harvested harvests generated generates consumed consumes mined""".split()
)


def maker(before: list[str]) -> str:
    """Who makes a measured output named by the verb right before it ("Saudi Arabia, the world's
    largest exporter, produced 9.2 million bpd" -> "Saudi Arabia produced"), or "" (also when a
    number stands in the clause: an aside with figures is not read)."""
    if not before or before[-1].lower() not in OUTPUT_VERBS:
        return ""
    lead = without_aside(before[:-1])  # "Kazakhstan, which pumped above its quota of 1.5 million bpd,"
    if any(w[:1].isdigit() for w in lead[-14:]):
        return ""
    head, _ = measured_before([*lead, "was"])  # the verb read as a link: the noun before it
    return f"{head} {before[-1].lower()}" if head else ""


# Compass words before "of" or "from" after a distance ("260 km southeast of Seoul": vocab.COMPASS_POINTS),
# with their adjectives and the eight points between them ("395km south-south-east of Tristan").
COMPASS = COMPASS_POINTS | frozenset(
    """northern southern eastern western north-north-east north-north-west south-south-east
    south-south-west east-north-east east-south-east west-north-west west-south-west""".split()
)


# Common nouns of a place a distance is measured from ("4 nautical miles from the shore"); not a
# port or an airport, which needs its name ("from the port of Bogo": PLACE_KINDS).
SITE_NOUNS = frozenset(
    """shore shoreline coast coastline border frontier city town village capital epicentre epicenter
    surface ground summit mainland""".split()
)

# Verbs of a route's course ("the line runs 23 km from A to B", "a road stretching 80 km between"):
# the length after them is the route's, not a distance from its first end
ROUTE_VERBS = frozenset(
    "run runs running ran stretch stretches stretching stretched extend extends extending extended".split()
)
ROUTE_END_REACH = 8  # words after "from" or "between" read for the other end's "to" or "and"


def route_length(measure: str, before: list[str], after: list[str]) -> str:
    """ "length of <route>" for a length after a verb of a route's course and before its two ends
    ("The tram line, which runs 12 km from the port to the airport" -> "length of tram line"); else ""."""
    if measure not in LENGTHS or after[:1] not in (["from"], ["between"]):
        return ""
    lead = without_approx(before)
    if not lead or lead[-1].lower() not in ROUTE_VERBS:
        return ""
    joint = "to" if after[0] == "from" else "and"
    if joint not in after[2 : 2 + ROUTE_END_REACH]:
        return ""
    doer = _doer(lead[:-1])
    if not doer:  # "Line 1, which runs": a numbered route's name (the number takes its comma)
        named = lead[:-2] if lead[-2:-1] and lead[-2].lower() in ("which", "that") else lead[:-1]
        named = named[:-1] if named[-1:] == [","] else named
        last = named[-1].removesuffix(",") if named else ""
        if len(named) > 1 and last.isdigit() and named[-2].isalpha() and named[-2][:1].isupper():
            doer = f"{named[-2]} {last}"
    return f"length of {doer}" if doer else ""


# Kinds of place named "of" a proper name after a distance ("from the port of Bogo").
PLACE_KINDS = frozenset("port city town village island coast mouth capital province state district".split())


PLACE_NAME_WORDS = 3  # the longest place name read back before a distance's comma


def _named_place_before(lead: list[str]) -> str:
    """The proper name that ends the words before a distance's comma ("Bodø" in "fly to
    Bodø ,"), after a preposition of where to or from; else ""."""
    if len(lead) < 3 or lead[-1] != ",":
        return ""
    name: list[str] = []
    for word in reversed(lead[-1 - PLACE_NAME_WORDS - 1 : -1]):
        if not (word.isalpha() and word[:1].isupper()):
            break
        name.insert(0, word)
    opener = lead[-2 - len(name)].lower() if len(lead) > len(name) + 1 else ""
    if not name or len(name) > PLACE_NAME_WORDS or opener not in ("to", "from", "in", "at", "near"):
        return ""
    return " ".join(name)


def measured_thing(quote: str, before: list[str], after: list[str], physical: bool, measure: str = "") -> str:
    """What a measurement measures by its place in the sentence: the noun a measurement used as an
    adjective qualifies, with the dimension its `measure` gives it ("a 2kg packet of flour" ->
    "weight of packet"), or the place a distance is from ("260 km (160 miles) southeast of Seoul"
    -> "distance southeast of Seoul"); else ""."""
    rest = after
    if rest[:1] == [")"]:
        rest = rest[1:]
    elif rest[:1] == ["("] and ")" in rest[:8]:
        rest = rest[rest.index(")") + 1 :]  # a conversion in brackets between
    direction = rest[:1] if rest and rest[0].lower() in COMPASS else []
    lead = rest[len(direction) :]
    if lead[:2] == ["away", "from"]:
        lead = lead[1:]
    if lead[:1] == ["from"] or lead[:1] == ["off"] or (direction and lead[:1] == ["of"]):
        place = noun_after([w for w in lead[1:6] if w.lower() != "the"], 3)
        if "near" in place:
            place = place[: place.index("near")]  # "from the shore near the village": the shore
        if place and place[0].lower() in PLACE_KINDS and lead[2:4] == [place[0], "of"] and lead[4:5]:
            place = [place[0], "of", lead[4]]  # "from the port of Bogo": a kind of place, then its name
        named = place and (place[0][:1].isupper() or place[-1][:1].isupper())  # not "from 5 to 7"
        if named or SITE_NOUNS.intersection(w.lower() for w in place):
            # a named place or a site ("off Lampedusa", "from the shore")
            return " ".join(["distance", *direction, lead[0], *place])
    if (
        physical
        and not direction
        and (lead[:1] == ["of"] and [w.lower() for w in before[-1:]] == ["within"] or lead[:1] == ["above"])
    ):
        # "pass within 2,750 miles of Earth": how near it comes, a distance from the place; "flew
        # 300 metres above the town", "3,830 metres above sea level": a height above it
        place = noun_after([w for w in lead[1:6] if w.lower() != "the"], 3)
        named = place and (place[0][:1].isupper() or place[-1][:1].isupper())
        if named or SITE_NOUNS.intersection(w.lower() for w in place) or place[:2] == ["sea", "level"]:
            if place[:2] == ["sea", "level"] and [w.lower() for w in without_approx(before)[-1:]] == ["at"]:
                return (
                    f"altitude above {' '.join(place)}"  # "grows the coffee at 1,950 metres above sea level"
                )
            return f"{'distance from' if lead[0] == 'of' else 'height above'} {' '.join(place)}"
    if (
        physical
        and not direction
        and lead[:1]
        and lead[0].lower() in DEPTH_WORDS
        and lead[1:2]
        and (
            lead[1].lower() in DETERMINERS
            or lead[1][:1].isupper()
            or lead[1] == "sea"
            or lead[1] in SITE_NOUNS  # "about 1,270m below surface": a site's bare noun
        )
        and measure in SIDE_LENGTHS
        and not {w.lower() for w in without_approx(before)[-1:]} & (ROUTE_VERBS | TRAVEL_VERBS)
    ):  # ("runs 5 km under the city": a route's length)
        # "lay 45cm below the surface", "35 metres beneath the nave", "a vault 6m under the square"
        place = noun_after([w for w in lead[1:6] if w.lower() not in DETERMINERS], 3)
        if place and all(w.isalpha() for w in place):
            return f"{DEPTH_SUBJECT} {lead[0].lower()} {' '.join(place)}"
    if (
        physical
        and not direction
        and lead[:1] == ["underground"]
        and (not lead[1:2] or not lead[1][:1].isalnum() or lead[1] in PREPOSITIONS)
        and measure in SIDE_LENGTHS
        and not {w.lower() for w in without_approx(before)[-1:]} & (ROUTE_VERBS | TRAVEL_VERBS)
    ):  # ("a 7.8 km underground cable": an adjective; "runs 300m underground": a route's length)
        return f"{DEPTH_SUBJECT} underground"  # "had spent 52 hours 1,200 metres underground"
    went = without_approx(before)[-1:]
    if physical and lead[:1] == ["to"] and went and went[0].lower() in TRAVEL_VERBS:
        place = noun_after([w for w in lead[1:6] if w.lower() != "the"], 3)
        if place and all(w.isalpha() for w in place):
            return " ".join(["distance", "to", *place])  # "had to travel 40 km to the district hospital"
    if (
        physical
        and (
            lead[:1] in (["away"], ["off"])  # "saw the herd a mile off", "a lake 235 km away"
            or lead[:2] == ["to", "the"]
            and lead[2:3]
            and lead[2].lower() in COMPASS
        )
    ):
        place = _named_place_before(without_approx(before))
        if place:
            return f"distance to {place}"  # "fly to Bodø, 120 km away": that place's distance
        return "distance"  # "a lake about 235 km away", "the airport, about 40 km to the north"
    glued = not any(c.isspace() for c in quote.strip())  # "90kg", "3.5-metre": an adjective's form
    if glued and physical and before[-1:] and before[-1].lower() in DETERMINERS:
        # "a 2,460-metre (8,071-foot) volcano": the volcano; "The bridge, a 1.2-km span,": the bridge
        changed = _change_in(rest)
        if changed:
            return changed
        named = apposed_measure(before) or " ".join(
            _premodified_name(_past_rate(rest)) or _measured_noun(_past_rate(rest))
        )
        return sized_noun(measure, named, rest)
    return ""


# The dimension a physical measure used as an adjective gives the noun it qualifies, by the measure's
# kind of quantity ("a 46-pound fish": its weight; "a 600 MW plant": its capacity); a length in
# kilometres or miles is the noun's length ("a 9,600-km cable", "a 42-km walk") and any output per
# period its capacity ("a 45,000-tonne-a-year plant"). Shorter lengths are left out: a metre or a
# foot before a noun reads a height, a depth or a width as often ("a 2-metre wall", "a 40ft well").
PREMODIFIED_DIMENSIONS = {"weight": "weight", "area": "area", "power": "capacity", "speed": "speed"}
PREMODIFIED_LENGTHS = frozenset(("kilometer", "mile", "nautical_mile"))
# the powers a plant's or a site's capacity is told in (a watt or a horsepower is a machine's power)
CAPACITY_POWERS = frozenset(("kilowatt", "megawatt", "gigawatt", "terawatt"))
# the lengths a side or a depth is told in
SIDE_LENGTHS = PREMODIFIED_LENGTHS | {"meter", "centimeter", "millimeter", "foot", "inch", "yard"}
# a rate joined to a glued measure by hyphens ("-a-year", "-a-day", "-per-hour"): output per period
RE_HYPHENED_RATE = re.compile(r"(?:a|an|per)-(?:year|day|month|week|hour|second|annum)")


# Verbs that state a thing's size, the thing their subject ("The grave measures 1.2 metres by 70
# centimetres": its length and its width); not a past "measured", which reads what an instrument
# recorded ("Gauges measured 84mm of rain")
MEASURING_VERBS = frozenset("measure measures measuring".split())
SIDES_REACH = 5  # the tokens back from "by" to the verb ("measures 1.2 metres by")


CHANGE_BY_REACH = 6  # the tokens of "by" and its figure read back from "to" ("by 5,000 tonnes to")


def level_after_change_by(lead: list[str]) -> str:
    """The object of a verb of changing whose new level a figure after "by <figure> to" gives
    ("raised its 2027 forecast by 5,000 tonnes to" -> "2027 forecast"), or "" (no such verb and
    object: "rose by 5 metres to", "cut it by half to")."""
    if lead[-1:] != ["to"]:
        return ""
    by = next(
        (k for k in range(len(lead) - 2, max(-1, len(lead) - 2 - CHANGE_BY_REACH), -1) if lead[k] == "by"), -1
    )
    if by < 2 or not any(w[:1].isdigit() for w in lead[by + 1 : -1]):
        return ""
    for k in range(by - 1, max(-1, by - 2 - OBJECT_WORDS), -1):
        if lead[k].lower() in TRANSITIVE_CHANGE_VERBS:
            named = [w for w in lead[k + 1 : by] if w.lower() not in DETERMINERS]
            if named and all(w.isalnum() for w in named) and named[-1].isalpha() and named[-1].islower():
                return " ".join(named)
            return ""
    return ""


def measured_sides(measure: str, lead: list[str], after: list[str]) -> str:
    """The side a length after a verb of measuring gives its subject: "length of X" for the first
    of "measures A by B", "width of X" for the second, the measure's dimension for a lone figure
    ("The hall measures 40 square metres": its area), or "" (no such verb, no subject named)."""
    if measure not in SIDE_LENGTHS and not quantity_of(measure):
        return ""
    verb = len(lead) - 1
    if lead[-1:] == ["by"]:
        verb = next(
            (
                k
                for k in range(len(lead) - 2, max(-1, len(lead) - 2 - SIDES_REACH), -1)
                if lead[k].lower() in MEASURING_VERBS
            ),
            -1,
        )
        if verb < 0 or not all(w[:1].isdigit() or w.isalpha() and w.islower() for w in lead[verb + 1 : -1]):
            return ""  # "cut by 3 metres": a change, not a side
    if verb < 0 or lead[verb].lower() not in MEASURING_VERBS:
        return ""
    thing = clause_opener(lead[:verb])
    if not thing or after[:1] == ["of"]:
        return ""  # "measures 84mm of rain": the stuff measured, no side of a thing
    if lead[-1:] == ["by"]:
        return f"width of {thing}"
    shown = _past_conversion(after)
    named = (
        DIMENSIONS.get(shown[0].lower(), "")
        if shown and not shown[1:2] or shown[1:2] and not shown[1][:1].isalnum()
        else ""
    )
    if named and measure in SIDE_LENGTHS:
        return f"{named} of {thing}"  # "one back vertebra measures 1.6 m across": its width
    if after[:1] == ["by"] or measure in SIDE_LENGTHS:
        return f"length of {thing}"
    return sized_noun(measure, thing, after)


DEPTH_SUBJECT = "depth"  # a length "below", "beneath" or "under" a surface ("lay 45cm below the surface")
DEPTH_WORDS = frozenset(("below", "beneath", "under", "underneath"))
# verbs of where a thing is, after its subject ("The carved stone lay 30cm beneath the turf")
POSITION_VERBS = frozenset(
    "lie lies lay lying sit sits sat sitting stand stands stood standing rest rests rested".split()
)
HELD_ADVERBS = VERB_ADVERBS | frozenset(("just", "only", "barely", "some"))  # "holding just 11.3 mcm"
OPENER_WORDS = 6  # the longest noun phrase read as what opens a clause
CLAUSE_JOINS = frozenset(("and", "but", "while", "whereas"))  # after a comma, they open a new clause


def clause_opener(words: list[str]) -> str:
    """The noun phrase that opens the sentence or clause (after ".", ";" or ":") the words lead up
    to, before its first comma or verb ("The grave, known to the team as Cist 2, measures" ->
    "grave"; "Kouris, the largest reservoir, was" -> "Kouris"), or "" (a pronoun, a preposition
    or a figure opens it, or the words start inside a sentence a window cut)."""
    start = max((k + 1 for k, w in enumerate(words) if w in ".;:"), default=0)
    joined = max(
        (
            k + 2
            for k in range(start, len(words) - 1)
            if words[k] == "," and words[k + 1].lower() in CLAUSE_JOINS
        ),
        default=-1,
    )  # "Its femur is 2.38 metres long, and one vertebra measures": the clause after ", and"
    if joined > start:
        start = joined
    elif not words[start : start + 1] or not words[start][:1].isupper():
        return ""
    first = words[start].lower() if start < len(words) else ""
    if first in PREPOSITIONS or first.endswith("ing"):
        # "According to the ministry, the line can carry": the clause after the fronted phrase
        comma = next((k for k in range(start, len(words)) if words[k] == ","), -1)
        if comma < 0:
            return ""
        start = comma + 1
    phrase: list[str] = []
    for word in words[start : start + OPENER_WORDS + 1]:
        lower = word.lower()
        if not phrase and lower in DETERMINERS:
            continue
        if (
            not word.replace("-", "").replace("'", "").replace("’", "").isalpha()
            or lower in FUNCTION_WORDS
            or lower in PREPOSITIONS
            or lower in LINK_WORDS
            or lower in BE_WORDS
            or lower in AUXILIARIES
            or lower in MEASURING_VERBS
            or lower in HOLDING_VERBS
            or lower in POSITION_VERBS
            or lower in CHANGE_WORDS
            or lower in VERB_ADVERBS
            or phrase
            and word.islower()
            and (_active_past(word) or lower in IRREGULAR_PAST_VERBS)  # "climbers camped", "the wall gave"
        ):
            break
        phrase.append(word)
    if not phrase or len(phrase) > OPENER_WORDS or phrase[0].lower() in PRONOUNS:
        return ""
    return " ".join(phrase)


def _apposed_noun(lead: list[str]) -> str:
    """The noun phrase before the comma that ends the words before a figure, which the figure
    with its phrase renames ("the grounding line, 420 metres below the surface" -> "grounding
    line"), or "" (no comma, or a figure or time before it)."""
    if len(lead) < 2 or lead[-1] != ",":
        return ""
    phrase = noun_phrase_before(lead[:-1], APPOSED_BARE_CROSS)  # "the line between A and B, 350 km long"
    named = head_of(phrase)
    if not named or any(w[:1].isdigit() for w in lead[-3:-1]) or named.split()[0].lower() in PRONOUNS:
        return ""
    return "" if only_a_time(named) else named


# Verbs of holding an amount ("The reservoir is holding 11.3 mcm") and the modal phrases of what a
# thing can hold or carry ("each able to handle 24 terabits per second", "can carry 1,200 tonnes")
HOLDING_VERBS = frozenset(
    "hold holds holding held contain contains containing contained store stores storing stored".split()
)
CAPABLE_LEADS = (("able", "to"), ("can",), ("could",), ("capable", "of"))
CAPABLE_VERBS = HOLDING_VERBS | frozenset(
    "handle carry move transmit process produce generate deliver draw treat pump supply".split()
)


def held_amount(measure: str, lead: list[str]) -> str:
    """What a physical amount after a verb of holding measures: the thing's capacity after a
    modal of being able ("the terminal can handle 2.4 million tonnes" -> "capacity of terminal";
    "16 fiber pairs, each able to handle" -> "capacity of each fiber pair") and after "of its"
    in a clause of holding ("holding 11.3 mcm of its 115 mcm" -> "capacity of Kouris"), the
    amount held by the thing otherwise ("volume held by Kouris"), or ""."""
    lead = strip_lower(lead, HELD_ADVERBS)
    if len(lead) < 2:
        return ""
    held = lead[-1].lower()
    whole = lead[-2:] == ["of", "its"]
    if whole:
        verbs = [
            k for k in range(len(lead) - 3, max(-1, len(lead) - 9), -1) if lead[k].lower() in HOLDING_VERBS
        ]
        if not verbs:
            return ""
        owner = clause_opener(lead[: verbs[0]]) or _apposed_noun(lead[: verbs[0]])
        return f"capacity of {owner}" if owner else ""
    if held not in CAPABLE_VERBS:
        return ""
    before = [w.lower() for w in lead[:-1]]
    able = next((lead_ for lead_ in CAPABLE_LEADS if tuple(before[-len(lead_) :]) == lead_), None)
    if able is not None:
        rest = lead[: len(lead) - 1 - len(able)]
        if rest[-1:] and rest[-1].lower() == "each" and rest[-2:-1] == [","]:
            counted = rest[:-2]  # "16 fiber pairs, each able to": each pair
            last = max(
                (
                    k
                    for k, w in enumerate(counted)
                    if w[:1].isdigit() or w.lower() in UNIT_WORDS or w.lower() in TENS_WORDS
                ),
                default=len(counted),
            )
            named = counted[last + 1 :]
            if 0 < len(named) <= 3 and all(w.isalpha() and w.islower() for w in named):
                return f"capacity of each {' '.join([*named[:-1], singular(named[-1].lower())])}"
        owner = clause_opener(rest) or _apposed_noun(rest)
        return f"capacity of {owner}" if owner else ""
    if held not in HOLDING_VERBS or not held.endswith("ing"):
        return ""
    owner = clause_opener(lead[:-1])
    if not owner:
        return ""
    quantity = quantity_of(measure)
    return f"{quantity or 'amount'} held by {owner}"


def without_dimension(subject: str) -> str:
    """A subject without the dimension sized_noun puts before its noun ("weight of hake fillet"
    -> "hake fillet")."""
    first, of, rest = subject.partition(" of ")
    return rest if of and rest and first in DIMENSION_NOUNS else subject


def _past_rate(rest: list[str]) -> list[str]:
    """The words after a glued measure less a hyphened rate that goes on it ("-a-year")."""
    if rest[:1] == ["-"] and rest[1:2] and RE_HYPHENED_RATE.fullmatch(rest[1].lower()):
        return rest[2:]
    return rest


def sized_noun(measure: str, named: str, after: list[str]) -> str:
    """The noun phrase a measure qualifies with the dimension it measures ("length of cable",
    "capacity of plant"), or `named` as it is when the measure names none or the phrase is a change
    or already a dimension ("rise in catches", "width")."""
    if not named:
        return ""
    rated = _past_rate(after) is not after
    if rated:
        dimension = "capacity"
    elif measure in PREMODIFIED_LENGTHS:
        dimension = "length"
    elif measure in DOSE_MEASURES:
        dimension = ""  # "the 20mg capsules": a dose's strength, not the capsules' weight
    else:
        dimension = PREMODIFIED_DIMENSIONS.get(quantity_of(measure), "")
        if dimension == "capacity" and measure not in CAPACITY_POWERS:
            dimension = "power"  # "a 60W bulb", "300-horsepower engines": a machine's power
    first = named.split()[0].lower()
    if not dimension or first in CHANGE_NOUNS or first in CHANGE_WORDS or first in DIMENSION_NOUNS:
        return named
    return f"{dimension} of {named}"


PREMODIFIED_NAME_WORDS = (
    4  # the longest name a glued measure qualifies ("La Negra III", "Tasman-Marianas Express")
)


def _premodified_name(rest: list[str]) -> list[str]:
    """A proper name of two or more words that a glued measure qualifies, with the plain nouns
    after it ("the 45,000-tonne-a-year La Negra III carbonate plant" -> "La Negra III carbonate
    plant"; "the 9,600-km Tasman-Marianas Express," -> "Tasman-Marianas Express"), or []."""
    name: list[str] = []
    for word in rest[:PREMODIFIED_NAME_WORDS]:
        if not (word[:1].isupper() and word.replace("-", "").isalnum()):
            break
        name.append(word)
    if len(name) < 2:
        return []
    kind = [w for w in _measured_noun(rest[len(name) :]) if w.isalpha() and w.islower()]
    if kind and (kind[0].endswith("s") or _verb_like(kind[0])):
        kind = []  # "the 9,600-km Tasman-Marianas Express carries": a verb, no kind of thing
    return name + kind


def _measured_noun(rest: list[str]) -> list[str]:
    """The noun a glued measure modifies: its first word, and a second that goes on the noun phrase
    ("a 3.5-metre concrete wall", "the 12-mile coastal path"), not a verb after the noun ("the
    2-metre wall fell", "a 12-mile path runs")."""
    words = noun_after(rest, 2)
    if len(words) == 2 and (
        not words[1].isalpha()
        or not words[1].islower()
        or _verb_like(words[1])
        or words[1].endswith(("s", "ly"))
        and not words[0].endswith("s")
        or words[1] in PREPOSITIONS
        or words[1] in COMPASS
        or words[1] in PLACE_ADVERBS
    ):
        return words[:1]
    return words


# adverbs of place and direction that follow a noun ("a 26-hectare site near", "the trawler out at
# sea"): no part of its noun phrase
PLACE_ADVERBS = frozenset("near off out away back up down ahead apart aside home abroad nearby".split())


def _change_in(rest: list[str]) -> str:
    """A change noun and what it is "in", right after a measurement used as an adjective ("a
    500-tonne rise in catches" -> "rise in catches"), or ""."""
    if len(rest) < 3 or rest[0].lower() not in CHANGE_NOUNS or rest[1] != "in":
        return ""
    changed = noun_after([w for w in rest[2:6] if w.lower() != "the"], 2)
    if not changed or not all(w.isalpha() for w in changed):
        return ""
    if changed[0].endswith("s"):
        changed = changed[:1]  # "a 900-tonne rise in exports pleased": a plural noun, then its verb
    return " ".join([rest[0], "in", *changed])


# A length reached by climbing or descending, or flown at, is an altitude ("had climbed to about
# 5,000 feet", "cruising at 38,000 feet", "descended to 3,000 metres").
LENGTHS = frozenset(("foot", "meter", "kilometer", "mile"))
ALTITUDE_VERBS = frozenset(
    """climb climbs climbed climbing descend descends descended descending fly flies flew flying
    cruise cruises cruised cruising soar soars soared soaring""".split()
)


def _rises_or_flies(lead: list[str]) -> bool:
    """Whether the words before a length end in a verb of ALTITUDE_VERBS and "to" or "at"."""
    return len(lead) > 1 and lead[-1].lower() in ("to", "at") and lead[-2].lower() in ALTITUDE_VERBS


# Adjectives after a length that name the dimension measured ("8 metres long", "a 2-metre-wide canvas").
DIMENSIONS = {
    "long": "length",
    "wide": "width",
    "high": "height",
    "tall": "height",
    "deep": "depth",
    "thick": "thickness",
    "across": "width",
}
# the nouns of a dimension, which a measure qualifying them names already ("a 2-metre width")
DIMENSION_NOUNS = frozenset(
    (*DIMENSIONS.values(), *PREMODIFIED_DIMENSIONS.values(), "power", "size", "diameter")
)


CONVERSION_WORDS = 8  # the most words of a bracketed conversion read past ("(1.7 hectares)")


def _past_conversion(after: list[str]) -> list[str]:
    """The words after a figure with the bracketed conversion that follows it (or the bracket that
    closes the conversion the figure is in) left out: "(1.7 hectares) of lawns" -> "of lawns"."""
    if after[:1] == [")"]:
        return after[1:]
    if after[:1] == ["("] and ")" in after[:CONVERSION_WORDS] and any(w[:1].isdigit() for w in after[1:3]):
        return after[after.index(")") + 1 :]
    return after


def material_after(after: list[str], three: bool = True) -> str:
    """The stuff a measured quantity is of ("ounces of gold", "tonnes of copper ore", "120mm of
    rain", "tonnes of Robusta beans"): up to two lower-case words after "of", the first of two may
    be a name (or the first two of three, `three`, not for a conversion in brackets: "miles of County
    Line roads"), or "" ("of the total", "of 2024", "of the year", "of Lake Victoria" name none)."""
    if after[:1] != ["of"]:
        return ""
    words = after[1:4]
    if words and words[0].lower() in DETERMINERS:
        words = words[1:]  # "tonnes of the ore": the ore
    joined = _joined_material(after[1:5])
    if joined:
        return joined  # "80g of white and brown meat", "kilos of rice and beans"
    stuff = noun_after(words, 2)
    if stuff and stuff[0].lower() in PERIOD_WORDS:
        return ""  # "the fastest 100 metres of the year": a time, no stuff
    if len(stuff) == 2 and stuff[0].istitle() and stuff[0].isalpha() and stuff[1].islower():
        return " ".join(stuff)  # "tonnes of Robusta beans", "barrels of Brent crude": a named kind
    named = noun_after(words, 3) if three and len(stuff) == 2 and stuff[1].istitle() else []
    if len(named) == 3 and all(w.istitle() and w.isalpha() for w in named[:2]) and named[2].islower():
        return " ".join(named)  # "9 miles of County Line roads": a kind named by two words
    return " ".join(stuff) if stuff and all(w.islower() for w in stuff) else ""


def _lower_word(word: str) -> bool:
    """Whether a word is a lower-case word that may stand in a noun phrase (no function, empty,
    approximation or number word: "about", "will", "two")."""
    return (
        word.isalpha()
        and word.islower()
        and word not in NOT_CONTENT
        and word not in PREPOSITIONS
        and word not in UNIT_WORDS
        and word not in TENS_WORDS
    )


def _joined_material(words: list[str]) -> str:
    """Two lower-case words joined by "and" or "or" after "of", and the noun after them when one
    follows ("white and brown meat"; "rice and beans"), or ""."""
    if (
        len(words) < 3
        or words[1] not in ("and", "or")
        or not (_lower_word(words[0]) and _lower_word(words[2]))
    ):
        return ""
    if words[0] in PERIOD_WORDS or words[2] in PERIOD_WORDS:
        return ""
    tail = (
        words[3:4]
        if len(words) > 3 and _lower_word(words[3]) and not words[3].endswith(("ed", "ing"))
        else []
    )
    return " ".join([*words[:3], *tail])


def _listed_material(quote: str, after: list[str]) -> str:
    """The stuff of a measured quantity listed before another in its unit that names it ("10 mg or
    20 mg of the tablet" -> "tablet" for the 10 mg), or ""."""
    if len(after) < 5 or after[0] not in ("or", "and") or not after[1][:1].isdigit():
        return ""  # the cheap test first
    unit = quote.rsplit(" ", 1)[-1]
    return material_after(after[3:]) if unit.isalpha() and after[2] == unit else ""


FALL_PLACE_PREPOSITIONS = frozenset(("on", "in", "at", "to", "over", "across"))
TIME_POINT_NOUNS = PERIOD_POINT_WORDS | frozenset(("peak", "height", "close"))  # "at the height of the storm"
FALL_PLACE_WORDS = 5  # the most words of a place phrase read after a measured stuff


NAMED_PLACE_WORDS = 4  # the most words of a named place after "at"


def _named_place_at(after: list[str]) -> str:
    """The named place an "at" right after a count of people puts them ("at Hollins Park", "at the
    Corran Hall"), its words capitalised up to the first that is not; "" for anything else ("at
    least", "at 3pm", "at the weekend"; month and day names left out: "at Friday's game")."""
    at = 2 if after[1:2] == ["the"] else 1
    name: list[str] = []
    for word in after[at : at + NAMED_PLACE_WORDS + 1]:
        if not (word[:1].isupper() and word.isalpha()):
            break
        name.append(word)
    if (
        not name
        or len(name) > NAMED_PLACE_WORDS
        or any(w in MONTH_NAMES or w.lower() in WEEKDAYS for w in name)
    ):
        return ""
    return " ".join(["at", *after[1:at], *name])


def place_after_material(after: list[str], stuff: str) -> str:
    """The phrase naming where a measured stuff fell or went, right after it, when it holds a
    proper name ("120mm of rain on parts of the north coast of Java" -> "on parts of the north
    coast of Java", "to Chennai"); "" for a time or an unnamed place ("in 24 hours", "in the area")."""
    at = 1 + (1 if after[1:2] and after[1].lower() in DETERMINERS else 0) + len(stuff.split())
    if at >= len(after) or after[at].lower() not in FALL_PLACE_PREPOSITIONS:
        return ""
    phrase = [after[at]]
    for word in after[at + 1 : at + 1 + FALL_PLACE_WORDS]:
        lower = word.lower()
        if (
            not word.isalpha()
            or lower in BOUNDARY_WORDS
            or lower in ("and", "or", "but")
            or lower in WEEKDAYS
        ):
            break
        if lower in PREPOSITIONS and lower != "of" or word.islower() and _verb_like(lower):
            break  # "on parts of Erie County moved": the clause's verb
        phrase.append(word)
    while len(phrase) > 1 and (phrase[-1].lower() in PREPOSITIONS or phrase[-1].lower() in DETERMINERS):
        phrase.pop()
    if not any(w[0].isupper() for w in phrase[1:]) or any(
        w.rstrip(".") in MONTH_NAMES or w.lower() in PERIOD_WORDS or w.lower() in TIME_POINT_NOUNS
        for w in phrase
    ):
        return ""  # "at the end of June", "at the peak of the season": a time, no place
    return " ".join(phrase)


# Verbs that add an amount to a value or take it off ("adding $4.5 billion to its market value",
# "wiped $50 billion off the company's shares"): the value after "to"/"off" is what the amount changed.
VALUE_CHANGE_VERBS = frozenset(
    "add adds added adding wipe wipes wiped wiping knock knocks knocked knocking".split()
)


def value_changed(lead: list[str], after: list[str]) -> str:
    """The value an amount was added to or taken off ("market value"), or ""."""
    if not lead or lead[-1].lower() not in VALUE_CHANGE_VERBS:
        return ""
    rest = after
    if rest[:1] == ["("] and ")" in rest[:8]:
        rest = rest[rest.index(")") + 1 :]  # a conversion in brackets between
    if rest[:1] in (["a"], ["an"], ["per"], ["each"]) and rest[1:2] and rest[1].lower() in PER_PERIODS:
        rest = rest[2:]  # "adds £92.16 a year to the bill": its rate
    if rest[:1] not in (["to"], ["off"]):
        return ""
    words = [w for w in rest[1:10] if w.lower() not in DETERMINERS]
    value = noun_after(words, 3)
    if value and words[len(value) : len(value) + 1] == ["of"]:  # "to the cost of a new home"
        value = [*value, "of", *noun_after(words[len(value) + 1 :], 3)]
    return " ".join(value)


# Words between a change word and its figure: "rose by", "widened to", "eased by an".
DIRECTION_PARTICLES = frozenset(("by", "to", "a", "an"))


# Verbs of earning, reporting, charging or spending whose object is an amount of money ("Safaricom earned
# KSh4.2 billion", "the insurer paid out $75 million in claims", "raised $5 million in funding":
# "raise" is a change word too, but an amount right after it is money raised): the verb is not
# part of the noun phrase before it.
EARNING_VERBS = frozenset(
    """earn earns earned make makes made post posts posted report reports reported record records
    recorded book books booked generate generates generated spend spends spent pay pays paid
    receive receives received collect collects collected net nets netted gross grosses grossed
    pocket pockets pocketed invest invests invested borrow borrows borrowed borrowing owe owes owed owing
    raise raises raised raising charge charges charged charging earning paying receiving collecting
    win wins won winning""".split()
)


FURTHER_WORDS = giving.AMOUNT_PARTICLES - {"a", "an"}  # "a further", "another": more of the same
VERB_PARTICLES = frozenset(("out",))  # "paid out", "shelled out"
TAKE_VERBS = frozenset("take takes took taking taken".split())  # "takes home": earns


PER_PERIODS = frozenset("day week month year season".split())  # "a year" after an amount: its rate


WITH_WORDS = frozenset(("with",))


def _particle_noun(named: list[str]) -> bool:
    """Whether a noun phrase after a figure opens with a particle of a compound noun ("down
    payment"): noun_after keeps the particle only before the compound's noun."""
    return len(named) > 1 and named[0].lower() in PARTICLE_NOUN_OPENERS


PLACE_LIST_OPENERS = frozenset(("in", "across", "from"))  # "users in A, B and C"


def _joined_place_list(lead: list[str]) -> list[str]:
    """The words without the commas of a list of names after "in" that ends them ("users in
    Johor, Melaka and Pahang" -> "users in Johor Melaka and Pahang"), so
    the noun before "in" stays the head; the words unchanged when they end otherwise."""
    opener = max((i for i, w in enumerate(lead) if w in PLACE_LIST_OPENERS), default=-1)
    names = lead[opener + 1 :]
    if opener < 1 or "," not in names or "and" not in names:
        return lead
    if not all(w in (",", "and") or w[:1].isupper() for w in names):
        return lead
    return lead[: opener + 1] + [w for w in names if w != ","]


# the words after an amount earned or paid that open what it is, is for or goes into ("in net
# profit", "for the site", "on its ports", "into a pension fund")
EARNED_OBJECT_WORDS = frozenset(("in", "for", "on", "into"))


def earned_subject(before: list[str], after: list[str]) -> str:
    """What an amount right after a verb of earning measures: the common noun of an "in", "for"
    or "on" phrase after it ("reported KSh9 billion in net profit", "paid $2.5 million for the
    site"), else the noun phrase that earned it
    ("Safaricom earned KSh4.2 billion", not a period or a place: "in the year to March", "in
    Chile"); "" when no such verb stands right before the amount."""
    words = without_approx(before)
    for total in WORTH_TOTALS:  # "spent a combined £14.2m", "paid a total of": the sum all the same
        if [w.lower() for w in words[-len(total) :]] == list(total):
            words = words[: -len(total)]
            break
    if words and words[-1].lower() in FURTHER_WORDS:
        words = strip_lower(words, giving.AMOUNT_PARTICLES)  # "to raise a further £2.4m"; not "received a"
    words = strip_lower(words, VERB_PARTICLES)
    took_home = len(words) > 1 and words[-1].lower() == "home" and words[-2].lower() in TAKE_VERBS
    if took_home:
        words = words[:-1]  # "takes home A$1.9 million": earns it
    if not words or words[-1].lower() not in EARNING_VERBS and not took_home:
        return ""
    if after[:1] == ["("] and ")" in after[:8]:
        after = after[after.index(")") + 1 :]  # "A$3.5 million ($2.2 million) in prize money"
    per_unit = False
    if after[:1] in (["a"], ["an"], ["per"], ["each"]) and after[1:2] and after[1].lower() in PER_PERIODS:
        after = after[2:]  # "spends Rs22.5 billion a year on its ports"
    elif (
        after[:1] in (["a"], ["an"], ["per"])
        and len(after) > 2
        and after[1].isalpha()
        and after[1].islower()
        and after[2].lower() in ("for", "on")
    ):
        after, per_unit = after[2:], True  # "pay $2 a litre for diesel": the price's unit, then what it buys
    if per_unit and after[:1] == ["for"] and (bought := _bought_named(after[1:])):
        return f"price of {bought}"  # "paid VNĐ68,000 per kilo for Ri6 durian": a variety's price
    role = (
        noun_after(after[2:], 4)
        if [w.lower() for w in after[:1]] == ["as"] and after[1:2] in (["a"], ["an"])
        else []
    )
    if measure_of := EARNED_MEASURES.get(words[-1].lower(), ("", ""))[0] if role and not took_home else "":
        return f"{measure_of} as {' '.join(role)}"  # "earned €900 a month as a cleaner": pay for that work
    lead = strip_lower(
        words[:-1], EARNER_VERB_LEADS
    )  # "A farmer now pays", "buyers can borrow": the farmer, buyers
    if len(lead) > 1 and lead[-1].lower() == "to" and lead[-2].lower() in INTENT_VERBS:
        lead = strip_lower(lead[:-2], AUXILIARIES | BE_WORDS)  # "Rimba Group plans to raise": Rimba Group
    if (
        lead[-2:-1] != [","]
        and lead
        and len(lead[-1]) > 1
        and lead[-1][-1] == ","
        and lead[-1][:-1].isdigit()
    ):
        lead = [*lead[:-1], lead[-1][:-1], ","]  # "The levy, due from April 2027, is expected to raise"
    lead = _joined_place_list(lead)  # "users in Johor, Melaka and Pahang will pay"
    lead = without_ing_relative(without_relative_opening(without_aside(_without_lower_aside(lead))))
    # "go to people earning": no subject; "A worker with two children pays": "with" qualifies the earner
    cross = SUBJECT_PREPOSITIONS | WITH_WORDS if not words[-1].endswith("ing") else frozenset()
    earner = head_of(noun_phrase_before(_without_date_after(lead), cross, subject=True))
    if lead[-1:] == ["and"]:
        # "The TMO has bought 41,500 tons ... this season and paid": the first predicate's subject
        earner = first_predicate_subject(lead[:-1]) or earner
    measure, join = ("earnings", "of") if took_home else EARNED_MEASURES.get(words[-1].lower(), ("", ""))
    if after[:1] and after[0].lower() in EARNED_OBJECT_WORDS and not _period_object(after):
        named = noun_after([w for w in after[1:5] if w.lower() not in DETERMINERS])
        if after[0].lower() == "for" and any(w[:1].isupper() for w in named[1:]):
            named = []  # "earned €40,000 for owner Ann Byrne": for whom, not what it is for
        if named and named[0][0].islower() and named[0] not in OBJECT_PRONOUNS:
            if measure and earner and after[1].lower() in DETERMINERS:
                # "raise $340 million in a public listing of shares": an event or a thing bought,
                # with its determiner; "in sales", "in net profit" name the measure itself
                return f"{measure} {join} {earner} {after[0].lower()} {' '.join(named)}"
            return " ".join(named + _coordinated_noun(after[1 + len(named) :]))  # "$3 billion in sales"
    if (
        join == "of"
        and not took_home
        and not earner
        and lead
        and lead[-1].lower() in PERSONAL_PRONOUNS - {"it"}
    ):
        # "I earn 500 rupees a day": a speaker's earnings (no name to join; what is paid or spent
        # is told better by the words after it, "for half a sack")
        return measure
    if not measure or not earner:
        return earner  # no earner named: the words after the amount may tell more ("before state tax")
    return f"{measure} {join} {earner}"  # "The city will spend": spending by city


BOUGHT_WORDS = 5  # the tokens read after "for" for the thing a price buys


def _bought_named(words: list[str]) -> str:
    """The thing a price per unit buys when its name opens with a capital ("Ri6 durian", "Hass
    avocados"), a lower-case noun closing it; "" otherwise (a lower-case thing is read as it is)."""
    joined: list[str] = []
    for word in words[:BOUGHT_WORDS]:
        if word.isdigit() and joined and joined[-1][:1].isupper():
            joined[-1] += word  # "Ri6": a variety's name, its digits glued to it
        elif word.lower() not in DETERMINERS:
            joined.append(word)
    named = noun_after(joined)
    if len(named) < 2 or not named[0][:1].isupper() or not named[-1].islower():
        return ""
    return " ".join(named)


def _coordinated_noun(words: list[str]) -> list[str]:
    """ "and" with the lower-case noun phrase it joins when the words open so and a preposition or
    a mark ends that phrase ("in royalties and lease payments to Corfo": "and lease payments"), or
    [] (no noun joined: "in sales and profit rose 5%", "and the", "and Chile")."""
    if words[:1] != ["and"]:
        return []
    named = noun_after(words[1:])
    rest = words[1 + len(named) : 2 + len(named)]
    if not named or not all(w.isalpha() and w.islower() for w in named) or _verb_like(named[-1]):
        return []
    if rest and rest[0][0].isalnum() and rest[0].lower() not in PREPOSITIONS:
        return []
    return ["and", *named]


def _premodifying(lead: list[str], after: list[str]) -> bool:
    """Whether an amount modifies the lower-case noun after it, a determiner before it ("the
    winner of the A$2 million race": the race, not its winner)."""
    return (
        bool(lead)
        and lead[-1].lower() in DETERMINERS
        and bool(after)
        and RE_LOWER_WORD.fullmatch(after[0]) is not None
        and after[0] not in FUNCTION_WORDS
        and after[0] not in PREPOSITIONS
    )


ASIDE_REACH = 8  # the most words of an aside between commas read back from its closing comma


def _without_lower_aside(words: list[str]) -> list[str]:
    """The words without an aside between commas that ends them and opens with a lower-case word
    ("The levy, due from April 2027," -> "The levy"), or the words as they are."""
    if words[-1:] != [","] or "," not in words[-ASIDE_REACH - 1 : -1]:
        return words
    k = len(words) - 2 - words[-2::-1].index(",")  # the aside's opening comma
    return words[:k] if k and RE_LOWER_WORD.fullmatch(words[k + 1]) else words


def _funds_in(after: list[str]) -> str:
    """What a sum is when "in" and a noun of funds follow it, a period's "a year" between or not
    ("provides $4 million a year in aid" -> "aid"), or ""."""
    if after[:1] in (["a"], ["an"], ["per"]) and after[1:2] and after[1].lower() in PER_PERIODS:
        after = after[2:]
    if after[:1] != ["in"] or len(after) < 2:
        return ""
    named = noun_after(after[1:], 2)
    if (
        not named
        or named[-1].lower() not in FUNDS_NOUNS
        or not all(w.isalpha() and w.islower() for w in named)
    ):
        return ""
    return " ".join(named)


# The words after an amount that say what it is for by what it needs ("the $94,000 needed for the
# vote"): money needed for a thing is its cost.
NEEDED_WORDS = frozenset(("needed", "required", "necessary"))
# verbs after an amount (and "of that") that send it somewhere: "$11,500 of that went to printing"
GOING_VERBS = frozenset("go goes went gone going".split())
GONE_TO_WORDS = frozenset(("to", "on", "towards", "toward", "into"))
PURPOSE_ENDS = frozenset("until till unless when while because if once as".split())  # open a clause
RELATIVE_REACH = 6  # the most words of a contact relative clause's subject ("the national government")


def _purpose_phrase(words: list[str]) -> str:
    """The noun phrase or "-ing" phrase that opens the words, without its determiners ("the
    vote", "printing"), or "" when it does not open with a lower-case word."""
    while words and words[0].lower() in DETERMINERS:
        words = words[1:]
    named = noun_after(words, 4)
    for k, word in enumerate(named):
        if word.lower() in PURPOSE_ENDS:
            named = named[:k]  # "the ballot until July": a time clause ends the phrase
            break
    if not named or not RE_LOWER_WORD.fullmatch(named[0].removesuffix("'s").removesuffix("’s")):
        return ""
    return " ".join(named)


def needed_for(after: list[str]) -> str:
    """ "cost of the vote" for an amount followed by "needed for the vote" (NEEDED_WORDS), or ""."""
    if len(after) < 3 or after[0].lower() not in NEEDED_WORDS or after[1].lower() != "for":
        return ""
    named = _purpose_phrase(after[2:])
    return f"cost of {named}" if named else ""


def sent_to(after: list[str]) -> str:
    """What an amount goes to when a verb of going follows it, after "of that" or not ("$11,500
    of that went to printing ballots" -> "printing ballots"; "£2m will go on repairs"), or ""."""
    words = (
        after[2:]
        if [w.lower() for w in after[:2]] in (["of", "that"], ["of", "it"], ["of", "this"])
        else after
    )
    words = strip_lower(words, AUXILIARIES)
    if len(words) < 3 or words[0].lower() not in GOING_VERBS or words[1].lower() not in GONE_TO_WORDS:
        return ""
    return _purpose_phrase(words[2:])


def relative_sum(lead: list[str], after: list[str]) -> str:
    """What an amount measures when a contact relative clause follows it ("the $18.6 million the
    government owes the pension plan": its debt to the plan; "the $2m the club paid for him": the
    sum it paid), or "": the amount is "the" amount, and the clause opens with a noun phrase and
    a verb of earning, paying or owing."""
    if not lead or lead[-1].lower() not in ("the", "this", "that"):
        return ""
    for v in range(1, min(len(after), RELATIVE_REACH + 1)):
        verb = after[v].lower()
        if not after[v].isalpha():
            return ""
        if verb in EARNED_MEASURES or verb in giving.OWING_VERBS:
            break
    else:
        return ""
    doer = strip_lower(after[:v], VERB_ADVERBS | AUXILIARIES)
    if not doer or doer[0].lower() not in DETERMINERS and not doer[0][:1].isupper():
        return ""
    if any(w.lower() in PREPOSITIONS or w.lower() in CLAUSE_WORDS for w in doer):
        return ""
    if verb in giving.OWING_VERBS:
        end = v + 1
        while end < len(after) and end - v <= giving.OWED_OBJECT_WORDS + 1 and after[end][:1].isalpha():
            end += 1
        creditor = [w for w in after[v + 1 : end] if w.lower() not in DETERMINERS]
        return giving.owed_subject([*after[: v + 1], *creditor])
    return earned_subject(after[: v + 1], after[v + 1 :])


PAID_PARTICLES = frozenset("out back off up down in".split())  # "paid out", "paid back": no one paid
PAID_LEADS = DETERMINERS | DISTRIBUTIVES | {"all"}  # "pays each club"
EACH_OF_THEM = ["each", "of", "them"]  # the ones paid, each, after a verb of paying


def paid_to(lead: list[str], after: list[str], them: str) -> str:
    """ "payments to farmers" for an amount right after a verb of paying and the ones paid ("paid
    contractors", "pays each club"; "paid them", `them` naming the people counted before it in the
    sentence), with what it is paid for or in ("for unfinished roads"), or ""."""
    if after[:1] in (["a"], ["an"], ["per"]) and after[1:2] and after[1].lower() not in PER_PERIODS:
        return ""  # "pays processors $85 a deer": a price per unit
    if after[:1] == ["for"] and after[1:2] and after[1].lower() in ("a", "an", "one", "each", "every"):
        return ""  # "We pay the banks MVR 15.42 for a dollar": a rate
    words = strip_lower(without_approx(lead), giving.AMOUNT_PARTICLES)  # "paid them a further"
    each_of = [w.lower() for w in words[-3:]] == EACH_OF_THEM  # "pays each of them"
    reach = (len(words) - 4,) if each_of else (len(words) - 2, len(words) - 3)
    k = next((k for k in reach if k >= 0 and words[k].lower() in PAYING_VERBS), -1)
    if k < 0:
        return ""
    paid = [w for w in words[k + 1 :] if w.lower() not in PAID_LEADS]
    if [w.lower() for w in paid] in (["them"], ["of", "them"]):
        paid = them.split()
    each = words[k + 1].lower() in DISTRIBUTIVES or words[k + 1 :] == ["them"]  # "pays each club"
    if (
        not paid
        or not all(RE_LOWER_WORD.fullmatch(w) for w in paid)
        or paid[-1] in PAID_PARTICLES | OBJECT_PRONOUNS | PREPOSITIONS
        or not (each or paid[-1].endswith("s"))  # "paying the remaining £700,000": the amount's own word
    ):
        return ""
    named = noun_after(after[1:], 4) if after[:1] in (["for"], ["in"]) else []
    object_ = f" {after[0]} {' '.join(named)}" if named and RE_LOWER_WORD.fullmatch(named[0]) else ""
    if each_of and after[:1] in (["a"], ["an"], ["per"]):
        # "employs four workers and pays each of them 2,100 pesos a week": each one's pay
        return f"pay of each of the {' '.join(paid)}"
    return f"payments to {' '.join(paid)}{object_}"  # "paid contractors Sh3.1bn for roads"


# Words between an earner and its verb of earning: auxiliaries, adverbs and the modals the
# auxiliaries leave out ("students can borrow", "each household must pay")
EARNER_VERB_LEADS = AUXILIARIES | VERB_ADVERBS | frozenset("can cannot must shall".split())


# Verbs before "to" and a verb of earning whose subject is the earner ("plans to raise", "is set to
# spend", "needs to borrow").
INTENT_VERBS = frozenset(
    """plan plans planned planning aim aims aimed aiming want wants wanted hope hopes hoped expect
    expects expected intend intends intended need needs needed seek seeks sought set likely due able
    understood believed said thought reported rumoured rumored""".split()
)  # (and the passive verbs of reporting: "is understood to earn", "is said to earn")


# What the amount after a verb of EARNING_VERBS is, and the word that joins it to who earns, pays
# or spends it ("funds raised by Acme", "spending by the city", "gross of the band"); the verbs of
# reporting ("posted", "reported", "booked") name no measure of their own.
EARNED_MEASURES: dict[str, tuple[str, str]] = {
    **dict.fromkeys(
        "earn earns earned earning make makes made pocket pockets pocketed".split(), ("earnings", "of")
    ),
    **dict.fromkeys("net nets netted".split(), ("net earnings", "of")),
    **dict.fromkeys("gross grosses grossed".split(), ("gross", "of")),
    **dict.fromkeys("spend spends spent".split(), ("spending", "by")),
    **dict.fromkeys("pay pays paid paying".split(), ("sum paid", "by")),
    **dict.fromkeys("receive receives received receiving".split(), ("sum received", "by")),
    **dict.fromkeys("collect collects collected collecting".split(), ("sum collected", "by")),
    **dict.fromkeys("borrow borrows borrowed borrowing".split(), ("sum borrowed", "by")),
    **dict.fromkeys("owe owes owed owing".split(), ("sum owed", "by")),
    **dict.fromkeys("raise raises raised raising".split(), ("funds raised", "by")),
    **dict.fromkeys("charge charges charged charging".split(), ("charge", "by")),
    **dict.fromkeys("win wins won winning".split(), ("prize won", "by")),
}
# the verbs of paying among them ("pay", "pays", "paid", "paying": paid_to)
PAYING_VERBS = frozenset(verb for verb, (measure, _) in EARNED_MEASURES.items() if measure == "sum paid")


def _without_date_after(words: list[str]) -> list[str]:
    """The words without a date adjunct that ends them ("the overall winner in Paris on July 20"
    -> "the overall winner in Paris"): the earner stands before it."""
    end = len(words)
    while end and (words[end - 1].isdigit() or words[end - 1].rstrip(".") in MONTH_NAMES):
        end -= 1
    if end < len(words) and end and words[end - 1].lower() in ("on", "in", "by", "from", "since"):
        return words[: end - 1]
    return words


def direction_before(words: list[str]) -> str:
    """The direction a change word right before a figure sets ("narrowed 3 points", "widened
    to 5 percentage points", "eased by about 2%"), or ""."""
    words = strip_lower(without_approx(words), DIRECTION_PARTICLES)
    return CHANGE_WORDS.get(words[-1].lower(), "") if words else ""


# Words between a change word and the amount it changes by: "rose by", "fell a further"; not
# "to", which opens the level reached ("fell $2 billion to $40 billion", "rose to $5 million").
MONEY_CHANGE_PARTICLES = frozenset(("by", "a", "an", "further", "another"))


# Change words whose amount of money is a sum, not a change: money raised is an amount earned
# (EARNING_VERBS), and money lost is a loss ("The firm lost $5 million last year").
SUM_VERBS = EARNING_VERBS | LOSE_VERBS


# the kinds whose figure a change word right before it makes a change (dates and spans are none)
CHANGING_KINDS = frozenset(("percent_change", "money", "count", "other"))
AMOUNT_PARTICLES = frozenset(("a", "an", "further", "another"))  # "rise another 0.5 metres"
COUNT_CHANGE_PARTICLES = frozenset(("up", "down"))  # "(up 4,293,741 to 25,145,561)"
ASIDE_OPENERS = frozenset((",", "("))  # what stands before "up" or "down" opening an aside
# the word after an amount that makes it a quantity or a place, not a change ("dropped 120mm of
# rain", "sank 4 nautical miles from the port", "sank 12 km off Crete")
AMOUNT_OBJECT_WORDS = frozenset(("of", "from", "off"))


def _amount_object(after: list[str]) -> bool:
    """Whether the words after an amount, past a bracketed conversion, open with AMOUNT_OBJECT_WORDS."""
    if after[:1] == ["("] and ")" in after:
        after = after[after.index(")") + 1 :]
    return bool(after) and after[0].lower() in AMOUNT_OBJECT_WORDS


def amount_direction(words: list[str], counted: bool) -> str:
    """The direction of a change in a count or a measurement that the words right before it set:
    a change word ("rose 37.6 points", "shed 9 billion tonnes"), or one before "by" ("grew by
    3,700", "rose by 2 metres"); a count only "by" or an aside's "up" or "down" (", up 380": "cut 75
    jobs" counts what a verb acts on, "make up 12" is no change); none after an approximation
    word ("fell below 35C", "came down about 4 miles": a level or a distance)."""
    words = strip_lower(words, AMOUNT_PARTICLES)
    last = words[-1].lower() if words else ""
    if last == "by" and len(words) > 1:
        return CHANGE_WORDS.get(words[-2].lower(), "")
    if counted and not (last in COUNT_CHANGE_PARTICLES and words[-2:-1] and words[-2] in ASIDE_OPENERS):
        return ""
    if last in COUNT_CHANGE_PARTICLES and words[-2:-1] and words[-2].lower() in PHRASAL_PARTICLE_VERBS:
        return ""  # "gave up 517 rushing yards", "made up 12 metres": a phrasal verb, no rise
    return CHANGE_WORDS.get(last, "")


# verbs whose "up" or "down" makes a phrasal verb of conceding, making up or setting ("a defence
# that gave up 517 yards", "set down 40 mm of rain"), not a rise or a fall
PHRASAL_PARTICLE_VERBS = frozenset(
    "give gives gave given giving make makes made making set sets setting wind winds wound winding "
    "end ends ended ending sum sums summed".split()
)


def money_direction(words: list[str]) -> str:
    """The direction of a change in money that a change word right before the amount sets
    ("Profit rose by RM5 million", "Revenue fell $2 billion"), or "" for an amount that is a level
    or a sum ("rose to $40 billion", "raised $5 million")."""
    words = strip_lower(without_approx(words), MONEY_CHANGE_PARTICLES)
    last = words[-1].lower() if words else ""
    if last in COUNT_CHANGE_PARTICLES and words[-2:-1] and words[-2].lower() in PHRASAL_PARTICLE_VERBS:
        return ""  # "the tax share making up $265 million": a part of a whole, no rise
    return "" if last in SUM_VERBS or last in NOUN_ONLY_CHANGES else CHANGE_WORDS.get(last, "")


def offspring(before: list[str]) -> str:
    """The children a parent (vocab.PARENT_NOUNS) is "of" ("a mother of two" -> "children", "a
    grandmother of 11" -> "grandchildren"), or ""."""
    lead = [w.lower() for w in before[-2:]]
    if len(lead) < 2 or lead[1] != "of" or lead[0] not in PARENT_NOUNS:
        return ""
    return "grandchildren" if lead[0].startswith("grand") else "children"


POSSESSIVE_ENDS = ("'s", "’s")
# A span served in prison ("five years in prison", "18 months in jail"): a prison term, unless the
# subject names the sentence or term already.
IN_PRISON = (["in", "prison"], ["in", "jail"], ["in", "gaol"], ["behind", "bars"])
IN_PRISON_FIRST_WORDS = frozenset(words[0] for words in IN_PRISON)
TERM_WORDS = frozenset(("sentence", "term", "prison", "jail", "custody"))
RE_LOWER_WORD = re.compile(r"[a-z]+")
PRISON_REACH = 8  # words before the span read for a sentencing verb
# A measurement listed after another in its unit ("winds hit 130 km/h on the coast and 85 km/h
# inland"): when its own subject names only the kind of quantity, it measures what the
# first does.
QUANTITY_WORDS = frozenset(("", "speed", "temperature", "weight", "area", "volume", "energy", "power"))
RE_LISTED_GAP = re.compile(
    r"[^\d.;:]{0,60}?\s(?:and|while|with)\s+(?:(?:about|around|nearly|some|up\s+to)\s+)?"
)


def listed_measurement(prev: Figure, fig: Figure, body: str) -> str:
    """The subject of the measurement `prev` for the listed measurement `fig` (see above), or ""."""
    if (
        prev.unit != "other"
        or prev.measure != fig.measure
        or not RE_LISTED_GAP.fullmatch(body, prev.end, fig.start)
    ):
        return ""
    named = bare_subject_of(prev.subject)
    return named if named not in QUANTITY_WORDS else ""


# A gapped clause that repeats an amount's statement for another place ("The average rent in Dublin
# was €1,920, and in Cork €1,540"): the place phrase alone, after ", and", before the amount
RE_GAPPED_PLACE = re.compile(
    r",?\s+and\s+(?P<place>(?:in|outside|across|for)\s+(?:the\s+)?[A-Za-z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s+\Z"
)
RE_PLACE_TAIL = re.compile(r"\s+(?:in|outside|across|for)\s+\S.*\Z")  # the place phrase ending a subject


def gapped_place(prev: Figure, fig: Figure, body: str) -> str:
    """The subject of the amount `fig` in a gapped clause after `prev` (see RE_GAPPED_PLACE): what
    `prev` measures, its own place replaced by the new one ("average rent in Cork"); else ""."""
    if fig.start - prev.end > GAPPED_PLACE_REACH or prev.unit != fig.unit:
        return ""
    found = RE_GAPPED_PLACE.search(body, prev.end, fig.start)
    if found is None:
        return ""
    named = bare_subject(prev.subject)
    base = RE_PLACE_TAIL.sub("", named)
    if not any(w.islower() and w.isalpha() for w in base.split()):
        return ""  # "In Dublin it was ...": no common noun says what was measured
    return f"{base} {found.group('place')}"


GAPPED_PLACE_REACH = 60  # characters between the two amounts, at most


# A depth of rain or snow is named by its fall ("120mm of rain": the rainfall).
FALL_NOUNS = {"rain": "rainfall", "rains": "rainfall", "snow": "snowfall", "snows": "snowfall"}
RE_FALL_NOUN = re.compile(r"\b(?:[Rr]ains?|[Ss]nows?)\b")
FALL_MEASURES = frozenset(("millimeter", "centimeter", "inch", "meter", "foot"))


def _fall(m: re.Match[str]) -> str:
    return FALL_NOUNS[m.group(0).lower()]


def _of_fall(after: list[str], subject: str) -> bool:
    """Whether a depth is of rain or snow: "of rain" right after it, or a subject that is the word
    alone ("rain pushed the river 86 cm above the mark" measures the river)."""
    return (
        [w.lower() for w in after[:1]] == ["of"]
        and after[1:2]
        and after[1].lower() in FALL_NOUNS
        or (subject.lower() in FALL_NOUNS)
    )


# A margin of victory or defeat: "by" and its number after a verb of winning or losing, the loser
# or the race named between ("won the Grand Prix by 1.9 seconds", "beating the favourite by two
# lengths", "edged Ruiz by 0.07", "lost by 14"), within its clause.
MARGIN_KINDS = frozenset(("count", "duration", "other"))
MARGIN_WIN_VERBS = frozenset(
    "won win wins winning beat beats beating edged edges edging pipped pipping".split()
)
MARGIN_REACH = 14  # tokens between the verb and "by", at most (a race's name and its prize)


def winning_margin(lead: list[str]) -> str:
    """ "winning margin" or "losing margin" when the words before a number end in "by" after a verb
    of winning or losing in the same clause (see above); "margin over" the mark a verb of bettering
    a record names ("bettered the old mark of 37.9 degrees, set in 1932, by 0.4 degrees": "margin over
    old mark"); else ""."""
    if "by" not in lead:
        return ""  # the cheap test first: most figures follow no "by"
    if lead[-1:] != ["by"]:
        return ""
    start = max(0, len(lead) - MARGIN_REACH - 1)
    i = len(lead) - 1
    while i > start:
        i -= 1
        word = lead[i]
        low = word.lower()
        if low in RECORD_VERBS:
            mark = [
                w
                for w in noun_phrase_before(_until_aside(lead[i + 1 : -1]))
                if w[:1].isalpha() and w.lower() not in DETERMINERS
            ]
            return f"margin over {' '.join(mark)}" if mark else "winning margin"
        if low in MARGIN_WIN_VERBS:
            return "winning margin"
        if low in LOSE_VERBS:
            return "losing margin"
        closes = word == "," or word[:1].isdigit() and word.endswith(",")  # "set in 1932, by": its comma
        if closes and (opening := _aside_comma(lead, start, i)) is not None:
            i = opening  # ", set in 1932,": an aside on the mark, passed
            continue
        if closes or word in (";", ":", ".") or low in ("and", "but", "while", "that", "which", "who"):
            return ""  # another clause (a bracketed conversion in the race's name is none)
    return ""


# verbs of bettering a record or a mark: a "by" after their object is the margin over it
RECORD_VERBS = frozenset(
    """broke breaks breaking bettered betters bettering exceeded exceeds exceeding surpassed surpasses
    surpassing eclipsed eclipses eclipsing""".split()
)


def _aside_comma(words: list[str], start: int, end: int) -> int | None:
    """The comma that opens an aside with a past participle closed by the comma at words[end]
    (", set in 1932,", ", held by Ochieng,"), at or after `start`, or None."""
    for j in range(end - 1, start - 1, -1):
        if words[j] in (",", ";", ":", "."):
            return j if words[j] == "," and j + 1 < end and aside_participle(words[j + 1]) else None
    return None


def _until_aside(words: list[str]) -> list[str]:
    """The words up to the first comma or preposition ("the old mark" of "the old mark of 37.9
    degrees, set in 1932,")."""
    for k, word in enumerate(words):
        if word == "," or word.lower() in PREPOSITIONS:
            return words[:k]
    return words


# A percent before "less likely to", "more likely to" or a comparative and "risk", "chance" or
# "odds" measures a likelihood, as health and science news states results ("were 30% less likely
# to miss school", "had a 15% lower risk of stroke"): the words after name what is likelier; so
# does a percent right before such a noun and "of" ("a 20% chance of recovery")
LIKELIHOOD_FIRSTS = frozenset("less more lower higher greater smaller reduced increased raised".split())
LIKELIHOOD_NOUNS = frozenset("risk chance chances odds likelihood probability".split())
LIKELIHOOD_STOPS = frozenset(
    ", ; : . ( ) than over if when compared according during after before while because among by".split()
)
LIKELIHOOD_WORDS = 7  # the most words of what is likelier that the subject takes


def likelihood(after: list[str]) -> str:
    """What a percent's "less likely to ..." or "lower risk of ..." after it makes likelier ("likelihood
    to miss school", "risk of stroke"), or ""."""
    if after[1:3] == ["likely", "to"] and after[0] in ("less", "more"):
        head, rest = ["likelihood", "to"], after[3:]
    elif len(after) > 1 and after[1] in LIKELIHOOD_NOUNS:
        head, rest = [after[1]], after[2:]
    elif after[1:2] == ["of"] and after[0] in LIKELIHOOD_NOUNS:
        head, rest = [after[0]], after[1:]  # "a 36% chance of a live birth": the chance itself
    else:
        return ""
    words: list[str] = []
    for word in rest[:LIKELIHOOD_WORDS]:
        if word in LIKELIHOOD_STOPS or word[:1].isdigit():
            break  # (a date or a number after it is no part of what is likelier: "... in 2024")
        words.append(word)
    while words and words[-1] in PREPOSITIONS:
        words.pop()
    if head[0] == "likelihood" and not words:
        return ""
    return " ".join(head + words)


# The particles between a clause's verb and its figure ("sells at", "was let at", "earned", "were
# dated to", "took"): the verb reads as the clause's predicate, whose subject names what is measured.
VERB_FIGURE_PARTICLES = frozenset(("at", "to", "for", "by"))
# Irregular past forms that end a clause's predicate before its figure ("sold at", "paid", "won").
PAST_VERBS = COMMA_ASIDE_PARTICIPLES | frozenset("let took gave sat got went came".split())
# Words that never open the noun phrase of a clause's doer: "Some have gone", "Now I pay".
NOT_DOER_WORDS = (
    PERSONAL_PRONOUNS | PRONOUNS | frozenset(("and", "or", "some", "many", "most", "others", "all"))
)


def _clause_verb(word: str, prev: str) -> bool:
    """Whether a lower-case word after `prev` (lower-cased) reads as its clause's verb: a past form
    ("earned", "sold") not after a verb or a determiner ("lifted profit", "the combined"); a present
    form in -s after an adverb ("now sells"; not "..., oils" of a list whose verb is gapped); a form
    in -ing after "be" ("are moving")."""
    if word in CHANGE_WORDS or word in LINK_WORDS or prev in DETERMINERS or prev in PREPOSITIONS:
        return False
    if past_form(word) or word in PAST_VERBS:
        return not (past_form(prev) or prev in CHANGE_WORDS or prev in PAST_VERBS)
    if word.endswith("s") and not word.endswith("ss"):
        return prev in NOW_WORDS or prev in PASSIVE_TIME_ADVERBS or _ly_adverb(prev)
    return word.endswith("ing") and prev in BE_WORDS


# Irregular past forms that may be the first verb of a clause whose second verb, after "and",
# leaves its subject out ("The ferry left at dawn and took 14 hours").
FIRST_PAST_VERBS = PAST_VERBS | IRREGULAR_PAST_VERBS
SHARED_DOER_WORDS = 6  # the longest noun phrase read before a clause's first verb


RELATIVE_ASIDE_WORDS = 12  # the longest relative clause read back between commas


def _relative_opening(words: list[str]) -> int:
    """Where a relative clause between commas that ends the words opens (the index of its first
    comma: ", which closed in June ,"), or -1."""
    for i in range(len(words) - 2, max(0, len(words) - RELATIVE_ASIDE_WORDS) - 1, -1):
        if words[i] in ",;:(":
            return i if i > 0 and words[i + 1].lower() in ("which", "who") else -1
    return -1


def shared_doer(words: list[str]) -> str:
    """The subject a clause shares with a second verb joined to it by "and": the noun phrase that
    opens the clause, read before its first verb ("The depot opened in 2021" -> "depot"), or ""
    (a pronoun or nothing opens it, or no verb follows within reach); a relative clause between
    commas before "and" is passed ("Kenya sold 90 tonnes, which was a record, and earned")."""
    if words[-1:] == [","] and (opened := _relative_opening(words)) > 0:
        words = words[:opened]  # "..., which closed in June,": an aside
    start = (
        max((i for i, w in enumerate(words) if w in ",;:(" or w.lower() in BOUNDARY_WORDS), default=-1) + 1
    )
    for i in range(start + 1, min(len(words), start + SHARED_DOER_WORDS + 1)):
        lower = words[i].lower()
        if lower in LINK_WORDS or lower in CHANGE_WORDS or lower in AUXILIARIES or lower in FIRST_PAST_VERBS:
            break
        if past_form(lower) and words[i - 1].lower() not in DETERMINERS:
            break
    else:
        return ""
    phrase = strip_lower(words[start:i], SUBJECT_ADVERBS)
    if not phrase or phrase[0].lower() in PREPOSITIONS or phrase[0].lower() in PERSONAL_PRONOUNS:
        return ""
    return head_of(phrase)


def verb_doer(lead: list[str], verb: str) -> str:
    """What a figure measures when the one word read for it is its clause's verb: the noun phrase
    that opens the verb's clause, across an aside or a relative opening, with the verb ("A sack of
    flour, the staple, now sells at 900 shillings" -> "sack of flour sells"; "The fish, a cold-water
    species, are moving 40 km" -> "fish moving"), or "" (a pronoun opens the clause, or the word is
    no verb: "outside the capital €900", "prices rose 3%, oils 2%")."""
    i = len(lead) - 1
    if i >= 0 and (lead[i].lower() in VERB_FIGURE_PARTICLES or lead[i].lower() in DEGREE_WORDS):
        i -= 1  # "sells at", "has received barely"
    if i < 1 or lead[i] != verb or not _clause_verb(verb, lead[i - 1].lower()):
        return ""
    words = strip_lower(lead[:i], BE_WORDS | AUXILIARIES)  # "is let at", "are moving", "has received"
    if len(words) > 2 and words[-1].lower() in PERSONAL_PRONOUNS and words[-2].lower() in ("which", "that"):
        words = words[:-1]  # "the demands, which she put at": the relative's object is the noun before
    if not words:
        return ""
    if words[-1].lower() == "and":
        # "the dollar was bought at 281 and sold at"; "The bridge opened in May and took ..."
        doer = clause_predicate_subject(words[:-1]) or shared_doer(words[:-1])
    elif len(words) > 2 and words[-1].lower() in ("which", "that") and words[-2] == ",":
        # "could not meet the drivers' demands, which she put at": the antecedent, wherever it stands
        doer = antecedent_head(words[:-2])
    else:
        doer = _doer(words)
    named = doer.lower().split()
    if not named or verb in named or not NOT_DOER_WORDS.isdisjoint(named) or past_form(named[-1]):
        return ""
    return f"{doer} {verb}"


# A span joined by a hyphen to its unit before the noun it modifies, with the words of that noun
# phrase the figure's quote takes ("48-hour general", "three-year tripartite", "eight-day meet").
RE_SPAN_PREMODIFIER = re.compile(
    r"-(?:year|month|week|day|hour|minute|season|night)(?P<tail>(?:\s+[a-z][a-z-]*)+)\Z", re.IGNORECASE
)
NOT_SPANNED = (
    LINK_WORDS
    | frozenset(CHANGE_WORDS)
    | AUXILIARIES
    | BE_WORDS
    | frozenset("can must to and or around away".split())
)


def _present_verb(lower: str, prev: str, following: list[str]) -> bool:
    """Whether a word in -s after a singular noun reads as that noun's verb: a function word, a
    number or a word of time follows it ("pass goes on", "account pays 4%", "meeting ends today")."""
    if (
        not lower.endswith("s")
        or lower.endswith(("ss", "us", "is"))
        or prev.endswith("s")
        and not prev.endswith("ss")
    ):
        return False
    nxt = following[0].lower() if following else ""
    return (
        not nxt
        or not nxt[0].isalpha()
        or nxt in FUNCTION_WORDS
        or nxt in PREPOSITIONS
        or nxt in TODAY_WORDS
        or nxt in APPROX_WORDS
        or nxt in DIRECTION_WORDS
    )


def spanned_length(tail: list[str], subject: str, after: list[str]) -> str:
    """The length of what a span before a noun measures when its subject names only the words the
    quote takes after the span: the whole noun phrase ("a 48-hour general strike" -> "length of the
    general strike"; a statistic's period: "a 30-year average" -> "period of the average"), or ""."""
    if not tail or subject.lower() != " ".join(tail).lower() or tail[-1].isupper():
        return ""  # "a four-hour BESS": an acronym, spelled out later
    rest: list[str] = []
    last = tail[-1].lower()
    named = [] if last.endswith("s") and not last.endswith("ss") else noun_after(after)  # "five-year fixes"
    for k, word in enumerate(named):
        lower = word.lower()
        if lower in NOT_SPANNED or lower in FIRST_PAST_VERBS or past_form(lower) or lower.endswith("ly"):
            break
        if _present_verb(lower, [*tail, *rest][-1].lower(), after[k + 1 : k + 2]):
            break  # "the six-day pass goes on sale": the pass, not what it does
        rest.append(word)
        if lower.endswith("s") and not lower.endswith("ss"):
            break  # "one-month active users": a plural noun ends its phrase
    phrase = " ".join([*tail, *rest])
    head = phrase.split()[-1].lower()
    if head.endswith("s") and not head.endswith("ss") or head in PERIOD_WORDS:
        return phrase  # "one-month active users": those the span defines; "a 24-hour period": itself
    return f"period of the {phrase}" if head in STATISTIC_WORDS else f"{SPAN_LENGTH}{phrase}"


def partitive_subset(whole: str, rest: list[str]) -> str:
    """What a count of part of a group counts when a phrase after "of them" names the part (the
    group's subject with that phrase: "people injured" and "15 of them by falling glass" ->
    "people injured by falling glass"), or "" (no such phrase, or the group names nothing)."""
    phrase = phrase_after(rest)
    if not phrase or not has_content_word(whole) or not has_content_word(" ".join(phrase)):
        return ""
    return f"{whole} {' '.join(phrase)}"


BE_STARTS = (["were"], ["was"], ["are"], ["is"])  # the verb after a part of a named group
RE_GROUP_OF_THE = re.compile(r"\bof\s+the\s+([a-z]{3,})\Z")  # "12 of the dead", "40 of the injured"
SUBSET_WORDS = 4  # the longest predicate read after "were" for the part of a group


def group_subset(quote: str, predicate: list[str]) -> str:
    """What a count of part of a named group counts when "were" and a predicate follow it: a noun
    names who among the group ("9 of the dead were nurses" -> "nurses among the dead"), other words
    the state of that part ("4 of the injured were still in hospital" -> "injured still in
    hospital"); "" for another quote or no predicate."""
    group = RE_GROUP_OF_THE.search(quote)
    words: list[str] = []
    for word in predicate[:SUBSET_WORDS]:
        if not word.isalpha() or word.lower() in BOUNDARY_WORDS or word in ("and", "or"):
            break
        words.append(word)
    while words and words[-1].lower() in FUNCTION_WORDS:
        words.pop()  # "in serious condition at": the phrase the window cuts
    if group is None or not words or not has_content_word(" ".join(words)):
        return ""
    first = words[0].lower()
    noun = len(words) == 1 and (first in PEOPLE_NOUNS or first.endswith("s") and not participle(first))
    return f"{words[0]} among the {group.group(1)}" if noun else f"{group.group(1)} {' '.join(words)}"


# The measures of a temperature; a reading of one is said of what shows it ("the mercury hit 40C",
# "thermometers showed 38 degrees"), which names the temperature.
TEMPERATURE_MEASURES = frozenset(("degree_Celsius", "degree_Fahrenheit"))
TEMPERATURE_HOLDERS = frozenset(("mercury", "thermometer", "thermometers"))


# A storm's category reads its strength (rules, table 7), best said of the storm named before it
# in its sentence ("Hurricane Odile made landfall as a Category 3 storm").
STORM_CATEGORY = "category"
RE_NAMED_STORM = re.compile(
    r"\b(?:Super\s+)?(?:Hurricane|Typhoon|Cyclone|Tropical\s+(?:Storm|Cyclone|Depression)|Storm)\s+[A-Z][a-z]+"
)
STORM_NAME_REACH = 240  # characters before a category read for the storm's name


STORM_NOUN_WORDS = frozenset(STORM_NOUNS) | frozenset(("system",))  # "the system" of a forecast


def storm_strength(body: str, lo: int, start: int, own: str, after: list[str]) -> str:
    """The subject of a storm's category: the strength of the storm named last before it in its
    sentence ("strength of Typhoon Lan"), or of the name its own subject gives ("Florence"), or of
    the storm noun after it ("a Cat 3 hurricane": "the hurricane")."""
    named = [m.group() for m in RE_NAMED_STORM.finditer(body, lo, start)]
    if named:
        return f"strength of {named[-1]}"
    if own[:1].isupper() and " " not in own and own.isalpha():
        return f"strength of {own}"
    noun = after[0].lower() if after and after[0].lower() in STORM_NOUN_WORDS else "storm"
    return f"strength of the {noun}"


def read_temperature(subject: str) -> str:
    """A temperature's subject with the instrument that shows it named as the temperature
    ("mercury in Seville" -> "temperature in Seville"), or "" when it names no such instrument."""
    words = subject.split()
    if not words or words[0].lower() not in TEMPERATURE_HOLDERS:
        return ""
    rest = words[1:]
    if "temperature" in rest:
        rest = rest[
            rest.index("temperature") + 1 :
        ]  # "mercury temperature", "thermometer showed temperature"
    return " ".join(["temperature", *rest])


# " to" and what follows it at a subject's end, when only the new level's sign and digits follow
# ("monthly pass to", "trucks to NZ", "fixed monthly charge to R 135")
RE_TO_NEW_LEVEL_END = re.compile(r"\s+to(?:\s+(?:[A-Z]{1,3}|[\d.,]+))*\Z")


def _without_new_level(subject: str) -> str:
    """The subject of the old level in "from A to B" without the "to" that leads to the new one
    ("and the monthly pass from $40 to $55": "monthly pass")."""
    return RE_TO_NEW_LEVEL_END.sub("", subject) or subject


def refine(figures: list[Figure], body: str, bounds: Callable[[int], tuple[int, int]]) -> list[Figure]:
    """Figures with subjects that name what is measured (own_subject), a figure that states only
    its own phrase taking the counted noun of the count before it in the sentence ("20,000
    personnel ..., including 8,000 from Duke" -> "personnel from Duke"), and lists of figures
    matched to lists of nouns ("revenue and profit of RM1.09 billion and RM140.7 million
    respectively")."""
    out: list[Figure] = []
    last_count: Figure | None = None
    gift: tuple[int, str] = (-1, "")  # the sentence and stem of the last amount given ("US contribution")
    sentence: Tokenised | None = None  # a long sentence's tokens, read once for all its figures
    named: tuple[int, dict[str, str]] = (-1, {})  # a sentence's start, its first subject in each unit
    named_before: tuple[int, dict[str, str]] = (-1, {})  # the same for the sentence before it
    changed: dict[tuple[str, object], str] = {}  # the first change of each unit and value, and what changed
    for fig in figures:
        kind, unit = fig.kind, fig.unit  # read once: refine changes only a figure's subject and direction
        if kind == "date":
            dated = _dated_event(fig, body, bounds) if events.might_date_an_event(body, fig.start) else fig
            if dated is fig and out:
                dated = _dated_figure(fig, out[-1], body)
            out.append(dated)
            continue
        start, end, core_end = fig.start, fig.end, fig.core[1]  # read once: refine changes none of them
        s_start, s_end = bounds(start)
        first = named[0] != s_start  # the sentence's first figure that is not a date
        if first:
            named_before, named = named, (s_start, {})
        if last_count is not None and last_count.start < s_start:
            last_count = None
        read: Callable[[str, int, int], list[str]] = tokens
        if s_end - s_start > LONG_SENTENCE:
            if sentence is None or sentence[:2] != (s_start, s_end):
                sentence = tokenise(body, s_start, s_end)
            read = partial(tokens_in, sentence)
        lo = max(s_start, start - BEFORE_CHARS)
        before = read(body, lo, start)
        if lo > s_start and before and body[lo - 1].isalnum() and body[lo].isalnum():
            before = before[1:]  # a word the window cuts ("arketing" of "Marketing") is no word
        before = spelled_ebitda(without_relative_aside(without_adverb_aside(without_open_quote(before))))
        if before[:1] == ["It"] and lo == s_start and s_start:
            before = _it_resolved(
                before, body, s_start, bounds
            )  # "The mill reopens in June. It will hire 270."
        # what most rules read: the words before, "more than" or "nearly" left out
        lead = without_approx(before)
        after = read(body, end, min(s_end, end + AFTER_CHARS))
        subject = ""
        if kind == "money":
            stem = giving.giving_stem(before)
            if not stem and gift[0] == s_start and giving.joined_to_gift(before):
                stem = gift[1]  # "$77M to UNHCR this year ..., and $9M to IOM": the same verb gives both
            subject = giving.given_subject(stem, after) if stem else ""
            if " " in stem and MODALS.isdisjoint(stem.lower().split()) and fig.subject.startswith("to "):
                # a giver named: "The sector contributed $2m to gross domestic product", "to rebuild it"
                subject = subject or f"{stem} {fig.subject}"
            if subject:
                gift = (s_start, stem)
            else:
                subject = giving.passive_gift(
                    lead, after
                )  # "The board has been allocated $5m": its allocation
                subject = subject or giving.set_aside_subject(lead, after)  # "set aside $4m to hire nurses"
        if (
            not subject
            and before[-1:] == ["to"]
            and lead[-1:] == ["to"]  # not "up to" of approximation ("bring up to 30 litres of rain")
            and not (kind == "count" and end > core_end)
        ):
            subject = brought_to(before)  # "bringing its domestic total to $268.4 million"
        if not subject and kind == "money":
            subject = giving.taken_subject(lead, after)  # "stole $2m from the council"
        if (
            not subject and kind == "money" and "owe" in body[max(s_start, start - 40) : start]
        ):  # cheap test first
            subject = giving.owed_subject(lead)  # "Councils owed the water board $80m": their debt
        if not subject and kind == "money":
            # "the $94,000 needed for the vote", "$11,500 of that went to printing", "the $18.6
            # million the government owes the plan": the words after the amount say what it is
            subject = needed_for(after) or relative_sum(lead, after)
            if lead[-1:] != ["of"]:  # "Prize money of €25,000 goes to the winner": the prize money
                subject = subject or sent_to(after)
            them = (
                bare_subject(last_count.subject)
                if last_count is not None and last_count.unit == "people"
                else ""
            )
            subject = subject or paid_to(lead, after, them)  # "and paid them Sh9.3 billion": the farmers
        if not subject and not (kind == "count" and end > core_end):  # "at 800 workers": its own noun
            subject = appraised_object(lead) or (appraised_antecedent(lead) if unit != "percent" else "")
        if kind == "money" and not subject and len(lead) < 3:
            subject = listed_price(body, fig, bounds)  # a listing's "Guide £845,000 ono."
        subject = subject or own_subject(fig, body, before, after, lead)
        if kind == "money" and subject.startswith(WORTH_OF) and money.paid_per_time(body, fig.end):
            subject = (
                wage_under(subject.removeprefix(WORTH_OF)) or subject
            )  # "an extension worth £9,000 a week"
        if lead[-1:] == ["from"] and after[:1] == ["to"]:
            subject = _without_new_level(subject or fig.subject)
        if (
            kind == "percent_change"
            and out
            and out[-1].kind not in ("date", "duration")
            and RE_NAME_LIST.fullmatch(subject or bare_subject_of(fig.subject))  # the names stand in
        ):
            # "lifted its share to 13.6 per cent, up 1.4 points"
            subject = _linked_subject(out, s_start, body, start, RE_TRAILING_CHANGE_GAP) or subject
        if kind == "money" and out and out[-1].kind == "money" and out[-1].unit == unit:
            # "finished at $104,689, up $3,512": that sum's change
            subject = _linked_subject(out, s_start, body, start, RE_TRAILING_CHANGE_GAP) or subject
        if (
            unit in NAME_SHARE_UNITS
            and kind in ("percentage_share", "percent_change")
            and subject[:1].isupper()
        ):
            subject = named_for_share(subject, body, s_start, start) or subject  # "who host the evening slot"
        if kind == "duration" and after[:1] == [","] and "-" in body[start:end]:
            shared = coordinated_span_noun(after)
            subject = f"length of the {shared}" if shared else subject  # "a two-year, $3.5 million contract"
        if unit == "percent" and lead[-1:] == ["to"] and out and out[-1].measure == "percentage point":
            # "lost 2.2 points to 9.6 per cent": the same share
            subject = _linked_subject(out, s_start, body, start, RE_TO_BETWEEN) or subject
        if kind == "count" and not subject and not has_content_word(bare_subject(fig.subject)):
            subject = _measure_premodified_noun(after)  # "Two new 160-metre vessels"
        if kind == "duration" and before[-1:] and before[-1].lower() in SPAN_ADJUNCTS:
            subject = clause_period(before) or subject  # "surveys 5,000 people over 10 weeks"
        if kind in TIMED_KINDS and after[:1] == ["of"]:
            subject = part_of_pronoun(fig, out, after) or subject  # "Around 30% of that will go on"
        if kind == "other" and unit == "other" and after[:1] == ["of"]:
            subject = part_of_measured(fig, out, after) or subject  # "330 km, 215 km of it as a subsea cable"
        if unit == "people" and after[:1] == ["at"]:
            counted = subject or fig.subject
            if counted.isalpha() and counted.islower() and (place := _named_place_at(after)):
                subject = f"{counted} {place}"  # "a crowd of 6,300 at Hollins Park", "9,000 fans at"
        if (
            kind == "percentage_share"
            and last_count is not None
            and last_count.unit in ("people", "count")
            and after[:1] != ["of"]  # "found that 27% of schools ...": the whole it names
            and lead[-1:] == ["that"]
            and lead[-2:-1]
            and lead[-2].lower() in FINDING_VERBS
            and (surveyed := bare_subject(last_count.subject))
        ):
            # "A survey of 812 nurses ... found that 71% had worked unpaid": a share of those counted
            subject = f"share of {surveyed}"
        if (
            unit == "percent"
            and after
            and (after[0] in LIKELIHOOD_FIRSTS or after[0] in LIKELIHOOD_NOUNS)
            and (found := likelihood(after))
        ):
            # "were 21% less likely to die of X", "a 15% lower risk of stroke": what is likelier,
            # for the group the words before name
            subject = (
                found
                if not subject or names_a_time(subject) or subject in found
                else f"{found} for {subject}"
            )
        if kind == "money" and out and out[-1].kind == "money" and out[-1].start >= s_start:
            subject = gapped_place(out[-1], fig, body) or subject  # "..., and in Cork €1,540"
        if kind == "money" and lead[-1:] == ["to"]:
            subject = _equal_to_noun(lead) or subject  # "the haul, equal to about $2 million at the time"
        if unit == "other" and out and bare_subject_of(subject or fig.subject) in QUANTITY_WORDS:
            subject = listed_measurement(out[-1], fig, body) or subject  # "152 km/h at A and 118 km/h at B"
        if kind in MARGIN_KINDS:
            subject = (
                winning_margin(lead) or subject
            )  # "won the race by 1.9 seconds", "beat her by two lengths"
        if unit == "people" and end == core_end:
            subject = offspring(before) or subject  # "a mother of two": her children
        if kind == "duration" and end > core_end and before[-1:] and before[-1][-2:] in POSSESSIVE_ENDS:
            # "the tournament's 14-year history": the history of the tournament
            owner = before[-1][:-2]
            own = subject or bare_subject_of(fig.subject)
            if owner.isalpha() and own and " " not in own and owner.lower() not in own.lower():
                subject = f"{own} of {owner}"
        served = (
            after[3:]
            if after[:1] == ["and"] and after[2:3] and after[2].lower() in TERM_PART_UNITS
            else after
        )
        if (
            kind == "duration"
            and served[:1]
            and served[0].lower() in IN_PRISON_FIRST_WORDS  # the cheap test first
            and [w.lower() for w in served[:2]] in IN_PRISON
        ):  # ("four years and nine months in jail": the years are the sentence's too)
            term = (subject or bare_subject_of(fig.subject)).lower()
            if set(RE_LOWER_WORD.findall(term)).isdisjoint(TERM_WORDS):  # "sentenced" names no term
                sentenced = any(w.lower().startswith("sentenc") for w in before[-PRISON_REACH:])
                # "sentenced the driver to eight years in prison": the sentence passed, whose doer
                # the clause names; "a crime punishable by seven years in jail": a prison term
                subject = "prison sentence" if sentenced else "prison term"
        if (
            unit == "other"
            and fig.measure in FALL_MEASURES
            and _of_fall(after, subject or bare_subject_of(fig.subject))
        ):
            subject = RE_FALL_NOUN.sub(_fall, subject or bare_subject_of(fig.subject))  # "120mm of rain"
        if first and kind in TIMED_KINDS and _expected_of_pronoun(before) and s_start:
            subject = _sentence_subject(body, *bounds(s_start - 1)) or subject  # "Analysts expect it to fall"
        if kind == "duration" and out and out[-1].kind == "money":
            subject = _spread_over(fig, out[-1], body) or subject  # "$312 million over three years"
        if kind == "duration" and out and out[-1].start >= s_start:
            subject = (
                _frequency_after_rate(fig, out[-1], body, s_start) or subject
            )  # "a day, six days a week"
        if kind == "duration" and len(out) > 1 and out[-1].unit == "percent" and out[-2].kind == "money":
            # "a loan of $9m at 2% over 20 years": the loan's term
            subject = _loan_term(fig, out[-1], out[-2], body) or subject
        elif kind == "duration" and out and out[-1].kind == "money":
            # "a credit of $5m, repayable over ten years": how long the sum lent is repaid over
            subject = _repayment_period(fig, out[-1], out[-1], body) or subject
        if not subject and kind in TIMED_KINDS and "and" in before[-GAP_WORDS - 1 :] and named[0] == s_start:
            subject = gapped_subject(lead)  # "men got 44.5% ... and women 55.5%"
        if kind in ("money", "other") and " " not in (subject or bare_subject(fig.subject)):
            subject = relative_antecedent(lead) or subject  # "chemicals, which absorb about $3m"
        word = subject or bare_subject_of(fig.subject)
        if word.isalpha() and word.islower() and word in lead[-2:]:
            subject = verb_doer(lead, word) or subject  # "A sack of flour, the staple, now sells at 900"
        elif unit == "other" and _verb_and_quantity(subject or bare_subject(fig.subject), before):
            # "its depot, which covers 90,000 square feet": the depot covers that area
            antecedent = relative_antecedent(lead)
            subject = f"{antecedent} {subject or bare_subject(fig.subject)}" if antecedent else subject
        if not has_content_word(subject or bare_subject(fig.subject)):
            subject = added_to(lead, after) or subject  # "adding 6 to 9 hours ... to each trip"
        if subject in CHANGE_NOUNS and kind == "percent_change":
            subject = changed.get((unit, fig.value), subject)  # "the 3.15% rise": the rise told before
        if kind == "percentage_share" and last_count is not None and start - last_count.end <= APPOSED_GAP:
            group = apposed_group(last_count, fig, body, before, after, subject)
            subject = group or subject  # "about 7,100 children, or 12 per cent of those screened"
        if kind == "percentage_share" and after[:1] == ["of"] and (sum_fig := _last_sum(out)) is not None:
            # "a deficit of $4.2 billion, or 3.1% of GDP": the sum as a share of the whole
            subject = sum_as_share(sum_fig, fig, body, subject or bare_subject_of(fig.subject)) or subject
        if kind == "percentage_share" and (
            names_a_time(subject or fig.subject) or after[:1] != ["of"] and opens_clause(lead)
        ):
            # "About 40% said they would vote", "..., and 9.3% were positive": the share that did it
            subject = share_doing(lead, after) or subject
        if kind == "percentage_share" and lead[-1:] and after[:1] != ["of"]:
            earlier = _last_undated_since(out, s_start)
            subject = listed_share(lead, after, earlier) or subject  # "..., while France took 14%"
        counted = kind == "count" and end > core_end  # "by 41 votes": its own noun names it
        if "," in before[-3:] and not counted:  # the cheap test first
            subject = _predicate_before_comma(lead) or subject  # "grew fastest, by 16.8 percent"
            if not has_content_word(subject or bare_subject(fig.subject)):
                subject = apposed_level(before) or subject  # "The pipeline, at 2,145 km, is"
            if not has_content_word(subject or bare_subject(fig.subject)):
                subject = apposed_extent(before, after) or subject  # "The deficit, $95m, was"
            elif unit == "other" and (quantity := bare_subject_of(subject or fig.subject)) in QUANTITY_WORDS:
                # "the strongest gust, 61 knots, was": the speed of the noun the figure renames (not
                # one of a list: "five bedrooms, 2,150 sq ft")
                apposed = apposed_extent(before, after)
                if apposed and not any(
                    w.lower() in UNIT_WORDS or w.lower() in TENS_WORDS for w in apposed.split()
                ):
                    subject = f"{quantity} of {apposed}"
            if (
                unit == "other"
                and before[-1] == "with"
                and bare_subject_of(subject or fig.subject) in QUANTITY_WORDS
            ):
                # "Kariba, with 1,137 MW; and Cahora, with 2,075 MW": what has that measure
                subject = apposed_level(before, APPOSED_WITH_LINKS) or subject
        if kind == "percent_change":
            subject = price_of_stock(subject or bare_subject_of(fig.subject)) or subject
        if (
            unit == "other"
            and bare_subject_of(subject or fig.subject).lower() in STATISTIC_WORDS
            and lead[-1:] == ["of"]
            and lead[-3:-2] in (["a"], ["an"])
        ):
            # "the score fell by a mean of 4.2 points": the statistic of what the clause measures
            found = clause_predicate_subject(lead[:-3])
            subject = found if found and found.lower() not in STATISTIC_WORDS else subject
        if kind in TIMED_KINDS and only_a_time(subject or fig.subject):
            # "shares, which have lost a fifth of their value this year, fell 3.2%": the clause's subject
            lo = max(s_start, start - BEFORE_CHARS)
            whole = before[1:] if lo > s_start and body[lo - 1].isalnum() else before  # no cut word
            found = clause_predicate_subject(whole, only_a_time)
            if not found and out and out[-1].kind == "date" and lo <= out[-1].start:
                # "The volume shipped between Sept. 1 and Nov. 30 was 4.1% lower": the clause
                # read without the dates inside its subject
                found = clause_predicate_subject(_without_dates(body, lo, start, out))
            subject = subject if not found or only_a_time(found) else found
        if kind == "count" and end == core_end and last_count is not None and _brings_total(body, fig):
            # "add 450 shelter beds, bringing the total to about 3,300": the total of shelter beds
            added = body[last_count.core[1] : last_count.end].split()
            while added and added[0].lower() in ADDED_WORDS:
                added = added[1:]  # "12 more people": the total of people
            subject = " ".join(["total", *added])
        if not subject and kind == "count" and end == core_end and last_count is not None:
            subject = own_predicate(lead, after, _counted_noun(last_count, body))
        if not subject and kind == "count" and end == core_end and last_count is not None:
            phrase = phrase_after(after)
            noun = _counted_noun(last_count, body)
            if phrase and noun:
                subject = f"{noun} {' '.join(phrase)}"
        if fig.measure == STORM_CATEGORY:
            own = subject or bare_subject_of(fig.subject)  # "Florence made landfall as a Category 1 storm"
            subject = storm_strength(body, max(s_start, start - STORM_NAME_REACH), start, own, after)
        if fig.measure in TEMPERATURE_MEASURES and (subject or bare_subject_of(fig.subject)):
            subject = read_temperature(subject or bare_subject_of(fig.subject)) or subject
        if (
            kind == "duration"
            and end > core_end
            and (spanned := RE_SPAN_PREMODIFIER.search(body, start, end))
        ):
            # "a 48-hour general strike": the length of what the span modifies, not its adjective
            subject = (
                spanned_length(spanned.group("tail").split(), subject or bare_subject_of(fig.subject), after)
                or subject
            )
        if kind == "other" and unit == "other":  # "Stanley: ... gusting 35 knots": the line's place
            subject = place_line_topic(body, fig, subject or bare_subject_of(fig.subject), after) or subject
        if unit == "percent" or fig.measure == "percentage point":  # "-- Barley: Harvest was 64% done"
            subject = _list_line_topic(body, fig.start, subject or bare_subject_of(fig.subject)) or subject
        if start < fig.core[0] and body.startswith(RANGE_OPENERS, start) and lead[-1:] != ["to"]:
            # ("fell 6% to between A and B": the level after a change, which its change names)
            subject = _range_clause(subject or fig.subject, body, s_start, start) or subject
        if subject or "(interest-rate level) (unit:" in fig.subject:
            labelled = with_labels(subject or bare_subject_of(fig.subject), fig.subject)
            if labelled != fig.subject:
                fig = with_subject(fig, labelled)
        measure = fig.measure if unit == "other" else unit  # "percent", "USD", "foot"
        if first or measure not in named[1]:
            timed = names_a_time(fig.subject)
            if first and (timed or names_only_more(fig.subject)):
                told = _told_before(fig, measure, body, s_start, named_before, bounds)
                if told:
                    fig = with_subject(fig, with_labels(told, fig.subject))
                    timed = names_a_time(fig.subject)
            if measure not in named[1] and not timed:
                named[1][measure] = bare_subject_of(fig.subject)  # the sentence's first in that measure
        if kind in CHANGING_KINDS and not fig.direction:
            if kind == "percent_change":
                direction = direction_before(before)
            elif kind == "money":
                direction = money_direction(before)
            elif not _amount_object(after):
                # "rose 37.6 points", "grew by 3,700": a change word right before any amount
                direction = amount_direction(before, kind == "count")
            else:
                direction = ""
            if direction:
                fig = fig._replace(direction=direction)
        if kind == "count" and end > core_end:
            last_count = fig
        if kind == "percent_change" and (unit, fig.value) not in changed:
            named_change = bare_subject_of(fig.subject)
            if has_content_word(named_change):
                changed[unit, fig.value] = named_change
        out.append(fig)
    return economy_growth(respectively(out, body, bounds), body)


# The nouns of a sum spent, given or lent that a period may spread ("investment", "US contribution").
SPREAD_SUMS = frozenset(
    (
        *MEASURE_VERBS.values(),
        *giving.GIVING_VERBS.values(),
        *(m.split()[0] for m, _ in EARNED_MEASURES.values()),
    )
) - {
    "fine",
    "earnings",
    "net",
    "gross",
    "charge",
}  # a sum spent, given, lent, paid or raised: "spending", "sum"
RE_SPREAD_GAP = re.compile(r"\s+(?:over|across)\s+(?:the\s+next\s+)?")  # "$312 million over three years"
SPREAD_GAP = len(" over the next ")
# an amount paid each period, then "for" and how long it is paid ("a levy to raise $650 million a
# year for three years", "a grant of £2,000 a month for six months"): the period of that amount
RE_RECURRING_GAP = re.compile(r"\s+(?:a|an|per|each|every)\s+(?:year|month|week|day|quarter)\s+for\s+")
RECURRING_GAP = len(" every quarter for ")


RANGE_OPENERS = ("between ", "Between ")  # the word that opens a range "between A and B"


# People named for what they stand for: a share or a change of a share whose clause's subject is
# a list of names ("Kate Lyons and Sam Rudd slipped to 7.8 per cent"; presenters for their show)
# measures what the relative aside after the names says they do ("..., who host the evening
# slot,") or is named with the title the names follow ("Drive-time hosts Mel Carter and Joe Ng")
RE_NAME_LIST = re.compile(r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*(?:,? and [A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*)+")
RE_WHO_ASIDE_OBJECT = re.compile(
    r",\s+who\s+[a-z]+\s+(?:the\s+|their\s+|its\s+)?([a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,3}),"
)
RE_TITLE_BEFORE = re.compile(
    r"(?:^|[,;:]\s+|\b(?:the|The)\s+)((?:[A-Za-z][\w'’-]*\s+){0,2}[a-z][\w'’-]*)\s+\Z"
)
NAME_SHARE_UNITS = frozenset(("percent", "other"))
PREMODIFIER_REACH = 3  # the words before a measure premodifier read as a counted noun's adjectives


def named_for_share(subject: str, body: str, s_start: int, start: int) -> str:
    """What a list of names that a share's clause opens with stands for (see above), or ""."""
    if not RE_NAME_LIST.fullmatch(subject):
        return ""
    at = body.find(subject, s_start, start)
    if at < 0:
        return ""
    aside = RE_WHO_ASIDE_OBJECT.match(body, at + len(subject), start)
    if aside:
        return aside.group(1)  # "Patel and Moore, who present the late show,": the late show
    title = RE_TITLE_BEFORE.search(body, s_start, at)
    last = title.group(1).split()[-1] if title else ""
    if last[-1:] == "s" and last not in FUNCTION_WORDS and not _verb_like(last):
        return f"{title.group(1)} {subject}"  # "Drive-time hosts Mel Carter and Joe Ng": a plural title
    return ""


# the words between a level and a change that trails it in apposition ("to 13.6 per cent, up 1.4
# points"): the change is of what the level measures
RE_TRAILING_CHANGE_GAP = re.compile(r",\s+(?:up|down)\s+(?:by\s+)?")


def _linked_subject(out: list[Figure], s_start: int, body: str, start: int, gap: re.Pattern[str]) -> str:
    """The subject of the figure before, when it stands in the same sentence, only `gap` parts it
    from the figure at `start` (RE_TRAILING_CHANGE_GAP, RE_TO_BETWEEN) and it names something;
    else ""."""
    if not out or out[-1].start < s_start or not gap.fullmatch(body, out[-1].end, start):
        return ""
    named = bare_subject_of(out[-1].subject)
    return named if has_content_word(named) else ""


def _stated_figure_word(word: str) -> bool:
    """A token of a figure stated inline: an amount's (noun_phrases.amount_token) or a currency's
    letter sign or code."""
    return amount_token(word) or _currency_word(word)


def coordinated_span_noun(after: list[str]) -> str:
    """The noun a span premodifier shares with a second premodifier after its comma ("a two-year,
    $3.5 million contract extension" -> "contract extension"), or ""."""
    if after[:1] != [","] or len(after) < 3 or not _stated_figure_word(after[1]):
        return ""
    at = 1
    while at < len(after) and _stated_figure_word(after[at]):
        at += 1
    named = noun_after(after[at:])
    return " ".join(named) if named and named[0].islower() and named[0] not in TIME_PART_UNITS else ""


def _measure_premodified_noun(after: list[str]) -> str:
    """The noun a number word counts past adjectives and a measure premodifier before it ("Two new
    160-metre vessels" -> "new vessels"), or ""."""
    at = next((k for k, w in enumerate(after[:PREMODIFIER_REACH]) if w[0].isdigit()), -1)
    if at < 0 or after[at + 1 : at + 2] != ["-"] or len(after) < at + 4:
        return ""
    adjectives, noun = after[:at], after[at + 3]
    if not all(w.isalpha() and w.islower() for w in [*adjectives, noun]):
        return ""
    return " ".join([*adjectives, noun])


def _counted_whole(named: list[str]) -> bool:
    """Whether the words of a share's whole open with its count ("16,940 registered voters"), not
    a year that names it ("the 2027 budget")."""
    return (
        len(named) > 1
        and named[0][0].isdigit()
        and named[1].isalpha()
        and not RE_YEAR_WORD.fullmatch(named[0])
    )


SPAN_ADJUNCTS = frozenset(("over", "across"))  # "surveys 5,000 people over 10 weeks"
SPAN_DOER_WORDS = 3  # the words of the doer named, at most ("The study", "Audiometrix")


def clause_period(before: list[str]) -> str:
    """What a span after "over" that closes a clause with an object figure measures: the period of
    the clause's deed, named by its subject and verb ("Audiometrix surveys about 5,000 people ...
    over 10 weeks" -> "period over which Audiometrix surveys"), or ""."""
    if not before or before[-1].lower() not in SPAN_ADJUNCTS:
        return ""
    # (a number's token keeps the comma after it: "from 2004, asking them to record")
    opening = max((i for i, w in enumerate(before) if w in CLAUSE_MARKS or w[-1] in ",.;"), default=-1) + 1
    clause = before[opening:-1]
    first = next((j for j, w in enumerate(clause) if w[0].isdigit() or w in "$€£¥₹"), None)
    if first is None or first < 2:
        return ""
    lead = without_approx(clause[:first])
    verb = lead[-1] if lead else ""
    doer = lead[1:-1] if lead[:1] and lead[0].lower() in DETERMINERS else lead[:-1]  # "The study"
    helpers = []
    while doer and doer[-1].lower() in AUXILIARIES:
        helpers.insert(0, doer.pop())  # "Management has offered": the helper goes with the verb
    if (
        not verb.isalpha()
        or not verb.islower()
        or verb in DETERMINERS
        or verb in PREPOSITIONS
        or not 0 < len(doer) <= SPAN_DOER_WORDS
        or not doer[0][:1].isupper()
        and lead[0].lower() not in DETERMINERS  # "said travel nurses cost"
        or not all(w.isalpha() and w.lower() not in CLAUSE_WORDS or w[-2:] in POSSESSIVE_ENDS for w in doer)
        or not has_content_word(" ".join(doer))
    ):
        return ""
    return " ".join(["period over which", *doer, *helpers, verb])


# "N of that", "N of it": a part of a sum or count the text has just given, named by that sum's
# subject and by what the clause says the part does ("Around 30% of that will go on the upkeep of
# footpaths", "$11,500 of that went to printing ballots")
PART_PRONOUNS = frozenset(("that", "this", "it"))
PART_REACH = 400  # characters back from the part to the figure it is a part of, at most
PART_PREDICATE_WORDS = 8  # the words of the part's own clause kept, at most
PART_WHOLE_KINDS = frozenset(("money", "count", "other"))


def part_of_pronoun(fig: Figure, out: list[Figure], after: list[str]) -> str:
    """What "N of that" measures: a part ("share" for a percent) of the last sum, count or
    measurement before it, with the clause the part opens; "" when no such whole stands near."""
    if len(after) < 3 or after[0] != "of" or after[1].lower() not in PART_PRONOUNS:
        return ""
    verb = after[2].lower()  # "of that will go", "of that went": the part's own verb, no noun
    if not (
        verb in AUXILIARIES
        or verb in BE_WORDS
        or verb in MODAL_VERBS
        or verb in IRREGULAR_PAST_VERBS
        or verb.endswith("ing")
        and after[2].islower()
    ):
        return ""  # "61 percent of that cost": "that" determines a noun of its own
    if after[3:4] == ["by"]:
        return ""  # "30 percent of it paid by the state": a passive participle, read by its own rule
    percent = fig.unit == "percent"
    whole = next(
        (
            f
            for f in reversed(out)
            if f.kind in PART_WHOLE_KINDS
            and (percent or f.unit == fig.unit)
            and fig.start - f.end <= PART_REACH
        ),
        None,
    )
    if whole is None or not has_content_word(bare_subject_of(whole.subject)):
        return ""
    predicate: list[str] = []
    for word in after[2 : 2 + PART_PREDICATE_WORDS]:
        if not word[0].isalpha():
            break
        predicate.append(word)
    part = "share" if percent else "part"
    return " ".join([part, "of", bare_subject_of(whole.subject), *predicate])


PART_OF = "part of "  # what part_of_measured names
PLACED_PART_WORDS = 6  # the words of where or how a measured part lies that are kept, at most
PLACED_PART_OPENERS = PREPOSITIONS | {"as"}  # "of it as a subsea cable", "of it under the Alps"


def part_of_measured(fig: Figure, out: list[Figure], after: list[str]) -> str:
    """What "N <unit> of it" measures when a phrase of where or how follows: that part of the
    measurement before it in the same measure ("will run for 330 km, 215 km of it as a subsea cable"
    -> "part of ... as subsea cable"; "57 km, 35 km of it under the Alps"), or "" (no such whole,
    or a verb follows, which part_of_pronoun reads)."""
    if len(after) < 4 or after[1].lower() not in PART_PRONOUNS or after[2].lower() not in PLACED_PART_OPENERS:
        return ""
    whole = None
    for f in reversed(out):  # (read back PART_REACH only, a quote far shorter than it: not every figure)
        if fig.start - f.start > 2 * PART_REACH:
            break
        if f.measure == fig.measure and fig.start - f.end <= PART_REACH:
            whole = f
            break
    if whole is None or not has_content_word(bare_subject_of(whole.subject)):
        return ""
    if bare_subject_of(whole.subject).startswith(PART_OF):
        # a part is no whole: "part of part of ..." grew with each such sentence (8,000: 66 s)
        return ""
    placed: list[str] = [after[2]]
    for word in after[3 : 3 + PLACED_PART_WORDS]:
        if not word[0].isalpha():
            break
        if word.lower() not in DETERMINERS:
            placed.append(word)
    return f"{PART_OF}{' '.join([bare_subject_of(whole.subject), *placed])}" if len(placed) > 1 else ""


def _range_clause(subject: str, body: str, s_start: int, start: int) -> str:
    """The subject of a range opened by "between" that names nothing (its high end's words, "billion
    and 3 billion in"): the words of the clause before it, as a single figure in its place gets them
    ("forecast exports of between $2bn and $3bn": forecast exports); "" when the subject names a thing."""
    if has_content_word(bare_subject(subject)):
        return ""
    return clause_subject(body, s_start, start)  # the unit label is added after


def _spread_over(fig: Figure, money: Figure, body: str) -> str:
    """The period an amount right before a duration is spread over ("invest Rs 2,450 crore over
    three years" -> "period of the investment"), when the amount's subject names it as a sum spent,
    given or lent (SPREAD_SUMS; not "The government will spend $4 billion over") or says what it
    is for ("$90 million over four years for parks" -> "period of the sum for parks"), or ""."""
    if fig.start - money.end <= RECURRING_GAP and RE_RECURRING_GAP.fullmatch(body, money.end, fig.start):
        named = bare_subject_of(money.subject)  # "raise $650 million a year for three years"
        return f"period of the {named}" if named and has_content_word(named) else ""
    if fig.start - money.end > SPREAD_GAP or not RE_SPREAD_GAP.fullmatch(body, money.end, fig.start):
        return ""
    named = bare_subject_of(money.subject)
    if SPREAD_SUMS.intersection(named.lower().split()):
        return f"period of the {named}"
    if has_content_word(named) and named.split()[0].lower() in PURPOSE_OPENERS:
        return f"period of the sum {named}"  # "approve $90 million over four years for parks"
    return ""


# The nouns of a sum lent whose interest rate a span after "over" runs for ("a loan of $40 million
# at 2% over 20 years": the loan's term)
LOAN_NOUNS = frozenset(
    "loan loans credit credits mortgage mortgages bond bonds debt facility financing".split()
)
LOAN_RATE_GAP = 80  # the most characters between a sum lent and its interest rate


def _loan_term(fig: Figure, rate: Figure, money: Figure, body: str) -> str:
    """The term of a sum lent when a span follows its interest rate after "over" ("a loan of $40
    million from a regional bank, at an interest rate of 2% over 20 years" -> "term of the loan"),
    the rate right after the sum in its sentence; else ""."""
    if rate.unit != "percent":
        return ""
    if (
        rate.kind != "other"
        or fig.start - rate.end > SPREAD_GAP
        or not RE_SPREAD_GAP.fullmatch(body, rate.end, fig.start)
    ):
        return _repayment_period(fig, rate, money, body)  # "at 3% a year, repayable over 20 years"
    if rate.start - money.end > LOAN_RATE_GAP or ". " in body[money.end : rate.start]:
        return ""  # the rate of another sentence's sum
    named = bare_subject_of(money.subject)
    return f"term of the {named}" if LOAN_NOUNS.intersection(named.lower().split()) else ""


# The words between a sum lent (or its interest rate) and a span that say the span is how long the
# sum is paid back over: "a loan of $40 million at 3% a year, repayable over 20 years", "credit of
# $5m, to be repaid within five years". Not "paid over three years" (a sum spent) nor "repaid in
# 2031" (a date).
RE_REPAY_GAP = re.compile(
    r"(?:\s+(?:a|per)\s+(?:year|annum)|\s+(?:annual\s+)?interest|\s+annually)?\s*,?\s*"
    r"(?:to\s+be\s+)?(?:repayable|repaid|payable|paid\s+back)\s+(?:over|within|in)\s+(?:the\s+next\s+)?"
)
REPAY_GAP = len(" per annum interest, to be paid back within the next ")


def _repayment_period(fig: Figure, after: Figure, money: Figure, body: str) -> str:
    """ "repayment period of the loan" for a span after a repay word that follows a sum lent, or
    that sum's interest rate (`after`), in one sentence ("a loan of $40 million at 3% a year,
    repayable over 20 years"); else ""."""
    if fig.start - after.end > REPAY_GAP or not RE_REPAY_GAP.fullmatch(body, after.end, fig.start):
        return ""
    if after is not money and (
        after.start - money.end > LOAN_RATE_GAP or ". " in body[money.end : after.start]
    ):
        return ""  # the rate of another sentence's sum
    named = bare_subject_of(money.subject)
    lent = [w for w in named.split() if w.lower() in LOAN_NOUNS]
    if lent:
        return f"repayment period of the {lent[0]}"  # "credit of $5m": the credit
    return f"repayment period of the {named}" if BORROW_VERBS.intersection(named.lower().split()) else ""


PURPOSE_OPENERS = frozenset(
    ("for", "to", "on")
)  # an amount's subject that says what it is for ("for housing")


# Verbs of forecasting whose object pronoun, before "to" and a change word, stands for what the
# sentence before named ("The next ceiling will be set in March. Traders expect it to rise by 3%.").
FORECAST_VERBS = frozenset(
    "expect expects expected see sees saw forecast forecasts predict predicts predicted want wants".split()
)
FORECAST_OBJECTS = frozenset(("it", "them"))
FORECAST_REACH = 6  # the words read back from the figure for "expect it to fall by"


def _expected_of_pronoun(before: list[str]) -> bool:
    """Whether the words before a figure end with a verb of forecasting, "it" or "them", "to" and a
    change word ("expect it to fall by about", "forecast them to rise")."""
    words = strip_lower(without_approx(before[-FORECAST_REACH:]), MONEY_CHANGE_PARTICLES)
    return (
        len(words) >= 4
        and words[-1].lower() in CHANGE_WORDS
        and words[-2].lower() == "to"
        and words[-3].lower() in FORECAST_OBJECTS
        and words[-4].lower() in FORECAST_VERBS
    )


SENTENCE_SUBJECT_WORDS = 12  # the words read at a sentence's opening for its subject


def _sentence_subject(body: str, start: int, end: int) -> str:
    """What the subject of the sentence from start to end names: the noun phrase before its first
    verb, without an aside after a comma ("The next ceiling, for April to June, will be set" ->
    "next ceiling"), or ""."""
    words = tokens(body, start, min(end, start + 8 * SENTENCE_SUBJECT_WORDS))[:SENTENCE_SUBJECT_WORDS]
    for i, word in enumerate(words):
        lower = word.lower()
        if (
            lower in LINK_WORDS
            or lower in CHANGE_WORDS
            or lower in AUXILIARIES
            or lower in BE_WORDS
            or word == ","
        ):
            phrase = words[:i]
            if not phrase or phrase[0].lower() in PRONOUNS or phrase[0].lower() in PREPOSITIONS:
                return ""
            head = head_of(noun_phrase_before(phrase, SUBJECT_PREPOSITIONS))
            return "" if only_a_time(head) else head
    return ""


DEFINITE_OPENERS = ("The ",)  # a sentence opening with a definite noun phrase as its subject
IT_ANTECEDENT_WORDS = 4  # the words after "The" its subject's noun phrase may open at
IT_ANTECEDENT_CHARS = 80  # the characters read for them
ANTECEDENT_ENDS = AUXILIARIES | BE_WORDS | LINK_WORDS | frozenset(CHANGE_WORDS)  # the verb after the subject


def _past_verb(word: str) -> bool:
    """Whether a word reads as a verb in the past tense ("began", "started"; not "Speed")."""
    return word in FIRST_PAST_VERBS or (word.islower() and past_form(word))


def _before_past_verb(opening: list[str]) -> list[str]:
    """The words of a definite noun phrase that opens a sentence before its first verb in the past
    tense ("The new ferry entered service" -> ["new", "ferry"]), or [] when none follows within a
    few words or another word stands between."""
    for i in range(2, min(len(opening), IT_ANTECEDENT_WORDS + 1)):
        word = opening[i]
        if _past_verb(word):
            named = opening[1:i]
            ok = all(w[:1].isalpha() and w.lower() not in NOT_NOUN_ENDS for w in named)
            return named if ok and named[-1].lower() not in DETERMINERS else []
        if not word[:1].isalpha():
            return []
    return []


def _it_resolved(
    before: list[str], body: str, start: int, bounds: Callable[[int], tuple[int, int]]
) -> list[str]:
    """The words of a sentence that opens with "It", the pronoun read as the definite noun phrase
    that is the subject of the sentence before ("The probe, launched on Monday, carries a
    camera. It is built to last for nine years" -> "The probe is built ..."); the
    words themselves when that sentence opens otherwise ("In May it rained.", "Analysts said")."""
    p_start, p_end = bounds(start - 1)
    if not body.startswith(DEFINITE_OPENERS, p_start):
        return before
    named = _sentence_subject(body, p_start, p_end).split()
    opening = tokens(body, p_start, min(p_end, p_start + IT_ANTECEDENT_CHARS))
    if not named:
        named = _before_past_verb(opening)  # "The blackout began at noon. It lasted 11 hours."
    at = opening.index(named[0], 1) if named and named[0] in opening[1:IT_ANTECEDENT_WORDS] else -1
    after = opening[at + len(named) : at + len(named) + 1] if at > 0 else []
    if (
        opening[at : at + len(named)] != named
        or not after
        or not (after[0] == "," or after[0].lower() in ANTECEDENT_ENDS or _past_verb(after[0]))
        or not named[0][:1].isalpha()
    ):
        return before  # "The company sold 8m phones in May, ...": its subject is not the phrase read
    return ["The", *named, *before[1:]]


# Pronouns that open a sentence about what the sentence before it measured: "The index rose 3%.
# It had fallen 2% a week earlier."; "Another" or "A further" before its figure: "Sylhet recorded
# 312 mm of rain. Another 150 to 200 mm is forecast."
MORE_WORDS = frozenset(("another", "further"))  # "Another 150 mm": more of what was told before
RE_MORE_WORD = re.compile("|".join(sorted(MORE_WORDS)))  # one of them inside a lower-case subject


def names_only_more(subject: str) -> bool:
    """Whether a subject names nothing but "another" or "further" ("Another (unit: millimetres)")."""
    lower = subject.lower()
    if RE_MORE_WORD.search(lower) is None:
        return False  # the cheap test first: no such word stands in it
    words = content_words(bare_subject(subject))
    return bool(words) and all(w.lower() in MORE_WORDS for w in words)


RE_PRONOUN_OPENING = re.compile(r"\s*[\"“]?(?:It|They|Another|A further)\s")


def _told_before(
    fig: Figure,
    measure: str,
    body: str,
    s_start: int,
    named_before: tuple[int, dict[str, str]],
    bounds: Callable[[int], tuple[int, int]],
) -> str:
    """What the sentence right before names in the figure's measure (its unit, or the real unit of
    an `other` one), when the figure's sentence opens with "It" or "They" and names nothing itself
    (its first figure in that measure), else ""."""
    told = named_before[1].get(measure, "")
    if not told or not s_start or not RE_PRONOUN_OPENING.match(body, s_start, fig.start):
        return ""
    return told if bounds(s_start - 1)[0] == named_before[0] else ""


# Sentence adverbs set off by commas between a noun and its verb: "Exports, however, fell 3%".
ASIDE_ADVERBS = frozenset(
    "however meanwhile though too also instead overall nonetheless nevertheless moreover".split()
)
ADVERB_REACH = 8  # how many words before a figure are read for such an aside


OPEN_QUOTE_REACH = 4  # the tokens before a figure read for the quote mark that opens its fragment
OPENING_QUOTES = frozenset(('"', "“"))


def without_open_quote(words: list[str]) -> list[str]:
    """Words without the quote mark that opens a quoted fragment the figure stands in, when the
    sentence runs on into it ('expected to gross "between $1m and $2m"', 'was written "in about
    20 minutes'): the fragment's words belong to the clause before the mark. A quote opening a
    sentence of its own (after a colon, a comma or nothing) is left."""
    tail = words[-OPEN_QUOTE_REACH:]
    if '"' not in tail and "“" not in tail:
        return words  # the cheap test first: no quote mark near the figure
    for i in range(len(words) - 1, max(0, len(words) - 1 - OPEN_QUOTE_REACH), -1):
        if words[i] in OPENING_QUOTES:
            opens = words[i] == "“" or words.count('"') % 2 == 1  # a straight mark opens when unpaired
            if opens and words[i - 1][:1].isalpha():
                return [*words[:i], *words[i + 1 :]]
            return words
        if not words[i][:1].isalnum():
            return words  # another mark first: the figure is in no fragment that opens here
    return words


# Company results spell out EBITDA with commas inside one noun phrase ("earnings before interest,
# taxation, depreciation and amortisation of $4bn", "its loss before interest, taxes, depreciation,
# and amortization narrowed to"): read as one name, the commas no clause marks.
EBITDA_WORDS = (
    frozenset(("interest",)),
    frozenset((",",)),
    frozenset(("tax", "taxes", "taxation")),
    frozenset((",",)),
    frozenset(("depreciation",)),
)
EBITDA_ENDS = (
    ["and", "amortisation"],
    ["and", "amortization"],
    [",", "and", "amortisation"],
    [",", "and", "amortization"],
)
EBITDA_HEADS = frozenset(("earnings", "profit", "profits"))  # the head the acronym names alone


def spelled_ebitda(words: list[str]) -> list[str]:
    """Words with a spelled-out EBITDA read as the acronym ("underlying loss before interest, taxes,
    depreciation and amortization" -> "underlying EBITDA loss"; "earnings before ..." -> "EBITDA")."""
    if "depreciation" not in words:
        return words  # the cheap test first
    at = words.index("depreciation") - 4
    if (
        at < 2
        or words[at - 1].lower() != "before"
        or any(words[at + i].lower() not in kind for i, kind in enumerate(EBITDA_WORDS))
    ):
        return words
    end = next(
        (
            at + 5 + len(tail)
            for tail in EBITDA_ENDS
            if [w.lower() for w in words[at + 5 : at + 5 + len(tail)]] == tail
        ),
        0,
    )
    if not end:
        return words
    head = words[at - 2]
    named = ["EBITDA"] if head.lower() in EBITDA_HEADS else ["EBITDA", head]
    return [*words[: at - 2], *named, *words[end:]]


RELATIVE_ASIDE_OPENERS = frozenset(("which", "who", "whose", "where"))
RELATIVE_ASIDE_REACH = 16  # the most tokens of a relative aside read back over
RELATIVE_ASIDE_TAIL = (
    6  # the most tokens between the aside's closing comma and the figure ("slipped 1.2 per cent to")
)


def _aside_opener(words: list[str], i: int, close: int) -> bool:
    """Whether the token after the comma at `i` opens an aside about the noun before that comma:
    a relative word ("which", "of which"), a past participle ("held amid heavy rain", "run by the
    trust") or a describing preposition ("for larger cars")."""
    opener = words[i + 1].lower() if i + 1 < close else ""
    if opener == "of" and i + 2 < close:
        opener = words[i + 2].lower()
    if opener in RELATIVE_ASIDE_OPENERS:
        return True
    if not words[i - 1][-1].isalpha() or i > 1 and words[i - 2][0].isdigit():
        return False  # the noun before the aside: a word, not a figure's ("2,188 units, followed by")
    if words[close + 1].lower() in DIRECTION_WORDS:
        return False  # ", followed by Taoyuan, down 31.4 percent": a trailing change, no verb of the noun
    if any(w[0].isdigit() for w in words[i + 1 : close]):
        return False  # "The hall, built in 1890 for 800 people, now holds": the aside's own figures
    first = words[i + 1]
    return first in COMMA_ASIDE_PARTICIPLES or aside_participle(first) or first in DESCRIBING_PREPOSITIONS


def without_relative_aside(words: list[str]) -> list[str]:
    """The words without a relative clause or another aside about a noun (_aside_opener) set off
    by commas between the noun and the verb before the figure ("The line, of which 142 km runs
    underground, carries" -> "The line carries"; "Participation, held amid rain, was")."""
    tail = words[-RELATIVE_ASIDE_TAIL - 1 :]
    if "," not in tail:
        return words  # the cheap test first: the aside's closing comma stands there
    n = len(words)
    close = n - 1 - tail[::-1].index(",")
    if close < 2 or close == n - 1 or words[close + 1].lower().endswith("ing"):
        return words  # (", costing the Treasury": a participle clause, no verb of the noun)
    for i in range(close - 1, max(0, close - RELATIVE_ASIDE_REACH) - 1, -1):
        if words[i] in (",", ";", ":", "(", ")"):
            if words[i] == "," and i > 0 and words[i - 1][:1].isalpha() and _aside_opener(words, i, close):
                return [*words[:i], *words[close + 1 :]]
            return words
    return words


def without_adverb_aside(words: list[str]) -> list[str]:
    """The words without a sentence adverb set off by commas near their end (", however,")."""
    if words[-ADVERB_REACH - 2 : -1].count(",") < 2:
        return words  # the cheap test first: the two commas of such an aside stand there
    for i in range(len(words) - 2, max(0, len(words) - ADVERB_REACH) - 1, -1):
        if words[i] == "," and i >= 2 and words[i - 2] == "," and words[i - 1].lower() in ASIDE_ADVERBS:
            return [*words[: i - 2], *words[i + 1 :]]
    return words


COMMA_PARTICLES = frozenset(("by", "to"))  # "grew fastest, by 16.8 percent", "fell ..., to 5.26 million"
# verbs that state the size of a thing before "at": after a comma, of the noun before it ("the
# circular debt, estimated at Rs1.7tr,", "the home, priced at $1.2 million,"; "valued at" is a
# valuation: _named_by_verb), and in a relative clause (percent.ESTIMATE_AT_VERBS: "which analysts
# put at 1.4%")
APPRAISALS = frozenset(
    "put puts putting estimate estimates estimated pegged pegs peg place places placed priced assessed".split()
)


APPRAISED_WORDS = 5  # the longest object between an appraisal verb and "at" ("put the death toll at")


def appraised_object(lead: list[str]) -> str:
    """The object an active appraisal verb sizes with "at" right before the figure ("the office put
    unemployment at" -> "unemployment", "estimated the storm damage at" -> "storm damage"), without
    its determiner; "" when no such verb stands in reach, or the object is a pronoun ("put it at"),
    a phrase of a preposition ("pegged to the euro at"), holds a verb ("the rate peg was set at"),
    a figure or a mark."""
    if len(lead) < 3 or lead[-1] != "at":
        return ""
    for i in range(len(lead) - 2, max(-1, len(lead) - 3 - APPRAISED_WORDS), -1):
        word = lead[i]
        if word.lower() in APPRAISALS:
            if i and lead[i - 1] == ",":
                return ""  # "the debt, estimated at": a participle after a comma (_predicate_before_comma)
            obj = lead[i + 1 : -1]
            while obj and obj[0].lower() in DETERMINERS:
                obj = obj[1:]
            if not obj or obj[0].lower() in PRONOUNS or obj[0].lower() in OBJECT_PRONOUNS:
                return ""
            if obj[0].lower() in PREPOSITIONS or any(
                w.lower() in BE_WORDS or w.lower() in AUXILIARIES for w in obj
            ):
                return ""  # "is pegged to the euro at", "the rate peg was set at": no object sized
            if not all(w.replace("-", "").replace("'", "").replace("’", "").isalpha() for w in obj):
                return ""
            return " ".join(obj)
        if not word[:1].isalnum():
            return ""
    return ""


RE_PLAIN_NOUN = re.compile(r"[a-z]+(?:-[a-z]+)*(?:['’]s|(?<=s)['’])?")  # "two-year", "council's", "drivers'"
APPRAISER_WORDS = (
    10  # the longest appraiser between "that" and its verb ("the owners, Johan and Mariska Venter,")
)


def appraised_antecedent(lead: list[str]) -> str:
    """What a relative clause of appraisal sizes with "at" right before the figure: the noun phrase
    before its "that" or "which" ("a two-year restoration that the owners put at" ->
    "two-year restoration"), or ""."""
    if len(lead) < 5 or lead[-1] != "at" or lead[-2].lower() not in APPRAISALS:
        return ""
    for j in range(len(lead) - 3, max(0, len(lead) - 4 - APPRAISER_WORDS), -1):
        if lead[j].lower() in ("that", "which"):
            if j and lead[j - 1] == ",":
                j -= 1  # "the damage, which insurers put at"
            k = j
            while (
                k
                and j - k < MAX_WORDS
                and RE_PLAIN_NOUN.fullmatch(lead[k - 1])
                and lead[k - 1] not in DETERMINERS
                and not (lead[k - 1].endswith("ed") and k < j)  # "The storm caused damage": a verb
            ):
                k -= 1  # "a two-year restoration": the plain words back to its determiner
            named = " ".join(lead[k:j] if k and lead[k - 1].lower() in DETERMINERS else lead[j - 1 : j])
            return "" if not named or only_a_time(named) else named
        if not (lead[j][:1].isalpha() or lead[j] == ","):
            return ""
    return ""


def _predicate_before_comma(lead: list[str]) -> str:
    """What a figure measures when only "by" or "to" after a comma leads to it: the subject of the
    clause's predicate before the comma ("The Northern region grew fastest, by" -> "Northern
    region"); or the noun an appraisal after a comma sizes ("the circular debt, estimated at" ->
    "circular debt"); or ""."""
    if len(lead) > 3 and lead[-3] == "," and lead[-1] == "at" and lead[-2].lower() in APPRAISALS:
        if appraised_antecedent(lead):
            return ""  # "a restoration that the owners, the Venters, put at": the comma ends an aside
        head = head_of(noun_phrase_before(lead[:-3], SUBJECT_PREPOSITIONS))  # "the debt, estimated at"
        return "" if not head or only_a_time(head) else head
    if len(lead) < 3 or lead[-2] != "," or lead[-1].lower() not in COMMA_PARTICLES:
        return ""
    found = clause_predicate_subject(lead[:-2])
    return "" if not found or only_a_time(found) else found


# A change in a stock or in shares is a change in their price ("The stock has gained 41%"); not
# one in a "share" ("market share", "its share of the vote").
STOCK_PRICES = {
    "stock": "stock price",
    "stocks": "stock prices",
    "shares": "share price",  # a company's shares have one price
}


def price_of_stock(subject: str) -> str:
    """The subject of a percent change in a stock or shares, named as their price ("stock" ->
    "stock price", "Acme shares" -> "Acme share price", "Shares of Acme" -> "share price of
    Acme"), or "" for any other subject ("share of renewables", "market share")."""
    if "tock" not in subject and "hares" not in subject:
        return ""  # the cheap test first
    words = subject.split()
    if len(words) > 2 and words[1] == "of" and words[0].lower() in ("shares", "stocks"):
        return " ".join([STOCK_PRICES[words[0].lower()], *words[1:]])
    if words and words[-1].lower() in STOCK_PRICES:
        return " ".join([*words[:-1], STOCK_PRICES[words[-1].lower()]])
    return ""


# Verbs a share of people or things may do, besides the participles ("backed", "contained"): "40%
# said", "70% were women", "a third say".
SHARE_VERBS = BE_WORDS | frozenset("said say says told think thought want wanted".split())
SHARE_PHRASE_WORDS = 5  # the longest verb phrase read after a share
SHARE_AUXILIARIES = frozenset(("had", "has", "have", "will", "would"))  # "40% had said", "30% will vote"
# What may stand right before a share that opens its clause ("..., and 9.3% were positive",
# "but only 61.7 percent had been waiting"): it names no whole, and the verb after it says what it is.
SHARE_CLAUSE_OPENERS = frozenset((*CLAUSE_MARKS, *CLAUSE_WORDS))
SHARE_ADVERBS = frozenset(("only", "just"))
WHOLE_OPENERS = frozenset(("of", "among"))  # "Of the riders, 41% were women": the whole is fronted


def opens_clause(lead: list[str]) -> bool:
    """Whether a share opens its clause (after a clause mark or word, "but only", or nothing) with
    no whole fronted before it ("Of the riders, 41%")."""
    if lead[-1:] and lead[-1].lower() in SHARE_ADVERBS:
        lead = lead[:-1]
        if not lead:
            return True
    if not lead:
        return True
    if lead[-1].lower() not in SHARE_CLAUSE_OPENERS:
        return False
    if lead[-1] != ",":
        return True
    opening = max((i for i, w in enumerate(lead[:-1]) if w in CLAUSE_MARKS), default=-1) + 1
    return opening == len(lead) - 1 or lead[opening].lower() not in WHOLE_OPENERS


def share_doing(lead: list[str], after: list[str]) -> str:
    """A share named by what it does, when a verb follows it and nothing before it names the whole
    ("About 40% said they would vote" -> "share that said they would vote"; "It was 15 per cent
    contained" -> "share contained"), or ""."""
    passive = bool(lead) and lead[-1].lower() in BE_WORDS
    verb = after[1:2] if after[:1] and after[0].lower() in SHARE_AUXILIARIES else after[:1]
    if not verb or verb[0].lower() not in SHARE_VERBS and not participle(verb[0].lower()):
        return ""  # "61.7 percent had been waiting": the verb after its auxiliary
    phrase: list[str] = []
    for word in after[:SHARE_PHRASE_WORDS]:
        lower = word.lower()
        if not word[0].isalpha() or (phrase and lower in BOUNDARY_WORDS) or lower in WEEKDAYS:
            break
        phrase.append(word)
    while phrase[1:] and (phrase[-1].lower() in PREPOSITIONS or phrase[-1].lower() in DETERMINERS):
        phrase.pop()
    if len(phrase) < 2 and phrase[0].lower() in BE_WORDS:
        return ""  # "55% were under 30": the verb alone names nothing
    return " ".join(["share" if passive else "share that", *phrase])


# a price that is a listing's sentence by itself, with at most a word or two before it and a word
# after it ("Guide £845,000 ono.", "£1,395,000.", "£2,950 pcm, plus deposit.", "£389,500, or to let")
RE_LISTED_PRICE_LEAD = re.compile(r"(?:(?P<lead>[A-Z][a-z]+(?: (?:price|over|from|around))?) )?\Z")
RE_LISTED_PRICE_TAIL = re.compile(r"(?: [a-z]{2,4})?\s*(?:[.;]|,\s+(?:or|plus|with)\b|\Z)")
LISTING_REACH = 4  # the most sentences of a listing read back for the thing it lists
# the first words of a listing's sentence naming what it lists ("Two-bedroom first-floor flat, 690 sq
# ft, ...", "Local-market detached bungalow on 1.2 vergées"): a capital, then lower-case words
RE_LISTED_THING = re.compile(
    r"[A-Z][a-z]*(?:-[a-z]+)*(?: [A-Za-z][a-z]*(?:-[a-z]+)*){1,3}(?=,| on | over | with | in )"
)


MODALS = frozenset("must can cannot shall".split())  # not a giver's word ("Kleanthous must also pay")


def listed_price(body: str, fig: Figure, bounds: Callable[[int], tuple[int, int]]) -> str:
    """What a price standing as its own sentence in a listing is ("Guide £845,000 ono." -> "guide
    price of the bungalow"; "£2,950 pcm" -> "rent of the semi"): its lead word's price, or the
    asking price or the rent paid per span of time, of the thing the listing's earlier sentence
    names; "" when the price has a clause around it."""
    s_start, _ = bounds(fig.start)
    lead = RE_LISTED_PRICE_LEAD.fullmatch(body, s_start, fig.start)
    if lead is None or not RE_LISTED_PRICE_TAIL.match(body, fig.end):
        return ""
    said = (lead.group("lead") or "").lower()
    if money.paid_per_time(body, fig.end):
        measure = "rent"
    elif said:
        measure = said if said.endswith("price") else f"{said} price"
    else:
        measure = "asking price"
    opening = body.rfind("\n", 0, s_start) + 1
    at = s_start
    for _ in range(LISTING_REACH):
        if at <= opening:
            break
        at = bounds(at - 1)[0]
        named = RE_LISTED_THING.match(body, at)
        if named and named.group(0).split()[-1].islower():
            return f"{measure} of the {named.group(0).split()[-1]}"
    return "" if measure == "asking price" else measure  # "$4.2 million." alone lists nothing


def _last_undated_since(out: list[Figure], s_start: int) -> Figure | None:
    """The last figure of `out` (in text order) starting at or after `s_start` that is no date, or
    None: read back to `s_start` only, not every figure again for each share (16,000 sentences of
    one share each took 5.4 s)."""
    for f in reversed(out):
        if f.core[0] < s_start:
            return None  # (it and every figure before it start before s_start)
        if f.start >= s_start and f.kind != "date":
            return f
    return None


LISTED_SHARE_JOINS = frozenset(("by", "and", ","))  # what opens an item of a list of shares
LISTED_SHARE_WORDS = 3  # the longest item named before its "with"


def listed_share(lead: list[str], after: list[str], earlier: Figure | None) -> str:
    """The holder of a share that names no whole of its own, as a share of the whole the sentence's
    earlier figure names: the holder a verb of SHARE_OF_VERBS gives ("..., while France took 14 per
    cent"; "with the Philippines taking 44 per cent") or, after an earlier share, the name before
    "with" in a list ("followed by the US with 7.8 per cent"); "" otherwise."""
    if earlier is None or not lead or after[:1] == ["of"]:
        return ""
    if lead[-1].lower() == "with":
        if earlier.kind != "percentage_share":
            return ""  # "Kariba, with 1,137 MW": a measure the name has, not its share of a whole
        cut = max((i for i, w in enumerate(lead[:-1]) if w.lower() in LISTED_SHARE_JOINS), default=-1)
        named = [w for w in lead[cut + 1 : -1] if w.lower() not in DETERMINERS]
        # the item of a list led by "followed by", "and" or a comma ("followed by the US with", "and tea with")
        holder = (
            " ".join(named) if cut >= 0 and 0 < len(named) <= LISTED_SHARE_WORDS and runs_alpha(named) else ""
        )
    else:
        holder = share_holder(lead)
    named = bare_subject_of(earlier.subject)
    whole = named.partition(" as a share of ")[2] if earlier.kind == "percentage_share" else named
    if not holder:
        return ""
    return f"{holder} as a share of {whole if has_content_word(whole) else 'the total'}"


FRONTED_WHOLE_WORDS = 10  # the longest whole read between "Among" or "Of" and its comma
SHARE_PREDICATE_WORDS = 3  # the longest predicate read after a share's verb "to be"


def fronted_whole(lead: list[str], after: list[str]) -> str:
    """The whole a share is of when a fronted "Among" or "Of" phrase names it before the share's
    clause ("Among children in the camps, 29% are acutely malnourished" -> "share of children in
    the camps that are acutely malnourished"), or ""."""
    if len(lead) > 1 and lead[-1][:1].isdigit() and lead[-1].endswith(","):
        lead = [*lead[:-1], lead[-1][:-1], ","]  # "Among riders under 30,": a number's token takes its comma
    if len(lead) < 3 or lead[-1] != ",":
        return ""
    opening = max((i for i, w in enumerate(lead[:-1]) if w in CLAUSE_MARKS), default=-1) + 1
    words = lead[opening:-1]
    if not words or words[0].lower() not in WHOLE_OPENERS or not 1 < len(words) <= FRONTED_WHOLE_WORDS + 1:
        return ""
    whole = words[2:] if words[1].lower() in ARTICLES else words[1:]  # "Of the riders"; "Of those polled"
    if not runs_have_content(whole):
        return ""
    predicate: list[str] = []
    if after[:1] and after[0].lower() in BE_WORDS:
        for word in after[1 : 1 + SHARE_PREDICATE_WORDS]:
            if word[:1].isdigit() and len(predicate) > 1:
                predicate.pop()  # "women aged 30 or older": the age is a figure of its own
            if not word.isalpha() or word.lower() in BOUNDARY_WORDS or word.lower() in PREPOSITIONS:
                break
            predicate.append(word)
    tail = f" that {after[0].lower()} {' '.join(predicate)}" if predicate else ""
    return f"share of {' '.join(whole)}{tail}"


APPOSED_GAP = 24  # characters between a count and the share that restates it, at most
APPOSED_WHOLE_WORDS = 4  # the longest whole read after the share's "of"
RE_APPOSED = re.compile(r"\s*(?:,|\()\s*(?:or\s+)?")  # "7,100 children, or 12%", "7,100 children (12%)"


# what may stand between a sum and the share that restates it ("$4.2 billion, or 3.1% of",
# "$2 billion, equal to 6% of"), also after the bracket of a conversion and the year or period of the
# sum ("K40 billion ($2 billion) in 2024, equivalent to 6% of", "$4 billion last year, or")
RE_APPOSED_SUM = re.compile(
    r"\)?(?:\s+(?:in\s+(?:fiscal\s+)?\d{4}(?:[-/]\d{2,4})?|last\s+year|this\s+year))?"
    r",\s*(?:or\s+|equal\s+to\s+|equivalent\s+to\s+)?(?:about\s+|some\s+|nearly\s+|almost\s+|roughly\s+)?"
)
SUM_SHARE_GAP = 40  # characters between a sum and the share that restates it, at most
SUM_LOOKBACK = 3  # figures read back for the sum (over the year of the sum and a bracketed conversion)


def _last_sum(out: list[Figure]) -> Figure | None:
    """The latest money figure that names its sum among the last figures named, read back over
    dates and over a bracketed conversion not named yet ("K40 billion ($2 billion)")."""
    end = -1  # where the latest money figure ends: a conversion's bracket closes after it
    for fig in reversed(out[-SUM_LOOKBACK:]):
        if fig.kind == "money" and end < 0:
            end = fig.end
        if fig.kind == "money" and has_content_word(bare_subject_of(fig.subject)):
            return None if names_a_time(fig.subject) else fig._replace(end=end)
        if fig.kind not in ("date", "money"):
            return None
    return None


def sum_as_share(money: Figure, fig: Figure, body: str, whole: str) -> str:
    """The sum a share in apposition to it restates, as a share of the whole the share names
    ("a deficit of $4.2 billion, or 3.1% of GDP" -> "deficit as a share of GDP"); "" when the
    share does not follow the sum so or the sum names nothing."""
    if fig.start - money.end > SUM_SHARE_GAP or not RE_APPOSED_SUM.fullmatch(body, money.end, fig.start):
        return ""
    named = bare_subject_of(money.subject)
    if not has_content_word(named) or not has_content_word(whole) or whole.split()[0].lower() in PRONOUNS:
        return ""  # "$90 million, about 30 percent of it paid by the state": a share of the sum itself
    return f"{named} as a share of {whole}"


def apposed_group(
    count: Figure, fig: Figure, body: str, before: list[str], after: list[str], whole: str
) -> str:
    """The group a share in apposition to a count is of ("about 7,100 children, or 12 per cent of
    those screened" -> "children as a share of those screened"): the count's noun, not the words
    next to the share; "" when the share does not follow the count so."""
    gap = RE_APPOSED.match(body, count.end, fig.start)
    if gap is None:
        return ""
    rest = without_approx(tokens(body, gap.end(), fig.start)) if gap.end() < fig.start else []
    if rest:
        return ""  # a word between them that is no approximation: "..., while 12%"
    noun = _counted_noun(count, body)
    if not noun or noun.lower() in BARE_COUNT_NOUNS - {"people"}:
        return ""
    of: list[str] = []
    for word in after[1 : 1 + APPOSED_WHOLE_WORDS] if after[:1] == ["of"] else []:
        if not word[0].isalpha() or word.lower() in BOUNDARY_WORDS:
            break
        if word.lower() != "the":
            of.append(word)  # "of those screened", "of staff"
    named = " ".join(of) or whole
    return f"{noun} as a share of {named}" if named else noun


def _dated_event(fig: Figure, body: str, bounds: Callable[[int], tuple[int, int]]) -> Figure:
    """A date whose subject is the event it dates (events.event_subject), when it dates one."""
    s_start, _ = bounds(fig.start)
    lo = max(s_start, fig.start - BEFORE_CHARS)
    window = body[lo : fig.start].lower()
    if not any(opener in window for opener in events.EVENT_OPENERS):
        return fig  # the cheap test first: no word of time order opens an event there
    event = events.event_subject(tokens(body, lo, fig.start))
    return with_subject(fig, event) if event else fig


# What joins a figure to the date right after it that dates it: "lost ₦4.2 billion in 2024",
# "by 35 per cent from April 1, 2025" (no clause mark between).
RE_DATING_GAP = re.compile(r"\s+(?:in|on|from|since|until|by|during)\s+(?:the\s+)?\Z")
DATING_GAP = 20  # the longest such gap, in characters


def _dated_figure(fig: Figure, prev: Figure, body: str) -> Figure:
    """A date right after a figure of its clause ("lost ₦4.2 billion in 2024") dates that figure:
    its subject says so ("year of the corporation loss"), not the words before it with the figure
    cut out ("said it lost billion in")."""
    if prev.kind == "date" or not 0 < fig.start - prev.end <= DATING_GAP:
        return fig
    if not RE_DATING_GAP.fullmatch(body, prev.end, fig.start):
        return fig
    measured = bare_subject_of(prev.subject).removeprefix(SPAN_LENGTH)  # "a 24-hour period in 2014"
    if not has_content_word(measured) or any(c.isdigit() for c in measured):
        return fig  # nothing named, or a subject that holds a number itself ("forecast 2025")
    when = "year" if fig.unit == "year" else "date"
    change = f" {prev.direction}" if prev.direction and prev.direction not in measured else ""
    return with_subject(fig, f"{when} of the {measured}{change}")


# a new total after a count added to it: "add 450 shelter beds, bringing the total to about 3,300",
# "hit nine sixes, taking his tally to 31"
RE_TOTAL_BEFORE = re.compile(
    r"\b(?:bringing|taking|raising|lifting|pushing|putting)\s+"
    rf"(?:the|{'|'.join(sorted(POSSESSIVE_DETERMINERS))})\s+(?:total|tally|number|count)\s+to\s+"
    rf"(?:(?:{'|'.join(map(re.escape, APPROX_WORDS))})\s+)?\Z"
)
TOTAL_REACH = 60  # characters before a count read for those words
ADDED_WORDS = frozenset("more other additional further new extra".split())


def _brings_total(body: str, fig: Figure) -> bool:
    """Whether a bare count is the new total after "bringing the total to" (RE_TOTAL_BEFORE)."""
    window = body[max(0, fig.start - TOTAL_REACH) : fig.start]
    return " to " in window and bool(RE_TOTAL_BEFORE.search(window))


# what opens the clause of a bare count that is its verb's subject: "..., 11 got qualified
# opinions and six had not filed accounts", "of 25 analysts, 14 expect a rise, while nine see none"
PREDICATE_COUNT_OPENERS = frozenset((",", ";", "and", "while", "whereas", "but"))
PREDICATE_WORDS = 6  # the longest verb phrase read after such a count
PREDICATE_CUTS = frozenset((*CLAUSE_WORDS, "or"))


def own_predicate(lead: list[str], after: list[str], group: str) -> str:
    """What a bare count names when it opens its own clause after another count of its sentence
    and a verb follows it ("40 schools were rated good, 11 needed improvement and six were judged
    inadequate": "schools were judged inadequate"): the group counted before, and its own verb
    phrase; "" when no verb follows ("and six in Leeds") or the count opens no clause."""
    if not lead or lead[-1].lower() not in PREDICATE_COUNT_OPENERS or not after:
        return ""
    first = after[0]
    lower = first.lower()
    if not first.isalpha() or not first.islower():
        return ""
    if lower in FUNCTION_WORDS or lower in PREPOSITIONS or lower in DETERMINERS or lower in PERIOD_WORDS:
        if lower not in AUXILIARIES and lower not in BE_WORDS:
            return ""  # "and six in Leeds", "and 12 more": no verb of its own
    elif not (lower in AUXILIARIES or lower in BE_WORDS or past_form(lower) or lower in IRREGULAR_PAST_VERBS):
        # a present verb after a plural count has no -s and takes an object ("nine see a hold",
        # "fewer than 1,500 receive it"); not an adjective of the count's noun ("640 lesser flamingos")
        following = after[1].lower() if len(after) > 1 else ""
        if lower.endswith(("ly", "s")) or lower in CHANGE_WORDS:
            return ""
        if not (
            following in DETERMINERS
            or following in OBJECT_PRONOUNS
            or following == "no"
            or following[:1].isdigit()
        ):
            return ""
    phrase: list[str] = []
    for word in after[:PREDICATE_WORDS]:
        if not word[0].isalnum() or word.lower() in PREDICATE_CUTS:
            break
        phrase.append(word)
    if len(phrase) < 2 or not has_content_word(" ".join(phrase[1:])):
        return ""  # "and nine are": nothing the verb says
    head = group.split()[0].lower() if group else ""
    if head in IRREGULAR_PAST_VERBS or head.endswith("ed") and group.count(" ") > 1:
        group = ""  # the count before names its own verb phrase ("11 got opinions"), no group
    return " ".join([group, *phrase] if group else phrase)


def _counted_noun(fig: Figure, body: str) -> str:
    """The noun a count names after its number, with a participle that follows it ("Afghan
    nationals returned")."""
    noun = " ".join(body[fig.core[1] : fig.end].split())
    after = tokens(body, fig.end, fig.end + 40)
    if after and participle(after[0].lower()) and after[0].endswith("ed"):
        return f"{noun} {after[0]}"
    return noun


RE_LIST_GAP = re.compile(r"\s*,?\s*(?:and\s+)?")


LEADING_NAME_WORDS = 4  # the most words of one name in a list that opens a sentence


def leading_names(words: list[str]) -> list[str]:
    """The proper names listed at a sentence's start, joined by commas and "and", before its first
    word in small letters ("Galway and Kilkenny-Carlow stayed" -> the two names); [] when
    the sentence opens otherwise (a determiner, one name, a list left open)."""
    names: list[str] = []
    current: list[str] = []
    for i, word in enumerate(words):
        if word == "-" and current and i + 1 < len(words) and words[i + 1][:1].isupper():
            current.append(word)  # "Laoghaire-Rathdown"
        elif word[:1].isupper() and word.replace("'", "").replace("’", "").replace("-", "").isalpha():
            if not current and word.lower() in DETERMINERS | PRONOUNS:
                return []  # "The", "It": no name
            current.append(word)
            if len(current) > 2 * LEADING_NAME_WORDS:
                return []
        elif word in (",", "and") and current:
            names.append(" ".join(current).replace(" - ", "-"))
            current = []
        else:
            if not current or not (word.isalpha() and word.islower()):
                return []
            if word.endswith("s") and word not in ("was", "is", "has"):
                return []  # "Apple and Google shares rose": the names qualify a noun, no list of doers
            names.append(" ".join(current).replace(" - ", "-"))
            return names if len(names) > 1 else []
    return []


def respectively(figures: list[Figure], body: str, bounds: Callable[[int], tuple[int, int]]) -> list[Figure]:
    """Lists of figures matched, in order, to the list of nouns they measure: before them with
    "respectively" ("revenue and profit of RM1.09 billion and RM140.7 million respectively"),
    after them ("3.2 percent and 3.9 percent in the Northeast and Midwest"), or those of the
    sentence's earlier list ("compared to RM716.9 million and RM74.6 million respectively")."""
    out = list(figures)
    earlier: tuple[int, list[str]] = (-1, [])
    i = 0
    while i < len(out):
        first = out[i]
        j = i
        while (
            j + 1 < len(out)
            and out[j + 1].kind == first.kind
            and out[j].end < out[j + 1].start
            and RE_LIST_GAP.fullmatch(body, out[j].end, out[j + 1].start)
        ):
            j += 1
        count = j - i + 1
        if count < 2 or first.kind == "date":
            i = j + 1
            continue
        s_start, s_end = bounds(first.start)
        after = tokens(body, out[j].end, min(s_end, out[j].end + AFTER_CHARS))
        marked = "respectively" in (w.lower() for w in after[:3])
        nouns: list[str] = []
        if marked:
            before = tokens(body, max(s_start, first.start - BEFORE_CHARS), first.start)
            head, _ = measured_before(before)
            nouns = list_parts(head.split())
        if len(nouns) != count and (marked or not all(f.end > f.core[1] for f in out[i : j + 1])):
            nouns = nouns_after_list(after)  # not "four vehicles and 11 firearms in raids": named counts
        if len(nouns) != count and marked and earlier[0] == s_start and len(earlier[1]) == count:
            nouns = earlier[1]
        if (
            len(nouns) != count
            and not marked
            and first.kind in ("money", "percent_change", "percentage_share")
        ):
            # "Galway and Kerry stayed the dearest, at €1,905 and €1,730": the names that open
            # the sentence, one per figure, in order
            named = leading_names(tokens(body, s_start, min(first.start, s_start + BEFORE_CHARS)))
            nouns = named if len(named) == count else nouns
        if len(nouns) == count:
            earlier = (s_start, nouns)
            for k, noun in enumerate(nouns):
                out[i + k] = with_subject(out[i + k], with_labels(noun, out[i + k].subject))
        i = j + 1
    return out


# "the economy grew 2.1%", "the Malaysian economy is expected to expand 4%": the percent measures the
# growth of the economy, as news writes it elsewhere ("economic growth of 2.1%")
ECONOMY_HEADS = frozenset(("economy", "economies"))
RE_GROW_BEFORE = re.compile(r"\b(?:grow|grew|grown|grows|growing|expand|expanded|expands|expanding)\b")
GROW_REACH = 60  # characters before the percent read for the verb of growth


def economy_growth(figures: list[Figure], body: str) -> list[Figure]:
    """The figures, each percent change whose subject is an economy that grows ("the economy grew
    by 3.3%") named "growth of the economy"; an economy that shrinks keeps its subject."""
    out = []
    for fig in figures:
        if fig.kind != "percent_change":
            out.append(fig)
            continue  # the cheap test first: most figures are no change
        words = fig.subject.split()
        if (
            words
            and words[-1].lower() in ECONOMY_HEADS
            and RE_GROW_BEFORE.search(body, max(0, fig.start - GROW_REACH), fig.start)
        ):
            if words[0].lower() == "the":
                words = words[1:]
            # "Australia's economy": a name's possessive takes no article ("the island's" does)
            owned = words[0][:1].isupper() and words[0].endswith(("'s", "’s", "s'", "s’"))
            fig = with_subject(fig, ("growth of " if owned else "growth of the ") + " ".join(words))
        out.append(fig)
    return out


# Sports copy opens its sentences with whose tallies they are: a player or a side named first
# ("Dana Whitcombe had 19 points and eight assists", "The Falcons have won five straight", "Ortiz,
# 24, went 9 of 14"), and every figure of that clause is the holder's, though its own words name
# only the statistic ("19 points"). A holder is a name: two or more capitalised words, one word
# before an age's aside, or "The" before a capitalised plural (a side); a sentence opening with a
# pronoun, a time ("In March"), a common noun ("Tickets for") or a role alone names no holder.
RE_OPENING_HOLDER = re.compile(
    r"(?P<the>The\s+)?(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})"
    r"(?P<aside>,\s+\d{1,2},|\s+\([^()]{1,16}\))?\s+(?=[a-z])"
)
# the words of sports copy's tallies that mark a sentence as sport beside percent.SPORT_CUES
RE_TALLY_CUE = re.compile(
    r"\b(?:points|goals|tries|wickets|saves|laps|frames|aces|assists|rebounds|touchdowns|yards|"
    r"innings|birdies|strikeouts|appearances|straight|in a row)\b"
)
HOLDER_KINDS = MARGIN_KINDS  # tallies, times and readings; not shares or sums
# the unit note of a sport statistic counted per game, match or round ("(unit: points per game)")
RE_PER_PLAY_NOTE = re.compile(r" \(unit: [a-z -]+ per (?:game|match|round|start|innings)\)$")
# a height hyphened in feet and inches before its noun ("a 6-foot-2 guard"), matched from a little
# before either number
# (the noun after the height, or the name of the player it describes: "the 6-foot-9 forward",
# "The 6-foot-9 Mensah")
RE_FEET_INCHES_NOUN = re.compile(
    r".*?(?<![\w.,])(?P<num>\d)-foot-\d{1,2}\s+(?P<noun>[a-z]{3,}|[A-Z][a-z]{2,})\b"
)
# "clear" right after a tally (ending its quote or after it): a lead over the next in a table or a race
RE_CLEAR_AFTER = re.compile(r"\s+clear\b(?!\s+(?:the|a|an|its|their|his|her|up|out|away)\b)")
HOLDER_REACH = 160  # characters of a sentence read for its opening holder
HOLDER_BARRIER = re.compile(r"[A-Z;:]")  # a second name or a clause break before the figure
# a length measures a course, a stage or a track ("the 5.8km circuit"), never a holder's tally
RE_LENGTH_NOTE = re.compile(r"\(unit: (?:kilo|centi|milli)?met(?:re|er)s\)|\(unit: miles\)")


def _opening_holder(body: str, start: int, end: int) -> tuple[str, int]:
    """The holder a sports sentence opens with (see above) and where its clause's verb starts, or ("", 0)."""
    m = RE_OPENING_HOLDER.match(body, start, min(end, start + HOLDER_REACH))
    if m is None:
        return "", 0
    words = m.group("name").split()
    if any(w.lower() in FUNCTION_WORDS or w in MONTH_NAMES or w in WEEKDAY_NAMES for w in words):
        return "", 0  # "In October", "After Monday": an adjunct, no holder
    if words[-1].endswith(("'s", "’s", "s'", "s’")):
        return "", 0  # "Leeds's striker": the holder is the noun the possessive opens
    verb = body[m.end() : m.end() + 12].split(" ", 1)[0]
    if verb in SAYING_WORDS or verb in ARTICLES:
        return "", 0  # "Coach Ana Ruiz said": a reported clause; "Ruiz, 22, the youngest of": an aside
    if m.group("the"):
        if not words[-1].endswith("s") or len(words) > 2:
            return "", 0  # "The Wildcats": a side; "The Union Bank" is no team's plural
    elif len(words) < 2 and not (m.group("aside") or "").startswith(","):
        return "", 0  # "Tickets for": one capitalised word alone may open any sentence
    return " ".join(words), m.end()


def _named_tally(body: str, fig: Figure) -> Figure:
    """The figure with the name its kind of tally takes in sports copy: a height hyphened before its
    noun, a lead ("N clear"), an average per game (see above); else the figure as it is."""
    subject = fig.subject
    if fig.kind == "other" and subject.endswith(("(unit: feet)", "(unit: inches)")):
        hyphened = RE_FEET_INCHES_NOUN.match(body, max(0, fig.start - 9), fig.end + 24)
        if hyphened is not None and hyphened.start("num") <= fig.start < hyphened.end():
            # "the 6-foot-9 forward": both numbers measure the noun after them, its height
            return with_subject(
                fig, f"height of {hyphened.group('noun')} {subject[subject.index('(unit:') :]}"
            )
    elif (
        fig.kind == "count"
        and "lead" not in subject
        and "margin" not in subject
        and body.find("clear", fig.start, fig.end + 8) >= 0  # the cheap test first
        and (RE_CLEAR_AFTER.match(body, fig.end, fig.end + 16) or body.endswith(" clear", fig.start, fig.end))
    ):
        # "moved 18 points clear", "sit four clear of Penrith": the tally is a lead over the next
        return with_subject(fig, f"lead {subject}".strip())
    elif fig.kind == "other" and " per " in subject and RE_PER_PLAY_NOTE.search(subject):
        # "is averaging 25.7 points", "0.6 goals per game": a player's tally per game is an average
        words = [w for w in subject.split(" (unit:")[0].split() if not w.lower().startswith("averag")]
        return with_subject(fig, " ".join([*words, "average"]) + subject[subject.index(" (unit:") :])
    return fig


def with_sport_holders(
    figures: list[Figure],
    body: str,
    sentence_span: Callable[[int], tuple[int, int]],
    sport: Callable[[str], bool],
) -> list[Figure]:
    """The figures, each tally named as sports copy names its kind (_named_tally), and each tally of
    a sports sentence's opening clause whose subject names no one prefixed with the holder the
    sentence opens with (see above); `sport` tells a sentence of sport from its lower-cased text."""
    out = []
    known: dict[int, tuple[str, int]] = {}  # sentence start: its holder and its verb's start
    for fig in figures:
        if fig.kind not in HOLDER_KINDS:
            out.append(fig)
            continue  # the cheap test first: shares, sums and dates are no tallies
        fig = _named_tally(body, fig)
        subject = fig.subject
        if subject and not subject.islower() or "of age" in subject or RE_LENGTH_NOTE.search(subject):
            out.append(fig)
            continue  # a subject that names someone, an age, a course's length
        s_start, s_end = sentence_span(fig.start)
        if s_start not in known:
            holder, verb = _opening_holder(body, s_start, s_end)
            if not holder and body.startswith(("He ", "She "), s_start) and s_start > 0:
                # "Okafor had 41 points. He is averaging 30.1": the pronoun is the player just named
                p_start, _ = sentence_span(s_start - 1)
                if not body.startswith("The ", p_start):
                    holder = _opening_holder(body, p_start, s_start)[0]
                    verb = s_start + body.index(" ", s_start) - s_start + 1 if holder else 0
            if holder:
                text = body[s_start:s_end].lower()
                if not (sport(text) or RE_TALLY_CUE.search(text)):
                    holder = ""
            known[s_start] = (holder, verb)
        holder, verb = known[s_start]
        if (
            holder
            and verb <= fig.start < verb + HOLDER_REACH  # the opening clause, read a bounded way
            and not HOLDER_BARRIER.search(body, verb, fig.start)
        ):
            fig = with_subject(fig, f"{holder} {subject}".strip())
        out.append(fig)
    return out
