"""What is never a figure: digits inside names and codes ("Covid-19", "Section 144", "Nasdaq 100",
"Game 3", "Airbus A380"), clock times ("9.15am", "2:30 pm") and phone numbers."""

from __future__ import annotations

import re

from ..vocab import MONTHS, NAME_WORDS

RE_HYPHEN_NAME_AFTER = re.compile(r"^[-‑][A-Za-z]\b|^[-‑][A-Z]")
RE_CODE_AFTER = re.compile(r"^/\d|^\s?[-–]\d{3,}")
RE_CODE_BEFORE = re.compile(r"\d[/:]$|[#+№]$")
RE_CLOCK_AFTER = re.compile(r"^(?::\d\d|\s?(?:am|pm|a\.m\.|p\.m\.|AM|PM|GMT|hrs|hours GMT|o'clock)\b)")
RE_HYPHEN_NAME_BEFORE = re.compile(r"[A-Za-z]+[-‑](?=$)")
HYPHEN_PREFIXES_OK = ("mid-", "early-", "late-", "pre-", "post-", "around-", "Mid-", "Early-", "Late-")
# A capitalised word, then the number ("Nasdaq 100", "FTSE 250", "Game 3", "Mazda 3").
RE_CAPITALISED_BEFORE = re.compile(r"(?<![\w.&])([A-Z][A-Za-z&]*[A-Za-z])\s\Z")
# After a name's number: the end of the clause, a verb or function word, never a counted noun.
RE_NAME_NUMBER_AFTER = re.compile(
    r"(?:\s*(?:[.,;:!?)”\"']|\Z)|\s+(?:is|was|are|were|has|had|will|would|rose|fell|gained|lost|closed|index|"
    r"and|or|on|in|at|to|for|with|which|that|[A-Z]))"
)
# Capitalised words that begin a sentence or quantify, so the number after them is a figure.
NOT_NAMES = frozenset(
    """A An The About Around Some Nearly Almost Over Under Only Just Another All Of In On At By For
    From To And But Or Than With Without Between Among Since Until After Before During Within Per
    Top Total Totalling Up Down Of Each Every Its Their His Her Our Your My These Those""".split()
)


def previous_word(before: str) -> str:
    """The word (letters and dots) just before trailing white space, or ""."""
    parts = before.rstrip().rsplit(None, 1)
    if not parts:
        return ""
    token = parts[-1]
    i = len(token)
    while i and (token[i - 1].isalpha() or token[i - 1] == "."):
        i -= 1
    word = token[i:]
    while word and not word[0].isalpha():
        word = word[1:]
    return word


def is_name_or_code(body: str, start: int, end: int) -> bool:
    """Digits inside names, clock times, phone numbers, codes ("Covid-19", "Section 144")."""
    before = body[max(0, start - 24) : start]
    after = body[end : end + 12]
    last = before[-1:]
    if last and last in "-‑" and RE_HYPHEN_NAME_BEFORE.search(before):
        return not before.endswith(HYPHEN_PREFIXES_OK)
    if last and last in "/:#+№" and RE_CODE_BEFORE.search(before):
        return not (last == "+" and after.startswith(("%", " per", "pc")))  # "+0.2%" is a signed change
    if last == "-" and before[-2:-1].isdigit():
        return True  # "+92-51-9201234": a later group of a phone number or code
    first = after[:1]
    if (
        first
        and first in "-‑/:–. aApPGhHo"
        and (RE_HYPHEN_NAME_AFTER.match(after) or RE_CODE_AFTER.match(after) or RE_CLOCK_AFTER.match(after))
    ):
        return True
    return last.isspace() and previous_word(before) in NAME_WORDS


def is_named_number(body: str, start: int, end: int, sentence_start: int) -> bool:
    """A bare number right after a capitalised word inside a sentence, with no counted noun after
    it, is part of a name: "The Nasdaq 100 rose", "Game 3 is on Tuesday", "the Mazda 3"."""
    before = RE_CAPITALISED_BEFORE.search(body, max(sentence_start, start - 30), start)
    if before is None:
        return False
    word = before.group(1)
    if word in NOT_NAMES or word in MONTHS or body[before.start(1) - 2 : before.start(1)] == ", ":
        return False  # "In London, 25 people"; "Boston 48, Chicago 30" lists teams after commas
    if "." in body[start:end] or len(body[start:end]) > 4:
        return False
    return bool(RE_NAME_NUMBER_AFTER.match(body, end)) and not RE_TEAM_LIST.match(body, end)


RE_TEAM_LIST = re.compile(r",\s+[A-Z][A-Za-z]+\s+\d")
