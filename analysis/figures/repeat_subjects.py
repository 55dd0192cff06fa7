"""Repeat subjects, read after every other reader: a figure restated after ", or" in another unit
and the figure it restates (restated_subjects), a figure said again with nothing of its own, the
earlier figure's "(repeat)" (repeated_subjects), a count that names only its noun
(counted_subjects) and a sum with its purpose said right after it (sum_subjects)."""

from __future__ import annotations

import re
from collections.abc import Callable

from ..vocab import AUXILIARY_VERBS
from .back_references import repeat_subject
from .clause_forms import RE_BARE_PREDICATE, WHOLE_KINDS, named_after
from .elided_units import APPROX
from .figure import Figure, is_number
from .level_subjects import LOOKBACK_FIGURES
from .line_subjects import with_labels
from .noun_phrases import PREPOSITIONS
from .report_subjects import CLAUSE_OPENERS, DIMENSION_ONLY, MODALS, NOT_DOER_WORDS
from .subject_clauses import bare_subject_of

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


def _same_sum(out: list[Figure], first: int, i: int) -> Figure | None:
    """The last sum of money in the restating sum's own currency from `first` on that names a
    thing: a sum after ", or" says it again for another period ("a wage of €980 a month over 13
    instalments, or €12,740 a year"), or None."""
    fig = out[i]
    if fig.kind != "money":
        return None
    for k in range(i - 1, first - 1, -1):
        if out[k].kind == "money" and out[k].unit == fig.unit:
            return out[k] if bare_subject_of(out[k].subject) else None
    return None


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
    same = _same_sum(out, first, i)
    if same is not None and _restated_names_nothing(fig, out[i - 1], body):
        return bare_subject_of(same.subject), ""  # "£1,250 a month in 12 payments, or £15,000 a year"
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
    return is_number(fig.value) and fig.value >= REPEAT_LEAST and not named_after(body, fig)


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
# "1,200 pumps were repaired"), or what they were doing ("22 men sharing a cell", "91 men were
# sleeping in tents": where, after "were" or "are")
RE_DONE_AFTER = re.compile(
    r"[ \t]+(?:(?:have|had)[ \t]+been[ \t]+|(?:were|are)[ \t]+(?:being[ \t]+)?)([a-z]+ed)\b(?![ \t]+(?:by|to|that|as|of)\b)"
    r"|[ \t]+([a-z]{3,}ing[ \t]+(?:an?|the)[ \t]+[a-z][\w-]*)\b"
    r"|[ \t]+(?:were|are)[ \t]+([a-z]{3,}ing[ \t]+(?:in|at|inside|outside)[ \t]+(?:(?:an?|the)[ \t]+)?[a-z][\w-]*)\b"
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
    doing = done.group(2) or done.group(3) if done is not None else ""
    if done is None or doing and doing.split()[0] in NOT_PREDICATE_OPENERS:
        return ""
    if not quantified and RE_PREPOSITION_BEFORE.search(body, max(0, fig.start - HEAD_OF_REACH), fig.start):
        return ""  # ("3.52 million of the 4.3 million eligible voters casting a ballot": the part's deed)
    return f"{noun} {done.group(1) or doing}"


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
