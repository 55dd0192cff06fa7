"""Counts: digits and number words that count something ("1,480 people", "two border crossings",
"half a million voters", "a 12-storey tower"), their ranges, and what the noun after them says the
unit is (people, attacks, or another count)."""

from __future__ import annotations

import re

from ..vocab import ATTACK_NOUNS, PEOPLE_NOUNS
from . import numbers as N
from .numbers import END, NUM, RANGE_JOIN, WNUM

RE_A_SCALE = re.compile(rf"(?<![\w-])(?P<num>{N.A_SCALE}){END}", re.IGNORECASE)
# a scale letter glued to a count: "4.3M sales", "25k or 40k", "1.4m Afghans" (see abbreviation_ok)
COUNT_ABBR = r"(?P<abbr>m|k|M|K)(?=\s)"
RE_COUNT_DIGITS = re.compile(
    rf"(?P<num>{NUM})(?:(?P<join>{RANGE_JOIN}|\s+and\s+)(?P<num2>{N.DIGITS_LOOSE}))?"
    rf"(?:\s?(?P<scale>{N.SCALE_WORD})|{COUNT_ABBR})?{END}(?![.,]\d)"
)
# the same without a second number: the first number of a range whose second is already read
RE_COUNT_SINGLE = re.compile(rf"(?P<num>{NUM})(?:\s?(?P<scale>{N.SCALE_WORD})|{COUNT_ABBR})?{END}(?![.,]\d)")
# number words, and their ranges: "four to five thousand people", "two or three cars"
RE_COUNT_WORDS = re.compile(
    rf"(?P<num>{WNUM})(?:(?P<join>\s+(?:to|or)\s+)(?P<num2>{WNUM}))?(?:\s(?P<scale>{N.SCALE_WORD}))?{END}(?!-)",
    re.IGNORECASE,
)
# what follows "5k" or "10K" when it is a race's distance, not thousands
RE_RACE_AFTER = re.compile(r"\s+(?:run|runs|race|races|walk|event|fun run)\b", re.IGNORECASE)
# "two of those", "three of the suspects", "two of CERN's experiments": a number word that counts
# part of a whole ("one of the ..." is an idiom and gets no row)
RE_PARTITIVE = re.compile(
    r"\s+of\s+(?:the|those|these|them|us|its|their|his|her|our|my|your|[A-Z][\w-]*(?:'s|’s))(?!\w)"
)


def abbreviation_ok(abbr: str, num: str, unit: str, body: str, end: int) -> bool:
    """Whether a scale letter glued to a count means thousands or millions: "M" and "K" always,
    "k" unless a race follows ("5k run"), "m" with decimals or people ("1.4m Afghans", not "400m
    hurdles")."""
    if abbr in "MK":
        return True
    if abbr == "k":
        return not RE_RACE_AFTER.match(body, end)
    return "." in num or unit == "people"


FRACTION_WORDS = (
    "half",
    "halves",
    "third",
    "thirds",
    "quarter",
    "quarters",
    "fourth",
    "fourths",
    "fifth",
    "fifths",
    "sixth",
    "sixths",
    "seventh",
    "sevenths",
    "eighth",
    "eighths",
    "ninth",
    "ninths",
    "tenth",
    "tenths",
    "hundredth",
    "hundredths",
)
# a number word inside a compound adjective counts its noun: "a seven-party alliance", "a five-step
# scale", "a four-cylinder engine" (time units are durations, read before counts)
RE_COUNT_COMPOUND = re.compile(rf"(?P<num>{WNUM})-(?P<noun>[a-z]{{3,}})(?![\w-])", re.IGNORECASE)
# a number word whose noun is written once, on the last of a list: "four-, five- and six-cylinder"
RE_SUSPENDED = re.compile(rf"(?P<num>{WNUM})-(?=,|\s+(?:and|or|to)\s)", re.IGNORECASE)
RE_LIST_GAP = re.compile(r"[\s,]+")


def suspended_noun(body: str, end: int) -> str:
    """The noun a suspended "four-" shares with the last compound of its list ("" if none)."""
    last = RE_COUNT_COMPOUND.search(body, end, end + 80)
    if last is None:
        return ""
    for token in RE_LIST_GAP.split(body[end : last.start()]):
        if (
            token
            and token.lower() not in ("and", "or", "to")
            and not (token.endswith("-") and N.WORD_NUMBER_RE.fullmatch(token[:-1]))
        ):
            return ""
    return last.group("noun")


# compounds that name a kind of thing, not a count ("a two-way street", "a two-state solution")
KIND_COMPOUNDS = frozenset("way fold tier state star wheel dimensional seater stroke".split())


def compound_counts(num: str, noun: str) -> bool:
    """Whether "N-noun" counts the noun: not "one-" (one-off, one-time), fractions ("two-thirds"),
    kinds of thing ("two-way") or adjectives ("four-legged")."""
    lower = noun.lower()
    return (
        num.lower() != "one"
        and lower not in N.UNIT_WORDS
        and lower not in N.TENS_WORDS
        and lower not in N.SCALE_WORDS
        and lower not in FRACTION_WORDS
        and lower not in KIND_COMPOUNDS
        and not lower.endswith(("ed", "ing", "ly"))
    )


RE_ONE_OF = re.compile(r"^\s+(?:of|another|or two)\b", re.IGNORECASE)
RE_FRACTION_AFTER = re.compile(r"^[-\s](?:" + "|".join(FRACTION_WORDS) + r")\b", re.IGNORECASE)
# Verbs that often follow a bare count ("840,000 hold cards"): the noun phrase has ended.
VERBS_AFTER_COUNTS = frozenset(
    """hold holds remain remained returned fled died crossed arrived left work worked
    need needs received receive stay stayed face faced visited attended voted applied""".split()
)
RE_OF_COUNT = re.compile(r"\s+of\s+(?:the\s+|its\s+|their\s+|all\s+)?\d[\d,.]*\d|\s+of\s+(?:the\s+)?\d")
# Head nouns that say what is counted but not which quantity ("282,428 units", "1,480 people").
GENERIC_NOUNS = frozenset("units people persons crowd cases times items".split())
RE_NEXT_LOWER = re.compile(r"\s+([a-z]+)")
# "one in five adults", "1 in 10", "three out of four": a ratio, neither number a count
_SMALL = rf"(?:\d{{1,3}}(?![\d,.])|{N.WORD_NUMBER}\b)"
RE_RATIO_BEFORE = re.compile(rf"(?<![\w.,])(?P<n>{_SMALL})\s+(?:in|out of)\s+\Z", re.IGNORECASE)
RE_RATIO_AFTER = re.compile(rf"\s+(?:in|out of)\s+(?P<m>{_SMALL})", re.IGNORECASE)


def _small_value(text: str) -> int:
    return int(text) if text[0].isdigit() else N.parse_word_number(text)


def in_ratio(body: str, start: int, end: int, value: float) -> bool:
    """Whether the number at start..end is a term of a ratio "N in M" or "N out of M" (N < M)."""
    after = RE_RATIO_AFTER.match(body, end)
    if after and value < _small_value(after.group("m")):
        return True
    before = RE_RATIO_BEFORE.search(body, max(0, start - 30), start)
    return bool(before) and _small_value(before.group("n")) < value


def is_demonym_plural(word: str) -> bool:
    """Capitalised plural nationality words count people: Americans, Pakistanis, Iraqis, Chinese."""
    return word[:1].isupper() and word[1:].islower() and word.endswith(("ans", "anis", "is", "ese"))


def is_modifier_noun(word: str, after: str) -> bool:
    """A counted noun used as a modifier of the next one ("militant attacks", "police officers")."""
    following = RE_NEXT_LOWER.match(after)
    if not following:
        return False
    nxt = following.group(1)
    return not word.endswith("s") and (nxt in PEOPLE_NOUNS or nxt in ATTACK_NOUNS or nxt.endswith("s"))


# "one" before these is an idiom or a pronoun, not a count ("one day", "on the one hand").
ONE_IDIOMS = frozenset(
    """day way time thing another hand side point another's of by more less or and after other
    such last final big major key main reason should would could can will must may might shall
    was has had does did says said can't cannot""".split()
)
RE_ONE_NOUN = re.compile(r"\s+(?:(?:single|particular|new|more|other|big|small|major|key)\s+)?([a-z]{3,})\b")
RE_ONE_ARTICLE_BEFORE = re.compile(
    r"(?:\b(?:the|on the|at|in|as|no|any|every|each)\s+|\b(?:the|this|that|a)\s+(?:same|only|other|right|wrong)\s+)\Z",
    re.IGNORECASE,
)


def one_quantifies(body: str, start: int, end: int) -> bool:
    """ "one" counts the singular noun after it ("one solution", "just one area", "one proposal"),
    not in idioms ("one day", "on the one hand", "the one that") nor after "the"."""
    if RE_ONE_ARTICLE_BEFORE.search(body, max(0, start - 10), start):
        return False
    noun = RE_ONE_NOUN.match(body, end)
    if noun is None:
        return False
    word = noun.group(1)
    return (
        word not in ONE_IDIOMS
        and not word.endswith(("ly", "ing", "ed"))
        and word not in ("who", "which", "that")
    )
