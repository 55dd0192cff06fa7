"""Phrases around a figure that tables and checks need: periods, baselines, recipients, purposes."""

from __future__ import annotations

import re

from .vocab import ATTACK_NOUNS, PEOPLE_NOUNS

PERIOD_OPENERS = (
    r"since",
    r"during",
    r"between",
    r"from",
    r"over the (?:past|last|next)",
    r"in the (?:past|last)",
    r"in the (?:first|second|third|fourth|last|latter) (?:half|quarter)(?: of)?",
    r"throughout",
    r"in",
    r"until",
    r"till",
    r"as of",
)
RE_PERIOD_OPENER = re.compile(r"\b(?:" + "|".join(PERIOD_OPENERS) + r")\b", re.IGNORECASE)
RE_RELATIVE_PERIOD = re.compile(
    r"\b(?:this|last|next|the current|the previous|the past) (?:year|month|week|quarter|fiscal year|decade)\b"
    r"|\b(?:so far|to date|year-on-year|year on year)\b",
    re.IGNORECASE,
)
# a period the sentence names with no date, up to its clause's end ("fell 18 per cent during the
# closure", "throughout the strike")
RE_NAMED_PERIOD = re.compile(
    r"\b(?:during|throughout)\s+(?:the|this|that|its|their|his|her)\s+[^\W\d]", re.IGNORECASE
)
NAMED_PERIOD_WORDS = 6  # the most words a named period runs to; a longer phrase is no period's name
# the words by which a sentence carries the period of an earlier one ("since then", "over the same
# period", "has since fallen"); without them a period stays in its own sentence
RE_BACK_REFERENCE = re.compile(
    r"\b(?:since then|by then|that year|(?:has|have|had) since"
    r"|(?:in|over|during|throughout|for) (?:that|the same|this) (?:time|period|year|month|quarter|span))\b",
    re.IGNORECASE,
)
RE_BASELINE = re.compile(
    r"\b(?:compared (?:to|with)|than|against|from .{1,40}? to|year-on-year|year on year"
    r"|(?:the )?same (?:period|timeframe|time) (?:last|a) year|corresponding period)\b",
    re.IGNORECASE,
)
RE_RECIPIENT = re.compile(
    r"^\s+(?:to|for)\s+(?:the\s+)?(?P<who>(?:[A-Z][\w&.'’-]*)(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w&.'’-]*)*)"
)
RE_PURPOSE = re.compile(r"\b(?P<purpose>(?:for|to)\s+(?!the\s+[A-Z])(?:[a-z][\w'’-]*)(?:\s+[\w'’-]+){0,6})")
CLAUSE_BREAK = re.compile(r"[,;:.!?\"”]|\s(?:and|while|but|whereas)\s")


def dated_period(sentence: str, date_offsets: list[tuple[int, int]], near: int = 0) -> tuple[str, int] | None:
    """The phrase that opens with "since", "during", "in"... and ends at a stated date, with its
    offset; dates after offset `near` (the figure) come first, then the nearest before it; None
    without a date (then `undated_period`)."""
    ordered = sorted(date_offsets, key=lambda d: (d[0] < near, abs(d[0] - near)))
    for start, end in ordered:
        window = near if start >= near else 0
        openers = [
            m
            for m in RE_PERIOD_OPENER.finditer(sentence, window, start)
            if not CLAUSE_BREAK.search(sentence[m.start() : start])
        ]
        strong = [m for m in openers if m.group(0).lower() != "in"]
        chosen = strong[0] if strong else openers[-1] if openers else None
        if chosen:
            return sentence[chosen.start() : end], chosen.start()
        return sentence[start:end], start
    return None


def undated_period(sentence: str) -> tuple[str, int] | None:
    """A relative period ("this year") or a named one ("during the closure") of a sentence that
    states no date, and its offset; the same for every figure of the sentence."""
    relative = RE_RELATIVE_PERIOD.search(sentence)
    if relative:
        return relative.group(0), relative.start()
    return named_period(sentence)


def named_period(sentence: str) -> tuple[str, int] | None:
    """A period the sentence names with no date ("during the closure") and its offset, or None."""
    for match in RE_NAMED_PERIOD.finditer(sentence):
        cut = CLAUSE_BREAK.search(sentence, match.end())
        phrase = sentence[match.start() : cut.start() if cut else len(sentence)].rstrip()
        if len(phrase.split()) <= NAMED_PERIOD_WORDS:
            return phrase, match.start()
    return None


def refers_back(sentence: str) -> bool:
    """Whether a sentence carries an earlier sentence's period by a back-reference ("since then")."""
    return RE_BACK_REFERENCE.search(sentence) is not None


def baseline_phrase(sentence: str) -> str:
    """What a change is measured against, when the sentence states it; else ""."""
    match = RE_BASELINE.search(sentence)
    if not match:
        return ""
    rest = sentence[match.start() :]
    cut = CLAUSE_BREAK.search(rest, len(match.group(0)))
    return rest[: cut.start()] if cut else rest


def recipient_after(text_after: str) -> tuple[str, int]:
    """The named recipient right after an amount ("$77M to UNHCR" -> "UNHCR") and where the
    text after it starts; ("", 0) when there is none."""
    match = RE_RECIPIENT.match(text_after)
    if not match:
        return "", 0
    who = match.group("who").rstrip(".'’-")
    return who, match.start("who") + len(who)


def clause_after(text_after: str) -> str:
    """Text after an amount up to the end of its clause."""
    cut = CLAUSE_BREAK.search(text_after)
    return (text_after[: cut.start()] if cut else text_after).strip()


def purpose_in(clause: str) -> str:
    """A "for ..." or "to <verb> ..." purpose in a clause, or ""."""
    match = RE_PURPOSE.search(clause)
    return match.group("purpose").strip() if match else ""


def relative_period_in(clause: str) -> str:
    """ "this year", "last month", "so far"... in a clause, or ""."""
    match = RE_RELATIVE_PERIOD.search(clause)
    return match.group(0) if match else ""


def noun_class(phrase: str) -> str:
    """What a phrase counts: attacks, deaths, injuries, people, or "" when unclear."""
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", phrase)]
    for word in reversed(words):
        if word.startswith(("fatalit", "death", "dead", "killed", "lives", "killing")):
            return "deaths"
        if word.startswith(("injur", "wounded")):
            return "injuries"
        if word in ATTACK_NOUNS or word in ("activities", "violence", "terrorism"):
            return "attacks"
        if word in PEOPLE_NOUNS:
            return "people"
    return ""


RE_DATELINE = re.compile(
    r"^\s*[A-Z][A-Za-z.'’ -]{1,40},\s+[A-Z][a-z]{2,9}\.?\s+\d{1,2}(?:,\s+\d{4})?\s*(?:\([A-Za-z .]+\))?\s*[-–—:]"
)


def dateline_end(body: str) -> int:
    """Where a dated dateline ("SEOUL, Oct 7 (Reuters) -", "Shillong, July 3:") ends; 0 without one.
    Its date says when the story was filed, not the period of any figure."""
    match = RE_DATELINE.match(body)
    return match.end() if match else 0
