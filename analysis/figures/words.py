"""Word tokens of a window of text, as the dimensions read the words around a number."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from typing import TYPE_CHECKING

from ..letters import LETTER_RUN
from ..vocab import (
    AGENT_ENDINGS,
    ANIMAL_NOUNS,
    APPROX_WORDS,
    CATCH_SPECIES,
    DUAL_AGENT_ENDINGS,
    DUAL_AGENT_WORDS,
    IRREGULAR_SINGULARS,
    LAND_COMPOUND_HEADS,
    LAND_NOUNS,
    MACHINE_AGENT_WORDS,
    NOT_AGENT_WORDS,
    NOT_PERSON_ENDING_WORDS,
    PEOPLE_ENDINGS,
    PEOPLE_NOUNS,
    PERSON_ENDING_MIN_LENGTH,
    ROLE_AGENT_NOUNS,
    WEIGHED_GOODS,
    WEIGHED_PACKS,
    WEIGHED_THINGS,
)

if TYPE_CHECKING:
    from ..extract import Scanner

# A word: a letter, then letters, combining marks and apostrophes ("Nestlé's", "Cafe\u0301").
WORD = rf"{LETTER_RUN}(?:['’]++(?:{LETTER_RUN})?+)*+"
# A word (with apostrophes and hyphenated parts: "well-known", "EU's", "Coca-Cola's"), a number
# with its separators ("1,234.5") or one sign. The lookahead and the possessive repeats change no
# match: they let the scan pass over spaces faster.
RE_TOKEN = re.compile(rf"(?=\S)(?:{WORD}(?:-{WORD})*+|\d[\d,.]*+|[^\w\s])")


# Signs that stand on their own before or after a word, never part of it ("profit," "slowed."
# "(the"), and the characters of a number ("1,480."): a run of non-spaces made of a word and
# one such sign, or of a number, is read without a regex.
CLOSING_SIGNS = frozenset(',.;:!?)]"”')
OPENING_SIGNS = frozenset('([“"')
NUMBER_CHARS = "0123456789,."
# The opening of a fact box's label line: the line's start, then a list's dash or bullet if any
# ("Age: 34", "- Days on market: 7"; ages.RE_AGE_LABEL, durations.RE_SPAN_LABEL, count_results.RE_TEAM_STAT_PAIR_LINE)
LABEL_LINE_OPENING = r"(?:^|(?<=\n))[ \t]*(?:[-–•*·][ \t]+)?"
# the same opening read in a window that ends at the figure (a pattern ending in \Z or a number)
LABEL_LINE_OPENING_BEFORE = r"(?:^|\n)[ \t]*(?:[-–•*·][ \t]+)?"
# A fact box's or a listing's label line as a whole: its opening, the label (words, digits and
# stops: "Tide", "Height of spire", "Max. temp", "PM2.5") with a bracketed aside if any, then its
# colon ("Tide: high 4.7m at 05:12, low 0.9m at 11:30", "Subscribers: 6.2m, up from 5.1m")
RE_LINE_LABEL = re.compile(
    rf"{LABEL_LINE_OPENING}(?P<label>[A-Z][A-Za-z0-9'’ .-]{{0,40}}?)(?:[ \t]+\([^()\n]{{1,30}}\))?:[ \t]+"
)
LINE_LABEL_FIGURE_REACH = 100  # characters from a label line's start to a figure it labels, at most
# what ends a label's reach on its line: another label's colon or a sentence's stop ("Length: 4.8m.
# Price: 2.3m")
LABEL_REACH_ENDS = (": ", ". ", ":\t", ".\t")
AGENT_MIN_LENGTH = 5  # "cutters", "tappers", "dyers"; not "ers" words as short as "hers", "tors"
HANDS_COMPOUND_MIN_LENGTH = 8  # "cowhands", "deckhands": a worker's word before "hands"
EES_MIN_LENGTH = 8  # "retirees", "appointees"; not "coffees", "degrees", "decrees", "toffees"
HERDS_COMPOUND_MIN_LENGTH = 8  # "cowherds", "shepherds": a herder; not "herds" of animals


def token_runs(text: str) -> list[str]:
    """RE_TOKEN.findall(text), read run by run of non-spaces (no token holds a space): a word
    alone or with one opening or closing sign, a number of digits, commas and points, or one sign
    (most runs), is read without the regex (str.isalpha letters are all LETTER's)."""
    found: list[str] = []
    append = found.append  # (bound once: most runs are one word)
    for run in text.split():
        if run.isalpha():
            append(run)
        elif run[-1] in CLOSING_SIGNS and run[:-1].isalpha():
            found += (run[:-1], run[-1])
        elif "0" <= run[0] <= "9" and not run.strip(NUMBER_CHARS):
            append(run)  # "\d[\d,.]*+" takes it whole, a stop after it too
        elif run[0] in OPENING_SIGNS and run[1:].isalpha():
            found += (run[0], run[1:])
        elif len(run) == 1 and not run.isalnum() and run != "_":
            append(run)  # one sign alone ("," "(" "•"): "[^\w\s]"
        elif _one_token(run):
            append(run)  # "world's", "pre-tax"
        else:
            found += RE_TOKEN.findall(run)
    return found


def _one_token(run: str) -> bool:
    """Whether a run of non-spaces is one word token, read without the regex: runs of letters
    joined by single hyphens, each with apostrophes after its first letter ("world's", "students'",
    "year-on-year", "Coca-Cola's")."""
    return all(
        p and p[0] not in "'’" and p.replace("'", "").replace("’", "").isalpha() for p in run.split("-")
    )


def tokens(text: str) -> list[str]:
    """The words, numbers and signs of a text, in order (RE_TOKEN's matches, read run by run)."""
    return token_runs(text)


def tokens_between(text: str, start: int, end: int) -> list[str]:
    """The tokens of text[start:end] (RE_TOKEN's matches, read run by run)."""
    return token_runs(text[start:end])


def tokens_before(text: str, lo: int, hi: int) -> list[str]:
    """The tokens of a window text[lo:hi] read back from `hi`, less a first word that the window's
    start cuts in two ("onal savings funds" of "the national savings funds" is "savings funds")."""
    found = tokens_between(text, lo, hi)
    if found and 0 < lo < hi and text[lo - 1].isalnum() and text[lo].isalnum():
        return found[1:]
    return found


def first_tokens(text: str, start: int, end: int, count: int) -> list[str]:
    """The first `count` tokens of text[start:end] (a short window: all its tokens are found at once)."""
    return tokens_between(text, start, end)[:count]


def first_token(text: str, start: int, end: int) -> str:
    """The first token of text[start:end], or ""."""
    found = RE_TOKEN.search(text, start, end)
    return found.group() if found else ""


def sentence_fact(sc: Scanner, name: str, offset: int, fact: Callable[[int], bool]) -> bool:
    """`fact(offset)`, a fact about the whole sentence around `offset` (it reads no more than that
    sentence), worked out once for a run of figures in one sentence: the scanner keeps the last
    sentence's answer of each named fact, so a long sentence is not read again for every figure."""
    s_start, _ = sc.sentence_bounds(offset)
    last = sc.sentence_facts.get(name)
    if last is None or last[0] != s_start:
        last = sc.sentence_facts[name] = (s_start, fact(offset))
    return last[1]


def first_in_sentence(sc: Scanner, offset: int, word: str) -> int:
    """Where `word` (lower case) first stands in the lower-cased sentence around `offset`, or -1,
    worked out once for a run of figures in one sentence (whether it stands before a figure is then
    one comparison, not a read of the sentence so far for every figure)."""
    s_start, s_end = sc.sentence_bounds(offset)
    last = sc.sentence_firsts.get(word)
    if last is None or last[0] != s_start:
        last = sc.sentence_firsts[word] = (s_start, sc.lower.find(word, s_start, s_end))
    return last[1]


def text_fact(sc: Scanner, name: str, fact: Callable[[], bool]) -> bool:
    """`fact()`, a fact about the whole text (a recipe, an article about electricity), worked out
    once per text: the scanner keeps each named answer."""
    known = sc.text_facts.get(name)
    if known is None:
        known = sc.text_facts[name] = fact()
    return known


def sentence_names(sc: Scanner, offset: int, cues: tuple[str, ...]) -> bool:
    """Whether the lower-cased sentence around `offset` holds any of `cues` (lower-case words or
    phrases): the sentence speaks of racing, pay, inflation, a quake. Worked out once per sentence
    and table of cues (the scanner keeps each answer), so a long sentence of figures is not read
    again for every figure."""
    s_start, s_end = sc.sentence_bounds(offset)
    known = sc.sentence_cues.get((s_start, cues))
    if known is None:
        sentence = sc.lower[s_start:s_end]
        known = sc.sentence_cues[s_start, cues] = any(cue in sentence for cue in cues)
    return known


# The trigger index of cue_within: the text its cues' places were found in (held, so that no other
# text can be taken for it), and where each table of cues starts in that text, in order.
_CUE_TEXT: list[str] = [""]
_CUE_STARTS: dict[tuple[str, ...], list[int]] = {}


def cue_within(text: str, cues: tuple[str, ...], lo: int, hi: int) -> bool:
    """Whether one of `cues` (literal strings, matched as written) may stand inside text[lo:hi]: a
    cue starts there no later than the shortest cue's length before `hi`. Where the cues start is
    found once per text and table of cues (one str.find scan a cue), so a rule whose every match
    holds one of its cues is passed over with one bisect for a figure whose window holds none."""
    if _CUE_TEXT[0] is not text:
        _CUE_TEXT[0] = text
        _CUE_STARTS.clear()
    starts = _CUE_STARTS.get(cues)
    if starts is None:
        starts = _CUE_STARTS[cues] = sorted(at for cue in cues for at in _places(text, cue))
    i = bisect_left(starts, lo)
    return i < len(starts) and starts[i] <= hi - min(map(len, cues))


def _places(text: str, cue: str) -> list[int]:
    """Every offset where `cue` starts in the text."""
    found = []
    at = text.find(cue)
    while at >= 0:
        found.append(at)
        at = text.find(cue, at + 1)
    return found


def holds_any(text: str, core: str, cues: tuple[str, ...]) -> bool:
    """Whether any of `cues`, each of which holds `core`, is in the text: the same as one `in` test
    a cue, read only where `core` stands (one str.find for a rare core in place of a scan a cue)."""
    at = text.find(core)
    while at >= 0:
        for cue in cues:
            lead = cue.index(core)
            if at >= lead and text.startswith(cue, at - lead):
                return True
        at = text.find(core, at + 1)
    return False


def sentence_matches(sc: Scanner, offset: int, pattern: re.Pattern[str]) -> bool:
    """Whether `pattern` is found in the lower-cased sentence around `offset`: the sentence speaks
    of the sky, of wind, of a financial multiple. Worked out once per sentence and pattern (as
    sentence_names' answers)."""
    s_start, s_end = sc.sentence_bounds(offset)
    known = sc.sentence_cues.get((s_start, pattern))
    if known is None:
        known = sc.sentence_cues[s_start, pattern] = pattern.search(sc.lower, s_start, s_end) is not None
    return known


def singular(noun: str) -> str:
    """The singular of a lower-case plural noun as news writes it ("households", "families",
    "women", "boxes"); the word itself when it does not end in "s"."""
    if noun in IRREGULAR_SINGULARS:
        return IRREGULAR_SINGULARS[noun]
    if noun.endswith("ies"):
        return noun[:-3] + "y"
    if noun.endswith(("sses", "shes", "ches", "xes")):
        return noun[:-2]
    return noun[:-1] if noun.endswith("s") else noun


# "of" and one to three words right after a unit word ("pounds of fresh fish", "a pound of good
# Welsh coal")
# ("of" and up to three words, each may be hyphened: "pounds of market-clean meat")
RE_OF_WORDS_AFTER = re.compile(
    r" of (?P<w1>[a-z]+(?:-[a-z]+)*)(?: (?P<w2>[A-Za-z]+(?:-[a-z]+)*))?(?: (?P<w3>[a-z]+(?:-[a-z]+)*))?"
)


# a pack and "of" right before a number, a hedge (vocab.APPROX_WORDS) allowed ("boxes of 40", "sacks
# of about 100"), and the numbers of a list or range this one ends ("two mahimahi of 18 and 23
# pounds", "tuna of 6 to 9 pounds", "dorado of 12, 15 and 19 pounds")
RE_PACK_OF_BEFORE = re.compile(
    rf"\b(?P<pack>[A-Za-z]+) of (?:(?:{'|'.join(map(re.escape, APPROX_WORDS))}) )?"
    r"(?:\d[\d,]*(?:\.\d+)?(?:,? and |,? or |, | to |\s?[-–]\s?)){0,4}\Z"
)


def is_weighed_thing(noun: str) -> bool:
    """Whether a lower-case noun names something weighed in pounds: a pack (vocab.WEIGHED_PACKS), a
    fish or a beast (vocab.CATCH_SPECIES, ANIMAL_NOUNS, a singular or its plural), a catch, a baby
    (vocab.WEIGHED_THINGS)."""
    return (
        noun in WEIGHED_PACKS
        or noun in WEIGHED_THINGS
        or noun in CATCH_SPECIES
        or noun in ANIMAL_NOUNS
        or singular(noun) in ANIMAL_NOUNS
    )


def pack_weighed_before(body: str, start: int) -> bool:
    """Whether a pack, a fish or another thing weighed (is_weighed_thing) and "of" come right before
    the number at `start`: "boxes of 40 pounds each", "sacks of about 100 pounds", "a yellowfin of
    52 pounds", "two mahimahi of 18 and 23 pounds" weigh."""
    m = RE_PACK_OF_BEFORE.search(body, max(0, start - 40), start)
    return m is not None and is_weighed_thing(m.group("pack").lower())


def goods_weighed_after(body: str, end: int) -> bool:
    """Whether "of" and weighed goods (vocab.WEIGHED_GOODS) or a fish landed (vocab.CATCH_SPECIES),
    next or after a word or two, follow `end`: "418 pounds of cocaine", "20 pounds of coffee
    cherry", "pounds of fresh fish", "pounds of market-clean meat", "pounds of cod" weigh."""
    m = RE_OF_WORDS_AFTER.match(body, end)
    return m is not None and any(
        w in WEIGHED_GOODS or w in CATCH_SPECIES for w in (m.group("w1"), m.group("w2"), m.group("w3"))
    )


# "of thrust" right after pounds: an engine's force ("8.8 million pounds of thrust", "43,000 pounds
# of static thrust"), which measures.py reads as pounds-force, neither money nor a weight
RE_THRUST_AFTER = re.compile(r" of (?:(?:static|take-?off|maximum|peak) )?thrust\b")


def thrust_after(body: str, end: int) -> bool:
    """Whether "of thrust" follows the unit word ending at `end` (see above)."""
    return RE_THRUST_AFTER.match(body, end) is not None


RE_OF_LAND_WORDS_AFTER = re.compile(r" of ((?:[a-z]+ ?){1,4})")


def land_after(body: str, end: int) -> bool:
    """Whether "of" and land (vocab.LAND_NOUNS), next or after one or two words, follow `end`:
    "25 cents of land", "60 cents of paddy land" measure land; not when the land word heads a
    compound ("5 cents of property tax": vocab.LAND_COMPOUND_HEADS)."""
    m = RE_OF_LAND_WORDS_AFTER.match(body, end)
    if m is None:
        return False
    words = m.group(1).split()
    at = next((i for i, word in enumerate(words[:3]) if word in LAND_NOUNS), None)
    return at is not None and (at + 1 == len(words) or words[at + 1] not in LAND_COMPOUND_HEADS)


# a verb that states a weight right before the number: a fish or a beast "went 38 pounds", "tipped
# the scales at 19 pounds", a carcass "dressed out at 180 pounds", a body that "put on 20 pounds"
# or "shed 11 pounds" (no price "went 5 pounds" without
# "up", "for" or a comparative after it: RE_MOVED_ON_AFTER)
RE_WEIGHED_BEFORE = re.compile(
    r"\b(?:went|goes|tip(?:s|ped|ping)?\s+the\s+scales\s+at|(?:on|off)\s+the\s+scales\s+at|dressed\s+(?:out\s+)?at"
    r"|(?:put|puts|putting|piled|piles|piling)\s+on|shed|sheds|shedding)"
    rf"(?:\s+(?:{'|'.join(map(re.escape, APPROX_WORDS))}))?\s+\Z",
    re.IGNORECASE,
)
RE_MOVED_ON_AFTER = re.compile(
    r"\s+(?:higher|lower|up|down|over|under|more|less|better|cheaper|dearer|above|below|off|per|a|an|each)\b"
)


# a catch quota of a fish or of goods weighed, named in the clause before the number ("the lobster
# quota was raised to 450,000 pounds", "the grouper catch quota of 90,000 pounds"): a weight, where
# a quota of money would be a sum ("a quota of 5 million pounds in grants" names no goods)
RE_GOODS_QUOTA_BEFORE = re.compile(
    r"(?P<goods>[a-z]+)\s+(?:catch\s+)?quotas?\b[^.;:!?\d£$€]{0,40}\Z", re.IGNORECASE
)
QUOTA_REACH = 60  # characters before the number read for the quota


# ... or a catch, a haul or a load named in the clause before the number as what moved or stood
# there ("a morning's catch of snapper had fallen to around 15 pounds", "the haul rose to 600
# pounds a trip", "a load of up to 2,000 pounds"): its weight, even after a change word that
# would make an amount money; a word of money between ("worth", "sold", "fetched") makes it a sum
RE_WEIGHED_HEAD_BEFORE = re.compile(
    r"\b(?<!debt\s)(?<!tax\s)(?:catch|catches|haul|hauls|landings|load|loads)\b"
    r"(?P<between>[^.;:!?\d£$€]{0,60})\Z",
    re.IGNORECASE,
)
RE_MONEY_WORD = re.compile(
    r"\b(?:worth|sold|sells?|selling|fetch\w*|paid|pays?|prices?|priced|costs?|costing|values?|valued"
    r"|earn\w*|income|revenues?|fines?|bills?)\b",
    re.IGNORECASE,
)
WEIGHED_HEAD_REACH = 80  # characters before the number read for a catch, a haul or a load


def weighed_before(body: str, start: int, end: int) -> bool:
    """Whether a verb stating a weight stands right before the number at `start` whose unit ends at
    `end` ("the pike went 38 pounds", "tipped the scales at 19 pounds"; see above), a catch quota
    of goods weighed ("the conch quota was cut to 600,000 pounds"), or a catch, a haul or a load in
    its clause with no word of money between (RE_WEIGHED_HEAD_BEFORE)."""
    if (
        RE_WEIGHED_BEFORE.search(body, max(0, start - 40), start) is not None
        and RE_MOVED_ON_AFTER.match(body, end) is None
    ):
        return True
    head = RE_WEIGHED_HEAD_BEFORE.search(body, max(0, start - WEIGHED_HEAD_REACH), start)
    if head is not None and RE_MONEY_WORD.search(head.group("between")) is None:
        return True
    m = RE_GOODS_QUOTA_BEFORE.search(body, max(0, start - QUOTA_REACH), start)
    return m is not None and (
        (goods := m.group("goods").lower()) in WEIGHED_GOODS
        or goods in CATCH_SPECIES
        or is_weighed_thing(goods)
    )


# The subjects percent.py gives a study's confidence level ("(95% CI ...)") and the bounds of its
# interval ("confidence interval of <estimate>"): a later figure is compared with neither
CONFIDENCE_SUBJECT = "confidence level of the interval"
INTERVAL_BOUNDS_SUBJECT = "confidence interval of"


def has_person_ending(lower: str) -> bool:
    """Whether a lower-case plural names persons by its end (vocab.PEOPLE_ENDINGS: "peacekeepers",
    "machinists", "paediatricians", "engineers", "dockworkers", "servicemen", "shepherds",
    "appointees"), not a thing that shares the end ("radians", "checklists", "careers", "lumen",
    "committees"); "-lists" only after a vowel, a double "l" or a "c", or in "stylists"
    ("journalists", "finalists", "cellists", "motorcyclists", "hairstylists", not "playlists",
    "shortlists")."""
    if len(lower) < PERSON_ENDING_MIN_LENGTH or not lower.endswith(PEOPLE_ENDINGS):
        return False
    if (
        lower in NOT_PERSON_ENDING_WORDS
        or "-" in lower
        and lower.rsplit("-", 1)[1] in NOT_PERSON_ENDING_WORDS
    ):
        return False
    if lower.endswith("ists"):
        # "heists", "hoists", "joists": a vowel before the end is no agent's
        return (
            len(lower) >= 7
            and lower[-5] not in "aeiouy"
            and (
                not lower.endswith("lists")
                or lower[-6] in "aeiou"
                or lower.endswith(("llists", "clists", "stylists"))
            )
        )
    if lower.endswith("ees"):
        return len(lower) >= EES_MIN_LENGTH  # "trainees", "franchisees"; not "fees", "degrees"
    if lower.endswith("eers"):
        return len(lower) >= 8  # "engineers", "pioneers"; not "beers", "steers", "jeers"
    if lower.endswith("men"):
        return len(lower) >= 6 or lower == "women"  # "gunmen", "seamen"; not "omen"
    if lower.endswith("hands"):
        return len(lower) >= HANDS_COMPOUND_MIN_LENGTH  # "cowhands", "deckhands"; not "hands"
    if lower.endswith("herds"):
        return len(lower) >= HERDS_COMPOUND_MIN_LENGTH and "-" not in lower  # not "cattle-herds"
    return True


def names_persons(lower: str) -> bool:
    """Whether a lower-case plural names persons: a noun of vocab.PEOPLE_NOUNS ("workers") or a
    person's end (has_person_ending: "machinists")."""
    return lower in PEOPLE_NOUNS or has_person_ending(lower)


def is_agent_plural(lower: str) -> bool:
    """Whether a lower-case plural has an agent noun's end (vocab.AGENT_ENDINGS: "cutters",
    "pickers", "sweepers", "monitors", "developers"), a doer of a verb that may be a person or a
    machine, a tool or a boat: the sentence decides which; or a role noun that also names things
    (vocab.ROLE_AGENT_NOUNS: "coaches", "guides"); not a word whose end is no agent's
    (vocab.NOT_AGENT_WORDS: "numbers", "orders", "quarters"), nor a machine's (vocab.MACHINE_AGENT_WORDS:
    "tankers", "scanners"), nor an animal's ("tigers")."""
    last = lower.rsplit("-", 1)[-1]  # "grape-pickers": the compound's head
    if last in ROLE_AGENT_NOUNS:
        return True
    return (
        len(last) >= AGENT_MIN_LENGTH
        and last.endswith(AGENT_ENDINGS)
        and last.isalpha()
        and last not in NOT_AGENT_WORDS
        and last not in MACHINE_AGENT_WORDS
        and last[:-1] not in ANIMAL_NOUNS  # "12,000 lobsters died", "40 tigers fled"
    )


def is_person_agent(lower: str) -> bool:
    """Whether a lower-case agent plural (is_agent_plural) names persons wherever it is written
    ("refuse collectors", "bakers", "scaffolders", "air traffic controllers"): not a role noun
    that also names things (vocab.ROLE_AGENT_NOUNS), nor a doer that is also a firm, machine, tool
    or boat (vocab.DUAL_AGENT_WORDS, DUAL_AGENT_ENDINGS: "pickers", "operators", "carmakers"), nor a
    noun of vocab.PEOPLE_NOUNS, whose own rules decide it ("members" of a bloc are countries)."""
    last = lower.rsplit("-", 1)[-1]
    return (
        is_agent_plural(lower)
        and last not in ROLE_AGENT_NOUNS
        and last not in DUAL_AGENT_WORDS
        and last not in PEOPLE_NOUNS  # "members", "drivers": decided by their own rules
        and not last.endswith(DUAL_AGENT_ENDINGS)
    )


def line_label(body: str, start: int) -> str:
    """The label of the label line (RE_LINE_LABEL) whose figures a figure at `start` is among: on
    that line after the label's colon, with no other label or sentence stop between; or ""."""
    lo = max(0, start - LINE_LABEL_FIGURE_REACH)
    line = body.rfind("\n", lo, start) + 1
    if line == 0 and lo > 0:
        return ""  # the line starts too far back
    m = RE_LINE_LABEL.match(body, line, start)
    if m is None or any(end in body[m.end() : start] for end in LABEL_REACH_ENDS):
        return ""
    return m.group("label")
