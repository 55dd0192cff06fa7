"""Count boxes: counts in boxes, headings and labelled lines: a box's heading and its people,
case boxes, patient lists, a person's state label and a period label with a slash."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from ..vocab import FACT_BOX_LABEL_QUALIFIERS, FACT_BOX_PERSON_LABELS, PEOPLE_NOUNS
from .person_nouns import WAITING_LIST_WORDS

if TYPE_CHECKING:
    from ..extract import Scanner

# a number alone at the head of its line, as a week's or a year's "in numbers" items open theirs
# ("4,100 – runners in Sunday's race"): the persons the dash names after it are counted
RE_LINE_HEAD_NUMBER = re.compile(r"(?:^|\n)[ \t]*[\d.,]+(?:\s(?:million|billion|thousand))?\Z")
LINE_HEAD_REACH = 24  # characters before a number's end read back to its line's start


def opens_line(body: str, end: int) -> bool:
    """Whether the number ending at `end` stands alone at the start of its line (or text)."""
    return RE_LINE_HEAD_NUMBER.search(body[max(0, end - LINE_HEAD_REACH) : end]) is not None and (
        end <= LINE_HEAD_REACH or "\n" in body[end - LINE_HEAD_REACH : end]
    )


# a then-and-now box's line, a year and a colon before the figure ("Visitors" above "1996: 3.3
# million a year" and "2026: 1.9 million"): the box's heading names what the lines count
RE_YEAR_LINE_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:1[89]|20)\d\d:[ \t]*\Z")
RE_YEAR_LINE = re.compile(r"[ \t]*(?:1[89]|20)\d\d:")
RE_BOX_HEADING = re.compile(r"[ \t]*(?:[A-Za-z]+[ \t]+){0,3}(?P<last>[A-Za-z]+)[ \t]*")
BOX_LINES_READ = 4  # lines above a year's line read for its box's heading
BOX_LINE_REACH = 120  # characters per line read back


def box_heading(body: str, start: int) -> re.Match[str] | None:
    """The heading line (RE_BOX_HEADING, above the box's other year lines) of a number at `start`
    standing after a year and a colon at its line's start ("Visitors" above "1996: 3.3 million")."""
    if RE_YEAR_LINE_BEFORE.search(body, max(0, start - 8), start) is None:
        return None
    line_start = body.rfind("\n", max(0, start - 8), start) + 1
    for _ in range(BOX_LINES_READ):
        if line_start == 0:
            return None
        above = body.rfind("\n", max(0, line_start - 1 - BOX_LINE_REACH), line_start - 1) + 1
        if above == 0 and line_start - 1 > BOX_LINE_REACH:
            return None  # the line above is too long for a box's line
        if RE_YEAR_LINE.match(body, above, line_start - 1) is None:
            return RE_BOX_HEADING.fullmatch(body, above, line_start - 1)
        line_start = above
    return None


def box_heading_people(body: str, start: int) -> bool:
    """Whether a bare number at `start` is on a box's year line under a heading whose last word
    names persons (box_heading: "Visitors")."""
    heading = box_heading(body, start)
    return heading is not None and heading.group("last").lower() in PEOPLE_NOUNS


# ... or a list its modifier names as one of patients ("the outpatient list at 9,100", "the
# inpatient and day-case list stood at"): its people, with or without a waiting list before
PATIENT_LIST_MODIFIERS = frozenset(
    "outpatient outpatients inpatient inpatients day-case surgical elective transplant".split()
)
LIST_MODIFIER_WORDS = 4  # words read back from "list" to its determiner
# words of an aside between commas right after a list ("the list, for operations, stood at")
LIST_ASIDE_WORDS = 6


def patient_list(before: list[str], i: int, waiting: Callable[[], bool]) -> bool:
    """Whether the list word at before[i] is a waiting list: "waiting list", "waitlist", a list a
    patient modifier names (PATIENT_LIST_MODIFIERS), or "the list" (its modifiers between) after a
    waiting list shortly before (`waiting()`)."""
    if before[i].lower().startswith("wait"):
        return True
    for back in range(i - 1, max(-1, i - 1 - LIST_MODIFIER_WORDS), -1):
        word = before[back].lower()
        if word in PATIENT_LIST_MODIFIERS or word in ("waiting", "wait"):
            return True
        if word in ("the", "its", "their"):
            return waiting()
        if not word.replace("-", "").isalpha():
            return False
    return False


def list_aside_open(before: list[str], i: int) -> int:
    """The index of the comma opening an aside that the comma at before[i] closes, right after a
    list word ("the inpatient list, for operations, stood at 3,100"), else -1."""
    for j in range(i - 1, max(0, i - 1 - LIST_ASIDE_WORDS), -1):
        if before[j] == ",":
            return j if j and before[j - 1].lower() in WAITING_LIST_WORDS else -1
        if not before[j].isalpha():
            return -1
    return -1


FACT_BOX_LABEL_WORDS = 4  # words of a fact box's label read back from its colon, at most
# the words of a box that counts cases, for its bare label "Active:" (active cases)
RE_CASE_BOX = re.compile(r"\b(?:cases|deaths|recovered|recoveries|infections)\b", re.IGNORECASE)
CASE_BOX_REACH = 160  # characters either side of a bare "Active:" line read for a case count's words


def case_box_near(sc: Scanner, start: int) -> bool:
    """Whether words of a case count (RE_CASE_BOX) stand within CASE_BOX_REACH characters of start."""
    return RE_CASE_BOX.search(sc.body, max(0, start - CASE_BOX_REACH), start + CASE_BOX_REACH) is not None


def person_state_label(words: list[str], case_box: Callable[[], bool]) -> bool:
    """Whether the words before a colon end in a whole label that counts persons by their state
    (FACT_BOX_PERSON_LABELS), opening its line or following a heading's colon: "Missing", "In
    hospital", "Confirmed dead"; "Active" only near words of a case count (`case_box()`)."""
    for n in range(1, FACT_BOX_LABEL_WORDS + 1):
        if n > len(words) or not words[-n][0].isalpha():
            return False
        if n < len(words) and words[-n - 1][0].isalpha():
            continue  # not yet the label's first word
        label = [w.lower() for w in words[-n:]]
        if label[0] in FACT_BOX_LABEL_QUALIFIERS and len(label) > 1:
            label = label[1:]
        if not words[-n][0].isupper():
            return False
        text = " ".join(label)
        if text == "active":
            return case_box()
        return text in FACT_BOX_PERSON_LABELS
    return False


def period_label_slash(before: list[str], i: int) -> bool:
    """Whether the slash at before[i] joins a period label's letters ("y/y", "q/q", "m/m" after a
    change: "rose 11.6% y/y to 1.46 crore"), which names a period (rules, table 8), not a break
    in the clause."""
    return (
        0 < i < len(before) - 1 and len(before[i - 1]) == 1 and before[i - 1].lower() == before[i + 1].lower()
    )


# a number word that a colon leads to, a hedge at most between, ending its sentence or followed by
# "in all" or "in total" ("The dead included children: at least nine.", "Firefighters hurt: two in
# all"): the figure the clause before the colon asks for, its noun named there
RE_COLON_FIGURE_END = re.compile(r"(?:\s+in\s+(?:all|total))?\s*(?:[.;!?)\"”’]|\Z)")


def colon_figure(sc: Scanner, start: int, end: int) -> bool:
    """Whether a number word with no noun after it is the figure a colon leads to (above)."""
    _, cut = sc.approx_before(start)
    return sc.body[max(0, cut - 2) : cut].endswith((": ", ":\u00a0")) and bool(
        RE_COLON_FIGURE_END.match(sc.body, end)
    )
