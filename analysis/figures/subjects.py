"""Subjects: what a figure measures, named from the clause before it when the words right after
the number name nothing ("winds of 90 miles per hour" -> "maximum sustained winds")."""

from __future__ import annotations

import re
from collections.abc import Callable

from ..vocab import APPROX_WORDS, CHANGE_WORDS, FUNCTION_WORDS
from .figure import Figure

RE_CLAUSE_START = re.compile(r"[,;:()\"“”]|\b(?:and|but|while|whereas|which|who)\b")
RE_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
# Words that carry no subject: verbs of saying and being, auxiliaries, vague words.
EMPTY_WORDS = frozenset(
    """will would could should may might can also just only about some more less over under up down
    now then last next this that there here was were has have had been being do does did get got
    reached reach reaches stood stands stand totalled totaled total totals hit hits""".split()
)
UNIT_WORDS = frozenset("percent cent respectively".split())
NOT_CONTENT = frozenset(
    {*FUNCTION_WORDS, *EMPTY_WORDS, *CHANGE_WORDS, *UNIT_WORDS, *(w for p in APPROX_WORDS for w in p.split())}
)
MAX_WORDS = 4
WINDOW = 120


def content_words(text: str) -> list[str]:
    """The words of a phrase that can name a quantity (no function, change or approximation words)."""
    return [w for w in RE_WORD.findall(text) if len(w) > 2 and w.lower() not in NOT_CONTENT]


def clause_subject(body: str, sentence_start: int, start: int) -> str:
    """Up to four content words of the clause that leads to a figure, in text order ("" if none)."""
    window_start = max(sentence_start, start - WINDOW)
    text = body[window_start:start]
    cuts = list(RE_CLAUSE_START.finditer(text))
    clause = text[cuts[-1].end() :] if cuts else text
    return " ".join(content_words(clause)[-MAX_WORDS:])


# Heads that say "how much of" rather than what: the words after "of" name the subject then.
QUANTITY_HEADS = frozenset(
    "number share proportion percentage amount total level value rate part half majority".split()
)


def head_before_of(words: list[str]) -> str:
    """The head of a sentence's opening noun phrase "The X Y of ...", when the words run from the
    sentence start ("net profit" in "The net profit of the phone maker fell 41.2 percent"), else ""."""
    if not words or words[0] not in ("The", "Its", "Their", "His", "Her"):
        return ""
    try:
        of = words.index("of", 1, 5)
    except ValueError:
        return ""
    head = words[1:of]
    if not head or not all(w.isalpha() for w in head) or head[-1].lower() in QUANTITY_HEADS:
        return ""
    return " ".join(head)


def with_clause(subject: str, clause: str) -> str:
    """A subject that names only a unit or a bare noun, prefixed with the clause's words."""
    if not clause:
        return subject
    return f"{clause} {subject}".strip()


RE_UNIT_LABEL = re.compile(r"\s*\(unit: [^)]+\)")
RE_OPEN_BRACKET = re.compile(r"\(\s*\Z")


def bare_subject(subject: str) -> str:
    """A subject without its "(unit: ...)" label."""
    return RE_UNIT_LABEL.sub("", subject).strip()


def inherit(figures: list[Figure], body: str, sentence_of: Callable[[int], int]) -> list[Figure]:
    """Subjects passed on inside a sentence: a conversion in brackets measures what the figure
    before it measures ("60 feet (18m)"); a figure whose own words name nothing takes the subject
    of the figure before it in the sentence ("dropped by 15 per cent, from 82 to 70")."""
    out: list[Figure] = []
    for fig in figures:
        prev = out[-1] if out else None
        if (
            prev is None
            or fig.kind == "date"
            or prev.kind == "date"
            or sentence_of(prev.start) != sentence_of(fig.start)
        ):
            out.append(fig)
            continue
        own = bare_subject(fig.subject)
        label = RE_UNIT_LABEL.search(fig.subject)
        converts = (
            RE_OPEN_BRACKET.search(body, max(0, fig.start - 3), fig.start) and prev.end >= fig.start - 3
        )
        if (converts or not content_words(own)) and content_words(bare_subject(prev.subject)):
            subject = f"{bare_subject(prev.subject)} {label.group(0).strip() if label else ''}".strip()
            fig = fig._replace(subject=subject)
        out.append(fig)
    return out
