"""Level subjects, read after the court rules (pay_subjects): a from-to pair's second level, the
old and new level of a move, amounts named by a move, a restated level, a possessive period, a
ranking, an estimate, a shared doer, a sum set aside or a copula's purpose, counts (attendances,
employees, "more", runs, a group that accounts for them), spans in a possessive or a clause,
shares and a predicate's length."""

from __future__ import annotations

import re
from collections.abc import Callable

from ..measures import is_length
from ..vocab import MODAL_VERBS, TRANSITIVE_CHANGE_VERBS
from .back_references import NUMBER_WORDS
from .figure import Figure
from .line_subjects import with_labels
from .noun_phrases import (
    CHANGE_VERBS,
    DETERMINERS,
    PREPOSITIONS,
    content_words,
    has_content_word,
    is_cut_phrase,
)
from .report_subjects import GENERIC_SPANS, HEDGE, PRONOUNS
from .subject_clauses import bare_subject_of

LABEL_REACH = 80  # characters back from a figure read for its label
PERIOD_HEADS = frozenset("year years month months week weeks day days quarter period time season".split())


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
    named = f"employees of {group}"
    return named if group and not is_cut_phrase(named) else ""  # not "employees of will"


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


# The base of a move after its new level ("fell to $9,800 a tonne from more than $70,000 in late
# 2022", "rises to 8,200 pesos, from 7,400 pesos previously", "to 212 vehicles, down from 260"):
# what the level measures, when the base's own reading shares no word with it (a time, a
# neighbour's noun); a count with a noun of its own keeps it ("to 12 towns from 3 depots").
RE_LEVEL_TO_BEFORE = re.compile(rf"\b(?:to|at)[ \t]+{HEDGE}\Z")
RE_BASE_AFTER_LEVEL_GAP = re.compile(
    rf"(?:[ \t]+(?:a|an|per)(?:[ \t]+[a-z]+){{1,2}})?(?:[ \t]+of[ \t]+(?:[A-Za-z]+[ \t]+){{0,2}}?[A-Za-z]+)?"
    rf"(?:[ \t]+(?:on|in|at|last|this)(?:[ \t]+[\w-]+){{1,3}}?)?,?"
    rf"[ \t]+(?:(?:up|down)[ \t]+)?from[ \t]+{HEDGE}"
)  # ("to US$10,000 per main applicant from", "to 3.5 percent of GDP in 2026 from", "to Rp 412
# billion in the first half from": the unit, the whole and the time of the new level between)
LEVEL_TO_REACH = 24  # characters before the level read for "to" or "at" and a hedge


def _level_base(prev: Figure, fig: Figure, body: str, level: str) -> str:
    """The subject `level` of the level a move's base follows (above), or ""."""
    if fig.kind == "count" and fig.end > fig.core[1]:
        return ""
    if not RE_BASE_AFTER_LEVEL_GAP.fullmatch(body, prev.end, fig.start):
        return ""
    if not RE_LEVEL_TO_BEFORE.search(body, max(0, prev.start - LEVEL_TO_REACH), prev.start):
        return ""
    own = {w.lower() for w in content_words(bare_subject_of(fig.subject))}
    if not has_content_word(level) or own & {w.lower() for w in content_words(level)}:
        return ""
    return level


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


# A part of a sum spent, after "including" or "of which", with what it goes on ("will spend R1.2
# billion on its network, including R310 million on 48 new pump stations"): the spending on that,
# not the whole's subject; the count in it is left out ("new pump stations").
RE_PART_BEFORE = re.compile(rf"\b(?:including|of[ \t]+which)[ \t]+{HEDGE}\Z")
RE_SPENT_ON_AFTER = re.compile(
    r"[ \t]+on[ \t]+(?:(?:a|an|the|its|their)[ \t]+)?(?:[\d,.]+[ \t]+)?((?:[A-Za-z][\w-]*[ \t]+){0,3}[a-z][\w-]*)"
)
PART_REACH = 24  # characters before an amount read for "including" and a hedge


def _spent_part(body: str, fig: Figure) -> str:
    """The spending a part of a sum names by what it goes on (above), or ""."""
    if not RE_PART_BEFORE.search(body, max(0, fig.start - PART_REACH), fig.start):
        return ""
    spent = RE_SPENT_ON_AFTER.match(body, fig.end)
    if spent is None:
        return ""
    words = spent.group(1).split()
    if words[:1] and words[0].lower() in NUMBER_WORDS:
        words = words[1:]  # "on six new cranes": the count in words left out too
    while words and (words[-1] in PREPOSITIONS or words[-1] in DETERMINERS or words[-1] in AUXILIARY_ENDS):
        words.pop()  # "on new trains by 2028": the noun phrase only
    return f"spending on {' '.join(words)}" if words and has_content_word(words[-1]) else ""


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
        or (body.startswith(" on ", fig.end) and _spent_part(body, fig))
    )


# A count with its own noun that is the new level or the change of a whole its clause names ("The
# school roll has fallen to 23 pupils", "Car exports rose to 612,000 vehicles", "enrolment has
# fallen by 143 students"): that whole, the subject of a change verb, or the counted noun in the
# object of a verb that changes one ("cut its fleet to 212 vehicles": vehicles in fleet); not a
# name's ("Sligo fell to 14 men"), nor after "up to" or "down to" (an approximation).
RE_CHANGED_WHOLE_BEFORE = re.compile(rf"\b(?:(?:has|have|had)[ \t]+)?([a-z]+)[ \t]+(?:to|by)[ \t]+{HEDGE}\Z")
RE_CHANGED_OBJECT_BEFORE = re.compile(
    rf"\b([a-z]+)[ \t]+(?:its|their|the)[ \t]+((?:[a-z-]+[ \t]+){{0,2}}[a-z-]+)[ \t]+(?:to|by)[ \t]+{HEDGE}\Z"
)
CHANGED_WHOLE_REACH = 70  # characters before a count read for its verb and the object it changes
AUXILIARY_ENDS = frozenset("was were is are be been being has have had will would".split())


def _changed_whole(body: str, fig: Figure, s_start: int) -> str:
    """The whole whose level or change a count with its own noun states (above), or ""."""
    lo = max(s_start, fig.start - CHANGED_WHOLE_REACH)
    found = RE_CHANGED_WHOLE_BEFORE.search(body, lo, fig.start)
    if found is None or found.group(1) not in CHANGE_VERBS or found.group(1) in ("up", "down"):
        changed = RE_CHANGED_OBJECT_BEFORE.search(body, lo, fig.start)
        if changed is None or changed.group(1) not in TRANSITIVE_CHANGE_VERBS:
            return ""
        counted = body[fig.core[1] : fig.end].strip()
        return f"{counted} in {changed.group(2)}" if has_content_word(changed.group(2)) else ""
    whole = _group_before(body, s_start, found.start()).split()
    if whole[:1] and whole[0] in DETERMINERS:
        whole = whole[1:]
    if not whole or whole[-1] in AUXILIARY_ENDS or not whole[-1].islower():
        return ""  # a name's ("Sligo were reduced to 14 men")
    return " ".join(whole) if has_content_word(" ".join(whole)) else ""


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
        or (
            fig.end > fig.core[1]
            and (" to " in window or " by " in window)
            and _changed_whole(body, fig, s_start())
        )
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
        if not named and prev is not None and prev.kind == kind and prev.unit == fig.unit:
            named = (
                kind in ("money", "count")
                and "from" in body[prev.end : fig.start]
                and _level_base(prev, fig, body, renamed.get(i - 1) or bare_subject_of(prev.subject))
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
