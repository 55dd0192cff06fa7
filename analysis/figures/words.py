"""Word tokens of a window of text, as the dimensions read the words around a number."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from ..letters import LETTER_RUN

if TYPE_CHECKING:
    from ..extract import _Scanner as Scanner

# A word: a letter, then letters, combining marks and apostrophes ("Nestlé's", "Cafe\u0301").
WORD = rf"{LETTER_RUN}(?:['’]++(?:{LETTER_RUN})?+)*+"
# A word (with apostrophes and hyphenated parts: "well-known", "EU's"), a number with its
# separators ("1,234.5") or one sign. The lookahead and the possessive repeats change no match:
# they let the scan pass over spaces faster.
RE_TOKEN = re.compile(rf"(?=\S)(?:{WORD}(?:-{LETTER_RUN})*+|\d[\d,.]*+|[^\w\s])")


def tokens(text: str) -> list[str]:
    """The words, numbers and signs of a text, in order."""
    return RE_TOKEN.findall(text)


def tokens_between(text: str, start: int, end: int) -> list[str]:
    """The tokens of text[start:end] (no slice copied; for a short window, read whole)."""
    return RE_TOKEN.findall(text, start, end)


def first_tokens(text: str, start: int, end: int, count: int) -> list[str]:
    """The first `count` tokens of text[start:end] (a short window: all its tokens are found at once)."""
    return tokens_between(text, start, end)[:count]


def first_token(text: str, start: int, end: int) -> str:
    """The first token of text[start:end], or ""."""
    found = RE_TOKEN.search(text, start, end)
    return found.group() if found else ""


def sentence_fact(sc: Scanner, name: str, offset: int, fact: Callable[[int], bool]) -> bool:
    """`fact(offset)`, a fact about the whole sentence around `offset` (it reads no more than that
    sentence), worked out once for a run of figures in one sentence: the scanner keeps the last
    sentence's answer of each named fact, so a long sentence is not read again for every figure."""
    s_start, _ = sc.sentence_bounds(offset)
    last = sc.sentence_facts.get(name)
    if last is None or last[0] != s_start:
        last = sc.sentence_facts[name] = (s_start, fact(offset))
    return last[1]


def sentence_names(sc: Scanner, offset: int, cues: Iterable[str]) -> bool:
    """Whether the lower-cased sentence around `offset` holds any of `cues` (lower-case words or
    phrases): the sentence speaks of racing, pay, inflation, a quake."""
    s_start, s_end = sc.sentence_bounds(offset)
    sentence = sc.lower[s_start:s_end]
    return any(cue in sentence for cue in cues)
