"""Span subjects: what a span of time measures: what lasts, how long a deed took or is to
take, the time between two events, time spent, working and construction time, and a sum's span
(spread over, a loan's term, a repayment period)."""

from __future__ import annotations

import re

from ..vocab import (
    APPROX_WORDS,
    BORROW_VERBS,
    CHANGE_WORDS,
    DURATION_UNITS,
    ORDINAL_WORDS,
    SCALE_WORDS,
    TENS_WORDS,
    UNIT_WORDS,
)
from ..vocab import MONTHS as MONTH_NAMES
from . import giving
from .figure import Figure
from .noun_phrases import (
    AUXILIARIES,
    BE_WORDS,
    BOUNDARY_WORDS,
    DETERMINERS,
    LINK_WORDS,
    NOT_NOUN_ENDS,
    PERIOD_WORDS,
    PREPOSITIONS,
    PRONOUNS,
    SUBJECT_PREPOSITIONS,
    amount_token,
    aside_participle,
    content_words,
    first_predicate_subject,
    has_content_word,
    head_of,
    noun_after,
    noun_phrase_before,
    participle,
    past_form,
    runs_have_content,
    strip_lower,
    without_approx,
    without_aside,
    without_relative_opening,
)
from .subject_clauses import (
    CLAUSE_MARKS,
    CLAUSE_WORDS,
    DEGREE_WORDS,
    DIRECTION_WORDS,
    EARNED_MEASURES,
    FINISHING_VERBS,
    LASTING_AUXILIARIES,
    LASTING_CUTS,
    LASTING_VERBS,
    MEASURE_VERBS,
    OBJECT_PRONOUNS,
    PER_PERIODS,
    PERCENT_WORDS,
    PERSONAL_PRONOUNS,
    QUOTES,
    TIME_PART_UNITS,
    TRAVEL_VERBS,
    VERB_ADVERBS,
    WEEKDAYS,
    _doer,
    bare_subject,
    bare_subject_of,
    clause_subject,
    currency_word,
    is_superlative,
    lasting_noun,
    ly_adverb,
    only_a_time,
    without_measure,
)

# A duration after these names the length of a period ("in the last six months", "in 72 weeks");
# after "for" it is how long an action lasts ("jailed for six years"): the clause names it.
PERIOD_OPENERS = frozenset("in over within during throughout".split())


PERIOD_ORDINALS = frozenset("first last next past previous coming following".split())
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


MARGIN_WORDS = {("ahead", "of"): "ahead of", ("clear", "of"): "clear of", ("behind",): "behind"}
POINT_MARGIN_WORDS = {**MARGIN_WORDS, ("adrift", "of"): "adrift of", ("off",): "off", ("outside",): "outside"}
# what a points gap "off" or "outside" names in a table (not "31 points off the bench": a player's
# points; "two points outside the top six", "a point outside the relegation zone")
STANDING_NOUNS = frozenset("places place spots spot top lead leaders pace summit playoffs zone".split())
TABLE_RELATIONS = frozenset(("off", "outside"))  # the relations that name a place in a table


def margin(after: list[str], points: bool = False) -> str:
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


# a race's trailing gap after a finishing place and its comma, told by a word of trailing with no
# rival named ("was third, 41.3 seconds down", "was second, 2.5 seconds off the pace")
TRAILING_WORDS = frozenset(("down", "back", "behind", "adrift", "off"))
RE_PLACE_NUMBER = re.compile(r"\d{1,2}(?:st|nd|rd|th)")


def placing_gap(lead: list[str], after: list[str]) -> str:
    """The gap behind the winner of a time after a finishing place and a comma ("Okafor was
    sixth, 3.4 seconds down"), or ""."""
    if lead[-1:] != [","] or len(lead) < 2 or not after or after[0].lower() not in TRAILING_WORDS:
        return ""
    place = lead[-2].lower()
    return "gap to the winner" if place in ORDINAL_WORDS or RE_PLACE_NUMBER.fullmatch(place) else ""


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


def period_duration(lead: list[str]) -> bool:
    """A duration that names the length of a period: "in the last six months", "in 72 weeks",
    "in the 12 weeks to March 3", "over the next six months", "the first six months of 2023"."""
    words = [w.lower() for w in lead]
    if words and words[-1] in PERIOD_ORDINALS:
        return True
    if len(words) > 1 and words[-1] == "the":
        words.pop()  # "in the 12 weeks to March 3"
    return bool(words) and words[-1] in PERIOD_OPENERS


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
    while words and (words[-1] in QUOTES or words[-1].lower() in DEGREE_WORDS or ly_adverb(words[-1])):
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
        waiter = lasting_noun(strip_lower(counted, LASTING_AUXILIARIES))  # "About 90,000 patients had"
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
    noun = lasting_noun(clause) if without_relative_opening(clause) is clause else _doer(clause)
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
    return lasting_noun(words[:at]) if at > 0 else ""


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
TIME_PART_JOINS = frozenset((",", "and"))
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
        winner = head_of(without_measure(noun_phrase_before(words[by + 1 : -1])))
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


def apposed_span(before: list[str], lead: list[str]) -> str:
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
    if _given_to(lead):
        return f"time to {' '.join(deed)}"  # "gave the company 30 days to submit a plan"
    if lead and lead[-1].lower() not in ALLOWING_VERBS and lead[-1][:1].isalpha():
        taker = _taken_by_after_it(lead)
        if taker == "them":
            return f"time to {' '.join(deed)}"
        return f"time taken by {taker} to {' '.join(deed)}" if taker else ""
    if not lead or lead[-1].lower() not in ALLOWING_VERBS:
        return ""
    clause = strip_lower(lead[:-1], LASTING_AUXILIARIES)
    taker = (lasting_noun(clause) or _doer(clause)) if lead[-1].lower() in TAKING_VERBS and clause else ""
    return f"time taken by the {taker} to {' '.join(deed)}" if taker else f"time to {' '.join(deed)}"


# Verbs of giving a span to someone for a deed ("The committee gave the company 30 days to submit
# a plan"): the noun phrase between them is the receiver, never a pronoun (late-subj13).
GIVING_SPAN_VERBS = frozenset("give gives gave giving grant grants granted allow allows allowed".split())
RECEIVER_WORDS = 3  # the longest receiver between such a verb and its span ("the city council")
RECEIVER_PRONOUNS = frozenset("me you him her it us them".split())  # no receiver named


def _given_to(lead: list[str]) -> bool:
    """Whether the words before a span end with a verb of giving and its receiver ("gave the
    company"; not "gave them")."""
    for k in range(1, min(RECEIVER_WORDS, len(lead) - 1) + 1):
        receiver = lead[-k:]
        if not all(
            w.isalpha() and w.lower() not in CLAUSE_WORDS and w.lower() not in PREPOSITIONS for w in receiver
        ) or any(w.lower() in RECEIVER_PRONOUNS for w in receiver):
            return False  # ("gave them 3 months": a pronoun's span keeps its reading)
        if lead[-k - 1].lower() in GIVING_SPAN_VERBS:
            return True
    return False


ADDING_VERBS = frozenset("add adds added adding".split())
ADDED_TO_WORDS = 5  # the longest thing read after "to" for a span added to it


def added_time(lead: list[str], after: list[str]) -> str:
    """The time a span adds to a thing named after "to" ("adding two to three days to each voyage"
    -> "time added to each voyage"; late-subj13), or ""."""
    if not lead or lead[-1].lower() not in ADDING_VERBS or after[:1] != ["to"]:
        return ""
    thing: list[str] = []
    for word in after[1 : 1 + ADDED_TO_WORDS]:
        if not word.isalpha() or word.lower() in CLAUSE_WORDS or word.lower() in PREPOSITIONS:
            break
        thing.append(word)
    return f"time added to {' '.join(thing)}" if has_content_word(" ".join(thing)) else ""


# Shares, options or an award that "vest over" or "vest in" a span ("a retention award paid in
# shares that vest over three years"): the span is the vesting period of the thing that vests, never
# the clause's doer; the thing is the noun right before the verb (late-subj14)
VEST_VERBS = frozenset("vest vests vested vesting".split())
VEST_SPAN_WORDS = frozenset(("over", "in", "after", "within"))
VEST_LEADS = frozenset(("that", "which", "will", "would", "to", "can", "fully", "gradually"))


def vesting_period(before: list[str]) -> str:
    """The vesting period a span after "vest over" states (above; `before`: the words before it
    with "over"), or ""."""
    if len(before) < 2 or before[-1].lower() not in VEST_SPAN_WORDS or before[-2].lower() not in VEST_VERBS:
        return ""
    words = strip_lower(before[:-2], VEST_LEADS)
    thing = words[-1] if words else ""  # "paid in shares that vest": the shares
    if not thing.isalpha() or not thing.islower() or thing in PREPOSITIONS or thing in DETERMINERS:
        return "vesting period"
    return f"vesting period of the {thing}"


# A span after ", for a total of" ("has been suspended twice since September, for a total of 11
# days"): the total time of the state the clause's participle names, never the count before it
# (late-subj14)
TOTAL_TIME_WORDS = 10  # words read back from ", for a total of" for the participle


def total_time(before: list[str]) -> str:
    """The total time a span after ", for a total of" sums (above), or ""."""
    if [w.lower() for w in before[-5:]] != [",", "for", "a", "total", "of"]:
        return ""
    for word in reversed(before[-5 - TOTAL_TIME_WORDS : -5]):
        if word in CLAUSE_MARKS:
            break
        if word.isalpha() and word.islower() and past_form(word):
            return f"total time {word}"  # "closed three times, for a total of 17 days"
    return "total time"


IT_TOOK_OBJECT_WORDS = 3  # the longest object of "It took ... N hours to do it"


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
            noun = lasting_noun(clause)
            return f"length of the {noun}" if noun else ""
    return ""


FRONTED_CLAUSE_WORDS = 5  # the words of the main clause a fronted "For N years" names
# pronouns opening a clause, naming no one ("nothing moved", "it rained")
CLAUSE_PRONOUNS = frozenset(
    "nothing nobody none everything everyone something someone it he she they we i there".split()
)


def clause_after(after: list[str]) -> str:
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
            doer = lasting_noun(words[cut + 1 : i]) if i > cut + 1 else ""
            if (
                passive
                and not strip_lower(words[cut + 1 : i], AUXILIARIES | BE_WORDS)
                and words[cut] == "and"
            ):
                doer = first_predicate_subject(words[:cut])  # "the road was shut and will be reopened"
            return f" in which the {doer} {lower}" if doer else ""
    return ""


# verbs and nouns of a journey: a span after "in" in their clause is how long the journey takes
# ("a tram linking the two towns in 25 minutes", "trains will make the trip in two hours"; "the
# deal was reached in 48 hours" is no journey)
# (its verbs of travelling and commuting are TRAVEL_VERBS's, not typed twice)
JOURNEY_WORDS = frozenset(
    "link links linked linking connect connects connected connecting trip trips journey journeys".split()
) | frozenset(w for w in TRAVEL_VERBS if w.startswith(("travel", "commut")))
JOURNEY_CLAUSE_WORDS = 12  # the words read back from "in" for a verb or noun of a journey


def travel_clause(words: list[str], vocabulary: frozenset[str] = JOURNEY_WORDS) -> bool:
    """Whether the clause that ends the words (back to a mark or a word that opens a clause, at most
    JOURNEY_CLAUSE_WORDS words) names a journey (JOURNEY_WORDS), or a word of `vocabulary`."""
    for word in reversed(words[-JOURNEY_CLAUSE_WORDS:]):
        if word in CLAUSE_MARKS or word.lower() in CLAUSE_WORDS:
            return False
        if word.lower() in vocabulary:
            return True
    return False


PERIOD_DEED_WORDS = 4  # the most words of a clause named after the length of a period
PERIOD_DEED_CUTS = PERIOD_WORDS | PREPOSITIONS | PERIOD_ORDINALS  # no deed: "in the year", "within"


# number and month words, from their tables: "2.8 million passengers", "crimes fell five", "Aug"
NUMBER_AND_MONTH_WORDS = frozenset(w.lower() for w in (*UNIT_WORDS, *TENS_WORDS, *SCALE_WORDS, *MONTH_NAMES))


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


SPAN_CLAUSE_AFTER_WORDS = 6  # the most words read after a span for the rest of its clause


def _deed_words(words: list[str]) -> list[str]:
    """The content words of a stretch of a clause that can say what is done in a period: no words
    of time, prepositions, numbers or month names."""
    return [
        w
        for w in content_words(" ".join(words))
        if w.lower() not in PERIOD_DEED_CUTS
        and w.lower() not in DURATION_UNITS
        and w.lower() not in NUMBER_AND_MONTH_WORDS
        and "'" not in w[:-2]
    ]


def span_clause_deed(before: list[str], after: list[str]) -> str:
    """What is done in a period when period_deed finds too little before it: the content words of
    the clause before the span, then those of the rest of its clause after it, to the next mark or
    clause word (" for balance" for "and the balance within"; " for clear backlog" for ", for six
    weeks to clear the backlog"; " for nobody word" for "and for 10 seconds nobody said a word"),
    or "" (a superlative before it compares a period: "the smallest in 18 years")."""
    cut = max((i for i, w in enumerate(before) if w in CLAUSE_MARKS or w.lower() in CLAUSE_WORDS), default=-1)
    lead = _deed_words(before[cut + 1 :])
    if any(_superlative(w.lower()) for w in lead):
        return ""
    rest: list[str] = []
    for word in after[:SPAN_CLAUSE_AFTER_WORDS]:
        if word in CLAUSE_MARKS or word.lower() in CLAUSE_WORDS or not (word[0].isalpha() or word in "'’"):
            break
        rest.append(word)
    words = lead + _deed_words(rest)
    return " for " + " ".join(words[-PERIOD_DEED_WORDS * 2 :]) if words else ""


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
    doer = lasting_noun(strip_lower(lead[:-1], LASTING_AUXILIARIES | VERB_ADVERBS))  # "a lorry now spends"
    return " ".join(["time", *([doer] if doer else []), "spent", *doing])


# what after a span says it is a delay: "18 months later than planned", "ten minutes late", "two
# years behind schedule" (not "12 seconds behind the winner": a margin)
DELAY_AFTER = (["later", "than"], ["late"], ["overdue"], ["behind", "schedule"])
DELAY_FIRST_WORDS = frozenset(words[0] for words in DELAY_AFTER)


def delay_after(after: list[str]) -> bool:
    """Whether the words after a span make it a delay (DELAY_AFTER)."""
    if not after or after[0].lower() not in DELAY_FIRST_WORDS:
        return False  # the cheap test first
    lower = [w.lower() for w in after[:2]]
    return any(lower[: len(words)] == words for words in DELAY_AFTER)


# A rate per day or per shift, a comma, then "N days a week" or "N months a year": how often the
# rate's deed happens, not more of the rate's thing ("The mill runs two shifts a day, six days a
# week": the days a week the mill runs, not shifts).
RE_RATE_THEN_FREQUENCY = re.compile(
    r"\s+(?:a|an|per|each)\s+(?:day|night|shift|week|month)\s*,\s*(?:and\s+)?"
)
RE_FREQUENCY_AFTER = re.compile(r"\s+(?:a|an|per|each)\s+(week|month|year|season)\b")
FREQUENCY_GAP = len(" per shift, and ")


def frequency_after_rate(fig: Figure, rate: Figure, body: str, sentence_start: int) -> str:
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


POSSESSIVE_ENDS = ("'s", "’s")


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


def _stated_figure_word(word: str) -> bool:
    """A token of a figure stated inline: an amount's (noun_phrases.amount_token) or a currency's
    letter sign or code."""
    return amount_token(word) or currency_word(word)


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


def range_clause(subject: str, body: str, s_start: int, start: int) -> str:
    """The subject of a range opened by "between" that names nothing (its high end's words, "billion
    and 3 billion in"): the words of the clause before it, as a single figure in its place gets them
    ("forecast exports of between $2bn and $3bn": forecast exports); "" when the subject names a thing."""
    if has_content_word(bare_subject(subject)):
        return ""
    return clause_subject(body, s_start, start)  # the unit label is added after


def spread_over(fig: Figure, money: Figure, body: str) -> str:
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


def loan_term(fig: Figure, rate: Figure, money: Figure, body: str) -> str:
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
        return repayment_period(fig, rate, money, body)  # "at 3% a year, repayable over 20 years"
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


def repayment_period(fig: Figure, after: Figure, money: Figure, body: str) -> str:
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


# --- Spans an idiom names, whatever the readers before named (sections.idiom_span_subjects) ---

# "survived by his wife of 52 years": the span is how long the marriage has lasted (a partner's,
# the relationship)
SPOUSE_SPANS = {"wife": "marriage", "husband": "marriage", "spouse": "marriage", "partner": "relationship"}
RE_SPOUSE_OF_BEFORE = re.compile(
    r"\b(wife|husband|spouse|partner)[ \t]+of[ \t]+(?:(?:nearly|almost|more[ \t]+than|over|some)[ \t]+)?\Z",
    re.IGNORECASE,
)


def spouse_span(before: str) -> str:
    """The length of the marriage a span after "wife of" or "husband of" tells ("his wife of 52
    years" -> "length of the marriage"), or ""."""
    found = RE_SPOUSE_OF_BEFORE.search(before)
    return f"length of the {SPOUSE_SPANS[found.group(1).lower()]}" if found else ""


# "Ten years have passed since the floods", "It is 14 years since the club last won", "marks 110
# years since": the span is the time since what "since" leads to, read to the next mark or clause
# word, SINCE_WORDS words at most; a bare "since" only after a copula or "mark" ("lost power for 31
# hours since June", "the heaviest 12-hour total since 2009": a start, not a time since)
RE_PASSED_SINCE_AFTER = re.compile(
    r"[ \t]+(?:have|has|had)[ \t]+(?:now[ \t]+)?(?:passed|elapsed|gone[ \t]+by)[ \t]+since[ \t]+",
    re.IGNORECASE,
)
RE_SINCE_AFTER = re.compile(r"[ \t]+since[ \t]+", re.IGNORECASE)
RE_SINCE_COPULA_BEFORE = re.compile(
    r"(?:\b(?:is|was|be|been|marks|marked|mark)|[’']s)[ \t]+"
    r"(?:(?:nearly|almost|about|some|exactly|just|more[ \t]+than|over)[ \t]+)?\Z",
    re.IGNORECASE,
)
SINCE_WORDS = 8


def since_start(body: str, start: int, end: int, s_start: int) -> int:
    """Where the clause after a span's "since" starts (above), or -1."""
    passed = RE_PASSED_SINCE_AFTER.match(body, end)
    if passed:
        return passed.end()
    bare = RE_SINCE_AFTER.match(body, end)
    if bare and RE_SINCE_COPULA_BEFORE.search(body[max(s_start, start - 30) : start]):
        return bare.end()
    return -1


def since_span(after: list[str]) -> str:
    """The time since what a span's "since" clause tells (`after`: the tokens after "since"), read
    to the first mark or clause word ("since the floods swept through the valley" -> "time since
    the floods swept through the valley"), or ""."""
    words: list[str] = []
    for word in after[:SINCE_WORDS]:
        if not (word[0].isalnum() or word in "'’") or word.lower() in CLAUSE_WORDS:
            break
        words.append(word.rstrip(CLAUSE_MARKS + "."))
        if words[-1] != word:
            break  # "on 30 November 2016, but": the mark ends it
    return f"time since {' '.join(words)}" if words else ""


# A recipe's step that opens on a cooking verb (or "Let", "Leave" or "Allow" and one) names its
# time by the verb: "Bake for 25 minutes" -> "baking time", "Leave the dough to rest" -> "resting
# time"
COOKING_GERUNDS = {
    **{v: v[:-1] + "ing" for v in "bake braise marinate poach freeze stew prove".split()},
    **{
        v: v + "ing"
        for v in "roast fry simmer boil cook chill cool rest knead steam grill sear toast".split()
    },
    **{v: v + "ing" for v in "soak whisk steep blanch broil".split()},
    "stir": "stirring",
}
LETTING_VERBS = frozenset("let leave allow".split())
STEP_JOINERS = frozenset("and then".split())  # a later step's verb after them names the span
COOKING_LEAD_WORDS = 12  # the most words a step's lead may hold before its span


def cooking_span(lead: list[str]) -> str:
    """The time of a recipe's step whose sentence opens on a cooking verb, before any mark or
    finite verb (`lead`: the tokens from the sentence's start to the span), or ""."""
    if not lead or len(lead) > COOKING_LEAD_WORDS or not lead[0][:1].isupper():
        return ""
    if lead[1:2] and lead[1][:1].isupper():
        return ""  # "Cook Islands voters": a name
    if any(w in CLAUSE_MARKS or w.lower() in BE_WORDS or w.lower() in AUXILIARIES for w in lead):
        return ""  # "Boil water notices were in force for 5 days": a clause, not a step
    verb = lead[0].lower()
    if verb in LETTING_VERBS:
        verb = next((w.lower() for w in lead[1:] if w.lower() in COOKING_GERUNDS), "")
    if verb not in COOKING_GERUNDS:
        return ""
    for before, word in zip(lead, lead[1:], strict=False):
        if before.lower() in STEP_JOINERS and word.lower() in COOKING_GERUNDS:
            verb = word.lower()  # "Stir in the cream and simmer for 5 minutes": the simmering
    return f"{COOKING_GERUNDS[verb]} time"


# "sacked after 18 months in charge", "stepped down after 12 years in office": the span is the time
# held in that post
RE_TENURE_AFTER = re.compile(r"[ \t]+(in[ \t]+(?:charge|office|power|post)|at[ \t]+the[ \t]+helm)(?![\w-])")


def tenure_span(body: str, end: int) -> str:
    """The time in a post a span before "in charge", "in office", "in power", "in post" or "at the
    helm" tells ("18 months in charge" -> "time in charge"), or ""."""
    found = RE_TENURE_AFTER.match(body, end)
    return f"time {' '.join(found.group(1).split())}" if found else ""


# "five hours of electricity a day", "19 hours of lessons a week": the span is of what "of" leads
# to, a rate's "a day" or "per week" after it (a rate that hides the "of" from the readers before);
# one to three words in lower case, none a determiner or a word of time
RE_OF_RATED_AFTER = re.compile(
    r"[ \t]+of[ \t]+([a-z][a-z'’-]+(?:[ \t]+[a-z][a-z'’-]+){0,2})"
    r"(?=[ \t]+(?:a|an|per|each|every)[ \t]+(?:day|week|month|year|night|shift)\b)"
)


def rated_activity_span(body: str, end: int) -> str:
    """What a span "of" a noun "a day" or "a week" measures (above): that noun, or ""."""
    found = RE_OF_RATED_AFTER.match(body, end)
    if found is None:
        return ""
    words = found.group(1).split()
    if any(w in DETERMINERS or w in PERIOD_WORDS or w in PREPOSITIONS for w in words):
        return ""
    return " ".join(words)


# "after a climb of three hours", "normally a journey of about 40 minutes": the span is the length
# of the noun "a" or "an" and "of" lead to, not a word that only wraps the span (SPAN_WRAPPERS)
RE_NOUN_OF_SPAN_BEFORE = re.compile(
    rf"(?<![\w-])(?:a|an)[ \t]+([a-z]{{3,}})[ \t]+of[ \t]+(?:(?:{'|'.join(map(re.escape, APPROX_WORDS))})[ \t]+)?\Z"
)
SPAN_WRAPPERS = frozenset(
    """period space span spell stretch matter total maximum minimum average couple handful lot
    number length duration course record time window""".split()
)


def noun_of_span(before: str) -> str:
    """The noun a span after "a NOUN of" measures (above), or ""."""
    found = RE_NOUN_OF_SPAN_BEFORE.search(before)
    if found is None or found.group(1) in SPAN_WRAPPERS or found.group(1) in PERIOD_WORDS:
        return ""
    return found.group(1)


# "a city two hours up the highway", "40 minutes down the road": the span is the time it takes to
# travel there (not "down the line", a time later)
RE_TRAVEL_AFTER = re.compile(
    r"[ \t]+(?:up|down|along|across)[ \t]+the[ \t]+"
    r"(?:road|highway|motorway|freeway|expressway|coast|river|valley|street|track|trail|railway)(?![\w-])"
)


def travel_span(body: str, end: int) -> str:
    """ "travel time" for a span before "up the road", "down the highway" and the like, or ""."""
    return "travel time" if RE_TRAVEL_AFTER.match(body, end) else ""
