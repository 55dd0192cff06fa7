"""Back-references: subjects carried from an earlier figure or sentence: repeats and
restatements (inherit, repeat_subject), parts of an earlier whole, acronyms spelled out before
(expand_acronyms), "it" and pronouns resolved, and the event a date dates."""

from __future__ import annotations

import re
from collections.abc import Callable

from ..measures import AGE_MEASURES
from ..vocab import (
    APPROX_WORDS,
    CHANGE_WORDS,
    FUNCTION_WORDS,
    IRREGULAR_PAST_VERBS,
    MODAL_VERBS,
    PEOPLE_NOUNS,
    SCALE_WORDS,
    TENS_WORDS,
    UNIT_WORDS,
)
from . import events
from .change_words import earlier_share_level
from .figure import Figure
from .line_subjects import with_labels
from .noun_phrases import (
    AUXILIARIES,
    BE_WORDS,
    BOUNDARY_WORDS,
    DETERMINERS,
    LINK_WORDS,
    NOT_NOUN_ENDS,
    PREPOSITIONS,
    PRONOUNS,
    RE_WORD,
    SUBJECT_PREPOSITIONS,
    content_words,
    has_content_word,
    head_of,
    noun_phrase_before,
    participle,
    past_form,
    phrase_after,
    strip_lower,
    tokens,
    without_approx,
)
from .numbers import ROUGH_COUNT
from .subject_clauses import (
    AFTER_CHARS,
    BEFORE_CHARS,
    CLAUSE_WORDS,
    COMPARED_MARK_LEADS,
    COMPARED_WORDS,
    DAY_WORDS,
    DIMENSION_NOUNS,
    FIRST_PAST_VERBS,
    IRREGULAR_PARTICIPLES,
    MONEY_CHANGE_PARTICLES,
    NOT_PREMODIFIED,
    PART_PRONOUNS,
    PART_REACH,
    PER_PERIODS,
    QUANTITY_WORDS,
    RE_THAN_RIGHT_AFTER,
    RE_UP_DOWN_RIGHT_AFTER,
    RESTATED_JOIN,
    SCOPE_ADVERBS,
    SPAN_LENGTH,
    TIME_PART_UNITS,
    apposed_change,
    bare_subject,
    bare_subject_of,
    change_of_second_clause,
    compared_after_comma,
    currency_word,
    level_after_change,
    names_a_thing,
    names_a_time,
    names_after,
    names_no_thing,
    only_a_time,
    qualified_mark,
    runs_alpha,
    with_subject,
)
from .words import CONFIDENCE_SUBJECT, INTERVAL_BOUNDS_SUBJECT

# what stands between a figure and its conversion in brackets: "60 feet (18m)", "72 weeks
# (roughly 16 months)", a rate's period too ("450,000 naira a month ($290)": the pay, converted)
RE_CONVERSION_GAP = re.compile(
    rf"\s*(?:(?:a|an|per|each)\s+(?:{'|'.join(PER_PERIODS)})\s*)?"
    rf"\(\s*(?:(?:{'|'.join(map(re.escape, APPROX_WORDS))})\s+)?"
)
CONVERSION_GAP = 24  # the longest such gap, in characters
# what joins the parts of one time ("3 hours, 14 minutes and 22 seconds", "2 minutes 14 seconds")
RE_TIME_PART_GAP = re.compile(r",?\s+(?:and\s+)?")


RE_OF_THEM_AFTER = re.compile(r"\s+of\s+(?:them|those|whom)\b")  # "14 of them": a part of persons counted
GROUP_UNITS = frozenset(("people", "count"))  # the units of a group "of them" may stand for
PART_PHRASE_CHARS = 60  # the characters read after "of them" for the phrase that names the part
# what stands before a part of a group counted before it: a comma or "and", and a word of
# approximation (vocab.APPROX_WORDS) or "only", "just" ("40 people, about 12 of them", "and 230 of them")
RE_PART_LEAD = re.compile(
    rf"(?:,|\band)\s+(?:(?:{'|'.join(map(re.escape, (*APPROX_WORDS, 'only', 'just')))})\s+)?\Z"
)
PART_LEAD_CHARS = 16
RE_OF_THEM_END = re.compile(r"\s+of\s+(?:them|those|whom)\Z")  # a count's quote that ends "of them"


def _named_by_own_noun(body: str, fig: Figure) -> bool:
    """Whether a figure's subject holds a content word, or is a count's own noun of one word that
    ends its quote and is also a verb ("23 homes and 41 sheds": the sheds, not the homes,
    fixwalk40-a; not "two of them")."""
    subject = bare_subject(fig.subject)
    if has_content_word(subject):
        return True
    return (
        fig.kind == "count"
        and subject.isalpha()
        and len(subject) > 2
        and body[fig.start : fig.end].lower().endswith(f" {subject.lower()}")
    )


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
    measured_before: dict[str, Figure] = {}  # the same for the sentence before
    said: dict[tuple[str, object], Figure] = {}  # each sum of money named so far, by currency and value
    for fig in figures:
        if fig.subject.startswith("(per ") and RE_PER_ALONE.fullmatch(fig.subject):
            fig = with_subject(fig, fig.subject[1:-1])  # a price's unit, nothing named before: "per prisoner"
        prev = out[-1] if out else None
        unit = fig.unit  # read once: inherit changes no figure's unit
        sentence = sentence_of(fig.start)
        if prev_sentence != sentence:
            # "We had 340 workers. Since May, 120 of them ...": the group counted in the sentence
            # before stands for "them" when the count's own sentence counts none (late-subj11)
            measured_before = measured if prev_sentence == sentence - 1 else {}
            measured = {}
        last = measured.get("")  # the sentence's last figure that is not a date
        if fig.kind != "date":
            earlier = measured.get("" if unit == "percent" else unit)
            if (
                unit == "percent"
                and "percent" in measured
                and (
                    compares(body, fig)
                    or restated_change(body, fig)
                    and (
                        last is None
                        or not RE_SHARE_WHOLE_GAP.fullmatch(body, measured["percent"].end, last.start)
                    )
                )
            ):
                # "38 percent ..., against 29 percent in 2022"; "38% of stations were selling below $3,
                # up from 21%": the percent's earlier level, not the price between (late-subj13); not
                # past the share's whole ("14 per cent of the 158 gigawatt-hours ..., down from 21 per cent")
                earlier = measured["percent"]
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
                if (scope := bare_subject_of(fig.subject).lower()) in SCOPE_ADVERBS:
                    # "6.1% in the county, against 4.2% nationally": that scope, not the county's
                    named = f"{RE_SCOPED_PLACE.sub('', named)} {scope}"
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
            if (
                compared is not None
                and compared.kind in PERCENT_KINDS
                and restates(body, compared, fig)
                # (not the earlier level of a change in points restated in percent: "up 1.1 points, or
                # 17 per cent, against 6.6 per cent in 2021")
                and not earlier_share_level(body, compared.start, body[compared.end : fig.start])
            ):
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
        if (
            unit in GROUP_UNITS
            and unit in measured_before
            and unit not in measured
            and not has_content_word(bare_subject(fig.subject))
            and RE_OF_THEM_AFTER.match(body, fig.end)
        ):
            fig = with_subject(fig, with_labels(bare_subject_of(measured_before[unit].subject), fig.subject))
        if prev is None or last is None or fig.kind == "date":
            if fig.kind != "date":
                _remember(measured, fig, body)
            out.append(_as_part(body, fig) if fig.kind == "count" else fig)
            prev_sentence = sentence
            continue
        converts = (
            prev.kind != "date"
            and not fig.subject.startswith(CONFIDENCE_SUBJECT)  # "41.3 per 100,000 (95 per cent CI": a level
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
        if converts or not _named_by_own_noun(body, fig) and passes_subject(last, fig):
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


def _deed_after_ago(body: str, fig: Figure) -> str:
    """The words after "N years ago" that say what was done then, to the first figure, sign or
    mark ("Two years ago, the plant employed 4,000" -> "the plant employed"); "" when none."""
    at = fig.end if body.endswith("ago", fig.start, fig.end) else fig.end + len(" ago")
    if body.startswith(",", at):
        at += 1
    words: list[str] = []
    for word in tokens(body, at, min(len(body), at + AGO_DEED_CHARS)):
        if not word[0].isalpha() or currency_word(word) or len(words) == AGO_DEED_WORDS:
            break
        words.append(word)
    return " ".join(words)


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


# a move in percentage or basis points measures a rate or a share, never a sum of money or a count
# ("will save about A$90 a month after the 25-basis-point cut": the cut is the rate's, not the saving's)
POINT_MEASURES = frozenset(("percentage point", "basis point"))


def passes_subject(last: Figure, fig: Figure) -> bool:
    """Whether a figure naming nothing may take the subject of the figure before it: not an age's
    ("who died aged 88, had run the mill for four decades"), which measures a person, unless it is an
    age too; not a sum's or a count's to a move in points (POINT_MEASURES)."""
    if fig.measure in POINT_MEASURES and last.kind in ("money", "count"):
        return False
    return last.measure not in AGE_MEASURES or fig.measure in AGE_MEASURES


# a count of the places where a counted thing was, right after it ("cycles at 94 clinics", "meals in
# 12 shelters"), or of its sources ("71,000 bags from 58,000 donors", late-subj11): a change stated
# after both is of the thing, not of the places or sources
RE_PLACE_COUNT_GAP = re.compile(r"\s+(?:at|in|across|from)\s+")
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
# a share's whole, then ", or" and the same part in a unit: "8.5% of sales, or 13,460 litres"
RE_SHARE_RESTATED = re.compile(
    rf"\s+of\s+[^,;:()\d]{{1,40}},\s+or\s+(?:(?:{'|'.join(map(re.escape, APPROX_WORDS))})\s+)?",
    re.IGNORECASE,
)
PERCENT_KINDS = frozenset(
    ("percent_change", "percentage_share")
)  # a percent compared keeps its measure's kind
# ", up" or ", down" right before a change in points after a share in its sentence ("57% of voters
# backed it, up 2.5 points"): the change of that share
RE_POINTS_CHANGED_BEFORE = re.compile(r",\s*(?:up|down)\s+(?:by\s+)?\Z")
RESTATED_GAP = 60  # how far apart, at most, a figure and the one it restates are


RESTATED_CHANGE_GAP = 120  # the same after ", up from" or ", down from", which says it plainly


RE_SHARE_WHOLE_GAP = re.compile(r"\s+of\s+(?:the\s+|its\s+|their\s+)?")  # a share, then its whole's figure
RE_SCOPED_PLACE = re.compile(r"\s+(?:in|across)\s+\S.*\Z")  # the place a scope adverb replaces


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
RE_BENCHMARK_BEFORE = re.compile(r"\b(?:above|below|short\s+of|shy\s+of|ahead\s+of)\s+(?:the\s+)?\Z")
BENCHMARK_JOIN = 14  # characters before the figure read for the join ("short of the ")
MARK_FOLLOWERS = DETERMINERS | PREPOSITIONS | frozenset(CLAUSE_WORDS) | {"that"}  # "the 85 percent that"
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


def benchmarks(body: str, earlier: Figure, fig: Figure) -> bool:
    """Whether `fig` is the mark the figure `earlier` of its sentence is measured against (its
    unit, RE_BENCHMARK_BEFORE or RE_COMPARED_MARK_BEFORE, no bracket or clause mark between
    them): it measures the same."""
    if fig.start - earlier.end > RESTATED_CHANGE_GAP or fig.kind == "count" and fig.end > fig.core[1]:
        return False  # far apart, or a count that names its own noun ("short of the 50,000 jumps")
    if earlier.kind != fig.kind:
        return False  # "in the ten months to October, ... short of the 18 million tonnes": no span's mark
    window = body[max(earlier.end, fig.start - BENCHMARK_JOIN) : fig.start]
    if "of" not in window and "bove" not in window and "elow" not in window and "the" not in window:
        return False  # the cheap test first
    loose = RE_BENCHMARK_BEFORE.search(window) is not None
    if not loose and RE_COMPARED_MARK_BEFORE.search(window) is None:
        return False
    if any(c in body[earlier.end : fig.start] for c in ";:()"):
        return False
    if not has_content_word(bare_subject(earlier.subject)) or _own_clause_subject(body, earlier, fig):
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


# a clause joined after the earlier figure's, with a subject of its own that the later figure's
# subject names ("five days above 40C, and overnight temperatures did not fall below 29C": the
# overnight temperatures, not the days' mark, fixwalk40-a)
RE_CLAUSE_JOIN = re.compile(r",\s+(?:and|but|while|whereas)\s+")


def _own_clause_subject(body: str, earlier: Figure, fig: Figure) -> bool:
    """Whether `fig` stands in a clause joined after `earlier`'s (RE_CLAUSE_JOIN) whose words hold
    every content word of `fig`'s own subject."""
    joined = RE_CLAUSE_JOIN.search(body, earlier.end, fig.start)
    own = content_words(bare_subject(fig.subject))
    if joined is None or not own:
        return False
    clause = body[joined.end() : fig.start].lower().split()
    return all(word.lower() in clause for word in own)


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
    rf",\s+(?:a|an)\s+(?:rise|increase|jump|gain|fall|drop|decline|decrease|cut|reduction)\s+of\s+(?:{ROUGH_COUNT}\s+)?\Z"
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


WITHIN_SUBJECT = "time within which"  # the time a deed is done within ("within 90 days")


RE_PER_ALONE = re.compile(r"\(per [^)]+\)")  # a subject that is only the unit a price is per


RE_REPEAT_END = re.compile(r"\s*\(repeat\)\Z")


def repeat_subject(earlier: str, labelled: str) -> str:
    """The subject of a repeat of a figure whose subject is `earlier` (rules: every mention gets a
    row, the second subject ends "(repeat)"): its words, a "(repeat)" of their own left out, then
    "(repeat)", before the labels of `labelled`."""
    return with_labels(f"{RE_REPEAT_END.sub('', bare_subject_of(earlier))} (repeat)", labelled)


INTERVAL_SUBJECT = "interval"  # what a span after "every" measures


def without_dimension(subject: str) -> str:
    """A subject without the dimension sized_noun puts before its noun ("weight of hake fillet"
    -> "hake fillet")."""
    first, of, rest = subject.partition(" of ")
    return rest if of and rest and first in DIMENSION_NOUNS else subject


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


def linked_subject(out: list[Figure], s_start: int, body: str, start: int, gap: re.Pattern[str]) -> str:
    """The subject of the figure before, when it stands in the same sentence, only `gap` parts it
    from the figure at `start` (RE_TRAILING_CHANGE_GAP, RE_TO_BETWEEN) and it names something;
    else ""."""
    if not out or out[-1].start < s_start or not gap.fullmatch(body, out[-1].end, start):
        return ""
    named = bare_subject_of(out[-1].subject)
    return named if has_content_word(named) else ""


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


# Verbs of forecasting whose object pronoun, before "to" and a change word, stands for what the
# sentence before named ("The next ceiling will be set in March. Traders expect it to rise by 3%.").
FORECAST_VERBS = frozenset(
    "expect expects expected see sees saw forecast forecasts predict predicts predicted want wants".split()
)
FORECAST_OBJECTS = frozenset(("it", "them"))
FORECAST_REACH = 6  # the words read back from the figure for "expect it to fall by"


def expected_of_pronoun(before: list[str]) -> bool:
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


def sentence_subject(body: str, start: int, end: int) -> str:
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


def it_resolved(
    before: list[str], body: str, start: int, bounds: Callable[[int], tuple[int, int]]
) -> list[str]:
    """The words of a sentence that opens with "It", the pronoun read as the definite noun phrase
    that is the subject of the sentence before ("The probe, launched on Monday, carries a
    camera. It is built to last for nine years" -> "The probe is built ..."); the
    words themselves when that sentence opens otherwise ("In May it rained.", "Analysts said")."""
    p_start, p_end = bounds(start - 1)
    if not body.startswith(DEFINITE_OPENERS, p_start):
        return before
    named = sentence_subject(body, p_start, p_end).split()
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


# (a forecast's imperative "Expect 150 to 170 µg/m³ today" names nothing either: late-subj11)
RE_PRONOUN_OPENING = re.compile(r"\s*[\"“]?(?:It|They|Another|A further|Expect)\s")
IMPERATIVE_OPENERS = frozenset(("Expect",))  # an opener read as a subject that names nothing


def told_before(
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


def dated_event(fig: Figure, body: str, bounds: Callable[[int], tuple[int, int]]) -> Figure:
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


# The noun a year is for, right before it: "a KSh 14.2 billion budget for 2026/27", "its targets
# for 2030", "the forecast for 2025" (a determiner, an amount that may stand between, the noun, "for");
# not a passive's agent ("the peg set by the state for 2027-28": the state is no thing of a year)
RE_NOUN_FOR_YEAR = re.compile(
    r"(?<!\bby\s)\b(?:the|a|an|its|their|this|next|last)\s+(?:\S{0,5}\s?\d[\d.,]*(?:\s+(?:million|billion|trillion))?\s+)?"
    r"(?P<noun>[a-z][a-z-]{2,})\s+for\s+\Z"
)
NOUN_FOR_REACH = 50  # characters before a year read for the noun it is for


def year_of_noun(fig: Figure, body: str) -> Figure:
    """A year right after a noun and "for" is that noun's year ("a KSh 14.2 billion budget for
    2026/27" -> "fiscal year of the budget"; "its targets for 2030" -> "year of the targets"), not
    the words before it with the amount cut out."""
    lo = max(0, fig.start - NOUN_FOR_REACH)
    # the cheap test first: every match ends in "for" and white space (rstrip strips what "\s" matches)
    if fig.unit != "year" or not body[lo : fig.start].rstrip().endswith("for"):
        return fig
    found = RE_NOUN_FOR_YEAR.search(body, lo, fig.start)
    if found is None or found.group("noun") in FUNCTION_WORDS:
        return fig
    when = "fiscal year" if "/" in str(fig.value) else "year"  # "2026/27", "2027-28": 2026/2027
    return with_subject(fig, f"{when} of the {found.group('noun')}")


def dated_figure(fig: Figure, prev: Figure, body: str) -> Figure:
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
