"""Line subjects: the subject of a list or table line: bullet and line labels, a listed
figure's gloss and topic, listed shares, prices, percents and measurements, labels
(with_labels), gapped subjects and lists of figures matched with "respectively"."""

from __future__ import annotations

import re
from collections.abc import Callable

from ..measures import flowing, quantity_of
from ..reading import LIST_FIGURE_OPENING
from ..vocab import CHANGE_WORDS, FUNCTION_WORDS, ORDINAL_WORDS
from . import money_subjects
from .figure import Figure
from .noun_phrases import (
    AUXILIARIES,
    BE_WORDS,
    DETERMINERS,
    LINK_WORDS,
    LINKING_WORDS,
    LIST_JOINS,
    PREPOSITIONS,
    PRONOUNS,
    SUBJECT_PREPOSITIONS,
    has_content_word,
    head_of,
    list_parts,
    measured_before,
    noun_after,
    noun_phrase_before,
    nouns_after_list,
    participle,
    strip_lower,
    tokens,
    without_approx,
)
from .numbers import ROUGH_COUNT
from .people_subjects import CASUALTY_SUBJECTS
from .subject_clauses import (
    AFTER_CHARS,
    BEFORE_CHARS,
    DEPTH_WORDS,
    DIMENSIONS,
    EARNED_MEASURES,
    NOT_PREMODIFIED,
    QUANTITY_WORDS,
    RE_LABELS,
    SAYING_WORDS,
    bare_subject,
    bare_subject_of,
    runs_alpha,
    with_subject,
)
from .words import singular


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


def each_measure(before: list[str], after: list[str], measure: str) -> str:
    """What a physical amount measures when it gives the size of each of a plural noun's things,
    "of" before it and "each" after it ("12 million sacks of 90 kilogrammes each" -> "weight of
    each sack", "plots of 40 hectares each" -> "area of each plot"; in an aside too: "18 turbines,
    of 5.7 MW each" -> "power of each turbine"), or ""."""
    if after[:1] != ["each"]:
        return ""  # the cheap test first
    lead = without_approx(before)
    if lead[-2:-1] == [","]:
        lead = lead[:-2] + lead[-1:]  # the aside's comma
    if len(lead) < 2 or lead[-1] != "of" or not lead[-2].isalpha() or not lead[-2].islower():
        return ""
    noun = lead[-2]
    if not noun.endswith("s") or noun.endswith("ss"):
        return ""  # "a tank of 40 litres each": no plural noun whose things are measured
    return f"{quantity_of(measure) or 'size'} of each {singular(noun)}"


PERCENT_TOKENS = frozenset(("%", "per", "cent", "percent"))  # the tokens of a percent sign or word


def listed_percents(lead: list[str], after: list[str]) -> str:
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


# A unit glued to its number makes a compound adjective of them, as British copy writes it ("20in
# wheels", "a 105kg snatch", "the 180kg qualifying mark"): the noun after names what is measured.
# Words after a measurement that are no such noun: where or how far it stands ("4kg above", "9kg
# clear", "180m straight up").
RE_GLUED_QUOTE = re.compile(r"[\d.,]+[A-Za-z]+")
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
LINE_LABEL_REACH = 48  # characters back from a figure to the line's start, at most


# a line of a dashed or bulleted list whose first words, with no colon, name the amount, share or
# measure that follows them, as telegraphic results briefs list them ("- Net sales EUR 1.84 bln vs
# EUR 1.73 bln", "- Operating margin 11.5% (10.2%)"); not a count, whose line is a sentence more
# often ("- Police arrested 12 people")
RE_BULLET_LABEL_BEFORE = re.compile(r"\n[ \t]*[-–•*·][ \t]+([A-Z][A-Za-z'’ -]{1,30}?)[ \t]+\Z")
BULLET_LABEL_WORDS = 4  # words in such a label, at most


def bullet_label(body: str, start: int) -> str:
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


def list_figure_gloss(body: str, fig: Figure) -> str:
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


# A figure later on a "by the numbers" line, naming nothing of its own, is of the line's gloss: a
# change ("4,218 - call-outs, up 6.4% on the year before": the call-outs rose) the gloss itself, a
# bare count with a phrase ("2,906 - call-outs to hikers; 812 to skiers") the gloss's noun with its
# own phrase (late-subj11)
GLOSS_FOLLOW_REACH = 60  # characters from the line's opening figure to the later figure, at most
GLOSS_PHRASE_WORDS = 8  # the longest phrase a later count reads after it
RE_LINE_GLOSS = re.compile(r"[ \t]*[–—:-][ \t]+([a-z][\w'’ -]{1,60}?)[ \t]*[,;]")


def after_list_gloss(prev: Figure, fig: Figure, body: str, after: list[str]) -> str:
    """What a change or bare count after the figure that opens a "by the numbers" line measures
    (above), or ""."""
    if fig.start - prev.end > GLOSS_FOLLOW_REACH or "\n" in body[prev.end : fig.start]:
        return ""
    lo = max(0, prev.start - LIST_LEAD_REACH)
    line = body.rfind("\n", lo, prev.start) + 1
    if (not line and lo) or body[line : prev.start].strip(" \t") not in ("", *BULLET_MARKS):
        return ""  # the earlier figure does not open its line (a text's first line opens at 0)
    glossed = RE_LINE_GLOSS.match(body, prev.end, fig.start)
    gloss = glossed.group(1).strip() if glossed else ""
    if not has_content_word(gloss):
        return ""
    if fig.kind == "percent_change":
        return gloss
    if fig.kind != "count" or fig.unit != prev.unit or not after or after[0].lower() not in PREPOSITIONS:
        return ""
    if after[0].lower() in ("of", "than", "per"):
        return ""
    phrase: list[str] = []
    for word in after[:GLOSS_PHRASE_WORDS]:
        if not word[0].isalnum():
            break
        phrase.append(word)
    head = []
    for word in gloss.split():
        if word.lower() in PREPOSITIONS:
            break
        head.append(word)
    return " ".join([*head, *phrase]) if head and len(phrase) > 1 else ""


# words a sentence, not a label, ends in before its figure ("- Households paid over ...")
BULLET_LABEL_LAST_NOT = frozenset(
    "of to at by for from in on with and or than about over under is was".split()
)


BULLET_MARKS = frozenset("-–•*·")
# A dashed or bulleted line led by its topic and a colon, the figures in a sentence after it, as
# weekly crop, market and traffic reports list them ("-- Barley: Harvest was 64% done, up 8
# points"): the topic is what the sentence's shares and points are of ("Barley: Harvest")
RE_LIST_TOPIC_LINE = re.compile(r"[ \t]*(?:--|[-–•*·])[ \t]+([A-Z][A-Za-z'’ -]{1,30}?):[ \t]+\S")
LIST_TOPIC_REACH = 240  # characters back from a figure to its line's start, at most


def list_line_topic(body: str, start: int, subject: str) -> str:
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


def line_label(label: str, fig: Figure) -> bool:
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


# A line label that ends in a class's code, a Roman numeral or a single capital ("Category I",
# "Class B", "Band IV"), names its figure only with the words in brackets that gloss the code
# ("Category I (cars, vans): COP 16,300" -> `Category I (cars, vans)`); a gloss with a digit dates
# or sources the label instead ("Population (2021 census): 84,200").
RE_CODED_LABEL = re.compile(r"\s(?:[IVX]{1,4}|[A-Z])\Z")


def glossed_label(label: str, gloss: str | None) -> str:
    """The label with its bracketed gloss when the label ends in a code (above), else the label."""
    if gloss and RE_CODED_LABEL.search(label) and not any(ch.isdigit() for ch in gloss):
        return f"{label} ({gloss})"
    return label


def listed_ingredient(body: str, start: int, after: list[str]) -> str:
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


def _listed_glued(unit: str, words: list[str]) -> bool:
    """Whether words open with "and" or "or" and another number in the same glued unit ("20mg
    and 40mg capsules" after the first), as a list of sizes of one noun."""
    return len(words) > 3 and words[0] in ("and", "or") and words[1][:1].isdigit() and words[2] == unit


def glued_premodifier(quote: str, before: list[str], after: list[str]) -> str:
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


RELATIVE_SHARE_WORDS = frozenset(("which", "that"))
SHARE_WORDS_AFTER = frozenset(("percent", "per", "cent", "%", "pc", "of"))  # between a share and its whole


def share_holder(lead: list[str]) -> str:
    """What holds a share a verb of SHARE_OF_VERBS gives ("Germany remained the top market,
    accounting for" -> "Germany"; "Exports to China made up" -> "Exports to China"; "Remittances
    are equal to" -> "Remittances"; "Tourism, which accounts for" -> "Tourism"), or the holder of
    the share the same verb gave before "and" ("Defence would account for 18.6 percent of
    spending and" -> "Defence"), or ""."""
    if lead[-1:] and lead[-1].lower() in ("and", "or"):
        return _coordinated_share_holder(lead[:-1])
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
    if len(clause) > 2 and clause[-1].lower() in RELATIVE_SHARE_WORDS and clause[-2] == ",":
        return _relative_share_holder(clause[:-2])  # "Tourism, which accounts for": its antecedent
    head = head_of(
        noun_phrase_before(strip_lower(clause, AUXILIARIES | BE_WORDS), SUBJECT_PREPOSITIONS, subject=True)
    )
    return "" if not head or head.lower() in PRONOUNS else head


WHOLE_END_WORDS = frozenset(("and", "or", "about", "around", "roughly", "nearly", "almost", "some", "just"))


def whole_words(after: list[str]) -> list[str]:
    """The words read for a share's whole after its "of", without determiners, up to "and" or "or"
    and the next figure ("of total expenditures and about 5.1 percent of" -> "total
    expenditures"; "of the 16,940 registered voters" keeps its count)."""
    named: list[str] = []
    for k, word in enumerate(after):
        if word.lower() in ("and", "or"):
            rest = [w for w in after[k + 1 :] if w.lower() not in WHOLE_END_WORDS]
            if rest[:1] and rest[0][:1].isdigit():
                break
        if word.lower() not in DETERMINERS:
            named.append(word)
    return named


LISTING_WORDS = frozenset(("including", "notably", "especially", "mainly", "chiefly"))
RELATIVE_OPENING_MARKS = frozenset((",", ";", ":", "(", "—", "–", '"', "“"))


def _relative_share_holder(words: list[str]) -> str:
    """The antecedent of ", which accounts for" when it is the whole of what opens its clause
    ("Private equity", "Its industrial coatings business"), or "": a phrase that goes on past its
    noun ("Transit traffic to Chad and the Central African Republic", "said Dube of the union") is
    not read for its antecedent."""
    k = len(words)
    while k and words[k - 1] not in RELATIVE_OPENING_MARKS:
        k -= 1
    opening = words[k:]
    if opening[:1] and (opening[0].lower() in PREPOSITIONS or opening[0].lower() in LISTING_WORDS):
        opening = opening[1:]  # "including games, which make up": the games
    phrase = noun_phrase_before(opening, SUBJECT_PREPOSITIONS, subject=True)
    if not opening or phrase != opening or any(w.lower() in ("and", "or") for w in opening):
        return ""
    head = head_of(phrase)
    return "" if not head or head.lower() in PRONOUNS else head


COORDINATED_WHOLE_WORDS = 8
RE_YEAR = re.compile(r"(?:19|20)\d\d")  # the longest whole read between an earlier share and "and"


def _coordinated_share_holder(lead: list[str]) -> str:
    """The holder of a share after "and" (share_holder): the words end on an earlier share and its
    whole ("account for 18.6 percent of total expenditures"), the verb right before that share."""
    for j in range(len(lead) - 1, max(-1, len(lead) - 3 - COORDINATED_WHOLE_WORDS), -1):
        if RE_YEAR.fullmatch(lead[j]) and lead[j - 1 : j] == ["in"]:
            continue  # "of Israel's exports in 2025 and": the whole's year
        if lead[j][:1].isdigit():
            rest = lead[j + 1 :]
            if not rest or not all(
                w.isalpha()
                and w.islower()
                or w.lower() in SHARE_WORDS_AFTER
                or w.endswith("'s")
                or RE_YEAR.fullmatch(w)
                for w in rest
            ):
                return ""
            if "of" not in (w.lower() for w in rest):
                return ""  # "accounted for 40% and": no whole, so no pair of shares
            return share_holder(lead[:j])
    return ""


SPEND_VERBS = frozenset("spend spends spent spending".split())
SPENT_WHOLE_WORDS = 5  # the longest whole read between "of" and "on"
SPENT_ON_WORDS = 4  # the longest object read after "on"


def spent_share(lead: list[str], after: list[str]) -> str:
    """A share of a whole a holder spends on a thing ("France spends about 14% of its gross domestic
    product on pensions" -> "spending on pensions as a share of gross domestic product"), or ""."""
    if [w.lower() for w in lead[-2:]] == ["on", "average"]:
        lead = lead[:-2]  # "households spend on average 47 percent of"
    if not lead or lead[-1].lower() not in SPEND_VERBS or after[:1] != ["of"]:
        return ""
    whole: list[str] = []
    k = 1
    while k < len(after) and after[k].lower() != "on" and len(whole) <= SPENT_WHOLE_WORDS:
        word = after[k]
        if not (word.isalpha() or word.endswith("'s")):
            return ""
        if word.lower() not in DETERMINERS and not (word.endswith("'s") and not whole):
            whole.append(word)
        k += 1
    if k >= len(after) or not whole:
        return ""
    spent_on: list[str] = []
    for word in after[k + 1 : k + 1 + SPENT_ON_WORDS]:
        lower = word.lower()
        if spent_on and lower == "and":
            spent_on.append(word)  # "on research and development"
            continue
        if not word.isalpha() or lower in PREPOSITIONS or lower in FUNCTION_WORDS:
            if spent_on or lower not in DETERMINERS:
                break
            continue
        spent_on.append(word)
    while spent_on and spent_on[-1].lower() == "and":
        spent_on.pop()
    if not spent_on:
        return ""
    return f"spending on {' '.join(spent_on)} as a share of {' '.join(whole)}"


RE_LISTED_GAP = re.compile(rf"[^\d.;:]{{0,60}}?\s(?:and|while|with)\s+(?:(?:{ROUGH_COUNT}|up\s+to)\s+)?")


def listed_measurement(prev: Figure, fig: Figure, body: str) -> str:
    """The subject of the measurement `prev` for the listed measurement `fig` (see above), or ""."""
    if (
        prev.unit != "other"
        or prev.measure != fig.measure
        and flowing(prev.measure) != fig.measure  # ("30g a day for men and 20g": a flow's time left out)
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
    if money_subjects.paid_per_time(body, fig.end):
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


# A list line of comma-separated parts that ends on its figure ("12 Crocker Street, PO30 5DA,
# terraced, £198,000", "Flat 4, 27 Pyle Street, PO30 1JW, flat, £114,500"): the figure is of the
# line's name, its leading parts in title case (a number, capitalised words and small joining
# words), up to a code ("PO30 5DA") or a part in lower case ("terraced"), which must follow.
LINE_NAME_REACH = 120  # characters from a list line's start to its figure, at most
RE_LINE_NAME_END = re.compile(r"[ \t]*(?:\n|\Z|,[ \t]+(?:from|for|by|via|after)\b)")
RE_CODE_PART = re.compile(r"[A-Z]{1,3}\d[A-Z0-9]*(?:[ \t]+\d[A-Z0-9]{1,3})?")
NAME_JOINS = frozenset("of the and on upon in de la le du des van von der".split())
NAME_PART_WORDS = 5


def _title_part(part: str) -> bool:
    """Whether a comma part of a list line is a name in title case ("12 Crocker Street", "Flat 4"),
    not a code ("PO30 5DA")."""
    words = part.split()
    if not 0 < len(words) <= NAME_PART_WORDS or RE_CODE_PART.fullmatch(part):
        return False
    return (
        (words[0][:1].isupper() or words[0][:1].isdigit())
        and any(w[:1].isupper() for w in words)
        and all(w[:1].isupper() or w[:1].isdigit() or w in NAME_JOINS for w in words)
    )


def line_name(body: str, fig: Figure) -> str:
    """The name of the list line a figure ends (above), or ""."""
    if not RE_LINE_NAME_END.match(body, fig.end):
        return ""  # the cheap test first
    lo = max(0, fig.start - LINE_NAME_REACH)
    line = body.rfind("\n", lo, fig.start)
    if line < 0 and lo > 0:
        return ""  # a line too long for a list line
    text = body[line + 1 : fig.start].rstrip(" \t")
    if not text.endswith(",") or any(ch in text for ch in ".!?;:()"):
        return ""
    parts = [p.strip() for p in text[:-1].split(",")]
    named = 0
    while named < len(parts) and _title_part(parts[named]):
        named += 1
    rest = parts[named:]
    if not named or not rest or not (RE_CODE_PART.fullmatch(rest[0]) or rest[0][:1].islower()):
        return ""
    return ", ".join(parts[:named])


# A result in a results line: a name after the line's start, a colon, a comma or a place's
# number, a team's or a country's code or a place in brackets, then the score or the gap ("Heat 3:
# Kenzo Ramassamy (GLP) 16.83, Théo Nagau (MTQ) 12.40", "2. Yekaterina Melnik (Tyumen) +8.6 (1)":
# both the gap and the penalties in brackets after it); the figure is the named competitor's. (A
# line of names in title case is read in lower case, its codes kept: "mateus ribeiro (BRA) 15.40".)
RESULT_REACH = 90  # characters back from a result's figure read for its name
RE_RESULT_BEFORE = re.compile(
    r"(?:\A|(?<=\n)|(?<=[:;,][ \t])|(?<=\d\.[ \t]))"
    r"((?:[^\W\d_][\w'’.-]*[ \t]+){0,3}[^\W\d_][\w'’.-]*)[ \t]+"
    r"\((?:[A-Z]{2,4}|[A-ZÀ-Þ][\w .'’-]{1,30})\)[ \t]+(?:[+−-]?\d[\d:.,]*[ \t]+\()?\Z"
)
RESULT_KINDS = frozenset(("count", "other", "duration"))


def result_name(body: str, fig: Figure) -> str:
    """The competitor a results line's figure belongs to (above), or ""."""
    if fig.kind not in RESULT_KINDS or body[fig.start - 1 : fig.start] not in (" ", "\t", "(", "+"):
        return ""  # the cheap test first
    lo = max(0, fig.start - RESULT_REACH)
    line = body.rfind("\n", lo, fig.start)
    m = RE_RESULT_BEFORE.search(body, line + 1 if line >= 0 else lo, fig.start)
    if m is None:
        return ""
    words = m.group(1).split()
    if (
        any(w.lower() in FUNCTION_WORDS for w in words)
        or not any(w[:1].isupper() for w in words)
        and (not body[m.end(1) + 2 : m.end(1) + 4].isupper())
    ):
        return ""  # a clause, not a name; a name in lower case only before a code in capitals
    return m.group(1)


# A label line whose label counts its items in brackets before the colon ("Other gifts (41):
# NZ$4,215.60"): the count is of the label.
RE_COUNTED_LABEL = re.compile(r"(?:\A|(?<=\n))[ \t]*([A-Z][A-Za-z'’ -]{2,40}?)[ \t]*\(\Z")
COUNTED_LABEL_REACH = 50


def counted_label(body: str, fig: Figure) -> str:
    """The label a bare count in brackets before a label line's colon counts (above), or ""."""
    if fig.kind != "count" or body[fig.end : fig.end + 2] != "):":
        return ""  # the cheap test first
    lo = max(0, fig.start - COUNTED_LABEL_REACH)
    m = RE_COUNTED_LABEL.search(body, body.rfind("\n", lo, fig.start) + 1 or lo, fig.start)
    return m.group(1) if m else ""


# A label line's label with a number or a comma in it, which the plain label reader leaves
# ("Room 4, Hokitika School: NZ$318.40", "Class 3B, Kingsway Primary: £96.20"): the label names
# the figure after its colon; a label whose part after its comma counts its items ("Carving
# auction, 12 lots: NZ$3,870") names it by its head, not by the items, and so does one whose part
# after its comma qualifies it with a figure the reader took the noun of ("- Staff nurse, 3-5 years'
# experience: Dh14,000 to Dh18,500" -> `Staff nurse`, not `experience`; late-subj12).
NUMBERED_LABEL_REACH = 70
RE_NUMBERED_LABEL = re.compile(
    r"(?:\A|(?<=\n))[ \t]*(?:[-–•*·][ \t]+)?([A-Z][\w'’ -]{0,40}?(?:,[ \t]+[\w'’ -]{1,40}?)?):[ \t]*\Z"
)
RE_LABEL_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
RE_ITEMS_PART = re.compile(r"\d[\d,]*[ \t]+([a-z]+)")
RE_QUALIFIER_PART = re.compile(r"\d[\d,.]*(?:[-–]\d[\d,.]*)?\+?[ \t]+[a-z]+['’]?[ \t]+([a-z]+)")
NUMBERED_LABEL_WORDS = 8


def numbered_label(body: str, fig: Figure, named: str) -> str:
    """The label (above) for a figure naming nothing (`named` empty), or its head for one named
    only by the label's counted items; else ""."""
    if body[fig.start - 2 : fig.start].strip() != ":":
        return ""  # the cheap test first
    lo = max(0, fig.start - NUMBERED_LABEL_REACH)
    m = RE_NUMBERED_LABEL.search(body, body.rfind("\n", lo, fig.start) + 1 or lo, fig.start)
    if m is None or len(m.group(1).split()) > NUMBERED_LABEL_WORDS or RE_LABEL_YEAR.search(m.group(1)):
        return ""  # "Tourist arrivals 2015:": a year row's label, read by the table readers
    label = m.group(1).strip()
    head, _, rest = label.partition(",")
    items = RE_ITEMS_PART.fullmatch(rest.strip())
    if items:
        return head if named in ("", items.group(1)) else ""
    qualifier = RE_QUALIFIER_PART.fullmatch(rest.strip())
    if qualifier and named == qualifier.group(1):
        return head  # "Staff nurse, 3-5 years' experience:": the job, not its experience
    return "" if named or not any(ch.isdigit() or ch == "," for ch in label) else label


# A prize tier's line: the figure right after the tier's label and its comma is that prize ("1st
# prize, £5,000: ticket 081276", "Second prize, $400: Dale Hutchins", "2nd prize, seven nights in a
# cottage": `1st prize`; late-subj12). A place's line is a result, not a prize ("3rd place, 41.2 sec").
RE_TIER_BEFORE = re.compile(
    rf"(?:\A|(?<=\n))[ \t]*((?:\d{{1,2}}(?:st|nd|rd|th)|{'|'.join(sorted(ORDINAL_WORDS))}|top|grand|main)"
    r"[ \t]+(?:prize|award)),[ \t]*\Z",
    re.IGNORECASE,
)
TIER_REACH = 24  # characters back from a figure to its line's start, at most


def tier_label(body: str, fig: Figure) -> str:
    """The prize tier whose line a figure opens after its label (above), or ""."""
    if fig.kind == "date" or body[fig.start - 2 : fig.start] != ", ":
        return ""  # the cheap test first
    m = RE_TIER_BEFORE.search(body, max(0, fig.start - TIER_REACH), fig.start)
    return m.group(1) if m else ""


# A ranked list's line: a position, a name in title case, a bracket of what it is, a dash and the
# figure ("1. Toofan 2 (Hindi) – ₹112.6 cr", "4. The Long Harbour (English, re-release) – $1.9m",
# "2) Northbank – $212 billion"): the figure is the named entry's (late-subj12).
RE_RANKED_BEFORE = re.compile(
    r"(?:\A|(?<=\n))[ \t]*\d{1,2}[.)][ \t]+([A-Z][^\n()–—:;]{0,50}?)[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?"
    rf"(?:[–—]|(?<=[ \t])-)[ \t]*(?:{ROUGH_COUNT}[ \t]+)?\Z"
)
RANKED_REACH = 100  # characters back from a figure to its line's start, at most


def ranked_name(body: str, fig: Figure) -> str:
    """The entry a ranked list line's figure belongs to (above), or ""."""
    if fig.kind == "date" or body[fig.start - 2 : fig.start].strip() not in ("–", "—", "-", ""):
        return ""  # the cheap test first
    lo = max(0, fig.start - RANKED_REACH)
    m = RE_RANKED_BEFORE.search(body, body.rfind("\n", lo, fig.start) + 1 or lo, fig.start)
    return m.group(1) if m and _title_part(m.group(1)) else ""


# A tide line's height in brackets after the tide and its time, in metres, then in feet after a
# slash ("Fri Dec 4: high 05:47 (8.6 m/28.2 ft), low 12:02 (0.1 m/0.3 ft)"): the height of that
# high or low water, at the place a heading line in capitals right above names (late-subj12).
RE_TIDE_BEFORE = re.compile(
    r"\b(high|low)(?:[ \t]+(?:water|tide))?[ \t]+\d{1,2}[:.h]\d\d[ \t]*\([ \t]*"
    r"(?:\d+(?:\.\d+)?[ \t]*(?:m|ft)[ \t]*/[ \t]*)?\Z",
    re.IGNORECASE,
)
RE_PLACE_HEADING = re.compile(r"[ \t]*([A-Z][A-Z'’. -]{2,40}?)[ \t]*\Z")
TIDE_REACH = 40  # characters back from a height to its tide's word, at most
TIDE_LINE_REACH = 160  # characters back from a tide's word to its line's start, at most
TIDE_KINDS = frozenset(("other", "count"))


def tide_height(body: str, fig: Figure) -> str:
    """ "height of high water at <place>" for a tide line's height (above), or ""."""
    if fig.kind not in TIDE_KINDS or "(" not in body[max(0, fig.start - 12) : fig.start]:
        return ""  # the cheap test first
    m = RE_TIDE_BEFORE.search(body, max(0, fig.start - TIDE_REACH), fig.start)
    if m is None:
        return ""
    subject = f"height of {m.group(1).lower()} water"
    line = body.rfind("\n", max(0, m.start() - TIDE_LINE_REACH), m.start())
    above = body.rfind("\n", max(0, line - TIDE_REACH), line) if line > 0 else -1
    heading = RE_PLACE_HEADING.fullmatch(body, above + 1, line) if line > 0 else None
    return f"{subject} at {heading.group(1).title()}" if heading else subject


# A return's list under a heading line ending in a colon ("The number of ballot papers rejected was
# as follows:" then "(a) want of an official mark: 0" ... "Total: 13"): each item's count is of the
# heading's noun for the item's label, and the total line's of the heading's noun in total
# (late-subj11). The walk back to the heading passes only lines of such items.
RE_HEADED_ITEM = re.compile(
    r"[ \t]*(?:\(?[a-z0-9]{1,3}[.)][ \t]+)?([A-Za-z][^:\n]{1,90}?):[ \t]*[\d,.]+[ \t]*\Z"
)
RE_LIST_HEADING = re.compile(
    r"[ \t]*(?:(?:The|the)[ \t]+(?:number|numbers|total)[ \t]+of[ \t]+)?([A-Za-z][^:\n]{2,80}?)"
    r"(?:[ \t]+(?:was|were|is|are)[ \t]+as[ \t]+follows)?(?:,[ \t]+by[ \t]+[a-z ]+)?:[ \t]*\Z"
)
HEADED_ITEM_LINES = 10  # the item lines passed on the walk back to the heading, at most
HEADING_NOUN_WORDS = 6  # the heading's noun phrase, at most


def headed_item(body: str, fig: Figure) -> str:
    """What a count ending an item line of a return's list measures (above), or ""."""
    if fig.kind != "count" or body[fig.start - 2 : fig.start].strip() != ":":
        return ""  # the cheap test first
    line = body.rfind("\n", 0, fig.start) + 1
    end = body.find("\n", fig.end)
    item = RE_HEADED_ITEM.match(body, line, len(body) if end < 0 else end)
    if item is None:
        return ""
    for _ in range(HEADED_ITEM_LINES):
        if line < 2:
            return ""
        line_end = line - 1
        line = body.rfind("\n", 0, line_end) + 1
        heading = RE_LIST_HEADING.fullmatch(body, line, line_end)
        if heading and len(heading.group(1).split()) <= HEADING_NOUN_WORDS:
            label = item.group(1).strip()
            noun = heading.group(1).strip()
            return f"{noun} in total" if label.lower() == "total" else f"{noun}: {label}"
        if not RE_HEADED_ITEM.fullmatch(body, line, line_end):
            return ""
    return ""


# --- Quizzes: options, answers and score bands ---

# A quiz question "How ADJ is X?" asks for X's dimension ("How high is the tower?" -> "height of
# tower"); its answer after "Answer:" on its line, or in the answers' paragraph numbered as the
# question ("4. How high is it ...?" ... "4. About 75 metres"), and each option offered in the
# question ("Roughly how old are they: 3,500, 5,500 or 7,500 years?") measure that dimension.
QUESTION_DIMENSIONS = {**DIMENSIONS, "old": "age", "far": "distance", "heavy": "weight", "big": "size"}
RE_HOW_QUESTION = re.compile(
    rf"\b[Hh]ow[ \t]+({'|'.join(QUESTION_DIMENSIONS)})\b[ \t]+(?:(is|are|was|were|does|do|did)\b[ \t]*)?"
    r"([^?:\n]{0,80}?)[ \t]*[?:]"
)
RE_ANSWER_BEFORE = re.compile(rf"\bAnswer:[ \t]*(?:{ROUGH_COUNT}[ \t]+)?\Z", re.I)
RE_NUMBERED_QUESTION = re.compile(r"(?:\A|(?<=\n))(\d{1,2})\.[ \t]+([^\n]*\?)[ \t]*(?=\n|\Z)")
RE_NUMBERED_ANSWER = re.compile(r"(?:\A|\n)(\d{1,2})\.[ \t]+[^\n.?!]{0,30}\Z")
QUIZ_KINDS = frozenset(("other", "duration"))
ANSWER_REACH = 200  # characters back from an answer to its question on the same line
PLACE_PRONOUNS = frozenset("it they them its".split())


def _asked(question: str) -> str:
    """The dimension a "How ADJ is X?" question asks for, of X ("height of tower"), or ""."""
    m = RE_HOW_QUESTION.search(question)
    if m is None:
        return ""
    dimension = QUESTION_DIMENSIONS[m.group(1).lower()]
    words = m.group(3).split()
    if m.group(2) in ("does", "do", "did") and len(words) > 1:
        words = words[:-1]  # "How long did the siege last?": the verb after its subject left out
    if words[:1] and words[0].lower() in PLACE_PRONOUNS:
        words = words[1:]  # "How high is it to the top of its lantern?"
    if not words:
        return dimension
    return (
        f"{dimension} {' '.join(words)}"
        if words[0].lower() in PREPOSITIONS
        else f"{dimension} of {' '.join(words)}"
    )


def _numbered_questions(body: str) -> dict[str, tuple[int, str]]:
    """Each numbered question line's number with where it ends and what it asks (first one only)."""
    found: dict[str, tuple[int, str]] = {}
    for m in RE_NUMBERED_QUESTION.finditer(body):
        asked = _asked(m.group(2))
        if asked and m.group(1) not in found:
            found[m.group(1)] = (m.end(), asked)
    return found


def _band_gloss(body: str, fig: Figure) -> str:
    """A score band's subject: "score band for" the words after its colon, to the sentence's end
    ("4-7: a regular visitor." -> "score band for a regular visitor"), or ""."""
    if fig.kind != "count" or "/" not in str(fig.value) or body[fig.end : fig.end + 1] != ":":
        return ""
    head = body[max(0, fig.start - 3) : fig.start]
    if not (fig.start < 3 or head.endswith("\n") or head[-2:-1] in ".!?" and head[-1:].isspace()):
        return ""  # a band heads its line or its sentence
    end = min((i for i in (body.find(c, fig.end, fig.end + 120) for c in ".!?\n") if i >= 0), default=-1)
    gloss = body[fig.end + 1 : end].strip() if end > 0 else ""
    return f"score band for {gloss}" if gloss[:1].islower() and len(gloss.split()) <= LIST_GLOSS_WORDS else ""


def quiz_subjects(figures: list[Figure], body: str) -> list[Figure]:
    """The figures with the subjects a quiz's questions and score bands give them (above)."""
    out = list(figures)
    asking, banded = "?" in body, ":" in body  # (read once: never a scan of the body per figure)
    questions = _numbered_questions(body) if asking else {}
    for i, fig in enumerate(out):
        named = _band_gloss(body, fig) if banded else ""
        if not named and fig.kind in QUIZ_KINDS and asking:
            named = _question_subject(body, fig, questions)
        if named:
            out[i] = fig._replace(subject=with_labels(named, fig.subject))
    return out


def _question_subject(body: str, fig: Figure, questions: dict[str, tuple[int, str]]) -> str:
    """What a quiz figure measures: an option in its question, or an answer to its question."""
    lo = max(0, fig.start - ANSWER_REACH)
    line = body.rfind("\n", lo, fig.start) + 1 or lo
    stretch = body[line : fig.start]
    if RE_ANSWER_BEFORE.search(stretch):
        return _asked(stretch)  # "Q4. How tall is ...? Answer: 110 metres"
    asked = RE_HOW_QUESTION.search(stretch)
    if asked and stretch.rfind("?") < asked.start() and "?" in body[fig.end : fig.end + 40]:
        return f"option for the {_asked(stretch)}"  # "how deep is the lake: 90, 190 or 290 metres?"
    numbered = RE_NUMBERED_ANSWER.search(stretch)
    question = questions.get(numbered.group(1)) if numbered else None
    if question and question[0] < fig.start and "?" not in stretch:
        return question[1]  # "4. About 75 metres (246ft)." under the question numbered 4
    return ""


# A classified advertisement's line: it opens with the item's name in capitals and a comma, a model
# year before it ("FRIDGE-FREEZER, 519 litres, white, $450 ono."; "2014 TOYOTA HILUX, 4WD double
# cab, 186,000km, $18,900 ono"): a price or a measurement in the line's first sentence is of that
# item, never of "ono", a colour or the part before it; a dimension the readers named is kept
# ("volume of the Fridge-Freezer"). A wire dateline ("LONDON, March 3 (Reuters) -") is no item:
# a bracket, a colon or a dash between the name and the figure stops the rule, and so does a comma
# part of more than six words (a sentence's clause: "EFL, owned 44 per cent by the Fiji National
# Provident Fund ..., reported a net profit of $43.6 million").
CLASSIFIED_REACH = 160  # characters from the line's start to the figure, at most
CLASSIFIED_PART_WORDS = 6  # words of one comma part of an advertisement, at most
RE_CLASSIFIED_NAME = re.compile(
    r"(?:(?:19|20)\d\d[ \t]+)?([A-Z][A-Z&'’-]*[A-Z](?:[ \t]+[A-Z0-9][A-Z0-9&'’-]*){0,3}),[ \t][^():\n–—]*?\Z"
)
CLASSIFIED_KINDS = frozenset(("money", "other"))


def classified_item(
    body: str, fig: Figure, bounds: Callable[[int], tuple[int, int]], dimensions: frozenset[str]
) -> str:
    """The subject a classified line gives its price or measurement (above), or ""."""
    if fig.kind not in CLASSIFIED_KINDS or "of age)" in fig.subject:
        return ""
    lo = max(0, fig.start - CLASSIFIED_REACH)
    line = body.rfind("\n", lo, fig.start)
    if line < 0 < lo:
        return ""  # a line too long for an advertisement
    start = line + 1
    if bounds(fig.start)[0] > start or " - " in body[start : fig.start] or "--" in body[start : fig.start]:
        return ""  # not the line's first sentence; a dateline's dash
    m = RE_CLASSIFIED_NAME.match(body, start, fig.start)
    if m is None or any(
        len(part.split()) > CLASSIFIED_PART_WORDS for part in body[m.end(1) : fig.start].split(",")
    ):
        return ""
    name = m.group(1).title()
    bare = bare_subject_of(fig.subject)
    named = f"{bare} of the {name}" if bare and bare.lower() in dimensions else name
    return with_labels(named, fig.subject)


# An event's results line: the event's label, a colon and its numbered places, each a name in
# title case, a comma and the hometown or club, then its figures ("Bareback riding: 1. Ana Ruiz,
# Lander, 172 points, $6,240; 2. Wade Lind, Cody, 168.5, $4,780"): each figure after a place's name
# and hometown is that competitor's in that event (`Wade Lind in bareback riding`), never the
# hometown's; a numbered sentence ("1. Ana Ruiz, the mayor, said ...") is no place (late-subj13).
EVENT_RESULT_REACH = 200  # characters back from a figure to its line's start, at most
RE_EVENT_LABEL = re.compile(r"[ \t]*([A-Z][\w'’-]*(?:[ \t][\w'’-]+){0,4}):[ \t]+1\.[ \t]")
NAME_PARTICLES = "de|da|del|van|von|der|la|le|al|bin|ben"
RE_EVENT_PLACE = re.compile(
    r"(?:(?<=:)|(?<=;))[ \t]+\d{1,2}[.=][ \t]+"
    rf"([A-Z][\w'’.-]*(?:[ \t]+(?:[A-Z][\w'’.-]*|{NAME_PARTICLES}|and|&)){{0,5}}),[ \t]+"
    r"[A-Z][\w'’.-]*(?:[ \t][A-Z][\w'’.-]*){0,2},[ \t]"  # the hometown or club in title case
)


def event_result(body: str, fig: Figure) -> str:
    """The competitor and event of a figure on an event's results line (above), or ""."""
    if fig.kind == "date" or "of age)" in fig.subject:
        return ""
    lo = max(0, fig.start - EVENT_RESULT_REACH)
    line = body.rfind("\n", lo, fig.start)
    if line < 0 and lo > 0:
        return ""  # a line too long for a results line
    label = RE_EVENT_LABEL.match(body, line + 1)
    if label is None:
        return ""
    places = list(RE_EVENT_PLACE.finditer(body, label.end(1), fig.start))  # (a bounded line)
    if not places or ";" in body[places[-1].end() : fig.start]:
        return ""  # the figure is of the last place opened before it, if any
    place = places[-1]
    event = label.group(1)
    if event[1:] == event[1:].lower():
        event = event[0].lower() + event[1:]  # "Bareback riding" -> "bareback riding", not a name
    return f"{place.group(1)} in {event}"


# A box line of casualties, its label and a colon before the count ("Injuries: 3", "Fatalities: 0",
# "Dead: 2"): the people the label counts, as a casualty word says it anywhere; a death is a person
# killed in such a box (late-subj14)
RE_BOX_LABEL = re.compile(r"[ \t]*([A-Za-z]+)[ \t]*:[ \t]*")
BOX_LABEL_REACH = 20  # characters back from the count to its line's start, at most


def casualty_box(body: str, fig: Figure) -> str:
    """The people a box line of casualties counts (above), or ""."""
    if fig.kind != "count":
        return ""
    lo = max(0, fig.start - BOX_LABEL_REACH)
    line = body.rfind("\n", lo, fig.start)
    if line < 0 and lo > 0:
        return ""
    label = RE_BOX_LABEL.fullmatch(body, line + 1, fig.start)
    found = CASUALTY_SUBJECTS.get(label.group(1).lower(), "") if label else ""
    return "people killed" if found == "deaths" else found


# A list line opened by a name (a party or club in brackets after it) and a colon, whose items are
# sums after a verb of earning or spending ("Ana Ruiz (PSD): spent R$2.1m; raised R$2.4m"): each sum
# is that measure of the name ("spending by Ana Ruiz", "funds raised by Ana Ruiz"), by the verb right
# before it or else the verb its subject was read from (late-subj14)
RE_LINE_OWNER = re.compile(
    r"[ \t]*((?:[A-Z][\w'’.-]*[ \t]+){0,3}[A-Z][\w'’.-]*)(?:[ \t]+\([^()\n]{1,30}\))?:[ \t]"
)
LINE_OWNER_REACH = 160  # characters back from a sum to its line's start, at most


def verb_line_owner(body: str, fig: Figure) -> str:
    """The measure and owner of a sum on a list line of a name's sums (above), or ""."""
    verb = bare_subject_of(fig.subject).lower()
    if verb not in EARNED_MEASURES:
        return ""
    lo = max(0, fig.start - LINE_OWNER_REACH)
    line = body.rfind("\n", lo, fig.start)
    if line < 0 and lo > 0:
        return ""
    owner = RE_LINE_OWNER.match(body, line + 1)
    if owner is None or owner.end() > fig.start:
        return ""
    before = body[owner.end() : fig.start].split()
    if before and before[-1].lower() in EARNED_MEASURES:
        verb = before[-1].lower()  # "raised R$30.1m" after "spent R$29.7m;"
    measure, join = EARNED_MEASURES[verb]
    return f"{measure} {join} {owner.group(1)}"


# A drink's strength, a percent with "alc", "ABV" or "vol" after it ("12,990 pesos, 13.5% alc";
# "a 4.2% ABV lager"): the alcohol content, of the item a price just before it on its line is of,
# never that price's currency (late-subj14)
RE_ALCOHOL_AFTER = re.compile(r"\s*(?:alc\b|ABV\b|abv\b|alcohol\b|vol\b)")
ALCOHOL_ITEM_REACH = 12  # characters between the price and the strength, at most


def alcohol_content(body: str, fig: Figure, prev: Figure | None) -> str:
    """The alcohol content a percent states (above), or ""."""
    if fig.unit != "percent" or not RE_ALCOHOL_AFTER.match(body, fig.end):
        return ""
    item = bare_subject_of(prev.subject) if prev is not None and prev.kind == "money" else ""
    if item and 0 <= fig.start - prev.end <= ALCOHOL_ITEM_REACH and "\n" not in body[prev.end : fig.start]:
        return f"alcohol content of the {item}"
    return "alcohol content"
