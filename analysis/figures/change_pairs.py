"""Change pairs: whether "A to B" or "from A to B" is a change (a before and an after) or a range
(is_change_pair, moves_from, interval_after_move): a change word or a verb that moves a value,
an object or a size before it, a forecast's bare verb, a gapped clause sharing an earlier pair's
answer, "by A to B"; the window of a figure's own sentence and words without an approximation."""

from __future__ import annotations

import re
import threading
from collections.abc import Callable

from ..vocab import (
    APPROX_WORDS,
    AUXILIARY_VERBS,
    CHANGE_WORDS,
    LIMITING_ADVERBS,
    MODAL_VERBS,
    PAY_WORDS,
    POSSESSIVE_DETERMINERS,
    PRICE_VERBS,
    RANGE_VERBS,
)
from .noun_phrases import DETERMINERS
from .numbers import scale_of

# "of" and the owner or article of a whole after a figure: the figure is a part of that whole
RE_PART_OF_WHOLE_AFTER = re.compile(rf"\s+of\s+(?:the|{'|'.join(sorted(POSSESSIVE_DETERMINERS))})\s")

RE_WORDS_BEFORE = re.compile(r"[A-Za-z]+")
CHANGE_LOOKBACK = 40  # characters before "from" read for a change word ("rose sharply from")


# verbs that move a figure or a date from one value to another ("the bill went from 9,000 to
# 16,000 pesos", "completion was pushed back from 2029 to 2034", "labourers move from E3 850 to
# E4 100 a month"): right before "from", with a particle between ("back", "forward"), "from A to B"
# after them is a before and an after
MOVE_WORDS = frozenset(
    "went gone moved shifted changed switched revised pushed postponed delayed deferred rescheduled brought".split()
    + "move moves moving shift shifts shifting".split()  # not "go": "tickets go from 20 to 50" is a range
)
MOVE_PARTICLES = frozenset("back forward up down out".split())
# ... and "go" after a modal, "to" or a verb of seeing ("wages will go from R4 200 to R4 650", "will
# see their pay go from"), or "goes" ("the monthly wage goes from 1,300 cedis to 1,450 cedis"),
# with a pay word before it: one pay level's move, old and new (as p642 and p661 label them); "goes
# from" with any one subject ("a club licence goes from K1,200 to K1,800": p833) moves it too
PAY_GO_WORDS = frozenset(("go", "goes"))
PAY_GO_OPENERS = frozenset(MODAL_VERBS) | frozenset("to see sees saw".split())
PAY_GO_LOOKBACK = 64  # characters before "from" read back to the pay word
PAY_GO_WORDS_BACK = 8  # words between the pay word and "go"


def moves_from(body: str, start: int) -> bool:
    """Whether "from A to B" starting at A's `start` follows a verb that moves a value ("went from",
    "was pushed back from"): the pair is a before and an after, for dates as for amounts."""
    words = [w.lower() for w in RE_WORDS_BEFORE.findall(body, max(0, start - CHANGE_LOOKBACK), start)]
    if len(words) < 2 or words[-1] != "from":
        return False
    verb = words[-2]
    if verb == "goes":  # "a club licence goes from K1,200 to K1,800": one thing's before and after
        return True
    if verb in PAY_GO_WORDS:
        return _pay_goes(body, start)
    if verb in MOVE_PARTICLES and len(words) > 2:
        verb = words[-3]
    return verb in MOVE_WORDS


# ... and a verb that moves a date or extends a term, then "in" and the year it did so, then "to"
# and the year it now reaches ("was extended in 2021 to 2046", "pushed back in 2024 to 2027",
# "renewed in 2019 to 2039"): two years, the move's and the new one, not a span (late-money8)
EXTEND_WORDS = frozenset(
    "extend extends extended extending renew renews renewed renewing prolong prolongs prolonged prolonging".split()
)


def moved_in_year(body: str, start: int) -> bool:
    """Whether "in Y1 to Y2" starting at Y1's `start` follows a verb that moves a date or extends a
    term (MOVE_WORDS, EXTEND_WORDS: "was extended in 2021 to 2046"): two years, not a span."""
    if not body.endswith(" in ", 0, start):
        return False
    words = [w.lower() for w in RE_WORDS_BEFORE.findall(body, max(0, start - CHANGE_LOOKBACK), start)]
    if len(words) < 2:
        return False
    verb = words[-2]
    if verb in MOVE_PARTICLES and len(words) > 2:
        verb = words[-3]
    return verb in MOVE_WORDS or verb in EXTEND_WORDS


def _pay_goes(body: str, start: int) -> bool:
    """Whether "go from" or "goes from" before `start` moves one pay level (PAY_GO_WORDS): a pay
    word (vocab.PAY_WORDS) in the words before the verb, and "goes", or "go" after a modal, "to"
    or a verb of seeing ("wages will go from", "see their pay go from"); not "tickets go from"."""
    words = [w.lower() for w in RE_WORDS_BEFORE.findall(body, max(0, start - PAY_GO_LOOKBACK), start)]
    between = words[-PAY_GO_WORDS_BACK - 2 : -2]
    if PAY_WORDS.isdisjoint(between):
        return False
    return words[-2] == "goes" or not PAY_GO_OPENERS.isdisjoint(between)


# A change verb in its bare form after a modal or an infinitive's "to" ("prices would fall 5 to 10
# percent", "is expected to grow 3 to 4 percent"): a forecast, which news states as a range; a
# change that happened ("fell 0.2 to 4.1 percent") gives the change, then the level reached
BARE_CHANGE_VERBS = frozenset(
    "rise fall grow drop decline increase decrease climb jump slip ease shrink".split()
)
FORECAST_OPENERS = frozenset("would could may might will should to".split())


def _forecast_verb(words: list[str]) -> bool:
    """Whether `words` end with a bare change verb after a modal or "to", an adverb between allowed."""
    if len(words) < 2 or words[-1] not in BARE_CHANGE_VERBS:
        return False
    return words[-2] in FORECAST_OPENERS or (len(words) > 2 and words[-3] in FORECAST_OPENERS)


def forecast_before(body: str, start: int) -> bool:
    """Whether the words before `start` end with a bare change verb of a forecast ("to rise",
    "could climb about")."""
    words = [w.lower() for w in RE_WORDS_BEFORE.findall(body[max(0, start - CHANGE_LOOKBACK) : start])]
    return _forecast_verb(without_approx(words))


def is_change_pair(body: str, start: int, is_change_word: Callable[[str], bool]) -> bool:
    """Whether "A to B" starting at `start` is a change (before and after), not a range: a change
    word right before A ("up 5 to 7"), or before "from" ("rose from 5 to 7", "up from 5 to 7"), or
    a gapped clause after an earlier pair of its sentence that is one (`_gapped_earlier`). A chain
    of gapped clauses is walked back in a loop, and the answers of the text's pairs are kept
    (_chain), so that a sentence of many is read in linear time and no recursion runs deep."""
    walked: list[tuple[int, Callable[[str], bool]]] = []
    answer = False
    at: int | None = start
    while at is not None:
        with _CHAIN_LOCK:
            known = _chain.answers.get((at, is_change_word)) if _chain.body is body else None
        if known is not None:
            answer = known
            break
        walked.append((at, is_change_word))
        own = _own_change_pair(body, at, is_change_word)
        if own is not None:
            answer = own
            break
        at = _gapped_earlier(body, at, is_change_word)
    with _CHAIN_LOCK:
        if _chain.body is not body or len(_chain.answers) > CHAIN_ANSWERS_KEPT:
            _chain.body, _chain.answers = body, {}
        _chain.answers.update(dict.fromkeys(walked, answer))
    return answer


class _ChainAnswers:
    """is_change_pair's answers for the pairs of one text (the last one read), by the pair's start
    and the test of change words: a later gapped clause walks back to them."""

    def __init__(self) -> None:
        self.body = ""
        self.answers: dict[tuple[int, Callable[[str], bool]], bool] = {}


_chain = _ChainAnswers()
CHAIN_ANSWERS_KEPT = 4096  # answers kept for one text, at most (then emptied)
_CHAIN_LOCK = threading.Lock()


def _own_change_pair(body: str, start: int, is_change_word: Callable[[str], bool]) -> bool | None:
    """is_change_pair's answer from the pair's own clause; None when that leaves it to the earlier
    pair a gapped clause takes its verb from."""
    before = _this_sentence(body[max(0, start - CHANGE_LOOKBACK) : start])
    words = [w.lower() for w in RE_WORDS_BEFORE.findall(before)]
    if not words:
        return False
    if without_approx(words)[-1:] == [
        "by"
    ]:  # "rose by (about) $43.6bn to $419.2bn": a change, then the level
        return bool(
            far_apart(body, start) or _signed_level_after_change(body, start, words[:-1], is_change_word)
        )
    if words[-1] != "from" and words[-2:] != ["up", "to"] and without_approx(words)[-1:] == ["from"]:
        # "rose from about 5 to 7": the "from" before the approximation; not "up to", which joins
        # a range after "from" ("from up to 250 miles to 290 miles" stays as read)
        words = without_approx(words)
    if words[-1] != "from":
        return bool(is_change_word(words[-1]) and not _forecast_verb(words))
    # "rose 50 per cent, from 100 to 150", "went from 100 to 150"; a comparative that opens an
    # approximation is no change word ("within less than a day, priced from $5 to $9")
    window = words[-7:]
    if any(
        is_change_word(w) and window[i + 1] != "than" and not _activity_noun(window, i)
        for i, w in enumerate(window[:-1])
    ) or moves_from(body, start):
        return True
    if _states_change_amount(body, start, is_change_word) or _moves_object_from(body, start):
        return True
    if len(words) > 1 and words[-2] in MULTIPLE_VERBS or _resizes_from(body, start, words):
        return True
    return True if _clause_changes(body, start, is_change_word) else None


# the words before a change word's "-ing" form that make it the name of an activity, not a verb
# ("fines for illegal cutting, from $1,000 to $25,000": a scale of fines; late-kinds14)
ACTIVITY_LEADS = frozenset("for of against illegal unlicensed unauthorised unauthorized".split())


def _activity_noun(words: list[str], i: int) -> bool:
    """Whether the change word at words[i] (lower case) is an "-ing" form after a word that makes it
    an activity's name (ACTIVITY_LEADS)."""
    return words[i].endswith("ing") and i > 0 and words[i - 1] in ACTIVITY_LEADS


# "from A to B" set off by a comma after the clause that states a change by an amount ("will
# increase the rate by 4.5 per cent, from $148.20 to $154.87", "lifted its dividend 12 per cent
# over the year, from 40 cents to 44.8 cents"): the old and the new level of that change, however
# far back its verb stands (CHANGE_LOOKBACK reads 40 characters)
RE_COMMA_FROM_BEFORE = re.compile(r",\s+from\s+\Z")


def _states_change_amount(body: str, start: int, is_change_word: Callable[[str], bool]) -> bool:
    """Whether "from A to B" at A's `start` follows ", " after a clause holding a change word (not
    a near-only comparative) and a number: the change's amount, then its before and after."""
    window = _this_sentence(body[max(0, start - CLAUSE_LOOKBACK) : start])
    comma = RE_COMMA_FROM_BEFORE.search(window)
    if comma is None:
        return False
    clause = window[: comma.start()]
    breaks = list(RE_CLAUSE_BREAK.finditer(clause))
    clause = clause[breaks[-1].end() :] if breaks else clause
    if not any(c.isdigit() for c in clause):
        return False
    words = [w.lower() for w in RE_WORDS_BEFORE.findall(clause)]
    return any(is_change_word(w) and w not in NEAR_ONLY_CHANGE_WORDS for w in words)


# a verb that moves its object from one level to another, the object between it and "from" ("will
# take the channel from 16.6 metres to 18 metres", "brought the backlog from 4,000 cases to 900
# cases"): a before and an after when both ends write their unit ("took the pupils from 11 to 18"
# may be a band of ages)
OBJECT_MOVE_VERBS = frozenset(
    "take takes took taken taking bring brings brought bringing push pushes pushed pushing".split()
)
OBJECT_MOVE_WORDS = 6  # words of the object between the verb and "from", at most
RE_UNITS_TWICE = re.compile(
    r"(?P<s1>[^\d\s]{0,4})\s?\d[\d,]*(?:\.\d+)?\s*(?P<u1>[A-Za-z]*)\s+to\s+"
    r"(?P<s2>[^\d\s]{0,4})\s?\d[\d,]*(?:\.\d+)?\s*(?P<u2>[A-Za-z]*)"
)


def _moves_object_from(body: str, start: int) -> bool:
    """Whether "from A to B" at A's `start` follows a verb that moves an object (OBJECT_MOVE_VERBS)
    and a noun phrase opened by a determiner, both ends with their unit or sign written."""
    window = _this_sentence(body[max(0, start - CLAUSE_LOOKBACK) : start])
    breaks = list(RE_CLAUSE_BREAK.finditer(window))
    clause = window[breaks[-1].end() :] if breaks else window
    words = [w.lower() for w in RE_WORDS_BEFORE.findall(clause)][:-1]  # the last is "from"
    verb = next((i for i in range(len(words) - 2, -1, -1) if words[i] in OBJECT_MOVE_VERBS), None)
    if verb is None or len(words) - verb - 1 > OBJECT_MOVE_WORDS or words[verb + 1] not in DETERMINERS:
        return False
    m = RE_UNITS_TWICE.match(body, start)
    if m is None:
        return False
    signed = bool(m.group("s1")) and m.group("s1") == m.group("s2")
    return signed or bool(m.group("u1")) and m.group("u1").lower() == m.group("u2").lower()


# a verb of a multiple right before "from", a comma between or none ("the number of inspectors
# will double, from three to six", "fares would treble from 40 cents to $1.20"): the multiple
# names the change, the pair its before and after
MULTIPLE_VERBS = frozenset("double doubles triple triples treble trebles quadruple quadruples halve".split())
# a verb of size that moves one measure of a thing ("deepen the channel from 12.5 to 15 metres",
# "the runway will be lengthened from 3,658 metres to 4,200 metres"), right before "from" or with
# its object between (OBJECT_MOVE_WORDS, opened by a determiner): a before and an after when the
# second end writes its unit ("extended the programme from 2024 to 2026" keeps its span of years)
SIZE_VERBS = frozenset(
    "deepen deepens deepened deepening lengthen lengthens lengthened lengthening heighten heightens"
    " heightened heightening extend extends extended extending enlarge enlarges enlarged enlarging"
    " shorten shortens shortened shortening dredge dredges dredged dredging".split()
)
RE_UNIT_AFTER_SECOND = re.compile(
    r"[^\d\s]{0,4}\s?\d[\d,]*(?:\.\d+)?\s*[A-Za-z]*\s+to\s+[^\d\s]{0,4}\s?\d[\d,]*(?:\.\d+)?\s*"
    r"(?!(?:in|on|at|by|and|or|the|a|an|from|for|to|of|over|under|this|next|last)\b)[A-Za-z]"
)


def _resizes_from(body: str, start: int, words: list[str]) -> bool:
    """Whether "from A to B" at A's `start`, whose clause's words before it are `words` (the last
    "from"), follows a verb of size (SIZE_VERBS), right before "from" or before a determiner's
    object, and B writes its unit ("15 metres", "3,100m")."""
    head = words[:-1]
    reach = range(len(head) - 1, max(-1, len(head) - OBJECT_MOVE_WORDS - 2), -1)
    verb = next((i for i in reach if head[i] in SIZE_VERBS), None)
    if verb is None or verb < len(head) - 1 and head[verb + 1] not in DETERMINERS:
        return False
    return RE_UNIT_AFTER_SECOND.match(body, start) is not None


# A clause joined by "and" whose verb is left out (gapping) takes the verb of the clause before: "will
# rise from £6 to £7.50, and the charge for minibuses from £30 to £40", "from $1.20 to $1.30 for
# adults and for children from 60 cents to 80 cents": when the earlier "from A to B" is a change, so
# is the gapped one. The gap holds a short noun phrase and no verb of its own ("and tickets cost from
# $5 to $9" is a range of its own clause). A semicolon joins a gapped clause as "and" does ("the
# cleaners' hourly rate rose from $18.40 to $19.25; porters from $17.10 to $17.90": late-money8).
GAP_LOOKBACK = 160  # characters before the gapped "from" read for the earlier pair
GAP_MAX_WORDS = 6  # words between "and" and the gapped "from", at most
RE_FROM_WORD = re.compile(r"\b[Ff]rom\s")
NOT_CLAUSE_MARK = r"(?:[^,;:!?()]|,(?=\d))"  # a comma between digits groups thousands ("K1,500")
RE_GAPPED_FROM = re.compile(
    rf"\b[Ff]rom\s+(?P<a>[^\s,;:]+(?:,\d+)*){NOT_CLAUSE_MARK}{{0,24}}?\s+to\s+{NOT_CLAUSE_MARK}{{1,40}}?"
    rf"(?P<join>,?\s+and\s+|,\s+|;\s+)"
    rf"(?P<gap>(?:[A-Za-z'’-]+\s+){{0,{GAP_MAX_WORDS}}})from\s+\Z"
)


def _gapped_earlier(body: str, start: int, is_change_word: Callable[[str], bool]) -> int | None:
    """When "from A to B" starting at A's `start` is a gapped clause (above), the start of the
    earlier "from A to B" of its sentence whose verb it takes (a change if that one is), else None."""
    window = _this_sentence(body[max(0, start - GAP_LOOKBACK) : start])
    froms = [f.start() for f in RE_FROM_WORD.finditer(window)]
    if len(froms) < 2:
        return None
    m = RE_GAPPED_FROM.match(window, froms[-2])  # the pair right before the gapped "from"
    if m is None:
        return None
    if (
        m.group("join")[0] == ","
        and "and" not in m.group("join")
        and RE_LIST_CLOSES.match(body, start) is None
    ):
        return None  # a comma joins a gapped clause only inside a list that "and" closes
    gap = [w.lower() for w in RE_WORDS_BEFORE.findall(m.group("gap"))]
    if _has_own_verb(gap) or any(is_change_word(w) for w in gap):
        return None
    return start - len(window) + m.start("a")


# ... or a comma, inside a list of three or more that "and" closes with another gapped "from A to
# B" ("rise from £6 to £7.50, the day ticket from £12 to £15 and the annual permit from £90 to
# £110"): read from the middle pair's first number
RE_LIST_CLOSES = re.compile(
    rf"[^\s,;:]+(?:,\d+)*{NOT_CLAUSE_MARK}{{0,24}}?\s+to\s+{NOT_CLAUSE_MARK}{{1,40}}?,?\s+and\s+"
    rf"(?:[A-Za-z'’-]+\s+){{0,{GAP_MAX_WORDS}}}from\s"
)
GAP_DETERMINERS = DETERMINERS | {"that"}  # "and that charge from": "that" opens a noun phrase too


def _has_own_verb(gap: list[str]) -> bool:
    """Whether the words between "and" and "from" hold a verb: a form of be, have or a modal, or a
    verb of pricing or spreading ("and tickets now cost", "and it ranges"); such a word is a noun
    after a determiner and its modifiers, no plural noun between ("the fixed monthly charge")."""
    noun_phrase = False  # inside a noun phrase opened by a determiner, before its plural head
    for w in gap:
        if w in AUXILIARY_VERBS:
            return True
        if (w in PRICE_VERBS or w in RANGE_VERBS) and not noun_phrase:
            return True
        if w in GAP_DETERMINERS:
            noun_phrase = True
        elif w.endswith("s") and not w.endswith("ss"):
            noun_phrase = False  # "the tickets now cost": the plural ends the phrase, a verb may follow
    return False


# how far apart the two ends of one uncertain amount stand at most: the higher end at most this
# many times the lower ("dropped 7 to 11 inches", "fell 5 to 8 degrees"); a move and the level it
# reached stand further apart ("fell 0.2 to 4.1 percent", "rose 12 to 3,410")
INTERVAL_SPREAD = 2.0


def interval_after_move(body: str, start: int, low: float, high: float) -> bool:
    """Whether "A to B" starting at `start` right after a change word is one uncertain amount of the
    move (a range), its ends close ("the storm dropped 7 to 11 inches", "lost 25 to 35 metres of
    ice"), not a move of A and the level B it reached ("unemployment fell 0.2 to 4.1 percent",
    "turnout dropped 6 to 49 per cent"); "from A to B" stays a before and an after."""
    if not 0 < low < high <= low * INTERVAL_SPREAD:
        return False
    before = _this_sentence(body[max(0, start - CHANGE_LOOKBACK) : start])
    words = without_approx([w.lower() for w in RE_WORDS_BEFORE.findall(before)])
    return bool(words) and words[-1] in CHANGE_WORDS


# approximation words as the word lists above read them ("more than" -> ["more", "than"]), longest first
APPROX_TOKENS = tuple(sorted((w.lower().rstrip(".").split() for w in APPROX_WORDS), key=len, reverse=True))


def without_limiting(words: list[str]) -> list[str]:
    """`words` without the limiting adverb that ends them ("measures barely" -> "measures")."""
    return words[:-1] if words and words[-1].lower() in LIMITING_ADVERBS else words


def without_approx(words: list[str]) -> list[str]:
    """`words` without the approximation word that ends them ("fell by about" -> "fell by")."""
    for approx in APPROX_TOKENS:
        if words[-len(approx) :] == approx:
            return words[: -len(approx)]
    return words


# the end of a sentence: its stop, a closing quote, space and a capital or quote opening the next
# (not the stop of an initial or a title, "J. Smith", "Dr. Lee"; the stop before the look-behinds
# that rule those out: a pattern opening with a class skips fast to it, one opening with a
# look-behind is tried at every character)
RE_SENTENCE_END = re.compile(
    r"[.!?](?<!\b[A-Z].)(?<!\bMr.)(?<!\bMs.)(?<!\bDr.)(?<!\bSt.)(?<!\bMrs.)[\"”’]?\s+(?=[A-Z\"“‘])"
)


def _this_sentence(window: str) -> str:
    """The part of `window` (text right before a figure) in the figure's own sentence: a change
    word of the sentence before never makes "from A to B" a change ("Sales rose. Tickets cost from
    $5 to $9")."""
    ends = list(RE_SENTENCE_END.finditer(window))
    return window[ends[-1].end() :] if ends else window


CLAUSE_LOOKBACK = 100  # characters before "from" read for the clause's verb
RE_CLAUSE_BREAK = re.compile(r"[,;:\n(]")
# change words that make "from A to B" a change only right before it ("more than 200 shops, from
# $5 to $10"): comparatives and particles, not verbs
NEAR_ONLY_CHANGE_WORDS = frozenset("up down more less fewer higher lower".split())
# words that make "from A to B" a change when its clause holds them, though not right before a
# range ("the runway's extension from 2,990 metres to 3,810 metres", but "extended two to three
# weeks" is one range of the extension)
CLAUSE_ONLY_CHANGE_WORDS = frozenset(
    "extension extensions extend extends extended extending lengthen lengthened lengthening".split()
)


def _clause_changes(body: str, start: int, is_change_word: Callable[[str], bool]) -> bool:
    """Whether the clause before "from A to B" has a verb of change further back ("would raise the
    minimum fine for using a phone at the wheel from £200 to £500"); a comma, colon or bracket ends
    the clause ("prices rose, ranging from $60 to $80")."""
    window = _this_sentence(body[max(0, start - CLAUSE_LOOKBACK) : start])
    breaks = list(RE_CLAUSE_BREAK.finditer(window))
    clause = window[breaks[-1].end() :] if breaks else window
    words = [w.lower() for w in RE_WORDS_BEFORE.findall(clause)][:-1]  # the last is "from"
    return any(
        is_change_word(w) and w not in NEAR_ONLY_CHANGE_WORDS or w in CLAUSE_ONLY_CHANGE_WORDS for w in words
    )


BY_TO_RATIO = 3  # "by 1 to 1.5 degrees" is a range; "by $43.6bn to $419.2bn" a change and a level
RE_TWO_NUMBERS = re.compile(
    r"[^\d\s]{0,4}\s?(\d[\d,]*(?:\.\d+)?)\s*(\w*)[^\d]{1,12}?\bto\b\D{0,5}(\d[\d,]*(?:\.\d+)?)\s*(\w*)"
)


# "rises by €1 to €2.95 a week": a currency sign on both amounts, after a change verb that states
# the change as made (no modal or forecast before it), gives the change and the new level; an
# uncertain change is a range ("could rise by €1 to €2", "by 1 to 1.5 degrees")
RE_SIGNED_BY_TO = re.compile(r"(?P<a>[^\d\s]{1,3})\s?\d[\d,]*(?:\.\d+)?\s+to\s+(?P<b>[^\d\s]{1,3})\s?\d")
UNCERTAIN_WORDS = frozenset(
    "could may might would should expected forecast forecasts projected seen likely".split()
)


def _signed_level_after_change(
    body: str, start: int, words: list[str], is_change_word: Callable[[str], bool]
) -> bool:
    """Whether "by A to B" (`words`: the words before "by") states a made change in money, each
    amount with the same sign, then the new level (above)."""
    m = RE_SIGNED_BY_TO.match(body, start)
    if m is None or m.group("a") != m.group("b"):
        return False
    return bool(words) and is_change_word(words[-1]) and not UNCERTAIN_WORDS.intersection(words[-4:])


def far_apart(body: str, start: int) -> bool:
    """Whether the second number of "by A to B" is several times the first (scale words included)."""
    m = RE_TWO_NUMBERS.match(body, start)
    if m is None:
        return False
    a = float(m.group(1).replace(",", "")) * scale_of(f"1 {m.group(2)}")
    b = float(m.group(3).replace(",", "")) * scale_of(f"1 {m.group(4)}")
    return a > 0 and b >= BY_TO_RATIO * a
