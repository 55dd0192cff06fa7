"""Noun phrases of news prose around a figure: read backwards from a figure to the noun that
names what it measures ("The net profit of the phone maker fell" -> "net profit"), and forwards
to the noun it counts. Every reader takes a bounded list of tokens, so time stays linear."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable
from functools import cache, lru_cache
from typing import NamedTuple

from .. import currencies
from .. import measures as units
from ..letters import LETTER, MARK
from ..vocab import (
    APPROX_WORDS,
    BE_WORDS,
    CHANGE_WORDS,
    CLAUSE_OPENERS,
    FUNCTION_WORDS,
    LIMITING_ADVERBS,
    LIST_JOINS,
    RELATIVE_PRONOUNS,
    SCALE_ABBREVIATIONS_MONEY_ONLY,
    SCALE_WORDS,
)
from .words import CLOSING_SIGNS, RE_TOKEN, token_runs, tokens_between  # noqa: F401 (token_runs: read here by tests)

# a word with its combining marks, apostrophes and hyphens ("Nestlé's", "well-known", "Cafe\u0301")
RE_WORD = re.compile(rf"{LETTER}(?:{LETTER}++|{MARK}++|['’-]++)*+")


# Words that carry no subject: verbs of saying and being, auxiliaries, vague words, adverbs of
# time and degree ("have already reached"), and the participles that attach a figure to what
# went before ("including", "adding").
EMPTY_WORDS = frozenset(
    """will would could should may might can also just only about some more less over under up down
    now then last next this that there here was were has have had having been being do does did get got
    reached reach reaches stood stands stand totalled totaled total totals hit hits ago closed ended settled
    him each apiece well still alone earlier later before after already even including adding rather instead
    further another afterwards afterward beforehand thereafter""".split()
)


UNIT_WORDS = frozenset("percent cent respectively plus minus".split())


NOT_CONTENT = frozenset(
    {*FUNCTION_WORDS, *EMPTY_WORDS, *CHANGE_WORDS, *UNIT_WORDS, *(w for p in APPROX_WORDS for w in p.split())}
    | {w for w in SCALE_WORDS if " " not in w}  # "billion", "trn": part of an amount
)


def word_runs(text: str) -> list[str]:
    """RE_WORD.findall(text), read run by run as token_runs reads them (a word takes no space and
    no sign of CLOSING_SIGNS or OPENING_SIGNS)."""
    found: list[str] = []
    for run in text.split():
        if run.isalpha():
            found.append(run)
        elif run[-1] in CLOSING_SIGNS and run[:-1].isalpha():
            found.append(run[:-1])
        elif run[0].isalpha() and run.replace("'", "").replace("’", "").replace("-", "").isalpha():
            found.append(run)  # letters with apostrophes and hyphens: "world's", "well-known"
        else:
            found += RE_WORD.findall(run)
    return found


def content_words(text: str) -> list[str]:
    """The words of a phrase that can name a quantity (no function, change or approximation words;
    a capitalised participle inside a name stays: "Value Added Tax")."""
    runs = word_runs(text)
    found = [w for w in runs if len(w) > 2 and w.lower() not in NOT_CONTENT]
    if len(found) == len(runs) or not any(w.endswith("ed") and w[:1].isupper() for w in runs):
        return found  # the common case: no capitalised participle left out
    return [
        w
        for i, w in enumerate(runs)
        if len(w) > 2 and (w.lower() not in NOT_CONTENT or _participle_in_name(runs, i))
    ]


def _participle_in_name(runs: list[str], i: int) -> bool:
    """Whether runs[i] is a capitalised "-ed" word between two capitalised words, a part of a name
    ("Value Added Tax", "the Amended Finance Act"), not a change verb."""
    w = runs[i]
    return (
        w[:1].isupper()
        and w.endswith("ed")
        and 0 < i < len(runs) - 1
        and runs[i - 1][:1].isupper()
        and runs[i + 1][:1].isupper()
    )


@lru_cache(maxsize=4096)
def has_content_word(text: str) -> bool:
    """Whether a phrase holds a content word (`content_words(text)` is not empty)."""
    return runs_have_content(text.split())


def runs_have_content(runs: Iterable[str]) -> bool:
    """Whether runs of non-spaces (a phrase's tokens) hold a content word, read up to the first."""
    for run in runs:
        if run.isalpha():
            if len(run) > 2 and run.lower() not in NOT_CONTENT:
                return True
        elif any(len(w) > 2 and w.lower() not in NOT_CONTENT for w in RE_WORD.findall(run)):
            return True
    return False


# Heads that say "how much of" rather than what: the words after "of" name the subject then.
QUANTITY_HEADS = frozenset(
    "number share proportion percentage amount total level value rate part half majority".split()
)


NP_TOKENS = 16  # the longest noun phrase read before a figure


HEAD_WORDS = 5  # the longest subject made from a noun phrase


# Words that link a measured noun to its figure: "profit stood at", "revenue was", "a package
# worth", "sales totalled", "volume compared to", "prices ranged between", participles that give
# the noun's value ("Losses exceeding", "Salaries averaging", "Tariffs topping"; not those that
# take an object: "Companies employing 50 people") (change words link too: vocab.CHANGE_WORDS),
# and the verbs of a highest or lowest level ("inflation, which peaked at 38pc").
# Only the verb forms of "range": "the target range of" is a noun phrase.
LINK_WORDS = frozenset(
    """is was were are be been being stood stands stand reached reaches reaching ranged ranging totalled totaled
    totalling totaling totals amounted amounting amounts worth valued came comes compared
    compares remain remains remained stay stays stayed edged inched ticked crept held holds hold
    steady exceeding averaging topping surpassing nearing approaching equalling equaling numbering
    hovering costing cost peaked peaks peaking bottomed averaged averages""".split()
)


# Change words that are also nouns, which a noun phrase may hold ("GDP growth", "the pay rise").
CHANGE_NOUNS = frozenset(
    """growth increase decrease rise fall decline drop cut gain gains expansion contraction reduction
    upsurge escalation increment surge jump spike hike slump dip cuts reductions increases
    hikes raise raises boost boosts lift lifts trim trims improvement improvements""".split()
)


# Change nouns that are never verbs; the others ("cut", "rise", "drop") may be the verb of a
# clause: "The central bank cut rates by 50 basis points".
NOUN_ONLY_CHANGES = frozenset(
    "growth expansion contraction reduction reductions upsurge escalation increment improvement improvements".split()
)


# Past participles without -ed that a form of "be" makes a link: "was set at", "is forecast at".
IRREGULAR_PARTICIPLES = frozenset("set forecast seen put kept held frozen".split())


# Words between a link word and its figure: "stood at", "rose by", "compared to", "amounting to".
LINK_PARTICLES = frozenset("at to by on from near with".split())


# Tokens of a figure stated between a change word and a second figure: "rose 5 per cent to".
FIGURE_TOKENS = frozenset("% per cent percent pc points point basis percentage quarter half".split())


AUXILIARIES = frozenset("has have had will would could should may might also further gone just".split())


# Words that end a noun phrase read backwards: clause openers (vocab.CLAUSE_OPENERS and the other
# relative words and "as") and verbs of saying or finding.
# The verbs by which a survey or a study reports what it found ("a poll of adults found that
# 62% ..."): they end a noun phrase read backwards, and a share after them and "that" is of the
# persons the survey counted (subjects.refine).
FINDING_VERBS = frozenset("found finds find showed shows show revealed reveals suggested suggests".split())
BOUNDARY_WORDS = (
    CLAUSE_OPENERS
    | FINDING_VERBS
    | frozenset(
        """whom whose where as
    said says say told warned noted added stated estimated
    estimates according announced announces expects expected""".split()
    )
)


# Verbs of saying that are also plural nouns: at the end of a noun phrase they are its head
# ("Estimates ranging from 12 to 15 percent").
SAYING_NOUNS = frozenset("estimates shows finds".split())


DETERMINERS = frozenset("the a an its their his her our this these those such".split())


PREPOSITIONS = frozenset(
    """of in on at for from with by to into over under during since before after between among
    across through per than against within""".split()
)


# Prepositions that open an adjunct, not a part of the noun before them: a noun phrase read
# backwards ends there ("a Category 1 storm with maximum sustained winds of").
ADJUNCT_PREPOSITIONS = frozenset(
    """with as on at by to than against since during between among across through into over under
    within via""".split()
)


# Prepositions that open a time phrase between a subject and its verb ("Sales during the period rose",
# "Rainfall since January stands at", fixwalk40-a)
TIME_ADJUNCTS = frozenset(("during", "throughout", "over", "in", "on", "since"))
# ... "on" only before a day or weekend ("Spending on the day rose"; not "Tax on the first home")
ON_TIME_HEADS = frozenset(("day", "days", "weekend", "weekends", "night", "nights"))


# ... but not in the subject of a verb: "Profit at the retailer fell", "Exports to China fell",
# "Ticket sales across the region reached" (the place qualifies the noun, it is no head); so does
# the channel a flow takes ("Remittances through money-transfer firms came to", "Exports via the
# port totalled").
SUBJECT_PREPOSITIONS = frozenset(("at", "to", "on", "across", "through", "via"))


PRONOUNS = frozenset("it they this that these those he she we which who there".split())


PERIOD_WORDS = frozenset(
    """year years month months week weeks quarter quarters day days decade past last next previous
    first second third fourth half period january february march april may june july august
    september october november december""".split()
)


# Counted nouns that say only "how many", not what: the sentence names what is counted.
BARE_COUNT_NOUNS = frozenset("units individuals persons people lives times items".split())


# The words, numbers and punctuation marks of body[start:end] (RE_TOKEN's matches): one helper,
# words.tokens_between, under the name the figure modules know
tokens = tokens_between


class Tokenised(NamedTuple):
    """The tokens of one stretch of a body (a sentence), read once, with their offsets."""

    start: int
    end: int
    words: list[str]
    starts: list[int]
    ends: list[int]


def tokenise(body: str, start: int, end: int) -> Tokenised:
    """The tokens of body[start:end] with where each starts and ends."""
    found = list(RE_TOKEN.finditer(body, start, end))
    return Tokenised(
        start, end, [m.group() for m in found], [m.start() for m in found], [m.end() for m in found]
    )


def tokens_in(text: Tokenised, body: str, start: int, end: int) -> list[str]:
    """tokens(body, start, end), taken from a stretch tokenised once: the window read on its own
    from its start until it meets a token of the stretch, then the stretch's whole tokens inside
    the window, and a token the window's end cuts read again from its cut piece."""
    if start >= end:
        return []
    if start < text.start or end > text.end:
        return tokens(body, start, end)
    j = bisect_right(text.ends, end)  # the stretch's tokens [.., j) end inside the window
    head: list[str] = []
    pos = start
    while True:  # a cut word may read on past the stretch's own token break ("know'n" of "well-know'n")
        found = RE_TOKEN.search(body, pos, end)
        if found is None:
            return head
        i = bisect_left(text.starts, found.start())
        if i < j and text.starts[i] == found.start():
            break  # in step with the stretch from here: the same tokens follow
        head.append(found.group())
        pos = found.end()
    inside = head + text.words[i:j]
    if text.ends[j - 1] < end:
        inside += tokens(body, text.ends[j - 1], end)
    return inside


def strip_tail(words: list[str], drop: Callable[[str], bool]) -> list[str]:
    """The words without the trailing ones that `drop` accepts."""
    end = len(words)
    while end and drop(words[end - 1]):
        end -= 1
    return words if end == len(words) else words[:end]


def strip_lower(words: list[str], vocab: frozenset[str]) -> list[str]:
    """The words without the trailing ones whose lower case is in `vocab`."""
    end = len(words)
    while end and words[end - 1].lower() in vocab:
        end -= 1
    return words if end == len(words) else words[:end]


APPROX_BY_LAST: dict[str, tuple[tuple[str, ...], ...]] = {}


for _phrase in sorted((tuple(p.split()) for p in APPROX_WORDS), key=len, reverse=True):
    APPROX_BY_LAST[_phrase[-1]] = (*APPROX_BY_LAST.get(_phrase[-1], ()), _phrase)


# The last words that end no one-word phrase ("than", "of", "to"), each with the words that may
# stand right before it in a phrase ("more", "less", "fewer"): a cheap test that no phrase ends words.
APPROX_BEFORE_LAST: dict[str, frozenset[str]] = {
    last: frozenset(p[-2] for p in phrases)
    for last, phrases in APPROX_BY_LAST.items()
    if all(len(p) > 1 for p in phrases)
}


def without_approx(words: list[str]) -> list[str]:
    """The words without the approximation phrases that end them ("more than", "nearly")."""
    if not words or words[-1].lower() not in APPROX_BY_LAST:
        return words  # most end in no approximation word: the cheap test first
    while words:
        last = words[-1].lower()
        phrases = APPROX_BY_LAST.get(last)
        if not phrases:
            return words
        before = APPROX_BEFORE_LAST.get(last)
        if before is not None and (len(words) < 2 or words[-2].lower() not in before):
            return words  # "rose to", "a share of": no phrase ends them
        tail = tuple([w.lower() for w in words[-3:]])
        for phrase in phrases:  # longest first
            if tail[len(tail) - len(phrase) :] == phrase:
                words = words[: len(words) - len(phrase)]
                break
        else:
            return words
    return words


# Words a noun phrase read backwards never crosses.
PHRASE_STOPS = BOUNDARY_WORDS | LINK_WORDS | AUXILIARIES
# link words that are nouns before "of" after a rate's adjective ("The monthly cost of a school
# uniform rose"): no stop there (subj42)
NOUN_LINKS_BEFORE_OF = frozenset(("cost", "costs"))
RATE_ADJECTIVES = frozenset("daily weekly monthly quarterly annual yearly".split())


# Change words that are only verbs, never nouns ("rose", not "growth").
CHANGE_VERBS = frozenset(CHANGE_WORDS) - CHANGE_NOUNS


def noun_phrase_before(
    words: list[str], cross: frozenset[str] = frozenset(), subject: bool = False
) -> list[str]:
    """The noun phrase that ends the words, read backwards to a clause opener, a verb of saying,
    a predicate or punctuation; brackets inside it are left out ("volume (TIV) in July"). A
    `subject` (the words end right before its verb) leaves out a reduced relative clause that ends
    it ("Tea exports shipped through Mombasa")."""
    backwards: list[str] = []  # the phrase, last word first
    depth = 0
    i = len(words)
    stops = _phrase_stops(cross)
    while i > 0 and len(backwards) < NP_TOKENS:
        i -= 1
        word = words[i]
        if (
            backwards
            and not depth
            and len(word) > 1
            and word[-1] == ","
            and word[0].isdigit()
            and not backwards[-1][0].isdigit()
        ):
            break  # "on November 1, production is": a number's own comma ends the phrase (not "19, 2026")
        if not word[0].isalnum():  # a sign: a bracket, an apostrophe or hyphen, or the phrase's end
            if word == ")":
                depth += 1
                continue
            if word == "(":
                if not depth:
                    break
                depth -= 1
                continue
            if depth:
                continue
            if word not in "'’-":
                break
        elif depth:
            continue
        lower = word.lower()
        if subject and lower in ADJUNCT_PREPOSITIONS and lower != "by" and _reduced_relative(words, i):
            # "Tea exports shipped through Mombasa rose": the clause about the noun is left out
            backwards = []
            i -= 1
            continue
        if (
            subject
            and lower in TIME_ADJUNCTS
            and i
            and _time_phrase(backwards)
            and (lower != "on" or backwards[0].lower() in ON_TIME_HEADS)
        ):
            # "Sales during the period reached", "The value of deals in the week rose": the time
            # phrase before the verb is left out, its subject is before it
            backwards = []
            continue
        if lower == "on" and lower not in stops and _adjunct_on(words, i):
            break  # "up 5 per cent on last year", "are weighing on the economy": no part of a noun
        # a capitalised "-ed" word between capitalised words is a name's, no verb: "Value Added Tax"
        in_name = (
            word.endswith("ed")
            and word[:1].isupper()
            and bool(backwards)
            and _participle_in_name([words[i - 1] if i else "", word, backwards[-1]], 1)
        )
        if (
            lower in stops
            and not in_name
            and not (lower == "by" and i and words[i - 1].lower().endswith("ed"))
            and not (backwards == [] and lower in SAYING_NOUNS)
            and not (lower == "between" and i and words[i - 1].lower() in GAP_NOUNS)
            and not (
                lower in NOUN_LINKS_BEFORE_OF
                and backwards[-1:] == ["of"]
                and i
                and words[i - 1].lower() in RATE_ADJECTIVES
            )
        ):
            break  # an adjunct or a clause boundary; but "crimes recorded by police" is one phrase
        if backwards and not in_name:
            if lower in CHANGE_VERBS:
                break  # another predicate ("grew ... and rose"), not a noun ("GDP growth in 2018")
            if lower.endswith("ed") and _verb_before_object(words, i, backwards[-1]):
                break  # "The firm reported sales": the verb before its object
        backwards.append(word)
        if lower in DETERMINERS and not (
            i and _inside_phrase(words, i - 1) and not _after_figure(words, i - 1)
        ):
            # "allocating a substantial budget": the phrase opens at its determiner; so it does
            # after a figure's preposition ("collect 500,000 euros from a total prize fund")
            break
    backwards.reverse()
    return backwards


def _time_phrase(backwards: list[str]) -> bool:
    """Whether a phrase read backwards (last word first) opens, past its determiners, with a word
    of a period ("the period to March 5", "the first half", "the same week", "May")."""
    j = len(backwards) - 1
    while j >= 0 and backwards[j].lower() in DETERMINERS:
        j -= 1
    if j < 0:
        return False
    first = backwards[j].lower()
    return first in PERIOD_WORDS or first == "same" and j > 0 and backwards[j - 1].lower() in PERIOD_WORDS


def _adjunct_on(words: list[str], i: int) -> bool:
    """Whether words[i], an "on" in a clause's subject, opens an adjunct rather than part of the
    noun before it ("Deaths on the roads", "copper on the London Metal Exchange"): it follows a
    figure ("up 5 per cent on a year earlier") or a verb ("already weighing on", "relied heavily on"),
    not a participle after a plural noun ("people sleeping on the streets")."""
    if not i:
        return True
    prev = words[i - 1].lower()
    if prev[0].isdigit() or prev in FIGURE_TOKENS or prev in LINK_WORDS or prev in CHANGE_WORDS:
        return True
    if _adverb(prev) or prev in BE_WORDS or prev in AUXILIARIES:
        return True
    if prev.endswith("ing") and len(prev) > 5:
        if i == 1 and words[0][:1].isupper():
            return False  # a gerund opening the subject: "Spending on parks fell"
        return not _inside_phrase(words, i - 1)  # "people sleeping on the streets", not "weighing on"
    before = words[i - 2].lower() if i > 1 else ""
    return past_form(prev) and (not before or before in BE_WORDS or before in AUXILIARIES or _adverb(before))


# Words a reduced relative clause's participle never follows: what ends no noun phrase.
NOT_NOUN_ENDS = DETERMINERS | PREPOSITIONS | AUXILIARIES | LINK_WORDS | BOUNDARY_WORDS | {"and", "or", "not"}


# Words a subject never ends on, nor has right before its "and" or "or" (fixwalk36-c): a subject
# so cut is a phrase with a figure taken out of it ("revenue of [DKK 31bn] and net profit",
# "employees of [the group] will"); a modal only as written in lower case ("May" is a month); not
# "her", which ends a phrase as an object ("the sentence given her").
CUT_ENDS = (
    (DETERMINERS - {"her"})
    | PREPOSITIONS
    | frozenset("and or will would could should might can must shall may".split())
)


def is_cut_phrase(text: str) -> bool:
    """Whether a subject of two or more words ends on a function word (CUT_ENDS) or holds one right
    before "and"/"or" (one word alone is a noun there: "a 5-litre can")."""
    words = text.split()
    if len(words) < 2 or words[-1] in CUT_ENDS:
        return len(words) > 1
    return any(a in CUT_ENDS and b in ("and", "or") for a, b in zip(words, words[1:], strict=False))


# What a subject never ends on, even after a preposition: a determiner, "and", "or" or a modal.
HARD_ENDS = CUT_ENDS - PREPOSITIONS


def uncut(subject: str, joined: bool) -> str:
    """A cut subject (is_cut_phrase) mended: of "A of [figure] and B of [figure]", the part of this
    figure (A when `joined`, the figure followed by "and"/"or"; else B), less the function words
    left at its end ("the minimum wage for the" -> "the minimum wage"); "" when no content remains.
    A name cut before the name it was joined to ("earnings of Premier League and") is left as it is:
    dropping "and" would make a wrong subject look whole (what was earned is not the league's)."""
    words = subject.split()
    if len(words) > 1 and words[-1] in ("and", "or") and words[-2][:1].isupper():
        return subject
    for i in range(len(words) - 2):
        if words[i] in CUT_ENDS and words[i + 1] in ("and", "or"):
            words = words[:i] if joined else words[i + 2 :]
            break
    trimmed = False
    while words and (words[-1] in HARD_ENDS or trimmed and words[-1] in PREPOSITIONS):
        words.pop()
        trimmed = True
    return " ".join(words) if has_content_word(" ".join(words)) else ""


def _reduced_relative(words: list[str], i: int) -> bool:
    """Whether words[i], an adjunct preposition, follows a past participle in -ed that follows a
    noun: a reduced relative clause after the noun ("remittances coursed through banks",
    "cargo shipped to Asia"), whose preposition's object is not what the noun phrase names."""
    if i < 2 or i + 1 >= len(words) or not words[i + 1][0].isalnum():
        return False
    verb = words[i - 1].lower()
    past = past_form(verb) or verb in ASIDE_PARTICIPLES
    if not (past and words[i - 1].isalpha() and words[i - 1].islower()) or verb in CHANGE_WORDS:
        return False
    if verb in LINK_WORDS or verb in BOUNDARY_WORDS:
        return False
    noun = words[i - 2]
    if noun == ")":
        return True  # "migrants (OCWs) sent through lenders"
    return noun.isalpha() and noun.lower() not in NOT_NOUN_ENDS and not _adverb(noun.lower())


ING_RELATIVE_REACH = 12  # the most words of a present-participle clause read back from a verb
SHORT_ING_PARTICIPLES = frozenset(("using", "owing"))  # too short for participle()'s test


def without_ing_relative(words: list[str]) -> list[str]:
    """The words that end right before a clause's verb without a present-participle clause that
    ends them, the reduced relative about the noun before it ("A family of five burning 30 kilos
    of charcoal a week" -> "A family of five"; "Firms importing steel" -> "Firms"); the words
    themselves when none does (no object after the participle, no noun before it, or a comma or
    clause word after it: "the morning", "the building")."""
    for i in range(len(words) - 2, max(0, len(words) - 1 - ING_RELATIVE_REACH), -1):
        word = words[i]
        lower = word.lower()
        if not word[0].isalnum() or lower in BOUNDARY_WORDS or lower in ("and", "or"):
            return words  # the clause before the verb opens here
        if not (
            word.islower() and (lower in SHORT_ING_PARTICIPLES or lower.endswith("ing") and participle(lower))
        ):
            continue
        noun = words[i - 1]
        if noun.isalpha() and noun.lower() not in NOT_NOUN_ENDS and not _adverb(noun.lower()):
            return words[:i]
        return words
    return words


# Nouns whose "between" phrase is part of them: "the gap between rich and poor widened"; a percent
# after "a gap of" is a change (percent.py).
GAP_NOUNS = frozenset(
    "gap gaps difference differences divide disparity disparities differential spread".split()
)


@lru_cache(maxsize=8)  # callers pass one of a few constant sets
def _phrase_stops(cross: frozenset[str]) -> frozenset[str]:
    """The words a noun phrase read backwards stops at: PHRASE_STOPS and the adjunct
    prepositions, less those in `cross`."""
    return (ADJUNCT_PREPOSITIONS - cross) | PHRASE_STOPS


def _after_figure(words: list[str], i: int) -> bool:
    """Whether words[i], a word before a determiner, follows a figure ("500,000 euros from")."""
    return words[i].lower() in PREPOSITIONS and any(w[0].isdigit() for w in words[max(0, i - 2) : i])


# Prepositions that also open a clause of time: after a predicate they do ("sales slowed after
# the price was raised to"), after a noun they keep its phrase going ("the week after the vote").
CLAUSE_PREPOSITIONS = frozenset(("after", "before", "since", "until"))


def _inside_phrase(words: list[str], i: int) -> bool:
    """Whether words[i], before a determiner, keeps the noun phrase going: a preposition ("the
    cuts for the group"; not one that opens a clause of time after a change or link verb, "fell
    after the") or a participle after a plural noun ("migrants crossing the Channel"), not a verb
    taking an object ("allocating a budget", "leaving a gap")."""
    lower = words[i].lower()
    if lower in PREPOSITIONS:
        if lower in CLAUSE_PREPOSITIONS and i:
            prev = words[i - 1].lower()
            if i > 1 and prev.endswith("ly"):
                prev = words[i - 2].lower()  # "fell sharply after the"
            return prev not in CHANGE_WORDS and prev not in LINK_WORDS
        return True
    if not (lower.endswith("ing") and len(lower) > 5) or lower in CHANGE_WORDS or i == 0:
        return False
    noun = words[i - 1].lower()
    return noun.isalpha() and noun.endswith("s") and not noun.endswith("ss") and noun not in LINK_WORDS


APPOSITION_TOKENS = (
    16  # the longest aside read back: ", which carries the grain from every farm cooperative,"
)


# Words that open an aside set off by commas: an apposition (", its biggest market,") or a
# relative clause (", which employs 4,000 people,").
# (and a linking adverb, or a summing-up word, between commas: "Exports, however, rose",
# "Cargo, all types put together, reached")
ASIDE_OPENERS = (
    DETERMINERS
    | {"which", "who", "whose"}
    | frozenset(
        "however meanwhile though too also instead nonetheless nevertheless moreover furthermore all".split()
    )
)


# Words that open an aside listing what the noun before it takes in ("energy bills, including
# heating oil and water, rose", "staple foods, such as rice and beans, rose")
LIST_ASIDE_OPENERS = frozenset(
    "including excluding such notably especially particularly mainly chiefly".split()
)


ADVERBIAL_ASIDE_WORDS = 4  # the longest adverbial or reporting aside between a subject and its verb
SAYING_ASIDE_VERBS = frozenset(
    "said says say told noted added stated estimated warned believe believes".split()
)


def _adverbial_aside(words: list[str], start: int, end: int) -> bool:
    """Whether words[start:end], set off by commas before a verb, is a short aside that cannot be
    the verb's subject: a phrase opening with a preposition, perhaps after a time adverb ("Fares,
    by contrast, rose"; "Prices, on the other hand,"; "Diesel, already at a record,"), or a
    reporting clause ("Output, analysts say, could fall"); none holds a number ("Profit, in 2024,")."""
    if not 0 < end - start <= ADVERBIAL_ASIDE_WORDS or any(
        w[:1].isdigit() or not w[:1].isalpha() for w in words[start:end]
    ):
        return False
    first = words[start].lower()
    if first in PASSIVE_TIME_ADVERBS and end - start > 1:
        first = words[start + 1].lower()
    return first in PREPOSITIONS or (end - start > 1 and words[end - 1].lower() in SAYING_ASIDE_VERBS)


def _apposition_start(words: list[str], end: int) -> int | None:
    """Where an aside that ends at words[end] (a comma) opens: the comma before a determiner, a
    relative pronoun or a past participle (after an adverb, perhaps) a few words back (", its
    biggest market,", ", which had been weak,", ", made up mostly of bonds,", ", better known as
    Zee,"), or None; also the comma before "including" or "such as" that opens a list of what the
    noun takes in, its own commas passed (", including heating oil and water,")."""
    for j in range(end - 1, max(end - APPOSITION_TOKENS, 0) - 1, -1):
        if words[j] in (";", "(", ")"):
            break
        if words[j] == "," and j + 1 < end and words[j + 1].lower() in LIST_ASIDE_OPENERS:
            return j
    for j in range(end - 1, max(end - APPOSITION_TOKENS, 0) - 1, -1):
        if words[j] in (",", ";", "(", ")"):
            first = (
                j + 2 if j + 2 < end and _adverb(words[j + 1].lower()) else j + 1
            )  # ", popularly known as"
            opens = j + 1 < end and (
                words[j + 1].lower() in ASIDE_OPENERS
                or (j > 0 and aside_participle(words[first]))
                or (j + 2 < end and words[j + 1].lower() == "home" and words[j + 2].lower() == "to")
            )  # ", home to 80,000 people,": a place's aside, a noun without its article
            # an aside after a noun phrase opening its sentence, but a name ("The band's single,
            # Blue Roads,"), which names the same thing more closely
            opens = (
                opens or words[j] == "," and not words[j + 1][:1].isupper() and _opening_noun_phrase(words, j)
            )
            opens = opens or words[j] == "," and j > 0 and _adverbial_aside(words, j + 1, end)
            return j if words[j] == "," and opens else None
    return None


OPENING_PHRASE_WORDS = 4  # the longest noun phrase opening a sentence before an aside ("The pork loin,")
ARTICLES = frozenset(("the", "a", "an"))  # (subjects reads it too)


def _opening_noun_phrase(words: list[str], j: int) -> bool:
    """Whether the words before words[j] (a comma) are a short noun phrase that opens its sentence
    or clause with an article ("The pork loin" in "The pork loin, cut thick, is £26"): whatever
    the comma opens is an aside about it, up to the comma before its verb."""
    for k in range(j - 1, max(j - OPENING_PHRASE_WORDS - 2, -1), -1):
        word = words[k]
        lower = word.lower()
        if lower in ARTICLES:
            return k < j - 1 and (
                k == 0 and word[0].isupper() or k > 0 and words[k - 1] in (",", ";", ":", "(")
            )
        if (
            not word.replace("'", "").replace("-", "").isalpha()
            or lower in FUNCTION_WORDS
            or lower in BOUNDARY_WORDS
        ):
            return False
    return False


# Past participles not in -ed that open a reduced relative clause (", made up mostly of bonds,").
ASIDE_PARTICIPLES = IRREGULAR_PARTICIPLES | frozenset(
    "made built known led written given taken sent sold".split()
)
# ... and more of them (or ones too short for past_form) that open an aside set off by commas
# (", bought with a federal grant,", ", used by 9,000 commuters,"); without the commas some of
# them are often the noun phrase's own ("wages paid to workers").
COMMA_ASIDE_PARTICIPLES = ASIDE_PARTICIPLES | frozenset(
    """bought brought caught chosen driven drawn found flown grown hidden lent lost paid run shown
    spent stolen struck taught told won worn used owed fed""".split()
)


def aside_participle(word: str) -> bool:
    """Whether a word is a past participle that can open an aside about the noun before it
    (", measured as output per hour,", ", made up of bonds,"); not a change or link word."""
    lower = word.lower()
    if lower in CHANGE_WORDS or lower in LINK_WORDS or lower in BOUNDARY_WORDS or lower in AUXILIARIES:
        return False
    return (past_form(lower) and word.isalpha() and word.islower()) or lower in COMMA_ASIDE_PARTICIPLES


def without_aside(words: list[str]) -> list[str]:
    """The words without an aside set off by commas that ends them ("The company, which employs
    4,000 people," -> "The company"; a person's age: "Whitford, 31," -> "Whitford"; a
    number's token takes the comma after it)."""
    if len(words) > 2 and words[-1][-1:] == "," and words[-1][:-1].isdigit() and words[-2] == ",":
        return words[:-2] if words[-3][:1].isupper() else words  # a person's age: "Whitford, 31,"
    opening = _apposition_start(words, len(words) - 1) if words and words[-1] == "," else None
    return words if opening is None else words[:opening]


def _verb_before_object(words: list[str], i: int, next_word: str) -> bool:
    """Whether words[i], a past form ending in -ed, is the verb of a clause rather than a modifier:
    "reported" in "The firm reported sales" but not in "the number of reported thefts",
    "seasonally adjusted annual rate" or "crimes recorded by police" (`next_word` follows it in
    the phrase)."""
    word = words[i].lower()
    if not word.endswith("ed") or len(word) < 5 or next_word.lower() == "by":
        return False
    if words[i][:1].isupper() and next_word[:1].isupper():
        return False  # a name's word: "The United States", "Red Crescent"
    if not i:
        return False
    before = words[i - 1]
    opener = words[i - 2].lower() if i > 1 else ""
    return (
        before[0].isupper() or before == ")" or opener in DETERMINERS
    )  # "BAuto reported", "The firm reported"


# Words a head leaves out before it ("the", "rose"); words no head opens with ("it", "in").
HEAD_OPENERS = DETERMINERS | CHANGE_VERBS
NOT_HEADS = PRONOUNS | PREPOSITIONS


def head_of(phrase: list[str]) -> str:
    """What a noun phrase names: "net profit" for "The net profit of the world's largest phone
    and tablet maker", "starts of multi-unit buildings" for "starts of multi-unit buildings in
    cities", "number of deaths from shooting", "Total industry volume" for "Total industry volume
    in July 2023"."""
    words: list[str] = []
    lower: list[str] = []  # the words' lower case, read once
    last = len(phrase) - 1
    for i, w in enumerate(phrase):
        if not (w[0].isalpha() or w in "'’"):
            continue
        low = w.lower()
        if low in SCALE_WORDS or (i < last and _sign_of_amount(w, phrase[i + 1])):
            continue  # no figure's words: "bill of R6,000 rose to" names "bill", not "bill of R"
        if i and w in SCALE_ABBREVIATIONS_MONEY_ONLY and phrase[i - 1][:1].isdigit():
            continue  # "The £4.6m scheme" names "scheme", not "m scheme": the amount's scale letter
        words.append(w)
        lower.append(low)
    first = 0
    while first < len(words) and (lower[first] in HEAD_OPENERS or words[first] in LIST_JOINS):
        first += 1
    end = len(words)
    while end > first and lower[end - 1] in CHANGE_VERBS:
        end -= 1  # "The deficit halved, falling 50 percent"
    if end == first or lower[first] in NOT_HEADS:
        return ""
    words, lower = words[first:end], lower[first:end]
    if "of" in lower:
        k = lower.index("of")
        pre = _until_preposition(words[:k])
        post = words[k + 1 :] if len(pre) == k else []  # "futures on the Board of Trade": no "of" of the head
        while post and post[0].lower() in DETERMINERS:
            post = post[1:]
        if pre and pre[-1].lower() in QUANTITY_HEADS and post:
            owner = _possessor_name_start(pre, len(pre) - 2)  # "the Reform Party's share of the vote"
            words = [*pre[owner:], "of", *post[:HEAD_WORDS]]  # "number of deaths from shooting"
        else:
            post = [w for w in _until_preposition(post) if w.lower() not in BARE_COUNT_NOUNS]
            words = [*pre, "of", *post] if post and len(pre) + len(post) <= HEAD_WORDS + 1 else pre
        while words and words[-1].lower() in PREPOSITIONS:
            words = words[:-1]
    else:
        at = _preposition_at(lower, 0)  # the head ends at the first preposition, its tail at the next
        end = _preposition_at(lower, at + 1)
        if 0 < at < end - 1 and end - 1 <= HEAD_WORDS and PERIOD_WORDS.isdisjoint(lower[at + 1 : end]):
            # "Deaths from shooting", not "in July"; a tail too long to keep its head keeps the head
            at = end if end <= HEAD_WORDS or at > end - HEAD_WORDS else at  # "Tariffs on steel and ..."
        words = words[:at]
    head = words[-HEAD_WORDS - 2 :] if "of" in words else words[-HEAD_WORDS:]
    while len(head) > 1 and (head[0] in LIST_JOINS or head[0] in PREPOSITIONS):
        head = head[1:]  # "food-delivery and payments firm Rimba Group", cut to its last words
    if all(w.lower() in BARE_COUNT_NOUNS for w in head) or not _names_something(head):
        return ""
    return " ".join(head)


def _possessor_name_start(words: list[str], at: int) -> int:
    """Where a name in possessive at `at` opens, capitalised words back from it (at most HEAD_WORDS
    in all: "Reform Party's", "New Zealand's"), or `at` where the word there is no possessive name."""
    if at < 0:
        return 0
    if not (words[at][:1].isupper() and words[at].endswith(("'s", "’s", "s'", "s’"))):
        return at
    start = at
    while start > 0 and at - start < HEAD_WORDS - 2 and words[start - 1][:1].isupper():
        start -= 1
    return start


def _names_something(words: list[str]) -> bool:
    """Whether words hold a noun-like word: a content word or a change noun ("growth")."""
    return runs_have_content(words) or any(w.lower() in CHANGE_NOUNS for w in words)


def _preposition_at(lower: list[str], start: int) -> int:
    """Where the first preposition of lower-case words at or after `start` stands, or their length."""
    for i in range(start, len(lower)):
        if lower[i] in PREPOSITIONS:
            return i
    return len(lower)


def _until_preposition(words: list[str]) -> list[str]:
    """The words before the first preposition ("Total industry volume" of "... in July")."""
    for i, word in enumerate(words):
        if word.lower() in PREPOSITIONS:
            return words[:i]
    return words


# Words that open the figure after them, not the phrase before it: determiners and the "between"
# of a range whose quote starts at its first number ("Estimates ranging between 12 and 15 percent").
FIGURE_OPENERS = DETERMINERS | {"between", "another"}  # "rose another 11 cents": no part of the noun


def measured_before(words: list[str]) -> tuple[str, str]:
    """What a figure measures, named before it, and how it is linked: ("net profit", "verb") for
    "The net profit of the phone maker fell", ("EU's emergency funding", "of") for "The EU's
    emergency funding of", ("aid package", "link") for "This aid package, worth"; ("", "")
    when the words before name nothing."""
    if not words or _ends_plainly(words[-1]):
        return "", ""  # what _read_measured gives too, read at once
    return _read_measured(words)


def _linked_before(words: list[str]) -> bool:
    """Whether words end in a link word ("was", "stood"), or one and "at" ("stood at")."""
    if words and words[-1].lower() == "at":
        words = words[:-1]
    return bool(words) and words[-1].lower() in LINK_WORDS


def _read_measured(words: list[str]) -> tuple[str, str]:
    """measured_before, read step by step."""
    opener = words[-1].lower() if words else ""
    last = opener  # the last word's lower case, read again only when words are left out
    if opener in FIGURE_OPENERS or opener in APPROX_BY_LAST:  # the cheap test first: most end in neither
        words = strip_lower(without_approx(strip_lower(words, FIGURE_OPENERS)), FIGURE_OPENERS)
        last = words[-1].lower() if words else ""
    if last in LIMITING_ADVERBS and _linked_before(words[:-1]):
        words = words[:-1]  # "stood at just", "was only": the link before the adverb
        last = words[-1].lower()
    if not words:
        return "", ""
    if last == "of":
        before = words[:-1]
        if not before or not before[-1][0].isalpha() or before[-1].lower() in QUANTITY_HEADS:
            return "", ""  # "52 per cent of the $623 million", "a total of 300 people"
        if before[-1].lower() in CHANGE_WORDS:
            return "", ""  # "an increase of 5%": the words after it say what rose
        return head_of(_from_indefinite(noun_phrase_before(before))), "of"
    if last in ("by", "from"):
        obj = noun_phrase_before(words[:-1])
        verb = len(words) - 2 - len(obj)
        if obj and obj[-1].lower() not in CHANGE_WORDS and verb >= 0 and words[verb].lower() in CHANGE_WORDS:
            head = head_of(obj)  # "The bank cut its benchmark rate by", "raising the fee from"
            if head:
                return head, "verb"
        verb = _change_verb_inside(obj)
        head = head_of(obj[verb + 1 :]) if verb is not None else ""
        if head:
            return head, "verb"  # "The central bank cut rates by": the object of a change noun used as a verb
    rest = strip_lower(words, LINK_PARTICLES)
    if len(rest) < len(words):  # "Sales rose 5% to $3.2 billion": the level after a change
        rest = _strip_first_figure(rest)  # "fell by 837,000 last year to", "to 43,300 in July from"
        if rest and rest[-1].lower() in ("by", "from") and len(rest) < len(words) - 1:
            return measured_before(rest)  # "cut its benchmark rate by a quarter point to 4.5%"
        rest = _without_passive(rest)  # "growth was upwardly revised to 3.1 percent"
    linked = _without_linking(rest)
    if len(linked) == len(rest):
        if opener not in RANGE_OPENERS or not rest or rest[-1].lower() not in RANGE_VERBS:
            return "", ""
        linked = _without_linking(rest[:-1])  # "payouts will range from": "range" is the verb
    if _change_noun_before_link(linked, rest[len(linked) :]):
        linked = rest[: len(linked) + 1]  # "The tax hikes were worth": "hikes" is the noun
    verbs = {w.lower() for w in rest[len(linked) :]}
    mode = "verb" if verbs & CHANGE_WORDS.keys() else "link"
    if linked and linked[-1].lower() in PARTICIPLE_OPENERS:
        return _participle_clause_subject(linked[:-1]), mode
    if linked and len(linked[-1]) > 1 and linked[-1][0].isdigit() and linked[-1].endswith(","):
        linked = [
            *linked[:-1],
            linked[-1][:-1],
            ",",
        ]  # "The shipwreck, located in 2019, is": a number takes its comma
    if linked[-1:] == [","] and _change_participle(rest[len(linked) :]) and _figureless(linked):
        held = _participle_clause_subject(linked)
        if held:
            return held, mode  # "Bus journeys held up better, falling 4% to": the clause's subject
    if linked and linked[-1] == ",":
        opening = _apposition_start(linked, len(linked) - 1)
        if opening is not None:
            linked = linked[: opening + 1]  # "Exports to China, its biggest market, dropped"
    if linked and linked[-1] in (",", "("):
        if verbs <= {"up", "down"}:
            return "", mode  # "..., up from 233,600": what rose is the clause's, read by the caller
        linked = linked[:-1]  # apposition: "This aid package, worth €3.5 million"
    if linked[-1:] == ["and"]:
        shared = first_predicate_subject(linked[:-1])
        if shared:
            return shared, mode  # "Bitcoin later recovered some ground and was down 9.3%"
        linked = linked[:-1]  # "She won 14 votes and is likely to reach": the votes
    return _named_head(linked), mode


def _named_head(words: list[str]) -> str:
    """What the noun phrase that ends the words names (head_of), or the acronym in brackets that
    ends them when the name's own commas cut it ("EBITDA" for "Earnings before interest, tax,
    depreciation and amortisation (EBITDA)"; not for "In Lagos, the Nigerian Stock Exchange (NSE)")."""
    phrase = noun_phrase_before(words, SUBJECT_PREPOSITIONS, subject=True)
    at = len(words) - len(phrase)
    if phrase and at > 2 and words[at - 1] == "by" and _passive_participle(words[at - 2].lower()):
        # "the levy paid by tourists rises": the agent of a reduced passive clause is no subject,
        # the noun that clause follows is
        phrase = noun_phrase_before(words[: at - 2], SUBJECT_PREPOSITIONS, subject=True) or phrase
    if len(words) > 3 and words[-1] == ")" and words[-3] == "(" and phrase and phrase[0].islower():
        acronym = words[-2]
        opener = len(words) - 4 - len(phrase)
        cut = opener >= 0 and words[opener] == "," and phrase[0] not in DETERMINERS
        if cut and len(acronym) > 1 and acronym.isalpha() and acronym.isupper():
            return acronym
    return head_of(phrase)


def _passive_participle(lower: str) -> bool:
    """Whether a lower-case word reads as a past participle before "by" ("paid", "owned", "run")."""
    return (past_form(lower) or lower in COMMA_ASIDE_PARTICIPLES) and lower not in CHANGE_WORDS


def past_form(lower: str) -> bool:
    """Whether a lower-case word reads as a past form in -ed ("recovered", not "red" or "bed")."""
    return len(lower) > 4 and lower.endswith("ed")


# Adverbs that may stand between a clause's subject and its first verb ("Bitcoin later recovered").
SUBJECT_ADVERBS = frozenset("later earlier then also still briefly initially first".split())


def first_predicate_subject(words: list[str]) -> str:
    """What the subject of a clause names, read before its first verb (a link or change word, an
    auxiliary or a past form in -ed), when a second predicate joined by "and" follows the words
    ("Bitcoin" in "Bitcoin later recovered some ground"), or ""."""
    start = (
        max((i for i, w in enumerate(words) if w in ",;:(" or w.lower() in BOUNDARY_WORDS), default=-1) + 1
    )
    for i in range(start + 1, len(words)):
        lower = words[i].lower()
        if lower in LINK_WORDS or lower in CHANGE_WORDS or lower in AUXILIARIES or past_form(lower):
            phrase = strip_lower(words[start:i], SUBJECT_ADVERBS)
            if not phrase or phrase[0].lower() in PREPOSITIONS or phrase[0].endswith("ly"):
                return ""  # "mainly from the higher ...": an adjunct, no subject
            return head_of(phrase)
    return ""


def _from_indefinite(phrase: list[str]) -> list[str]:
    """A noun phrase from its last "a"/"an" after a preposition ("an initial public offering" of
    "draft papers for an initial public offering"): the noun an amount's "of" follows opens there."""
    for j in range(len(phrase) - 1, 0, -1):
        if phrase[j].lower() in ("a", "an") and phrase[j - 1].lower() in PREPOSITIONS:
            return phrase[j:]
    return phrase


# The verb forms of "range" that are no noun ("Payouts will range from", "Fees range between"):
# LINK_WORDS leaves them out, as "the target range of" is a noun phrase.
RANGE_VERBS = frozenset(("range", "ranges"))
RANGE_OPENERS = frozenset(("from", "between"))


# Words that open a participle clause ("..., having lost around 40% since"): its subject is that
# of the clause it hangs on, never the participle itself.
PARTICIPLE_OPENERS = frozenset(("having", "being"))


def _change_participle(words: list[str]) -> bool:
    """Whether the words are a change verb's participle alone ("falling", "rising"): a participle
    clause whose subject is that of the clause before its comma."""
    return len(words) == 1 and words[0].lower().endswith("ing") and words[0].lower() in CHANGE_WORDS


def _figureless(words: list[str]) -> bool:
    """Whether no word holds a digit (a clause with a figure of its own is that figure's)."""
    return not any(ch.isdigit() for w in words for ch in w)


def _participle_clause_subject(words: list[str]) -> str:
    """The subject of the clause a participle clause hangs on ("naira" in "The naira closed at
    1,478.5 per dollar ," before "having lost"), or "" when it names none."""
    if words[-1:] == [","]:
        words = words[:-1]
    for i, word in enumerate(words):  # the clause's first predicate: what stands before it is its subject
        lower = word.lower()
        if lower in LINK_WORDS or lower in CHANGE_WORDS or participle(lower):
            return head_of(noun_phrase_before(words[:i], SUBJECT_PREPOSITIONS))
    return head_of(noun_phrase_before(words, SUBJECT_PREPOSITIONS)) if words else ""


LINKING_WORDS = LINK_WORDS | frozenset(CHANGE_WORDS) | AUXILIARIES
# a verb of need or expectation and "to", between a noun and its change ("output would need to
# grow by", "sales are expected to rise", "prices are likely to climb"); "need" alone is a verb
# of its own ("adults need 2,075 calories")
CHAIN_BEFORE_TO = frozenset(
    "need needs needed expected likely due able going forecast projected predicted set poised".split()
)  # ... and a passive of forecasting ("prices are forecast to drop by", "sales are projected to rise")


# time adverbs that stand inside a passive or a link ("is now projected at",
# "was already forecast to", "is now 60% complete")
PASSIVE_TIME_ADVERBS = frozenset("now still already currently also again".split())


# Last words that measured_before reads on from: after any other one (a noun, a number, a mark)
# its steps strip nothing and it finds no link, so the words before name nothing.
MEASURED_FROM = (
    FIGURE_OPENERS
    | APPROX_BY_LAST.keys()
    | {"of", "by", "from"}
    | LINK_PARTICLES
    | LINKING_WORDS
    | PASSIVE_TIME_ADVERBS
)


def _ends_plainly(word: str) -> bool:
    """Whether a last word leaves measured_before nothing to read (not in MEASURED_FROM, no adverb)."""
    return word.lower() not in MEASURED_FROM and not _linking(word)


def _change_noun_before_link(phrase: list[str], tail: list[str]) -> bool:
    """Whether the first of the linking words after a phrase is a change noun that ends it, not a
    verb: a noun before it and a link word, not a change word, after it ("tax hikes were worth",
    "pay raise was"; not "Sales rose", "The increase was")."""
    if len(tail) < 2 or not phrase or tail[0].lower() not in CHANGE_NOUNS:
        return False
    before = phrase[-1].lower()
    if not before.isalpha() or before in DETERMINERS or before in PREPOSITIONS or before in LINKING_WORDS:
        return False
    if tail[0].lower() in NOUN_ONLY_CHANGES:
        return True  # "Sales growth slowed": a change noun that is never a verb ends the phrase
    return tail[1].lower() in LINK_WORDS and not any(w.lower() in CHANGE_WORDS for w in tail[1:])


# what may stand right before a change noun that opens a noun phrase ("a 12 per cent rise")
CHANGE_NOUN_LEADS = frozenset(("a", "an", "%", "cent", "percent"))
CHANGE_OBJECT_WORDS = 8  # how far back from "to" a change noun's "in" is looked for


def change_noun_object(before: list[str]) -> str:
    """What the level after a change noun's "to" measures: the words between "in" and "to" ("a
    12 per cent rise in full-year profit to" -> "full-year profit"), or "" (a change verb before
    "in" names a place or a time: "rose 5% in Germany to")."""
    if len(before) < 4 or before[-1].lower() != "to":
        return ""
    for i in range(len(before) - 2, max(1, len(before) - 2 - CHANGE_OBJECT_WORDS), -1):
        word = before[i]
        if word.lower() == "in":
            lead = before[i - 2].lower()
            if before[i - 1].lower() not in CHANGE_NOUNS or not (
                lead in CHANGE_NOUN_LEADS or lead[0].isdigit()
            ):
                return ""
            return " ".join(before[i + 1 : -1])
        if not word[0].isalpha():
            return ""
    return ""


def _change_verb_inside(phrase: list[str]) -> int | None:
    """Where a change word that may be a verb ("cut", "rise") stands inside a phrase, between a
    noun before it and an object after it ("bank cut rates", "will cut prices"), or None."""
    for i in range(len(phrase) - 2, -1, -1):
        lower = phrase[i].lower()
        if lower in CHANGE_NOUNS and lower not in NOUN_ONLY_CHANGES:
            before = phrase[i - 1].lower() if i else ""
            if before not in DETERMINERS and before not in PREPOSITIONS:
                return i
            return None
    return None


# Nouns that end in "ly" like an adverb ("a typical family will pay", "the supply fell"): the
# adverb test below leaves them out.
LY_NOUNS = frozenset(
    """family supply assembly rally monopoly anomaly ally belly bully reply jelly holly lily
    italy july""".split()
)


def _adverb(lower: str) -> bool:
    """Whether a lower-case word reads as an adverb by its "-ly" ending ("sharply", "upwardly")."""
    return len(lower) > 4 and lower.endswith("ly") and lower not in LY_NOUNS


def _without_linking(words: list[str]) -> list[str]:
    """strip_tail(words, _linking), each word lowered once."""
    end = len(words)
    while end:
        lower = words[end - 1].lower()
        if lower == "to" and end > 1 and words[end - 2].lower() in CHAIN_BEFORE_TO:
            end -= 2  # "would need to (grow)": the chain of the change verb
            continue
        if lower in PASSIVE_TIME_ADVERBS and end > 1 and words[end - 2].lower() in LINKING_WORDS:
            end -= 1  # "is now", "was still", "has also": a time adverb inside the link
            continue
        if lower not in LINKING_WORDS and not _adverb(lower):
            break
        end -= 1
    return words if end == len(words) else words[:end]


def _linking(word: str) -> bool:
    """A word between a measured noun and its figure: a link, change or auxiliary word, an adverb."""
    lower = word.lower()
    return lower in LINKING_WORDS or _adverb(lower)


def _passive_tail(word: str) -> bool:
    """A word of a passive verb phrase: a participle or an adverb ("upwardly revised", "forecast",
    "now projected")."""
    lower = word.lower()
    return (
        (past_form(lower) and lower not in LINK_WORDS)
        or lower in IRREGULAR_PARTICIPLES
        or _adverb(lower)
        or lower in PASSIVE_TIME_ADVERBS
    )


def _without_passive(words: list[str]) -> list[str]:
    """The words without a passive verb that ends them ("was upwardly revised", "is forecast"),
    keeping the form of "be" that makes it a link; the words as they are otherwise."""
    stripped = strip_tail(words, _passive_tail)
    if len(stripped) < len(words) and stripped and stripped[-1].lower() in BE_WORDS:
        return stripped
    return words


# Words between a change and the level it reaches, besides the first figure's own tokens: its
# period ("last year", "in July") and "to"; not "by" or "from", which open the first figure.
BEFORE_LEVEL_WORDS = PERIOD_WORDS | {"a", "an", "the", "this", "in", "on"} | (LINK_PARTICLES - {"by", "from"})


def _before_a_level(word: str) -> bool:
    """A token that may stand between a change and the level it reaches: the first figure, its
    period and "to" (BEFORE_LEVEL_WORDS)."""
    return word.lower() in BEFORE_LEVEL_WORDS or _figure_token(word)


def _figure_token(word: str) -> bool:
    """A token of a stated figure: an amount's (amount_token) or a percent's sign or word."""
    return amount_token(word) or word.lower() in FIGURE_TOKENS


def amount_token(word: str) -> bool:
    """A token of an amount stated inline: its number, a currency sign or a scale word."""
    return word[0].isdigit() or word in "$€£¥₹" or word.lower() in SCALE_WORDS


def _strip_first_figure(words: list[str]) -> list[str]:
    """The words before a change's first figure, its period and "to": without the trailing tokens
    _before_a_level accepts, nor a unit or currency word right after a number or scale word ("rose
    by 5 million rand to", "from 2.1 million hectares to"), nor a currency sign before its number
    ("from RM 5 million to", as the tokens read "RM5")."""
    end = len(words)
    while end:
        word = words[end - 1]
        if _before_a_level(word):
            end -= 1
        elif end > 1 and _figure_token(words[end - 2]) and _unit_or_currency(word):
            end -= 2
        elif end < len(words) and words[end][0].isdigit() and _currency_sign(word):
            end -= 1
        elif word.lower() == "of" and end > 1 and words[end - 2][0].isdigit():
            end -= 1  # "edged up 0.2 of a percentage point to": a fraction of a point
        else:
            break
    return words if end == len(words) else words[:end]


def _sign_of_amount(word: str, after: str) -> bool:
    """Whether a currency sign stands before the amount `after` is: a single letter before a plain
    one- or two-digit number is a name's ("the E39 between two cities", "the M4 corridor")."""
    if not (after[0].isdigit() and _currency_sign(word)):
        return False
    return len(word) > 1 or not (after.isdigit() and len(after) <= 2)


def _currency_sign(word: str) -> bool:
    """A currency's sign or code as CLDR gives it ("RM", "KSh", "USD"), or a sign only one
    country's press writes ("N": currency_signs.COUNTRY_LETTER_SIGNS)."""
    return word in _currency_signs()


@cache
def _currency_signs() -> frozenset[str]:
    """The words _currency_sign accepts, gathered once (on first use: the vocabularies are built then)."""
    from .currency_signs import COUNTRY_LETTER_SIGNS

    return currencies.sign_words() | frozenset(COUNTRY_LETTER_SIGNS)


def _unit_or_currency(word: str) -> bool:
    """A word that names a currency (CLDR, through currencies) or an unambiguous unit (pint)."""
    lower = word.lower()
    if lower in currencies.name_words():  # the vocabularies are built on first use
        return True
    unit = units.unit_word(lower)
    return unit is not None and not unit.ambiguous


def without_relative_opening(words: list[str]) -> list[str]:
    """The words without a closing ", which"/", who"/", that" or a closing "who" after a noun: a
    relative clause is about the noun before it ("the province, which grew 2.6%", "Brandt, who
    earned £67,350", "a nurse who earns $900")."""
    if len(words) > 2 and words[-1].lower() in RELATIVE_PRONOUNS and words[-2] == ",":
        return words[:-2]
    if len(words) > 1 and words[-1].lower() == "who" and words[-2].isalpha():
        return words[:-1]  # "a nurse who earns": a restrictive "who" is about the person before it
    return words


# clause_predicate_subject reads past a phrase that `passed` says is no subject ("the first half"
# in "Firms raised $2 billion in the first half, up": the firms).
def clause_predicate_subject(words: list[str], passed: Callable[[str], bool] | None = None) -> str:
    """The noun phrase before the nearest predicate that has one, read right to left: "The
    seasonally adjusted annual rate of housing starts" in "... was 281,389 units in January, up
    22.7 per cent from"; "Texas" in "Texas gained the most residents (up"."""
    for i in range(len(words) - 1, -1, -1):
        lower = words[i].lower()
        if lower in LINK_WORDS and lower not in ("compared", "compares") or lower in CHANGE_WORDS:
            lead = without_relative_opening(strip_lower(words[:i], AUXILIARIES))
            shared = first_predicate_subject(lead[:-1]) if lead[-1:] == ["and"] else ""
            head = shared or _named_head(lead)
            if head and not (passed and passed(head)):
                return head
    return ""


def phrase_after(words: list[str]) -> list[str]:
    """A figure's own trailing phrase when it opens with a preposition or a participle, up to the
    clause's end: "from the Midwest", "through the Wesh-Chaman border", "registered"."""
    if not words or not words[0][0].isalpha():
        return []
    first = words[0].lower()
    if first not in PREPOSITIONS - {"of", "than", "per", "to"} and not participle(first):
        return []
    phrase: list[str] = []
    for word in words[:7]:
        if not (word[0].isalnum() or word in "'’-") or word.lower() in BOUNDARY_WORDS or word in LIST_JOINS:
            break
        phrase.append(word)
    return phrase if len(phrase) <= 6 else []


def participle(word: str) -> bool:
    """A past or present participle that is not a change or link word ("returned", "living")."""
    return (
        (word.endswith("ed") and len(word) > 4 or word.endswith("ing") and len(word) > 5)
        and word not in CHANGE_WORDS
        and word not in LINK_WORDS
        and word not in BOUNDARY_WORDS
    )


# Particles that open a compound noun after a figure ("a 25% down payment", "a $5 million
# buyout"): the particle with the noun after it is part of the phrase.
PARTICLE_NOUN_OPENERS: dict[str, frozenset[str]] = {
    "down": frozenset(("payment", "payments", "deposit")),
}


def noun_after(words: list[str], limit: int = 3) -> list[str]:
    """The noun phrase right after a figure, up to a function word or punctuation ("inflation
    objective" in "its symmetric 2 percent inflation objective")."""
    phrase: list[str] = []
    for k, word in enumerate(words[:limit]):
        lower = word.lower()
        if (
            lower in PARTICLE_NOUN_OPENERS
            and words[k + 1 : k + 2]
            and words[k + 1].lower() in PARTICLE_NOUN_OPENERS[lower]
        ):
            phrase.append(word)  # "a 25% down payment": a compound noun, not a direction
            continue
        if not k and lower == "can" and words[1:2] == ["of"]:
            phrase.append(word)  # "a 5-litre can of oil": the container, not the modal verb
            continue
        if word.isdigit() and phrase and phrase[-1].isupper() and len(phrase[-1]) <= 2:
            phrase[-1] += word  # "the 14-km M4 line", "the 40-km E39 road": a road's or a line's name
            continue
        if (
            not word[0].isalpha()
            or (lower in FUNCTION_WORDS and lower != "per")
            or (lower in PREPOSITIONS and lower != "per")
            or lower in EMPTY_WORDS
            or lower in BOUNDARY_WORDS
            or "-on-" in lower
        ):
            break
        phrase.append(word)
    while phrase and phrase[-1].lower() == "per":
        phrase.pop()
    return phrase


def noun_behind_brackets(words: list[str]) -> str:
    """The plural noun a number counts when a bracket stands between them: "powerful
    earthquakes" for "three powerful (6.3 magnitude) earthquakes"; "" without a bracket."""
    phrase: list[str] = []
    depth = 0
    bracketed = False
    for word in words[:12]:
        if word == "(":
            depth += 1
            bracketed = True
        elif word == ")":
            depth -= 1
        elif not depth:
            if not word[0].isalpha() or word.lower() in FUNCTION_WORDS or len(phrase) >= 3:
                return ""
            phrase.append(word)
            if word.endswith("s") and not word.endswith("ss"):
                return " ".join(phrase) if bracketed else ""
    return ""


def recipient(words: list[str]) -> list[str]:
    """A "to the X" or "for X" phrase after an amount, naming where the money goes."""
    if len(words) < 2 or words[0].lower() not in ("to", "for"):
        return []
    phrase = [words[0]]
    for word in words[1:5]:
        lower = word.lower()
        if not word[0].isalpha() or lower in BOUNDARY_WORDS or word in LIST_JOINS:
            break
        if lower in FUNCTION_WORDS and lower not in DETERMINERS:
            break
        phrase.append(word)
    named = [w for w in phrase[1:] if w.lower() not in DETERMINERS]
    if not named or (
        phrase[0].lower() == "to"
        and phrase[1].islower()
        and phrase[1] not in DETERMINERS
        and not _plural_recipient(phrase[1:])
    ):
        return []  # "to enhance the capacity": a purpose, not a recipient; "to farmers" is one
    return phrase


def _plural_recipient(words: list[str]) -> bool:
    """Whether lower-case words after "to" open with a plural noun, or a participle and a plural
    noun, not a verb's base form ("to millers", "to registered dealers"; not "to enhance", "to
    address", "to repair roads")."""
    first = words[0].lower()
    if first.endswith("ed") and not first.endswith("eed") and len(words) > 1:
        first = words[1].lower()  # "to registered dealers"
    return len(first) > 3 and first.endswith("s") and not first.endswith(("ss", "us")) and first.isalpha()


def list_parts(words: list[str]) -> list[str]:
    """The items of "South and West regions" as "South regions", "West regions" (a head written
    once is shared); of "group revenue and pre-tax profit" as themselves."""
    parts: list[list[str]] = [[]]
    for word in words:
        if word in LIST_JOINS:
            parts.append([])
        elif word[0].isalpha():
            parts[-1].append(word)
    if any(not part for part in parts):
        return []
    last = parts[-1]
    plural = last[-1].endswith("s") and not last[-1].endswith("ss")
    if len(last) > 1 and plural and all(len(part) == 1 for part in parts[:-1]):
        parts = [[*part, last[-1]] for part in parts[:-1]] + [last]
    return [" ".join(part) for part in parts]


def nouns_after_list(words: list[str]) -> list[str]:
    """The noun list after a list of figures: "in the Northeast and Midwest"."""
    words = [w for w in words if w.lower() != "respectively" and w != ","]
    if not words or words[0].lower() not in ("in", "for", "at", "among"):
        return []
    phrase: list[str] = []
    for word in words[1:]:
        if not (word[0].isalpha() or word in "'’-") or word.lower() in BOUNDARY_WORDS:
            break  # a mark, a number (another figure's phrase) or a clause word ends the list
        if word.lower() not in DETERMINERS:
            phrase.append(word)
    return list_parts(phrase)
