"""Regex alternations of literal words that Python's re scans fast."""

from __future__ import annotations

import re
from collections.abc import Iterable


def grouped_alternation(words: Iterable[str], ignore_case: bool = False) -> str:
    """Alternation of literal words in which the longest word that matches wins, as in a plain
    alternation of them longest first. Case-sensitive: a trie ("k(?:Sh|r(?:\\.|))"), so a match
    tries each character once instead of every word sharing the first; with ignore_case, words
    grouped by their first character folded ("k(?:Sh|r\\.|r)", for `(?i:...)`), longest first in
    each group."""
    if not ignore_case:
        return _trie(set(words) - {""})
    groups: dict[str, list[str]] = {}
    for word in sorted(set(words), key=lambda w: (-len(w), w)):
        if word:
            groups.setdefault(word[0].lower(), []).append(word[1:])
    return "|".join(
        re.escape(first) + "(?:" + "|".join(re.escape(rest) for rest in rests) + ")"
        for first, rests in sorted(groups.items())
    )


def _trie(words: set[str]) -> str:
    """The alternation of `words` as a trie: one branch per first character, each followed by the
    trie of what follows it; a word that ends where longer ones go on is the branch tried last
    (the empty one), so the longest word wins whatever follows the match."""
    groups: dict[str, set[str]] = {}
    for word in words:
        if word:
            groups.setdefault(word[0], set()).add(word[1:])
    branches = [re.escape(first) + _subtrie(rests) for first, rests in sorted(groups.items())]
    if "" in words:
        branches.append("")
    return "|".join(branches)


def _subtrie(words: set[str]) -> str:
    """_trie(words) as one unit that a character before it can lead to (grouped when it branches)."""
    inner = _trie(words)
    return f"(?:{inner})" if _branches(words) > 1 else inner


def _branches(words: set[str]) -> int:
    """How many branches the top of _trie(words) has: one per first character, and one for ""."""
    return len({word[:1] for word in words})
