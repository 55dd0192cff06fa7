"""Sport names: digits that name places and positions in sport and events: periods and stages,
slots and starting positions, finishing places in results, series placings, triathlon names, line
scores, odds, clubs' founding years and age-grade teams ("Under-21")."""

from __future__ import annotations

import re

from ..vocab import (
    BETTING_NOUNS,
    IRREGULAR_SINGULARS,
    MONTHS,
    PEOPLE_NOUNS,
    SLOT_PLACED_WORDS,
    SLOT_POSITION_WORDS,
    SLOT_VERB_WORDS,
)
from .digit_groups import PERCENT_AFTER, previous_word
from .model_names import RE_COUNT_BEFORE_NAME, RE_PLURAL_AFTER
from .place_names import (
    NOT_NAMES,
    PLACE_COUNT_VERBS,
    PLACE_DETERMINER_REACH,
    PLACE_MEASURE_WORDS,
    RE_CAPITALISED_BEFORE,
    RE_PLACE_DETERMINER_BEFORE,
    RE_PLACE_NEXT_WORD,
    RE_SLOT_NUMBER_END,
    SEAT_LETTER_GLUED,
)

# a numbered day, week or month of a trial, a strike or a season after a preposition ("by week
# 68", "on day 3 of the strike"), or a numbered move, round or lap of a game or a race ("lost on
# move 97", "after round 9", "on lap 12", "in Game 7"): a position, like "game six" (rules, table
# 8); "last week 40 people" has no preposition right before the period word
# ... and a league's numbered week or round, a poll's wave and a ratings survey ("since matchweek
# 12", "in gameweek 9", "in wave 3", "in survey 6")
PERIOD_POSITION_WORDS = frozenset(
    ("week", "day", "month", "move", "round", "lap", "game")
    + ("matchweek", "gameweek", "matchday", "wave", "survey")
)
# (a week of the health authorities' calendar too: "in epidemiological week 12", "by epi week 12";
# and after "during", "since" or a report's "covering": "the bulletin, covering week 9, shows")
# ... and after a colon, as an injury list gives a player's expected return ("O'Dea (concussion):
# round 26.", "Expected return: week 9")
RE_PERIOD_POSITION_BEFORE = re.compile(
    r"(?:(?<![\w-])(?i:by|at|in|on|from|until|through|after|before|during|since|covering)\s+|:[ \t]+)"
    r"(?:(?i:epidemiological|epidemiologic|epi|reporting|calendar)\s+)?"
    r"(?i:week|day|month|move|round|lap|game|matchweek|gameweek|matchday|wave|survey)\s\Z"
)
SHORT_PERIOD_WORDS = frozenset(("wave", "survey"))  # numbered with one or two digits only
# a league's numbered week or day in one word names a round of fixtures wherever it stands
# ("Matchweek 12 saw three red cards")
LEAGUE_PERIOD_WORDS = frozenset(("matchweek", "gameweek", "matchday"))
# a period word in lower case after a body's or a product's name: a ratings body's week ("in BARC
# week 47", "Nielsen week 32 figures"), a station group's survey ("Radio survey 6"); not a word
# that sets a time, a feast's week among them ("Last week 40 people", "This week 12 schools",
# "Christmas week 30 flights"), nor persons counted after it ("Easter week 40 people died")
RE_NAMED_PERIOD_BEFORE = re.compile(r"(?<![\w&'’-])([A-Z][A-Za-z]+)\s(?:week|survey|wave)\s\Z")
TIME_SETTING_WORDS = frozenset(
    "This That Last Next Each Every Same Following Previous Final First Second Third Fourth One Any".split()
    + "Christmas Easter Holy Passover Ramadan Eid Diwali Thanksgiving Carnival Festival".split()
)
# ... or before "of" and the whole it is part of, its noun singular ("week 3 of the trial", "moves
# to round 16 of the competition", "wave 3 of the poll"), no determiner or time word before the period
# word ("in the week 3 of the crew", "last week 3 of the staff" count them)
RE_PERIOD_OF_AFTER = re.compile(
    r" of (?:the|this|its|their|a|an) (?:[a-z-]+ )?(?:[A-Z][\w-]*|[a-z-]+(?<!s))(?=[\s,.;:)]|\Z)"
)
RE_PERIOD_WORD_LEAD = re.compile(
    r"(?<![\w-])(?i:the|a|an|this|that|each|every|its|their|his|her|our|one|last|next|past|same|previous"
    r"|following|first|final)\s+(?:[a-z]+\s+)?\Z"
)
PERIOD_LEAD_REACH = 30  # characters before the period word read for a determiner or a time word


def period_position(body: str, before: str, word: str, start: int, end: int) -> bool:
    """Whether the number at start:end after a period word `word` (PERIOD_POSITION_WORDS) numbers
    a position in time: after a preposition ("by week 68"), a league's round in one word
    ("matchweek 12"), a period word in lower case after a name ("BARC week 47") or before the
    whole it is a part of ("week 3 of the trial")."""
    lower = word.lower()
    if lower not in PERIOD_POSITION_WORDS or lower in SHORT_PERIOD_WORDS and end - start > 2:
        return False  # "in survey 600 people said": a poll's waves and surveys run to two digits
    if RE_PERIOD_POSITION_BEFORE.search(before):
        return True
    if end - start > 2 or not body[start:end].isdigit() or body.startswith(PERCENT_AFTER, end):
        return False
    if lower in LEAGUE_PERIOD_WORDS:
        return True
    if word != lower:
        return False
    word_start = len(before) - 1 - len(word)
    named = RE_NAMED_PERIOD_BEFORE.search(before)
    if named is not None and named.group(1) not in TIME_SETTING_WORDS and named.group(1) not in NOT_NAMES:
        following = RE_PLACE_NEXT_WORD.match(body, end)
        after_word = following.group(1) if following else ""
        return not (
            after_word in PEOPLE_NOUNS
            or after_word in PLACE_COUNT_VERBS
            or after_word.endswith("ed")
            or after_word.lower() in PLACE_MEASURE_WORDS
        )
    return bool(RE_PERIOD_OF_AFTER.match(body, end)) and not RE_PERIOD_WORD_LEAD.search(
        before, max(0, word_start - PERIOD_LEAD_REACH), word_start
    )


# a numbered stage of a stage race or of a disease, a racehorse's starting stall in Australian
# and Asian racing, and a race of a meeting's card in lower case or as a results page's capitalised
# heading ("won stage 14", "the stage 9 time trial", "stage 3 cancer", "jumped from barrier 11",
# "took race 5 on Sugar Cane", "RACE 3 (2:30pm)"): a position (rules, table 8), as "Stage 4",
# "Gate 3" and "Race Seven" are; a noun or a unit after the number counts or measures ("the stage
# 20 minutes late", "a barrier 3 metres high", "ran the race 2 hours late"); a runner's "horse 14"
STAGE_POSITION_WORDS = frozenset(("stage", "barrier", "race", "RACE", "horse"))
# ... and a runner's saddlecloth number, after "horse" (above: "a ¥10,000 stake on horse 14 in the
# Tenno Sho") or between "the" and the singular "horse" ("after the 8 horse fell", "backed the 3
# horse"): a label, as a bib's number is; "the 12 horses" counts them
RE_SADDLECLOTH_AFTER = re.compile(r" horse\b(?![-‑'’]| [a-z]+s\b)")
RE_STAGE_NUMBER_END = re.compile(
    r"\s+(?:of|on|in|at|and|or|to|from|for|with|is|was|will|has|had|after|before|where|when|which"
    r"|time|team|finish|summit|win|winner|victory|result|results|climb|cancer|tumours?|restrictions"
    r"|by|[A-Z])\b|[,.;:)]|\s*\Z|\s\((?=\d{1,2}[:.]\d\d)|\s[–—]\s"
)
# a slot's word before its number (vocab.SLOT_POSITION_WORDS; vocab.SLOT_PLACED_WORDS only after a
# preposition and "the" or an owner's "'s", or with a seat's letter glued to the number: slot_number)
SLOT_PLACED_REACH = 30  # characters before the number read for the preposition before its word
RE_SLOT_PLACED_BEFORE = re.compile(
    r"(?:(?<![\w-])(?i:in|at|on|off|aboard|board|from|of|for|to|into|onto|near|behind|beside|outside|each|every)"
    r"\s+(?:the\s+)?|\w['’]s\s+)"
    rf"(?:{'|'.join(sorted(SLOT_PLACED_WORDS))})\s\Z"
)
RE_SEAT_LETTER_GLUED = re.compile(SEAT_LETTER_GLUED)
# "to", a modal, a subject pronoun or a relative before a slot's word that is a verb too
# (vocab.SLOT_VERB_WORDS): the verb ("able to store 40 in the tank", "they store 1,200 in bins",
# "silos that store 90 each"), its number a count
RE_SLOT_VERB_BEFORE = re.compile(
    r"(?<![\w-])(?:to|can|could|will|would|may|might|must|should|[Ww]e|[Tt]hey|[Yy]ou|I|who|which|that)\s\Z"
)
SLOT_VERB_REACH = 8  # characters before a slot's word read for "to", a modal or a pronoun


# ... and inside a counted noun phrase, a count before the slot's word in lower case and a plural
# noun after its number ("12 cell 4 inmates", "30 wing 2 patients"): the noun after is counted
# (as "42 ward 6 residents" is), the slot's number names the slot
# ... never a unit of length or of time ("runs one store 20 miles from the city", "one cell 3
# metres wide": the distance or the size, measured)
RE_COUNTED_SLOT_AFTER = re.compile(
    r" (?!(?:years|months|weeks|days|hours|minutes|seconds|metres|meters|miles|yards|inches|feet"
    r"|kilometres|kilometers)\b)[a-z]{2,}s\b"
)
SLOT_COUNT_REACH = 24  # characters before the slot's word read for the count


def slot_number(body: str, word: str, start: int, end: int) -> bool:
    """Whether the short number at start:end after `word` numbers a slot (SLOT_POSITION_WORDS,
    SLOT_PLACED_WORDS), in lower case or in title case ("from Stand 3 every morning", "in Bay 4");
    after a determiner and the slot's word, a verb a count takes makes it the count of those there
    ("on the platform 12 were injured", "at the pier 20 died"), as for a numbered place; a plural
    with no "s" after the number counts ("in the car 3 men"); a count before the slot's word names
    the slot before a plural noun ("12 cell 4 inmates")."""
    lower = word.lower() if word[:1].isupper() and word[1:].islower() else word
    word_start = start - 1 - len(word)
    if lower in SLOT_VERB_WORDS and RE_SLOT_VERB_BEFORE.search(
        body, max(0, word_start - SLOT_VERB_REACH), word_start
    ):
        return False  # "able to store 40 in the tank": the verb, then a count
    if not (
        (
            lower in SLOT_POSITION_WORDS
            or lower in SLOT_PLACED_WORDS
            and (
                lower != word
                or bool(RE_SLOT_PLACED_BEFORE.search(body, max(0, start - SLOT_PLACED_REACH), start))
                or bool(RE_SEAT_LETTER_GLUED.match(body, end))
            )
        )
        and (
            RE_SLOT_NUMBER_END.match(body, end)
            or lower == word
            and word_start > 0
            and RE_COUNTED_SLOT_AFTER.match(body, end)
            and RE_COUNT_BEFORE_NAME.search(body, max(0, word_start - SLOT_COUNT_REACH), word_start)
        )
    ):
        return False
    after = RE_PLACE_NEXT_WORD.match(body, end)
    following = after.group(1) if after else ""
    if following in IRREGULAR_SINGULARS:
        return False  # "in the car 3 men were found": persons counted, a plural with no "s"
    return not (
        (following in PLACE_COUNT_VERBS or following.endswith("ed"))
        and word_start > 0
        and RE_PLACE_DETERMINER_BEFORE.search(body, max(0, word_start - PLACE_DETERMINER_REACH), word_start)
    )


# ... and a starting position compared ("none has won from a gate wider than nine", "from a
# barrier higher than 10"): a position still, not a count
RE_POSITION_COMPARED_BEFORE = re.compile(
    r"\b(?:gate|barrier|draw)s?\s+(?:wider|higher|lower|further\s+out|closer\s+in)\s+than\s\Z", re.IGNORECASE
)
RE_POSITION_COMPARED_END = re.compile(
    r"\s*[,.;:)]|\s*\Z|\s+(?:of|on|in|at|and|or|to|from|for|with|is|was|has|had|since|until|this|last)\b"
)
POSITION_COMPARED_REACH = 40  # characters back to the position's word ("barrier further out than ")


def position_compared(body: str, start: int, end: int) -> bool:
    """Whether the number from `start` to `end`, in digits or words, is a starting position
    compared (see above)."""
    return bool(
        RE_POSITION_COMPARED_BEFORE.search(body, max(0, start - POSITION_COMPARED_REACH), start)
        and RE_POSITION_COMPARED_END.match(body, end)
    )


# A finishing place in a results line, as sports pages print them after the report ("Men: 1 Ana
# Costa 2:09:14, 2 Li Wei (Chn) 2:10:02"): one or two digits after a colon, a comma, a semicolon or
# a line's start, then a name of capitalised words (a country's code in brackets may follow) and a
# race time in h:mm:ss or m:ss; a position, not a quantity (rules, table 8). "and 3 Kenyans 2:10"
# names no one, and "3 Fed Ex trucks" carry no time.
# (a results line set in title case is read lower-cased, so the name's words may be either case)
# Cycling and motor-racing lines put the rider's team after the country's code and print the
# others' gaps to the winner with "at" or "+" ("1 Ana Costa (Por) Team Lusa 4:12:09; 2 Li Wei
# (Chn) Orbis at 0:35"): a gap ends its entry, and the line has printed a time before it ("By
# noon, 40 people at 12:30 had left" and "; 4 police at 3:40 arrived" are counts).
RE_RESULT_PLACE_AFTER = re.compile(
    r"(?P<team> (?:(?!at\s)[^\W\d_][\w'’.-]*\s){1,4}(?:\([A-Za-z]{2,4}\)\s)?(?:(?!at\s)[^\W\d_][\w'’&.-]*\s){0,3})"
    r"(?P<gap>at\s|\+\s?)?\d{1,2}:\d\d(?::\d\d)?(?:\.\d{1,3})?(?![\d:])(?!\s?(?i:am|pm|a\.m|p\.m)\b)"
    r"| (?P<name>(?:[^\W\d_][\w'’.-]*\s){1,4})(?:\([A-Za-z]{2,4}\)\s)?"
    r"\d{1,2}:\d\d(?::\d\d)?(?:\.\d{1,3})?(?![\d:])"
)
RE_RESULT_PLACE_BEFORE = re.compile(r"(?:[:;,]\s|\n|\A)\Z")
RE_RESULT_GAP_END = re.compile(r"\s*(?:[;,.)\n]|\Z)")
RE_RESULT_TIME_BEFORE = re.compile(r"\d:\d\d[;,]")
RESULT_TIME_REACH = 80  # characters before a place with a gap read for the line's earlier time
# words no runner's name is made of: a clock time or a count's clause ("3 finished by 2:10")
NOT_NAME_WORDS = frozenset(
    "at by in on until till from to before after was were is are and or the a an of for with finished"
    " runners riders athletes".split()
)


# A finishing place before a horse's name, its jockey in brackets and its starting price, as a
# racing results page prints each entry ("1 Coral Dancer (J. Husbands) 5-2", "2 Silver Sands (P.
# Wiltshire, 8st 9lb) 3-1 fav", "3 Lady Carlisle (K. Boyce) evens"): the price makes it an entry,
# on its own line or run on after the purse or the last entry's price (rules, table 8: a place is
# a position; the odds get no row, p172). (A line set in title case is read lower-cased, so the
# name's and the jockey's words may be either case.)
RE_ODDS_ENTRY = re.compile(
    r" (?P<name>[^\W\d_][\w'’.-]*(?: [^\W\d_][\w'’.-]*){0,4})(?: \([A-Za-z]{2,3}\))? \([^\W\d_][^()\n]{1,40}\)"
    r" (?:\d{1,3}[-/]\d{1,2}|[Ee]vens|[Ee]vs)(?: (?:[Jj]t-?)?[Ff]av(?:ourite)?)?(?![\w/-])"
)


# A race card's entry line, as racing pages print a field: the saddlecloth number, the runner's
# name, its barrier draw in brackets and the weight it carries ("1 Raja Kinta (8) 59kg, rated 84",
# "4 Silver Kite (5) 56kg"; the lines may be run together as one paragraph): the saddlecloth and
# the draw are names, no figures (rules, table 8), while the weight and the rating are read; and a
# tipster's line after its label ("SELECTIONS: 1 Raja Kinta, 3 Emerald Hornbill", "Best bets: 4
# Storm Drift") names runners by their saddlecloths (a line in capitals is read lower-cased)
CARD_NAME = r"[A-Z][\w'’.-]*(?: (?:[A-Z][\w'’.-]*|of|the|de|du|la|le)){0,4}"
RE_CARD_ENTRY_AFTER = re.compile(rf" {CARD_NAME} \(\d{{1,2}}\) \d{{2}}(?:\.\d)?\s?kg\b")
RE_CARD_DRAW_BEFORE = re.compile(rf"(?:^|\s)\d{{1,2}} {CARD_NAME} \(\Z")
RE_CARD_DRAW_AFTER = re.compile(r"\) \d{2}(?:\.\d)?\s?kg\b")
TIPS_NAME = r"[^\W\d_][\w'’.-]*(?: [^\W\d_][\w'’.-]*){0,4}"
RE_TIPS_LABEL_BEFORE = re.compile(
    rf"(?:^|\n)(?:SELECTIONS?|Selections?|BEST BETS?|Best bets?|NAPS?|Naps?|TIPS|Tips|Our tips)\s?:\s"
    rf"(?:\d{{1,2}} {TIPS_NAME}(?:,\s|\s(?:and|then)\s))*\Z"
)
CARD_REACH = 160  # characters before a number read for a card's entry or a tips label


def race_card_number(body: str, start: int, end: int) -> bool:
    """Whether the one- or two-digit number at start:end is a race card's saddlecloth or barrier
    draw, or a saddlecloth on a tipster's line (see above)."""
    before = body[start - 1 : start] if start else "\n"
    if before == "(":
        return (
            RE_CARD_DRAW_AFTER.match(body, end) is not None
            and RE_CARD_DRAW_BEFORE.search(body, max(0, start - CARD_REACH), start) is not None
        )
    if not before.isspace() or body[end : end + 1] != " ":
        return False
    if RE_CARD_ENTRY_AFTER.match(body, end) is not None:
        return True
    return (
        body[end + 1 : end + 2].isalpha()
        and RE_TIPS_LABEL_BEFORE.search(body, max(0, start - CARD_REACH), start) is not None
    )


def is_result_place(body: str, start: int, end: int) -> bool:
    """Whether the digits at body[start:end] are a finishing place before a name and a time in a
    results line, a place before a horse's name, jockey and price, or one of a run of places in
    order (below)."""
    if not (end - start <= 2 and body[start:end].isdigit()):
        return False
    if (
        (start == 0 or body[start - 1].isspace())
        and int(body[start:end]) <= PLACE_RUN_MAX
        and (entry := RE_ODDS_ENTRY.match(body, end, end + 100)) is not None
        and not any(word.lower() in NOT_NAME_WORDS for word in entry.group("name").split())
    ):
        return True  # "1 Coral Dancer (J. Husbands) 5-2": a racing result's entry
    if RE_RESULT_PLACE_BEFORE.search(body[max(0, start - 2) : start]) is None:
        return False
    if body[end : end + 1] == ".":
        # "1. Lucy Nattar (Rankin Inlet) 73:41; 2. ...", or an event's only entry after its label
        return _place_in_run(body, start, end) or _labelled_place(body, start, end)
    line = RE_RESULT_PLACE_AFTER.match(body, end, end + 60)
    if line is None:
        return _place_in_run(body, start, end)
    return (
        not line.group("gap")
        or RE_RESULT_GAP_END.match(body, line.end()) is not None
        and RE_RESULT_TIME_BEFORE.search(body, max(0, start - RESULT_TIME_REACH), start) is not None
    ) and not any(
        word.lower() in NOT_NAME_WORDS for word in (line.group("team") or line.group("name")).split()
    )


# Places in order in one results line, each before a capitalised name, whatever mark follows it
# (odds, a time in "min" and "sec", a distance): "1 Silver Arrow (5/2 fav), 2 Northern Lad (9-1)",
# "1 Dara Obi 8.14m; 2 Lars Ek 8.02m": a place is one when the next place ("2 " after "1 ") or the
# one before it opens another entry of the same line, after a comma or a semicolon, or opens the
# next or the last line (entries one a line), within PLACE_RUN_REACH characters, and the name is
# followed by a bracket, a number or the entry's end;
# "1 Chelsea fan, 3 Arsenal fans" and "1 British tourist, 2 French nationals" are no run, nor golf
# scores in order ("66 A. Lindqvist (Sweden); 67 M. Tanaka").
# A place may end in a stop ("1. Lucy Nattar (Rankin Inlet) 73:41; 2. Sammy ..."), its neighbour's
# then too; a rally's crew is a driver and a co-driver joined by a slash, the others' gaps signed
# ("1 Furtado/Moniz 1hr 04min 33.4sec; 2 Ledesma/Roca +12.8sec").
RE_PLACE_NAME = re.compile(
    r" [A-Z][\w'’./-]*(?: (?:[A-Z][\w'’./-]*|de|van|von|da|al|bin))*(?= ?[(\d+]|[,;]|\Z)"
)
# ... and the same in either case, for entries one a line (below)
RE_PLACE_NAME_ANY_CASE = re.compile(
    r" [^\W\d_][\w'’./-]*(?: (?:[^\W\d_][\w'’./-]*|de|van|von|da|al|bin))*(?= ?[(\d+]|[,;]|\Z)"
)
PLACE_RUN_REACH = 120
PLACE_RUN_MAX = 30  # places printed in a results line; golf's round scores (59 and up) are none


def _place_in_run(body: str, start: int, end: int) -> bool:
    """Whether the place at body[start:end] before a name has its neighbour in the line, or on the
    next or the last line (above)."""
    dot = "." if body[end : end + 1] == "." else ""  # a place ending in a stop: its neighbour's too
    at = end + len(dot)
    name = RE_PLACE_NAME.match(body, at, at + 60) or RE_PLACE_NAME_ANY_CASE.match(body, at, at + 60)
    if name is None or any(word.lower() in NOT_NAME_WORDS for word in name.group().split()):
        return False
    place = int(body[start:end])
    if place > PLACE_RUN_MAX:
        return False  # "66 A. Lindqvist (Sweden); 67 M. Tanaka": golf scores, no places
    line_start = body.rfind("\n", max(0, start - PLACE_RUN_REACH), start) + 1
    line_end = body.find("\n", end, end + PLACE_RUN_REACH)
    capitalised = name.re is RE_PLACE_NAME  # every word capitalised
    if capitalised:
        before = body[max(line_start, start - PLACE_RUN_REACH) : start]
        after = body[end : line_end if line_end >= 0 else end + PLACE_RUN_REACH]
        if (
            re.search(rf"[;,] {place + 1}{re.escape(dot)} [A-Z]", after)
            or place > 1
            and re.search(rf"(?:[;,:] |\A){place - 1}{re.escape(dot)} [A-Z]", before)
        ):
            return True
    last_line = body.rfind("\n", max(0, line_start - 1 - PLACE_RUN_REACH), max(0, line_start - 1)) + 1
    return (
        line_end >= 0
        and _line_entry(body, line_end + 1, place + 1, capitalised)
        or place > 1
        and line_start > 0
        and _line_entry(body, last_line, place - 1, capitalised)
    )


# ... and a place ending in a stop after the label of its line, the event's, before a competitor's
# name of two or more capitalised words and a comma ("Saddle bronc: 1. Rylan Shaw, Gillette,
# 170.5"), as results lists print an event's winner alone: a position (a label "Agenda: 1. Budget,"
# names no competitor)
RE_PLACE_LABEL_BEFORE = re.compile(r"(?:\A|\n)[A-Z][\w'’ /-]{1,40}:\s\Z")
RE_COMPETITOR_AFTER = re.compile(r"\.\s[A-Z][\w'’.-]+(?:\s(?:[A-Z][\w'’.-]*|de|van|von|da|al|bin)){1,3},\s")
PLACE_LABEL_REACH = 44  # characters before the place read for its line's label


def _labelled_place(body: str, start: int, end: int) -> bool:
    """Whether the place ending in a stop at body[start:end] opens its event's line (above)."""
    return (
        RE_COMPETITOR_AFTER.match(body, end, end + 80) is not None
        and RE_PLACE_LABEL_BEFORE.search(body, max(0, start - PLACE_LABEL_REACH), start) is not None
    )


def _line_entry(body: str, at: int, place: int, capitalised: bool) -> bool:
    """Whether the line at `at` opens with the given place before a name, as one of a results
    page's entries one a line; one of the two names, this or its neighbour's, is capitalised (a
    title-case line is read lower-cased; "1 onion, chopped" and "2 carrots, diced" are no places)."""
    head = f"{place} "
    if not body.startswith(head, at):
        return False
    start = at + len(head) - 1
    if capitalised:
        return RE_PLACE_NAME_ANY_CASE.match(body, start, start + 60) is not None
    return RE_PLACE_NAME.match(body, start, start + 60) is not None


# A boat's, a rider's or a team's places in a series of races, as sailing, rowing and motorsport
# reports list them after "finished" or "placed" ("the crew finished 3, 1, 2 in the day's races",
# "placed 4, 2 and 1 over the weekend"): three or more places of one or two digits, then a
# preposition or the clause's end; positions, not quantities (rules, table 8). "finished 3, 5 and
# 8 seconds behind" and "placed 12, 14, 20 orders" quantify the word after them.
RE_PLACINGS = re.compile(
    r"\b(?:finish(?:ed|es|ing)?|plac(?:ed|es|ing)|placings\s+of|went)\s+"
    r"\d{1,2}(?:,\s?\d{1,2}){1,}(?:,?\s(?:and|then)\s\d{1,2})?"
    r"(?=\s+(?:in|on|over|across|at|for|to|after|before|during|from|that|this|last)\b|[,.;:)]|\s*\Z)"
)
PLACINGS_REACH = 40  # characters read either side of a place for its list


def is_series_place(body: str, start: int, end: int) -> bool:
    """Whether the digits at body[start:end] are one of a list of places in a series of races."""
    if not (
        body[end : end + 1] == ","
        or body[max(0, start - 2) : start] == ", "
        or body[max(0, start - 1) : start] == ","
        or body[max(0, start - 4) : start] in ("and ", "hen ")
    ):
        return False  # the cheap test first: a list's comma or its "and" right beside the number
    lo = max(0, start - PLACINGS_REACH)
    for m in RE_PLACINGS.finditer(body, lo, min(len(body), end + PLACINGS_REACH)):
        if m.start() <= start and end <= m.end():
            return m.group().count(",") + m.group().count(" and ") + m.group().count(" then ") >= 2
    return False


# A triathlon named by its distance, as the sport and its race series name them: "70.3" and
# "140.6" (miles of a half and a full long-distance race), "113" and "226" (the same in km) after
# a capitalised name ("the Lakeside 226", "Ironman 70.3") or before a word of the event ("the 70.3
# half-distance race"); read only where the text speaks of triathlon (a swim and a bike leg, a
# half-distance, or the word itself), so "Route 226" or "a 70.3 reading" elsewhere are left to the other rules
TRIATHLON_DISTANCE_NAMES = frozenset(("70.3", "140.6", "113", "226"))
RE_TRIATHLON_EVENT_AFTER = re.compile(
    r"\s+(?:half-distance|full-distance|race|races|event|events|triathlon|title|series|world|men's|women's)\b"
)
RE_TRIATHLON_CUE = re.compile(
    r"(?i:triathl|ironman|half-distance|\bswim\b.{0,200}\bbike\b|\bbike\b.{0,200}\bswim\b)"
)
TRIATHLON_REACH = 600  # characters either side read for the cue


def is_triathlon_name(body: str, start: int, end: int) -> bool:
    """Whether the number at body[start:end] names a triathlon by its distance (above)."""
    if body[start:end] not in TRIATHLON_DISTANCE_NAMES:
        return False
    before = body[max(0, start - 24) : start]
    named = RE_CAPITALISED_BEFORE.search(before) is not None or before.endswith(("'s ", "’s "))
    if not named and RE_TRIATHLON_EVENT_AFTER.match(body, end, end + 20) is None:
        return False
    counted = RE_PLURAL_AFTER.match(body, end, end + 24)
    if counted is not None and RE_TRIATHLON_EVENT_AFTER.match(body, end, end + 20) is None:
        return False  # "Some 226 athletes": a count of a plural noun
    window = body[max(0, start - TRIATHLON_REACH) : end + TRIATHLON_REACH]
    return RE_TRIATHLON_CUE.search(window) is not None


# a baseball or softball line score's row: a team's runs by inning in groups of three ("010 002
# 00x"; an extra inning after them, "000 201 100 1"), a dash, then its runs, hits and errors
# ("Santurce 010 002 002 — 5 9 0", also run into prose: "...; Caguas 000 300 000 — 3 7 2.")
RE_LINE_SCORE_RUNS_BEFORE = re.compile(r"(?<![\w,.])(?:\d{3} ){2,}\d\d[\dxX](?: \d{1,3}x?)? ?[—–-] ?\Z")
RE_LINE_SCORE_HITS_ERRORS_AFTER = re.compile(r" \d{1,2} \d{1,2}(?![\w,.]|[-–]\d)")
LINE_SCORE_REACH = 32  # characters before the runs read for the innings


def line_score_runs(body: str, start: int, end: int) -> bool:
    """Whether the number is the runs column of a line score's row (RE_LINE_SCORE_RUNS_BEFORE): the
    final score's side, no row (rules, table 8: scores), while the hits and errors after it are the
    team's statistics (table 4)."""
    return (
        end - start <= 2
        and bool(RE_LINE_SCORE_HITS_ERRORS_AFTER.match(body, end))
        and bool(RE_LINE_SCORE_RUNS_BEFORE.search(body[max(0, start - LINE_SCORE_REACH) : start]))
    )


ODDS_REACH = 60  # characters before a pair of odds read for the word "odds" (bounded: linear time)
# the pair of numbers of betting odds or a chance, "N to M", the number read at its start or end
# (only a stop or a small word after the pair: "to 60 per cent" and "to 30 riders" are no odds)
ODDS_TAIL = r"(?=[,.;:)!?]|\Z|\s(?:against|on|for|in|and|or|that|with|each|a|an|the)\b)"
RE_ODDS_HIGH_AFTER = re.compile(rf" to \d[\d,]*(?<!,){ODDS_TAIL}")
RE_ODDS_LOW_BEFORE = re.compile(r"(?<![\d,.])\d[\d,]* to \Z")
RE_ODDS_TAIL = re.compile(ODDS_TAIL)
RE_ODDS_WORD = re.compile(r"\b[Oo]dds\b[^.;!?]*\Z")
# ... or between "a" and a betting noun, the word "odds" unwritten ("a 5 to 2 favourite", "a 33 to
# 1 shot"; vocab.BETTING_NOUNS); "rose from 5 to 7 shots" counts shots
BET_NOUN = rf"\s(?:{'|'.join(BETTING_NOUNS)})\b(?!-)"  # not "a 2 to 4 pop-up"
RE_BET_PAIR_AFTER = re.compile(rf" to \d[\d,]*(?<!,){BET_NOUN}")
RE_BET_NOUN = re.compile(BET_NOUN)
RE_BET_LOW_BEFORE = re.compile(r"\b[Aa]n? \d[\d,]* to \Z")
# ... or before the word "odds" itself ("at 10 to 1 odds", "10-to-1 odds")
RE_ODDS_PAIR_AFTER = re.compile(r" to \d[\d,]*(?<!,) odds\b(?!-)")
RE_ODDS_NOUN_AFTER = re.compile(r" odds\b(?!-)")
# ... or before "ratio" or "margin", as market reports give advancing issues against declining
# ones ("by a 2.4-to-1 ratio", "by a 3 to 2 margin"): a ratio's terms, decimals too (rules, table 8)
RATIO_NOUN = r" (?:ratio|margin)(?![\w-]|\s+points?\b)"  # not "4 margin points"
RE_RATIO_PAIR_AFTER = re.compile(rf" to \d[\d,.]*(?<![,.]){RATIO_NOUN}")
RE_RATIO_NOUN_AFTER = re.compile(RATIO_NOUN)
RE_RATIO_LOW_BEFORE = re.compile(r"(?<![\d,.])\d[\d,.]* to \Z")


def odds(body: str, start: int, end: int) -> bool:
    """Whether a number is one of a pair of odds, "N to M", after the word "odds" in its sentence
    ("the odds are 36,500 to 1 against", "at odds of 7 to 2"): a ratio, no quantity (rules, table
    8); "rose from 5 to 7" and "odds of winning rose to 20%" keep their numbers."""
    if (RE_BET_PAIR_AFTER.match(body, end) and body.endswith(("a ", "A ", "an ", "An "), 0, start)) or (
        RE_BET_NOUN.match(body, end) and RE_BET_LOW_BEFORE.search(body, max(0, start - 20), start)
    ):
        return True  # "a 5 to 2 favourite": the odds a bookmaker offers
    if RE_ODDS_PAIR_AFTER.match(body, end) or (
        RE_ODDS_NOUN_AFTER.match(body, end) and RE_ODDS_LOW_BEFORE.search(body, max(0, start - 20), start)
    ):
        return True  # "at 10 to 1 odds"
    if RE_RATIO_PAIR_AFTER.match(body, end) or (
        RE_RATIO_NOUN_AFTER.match(body, end) and RE_RATIO_LOW_BEFORE.search(body, max(0, start - 20), start)
    ):
        return True  # "by a 2.4-to-1 ratio"
    if RE_ODDS_HIGH_AFTER.match(body, end):
        anchor = start
    elif (
        low := RE_ODDS_LOW_BEFORE.search(body, max(0, start - 20), start)
    ) is not None and RE_ODDS_TAIL.match(body, end):
        anchor = low.start()
    else:
        return False
    return RE_ODDS_WORD.search(body, max(0, anchor - ODDS_REACH), anchor) is not None


# a vote's tally after a bill's name and number, as a headline in title case gives it ("Senate
# Passes Bill 58 To 41"): the number is the ayes, not the bill's; the tally ends the line or its
# clause ("Bill 58 to the Senate", "Bills 58 to 61" are no tallies)
RE_BILL_TALLY_AFTER = re.compile(r" [Tt]o \d{1,3}(?=[\n,;:!?]|\.(?!\d)|\s*\Z|\s+(?i:votes?|in|on|after)\b)")


def tally_after_name(body: str, word: str, start: int, end: int) -> bool:
    """Whether the number at start:end after a name word is the first side of a vote's tally that
    ends its clause (RE_BILL_TALLY_AFTER): after "Bill" any, after another name word a larger side
    first ("Council Backs Housing Plan 7 To 4"), as names numbered in a span rise ("Phases 2 to 4")."""
    after = RE_BILL_TALLY_AFTER.match(body, end)
    if after is None:
        return False
    return word == "Bill" or body[start:end].isdigit() and int(body[start:end]) > int(after.group(0)[4:])


# a club named with its founding year before its town, as German football names clubs ("1860
# Munich sold 15,000 season tickets", "beat 1860 Munich 3-0", "TSG 1899 Hoffenheim signed"): one
# capitalised word after the year, then a lower-case word, its possessive or a score ("the 1908
# London Olympics" is an event's year and "1958 Brazil, 1962 Brazil" a list of years and winners,
# both labelled: rules, table 5)
RE_CLUB_YEAR = re.compile(r"1(?:8\d|9[0-5])\d [A-Z][a-zß-ÿ]+(?:['’]s\b|(?= [a-z\d]))")
# the words before a year that make it the time of what follows ("In 1860 Munich had 100,000 people")
TIME_LEADS = frozenset(
    """in since by until till from to before after during of circa around about c. between and or
    through the a an early late mid summer winter spring autumn fall year""".split()
)
# the opening of a sentence or a line before a number, with its quote marks or bracket
RE_SENTENCE_OPENING_BEFORE = re.compile(r"(?:\A|[.!?]\s|\n)[\s\"'“‘(]*\Z")


def club_founding_year(body: str, start: int, end: int) -> bool:
    """Whether a year from 1800 to 1959 is part of a club's name (RE_CLUB_YEAR), opening its
    sentence or its line, or after a word that is no time lead (TIME_LEADS), or after a club's
    letters ("TSG", "TSV", "VfB")."""
    if end - start != 4 or not RE_CLUB_YEAR.match(body, start):
        return False
    if RE_SENTENCE_OPENING_BEFORE.search(body, max(0, start - 8), start):
        return True
    word = previous_word(body[max(0, start - 24) : start])
    if not word or body[start - 1 : start] != " ":
        return False
    if word[0].isupper():
        return 2 <= sum(c.isupper() for c in word) <= 4 and word.isalpha() and len(word) <= 4
    return word.lower() not in TIME_LEADS


# ... but an age grade that names a sports team or its competition is a name, not an age (rules,
# table 8: digits inside names): a team's or a competition's noun after it ("an under-21 side", "the
# Under-19 squad", "two Under-20 caps", "the under-17 coach"), or a nation or a club named right
# before a capitalised grade ("Scotland Under-21", "England's Under-18s"); "under-16s pay £6" and
# "among over-65s" stay ages
RE_AGE_GRADE_TEAM_AFTER = re.compile(
    r"\s+(?:[a-z]+\s+)?(?:sides?|teams?|squads?|caps?|internationals?|debuts?|coach(?:es)?|managers?|boss"
    r"|captains?|level|ranks|set-?up|tournaments?|leagues?|finals?|qualifiers?|friendl(?:y|ies)|titles?)\b"
)
RE_AGE_GRADE_NATION_BEFORE = re.compile(r"\b(?P<name>[A-Z][\w'’-]*?)(?:['’]s)?\s\Z")


def age_grade_team(body: str, start: int, end: int) -> bool:
    """Whether the age group at start:end ("Under-21", "under-19s") names a sports team or its
    competition (see RE_AGE_GRADE_TEAM_AFTER)."""
    if RE_AGE_GRADE_TEAM_AFTER.match(body, end):
        return True
    if body[start] != "U":
        return False
    nation = RE_AGE_GRADE_NATION_BEFORE.search(body, max(0, start - 30), start)
    return nation is not None and nation.group("name") not in NOT_NAMES and nation.group("name") not in MONTHS


# A live commentary's match-minute head opening its entry's line ("23' GOAL! Salum heads in", "90+4'
# The volley is tipped over", "67’ Double change"): the minute the entry is posted at, a position
# in the match like a blog's clock-time head "16:42" (rules, table 8), its added minutes after the
# plus too; a capital, a line's end or the text's end after the mark, so that "a 10' ceiling" or
# feet in a height ("6' 2in") stay measured. Durations said in the entry ("on for only 14
# minutes") are read as ever.
RE_MINUTE_HEAD = re.compile(r"[ \t]*\d{1,3}(?:\+\d{1,2})?['’](?=[ \t]+[A-Z]|[ \t]*(?:\n|\Z))")
MINUTE_HEAD_MARKS = "'’+"  # what right after a head's number may follow it (the cheap test first)
MINUTE_HEAD_REACH = 8  # characters read back from the number to its line's start, at most


def minute_head(body: str, start: int, end: int) -> bool:
    """Whether the number at body[start:end] is a match-minute head opening its line, or the
    added minutes after its plus ("90+4'": above)."""
    if end - start > 3 or body[end : end + 1] not in MINUTE_HEAD_MARKS:
        return False
    line = body.rfind("\n", max(0, start - MINUTE_HEAD_REACH), start) + 1
    if line == 0 and start > MINUTE_HEAD_REACH:
        return False  # no line's start within reach
    head = RE_MINUTE_HEAD.match(body, line)
    return head is not None and head.end() > end


# An itinerary's, a programme's or a race's entry head opening its line, a day, night, leg, stage,
# round or week numbered in digits before a dash, a colon or a stop ("Day 1 – Funchal.", "Day 4 –
# Free day.", "Stage 3 – Tarbes to Pau", "Leg 2: Perth"): a numbered position, as "Day three
# follows the coast" is (rules, table 8); the figures in the entry are read as ever
RE_ENTRY_HEAD_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:Day|Night|Leg|Stage|Round|Week|Month)[ \t]\Z")
RE_ENTRY_HEAD_END = re.compile(r"[ \t]*(?:[–—-][ \t]|:[ \t]|\.(?:[ \t]|$)|$)", re.MULTILINE)
ENTRY_HEAD_WORDS = frozenset(("Day", "Night", "Leg", "Stage", "Round", "Week", "Month"))
ENTRY_HEAD_REACH = 12  # characters read back from the number for its line's start and word


def entry_head(body: str, word: str, start: int, end: int) -> bool:
    """Whether the number at body[start:end] after `word` numbers an entry head opening its line
    (above)."""
    return (
        word in ENTRY_HEAD_WORDS
        and end - start <= 2
        and body[start:end].isdigit()
        and RE_ENTRY_HEAD_END.match(body, end) is not None
        and RE_ENTRY_HEAD_BEFORE.search(body, max(0, start - ENTRY_HEAD_REACH), start) is not None
    )
