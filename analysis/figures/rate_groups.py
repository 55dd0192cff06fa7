"""Whose a rate per head is: the group or place its own words name right after it ("6.2 per 100,000
among women", "4.0 per 100,000 in the west") or before it in its clause ("In the south, the rate
rose to 6.2 per 100,000", "The western region recorded 9.4 deaths per 100,000"). Imports no other
reader, so the count readers (counts.py) and the subjects (subjects.py) may both import it."""

from __future__ import annotations

import re

from ..vocab import COMPASS_POINTS, FUNCTION_WORDS, RECORDING_VERBS, REGION_NOUNS

PLACE_WORDS = REGION_NOUNS | COMPASS_POINTS  # the words a place a level is of ends with

# The group or place a rate per head is of, right after its base and to its clause's end ("6.2 per
# 100,000 among women", "4.0 per 100,000 in the west", "12.9 per 100,000 for women"): the rate's
# own words name whose it is, not the figure before it (one to three lower-case words; "for the
# year" and "in 2019" are times, no group)
RE_RATE_GROUP_AFTER = re.compile(
    r"\s+(?P<phrase>(?:among|for)\s+(?:the\s+)?(?P<group>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2}?)"
    r"|in\s+the\s+(?P<place>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2}?))"
    r"(?=\s*[,.;:)]|\s*\Z|\s+(?:and|but|while|whereas|against|compared)\b)"
)
GROUP_STOPS = frozenset("year month week day period quarter decade time".split())


# ... or named before it in its own clause: a phrase that opens the sentence, its clause running to
# the rate with no comma ("In the south, the rate rose to 6.2 per 100,000", "Among older men, the
# rate ..."; a place "In" names without "the" is a plural, "In rural districts"), or a place that
# opens its clause and records it, no function word among its words (vocab.FUNCTION_WORDS: "The
# western region recorded 9.4 deaths per 100,000"; not "GP practices in the area had 2,350
# patients per doctor"); not a time ("In the past,")
# (the place may be a part of a place a possessive names: "In the province's east,", "In the
# region's coastal towns,"; "The island's northern district recorded 14.2 cases per 100,000")
_POSSESSOR = r"[a-z][a-z-]*(?:['’]s|s['’])\s+"
RE_RATE_GROUP_OPENING = re.compile(
    rf"(?:\A|(?<=[.!?]\s)|(?<=\n))(?P<phrase>(?P<prep>In|Among)\s+(?P<the>the\s+(?:{_POSSESSOR})?)?"
    r"(?P<group>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2})),\s+(?:[^,;:.]|\.(?=\d))*$"
)
OPENING_GROUP_STOPS = GROUP_STOPS | frozenset(
    "half past meantime end future interim event case run term wake aftermath absence process".split()
)
PLACE_VERBS = RECORDING_VERBS | frozenset(("had", "has", "saw", "posted"))  # a place's verbs of a figure


def place_phrase(nouns: frozenset[str], modifier: str = r"[a-z][\w-]*") -> str:
    """A place's phrase: "the", a possessive (group `possessor`), up to two `modifier` words in small
    letters, then one of `nouns` (group `noun`; the words after the possessive: group `place`)."""
    return (
        rf"(?:[Tt]he\s+)?(?P<possessor>{_POSSESSOR})?"
        rf"(?P<place>(?:{modifier}\s+){{0,2}}(?P<noun>{'|'.join(sorted(nouns))}))"
    )


# the place that records a figure here is a region (no compass point alone) and holds no function
# word ("GP practices in the area had"); attribution.RE_REPORTING_PLACE reads the same phrase with
# any word and a compass point too
RE_RATE_PLACE_BEFORE = re.compile(
    r"(?:\A|(?<=[.!?,;:]\s)|(?<=\n))"
    + place_phrase(REGION_NOUNS, rf"(?!(?:{'|'.join(sorted(FUNCTION_WORDS))})\s)[a-z][\w-]*")
    + rf"\s+(?:{'|'.join(sorted(PLACE_VERBS))})\s+$"
)
RATE_PLACE_REACH = 60  # characters before a rate read for the place that records it
RATE_OPENING_REACH = 160  # characters from a sentence's opening phrase to its rate, at most


def rate_group_before(body: str, start: int) -> tuple[str, str]:
    """The group or place a rate per head at `start` is of, named before it in its clause (above):
    its words and its phrase ("south", "in the south"), or ("", "")."""
    place, phrase = recording_place(body, start)
    if place:
        return place, phrase
    m = RE_RATE_GROUP_OPENING.search(body, max(0, start - RATE_OPENING_REACH), start)
    if m is None:
        return "", ""
    words = m.group("group").split()
    if words[-1] in OPENING_GROUP_STOPS or any(w in FUNCTION_WORDS for w in words):
        return "", ""
    if m.group("prep") == "In" and not m.group("the") and not words[-1].endswith("s"):
        return "", ""  # "In addition,", "In particular,": no place
    return m.group("group"), " ".join((m.group("prep").lower(), *m.group("phrase").split()[1:]))


def recording_place(body: str, start: int) -> tuple[str, str]:
    """The place that opens its clause and records the figure at `start` ("The western region
    recorded", "The capital's eastern suburbs reported"): its words and its phrase ("western
    region", "in the western region"), or ("", "")."""
    m = RE_RATE_PLACE_BEFORE.search(body, max(0, start - RATE_PLACE_REACH), start)
    if m is None:
        return "", ""
    return m.group("place"), f"in the {m.group('possessor') or ''}{m.group('place')}"


def level_place_before(body: str, start: int) -> str:
    """The place a level or rate at `start` is of, named by the phrase that opens its sentence (as
    above) when the place is a compass point or a region ("In the province's east, unemployment
    fell to 6%" -> "in the province's east"; not "In the company's view,"), or ""."""
    group, phrase = rate_group_before(body, start)
    return phrase if phrase.startswith("in ") and group.split()[-1] in PLACE_WORDS else ""


def rate_group(body: str, start: int, end: int) -> str:
    """The phrase that names whose the rate per head at body[start:end] is, after it or before it
    ("among women", "in the south"), or ""."""
    return rate_group_after(body, end)[1] or rate_group_before(body, start)[1]


def rate_group_after(body: str, end: int) -> tuple[str, str]:
    """The group or place a rate per head is of (above): its words and its phrase ("women", "among
    women"; "capital region", "in the capital region"), or ("", "")."""
    m = RE_RATE_GROUP_AFTER.match(body, end, end + 60)
    if m is None:
        return "", ""
    group = m.group("group") or m.group("place")
    if group.split()[-1] in GROUP_STOPS:
        return "", ""
    return group, " ".join(m.group("phrase").split())
