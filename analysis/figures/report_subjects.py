"""Report subjects: the subjects that commodity, market and local desks (desk_subjects: a place
the sentence opens with, a share of work complete, prices by weight or by an animal's age, a
measure named in its unit, a change against a past time) and court, political, tender, science
and port copy (court_subjects: a ship's length, a pass's height, a winning majority or vote
share, money named by its verb, thresholds, spans of what was done) give figures."""

from __future__ import annotations

import re
from collections.abc import Callable

from ..measures import is_length
from ..vocab import (
    FUNCTION_WORDS,
    HOLDING_VERBS,
    LIMITING_ADVERBS,
    LOSE_VERBS,
    MODAL_VERBS,
    MONTHS,
    PARLIAMENT_NOUNS,
    RECORDING_VERBS,
    SEATED_BODY_NOUNS,
    VENUE_NOUNS,
    WEEKDAYS,
)
from .elided_units import APPROX
from .figure import Figure
from .giving import GIVING_VERBS
from .line_subjects import with_labels
from .noun_phrases import DETERMINERS, PREPOSITIONS
from .numbers import ROUGH_COUNT, alternation
from .rate_groups import recording_place
from .subject_clauses import DIMENSION_NOUNS, QUANTITY_WORDS, SAYING_WORDS, bare_subject_of
from .subjects import PERIOD_SUBJECT

# what already names a period in a subject: a day, a month, a year, or a word of a day
# (a time said relative to another, "the year before", "a week earlier", is no period to add to)
RE_PERIOD_NAMED = re.compile(
    rf"\b(?:{'|'.join((*WEEKDAYS, *MONTHS))}|(?:1[89]|20)\d\d|today|tonight|yesterday|tomorrow"
    r"|years?|months?|weeks?|weekly|daily|annual|ago|earlier|later|previous|last|next|period)\b",
    re.IGNORECASE,
)
# a measure's subject that names only its dimension ("volume"), which the apposed noun names better
DIMENSION_ONLY = DIMENSION_NOUNS | QUANTITY_WORDS


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
    rf"(?:\s+(?:now|{ROUGH_COUNT}|only|just|already|over|more\s+than))*\s+\Z"
)
NOT_THINGS = PREPOSITIONS | {"off", "behind", "ahead", "about", "only", "now", "just"}
COMPLETE_REACH = 80  # characters back from a share of work read for the thing it is done on
# ... "Work on" a thing named with a figure or a phrase of its own ("Work on the 1,200MW
# Punatsangchhu-I project is now 82 percent complete", "work on the first phase of the railway
# was"): the thing is all the words between "on" and the verb
RE_WORK_ON_THING = re.compile(
    r"\b[Ww]ork\s+on\s+(?:the\s+)?((?:\d[\d,.]*\w*|[^\s,.;:()]+)(?:\s+[^\s,.;:()]+){0,7}?)\s+(?:is|was|are|were)"
    rf"(?:\s+(?:now|{ROUGH_COUNT}|only|just|already|over|more\s+than))*\s+\Z"
)
# ... with an aside between commas after the thing and before its verb ("Work on the harbour, with
# 12 berths and a breakwater, is 64 per cent complete"; "the project, which has been delayed for
# years, is now"): the aside is no part of the clause, read without it
RE_ASIDE_BEFORE_VERB = re.compile(
    r",\s+(?:[^,.;:()\n]|[,.](?=\d)){3,120}?,(?=\s+(?:is|was|are|were)"
    rf"(?:\s+(?:now|{ROUGH_COUNT}|only|just|already|over|more\s+than))*\s+\Z)"
)
ASIDE_REACH = 200  # characters back from a share of work read when an aside stands before its verb

# A share of the rooms, beds or seats a holder filled ("guesthouses filled only 48 percent of their
# beds", "Hotels on the island sold 81.4% of their available rooms"): the holder's occupancy, named by
# what was filled ("bed occupancy of guesthouses"); the holder is the noun phrase before the verb,
# after a clause mark or a clause word, a place phrase after it kept ("Hotels on Saint-Barthélemy").
OCCUPIED_UNITS = {"rooms": "room", "beds": "bed", "seats": "seat", "berths": "berth", "pitches": "pitch"}
RE_OCCUPIED_WHOLE_AFTER = re.compile(
    rf"\s+of\s+(?:its|their|the)\s+(?:available\s+)?({alternation(OCCUPIED_UNITS)})\b(?!\s+(?:to|for)\b)"
)
RE_OCCUPYING_HOLDER = re.compile(
    r"(?:\A|[,;:–—]\s+|\b(?:while|and|but|whereas|where)\s+)"
    r"(?!(?:while|and|but|whereas|where)\b)"
    r"((?:[Tt]he\s+|[Ii]ts\s+|[Tt]heir\s+)?(?:\d[\d,]*\s+)?[A-Za-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,3}?"
    r"(?:\s+(?:on|in|at|across)\s+(?:the\s+)?[A-Z][\w'’-]*(?:[\s-][A-Z][\w'’-]*){0,2})?)"
    r"\s+(?:filled|fill|fills|sold|sell|sells|occupied|let|booked)"
    rf"(?:\s+(?:only|just|{ROUGH_COUNT}))*\s+\Z"
)
OCCUPYING_REACH = 120  # characters back from the share read for its holder and verb


def _occupied_share(body: str, fig: Figure, s_start: int) -> str:
    """The occupancy a share of rooms, beds or seats filled gives (above), or ""."""
    if fig.kind != "percentage_share":
        return ""
    whole = RE_OCCUPIED_WHOLE_AFTER.match(body, fig.end)
    if whole is None:
        return ""
    lo = max(s_start, fig.start - OCCUPYING_REACH)
    window = (
        body[lo : fig.start] if lo == s_start else "\0" + body[lo : fig.start]
    )  # (\A: the sentence's start)
    holder = RE_OCCUPYING_HOLDER.search(window)
    if holder is None:
        return ""
    named = holder.group(1).split()
    first = named[0].lower()
    if first in PRONOUNS or first in FUNCTION_WORDS - DETERMINERS:
        return ""  # "they sold 80% of their seats": no holder named here
    if first in DETERMINERS:
        named[0] = first  # "The 13 smaller hotels filled": "the 13 smaller hotels"
    return f"{OCCUPIED_UNITS[whole.group(1)]} occupancy of {' '.join(named)}"


# A level restating the one before it ("sold 81.4% of their rooms, up from 76.9% a year earlier"),
# which carried that level's subject: it takes the occupancy the level before it was renamed to.
RE_RESTATED_LEVEL_GAP = re.compile(r",\s+(?:up|down)\s+from\s+\Z")


# A span after a perfect ("Marcia Gayle, 58, who has sold yam in the town for 31 years"): the
# time the doer has done it; the doer is the name or pronoun before the verb.
RE_PERFECT_FOR = re.compile(r"\b(has|have|had)\s+([a-z][a-z'’-]*(?:\s+[^\s,.;:()\n]+){2,12}?)\s+for\s+\Z")
RE_DOER_BEFORE = re.compile(
    r"(?:\b((?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+)(?:,\s+\d{1,3})?,\s+who\s+"
    r"|\b(he|she|they|we|I|He|She|They|We)\s+|\b((?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+)\s+)\Z"
)
PERFECT_REACH = 160  # characters back from a span read for its perfect

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
    rf"(?:\s+(?:now|still|{ROUGH_COUNT}|more\s+than))*\s+\Z"
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
    window = body[max(0, fig.start - COMPLETE_REACH) : fig.start]
    aside = RE_ASIDE_BEFORE_VERB.search(body, max(0, fig.start - ASIDE_REACH), fig.start)
    if aside:
        window = body[max(0, fig.start - ASIDE_REACH) : aside.start()] + body[aside.end() : fig.start]
    thing = RE_WORK_ON_THING.search(window) or RE_COMPLETED_THING.search(window)
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
    occupied = ("", "")  # the subject of the last share renamed to an occupancy, before and after
    for i, fig in enumerate(out):
        if fig.kind == "date":
            continue
        s_start = bounds(fig.start)[0]
        if (
            occupied[0]
            and fig.subject == occupied[0]
            and RE_RESTATED_LEVEL_GAP.search(body, s_start, fig.start)
        ):
            out[i] = fig._replace(subject=occupied[1])
            continue
        occupancy = _occupied_share(body, fig, s_start)
        if occupancy:
            occupied = (fig.subject, with_labels(occupancy, fig.subject))
            out[i] = fig._replace(subject=occupied[1])
            continue
        named = (
            _price_by_weight(out, i, body)
            or _participle_measure(out, i, body)
            or _measured_noun(body, fig, s_start)
            or _perfect_span(body, fig, s_start)
            or _completed_share(body, fig)
            or _aged_sellers(body, fig)
            or _higher_than(body, fig, s_start)
            or (fig.kind == "count" and _counted_in_place(body, fig))
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


# A count a place records, the place opening its clause before the verb ("The capital's eastern
# suburbs reported 31 burglaries", "The northern region had 1,200 new jobs"; rate_groups.
# recording_place): the things counted in that place ("burglaries in the capital's eastern
# suburbs"), the verb left out ("burglaries reported", vocab.RECORDING_VERBS); not a subject that
# names the place already.
def _counted_in_place(body: str, fig: Figure) -> str:
    """The things counted in the place that records them (above), or ""."""
    if not body.endswith(" ", 0, fig.start):
        return ""  # (the cheap test first: the verb stands right before the count)
    place, phrase = recording_place(body, fig.start)
    held = bare_subject_of(fig.subject)
    words = held.split()
    if words and words[-1] in RECORDING_VERBS:
        words = words[:-1]
    if not place or not words or place.split()[-1] in held.lower().split():
        return ""
    return f"{' '.join(words)} {phrase}"


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
SEAT_NOUNS = frozenset(("seats", "votes", "ballots"))
# the verbs a holder wins its seats or votes by ("won", "took", "polled", "received", "holds")
SEAT_VERBS = frozenset(
    (*(verb for verb, uses in HOLDING_VERBS.items() if "vote" in uses), "received", "gained", "holds", "held")
)
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
        and not fig.subject.endswith("share of the vote")  # its holder named (pay_rises.vote_share_won)
        and RE_POLLED_BEFORE.search(body, max(bounds(fig.start)[0], fig.start - 24), fig.start)
        and RE_SHARE_END_AFTER.match(body, fig.end)
    ):
        holder = _common_holder(body, fig.start, bounds(fig.start)[0])
        return f"vote share of the {holder}" if holder else "vote share"  # "The ruling front won 51%"
    return ""


# Seats, votes or a vote share won by a holder a common noun names, "the" and one to three words in small letters
# opening the clause before its verb ("The ruling party took 112 seats", "the incumbent mayor
# received 14,210 votes", "The largest opposition party captured 46 of the 120 seats"): the
# holder's seats ("seats of the ruling party"), as a list's first count names its holder
# (elided_units.list_opener); not "It won 12 seats" nor "the party of 41 members"
RE_SEATS_AFTER = re.compile(
    rf"\s+(?:of\s+(?:the|its|their)\s+\d[\d,]*\s+)?(?P<noun>{alternation(SEAT_NOUNS)})\b"
)
RE_SEAT_HOLDER_BEFORE = re.compile(
    r"(?:\A|(?<=[.!?,;:]\s)|(?<=\n))[Tt]he\s+(?P<holder>(?:[a-z][\w'’-]*\s+){0,2}[a-z][\w'’-]*)\s+"
    rf"(?:(?:has|have|had|now|also)\s+)?(?:{'|'.join(sorted(SEAT_VERBS))})\s+{HEDGE_OR_LIMIT}\Z"
)
SEAT_REACH = 80  # characters before the figure read for its holder and verb


def _seat_subject(held: str) -> bool:
    """Whether a count's subject names only seats or votes, with a verb or not ("seats", "votes received")."""
    words = held.split()
    return bool(words) and len(words) <= 2 and words[0] in SEAT_NOUNS


def _seats_won(body: str, fig: Figure, s_start: int) -> str:
    """The seats or votes of the holder a common noun names before the verb (above), or ""."""
    noun = RE_SEATS_AFTER.match(body, fig.core[1])
    if noun is None:
        return ""
    holder = _common_holder(body, fig.start, s_start)
    return f"{noun.group('noun')} of the {holder}" if holder else ""


# Seats of a whole, "N of the M seats": the part names the holder that wins, holds or loses it, a
# name or a common noun opening its clause before the verb ("The Liberal Party captured 23 of the
# 30 council seats", "the governing alliance now holds 71 of the 120 seats", "Independents won 14
# of the 45 seats", "lost four of its nine seats" -> `council seats of the Liberal Party`, `seats
# lost by the Farmers' Union`), and the part and the whole name the body the seats are in, after
# them ("in the National Assembly", "on the county board", "in parliament", "in the theatre"):
# `seats of the governing alliance in the National Assembly`, `seats in the National Assembly`;
# "its nine seats" are the holder's. Seats given to a holder name it ("awarded 12 seats to the
# petitioners" -> `seats awarded to the petitioners`).
RE_PART_OF_SEATS = re.compile(
    r"[ \t]+of[ \t]+(?:the|its|their)[ \t]+\S+[ \t]+(?P<noun>(?:[a-z][\w-]*[ \t]+)?seats)\b"
)
RE_WHOLE_OF_SEATS = re.compile(
    r"\S+[ \t]+of[ \t]+(?P<det>the|its|their)[ \t]+\Z"
)  # before the whole's number
RE_SEATS_NOUN = re.compile(r"[ \t]+(?P<noun>(?:[a-z][\w-]*[ \t]+)?seats)\b")
SEATS_AFTER_REACH = 60  # characters after a count read for the seats it is a part or a whole of
SEAT_BODY_NOUNS = SEATED_BODY_NOUNS | PARLIAMENT_NOUNS | VENUE_NOUNS
RE_SEAT_BODY_AFTER = re.compile(
    r"[ \t]+(?P<phrase>(?:in|on|at)[ \t]+(?:(?:the[ \t]+)?(?:[a-z][\w-]*[ \t]+){0,2}"
    rf"(?i:{alternation(SEAT_BODY_NOUNS)})|the(?:[ \t]+[A-Z][\w'’-]*)+))\b(?!['’])"
)
# the verbs a holder wins, holds or loses a part of the seats by
PART_SEAT_VERBS = (
    SEAT_VERBS
    | {verb for verb in HOLDING_VERBS if " " not in verb}
    | LOSE_VERBS
    | {"control", "controls", "controlled"}
)
RE_PART_HOLDER_BEFORE = re.compile(
    r"(?:\A|(?<=[.!?,;:]\s)|(?<=\n))(?P<holder>(?:[Tt]he\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,4}?)\s+"
    rf"(?:(?:has|have|had|now|also|still)\s+)?(?P<verb>{'|'.join(sorted(PART_SEAT_VERBS))})\s+{HEDGE_OR_LIMIT}\Z"
)
RE_SEATS_TO_AFTER = re.compile(
    r"[ \t]+seats[ \t]+to[ \t]+(?P<holder>(?:the[ \t]+)?(?:[\w'’-]+[ \t]+){0,3}?[\w'’-]+)"
    r"(?=[ \t]*[,.;]|[ \t]*\Z|[ \t]+(?:after|in|on|at|for|from|by|under|following|when|as)\b)"
)
RE_GIVING_BEFORE = re.compile(r"\b(?P<verb>[a-z]+)[ \t]+\Z")


def _seats_of_whole(body: str, fig: Figure, s_start: int) -> str:
    """The subject of a part or a whole of seats, or of seats given to a holder (above), or ""."""
    end = fig.core[1]
    part = RE_PART_OF_SEATS.match(body, end)
    if part is not None:
        return _part_seats(body, fig.core[0], part, s_start)
    whole = RE_WHOLE_OF_SEATS.search(body, max(s_start, fig.core[0] - 40), fig.core[0])
    if whole is not None:
        return _whole_seats(body, fig, whole, s_start)
    given = RE_SEATS_TO_AFTER.match(body, end)
    if given is None or any(w in FUNCTION_WORDS for w in given.group("holder").split()[1:]):
        return ""
    verb = RE_GIVING_BEFORE.search(body, max(s_start, fig.core[0] - 20), fig.core[0])
    if verb is None or verb.group("verb") not in GIVING_VERBS:
        return ""
    return f"seats {verb.group('verb')} to {given.group('holder')}"


def _part_seats(body: str, start: int, part: re.Match[str], s_start: int) -> str:
    """A part "N of the M seats" (`part` the words after its number at `start`): its holder's seats,
    in the body named after them."""
    noun, phrase = part.group("noun"), _seat_body(body, part.end())
    holder = RE_PART_HOLDER_BEFORE.search(body, max(s_start, start - SEAT_REACH), start)
    who = _holder_words(holder.group("holder")) if holder else ""
    if not who:
        return f"{noun} {phrase}" if phrase else ""
    held = f"{noun} lost by {who}" if holder.group("verb") in LOSE_VERBS else f"{noun} of {who}"
    return f"{held} {phrase}" if phrase else held


def _whole_seats(body: str, fig: Figure, whole: re.Match[str], s_start: int) -> str:
    """A whole "N of the M seats" (`whole` the part before it): the seats of the body named after
    them, or of the part's holder for "its" or "their" ("lost four of its nine seats")."""
    seats = RE_SEATS_NOUN.match(body, fig.core[1])
    if seats is None:
        return ""
    noun, phrase = seats.group("noun"), _seat_body(body, seats.end())
    if whole.group("det") != "the":
        holder = RE_PART_HOLDER_BEFORE.search(body, max(s_start, whole.start() - SEAT_REACH), whole.start())
        who = _holder_words(holder.group("holder")) if holder else ""
        noun = f"{noun} of {who}" if who else noun
    return f"{noun} {phrase}" if phrase else ("" if noun == seats.group("noun") else noun)


def _seat_body(body: str, at: int) -> str:
    """The body seats are in, named right after them ("in the National Assembly"), or ""."""
    m = RE_SEAT_BODY_AFTER.match(body, at)
    return m.group("phrase") if m else ""


def _holder_words(holder: str) -> str:
    """A holder's words as a subject names them ("The Liberal Party" -> "the Liberal Party"), or ""
    when a function word or a number stands among them (a clause, not a holder: "It", "In 2019 the party")."""
    words = holder.split()
    lead = ["the"] if words[0] in ("The", "the") else []
    rest = words[len(lead) :]
    if not rest or any(w.lower() in FUNCTION_WORDS or w[0].isdigit() for w in rest):
        return ""
    if not lead and len(rest) > 1 and rest[0][0].isupper() and rest[1][0].islower():
        rest = [rest[0].lower(), *rest[1:]]  # "Opposition parties hold": the sentence's capital only
    return " ".join((*lead, *rest))


def _common_holder(body: str, start: int, s_start: int) -> str:
    """The common noun that wins the seats, votes or share at `start` (RE_SEAT_HOLDER_BEFORE), or ""."""
    m = RE_SEAT_HOLDER_BEFORE.search(body, max(s_start, start - SEAT_REACH), start)
    if m is None or any(w in FUNCTION_WORDS for w in m.group("holder").split()):
        return ""
    return m.group("holder")


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
            or (
                kind == "count"
                and body.find(" seats", fig.core[1], fig.core[1] + SEATS_AFTER_REACH) >= 0
                and _seats_of_whole(body, fig, bounds(fig.start)[0])
            )
            or (kind == "count" and _seat_subject(held) and _seats_won(body, fig, bounds(fig.start)[0]))
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
