"""Who a sentence credits for what it states ("according to X", "X said", '..." he wrote')."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from operator import itemgetter

from .alternation import grouped_alternation
from .article import Article, line_dateline_end
from .figures.giving import GIVING_VERBS
from .figures.noun_phrases import PREPOSITIONS
from .figures.rate_groups import PLACE_WORDS, place_phrase
from .letters import CAPITAL, MARK_CHARS
from .vocab import (
    AGENT_ENDINGS,
    COMPASS_POINTS,
    DATA_ADJECTIVES,
    EXPECT_VERBS,
    FUNCTION_WORDS,
    INSTITUTION_NOUNS,
    MONTHS,
    NAME_PARTICLES,
    NOT_PERSON_ENDING_WORDS,
    PEOPLE_ENDINGS,
    PEOPLE_NOUNS,
    PERSON_ENDING_MIN_LENGTH,
    PERSON_NOUNS,
    PERSON_TITLES,
    SPEAKER_GROUP_NOUNS,
    TENS_WORDS,
    UNIT_WORDS,
    WEEKDAYS,
)

SPEECH_VERBS = (
    "said",
    "says",
    "told",
    "added",
    "wrote",
    "stated",
    "announced",
    "noted",
    "reported",
    "claimed",
    "revealed",
    "showed",
    "shows",
    "estimated",
    "estimates",
    "explained",
    "warned",
    "confirmed",
    "tweeted",
    "posted",
    "highlighted",
    "disclosed",
    "informed",
    "observed",
    "found",
    "indicated",
    "acknowledged",
    "assured",
    "stressed",
    "emphasised",
    "argued",
    "insisted",
    "maintained",
    "remarked",
)
PRONOUNS = frozenset(("he", "she", "they", "it"))
# a speech verb, not an adjective or a passive ("an estimated 4.8 per cent", "a reported pothole", "was
# estimated at", "were found"), nor "added" with an object ("added 24 points", "added a customer"): the
# word before it is no article or be-word, the words after "added" no number or "a"
_VERBS = (
    r"(?<!\b[Aa]n\s)(?<!\b[Aa]\s)(?<!\b[Tt]he\s)(?<!\bis\s)(?<!\bare\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bbe\s)"
    rf"(?<!\bbeen\s)(?!added\s+(?:[$€£]?\d|an?\s))(?:{grouped_alternation(SPEECH_VERBS)})"
)
# A name is whole words, each a capitalised word or one of these; every word is matched once and
# kept (atomic groups, possessive repeat), so a long run of candidate words costs linear time.
# the lower-case words a name may start with, and those it may hold after its first word
NAME_FIRST_WORDS = tuple("of for and on in special caretaker interim federal provincial".split())
NAME_NEXT_WORDS = (
    *("envoy", "spokesperson", "spokesman", "minister", "official", "officials", "sources", "report"),
    *("agency", "organisation", "organization", "ministry", "department", "police", "government"),
    *("think tank", "representative", "secretary", "chief", "president"),
)
_NAME_FIRST = rf"{CAPITAL}[\w.'’{MARK_CHARS}-]*|" + "|".join(NAME_FIRST_WORDS)
# a nickname in quotes inside a person's name, a name word after it ("Juan 'El Toro' Pérez",
# "Thomas \"Tommy\" Okafor"): part of the name, which it never cuts
_NICKNAME = (
    rf"[\"“'‘]{CAPITAL}[\w.’{MARK_CHARS}-]*(?:\s+{CAPITAL}[\w.’{MARK_CHARS}-]*)?[\"”'’](?=\s+{CAPITAL})"
)
# a particle inside a name, before its next capitalised word ("São João da Ribeira", "Luis de la Cruz")
_PARTICLE = (
    rf"(?:{'|'.join(sorted(NAME_PARTICLES))})(?=\s+(?:(?:{'|'.join(sorted(NAME_PARTICLES))})\s+)?{CAPITAL})"
)
_NAME_NEXT = (
    _NAME_FIRST
    + "|"
    + _NICKNAME
    + "|"
    + _PARTICLE
    + "|"
    + "|".join(w.replace(" ", r"\s+") for w in NAME_NEXT_WORDS)
)
# what the last word of a name ends with, when it has no capital ("ministry", "think tank")
NAME_END_WORDS = tuple(w.rpartition(" ")[2] for w in (*NAME_FIRST_WORDS, *NAME_NEXT_WORDS))
_RE_CAPITAL = re.compile(CAPITAL)
# a name starts at a word's start: never at the "on" of "spokesperson Mark Burke said"
_NAME = rf"(?<![\w-])(?>(?:the\s+|The\s+)?(?:{_NAME_FIRST})(?=\s))(?:\s+(?>(?:{_NAME_NEXT})(?=\s)))*+"
# how far before a speech verb its subject may start (characters, then back to a space)
_LOOKBACK = 100

# The words that may credit a source: a sentence without one of them credits no one.
CUE_WORDS: tuple[str, ...] = ("according", "According", *SPEECH_VERBS)
_RE_CUE = re.compile(rf"(?:{grouped_alternation(CUE_WORDS)})\b")
_RE_CUE_AFTER = re.compile(rf"[^A-Za-z0-9_]{_RE_CUE.pattern}")
# the source after "according to", to the punctuation that ends it: a comma or point between digits
# ("a survey of 2,412 stations") or after an initial ("the U.S. Census Bureau") is inside it
RE_ACCORDING = re.compile(
    r"[Aa]ccording to\s+((?:the\s+)?(?:[^,.;:\"”(]|(?<=\d)[,.](?=\d)|(?<=\b[A-Z])\.(?=\s?[A-Z])){2,160})"
)
ACCORDING_WORDS_KEPT = 16  # the most words of a source after "according to" a credit keeps
# (not ", and Spain said": a conjunction opens a clause, not a name; nor the quote mark that closes
# a nickname, right after its letters: 'Thomas "Tommy" Okafor said' credits the whole name)
RE_AFTER_QUOTE = re.compile(
    rf"(?:(?<![^\W\d_])[\"”]|,)\s+(?!(?:and|but|or)\s)(?P<who>{_NAME}|he|she|they|it)\s+(?:{_VERBS})\b"
)
_AUXILIARIES = ("has", "had", "have")  # what may stand between a name and its speech verb
_AUXILIARY = "|".join(word + r"\s+" for word in _AUXILIARIES)
RE_SUBJECT_SAID = re.compile(rf"(?P<who>{_NAME})\s+(?:\([A-Z]{{2,}}\)\s+)?(?:{_AUXILIARY})?(?:{_VERBS})\b")
# the speech verbs a speaker may follow ("said Ana Ruiz", "wrote the agency"): never a verb whose
# object follows it ("told Parliament", "found Listeria in", "showed GDP", "an estimated BIF 47 billion")
NOT_INVERTED_VERBS = frozenset(
    "told found showed shows estimated estimates revealed confirmed disclosed indicated informed assured "
    "acknowledged highlighted".split()
)
_INVERTED_VERBS = grouped_alternation(tuple(v for v in SPEECH_VERBS if v not in NOT_INVERTED_VERBS))
# (a body's name, with its number or not, then a person's noun and name stay one speaker: "said Local 311
# president Dan Kowalchuk", "said NL911 director Krista Hanlon")
_OFFICE = rf"(?:\s+\d+)?(?:\s+(?:{'|'.join(sorted(PERSON_NOUNS))})){{1,2}}(?=\s+{CAPITAL})"
RE_SAID_SUBJECT = re.compile(
    rf"\b(?:{_INVERTED_VERBS})\s+(?P<who>(?:the\s+)?{CAPITAL}[\w.'’{MARK_CHARS}-]*"
    rf"(?:\s+(?:{_NICKNAME}|{CAPITAL}[\w.'’{MARK_CHARS}-]*))*(?:{_OFFICE}(?:\s+{CAPITAL}[\w.'’{MARK_CHARS}-]*)+)?)"
)
# ", the US pointman for Afghanistan on Saturday in a statement acknowledged"
_CLAUSE = rf"(?P<who>(?:the|The)\s+[^,;:\"”]{{2,90}}?)\s+(?:{_VERBS})\b"
RE_CLAUSE_SUBJECT = re.compile(rf"(?:^|,\s+){_CLAUSE}")
# the same after a comma: a pattern that starts with a plain character, which the engine skips to
_RE_CLAUSE_AFTER_COMMA = re.compile(rf",\s+{_CLAUSE}")
# a speaker's title and name in apposition before the verb (", the council's finance chair, Maria
# Delgado, said", ", its chief executive, Thandi Nkosi, told reporters"): the name is credited
_PERSON = (
    rf"{CAPITAL}[\w.'’{MARK_CHARS}-]*(?:\s+(?:{_NICKNAME}\s+)?(?:(?:{'|'.join(sorted(NAME_PARTICLES))})\s+)?"
    rf"{CAPITAL}[\w.'’{MARK_CHARS}-]*){{0,4}}"
)
RE_APPOSED_NAME = re.compile(
    rf"(?:^|,\s+)(?:The|the|its|his|her|their|{CAPITAL}[\w.{MARK_CHARS}-]*['’]s?)\s+[^,;:\"”()]{{2,80}}?,\s+"
    rf"(?P<who>{_PERSON}),\s+(?:{_VERBS})\b"
)
# a speaker's name with what is said of them in apposition between it and the verb: an age, a
# title, a relative clause ("Dr Ana Ruiz, 46, a pulmonologist at the city hospital, said", "Mr
# Kato, the firm's finance director, said", "Ana Ruiz, head of the agency, said", "Frank Ortiz,
# who chairs the council, told"); the name is credited, never its age
_APPOSITION = (
    rf"\d{{1,3}}|(?:(?:a|an|the|its|his|her|their|who|whose|{CAPITAL}[\w.{MARK_CHARS}-]*['’]s?)\s+"
    rf"|(?!(?:which|that|and|but|or|as|in|on|at|by|with)\s)(?:[a-z]+\s+){{1,3}}(?:of|at|for|to)\s+)[^,;:\"”()]{{2,90}}?"
)
RE_NAME_APPOSED = re.compile(
    rf"(?<![\w-])(?P<who>{_PERSON})(?:,\s+(?:{_APPOSITION})){{1,3}},\s+(?:{_VERBS})\b"
)
_SMALL_WORDS = FUNCTION_WORDS | PREPOSITIONS  # no name opens with one (joined once, not per match)
RE_TRAILING_CIRCUMSTANCE = re.compile(
    rf"\s+(?:on|in|at|during|late|early)\s+(?:{'|'.join(WEEKDAYS)}"
    r"|a statement|a post|a tweet|a press conference|a briefing|an interview|a report).*$"
)
RE_ACRONYM = re.compile(r"\(([A-Z]{2,})\)\s+(?:has\s+|had\s+)?(?:" + _VERBS + r")\b")


# an adverb or auxiliary at a credit's end ("The council has", "The ministry also"), then a day after a
# name ("Sahyadri Paints Ltd on Tuesday"; "figures released on Friday" keeps its day): no part of the name
RE_TRAILING_ADVERB = re.compile(r"(?:\s+(?:has|have|had|also|then|now))+$")
RE_TRAILING_DAY = re.compile(rf"\s+(?:on\s+|late\s+|early\s+)?(?:{'|'.join(WEEKDAYS)})$")
TRAILING_WORDS = frozenset(("the", "a", "an", "in", "on", "of", "for", "and"))  # cut from a name's end


def _tidy(who: str) -> str:
    """A credit without an adverb at its end, nor a day after a name's capitalised word (above)."""
    who = RE_TRAILING_ADVERB.sub("", who)
    named = RE_TRAILING_DAY.sub("", who)
    return named if named.rpartition(" ")[2][:1].isupper() else who


def _clean(who: str) -> str:
    who = " ".join(who.split()).strip(" ,.;:\"'“”‘’")  # white space runs as one space
    if who.startswith(("and ", "but ", "or ")):  # a conjunction opens a clause, not a name
        who = who.partition(" ")[2]
    head, _, last = who.rpartition(" ")
    return head if head and last in TRAILING_WORDS else who


RE_SPEECH_CUE = re.compile(rf"(?:{_VERBS}|[Aa]ccording)\b")


def speech_cues(text: str) -> list[tuple[int, int]]:
    """The cue words of a text (cue_spans) that stand as speech: no adjective, passive or verb with an
    object (_VERBS)."""
    return [span for span in cue_spans(text) if RE_SPEECH_CUE.match(text, span[0])]


def cue_spans(text: str) -> list[tuple[int, int]]:
    """The spans of the cue words (CUE_WORDS) standing as whole words in a text, in order: the
    spans of a word-boundary regex's matches. The scan looks for a cue after a character that is
    no ASCII letter, digit or "_", which the regex engine skips to far faster than it tests a
    word boundary at every position; a letter or digit outside ASCII passes that test and is
    turned down after it."""
    first = _RE_CUE.match(text)
    found = [first.span()] if first else []
    at = first.end() if first else 0
    while match := _RE_CUE_AFTER.search(text, at):
        before = match.start()
        if text[before].isalnum() or text[before] == "_":  # a word character: no word boundary
            at = before + 1
        else:
            found.append((before + 1, match.end()))
            at = match.end()
    return found


NAME_WORDS_KEPT = 6  # the most words of a name before a speech verb the column keeps


def _name_tail(words: list[str]) -> str:
    """The last NAME_WORDS_KEPT words of a long name before its verb, never opening on a lower-case
    word the cut left ("[Minister of Mines] and Minerals Development Minister Chanda Mwiinga")."""
    if len(words) <= NAME_WORDS_KEPT:
        return " ".join(words)
    tail = words[-NAME_WORDS_KEPT:]
    while len(tail) > 1 and tail[0][0].islower():
        tail = tail[1:]
    return " ".join(tail)


# a body whose data a sentence gives ("UNHCR data show", "Eurostat figures showed", "figures from the
# interior ministry show", "data published by the statistics office showed"): a name, or a body's
# noun (vocab.INSTITUTION_NOUNS); not data named by what they are ("Official data show": vocab.
# DATA_ADJECTIVES) or by a time ("figures from last year show")
_DATA = r"(?:[Dd]ata|[Ff]igures|[Ss]tatistics|[Nn]umbers)"
_SHOW = r"(?:show|shows|showed|suggest|suggests|suggested)\b"
RE_DATA_SHOW = re.compile(rf"\s+{_DATA}(?=\s+(?:\w+\s+){{0,3}}{_SHOW})")
# the name right before such data words, read in a window of DATA_NAME_REACH characters
RE_NAME_BEFORE_DATA = re.compile(
    rf"(?<![\w-])(?P<who>(?:the\s+)?{CAPITAL}[\w.'’&{MARK_CHARS}-]*"
    rf"(?:\s+(?:(?:of|for)\s+(?:the\s+)?)?{CAPITAL}[\w.'’&{MARK_CHARS}-]*){{0,7}})$"
)
DATA_NAME_REACH = 100
RE_DATA_FROM = re.compile(
    rf"\b{_DATA}\s+(?:from|(?:published|released|compiled|collected)\s+(?:from|by))\s+"
    rf"(?P<who>(?:the\s+)?[^,;:\"“”()]{{2,60}}?)\s+{_SHOW}"
)


# a body named by its noun that opens the sentence recording what it counts ("The service recorded
# 1,872 deaths", "The agency registered 9,400 claims"): its own data, the body named in full where
# an earlier sentence credits it (_named_before)
RE_BODY_RECORDED = re.compile(
    rf"(?:The|the)\s+(?:[a-z][\w'’-]*\s+){{0,2}}(?:{'|'.join(sorted(INSTITUTION_NOUNS))})"
    r"\s+(?:has\s+|had\s+)?(?:recorded|registered|logged|counted)\b"
)


RE_DATA_WHEN = re.compile(
    r"(?:\s+(?:released|published|issued))?\s+(?:on|last|this)\s.*$"
)  # "on 24 Nov.", "released on Wednesday": a time, no name
DATA_CUES = ("show", "sugges", "recorded", "registered", "logged", "counted")  # data_source's verbs


def _name_before_data(text: str) -> re.Match[str] | None:
    """The name right before the first data words that show ("UNHCR data show"), or None."""
    for data in RE_DATA_SHOW.finditer(text):
        found = RE_NAME_BEFORE_DATA.search(text, max(0, data.start() - DATA_NAME_REACH), data.start())
        if found is not None:
            return found
    return None


def data_source(text: str) -> str:
    """The body a sentence gives the data of (RE_NAME_BEFORE_DATA, RE_DATA_FROM, RE_BODY_RECORDED), or ""."""
    m = RE_BODY_RECORDED.match(text.lstrip())
    if m is not None and not speech_cues(text):  # a speaker the sentence names comes first
        return m.group().rsplit(None, 2 if m.group().split()[-2] in ("has", "had") else 1)[0]
    m = RE_DATA_FROM.search(text) or _name_before_data(text)
    if m is None:
        return ""
    who = _clean(RE_DATA_WHEN.sub("", RE_TRAILING_CIRCUMSTANCE.sub("", m.group("who"))))
    words = who.removeprefix("the ").removeprefix("The ").split()
    if not words or words[0].lower() in DATA_ADJECTIVES or words[0].lower() in FUNCTION_WORDS:
        return ""
    return who if words[-1][0].isupper() or words[-1] in INSTITUTION_NOUNS else ""


def sentence_attribution(text: str) -> str:
    """The source a sentence credits, or "" (pronouns returned as they stand): the first credit its
    readers find (_credits) that is a source (is_source)."""
    return next((who for who in map(_tidy, _credits(text)) if is_source(who)), "")


def _credits(text: str) -> Iterator[str]:
    """The credits a sentence's readers find, in the order they are trusted (each may be no source)."""
    who = data_source(text) if any(word in text for word in DATA_CUES) else ""
    if who:
        yield who
    cues = speech_cues(text)
    if not cues:  # no speech verb stands as a word: only a verb of expecting can credit a forecast
        if any(core in text for core in EXPECT_CORES):
            yield group_speaker(text)
            yield expecting_body(text)
        return
    # every pattern below ends at a cue word, a whole word: none reads past the last one
    last = cues[-1][1]
    m = RE_ACCORDING.search(text) if "ccording" in text else None
    if m:
        yield _clean(" ".join(_clean(m.group(1)).split()[:ACCORDING_WORDS_KEPT]))
    m = RE_ACRONYM.search(text, 0, last) if "(" in text else None
    if m:
        yield m.group(1)
    m = RE_AFTER_QUOTE.search(text, 0, last) if ('"' in text or "”" in text or "," in text) else None
    if m and not _object_of_place(text, m.start("who")):
        yield _clean(m.group("who"))
    for k, (verb_start, verb_end) in enumerate(cues):
        # the name that ends at this verb; searched in a short window before it (fast)
        window = said_window(text, verb_start)
        # the speech verbs inside the window, this one and those just before it (walking back only
        # as far as the window reaches keeps the time linear in a sentence of many cues)
        first = k
        while first and cues[first - 1][0] > window:
            first -= 1
        if not any(may_end_name(text, window, cues[i][0]) for i in range(first, k + 1)):
            continue  # no name can end before a speech verb of the window: nothing to search
        m = RE_SUBJECT_SAID.search(text, window, verb_end)
        if not m or _object_of_place(text, m.start()):
            continue
        who = _tidy(_clean(m.group("who")))
        words = who.split()
        if (
            words
            and (words[0][0].isupper() or words[0] == "the")
            and who.lower() not in ("the", "it", "this", "that")
        ):
            yield _name_tail(words)
    if "," in text:
        for verb_start, verb_end in cues:
            window = said_window(text, verb_start)
            m = RE_APPOSED_NAME.search(text, window, verb_end)
            if m:
                yield _clean(m.group("who"))
            yield name_before_apposition(text, window, verb_end)
    m = _said_subject(text, cues)
    if m:
        yield _clean(m.group("who"))
    m = _clause_subject(text, last)
    if m:
        who = _clean(RE_TRAILING_CIRCUMSTANCE.sub("", m.group("who")))
        yield who if len(who.split()) <= 8 else ""
    yield group_speaker(text)
    yield _said_titled(text, cues)


# What no credit is, however a reader found it (is_source): a time ("on Tuesday", "Monday", "October"),
# a phrase opening with a small word ("on Tuesday and", "of the region"), a letter alone or an article
# ("F" of "P/F", "An" of "An estimated"), the writer or a quoted speaker ("I", "We"), and the article's
# own chart or table ("The chart above shows", "The second panel shows", "This table shows")
_TIME_WORDS = frozenset((*WEEKDAYS, *MONTHS, "on", "last", "this", "next", "late", "early", "of", "and"))
_NO_SOURCE_OPENERS = frozenset(("on", "in", "of", "for", "and", "at", "by", "to", "with", "from", "as"))
_NO_SOURCES = frozenset(("An", "an", "A", "a", "The", "the", "This", "That", "These"))
# the writer or a quoted speaker in the first person ("I", "I'd", "We", "Our", "our analysis"): no name
# ("Our World in Data" is one)
_FIRST_PERSON = re.compile(r"(?:I|We|we|Our|our|My|my)(?:['’]\w+)?(?:\s+[a-z][\w'’-]*)*")
# (a panel, a table or a map only with its place, "the second panel", "the table below", "this map": "the
# panel said" is a body of experts)
CHART_WORDS = ("chart", "charts", "graph", "graphic", "graphics", "diagram")
PLACED_CHART_WORDS = ("panel", "table", "map")
_CHART_PLACES = "first second third fourth top bottom left right upper lower next last".split()
RE_CHART_REFERENCE = re.compile(
    rf"(?:(?:[Tt]he|[Tt]his|[Oo]ur|[Tt]hat)\s+(?:[a-z]+\s+)?(?:{'|'.join(CHART_WORDS)})"
    rf"|(?:[Tt]he\s+(?:{'|'.join(_CHART_PLACES)})|[Tt]his|[Oo]ur)\s+(?:{'|'.join(PLACED_CHART_WORDS)})"
    rf"|[Tt]he\s+(?:{'|'.join(PLACED_CHART_WORDS)})(?=\s+(?:above|below)))(?:\s+(?:above|below))?"
)


def is_source(who: str) -> bool:
    """Whether a credit a reader found names a source: not empty, no time, no phrase opening with a
    small word, no letter or article alone, not "I" or "we", no chart or table of the article."""
    words = who.split()
    if not words or words[0] in _NO_SOURCE_OPENERS or who in _NO_SOURCES or len(who) == 1:
        return False
    if _FIRST_PERSON.fullmatch(who):
        return False
    if all(word in _TIME_WORDS or word[0].isdigit() for word in words):
        return False
    return RE_CHART_REFERENCE.fullmatch(who) is None


# a name the object of a preposition of place, alone or ending a list ("households in Egypt found",
# "in Lebanon, Jordan, Iraq and Egypt found"): no subject of the verb after it ("In Paris, the museum said"
# is one: a single name before a comma opens the sentence)
RE_PLACE_OBJECT_BEFORE = re.compile(
    rf"\b(?:in|across|among|between|to|with)\s+(?P<items>(?:{CAPITAL}[\w'’-]*(?:\s+{CAPITAL}[\w'’-]*)*,\s+)*)$"
)
_PLACE_OBJECT_REACH = 80  # characters before a name read for the preposition it follows


def _object_of_place(text: str, start: int) -> bool:
    """Whether the name at `start` is a preposition's object, alone or ending a list (above)."""
    before = RE_PLACE_OBJECT_BEFORE.search(text, max(0, start - _PLACE_OBJECT_REACH), start)
    return before is not None and (not before.group("items") or before.group("items").count(",") > 1)


def _clause_subject(text: str, last: int) -> re.Match[str] | None:
    """The first "the X said" opening the text or a clause after a comma (RE_CLAUSE_SUBJECT.search
    would match only there), past a place that reports a figure (place_reports)."""
    m = RE_CLAUSE_SUBJECT.match(text, 0, last) or _RE_CLAUSE_AFTER_COMMA.search(text, 1, last)
    while m is not None and place_reports(m):
        m = _RE_CLAUSE_AFTER_COMMA.search(text, m.start() + 1, last)
    return m


def place_reports(m: re.Match[str]) -> bool:
    """Whether a clause's "the X reported" names a place that records a figure, no speaker: X is a
    region's noun or a compass point (rate_groups.PLACE_WORDS) after a possessive or a modifier, in
    the plural, or a compass point ("The capital's eastern suburbs reported 31 burglaries", "the
    north reported 40 cases"); "the district reported" alone may name its administration, and "the
    statistics office reported", "the state said" are speakers."""
    place = RE_REPORTING_PLACE.fullmatch(m.group("who"))
    if place is None or not m.group(0).endswith("reported"):
        return False
    noun = place.group("noun")
    return noun in COMPASS_POINTS or noun.endswith("s") or len(place.group(0).split()) > 2


# a place's phrase: "the", a possessive, up to two words in small letters, a region's noun or a
# compass point (rate_groups.place_phrase; unlike rate_groups.RE_RATE_PLACE_BEFORE, its words may be
# function words and its noun a compass point alone: "the north reported")
RE_REPORTING_PLACE = re.compile(place_phrase(PLACE_WORDS))


# A group of persons named by a plural noun as the subject of a verb of saying or expecting, at
# the sentence's start or after a comma, a semicolon or a conjunction (", officials said on
# Wednesday", "Analysts expect ...", ", but economists forecast ..."), with one modifier before the
# noun ("health officials") and a source after it ("Analysts polled by Reuters expect"). The verbs
# are found first (a pattern opening with a letter); the subject is read in a window before each.
_GROUP_VERB_WORDS = (*SPEECH_VERBS, *EXPECT_VERBS)
# the verbs of expecting that no other one opens ("expect" of "expects", "expected"): each verb
# of expecting holds one, so a sentence without them holds none (the cheap test first)
EXPECT_CORES = tuple(v for v in EXPECT_VERBS if not any(w != v and v.startswith(w) for w in EXPECT_VERBS))
RE_GROUP_VERB = re.compile(rf"(?:{grouped_alternation(_GROUP_VERB_WORDS)})\b")
_SOURCE = rf"{CAPITAL}[\w.'’&{MARK_CHARS}-]*(?:\s+{CAPITAL}[\w.'’&{MARK_CHARS}-]*)*"
_GROUP_CONJUNCTIONS = frozenset(("and", "but", "while", "though", "although"))
RE_GROUP_BEFORE_VERB = re.compile(
    rf"(?:^|[,;]\s+|\b(?:{'|'.join(sorted(_GROUP_CONJUNCTIONS))})\s+)"
    r"(?P<who>(?:(?P<modifier>[a-z][\w'’-]*)\s+)?(?P<noun>[A-Za-z][\w'’-]*))"
    rf"(?:\s+(?:at|from)\s+{_SOURCE}|\s+(?:polled|surveyed)\s+by\s+(?:the\s+)?(?:{_SOURCE}|[a-z]+(?:\s+[a-z]+)?))?"
    r"\s+(?:(?:has|have|had|also)\s+)?$"
)
_GROUP_REACH = 80  # characters before the verb read for its subject


def is_speaker_group(word: str) -> bool:
    """Whether a plural noun names a group of persons who may speak: "officials", "police",
    "analysts", "residents", "dealers" (SPEAKER_GROUP_NOUNS, PEOPLE_NOUNS, a person's end)."""
    word = word.lower()
    if word in SPEAKER_GROUP_NOUNS:
        return True
    if not word.endswith("s") or word in NOT_PERSON_ENDING_WORDS:
        return False
    if word in PEOPLE_NOUNS:
        return True
    return len(word) >= PERSON_ENDING_MIN_LENGTH and word.endswith((*PEOPLE_ENDINGS, *AGENT_ENDINGS))


def group_speaker(text: str) -> str:
    """The group of persons a sentence credits as the subject of a verb of saying or expecting
    (", officials said", "Analysts expect"), with its modifier ("health officials"), or ""."""
    for verb in RE_GROUP_VERB.finditer(text):
        at = verb.start()
        if at and (text[at - 1].isalnum() or text[at - 1] == "_"):
            continue  # inside a word ("unexpected")
        window = max(0, at - _GROUP_REACH)
        m = RE_GROUP_BEFORE_VERB.search(text, window, at)
        if not m or not is_speaker_group(m.group("noun")):
            continue
        modifier = m.group("modifier")
        if modifier in _GROUP_CONJUNCTIONS:
            return m.group("noun")  # ", and officials said"
        if modifier and (
            modifier in FUNCTION_WORDS or modifier in PREPOSITIONS or not m.group("noun").islower()
        ):
            continue  # ", after scientists warned": a clause of its own, not the sentence's speaker
        return m.group("who")
    return ""


# A body or a name that expects, forecasts or projects what the sentence states ("The board expects output
# to grow by 4 to 6 per cent", "growth of 4 to 6 per cent, which the Dairy Board expects", "Fonterra
# forecasts a payout of $10"): the verb's subject, read in a window before the verb, a name of capitalised
# words or a body named by its noun ("the board", "the central bank"); a past form ("expected",
# "forecast") only after two words of a name or a body's noun, never a word opening the sentence alone
# ("Growth expected at 4%"). Its credit is the forecast's alone (paragraph_credit never carries it).
_EXPECTS_NOW = frozenset(v for v in EXPECT_VERBS if v.endswith("s"))
# (not "project", "estimate": nouns as often as verbs, "the Ministry project"; "estimates" is a speech verb)
RE_EXPECTING_VERB = re.compile(
    rf"\b(?:{grouped_alternation(tuple(v for v in EXPECT_VERBS if not v.startswith(('project', 'estimate'))))})\b"
)
RE_EXPECTING_BODY = re.compile(
    rf"(?<![\w-])(?P<who>(?:[Tt]he\s+)?{CAPITAL}[\w.'’&{MARK_CHARS}-]*(?:\s+(?:(?:of|for|and)\s+)?{CAPITAL}"
    rf"[\w.'’&{MARK_CHARS}-]*)*|[Tt]he\s+(?:[a-z][\w'’-]*\s+){{0,2}}(?:{'|'.join(sorted(INSTITUTION_NOUNS))}))"
    r"\s+(?:(?:also|now|still|has|had)\s+)?$"
)


def expecting_body(text: str) -> str:
    """The body or name whose expectation a sentence states (RE_EXPECTING_BODY), or "" (in a quotation,
    whose speaker is named elsewhere, too)."""
    if _RE_QUOTE_MARK.search(text):
        return ""
    for verb in RE_EXPECTING_VERB.finditer(text):
        m = RE_EXPECTING_BODY.search(text, max(0, verb.start() - _GROUP_REACH), verb.start())
        if m is None:
            continue
        who = m.group("who")
        if verb.group() in _EXPECTS_NOW or len(who.split()) > 1 or text[: m.start()].strip():
            return who
    return ""


def name_before_apposition(text: str, start: int, verb_end: int) -> str:
    """The name RE_NAME_APPOSED finds in text[start:verb_end], opening with no function word ("In
    Paris, the museum, ..., said"), after the sentence's start, a comma, a quotation mark or a title
    in small letters ("chief executive Ana Ruiz, 54, said"; not "The report by Ana Ruiz, a
    researcher, said", "Harlow & Finch, the chain, said"), "added" followed by no number ("Ana
    Ruiz, 31, added six blocks": no speech), or ""."""
    if text.count(",", start, verb_end) < 2:
        return ""  # the cheap test first: every match has a comma after the name and one before the verb
    for m in RE_NAME_APPOSED.finditer(text, start, verb_end):
        if m.group("who").split()[0].lower() in _SMALL_WORDS or _adds_a_number(text, m.end()):
            continue
        before = text[max(start, m.start() - 20) : m.start()].split()
        word = before[-1] if before else ""
        if (
            not word
            or word[-1] in ",\"“”'‘’"
            or word.isalpha()
            and word.islower()
            and word not in _SMALL_WORDS
        ):
            return _clean(m.group("who"))
    return ""


def _adds_a_number(text: str, verb_end: int) -> bool:
    """Whether the verb ending at `verb_end` is "added" with a number after it (below)."""
    return text.endswith("added", 0, verb_end) and RE_NUMBER_AFTER.match(text, verb_end) is not None


# a number right after "added": its object ("added six blocks", "added 58 volunteers"), no speech
RE_NUMBER_AFTER = re.compile(
    rf"\s+(?:[$€£¥]?\d|(?:{'|'.join(w for w in UNIT_WORDS if len(w) > 2)}|{'|'.join(TENS_WORDS)})\b)"
)


def said_window(text: str, verb_start: int) -> int:
    """Where RE_SUBJECT_SAID is searched for the name before the speech verb at `verb_start`: about
    _LOOKBACK characters before it, back to a space."""
    floor = max(0, verb_start - _LOOKBACK)
    space = text.rfind(" ", max(0, floor - _LOOKBACK), floor)
    return space if space >= 0 else max(0, floor - _LOOKBACK)


def may_end_name(text: str, start: int, verb_start: int) -> bool:
    """Whether a name of RE_SUBJECT_SAID found in text[start:] may end before the speech verb at
    `verb_start`: the word before the verb (or before "has", "had", "have" or "(WHO)" there) holds
    a capital or ends with a lower-case word a name may end with. False rules the match out (a
    cheap test that spares most searches); True does not promise one."""
    words = text[start:verb_start].rsplit(None, 3)
    while words:
        word = words.pop()
        if word.endswith(NAME_END_WORDS) or _RE_CAPITAL.search(word):
            return True
        if word not in _AUXILIARIES and not word.startswith("("):
            return False
    return False


# the speaker after the verb with a title in small letters ("said chief coroner Ana Ruiz", "said
# police spokesman Tom Okoro") or a body named in small letters ("said the coroners service", "said
# the health ministry"; vocab.INSTITUTION_NOUNS): no function word or preposition among them
RE_SAID_TITLED = re.compile(
    rf"\b(?:{_INVERTED_VERBS})\s+(?P<who>(?:[a-z][\w'’-]*\s+){{1,3}}{CAPITAL}[\w.'’{MARK_CHARS}-]*"
    rf"(?:\s+{CAPITAL}[\w.'’{MARK_CHARS}-]*){{0,6}}"
    rf"|the\s+(?:[a-z][\w'’-]*\s+){{0,3}}(?:{'|'.join(sorted(INSTITUTION_NOUNS))})\b)"
    r"(?=\s*(?:[,.;:!?\"”)]|$)|\s+(?:of|on|in|at|from|for|who|during|last|late|early)\b)"
)


def _said_titled(text: str, cues: list[tuple[int, int]]) -> str:
    """The first speaker RE_SAID_TITLED finds after a cue word whose small words are no function
    word or preposition ("said that Britain": no speaker), or ""."""
    for cue_start, _ in cues:
        m = RE_SAID_TITLED.match(text, cue_start)
        if m is None:
            continue
        words = m.group("who").split()
        small = (
            [w for w in words[1:-1] if w.islower()]
            if words[0] == "the"
            else [w for w in words if w.islower()]
        )
        if not any(w in _SMALL_WORDS or w.endswith("ed") for w in small) and not text.endswith(
            " and ", 0, cue_start
        ):
            return _clean(m.group("who"))
    return ""


def _said_subject(text: str, cues: list[tuple[int, int]]) -> re.Match[str] | None:
    """The first "said the X" in the text: RE_SAID_SUBJECT tried only where a cue word starts,
    the only places it can match."""
    for cue_start, _ in cues:
        if text.endswith(" and ", 0, cue_start):
            continue  # "..., and said Law 928 gives": the verb's subject came before, not after
        m = RE_SAID_SUBJECT.match(text, cue_start)
        if (
            m
            and not RE_AMOUNT_AFTER_VERB.match(text, m.start("who"))
            and not RE_TIME_AFTER_VERB.match(text, m.start("who"))
        ):
            held = (
                RE_HOLDER_TITLE_NAME.match(text, m.end()) if m.group("who").endswith(("'s", "’s")) else None
            )
            return held or m
    return None


# the person a possessive after the verb names by a title ("said Northgate's chief economist, Helen
# Marsh", "said Labour's education spokesman, Ross Kerr, 41"): the person is credited, not the holder
RE_HOLDER_TITLE_NAME = re.compile(rf"\s+(?:[a-z][\w'’-]*\s+){{0,3}}[a-z][\w'’-]*,?\s+(?P<who>{_PERSON})")


# an amount after the verb, not a name: a sign glued to digits with decimals or a scale word after
# ("announced Shs2.5 billion", "pledged RM120 million"); "said the G20" names a group
RE_AMOUNT_AFTER_VERB = re.compile(
    r"[A-Z][A-Za-z]{0,3}[$¢£€]?\d[\d,]*(?:\.\d|\s+(?:thousand|million|billion|trillion|crore|lakh|bn|mn|m)\b)"
)


# a day, or a month before a day number, after the verb, not a name: "the coroners service said Wednesday",
# "said March 3" ("said April Ryan" names her)
RE_TIME_AFTER_VERB = re.compile(rf"(?:{'|'.join(WEEKDAYS)})\b|(?:{'|'.join(MONTHS)})\.?\s+\d")


def _opens_quotation(text: str) -> bool:
    return (text.count('"') % 2 == 1 and text.lstrip().startswith('"')) or text.count("“") > text.count("”")


def _in_quotation(text: str) -> bool:
    """Whether a sentence opens or closes a quotation running over sentences: its speech
    verbs are the quoted speaker's words, not a speaker of the article's."""
    return _opens_quotation(text) or _closes_quotation(text)


def _closes_quotation(text: str) -> bool:
    return (text.count('"') % 2 == 1) or text.count("”") > text.count("“")


def _resolved(body: str, spans: tuple[tuple[int, int], ...], index: int) -> str:
    text = body[spans[index][0] : spans[index][1]]
    who = sentence_attribution(text)
    if not who and _opens_quotation(text):
        # a quotation running over several sentences is credited where it closes
        for ahead in range(index + 1, min(len(spans), index + 6)):
            later = body[spans[ahead][0] : spans[ahead][1]]
            if _closes_quotation(later):
                who = sentence_attribution(later)
                if who.lower() in PRONOUNS:
                    index = ahead
                break
    if not who and index and _whole_quotation(text):
        earlier = body[spans[index - 1][0] : spans[index - 1][1]]
        who = sentence_attribution(earlier) if _RE_QUOTE_MARK.search(earlier) else ""
        who = "" if who in ("I", "we", "We") else who  # the speaker's own words, never a name
        index -= 1 if who else 0
    if who.lower() not in PRONOUNS:
        return _named_before(body, spans, index, who)
    return _antecedent(body, spans, index, who.lower())


_RE_QUOTE_MARK = re.compile(r"[\"“”]")


def _whole_quotation(text: str) -> bool:
    """Whether a sentence is a quotation alone, its marks opened at its start and closed at its end
    ('"A decline is welcome, but ..."'): the words of the speaker the sentence before quotes ('"...,"
    said chief coroner Ana Ruiz.'), as a quotation that runs on is."""
    text = text.strip()
    return len(text) > 2 and text[0] in '"“' and text[-1] in '"”' and len(_RE_QUOTE_MARK.findall(text)) == 2


# A speaker named again by surname, with a title or not ("Ms Okafor", "Okafor"), or by "the" and a
# title ("the minister", "the finance minister"): the fuller name an earlier sentence of the passage
# credits ("Ngozi Okafor"; "Finance Minister Ana Sousa", or "Ana Sousa, the finance minister,")
RE_SURNAME_REFERENCE = re.compile(
    rf"(?:(?:{'|'.join(sorted(PERSON_TITLES))})\.?\s+)?(?P<surname>{CAPITAL}[\w'’{MARK_CHARS}-]*)"
)
RE_TITLE_REFERENCE = re.compile(r"[Tt]he\s+(?:[a-z]+\s+)?(?P<title>[a-z]+)")
_REFERENCE_REACH = 8  # sentences read back for the fuller name
_TITLE_REACH = 60  # characters after an earlier name read for its title in apposition


def _named_before(body: str, spans: tuple[tuple[int, int], ...], index: int, who: str) -> str:
    """The fuller name an earlier sentence credits for a speaker named again by surname or title
    (above), within _REFERENCE_REACH sentences; else `who`."""
    surname = RE_SURNAME_REFERENCE.fullmatch(who)
    title = None if surname else RE_TITLE_REFERENCE.fullmatch(who)
    if surname is None and title is None:
        return who
    for back in range(index - 1, max(-1, index - 1 - _REFERENCE_REACH), -1):
        text = body[spans[back][0] : spans[back][1]]
        earlier = sentence_attribution(text)
        words = earlier.split()
        if title is not None and len(words) > 2 and words[-1] == title.group("title") and earlier.islower():
            return earlier  # a body named in small letters, then by its noun ("the coroners service", "the service")
        if len(words) < 2 or not _name_like(words) or RE_SURNAME_REFERENCE.fullmatch(earlier):
            continue  # no name, or a reference itself ("Ms Okafor" again): read further back
        if surname is not None:
            if words[-1] == surname.group("surname") and may_be_person(earlier):
                return earlier
        elif _holds_title(text, earlier, title.group("title")):
            return earlier
    return who


# the words in small letters a full name may hold ("Minister of Finance", "ANDE president Félix
# Sosa", "Luis de la Cruz"); any other such word makes a phrase no name ("a study published on")
_NAME_LOWER_WORDS = frozenset(("the", *NAME_FIRST_WORDS, *NAME_END_WORDS, *NAME_PARTICLES))


def _name_like(words: list[str]) -> bool:
    """Whether a credited source's words are a name: each capitalised or a name's small word, the
    last capitalised."""
    return words[-1][0].isupper() and all(w[0].isupper() or w in _NAME_LOWER_WORDS for w in words)


def _holds_title(text: str, name: str, title: str) -> bool:
    """Whether the credited `name` holds `title`: in the name ("Finance Minister Ana Sousa", "the
    Ministry of Energy" for "the ministry") or, a person's, in apposition right after it in `text`
    ("Ana Sousa, the finance minister,"; a body's word there names the person's employer)."""
    words = name.lower().split()
    if title in words:
        # a body's word names the body only where no person's noun follows it in the name ("the
        # Ministry of Energy", "the Reserve Bank"; "Central Bank Governor Jane Smith", "Police
        # spokesman Tom Okoro" are persons, not "the bank" or "the police")
        after = words[words.index(title) + 1 :]
        return title not in INSTITUTION_NOUNS or not PERSON_NOUNS.intersection(after)
    if title in INSTITUTION_NOUNS or not may_be_person(name):
        return False
    at = text.find(name)
    after = text[at + len(name) : at + len(name) + _TITLE_REACH] if at >= 0 else ""
    return (
        after.startswith(",") and re.search(rf"\b{re.escape(title)}\b", after.partition(",")[2]) is not None
    )


PERSON_PRONOUNS = frozenset(("he", "she"))


def may_be_person(who: str) -> bool:
    """Whether a source may be a person: no acronym ("IOM") and no body ("the Treasury", "the
    health ministry": INSTITUTION_NOUNS)."""
    words = re.findall(r"[\w'’-]+", who)
    return bool(words) and not who.isupper() and words[-1].lower() not in INSTITUTION_NOUNS


def _antecedent(body: str, spans: tuple[tuple[int, int], ...], index: int, pronoun: str) -> str:
    """The source a pronoun speaker ("He said") stands for: the nearest earlier sentence's named
    source (by its full name, _named_before), of a person for "he" or "she" (a body named between
    is passed over), within three sentences; never one before a sentence whose speech verb has a
    speaker that cannot be read (skipping it would credit the words to someone further back); else ""."""
    for back in range(index - 1, max(-1, index - 4), -1):
        text = body[spans[back][0] : spans[back][1]]
        earlier = sentence_attribution(text)
        if earlier.lower() in PRONOUNS:
            continue  # "He added ...": the same speaker, named further back
        if pronoun == "it" and earlier and may_be_person(earlier) and earlier.split()[0].islower():
            continue  # "it said": a body, never a speaker introduced by a title ("said lawyer Daan Vos")
        if earlier and (pronoun not in PERSON_PRONOUNS or may_be_person(earlier)):
            return _named_before(body, spans, back, earlier)  # "Ms Okafor said ... She added"
        if not earlier and cue_spans(text) and not _in_quotation(text):
            return ""
    return ""


def attribution_for(article: Article, sentence: int, memo: dict[int, str] | None = None) -> str:
    """Who the sentence credits; a pronoun resolves to the nearest earlier named source.
    Pass one `memo` dict per article to compute each sentence once."""
    if memo is None:
        return _resolved(article.body, article.sentences, sentence)
    if sentence not in memo:
        memo[sentence] = _resolved(article.body, article.sentences, sentence)
    return memo[sentence]


# A clause joined on with its own subject: ", and the Asian Development Bank offered ...",
# "; Australia said ...", ", while Norway gave ...": a name (capitalised words, after "the" or
# not) that says, expects, gives or offers, or a group of persons that says or expects
RE_JOINED_CLAUSE = re.compile(r"(?:,\s+(?:and|but|while|whereas)|;(?:\s+(?:and|but|while|whereas))?)\s+")
_CLAUSE_AUXILIARY = r"(?:(?:has|have|had|also|will|would|then)\s+)?"
RE_CLAUSE_NAME = re.compile(
    rf"(?:the\s+)?{CAPITAL}[\w.'’&{MARK_CHARS}-]*(?:\s+(?:of\s+|for\s+)?{CAPITAL}[\w.'’&{MARK_CHARS}-]*)*"
    rf"\s+{_CLAUSE_AUXILIARY}(?P<verb>[a-z]+)\b"
)
RE_GROUP_SUBJECT = re.compile(
    rf"(?:(?P<modifier>[a-z][\w'’-]*)\s+)?(?P<noun>[a-z][\w'’-]*)\s+{_CLAUSE_AUXILIARY}(?P<verb>[a-z]+)\b"
)
RE_ONLY_NAME = re.compile(
    rf"(?:the\s+)?{CAPITAL}[\w.'’&{MARK_CHARS}-]*(?:\s+{CAPITAL}[\w.'’&{MARK_CHARS}-]*)*"
)
# the verbs of a name's own clause: saying, expecting, giving (figures/giving.py) and offering
_SAYING_VERBS = frozenset((*SPEECH_VERBS, *EXPECT_VERBS))
_DOING_VERBS = (
    _SAYING_VERBS
    | set(GIVING_VERBS)
    | set("offer offers offered promise promises promised approve approves approved".split())
)
_CLAUSE_REACH = 300  # characters of a joined clause read for its own speaker
_LIST_REACH = 60  # characters before a joining comma read for a list of names ("Spain, and Italy")


def _opens_own_subject(text: str, at: int) -> bool:
    """Whether the clause at `at` opens with a subject of its own and its verb: a name that says,
    expects, gives or offers, or a group of persons that says or expects."""
    m = RE_CLAUSE_NAME.match(text, at)
    if m is not None:
        return m.group("verb") in _DOING_VERBS
    m = RE_GROUP_SUBJECT.match(text, at)
    return (
        m is not None
        and m.group("modifier") not in FUNCTION_WORDS
        and is_speaker_group(m.group("noun"))
        and m.group("verb") in _SAYING_VERBS
    )


def _ends_list_of_names(text: str, joint: int) -> bool:
    """Whether the text before a joining comma at `joint` is an item of a list of names ("Germany,
    France, and Italy rose"): a name alone after an earlier comma."""
    comma = text.rfind(",", max(0, joint - _LIST_REACH), joint)
    return comma >= 0 and RE_ONLY_NAME.fullmatch(text[comma + 1 : joint].strip()) is not None


def clause_credits(text: str, who: str) -> list[tuple[int, str]]:
    """Where a sentence that credits `who` is made of clauses joined with subjects of their own,
    whom each clause credits: its own speaker ("..., and Australia said it would give A$30
    million" -> Australia) or no one ("The World Bank said it would lend $150 million, and the
    Asian Development Bank offered a further $75 million": not the World Bank's words; "Rooms
    averaged £46 a night, and several owners told the committee ...": not the owners'); a pronoun
    is `who`. Offsets in the sentence, in order; [] when every figure takes `who` (no such clause,
    or a speaker named at the sentence's end after a comma, ", the agency said.")."""
    cues = cue_spans(text)
    if not who or not cues:
        return []
    joints = [
        m
        for m in RE_JOINED_CLAUSE.finditer(text)
        if _opens_own_subject(text, m.end()) and not _ends_list_of_names(text, m.start())
    ]
    if not joints or _speaker_at_end(text, cues[-1], joints[-1].end()):
        return []
    starts = [0, *(joint.end() for joint in joints)]
    stops = [*(joint.start() for joint in joints), len(text)]
    credits = []
    for k, (start, stop) in enumerate(zip(starts, stops, strict=True)):
        own = sentence_attribution(text[start : stop if k == 0 else min(stop, start + _CLAUSE_REACH)])
        credits.append((start, who if own.lower() in PRONOUNS else own))
    return credits


_END_SPEAKER_REACH = 80  # characters between the comma and the verb of a speaker named at the end


def _speaker_at_end(text: str, cue: tuple[int, int], after: int) -> bool:
    """Whether the sentence ends with its speaker after a comma (", the agency said on Monday."),
    past the last joined clause (which starts at `after`): every clause is then that speaker's."""
    comma = text.rfind(",", max(after, cue[0] - _END_SPEAKER_REACH), cue[0])
    return comma >= 0 and not any(mark in text[cue[1] :] for mark in ",;:")


def figure_attribution(
    article: Article,
    sentence: int,
    offset: int,
    memo: dict[int, str],
    clauses: dict[int, list[tuple[int, str]]],
) -> str:
    """Who the sentence credits for the figure at body `offset`: attribution_for (or, where it names no
    source, an earlier sentence of its paragraph: paragraph_credit), unless the figure stands in a later
    clause with a subject of its own (clause_credits). `memo` and `clauses`: one dict each per article."""
    start, end = article.sentences[sentence]
    if (
        sentence not in clauses
    ):  # each sentence read once: its credit, clause by clause (one clause: all of it)
        who = attribution_for(article, sentence, memo) or paragraph_credit(article, sentence, memo)
        clauses[sentence] = (clause_credits(article.body[start:end], who) if who else []) or [(0, who)]
    credits = clauses[sentence]
    k = bisect_right(credits, offset - start, key=itemgetter(0))  # the clauses that start by the figure
    return credits[max(k, 1) - 1][1]


PARAGRAPH_REACH = 6  # the most sentences back a paragraph's credit is read for
# a verb of expecting: an expectation is its own holder's, and says nothing of the sentences after it
RE_EXPECTING = re.compile(rf"\b(?:{grouped_alternation(EXPECT_VERBS)})\b")


def paragraph_credit(article: Article, sentence: int, memo: dict[int, str]) -> str:
    """The credit an earlier sentence of the paragraph gives a sentence that names no source ("Figures
    released by the statistics office show ... . Exports rose 4%"): the nearest such sentence's, within
    PARAGRAPH_REACH sentences; a lede alone in the opening paragraph reaches through the next paragraph
    too (wire copy details the lede's release there). Never a quotation's or an expectation's (a
    speaker's own words, a forecast, say nothing of the sentences after them), nor past a sentence whose
    speech verb names a speaker that cannot be read, nor for a sentence with a speech verb or a verb of
    expecting of its own (RE_EXPECTING: "had expected", "is projected"), nor for or past a sentence
    stating another body's own figures ("The bank's foreign reserves amounted to ..." after "..., the
    Directorate of Labour said": _body_holder, a body the credit does not name); else ""."""
    text = article.sentence_text(sentence)
    if cue_spans(text) or RE_EXPECTING.search(text):
        return ""
    holders = [_body_holder(text)]  # the bodies whose own figures the sentences passed state
    for back in range(sentence - 1, max(-1, sentence - 1 - PARAGRAPH_REACH), -1):
        if article.opens_paragraph(back + 1) and not _lede_alone(article, back):
            return ""
        text = article.sentence_text(back)
        who = attribution_for(article, back, memo)
        if who or cue_spans(text):
            if _RE_QUOTE_MARK.search(text) or RE_EXPECTING.search(text):
                return ""
            return "" if _other_body(who, holders) else who
        holders.append(_body_holder(text))
    return ""


# a sentence opening with a body's possessive ("The bank's foreign reserves amounted to", "The ministry's
# budget"): the figures it states are that body's own
RE_BODY_POSSESSIVE = re.compile(
    rf"\s*[Tt]he\s+(?:[a-z][\w-]*\s+){{0,2}}(?P<noun>{'|'.join(sorted(INSTITUTION_NOUNS))})['’]s\s"
)


def _other_body(who: str, holders: list[str]) -> bool:
    """Whether a credit naming a body by "the" ("the Directorate of Labour", "the company") is another
    body than one of `holders` (a body noun it does not hold); a person or "its report" may speak for any."""
    credited = who.lower().replace("’", "'").replace("'s", "").split()
    return credited[:1] == ["the"] and any(holder and holder not in credited for holder in holders)


def _body_holder(text: str) -> str:
    """The body noun of a possessive opening a sentence (RE_BODY_POSSESSIVE), or ""."""
    m = RE_BODY_POSSESSIVE.match(text)
    return m.group("noun") if m else ""


def _lede_alone(article: Article, index: int) -> bool:
    """Whether sentence `index` is the article's lede alone in the opening paragraph (after a dateline
    or not: "COPENHAGEN, June 2 (Wire) - ...")."""
    if index == 1 and not article.opens_paragraph(1):
        return line_dateline_end(article.body, article.sentences[0][0]) > 0
    return index == 0


def inside_quotation(article: Article, offset: int) -> bool:
    """True when a body offset lies inside a direct quotation (quote marks opened, not closed)."""
    start, _ = article.sentences[article.sentence_of(offset)]
    opened, closed = article.count_between("“", start, offset), article.count_between("”", start, offset)
    return article.count_between('"', start, offset) % 2 == 1 or opened > closed
