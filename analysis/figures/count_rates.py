"""Count rates: counts read as rates: a rate per a base ("per 100,000 people"), persons and
population rates, averages, sport averages and records, cricket rates and run targets."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..measures import is_extent, unit_word
from ..vocab import (
    APPROX_WORDS,
    DURATION_UNITS,
    FUNCTION_WORDS,
    PEOPLE_NOUNS,
    PERCENT_RATE_KINDS,
    RATE_LEVEL_MEASURES,
)
from . import numbers as N
from . import scale_readings, sport_readings
from .counted_units import count_in_sentence_before
from .durations import summed_hours
from .figure import Figure, Value, is_number
from .percent_points import RE_SPORT_CUE
from .person_nouns import (
    RATE_THING_FOLLOWERS,
    RE_NOUN_RATIO_BEFORE,
    RE_ONE_NOUN_FOR_EVERY,
    RE_PER_ROUND_BASE,
    RE_RATIO_BEFORE,
    RESULT_NOUNS,
    is_person_noun,
    plural_noun,
    verb_before,
)
from .words import first_in_sentence, sentence_fact, sentence_matches, singular, tokens

if TYPE_CHECKING:
    from ..extract import Scanner

# a rate per head of population after a count ("33.7 cases per 100,000 people" or "per 100000", "4.1 deaths per
# 1,000 live births", "2.1 per 100,000", "1.6 births per woman", "2.4 cars per household") or per
# unit of area ("410 people per square kilometre"): the count is the rate, and the base is part of
# its unit
POPULATION_NOUNS = (
    "people",
    "population",
    "residents",
    "inhabitants",
    "live births",
    "births",
    "adults",
    "children",
    "households",
    # the exposure base of a trial's or a cohort's event rate ("4.1 events per 100 patient-years")
    "patient-years",
    "person-years",
    "patient years",
    "person years",
)
PER_HEAD_NOUNS = (
    "woman",
    "person",
    "head",
    "capita",
    "household",
    "family",
    "square kilometre",
    "square kilometer",
    "square mile",
    "sq km",
    # a density on a small area: defects on a chip's wafer, cells on a slide ("0.1 defects per
    # square centimetre")
    "square centimetre",
    "square centimeter",
    "square metre",
    "square meter",
    # ... or a concentration in a unit of volume: pollen grains in the air, cells in blood ("1,200
    # grains per cubic metre", "5,000 cells per microlitre")
    "cubic metre",
    "cubic meter",
    "cubic centimetre",
    "cubic centimeter",
    "cubic foot",
    "millilitre",
    "milliliter",
    "microlitre",
    "microliter",
    "game",  # "0.62 goals per game", "23.7 points per game": a player's average, not a count
    "match",
    "round",  # "0.93 kills per round", "28.9 putts per round": an esports player's or a golfer's average
    "over",  # "8.2 runs per over": cricket's run rate or a bowler's economy
)
_POPULATION_BASE = (
    r"(?P<base>1,000,000|100,000|10,000|1,000|1000000|100000|10000|1000|1 million|million|thousand"
    r"|100[kK]|10[kK]|1[kK]"  # the base written short, as dashboards and health desks do ("per 100k")
    rf"|100(?=\s+(?:{'|'.join(POPULATION_NOUNS)})\b))"  # a round 100 only before a population
    r"(?![\w,.]\d|\d)"
    rf"(?:\s+(?P<pop>{'|'.join(POPULATION_NOUNS)})\b|(?!\s+[a-z]{{2,}}(?<!s)s\b))"
)
RE_PER_POPULATION = re.compile(rf"\s+per\s+(?:{_POPULATION_BASE}|(?P<head>{'|'.join(PER_HEAD_NOUNS)})\b)")
# ... written "for every" before its round base ("3.8 doctors for every 1,000 inhabitants")
RE_FOR_EVERY_POPULATION = re.compile(rf"\s+for\s+every\s+{_POPULATION_BASE}(?P<head>)")


# the measure a rate per head states, named before it in its sentence ("infant mortality fell to 31
# deaths per 1,000 live births", "the incidence of measles stood at 12 cases per 100,000 people"):
# that measure, not the counted noun, is the rate's subject
RE_RATE_MEASURE = re.compile(
    r"\b(?:(?:[a-z]+)[ -])?(?:mortality|fertility|incidence|prevalence)(?: rates?)?(?: of [a-z]+)?\b", re.I
)
RATE_MEASURE_REACH = 90  # characters before the rate read for its measure


def rate_measure_before(sc: Scanner, start: int) -> str:
    """The measure named before a rate per head at `start` in its sentence ("infant mortality"), or ""."""
    s_start, _ = sc.sentence_bounds(start)
    window = sc.body[max(s_start, start - RATE_MEASURE_REACH) : start]
    found = ""
    for m in RE_RATE_MEASURE.finditer(window):
        found = m.group(0)
    words = found.split(" ")
    if words and words[0].lower() in FUNCTION_WORDS:
        words = words[1:]  # "the mortality rate": the article is no part of it
    return " ".join(words)


# ... or a player's average written with "a" ("1.2 goals a game")
A_GAME_HEADS = ("game", "match", "over")  # (PER_HEAD_NOUNS written with "a" or "an")
# (the cheap test: " a game", " a match", " an over")
A_GAME_OPENINGS = tuple(f" {'an' if head[0] in 'aeiou' else 'a'} {head}" for head in A_GAME_HEADS)
RE_A_GAME = re.compile(rf"\s+an?\s+(?P<head>{'|'.join(A_GAME_HEADS)})\b(?!-)")
# ... or a count of one thing for each of another ("1.7 workers for every pensioner", "two nurses
# for each patient"): a rate, read "workers per pensioner"; not "for every two", "for each of"
# for a one- or two-word noun that ends its phrase ("for each Kestrel share,", "for every new home in")
_FOR_EACH = r"\s+for\s+(?:every|each)\s+(?!(?:of|one|other|single)\b)(?P<head>{}[a-z]+)"
_FOR_EACH_END = rf"(?={N.MARK_END}|\s+(?P<next>[a-z]+)\b)"
RE_FOR_EACH = re.compile(_FOR_EACH.format(r"(?:[A-Z][\w-]*\s+|[a-z]+\s+)?") + _FOR_EACH_END)
# ... the noun one word long, when a word that is no function word follows two ("for each warder
# on duty")
RE_FOR_EACH_ONE_WORD = re.compile(_FOR_EACH.format("") + _FOR_EACH_END)
RE_WRITTEN_DECIMAL = re.compile(r"\d\.\d")
RE_PER_ONE_THING = re.compile(
    rf"\s+per\s+(?P<head>(?!(?:{RATE_THING_FOLLOWERS})\b)[a-z]+(?:[ -](?!(?:{RATE_THING_FOLLOWERS})\b)[a-z]+)?)"
    rf"(?=\s*[,.;:)!?]|\s*\Z|\s+(?:{RATE_THING_FOLLOWERS})\b)"
)


def decimal_rate(body: str, end: int, value: object, written: str = "") -> re.Match[str] | None:
    """The "per nest" right after a count with decimals ending at `end` (see above), or None;
    decimals as `written` count ("an average of 19.0 per transect")."""
    decimal = isinstance(value, float) and value != int(value)
    decimal = decimal or is_number(value) and RE_WRITTEN_DECIMAL.search(written) is not None
    if not decimal or not body.startswith(" per ", end):
        return None
    return RE_PER_ONE_THING.match(body, end, end + 40)


# ... and persons counted per a round base of other persons, named in the plural ("0.75 scientists
# per 1,000 workers", "1.2 nurses per 1,000 patients"): the rate is the first persons over the
# second ("hired 40 per 1,000 applicants", with no persons named before "per", stays two counts)
PERSONS_BASE_NOUNS = sorted(
    {noun for noun in PEOPLE_NOUNS if noun.islower() and noun.endswith("s") and noun.isalpha()},
    key=len,
    reverse=True,
)
RE_PER_PERSONS = re.compile(
    r"\s+(?:per|for\s+every)\s+(?P<base>1,000,000|100,000|10,000|1,000|1000000|100000|10000|1000|100|1 million|million|thousand)"
    rf"\s+(?P<pop>{'|'.join(PERSONS_BASE_NOUNS)})\b(?P<head>)"
)


# ... or persons counted "to one" person, or "to a", "to each", "to every" ("62 pupils to one
# teacher", "74 pupils to a teacher", "9 inmates to every warder on duty"): a ratio of persons, read
# "pupils per teacher"; the one is no figure ("moved 40 patients to one hospital" names no person)
RE_TO_ONE_PERSON = re.compile(
    rf"\s+to\s+(?P<base>one|1|an?|each|every)\s+(?P<head>[a-z]+)(?:-[a-z]+)?(?![\w'’-])"
    rf"(?=\s*[,.;:)!?]|\s*\Z|\s+(?:{RATE_THING_FOLLOWERS}|at|on|in)\b)"
)


# ... or persons counted per one person, named in the singular ("21 pupils per teacher", "1,900
# patients per GP", "eight patients per nurse at night"): a ratio of persons, as "to one teacher"
RE_PER_ONE_PERSON = re.compile(
    rf"\s+per\s+(?P<head>[a-z]+|GP)(?![\w'’-])"
    rf"(?=\s*[,.;:)!?]|\s*\Z|\s+(?:{RATE_THING_FOLLOWERS}|at|on|in)\b)"
)


def persons_rate(body: str, end: int) -> re.Match[str] | None:
    """The "per 1,000 workers", "per teacher" or "to one teacher" right after persons counted,
    ending at `end` (see above), or None."""
    if body.startswith(" to ", end):
        rate = RE_TO_ONE_PERSON.match(body, end, end + 40)
        return rate if rate is not None and is_person_noun(rate.group("head")) else None
    if not body.startswith((" per ", " for every "), end):
        return None
    rate = RE_PER_PERSONS.match(body, end, end + 60)
    if rate is None and body.startswith(" per ", end):
        rate = RE_PER_ONE_PERSON.match(body, end, end + 30)
        if rate is not None and (rate.group("head").endswith("s") or not is_person_noun(rate.group("head"))):
            return None  # "per boat", "per cars": no one person
    return rate


# the round bases "in every" of which a whole number is a ratio ("three in every 100 voters", as
# "one in five": rules, table 8); in every larger base it is a rate ("12 in every 1,000 babies")
RATIO_ROUND_BASES = frozenset(("10", "100"))


def round_base_rate(body: str, end: int, value: object, written: str, head: str) -> re.Match[str] | None:
    """The "per 10 beds" right after a count ending at `end` with its noun `head` named or with
    decimals as `written` (see above), or None."""
    if not is_number(value) or not body.startswith((" per ", " for every ", " in every "), end):
        return None
    rate = RE_PER_ROUND_BASE.match(body, end, end + 60)
    if rate is None or rate.group("pop").split()[-1] in DURATION_UNITS:
        return None  # "40 patients per 10 hours": a span of time is read as one, no rate's base
    if RE_WRITTEN_DECIMAL.search(written) is not None:
        return rate
    if body.startswith(" in every ", end):
        # "three in every 100 voters": a ratio, as "one in five" (rules, table 8); "12 in every
        # 1,000 babies": a rate, as "per"
        return None if rate.group("base") in RATIO_ROUND_BASES else rate
    return rate if head else None


# ... or per a unit of length or area, which may have a round base ("42 crabs per hectare", "seven
# nests a kilometre", "2.3 lions per 100 square kilometres"): a density, whatever the number; after
# "a", not a distance away ("10 homes a kilometre from the river")
RE_PER_EXTENT = re.compile(
    r"\s+(?P<per>per|an?)\s+(?P<head>(?:(?:10|100|1,000|1000|10,000|10000)\s+)?"
    r"(?P<unit>[a-z]+(?:\s[a-z]+)?))\b(?![-'’])"
)
RE_DISTANCE_AFTER = re.compile(
    r"\s+(?:away|from|off|apart|south|north|east|west|long|wide|high|deep|tall|across|along|beyond"
    r"|past|inland|offshore|outside|further|farther|up|down|upstream|downstream|behind|ahead|short"
    r"|before|after|of|to|into|or|and)\b"
)


def extent_rate(body: str, end: int) -> re.Match[str] | None:
    """The "per hectare" or "a kilometre" after a count ending at `end` (see above), or None."""
    m = RE_PER_EXTENT.match(body, end, end + 40)
    if m is None:
        return None
    unit = m.group("unit")
    word = unit_word(unit)
    if word is None and " " in unit:  # "per hectare in the": the unit is one word
        unit = unit.split(" ")[0]
        m = RE_PER_EXTENT.match(body, end, m.start("unit") + len(unit))
        word = unit_word(unit) if m is not None else None
    if m is None or word is None or word.ambiguous or not is_extent(word.measure):
        return None
    if m.group("per") != "per" and (m.group("head") != unit or RE_DISTANCE_AFTER.match(body, m.end())):
        return None  # "a kilometre from the river": a distance; "a 100 hectares" is no rate
    return m


# ... but a number of plants set out on each unit of area, stock planted or a verb of planting in
# its clause ("replant at roughly 1,600 seedlings a hectare", "growers plant 2,500 vines a
# hectare"), is a count of the plants with the unit in the subject, as "14 flights a week" counts
# flights; a density found by a survey ("42 crabs per hectare") stays a measured rate (late-units9)
PLANTING_STOCK_NOUNS = frozenset(("seedlings", "saplings", "cuttings", "seeds", "transplants"))
RE_PLANTING_BEFORE = re.compile(
    r"\b(?:re)?(?:plant|sow|stock)(?:s|ed|ing|n)?\b(?![^.;:!?]*[.;:!?])", re.IGNORECASE
)
PLANTING_REACH = 80  # characters of the number's clause read back for a verb of planting


def planting_rate(body: str, start: int, head: str, rate: re.Match[str]) -> bool:
    """Whether a count at `start` of `head` with the extent `rate` after it is plants set out on
    each unit of area (see above), not a density."""
    if rate.re is not RE_PER_EXTENT or rate.group("unit") != rate.group("head"):
        return False  # a rate per head, or per 100 hectares: no planting's unit
    return (
        head.lower() in PLANTING_STOCK_NOUNS
        or RE_PLANTING_BEFORE.search(body, max(0, start - PLANTING_REACH), start) is not None
    )


# A whole number of things per household or person set as a limit or an allowance ("a limit of two
# gold coins per household", "may buy up to three gas cylinders per household"): an allotment, a
# count with the base in its subject, as planting stock's; an average ("2.4 cars per household")
# stays a rate
ALLOTTED_BASES = frozenset(("household", "family", "person", "head"))
RE_LIMIT_BEFORE = re.compile(
    r"\b(?:limit(?:ed)?\s+(?:of|to)|up\s+to|no\s+more\s+than|not\s+more\s+than|at\s+most|maximum\s+of"
    r"|allowance\s+of|ration\s+of|quota\s+of)\s+\Z",
    re.IGNORECASE,
)
LIMIT_REACH = 24  # characters before the number read for the limit's words


def allotted_rate(body: str, start: int, written: str, rate: re.Match[str]) -> str:
    """The base ("household") when a count at `start` written `written` with the rate `rate` after
    it is an allotment per that base (see above), else ""."""
    base = rate.group("head") if rate.re is RE_PER_POPULATION else ""
    if base not in ALLOTTED_BASES or "." in written:
        return ""
    return base if RE_LIMIT_BEFORE.search(body, max(0, start - LIMIT_REACH), start) else ""


def population_rate(body: str, end: int) -> re.Match[str] | None:
    """The "per 100,000 people", "per woman", "for every pensioner" or "per hectare" right after a
    count ending at `end`, or None."""
    if body.startswith(" per ", end):
        return RE_PER_POPULATION.match(body, end, end + 40) or extent_rate(body, end)
    if body.startswith(A_GAME_OPENINGS, end):
        return RE_A_GAME.match(body, end, end + 12)  # "1.2 goals a game", "7.5 runs an over": as "per game"
    if body.startswith((" a ", " an "), end):
        return extent_rate(body, end)  # "seven nests a kilometre"
    if body.startswith(" for every ", end) and body[end + 11 : end + 12].isdigit():
        return RE_FOR_EVERY_POPULATION.match(body, end, end + 50)  # "for every 1,000 inhabitants"
    if body.startswith(" for e", end):
        rate = RE_FOR_EACH.match(body, end, end + 60)
        if rate is not None and rate.group("next") and rate.group("next") not in FUNCTION_WORDS:
            rate = RE_FOR_EACH_ONE_WORD.match(body, end, end + 60)
        if rate is None or rate.group("next") and rate.group("next") not in FUNCTION_WORDS:
            return None
        return rate if not N.WORD_NUMBER_RE.fullmatch(rate.group("head").split()[0]) else None
    return None


def rate_base(body: str, start: int) -> re.Match[str] | None:
    """The rate per head of population whose base is the number at `start`, right after " per ",
    with no figure before "per" ("deaths per 100,000 people", "nurses per 1,000 residents"), or
    None: a rate's base gets no row, as when a figure stands before it."""
    rate = RE_PER_POPULATION.match(body, start - 5, start + 40)
    if rate is None or rate.groupdict().get("base") is None or rate.start("base") != start:
        return None
    return rate


REPEATED_BASE_REACH = 80  # characters from the rate to its base said again


def repeated_base(sc: Scanner, start: int, num: str) -> bool:
    """Whether the number `num` at `start`, right after "per", is the base of the rate read just
    before it, said again with no noun ("against 4 per 100"): no figure, as the base is none."""
    rated = sc.last_counted
    if rated is None or not rated.measure or not 0 < start - rated.end <= REPEATED_BASE_REACH:
        return False
    return f" per {num} " in f"{rated.measure} "


RE_WORD_BEFORE_PER = re.compile(r"(?<![A-Za-z])([A-Za-z]+)\s+per\s\Z")  # "Doctors per": the whole word


def word_before_per(body: str, start: int) -> str:
    """The plural noun right before " per " ending at `start` ("nurses"), or ""."""
    m = RE_WORD_BEFORE_PER.search(body, max(0, start - 30), start)
    return m.group(1).lower() if m and m.group(1).endswith("s") else ""


# A bare number whose clause names "the rate" soon after a rate per head was named with no figure
# ("The map shows nurses per 1,000 residents. The rate rose from 4.1 to 4.6"): a level of that rate
RE_RATE_WORD_BEFORE = re.compile(r"\b(?:[Tt]he|[Ii]ts|[Tt]his|[Tt]hat)\s+(?:[a-z]+\s+)?rates?\b")
RATE_NAMED_REACH = 300  # characters from the named rate to the bare number


# ... or whose clause has that rate as its subject, in the same sentence, no other figure between
# but the first of "from A to B" ("Coverage, the number of places per 100 children, rose from 37.2
# to 44.6"; "Doctors per 1,000 people stood at 2.3"): from the rate's base to the level word
RE_RATE_SUBJECT_GAP = re.compile(r"\d[\d,]*[^.;:!?()\d]{1,80}?\b(?:from|to|at)\s+(?:\d+(?:\.\d+)?\s+to\s+)?")


def named_rate_level(sc: Scanner, start: int) -> str:
    """The measure of a rate named with no figure shortly before, when the clause of the bare
    number at `start` calls it "the rate" or has the rate as its subject (above), or of a rate per
    head its clause has as subject by the measure's name (below); or ""."""
    return _rate_named_before(sc, start) or _rate_noun_level(sc, start)


def _rate_named_before(sc: Scanner, start: int) -> str:
    """The measure of a rate named with its base and no figure shortly before (see above), or ""."""
    if sc.rate_named is None or not 0 < start - sc.rate_named[0] <= RATE_NAMED_REACH:
        return ""
    s_start, _ = sc.sentence_bounds(start)
    if RE_RATE_WORD_BEFORE.search(sc.body, max(s_start, start - 60), start) is None and not (
        sc.rate_named[0] >= s_start and RE_RATE_SUBJECT_GAP.fullmatch(sc.body, sc.rate_named[0], start)
    ):
        return ""
    return sc.rate_named[1]


# ... or a rate per head named by its measure alone as the subject of the clause a bare number
# ends, no figure between but the first of "from A to B" ("Japan's total fertility rate, watched
# closely by planners, slipped to 1.15", "the birth rate fell from 7.0 to 6.4"): its level, in
# the unit the measure's definition gives it (vocab.RATE_LEVEL_MEASURES), not a count
RE_RATE_LEVEL_NAME = re.compile(rf"(?<![\w-])(?:{N.alternation(RATE_LEVEL_MEASURES)})\s+rates?(?![\w-])")
RATE_LEVEL_REACH = 160  # characters from the rate's name to its bare level, at most


# ... and a rate whose level is a percent by what it measures (vocab.PERCENT_RATE_KINDS), its bare
# level so read ("the jobless rate, which peaked in 2020, fell to 5.1": a share of the labour force)
RE_PERCENT_RATE_NAME = re.compile(rf"(?<![\w-])(?:{N.alternation(PERCENT_RATE_KINDS)})\s+rates?(?![\w-])")
PERCENT_RATE_MAX = 100  # a bare level above it is no percent


def _rate_subject(sc: Scanner, start: int, pattern: re.Pattern[str]) -> str:
    """The rate's name `pattern` finds as the subject of the clause the bare number at `start`
    ends (the last one before it, scale_readings.RE_LEVEL_SUBJECT_GAP to the number), or ""."""
    s_start, _ = sc.sentence_bounds(start)
    lo = max(s_start, start - RATE_LEVEL_REACH)
    if sc.lower.find(" rate", lo, start) < 0 and not sc.lower.startswith("rate", lo):  # the cheap test first
        return ""
    found = None
    for match in pattern.finditer(sc.lower, lo, start):
        found = match  # the last, nearest the number
    if found is None or scale_readings.RE_LEVEL_SUBJECT_GAP.fullmatch(sc.lower, found.end(), start) is None:
        return ""
    return found.group()


def _rate_noun_level(sc: Scanner, start: int) -> str:
    """The unit of a rate per head its clause names as the subject of the bare number at `start`
    (see above), or ""."""
    named = _rate_subject(sc, start, RE_RATE_LEVEL_NAME)
    return RATE_LEVEL_MEASURES[_rate_key(named)] if named else ""


def rate_level_label(sc: Scanner, start: int, level: str) -> str:
    """The subject of a bare level at `start` of the rate measured in `level`: the rate's name when
    its clause names it by its measure ("birth rate"), else the noun the rate counts ("volunteers")."""
    named = "" if _rate_named_before(sc, start) else _rate_subject(sc, start, RE_RATE_LEVEL_NAME)
    return f"{named or level.partition(' per ')[0]} (unit: {level})".strip()


def percent_rate_level(sc: Scanner, start: int, value: Value) -> tuple[str, str] | None:
    """The kind and the subject of a bare number at `start` that is the percent level of a rate
    its clause has as subject (see above), or None."""
    if not is_number(value) or not 0 <= float(value) <= PERCENT_RATE_MAX:
        return None
    named = _rate_subject(sc, start, RE_PERCENT_RATE_NAME)
    if not named:
        return None
    kind = PERCENT_RATE_KINDS[_rate_key(named)]
    return kind, f"{named} (interest-rate level)" if kind == "other" else named


def _rate_key(named: str) -> str:
    """The key of vocab.RATE_LEVEL_MEASURES a rate's name ("total fertility rate") is read by."""
    return " ".join(named.split()[:-1])


def bare_low(sc: Scanner, start: int, low: Figure) -> Figure:
    """The low end of a bare change "from A to B" at `start` as its clause names it: a level of a
    rate named before ("the rate fell from 3.4 to 2.9"), or a sum of hours ("Overtime hours fell
    by 300 to 5,100"); else as read."""
    if level := named_rate_level(sc, start):
        return low._replace(
            unit="other",
            kind="other",
            subject=rate_level_label(sc, start, level),
            measure=level,
        )
    if percented := percent_rate_level(sc, start, low.value):  # "the jobless rate fell from 5.4 to 5.1"
        return low._replace(unit="percent", kind=percented[0], subject=percented[1])
    if hours := summed_hours(sc, start):
        return summed_low(hours, low)
    return low


def summed_low(hours: str, low: Figure) -> Figure:
    """The low end of a bare change as a sum of hours ("Overtime hours fell by 300 to 5,100")."""
    label = f"{hours if ' ' in hours else ''} (unit: hours)".strip()
    return low._replace(unit="other", kind="duration", subject=label, measure="hour")


def rate_base_start(rate: re.Match[str]) -> int:
    """Where the base of a population rate starts ("100,000" or "woman")."""
    return rate.start("base") if rate.groupdict().get("base") else rate.start("head")


def rate_measure(head: str, rate: re.Match[str]) -> str:
    """The measure of a population rate, stable and as read: "cases per 100,000 people", "births
    per woman", "workers per pensioner"."""
    if rate.group("head"):
        if rate.group("head") == "over" and not head:
            head = "runs"  # "scoring at 6.4 an over": cricket's over, a bare rate counts runs
        return " ".join(w for w in (head.lower(), "per", rate.group("head")) if w)
    words = [head.lower(), "per", rate.group("base"), rate.group("pop") or "people"]
    return " ".join(w for w in words if w)


# An average that is a rate: "households had 3.7 people each", "an average of 2.3 children
# per family" (the "per" form is a population rate above), "4.2 members on average": a number of
# things for each of an owner, stated with "each" or "on average" after the noun, "average"
# before the number, or "the average <owner> had" or "average <owner> size" before it; always with
# decimals, which no count of things has: whole numbers stay counts ("three children each",
# "crowds averaged 36,000 fans", "an average family size of six individuals", as the dev set
# labels it).
RE_EACH_AFTER = re.compile(r"\s+(?:each|apiece|on\s+average)\b")
RE_WRITTEN_DECIMAL = re.compile(r"\d{1,3}\.\d")  # "2.0 members": a whole value written with decimals
RE_AVERAGE_BEFORE = re.compile(r"\baverag(?:e|ed|ing)(?:\s+of)?\s+\Z", re.IGNORECASE)
# a period a count is made over ("2.4 children a day", "three capsules per dose", "40 visits every week")
RE_PERIOD_AFTER = re.compile(
    r"\s+(?:a|an|per|each|every)\s+(?:day|night|week|fortnight|month|year|hour|season|game|match|dose|shift)\b"
)
# "the average household had 2.4 people", "an average family has about 1.8 children", "average
# household size fell to 2.9 people"; or the owner's move to the average, a few words between ("The
# average basket at the discounter grew to 21.6 items": items per basket), not a span of time ("the
# average stay rose to 3.4 nights" is a duration: TIME_OWNERS)
RE_AVERAGE_OWNER = re.compile(
    r"\b[Aa]verage\s+(?P<owner>[a-z]+)\s+"
    r"(?:size\b|(?:has|had|have|holds|held|owns|owned)\s+(?:[a-z]+\s+)?\Z"
    r"|(?P<moved>(?:[a-z]+\s+){0,4}(?:rose|grew|fell|climbed|increased|dropped|slipped|shrank|went\s+up|went\s+down)"
    r"\s+to\s+\Z))"
)
AVERAGE_OWNER_REACH = 50  # characters before the number read for "average <owner> had"
RE_EACH_OWNER = re.compile(r"\b[Ee]ach\s+(?P<owner>[a-z]+)\b")
EACH_OWNER_REACH = 240  # how far before an average "each <owner>" is looked for: a bounded window
# ... or the plural noun after "the number of" earlier in the sentence ("The number of households rose
# to 24.8 million, with an average of 2.36 people in each"), its count left bare
RE_NUMBER_OF_OWNER = re.compile(r"\b(?:number|total)\s+of\s+(?P<owner>[a-z]+)\b")
NUMBER_OF_OWNER_REACH = 160  # characters before the average read for "the number of"


# A player's averages listed with one base, written once after the last ("23.7 points and 8.1
# rebounds per game") or before ("1.2 goals a game and 3.4 assists"): every decimal count of the
# list is a rate per game (a count of things has no decimals).
RE_SHARED_RATE_AFTER = re.compile(
    r"(?:(?:,\s+and|,|\s+and)\s+\d+\.\d+\s+[a-z]+){1,4}\s+(?:per|an?)\s+(?P<base>game|match|night|contest|outing)\b"
)
GAME_RATE_ENDINGS = (" per game", " per match", " per night", " per contest", " per outing")
RE_LIST_JOIN_ONLY = re.compile(r"(?:,\s+and|,|\s+and)\s+")


def _shared_game_rate(sc: Scanner, start: int, head_end: int, head: str) -> str:
    """ "game" or "match" when a decimal count ending its noun at `head_end` is listed with a
    player's average per game or match (see above), or is a sport statistic (SPORT_STATISTICS) in
    the sentence of such an average, else ""."""
    after = RE_SHARED_RATE_AFTER.match(sc.body, head_end, head_end + 120)
    if after is not None:
        return after.group("base")
    last = sc.last_counted
    if last is None or not last.measure.endswith(GAME_RATE_ENDINGS):
        return ""
    if RE_LIST_JOIN_ONLY.fullmatch(sc.body, last.end, start) is None and (
        head.lower() not in SPORT_STATISTICS or sc.sentence_bounds(last.start) != sc.sentence_bounds(start)
    ):
        return ""  # ... or a sport statistic later in the sentence ("up from 6.2 points last season")
    return last.measure.rsplit(" ", 1)[1]


def average_rate(sc: Scanner, start: int, head_end: int, head: str, value: float) -> str:
    """The measure of a count that is an average per owner ("people per household"), or ""."""
    if value == int(value) and RE_WRITTEN_DECIMAL.match(sc.body, start) is None:
        # "three children each", "an average family size of six individuals": counts; "has 2.0
        # members" is written as an average
        return ""
    reach = max(0, start - AVERAGE_OWNER_REACH)
    if "verage " in sc.body[reach:start]:  # a cheap test before the pattern
        owner = RE_AVERAGE_OWNER.search(sc.body, reach, start)
        if owner and not (owner.group("moved") and _time_head(head)):
            # "The average household had 2.4 people", "average household size fell to 2.9"
            return f"{head.lower()} per {owner.group('owner')}"
    shared = _shared_game_rate(sc, start, head_end, head)
    if shared:  # "23.7 points and 8.1 rebounds per game": one base for the list
        return f"{head.lower()} per {shared}"
    if RE_PERIOD_AFTER.match(sc.body, head_end, head_end + 16):
        return ""  # "an average of 1.5 arrests a day": a rate in time, not per owner
    averaged = RE_AVERAGE_BEFORE.search(sc.body, max(0, start - 14), start) is not None
    if (
        not averaged
        and not RE_EACH_AFTER.match(sc.body, head_end, head_end + 14)
        and not _each_owner_before(sc, start)
    ):
        return ""
    if averaged and head.lower() in SPORT_STATISTICS and _sport_sentence(sc, start):
        return f"{head.lower()} per game"  # "is averaging 26.1 points": a player's average per game
    owner = _average_owner(sc, start, head.lower())
    return f"{head.lower()} per {owner}" if owner else ""


def _time_head(head: str) -> bool:
    """Whether a counted head names a span of time ("nights", "hours"): TIME_OWNERS and its parts."""
    singular = head.lower().removesuffix("s")
    return singular in TIME_OWNERS or singular in ("minute", "second")


# ... or "each" and its owner shortly before the decimal, in its sentence ("Each woman would need
# to have 2.1 children"), not a span of time ("Each year, 2.5 ..." is no owner)
EACH_BEFORE_REACH = 60  # characters before the decimal read for "each <owner>"
TIME_OWNERS = frozenset("year month week day night hour time season quarter decade".split())


def _each_owner_before(sc: Scanner, start: int) -> bool:
    """Whether "each <owner>" stands shortly before `start` in its sentence (above)."""
    reach = max(sc.sentence_bounds(start)[0], start - EACH_BEFORE_REACH)
    each = RE_EACH_OWNER.search(sc.body, reach, start)
    return each is not None and each.group("owner") not in TIME_OWNERS


# A player's statistics, counted per game when averaged ("averaging 9.7 rebounds"); points only
# in a sentence about sport, as "the index averaged 1.5 points" may be a market's or a poll's.
SPORT_STATISTICS = frozenset(
    "points rebounds assists steals blocks goals tackles sacks shots attempts threes boards turnovers".split()
)


def _sport_sentence(sc: Scanner, start: int) -> bool:
    """Whether the sentence around `start` speaks of sport (percent_points.SPORT_CUES), read once a sentence."""

    def sport(at: int) -> bool:
        s_start, s_end = sc.sentence_bounds(at)
        return RE_SPORT_CUE.search(sc.lower, s_start, s_end) is not None

    return sentence_fact(sc, "sport", start, sport)


# "Attacks" are a statistic of volleyball's, beside its kills, aces and digs ("14 kills on 30
# attacks, three aces"): a sport statistic counted (rules, table 4), not attacks on anyone, told by
# one of those statistics counted in the same sentence ("blocks" are also a city's: "41 attacks
# within 3 blocks of the station" stay attacks)
RALLY_STATISTICS = r"kills|aces|digs"  # volleyball's box-score words
RE_RALLY_STATISTIC = re.compile(rf"(?:\d|\b{N.WORD_NUMBER})\s+(?:{RALLY_STATISTICS})\b", re.IGNORECASE)
# ... what it needs, searched first: it opens with a class and tries the number words at every
# character, where this tries its words at white space only
RE_RALLY_WORD = re.compile(rf"\s(?:{RALLY_STATISTICS})", re.IGNORECASE)


def rally_statistics(sc: Scanner, start: int) -> bool:
    """Whether the sentence around `start` counts kills, aces, digs or blocks (see above)."""

    def rally(at: int) -> bool:
        s_start, s_end = sc.sentence_bounds(at)
        return (
            RE_RALLY_WORD.search(sc.body, s_start, s_end) is not None
            and RE_RALLY_STATISTIC.search(sc.body, s_start, s_end) is not None
        )

    return sentence_fact(sc, "rally statistics", start, rally)


# A sport's average read bare after "an average of", named by what its clause counts: after
# wickets it is a bowling average, runs conceded per wicket ("87 wickets at an average of
# 21.35"), not a count.
SPORT_AVERAGES = {"wicket": "runs per wicket"}
RE_AN_AVERAGE_OF = re.compile(r"\ban\s+average\s+of\s+\Z")
# ... and a batter's average read bare after "averages", "averaged" or "an average of" in a
# sentence about cricket's batting ("The opener averages 46.9 in Test cricket", "1,170 runs at an
# average of 51.7"): runs per dismissal, the batting average; not in a sentence of wickets (above)
RE_AVERAGES_BARE = re.compile(r"\b(?:an\s+average\s+of|averag(?:es|ed|ing))\s+\Z")
RE_BATTING_WORDS = re.compile(r"\b(?:cricket|innings|runs|batting|batter|batsman|with\s+the\s+bat)\b")


def sport_average(sc: Scanner, start: int) -> str:
    """The measure of a bare number after "an average of" that its clause names (SPORT_AVERAGES),
    or a batter's average (see above), or ""."""
    if not RE_AVERAGES_BARE.search(sc.lower, max(0, start - 20), start):
        return ""
    if RE_AN_AVERAGE_OF.search(sc.lower, max(0, start - 20), start):
        found = next(
            (
                measure
                for noun, measure in SPORT_AVERAGES.items()
                if -1 < first_in_sentence(sc, start, noun) < start
            ),
            "",
        )
        if found:
            return found
    if -1 < first_in_sentence(sc, start, "wicket") < start or not sentence_fact(
        sc, "batting", start, lambda at: _batting(sc, at)
    ):
        return ""
    return sport_readings.BATTING_AVERAGE


def _batting(sc: Scanner, at: int) -> bool:
    """Whether the sentence around `at` speaks of cricket's batting (RE_BATTING_WORDS)."""
    s_start, s_end = sc.sentence_bounds(at)
    return RE_BATTING_WORDS.search(sc.lower, s_start, s_end) is not None


# Cricket's rates, named before a bare number (signed "+" when a net run rate is above zero): a
# batter's strike rate is runs per 100 balls, a bowler's economy and a side's run rate runs per
# over ("at a strike rate of 152.3", "an economy rate of 7.35", "a net run rate of +0.47"). Read
# only in a text that speaks of wickets: a footballer's "strike rate of 0.5" is goals per game.
CRICKET_RATES = {"strike": "runs per 100 balls", "economy": "runs per over", "run": "runs per over"}
RE_CRICKET_RATE = re.compile(
    r"\b(?P<name>(?:net\s+)?run[- ]rate|strike[- ]rate|economy(?:[- ]rate)?)\s+(?:of|was|is|at|stood\s+at)\s+"
    r"(?P<num>\+?\d{1,3}(?:\.\d{1,3})?)(?![\d%]|\.\d|[A-Za-z]|\s+(?:per|percent|runs|balls|an?|goals)\b)"
)


# A run chase's target with no noun (rules, table 4: sport statistics are counts): a bare number
# after a verb of chasing, needing or setting ("Chasing 275,", "Set 312 to win", "needing 48 off
# 30 balls"), told a target by what follows it ("to win", "off N balls", "from the last over",
# "in 20 overs") or, after "chasing" alone, by a word of cricket in its sentence
RE_RUN_TARGET = re.compile(
    r"(?:chas(?:ing|ed|es|e)|need(?:ing|ed|s)?|requir(?:ing|ed|es|e)|set)\s+"
    r"(?:an?\s+(?:[a-z]+\s+)?)?(?P<num>\d{2,3})(?![\w-]|[.,]\d)"
)
RE_RUN_TARGET_AFTER = re.compile(
    r"\s+(?:to\s+win\b|(?:off|from)\s+(?:\d{1,3}\s+|the\s+(?:last|final)\s+)(?:balls?|overs?|deliveries)\b"
    r"|in\s+\d{1,2}(?:\.\d)?\s+overs\b)"
)
RE_CRICKET_CUE = re.compile(r"\b(?:overs?|wickets?|innings|bowled|balls|runs)\b")
CHASE_WORDS = ("chas", "need", "requir", "set ")  # the cheap test before RE_RUN_TARGET


def scan_run_targets(sc: Scanner) -> None:
    """A run chase's target with no noun (see above): a count of runs."""
    lower = sc.lower
    if len(lower) != len(sc.body) or not any(w in lower for w in CHASE_WORDS):
        return
    for m in RE_RUN_TARGET.finditer(lower):
        s, e = m.span("num")
        if m.start() and lower[m.start() - 1].isalpha() or not sc.free(s, e):
            continue
        if not RE_RUN_TARGET_AFTER.match(lower, e) and not (
            m.group().startswith("chas") and sentence_matches(sc, s, RE_CRICKET_CUE)
        ):
            continue
        subject = "runs target" if sentence_matches(sc, s, RE_CRICKET_CUE) else "target to win"
        sc.claim(s, e)
        sc.add(
            Figure(s, e, (s, e), N.normalise_number(N.parse_amount(sc.body[s:e])), "count", "count", subject)
        )


def scan_cricket_rates(sc: Scanner) -> None:
    """Cricket's strike rates, economy rates and run rates (see above): `other` readings."""
    if "wicket" not in sc.lower or " rate " not in sc.lower and "economy " not in sc.lower:
        return
    for m in RE_CRICKET_RATE.finditer(sc.lower):
        s, e = m.span("num")
        if not sc.free(s, e):
            continue
        name = " ".join(m.group("name").replace("-", " ").split())
        measure = CRICKET_RATES[name.split()[-2] if name.endswith(" rate") else name]
        if name == "economy":
            name = "economy rate"
        core = (s + 1, e) if sc.body[s] == "+" else (s, e)
        value = N.normalise_number(N.parse_amount(sc.body[core[0] : e]))
        sc.claim(s, e)
        sc.add(Figure(s, e, core, value, "other", "other", f"{name} (unit: {measure})", measure=measure))


def _average_owner(sc: Scanner, start: int, head: str) -> str:
    """What an average is per, singular: the counted noun just before in the sentence ("5.1
    million households, with an average of ..."), the noun after "each" ("Each household had"),
    or a plural noun opening the sentence ("Households had 3.7 people each", "Rural households
    had ..."); "" if none."""
    s_start, _ = sc.sentence_bounds(start)
    last = sc.last_count
    if last is not None and s_start <= last.core[0] < start and last.subject:
        noun = last.subject.split()[-1].lower()
        if noun != head and plural_noun(noun):
            return singular(noun)
    each = RE_EACH_OWNER.search(sc.body, max(s_start, start - EACH_OWNER_REACH), start)
    if each:
        return each.group("owner")
    numbered = RE_NUMBER_OF_OWNER.search(sc.body, max(s_start, start - NUMBER_OF_OWNER_REACH), start)
    if numbered and plural_noun(numbered.group("owner")) and numbered.group("owner") != head:
        return singular(numbered.group("owner"))  # "The number of households rose to 24.8 million, with"
    opening = [w.lower() for w in tokens(sc.body[s_start : min(start, s_start + 40)])[:2]]
    if len(opening) == 2 and not plural_noun(opening[0]) and opening[0].endswith(OPENING_MODIFIER_ENDS):
        opening = opening[1:]  # "Rural households", "Ghanaian women", "The families"
    noun = opening[0] if opening else ""
    return singular(noun) if plural_noun(noun) and noun != head else ""


# endings of a word that may open a sentence before its plural noun: "The", adjectives and
# demonyms ("Rural", "Urban", "Ghanaian", "British", "Chinese", "Iraqi")
OPENING_MODIFIER_ENDS = ("the", "al", "an", "ish", "ese", "i")
# ... but a player's or a team's record in sports copy is two counts, not a ratio: "N in M" before
# a noun of games played ("has 9 in 14 matches", "6 in 8 La Liga games"), after a verb of having
# ending its phrase ("has 6 in 8 for Brazil", "have 4 in 5 since"), or a noun of results counted
# in games ("three wins in four", "two defeats in three")
RE_RECORD_GAMES_AFTER = re.compile(
    r"\s+(?:[A-Z][\w-]*\s+){0,2}(?:league\s+|cup\s+|international\s+|competitive\s+)?"
    r"(?:games|matches|appearances|starts|outings|fixtures|Tests|internationals|caps|races)\b"
)
RE_RECORD_HOLDER_BEFORE = re.compile(r"\b(?:has|have|had|having|now\s+has)\s+\Z")
RE_RECORD_END = re.compile(r"(?:\s+(?:for|since|this|at|in\s+all|under|with|so\s+far)\b|[,;.])")
# (not a ratio of games with its verb after: "one in five matches ends in a draw", "two in three
# races are won from the front"; "one in M" is a record only after a verb of having)
RE_RATIO_VERB_AFTER = re.compile(
    r"\s+(?:is|are|was|were|ends?|ended|finish(?:es|ed)?|go(?:es)?|went|produced?|produces|see|saw|sees)\b"
)


def one_rate_noun_end(body: str, end: int) -> int:
    """Where the noun of "one" ending at `end` ends when a round base of a population follows it
    with "per" ("one death per 100,000 people", "one hospital bed per 1,000 people": a rate of one),
    or -1."""
    one = RE_ONE_NOUN_FOR_EVERY.match(body, end, end + 40)
    if one is None:
        return -1
    per = body.rfind(" per ", end, one.end())
    return per if per >= 0 and rate_base(body, one.end() - 1) is not None else -1


RE_ONE_TERM = re.compile(r"(?:one|1)(?![\w.,])", re.IGNORECASE)
RATIO_LEAD_WORDS = frozenset(
    "about nearly almost around roughly some only just of in with than and or".split()
)
RECORD_REACH = 16  # characters before a record's first term read for its verb of having


def sport_record(body: str, n_start: int, m_end: int) -> bool:
    """Whether "N in M" from `n_start` to `m_end` is a sports record of two counts (see
    RE_RECORD_GAMES_AFTER), not a ratio."""
    holder = RE_RECORD_HOLDER_BEFORE.search(body, max(0, n_start - RECORD_REACH), n_start)
    games = RE_RECORD_GAMES_AFTER.match(body, m_end)
    if games is not None and not RE_RATIO_VERB_AFTER.match(body, games.end()):
        # the record is a verb's object ("scored 6 in 8 games"), not a ratio opening its clause
        # ("Two in three races at the circuit are won from the front")
        verb = verb_before(body, n_start)
        return holder is not None or (
            bool(verb) and verb not in RATIO_LEAD_WORDS and not RE_ONE_TERM.match(body, n_start)
        )
    return bool(holder is not None and RE_RECORD_END.match(body, m_end))


def record_games(body: str, start: int, end: int) -> bool:
    """Whether a bare number word at start..end is the games of a sports record ("three wins in
    four.", "has 6 in eight for"): a count of games, with no noun after it."""
    if not body.endswith(" in ", 0, start):
        return False  # the cheap test first
    noun_ratio = RE_NOUN_RATIO_BEFORE.search(body, max(0, start - 40), start)
    if noun_ratio is not None and noun_ratio.group().split()[1].lower() in RESULT_NOUNS:
        return True
    ratio = RE_RATIO_BEFORE.search(body, max(0, start - 30), start)
    return ratio is not None and sport_record(body, ratio.start(), end)


# a count restated over another period after ", or" ("three capsules per dose, or six a day", "40
# visits a week, or about 160 a month"): a number word with no noun, then the period; "or two a
# day" alone with no count before it in the sentence is left as it was
RE_OR_BEFORE = re.compile(rf",\s+or\s+(?:(?:{N.alternation(APPROX_WORDS)})\s+)?\Z")
RESTATED_REACH = 60  # characters from the count before to ", or" at most


def restated_per_period(sc: Scanner, start: int, end: int) -> bool:
    """Whether a number word is a count restated per another period (see RE_OR_BEFORE)."""
    if not RE_PERIOD_AFTER.match(sc.body, end) or not RE_OR_BEFORE.search(sc.body, max(0, start - 20), start):
        return False
    last = sc.last_count
    return (
        count_in_sentence_before(sc, start)
        and last is not None
        and start - last.end <= RESTATED_REACH
        and last.unit in ("people", "count")
    )


# A count stated per span of time ("losing 17 people a day", "about 420 vehicles a day", "600
# migrants a month"): a rate, not a total; its subject carries the period as money's does
# ("(per day)"), so tables and charts can tell it from a sum. Not "a year ago" or "a day earlier"
# (a time), nor "a month of" (what it is of).
RE_COUNT_PERIOD_AFTER = re.compile(
    r"\s+(?:a|an|per|each|every)\s+(day|night|week|fortnight|month|year|hour)\b"
    r"(?![-’']|\s+(?:ago|earlier|later|before|after|of)\b)"
)


# ... the adjective of each span, which a subject may name it by already ("weekly runs of the ferry")
PERIOD_ADJECTIVES = {
    "day": ("daily",),
    "night": ("nightly",),
    "week": ("weekly",),
    "fortnight": ("fortnightly",),
    "month": ("monthly",),
    "year": ("yearly", "annual"),
    "hour": ("hourly",),
}


# ... and its earlier level after "from" or "against", the same subject ("cut sailings to 14 a day
# from 30 in 2019": 30 a day too)
RE_EARLIER_LEVEL_GAP = re.compile(r"\s+(?:from|against)\s+(?:(?:about|some|around|nearly)\s+)?")


def with_count_periods(figures: list[Figure], body: str) -> list[Figure]:
    """Counts stated per span of time, their subjects naming it ("people (per day)"), unless the
    subject names it already ("(per week)", "weekly runs", "anglers a day" read "anglers day");
    the earlier level right after such a count takes its period."""
    out: list[Figure] = []
    last: tuple[str, str, int] = ("", "", -1)  # the last count's period, its subject before, its end
    for fig in figures:
        m = RE_COUNT_PERIOD_AFTER.match(body, fig.end) if fig.kind == "count" else None
        period = m.group(1) if m is not None else ""
        if not period and fig.kind == "count" and fig.subject == last[1] and 0 <= last[2] <= fig.start:
            period = last[0] if RE_EARLIER_LEVEL_GAP.fullmatch(body, last[2], fig.start) else ""
        if period and "(per " not in fig.subject:
            lower = fig.subject.lower()
            if period not in lower.split() and not any(a in lower for a in PERIOD_ADJECTIVES[period]):
                last = (period, fig.subject, m.end() if m is not None else -1)
                fig = fig._replace(subject=f"{fig.subject} (per {period})".strip())
        out.append(fig)
    return out
