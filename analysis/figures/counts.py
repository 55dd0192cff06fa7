"""Counts: digits and number words that count something ("1,480 people", "two border crossings",
"half a million voters", "a 12-storey tower"), their ranges, and what the noun after them says the
unit is (people, attacks, or another count)."""

from __future__ import annotations

import re

from ..vocab import ATTACK_NOUNS, PEOPLE_NOUNS
from . import numbers as N
from .numbers import END, NUM, RANGE_JOIN, WNUM

RE_A_SCALE = re.compile(rf"(?<![\w-])(?P<num>{N.A_SCALE}){END}", re.IGNORECASE)
RE_COUNT_DIGITS = re.compile(
    rf"(?P<num>{NUM})(?:(?P<join>{RANGE_JOIN}|\s+and\s+)(?P<num2>{N.DIGITS_LOOSE}))?"
    rf"(?:\s?(?P<scale>{N.SCALE_WORD})|(?P<abbr>m|k)(?=\s))?{END}(?![.,]\d)"
)
# the same without a second number: the first number of a range whose second is already read
RE_COUNT_SINGLE = re.compile(
    rf"(?P<num>{NUM})(?:\s?(?P<scale>{N.SCALE_WORD})|(?P<abbr>m|k)(?=\s))?{END}(?![.,]\d)"
)
RE_COUNT_WORDS = re.compile(rf"(?P<num>{WNUM})(?:\s(?P<scale>{N.SCALE_WORD}))?{END}(?!-)", re.IGNORECASE)
FRACTION_WORDS = ("half", "halves", "third", "thirds", "quarter", "quarters", "fifth", "fifths")
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
RE_ONE_IN_BEFORE = re.compile(r"\b(?:[Oo]ne|1)\s+(?:in|out of)\s+\Z")


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
RE_ONE_ARTICLE_BEFORE = re.compile(r"(?:\b(?:the|on the|at|in|as|no|any|every|each)\s+)\Z", re.IGNORECASE)


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
