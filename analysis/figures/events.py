"""Events dated in news prose: a date after "in", "on" or "since" that closes a phrase opened by
a word of time order ("since the return of Afghan Taliban to power in August 2021", "after the
fall of Kabul in August 2021") dates that event, so the event is the date's subject."""

from __future__ import annotations

from ..vocab import SCALE_WORDS
from .noun_phrases import (
    AUXILIARIES,
    BOUNDARY_WORDS,
    CUT_ENDS,
    DETERMINERS,
    LINK_WORDS,
    PREPOSITIONS,
    content_words,
)

# Words of time order whose object is an event: "since the takeover", "after the election".
EVENT_OPENERS = frozenset("since after before following until till amid".split())


# The words between an event and its date: "the return of X to power in August 2021".
DATE_PREPOSITIONS = frozenset(("in", "on", "since"))


EVENT_WORDS = 10  # the longest event phrase read back from a date


# Words no event phrase crosses: clause openers, verbs of saying, links and auxiliaries.
EVENT_STOPS = BOUNDARY_WORDS | LINK_WORDS | AUXILIARIES


def might_date_an_event(body: str, start: int) -> bool:
    """A textual pre-check: whether a date at `start` follows one of DATE_PREPOSITIONS."""
    word = body[max(0, start - 7) : start].rstrip().rpartition(" ")[2].lower()
    return word in DATE_PREPOSITIONS


def event_subject(before: list[str]) -> str:
    """The event a date closes, read from the words before it ("return of Afghan Taliban to power"
    for "... since the return of Afghan Taliban to power in"), or ""."""
    if len(before) < 3 or before[-1].lower() not in DATE_PREPOSITIONS:
        return ""
    words = before[:-1]
    for j in range(len(words) - 1, max(-1, len(words) - 1 - EVENT_WORDS), -1):
        word = words[j]
        lower = word.lower()
        if lower in EVENT_OPENERS:
            phrase = words[j + 1 :]
            while phrase and phrase[0].lower() in DETERMINERS:
                phrase = phrase[1:]
            return " ".join(phrase) if content_words(" ".join(phrase)) else ""
        if not (word[0].isalpha() or word in "'’-") or lower in EVENT_STOPS:
            return ""
    return ""


OPENING_WORDS = PREPOSITIONS | DETERMINERS  # a capitalised one opens the sentence ("During the")


def mended_date_subject(subject: str) -> str:
    """A date's subject of the words before it (dates.date_subject) as a phrase, never a fragment:
    the pieces of other figures in it taken out with the function word before them ("record of
    [43.6]C set on" -> "record set"), then the function words at its end ("the society took out
    in" -> "society took out") and the scale and function words at its start ("[KSh 412.6]
    million for the year to" -> "year"); "" when no content word is left (fixwalk40-a)."""
    words = subject.split()
    if (
        not words
        or words[-1] not in CUT_ENDS
        and words[-1] != "that"
        and words[0] not in CUT_ENDS
        and all(len(w) > 1 for w in words)
    ):
        return subject  # the cheap test first: most subjects of dates are phrases already
    kept: list[str] = []
    for word in words:
        if len(word) == 1 and word.isalpha() and word not in "AI":
            if kept and kept[-1] in CUT_ENDS:
                kept.pop()  # "of C": a measurement's unit, its number taken out
            continue
        kept.append(word)
    while kept and (kept[-1] in CUT_ENDS or kept[-1] == "that"):
        kept.pop()  # ("It warned that")
    while kept and (
        kept[0] in CUT_ENDS or kept[0].lower() in SCALE_WORDS or kept[0].lower() in OPENING_WORDS
    ):
        kept.pop(0)  # ("During the first half of": not "May", a month, though "may" is a modal)
    return " ".join(kept) if content_words(" ".join(kept)) else ""
