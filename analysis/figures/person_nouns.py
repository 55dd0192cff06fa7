"""Person nouns: whether the noun a count counts names persons, and in what role: person,
demonym and modifier nouns, courts and offences, firms and institutions, animals and goods, and
abbreviations defined in brackets ("the Kenya Wildlife Service (KWS)")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .. import currencies
from ..vocab import (
    ADJECTIVE_S_ENDING,
    AGED_GOODS,
    AGENT_PERSON_MODIFIERS,
    ANIMAL_NOUNS,
    ATTACK_NOUNS,
    CASED_GOODS,
    COMBAT_AIRCRAFT_MODIFIERS,
    COMBAT_AIRCRAFT_NAMES,
    COMBAT_AIRCRAFT_PREFIXES,
    COUNTRY_BLOCS,
    COURT_NOUNS,
    COURT_PARTICIPLES,
    CREW_LEVEL_NOUNS,
    FIRM_CONTRACTOR_MODIFIERS,
    FUNCTION_WORDS,
    HEALTH_COPY_WORDS,
    IRREGULAR_SINGULARS,
    MEMBER_INSTITUTION_NAMES,
    METRE_SIZED_NOUNS,
    NOT_PLURAL_S_ENDINGS,
    NOT_PLURAL_S_WORDS,
    OFFENCE_NOUNS,
    PARENT_NOUNS,
    PARLIAMENT_NOUNS,
    PENDING_TEST_WORDS,
    PEOPLE_GROUP_NOUNS,
    PEOPLE_NOUNS,
    PEOPLE_VERBS,
    PLURAL_MODIFIER_NOUNS,
    SCALED_COUNT_ABBREVIATIONS,
    SEATED_BODY_NOUNS,
    SHOP_MODIFIERS,
    SHOP_TRADE_PLURALS,
    VENUE_NOUNS,
    WEIGHED_GOODS,
)
from . import numbers as N
from . import unit_readings
from .words import (
    LABEL_LINE_OPENING_BEFORE,
    has_person_ending,
    is_agent_plural,
    names_persons,
    sentence_matches,
    text_fact,
)

if TYPE_CHECKING:
    from ..extract import Scanner

# (the accented letters of the Latin scripts inside a word: "five collèges", "one lycée", "three
# cafés" are counted by their noun; late-kinds13)
ACCENTED_LETTERS = "À-ÖØ-öø-ÿĀ-ſ"
RE_NEXT_WORD = re.compile(rf"\s*([A-Za-z][A-Za-z{ACCENTED_LETTERS}'’]*(?:-[A-Za-z{ACCENTED_LETTERS}]+)*)")
# what follows "5k" or "10K" when it is a race's distance, not thousands
RE_RACE_AFTER = re.compile(r"\s+(?:run|runs|race|races|walk|event|fun run)\b", re.IGNORECASE)
# "9,000 of its members", "300 of their drivers": digits that count part of what an owner has
OWNED_PARTS = (" of its ", " of their ", " of our ")


def abbreviation_ok(abbr: str, num: str, unit: str, body: str, end: int, plural_head: str = "") -> bool:
    """Whether a scale letter glued to a count means thousands, millions or billions: "M" and "K"
    always, "k" unless a race follows ("5k run"), "m" with decimals or people ("1.4m Afghans", not
    "400m hurdles"), before a plural noun nothing is measured by in metres ("4m customers", "30m
    shares", not "10m waves"), or a part of what an owner has ("12m of its shares"), "B", glued or
    after a space, with people ("8 B people", "1.5B users"). `plural_head`: the plural noun the
    number counts, if any."""
    if abbr.strip() == "B":
        return unit == "people"
    if abbr in "MK":
        return True
    if abbr == "k":
        return not RE_RACE_AFTER.match(body, end)
    return (
        "." in num
        or unit == "people"
        or body.startswith(OWNED_PARTS, end)
        or bool(plural_head)
        and plural_head.lower() not in METRE_SIZED_NOUNS
    )


# a number word, then a verb saying what happened to people ("nine were still missing", "two
# were arrested", "four died", "38 have died"): the number counts people (PEOPLE_VERBS, plus
# PEOPLE_STATES); or "were" and a people noun ("three were children") or a nationality ending
# its clause ("five are Colombian and three Dutch"); or "who" ("3,000 who lost their homes")
PEOPLE_STATES = frozenset(
    "missing hurt diagnosed infected treated hospitalised hospitalized admitted discharged airlifted".split()
) | {
    r"taken\s+to\s+hospital",
    r"aged(?=\s+(?:\d|over|under|between|from))",  # "and 97,000 are aged 100 or older": persons of an age
}
# ... or a verb only people do, in the past ("About 600 marched", "Only 17 turned up")
PEOPLE_ACTS = (
    "marched",
    "protested",
    "demonstrated",
    "gathered",
    "fled",
    "queued",
    r"turned\s+(?:up|out)",
    r"showed\s+up",
    "attended",
    "waited",  # "98,300 have waited over 18 months": patients on a list
    r"tested\s+(?:positive|negative)",  # "A further 19 tested positive": persons tested
    "resigned",
    "enrolled",
    "graduated",
    # "Of these, 18 209 passed": those who sat an examination ("of the 12 bills, 9 passed" names
    # its bills first)
    "passed",
    "volunteered",
    "testified",
    r"took\s+part",
    # "61,000 of the 402,000 registered there took part", "of the 77,000 registered, 41,300 voted":
    # the registered voters, the noun left out (a noun after it names what was registered: "1,200
    # registered charities")
    r"registered(?=\s*[,.;:]|\s+(?:there|here|abroad|to\s+vote|voted|took|turned|cast|went|did)\b)",
    # "killing all 67 on board", "the 212 aboard": persons carried, the noun left out
    r"on\s+board(?!\s+(?:of\s+)?(?:directors|meeting|level))",
    r"aboard",
    # "1,400 on its list", "2,000 on the waiting list": the persons a list holds ("the list of"
    # names its things)
    r"on\s+(?:its|the|their)\s+(?:waiting\s+)?lists?(?!\s+of\b)",
    # "with 30,000 expected at the stadium", "6,000 are expected to attend": persons awaited
    r"(?:(?:were|are|is|was)\s+)?expected\s+(?:at(?=\s+(?:the\s+)?[A-Za-z])|to\s+(?:attend|turn\s+out|take\s+part|march|gather|watch))",
    # "the 19 arrested", "12 killed in ...": a verb done to persons, its participle right after
    "arrested",
    "killed",
    "injured",
    "wounded",
    "detained",
    "kidnapped",
    "abducted",
)
NATIONALITY = r"[A-Z][a-z]+(?:an|ish|ese|ch|i)"
# one word that may stand before the people a count is said to be ("are single parents"), never a
# preposition or an adverb ("were in children" counts cases among children, "are not residents")
ADJECTIVE_SLOT = (
    r"(?!(?:in|of|at|on|by|for|with|from|to|among|not|also|still|now|all|both|mostly|mainly)\b)[a-z]+\s+"
)
RE_PEOPLE_STATE_AFTER = re.compile(
    rf"\s+(?:who|(?:have\s+|had\s+)?(?:died|drowned|{'|'.join(PEOPLE_ACTS)})|(?:were|are|was|have been|had been)\s+(?:still\s+|later\s+|also\s+)?"
    rf"(?:{'|'.join(sorted(PEOPLE_VERBS | PEOPLE_STATES))})"
    # "120 are women", "1,200 are single parents", "40 were retired teachers": one adjective may
    # stand before the people they are (not their owner: "1,200 were children's titles" are things)
    rf"|(?:were|are)\s+(?:{ADJECTIVE_SLOT})?(?:{'|'.join(sorted((w for w in PEOPLE_NOUNS if w.islower()), key=len, reverse=True))})(?![’'])"
    rf"|(?:were|are)\s+{NATIONALITY}(?=\s*(?:[,.;]|and\s|or\s))"
    # "forced 400 from their homes": persons driven out
    r"|(?:from|out\s+of)\s+their\s+(?:homes|houses|villages))\b"
)
# the people a bare count is said to be ("120 are women", "350 were retired teachers"), for its subject
RE_PEOPLE_PREDICATE = re.compile(
    rf"\s+(?:were|are)\s+((?:{ADJECTIVE_SLOT})?(?:{'|'.join(sorted((w for w in PEOPLE_NOUNS if w.islower()), key=len, reverse=True))}))\b(?![’'])"
)
# ... or a plural that names persons by its end, not listed ("22,500 are centenarians", "40 were
# trained paramedics"): words.has_person_ending decides the noun
RE_PLURAL_PREDICATE = re.compile(rf"\s+(?:were|are)\s+((?:{ADJECTIVE_SLOT})?([a-z]{{4,}}s))\b(?![’'-])")
PREDICATE_REACH = 40  # characters after a bare count read for the people it is said to be


def people_predicate(body: str, end: int) -> str:
    """The people a bare count ending at `end` is said to be, "were" or "are" then a person's noun
    ("120 are women", "22,500 are centenarians"), its adjective kept; or ""."""
    named = RE_PEOPLE_PREDICATE.match(body, end, end + PREDICATE_REACH)
    if named is not None:
        return named.group(1)
    plural = RE_PLURAL_PREDICATE.match(body, end, end + PREDICATE_REACH)
    return plural.group(1) if plural is not None and has_person_ending(plural.group(2)) else ""


# ... or a count with decimals per one thing ("0.31 chicks per nest", "1.3 lambs per ewe this
# spring", "2.4 calves per breeding cow", "1.7 tourists per resident each year"): no count of things
# has decimals, so it is a rate per that thing, whatever the thing; the thing is one or two words
# that end their phrase
RATE_THING_FOLLOWERS = "|".join(
    sorted(FUNCTION_WORDS | {"last", "next", "well", "across", "over", "since", "each", "every"})
)


def is_person_noun(noun: str) -> bool:
    """Whether a singular noun names a person ("teacher", "nurse", "officer"), by its plural in
    PEOPLE_NOUNS."""
    return noun in PEOPLE_NOUNS and not noun.endswith("s") or f"{noun}s" in PEOPLE_NOUNS


# ... or things counted per a round base of other things ("2.8 nurses per 10 beds", "13.5 births
# per 1,000 girls", "6 crashes for every 100,000 flights"): with the counted noun named, or with
# decimals, which no count has, a rate of the first over the second, its base no figure (a bare
# whole number, "hired 40 per 1,000 applicants", stays two counts)
RE_PER_ROUND_BASE = re.compile(
    r"\s+(?:per|for\s+every|in\s+every)\s+(?P<base>1,000,000|100,000|10,000|1,000|1000000|100000|10000|1000|100|10"
    r"|1 million|million)"
    rf"\s+(?P<pop>(?:(?!(?:{RATE_THING_FOLLOWERS})\b)[a-z]+[ -]){{0,2}}(?!(?:{RATE_THING_FOLLOWERS})\b)[a-z]{{2,}}s)"
    r"(?![\w'’-])(?P<head>)"
)
# A fact box's line of a statistic listed per team ("Corners: Celtic 11, Rangers 4", "Rebounds:
# Lakers 51, Celtics 44", "Yellow cards: Arsenal 3, Chelsea 5"), read up to a team's name before
# its number: the label names a game's statistic, so a name like "Rangers" is a team's, not persons
TEAM_STAT_LABEL_WORDS = (
    "corners|fouls|shots|cards|tackles|rebounds|assists|saves|offsides|turnovers|steals|blocks|aces"
    "|penalties|kicks|points|goals|tries|sacks|yards|downs|errors|hits|wickets|boundaries|sixes"
    "|fours|passes|crosses|interceptions|clearances|rushes|possessions|conversions|lineouts|scrums"
)
# ... the line read up to a team's name before its number; the label opens a line or a sentence
# of its own ("HT Malindi 1-0 Mwembe. Possession: Malindi 58 per cent. Shots: Malindi 7, Mwembe
# 4"): the label names the count, so a percent or a unit before it is no parallel to carry
RE_TEAM_STAT_LINE_BEFORE = re.compile(
    rf"(?:{LABEL_LINE_OPENING_BEFORE}|[.!?;][ \t]+)(?:[A-Za-z]+[ \t]+){{0,3}}"
    rf"(?i:{TEAM_STAT_LABEL_WORDS})(?:[ \t]+(?:on|off)[ \t]+target)?:[ \t]+"
    r"(?:[A-Z][\w'’.&-]*(?:[ \t]+[A-Z][\w'’.&-]*){0,2}[ \t]+\d{1,4},[ \t]+)*"
    r"[A-Z][\w'’.&-]*(?:[ \t]+[A-Z][\w'’.&-]*){0,2}[ \t]+\Z"
)
TEAM_STAT_LINE_REACH = 80  # characters before a number read for its statistic's label and team


def team_stat_number(body: str, start: int) -> bool:
    """Whether the number at `start` follows a team's name in a statistic's line ("Corners: Celtic
    11, Rangers 4"): a team's count (rules, table 4)."""
    return RE_TEAM_STAT_LINE_BEFORE.search(body, max(0, start - TEAM_STAT_LINE_REACH), start) is not None


# An abbreviation the article defines in brackets after its words, the first a scale word
# ("2.1 million passengers per year (mppy)"): after a number it stands for those words, so "4
# mppy" counts 4 million passengers.
RE_LOWER_ABBREVIATION = re.compile(r"\s([a-z]{2,6})\b")
RE_BRACKETED_ABBREVIATION = re.compile(r"\(([a-z]{2,6})\)")
ABBREVIATION_REACH = 80  # characters before the bracket read for the words it abbreviates


def bracketed_abbreviations(sc: Scanner) -> dict[str, int]:
    """Where each lower-case abbreviation in brackets ("(mppy)") first stands in the article, read
    once per article (asked for every number followed by a short word: a search of the whole body
    each time would make the time grow with the square of the article's length)."""
    if sc.abbreviations is None:
        found: dict[str, int] = {}
        body = sc.body
        at = body.find("(")  # brackets are few: find them first, then try the pattern at each
        while at >= 0:
            if m := RE_BRACKETED_ABBREVIATION.match(body, at):
                found.setdefault(m.group(1), at)
            at = body.find("(", at + 1)
        sc.abbreviations = found
    return sc.abbreviations


RE_KNOWN_ABBREVIATION = re.compile(rf"\s({'|'.join(SCALED_COUNT_ABBREVIATIONS)})\b")


def defined_abbreviation(sc: Scanner, end: int) -> tuple[str, str, int] | None:
    """(scale word, counted noun, where the abbreviation ends) for an abbreviation right after a
    number ending at `end` that the article defines in brackets after a scale word, or None."""
    known = RE_KNOWN_ABBREVIATION.match(sc.body, end)
    if known is not None:  # "20 mppa": an abbreviation news uses undefined
        scale_word, noun = SCALED_COUNT_ABBREVIATIONS[known.group(1)]
        return scale_word, noun, known.end()
    m = RE_LOWER_ABBREVIATION.match(sc.body, end)
    if m is None:
        return None
    abbr = m.group(1)
    at = bracketed_abbreviations(sc).get(abbr, -1)
    if at < 0:
        return None
    words = sc.body[max(0, at - ABBREVIATION_REACH) : at].split()[-len(abbr) :]
    if len(words) != len(abbr) or "".join(w[0] for w in words).lower() != abbr:
        return None
    if words[0].lower() not in N.SCALE_WORDS or len(words) < 2 or unit_readings.measure_of(words[1]):
        return None  # "8 mtpa" (million tonnes): a measurement, read as stated, not a count
    return words[0].lower(), words[1], m.end()


def plural_noun(word: str) -> bool:
    """Whether a lower-case word reads as a plural noun ("households", "women"; not "has")."""
    return word in IRREGULAR_SINGULARS or (
        word.endswith("s") and not word.endswith("ss") and len(word) > 3 and not is_s_adjective(word)
    )


def is_s_adjective(word: str) -> bool:
    """Whether a lower-case word ending in "s" is an adjective or another singular, no plural
    ("overseas", "religious", "measles", "hepatitis")."""
    return (
        word in NOT_PLURAL_S_WORDS or word.endswith(ADJECTIVE_S_ENDING) or word.endswith(NOT_PLURAL_S_ENDINGS)
    )


# Verbs that often follow a bare count ("840,000 hold cards"): the noun phrase has ended.
VERBS_AFTER_COUNTS = frozenset(
    """hold holds remain remained returned fled died crossed arrived left work worked
    need needs received receive stay stayed face faced visited attended voted applied""".split()
)
# Prepositions and quantifiers that end the noun phrase after a count ("12 attacks since", "5 more");
# the prepositions of place no noun takes as a modifier too ("four behind leaders Arsenal": a
# margin, not leaders counted)
PHRASE_END_WORDS = frozenset(
    """through across due after before during since under over into while including last more less
    most many some all few several behind ahead beyond beneath among amid within without toward
    towards despite""".split()
)
# Every word that ends the noun phrase after a count: one table for count_unit_after.
NOUN_PHRASE_ENDS = FUNCTION_WORDS | VERBS_AFTER_COUNTS | PHRASE_END_WORDS
RE_NEXT_LOWER = re.compile(r"\s+([a-z]+)")
# "one in five adults", "1 in 10", "three out of four", "one in every 23": a ratio, neither number a
# count
# ("1 in 10." and "1 in 10, officials said" end the ratio; "1 in 10,500" goes on)
SMALL = rf"(?:\d{{1,3}}(?!\d|[.,]\d)|{N.WORD_NUMBER}\b)"
# (not the second number of a score: "won 5-3 in 11 innings" counts the innings)
RE_RATIO_BEFORE = re.compile(
    rf"(?<![\w.,\-–])(?P<n>{SMALL}|\d{{1,2}}\.\d{{1,2}}(?=\s+out))\s+(?:in|out of)\s+(?:every\s+)?\Z",
    re.IGNORECASE,
)
RE_NOUN_RATIO_BEFORE = re.compile(
    rf"(?<![\w.,])(?P<n>{SMALL})\s+[a-z]{{3,}}s\s+(?:in|out of)\s+\Z", re.IGNORECASE
)
# "one" and its noun, then "for every" or "per" and a number ("one nurse for every 250 patients", "one
# police officer for every 720 residents", "one doctor per 4,300 people"): the rate's term, no count
# (before a noun, "one point for every draw", it is the rate per draw, above)
RE_ONE_NOUN_FOR_EVERY = re.compile(r"\s+(?:[a-z]+[ -]){0,2}?[a-z]+\s+(?:for\s+every|per)\s+\d")
RESULT_NOUNS = frozenset("wins victories defeats losses draws goals tries".split())
# a range of times right after a verb of growth, ending its clause ("sales could grow five to seven
# times.", "may rise three to four times by 2030,"): how many times bigger, a multiple (rules, table
# 8); a single number there may count occasions ("rates rose five times."), so only a range is read
RE_VERB_BEFORE = re.compile(r"\b([a-z]+)\s+\Z")  # the lower-case word right before a number
VERB_BEFORE_REACH = 16  # characters back from a number read for that word


def verb_before(body: str, start: int) -> str:
    """The lower-case word right before a number starting at `start` (RE_VERB_BEFORE), or ""."""
    verb = RE_VERB_BEFORE.search(body, max(0, start - VERB_BEFORE_REACH), start)
    return verb.group(1) if verb is not None else ""


def is_demonym_plural(word: str) -> bool:
    """Capitalised plural nationality and city words count people: Americans, Pakistanis, Iraqis,
    Chinese, Filipinos; Muscovites; a known place with "-ers" or "-rs" (Londoners, Praguers, Icelanders;
    not "Dreamliners", whose stem is no place); and any word with an end of PEOPLE_ENDINGS."""
    if has_person_ending(word.lower()):
        return True  # (not a demonym: persons by their trade or role, or what they go to)
    if not (word[:1].isupper() and word[1:].islower()) or word.lower() in FUNCTION_WORDS:
        return False  # ("This week the total rose to 118": a determiner opening its sentence)
    if word.endswith("is") and currencies.is_place(word) and not currencies.is_place(word[:-1]):
        return False  # "the 1998 Paris Masters", "Tunis": a city's name, no plural of its people
    if word.endswith(("ans", "anis", "is", "ese", "inos", "ites")):
        return True
    return word.endswith("ers") and (currencies.is_place(word[:-3]) or currencies.is_place(word[:-2]))


RE_JOINED_MODIFIER_HEAD = re.compile(r"\s+[A-Za-z]+\s+([a-z]+)")


def joined_modifier_head(after: str, pos: int) -> bool:
    """Whether another modifier, then a plural or a persons' noun, follows an "and" or "or" ending at
    `pos` in `after` ("Mathematics and Science teachers"): one noun phrase with two modifiers."""
    head = RE_JOINED_MODIFIER_HEAD.match(after, pos)
    return head is not None and (head.group(1) in PEOPLE_NOUNS or plural_noun(head.group(1)))


def is_modifier_noun(word: str, after: str) -> bool:
    """A counted noun used as a modifier of the next one ("militant attacks", "police officers"),
    or the singular of a people noun before a compound whose head is plural ("three refugee support
    centres", "12 student loan accounts": a count above one counts no singular person), or a noun
    kept plural as a modifier before a plural (vocab.PLURAL_MODIFIER_NOUNS: "120 claims handlers")."""
    following = RE_NEXT_LOWER.match(after)
    if not following:
        return False
    nxt = following.group(1)
    if word in PLURAL_MODIFIER_NOUNS and nxt in ("and", "or"):
        return joined_modifier_head(after, following.end())  # "Mathematics and Science teachers"
    if word in PLURAL_MODIFIER_NOUNS:
        return nxt in PEOPLE_NOUNS or plural_noun(nxt)  # "120 claims handlers", "40 customs officers"
    if word.endswith("s"):
        return False
    if nxt in PEOPLE_NOUNS or nxt in ATTACK_NOUNS or nxt.endswith("s"):
        return True
    if word + "s" not in PEOPLE_NOUNS or nxt in FUNCTION_WORDS or nxt in NOUN_PHRASE_ENDS:
        return False
    head = RE_NEXT_LOWER.match(after, following.end())
    return head is not None and plural_noun(head.group(1))


# what ends the noun phrase of "one <noun>" right after the noun: punctuation, or a verb or
# preposition that opens what follows ("with one surety.", "one witness was heard"); not a verb of
# saying ("One analyst said": a source in the article's sense, no count)
RE_SINGULAR_PHRASE_END = re.compile(
    r"[.,;:!?)]|\s+(?:was|is|has|had|who|and|or|in|on|at|for|of|to|from|with|by|each|apiece"
    r"|must|will|would|can|could|should|may|might)\b"  # "One surety must sign", "with one escort each"
    r"|\s+(?!(?:housing|building|training|boarding|parking|planning|funding)\b)[a-z]{2,}ing\b"
)  # ... or a participle after it ("with one member preferring a cut"), not a noun in -ing


def person_singular(body: str, end: int, lower: str, pos: int, modifier: str = "") -> bool:
    """Whether "one" (ending at `end`) and a singular noun (ending at `pos`) that ends its phrase
    count a person: the noun's regular plural counts people ("with one surety", "one witness was
    heard": the tables list many person nouns in the plural only); after a `modifier` of how
    persons are engaged (vocab.AGENT_PERSON_MODIFIERS: "one part-time technician", "one full-time
    conservator"; late-kinds13) a doer's noun too."""
    if not body.endswith(("one", "One", " 1"), 0, end):
        return False
    if not lower.isalpha() and "-" not in lower or lower.endswith("s") and not lower.endswith("ss"):
        return False
    if not RE_SINGULAR_PHRASE_END.match(body, pos):
        return False
    if lower.endswith("y") and lower[-2:-1] not in ("a", "e", "i", "o", "u", ""):
        plural = lower[:-1] + "ies"
    elif lower.endswith("child"):
        plural = lower + "ren"  # "one great-grandchild" (late-lists10)
    elif lower.endswith(("ss", "x", "ch", "sh")):
        plural = lower + "es"
    else:
        plural = lower + "s"
    if lower.startswith("great-"):
        plural = plural.rsplit("-", 1)[-1]  # "one great-grandson": a grandson's generation
    if modifier:
        return modifier in AGENT_PERSON_MODIFIERS and (names_persons(plural) or is_agent_plural(plural))
    return names_persons(plural)  # "one peacekeeper", "one machinist"


# an aircraft's model code: letters, a hyphen and digits ("F-16", "Su-30MKI", "JF-17", "B-52"), or
# a combat aircraft's letters glued to its digits (vocab.COMBAT_AIRCRAFT_PREFIXES: "J20", "Su30MKI")
RE_AIRCRAFT_CODE = re.compile(
    r"(?<![\w-])(?:[A-Z][A-Za-z]{0,2}-|"
    + "|".join(COMBAT_AIRCRAFT_PREFIXES)
    + r")\d{1,3}[A-Za-z]{0,3}(?![\w-])"
)


def aircraft_model_before(body: str, end: int, noun_start: int) -> bool:
    """Whether the words between a number ending at `end` and "fighters" or "bombers" starting at
    `noun_start` name an aircraft (vocab.AIRCRAFT_PERSON_NOUNS): a model's code, a maker's or
    model's name or a jet's word, so combat aircraft are counted, not persons."""
    between = body[end:noun_start]
    if RE_AIRCRAFT_CODE.search(between):
        return True
    words = between.split()
    return not (
        COMBAT_AIRCRAFT_NAMES.isdisjoint(words)
        and COMBAT_AIRCRAFT_MODIFIERS.isdisjoint(w.lower() for w in words)
    )


def name_before_persons(word: str, body: str, pos: int) -> bool:
    """Whether a capitalised plural is a body's or a team's name before a people noun that it
    modifies ("The 10 States members", "40 Rangers fans"): the persons are counted."""
    following = RE_NEXT_LOWER.match(body, pos, pos + 32)
    return (
        word[:1].isupper()
        and word[1:].islower()
        and following is not None
        and following.group(1) in PEOPLE_NOUNS
    )


# Strikes of workers, not of weapons: a word of work or pay in the clause before the count, or
# "hunger" or "general" before the noun ("rail workers have held 12 strikes", "three hunger
# strikes"): things counted, not attacks.
RE_LABOUR_CUE = re.compile(
    r"\b(?:workers?|unions?|staff|employees|nurses|doctors|teachers|drivers|pilots|miners|pay|wages?|"
    r"walkouts?|industrial|hunger|general|bowler|bowled)\b",
    re.IGNORECASE,
)
LABOUR_REACH = 80  # characters before the count read for a word of work or pay


def labour_strikes(body: str, end: int, noun_end: int) -> bool:
    """Whether "strikes" ending at `noun_end`, counted by a number ending at `end`, are workers'
    strikes (see above)."""
    clause = body[max(0, end - LABOUR_REACH) : noun_end]
    marks = list(RE_CLAUSE_MARK.finditer(clause))
    if marks:
        clause = clause[marks[-1].end() :]
    return RE_LABOUR_CUE.search(clause) is not None


# "of OPEC+", "of the bloc": a group of countries, ending its noun phrase (not "of NATO's staff")
RE_OF_COUNTRY_BLOC = re.compile(
    r"\s+of\s+(?:the\s+)?(?:" + "|".join(map(re.escape, COUNTRY_BLOCS)) + r")(?![\w'’+-])"
)
# "members of the group": the bloc the article has just named ("OPEC+ ... eight members of the group")
RE_OF_THE_GROUP = re.compile(r"\s+of\s+the\s+(?:group|organi[sz]ation)(?![\w'’-])")
RE_NAMED_BLOC = re.compile(
    r"(?<![\w-])(?:" + "|".join(re.escape(b) for b in COUNTRY_BLOCS if b[0].isupper()) + r")(?![\w'’-])"
)
BLOC_REACH = 1500  # how far back the bloc "the group" stands for is looked for


def of_country_bloc(body: str, end: int, limit: int) -> re.Match[str] | None:
    """The "of OPEC+" or "of the bloc" after "members" ending at `end`, or "of the group" when the
    text just before names a group of countries; None otherwise."""
    found = RE_OF_COUNTRY_BLOC.match(body, end, limit)
    if found is None and body.startswith(" of the ", end):
        found = RE_OF_THE_GROUP.match(body, end, limit)
        if found is not None and RE_NAMED_BLOC.search(body, max(0, end - BLOC_REACH), end) is None:
            return None
    if found is not None and RE_PEOPLE_STATE_AFTER.match(body, found.end(), found.end() + 40):
        return None  # "three members of the alliance were arrested": people
    return found


# "its 141", "their 24", "the bloc's 27": an owner right before the number of members it has
RE_OWNER_BEFORE_NUMBER = re.compile(r"(?:\b(?:its|their)|(?P<owner>\b[A-Za-z+]+)['’]s?)\s+[\w,.]+\Z")
OWNER_REACH = 150  # how far back in its sentence an owner's name is read


def institution_owns(body: str, s_start: int, end: int) -> bool:
    """Whether the members counted by the number ending at `end` belong to an institution whose
    members are institutions: a possessive right before the number ("72 of its 141 members") and,
    before it in the sentence, a group of countries (COUNTRY_BLOCS) or a name holding a plural
    that names what its members are (MEMBER_INSTITUTION_NAMES: "Universities UK")."""
    owner = RE_OWNER_BEFORE_NUMBER.search(body, max(s_start, end - 40), end)
    if owner is None:
        return False
    if owner.group("owner") and owner.group("owner") in COUNTRY_BLOCS:
        return True  # "the bloc's 27 members", "OPEC's 13 members"
    window = body[max(s_start, owner.start() - OWNER_REACH) : owner.end()]
    if RE_NAMED_BLOC.search(window):
        return True
    return any(word in MEMBER_INSTITUTION_NAMES for word in RE_CAPITALISED.findall(window))


RE_CAPITALISED = re.compile(r"\b[A-Z][a-z]+")


RE_OF_TWO_WORDS = re.compile(r"\s+of\s+([a-z]+)(?:\s+([a-z]+))?")


RE_WORD_AFTER = re.compile(r"\s+([a-z]+)")
RE_COURT_WORD = re.compile(rf"\b(?:{'|'.join(sorted(COURT_NOUNS))})\b")
RE_HEALTH_WORD = re.compile(rf"\b(?:{'|'.join(sorted(HEALTH_COPY_WORDS))})\b")


# the cheap test before RE_COURT_WORD: the court nouns no shorter one begins ("court", not "courts";
# "jury" and "juries"), read from vocab.COURT_NOUNS, not typed again
COURT_STEMS = tuple(
    sorted(n for n in COURT_NOUNS if not any(m != n and n.startswith(m) for m in COURT_NOUNS))
)


def court_copy(sc: Scanner) -> bool:
    """Whether the text is court copy: it names a court or its officers twice or more and no word
    of health copy (vocab.HEALTH_COPY_WORDS), so its cases are lawsuits or prosecutions."""

    def fact() -> bool:
        if not any(word in sc.lower for word in COURT_STEMS):
            return False  # the cheap test first: most texts name no court
        courts = RE_COURT_WORD.finditer(sc.lower)
        return (
            next(courts, None) is not None
            and next(courts, None) is not None
            and not RE_HEALTH_WORD.search(sc.lower)
        )

    return text_fact(sc, "court copy", fact)


# the least text whose silence on health says its "cases" are no patients (a few sentences); a
# shorter text or a lone sentence ("Their 12 H5N1 cases were confirmed") keeps them patients
HEALTH_SILENCE_MIN_CHARS = 600


def health_copy(sc: Scanner) -> bool:
    """Whether the text says any word of health copy (vocab.HEALTH_COPY_WORDS) or is too short to
    tell; a longer text without one has no disease cases, its "cases" are files, offences or
    incidents counted ("These three cases" of an ombudsman, "1,487 cases" of open burning; rules,
    table 4)."""
    return text_fact(
        sc,
        "health copy",
        lambda: len(sc.lower) < HEALTH_SILENCE_MIN_CHARS or RE_HEALTH_WORD.search(sc.lower) is not None,
    )


# a law that cases are registered under ("under the Penal Code", "under Section 302", "under the
# NDPS Act"): offences, not patients ("cases under treatment", "under investigation" are neither)
RE_LAW_AFTER = re.compile(
    r" under\s+(?:the\s+)?(?:[A-Za-z]+\s+)?(?:penal|criminal|[Pp]enal|[Ss]ections?|[Aa]rticles?|[Aa]ct|[Ll]aw|[Cc]ode)\b"
)


def offence_after(body: str, end: int) -> bool:
    """Whether "of" and an offence (OFFENCE_NOUNS) follow "cases" ending at `end`, or a participle
    of a court's work ("cases heard", COURT_PARTICIPLES)."""
    if _court_named_after(body, end):
        return True  # "the 90 cases it took to court", "cases sent to magistrates"
    if body.startswith(" under ", end) and RE_LAW_AFTER.match(body, end, end + 40):
        return True  # "3.4 lakh cases under the penal code", "cases under Section 498A": offences
    found = RE_OF_TWO_WORDS.match(body, end, end + 40)
    if found is None:
        word = RE_WORD_AFTER.match(body, end, end + 16)
        if word is not None and word.group(1) in ("remain", "remained", "are", "were", "still"):
            word = RE_WORD_AFTER.match(body, word.end(), word.end() + 16)  # "480 cases remain pending"
        if word is not None and word.group(1) == "pending":  # "cases pending" in a court, not a lab
            test = RE_WORD_AFTER.match(body, word.end(), word.end() + 16)
            return test is None or test.group(1) not in PENDING_TEST_WORDS
        return word is not None and word.group(1) in COURT_PARTICIPLES
    return not OFFENCE_NOUNS.isdisjoint(found.groups())


def disease_after(body: str, end: int) -> bool:
    """Whether "of" and a word of health copy (vocab.HEALTH_COPY_WORDS: "cholera", "dengue")
    follow "cases" ending at `end`: patients, whoever reports them."""
    found = RE_OF_TWO_WORDS.match(body, end, end + 40)
    return found is not None and not HEALTH_COPY_WORDS.isdisjoint(found.groups())


# Individuals are animals, things counted (`count`; rules, table 4), in a sentence that names an
# animal (vocab.ANIMAL_NOUNS, a singular or a plural, a bird's compound: "seabirds"), a species,
# wildlife, a colony, breeding, nesting or a habitat, or in a text that names species ("the colony held 11 species"); persons when asked,
# polled or described ("individuals questioned by the pollster", "individuals who", "aged").
RE_ANIMAL_NAMED = re.compile(
    rf"\b(?:(?:{N.alternation(ANIMAL_NOUNS)})(?:s|es)?|species|wildlife|[a-z]*birds?"
    r"|colony|colonies|breeding|nesting|habitats?)\b"
)
RE_PERSONS_AFTER = re.compile(rf"\s+(?:who|whom|aged|questioned|asked|{N.alternation(PEOPLE_VERBS)})\b")


# a bare count said to be of a nationality right after a count of things in its sentence or the
# one before ("It holds 1,214 coins. Most are Arab dirhams, but 212 are German"; "five are
# Colombian" of passengers stays persons): the things, by where they come from (late-kinds11)
RE_NATIONALITY_AFTER = re.compile(rf"\s+(?:were|are)\s+{NATIONALITY}(?=\s*(?:[,.;]|and\s|or\s))")
NATIONALITY_THINGS_REACH = 240  # characters back the count of things may end


def things_of_a_nationality(sc: Scanner, start: int, end: int) -> bool:
    """Whether a bare count from `start` to `end` said to be of a nationality counts the things of
    the count just before it (above)."""
    last = sc.last_count
    if (
        last is None
        or last.unit != "count"
        or last.end > start
        or start - last.end > NATIONALITY_THINGS_REACH
    ):
        return False
    if RE_NATIONALITY_AFTER.match(sc.body, end, end + 40) is None:
        return False
    opened = sc.sentence_bounds(start)[0]
    return last.start >= (sc.sentence_bounds(opened - 1)[0] if opened else 0)


# persons' words that name animals too, by their age or sex, as a bare count's predicate ("Of the
# 80 turtles tagged, 46 were juveniles"): animals in a sentence that names one (RE_ANIMAL_NAMED)
ANIMAL_SHARED_NOUNS = frozenset("juveniles adults individuals females males".split())


def animals_said(sc: Scanner, end: int) -> bool:
    """Whether a bare count ending at `end` is said to be juveniles, adults, females or males
    (ANIMAL_SHARED_NOUNS) in a sentence that names an animal (RE_ANIMAL_NAMED)."""
    said = RE_PEOPLE_PREDICATE.match(sc.body, end, end + 40)
    return (
        said is not None
        and said.group(1).split()[-1] in ANIMAL_SHARED_NOUNS
        and sentence_matches(sc, end, RE_ANIMAL_NAMED)
    )


def animal_individuals(sc: Scanner, start: int, end: int) -> bool:
    """Whether "individuals" ending at `end`, counted by the number ending at `start`, are animals
    (above)."""
    if RE_PERSONS_AFTER.match(sc.body, end) or sc.body.startswith((" of whom", " of which"), end):
        return False
    return sentence_matches(sc, start, RE_ANIMAL_NAMED) or text_fact(
        sc, "names species", lambda: "species" in sc.lower
    )


# "of" and the whole words after it ("water-borne" is no word of them)
RE_OF_PHRASE_AFTER = re.compile(r"\s+of\s+([a-z]+(?![\w-])(?:\s+[a-z]+(?![\w-])){0,3})")
CASED_GOODS_HEADS = CASED_GOODS | WEIGHED_GOODS | AGED_GOODS


def cased_goods_after(body: str, end: int) -> bool:
    """Whether "of" and goods (vocab.CASED_GOODS, WEIGHED_GOODS, AGED_GOODS) as the head of their
    noun phrase follow "cases" ending at `end`: packs counted ("1,200 cases of bottled water"), not
    patients ("cases of food poisoning", "cases of chicken pox": the head is the illness)."""
    found = RE_OF_PHRASE_AFTER.match(body, end)
    if found is None:
        return False
    words = found.group(1).split()
    for i, word in enumerate(words):
        if word in NOUN_PHRASE_ENDS:
            return False
        if word in CASED_GOODS_HEADS and (i + 1 == len(words) or words[i + 1] in NOUN_PHRASE_ENDS):
            return True
    return False


COURT_AFTER_REACH = 40  # characters after "cases" read for the court its clause sends them to


def _court_named_after(body: str, end: int) -> bool:
    """Whether the clause right after "cases" (up to a clause mark, within COURT_AFTER_REACH)
    names a court or its officers ("cases it referred to the courts", "cases brought before
    magistrates"): lawsuits or prosecutions, not patients."""
    window = body[end : end + COURT_AFTER_REACH]
    mark = RE_CLAUSE_MARK.search(window)
    if mark is not None:
        window = window[: mark.start()]
    return not COURT_NOUNS.isdisjoint(w.lower() for w in RE_LETTER_WORD.findall(window))


OFFENCE_REACH = 60  # characters before a count of cases read for the offence its clause names
# a comma or stop before a digit groups the number's own digits ("4,170 cases"): no clause ends there
RE_CLAUSE_MARK = re.compile(r"[;:()]|[,.](?!\d)")


def offence_before(body: str, end: int, noun_start: int) -> bool:
    """Whether an offence or a court (OFFENCE_NOUNS) is named between "cases" starting at
    `noun_start` and the clause start before the number ending at `end` ("12 fraud cases",
    "bicycle theft fell 27 per cent to 63 cases"), not across a comma ("Despite fraud
    claims, the ministry reported 300 cases")."""
    window = body[max(0, end - OFFENCE_REACH) : noun_start]
    marks = list(RE_CLAUSE_MARK.finditer(window))
    if marks and marks[-1].group() == "," and window.startswith(" with ", marks[-1].end()):
        marks.pop()  # "Fraud losses reached £1.17bn, with 3.3 million cases": "with" goes on with the clause
    if marks:
        window = window[marks[-1].end() :]
    return not OFFENCE_NOUNS.isdisjoint(w.lower() for w in RE_LETTER_WORD.findall(window))


RE_LETTER_WORD = re.compile(r"[A-Za-z]+")

COURT_VERB_REACH = 60  # characters before a count of cases read for a court's verb
# a court's verb (vocab.COURT_PARTICIPLES) right before the number: "had disposed of 318 cases",
# "heard 214 cases" are a court's cases (`count`), not patients
RE_COURT_VERB_BEFORE = re.compile(
    rf"\b(?:{'|'.join(sorted(COURT_PARTICIPLES))})(?:\s+of)?"
    r"\s+(?:(?:some|about|around|nearly|almost|over|more\s+than|another|a\s+further)\s+)?[\w,.]+\Z"
)


def court_verb_before(body: str, end: int) -> bool:
    """Whether a court's verb ("disposed of", "heard") stands right before the number ending at
    `end` that counts cases."""
    return RE_COURT_VERB_BEFORE.search(body, max(0, end - COURT_VERB_REACH), end) is not None


# the compound nouns that count persons only when the noun they describe says so: a venue's seats
# (vocab.VENUE_NOUNS: "the 18,000-seat stadium") and a group's members (PEOPLE_GROUP_NOUNS but not
# SEATED_BODY_NOUNS: "the 164-member delegation", not "a nine-member committee")
# ("-seater" counts seats as "-seat" does: "a 12-seater Cessna" its seats, "a 5,000-seater
# stadium" the persons it holds); before a venue's name the compound counts its seats ("the
# 48,000-seat Estadio Municipal", p68)
SEAT_HEADS = frozenset(("seat", "seater"))
MEMBER_HEADS = frozenset(("member",))
DESCRIBED_WORDS_READ = 3  # words after the compound read for the noun it describes


# the generic "person" of a compound sizes the thing it describes ("a two-person apartment", "a
# three-person approval": counted, p156, p742)
GENERIC_PERSON_HEADS = frozenset(("person",))


def compound_persons(head: str) -> bool:
    """Whether a compound's singular noun counts persons ("a three-judge panel", "a 12-officer
    unit", "a 16-man squad"): a person's noun (is_person_noun), but not a seat or a member, which
    the noun they describe decides (persons_described), nor the generic "person"."""
    lower = head.lower()
    return (
        lower not in SEAT_HEADS
        and lower not in MEMBER_HEADS
        and lower not in GENERIC_PERSON_HEADS
        and is_person_noun(lower)
    )


# ... but a venue's seats matched to its tickets in the clause before ("11,400 tickets were sold
# for the 15,000-seat ground", "tickets for all 900 seats"): the seats set against the tickets are
# things counted, seats (rules, table 4: "a 200-seat chamber"; p832)
RE_TICKETS_BEFORE = re.compile(r"\btickets?\b[^.;!?\n]*\Z", re.IGNORECASE)
TICKETS_REACH = 80  # characters before the compound's end read for the tickets


def seats_ticketed(body: str, head_end: int) -> bool:
    """Whether tickets stand in the clause before the venue's seats ending at `head_end` (above)."""
    return "ticket" in body[max(0, head_end - TICKETS_REACH) : head_end].lower() and (
        RE_TICKETS_BEFORE.search(body, max(0, head_end - TICKETS_REACH), head_end) is not None
    )


def persons_described(body: str, head: str, head_end: int, limit: int) -> bool:
    """Whether the compound whose noun `head` ends at `head_end` ("seat", "member") describes a
    venue or a group of persons (above): the first lower-case noun among the next few words."""
    pos = head_end
    for _ in range(DESCRIBED_WORDS_READ):
        word = RE_NEXT_WORD.match(body, pos, limit)
        if word is None:
            return False
        pos, lower = word.end(), word.group(1).lower()
        if lower in NOUN_PHRASE_ENDS:
            return False
        if head in SEAT_HEADS and word.group(1)[:1].isupper():
            return False  # "the 48,000-seat Estadio Municipal", "the 1,700-seat Chaplin hall": a name's seats (p68)
        if head in SEAT_HEADS and lower in VENUE_NOUNS:
            return not seats_ticketed(body, head_end)
        if head in MEMBER_HEADS and lower in PARLIAMENT_NOUNS:
            return True  # "Tokelau's 20-member parliament": its members, persons
        if head in MEMBER_HEADS and lower in PEOPLE_GROUP_NOUNS:
            return lower not in SEATED_BODY_NOUNS
        if word.group(1).islower() and "-" not in lower and not lower.endswith(("al", "an", "ish", "ese")):
            return False  # the noun described is none of them ("a 200-seat chamber"; "open-air" goes on)
    return False


def firm_contractor(
    body: str, end: int, noun_start: int, modifiers: frozenset[str] = FIRM_CONTRACTOR_MODIFIERS
) -> bool:
    """Whether a word of `modifiers` (FIRM_CONTRACTOR_MODIFIERS: "main"; FIRM_ADVISER_MODIFIERS:
    "proxy") stands right before "contractors" or "advisers" starting at `noun_start`, after the
    number ending at `end`."""
    before = body[max(end, noun_start - 16) : noun_start].split()
    return bool(before) and before[-1].lower() in modifiers


def shop_outlets(words: list[str]) -> bool:
    """Whether a noun phrase's lower-case words end in a trade's plural with a word of the retail
    trade before it ("retail chemists": vocab.SHOP_TRADE_PLURALS): shops, not persons."""
    return len(words) > 1 and words[-1] in SHOP_TRADE_PLURALS and words[-2] in SHOP_MODIFIERS


# A part and its whole, "N of M" or "N of the M", whose noun phrase names persons as owners of
# what the sentence says ended, lapsed or was confirmed ("3 of 7 posted surgeons' contracts ended",
# "two of the 15 new judges' appointments"): persons (`people`), both the part and the whole, as
# "3 of 7 posted surgeons" would be; with no partitive the owned thing is counted ("room for 40
# sellers' stalls")
RE_PART_OF_WHOLE_AFTER = re.compile(rf"\s+of\s+(?:the\s+)?(?:\d[\d,]*|(?i:{N.WORD_NUMBER}))(?=\s)")
RE_PART_OF_BEFORE = re.compile(rf"(?:\d|(?i:{N.WORD_NUMBER}))\s+of\s+(?:the\s+)?\Z")
PART_OF_REACH = 24  # characters before a whole read for its part and "of"
# up to three modifiers and a plural owner ending in an apostrophe, a noun after it
RE_POSSESSOR_AFTER = re.compile(r"(?:\s+[a-z][a-z-]*){0,3}?\s+([a-z][a-z-]*s)['’](?=\s+[a-z])")
POSSESSOR_REACH = 60  # characters after a number read for an owner's apostrophe


def partitive_possessors(sc: Scanner, start: int, end: int) -> bool:
    """Whether a number from `start` to `end` is the part or the whole of "N of (the) M" whose noun
    phrase after the whole is owned by persons (above)."""
    body = sc.body
    part = RE_PART_OF_WHOLE_AFTER.match(body, end, end + PART_OF_REACH)
    if part is not None:
        end = part.end()
    elif RE_PART_OF_BEFORE.search(body, max(0, start - PART_OF_REACH), start) is None:
        return False
    owner = RE_POSSESSOR_AFTER.match(body, end, end + POSSESSOR_REACH)
    return owner is not None and names_persons(owner.group(1))


# A bare count whose part, said after a comma in its clause, is persons (", 19 of them children",
# ", most of them women"): the count is of persons too; a few words of the clause may come between
# ("housed 57 last night, 19 of them children")
RE_PERSONS_PART_AFTER = re.compile(
    rf"[^,.;:!?\d]{{0,30}},\s+(?:\d[\d,]*|(?i:{N.WORD_NUMBER})|most|many|all|some|half)\s+of\s+(?:them|whom)"
    r"\s+(?:[a-z]+\s+)?(?P<noun>[a-z]+)\b"
)
PERSONS_PART_REACH = 80  # characters after a bare count read for its part


def persons_part_after(body: str, end: int) -> bool:
    """Whether a part of persons follows a bare count ending at `end` in its clause (above)."""
    if body.find(" of ", end, end + PERSONS_PART_REACH) < 0:
        return False  # the cheap test first
    part = RE_PERSONS_PART_AFTER.match(body, end, end + PERSONS_PART_REACH)
    return part is not None and names_persons(part.group("noun"))


def demonym_adjective(words: list[str], i: int) -> bool:
    """Whether the demonym at `words[i]` with no plural "s" modifies the lower-case noun after it
    ("any other Maltese trade unionist", "Chinese firms"): an adjective, no persons counted."""
    following = words[i + 1] if i + 1 < len(words) else ""
    return (
        not words[i].endswith("s")
        and following.isalpha()
        and following.islower()
        and following not in NOUN_PHRASE_ENDS
    )


# a verb of what persons do, right after "N others" with no count before it in the sentence ("and
# four others called victims", "two others were arrested"); things are sold, shipped, built
RE_PERSONS_DO_AFTER = re.compile(
    r"\s+(?:(?:were|are|was|have\s+been|had\s+been)\s+(?:arrested|charged|injured|hurt|killed|wounded|"
    r"detained|held|rescued|missing|convicted|sentenced|jailed|hospitalised|hospitalized|treated|questioned)"
    r"|called|said|told|died|fled|escaped|survived|joined|helped|ran|worked|testified|pleaded|refused)\b"
)


def persons_do(body: str, end: int) -> bool:
    """Whether a verb of what persons do follows "N others" (RE_PERSONS_DO_AFTER)."""
    return RE_PERSONS_DO_AFTER.match(body, end) is not None


RE_PARENT_OF_BEFORE = re.compile(rf"(?<![\w-])(?:{N.alternation(PARENT_NOUNS)})\s+of\s+\Z", re.IGNORECASE)
# "a crew of", "a wedding party of", "the parish's choir of", "Fiji's team of", a column's "our
# panel of": a group of people, its determiner or owner and at most one modifier before it, right
# before a number; groups counted or in the plural with no determiner ("128 teams of three",
# "Crews of six paddle") count their members too (checked in parent_of)
RE_GROUP_OF_BEFORE = re.compile(
    r"(?<![\w-])(?P<det>(?:a|an|the|its|their|his|her|our|your|my)\s+(?P<owner>[a-z][a-z-]*['’]s\s+)?"
    rf"|(?P<name>[A-Z][\w.-]*['’]s\s+)|(?:\d[\d,]*|{N.WORD_NUMBER})\s+)?"
    rf"(?P<modifier>[a-z][a-z-]*\s+)?(?P<group>{N.alternation(PEOPLE_GROUP_NOUNS)})\s+of\s+\Z",
    re.IGNORECASE,
)
GROUP_OF_REACH = 60  # characters before the number read for the group and its determiner
# a bound or a hedge between "of" and the number ("a team of up to four", "crews of at least six")
RE_BOUND_AFTER_OF = re.compile(r"\bof\s+(?:up\s+to|at\s+least|at\s+most|about|around|some)\s+\Z")


def parent_of(body: str, start: int) -> bool:
    """Whether "father of", "mother of" or "parent of", or a group of people ("a crew of"), stands
    right before a number."""
    if not body.endswith("of ", 0, start):
        bound = RE_BOUND_AFTER_OF.search(body, max(0, start - 16), start)
        if bound is None:
            return False
        start = bound.start() + 3
    if RE_PARENT_OF_BEFORE.search(body, max(0, start - 20), start):
        return True
    group = RE_GROUP_OF_BEFORE.search(body, max(0, start - GROUP_OF_REACH), start)
    if group is None or "Group" in group.group(0):
        return False  # "the Group of 20" is a name
    noun = group.group("group").lower()
    if not group.group("det") and not noun.endswith("s") and noun not in CREW_LEVEL_NOUNS:
        return False  # "team of four" with no determiner: a heading's or a name's words
    # "a lobby group of 1,200 game makers", "the bloc's group of 20": firms or countries may make up
    # a group that is owned or described; only a bare "a group of" is persons
    return group.group("group").lower() not in ("group", "groups") or not (
        group.group("owner") or group.group("name") or group.group("modifier")
    )


# a waiting list counts the people on it ("the waiting list rose to 612,000", "waitlists hit")
WAITING_LIST_WORDS = frozenset(("list", "lists", "waitlist", "waitlists"))


def court_words_after(words: list[str]) -> bool:
    """Whether the words after "cases", to a bare number's verb, take them before a court or name
    them pending or filed ("Cases pending before the labour tribunal rose to 4,312", "cases filed
    in the high court"): lawsuits or prosecutions (vocab.OFFENCE_NOUNS, COURT_PARTICIPLES), not
    disease cases ("cases pending confirmation", PENDING_TEST_WORDS)."""
    lowered = [w.lower() for w in words]
    for i, word in enumerate(lowered):
        if word == "pending" and lowered[i + 1 : i + 2] and lowered[i + 1] in PENDING_TEST_WORDS:
            return False
        if word in OFFENCE_NOUNS or word in COURT_PARTICIPLES:
            return True
    return False


RE_WORD_AFTER = re.compile(r"\s*([A-Za-z]+)")
