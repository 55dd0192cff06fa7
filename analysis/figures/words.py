"""Word tokens of a window of text, as the dimensions read the words around a number."""

from __future__ import annotations

import re

# a word (with apostrophes and hyphenated parts), a number with its separators, or one sign
RE_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’]*(?:-[A-Za-z]+)*|\d[\d,.]*|[^\w\s]")


def tokens(text: str) -> list[str]:
    """The words, numbers and signs of a text, in order."""
    return RE_TOKEN.findall(text)
